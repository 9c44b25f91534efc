"""Where a message's actions appear: over the message under the mouse, beside the message
whose name has the keyboard focus, and as a menu (Enter on the name, the menu key, a right
click). The transcript says where its messages are; this finds the one the user means."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QCursor, QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from app.ui.message_toolbar import MessageToolbar, action_menu, add_actions

MESSAGE_SCHEME = "parla-message"
"""The address of a message's name: ``parla-message:<id>`` (its one Tab stop)."""

_NUMBER = re.compile(r"-?[0-9]+")


class Placed(NamedTuple):
    message_id: int
    role: str
    head: int
    """Document position of the message's name."""


def message_id(url: QUrl) -> int | None:
    """The message a ``parla-message:<id>`` address names, else None."""
    scheme, _, rest = url.toString().partition(":")
    return int(rest) if scheme == MESSAGE_SCHEME and _NUMBER.fullmatch(rest) else None


class MessageHover(QObject):
    """Shows ``toolbar`` for the message the user points at or tabs to."""

    def __init__(self, view: QTextBrowser, messages: Callable[[], list[Placed]]) -> None:
        super().__init__(view)
        self._view = view
        self._messages = messages
        self.toolbar = MessageToolbar(view.viewport())
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.highlighted.connect(self._on_highlighted)
        view.verticalScrollBar().valueChanged.connect(self._place)
        view.document().documentLayout().documentSizeChanged.connect(self._place)

    def at(self, position: int) -> Placed | None:
        """The message whose name or body holds the document ``position``."""
        found = None
        for placed in self._messages():
            if placed.head > position:
                break
            found = placed
        return found

    def find(self, wanted: int) -> Placed | None:
        return next((p for p in self._messages() if p.message_id == wanted), None)

    def show_menu(self, wanted: int) -> None:
        """Enter on a message's name: its actions as a menu, beside the name."""
        placed = self.find(wanted)
        if placed is None:
            return
        self._show(placed)
        menu = action_menu(self._view, placed.role, placed.message_id, self.toolbar.triggered)
        menu.exec(self.toolbar.mapToGlobal(QPoint(0, self.toolbar.height())))

    def _corner(self, placed: Placed) -> QPoint:
        """Beside the message's name: after the model's, before the user's (on the right)."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(placed.head)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        end = self._view.cursorRect(cursor)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        start = self._view.cursorRect(cursor)
        size = self.toolbar.sizeHint()
        top = end.center().y() - size.height() // 2
        if placed.role == "user":
            return QPoint(max(0, start.left() - size.width() - 8), top)
        return QPoint(min(end.right() + 8, self._view.viewport().width() - size.width()), top)

    def _show(self, placed: Placed) -> None:
        self.toolbar.show_for(placed.message_id, placed.role, QPoint(0, 0))
        self.toolbar.move(self._corner(placed))

    @Slot()
    def _place(self) -> None:
        if self.toolbar.isVisible() and self.toolbar.message_id is not None:
            placed = self.find(self.toolbar.message_id)
            if placed is not None:
                self.toolbar.move(self._corner(placed))

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        """Tab reached a message's name: show its actions, as the mouse would."""
        wanted = message_id(url)
        placed = self.find(wanted) if wanted is not None else None
        if placed is not None:
            self._show(placed)

    def _focused(self) -> None:
        """The keyboard focus is on a message's name: show its actions, as the mouse would."""
        cursor = self._view.textCursor()
        wanted = message_id(QUrl(cursor.charFormat().anchorHref())) if cursor.hasSelection() \
            else None
        placed = self.find(wanted) if wanted is not None else None
        if placed is not None:
            self._show(placed)

    def _hovered(self, event: QMouseEvent) -> None:
        view = self._view
        offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        position = view.document().documentLayout().hitTest(
            event.position() + offset, Qt.HitTestAccuracy.FuzzyHit)
        placed = self.at(position) if position >= 0 else None
        if placed is None:
            self.toolbar.dismiss()
        elif placed.message_id != self.toolbar.message_id or not self.toolbar.isVisible():
            self._show(placed)

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """The usual menu (copy a selection), then the actions of the message there."""
        view = self._view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = view.cursorForPosition(event.pos()).position()
        else:  # the menu key: the message with the focus
            position = view.textCursor().position()
        menu = view.createStandardContextMenu(event.pos())
        placed = self.at(position)
        if placed is not None:
            menu.addSeparator()
            add_actions(menu, placed.role, placed.message_id, self.toolbar.triggered)
        menu.exec(event.globalPos())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._hovered(event)
        elif kind == QEvent.Type.Leave and watched is self._view.viewport():
            pointer = self._view.viewport().mapFromGlobal(QCursor.pos())
            if not self.toolbar.geometry().contains(pointer):  # not onto the toolbar itself
                self.toolbar.dismiss()
        elif (kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent)
              and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self._focused()  # Tab moved the focus between links (no signal says so)
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._context_menu(event)
            return True
        return False
