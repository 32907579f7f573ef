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


def test_a_version_1_catalog_gets_the_vector_key_index(tmp_path: Path) -> None:
    """Its vectors stay; questions about which exist are answered from the new index (the
    queries name it with INDEXED BY, so they fail where it is missing)."""
    import sqlite3

    import numpy as np

    from photoseek.catalog.schema import MIGRATIONS

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    v = np.arange(1024, dtype="<f4")
    db.execute(
        "INSERT INTO vectors(hash, model, dims, vector, created_at) VALUES(?, ?, ?, ?, 0)",
        ("h1", "jina-clip-v2", 1024, v.tobytes()),
    )
    db.commit()
    db.close()
    c = Catalog(path)
    assert c._query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    assert c.has_vector("h1", "jina-clip-v2") and not c.has_vector("h1", "other")
    assert c.cached_hashes(["h1", "h2"], "jina-clip-v2") == {"h1"}
    assert c.vector_count("jina-clip-v2") == 1
    assert np.array_equal(c.vector("h1", "jina-clip-v2"), v)  # type: ignore[arg-type]
    c.close()


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


def test_a_catalog_from_before_vector_sources_keeps_its_vectors(tmp_path: Path) -> None:
    """Schema 1 → 2 adds the source column; old vectors count as the Jina API's."""
    import sqlite3

    from photoseek.catalog.schema import MIGRATIONS

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO vectors(hash, model, dims, vector, created_at) VALUES('h', 'm', 4, ?, 0)",
        (np.ones(4, "<f4").tobytes(),),
    )
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    c = Catalog(path)
    try:
        assert c.vector("h", "m") is not None
        assert c.vector_sources("m") == {"jina-api": 1}
        c.store_vectors([("h2", np.ones(4, np.float32))], "m", [], "local:int8")
        assert c.vector_sources("m") == {"jina-api": 1, "local:int8": 1}
    finally:
        c.close()


def test_work_items_include_photos_without_this_models_vector(
    catalog: Catalog, tmp_path: Path
) -> None:
    folder = catalog.add_folder(tmp_path)
    catalog.apply_scan(folder.id, 1, [], [(str(tmp_path / "a.jpg"), 1, 1)], [])
    item = catalog.work_items(3)[0]
    catalog.record_identified(item.id, "h1", PhotoMeta())
    catalog.store_vectors([("h1", np.ones(4, np.float32))], "clip", [item.id])
    assert catalog.work_items(3, "clip") == [] and catalog.missing_vectors("clip") == 0
    assert [w.id for w in catalog.work_items(3, "v5")] == [item.id]
    assert catalog.missing_vectors("v5") == 1
