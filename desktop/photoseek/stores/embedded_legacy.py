"""Indices of the first embedded format (one SQLite file, vectors as blobs), moved to the
current one on first open. The old file is removed only once the new folder is complete and
in place, so a crash at any point keeps one whole copy of the user's index."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from photoseek.records import PhotoMeta
from photoseek.stores.base import StoreDoc, StoreError
from photoseek.stores.embedded_files import fsync_dir
from photoseek.stores.embedded_index import EmbeddedIndex

log = logging.getLogger(__name__)

LEGACY_SUFFIX = ".sqlite"
_BATCH = 5000


def legacy_file(directory: Path, name: str) -> Path:
    return directory / f"{name}{LEGACY_SUFFIX}"


def migrate(old: Path, target: Path) -> None:
    """Rebuild the index in `old` as the folder `target`, then remove `old`."""
    work = target.with_name(f"{target.name}.migrating-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    log.info("moving the embedded index %s to the current format (once)", target.name)
    start = time.monotonic()
    db = sqlite3.connect(old)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        EmbeddedIndex.create(work, int(meta["dims"]), meta["similarity"], meta.get("model", ""))
        index = EmbeddedIndex(work)
        try:
            cur = db.execute(
                "SELECT id, vector, paths, folders, file_name, size, width, height, taken_at, "
                "camera, lat, lon FROM docs"
            )
            while rows := cur.fetchmany(_BATCH):
                errors = index.upsert([_doc(r) for r in rows])
                if errors:
                    raise StoreError(
                        f"The embedded index {target.name} could not be moved to the new format "
                        f"({errors[0].id}: {errors[0].reason}); the old file is kept."
                    )
        finally:
            index.close()
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        db.close()
    fsync_dir(work)
    try:
        work.rename(target)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        if not target.is_dir():  # not another process that migrated it first
            raise
    fsync_dir(target.parent)
    for suffix in ("", "-wal", "-shm"):
        Path(str(old) + suffix).unlink(missing_ok=True)
    log.info("moved %s in %.1fs", target.name, time.monotonic() - start)


def _doc(r: tuple[Any, ...]) -> StoreDoc:
    doc_id, blob, paths, folders, file_name, size, width, height, taken_at, camera, lat, lon = r
    return StoreDoc(
        id=str(doc_id),
        vector=np.frombuffer(blob, "<f4"),
        paths=list(json.loads(paths)),
        folders=list(json.loads(folders)),
        file_name=file_name,
        size=int(size),
        meta=PhotoMeta(width, height, taken_at, camera, lat, lon),
    )
