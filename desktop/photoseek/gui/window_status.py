"""What the window says about the library (status bar summary, the state for an error) and
the window state it keeps between runs (written on the writer lane, never the settings)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from photoseek.config.state import UiState
from photoseek.gui.states import State
from photoseek.gui.workers import Lanes
from photoseek.library import Library, Status
from photoseek.search.service import NothingIndexed, SearchError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 800


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


def missing_key(status: Status) -> bool:
    """The provider needs a Jina key and none is set (the cluster and the local model need none)."""
    return status.needs_key and status.api_key is None


def library_state(status: Status, indexing: bool) -> State | None:
    """What stands between the user and a search, if anything."""
    if not status.folders:
        return State.NO_FOLDERS
    if missing_key(status):
        return State.NO_KEY
    if status.local_installed is False:
        return State.NO_MODEL
    if status.store_error:
        return State.STORE_ERROR
    if status.active_index is None:
        return State.INDEXING if indexing else State.NOTHING_INDEXED
    return None


def about_box(parent: QWidget) -> None:
    from photoseek import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Photoseek"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "<b>Photoseek {}</b><br>Search your own photo folders by meaning, in any "
            "language.<br>Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch "
            "cluster or on this computer.",
        ).format(__version__)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def status_summary(status: Status, indexing: bool = False) -> str:
    """Photos, model and provider, store and size; while indexing (the progress needs the
    room) the provider and store move to the tooltip (`status_details`)."""
    photos = status.indexed
    store = (
        QCoreApplication.translate("MainWindow", "Elasticsearch")
        if status.store == "elasticsearch"
        else QCoreApplication.translate("MainWindow", "embedded store")
    )
    dims = status.active_dims or status.dims
    searchable = status.searchable
    if searchable is not None and searchable < status.contents and not status.store_error:
        # The store's count, not the catalog's belief: an index that lost photos says so.
        text = QCoreApplication.translate("MainWindow", "{n} of {m} photos searchable").format(
            n=QLocale().toString(searchable), m=QLocale().toString(status.contents)
        )
    else:
        text = QCoreApplication.translate("MainWindow", "{n} photos").format(
            n=QLocale().toString(photos)
        )
    if status.waiting:
        text += " " + QCoreApplication.translate("MainWindow", "({n} waiting)").format(
            n=QLocale().toString(status.waiting)
        )
    # During a model switch searches use the old model's index while the new one builds:
    # name the one searched, and who builds the new one.
    switching = bool(status.active_model and status.active_model != status.model)
    model = status.active_model or status.model
    if indexing or switching:
        where = model if indexing else model + " · " + store
    else:
        where = _provider_words(status.provider, model) + " · " + store
    text += (
        " · " + where + " · " + QCoreApplication.translate("MainWindow", "{d} dims").format(d=dims)
    )
    if switching:
        building = _provider_words(status.provider, status.model)
        text += " · " + QCoreApplication.translate("MainWindow", "building {model}").format(
            model=building
        )
    if status.store_error:
        text += " · " + QCoreApplication.translate("MainWindow", "index unreachable")
    return text


class StateSaver(QObject):
    """Keeps the window state (thumbnail size, recent queries, geometry) and writes it a moment
    after the last change, on the writer lane. Never the settings."""

    def __init__(self, library: Library, lanes: Lanes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.state: UiState = library.ui_state()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)
        self._dirty = False

    def update(self, state: UiState) -> None:
        if state != self.state:
            self.state = state
            self._dirty = True
            self._timer.start()

    def _save(self) -> None:
        self._dirty = False
        state, library = self.state, self.library
        self.lanes.writer.submit(
            lambda: library.save_ui_state(state),
            lambda _r: None,
            lambda exc: log.info("could not save the window state: %s", exc),
        )

    def flush(self) -> None:
        """On quit, after the lanes stopped: write what is still unsaved, here."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            try:
                self.library.save_ui_state(self.state)
            except OSError as exc:
                log.info("could not save the window state: %s", exc)


def status_details(status: Status) -> str:
    """The summary in full, for the status bar's tooltip."""
    return status_summary(status, indexing=False)


def _provider_words(provider: str, model: str) -> str:
    """The model and who runs it, for the status bar ("jina-clip-v2 (Jina API)")."""
    if provider == "elastic":
        who = QCoreApplication.translate("MainWindow", "your cluster")
    elif provider == "local":
        who = QCoreApplication.translate("MainWindow", "this computer")
    else:
        who = QCoreApplication.translate("MainWindow", "Jina API")
    return f"{model} ({who})"
