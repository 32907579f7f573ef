"""Settings › Embedding: which of the three providers turns photos into vectors, and its details
(the Jina key; the cluster's inference endpoint; the local model and how it runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.secrets import Secret
from photoseek.config.settings import LOCAL_DEVICES, LOCAL_VARIANTS, MAX_LOCAL_THREADS, Settings
from photoseek.embedding.providers import ELASTIC, JINA, KNOWN_ENDPOINTS, LOCAL
from photoseek.gui.key_editor import ApiKeyEditor
from photoseek.gui.local_model_box import LocalModelBox
from photoseek.gui.provider_choice import ProviderChoice
from photoseek.gui.settings_form import SettingsTab, select
from photoseek.gui.widgets import InlineMessage, alive, fit_to_current, hint_label
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, Library

PAGES = (JINA, ELASTIC, LOCAL)
TOOLTIP = Qt.ItemDataRole.ToolTipRole


class EmbeddingTab(SettingsTab):
    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(library, lanes, parent)
        # The Store tab's cluster, as typed: (settings or None, errors by key). Set by the shell.
        self.cluster: Callable[[], tuple[Settings | None, dict[str, str]]] = lambda: (None, {})
        self._endpoint_request = 0
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("How photos are turned into vectors"), self)
        bl = QVBoxLayout(box)
        self.choice = ProviderChoice(box)
        bl.addWidget(self.register("embedding.provider", self.choice))
        self.fields["embedding.provider"] = self.choice.radios[JINA]
        layout.addWidget(box)

        self.details = QStackedWidget(self)
        self.details.addWidget(self._jina_page())
        self.details.addWidget(self._elastic_page())
        self.details.addWidget(self._local_page())
        layout.addWidget(self.details)
        layout.addWidget(
            hint_label(
                self.tr(
                    "jina-clip-v2 through the Jina API, the cluster's .jina-clip-v2 endpoint and "
                    "the local model is one model: switching among them costs nothing. Another "
                    "model builds its own index in the background while searches keep using the "
                    "current one; you are told what it costs before it starts."
                )
            )
        )
        layout.addStretch(1)
        self.choice.changed.connect(self._provider_changed)

    # -- the pages ------------------------------------------------------------------------
    def _jina_page(self) -> QWidget:
        page = QGroupBox(self.tr("The Jina API"), self)
        form = QFormLayout(page)
        self.key_editor = ApiKeyEditor(self.library, self.runner, page)
        self.key_editor.source_known.connect(self._key_known)
        key_label = QLabel(self.tr("API &key:"), page)
        key_label.setBuddy(self.key_editor.field.edit)
        form.addRow(key_label, self.key_editor)
        return page

    def _elastic_page(self) -> QWidget:
        page = QGroupBox(self.tr("The cluster's inference endpoint"), self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QWidget(page)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.endpoint_combo = QComboBox(row)
        self.endpoint_combo.setEditable(True)
        self.endpoint_combo.setAccessibleName(self.tr("Inference endpoint"))
        for endpoint, info in KNOWN_ENDPOINTS.items():
            self.endpoint_combo.addItem(endpoint, endpoint)
            self.endpoint_combo.setItemData(
                self.endpoint_combo.count() - 1, f"{info.name}, {info.full_dims} dims", TOOLTIP
            )
        self.find_button = QPushButton(self.tr("&Find endpoints"), row)
        self.find_button.setAutoDefault(False)
        self.find_button.setToolTip(self.tr("Ask the cluster which endpoints embed photos"))
        self.find_button.clicked.connect(self.find_endpoints)
        self.endpoint_test_button = QPushButton(self.tr("T&est"), row)
        self.endpoint_test_button.setAutoDefault(False)
        self.endpoint_test_button.setToolTip(self.tr("Embed one word through the endpoint"))
        self.endpoint_test_button.clicked.connect(self.test_endpoint)
        rl.addWidget(self.endpoint_combo, 1)
        rl.addWidget(self.find_button)
        rl.addWidget(self.endpoint_test_button)
        row.setFocusProxy(self.endpoint_combo)
        self.add_row(form, self.tr("E&ndpoint:"), "embedding.elastic_endpoint", row)
        self.fields["embedding.elastic_endpoint"] = self.endpoint_combo
        self.endpoint_result = InlineMessage(page)
        form.addRow("", self.endpoint_result)
        self.cluster_note = hint_label("", page)
        form.addRow("", self.cluster_note)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    ".jina-clip-v2 is the same model as the Jina API's. The v5-omni endpoints "
                    "are other models: their vectors get an index of their own."
                )
            ),
        )
        return page

    def _local_page(self) -> QWidget:
        page = QGroupBox(self.tr("The local model (jina-clip-v2 on this computer)"), self)
        form = QFormLayout(page)
        self.local_box = LocalModelBox(self.library, self.runner, page)
        self.local_box.status_known.connect(lambda _ok: self._local_known())
        form.addRow(self.local_box)
        self.variant_combo = QComboBox(page)
        names = {
            "auto": self.tr("The one installed"),
            "int8": self.tr("int8 — CPU, about 0.9 GB"),
            "fp16": self.tr("fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB"),
            "fp32": self.tr("fp32 — full precision, about 3.5 GB"),
        }
        for v in LOCAL_VARIANTS:
            self.variant_combo.addItem(names[v], v)
        self.add_row(form, self.tr("&Variant:"), "embedding.local_variant", self.variant_combo)
        self.device_combo = QComboBox(page)
        devices = {
            "auto": self.tr("Automatic (a GPU when the variant can use one)"),
            "cpu": self.tr("CPU"),
            "gpu": self.tr("GPU"),
        }
        for d in LOCAL_DEVICES:
            self.device_combo.addItem(devices[d], d)
        self.add_row(form, self.tr("Ru&ns on:"), "embedding.local_device", self.device_combo)
        self.threads_spin = QSpinBox(page)
        self.threads_spin.setRange(0, MAX_LOCAL_THREADS)
        self.threads_spin.setSpecialValueText(self.tr("Automatic"))
        self.threads_spin.setToolTip(
            self.tr("Automatic: every core, less a quarter left to reading photos while indexing")
        )
        self.add_row(form, self.tr("&Threads:"), "embedding.local_threads", self.threads_spin)
        return page

    # -- values ---------------------------------------------------------------------------
    def start_loading(self) -> None:
        self.pending_loads += 2  # the key's source (asked by the editor); the local model
        self._waiting = {"key", "local"}
        self.local_box.refresh()

    def _key_known(self) -> None:
        self._first("key")

    def _local_known(self) -> None:
        self._first("local")

    def _first(self, what: str) -> None:
        """Count only the first answer of each load (later refreshes come after saves)."""
        waiting: set[str] = getattr(self, "_waiting", set())
        if what in waiting:
            waiting.discard(what)
            self.load_done.emit()

    def load(self, s: Settings) -> None:
        e = s.embedding
        self.choice.set_provider(e.provider)
        if self.endpoint_combo.findData(e.elastic_endpoint) < 0:
            self.endpoint_combo.addItem(e.elastic_endpoint, e.elastic_endpoint)
        select(self.endpoint_combo, e.elastic_endpoint)
        select(self.variant_combo, e.local_variant)
        select(self.device_combo, e.local_device)
        self.threads_spin.setValue(e.local_threads)
        self._provider_changed(e.provider)

    def values(self) -> dict[str, Any]:
        return {
            "embedding.provider": self.choice.provider,
            "embedding.elastic_endpoint": self.endpoint(),
            "embedding.local_variant": self.variant_combo.currentData(),
            "embedding.local_device": self.device_combo.currentData(),
            "embedding.local_threads": self.threads_spin.value(),
        }

    def endpoint(self) -> str:
        text = self.endpoint_combo.currentText().strip()
        index = self.endpoint_combo.findText(text)
        data = self.endpoint_combo.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def secrets(self) -> dict[Secret, str]:
        typed = self.key_editor.typed_key()
        return {Secret.JINA_API_KEY: typed} if typed else {}

    def saved(self, out: ChangeOutcome) -> list[InlineMessage]:
        if Secret.JINA_API_KEY in out.saved_secrets or out.changed & {"secret.encrypted-file"}:
            self.key_editor.saved()
        if out.secret_error and self.key_editor.typed_key():
            self.key_editor.result.show_message(InlineMessage.ERROR, out.secret_error)
            return [self.key_editor.result]
        return []

    def shutdown(self) -> None:
        self.local_box.shutdown()

    # -- reactions ------------------------------------------------------------------------
    def _provider_changed(self, provider: str) -> None:
        self.details.setCurrentIndex(PAGES.index(provider) if provider in PAGES else 0)
        fit_to_current(self.details)
        if provider == ELASTIC:
            self.update_cluster_note()
        self.changed.emit()

    def update_cluster_note(self) -> None:
        settings, _errors = self.cluster()
        if settings is None:
            self.cluster_note.setText(
                self.tr(
                    "Set the cluster's URL or Cloud ID under Store first: the endpoint runs there."
                )
            )
            return
        es = settings.elasticsearch
        where = ", ".join(es.urls) or self.tr("the Cloud ID deployment")
        self.cluster_note.setText(
            self.tr("Runs on {where} (the cluster set under Store).").format(where=where)
        )

    def _cluster_or_say(self, target: InlineMessage) -> Settings | None:
        settings, _errors = self.cluster()
        if settings is None:
            target.show_message(
                InlineMessage.ERROR,
                self.tr("Set the cluster's URL or Cloud ID under Store first."),
            )
        return settings

    def find_endpoints(self) -> None:
        """Fill the list from the cluster's `_inference` endpoints (off the GUI thread)."""
        settings = self._cluster_or_say(self.endpoint_result)
        if settings is None:
            return
        self._endpoint_request += 1
        request = self._endpoint_request
        self.find_button.setEnabled(False)
        self.endpoint_result.show_message(InlineMessage.BUSY, self.tr("Asking the cluster…"))
        library = self.library

        def done(found: list[Any]) -> None:
            if not alive(self) or request != self._endpoint_request:
                return
            self.find_button.setEnabled(True)
            current = self.endpoint()
            photos = [e for e in found if e.supports_images]
            self.endpoint_combo.clear()
            for e in photos:
                self.endpoint_combo.addItem(f"{e.inference_id}", e.inference_id)
                self.endpoint_combo.setItemData(
                    self.endpoint_combo.count() - 1, f"{e.model}, {e.dims} dims", TOOLTIP
                )
            if self.endpoint_combo.findData(current) < 0:
                self.endpoint_combo.addItem(current, current)
            select(self.endpoint_combo, current)
            text_only = len(found) - len(photos)
            summary = self.tr("{n} endpoints embed photos; choose one above.").format(n=len(photos))
            if text_only:
                summary += " " + self.tr("{n} more embed text only.").format(n=text_only)
            kind = InlineMessage.OK if photos else InlineMessage.WARNING
            self.endpoint_result.show_message(
                kind,
                summary
                if photos
                else self.tr("The cluster offers no endpoint that embeds photos."),
            )

        def failed(exc: BaseException) -> None:
            if alive(self) and request == self._endpoint_request:
                self.find_button.setEnabled(True)
                self.endpoint_result.show_message(InlineMessage.ERROR, str(exc))

        self.runner.submit(lambda: library.inference_endpoints(settings), done, failed)

    def test_endpoint(self) -> None:
        """Describe the endpoint and embed one word through it (off the GUI thread)."""
        settings = self._cluster_or_say(self.endpoint_result)
        if settings is None:
            return
        endpoint = self.endpoint()
        self._endpoint_request += 1
        request = self._endpoint_request
        self.endpoint_test_button.setEnabled(False)
        self.endpoint_result.show_message(
            InlineMessage.BUSY, self.tr("Testing {endpoint}…").format(endpoint=endpoint)
        )
        library = self.library

        def finish(ok: bool, text: str) -> None:
            if alive(self) and request == self._endpoint_request:
                self.endpoint_test_button.setEnabled(True)
                self.endpoint_result.show_message(
                    InlineMessage.OK if ok else InlineMessage.ERROR, text
                )

        self.runner.submit(
            lambda: library.check_inference_endpoint(endpoint, settings),
            lambda text: finish(True, str(text)),
            lambda exc: finish(False, str(exc) or type(exc).__name__),
        )
