"""The main window: search bar, results grid (or a state explaining what to do), status bar.

Threading (see `workers.py`): everything that touches disk, network or pixels runs in the
TaskRunner or the IndexingController, and answers come back on the GUI thread. Every search
gets a generation number; an answer for an older generation is dropped, so a slow search
can never overwrite a newer one.
"""

from __future__ import annotations

import copy
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QProcess,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSlider,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from photoseek.config import Settings
from photoseek.gui.first_run import FirstRunDialog
from photoseek.gui.grid import (
    MAX_THUMB,
    MIN_THUMB,
    PhotoGrid,
    accept_image_drag,
    accepts_image_drop,
    take_image_drop,
)
from photoseek.gui.indexing_panel import IndexingStatus, ProblemsDialog
from photoseek.gui.preview import PreviewDialog
from photoseek.gui.search_bar import SearchBar, remember
from photoseek.gui.settings_dialog import SettingsDialog
from photoseek.gui.states import Action, State, StateView
from photoseek.gui.thumbnails import (
    ThumbKey,
    ThumbnailLoader,
    encode_query_image,
    load_image,
)
from photoseek.gui.workers import IndexingController, TaskRunner
from photoseek.imaging import SUPPORTED_EXTENSIONS
from photoseek.indexing import IndexReport, Progress
from photoseek.library import Library, Status
from photoseek.records import FileState, SearchResult
from photoseek.search import SearchService
from photoseek.search.service import NothingIndexed, SearchError

log = logging.getLogger(__name__)

ZOOM_STEP = 32
SAVE_DELAY_MS = 800
STATUS_EVERY_MS = 2000  # status-bar counts refresh at most this often while indexing
COPY_SIDE = 8192  # longest side of a photo copied to the clipboard
REBUILD_KEYS = ("embedding.dims", "store.kind")


@dataclass(frozen=True)
class Followup:
    """What changed settings require: new clients, a rebuilt index, a scan of the folders."""

    reconnect: bool = False  # drop clients built from the old settings (library.reconfigure)
    rebuild: bool = False  # re-derive the index from cached vectors (no model calls)
    rescan: bool = False  # folders or filters changed: a full indexing run

    def __bool__(self) -> bool:
        return self.reconnect or self.rebuild or self.rescan

    @classmethod
    def for_keys(cls, keys: set[str]) -> Followup:
        rebuild = any(
            k in REBUILD_KEYS or k.startswith(("elasticsearch.", "secret.elasticsearch"))
            for k in keys
        )
        reconnect = rebuild or any(k.startswith(("embedding.", "store.", "secret.")) for k in keys)
        rescan = any(k.startswith("library.") for k in keys)
        return cls(reconnect, rebuild, rescan)

    def merge(self, other: Followup | None) -> Followup:
        if other is None:
            return self
        return Followup(
            self.reconnect or other.reconnect,
            self.rebuild or other.rebuild,
            self.rescan or other.rescan,
        )


# -- queries -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Query:
    """What the user asked; run again with an offset to get the next page."""

    kind: str  # "text" | "file" | "image" | "similar"
    text: str = ""
    path: str = ""
    image: QImage | None = None  # a pasted or dropped picture (kind "image")
    label: str = ""  # the chip's name for picture queries

    @property
    def is_picture(self) -> bool:
        return self.kind != "text"

    def run(self, search: SearchService, k: int, offset: int) -> list[SearchResult]:
        """Worker side."""
        if self.kind == "text":
            return search.text(self.text, k, offset=offset)
        if self.kind == "file":
            return search.image_file(self.path, k, offset=offset)
        if self.kind == "similar":
            return search.similar(self.path, k, offset=offset)
        assert self.image is not None
        return search.image_bytes(encode_query_image(self.image), k, offset=offset)


