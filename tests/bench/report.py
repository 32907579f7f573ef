"""One table for `make bench`: every performance goal as a row with its figure, the baseline
measured in the same run, the ratio, the goal and PASS/FAIL (absolute times are noisy here).

A bench test records rows with `record(...)`; the session prints them all at the end, sorted
by goal id, and writes them to `$PHOTOSEEK_BENCH_JSON` when set.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    goal: str  # e.g. "S1a"
    what: str  # what was measured, short
    figure: float
    unit: str  # "s", "ms", "MB", "x", "%", …
    baseline: float | None  # measured in the same run (None when the goal is absolute)
    baseline_what: str  # what the baseline is
    goal_text: str  # e.g. "<= 0.2 s"
    passed: bool

    @property
    def ratio(self) -> str:
        if self.baseline in (None, 0) or self.figure == 0:
            return ""
        lower_is_better = self.unit in ("s", "ms", "MB", "B")  # the ratio says "× better"
        r = self.baseline / self.figure if lower_is_better else self.figure / self.baseline
        return f"{r:.2f}x"


ROWS: list[Row] = []


def record(
    goal: str,
    what: str,
    figure: float,
    unit: str,
    goal_text: str,
    passed: bool,
    baseline: float | None = None,
    baseline_what: str = "",
) -> Row:
    row = Row(goal, what, figure, unit, baseline, baseline_what, goal_text, bool(passed))
    ROWS.append(row)
    return row


def _fmt(x: float | None, unit: str) -> str:
    if x is None:
        return ""
    if abs(x) >= 100:
        return f"{x:.0f} {unit}"
    if abs(x) >= 10:
        return f"{x:.1f} {unit}"
    return f"{x:.3g} {unit}"


def table(rows: list[Row]) -> str:
    header = ("goal", "what", "figure", "baseline", "ratio", "goal", "result")
    body = [
        (
            r.goal,
            r.what,
            _fmt(r.figure, r.unit),
            (f"{_fmt(r.baseline, r.unit)} ({r.baseline_what})" if r.baseline is not None else ""),
            r.ratio,
            r.goal_text,
            "PASS" if r.passed else "FAIL",
        )
        for r in sorted(rows, key=lambda r: r.goal)
    ]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *body, strict=False)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    out = [line, rule]
    for row in body:
        out.append(
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        )
    return "\n".join(out)


def write_json() -> None:
    target = os.environ.get("PHOTOSEEK_BENCH_JSON")
    if target:
        with open(target, "w", encoding="utf-8") as f:
            json.dump([asdict(r) for r in ROWS], f, indent=1)
