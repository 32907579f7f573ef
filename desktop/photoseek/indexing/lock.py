"""One indexer per library at a time, across processes (the GUI and the CLI)."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import IO


class AlreadyIndexing(RuntimeError):
    pass


class IndexLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def __enter__(self) -> IndexLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+")
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            raise AlreadyIndexing(
                "Another Photoseek window or command is indexing this library; "
                "wait for it to finish."
            ) from None
        self._file = f
        return self

    def held(self) -> bool:
        """Is a run (in this process or another) holding the lock right now? A probe that
        takes and drops the lock: an answer for politeness, not a guarantee."""
        try:
            with IndexLock(self.path):
                return False
        except AlreadyIndexing:
            return True

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock (also when the process dies)
            self._file = None
