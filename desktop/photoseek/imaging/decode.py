"""Open, check, decode (reduced), normalise to RGB and orient: the one path every image takes.

Order matters for speed and safety:
1. open (header only) and refuse oversized images before a single pixel is decoded;
2. read EXIF from the header (orientation, metadata);
3. ask the decoder for a reduced image (JPEG DCT scaling, HEIF embedded thumbnail);
4. decode, normalise the mode, resize to the target, flatten alpha on white;
5. apply the EXIF orientation last, on the small image, where it costs nothing.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageFile

from photoseek.imaging import heif_fast
from photoseek.imaging.budget import DECODE_BUDGET, DecodeBudget, decode_cost
from photoseek.imaging.errors import TRUNCATED, ImageSkipped, too_many_pixels, translated
from photoseek.imaging.exif import TRANSPOSE, ExifInfo, read_exif
from photoseek.imaging.formats import MAX_PIXELS, pil_formats, raise_pillow_limit
from photoseek.imaging.source import MAX_FILE_BYTES, PhotoFile
from photoseek.records import PhotoMeta

StrPath = str | os.PathLike[str]

_WHITE = (255, 255, 255)
# Resampling from at most ~2x the target after draft mode. BICUBIC (what Image.thumbnail and
# CLIP's own preprocessing use) differs from LANCZOS by under 1/255 on average at that ratio
# and costs a fifth less of the whole JPEG preparation. reducing_gap makes big non-JPEG images
# box-reduce first.
_RESAMPLE = Image.Resampling.BICUBIC
_REDUCING_GAP = 2.0
_BIT_DEPTHS = (8, 10, 12, 14, 16)


@dataclass(frozen=True)
class Decoded:
    image: Image.Image  # RGB, oriented, longest side ≤ the requested max_side
    meta: PhotoMeta
    format: str  # Pillow's format name, e.g. "JPEG", "HEIF"
    decoded_size: tuple[int, int]  # what the decoder produced (after draft), before resizing


def fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    """width × height scaled so the longest side is at most max_side (never enlarged)."""
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def open_file(path: StrPath, max_bytes: int = MAX_FILE_BYTES) -> BinaryIO:
    """Open a photo read-only and safely (a regular file, not too big, never blocking); OS
    errors become ImageReadError / ImageSkipped. The caller closes it."""
    return PhotoFile(path, max_bytes).file


def _open(fp: BinaryIO) -> ImageFile.ImageFile:
    return Image.open(fp, formats=pil_formats())


def read_metadata_from(fp: BinaryIO) -> PhotoMeta:
    """Size (after orientation) and EXIF fields from the headers; no pixel is decoded."""
    with translated(), _open(fp) as img:
        return read_exif(img).meta(*img.size)


def read_metadata(path: StrPath) -> PhotoMeta:
    """What the file's headers say (used for moved files and filters). Decodes no pixels."""
    with open_file(path) as fp:
        return read_metadata_from(fp)


def read_metadata_bytes(data: bytes) -> PhotoMeta:
    return read_metadata_from(io.BytesIO(data))


def decode_stream(
    fp: BinaryIO,
    max_side: int,
    max_pixels: int = MAX_PIXELS,
    budget: DecodeBudget | None = None,
) -> Decoded:
    """Decode the first frame as an oriented RGB image with longest side ≤ max_side.

    The decode holds its estimated memory in `budget` (the process-wide one by default)
    while its pixels exist, so concurrent decodes of huge images take turns.
    """
    if max_side < 1:
        raise ValueError("max_side must be positive")
    raise_pillow_limit(max_pixels)
    with translated():
        if _isobmff_truncated(fp):
            raise ImageSkipped(TRUNCATED)
        with _open(fp) as img:
            width, height = img.size
            if width < 1 or height < 1:
                raise ImageSkipped("corrupt image data")
            if width * height > max_pixels:
                raise too_many_pixels(width, height)
            info = read_exif(img)
            target = fit(width, height, max_side)
            if target != (width, height):
                # JPEG: libjpeg decodes at 1/2, 1/4 or 1/8 scale, never below `target`;
                # HEIF: pillow-heif picks an embedded thumbnail at least that big, if any.
                img.draft("RGB", target)
            if img.format == "HEIF" and img.size == (width, height):
                fast = _heif_reduced(fp, max_side, (width, height), budget)
                if fast is not None:
                    small = _oriented(fast, info)
                    return Decoded(small, info.meta(width, height), "HEIF", (width, height))
            cost = decode_cost(img.size[0], img.size[1], img.mode)
            with (budget or DECODE_BUDGET).reserve(cost):
                img.load()
                decoded_size = img.size
                fmt = img.format or "?"
                small = _flatten(_resized(_normalised(img), target))
                if small is img:  # closing `img` below releases its pixels: keep a copy
                    small = img.copy()
                img.close()  # the full-size pixels go before the budget is given back
        small = _oriented(small, info)
    return Decoded(small, info.meta(width, height), fmt, decoded_size)


