"""Editors for how to reach the services: the Jina API key (with a Test button) and the
Elasticsearch connection check. Keyring and network work run in the lane they are given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Place, Secret, SecretStoreError
from photoseek.config.settings import ElasticsearchSettings
from photoseek.embedding.base import EmbeddingError
from photoseek.gui.key_storage import KeyPlaceChooser
from photoseek.gui.widgets import InlineMessage, SecretField, alive, hint_label
from photoseek.gui.workers import TaskRunner
from photoseek.library import Library

JINA_KEYS_URL = "https://jina.ai/embeddings"


class ApiKeyEditor(QWidget):
    """The Jina API key: a secret field, where the key comes from, and a Test button. Where no
    system keyring exists it says so at once and offers the other places (`KeyPlaceChooser`).
    """

    tested = Signal(bool)
    source_known = Signal()  # the key's source and the keyring's state are known
    changed = Signal()  # the typed key or where it would go changed

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.source: str | None = None  # a secrets.Place value or None, once loaded
        self.source_loaded = False
        self.keyring_problem: str | None = None  # why the system keyring cannot keep it
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
        self.link = hint_label(
            self.tr(
                'Get a key at <a href="{url}">jina.ai/embeddings</a>. It is kept in your system '
                "keyring, never in a settings file."
            ).format(url=JINA_KEYS_URL),
            self,
            rich=True,
        )
        self.places = KeyPlaceChooser(self)
        self.places.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.source_note)
        layout.addWidget(self.result)
        layout.addWidget(self.link)
        layout.addWidget(self.places)
        self.setFocusProxy(self.field)
        self.field.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.places.changed.connect(self.changed)
        self.refresh_source()

    def refresh_source(self) -> None:
        """Where the key comes from, and whether the keyring works (asked off the GUI thread)."""
        library = self.library

        def look() -> tuple[str | None, str | None, bool]:
            from photoseek.config import secret_file

            source = library.secret_source(Secret.JINA_API_KEY)
            problem = None if source == "keyring" else library.keyring_problem()
            return source, problem, secret_file.exists()

        self.runner.submit(look, self._got_source)

    def _got_source(self, found: tuple[str | None, str | None, bool]) -> None:
        if not alive(self):
            return
        source, problem, file_exists = found
        self.source = source
        self.keyring_problem = problem
        self.source_loaded = True
        needs_place = problem is not None and source not in ("environment", "session")
        if needs_place and source != "encrypted file":
            self.places.set_state(problem or "", file_exists)
        self.places.setVisible(needs_place and source != "encrypted file")
        if problem is not None:
            self.link.setText(
                self.tr('Get a key at <a href="{url}">jina.ai/embeddings</a>.').format(
                    url=JINA_KEYS_URL
                )
            )
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
        elif source == "session":
            self.source_note.show_message(
                InlineMessage.INFO,
                self.tr("The key is kept for this session only; it is forgotten when you quit."),
            )
        elif source == "encrypted file":
            self.source_note.show_message(
                InlineMessage.OK,
                self.tr("The key is kept in the encrypted file (unlocked for this session)."),
            )
        else:
            self.source_note.clear()
            self.field.setPlaceholderText(self.tr("Paste your Jina API key (jina_…)"))
        self.source_known.emit()
        self.changed.emit()

    def typed_key(self) -> str | None:
        return self.field.text() if self.field.is_modified() else None

    def secret_place(self) -> Place:
        """Where a typed key goes: the keyring, or what the user chose without one."""
        return self.places.place() if self.places.isVisibleTo(self) else Place.KEYRING

    def file_password(self) -> str | None:
        """The encrypted file's password, when the key goes there (or it holds the key)."""
        return self.places.file_password() if self.places.isVisibleTo(self) else None

    def place_problem(self) -> str | None:
        """Why the key cannot be kept as chosen yet (None when it can)."""
        return self.places.problem() if self.places.isVisibleTo(self) else None

    def has_key(self) -> bool:
        """A key is there or typed, and can be kept where the user chose."""
        if self.place_problem() is not None:
            return False
        unlocking = self.secret_place() is Place.FILE and self.places.file_exists
        return bool(self.field.text()) or self.source is not None or unlocking

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
    not_installed = QCoreApplication.translate(
        "ServiceChecks", "Elasticsearch support is not installed."
    )

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
            QCoreApplication.translate(
                "ServiceChecks", "The connection test failed: {error}"
            ).format(error=str(exc) or type(exc).__name__),
        )

    runner.submit(work, lambda result: done(*result), failed)
