"""Read-only questions to the catalog about indexed photos: the timeline, counts per month,
cameras, folders, photos by the words of their names, and what duplicate detection needs.

Every query is over `files` rows in the `indexed` state, grouped by content hash (one photo
content may have several paths), with the same `Filters` the stores understand, so browsing
and searching agree on what a filter lets through. The indexes they use come from schema
step 5 (taken_at, camera, and the `file_words` FTS5 table).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from photoseek.catalog.catalog import Catalog
from photoseek.records import Filters, PhotoMeta, SearchResult, date_bounds

# Separators the catalog's paths may use (POSIX and Windows).
_SEPARATORS = "/\\"


@dataclass(frozen=True)
class PhotoRow:
    """One photo content with every path that holds it (for duplicates and exports)."""

    hash: str
    paths: tuple[str, ...]
    size: int
    mtime_ns: int  # the oldest of its files
    meta: PhotoMeta


def folder_bounds(folder: str) -> tuple[str, str]:
    """[lo, hi) such that a path is under `folder` iff lo <= path < hi (an index range)."""
    prefix = folder.rstrip(_SEPARATORS) + os.sep
    return prefix, prefix[:-1] + chr(ord(os.sep) + 1)


def filter_sql(filters: Filters, alias: str = "f") -> tuple[str, list[object]]:
    """The WHERE clause (without WHERE) for indexed files that pass `filters`."""
    a = alias
    conds = [f"{a}.state = 'indexed'", f"{a}.hash IS NOT NULL"]
    params: list[object] = []
    if filters.folders:
        ors = []
        for folder in filters.folders:
            lo, hi = folder_bounds(folder)
            ors.append(f"({a}.path >= ? AND {a}.path < ?)")
            params += [lo, hi]
        conds.append("(" + " OR ".join(ors) + ")")
    lo_date, hi_date = date_bounds(filters)
    if lo_date:
        conds.append(f"{a}.taken_at >= ?")
        params.append(lo_date)
    if hi_date:
        conds.append(f"{a}.taken_at <= ?")
        params.append(hi_date)
    if filters.camera:
        conds.append(f"{a}.camera = ?")
        params.append(filters.camera)
    if filters.has_location is True:
        conds.append(f"({a}.lat IS NOT NULL AND {a}.lon IS NOT NULL)")
    elif filters.has_location is False:
        conds.append(f"({a}.lat IS NULL OR {a}.lon IS NULL)")
    return " AND ".join(conds), params


def fts_query(tokens: Sequence[str]) -> str:
    """An FTS5 MATCH expression that needs every token (each quoted: no operator injection)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens if t)


