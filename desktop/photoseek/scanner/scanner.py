"""Incremental scan: compare what is on disk with the catalog by (size, mtime).

Unchanged files cost one stat and nothing else. New and changed files are left in state
`new` for the pipeline, which hashes them; a moved file is then recognised by its hash.
A folder that is missing (an unplugged drive) is left alone, never emptied.
"""

from __future__ import annotations

import os
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
) -> ScanReport:
    report = ScanReport()
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
) -> None:
    known = catalog.known_files(folder_id)
    unchanged: list[int] = []
    added: list[tuple[str, int, int]] = []
    changed: list[tuple[int, int, int]] = []
    walk = walk_photos(root, extensions, excluder, follow_symlinks, problems, cancelled)
    for found in walk:
        report.seen += 1
        k = known.get(found.path)
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
