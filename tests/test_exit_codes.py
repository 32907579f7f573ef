"""Every verb, every class of error: the exit code the README promises and one line saying why.

0 ok, 1 stopped or partial, 2 bad input or configuration, 3 service or connection error.
"""

from __future__ import annotations

import io
import socket
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.config import AppPaths
from tests.fakes.elasticsearch import FakeElasticsearch


@dataclass
class World:
    """What a row's set-up can use."""

    tmp: Path
    photos: Path
    fake_jina: Any
    monkeypatch: pytest.MonkeyPatch
    es: FakeElasticsearch | None = None

    def indexed(self) -> None:
        assert main(["index", str(self.photos)]) == 0

    def no_key(self) -> None:
        self.monkeypatch.delenv("JINA_API_KEY")

    def cluster(self) -> None:
        self.es = FakeElasticsearch("9.3.0").start()
        self.monkeypatch.setenv("PHOTOSEEK_ES_URL", self.es.url)

    def cluster_down(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.monkeypatch.setenv("PHOTOSEEK_ES_URL", f"http://127.0.0.1:{port}")

    def file(self, name: str, data: bytes) -> str:
        p = self.tmp / name
        p.write_bytes(data)
        return str(p)


def _newer_catalog(w: World) -> None:
    path = AppPaths.default().catalog_file
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")


def _lock_held(w: World) -> None:
    from photoseek.indexing.lock import IndexLock

    lock = IndexLock(AppPaths.default().data_dir / "indexing.lock").__enter__()
    w.monkeypatch.setattr(w, "lock", lock, raising=False)


def _refusing_cluster(w: World) -> None:
    w.cluster()
    assert w.es is not None
    w.es.refuse_documents(2)


def _stdin(text: str) -> Callable[[World], None]:
    def setup(w: World) -> None:
        w.monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return setup


def _both(*steps: Callable[[World], None]) -> Callable[[World], None]:
    def setup(w: World) -> None:
        for step in steps:
            step(w)

    return setup


def _nothing(w: World) -> None:
    pass


INDEXED = World.indexed
LONG = "red flowers " * 2000
# (id, set-up, argv (with {photos}, {tmp} filled in), exit code, words of the one-line reason)
ROWS: list[tuple[str, Callable[[World], None], list[str], int, str]] = [
    # 0: ok
    ("index", _nothing, ["index", "{photos}"], 0, ""),
    ("search", INDEXED, ["search", "red flowers"], 0, ""),
    ("similar", INDEXED, ["similar", "{photos}/red/img_red_0.jpg"], 0, ""),
    ("status", _nothing, ["status"], 0, ""),
    ("duplicates", INDEXED, ["duplicates", "--json"], 0, ""),
    ("folders add", _nothing, ["folders", "add", "{photos}"], 0, ""),
    ("config get", _nothing, ["config", "get", "dims"], 0, ""),
    ("es check", World.cluster, ["es", "check"], 0, ""),
    # 1: stopped or partial
    ("store refuses some", _refusing_cluster, ["index", "{photos}"], 1, "refused 2 photos"),
    ("another indexer", _lock_held, ["index", "{photos}"], 1, "Another Photoseek"),
    # 2: bad input or configuration
    ("empty query", INDEXED, ["search", "   "], 2, "Type something"),
    ("huge query", INDEXED, ["search", LONG], 2, "characters long"),
    ("k out of range", INDEXED, ["search", "red", "-k", "0"], 2, "-k must be"),
    ("duplicates distance", INDEXED, ["duplicates", "--max-distance", "5"], 2, "--max-distance"),
    ("bad date", INDEXED, ["search", "red", "--from", "yesterday"], 2, "not a date"),
    ("nothing indexed", _nothing, ["search", "red"], 2, "Nothing is indexed yet"),
    ("similar, nothing indexed", _nothing, ["similar", "{tmp}/x.jpg"], 2, "Nothing is indexed"),
    ("similar missing file", INDEXED, ["similar", "{tmp}/gone.jpg"], 2, "does not exist"),
    ("similar of a folder", INDEXED, ["similar", "{photos}"], 2, "is a folder"),
    ("similar not an image", INDEXED, ["similar", "{tmp}/notes.jpg"], 2, "Cannot use this image"),
    ("search, no key", _both(INDEXED, World.no_key), ["search", "red"], 2, "No Jina API key"),
    ("index, no key", World.no_key, ["index", "{photos}"], 2, "No Jina API key"),
    ("missing folder", _nothing, ["index", "{tmp}/nope"], 2, "does not exist"),
    ("no folders", _nothing, ["index"], 2, "No library folders"),
    ("watch, no folders", _nothing, ["watch"], 2, "No library folders"),
    ("watch, bad settle", _nothing, ["watch", "--settle", "-1"], 2, "--settle must be"),
    ("bad setting", _nothing, ["config", "set", "dims", "5000"], 2, "between 64 and 1024"),
    ("unknown setting", _nothing, ["config", "set", "nope.nope", "1"], 2, "nope"),
    ("empty secret", _stdin("\n"), ["secret", "set", "jina"], 2, "nothing entered"),
    ("no such index", _nothing, ["indices", "remove", "nope", "--yes"], 2, "no index named"),
    ("not a library folder", _nothing, ["folders", "remove", "{tmp}"], 2, "not a library"),
    ("es check, no cluster", _nothing, ["es", "check"], 2, "No Elasticsearch URL"),
    ("es store, no url", _nothing, ["search", "red", "--store", "elasticsearch"], 2, "No Elastic"),
    ("newer catalog", _newer_catalog, ["status"], 2, "newer Photoseek"),
    # 3: service or connection
    ("cluster down: search", World.cluster_down, ["search", "red"], 3, "Cannot reach"),
    ("cluster down: index", World.cluster_down, ["index", "{photos}"], 3, "Cannot reach"),
    ("cluster down: check", World.cluster_down, ["es", "check"], 3, "Cannot reach"),
    ("key rejected", _stdin(""), ["index", "{photos}"], 3, "rejected the API key"),
]


@pytest.fixture
def world(fake_jina: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    from tests.synthetic import make_photos

    make_photos(tmp_path / "photos", per_scene=1)
    w = World(tmp_path, tmp_path / "photos", fake_jina, monkeypatch)
    (tmp_path / "notes.jpg").write_text("not a picture at all\n")
    yield w
    if w.es is not None:
        w.es.stop()
    lock = getattr(w, "lock", None)
    if lock is not None:
        lock.__exit__(None, None, None)


@pytest.mark.parametrize(("setup", "argv", "code", "reason"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])  # fmt: skip
def test_exit_code(
    world: World,
    setup: Callable[[World], None],
    argv: list[str],
    code: int,
    reason: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if reason == "rejected the API key":
        monkeypatch.setenv("JINA_API_KEY", "jina_wrong")
    setup(world)
    args = [a.format(photos=world.photos, tmp=world.tmp) for a in argv]
    capsys.readouterr()
    got = main(args)
    out = capsys.readouterr()
    assert got == code, (args[:3], out.out[-500:], out.err[-500:])
    assert "Traceback" not in out.err
    if argv[0] == "es" and code:  # the check's findings: one line each, the problems marked
        assert any(line.startswith("X ") and reason in line for line in out.out.splitlines())
    elif code >= 2:
        last = out.err.strip().splitlines()[-1]
        assert last.startswith("photoseek: ") and reason in last, out.err
        assert len(last) < 400, "an error line never echoes unbounded input"
    elif reason:
        assert reason in out.err


def test_every_verb_is_in_the_table() -> None:
    from photoseek.cli.main import COMMANDS, build_parser

    build_parser()
    covered = {argv[0] for _, _, argv, _, _ in ROWS}
    untested = set(COMMANDS) - covered - {"reindex", "model"}  # reindex = index --no-scan;
    assert not untested, untested  # model has its own table in test_cli_model.py
