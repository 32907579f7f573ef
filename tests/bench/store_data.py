"""Synthetic libraries for the store benchmarks, generated once and cached between runs.

Vectors are seeded random unit vectors (the hardest case for an approximate index: no
clusters to exploit); metadata spreads photos over 20 years of folders, a dozen cameras and
some locations, with one photo in ten also copied to a backup folder. Everything lives under
`$PHOTOSEEK_BENCH_CACHE` (default ~/.cache/photoseek-bench); a set is built in a temporary
name and renamed when complete, so a killed run never leaves half a data set behind.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from photoseek.records import PhotoMeta
from photoseek.stores.base import IndexSpec, StoreDoc

DIMS = 256
SPEC = IndexSpec("jina-clip-v2", DIMS)  # what a library at 256 dims searches
VERSION = "v1"  # bump when the generator changes: the cache is rebuilt
CAMERAS = [
    "Canon EOS R6",
    "Canon EOS 40D",
    "Nikon D750",
    "Sony ILCE-7M3",
    "Fujifilm X-T3",
    "Pixel 8",
    "Pixel 6a",
    "Apple iPhone 15",
    "Apple iPhone 12",
    "Samsung SM-S911B",
    "OnePlus 9",
    "Olympus E-M10",
]


def cache_root() -> Path:
    root = Path(
        os.environ.get("PHOTOSEEK_BENCH_CACHE") or Path.home() / ".cache" / "photoseek-bench"
    )
    root.mkdir(parents=True, exist_ok=True)
    return root


def cached(name: str, build: Callable[[Path], None] | None) -> Path | None:
    """The path of a cached data set, built by `build(tmp_path)` when missing (None: only
    look)."""
    final = cache_root() / f"{VERSION}-{name}"
    if final.exists():
        return final
    if build is None:
        return None
    tmp = final.with_name(final.name + f".building-{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp) if tmp.is_dir() else tmp.unlink()
    start = time.perf_counter()
    build(tmp)
    tmp.rename(final)
    print(f"\n[bench] built {final.name} in {time.perf_counter() - start:.1f}s (cached)")
    return final


def vectors(n: int) -> np.ndarray:
    """n seeded random unit vectors, float32, memory-mapped from the cache."""

    def build(tmp: Path) -> None:
        out = np.lib.format.open_memmap(tmp, "w+", np.float32, (n, DIMS))
        rng = np.random.default_rng(n)
        for i in range(0, n, 100_000):
            x = rng.standard_normal((min(100_000, n - i), DIMS), dtype=np.float32)
            x /= np.linalg.norm(x, axis=1, keepdims=True)
            out[i : i + len(x)] = x
        out.flush()
        del out

    return np.load(_built(f"vectors-{n}.npy", build), mmap_mode="r")


def photo(j: int) -> tuple[list[str], PhotoMeta]:
    year = 2005 + j % 20
    event = (j // 20) % 40
    paths = [f"/photos/{year}/event-{event:02d}/IMG_{j:07d}.jpg"]
    if j % 10 == 3:
        paths.append(f"/backup/{year}/IMG_{j:07d}.jpg")
    taken = None if j % 19 == 0 else f"{year}-{1 + j % 12:02d}-{1 + j % 28:02d}T{j % 24:02d}:00:00"
    camera = None if j % 13 == 0 else CAMERAS[(j * 7) % len(CAMERAS)]
    located = j % 20 < 7
    meta = PhotoMeta(
        4000, 3000, taken, camera, 48.85 if located else None, 2.35 if located else None
    )
    return paths, meta


def docs(x: np.ndarray, start: int, stop: int) -> list[StoreDoc]:
    out = []
    for j in range(start, stop):
        paths, meta = photo(j)
        out.append(
            StoreDoc(
                f"{j:032x}", x[j], paths, ["/photos"], paths[0].rsplit("/", 1)[1], 2_500_000, meta
            )
        )
    return out


def embedded_index(n: int) -> Path:
    """An embedded store folder holding SPEC with n photos, written through `upsert`."""
    from photoseek.stores.embedded import EmbeddedStore

    x = vectors(n)

    def build(tmp: Path) -> None:
        store = EmbeddedStore(tmp)
        store.ensure_index(SPEC)
        for i in range(0, n, 20_000):
            assert store.upsert(SPEC.name, docs(x, i, min(n, i + 20_000))) == []
        store.activate(SPEC)
        store.close()

    return _built(f"embedded-{n}", build)


def legacy_index(n: int) -> Path:
    """The same photos in the first format (one SQLite file), written by the old code."""
    from tests.bench.legacy_embedded import EmbeddedStore as LegacyStore

    x = vectors(n)

    def build(tmp: Path) -> None:
        store = LegacyStore(tmp)
        store.ensure_index(SPEC)
        for i in range(0, n, 20_000):
            assert store.upsert(SPEC.name, docs(x, i, min(n, i + 20_000))) == []
        store.close()

    return _built(f"legacy-{n}", build)


def _built(name: str, build: Callable[[Path], None]) -> Path:
    path = cached(name, build)
    assert path is not None
    return path


def usearch_index(n: int, build_it: bool = True) -> Path | None:
    """An HNSW index of the same vectors (usearch, int8, M=16, ef_construction=128); None when
    not cached and `build_it` is false (1M takes tens of minutes on 2 cores)."""
    from usearch.index import Index

    x = vectors(n)

    def build(tmp: Path) -> None:
        index = Index(ndim=DIMS, metric="ip", dtype="i8", connectivity=16, expansion_add=128)
        for i in range(0, n, 100_000):
            rows = np.asarray(x[i : i + 100_000])
            index.add(np.arange(i, i + len(rows)), rows, threads=os.cpu_count() or 1)
        index.save(str(tmp))

    return cached(f"usearch-{n}.i8", build if build_it else None)
