"""The embedded store's own format: exact top-k from int8 codes, vectorised filters against a
brute-force Python filter, compaction, readers beside a writer, and the first format's
migration. (Crash safety: test_embedded_crash.py; the shared behaviour: the contract suite.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from photoseek.records import Filters, PhotoMeta, date_bounds
from photoseek.stores.base import IndexSpec, StoreDoc, StoreError
from photoseek.stores.embedded import EmbeddedStore
from photoseek.stores.embedded_files import ROW_DTYPE, RowFiles, quantize
from photoseek.stores.embedded_index import COMPACT_MIN_HOLES
from photoseek.stores.embedded_search import (
    Bounds,
    Views,
    dots_numkong,
    dots_numpy,
    seconds,
    top_rows,
)

DIMS = 16
SPEC = IndexSpec("jina-clip-v2", DIMS)
FOLDERS = ["/p/a", "/p/a/b", "/p/ab", "/p/c/d/e", "/q", "/p/a b"]
CAMERAS = ["Canon EOS R6", "Pixel 8", "pixel 8", None]


def units(n: int, seed: int, dims: int = DIMS) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dims)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def random_docs(n: int, seed: int) -> list[StoreDoc]:
    rng = np.random.default_rng(seed)
    vectors = units(n, seed)
    # Few distinct vectors among many: equal scores everywhere, the hard case for paging.
    vectors[rng.random(n) < 0.3] = vectors[0]
    out = []
    for i in range(n):
        paths = [
            f"{FOLDERS[int(j)]}/img_{i}_{k}.jpg"
            for k, j in enumerate(rng.integers(0, len(FOLDERS), 1 + int(rng.random() < 0.2)))
        ]
        day = int(rng.integers(1, 28))
        taken = (
            None
            if rng.random() < 0.2
            else f"2024-02-{day:02d}T{int(rng.integers(0, 24)):02d}:00:00"
        )
        located = rng.random() < 0.4
        out.append(
            StoreDoc(
                id=f"{int(rng.integers(0, 1 << 60)):032x}",
                vector=vectors[i],
                paths=paths,
                folders=["/p"],
                file_name=paths[0].rsplit("/", 1)[1],
                size=i,
                meta=PhotoMeta(
                    taken_at=taken,
                    camera=CAMERAS[int(rng.integers(0, len(CAMERAS)))],
                    lat=1.0 if located else None,
                    lon=2.0 if located else None,
                ),
            )
        )
    return out


def passes(d: StoreDoc, f: Filters) -> bool:
    """The filter the plain way, one photo at a time."""
    if f.folders and not any(
        p.startswith(folder.rstrip("/") + "/") for p in d.paths for folder in f.folders
    ):
        return False
    lo, hi = date_bounds(f)
    if lo or hi:
        if d.meta.taken_at is None:
            return False
        if lo and seconds(d.meta.taken_at) < seconds(lo):
            return False
        if hi and seconds(d.meta.taken_at) > seconds(hi):
            return False
    if f.camera and d.meta.camera != f.camera:
        return False
    return f.has_location is None or d.meta.has_location == f.has_location


def brute_force(docs: list[StoreDoc], q: np.ndarray, f: Filters) -> list[tuple[str, float]]:
    """Every passing photo, best first, ties by id, with the dot product in float64."""
    hits = [
        (d.id, float(np.asarray(d.vector, np.float64) @ q.astype(np.float64)))
        for d in docs
        if passes(d, f)
    ]
    return sorted(hits, key=lambda h: (-h[1], h[0]))


def random_filters(rng: np.random.Generator) -> Filters:
    folders = tuple(
        str(rng.choice([*FOLDERS, "/p", "/p/a/", "/p/c", "/nowhere"]))
        for _ in range(int(rng.integers(0, 3)))
    )
    lo = f"2024-02-{int(rng.integers(1, 28)):02d}" if rng.random() < 0.4 else None
    hi = f"2024-02-{int(rng.integers(1, 28)):02d}" if rng.random() < 0.4 else None
    camera = str(rng.choice(CAMERAS[:3])) if rng.random() < 0.3 else None
    located = [None, True, False][int(rng.integers(0, 3))]
    return Filters(folders, lo, hi, camera, located)


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
    s = EmbeddedStore(tmp_path / "embedded")
    s.ensure_index(SPEC)
    return s


def test_filtered_pages_equal_a_brute_force_python_filter(store: EmbeddedStore) -> None:
    docs = random_docs(600, seed=1)
    for i in range(0, len(docs), 150):  # several commits
        assert store.upsert(SPEC.name, docs[i : i + 150]) == []
    rng = np.random.default_rng(2)
    for trial in range(60):
        f = Filters() if trial == 0 else random_filters(rng)
        q = docs[int(rng.integers(0, len(docs)))].vector if trial % 2 else units(1, trial)[0]
        want = brute_force(docs, q, f)
        k, offset = int(rng.integers(1, 40)), int(rng.integers(0, 30))
        got = store.search(SPEC.name, q, k, filters=f, offset=offset)
        expect = want[offset : offset + k]
        assert [h.content_hash for h in got] == [i for i, _ in expect], f
        assert [h.score for h in got] == pytest.approx([(1 + s) / 2 for _, s in expect], abs=1e-6)


def test_pages_through_many_equal_scores_cover_everything_once(store: EmbeddedStore) -> None:
    docs = random_docs(500, seed=3)
    assert store.upsert(SPEC.name, docs) == []
    q = np.asarray(docs[0].vector)
    seen = [
        h.content_hash for o in range(0, 520, 7) for h in store.search(SPEC.name, q, 7, offset=o)
    ]
    assert seen == [i for i, _ in brute_force(docs, q, Filters())]


@pytest.mark.parametrize("kernel", [dots_numpy, dots_numkong], ids=["numpy", "numkong"])
def test_the_int8_kernels_give_the_exact_integers(kernel) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(4)
    codes = rng.integers(-127, 128, (3000, 256)).astype(np.int8)
    codes[0] = 127
    q = np.full(256, -127, np.int8)
    want = codes.astype(np.int64) @ q.astype(np.int64)
    assert np.array_equal(kernel(codes, q), want.astype(np.float64))


def views_of(tmp_path: Path, vectors: np.ndarray, ids: list[bytes]) -> tuple[Views, Bounds]:
    files = RowFiles(tmp_path, 0, vectors.shape[1])
    codes, scale = quantize(vectors)
    records = np.zeros(len(vectors), ROW_DTYPE)
    records["scale"] = scale
    files.write(0, vectors, codes, records, np.array(ids))
    approx = codes.astype(np.float64) * scale[:, None]
    bounds = Bounds(
        float(np.linalg.norm(vectors - approx, axis=1).max()),
        float(np.linalg.norm(approx, axis=1).max()),
    )
    return files.view(len(vectors)), bounds


@pytest.mark.parametrize("spread", [1.0, 1e-3, 1e-5])
def test_top_rows_is_exact_even_where_the_codes_cannot_tell_rows_apart(
    tmp_path: Path, spread: float
) -> None:
    """Rows closer together than the int8 step: the candidates grow until the answer is exact."""
    rng = np.random.default_rng(5)
    base = units(1, 6, 64)[0]
    vectors = base + spread * rng.standard_normal((4000, 64)).astype(np.float32)
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    ids = [f"{i:06d}".encode() for i in rng.permutation(4000)]
    views, bounds = views_of(tmp_path, vectors, ids)
    q = units(1, 7, 64)[0]
    exact = vectors.astype(np.float64) @ q.astype(np.float64)
    order = sorted(range(4000), key=lambda r: (-exact[r], ids[r]))
    for want in (1, 10, 300):
        rows, dots = top_rows(views, q, want, None, bounds)
        assert rows.tolist() == order[:want]
        assert np.allclose(dots, exact[rows], atol=1e-9)
    allowed = rng.random(4000) < 0.1
    rows, _ = top_rows(views, q, 50, allowed, bounds)
    assert rows.tolist() == [r for r in order if allowed[r]][:50]


def test_replaced_and_deleted_rows_are_compacted_away(store: EmbeddedStore, tmp_path: Path) -> None:
    docs = random_docs(COMPACT_MIN_HOLES * 4, seed=8)
    assert store.upsert(SPEC.name, docs) == []
    folder = tmp_path / "embedded" / SPEC.name
    moved = [
        StoreDoc(d.id, units(1, i)[0], ["/moved/x.jpg"], d.folders, "x.jpg", d.size, d.meta)
        for i, d in enumerate(docs[:COMPACT_MIN_HOLES])
    ]
    assert store.upsert(SPEC.name, moved) == []  # frees 1024 of 5120 rows: not yet
    assert (folder / "codes-0.i8").exists()
    store.delete(SPEC.name, [d.id for d in docs[COMPACT_MIN_HOLES : COMPACT_MIN_HOLES + 400]])
    assert not (folder / "codes-0.i8").exists() and (folder / "codes-1.i8").exists()
    current = moved + docs[COMPACT_MIN_HOLES + 400 :]
    assert store.count(SPEC.name) == len(current)
    db = sqlite3.connect(folder / "index.sqlite")
    assert db.execute("SELECT COUNT(*) FROM holes").fetchone()[0] == 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    for f in (Filters(), Filters(folders=("/moved",)), Filters(folders=("/p/a",))):
        q = units(1, 99)[0]
        got = [h.content_hash for h in store.search(SPEC.name, q, 40, filters=f)]
        assert got == [i for i, _ in brute_force(current, q, f)][:40]
    store.close()
    again = EmbeddedStore(tmp_path / "embedded")
    assert again.count(SPEC.name) == len(current)
    again.close()


def test_a_second_store_sees_what_the_first_one_writes(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    """The GUI searching while the CLI indexes: each search sees the last commit."""
    reader = EmbeddedStore(tmp_path / "embedded")
    docs = random_docs(40, seed=9)
    assert reader.count(SPEC.name) == 0
    store.upsert(SPEC.name, docs[:20])
    assert reader.count(SPEC.name) == 20
    store.upsert(SPEC.name, docs[20:])
    store.delete(SPEC.name, [docs[0].id])
    q = np.asarray(docs[5].vector)
    assert [h.content_hash for h in reader.search(SPEC.name, q, 50)] == [
        i for i, _ in brute_force(docs[1:], q, Filters())
    ]
    reader.close()


def test_ids_too_long_are_item_errors(store: EmbeddedStore) -> None:
    good, long = random_docs(2, seed=10)
    long.id = "x" * 65
    errors = store.upsert(SPEC.name, [good, long])
    assert [e.id for e in errors] == [long.id] and store.count(SPEC.name) == 1


def test_a_damaged_index_file_is_one_sentence(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "embedded")
    store.ensure_index(SPEC)
    store.close()
    (tmp_path / "embedded" / SPEC.name / "index.sqlite").write_bytes(b"not a database" * 100)
    again = EmbeddedStore(tmp_path / "embedded")
    with pytest.raises(StoreError) as caught:
        again.count(SPEC.name)
    text = str(caught.value)
    assert SPEC.name in text and text.endswith(".") and "\n" not in text
    again.close()


# -- the first format ----------------------------------------------------------------------------
def test_an_index_of_the_first_format_is_migrated_on_first_open(tmp_path: Path) -> None:
    from tests.bench.legacy_embedded import EmbeddedStore as LegacyStore

    folder = tmp_path / "embedded"
    legacy = LegacyStore(folder)
    legacy.ensure_index(SPEC)
    docs = random_docs(300, seed=11)
    legacy.upsert(SPEC.name, docs)
    legacy.activate(SPEC)
    legacy.close()
    assert (folder / f"{SPEC.name}.sqlite").exists()

    store = EmbeddedStore(folder)
    assert [(i.name, i.dims, i.count, i.active) for i in store.list_indices()] == [
        (SPEC.name, DIMS, 300, True)
    ]
    assert not (folder / f"{SPEC.name}.sqlite").exists()
    q = units(1, 12)[0]
    f = Filters(folders=("/p/a",), has_location=True)
    hits = store.search(SPEC.alias, q, 20, filters=f)
    assert [h.content_hash for h in hits] == [i for i, _ in brute_force(docs, q, f)][:20]
    by_id = {d.id: d for d in docs}
    assert all(h.paths == tuple(by_id[h.content_hash].paths) for h in hits)
    assert all(h.meta == by_id[h.content_hash].meta for h in hits)
    store.ensure_index(SPEC)  # verified, kept
    store.close()


def test_a_migration_that_fails_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photoseek.stores import embedded_index
    from tests.bench.legacy_embedded import EmbeddedStore as LegacyStore

    folder = tmp_path / "embedded"
    legacy = LegacyStore(folder)
    legacy.ensure_index(SPEC)
    legacy.upsert(SPEC.name, random_docs(20, seed=13))
    legacy.close()

    def full_disk(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(embedded_index.RowFiles, "write", full_disk)
    store = EmbeddedStore(folder)
    with pytest.raises(StoreError) as caught:
        store.count(SPEC.name)
    assert "No space left on device" in str(caught.value)
    assert (folder / f"{SPEC.name}.sqlite").exists()
    assert [p.name for p in folder.iterdir() if p.is_dir()] == []  # no half-built folder
    monkeypatch.undo()
    assert store.count(SPEC.name) == 20  # the next open migrates it
    store.close()
