"""The embedded store: one folder per index, searched exactly over memory-mapped files.

Opening an index maps its files and reads a few SQLite rows, whatever its size; a query scans
int8 codes and scores the best candidates exactly (embedded_search), with filters as masks over
columns; metadata is read for the returned hits only. Scores follow Elasticsearch's kNN
`_score` for the same similarity, so both stores rank and score alike. Layout and crash safety:
embedded_index and embedded_files; the first format's files are migrated on first open.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np

from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.stores.base import (
    IndexInfo,
    IndexMissing,
    IndexSpec,
    ItemError,
    StoreDoc,
    StoreError,
)
from photoseek.stores.embedded_files import fsync_dir
from photoseek.stores.embedded_index import DB_NAME, EmbeddedIndex, knn_score
from photoseek.stores.embedded_legacy import LEGACY_SUFFIX, legacy_file, migrate

__all__ = ["EmbeddedStore", "knn_score"]

# One index name: what IndexSpec makes (lower case), never a pattern, a list or a path.
_NAME = re.compile(r"[a-z0-9][a-z0-9._+-]{0,199}")
_WORK = (".creating-", ".migrating-", ".deleting-")  # folders that are not (yet) an index
_STALE_WORK = 24 * 3600.0  # seconds; a crashed create/migrate/delete left it


def valid_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name)) and ".." not in name and not any(w in name for w in _WORK)


def _sentence(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return " ".join(str(text).split()).rstrip(".")


class EmbeddedStore:
    kind = "embedded"
    key = "embedded"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._indices: dict[str, EmbeddedIndex] = {}
        self._lock = threading.RLock()
        self._remove_stale_work()

    # -- names and files --------------------------------------------------------------------
    def _folder(self, name: str) -> Path:
        return self.directory / name

    def _exists(self, name: str) -> bool:
        if not valid_name(name):
            return False
        return (self._folder(name) / DB_NAME).exists() or legacy_file(self.directory, name).exists()

    def _resolve(self, name: str) -> str:
        alias = self.directory / f"{name}.alias"
        return alias.read_text().strip() if valid_name(name) and alias.exists() else name

    @contextmanager
    def _guard(self, name: str, doing: str) -> Iterator[None]:
        """SQLite and file errors as one sentence a user can read."""
        try:
            yield
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"The embedded index {name} could not be {doing}: {_sentence(exc)}."
            ) from exc

    def _open(self, name: str) -> EmbeddedIndex:
        with self._lock:
            idx = self._indices.get(name)
            if idx is not None:
                return idx
            if not self._exists(name):
                raise IndexMissing(f"The embedded index {name} does not exist yet; run indexing.")
            with self._guard(name, "opened"):
                folder = self._folder(name)
                if not (folder / DB_NAME).exists():
                    migrate(legacy_file(self.directory, name), folder)
                else:  # a migration that stopped after the rename: the old file is a copy
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(legacy_file(self.directory, name)) + suffix).unlink(
                            missing_ok=True
                        )
                idx = EmbeddedIndex(folder)
            self._indices[name] = idx
            return idx

    def _remove_stale_work(self) -> None:
        now = time.time()
        for p in self.directory.iterdir():
            if p.is_dir() and any(w in p.name for w in _WORK):
                with suppress(OSError):
                    if now - p.stat().st_mtime > _STALE_WORK or ".deleting-" in p.name:
                        shutil.rmtree(p, ignore_errors=True)

    # -- indices ----------------------------------------------------------------------------
    def ensure_index(self, spec: IndexSpec) -> None:
        name = spec.name
        if not valid_name(name):
            raise StoreError(f"{name!r} cannot name an embedded index.")
        with self._lock:
            if not self._exists(name):
                with self._guard(name, "created"):
                    work = self._folder(f"{name}.creating-{uuid.uuid4().hex[:8]}")
                    EmbeddedIndex.create(work, spec.dims, spec.similarity, spec.model)
                    fsync_dir(work)
                    try:
                        work.rename(self._folder(name))
                    except OSError:  # another process made it first: check theirs below
                        shutil.rmtree(work, ignore_errors=True)
                        if not self._exists(name):
                            raise
                    fsync_dir(self.directory)
            self._open(name).check(spec.dims, spec.similarity)

    def index_exists(self, name: str) -> bool:
        return self._exists(self._resolve(name))

    def upsert(self, index: str, docs: Sequence[StoreDoc]) -> list[ItemError]:
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
            with self._guard(name, "written"):
                return idx.upsert(docs)

    def delete(self, index: str, ids: Sequence[str]) -> list[ItemError]:
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
            with self._guard(name, "written"):
                idx.delete(ids)
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
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
            q = np.asarray(vector, np.float32)
            if q.shape != (idx.dims,):
                size = q.shape[-1] if q.ndim else 0
                raise StoreError(
                    f"The query vector has {size} dims but the index {name} has {idx.dims}."
                )
            if not np.all(np.isfinite(q)):
                raise StoreError("The query vector has values that are not finite numbers.")
            with self._guard(name, "searched"):
                return idx.search(q, k, filters, max(0, offset))

    def count(self, index: str) -> int:
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
            with self._guard(name, "read"):
                return idx.count()

    def ids(self, index: str) -> set[str]:
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
            with self._guard(name, "read"):
                return idx.ids()

    def documents(self, index: str) -> Iterator[list[StoreDoc]]:
        name = self._resolve(index)
        with self._lock:
            idx = self._open(name)
        with self._guard(name, "read"):
            yield from idx.documents()

    def refresh(self, index: str) -> None:
        """Writes are visible at once; nothing to do."""

    def _names(self) -> list[str]:
        names = {p.name for p in self.directory.iterdir() if (p / DB_NAME).exists()}
        names |= {p.name[: -len(LEGACY_SUFFIX)] for p in self.directory.glob(f"*{LEGACY_SUFFIX}")}
        return sorted(n for n in names if valid_name(n))

    def list_indices(self) -> list[IndexInfo]:
        active = {a.read_text().strip() for a in self.directory.glob("*.alias") if a.is_file()}
        out = []
        with self._lock:
            for name in self._names():
                idx = self._open(name)
                with self._guard(name, "read"):
                    out.append(IndexInfo(name, idx.dims, idx.count(), name in active))
        return out

    def activate(self, spec: IndexSpec) -> None:
        alias = self.directory / f"{spec.alias}.alias"
        tmp = alias.with_suffix(f".tmp-{uuid.uuid4().hex[:8]}")
        with self._guard(spec.name, "activated"):
            tmp.write_text(spec.name)
            tmp.replace(alias)

    def active(self, alias: str) -> IndexInfo | None:
        resolved = self._resolve(alias)
        if resolved == alias or not self._exists(resolved):
            return None
        with self._lock:
            idx = self._open(resolved)
            with self._guard(resolved, "read"):
                return IndexInfo(resolved, idx.dims, idx.count(), True)

    def delete_index(self, name: str) -> None:
        """Delete exactly one index by its name; patterns, lists and aliases are refused."""
        if not valid_name(name):
            raise StoreError(f"{name!r} is not the name of one index; nothing was deleted.")
        with self._lock:
            idx = self._indices.pop(name, None)
            if idx:
                idx.close()
            with self._guard(name, "deleted"):
                folder = self._folder(name)
                if folder.exists():
                    doomed = self._folder(f"{name}.deleting-{uuid.uuid4().hex[:8]}")
                    folder.rename(doomed)  # gone in one step; the files go after
                    shutil.rmtree(doomed, ignore_errors=True)
                for suffix in ("", "-wal", "-shm"):
                    Path(str(legacy_file(self.directory, name)) + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            for idx in self._indices.values():
                idx.close()
            self._indices.clear()
