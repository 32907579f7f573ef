"""How the GUI runs core work off its thread and gets the answer back.

Rules (after Picard's `thread.py`): widgets, QPixmap and item models are touched only on the
GUI thread; workers get plain data in and hand plain data (or a QImage) back; every answer
and every public signal is delivered on the GUI thread (a worker only emits the private
`_delivered` signal of an object that lives as long as the window). A caller that may be
overtaken by a newer request keeps the task id and drops stale answers.

Work runs in lanes so that one kind never waits behind another: searches, everything else
that touches disk or network (status, folders, keyring), and one writer that saves settings
and window state one at a time. (The grid's thumbnails are made in helper processes, see
gui/thumbnails.py, and the window's indexing in a process of its own.) Each lane is a small
pool of daemon threads that can be left behind at quit when a task hangs (a request to a
service that does not answer): the window never waits more than a few seconds to close.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from photoseek.indexing import IndexReport, Progress
from photoseek.indexing.child_process import IndexingProcess, IndexingProcessFailed
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.library import Library

log = logging.getLogger(__name__)

_STOP = object()


class TaskRunner(QObject):
    """Runs callables on a few daemon threads; callbacks run on the GUI thread."""

    _delivered = Signal(object)  # a zero-argument callable to run on the GUI thread

    def __init__(
        self, workers: int = 2, name: str = "ps-gui", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
            for i in range(workers)
        ]
        self._ids = itertools.count(1)
        self._delivered.connect(self._run_delivered)
        self._closed = False
        self.pending = 0  # submitted, answer not delivered yet
        self.running = 0  # being worked on right now
        self._count_lock = threading.Lock()
        for t in self._threads:
            t.start()

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                return
            with self._count_lock:
                self.running += 1
            try:
                job()
            finally:
                with self._count_lock:
                    self.running -= 1

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
        """Run `fn()` in the lane; `on_done(result)` or `on_error(exc)` on the GUI thread."""
        task_id = next(self._ids)
        if self._closed:
            return task_id
        self.pending += 1

        def work() -> None:
            if self._closed:
                self._delivered.emit(lambda: None)
                return
            try:
                result = fn()
            except BaseException as exc:  # delivered to the caller, who shows it
                error = exc  # `exc` is unbound after the block; the lambda runs later
                if on_error is None:
                    log.error("background task failed", exc_info=error)
                    self._delivered.emit(lambda: None)
                else:
                    self._delivered.emit(lambda: on_error(error))
                return
            self._delivered.emit(lambda: on_done(result))

        self._queue.put(work)
        return task_id

    def shutdown(self, deadline: float | None = None) -> bool:
        """Drop waiting work and wait for running tasks until `deadline` (time.monotonic());
        True when every thread ended. Threads still busy after it are left behind (daemons)."""
        self._closed = True
        for _ in self._threads:
            self._queue.put(_STOP)
        for t in self._threads:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            t.join(remaining)
        return not any(t.is_alive() for t in self._threads)


@dataclass
class Lanes:
    """The window's lanes of background work (see the module docstring)."""

    search: TaskRunner
    io: TaskRunner
    writer: TaskRunner

    @classmethod
    def create(cls, parent: QObject | None = None) -> Lanes:
        return cls(
            search=TaskRunner(2, "ps-search", parent),
            io=TaskRunner(2, "ps-io", parent),
            writer=TaskRunner(1, "ps-write", parent),
        )

    def all(self) -> list[TaskRunner]:
        return [self.search, self.io, self.writer]

    def shutdown(self, deadline: float | None = None) -> bool:
        # The writer last, so a save queued by closing still happens.
        results = [r.shutdown(deadline) for r in (self.search, self.io)]
        return all(results) and self.writer.shutdown(deadline)


class IndexingController(QObject):
    """Runs `Library.index` (a run or a settings follow-up) in a process of its own
    (indexing/child_process.py), followed from a thread here, with pause, resume and cancel.
    Its signals are emitted on the GUI thread."""

    started = Signal()
    progress = Signal(object)  # Progress
    finished = Signal(object)  # IndexReport
    failed = Signal(str)
    _delivered = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._thread: threading.Thread | None = None
        self._process: IndexingProcess | None = None
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._delivered.connect(self._run_delivered)
        self.error: BaseException | None = None  # why the last run failed (with `failed`)

    @Slot(object)
    def _run_delivered(self, fn: Callable[[], None]) -> None:
        fn()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    @property
    def process(self) -> IndexingProcess | None:
        """The current (or last) run's process (for diagnostics and tests)."""
        return self._process

    def start(self, *, scan: bool = True, embed: bool = True, settle_s: float = 0.0) -> bool:
        """Start a run; `settle_s` leaves files modified that recently for a later one."""
        if self.running:
            return False
        self._stop.clear()
        self._resume.set()
        self.error = None
        library = self.library
        process = IndexingProcess(library.paths, library.store_override)
        self._process = process

        def work() -> None:
            try:
                report: IndexReport = process.run(
                    self._emit_progress,
                    self._stop,
                    self._resume,
                    scan=scan,
                    embed=embed,
                    settle_s=settle_s,
                )
            except AlreadyIndexing as exc:  # another window or `photoseek watch`: not a fault
                self._failed(exc)
                return
            except IndexingProcessFailed as exc:  # the process logged what happened
                self._failed(exc)
                return
            except Exception as exc:  # starting the process failed
                if not self._stop.is_set():
                    log.exception("indexing failed")
                self._failed(exc)
                return
            finally:
                library.store_changed()
            self._delivered.emit(lambda: self._ended(self.finished, report))

        self._thread = threading.Thread(target=work, name="ps-indexing", daemon=True)
        self._thread.start()
        self.started.emit()
        return True

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        message = str(exc) or exc.__class__.__name__
        self._delivered.emit(lambda: self._ended(self.failed, message))

    def _ended(self, signal: Any, value: object) -> None:
        # The thread is past its last statement but may not have exited yet: make `running`
        # false before anyone reacts to the end (e.g. by starting the next run).
        if self._thread is not None:
            self._thread.join()
        signal.emit(value)

    def _emit_progress(self, p: Progress) -> None:
        snapshot = p.snapshot()
        self._delivered.emit(lambda: self.progress.emit(snapshot))

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def cancel(self) -> None:
        self._stop.set()
        self._resume.set()

    def abort(self) -> None:
        """Cancel, and cut the run's requests in flight off at once (the window is closing)."""
        self.cancel()
        if self._process is not None:
            self._process.abort()

    def kill(self) -> None:
        """Terminate the run's process: it did not stop in time (the window is closing)."""
        self.cancel()
        if self._process is not None:
            self._process.kill()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (used on quit, after cancel); False if it is still going."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running
