"""Typed filters (`folder:Holidays`, `camera:canon`) resolved against the library, and merged
with the filters of the filter bar or the CLI flags.

Merging: dates intersect (both must hold); a typed folder, camera or location replaces the
bar's for that field (what was typed last is what the user means now).
"""

from __future__ import annotations

import os
from dataclasses import replace

from photoseek.catalog.photo_queries import PhotoQueries
from photoseek.records import Filters
from photoseek.search.query_parse import ParsedQuery, fold

_SEPARATORS = "/\\"


def _components(path: str) -> list[str]:
    return [c for c in path.replace("\\", "/").split("/") if c]


def folder_candidates(photos: PhotoQueries) -> dict[str, int]:
    """Every folder inside the library (and the library folders), with its photo count."""
    roots = [f.path.rstrip(_SEPARATORS) for f in photos.catalog.folders()]
    out: dict[str, int] = {}
    for directory, n in photos.directories():
        root = next((r for r in roots if directory == r or directory.startswith(r + os.sep)), None)
        if root is None:
            continue
        parent = os.path.dirname(root)
        rel = _components(directory[len(parent) :])
        path = parent
        for part in rel:
            path = os.path.join(path, part)
            out[path] = out.get(path, 0) + n
    return out


def resolve_folders(photos: PhotoQueries, names: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """Folder paths for names or paths as typed; ("", reason) parts when one matches nothing."""
    found: list[str] = []
    candidates: dict[str, int] | None = None
    for name in names:
        if os.path.isabs(os.path.expanduser(name)):
            found.append(os.path.realpath(os.path.expanduser(name)))
            continue
        if candidates is None:
            candidates = folder_candidates(photos)
        want = fold(name.strip("/\\"))
        hits = [p for p in candidates if fold(os.path.basename(p)) == want]
        if not hits:  # a part of a name: "folder:paris" finds "Paris 2019"
            hits = [p for p in candidates if want and want in fold(os.path.basename(p))]
        if not hits:
            return (), f"No folder of the library is named {name!r}."
        # A match inside another match adds nothing.
        hits.sort(key=len)
        for h in hits:
            if not any(h.startswith(k.rstrip(_SEPARATORS) + os.sep) for k in found):
                found.append(h)
    return tuple(dict.fromkeys(found)), ""


def resolve_camera(photos: PhotoQueries, typed: str) -> tuple[str | None, str]:
    """The library's camera for a typed name: exact (any case), else the one that contains it
    (the one with most photos when several do)."""
    cameras = photos.cameras()
    want = fold(typed)
    for name, _n in cameras:
        if fold(name) == want:
            return name, ""
    for name, _n in cameras:  # most photos first
        if want in fold(name):
            return name, ""
    return None, f"No photo of the library was taken with a camera named {typed!r}."


def merge_filters(photos: PhotoQueries, base: Filters, parsed: ParsedQuery) -> tuple[Filters, str]:
    """The filters a search uses, and a sentence when a typed one matches nothing."""
    if not parsed.has_filters:
        return base, ""
    merged = base
    if parsed.folders:
        folders, problem = resolve_folders(photos, parsed.folders)
        if problem:
            return base, problem
        merged = replace(merged, folders=folders)
    if parsed.camera:
        camera, problem = resolve_camera(photos, parsed.camera)
        if problem:
            return base, problem
        merged = replace(merged, camera=camera)
    if parsed.has_location is not None:
        merged = replace(merged, has_location=parsed.has_location)
    lo = max(filter(None, (base.date_from, parsed.date_from)), default=None)
    hi = min(filter(None, (base.date_to, parsed.date_to)), default=None)
    if lo and hi and lo[:10] > hi[:10]:
        return base, f"No photo can be taken after {lo[:10]} and before {hi[:10]}."
    return replace(merged, date_from=lo, date_to=hi), ""
