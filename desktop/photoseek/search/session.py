"""A search session: the query on screen, its pages, and the searches before and after it.

Plain state, no Qt and no threads, so it is tested without a window. The window asks it for a
`PageRequest`, runs it on a worker (`PageRequest.run`), and hands the answer back with
`accept`; an answer for an older generation (a newer search started meanwhile) or an older
page is refused, so a slow search can never overwrite a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.search.engine import Finder, Picture, SearchPage, SearchRequest, Sort
from photoseek.search.relevance import DEFAULT_STRICTNESS

MAX_HISTORY = 50


class QueryKind(StrEnum):
    TEXT = "text"
    FILE = "file"  # an image file that may not be in the library
    IMAGE = "image"  # picture bytes (pasted, dropped from a browser)
    SIMILAR = "similar"  # library photos (one or several): no model call
    BROWSE = "browse"  # no words, no picture: the timeline


@dataclass(frozen=True)
class Query:
    """What is searched for and how (everything back/forward restores)."""

    kind: QueryKind
    text: str = ""  # words; with a picture kind, the words added to the picture
    path: str = ""
    image: bytes | None = None
    label: str = ""  # how the search bar's chip names a picture query
    filters: Filters = NO_FILTERS
    paths: tuple[str, ...] = ()  # SIMILAR of several photos (`path` is the first)
    like: tuple[str, ...] = ()  # More like these
    unlike: tuple[str, ...] = ()  # Less like these
    without: tuple[str, ...] = ()  # the *without* words
    strictness: float = DEFAULT_STRICTNESS
    everything: bool = False  # every photo ranked, no cutoff
    sort: Sort = Sort.RELEVANCE

    @property
    def is_picture(self) -> bool:
        return self.kind in (QueryKind.FILE, QueryKind.IMAGE, QueryKind.SIMILAR)

    @property
    def is_browse(self) -> bool:
        return self.kind is QueryKind.BROWSE

    def pictures(self) -> tuple[Picture, ...]:
        if self.kind is QueryKind.FILE:
            return (Picture(path=self.path),)
        if self.kind is QueryKind.IMAGE:
            return (Picture(data=self.image),)
        if self.kind is QueryKind.SIMILAR:
            return tuple(Picture(path=p, in_library=True) for p in (self.paths or (self.path,)))
        return ()

    def request(self) -> SearchRequest:
        return SearchRequest(
            text=self.text if self.kind is not QueryKind.BROWSE else "",
            pictures=self.pictures(),
            like=self.like,
            unlike=self.unlike,
            without=self.without,
            filters=self.filters,
            strictness=self.strictness,
            everything=self.everything,
            sort=self.sort,
        )

    def refined(self, like: tuple[str, ...] = (), unlike: tuple[str, ...] = ()) -> Query:
        """This query with more liked / disliked photos (relevance feedback). From the
        timeline, liked photos become the query; disliking alone leaves nothing to look for."""
        if self.kind is QueryKind.BROWSE:
            if not like:
                return self
            return replace(self, kind=QueryKind.SIMILAR, path=like[0], paths=like, unlike=unlike)
        liked = tuple(p for p in dict.fromkeys((*self.like, *like)) if p not in unlike)
        disliked = tuple(p for p in dict.fromkeys((*self.unlike, *unlike)) if p not in like)
        return replace(self, like=liked, unlike=disliked)

    def run(self, finder: Finder, k: int, offset: int) -> SearchPage:
        """Worker side: one page of the answer."""
        return finder.find(self.request(), k, offset)


@dataclass(frozen=True)
class PageRequest:
    generation: int
    page: int
    offset: int
    k: int
    query: Query

    def run(self, finder: Finder) -> SearchPage:
        return self.query.run(finder, self.k, self.offset)


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

    def accept(self, request: PageRequest, answer: SearchPage | list[SearchResult]) -> bool:
        """Take a page; False (and nothing changes) when it is stale. A `SearchPage` knows
        whether more follow (its total); a bare list is full when there may be more."""
        if not self.is_current(request):
            self.stale_answers += 1
            return False
        self.loading = False
        if isinstance(answer, SearchPage):
            self.fetched += len(answer.results)
            self.more = answer.more
        else:
            self.fetched += len(answer)
            self.more = len(answer) >= request.k
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
    def history(self) -> tuple[list[Query], list[Query]]:
        """(back, forward) stacks, oldest first / next first (for menus and tests)."""
        return list(self._back), list(reversed(self._forward))

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
