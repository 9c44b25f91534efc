"""The chats sidebar that gives way on a narrow window.

Wide, the sidebar sits beside the chat and View → Show chats (Ctrl+B, or the button left
of the header) hides or shows it. Below ``NARROW_PX`` it hides by itself, so a window half
a laptop screen wide is all chat; the same toggle then shows the chats in the chat's place,
and picking one (or New chat) goes back to the chat. Nothing here makes the window wider.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolButton,
    QWidget,
)

from app.ui.sidebar import Sidebar

NARROW_PX = 720
"""Narrower windows hide the sidebar and show the chats instead of the chat when asked."""


class SidebarToggle(QObject):
    """Shows or hides ``sidebar`` beside ``chat`` in ``splitter`` (see the module)."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, sidebar: Sidebar,
                 chat: QWidget, row: QBoxLayout) -> None:
        """``row``: where the toggle button goes (first, left of the header)."""
        super().__init__(window)
        self._window, self._splitter, self._sidebar, self._chat = window, splitter, sidebar, chat
        self._wanted = True
        """Whether the user wants the sidebar beside a wide chat."""
        self._narrow = False
        splitter.setChildrenCollapsible(False)
        self.action = QAction(QCoreApplication.translate("MainWindow", "Show &chats"), window)
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.setShortcut(QKeySequence("Ctrl+B"))
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)
        self.button = QToolButton()
        self.button.setObjectName("sidebarToggle")
        self.button.setText("☰")
        self.button.setAutoRaise(True)
        self.button.setToolTip(QCoreApplication.translate("MainWindow", "Show or hide the chats "
                                                          "(Ctrl+B)"))
        self.button.setAccessibleName(QCoreApplication.translate("MainWindow", "Show chats"))
        self.button.clicked.connect(self.action.toggle)
        row.insertWidget(0, self.button)
        for picked in (sidebar.conversationSelected, sidebar.newRequested):
            picked.connect(self.back_to_chat)
        window.installEventFilter(self)

    def add_view_menu(self) -> None:
        """A View menu before Help (the last menu), holding the toggle."""
        bar = self._window.menuBar()
        menu = QMenu(QCoreApplication.translate("MainWindow", "&View"), bar)
        menu.addAction(self.action)
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], menu)
        else:
            bar.addMenu(menu)

    @Slot()
    def back_to_chat(self) -> None:
        """A chat was picked: on a narrow window the chats make way for it."""
        if self._narrow and self._sidebar.isVisible():
            self.action.setChecked(False)

    @Slot(bool)
    def _toggled(self, shown: bool) -> None:
        if not self._narrow:
            self._wanted = shown
        self._apply()

    def _apply(self) -> None:
        shown = self.action.isChecked()
        self._sidebar.setVisible(shown)
        # Narrow: the chats take the chat's place rather than squeezing it.
        self._chat.setVisible(not (self._narrow and shown))
        if shown and self._narrow:
            self._sidebar.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            narrow = self._window.width() < NARROW_PX
            if narrow != self._narrow:
                self._narrow = narrow
                self.action.blockSignals(True)
                self.action.setChecked(self._wanted and not narrow)
                self.action.blockSignals(False)
                self._apply()
        return False


def let_shrink(widget: QWidget) -> None:
    """``widget`` (a label) shows all of itself when there is room, and gives up its width
    before the window would have to grow (a minimum of 1 px, instead of its text's)."""
    widget.setMinimumWidth(1)
