"""The interface language: chosen from the preferences or the system, loaded and installed.

One call, `install_language(app, settings)`, before the main window is built: it picks the
language (the user's choice, else the system's if we ship it, else English), loads Qt's own
translations (standard buttons, dialogs) and ours (compiled .qm shipped as package data of
promise_tracker.resources), installs them into the application and into
promise_tracker.i18n for the Qt-free layers, and makes the language's locale the default so
dates and numbers are written the local way. The command line uses `install_for_output`,
which needs no application object.
"""

from __future__ import annotations

import importlib.resources
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from promise_tracker import i18n

if TYPE_CHECKING:
    from promise_tracker.gui.shared.settings import Settings

log = logging.getLogger(__name__)

# The interface languages we ship, with their names written in that language (a menu of
# languages is read by someone who may not understand the current one).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "sv": "Svenska"}
SOURCE_LANGUAGE = "en"  # the language the texts are written in: needs no .qm
CATALOG_PREFIX = "promise_tracker_"
CATALOG_FOLDER = "i18n"
# Locales for dates and numbers when the language was chosen rather than taken from the
# system (a Swede in Finland keeps the system's locale; a chosen "sv" means Sweden).
_DEFAULT_LOCALES = {"en": QLocale.Language.English, "sv": QLocale.Language.Swedish}
_DEFAULT_TERRITORIES = {"en": QLocale.Country.UnitedKingdom, "sv": QLocale.Country.Sweden}


class InstalledLanguage:
    """What `install_language` did; keeps the translators alive as long as it lives.

    A plain class: this module is loaded before the first paint, the dataclasses module not.
    """

    def __init__(
        self, language: str, locale: QLocale, translators: list[QTranslator] | None = None
    ) -> None:
        self.language = language
        self.locale = locale
        self.translators: list[QTranslator] = translators if translators is not None else []


def supported(language: str | None) -> str | None:
    """`language` ("sv", "sv_SE", "sv-FI") reduced to a code we ship, or None."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGE_NAMES else None


def system_language() -> str:
    """The first language of the system's preferred ones that we ship, else English."""
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = supported(name)
        if code is not None:
            return code
    return i18n.FALLBACK_LANGUAGE


def choose_language(preference: str | None) -> str:
    """The interface language: the preference if we ship it, else the system's, else English."""
    return supported(preference) or system_language()


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's if it speaks `language`, else a default."""
    system = QLocale.system()
    if supported(system.name()) == language:
        return system
    return QLocale(_DEFAULT_LOCALES[language], _DEFAULT_TERRITORIES[language])


def catalog_bytes(language: str) -> bytes | None:
    """Our compiled translations (.qm) for `language` from the package data, if shipped."""
    resource = (
        importlib.resources.files("promise_tracker.resources")
        / CATALOG_FOLDER
        / f"{CATALOG_PREFIX}{language}.qm"
    )
    try:
        return resource.read_bytes()
    except (FileNotFoundError, NotADirectoryError, OSError):
        return None


def load_translators(language: str) -> list[QTranslator]:
    """Qt's own translations and ours for `language` (none for the source language)."""
    translators: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        # The texts are English already; the catalogue holds only the plural forms.
        english = _our_translator(language)
        return [english] if english is not None else translators
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_translator)
    else:
        log.info("No Qt translations for %s in %s", language, qt_folder)
    ours = _our_translator(language)
    if ours is not None:
        translators.append(ours)
    else:
        log.warning("No translations for %s shipped; the interface stays in English", language)
    return translators


def _our_translator(language: str) -> QTranslator | None:
    data = catalog_bytes(language)
    ours = QTranslator()
    # QTranslator.load(bytes) keeps a pointer into the data: it must outlive the translator.
    if data is None or not ours.load(data):
        return None
    ours._catalog_data = data  # type: ignore[attr-defined]  # keeps the bytes alive
    return ours


def install_language(app: QCoreApplication, settings: Settings | None) -> InstalledLanguage:
    """Choose, load and install the interface language; call before building windows."""
    language = choose_language(settings.interface_language if settings is not None else None)
    translators = load_translators(language)
    for translator in translators:
        app.installTranslator(translator)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    i18n.install(_qt_translate, language)
    installed = InstalledLanguage(language, locale, translators)
    # Owned by the application, so the translators live as long as it does.
    app.setProperty("promiseTrackerLanguage", language)
    _keep[id(app)] = installed
    log.info("Interface language %s, locale %s", language, locale.name())
    return installed


def install_for_output(language: str | None) -> str:
    """Translate the Qt-free layers' texts (exports, charts) into `language` without an app.

    For the command line: no QCoreApplication is needed; an unknown language means English.
    Returns the language used.
    """
    code = supported(language) or i18n.FALLBACK_LANGUAGE
    translators = [t for t in load_translators(code) if hasattr(t, "_catalog_data")]
    if not translators:
        i18n.install(_english, code)
        return code
    ours = translators[0]
    _keep[id(ours)] = InstalledLanguage(code, locale_for(code), translators)

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return ours.translate(context, text, disambiguation, n) or text

    i18n.install(translate, code)
    QLocale.setDefault(locale_for(code))
    return code


@contextmanager
def output_language(language: str | None) -> Iterator[str]:
    """`install_for_output` for the duration of a with-block; English again afterwards."""
    previous_locale = QLocale()
    try:
        yield install_for_output(language)
    finally:
        i18n.reset()
        QLocale.setDefault(previous_locale)


def default_standards_language(pack_languages: tuple[str, ...] | list[str]) -> str:
    """The pack language to show first: the interface language if the pack has it."""
    current = i18n.language()
    if current in pack_languages:
        return current
    return i18n.FALLBACK_LANGUAGE if i18n.FALLBACK_LANGUAGE in pack_languages else current


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text


# Installed languages by owner id, so their translators are never garbage-collected.
_keep: dict[int, InstalledLanguage] = {}
