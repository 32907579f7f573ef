"""The window in the user's language and in light and dark.

The shipped .ts files are compiled with pyside6-lrelease into a temp folder (the tests do not
need `make translations`); the real start path (`run_app` under LANG=es_ES.UTF-8) runs in a
process of its own. With $PHOTOSEEK_SCREENSHOT_DIR set, the screens are saved as
lang-es.png, lang-ja.png, theme-light.png and theme-dark.png.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from photoseek.gui import i18n
from photoseek.gui.grid import format_score
from photoseek.gui.main_window import MainWindow
from photoseek.gui.theme import apply_theme, is_dark
from photoseek.gui.window_status import status_summary
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS, screenshot
from tests.gui.test_screenshots import settle
from tests.test_translations import tool

MENUS = ("&File", "&View", "&Tools", "&Help")
QUERIES = {"es": "flores rojas", "ja": "赤い花", "fr": "fleurs rouges", "de": "rote Blumen"}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    lrelease = tool("pyside6-lrelease")
    for code in i18n.SHIPPED:
        ts = i18n.TRANSLATIONS / f"photoseek_{code}.ts"
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    return out


def translation(code: str, context: str, source: str) -> str:
    root = ET.parse(i18n.TRANSLATIONS / f"photoseek_{code}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for m in ctx.iter("message"):
                if m.findtext("source") == source:
                    return m.findtext("translation") or ""
    raise KeyError((code, context, source))


@contextmanager
def speaking(locale: QLocale, qm_dir: Path) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    installed = i18n.install_translators(app, locale, qm_dir)
    i18n.use_locale(locale)
    try:
        yield
    finally:
        i18n.remove_translators(app, installed)
        i18n.use_locale(before)


def search_for(qtbot: Any, window: MainWindow, text: str) -> None:
    """Type a query (set directly: QTest cannot type characters outside Latin-1) and Enter."""
    from PySide6.QtCore import Qt

    window.search_bar.edit.setText(text)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_window_starts_in_spanish(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, qm_dir: Path
) -> None:
    with speaking(QLocale("es_ES"), qm_dir):
        window = make_window(indexed_library)
        assert window.search_bar.edit.placeholderText().startswith("Busca en tus fotos, p. ej. “")
        assert menu_titles(window) == ["&Archivo", "&Ver", "&Herramientas", "Ay&uda"]
        assert window.state_view.title.text() == "Busca tus fotos por lo que muestran"
        summary = status_summary(indexed_library.status())
        assert summary.startswith("18 fotos · ") and "almacén integrado" in summary
        assert QLocale().toString(1234567) == "1.234.567"
        assert format_score(0.5) == "0,500"
        assert QLocale().toString(QDate(2000, 11, 7), QLocale.FormatType.ShortFormat) == "7/11/00"
        window.resize(1100, 720)
        search_for(qtbot, window, QUERIES["es"])
        settle(qtbot, window)
        screenshot(window, "lang-es")


@pytest.mark.parametrize("code", i18n.SHIPPED)
def test_every_shipped_language_shows_its_translations(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    plain_library: Library,
    qm_dir: Path,
    code: str,
) -> None:
    with speaking(QLocale(code), qm_dir):
        window = make_window(plain_library)
        expected = [translation(code, "WindowActions", m) for m in MENUS]
        assert menu_titles(window) == expected
        assert all(t and t not in MENUS for t in expected)
        assert window.state_view.title.text() == translation(
            code, "StateView", "No photo folders yet"
        )
        prefix = translation(code, "SearchBar", "Search your photos, e.g. “{}”").split("{}")[0]
        assert window.search_bar.edit.placeholderText().startswith(prefix)


def test_japanese_screenshot(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, qm_dir: Path
) -> None:
    with speaking(QLocale("ja_JP"), qm_dir):
        window = make_window(indexed_library)
        assert menu_titles(window) == ["ファイル(&F)", "表示(&V)", "ツール(&T)", "ヘルプ(&H)"]
        window.resize(1100, 720)
        search_for(qtbot, window, QUERIES["ja"])
        settle(qtbot, window)
        screenshot(window, "lang-ja")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_screenshots(
    qtbot: Any, make_window: Callable[..., MainWindow], indexed_library: Library, theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        window = make_window(indexed_library)
        qtbot.waitUntil(lambda: is_dark(window.grid.palette()) == (theme == "dark"))
        window.resize(1100, 720)
        with qtbot.waitSignal(window.indexer.finished, timeout=WAIT_MS):
            window.index_now()  # the status bar's summary of a run, in the theme's colours
        search_for(qtbot, window, "red flowers")
        settle(qtbot, window)
        window.grid.setCurrentIndex(window.grid.results.index(1))
        screenshot(window, f"theme-{theme}")
    finally:
        apply_theme(app, "system")


SPANISH_START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from photoseek.gui import app as app_module, i18n
i18n.TRANSLATIONS = app_module.TRANSLATIONS = Path(sys.argv[1])  # the compiled .qm files
from photoseek.gui.main_window import MainWindow
seen = {}

def look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen.update(
        system=QLocale.system().name(),
        placeholder=window.search_bar.edit.placeholderText(),
        menus=[a.text() for a in window.menuBar().actions()],
        number=QLocale().toString(1234567),
        date=QLocale().toString(QDate(2000, 11, 7), QLocale.FormatType.LongFormat),
    )
    window.close()

QTimer.singleShot(300, look)
code = app_module.run_app(sys.argv[:1])
print("SEEN", json.dumps(seen, ensure_ascii=False), "EXIT", code)
"""


def start_under_spanish_locale(qm_dir: Path) -> dict[str, Any]:
    """Start the app in a fresh process under a Spanish system locale; what it showed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8")
    env.pop("LANGUAGE", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    done = subprocess.run(
        [sys.executable, "-c", SPANISH_START, str(qm_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("SEEN"))
    seen: dict[str, Any] = json.loads(line.split(" ", 1)[1].rsplit(" EXIT", 1)[0])
    return seen


def test_run_app_follows_a_spanish_system_locale(qm_dir: Path) -> None:
    seen = start_under_spanish_locale(qm_dir)
    assert seen["system"] == "es_ES"
    assert seen["placeholder"].startswith("Busca en tus fotos")
    assert seen["menus"] == ["&Archivo", "&Ver", "&Herramientas", "Ay&uda"]
    assert seen["number"] == "1.234.567"
    assert seen["date"] == "martes, 7 de noviembre de 2000"  # not "7 11 2000"


def test_a_language_setting_overrides_the_system(qm_dir: Path, plain_library: Library) -> None:
    plain_library.apply({"ui.language": "ja"})
    plain_library.close()
    seen = start_under_spanish_locale(qm_dir)
    assert seen["menus"] == ["ファイル(&F)", "表示(&V)", "ツール(&T)", "ヘルプ(&H)"]
    assert seen["placeholder"].startswith("写真を検索")
