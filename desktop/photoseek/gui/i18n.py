"""The window's language: which translations exist, which one to load, and the locale that
numbers and dates follow.

Translations are Qt `.qm` files built from the `.ts` sources in `resources/i18n/` by
`pyside6-lrelease` (`make translations`, or the package build). `ui.language` is "system"
(the desktop's language, `QLocale.system()`) or one of the shipped codes; it is read once at
start (texts are set when widgets are built), so a change applies on the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "i18n"

# Shipped languages, each named in its own language (a menu a user who cannot read English
# can still use).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ru": "Русский",
}
SHIPPED = tuple(code for code in LANGUAGE_NAMES if code != "en")


def locale_for(language: str) -> QLocale:
    """The locale for a `ui.language` value ("system" → the desktop's)."""
    if not language or language == "system":
        return QLocale.system()
    if language == "en":
        # English texts, but the desktop's number and date formats when it is English too.
        system = QLocale.system()
        return system if system.language() == QLocale.Language.English else QLocale("en_US")
    return QLocale(language)


def qm_file(code: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"photoseek_{code}.qm"


def install_translators(
    app: QCoreApplication, locale: QLocale, directory: Path = TRANSLATIONS
) -> list[QTranslator]:
    """Qt's own strings and ours for `locale`, where translations exist."""
    installed = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir) and app.installTranslator(qt):
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "photoseek", "_", str(directory)) and app.installTranslator(ours):
        installed.append(ours)
    return installed


def use_locale(locale: QLocale) -> None:
    """Make `locale` the default one: every `QLocale()` (counts, sizes, dates) follows it."""
    QLocale.setDefault(locale)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
