"""Reciprocal-rank fusion: one order from several rankings of the same photos.

RRF (Cormack, Clarke & Büttcher, 2009) scores each item Σ 1 / (k + rank) over the rankings
it appears in, with k = 60. It needs no comparable scores — the vector ranking's `_score`
and the keyword ranking's BM25 live on unrelated scales — and an item found by both rises
above one found by either alone. The fused value only orders the photos: the score shown
stays the store's `_score`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = 60

T = TypeVar("T", bound=Hashable)


def rrf(rankings: Sequence[Sequence[T]], k: int = K) -> list[T]:
    """Items of every ranking, best fused first; ties keep the first ranking's order."""
    score: dict[T, float] = {}
    first_seen: dict[T, tuple[int, int]] = {}
    for which, ranking in enumerate(rankings):
        for rank, item in enumerate(ranking, start=1):
            score[item] = score.get(item, 0.0) + 1.0 / (k + rank)
            first_seen.setdefault(item, (which, rank))
    return sorted(score, key=lambda item: (-score[item], first_seen[item]))
