"""The SQLite catalog: folders, files, the vector cache and which index holds what.

One connection guarded by a lock, so the pipeline thread and GUI workers can share it; WAL
lets another process (the CLI beside the GUI) read while we write.
"""

from __future__ import annotations

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
from photoseek.catalog.schema import MIGRATIONS, SCHEMA_VERSION
from photoseek.fspath import display_path, from_db, to_db
from photoseek.records import FileState, PhotoMeta


class CatalogError(Exception):
    pass


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


@dataclass(frozen=True)
class ScanProblem:
    """Something the walk found that looks like a photo but cannot be read as a file."""

    path: str
    reason: str


def _vec_to_blob(v: np.ndarray) -> bytes:
    return np.asarray(v, dtype="<f4").tobytes()


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
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None, timeout=30.0
        )
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps it safe
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    # -- plumbing ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise CatalogError(
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
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

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

    # -- folders ----------------------------------------------------------------------------
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
    def work_items(self, max_attempts: int) -> list[WorkItem]:
        rows = self._query(
            "SELECT f.id, f.path, f.size, f.mtime_ns, d.path AS folder FROM files f "
            "JOIN folders d ON d.id=f.folder_id "
            "WHERE f.state='new' OR (f.state='failed' AND f.attempts<?) ORDER BY f.id",
            (max_attempts,),
        )
        return [
            WorkItem(r["id"], from_db(r["path"]), r["size"], r["mtime_ns"], from_db(r["folder"]))
            for r in rows
        ]

    def has_vector(self, content_hash: str, model: str) -> bool:
        return bool(
            self._query("SELECT 1 FROM vectors WHERE hash=? AND model=?", (content_hash, model))
        )

    def cached_hashes(self, hashes: Iterable[str], model: str) -> set[str]:
        hashes = list(hashes)
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT hash FROM vectors WHERE model=? AND hash IN ({marks})", (model, *chunk)
            )
            out.update(r["hash"] for r in rows)
        return out

    def vector(self, content_hash: str, model: str) -> np.ndarray | None:
        rows = self._query(
            "SELECT vector FROM vectors WHERE hash=? AND model=?", (content_hash, model)
        )
        return _blob_to_vec(rows[0]["vector"]) if rows else None

    def vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT hash, vector FROM vectors WHERE model=? AND hash IN ({marks})",
                (model, *chunk),
            ):
                out[r["hash"]] = _blob_to_vec(r["vector"])
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
        self, items: Sequence[tuple[str, np.ndarray]], model: str, file_ids: Sequence[int]
    ) -> None:
        """Keep the vectors and mark their files indexed, in one transaction (crash-safe)."""
        now = time.time()
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors(hash, model, dims, vector, created_at) "
                "VALUES(?, ?, ?, ?, ?)",
                [(h, model, int(v.shape[0]), _vec_to_blob(v), now) for h, v in items],
            )
            db.executemany(
                "UPDATE files SET state='indexed', last_error=NULL, updated_at=? WHERE id=?",
                [(now, i) for i in file_ids],
            )
            self._touch_hashes(db, [h for h, _ in items])

    def mark_skipped(self, file_id: int, reason: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE files SET state='skipped', last_error=?, attempts=attempts+1, "
                "updated_at=? WHERE id=?",
                (reason, time.time(), file_id),
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
                "JOIN vectors v ON v.hash=f.hash AND v.model=? WHERE f.state='indexed' "
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

    def index_complete(self, store: str, name: str) -> bool:
        rows = self._query("SELECT complete FROM indices WHERE store=? AND name=?", (store, name))
        return bool(rows and rows[0]["complete"])

    # -- status -----------------------------------------------------------------------------
    def state_counts(self) -> dict[str, int]:
        rows = self._query("SELECT state, COUNT(*) AS n FROM files GROUP BY state")
        return {r["state"]: r["n"] for r in rows}

    def vector_count(self, model: str) -> int:
        return int(self._query("SELECT COUNT(*) FROM vectors WHERE model=?", (model,))[0][0])

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
