"""The search session without a window: generations, pages, stale answers, history."""

from __future__ import annotations

from photoseek.records import SearchResult
from photoseek.search.session import Query, QueryKind, SearchSession


def results(n: int, start: int = 0) -> list[SearchResult]:
    return [SearchResult(f"{i:032x}", 0.5, (f"/p/{i}.jpg",)) for i in range(start, start + n)]


def text(q: str) -> Query:
    return Query(QueryKind.TEXT, text=q)


def test_pages_follow_each_other_until_a_short_one() -> None:
    s = SearchSession(page_size=3)
    first = s.start(text("red"))
    assert s.next_page() is None  # the first page is still on its way
    assert s.accept(first, results(3))
    second = s.next_page()
    assert second is not None and (second.page, second.offset, second.k) == (1, 3, 3)
    assert s.accept(second, results(2, 3))
    assert not s.more and s.next_page() is None
    assert s.fetched == 5


def test_an_answer_for_an_older_search_is_dropped() -> None:
    s = SearchSession(page_size=3)
    old = s.start(text("snow"))
    new = s.start(text("red"))
    assert not s.accept(old, results(3))
    assert not s.fail(old)
    assert s.stale_answers == 2
    assert s.accept(new, results(1))
    assert s.query == text("red")


def test_back_and_forward_restore_earlier_searches() -> None:
    s = SearchSession()
    s.start(text("red"))
    s.start(Query(QueryKind.SIMILAR, path="/p/1.jpg", label="1.jpg"))
    assert s.can_go_back and not s.can_go_forward
    back = s.back()
    assert back is not None and back.query == text("red")
    assert s.can_go_forward
    forward = s.forward()
    assert forward is not None and forward.query.kind is QueryKind.SIMILAR
    s.back()
    s.start(text("blue"))  # a new search drops the forward history
    assert not s.can_go_forward
    assert s.back() is not None and s.query == text("red")


def test_clear_drops_the_answer_on_its_way_and_remembers_the_query() -> None:
    s = SearchSession()
    pending = s.start(text("red"))
    s.clear()
    assert s.query is None and not s.accept(pending, results(2))
    assert s.back() is not None and s.query == text("red")


def test_retry_runs_the_same_query_from_its_first_page() -> None:
    s = SearchSession(page_size=2)
    first = s.start(text("red"))
    s.fail(first)
    again = s.retry()
    assert again is not None and again.query == first.query and again.offset == 0
    assert again.generation == first.generation + 1
    assert not s.can_go_back  # a retry is not a new search
