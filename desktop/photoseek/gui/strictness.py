"""The strictness control: how close a photo must be to count as a match, or every photo."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QWidget

from photoseek.search.relevance import DEFAULT_STRICTNESS

STEPS = 20


class StrictnessControl(QWidget):
    """Loose … Strict (the relevance rule's strictness), and *All photos* (no cutoff)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strictness")
        self.loose = QLabel(self.tr("Loose"), self)
        self.strict = QLabel(self.tr("Strict"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("strictnessSlider")
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(2)
        self.slider.setValue(round(DEFAULT_STRICTNESS * STEPS))
        self.slider.setFixedWidth(110)
        self.slider.setAccessibleName(self.tr("How close a photo must be to match"))
        self.slider.setToolTip(
            self.tr(
                "Only photos that really look like the search are shown. Loosen to see more "
                "of the near misses, tighten to keep the closest ones only."
            )
        )
        self.everything = QCheckBox(self.tr("All photos"), self)
        self.everything.setObjectName("showEverything")
        self.everything.setToolTip(self.tr("Show every photo, best match first (no cutoff)"))
        self.cutoff = QLabel(self)
        self.cutoff.setObjectName("cutoffLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.loose)
        layout.addWidget(self.slider)
        layout.addWidget(self.strict)
        layout.addSpacing(8)
        layout.addWidget(self.everything)
        layout.addWidget(self.cutoff)
        self.slider.valueChanged.connect(lambda _v: self._changed())
        self.everything.toggled.connect(lambda _on: self._changed())
        self._quiet = False

    def _changed(self) -> None:
        self.slider.setEnabled(not self.everything.isChecked())
        if not self._quiet:
            self.changed.emit()

    @property
    def value(self) -> float:
        return self.slider.value() / STEPS

    @property
    def show_everything(self) -> bool:
        return self.everything.isChecked()

    def set_state(self, strictness: float, everything: bool) -> None:
        """Show a query's values (restoring a search); emits nothing."""
        self._quiet = True
        try:
            self.slider.setValue(round(strictness * STEPS))
            self.everything.setChecked(everything)
        finally:
            self._quiet = False

    def show_cutoff(self, cutoff: float | None) -> None:
        """The lowest score shown (the store's score, never a percentage)."""
        if cutoff is None:
            self.cutoff.clear()
            self.cutoff.setToolTip("")
        else:
            self.cutoff.setText(self.tr("≥ {}").format(QLocale().toString(cutoff, "f", 3)))
            self.cutoff.setToolTip(
                self.tr("The lowest match score shown. Scores compare photos of one search.")
            )
