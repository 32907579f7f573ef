"""Whether the local model is installed, and the ways to get it: download (the model dialog,
with the licence, progress, cancel and resume) or import from a folder. Used by the first-run
page and Settings › Embedding; every file check runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from photoseek.gui.formatting import format_bytes
from photoseek.gui.widgets import InlineMessage, alive
from photoseek.gui.workers import TaskRunner
from photoseek.library import Library


class LocalModelBox(QWidget):
    """`status_known(installed)` each time the model's state is (re)read."""

    status_known = Signal(bool)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.status: Any = None  # model_files.ModelStatus, once read
        self.dialog: Any = None  # the download dialog while it is open
        self.message = InlineMessage(self)
        self.download_button = QPushButton(self.tr("&Download the model…"), self)
        self.download_button.setAutoDefault(False)
        self.download_button.clicked.connect(self.open_download)
        self.import_button = QPushButton(self.tr("I&mport from a folder…"), self)
        self.import_button.setAutoDefault(False)
        self.import_button.setToolTip(
            self.tr(
                "For a computer without internet: a folder laid out like the model's repository"
            )
        )
        self.import_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.download_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row)

    @property
    def installed(self) -> bool:
        return bool(self.status is not None and self.status.installed)

    def refresh(self) -> None:
        self.message.show_message(InlineMessage.BUSY, self.tr("Looking for the local model…"))
        library = self.library
        self.runner.submit(library.local_model_status, self._got_status, self._failed)

    def _got_status(self, status: Any) -> None:
        if not alive(self):
            return
        self.status = status
        if status.installed:
            self.message.show_message(
                InlineMessage.OK,
                self.tr("Installed: {variant} variant, {size}, runs on the {device}.").format(
                    variant=status.variant,
                    size=format_bytes(status.total_bytes),
                    device=status.device,
                ),
            )
            self.download_button.setText(self.tr("&Download again…"))
        else:
            self.message.show_message(
                InlineMessage.WARNING,
                self.tr(
                    "Not installed yet: download it once (about 0.9 GB), or import it from a "
                    "folder."
                ),
            )
            self.message.setToolTip(status.problem or "")
            self.download_button.setText(self.tr("&Download the model…"))
        self.status_known.emit(bool(status.installed))

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.status = None
        self.message.show_message(
            InlineMessage.ERROR,
            self.tr("The local model cannot be used here: {error}").format(
                error=str(exc) or type(exc).__name__
            ),
        )
        self.status_known.emit(False)

    # -- getting it -----------------------------------------------------------------------
    def open_download(self) -> Any:
        """The download dialog (licence, progress, cancel, resume), opened window-modal."""
        from photoseek.embedding.model_files import recommended_variant
        from photoseek.gui.model_download_dialog import ModelDownloadDialog

        if self.dialog is None:
            variant = recommended_variant()
            dialog = ModelDownloadDialog(self.library.paths.data_dir, variant=variant, parent=self)
            dialog.panel.installed.connect(lambda _s: self._installed())
            dialog.finished.connect(lambda _r: self._dialog_closed())
            self.dialog = dialog
        self.dialog.open()
        return self.dialog

    def _installed(self) -> None:
        self.library.reconfigure()  # a search embedder that failed before may run now
        self.refresh()

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the model's files"), str(Path.home())
        )
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder: str) -> None:
        """Check and copy the model from `folder` (off the GUI thread)."""
        self.message.show_message(
            InlineMessage.BUSY,
            self.tr("Checking and copying the model from {folder}…").format(folder=folder),
        )
        self.import_button.setEnabled(False)
        library = self.library

        def done(status: Any) -> None:
            if alive(self):
                self.import_button.setEnabled(True)
                self._got_status(status)

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.import_button.setEnabled(True)
                self.message.show_message(InlineMessage.ERROR, str(exc) or type(exc).__name__)
                self.status_known.emit(self.installed)

        self.runner.submit(lambda: library.import_local_model(folder), done, failed)

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.panel.shutdown()
