"""The message box: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Composer(QPlainTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAccessibleName(self.tr("Message"))
        self.setPlaceholderText(
            self.tr("Message Parla… (Enter to send, Shift+Enter for a new line)"))
        self.setTabChangesFocus(True)
        # About three lines: the conversation, not the message box, gets the space.
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(lines * 3 + 2 * int(self.document().documentMargin()) + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Emit the text if there is any; the owner clears the box once it is accepted."""
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)


class ComposerRow(QWidget):
    """The message box with Send and Stop beside it; Esc anywhere in the window stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.composer = Composer()
        row.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        # The window's translation context: these strings were the window's.
        self.send_button = QPushButton(QCoreApplication.translate("MainWindow", "Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.composer.submit)
        self.stop_button = QPushButton(QCoreApplication.translate("MainWindow", "Stop"))
        self.stop_button.setToolTip(QCoreApplication.translate("MainWindow",
                                                               "Stop the reply (Esc)"))
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        row.addLayout(buttons)
