"""What only the embedded store does; the shared behaviour is in tests/stores (the contract)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from photoseek.stores.base import IndexSpec, StoreDoc
from photoseek.stores.embedded import EmbeddedStore

SPEC = IndexSpec(model="jina-clip-v2", dims=8)


def doc(i: int, v: np.ndarray) -> StoreDoc:
    return StoreDoc(
        id=f"h{i}",
        vector=v,
        paths=[f"/photos/p{i}.jpg"],
        folders=["/photos"],
        file_name=f"p{i}.jpg",
        size=100 + i,
    )


def test_everything_survives_a_reopen(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "embedded")
    store.ensure_index(SPEC)
    e = np.eye(8, dtype=np.float32)
    store.upsert(SPEC.name, [doc(i, e[i]) for i in range(5)])
    store.delete(SPEC.name, ["h1", "h3"])
    store.upsert(SPEC.name, [doc(0, e[7])])  # replace h0's vector
    store.activate(SPEC)
    store.close()
    again = EmbeddedStore(tmp_path / "embedded")
    assert again.count(SPEC.name) == 3
    assert again.search(SPEC.name, e[7], 1)[0].content_hash == "h0"
    assert {h.content_hash for h in again.search(SPEC.name, e[2], 10)} == {"h0", "h2", "h4"}
    active = again.active(SPEC.alias)
    assert active is not None and (active.name, active.dims, active.count) == (SPEC.name, 8, 3)
    again.close()
