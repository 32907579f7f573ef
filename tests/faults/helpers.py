"""What the fault tests compare: the catalog's vector cache and the photos the model saw."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from photoseek import imaging
from photoseek.hashing import content_hash


def cached(catalog: Path) -> set[str]:
    """Content hashes whose vector the catalog keeps (read-only; empty if unreadable)."""
    if not catalog.exists():
        return set()
    con = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=10)
    try:
        return {r[0] for r in con.execute("SELECT hash FROM vectors")}
    except sqlite3.OperationalError:
        return set()
    finally:
        con.close()


def photo_ids(*folders: Path) -> dict[str, str]:
    """sha256 of each photo's model payload (what the Jina fake logs) → its content hash
    (what the catalog keys vectors by)."""
    out: dict[str, str] = {}
    for folder in folders:
        for p in sorted(folder.rglob("*.jpg")):
            data = p.read_bytes()
            payload = imaging.prepare_bytes_for_model(data).payload
            out[hashlib.sha256(payload).hexdigest()] = content_hash(data)
    return out


def asked_again(kept: set[str], embedded: list[str], ids: dict[str, str]) -> set[str]:
    """Of the photos whose vector was kept, those the model was asked for again."""
    return kept & {ids[e] for e in embedded}
