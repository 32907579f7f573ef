"""The catalog's vector cache in float32 files: the same API, blobs of older catalogs moved on
open, and a writer killed at any point of `store_vectors` never leaves a file marked indexed
without its vector (nor a vector nothing names)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from photoseek.catalog import Catalog
from photoseek.catalog.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[1]
MODEL = "jina-clip-v2"


def vecs(n: int, seed: int, dims: int = 1024) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dims)).astype(np.float32)


def with_files(catalog: Catalog, folder: Path, n: int) -> list[int]:
    folder.mkdir(exist_ok=True)
    f = catalog.add_folder(folder)
    catalog.apply_scan(
        f.id,
        catalog.next_scan_generation(),
        [],
        [(f"{f.path}/{i}.jpg", 1, i) for i in range(n)],
        [],
    )
    return [w.id for w in catalog.work_items(3)]


def test_vectors_round_trip_through_the_files(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite")
    ids = with_files(catalog, tmp_path / "photos", 40)
    a, b = vecs(30, 1), vecs(10, 2, dims=512)
    catalog.store_vectors([(f"h{i}", v) for i, v in enumerate(a[:20])], MODEL, ids[:20])
    catalog.store_vectors([(f"h{i}", v) for i, v in enumerate(a[20:], 20)], MODEL, ids[20:30])
    catalog.store_vectors([(f"h{i}", v) for i, v in enumerate(b)], "other-model", ids[30:])
    assert (tmp_path / "catalog-vectors" / f"{MODEL}-1024.f32").stat().st_size == 30 * 4096
    assert np.array_equal(catalog.vector("h25", MODEL), a[25])  # type: ignore[arg-type]
    assert np.array_equal(catalog.vector("h5", "other-model"), b[5])  # type: ignore[arg-type]
    assert catalog.vector("h35", MODEL) is None
    got = catalog.vectors([f"h{i}" for i in (29, 3, 17, 99)], MODEL)
    assert sorted(got) == ["h17", "h29", "h3"]
    assert all(np.array_equal(got[f"h{i}"], a[i]) for i in (29, 3, 17))
    assert catalog.has_vector("h0", MODEL) and not catalog.has_vector("h0", "third")
    assert catalog.cached_hashes(["h1", "h31", "zz"], MODEL) == {"h1"}
    assert catalog.vector_count(MODEL) == 30 and catalog.vector_count("other-model") == 10
    assert catalog.state_counts() == {"indexed": 40}
    reader = Catalog(tmp_path / "catalog.sqlite")  # another process's view
    assert np.array_equal(reader.vector("h12", MODEL), a[12])  # type: ignore[arg-type]
    reader.close()
    catalog.close()


def test_blobs_of_an_older_catalog_are_moved_and_their_space_given_back(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    db = sqlite3.connect(path)
    db.executescript(";\n".join([MIGRATIONS[0], MIGRATIONS[1], "PRAGMA user_version=2;"]))
    old = vecs(5000, 3)  # more than one move batch
    db.executemany(
        "INSERT INTO vectors(hash, model, dims, vector, created_at) VALUES(?, ?, 1024, ?, 0)",
        [(f"h{i}", MODEL if i % 5 else "other", v.tobytes()) for i, v in enumerate(old)],
    )
    db.commit()
    db.close()
    before = path.stat().st_size
    catalog = Catalog(path)
    assert catalog._query("SELECT COUNT(*) FROM vectors WHERE row IS NULL")[0][0] == 0
    assert catalog._query("SELECT MAX(LENGTH(vector)) FROM vectors")[0][0] == 0
    assert path.stat().st_size < before / 10
    got = catalog.vectors([f"h{i}" for i in range(5000)], MODEL)
    assert len(got) == 4000 and all(np.array_equal(got[f"h{i}"], old[i]) for i in range(1, 5000, 5))
    assert np.array_equal(catalog.vector("h10", "other"), old[10])  # type: ignore[arg-type]
    catalog.close()


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import numpy as np
    from photoseek.catalog import catalog as catalog_module, vector_file
    from photoseek.catalog import Catalog

    path, point = Path(sys.argv[1]), sys.argv[2]
    def kill(*_a, **_k):
        os.kill(os.getpid(), signal.SIGKILL)

    real_write = vector_file.VectorFile.write
    def write(self, start, vectors):
        real_write(self, start, vectors)
        if point == "after-file":
            kill()
    vector_file.VectorFile.write = write
    real_touch = catalog_module.Catalog._touch_hashes
    def touch(self, db, hashes):
        real_touch(self, db, hashes)
        if point == "before-commit":
            kill()
    catalog_module.Catalog._touch_hashes = touch

    catalog = Catalog(path)
    ids = [w.id for w in catalog.work_items(3)][:8]
    v = np.random.default_rng(9).standard_normal((8, 1024)).astype(np.float32)
    catalog.store_vectors([(f"n{i}", v[i]) for i in range(8)], "jina-clip-v2", ids)
    if point == "after-commit":
        kill()
    sys.exit(3)
    """
)


@pytest.mark.parametrize(
    ("point", "lands"), [("after-file", False), ("before-commit", False), ("after-commit", True)]
)
def test_a_writer_killed_mid_store_leaves_vectors_and_file_states_together(
    tmp_path: Path, point: str, lands: bool
) -> None:
    path = tmp_path / "catalog.sqlite"
    catalog = Catalog(path)
    ids = with_files(catalog, tmp_path / "photos", 20)
    first = vecs(12, 4)
    catalog.store_vectors([(f"h{i}", v) for i, v in enumerate(first)], MODEL, ids[:12])
    catalog.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), point], env=env, capture_output=True, timeout=60
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    again = Catalog(path)
    new = np.random.default_rng(9).standard_normal((8, 1024)).astype(np.float32)
    indexed = again.state_counts().get("indexed", 0)
    assert indexed == (20 if lands else 12)
    assert again.vector_count(MODEL) == (20 if lands else 12)
    for i in range(8):  # indexed exactly when its vector is there, and it is the right one
        v = again.vector(f"n{i}", MODEL)
        assert (v is not None) == lands
        assert v is None or np.array_equal(v, new[i])
    assert all(np.array_equal(again.vector(f"h{i}", MODEL), first[i]) for i in range(12))  # type: ignore[arg-type]
    # The next write lands over whatever the killed one left past the committed rows.
    waiting = [w.id for w in again.work_items(3)]
    later = vecs(len(waiting), 5)
    again.store_vectors([(f"m{i}", v) for i, v in enumerate(later)], MODEL, waiting)
    assert all(np.array_equal(again.vector(f"m{i}", MODEL), later[i]) for i in range(len(waiting)))  # type: ignore[arg-type]
    assert all(np.array_equal(again.vector(f"h{i}", MODEL), first[i]) for i in range(12))  # type: ignore[arg-type]
    assert again.state_counts() == {"indexed": 20}
    again.close()
