"""The results grid: the view over `ResultsModel`, painted by `ThumbnailDelegate`.

No widget per photo and no work proportional to the number of results when scrolling: the
view asks the delegate to paint the rows on screen, the delegate paints a cached pixmap or a
placeholder and asks the loader for what is missing. Several photos can be selected
(Ctrl/Shift-click, Ctrl+A, a rubber band); a timeline or a date sort shows month headers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

from photoseek.gc_policy import freeze_long_lived
from photoseek.gui.grid_delegate import (
    DEFAULT_THUMB,
    MAX_THUMB,
    MIN_THUMB,
    PADDING,
    ThumbnailDelegate,
    format_location,
    format_score,
    format_taken,
    match_bar,
    tooltip_html,
)
from photoseek.gui.results_model import AnyIndex, ResultsModel, Role
from photoseek.gui.thumbnails import ThumbnailLoader
from photoseek.imaging import SUPPORTED_EXTENSIONS
from photoseek.records import SearchResult

__all__ = [
    "DEFAULT_THUMB",
    "MAX_THUMB",
    "MIN_THUMB",
    "AnyIndex",
    "PhotoGrid",
    "ResultsModel",
    "Role",
    "ThumbnailDelegate",
    "accept_image_drag",
    "accepts_image_drop",
    "format_location",
    "format_score",
    "format_taken",
    "handle_image_drop",
    "local_image_files",
    "match_bar",
    "take_image_drop",
    "tooltip_html",
]


# -- view ----------------------------------------------------------------------------------
def local_image_files(urls: Sequence[Any]) -> list[str]:
    """Local files among dropped or pasted URLs whose names look like images (no disk I/O)."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if os.path.splitext(path)[1].lower() in SUPPORTED_EXTENSIONS:
                out.append(path)
    return out


