"""The results grid: a list model, a delegate that paints cached thumbnails, and the view.

No widget per photo and no work proportional to the number of results when scrolling: the
view asks the delegate to paint the rows on screen, the delegate paints a cached pixmap or a
placeholder and asks the loader for what is missing.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from photoseek.gui.thumbnails import ThumbKey, ThumbnailLoader, ThumbState
from photoseek.imaging import SUPPORTED_EXTENSIONS
from photoseek.records import PhotoMeta, SearchResult

MIN_THUMB, MAX_THUMB, DEFAULT_THUMB = 96, 320, 160
PADDING = 6  # around each thumbnail, logical px

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    PATH = Qt.ItemDataRole.UserRole + 1
    SCORE = Qt.ItemDataRole.UserRole + 2
    HASH = Qt.ItemDataRole.UserRole + 3
    META = Qt.ItemDataRole.UserRole + 4
    RESULT = Qt.ItemDataRole.UserRole + 5


# -- text shown about a photo --------------------------------------------------------------
def format_taken(taken_at: str | None) -> str:
    if not taken_at:
        return ""
    dt = QDateTime.fromString(taken_at, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return taken_at
    return QLocale().toString(dt, QLocale.FormatType.ShortFormat)


def match_bar(score: float, best: float, cells: int = 10) -> str:
    """A relative bar (this score against the best of the answer) — never a percentage.

    Scores are cosine similarities whose scale depends on the kind of query (text→image
    matches are far lower than image→image ones), so only the order means anything.
    """
    filled = 0 if best <= 0 else max(0, min(cells, round(cells * score / best)))
    return "▰" * filled + "▱" * (cells - filled)


def format_score(score: float) -> str:
    return QLocale().toString(float(score), "f", 3)  # "0,812" where the locale says so


def format_location(meta: PhotoMeta) -> str:
    if meta.lat is None or meta.lon is None:
        return ""
    return f"{meta.lat:.5f}, {meta.lon:.5f}"


def tooltip_html(r: SearchResult, best: float) -> str:
    rows = [f"<b>{html.escape(os.path.basename(r.path) or r.path)}</b>"]
    rows.append(html.escape(r.path))
    taken = format_taken(r.meta.taken_at)
    if taken:
        rows.append(QCoreApplication.translate("PhotoGrid", "Taken: {}").format(html.escape(taken)))
    if r.meta.camera:
        rows.append(
            QCoreApplication.translate("PhotoGrid", "Camera: {}").format(html.escape(r.meta.camera))
        )
    rows.append(
        QCoreApplication.translate("PhotoGrid", "Match: {bar} {score}").format(
            bar=match_bar(r.score, best), score=format_score(r.score)
        )
    )
    if len(r.paths) > 1:
        rows.append(
            QCoreApplication.translate("PhotoGrid", "Also at {} other places").format(
                len(r.paths) - 1
            )
        )
    return "<p style='white-space:pre'>" + "<br>".join(rows) + "</p>"


# -- model -----------------------------------------------------------------------------------
class ResultsModel(QAbstractListModel):
    """Search results in rank order. Rows are never edited; pages are appended."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        # Built on first use (paging, preview), so showing an answer costs one list copy:
        # a photo appears once per answer (the store's document id is its content hash).
        self._row_of: dict[str, int] | None = None
        self._best: float | None = None
        self.generation = 0  # the search these rows answer

    # Qt interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        r = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return os.path.basename(r.path) or r.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(r, self.best)
        if role == Role.PATH:
            return r.path
        if role == Role.SCORE:
            return r.score
        if role == Role.HASH:
            return r.content_hash
        if role == Role.META:
            return r.meta
        if role == Role.RESULT:
            return r
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(
            {
                int(Role.PATH): QByteArray(b"path"),
                int(Role.SCORE): QByteArray(b"score"),
                int(Role.HASH): QByteArray(b"contentHash"),
                int(Role.META): QByteArray(b"meta"),
                int(Role.RESULT): QByteArray(b"result"),
            }
        )
        return names

    # Python interface (GUI thread)
    @property
    def results(self) -> Sequence[SearchResult]:
        return self._results

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def set_results(self, results: Sequence[SearchResult], generation: int) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.generation = generation
        self._best = None
        self._row_of = None
        self.endResetModel()

    @property
    def best(self) -> float:
        """The best score of the answer, for relative match bars."""
        if self._best is None:
            self._best = max((r.score for r in self._results), default=0.0)
        return self._best

    def _rows(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {r.content_hash: row for row, r in enumerate(self._results)}
        return self._row_of

    def append(self, results: Sequence[SearchResult]) -> int:
        """Add a further page; photos already shown are left out. Returns rows added."""
        rows = self._rows()
        fresh: dict[str, SearchResult] = {}
        for r in results:
            if r.content_hash not in rows:
                fresh.setdefault(r.content_hash, r)
        if not fresh:
            return 0
        first = len(self._results)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._results.extend(fresh.values())
        for row, h in enumerate(fresh, first):
            rows[h] = row
        self._best = max(self.best, max(r.score for r in fresh.values()))
        self.endInsertRows()
        return len(fresh)

    def clear(self, generation: int | None = None) -> None:
        self.set_results([], self.generation if generation is None else generation)

    def rows_for_hash(self, content_hash: str) -> list[int]:
        row = self._rows().get(content_hash)
        return [] if row is None else [row]


# -- delegate ------------------------------------------------------------------------------
class ThumbnailDelegate(QStyledItemDelegate):
    """Paints the cached thumbnail, or a placeholder while it loads (and asks for it)."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.thumb_size = DEFAULT_THUMB
        self.paints = 0  # for tests: cells painted

    def cell_size(self) -> QSize:
        side = self.thumb_size + 2 * PADDING
        return QSize(side, side)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        if not isinstance(model, ResultsModel) or not 0 <= index.row() < model.rowCount():
            return
        self.paints += 1
        r = model.result(index.row())
        rect: QRect = option.rect
        state: QStyle.StateFlag = option.state
        palette: QPalette = option.palette
        painter.save()
        cell = rect.adjusted(2, 2, -2, -2)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(110)
            _rounded(painter, cell, fill)
        elif state & QStyle.StateFlag.State_MouseOver:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(40)
            _rounded(painter, cell, fill)

        area = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        key = ThumbKey(r.content_hash, max(1, round(self.thumb_size * dpr)))
        pixmap = self.loader.pixmap(key)
        if pixmap is not None:
            pixmap.setDevicePixelRatio(dpr)
            w, h = pixmap.width() / dpr, pixmap.height() / dpr
            x = area.x() + (area.width() - w) / 2
            y = area.y() + (area.height() - h) / 2
            painter.drawPixmap(round(x), round(y), pixmap)
            if self.loader.file_missing(r.content_hash):
                badge = QRect(round(x), round(y + h) - 20, round(w), 20)
                _badge(
                    painter,
                    badge,
                    palette,
                    QCoreApplication.translate("PhotoGrid", "Not on this computer"),
                )
        else:
            known = self.loader.state(r.content_hash)
            # Opaque and square: a screenful of these must cost next to nothing to paint.
            painter.fillRect(area, _placeholder_colour(palette))
            if known == ThumbState.MISSING:
                _centred_text(
                    painter,
                    area,
                    palette,
                    QCoreApplication.translate("PhotoGrid", "Not on this computer"),
                )
            elif known == ThumbState.FAILED:
                _centred_text(
                    painter,
                    area,
                    palette,
                    QCoreApplication.translate("PhotoGrid", "Cannot show this photo"),
                )
            else:
                self.loader.request(key, r.paths or (r.path,))

        if state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell, 6, 6)
        painter.restore()


def _placeholder_colour(palette: QPalette) -> QColor:
    """Base mixed a quarter of the way towards Mid: visible in light and dark themes."""
    a = palette.color(QPalette.ColorRole.Base)
    b = palette.color(QPalette.ColorRole.Mid)
    t = 0.27
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def _rounded(painter: QPainter, rect: QRect, color: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    path.addRoundedRect(rect, 6, 6)
    painter.fillPath(path, color)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _centred_text(painter: QPainter, rect: QRect, palette: QPalette, text: str) -> None:
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(
        rect.adjusted(8, 8, -8, -8),
        int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
        text,
    )


def _badge(painter: QPainter, rect: QRect, palette: QPalette, text: str) -> None:
    back = QColor(palette.color(QPalette.ColorRole.Window))
    back.setAlpha(200)
    painter.fillRect(rect, back)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    metrics = painter.fontMetrics()
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignCenter),
        metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 4),
    )


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
    open_requested = Signal(int)  # row (double-click, Enter)
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
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

    # -- results ------------------------------------------------------------------------
    def show_results(self, results: Sequence[SearchResult], generation: int) -> None:
        self.loader.new_generation()
        self.results.set_results(results, generation)
        self.scrollToTop()
        if self.results.rowCount():
            self.setCurrentIndex(self.results.index(0))
            self.selectionModel().clearSelection()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def visible_rows(self) -> range:
        """The rows whose cells intersect the viewport (O(rows on screen))."""
        n = self.results.rowCount()
        first = self.indexAt(QPoint(self.gridSize().width() // 2, PADDING))
        if not n or not first.isValid():
            return range(0)
        vp = self.viewport().rect()
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
        cell = self.delegate.cell_size()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.contentsRect().width() - bar - 1
        columns = max(1, width // cell.width())
        grid = QSize(max(cell.width(), width // columns), cell.height())
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
        if index.isValid():
            self.setCurrentIndex(index)
            self.context_menu_requested.emit(index.row(), pos)
            e.accept()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
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
