"""The results model, the delegate and the grid view (no library needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from photoseek.gui.grid import (
    MAX_THUMB,
    MIN_THUMB,
    PhotoGrid,
    ResultsModel,
    Role,
    ThumbnailDelegate,
    match_bar,
    tooltip_html,
)
from photoseek.gui.thumbnails import MAX_QUEUED, ThumbnailLoader
from photoseek.records import PhotoMeta, SearchResult
from tests.gui.test_thumbnails import HeldRunner


def results(n: int, start: int = 0, folder: str = "/photos") -> list[SearchResult]:
    return [
        SearchResult(
            f"{i:064x}",
            round(0.5 - i * 1e-6, 6),
            (f"{folder}/{i // 1000:03d}/p{i:06d}.jpg",),
            1_234_567,
            PhotoMeta(4000, 3000, "2024-05-01T13:45:00", "Canon EOS R6", 48.85, 2.35),
        )
        for i in range(start, start + n)
    ]


# -- model ---------------------------------------------------------------------------------
@pytest.mark.parametrize("python_tester", [False, True], ids=["qt-tester", "py-tester"])
def test_model_passes_the_model_tester(qtmodeltester: Any, python_tester: bool) -> None:
    model = ResultsModel()
    qtmodeltester.check(model, force_py=python_tester)
    model.set_results(results(30), generation=1)
    assert model.append(results(20, start=30)) == 20
    assert model.append(results(25, start=40)) == 15  # 40..49 are already shown
    assert model.rowCount() == 65
    model.clear()
    assert model.rowCount() == 0
    model.set_results(results(3), generation=2)
    assert model.generation == 2


def test_model_roles(qtbot: Any) -> None:
    model = ResultsModel()
    model.set_results(results(3), generation=7)
    i = model.index(1)
    r = model.result(1)
    assert model.data(i, Qt.ItemDataRole.DisplayRole) == "p000001.jpg"
    assert model.data(i, Role.PATH) == r.path
    assert model.data(i, Role.SCORE) == r.score
    assert model.data(i, Role.HASH) == r.content_hash
    assert model.data(i, Role.META) == r.meta
    assert model.data(i, Role.RESULT) is r
    assert model.data(model.index(5), Role.PATH) is None
    assert model.rows_for_hash(r.content_hash) == [1]
    names = model.roleNames()
    assert bytes(names[int(Role.PATH)].data()) == b"path"
    flags = model.flags(i)
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsEnabled


def test_tooltip_shows_the_facts_and_never_a_percentage(qtbot: Any) -> None:
    model = ResultsModel()
    model.set_results(results(2), generation=1)
    tip = model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "/photos/000/p000001.jpg" in tip
    assert "Canon EOS R6" in tip
    assert "2024" in tip
    assert "0.500" in tip  # the raw score, 3 decimals
    assert "%" not in tip
    odd = SearchResult("0" * 64, 0.1, ("/a/<b>.jpg",))
    assert "&lt;b&gt;" in tooltip_html(odd, 0.2)


def test_match_bar_is_relative_to_the_best_match() -> None:
    assert match_bar(0.4, 0.4) == "▰" * 10
    assert match_bar(0.2, 0.4) == "▰" * 5 + "▱" * 5
    assert match_bar(0.0, 0.4) == "▱" * 10
    assert match_bar(0.3, 0.0) == "▱" * 10


# -- view ------------------------------------------------------------------------------------
class CountingDelegate(ThumbnailDelegate):
    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__(loader)
        self.size_hints = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        self.size_hints += 1
        return super().sizeHint(option, index)


class CountingModel(ResultsModel):
    def __init__(self) -> None:
        super().__init__()
        self.data_calls = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.data_calls += 1
        return super().data(index, role)


@pytest.fixture
def grid(qtbot: Any, tmp_path: Path) -> PhotoGrid:
    held = HeldRunner()  # thumbnails are requested, never made: this counts the asking
    loader = ThumbnailLoader(held, tmp_path / "cache")  # type: ignore[arg-type]
    view = PhotoGrid(loader)
    delegate = CountingDelegate(loader)
    view.delegate = delegate
    view.setItemDelegate(delegate)
    model = CountingModel()
    view.results = model
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def settle(qtbot: Any, view: PhotoGrid) -> None:
    """Let batched layout finish and paint once."""
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0 or view.results.rowCount() < 30)
    for _ in range(3):
        QApplication.processEvents()
    view.viewport().repaint()
    qtbot.wait(1)


def test_a_hundred_thousand_results_cost_only_what_is_on_screen(
    qtbot: Any, grid: PhotoGrid
) -> None:
    loader = grid.loader
    grid.show_results(results(100_000), generation=1)
    last = grid.results.index(100_000 - 1)
    qtbot.waitUntil(lambda: grid.visualRect(last).isValid(), timeout=10_000)  # batched layout
    settle(qtbot, grid)
    visible = len(grid.visible_rows())
    assert 20 <= visible <= 60
    assert grid.delegate.size_hints < 50  # uniform item sizes: not one per row
    model = grid.results
    assert isinstance(model, CountingModel)
    assert model.data_calls < 1000  # nothing asks every row for its data
    assert model._row_of is None  # no per-row index built just to show an answer
    assert loader.requests <= visible + 12  # only rows on screen asked for thumbnails
    assert loader.in_flight <= loader.max_in_flight

    bar = grid.verticalScrollBar()
    steps = 40
    before = loader.requests
    painted = grid.delegate.paints
    for step in range(1, steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        grid.viewport().repaint()
    qtbot.wait(1)
    asked = loader.requests - before
    assert asked <= (visible + 12) * steps
    assert grid.delegate.paints - painted <= (visible + 12) * steps * 2
    assert loader.queued <= MAX_QUEUED
    assert model.data_calls < 1000
    # What is on screen now is served next, before the rows scrolled past.
    on_screen = {grid.results.result(r).content_hash for r in grid.visible_rows()}
    assert loader._next().key.content_hash in on_screen

    # A new search replaces everything at once and forgets queued requests.
    grid.show_results(results(100_000, start=200_000), generation=2)
    assert loader.queued == 0
    assert grid.verticalScrollBar().value() == 0


def test_zoom_changes_the_cell_size_and_the_requests(qtbot: Any, grid: PhotoGrid) -> None:
    grid.show_results(results(200), generation=1)
    settle(qtbot, grid)
    generation = grid.loader.generation
    grid.set_thumb_size(256)
    assert grid.delegate.cell_size() == QSize(256 + 12, 256 + 12)
    assert grid.gridSize().height() == 268 and grid.gridSize().width() >= 268
    assert grid.loader.generation == generation + 1
    grid.set_thumb_size(10_000)
    assert grid.thumb_size == MAX_THUMB
    grid.set_thumb_size(1)
    assert grid.thumb_size == MIN_THUMB


def test_columns_fill_the_width(qtbot: Any, grid: PhotoGrid) -> None:
    grid.show_results(results(50), generation=1)
    settle(qtbot, grid)
    cell = grid.delegate.cell_size().width()
    spare = grid.viewport().width() - grid.gridSize().width() * (
        grid.viewport().width() // grid.gridSize().width()
    )
    assert grid.gridSize().width() >= cell
    assert spare < cell  # no column-sized gap on the right


def test_keyboard_navigation_and_activation(qtbot: Any, grid: PhotoGrid) -> None:
    grid.show_results(results(50), generation=1)
    settle(qtbot, grid)
    grid.setFocus()
    grid.setCurrentIndex(grid.results.index(0))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_row() > 1
    row = grid.current_row()
    with qtbot.waitSignal(grid.open_requested) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [row]
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        grid.rect().center(),
        grid.mapToGlobal(grid.rect().center()),
    )
    with qtbot.waitSignal(grid.context_menu_requested) as menu:
        QApplication.sendEvent(grid.viewport(), event)
    assert menu.args[0] == row


def test_double_click_opens(qtbot: Any, grid: PhotoGrid) -> None:
    grid.show_results(results(10), generation=1)
    settle(qtbot, grid)
    centre = grid.visualRect(grid.results.index(3)).center()
    with qtbot.waitSignal(grid.open_requested) as opened:
        # QTest's double click needs the first click before it, as a real one has.
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [3]


def test_thumbnail_arrival_repaints_the_screen(qtbot: Any, grid: PhotoGrid) -> None:
    grid.show_results(results(10), generation=1)
    settle(qtbot, grid)
    painted = grid.delegate.paints
    grid.loader.ready.emit(grid.results.result(4).content_hash)
    qtbot.waitUntil(lambda: grid.delegate.paints > painted)


def test_visible_rows_are_exactly_the_cells_on_screen(qtbot: Any, grid: PhotoGrid) -> None:
    """visible_rows() is arithmetic (it runs for every thumbnail that arrives): it must name
    the same rows as asking the view cell by cell, wherever the grid is scrolled."""
    grid.show_results(results(5_000), generation=1)
    last = grid.results.index(5_000 - 1)
    qtbot.waitUntil(lambda: grid.visualRect(last).isValid(), timeout=10_000)
    settle(qtbot, grid)
    bar = grid.verticalScrollBar()
    vp = grid.viewport().rect()
    for step in (0, 1, 7, 19, 20):
        bar.setValue(bar.maximum() * step // 20)
        QApplication.processEvents()
        shown = [
            r
            for r in range(grid.results.rowCount())
            if grid.visualRect(grid.results.index(r)).intersects(vp)
        ]
        assert list(grid.visible_rows()) == shown, step
