"""Starting the app the way `photoseek` does: one log handler, each line once, the right
versions in the first line. In a process of its own (the app quits its event loop)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import qVersion

from photoseek import __version__
from photoseek.config import AppPaths

START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["photoseek"])
QTimer.singleShot(400, app.quit)
sys.argv = ["photoseek"]
from photoseek.cli.main import entry
raise SystemExit(entry())
"""


def test_each_log_line_is_written_once() -> None:
    paths = AppPaths.default()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2] / "desktop"), *sys.path])
    done = subprocess.run(
        [sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = (paths.log_dir / "photoseek.log").read_text(encoding="utf-8").splitlines()
    starts = [line for line in lines if " starting (" in line]
    assert len(starts) == 1, lines
    assert f"Photoseek {__version__} starting (Qt {qVersion()}" in starts[0]
    # Two handlers on one file write every line twice, one after the other.
    assert all(a != b for a, b in itertools.pairwise(lines)), lines
