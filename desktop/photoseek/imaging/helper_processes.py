"""Photo decoding for the window's indexing process, in helper processes of its own.

Decoding, resizing and JPEG encoding run partly in Python and hold its interpreter lock
(GIL) in between their C calls. In the window's process that lock is shared with the GUI
thread: while indexing decoded 10k photos and the grid made thumbnails from originals, the
event loop stalled for 86–190 ms at a time although the GUI thread needed 4 ms a frame
(bench S8b). A lower CPU priority does not help against a lock. So those decodes run in
helper processes, each with its own interpreter: the window's indexing process
(indexing/child_process.py) sends a photo's bytes (read and hashed there, so what is decoded
is what was hashed) and gets back the model payload and metadata; the helper writes the
grid's thumbnails from the same decode. (The grid's own thumbnails are made by the helpers
in imaging/thumbnail_helpers.py, which the GUI thread polls.)

The CLI keeps decoding in threads: it has no GUI thread to protect.

Helpers are started with `spawn` (the window's process runs Qt threads, which must not be
forked), on first use, and live as long as their owner. A helper that dies (a decoder bug on
a hostile file, the out-of-memory killer) takes nothing else down: the pool is started again,
and each file that was in it is tried once more in a helper of its own; a file that kills
that one too is skipped as one the decoder cannot read.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from photoseek.imaging.errors import ImageSkipped
from photoseek.imaging.grid_thumbs import GridThumbnails
from photoseek.imaging.payload import PreparedImage, prepare_stream

log = logging.getLogger(__name__)

T = TypeVar("T")
DECODER_CRASHED = "the decoder crashed on this file"


@dataclass(frozen=True)
class HelperPrepared:
    """A photo prepared in a helper: the payload, and what happened to its thumbnails."""

    prepared: PreparedImage
    thumbnails_written: int = 0
    thumbnail_bytes: int = 0
    thumbnail_error: str | None = None  # the cache could not be written (disk full, …)


# -- what runs in a helper ----------------------------------------------------------------
def _start_helper(nice: int, heif_threads: int) -> None:
    # A helper holds both ends of its work queue, so it never sees its owner die: it watches
    # the owner instead, and goes with it (a window that crashed, a terminated indexer).
    owner = multiprocessing.parent_process()
    if owner is not None:
        threading.Thread(
            target=_exit_with, args=(owner.sentinel,), name="owner-watch", daemon=True
        ).start()
    if nice:
        from photoseek.indexing.priority import lower_this_process  # (a cycle at import)

        lower_this_process(nice)
    from photoseek.imaging.heif_fast import set_thread_decoding_threads

    set_thread_decoding_threads(heif_threads)


def _exit_with(owner_sentinel: int) -> None:
    multiprocessing.connection.wait([owner_sentinel])
    os._exit(0)


def prepare_in_helper(data: bytes, content_hash: str, thumbnails_dir: str | None) -> HelperPrepared:
    """The model payload of a photo's bytes, and its grid thumbnails written to the cache."""
    prepared, image = prepare_stream(io.BytesIO(data))
    if thumbnails_dir is None:
        return HelperPrepared(prepared)
    thumbs = GridThumbnails(Path(thumbnails_dir))
    try:
        thumbs.write(content_hash, image, prepared.payload)
    except OSError as exc:  # the cache's problem, never the photo's
        return HelperPrepared(prepared, thumbs.written, thumbs.bytes, exc.strerror or str(exc))
    return HelperPrepared(prepared, thumbs.written, thumbs.bytes)


# -- the window's side ----------------------------------------------------------------------
class HelperProcesses:
    """A pool of decoding helpers; `call` blocks its (background) thread, not the GIL."""

    def __init__(self, workers: int, *, nice: int = 0, heif_threads: int = 1) -> None:
        self.workers = max(1, workers)
        self.nice = nice
        self.heif_threads = max(1, heif_threads)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0  # pools started again after a helper died (for tests)

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_helper,
            initargs=(self.nice, self.heif_threads),
        )

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the decoding helpers are closed")
            if self._pool is None:
                self._pool = self._new_pool(self.workers)
            return self._pool

    def _broken(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:  # the first thread to see it starts a new one
                self._pool = None
                self.restarts += 1
                log.warning("a decoding helper stopped unexpectedly; starting another")
        pool.shutdown(wait=False, cancel_futures=True)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a helper; its exceptions are raised here (ImageSkipped, …).

        A helper dying under it is retried once in a helper of its own (the culprit may have
        been another file in the pool); dying there too raises ImageSkipped(DECODER_CRASHED).
        """
        pool = self._current()
        try:
            return pool.submit(fn, *args).result()
        except BrokenProcessPool:
            self._broken(pool)
        if self._closed:
            raise RuntimeError("the decoding helpers are closed")
        alone = self._new_pool(1)
        try:
            return alone.submit(fn, *args).result()
        except BrokenProcessPool:
            raise ImageSkipped(DECODER_CRASHED) from None
        finally:
            alone.shutdown(wait=False)

    def prepare(
        self, data: bytes, content_hash: str, thumbnails_dir: Path | None
    ) -> HelperPrepared:
        where = None if thumbnails_dir is None else str(thumbnails_dir)
        return self.call(prepare_in_helper, data, content_hash, where)

    @property
    def started(self) -> bool:
        return self._pool is not None

    def close(self, *, wait: bool = False) -> None:
        """Stop the helpers: work waiting is dropped, a decode under way ends with them.
        `wait` for them to exit (a process about to exit itself: its exit would otherwise
        wait for helpers that never hear they should go)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)


def frozen_support() -> None:
    """In a PyInstaller bundle a spawned helper re-runs the bundle's entry point: this makes
    it a helper instead of a second app (call it first in the entry point)."""
    if getattr(sys, "frozen", False):
        multiprocessing.freeze_support()
