"""Secrets (API keys, passwords): the system keyring, never a plain file or a log.

Where a secret comes from, first found wins: the environment (containers, scripts), the
system keyring, the encrypted file (opt-in, for desktops without a keyring, unlocked with a
password the user types), then this session's memory (kept in the process only, never
written anywhere).

`keyrings.alt` (a dependency, for the encrypted file) also registers its plain-text and
password-prompting file backends with `keyring`, which would then pick them where no Secret
Service exists: they are never used as "the system keyring" here (see `_guard_backend`).
"""

from __future__ import annotations

import logging
import os
import threading
from enum import Enum, StrEnum

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "photoseek"


class Secret(Enum):
    JINA_API_KEY = ("jina-api-key", "JINA_API_KEY")
    ES_API_KEY = ("elasticsearch-api-key", "PHOTOSEEK_ES_API_KEY")
    ES_PASSWORD = ("elasticsearch-password", "PHOTOSEEK_ES_PASSWORD")
    ES_BEARER = ("elasticsearch-bearer-token", "PHOTOSEEK_ES_BEARER")

    @property
    def account(self) -> str:
        return self.value[0]

    @property
    def env(self) -> str:
        return self.value[1]


class Place(StrEnum):
    """Where a secret is kept (and what `source` answers)."""

    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    FILE = "encrypted file"
    SESSION = "session"


class SecretStoreError(RuntimeError):
    pass


_lock = threading.RLock()
_session: dict[Secret, str] = {}
_guarded = False
_handed_over = False  # a process the window started: only the secrets it was given


def no_keyring_message(secret: Secret, exc: BaseException | None = None) -> str:
    why = f" ({exc.__class__.__name__})" if exc is not None else ""
    return (
        f"No system keyring is available to keep the secret safely{why}. Set the "
        f"{secret.env} environment variable instead, keep it for this session only, or keep "
        "it in an encrypted file protected by a password; Photoseek never writes secrets to a "
        "plain file."
    )


# -- the system keyring ------------------------------------------------------------------------
def _is_file_backend(backend: object) -> bool:
    return type(backend).__module__.startswith("keyrings.alt")


def _guard_backend() -> None:
    """Drop keyrings.alt's file backends from keyring's choice (once per process): they are
    a plain-text file, or prompt for a password on the terminal. The encrypted file is used
    only when the user asks for it, through `secret_file`."""
    global _guarded
    with _lock:
        if _guarded:
            return
        _guarded = True
        try:
            from keyring.backends import chainer, fail

            current = keyring.get_keyring()
            parts = (
                list(current.backends) if isinstance(current, chainer.ChainerBackend) else [current]
            )
            if not any(_is_file_backend(b) for b in parts):
                return
            keep = [b for b in parts if not _is_file_backend(b)]
            keyring.set_keyring(keep[0] if keep else fail.Keyring())
            log.info("file keyrings are not used as the system keyring")
        except Exception as exc:  # keyring's own discovery failing must not stop the app
            log.info("could not inspect the keyring backend: %s", exc)


def keyring_problem(secret: Secret = Secret.JINA_API_KEY) -> str | None:
    """None when the system keyring can keep secrets; else one sentence saying it cannot.
    Asks the keyring (it may unlock itself): call it off the GUI thread."""
    _guard_backend()
    try:
        keyring.get_password(SERVICE, secret.account)
    except keyring.errors.KeyringError as exc:
        return no_keyring_message(secret, exc)
    except Exception as exc:  # e.g. a D-Bus error from a broken Secret Service
        return no_keyring_message(secret, exc)
    return None


def _from_keyring(secret: Secret) -> str | None:
    _guard_backend()
    try:
        return keyring.get_password(SERVICE, secret.account) or None
    except keyring.errors.KeyringError:
        return None


# -- reading -------------------------------------------------------------------------------------
def _from_file(secret: Secret) -> str | None:
    from photoseek.config import secret_file

    return secret_file.get(SERVICE, secret.account)


def get(secret: Secret) -> str | None:
    from_env = os.environ.get(secret.env)
    if from_env:
        return from_env
    if _handed_over:  # the file's and the session's values came with the start request
        return _from_keyring(secret) or _session.get(secret)
    return _from_keyring(secret) or _from_file(secret) or _session.get(secret)


# -- handing secrets to a process of the window's ---------------------------------------------
def hand_over() -> dict[str, str]:
    """The secrets that exist only in this process (kept for this session, or read from the
    unlocked encrypted file), by account, for a process it starts: sent through a pipe, never
    written. That process reads the environment and the system keyring itself: the keyring's
    first use in a process is ~0.2 s of Python (finding its backend), which in the window's
    process would hold the GUI thread's interpreter lock (README, Speed: S8b)."""
    with _lock:
        session = dict(_session)
    return {s.account: value for s in Secret if (value := _from_file(s) or session.get(s))}


def take_over(values: dict[str, str]) -> None:
    """In a process the window started: the window's file and session secrets, in memory,
    after the environment and the keyring as in the window; the encrypted file is never
    opened here (no second unlock prompt)."""
    global _handed_over
    by_account = {s.account: s for s in Secret}
    with _lock:
        _session.clear()
        _session.update({by_account[k]: v for k, v in values.items() if k in by_account})
        _handed_over = True


def source(secret: Secret) -> str | None:
    """Where the secret comes from (a `Place` value), for status displays; None when unset."""
    if os.environ.get(secret.env):
        return Place.ENVIRONMENT.value
    if _from_keyring(secret):
        return Place.KEYRING.value
    if _from_file(secret):
        return Place.FILE.value
    if secret in _session:
        return Place.SESSION.value
    return None


# -- writing -------------------------------------------------------------------------------------
def put(secret: Secret, value: str, place: Place = Place.KEYRING) -> None:
    """Keep `value` in `place` (the encrypted file must be unlocked first: `secret_file`).
    An empty value removes the secret. Raises SecretStoreError with one sentence."""
    value = value.strip()
    if not value:
        delete(secret)
        return
    if place is Place.SESSION:
        with _lock:
            _session[secret] = value
        return
    if place is Place.FILE:
        from photoseek.config import secret_file

        secret_file.put(SERVICE, secret.account, value)
        with _lock:
            _session.pop(secret, None)
        return
    if place is not Place.KEYRING:
        raise SecretStoreError(f"Set {secret.env} in the environment to use it from there.")
    _guard_backend()
    try:
        keyring.set_password(SERVICE, secret.account, value)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(no_keyring_message(secret, exc)) from None
    with _lock:
        _session.pop(secret, None)


def delete(secret: Secret) -> None:
    """Forget the secret everywhere Photoseek keeps it (not the environment)."""
    from photoseek.config import secret_file

    with _lock:
        _session.pop(secret, None)
    secret_file.delete(SERVICE, secret.account)
    _guard_backend()
    try:
        keyring.delete_password(SERVICE, secret.account)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.NoKeyringError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(f"Could not remove the secret from the keyring: {exc}") from None


def forget_session() -> None:
    """Drop what this session keeps in memory, and lock the encrypted file again."""
    from photoseek.config import secret_file

    with _lock:
        _session.clear()
    secret_file.lock()
