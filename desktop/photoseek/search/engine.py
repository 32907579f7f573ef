"""Searches people can trust: only the relevant photos, in the order asked for, with paging that
never shows a photo the relevance rule left out.

A `SearchRequest` (text with typed filters and exclusions, pictures, liked and disliked
photos, filters, strictness, sort) becomes one query vector (`feedback`), whose ranking from
the store is cut by the relevance rule (`relevance`), fused by reciprocal rank with the photos
whose names match the words (`fusion`, from the catalog's FTS5 table), cleared of what the
exclusions look like, and sorted. The answer of one request is computed once and kept, so
every page is a slice of the same list and the count is exact. With no words and no
pictures the request is a browse: the timeline, from the catalog.

Client-side fusion is used for both stores: the Elasticsearch index has no tokenised folder
or camera fields and the RRF retriever needs an Enterprise licence, while the catalog knows
every name on every machine; the order is then the same whichever store answers.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np

from photoseek.catalog import Catalog
from photoseek.catalog.photo_queries import PhotoQueries
from photoseek.matryoshka import truncate
from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.search import feedback, relevance
from photoseek.search.fusion import rrf
from photoseek.search.query_parse import ParsedQuery, QueryError, keyword_tokens, parse_query
from photoseek.search.relevance import DEFAULT_STRICTNESS, Bounds, Cut, Kind, Part
from photoseek.search.resolve import merge_filters
from photoseek.search.service import SearchError, SearchService
from photoseek.stores.base import IndexInfo, VectorStore

INITIAL_POOL = 200  # hits asked for first; grown ×4 while all of them pass the rule
MAX_POOL = 10_000  # Elasticsearch's kNN limit, and more than anyone reads through
MAX_BY_NAME = 2_000  # photos found by their names
CACHED_ANSWERS = 8

NO_MATCH = "No photo looks like that."
NO_PHOTO_IN_FILTERS = "No photo matches these filters."


class Sort(StrEnum):
    RELEVANCE = "relevance"
    DATE = "date"  # newest first
    DATE_ASC = "date-asc"  # oldest first


@dataclass(frozen=True)
class Picture:
    """A picture to search by: a file, picture bytes, or a library photo (`in_library`: it is
    left out of its own answer, as *Find similar* does)."""

    path: str = ""
    data: bytes | None = None
    in_library: bool = False


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""  # words for the model, typed filters, -exclusions
    pictures: tuple[Picture, ...] = ()
    like: tuple[str, ...] = ()  # library photos: more like these
    unlike: tuple[str, ...] = ()  # library photos: less like these
    without: tuple[str, ...] = ()  # words to exclude (the *without* field), as -word does
    filters: Filters = NO_FILTERS
    strictness: float = DEFAULT_STRICTNESS
    min_score: float | None = None  # an explicit cutoff replaces the rule
    everything: bool = False  # every photo, ranked (no cutoff)
    sort: Sort = Sort.RELEVANCE

    @property
    def is_browse(self) -> bool:
        return not (parse_query(self.text).text or self.pictures or self.like)


@dataclass(frozen=True)
class SearchPage:
    results: list[SearchResult]
    total: int  # matching photos (every page agrees)
    offset: int
    kind: str  # "text" | "image" | "browse"
    parsed: ParsedQuery
    cutoff: float | None = None  # the lowest `_score` shown (None: browse or --all)
    floor: float | None = None
    best: float | None = None
    by_name: frozenset[str] = frozenset()  # contents found by their names
    message: str = ""  # why nothing is shown, when nothing is

    @property
    def more(self) -> bool:
        return self.offset + len(self.results) < self.total


@dataclass
class _Answer:
    results: list[SearchResult]
    kind: str
    parsed: ParsedQuery
    cut: Cut | None = None
    floor: float | None = None
    by_name: frozenset[str] = frozenset()
    message: str = ""
    page: Callable[[int, int], list[SearchResult]] | None = None  # answers paged elsewhere
    total: int = 0


class Finder:
    """The relevance engine over the search service (vectors), the store and the catalog."""

    def __init__(self, search: SearchService, catalog: Catalog, store: VectorStore) -> None:
        self.search = search
        self.catalog = catalog
        self.store = store
        self.photos = PhotoQueries(catalog)
        self._answers: OrderedDict[object, _Answer] = OrderedDict()
        self._lock = threading.Lock()

    def forget(self) -> None:
        """Indexing changed what the store holds: answer every request afresh."""
        with self._lock:
            self._answers.clear()

    # -- the public call ----------------------------------------------------------------------
    def find(self, request: SearchRequest, k: int = 50, offset: int = 0) -> SearchPage:
        """One page of the answer; SearchError (one sentence) when it cannot be answered."""
        if k < 1 or offset < 0:
            raise SearchError("Ask for at least one photo, from a non-negative offset.")
        answer = self._answer(request)
        if answer.page is not None:
            results = answer.page(k, offset)
        else:
            results = answer.results[offset : offset + k]
        best = max((r.score for r in answer.results or results), default=None)
        return SearchPage(
            results=results,
            total=answer.total if answer.page is not None else len(answer.results),
            offset=offset,
            kind=answer.kind,
            parsed=answer.parsed,
            cutoff=answer.cut.cutoff if answer.cut is not None else None,
            floor=answer.floor,
            best=best if answer.kind != "browse" else None,
            by_name=answer.by_name,
            message=answer.message,
        )

    def _answer(self, request: SearchRequest) -> _Answer:
        try:
            parsed = parse_query(request.text)
        except QueryError as exc:
            raise SearchError(str(exc)) from exc
        filters, problem = merge_filters(self.photos, request.filters, parsed)
        if problem:
            return _Answer([], "browse" if request.is_browse else "text", parsed, message=problem)
        browse = not (parsed.text or request.pictures or request.like)
        index = None if browse else self.search.active_index()
        key = (request, index.name if index else None, index.count if index else None)
        with self._lock:
            cached = self._answers.get(key)
            if cached is not None:
                self._answers.move_to_end(key)
                return cached
        if browse:
            answer = self._browse(request, parsed, filters)
        else:
            assert index is not None
            answer = self._query(request, parsed, filters, index)
        if answer.page is None:  # answers paged elsewhere are cheap to ask again
            with self._lock:
                self._answers[key] = answer
                while len(self._answers) > CACHED_ANSWERS:
                    self._answers.popitem(last=False)
        return answer

    # -- browsing -----------------------------------------------------------------------------
    def _browse(self, request: SearchRequest, parsed: ParsedQuery, filters: Filters) -> _Answer:
        newest = request.sort is not Sort.DATE_ASC
        total = self.photos.count(filters)

        def page(k: int, offset: int) -> list[SearchResult]:
            return self.photos.timeline(filters, k, offset, newest_first=newest)

        message = "" if total else NO_PHOTO_IN_FILTERS
        return _Answer([], "browse", parsed, page=page, total=total, message=message)

    # -- queries ------------------------------------------------------------------------------
    def _query(
        self, request: SearchRequest, parsed: ParsedQuery, filters: Filters, index: IndexInfo
    ) -> _Answer:
        spec = self.search.spec()
        dims = index.dims or spec.dims
        model = self.search.index_model(index)  # during a model switch: the old one's
        composed, own, pictured = self._compose(request, parsed, dims)
        b = relevance.bounds(model, composed.parts, composed.norm)
        kind = b.kind.value
        if request.everything:
            return self._everything(request, parsed, filters, index, composed.vector, own, kind)
        unliked = self._hashes(request.unlike)

        def accept(scores: list[float]) -> Cut:
            if request.min_score is not None:
                return relevance.cut_at(scores, request.min_score)
            return relevance.cut(scores, b, request.strictness)

        pinned = frozenset(self._hashes(request.like) | pictured)
        hits, c = self._pool(index, composed.vector, filters, accept, own, pinned)
        # What a search for the excluded word alone would find in the whole library (filtered
        # alone, the best of a few would always look like it).
        excluded = self._excluded(parsed.exclude + request.without, index, NO_FILTERS, dims)
        drop = excluded | unliked
        ranked = [r for r in hits if r.content_hash not in drop]

        named = [h for h in self._by_name(parsed, filters) if h not in drop and h not in own]
        by_name = frozenset(named)
        if named:
            have = {r.content_hash: r for r in ranked}
            extra = [h for h in named if h not in have]
            for r in self._scored(extra, composed.vector, dims):
                have[r.content_hash] = r
            order = rrf([[r.content_hash for r in ranked], named])
            ranked = [have[h] for h in order if h in have]
        ranked = sort_results(ranked, request.sort)
        message = ""
        if not ranked:
            empty = not filters.empty and not self.photos.count(filters)
            message = NO_PHOTO_IN_FILTERS if empty else NO_MATCH
        return _Answer(ranked, kind, parsed, cut=c, floor=b.floor, by_name=by_name,
                       message=message)  # fmt: skip

    def _everything(
        self,
        request: SearchRequest,
        parsed: ParsedQuery,
        filters: Filters,
        index: IndexInfo,
        vector: np.ndarray,
        own: dict[str, tuple[str, ...]],
        kind: str,
    ) -> _Answer:
        """`--all`: every photo under the filters, ranked (or by date), paged from the store."""
        total = max(0, self.photos.count(filters) - len(own))
        dims = index.dims or self.search.spec().dims
        if request.sort is Sort.RELEVANCE:

            def page(k: int, offset: int) -> list[SearchResult]:
                hits = self.store.search(index.name, vector, offset + k + len(own), filters=filters)
                return _leave_out(hits, own)[offset : offset + k]

        else:

            def page(k: int, offset: int) -> list[SearchResult]:
                newest = request.sort is Sort.DATE
                rows = self.photos.timeline(filters, offset + k + len(own), 0, newest_first=newest)
                kept = _leave_out(rows, own)[offset : offset + k]
                scored = {r.content_hash: r for r in self._scored(
                    [r.content_hash for r in kept], vector, dims)}  # fmt: skip
                return [scored.get(r.content_hash, r) for r in kept]

        return _Answer([], kind, parsed, page=page, total=total)

    def _compose(
        self, request: SearchRequest, parsed: ParsedQuery, dims: int
    ) -> tuple[feedback.Composed, dict[str, tuple[str, ...]], set[str]]:
        """The query vector; the library photos searched by (left out of the answer); the
        pictures searched by that may be in the library (kept, not part of the curve)."""
        text = None
        if parsed.text:
            text = feedback.unit(truncate(self.search.text_vectors([parsed.text])[0], dims))
        pictures: list[np.ndarray] = []
        own: dict[str, tuple[str, ...]] = {}
        pinned: set[str] = set()
        for p in request.pictures:
            if p.data is not None:
                h, full = self.search.picture_vector(p.data)
                pinned.add(h)
            else:
                h, full = self.search.photo_vector(p.path)
                if p.in_library:
                    given = (os.path.realpath(p.path), os.path.abspath(p.path))
                    own[h] = tuple(dict.fromkeys((*own.get(h, ()), *given)))
                else:
                    pinned.add(h)
            pictures.append(feedback.unit(truncate(full, dims)))
        liked = [
            feedback.unit(truncate(self.search.photo_vector(p)[1], dims)) for p in request.like
        ]
        disliked = [feedback.unit(truncate(self.search.photo_vector(p)[1], dims))
                    for p in request.unlike]  # fmt: skip
        try:
            composed = feedback.compose(feedback.terms(text, pictures, liked, disliked))
        except ValueError as exc:
            raise SearchError(f"This search has nothing left to look for: {exc}.") from exc
        return composed, own, pinned

    def _pool(
        self,
        index: IndexInfo,
        vector: np.ndarray,
        filters: Filters,
        accept: Callable[[list[float]], Cut],
        own: dict[str, tuple[str, ...]],
        pinned: frozenset[str] = frozenset(),
    ) -> tuple[list[SearchResult], Cut]:
        """The ranked hits the rule keeps, asking the store for more while all of them pass.

        `pinned` photos (the liked ones, the pictures searched by) are kept wherever they rank
        and left out of the curve the rule reads: they are part of the query, so they score
        far above the rest.
        """
        k = INITIAL_POOL
        while True:
            raw = self.store.search(index.name, vector, k, filters=filters)
            hits = _leave_out(raw, own)
            free = [h for h in hits if h.content_hash not in pinned]
            c = accept([h.score for h in free])
            if c.n < len(free) or len(raw) < k or k >= MAX_POOL:
                kept = {h.content_hash for h in free[: c.n]} | pinned
                return [h for h in hits if h.content_hash in kept], c
            k = min(MAX_POOL, k * 4)

    def _excluded(
        self, words: tuple[str, ...], index: IndexInfo, filters: Filters, dims: int
    ) -> set[str]:
        """Photos that a search for each excluded word alone would return (default rule)."""
        words = tuple(w for w in dict.fromkeys(" ".join(w.split()) for w in words) if w)
        if not words:
            return set()
        model = self.search.index_model(index)
        b = relevance.bounds(model, [Part(Kind.TEXT, 1.0)], 1.0)
        out: set[str] = set()
        for full in self.search.text_vectors(list(words)):
            q = feedback.unit(truncate(full, dims))
            hits, _c = self._pool(index, q, filters, lambda s: relevance.cut(s, b), {})
            out.update(h.content_hash for h in hits)
        return out

    def _by_name(self, parsed: ParsedQuery, filters: Filters) -> list[str]:
        tokens = keyword_tokens(parsed.text)
        return self.photos.by_words(tokens, filters, MAX_BY_NAME) if tokens else []

    def _scored(self, hashes: list[str], vector: np.ndarray, dims: int) -> list[SearchResult]:
        """Results for photos the store did not rank, scored from the vector cache as the
        store would (`_score` of the same unit vectors)."""
        if not hashes:
            return []
        vectors = self.catalog.vectors(hashes, self.search.index_model(self.search.active_index()))
        out = []
        for r in self.photos.results(hashes):
            full = vectors.get(r.content_hash)
            score = 0.0
            if full is not None:
                score = relevance.score_of(float(truncate(full, dims) @ vector))
            out.append(replace(r, score=score))
        return out

    def _hashes(self, paths: tuple[str, ...]) -> set[str]:
        out = set()
        for p in paths:
            h = self.catalog.hash_of_path(os.path.realpath(p)) or self.catalog.hash_of_path(
                os.path.abspath(p)
            )
            if h:
                out.add(h)
        return out


def _leave_out(results: list[SearchResult], own: dict[str, tuple[str, ...]]) -> list[SearchResult]:
    """Drop the photos searched by; one of their copies elsewhere stays (it is another file)."""
    if not own:
        return results
    out = []
    for r in results:
        given = own.get(r.content_hash)
        if given is not None:
            others = tuple(p for p in r.paths if p not in given)
            if not others:
                continue
            r = replace(r, paths=others)
        out.append(r)
    return out


def sort_results(results: list[SearchResult], sort: Sort) -> list[SearchResult]:
    """Relevance keeps the order; date sorts put photos without a date last (stable)."""
    if sort is Sort.RELEVANCE:
        return results
    dated = [r for r in results if r.meta.taken_at]
    undated = [r for r in results if not r.meta.taken_at]
    dated.sort(key=lambda r: r.meta.taken_at or "", reverse=sort is Sort.DATE)
    return dated + undated


__all__ = [
    "NO_MATCH",
    "NO_PHOTO_IN_FILTERS",
    "Bounds",
    "Finder",
    "Picture",
    "SearchPage",
    "SearchRequest",
    "Sort",
    "sort_results",
]
