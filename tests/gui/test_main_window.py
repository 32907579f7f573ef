"""The real main window over a real library (embedded store, Jina fake): what a user does."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from photoseek.gui import clipboard
from photoseek.gui.main_window import MainWindow
from photoseek.gui.states import Action, State
from photoseek.gui.thumbnails import ThumbState
from photoseek.imaging.grid_pixels import GridPixels, load_grid_pixels
from photoseek.imaging.thumbnail_helpers import ThumbnailHelpers
from photoseek.library import ChangeSet, Library
from photoseek.records import SearchResult
from photoseek.search.session import Query, QueryKind
from photoseek.stores import StoreUnavailable
from tests.gui.conftest import WAIT_MS, drop_event, drop_files, result_paths, scene_of, search


def red_photos(photo_dir: Path) -> list[Path]:
    return sorted((photo_dir / "red").glob("*.jpg"))


# -- text search -------------------------------------------------------------------------------
def test_text_search_in_another_language_ranks_the_red_photos_first(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.state_view.state is State.READY
    paths = search(qtbot, window, "flores rojas")
    # Only the relevant photos: the three red ones, none of the others.
    assert [scene_of(p) for p in paths] == ["red", "red", "red"]
    assert window.stack.currentWidget() is window.grid
    assert window.grid.results.rowCount() == len(paths) == 3
    assert window.filter_bar.count.text() == "3 matching photos"
    assert not window.search_bar.chip_visible


def test_recent_queries_are_remembered_and_saved(
    qtbot: Any, window: MainWindow, indexed_library: Library
) -> None:
    search(qtbot, window, "flores rojas")
    search(qtbot, window, "snow")
    search(qtbot, window, "Flores  rojas")  # same query again: moves to the front, once
    assert window.search_bar.recent_queries() == ["Flores rojas", "snow"]
    assert window.saver.state.recent_queries == ("Flores rojas", "snow")
    state_file = indexed_library.paths.state_file
    qtbot.waitUntil(
        lambda: state_file.exists() and "Flores rojas" in state_file.read_text("utf-8"),
        timeout=WAIT_MS,
    )


def test_recent_queries_keep_at_most_twenty(qtbot: Any, window: MainWindow) -> None:
    for i in range(25):
        window.search_text(f"query {i}")
    assert len(window.search_bar.recent_queries()) == 20
    assert window.search_bar.recent_queries()[0] == "query 24"
    qtbot.waitUntil(lambda: not window.searching, timeout=WAIT_MS)


def test_an_older_search_answer_never_replaces_a_newer_one(qtbot: Any, window: MainWindow) -> None:
    window.search_text("snow in the mountains")  # overtaken before its answer is delivered
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_text("flores rojas")
    qtbot.waitUntil(lambda: window.lanes.search.pending == 0, timeout=WAIT_MS)
    assert window.stale_answers >= 1
    assert window.query == Query(QueryKind.TEXT, text="flores rojas")
    assert [scene_of(p) for p in result_paths(window)[:3]] == ["red"] * 3


def test_load_more_appends_the_next_page(
    qtbot: Any, window: MainWindow, indexed_library: Library
) -> None:
    indexed_library.apply({"search.page_size": 5})
    window.filter_bar.strictness.everything.setChecked(True)  # every photo, ranked
    first = search(qtbot, window, "flores rojas")
    assert len(first) == 5
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.grid.reached_end.emit()  # what scrolling to the end does
    paths = result_paths(window)
    assert paths[:5] == first
    assert len(paths) == 10 and len(set(paths)) == 10


def test_scrolling_to_the_end_loads_more(
    qtbot: Any, window: MainWindow, indexed_library: Library
) -> None:
    indexed_library.apply({"search.page_size": 6})
    window.resize(700, 400)
    window.filter_bar.strictness.everything.setChecked(True)
    search(qtbot, window, "flores rojas")
    bar = window.grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 or window.grid.results.rowCount() > 6)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        bar.setValue(bar.maximum())
    assert window.grid.results.rowCount() > 6


# -- find similar (context menu) ------------------------------------------------------------------
def test_context_menu_offers_the_photo_actions(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "flores rojas")
    menu = window.build_context_menu(0)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Find similar",
        "More like this",
        "Less like this",
        "Open",
        "Show in folder",
        "Copy path",
        "Copy image",
        "Export the list…",
    ]
    assert all(a.isEnabled() for a in menu.actions())
    menu.deleteLater()


def test_right_click_opens_the_menu_for_the_photo_under_the_mouse(
    qtbot: Any, window: MainWindow
) -> None:
    search(qtbot, window, "flores rojas")
    grid = window.grid
    rect = grid.visualRect(grid.results.index(2))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), grid.viewport().mapToGlobal(rect.center())
    )
    with qtbot.waitSignal(grid.context_menu_requested) as blocker:
        QApplication.sendEvent(grid.viewport(), event)
    assert blocker.args[0] == 2
    assert grid.current_row() == 2
    menu = window.findChild(QMenu, "photoMenu")
    assert menu is not None and menu.isVisible()
    menu.close()


def test_find_similar_shows_the_neighbours_without_the_photo_itself(
    qtbot: Any, window: MainWindow
) -> None:
    search(qtbot, window, "flores rojas")
    photo = window.grid.results.result(0)
    window.build_context_menu(0).deleteLater()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.commands.similar_action.trigger()
    paths = result_paths(window)
    assert photo.path not in paths
    assert [scene_of(p) for p in paths[:2]] == ["red", "red"]
    assert window.query is not None and window.query.kind == "similar"
    assert window.search_bar.chip_visible
    assert window.search_bar.chip.name == os.path.basename(photo.path)


def test_clearing_the_chip_goes_back_to_words(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "flores rojas")
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.find_similar(window.grid.results.result(0).path)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.mouseClick(window.search_bar.chip.close_button, Qt.MouseButton.LeftButton)
    assert not window.search_bar.chip_visible
    # No words either: back to the timeline, never the stale results.
    assert window.query is not None and window.query.kind is QueryKind.BROWSE
    assert window.stack.currentWidget() is window.grid
    assert window.grid.results.photo_count() == 18


def test_copy_path_and_copy_image(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "flores rojas")
    window.build_context_menu(1).deleteLater()
    path = window.grid.results.result(1).path
    window.commands.copy_path_action.trigger()
    assert QGuiApplication.clipboard().text() == path
    with qtbot.waitSignal(window.image_copied, timeout=WAIT_MS):
        window.commands.copy_image_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (640, 480)


def test_open_and_show_in_folder_use_the_desktop(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "photoseek.gui.photo_actions.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    monkeypatch.setattr("photoseek.gui.photo_actions.sys.platform", "linux")
    search(qtbot, window, "flores rojas")
    window.build_context_menu(0).deleteLater()
    path = window.grid.results.result(0).path
    window.commands.open_action.trigger()
    window.commands.reveal_action.trigger()
    assert opened == [path, os.path.dirname(path)]


# -- picture queries: drop, paste, choose ----------------------------------------------------------
def test_dropping_a_photo_on_the_grid_searches_by_it(
    qtbot: Any, window: MainWindow, photo_dir: Path
) -> None:
    search(qtbot, window, "snow")
    red = red_photos(photo_dir)[0]
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        event = drop_files(window.grid.dropEvent, [red])
    assert event.isAccepted()
    paths = result_paths(window)
    assert paths[0] == str(red)  # a dropped file is a query, not "similar": itself first
    assert [scene_of(p) for p in paths[:3]] == ["red"] * 3
    assert window.search_bar.chip_visible and window.search_bar.chip.name == red.name
    qtbot.waitUntil(lambda: window.search_bar.chip.thumb.pixmap().width() > 0)


def test_dropping_a_photo_on_the_search_field_searches_by_it(
    qtbot: Any, window: MainWindow, photo_dir: Path
) -> None:
    blue = sorted((photo_dir / "blue").glob("*.jpg"))[1]
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        event = drop_files(lambda e: window.picture.eventFilter(window.search_bar.edit, e), [blue])
    assert event.isAccepted()
    assert window.search_bar.edit.text() == ""  # not pasted in as text
    assert [scene_of(p) for p in result_paths(window)[:3]] == ["blue"] * 3


def test_drag_over_the_window_is_accepted_only_for_pictures(
    window: MainWindow, photo_dir: Path, tmp_path: Path
) -> None:
    # What dragEnterEvent/dragMoveEvent decide on (a QDragEnterEvent cannot be delivered
    # without a real drag, see drop_files).
    from photoseek.gui.grid import accepts_image_drop

    (tmp_path / "notes.txt").write_text("hello")
    assert accepts_image_drop(drop_event([red_photos(photo_dir)[0]]).mimeData())
    assert not accepts_image_drop(drop_event([tmp_path / "notes.txt"]).mimeData())
    pasted = QMimeData()
    pasted.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    assert accepts_image_drop(pasted)


def test_dropping_something_else_is_refused(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    event = drop_files(window.grid.dropEvent, [text])
    assert not event.isAccepted()
    assert window.query is None or window.query.is_browse  # still the timeline


def test_pasting_image_data_searches_by_it(qtbot: Any, window: MainWindow, photo_dir: Path) -> None:
    image = QImage(str(red_photos(photo_dir)[1]))
    QGuiApplication.clipboard().setImage(image)
    window.grid.setFocus()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.commands.paste_action.trigger()
    assert window.search_bar.chip_visible and window.search_bar.chip.name == "Pasted picture"
    assert [scene_of(p) for p in result_paths(window)[:3]] == ["red"] * 3


def test_ctrl_v_in_the_search_field_pastes_a_copied_file_as_a_picture(
    qtbot: Any, window: MainWindow, photo_dir: Path
) -> None:
    green = sorted((photo_dir / "green").glob("*.jpg"))[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(green))])
    mime.setText(str(green))
    clipboard.put(mime)  # as the app does: released before the process exits
    window.search_bar.edit.setFocus()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.edit.text() == ""
    assert window.search_bar.chip.name == green.name
    assert [scene_of(p) for p in result_paths(window)[:3]] == ["green"] * 3


def test_ctrl_v_still_pastes_text(qtbot: Any, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("red flowers")
    window.search_bar.edit.setFocus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.edit.text() == "red flowers"
    assert window.query is None or window.query.is_browse  # no search started


def test_search_by_image_file(qtbot: Any, window: MainWindow, photo_dir: Path) -> None:
    # What Search by image… does once the file dialog returns.
    night = sorted((photo_dir / "night").glob("*.jpg"))[2]
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_file(str(night))
    assert [scene_of(p) for p in result_paths(window)[:3]] == ["night"] * 3


def test_a_picture_that_is_not_an_image_gives_a_clear_error(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "broken.jpg"
    fake.write_bytes(b"not a jpeg at all")
    with qtbot.waitSignal(window.search_failed, timeout=WAIT_MS):
        window.search_file(str(fake))
    assert window.state_view.state is State.SEARCH_ERROR
    assert "Cannot use this image" in window.state_view.message.text()
    assert window.state_view.action is Action.RETRY


def test_a_refused_key_says_so_and_points_to_settings(
    qtbot: Any, window: MainWindow, indexed_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JINA_API_KEY", "jina_not_a_valid_key")
    indexed_library.reconfigure()
    with qtbot.waitSignal(window.search_failed, timeout=WAIT_MS):
        window.search_text("flores rojas")
    assert window.state_view.state is State.SEARCH_ERROR
    assert "key" in window.state_view.message.text().lower()
    assert window.state_view.second_button.text() == "Open settings"
    assert window.state_view.second_button.isVisibleTo(window)


# -- preview ----------------------------------------------------------------------------------
def test_preview_steps_through_the_results_with_the_arrow_keys(
    qtbot: Any, window: MainWindow
) -> None:
    search(qtbot, window, "flores rojas")
    window.grid.setCurrentIndex(window.grid.results.index(0))
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    preview = window.preview
    assert preview is not None and preview.isVisible() and not preview.isModal()
    first = window.grid.results.result(0).path
    qtbot.waitUntil(lambda: preview.loaded_path == first, timeout=WAIT_MS)
    assert preview.fields["dimensions"].text() == "640 × 480 px"
    assert "%" not in preview.fields["match"].text()
    preview.view.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    second = window.grid.results.result(1).path
    assert preview.row == 1 and window.grid.current_row() == 1
    qtbot.waitUntil(lambda: preview.loaded_path == second, timeout=WAIT_MS)
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    assert preview.row == 0
    qtbot.waitUntil(lambda: preview.loaded_path == first, timeout=WAIT_MS)
    qtbot.keyClick(preview, Qt.Key.Key_Left)  # already at the first: stays
    assert preview.row == 0 and not preview.prev_button.isEnabled()


def test_preview_find_similar(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "flores rojas")
    window.open_preview(0)
    preview = window.preview
    assert preview is not None
    photo = window.grid.results.result(0).path
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.mouseClick(preview.similar_button, Qt.MouseButton.LeftButton)
    assert photo not in result_paths(window)
    assert preview.current is not None and preview.current.path == photo  # still shown
    preview.close()


def test_a_photo_missing_from_this_computer_gets_a_placeholder(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    gone = SearchResult("f" * 64, 0.31, (str(tmp_path / "elsewhere" / "beach.jpg"),))
    # The timeline comes first (the window shows the library when it opens); then this.
    qtbot.waitUntil(lambda: window.grid.results.photo_count() == 18, timeout=WAIT_MS)
    window.grid.show_results([gone], window.generation)
    window.stack.setCurrentWidget(window.grid)
    qtbot.waitUntil(lambda: window.loader.state(gone.content_hash) == ThumbState.MISSING)
    menu = window.build_context_menu(0)
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled == {
        "Find similar": True,
        "More like this": True,
        "Less like this": False,  # the timeline has no search to refine
        "Open": False,
        "Show in folder": False,
        "Copy path": True,
        "Copy image": False,
        "Export the list…": True,
    }
    menu.deleteLater()
    window.open_preview(0)
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(lambda: "not on this computer" in preview.view.message, timeout=WAIT_MS)
    preview.close()


# -- zoom and shortcuts --------------------------------------------------------------------------
def test_zoom_is_kept_in_the_window_state(
    qtbot: Any, window: MainWindow, indexed_library: Library
) -> None:
    settings_before = indexed_library.paths.settings_file.read_bytes()
    start = window.grid.thumb_size
    window.commands.zoom_in_action.trigger()
    assert window.grid.thumb_size == start + 32 == window.zoom.value()
    assert window.saver.state.thumbnail_size == start + 32
    window.zoom.setValue(10_000)
    assert window.grid.thumb_size == 320
    window.zoom.setValue(0)
    assert window.grid.thumb_size == 96
    qtbot.waitUntil(lambda: indexed_library.ui_state().thumbnail_size == 96, timeout=WAIT_MS)
    assert indexed_library.paths.settings_file.read_bytes() == settings_before


def test_keyboard_shortcuts(qtbot: Any, window: MainWindow) -> None:
    def keys(action: Any) -> set[str]:
        return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}

    assert "Ctrl+F" in keys(window.commands.focus_action)
    assert "Ctrl+O" in keys(window.commands.image_search_action)
    assert "Ctrl+," in keys(window.commands.settings_action)
    assert {"Ctrl++", "Ctrl+="} <= keys(window.commands.zoom_in_action)
    assert "Ctrl+-" in keys(window.commands.zoom_out_action)
    assert "Ctrl+V" in keys(window.commands.paste_action)
    window.activateWindow()
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.edit.hasFocus()


# -- states ----------------------------------------------------------------------------------
def test_a_fresh_library_asks_for_a_folder(
    make_window: Callable[..., MainWindow], library: Library
) -> None:
    window = make_window(library)
    assert window.state_view.state is State.NO_FOLDERS
    assert window.state_view.button.text() == "Add a folder…"
    assert window.state_view.action is Action.ADD_FOLDER
    assert window.summary_label.text().startswith("0 photos")


def test_no_api_key_says_where_to_enter_one(
    make_window: Callable[..., MainWindow],
    library: Library,
    photo_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("JINA_API_KEY")
    library.add_folder(photo_dir)
    window = make_window(library)
    assert window.state_view.state is State.NO_KEY
    assert window.state_view.action is Action.OPEN_SETTINGS
    assert window.commands.settings_action.isEnabled()


def test_nothing_indexed_then_index_now(
    qtbot: Any, make_window: Callable[..., MainWindow], library: Library, photo_dir: Path
) -> None:
    library.add_folder(photo_dir)
    window = make_window(library)
    assert window.state_view.state is State.NOTHING_INDEXED
    assert window.state_view.action is Action.INDEX_NOW
    with (
        qtbot.waitSignal(window.status_changed, timeout=60_000),  # after the run
        qtbot.waitSignal(window.indexer.finished, timeout=60_000),
    ):
        qtbot.mouseClick(window.state_view.button, Qt.MouseButton.LeftButton)
        assert window.state_view.state is State.INDEXING
    qtbot.waitUntil(lambda: window.state_view.state is State.READY, timeout=WAIT_MS)
    assert window.summary_label.text().startswith("18 photos")
    assert search(qtbot, window, "flores rojas")


def test_nothing_found(
    qtbot: Any, make_window: Callable[..., MainWindow], library: Library, tmp_path: Path
) -> None:
    from tests.synthetic import make_many

    folder = tmp_path / "emptied"
    (only,) = make_many(folder, 1)
    library.add_folder(folder)
    assert library.index().error is None
    only.unlink()  # the index stays active, and holds nothing now
    report = library.index()
    assert report.error is None and report.progress.sync_removed == 1
    window = make_window(library)
    assert search(qtbot, window, "flores rojas") == []
    assert window.state_view.state is State.NOTHING_FOUND
    assert "another language" in window.state_view.message.text()
    qtbot.mouseClick(window.state_view.button, Qt.MouseButton.LeftButton)
    assert window.search_bar.edit.hasFocus()


def test_store_error_then_retry(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    indexed_library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_status = indexed_library.status

    def down() -> Any:
        raise StoreUnavailable("Cannot reach Elasticsearch at https://es.example:9200.")

    monkeypatch.setattr(indexed_library, "status", down)
    window = make_window(indexed_library)
    assert window.state_view.state is State.STORE_ERROR
    assert "es.example" in window.state_view.message.text()
    assert window.state_view.button.text() == "Retry"
    monkeypatch.setattr(indexed_library, "status", real_status)
    with qtbot.waitSignal(window.status_changed, timeout=WAIT_MS):
        qtbot.mouseClick(window.state_view.button, Qt.MouseButton.LeftButton)
    assert window.state_view.state is State.READY


def test_a_store_that_does_not_answer_shows_why(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    indexed_library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = indexed_library.store
    real = store.active

    def down(*args: Any) -> Any:
        raise StoreUnavailable("Cannot reach Elasticsearch at https://es.example:9200.")

    monkeypatch.setattr(store, "active", down)
    window = make_window(indexed_library)
    assert window.state_view.state is State.STORE_ERROR
    assert "es.example" in window.state_view.message.text()
    assert "18 photos" in window.summary_label.text()  # local counts still shown
    assert "unreachable" in window.summary_label.text()
    assert window.state_view.second_button.text() == "Open settings"
    monkeypatch.setattr(store, "active", real)
    with qtbot.waitSignal(window.status_changed, timeout=WAIT_MS):
        window.state_view.button.click()
    assert window.state_view.state is State.READY


def test_search_error_from_the_store_offers_retry(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.library.store
    real = store.search

    def down(*args: Any, **kwargs: Any) -> Any:
        raise StoreUnavailable("The cluster is not answering.")

    monkeypatch.setattr(store, "search", down)
    with qtbot.waitSignal(window.search_failed, timeout=WAIT_MS):
        window.search_text("flores rojas")
    assert window.state_view.state is State.STORE_ERROR
    monkeypatch.setattr(store, "search", real)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.state_view.button.click()
    assert window.stack.currentWidget() is window.grid


# -- the dialogs built alongside -----------------------------------------------------------
def test_settings_change_of_size_rebuilds_without_model_calls(
    qtbot: Any, window: MainWindow, indexed_library: Library, fake_jina: Any
) -> None:
    calls = len(fake_jina.log)
    outcome = indexed_library.save(ChangeSet({"embedding.dims": 128}))
    with qtbot.waitSignal(window.indexer.finished, timeout=60_000):
        window.settings_applied(outcome)
    qtbot.waitUntil(
        lambda: window.status is not None and window.status.active_dims == 128, timeout=WAIT_MS
    )
    assert len(fake_jina.log) == calls  # rebuilt from the cached full vectors
    assert "128 dims" in window.summary_label.text()
    paths = search(qtbot, window, "flores rojas")
    assert [scene_of(p) for p in paths[:3]] == ["red"] * 3


def test_settings_applied_while_indexing_waits_for_the_run(
    qtbot: Any, window: MainWindow, indexed_library: Library, photo_dir: Path
) -> None:
    from tests.synthetic import make_many

    make_many(photo_dir / "more", 40)
    assert window.index_now()
    window.settings_applied(indexed_library.save(ChangeSet({"embedding.dims": 256})))
    qtbot.waitUntil(
        lambda: window.status is not None and window.status.active_dims == 256, timeout=60_000
    )
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=60_000)


def test_a_folder_added_in_settings_gets_indexed(
    qtbot: Any, window: MainWindow, indexed_library: Library, tmp_path: Path
) -> None:
    from tests.synthetic import make_photos

    more = tmp_path / "more"
    make_photos(more, per_scene=1)
    outcome = indexed_library.save(ChangeSet(add_folders=(str(more),)))
    with qtbot.waitSignal(window.indexer.finished, timeout=60_000) as done:
        window.settings_applied(outcome)
    assert done.args[0].progress.indexed == 6
    qtbot.waitUntil(lambda: "24 photos" in window.summary_label.text(), timeout=WAIT_MS)


def test_settings_and_problems_dialogs_open(qtbot: Any, window: MainWindow) -> None:
    if not window.commands.settings_action.isEnabled():
        pytest.skip("settings_dialog is not there yet")
    dialog = window.open_settings()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    problems = window.open_problems()
    assert problems is not None and problems.isVisible()
    problems.close()


def test_first_run_completion_starts_indexing(
    qtbot: Any, make_window: Callable[..., MainWindow], library: Library, photo_dir: Path
) -> None:
    window = make_window(library, first_run=True)
    dialog = window.first_run_dialog
    if dialog is None:
        pytest.skip("first_run is not there yet")
    assert dialog.isVisible()
    with (
        qtbot.waitSignal(window.indexer.finished, timeout=60_000),
        qtbot.waitSignal(dialog.completed, timeout=WAIT_MS),
    ):
        with qtbot.waitSignal(dialog.folders_page.folders.placed, timeout=WAIT_MS):
            dialog.add_folder(str(photo_dir))
        dialog.accept()
    assert window.saver.state.first_run_done
    qtbot.waitUntil(lambda: window.state_view.state is State.READY, timeout=WAIT_MS)


# -- closing ---------------------------------------------------------------------------------
def test_closing_while_indexing_stops_everything(
    qtbot: Any, make_window: Callable[..., MainWindow], library: Library, tmp_path: Path
) -> None:
    from tests.synthetic import make_many

    make_many(tmp_path / "many", 60)
    library.add_folder(tmp_path / "many")
    window = make_window(library)
    with qtbot.waitSignal(window.indexer.progress, timeout=WAIT_MS):
        window.index_now()
    window.search_text("flores rojas")  # a search in flight too
    window.close()
    assert not window.indexer.running
    assert not [t for t in threading.enumerate() if t.name.startswith(("ps-gui", "ps-indexing"))]
    assert window.loader.closed


def test_window_icon_and_names(qtbot: Any, window: MainWindow) -> None:
    from photoseek.gui.app import app_icon, set_identity

    set_identity()
    assert QApplication.applicationName() == "Photoseek"
    assert QApplication.organizationName() == "Photoseek"
    assert not app_icon().isNull()
    assert window.windowTitle() == "Photoseek"


def test_pasted_image_encoding_keeps_a_small_payload() -> None:
    from photoseek.gui.thumbnails import encode_query_image

    image = QImage(3000, 2000, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    data = encode_query_image(image)
    from io import BytesIO

    with Image.open(BytesIO(data)) as decoded:
        assert max(decoded.size) == 1024
        assert decoded.convert("RGB").getpixel((5, 5)) == (255, 255, 255)  # flattened on white


def test_a_translation_for_the_system_language_is_used(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from PySide6.QtCore import QLocale

    from photoseek.gui import app as app_module
    from photoseek.gui.states import StateView

    beside = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "photoseek_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>StateView</name><message><source>No photo folders yet</source>"
        "<translation>Noch keine Fotoordner</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "photoseek_de.qm")], check=True)
    monkeypatch.setattr(app_module, "TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert app is not None
    installed = app_module.install_translators(app, QLocale(QLocale.Language.German))
    try:
        assert installed
        view = StateView()
        qtbot.addWidget(view)
        view.show_state(State.NO_FOLDERS)
        assert view.title.text() == "Noch keine Fotoordner"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


RUN_APP_SCRIPT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)  # run_app uses this one
from photoseek.gui.app import run_app
from photoseek.gui import clipboard
from photoseek.gui.main_window import MainWindow
seen = {}
deadline = time.monotonic() + 20

def close_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if w.isVisible()), None)
    if window is not None and window.status is not None or time.monotonic() > deadline:
        if window is not None:
            seen["state"] = window.state_view.state.value
            seen["first_run"] = window.first_run_dialog is not None
            seen["icon"] = not window.windowIcon().isNull()
            seen["name"] = QApplication.applicationName()
            window.close()
        QApplication.quit()
    else:
        QTimer.singleShot(20, close_when_ready)

QTimer.singleShot(0, close_when_ready)
code = run_app(sys.argv)
print("SEEN", sorted(seen.items()), "EXIT", code)
"""


