"""S5: an unchanged rescan of 100k files against a bare `os.scandir` walk of the same tree.

Both run in a fresh subprocess (no warm Python caches) on the same tree, after a warm-up walk
(so the OS caches are equally warm for both); each is run three times and the best kept. The
rescan is a real `Library.index()` over a catalog that knows every file: its scan phase is
timed from the progress events, and the run must make no decode and no API call.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.bench.data import cached_dir
from tests.bench.report import record

N = 100_000
PER_DIR = 1000
RUNS = 3


def make_tree(folder: Path) -> None:
    for i in range(N):
        if i % PER_DIR == 0:
            d = folder / f"{i // PER_DIR:03d}"
            d.mkdir()
        (d / f"IMG_{i:06d}.jpg").touch()  # empty: a rescan never reads a byte


WALK = """
import os, sys, time
start = time.perf_counter()
n, stack = 0, [sys.argv[1]]
while stack:
    with os.scandir(stack.pop()) as it:
        for e in it:
            if e.is_dir(follow_symlinks=False):
                stack.append(e.path)
            else:
                st = e.stat()  # size and mtime: what any rescan must compare
                n += 1
print(n, time.perf_counter() - start)
"""

RESCAN = """
import json, sys, time
from photoseek.library import Library
marks = {}
def progress(p):
    marks.setdefault(str(p.phase), time.perf_counter())
lib = Library()
start = time.perf_counter()
report = lib.index(progress)
end = time.perf_counter()
lib.close()
p = report.progress
print(json.dumps({
    "scan_s": marks["embedding"] - marks["scanning"],
    "whole_s": end - start,
    "scanned": p.scanned, "work": p.total, "embedded": p.embedded, "error": report.error,
}))
"""


def run_python(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=True,
        timeout=600,
    )
    return out.stdout


PREPARE = """
import sys
import numpy as np
from photoseek.library import Library
lib = Library()
lib.add_folder(sys.argv[1])
lib.index(embed=False)
cat = lib.catalog
with cat.transaction() as db:
    db.execute("UPDATE files SET state='indexed', hash=printf('%032x', id % 1000)")
    ids = [r[0] for r in db.execute("SELECT MIN(id) FROM files GROUP BY hash")]
full = np.random.default_rng(0).standard_normal((len(ids), lib.model_info().full_dims))
items = [(f"{i % 1000:032x}", v.astype(np.float32)) for i, v in zip(ids, full)]
cat.store_vectors(items, lib.spec().model, ids)
report = lib.index()  # sends the 1000 documents to the index: in step from here on
assert report.error is None and not report.progress.embedded, report
lib.close()
"""


def prepare_catalog(tree: Path) -> None:
    """A catalog that has seen every file once and holds them as indexed, with vectors of the
    model and the index in step (no embedding: the bench measures the rescan, not the first
    run). The files are empty, so they share 1000 made-up contents (copies, to the catalog)."""
    run_python(PREPARE, str(tree))


def test_bench_unchanged_rescan(fake_jina: Any) -> None:
    tree = cached_dir(f"rescan-{N // 1000}k", make_tree)
    prepare_catalog(tree)
    run_python(WALK, str(tree))  # warm the OS caches for both
    walks, scans, wholes = [], [], []
    for _ in range(RUNS):
        n, seconds = run_python(WALK, str(tree)).split()
        assert int(n) == N
        walks.append(float(seconds))
        result = json.loads(run_python(RESCAN))
        assert result["error"] is None and result["scanned"] == N, result
        assert result["work"] == 0 and result["embedded"] == 0, result  # nothing to decode
        scans.append(result["scan_s"])
        wholes.append(result["whole_s"])
    walk, scan = min(walks), min(scans)
    assert not fake_jina.log, "an unchanged rescan called the API"
    record(
        "S5a",
        f"unchanged rescan of {N // 1000}k files (scan phase, subprocess)",
        scan,
        "s",
        "<= 3x the bare walk",
        scan <= 3 * walk,
        walk,
        "os.scandir walk + stat",
    )
    record(
        "S5b",
        f"unchanged rescan of {N // 1000}k files: whole Library.index(), 0 decodes, 0 API calls",
        min(wholes),
        "s",
        "0 decodes, 0 API calls",
        True,
    )
