from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoseek.matryoshka import truncate
from photoseek.records import Filters, PhotoMeta
from photoseek.stores.base import IndexMismatch, IndexSpec, StoreDoc
from photoseek.stores.embedded import EmbeddedStore

SPEC = IndexSpec(model="jina-clip-v2", dims=8)


def doc(i: int, v: np.ndarray, **meta: object) -> StoreDoc:
    path = f"/photos/{'a' if i % 2 else 'b'}/p{i}.jpg"
    return StoreDoc(
        id=f"h{i}",
        vector=v,
        paths=[path],
        folders=["/photos"],
        file_name=f"p{i}.jpg",
        size=100 + i,
        meta=PhotoMeta(**meta),  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
    s = EmbeddedStore(tmp_path / "embedded")
    yield s
    s.close()


def test_exact_search_matches_numpy(store: EmbeddedStore) -> None:
    rng = np.random.default_rng(1)
    vectors = truncate(rng.standard_normal((200, 8)), 8)
    store.ensure_index(SPEC)
    assert store.upsert(SPEC.name, [doc(i, vectors[i]) for i in range(200)]) == []
    q = truncate(rng.standard_normal(8), 8)
    hits = store.search(SPEC.name, q, 10)
    expected = np.argsort(-(vectors @ q))[:10]
    assert [h.content_hash for h in hits] == [f"h{i}" for i in expected]
    # Elasticsearch's dot_product score: (1 + dot) / 2
    assert hits[0].score == pytest.approx((1 + float(vectors[expected[0]] @ q)) / 2, rel=1e-5)
    page2 = store.search(SPEC.name, q, 10, offset=10)
    assert [h.content_hash for h in page2] == [f"h{i}" for i in np.argsort(-(vectors @ q))[10:20]]


def test_persistence_update_and_delete(store: EmbeddedStore, tmp_path: Path) -> None:
    store.ensure_index(SPEC)
    e = np.eye(8, dtype=np.float32)
    store.upsert(SPEC.name, [doc(i, e[i]) for i in range(5)])
    store.delete(SPEC.name, ["h1", "h3"])
    store.upsert(SPEC.name, [doc(0, e[7])])  # replace h0's vector
    store.close()
    again = EmbeddedStore(tmp_path / "embedded")
    assert again.count(SPEC.name) == 3
    assert again.search(SPEC.name, e[7], 1)[0].content_hash == "h0"
    assert {h.content_hash for h in again.search(SPEC.name, e[2], 10)} == {"h0", "h2", "h4"}
    again.close()


def test_wrong_dims_are_item_errors(store: EmbeddedStore) -> None:
    store.ensure_index(SPEC)
    errors = store.upsert(SPEC.name, [doc(0, np.ones(4, np.float32)), doc(1, np.eye(8)[0])])
    assert [e.id for e in errors] == ["h0"] and "4 dims" in errors[0].reason
    assert store.count(SPEC.name) == 1


def test_mismatched_existing_index_is_refused(store: EmbeddedStore) -> None:
    store.ensure_index(SPEC)
    with pytest.raises(IndexMismatch):
        store.ensure_index(IndexSpec(model="jina-clip-v2", dims=8, similarity="cosine"))


def test_filters(store: EmbeddedStore) -> None:
    store.ensure_index(SPEC)
    v = truncate(np.ones(8), 8)
    store.upsert(
        SPEC.name,
        [
            doc(1, v, taken_at="2020-01-01T10:00:00", camera="Canon", lat=1.0, lon=2.0),
            doc(2, v, taken_at="2021-06-30T23:00:00", camera="Nikon"),
            doc(3, v),
        ],
    )

    def ids(**kw: object) -> set[str]:
        return {h.content_hash for h in store.search(SPEC.name, v, 10, filters=Filters(**kw))}  # type: ignore[arg-type]

    assert ids() == {"h1", "h2", "h3"}
    assert ids(folders=("/photos/a",)) == {"h1", "h3"}
    assert ids(date_from="2021-01-01") == {"h2"}
    assert ids(date_to="2021-06-30") == {"h1", "h2"}
    assert ids(camera="Nikon") == {"h2"}
    assert ids(has_location=True) == {"h1"}
    assert ids(has_location=False) == {"h2", "h3"}


def test_alias(store: EmbeddedStore) -> None:
    assert store.active("photoseek") is None
    store.ensure_index(SPEC)
    store.activate(SPEC)
    info = store.active("photoseek")
    assert info is not None and info.name == SPEC.name and info.dims == 8
    assert [i.name for i in store.list_indices() if i.active] == [SPEC.name]
