"""Pictures of the main screens, for the README and for a human look.

Saved into $PHOTOSEEK_SCREENSHOT_DIR when it is set (nothing is written otherwise; the
screens are still built and grabbed, so this also checks that each renders without a Qt
warning). The best ones are committed under resources/screenshots/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from photoseek.gui.main_window import MainWindow
from photoseek.gui.states import State
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS, screenshot, search


@pytest.fixture
def shots() -> Callable[[str, QWidget | QPixmap], None]:
    return lambda name, widget: screenshot(widget, name)


def all_thumbnails_loaded(window: MainWindow) -> bool:
    loader = window.loader
    rows = window.grid.visible_rows()
    return bool(rows) and loader.queued == 0 and loader.in_flight == 0 and loader.delivered >= 1


def settle(qtbot: Any, window: MainWindow) -> None:
    """Wait until every visible thumbnail is painted."""
    qtbot.waitUntil(lambda: all_thumbnails_loaded(window), timeout=WAIT_MS)
    window.grid.viewport().repaint()
    qtbot.waitUntil(lambda: window.loader.queued == 0 and window.loader.in_flight == 0)
    QApplication.processEvents()


def with_popup(window: QWidget, popup: QWidget, at: QPoint) -> QPixmap:
    """The window with a popup (a menu) painted where it opened."""
    QApplication.processEvents()
    shot = window.grab()
    menu = popup.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(at), menu)
    painter.end()
    return shot


def test_screens(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    indexed_library: Library,
    shots: Callable[[str, QWidget | QPixmap], None],
) -> None:
    window = make_window(indexed_library)
    window.resize(1100, 720)
    shots("01-ready", window)

    search(qtbot, window, "flores rojas")
    settle(qtbot, window)
    window.grid.setCurrentIndex(window.grid.results.index(0))
    shots("02-results", window)

    # The context menu of the second photo, as right-clicking shows it.
    rect = window.grid.visualRect(window.grid.results.index(1))
    at = window.grid.viewport().mapToGlobal(rect.center())
    menu = window.build_context_menu(1)
    menu.popup(at)
    qtbot.waitExposed(menu)
    shots("03-context-menu", with_popup(window, menu, at))
    menu.close()

    # Find similar: the chip shows the picture the results are about.
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.commands.similar_action.trigger()
    settle(qtbot, window)
    shots("04-similar", window)

    window.open_preview(0)
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.loaded_path != "", timeout=WAIT_MS)
    shots("05-preview", preview)
    preview.close()

    zoomed = window.grid.thumb_size
    window.zoom_in()
    window.zoom_in()
    settle(qtbot, window)
    shots("06-zoomed", window)
    window.zoom.setValue(zoomed)

    dialog = window.open_settings()
    if dialog is not None:
        qtbot.waitExposed(dialog)
        if hasattr(dialog, "loaded"):
            qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT_MS)
        QApplication.processEvents()
        shots("07-settings", dialog)
        dialog.close()


def test_empty_and_first_run_screens(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    shots: Callable[[str, QWidget | QPixmap], None],
) -> None:
    window = make_window(library, first_run=True)
    assert window.state_view.state is State.NO_FOLDERS
    first_run = window.first_run_dialog
    if first_run is not None:
        qtbot.waitExposed(first_run)
        shots("08-first-run", first_run)
        first_run.close()
    shots("09-no-folders", window)

    window.search_bar.set_text("a zebra on a unicycle")
    window.show_state(State.NOTHING_FOUND)
    shots("10-nothing-found", window)
    window.search_bar.set_text("")
    window.show_state(State.STORE_ERROR, "Cannot reach Elasticsearch at https://localhost:9200.")
    shots("11-store-error", window)


def test_progress_screen(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    fake_jina: Any,
    tmp_path: Path,
    shots: Callable[[str, QWidget | QPixmap], None],
) -> None:
    from tests.synthetic import make_many

    folder = tmp_path / "many"
    make_many(folder, 120)
    library.add_folder(folder)
    window = make_window(library)
    fake_jina.latency = 0.05  # slow enough to catch the run in the middle
    seen: list[Any] = []

    def mid_run(p: Any) -> bool:
        seen.append(p)
        return p.phase == "embedding" and p.done >= 24

    with qtbot.waitSignal(window.indexer.progress, check_params_cb=mid_run, timeout=WAIT_MS):
        window.index_now()
    QApplication.processEvents()
    shots("12-indexing", window)
    with qtbot.waitSignal(window.indexer.finished, timeout=60_000):
        fake_jina.latency = 0.0
    assert seen


def test_menu_shows(qtbot: Any, window: MainWindow) -> None:
    """The menu bar's menus render (a smoke test for missing strings or icons)."""
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu.actions()
    assert window.commands.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
