"""Search requests for the Elasticsearch store: kNN with filters and paging, and their hits."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from photoseek.fspath import from_wire, to_wire
from photoseek.records import Filters, PhotoMeta, SearchResult, date_bounds
from photoseek.stores.base import StoreError
from photoseek.stores.elastic_mapping import VECTOR_FIELD

MAX_NUM_CANDIDATES = 10_000  # the server refuses more (400)
# The kNN `k` of a query's pages. On quantised indices (int8/int4/bbq HNSW) each (k,
# num_candidates) is its own approximate search: pages cut from searches of growing k could
# repeat or skip photos. So every page of a query within the first window is a slice of one
# search with the same k and candidates; only a page past it uses the larger window.
WINDOWS = (1_000, MAX_NUM_CANDIDATES)


def num_candidates(k: int, factor: float) -> int:
    """Candidates per shard for a kNN query that must return `k` hits.

    More candidates find the true nearest neighbours more often, at a cost; the server
    wants k ≤ num_candidates ≤ 10000.
    """
    if k < 1:
        raise StoreError(f"A search needs at least one result, not {k}.")
    if k > MAX_NUM_CANDIDATES:
        raise StoreError(
            f"Elasticsearch finds at most {MAX_NUM_CANDIDATES} nearest photos per query, and "
            f"this page would need {k}: ask for fewer results or page less deep."
        )
    return min(MAX_NUM_CANDIDATES, max(k, math.ceil(factor * k)))


def filter_clauses(filters: Filters) -> list[dict[str, Any]]:
    """The filters as query clauses, applied inside the kNN search (so k hits still come back)."""
    out: list[dict[str, Any]] = []
    if filters.folders:
        prefixes = [to_wire(f.rstrip("/\\") + "/") for f in filters.folders]
        out.append(
            {
                "bool": {
                    "should": [{"prefix": {"paths": p}} for p in prefixes],
                    "minimum_should_match": 1,
                }
            }
        )
    lo, hi = date_bounds(filters)
    if lo or hi:
        bounds = {}
        if lo:
            bounds["gte"] = lo
        if hi:
            bounds["lte"] = hi
        out.append({"range": {"taken_at": bounds}})
    if filters.camera:
        out.append({"term": {"camera": filters.camera}})
    if filters.has_location is True:
        out.append({"exists": {"field": "location"}})
    elif filters.has_location is False:
        out.append({"bool": {"must_not": [{"exists": {"field": "location"}}]}})
    return out


def window(wanted: int) -> int:
    """The kNN `k` for a page ending at result `wanted` (see WINDOWS)."""
    if wanted < 1:
        raise StoreError(f"A search needs at least one result, not {wanted}.")
    if wanted > MAX_NUM_CANDIDATES:
        raise StoreError(
            f"Elasticsearch finds at most {MAX_NUM_CANDIDATES} nearest photos per query, and "
            f"this page would need {wanted}: ask for fewer results or page less deep."
        )
    return next(w for w in WINDOWS if w >= wanted)


def search_body(
    vector: np.ndarray, k: int, offset: int, filters: Filters, factor: float
) -> dict[str, Any]:
    """A top-level kNN search for the best `k` hits after `offset` ("load more" paging): a
    page of one fixed window of nearest photos, the same search for every page of a query."""
    top = window(offset + k)
    knn: dict[str, Any] = {
        "field": VECTOR_FIELD,
        "query_vector": [float(x) for x in np.asarray(vector, np.float32)],
        "k": top,
        "num_candidates": num_candidates(top, factor),
    }
    clauses = filter_clauses(filters)
    if clauses:
        knn["filter"] = {"bool": {"filter": clauses}}
    return {
        "knn": knn,
        "from": offset,
        "size": k,
        # 9.2+ leaves vectors out of _source by default, older servers do not: say it always,
        # a page of 100 hits at 1024 dims would otherwise carry 2 MB of numbers nobody reads.
        "_source": {"excludes": [VECTOR_FIELD]},
        "track_total_hits": False,
    }


def hit_from(raw: dict[str, Any]) -> SearchResult:
    src = raw.get("_source") or {}
    location = src.get("location")
    lat = lon = None
    if isinstance(location, dict):
        lat, lon = location.get("lat"), location.get("lon")
    meta = PhotoMeta(
        width=src.get("width"),
        height=src.get("height"),
        taken_at=src.get("taken_at"),
        camera=src.get("camera"),
        lat=lat,
        lon=lon,
    )
    paths = src.get("paths") or []
    if isinstance(paths, str):
        paths = [paths]
    return SearchResult(
        content_hash=str(raw["_id"]),
        score=float(raw.get("_score") or 0.0),
        paths=tuple(from_wire(str(p)) for p in paths),
        size=src.get("size"),
        meta=meta,
    )
