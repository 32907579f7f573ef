"""The settings dialog, and the small editors it shares with the first-run wizard.

Everything the dialog reads or writes beyond the in-memory settings (the folder list, the
photo count, the keyring, the settings file, the key and connection tests) goes through the
TaskRunner, so the GUI thread never waits on a disk, a keyring or a network.

Secrets are written only to the keyring (`photoseek.config.secrets`), never to settings.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photoseek.catalog import FolderError
from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Secret, SecretStoreError
from photoseek.config.settings import (
    INDEX_OPTION_TYPES,
    MAX_DIMS,
    MIN_DIMS,
    ElasticsearchSettings,
    Settings,
    SettingsError,
)
from photoseek.embedding.base import EmbeddingError
from photoseek.gui.formatting import format_bytes, format_count, format_photos
from photoseek.gui.workers import TaskRunner
from photoseek.library import Library

DIM_STEPS = (64, 128, 256, 384, 512, 768, 1024)
FULL_DIMS = 1024
# Per photo, beyond the vector: paths, folder, file name, EXIF fields, SQLite overhead (rough).
EMBEDDED_META_BYTES = 300
# The local vector cache keeps every photo's full 1024-dim float32 vector, whatever the size.
CACHE_BYTES_PER_PHOTO = 4 * FULL_DIMS + 60
ES_GRAPH_BYTES = 64  # HNSW graph links per vector, roughly
EXAMPLE_LIBRARY = 10_000  # photos, for the estimate before any folder is indexed
JINA_KEYS_URL = "https://jina.ai/embeddings"

ES_SECRET_FOR_AUTH = {
    "api_key": Secret.ES_API_KEY,
    "basic": Secret.ES_PASSWORD,
    "bearer": Secret.ES_BEARER,
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def alive(obj: QObject) -> bool:
    """False once Qt has deleted the object (a late answer from the runner must be dropped)."""
    return shiboken6.isValid(obj)


def secret_key(secret: Secret) -> str:
    """The key `applied` carries when a secret was saved, e.g. "secret.jina-api-key"."""
    return f"secret.{secret.account}"


# -- storage estimate ----------------------------------------------------------------------------
def es_vector_bytes(index_options: str, dims: int) -> float:
    """Memory per vector in an Elasticsearch index, from the reference's sizing rules."""
    if index_options == "hnsw":
        return 4.0 * dims
    if index_options == "int4_hnsw":
        return dims / 2 + 4
    if index_options == "bbq_hnsw":
        return dims / 8 + 14
    return dims + 4.0  # int8_hnsw


def bytes_per_photo(store_kind: str, dims: int, index_options: str) -> float:
    if store_kind == "elasticsearch":
        return es_vector_bytes(index_options, dims) + ES_GRAPH_BYTES
    return 4.0 * dims + EMBEDDED_META_BYTES


# -- small widgets -------------------------------------------------------------------------------
class WrapLabel(QLabel):
    """A word-wrapped label whose size hints suit layouts that do not shrink to fit text.

    QLabel's own hints for wrapped text assume a narrow column, and QFormLayout never gives a
    row less than the hint, which leaves blank gaps under short texts. This one hints a line
    of up to ~80 characters and lets height-for-width grow it when the column is narrower.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 16, fm.height())

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(line) for line in self.text().splitlines()), default=0)
        margins = self.contentsMargins()
        width = min(longest, fm.averageCharWidth() * 80) + margins.left() + margins.right() + 2
        width = max(width, fm.averageCharWidth() * 16)
        return QSize(width, max(self.heightForWidth(width), fm.height()))


class InlineMessage(QWidget):
    """A line of feedback under a field: a standard icon and wrapped text (palette colours only)."""

    INFO, OK, WARNING, ERROR, BUSY = "info", "ok", "warning", "error", "busy"
    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        OK: QStyle.StandardPixmap.SP_DialogApplyButton,
        WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    }

    def __init__(
        self, parent: QWidget | None = None, *, rich: bool = False, one_line: bool = False
    ) -> None:
        super().__init__(parent)
        self.kind = ""
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._label: QLabel = ElidedLabel("", self) if one_line else WrapLabel("", self)
        self._label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self._label.setOpenExternalLinks(rich)
        self._label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon_alignment = Qt.AlignmentFlag.AlignVCenter if one_line else Qt.AlignmentFlag.AlignTop
        layout.addWidget(self._icon, 0, icon_alignment)
        layout.addWidget(self._label, 1)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        icon = self.style().standardIcon(self._ICONS[kind], None, self)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._label.setText(text)
        self.setAccessibleName(text)
        self.show()
        if kind != self.BUSY:
            # Scroll it into view once the layout has made room for it.
            QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        if not alive(self) or self.isHidden():
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self)

    def clear(self) -> None:
        self.kind = ""
        self._label.clear()
        self.hide()

    def text(self) -> str:
        return self._label.text()


def hint_label(text: str, parent: QWidget | None = None, *, rich: bool = False) -> QLabel:
    """Explanatory text in the palette's secondary colour role, wrapped."""
    label = WrapLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class ElidedLabel(QLabel):
    """One line of plain text that shrinks with an ellipsis (the full text is the tooltip)."""

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 12, fm.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            " ".join(self.text().split()), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


