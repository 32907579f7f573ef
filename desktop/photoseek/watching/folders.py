"""Which library folders are watched, which are rescanned instead, which are not there now.

A folder is *watched* through the platform's change notifications (watchdog: inotify, FSEvents,
ReadDirectoryChangesW); *polled* (rescanned every few minutes) where notifications cannot be
trusted or could not be set up (a network share, the inotify watch limit); *missing* while it
is not there (an unplugged drive), and watched again when it comes back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from photoseek.watching.mounts import on_network_share

log = logging.getLogger(__name__)

# What can change the library; opening, reading and attribute changes cannot.
EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]


class _StopRace(logging.Filter):
    """watchdog's inotify emitter logs an ERROR when it is stopped between two reads (a race
    in watchdog itself, harmless: the emitter is ending anyway). Not an error of ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "called when the thread is inactive" not in record.getMessage()


logging.getLogger("watchdog.observers.inotify").addFilter(_StopRace())


class FolderMode(StrEnum):
    WATCHED = "watched"
    POLLED = "polled"
    MISSING = "missing"


class FolderNews(StrEnum):
    """What `FolderWatches.update` noticed about a folder."""

    ADDED = "added"  # a new library folder
    BACK = "back"  # a missing folder is there again (a drive plugged back in)
    GONE = "gone"  # a folder disappeared
    REPLACED = "replaced"  # another filesystem is mounted there now, or watching stopped


@dataclass
class _Folder:
    path: str
    mode: FolderMode
    watch: ObservedWatch | None = None
    device: int | None = None
    why: str = ""  # why it is polled


class _Handler(FileSystemEventHandler):
    def __init__(self, on_event: Callable[[FileSystemEvent], None]) -> None:
        self._on_event = on_event

    def on_any_event(self, event: FileSystemEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # an exception would end watchdog's dispatcher thread
            log.exception("could not take a file event")


ObserverFactory = Callable[[], BaseObserver]


class FolderWatches:
    """Keeps one observer in step with the library folders. Not thread-safe: one thread (the
    watcher's) calls `update` and `stop`; events arrive on watchdog's thread."""

    def __init__(
        self,
        on_event: Callable[[FileSystemEvent], None],
        observer_factory: ObserverFactory = Observer,
        network: Callable[[str], bool] = on_network_share,
    ) -> None:
        self._handler = _Handler(on_event)
        self._factory = observer_factory
        self._network = network
        self._observer: BaseObserver | None = None
        self._folders: dict[str, _Folder] = {}

    @property
    def modes(self) -> dict[str, FolderMode]:
        return {path: f.mode for path, f in self._folders.items()}

    def why(self, path: str) -> str:
        f = self._folders.get(path)
        return f.why if f is not None else ""

    def polled(self) -> list[str]:
        return [p for p, f in self._folders.items() if f.mode is FolderMode.POLLED]

    def update(self, paths: list[str]) -> list[tuple[str, FolderNews]]:
        """Bring the watches in line with `paths` and with what is on disk now."""
        news: list[tuple[str, FolderNews]] = []
        self._ensure_observer()
        for path in list(self._folders):
            if path not in paths:
                self._unwatch(self._folders.pop(path))
        for path in paths:
            f = self._folders.get(path)
            device = _device(path)
            if f is None:
                f = self._folders[path] = _Folder(path, FolderMode.MISSING)
                if device is not None:
                    self._watch(f, device)
                    news.append((path, FolderNews.ADDED))
                continue
            if device is None:
                if f.mode is not FolderMode.MISSING:
                    self._unwatch(f)
                    f.mode, f.device = FolderMode.MISSING, None
                    news.append((path, FolderNews.GONE))
            elif f.mode is FolderMode.MISSING:
                self._watch(f, device)
                news.append((path, FolderNews.BACK))
            elif device != f.device or (f.mode is FolderMode.WATCHED and not self._alive(f)):
                self._unwatch(f)
                self._watch(f, device)
                news.append((path, FolderNews.REPLACED))
        return news

    def stop(self) -> None:
        observer, self._observer = self._observer, None
        if observer is not None:
            try:
                observer.unschedule_all()
                observer.stop()
                observer.join(5)
            except Exception:  # stopping must never fail the caller
                log.exception("could not stop watching the folders")
        self._folders.clear()

    # -- the observer ---------------------------------------------------------------------
    def _ensure_observer(self) -> None:
        if self._observer is not None and self._observer.is_alive():
            return
        if self._observer is not None:
            log.info("the folder watcher stopped; starting it again")
            for f in self._folders.values():
                f.watch = None
                if f.mode is FolderMode.WATCHED:
                    f.device = None  # `update` sees a change and watches it again
        self._observer = self._factory()
        self._observer.daemon = True
        self._observer.start()

    def _watch(self, f: _Folder, device: int) -> None:
        f.device = device
        f.watch = None
        if self._network(f.path):
            f.mode, f.why = FolderMode.POLLED, "a network share"
            log.info("%s is on a network share; it is rescanned instead of watched", f.path)
            return
        assert self._observer is not None
        try:
            f.watch = self._observer.schedule(
                self._handler, f.path, recursive=True, event_filter=EVENTS
            )
        except Exception as exc:  # e.g. OSError: inotify watch limit reached
            f.mode, f.why = FolderMode.POLLED, str(exc) or exc.__class__.__name__
            log.info("cannot watch %s (%s); it is rescanned instead", f.path, f.why)
            return
        f.mode, f.why = FolderMode.WATCHED, ""

    def _unwatch(self, f: _Folder) -> None:
        watch, f.watch = f.watch, None
        if watch is None or self._observer is None:
            return
        try:
            self._observer.unschedule(watch)
        except Exception:  # already gone with its emitter
            log.debug("unschedule %s", f.path, exc_info=True)

    def _alive(self, f: _Folder) -> bool:
        """Is the emitter behind a watch still running? (It ends when its folder is deleted.)"""
        if f.watch is None or self._observer is None:
            return False
        emitters: Any = self._observer.emitters
        return any(e.watch == f.watch and e.is_alive() for e in list(emitters))


def _device(path: str) -> int | None:
    """The device a folder is on, or None when it is not a folder now."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    import stat

    return st.st_dev if stat.S_ISDIR(st.st_mode) else None
