"""Decoding photos safely and fast: model payloads, metadata, thumbnails. No Qt, no network."""

from photoseek.imaging.budget import DECODE_BUDGET, DecodeBudget
from photoseek.imaging.decode import (
    Decoded,
    decode_path,
    decode_stream,
    read_metadata,
    read_metadata_bytes,
    read_metadata_from,
)
from photoseek.imaging.errors import ImageReadError, ImageSkipped
from photoseek.imaging.formats import (
    MAX_PIXELS,
    SUPPORTED_EXTENSIONS,
    UNSUPPORTED_IMAGE_EXTENSIONS,
    avif_source,
    register_plugins,
)
from photoseek.imaging.grid_thumbs import GRID_SIZES, GridThumbnails, prune
from photoseek.imaging.heif_fast import set_thread_decoding_threads as set_decoder_threads
from photoseek.imaging.payload import (
    PreparedImage,
    prepare_bytes_for_model,
    prepare_for_model,
    prepare_stream,
    to_data_url,
)
from photoseek.imaging.source import IN_MEMORY_BYTES, MAX_FILE_BYTES, PhotoFile, read_bytes
from photoseek.imaging.thumbnails import ThumbnailCache, make_thumbnail

__all__ = [
    "DECODE_BUDGET",
    "GRID_SIZES",
    "IN_MEMORY_BYTES",
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "SUPPORTED_EXTENSIONS",
    "UNSUPPORTED_IMAGE_EXTENSIONS",
    "DecodeBudget",
    "Decoded",
    "GridThumbnails",
    "ImageReadError",
    "ImageSkipped",
    "PhotoFile",
    "PreparedImage",
    "ThumbnailCache",
    "avif_source",
    "decode_path",
    "decode_stream",
    "make_thumbnail",
    "prepare_bytes_for_model",
    "prepare_for_model",
    "prepare_stream",
    "prune",
    "read_bytes",
    "read_metadata",
    "read_metadata_bytes",
    "read_metadata_from",
    "register_plugins",
    "set_decoder_threads",
    "to_data_url",
]
