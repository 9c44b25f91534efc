"""The interface language: loading the translations, and core messages rendered in it.

Parla's own strings come from ``resources/translations/parla_<lang>.qm`` (compiled
from the ``.ts`` sources by ``make translations``); Qt's own dialogs (file
pickers, message boxes) from the ``qtbase`` translations shipped with PySide6.
The core's sentences (errors, notices) arrive as ``Message`` objects and become
text only here, through the same translators (context ``"core"``), with their
numbers written as the interface language writes them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from app.core.languages import DEFAULT_LANGUAGE, LANGUAGES, language_from_locale
from app.core.messages import CONTEXT, Message
from app.core.paths import resource

log = logging.getLogger(__name__)

QT_CATALOG = {"pt": "pt_BR"}
"""Qt ships Brazilian Portuguese only."""

class _Interface:
    locale: QLocale | None = None
    """The locale numbers in core messages follow; None: the default locale."""
    language: str = DEFAULT_LANGUAGE
    """The interface language: it picks the catalog's sentences (app.ui.model_text)."""


def language() -> str:
    """The interface language's code, as :func:`install_translators` was given it."""
    return _Interface.language


def interface_language(configured: str) -> str:
    """The language the user chose, else the operating system's, else English."""
    if configured in LANGUAGES:
        return configured
    return language_from_locale(QLocale.system().name())


def interface_locale(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (its own regional formats), else
    the language's main one: a German interface writes 25,28 on an English system too."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and language_from_locale(system.name()) == language:
        return system
    return QLocale(language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Parla's and Qt's translators; keep the returned list alive."""
    _Interface.locale = interface_locale(language)
    _Interface.language = language
    installed: list[QTranslator] = []
    if language == DEFAULT_LANGUAGE:
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [(f"parla_{language}", str(resource("translations"))),
               (f"qtbase_{QT_CATALOG.get(language, language)}", qt_dir)]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("No translation %s in %s", name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (the interface speaks English again)."""
    for translator in translators:
        app.removeTranslator(translator)
    _Interface.locale = None
    _Interface.language = DEFAULT_LANGUAGE


def locale() -> QLocale:
    """The interface's locale: every number, size and date the user reads is written in it.

    The one recorded by :func:`install_translators`; without one, the default locale, and
    English where that is POSIX "C" (which would write no group separators at all).
    """
    chosen = _Interface.locale or QLocale()
    if chosen.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return chosen


def number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` digits, as the interface writes it: 25,28 in German."""
    return locale().toString(float(value), "f", decimals)


def short_when(timestamp: float, now: float | None = None) -> str:
    """When a chat last changed, short and in the interface's own words: the time today,
    the weekday within the week ("Mo." in German), else the date (30.11.26)."""
    moment = QDateTime.fromSecsSinceEpoch(round(timestamp))
    today = QDateTime.currentDateTime() if now is None else QDateTime.fromSecsSinceEpoch(
        round(now))
    shown_in, short = locale(), QLocale.FormatType.ShortFormat
    if moment.date() == today.date():
        return shown_in.toString(moment.time(), short)
    if 0 <= moment.secsTo(today) < 6 * 86400:
        return shown_in.dayName(moment.date().dayOfWeek(), short)
    return shown_in.toString(moment.date(), short)


def _number(locale: QLocale, value: int | float) -> str:
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def text(message: Message | str) -> str:
    """A core message in the interface language (a plain str, text that is not ours,
    passes through)."""
    if isinstance(message, str):
        return message
    shown_in = locale()
    return message.render(lambda template: QCoreApplication.translate(CONTEXT, template),
                          lambda value: _number(shown_in, value))
