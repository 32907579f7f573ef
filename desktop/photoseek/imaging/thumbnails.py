"""Grid thumbnails, cached on disk under the app's cache dir by content hash and size."""

from __future__ import annotations

import contextlib
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
        if target.is_file():
            return target
        wanted = [s for s in self.sizes if not self.path_for(content_hash, s).is_file()]
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
        # Write to a temporary file in the same directory, then rename over the target: a
        # reader (or a crash) never sees half a JPEG, and racing writers just both win.
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".jpg", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:  # an OSError here is the cache's, not the photo's
                image.save(f, "JPEG", quality=THUMBNAIL_QUALITY)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    w, h = size
    scale = side / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))
