"""A writer killed with SIGKILL at any point of an upsert, a delete or a compaction leaves the
embedded index as it was before the write or as it is after it: never corrupt, nothing lost,
nothing that was not written. Each case runs the write in a subprocess that kills itself at
one precise point, then reopens the index here."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from photoseek.records import Filters
from photoseek.stores.base import StoreDoc
from photoseek.stores.embedded import EmbeddedStore
from photoseek.stores.embedded_index import COMPACT_MIN_HOLES
from tests.stores.test_embedded_format import SPEC, brute_force, random_docs, units

ROOT = Path(__file__).resolve().parents[2]

# The write the child makes, and where it dies. `kill()` is SIGKILL on itself.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from photoseek.stores import embedded_index, embedded_files
    from photoseek.stores.embedded import EmbeddedStore
    from tests.stores.test_embedded_crash import planned_write

    folder, point = Path(sys.argv[1]), sys.argv[2]
    def kill(*_a, **_k):
        os.kill(os.getpid(), signal.SIGKILL)

    fsyncs = {"count": 0}
    real_fsync = os.fsync
    def counting_fsync(fd):
        real_fsync(fd)
        fsyncs["count"] += 1
        if point == f"after-fsync-{fsyncs['count']}":
            kill()
    embedded_files.os.fsync = counting_fsync

    real_set_meta = embedded_index.EmbeddedIndex._set_meta
    compacted = []
    def set_meta(self, **values):
        stamp = real_set_meta(self, **values)
        compacting = "generation" in values
        compacted.append(compacting)
        if point == ("compact-before-commit" if compacting else "before-commit"):
            kill()
        return stamp
    embedded_index.EmbeddedIndex._set_meta = set_meta

    real_remove_stale = embedded_index.EmbeddedIndex._remove_stale
    def remove_stale(self):
        if point == "compact-after-commit" and any(compacted):
            kill()
        real_remove_stale(self)
    embedded_index.EmbeddedIndex._remove_stale = remove_stale

    if point == "after-commit":
        embedded_index.EmbeddedIndex._maybe_compact = kill

    store = EmbeddedStore(folder)
    planned_write(store, sys.argv[3])
    sys.exit(3)  # the kill did not happen
    """
)

N = COMPACT_MIN_HOLES * 2


def before_docs() -> list[StoreDoc]:
    return random_docs(N, seed=21)


def planned_write(store: EmbeddedStore, kind: str) -> None:
    """The write under test: `upsert` replaces 100 photos and adds 100; `compact` deletes
    enough photos that the delete compacts the index."""
    if kind == "upsert":
        store.upsert(SPEC.name, after_docs(kind)[:100] + after_docs(kind)[-100:])
    else:
        store.delete(SPEC.name, [d.id for d in before_docs()[: N // 2]])


def after_docs(kind: str) -> list[StoreDoc]:
    docs = before_docs()
    if kind == "compact":
        return docs[N // 2 :]
    replaced = [
        StoreDoc(d.id, units(1, 500 + i)[0], [f"/new/{i}.jpg"], d.folders, f"{i}.jpg", 1, d.meta)
        for i, d in enumerate(docs[:100])
    ]
    added = random_docs(100, seed=22)
    return replaced + docs[100:] + added


def state_of(store: EmbeddedStore, docs: list[StoreDoc]) -> bool:
    """Does the index hold exactly these photos (count, answers, metadata)?"""
    if store.count(SPEC.name) != len(docs):
        return False
    for seed, f in (
        (31, Filters()),
        (32, Filters(folders=("/new",))),
        (33, Filters(camera="Pixel 8")),
    ):
        q = units(1, seed)[0]
        got = store.search(SPEC.name, q, 30, filters=f)
        want = brute_force(docs, q, f)[:30]
        if [(h.content_hash, round(h.score, 6)) for h in got] != [
            (i, round((1 + s) / 2, 6)) for i, s in want
        ]:
            return False
        by_id = {d.id: d for d in docs}
        if any(h.paths != tuple(by_id[h.content_hash].paths) for h in got):
            return False
    return True


@pytest.mark.parametrize(
    ("kind", "point", "lands"),
    [
        ("upsert", "after-fsync-1", False),  # the float32 vectors written, nothing else
        ("upsert", "after-fsync-3", False),  # three of the four row files
        ("upsert", "after-fsync-4", False),  # every row file, before the SQLite commit
        ("upsert", "before-commit", False),  # every SQL statement run, no COMMIT
        ("upsert", "after-commit", True),
        (
            "compact",
            "after-fsync-2",
            True,
        ),  # the delete committed, the next generation half written
        ("compact", "compact-before-commit", True),  # the delete committed, not the compaction
        ("compact", "compact-after-commit", True),  # switched, the old files still there
    ],
)
def test_a_writer_killed_mid_write_leaves_the_old_or_the_new_state(
    tmp_path: Path, kind: str, point: str, lands: bool
) -> None:
    folder = tmp_path / "embedded"
    store = EmbeddedStore(folder)
    store.ensure_index(SPEC)
    assert store.upsert(SPEC.name, before_docs()) == []
    store.close()

    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), point, kind],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]

    index_db = folder / SPEC.name / "index.sqlite"
    db = sqlite3.connect(index_db)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    again = EmbeddedStore(folder)
    expected = after_docs(kind) if lands else before_docs()
    assert state_of(again, expected)
    # The index keeps working: a write after the crash lands on top of what is there.
    extra = random_docs(10, seed=40)
    assert again.upsert(SPEC.name, extra) == []
    assert state_of(again, expected + extra)
    again.close()
    reopened = EmbeddedStore(folder)
    assert state_of(reopened, expected + extra)
    reopened.close()
    if kind == "compact" and lands:
        generations = {
            p.name.split("-")[1].split(".")[0] for p in (folder / SPEC.name).glob("codes-*")
        }
        assert generations == {"1"}  # a reopen removes what the killed compaction left
