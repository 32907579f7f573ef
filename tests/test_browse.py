"""Browsing from the catalog: the timeline, facets, and the words of names kept up to date by
triggers (FTS5) whatever writes the files table."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoseek.catalog import Catalog
from photoseek.catalog.photo_queries import PhotoQueries, folder_bounds, fts_query
from photoseek.records import Filters, PhotoMeta
from photoseek.search.browse import facets, month_groups, month_range
from photoseek.search.resolve import resolve_folders


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    c = Catalog(tmp_path / "catalog.sqlite")
    yield c
    c.close()


def add(catalog: Catalog, root: Path, rel: str, h: str, meta: PhotoMeta) -> int:
    folder = next(f for f in catalog.folders() if f.path == str(root))
    catalog.apply_scan(folder.id, 1, [], [(str(root / rel), 10, 1)], [])
    fid = catalog.known_files(folder.id)[str(root / rel)].id
    catalog.record_identified(fid, h, meta)
    catalog.mark_indexed([fid])
    return fid


@pytest.fixture
def library(catalog: Catalog, tmp_path: Path) -> Path:
    root = tmp_path / "Pictures"
    (root / "Paris 2019").mkdir(parents=True)
    catalog.add_folder(root)
    add(catalog, root, "Paris 2019/IMG_2041.jpg", "a", PhotoMeta(taken_at="2019-06-01T10:00:00",
        camera="Canon EOS 40D", lat=48.8, lon=2.3))  # fmt: skip
    add(catalog, root, "Paris 2019/IMG_2042.jpg", "b", PhotoMeta(taken_at="2019-06-02T10:00:00"))
    add(catalog, root, "beach.jpg", "c", PhotoMeta(taken_at="2021-08-01T10:00:00"))
    add(catalog, root, "scan.png", "d", PhotoMeta())
    return root


def test_timeline_newest_first_unknown_dates_last(catalog: Catalog, library: Path) -> None:
    q = PhotoQueries(catalog)
    rows = q.timeline(Filters(), 10)
    assert [r.content_hash for r in rows] == ["c", "b", "a", "d"]
    assert [r.content_hash for r in q.timeline(Filters(), 2, 2)] == ["a", "d"]
    assert [r.content_hash for r in q.timeline(Filters(), 10, newest_first=False)] == [
        "a", "b", "c", "d"
    ]  # fmt: skip
    assert month_groups(rows) == [("2021-08", 0, 1), ("2019-06", 1, 2), ("", 3, 1)]
    assert q.count(Filters(date_from="2019-06-02", date_to="2019-12-31")) == 1
    assert (
        q.count(Filters(has_location=True)) == 1 and q.count(Filters(camera="Canon EOS 40D")) == 1
    )
    assert q.count(Filters(folders=(str(library / "Paris 2019"),))) == 2
    assert (
        q.count(Filters(folders=(str(library / "Paris"),))) == 0
    )  # a prefix of a name is not a folder


def test_words_of_names_and_folders(catalog: Catalog, library: Path) -> None:
    q = PhotoQueries(catalog)
    assert q.by_words(["img", "2041"], Filters()) == ["a"]
    assert sorted(q.by_words(["paris", "2019"], Filters())) == ["a", "b"]
    assert q.by_words(["pictures"], Filters()) != []  # the library folder's own name counts
    assert q.by_words([str(library.parent.name).lower()], Filters()) == []  # but not above it
    assert q.by_words(["canon"], Filters()) == ["a"]
    assert q.by_words(['quo"te'], Filters()) == []  # quoted, never an FTS5 syntax error
    assert fts_query(["a", 'b"c']) == '"a" "b""c"'
    # A rename through the catalog is seen at once (the triggers keep the words up to date).
    with catalog.transaction() as db:
        db.execute("UPDATE files SET path=? WHERE path=?",
                   (str(library / "Roma 2020.jpg"), str(library / "beach.jpg")))  # fmt: skip
    assert q.by_words(["roma"], Filters()) == ["c"] and q.by_words(["beach"], Filters()) == []
    catalog.remove_folder(library)
    assert q.by_words(["paris"], Filters()) == []


def test_facets_and_folder_names(catalog: Catalog, library: Path) -> None:
    f = facets(catalog)
    assert f.total == 4 and f.located == 1
    assert f.months == [("2019-06", 2), ("2021-08", 1), (None, 1)]
    assert f.cameras == [("Canon EOS 40D", 1)]
    [root] = f.folders
    assert (root.name, root.count) == ("Pictures", 4)
    assert [(c.name, c.count) for c in root.children] == [("Paris 2019", 2)]
    q = PhotoQueries(catalog)
    assert resolve_folders(q, ("paris 2019",)) == ((str(library / "Paris 2019"),), "")
    assert resolve_folders(q, ("paris",))[0] == (str(library / "Paris 2019"),)  # part of a name
    assert "No folder" in resolve_folders(q, ("rome",))[1]
    assert month_range(["2019-06", "2020-02"]) == ("2019-06-01", "2020-02-29")
    lo, hi = folder_bounds("/a/b/")
    assert lo <= "/a/b/x.jpg" < hi and not lo <= "/a/bc/x.jpg" < hi
