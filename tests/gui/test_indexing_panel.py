"""Indexing progress in the status bar, with a real IndexingController, and the problems list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from photoseek.gui.formatting import format_bytes, format_duration, format_rate
from photoseek.gui.indexing_panel import IndexingStatus, ProblemsDialog
from photoseek.gui.widgets import InlineMessage
from photoseek.gui.workers import IndexingController
from photoseek.indexing import Progress
from tests.gui.conftest import screenshot

JUNK = b"this is not a JPEG at all\x00\x01\x02" * 10


@pytest.fixture
def broken_photo(photo_dir: Path) -> Path:
    path = photo_dir / "broken.jpg"
    path.write_bytes(JUNK)
    return path


@pytest.fixture
def controller(library, photo_dir, broken_photo) -> Iterator[IndexingController]:
    library.add_folder(photo_dir)
    c = IndexingController(library)
    yield c
    c.cancel()
    c.wait(30)


@pytest.fixture
def window(qtbot) -> QMainWindow:
    """A stand-in main window: the widget lives in its status bar, as in the app."""
    w = QMainWindow()
    w.setCentralWidget(QLabel("…"))
    w.resize(900, 200)
    qtbot.addWidget(w)
    return w


def status_for(qtbot, window: QMainWindow, controller: IndexingController) -> IndexingStatus:
    status = IndexingStatus()
    window.statusBar().addPermanentWidget(status, 1)
    status.attach(controller)
    window.show()
    qtbot.waitExposed(window)
    return status


# -- formatting ----------------------------------------------------------------------------------
def test_human_formatting() -> None:
    assert format_rate(12.34) == "12.3 photos/s"
    assert format_rate(0.5) == "30.0 photos/min"
    assert format_rate(0) == ""
    assert format_duration(130) == "2 min 10 s"
    assert format_duration(120) == "2 min"
    assert format_duration(45) == "45 s"
    assert format_duration(3900) == "1 h 5 min"
    assert format_duration(0.2) == "less than a second"
    assert format_duration(None) == ""
    assert format_duration(90000) == "1 d 1 h"
    assert format_bytes(512) == "512 B"
    assert format_bytes(4160) == "4.2 kB"
    assert format_bytes(2_500_000) == "2.5 MB"
    assert format_bytes(123_000_000) == "123 MB"
    assert format_bytes(1.2e9) == "1.2 GB"


def test_idle_widget_is_hidden(qtbot, window) -> None:
    status = IndexingStatus()
    window.statusBar().addPermanentWidget(status)
    window.show()
    assert status.isHidden()


# -- a run ---------------------------------------------------------------------------------------
def test_progress_and_final_counts(qtbot, window, controller, broken_photo) -> None:
    status = status_for(qtbot, window, controller)
    seen: list[Progress] = []
    texts: list[str] = []

    def record(p: Progress) -> None:
        seen.append(p)
        texts.append(status.state_text())

    controller.progress.connect(record)
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        assert controller.start()
        assert status.isVisible()
        assert not status.bar.isHidden()
    report = blocker.args[0]
    assert report.error is None, report

    phases = {p.phase for p in seen}
    assert {"scanning", "embedding"} <= phases
    assert any("Indexing" in t for t in texts)
    assert any(" / " in t for t in texts)
    p = report.progress
    assert p.indexed > 0 and p.skipped + p.failed == 1
    # Idle again: the outcome stays, the controls go.
    assert status.bar.isHidden() and status.pause_button.isHidden()
    assert status.cancel_button.isHidden()
    assert status.message.kind == InlineMessage.OK
    assert f"{p.indexed} indexed" in status.message.text()
    assert status.problems_button.isVisible()
    problems = p.skipped + p.failed
    assert status.problems_button.text() in (f"{problems} skipped", f"{problems} failed")
    with qtbot.waitSignal(status.show_problems, timeout=1000):
        status.problems_button.click()
    screenshot(window, "progress-finished")
    status.dismiss()
    assert status.message.isHidden()


def test_pause_resume(qtbot, window, controller, fake_jina) -> None:
    status = status_for(qtbot, window, controller)
    paused_seen: list[Progress] = []
    controller.progress.connect(lambda p: p.paused and paused_seen.append(p))
    fake_jina.hold()  # the first embedding request waits, so the run is surely in flight
    try:
        controller.start()
        qtbot.waitUntil(lambda: fake_jina.waiting >= 1, timeout=30000)
        qtbot.waitUntil(lambda: "Indexing" in status.phase_label.text(), timeout=10000)
        status.pause_button.click()
        assert controller.paused
        assert status.phase_label.text() == "Paused"
        assert status.pause_button.text() == "Resume"
    finally:
        fake_jina.release()
    qtbot.waitUntil(lambda: bool(paused_seen), timeout=10000)  # the pipeline noticed
    assert controller.running
    assert status.phase_label.text() == "Paused"
    assert "photos/s" not in status.detail_label.text()  # no rate or ETA while paused
    screenshot(window, "progress-paused")

    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        status.pause_button.click()
        assert not controller.paused
        assert status.pause_button.text() == "Pause"
    report = blocker.args[0]
    assert not report.cancelled and report.error is None
    assert status.message.kind == InlineMessage.OK


def test_cancel(qtbot, window, controller, fake_jina) -> None:
    status = status_for(qtbot, window, controller)
    fake_jina.hold()
    try:
        controller.start()
        qtbot.waitUntil(lambda: fake_jina.waiting >= 1, timeout=30000)
        screenshot(window, "progress-running")
        status.cancel_button.click()
        assert status.phase_label.text() == "Stopping…"
        assert not status.cancel_button.isEnabled()
    finally:
        fake_jina.release()
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        pass
    assert blocker.args[0].cancelled
    assert "cancelled" in status.message.text()
    assert status.message.kind == InlineMessage.INFO


def test_a_rejected_key_is_the_final_message(qtbot, window, controller, monkeypatch) -> None:
    monkeypatch.setenv("JINA_API_KEY", "jina_revoked_key")
    status = status_for(qtbot, window, controller)
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        controller.start()
    assert blocker.args[0].error
    assert status.message.kind == InlineMessage.ERROR
    assert "Invalid API key" in status.message.text()
    assert status.message.text().startswith("Indexing stopped:")
    screenshot(window, "progress-key-rejected")


def test_a_failure_signal_is_shown(qtbot, window, library) -> None:
    c = IndexingController(library)
    status = status_for(qtbot, window, c)
    c.failed.emit("the store is down")
    assert status.isVisible()
    assert status.message.kind == InlineMessage.ERROR
    assert "the store is down" in status.message.text()


# -- problems ------------------------------------------------------------------------------------
def test_problems_dialog_lists_the_broken_file(
    qtbot, qtmodeltester, runner, controller, library, broken_photo
) -> None:
    with qtbot.waitSignal(controller.finished, timeout=60000):
        controller.start()
    dialog = ProblemsDialog(library, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    qtmodeltester.check(dialog.model)
    rows = dialog.model.rows
    assert [r.path for r in rows] == [str(broken_photo)]
    assert rows[0].reason
    assert rows[0].state in ("skipped", "failed")
    shown = [dialog.proxy.index(0, c).data() for c in range(dialog.proxy.columnCount())]
    assert shown[0] == str(broken_photo)
    assert shown[2] == rows[0].reason
    assert "1" in dialog.summary.text()

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert str(broken_photo) in copied and rows[0].reason in copied

    dialog.filter_edit.setText("no such name")
    assert dialog.proxy.rowCount() == 0
    dialog.filter_edit.clear()
    assert dialog.proxy.rowCount() == 1
    screenshot(dialog, "problems")


def test_problems_dialog_when_all_is_well(qtbot, runner, library) -> None:
    dialog = ProblemsDialog(library, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    assert dialog.model.rowCount() == 0
    assert not dialog.copy_button.isEnabled()
    assert "could be indexed" in dialog.summary.text()


def test_a_size_change_reads_as_a_rebuild(qtbot, window, controller, library) -> None:
    status = status_for(qtbot, window, controller)
    with qtbot.waitSignal(controller.finished, timeout=60000):
        assert controller.start()
    library.apply({"dims": "128"})
    with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
        assert controller.start(scan=False)
    report = blocker.args[0]
    assert report.activated and report.activated.endswith("-128")
    text = status.message.text()
    assert "no model calls" in text and report.activated in text


def test_an_unreachable_service_is_named_while_indexing_waits(
    qtbot, window, library, photo_dir, monkeypatch
) -> None:
    """Finding 5: not a silently falling rate, but who cannot be reached and when it retries."""
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", "http://127.0.0.1:9/v1/embeddings")
    library.reconfigure()
    library.add_folder(photo_dir)
    controller = IndexingController(library)
    status = status_for(qtbot, window, controller)
    try:
        assert controller.start()
        qtbot.waitUntil(lambda: "Cannot reach the Jina API" in status.message.text(), timeout=20000)
        text = status.message.text()
        assert "127.0.0.1:9" in text and "retrying in" in text
        screenshot(window, "indexing-unreachable")
    finally:
        with qtbot.waitSignal(controller.finished, timeout=20000):
            controller.cancel()  # ends the wait at once


def test_the_terminal_says_why_a_run_waits() -> None:
    from photoseek.cli.progress import describe
    from photoseek.records import Phase

    p = Progress(phase=Phase.EMBEDDING, total=10, done=3, notice="Cannot reach the Jina API")
    assert "Cannot reach the Jina API" in describe(p) and "ETA" not in describe(p)


def test_skipped_counts_agree_with_status_and_the_list(
    qtbot, window, controller, library, photo_dir
) -> None:
    """A second run finds nothing new, yet the button still counts what the list shows and
    what `status` says (including what the scan itself listed: a raw file here)."""
    (photo_dir / "IMG_0001.CR2").write_bytes(b"raw sensor data")
    status = status_for(qtbot, window, controller)
    for _ in range(2):
        with qtbot.waitSignal(controller.finished, timeout=60000) as blocker:
            assert controller.start()
        assert blocker.args[0].error is None
    listed = library.problems()
    counted = library.status().files.get("skipped", 0)
    assert len(listed) == counted == 2  # the broken JPEG and the raw file
    assert blocker.args[0].progress.skipped == 0  # nothing new this time
    assert status.problems_button.text() == f"{counted} skipped"
