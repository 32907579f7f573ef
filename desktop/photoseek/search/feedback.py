"""Query vectors made of several parts: text + picture, several photos, and relevance feedback
(*More like these* / *Less like these*) — vector arithmetic only, never a model call.

Every part is a unit vector at the index's size; the query is the weighted sum, normalised:

    q = α·(w_text·t̂ + w_pic·mean(p̂)) + β·mean(liked) − γ·mean(disliked)

* Text + picture: equal weights (TEXT_WEIGHT = PICTURE_WEIGHT = 1). On the fake model and
  by the jina-clip-v2 figures, a text's cosines to photos spread over about as wide a range
  (0.1 → 0.4) as a photo's to unrelated-vs-similar photos (0.5 → 0.85), so neither part
  drowns the other: "yellow" + a photo of red flowers ranks the photo itself, then yellow
  scenes, then the other red flowers.
* Several photos: their mean (each photo counts once).
* Feedback: Rocchio's classic weights α = 1, β = 0.75, γ = 0.25. Measured on the fake:
  "flowers" − 0.25·(a red photo) drops that photo to the end and keeps the rest in order;
  with + 0.75·(a yellow photo) the yellow ones come first. With γ = 0.5 the other red photos
  fell below the green and yellow ones too and every score dropped by about 0.1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from photoseek.search.relevance import Kind, Part

TEXT_WEIGHT = 1.0
PICTURE_WEIGHT = 1.0
ALPHA, BETA, GAMMA = 1.0, 0.75, 0.25


@dataclass(frozen=True)
class Term:
    vector: np.ndarray  # unit length at the index's dims
    kind: Kind
    weight: float


@dataclass(frozen=True)
class Composed:
    vector: np.ndarray  # unit
    norm: float  # |Σ wᵢ vᵢ| before normalising (for the floor, see relevance.bounds)
    parts: tuple[Part, ...]


def unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    if n <= 1e-12:
        raise ValueError("a zero vector has no direction")
    return np.asarray(v, np.float32) / np.float32(n)


def terms(
    text: np.ndarray | None,
    pictures: Sequence[np.ndarray] = (),
    liked: Sequence[np.ndarray] = (),
    disliked: Sequence[np.ndarray] = (),
) -> list[Term]:
    """The weighted parts of a query (vectors already at the index's dims, unit)."""
    out: list[Term] = []
    base = TEXT_WEIGHT if text is not None else 0.0
    if text is not None:
        out.append(Term(text, Kind.TEXT, ALPHA * TEXT_WEIGHT))
    for p in pictures:
        w = PICTURE_WEIGHT if base else 1.0
        out.append(Term(p, Kind.IMAGE, ALPHA * w / len(pictures)))
    has_query = bool(out)
    for p in liked:
        # Alone (no text, no picture), the liked photos are the query.
        out.append(Term(p, Kind.IMAGE, (BETA if has_query else 1.0) / len(liked)))
    for p in disliked:
        out.append(Term(p, Kind.IMAGE, -GAMMA / len(disliked)))
    return out


def compose(parts: Sequence[Term]) -> Composed:
    """Σ wᵢ·vᵢ, normalised; ValueError when nothing positive is left."""
    if not any(t.weight > 0 for t in parts):
        raise ValueError("a query needs something to look for")
    total = np.zeros_like(parts[0].vector, dtype=np.float32)
    for t in parts:
        total += np.float32(t.weight) * t.vector
    norm = float(np.linalg.norm(total))
    if norm <= 1e-9:
        raise ValueError("the parts of this query cancel out")
    return Composed(total / np.float32(norm), norm, tuple(Part(t.kind, t.weight) for t in parts))