class TickScale(QWidget):
    """The values of a slider's ticks, painted under the ticks (palette text colour)."""

    def __init__(self, slider: QSlider, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = slider
        self.labels = labels
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(", ".join(labels))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(t) for t in self.labels) + 8 * len(self.labels)
        return QSize(width, fm.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        opt = QStyleOptionSlider()
        self.slider.initStyleOption(opt)
        style = self.slider.style()
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self.slider
        )
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self.slider
        )
        span = groove.width() - handle.width()
        left = self.mapFromGlobal(self.slider.mapToGlobal(groove.topLeft())).x()
        offset = left + handle.width() / 2
        fm = self.fontMetrics()
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for i, text in enumerate(self.labels):
            pos = QStyle.sliderPositionFromValue(
                self.slider.minimum(), self.slider.maximum(), self.slider.minimum() + i, span
            )
            w = fm.horizontalAdvance(text)
            x = offset + pos - w / 2
            x = max(0.0, min(x, self.width() - w))
            painter.drawText(QRectF(x, 0, w, self.height()), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class SecretField(QWidget):
    """A password-echo line edit with a Show toggle. Its text is never written to settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.setToolTip(self.tr("Show or hide what you typed"))
        self.show_button.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setModified(True)

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setModified(False)

    def is_modified(self) -> bool:
        return self.edit.isModified() and bool(self.text())

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class FolderListEditor(QWidget):
    """The library folders: a list with Add…/Remove. Changes are kept until the owner saves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
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

    def add_folder(self, path: str | os.PathLike[str]) -> bool:
        """Add a folder to the list (what the Add… button does after its file dialog)."""
        text = os.path.abspath(os.path.expanduser(os.fspath(path)))
        if not text or any(
            text == f or text.startswith(f.rstrip(os.sep) + os.sep) for f in self.folders()
        ):
            return False  # already listed, or inside a listed folder
        self._append(text)
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()
        return True

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


class ApiKeyEditor(QWidget):
    """The Jina API key: a secret field, where the key comes from, and a Test button."""

    tested = Signal(bool)
    source_known = Signal()

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.source: str | None = None  # "environment" | "keyring" | None, once loaded
        self.source_loaded = False
        self._test_id = 0
        self.field = SecretField(self)
        self.field.setAccessibleName(self.tr("Jina API key"))
        self.field.setPlaceholderText(self.tr("Paste your Jina API key (jina_…)"))
        self.test_button = QPushButton(self.tr("&Test key"), self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_key)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.test_button)
        self.source_note = InlineMessage(self)
        self.result = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.source_note)
        layout.addWidget(self.result)
        self.setFocusProxy(self.field)
        self.refresh_source()

    def refresh_source(self) -> None:
        self.runner.submit(lambda: secret_store.source(Secret.JINA_API_KEY), self._got_source)

    def _got_source(self, source: str | None) -> None:
        if not alive(self):
            return
        self.source = source
        self.source_loaded = True
        if source == "environment":
            self.source_note.show_message(
                InlineMessage.INFO,
                self.tr(
                    "The key comes from the JINA_API_KEY environment variable; it is used "
                    "instead of a key saved here."
                ),
            )
        elif source == "keyring":
            self.source_note.show_message(
                InlineMessage.OK,
                self.tr("A key is saved in the system keyring. Type a new one to replace it."),
            )
            self.field.setPlaceholderText(self.tr("Saved in the keyring"))
        else:
            self.source_note.clear()
            self.field.setPlaceholderText(self.tr("Paste your Jina API key (jina_…)"))
        self.source_known.emit()

    def typed_key(self) -> str | None:
        return self.field.text() if self.field.is_modified() else None

    def has_key(self) -> bool:
        return bool(self.field.text()) or self.source is not None

    def test_key(self) -> None:
        """Ask the API to embed one word with the typed key (or the saved one)."""
        from photoseek.embedding.base import AuthError
        from photoseek.embedding.jina import check_key

        typed = self.field.text()
        url = self.library.api_url()
        model = self.library.settings.embedding.model
        no_key = self.tr("Type a key first.")

        def work() -> str:
            key = typed or secret_store.get(Secret.JINA_API_KEY)
            if not key:
                raise AuthError(no_key)
            return check_key(key, url, model)

        self._test_id += 1
        test_id = self._test_id
        self.test_button.setEnabled(False)
        self.result.show_message(InlineMessage.BUSY, self.tr("Testing the key…"))
        self.runner.submit(
            work,
            lambda msg: self._tested(test_id, True, str(msg)),
            lambda exc: self._tested(test_id, False, self._describe(exc)),
        )

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, EmbeddingError | SecretStoreError):
            return str(exc)
        return self.tr("The test failed: {error}").format(error=str(exc) or type(exc).__name__)

    def _tested(self, test_id: int, ok: bool, text: str) -> None:
        if not alive(self) or test_id != self._test_id:
            return
        self.test_button.setEnabled(True)
        self.result.show_message(InlineMessage.OK if ok else InlineMessage.ERROR, text)
        self.tested.emit(ok)

    def saved(self) -> None:
        """The typed key went to the keyring: clear it and show where the key lives now."""
        self.field.clear()
        self.refresh_source()


