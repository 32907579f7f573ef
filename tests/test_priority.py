"""Background indexing lowers its own thread's priority and leaves the caller's alone."""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

import pytest

from photoseek.indexing.priority import BACKGROUND_NICE, lower_this_thread

linux = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread nice is Linux's"
)


def thread_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _in_thread(fn: Any) -> Any:
    out: list[Any] = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join()
    return out[0]


@linux
def test_the_calling_thread_and_its_children_are_lowered_not_the_others() -> None:
    before = thread_nice()

    def run() -> tuple[bool, int, int]:
        done = lower_this_thread()
        child = _in_thread(thread_nice)  # a thread started from here on inherits it
        return done, thread_nice(), child

    done, own, child = _in_thread(run)
    assert done and own == max(before, BACKGROUND_NICE) and child == own
    assert thread_nice() == before  # this thread kept its priority


@linux
def test_a_lower_priority_is_never_raised() -> None:
    def run() -> int:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE + 5)
        assert lower_this_thread()
        return thread_nice()

    assert _in_thread(run) == BACKGROUND_NICE + 5


def test_elsewhere_nothing_is_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    calls: list[object] = []
    monkeypatch.setattr(os, "setpriority", lambda *a: calls.append(a), raising=False)
    assert _in_thread(lower_this_thread) is False and not calls


@linux
def test_refused_by_the_system_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_a: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "setpriority", refuse)
    monkeypatch.setattr(os, "getpriority", lambda *_a: 0)
    caplog.set_level("INFO", "photoseek.indexing.priority")
    assert _in_thread(lower_this_thread) is False
    assert "could not lower" in caplog.text
