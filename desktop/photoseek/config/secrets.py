"""Secrets (API keys, passwords) live in the system keyring, never in a file or a log.

Environment variables win over the keyring so containers and scripts need no keyring.
"""

from __future__ import annotations

import os
from enum import Enum
from types import ModuleType

SERVICE = "photoseek"


def _keyring() -> ModuleType:
    """keyring, imported when a secret is first needed: its backends take ~40 ms to load, and a
    cached `photoseek search` needs none."""
    import keyring
    import keyring.errors

    return keyring


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


class SecretStoreError(RuntimeError):
    pass


def get(secret: Secret) -> str | None:
    from_env = os.environ.get(secret.env)
    if from_env:
        return from_env
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, secret.account) or None
    except keyring.errors.KeyringError:
        return None


def source(secret: Secret) -> str | None:
    """Where the secret comes from ("environment", "keyring"), for status displays."""
    if os.environ.get(secret.env):
        return "environment"
    keyring = _keyring()
    try:
        return "keyring" if keyring.get_password(SERVICE, secret.account) else None
    except keyring.errors.KeyringError:
        return None


def put(secret: Secret, value: str) -> None:
    value = value.strip()
    if not value:
        delete(secret)
        return
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, secret.account, value)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "No system keyring is available to keep the secret safely "
            f"({exc.__class__.__name__}). Set the {secret.env} environment variable instead; "
            "Photoseek never writes secrets to a file."
        ) from None


def delete(secret: Secret) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, secret.account)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(f"Could not remove the secret from the keyring: {exc}") from None
