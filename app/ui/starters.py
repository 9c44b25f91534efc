"""Suggestions on an empty chat, in the conversation's language.

The prompts never make the window wider: each button shows as much of its prompt as fits
(the whole prompt is its tooltip), and the buttons go four in a row, two, or one under
another as the window narrows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from app.core.prompts import starter_prompts

STARTERS = 4
MIN_BUTTON_PX = 170
"""Narrower than this, the buttons wrap onto more rows."""


class StarterButton(QPushButton):
    """A button that shows as much of its prompt as its width allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_prompt(self, prompt: str) -> None:
        self.prompt = prompt
        self.setToolTip(prompt)
        self._elide()

    def sizeHint(self) -> QSize:
        return QSize(MIN_BUTTON_PX, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(20, self.width() - 24)
        self.setText(self.fontMetrics().elidedText(self.prompt, Qt.TextElideMode.ElideRight,
                                                   room))


class StarterRow(QWidget):
    """Starter prompts; clicking one says which prompt was chosen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self.buttons: list[StarterButton] = []
        for _ in range(STARTERS):
            button = StarterButton()
            button.clicked.connect(lambda _checked=False, b=button: self.chosen.emit(b.prompt))
            self.buttons.append(button)
        self._columns = 0
        self._arrange(STARTERS)

    def show_language(self, language: str) -> None:
        for button, prompt in zip(self.buttons, starter_prompts(language), strict=False):
            button.set_prompt(prompt)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        columns = next((n for n in (STARTERS, 2) if width >= n * MIN_BUTTON_PX), 1)
        self._arrange(columns)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(STARTERS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
