"""The main window: search bar, results grid (or a state explaining what to do), status bar.

It lays out widgets and calls the core: the query and its pages live in a `SearchSession`,
what a settings change requires comes from the core as `Followups`, and everything that
touches disk, network or pixels runs in one of the window's lanes (`workers.Lanes`), so the
GUI thread never waits. Closing is bounded: requests in flight are cut off and the window is
gone within a few seconds even when a service hangs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QElapsedTimer,
    QEvent,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QResizeEvent,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.state import MAX_THUMB, MIN_THUMB
from photoseek.followups import Followups
from photoseek.gui.auto_index import AutoIndexer
from photoseek.gui.filter_bar import FilterBar
from photoseek.gui.first_run import FirstRunDialog
from photoseek.gui.grid import PhotoGrid, accept_image_drag, take_image_drop
from photoseek.gui.indexing_panel import IndexingStatus, ProblemsDialog
from photoseek.gui.picture_input import PictureInput
from photoseek.gui.preview import PreviewDialog
from photoseek.gui.query_chips import ChipRow
from photoseek.gui.search_bar import SearchBar
from photoseek.gui.selection_actions import SelectionActions
from photoseek.gui.settings_dialog import SettingsDialog
from photoseek.gui.states import Action, State, StateView
from photoseek.gui.theme import apply_theme
from photoseek.gui.thumbnails import ThumbnailLoader
from photoseek.gui.window_actions import ZOOM_STEP, WindowActions
from photoseek.gui.window_dialogs import WindowDialogs
from photoseek.gui.window_search import WindowSearch
from photoseek.gui.window_status import (
    StateSaver,
    about_box,
    library_state,
    missing_key,
    problem_state,
    status_details,
    status_summary,
)
from photoseek.gui.workers import IndexingController, Lanes
from photoseek.imaging.thumbnail_helpers import ThumbnailHelpers
from photoseek.indexing import IndexReport, Progress
from photoseek.library import ChangeOutcome, Library, Status
from photoseek.search.browse import Facets
from photoseek.search.session import Query, SearchSession

log = logging.getLogger(__name__)

STATUS_EVERY_MS = 2000  # status-bar counts refresh at most this often while indexing
EMBEDDING_TAB, STORE_TAB = 1, 3  # the settings dialog's tabs where a key or a store is fixed
CLOSE_WITHIN_S = 2.5  # how long closing waits for background work before leaving it behind
KILL_WAIT_S = 2.0  # then how long for a terminated indexing process to be gone
THUMBNAIL_HELPERS = 2  # processes reading and making the grid's thumbnails
THUMBNAIL_NICE = 5  # after the GUI thread, before indexing (BACKGROUND_NICE)


class MainWindow(QMainWindow):
    search_finished = Signal(int)  # rows shown after a search (or a page) arrived
    search_failed = Signal(str)
    status_changed = Signal(object)  # Status
    image_copied = Signal()
    facets_changed = Signal()

    def __init__(
        self,
        library: Library,
        *,
        first_run: bool = True,
        auto_index: bool = True,
        thumbnail_helpers: ThumbnailHelpers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.first_run = first_run
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Photoseek"))
        self.setAcceptDrops(True)

        self.lanes = Lanes.create(self)
        self.indexer = IndexingController(library, self)
        self.auto = AutoIndexer(self)  # watches the folders when `library.auto_index` is on
        self._auto_allowed = auto_index  # tests of other things switch it off
        # Thumbnails are read and made in helper processes whose answers the GUI thread
        # polls: no thread of this process works on them, so none competes with the GUI
        # thread for the interpreter lock (README, Speed: S8b). Started on first use; tests
        # share one set between windows. (Indexing decodes in helpers of its own process.)
        self._own_helpers = thumbnail_helpers is None
        self.helpers = thumbnail_helpers or ThumbnailHelpers(THUMBNAIL_HELPERS, nice=THUMBNAIL_NICE)
        self.loader = ThumbnailLoader(
            None, library.paths.thumbnails_dir, helpers=self.helpers, parent=self
        )
        self.saver = StateSaver(library, self.lanes, self)
        self.session = SearchSession(library.settings.search.page_size)
        self.status: Status | None = None
        self._closing = False
        self._first_run_shown = False
        self._facets_asked = False
        self._pending: Followups | None = None  # settings applied while indexing ran
        self._last_progress: Progress | None = None
        self._rerun_after_indexing = False  # a search found nothing while indexing ran
        self._status_clock = QElapsedTimer()
        self.preview: PreviewDialog | None = None
        self.dialogs = WindowDialogs(self)

        self.picture = PictureInput(self)
        self._build_widgets()
        self.search = WindowSearch(self)
        self.commands = WindowActions(self)
        self.selection = SelectionActions(self)
        self._build_status_bar()
        self._wire()
        self._restore_geometry()

    # -- compatibility views of the session ---------------------------------------------------
    @property
    def query(self) -> Query | None:
        return self.session.query

    @property
    def generation(self) -> int:
        return self.session.generation

    @property
    def stale_answers(self) -> int:
        return self.session.stale_answers

    @property
    def searching(self) -> bool:
        return self.session.loading and self.session.page == 0

    # -- construction ---------------------------------------------------------------------
    def _build_widgets(self) -> None:
        state = self.saver.state
        self.search_bar = SearchBar(self)
        self.search_bar.set_recent(list(state.recent_queries))
        self.search_bar.paste_image = self.picture.paste_image
        self.search_bar.edit.installEventFilter(self.picture)

        self.chip_row = ChipRow(self)
        self.filter_bar = FilterBar(self)
        self.filter_bar.details.setChecked(state.show_details)

        self.grid = PhotoGrid(self.loader, self)
        self.grid.set_thumb_size(max(MIN_THUMB, min(MAX_THUMB, state.thumbnail_size)))
        self.grid.set_overlay(state.show_details)
        self.state_view = StateView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state_view)
        self.stack.addWidget(self.grid)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.chip_row)
        layout.addWidget(_side_scrolling(self.filter_bar))
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _restore_geometry(self) -> None:
        geometry = self.saver.state.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1180, 780)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.summary_label = QLabel(self.tr("Opening the library…"), self)
        self.summary_label.setObjectName("librarySummary")
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        # Temporary messages (tell(), menu status tips) get a place of their own: with
        # QStatusBar.showMessage they would hide the library summary while they show.
        self.message_label = QLabel(self)
        self.message_label.setObjectName("statusMessage")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_label.clear)
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
        status.addWidget(self.message_label, 1)
        status.addPermanentWidget(self.indexing_status)
        status.addPermanentWidget(self.zoom)

    def _wire(self) -> None:
        self.search_bar.search_requested.connect(self.search_text)
        self.search_bar.image_cleared.connect(self.search.image_cleared)
        self.search_bar.emptied.connect(self.search.emptied)
        self.chip_row.removed.connect(self.search.remove_token)
        self.filter_bar.changed.connect(self.search.controls_changed)
        self.filter_bar.overlay_toggled.connect(self._overlay_toggled)
        self.grid.context_menu_requested.connect(self._context_menu)
        self.grid.open_requested.connect(self.open_preview)
        self.grid.reached_end.connect(self.load_more)
        self.grid.files_dropped.connect(lambda files: self.picture.search_file(files[0]))
        self.grid.image_dropped.connect(self.picture.image_dropped)
        self.state_view.action_requested.connect(self._state_action)
        self.zoom.valueChanged.connect(self._zoom_changed)
        self.indexer.started.connect(self._indexing_started)
        self.indexer.progress.connect(self._indexing_progress)
        self.indexer.finished.connect(self._indexing_finished)
        self.indexer.failed.connect(self._indexing_failed)
        self.commands.photo_actions.similar.triggered.connect(
            lambda: self.search.find_similar(self.selection.paths())
        )

    # -- start-up and status --------------------------------------------------------------
    def start(self) -> None:
        """After show(): look at the library (in the background) and say what to do."""
        self.state_view.show_state(State.LOADING)
        self.stack.setCurrentWidget(self.state_view)
        self.refresh_status()
        if self._auto_allowed:
            self.auto.start()  # a rescan in the background, then the folders are watched

    @property
    def closing(self) -> bool:
        return self._closing

    def can_index_by_itself(self) -> bool:
        """May an automatic run start now? Not while the model cannot be asked (no key)."""
        return self.status is None or self.library_state(self.status) is not State.NO_KEY

    def tell(self, text: str, ms: int) -> None:
        """A message beside the library summary for `ms` milliseconds (0: until replaced)."""
        self.message_label.setText(text)
        self._message_timer.stop()
        if ms > 0:
            self._message_timer.start(ms)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.StatusTip and isinstance(e, QStatusTipEvent):
            self.tell(e.tip(), 0)  # a menu item's tip while hovered; "" when it leaves
            return True
        return super().event(e)

    def refresh_status(self) -> None:
        if not self._closing:
            self.lanes.io.submit(self.library.status, self._status_ready, self._status_failed)

    def _status_ready(self, status: Status) -> None:
        self.status = status
        self.summary_label.setText(status_summary(status, self.indexer.running))
        self.summary_label.setToolTip(status_details(status))
        showing_grid = self.stack.currentWidget() is self.grid
        state = self.library_state(status)
        if state is State.INDEXING and self.state_view.state is State.STILL_INDEXING:
            state = None  # already said, more precisely (and the query runs again at the end)
        waiting_states = (State.LOADING, State.NO_FOLDERS, State.NO_KEY, State.NO_MODEL,
                          State.NOTHING_INDEXED, State.INDEXING, State.STORE_ERROR)  # fmt: skip
        if state is not None and not showing_grid:
            self.show_state(state, status.store_error or "")
        elif state is None and not showing_grid and self.state_view.state in waiting_states:
            self.show_state(State.READY)
            if self.session.query is None:
                self.search.browse()  # the library as a timeline, not a blank page
        if not self._facets_asked and (state is None or status.folders):
            self.refresh_facets()  # once; then after each indexing run
        if (
            self.first_run
            and not self._first_run_shown
            and not self.saver.state.first_run_done
            and (not status.folders or missing_key(status))
        ):
            self._first_run_shown = True
            self.show_first_run()
        self.status_changed.emit(status)

    def library_state(self, status: Status) -> State | None:
        """What stands between the user and a search, if anything."""
        return library_state(status, self.indexer.running)

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
            # Where the problem on screen is fixed: the key (or the API) or the store.
            state = self.state_view.state
            if state in (State.NO_KEY, State.SEARCH_ERROR):
                self.open_settings(EMBEDDING_TAB)
            elif state is State.STORE_ERROR:
                self.open_settings(STORE_TAB)
            else:
                self.open_settings()
        elif action is Action.INDEX_NOW:
            self.index_now()
        elif action is Action.FOCUS_SEARCH:
            self.search_bar.focus()
        elif action is Action.RETRY:
            self.retry()
        elif action is Action.DOWNLOAD_MODEL:
            self.dialogs.open_model_download()
        elif action is Action.SHOW_ALL:
            self.filter_bar.strictness.everything.setChecked(True)
        elif action is Action.CLEAR_FILTERS:
            self.filter_bar.clear()

    def retry(self) -> None:
        request = self.session.retry()
        if request is not None:
            self.set_busy(True)
            self.search.run(request)
        else:
            self.show_state(State.LOADING)
            self.refresh_status()

    # -- searching (see window_search.py) ------------------------------------------------------
    def search_text(self, text: str) -> None:
        self.search.search_text(text)

    def run_query(self, query: Query) -> None:
        self.search.run_query(query)

    def load_more(self) -> None:
        self.search.load_more()

    def browse(self) -> None:
        self.search.browse()

    def still_indexing(self) -> None:
        """Nothing (yet) while a run is under way: not "nothing found", and the query runs
        again when the run ends."""
        p = self._last_progress
        left = max(0, p.total - p.done) if p is not None else 0
        if not left and self.status is not None:
            left = self.status.waiting
        self._rerun_after_indexing = True
        self.show_state(State.STILL_INDEXING, str(left) if left else "")

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_label.setText((text or self.tr("Searching…")) if busy else "")

    def refresh_facets(self) -> None:
        """Folders, months and cameras for the filter bar, from the catalog (io lane)."""
        self._facets_asked = True
        if not self._closing:
            library = self.library
            self.lanes.io.submit(library.facets, self._facets_ready, lambda _e: None)

    def _facets_ready(self, facets: Facets) -> None:
        self.filter_bar.set_facets(facets)
        self.facets_changed.emit()

    def _overlay_toggled(self, on: bool) -> None:
        self.grid.set_overlay(on)
        self.saver.update(replace(self.saver.state, show_details=on))

    # -- picture queries (see picture_input.py) ---------------------------------------------
    def search_file(self, path: str) -> None:
        self.picture.search_file(path)

    def search_image(self, image: QImage, label: str = "") -> None:
        self.picture.search_image(image, label)

    def find_similar(self, path: str) -> None:
        self.search.find_similar([path])

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        accept_image_drag(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        accept_image_drag(e)

    def dropEvent(self, e: QDropEvent) -> None:
        take_image_drop(e, self.grid)

    # -- one photo ------------------------------------------------------------------------
    def build_context_menu(self, row: int) -> QMenu:
        """The menu for a result or the selection (built here so tests can look at it)."""
        index = self.grid.results.index(row)
        if not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        r = self.grid.results.result(row)
        return self.selection.menu(self.loader.file_missing(r.content_hash))

    def _context_menu(self, row: int, pos: QPoint) -> None:
        menu = self.build_context_menu(row)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    def current_path(self) -> str | None:
        row = self.grid.current_row()
        return self.grid.results.result(row).path if row >= 0 else None

    def open_path(self, path: str) -> None:
        self.commands.photo_actions.open_path(path)

    def show_in_folder(self, path: str) -> None:
        self.commands.photo_actions.show_in_folder(path)

    def copy_path(self, path: str) -> None:
        self.commands.photo_actions.copy_path_of(path)

    def copy_image(self, path: str) -> None:
        self.commands.photo_actions.copy_image_of(path)

    def open_preview(self, row: int) -> None:
        if not 0 <= row < self.grid.results.rowCount():
            return
        if self.preview is None:
            self.preview = PreviewDialog(self.grid.results, self.lanes.io, self.loader, self)
            self.preview.total = lambda: self.search.last.total if self.search.last else None
            self.preview.find_similar.connect(self.find_similar)
            self.preview.open_file.connect(self.open_path)
            self.preview.copy_path.connect(self.copy_path)
            self.preview.show_in_folder.connect(self.show_in_folder)
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
        self.saver.update(replace(self.saver.state, thumbnail_size=value))

    # -- folders and indexing -------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of photos"), self.picture.dialog_folder()
        )
        if path:
            self.picture.remember_folder(path)
            self.add_folder_path(path)

    def add_folder_path(self, path: str) -> None:
        library = self.library

        def done(_folder: object) -> None:
            self.tell(self.tr("Added {}").format(path), 5000)
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

        self.lanes.writer.submit(lambda: library.add_folder(path), done, failed)

    def index_now(self, *, scan: bool = True, embed: bool = True) -> bool:
        if self._closing:
            return False
        if self.indexer.running:
            self.tell(self.tr("Indexing is already running"), 4000)
            return False
        return self.indexer.start(scan=scan, embed=embed)

    def _indexing_started(self) -> None:
        self.commands.index_action.setEnabled(False)
        if self.state_view.state is State.NOTHING_INDEXED and self.stack.currentWidget() is (
            self.state_view
        ):
            self.show_state(State.INDEXING)

    def _indexing_progress(self, p: Progress) -> None:
        self._last_progress = p
        # Keep the photo count in the status bar moving, without asking more than every 2 s.
        if self._status_clock.isValid() and self._status_clock.elapsed() < STATUS_EVERY_MS:
            return
        self._status_clock.start()
        self.refresh_status()

    def _indexing_ended(self) -> None:
        self.commands.index_action.setEnabled(True)
        self.loader.forget_states()
        self.refresh_facets()
        query = self.session.query
        if query is not None and query.is_browse and not self._closing:
            self.search.run_query(query, remember=False)  # new photos join the timeline
        self.grid.viewport().update()
        if self._pending is not None:
            followups, self._pending = self._pending, None
            self._follow_up(followups)
        else:
            self.refresh_status()
        if self._rerun_after_indexing and self.query is not None and not self._closing:
            self._rerun_after_indexing = False
            self.run_query(self.query)  # the photos it waited for are searchable now

    def _indexing_finished(self, report: IndexReport) -> None:
        self._indexing_ended()

    def _indexing_failed(self, message: str) -> None:
        if not self._closing:
            self.tell(self.tr("Indexing stopped: {}").format(message), 10000)
        self._indexing_ended()

    # -- dialogs (see window_dialogs.py) --------------------------------------------------
    def open_settings(self, tab: int | None = None) -> SettingsDialog:
        return self.dialogs.open_settings(tab)

    def open_duplicates(self) -> Any:
        return self.commands.open_duplicates()

    def open_problems(self) -> ProblemsDialog:
        return self.dialogs.open_problems()

    def show_first_run(self) -> FirstRunDialog:
        return self.dialogs.show_first_run()

    @property
    def first_run_dialog(self) -> FirstRunDialog | None:
        return self.dialogs.first_run

    def first_run_completed(self, outcome: ChangeOutcome) -> None:
        self.saver.update(replace(self.saver.state, first_run_done=True))
        # The wizard's folders always need a full run, whatever else it saved.
        self._follow_up(outcome.followups.merge(Followups(rescan=True)))

    def settings_applied(self, outcome: ChangeOutcome) -> None:
        """The settings dialog saved something; do what the core says it requires."""
        self._follow_up(outcome.followups)

    def _follow_up(self, followups: Followups) -> None:
        followups = self._apply_at_once(followups)
        if not followups:
            return
        if self.indexer.running:  # let the run stop, then do it (see _indexing_ended)
            self._pending = followups.merge(self._pending)
            self.indexer.cancel()
            return
        if followups.needs_run:
            self.index_now(scan=followups.scan, embed=followups.embed)
        self.refresh_status()

    def _apply_at_once(self, followups: Followups) -> Followups:
        """Theme, language and automatic indexing need no run: do them now, return the rest."""
        ui = self.library.settings.ui
        if followups.restyle:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, ui.theme)
        if followups.restart:
            self.tell(self.tr("The new language is used the next time Photoseek starts."), 10000)
        if followups.watcher and self._auto_allowed:
            self.auto.settings_changed()
        elif followups.reconnect and not followups.needs_run:
            self.auto.request_run("settings")  # e.g. a key was set: photos may be waiting
        return replace(followups, watcher=False, restyle=False, restart=False)

    def about(self) -> None:
        about_box(self)

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._closing:
            self.shutdown()
        super().closeEvent(e)

    def shutdown(self) -> None:
        """Stop indexing and background work, save the window state, close the library.

        Bounded: requests in flight are cut off (`Library.abort`, the indexing process's
        too), an indexing process still running after CLOSE_WITHIN_S is terminated, and other
        work still running then is left behind (daemon threads end with the process); the
        library is then left open rather than closed under a running thread. Idempotent.
        """
        if self._closing:
            return
        self._closing = True
        self.busy_label.setText(self.tr("Stopping…"))
        self.busy_label.repaint()
        deadline = time.monotonic() + CLOSE_WITHIN_S
        self.auto.stop()
        self.loader.close()
        self.saver.update(
            replace(
                self.saver.state,
                window_geometry=bytes(self.saveGeometry().toBase64().data()).decode(),
            )
        )
        if self.preview is not None:
            self.preview.close()
        self.dialogs.close_all()
        self.indexer.abort()
        self.library.abort()
        indexing_done = self.indexer.wait(max(0.0, deadline - time.monotonic()))
        if not indexing_done:  # its process is stuck: terminated (the store survives that)
            self.indexer.kill()
            indexing_done = self.indexer.wait(KILL_WAIT_S)
        lanes_done = self.lanes.shutdown(deadline)
        if self._own_helpers:
            self.helpers.close()
        self.saver.flush()
        if indexing_done and lanes_done:
            self.library.close()
        else:
            log.info("closing with background work still running; it ends with the process")

    def background_threads(self) -> list[Any]:
        """Threads of this window still alive (for tests and diagnostics)."""
        import threading

        names = ("ps-search", "ps-io", "ps-write", "ps-indexing", "ps-watch")
        return [t for t in threading.enumerate() if t.name.startswith(names)]


class _SideScrolling(QScrollArea):
    """A bar in a frameless area that scrolls sideways when the window is narrower than the
    bar (a small screen): the window's width is never held to the bar's, and the scroll bar
    appears below the bar only then."""

    def __init__(self, bar: QWidget) -> None:
        super().__init__()
        self.setWidget(bar)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def _fit(self) -> None:
        bar = self.widget()
        if bar is None:
            return
        height = bar.sizeHint().height()
        if bar.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit()


def _side_scrolling(bar: QWidget) -> QScrollArea:
    return _SideScrolling(bar)
