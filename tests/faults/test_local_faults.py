"""This computer misbehaves: the catalog damaged or from a newer Photoseek, the data, config or
cache folder read-only or full, two indexers at once. Each ends in one line (and an exit code),
never a traceback; a damaged catalog is set aside and rebuilt without model calls; nothing
indexed is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photoseek.config import AppPaths
from tests.faults import disks
from tests.faults.conftest import NO_KEYRING, Tally
from tests.faults.helpers import asked_again, cached, photo_ids

Cli = Callable[..., tuple[str, str]]


def catalog_path() -> Path:
    return AppPaths.default().catalog_file


def integrity_ok(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        con.close()


def searchable(cli: Cli, *store: str) -> int:
    out, _ = cli("search", "red flowers", "-k", "100", "--all", "--json", *store)
    return len(json.loads(out)["results"])


def one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if line.startswith("photoseek: ")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# -- a damaged catalog ----------------------------------------------------------------------------
def _junk(path: Path) -> None:
    with open(path, "r+b") as f:
        f.write(os.urandom(4096))


def _truncated(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _empty(path: Path) -> None:
    os.truncate(path, 0)


def _text(path: Path) -> None:
    path.write_text("this is not a database\n" * 200)


DAMAGE = {"junk": _junk, "truncated": _truncated, "empty": _empty, "text": _text}


@pytest.mark.allow_log(r"photoseek.recovery: The catalog .* is damaged")
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_catalog_is_set_aside_and_rebuilt_from_the_store(
    damage: str, fake_jina: Any, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(scenes=True)
    cli("index", str(folder))
    model_calls = len(fake_jina.image_requests())
    path = catalog_path()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the file
    DAMAGE[damage](path)
    tally.injected()

    _, err = cli("index")  # no folder given: the folders come back from the store too
    tally.survived()
    assert f"The catalog {path} is damaged" in err
    assert "set aside as catalog.sqlite.damaged-" in err
    assert "Recovered 1 library folders and 18 photo vectors" in err
    assert "Indexed 18 (reused 18, embedded 0)" in err
    assert len(fake_jina.image_requests()) == model_calls, "no model call for what the store had"
    aside = [p for p in path.parent.iterdir() if p.name.startswith("catalog.sqlite.damaged-")]
    assert len(aside) == 1  # kept, never deleted
    assert integrity_ok(path)
    assert searchable(cli) == 18
    tally.files(indexed=18)


@pytest.mark.allow_log(r"photoseek.recovery: The catalog .* is damaged")
@pytest.mark.parametrize("version", ["8.15.0", "9.3.0"])
def test_vectors_come_back_from_elasticsearch(
    version: str,
    fake_jina: Any,
    photos: Any,
    cli: Cli,
    tally: Tally,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.fakes.elasticsearch import FakeElasticsearch

    with FakeElasticsearch(version) as es:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", es.url)
        cli("index", str(photos(scenes=True)))
        model_calls = len(fake_jina.image_requests())
        _junk(catalog_path())
        tally.injected()
        _, err = cli("index")
        assert "Recovered 1 library folders and 18 photo vectors" in err
        assert len(fake_jina.image_requests()) == model_calls
        assert searchable(cli) == 18
        fetched = [r.json() for r in es.requests("POST") if r.path.endswith("/_search")]
        sources = [b["_source"] for b in fetched if "sort" in b and b["_source"] is not False]
        # 9.2+ keeps vectors out of _source unless asked; 8.x refuses the key
        assert sources == ([{"exclude_vectors": False}] if version >= "9.2" else [True])
    tally.survived()
    tally.files(indexed=18)


@pytest.mark.allow_log(r"photoseek.recovery: The catalog .* is damaged")
def test_a_catalog_found_damaged_while_in_use_is_rebuilt_at_the_next_start(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally, monkeypatch: pytest.MonkeyPatch
) -> None:
    import photoseek.catalog.health as health

    cli("index", str(photos(scenes=True)))
    path = catalog_path()
    with open(path, "r+b") as f:  # every page but the schema page
        f.seek(4096)
        f.write(os.urandom(path.stat().st_size - 4096))
    monkeypatch.setattr(health, "QUICK_CHECK_MAX_BYTES", 0)  # as for a big catalog
    tally.injected()
    # The first read of a damaged page finds it (opening reads the vector table): the
    # catalog is set aside at once and a new one started; the next run takes the folders
    # and the vectors back from the store.
    out, err = cli("status")
    assert "is damaged (database disk image is malformed). It was set aside as" in out + err
    assert not health.marker(path).exists()  # the damaged file is no longer in the way
    model_calls = len(fake_jina.image_requests())
    _, err = cli("index")
    assert "embedded 0" in err and len(fake_jina.image_requests()) == model_calls
    assert searchable(cli) == 18
    tally.survived()


def test_a_catalog_from_a_newer_photoseek_is_one_line(cli: Cli) -> None:
    path = catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    for verb in (("status",), ("index",), ("search", "red")):
        _, err = cli(*verb, code=2)
        assert "written by a newer Photoseek (schema 99); please update" in one_line(err)
    with sqlite3.connect(path) as db:  # untouched
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99


# -- folders that refuse writes -------------------------------------------------------------------
def test_read_only_data_dir(fake_jina: Any, photos: Any, cli: Cli, tally: Tally) -> None:
    folder = photos(6)
    cli("index", str(folder))
    data = AppPaths.default().data_dir
    tally.injected()
    with disks.read_only(data):
        for verb in (("index",), ("status",), ("search", "red")):
            _, err = cli(*verb, code=3)
            line = one_line(err)
            assert f"make {data} writable, or set PHOTOSEEK_DATA_DIR" in line, line
    assert searchable(cli) == 6  # nothing lost
    tally.survived()
    tally.files(indexed=6)


def test_immutable_catalog(fake_jina: Any, photos: Any, cli: Cli) -> None:
    cli("index", str(photos(4)))
    more = photos(2, name="more")
    with disks.immutable(catalog_path()):
        _, err = cli("index", str(more), code=3)
        assert "cannot be written" in one_line(err)
    _, err = cli("index", str(more))
    assert "Indexed 2" in err


def test_read_only_config_dir(fake_jina: Any, photos: Any, cli: Cli) -> None:
    config = AppPaths.default().config_dir
    cli("config", "set", "batch_size", "4")
    with disks.read_only(config):
        _, err = cli("config", "set", "dims", "256", code=3)
        line = one_line(err)
        assert f"Cannot write in {config}" in line and ".tmp" not in line, line
        _, err = cli("index", str(photos(3)))  # reading the settings is enough to index
    out, _ = cli("config", "get", "dims")
    assert out.strip() == "512"


@pytest.mark.allow_log(r"elastic_transport")
def test_full_data_disk_then_room_again(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(60)
    data = AppPaths.default().data_dir
    with disks.small_disk(data, "700k"):  # fills up after some of the vectors
        tally.injected()
        _, err = cli("index", str(folder), code=3)
        assert f"The disk holding the catalog ({data}) is full" in one_line(err)
        disks.grow(data, "8m")  # the user frees some space
        kept = cached(catalog_path())
        first = len(fake_jina.images_embedded())
        _, err = cli("index")
        tally.survived()
        assert integrity_ok(catalog_path())
        assert searchable(cli) == 60
    ids = photo_ids(folder)
    again = fake_jina.images_embedded()[first:]
    twice = asked_again(kept, again, ids)  # answers lost with the full disk: asked again
    tally.duplicates(len(twice))
    assert kept and not twice and kept | {ids[e] for e in again} == set(ids.values())
    tally.files(indexed=60)


def test_full_or_read_only_cache_dir_is_no_trouble(
    fake_jina: Any, photos: Any, cli_process: Any, tally: Tally
) -> None:
    cache = AppPaths.default().cache_dir
    folder = photos(4)
    with disks.small_disk(cache, "16k"):
        try:
            with open(cache / "filler", "wb") as f:  # fill it to the last byte
                while True:
                    f.write(b"\0" * 4096)
        except OSError:
            pass
        tally.injected()
        done = cli_process("-v", "index", str(folder))
        assert done.code == 0, done.err
        assert "Logging error" not in done.err and "Traceback" not in done.err
    tally.survived()
    tally.files(indexed=4)


def test_thumbnails_on_a_full_cache_disk_are_whole_or_absent(
    photos: Any, tmp_path: Path, tally: Tally
) -> None:
    from photoseek.imaging.thumbnails import ThumbnailCache, is_complete

    folder = photos(30)
    with disks.small_disk(tmp_path / "thumbs", "48k") as where:
        cache = ThumbnailCache(where, sizes=(256, 128))
        refused = 0
        for i, photo in enumerate(sorted(folder.rglob("*.jpg"))):
            try:
                cache.get_or_create(photo, f"{i:032x}", 256)
            except OSError:
                refused += 1
        tally.injected(refused)
        files = [p for p in where.rglob("*") if p.is_file()]
        assert refused and files  # it filled up part-way
        assert all(is_complete(p) for p in files), "a truncated thumbnail was left in the cache"
        assert not [p for p in files if p.name.startswith(".tmp-")]


# -- two indexers on one library ------------------------------------------------------------------
def test_a_second_indexer_says_so_in_one_line(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(12)
    fake_jina.hold()
    first = subprocess.Popen(
        [sys.executable, "-m", "photoseek", "index", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **NO_KEYRING},
    )
    try:
        assert fake_jina.wait_for(lambda: fake_jina.waiting >= 1, 30)  # it holds the lock
        tally.injected()
        _, err = cli("index", code=1)
        assert one_line(err) == (
            "photoseek: Another Photoseek window or command is indexing this library; wait for "
            "it to finish."
        )
    finally:
        fake_jina.release()
        _, first_err = first.communicate(timeout=60)
    assert first.returncode == 0, first_err
    tally.survived(2)
    assert searchable(cli) == 12
    tally.files(indexed=12)
