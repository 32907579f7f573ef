"""The typed filters of the search text shown as chips (`folder:Holidays` → "Folder: Holidays"),
each with ✕ to take it out of the text again."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from photoseek.search.query_parse import Chip, QueryError, period


def token_of(chip: Chip) -> str:
    """The chip as it was typed, to take it out of the search text."""
    value = f'"{chip.value}"' if " " in chip.value else chip.value
    if chip.key == "exclude":
        return f"-{value}"
    return f"{'-' if chip.negated else ''}{chip.key}:{value}"


class ChipRow(QWidget):
    """A row of chips; ✕ on one emits the token to remove from the search text."""

    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 0, 8, 4)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.chips: list[Chip] = []
        self.hide()

    def set_chips(self, chips: tuple[Chip, ...]) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips = list(chips)
        for i, chip in enumerate(chips):
            self._layout.insertWidget(i, self._chip(chip))
        self.setVisible(bool(chips))

    def texts(self) -> list[str]:
        return [self.chip_text(c) for c in self.chips]

    def chip_text(self, chip: Chip) -> str:
        """What a chip says, in the user's language; dates with the month spelt out."""
        if chip.key == "folder":
            return self.tr("Folder: {}").format(chip.value)
        if chip.key == "camera":
            return self.tr("Camera: {}").format(chip.value)
        if chip.key == "has":
            return self.tr("Without location") if chip.negated else self.tr("With location")
        if chip.key == "exclude":
            return self.tr("Without: {}").format(chip.value)
        try:
            first, last = period(chip.value)
        except QueryError:
            return f"{chip.key}:{chip.value}"
        locale = QLocale()
        d = QDate(first.year, first.month, first.day)
        if first == last:
            when = locale.toString(d, "d MMMM yyyy")
        elif first.month == last.month and first.year == last.year:
            when = locale.toString(d, "MMMM yyyy")
        else:
            when = str(first.year)
        if chip.key == "after":
            return self.tr("From {}").format(when)
        if chip.key == "before":
            return self.tr("Before {}").format(when)
        return self.tr("In {}").format(when)

    def _chip(self, chip: Chip) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("filterChip")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        label = QLabel(self.chip_text(chip), frame)
        close = QToolButton(frame)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Remove this filter"))
        close.setToolTip(self.tr("Remove this filter"))
        close.clicked.connect(lambda: self.removed.emit(token_of(chip)))
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(close)
        return frame
