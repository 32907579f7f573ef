"""S6: indexing throughput against the Jina fake with 300 ms latency (`make bench`).

The goal is the service's limit or this machine's, whichever is lower: at least 90 % of
min(in flight × batch / service time, preparation rate), and at least 10× a loop that prepares
and sends one photo at a time. The service time is the fake's own (latency plus its work on
each request, from its log); the preparation rate is the pipeline's own per-file work (safe
read, hash, decode, payload, grid thumbnails) on the same decode pool, measured in the same run.

The real service computes its vectors on its own machines, so the fake used here answers in
the same wire format but derives each vector from a hash of the image instead of running the
test suite's semantic embedder: that embedder would otherwise take the CPU this bench measures.
"""

from __future__ import annotations

import hashlib
import io
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek import imaging
from photoseek.catalog import Catalog
from photoseek.indexing import IndexOptions, IndexRun, Progress
from photoseek.indexing.pipeline import Identified
from photoseek.library import Library
from photoseek.records import Phase
from photoseek.scanner import Excluder, scan
from photoseek.stores.base import IndexSpec
from photoseek.stores.embedded import EmbeddedStore
from tests.bench.data import cached_dir
from tests.bench.fake_process import jina_fake_process
from tests.bench.report import record
from tests.conftest import JINA_KEY
from tests.fakes import jina as fake_jina_module
from tests.fakes.jina import FakeJina
from tests.synthetic import make_many

N = 2000
BATCH, IN_FLIGHT, LATENCY = 16, 4, 0.3
LOOP_SAMPLE = 24  # photos for the one-at-a-time baseline (it takes LATENCY each)


class HashedJina(FakeJina):
    """The Jina fake with vectors from a hash of each image (the shapes are the real ones)."""

    def _image_vector(self, index: int, value: str) -> tuple[np.ndarray, tuple[int, int]]:
        raw = fake_jina_module._image_bytes(value)
        if raw is None:
            return super()._image_vector(index, value)  # the fake's own 422
        with Image.open(io.BytesIO(raw)) as img:  # reads the header only
            size = img.size
        seed = int.from_bytes(hashlib.sha256(raw).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(fake_jina_module.FULL_DIMS)
        return (v / np.linalg.norm(v)).astype(np.float32), size


def photos() -> Path:
    return cached_dir(f"pipeline-{N}", lambda d: make_many(d, N))


def prep_rate(folder: Path, tmp: Path) -> float:
    """Photos per second the pipeline's own per-file work reaches on its decode pool."""
    catalog = Catalog(tmp / "prep.sqlite")
    catalog.add_folder(folder)
    scan(catalog, imaging.SUPPORTED_EXTENSIONS, Excluder([], False))
    work = catalog.work_items(3)
    options = IndexOptions(thumbnails_dir=tmp / "prep-thumbs")
    run = IndexRun(catalog, EmbeddedStore(tmp / "prep-store"), IndexSpec("m", 64), None, options)  # type: ignore[arg-type]
    workers = options.decode_workers
    with ThreadPoolExecutor(
        workers, initializer=imaging.set_decoder_threads, initargs=(1,)
    ) as pool:
        list(pool.map(run._identify, work[:50]))  # warm up
        start = time.perf_counter()
        results = list(pool.map(run._identify, work))
        elapsed = time.perf_counter() - start
    catalog.close()
    assert all(isinstance(r, Identified) for r in results)
    return len(work) / elapsed


def one_at_a_time(folder: Path, lib: Library) -> float:
    """Photos per second of the naive loop: prepare one, send it, wait, repeat."""
    embedder = lib.make_embedder()
    files = sorted(folder.rglob("*.jpg"))[:LOOP_SAMPLE]
    start = time.perf_counter()
    for p in files:
        embedder.embed_images([imaging.prepare_for_model(p).payload])
    elapsed = time.perf_counter() - start
    embedder.close()
    return len(files) / elapsed


def test_bench_indexing_throughput(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = photos()
    prep = prep_rate(folder, tmp_path)
    # The fake in a process of its own, as the real service runs on machines of its own: its
    # JSON and vector work must not take this process's GIL or count as the app's.
    with jina_fake_process(JINA_KEY, LATENCY, f"{__name__}:HashedJina") as fake:
        monkeypatch.setenv("PHOTOSEEK_JINA_URL", fake.url)
        monkeypatch.setenv("JINA_API_KEY", JINA_KEY)
        lib = Library()
        lib.apply({"embedding.batch_size": BATCH, "embedding.concurrency": IN_FLIGHT})
        loop = one_at_a_time(folder, lib)
        lib.add_folder(folder)
        marks: dict[str, float] = {}

        def on_progress(p: Progress) -> None:
            marks.setdefault(p.phase, time.perf_counter())

        report = lib.index(on_progress)
        done = time.perf_counter()
        lib.close()
    assert report.error is None and report.progress.indexed == N
    embed_s = marks.get(Phase.SYNCING, done) - marks[Phase.EMBEDDING]
    rate = N / embed_s
    # The pipeline's batches (the one-at-a-time loop sends one photo a request): latency plus
    # the fake's own work on each, from its log.
    served = [seconds for images, seconds in fake.served if images > 1]
    assert served, fake.served
    service = statistics.mean(served)
    api_rate = IN_FLIGHT * BATCH / service
    ideal = min(api_rate, prep)
    record(
        "S6a",
        f"index {N} photos, {IN_FLIGHT}×{BATCH} in flight, {LATENCY * 1000:.0f} ms fake",
        rate,
        "photos/s",
        f">= 90% of min(API {api_rate:.0f}/s, prep {prep:.0f}/s)",
        rate >= 0.9 * ideal,
        ideal,
        "min(in flight × batch / service time, prep rate)",
    )
    record(
        "S6b",
        "index throughput vs one photo per request, one at a time",
        rate,
        "photos/s",
        ">= 10x",
        rate >= 10 * loop,
        loop,
        "one-at-a-time loop",
    )
