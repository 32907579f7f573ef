"""Incremental scan: compare what is on disk with the catalog by (size, mtime).

Unchanged files cost one stat and a dictionary lookup, nothing else: no write, no read. New
and changed files are written in batches and left in state `new` for the pipeline, which
hashes them; a moved file is then recognised by its hash. What was known but not seen is
found in memory at the end of a complete walk and removed in one transaction. A folder that is
missing (an unplugged drive) is left alone, never emptied; neither is what sits under a
subfolder that could not be listed. With `settle_s`, a file modified in the last `settle_s`
seconds (still being copied) is left for a later scan: a new one is not taken yet, a known one
keeps its old entry.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from photoseek.catalog import Catalog, ScanProblem
from photoseek.scanner.walk import Excluder, WalkProblems, walk

BATCH = 1000


@dataclass
class ScanReport:
    seen: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: int = 0  # what looks like a photo but cannot be used (listed with a reason)
    new_problems: int = 0  # of those, not listed before this scan
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
        known = catalog.scan_index(folder.id)
        _scan_folder(
            catalog,
            folder.id,
            folder.path,
            generation,
            known,
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
        # What is left in `known` was not seen: deleted or moved away.
        report.removed += catalog.remove_files(
            {p: v[0] for p, v in known.items()}, problems.unreadable
        )
        _record_problems(catalog, folder.id, problems, report)
    on_progress(report)
    return report


def _scan_folder(
    catalog: Catalog,
    folder_id: int,
    root: str,
    generation: int,
    known: dict[str, tuple[int, int, int]],
    extensions: frozenset[str],
    excluder: Excluder,
    follow_symlinks: bool,
    problems: WalkProblems,
    report: ScanReport,
    on_progress: Callable[[ScanReport], None],
    cancelled: Callable[[], bool],
    settling: _Settling,
) -> None:
    """Walk one folder; every file seen is popped from `known`, so what stays is gone."""
    added: list[tuple[str, int, int]] = []
    changed: list[tuple[int, int, int]] = []
    pop = known.pop
    seen = unchanged = 0
    for path, size, mtime_ns in walk(
        root, extensions, excluder, follow_symlinks, problems, cancelled, known
    ):
        seen += 1
        k = pop(path, None)
        if k is not None and k[1] == size and k[2] == mtime_ns:
            unchanged += 1
        elif settling.young(mtime_ns):
            report.settling += 1  # a known file keeps its old entry (and vector) meanwhile
        elif k is None:
            added.append((path, size, mtime_ns))
        else:
            changed.append((k[0], size, mtime_ns))
        if len(added) + len(changed) >= BATCH or seen % (BATCH * 10) == 0:
            _flush(catalog, folder_id, generation, added, changed, report)
            report.seen += seen
            report.unchanged += unchanged
            seen = unchanged = 0
            on_progress(report)
    _flush(catalog, folder_id, generation, added, changed, report)
    report.seen += seen
    report.unchanged += unchanged
    on_progress(report)


def _flush(
    catalog: Catalog,
    folder_id: int,
    generation: int,
    added: list[tuple[str, int, int]],
    changed: list[tuple[int, int, int]],
    report: ScanReport,
) -> None:
    if added or changed:
        catalog.apply_scan(folder_id, generation, (), added, changed)
    report.added += len(added)
    report.changed += len(changed)
    added.clear()
    changed.clear()


def _record_problems(
    catalog: Catalog, folder_id: int, problems: WalkProblems, report: ScanReport
) -> None:
    """Keep the folder's list of scan problems in step with this walk (writes only changes)."""
    before = catalog.scan_problem_paths(folder_id)
    now: dict[str, ScanProblem] = {p.path: p for p in problems.found}
    keep = tuple(d.rstrip(os.sep) + os.sep for d in problems.unreadable)
    fresh = [p for p in now.values() if before.get(p.path) != p.reason]
    gone = [p for p in before if p not in now and not (keep and p.startswith(keep))]
    if fresh or gone:
        catalog.set_scan_problems(folder_id, fresh, gone)
    report.problems += len(now)
    report.new_problems += sum(1 for p in fresh if p.path not in before)


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
