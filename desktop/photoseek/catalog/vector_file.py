"""The vector cache's vectors: one append-only float32 file per (model, dims), row r at byte
r × dims × 4, so the file is a plain matrix anything can memory-map.

The catalog's `vectors` table says which row holds which photo's vector, and `vector_files`
how many rows of each file are committed. A write appends rows past the committed count,
fsyncs them, and only then commits the transaction that names them (and marks their files
indexed): a crash before the commit leaves bytes no row names, which the next write
overwrites; a crash after it leaves everything in place.
"""

from __future__ import annotations

import os
import re
import threading
from contextlib import suppress
from pathlib import Path

import numpy as np


def file_name(model: str, dims: int) -> str:
    return f"{re.sub(r'[^A-Za-z0-9._-]', '_', model)}-{dims}.f32"


class VectorFile:
    def __init__(self, path: Path, dims: int) -> None:
        self.path = path
        self.dims = dims
        self.width = dims * 4
        self._fd: int | None = None
        self._lock = threading.Lock()

    def write(self, start: int, vectors: np.ndarray) -> None:
        """Rows start… on disk, durably; anything a killed writer left past `start` goes."""
        data = np.ascontiguousarray(vectors, "<f4")
        assert data.ndim == 2 and data.shape[1] == self.dims
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "r+b" if self.path.exists() else "w+b") as f:
            f.truncate(start * self.width)
            f.seek(start * self.width)
            f.write(data.tobytes())
            f.flush()
            os.fsync(f.fileno())

    def read(self, rows: list[int]) -> np.ndarray:
        """The vectors of these rows, (len(rows), dims), by positional reads (no map: a fault
        on a map would make a large folio of the file resident for one vector)."""
        out = bytearray(len(rows) * self.width)
        view = memoryview(out)
        with self._lock:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            for i, r in enumerate(rows):
                chunk = view[i * self.width : (i + 1) * self.width]
                if hasattr(os, "preadv"):
                    got = os.preadv(self._fd, [chunk], r * self.width)
                else:  # Windows
                    os.lseek(self._fd, r * self.width, os.SEEK_SET)
                    data = os.read(self._fd, self.width)
                    chunk[: len(data)] = data
                    got = len(data)
                if got != self.width:
                    raise OSError(f"{self.path} is shorter than its committed rows")
        return np.frombuffer(out, "<f4").reshape(len(rows), self.dims)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                with suppress(OSError):
                    os.close(self._fd)
                self._fd = None
