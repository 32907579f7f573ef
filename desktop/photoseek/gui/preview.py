"""A large view of one result, with its details; arrow keys step through the results.

The photo fits the window but is never blown up past its own size; *100 %* (or the 1 key)
shows it pixel for pixel, scrolled by dragging or the scroll bars; F11 (or F) fills the
screen. "3 of 17" counts the photos of the answer, not the rows of the grid.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoseek.fspath import display_path
from photoseek.gui.grid import (
    ResultsModel,
    format_location,
    format_score,
    format_taken,
    match_bar,
)
from photoseek.gui.thumbnails import ThumbKey, ThumbnailLoader, load_image
from photoseek.gui.workers import TaskRunner
from photoseek.records import PhotoMeta, SearchResult

PREVIEW_SIDE = 2048  # longest side decoded for the preview


def map_url(lat: float, lon: float) -> str:
    """The place on OpenStreetMap (opened in the browser; nothing is fetched by Photoseek)."""
    return (
        f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=16/{lat:.6f}/{lon:.6f}"
    )


class ImageView(QWidget):
    """Paints a pixmap scaled down to fit (never up), keeping its aspect ratio (scaled once
    per size); at actual size it is as large as the picture, inside a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._pixmap = QPixmap()
        self._scaled = QPixmap()
        self.message = ""
        self.actual_size = False  # 100 %: one image pixel per device pixel
        self._drag: QPoint | None = None
        self.area: QScrollArea | None = None  # the scroll area it sits in (dragging pans)

    def set_actual_size(self, on: bool) -> None:
        self.actual_size = on
        self._fit_minimum()
        self.update()

    def _fit_minimum(self) -> None:
        if self.actual_size and not self._pixmap.isNull():
            dpr = self.devicePixelRatioF()
            self.setMinimumSize(
                round(self._pixmap.width() / dpr), round(self._pixmap.height() / dpr)
            )
        else:
            self.setMinimumSize(320, 240)

    def shown_scale(self) -> float:
        """Device pixels per image pixel as painted (1.0 at 100 %, never above 1)."""
        if self._pixmap.isNull():
            return 0.0
        if self.actual_size:
            return 1.0
        dpr = self.devicePixelRatioF()
        target = QSize(round(self.width() * dpr), round(self.height() * dpr))
        fitted = self._pixmap.size().scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
        return min(1.0, fitted.width() / max(1, self._pixmap.width()))

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._drag = e.globalPosition().toPoint() if self.actual_size else None

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        area = self.area
        if self._drag is None or area is None:
            return
        now = e.globalPosition().toPoint()
        delta = now - self._drag
        self._drag = now
        area.horizontalScrollBar().setValue(area.horizontalScrollBar().value() - delta.x())
        area.verticalScrollBar().setValue(area.verticalScrollBar().value() - delta.y())

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        self._drag = None

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap if pixmap is not None else QPixmap()
        self._scaled = QPixmap()
        self.message = ""
        self._fit_minimum()
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    @property
    def has_image(self) -> bool:
        return not self._pixmap.isNull()

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        # A neutral surround a little darker than the window, in light and dark themes.
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window).darker(112))
        if not self._pixmap.isNull():
            dpr = self.devicePixelRatioF()
            target = QSize(round(self.width() * dpr), round(self.height() * dpr))
            fitted = self._pixmap.size()
            if not self.actual_size and (
                fitted.width() > target.width() or fitted.height() > target.height()
            ):  # scaled down to fit, never blown up
                fitted = fitted.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
            if self._scaled.isNull() or self._scaled.size() != fitted:
                self._scaled = self._pixmap.scaled(
                    fitted,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            w, h = fitted.width() / dpr, fitted.height() / dpr
            rect = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
            painter.drawPixmap(rect, self._scaled, QRectF(self._scaled.rect()))
        if self.message:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self.message,
            )
        painter.end()


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    return QLocale().formattedDataSize(n)


