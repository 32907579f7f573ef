"""The SQLite catalog: folders, files, the vector cache and which index holds what.

One connection guarded by a lock, so the pipeline thread and GUI workers can share it; WAL
lets another process (the CLI beside the GUI) read while we write. The vector cache's vectors
live in float32 files beside the database (vector_file.py); the `vectors` table says which row.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photoseek.catalog.folders import FolderError, place, resolve_folder
from photoseek.catalog.health import (
    CatalogDamaged,
    CatalogError,
    CatalogNewer,
    data_dir_error,
    empty_file,
    explain,
    marker,
    needs_quick_check,
    os_error,
)
from photoseek.catalog.schema import MIGRATIONS, SCHEMA_VERSION
from photoseek.catalog.vector_file import VectorFile, file_name
from photoseek.fspath import display_path, from_db, to_db
from photoseek.records import FileState, PhotoMeta
from photoseek.sqlite_tx import transaction

log = logging.getLogger(__name__)

_MOVE_BATCH = 4096  # blob rows moved to the vector files per transaction (16 MB)


@dataclass(frozen=True)
class Folder:
    id: int
    path: str


@dataclass(frozen=True)
class KnownFile:
    id: int
    size: int
    mtime_ns: int
    state: str
    hash: str | None
    attempts: int


@dataclass(frozen=True)
class WorkItem:
    id: int
    path: str
    size: int
    mtime_ns: int
    folder: str


@dataclass(frozen=True)
class DocInfo:
    """What the stores keep about one photo content, gathered from every file that has it."""

    hash: str
    paths: list[str]
    folders: list[str]
    size: int
    meta: PhotoMeta


@dataclass(frozen=True)
class Problem:
    path: str
    state: str
    reason: str
    attempts: int


# An indexed file whose content has no vector of the model given as the next parameter.
_NO_VECTOR = "NOT EXISTS (SELECT 1 FROM vectors v WHERE v.hash=f.hash AND v.model=?)"

# Questions about which vectors exist read the (model, hash) index, never the 4 KB blob rows.
_VECTOR_KEYS = "vectors INDEXED BY vectors_model_hash"


@dataclass(frozen=True)
class ScanProblem:
    """Something the walk found that looks like a photo but cannot be read as a file."""

    path: str
    reason: str


def _blob_to_vec(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<f4")


def _meta_from_row(row: sqlite3.Row) -> PhotoMeta:
    return PhotoMeta(
        width=row["width"],
        height=row["height"],
        taken_at=row["taken_at"],
        camera=row["camera"],
        lat=row["lat"],
        lon=row["lon"],
    )


class Catalog:
    def __init__(self, path: Path) -> None:
        """Open (or create) the catalog. Raises CatalogDamaged for a file that is not a usable
        database (junk, truncated, empty, found damaged while in use), CatalogUnwritable when
        the disk refuses writes, CatalogError for one from a newer Photoseek."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise data_dir_error(exc, path.parent) from None
        self.path = path
        self._lock = threading.RLock()
        if marker(path).exists():
            why = marker(path).read_text(encoding="utf-8", errors="replace").strip()
            raise CatalogDamaged(path, why or "found damaged while in use")
        if empty_file(path):
            raise CatalogDamaged(path, "the file is empty")
        try:
            self._db = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=30.0
            )
        except sqlite3.Error as exc:
            raise explain(exc, path) from None
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints (WAL)
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if needs_quick_check(path):
                verdict = str(self._db.execute("PRAGMA quick_check(1)").fetchone()[0])
                if verdict != "ok":
                    raise CatalogDamaged(path, verdict)
            self._vector_dir = path.with_name(f"{path.stem}-vectors")
            self._vector_files: dict[tuple[str, int], VectorFile] = {}
            self._migrate()
            self._move_vector_blobs()
        except sqlite3.Error as exc:
            self._db.close()
            raise explain(exc, path) from None
        except CatalogError:
            self._db.close()
            raise

    # -- plumbing ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise CatalogNewer(
                    f"The catalog {self.path} was written by a newer Photoseek "
                    f"(schema {version}); please update Photoseek."
                )
            for step in range(version, SCHEMA_VERSION):
                with self.transaction():
                    for statement in MIGRATIONS[step].split(";\n"):
                        if statement.strip():
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version={step + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self._db, self._lock) as db:
            yield db

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            for f in self._vector_files.values():
                f.close()
            self._db.close()

    # -- the vector files -------------------------------------------------------------------
    def _vector_file(self, model: str, dims: int) -> VectorFile:
        key = (model, dims)
        f = self._vector_files.get(key)
        if f is None:
            f = self._vector_files[key] = VectorFile(
                self._vector_dir / file_name(model, dims), dims
            )
        return f

    def _append_vectors(
        self, db: sqlite3.Connection, model: str, dims: int, vectors: np.ndarray
    ) -> int:
        """Inside a write transaction: put the vectors after the file's committed rows, durably;
        the first of their rows. They count once the transaction commits."""
        rows = db.execute(
            "SELECT rows FROM vector_files WHERE model=? AND dims=?", (model, dims)
        ).fetchone()
        start = int(rows[0]) if rows else 0
        try:
            self._vector_file(model, dims).write(start, vectors)
        except OSError as exc:  # the vector file is the catalog's too: say it the same way
            raise os_error(exc, self.path) from None
        db.execute(
            "INSERT INTO vector_files(model, dims, rows) VALUES(?, ?, ?) "
            "ON CONFLICT(model, dims) DO UPDATE SET rows=excluded.rows",
            (model, dims, start + len(vectors)),
        )
        return start

    def _read_vectors(self, found: Sequence[sqlite3.Row]) -> dict[str, np.ndarray]:
        """hash -> vector for rows of (hash, model, dims, row, vector)."""
        out: dict[str, np.ndarray] = {}
        in_files: dict[tuple[str, int], list[sqlite3.Row]] = {}
        for r in found:
            if r["row"] is None:  # a blob not moved yet
                out[r["hash"]] = _blob_to_vec(r["vector"])
            else:
                in_files.setdefault((r["model"], r["dims"]), []).append(r)
        for (model, dims), rs in in_files.items():
            rs = sorted(rs, key=lambda r: int(r["row"]))
            block = self._vector_file(model, dims).read([int(r["row"]) for r in rs])
            out.update((r["hash"], block[i]) for i, r in enumerate(rs))
        return out

    def _move_vector_blobs(self) -> None:
        """Move vectors kept as blobs (catalogs before schema 3) into the vector files, a batch
        per transaction, then give the space back. Resumable: a crash loses nothing."""
        moved = 0
        # A read first (the partial index holds only unmoved rows: empty, instant), so opening
        # a catalog takes no write lock once everything is moved.
        while self._query("SELECT 1 FROM vectors WHERE row IS NULL LIMIT 1"):
            with self.transaction() as db:
                batch = db.execute(
                    "SELECT hash, model, dims, vector FROM vectors WHERE row IS NULL LIMIT ?",
                    (_MOVE_BATCH,),
                ).fetchall()
                groups: dict[tuple[str, int], list[sqlite3.Row]] = {}
                for r in batch:
                    groups.setdefault((r["model"], int(r["dims"])), []).append(r)
                for (model, dims), rs in groups.items():
                    vectors = np.stack([_blob_to_vec(r["vector"]) for r in rs])
                    start = self._append_vectors(db, model, dims, vectors)
                    db.executemany(
                        "UPDATE vectors SET row=?, vector=x'' WHERE hash=? AND model=?",
                        [(start + i, r["hash"], model) for i, r in enumerate(rs)],
                    )
            moved += len(batch)
        if moved:
            log.info("moved %d cached vectors from %s into vector files", moved, self.path)
            with self._lock:
                try:
                    self._db.execute("VACUUM")  # the blobs' pages back to the disk…
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # …now, not later
                except sqlite3.OperationalError as exc:  # another process reads: next time
                    log.info("catalog not compacted yet: %s", exc)

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    def delete_meta(self, key: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM meta WHERE key=?", (key,))

    # -- folders ----------------------------------------------------------------------------
    def restore_folder(self, path: str) -> bool:
        """Put back a library folder known from the store (rebuilding a damaged catalog), even
        when it is missing now (an unplugged drive: skipped by scans, never emptied). False
        when it is already there or inside a known folder."""
        known = [f.path for f in self.folders()]
        if path in known or any(path.startswith(k.rstrip(os.sep) + os.sep) for k in known):
            return False
        with self._lock:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO folders(path, added_at) VALUES(?, ?)", (path, time.time())
            )
            return cur.rowcount > 0

    def folders(self) -> list[Folder]:
        return [
            Folder(r["id"], from_db(r["path"]))
            for r in self._query("SELECT * FROM folders ORDER BY path")
        ]

    def add_folder(self, path: str | os.PathLike[str]) -> Folder:
        """Add a library folder; one inside a known folder is refused, a parent absorbs children."""
        placement = place(resolve_folder(path), [f.path for f in self.folders()])
        if placement.duplicate:
            return next(f for f in self.folders() if f.path == placement.path)
        refusal = placement.refusal()
        if refusal:
            raise FolderError(refusal)
        resolved = placement.path
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO folders(path, added_at) VALUES(?, ?)", (to_db(resolved), time.time())
            )
            new_id = int(cur.lastrowid or 0)
            # Children of the new folder become part of it; their files keep their rows.
            for f in self.folders():
                if f.id != new_id and f.path in placement.absorbs:
                    db.execute("UPDATE files SET folder_id=? WHERE folder_id=?", (new_id, f.id))
                    db.execute("DELETE FROM folders WHERE id=?", (f.id,))
        return Folder(new_id, resolved)

    def remove_folder(self, path: str | os.PathLike[str]) -> list[str]:
        """Forget a folder and its files; returns hashes no other file has (to leave the index)."""
        resolved = str(Path(path).expanduser().resolve())
        rows = self._query("SELECT id FROM folders WHERE path=?", (to_db(resolved),))
        if not rows:
            raise FolderError(f"{display_path(resolved)} is not a library folder")
        with self.transaction() as db:
            hashes = [
                r["hash"]
                for r in db.execute(
                    "SELECT DISTINCT hash FROM files WHERE folder_id=? AND hash IS NOT NULL",
                    (rows[0]["id"],),
                )
            ]
            db.execute("DELETE FROM files WHERE folder_id=?", (rows[0]["id"],))
            db.execute("DELETE FROM folders WHERE id=?", (rows[0]["id"],))
            self._touch_hashes(db, hashes)
        return hashes

    # -- scanning ---------------------------------------------------------------------------
    def next_scan_generation(self) -> int:
        gen = int(self.get_meta("scan_generation", "0") or 0) + 1
        self.set_meta("scan_generation", str(gen))
        return gen

    def known_files(self, folder_id: int) -> dict[str, KnownFile]:
        rows = self._query(
            "SELECT id, path, size, mtime_ns, state, hash, attempts FROM files WHERE folder_id=?",
            (folder_id,),
        )
        return {
            from_db(r["path"]): KnownFile(
                r["id"], r["size"], r["mtime_ns"], r["state"], r["hash"], r["attempts"]
            )
            for r in rows
        }

    def scan_index(self, folder_id: int) -> dict[str, tuple[int, int, int]]:
        """path → (id, size, mtime_ns) of a folder's files: all a rescan compares (fast)."""
        with self._lock:
            cur = self._db.execute(
                "SELECT path, id, size, mtime_ns FROM files WHERE folder_id=?", (folder_id,)
            )
            cur.row_factory = None  # plain tuples: a 100k-file folder loads in a blink
            rows = cur.fetchall()
        return {
            (p if type(p) is str else from_db(p)): (i, size, mtime) for p, i, size, mtime in rows
        }

    def apply_scan(
        self,
        folder_id: int,
        generation: int,
        unchanged: Sequence[int],
        added: Sequence[tuple[str, int, int]],
        changed: Sequence[tuple[int, int, int]],
    ) -> None:
        """Record one batch of a walk: new (path, size, mtime), changed (id, size, mtime).

        `unchanged` ids only get their `seen` mark (the scanner itself passes none: it works
        out what is gone in memory, so an unchanged file costs no write at all).
        """
        now = time.time()
        with self.transaction() as db:
            if unchanged:
                db.executemany(
                    "UPDATE files SET seen=? WHERE id=?", [(generation, i) for i in unchanged]
                )
            db.executemany(
                "INSERT INTO files(folder_id, path, size, mtime_ns, seen, updated_at) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                [(folder_id, to_db(p), s, m, generation, now) for p, s, m in added],
            )
            if changed:
                old = [
                    r["hash"]
                    for i, _, _ in changed
                    for r in db.execute("SELECT hash FROM files WHERE id=?", (i,))
                    if r["hash"]
                ]
                db.executemany(
                    "UPDATE files SET size=?, mtime_ns=?, seen=?, hash=NULL, state='new', "
                    "last_error=NULL, attempts=0, updated_at=? WHERE id=?",
                    [(s, m, generation, now, i) for i, s, m in changed],
                )
                self._touch_hashes(db, old)

    def remove_unseen(self, folder_id: int, generation: int, keep_under: Iterable[str] = ()) -> int:
        """Drop files of a fully walked folder that were not seen (deleted or moved away).

        Paths under `keep_under` (directories we could not read this time) are kept.
        """
        rows = self._query(
            "SELECT id, path FROM files WHERE folder_id=? AND seen<>?", (folder_id, generation)
        )
        return self.remove_files({from_db(r["path"]): r["id"] for r in rows}, keep_under)

    def remove_files(self, files: dict[str, int], keep_under: Iterable[str] = ()) -> int:
        """Drop these files (path → id) found gone by a full walk, except under `keep_under`."""
        keep = tuple(k.rstrip(os.sep) + os.sep for k in keep_under)
        gone = [i for p, i in files.items() if not (keep and p.startswith(keep))]
        if not gone:
            return 0
        with self.transaction() as db:
            hashes = []
            for start in range(0, len(gone), 500):
                chunk = gone[start : start + 500]
                marks = ",".join("?" * len(chunk))
                hashes += [
                    r["hash"]
                    for r in db.execute(
                        f"SELECT hash FROM files WHERE hash IS NOT NULL AND id IN ({marks})", chunk
                    )
                ]
                db.execute(f"DELETE FROM files WHERE id IN ({marks})", chunk)
            self._touch_hashes(db, hashes)
        return len(gone)

    def scan_problem_paths(self, folder_id: int) -> dict[str, str]:
        """path → reason of the folder's scan problems, as the last full walk left them."""
        rows = self._query("SELECT path, reason FROM scan_problems WHERE folder_id=?", (folder_id,))
        return {from_db(r["path"]): r["reason"] for r in rows}

    def set_scan_problems(
        self, folder_id: int, found: Sequence[ScanProblem], gone: Iterable[str] = ()
    ) -> None:
        """Record (or update) what a walk could not use, and forget what is no longer there."""
        now = time.time()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO scan_problems(path, folder_id, reason, updated_at) "
                "VALUES(?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
                "folder_id=excluded.folder_id, reason=excluded.reason, "
                "updated_at=excluded.updated_at",
                [(to_db(p.path), folder_id, p.reason, now) for p in found],
            )
            db.executemany("DELETE FROM scan_problems WHERE path=?", [(to_db(p),) for p in gone])

    # -- indexing work ----------------------------------------------------------------------
    def work_items(self, max_attempts: int, model: str | None = None) -> list[WorkItem]:
        """Files that need a vector: new ones, failed ones with attempts left and, with
        `model`, indexed ones whose content has no vector of that model yet (a model switch)."""
        sql = (
            "SELECT f.id, f.path, f.size, f.mtime_ns, d.path AS folder FROM files f "
            "JOIN folders d ON d.id=f.folder_id "
            "WHERE f.state='new' OR (f.state='failed' AND f.attempts<?)"
        )
        params: list[object] = [max_attempts]
        if model is not None:
            sql += f" OR (f.state='indexed' AND f.hash IS NOT NULL AND {_NO_VECTOR})"
            params.append(model)
        rows = self._query(sql + " ORDER BY f.id", params)
        return [
            WorkItem(r["id"], from_db(r["path"]), r["size"], r["mtime_ns"], from_db(r["folder"]))
            for r in rows
        ]

    def missing_vectors(self, model: str) -> int:
        """Photo contents (indexed files, copies once) that have no vector of `model`."""
        rows = self._query(
            "SELECT COUNT(DISTINCT f.hash) FROM files f "
            f"WHERE f.state='indexed' AND f.hash IS NOT NULL AND {_NO_VECTOR}",
            (model,),
        )
        return int(rows[0][0])

    def vector_sources(self, model: str) -> dict[str, int]:
        """How many cached vectors of `model` each provider made (None: before this was kept)."""
        rows = self._query(
            "SELECT COALESCE(source, 'jina-api') AS source, COUNT(*) AS n FROM vectors "
            "WHERE model=? GROUP BY 1",
            (model,),
        )
        return {r["source"]: r["n"] for r in rows}

    def has_vector(self, content_hash: str, model: str) -> bool:
        return bool(
            self._query(
                f"SELECT 1 FROM {_VECTOR_KEYS} WHERE model=? AND hash=?", (model, content_hash)
            )
        )

    def cached_hashes(self, hashes: Iterable[str], model: str) -> set[str]:
        hashes = list(hashes)
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT hash FROM {_VECTOR_KEYS} WHERE model=? AND hash IN ({marks})",
                (model, *chunk),
            )
            out.update(r["hash"] for r in rows)
        return out

    def vector(self, content_hash: str, model: str) -> np.ndarray | None:
        rows = self._query(
            "SELECT hash, model, dims, row, vector FROM vectors WHERE hash=? AND model=?",
            (content_hash, model),
        )
        with self._lock:
            return self._read_vectors(rows).get(content_hash)

    def vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                "SELECT hash, model, dims, row, vector FROM vectors "
                f"WHERE model=? AND hash IN ({marks})",
                (model, *chunk),
            )
            with self._lock:
                out.update(self._read_vectors(rows))
        return out

    def record_identified(self, file_id: int, content_hash: str, meta: PhotoMeta) -> None:
        """The file's content hash and metadata are known; it still waits for its vector."""
        self.record_identified_many([(file_id, content_hash, meta)])

    def record_identified_many(self, rows: Sequence[tuple[int, str, PhotoMeta]]) -> None:
        """record_identified for many files in one transaction (the indexer batches them)."""
        if not rows:
            return
        now = time.time()
        with self.transaction() as db:
            db.executemany(
                "UPDATE files SET hash=?, width=?, height=?, taken_at=?, camera=?, lat=?, lon=?, "
                "updated_at=? WHERE id=?",
                [
                    (h, m.width, m.height, m.taken_at, m.camera, m.lat, m.lon, now, i)
                    for i, h, m in rows
                ],
            )

    def mark_indexed(self, file_ids: Sequence[int]) -> None:
        with self.transaction() as db:
            db.executemany(
                "UPDATE files SET state='indexed', last_error=NULL, updated_at=? WHERE id=?",
                [(time.time(), i) for i in file_ids],
            )
            hashes = [
                r["hash"]
                for i in file_ids
                for r in db.execute("SELECT hash FROM files WHERE id=?", (i,))
            ]
            self._touch_hashes(db, [h for h in hashes if h])

    def store_vectors(
        self,
        items: Sequence[tuple[str, np.ndarray]],
        model: str,
        file_ids: Sequence[int],
        source: str | None = None,
    ) -> None:
        """Keep the vectors and mark their files indexed, in one transaction (crash-safe: the
        vectors are on disk before the commit that names them and marks the files). `source`
        says which provider made them (kept, never used to look them up)."""
        now = time.time()
        by_dims: dict[int, list[tuple[str, np.ndarray]]] = {}
        for h, v in items:
            by_dims.setdefault(int(v.shape[0]), []).append((h, v))
        with self.transaction() as db:
            for dims, group in by_dims.items():
                start = self._append_vectors(db, model, dims, np.stack([v for _, v in group]))
                db.executemany(
                    "INSERT OR REPLACE INTO vectors(hash, model, dims, vector, created_at, row, "
                    "source) VALUES(?, ?, ?, x'', ?, ?, ?)",
                    [(h, model, dims, now, start + i, source) for i, (h, _) in enumerate(group)],
                )
            db.executemany(
                "UPDATE files SET state='indexed', last_error=NULL, updated_at=? WHERE id=?",
                [(now, i) for i in file_ids],
            )
            self._touch_hashes(db, [h for h, _ in items])

    def forget_vectors(self, hashes: Sequence[str], model: str) -> None:
        """Drop cached vectors that cannot serve (recovered from a smaller index than the one
        now wanted); their files wait for the model again."""
        with self.transaction() as db:
            db.executemany(
                "DELETE FROM vectors WHERE hash=? AND model=?", [(h, model) for h in hashes]
            )
            db.executemany(
                "UPDATE files SET state='new', attempts=0, updated_at=? "
                "WHERE hash=? AND state='indexed'",
                [(time.time(), h) for h in hashes],
            )

    def mark_skipped(self, file_id: int, reason: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE files SET state='skipped', last_error=?, attempts=attempts+1, "
                "updated_at=? WHERE id=?",
                (reason, time.time(), file_id),
            )

    def unskip(self, file_ids: Sequence[int], reason: str) -> None:
        """Take back a verdict that was the service's, not the files' (it refused everything
        alike): they wait for the next run again, with the reason noted."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE files SET state='new', last_error=?, attempts=max(0, attempts-1), "
                "updated_at=? WHERE id=? AND state='skipped'",
                [(reason, time.time(), i) for i in file_ids],
            )

    def mark_failed(self, file_id: int, reason: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE files SET state='failed', last_error=?, attempts=attempts+1, "
                "updated_at=? WHERE id=?",
                (reason, time.time(), file_id),
            )

    def retry_failed(self) -> int:
        """Give files that failed for transient reasons a fresh set of attempts."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE files SET state='new', attempts=0, updated_at=? WHERE state='failed'",
                (time.time(),),
            )
            return cur.rowcount

    def note_error(self, file_ids: Sequence[int], reason: str) -> None:
        """Remember why files are still waiting (service down) without counting an attempt."""
        with self._lock:
            self._db.executemany(
                "UPDATE files SET last_error=? WHERE id=?", [(reason, i) for i in file_ids]
            )

    # -- documents for the stores -----------------------------------------------------------
    def docs(self, hashes: Sequence[str]) -> dict[str, DocInfo]:
        out: dict[str, DocInfo] = {}
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                "SELECT f.*, d.path AS folder FROM files f JOIN folders d ON d.id=f.folder_id "
                f"WHERE f.hash IN ({marks}) AND f.state='indexed' ORDER BY f.path",
                chunk,
            )
            for r in rows:
                doc = out.get(r["hash"])
                path, folder = from_db(r["path"]), from_db(r["folder"])
                if doc is None:
                    out[r["hash"]] = DocInfo(
                        r["hash"], [path], [folder], r["size"], _meta_from_row(r)
                    )
                else:
                    doc.paths.append(path)
                    if folder not in doc.folders:
                        doc.folders.append(folder)
        return out

    def hash_of_path(self, path: str) -> str | None:
        rows = self._query(
            "SELECT hash FROM files WHERE path=? AND state='indexed'", (to_db(path),)
        )
        return rows[0]["hash"] if rows else None

    def file_meta(self, path: str) -> PhotoMeta | None:
        rows = self._query("SELECT * FROM files WHERE path=?", (to_db(path),))
        return _meta_from_row(rows[0]) if rows else None

    # -- which index holds what -------------------------------------------------------------
    def _touch_hashes(self, db: sqlite3.Connection, hashes: Iterable[str]) -> None:
        """A hash's files changed: every index must rewrite (or drop) its document."""
        now = time.time()
        db.executemany(
            "UPDATE index_docs SET state='pending', updated_at=? WHERE hash=? AND state='synced'",
            [(now, h) for h in set(hashes)],
        )

    def plan_sync(self, store: str, index: str, model: str) -> None:
        """Make index_docs say what the index must gain (pending) and lose (delete)."""
        now = time.time()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO index_docs(store, index_name, hash, state, updated_at) "
                "SELECT DISTINCT ?, ?, f.hash, 'pending', ? FROM files f "
                "JOIN vectors v INDEXED BY vectors_model_hash ON v.hash=f.hash AND v.model=? "
                "WHERE f.state='indexed' "
                "ON CONFLICT(store, index_name, hash) DO UPDATE SET state='pending', "
                "error=NULL, updated_at=excluded.updated_at "
                "WHERE index_docs.state IN ('delete', 'failed')",
                (store, index, now, model),
            )
            db.execute(
                "UPDATE index_docs SET state='delete', updated_at=? "
                "WHERE store=? AND index_name=? AND state<>'delete' AND hash NOT IN "
                "(SELECT hash FROM files WHERE state='indexed' AND hash IS NOT NULL)",
                (now, store, index),
            )

    def sync_batch(self, store: str, index: str, state: str, limit: int) -> list[str]:
        rows = self._query(
            "SELECT hash FROM index_docs WHERE store=? AND index_name=? AND state=? LIMIT ?",
            (store, index, state, limit),
        )
        return [r["hash"] for r in rows]

    def sync_hashes(self, store: str, index: str, state: str) -> list[str]:
        rows = self._query(
            "SELECT hash FROM index_docs WHERE store=? AND index_name=? AND state=?",
            (store, index, state),
        )
        return [r["hash"] for r in rows]

    def set_sync_state(
        self, store: str, index: str, hashes: Sequence[str], state: str, error: str | None = None
    ) -> None:
        now = time.time()
        with self.transaction() as db:
            db.executemany(
                "UPDATE index_docs SET state=?, error=?, updated_at=? "
                "WHERE store=? AND index_name=? AND hash=?",
                [(state, error, now, store, index, h) for h in hashes],
            )

    def forget_synced_deletes(self, store: str, index: str, hashes: Sequence[str]) -> None:
        with self.transaction() as db:
            db.executemany(
                "DELETE FROM index_docs WHERE store=? AND index_name=? AND hash=?",
                [(store, index, h) for h in hashes],
            )

    def sync_counts(self, store: str, index: str) -> dict[str, int]:
        rows = self._query(
            "SELECT state, COUNT(*) AS n FROM index_docs WHERE store=? AND index_name=? "
            "GROUP BY state",
            (store, index),
        )
        return {r["state"]: r["n"] for r in rows}

    def sync_errors(self, store: str, index: str, limit: int = 100) -> list[tuple[str, str]]:
        rows = self._query(
            "SELECT hash, error FROM index_docs WHERE store=? AND index_name=? AND state='failed' "
            "LIMIT ?",
            (store, index, limit),
        )
        return [(r["hash"], r["error"] or "") for r in rows]

    def forget_index(self, store: str, index: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM index_docs WHERE store=? AND index_name=?", (store, index))
            db.execute("DELETE FROM indices WHERE store=? AND name=?", (store, index))

    def register_index(self, store: str, name: str, model: str, dims: int) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO indices(store, name, model, dims, created_at) "
                "VALUES(?, ?, ?, ?, ?)",
                (store, name, model, dims, time.time()),
            )

    def set_index_complete(self, store: str, name: str, complete: bool) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE indices SET complete=? WHERE store=? AND name=?",
                (int(complete), store, name),
            )

    def index_model(self, store: str, name: str) -> str | None:
        """The model whose vectors an index holds, as registered when it was built here."""
        rows = self._query("SELECT model FROM indices WHERE store=? AND name=?", (store, name))
        return str(rows[0]["model"]) if rows else None

    def index_complete(self, store: str, name: str) -> bool:
        rows = self._query("SELECT complete FROM indices WHERE store=? AND name=?", (store, name))
        return bool(rows and rows[0]["complete"])

    # -- status -----------------------------------------------------------------------------
    def state_counts(self) -> dict[str, int]:
        rows = self._query("SELECT state, COUNT(*) AS n FROM files GROUP BY state")
        return {r["state"]: r["n"] for r in rows}

    def indexed_contents(self) -> int:
        """Distinct photo contents of indexed files: one document each in a complete index.
        (Files only: a join on the vector cache would read its 4 KB rows, ~1 s for 100k.)"""
        return int(
            self._query(
                "SELECT COUNT(*) FROM (SELECT DISTINCT hash FROM files WHERE state='indexed')"
            )[0][0]
        )

    def vector_count(self, model: str) -> int:
        rows = self._query(f"SELECT COUNT(*) FROM {_VECTOR_KEYS} WHERE model=?", (model,))
        return int(rows[0][0])

    def problem_counts(self) -> dict[str, int]:
        """How many files are skipped / failed, the walk's own problems counted as skipped:
        the same figures `problems()` lists, for every summary that shows a count."""
        counts = self.state_counts()
        out: dict[str, int] = {s: counts.get(s, 0) for s in (FileState.SKIPPED, FileState.FAILED)}
        out[FileState.SKIPPED] += self.scan_problem_count()
        return out

    def scan_problem_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM scan_problems")[0][0])

    def problems(self, limit: int = 1000) -> list[Problem]:
        """Skipped and failed files, and what the walk could not use, ordered by path."""
        rows = self._query(
            "SELECT path, state, last_error AS reason, attempts FROM files "
            "WHERE state IN ('skipped', 'failed') "
            "UNION ALL SELECT path, 'skipped', reason, 0 FROM scan_problems "
            "ORDER BY path LIMIT ?",
            (limit,),
        )
        return [
            Problem(from_db(r["path"]), r["state"], r["reason"] or "", r["attempts"]) for r in rows
        ]
