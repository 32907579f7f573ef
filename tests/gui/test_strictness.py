"""The strictness control writes its cutoff the way the user's locale writes numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from photoseek.gui.strictness import StrictnessControl


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_cutoff_uses_the_locales_decimal_sign(qtbot: QtBot, german: None) -> None:
    control = StrictnessControl()
    qtbot.addWidget(control)
    control.show_cutoff(0.6614)
    assert control.cutoff.text() == "≥ 0,661"
    control.show_cutoff(None)
    assert control.cutoff.text() == ""
