"""When the catalog file cannot be used: one sentence for each cause, and damage detected.

SQLite's own error codes say what went wrong: a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB),
a disk or folder that refuses writes (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM), a full
disk (SQLITE_FULL), a failing disk (SQLITE_IOERR). A damaged catalog is set aside with a
timestamp and rebuilt (see `Library`); it is never silently taken for a new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from pathlib import Path

DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
READ_ONLY = {"SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"}
SUFFIXES = ("", "-wal", "-shm")
# Small catalogs are checked page by page when opened (milliseconds); bigger ones are
# checked by SQLite as pages are read, and set aside at the next start if found damaged.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


class CatalogError(Exception):
    """The catalog cannot be used; `str(exc)` is one sentence fit to show a user."""


class CatalogNewer(CatalogError):
    """Written by a newer Photoseek: update the app (a configuration problem, exit 2)."""


class CatalogUnwritable(CatalogError):
    """The disk or folder refuses writes (read-only, immutable, full): exit code 3."""


class CatalogDamaged(CatalogError):
    """The file is not a usable SQLite database; it is set aside and rebuilt."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"The catalog {path} is damaged ({why}).")
        self.path = path
        self.why = why


def marker(path: Path) -> Path:
    """Left next to a catalog found damaged while in use, so the next start sets it aside."""
    return path.with_name(path.name + ".damaged")


def explain(exc: sqlite3.Error, path: Path) -> CatalogError:
    """The sentence for a SQLite error on the catalog at `path` (a damaged one is marked)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name in DAMAGED:
        with contextlib.suppress(OSError):
            marker(path).write_text(text + "\n", encoding="utf-8")
        return CatalogDamaged(path, text)
    folder = path.parent
    if name == "SQLITE_FULL":
        return CatalogUnwritable(
            f"The disk holding the catalog ({folder}) is full: free some space and run again "
            "(nothing done so far is lost)."
        )
    if name in READ_ONLY or "readonly" in text:
        return CatalogUnwritable(
            f"The catalog {path} cannot be written ({text}): make {folder} writable, or set "
            "PHOTOSEEK_DATA_DIR to a folder that is."
        )
    if name.startswith("SQLITE_IOERR"):
        return CatalogUnwritable(f"The disk holding the catalog ({folder}) failed: {text}.")
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return CatalogError(
            f"The catalog {path} is locked by another program ({text}); close it and try again."
        )
    return CatalogError(f"The catalog {path} cannot be used: {text}.")


def empty_file(path: Path) -> bool:
    """A catalog that exists but holds nothing at all (not even SQLite's header), with no
    write-ahead log that could hold its pages: something truncated it."""
    try:
        if path.stat().st_size:
            return False
    except FileNotFoundError:
        return False
    wal = Path(f"{path}-wal")
    return not (wal.exists() and wal.stat().st_size)


def os_error(exc: OSError, path: Path) -> CatalogError:
    """The sentence for a failed write beside the catalog at `path` (its vector files)."""
    folder = path.parent
    if exc.errno == errno.ENOSPC:
        return CatalogUnwritable(
            f"The disk holding the catalog ({folder}) is full: free some space and run again "
            "(nothing done so far is lost)."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return CatalogUnwritable(
            f"The catalog's files in {folder} cannot be written ({exc.strerror or exc}): make "
            f"{folder} writable, or set PHOTOSEEK_DATA_DIR to a folder that is."
        )
    return CatalogUnwritable(f"The disk holding the catalog ({folder}) failed: {exc}.")


def needs_quick_check(path: Path) -> bool:
    try:
        return path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    except OSError:
        return False


def set_aside(path: Path) -> Path:
    """Move a damaged catalog (and its WAL files) out of the way, timestamped; returns the new
    name of the main file. Nothing is deleted: it may still be worth rescuing by hand."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in SUFFIXES:
        src = Path(f"{path}{suffix}")
        if src.exists():
            os.replace(src, f"{aside}{suffix}")
    marker(path).unlink(missing_ok=True)
    return aside


def data_dir_error(exc: OSError, folder: Path) -> CatalogError:
    """One of Photoseek's own folders (config, data, cache) cannot be made or written."""
    return CatalogUnwritable(
        f"Photoseek cannot create or write the folder {folder} ({exc.strerror or exc}): make "
        "it writable or free some space (PHOTOSEEK_CONFIG_DIR, PHOTOSEEK_DATA_DIR and "
        "PHOTOSEEK_CACHE_DIR move Photoseek's folders elsewhere)."
    )


__all__ = [
    "CatalogDamaged",
    "CatalogError",
    "CatalogNewer",
    "CatalogUnwritable",
    "explain",
    "set_aside",
]
