"""A search session: the query on screen, its pages, and the searches before and after it.

Plain state, no Qt and no threads, so it is tested without a window. The window asks it for a
`PageRequest`, runs it on a worker (`PageRequest.run`), and hands the answer back with
`accept`; an answer for an older generation (a newer search started meanwhile) or an older
page is refused, so a slow search can never overwrite a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.search.service import SearchService

MAX_HISTORY = 50


class QueryKind(StrEnum):
    TEXT = "text"
    FILE = "file"  # an image file that may not be in the library
    IMAGE = "image"  # picture bytes (pasted, dropped from a browser)
    SIMILAR = "similar"  # a library photo: no model call


@dataclass(frozen=True)
class Query:
    kind: QueryKind
    text: str = ""
    path: str = ""
    image: bytes | None = None
    label: str = ""  # how the search bar's chip names a picture query
    filters: Filters = NO_FILTERS

    @property
    def is_picture(self) -> bool:
        return self.kind is not QueryKind.TEXT

    def run(self, search: SearchService, k: int, offset: int) -> list[SearchResult]:
        """Worker side: one page of results."""
        f = self.filters
        if self.kind is QueryKind.TEXT:
            return search.text(self.text, k, f, offset)
        if self.kind is QueryKind.FILE:
            return search.image_file(self.path, k, f, offset)
        if self.kind is QueryKind.SIMILAR:
            return search.similar(self.path, k, f, offset)
        assert self.image is not None
        return search.image_bytes(self.image, k, f, offset)


@dataclass(frozen=True)
class PageRequest:
    generation: int
    page: int
    offset: int
    k: int
    query: Query

    def run(self, search: SearchService) -> list[SearchResult]:
        return self.query.run(search, self.k, self.offset)


class SearchSession:
    def __init__(self, page_size: int = 100) -> None:
        self.page_size = page_size
        self.generation = 0
        self.query: Query | None = None
        self.page = 0  # of the newest page asked for within the generation
        self.fetched = 0  # results received for the current query (the next offset)
        self.more = False  # the last page was full: there may be more
        self.loading = False
        self.stale_answers = 0  # answers dropped because something newer had started
        self._back: list[Query] = []
        self._forward: list[Query] = []

    # -- starting and paging ------------------------------------------------------------------
    def start(self, query: Query, *, remember: bool = True) -> PageRequest:
        """A new search: a new generation and its first page; the one before goes in history."""
        if remember and self.query is not None and self.query != query:
            self._back.append(self.query)
            del self._back[:-MAX_HISTORY]
            self._forward.clear()
        self.generation += 1
        self.query = query
        self.page = 0
        self.fetched = 0
        self.more = False
        self.loading = True
        return PageRequest(self.generation, 0, 0, self.page_size, query)

    def next_page(self) -> PageRequest | None:
        """The next page of the current query, unless it is complete or a page is on its way."""
        if self.query is None or not self.more or self.loading:
            return None
        self.page += 1
        self.loading = True
        return PageRequest(self.generation, self.page, self.fetched, self.page_size, self.query)

    def retry(self) -> PageRequest | None:
        """The current query from its first page again (after an error)."""
        return self.start(self.query, remember=False) if self.query is not None else None

    def clear(self) -> None:
        """Back to no query (✕, an empty search box); an answer on its way is dropped."""
        if self.query is not None:
            self._back.append(self.query)
            self._forward.clear()
        self.generation += 1
        self.query = None
        self.loading = False
        self.more = False

    # -- answers --------------------------------------------------------------------------------
    def is_current(self, request: PageRequest) -> bool:
        return request.generation == self.generation and request.page == self.page

    def accept(self, request: PageRequest, results: list[SearchResult]) -> bool:
        """Take a page of results; False (and nothing changes) when it is stale."""
        if not self.is_current(request):
            self.stale_answers += 1
            return False
        self.loading = False
        self.fetched += len(results)
        self.more = len(results) >= request.k
        return True

    def fail(self, request: PageRequest) -> bool:
        """A page failed; False when it is stale."""
        if not self.is_current(request):
            self.stale_answers += 1
            return False
        self.loading = False
        self.more = False
        return True

    # -- history --------------------------------------------------------------------------------
    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> PageRequest | None:
        if not self._back:
            return None
        if self.query is not None:
            self._forward.append(self.query)
        return self.start(self._back.pop(), remember=False)

    def forward(self) -> PageRequest | None:
        if not self._forward:
            return None
        if self.query is not None:
            self._back.append(self.query)
        return self.start(self._forward.pop(), remember=False)
