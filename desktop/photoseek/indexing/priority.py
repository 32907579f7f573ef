"""Background work yields the CPU to the window.

The window's indexing runs in a process of its own (indexing/child_process.py), the grid's
thumbnails and the decoding in helper processes: each is lowered as it starts, so the GUI
thread gets a core first when both want one, while the background work still takes every
cycle the window leaves. This is about the CPU; the interpreter lock is why that work left
the window's process at all (README, Speed: S8b).

On Linux a nice value alone was not enough: on this 2-core machine the GUI thread still
waited 10–35 ms at a time for a core while indexing and thumbnails ran, as a task that wakes
may take a core at once whatever its nice value. So background work also gets the idle
scheduling policy (`SCHED_IDLE`): it runs on what interactive work leaves and never preempts
it, as GNOME's Tracker runs its indexers. Measured (bench S8b, 3k photos, longest
stall): nice values alone 37–59 ms; the batch policy (no preemption on waking) 32–43 ms;
indexing idle with the thumbnail helpers batch 31–44 ms, indexing twice as slow (the helpers
had two cores); both idle 35 ms and indexing faster than ever (45 s), 10k: 38–40 ms.
Elsewhere the nice value (Windows: the below-normal class) is what there is.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

BACKGROUND_NICE = 10  # what `nice` gives by default: a fair share, after interactive work
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' counterpart of a positive nice value


def lower_this_process(nice: int = BACKGROUND_NICE, *, idle: bool = False) -> bool:
    """Give this process the nice value `nice` (Windows: below normal), unless it is already
    lower in priority, and on Linux the batch policy (`idle`: the idle one). Call it first
    thing in a process started for background work: on Linux both are per thread, and only
    threads started afterwards inherit them. True when it is done; a system that forbids it
    leaves the work at normal priority."""
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
        _set_policy(0, idle)
    except (OSError, AttributeError) as exc:
        log.info("could not lower the priority of background work: %s", exc)
        return False
    return True


def lower_started_process(pid: int, nice: int = BACKGROUND_NICE, *, idle: bool = False) -> None:
    """The same for a process this one has just started, before it has imported anything: a
    spawned interpreter's start-up (a second or more of imports) would otherwise compete with
    the GUI thread at normal priority until it lowers itself. Only its first thread exists
    then, so every thread it starts inherits it. (Windows: the process lowers itself when it
    starts, as it does anyway.)"""
    if sys.platform == "win32":
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) < nice:
            os.setpriority(os.PRIO_PROCESS, pid, nice)
        _set_policy(pid, idle)
    except OSError as exc:  # already gone, or a system that forbids it
        log.info("could not lower the priority of process %d: %s", pid, exc)


def _set_policy(pid: int, idle: bool) -> None:
    """Linux: from the normal policy to batch or idle (never back: a process started at the
    idle policy keeps it in the processes it starts)."""
    if not hasattr(os, "SCHED_BATCH") or os.sched_getscheduler(pid) != os.SCHED_OTHER:
        return
    os.sched_setscheduler(pid, os.SCHED_IDLE if idle else os.SCHED_BATCH, os.sched_param(0))


def process_nice(pid: int = 0) -> int | None:
    """The nice value of process `pid` (0: this one) where the system has them."""
    if sys.platform == "win32":
        return None
    return os.getpriority(os.PRIO_PROCESS, pid)


def process_policy(pid: int = 0) -> str | None:
    """Linux: the scheduling policy of process `pid` ("normal", "batch", "idle")."""
    if not hasattr(os, "SCHED_BATCH"):
        return None
    names = {os.SCHED_OTHER: "normal", os.SCHED_BATCH: "batch", os.SCHED_IDLE: "idle"}
    return names.get(os.sched_getscheduler(pid), "other")
