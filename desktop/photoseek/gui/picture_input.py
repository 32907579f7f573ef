"""Picture queries in the window: a file chosen, dropped or pasted, picture data from a browser
or the clipboard, a library photo's *Find similar*, and the chip that shows the picture."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import (
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import QFileDialog

from photoseek.fspath import display_path
from photoseek.gui.grid import accepts_image_drop, take_image_drop
from photoseek.gui.thumbnails import ThumbKey, encode_query_image, load_image
from photoseek.imaging import SUPPORTED_EXTENSIONS
from photoseek.records import SearchResult
from photoseek.search.session import Query, QueryKind

if TYPE_CHECKING:
    from photoseek.gui.main_window import MainWindow


class PictureInput(QObject):
    """Owned by the window; uses its lanes, session, search bar and grid."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def search_file(self, path: str) -> None:
        """Query by an image file (dropped, chosen, pasted as a file)."""
        name = os.path.basename(display_path(path)) or display_path(path)
        self.w.run_query(self.w.search.with_controls(Query(QueryKind.FILE, path=path, label=name)))
        self._chip_from_file(path)

    def search_image(self, image: QImage, label: str = "") -> None:
        """Query by picture data (pasted, dropped from a browser): encoded on the search lane."""
        if image.isNull():
            return
        label = label or self.tr("Pasted picture")
        self.w.search_bar.show_chip(label)
        self.w.set_busy(True)

        def encode() -> tuple[bytes, QImage]:
            small = image.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            return encode_query_image(image), small

        def encoded(result: tuple[bytes, QImage]) -> None:
            data, small = result
            query = Query(QueryKind.IMAGE, image=data, label=label)
            self.w.run_query(self.w.search.with_controls(query))
            self._chip_pixmap(self.w.generation, small)

        self.w.lanes.search.submit(encode, encoded, lambda exc: self.w.set_busy(False))

    def find_similar(self, path: str) -> None:
        self.w.search.find_similar([path])

    def show_chip_for(self, path: str) -> None:
        """The chip's thumbnail of a library photo: the grid's if it has it, else loaded."""
        pixmap = self._cached_thumbnail(path)
        if pixmap is None:
            self._chip_from_file(path)
        else:
            self.w.search_bar.chip.set_pixmap(pixmap)

    def _cached_thumbnail(self, path: str) -> QPixmap | None:
        """The grid's thumbnail of the photo at `path`, if it is the current or previewed one."""
        candidates: list[SearchResult] = []
        row = self.w.grid.current_row()
        if row >= 0:
            candidates.append(self.w.grid.results.result(row))
        if self.w.preview is not None and self.w.preview.current is not None:
            candidates.append(self.w.preview.current)
        px = round(self.w.grid.thumb_size * self.w.devicePixelRatioF())
        for r in candidates:
            if path in r.paths:
                return self.w.loader.pixmap(ThumbKey(r.content_hash, px))
        return None

    # -- picture queries: chip, drop, paste, choose -----------------------------------------
    def _chip_from_file(self, path: str) -> None:
        generation = self.w.generation
        self.w.lanes.io.submit(
            lambda: load_image(path, 96)[0],
            lambda image: self._chip_pixmap(generation, image),
            lambda _e: None,
        )

    def _chip_pixmap(self, generation: int, image: QImage) -> None:
        if generation == self.w.generation and self.w.search_bar.chip_visible:
            self.w.search_bar.chip.set_pixmap(QPixmap.fromImage(image))

    def image_dropped(self, image: QImage) -> None:
        self.search_image(image, self.tr("Dropped picture"))

    def paste_image(self) -> bool:
        """Ctrl+V: a copied picture or image file becomes the query. False if there is none."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is None:
            return False
        if mime.hasUrls():
            from photoseek.gui.grid import local_image_files

            files = local_image_files(mime.urls())
            if files:
                self.search_file(files[0])
                return True
        if mime.hasImage():
            image = clipboard.image()
            if not image.isNull():
                self.search_image(image, self.tr("Pasted picture"))
                return True
        return False

    def paste_or_tell(self) -> None:
        if not self.paste_image():
            self.w.tell(
                self.tr("The clipboard holds no picture. Copy a photo or an image file first."),
                6000,
            )

    def dialog_folder(self) -> str:
        """Where a file dialog opens: the last folder used, else the Pictures folder."""
        last = self.w.saver.state.last_folder
        if last:
            return last
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures or os.path.expanduser("~")

    def remember_folder(self, path: str) -> None:
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        self.w.saver.update(replace(self.w.saver.state, last_folder=folder))

    def choose_image(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            self.tr("Search by image"),
            self.dialog_folder(),
            self.tr("Images ({})").format(patterns),
        )
        if path:
            self.remember_folder(path)
            self.search_file(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A picture dropped on the search field is a picture query, not text to insert.
        if watched is self.w.search_bar.edit:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragMoveEvent
            ):
                if accepts_image_drop(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif (
                kind == QEvent.Type.Drop
                and isinstance(event, QDropEvent)
                and take_image_drop(event, self.w.grid)
            ):
                return True
        return super().eventFilter(watched, event)
