"""Searching in the window: words, pictures, words + picture, the timeline, feedback, paging,
back/forward, and what the window shows for an answer (the grid, the count, or why nothing).

The query and its history live in the window's `SearchSession`; each page runs on the search
lane through the library's relevance engine (`Library.finder`). Every query carries the
filter bar's choices, so going back restores them too.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from photoseek.gui.states import State
from photoseek.gui.window_status import missing_key, problem_state
from photoseek.search.engine import NO_PHOTO_IN_FILTERS, SearchPage, Sort
from photoseek.search.query_parse import QueryError, parse_query
from photoseek.search.session import PageRequest, Query, QueryKind

if TYPE_CHECKING:
    from photoseek.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowSearch(QObject):
    """Owned by the window; drives its session, grid, search bar and filter bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.last: SearchPage | None = None  # the first page of the answer on screen
        for widget in (window.grid, window.state_view):
            # "/" focuses the search field (where it would not be typed into the field).
            shortcut = QShortcut(QKeySequence("/"), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(window.search_bar.focus)

    # -- what the filter bar says -------------------------------------------------------------
    def with_controls(self, query: Query) -> Query:
        bar = self.w.filter_bar
        return replace(
            query,
            filters=bar.filters(),
            sort=bar.sort_order(),
            strictness=bar.strictness.value,
            everything=bar.strictness.show_everything,
        )

    def controls_changed(self) -> None:
        """A filter, the sort, or the strictness changed: the same search, newly answered."""
        current = self.w.session.query
        if current is None:
            return
        query = self.with_controls(current)
        if query != current:
            self.run_query(query, remember=False)

    # -- starting searches --------------------------------------------------------------------
    def search_text(self, text: str) -> None:
        text = " ".join(text.split())
        current = self.w.session.query
        picture = current is not None and current.is_picture and self.w.search_bar.chip_visible
        if not text:
            if picture and current is not None and current.text:
                self.run_query(replace(current, text=""))
            elif not picture:
                self.browse()
            return
        state = self.w.saver.state.with_query(text)
        self.w.saver.update(state)
        self.w.search_bar.set_recent(list(state.recent_queries))
        if picture and current is not None:
            query = replace(current, text=text, like=(), unlike=())  # words + the picture
        else:
            self.w.search_bar.clear_chip()
            query = Query(QueryKind.TEXT, text=text)
        self.run_query(self.with_controls(query))

    def browse(self) -> None:
        """The timeline: every photo under the filters, newest first, in months."""
        self.w.search_bar.clear_chip()
        self.w.filter_bar.set_browsing(True)
        self.run_query(self.with_controls(Query(QueryKind.BROWSE)))

    def emptied(self) -> None:
        """✕, Esc or deleting the words: back to the timeline (or to the picture alone)."""
        current = self.w.session.query
        if current is not None and current.is_picture and self.w.search_bar.chip_visible:
            if current.text:
                self.run_query(replace(current, text=""))
            return
        if current is None or not current.is_browse:
            self.browse()

    def run_query(self, query: Query, *, remember: bool = True) -> None:
        w = self.w
        if w.filter_bar.browsing != query.is_browse:
            w.filter_bar.set_browsing(query.is_browse)
            query = replace(query, sort=w.filter_bar.sort_order())
        w.session.page_size = max(1, w.library.settings.search.page_size)
        request = w.session.start(query, remember=remember)
        if query.is_picture:
            w.search_bar.show_chip(query.label or self.tr("Picture"))
        self._show_chips(query)
        w.set_busy(True)
        self.run(request)
        w.commands.update_history()

    def _show_chips(self, query: Query) -> None:
        try:
            chips = parse_query(query.text).chips if query.text else ()
        except QueryError:
            chips = ()
        self.w.chip_row.set_chips(chips)

    def remove_token(self, token: str) -> None:
        """✕ on a typed-filter chip: the search text without it, searched again."""
        current = self.w.session.query
        if current is None:
            return
        text = " ".join("".join(current.text.split(token, 1)).split())
        self.w.search_bar.set_text(text)
        if current.is_picture:
            self.run_query(replace(current, text=text))
        else:
            self.search_text(text)

    def find_similar(self, paths: list[str]) -> None:
        """Photos like these library photos (one or several), as one query."""
        paths = list(dict.fromkeys(paths))
        if not paths:
            return
        label = os.path.basename(paths[0]) or paths[0]
        if len(paths) > 1:
            label = self.tr("{n} photos").format(n=len(paths))
        query = Query(QueryKind.SIMILAR, path=paths[0], paths=tuple(paths), label=label)
        self.run_query(self.with_controls(query))
        self.w.picture.show_chip_for(paths[0])

    def refine(self, like: list[str], unlike: list[str]) -> None:
        """More like these / Less like these: the current query with feedback on its vector."""
        current = self.w.session.query
        if current is None:
            current = Query(QueryKind.BROWSE)
        query = current.refined(tuple(like), tuple(unlike))
        if query is current:
            self.w.tell(self.tr("Less like these needs a search to refine."), 5000)
            return
        if query.kind is QueryKind.SIMILAR and not query.label:
            query = replace(query, label=os.path.basename(query.path))
        if query.kind is QueryKind.SIMILAR and current.kind is QueryKind.BROWSE:
            self.w.picture.show_chip_for(query.path)
        self.run_query(query)

    # -- history ------------------------------------------------------------------------------
    def back(self) -> None:
        self._go(self.w.session.back())

    def forward(self) -> None:
        self._go(self.w.session.forward())

    def _go(self, request: PageRequest | None) -> None:
        if request is None:
            return
        self.restore(request.query)
        self.w.set_busy(True)
        self.run(request)
        self.w.commands.update_history()

    def restore(self, query: Query) -> None:
        """Show a query's words, picture and choices again (from history)."""
        bar = self.w.search_bar
        bar.set_text(query.text)
        if query.is_picture:
            bar.show_chip(query.label or self.tr("Picture"))
            bar.set_text(query.text)
            if query.path:
                self.w.picture.show_chip_for(query.path)
        else:
            bar.clear_chip()
        self.w.filter_bar.set_browsing(query.is_browse)
        self.w.filter_bar.set_query(query.filters, query.sort, query.strictness, query.everything)
        self._show_chips(query)

    # -- pages --------------------------------------------------------------------------------
    def run(self, request: PageRequest) -> None:
        w = self.w
        if w._closing:
            return
        library = w.library
        w.lanes.search.submit(
            lambda: request.run(library.finder),
            lambda page: self.answer(request, page),
            lambda exc: self.failed(request, exc),
        )

    def load_more(self) -> None:
        """The grid reached its end: fetch the next page of the current query."""
        request = self.w.session.next_page()
        if request is not None:
            self.w.set_busy(True, self.tr("Loading more…"))
            self.run(request)

    def answer(self, request: PageRequest, page: SearchPage) -> None:
        w = self.w
        if not w.session.accept(request, page):
            return
        w.set_busy(False)
        query = request.query
        if request.page == 0:
            self.last = page
            grouped = query.is_browse or query.sort is not Sort.RELEVANCE
            w.grid.show_results(page.results, request.generation, grouped=grouped,
                                floor=page.floor, by_name=page.by_name)  # fmt: skip
            w.filter_bar.strictness.show_cutoff(page.cutoff)
            w.filter_bar.show_count(page, query)
            if page.results:
                w.stack.setCurrentWidget(w.grid)
            elif page.kind == "browse" and query.filters.empty:
                w.show_state(State.READY)
            elif w.indexer.running and page.kind != "browse":
                w.still_indexing()  # not "nothing found": the photos may not be in yet
            elif page.message.startswith("No photo looks") or (
                not page.message and page.kind != "browse"
            ):
                w.show_state(State.NOTHING_FOUND)
            else:  # the filters leave nothing, or a typed folder or camera is unknown
                detail = "" if page.message == NO_PHOTO_IN_FILTERS else page.message
                w.show_state(State.NO_FILTER_MATCH, detail)
        else:
            w.grid.results.append(page.results, page.by_name)
        w.search_finished.emit(w.grid.results.photo_count())

    def failed(self, request: PageRequest, exc: BaseException) -> None:
        w = self.w
        if not w.session.fail(request):
            return
        w.set_busy(False)
        state, detail = problem_state(exc)
        log.info("search failed: %s", exc)
        if request.page > 0:
            w.tell(self.tr("Could not load more: {}").format(detail), 8000)
        else:
            if (
                state is State.SEARCH_ERROR
                and w.status is not None
                and missing_key(w.status)
                and request.query.kind is not QueryKind.SIMILAR
            ):
                state = State.NO_KEY
            w.grid.show_results([], request.generation)
            w.filter_bar.show_count(None, request.query)
            if state is State.NOTHING_INDEXED and w.indexer.running:
                w.still_indexing()
            else:
                w.show_state(state, detail)
        w.search_failed.emit(detail or state.value)

    def image_cleared(self) -> None:
        """✕ on the picture chip: the words alone, or the timeline when there are none."""
        current = self.w.session.query
        if current is None or not current.is_picture:
            return
        if current.text:
            self.run_query(self.with_controls(Query(QueryKind.TEXT, text=current.text)))
        else:
            self.browse()
