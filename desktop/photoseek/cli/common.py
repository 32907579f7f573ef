"""What every verb shares: exit codes, one-line errors, opening the library, confirmations,
and running an indexing run with a progress bar that Ctrl+C stops cleanly."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable

from photoseek.cli.progress import TerminalProgress
from photoseek.indexing import IndexReport, Progress
from photoseek.library import Library

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def say(text: str) -> None:
    """A line for the person at the terminal (stderr; stdout carries results)."""
    print(text, file=sys.stderr)


def open_library(args: argparse.Namespace) -> Library:
    return Library(store_kind=getattr(args, "store", None))


def confirm(question: str, yes: bool) -> bool:
    """Ask on a terminal; `--yes` answers for scripts; not on a terminal without it: refuse."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise CliError(f"{question} Add --yes to go ahead when not on a terminal.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def run_with_progress(run: Callable[[Callable[[Progress], None], threading.Event], IndexReport]) \
        -> IndexReport:  # fmt: skip
    """Run an indexing run with a terminal progress bar; Ctrl+C asks it to stop, keeping work."""
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    bar = TerminalProgress()
    try:
        return run(bar, stop)
    finally:
        signal.signal(signal.SIGINT, previous)
        bar.finish()


def report_run(lib: Library, report: IndexReport) -> int:
    """Summarise a finished run in a few lines; the exit code it deserves."""
    p = report.progress
    say(
        f"Indexed {p.indexed} (reused {p.reused}, embedded {p.embedded}), "
        f"skipped {p.skipped}, failed {p.failed}; store {lib.store_kind}, "
        f"index {lib.spec().name}: {p.sync_done} written"
        + (f"; {p.tokens} API tokens" if p.tokens else "")
    )
    if p.message and not report.error and not report.sync_error:
        say(p.message)
    if report.activated:
        say(f"Searches now use {report.activated}.")
    if report.cancelled:
        say("Stopped; run again to continue where it left off.")
        return EXIT_PARTIAL
    if report.error or report.sync_error:
        raise CliError(str(report.error or report.sync_error), EXIT_SERVICE)
    skipped, failed = max(p.skipped, p.skipped_total), max(p.failed, p.failed_total)
    if skipped or failed:  # the library's counts, the ones `status` shows and lists
        say(
            f"In the library: {skipped} skipped, {failed} failed; "
            "`photoseek status --problems` lists them with the reasons."
        )
    return EXIT_OK
