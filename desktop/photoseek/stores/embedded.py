"""The embedded store: one SQLite file per index, searched exactly with NumPy.

Vectors of an index are held as one float32 matrix in memory (500k × 256 dims ≈ 0.5 GB);
a query is one matrix-vector product, the filters are boolean masks, and the top-k comes
from a partial sort. Scores follow Elasticsearch's kNN `_score` for the same similarity, so
both stores rank and score alike.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from photoseek.fspath import to_wire
from photoseek.records import NO_FILTERS, Filters, PhotoMeta, SearchResult, date_bounds
from photoseek.stores.base import (
    IndexInfo,
    IndexMismatch,
    IndexMissing,
    IndexSpec,
    ItemError,
    StoreDoc,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY,
    vector BLOB NOT NULL,
    paths TEXT NOT NULL,
    folders TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER, height INTEGER, taken_at TEXT, camera TEXT, lat REAL, lon REAL
) WITHOUT ROWID;
"""


def knn_score(similarity: str, raw: np.ndarray) -> np.ndarray:
    """Elasticsearch's `_score` for a kNN hit given the raw dot product of unit vectors."""
    if similarity in ("dot_product", "cosine"):
        return (1.0 + raw) / 2.0
    if similarity == "max_inner_product":
        return np.where(raw < 0, 1.0 / (1.0 - raw), raw + 1.0)
    raise ValueError(f"unsupported similarity {similarity}")


