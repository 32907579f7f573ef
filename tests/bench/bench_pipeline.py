"""Indexing speed: overlapped decode/embed vs one-at-a-time, and an unchanged rescan vs a first run.

Run with `make bench`. Absolute times are noisy on shared machines, so each figure is a ratio
against a baseline measured in the same run.
"""

from __future__ import annotations

import time
from pathlib import Path

from photoseek.library import Library
from tests.synthetic import make_many

N = 160
LATENCY = 0.15  # seconds per API request, a realistic round trip


def index_once(folder: Path, tmp: Path, monkeypatch, *, concurrency: int, workers: int) -> float:  # type: ignore[no-untyped-def]
    for name in ("CONFIG", "DATA", "CACHE"):
        d = tmp / f"{name}-{concurrency}-{workers}"
        d.mkdir()
        monkeypatch.setenv(f"PHOTOSEEK_{name}_DIR", str(d))
    lib = Library()
    lib.apply({"embedding.batch_size": 16, "embedding.concurrency": concurrency})
    lib.add_folder(folder)
    import photoseek.indexing.pipeline as pipeline

    original = pipeline.IndexOptions.__init__

    def with_workers(self, *a, **kw):  # type: ignore[no-untyped-def]
        original(self, *a, **kw)
        self.decode_workers = workers

    monkeypatch.setattr(pipeline.IndexOptions, "__init__", with_workers)
    start = time.perf_counter()
    report = lib.index()
    elapsed = time.perf_counter() - start
    assert report.error is None and report.progress.indexed == N
    monkeypatch.setattr(pipeline.IndexOptions, "__init__", original)
    start = time.perf_counter()
    lib.index()
    rescan = time.perf_counter() - start
    lib.close()
    return elapsed, rescan  # type: ignore[return-value]


def test_bench_pipeline_overlap(fake_jina, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    make_many(folder, N, size=(1600, 1200))
    fake_jina.latency = LATENCY
    serial, _ = index_once(folder, tmp_path, monkeypatch, concurrency=1, workers=1)
    overlapped, rescan = index_once(folder, tmp_path, monkeypatch, concurrency=4, workers=2)
    print(
        f"\n[bench] index {N} photos (API latency {LATENCY}s): one-at-a-time {serial:.2f}s, "
        f"overlapped {overlapped:.2f}s -> {serial / overlapped:.1f}x faster"
    )
    print(
        f"[bench] unchanged rescan {rescan:.3f}s vs first run {overlapped:.2f}s -> "
        f"{overlapped / rescan:.0f}x faster"
    )
    assert overlapped < serial
