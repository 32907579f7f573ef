"""Rules about who owns what, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "desktop" / "photoseek"


def _modules() -> list[Path]:
    return [p for p in CORE.rglob("*.py") if "__pycache__" not in p.parts]


def test_the_core_imports_no_qt() -> None:
    offenders = []
    for path in _modules():
        if "gui" in path.relative_to(CORE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(CORE)))
    assert offenders == []


def test_settings_are_written_by_one_module() -> None:
    """Only the settings service writes settings.toml (the GUI and CLI go through Library)."""
    writers = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        if "tomli_w" in text or "settings_file" in text:
            writers.append(str(path.relative_to(CORE)))
    assert sorted(writers) == ["config/paths.py", "config/service.py", "library.py"]
