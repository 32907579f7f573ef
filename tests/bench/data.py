"""Benchmark data generated once and cached between runs (`$PHOTOSEEK_BENCH_CACHE`, else
`~/.cache/photoseek-bench`), so `make bench` spends its time measuring, not preparing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def bench_cache() -> Path:
    root = os.environ.get("PHOTOSEEK_BENCH_CACHE") or os.path.expanduser("~/.cache/photoseek-bench")
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cached_dir(name: str, make: Callable[[Path], None]) -> Path:
    """`<cache>/<name>`, made by `make(folder)` the first time (a marker says it is complete)."""
    folder = bench_cache() / name
    done = folder.parent / f".{name}.done"
    if not done.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        make(folder)
        done.write_text("ok\n")
    return folder
