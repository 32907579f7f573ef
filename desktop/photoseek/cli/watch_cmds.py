"""`photoseek watch`: keep the library indexed without a window (a home server, a NAS).

A rescan at start, then every change in the library folders becomes an indexing run; one line
per run on stderr. Ctrl+C or SIGTERM stops it cleanly: a run in progress stops at its next
safe point (what it did is kept; the next start continues).
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Any

from photoseek.cli.common import EXIT_OK, EXIT_SERVICE, CliError, open_library, say
from photoseek.library import Library
from photoseek.watching import LibraryWatcher, RunRecord, WatchOptions

STOP_WITHIN_S = 60.0  # a run stops at its next batch; a hung request is cut by then


def add_commands(sub: Any, with_store: Any) -> dict[str, Any]:
    p = with_store(
        sub.add_parser(
            "watch",
            help="index new and changed photos as they appear, until stopped (Ctrl+C, SIGTERM)",
        )
    )
    p.add_argument(
        "--settle",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="a changed file is read once it stood still this long (default 2)",
    )
    p.add_argument(
        "--rescan-minutes",
        type=float,
        default=None,
        metavar="MIN",
        help="rescan folders that cannot be watched this often (default: library.rescan_minutes)",
    )
    p.add_argument(
        "--no-initial-scan", action="store_true", help="do not rescan the library at start"
    )
    return {"watch": cmd_watch}


def describe(record: RunRecord) -> str:
    """One line for a run."""
    if record.report is None:
        return f"watch ({record.reason}): the run did not happen: {record.error}"
    report, p = record.report, record.report.progress
    line = (
        f"watch ({record.reason}): indexed {p.indexed} (embedded {p.embedded}, reused "
        f"{p.reused}), skipped {p.skipped}, failed {p.failed}, {p.sync_done} written to the "
        f"index in {record.seconds:.1f} s"
    )
    if report.cancelled:
        line += "; stopped, the rest continues next time"
    problem = report.error or report.sync_error
    if problem:
        line += f"; {problem}"
    elif p.message:
        line += f"; {p.message}"
    return line


def cmd_watch(args: argparse.Namespace) -> int:
    if args.settle < 0 or args.settle > 3600:
        raise CliError("--settle must be between 0 and 3600 seconds")
    lib = open_library(args)
    try:
        if not lib.folders():
            raise CliError("No library folders yet: run `photoseek index FOLDER` first.")
        return _watch(lib, args)
    finally:
        lib.close()


def _watch(lib: Library, args: argparse.Namespace) -> int:
    minutes = args.rescan_minutes or lib.settings.library.rescan_minutes
    if minutes <= 0:
        raise CliError("--rescan-minutes must be more than 0")
    options = WatchOptions(
        settle_s=args.settle,
        rescan_s=minutes * 60,
        start_run=not args.no_initial_scan,
    )
    watcher = LibraryWatcher(lib, options=options, on_run=lambda r: say(describe(r)), on_note=say)
    stop = threading.Event()

    def stop_now(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, stop_now) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        watcher.start()
        folders = ", ".join(f.path for f in lib.folders())
        say(f"Watching {folders}; Ctrl+C stops.")
        while not stop.wait(0.5):
            if not watcher.alive:
                raise CliError("The folder watcher stopped; see the log.", EXIT_SERVICE)
    finally:
        if stop.is_set():
            say("Stopping…")
        ended = watcher.stop(STOP_WITHIN_S)
        for s, handler in previous.items():
            signal.signal(s, handler)
    if not ended:
        say("The last run did not stop in time; it continues on the next start.")
        return EXIT_SERVICE
    say("Stopped.")
    return EXIT_OK
