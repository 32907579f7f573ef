"""The embedded store's row files: append-only, memory-mapped, one set per generation.

An index keeps, for row r of generation g, its float32 vector (`vectors-g.f32`), its int8
codes (`codes-g.i8`, what a query scans), a fixed-size record of the columns filters use
(`rows-g.rec`) and its document id (`ids-g.id`). Rows are only ever appended; which rows are
valid is said by the index's SQLite file (its committed row count and the freed rows), so bytes
a killed writer left past the end are ignored and overwritten by the next write. A compaction
writes a new generation and switches to it in one SQLite commit.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# The columns filters read, one fixed-size record per row (no padding: 21 bytes).
ROW_DTYPE = np.dtype(
    [("scale", "<f4"), ("taken", "<f8"), ("camera", "<i4"), ("dir", "<i4"), ("flags", "u1")]
)
LOCATED = 1  # flags bit: the photo has a latitude and longitude
NO_ID = -1  # camera/dir column value when unknown
ID_WIDTH = 64  # bytes; content hashes are 32 hex characters
ID_DTYPE = np.dtype(f"S{ID_WIDTH}")
CODE_PEAK = 127  # int8 codes span -127..127, so a code times a code never overflows


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes and a float32 scale per row: row ≈ codes * scale, the peak mapped to 127."""
    v = np.asarray(vectors, np.float32)
    peak = np.abs(v).max(axis=1) if v.size else np.zeros(len(v), np.float32)
    scale = np.where(peak > 0, peak / CODE_PEAK, 1.0).astype(np.float32)
    codes = np.clip(np.rint(v / scale[:, None]), -CODE_PEAK, CODE_PEAK).astype(np.int8)
    return codes, scale


def quantization_error(vectors: np.ndarray, codes: np.ndarray, scale: np.ndarray) -> tuple[
    float, float
]:  # fmt: skip
    """The largest ‖row − codes·scale‖ and the largest ‖codes·scale‖ of these rows."""
    if not len(vectors):
        return 0.0, 0.0
    approx = codes.astype(np.float64) * scale.astype(np.float64)[:, None]
    residual = np.linalg.norm(np.asarray(vectors, np.float64) - approx, axis=1)
    return float(residual.max()), float(np.linalg.norm(approx, axis=1).max())


@dataclass(frozen=True)
class Views:
    """Read-only memory maps of the first `rows` rows of a generation."""

    rows: int
    vectors: np.ndarray  # (rows, dims) float32
    codes: np.ndarray  # (rows, dims) int8
    records: np.ndarray  # (rows,) ROW_DTYPE
    ids: np.ndarray  # (rows,) ID_DTYPE


class RowFiles:
    """The four files of one generation of an index."""

    def __init__(self, directory: Path, generation: int, dims: int) -> None:
        self.directory = directory
        self.generation = generation
        self.dims = dims
        g = generation
        self.paths = {
            "vectors": directory / f"vectors-{g}.f32",
            "codes": directory / f"codes-{g}.i8",
            "records": directory / f"rows-{g}.rec",
            "ids": directory / f"ids-{g}.id",
        }
        self._widths = {
            "vectors": dims * 4,
            "codes": dims,
            "records": ROW_DTYPE.itemsize,
            "ids": ID_WIDTH,
        }
        self._views: Views | None = None

    def write(
        self,
        start: int,
        vectors: np.ndarray,
        codes: np.ndarray,
        records: np.ndarray,
        ids: np.ndarray,
    ) -> None:
        """Put rows start… on disk (durably: fsync) and cut anything a crashed write left after."""
        parts = {
            "vectors": np.ascontiguousarray(vectors, "<f4"),
            "codes": np.ascontiguousarray(codes, np.int8),
            "records": np.ascontiguousarray(records, ROW_DTYPE),
            "ids": np.ascontiguousarray(ids, ID_DTYPE),
        }
        for key, data in parts.items():
            path, width = self.paths[key], self._widths[key]
            with open(path, "r+b" if path.exists() else "w+b") as f:
                f.truncate(start * width)  # a killed writer's tail goes; the hole, if any, zeros
                f.seek(start * width)
                f.write(data.tobytes())
                f.flush()
                os.fsync(f.fileno())
        self._views = None

    def view(self, rows: int) -> Views:
        """Maps of the first `rows` rows; the same objects while the row count is unchanged."""
        if self._views is not None and self._views.rows == rows:
            return self._views
        d = self.dims
        if rows == 0:
            views = Views(
                0,
                np.zeros((0, d), np.float32),
                np.zeros((0, d), np.int8),
                np.zeros(0, ROW_DTYPE),
                np.zeros(0, ID_DTYPE),
            )
        else:
            views = Views(
                rows,
                np.memmap(self.paths["vectors"], np.float32, "r", shape=(rows, d)),
                np.memmap(self.paths["codes"], np.int8, "r", shape=(rows, d)),
                np.memmap(self.paths["records"], ROW_DTYPE, "r", shape=(rows,)),
                np.memmap(self.paths["ids"], ID_DTYPE, "r", shape=(rows,)),
            )
        self._views = views
        return views

    def forget(self) -> None:
        """Drop the maps (before the files are deleted or replaced)."""
        self._views = None

    def remove(self) -> None:
        self._views = None
        for path in self.paths.values():
            with suppress(OSError):  # still mapped elsewhere (Windows): removed later
                path.unlink(missing_ok=True)


def stale_generation_files(directory: Path, current: int) -> list[Path]:
    """Row files of generations before `current` (a compaction left them). Later ones are never
    touched here: a writer may be building one under the SQLite write lock."""
    out = []
    for p in directory.iterdir():
        stem, _, suffix = p.name.rpartition(".")
        kind, _, gen = stem.rpartition("-")
        if suffix in ("f32", "i8", "rec", "id") and kind and gen.isdigit() and int(gen) < current:
            out.append(p)
    return out


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in `directory` durable (POSIX; a no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
