"""What every verb shares: exit codes, one-line errors, opening the library, confirmations,
and running an indexing run with a progress bar that Ctrl+C stops cleanly."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable

from photoseek.cli.progress import TerminalProgress
from photoseek.fspath import display_path
from photoseek.indexing import IndexReport, Progress
from photoseek.library import Library

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3
SHOW_PROBLEMS = 10  # refused documents listed after a run (all of them: status --problems)


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def say(text: str) -> None:
    """A line for the person at the terminal (stderr; stdout carries results)."""
    print(text, file=sys.stderr)


def open_library(args: argparse.Namespace) -> Library:
    lib = Library(store_kind=getattr(args, "store", None))
    if lib.notice:  # e.g. a damaged catalog was set aside
        say(lib.notice)
    return lib


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
    sync = [f"{p.sync_written} written"]
    if p.sync_removed:
        sync.append(f"{p.sync_removed} removed")
    if p.sync_failed:
        sync.append(f"{p.sync_failed} refused")
    say(
        f"Indexed {p.indexed} (reused {p.reused}, embedded {p.embedded}), "
        f"skipped {p.skipped}, failed {p.failed}; store {lib.store_kind}, "
        f"index {lib.spec().name}: {', '.join(sync)}"
        + (f"; {p.tokens} API tokens" if p.tokens else "")
    )
    if p.resent:
        say(
            f"The index had lost {p.resent} photos the catalog had sent it; they were sent "
            "again from the local vector cache."
        )
    if p.message and not report.error and not report.sync_error:
        say(p.message)
    if report.activated and not report.error:
        say(f"Searches now use {report.activated}.")
    if report.cancelled:
        say("Stopped; run again to continue where it left off.")
        return EXIT_PARTIAL
    if report.error or report.sync_error:
        raise CliError(str(report.error or report.sync_error), _error_code(lib, report))
    if p.sync_failed:
        shown = lib.sync_problems(SHOW_PROBLEMS)
        say(f"The store refused {p.sync_failed} photos:")
        for sp in shown:
            say(f"  {', '.join(display_path(x) for x in sp.paths) or sp.content_hash}: {sp.reason}")
        if p.sync_failed > len(shown):
            say(f"  … and {p.sync_failed - len(shown)} more.")
        say("See `photoseek status --problems` for every reason.")
        return EXIT_PARTIAL
    skipped, failed = max(p.skipped, p.skipped_total), max(p.failed, p.failed_total)
    if skipped or failed:  # the library's counts, the ones `status` shows and lists
        say(
            f"In the library: {skipped} skipped, {failed} failed; "
            "`photoseek status --problems` lists them with the reasons."
        )
    return EXIT_OK


def _error_code(lib: Library, report: IndexReport) -> int:
    """A run that stopped because no embedder can be made here (no API key, a malformed
    service URL) ended on a configuration problem (2); the rest are the services' (3)."""
    if report.error and not report.sync_error and lib.embedder_problem():
        return EXIT_USAGE
    return EXIT_SERVICE