class PhotoQueries:
    """Questions about indexed photos; a friend of `Catalog` (uses its locked reader)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    # -- browsing ---------------------------------------------------------------------------
    def count(self, filters: Filters) -> int:
        where, params = filter_sql(filters)
        rows = self.catalog._query(
            f"SELECT COUNT(DISTINCT f.hash) FROM files f WHERE {where}", params
        )
        return int(rows[0][0])

    def timeline(
        self, filters: Filters, limit: int, offset: int = 0, newest_first: bool = True
    ) -> list[SearchResult]:
        """Photos by date (unknown dates last, then by hash so pages never overlap)."""
        where, params = filter_sql(filters)
        order = "DESC" if newest_first else "ASC"
        rows = self.catalog._query(
            f"SELECT f.hash AS hash, MAX(f.taken_at) AS taken FROM files f WHERE {where} "
            f"GROUP BY f.hash ORDER BY taken IS NULL, taken {order}, f.hash LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        return self.results([r["hash"] for r in rows])

    def results(self, hashes: Sequence[str], score: float = 0.0) -> list[SearchResult]:
        """SearchResults for these contents, in this order (unknown ones left out)."""
        docs = self.catalog.docs(list(hashes))
        out = []
        for h in hashes:
            d = docs.get(h)
            if d is not None:
                out.append(SearchResult(h, score, tuple(d.paths), d.size, d.meta))
        return out

    def months(self, filters: Filters) -> list[tuple[str | None, int]]:
        """Photo counts per month ("YYYY-MM"; None for an unknown date), oldest first."""
        where, params = filter_sql(filters)
        rows = self.catalog._query(
            "SELECT substr(taken, 1, 7) AS month, COUNT(*) AS n FROM "
            f"(SELECT MAX(f.taken_at) AS taken FROM files f WHERE {where} GROUP BY f.hash) "
            "GROUP BY month ORDER BY month IS NULL, month",
            params,
        )
        return [(r["month"], int(r["n"])) for r in rows]

    def cameras(self, filters: Filters | None = None) -> list[tuple[str, int]]:
        """Cameras with their photo counts, most photos first."""
        where, params = filter_sql(filters or Filters())
        rows = self.catalog._query(
            f"SELECT f.camera AS camera, COUNT(DISTINCT f.hash) AS n FROM files f WHERE {where} "
            "AND f.camera IS NOT NULL AND f.camera <> '' GROUP BY f.camera "
            "ORDER BY n DESC, f.camera",
            params,
        )
        return [(r["camera"], int(r["n"])) for r in rows]

    def directories(self) -> list[tuple[str, int]]:
        """Every folder that directly holds indexed photos, with its count of files."""
        rows = self.catalog._query(
            "SELECT rtrim(f.path, replace(replace(f.path, '/', ''), '\\', '')) AS dir, "
            "COUNT(*) AS n FROM files f WHERE f.state = 'indexed' GROUP BY dir ORDER BY dir"
        )
        return [(str(r["dir"]).rstrip(_SEPARATORS) or os.sep, int(r["n"])) for r in rows]

    def located(self, hashes: Sequence[str]) -> set[str]:
        docs = self.catalog.docs(list(hashes))
        return {h for h, d in docs.items() if d.meta.has_location}

    # -- words ------------------------------------------------------------------------------
    def by_words(self, tokens: Sequence[str], filters: Filters, limit: int = 500) -> list[str]:
        """Contents whose file name, folders or camera hold every token, best match first."""
        match = fts_query(tokens)
        if not match:
            return []
        where, params = filter_sql(filters)
        rows = self.catalog._query(
            "SELECT f.hash AS hash, MIN(w.rank) AS best FROM "
            "(SELECT rowid AS id, rank FROM file_words "
            "WHERE file_words MATCH ?) w JOIN files f ON f.id = w.id "
            f"WHERE {where} GROUP BY f.hash ORDER BY best, f.hash LIMIT ?",
            [match, *params, int(limit)],
        )
        return [r["hash"] for r in rows]

    # -- duplicates -------------------------------------------------------------------------
    def photos(self) -> list[PhotoRow]:
        """Every indexed content with all its paths (for duplicate detection)."""
        rows = self.catalog._query(
            "SELECT hash, path, size, mtime_ns, width, height, taken_at, camera, lat, lon "
            "FROM files WHERE state = 'indexed' AND hash IS NOT NULL ORDER BY hash, path"
        )
        out: list[PhotoRow] = []
        for r in rows:
            if out and out[-1].hash == r["hash"]:
                last = out[-1]
                out[-1] = PhotoRow(
                    last.hash,
                    (*last.paths, r["path"]),
                    last.size,
                    min(last.mtime_ns, r["mtime_ns"]),
                    last.meta,
                )
                continue
            meta = PhotoMeta(
                r["width"], r["height"], r["taken_at"], r["camera"], r["lat"], r["lon"]
            )
            out.append(PhotoRow(r["hash"], (r["path"],), r["size"], r["mtime_ns"], meta))
        return out

    def indexed_paths(self, paths: Sequence[str]) -> set[str]:
        """Which of these paths are photos of the library (nothing else may be trashed)."""
        out: set[str] = set()
        for i in range(0, len(paths), 500):
            chunk = list(paths[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.catalog._query(f"SELECT path FROM files WHERE path IN ({marks})", chunk)
            out.update(r["path"] for r in rows)
        return out
