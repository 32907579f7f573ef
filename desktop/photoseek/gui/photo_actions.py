"""What can be done with one photo of the results: find similar, open, show in its folder, copy
its path or the picture. Shared by the grid's context menu and the preview."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from urllib.parse import quote_from_bytes

from PySide6.QtCore import QByteArray, QMimeData, QObject, QProcess, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QMenu, QWidget

from photoseek.fspath import display_path, is_clean
from photoseek.gui import clipboard
from photoseek.gui.thumbnails import load_image
from photoseek.gui.workers import TaskRunner

COPY_SIDE = 8192  # longest side of a photo copied to the clipboard


def file_url(path: str) -> QUrl:
    """The file:// URL of the path's real bytes. A name that is not valid UTF-8 is
    percent-encoded byte by byte: QUrl.fromLocalFile would turn it into another name."""
    if is_clean(path) or sys.platform == "win32":
        return QUrl.fromLocalFile(path)
    raw = quote_from_bytes(os.fsencode(os.path.abspath(path)), safe="/")
    return QUrl.fromEncoded(QByteArray(b"file://" + raw.encode("ascii")))


class PhotoActions(QObject):
    image_copied = Signal()

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        tell: Callable[[str, int], None],
        current_path: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.tell = tell  # a short message in the status bar, for `ms` milliseconds
        self.current_path = current_path
        self.similar = QAction(self.tr("Find &similar"), window)
        self.open = QAction(self.tr("&Open"), window)
        self.reveal = QAction(self.tr("Show in &folder"), window)
        self.copy_path = QAction(self.tr("Copy &path"), window)
        self.copy_image = QAction(self.tr("Copy &image"), window)
        self.open.triggered.connect(lambda: self._on_current(self.open_path))
        self.reveal.triggered.connect(lambda: self._on_current(self.show_in_folder))
        self.copy_path.triggered.connect(lambda: self._on_current(self.copy_path_of))
        self.copy_image.triggered.connect(lambda: self._on_current(self.copy_image_of))

    def _on_current(self, fn: Callable[[str], None]) -> None:
        path = self.current_path()
        if path:
            fn(path)

    def menu(self, missing: bool) -> QMenu:
        """The context menu for the current photo; file actions are off when it is missing."""
        menu = QMenu(self.window)
        menu.setObjectName("photoMenu")
        menu.addAction(self.similar)
        menu.addSeparator()
        menu.addAction(self.open)
        menu.addAction(self.reveal)
        menu.addSeparator()
        menu.addAction(self.copy_path)
        menu.addAction(self.copy_image)
        for action in (self.open, self.reveal, self.copy_image):
            action.setEnabled(not missing)
        return menu

    def open_path(self, path: str) -> None:
        if not QDesktopServices.openUrl(file_url(path)):
            self.tell(self.tr("Could not open {}").format(display_path(path)), 6000)

    def show_in_folder(self, path: str) -> None:
        if sys.platform == "darwin":
            QProcess.startDetached("open", ["-R", path])
            return
        if sys.platform == "win32":
            QProcess.startDetached("explorer", ["/select,", os.path.normpath(path)])
            return
        folder = os.path.dirname(path)
        if not QDesktopServices.openUrl(file_url(folder)):
            self.tell(self.tr("Could not open {}").format(display_path(folder)), 6000)

    def copy_path_of(self, path: str) -> None:
        # The text is what a person reads; the URL (for file managers) names the real bytes.
        data = QMimeData()
        data.setText(display_path(path))
        data.setUrls([file_url(path)])
        clipboard.put(data)
        self.tell(self.tr("Copied the path"), 3000)

    def copy_image_of(self, path: str) -> None:
        self.tell(self.tr("Copying the picture…"), 0)

        def done(image: QImage) -> None:
            QGuiApplication.clipboard().setImage(image)
            self.tell(self.tr("Copied the picture"), 3000)
            self.image_copied.emit()

        def failed(exc: BaseException) -> None:
            reason = getattr(exc, "reason", "") or str(exc)
            self.tell(self.tr("Could not copy: {}").format(reason), 6000)

        self.runner.submit(lambda: load_image(path, COPY_SIDE)[0], done, failed)
