"""What the window says about the library (status bar summary, the state for an error) and
the window state it keeps between runs (written on the writer lane, never the settings)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

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


def status_summary(status: Status) -> str:
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
    text += (
        " · " + store + " · " + QCoreApplication.translate("MainWindow", "{d} dims").format(d=dims)
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
