"""Keeping the library current by itself: folder watching and automatic indexing runs."""

from photoseek.watching.folders import FolderMode
from photoseek.watching.watcher import LibraryWatcher, RunFn, RunRecord, WatchOptions

__all__ = ["FolderMode", "LibraryWatcher", "RunFn", "RunRecord", "WatchOptions"]
