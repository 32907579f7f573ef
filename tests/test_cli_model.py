"""`photoseek model …` against the loopback hub (PHOTOSEEK_MODEL_MIRROR) and the tiny model."""

from __future__ import annotations

import io
import json
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.embedding import model_download, model_files
from photoseek.embedding.model_files import MANIFEST
from tests.fakes.model_hub import FakeHub
from tests.tiny_model import build_tiny_model, tiny_files, tiny_variants

GRAPH = "onnx/model_int8.onnx"


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-src"))


@pytest.fixture
def hub(src: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """The hub fake as the mirror, and the variant table pinned to the tiny files."""
    for name, variant in tiny_variants(src).items():
        monkeypatch.setitem(model_files.VARIANTS, name, variant)
    with FakeHub(tiny_files(src)) as fake:
        monkeypatch.setenv("PHOTOSEEK_MODEL_MIRROR", fake.url)
        yield fake


@pytest.fixture
def model_home() -> Path:
    return Path(os.environ["PHOTOSEEK_DATA_DIR"]) / "models" / "jina-clip-v2"


class Terminal(io.StringIO):
    """stdin on a terminal, with the answers typed in advance."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line_error(err: str) -> str:
    last = err.strip().splitlines()[-1]
    assert last.startswith("photoseek: ") and "Traceback" not in err
    return last


def test_download_with_yes_shows_the_licence_and_installs(
    hub: FakeHub, capsys: pytest.CaptureFixture[str], model_home: Path
) -> None:
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 0, err
    assert "CC BY-NC 4.0" in err and "non-commercial" in err
    assert "Jina API" in err and "Elastic" in err  # the commercial paths
    assert "int8" in err and "kB" in err  # what and how big (tiny here)
    assert f"Installed jina-clip-v2 (int8) in {model_home}" in err
    assert (model_home / MANIFEST).is_file()
    code, out, _ = run(capsys, "model", "status", "--json")
    data = json.loads(out)
    assert code == 0 and data["installed"] and data["variant"] == "int8"
    assert data["directory"] == str(model_home)
    hub.log.clear()
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 0 and "already installed" in err and not hub.log


def test_download_off_a_terminal_needs_yes(
    hub: FakeHub, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, _, err = run(capsys, "model", "download")
    assert code == 2
    assert "--yes" in one_line_error(err)
    assert not [e for e in hub.log if "/resolve/" in e.request.path]


def test_download_on_a_terminal_asks_first(
    hub: FakeHub, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, err = run(capsys, "model", "download", "--variant", "fp32")
    assert code == 1 and "Accept the licence" in out and "not confirmed" in err
    assert not hub.log
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, _, err = run(capsys, "model", "download", "--variant", "fp32")
    assert code == 0, err
    code, out, _ = run(capsys, "model", "status")
    assert code == 0 and "jina-clip-v2 (fp32), installed" in out and "Runs on:   CPU" in out


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(
    hub: FakeHub, capsys: pytest.CaptureFixture[str], model_home: Path
) -> None:
    hub.stall_after[GRAPH] = 16 * 1024

    def press_ctrl_c() -> None:
        if hub.stalled.wait(20):
            os.kill(os.getpid(), signal.SIGINT)

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    code, _, err = run(capsys, "model", "download", "--yes")
    presser.join()
    assert code == 1, err
    assert "Stopped" in err and "`photoseek model download` again to resume" in err
    assert (model_home / (GRAPH + ".part")).stat().st_size == 16 * 1024
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    hub.unstall()
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 0, err
    assert hub.body_requests(GRAPH)[-1].headers["range"] == f"bytes={16 * 1024}-"


def test_service_errors_exit_3_in_one_line(
    hub: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.corrupt.add(GRAPH)
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 3 and "damaged" in one_line_error(err)
    hub.corrupt.clear()
    del hub.files["config.json"]
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 3 and "config.json" in one_line_error(err)


def test_a_full_disk_exits_1(
    hub: FakeHub, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_download, "free_space", lambda _d: 10)
    code, _, err = run(capsys, "model", "download", "--yes")
    assert code == 1 and "disk space" in one_line_error(err)


def test_import_and_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model_home: Path
) -> None:
    usb = build_tiny_model(tmp_path / "usb", graphs=("onnx/model_fp16.onnx",))
    code, _, err = run(capsys, "model", "import", str(usb))
    assert code == 0, err
    assert "imported" in err and "CC BY-NC 4.0" in err
    code, out, _ = run(capsys, "model", "status", "--json")
    data = json.loads(out)
    assert data["installed"] and data["variant"] == "fp16" and data["verified"] == "imported"
    (usb / "tokenizer.json").unlink()
    code, _, err = run(capsys, "model", "import", str(usb))
    assert code == 2 and "tokenizer.json" in one_line_error(err)
    code, _, err = run(capsys, "model", "import", str(tmp_path / "missing"))
    assert code == 2 and "not a directory" in one_line_error(err)


def test_status_of_no_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "model", "status")
    assert code == 1
    assert "not installed" in out and "photoseek model download" in out
    code, out, _ = run(capsys, "model", "status", "--json")
    assert code == 1 and json.loads(out)["installed"] is False


def test_remove_asks_and_removes(
    hub: FakeHub,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    model_home: Path,
) -> None:
    code, _, err = run(capsys, "model", "remove")
    assert code == 0 and "No local model" in err
    assert run(capsys, "model", "download", "--yes")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "model", "remove")
    assert code == 2 and "--yes" in one_line_error(err)
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    code, _, err = run(capsys, "model", "remove")
    assert code == 1 and (model_home / MANIFEST).exists()
    code, _, err = run(capsys, "model", "remove", "--yes")
    assert code == 0 and "Removed" in err and not model_home.exists()


def test_the_verb_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["model", "--help"])
    out: Any = capsys.readouterr().out
    for action in ("download", "import", "status", "remove"):
        assert action in out
