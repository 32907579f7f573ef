"""What the window shows instead of the grid when there is nothing to show, and why.

Each state says what happened and spells out the next step, with one button that takes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class State(Enum):
    NO_FOLDERS = "no_folders"
    NO_KEY = "no_key"
    NO_MODEL = "no_model"  # the local model is chosen but not installed
    STORE_ERROR = "store_error"  # cluster down, store refused: message + Retry
    SEARCH_ERROR = "search_error"  # the query failed (API refused…): message + Retry
    NOTHING_INDEXED = "nothing_indexed"
    INDEXING = "indexing"  # the first run is under way
    STILL_INDEXING = "still_indexing"  # a search found nothing (yet) while indexing runs
    NOTHING_FOUND = "nothing_found"  # no photo looks like the search
    NO_FILTER_MATCH = "no_filter_match"  # the filters (or a typed folder/camera) leave nothing
    READY = "ready"  # indexed, no query yet
    LOADING = "loading"  # checking the library


class Action(Enum):
    ADD_FOLDER = "add_folder"
    OPEN_SETTINGS = "open_settings"
    RETRY = "retry"
    INDEX_NOW = "index_now"
    FOCUS_SEARCH = "focus_search"
    DOWNLOAD_MODEL = "download_model"
    SHOW_ALL = "show_all"  # every photo ranked, no cutoff
    CLEAR_FILTERS = "clear_filters"


@dataclass(frozen=True)
class StateText:
    title: str
    message: str
    button: str | None
    action: Action | None
    second_button: str | None = None
    second_action: Action | None = None


def texts(state: State, detail: str = "") -> StateText:
    """The words for a state (translated at call time, so a language switch applies)."""
    if state is State.NO_FOLDERS:
        return StateText(
            QCoreApplication.translate("StateView", "No photo folders yet"),
            QCoreApplication.translate(
                "StateView",
                "Add a folder of photos. Photoseek reads the photos (it never changes them) "
                "and indexes them so you can search by what they show.",
            ),
            QCoreApplication.translate("StateView", "Add a folder…"),
            Action.ADD_FOLDER,
        )
    if state is State.NO_KEY:
        return StateText(
            QCoreApplication.translate("StateView", "A Jina API key is needed"),
            QCoreApplication.translate(
                "StateView",
                "Photoseek understands photos and queries with the Jina CLIP v2 model. "
                "Enter your Jina API key in Settings (get one at jina.ai).",
            ),
            QCoreApplication.translate("StateView", "Open settings"),
            Action.OPEN_SETTINGS,
        )
    if state is State.NO_MODEL:
        return StateText(
            QCoreApplication.translate("StateView", "The local model is not installed yet"),
            QCoreApplication.translate(
                "StateView",
                "Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. "
                "Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), "
                "or choose the Jina API or your cluster in Settings.",
            ),
            QCoreApplication.translate("StateView", "Download the model…"),
            Action.DOWNLOAD_MODEL,
            QCoreApplication.translate("StateView", "Open settings"),
            Action.OPEN_SETTINGS,
        )
    if state is State.STORE_ERROR:
        return StateText(
            QCoreApplication.translate("StateView", "The photo index cannot be reached"),
            (detail + "\n\n" if detail else "")
            + QCoreApplication.translate(
                "StateView",
                "Check that the cluster is running and the settings are right, then retry.",
            ),
            QCoreApplication.translate("StateView", "Retry"),
            Action.RETRY,
            QCoreApplication.translate("StateView", "Open settings"),
            Action.OPEN_SETTINGS,
        )
    if state is State.SEARCH_ERROR:
        return StateText(
            QCoreApplication.translate("StateView", "The search did not work"),
            detail
            or QCoreApplication.translate("StateView", "Something went wrong while searching."),
            QCoreApplication.translate("StateView", "Retry"),
            Action.RETRY,
            # A refused key or a wrong service address is fixed there.
            QCoreApplication.translate("StateView", "Open settings"),
            Action.OPEN_SETTINGS,
        )
    if state is State.NOTHING_INDEXED:
        return StateText(
            QCoreApplication.translate("StateView", "Nothing is indexed yet"),
            QCoreApplication.translate(
                "StateView",
                "Your folders are added but their photos are not indexed yet. Indexing "
                "reads each photo once; you can keep working while it runs.",
            ),
            QCoreApplication.translate("StateView", "Index now"),
            Action.INDEX_NOW,
        )
    if state is State.INDEXING:
        return StateText(
            QCoreApplication.translate("StateView", "Indexing your photos…"),
            QCoreApplication.translate(
                "StateView",
                "Searching works as soon as this first run is finished; progress is shown "
                "at the bottom of the window. Photos are read, never changed.",
            ),
            None,
            None,
        )
    if state is State.STILL_INDEXING:
        title = (
            QCoreApplication.translate("StateView", "{n} photos are still being indexed").format(
                n=detail
            )
            if detail
            else QCoreApplication.translate("StateView", "Photos are still being indexed")
        )
        return StateText(
            title,
            QCoreApplication.translate(
                "StateView",
                "Nothing matches among the photos indexed so far. This search runs again by "
                "itself when indexing is done.",
            ),
            None,
            None,
        )
    if state is State.NOTHING_FOUND:
        return StateText(
            QCoreApplication.translate("StateView", "No photo looks like that"),
            QCoreApplication.translate(
                "StateView",
                "None of your photos is close enough to count as a match. Try other words, "
                "or another language, or loosen the strictness.",
            ),
            QCoreApplication.translate("StateView", "Edit the search"),
            Action.FOCUS_SEARCH,
            QCoreApplication.translate("StateView", "Show all photos, best first"),
            Action.SHOW_ALL,
        )
    if state is State.NO_FILTER_MATCH:
        return StateText(
            QCoreApplication.translate("StateView", "No photo matches these filters"),
            detail
            or QCoreApplication.translate(
                "StateView", "Widen the folder, the dates or the camera, or clear the filters."
            ),
            QCoreApplication.translate("StateView", "Clear filters"),
            Action.CLEAR_FILTERS,
            QCoreApplication.translate("StateView", "Edit the search"),
            Action.FOCUS_SEARCH,
        )
    if state is State.LOADING:
        return StateText(
            QCoreApplication.translate("StateView", "Opening your library…"), "", None, None
        )
    return StateText(
        QCoreApplication.translate("StateView", "Search your photos by what they show"),
        QCoreApplication.translate(
            "StateView",
            "Type a description in any language — “red flowers”, “un gato durmiendo”, "
            "“красные цветы” — drop a photo here, or paste one.",
        ),
        None,
        None,
    )


class StateView(QWidget):
    """A centred title, message and button; shown in place of the grid."""

    action_requested = Signal(object)  # Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: State = State.LOADING
        self.detail = ""
        self._action: Action | None = None
        self._second_action: Action | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setObjectName("stateTitle")

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("stateMessage")
        self.message.setMaximumWidth(560)
        # Centred by stretches, not by an alignment flag: an aligned item gets its size
        # hint's width and a word-wrapped label then shows only its first line.
        message_row = QHBoxLayout()
        message_row.addStretch(1)
        message_row.addWidget(self.message, 100)
        message_row.addStretch(1)

        self.button = QPushButton(self)
        self.button.setObjectName("stateButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._clicked)
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("stateSecondButton")
        self.second_button.clicked.connect(self._second_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(message_row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.show_state(State.LOADING)

    def show_state(self, state: State, detail: str = "") -> None:
        self.state = state
        self.detail = detail
        t = texts(state, detail)
        self.title.setText(t.title)
        self.message.setText(t.message)
        self.message.setVisible(bool(t.message))
        self._action = t.action
        self.button.setVisible(t.button is not None)
        if t.button is not None:
            self.button.setText(t.button)
        self._second_action = t.second_action
        self.second_button.setVisible(t.second_button is not None)
        if t.second_button is not None:
            self.second_button.setText(t.second_button)
        self.setAccessibleDescription(t.title)

    @property
    def action(self) -> Action | None:
        return self._action

    def _clicked(self) -> None:
        if self._action is not None:
            self.action_requested.emit(self._action)

    def _second_clicked(self) -> None:
        if self._second_action is not None:
            self.action_requested.emit(self._second_action)
