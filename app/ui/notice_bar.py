"""An inline, dismissable message above the input box: errors never block the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.core.messages import Message
from app.ui.i18n import text


class NoticeBar(QWidget):
    """Shows one message at a time, optionally with an action button (e.g. "Undo")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        self.action_button = QPushButton()
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._action: Callable[[], None] | None = None
        self.setStyleSheet(
            "#noticeBar { background: palette(base); border: 1px solid #d9534f;"
            " border-radius: 6px; }"
        )
        self.hide()

    def show_message(self, message: Message | str, action: str = "",
                     on_action: Callable[[], None] | None = None) -> None:
        """Show ``message`` in the interface language; with ``action`` a button that calls
        ``on_action``."""
        self.label.setText(text(message))
        self._action = on_action
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()

    def _act(self) -> None:
        if self._action is not None:
            self._action()
        self.hide()
