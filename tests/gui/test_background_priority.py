"""The window's indexing runs in a process of its own, below the window's priority, so the
window gets the CPU first when both want it and never waits for the run's interpreter lock
(indexing/child_process.py, indexing/priority.py)."""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

import pytest

from photoseek.gui.workers import IndexingController
from photoseek.indexing.priority import BACKGROUND_NICE
from photoseek.library import Library
from tests.test_priority import thread_nice


@pytest.mark.skipif(sys.platform == "win32", reason="nice values are POSIX's")
def test_the_run_is_a_lowered_process_and_the_window_is_not(
    qtbot: Any, library: Library, photo_dir: Any
) -> None:
    library.add_folder(photo_dir)
    gui_before = thread_nice()
    controller = IndexingController(library)
    with qtbot.waitSignal(controller.finished, timeout=60_000) as done:
        assert controller.start()
    assert done.args[0].progress.indexed > 0
    started = controller.process.started if controller.process else None
    assert started is not None and started.pid != os.getpid()
    assert started.nice is not None and started.nice >= BACKGROUND_NICE
    if sys.platform.startswith("linux"):  # it runs on what the window leaves
        assert started.policy == "idle"
        assert os.sched_getscheduler(0) == os.SCHED_OTHER
    assert thread_nice() == gui_before
    assert not [t for t in threading.enumerate() if t.name.startswith("ps-embed")]
