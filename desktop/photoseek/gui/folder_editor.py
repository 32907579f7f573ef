"""The library folders editor: a list with Add…/Remove, kept until the owner saves."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from photoseek.catalog.folders import Placement
from photoseek.gui.widgets import InlineMessage, alive
from photoseek.gui.workers import TaskRunner
from photoseek.library import Library


class FolderListEditor(QWidget):
    """The library folders: a list with Add…/Remove. Changes are kept until the owner saves."""

    changed = Signal()
    placed = Signal(str, bool)  # a folder asked for was added (True) or refused (False)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self._saved: set[str] = set()
        self._folder_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Photo folders"))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        fm = self.list.fontMetrics()
        self.list.setMinimumHeight(fm.height() * 5)
        self.add_button = QPushButton(self.tr("&Add folder…"), self)
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.list)

    def set_folders(self, paths: list[str]) -> None:
        """The folders as saved in the catalog (removing one of these asks first)."""
        self._saved = set(paths)
        self.list.clear()
        for path in paths:
            self._append(path)

    def _append(self, path: str) -> None:
        item = QListWidgetItem(self._folder_icon, path, self.list)
        item.setToolTip(path)

    def folders(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def added(self) -> list[str]:
        return [p for p in self.folders() if p not in self._saved]

    def removed(self) -> list[str]:
        current = set(self.folders())
        return sorted(p for p in self._saved if p not in current)

    def add_folder(self, path: str | os.PathLike[str]) -> None:
        """Add a folder to the list (what the Add… button does after its file dialog).

        The library's own rule decides, off the GUI thread (resolving a path touches the
        disk): a folder inside a listed one is refused with the reason; a parent of listed
        folders replaces them. `placed` says how it went.
        """
        asked = os.fspath(path)
        among = self.folders()
        library = self.library
        self.runner.submit(
            lambda: library.place_folder(asked, among),
            lambda placement: self._placed(asked, placement),
            lambda exc: self._refused(asked, str(exc)),
        )

    def _placed(self, asked: str, placement: Placement) -> None:
        if not alive(self):
            return
        refusal = placement.refusal()
        if refusal is not None:
            self._refused(asked, refusal)
            return
        if placement.duplicate or placement.path in self.folders():
            self.message.show_message(
                InlineMessage.INFO, self.tr("{path} is already in the list.").format(path=asked)
            )
            self.placed.emit(asked, False)
            return
        for i in reversed(range(self.list.count())):
            if self.list.item(i).text() in placement.absorbs:
                self.list.takeItem(i)
        self._append(placement.path)
        self.list.setCurrentRow(self.list.count() - 1)
        if placement.absorbs:
            self.message.show_message(
                InlineMessage.INFO,
                self.tr("{path} includes {children}, which become part of it.").format(
                    path=placement.path, children=", ".join(placement.absorbs)
                ),
            )
        else:
            self.message.clear()
        self.changed.emit()
        self.placed.emit(asked, True)

    def _refused(self, asked: str, reason: str) -> None:
        if not alive(self):
            return
        self.message.show_message(InlineMessage.WARNING, reason)
        self.placed.emit(asked, False)

    def remove_folders(self, paths: list[str]) -> bool:
        """Remove folders from the list; saved ones only after `confirm_remove`."""
        saved = [p for p in paths if p in self._saved]
        if saved and not self.confirm_remove(saved):
            return False
        for i in reversed(range(self.list.count())):
            if self.list.item(i).text() in paths:
                self.list.takeItem(i)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        paths = [item.text() for item in self.list.selectedItems()]
        if paths:
            self.remove_folders(paths)

    def choose_folder(self) -> None:
        start = self.folders()[-1] if self.list.count() else str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a photo folder"), start)
        if path:
            self.add_folder(path)

    def confirm_remove(self, paths: list[str]) -> bool:
        """Ask before forgetting folders (tests override this instead of showing a box)."""
        text = self.tr(
            "Remove {n} folder(s) from the library?\n\n{paths}\n\n"
            "Their photos leave the search index. The photos themselves are not touched."
        ).format(n=len(paths), paths="\n".join(paths))
        answer = QMessageBox.question(
            self,
            self.tr("Remove folders"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
