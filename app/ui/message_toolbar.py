"""The actions of one message as small icon buttons, shown over the message under the mouse
or with the keyboard focus, and the same actions as a menu for the keyboard.

The transcript draws no action links: a message gets one Tab stop (its name), and its
actions appear when the user points at it or tabs to it (Enter or the menu key opens
them as a menu), as in the chat apps users know.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

GLYPHS = {"copy": "❐", "edit": "✎", "regenerate": "↻", "delete": "✕"}


def actions_for(role: str) -> tuple[str, ...]:
    """A question can be edited, a reply asked again; either can be copied or deleted."""
    return ("copy", "edit", "delete") if role == "user" else ("copy", "regenerate", "delete")


def action_text(action: str) -> str:
    """The action's name in the interface language (the view's translation context)."""
    names = {"copy": QCoreApplication.translate("ChatView", "Copy"),
             "edit": QCoreApplication.translate("ChatView", "Edit"),
             "regenerate": QCoreApplication.translate("ChatView", "Regenerate"),
             "delete": QCoreApplication.translate("ChatView", "Delete")}
    return names[action]


def action_menu(parent: QWidget, role: str, message_id: int,
                triggered: SignalInstance) -> QMenu:
    """The message's actions as a menu (keyboard, right click)."""
    menu = QMenu(parent)
    add_actions(menu, role, message_id, triggered)
    return menu


def add_actions(menu: QMenu, role: str, message_id: int, triggered: SignalInstance) -> None:
    for name in actions_for(role):
        action = menu.addAction(f"{GLYPHS[name]}  {action_text(name)}")
        action.triggered.connect(
            lambda _checked=False, n=name: triggered.emit(n, message_id))


class MessageToolbar(QFrame):
    """Floats over the transcript's viewport beside the name of one message."""

    triggered = Signal(str, int)
    """(action, message id)"""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("messageToolbar")
        # Drawn from the palette, so that it follows light and dark as they change.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 1, 2, 1)
        row.setSpacing(0)
        self.message_id: int | None = None
        self.role = ""
        self.buttons: dict[str, QToolButton] = {}
        for name, glyph in GLYPHS.items():
            button = QToolButton()
            button.setText(glyph)
            button.setToolTip(action_text(name))
            button.setAccessibleName(action_text(name))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the message is the Tab stop
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, n=name: self._clicked(n))
            row.addWidget(button)
            self.buttons[name] = button
        self.hide()

    def show_for(self, message_id: int, role: str, at: QPoint) -> None:
        """Show this message's actions with the toolbar's top left corner at ``at``."""
        if self.message_id != message_id or self.role != role:
            self.message_id, self.role = message_id, role
            for name, button in self.buttons.items():
                button.setVisible(name in actions_for(role))
            self.adjustSize()
        self.move(at)
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self.hide()
        self.message_id = None

    def _clicked(self, action: str) -> None:
        if self.message_id is not None:
            self.triggered.emit(action, self.message_id)
