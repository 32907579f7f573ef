"""The relevance rule, query composition, typed filters and fusion, on made-up numbers."""

from __future__ import annotations

import numpy as np
import pytest

from photoseek.records import PhotoMeta, SearchResult
from photoseek.search import relevance
from photoseek.search.engine import Sort, sort_results
from photoseek.search.feedback import compose, terms, unit
from photoseek.search.fusion import rrf
from photoseek.search.query_parse import QueryError, keyword_tokens, parse_query, period
from photoseek.search.relevance import Bounds, Kind, Part, bounds, cut, score_of

TEXT = bounds("jina-clip-v2", [Part(Kind.TEXT, 1.0)], 1.0)
IMAGE = bounds("jina-clip-v2", [Part(Kind.IMAGE, 1.0)], 1.0)


def test_floors_follow_the_multimodal_gap() -> None:
    # One absolute threshold cannot serve both kinds: image floors sit far above text ones.
    assert TEXT.floor == pytest.approx(score_of(0.20))
    assert IMAGE.floor == pytest.approx(score_of(0.60))
    assert IMAGE.floor - TEXT.floor > 0.15
    assert TEXT.ceiling == 1.0 and IMAGE.ceiling == pytest.approx(score_of(0.90))
    other = bounds("some-other-model", [Part(Kind.TEXT, 1.0)], 1.0)
    assert other.floor < TEXT.floor  # uncalibrated: show a little more rather than nothing


def test_nothing_above_the_floor_is_no_match() -> None:
    c = cut([TEXT.floor - 0.001, TEXT.floor - 0.01], TEXT)
    assert c.n == 0 and c.reason == "floor"
    assert cut([], TEXT).n == 0


def test_a_cluster_then_the_rest_is_cut_where_the_curve_falls() -> None:
    f = TEXT.floor
    scores = [f + 0.10, f + 0.098, f + 0.095, f + 0.02, f + 0.018, f + 0.01]
    assert cut(scores, TEXT).n == 3
    # Loosest: the floor alone, every photo above it.
    assert cut(scores, TEXT, strictness=0.0).n == 6


def test_the_gap_rule_cuts_a_cluster_the_relative_cut_lets_through() -> None:
    f = TEXT.floor
    # A cluster, a fall-off, then a slope that stays above the halfway cut for a while: the
    # fall-off ends the set.
    scores = [f + 0.100, f + 0.099, f + 0.098] + [f + 0.06 - 0.002 * i for i in range(8)]
    c = cut(scores, TEXT)
    assert (c.n, c.reason) == (3, "gap")
    # When the deepest drop is the one out of the set, both clusters are kept.
    two = [f + 0.100, f + 0.099, f + 0.098, f + 0.070, f + 0.069, f + 0.001]
    assert cut(two, TEXT).n == 5
    # A curve that keeps falling evenly has no fall-off: the relative cut decides.
    even = [f + 0.1 - 0.01 * i for i in range(10)]
    c = cut(even, TEXT)
    assert c.reason == "relative" and c.n == 6  # ≥ floor + 0.5 × span


def test_a_small_drop_before_a_deeper_one_does_not_cut() -> None:
    f = IMAGE.floor
    scores = [f + 0.044, f + 0.030, f - 0.02]  # the drop out of the set is the real one
    assert cut(scores, IMAGE).n == 2


