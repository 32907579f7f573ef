"""Starting the desktop app: `photoseek` (no arguments) or `photoseek gui`."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from photoseek import APP_NAME, __version__

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_FILE = RESOURCES / "photoseek.svg"
TRANSLATIONS = RESOURCES / "i18n"


def app_icon() -> QIcon:
    icon = QIcon(str(ICON_FILE))
    if icon.isNull():
        return QIcon.fromTheme("photoseek")
    return icon


def set_identity() -> None:
    """Names Qt uses for settings paths, the window class and the desktop entry."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("photoseek.app")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("photoseek")


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and ours, for the system language, where translations exist."""
    locale = locale or QLocale.system()
    installed = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir) and app.installTranslator(qt):
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "photoseek", "_", str(TRANSLATIONS)) and app.installTranslator(ours):
        installed.append(ours)
    return installed


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
    install_translators(app)
    previous = qInstallMessageHandler(_qt_message)
    try:
        return _run_window(app)
    finally:
        qInstallMessageHandler(previous)


def _run_window(app: QApplication) -> int:
    from photoseek.gui.main_window import MainWindow
    from photoseek.library import Library

    try:
        library = Library()
    except Exception as exc:  # a catalog from a newer version, an unreadable data dir…
        log.exception("cannot open the library")
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Photoseek cannot start"),
            str(exc),
        )
        return 1
    log.info(
        "Photoseek %s starting (Qt %s, PySide6 %s)", __version__, qVersion(), PySide6.__version__
    )
    window = MainWindow(library)
    window.setWindowIcon(app_icon())
    window.show()
    window.start()
    if library.notice:  # e.g. a damaged catalog was set aside and is being rebuilt
        window.tell(library.notice, 60_000)
    code = app.exec()
    window.shutdown()  # in case the loop ended without the window closing
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
