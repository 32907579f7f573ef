"""Incremental scan: compare what is on disk with the catalog by (size, mtime).

Unchanged files cost one stat and nothing else. New and changed files are left in state
`new` for the pipeline, which hashes them; a moved file is then recognised by its hash.
A folder that is missing (an unplugged drive) is left alone, never emptied. With `settle_s`,
a file modified in the last `settle_s` seconds (still being copied) is left for a later scan:
a new one is not taken yet, a known one keeps its old entry.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from photoseek.catalog import Catalog
from photoseek.scanner.walk import Excluder, WalkProblems, walk_photos

BATCH = 1000


@dataclass
class ScanReport:
    seen: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    settling: int = 0  # modified a moment ago: left for the next scan
    missing_folders: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    cancelled: bool = False


def scan(
    catalog: Catalog,
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool = True,
    on_progress: Callable[[ScanReport], None] = lambda _r: None,
    cancelled: Callable[[], bool] = lambda: False,
    settle_s: float = 0.0,
) -> ScanReport:
    report = ScanReport()
    settling = _Settling(settle_s)
    generation = catalog.next_scan_generation()
    for folder in catalog.folders():
        if not os.path.isdir(folder.path):
            report.missing_folders.append(folder.path)
            continue
        problems = WalkProblems()
        _scan_folder(
            catalog,
            folder.id,
            folder.path,
            generation,
            extensions,
            excluder,
            follow_symlinks,
            problems,
            report,
            on_progress,
            cancelled,
            settling,
        )
        report.unreadable += problems.unreadable
        if cancelled():
            report.cancelled = True
            return report  # an interrupted walk must not delete what it did not reach
        report.removed += catalog.remove_unseen(folder.id, generation, problems.unreadable)
    on_progress(report)
    return report


def _scan_folder(
    catalog: Catalog,
    folder_id: int,
    root: str,
    generation: int,
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool,
    problems: WalkProblems,
    report: ScanReport,
    on_progress: Callable[[ScanReport], None],
    cancelled: Callable[[], bool],
    settling: _Settling,
) -> None:
    known = catalog.known_files(folder_id)
    unchanged: list[int] = []
    added: list[tuple[str, int, int]] = []
    changed: list[tuple[int, int, int]] = []
    walk = walk_photos(root, extensions, excluder, follow_symlinks, problems, cancelled)
    for found in walk:
        report.seen += 1
        k = known.get(found.path)
        unchanged_file = k is not None and k.size == found.size and k.mtime_ns == found.mtime_ns
        if not unchanged_file and settling.young(found.mtime_ns):
            report.settling += 1
            if k is not None:
                unchanged.append(k.id)  # keep the old entry (and its vector) until it settles
            continue
        if k is None:
            added.append((found.path, found.size, found.mtime_ns))
            report.added += 1
        elif k.size == found.size and k.mtime_ns == found.mtime_ns:
            unchanged.append(k.id)
            report.unchanged += 1
        else:
            changed.append((k.id, found.size, found.mtime_ns))
            report.changed += 1
        if len(unchanged) + len(added) + len(changed) >= BATCH:
            catalog.apply_scan(folder_id, generation, unchanged, added, changed)
            unchanged, added, changed = [], [], []
            on_progress(report)
    catalog.apply_scan(folder_id, generation, unchanged, added, changed)
    on_progress(report)


class _Settling:
    """Is a file's mtime so recent that it may still be being written?"""

    def __init__(self, settle_s: float) -> None:
        self.window = int(max(0.0, settle_s) * 1e9)

    def young(self, mtime_ns: int) -> bool:
        if not self.window:
            return False
        now = time.time_ns()  # now, not at the start: a long walk sees files written during it
        # A clock far ahead (a network share's) must not hold a file back for ever.
        return now - self.window < mtime_ns <= now + self.window
