"""The window's searching as a user drives it: the timeline, the filter bar, strictness, typed
filters, back/forward, words + picture, selection and its actions, keyboard, the preview."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, TiffImagePlugin
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from photoseek.gui.main_window import MainWindow
from photoseek.gui.states import State
from photoseek.library import Library
from photoseek.search.engine import Sort
from photoseek.search.session import QueryKind
from tests.gui.conftest import WAIT_MS, drop_files, result_paths, scene_of, search
from tests.synthetic import SCENE_MONTHS, make_photos


def gps_exif(lat: float, lon: float) -> bytes:
    ex = Image.Exif()
    ex[ExifTags.Base.Make], ex[ExifTags.Base.Model] = "Canon", "Canon EOS 40D"
    ex.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2024:03:09 10:00:00"
    gps = ex.get_ifd(ExifTags.IFD.GPSInfo)
    r = TiffImagePlugin.IFDRational
    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLongitudeRef] = "N", "E"
    gps[ExifTags.GPS.GPSLatitude] = (r(int(lat), 1), r(int(lat % 1 * 60), 1), r(0, 1))
    gps[ExifTags.GPS.GPSLongitude] = (r(int(lon), 1), r(int(lon % 1 * 60), 1), r(0, 1))
    return ex.tobytes()


@pytest.fixture
def dated_library(library: Library, tmp_path: Path) -> Library:
    """Six scenes × 3 with EXIF dates and a camera, plus one small photo with a GPS position."""
    folder = tmp_path / "photos"
    make_photos(folder, dated=True)
    trip = folder / "Paris 2019"
    trip.mkdir()
    Image.new("RGB", (120, 90), (200, 40, 40)).save(trip / "tiny.jpg", exif=gps_exif(48.858, 2.294))
    library.add_folder(folder)
    report = library.index()
    assert report.error is None and report.sync_error is None
    return library


@pytest.fixture
def win(make_window: Callable[..., MainWindow], dated_library: Library, qtbot: Any) -> MainWindow:
    window = make_window(dated_library)
    window.resize(1180, 780)
    qtbot.waitUntil(lambda: window.grid.results.photo_count() == 19, timeout=WAIT_MS)
    return window


def wait_answer(qtbot: Any, window: MainWindow, act: Callable[[], object]) -> None:
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        act()


def drag_months(qtbot: Any, histogram: Any, first: str, last: str) -> None:
    """Drag the mouse over the histogram from one month's bar to another's."""
    names = [m for m, _ in histogram.months]
    plot = histogram.rect().adjusted(4, 4, -4, -20)
    width = plot.width() / len(names)

    def at(month: str) -> QPoint:
        return QPoint(round(plot.left() + (names.index(month) + 0.5) * width), plot.center().y())

    qtbot.mousePress(histogram, Qt.MouseButton.LeftButton, pos=at(first))
    qtbot.mouseMove(histogram, at(last))
    qtbot.mouseRelease(histogram, Qt.MouseButton.LeftButton, pos=at(last))


def headers(window: MainWindow) -> list[str]:
    model = window.grid.results
    return [model.data(model.index(r)) for r in range(model.rowCount()) if model.is_header(r)]


# -- the timeline ------------------------------------------------------------------------------
def test_an_empty_search_box_shows_the_library_as_a_timeline(win: MainWindow) -> None:
    assert win.query is not None and win.query.kind is QueryKind.BROWSE
    assert win.stack.currentWidget() is win.grid
    assert win.filter_bar.count.text() == "19 photos"
    months = sorted(set(SCENE_MONTHS.values()) | {"2024-03"}, reverse=True)
    expected = [win.grid.results.data(win.grid.results.index(0))]
    assert headers(win)[0] == expected[0] == "March 2024"  # newest first
    assert len(headers(win)) == len(months)
    dates = [r.meta.taken_at for r in win.grid.results.results]
    assert dates == sorted(dates, reverse=True)
    # Header rows are not photos: not selectable, skipped by the keyboard.
    assert not win.grid.results.flags(win.grid.results.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert win.grid.current_row() == 1


def test_esc_and_the_clear_button_return_to_the_timeline(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "flores rojas")
    assert win.query is not None and win.query.kind is QueryKind.TEXT
    edit = win.search_bar.edit
    edit.setFocus()
    wait_answer(qtbot, win, lambda: qtbot.keyClick(edit, Qt.Key.Key_Escape))
    assert edit.text() == "" and win.query is not None and win.query.is_browse
    assert win.grid.results.photo_count() == 19
    search(qtbot, win, "snow")
    clear = next(b for b in edit.findChildren(type(win.search_bar.image_button)) if b.isVisible())
    wait_answer(qtbot, win, clear.click)
    assert win.query is not None and win.query.is_browse  # never the stale results


# -- relevance, strictness, sorting --------------------------------------------------------------
def test_strictness_all_photos_and_no_match(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "flores rojas")
    assert {scene_of(p) for p in result_paths(win)} <= {"red", "Paris 2019"}
    assert win.filter_bar.strictness.cutoff.text().startswith("≥ 0.")
    wait_answer(qtbot, win, lambda: win.filter_bar.strictness.everything.setChecked(True))
    assert win.grid.results.photo_count() == 19 and win.filter_bar.count.text() == "19 photos"
    assert win.filter_bar.strictness.cutoff.text() == ""
    wait_answer(qtbot, win, lambda: win.filter_bar.strictness.everything.setChecked(False))
    search(qtbot, win, "xqzvw plorf")
    assert win.state_view.state is State.NOTHING_FOUND
    assert win.state_view.title.text() == "No photo looks like that"
    assert win.filter_bar.count.text() == "No photo looks like that"
    with qtbot.waitSignal(win.search_finished, timeout=WAIT_MS):
        win.state_view.second_button.click()  # Show all photos, best first
    assert win.grid.results.photo_count() == 19


def test_sort_by_date_groups_the_matches_by_month(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "flowers")
    relevant = set(result_paths(win))
    sort = win.filter_bar.sort
    wait_answer(qtbot, win, lambda: sort.setCurrentIndex(sort.findData(Sort.DATE_ASC.value)))
    assert set(result_paths(win)) == relevant
    dates = [r.meta.taken_at for r in win.grid.results.results]
    assert dates == sorted(dates)
    assert win.grid.results.grouped and headers(win)


def test_overlay_shows_details_and_is_remembered(qtbot: Any, win: MainWindow) -> None:
    assert not win.grid.delegate.overlay
    win.commands.details_action.trigger()
    assert win.grid.delegate.overlay and win.filter_bar.details.isChecked()
    assert win.saver.state.show_details


# -- the filter bar and typed filters -----------------------------------------------------------
def test_filters_apply_to_browsing_and_searching(
    qtbot: Any, win: MainWindow, dated_library: Library
) -> None:
    qtbot.waitUntil(lambda: win.filter_bar.folder_tree.topLevelItemCount() > 1, timeout=WAIT_MS)
    folder = str(Path(dated_library.folders()[0].path) / "blue")
    wait_answer(qtbot, win, lambda: win.filter_bar.set_folder(folder))
    assert {scene_of(p) for p in result_paths(win)} == {"blue"}
    assert win.filter_bar.folder_button.text() == "Folder: blue"
    search(qtbot, win, "sky")
    assert {scene_of(p) for p in result_paths(win)} == {"blue"}
    wait_answer(qtbot, win, win.filter_bar.clear)
    # Dates: the months of red and night (May 2023) only.
    wait_answer(qtbot, win, lambda: win.filter_bar.set_dates("2023-05-01", "2023-05-31"))
    assert win.filter_bar.date_button.text() == "May 2023"
    search(qtbot, win, "")
    assert {scene_of(p) for p in result_paths(win)} == {"red", "night"}
    wait_answer(qtbot, win, lambda: win.filter_bar.located.setChecked(True))
    assert win.state_view.state is State.NO_FILTER_MATCH
    wait_answer(qtbot, win, win.state_view.button.click)  # Clear filters
    assert win.grid.results.photo_count() == 19
    # Dragging over the month histogram from May to July 2023.
    histogram = win.filter_bar.histogram
    histogram.resize(500, 110)
    wait_answer(qtbot, win, lambda: drag_months(qtbot, histogram, "2023-05", "2023-07"))
    assert win.filter_bar.filters().date_from == "2023-05-01"
    assert win.filter_bar.filters().date_to == "2023-07-31"
    assert {scene_of(p) for p in result_paths(win)} == {"red", "night", "blue"}
    assert win.filter_bar.range_label.text() == "May 2023 – July 2023 · 9 photos"
    wait_answer(qtbot, win, win.filter_bar.clear)
    wait_answer(qtbot, win, lambda: win.filter_bar.located.setChecked(True))
    assert [Path(p).name for p in result_paths(win)] == ["tiny.jpg"]
    assert win.filter_bar.histogram.months  # the histogram has the library's months


def test_typed_filters_show_as_chips_that_can_be_removed(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "sky folder:blue after:2023-01 -snow")
    assert win.chip_row.isVisible()
    assert win.chip_row.texts() == ["Folder: blue", "From January 2023", "Without: snow"]
    assert {scene_of(p) for p in result_paths(win)} == {"blue"}
    close = win.chip_row.findChildren(type(win.search_bar.chip.close_button))[0]
    wait_answer(qtbot, win, close.click)
    assert win.search_bar.text() == "sky after:2023-01 -snow"
    assert win.chip_row.texts() == ["From January 2023", "Without: snow"]


# -- history, pictures, feedback ----------------------------------------------------------------
def test_back_and_forward_restore_earlier_searches(qtbot: Any, win: MainWindow) -> None:
    first = search(qtbot, win, "flores rojas")
    assert win.commands.back_action.isEnabled() and not win.commands.forward_action.isEnabled()
    wait_answer(qtbot, win, lambda: win.find_similar(first[0]))
    assert win.query is not None and win.query.kind is QueryKind.SIMILAR
    win.activateWindow()
    win.grid.setFocus()
    wait_answer(qtbot, win, lambda: qtbot.keyClick(win.grid, Qt.Key.Key_Left,
                                                   Qt.KeyboardModifier.AltModifier))  # fmt: skip
    assert win.query is not None and win.query.text == "flores rojas"
    assert win.search_bar.text() == "flores rojas" and not win.search_bar.chip_visible
    assert result_paths(win) == first  # Find similar never loses the text query
    wait_answer(qtbot, win, win.commands.forward_action.trigger)
    assert win.query is not None and win.query.kind is QueryKind.SIMILAR
    assert win.search_bar.chip_visible
    wait_answer(qtbot, win, win.commands.back_action.trigger)
    wait_answer(qtbot, win, win.commands.back_action.trigger)
    assert win.query is not None and win.query.is_browse
    assert not win.commands.back_action.isEnabled()


def test_words_and_a_picture_together(qtbot: Any, win: MainWindow, dated_library: Library) -> None:
    red = Path(dated_library.folders()[0].path) / "red" / "img_red_0.jpg"
    wait_answer(qtbot, win, lambda: drop_files(win.grid.dropEvent, [red]))
    alone = result_paths(win)
    assert win.search_bar.chip_visible and alone[0] == str(red)
    together = search(qtbot, win, "yellow")
    assert win.query is not None and win.query.kind is QueryKind.FILE
    assert win.query.text == "yellow" and win.search_bar.chip_visible
    assert together != alone and "yellow" in {scene_of(p) for p in together}
    wait_answer(qtbot, win, lambda: win.search_bar.chip.close_button.click())
    assert win.query is not None and win.query.kind is QueryKind.TEXT  # the words stay


def test_more_and_less_like_these(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "flowers")
    before = result_paths(win)
    red = [i for i, p in enumerate(before) if scene_of(p) == "red"]
    assert red, before
    row = win.grid.results.row_of_photo(red[0])
    win.grid.select_rows([row])
    wait_answer(qtbot, win, win.selection.less.trigger)
    assert win.query is not None and win.query.unlike == (before[red[0]],)
    assert before[red[0]] not in result_paths(win)
    search(qtbot, win, "flowers")
    win.grid.select_rows([win.grid.results.row_of_photo(red[0])])
    wait_answer(qtbot, win, win.selection.more.trigger)
    assert win.query is not None and win.query.like == (before[red[0]],)
    assert scene_of(result_paths(win)[0]) == "red"


def test_several_selected_photos_as_one_query(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "flores rojas")
    model = win.grid.results
    win.grid.select_rows([0, 1])
    chosen = [model.result(0).path, model.result(1).path]
    wait_answer(qtbot, win, win.selection.similar.trigger)
    assert win.query is not None and win.query.paths == tuple(chosen)
    assert not set(chosen) & set(result_paths(win))
    assert win.search_bar.chip.name == "2 photos"


# -- selection, keyboard and actions ---------------------------------------------------------------
def test_select_all_copy_paths_and_the_selection_menu(
    qtbot: Any, win: MainWindow, tmp_path: Path
) -> None:
    search(qtbot, win, "flores rojas")
    grid = win.grid
    win.activateWindow()
    grid.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    def click(row: int, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        centre = grid.visualRect(grid.results.index(row)).center()
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, mods, centre)

    click(0)
    click(2, ctrl)
    assert grid.selected_rows() == [0, 2]
    click(0)
    click(2, shift)
    assert grid.selected_rows() == [0, 1, 2]
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    n = grid.results.photo_count()
    assert len(grid.selected_rows()) == n >= 3
    with qtbot.waitSignal(win.selection.copied) as said:
        qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert said.args == [f"Copied {n} paths"]
    assert QGuiApplication.clipboard().text().splitlines() == result_paths(win)
    assert all(os.path.isabs(p) for p in QGuiApplication.clipboard().text().splitlines())
    menu = win.build_context_menu(grid.selected_rows()[1])
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == [f"Find similar to these {n}", "More like these", "Less like these"]
    assert f"Copy {n} paths" in texts and "Export the list…" in texts
    menu.deleteLater()
    target = tmp_path / "list.csv"
    win.selection.export_selection(str(target))
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["path"] for r in rows] == result_paths(win)
    assert all(float(r["score"]) > 0 for r in rows)


def test_keyboard_slash_space_and_shift_f10(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "snow")
    grid = win.grid
    win.activateWindow()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Slash)
    assert win.search_bar.edit.hasFocus()
    grid.setFocus()
    with qtbot.waitSignal(grid.context_menu_requested) as asked:
        qtbot.keyClick(grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert asked.args[0] == grid.current_row()
    for menu in win.findChildren(QMenu, "photoMenu"):
        menu.close()
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert win.preview is not None and win.preview.isVisible()
    win.preview.close()


# -- the preview ---------------------------------------------------------------------------------
def test_preview_counts_zooms_and_links_the_map(qtbot: Any, win: MainWindow) -> None:
    search(qtbot, win, "folder:Paris")  # the small photo with a GPS position
    assert [Path(p).name for p in result_paths(win)] == ["tiny.jpg"]
    win.open_preview(0)
    preview = win.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.loaded_path.endswith("tiny.jpg"), timeout=WAIT_MS)
    assert preview.position.text() == "1 of 1"
    assert preview.view.shown_scale() == 1.0  # 120 px wide: fitted, never blown up
    assert "openstreetmap.org/?mlat=48.85" in preview.map_link.text()
    preview.zoom_button.click()
    assert preview.view.actual_size and preview.view.minimumWidth() == 120
    with qtbot.waitSignal(preview.copy_path):
        preview.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("tiny.jpg")
    preview.close()
    wait_answer(qtbot, win, win.browse)
    win.open_preview(win.grid.results.row_of_photo(2))
    assert preview.position.text() == "3 of 19"
    preview.next()
    assert preview.position.text() == "4 of 19"
    preview.close()


def test_the_grid_still_scrolls_and_pages_in_the_timeline(
    qtbot: Any, win: MainWindow, dated_library: Library
) -> None:
    dated_library.apply({"search.page_size": 7})
    wait_answer(qtbot, win, win.browse)
    assert win.grid.results.photo_count() == 7
    wait_answer(qtbot, win, win.grid.reached_end.emit)
    assert win.grid.results.photo_count() == 14
    dates = [r.meta.taken_at for r in win.grid.results.results]
    assert dates == sorted(dates, reverse=True)
    QApplication.processEvents()
    assert win.grid.indexAt(QPoint(10, 10)).isValid()
