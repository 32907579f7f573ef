"""Duplicate photos: exact copies, near-duplicates and bursts, each group with a proposed keeper.

* **exact** — one content (same content hash) at several paths.
* **near** — different files whose vectors are within `max_distance` (cosine distance,
  1 − cos, on the full cached vectors): re-encodes, resizes, light edits.
* **burst** — shots taken within a second of each other by the same camera; shown apart from
  near-duplicates (a burst is usually several moments the photographer wants to choose from).

Thresholds are per model. Immich's default 0.01 is tuned for CLIP ViT-B/32 at 224 px, which
sees two shots of one scene as almost the same picture, so it flags similar shots.
jina-clip-v2 looks at 512 px with a larger tower and tells shots apart much better, while a
re-encode or resize of one photo stays within about 0.01–0.02: DEFAULT_MAX_DISTANCE is 0.02
(cos ≥ 0.98). On the test model, re-encodes at half size are under 0.001 and different scenes
over 0.25.

Near-duplicate search is a blocked matrix product, not a Python loop over pairs: rows are
screened at 256 dims (Matryoshka: the leading dims carry most of the signal) with a looser
threshold, and candidate pairs are confirmed on the full vectors. 20 000 photos take a few
seconds on two cores (tests/bench/bench_duplicates.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from photoseek.catalog.photo_queries import PhotoRow
from photoseek.search.relevance import score_of

MAX_DISTANCES = {"jina-clip-v2": 0.02}
FALLBACK_MAX_DISTANCE = 0.01
MIN_DISTANCE, MAX_DISTANCE = 0.001, 0.10  # the slider's range
BURST_SECONDS = 1.0
SCREEN_DIMS = 256
BLOCK = 2048


def default_max_distance(model: str) -> float:
    return MAX_DISTANCES.get(model, FALLBACK_MAX_DISTANCE)


@dataclass(frozen=True)
class DupPhoto:
    path: str
    content_hash: str
    score: float | None  # `_score`-like similarity to the keeper, (1 + cos) / 2; 1 for copies
    width: int | None = None
    height: int | None = None
    size: int | None = None
    taken_at: str | None = None
    camera: str | None = None
    located: bool = False


@dataclass(frozen=True)
class DupGroup:
    kind: str  # "exact" | "near" | "burst"
    keep: str
    photos: tuple[DupPhoto, ...]

    @property
    def others(self) -> list[str]:
        """The paths that are not the keeper (what *Move the others to the trash* moves)."""
        return [p.path for p in self.photos if p.path != self.keep]


def _keeper_key(row: PhotoRow, path: str) -> tuple[object, ...]:
    """Largest resolution, then the most metadata, then the largest file, the oldest file,
    the shortest path (the original usually has the plainest name)."""
    m = row.meta
    pixels = (m.width or 0) * (m.height or 0)
    metadata = sum((m.taken_at is not None, m.camera is not None, m.has_location))
    return (-pixels, -metadata, -(row.size or 0), row.mtime_ns, len(path), path)


def _photo(row: PhotoRow, path: str, score: float | None) -> DupPhoto:
    m = row.meta
    return DupPhoto(path, row.hash, score, m.width, m.height, row.size, m.taken_at, m.camera,
                    m.has_location)  # fmt: skip


def _group(kind: str, rows: Sequence[PhotoRow], scores: dict[str, float | None]) -> DupGroup:
    candidates = [(r, p) for r in rows for p in r.paths]
    keep_row, keep = min(candidates, key=lambda rp: _keeper_key(*rp))
    photos = [_photo(keep_row, keep, 1.0)]
    for r, p in sorted(candidates, key=lambda rp: _keeper_key(*rp)):
        if p != keep:
            photos.append(_photo(r, p, 1.0 if r.hash == keep_row.hash else scores.get(r.hash)))
    return DupGroup(kind, keep, tuple(photos))


def _unit_rows(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def near_pairs(vectors: np.ndarray, max_distance: float) -> list[tuple[int, int]]:
    """(i, j), i < j, of rows (full vectors) with 1 − cos ≤ max_distance."""
    n = vectors.shape[0]
    if n < 2:
        return []
    full = _unit_rows(np.asarray(vectors, np.float32))
    screen = _unit_rows(full[:, :SCREEN_DIMS]) if full.shape[1] > SCREEN_DIMS else full
    loose = 1.0 - min(0.5, 3 * max_distance + 0.005)  # screening never drops a true pair
    out: list[tuple[int, int]] = []
    for start in range(0, n, BLOCK):
        block = screen[start : start + BLOCK] @ screen[start:].T
        rows, cols = np.nonzero(block >= loose)
        cols = cols + start
        rows = rows + start
        keep = cols > rows
        rows, cols = rows[keep], cols[keep]
        if rows.size:
            exact = np.einsum("ij,ij->i", full[rows], full[cols])
            ok = exact >= 1.0 - max_distance
            out.extend(zip(rows[ok].tolist(), cols[ok].tolist(), strict=True))
    return out


def _burst_of(rows: Sequence[PhotoRow], seconds: float) -> dict[str, int]:
    """Content hash → burst number, for contents in a burst of 2+ shots."""
    from datetime import datetime

    timed = []
    for r in rows:
        if r.meta.camera and r.meta.taken_at:
            try:
                t = datetime.fromisoformat(r.meta.taken_at).timestamp()
            except ValueError:
                continue
            timed.append((r.meta.camera, t, r.hash))
    timed.sort()
    out: dict[str, int] = {}
    burst = 0
    for i in range(1, len(timed)):
        cam, t, h = timed[i]
        pcam, pt, ph = timed[i - 1]
        if cam == pcam and t - pt <= seconds:
            if ph not in out:
                burst += 1
                out[ph] = burst
            out[h] = out[ph]
    return out


def find_duplicates(
    rows: Sequence[PhotoRow],
    vectors: dict[str, np.ndarray],
    max_distance: float,
    burst_seconds: float = BURST_SECONDS,
) -> list[DupGroup]:
    """Every duplicate group of the library: exact copies, then near-duplicates, then bursts."""
    groups: list[DupGroup] = []
    for r in rows:
        if len(r.paths) > 1:
            groups.append(_group("exact", [r], {}))
    by_hash = {r.hash: r for r in rows}
    bursts = _burst_of(rows, burst_seconds)

    hashes = [r.hash for r in rows if r.hash in vectors]
    near: list[DupGroup] = []
    if len(hashes) > 1:
        matrix = np.stack([np.asarray(vectors[h], np.float32) for h in hashes])
        parent = list(range(len(hashes)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in near_pairs(matrix, max_distance):
            bi, bj = bursts.get(hashes[i]), bursts.get(hashes[j])
            if bi is not None and bi == bj:
                continue  # one burst: shown as a burst
            parent[find(i)] = find(j)
        members: dict[int, list[int]] = {}
        for i in range(len(hashes)):
            members.setdefault(find(i), []).append(i)
        unit = _unit_rows(matrix)
        for idx in members.values():
            if len(idx) < 2 or len({bursts.get(hashes[i], -1 - i) for i in idx}) < 2:
                continue  # alone, or all of one burst (shown as that burst)
            grouped = [by_hash[hashes[i]] for i in idx]
            keep_row, _keep = min(((r, p) for r in grouped for p in r.paths),
                                  key=lambda rp: _keeper_key(*rp))  # fmt: skip
            k = hashes.index(keep_row.hash)
            scores: dict[str, float | None] = {
                hashes[i]: round(score_of(float(unit[i] @ unit[k])), 6) for i in idx
            }
            near.append(_group("near", grouped, scores))
    groups.extend(sorted(near, key=lambda g: g.keep))

    runs: dict[int, list[PhotoRow]] = {}
    for h, b in bursts.items():
        runs.setdefault(b, []).append(by_hash[h])
    for run in runs.values():
        similar: dict[str, float | None] = {}
        with_vectors = [r for r in run if r.hash in vectors]
        if with_vectors:
            keep_row, _ = min(((r, p) for r in run for p in r.paths),
                              key=lambda rp: _keeper_key(*rp))  # fmt: skip
            kv = vectors.get(keep_row.hash)
            if kv is not None:
                kv = kv / max(float(np.linalg.norm(kv)), 1e-12)
                for r in with_vectors:
                    v = vectors[r.hash] / max(float(np.linalg.norm(vectors[r.hash])), 1e-12)
                    similar[r.hash] = round(score_of(float(v @ kv)), 6)
        groups.append(_group("burst", sorted(run, key=lambda r: r.meta.taken_at or ""), similar))
    return groups


def group_json(g: DupGroup) -> dict[str, object]:
    return {
        "kind": g.kind,
        "keep": g.keep,
        "photos": [
            {"path": p.path, "score": p.score, "name": os.path.basename(p.path)} for p in g.photos
        ],
    }
