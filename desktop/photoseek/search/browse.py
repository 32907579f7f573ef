"""What the filter bar offers and how a timeline is grouped: the folder tree, photo counts per
month, the cameras — all from the catalog, so they work while the store is away."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from photoseek.catalog import Catalog
from photoseek.catalog.photo_queries import PhotoQueries
from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.search.resolve import folder_candidates

UNKNOWN_MONTH = ""  # the group of photos without a date


@dataclass
class FolderNode:
    path: str
    name: str
    count: int  # photos in it and below
    children: list[FolderNode] = field(default_factory=list)


@dataclass(frozen=True)
class Facets:
    folders: list[FolderNode]  # one tree per library folder
    months: list[tuple[str | None, int]]  # ("YYYY-MM" | None, photos), oldest first
    cameras: list[tuple[str, int]]  # most photos first
    located: int  # photos with a GPS position
    total: int


def folder_tree(photos: PhotoQueries) -> list[FolderNode]:
    counts = folder_candidates(photos)
    nodes = {p: FolderNode(p, os.path.basename(p) or p, n) for p, n in counts.items()}
    roots: list[FolderNode] = []
    for path in sorted(nodes):
        parent = nodes.get(os.path.dirname(path))
        (parent.children if parent is not None else roots).append(nodes[path])
    return roots


def facets(catalog: Catalog, filters: Filters = NO_FILTERS) -> Facets:
    """Everything the filter bar shows; months and counts honour `filters`' other fields."""
    photos = PhotoQueries(catalog)
    months = photos.months(Filters(folders=filters.folders, camera=filters.camera,
                                   has_location=filters.has_location))  # fmt: skip
    return Facets(
        folders=folder_tree(photos),
        months=months,
        cameras=photos.cameras(),
        located=photos.count(Filters(has_location=True)),
        total=photos.count(NO_FILTERS),
    )


def month_of(result: SearchResult) -> str:
    """ "YYYY-MM" of the photo's date, or UNKNOWN_MONTH."""
    taken = result.meta.taken_at
    return taken[:7] if taken and len(taken) >= 7 else UNKNOWN_MONTH


def month_groups(results: Sequence[SearchResult]) -> list[tuple[str, int, int]]:
    """(month, first index, count) of consecutive runs of one month (results in date order)."""
    out: list[tuple[str, int, int]] = []
    for i, r in enumerate(results):
        m = month_of(r)
        if out and out[-1][0] == m:
            out[-1] = (m, out[-1][1], out[-1][2] + 1)
        else:
            out.append((m, i, 1))
    return out


def month_range(months: Iterable[str]) -> tuple[str, str]:
    """The first and last day ("YYYY-MM-DD") of a span of "YYYY-MM" months."""
    import calendar

    ordered = sorted(m for m in months if m)
    if not ordered:
        raise ValueError("no month")
    y, m = (int(x) for x in ordered[-1].split("-"))
    last = calendar.monthrange(y, m)[1]
    return f"{ordered[0]}-01", f"{ordered[-1]}-{last:02d}"