class _Index:
    """One index in memory: rows of a growable matrix plus metadata columns."""

    def __init__(self, path: Path, spec_dims: int, similarity: str) -> None:
        self.path = path
        self.dims = spec_dims
        self.similarity = similarity
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.matrix = np.zeros((0, spec_dims), np.float32)
        self.hits: list[SearchResult] = []  # metadata per row, ready to return
        self.cameras: list[str] = []
        self.located = np.zeros(0, bool)
        self.taken = np.zeros(0, np.float64)  # seconds (taken_at read as UTC), NaN if unknown
        self._loaded = False

    def load(self) -> None:
        if self._loaded:
            return
        rows = self.db.execute("SELECT * FROM docs").fetchall()
        cols = [d[0] for d in self.db.execute("SELECT * FROM docs LIMIT 0").description]
        records = [dict(zip(cols, r, strict=True)) for r in rows]
        self.matrix = np.zeros((max(16, len(records)), self.dims), np.float32)
        self.located = np.zeros(self.matrix.shape[0], bool)
        self.taken = np.full(self.matrix.shape[0], np.nan)
        for rec in records:
            self._put(rec["id"], np.frombuffer(rec["vector"], "<f4"), _hit_from(rec))
        self._loaded = True

    def _put(self, doc_id: str, vector: np.ndarray, hit: SearchResult) -> None:
        row = self.row_of.get(doc_id)
        if row is None:
            row = len(self.ids)
            if row >= self.matrix.shape[0]:  # grow by doubling: amortised O(1) appends
                grown = np.zeros((max(16, row * 2), self.dims), np.float32)
                grown[:row] = self.matrix[:row]
                self.matrix = grown
                located = np.zeros(grown.shape[0], bool)
                located[:row] = self.located[:row]
                self.located = located
                taken = np.full(grown.shape[0], np.nan)
                taken[:row] = self.taken[:row]
                self.taken = taken
            self.ids.append(doc_id)
            self.hits.append(hit)
            self.cameras.append(hit.meta.camera or "")
            self.row_of[doc_id] = row
        else:
            self.hits[row] = hit
            self.cameras[row] = hit.meta.camera or ""
        self.matrix[row] = vector
        self.located[row] = hit.meta.has_location
        self.taken[row] = _seconds(hit.meta.taken_at)

    def _drop(self, doc_id: str) -> bool:
        row = self.row_of.pop(doc_id, None)
        if row is None:
            return False
        last = len(self.ids) - 1
        if row != last:  # move the last row into the hole
            moved = self.ids[last]
            self.ids[row] = moved
            self.hits[row] = self.hits[last]
            self.taken[row] = self.taken[last]
            self.cameras[row] = self.cameras[last]
            self.matrix[row] = self.matrix[last]
            self.located[row] = self.located[last]
            self.row_of[moved] = row
        self.ids.pop()
        self.hits.pop()
        self.cameras.pop()
        return True

    def upsert(self, docs: Sequence[StoreDoc]) -> list[ItemError]:
        self.load()
        errors: list[ItemError] = []
        good: list[StoreDoc] = []
        for d in docs:
            v = np.asarray(d.vector, np.float32)
            if v.shape != (self.dims,):
                errors.append(
                    ItemError(d.id, f"vector has {v.shape[-1]} dims, the index has {self.dims}")
                )
            elif not np.all(np.isfinite(v)):
                errors.append(ItemError(d.id, "vector has non-finite values"))
            else:
                good.append(d)
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT OR REPLACE INTO docs VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    d.id,
                    np.asarray(d.vector, "<f4").tobytes(),
                    json.dumps(d.paths),  # ASCII JSON: a non-UTF-8 name's \udcXX survives
                    json.dumps(d.folders),
                    to_wire(d.file_name),  # valid UTF-8 for SQLite (see photoseek.fspath)
                    d.size,
                    d.meta.width,
                    d.meta.height,
                    d.meta.taken_at,
                    d.meta.camera,
                    d.meta.lat,
                    d.meta.lon,
                )
                for d in good
            ],
        )
        self.db.execute("COMMIT")
        for d in good:
            self._put(d.id, np.asarray(d.vector, np.float32), _hit_from_doc(d))
        return errors

    def delete(self, ids: Sequence[str]) -> None:
        self.load()
        self.db.execute("BEGIN")
        self.db.executemany("DELETE FROM docs WHERE id=?", [(i,) for i in ids])
        self.db.execute("COMMIT")
        for i in ids:
            self._drop(i)

    def mask(self, filters: Filters) -> np.ndarray | None:
        if filters.empty:
            return None
        n = len(self.ids)
        m = np.ones(n, bool)
        if filters.folders:
            prefixes = tuple(f.rstrip("/\\") + "/" for f in filters.folders)
            m &= np.fromiter(
                (any(p.startswith(prefixes) for p in h.paths) for h in self.hits), bool, n
            )
        lo, hi = date_bounds(filters)
        if lo or hi:
            taken = self.taken[:n]
            m &= ~np.isnan(taken)
            if lo:
                m &= taken >= _seconds(lo)
            if hi:
                m &= taken <= _seconds(hi)
        if filters.camera:
            m &= np.array(self.cameras, dtype=object) == filters.camera
        if filters.has_location is not None:
            m &= self.located[:n] == filters.has_location
        return m

    def search(
        self, vector: np.ndarray, k: int, filters: Filters, offset: int
    ) -> list[SearchResult]:
        self.load()
        n = len(self.ids)
        if n == 0 or k <= 0:
            return []
        q = np.asarray(vector, np.float32)
        if q.shape != (self.dims,):
            raise ValueError(f"query vector has {q.shape[-1]} dims, the index has {self.dims}")
        raw = self.matrix[:n] @ q
        scores = knn_score(self.similarity, raw)
        mask = self.mask(filters)
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        want = min(n, offset + k)
        top = np.argpartition(-scores, want - 1)[:want] if want < n else np.arange(n)
        # Ties broken by id so both stores page the same way.
        order = sorted(top, key=lambda r: (-scores[r], self.ids[r]))
        out = []
        for r in order[offset:want]:
            if not np.isfinite(scores[r]):
                break
            h = self.hits[r]
            out.append(replace(h, score=float(scores[r])))
        return out

    def close(self) -> None:
        self.db.close()


def _seconds(iso: str | None) -> float:
    """An ISO date-time as seconds, read as UTC: only the order matters for filters."""
    if not iso:
        return float("nan")
    try:
        return datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp()
    except ValueError:
        return float("nan")


