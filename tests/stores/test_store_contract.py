"""The `VectorStore` contract: one behaviour, every store.

Each test runs against the embedded store, the Elasticsearch store on the loopback fake as an
8.x cluster, a 9.x cluster and a Serverless project, and a real cluster when
PHOTOSEEK_TEST_ES_URL is set (see conftest.py). Expected values come from numpy and plain
Python here, never from another store.
"""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np
import pytest

from photoseek.records import Filters, PhotoMeta, date_bounds
from photoseek.stores.base import IndexMismatch, IndexMissing, StoreDoc, StoreError
from tests.stores.conftest import Subject

DIMS = 8


def unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, np.float32)
    return v / np.float32(np.linalg.norm(v))


def random_units(n: int, seed: int = 1, dims: int = DIMS) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.stack([unit(rng.standard_normal(dims)) for _ in range(n)])


def doc(i: int, vector: np.ndarray, folder: str = "/photos/home", **meta: object) -> StoreDoc:
    return StoreDoc(
        id=f"{i:032x}",
        vector=vector,
        paths=[f"{folder}/img_{i}.jpg"],
        folders=["/photos"],
        file_name=f"img_{i}.jpg",
        size=1000 + i,
        meta=PhotoMeta(**meta),  # type: ignore[arg-type]
    )


def loaded(subject: Subject, docs: list[StoreDoc], dims: int = DIMS) -> str:
    spec = subject.spec(dims)
    subject.store.ensure_index(spec)
    assert subject.store.upsert(spec.name, docs) == []
    subject.store.refresh(spec.name)
    return spec.name


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.content_hash for h in hits]


# -- indices -------------------------------------------------------------------------------------
def test_ensure_index_creates_then_only_verifies(subject: Subject) -> None:
    store, spec = subject.store, subject.spec()
    assert not store.index_exists(spec.name)
    store.ensure_index(spec)
    store.ensure_index(spec)  # a second time: checked, kept
    assert store.index_exists(spec.name)
    assert store.count(spec.name) == 0
    listed = {i.name: (i.dims, i.count, i.active) for i in store.list_indices()}
    assert listed == {spec.name: (DIMS, 0, False)}


def test_a_mismatched_index_is_refused_and_never_overwritten(subject: Subject) -> None:
    store = subject.store
    name = loaded(subject, [doc(i, v) for i, v in enumerate(random_units(3))])
    other = subject.spec(similarity="cosine")  # the same name, another mapping
    assert other.name == name
    with pytest.raises(IndexMismatch) as refused:
        store.ensure_index(other)
    assert str(refused.value).endswith(".") and "\n" not in str(refused.value)
    assert store.count(name) == 3
    assert len(store.search(name, random_units(1)[0], 3)) == 3


# -- documents -----------------------------------------------------------------------------------
def test_bad_vectors_are_item_errors_and_the_rest_is_written(subject: Subject) -> None:
    store, spec = subject.store, subject.spec()
    store.ensure_index(spec)
    good = random_units(3)
    nan = good[0].copy()
    nan[2] = np.nan
    inf = good[0].copy()
    inf[5] = np.inf
    docs = [
        doc(0, good[0]),
        doc(1, unit(np.ones(4))),  # wrong length
        doc(2, good[1]),
        doc(3, nan),
        doc(4, inf),
        doc(5, unit(np.ones(DIMS * 2))),  # wrong length, longer
        doc(6, good[2]),
    ]
    errors = store.upsert(spec.name, docs)
    store.refresh(spec.name)
    assert sorted(e.id for e in errors) == [docs[i].id for i in (1, 3, 4, 5)]
    assert all(e.reason and "\n" not in e.reason for e in errors)
    assert store.count(spec.name) == 3
    assert set(ids(store.search(spec.name, good[0], 10))) == {docs[i].id for i in (0, 2, 6)}