def test_run_app_opens_the_window_and_asks_for_a_first_setup(fake_jina: Any) -> None:
    """`photoseek` with no arguments: the window opens, a fresh library gets the first-run
    dialog, and closing the window ends the event loop with exit code 0.

    In a child process: once an application's exec() has returned, Qt ends every later
    event loop at once, which would break the tests that follow in this process.
    """
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUN_APP_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    noise = [line for line in done.stderr.splitlines() if "plugin does not support" not in line]
    assert noise == []  # no warnings from Qt or Python on the way up and down
    assert (
        "SEEN [('first_run', True), ('icon', True), ('name', 'Photoseek'), "
        "('state', 'no_folders')] EXIT 0"
    ) in done.stdout, done.stdout + done.stderr


def test_the_window_closes_in_time_while_a_request_hangs(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    fake_jina: Any,
    tmp_path: Path,
) -> None:
    import time

    from tests.synthetic import make_many

    make_many(tmp_path / "many", 40)
    library.add_folder(tmp_path / "many")
    window = make_window(library)
    fake_jina.hold()  # the API takes the requests and never answers
    try:
        window.index_now()
        qtbot.waitUntil(lambda: fake_jina.waiting > 0, timeout=WAIT_MS)
        window.search_text("flores rojas")  # a search waiting on the API too
        qtbot.waitUntil(lambda: fake_jina.waiting > 1, timeout=WAIT_MS)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 3.0
        assert window.busy_label.text() == "Stopping…"
        assert not window.isVisible()
        assert not window.indexer.running  # the request was cut off, not waited for
        assert window.background_threads() == []
    finally:
        fake_jina.release()


