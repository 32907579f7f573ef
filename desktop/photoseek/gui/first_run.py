"""The first-run wizard: folders, who embeds the photos (the Jina API with a key, the cluster,
or the local model), where the index lives. Cancel never throws the chosen folders away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from photoseek.config.secrets import Place, Secret
from photoseek.config.settings import SettingsError
from photoseek.embedding.providers import ELASTIC, JINA, LOCAL
from photoseek.gui.folder_editor import FolderListEditor
from photoseek.gui.key_editor import ApiKeyEditor, check_elasticsearch
from photoseek.gui.key_storage import place_hint
from photoseek.gui.local_model_box import LocalModelBox
from photoseek.gui.provider_choice import ProviderChoice
from photoseek.gui.widgets import (
    InlineMessage,
    SecretField,
    alive,
    fit_to_current,
    hint_label,
    scrolling,
)
from photoseek.gui.workers import Lanes, TaskRunner
from photoseek.library import ChangeOutcome, ChangeSet, Library


def secrets_place(editor: ApiKeyEditor, provider: str) -> Place:
    """Where the first run keeps the secrets it is given. Without a keyring the chooser on the
    Jina key's page says; with another provider (no Jina key asked) the cluster's key stays
    for this session then."""
    if provider == JINA:
        return editor.secret_place()
    return Place.SESSION if editor.keyring_problem else Place.KEYRING


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
        # Folders kept when an earlier setup was cancelled are shown again.
        runner.submit(lambda: [f.path for f in library.folders()], self._got_existing)

    def _got_existing(self, paths: list[str]) -> None:
        if alive(self) and paths and not self.folders.folders():
            self.folders.set_folders(paths)
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.folders.folders())


class EmbeddingPage(QWizardPage):
    """The three providers with what each costs and where the photos go; the Jina key (and,
    without a system keyring, where to keep it) or the local model's state."""

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How photos are turned into vectors"))
        self.setSubTitle(
            self.tr(
                "A model turns each photo once into numbers that describe it; Photoseek keeps "
                "them on this computer, so no photo is ever embedded twice. Who runs the model?"
            )
        )
        # The page's content scrolls: a key test's answer or the no-keyring choices must never
        # be cut off by the wizard's fixed height.
        content = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        layout = QVBoxLayout(content)
        self.choice = ProviderChoice(content)
        layout.addWidget(self.choice)
        self.details_box = QGroupBox(content)
        self.details = QStackedWidget(self.details_box)
        self.details.addWidget(self._jina_page(library, runner))
        self.details.addWidget(self._elastic_page())
        self.details.addWidget(self._local_page(library, runner))
        box_layout = QVBoxLayout(self.details_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.details)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        self.choice.changed.connect(self._provider_changed)
        self.key_editor.changed.connect(self.completeChanged)
        self.key_editor.source_known.connect(self.completeChanged)
        self.local_box.status_known.connect(lambda _ok: self.completeChanged.emit())
        self._provider_changed(JINA)

    @property
    def jina_radio(self) -> QRadioButton:
        return self.choice.radios[JINA]

    @property
    def elastic_radio(self) -> QRadioButton:
        return self.choice.radios[ELASTIC]

    @property
    def local_radio(self) -> QRadioButton:
        return self.choice.radios[LOCAL]

    def _jina_page(self, library: Library, runner: TaskRunner) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.key_editor = ApiKeyEditor(library, runner, page)
        key_label = QLabel(self.tr("API &key:"), page)
        key_label.setBuddy(self.key_editor.field.edit)
        form.addRow(key_label, self.key_editor)
        return page

    def _elastic_page(self) -> QWidget:
        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.addWidget(
            hint_label(
                self.tr(
                    "Give the cluster's address on the next page. Its .jina-clip-v2 endpoint "
                    "is used (the same model as the Jina API); Settings › Embedding lists the "
                    "cluster's other endpoints."
                ),
                page,
            )
        )
        return page

    def _local_page(self, library: Library, runner: TaskRunner) -> QWidget:
        page = QWidget(self)
        pl = QVBoxLayout(page)
        self.local_box = LocalModelBox(library, runner, page)
        pl.addWidget(self.local_box)
        pl.addWidget(
            hint_label(
                self.tr(
                    "You can also finish now and download the model later: the window shows "
                    "a Download button until it is there."
                ),
                page,
            )
        )
        return page

    @property
    def provider(self) -> str:
        return self.choice.provider

    def _provider_changed(self, provider: str) -> None:
        self.details.setCurrentIndex((JINA, ELASTIC, LOCAL).index(provider))
        fit_to_current(self.details)
        titles = {
            JINA: self.tr("Your Jina API key"),
            ELASTIC: self.tr("Your cluster"),
            LOCAL: self.tr("The local model"),
        }
        self.details_box.setTitle(titles[provider])
        if provider == LOCAL and self.local_box.status is None:
            self.local_box.refresh()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.provider == JINA:  # the keyring was checked before anyone goes on
            return self.key_editor.source_loaded and self.key_editor.has_key()
        return True


