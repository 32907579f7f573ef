"""Which photos of a ranking are relevant: a per-model, per-kind floor, a cut relative to the
best match, and a gap rule where the score curve falls off.

Scores are the store's kNN `_score`, (1 + cos) / 2. For jina-clip-v2 the two kinds of query
live on different scales (the "multimodal gap", `docs/jina.md`): a text and a matching photo
have a cosine of about 0.37 (0.1–0.4 overall), two photos of the same kind of scene 0.6–1.0,
near-copies 0.9+. So one absolute threshold can never serve both kinds.

The rule, for scores s1 ≥ s2 ≥ … of one query:

1. **Floor** (per model and kind, in cosine): nothing below it is relevant. If even s1 is below,
   *no photo looks like that*.
2. **Copies** (picture queries): scores above the ceiling are the query picture again (the
   file itself, a re-encode): always kept, and not the yardstick for the rest.
3. **Relative cut**: with top = the best score left, keep s ≥ floor + share × (top − floor).
   The share comes from the strictness (0 = the floor alone, 1 = the best match only); at the
   default 0.5 it is the kind's calibrated share: 0.5 for text, 0.35 for pictures, whose
   "same kind of scene" band (0.6–0.85) is wide and which people use to explore.
4. **Gap rule**: within what is kept, stop after the largest drop between neighbours when it
   is at least GAP_SHARE × (top − floor) and twice as deep as the drop to the first photo left
   out: the curve falls off there (a cluster of matches, then the rest). At strictness 0 only
   the floor applies.

A query vector made of several parts (text + picture, Rocchio feedback) gets its floor by the
same linear combination as its vector: for q = Σ wᵢ·vᵢ (unit vᵢ), cos(q̂, x) = Σ wᵢ cos(vᵢ, x)
/ |q|, so a photo at each part's floor scores Σ wᵢ·floorᵢ / |q|. Negative parts ("less like
these") use the image floor: a photo unlike them stays below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # text → image
    IMAGE = "image"  # image → image


@dataclass(frozen=True)
class Calibration:
    """Cosine bounds for one model and one kind of query."""

    floor: float  # below: not relevant
    ceiling: float = 1.0  # above: a copy of the query picture, always kept
    share: float = 0.5  # the relative cut at the default strictness (0 floor … 1 best)


# jina-clip-v2 (docs/jina.md): text→image matches ~0.37, unrelated pairs ~0.1, so a floor
# of 0.20 sits between "unrelated" and "weak match"; image→image: unrelated photos ~0.3–0.5,
# same kind of scene 0.6–0.85, near-copies 0.9+, so 0.60 and a 0.90 ceiling; the share says
# how far towards the best match the default cut sits (see share_at).
CALIBRATIONS: dict[str, dict[Kind, Calibration]] = {
    "jina-clip-v2": {
        Kind.TEXT: Calibration(floor=0.20, share=0.5),
        Kind.IMAGE: Calibration(floor=0.60, ceiling=0.90, share=0.35),
    },
}
# A model nobody calibrated: lower floors (show a little too much rather than nothing).
FALLBACK: dict[Kind, Calibration] = {
    Kind.TEXT: Calibration(floor=0.15, share=0.5),
    Kind.IMAGE: Calibration(floor=0.50, ceiling=0.92, share=0.35),
}

DEFAULT_STRICTNESS = 0.5  # halfway between the floor and the best match
GAP_SHARE = 0.25  # a drop of a quarter of the floor-to-top span ends the relevant set…
GAP_DEPTH = 2.0  # …when it is twice as deep as the drop where the relative cut stops


def calibration(model: str, kind: Kind) -> Calibration:
    return CALIBRATIONS.get(model, FALLBACK)[kind]


def score_of(cos: float) -> float:
    """The store's `_score` for a cosine (dot_product / cosine similarity)."""
    return (1.0 + cos) / 2.0


@dataclass(frozen=True)
class Part:
    """One part of a query vector: its kind and signed weight on a unit vector."""

    kind: Kind
    weight: float