def test_upsert_replaces_and_delete_removes(subject: Subject) -> None:
    store = subject.store
    e = np.eye(DIMS, dtype=np.float32)
    name = loaded(subject, [doc(i, e[i]) for i in range(5)])
    moved = doc(0, e[7], folder="/photos/trips", camera="Pixel 8")
    assert store.upsert(name, [moved]) == []
    assert store.delete(name, [doc(1, e[1]).id, doc(3, e[3]).id, "f" * 32]) == []  # unknown: fine
    store.refresh(name)
    assert store.count(name) == 3
    best = store.search(name, e[7], 1)[0]
    assert (best.content_hash, best.path, best.meta.camera) == (
        moved.id,
        "/photos/trips/img_0.jpg",
        "Pixel 8",
    )
    assert set(ids(store.search(name, e[2], 10))) == {doc(i, e[0]).id for i in (0, 2, 4)}


def test_ids_are_every_document_held(subject: Subject, monkeypatch: pytest.MonkeyPatch) -> None:
    import photoseek.stores.elastic as elastic

    monkeypatch.setattr(elastic, "IDS_PAGE", 4)  # pages end exactly on, and inside, a page
    docs = [doc(i, v) for i, v in enumerate(random_units(12))]
    name = loaded(subject, docs)
    assert subject.store.ids(name) == {d.id for d in docs}
    subject.store.delete(name, [docs[0].id, docs[5].id])
    subject.store.refresh(name)
    assert subject.store.ids(name) == {d.id for d in docs} - {docs[0].id, docs[5].id}
    with pytest.raises(IndexMissing):
        subject.store.ids(subject.spec(DIMS * 2).name)


def test_refresh_makes_writes_visible(subject: Subject) -> None:
    store, spec = subject.store, subject.spec()
    store.ensure_index(spec)
    assert store.upsert(spec.name, [doc(i, v) for i, v in enumerate(random_units(4))]) == []
    store.refresh(spec.name)
    assert store.count(spec.name) == 4
    assert store.delete(spec.name, [doc(0, random_units(1)[0]).id]) == []
    store.refresh(spec.name)
    assert store.count(spec.name) == 3


# -- search --------------------------------------------------------------------------------------
def test_hits_come_best_first_with_the_knn_score(subject: Subject) -> None:
    vectors = random_units(40, seed=3)
    docs = [
        doc(i, v, taken_at="2024-05-01T10:00:00", camera="X", lat=1.5, lon=2.5)
        for i, v in enumerate(vectors)
    ]
    name = loaded(subject, docs)
    q = random_units(1, seed=99)[0]
    hits = subject.store.search(name, q, 10)
    dots = vectors.astype(np.float64) @ q.astype(np.float64)
    best = np.argsort(-dots)[:10]
    assert ids(hits) == [docs[i].id for i in best]
    # dot_product on unit vectors: _score = (1 + dot) / 2, in both stores
    assert [h.score for h in hits] == pytest.approx(((1 + dots[best]) / 2).tolist(), abs=2e-6)
    top = hits[0]
    assert (top.paths, top.size) == (tuple(docs[best[0]].paths), docs[best[0]].size)
    assert top.meta == docs[best[0]].meta


def test_equal_scores_are_ordered_by_id(subject: Subject) -> None:
    same = unit(np.arange(1, DIMS + 1))
    order = [5, 2, 7, 0, 3, 6, 1, 4]  # written out of id order
    docs = [doc(i, same) for i in order]
    name = loaded(subject, docs)
    hits = subject.store.search(name, same, 8)
    assert ids(hits) == sorted(d.id for d in docs)
    assert len({h.score for h in hits}) == 1


def pages_of(subject: Subject, name: str, q: np.ndarray, total: int, size: int) -> list[str]:
    out: list[str] = []
    for offset in range(0, total, size):
        out += ids(subject.store.search(name, q, size, offset=offset))
    return out


def test_paging_cuts_the_one_page_into_pieces(subject: Subject) -> None:
    vectors = random_units(23, seed=4)
    name = loaded(subject, [doc(i, v) for i, v in enumerate(vectors)])
    whole = ids(subject.store.search(name, vectors[4], 23))
    assert len(set(whole)) == 23
    assert pages_of(subject, name, vectors[4], 23, 5) == whole
    assert subject.store.search(name, vectors[0], 5, offset=23) == []
    assert subject.store.search(name, vectors[0], 0) == []


