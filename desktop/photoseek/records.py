"""Plain records shared by the layers (no behaviour, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class FileState(StrEnum):
    """A file in the catalog (the `files.state` column)."""

    NEW = "new"  # needs hashing and a vector
    INDEXED = "indexed"  # has a vector
    SKIPPED = "skipped"  # cannot be used until it changes (the reason is kept)
    FAILED = "failed"  # failed for a passing reason; retried on the next runs


class SyncState(StrEnum):
    """A photo content in one index of one store (the `index_docs.state` column)."""

    SYNCED = "synced"
    PENDING = "pending"  # to write
    DELETE = "delete"  # to remove
    FAILED = "failed"  # the store refused the document (the reason is kept)


class Phase(StrEnum):
    """Where an indexing run is."""

    STARTING = "starting"
    SCANNING = "scanning"
    EMBEDDING = "embedding"
    SYNCING = "syncing"
    DONE = "done"


@dataclass(frozen=True)
class PhotoMeta:
    """What a photo's headers say about it. Every field may be unknown."""

    width: int | None = None  # after EXIF orientation is applied
    height: int | None = None
    taken_at: str | None = (
        None  # ISO 8601 local time as the camera wrote it, e.g. 2024-05-01T13:45:00
    )
    camera: str | None = None  # "Make Model", trimmed
    lat: float | None = None
    lon: float | None = None

    @property
    def has_location(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Filters:
    """Search restrictions every store understands."""

    folders: tuple[str, ...] = ()  # absolute folder paths; a photo matches if any path is under one
    date_from: str | None = None  # ISO date or datetime, inclusive
    date_to: str | None = None  # ISO date or datetime, inclusive (a bare date covers the whole day)
    camera: str | None = None
    has_location: bool | None = None

    @property
    def empty(self) -> bool:
        return self == NO_FILTERS


NO_FILTERS = Filters()


@dataclass(frozen=True)
class SearchResult:
    """One photo content in an answer, from the store to the grid (one record all the way).

    `content_hash` is the document id; `score` is the store's kNN `_score` (higher is closer);
    `paths` are the files with this content, the one to show first.
    """

    content_hash: str
    score: float
    paths: tuple[str, ...] = ()
    size: int | None = None
    meta: PhotoMeta = field(default_factory=PhotoMeta)

    @property
    def path(self) -> str:
        return self.paths[0] if self.paths else ""


def date_bounds(filters: Filters) -> tuple[str | None, str | None]:
    """Inclusive ISO bounds comparable with `taken_at`; a bare end date covers its whole day."""
    lo, hi = filters.date_from, filters.date_to
    if hi is not None and len(hi) == 10:
        hi = hi + "T23:59:59"
    if lo is not None and len(lo) == 10:
        lo = lo + "T00:00:00"
    return lo, hi
