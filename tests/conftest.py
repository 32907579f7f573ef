"""Shared test set-up: offscreen Qt before any Qt import, per-test config/data/cache dirs."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["pytester"]  # for the test that proves the log check itself

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PHOTOS = CORPUS / "photos"
HOSTILE = CORPUS / "hostile"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own config/data/cache dirs and no real secrets."""
    for name in ("CONFIG", "DATA", "CACHE"):
        d = tmp_path / f"ps-{name.lower()}"
        d.mkdir()
        monkeypatch.setenv(f"PHOTOSEEK_{name}_DIR", str(d))
    for var in (
        "JINA_API_KEY",
        "PHOTOSEEK_JINA_URL",
        "PHOTOSEEK_ES_URL",
        "PHOTOSEEK_ES_API_KEY",
        "PHOTOSEEK_ES_USER",
        "PHOTOSEEK_ES_PASSWORD",
        "PHOTOSEEK_ES_CA_CERTS",
    ):
        monkeypatch.delenv(var, raising=False)


class LogFailHandler(logging.Handler):
    """Collects WARNING and worse (qutebrowser's habit): a test fails when the app logs one it
    did not expect. A test that provokes one on purpose says so with
    `@pytest.mark.allow_log(r"regex on 'logger: message'", ...)`."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "allow_log(*patterns): WARNING/ERROR log lines this test expects"
    )


@pytest.fixture(autouse=True)
def fail_on_unexpected_log(request: pytest.FixtureRequest) -> Iterator[LogFailHandler]:
    handler = LogFailHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    patterns = [p for m in request.node.iter_markers("allow_log") for p in m.args]
    unexpected = [
        f"{r.levelname} {r.name}: {r.getMessage()}"
        for r in handler.records
        if not any(re.search(p, f"{r.name}: {r.getMessage()}") for p in patterns)
    ]
    if unexpected:
        pytest.fail("unexpected log lines:\n" + "\n".join(unexpected), pytrace=False)


def corpus_dir(sub: str) -> Path:
    """A folder of the shared corpus, or skip the test when the corpus is absent."""
    d = CORPUS / sub
    if not d.is_dir():
        pytest.skip(f"shared corpus not found at {d}")
    return d


class MemoryKeyring:
    """An in-memory stand-in for the system keyring, so tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.passwords[(service, username)]


@pytest.fixture(autouse=True)
def _forget_session_secrets() -> Iterator[None]:
    """Secrets kept for "this session only" and an unlocked encrypted file end with the test."""
    yield
    from photoseek.config import secrets

    secrets.forget_session()


class NoKeyring:
    """A desktop without a Secret Service: every keyring call raises NoKeyringError."""

    def _fail(self, *_args: object) -> None:
        import keyring.errors

        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    get_password = set_password = delete_password = _fail


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> NoKeyring:
    import keyring

    ring = NoKeyring()
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(ring, name))
    return ring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    ring = MemoryKeyring()
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(ring, name))
    return ring


# -- fakes and libraries shared by integration and GUI tests -----------------------------------
JINA_KEY = "jina_test_key"


@pytest.fixture
def fake_jina(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A running Jina API fake; the app is pointed at it through the environment."""
    from tests.fakes.jina import FakeJina

    with FakeJina(api_keys={JINA_KEY}) as fake:
        monkeypatch.setenv("PHOTOSEEK_JINA_URL", fake.url + "/v1/embeddings")
        monkeypatch.setenv("JINA_API_KEY", JINA_KEY)
        yield fake


@pytest.fixture
def photo_dir(tmp_path: Path) -> Path:
    """A folder of synthetic scenes (red flowers, blue sky/sea, green field, …)."""
    from tests.synthetic import make_photos

    folder = tmp_path / "photos"
    make_photos(folder)
    return folder


@pytest.fixture
def library(fake_jina):  # type: ignore[no-untyped-def]
    """A Library on the per-test dirs, embedded store, using the Jina fake."""
    from photoseek.library import Library

    lib = Library()
    lib.apply({"embedding.batch_size": 8})
    yield lib
    lib.close()


@pytest.fixture
def indexed_library(library, photo_dir):  # type: ignore[no-untyped-def]
    library.add_folder(photo_dir)
    report = library.index()
    assert report.error is None and report.sync_error is None, report
    return library
