"""Pictures of the timeline, the filter bar, the strictness control and the selection actions
(saved into $PHOTOSEEK_SCREENSHOT_DIR when set; always built and grabbed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from photoseek.gui.main_window import MainWindow
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS, screenshot, search
from tests.gui.test_screenshots import settle, with_popup
from tests.gui.test_search_window import dated_library, drag_months  # noqa: F401  (fixture)


def test_search_screens(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    dated_library: Library,  # noqa: F811
) -> None:
    window = make_window(dated_library)
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: window.grid.results.photo_count() == 19, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.filter_bar.histogram.months != [], timeout=WAIT_MS)
    window.commands.details_action.setChecked(True)
    settle(qtbot, window)
    screenshot(window, "timeline")

    # The filter bar with the month histogram open, a range dragged over.
    window.commands.details_action.setChecked(False)
    histogram = window.filter_bar.histogram
    menu = window.filter_bar.date_button.menu()
    assert menu is not None
    at = window.filter_bar.date_button.mapToGlobal(
        window.filter_bar.date_button.rect().bottomLeft()
    )
    menu.popup(at)
    qtbot.waitExposed(menu)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        drag_months(qtbot, histogram, "2023-05", "2023-07")
    settle(qtbot, window)
    shot = with_popup(window, menu, at)
    bar = window.filter_bar.geometry()
    top = window.centralWidget().mapTo(window, bar.topLeft())
    screenshot(shot.copy(QRect(0, 0, window.width(), top.y() + bar.height() + menu.height() + 8)),
               "filter-bar")  # fmt: skip
    menu.close()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.filter_bar.clear()

    # A search: only the matching photos, the count, the strictness and its cutoff, with the
    # details on (each photo's score as a bar from the floor to the best match).
    window.commands.details_action.setChecked(True)
    search(qtbot, window, "flowers")
    settle(qtbot, window)
    strip = window.filter_bar.strictness
    origin = strip.mapTo(window, strip.rect().topLeft())
    count = window.filter_bar.count.mapTo(window, window.filter_bar.count.rect().topLeft())
    QApplication.processEvents()
    whole = window.grab()
    screenshot(whole.copy(QRect(0, 0, window.width(), origin.y() + 330)), "strictness")
    assert count.y() >= 0

    # Several photos selected and their menu.
    window.commands.details_action.setChecked(False)
    grid = window.grid
    grid.select_rows(list(range(min(4, grid.results.rowCount()))))
    rect = grid.visualRect(grid.results.index(1))
    at = grid.viewport().mapToGlobal(rect.center())
    menu = window.build_context_menu(1)
    menu.popup(at)
    qtbot.waitExposed(menu)
    screenshot(with_popup(window, menu, at), "selection-actions")
    menu.close()
