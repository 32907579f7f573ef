"""The settings dialog: the shell around four tabs that hands every change to the core.

Each tab (`settings_*_tab.py`) lays out its settings and says what they are. The shell
validates all of them with the library's own rules (`Library.config.validate`: the same
sentences as `photoseek config set`), asks before a change that re-embeds the photos (the cost
from `Library.plan`), saves in one go with `Library.save` on the writer lane, and reports the
follow-ups it returned (`applied`); the window decides when to run them. Disk, keyring and
network work never happens on the GUI thread. Secrets go only to the keyring (or, without
one, where the user chose).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.settings import SettingsError
from photoseek.followups import MODEL_KEYS
from photoseek.gui.settings_embedding_tab import EmbeddingTab
from photoseek.gui.settings_form import SettingsTab
from photoseek.gui.settings_general_tab import GeneralTab
from photoseek.gui.settings_library_tab import LibraryTab
from photoseek.gui.settings_size_tab import SizeTab
from photoseek.gui.settings_store_tab import StoreTab
from photoseek.gui.widgets import InlineMessage, alive, scrolling
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, ChangeSet, Library, Plan


class SettingsDialog(QDialog):
    """Settings in four tabs. Used non-modally; `applied` carries the `ChangeOutcome` of a
    save: the keys that changed (setting keys, "library.folders", "secret.<account>") and the
    follow-ups they need, which the window runs."""

    applied = Signal(object)  # ChangeOutcome: what changed and the follow-ups it needs
    loaded = Signal()  # folders, photo count, secret sources and the local model arrived

    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.runner = lanes.io
        self._pending_loads = 0
        self._saving = False
        self._close_after_save = False
        self.confirm_box: QMessageBox | None = None  # asks before a change that re-embeds
        self.setWindowTitle(self.tr("Photoseek Settings"))
        self.setSizeGripEnabled(True)

        self.library_tab = LibraryTab(library, lanes)
        self.embedding_tab = EmbeddingTab(library, lanes)
        self.size_tab = SizeTab(library, lanes)
        self.store_tab = StoreTab(library, lanes)
        self.general_tab = GeneralTab(library, lanes)  # language, theme, automatic indexing
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolling(self.library_tab), self.tr("&Library"))
        self.tabs.addTab(scrolling(self.embedding_tab), self.tr("&Embedding"))
        self.tabs.addTab(scrolling(self.size_tab), self.tr("Index si&ze"))
        self.tabs.addTab(scrolling(self.store_tab), self.tr("&Store"))
        self.tabs.addTab(scrolling(self.general_tab), self.tr("&General"))
        for tab in self.all_tabs():
            tab.show_errors = lambda errors: self._show_errors(errors, summary=False)
            tab.load_done.connect(self._load_finished)
        self.embedding_tab.cluster = self.store_tab.validated_cluster
        key_editor = self.embedding_tab.key_editor
        self.store_tab.key_place = key_editor.secret_place  # the cluster's secret goes there too
        key_editor.changed.connect(self.store_tab.show_secret_place)
        self.store_tab.changed.connect(self._store_changed)

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

        for tab in self.all_tabs():
            tab.load(library.settings)
        self._store_changed()
        self._fit_to_content()
        self._start_loading()

    def all_tabs(self) -> list[SettingsTab]:
        return [
            self.library_tab,
            self.embedding_tab,
            self.size_tab,
            self.store_tab,
            self.general_tab,
        ]

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

    @property
    def photo_count(self) -> int | None:
        return self.size_tab.photo_count

    # -- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the widgets of every tab say, by setting key (typed, not yet validated)."""
        out: dict[str, Any] = {}
        for tab in self.all_tabs():
            out.update(tab.values())
        return out

    def _validated(self) -> tuple[Any, dict[str, str]]:
        """The settings the widgets would give (or None) and the errors by key, by the
        library's own rules: the sentences `photoseek config set` prints."""
        try:
            return self.library.config.validate(self.values()), {}
        except SettingsError as exc:
            return None, dict(getattr(exc, "errors", None) or {exc.key: exc.reason})

    def _messages(self) -> dict[str, InlineMessage]:
        return {k: m for tab in self.all_tabs() for k, m in tab.messages.items()}

    def _fields(self) -> dict[str, QWidget]:
        return {k: w for tab in self.all_tabs() for k, w in tab.fields.items()}

    def _show_errors(self, errors: dict[str, str], *, summary: bool = True) -> None:
        messages = self._messages()
        for key, message in messages.items():
            if key in errors:
                message.show_message(InlineMessage.ERROR, errors[key])
            elif message.kind == InlineMessage.ERROR:
                message.clear()
        if not errors:
            return
        first = next((k for k in messages if k in errors), None)
        widget = self._fields().get(first) if first else None
        if widget is not None:
            self._show_tab_of(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if summary:
            self.status.show_message(
                InlineMessage.ERROR, self.tr("Some values need fixing; nothing was saved.")
            )

    def _show_tab_of(self, widget: QWidget) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                return

    def field_error(self, key: str) -> str:
        """The error shown next to a field ("" when none)."""
        message = self._messages().get(key)
        return message.text() if message is not None and message.kind == "error" else ""

    # -- loading --------------------------------------------------------------------------
    def _start_loading(self) -> None:
        library = self.library

        def folders_and_count() -> tuple[list[str], int]:
            return [f.path for f in library.folders()], library.status().indexed

        self._pending_loads += 1
        for tab in self.all_tabs():
            tab.start_loading()
            self._pending_loads += tab.pending_loads
        self.runner.submit(folders_and_count, self._got_folders, self._load_failed)

    def _got_folders(self, result: tuple[list[str], int]) -> None:
        if not alive(self):
            return
        folders, count = result
        self.library_tab.folder_editor.set_folders(folders)
        self.size_tab.set_photo_count(count)
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
        if not alive(self):
            return
        self._pending_loads -= 1
        if self._pending_loads == 0:
            self.loaded.emit()

    def _store_changed(self) -> None:
        self.size_tab.set_context(self.store_tab.store_kind, self.store_tab.index_options)
        self.embedding_tab.update_cluster_note()

    # -- saving ---------------------------------------------------------------------------
    def apply(self) -> None:
        self._save(close_after=False)

    def save_and_close(self) -> None:
        self._save(close_after=True)

    def change_set(self) -> ChangeSet:
        """What Apply would save: changed settings, typed secrets, folders added or removed."""
        live = self.library.settings
        settings = {k: v for k, v in self.values().items() if not _same(live.get(k), v)}
        secrets = {}
        for tab in self.all_tabs():
            secrets.update(tab.secrets())
        editor = self.embedding_tab.key_editor
        folders = self.library_tab.folder_editor
        return ChangeSet(
            settings,
            secrets,
            tuple(folders.added()),
            tuple(folders.removed()),
            secret_place=editor.secret_place(),
            secret_password=editor.file_password(),
        )

    def _save(self, close_after: bool) -> None:
        if self._saving:
            return
        self.status.clear()
        for tab in self.all_tabs():
            tab.clear_messages()
        _new, errors = self._validated()
        self._show_errors(errors)
        if errors:
            return
        editor = self.embedding_tab.key_editor
        problem = editor.place_problem()
        if problem and editor.typed_key():
            editor.result.show_message(InlineMessage.ERROR, problem)
            self._show_tab_of(editor)
            return
        change = self.change_set()
        self._saving = True
        self._close_after_save = close_after
        self.buttons.setEnabled(False)
        if set(change.settings) & MODEL_KEYS:
            self.status.show_message(InlineMessage.BUSY, self.tr("Working out what it costs…"))
            library = self.library
            self.lanes.io.submit(
                lambda: library.plan(change.settings),
                lambda plan: self._planned(change, plan),
                lambda _exc: self._write(change),  # the save reports what is wrong
            )
        else:
            self._write(change)

    def _planned(self, change: ChangeSet, plan: Plan) -> None:
        """Ask before embedding the photos again with another model; else save at once."""
        if not alive(self):
            return
        if not (plan.followups.reembed and plan.photos_to_embed and plan.cost is not None):
            self._write(change)
            return
        self.status.clear()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Embed the photos with another model?"))
        box.setText(
            self.tr("Switch from {before} to {after}?").format(
                before=plan.model_before or self.tr("the current model"), after=plan.model_after
            )
        )
        box.setInformativeText(
            plan.cost.sentence()
            + "\n\n"
            + self.tr(
                "A new index is built in the background; searches keep using the current one "
                "until it is complete. The current vectors stay on this computer, so switching "
                "back costs nothing."
            )
        )
        go = box.addButton(self.tr("Switch and embed"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        self.confirm_box = box

        def answered(button: object) -> None:
            self.confirm_box = None
            box.deleteLater()
            if button is go:
                self._write(change)
            else:
                self._saving = False
                self.buttons.setEnabled(True)
                self.status.show_message(InlineMessage.INFO, self.tr("Nothing was changed."))

        box.buttonClicked.connect(answered)
        box.open()

    def _write(self, change: ChangeSet) -> None:
        if not alive(self):
            return
        library = self.library

        def failed(exc: BaseException) -> None:
            self._saved(ChangeOutcome(write_error=str(exc) or type(exc).__name__))

        self.status.show_message(InlineMessage.BUSY, self.tr("Saving…"))
        self.lanes.writer.submit(lambda: library.save(change), self._saved, failed)

    def _saved(self, out: ChangeOutcome) -> None:
        if not alive(self):
            return
        self._saving = False
        self.buttons.setEnabled(True)
        self.status.clear()
        if out.invalid:
            self._show_errors(out.invalid)
            return
        problems: list[InlineMessage] = []
        for tab in self.all_tabs():
            problems += tab.saved(out)
        if out.secret_error and not problems:
            self.status.show_message(InlineMessage.ERROR, out.secret_error)
        if out.write_error:
            self.status.show_message(InlineMessage.ERROR, out.write_error)
        elif problems:
            self.status.show_message(
                InlineMessage.WARNING, self.tr("Saved, except what is marked.")
            )
        if out.changed or out.ok:
            self.applied.emit(out)
        if problems:
            self._show_tab_of(problems[0])
        elif not out.write_error and not out.secret_error and self._close_after_save:
            self.accept()

    def done(self, result: int) -> None:
        self.embedding_tab.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.embedding_tab.shutdown()
        super().closeEvent(event)


def _same(saved: Any, shown: Any) -> bool:
    """A widget value equals the saved one (lists in widgets, tuples in settings)."""
    if isinstance(saved, tuple) and isinstance(shown, list):
        return list(saved) == shown
    return bool(saved == shown)