class StorePage(QWizardPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._test_id = 0
        self.cluster_needed = False  # the cluster embeds the photos (provider elastic)
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
        self.show_key_place(Place.KEYRING)
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
        self.cluster_note = InlineMessage(self)
        layout.addWidget(_indented(self.cluster_note, self))
        layout.addWidget(_indented(self.es_box, self))
        layout.addStretch(1)
        self.status = InlineMessage(self)
        layout.addWidget(self.status)

        self.es_radio.toggled.connect(self._kind_changed)
        self.url_edit.textChanged.connect(self.completeChanged)
        self._kind_changed()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunDialog):
            provider = wizard.embedding_page.provider
            self.set_cluster_needed(provider == ELASTIC)
            self.show_key_place(secrets_place(wizard.embedding_page.key_editor, provider))

    def show_key_place(self, place: Place) -> None:
        """Say where the cluster's key will be kept (there may be no keyring to keep it)."""
        hint = place_hint(place, Secret.ES_API_KEY.env)
        self.api_key.setPlaceholderText(self.tr("Optional. {}").format(hint))

    def set_cluster_needed(self, needed: bool) -> None:
        """The cluster embeds the photos: its address is needed whichever store keeps them."""
        self.cluster_needed = needed
        if needed:
            self.cluster_note.show_message(
                InlineMessage.INFO,
                self.tr(
                    "Your cluster embeds the photos, so Photoseek needs its address below; the "
                    "vectors can still be kept on this computer."
                ),
            )
        else:
            self.cluster_note.clear()
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.es_box.setEnabled(self.es_radio.isChecked() or self.cluster_needed)
        self.completeChanged.emit()

    @property
    def kind(self) -> str:
        return "elasticsearch" if self.es_radio.isChecked() else "embedded"

    def isComplete(self) -> bool:
        uses_cluster = self.kind == "elasticsearch" or self.cluster_needed
        return not uses_cluster or bool(self.url_edit.text().strip())

    def es_changes(self, library: Library, provider: str = JINA) -> dict[str, Any] | None:
        """The settings this page chooses, validated by the library (None: error shown)."""
        changes: dict[str, Any] = {"store.kind": self.kind, "embedding.provider": provider}
        if self.kind == "elasticsearch" or provider == ELASTIC:
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
        changes = self.es_changes(wizard.library, wizard.embedding_page.provider)
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
    """Three pages; Finish adds the folders, keeps the key (in the keyring, or where the user
    chose without one) and saves the choices in one `Library.save`; nothing but the folders is
    saved until every folder is in. Cancel offers to keep the folders chosen so far."""

    completed = Signal(object)  # ChangeOutcome
    folders_kept = Signal(object)  # ChangeOutcome: Cancel, but the folders were saved

    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.runner = lanes.io
        self._finishing = False
        self.cancel_box: QMessageBox | None = None  # asks what to do with the chosen folders
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
            min(fm.averageCharWidth() * 110, int(screen.width() * 0.9)),
            min(fm.height() * 44, int(screen.height() * 0.9)),
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
        provider = self.embedding_page.provider
        changes = page.es_changes(self.library, provider)
        if changes is None:
            return
        secrets: dict[Secret, str] = {}
        editor = self.embedding_page.key_editor
        place = secrets_place(editor, provider)
        typed = editor.typed_key() if provider == JINA else None
        if typed:
            secrets[Secret.JINA_API_KEY] = typed
        if (page.kind == "elasticsearch" or provider == ELASTIC) and page.api_key.text():
            secrets[Secret.ES_API_KEY] = page.api_key.text()
        change = ChangeSet(
            changes,
            secrets,
            add_folders=tuple(self.folders_page.folders.folders()),
            stop_on_folder_error=True,
            secret_place=place,
            secret_password=editor.file_password() if place is Place.FILE else None,
        )
        self._save(change, self._finished)
        page.status.show_message(InlineMessage.BUSY, self.tr("Saving…"))

    def _save(self, change: ChangeSet, then: Any) -> None:
        library = self.library

        def failed(exc: BaseException) -> None:
            then(ChangeOutcome(write_error=str(exc) or type(exc).__name__))

        self._finishing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.lanes.writer.submit(lambda: library.save(change), then, failed)

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

    # -- cancel ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel: with folders chosen, ask whether to save them (without the rest) first."""
        if self._finishing or self.cancel_box is not None:
            return
        folders = self.folders_page.folders.folders()
        if not folders:
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop setting up Photoseek?"))
        box.setText(self.tr("Keep the {n} folders you chose?").format(n=len(folders)))
        box.setInformativeText(
            self.tr(
                "Photoseek can save them to your library now, without the rest of this setup; "
                "the window then shows what is still missing (a key, the model), and you can "
                "finish in Settings."
            )
        )
        keep = box.addButton(self.tr("Save the folders"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Back to setup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.cancel_box = box

        def answered(button: object) -> None:
            self.cancel_box = None
            box.deleteLater()
            if button is keep:
                self._save(ChangeSet(add_folders=tuple(folders)), self._kept)
            elif button is discard:
                QWizard.reject(self)

        box.buttonClicked.connect(answered)
        box.open()

    def done(self, result: int) -> None:
        self.embedding_page.local_box.shutdown()
        super().done(result)

    def _kept(self, out: ChangeOutcome) -> None:
        if not alive(self):
            return
        self._finishing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if out.folder_errors or out.write_error:
            self.folders_page.folders.message.show_message(
                InlineMessage.ERROR,
                "\n".join(out.folder_errors) or out.write_error or "",
            )
            while self.currentPage() not in (self.folders_page, None):
                self.back()  # where the folders and the message are
            return
        self.folders_kept.emit(out)
        QWizard.reject(self)
