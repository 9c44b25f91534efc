"""Editing the Hugging Face token that gated downloads need, from the Models dialog.

Strings keep the "ModelsDialog" translation context they were translated under, spelled
out in each call: lupdate finds only such literal calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.core.models.token import clear_token, load_token, mask, save_token


def edit_token(parent: QWidget, config_dir: Path) -> None:
    """Show the current token masked; save a new one, or remove it when left empty."""
    current = load_token(config_dir)
    shown = mask(current) if current else QCoreApplication.translate("ModelsDialog", "none")
    token, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ModelsDialog", "Hugging Face token"),
        QCoreApplication.translate("ModelsDialog",
                                   "Only needed for gated models. Current token: %1\n"
                                   "Paste a new token (empty to remove it):").replace("%1", shown),
        QLineEdit.EchoMode.Password)
    if not ok:
        return
    if token.strip():
        save_token(config_dir, token)
    else:
        clear_token(config_dir)
