"""The window's indexing runs in a process of its own.

In the window's process every indexing thread (scanning, hashing, requests and their JSON,
store writes, feeding the decoding helpers) shares Python's interpreter lock with the GUI
thread, and Qt paints holding it: while a 10k-photo run went on, scrolling stalled for
60–180 ms at a time waiting for the lock (bench S8b), whatever the threads' CPU priority. In
a child process the run has an interpreter of its own; the window only reads its progress.

The child is a spawned `Library.index` on the same folders (the catalog and both stores are
safe to share between processes, as with `photoseek index` beside the window), at a lower
CPU priority (on Linux the idle scheduling policy: it runs on what the window leaves),
decoding in helper processes of its own. One pipe carries commands to it
(pause, resume, stop, abort), another its news back: a start line, progress snapshots, its
log records (logged here, through the window's handlers) and the report, or why it failed.
The window's secrets travel in the start request through the pipe, never through the
environment or a file. The child stops when the window's end of the pipe closes, so a
window that dies does not leave a run behind; a stuck child is terminated, which the store
and the catalog survive as they survive a crash.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from photoseek.config import secrets as secret_store
from photoseek.config.paths import AppPaths
from photoseek.indexing.lock import AlreadyIndexing
from photoseek.indexing.pipeline import IndexReport, default_decode_workers, default_heif_threads
from photoseek.indexing.priority import (
    BACKGROUND_NICE,
    lower_started_process,
    lower_this_process,
    process_nice,
    process_policy,
)
from photoseek.indexing.progress import Progress

log = logging.getLogger(__name__)

POLL_S = 0.05  # how soon a pause or a stop reaches the child
EXIT_WAIT_S = 10.0  # after its report, the child closes its helpers and files
ORPHAN_EXIT_S = 30.0  # a child whose window is gone stops; at the latest, it exits then


class IndexingProcessFailed(RuntimeError):
    """The run failed in the child, or the child ended without a report: one sentence."""


@dataclass(frozen=True)
class _Request:
    paths: AppPaths
    store_kind: str | None
    scan: bool
    embed: bool
    settle_s: float
    secrets: dict[str, str]
    log_level: int


@dataclass(frozen=True)
class Started:
    """The child's first line: which process runs, and at what priority."""

    pid: int
    nice: int | None
    policy: str | None = None  # Linux: the scheduling policy ("idle")


# -- the window's side ----------------------------------------------------------------------
class IndexingProcess:
    """One indexing run in a child process; `run` blocks its (background) thread."""

    def __init__(self, paths: AppPaths, store_kind: str | None) -> None:
        self.paths = paths
        self.store_kind = store_kind
        self.started: Started | None = None
        self._process: Any = None  # multiprocessing's SpawnProcess
        self._commands: Connection | None = None
        self._send_lock = threading.Lock()
        self._killed = False

    def run(
        self,
        on_progress: Callable[[Progress], None],
        stop: threading.Event,
        resume: threading.Event,
        *,
        scan: bool = True,
        embed: bool = True,
        settle_s: float = 0.0,
    ) -> IndexReport:
        """Raises AlreadyIndexing (another run holds the library) or IndexingProcessFailed."""
        request = _Request(
            self.paths,
            self.store_kind,
            scan,
            embed,
            settle_s,
            secret_store.hand_over(),
            logging.getLogger().getEffectiveLevel(),
        )
        ctx = multiprocessing.get_context("spawn")  # the window runs Qt threads: never fork
        commands_in, commands_out = ctx.Pipe(duplex=False)
        news_in, news_out = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=_child_main,
            args=(commands_in, news_out, request),
            name="photoseek-indexing",
        )
        with self._send_lock:
            if self._killed:
                raise IndexingProcessFailed("Indexing was stopped.")
            process.start()
            if process.pid is not None:
                lower_started_process(process.pid, BACKGROUND_NICE, idle=True)
            self._process, self._commands = process, commands_out
        commands_in.close()
        news_out.close()
        try:
            outcome = self._follow(news_in, on_progress, stop, resume)
        finally:
            news_in.close()
            code = self._end(process)
        kind, value = outcome
        if kind == "done" and isinstance(value, IndexReport):
            return value
        if kind == "already":
            raise AlreadyIndexing(value)
        if kind == "failed":
            raise IndexingProcessFailed(value)
        if self._killed or stop.is_set():
            raise IndexingProcessFailed("Indexing was stopped.")
        log.warning("the indexing process ended without a report (exit code %s)", code)
        raise IndexingProcessFailed(
            f"The indexing process ended unexpectedly (exit code {code}); what it had "
            "indexed is kept. Start indexing again to go on."
        )

    def _follow(
        self,
        news: Connection,
        on_progress: Callable[[Progress], None],
        stop: threading.Event,
        resume: threading.Event,
    ) -> tuple[str, Any]:
        """Pass commands on and news back until the child reports or its pipe closes."""
        paused = stopped = False
        while True:
            if stop.is_set() and not stopped:
                stopped = self._send("stop")
            if not stopped and paused != (not resume.is_set()):
                paused = not paused
                self._send("pause" if paused else "resume")
            try:
                if not news.poll(POLL_S):
                    continue
                message = news.recv()
            except (EOFError, OSError):
                return ("ended", None)
            kind = message[0]
            if kind == "progress":
                on_progress(message[1])
            elif kind == "log":
                _relog(message[1])
            elif kind == "started":
                self.started = message[1]
                started = message[1]
                log.info(
                    "indexing in process %d (nice %s, %s policy)",
                    started.pid,
                    started.nice,
                    started.policy,
                )
            else:
                if kind == "failed" and not stop.is_set():
                    log.error("indexing failed in its process:\n%s", message[2])
                return (kind, message[1])

    def _send(self, command: str) -> bool:
        with self._send_lock:
            if self._commands is None:
                return False
            try:
                self._commands.send(command)
            except (OSError, ValueError):  # the child is gone: its news pipe says so too
                return False
        return True

    def abort(self) -> None:
        """End the child's requests in flight at once (the window is closing)."""
        self._send("abort")

    def kill(self) -> None:
        """Terminate the child now: it did not stop in time."""
        with self._send_lock:
            self._killed = True
            process = self._process
        if process is not None and process.is_alive():
            log.info("terminating the indexing process %d", process.pid)
            process.terminate()

    def _end(self, process: Any) -> int | None:
        """Wait for the child to exit (terminating it when it does not); its exit code."""
        with self._send_lock:
            commands, self._commands = self._commands, None
        if commands is not None:
            commands.close()  # the child stops at once if it was still running
        process.join(EXIT_WAIT_S)
        if process.is_alive():
            log.warning("the indexing process did not exit; terminating it")
            process.terminate()
            process.join(EXIT_WAIT_S)
            if process.is_alive():
                process.kill()
                process.join()
        code: int | None = process.exitcode
        process.close()
        return code


