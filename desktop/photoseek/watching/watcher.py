"""Keep the library current by itself: a rescan at start, then the folders are watched and
every batch of changes becomes one indexing run.

`LibraryWatcher` owns one thread. Events (from watchdog's thread) only record paths; the
watcher's thread waits until they settle (a file being copied in keeps changing; it is read
once its size and mtime stood still for `settle_s`), then runs `Library.index` — or whatever
`run` it was given, e.g. the window's indexing controller — one run at a time. Changes that
arrive during a run make the next one. The content-hash pipeline guarantees that nothing is
embedded twice, so a run over unchanged files costs one stat per file and no model call.

Another process indexing the same library (the window while `photoseek watch` runs, or the
other way round) holds the cross-process index lock: the watcher waits politely and tries
again. Folders that cannot be watched are rescanned every `rescan_s`; a folder that
disappears (an unplugged drive) is looked for every `check_s` and indexed when it is back.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from watchdog.events import FileSystemEvent

from photoseek import imaging
from photoseek.indexing import IndexReport
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.library import Library
from photoseek.scanner import Excluder
from photoseek.watching.changes import PendingChanges
from photoseek.watching.folders import (
    FolderMode,
    FolderNews,
    FolderWatches,
    ObserverFactory,
)
from photoseek.watching.mounts import on_network_share

log = logging.getLogger(__name__)

# (stop, settle_s) → the run's report. Raises AlreadyIndexing when another run holds the lock.
RunFn = Callable[[threading.Event, float], IndexReport]


@dataclass(frozen=True)
class WatchOptions:
    settle_s: float = 2.0  # a changed file must keep its size and mtime this long
    debounce_s: float = 0.5  # quiet needed after a deletion before a run
    max_wait_s: float = 30.0  # a steady stream of changes still gets a run this often
    rescan_s: float = 600.0  # folders that cannot be watched are rescanned this often
    check_s: float = 2.0  # how often folders are looked at (added, gone, back, replaced)
    busy_retry_s: float = 2.0  # another process is indexing: look again after this (a cheap probe)
    retry_s: float = 300.0  # a run that failed (service down) is tried again after this
    start_run: bool = True  # rescan at start (cheap: unchanged files cost one stat)
    run_on_new_folder: bool = True  # index a folder added elsewhere (the GUI runs it itself)


@dataclass(frozen=True)
class RunRecord:
    """One run the watcher made, for a log line or a status message."""

    reason: str
    report: IndexReport | None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class _Due:
    """Reasons for a run that do not come from file events, each with its time."""

    at: dict[str, float] = field(default_factory=dict)

    def want(self, reason: str, at: float) -> None:
        self.at[reason] = min(at, self.at.get(reason, at))

    def ready(self, now: float) -> str | None:
        reasons = [r for r, t in self.at.items() if t <= now]
        return ", ".join(sorted(reasons)) if reasons else None

    def clear(self, now: float) -> None:
        self.at = {r: t for r, t in self.at.items() if t > now}

    def next(self) -> float | None:
        return min(self.at.values()) if self.at else None


class LibraryWatcher:
    def __init__(
        self,
        library: Library,
        run: RunFn | None = None,
        options: WatchOptions | None = None,
        *,
        on_run: Callable[[RunRecord], None] = lambda _r: None,
        on_note: Callable[[str], None] = lambda _s: None,
        observer_factory: ObserverFactory | None = None,
        network: Callable[[str], bool] = on_network_share,
    ) -> None:
        self.library = library
        self.options = options or WatchOptions()
        self._run_fn: RunFn = run or (
            lambda stop, settle: library.index(stop=stop, settle_s=settle)
        )
        self.on_run = on_run
        self.on_note = on_note
        self.changes = PendingChanges(self.options.settle_s, self.options.debounce_s)
        kwargs = {} if observer_factory is None else {"observer_factory": observer_factory}
        self.folders = FolderWatches(self._event, network=network, **kwargs)
        self._due = _Due()
        self._wake = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._roots: list[str] = []
        self._excluder: tuple[object, Excluder] | None = None
        self._skip = [
            os.path.normcase(str(d)) + os.sep
            for d in (library.paths.data_dir, library.paths.cache_dir, library.paths.config_dir)
        ]
        self._waiting_for_other = False
        self.running_run = False
        self.runs = 0
        self.last: RunRecord | None = None

    # -- life -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        if self.options.start_run:
            self._due.want("start-up", 0.0)
        self._thread = threading.Thread(target=self._loop, name="ps-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> bool:
        """Stop watching; a run in progress stops at its next safe point (every batch of
        vectors is committed as it arrives, so nothing done is lost). True when it ended."""
        self._stop.set()
        self._poke()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                return False
        return True

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def request_run(self, reason: str = "requested") -> None:
        """Run as soon as possible (e.g. after the user changed something)."""
        self._due.want(reason, 0.0)
        self._poke()

    def modes(self) -> dict[str, FolderMode]:
        return self.folders.modes

    def _poke(self) -> None:
        with self._wake:
            self._wake.notify_all()

    # -- events (watchdog's thread) ---------------------------------------------------------
    def _event(self, event: FileSystemEvent) -> None:
        paths = [event.src_path]
        dest = getattr(event, "dest_path", "")
        if dest:
            paths.append(dest)
        took = False
        for raw in paths:
            path = os.fsdecode(raw)
            if path and self._relevant(path, event.is_directory):
                self.changes.add(path, time.monotonic())
                took = True
        if took:
            self._poke()

    def _relevant(self, path: str, is_dir: bool) -> bool:
        """Would the scan look at this path? (The exclusions, hidden files, our own dirs.)"""
        norm = os.path.normcase(path)
        if any(norm.startswith(skip) or norm + os.sep == skip for skip in self._skip):
            return False
        if not is_dir and os.path.splitext(path)[1].lower() not in imaging.SUPPORTED_EXTENSIONS:
            return False
        root = next((r for r in self._roots if path.startswith(r.rstrip(os.sep) + os.sep)), None)
        if root is None:
            return False
        rel = os.path.relpath(path, root)
        excluder = self._current_excluder()
        parts = rel.split(os.sep)
        return not any(
            excluder.excluded(name, os.sep.join(parts[: i + 1])) for i, name in enumerate(parts)
        )

    def _current_excluder(self) -> Excluder:
        lib = self.library.settings.library
        if self._excluder is None or self._excluder[0] is not lib:
            self._excluder = (lib, Excluder(list(lib.exclude), lib.include_hidden))
        return self._excluder[1]

    # -- the watcher's thread ---------------------------------------------------------------
    def _loop(self) -> None:
        next_check = 0.0
        next_rescan = time.monotonic() + self.options.rescan_s
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                if now >= next_check:
                    self._look_at_folders(first=next_check == 0.0)
                    next_check = now + self.options.check_s
                if self.folders.polled() and now >= next_rescan:
                    self._due.want("rescan", now)
                    next_rescan = now + self.options.rescan_s
                self.changes.look(now)
                reason = self._due.ready(now)
                if self.changes.ready(now, self.options.max_wait_s):
                    self.changes.take_settled(now)
                    reason = ", ".join(filter(None, [reason, "changes"]))
                if reason:
                    self._due.clear(now)
                    self._run(reason)
                    continue
                self._sleep(now, next_check)
        except Exception:  # the watcher must not die silently; the window keeps working
            log.exception("the folder watcher stopped")
        finally:
            self.folders.stop()

    def _sleep(self, now: float, next_check: float) -> None:
        wake = [next_check, self._due.next() or next_check]
        if len(self.changes):
            wake.append(min(self.changes.next_due(now) or now, now + 0.5))  # stat them again
        timeout = max(0.01, min(wake) - now)
        with self._wake:
            if not self._stop.is_set():
                self._wake.wait(timeout)

    def _look_at_folders(self, first: bool) -> None:
        try:
            roots = [f.path for f in self.library.folders()]
        except Exception as exc:  # the catalog closed under us (quitting)
            log.info("cannot list the library folders: %s", exc)
            return
        self._roots = sorted(roots, key=len, reverse=True)  # the deepest folder first
        for path, news in self.folders.update(roots):
            if news is FolderNews.GONE:
                self._note(f"{path} is not there now; it is indexed again when it is back.")
            elif news is FolderNews.BACK:
                self._note(f"{path} is back; looking for changes.")
                self._due.want("folder back", 0.0)
            elif news is FolderNews.REPLACED:
                self._due.want("folder changed", 0.0)
            elif news is FolderNews.ADDED and not first and self.options.run_on_new_folder:
                self._due.want("new folder", 0.0)
        if first:
            for path in self.folders.polled():
                self._note(f"{path} cannot be watched ({self.folders.why(path)}); it is "
                           f"rescanned every {_minutes(self.options.rescan_s)}.")  # fmt: skip

    def _run(self, reason: str) -> None:
        if not self._roots:
            return  # nothing to index (no folders yet)
        if self.library.indexing_elsewhere():
            self._busy(reason)
            return
        started = time.monotonic()
        self.running_run = True
        try:
            report = self._run_fn(self._stop, self.options.settle_s)
        except AlreadyIndexing:
            self._busy(reason)
            return
        except Exception as exc:  # the store cannot be opened, the catalog is closed…
            message = str(exc) or exc.__class__.__name__
            log.info("automatic indexing run failed: %s", message)
            self._record(RunRecord(reason, None, message, time.monotonic() - started))
            self._due.want("retry", time.monotonic() + self.options.retry_s)
            return
        finally:
            self.running_run = False
        self._waiting_for_other = False
        self._record(RunRecord(reason, report, None, time.monotonic() - started))
        now = time.monotonic()
        if report.settling and not report.cancelled:
            self._due.want("still being written", now + self.options.settle_s)
        if report.error or report.sync_error:
            self._due.want("retry", now + self.options.retry_s)

    def _busy(self, reason: str) -> None:
        if not self._waiting_for_other:
            self._waiting_for_other = True
            self._note("Another Photoseek is indexing this library; waiting for it to finish.")
        self._due.want(reason, time.monotonic() + self.options.busy_retry_s)

    def _record(self, record: RunRecord) -> None:
        self.runs += 1
        self.last = record
        try:
            self.on_run(record)
        except Exception:
            log.exception("on_run failed")

    def _note(self, text: str) -> None:
        log.info("%s", text)
        try:
            self.on_note(text)
        except Exception:
            log.exception("on_note failed")


def _minutes(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:g} s"
    return f"{seconds / 60:g} min"
