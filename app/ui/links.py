"""Opening a link from a model's reply: only http(s), and only after the user saw it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.rendering import is_safe_link


def open_if_agreed(parent: QWidget, url: QUrl) -> bool:
    """Ask before opening ``url`` in the browser; False if it was refused or not asked.

    Model output is untrusted: ``javascript:``, ``file:`` and other schemes are never
    opened, and the full address is shown before the browser is asked to open it.
    Strings keep the window's translation context, where they were translated.
    """
    address = url.toString()
    if not is_safe_link(address):
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Open link"),
        QCoreApplication.translate("MainWindow", "Open this address in your web browser?\n\n%1")
        .replace("%1", address))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QDesktopServices.openUrl(url)
    return True
