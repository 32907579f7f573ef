"""The fault suite's plumbing: what every test reports, and one summary at the end.

Each test injects faults (a cluster that goes down, a disk that fills, a process killed…),
then asserts on outcomes: every photo indexed or reported with a reason, nothing lost, no photo
embedded twice. It tells the tally what it did (`tally.injected()`, `tally.survived()`,
`tally.files(indexed=…, reported=…, lost=…)`, `tally.duplicates(n)`), and
`pytest_terminal_summary` prints the totals once. The photo folders a test makes with the
`photos` fixture are checksummed and must be byte-identical when it ends.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from photoseek.cli.main import main

COUNTERS: Counter[str] = Counter()
ROWS = (
    ("faults", "faults injected"),
    ("runs", "runs survived"),
    ("indexed", "files indexed"),
    ("reported", "files reported"),
    ("lost", "files lost"),
    ("duplicates", "duplicate embeddings"),
)


class Tally:
    """What one test did to the app and what came of it (added to the suite's totals)."""

    def injected(self, n: int = 1) -> None:
        COUNTERS["faults"] += n

    def survived(self, n: int = 1) -> None:
        COUNTERS["runs"] += n

    def files(self, indexed: int = 0, reported: int = 0, lost: int = 0) -> None:
        COUNTERS["indexed"] += indexed
        COUNTERS["reported"] += reported
        COUNTERS["lost"] += lost

    def duplicates(self, n: int) -> None:
        COUNTERS["duplicates"] += n


@pytest.fixture
def tally() -> Tally:
    return Tally()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not any(COUNTERS.values()):
        return
    terminalreporter.write_sep("=", "fault suite")
    for key, label in ROWS:
        terminalreporter.write_line(f"{label:>22}: {COUNTERS[key]}")


# -- photo folders that must come out byte-identical --------------------------------------------
def checksums(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def photos(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """`photos(n)` makes a folder of n small photos (or the 18 scenes with `scenes=True`);
    every folder made is checked unchanged at the end of the test."""
    from tests.synthetic import make_many, make_photos

    made: list[tuple[Path, dict[str, str]]] = []

    def make(n: int = 0, *, scenes: bool = False, name: str = "photos") -> Path:
        folder = tmp_path / name
        if scenes:
            make_photos(folder)
        else:
            make_many(folder, n)
        made.append((folder, checksums(folder)))
        return folder

    yield make
    for folder, before in made:
        assert checksums(folder) == before, f"the photo folder {folder} was changed"


# -- running the CLI ----------------------------------------------------------------------------
@dataclass
class Outputs:
    """Everything the app printed during a test (the secrets check reads it all)."""

    texts: list[str] = field(default_factory=list)


@pytest.fixture
def outputs() -> Outputs:
    return Outputs()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], outputs: Outputs) -> Callable[..., tuple[str, str]]:
    """`cli(*args, code=0)`: run a verb in this process; (stdout, stderr)."""

    def run(*args: str, code: int | None = 0) -> tuple[str, str]:
        capsys.readouterr()
        got = main(list(args))
        out = capsys.readouterr()
        outputs.texts += [out.out, out.err]
        if code is not None:
            assert got == code, (args, got, out.out, out.err)
        return out.out, out.err

    return run


# A child process never reaches the real keyring (the fixture's in-memory one is this
# process's): secrets come from the environment there.
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@dataclass
class Proc:
    code: int
    out: str
    err: str


@pytest.fixture
def cli_process(outputs: Outputs) -> Callable[..., Proc]:
    """`cli_process(*args)`: run `python -m photoseek ARGS` as a user would (logging to the
    real rotating file in the per-test cache dir, console handler and all)."""

    def run(*args: str, timeout: float = 60, env: dict[str, str] | None = None) -> Proc:
        done = subprocess.run(
            [sys.executable, "-m", "photoseek", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **NO_KEYRING, **(env or {})},
        )
        outputs.texts += [done.stdout, done.stderr]
        return Proc(done.returncode, done.stdout, done.stderr)

    return run
