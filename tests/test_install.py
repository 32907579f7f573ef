"""`pipx install .` works: what pipx does — a fresh venv, `pip install` of a copy of the tree
(a wheel build, with the translations compiled by setup.py) — then the installed command runs.

Slow (it installs PySide6, NumPy and ONNX Runtime into the new venv from the package index or
the machine's mirror), so it runs only with PHOTOSEEK_TEST_INSTALL=1: `make package-check`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from photoseek import __version__

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm", ".mypy_cache",
    ".ruff_cache", ".pytest_cache",
)  # fmt: skip

pytestmark = pytest.mark.skipif(
    os.environ.get("PHOTOSEEK_TEST_INSTALL") != "1",
    reason="set PHOTOSEEK_TEST_INSTALL=1 (make package-check does) to install into a fresh venv",
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv with Photoseek installed from a copy of this tree."""
    base = tmp_path_factory.mktemp("install")
    tree = base / "photoseek-src"
    shutil.copytree(ROOT, tree, ignore=SKIP)
    shutil.rmtree(tree / "packaging" / "dist", ignore_errors=True)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    done = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(tree)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return bin_dir


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", **extra)
    return env


def test_the_command_is_installed(installed: Path) -> None:
    done = subprocess.run(
        [str(installed / "photoseek"), "--version"], env=clean_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"photoseek {__version__}"


def test_package_data_has_the_icon_and_compiled_translations(installed: Path) -> None:
    code = (
        "import photoseek.gui.app as a, sys; r = a.RESOURCES; "
        "print(r.is_relative_to(sys.prefix), (r / 'photoseek.svg').is_file(), "
        "sorted(p.name for p in (r / 'i18n').iterdir()))"
    )
    done = subprocess.run(
        [str(installed / "python"), "-c", code], env=clean_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    in_venv, icon, files = done.stdout.split(" ", 2)
    assert (in_venv, icon) == ("True", "True")  # the installed copy, not this checkout
    for code_ in ("de", "es", "fr", "ja", "pt", "ru", "zh_CN"):
        assert f"photoseek_{code_}.qm" in files
    assert ".ts" not in files  # sources stay in the repository


def test_the_installed_window_starts_in_spanish(installed: Path, tmp_path: Path) -> None:
    dirs = {f"PHOTOSEEK_{n}_DIR": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "CACHE")}
    env = clean_env(
        QT_QPA_PLATFORM="offscreen",
        PHOTOSEEK_QUIT_AFTER_MS="1500",
        LANG="es_ES.UTF-8",
        LC_ALL="es_ES.UTF-8",
        **dirs,
    )
    done = subprocess.run(
        [str(installed / "photoseek")], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "cache" / "logs" / "photoseek.log").read_text(encoding="utf-8")
    assert "window shown (icon ok; translations: qtbase_es.qm, photoseek_es.qm)" in log