def check_elasticsearch(
    runner: TaskRunner, es: ElasticsearchSettings, done: Callable[[bool, str], None]
) -> None:
    """Run the store's connection check off the GUI thread; `done(ok, text)` on the GUI thread."""
    not_installed = _translate("Elasticsearch support is not installed.")

    def work() -> tuple[bool, str]:
        try:
            from photoseek.stores.elastic_check import check_connection
        except ImportError:
            return False, not_installed
        report = check_connection(es)
        return bool(report.ok), "\n".join(str(line) for line in report.lines)

    def failed(exc: BaseException) -> None:
        done(
            False,
            _translate("The connection test failed: {error}").format(
                error=str(exc) or type(exc).__name__
            ),
        )

    runner.submit(work, lambda result: done(*result), failed)


def _strip_key(key: str, message: str) -> str:
    """SettingsError messages start with the setting key; the field already says which."""
    prefix = f"{key}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _with_message(widget: QWidget) -> tuple[QWidget, InlineMessage]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    message = InlineMessage(box)
    layout.addWidget(message)
    box.setFocusProxy(widget)
    return box, message


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass
class _SaveOutcome:
    folders: list[str] = field(default_factory=list)
    folder_errors: list[str] = field(default_factory=list)
    saved_secrets: list[Secret] = field(default_factory=list)
    secret_error: str | None = None
    settings_error: str | None = None