def problem_state(error: BaseException) -> tuple[State, str]:
    """The state to show for a failed search or status check."""
    from photoseek.stores import StoreError

    if isinstance(error, NothingIndexed):
        return State.NOTHING_INDEXED, ""
    if isinstance(error, StoreError):
        return State.STORE_ERROR, str(error)
    if isinstance(error, SearchError):
        return State.SEARCH_ERROR, str(error)
    return State.SEARCH_ERROR, f"{error.__class__.__name__}: {error}"


def status_summary(status: Status) -> str:
    photos = status.files.get(FileState.INDEXED, 0)
    waiting = status.files.get(FileState.NEW, 0)
    store = (
        QCoreApplication.translate("MainWindow", "Elasticsearch")
        if status.store == "elasticsearch"
        else QCoreApplication.translate("MainWindow", "embedded store")
    )
    dims = status.active_dims or status.dims
    text = QCoreApplication.translate("MainWindow", "{n} photos").format(
        n=QLocale().toString(photos)
    )
    if waiting:
        text += " " + QCoreApplication.translate("MainWindow", "({n} waiting)").format(
            n=QLocale().toString(waiting)
        )
    text += (
        " · " + store + " · " + QCoreApplication.translate("MainWindow", "{d} dims").format(d=dims)
    )
    if status.store_error:
        text += " · " + QCoreApplication.translate("MainWindow", "index unreachable")
    return text


