"""Search speed of the embedded store: partial sort vs full sort, filters, find-similar."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from photoseek.matryoshka import truncate
from photoseek.records import Filters, PhotoMeta
from photoseek.stores.base import IndexSpec, StoreDoc
from photoseek.stores.embedded import EmbeddedStore

N, DIMS, K = 100_000, 512, 50


def timed(fn, repeat: int = 20) -> float:  # type: ignore[no-untyped-def]
    fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def test_bench_embedded_search(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    vectors = truncate(rng.standard_normal((N, DIMS)).astype(np.float32), DIMS)
    store = EmbeddedStore(tmp_path)
    spec = IndexSpec(model="m", dims=DIMS)
    store.ensure_index(spec)
    start = time.perf_counter()
    for i in range(0, N, 5000):
        store.upsert(
            spec.name,
            [
                StoreDoc(
                    f"h{j}",
                    vectors[j],
                    [f"/p/{j % 10}/{j}.jpg"],
                    ["/p"],
                    f"{j}.jpg",
                    1,
                    PhotoMeta(taken_at=f"20{10 + j % 15}-01-01T00:00:00"),
                )
                for j in range(i, min(N, i + 5000))
            ],
        )
    load = time.perf_counter() - start
    q = vectors[123]
    ours = timed(lambda: store.search(spec.name, q, K))
    baseline = timed(lambda: np.argsort(-(vectors @ q))[:K])
    filtered = timed(
        lambda: store.search(spec.name, q, K, filters=Filters(date_from="2020-01-01")), 5
    )
    print(
        f"\n[bench] {N} photos x {DIMS} dims: top-{K} search {ours * 1000:.1f} ms "
        f"(full argsort baseline {baseline * 1000:.1f} ms -> {baseline / ours:.2f}x); "
        f"with a date filter {filtered * 1000:.1f} ms; bulk load {load:.1f}s"
    )
    assert store.search(spec.name, q, 1)[0].id == "h123"
    store.close()
