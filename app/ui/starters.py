"""Suggestions on an empty chat, in the conversation's language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.prompts import starter_prompts

STARTERS = 4
ELIDE_PX = 200


class StarterRow(QWidget):
    """A row of starter prompts; clicking one says which prompt was chosen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for _ in range(STARTERS):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, b=button: self.chosen.emit(b.toolTip()))
            layout.addWidget(button)
            self.buttons.append(button)

    def show_language(self, language: str) -> None:
        for button, prompt in zip(self.buttons, starter_prompts(language), strict=False):
            button.setToolTip(prompt)
            button.setText(button.fontMetrics().elidedText(prompt, Qt.TextElideMode.ElideRight,
                                                           ELIDE_PX))
