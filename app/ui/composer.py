"""The message box: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
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
    """The message box with one button beside it: Send, which becomes Stop while a reply
    runs (the window enables Stop then); Esc anywhere in the window stops."""

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
        width = max(button.sizeHint().width() for button in (self.send_button,
                                                             self.stop_button))
        for button in (self.send_button, self.stop_button):
            button.setMinimumWidth(width)  # the same place and size, whichever shows
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch()
        row.addLayout(buttons)
        self.stop_button.installEventFilter(self)
        self._swap()

    def _swap(self) -> None:
        """Show Stop while it can stop something, Send otherwise."""
        stopping = self.stop_button.isEnabled()
        self.stop_button.setVisible(stopping)
        self.send_button.setVisible(not stopping)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stop_button and event.type() == QEvent.Type.EnabledChange:
            self._swap()
        return False
