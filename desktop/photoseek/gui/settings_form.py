"""What every tab of the settings dialog shares: the keys its widgets edit, the message under
each field, the values it would save, and loading off the GUI thread.

The dialog shell (`settings_dialog.py`) validates all tabs' values together with the
library's rules and saves them in one `Library.save`; a tab never saves on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from photoseek.config.secrets import Secret
from photoseek.config.settings import Settings
from photoseek.gui.widgets import InlineMessage, with_message
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, Library


class SettingsTab(QWidget):
    """One tab. Subclasses build their widgets, then `load`, `values` and `secrets`."""

    load_done = Signal()  # one background load this tab started has finished
    changed = Signal()  # a value other tabs depend on changed (store kind, index type, …)

    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lanes = lanes
        self.runner = lanes.io
        self.messages: dict[str, InlineMessage] = {}
        self.fields: dict[str, QWidget] = {}
        self.pending_loads = 0  # started by `start_loading`; the shell waits for them
        # The shell shows errors by key across every tab (set by the dialog).
        self.show_errors: Callable[[dict[str, str]], None] = lambda _errors: None

    def register(self, key: str, widget: QWidget) -> QWidget:
        """`widget` edits `key`: wrap it with the message shown under it."""
        box, message = with_message(widget)
        self.messages[key] = message
        self.fields[key] = widget
        return box

    def add_row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> QLabel:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(widget)
        form.addRow(label, self.register(key, widget))
        return label

    # -- what subclasses provide ------------------------------------------------------------
    def start_loading(self) -> None:
        """Start background loads (count each in `pending_loads`, emit `load_done` for each)."""

    def load(self, settings: Settings) -> None:
        """Show `settings` in the widgets."""

    def values(self) -> dict[str, Any]:
        """What the widgets say, by setting key (typed values, not yet validated)."""
        return {}

    def secrets(self) -> dict[Secret, str]:
        """Secrets typed in this tab (only those the user changed)."""
        return {}

    def saved(self, outcome: ChangeOutcome) -> list[InlineMessage]:
        """A save finished: show what concerns this tab; return messages that show a problem."""
        return []

    def clear_messages(self) -> None:
        """Before a save: drop feedback that is not a field error."""


def select(combo: QComboBox, value: Any) -> None:
    """Make the item whose data is `value` current (when there is one)."""
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