@dataclass(frozen=True)
class Bounds:
    """Floor and ceiling of one query vector, as `_score`s."""

    floor: float
    ceiling: float
    kind: Kind  # the dominant kind (for the count line and the strictness label)
    share: float = 0.5


def _part_floor(model: str, part: Part) -> float:
    # A negative part pulls a relevant photo down by at most its weight × the image floor.
    return calibration(model, part.kind if part.weight > 0 else Kind.IMAGE).floor


def bounds(model: str, parts: Sequence[Part], norm: float) -> Bounds:
    """The floor and ceiling of q = Σ wᵢ·vᵢ (|q| = norm), from each part's calibration."""
    if not parts or norm <= 0:
        raise ValueError("a query needs at least one part")
    floor = sum(p.weight * _part_floor(model, p) for p in parts) / norm
    positive = [p for p in parts if p.weight > 0]
    text_weight = sum(p.weight for p in positive if p.kind is Kind.TEXT)
    image_weight = sum(p.weight for p in positive if p.kind is Kind.IMAGE)
    kind = Kind.TEXT if text_weight >= image_weight else Kind.IMAGE
    ceiling = 1.0
    if text_weight == 0:  # only pictures: near-copies saturate
        image = calibration(model, Kind.IMAGE)
        negative = sum(p.weight * image.floor for p in parts if p.weight < 0)
        ceiling = min(1.0, (image_weight * image.ceiling + negative) / norm)
    share = calibration(model, kind).share
    return Bounds(score_of(floor), score_of(max(floor, ceiling)), kind, share)


@dataclass(frozen=True)
class Cut:
    """How many of the ranked scores are relevant, and why the list ends there."""

    n: int
    cutoff: float  # the lowest score the rule lets through (as a `_score`)
    top: float
    reason: str  # "floor" (nothing relevant) | "relative" | "gap" | "copies" | "min-score"


def share_at(strictness: float, share: float) -> float:
    """Where between the floor (0) and the best match (1) the cut sits: the kind's calibrated
    share at the default strictness 0.5, the floor at 0, the best match only at 1."""
    s = max(0.0, min(1.0, strictness))
    if s <= 0.5:
        return 2 * s * share
    return share + (s - 0.5) * 2 * (1 - share)


def cut(scores: Sequence[float], b: Bounds, strictness: float = DEFAULT_STRICTNESS) -> Cut:
    """Apply the rule to scores sorted best first."""
    copies = 0
    if b.ceiling < 1.0:  # picture queries: what scores above the ceiling is the picture again
        while copies < len(scores) and scores[copies] >= b.ceiling:
            copies += 1
    rest = scores[copies:]
    if not rest or rest[0] < b.floor:
        if copies:
            return Cut(copies, b.ceiling, scores[0], "copies")
        return Cut(0, b.floor, scores[0] if scores else 0.0, "floor")
    top = rest[0]
    span = max(0.0, top - b.floor)
    cutoff = b.floor + share_at(strictness, b.share) * span
    n = 0
    while n < len(rest) and rest[n] >= cutoff:
        n += 1
    reason = "relative"
    if strictness > 0 and span > 0 and n > 1:
        # The largest drop between neighbours inside what is kept, if it is a real fall-off:
        # a share of the span, and clearly deeper than the drop to the first photo left out
        # (else the curve just goes on falling and the relative cut is where it stops).
        drops = [rest[i] - rest[i + 1] for i in range(n - 1)]
        i = max(range(n - 1), key=lambda j: (drops[j], -j))
        after = rest[n - 1] - (rest[n] if n < len(rest) else b.floor)
        if drops[i] >= GAP_SHARE * span and drops[i] >= GAP_DEPTH * after:
            n, reason = i + 1, "gap"
    return Cut(copies + n, cutoff, top, reason)


def cut_at(scores: Sequence[float], min_score: float) -> Cut:
    """An explicit threshold (`--min-score`): every score at or above it, no other rule."""
    n = 0
    while n < len(scores) and scores[n] >= min_score:
        n += 1
    return Cut(n, min_score, scores[0] if scores else 0.0, "min-score")
