"""Decoding photos safely and fast: model payloads, metadata, thumbnails. No Qt, no network."""

from photoseek.imaging.decode import (
    Decoded,
    decode_path,
    decode_stream,
    read_metadata,
    read_metadata_bytes,
)
from photoseek.imaging.errors import ImageReadError, ImageSkipped
from photoseek.imaging.formats import (
    MAX_PIXELS,
    SUPPORTED_EXTENSIONS,
    avif_source,
    register_plugins,
)
from photoseek.imaging.payload import (
    PreparedImage,
    prepare_bytes_for_model,
    prepare_for_model,
    to_data_url,
)
from photoseek.imaging.thumbnails import ThumbnailCache, make_thumbnail

__all__ = [
    "MAX_PIXELS",
    "SUPPORTED_EXTENSIONS",
    "Decoded",
    "ImageReadError",
    "ImageSkipped",
    "PreparedImage",
    "ThumbnailCache",
    "avif_source",
    "decode_path",
    "decode_stream",
    "make_thumbnail",
    "prepare_bytes_for_model",
    "prepare_for_model",
    "read_metadata",
    "read_metadata_bytes",
    "register_plugins",
    "to_data_url",
]
