"""Secrets without a system keyring: this session only, the environment, or the encrypted file
(opt-in); never a plain-text file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from photoseek.config import secret_file
from photoseek.config import secrets as secret_store
from photoseek.config.secret_file import SecretFileError
from photoseek.config.secrets import Place, Secret, SecretStoreError
from photoseek.library import ChangeSet, Library

CANARY = "jina_canary_5e1f0c4b"


def every_file_under(*dirs: str) -> list[Path]:
    return [p for d in dirs for p in Path(d).rglob("*") if p.is_file()]


def no_file_holds(value: str) -> bool:
    dirs = [os.environ[f"PHOTOSEEK_{n}_DIR"] for n in ("CONFIG", "DATA", "CACHE")]
    return all(value.encode() not in p.read_bytes() for p in every_file_under(*dirs))


def test_without_a_keyring_the_problem_is_known_before_saving(no_keyring: Any) -> None:
    problem = secret_store.keyring_problem()
    assert problem is not None and "No system keyring" in problem
    assert "JINA_API_KEY" in problem and "this session only" in problem
    with pytest.raises(SecretStoreError, match="JINA_API_KEY environment variable"):
        secret_store.put(Secret.JINA_API_KEY, CANARY)


def test_with_a_keyring_there_is_no_problem(memory_keyring: Any) -> None:
    assert secret_store.keyring_problem() is None


def test_a_session_key_lives_in_memory_only(no_keyring: Any) -> None:
    secret_store.put(Secret.JINA_API_KEY, CANARY, Place.SESSION)
    assert secret_store.get(Secret.JINA_API_KEY) == CANARY
    assert secret_store.source(Secret.JINA_API_KEY) == "session"
    assert no_file_holds(CANARY)
    secret_store.forget_session()  # the process ends
    assert secret_store.get(Secret.JINA_API_KEY) is None


def test_the_environment_wins_over_the_session(
    no_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret_store.put(Secret.JINA_API_KEY, CANARY, Place.SESSION)
    monkeypatch.setenv("JINA_API_KEY", "jina_from_env")
    assert secret_store.get(Secret.JINA_API_KEY) == "jina_from_env"
    assert secret_store.source(Secret.JINA_API_KEY) == "environment"


def test_the_encrypted_file_keeps_the_key_behind_a_password(no_keyring: Any) -> None:
    with pytest.raises(SecretFileError, match="at least 8"):
        secret_file.unlock("short")
    secret_file.unlock("correct horse battery")
    secret_store.put(Secret.JINA_API_KEY, CANARY, Place.FILE)
    assert secret_store.source(Secret.JINA_API_KEY) == "encrypted file"
    assert secret_file.path().is_file() and no_file_holds(CANARY)  # encrypted, never plain
    assert oct(secret_file.path().stat().st_mode & 0o777) == "0o600"
    secret_store.forget_session()  # a new start: locked until the password is typed
    assert secret_store.get(Secret.JINA_API_KEY) is None
    with pytest.raises(SecretFileError, match="not the password"):
        secret_file.unlock("wrong horse battery")
    assert not secret_file.is_unlocked()
    secret_file.unlock("correct horse battery")
    assert secret_store.get(Secret.JINA_API_KEY) == CANARY
    secret_store.delete(Secret.JINA_API_KEY)
    assert secret_store.get(Secret.JINA_API_KEY) is None


def test_a_locked_file_refuses_to_take_a_secret(no_keyring: Any) -> None:
    with pytest.raises(SecretStoreError, match="Unlock the encrypted secrets file"):
        secret_store.put(Secret.JINA_API_KEY, CANARY, Place.FILE)


def test_keyrings_alt_file_backends_are_never_the_system_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Installing keyrings.alt makes keyring choose its plain-text file where there is no
    Secret Service; Photoseek puts the fail backend in its place."""
    import keyring
    from keyring.backends import fail
    from keyrings.alt.file import PlaintextKeyring

    chosen: list[object] = []
    monkeypatch.setattr(secret_store, "_guarded", False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    monkeypatch.setattr(keyring, "set_keyring", chosen.append)
    secret_store.keyring_problem()
    assert len(chosen) == 1 and isinstance(chosen[0], fail.Keyring)


def test_the_library_saves_a_key_for_the_session_when_asked(no_keyring: Any) -> None:
    lib = Library()
    try:
        out = lib.save(ChangeSet(secrets={Secret.JINA_API_KEY: CANARY}, secret_place=Place.SESSION))
        assert out.ok and out.saved_secrets == [Secret.JINA_API_KEY]
        assert lib.status().api_key == "session"
        out = lib.save(ChangeSet(secrets={Secret.JINA_API_KEY: CANARY}))  # the keyring: none
        assert out.secret_error is not None and "No system keyring" in out.secret_error
        assert no_file_holds(CANARY)
    finally:
        lib.close()


def test_a_process_the_window_starts_gets_the_secrets_only_the_window_has(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: Any
) -> None:
    from photoseek.config import secrets

    for s in secrets.Secret:
        monkeypatch.delenv(s.env, raising=False)
    monkeypatch.setattr(secrets, "_session", {})
    monkeypatch.setattr(secrets, "_handed_over", False)
    secrets.put(secrets.Secret.JINA_API_KEY, "jina_session_only", secrets.Place.SESSION)
    secrets.put(secrets.Secret.ES_API_KEY, "es_in_the_keyring")

    def not_in_the_window(_secret: object) -> str:
        raise AssertionError("the window asked the keyring to hand a secret over")

    with monkeypatch.context() as m:  # the keyring's first use costs the GUI thread 0.2 s
        m.setattr(secrets, "_from_keyring", not_in_the_window)
        handed = secrets.hand_over()
    assert handed == {"jina-api-key": "jina_session_only"}

    def no_file(_secret: object) -> str:
        raise AssertionError("the encrypted file was asked")

    monkeypatch.setattr(secrets, "_from_file", no_file)
    secrets.take_over({**handed, "not-a-secret": "x"})
    assert secrets.get(secrets.Secret.JINA_API_KEY) == "jina_session_only"
    assert secrets.get(secrets.Secret.ES_API_KEY) == "es_in_the_keyring"  # read there
    assert secrets.get(secrets.Secret.ES_PASSWORD) is None
