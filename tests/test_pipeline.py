"""The indexing pipeline with an in-process embedder: states, copies, errors, cancel, pause."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from photoseek.catalog import Catalog
from photoseek.embedding.base import AuthError, Rejected, ServiceUnavailable
from photoseek.indexing import IndexOptions, IndexRun, Progress
from photoseek.stores.base import IndexSpec
from photoseek.stores.embedded import EmbeddedStore
from tests.synthetic import make_many

SPEC = IndexSpec(model="m", dims=64)


class ColourEmbedder:
    """Deterministic vectors from the payload bytes' hash; counts what it was asked."""

    model = "m"
    full_dims = 128

    def __init__(self, fail_with: Exception | None = None, reject: int = -1) -> None:
        self.calls: list[int] = []
        self.fail_with = fail_with
        self.reject = reject
        self.gate: threading.Event | None = None
        self.lock = threading.Lock()

    @property
    def tokens_used(self) -> int:
        return 10 * sum(self.calls)

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail_with is not None:
            raise self.fail_with
        with self.lock:
            self.calls.append(len(jpegs))
            start = sum(self.calls) - len(jpegs)
        out: list[np.ndarray | Rejected] = []
        for i, j in enumerate(jpegs):
            if start + i == self.reject:
                out.append(Rejected("cannot decode image"))
                continue
            rng = np.random.default_rng(abs(hash(j)) % 2**32)
            v = rng.standard_normal(128).astype(np.float32)
            out.append(v / np.linalg.norm(v))
        return out

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    def close(self) -> None:
        pass


@pytest.fixture
def env(tmp_path: Path):  # type: ignore[no-untyped-def]
    catalog = Catalog(tmp_path / "c.sqlite")
    store = EmbeddedStore(tmp_path / "emb")
    folder = tmp_path / "photos"
    yield catalog, store, folder
    store.close()
    catalog.close()


def make_run(catalog, store, embedder, **kw):  # type: ignore[no-untyped-def]
    progress: list[Progress] = []
    run = IndexRun(
        catalog,
        store,
        SPEC,
        lambda _stop: embedder,
        IndexOptions(batch_size=4, concurrency=2, decode_workers=2),
        on_progress=lambda p: progress.append(p.snapshot()),
        **kw,
    )
    return run, progress


def test_full_run_states_progress_and_activation(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 30)
    (folder / "broken.jpg").write_bytes(b"not a picture at all")
    catalog.add_folder(folder)
    emb = ColourEmbedder()
    run, progress = make_run(catalog, store, emb)
    report = run.run()
    assert report.error is None and report.activated == SPEC.name
    assert catalog.state_counts() == {"indexed": 30, "skipped": 1}
    assert sum(emb.calls) == 30 and max(emb.calls) <= 4
    assert store.count(SPEC.name) == 30
    last = progress[-1]
    assert (last.total, last.done, last.indexed, last.skipped) == (31, 31, 30, 1)
    assert last.sync_done == 30 and last.phase == "done"
    phases = [p.phase for p in progress]
    assert phases.index("scanning") < phases.index("embedding") < phases.index("syncing")


def test_copies_are_embedded_once(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    paths = make_many(folder, 5)
    for i, p in enumerate(paths):
        (folder / f"copy{i}.jpg").write_bytes(p.read_bytes())
    catalog.add_folder(folder)
    emb = ColourEmbedder()
    make_run(catalog, store, emb)[0].run()
    assert sum(emb.calls) == 5
    assert catalog.state_counts() == {"indexed": 10}
    assert store.count(SPEC.name) == 5


def test_rejected_input_skips_only_that_photo(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 8)
    catalog.add_folder(folder)
    make_run(catalog, store, ColourEmbedder(reject=3))[0].run()
    assert catalog.state_counts() == {"indexed": 7, "skipped": 1}
    assert "refused" in catalog.problems()[0].reason


class RefusesEverything(ColourEmbedder):
    """A service that refuses every photo alike, one at a time (a model this key may not use)."""

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        with self.lock:
            self.calls.append(len(jpegs))
        return [Rejected("model not available for this key") for _ in jpegs]


def test_a_service_that_refuses_every_photo_alike_skips_none_of_them(env) -> None:  # type: ignore[no-untyped-def]
    """Finding 3: such refusals are the service's, not a verdict on each photo."""
    catalog, store, folder = env
    make_many(folder, 24)
    catalog.add_folder(folder)
    report = make_run(catalog, store, RefusesEverything())[0].run()
    assert report.error is not None and "refused" in report.error and "same answer" in report.error
    counts = catalog.state_counts()
    assert counts.get("skipped", 0) == 0 and counts.get("new", 0) == 24, counts
    assert report.progress.skipped == 0


def test_one_refused_photo_among_accepted_ones_is_still_skipped(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 24)
    catalog.add_folder(folder)
    report = make_run(catalog, store, ColourEmbedder(reject=5))[0].run()
    assert report.error is None
    assert catalog.state_counts() == {"indexed": 23, "skipped": 1}


@pytest.mark.parametrize(
    "error", [AuthError("key rejected"), ServiceUnavailable("down for maintenance")]
)
def test_fatal_errors_stop_and_keep_everything(env, error: Exception) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 10)
    catalog.add_folder(folder)
    report = make_run(catalog, store, ColourEmbedder(fail_with=error))[0].run()
    assert report.error == str(error)
    assert catalog.state_counts() == {"new": 10}  # all still waiting, none marked failed
    report = make_run(catalog, store, ColourEmbedder())[0].run()
    assert report.error is None and catalog.state_counts() == {"indexed": 10}


