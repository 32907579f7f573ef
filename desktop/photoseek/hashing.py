"""Content hashes: the identity of a photo's bytes (document id, vector cache key)."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes) -> str:
    """128-bit BLAKE2b: fast, and collisions are out of reach for any photo library."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()
