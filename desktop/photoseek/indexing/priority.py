"""Background work yields the CPU to the window.

The window's indexing runs in a process of its own (indexing/child_process.py), and decoding
in helper processes: each lowers its own priority when it starts, so the GUI thread gets a
core first when both want one, while the background work still takes every idle cycle. This
is about the CPU; the interpreter lock is why that work left the window's process at all
(README, Speed: S8b).
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

BACKGROUND_NICE = 10  # what `nice` gives by default: a fair share, after interactive work
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' counterpart of a positive nice value


def lower_this_process(nice: int = BACKGROUND_NICE) -> bool:
    """Give this process the nice value `nice` (Windows: below normal), unless it is already
    lower in priority. Call it first thing in a process started for background work: on
    Linux the value is per thread, and only threads started afterwards inherit it. True
    when it is done; a system that forbids it leaves the work at normal priority."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            return bool(
                kernel32.SetPriorityClass(
                    kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS
                )
            )
        current = os.getpriority(os.PRIO_PROCESS, 0)
        if current < nice:
            os.nice(nice - current)
    except (OSError, AttributeError) as exc:
        log.info("could not lower the priority of background work: %s", exc)
        return False
    return True


def lower_started_process(pid: int, nice: int = BACKGROUND_NICE) -> None:
    """Give a process this one just started the nice value `nice`, before it has imported
    anything: a spawned interpreter's start-up (a second or more of imports) would otherwise
    compete with the GUI thread at normal priority until it lowers itself. Only its first
    thread exists then, so every thread it starts inherits the value. (Windows: the process
    lowers itself when it starts, as it also does elsewhere.)"""
    if sys.platform == "win32":
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) < nice:
            os.setpriority(os.PRIO_PROCESS, pid, nice)
    except OSError as exc:  # already gone, or a system that forbids it
        log.info("could not lower the priority of process %d: %s", pid, exc)


def process_nice(pid: int = 0) -> int | None:
    """The nice value of process `pid` (0: this one) where the system has them."""
    if sys.platform == "win32":
        return None
    return os.getpriority(os.PRIO_PROCESS, pid)
