from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoseek.catalog import Catalog, FolderError
from photoseek.catalog.schema import SCHEMA_VERSION
from photoseek.records import PhotoMeta


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    c = Catalog(tmp_path / "catalog.sqlite")
    yield c
    c.close()


def test_wal_mode_and_schema(catalog: Catalog) -> None:
    assert catalog._query("PRAGMA journal_mode")[0][0] == "wal"
    assert catalog._query("PRAGMA user_version")[0][0] == SCHEMA_VERSION


def test_folders_nesting(catalog: Catalog, tmp_path: Path) -> None:
    outer = tmp_path / "photos"
    inner = outer / "2020"
    inner.mkdir(parents=True)
    a = catalog.add_folder(inner)
    catalog.apply_scan(a.id, 1, [], [(str(inner / "x.jpg"), 1, 1)], [])
    with pytest.raises(FolderError, match="does not exist"):
        catalog.add_folder(tmp_path / "nope")
    b = catalog.add_folder(outer)  # the parent absorbs the child and keeps its files
    assert [f.path for f in catalog.folders()] == [str(outer.resolve())]
    assert len(catalog.known_files(b.id)) == 1
    with pytest.raises(FolderError, match="already in the library"):
        catalog.add_folder(inner)
    assert catalog.add_folder(outer) == b  # adding twice is harmless


def test_vectors_round_trip_and_state(catalog: Catalog, tmp_path: Path) -> None:
    f = catalog.add_folder(tmp_path)
    catalog.apply_scan(f.id, 1, [], [(str(tmp_path / "a.jpg"), 10, 5)], [])
    (item,) = catalog.work_items(3)
    catalog.record_identified(item.id, "h1", PhotoMeta(width=4, height=3, camera="X"))
    v = np.random.default_rng(0).standard_normal(1024).astype(np.float32)
    catalog.store_vectors([("h1", v)], "m", [item.id])
    assert catalog.work_items(3) == []
    np.testing.assert_array_equal(catalog.vector("h1", "m"), v)
    assert catalog.cached_hashes(["h1", "h2"], "m") == {"h1"}
    doc = catalog.docs(["h1"])["h1"]
    assert doc.paths == [str(tmp_path / "a.jpg")] and doc.meta.camera == "X"


def test_sync_planning(catalog: Catalog, tmp_path: Path) -> None:
    f = catalog.add_folder(tmp_path)
    catalog.apply_scan(f.id, 1, [], [(str(tmp_path / "a.jpg"), 1, 1)], [])
    (item,) = catalog.work_items(3)
    catalog.record_identified(item.id, "h1", PhotoMeta())
    catalog.store_vectors([("h1", np.ones(4, np.float32))], "m", [item.id])
    catalog.plan_sync("embedded", "idx", "m")
    assert catalog.sync_batch("embedded", "idx", "pending", 10) == ["h1"]
    catalog.set_sync_state("embedded", "idx", ["h1"], "synced")
    catalog.plan_sync("embedded", "idx", "m")
    assert catalog.sync_counts("embedded", "idx") == {"synced": 1}
    # The file disappears: the doc must leave the index.
    assert catalog.remove_unseen(f.id, 2) == 1
    catalog.plan_sync("embedded", "idx", "m")
    assert catalog.sync_batch("embedded", "idx", "delete", 10) == ["h1"]


def test_failed_files_are_retried_a_bounded_number_of_times(
    catalog: Catalog, tmp_path: Path
) -> None:
    f = catalog.add_folder(tmp_path)
    catalog.apply_scan(f.id, 1, [], [(str(tmp_path / "a.jpg"), 1, 1)], [])
    (item,) = catalog.work_items(3)
    for _ in range(3):
        catalog.mark_failed(item.id, "disk hiccup")
    assert catalog.work_items(3) == []
    assert catalog.problems()[0].reason == "disk hiccup"
    assert catalog.retry_failed() == 1
    assert [w.id for w in catalog.work_items(3)] == [item.id]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    c = Catalog(tmp_path / "c.sqlite")
    c._db.execute("PRAGMA user_version=99")
    c.close()
    from photoseek.catalog import CatalogError

    with pytest.raises(CatalogError, match="newer Photoseek"):
        Catalog(tmp_path / "c.sqlite")
