"""Links in a chat: a model's link opens only as http(s) and only after the user saw it;
and what an empty chat invites the user to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.languages import LANGUAGES
from app.core.rendering import is_safe_link


def open_if_agreed(parent: QWidget, url: QUrl,
                   say: Callable[[str, int], None] | None = None) -> bool:
    """Ask before opening ``url`` in the browser; False if it was refused or not asked.

    Model output is untrusted: ``javascript:``, ``file:`` and other schemes are never
    opened, and the full address is shown before the browser is asked to open it.
    Strings keep the window's translation context, where they were translated.
    """
    address = url.toString()
    if not is_safe_link(address):
        if say is not None:
            say(QCoreApplication.translate("MainWindow", "Parla does not open this kind of link."),
                4000)
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Open link"),
        QCoreApplication.translate("MainWindow", "Open this address in your web browser?\n\n%1")
        .replace("%1", address))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QDesktopServices.openUrl(url)
    return True


def empty_chat_hint(model_loaded: bool, language: str) -> str:
    """The empty chat view's invitation: how to start, or what a chat here is like."""
    if not model_loaded:
        return QCoreApplication.translate(
            "MainWindow",
            "To start, download StableLM 2 with File → Models… (Ctrl+M), open a model "
            "file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.")
    return QCoreApplication.translate(
        "MainWindow",
        "Ask anything. The conversation language is %1; everything stays on this "
        "computer.").replace("%1", LANGUAGES[language])
