"""The list of chats, newest first, with full-text search over every message."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.store import SearchHit, StoredConversation

ID_ROLE = Qt.ItemDataRole.UserRole


def when(timestamp: float, now: float | None = None) -> str:
    """Short, local: the time today, the weekday this week, else the date."""
    now = time.time() if now is None else now
    local, today = time.localtime(timestamp), time.localtime(now)
    if local[:3] == today[:3]:
        return time.strftime("%H:%M", local)
    if now - timestamp < 6 * 86400:
        return time.strftime("%a", local)
    return time.strftime("%Y-%m-%d", local)


class Sidebar(QWidget):
    conversationSelected = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int, str)
    deleteRequested = Signal(int)
    exportRequested = Signal(int, str)  # conversation id, "markdown" | "json"
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.newRequested.emit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all chats (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Chats"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        for shortcut, handler in ((QKeySequence(Qt.Key.Key_F2), self.rename_current),
                                  (QKeySequence(QKeySequence.StandardKey.Delete),
                                   self.delete_current)):
            action = QAction(self.list)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.list.addAction(action)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(120)  # a window half a laptop screen wide still fits
        self.setMaximumWidth(320)

    # -- content ---------------------------------------------------------------------

    def set_conversations(self, conversations: list[StoredConversation],
                          current: int | None) -> None:
        self.list.clear()
        for conversation in conversations:
            title = conversation.title or self.tr("New chat")
            item = QListWidgetItem(f"{title}\n{when(conversation.updated_at)}")
            item.setData(ID_ROLE, conversation.id)
            item.setToolTip(title)
            self.list.addItem(item)
            if conversation.id == current:
                item.setSelected(True)
                self.list.setCurrentItem(item)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.list.clear()
        if not hits:
            empty = QListWidgetItem(self.tr("No chat contains that."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for hit in hits:
            item = QListWidgetItem(f"{hit.conversation_title or self.tr('New chat')}\n"
                                   f"{hit.snippet}")
            item.setData(ID_ROLE, hit.conversation_id)
            item.setToolTip(hit.snippet)
            self.list.addItem(item)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if isinstance(value, int) else None

    # -- actions ---------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if isinstance(value, int):
            self.conversationSelected.emit(value)

    @Slot()
    def rename_current(self) -> None:
        conversation_id = self.current_id()
        item = self.list.currentItem()
        if conversation_id is None or item is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename chat"), self.tr("Name:"),
                                         text=item.toolTip())
        if ok and title.strip():
            self.renameRequested.emit(conversation_id, title.strip())

    @Slot()
    def delete_current(self) -> None:
        conversation_id = self.current_id()
        if conversation_id is not None:
            self.deleteRequested.emit(conversation_id)

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or not isinstance(item.data(ID_ROLE), int):
            return
        self.list.setCurrentItem(item)
        conversation_id = int(item.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), self.rename_current)
        menu.addAction(self.tr("Export as Markdown…"),
                       lambda: self.exportRequested.emit(conversation_id, "markdown"))
        menu.addAction(self.tr("Export as JSON…"),
                       lambda: self.exportRequested.emit(conversation_id, "json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_current)
        menu.popup(self.list.viewport().mapToGlobal(position))
