"""What the grid shows for a photo: its cached thumbnail's pixels, scaled to the cell.

Runs wherever the grid's loader sends it (a thumbnail helper process in the window, a thread
in tests): the disk thumbnail is read, or made from the original first when it is missing or
damaged, and decoded to RGB rows at most `px` on their longest side. No Qt: the window makes
its QImage from the rows.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from photoseek.imaging.errors import ImageReadError, ImageSkipped
from photoseek.imaging.grid_thumbs import GRID_SIZES, smaller, touch
from photoseek.imaging.thumbnails import ThumbnailCache

# Disk thumbnails are made at these sizes (one decode writes all of them; indexing writes
# them from its own decode); the grid scales the smallest one that is big enough to the cell.
DISK_SIZES = GRID_SIZES


@dataclass(frozen=True)
class Pixels:
    width: int
    height: int
    rgb: bytes  # rows of 3-byte pixels, no padding


@dataclass(frozen=True)
class GridPixels:
    """A thumbnail's pixels, or why there are none."""

    pixels: Pixels | None
    missing: bool = False  # the photo file is not on this computer
    error: str = ""
    gone: bool = False  # missing although its folder is here: deleted or moved away


def folder_here(paths: tuple[str, ...]) -> bool:
    """Whether the folder of one of the paths exists (then a missing file was deleted or
    moved, rather than on a drive that is not plugged in)."""
    return any(p and os.path.isdir(os.path.dirname(p)) for p in paths)


def disk_size_for(px: int) -> int:
    for size in sorted(DISK_SIZES):
        if size >= px:
            return size
    return max(DISK_SIZES)


def first_existing(paths: tuple[str, ...]) -> str | None:
    for p in paths:
        if p and os.path.isfile(p):
            return p
    return None


def read_pixels(path: Path, px: int) -> Pixels:
    """A cached thumbnail's RGB rows (our own JPEG, already oriented), its longest side at
    most `px`; ImageReadError when the file is damaged."""
    try:
        with Image.open(path) as opened:
            opened.draft("RGB", (px, px))  # a JPEG twice the cell or more: decoded smaller
            image = opened.convert("RGB")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageReadError(f"cannot read the thumbnail: {exc}") from None
    if max(image.size) > px:
        image = smaller(image, px)
    return Pixels(image.width, image.height, image.tobytes())


def load_grid_pixels(
    cache_dir: str, paths: tuple[str, ...], content_hash: str, px: int
) -> GridPixels:
    """The cached thumbnail of a photo (made first if needed), `px` on its longest side.

    A photo indexed by this app already has its thumbnails (indexing writes them), so this
    normally reads one small JPEG and decodes no photo. A cached file that cannot be read
    (damaged by a crash or a full disk) is removed and made again from the photo.
    """
    cache = ThumbnailCache(Path(cache_dir), DISK_SIZES)
    size = disk_size_for(px)
    source = first_existing(paths)
    target = cache.path_for(content_hash, size)
    gone = source is None and folder_here(paths)
    if target.is_file():
        try:
            pixels = read_pixels(target, px)
        except (ImageSkipped, ImageReadError) as exc:
            if source is None:
                return GridPixels(None, missing=True, error=exc.reason, gone=gone)
            with contextlib.suppress(OSError):
                target.unlink()
        else:
            touch(target)  # the disk cache forgets the least recently used first
            return GridPixels(pixels, missing=source is None, gone=gone)
    if source is None:
        return GridPixels(None, missing=True, gone=gone)
    try:
        target = cache.get_or_create(Path(source), content_hash, size)
        pixels = read_pixels(target, px)
    except (ImageSkipped, ImageReadError) as exc:
        return GridPixels(None, error=exc.reason)
    except OSError as exc:
        return GridPixels(None, error=exc.strerror or str(exc))
    return GridPixels(pixels)
