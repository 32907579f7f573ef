"""Light, dark, or whatever the desktop uses (`ui.theme`), applied to the running app at once.

"system" keeps the platform's style and palette (Qt follows the desktop's light or dark
scheme where the platform tells it). "dark" is the Fusion style with a dark palette, the same
on every platform; "light" keeps the native look when the desktop is light and uses Fusion's
light palette when it is dark. Every widget of ours paints with palette roles only, so the
grid, placeholders, badges and inline messages follow.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, placeholders and disabled widgets."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    highlight = QColor(64, 128, 214)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(52, 52, 56),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(160, 160, 165),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(55, 55, 60),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Light: QColor(75, 75, 80),
        QPalette.ColorRole.Midlight: QColor(62, 62, 66),
        QPalette.ColorRole.Mid: QColor(40, 40, 43),
        QPalette.ColorRole.Dark: QColor(20, 20, 22),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(180, 140, 255),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor(125, 125, 130)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(80, 80, 85))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.HighlightedText, disabled)
    return p


class _Applied:
    original: tuple[str, QPalette] | None = None  # the platform's style name and palette
    theme = "system"
    changed = False  # did we replace the platform's style or palette?
    listening = False


def _remember(app: QApplication) -> tuple[str, QPalette]:
    if _Applied.original is None:
        _Applied.original = (app.style().name(), QPalette(app.palette()))
    return _Applied.original


def _set_scheme(scheme: Qt.ColorScheme | None) -> None:
    """Tell Qt (6.8+) which scheme the app wants, so native dialogs and the title bar agree."""
    hints = QGuiApplication.styleHints()
    try:
        if scheme is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(scheme)
    except AttributeError:  # Qt before 6.8
        pass


def system_is_dark() -> bool:
    """The desktop asks for dark (Qt 6.5+ knows it on Windows, macOS, GNOME and KDE)."""
    try:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt before 6.5
        return False


def _fusion(app: QApplication, palette: QPalette) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette)
    _Applied.changed = True


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply "system", "light" or "dark" to the running app."""
    style_name, palette = _remember(app)
    _Applied.theme = theme
    if not _Applied.listening:
        _Applied.listening = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _system_changed(app))
    if theme == "dark":
        _set_scheme(Qt.ColorScheme.Dark)
        _fusion(app, dark_palette())
    elif theme == "light" and is_dark(palette):
        _set_scheme(Qt.ColorScheme.Light)
        _fusion(app, QStyleFactory.create("Fusion").standardPalette())
    elif theme == "system" and system_is_dark() and not is_dark(palette):
        # The desktop is dark but the style paints light (no platform theme): Fusion, dark.
        _fusion(app, dark_palette())
    else:  # "system" as the platform paints it, or "light" on a light desktop
        if theme == "system":
            _set_scheme(None)
        if _Applied.changed:
            app.setStyle(QStyleFactory.create(style_name))
            app.setPalette(palette)
            _Applied.changed = False
    log.info(
        "theme %s (%s, %s)",
        theme,
        app.style().name(),
        "dark" if is_dark(app.palette()) else "light",
    )


def _system_changed(app: QApplication) -> None:
    if _Applied.theme == "system":
        apply_theme(app, "system")
