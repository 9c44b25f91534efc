"""Loading the interface translations (Qt Linguist ``.qm`` files) for one language.

Parla's own strings come from ``resources/translations/parla_<lang>.qm`` (compiled
from the ``.ts`` sources by ``make translations``); Qt's own dialogs (file
pickers, message boxes) from the ``qtbase`` translations shipped with PySide6.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.languages import DEFAULT_LANGUAGE, LANGUAGES, language_from_locale
from app.core.paths import resource

log = logging.getLogger(__name__)

QT_CATALOG = {"pt": "pt_BR"}
"""Qt ships Brazilian Portuguese only."""


def interface_language(configured: str) -> str:
    """The language the user chose, else the operating system's, else English."""
    if configured in LANGUAGES:
        return configured
    return language_from_locale(QLocale.system().name())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Parla's and Qt's translators; keep the returned list alive."""
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
