"""SIGKILL at random points of `photoseek index` (seeded), embedding or syncing: the next run
resumes, the catalog passes `PRAGMA integrity_check`, no vector that was kept is asked for
again, and every photo ends up in the index (what a killed bulk request wrote is reconciled)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.config import AppPaths
from photoseek.stores.base import IndexSpec
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.faults.conftest import NO_KEYRING, Tally
from tests.faults.helpers import asked_again, cached, photo_ids

NAME = IndexSpec("jina-clip-v2", 512).name
PHOTOS = 40


@pytest.fixture
def es(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch("9.3.0") as fake:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", fake.url)
        yield fake


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)


def bulk_count(es: FakeElasticsearch) -> int:
    return sum(1 for e in list(es.log) if e.request.path.endswith("/_bulk"))


@pytest.mark.parametrize(
    ("phase", "seed"),
    [("embedding", 1), ("embedding", 2), ("bulk in flight", 3), ("after a bulk", 4)],
)
def test_sigkill_then_resume(
    phase: str,
    seed: int,
    fake_jina: Any,
    es: FakeElasticsearch,
    photos: Any,
    tally: Tally,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rng = random.Random(seed)
    folder = photos(PHOTOS)
    assert main(["config", "set", "batch_size", "4"]) == 0
    assert main(["config", "set", "concurrency", "2"]) == 0
    catalog = AppPaths.default().catalog_file
    in_bulk = threading.Event()
    let_go = threading.Event()

    def hold_the_bulk(request: Any) -> None:  # the server has the bulk, the client waits
        if request.path.endswith("/_bulk") and phase == "bulk in flight":
            in_bulk.set()
            let_go.wait(30)

    es.before_request = hold_the_bulk
    proc = subprocess.Popen(
        [sys.executable, "-m", "photoseek", "index", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **NO_KEYRING},
    )
    try:
        if phase == "embedding":
            point = rng.randint(3, PHOTOS - 8)
            assert fake_jina.wait_for(lambda: len(fake_jina.images_embedded()) >= point, 60)
        elif phase == "bulk in flight":
            assert in_bulk.wait(60)
        else:
            assert fake_jina.wait_for(lambda: bulk_count(es) >= 1, 60)
            done = [e for e in list(es.log) if e.request.path.endswith("/_bulk")]
            fake_jina.wait_for(lambda: done[0].finished > 0, 5 * rng.random())
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        let_go.set()  # a bulk the dead client sent is still applied by the server
    tally.injected()
    assert proc.returncode == -signal.SIGKILL
    kept = cached(catalog)
    before = len(fake_jina.images_embedded())

    es.before_request = None
    capsys.readouterr()
    assert main(["index"]) == 0, capsys.readouterr().err
    tally.survived()
    con = read_only(catalog)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    ids = photo_ids(folder)
    again = fake_jina.images_embedded()[before:]
    twice = asked_again(kept, again, ids)
    tally.duplicates(len(twice))
    assert not twice, "a vector the catalog had kept was asked for again"
    assert kept | {ids[e] for e in again} == set(ids.values())
    assert set(es.docs(NAME)) == set(ids.values())  # nothing stored is lost, nothing extra
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    import json

    st = json.loads(capsys.readouterr().out)
    assert st["searchable"] == PHOTOS and st["sync"] == {"synced": PHOTOS}
    tally.files(indexed=PHOTOS)
