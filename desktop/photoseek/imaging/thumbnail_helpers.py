"""The grid's thumbnails, made in helper processes whose answers the window polls.

Reading a cached thumbnail, or making one from the original, is Python holding its
interpreter lock between C calls. Done in the window's threads, each thumbnail also cost the
GUI thread several hand-overs of that lock (a worker waking, a process pool's manager and
feeder threads), and on a busy machine each hand-over waits for a core: 20–35 ms stalls
while a grid of originals was scrolled during indexing (README, Speed: S8b). So the window's
process runs no thread for thumbnails at all: each helper has one pipe, works through its
requests in order and answers each with the thumbnail's pixels; the GUI thread sends
requests and, while answers are due, polls the pipes (`collect`), which never blocks.

A helper that dies (a decoder bug on a hostile file, the out-of-memory killer) is replaced.
It works on one request at a time, in order, so the one it died on is known: that one is
tried once more, and a request that kills a second helper is answered as a photo the decoder
cannot read; those still waiting in it are sent again. Helpers are started with `spawn` (the
window runs Qt threads, which must not be forked), on first use, at a lower CPU priority
from their first instruction (on Linux the idle policy: they use what the GUI thread leaves
and never take its core when they wake), and exit when the window's end of their pipe
closes, so a window that crashed leaves none behind.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import multiprocessing.connection
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from photoseek.imaging.grid_pixels import GridPixels, load_grid_pixels
from photoseek.imaging.helper_processes import DECODER_CRASHED

log = logging.getLogger(__name__)

TRIES = 2  # a request that kills this many helpers is answered with DECODER_CRASHED

Work = Callable[..., GridPixels]  # a module-level function: it travels to the helpers


# -- what runs in a helper ----------------------------------------------------------------
def _serve(conn: Connection, work: Work, nice: int, heif_threads: int) -> None:
    if nice:  # (on POSIX the window has lowered it already, before its imports)
        from photoseek.indexing.priority import lower_this_process  # (a cycle at import)

        lower_this_process(nice, idle=True)
    from photoseek.imaging.heif_fast import set_thread_decoding_threads

    set_thread_decoding_threads(heif_threads)
    while True:
        try:
            ticket, args = conn.recv()
        except (EOFError, OSError):  # the window closed its end, or died
            return
        try:
            answer = work(*args)
        except Exception as exc:  # a bug is one photo's failure, not the helper's end
            answer = GridPixels(None, error=str(exc) or type(exc).__name__)
        try:
            conn.send((ticket, answer))
        except (OSError, ValueError):
            return


# -- the window's side ----------------------------------------------------------------------
@dataclass
class _Job:
    ticket: int
    args: tuple[Any, ...]
    deliver: Callable[[GridPixels], None]
    tries: int = 0


@dataclass
class _Helper:
    process: Any  # multiprocessing's SpawnProcess
    conn: Connection
    jobs: deque[_Job] = field(default_factory=deque)  # sent, in the order it answers them


class ThumbnailHelpers:
    """Helper processes making grid thumbnails; GUI-thread only, and nothing here blocks."""

    def __init__(
        self,
        workers: int = 2,
        *,
        nice: int = 0,
        heif_threads: int = 1,
        depth: int = 2,
        work: Work = load_grid_pixels,
    ) -> None:
        self.workers = max(1, workers)
        self.nice = nice
        self.heif_threads = max(1, heif_threads)
        self.depth = max(1, depth)  # requests sent ahead to one helper (it never idles)
        self.work = work
        self._helpers: list[_Helper | None] = [None] * self.workers
        self._waiting: deque[_Job] = deque()
        self._tickets = itertools.count(1)
        self._refused: list[tuple[_Job, GridPixels]] = []  # answered without a helper
        self._closed = False
        self.restarts = 0  # helpers started again after one died (for tests)

    @property
    def capacity(self) -> int:
        """Requests worth having out at once: more only wait longer to be answered."""
        return self.workers * self.depth

    @property
    def outstanding(self) -> int:
        return len(self._waiting) + sum(len(h.jobs) for h in self._helpers if h is not None)

    @property
    def started(self) -> int:
        return sum(1 for h in self._helpers if h is not None)

    def pids(self) -> list[int]:
        return [h.process.pid for h in self._helpers if h is not None]

    def submit(self, deliver: Callable[[GridPixels], None], *args: Any) -> None:
        """`work(*args)` in a helper; `collect` calls `deliver(answer)` when it is back."""
        if self._closed:
            raise RuntimeError("the thumbnail helpers are closed")
        self._waiting.append(_Job(next(self._tickets), args, deliver))
        self._dispatch()

    def collect(self) -> int:
        """Deliver the answers that have arrived, without waiting for any; how many."""
        answers, self._refused = self._refused, []
        for slot, helper in enumerate(self._helpers):
            if helper is None:
                continue
            try:
                while helper.jobs and helper.conn.poll():
                    ticket, answer = helper.conn.recv()
                    job = helper.jobs.popleft()
                    assert job.ticket == ticket, "a helper answers in order"
                    answers.append((job, answer))
            except (EOFError, OSError):
                self._lost(slot, answers)
        self._dispatch()
        for job, answer in answers:
            job.deliver(answer)
        return len(answers)

    def wait(self, timeout: float) -> None:
        """Block until `collect` has something (an answer, a helper's end) or `timeout`
        seconds pass: for tests and scripts, never the GUI thread."""
        busy = [h.conn for h in self._helpers if h is not None and h.jobs]
        if busy:
            multiprocessing.connection.wait(busy, timeout)

    def _dispatch(self) -> None:
        while self._waiting and not self._closed:
            slot = self._free_slot()
            if slot is None:
                return
            helper = self._helpers[slot]
            if helper is None:
                try:
                    helper = self._start(slot)
                except OSError as exc:  # no process can be started: out of memory, a limit
                    self._refuse(f"cannot start a thumbnail helper: {exc.strerror or exc}")
                    return
            job = self._waiting.popleft()
            try:
                helper.conn.send((job.ticket, job.args))
            except (OSError, ValueError):  # it died while idle: a new one takes the job
                self._waiting.appendleft(job)
                self._lost(slot, [])
                continue
            helper.jobs.append(job)

    def _refuse(self, why: str) -> None:
        """Answer what waits with `why` (the grid says it cannot show those photos); the
        next request tries to start a helper again."""
        log.warning("%s", why)
        self._refused.extend((job, GridPixels(None, error=why)) for job in self._waiting)
        self._waiting.clear()

    def _free_slot(self) -> int | None:
        """An idle helper first, then one not started yet, then the least busy one."""
        loads = [None if h is None else len(h.jobs) for h in self._helpers]
        for wanted in (0, None, *range(1, self.depth)):
            if wanted in loads:
                return loads.index(wanted)
        return None

    def _start(self, slot: int) -> _Helper:
        from photoseek.indexing.priority import lower_started_process

        ctx = multiprocessing.get_context("spawn")
        ours, theirs = ctx.Pipe(duplex=True)
        process = ctx.Process(
            target=_serve,
            args=(theirs, self.work, self.nice, self.heif_threads),
            name="photoseek-thumbnails",
            daemon=True,  # multiprocessing ends it with this process at the latest
        )
        try:
            process.start()
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()  # the helper has its own copy (or there is no helper)
        if self.nice and process.pid is not None:
            lower_started_process(process.pid, self.nice, idle=True)
        helper = _Helper(process, ours)
        self._helpers[slot] = helper
        return helper

    def _lost(self, slot: int, answers: list[tuple[_Job, GridPixels]]) -> None:
        """Helper `slot` died: its first request is tried again (or failed), the rest resent."""
        helper = self._helpers[slot]
        assert helper is not None
        self._helpers[slot] = None
        self.restarts += 1
        log.warning("a thumbnail helper stopped unexpectedly; starting another")
        _let_go(helper)
        jobs = helper.jobs
        if jobs:
            culprit = jobs[0]
            culprit.tries += 1
            if culprit.tries >= TRIES:
                jobs.popleft()
                answers.append((culprit, GridPixels(None, error=DECODER_CRASHED)))
        self._waiting.extendleft(reversed(jobs))

    def close(self) -> None:
        """Stop the helpers: requests waiting are dropped, a thumbnail being made is
        finished, then each helper sees its pipe closed and exits."""
        self._closed = True
        self._waiting.clear()
        for slot, helper in enumerate(self._helpers):
            if helper is not None:
                self._helpers[slot] = None
                _let_go(helper)


def _let_go(helper: _Helper) -> None:
    helper.conn.close()  # a helper still alive exits when it reads the end of its pipe
    helper.process.is_alive()  # reaps one that has died
