"""Walk library folders: photos only, hidden and excluded entries skipped, symlink loops safe."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FoundFile:
    path: str
    size: int
    mtime_ns: int


@dataclass
class WalkProblems:
    """Directories that could not be listed: their known files must not be treated as deleted."""

    unreadable: list[str] = field(default_factory=list)


class Excluder:
    def __init__(self, globs: Sequence[str], include_hidden: bool, skip_dirs: Sequence[str] = ()):
        self.globs = [g.strip() for g in globs if g.strip()]
        self.include_hidden = include_hidden
        self.skip_dirs = {os.path.normcase(os.path.abspath(d)) for d in skip_dirs}

    def excluded(self, name: str, rel: str) -> bool:
        if not self.include_hidden and name.startswith("."):
            return True
        rel = rel.replace(os.sep, "/")
        return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in self.globs)

    def skip_dir(self, path: str) -> bool:
        return os.path.normcase(path) in self.skip_dirs


def walk_photos(
    root: str,
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool,
    problems: WalkProblems,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[FoundFile]:
    """Yield photo files under `root` (depth first, sorted for stable order)."""
    seen_dirs: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        seen_dirs.add((st.st_dev, st.st_ino))
    except OSError:
        problems.unreadable.append(root)
        return
    stack = [root]
    while stack:
        if cancelled():
            return
        directory = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            problems.unreadable.append(directory)
            continue
        subdirs = []
        for entry in entries:
            rel = os.path.relpath(entry.path, root)
            if excluder.excluded(entry.name, rel):
                continue
            try:
                is_link = entry.is_symlink()
                if is_link and not follow_symlinks:
                    continue
                st = entry.stat(follow_symlinks=True)
            except OSError:
                continue  # a dangling link or a file that vanished mid-walk
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in seen_dirs or excluder.skip_dir(entry.path):
                    continue  # a symlink loop, or a folder we saw through another link
                seen_dirs.add(key)
                subdirs.append(entry.path)
            elif stat.S_ISREG(st.st_mode) and os.path.splitext(entry.name)[1].lower() in extensions:
                yield FoundFile(entry.path, st.st_size, st.st_mtime_ns)
        stack.extend(reversed(subdirs))