def test_cancel_keeps_finished_work(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 40)
    catalog.add_folder(folder)
    emb = ColourEmbedder()
    stop = threading.Event()
    run, _ = make_run(catalog, store, emb, stop=stop)
    original = emb.embed_images

    def embed_then_cancel(jpegs):  # type: ignore[no-untyped-def]
        out = original(jpegs)
        if sum(emb.calls) >= 8:
            stop.set()
        return out

    emb.embed_images = embed_then_cancel  # type: ignore[method-assign]
    report = run.run()
    assert report.cancelled and report.error is None
    counts = catalog.state_counts()
    assert 8 <= counts.get("indexed", 0) < 40
    assert counts.get("indexed", 0) == catalog.vector_count("m")
    emb2 = ColourEmbedder()
    make_run(catalog, store, emb2)[0].run()
    assert catalog.state_counts() == {"indexed": 40}
    assert sum(emb2.calls) == 40 - counts["indexed"]


def test_pause_and_resume(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 12)
    catalog.add_folder(folder)
    resume = threading.Event()  # starts cleared: paused
    paused_seen = threading.Event()

    def on_progress(p: Progress) -> None:
        if p.paused:
            paused_seen.set()

    run = IndexRun(
        catalog,
        store,
        SPEC,
        lambda _s: ColourEmbedder(),
        IndexOptions(batch_size=4, concurrency=1, decode_workers=1),
        on_progress=on_progress,
        resume=resume,
    )
    t = threading.Thread(target=run.run)
    t.start()
    assert paused_seen.wait(10)
    assert catalog.state_counts().get("indexed", 0) == 0
    resume.set()
    t.join(30)
    assert catalog.state_counts() == {"indexed": 12}


def test_switching_size_rebuilds_without_embedding(env) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 10)
    catalog.add_folder(folder)
    make_run(catalog, store, ColourEmbedder())[0].run()
    small = IndexSpec(model="m", dims=16)

    def no_embedder(_stop):  # type: ignore[no-untyped-def]
        raise AssertionError("no model call allowed")

    report = IndexRun(catalog, store, small, no_embedder, IndexOptions()).run()
    assert report.activated == small.name
    assert store.count(small.name) == 10 and store.count(SPEC.name) == 10
    assert store.active(small.alias).dims == 16  # type: ignore[union-attr]


def test_grid_thumbnails_come_from_the_payload_decode(env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from photoseek.imaging import GRID_SIZES, ThumbnailCache

    catalog, store, folder = env
    make_many(folder, 6, size=(1600, 1200))
    catalog.add_folder(folder)
    thumbs = tmp_path / "thumbs"
    options = IndexOptions(batch_size=4, concurrency=2, decode_workers=2, thumbnails_dir=thumbs)
    emb = ColourEmbedder()
    IndexRun(catalog, store, SPEC, lambda _s: emb, options).run()
    cache = ThumbnailCache(thumbs, GRID_SIZES)
    hashes = {r.content_hash for r in store.search(SPEC.name, np.ones(64, np.float32) / 8, 10)}
    assert len(hashes) == 6
    for h in hashes:
        for side in GRID_SIZES:
            with Image.open(cache.path_for(h, side)) as img:
                assert max(img.size) == side and img.format == "JPEG"


def test_thumbnail_cache_is_pruned_least_recently_used_first(tmp_path: Path) -> None:
    import os

    from photoseek.imaging import ThumbnailCache, prune

    cache = ThumbnailCache(tmp_path, (256,))
    paths = []
    for i in range(10):
        p = cache.path_for(f"{i:032x}", 256)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x" * 1000)
        os.utime(p, (1000 + i, 1000 + i))  # i = 0 is the least recently used
        paths.append(p)
    os.utime(paths[0], (5000, 5000))  # just used: it stays
    stale = paths[1].parent / ".tmp-old.jpg"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    assert prune(tmp_path, 20_000).removed == 0  # under the limit: nothing goes
    report = prune(tmp_path, 5_000)
    assert report.removed == 6 and report.bytes_after == 4_000 <= 0.9 * 5_000
    assert [p.exists() for p in paths] == [True] + [False] * 6 + [True] * 3
    assert not stale.exists()


def test_run_prunes_the_thumbnail_cache_to_its_limit(env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, store, folder = env
    make_many(folder, 12, size=(800, 600))
    catalog.add_folder(folder)
    thumbs = tmp_path / "thumbs"
    options = IndexOptions(thumbnails_dir=thumbs, thumbnail_cache_bytes=60_000)
    IndexRun(catalog, store, SPEC, lambda _s: ColourEmbedder(), options).run()
    total = sum(p.stat().st_size for p in thumbs.rglob("*.jpg"))
    assert 0 < total <= 60_000
