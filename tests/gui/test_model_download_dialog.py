"""The model download dialog against the loopback hub: accept, download, cancel, resume, errors.

No modal exec and no sleeps: the tests click, then wait on the panel's signals and state.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from photoseek.embedding import model_files
from photoseek.embedding.model_files import MANIFEST
from photoseek.gui.model_download_dialog import (
    DONE,
    FAILED,
    PAUSED,
    ModelDownloadDialog,
)
from tests.fakes.model_hub import FakeHub
from tests.gui.conftest import WAIT_MS, screenshot
from tests.tiny_model import build_tiny_model, tiny_files, tiny_variants

GRAPH = "onnx/model_int8.onnx"


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-src"))


@pytest.fixture
def hub(src: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    for name, variant in tiny_variants(src).items():
        monkeypatch.setitem(model_files.VARIANTS, name, variant)
    with FakeHub(tiny_files(src)) as fake:
        yield fake


@pytest.fixture
def make_dialog(qtbot: Any, hub: FakeHub, tmp_path: Path) -> Iterator[Any]:
    dialogs: list[ModelDownloadDialog] = []

    def make() -> ModelDownloadDialog:
        dialog = ModelDownloadDialog(directory=tmp_path / "model", base=hub.url)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    hub.unstall()
    for d in dialogs:
        d.panel.shutdown()


def test_accepting_the_licence_enables_download_and_it_installs(
    qtbot: Any, make_dialog: Any, tmp_path: Path, hub: FakeHub
) -> None:
    dialog = make_dialog()
    panel = dialog.panel
    assert not panel.download_button.isEnabled()
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert any("CC BY-NC 4.0" in t for t in texts)
    assert any("non-commercial" in t and "Jina API" in t for t in texts)
    screenshot(dialog, "model-download-ready")
    panel.accept_box.setChecked(True)
    assert panel.download_button.isEnabled() and panel.download_button.text() == "Download"

    on_gui_thread: list[bool] = []
    panel.progress_changed.connect(
        lambda _p: on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
    )
    with qtbot.waitSignal(panel.installed, timeout=WAIT_MS) as blocker:
        panel.download_button.click()
    status = blocker.args[0]
    assert status.installed and status.variant == "int8"
    assert panel.state == DONE
    assert on_gui_thread and all(on_gui_thread)
    assert panel.bar.value() == panel.bar.maximum()
    assert "Installed" in panel.message._label.text()
    assert dialog.done_button.isVisible() and not panel.download_button.isVisible()
    assert (tmp_path / "model" / MANIFEST).is_file()
    screenshot(dialog, "model-download-done")
    dialog.done_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_cancel_keeps_the_partial_and_resume_finishes(
    qtbot: Any, make_dialog: Any, hub: FakeHub, tmp_path: Path
) -> None:
    hub.stall_after[GRAPH] = 24 * 1024
    dialog = make_dialog()
    panel = dialog.panel
    panel.accept_box.setChecked(True)
    panel.download_button.click()
    part = tmp_path / "model" / (GRAPH + ".part")
    qtbot.waitUntil(lambda: part.exists() and part.stat().st_size == 24 * 1024, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.bar.value() > 0, timeout=WAIT_MS)
    assert panel.cancel_button.isEnabled() and not panel.download_button.isEnabled()
    assert "of" in panel.progress_label.text()
    screenshot(dialog, "model-download-progress")
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.state == PAUSED, timeout=WAIT_MS)
    assert panel.download_button.text() == "Resume" and panel.download_button.isEnabled()
    assert "kept" in panel.progress_label.text()
    assert part.stat().st_size == 24 * 1024
    screenshot(dialog, "model-download-paused")
    hub.unstall()
    with qtbot.waitSignal(panel.installed, timeout=WAIT_MS):
        panel.download_button.click()
    assert hub.body_requests(GRAPH)[-1].headers["range"] == f"bytes={24 * 1024}-"


def test_an_error_is_one_line_and_can_be_retried(
    qtbot: Any, make_dialog: Any, hub: FakeHub
) -> None:
    hub.corrupt.add(GRAPH)
    dialog = make_dialog()
    panel = dialog.panel
    panel.accept_box.setChecked(True)
    panel.download_button.click()
    qtbot.waitUntil(lambda: panel.state == FAILED, timeout=WAIT_MS)
    text = panel.message._label.text()
    assert panel.message.isVisible() and "damaged" in text and "\n" not in text
    assert panel.download_button.text() == "Try again" and panel.download_button.isEnabled()
    hub.corrupt.clear()
    with qtbot.waitSignal(panel.installed, timeout=WAIT_MS):
        panel.download_button.click()


def test_closing_while_downloading_stops_and_keeps_the_partial(
    qtbot: Any, make_dialog: Any, hub: FakeHub, tmp_path: Path
) -> None:
    hub.stall_after[GRAPH] = 8 * 1024
    dialog = make_dialog()
    dialog.panel.accept_box.setChecked(True)
    dialog.panel.download_button.click()
    part = tmp_path / "model" / (GRAPH + ".part")
    qtbot.waitUntil(lambda: part.exists() and part.stat().st_size == 8 * 1024, timeout=WAIT_MS)
    dialog.reject()  # the Close button
    assert dialog.panel._thread is None  # stopped and joined before the dialog closed
    assert part.stat().st_size == 8 * 1024
    assert not (tmp_path / "model" / MANIFEST).exists()


def test_a_partial_from_an_earlier_try_offers_resume(
    qtbot: Any, make_dialog: Any, hub: FakeHub, tmp_path: Path
) -> None:
    part = tmp_path / "model" / (GRAPH + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(hub.files[GRAPH][:5000])
    dialog = make_dialog()
    panel = dialog.panel
    assert panel.download_button.text() == "Resume"
    assert "earlier" in panel.progress_label.text()
    panel.accept_box.setChecked(True)
    with qtbot.waitSignal(panel.installed, timeout=WAIT_MS):
        panel.download_button.click()
    assert hub.body_requests(GRAPH)[0].headers["range"] == "bytes=5000-"


def test_the_variant_can_be_chosen(qtbot: Any, make_dialog: Any, hub: FakeHub) -> None:
    dialog = make_dialog()
    panel = dialog.panel
    panel.variant_box.setCurrentIndex(panel.variant_box.findData("fp32"))
    assert panel.variant == "fp32"
    panel.accept_box.setChecked(True)
    with qtbot.waitSignal(panel.installed, timeout=WAIT_MS) as blocker:
        QTimer.singleShot(0, panel.download_button.click)
    assert blocker.args[0].variant == "fp32"
