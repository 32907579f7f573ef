"""Write python3-deps.json: Photoseek's Python dependencies as Flatpak sources (wheels with
their sha256), for the KDE runtime's Python (3.12, x86_64). PySide6 is not among them: it
comes from the io.qt.PySide.BaseApp base app.

    python packaging/flatpak/gen_python_deps.py        # needs pip and access to PyPI

Flatpak builds have no network, so every wheel is listed with its URL and checksum; rerun this
whenever pyproject.toml's dependencies change.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON = "3.12"  # org.kde.Platform 6.8 (freedesktop 24.08)
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
FROM_BASEAPP = ("pyside6",)


def requirements() -> list[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return [d for d in deps if not d.lower().startswith(FROM_BASEAPP)]


def wheel_url(name: str) -> str:
    """PyPI's stable location of a file: /packages/<python tag>/<first letter>/<project>/<file>."""
    project = re.split(r"-\d", name, maxsplit=1)[0]
    tag = name[: -len(".whl")].split("-")[-3]
    return f"https://files.pythonhosted.org/packages/{tag}/{project[0]}/{project}/{name}"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
               "--python-version", PYTHON, "--dest", tmp]  # fmt: skip
        for platform in PLATFORMS:
            cmd += ["--platform", platform]
        subprocess.run([*cmd, *requirements()], check=True)
        wheels = sorted(Path(tmp).glob("*.whl"))
        names = sorted({re.split(r"-\d", w.name, maxsplit=1)[0] for w in wheels})
        module = {
            "name": "python3-deps",
            "buildsystem": "simple",
            "only-arches": ["x86_64"],
            "build-commands": [
                "pip3 install --verbose --exec-prefix=/app --prefix=/app --root=/ --no-index "
                '--find-links="file://${PWD}" --no-build-isolation ' + " ".join(names)
            ],
            "sources": [
                {
                    "type": "file",
                    "url": wheel_url(w.name),
                    "sha256": hashlib.sha256(w.read_bytes()).hexdigest(),
                }
                for w in wheels
            ],
        }
    out = HERE / "python3-deps.json"
    out.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: {len(module['sources'])} wheels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
