"""The peak memory of a child process, as the child itself saw it.

`wait4()`'s ru_maxrss is no good here: on Linux a child started with vfork/fork inherits the
parent's high-water mark at exec, so a child of a big test process reports the parent's size.
The child's own VmHWM (its address space's peak, in /proc/self/status) is written at exit to
the file named by $PHOTOSEEK_PEAK_RSS_FILE.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PRELUDE = """
import atexit, os, resource, sys
def _report_peak():
    peak = None
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    if peak is None:  # no /proc: the rusage figure (bytes on macOS, kB elsewhere)
        r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = r / 2**20 if sys.platform == "darwin" else r / 1024
    with open(os.environ["PHOTOSEEK_PEAK_RSS_FILE"], "w") as out:
        out.write(str(peak))
atexit.register(_report_peak)
"""

CLI = (
    PRELUDE
    + """
import runpy
sys.argv = ["photoseek", *sys.argv[1:]]
runpy.run_module("photoseek", run_name="__main__", alter_sys=True)
"""
)


def measured(code: str, *args: str | bytes) -> list[str | bytes]:
    """argv for `python -c PRELUDE+code args…`."""
    return [sys.executable, "-c", PRELUDE + code, *args]


def cli(*args: str | bytes) -> list[str | bytes]:
    """argv for `python -m photoseek args…` that reports its peak RSS."""
    return [sys.executable, "-c", CLI, *args]


def env_for(report: Path) -> dict[str, str]:
    env = os.environ.copy()
    env["PHOTOSEEK_PEAK_RSS_FILE"] = str(report)
    return env


def read_mb(report: Path) -> float:
    return float(report.read_text())
