"""The two ways a photo can fail, and the mapping from library exceptions onto them.

`ImageSkipped` is permanent (the file's bytes will not become an image, trying again is
pointless); `ImageReadError` is transient (the file could not be read right now: it moved,
a permission changed, a network drive dropped) and the pipeline retries it later.
"""

from __future__ import annotations

import errno
import re
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, UnidentifiedImageError

NOT_AN_IMAGE = "not an image or unsupported format"
TRUNCATED = "file is truncated"
CORRUPT = "corrupt image data"


def _one_line(reason: str) -> str:
    return " ".join(reason.split()) or "unknown problem"


class ImageSkipped(Exception):
    """This file will not be indexed; `reason` is one short line to show the user."""

    def __init__(self, reason: str) -> None:
        self.reason = _one_line(reason)
        super().__init__(self.reason)


class ImageReadError(Exception):
    """The file could not be read now (moved, permissions, I/O); worth retrying later."""

    def __init__(self, reason: str) -> None:
        self.reason = _one_line(reason)
        super().__init__(self.reason)


def too_many_pixels(width: int | None = None, height: int | None = None) -> ImageSkipped:
    size = f" ({width}×{height})" if width and height else ""
    return ImageSkipped(f"too many pixels{size}, skipped as a possible decompression bomb")


_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

# What the decoders raise on bad bytes. Pillow documents few of these, but its fuzzing
# history shows all of them escaping from plugins on crafted files.
_CORRUPT_TYPES: tuple[type[BaseException], ...] = (
    SyntaxError,  # Pillow's "not a <format> file" / "broken PNG file"
    ValueError,  # bad header fields; pillow-heif decode errors
    TypeError,
    KeyError,
    IndexError,
    struct.error,
    zlib.error,
    ArithmeticError,  # ZeroDivisionError / OverflowError from bogus header fields
    RuntimeError,  # pillow-heif / libavif decoder failures
    NotImplementedError,  # "unsupported compression" and friends
    # Pillow *warns* about some damage ("Corrupt EXIF data" while reading a TIFF directory).
    # Normally that is printed and decoding goes on; only where warnings are turned into
    # errors (as in this project's tests) does it abort the decode, and the file is skipped.
    Warning,
)


def read_error(exc: OSError) -> ImageReadError | ImageSkipped:
    if isinstance(exc, FileNotFoundError):
        return ImageReadError("file not found (moved or deleted)")
    if isinstance(exc, PermissionError):
        return ImageReadError("permission denied")
    if isinstance(exc, IsADirectoryError):
        return ImageSkipped("not a file")
    detail = exc.strerror or errno.errorcode.get(exc.errno or 0, "I/O error")
    return ImageReadError(f"cannot read the file: {detail}")


def classify(exc: BaseException) -> ImageSkipped | ImageReadError | None:
    """The user-facing error for a decoder/OS exception, or None if it is not one of ours."""
    if isinstance(exc, ImageSkipped | ImageReadError):
        return exc
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        # Pillow refused while opening (above 2 × MAX_PIXELS, or above MAX_PIXELS when warnings
        # are errors; see formats.raise_pillow_limit): report the count from its message.
        m = _BOMB_PIXELS.search(str(exc))
        count = f" ({int(m[1]):,} pixels)" if m else ""
        return ImageSkipped(f"too many pixels{count}, skipped as a possible decompression bomb")
    if isinstance(exc, UnidentifiedImageError):
        return ImageSkipped(NOT_AN_IMAGE)
    if isinstance(exc, MemoryError):
        # Under our pixel limit this means memory pressure right now, not a hopeless file.
        return ImageReadError("not enough memory to decode the image")
    if isinstance(exc, EOFError):
        return ImageSkipped(TRUNCATED)
    if isinstance(exc, OSError) and exc.errno is not None:
        return read_error(exc)  # a real OS error; decoder errors carry no errno
    if isinstance(exc, (OSError, *_CORRUPT_TYPES)):
        message = str(exc).lower()
        # Pillow: "image file is truncated"; libheif: "Unexpected end of file: …"
        if "truncated" in message or "end of file" in message:
            return ImageSkipped(TRUNCATED)
        return ImageSkipped(CORRUPT)
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise decoder and OS exceptions as ImageSkipped / ImageReadError (chained)."""
    try:
        yield
    except Exception as exc:
        mapped = classify(exc)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc
