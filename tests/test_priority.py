"""Background processes lower their own priority and leave the window's alone."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from typing import Any

import pytest

from photoseek.indexing.priority import (
    BACKGROUND_NICE,
    lower_started_process,
    lower_this_process,
    process_nice,
    process_policy,
)

posix = pytest.mark.skipif(sys.platform == "win32", reason="nice values are POSIX's")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's policies")


def thread_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _in_thread(fn: Any) -> Any:
    out: list[Any] = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join()
    return out[0]


def _lowered(start_at: int) -> tuple[bool, int, int]:
    """In a fresh process: lower it, then report its nice value and a new thread's."""
    if start_at:
        os.nice(start_at)
    done = lower_this_process()
    return done, thread_nice(), _in_thread(thread_nice)


def _in_process(fn: Any, *args: Any) -> Any:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(fn, args)


@posix
def test_the_process_and_its_later_threads_are_lowered_not_the_caller() -> None:
    before = thread_nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done and own == max(before, BACKGROUND_NICE) and thread == own
    assert thread_nice() == before == process_nice()


@posix
def test_a_lower_priority_is_never_raised() -> None:
    done, own, _ = _in_process(_lowered, BACKGROUND_NICE + 5 - thread_nice())
    assert done and own == BACKGROUND_NICE + 5


@posix
def test_refused_by_the_system_the_work_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_a: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "nice", refuse)
    monkeypatch.setattr(os, "getpriority", lambda *_a: 0)
    caplog.set_level("INFO", "photoseek.indexing.priority")
    assert lower_this_process() is False
    assert "could not lower" in caplog.text


def _policies(idle: bool) -> tuple[str | None, str | None, str | None]:
    """In a fresh process: its policy lowered (`idle` or batch), a new thread's, and what
    lowering it again to batch leaves."""
    lower_this_process(idle=idle)
    own = process_policy()
    thread = _in_thread(lambda: process_policy(threading.get_native_id()))
    lower_this_process(idle=False)
    return own, thread, process_policy()


@linux
def test_indexing_gets_the_idle_policy_helpers_the_batch_one_and_never_back() -> None:
    assert _in_process(_policies, True) == ("idle", "idle", "idle")
    assert _in_process(_policies, False) == ("batch", "batch", "batch")
    assert process_policy() == "normal"  # the window's own


def _wait_for_eof(conn: Any) -> None:
    conn.recv_bytes()  # until the test closes its end


@linux
def test_a_started_process_is_lowered_from_outside() -> None:
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=_wait_for_eof, args=(theirs,))
    child.start()
    try:
        assert child.pid is not None
        lower_started_process(child.pid, BACKGROUND_NICE + 1, idle=True)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == BACKGROUND_NICE + 1
        assert process_policy(child.pid) == "idle"
    finally:
        ours.send_bytes(b"done")
        child.join(30)
    assert process_policy() == "normal"
