"""Starting the desktop app: `photoseek` (no arguments) or `photoseek gui`."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from photoseek import APP_ID, APP_NAME, __version__
from photoseek.gui import clipboard, i18n

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_FILE = RESOURCES / "photoseek.svg"
TRANSLATIONS = i18n.TRANSLATIONS
# Smoke tests of an installed app or a bundle: quit by itself this many ms after the window
# opened (exit code 0), e.g. `PHOTOSEEK_QUIT_AFTER_MS=3000 QT_QPA_PLATFORM=offscreen photoseek`.
QUIT_AFTER_ENV = "PHOTOSEEK_QUIT_AFTER_MS"


def app_icon() -> QIcon:
    icon = QIcon(str(ICON_FILE))
    if icon.isNull():
        return QIcon.fromTheme(APP_ID)
    return icon


def set_identity() -> None:
    """Names Qt uses for settings paths, the window class and the desktop entry."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("photoseek.app")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)  # the .desktop file (Wayland icon)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and ours, for `locale` (the system's by default), where they exist."""
    return i18n.install_translators(app, locale or QLocale.system(), TRANSLATIONS)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def run_app(argv: Sequence[str]) -> int:
    """Open the main window and run until it closes; returns the exit code.

    Logging is set up by the caller (`photoseek` → `cli.main.entry`): one handler per file.
    """
    set_identity()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setWindowIcon(app_icon())
    previous = qInstallMessageHandler(_qt_message)
    try:
        return _run_window(app)
    finally:
        qInstallMessageHandler(previous)


def quit_after_ms() -> int | None:
    """`PHOTOSEEK_QUIT_AFTER_MS`, when set to a whole number of milliseconds."""
    raw = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not raw:
        return None
    try:
        return max(0, int(raw))
    except ValueError:
        log.info("ignoring %s=%r: not a whole number of milliseconds", QUIT_AFTER_ENV, raw)
        return None


def _run_window(app: QApplication) -> int:
    from photoseek.gui.main_window import MainWindow
    from photoseek.gui.theme import apply_theme
    from photoseek.library import Library

    try:
        library = Library()
    except Exception as exc:  # a catalog from a newer version, an unreadable data dir…
        log.exception("cannot open the library")
        install_translators(app)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Photoseek cannot start"),
            str(exc),
        )
        return 1
    ui = library.settings.ui
    locale = i18n.locale_for(ui.language)
    i18n.use_locale(locale)
    translators = install_translators(app, locale)
    apply_theme(app, ui.theme)
    log.info(
        "Photoseek %s starting (Qt %s, PySide6 %s, %s, theme %s)",
        __version__,
        qVersion(),
        PySide6.__version__,
        locale.name(),
        ui.theme,
    )
    window = MainWindow(library)
    window.setWindowIcon(app_icon())
    window.show()
    window.start()
    if library.notice:  # e.g. a damaged catalog was set aside and is being rebuilt
        window.tell(library.notice, 60_000)
    log.info(
        "window shown (icon %s; translations: %s)",
        "ok" if not window.windowIcon().isNull() else "missing",
        ", ".join(Path(t.filePath()).name for t in translators) or "none",
    )
    quit_after = quit_after_ms()
    if quit_after is not None:
        QTimer.singleShot(quit_after, window.close)
    code = app.exec()
    window.shutdown()  # in case the loop ended without the window closing
    clipboard.release()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