class PreviewDialog(QDialog):
    """Non-modal; follows the grid's model, so previous/next walk the current results."""

    find_similar = Signal(str)  # path
    open_file = Signal(str)  # path
    copy_path = Signal(str)
    show_in_folder = Signal(str)
    row_changed = Signal(int)

    def __init__(
        self,
        model: ResultsModel,
        runner: TaskRunner,
        loader: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Preview"))
        self.model = model
        self.runner = runner
        self.loader = loader
        self.row = -1
        self.current: SearchResult | None = None
        self._request = 0  # id of the newest image load; older answers are dropped
        self.loaded_path = ""  # the photo whose full image is shown (for tests)
        self.total: Callable[[], int | None] = lambda: None  # photos in the whole answer

        self.view = ImageView(self)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("previewScroll")
        self.scroller.setWidget(self.view)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.view.area = self.scroller
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label in (
            ("name", self.tr("Name")),
            ("folder", self.tr("Folder")),
            ("taken", self.tr("Taken")),
            ("camera", self.tr("Camera")),
            ("size", self.tr("File size")),
            ("dimensions", self.tr("Dimensions")),
            ("location", self.tr("Location")),
            ("match", self.tr("Match")),
        ):  # fmt: skip
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            self.fields[key] = value
            form.addRow(label, value)
        self.fields["match"].setToolTip(
            self.tr(
                "How close this photo is to the query, against the best match of this "
                "search. Scores compare results of one search; they are not percentages."
            )
        )

        details = QWidget(self)
        details.setMinimumWidth(260)
        details.setMaximumWidth(360)
        side = QVBoxLayout(details)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addStretch(1)
        self.similar_button = QPushButton(self.tr("Find similar"), self)
        self.similar_button.setObjectName("findSimilarButton")
        self.similar_button.clicked.connect(self._find_similar)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._open)
        self.copy_button = QPushButton(self.tr("Copy path"), self)
        self.copy_button.setObjectName("copyPathButton")
        self.copy_button.clicked.connect(lambda: self._emit_path(self.copy_path))
        self.reveal_button = QPushButton(self.tr("Show in folder"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(lambda: self._emit_path(self.show_in_folder))
        self.map_link = QLabel(self)
        self.map_link.setObjectName("mapLink")
        self.map_link.setOpenExternalLinks(True)
        self.map_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        side.addWidget(self.map_link)
        for b in (self.similar_button, self.open_button, self.copy_button, self.reveal_button):
            side.addWidget(b)

        self.prev_button = QPushButton(self.tr("‹ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.position = QLabel(self)
        self.position.setObjectName("previewPosition")
        self.zoom_button = QPushButton(self.tr("100 %"), self)
        self.zoom_button.setObjectName("actualSizeButton")
        self.zoom_button.setCheckable(True)
        self.zoom_button.setToolTip(self.tr("Show the photo pixel for pixel (1)"))
        self.zoom_button.toggled.connect(self.view.set_actual_size)
        self.full_button = QPushButton(self.tr("Full screen"), self)
        self.full_button.setObjectName("fullScreenButton")
        self.full_button.setCheckable(True)
        self.full_button.setToolTip(self.tr("Fill the screen (F11)"))
        self.full_button.toggled.connect(self._full_screen)
        for b in (
            self.prev_button,
            self.next_button,
            self.similar_button,
            self.open_button,
            self.copy_button,
            self.reveal_button,
            self.zoom_button,
            self.full_button,
        ):
            b.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.scroller, 1)
        top.addWidget(details)
        self.details = details
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.zoom_button)
        bottom.addWidget(self.full_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

        for seq, slot in (
            (QKeySequence(Qt.Key.Key_Left), self.previous),
            (QKeySequence(Qt.Key.Key_Right), self.next),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous),
            (QKeySequence(Qt.Key.Key_PageDown), self.next),
            (QKeySequence(Qt.Key.Key_1), self.zoom_button.toggle),
            (QKeySequence(Qt.Key.Key_F11), self.full_button.toggle),
            (QKeySequence(Qt.Key.Key_F), self.full_button.toggle),
        ):
            shortcut = QShortcut(seq, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        model.modelReset.connect(self._model_reset)
        model.rowsInserted.connect(lambda *_: self._update_buttons())
        self.resize(1100, 720)

    # -- navigation -----------------------------------------------------------------------
    def show_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount() or self.model.is_header(row):
            return
        self.row = row
        self.current = self.model.result(row)
        self._show_result(self.current)
        self._update_buttons()
        self.row_changed.emit(row)

    def previous(self) -> None:
        row = self._step(-1) if self.row >= 0 else -1
        if row >= 0:
            self.show_row(row)

    def next(self) -> None:
        row = self._step(1) if self.row >= 0 else -1
        if row >= 0:
            self.show_row(row)

    def _step(self, step: int) -> int:
        """The next photo row from here (month headers skipped), or -1."""
        row = self.row + step
        while 0 <= row < self.model.rowCount() and self.model.is_header(row):
            row += step
        return row if 0 <= row < self.model.rowCount() else -1

    def _update_buttons(self) -> None:
        self.prev_button.setEnabled(self.row >= 0 and self._step(-1) >= 0)
        self.next_button.setEnabled(self.row >= 0 and self._step(1) >= 0)
        for b in (self.similar_button, self.open_button, self.copy_button, self.reveal_button):
            b.setEnabled(self.current is not None)
        i = self.model.photo_index(self.row) if self.row >= 0 else -1
        n = self.total() or self.model.photo_count()
        n = max(n, self.model.photo_count())
        self.position.setText(self.tr("{i} of {n}").format(i=i + 1, n=n) if i >= 0 else "")

    def _full_screen(self, on: bool) -> None:
        self.details.setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _emit_path(self, signal: SignalInstance) -> None:
        if self.current is not None:
            signal.emit(self.current.path)

    def _model_reset(self) -> None:
        # A new search: keep showing this photo; step through the new results if it is in them.
        if self.current is not None:
            rows = self.model.rows_for_hash(self.current.content_hash)
            self.row = rows[0] if rows else -1
        self._update_buttons()

    # -- content --------------------------------------------------------------------------
    def _show_result(self, r: SearchResult) -> None:
        shown = display_path(r.path)
        name = os.path.basename(shown) or shown
        self.setWindowTitle(self.tr("{} — Preview").format(name))
        self._set_details(r, r.meta)
        # The grid's thumbnail at once (blurry but instant), the full image when decoded.
        thumb = None
        for px in (512, 320, 256, 160):
            thumb = self.loader.pixmap(ThumbKey(r.content_hash, px))
            if thumb is not None:
                break
        self.view.set_pixmap(thumb)
        self._request += 1
        request = self._request
        path = r.path
        candidates = r.paths or (r.path,)
        self.loaded_path = ""

        def work() -> tuple[str, QImage, PhotoMeta]:
            for p in candidates:
                if os.path.isfile(p):
                    image, meta = load_image(p, PREVIEW_SIDE)
                    return p, image, meta
            raise FileNotFoundError(path)

        self.runner.submit(
            work,
            lambda answer: self._loaded(request, answer),
            lambda exc: self._load_failed(request, exc),
        )

    def closeEvent(self, e: object) -> None:
        self.full_button.setChecked(False)
        super().closeEvent(e)  # type: ignore[arg-type]

    def _loaded(self, request: int, answer: tuple[str, QImage, PhotoMeta]) -> None:
        if request != self._request or self.current is None:
            return  # the user has moved on
        path, image, meta = answer
        self.view.set_pixmap(QPixmap.fromImage(image))
        self.loaded_path = path
        self._set_details(self.current, meta)

    def _load_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        if isinstance(exc, FileNotFoundError):
            text = self.tr("This photo is not on this computer.")
        else:
            reason = getattr(exc, "reason", "") or str(exc)
            text = self.tr("Cannot show this photo: {}").format(reason)
        self.view.set_message(text)

    def _set_details(self, r: SearchResult, meta: PhotoMeta) -> None:
        known = r.meta
        width, height = meta.width or known.width, meta.height or known.height
        taken = meta.taken_at or known.taken_at
        camera = meta.camera or known.camera
        located = meta if meta.has_location else known
        f = self.fields
        shown = display_path(r.path)
        f["name"].setText(os.path.basename(shown) or shown)
        f["folder"].setText(os.path.dirname(shown))
        f["taken"].setText(format_taken(taken) or self.tr("unknown"))
        f["camera"].setText(camera or self.tr("unknown"))
        f["size"].setText(human_size(r.size) or self.tr("unknown"))
        f["dimensions"].setText(
            self.tr("{} × {} px").format(width, height) if width and height else self.tr("unknown")
        )
        f["location"].setText(format_location(located) or self.tr("none recorded"))
        if located.lat is not None and located.lon is not None:
            url = html.escape(map_url(located.lat, located.lon))
            label = self.tr("Show on a map")  # outside the f-string, where lupdate reads it
            self.map_link.setText(f'<a href="{url}">{label}</a>')
            self.map_link.setToolTip(self.tr("Opens OpenStreetMap in your browser"))
        else:
            self.map_link.clear()
        f["match"].setText(f"{match_bar(r.score, self.model.best)}  {format_score(r.score)}")

    # -- actions --------------------------------------------------------------------------
    def _find_similar(self) -> None:
        if self.current is not None:
            self.find_similar.emit(self.current.path)

    def _open(self) -> None:
        if self.current is not None:
            self.open_file.emit(self.current.path)