# -- the dialog ----------------------------------------------------------------------------------
class SettingsDialog(QDialog):
    """Settings in four tabs. Used non-modally; `applied` carries the keys that changed.

    Besides setting keys ("embedding.dims", "store.kind", …) `applied` can carry
    "library.folders" (folders added or removed) and "secret.<account>" (a secret saved to
    the keyring, e.g. "secret.jina-api-key"). The dialog only saves; the receiver decides
    what to rebuild (e.g. `library.reconfigure()` after a store change).
    """

    applied = Signal(set)
    loaded = Signal()  # folders, photo count and secret sources arrived

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.photo_count: int | None = None
        self.es_sources: dict[Secret, str | None] = {}
        self._pending_loads = 0
        self._saving = False
        self._close_after_save = False
        self._messages: dict[str, InlineMessage] = {}
        self._fields: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Photoseek Settings"))
        self.setSizeGripEnabled(True)

        self._secret_for_field: Secret | None = None
        self._es_test_id = 0
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrolling(self._library_tab()), self.tr("&Library"))
        self.tabs.addTab(_scrolling(self._embedding_tab()), self.tr("&Embedding"))
        self.tabs.addTab(_scrolling(self._size_tab()), self.tr("Index si&ze"))
        self.tabs.addTab(_scrolling(self._store_tab()), self.tr("&Store"))

        self.status = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._load_values(library.settings)
        self._fit_to_content()
        self._start_loading()

    def _fit_to_content(self) -> None:
        """Open big enough to show the tallest tab without scrolling, when the screen allows."""
        fm = self.fontMetrics()
        pages = []
        for i in range(self.tabs.count()):
            area = self.tabs.widget(i)
            page = area.widget() if isinstance(area, QScrollArea) else area
            if page is not None:
                pages.append(page)
        width = max([fm.averageCharWidth() * 100] + [p.sizeHint().width() for p in pages])
        height = 0
        for page in pages:
            h = page.heightForWidth(width) if page.hasHeightForWidth() else -1
            height = max(height, h if h > 0 else page.sizeHint().height())
        chrome = (
            self.tabs.tabBar().sizeHint().height()
            + self.buttons.sizeHint().height()
            + fm.height() * 2
            + 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutTopMargin)
        )
        width += 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        screen = self.screen().availableGeometry()
        self.resize(
            min(width, int(screen.width() * 0.9)), min(height + chrome, int(screen.height() * 0.9))
        )

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def apply_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    def _register(self, key: str, widget: QWidget) -> QWidget:
        box, message = _with_message(widget)
        self._messages[key] = message
        self._fields[key] = widget
        return box

    # -- tabs -----------------------------------------------------------------------------
    def _library_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        folders_box = QGroupBox(self.tr("Photo folders"), page)
        fl = QVBoxLayout(folders_box)
        fl.addWidget(
            hint_label(
                self.tr(
                    "Photoseek looks for photos in these folders and their subfolders. "
                    "It only reads them: it never changes, moves or deletes a photo."
                )
            )
        )
        self.folder_editor = FolderListEditor(folders_box)
        fl.addWidget(self.folder_editor, 1)
        self.folder_message = InlineMessage(folders_box)
        fl.addWidget(self.folder_message)
        layout.addWidget(folders_box, 1)

        scan_box = QGroupBox(self.tr("What to skip"), page)
        form = QFormLayout(scan_box)
        self.exclude_edit = QPlainTextEdit(scan_box)
        self.exclude_edit.setTabChangesFocus(True)
        self.exclude_edit.setPlaceholderText("@eaDir\n*.tmp\nPrivate/*")
        self.exclude_edit.setFixedHeight(self.exclude_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.exclude_edit.setAccessibleName(self.tr("Excluded patterns"))
        excl = QLabel(self.tr("E&xclude:"), scan_box)
        excl.setBuddy(self.exclude_edit)
        form.addRow(excl, self._register("library.exclude", self.exclude_edit))
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
        self._fields["library.include_hidden"] = self.hidden_check
        self._fields["library.follow_symlinks"] = self.symlinks_check
        layout.addWidget(scan_box)
        return page

    def _embedding_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("How photos are understood"), page)
        form = QFormLayout(box)
        self.provider_combo = QComboBox(box)
        self.provider_combo.addItem(self.tr("Jina API (online, jina-clip-v2)"), "jina")
        self.provider_combo.addItem(self.tr("Local model (coming)"), "local")
        model = self.provider_combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(1)
            if item is not None:
                item.setEnabled(False)
                item.setToolTip(self.tr("Running the model on this computer is not ready yet."))
        provider_label = QLabel(self.tr("&Provider:"), box)
        provider_label.setBuddy(self.provider_combo)
        form.addRow(provider_label, self._register("embedding.provider", self.provider_combo))

        self.key_editor = ApiKeyEditor(self.library, self.runner, box)
        self.key_editor.source_known.connect(self._load_finished)
        self._pending_loads += 1
        key_label = QLabel(self.tr("API &key:"), box)
        key_label.setBuddy(self.key_editor.field.edit)
        form.addRow(key_label, self.key_editor)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    'Get a key at <a href="{url}">jina.ai/embeddings</a>. The key is kept in '
                    "your system keyring, never in a settings file."
                ).format(url=JINA_KEYS_URL),
                rich=True,
            ),
        )
        layout.addWidget(box)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each photo is sent once, as a 512-pixel JPEG copy, and its full vector is "
                    "kept on this computer. Jina bills by tokens used; changing the index size "
                    "later costs nothing."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _size_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Index size (Matryoshka dimensions)"), page)
        bl = QVBoxLayout(box)
        bl.addWidget(
            hint_label(
                self.tr(
                    "Smaller vectors make the index smaller and searches faster, at a small "
                    "cost in quality."
                )
            )
        )
        grid = QGridLayout()
        self.dims_slider = QSlider(Qt.Orientation.Horizontal, box)
        self.dims_slider.setRange(0, len(DIM_STEPS) - 1)
        self.dims_slider.setPageStep(1)
        self.dims_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.dims_slider.setTickInterval(1)
        self.dims_slider.setAccessibleName(self.tr("Index size"))
        self.dims_spin = QSpinBox(box)
        self.dims_spin.setRange(MIN_DIMS, MAX_DIMS)
        self.dims_spin.setSingleStep(64)
        self.dims_spin.setSuffix(self.tr(" dimensions"))
        self.dims_spin.setAccessibleName(self.tr("Dimensions"))
        dims_label = QLabel(self.tr("&Dimensions:"), box)
        dims_label.setBuddy(self.dims_spin)
        grid.addWidget(dims_label, 0, 0)
        grid.addWidget(self.dims_slider, 0, 1)
        grid.addWidget(self.dims_spin, 0, 2)
        grid.setColumnStretch(1, 1)
        scale = TickScale(self.dims_slider, [str(d) for d in DIM_STEPS], box)
        grid.addWidget(scale, 1, 1)
        bl.addLayout(grid)
        self.dims_message = InlineMessage(box)
        self._messages["embedding.dims"] = self.dims_message
        self._fields["embedding.dims"] = self.dims_spin
        bl.addWidget(self.dims_message)

        self.quality_label = hint_label("", box)
        self.quality_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.quality_label)
        layout.addWidget(box)

        storage = QGroupBox(self.tr("Space it takes"), page)
        sl = QVBoxLayout(storage)
        self.storage_label = hint_label("", storage)
        self.storage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl.addWidget(self.storage_label)
        layout.addWidget(storage)

        change = QGroupBox(self.tr("Changing the size"), page)
        cl = QVBoxLayout(change)
        cl.addWidget(
            hint_label(
                self.tr(
                    "Switching builds a new index from the vectors already kept on this "
                    "computer: no photo is sent to the model again and it costs nothing. "
                    "Searches keep using the old index until the new one is complete, and the "
                    "old index stays until you remove it."
                )
            )
        )
        layout.addWidget(change)
        layout.addStretch(1)

        self.dims_slider.valueChanged.connect(self._slider_moved)
        self.dims_spin.valueChanged.connect(self._spin_changed)
        return page

    def _store_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        where = QGroupBox(self.tr("Where the index is kept"), page)
        wl = QVBoxLayout(where)
        self.embedded_radio = QRadioButton(self.tr("E&mbedded (on this computer)"), where)
        self.es_radio = QRadioButton(self.tr("Elasticsearch clus&ter"), where)
        self.store_group = QButtonGroup(self)
        self.store_group.addButton(self.embedded_radio)
        self.store_group.addButton(self.es_radio)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        wl.addWidget(self.embedded_radio)
        embedded_hint = hint_label(
            self.tr("Nothing to install; a file in your data folder. Right for one person.")
        )
        embedded_hint.setContentsMargins(indent, 0, 0, 0)
        wl.addWidget(embedded_hint)
        wl.addWidget(self.es_radio)
        es_hint = hint_label(
            self.tr(
                "Your own cluster (8.11 or newer): for a team sharing one index or a very "
                "large library."
            )
        )
        es_hint.setContentsMargins(indent, 0, 0, 0)
        wl.addWidget(es_hint)
        self.store_message = InlineMessage(where)
        wl.addWidget(self.store_message)
        self._messages["store.kind"] = self.store_message
        self._fields["store.kind"] = self.embedded_radio
        if os.environ.get("PHOTOSEEK_ES_URL"):
            env_note = InlineMessage(where)
            env_note.show_message(
                InlineMessage.INFO,
                self.tr(
                    "PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used "
                    "whatever you choose here."
                ),
            )
            wl.addWidget(env_note)
        layout.addWidget(where)

        self.es_box = QGroupBox(self.tr("Elasticsearch cluster"), page)
        form = QFormLayout(self.es_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.urls_edit = QPlainTextEdit(self.es_box)
        self.urls_edit.setTabChangesFocus(True)
        self.urls_edit.setPlaceholderText(
            "https://es1.example.org:9200\nhttps://es2.example.org:9200"
        )
        self.urls_edit.setFixedHeight(self.urls_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.urls_edit.setAccessibleName(self.tr("Cluster URLs"))
        self._add_row(form, self.tr("&URLs:"), "elasticsearch.urls", self.urls_edit)
        self.cloud_edit = QLineEdit(self.es_box)
        self.cloud_edit.setPlaceholderText(
            self.tr("or the Cloud ID of an Elastic Cloud deployment")
        )
        self._add_row(form, self.tr("Cl&oud ID:"), "elasticsearch.cloud_id", self.cloud_edit)

        self.auth_combo = QComboBox(self.es_box)
        self.auth_combo.addItem(self.tr("None"), "none")
        self.auth_combo.addItem(self.tr("API key"), "api_key")
        self.auth_combo.addItem(self.tr("User name and password"), "basic")
        self.auth_combo.addItem(self.tr("Bearer token"), "bearer")
        self._add_row(form, self.tr("Aut&hentication:"), "elasticsearch.auth", self.auth_combo)
        self.username_edit = QLineEdit(self.es_box)
        self.username_label = self._add_row(
            form, self.tr("User &name:"), "elasticsearch.username", self.username_edit
        )
        self.es_secret = SecretField(self.es_box)
        secret_box, self.es_secret_message = _with_message(self.es_secret)
        self.es_secret_label = QLabel(self.tr("API &key:"), self.es_box)
        self.es_secret_label.setBuddy(self.es_secret.edit)
        form.addRow(self.es_secret_label, secret_box)
        self._es_form = form

        ca_row = QWidget(self.es_box)
        cal = QHBoxLayout(ca_row)
        cal.setContentsMargins(0, 0, 0, 0)
        self.ca_edit = QLineEdit(ca_row)
        self.ca_edit.setPlaceholderText(self.tr("PEM file of your own certificate authority"))
        browse = QPushButton(self.tr("&Browse…"), ca_row)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_ca_file)
        cal.addWidget(self.ca_edit, 1)
        cal.addWidget(browse)
        ca_row.setFocusProxy(self.ca_edit)
        ca_box = self._register("elasticsearch.ca_certs", ca_row)
        self._fields["elasticsearch.ca_certs"] = self.ca_edit
        ca_label = QLabel(self.tr("C&A certificate:"), self.es_box)
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_box)
        self.fingerprint_edit = QLineEdit(self.es_box)
        self.fingerprint_edit.setPlaceholderText(self.tr("SHA-256 of the server certificate"))
        self._add_row(
            form, self.tr("&Fingerprint:"), "elasticsearch.fingerprint", self.fingerprint_edit
        )
        self.verify_check = QCheckBox(self.tr("&Verify the server's TLS certificate"), self.es_box)
        self.verify_warning = InlineMessage(self.es_box)
        verify_box = QWidget(self.es_box)
        vl = QVBoxLayout(verify_box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.verify_check)
        vl.addWidget(self.verify_warning)
        form.addRow("", verify_box)
        self._fields["elasticsearch.verify_certs"] = self.verify_check

        self.index_type_combo = QComboBox(self.es_box)
        names = {
            "int8_hnsw": self.tr("int8_hnsw — 8-bit, about 4× smaller (recommended)"),
            "hnsw": self.tr("hnsw — full 32-bit floats"),
            "int4_hnsw": self.tr("int4_hnsw — 4-bit, about 8× smaller"),
            "bbq_hnsw": self.tr("bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)"),
        }
        for kind in INDEX_OPTION_TYPES:
            self.index_type_combo.addItem(names.get(kind, kind), kind)
        self._add_row(
            form, self.tr("&Index type:"), "elasticsearch.index_options", self.index_type_combo
        )

        test_row = QWidget(self.es_box)
        tl = QVBoxLayout(test_row)
        tl.setContentsMargins(0, 0, 0, 0)
        self.es_test_button = QPushButton(self.tr("Test &connection"), test_row)
        self.es_test_button.setAutoDefault(False)
        self.es_test_button.clicked.connect(self.test_connection)
        self.es_test_result = InlineMessage(test_row)
        bl = QHBoxLayout()
        bl.addWidget(self.es_test_button)
        bl.addStretch(1)
        tl.addLayout(bl)
        tl.addWidget(self.es_test_result)
        form.addRow("", test_row)
        layout.addWidget(self.es_box)
        layout.addStretch(1)

        self.es_radio.toggled.connect(self._store_changed)
        self.auth_combo.currentIndexChanged.connect(self._auth_changed)
        self.verify_check.toggled.connect(self._verify_changed)
        self.index_type_combo.currentIndexChanged.connect(self._update_estimate)
        return page

    def _add_row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> QLabel:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(widget)
        form.addRow(label, self._register(key, widget))
        return label

    # -- values in and out ----------------------------------------------------------------
    def _load_values(self, s: Settings) -> None:
        self.exclude_edit.setPlainText("\n".join(s.library.exclude))
        self.hidden_check.setChecked(s.library.include_hidden)
        self.symlinks_check.setChecked(s.library.follow_symlinks)
        self._select(self.provider_combo, s.embedding.provider)
        self.dims_spin.setValue(s.embedding.dims)
        self._spin_changed(s.embedding.dims)
        es = s.elasticsearch
        (self.es_radio if s.store.kind == "elasticsearch" else self.embedded_radio).setChecked(True)
        self.urls_edit.setPlainText("\n".join(es.urls))
        self.cloud_edit.setText(es.cloud_id)
        self._select(self.auth_combo, es.auth)
        self.username_edit.setText(es.username)
        self.ca_edit.setText(es.ca_certs)
        self.fingerprint_edit.setText(es.fingerprint)
        self.verify_check.setChecked(es.verify_certs)
        self._select(self.index_type_combo, es.index_options)
        self._store_changed()
        self._auth_changed()
        self._verify_changed()
        self._update_estimate()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        if i >= 0:
            combo.setCurrentIndex(i)

    def values(self) -> dict[str, Any]:
        """What the widgets say, by setting key (typed values, not yet validated)."""
        return {
            "library.exclude": _lines(self.exclude_edit.toPlainText()),
            "library.include_hidden": self.hidden_check.isChecked(),
            "library.follow_symlinks": self.symlinks_check.isChecked(),
            "embedding.provider": self.provider_combo.currentData(),
            "embedding.dims": self.dims_spin.value(),
            "store.kind": "elasticsearch" if self.es_radio.isChecked() else "embedded",
            "elasticsearch.urls": _lines(self.urls_edit.toPlainText()),
            "elasticsearch.cloud_id": self.cloud_edit.text().strip(),
            "elasticsearch.auth": self.auth_combo.currentData(),
            "elasticsearch.username": self.username_edit.text().strip(),
            "elasticsearch.ca_certs": self.ca_edit.text().strip(),
            "elasticsearch.fingerprint": self.fingerprint_edit.text().strip(),
            "elasticsearch.verify_certs": self.verify_check.isChecked(),
            "elasticsearch.index_options": self.index_type_combo.currentData(),
        }

    def _validated(self, keys: list[str] | None = None) -> tuple[Settings, dict[str, str]]:
        """A copy of the settings with the widget values, and the errors by key."""
        new = copy.deepcopy(self.library.settings)
        errors: dict[str, str] = {}
        for key, value in self.values().items():
            if keys is not None and key not in keys:
                continue
            try:
                new.set(key, value)
            except SettingsError as exc:
                errors[key] = _strip_key(key, str(exc))
        es = new.elasticsearch
        es_keys = keys is None or any(k.startswith("elasticsearch.") for k in keys)
        wants_es = new.store.kind == "elasticsearch" or keys is not None
        if es_keys and wants_es and "elasticsearch.urls" not in errors:
            if not es.urls and not es.cloud_id:
                errors["elasticsearch.urls"] = self.tr("Enter the cluster's URL or a Cloud ID.")
            elif es.urls and es.cloud_id:
                errors["elasticsearch.cloud_id"] = self.tr("Use either URLs or a Cloud ID.")
            if es.auth == "basic" and not es.username:
                errors["elasticsearch.username"] = self.tr("Enter the user name.")
        return new, errors

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, message in self._messages.items():
            if key in errors:
                message.show_message(InlineMessage.ERROR, errors[key])
            elif message.kind == InlineMessage.ERROR:
                message.clear()
        if errors:
            first = next(k for k in self._messages if k in errors)
            widget = self._fields.get(first)
            if widget is not None:
                for i in range(self.tabs.count()):
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(widget):
                        self.tabs.setCurrentIndex(i)
                        break
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.show_message(
                InlineMessage.ERROR, self.tr("Some values need fixing; nothing was saved.")
            )

    def field_error(self, key: str) -> str:
        """The error shown next to a field ("" when none)."""
        message = self._messages.get(key)
        return message.text() if message is not None and message.kind == "error" else ""

    # -- loading --------------------------------------------------------------------------
    def _start_loading(self) -> None:
        library = self.library

        def folders_and_count() -> tuple[list[str], int]:
            folders = [f.path for f in library.folders()]
            return folders, sum(library.catalog.state_counts().values())

        def es_sources() -> dict[Secret, str | None]:
            return {s: secret_store.source(s) for s in ES_SECRET_FOR_AUTH.values()}

        self._pending_loads += 2
        self.runner.submit(folders_and_count, self._got_folders, self._load_failed)
        self.runner.submit(es_sources, self._got_es_sources, self._load_failed)

    def _got_folders(self, result: tuple[list[str], int]) -> None:
        if not alive(self):
            return
        folders, count = result
        self.folder_editor.set_folders(folders)
        self.photo_count = count
        self._update_estimate()
        self._load_finished()

    def _got_es_sources(self, sources: dict[Secret, str | None]) -> None:
        if not alive(self):
            return
        self.es_sources = sources
        self._auth_changed()
        self._load_finished()

    def _load_failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.status.show_message(
            InlineMessage.ERROR,
            self.tr("Could not read the library: {error}").format(error=exc),
        )
        self._load_finished()

    def _load_finished(self) -> None:
        self._pending_loads -= 1
        if self._pending_loads == 0:
            self.loaded.emit()

    # -- reactions ------------------------------------------------------------------------
    def _slider_moved(self, index: int) -> None:
        if DIM_STEPS[index] != self.dims_spin.value():
            self.dims_spin.setValue(DIM_STEPS[index])

    def _spin_changed(self, dims: int) -> None:
        nearest = min(range(len(DIM_STEPS)), key=lambda i: abs(DIM_STEPS[i] - dims))
        self.dims_slider.blockSignals(True)
        self.dims_slider.setValue(nearest)
        self.dims_slider.blockSignals(False)
        self.quality_label.setText(self.quality_note(dims))
        self._update_estimate()

    def quality_note(self, dims: int) -> str:
        """Retrieval quality at this size, from the jina-clip-v2 paper (COCO R@5)."""
        current = self.library.settings.embedding.dims
        if dims >= FULL_DIMS:
            note = self.tr("1024 is the model's full size: full quality.")
        elif dims >= 256:
            note = self.tr(
                "Keeps about 99 % of full quality or more (at 256, the paper's image search "
                "recall is 67.4 against 68.4 at full size)."
            )
        elif dims >= 128:
            note = self.tr(
                "Keeps about 95–99 % of full quality (at 128, the paper's image search recall "
                "is 64.6 against 68.4 at full size)."
            )
        else:
            note = self.tr(
                "Quality below 128 dimensions is not published: try it and compare searches "
                "on your own photos."
            )
        if dims != current:
            note += " " + self.tr("Searches use {d} dimensions now.").format(d=current)
        return note

    def _store_changed(self) -> None:
        self.es_box.setEnabled(self.es_radio.isChecked())
        self._update_estimate()

    def _current_secret(self) -> Secret | None:
        return ES_SECRET_FOR_AUTH.get(str(self.auth_combo.currentData()))

    def _auth_changed(self) -> None:
        auth = str(self.auth_combo.currentData())
        basic = auth == "basic"
        self.username_edit.setEnabled(basic)
        self.username_label.setEnabled(basic)
        secret = self._current_secret()
        labels = {
            "api_key": self.tr("API &key:"),
            "basic": self.tr("Pass&word:"),
            "bearer": self.tr("To&ken:"),
        }
        self.es_secret_label.setText(labels.get(auth, self.tr("Secret:")))
        self.es_secret.setEnabled(secret is not None)
        self.es_secret_label.setEnabled(secret is not None)
        if self._secret_for_field != secret:
            self.es_secret.clear()  # typed for another kind of credential
        self._secret_for_field = secret
        if secret is None:
            self.es_secret.setPlaceholderText(self.tr("Not needed"))
        elif self.es_sources.get(secret) == "environment":
            self.es_secret.setPlaceholderText(self.tr("Set by {env}").format(env=secret.env))
        elif self.es_sources.get(secret) == "keyring":
            self.es_secret.setPlaceholderText(self.tr("Saved in the keyring"))
        else:
            self.es_secret.setPlaceholderText(self.tr("Kept in the system keyring"))

    def _verify_changed(self) -> None:
        if self.verify_check.isChecked():
            self.verify_warning.clear()
        else:
            self.verify_warning.show_message(
                InlineMessage.WARNING,
                self.tr(
                    "Without verification, anyone between you and the cluster could read "
                    "the traffic and your credentials. Prefer a CA file or a fingerprint."
                ),
            )

    def _update_estimate(self) -> None:
        self.storage_label.setText(self.storage_estimate())

    def storage_estimate(self) -> str:
        dims = self.dims_spin.value()
        kind = "elasticsearch" if self.es_radio.isChecked() else "embedded"
        options = str(self.index_type_combo.currentData() or "int8_hnsw")
        per = bytes_per_photo(kind, dims, options)
        known = self.photo_count
        photos = known if known else EXAMPLE_LIBRARY
        if known is None:
            whom = self.tr("(counting your photos…)")
            total = ""
        elif known:
            whom = self.tr("for your {photos}").format(photos=format_photos(known))
            total = format_bytes(per * photos)
        else:
            whom = self.tr("for a library of {n} photos").format(n=format_count(EXAMPLE_LIBRARY))
            total = format_bytes(per * photos)
        if kind == "elasticsearch":
            text = self.tr(
                "Elasticsearch, {type}: about {per} of cluster memory per photo "
                "({vector} for the vector, about {graph} B for the search graph)"
            ).format(
                type=options,
                per=format_bytes(per),
                vector=format_bytes(es_vector_bytes(options, dims)),
                graph=ES_GRAPH_BYTES,
            )
            if total:
                text += self.tr(" — {total} {whom}.").format(total=total, whom=whom)
            else:
                text += f" {whom}"
            if options != "hnsw":
                text += " " + self.tr(
                    "The cluster also keeps the full-precision vectors on disk ({disk})."
                ).format(disk=format_bytes(4 * dims * photos))
        else:
            text = self.tr(
                "Embedded store: about {per} per photo on disk ({vector} for the vector plus "
                "its details), and the vectors in memory while Photoseek runs"
            ).format(per=format_bytes(per), vector=format_bytes(4 * dims))
            text += (
                self.tr(" — {total} {whom}.").format(total=total, whom=whom)
                if total
                else f" {whom}"
            )
        cache = self.tr(
            "Either way this computer keeps each photo's full 1024-dimension vector "
            "({per} per photo, {total} in all), which is what makes changing size free."
        ).format(
            per=format_bytes(CACHE_BYTES_PER_PHOTO),
            total=format_bytes(CACHE_BYTES_PER_PHOTO * photos),
        )
        return text + "\n\n" + cache

    def choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority file"),
            self.ca_edit.text() or str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    # -- tests ----------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Check the cluster with the values in the widgets (secrets as saved)."""
        es_keys = [k for k in self.values() if k.startswith("elasticsearch.")]
        new, errors = self._validated(es_keys)
        self._show_errors(errors)
        if errors:
            self.status.clear()
            self.es_test_result.show_message(
                InlineMessage.ERROR, self.tr("Fix the values above first.")
            )
            return
        self.es_test_button.setEnabled(False)
        busy = self.tr("Connecting…")
        if self.es_secret.is_modified():
            busy += " " + self.tr("(with the saved secret: Apply first to test the one you typed)")
        self.es_test_result.show_message(InlineMessage.BUSY, busy)
        self._es_test_id += 1
        test_id = self._es_test_id

        def done(ok: bool, text: str) -> None:
            if not alive(self) or test_id != self._es_test_id:
                return
            self.es_test_button.setEnabled(True)
            self.es_test_result.show_message(InlineMessage.OK if ok else InlineMessage.ERROR, text)

        check_elasticsearch(self.runner, copy.deepcopy(new.elasticsearch), done)

    # -- saving ---------------------------------------------------------------------------
    def apply(self) -> None:
        self._save(close_after=False)

    def save_and_close(self) -> None:
        self._save(close_after=True)

    def _save(self, close_after: bool) -> None:
        if self._saving:
            return
        self.status.clear()
        self.folder_message.clear()
        self.es_secret_message.clear()
        new, errors = self._validated()
        self._show_errors(errors)
        if errors:
            return
        live = self.library.settings
        changed = {k for k in self.values() if new.get(k) != live.get(k)}
        old_values = {k: live.get(k) for k in changed}
        for key in changed:
            live.set(key, new.get(key))

        secrets: dict[Secret, str] = {}
        typed = self.key_editor.typed_key()
        if typed:
            secrets[Secret.JINA_API_KEY] = typed
        es_secret = self._current_secret()
        if es_secret is not None and self.es_secret.is_modified():
            secrets[es_secret] = self.es_secret.text()
        to_add = self.folder_editor.added()
        to_remove = self.folder_editor.removed()
        library = self.library
        settings_file = library.paths.settings_file

        def work() -> _SaveOutcome:
            out = _SaveOutcome()
            for path in to_remove:
                try:
                    library.remove_folder(path)
                except FolderError as exc:
                    out.folder_errors.append(str(exc))
            for path in to_add:
                try:
                    library.add_folder(path)
                except FolderError as exc:
                    out.folder_errors.append(str(exc))
            out.folders = [f.path for f in library.folders()]
            for secret, value in secrets.items():
                try:
                    secret_store.put(secret, value)
                except SecretStoreError as exc:
                    out.secret_error = str(exc)
                    break
                out.saved_secrets.append(secret)
            if changed or not settings_file.exists():
                try:
                    library.save_settings()
                except OSError as exc:
                    out.settings_error = str(exc)
            return out

        def failed(exc: BaseException) -> None:
            self._saved(
                _SaveOutcome(settings_error=str(exc) or type(exc).__name__),
                changed,
                old_values,
                bool(to_add or to_remove),
            )

        self._saving = True
        self._close_after_save = close_after
        self.buttons.setEnabled(False)
        self.status.show_message(InlineMessage.BUSY, self.tr("Saving…"))
        self.runner.submit(
            work,
            lambda out: self._saved(out, changed, old_values, bool(to_add or to_remove)),
            failed,
        )

    def _saved(
        self,
        out: _SaveOutcome,
        changed: set[str],
        old_values: dict[str, Any],
        folders_touched: bool,
    ) -> None:
        if out.settings_error is not None:
            for key, value in old_values.items():  # memory and file stay the same
                self.library.settings.set(key, value)
            changed = set()
        if not alive(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        self.status.clear()
        keys = set(changed)
        if folders_touched and out.folders:
            self.folder_editor.set_folders(out.folders)
            keys.add("library.folders")
        elif folders_touched:
            self.folder_editor.set_folders([])
            keys.add("library.folders")
        for secret in out.saved_secrets:
            keys.add(secret_key(secret))
            if secret is Secret.JINA_API_KEY:
                self.key_editor.saved()
            else:
                self.es_sources[secret] = "keyring"
                self.es_secret.clear()
        if out.saved_secrets and self._current_secret() in out.saved_secrets:
            self._auth_changed()
        problems = []
        if out.folder_errors:
            self.folder_message.show_message(InlineMessage.ERROR, "\n".join(out.folder_errors))
            problems.append(self.folder_message)
        if out.secret_error:
            target = (
                self.key_editor.result if self.key_editor.typed_key() else self.es_secret_message
            )
            target.show_message(InlineMessage.ERROR, out.secret_error)
            problems.append(target)
        if out.settings_error:
            self.status.show_message(
                InlineMessage.ERROR,
                self.tr("The settings could not be saved: {error}").format(
                    error=out.settings_error
                ),
            )
        elif problems:
            self.status.show_message(
                InlineMessage.WARNING, self.tr("Saved, except what is marked.")
            )
        if "embedding.dims" in changed or "store.kind" in changed:
            self._spin_changed(self.dims_spin.value())
        if keys or not (problems or out.settings_error):
            self.applied.emit(keys)
        if problems:
            self._focus_message(problems[0])
        elif not out.settings_error and self._close_after_save:
            self.accept()

    def _focus_message(self, message: InlineMessage) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(message):
                self.tabs.setCurrentIndex(i)
                return
