"""The window's indexing runs below the GUI thread's priority, so the window gets the CPU
first when both want it (indexing/priority.py)."""

from __future__ import annotations

import sys
from typing import Any, cast

import pytest

from photoseek.gui.workers import IndexingController
from photoseek.indexing import IndexReport, Progress
from photoseek.indexing.priority import BACKGROUND_NICE
from photoseek.library import Library
from tests.test_priority import thread_nice


class RecordingLibrary:
    """Stands in for the library: answers one run and notes the priority it ran at."""

    def __init__(self) -> None:
        self.nice: int | None = None

    def index(self, *_args: Any, **_kwargs: Any) -> IndexReport:
        self.nice = thread_nice()
        return IndexReport(Progress())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_run_is_lowered_and_the_gui_thread_is_not(qtbot: Any) -> None:
    gui_before = thread_nice()
    lib = RecordingLibrary()
    controller = IndexingController(cast(Library, lib))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        assert controller.start()
    assert lib.nice is not None and lib.nice >= BACKGROUND_NICE
    assert thread_nice() == gui_before
