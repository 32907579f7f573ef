"""Automatic indexing in the window: the core `LibraryWatcher`, with its runs made by the
window's `IndexingController` so that progress, pause and cancel show in the status bar.

The watcher's thread decides when to run and waits for the run to end; the run itself is
started on the GUI thread (a queued signal) and executes on the controller's thread. Neither
waits on the GUI thread. `library.auto_index` turns it on or off (live: `settings_changed`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from photoseek.indexing import IndexReport, Progress
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.watching import LibraryWatcher, RunRecord, WatchOptions

if TYPE_CHECKING:
    from photoseek.gui.main_window import MainWindow

log = logging.getLogger(__name__)

STOP_WITHIN_S = 1.0  # closing waits this long for the watcher's thread (a daemon)


@dataclass
class _Ticket:
    """One run the watcher asked for, answered from the GUI thread."""

    settle_s: float
    done: threading.Event = field(default_factory=threading.Event)
    report: IndexReport | None = None
    busy: str = ""  # another run holds the lock (or this window is already indexing)
    error: str = ""


class WindowRuns(QObject):
    """A `RunFn` for the watcher: runs through the window's indexing controller."""

    _ask = Signal(object)  # _Ticket, from the watcher's thread to the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._ticket: _Ticket | None = None
        self._ask.connect(self._begin)
        window.indexer.finished.connect(self._finished)
        window.indexer.failed.connect(self._failed)

    def __call__(self, stop: threading.Event, settle_s: float) -> IndexReport:
        """On the watcher's thread: start a run on the GUI thread, wait for its report."""
        ticket = _Ticket(settle_s)
        self._ask.emit(ticket)
        while not ticket.done.wait(0.2):
            if stop.is_set():  # the window is closing; it cancels its own run
                return IndexReport(Progress(), cancelled=True)
        if ticket.busy:
            raise AlreadyIndexing(ticket.busy)
        if ticket.report is None:
            raise RuntimeError(ticket.error or "the indexing run failed")
        return ticket.report

    @Slot(object)
    def _begin(self, ticket: _Ticket) -> None:
        w = self.window
        if w.closing or w.indexer.running or self._ticket is not None:
            ticket.busy = "This window is indexing already."
            ticket.done.set()
            return
        if not w.can_index_by_itself():
            ticket.report = IndexReport(Progress())  # nothing to do until a key is set
            ticket.done.set()
            return
        if not w.indexer.start(settle_s=ticket.settle_s):
            ticket.busy = "This window is indexing already."
            ticket.done.set()
            return
        self._ticket = ticket

    def _finished(self, report: IndexReport) -> None:
        ticket, self._ticket = self._ticket, None
        if ticket is not None:
            ticket.report = report
            ticket.done.set()

    def _failed(self, message: str) -> None:
        ticket, self._ticket = self._ticket, None
        if ticket is None:
            return
        if isinstance(self.window.indexer.error, AlreadyIndexing):
            ticket.busy = message
        else:
            ticket.error = message
        ticket.done.set()


class AutoIndexer(QObject):
    """Starts and stops the window's watcher as `library.auto_index` says."""

    ran = Signal(object)  # RunRecord, on the GUI thread
    _ran = Signal(object)

    def __init__(self, window: MainWindow, options: WatchOptions | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.options = options
        self.runs = WindowRuns(window)
        self.watcher: LibraryWatcher | None = None
        self._ran.connect(self._deliver)

    @Slot(object)
    def _deliver(self, record: RunRecord) -> None:
        self.ran.emit(record)

    @property
    def active(self) -> bool:
        return self.watcher is not None

    def _options(self) -> WatchOptions:
        lib = self.window.library.settings.library
        base = self.options or WatchOptions()
        # The window indexes a folder the user adds itself; the watcher only watches it.
        return WatchOptions(
            settle_s=base.settle_s,
            debounce_s=base.debounce_s,
            max_wait_s=base.max_wait_s,
            rescan_s=base.rescan_s if self.options else lib.rescan_minutes * 60.0,
            check_s=base.check_s,
            busy_retry_s=base.busy_retry_s,
            retry_s=base.retry_s,
            start_run=base.start_run,
            run_on_new_folder=False,
        )

    def start(self) -> bool:
        """Start watching (with a rescan first) when the settings want it."""
        if self.watcher is not None or not self.window.library.settings.library.auto_index:
            return False
        self.watcher = LibraryWatcher(
            self.window.library, self.runs, self._options(), on_run=self._ran.emit
        )
        self.watcher.start()
        log.info("automatic indexing on")
        return True

    def stop(self, timeout: float = STOP_WITHIN_S) -> bool:
        watcher, self.watcher = self.watcher, None
        if watcher is None:
            return True
        log.info("automatic indexing off")
        return watcher.stop(timeout)

    def settings_changed(self) -> None:
        """`library.auto_index` or the rescan interval changed: follow them."""
        self.stop()
        self.start()

    def request_run(self, reason: str) -> None:
        if self.watcher is not None:
            self.watcher.request_run(reason)

    def last(self) -> RunRecord | None:
        return self.watcher.last if self.watcher is not None else None
