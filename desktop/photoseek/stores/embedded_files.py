"""The embedded store's row files: append-only, memory-mapped, one set per generation.

An index keeps, for row r of generation g, its float32 vector (`vectors-g.f32`), its int8
codes (`codes-g.i8`, what a query scans), a fixed-size record of the columns filters use
(`rows-g.rec`) and its document id (`ids-g.id`). Rows are only ever appended; which rows are
valid is said by the index's SQLite file (its committed row count and the freed rows), so bytes
a killed writer left past the end are ignored and overwritten by the next write. A compaction
writes a new generation and switches to it in one SQLite commit.
"""

from __future__ import annotations

import mmap
import os
from contextlib import suppress
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


class Views:
    """The first `rows` rows of a generation: the int8 codes and the column records mapped
    (every query scans them), the float32 vectors and ids read by row (a query needs a few)."""

    def __init__(self, files: RowFiles, rows: int) -> None:
        self.rows = rows
        self.dims = files.dims
        self._files = files
        if rows == 0:
            self.codes = np.zeros((0, files.dims), np.int8)
            self.records = np.zeros(0, ROW_DTYPE)
        else:
            self.codes = _map(files.paths["codes"], np.dtype(np.int8), (rows, files.dims))
            self.records = _map(files.paths["records"], ROW_DTYPE, (rows,))

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        """The float32 vectors of these rows, (len(rows), dims)."""
        raw = self._files.read_rows("vectors", rows, self.dims * 4)
        return np.frombuffer(raw, "<f4").reshape(len(rows), self.dims)

    def ids(self, rows: np.ndarray) -> np.ndarray:
        return np.frombuffer(self._files.read_rows("ids", rows, ID_WIDTH), ID_DTYPE)


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
        self._fds: dict[str, int] = {}

    def read_rows(self, key: str, rows: np.ndarray, width: int) -> bytearray:
        """Rows by positional reads, not a map: a page fault on a map brings a whole large
        folio of the file (measured: 256 random rows made all 100 MB of a 100k index
        resident), a read copies just the bytes from the page cache."""
        fd = self._fds.get(key)
        if fd is None:
            fd = self._fds[key] = os.open(self.paths[key], os.O_RDONLY | getattr(os, "O_BINARY", 0))
        out = bytearray(len(rows) * width)
        view = memoryview(out)
        if hasattr(os, "preadv"):
            for i, r in enumerate(np.asarray(rows, np.int64).tolist()):
                os.preadv(fd, [view[i * width : (i + 1) * width]], r * width)
        else:  # Windows
            for i, r in enumerate(np.asarray(rows, np.int64).tolist()):
                os.lseek(fd, r * width, os.SEEK_SET)
                view[i * width : (i + 1) * width] = os.read(fd, width)
        return out

    def mapped(self, key: str, rows: int) -> np.ndarray:
        """A plain map of a whole file (compaction copies every row once)."""
        dtypes: dict[str, np.dtype] = {
            "vectors": np.dtype("<f4"),
            "codes": np.dtype(np.int8),
            "records": ROW_DTYPE,
            "ids": ID_DTYPE,
        }
        shape = (rows, self.dims) if key in ("vectors", "codes") else (rows,)
        return _map(self.paths[key], dtypes[key], shape)

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
        """The first `rows` rows; the same object while the row count is unchanged."""
        if self._views is None or self._views.rows != rows:
            self._views = Views(self, rows)
        return self._views

    def forget(self) -> None:
        """Drop the maps and descriptors (before the files are deleted or replaced)."""
        self._views = None
        for fd in self._fds.values():
            with suppress(OSError):
                os.close(fd)
        self._fds.clear()

    def remove(self) -> None:
        self.forget()
        for path in self.paths.values():
            with suppress(OSError):  # still mapped elsewhere (Windows): removed later
                path.unlink(missing_ok=True)


def _map(path: Path, dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
    """A read-only map of the start of a file, as an array of `shape`."""
    count = int(np.prod(shape))
    with open(path, "rb") as f:
        m = mmap.mmap(f.fileno(), count * dtype.itemsize, access=mmap.ACCESS_READ)
    return np.frombuffer(m, dtype, count).reshape(shape)


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
