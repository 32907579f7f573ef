"""The settings dialog: four tabs that lay out the settings and hand every change to the core.

It validates with the library's own rules (`Library.config.validate`: the same sentences as
`photoseek config set`), saves in one go with `Library.save` on the writer lane, and reports
the follow-ups it returned (`applied`); the window decides when to run them. Disk, keyring and
network work never happens on the GUI thread. Secrets go only to the keyring.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.secrets import Secret
from photoseek.config.settings import (
    INDEX_OPTION_TYPES,
    MAX_DIMS,
    MIN_DIMS,
    Settings,
    SettingsError,
)
from photoseek.gui.folder_editor import FolderListEditor
from photoseek.gui.formatting import format_bytes, format_count, format_photos
from photoseek.gui.key_editor import ApiKeyEditor, check_elasticsearch
from photoseek.gui.settings_general_tab import GeneralTab
from photoseek.gui.widgets import (
    InlineMessage,
    SecretField,
    TickScale,
    alive,
    hint_label,
    lines,
    scrolling,
    with_message,
)
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, ChangeSet, Library
from photoseek.sizing import (
    CACHE_BYTES_PER_PHOTO,
    DIM_STEPS,
    ES_GRAPH_BYTES,
    EXAMPLE_LIBRARY,
    QualityLevel,
    quality,
    storage_estimate,
)
from photoseek.stores.elastic import AUTH_SECRETS

JINA_KEYS_URL = "https://jina.ai/embeddings"


def _translate(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


# -- the dialog ----------------------------------------------------------------------------------
class SettingsDialog(QDialog):
    """Settings in four tabs. Used non-modally; `applied` carries the `ChangeOutcome` of a
    save: the keys that changed (setting keys, "library.folders", "secret.<account>") and the
    follow-ups they need, which the window runs."""

    applied = Signal(object)  # ChangeOutcome: what changed and the follow-ups it needs
    loaded = Signal()  # folders, photo count and secret sources arrived

    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.runner = lanes.io
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
        self.tabs.addTab(scrolling(self._library_tab()), self.tr("&Library"))
        self.tabs.addTab(scrolling(self._embedding_tab()), self.tr("&Embedding"))
        self.tabs.addTab(scrolling(self._size_tab()), self.tr("Index si&ze"))
        self.tabs.addTab(scrolling(self._store_tab()), self.tr("&Store"))
        self.general_tab = GeneralTab(self)  # language, theme, automatic indexing
        self.tabs.addTab(scrolling(self.general_tab), self.tr("&General"))

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
        box, message = with_message(widget)
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
        self.folder_editor = FolderListEditor(self.library, self.runner, folders_box)
        fl.addWidget(self.folder_editor, 1)
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
        secret_box, self.es_secret_message = with_message(self.es_secret)
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
        self.general_tab.load(s)
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
        return self.general_tab.values() | {
            "library.exclude": lines(self.exclude_edit.toPlainText()),
            "library.include_hidden": self.hidden_check.isChecked(),
            "library.follow_symlinks": self.symlinks_check.isChecked(),
            "embedding.provider": self.provider_combo.currentData(),
            "embedding.dims": self.dims_spin.value(),
            "store.kind": "elasticsearch" if self.es_radio.isChecked() else "embedded",
            "elasticsearch.urls": lines(self.urls_edit.toPlainText()),
            "elasticsearch.cloud_id": self.cloud_edit.text().strip(),
            "elasticsearch.auth": self.auth_combo.currentData(),
            "elasticsearch.username": self.username_edit.text().strip(),
            "elasticsearch.ca_certs": self.ca_edit.text().strip(),
            "elasticsearch.fingerprint": self.fingerprint_edit.text().strip(),
            "elasticsearch.verify_certs": self.verify_check.isChecked(),
            "elasticsearch.index_options": self.index_type_combo.currentData(),
        }

    def _validated(self, keys: list[str] | None = None) -> tuple[Any, dict[str, str]]:
        """The settings the widgets would give (or None) and the errors by key, by the
        library's own rules: the sentences `photoseek config set` prints."""
        values = {k: v for k, v in self.values().items() if keys is None or k in keys}
        try:
            return self.library.config.validate(values), {}
        except SettingsError as exc:
            return None, dict(getattr(exc, "errors", None) or {exc.key: exc.reason})

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
            return [f.path for f in library.folders()], library.status().indexed

        def es_sources() -> dict[Secret, str | None]:
            return {s: library.secret_source(s) for s in ES_SECRETS.values()}

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
        """Retrieval quality at this size (the core's figures, from the jina-clip-v2 paper)."""
        q = quality(dims)
        if q.level is QualityLevel.FULL:
            note = self.tr("1024 is the model's full size: full quality.")
        elif q.level is QualityLevel.UNPUBLISHED:
            note = self.tr(
                "Quality below 128 dimensions is not published: try it and compare searches "
                "on your own photos."
            )
        else:
            share = (
                self.tr("about 99 % of full quality or more")
                if q.level is QualityLevel.HIGH
                else self.tr("about 95–99 % of full quality")
            )
            note = self.tr(
                "Keeps {share} (at {ref}, the paper's image search recall is {recall} against "
                "{full} at full size)."
            ).format(share=share, ref=q.reference_dims, recall=q.recall, full=q.full_recall)
        current = self.library.settings.embedding.dims
        if dims != current:
            note += " " + self.tr("Searches use {d} dimensions now.").format(d=current)
        return note

    def _store_changed(self) -> None:
        self.es_box.setEnabled(self.es_radio.isChecked())
        self._update_estimate()

    def _current_secret(self) -> Secret | None:
        return ES_SECRETS.get(str(self.auth_combo.currentData()))

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
        """The core's estimate for the size and store in the widgets, in the user's words."""
        dims = self.dims_spin.value()
        kind = "elasticsearch" if self.es_radio.isChecked() else "embedded"
        options = str(self.index_type_combo.currentData() or "int8_hnsw")
        known = self.photo_count
        e = storage_estimate(kind, dims, options, known)
        if known is None:
            whom, total = self.tr("(counting your photos…)"), ""
        elif e.example:
            whom = self.tr("for a library of {n} photos").format(n=format_count(EXAMPLE_LIBRARY))
            total = format_bytes(e.index_total)
        else:
            whom = self.tr("for your {photos}").format(photos=format_photos(e.photos))
            total = format_bytes(e.index_total)
        if kind == "elasticsearch":
            text = self.tr(
                "Elasticsearch, {type}: about {per} of cluster memory per photo "
                "({vector} for the vector, about {graph} B for the search graph)"
            ).format(
                type=options,
                per=format_bytes(e.per_photo),
                vector=format_bytes(e.vector_bytes),
                graph=ES_GRAPH_BYTES,
            )
        else:
            text = self.tr(
                "Embedded store: about {per} per photo on disk ({vector} for the vector plus "
                "its details), and the vectors in memory while Photoseek runs"
            ).format(per=format_bytes(e.per_photo), vector=format_bytes(e.vector_bytes))
        text += (
            self.tr(" — {total} {whom}.").format(total=total, whom=whom) if total else (f" {whom}")
        )
        if e.full_precision_on_disk:
            text += " " + self.tr(
                "The cluster also keeps the full-precision vectors on disk ({disk})."
            ).format(disk=format_bytes(e.full_precision_on_disk))
        cache = self.tr(
            "Either way this computer keeps each photo's full 1024-dimension vector "
            "({per} per photo, {total} in all), which is what makes changing size free."
        ).format(per=format_bytes(CACHE_BYTES_PER_PHOTO), total=format_bytes(e.cache_total))
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
        values = {k: v for k, v in self.values().items() if k.startswith("elasticsearch.")}
        values["store.kind"] = "elasticsearch"  # the address must be there to test it
        try:
            new = self.library.config.validate(values)
            errors: dict[str, str] = {}
        except SettingsError as exc:
            new, errors = None, dict(getattr(exc, "errors", None) or {exc.key: exc.reason})
        self._show_errors(errors)
        if new is None:
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

        check_elasticsearch(self.runner, new.elasticsearch, done)

    # -- saving ---------------------------------------------------------------------------
    def apply(self) -> None:
        self._save(close_after=False)

    def save_and_close(self) -> None:
        self._save(close_after=True)

    def change_set(self) -> ChangeSet:
        """What Apply would save: changed settings, typed secrets, folders added or removed."""
        live = self.library.settings
        settings = {k: v for k, v in self.values().items() if not _same(live.get(k), v)}
        secrets: dict[Secret, str] = {}
        typed = self.key_editor.typed_key()
        if typed:
            secrets[Secret.JINA_API_KEY] = typed
        es_secret = self._current_secret()
        if es_secret is not None and self.es_secret.is_modified():
            secrets[es_secret] = self.es_secret.text()
        return ChangeSet(
            settings,
            secrets,
            tuple(self.folder_editor.added()),
            tuple(self.folder_editor.removed()),
        )

    def _save(self, close_after: bool) -> None:
        if self._saving:
            return
        self.status.clear()
        self.folder_editor.message.clear()
        self.es_secret_message.clear()
        _new, errors = self._validated()
        self._show_errors(errors)
        if errors:
            return
        change = self.change_set()
        library = self.library

        def failed(exc: BaseException) -> None:
            self._saved(ChangeOutcome(write_error=str(exc) or type(exc).__name__))

        self._saving = True
        self._close_after_save = close_after
        self.buttons.setEnabled(False)
        self.status.show_message(InlineMessage.BUSY, self.tr("Saving…"))
        self.lanes.writer.submit(lambda: library.save(change), self._saved, failed)

    def _saved(self, out: ChangeOutcome) -> None:
        if not alive(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        self.status.clear()
        if "library.folders" in out.changed:
            self.folder_editor.set_folders(out.folders)
        for secret in out.saved_secrets:
            if secret is Secret.JINA_API_KEY:
                self.key_editor.saved()
            else:
                self.es_sources[secret] = "keyring"
                self.es_secret.clear()
        if out.saved_secrets and self._current_secret() in out.saved_secrets:
            self._auth_changed()
        problems: list[InlineMessage] = []
        if out.invalid:
            self._show_errors(out.invalid)
            return
        if out.folder_errors:
            self.folder_editor.message.show_message(
                InlineMessage.ERROR, "\n".join(out.folder_errors)
            )
            problems.append(self.folder_editor.message)
        if out.secret_error:
            target = (
                self.key_editor.result if self.key_editor.typed_key() else self.es_secret_message
            )
            target.show_message(InlineMessage.ERROR, out.secret_error)
            problems.append(target)
        if out.write_error:
            self.status.show_message(InlineMessage.ERROR, out.write_error)
        elif problems:
            self.status.show_message(
                InlineMessage.WARNING, self.tr("Saved, except what is marked.")
            )
        if out.changed & {"embedding.dims", "store.kind"}:
            self._spin_changed(self.dims_spin.value())
        if out.changed or out.ok:
            self.applied.emit(out)
        if problems:
            self._focus_message(problems[0])
        elif not out.write_error and self._close_after_save:
            self.accept()

    def _focus_message(self, message: InlineMessage) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(message):
                self.tabs.setCurrentIndex(i)
                return


def _same(saved: Any, shown: Any) -> bool:
    """A widget value equals the saved one (lists in widgets, tuples in settings)."""
    if isinstance(saved, tuple) and isinstance(shown, list):
        return list(saved) == shown
    return bool(saved == shown)


ES_SECRETS: dict[str, Secret] = {auth: entry[0] for auth, entry in AUTH_SECRETS.items()}
