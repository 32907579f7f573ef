"""How one cell of the grid is painted: the cached thumbnail (or a placeholder), the optional
overlay (score bar, file name, date), month headers; and the words shown about a photo."""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from photoseek.gui.results_model import AnyIndex, ResultsModel
from photoseek.gui.thumbnails import ThumbKey, ThumbnailLoader, ThumbState
from photoseek.records import PhotoMeta, SearchResult

MIN_THUMB, MAX_THUMB, DEFAULT_THUMB = 96, 320, 160
PADDING = 6  # around each thumbnail, logical px
HEADER_HEIGHT = 34


# -- text shown about a photo --------------------------------------------------------------
def format_taken(taken_at: str | None, with_time: bool = True) -> str:
    """The capture time in the user's language with the month spelt out ("1 May 2024"), so
    a date is never ambiguous (5/1 or 1/5?)."""
    if not taken_at:
        return ""
    dt = QDateTime.fromString(taken_at, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return taken_at
    locale = QLocale()
    text = locale.toString(dt.date(), "d MMMM yyyy" if with_time else "d MMM yyyy")
    if with_time:
        text += " " + locale.toString(dt.time(), QLocale.FormatType.ShortFormat)
    return text


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


def tooltip_html(r: SearchResult, best: float, by_name: bool = False) -> str:
    rows = [f"<b>{html.escape(os.path.basename(r.path) or r.path)}</b>"]
    rows.append(html.escape(r.path))
    taken = format_taken(r.meta.taken_at)
    if taken:
        rows.append(QCoreApplication.translate("PhotoGrid", "Taken: {}").format(html.escape(taken)))
    if r.meta.camera:
        rows.append(
            QCoreApplication.translate("PhotoGrid", "Camera: {}").format(html.escape(r.meta.camera))
        )
    if best > 0:
        rows.append(
            QCoreApplication.translate("PhotoGrid", "Match: {bar} {score}").format(
                bar=match_bar(r.score, best), score=format_score(r.score)
            )
        )
    if by_name:
        rows.append(QCoreApplication.translate("PhotoGrid", "Found by its name or folder"))
    if len(r.paths) > 1:
        rows.append(
            QCoreApplication.translate("PhotoGrid", "Also at {} other places").format(
                len(r.paths) - 1
            )
        )
    return "<p style='white-space:pre'>" + "<br>".join(rows) + "</p>"


# -- delegate ------------------------------------------------------------------------------
class ThumbnailDelegate(QStyledItemDelegate):
    """Paints the cached thumbnail, or a placeholder while it loads (and asks for it)."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.thumb_size = DEFAULT_THUMB
        self.cell_width = 0  # grouped layout: cells spread over the width (0: square)
        self.row_width = 400  # grouped layout: a header is as wide as the view
        self.overlay = False  # score bar, file name and date over each thumbnail
        self.paints = 0  # for tests: cells painted

    def cell_size(self) -> QSize:
        side = self.thumb_size + 2 * PADDING
        return QSize(max(side, self.cell_width), side)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        model = index.model()
        if isinstance(model, ResultsModel) and model.is_header(index.row()):
            return QSize(self.row_width, HEADER_HEIGHT)
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        if not isinstance(model, ResultsModel) or not 0 <= index.row() < model.rowCount():
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        header = model.header_at(index.row())
        if header is not None:
            self._paint_header(painter, rect, palette, index)
            return
        self.paints += 1
        r = model.result(index.row())
        state: QStyle.StateFlag = option.state
        painter.save()
        cell = rect.adjusted(2, 2, -2, -2)
        if state & QStyle.StateFlag.State_Selected:
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
        shown = area
        if pixmap is not None:
            pixmap.setDevicePixelRatio(dpr)
            w, h = pixmap.width() / dpr, pixmap.height() / dpr
            x = area.x() + (area.width() - w) / 2
            y = area.y() + (area.height() - h) / 2
            painter.drawPixmap(round(x), round(y), pixmap)
            shown = QRect(round(x), round(y), round(w), round(h))
            if self.loader.file_missing(r.content_hash):
                badge = QRect(shown.x(), shown.bottom() - 19, shown.width(), 20)
                _badge(
                    painter,
                    badge,
                    palette,
                    self.loader.missing_text(r.content_hash),
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
                    self.loader.missing_text(r.content_hash),
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
        if self.overlay:
            self._paint_overlay(painter, shown, palette, r, model)

        if state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell, 6, 6)
        painter.restore()

    def _paint_overlay(
        self,
        painter: QPainter,
        shown: QRect,
        palette: QPalette,
        r: SearchResult,
        model: ResultsModel,
    ) -> None:
        """Name and date in a band at the bottom; the score as a bar along the top edge,
        from the answer's floor (empty) to its best match (full)."""
        metrics = painter.fontMetrics()
        line = metrics.height()
        taken = format_taken(r.meta.taken_at, with_time=False)
        lines = [os.path.basename(r.path)] + ([taken] if taken else [])
        band = QRect(shown.x(), shown.bottom() + 1 - (line * len(lines) + 6), shown.width(),
                     line * len(lines) + 6)  # fmt: skip
        back = QColor(palette.color(QPalette.ColorRole.Window))
        back.setAlpha(205)
        painter.fillRect(band, back)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for i, text in enumerate(lines):
            row = QRect(band.x() + 4, band.y() + 3 + i * line, band.width() - 8, line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, row.width())
            painter.drawText(row, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             elided)  # fmt: skip
        best, floor = model.best, model.floor
        if floor is None or best <= floor:
            return
        share = max(0.04, min(1.0, (r.score - floor) / (best - floor)))
        track = QRect(shown.x(), shown.y(), shown.width(), 5)
        painter.fillRect(track, back)
        painter.fillRect(QRect(track.x(), track.y(), round(track.width() * share), 5),
                         palette.color(QPalette.ColorRole.Highlight))  # fmt: skip

    def _paint_header(
        self, painter: QPainter, rect: QRect, palette: QPalette, index: AnyIndex
    ) -> None:
        """The month in bold, its photo count beside it, a rule under both."""
        painter.save()
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        # Header rows are disabled (the keyboard skips them): paint with the active colours.
        active = QPalette.ColorGroup.Active
        painter.setPen(palette.color(active, QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(PADDING + 2, 6, -PADDING, -4)
        label = str(index.data(Qt.ItemDataRole.DisplayRole))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         label)  # fmt: skip
        width = painter.fontMetrics().horizontalAdvance(label)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() / 1.1)
        painter.setFont(font)
        painter.setPen(palette.color(active, QPalette.ColorRole.PlaceholderText))
        count = str(index.data(Qt.ItemDataRole.ToolTipRole))
        bottom_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        painter.drawText(text_rect.adjusted(width + 12, 0, 0, 0), bottom_left, count)
        painter.setPen(QPen(palette.color(active, QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            rect.left() + PADDING, rect.bottom(), rect.right() - PADDING, rect.bottom()
        )
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
