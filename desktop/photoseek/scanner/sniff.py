"""Is this file an image, whatever its name says? Its first bytes tell (a photo saved as
`IMG_0001`, `photo.jpg.download` or `scan.dat` is still a photo)."""

from __future__ import annotations

import os

from photoseek.imaging.source import OPEN_FLAGS

HEAD = 32
# ISO-BMFF major brands of still images (not of videos: mp4/mov share the container).
_IMAGE_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"}
)


def image_signature(head: bytes) -> str | None:
    """The image format these leading bytes belong to, or None."""
    if head[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:2] == b"BM" and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    if head[4:8] == b"ftyp" and head[8:12] in _IMAGE_BRANDS:
        return "HEIF"
    return None


def sniff(path: str) -> str | None:
    """The image format of a regular file's content, or None (unreadable counts as None)."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError:
        return None
    try:
        return image_signature(os.read(fd, HEAD))
    except OSError:
        return None
    finally:
        os.close(fd)
