"""Photo counts per month as bars; drag over them to choose a date range."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from photoseek.gui.results_model import month_label

BAR_GAP = 1
MIN_BAR = 6


class DateHistogram(QWidget):
    """Months (oldest left) with their photo counts. A drag (or a click) chooses a range of
    months; Escape or a double-click chooses every month again. Left/Right with Shift move the
    range's end from the keyboard."""

    range_selected = Signal(str, str)  # first and last month "YYYY-MM"; ("", "") = any date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateHistogram")
        self.setMinimumSize(420, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Photos per month"))
        self.months: list[tuple[str, int]] = []
        self.selection: tuple[int, int] | None = None  # inclusive month indexes
        self._anchor: int | None = None
        self._hover = -1

    def sizeHint(self) -> QSize:
        return QSize(max(420, min(900, len(self.months) * (MIN_BAR + 6 + BAR_GAP))), 120)

    def set_months(self, months: list[tuple[str | None, int]]) -> None:
        """Counts per month, oldest first (a month without a date is left out: it has none)."""
        known = [(m, n) for m, n in months if m]
        self.months = _filled(known)
        self.selection = None
        self.updateGeometry()
        self.update()

    def select_months(self, first: str, last: str) -> None:
        """Show this range as chosen (restoring a search); does not emit."""
        names = [m for m, _ in self.months]
        if first in names and last in names:
            self.selection = (names.index(first), names.index(last))
        else:
            self.selection = None
        self.update()

    def chosen(self) -> tuple[str, str] | None:
        if self.selection is None or not self.months:
            return None
        a, b = sorted(self.selection)
        return self.months[a][0], self.months[b][0]

    def describe(self) -> str:
        c = self.chosen()
        if c is None:
            return self.tr("Any date")
        if c[0] == c[1]:
            return month_label(c[0])
        return self.tr("{first} – {last}").format(first=month_label(c[0]), last=month_label(c[1]))

    # -- geometry ---------------------------------------------------------------------------
    def _plot(self) -> QRect:
        return self.rect().adjusted(4, 4, -4, -20)

    def _bar_at(self, x: int) -> int:
        if not self.months:
            return -1
        plot = self._plot()
        width = plot.width() / len(self.months)
        i = int((x - plot.left()) / width)
        return max(0, min(len(self.months) - 1, i))

    # -- input ------------------------------------------------------------------------------
    def mousePressEvent(self, e: QMouseEvent) -> None:
        i = self._bar_at(e.position().toPoint().x())
        if i >= 0 and e.button() == Qt.MouseButton.LeftButton:
            self._anchor = i
            self.selection = (i, i)
            self.update()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        i = self._bar_at(e.position().toPoint().x())
        if self._anchor is not None and i >= 0:
            self.selection = (self._anchor, i)
        self._hover = i
        if i >= 0:
            month, n = self.months[i]
            self.setToolTip(self.tr("{month}: {n} photos").format(month=month_label(month), n=n))
        self.update()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self._anchor is not None:
            self._anchor = None
            self._emit()

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        self.clear_selection()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape and self.selection is not None:
            self.clear_selection()
            return
        if e.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.months:
            step = -1 if e.key() == Qt.Key.Key_Left else 1
            a, b = self.selection or (len(self.months) - 1, len(self.months) - 1)
            b = max(0, min(len(self.months) - 1, b + step))
            if not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                a = b
            self.selection = (a, b)
            self._emit()
            self.update()
            return
        super().keyPressEvent(e)

    def clear_selection(self) -> None:
        self.selection = None
        self.update()
        self.range_selected.emit("", "")

    def _emit(self) -> None:
        c = self.chosen()
        self.range_selected.emit(*(c or ("", "")))

    def chosen_count(self) -> int:
        if self.selection is None:
            return sum(n for _, n in self.months)
        a, b = sorted(self.selection)
        return sum(n for _, n in self.months[a : b + 1])

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self._plot()
        if not self.months:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No photo has a date"))  # fmt: skip
            painter.end()
            return
        top = max(n for _, n in self.months) or 1
        width = plot.width() / len(self.months)
        chosen = sorted(self.selection) if self.selection is not None else None
        bar_colour = palette.color(QPalette.ColorRole.Mid)
        pick_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, (_month, n) in enumerate(self.months):
            h = round(plot.height() * n / top) if n else 0
            x = plot.left() + round(i * width)
            w = max(1, round((i + 1) * width) - round(i * width) - BAR_GAP)
            inside = chosen is not None and chosen[0] <= i <= chosen[1]
            colour = QColor(pick_colour if inside else bar_colour)
            if i == self._hover and not inside:
                colour = colour.darker(120)
            painter.fillRect(QRect(x, plot.bottom() - h + 1, w, max(h, 1 if n else 0)), colour)
        # Year marks along the bottom.
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        last_right = -1000
        for i, (month, _n) in enumerate(self.months):
            if month.endswith("-01") or i == 0:
                x = plot.left() + round(i * width)
                label = month[:4]
                fits = x + metrics.horizontalAdvance(label) <= self.width()
                if x > last_right + 6 and fits:
                    painter.drawText(QPoint(x, self.height() - 5), label)
                    last_right = x + metrics.horizontalAdvance(label)
        painter.end()


def _filled(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month between the first and last, empty ones at 0 (the axis is time)."""
    if not months:
        return []
    counts = dict(months)
    y, m = (int(x) for x in months[0][0].split("-"))
    ly, lm = (int(x) for x in months[-1][0].split("-"))
    out = []
    while (y, m) <= (ly, lm):
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
