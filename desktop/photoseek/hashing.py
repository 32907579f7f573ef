"""Content hashes: the identity of a photo's bytes (document id, vector cache key)."""

from __future__ import annotations

import hashlib
from typing import Any


def content_hasher() -> Any:
    """An incremental hasher whose hexdigest() equals content_hash() of the same bytes."""
    return hashlib.blake2b(digest_size=16)


def content_hash(data: bytes) -> str:
    """128-bit BLAKE2b: fast, and collisions are out of reach for any photo library."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()