class PhotoGrid(QListView):
    """The grid of results. Emits what the user asks for; the window does it."""

    context_menu_requested = Signal(int, QPoint)  # row, global position
    open_requested = Signal(int)  # row (double-click, Enter, Space)
    reached_end = Signal()  # scrolled to (near) the last row: time to load more
    files_dropped = Signal(list)  # local image paths
    image_dropped = Signal(QImage)

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.results = ResultsModel(self)
        self.delegate = ThumbnailDelegate(loader, self)
        self.setModel(self.results)
        self.setItemDelegate(self.delegate)

        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setSpacing(0)
        # Ctrl/Shift-click, Ctrl+A and a rubber band from empty space.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # hover highlight
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setAccessibleName(QCoreApplication.translate("PhotoGrid", "Search results"))
        self._fit_grid()

        loader.ready.connect(self._thumbnail_ready)
        self.activated.connect(lambda index: self.open_requested.emit(index.row()))
        self.verticalScrollBar().valueChanged.connect(self._check_end)
        self.verticalScrollBar().rangeChanged.connect(lambda _lo, _hi: self._check_end())

    # -- size ---------------------------------------------------------------------------
    @property
    def thumb_size(self) -> int:
        return self.delegate.thumb_size

    def set_thumb_size(self, px: int) -> None:
        px = max(MIN_THUMB, min(MAX_THUMB, int(px)))
        if px == self.delegate.thumb_size:
            return
        self.delegate.thumb_size = px
        self.loader.new_generation()  # queued loads were for the old size
        self._fit_grid()
        self.verticalScrollBar().setSingleStep(max(20, px // 4))
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)

    def set_overlay(self, on: bool) -> None:
        """Score bar, file name and date over each thumbnail."""
        self.delegate.overlay = on
        self.viewport().update()

    # -- results ------------------------------------------------------------------------
    def show_results(
        self,
        results: Sequence[SearchResult],
        generation: int,
        *,
        grouped: bool = False,
        floor: float | None = None,
        by_name: frozenset[str] = frozenset(),
    ) -> None:
        self.loader.new_generation()
        if grouped != self.results.grouped:
            # Headers need their own line: items of their own sizes instead of a fixed grid.
            self.setUniformItemSizes(not grouped)
        self.results.set_results(results, generation, grouped=grouped, floor=floor, by_name=by_name)
        freeze_long_lived()  # they live until the next search: no full collection walks them
        self._fit_grid()
        self.scrollToTop()
        if self.results.photo_count():
            self.setCurrentIndex(self.results.index(self.results.row_of_photo(0)))
            self.selectionModel().clearSelection()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() and not self.results.is_header(index.row()) else -1

    def selected_rows(self) -> list[int]:
        """Selected photo rows in grid order; the current photo when nothing is selected."""
        rows = sorted(
            i.row() for i in self.selectionModel().selectedIndexes()
            if not self.results.is_header(i.row())
        )  # fmt: skip
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def selected_results(self) -> list[SearchResult]:
        return [self.results.result(r) for r in self.selected_rows()]

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select exactly these rows (tests, and restoring a selection)."""
        model = self.selectionModel()
        model.clearSelection()
        flag = QItemSelectionModel.SelectionFlag.Select
        for r in rows:
            model.select(self.results.index(r), flag)
        if rows:
            model.setCurrentIndex(
                self.results.index(rows[-1]), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def visible_rows(self) -> range:
        """The rows whose cells intersect the viewport: from the first cell's row to the last
        cell's, two lookups whatever the number of cells (it runs for every thumbnail that
        arrives, so it must cost next to nothing)."""
        n = self.results.rowCount()
        vp = self.viewport().rect()
        first = self.indexAt(QPoint(self.delegate.cell_size().width() // 2, PADDING))
        if not first.isValid():
            first = self.indexAt(QPoint(PADDING, PADDING))
        if not n or not first.isValid():
            return range(0)
        last = first.row()
        while last + 1 < n and self.visualRect(self.results.index(last + 1)).intersects(vp):
            last += 1
        return range(first.row(), last + 1)

    def _thumbnail_ready(self, content_hash: str) -> None:
        """Repaint just the cells on screen that show this photo (O(cells on screen)).

        Qt merges the dirty rectangles of one event-loop turn into one paint, which draws
        only the items inside them.
        """
        for row in self.visible_rows():
            if self.results.is_header(row):
                continue
            if self.results.result(row).content_hash == content_hash:
                self.viewport().update(self.visualRect(self.results.index(row)))

    def _check_end(self, _value: int = 0) -> None:
        bar = self.verticalScrollBar()
        if self.results.rowCount() and bar.value() >= bar.maximum() - self.viewport().height():
            self.reached_end.emit()

    def _fit_grid(self) -> None:
        """Spread the columns over the whole width (cells stay square, thumbnails centred).

        The width is taken as if the scroll bar were shown, so the scroll bar appearing or
        going never changes the number of columns (no layout ping-pong while resizing).
        """
        side = self.delegate.thumb_size + 2 * PADDING
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.contentsRect().width() - bar - 1
        columns = max(1, width // side)
        self.delegate.row_width = max(side, width)
        if self.results.grouped:
            self.delegate.cell_width = max(side, width // columns)
            if self.gridSize().isValid():
                self.setGridSize(QSize())
            self.scheduleDelayedItemsLayout()
            return
        self.delegate.cell_width = 0
        grid = QSize(max(side, width // columns), side)
        if grid != self.gridSize():
            self.setGridSize(grid)  # lays the items out again

    def paintEvent(self, e: QPaintEvent) -> None:
        self.loader.begin_batch()  # this paint's thumbnail requests are served together
        super().paintEvent(e)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit_grid()
        self._check_end()

    # -- input --------------------------------------------------------------------------
    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if e.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(e.pos())
            pos = e.globalPos()
        else:  # keyboard: the menu key, Shift+F10
            index = self.currentIndex()
            pos = self.viewport().mapToGlobal(self.visualRect(index).center())
        if index.isValid() and not self.results.is_header(index.row()):
            if not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)  # a click outside the selection selects that one
            else:
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
            self.context_menu_requested.emit(index.row(), pos)
            e.accept()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        current = self.current_row()
        key, mods = e.key(), e.modifiers()
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and current >= 0
            and (mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier))
        ):
            self.open_requested.emit(current)
            e.accept()
            return
        if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier and current >= 0:
            rect = self.visualRect(self.currentIndex())
            event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, rect.center(),
                                      self.viewport().mapToGlobal(rect.center()))  # fmt: skip
            self.contextMenuEvent(event)
            e.accept()
            return
        super().keyPressEvent(e)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        accept_image_drag(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        accept_image_drag(e)

    def dropEvent(self, e: QDropEvent) -> None:
        take_image_drop(e, self)


def accepts_image_drop(mime: Any) -> bool:
    if mime is None:
        return False
    if mime.hasUrls() and local_image_files(mime.urls()):
        return True
    return bool(mime.hasImage())


def accept_image_drag(e: QDragMoveEvent | QDragEnterEvent) -> bool:
    """Accept a drag that carries image files or image data (dragEnter and dragMove)."""
    if accepts_image_drop(e.mimeData()):
        e.acceptProposedAction()
        return True
    e.ignore()
    return False


def take_image_drop(e: QDropEvent, grid: PhotoGrid) -> bool:
    """A drop anywhere in the window becomes the grid's picture query."""
    if handle_image_drop(e.mimeData(), grid.files_dropped, grid.image_dropped):
        e.acceptProposedAction()
        return True
    e.ignore()
    return False


def handle_image_drop(mime: Any, files_signal: Any, image_signal: Any) -> bool:
    """Emit the dropped image files or image data; False if there was neither."""
    if mime is None:
        return False
    if mime.hasUrls():
        files = local_image_files(mime.urls())
        if files:
            files_signal.emit(files)
            return True
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            image_signal.emit(image)
            return True
    return False
