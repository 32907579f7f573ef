"""The opt-in encrypted secrets file, for desktops without a system keyring.

keyrings.alt's `EncryptedKeyring` (AES-256 with a PBKDF2 key from a password the user types;
each secret with its own salt and IV) in Photoseek's data dir. Its own password prompts read
the terminal; here the password comes from the window or the CLI, is held in memory while the
file is unlocked, and is never written anywhere. Nothing is ever kept in plain text.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from keyrings.alt.file import EncryptedKeyring

FILE_NAME = "secrets-encrypted.cfg"
MIN_PASSWORD = 8
_REFERENCE = ("keyring-setting", "password reference", "password reference value")


class SecretFileError(RuntimeError):
    """One sentence: a wrong password, a file that cannot be read or written."""


class _PasswordKeyring(EncryptedKeyring):
    """EncryptedKeyring whose password is given, instead of asked on the terminal."""

    def __init__(self, path: Path, password: str) -> None:
        super().__init__()
        self.file_path = str(path)
        self._password = password

    def _get_new_password(self) -> str:
        return self._password

    def _unlock(self) -> None:
        self.keyring_key = self._password
        service, user, expected = _REFERENCE
        try:
            ok = self.get_password(service, user) == expected
        except Exception:  # a wrong key decrypts to garbage: assertion or decoding errors
            ok = False
        if not ok:
            self._lock()
            raise SecretFileError("That is not the password of the encrypted secrets file.")


_lock = threading.RLock()
_open: _PasswordKeyring | None = None


def path() -> Path:
    from photoseek.config.paths import AppPaths

    return AppPaths.default().data_dir / FILE_NAME


def exists() -> bool:
    return path().is_file()


def is_unlocked() -> bool:
    return _open is not None


def unlock(password: str) -> None:
    """Open the file with `password`, creating it when there is none yet."""
    global _open
    if not exists() and len(password) < MIN_PASSWORD:
        raise SecretFileError(
            f"Choose a password of at least {MIN_PASSWORD} characters for the encrypted file."
        )
    if not password:
        raise SecretFileError("Type the password of the encrypted secrets file.")
    ring = _PasswordKeyring(path(), password)
    try:
        path().parent.mkdir(parents=True, exist_ok=True)
        _ = ring.keyring_key  # creates the file, or checks the password against it
    except SecretFileError:
        raise
    except (OSError, ValueError) as exc:
        raise SecretFileError(
            f"The encrypted secrets file {path()} cannot be used: {exc}"
        ) from None
    with _lock:
        _open = ring


def lock() -> None:
    global _open
    with _lock:
        _open = None


def _call(method: str, *args: Any) -> Any:
    with _lock:
        ring = _open
    if ring is None:
        return None
    try:
        return getattr(ring, method)(*args)
    except OSError as exc:
        raise SecretFileError(f"The encrypted secrets file cannot be used: {exc}") from None


def get(service: str, account: str) -> str | None:
    value = _call("get_password", service, account)
    return str(value) if value else None


def put(service: str, account: str, value: str) -> None:
    from photoseek.config.secrets import SecretStoreError

    if _open is None:
        raise SecretStoreError("Unlock the encrypted secrets file with its password first.")
    try:
        _call("set_password", service, account, value)
    except SecretFileError as exc:
        raise SecretStoreError(str(exc)) from None


def delete(service: str, account: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        _call("delete_password", service, account)
