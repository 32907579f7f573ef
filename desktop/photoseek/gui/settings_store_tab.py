"""Settings › Store: the embedded store or an Elasticsearch cluster, and how to reach it.

The cluster set here is also the one the Embedding tab's "cluster" provider embeds with.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.secrets import Place, Secret
from photoseek.config.settings import INDEX_OPTION_TYPES, Settings, SettingsError
from photoseek.gui.key_editor import check_elasticsearch
from photoseek.gui.key_storage import place_hint
from photoseek.gui.settings_form import SettingsTab, select
from photoseek.gui.widgets import InlineMessage, SecretField, alive, hint_label, lines, with_message
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, Library
from photoseek.stores.elastic import AUTH_SECRETS

ES_SECRETS: dict[str, Secret] = {auth: entry[0] for auth, entry in AUTH_SECRETS.items()}


class StoreTab(SettingsTab):
    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(library, lanes, parent)
        self.es_sources: dict[Secret, str | None] = {}
        # Where a typed secret will be kept: the dialog gives the Jina key editor's choice
        # (without a system keyring: this session, the encrypted file or the environment).
        self.key_place: Callable[[], Place] = lambda: Place.KEYRING
        self._secret_for_field: Secret | None = None
        self._es_test_id = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self._where_box())
        layout.addWidget(self._cluster_box())
        layout.addStretch(1)
        self.es_radio.toggled.connect(self._store_changed)
        self.auth_combo.currentIndexChanged.connect(self._auth_changed)
        self.verify_check.toggled.connect(self._verify_changed)
        self.index_type_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- layout ---------------------------------------------------------------------------
    def _where_box(self) -> QWidget:
        where = QGroupBox(self.tr("Where the index is kept"), self)
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
        self.messages["store.kind"] = self.store_message
        self.fields["store.kind"] = self.embedded_radio
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
        return where

    def _cluster_box(self) -> QWidget:
        self.es_box = QGroupBox(self.tr("Elasticsearch cluster"), self)
        form = QFormLayout(self.es_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.urls_edit = QPlainTextEdit(self.es_box)
        self.urls_edit.setTabChangesFocus(True)
        self.urls_edit.setPlaceholderText(
            "https://es1.example.org:9200\nhttps://es2.example.org:9200"
        )
        self.urls_edit.setFixedHeight(self.urls_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.urls_edit.setAccessibleName(self.tr("Cluster URLs"))
        self.add_row(form, self.tr("&URLs:"), "elasticsearch.urls", self.urls_edit)
        self.cloud_edit = QLineEdit(self.es_box)
        self.cloud_edit.setPlaceholderText(
            self.tr("or the Cloud ID of an Elastic Cloud deployment")
        )
        self.add_row(form, self.tr("Cl&oud ID:"), "elasticsearch.cloud_id", self.cloud_edit)

        self.auth_combo = QComboBox(self.es_box)
        self.auth_combo.addItem(self.tr("None"), "none")
        self.auth_combo.addItem(self.tr("API key"), "api_key")
        self.auth_combo.addItem(self.tr("User name and password"), "basic")
        self.auth_combo.addItem(self.tr("Bearer token"), "bearer")
        self.add_row(form, self.tr("Aut&hentication:"), "elasticsearch.auth", self.auth_combo)
        self.username_edit = QLineEdit(self.es_box)
        self.username_label = self.add_row(
            form, self.tr("User &name:"), "elasticsearch.username", self.username_edit
        )
        self.es_secret = SecretField(self.es_box)
        secret_box, self.es_secret_message = with_message(self.es_secret)
        self.es_secret_label = QLabel(self.tr("API &key:"), self.es_box)
        self.es_secret_label.setBuddy(self.es_secret.edit)
        form.addRow(self.es_secret_label, secret_box)

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
        ca_box = self.register("elasticsearch.ca_certs", ca_row)
        self.fields["elasticsearch.ca_certs"] = self.ca_edit
        ca_label = QLabel(self.tr("C&A certificate:"), self.es_box)
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_box)
        self.fingerprint_edit = QLineEdit(self.es_box)
        self.fingerprint_edit.setPlaceholderText(self.tr("SHA-256 of the server certificate"))
        self.add_row(
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
        self.fields["elasticsearch.verify_certs"] = self.verify_check

        self.index_type_combo = QComboBox(self.es_box)
        names = {
            "int8_hnsw": self.tr("int8_hnsw — 8-bit, about 4× smaller (recommended)"),
            "hnsw": self.tr("hnsw — full 32-bit floats"),
            "int4_hnsw": self.tr("int4_hnsw — 4-bit, about 8× smaller"),
            "bbq_hnsw": self.tr("bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)"),
        }
        for kind in INDEX_OPTION_TYPES:
            self.index_type_combo.addItem(names.get(kind, kind), kind)
        self.add_row(
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
        return self.es_box

    # -- values ---------------------------------------------------------------------------
    def start_loading(self) -> None:
        library = self.library

        def es_sources() -> dict[Secret, str | None]:
            return {s: library.secret_source(s) for s in ES_SECRETS.values()}

        self.pending_loads += 1
        self.runner.submit(es_sources, self._got_es_sources, lambda _exc: self.load_done.emit())

    def _got_es_sources(self, sources: dict[Secret, str | None]) -> None:
        if not alive(self):
            return
        self.es_sources = sources
        self._auth_changed()
        self.load_done.emit()

    def load(self, s: Settings) -> None:
        es = s.elasticsearch
        (self.es_radio if s.store.kind == "elasticsearch" else self.embedded_radio).setChecked(True)
        self.urls_edit.setPlainText("\n".join(es.urls))
        self.cloud_edit.setText(es.cloud_id)
        select(self.auth_combo, es.auth)
        self.username_edit.setText(es.username)
        self.ca_edit.setText(es.ca_certs)
        self.fingerprint_edit.setText(es.fingerprint)
        self.verify_check.setChecked(es.verify_certs)
        select(self.index_type_combo, es.index_options)
        self._store_changed()
        self._auth_changed()
        self._verify_changed()

    @property
    def store_kind(self) -> str:
        return "elasticsearch" if self.es_radio.isChecked() else "embedded"

    @property
    def index_options(self) -> str:
        return str(self.index_type_combo.currentData() or "int8_hnsw")

    def values(self) -> dict[str, Any]:
        return {
            "store.kind": self.store_kind,
            "elasticsearch.urls": lines(self.urls_edit.toPlainText()),
            "elasticsearch.cloud_id": self.cloud_edit.text().strip(),
            "elasticsearch.auth": self.auth_combo.currentData(),
            "elasticsearch.username": self.username_edit.text().strip(),
            "elasticsearch.ca_certs": self.ca_edit.text().strip(),
            "elasticsearch.fingerprint": self.fingerprint_edit.text().strip(),
            "elasticsearch.verify_certs": self.verify_check.isChecked(),
            "elasticsearch.index_options": self.index_type_combo.currentData(),
        }

    def cluster_values(self) -> dict[str, Any]:
        """The cluster's address and credentials as typed (the Embedding tab's cluster too)."""
        return {k: v for k, v in self.values().items() if k.startswith("elasticsearch.")}

    def current_secret(self) -> Secret | None:
        return ES_SECRETS.get(str(self.auth_combo.currentData()))

    def secrets(self) -> dict[Secret, str]:
        secret = self.current_secret()
        if secret is not None and self.es_secret.is_modified():
            return {secret: self.es_secret.text()}
        return {}

    def clear_messages(self) -> None:
        self.es_secret_message.clear()

    def saved(self, out: ChangeOutcome) -> list[InlineMessage]:
        for secret in out.saved_secrets:
            if secret is not Secret.JINA_API_KEY:
                self.es_sources[secret] = self.key_place().value  # where the save put it
                self.es_secret.clear()
        if out.saved_secrets and self.current_secret() in out.saved_secrets:
            self._auth_changed()
        if out.secret_error and self.es_secret.is_modified():
            self.es_secret_message.show_message(InlineMessage.ERROR, out.secret_error)
            return [self.es_secret_message]
        return []

    # -- reactions ------------------------------------------------------------------------
    def _store_changed(self) -> None:
        self.es_box.setEnabled(self.es_radio.isChecked())
        self.changed.emit()

    def _auth_changed(self) -> None:
        auth = str(self.auth_combo.currentData())
        basic = auth == "basic"
        self.username_edit.setEnabled(basic)
        self.username_label.setEnabled(basic)
        secret = self.current_secret()
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
        self.show_secret_place()

    def show_secret_place(self) -> None:
        """Say in the secret's field where it is kept, or where a typed one will be."""
        secret = self.current_secret()
        source = self.es_sources.get(secret) if secret is not None else None
        if secret is None:
            text = self.tr("Not needed")
        elif source == Place.ENVIRONMENT:
            text = self.tr("Set by {env}").format(env=secret.env)
        elif source == Place.KEYRING:
            text = self.tr("Saved in the keyring")
        else:  # kept for the session or in the file, or not kept yet: where a typed one goes
            text = place_hint(Place(source) if source else self.key_place(), secret.env)
        self.es_secret.setPlaceholderText(text)

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

    def choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority file"),
            self.ca_edit.text() or str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def validated_cluster(self) -> tuple[Settings | None, dict[str, str]]:
        """The settings with the cluster as typed (checked by the library's rules)."""
        values = self.cluster_values()
        values["store.kind"] = "elasticsearch"  # the address must be there to use it
        try:
            return self.library.config.validate(values), {}
        except SettingsError as exc:
            return None, dict(getattr(exc, "errors", None) or {exc.key: exc.reason})

    def test_connection(self) -> None:
        """Check the cluster with the values in the widgets (secrets as saved)."""
        new, errors = self.validated_cluster()
        self.show_errors(errors)
        if new is None:
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
