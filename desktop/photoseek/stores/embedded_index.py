"""One embedded index on disk: a folder with a small SQLite file and memory-mapped row files.

`index.sqlite` is the truth: which generation of row files is current, how many rows of it are
committed, which of them were freed (a replaced or deleted document), the documents'
metadata by row, and the small camera and directory tables. The row files (embedded_files)
hold the vectors and filter columns. A write appends rows, fsyncs them, then commits the
SQLite transaction that makes them count; a SIGKILL at any point leaves the old state or the
new one. Opening reads only the SQLite meta and the freed rows, and maps the files.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from photoseek.fspath import from_wire, to_wire
from photoseek.records import Filters, PhotoMeta, SearchResult
from photoseek.sqlite_tx import transaction
from photoseek.stores.base import IndexMismatch, ItemError, StoreDoc
from photoseek.stores.embedded_files import (
    ID_DTYPE,
    ID_WIDTH,
    LOCATED,
    NO_ID,
    ROW_DTYPE,
    RowFiles,
    quantization_error,
    quantize,
    stale_generation_files,
)
from photoseek.stores.embedded_search import (
    Bounds,
    Tables,
    dir_of,
    filter_mask,
    seconds,
    top_rows,
)

FORMAT = "2"  # 1 was one SQLite file per index with the vectors as blobs (embedded_legacy)
DB_NAME = "index.sqlite"
# Compact when freed rows are at least this many and this share of all rows.
COMPACT_MIN_HOLES = 1024
COMPACT_SHARE = 0.25

_DOCS_TABLE = """CREATE TABLE IF NOT EXISTS docs (
    row INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    paths TEXT NOT NULL,
    folders TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER, height INTEGER, taken_at TEXT, camera TEXT, lat REAL, lon REAL
)"""
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
{_DOCS_TABLE};
CREATE TABLE IF NOT EXISTS holes (row INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS cameras (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS dirs (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS extra_dirs (row INTEGER NOT NULL, dir INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS extra_dirs_row ON extra_dirs(row);
"""
_DOC_COLUMNS = "row, id, paths, folders, file_name, size, width, height, taken_at, camera, lat, lon"


def knn_score(similarity: str, raw: np.ndarray) -> np.ndarray:
    """Elasticsearch's `_score` for a kNN hit given the raw dot product of unit vectors."""
    if similarity in ("dot_product", "cosine"):
        return np.maximum((1.0 + raw) / 2.0, 0.0)  # Lucene clamps float rounding below -1
    if similarity == "max_inner_product":
        return np.where(raw < 0, 1.0 / (1.0 - raw), raw + 1.0)
    raise ValueError(f"unsupported similarity {similarity}")


@dataclass
class _State:
    """What a reader needs, as of one committed SQLite state."""

    stamp: int  # bumped by every commit, so other processes notice a change
    generation: int
    rows: int  # committed rows of the generation's files
    dead: np.ndarray  # (rows,) bool: freed rows
    live: int
    bounds: Bounds
    tables: Tables


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30.0)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # a commit is durable: the rows it names are fsynced
    return db


