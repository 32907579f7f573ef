"""Text-query vectors kept across runs, so `photoseek search` asked the same thing twice makes
one model call, not two. A small SQLite file in the cache dir, keyed by model and normalised
text, bounded by least-recent use. Best effort: a cache that cannot be read or written is
skipped (the query is embedded as if it were new), never an error for the user."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import unicodedata
from pathlib import Path

import numpy as np

from photoseek.sqlite_tx import transaction

log = logging.getLogger(__name__)

MAX_ENTRIES = 4096  # 4 KB per 1024-dim vector: 16 MB at most

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    model TEXT NOT NULL,
    text TEXT NOT NULL,
    vector BLOB NOT NULL,
    used REAL NOT NULL,
    PRIMARY KEY (model, text)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS queries_used ON queries(used);
"""


def normalise(text: str) -> str:
    """The form two queries share when they mean the same to the model: NFC, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class PersistentQueryCache:
    def __init__(self, path: Path, max_entries: int = MAX_ENTRIES) -> None:
        self.path = path
        self.max_entries = max_entries
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(
                    self.path, check_same_thread=False, isolation_level=None, timeout=5.0
                )
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a lost entry costs one model call
                db.executescript(_SCHEMA)
                self._db = db
            except (sqlite3.Error, OSError) as exc:
                self._give_up(exc)
        return self._db

    def _give_up(self, exc: BaseException) -> None:
        log.info("query cache %s not used: %s", self.path, exc)
        self._broken = True
        if self._db is not None:
            self._db.close()
            self._db = None

    def get(self, model: str, text: str) -> np.ndarray | None:
        with self._lock:
            db = self._conn()
            if db is None:
                return None
            key = (model, normalise(text))
            try:
                row = db.execute(
                    "SELECT vector FROM queries WHERE model=? AND text=?", key
                ).fetchone()
                if row is None:
                    return None
                db.execute(
                    "UPDATE queries SET used=? WHERE model=? AND text=?", (time.time(), *key)
                )
            except sqlite3.Error as exc:
                self._give_up(exc)
                return None
            return np.frombuffer(row[0], "<f4").copy()

    def put(self, model: str, text: str, vector: np.ndarray) -> None:
        with self._lock:
            db = self._conn()
            if db is None:
                return
            blob = np.asarray(vector, "<f4").tobytes()
            try:
                with transaction(db, self._lock):
                    db.execute(
                        "INSERT OR REPLACE INTO queries(model, text, vector, used) "
                        "VALUES(?, ?, ?, ?)",
                        (model, normalise(text), blob, time.time()),
                    )
                    (n,) = db.execute("SELECT COUNT(*) FROM queries").fetchone()
                    if n > self.max_entries:
                        db.execute(
                            "DELETE FROM queries WHERE (model, text) IN "
                            "(SELECT model, text FROM queries ORDER BY used LIMIT ?)",
                            (n - self.max_entries,),
                        )
            except sqlite3.Error as exc:
                self._give_up(exc)

    def __len__(self) -> int:
        with self._lock:
            db = self._conn()
            return int(db.execute("SELECT COUNT(*) FROM queries").fetchone()[0]) if db else 0

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
