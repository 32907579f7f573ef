"""File names that are not UTF-8: the catalog keeps them, people read them, files open by them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from photoseek.catalog import Catalog, ScanProblem
from photoseek.fspath import (
    clean_text,
    display_path,
    from_db,
    from_wire,
    is_clean,
    to_db,
    to_wire,
)
from photoseek.records import PhotoMeta

BAD = os.fsdecode(b"bad_\xff\xfe.jpg")  # what os.listdir gives for such a name
NAMES = ["plain.jpg", "café.jpg", "cafe\u0301.jpg", "שלום.jpg", "🐈.jpg", BAD, "\udc80x.png"]


def test_clean_names_pass_through_unchanged() -> None:
    for name in ("plain.jpg", "café.jpg", "🐈.jpg", "שלום.jpg"):
        assert is_clean(name)
        assert clean_text(name) == display_path(name) == to_wire(name) == from_wire(name) == name
        assert to_db(name) == name


def test_display_replaces_each_bad_byte() -> None:
    assert display_path(BAD) == "bad_\ufffd\ufffd.jpg"
    assert display_path(os.fsencode(BAD)) == "bad_\ufffd\ufffd.jpg"
    assert display_path(Path(BAD)) == "bad_\ufffd\ufffd.jpg"
    display_path(BAD).encode("utf-8")  # safe for stdout, JSON, Qt
    assert clean_text("red \udcff") == "red \ufffd"


@pytest.mark.parametrize("name", NAMES)
def test_db_and_wire_forms_are_lossless(name: str) -> None:
    assert from_db(to_db(name)) == name
    wire = to_wire(name)
    wire.encode("utf-8")  # valid UTF-8 whatever the name
    json.loads(json.dumps(wire, ensure_ascii=False))
    assert from_wire(wire) == name
    if not is_clean(name):
        assert to_db(name) == os.fsencode(name)  # the raw bytes
        assert "\x00" in wire


def test_wire_form_keeps_prefixes() -> None:
    folder = os.fsdecode(b"/photos/\xe9t\xe9")
    path = folder + "/" + BAD
    assert to_wire(path).startswith(to_wire(folder + "/"))
    assert from_wire(to_wire(path)) == path


def test_catalog_keeps_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder_bytes = os.fsencode(str(tmp_path)) + b"/lib_\xe9"
    os.mkdir(folder_bytes)
    catalog = Catalog(tmp_path / "c.sqlite")
    try:
        folder = catalog.add_folder(os.fsdecode(folder_bytes))
        assert os.fsencode(folder.path) == folder_bytes
        names = [folder.path + "/" + n for n in NAMES]
        catalog.apply_scan(folder.id, 1, [], [(p, 1, 1) for p in names], [])  # no Unicode error
        assert set(catalog.known_files(folder.id)) == set(names)
        assert set(catalog.scan_index(folder.id)) == set(names)
        items = {w.path: w for w in catalog.work_items(3)}
        assert set(items) == set(names) and items[names[5]].folder == folder.path
        bad = items[folder.path + "/" + BAD]
        catalog.record_identified(bad.id, "h1", PhotoMeta(width=1, height=1))
        catalog.mark_indexed([bad.id])
        assert catalog.hash_of_path(bad.path) == "h1"
        assert catalog.docs(["h1"])["h1"].paths == [bad.path]
        catalog.mark_skipped(items[names[0]].id, "broken")
        catalog.set_scan_problems(folder.id, [ScanProblem(folder.path + "/" + BAD + "x", "fifo")])
        assert {p.path for p in catalog.problems()} == {names[0], folder.path + "/" + BAD + "x"}
        assert catalog.remove_files({bad.path: bad.id}) == 1
        assert catalog.remove_folder(folder.path) == []
    finally:
        catalog.close()
