"""Messages that say what happened: the CLI's smaller findings (issue 9, findings 10, 11, 19, 20),
each with the words a user reads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import display_problem, main
from photoseek.indexing.progress import Progress, RateMeter

CANARY = "PASSWORD-CANARY-7Q"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_no_key_on_a_first_run_activates_nothing(
    fake_jina: Any, photo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.delenv("JINA_API_KEY")
    code, _, err = run(capsys, "index", str(photo_dir))
    assert code == 2 and "No Jina API key" in err
    assert "Searches now use" not in err  # an empty index is not switched to
    code, _, err = run(capsys, "search", "red")
    assert code == 2 and "Nothing is indexed yet" in err  # not "No photos found."


def test_an_exclusion_that_removes_photos_says_removed(
    fake_jina: Any, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    code, _, err = run(capsys, "config", "set", "library.exclude", "red")
    assert code == 0, err
    assert "3 removed" in err and "3 written" not in err
    out = json.loads(run(capsys, "status", "--json")[1])
    assert out["searchable"] == 15


def test_a_whole_disk_as_a_folder_gets_a_warning(
    fake_jina: Any, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from photoseek.catalog import catalog as catalog_module

    # Adding / for real is fine here (nothing is scanned): only the words are checked.
    monkeypatch.setattr(catalog_module, "resolve_folder", lambda p: "/")
    code, out, err = run(capsys, "folders", "add", "/")
    assert code == 0 and out.strip() == "/"
    assert "Warning: / is the whole disk" in err and "~/Pictures" in err


def test_from_after_to_is_refused(fake_jina: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "red", "--from", "2024-05-01", "--to", "2023-01-01")
    assert code == 2
    assert "--from 2024-05-01 is later than --to 2023-01-01" in err


@pytest.mark.parametrize(
    "url", [f"ftp://elastic:{CANARY}@api.example/v1", f"http://u:{CANARY}@api.example:99x/v1"]
)
def test_a_bad_jina_url_is_refused_without_its_password(
    url: str,
    fake_jina: Any,
    photo_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: Any,
) -> None:
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", url)
    code, out, err = run(capsys, "index", str(photo_dir))
    assert code == 2, err
    assert err.strip().splitlines()[-1].startswith("photoseek: PHOTOSEEK_JINA_URL: ")
    assert CANARY not in out + err and "***@api.example" in err
    assert fake_jina.log == []


def test_a_huge_query_is_refused_without_being_echoed(
    fake_jina: Any, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    before = len(fake_jina.log)
    code, _, err = run(capsys, "search", "flores " * 20_000)
    assert code == 2 and len(err) < 200
    assert "139,999 characters long; shorten it to at most 1,000" in err
    assert len(fake_jina.log) == before  # never sent


def test_passwords_in_es_urls_are_never_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    code, out, err = run(
        capsys, "config", "set", "elasticsearch.urls", f'["ftp://elastic:{CANARY}@h.example"]'
    )
    assert code == 2 and "ftp://***@h.example" in err and CANARY not in out + err
    monkeypatch.setenv("PHOTOSEEK_ES_URL", f"http://elastic:{CANARY}@127.0.0.1:9")
    for args in (("status",), ("status", "--json"), ("es", "check"), ("search", "x")):
        _, out, err = run(capsys, *args)
        assert CANARY not in out + err, args
        assert "***@127.0.0.1:9" in out + err, args


def test_no_display_is_said_before_qt_is_touched() -> None:
    problem = display_problem({}, "linux")
    assert problem.startswith("There is no display to open the window on")
    assert "ssh -X" in problem and "photoseek --help" in problem
    assert display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert display_problem({}, "win32") == display_problem({}, "darwin") == ""


def test_photoseek_gui_without_a_display_is_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "photoseek", "gui"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("photoseek: There is no display")
    assert "xcb" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_pause_does_not_count_in_the_rate(monkeypatch: Any) -> None:
    import photoseek.indexing.progress as progress

    now = [0.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    meter, p = RateMeter(window=20.0), Progress()
    meter.update(0, 400, p)
    now[0] = 10.0
    meter.update(100, 400, p)
    assert p.rate == pytest.approx(10.0)
    now[0] = 70.0  # paused for a minute
    meter.skip(60.0)
    now[0] = 80.0
    meter.update(200, 400, p)
    assert p.rate == pytest.approx(10.0) and p.eta == pytest.approx(20.0)


def test_ctrl_c_on_index_writes_what_was_embedded(fake_jina: Any, tmp_path: Path) -> None:
    from tests.synthetic import make_many

    folder = tmp_path / "many"
    make_many(folder, 80)
    assert main(["config", "set", "batch_size", "4"]) == 0
    assert main(["config", "set", "concurrency", "1"]) == 0
    fake_jina.latency = 0.05
    proc = subprocess.Popen(
        [sys.executable, "-m", "photoseek", "index", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    try:
        assert fake_jina.wait_for(lambda: len(fake_jina.images_embedded()) >= 12, 60)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1, err
    assert "Stopping: writing the photos embedded so far to the index" in err
    assert "Stopped; run again to continue where it left off." in err
    lib_status = subprocess.run(
        [sys.executable, "-m", "photoseek", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    st = json.loads(lib_status.stdout)
    embedded = len(set(fake_jina.images_embedded()))
    assert 12 <= st["searchable"] <= embedded < 80  # what was embedded is searchable
    assert st["sync"].get("synced") == st["searchable"]
