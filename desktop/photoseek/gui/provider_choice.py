"""The three ways to embed, explained the same way on the first-run page and in Settings:
what each costs and where the photos go, as three radio buttons with a hint under each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QStyle, QVBoxLayout, QWidget

from photoseek.embedding.model_files import LICENCE_NAME
from photoseek.embedding.providers import ELASTIC, JINA, LOCAL
from photoseek.gui.widgets import hint_label


def provider_title(provider: str) -> str:
    if provider == ELASTIC:
        return QCoreApplication.translate(
            "ProviderChoice", "Your Elasticsearch &cluster (its inference service)"
        )
    if provider == LOCAL:
        return QCoreApplication.translate("ProviderChoice", "This &computer (the local model)")
    return QCoreApplication.translate("ProviderChoice", "The &Jina API (online)")


def provider_hint(provider: str) -> str:
    """Where the photos go and what it costs, in two sentences."""
    if provider == ELASTIC:
        return QCoreApplication.translate(
            "ProviderChoice",
            "Photos go to your own Elastic deployment, which embeds them with the inference "
            "endpoint you choose; billed through your Elastic subscription (EIS). Uses "
            "Photoseek's Elasticsearch connection, even when the vectors are kept here.",
        )
    if provider == LOCAL:
        return QCoreApplication.translate(
            "ProviderChoice",
            "Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses "
            "this computer's CPU or GPU and is slower. The model's licence is {licence}: "
            "non-commercial use only.",
        ).format(licence=LICENCE_NAME)
    return QCoreApplication.translate(
        "ProviderChoice",
        "Photos leave this computer once, as 512-pixel copies, for Jina AI's service; billed "
        "per token, about the same for every photo. Needs an API key (new keys come with free "
        "tokens to try).",
    )


class ProviderChoice(QWidget):
    """Three radio buttons, each with its hint; `changed(provider)` when the choice moves."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for provider in (JINA, ELASTIC, LOCAL):
            radio = QRadioButton(provider_title(provider), self)
            radio.setAccessibleDescription(provider_hint(provider))
            self.group.addButton(radio)
            self.radios[provider] = radio
            hint = hint_label(provider_hint(provider), self)
            hint.setContentsMargins(indent, 0, 0, 4)
            layout.addWidget(radio)
            layout.addWidget(hint)
            radio.toggled.connect(lambda on, p=provider: self._toggled(on, p))
        self.radios[JINA].setChecked(True)

    def _toggled(self, on: bool, provider: str) -> None:
        if on:
            self.changed.emit(provider)

    @property
    def provider(self) -> str:
        return next((p for p, r in self.radios.items() if r.isChecked()), JINA)

    def set_provider(self, provider: str) -> None:
        self.radios.get(provider, self.radios[JINA]).setChecked(True)
