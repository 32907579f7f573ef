"""What the window says when things are not as they seem: the store's count rather than the
catalog's belief, "still being indexed" rather than "nothing found", removed rather than
written, deleted rather than elsewhere, the right settings tab, messages that do not hide the
library summary, and a cleared search that clears its results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStatusTipEvent

from photoseek.gui.indexing_panel import IndexingStatus
from photoseek.gui.main_window import EMBEDDING_TAB, STORE_TAB, MainWindow
from photoseek.gui.states import State
from photoseek.indexing import Progress
from photoseek.library import Library
from photoseek.records import SearchResult
from photoseek.stores import StoreUnavailable
from tests.gui.conftest import WAIT_MS, search


def test_the_summary_counts_what_the_store_holds(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library
) -> None:
    name = indexed_library.spec().name
    held = sorted(indexed_library.store.ids(name))
    indexed_library.store.delete(name, held[:5])  # lost behind the app's back
    window = make_window(indexed_library)
    assert window.summary_label.text().startswith("13 of 18 photos searchable")
    with qtbot.waitSignal(window.indexer.finished, timeout=WAIT_MS):
        window.index_now()  # reconciles: the 5 are sent again from the cache
    qtbot.waitUntil(lambda: window.summary_label.text().startswith("18 photos"), timeout=WAIT_MS)
    assert "lost 5 photos" in window.indexing_status.state_text()


def test_messages_do_not_hide_the_library_summary(window: MainWindow) -> None:
    summary = window.summary_label.text()
    window.tell("Added /photos", 5000)
    assert window.message_label.text() == "Added /photos"
    assert window.summary_label.isVisible() and window.summary_label.text() == summary
    QCoreApplication.sendEvent(window, QStatusTipEvent("Add a folder of photos to the library"))
    assert window.message_label.text() == "Add a folder of photos to the library"
    assert window.summary_label.isVisible()
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))  # the pointer left the menu item
    assert window.message_label.text() == ""


def test_open_settings_under_a_key_problem_opens_the_embedding_tab(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    photo_dir: Path,
    monkeypatch: Any,
) -> None:
    monkeypatch.delenv("JINA_API_KEY")
    library.add_folder(photo_dir)
    window = make_window(library)
    assert window.state_view.state is State.NO_KEY
    qtbot.mouseClick(window.state_view.button, Qt.MouseButton.LeftButton)
    assert window.dialogs.settings is not None
    assert window.dialogs.settings.tabs.currentIndex() == EMBEDDING_TAB
    assert "Embedding" in window.dialogs.settings.tabs.tabText(EMBEDDING_TAB)
    window.dialogs.settings.close()
    window.show_state(State.STORE_ERROR, "down")
    qtbot.mouseClick(window.state_view.second_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialogs.settings is not None)
    assert window.dialogs.settings.tabs.currentIndex() == STORE_TAB
    assert "Store" in window.dialogs.settings.tabs.tabText(STORE_TAB)
    window.dialogs.settings.close()


def test_a_cleared_search_clears_its_results(qtbot: Any, window: MainWindow) -> None:
    assert search(qtbot, window, "flores rojas")
    edit = window.search_bar.edit
    edit.clear()
    # Enter on an empty field: back to the timeline, never the stale results.
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.query is not None and window.query.is_browse
    assert window.grid.results.photo_count() == 18  # the whole library, by date
    assert search(qtbot, window, "blue sky")
    from PySide6.QtWidgets import QToolButton

    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        edit.findChild(QToolButton).click()  # the ✕ Qt draws in the field
    assert edit.text() == "" and window.query is not None and window.query.is_browse


def test_a_search_while_the_first_run_indexes_says_so_and_runs_again(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    tmp_path: Path,
    fake_jina: Any,
) -> None:
    from tests.synthetic import make_many

    make_many(tmp_path / "many", 24)
    library.apply({"embedding.batch_size": 4, "embedding.concurrency": 1})
    library.add_folder(tmp_path / "many")
    window = make_window(library)
    fake_jina.latency = 0.15  # a first run that takes a moment
    with qtbot.waitSignal(window.indexer.started, timeout=WAIT_MS):
        window.index_now()
    edit = window.search_bar.edit
    qtbot.keyClicks(edit, "red flowers")
    with qtbot.waitSignal(window.search_failed, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.indexer.running
    assert window.state_view.state is State.STILL_INDEXING
    assert "still being indexed" in window.state_view.title.text()
    assert "runs again by itself" in window.state_view.message.text()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):  # the same query, again
        pass
    assert window.grid.results.rowCount() > 0
    assert window.stack.currentWidget() is window.grid


def test_the_end_of_a_run_says_removed_not_written(qapp: Any) -> None:
    panel = IndexingStatus()
    try:
        removed = panel.final_summary(Progress(folders=1, sync_removed=24))
        assert "24 photos removed" in removed and "written" not in removed
        both = panel.final_summary(Progress(folders=1, sync_written=3, sync_removed=2))
        assert "3 photos written" in both and "2 photos removed" in both
        assert "No photo folders yet" in panel.final_summary(Progress(folders=0))
        refused = panel.final_summary(Progress(folders=1, total=8, indexed=8, sync_failed=2))
        assert "refused 2 photos" in refused
    finally:
        panel.deleteLater()


def test_a_missing_photo_says_whether_it_was_deleted_or_is_elsewhere(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    deleted = SearchResult("d" * 64, 0.3, (str(here / "gone.jpg"),))
    elsewhere = SearchResult("e" * 64, 0.3, (str(tmp_path / "unplugged" / "beach.jpg"),))
    window.grid.show_results([deleted, elsewhere], window.generation)
    window.stack.setCurrentWidget(window.grid)
    loader = window.loader
    qtbot.waitUntil(lambda: loader.file_missing("d" * 64) and loader.file_missing("e" * 64))
    assert loader.missing_text("d" * 64) == "Deleted or moved"
    assert loader.missing_text("e" * 64) == "Not on this computer"


def test_the_store_error_state_still_reads_the_same(window: MainWindow) -> None:
    from photoseek.gui.window_status import problem_state

    state, detail = problem_state(StoreUnavailable("Cannot reach Elasticsearch at x."))
    assert state is State.STORE_ERROR and detail.startswith("Cannot reach")


def test_dates_under_the_c_locale_are_unambiguous(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from photoseek.gui.grid import format_taken

    before = QLocale()
    try:
        # The month is spelt out, so neither 7/11 nor 11/7 can be misread, in any locale.
        QLocale.setDefault(QLocale.c())
        assert format_taken("2000-11-07T10:30:00") == "7 November 2000 10:30"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert "7 noviembre 2000" in format_taken("2000-11-07T10:30:00")
    finally:
        QLocale.setDefault(before)