# -- settings saving (debounced, off the GUI thread) ------------------------------------------
class SettingsSaver(QObject):
    """Writes the settings a moment after the last change, in the runner, one write at a time.

    It writes a snapshot (a deep copy taken on the GUI thread) to its own temporary file and
    renames it over the settings file, so it never races another writer's temporary file.
    """

    def __init__(self, path: Path, settings: Settings, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.path = path
        self.settings = settings
        self.runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)
        self._busy = False
        self._dirty = False
        self.closed = False

    def schedule(self) -> None:
        self._dirty = True
        if not self.closed:
            self._timer.start()

    @staticmethod
    def write(snapshot: Settings, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ui-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(tomli_w.dumps(snapshot.to_dict()))
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def _save(self) -> None:
        if self._busy or self.closed:
            return
        self._busy = True
        self._dirty = False
        snapshot = copy.deepcopy(self.settings)
        self.runner.submit(lambda: self.write(snapshot, self.path), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._busy = False
        if self._dirty:
            self._timer.start()

    def _failed(self, exc: BaseException) -> None:
        log.warning("could not save settings: %s", exc)
        self._done(None)

    def flush(self) -> None:
        """On quit, after the runner has stopped: write what is still unsaved, here."""
        self._timer.stop()
        self.closed = True
        if self._dirty:
            self._dirty = False
            try:
                self.write(copy.deepcopy(self.settings), self.path)
            except OSError as exc:
                log.warning("could not save settings: %s", exc)


# -- the window ------------------------------------------------------------------------------
class MainWindow(QMainWindow):
    search_finished = Signal(int)  # rows shown after a search (or a page) arrived
    search_failed = Signal(str)
    status_changed = Signal(object)  # Status
    image_copied = Signal()

    def __init__(
        self,
        library: Library,
        *,
        first_run: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.first_run = first_run
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Photoseek"))
        self.setAcceptDrops(True)

        self.runner = TaskRunner(4, self)
        self.indexer = IndexingController(library, self)
        self.loader = ThumbnailLoader(self.runner, library.paths.thumbnails_dir, parent=self)
        self.saver = SettingsSaver(library.paths.settings_file, library.settings, self.runner)

        self.query: Query | None = None
        self.generation = 0  # of the newest search
        self._page = 0  # of the newest page request within the generation
        self._fetched = 0  # results received for the current query (the next offset)
        self._more = False  # the last page was full: there may be more
        self._loading_more = False
        self.searching = False
        self.stale_answers = 0  # search answers dropped because a newer search had started
        self.status: Status | None = None
        self._closing = False
        self._first_run_shown = False
        self._pending: Followup | None = None  # settings applied while indexing ran
        self._status_clock = QElapsedTimer()
        self.preview: PreviewDialog | None = None
        # Dialogs from modules built in parallel: typed loosely on purpose.
        self.settings_dialog: SettingsDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._wire()
        self.resize(1180, 780)

    # -- construction ---------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_bar = SearchBar(self)
        self.search_bar.set_recent(self.library.settings.ui.recent_queries)
        self.search_bar.paste_image = self.paste_image
        self.search_bar.edit.installEventFilter(self)

        self.grid = PhotoGrid(self.loader, self)
        size = self.library.settings.ui.thumbnail_size
        self.grid.set_thumb_size(max(MIN_THUMB, min(MAX_THUMB, size)))
        self.state_view = StateView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state_view)
        self.stack.addWidget(self.grid)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str = "",
        tip: str = "",
        fallback: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        themed = QIcon.fromTheme(icon) if icon else QIcon()
        if themed.isNull() and fallback is not None:  # no icon theme (Windows, macOS)
            themed = self.style().standardIcon(fallback)
        if not themed.isNull():
            action.setIcon(themed)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_folder_action = self._action(
            self.tr("&Add folder…"), self.choose_folder, "Ctrl+Shift+O", "folder-new",
            self.tr("Add a folder of photos to the library"), QStyle.StandardPixmap.SP_DirOpenIcon,
        )  # fmt: skip
        self.index_action = self._action(
            self.tr("&Index now"), self.index_now, "F5", "view-refresh",
            self.tr("Look for new, changed and removed photos and index them"),
            QStyle.StandardPixmap.SP_BrowserReload,
        )  # fmt: skip
        self.image_search_action = self._action(
            self.tr("Search by &image…"), self.choose_image, QKeySequence.StandardKey.Open,
            "image-x-generic", self.tr("Find photos that look like a picture file"),
            QStyle.StandardPixmap.SP_FileDialogContentsView,
        )  # fmt: skip
        self.paste_action = self._action(
            self.tr("&Paste picture"), self._paste_or_tell, QKeySequence.StandardKey.Paste,
            "edit-paste", self.tr("Search by the picture on the clipboard"),
        )  # fmt: skip
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, "Ctrl+,", "preferences-system",
            fallback=QStyle.StandardPixmap.SP_FileDialogDetailedView,
        )  # fmt: skip
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.problems_action = self._action(
            self.tr("S&kipped files…"), self.open_problems, None, "dialog-warning",
            self.tr("Photos that could not be indexed, and why"),
            QStyle.StandardPixmap.SP_MessageBoxWarning,
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "application-exit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.focus_action = self._action(self.tr("&Find"), self.search_bar.focus, "Ctrl+F")
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, "zoom-in"
        )
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut, "zoom-out"
        )
        self.about_action = self._action(self.tr("&About Photoseek"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # Acting on one photo (context menu, preview).
        self.similar_action = QAction(self.tr("Find &similar"), self)
        self.open_action = QAction(self.tr("&Open"), self)
        self.reveal_action = QAction(self.tr("Show in &folder"), self)
        self.copy_path_action = QAction(self.tr("Copy &path"), self)
        self.copy_image_action = QAction(self.tr("Copy &image"), self)

        self.search_bar.set_image_action(self.image_search_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.add_folder_action)
        file_menu.addAction(self.index_action)
        file_menu.addSeparator()
        file_menu.addAction(self.image_search_action)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.focus_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.problems_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.add_folder_action)
        toolbar.addAction(self.index_action)
        toolbar.addAction(self.problems_action)
        toolbar.addAction(self.settings_action)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.summary_label = QLabel(self.tr("Opening the library…"), self)
        self.summary_label.setObjectName("librarySummary")
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.indexing_status = IndexingStatus(self)
        self.indexing_status.attach(self.indexer)
        self.indexing_status.show_problems.connect(self.open_problems)

        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setObjectName("zoomSlider")
        self.zoom.setRange(MIN_THUMB, MAX_THUMB)
        self.zoom.setSingleStep(8)
        self.zoom.setPageStep(ZOOM_STEP)
        self.zoom.setFixedWidth(140)
        self.zoom.setValue(self.grid.thumb_size)
        self.zoom.setToolTip(self.tr("Thumbnail size"))
        self.zoom.setAccessibleName(self.tr("Thumbnail size"))

        status.addWidget(self.summary_label)
        status.addWidget(self.busy_label)
        status.addPermanentWidget(self.indexing_status)
        status.addPermanentWidget(self.zoom)

    def _wire(self) -> None:
        self.search_bar.search_requested.connect(self.search_text)
        self.search_bar.image_cleared.connect(self._image_cleared)
        self.grid.context_menu_requested.connect(self._context_menu)
        self.grid.open_requested.connect(self.open_preview)
        self.grid.reached_end.connect(self.load_more)
        self.grid.files_dropped.connect(lambda files: self.search_file(files[0]))
        self.grid.image_dropped.connect(self._image_dropped)
        self.state_view.action_requested.connect(self._state_action)
        self.zoom.valueChanged.connect(self._zoom_changed)
        self.indexer.started.connect(self._indexing_started)
        self.indexer.progress.connect(self._indexing_progress)
        self.indexer.finished.connect(self._indexing_finished)
        self.indexer.failed.connect(self._indexing_failed)
        self.similar_action.triggered.connect(lambda: self._on_current(self.find_similar))
        self.open_action.triggered.connect(lambda: self._on_current(self.open_path))
        self.reveal_action.triggered.connect(lambda: self._on_current(self.show_in_folder))
        self.copy_path_action.triggered.connect(lambda: self._on_current(self.copy_path))
        self.copy_image_action.triggered.connect(lambda: self._on_current(self.copy_image))

    # -- start-up and status --------------------------------------------------------------
    def start(self) -> None:
        """After show(): look at the library (in the background) and say what to do."""
        self.state_view.show_state(State.LOADING)
        self.stack.setCurrentWidget(self.state_view)
        self.refresh_status()

    def _submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if not self._closing:
            self.runner.submit(fn, on_done, on_error)

    def refresh_status(self) -> None:
        library = self.library
        self._submit(library.status, self._status_ready, self._status_failed)

    def _status_ready(self, status: Status) -> None:
        self.status = status
        self.summary_label.setText(status_summary(status))
        showing_grid = self.stack.currentWidget() is self.grid
        state = self.library_state(status)
        if state is not None and not showing_grid:
            self.show_state(state, status.store_error or "")
        elif (
            state is None
            and not showing_grid
            and self.state_view.state
            in (
                State.LOADING,
                State.NO_FOLDERS,
                State.NO_KEY,
                State.NOTHING_INDEXED,
                State.INDEXING,
                State.STORE_ERROR,
            )
        ):
            self.show_state(State.READY)
        if (
            self.first_run
            and not self._first_run_shown
            and not self.library.settings.ui.first_run_done
            and (not status.folders or status.api_key is None)
        ):
            self._first_run_shown = True
            self.show_first_run()
        self.status_changed.emit(status)

    def library_state(self, status: Status) -> State | None:
        """What stands between the user and a search, if anything."""
        if not status.folders:
            return State.NO_FOLDERS
        if status.api_key is None:
            return State.NO_KEY
        if status.store_error:
            return State.STORE_ERROR
        if status.active_index is None:
            return State.INDEXING if self.indexer.running else State.NOTHING_INDEXED
        return None

    def _status_failed(self, exc: BaseException) -> None:
        state, detail = problem_state(exc)
        if state is State.SEARCH_ERROR:  # not a search: the store could not be opened
            state = State.STORE_ERROR
        self.summary_label.setText(self.tr("The photo index cannot be reached"))
        if self.stack.currentWidget() is not self.grid:
            self.show_state(state, detail)
        self.status_changed.emit(None)

    def show_state(self, state: State, detail: str = "") -> None:
        self.state_view.show_state(state, detail)
        self.stack.setCurrentWidget(self.state_view)

    def _state_action(self, action: Action) -> None:
        if action is Action.ADD_FOLDER:
            self.choose_folder()
        elif action is Action.OPEN_SETTINGS:
            self.open_settings()
        elif action is Action.INDEX_NOW:
            self.index_now()
        elif action is Action.FOCUS_SEARCH:
            self.search_bar.focus()
        elif action is Action.RETRY:
            self.retry()

    def retry(self) -> None:
        if self.query is not None:
            self.run_query(self.query)
        else:
            self.show_state(State.LOADING)
            self.refresh_status()

    # -- searching ------------------------------------------------------------------------
    @property
    def page_size(self) -> int:
        return max(1, self.library.settings.search.page_size)

    def search_text(self, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        ui = self.library.settings.ui
        ui.recent_queries = remember(ui.recent_queries, text)
        self.search_bar.set_recent(ui.recent_queries)
        self.saver.schedule()
        self.search_bar.clear_chip()
        self.run_query(Query("text", text=text))

    def search_file(self, path: str) -> None:
        """Query by an image file (dropped, chosen, pasted as a file)."""
        name = os.path.basename(path) or path
        self.run_query(Query("file", path=path, label=name))
        self._chip_from_file(path)

    def search_image(self, image: QImage, label: str = "") -> None:
        """Query by picture data (pasted, dropped from a browser)."""
        if image.isNull():
            return
        self.run_query(Query("image", image=image, label=label or self.tr("Pasted picture")))
        generation = self.generation

        def small() -> QImage:
            return image.scaled(
                96,
                96,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )

        self._submit(small, lambda img: self._chip_pixmap(generation, img))

    def find_similar(self, path: str) -> None:
        name = os.path.basename(path) or path
        self.run_query(Query("similar", path=path, label=name))
        pixmap = self._cached_thumbnail(path)
        if pixmap is None:
            self._chip_from_file(path)
        else:
            self.search_bar.chip.set_pixmap(pixmap)

    def _cached_thumbnail(self, path: str) -> QPixmap | None:
        """The grid's thumbnail of the photo at `path`, if it is the current or previewed one."""
        candidates: list[SearchResult] = []
        row = self.grid.current_row()
        if 0 <= row < self.grid.results.rowCount():
            candidates.append(self.grid.results.result(row))
        if self.preview is not None and self.preview.current is not None:
            candidates.append(self.preview.current)
        px = round(self.grid.thumb_size * self.devicePixelRatioF())
        for r in candidates:
            if path in (r.path, *r.paths):
                return self.loader.pixmap(ThumbKey(r.content_hash, px))
        return None

    def run_query(self, query: Query) -> None:
        self.generation += 1
        self._page = 0
        self._fetched = 0
        self._more = False
        self._loading_more = False
        self.query = query
        if query.is_picture:
            self.search_bar.show_chip(query.label)
        self._set_busy(True)
        self._request_page(self.generation, 0, 0)

    def _request_page(self, generation: int, page: int, offset: int) -> None:
        query, k, library = self.query, self.page_size, self.library
        assert query is not None
        self._submit(
            lambda: query.run(library.search, k, offset),
            lambda results: self._answer(generation, page, results),
            lambda exc: self._failed(generation, page, exc),
        )

    def load_more(self) -> None:
        """The grid reached its end: fetch the next page of the current query."""
        if self.query is None or not self._more or self._loading_more or self.searching:
            return
        self._loading_more = True
        self._page += 1
        self._set_busy(True, self.tr("Loading more…"))
        self._request_page(self.generation, self._page, self._fetched)

    def _answer(self, generation: int, page: int, results: list[SearchResult]) -> None:
        if generation != self.generation or page != self._page:
            self.stale_answers += 1
            return
        self._set_busy(False)
        self._fetched += len(results)
        self._more = len(results) >= self.page_size
        if page == 0:
            self.grid.show_results(results, generation)
            if results:
                self.stack.setCurrentWidget(self.grid)
            else:
                self.show_state(State.NOTHING_FOUND)
        else:
            self._loading_more = False
            self.grid.results.append(results)
        self.search_finished.emit(self.grid.results.rowCount())

    def _failed(self, generation: int, page: int, exc: BaseException) -> None:
        if generation != self.generation or page != self._page:
            self.stale_answers += 1
            return
        self._set_busy(False)
        state, detail = problem_state(exc)
        log.info("search failed: %s", exc)
        if page > 0:
            self._loading_more = False
            self._more = False
            self.statusBar().showMessage(self.tr("Could not load more: {}").format(detail), 8000)
        else:
            if (
                state is State.SEARCH_ERROR
                and self.status is not None
                and self.status.api_key is None
                and self.query is not None
                and self.query.kind != "similar"
            ):
                state = State.NO_KEY
            self.grid.show_results([], generation)
            self.show_state(state, detail)
        self.search_failed.emit(detail or state.value)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.searching = busy and not text
        self.busy_label.setText((text or self.tr("Searching…")) if busy else "")

    def _image_cleared(self) -> None:
        """✕ on the chip: back to words."""
        if self.query is not None and self.query.is_picture:
            self.generation += 1  # drop an answer still on its way
            self.query = None
            self._set_busy(False)
            self.grid.show_results([], self.generation)
            if self.status is not None:
                state = self.library_state(self.status) or State.READY
                self.show_state(state, self.status.store_error or "")
            else:
                self.show_state(State.READY)

    # -- picture queries: chip, drop, paste, choose -----------------------------------------
    def _chip_from_file(self, path: str) -> None:
        generation = self.generation

        def work() -> QImage:
            return load_image(path, 96)[0]

        self._submit(work, lambda image: self._chip_pixmap(generation, image), lambda _e: None)

    def _chip_pixmap(self, generation: int, image: QImage) -> None:
        if generation == self.generation and self.search_bar.chip_visible:
            self.search_bar.chip.set_pixmap(QPixmap.fromImage(image))

    def _image_dropped(self, image: QImage) -> None:
        self.search_image(image, self.tr("Dropped picture"))

    def paste_image(self) -> bool:
        """Ctrl+V: a copied picture or image file becomes the query. False if there is none."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is None:
            return False
        if mime.hasUrls():
            from photoseek.gui.grid import local_image_files

            files = local_image_files(mime.urls())
            if files:
                self.search_file(files[0])
                return True
        if mime.hasImage():
            image = clipboard.image()
            if not image.isNull():
                self.search_image(image, self.tr("Pasted picture"))
                return True
        return False

    def _paste_or_tell(self) -> None:
        if not self.paste_image():
            self.statusBar().showMessage(
                self.tr("The clipboard holds no picture. Copy a photo or an image file first."),
                6000,
            )

    def choose_image(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Search by image"),
            "",
            self.tr("Images ({})").format(patterns),
        )
        if path:
            self.search_file(path)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        accept_image_drag(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        accept_image_drag(e)

    def dropEvent(self, e: QDropEvent) -> None:
        take_image_drop(e, self.grid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A picture dropped on the search field is a picture query, not text to insert.
        if watched is self.search_bar.edit:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragMoveEvent
            ):
                if accepts_image_drop(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif (
                kind == QEvent.Type.Drop
                and isinstance(event, QDropEvent)
                and take_image_drop(event, self.grid)
            ):
                return True
        return super().eventFilter(watched, event)

    # -- one photo: context menu and its actions ------------------------------------------
    def build_context_menu(self, row: int) -> QMenu:
        """The menu for a result (built here so tests can look at it without exec)."""
        self.grid.setCurrentIndex(self.grid.results.index(row))
        r = self.grid.results.result(row)
        missing = self.loader.file_missing(r.content_hash)
        menu = QMenu(self)
        menu.setObjectName("photoMenu")
        menu.addAction(self.similar_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.addAction(self.reveal_action)
        menu.addSeparator()
        menu.addAction(self.copy_path_action)
        menu.addAction(self.copy_image_action)
        for action in (self.open_action, self.reveal_action, self.copy_image_action):
            action.setEnabled(not missing)
        return menu

    def _context_menu(self, row: int, pos: QPoint) -> None:
        menu = self.build_context_menu(row)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    def _on_current(self, fn: Callable[[str], None]) -> None:
        row = self.grid.current_row()
        if row >= 0:
            fn(self.grid.results.result(row).path)

    def open_path(self, path: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.statusBar().showMessage(self.tr("Could not open {}").format(path), 6000)

    def show_in_folder(self, path: str) -> None:
        if sys.platform == "darwin":
            QProcess.startDetached("open", ["-R", path])
            return
        if sys.platform == "win32":
            QProcess.startDetached("explorer", ["/select,", os.path.normpath(path)])
            return
        folder = os.path.dirname(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            self.statusBar().showMessage(self.tr("Could not open {}").format(folder), 6000)

    def copy_path(self, path: str) -> None:
        QGuiApplication.clipboard().setText(path)
        self.statusBar().showMessage(self.tr("Copied the path"), 3000)

    def copy_image(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Copying the picture…"))

        def done(image: QImage) -> None:
            QGuiApplication.clipboard().setImage(image)
            self.statusBar().showMessage(self.tr("Copied the picture"), 3000)
            self.image_copied.emit()

        def failed(exc: BaseException) -> None:
            reason = getattr(exc, "reason", "") or str(exc)
            self.statusBar().showMessage(self.tr("Could not copy: {}").format(reason), 6000)

        self._submit(lambda: load_image(path, COPY_SIDE)[0], done, failed)

    def open_preview(self, row: int) -> None:
        if not 0 <= row < self.grid.results.rowCount():
            return
        if self.preview is None:
            self.preview = PreviewDialog(self.grid.results, self.runner, self.loader, self)
            self.preview.find_similar.connect(self.find_similar)
            self.preview.open_file.connect(self.open_path)
            self.preview.row_changed.connect(
                lambda r: self.grid.setCurrentIndex(self.grid.results.index(r))
            )
        self.preview.show_row(row)
        self.preview.show()
        self.preview.raise_()
        self.preview.activateWindow()

    # -- zoom -----------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.zoom.setValue(self.zoom.value() + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom.setValue(self.zoom.value() - ZOOM_STEP)

    def _zoom_changed(self, value: int) -> None:
        self.grid.set_thumb_size(value)
        if self.library.settings.ui.thumbnail_size != value:
            self.library.settings.ui.thumbnail_size = value
            self.saver.schedule()

    # -- folders and indexing -------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photos"))
        if path:
            self.add_folder_path(path)

    def add_folder_path(self, path: str) -> None:
        library = self.library

        def done(_folder: object) -> None:
            self.statusBar().showMessage(self.tr("Added {}").format(path), 5000)
            self.index_now()

        def failed(exc: BaseException) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot add this folder"),
                str(exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self._submit(lambda: library.add_folder(path), done, failed)

    def index_now(self, *, scan: bool = True) -> bool:
        if self._closing:
            return False
        if self.indexer.running:
            self.statusBar().showMessage(self.tr("Indexing is already running"), 4000)
            return False
        return self.indexer.start(scan=scan)

    def _indexing_started(self) -> None:
        self.index_action.setEnabled(False)
        if self.state_view.state is State.NOTHING_INDEXED and self.stack.currentWidget() is (
            self.state_view
        ):
            self.show_state(State.INDEXING)

    def _indexing_progress(self, _p: Progress) -> None:
        # Keep the photo count in the status bar moving, without asking more than every 2 s.
        if self._status_clock.isValid() and self._status_clock.elapsed() < STATUS_EVERY_MS:
            return
        self._status_clock.start()
        self.refresh_status()

    def _indexing_ended(self) -> None:
        self.index_action.setEnabled(True)
        self.loader.forget_states()
        self.grid.viewport().update()
        if self._pending is not None:
            followup, self._pending = self._pending, None
            self._follow_up(followup)
        else:
            self.refresh_status()

    def _indexing_finished(self, report: IndexReport) -> None:
        self._indexing_ended()

    def _indexing_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Indexing stopped: {}").format(message), 10000)
        self._indexing_ended()

    # -- dialogs -----------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            dialog = SettingsDialog(self.library, self.runner, self)
            dialog.applied.connect(self.settings_applied)
            dialog.finished.connect(lambda _r: self._forget("settings_dialog"))
            self.settings_dialog = dialog
        self.settings_dialog.open()
        return self.settings_dialog

    def open_problems(self) -> ProblemsDialog:
        if self.problems_dialog is None:
            dialog = ProblemsDialog(self.library, self.runner, self)
            dialog.finished.connect(lambda _r: self._forget("problems_dialog"))
            self.problems_dialog = dialog
        self.problems_dialog.open()
        return self.problems_dialog

    def show_first_run(self) -> FirstRunDialog:
        if self.first_run_dialog is None:
            dialog = FirstRunDialog(self.library, self.runner, self)
            dialog.completed.connect(self.first_run_completed)
            dialog.finished.connect(lambda _r: self._forget("first_run_dialog"))
            self.first_run_dialog = dialog
        self.first_run_dialog.open()
        return self.first_run_dialog

    def _forget(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()

    def first_run_completed(self) -> None:
        self.library.settings.ui.first_run_done = True
        self.saver.schedule()
        # A key or a store may have been chosen: clients built before must go; then a full
        # run over the new folders.
        self._follow_up(Followup(reconnect=True, rescan=True))

    def settings_applied(self, keys: set[str]) -> None:
        """The settings dialog saved `keys`; rebuild what depends on them."""
        keys = set(keys)
        if "ui.thumbnail_size" in keys:
            self.zoom.setValue(self.library.settings.ui.thumbnail_size)
        if "ui.recent_queries" in keys:
            self.search_bar.set_recent(self.library.settings.ui.recent_queries)
        self._follow_up(Followup.for_keys(keys))

    def _follow_up(self, followup: Followup) -> None:
        if not followup:
            return
        if self.indexer.running:  # let the run stop, then do it (see _indexing_ended)
            self._pending = followup.merge(self._pending)
            self.indexer.cancel()
            return
        if followup.reconnect:
            self._submit(
                self.library.reconfigure,
                lambda _r: self._after_reconfigure(followup),
                lambda _e: self._after_reconfigure(followup),
            )
        else:
            self._after_reconfigure(followup)

    def _after_reconfigure(self, followup: Followup) -> None:
        """A new Matryoshka size or store costs no model calls: the pipeline derives every
        vector from the local cache (`scan=False`). New folders or filters need a scan."""
        if followup.rescan:
            self.index_now(scan=True)
        elif followup.rebuild:
            self.index_now(scan=False)
        self.refresh_status()

    def about(self) -> None:
        from photoseek import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Photoseek"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>Photoseek {}</b><br>Search your own photo folders by meaning, in any "
                "language.<br>Embeddings: Jina CLIP v2."
            ).format(__version__)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._closing:
            self.shutdown()
        super().closeEvent(e)

    def shutdown(self) -> None:
        """Stop indexing and background work, save, close the library. Idempotent."""
        if self._closing:
            return
        self._closing = True
        self.loader.closed = True
        for dialog in (self.preview, self.settings_dialog, self.first_run_dialog):
            if dialog is not None:
                dialog.close()
        if self.indexer.running:
            self.indexer.cancel()
            self.indexer.wait()
        self.runner.shutdown()
        self.saver.flush()
        self.library.close()
