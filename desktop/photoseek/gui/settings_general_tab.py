"""The settings dialog's *General* tab: language, theme, and indexing new photos by itself.

Self-contained: `load(settings)` shows the saved values, `values()` returns what the widgets
say by setting key. The theme applies at once when saved; the language on the next start (the
tab says so); automatic indexing starts or stops the folder watcher at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from photoseek.config.settings import Settings
from photoseek.gui.i18n import LANGUAGE_NAMES, locale_for
from photoseek.gui.settings_form import SettingsTab
from photoseek.gui.widgets import hint_label
from photoseek.gui.workers import Lanes
from photoseek.library import Library


class GeneralTab(SettingsTab):
    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(library, lanes, parent)
        self.setObjectName("generalTab")
        self._saved_language = "system"

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        system = locale_for("system").nativeLanguageName() or LANGUAGE_NAMES["en"]  # "C": English
        self.language_combo.addItem(
            self.tr("Same as the system ({language})").format(language=system), "system"
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_note = hint_label(
            self.tr("The new language is used the next time Photoseek starts.")
        )
        self.language_note.hide()
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.addItem(self.tr("Same as the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")

        self.auto_index_check = QCheckBox(self.tr("Index new photos &automatically"), self)
        self.auto_index_check.setObjectName("autoIndexCheck")
        auto_hint = hint_label(
            self.tr(
                "Photoseek looks for new, changed and deleted photos when it starts and "
                "while it is open. Turn it off to index only when you choose Index now."
            )
        )

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow("", self.language_note)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme_combo)
        form.addRow(theme_label, self.theme_combo)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.auto_index_check)
        layout.addWidget(auto_hint)
        layout.addStretch(1)

    def load(self, settings: Settings) -> None:
        self._saved_language = settings.ui.language
        _select(self.language_combo, settings.ui.language)
        _select(self.theme_combo, settings.ui.theme)
        self.auto_index_check.setChecked(settings.library.auto_index)
        self._language_changed()

    def values(self) -> dict[str, Any]:
        return {
            "ui.language": self.language_combo.currentData(),
            "ui.theme": self.theme_combo.currentData(),
            "library.auto_index": self.auto_index_check.isChecked(),
        }

    def _language_changed(self) -> None:
        self.language_note.setVisible(self.language_combo.currentData() != self._saved_language)


def _select(combo: QComboBox, value: str) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(max(0, i))
