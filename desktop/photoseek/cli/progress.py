"""A one-line progress display for terminals (nothing is drawn when stderr is not a terminal)."""

from __future__ import annotations

import sys
from typing import TextIO

from photoseek.indexing import Progress
from photoseek.records import Phase


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def describe(p: Progress) -> str:
    if p.phase is Phase.SCANNING:
        return f"Scanning… {p.scanned} photos found"
    if p.phase is Phase.SYNCING:
        return f"Writing to the store {p.sync_done}/{p.sync_total}"
    counts = f"indexed {p.indexed}  skipped {p.skipped}  failed {p.failed}"
    if p.reused:
        counts += f"  (reused {p.reused})"
    paused = "  [paused]" if p.paused else ""
    if p.notice:  # the service makes the run wait: say why rather than show a falling rate
        return f"{p.done}/{p.total}  {p.notice}{paused}"
    return f"{p.done}/{p.total}  {p.rate:.1f}/s  ETA {format_eta(p.eta)}  {counts}{paused}"


class TerminalProgress:
    def __init__(self, stream: TextIO = sys.stderr, width: int = 24) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self._last = ""

    def __call__(self, p: Progress) -> None:
        if not self.enabled or p.phase is Phase.DONE:
            return
        filled = int(self.width * min(1.0, p.fraction))
        bar = "#" * filled + "." * (self.width - filled)
        line = f"\r[{bar}] {describe(p)}"
        if line != self._last:
            pad = max(0, len(self._last) - len(line))
            self.stream.write(line + " " * pad)
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()