def test_strictness_only_narrows() -> None:
    rng = np.random.default_rng(3)
    for _ in range(200):
        scores = sorted(rng.uniform(0.5, 0.75, 40).tolist(), reverse=True)
        ns = [cut(scores, TEXT, t).n for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
        assert ns == sorted(ns, reverse=True), (scores, ns)


def test_a_near_copy_does_not_make_similar_photos_look_poor() -> None:
    # Image queries: a 0.99 copy would otherwise set the bar for everything else.
    similar = [IMAGE.floor + 0.08, IMAGE.floor + 0.078, IMAGE.floor + 0.076]
    assert cut([0.995, *similar], IMAGE).n == 4
    assert cut([0.995, *similar], Bounds(IMAGE.floor, 1.0, Kind.IMAGE)).n == 1


def test_min_score_is_exactly_the_threshold() -> None:
    c = relevance.cut_at([0.9, 0.7, 0.69, 0.5], 0.69)
    assert (c.n, c.reason) == (3, "min-score")


def test_a_mixed_query_gets_the_combined_floor() -> None:
    t = unit(np.array([1.0, 0.0, 0.0]))
    p = unit(np.array([0.2, 1.0, 0.0]))
    composed = compose(terms(t, [p]))
    b = bounds("jina-clip-v2", composed.parts, composed.norm)
    # A photo exactly at each part's floor scores exactly the combined floor.
    expected = (0.20 + 0.60) / composed.norm
    assert b.floor == pytest.approx(score_of(expected))
    assert b.kind is Kind.TEXT  # equal weights: text counts as the kind
    assert b.ceiling == 1.0


def test_feedback_terms_and_weights() -> None:
    v = [unit(np.eye(4)[i]) for i in range(4)]
    parts = terms(v[0], [], liked=[v[1]], disliked=[v[2], v[3]])
    assert [(t.kind, round(t.weight, 3)) for t in parts] == [
        (Kind.TEXT, 1.0),
        (Kind.IMAGE, 0.75),
        (Kind.IMAGE, -0.125),
        (Kind.IMAGE, -0.125),
    ]
    q = compose(parts).vector
    assert np.linalg.norm(q) == pytest.approx(1.0, abs=1e-6)
    assert q[0] > q[1] > 0 > q[2]
    alone = terms(None, [], liked=[v[1], v[2]])  # selected photos, nothing else
    assert [t.weight for t in alone] == [0.5, 0.5]
    with pytest.raises(ValueError):
        compose(terms(None, [], disliked=[v[1]]))


def test_typed_filters_and_exclusions() -> None:
    q = parse_query('plage folder:Holidays after:2023-05 before:2024 camera:"Canon EOS 40D" -gens')
    assert q.text == "plage"
    assert q.exclude == ("gens",)
    assert q.folders == ("Holidays",)
    assert (q.date_from, q.date_to) == ("2023-05-01", "2023-12-31")
    assert q.camera == "Canon EOS 40D"
    assert [c.key for c in q.chips] == ["folder", "after", "before", "camera", "exclude"]
    assert parse_query("date:2024-02 has:location").date_to == "2024-02-29"
    assert parse_query("snow -has:gps").has_location is False
    assert parse_query('-"red car" sky').exclude == ("red car",)
    assert parse_query("well-known 5-star").text == "well-known 5-star"  # a dash inside a word
    assert parse_query("note: this").text == "note: this"  # not a filter key
    with pytest.raises(QueryError, match="not a date"):
        parse_query("after:2023-13")
    with pytest.raises(QueryError, match="leave nothing"):
        parse_query("after:2024 before:2023")
    assert period("2023/5") == period("2023-05")


def test_keyword_tokens_match_how_names_are_split() -> None:
    assert keyword_tokens("IMG_2041") == ["img", "2041"]
    assert keyword_tokens("Photos of París 2019") == ["paris", "2019"]
    assert keyword_tokens("the a") == []


def test_rrf_rewards_photos_found_both_ways() -> None:
    assert rrf([["a", "b", "c"], ["c", "d"]]) == ["c", "a", "b", "d"]
    assert rrf([["a", "b"], []]) == ["a", "b"]
    assert rrf([[], ["x"]]) == ["x"]


def test_date_sorts_put_undated_photos_last() -> None:
    def r(h: str, taken: str | None) -> SearchResult:
        return SearchResult(h, 0.5, (f"/p/{h}.jpg",), 1, PhotoMeta(taken_at=taken))

    results = [r("a", "2023-01-01T00:00:00"), r("b", None), r("c", "2024-01-01T00:00:00")]
    assert [x.content_hash for x in sort_results(results, Sort.DATE)] == ["c", "a", "b"]
    assert [x.content_hash for x in sort_results(results, Sort.DATE_ASC)] == ["a", "c", "b"]
    assert sort_results(results, Sort.RELEVANCE) == results
