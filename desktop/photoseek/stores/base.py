"""The interface every vector store implements (embedded SQLite+NumPy, Elasticsearch)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from photoseek.records import NO_FILTERS, Filters, PhotoMeta, SearchResult


class StoreError(Exception):
    """Base class. `str(exc)` is one sentence fit to show a user."""


class StoreUnavailable(StoreError):
    """The store cannot be reached or is overloaded; keep the work pending and retry later."""


class StoreMisconfigured(StoreError):
    """The settings cannot make a connection (no URL, a malformed one, a missing secret)."""


class IndexMismatch(StoreError):
    """An index with this name exists but its mapping is not what Photoseek expects."""


class IndexMissing(StoreError):
    pass


@dataclass(frozen=True)
class IndexSpec:
    model: str
    dims: int
    prefix: str = "photoseek"
    similarity: str = "dot_product"  # vectors are re-normalised after truncation, so unit length
    index_options: str = "int8_hnsw"

    @property
    def name(self) -> str:
        return f"{self.prefix}-{self.model}-{self.dims}".lower()

    @property
    def alias(self) -> str:
        return self.prefix.lower()


@dataclass
class StoreDoc:
    """What a store keeps for one photo content (id = content hash)."""

    id: str
    vector: np.ndarray  # unit length, at the index's dims
    paths: list[str]
    folders: list[str]
    file_name: str
    size: int
    meta: PhotoMeta = field(default_factory=PhotoMeta)


@dataclass(frozen=True)
class ItemError:
    id: str
    reason: str


@dataclass(frozen=True)
class IndexInfo:
    name: str
    dims: int | None
    count: int
    active: bool


class VectorStore(Protocol):
    kind: str  # "embedded" | "elasticsearch"
    key: str  # identifies the store in the catalog (which cluster holds what)

    def ensure_index(self, spec: IndexSpec) -> None:
        """Create the index, or verify an existing one; raises IndexMismatch, never overwrites."""
        ...

    def index_exists(self, name: str) -> bool: ...

    def upsert(self, index: str, docs: Sequence[StoreDoc]) -> list[ItemError]:
        """Write docs; per-item failures are returned, whole-request failures raised."""
        ...

    def delete(self, index: str, ids: Sequence[str]) -> list[ItemError]: ...

    def search(
        self,
        index: str,
        vector: np.ndarray,
        k: int,
        *,
        filters: Filters = NO_FILTERS,
        offset: int = 0,
    ) -> list[SearchResult]:
        """The best `k` hits after skipping `offset`, by the kNN `_score`."""
        ...

    def count(self, index: str) -> int: ...

    def ids(self, index: str) -> set[str]:
        """Every document id the index holds, as searches see it (call `refresh` first).
        The catalog is reconciled with it when the count is not what the catalog expects."""
        ...

    def documents(self, index: str) -> Iterator[list[StoreDoc]]:
        """Every document with its vector, paths and folders, in batches: what a damaged
        catalog is rebuilt from (metadata is read again from the files by the rescan)."""
        ...

    def refresh(self, index: str) -> None:
        """Make everything written so far visible to searches."""
        ...

    def list_indices(self) -> list[IndexInfo]: ...

    def active(self, alias: str) -> IndexInfo | None:
        """The index the alias points at, or None when no index is active yet."""
        ...

    def activate(self, spec: IndexSpec) -> None:
        """Point the alias at this index (searches use it from now on)."""
        ...

    def delete_index(self, name: str) -> None:
        """Only called after the user explicitly confirmed."""
        ...

    def close(self) -> None: ...
