"""Where the Jina key goes when this computer has no system keyring (no Secret Service).

Shown by the key editor (first run and Settings) once the keyring was found missing — before
anything is saved, so no one types a key that cannot be kept. Three ways through: this session
only (memory), the JINA_API_KEY environment variable, or — opt-in — an encrypted file with a
password. Never a plain-text file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.secret_file import MIN_PASSWORD
from photoseek.config.secrets import Place
from photoseek.gui.widgets import InlineMessage, SecretField, hint_label


def place_hint(place: Place, env: str) -> str:
    """Where a secret typed into a field will be kept, for the field's placeholder (`env`:
    the variable that would hold it)."""
    if place is Place.SESSION:
        return QCoreApplication.translate(
            "KeyPlaces", "Kept for this session only (no system keyring)"
        )
    if place is Place.FILE:
        return QCoreApplication.translate("KeyPlaces", "Kept in the encrypted file")
    if place is Place.ENVIRONMENT:
        return QCoreApplication.translate("KeyPlaces", "Set {env} in the environment").format(
            env=env
        )
    return QCoreApplication.translate("KeyPlaces", "Kept in the system keyring")


class KeyPlaceChooser(QWidget):
    """Session / environment / encrypted file; `changed` when the choice or a password does."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_exists = False
        self.warning = InlineMessage(self)
        self.session_radio = QRadioButton(self.tr("Keep the key for this &session only"), self)
        self.env_radio = QRadioButton(self.tr("Use the JINA_API_KEY &environment variable"), self)
        self.file_radio = QRadioButton(
            self.tr("Keep it in an encrypted &file, protected by a password (opt-in)"), self
        )
        group = QButtonGroup(self)
        for radio in (self.session_radio, self.env_radio, self.file_radio):
            group.addButton(radio)
        self.session_radio.setChecked(True)
        self.session_hint = self._hint(
            self.tr("Kept in memory until Photoseek quits, never written to disk.")
        )
        self.env_hint = self._hint(
            self.tr(
                "Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it "
                "is read at every start."
            )
        )
        self.file_hint = self._hint(
            self.tr(
                "Encrypted with AES-256 (keyrings.alt) in Photoseek's data folder; you type the "
                "password at each start. Never a plain-text file."
            )
        )
        self.password = SecretField(self)
        self.password.setAccessibleName(self.tr("Password of the encrypted file"))
        self.confirm = SecretField(self)
        self.confirm.setAccessibleName(self.tr("The password again"))
        self.password_label = QLabel(self.tr("Pass&word:"), self)
        self.password_label.setBuddy(self.password.edit)
        self.confirm_label = QLabel(self.tr("A&gain:"), self)
        self.confirm_label.setBuddy(self.confirm.edit)
        form = QFormLayout()
        form.setContentsMargins(self._indent(), 0, 0, 0)
        form.addRow(self.password_label, self.password)
        form.addRow(self.confirm_label, self.confirm)
        self.password_box = QWidget(self)
        self.password_box.setLayout(form)
        self.message = InlineMessage(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        for w in (
            self.session_radio,
            self.session_hint,
            self.env_radio,
            self.env_hint,
            self.file_radio,
            self.file_hint,
            self.password_box,
            self.message,
        ):
            layout.addWidget(w)
        for radio in (self.session_radio, self.env_radio, self.file_radio):
            radio.toggled.connect(self._update)
        self.password.edit.textChanged.connect(self._update)
        self.confirm.edit.textChanged.connect(self._update)
        self._update()

    def _indent(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8

    def _hint(self, text: str) -> QLabel:
        label = hint_label(text, self)
        label.setContentsMargins(self._indent(), 0, 0, 0)
        return label

    def set_state(self, problem: str, file_exists: bool) -> None:
        """The keyring is missing (`problem`); an encrypted file may exist from before."""
        self.file_exists = file_exists
        self.warning.show_message(
            InlineMessage.WARNING,
            self.tr(
                "No system keyring (Secret Service) can keep the key on this computer. Instead:"
            ),
        )
        self.warning.setToolTip(problem)
        if file_exists:
            self.file_radio.setText(self.tr("Use the encrypted &file that holds your key"))
            self.file_hint.setText(
                self.tr(
                    "Type the password you chose for it. A key typed above replaces the one "
                    "kept there."
                )
            )
            self.file_radio.setChecked(True)
        self._update()

    def place(self) -> Place:
        if self.file_radio.isChecked():
            return Place.FILE
        if self.env_radio.isChecked():
            return Place.ENVIRONMENT
        return Place.SESSION

    def file_password(self) -> str | None:
        return self.password.text() if self.place() is Place.FILE else None

    def problem(self) -> str | None:
        """Why the choice cannot be saved yet (None: it can)."""
        place = self.place()
        if place is Place.ENVIRONMENT:
            return self.tr("Set JINA_API_KEY and start Photoseek again, or choose another way.")
        if place is not Place.FILE:
            return None
        pw = self.password.text()
        if self.file_exists:
            return None if pw else self.tr("Type the password of the encrypted file.")
        if len(pw) < MIN_PASSWORD:
            return self.tr("Choose a password of at least {n} characters.").format(n=MIN_PASSWORD)
        if pw != self.confirm.text():
            return self.tr("The two passwords differ.")
        return None

    def _update(self) -> None:
        file_chosen = self.file_radio.isChecked()
        self.password_box.setVisible(file_chosen)
        self.confirm.setVisible(not self.file_exists)
        self.confirm_label.setVisible(not self.file_exists)
        problem = self.problem()
        if problem and (self.env_radio.isChecked() or self.password.text()):
            self.message.show_message(InlineMessage.INFO, problem)
        else:
            self.message.clear()
        self.changed.emit()
