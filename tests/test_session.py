"""SearchSession: pages, stale answers, and the history back/forward walks (no Qt)."""

from __future__ import annotations

from photoseek.records import Filters, SearchResult
from photoseek.search.engine import SearchPage, Sort
from photoseek.search.query_parse import parse_query
from photoseek.search.session import Query, QueryKind, SearchSession


def page(n: int, total: int, offset: int = 0) -> SearchPage:
    results = [SearchResult(f"h{offset + i}", 0.7, (f"/p/{offset + i}.jpg",)) for i in range(n)]
    return SearchPage(results, total, offset, "text", parse_query(""))


def test_more_pages_follow_the_answer_total_not_a_full_page() -> None:
    s = SearchSession(page_size=3)
    first = s.start(Query(QueryKind.TEXT, text="red"))
    assert s.accept(first, page(3, 3))
    assert not s.more and s.next_page() is None  # exactly 3 relevant: no empty extra page
    again = s.start(Query(QueryKind.TEXT, text="blue"))
    assert s.accept(again, page(3, 7))
    second = s.next_page()
    assert second is not None and second.offset == 3
    assert not s.accept(first, page(3, 7))  # an old generation is refused
    assert s.accept(second, page(3, 7, 3)) and s.more


def test_history_restores_the_text_query_after_find_similar() -> None:
    s = SearchSession()
    browse = Query(QueryKind.BROWSE, sort=Sort.DATE)
    text = Query(QueryKind.TEXT, text="flores rojas", filters=Filters(camera="X"))
    similar = Query(QueryKind.SIMILAR, path="/p/1.jpg", paths=("/p/1.jpg",))
    for q in (browse, text, similar):
        s.start(q)
    assert s.can_go_back and not s.can_go_forward
    back = s.back()
    assert back is not None and back.query == text  # with its filters
    assert s.can_go_forward
    assert (fwd := s.forward()) is not None and fwd.query == similar
    assert s.history == ([browse, text], [])
    s.back()
    s.start(Query(QueryKind.TEXT, text="snow"))  # a new search drops the forward history
    assert not s.can_go_forward


def test_feedback_refines_the_current_query() -> None:
    text = Query(QueryKind.TEXT, text="flowers")
    more = text.refined(like=("/a.jpg",))
    less = more.refined(unlike=("/b.jpg", "/a.jpg"))
    assert more.like == ("/a.jpg",) and less.unlike == ("/b.jpg", "/a.jpg")
    assert less.like == ()  # disliked now: no longer liked
    assert less.request().unlike == ("/b.jpg", "/a.jpg") and less.request().text == "flowers"
    browse = Query(QueryKind.BROWSE)
    assert browse.refined(unlike=("/b.jpg",)) is browse  # nothing to look for
    liked = browse.refined(like=("/a.jpg", "/c.jpg"))
    assert liked.kind is QueryKind.SIMILAR and liked.paths == ("/a.jpg", "/c.jpg")
    assert [p.in_library for p in liked.request().pictures] == [True, True]
    words_and_picture = Query(QueryKind.FILE, path="/x.jpg", text="at night").request()
    assert words_and_picture.text == "at night" and words_and_picture.pictures[0].path == "/x.jpg"
    assert Query(QueryKind.BROWSE, text="ignored").request().text == ""
