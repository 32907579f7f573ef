from __future__ import annotations

import os
from pathlib import Path

import pytest

from photoseek.catalog import Catalog
from photoseek.scanner import Excluder, scan

EXT = frozenset({".jpg", ".png"})


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    c = Catalog(tmp_path / "catalog.sqlite")
    yield c
    c.close()


def touch(p: Path, data: bytes = b"x") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def run(catalog: Catalog, globs: tuple[str, ...] = (), hidden: bool = False):  # type: ignore[no-untyped-def]
    return scan(catalog, EXT, Excluder(list(globs), hidden))


def paths(catalog: Catalog) -> set[str]:
    return {p for f in catalog.folders() for p in catalog.known_files(f.id)}


def test_incremental_scan(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    a = touch(lib / "a.jpg")
    touch(lib / "sub" / "b.PNG")
    touch(lib / "notes.txt")
    catalog.add_folder(lib)
    r = run(catalog)
    assert (r.added, r.unchanged, r.removed) == (2, 0, 0)
    r = run(catalog)
    assert (r.added, r.changed, r.unchanged) == (0, 0, 2)
    a.write_bytes(b"changed!")
    os.utime(a, ns=(1, 1))
    (lib / "sub" / "b.PNG").unlink()
    r = run(catalog)
    assert (r.changed, r.removed, r.unchanged) == (1, 1, 0)
    assert paths(catalog) == {str(a)}


def test_hidden_and_excluded(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    touch(lib / ".hidden" / "a.jpg")
    touch(lib / ".b.jpg")
    touch(lib / "@eaDir" / "c.jpg")
    touch(lib / "raw" / "d.jpg")
    keep = touch(lib / "e.jpg")
    catalog.add_folder(lib)
    run(catalog, ("@eaDir", "raw/*"))
    assert paths(catalog) == {str(keep)}
    run(catalog, ("@eaDir",), hidden=True)
    assert len(paths(catalog)) == 4


def test_symlink_loops_are_safe(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    touch(lib / "x" / "a.jpg")
    (lib / "x" / "loop").symlink_to(lib, target_is_directory=True)
    (lib / "self").symlink_to(lib / "x", target_is_directory=True)
    catalog.add_folder(lib)
    r = run(catalog)
    assert r.added == 1


def test_missing_folder_is_not_emptied(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    touch(lib / "a.jpg")
    catalog.add_folder(lib)
    run(catalog)
    (lib / "a.jpg").rename(tmp_path / "a.jpg")
    lib.rename(tmp_path / "unplugged")
    r = run(catalog)
    assert r.missing_folders == [str(lib.resolve())] and r.removed == 0
    assert len(paths(catalog)) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_subfolder_keeps_its_files(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    touch(lib / "locked" / "a.jpg")
    catalog.add_folder(lib)
    run(catalog)
    (lib / "locked").chmod(0)
    try:
        r = run(catalog)
    finally:
        (lib / "locked").chmod(0o755)
    assert r.removed == 0 and r.unreadable
