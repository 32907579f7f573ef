"""Secrets never leak: distinctive canary values for the Jina key and the cluster password are
used through every path that could echo them — right and wrong credentials, a password changed
mid-run, verbose logging to the real log file, status and checks, exceptions — and then looked
for in every file under the per-test dirs, everything printed, every log record and every
exception text."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.fakes.jina import FakeJina
from tests.faults.conftest import Outputs, Tally

JINA_CANARY = "jina_CANARY0key0d1e2f3a4b5c6d7e8f9"
ES_CANARY = "CANARY-es-pw-7f3a9c2e"
WRONG_KEY = "jina_CANARY1wrong0key0a1b2c3d4e5f"
CANARIES = (JINA_CANARY, ES_CANARY, WRONG_KEY)


class Records(logging.Handler):
    """Every log record at any level, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def records() -> Iterator[Records]:
    handler = Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


@pytest.mark.allow_log(r".*")  # failures on purpose (401s, refusals): only leaks matter here
def test_canaries_never_appear_anywhere(
    tmp_path: Path,
    photos: Any,
    cli_process: Any,
    outputs: Outputs,
    records: Records,
    tally: Tally,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: Any,
) -> None:
    folder = photos(6)
    auth = {"users": {"elastic": ES_CANARY}}
    with FakeJina(api_keys={JINA_CANARY}) as jina, FakeElasticsearch("9.3.0", auth=auth) as es:
        monkeypatch.setenv("PHOTOSEEK_JINA_URL", jina.url + "/v1/embeddings")
        monkeypatch.setenv("PHOTOSEEK_ES_URL", es.url)
        monkeypatch.setenv("PHOTOSEEK_ES_USER", "elastic")
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", ES_CANARY)
        monkeypatch.setenv("JINA_API_KEY", JINA_CANARY)
        texts: list[str] = []

        def run(*args: str, stdin: str = "") -> int:
            capsys.readouterr()
            if stdin:
                monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
            code = main(list(args))
            out = capsys.readouterr()
            texts.extend([out.out, out.err])
            return code

        assert run("config", "set", "batch_size", "4") == 0  # a settings file to look into
        # A key kept in the (test) keyring rather than the environment, then used.
        monkeypatch.delenv("JINA_API_KEY")
        assert run("secret", "set", "jina", stdin=JINA_CANARY + "\n") == 0
        assert run("index", str(folder)) == 0
        assert run("search", "red flowers") == 0
        for verb in (("status",), ("status", "--json", "--problems"), ("es", "check"),
                     ("config", "list"), ("secret", "status", "jina")):  # fmt: skip
            run(*verb)

        # The same through the real entry point, logging everything to the real file.
        monkeypatch.setenv("JINA_API_KEY", JINA_CANARY)
        for verb in (("-v", "index"), ("-v", "search", "blue sky"), ("-v", "es", "check")):
            assert cli_process(*verb).code == 0

        # Refusals: a wrong Jina key, a cluster password changed behind our back.
        monkeypatch.setenv("JINA_API_KEY", WRONG_KEY)
        assert cli_process("-v", "search", "snow").code == 3
        assert run("search", "green field") == 3
        es.security.set_password("elastic", "something-else")
        tally.injected(2)
        assert cli_process("-v", "index").code == 3
        assert run("status") == 0
        assert run("es", "check") == 3

        # Exceptions raised through the façade, as the window shows them.
        from photoseek.library import Library

        lib = Library()
        try:
            for attempt in (lambda: lib.search.text("cats"), lambda: lib.indices()):
                try:
                    attempt()
                except Exception as exc:  # what the GUI would put on screen
                    texts.append(f"{exc!r} {exc}")
            texts.append(repr(lib.status()))
        finally:
            lib.close()
        tally.survived(9)

    # Everything on disk: settings, catalog (and its WAL), embedded store, logs, thumbnails.
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "photoseek.log" for p in files)
    assert any(p.name == "settings.toml" for p in files)
    for p in files:
        data = p.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in data, f"{canary} found in {p}"
    everything = "\n".join(texts + outputs.texts + records.lines)
    for canary in CANARIES:
        assert canary not in everything, f"{canary} was printed, logged or raised"
    assert "refused the user name or password (401)" in everything  # the refusals did happen
    assert "rejected the API key" in everything
    tally.files(indexed=6)
