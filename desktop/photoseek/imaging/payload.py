"""The model payload: what is sent to Jina CLIP v2 for one photo."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image

from photoseek.imaging.decode import StrPath, decode_path, decode_stream
from photoseek.imaging.errors import translated
from photoseek.imaging.formats import MAX_PIXELS
from photoseek.records import PhotoMeta

MODEL_SIDE = 512
# Quality 90 keeps JPEG artefacts well below what the model notices while the payload stays
# around 40-80 kB (a PNG of the same pixels is 5-8x bigger and slower to encode and upload).
PAYLOAD_QUALITY = 90


@dataclass(frozen=True)
class PreparedImage:
    payload: bytes  # JPEG: EXIF-transposed RGB, longest side ≤ 512, no metadata
    meta: PhotoMeta  # width/height after orientation, taken_at, camera, lat/lon


def encode_jpeg(img: Image.Image, quality: int = PAYLOAD_QUALITY) -> bytes:
    # Saved without exif/icc: the payload leaves the machine, the photo's GPS position must not.
    buf = io.BytesIO()
    with translated():
        img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def prepare_for_model(
    path: StrPath, *, max_side: int = MODEL_SIDE, max_pixels: int = MAX_PIXELS
) -> PreparedImage:
    """Decode a photo file into the model payload plus its metadata.

    Raises ImageSkipped (permanent, with a one-line reason) or ImageReadError (transient).
    """
    d = decode_path(path, max_side, max_pixels)
    return PreparedImage(encode_jpeg(d.image), d.meta)


def prepare_bytes_for_model(
    data: bytes, *, max_side: int = MODEL_SIDE, max_pixels: int = MAX_PIXELS
) -> PreparedImage:
    """The same for image bytes already in memory (pasted or dropped query images, or a file
    the pipeline has read once to hash it)."""
    d = decode_stream(io.BytesIO(data), max_side, max_pixels)
    return PreparedImage(encode_jpeg(d.image), d.meta)


def prepare_stream(
    fp: BinaryIO, *, max_side: int = MODEL_SIDE, max_pixels: int = MAX_PIXELS
) -> tuple[PreparedImage, Image.Image]:
    """The payload and metadata of an open photo, and the decoded image they were made from
    (the indexer writes the grid's thumbnails from it: one decode for both)."""
    d = decode_stream(fp, max_side, max_pixels)
    return PreparedImage(encode_jpeg(d.image), d.meta), d.image


def to_data_url(jpeg: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")
