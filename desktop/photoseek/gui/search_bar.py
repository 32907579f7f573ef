"""The search field: examples in several languages, recent queries, and the image-query chip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

# Shown as they are: they show that any language works.
EXAMPLES = (
    "red flowers",
    "un gato durmiendo",
    "красные цветы",
    "海辺の夕日",
    "une plage au coucher du soleil",
    "Schnee in den Bergen",
    "城市夜景",
    "cachorro na praia",
)
ROTATE_MS = 4000
CHIP_THUMB = 28


class QueryChip(QFrame):
    """The picture a search is about: a small thumbnail, its name, and ✕ to clear it."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(CHIP_THUMB, CHIP_THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self)
        self.label.setMaximumWidth(220)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Clear the picture and search by words"))
        self.close_button.setAccessibleName(self.tr("Clear picture query"))
        self.close_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 1, 1)
        layout.setSpacing(4)
        layout.addWidget(self.thumb)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.name = ""

    def set_query(self, name: str, pixmap: QPixmap | None = None) -> None:
        self.name = name
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, 210))
        self.label.setToolTip(name)
        self.set_pixmap(pixmap)

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.thumb.setText("🖼")
            self.thumb.setPixmap(QPixmap())
            return
        dpr = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            QSize(round(CHIP_THUMB * dpr), round(CHIP_THUMB * dpr)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(dpr)
        self.thumb.setPixmap(scaled)


class SearchBar(QWidget):
    search_requested = Signal(str)
    image_cleared = Signal()
    search_cleared = Signal()  # the field's ✕, or Enter on an empty field: no query any more

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.chip = QueryChip(self)
        self.chip.hide()
        self.chip.cleared.connect(self._chip_cleared)

        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchField")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(self.edit.sizeHint().height() + 6)
        self.edit.returnPressed.connect(self._submit)
        # The field's ✕ (or deleting every character) is an edit to "": no query any more.
        self.edit.textEdited.connect(self._edited)
        search_icon = QIcon.fromTheme("edit-find")
        if not search_icon.isNull():
            self.edit.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)

        self.recent = QStringListModel(self)
        self.completer = QCompleter(self.recent, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.edit.setCompleter(self.completer)

        self.image_button = QToolButton(self)
        self.image_button.setObjectName("imageSearchButton")
        self.image_button.setAutoRaise(True)
        self.image_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.chip)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.image_button)

        self.example = 0
        self._timer = QTimer(self)
        self._timer.setInterval(ROTATE_MS)
        self._timer.timeout.connect(self.rotate_placeholder)
        self._timer.start()
        self._update_placeholder()

        # Ctrl+V in the field: a copied picture (or image file) becomes an image query;
        # text is pasted as usual.
        self.paste_image: Callable[[], bool] | None = None
        self.edit.installEventFilter(self)

    # -- placeholder ----------------------------------------------------------------------
    def rotate_placeholder(self) -> None:
        self.example = (self.example + 1) % len(EXAMPLES)
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.chip.isVisible():
            text = self.tr("Searching by the picture — type words to search by text instead")
        else:
            text = self.tr("Search your photos, e.g. “{}”").format(EXAMPLES[self.example])
        self.edit.setPlaceholderText(text)

    # -- recent queries -------------------------------------------------------------------
    def set_recent(self, queries: Sequence[str]) -> None:
        self.recent.setStringList(list(queries))

    def recent_queries(self) -> list[str]:
        return list(self.recent.stringList())

    # -- image query chip -----------------------------------------------------------------
    def set_image_action(self, action: QAction) -> None:
        self.image_button.setDefaultAction(action)

    def show_chip(self, name: str, pixmap: QPixmap | None = None) -> None:
        self.chip.set_query(name, pixmap)
        self.chip.show()
        self.edit.clear()
        self._update_placeholder()

    def clear_chip(self) -> None:
        self.chip.hide()
        self._update_placeholder()

    @property
    def chip_visible(self) -> bool:
        return not self.chip.isHidden()

    def _chip_cleared(self) -> None:
        self.clear_chip()
        self.edit.setFocus()
        self.image_cleared.emit()

    # -- input ----------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _submit(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()
        text = self.text()
        if text:
            self.search_requested.emit(text)
        elif not self.chip_visible:
            self.search_cleared.emit()

    def _edited(self, text: str) -> None:
        if not text and not self.chip_visible:
            self.search_cleared.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and self.paste_image is not None
            and self.paste_image()
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)
