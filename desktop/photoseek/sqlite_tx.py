"""One rollback-safe SQLite transaction, shared by the catalog and the embedded store."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


@contextmanager
def transaction(
    db: sqlite3.Connection, lock: threading.RLock | threading.Lock, mode: str = "IMMEDIATE"
) -> Iterator[sqlite3.Connection]:
    """BEGIN … COMMIT, or ROLLBACK on any exception, which then propagates unchanged.

    The connection must be in autocommit mode (`isolation_level=None`). SQLite rolls back by
    itself after some errors (a full disk, an I/O error); the ROLLBACK is then skipped, and a
    ROLLBACK that fails never hides the error that caused it.
    """
    with lock:
        db.execute(f"BEGIN {mode}")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                # The original error says more than a failed ROLLBACK would.
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise
