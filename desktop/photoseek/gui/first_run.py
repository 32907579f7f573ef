"""The first-run wizard: folders, how photos are understood (the key), where the index lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from photoseek.config.secrets import Secret
from photoseek.config.settings import SettingsError
from photoseek.gui.folder_editor import FolderListEditor
from photoseek.gui.key_editor import ApiKeyEditor, check_elasticsearch
from photoseek.gui.settings_dialog import JINA_KEYS_URL
from photoseek.gui.widgets import InlineMessage, SecretField, alive, hint_label
from photoseek.gui.workers import Lanes, TaskRunner
from photoseek.library import ChangeOutcome, ChangeSet, Library


def _indented(widget: QWidget, parent: QWidget) -> QWidget:
    indent = parent.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
    widget.setContentsMargins(indent, 0, 0, 0)
    return widget


class FoldersPage(QWizardPage):
    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your photo folders"))
        self.setSubTitle(self.tr("Which folders should Photoseek search?"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Photoseek finds photos by what they show: type “red flowers” or "
                    "“un chat qui dort” in any language, or start from a photo you like. "
                    "It only reads your folders; it never changes, moves or deletes a photo."
                ),
                self,
            )
        )
        label = QLabel(self.tr("&Folders to search (subfolders included):"), self)
        self.folders = FolderListEditor(library, runner, self)
        label.setBuddy(self.folders.list)
        layout.addWidget(label)
        layout.addWidget(self.folders, 1)
        self.folders.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.folders.folders())


class EmbeddingPage(QWizardPage):
    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How photos are understood"))
        self.setSubTitle(
            self.tr(
                "Photoseek sends a small 512-pixel copy of each photo to a model that describes "
                "it as numbers, and keeps those numbers, so no photo is ever sent twice."
            )
        )
        layout = QVBoxLayout(self)
        self.jina_radio = QRadioButton(self.tr("&Jina API (online)"), self)
        self.jina_radio.setChecked(True)
        self.local_radio = QRadioButton(self.tr("&Local model (coming in a later version)"), self)
        self.local_radio.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.jina_radio)
        group.addButton(self.local_radio)
        layout.addWidget(self.jina_radio)
        layout.addWidget(
            _indented(
                hint_label(
                    self.tr(
                        "Needs an API key. Jina bills by tokens used, and a photo always costs "
                        "about the same because only the small copy is sent; new keys usually "
                        'come with free tokens to try. Get a key at <a href="{url}">'
                        "jina.ai/embeddings</a>."
                    ).format(url=JINA_KEYS_URL),
                    self,
                    rich=True,
                ),
                self,
            )
        )
        form = QFormLayout()
        self.key_editor = ApiKeyEditor(library, runner, self)
        key_label = QLabel(self.tr("API &key:"), self)
        key_label.setBuddy(self.key_editor.field.edit)
        form.addRow(key_label, self.key_editor)
        key_box = QWidget(self)
        key_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_indented(key_box, self))
        layout.addWidget(self.local_radio)
        local_hint = hint_label(
            self.tr(
                "Runs on this computer: no key and no cost, but a large download and "
                "slower indexing."
            ),
            self,
        )
        local_hint.setEnabled(False)
        layout.addWidget(_indented(local_hint, self))
        layout.addStretch(1)
        self.key_editor.field.edit.textChanged.connect(self.completeChanged)
        self.key_editor.source_known.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.key_editor.has_key()


class StorePage(QWizardPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._test_id = 0
        self.setTitle(self.tr("Where the index is kept"))
        self.setSubTitle(self.tr("You can change this later in Settings."))
        layout = QVBoxLayout(self)
        self.embedded_radio = QRadioButton(self.tr("&Embedded, on this computer (recommended)"))
        self.embedded_radio.setChecked(True)
        self.es_radio = QRadioButton(self.tr("An Elasticsearch &cluster"), self)
        group = QButtonGroup(self)
        group.addButton(self.embedded_radio)
        group.addButton(self.es_radio)
        layout.addWidget(self.embedded_radio)
        layout.addWidget(
            _indented(
                hint_label(
                    self.tr("A file in Photoseek's data folder. Nothing to install or run."),
                    self,
                ),
                self,
            )
        )
        layout.addWidget(self.es_radio)
        layout.addWidget(
            _indented(
                hint_label(
                    self.tr(
                        "For a team sharing one index, or a very large library. Needs a "
                        "cluster you can reach (Elasticsearch 8.11 or newer)."
                    ),
                    self,
                ),
                self,
            )
        )

        self.es_box = QWidget(self)
        form = QFormLayout(self.es_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(self.es_box)
        self.url_edit.setPlaceholderText("https://localhost:9200")
        url_label = QLabel(self.tr("&URL:"), self.es_box)
        url_label.setBuddy(self.url_edit)
        url_box = QWidget(self.es_box)
        ul = QVBoxLayout(url_box)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.url_edit)
        self.url_message = InlineMessage(url_box)
        ul.addWidget(self.url_message)
        url_box.setFocusProxy(self.url_edit)
        form.addRow(url_label, url_box)
        self.api_key = SecretField(self.es_box)
        self.api_key.setPlaceholderText(self.tr("Optional; kept in the system keyring"))
        self.api_key.setAccessibleName(self.tr("Elasticsearch API key"))
        key_label = QLabel(self.tr("API &key:"), self.es_box)
        key_label.setBuddy(self.api_key.edit)
        form.addRow(key_label, self.api_key)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self.es_box)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        self.test_result = InlineMessage(self.es_box)
        form.addRow("", self.test_result)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Cloud ID, user and password, certificates and the index type are in "
                    "Settings → Store."
                ),
                self.es_box,
            ),
        )
        layout.addWidget(_indented(self.es_box, self))
        layout.addStretch(1)
        self.status = InlineMessage(self)
        layout.addWidget(self.status)

        self.es_radio.toggled.connect(self._kind_changed)
        self.url_edit.textChanged.connect(self.completeChanged)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.es_box.setEnabled(self.es_radio.isChecked())
        self.completeChanged.emit()

    @property
    def kind(self) -> str:
        return "elasticsearch" if self.es_radio.isChecked() else "embedded"

    def isComplete(self) -> bool:
        return self.kind == "embedded" or bool(self.url_edit.text().strip())

    def es_changes(self, library: Library) -> dict[str, Any] | None:
        """The settings this page chooses, validated by the library (None: error shown)."""
        changes: dict[str, Any] = {"store.kind": self.kind}
        if self.kind == "elasticsearch":
            changes.update(
                {
                    "elasticsearch.urls": [self.url_edit.text().strip()],
                    "elasticsearch.cloud_id": "",
                }
            )
            if self.api_key.text():
                changes["elasticsearch.auth"] = "api_key"
        try:
            library.config.validate(changes)
        except SettingsError as exc:
            errors = getattr(exc, "errors", None) or {exc.key: exc.reason}
            self.url_message.show_message(InlineMessage.ERROR, next(iter(errors.values())))
            self.url_edit.setFocus()
            return None
        self.url_message.clear()
        return changes

    def test_connection(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunDialog)
        changes = self.es_changes(wizard.library)
        if changes is None:
            return
        es = wizard.library.config.validate(changes).elasticsearch
        self._test_id += 1
        test_id = self._test_id
        busy = self.tr("Connecting…")
        if self.api_key.text():
            busy += " " + self.tr("(the key you typed is used once you finish)")
        self.test_result.show_message(InlineMessage.BUSY, busy)
        self.test_button.setEnabled(False)

        def done(ok: bool, text: str) -> None:
            if not alive(self) or test_id != self._test_id:
                return
            self.test_button.setEnabled(True)
            self.test_result.show_message(InlineMessage.OK if ok else InlineMessage.ERROR, text)

        check_elasticsearch(self.runner, es, done)


class FirstRunDialog(QWizard):
    """Three pages; Finish adds the folders, keeps the key in the keyring and saves the choice
    in one `Library.save`; nothing but the folders is saved until every folder is in."""

    completed = Signal(object)  # ChangeOutcome

    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.runner = lanes.io
        self._finishing = False
        self.setWindowTitle(self.tr("Welcome to Photoseek"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.folders_page = FoldersPage(library, self.runner, self)
        self.embedding_page = EmbeddingPage(library, self.runner, self)
        self.store_page = StorePage(self.runner, self)
        self.addPage(self.folders_page)
        self.addPage(self.embedding_page)
        self.addPage(self.store_page)
        fm = self.fontMetrics()
        screen = self.screen().availableGeometry()
        self.resize(
            min(fm.averageCharWidth() * 104, int(screen.width() * 0.9)),
            min(fm.height() * 38, int(screen.height() * 0.9)),
        )

    def add_folder(self, path: str) -> None:
        """What the Add folder… button does once a folder is picked (see FolderListEditor)."""
        self.folders_page.folders.add_folder(path)

    def accept(self) -> None:
        """Finish: save off the GUI thread, then close and emit `completed`."""
        if self._finishing:
            return
        page = self.store_page
        page.status.clear()
        changes = page.es_changes(self.library)
        if changes is None:
            return
        secrets: dict[Secret, str] = {}
        typed = self.embedding_page.key_editor.typed_key()
        if typed:
            secrets[Secret.JINA_API_KEY] = typed
        if page.kind == "elasticsearch" and page.api_key.text():
            secrets[Secret.ES_API_KEY] = page.api_key.text()
        change = ChangeSet(
            changes,
            secrets,
            add_folders=tuple(self.folders_page.folders.folders()),
            stop_on_folder_error=True,
        )
        library = self.library

        def failed(exc: BaseException) -> None:
            self._finished(ChangeOutcome(write_error=str(exc) or type(exc).__name__))

        self._finishing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        page.status.show_message(InlineMessage.BUSY, self.tr("Saving…"))
        self.lanes.writer.submit(lambda: library.save(change), self._finished, failed)

    def _finished(self, out: ChangeOutcome) -> None:
        if not alive(self):
            return
        self._finishing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        status = self.store_page.status
        if out.folder_errors:
            status.show_message(
                InlineMessage.ERROR,
                self.tr("Some folders could not be added; go Back to change the list:")
                + "\n"
                + "\n".join(out.folder_errors),
            )
            return
        error = out.secret_error or out.write_error or next(iter(out.invalid.values()), None)
        if error is not None:
            status.show_message(
                InlineMessage.ERROR, self.tr("Could not save: {error}").format(error=error)
            )
            return
        status.clear()
        self.completed.emit(out)
        super().accept()
