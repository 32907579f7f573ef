"""Progress events of an indexing run (plain data, delivered through a callback)."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field, replace

from photoseek.records import Phase


@dataclass
class Progress:
    phase: Phase = Phase.STARTING
    total: int = 0  # files that needed work in this run
    done: int = 0  # of those, finished (indexed, skipped or failed)
    indexed: int = 0  # got a vector (new or reused)
    reused: int = 0  # of `indexed`, recognised by content hash: no decode and no API call
    embedded: int = 0  # vectors asked from the model in this run
    skipped: int = 0  # in this run (decoding, the service, or listed by the scan)
    failed: int = 0
    # Library-wide, after the scan / the run: what `status` counts and `status --problems` lists
    # (skipped includes what the scan could not use). 0 until counted.
    skipped_total: int = 0
    failed_total: int = 0
    scanned: int = 0
    folders: int | None = None  # library folders this run scanned (None: it did not scan)
    sync_total: int = 0
    sync_done: int = 0
    sync_failed: int = 0  # of `sync_done`, documents the store refused (see sync_problems)
    sync_removed: int = 0  # of `sync_done`, documents deleted from the index
    sync_written: int = 0  # of `sync_done`, documents the store took
    resent: int = 0  # documents the store had lost (reconciled), sent again from the cache
    tokens: int = 0
    rate: float = 0.0  # files per second, recent
    eta: float | None = None  # seconds
    paused: bool = False
    message: str = ""
    notice: str = ""  # why the run waits right now ("Cannot reach … — retrying in 8 s.")
    model: str = ""  # the model this run embeds with (and whose index it builds)

    def snapshot(self) -> Progress:
        """A copy for another thread: the pipeline keeps changing its own object."""
        return replace(self)

    @property
    def fraction(self) -> float:
        if self.phase is Phase.SYNCING and self.sync_total:
            return self.sync_done / self.sync_total
        return self.done / self.total if self.total else 0.0


@dataclass
class RateMeter:
    """Files per second over the last `window` seconds, for a rate and an ETA that settle."""

    window: float = 20.0
    _marks: deque[tuple[float, int]] = field(default_factory=deque)

    def skip(self, seconds: float) -> None:
        """A pause of `seconds` ended: it is not time spent working, so the rate and the time
        left do not count it (every mark moves forward by the pause)."""
        self._marks = deque((t + seconds, d) for t, d in self._marks)

    def update(self, done: int, total: int, progress: Progress) -> None:
        now = time.monotonic()
        self._marks.append((now, done))
        while len(self._marks) > 2 and now - self._marks[0][0] > self.window:
            self._marks.popleft()
        t0, d0 = self._marks[0]
        if now - t0 > 0.2 and done > d0:
            progress.rate = (done - d0) / (now - t0)
            progress.eta = (total - done) / progress.rate
        else:
            progress.eta = None
