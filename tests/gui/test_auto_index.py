"""The window keeps the library current by itself: a rescan at start, watched folders, runs in
the status bar; the General tab turns it off; theme and geometry survive a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from photoseek.gui.main_window import MainWindow
from photoseek.gui.theme import apply_theme, is_dark
from photoseek.indexing.lock import IndexLock
from photoseek.library import Library
from photoseek.watching import FolderMode, RunRecord, WatchOptions
from tests.gui.conftest import WAIT_MS, search
from tests.test_watch import FOUND_WITHIN_S, jpeg_bytes, red_flowers

FOUND_MS = int(FOUND_WITHIN_S * 1000)
FAST = WatchOptions(settle_s=0.4, debounce_s=0.2, check_s=0.2, busy_retry_s=0.3)


def auto_window(
    qtbot: Any, make_window: Callable[..., MainWindow], library: Library
) -> tuple[MainWindow, RunRecord]:
    """A window with automatic indexing on; returns it after its start-up rescan."""
    window = make_window(library, wait_status=False, auto_index=False)
    window.auto.options = FAST
    window._auto_allowed = True
    with qtbot.waitSignal(window.auto.ran, timeout=WAIT_MS) as first:
        window.start()
    return window, first.args[0]


def test_startup_rescan_then_a_copied_photo_is_found(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, photo_dir: Path
) -> None:
    new_at_start = photo_dir / "red" / "while_closed.jpg"  # arrived while the app was closed
    new_at_start.write_bytes(jpeg_bytes(red_flowers, 31))
    past = time.time() - 60
    os.utime(new_at_start, (past, past))
    window, first = auto_window(qtbot, make_window, indexed_library)
    assert first.reason == "start-up"
    p = first.report.progress if first.report is not None else None
    assert p is not None and (p.total, p.embedded) == (1, 1)  # only the new one, once
    assert window.indexing_status.report is first.report  # the run showed in the status bar
    assert window.auto.watcher is not None
    assert window.auto.watcher.modes() == {str(photo_dir): FolderMode.WATCHED}
    assert str(new_at_start) in search(qtbot, window, "red flowers")

    copied = photo_dir / "red" / "copied_in.jpg"
    copied.write_bytes(jpeg_bytes(red_flowers, 32))
    with qtbot.waitSignal(window.auto.ran, timeout=FOUND_MS):
        pass
    assert str(copied) in search(qtbot, window, "red flowers")

    copied.unlink()
    with qtbot.waitSignal(window.auto.ran, timeout=FOUND_MS):
        pass
    assert str(copied) not in search(qtbot, window, "red flowers")
    assert window.auto.watcher.alive
    window.close()
    assert window.auto.watcher is None
    assert not [w for w in window.background_threads() if w.name == "ps-watch"]


def test_no_automatic_runs_when_turned_off(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, photo_dir: Path
) -> None:
    indexed_library.apply({"library.auto_index": False})
    window = make_window(indexed_library, auto_index=False)
    window._auto_allowed = True
    window.start()
    assert not window.auto.active
    dialog = window.open_settings()
    dialog.general_tab.auto_index_check.setChecked(True)
    with (
        qtbot.waitSignal(window.auto.ran, timeout=WAIT_MS),
        qtbot.waitSignal(dialog.applied, timeout=WAIT_MS),
    ):
        dialog.apply()
    assert indexed_library.settings.library.auto_index
    assert window.auto.active
    dialog.general_tab.auto_index_check.setChecked(False)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        dialog.apply()
    assert not window.auto.active
    dialog.close()


def test_the_window_waits_while_another_photoseek_indexes(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library
) -> None:
    lock = IndexLock(indexed_library.paths.data_dir / "indexing.lock")
    with lock:
        window = make_window(indexed_library, auto_index=False)
        window.auto.options = FAST
        window._auto_allowed = True
        window.start()
        watcher = window.auto.watcher
        assert watcher is not None
        qtbot.waitUntil(lambda: watcher._waiting_for_other, timeout=WAIT_MS)
        assert not window.indexer.running and watcher.runs == 0
        assert window.indexing_status.message.text() == ""  # no error shown for waiting
    with qtbot.waitSignal(window.auto.ran, timeout=WAIT_MS) as ran:
        pass
    assert ran.args[0].report is not None


def test_a_manual_run_and_the_watcher_never_overlap(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, photo_dir: Path
) -> None:
    window, _first = auto_window(qtbot, make_window, indexed_library)
    with qtbot.waitSignal(window.indexer.finished, timeout=WAIT_MS):
        assert window.index_now()
        (photo_dir / "red" / "during_manual.jpg").write_bytes(jpeg_bytes(red_flowers, 40))
    with qtbot.waitSignal(window.auto.ran, timeout=FOUND_MS) as ran:
        pass
    record = ran.args[0]
    assert record.report is not None and record.error is None
    assert str(photo_dir / "red" / "during_manual.jpg") in search(qtbot, window, "red flowers")


# -- theme --------------------------------------------------------------------------------------
def test_dark_and_back(qtbot: Any, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = is_dark(app.palette())
    try:
        apply_theme(app, "dark")
        assert is_dark(app.palette()) and app.style().name().lower() == "fusion"
        qtbot.waitUntil(lambda: is_dark(window.grid.palette()))  # widgets hear of it by event
    finally:
        apply_theme(app, "system")
    assert is_dark(app.palette()) == light


def test_a_theme_change_applies_at_once(
    qtbot: Any, make_window: Callable[..., MainWindow], plain_library: Library
) -> None:
    window = make_window(plain_library)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        dialog = window.open_settings()
        dialog.general_tab.theme_combo.setCurrentIndex(
            dialog.general_tab.theme_combo.findData("dark")
        )
        with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
            dialog.apply()
        assert is_dark(app.palette())
        dialog.general_tab.language_combo.setCurrentIndex(
            dialog.general_tab.language_combo.findData("ja")
        )
        assert dialog.general_tab.language_note.isVisibleTo(dialog.general_tab)
        with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
            dialog.apply()
        assert plain_library.settings.ui.language == "ja"
        assert "next time" in window.message_label.text()
        dialog.close()
    finally:
        apply_theme(app, "system")


RESTART_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from photoseek.gui.app import run_app
from photoseek.gui.main_window import MainWindow
from photoseek.gui.theme import is_dark
seen = {}

def look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen.update(dark=is_dark(app.palette()), style=app.style().name(),
                size=[window.width(), window.height()], thumbs=window.grid.thumb_size)
    window.close()

QTimer.singleShot(300, look)
code = run_app(sys.argv)
print("SEEN", json.dumps(seen), "EXIT", code)
"""


def test_geometry_thumbnail_size_and_theme_survive_a_restart(
    qtbot: Any, make_window: Callable[..., MainWindow], plain_library: Library
) -> None:
    window = make_window(plain_library)
    window.resize(720, 520)  # within the offscreen screen (800 x 600)
    window.zoom.setValue(200)
    plain_library.apply({"ui.theme": "dark"})
    window.close()  # saves the window state
    plain_library.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    done = subprocess.run(
        [sys.executable, "-c", RESTART_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("SEEN"))
    seen = json.loads(line.split(" ", 1)[1].rsplit(" EXIT", 1)[0])
    assert seen == {"dark": True, "style": "fusion", "size": [720, 520], "thumbs": 200}, line


def test_window_state_is_not_settings(
    qtbot: Any, make_window: Callable[..., MainWindow], plain_library: Library
) -> None:
    window = make_window(plain_library)
    window.resize(800, 600)
    window.close()
    assert not plain_library.paths.settings_file.exists()  # geometry went to ui-state.json
    assert plain_library.ui_state().window_geometry
