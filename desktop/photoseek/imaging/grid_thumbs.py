"""The grid's disk thumbnails made while indexing, and the cache kept under its size limit.

Indexing decodes each new photo once, to the 512 px model payload; the grid's thumbnails are
made from that same image (the 512 px one *is* the payload, the 256 px one a resize of it), so
browsing a freshly indexed library decodes nothing. The files go where `ThumbnailCache` (and
the grid's loader) look for them: `<cache>/<size>/<hash[:2]>/<hash>.jpg`.

The cache is bounded: `prune` removes the least recently used thumbnails (by mtime, which the
grid's loader touches on each read; atime is unreliable under `relatime`) until the cache is
below its limit. A thumbnail that is gone is simply made again from the photo when needed.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from photoseek.imaging.thumbnails import THUMBNAIL_QUALITY, ThumbnailCache

GRID_SIZES = (256, 512)  # what the grid's loader asks for (gui/thumbnails.DISK_SIZES)
PRUNE_TO = 0.9  # after pruning, the cache is at most this share of its limit


def fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    w, h = size
    if max(w, h) <= side:
        return w, h
    scale = side / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def smaller(image: Image.Image, side: int) -> Image.Image:
    """`image` fitted in `side`: a whole-factor box reduction first (512 → 256 is only that:
    0.2 ms where LANCZOS took 3.1, a fifth of preparing a JPEG for the model), BICUBIC for
    the rest."""
    return image.resize(fit(image.size, side), Image.Resampling.BICUBIC, reducing_gap=1.0)


def encode_thumbnail(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=THUMBNAIL_QUALITY)
    return buf.getvalue()


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, check it is all there, then rename it in:
    a reader (or a crash) never finds half a thumbnail under the real name. The temporary
    name is this thread's own (no random names to try), so writers never collide."""
    tmp = target.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{target.name}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(tmp, flags, 0o644)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, flags, 0o644)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if os.fstat(f.fileno()).st_size != len(data):
                raise OSError(f"short write of a thumbnail ({target.name})")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class GridThumbnails:
    """Writes the grid's thumbnails of a photo from an image already decoded (any thread)."""

    def __init__(self, cache_dir: Path, sizes: tuple[int, ...] = GRID_SIZES) -> None:
        self.cache = ThumbnailCache(cache_dir, sizes)
        self.sizes = self.cache.sizes  # largest first
        self.written = 0  # files written (for tests and benchmarks)
        self.bytes = 0
        self._lock = threading.Lock()

    def write(self, content_hash: str, image: Image.Image, jpeg: bytes | None = None) -> None:
        """Thumbnails of `image` (oriented RGB) at every size; `jpeg` is its own JPEG encoding
        if there is one (the model payload), used as is for the size it already fits.

        A thumbnail that exists is left alone. Raises OSError when the cache cannot be written.
        """
        current = image
        for side in self.sizes:
            target = self.cache.path_for(content_hash, side)
            if target.exists():
                continue
            if max(current.size) > side:
                current = smaller(current, side)
            data = jpeg if jpeg is not None and current is image else encode_thumbnail(current)
            write_atomically(target, data)
            self.count(1, len(data))

    def count(self, files: int, size: int) -> None:
        """Thumbnails written (here, or by a helper process into the same cache)."""
        with self._lock:
            self.written += files
            self.bytes += size

    def has_all(self, content_hash: str) -> bool:
        return all(self.cache.path_for(content_hash, s).exists() for s in self.sizes)


def touch(path: Path) -> None:
    """Mark a thumbnail as just used (the cache's LRU clock is the file's mtime)."""
    with contextlib.suppress(OSError):
        os.utime(path)


@dataclass(frozen=True)
class PruneReport:
    files: int  # thumbnails in the cache before pruning
    bytes_before: int
    removed: int
    bytes_after: int


def prune(cache_dir: Path, max_bytes: int, now: float | None = None) -> PruneReport:
    """Remove the least recently used thumbnails until the cache is ≤ PRUNE_TO × max_bytes
    (nothing when it is within max_bytes). Leftover temporary files older than an hour go too."""
    entries: list[tuple[float, int, str]] = []
    total = 0
    stale = (now or time.time()) - 3600
    for size_dir in _dirs(Path(cache_dir)):
        for shard in _dirs(size_dir):
            with contextlib.suppress(OSError), os.scandir(shard) as it:
                for e in it:
                    try:
                        st = e.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if e.name.startswith(".tmp-"):
                        if st.st_mtime < stale:
                            with contextlib.suppress(OSError):
                                os.unlink(e.path)
                        continue
                    if e.name.endswith(".jpg") and e.is_file(follow_symlinks=False):
                        entries.append((st.st_mtime, st.st_size, e.path))
                        total += st.st_size
    before = total
    removed = 0
    if total > max_bytes:
        goal = int(max_bytes * PRUNE_TO)
        entries.sort()  # oldest use first
        for _mtime, size, path in entries:
            if total <= goal:
                break
            try:
                os.unlink(path)
            except OSError:
                continue
            total -= size
            removed += 1
    return PruneReport(len(entries), before, removed, total)


def _dirs(parent: str | Path) -> list[str]:
    try:
        with os.scandir(parent) as it:
            return [e.path for e in it if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
