"""Small widgets the dialogs share: wrapped and elided labels, inline messages, slider tick
labels, a secret field. Palette colours only, so they read well in light and dark themes."""

from __future__ import annotations

from typing import ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)


def alive(obj: QObject) -> bool:
    """False once Qt has deleted the object (a late answer from the runner must be dropped)."""
    return shiboken6.isValid(obj)


class WrapLabel(QLabel):
    """A word-wrapped label whose size hints suit layouts that do not shrink to fit text.

    QLabel's own hints for wrapped text assume a narrow column, and QFormLayout never gives a
    row less than the hint, which leaves blank gaps under short texts. This one hints a line
    of up to ~80 characters and lets height-for-width grow it when the column is narrower.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 16, fm.height())

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(line) for line in self.text().splitlines()), default=0)
        margins = self.contentsMargins()
        width = min(longest, fm.averageCharWidth() * 80) + margins.left() + margins.right() + 2
        width = max(width, fm.averageCharWidth() * 16)
        return QSize(width, max(self.heightForWidth(width), fm.height()))


class InlineMessage(QWidget):
    """A line of feedback under a field: a standard icon and wrapped text (palette colours only)."""

    INFO, OK, WARNING, ERROR, BUSY = "info", "ok", "warning", "error", "busy"
    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        OK: QStyle.StandardPixmap.SP_DialogApplyButton,
        WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    }

    def __init__(
        self, parent: QWidget | None = None, *, rich: bool = False, one_line: bool = False
    ) -> None:
        super().__init__(parent)
        self.kind = ""
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._label: QLabel = ElidedLabel("", self) if one_line else WrapLabel("", self)
        self._label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self._label.setOpenExternalLinks(rich)
        self._label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon_alignment = Qt.AlignmentFlag.AlignVCenter if one_line else Qt.AlignmentFlag.AlignTop
        layout.addWidget(self._icon, 0, icon_alignment)
        layout.addWidget(self._label, 1)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        icon = self.style().standardIcon(self._ICONS[kind], None, self)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._label.setText(text)
        self.setAccessibleName(text)
        self.show()
        if kind != self.BUSY:
            # Scroll it into view once the layout has made room for it.
            QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        if not alive(self) or self.isHidden():
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self)

    def clear(self) -> None:
        self.kind = ""
        self._label.clear()
        self.hide()

    def text(self) -> str:
        return self._label.text()


def hint_label(text: str, parent: QWidget | None = None, *, rich: bool = False) -> QLabel:
    """Explanatory text in the palette's secondary colour role, wrapped."""
    label = WrapLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class ElidedLabel(QLabel):
    """One line of plain text that shrinks with an ellipsis (the full text is the tooltip)."""

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 12, fm.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            " ".join(self.text().split()), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


class TickScale(QWidget):
    """The values of a slider's ticks, painted under the ticks (palette text colour)."""

    def __init__(self, slider: QSlider, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = slider
        self.labels = labels
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(", ".join(labels))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(t) for t in self.labels) + 8 * len(self.labels)
        return QSize(width, fm.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        opt = QStyleOptionSlider()
        self.slider.initStyleOption(opt)
        style = self.slider.style()
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self.slider
        )
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self.slider
        )
        span = groove.width() - handle.width()
        left = self.mapFromGlobal(self.slider.mapToGlobal(groove.topLeft())).x()
        offset = left + handle.width() / 2
        fm = self.fontMetrics()
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for i, text in enumerate(self.labels):
            pos = QStyle.sliderPositionFromValue(
                self.slider.minimum(), self.slider.maximum(), self.slider.minimum() + i, span
            )
            w = fm.horizontalAdvance(text)
            x = offset + pos - w / 2
            x = max(0.0, min(x, self.width() - w))
            painter.drawText(QRectF(x, 0, w, self.height()), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class SecretField(QWidget):
    """A password-echo line edit with a Show toggle. Its text is never written to settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.setToolTip(self.tr("Show or hide what you typed"))
        self.show_button.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setModified(True)

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setModified(False)

    def is_modified(self) -> bool:
        return self.edit.isModified() and bool(self.text())

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


def with_message(widget: QWidget) -> tuple[QWidget, InlineMessage]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    message = InlineMessage(box)
    layout.addWidget(message)
    box.setFocusProxy(widget)
    return box, message


def scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def fit_to_current(stack: QStackedWidget) -> None:
    """Make a stacked widget as tall as its current page, not its tallest (call on change)."""
    shown, hidden = QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored
    for i in range(stack.count()):
        page = stack.widget(i)
        if page is not None:
            page.setSizePolicy(shown, shown if i == stack.currentIndex() else hidden)
    stack.updateGeometry()


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
