"""Indexing in the window's process yields the CPU to the window.

A run takes every core it is given (a decoder per core; the local model's ONNX Runtime threads
take all of them), and at the GUI thread's priority it competes with the window for them. So a
background run lowers its own thread's priority first: the threads it starts (decoders,
requests, the local model's session when made there) inherit it, and they still take every
idle cycle. This is about the CPU only: Python's interpreter lock, which the window also shares
with these threads, is not affected (README, Speed: S8b). Linux keeps a nice value per thread,
so the GUI thread is left as it is; on other systems `setpriority` would lower the whole
process, so nothing is done there.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

BACKGROUND_NICE = 10  # what `nice` gives by default: a fair share, after interactive work


def lower_this_thread(nice: int = BACKGROUND_NICE) -> bool:
    """Give the calling thread (and the threads it starts from now on) the nice value `nice`,
    unless it is already lower in priority. True when it is done. A thread cannot take a
    higher priority back without privileges, so call this only in a thread that ends with
    its work."""
    if not sys.platform.startswith("linux"):
        return False
    tid = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        if current < nice:
            os.setpriority(os.PRIO_PROCESS, tid, nice)
    except OSError as exc:  # a sandbox that forbids it: the run goes on at normal priority
        log.info("could not lower the indexing thread's priority: %s", exc)
        return False
    return True