def stuck_pixels(cache_dir: str, *args: Any) -> GridPixels:
    """Runs in a thumbnail helper: no thumbnail until the test drops a file in the cache."""
    while not (Path(cache_dir) / "release").exists():
        time.sleep(0.01)
    return load_grid_pixels(cache_dir, *args)


@pytest.fixture
def stuck_helpers() -> Iterator[ThumbnailHelpers]:
    """Closed after the window that uses them (a fixture set up before `make_window`)."""
    helpers = ThumbnailHelpers(1, work=stuck_pixels)
    yield helpers
    helpers.close()


def test_a_search_never_waits_behind_thumbnails(
    qtbot: Any, stuck_helpers: ThumbnailHelpers, make_window: Any, indexed_library: Library
) -> None:
    """Thumbnails that cannot be made yet (the helper stuck on every one): a search still
    answers, and no thread of the window's process is busy with them."""
    window = make_window(indexed_library, helpers=stuck_helpers)
    qtbot.waitUntil(lambda: window.grid.results.photo_count() == 18, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: stuck_helpers.outstanding > 0, timeout=WAIT_MS)  # the timeline's
    paths = search(qtbot, window, "flores rojas")
    assert [scene_of(p) for p in paths[:3]] == ["red"] * 3
    assert stuck_helpers.outstanding > 0 and window.loader.delivered == 0  # still stuck
    assert window.loader.runner is None  # no thread of the window's could take them
    (indexed_library.paths.thumbnails_dir / "release").touch()
    qtbot.waitUntil(lambda: window.loader.delivered > 0, timeout=WAIT_MS)


def test_a_search_fails_fast_and_names_the_service_it_cannot_reach(
    qtbot: Any, window: MainWindow, indexed_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 5: refused in a few seconds, not after a minute of retries behind 'Searching…'."""
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", "http://127.0.0.1:9/v1/embeddings")
    indexed_library.reconfigure()
    with qtbot.waitSignal(window.search_failed, timeout=5000) as failed:
        window.search_text("a query never asked before")
    assert "Cannot reach the Jina API at http://127.0.0.1:9/v1/embeddings" in failed.args[0]
    assert window.state_view.state is State.SEARCH_ERROR
    assert window.busy_label.text() == ""  # not "Searching…" over the old results
