"""Matryoshka sizes: keep the leading dims, then make the vector unit length again."""

from __future__ import annotations

import numpy as np


def truncate(vectors: np.ndarray, dims: int) -> np.ndarray:
    """Works on one vector or a matrix of row vectors; returns float32 unit rows."""
    v = np.asarray(vectors, dtype=np.float32)[..., :dims]
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return np.divide(v, norms, out=np.zeros_like(v), where=norms > 0)
