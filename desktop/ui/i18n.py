"""Hearth in the user's language: Qt's translation system, one catalogue for the whole window.

Every visible string in `desktop/ui` goes through `tr()`. Its texts live in one translation
context (the empty one, which is where `pyside6-lupdate` files a bare `tr("...")` call), so
a phrase used in two views is translated once and alike. Placeholders are `{name}` fields
filled by `str.format` after translation, so a translator can move them. A count picks one
of two texts (one, or many), as English does; Qt's `%n` forms are there for a language that
needs more. The terminal, and messages that come from `desktop/core` (shared with the
terminal), stay English.

The `.ts` sources sit in resources/translations, kept current with `python -m
desktop.ui.translations`; the compiled `.qm` files beside them ship with the app.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.paths import resource_path

log = logging.getLogger(__name__)

# The languages Hearth's window speaks besides English, by Qt locale name, with their own names.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
ENGLISH = "en"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language; `n` >= 0 picks the plural form of a `%n` text."""
    return QCoreApplication.translate("", text, disambiguation, n)


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the one chosen in Settings, else the system's first that Hearth has."""
    if setting == ENGLISH or setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    judged: set[str] = set()
    for name in locale.uiLanguages():  # the user's order, most specific first: ["zh-Hant-TW", ..., "zh"]
        language = name.split("-")[0]
        if language in judged:
            continue  # "zh" after "zh-Hant-TW" must not turn Traditional into Simplified
        judged.add(language)
        code = _known(name.replace("-", "_"))
        if code:
            return code
    return ENGLISH


def _known(name: str) -> str:
    """Hearth's code for a locale name ("de_AT" -> "de", "zh_Hans_SG" -> "zh_CN"), or ""."""
    language, _, rest = name.partition("_")
    if name in LANGUAGES or language == ENGLISH:
        return name if name in LANGUAGES else ENGLISH
    if language in LANGUAGES:
        return language
    if language == "pt":
        return "pt_BR"  # the one Portuguese Hearth has is nearer than English
    if language == "zh" and (rest.startswith("Hans") or rest in ("", "CN", "SG")):
        return "zh_CN"  # Traditional Chinese (zh_TW, zh_Hant) is not Simplified: English instead
    return ""


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"hearth_{language}.qm"))


class Translation:
    """The translators installed in the application: Hearth's own and Qt's (its dialogs' buttons)."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, setting: str) -> str:
        """Shows the window in the language `setting` names (or the system's); returns its code."""
        self.remove(app)
        language = language_for(setting)
        if language == ENGLISH:
            self.language = ENGLISH
            return ENGLISH
        ours = QTranslator(app)
        if not ours.load(translation_file(language)):
            log.warning("no translation file for %s at %s; showing English", language, translation_file(language))
            self.language = ENGLISH
            return ENGLISH
        app.installTranslator(ours)
        self._installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        self.language = language
        return language

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = ENGLISH


translation = Translation()
