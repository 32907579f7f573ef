"""Changed paths waiting to settle before an indexing run takes them.

A photo being copied in sends a stream of events and grows for a while; reading it half-way
would index a truncated file. Each path is remembered with its last event and its last
(size, mtime); it is *settled* once neither changed for `settle_s` seconds (a path that is gone
needs only `debounce_s` of quiet). Plain data and a lock: no threads, no watchdog.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

Stat = tuple[int, int] | None  # (size, mtime_ns), None when the path is gone


def stat_of(path: str) -> Stat:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


@dataclass
class _Pending:
    first: float  # when the first event for it arrived
    last_event: float
    stat: Stat
    stable_since: float  # when (size, mtime) was last seen to change


class PendingChanges:
    """Paths that changed, with what settling they still need. Thread-safe."""

    def __init__(
        self,
        settle_s: float,
        debounce_s: float,
        stat: Callable[[str], Stat] = stat_of,
    ) -> None:
        self.settle_s = settle_s
        self.debounce_s = debounce_s
        self._stat = stat
        self._paths: dict[str, _Pending] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._paths)

    def add(self, path: str, now: float) -> None:
        """An event for `path` (created, modified, moved here or away, deleted)."""
        with self._lock:
            p = self._paths.get(path)
            if p is None:
                self._paths[path] = _Pending(now, now, self._stat(path), now)
            else:
                p.last_event = now

    def look(self, now: float) -> None:
        """Stat every waiting path; a change in size or mtime restarts its wait."""
        with self._lock:
            items = list(self._paths.items())
        for path, p in items:
            st = self._stat(path)
            if st != p.stat:
                p.stat = st
                p.stable_since = now

    def _needed(self, p: _Pending) -> float:
        return self.debounce_s if p.stat is None else self.settle_s

    def _settled(self, p: _Pending, now: float) -> bool:
        return now - max(p.last_event, p.stable_since) >= self._needed(p)

    def ready(self, now: float, max_wait_s: float) -> bool:
        """Time for a run: every path settled, or a steady stream of changes has kept some
        settled ones waiting longer than `max_wait_s` (the unsettled ones then wait on; the
        scan leaves files modified a moment ago alone)."""
        with self._lock:
            items = list(self._paths.values())
        if not items:
            return False
        settled = [p for p in items if self._settled(p, now)]
        if len(settled) == len(items):
            return True
        return bool(settled) and now - min(p.first for p in settled) >= max_wait_s

    def take_settled(self, now: float) -> list[str]:
        """Forget the settled paths (a run is about to take them); the others wait on."""
        with self._lock:
            done = [path for path, p in self._paths.items() if self._settled(p, now)]
            for path in done:
                del self._paths[path]
        return done

    def next_due(self, now: float) -> float | None:
        """When the earliest waiting path may be settled (None: nothing waits)."""
        with self._lock:
            items = list(self._paths.values())
        if not items:
            return None
        return min(max(p.last_event, p.stable_since) + self._needed(p) for p in items)

    def clear(self) -> None:
        with self._lock:
            self._paths.clear()
