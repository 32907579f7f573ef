"""The PyInstaller bundle starts and works: `make bundle` builds it and runs these.

Skipped unless PHOTOSEEK_TEST_BUNDLE=1 (building takes minutes, so it is not part of the
normal run); then the bundle must exist (PHOTOSEEK_BUNDLE overrides where). Each check runs
the bundle's own executable, with none of this checkout on its path.
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from photoseek import __version__
from photoseek.config import AppPaths

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("PHOTOSEEK_BUNDLE", ROOT / "packaging" / "dist" / "photoseek"))
EXE = BUNDLE / ("photoseek.exe" if os.name == "nt" else "photoseek")

pytestmark = pytest.mark.skipif(
    os.environ.get("PHOTOSEEK_TEST_BUNDLE") != "1",
    reason="set PHOTOSEEK_TEST_BUNDLE=1 (make bundle does) to test the built bundle",
)


def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    assert EXE.is_file(), f"no bundle at {BUNDLE}: run `make bundle`"
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    clean.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", **env)
    return subprocess.run(
        [str(EXE), *args], env=clean, capture_output=True, text=True, timeout=timeout
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"photoseek {__version__}"


def test_the_window_opens_offscreen_in_spanish_and_quits_by_itself() -> None:
    done = run(
        QT_QPA_PLATFORM="offscreen",
        PHOTOSEEK_QUIT_AFTER_MS="1500",
        LANG="es_ES.UTF-8",
        LC_ALL="es_ES.UTF-8",
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    log = (AppPaths.default().log_dir / "photoseek.log").read_text(encoding="utf-8")
    assert f"Photoseek {__version__} starting (Qt " in log and ", es_ES, theme system)" in log
    assert "window shown (icon ok; translations: qtbase_es.qm, photoseek_es.qm)" in log


def test_index_and_search_photos_including_heic(fake_jina: Any, tmp_path: Path) -> None:
    from PIL import Image

    from tests.synthetic import make_photos, red_flowers

    folder = tmp_path / "photos"
    make_photos(folder, per_scene=1)
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    red_flowers(5).save(buf, format="HEIF")
    (folder / "red" / "phone.heic").write_bytes(buf.getvalue())
    with Image.open(folder / "red" / "phone.heic") as check:
        assert check.size == (640, 480)

    done = run("index", str(folder), timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Indexed 7 (reused 0, embedded 7), skipped 0, failed 0" in done.stderr
    done = run("search", "red flowers", "-k", "2")
    assert done.returncode == 0, done.stderr
    top = [line.split("  ", 1)[1] for line in done.stdout.splitlines()]  # "score  path"
    assert {Path(p).parent.name for p in top} == {"red"}  # the JPEG and the HEIC
    assert str(folder / "red" / "phone.heic") in top


def test_watch_and_the_cli_verbs_are_there() -> None:
    done = run("watch", "--help")
    assert done.returncode == 0 and "--settle" in done.stdout


def test_no_tests_or_dev_tools_inside() -> None:
    inside = {p.name for p in (BUNDLE / "_internal").iterdir()}
    assert not inside & {"tests", "pytest", "_pytest", "mypy", "ruff", "onnx", "PyInstaller"}
    assert (BUNDLE / "_internal" / "photoseek" / "gui" / "resources" / "photoseek.svg").is_file()
    plugins = BUNDLE / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so"):
        if os.name == "posix" and not (BUNDLE / "_internal" / "PySide6" / "Qt").is_dir():
            pytest.skip("not a Linux bundle layout")
        assert (plugins / plugin).is_file(), plugin
