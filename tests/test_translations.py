"""Every string the window shows through tr() has a finished translation in each shipped .ts.

The strings come from `pyside6-lupdate` run over the GUI sources now (what `make
translations-update` would write), so a new or changed string shows up here at once, listed by
language. While strings are still being added, the check is an expected failure with that
list; once the final translation pass is done, TRANSLATIONS_COMPLETE = True makes it strict.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from photoseek.gui.i18n import SHIPPED, TRANSLATIONS

TRANSLATIONS_COMPLETE = True  # the final translation pass is done: every string is checked

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "desktop" / "photoseek" / "gui"
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}")

Key = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[Key, str | None]:
    """(context, source) → the finished translation, or None when unfinished."""
    out: dict[Key, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = tr.text if tr is not None else None
            out[(name, m.findtext("source") or "")] = text if kind is None and text else None
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every tr() / translate() string in the GUI, as lupdate sees it today."""
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        timeout=120,
    )
    return set(messages(ts))


def expected_failure(report: str) -> None:
    if TRANSLATIONS_COMPLETE:
        pytest.fail(report, pytrace=False)
    pytest.xfail(report)


def test_every_shipped_language_has_a_ts_file() -> None:
    assert sorted(p.name for p in TRANSLATIONS.glob("photoseek_*.ts")) == sorted(
        f"photoseek_{code}.ts" for code in SHIPPED
    )


def test_every_string_has_a_finished_translation(extracted: set[Key]) -> None:
    assert len(extracted) > 300  # the extraction works (it once missed helper functions)
    lines = []
    for code in SHIPPED:
        shipped = messages(TRANSLATIONS / f"photoseek_{code}.ts")
        missing = sorted(k for k in extracted if shipped.get(k) is None)
        if missing:
            lines.append(f"{code}: {len(missing)} of {len(extracted)} without a finished entry")
            lines += [f"    [{ctx}] {src!r}" for ctx, src in missing]
    if lines:
        expected_failure(
            "untranslated strings (run `make translations-update`):\n" + "\n".join(lines)
        )


def test_translations_keep_placeholders_and_accelerators() -> None:
    """A lost {name} would make .format() fail at run time; a lost & loses a shortcut."""
    wrong = []
    for code in SHIPPED:
        for (ctx, src), text in messages(TRANSLATIONS / f"photoseek_{code}.ts").items():
            if text is None:
                continue
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{code} [{ctx}] {src!r} → {text!r}: placeholders differ")
            has_accel = "&" in src and "<a " not in src
            if has_accel and text.count("&") != src.count("&"):
                wrong.append(f"{code} [{ctx}] {src!r} → {text!r}: accelerator lost")
    assert not wrong, "\n".join(wrong)


def _untranslatable_calls(path: Path) -> list[str]:
    """tr()/translate() calls lupdate cannot read: the text or context is not a literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        literal_args = {"tr": 1, "translate": 2}.get(name)
        if literal_args is None:
            continue
        args = node.args[:literal_args]
        if len(args) < literal_args or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_lupdate_can_read_every_translated_string() -> None:
    found = [site for p in sorted(GUI.rglob("*.py")) for site in _untranslatable_calls(p)]
    if found:
        expected_failure(
            "tr()/translate() with a text or context lupdate cannot see (use literals):\n"
            + "\n".join(found)
        )