def test_paging_through_equal_scores_never_repeats_or_skips(subject: Subject) -> None:
    tied = unit(np.ones(DIMS))
    order = [11, 3, 14, 0, 8, 5, 12, 1, 9, 6, 13, 2, 10, 4, 7]  # written out of id order
    name = loaded(subject, [doc(i, tied) for i in order])
    pages = [ids(subject.store.search(name, tied, 4, offset=o)) for o in range(0, 15, 4)]
    flat = [i for page in pages for i in page]
    assert len(flat) == len(set(flat)) == 15  # nothing twice, nothing left out
    # Within a page equal scores go by id. Across pages Elasticsearch keeps its own tie order:
    # the kNN top k is chosen in Lucene's order, so sorting by id on the server would make a
    # deeper page repeat photos of an earlier one.
    assert all(page == sorted(page) for page in pages)


def test_a_wrong_dimension_query_is_a_store_error(subject: Subject) -> None:
    name = loaded(subject, [doc(0, random_units(1)[0])])
    with pytest.raises(StoreError) as caught:
        subject.store.search(name, unit(np.ones(DIMS // 2)), 3)
    assert "\n" not in str(caught.value)


def test_searching_a_missing_index_is_index_missing(subject: Subject) -> None:
    absent = subject.spec(dims=16).name
    with pytest.raises(IndexMissing):
        subject.store.search(absent, unit(np.ones(16)), 3)
    with pytest.raises(IndexMissing):
        subject.store.count(absent)
    with pytest.raises(IndexMissing):  # an alias that points nowhere yet
        subject.store.search(subject.spec().alias, unit(np.ones(DIMS)), 3)


# -- filters -------------------------------------------------------------------------------------
def filter_docs() -> list[StoreDoc]:
    """Photos with every kind of metadata, some missing, in two folders, dates on day edges."""
    out = []
    vectors = random_units(48, seed=5)
    for i, v in enumerate(vectors):
        day = f"2024-03-{1 + i % 6:02d}"
        taken = [None, f"{day}T00:00:00", f"{day}T12:30:00", f"{day}T23:59:59"][i % 4]
        folder = (
            "/photos/home" if i % 3 == 0 else ("/photos/home2" if i % 3 == 1 else "/photos/trips")
        )
        located = i % 5 == 0
        out.append(
            doc(
                i,
                v,
                folder=folder,
                taken_at=taken,
                camera=["Canon EOS R6", "Pixel 8", None][i % 3 if i % 2 else (i + 1) % 3],
                lat=48.85 if located else None,
                lon=2.35 if located else None,
            )
        )
    return out


def expected(docs: list[StoreDoc], f: Filters) -> set[str]:
    """What a filter lets through, computed the plain way."""
    lo, hi = date_bounds(f)
    keep = set()
    for d in docs:
        if f.folders and not any(
            p.startswith(folder.rstrip("/") + "/") for p in d.paths for folder in f.folders
        ):
            continue
        taken = datetime.fromisoformat(d.meta.taken_at) if d.meta.taken_at else None
        if (lo or hi) and taken is None:
            continue
        if lo and taken < datetime.fromisoformat(lo):  # type: ignore[operator]
            continue
        if hi and taken > datetime.fromisoformat(hi):  # type: ignore[operator]
            continue
        if f.camera is not None and d.meta.camera != f.camera:
            continue
        if f.has_location is not None and d.meta.has_location != f.has_location:
            continue
        keep.add(d.id)
    return keep


FILTERS = [
    Filters(folders=("/photos/home",)),  # not /photos/home2
    Filters(folders=("/photos/home/",)),
    Filters(folders=("/photos/trips", "/photos/home2")),
    Filters(folders=("/photos/hom",)),  # a prefix of a name is not a folder
    Filters(date_from="2024-03-02"),  # from the first second of the day
    Filters(date_to="2024-03-02"),  # a bare date covers the whole day, 23:59:59 included
    Filters(date_from="2024-03-02", date_to="2024-03-04"),
    Filters(date_from="2024-03-03T12:30:00", date_to="2024-03-03T12:30:00"),  # inclusive
    Filters(camera="Pixel 8"),
    Filters(camera="pixel 8"),  # exact
    Filters(has_location=True),
    Filters(has_location=False),
    Filters(folders=("/photos/trips",), camera="Canon EOS R6", has_location=False),
]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_filters(subject: Subject, filters: Filters) -> None:
    docs = filter_docs()
    name = loaded(subject, docs)
    want = expected(docs, filters)
    assert want or filters in (Filters(folders=("/photos/hom",)), Filters(camera="pixel 8"))
    got = subject.store.search(name, random_units(1, seed=8)[0], 48, filters=filters)
    assert set(ids(got)) == want
    assert [h.score for h in got] == sorted((h.score for h in got), reverse=True)


def test_bare_dates_cover_the_whole_day(subject: Subject) -> None:
    docs = [
        doc(0, random_units(1)[0], taken_at="2024-03-04T23:59:59"),
        doc(1, random_units(1)[0], taken_at="2024-03-05T00:00:00"),
        doc(2, random_units(1)[0], taken_at="2024-03-05T23:59:59"),
        doc(3, random_units(1)[0], taken_at="2024-03-06T00:00:00"),
    ]
    name = loaded(subject, docs)
    q = random_units(1)[0]
    one_day = Filters(date_from="2024-03-05", date_to="2024-03-05")
    assert set(ids(subject.store.search(name, q, 10, filters=one_day))) == {docs[1].id, docs[2].id}


# -- aliases and index lifecycle -----------------------------------------------------------------
def test_activate_moves_the_alias_in_one_step(subject: Subject) -> None:
    store = subject.store
    small, large = subject.spec(8), subject.spec(16)
    assert store.active(small.alias) is None
    for spec in (small, large):
        store.ensure_index(spec)
        vectors = random_units(2 + spec.dims // 8, dims=spec.dims)
        assert store.upsert(spec.name, [doc(i, v) for i, v in enumerate(vectors)]) == []
        store.refresh(spec.name)
    store.activate(small)
    info = store.active(small.alias)
    assert info is not None and (info.name, info.dims, info.count) == (small.name, 8, 3)
    store.activate(large)
    store.activate(large)  # again: nothing changes
    info = store.active(large.alias)
    assert info is not None and (info.name, info.dims, info.count, info.active) == (
        large.name,
        16,
        4,
        True,
    )
    listed = {i.name: (i.dims, i.count, i.active) for i in store.list_indices()}
    assert listed == {small.name: (8, 3, False), large.name: (16, 4, True)}
    assert len(store.search(large.alias, random_units(1, dims=16)[0], 10)) == 4  # via the alias


def test_delete_index_takes_one_exact_name(subject: Subject) -> None:
    store = subject.store
    small, large = subject.spec(8), subject.spec(16)
    for spec in (small, large):
        store.ensure_index(spec)
    for pattern in (f"{subject.prefix}-*", f"{small.name},{large.name}", "_all", ""):
        with pytest.raises(StoreError):
            store.delete_index(pattern)
    assert {i.name for i in store.list_indices()} == {small.name, large.name}
    store.delete_index(small.name)
    store.delete_index(small.name)  # already gone: fine
    assert not store.index_exists(small.name)
    assert [i.name for i in store.list_indices()] == [large.name]
    with pytest.raises(IndexMissing):
        store.search(small.name, unit(np.ones(8)), 1)


def test_scores_stay_finite_and_in_range(subject: Subject) -> None:
    vectors = random_units(12, seed=6)
    name = loaded(subject, [doc(i, v) for i, v in enumerate(vectors)])
    for q in (vectors[0], -vectors[0]):
        for h in subject.store.search(name, q, 12):
            assert math.isfinite(h.score) and 0.0 <= h.score <= 1.0 + 1e-6