def _hit_from(rec: dict[str, Any]) -> SearchResult:
    meta = PhotoMeta(
        width=rec["width"],
        height=rec["height"],
        taken_at=rec["taken_at"],
        camera=rec["camera"],
        lat=rec["lat"],
        lon=rec["lon"],
    )
    return SearchResult(str(rec["id"]), 0.0, tuple(json.loads(rec["paths"])), rec["size"], meta)


def _hit_from_doc(d: StoreDoc) -> SearchResult:
    return SearchResult(d.id, 0.0, tuple(d.paths), d.size, d.meta)


class EmbeddedStore:
    kind = "embedded"
    key = "embedded"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._indices: dict[str, _Index] = {}
        self._lock = threading.RLock()

    def _file(self, name: str) -> Path:
        return self.directory / f"{name}.sqlite"

    def _open(self, name: str) -> _Index:
        with self._lock:
            idx = self._indices.get(name)
            if idx is not None:
                return idx
            path = self._file(name)
            if not path.exists():
                raise IndexMissing(f"The embedded index {name} does not exist yet; run indexing.")
            db = sqlite3.connect(path)
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            db.close()
            idx = _Index(path, int(meta["dims"]), meta["similarity"])
            self._indices[name] = idx
            return idx

    def _resolve(self, name: str) -> str:
        alias = self.directory / f"{name}.alias"
        return alias.read_text().strip() if alias.exists() else name

    def ensure_index(self, spec: IndexSpec) -> None:
        with self._lock:
            path = self._file(spec.name)
            if path.exists():
                idx = self._open(spec.name)
                if idx.dims != spec.dims or idx.similarity != spec.similarity:
                    raise IndexMismatch(
                        f"The embedded index {spec.name} has {idx.dims} dims and "
                        f"{idx.similarity} similarity, not {spec.dims} and {spec.similarity}."
                    )
                return
            idx = _Index(path, spec.dims, spec.similarity)
            idx.db.executemany(
                "INSERT INTO meta VALUES(?, ?)",
                [("dims", str(spec.dims)), ("similarity", spec.similarity), ("model", spec.model)],
            )
            idx._loaded = True
            self._indices[spec.name] = idx

    def index_exists(self, name: str) -> bool:
        return self._file(self._resolve(name)).exists()

    def upsert(self, index: str, docs: Sequence[StoreDoc]) -> list[ItemError]:
        with self._lock:
            return self._open(self._resolve(index)).upsert(docs)

    def delete(self, index: str, ids: Sequence[str]) -> list[ItemError]:
        with self._lock:
            self._open(self._resolve(index)).delete(ids)
            return []

    def search(
        self,
        index: str,
        vector: np.ndarray,
        k: int,
        *,
        filters: Filters = NO_FILTERS,
        offset: int = 0,
    ) -> list[SearchResult]:
        with self._lock:
            return self._open(self._resolve(index)).search(vector, k, filters, offset)

    def count(self, index: str) -> int:
        with self._lock:
            idx = self._open(self._resolve(index))
            idx.load()
            return len(idx.ids)

    def refresh(self, index: str) -> None:
        """Writes are visible at once; nothing to do."""

    def list_indices(self) -> list[IndexInfo]:
        out = []
        active = {a.read_text().strip() for a in self.directory.glob("*.alias")}
        for f in sorted(self.directory.glob("*.sqlite")):
            idx = self._open(f.stem)
            n = idx.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
            out.append(IndexInfo(f.stem, idx.dims, int(n), f.stem in active))
        return out

    def activate(self, spec: IndexSpec) -> None:
        alias = self.directory / f"{spec.alias}.alias"
        tmp = alias.with_suffix(".tmp")
        tmp.write_text(spec.name)
        tmp.replace(alias)

    def active(self, alias: str) -> IndexInfo | None:
        resolved = self._resolve(alias)
        if resolved == alias or not self._file(resolved).exists():
            return None
        with self._lock:
            idx = self._open(resolved)
            n = idx.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
            return IndexInfo(resolved, idx.dims, int(n), True)

    def delete_index(self, name: str) -> None:
        with self._lock:
            idx = self._indices.pop(name, None)
            if idx:
                idx.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(self._file(name)) + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            for idx in self._indices.values():
                idx.close()
            self._indices.clear()
