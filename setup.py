"""One build step on top of pyproject.toml: compile the translations into the wheel.

The `.ts` sources live in the repository (desktop/photoseek/gui/resources/i18n/); the `.qm`
files Qt loads are built here with `pyside6-lrelease` (PySide6 is a build requirement), so
`pip install .` / `pipx install .` ship them. A checkout builds them with `make translations`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = Path("photoseek") / "gui" / "resources" / "i18n"


def lrelease() -> list[str]:
    """The lrelease to run: PySide6's (script or the binary in the package), else Qt's own
    (a Flatpak SDK, a distribution's Qt tools)."""
    script = shutil.which("pyside6-lrelease")
    if script:
        return [script]
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if exe.is_file():
            return [str(exe)]
    except ImportError:
        pass
    for name in ("lrelease", "lrelease6", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit("Building Photoseek needs pyside6-lrelease (PySide6) or Qt's lrelease.")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        sources = sorted((HERE / "desktop" / I18N).glob("photoseek_*.ts"))
        if not sources:
            raise SystemExit(f"no translations found in {HERE / 'desktop' / I18N}")
        target = Path(self.build_lib) / I18N
        target.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            (target / ts.name).unlink(missing_ok=True)  # the sources stay in the sdist
        print(f"compiled {len(sources)} translations into {target}", file=sys.stderr)


setup(cmdclass={"build_py": BuildWithTranslations})
