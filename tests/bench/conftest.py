"""`make bench`: print the table of every goal once, at the end of the session."""

from __future__ import annotations

import pytest

from tests.bench.report import ROWS, table, write_json


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not ROWS:
        return
    terminalreporter.write_sep("=", "Photoseek benchmarks")
    terminalreporter.write_line(table(ROWS))
    failed = [r.goal for r in ROWS if not r.passed]
    terminalreporter.write_line(
        f"{len(ROWS) - len(failed)} of {len(ROWS)} goals pass"
        + (f"; failing: {', '.join(failed)}" if failed else "")
    )
    write_json()