class EmbeddedIndex:
    """Reads and writes one index folder (its own lock guards its SQLite connection)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.name = directory.name
        self._lock = threading.RLock()
        self.db = connect(directory / DB_NAME)
        meta = self._meta()
        self.dims = int(meta["dims"])
        self.similarity = meta["similarity"]
        self.model = meta.get("model", "")
        self._files: RowFiles | None = None
        self._state: _State | None = None
        self._remove_stale()  # a compaction killed after its commit left the old files

    # -- creating -------------------------------------------------------------------------
    @staticmethod
    def create(directory: Path, dims: int, similarity: str, model: str) -> None:
        """Make a new, empty index folder (the caller renames it into place)."""
        directory.mkdir(parents=True)
        db = connect(directory / DB_NAME)
        try:
            db.executescript(_SCHEMA)
            lock = threading.Lock()
            with transaction(db, lock):
                db.executemany(
                    "INSERT INTO meta VALUES(?, ?)",
                    [
                        ("format", FORMAT),
                        ("dims", str(dims)),
                        ("similarity", similarity),
                        ("model", model),
                        ("generation", "0"),
                        ("rows", "0"),
                        ("live", "0"),
                        ("stamp", "0"),
                        ("residual", "0"),
                        ("norm", "0"),
                    ],
                )
        finally:
            db.close()

    def check(self, dims: int, similarity: str) -> None:
        if self.dims != dims or self.similarity != similarity:
            raise IndexMismatch(
                f"The embedded index {self.name} has {self.dims} dims and {self.similarity} "
                f"similarity, not {dims} and {similarity}."
            )

    # -- state ----------------------------------------------------------------------------
    def _meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def _fresh(self) -> _State:
        """The state as the database says now; reloaded only when another commit happened.
        Call inside a transaction, so the files and the rows read agree."""
        stamp = int(self.db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()[0])
        if self._state is not None and self._state.stamp == stamp:
            return self._state
        meta = self._meta()
        generation, rows = int(meta["generation"]), int(meta["rows"])
        dead = np.zeros(rows, bool)
        holes = np.array([r for (r,) in self.db.execute("SELECT row FROM holes")], np.int64)
        dead[holes[holes < rows]] = True
        extra = np.array(self.db.execute("SELECT row, dir FROM extra_dirs").fetchall(), np.int64)
        extra = extra.reshape(-1, 2)
        tables = Tables(
            cameras={n: i for i, n in self.db.execute("SELECT id, name FROM cameras")},
            dirs=[p for (p,) in self.db.execute("SELECT path FROM dirs ORDER BY id")],
            extra_rows=extra[:, 0],
            extra_dirs=extra[:, 1],
        )
        if self._files is None or self._files.generation != generation:
            if self._files is not None:
                self._files.forget()
            self._files = RowFiles(self.directory, generation, self.dims)
        self._files.view(rows)  # FileNotFoundError here: a compaction just replaced them
        self._state = _State(
            stamp,
            generation,
            rows,
            dead,
            int(meta["live"]),
            Bounds(float(meta["residual"]), float(meta["norm"])),
            tables,
        )
        return self._state

    @contextmanager
    def _reading(self) -> Iterator[_State]:
        """A read snapshot: nothing another process commits meanwhile changes what we see."""
        for attempt in range(3):
            with self._lock:
                self.db.execute("BEGIN")
                try:
                    try:
                        state = self._fresh()
                    except FileNotFoundError:
                        if attempt == 2:
                            raise
                        self._state = None
                        continue
                    yield state
                finally:
                    if self.db.in_transaction:
                        self.db.execute("COMMIT")
                return

    @property
    def files(self) -> RowFiles:
        assert self._files is not None
        return self._files

    def count(self) -> int:
        with self._reading() as state:
            return state.live

    # -- writing --------------------------------------------------------------------------
    def _check_doc(self, d: StoreDoc) -> str | None:
        v = np.asarray(d.vector, np.float32)
        if v.shape != (self.dims,):
            size = v.shape[-1] if v.ndim else 0
            return f"vector has {size} dims, the index has {self.dims}"
        if not np.all(np.isfinite(v)):
            return "vector has non-finite values"
        if len(d.id.encode()) > ID_WIDTH or not d.id:
            return f"the document id must be 1 to {ID_WIDTH} bytes long"
        return None

    def upsert(self, docs: Sequence[StoreDoc]) -> list[ItemError]:
        errors: list[ItemError] = []
        good: dict[str, StoreDoc] = {}
        for d in docs:
            why = self._check_doc(d)
            if why:
                errors.append(ItemError(d.id, why))
                good.pop(d.id, None)
            else:
                good[d.id] = d  # the last of one id in a batch wins
        if good:
            self._write(list(good.values()))
        return errors

    def _write(self, docs: list[StoreDoc]) -> None:
        with transaction(self.db, self._lock) as db:
            state = self._fresh()
            tables = state.tables
            cameras, dirs = dict(tables.cameras), list(tables.dirs)
            dir_ids = {p: i for i, p in enumerate(dirs)}
            new_cameras: list[tuple[int, str]] = []
            new_dirs: list[tuple[int, str]] = []

            def dir_id(path: str) -> int:
                d = dir_of(to_wire(path))  # SQLite text: a name that is not UTF-8, escaped
                if d is None:
                    return NO_ID
                i = dir_ids.get(d)
                if i is None:
                    i = dir_ids[d] = len(dirs)
                    dirs.append(d)
                    new_dirs.append((i, d))
                return i

            start, m = state.rows, len(docs)
            vectors = np.stack([np.asarray(d.vector, np.float32) for d in docs])
            codes, scale = quantize(vectors)
            residual, norm = quantization_error(vectors, codes, scale)
            records = np.zeros(m, ROW_DTYPE)
            records["scale"] = scale
            extra: list[tuple[int, int]] = []
            for j, d in enumerate(docs):
                cam = NO_ID
                if d.meta.camera:
                    cam = cameras.get(d.meta.camera, NO_ID)
                    if cam == NO_ID:
                        cam = cameras[d.meta.camera] = len(cameras)
                        new_cameras.append((cam, d.meta.camera))
                first = dir_id(d.paths[0]) if d.paths else NO_ID
                others = {dir_id(p) for p in d.paths[1:]} - {first, NO_ID}
                extra += [(start + j, i) for i in sorted(others)]
                records[j] = (
                    scale[j],
                    seconds(d.meta.taken_at),
                    cam,
                    first,
                    LOCATED if d.meta.has_location else 0,
                )
            ids = np.array([d.id.encode() for d in docs], ID_DTYPE)
            self.files.write(start, vectors, codes, records, ids)

            freed = self._rows_of([d.id for d in docs])
            self._free(freed)
            db.executemany(
                f"INSERT INTO docs({_DOC_COLUMNS}) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        start + j,
                        d.id,
                        json.dumps(d.paths),
                        json.dumps(d.folders),
                        to_wire(d.file_name),
                        d.size,
                        d.meta.width,
                        d.meta.height,
                        d.meta.taken_at,
                        d.meta.camera,
                        d.meta.lat,
                        d.meta.lon,
                    )
                    for j, d in enumerate(docs)
                ],
            )
            db.executemany("INSERT INTO cameras(id, name) VALUES(?, ?)", new_cameras)
            db.executemany("INSERT INTO dirs(id, path) VALUES(?, ?)", new_dirs)
            db.executemany("INSERT INTO extra_dirs(row, dir) VALUES(?, ?)", extra)
            bounds = Bounds(max(residual, state.bounds.residual), max(norm, state.bounds.norm))
            stamp = self._set_meta(
                rows=start + m,
                live=state.live - len(freed) + m,
                residual=bounds.residual,
                norm=bounds.norm,
            )
            dead = np.concatenate([state.dead, np.zeros(m, bool)])
            dead[freed] = True
            grown = np.array(extra, np.int64).reshape(-1, 2)
            after = _State(
                stamp,
                state.generation,
                start + m,
                dead,
                state.live - len(freed) + m,
                bounds,
                Tables(
                    cameras,
                    dirs,
                    np.concatenate([tables.extra_rows, grown[:, 0]]),
                    np.concatenate([tables.extra_dirs, grown[:, 1]]),
                ),
            )
        # Committed: what we wrote is the state now (no need to read it back: at 1M photos
        # that would reread every table once per sync batch).
        self._state = after
        self._maybe_compact()

    def _rows_of(self, ids: Sequence[str]) -> list[int]:
        out: list[int] = []
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            out += [
                r for (r,) in self.db.execute(f"SELECT row FROM docs WHERE id IN ({marks})", chunk)
            ]
        return out

    def _free(self, rows: list[int]) -> None:
        if not rows:
            return
        params = [(r,) for r in rows]
        self.db.executemany("DELETE FROM docs WHERE row=?", params)
        self.db.executemany("DELETE FROM extra_dirs WHERE row=?", params)
        self.db.executemany("INSERT INTO holes(row) VALUES(?)", params)

    def _set_meta(self, **values: float | int | str) -> int:
        """Update meta values and bump the stamp; the new stamp."""
        stamp = int(self.db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()[0]) + 1
        values["stamp"] = stamp
        self.db.executemany(
            "UPDATE meta SET value=? WHERE key=?", [(str(v), k) for k, v in values.items()]
        )
        return stamp

    def delete(self, ids: Sequence[str]) -> None:
        with transaction(self.db, self._lock):
            state = self._fresh()
            freed = self._rows_of(ids)
            if not freed:
                return
            self._free(freed)
            stamp = self._set_meta(live=state.live - len(freed))
            dead = state.dead.copy()
            dead[freed] = True
            after = replace(state, stamp=stamp, dead=dead, live=state.live - len(freed))
        self._state = after
        self._maybe_compact()

    # -- compaction -----------------------------------------------------------------------
    def _maybe_compact(self) -> None:
        with self._reading() as state:
            holes = state.rows - state.live
        if holes >= COMPACT_MIN_HOLES and holes >= COMPACT_SHARE * state.rows:
            self.compact()

    def compact(self) -> None:
        """Rewrite the live rows into the next generation's files and switch to it in one
        commit; the old files are removed after it (a crash before leaves them in use)."""
        with transaction(self.db, self._lock) as db:
            state = self._fresh()
            keep = np.flatnonzero(~state.dead)
            old = {
                k: self.files.mapped(k, state.rows) for k in ("vectors", "codes", "records", "ids")
            }
            target = RowFiles(self.directory, state.generation + 1, self.dims)
            target.remove()  # a crashed compaction's leftovers
            chunk = max(1024, (64 << 20) // (self.dims * 4))  # ~64 MB of vectors at a time
            for i in range(0, max(len(keep), 1), chunk):
                rows = keep[i : i + chunk]
                target.write(
                    i, *(np.asarray(old[k][rows]) for k in ("vectors", "codes", "records", "ids"))
                )
            del old
            db.execute("CREATE TEMP TABLE remap (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
            db.executemany(
                "INSERT INTO temp.remap VALUES(?, ?)",
                zip(keep.tolist(), range(len(keep)), strict=True),
            )
            db.execute("ALTER TABLE docs RENAME TO docs_old")
            db.execute(_DOCS_TABLE)
            db.execute(
                f"INSERT INTO docs({_DOC_COLUMNS}) SELECT r.new, {_DOC_COLUMNS.split(', ', 1)[1]} "
                "FROM docs_old d JOIN temp.remap r ON r.old = d.row"
            )
            db.execute("DROP TABLE docs_old")
            db.execute(
                "UPDATE extra_dirs SET row = "
                "(SELECT new FROM temp.remap WHERE old = extra_dirs.row)"
            )
            db.execute("DELETE FROM holes")
            db.execute("DROP TABLE temp.remap")
            self._set_meta(generation=state.generation + 1, rows=len(keep), live=len(keep))
        self.files.forget()
        self._files = None
        self._state = None
        self._remove_stale()

    def _remove_stale(self) -> None:
        with self._reading() as state:
            generation = state.generation
        for p in stale_generation_files(self.directory, generation):
            with suppress(OSError):  # mapped by another process on Windows: retried later
                p.unlink()

    # -- searching ------------------------------------------------------------------------
    def search(
        self, vector: np.ndarray, k: int, filters: Filters, offset: int
    ) -> list[SearchResult]:
        with self._reading() as state:
            views = self.files.view(state.rows)
            if state.rows == 0 or k <= 0:
                return []
            allowed = filter_mask(filters, views.records, state.tables)
            if state.live < state.rows:
                allowed = ~state.dead if allowed is None else allowed & ~state.dead
            rows, dots = top_rows(views, vector, offset + k, allowed, state.bounds)
            rows, dots = rows[offset:], dots[offset:]
            if not len(rows):
                return []
            scores = knn_score(self.similarity, dots)
            found = self._docs(rows.tolist())
        return [
            SearchResult(
                doc["id"], float(s), tuple(json.loads(doc["paths"])), doc["size"], _meta(doc)
            )
            for r, s in zip(rows.tolist(), scores.tolist(), strict=True)
            if (doc := found.get(r)) is not None
        ]

    # -- reading everything (reconciliation, recovery) -----------------------------------------
    def ids(self) -> set[str]:
        with self._reading():
            return {str(i) for (i,) in self.db.execute("SELECT id FROM docs")}

    def documents(self, batch: int = 500) -> Iterator[list[StoreDoc]]:
        """Every document with its vector, a batch at a time (a snapshot taken per batch)."""
        last = -1
        while True:
            with self._reading() as state:
                cur = self.db.execute(
                    f"SELECT {_DOC_COLUMNS} FROM docs WHERE row > ? ORDER BY row LIMIT ?",
                    (last, batch),
                )
                cols = [c[0] for c in cur.description]
                recs = [dict(zip(cols, rec, strict=True)) for rec in cur.fetchall()]
                if not recs:
                    return
                rows = np.array([r["row"] for r in recs], np.int64)
                vectors = self.files.view(state.rows).vectors(rows)
            last = int(rows[-1])
            yield [
                StoreDoc(
                    r["id"],
                    np.array(v, np.float32),
                    json.loads(r["paths"]),
                    json.loads(r["folders"]),
                    from_wire(r["file_name"]),
                    r["size"],
                    _meta(r),
                )
                for r, v in zip(recs, vectors, strict=True)
            ]

    def _docs(self, rows: list[int]) -> dict[int, dict[str, Any]]:
        marks = ",".join("?" * len(rows))
        cur = self.db.execute(f"SELECT {_DOC_COLUMNS} FROM docs WHERE row IN ({marks})", rows)
        cols = [c[0] for c in cur.description]
        return {rec[0]: dict(zip(cols, rec, strict=True)) for rec in cur.fetchall()}

    def close(self) -> None:
        with self._lock:
            if self._files is not None:
                self._files.forget()
            self.db.close()


def _meta(doc: dict[str, Any]) -> PhotoMeta:
    return PhotoMeta(
        width=doc["width"],
        height=doc["height"],
        taken_at=doc["taken_at"],
        camera=doc["camera"],
        lat=doc["lat"],
        lon=doc["lon"],
    )
