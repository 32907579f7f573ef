"""Settings › Library: the photo folders and what to skip."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.settings import Settings
from photoseek.gui.folder_editor import FolderListEditor
from photoseek.gui.settings_form import SettingsTab
from photoseek.gui.widgets import InlineMessage, hint_label, lines
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, Library


class LibraryTab(SettingsTab):
    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(library, lanes, parent)
        layout = QVBoxLayout(self)

        folders_box = QGroupBox(self.tr("Photo folders"), self)
        fl = QVBoxLayout(folders_box)
        fl.addWidget(
            hint_label(
                self.tr(
                    "Photoseek looks for photos in these folders and their subfolders. "
                    "It only reads them: it never changes, moves or deletes a photo."
                )
            )
        )
        self.folder_editor = FolderListEditor(library, self.runner, folders_box)
        fl.addWidget(self.folder_editor, 1)
        layout.addWidget(folders_box, 1)

        scan_box = QGroupBox(self.tr("What to skip"), self)
        form = QFormLayout(scan_box)
        self.exclude_edit = QPlainTextEdit(scan_box)
        self.exclude_edit.setTabChangesFocus(True)
        self.exclude_edit.setPlaceholderText("@eaDir\n*.tmp\nPrivate/*")
        self.exclude_edit.setFixedHeight(self.exclude_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.exclude_edit.setAccessibleName(self.tr("Excluded patterns"))
        excl = QLabel(self.tr("E&xclude:"), scan_box)
        excl.setBuddy(self.exclude_edit)
        form.addRow(excl, self.register("library.exclude", self.exclude_edit))
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "One pattern per line, matched against each file or folder name and its "
                    "path inside the library folder (* and ? wildcards)."
                )
            ),
        )
        self.hidden_check = QCheckBox(self.tr("Include &hidden files and folders"), scan_box)
        self.symlinks_check = QCheckBox(self.tr("Follow symbolic lin&ks"), scan_box)
        form.addRow("", self.hidden_check)
        form.addRow("", self.symlinks_check)
        self.fields["library.include_hidden"] = self.hidden_check
        self.fields["library.follow_symlinks"] = self.symlinks_check
        layout.addWidget(scan_box)

    def load(self, s: Settings) -> None:
        self.exclude_edit.setPlainText("\n".join(s.library.exclude))
        self.hidden_check.setChecked(s.library.include_hidden)
        self.symlinks_check.setChecked(s.library.follow_symlinks)

    def values(self) -> dict[str, Any]:
        return {
            "library.exclude": lines(self.exclude_edit.toPlainText()),
            "library.include_hidden": self.hidden_check.isChecked(),
            "library.follow_symlinks": self.symlinks_check.isChecked(),
        }

    def clear_messages(self) -> None:
        self.folder_editor.message.clear()

    def saved(self, out: ChangeOutcome) -> list[InlineMessage]:
        if "library.folders" in out.changed:
            self.folder_editor.set_folders(out.folders)
        if out.folder_errors:
            self.folder_editor.message.show_message(
                InlineMessage.ERROR, "\n".join(out.folder_errors)
            )
            return [self.folder_editor.message]
        return []
