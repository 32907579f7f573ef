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


def problems(catalog: Catalog) -> dict[str, str]:
    return {p.path: p.reason for p in catalog.problems()}


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symlinks")
def test_special_files_and_bad_links_are_listed_with_a_reason(
    catalog: Catalog, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    keep = touch(lib / "a.jpg")
    os.mkfifo(lib / "pipe.jpg")
    (lib / "zero.png").symlink_to("/dev/zero")
    (lib / "dangling.jpg").symlink_to(lib / "nowhere.jpg")
    (lib / "loop.jpg").symlink_to(lib / "loop.jpg")
    os.mkfifo(lib / "not-a-photo")  # no photo name: nothing to say about it
    catalog.add_folder(lib)
    r = run(catalog)
    assert (r.added, r.problems, r.new_problems) == (1, 4, 4)
    assert paths(catalog) == {str(keep)}
    listed = problems(catalog)
    assert listed == {
        str(lib / "pipe.jpg"): "not a photo file: it is a named pipe (FIFO)",
        str(lib / "zero.png"): "not a photo file: it is a device",
        str(lib / "dangling.jpg"): "a symbolic link to something that does not exist",
        str(lib / "loop.jpg"): "a symbolic link loop",
    }
    assert catalog.problem_counts() == {"skipped": 4, "failed": 0}
    r = run(catalog)  # nothing new to say, nothing written
    assert (r.problems, r.new_problems, r.unchanged) == (4, 0, 1)
    (lib / "pipe.jpg").unlink()
    touch(lib / "pipe.jpg", b"now a file")  # a problem that became a photo file
    (lib / "dangling.jpg").unlink()
    r = run(catalog)
    assert r.added == 1 and set(problems(catalog)) == {str(lib / "zero.png"), str(lib / "loop.jpg")}


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_photo_swapped_for_a_fifo_leaves_the_catalog_and_is_listed(
    catalog: Catalog, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    a = touch(lib / "a.jpg")
    catalog.add_folder(lib)
    run(catalog)
    a.unlink()
    os.mkfifo(a)
    r = run(catalog)
    assert r.removed == 1 and paths(catalog) == set()
    assert problems(catalog) == {str(a): "not a photo file: it is a named pipe (FIFO)"}


def test_every_image_name_is_indexed_or_listed(catalog: Catalog, tmp_path: Path) -> None:
    from photoseek.imaging import SUPPORTED_EXTENSIONS

    lib = tmp_path / "lib"
    mpo = touch(lib / "3d.MPO")
    raw = touch(lib / "IMG_1.CR2")
    icon = touch(lib / "favicon.ico")
    psd = touch(lib / "edit.psd")
    touch(lib / "clip.mov")
    touch(lib / "notes.txt", b"\xff\xd8\xff but a text file by its name")
    catalog.add_folder(lib)
    scan(catalog, SUPPORTED_EXTENSIONS, Excluder([], False))
    assert paths(catalog) == {str(mpo)}
    listed = problems(catalog)
    assert set(listed) == {str(raw), str(icon), str(psd)}
    assert "camera raw" in listed[str(raw)] and "icons" in listed[str(icon)]


def test_files_with_an_image_signature_but_no_image_name_are_found(
    catalog: Catalog, tmp_path: Path
) -> None:
    from photoseek.imaging import SUPPORTED_EXTENSIONS

    lib = tmp_path / "lib"
    jpeg = touch(lib / "IMG_0001", b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    png = touch(lib / "download.jpg.part2", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    heic = touch(lib / "photo.bin", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40)
    touch(lib / "movie.bin", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 40)  # a video
    touch(lib / "README", b"just text")
    catalog.add_folder(lib)
    scan(catalog, SUPPORTED_EXTENSIONS, Excluder([], False))
    assert paths(catalog) == {str(jpeg), str(png), str(heic)}
    r = scan(catalog, SUPPORTED_EXTENSIONS, Excluder([], False))
    assert (r.unchanged, r.removed) == (3, 0)


def test_exclusion_globs_match_names_and_relative_paths(tmp_path: Path) -> None:
    ex = Excluder(["@eaDir", "*.tmp", "raw/*", "x*y"], include_hidden=False)
    assert ex.excluded("@eaDir", "sub/@eaDir")
    assert ex.excluded("a.tmp", "deep/a.tmp")
    assert ex.excluded("b.jpg", "raw/b.jpg") and not ex.excluded("b.jpg", "cooked/b.jpg")
    assert ex.excluded("by", "xa/by")  # like fnmatch, "*" spans "/" in a path glob
    assert ex.excluded("xay", "xay") and not ex.excluded("a.jpg", "a.jpg")
    assert ex.excluded(".hidden.jpg", ".hidden.jpg")
    assert not Excluder([], include_hidden=True).excluded(".hidden.jpg", ".hidden.jpg")


def test_non_utf8_names_are_scanned(catalog: Catalog, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    name = os.fsencode(str(lib)) + b"/bad_\xff.jpg"
    with open(name, "wb") as f:
        f.write(b"x")
    catalog.add_folder(lib)
    r = run(catalog)
    assert r.added == 1 and paths(catalog) == {os.fsdecode(name)}
    assert run(catalog).unchanged == 1
