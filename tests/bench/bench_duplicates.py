"""Near-duplicate search on 20 000 synthetic vectors: screened blocked product vs full dims."""

from __future__ import annotations

import time

import numpy as np

from photoseek.search.duplicates import near_pairs
from tests.bench.report import record

N, DIMS, PAIRS = 20_000, 1024, 500


def test_bench_near_duplicates() -> None:
    rng = np.random.default_rng(0)
    m = rng.standard_normal((N, DIMS), dtype=np.float32)
    # Matryoshka-like: the leading dims carry most of the energy.
    m *= (1.0 / np.sqrt(1.0 + np.arange(DIMS) / 32.0)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    planted = rng.choice(N, 2 * PAIRS, replace=False)
    a, b = planted[:PAIRS], planted[PAIRS:]
    m[b] = m[a] + 0.004 * rng.standard_normal((PAIRS, DIMS), dtype=np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    start = time.perf_counter()
    found = near_pairs(m, 0.02)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    full = 0
    for s in range(0, N, 2048):
        block = m[s : s + 2048] @ m[s:].T
        r, c = np.nonzero(block >= 0.98)
        full += int((c + s > r + s).sum())
    baseline = time.perf_counter() - start
    want = {tuple(sorted(p)) for p in zip(a.tolist(), b.tolist(), strict=True)}
    assert want <= set(found) and len(found) == full
    print(f"\n[bench] near-duplicates of {N} photos: {ours:.1f} s (full dims {baseline:.1f} s)")
    record("D1", f"near-duplicates, {N} photos", ours, "s", "<= 10 s", ours <= 10.0,
           baseline, "blocked product at 1024 dims")  # fmt: skip
