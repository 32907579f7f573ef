"""Plain records shared by the layers (no behaviour, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    """One photo in an answer. `score` is the store's kNN `_score` (higher is closer)."""

    path: str
    score: float
    content_hash: str
    paths: tuple[str, ...] = ()
    meta: PhotoMeta = field(default_factory=PhotoMeta)
    size: int | None = None


def date_bounds(filters: Filters) -> tuple[str | None, str | None]:
    """Inclusive ISO bounds comparable with `taken_at`; a bare end date covers its whole day."""
    lo, hi = filters.date_from, filters.date_to
    if hi is not None and len(hi) == 10:
        hi = hi + "T23:59:59"
    if lo is not None and len(lo) == 10:
        lo = lo + "T00:00:00"
    return lo, hi
