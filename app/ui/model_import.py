"""Importing a GGUF file into the Models dialog: choose it, show what it is, copy or link.

Functions taking the parent widget, so that the dialog keeps only the flow. Strings keep
the "ModelsDialog" translation context they were translated under, spelled out in each
call: lupdate finds only such literal calls.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.gguf_info import GgufInfo
from app.ui.folders import start_folder
from app.ui.model_text import human_size


def choose_gguf(parent: QWidget) -> Path | None:
    """Ask for a ``.gguf`` file; None if the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ModelsDialog", "Import a GGUF model"),
        str(start_folder(None)),
        QCoreApplication.translate("ModelsDialog", "GGUF models (*.gguf)"))
    return Path(path) if path else None


def ask_import_mode(parent: QWidget, info: GgufInfo) -> Literal["copy", "link"] | None:
    """Copy the file into the library, use it where it is, or (None) not import it."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ModelsDialog", "Import"),
                      import_summary(info) + "\n\n" + QCoreApplication.translate(
                          "ModelsDialog", "Copy the file into Parla's library, or use it "
                          "where it is?"), parent=parent)
    copy = box.addButton(QCoreApplication.translate("ModelsDialog", "Copy"),
                         QMessageBox.ButtonRole.AcceptRole)
    link = box.addButton(QCoreApplication.translate("ModelsDialog", "Use where it is"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "copy" if clicked is copy else "link" if clicked is link else None


def import_summary(info: GgufInfo) -> str:
    """What the file is, read from its header, so the user knows what they import."""
    return (f"{info.display_name}\n"
            + QCoreApplication.translate(
                "ModelsDialog",
                "Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens")
            .replace("%1", info.architecture).replace("%2", info.quantization)
            .replace("%3", human_size(info.size_bytes))
            .replace("%4", str(info.context_length or "?")))
