"""The window's indexing in a process of its own: the report, progress and log records come
back; a stuck run is terminated (indexing/child_process.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from photoseek.indexing import Progress
from photoseek.indexing.child_process import IndexingProcess, IndexingProcessFailed
from photoseek.library import Library


def _events() -> tuple[threading.Event, threading.Event]:
    resume = threading.Event()
    resume.set()
    return threading.Event(), resume


def test_a_run_reports_progress_and_logs_through_the_window(
    library: Library, photo_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    library.add_folder(photo_dir)
    caplog.set_level("INFO")
    seen: list[Progress] = []
    stop, resume = _events()
    report = IndexingProcess(library.paths, None).run(seen.append, stop, resume)
    assert report.error is None and report.progress.indexed == 18
    assert seen and seen[-1].done == 18
    relayed = [r for r in caplog.records if r.threadName.startswith("indexing/")]
    assert any(r.name == "photoseek.indexing.pipeline" for r in relayed)
    assert library.status().indexed == 18  # the window's library sees what the child wrote


def test_a_run_that_does_not_stop_is_terminated(
    library: Library, photo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", "http://127.0.0.1:9/v1/embeddings")  # retried
    library.add_folder(photo_dir)
    process = IndexingProcess(library.paths, None)
    progressed = threading.Event()
    outcome: list[Any] = []
    stop, resume = _events()

    def run() -> None:
        try:
            outcome.append(process.run(lambda _p: progressed.set(), stop, resume))
        except IndexingProcessFailed as exc:
            outcome.append(exc)

    t = threading.Thread(target=run)
    t.start()
    assert progressed.wait(60)
    process.kill()
    t.join(30)
    assert not t.is_alive()
    assert isinstance(outcome[0], IndexingProcessFailed)
    assert str(outcome[0]) == "Indexing was stopped."
