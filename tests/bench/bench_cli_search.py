"""S4: `photoseek search … --json` as a whole process on a 100k-photo library at 256 dims, the
query vector cached by an earlier run, against the first run of the same query (which asks the
Jina fake). Every process is a fresh interpreter, as a user's shell would start it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from photoseek.catalog import Catalog
from photoseek.catalog.schema import MIGRATIONS
from tests.bench import store_data
from tests.bench.report import record

ROOT = Path(__file__).resolve().parents[2]
N = 100_000
QUERY = "red flowers at the beach"


def library_data() -> Path:
    """A data dir: a catalog of 100k indexed files and the 100k embedded index (cached)."""
    index = store_data.embedded_index(N)

    def build(tmp: Path) -> None:
        (tmp / "photos").mkdir(parents=True)
        shutil.copytree(index, tmp / "data" / "embedded")
        catalog = Catalog(tmp / "data" / "catalog.sqlite")
        folder = catalog.add_folder(tmp / "photos")
        gen = catalog.next_scan_generation()
        for i in range(0, N, 10_000):
            added = [(f"{folder.path}/IMG_{j:07d}.jpg", 2_500_000, j) for j in range(i, i + 10_000)]
            catalog.apply_scan(folder.id, gen, [], added, [])
        ids = [r.id for r in catalog.work_items(3)]
        rng = np.random.default_rng(1)
        for i in range(0, len(ids), 1000):  # the vector cache: 1024 dims per photo
            batch = ids[i : i + 1000]
            with catalog.transaction() as db:
                db.executemany(
                    "UPDATE files SET hash=? WHERE id=?", [(f"{j:032x}", j) for j in batch]
                )
            full = rng.standard_normal((len(batch), 1024)).astype(np.float32)
            items = [(f"{j:032x}", v) for j, v in zip(batch, full, strict=True)]
            catalog.store_vectors(items, "jina-clip-v2", batch)
        catalog.close()

    path = store_data.cached(f"library-{N}-schema{len(MIGRATIONS)}", build)
    assert path is not None
    return path


def run_search(env: dict[str, str]) -> tuple[float, list[dict[str, object]]]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "photoseek", "search", QUERY, "-k", "20", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.perf_counter() - start
    assert out.returncode == 0, out.stderr
    return elapsed, json.loads(out.stdout)["results"]


def test_bench_cli_search(fake_jina, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib = library_data()
    data = tmp_path / "data"
    shutil.copytree(lib / "data", data)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "desktop"),
        "PHOTOSEEK_CONFIG_DIR": str(tmp_path / "config"),
        "PHOTOSEEK_DATA_DIR": str(data),
        "PHOTOSEEK_CACHE_DIR": str(tmp_path / "cache"),
    }
    setup = subprocess.run(
        [sys.executable, "-m", "photoseek", "config", "set", "dims", "256"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert setup.returncode == 0, setup.stderr
    first, answer = run_search(env)
    asked = len(fake_jina.text_requests())
    assert asked == 1 and 1 <= len(answer) <= 20  # the relevance rule may show fewer
    cached = []
    for _ in range(7):
        t, again = run_search(env)
        assert again == answer
        cached.append(t)
    repeated_requests = len(fake_jina.text_requests()) - asked
    t_cached = min(cached)  # the run others disturbed least (the machine is shared)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import photoseek.cli.main"], env=env, check=True)
    imports = time.perf_counter() - start
    print(
        f"\n[bench] photoseek search on {N} photos: first run {first:.2f}s, cached "
        f"{t_cached:.2f}s best of 7 (median {np.median(cached):.2f}s; starting Python + "
        f"imports {imports:.2f}s)"
    )
    record(
        "S4 search", "photoseek search, whole process, 100k library, query cached", t_cached,
        "s", "<= 1 s", t_cached <= 1.0, first, "first run: the query embedded via the fake",
    )  # fmt: skip
    _bench_vector_cache(data)
    record(
        "S4 requests", "API requests made by 7 repeated searches", repeated_requests, "",
        "== 0", repeated_requests == 0, asked, "the first search",
    )  # fmt: skip


def _bench_vector_cache(data: Path) -> None:
    """The catalog's vector cache (float32 files beside the catalog), measured where the app
    reads it: one vector (find similar), and batches of 256 (a sync, a rebuild at a new size)."""
    catalog = Catalog(data / "catalog.sqlite")
    hashes = [f"{j:032x}" for j in range(1, N + 1)]
    rng = np.random.default_rng(2)
    one = []
    for j in rng.integers(0, N, 500):
        t = time.perf_counter()
        assert catalog.vector(hashes[j], "jina-clip-v2") is not None
        one.append(time.perf_counter() - t)
    start = time.perf_counter()
    for i in range(0, 20_480, 256):
        assert len(catalog.vectors(hashes[i : i + 256], "jina-clip-v2")) == 256
    per_vector = (time.perf_counter() - start) / 20_480
    catalog.close()
    size = (data / "catalog.sqlite").stat().st_size / 1e6
    print(
        f"[bench] catalog vector cache ({N} × 1024, catalog {size:.0f} MB): vector() p50 "
        f"{np.median(one) * 1e6:.0f} µs, vectors() {per_vector * 1e6:.1f} µs per vector"
    )
    record(
        "S4 cache", "catalog: read one cached 1024-dim vector (find similar), p50",
        float(np.median(one) * 1000), "ms", "reported", True,
    )  # fmt: skip
