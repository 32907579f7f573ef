"""Writes that fail half-way (a full disk) leave nothing half-written behind, and the log that
cannot be written stops quietly. ENOSPC is simulated here (`os.write` refusing part-way), so
these run anywhere; tests/faults/ repeats the cases on a real full tmpfs where it may mount."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest
from PIL import Image

from photoseek.config import AppPaths
from photoseek.imaging import thumbnails
from photoseek.imaging.thumbnails import ThumbnailCache
from photoseek.logs import SHOWN, OneLineFormatter, QuietFileHandler, ours, setup_logging
from tests.faults.helpers import asked_again, cached, photo_ids

HASH = "ab" * 16


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    p = tmp_path / "photo.jpg"
    Image.new("RGB", (800, 600), (200, 30, 40)).save(p, quality=90)
    return p


def leftovers(cache_dir: Path) -> list[Path]:
    return [p for p in cache_dir.rglob("*") if p.is_file()]


def test_a_full_disk_leaves_no_truncated_thumbnail(
    photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    real_write = os.write

    def half_then_full(fd: int, data: bytes | memoryview) -> int:
        if len(data) > 64:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(thumbnails.os, "write", half_then_full)
    with pytest.raises(OSError, match="No space left"):
        cache.get_or_create(photo, HASH, 256)
    assert leftovers(tmp_path / "thumbs") == []  # neither the target nor a temporary file

    monkeypatch.setattr(thumbnails.os, "write", lambda fd, data: 0)  # a write that takes nothing
    with pytest.raises(OSError):
        cache.get_or_create(photo, HASH, 256)
    assert leftovers(tmp_path / "thumbs") == []

    monkeypatch.setattr(thumbnails.os, "write", real_write)  # room again
    made = cache.get_or_create(photo, HASH, 256)
    with Image.open(made) as im:
        im.load()
        assert max(im.size) == 256


def test_a_short_write_is_caught_before_the_rename(
    photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system that says it wrote everything but keeps less (a quota, a network share)."""
    cache = ThumbnailCache(tmp_path / "thumbs")
    real_write = os.write

    def lying(fd: int, data: bytes | memoryview) -> int:
        real_write(fd, bytes(data[: len(data) - 100]))
        return len(data)

    monkeypatch.setattr(thumbnails.os, "write", lying)
    with pytest.raises(OSError, match="short on disk"):
        cache.get_or_create(photo, HASH, 256)
    assert leftovers(tmp_path / "thumbs") == []


def test_a_truncated_thumbnail_already_in_the_cache_is_made_again(
    photo: Path, tmp_path: Path
) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    target = cache.path_for(HASH, 256)
    target.parent.mkdir(parents=True)
    good = cache.get_or_create(photo, HASH, 256).read_bytes()
    target.write_bytes(good[: len(good) // 3])  # what an older version could leave
    assert cache.get_or_create(photo, HASH, 256).read_bytes() == good


class FullDisk:
    """A log stream on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


def test_a_full_log_disk_prints_no_logging_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = QuietFileHandler(tmp_path / "photoseek.log", maxBytes=1000, backupCount=1)
    handler.stream.close()
    handler.stream = FullDisk()  # type: ignore[assignment]
    record = logging.LogRecord("photoseek.x", logging.INFO, __file__, 1, "hello", None, None)
    for _ in range(3):
        handler.handle(record)
    assert handler.broken
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err


def test_the_terminal_gets_photoseeks_lines_only() -> None:
    def rec(name: str, level: int = logging.WARNING, **extra: object) -> logging.LogRecord:
        r = logging.LogRecord(name, level, __file__, 1, "a\nmulti-line  message", None, None)
        r.__dict__.update(extra)
        return r

    assert ours(rec("photoseek.stores.elastic"))
    assert not ours(rec("elastic_transport.transport"))
    assert not ours(rec("PIL.TiffImagePlugin"))
    assert not ours(rec("py.warnings"))
    assert not ours(rec("photoseek.recovery", **SHOWN))  # already told another way
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        r = rec("photoseek.x")
        r.exc_info = sys.exc_info()
    line = OneLineFormatter().format(r)
    assert line == "WARNING photoseek.x: a multi-line message"


def test_setup_logging_survives_a_read_only_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = logging.getLogger()
    before = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "elastic_transport")}
    paths = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "k")
    (tmp_path / "k").write_text("a file where the cache dir should be")
    try:
        setup_logging(paths, stderr=False)  # no file handler, no exception
        assert not any(isinstance(h, QuietFileHandler) for h in root.handlers)
    finally:
        for h in root.handlers[:]:
            if h not in before[0]:
                root.removeHandler(h)
        root.setLevel(before[1])
        for name, level in quiet.items():  # setup_logging sets them for the whole process
            logging.getLogger(name).setLevel(level)
        logging.captureWarnings(False)


def test_a_full_catalog_disk_is_one_line_then_resumes(
    fake_jina: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The catalog's disk fills after the first batches of vectors: the error is SQLite's own
    SQLITE_FULL ("database or disk is full", made by a database told not to grow)."""
    import sqlite3

    from photoseek.catalog.catalog import Catalog
    from photoseek.cli.main import main
    from tests.synthetic import make_many

    folder = tmp_path / "photos"
    make_many(folder, 40)

    def full() -> sqlite3.Error:
        db = sqlite3.connect(":memory:")
        db.execute("PRAGMA max_page_count=2")
        try:
            db.execute("CREATE TABLE t(x)")
            db.execute("INSERT INTO t VALUES(zeroblob(100000))")
        except sqlite3.Error as exc:
            return exc
        raise AssertionError("SQLite grew past max_page_count")

    original = Catalog.store_vectors
    calls = {"n": 0}

    def filling_up(self: Catalog, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] > 1:  # the first batch fits; then the disk is full
            raise full()
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Catalog, "store_vectors", filling_up)
    assert main(["index", str(folder)]) == 3
    err = capsys.readouterr().err
    data = AppPaths.default().data_dir
    assert err.strip().splitlines()[-1] == (
        f"photoseek: The disk holding the catalog ({data}) is full: free some space and run "
        "again (nothing done so far is lost)."
    )
    monkeypatch.setattr(Catalog, "store_vectors", original)
    kept = cached(AppPaths.default().catalog_file)
    first = len(fake_jina.images_embedded())  # type: ignore[attr-defined]
    assert main(["index"]) == 0
    assert "Indexed" in capsys.readouterr().err
    ids = photo_ids(folder)
    again = fake_jina.images_embedded()[first:]  # type: ignore[attr-defined]
    assert kept and not asked_again(kept, again, ids), "a kept vector was asked for again"
    assert kept | {ids[e] for e in again} == set(ids.values())  # the lost ones are asked again
