"""How the GUI runs core work off its thread and gets the answer back.

Rules (after Picard's `thread.py`): widgets, QPixmap and item models are touched only on the
GUI thread; workers get plain data in and hand plain data (or a QImage) back; results come
back through queued signals, never by calling into widgets from a worker. A caller that
may be overtaken by a newer request keeps the task id and drops stale answers.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from photoseek.indexing import IndexReport, Progress
from photoseek.library import Library

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Runs callables on a small thread pool; callbacks run on the GUI thread."""

    _delivered = Signal(object)  # a zero-argument callable to run on the GUI thread

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="ps-gui")
        self._ids = itertools.count(1)
        self._delivered.connect(self._run_delivered)
        self._closed = False
        self.pending = 0

    @Slot(object)
    def _run_delivered(self, fn: Callable[[], None]) -> None:
        self.pending -= 1
        if not self._closed:
            fn()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run `fn()` in the pool; `on_done(result)` or `on_error(exc)` on the GUI thread."""
        task_id = next(self._ids)
        self.pending += 1

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the caller, who shows it
                error = exc  # `exc` is unbound after the block; the lambda runs later
                if on_error is None:
                    log.exception("background task failed")
                    self._delivered.emit(lambda: None)
                else:
                    self._delivered.emit(lambda: on_error(error))
                return
            self._delivered.emit(lambda: on_done(result))

        self._pool.submit(work)
        return task_id

    def shutdown(self) -> None:
        """Wait for running tasks (never leave a thread touching a closed library)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


class IndexingController(QObject):
    """Runs `Library.index` on its own thread with pause, resume and cancel."""

    started = Signal()
    progress = Signal(object)  # Progress
    finished = Signal(object)  # IndexReport
    failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def start(self, *, scan: bool = True) -> bool:
        if self.running:
            return False
        self._stop.clear()
        self._resume.set()

        def work() -> None:
            try:
                report: IndexReport = self.library.index(
                    self._emit_progress, self._stop, self._resume, scan=scan
                )
            except Exception as exc:
                log.exception("indexing failed")
                self.failed.emit(str(exc) or exc.__class__.__name__)
                return
            self.finished.emit(report)

        self._thread = threading.Thread(target=work, name="ps-indexing", daemon=True)
        self._thread.start()
        self.started.emit()
        return True

    def _emit_progress(self, p: Progress) -> None:
        self.progress.emit(p.snapshot())

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def cancel(self) -> None:
        self._stop.set()
        self._resume.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (used on quit, after cancel)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running
