"""Grid thumbnails, cached on disk under the app's cache dir by content hash and size."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import tempfile
from pathlib import Path

from PIL import Image

from photoseek.imaging.decode import StrPath, decode_path
from photoseek.imaging.formats import MAX_PIXELS

THUMBNAIL_QUALITY = 85
_HASH = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


def make_thumbnail(path: StrPath, size: int) -> Image.Image:
    """An oriented RGB thumbnail whose longest side is `size` (or less: never enlarged)."""
    return decode_path(path, size, MAX_PIXELS).image


class ThumbnailCache:
    """JPEG thumbnails at `<cache_dir>/<size>/<hash[:2]>/<hash>.jpg`.

    Keyed by content hash, so renamed or copied photos share one entry and an edited photo
    gets a new one. All `sizes` are made from a single decode when any one is missing.
    Nothing is ever written next to the photos.
    """

    def __init__(self, cache_dir: Path, sizes: tuple[int, ...] = (256,)) -> None:
        if not sizes or any(s < 1 for s in sizes):
            raise ValueError("sizes must be positive")
        self.cache_dir = Path(cache_dir)
        self.sizes = tuple(sorted(set(sizes), reverse=True))

    def path_for(self, content_hash: str, size: int) -> Path:
        if not _HASH.match(content_hash):  # it becomes a file name: no separators, no dots
            raise ValueError(f"not a content hash: {content_hash!r}")
        return self.cache_dir / str(size) / content_hash[:2] / f"{content_hash}.jpg"

    def get_or_create(self, source: Path, content_hash: str, size: int) -> Path:
        """The cached thumbnail's path, decoding `source` only if it is not there yet.

        Raises ImageSkipped / ImageReadError for the photo (like prepare_for_model), and a
        plain OSError if the cache itself cannot be written (disk full, permissions).
        """
        target = self.path_for(content_hash, size)
        if is_complete(target):
            return target
        wanted = [s for s in self.sizes if not is_complete(self.path_for(content_hash, s))]
        if size not in wanted:
            wanted.append(size)
        wanted.sort(reverse=True)
        image = decode_path(source, wanted[0], MAX_PIXELS).image
        for s in wanted:
            if max(image.size) > s:
                image = image.resize(_fit(image.size, s), Image.Resampling.LANCZOS)
            self._write(image, self.path_for(content_hash, s))
        return target

    @staticmethod
    def _write(image: Image.Image, target: Path) -> None:
        # Encode in memory, write to a temporary file in the same directory, flush, check that
        # all of it is on disk, then rename over the target: a reader (or a crash) never sees
        # half a JPEG, a full disk never leaves a truncated one in the cache to be served from
        # then on, and racing writers just both win. An OSError is the cache's, not the photo's.
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=THUMBNAIL_QUALITY)
        data = buffer.getvalue()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".jpg", dir=target.parent)
        try:
            try:
                _write_all(fd, data)  # unbuffered: nothing is left to flush
                _verify(fd, data)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:  # nothing more fits
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[n:]


def _verify(fd: int, data: bytes) -> None:
    """The file holds every byte, ending with the JPEG end marker."""
    size = os.fstat(fd).st_size
    tail = b""
    if size >= 2:
        os.lseek(fd, size - 2, os.SEEK_SET)
        tail = os.read(fd, 2)
    if size != len(data) or tail != data[-2:]:
        raise OSError(errno.EIO, f"thumbnail short on disk ({size} of {len(data)} bytes)")


def is_complete(path: Path) -> bool:
    """A cached thumbnail that is whole: not empty, and ends with the JPEG end marker (one
    left truncated by an older version or a crash is made again)."""
    try:
        with open(path, "rb") as f:
            f.seek(-2, os.SEEK_END)
            return f.read(2) == b"\xff\xd9"
    except OSError:
        return False


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    w, h = size
    scale = side / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))