def _relog(fields: dict[str, Any]) -> None:
    logger = logging.getLogger(fields["name"])
    if logger.isEnabledFor(fields["levelno"]):
        logger.handle(logging.makeLogRecord(fields))


# -- the child's side -----------------------------------------------------------------------
class _News:
    """The child's end of the news pipe, shared by the run's threads."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.lock = threading.Lock()

    def send(self, *message: Any) -> None:
        # The window gone: nothing to tell, and the run stops (see _listen).
        with self.lock, contextlib.suppress(OSError, ValueError):
            self.conn.send(message)


class _Forward(logging.Handler):
    """The child's log records, to be logged in the window's process."""

    def __init__(self, news: _News) -> None:
        super().__init__()
        self.news = news

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields = {
                "name": record.name,
                "levelno": record.levelno,
                "levelname": record.levelname,
                "msg": record.getMessage(),
                "created": record.created,
                "threadName": f"indexing/{record.threadName}",
                "exc_text": (
                    logging.Formatter().formatException(record.exc_info)
                    if record.exc_info
                    else record.exc_text
                ),
            }
            if getattr(record, "shown", False):
                fields["shown"] = True
            self.news.send("log", fields)
        except Exception:  # a record that cannot be sent must not stop the run
            self.handleError(record)


def _listen(
    commands: Connection,
    stop: threading.Event,
    resume: threading.Event,
    abort: Callable[[], None],
) -> None:
    while True:
        try:
            command = commands.recv()
        except (EOFError, OSError):  # the window closed its end, or died
            command = "abort"
            # A run that does not end by itself in time goes anyway (the store survives it).
            timer = threading.Timer(ORPHAN_EXIT_S, os._exit, (1,))
            timer.daemon = True
            timer.start()
        if command == "pause":
            resume.clear()
        elif command == "resume":
            resume.set()
        elif command in ("stop", "abort"):
            stop.set()
            resume.set()
            if command == "abort":
                abort()
                return


def _child_main(commands: Connection, news_conn: Connection, request: _Request) -> None:
    lower_this_process(BACKGROUND_NICE, idle=True)  # first: what it starts inherits it
    news = _News(news_conn)
    root = logging.getLogger()
    root.handlers[:] = [_Forward(news)]
    root.setLevel(request.log_level)
    secret_store.take_over(request.secrets)

    from photoseek.imaging.helper_processes import HelperProcesses
    from photoseek.library import Library

    stop, resume = threading.Event(), threading.Event()
    resume.set()
    libraries: list[Library] = []

    def abort() -> None:
        for library in libraries:
            library.abort()

    threading.Thread(
        target=_listen, args=(commands, stop, resume, abort), name="commands", daemon=True
    ).start()
    workers = default_decode_workers()
    helpers = HelperProcesses(
        workers, nice=BACKGROUND_NICE, heif_threads=default_heif_threads(workers)
    )
    try:
        library = Library(request.paths, request.store_kind)
        libraries.append(library)
        library.helpers = helpers
        news.send("started", Started(os.getpid(), process_nice(), process_policy()))
        try:
            report = library.index(
                lambda p: news.send("progress", p.snapshot()),
                stop,
                resume,
                scan=request.scan,
                embed=request.embed,
                settle_s=request.settle_s,
            )
        finally:
            library.close()
    except AlreadyIndexing as exc:
        news.send("already", str(exc))
    except Exception as exc:
        news.send("failed", str(exc) or exc.__class__.__name__, traceback.format_exc())
    else:
        news.send("done", report)
    finally:
        helpers.close(wait=True)
        news_conn.close()