def _heif_reduced(
    fp: BinaryIO, max_side: int, size: tuple[int, int], budget: DecodeBudget | None
) -> Image.Image | None:
    """A HEIF decoded from its planes straight to the target size (see heif_fast), or None."""
    if not heif_fast.available():
        return None
    fp.seek(0)
    data = fp.read()
    with (budget or DECODE_BUDGET).reserve(size[0] * size[1] * 2):  # the planes: 1.5 B a pixel
        result = heif_fast.decode_reduced(data, max_side)
    if result is None or result[1] != size:
        return None  # something unusual: pillow-heif decodes it as before
    return result[0]


def decode_path(path: StrPath, max_side: int, max_pixels: int = MAX_PIXELS) -> Decoded:
    with open_file(path) as fp:
        return decode_stream(fp, max_side, max_pixels)


def _isobmff_truncated(fp: BinaryIO) -> bool:
    """True if an ISO-BMFF file (HEIC, HEIF, AVIF) ends inside one of its top-level boxes.

    libheif decodes a grid image (every iPhone photo) whose tiles are cut off by painting the
    missing tiles green, without an error; the box sizes tell us the file is incomplete.
    """
    start = fp.tell()
    try:
        if fp.read(12)[4:8] != b"ftyp":
            return False
        end = fp.seek(0, os.SEEK_END)
        pos = 0
        for _ in range(10_000):  # a real file has a handful of top-level boxes
            if end - pos < 8:  # end of file, maybe a few padding bytes
                return False
            fp.seek(pos)
            header = fp.read(16)
            size = int.from_bytes(header[:4], "big")
            if size == 1 and len(header) == 16:  # 64-bit "largesize"
                size = int.from_bytes(header[8:16], "big")
            if size == 0:  # the last box runs to the end of the file
                return False
            if size < 8:  # malformed: leave the verdict to the decoder
                return False
            if pos + size > end:
                return True
            pos += size
        return False
    finally:
        fp.seek(start)


def _normalised(img: Image.Image) -> Image.Image:
    """RGB, or RGBA when the image has any transparency; high bit depths scaled to 8 bits."""
    mode = img.mode
    if mode == "RGB":
        return img
    if mode.startswith(("I", "F")):
        return _from_high_depth(img)
    if mode in ("RGBA", "LA", "La", "RGBa", "PA") or "transparency" in img.info:
        return img.convert("RGBA")
    try:
        return img.convert("RGB")  # 1, L, P, CMYK, YCbCr, RGBX, HSV, LAB…
    except ValueError as exc:
        raise ImageSkipped(f"unsupported colour mode ({mode})") from exc


def _from_high_depth(img: Image.Image) -> Image.Image:
    """Grayscale 16/32-bit integer or float images → 8-bit RGB with a sensible range.

    Pillow's own convert("L") clips at 255, which turns a 16-bit photo almost entirely white.
    Integer data is scaled from its likely bit depth (sensors and scanners store 10, 12 or 14
    bits in 16-bit words), keeping black at 0 so a dark picture stays dark; float data in
    [0, 1] is taken as is; anything else is stretched over its actual range.
    """
    arr = np.asarray(img, dtype=np.float32)
    if arr.ndim != 2:
        raise ImageSkipped(f"unsupported colour mode ({img.mode})")
    finite = arr[np.isfinite(arr)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    if img.mode == "F" and lo >= 0 and hi <= 1:
        lo, hi = 0.0, 1.0
    elif img.mode != "F" and lo >= 0 and hi <= 65535:
        lo, hi = 0.0, float(next(2**b - 1 for b in _BIT_DEPTHS if hi <= 2**b - 1))
    span = hi - lo or 1.0
    scaled = np.nan_to_num((arr - lo) * (255.0 / span), nan=0.0)
    gray = Image.fromarray(np.clip(scaled + 0.5, 0, 255).astype(np.uint8), "L")
    return gray.convert("RGB")


def _resized(img: Image.Image, target: tuple[int, int]) -> Image.Image:
    if img.size == target:
        return img
    # RGBA is resized premultiplied by Pillow, so edges do not pick up hidden colours.
    return img.resize(target, _RESAMPLE, reducing_gap=_REDUCING_GAP)


def _flatten(img: Image.Image) -> Image.Image:
    if img.mode != "RGBA":
        return img
    background = Image.new("RGB", img.size, _WHITE)
    background.paste(img, mask=img.getchannel("A"))
    return background


def _oriented(img: Image.Image, info: ExifInfo) -> Image.Image:
    method = TRANSPOSE.get(info.orientation)
    return img if method is None else img.transpose(method)
