"""The list of chats, newest first, with full-text search over every message."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.store import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, StoredConversation
from app.ui.i18n import short_when

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The chat's own title: a search hit shows a snippet, but Rename starts from the title."""
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
"""A search hit drawn as rich text: the escaped snippet with the matched words in bold."""
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""The first matched word of a hit, which the chat scrolls to when the hit is opened."""

_MARKERS = re.compile(f"({re.escape(HIGHLIGHT_START)}|{re.escape(HIGHLIGHT_END)})")
_PADDING = 4


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, matched) pieces, the store's markers taken out."""
    parts: list[tuple[str, bool]] = []
    matched = False
    for piece in _MARKERS.split(snippet):
        if piece == HIGHLIGHT_START:
            matched = True
        elif piece == HIGHLIGHT_END:
            matched = False
        elif piece:
            parts.append((piece, matched))
    return parts


def snippet_html(title: str, snippet: str) -> str:
    """A hit as rich text. Title and snippet are the user's and the model's words, so every
    piece is escaped; the only markup is ours (a line break and bold for the matches)."""
    body = "".join(f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
                   for text, matched in snippet_parts(snippet))
    return f"{html.escape(title)}<br>{body}"


class HitDelegate(QStyledItemDelegate):
    """Draws search hits as rich text so that the matched words stand out; plain items
    (the chat list itself) are drawn as usual."""

    def _document(self, option: QStyleOptionViewItem, markup: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        document.setTextWidth(max(option.rect.width() - 2 * _PADDING, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not isinstance(markup, str):
            super().paint(painter, option, index)
            return
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        view.text = ""
        widget = view.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        document = self._document(view, markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text,
                                 view.palette.color(role))
        rect = view.rect
        painter.save()
        painter.translate(rect.left() + _PADDING, rect.top() + _PADDING)
        painter.setClipRect(0, 0, rect.width() - 2 * _PADDING, rect.height() - 2 * _PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        markup = index.data(HTML_ROLE)
        if not isinstance(markup, str):
            return super().sizeHint(option, index)
        document = self._document(option, markup)
        return QSize(option.rect.width(),
                     int(document.size().height()) + 2 * _PADDING)


class Sidebar(QWidget):
    conversationSelected = Signal(int)
    matchOpened = Signal(str)  # a search hit was opened: the word to scroll to
    newRequested = Signal()
    newTextRequested = Signal()
    renameRequested = Signal(int, str)
    deleteRequested = Signal(int)
    exportRequested = Signal(int, str)  # conversation id, "markdown" | "json"
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._open_id: int | None = None
        self.rename_dialog: QInputDialog | None = None
        self.menu: QMenu | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.newRequested.emit)
        self.new_text_button = QPushButton(self.tr("New text"))
        self.new_text_button.setToolTip(self.tr(
            "Start a text that the model continues, for base models (Ctrl+Shift+N)"))
        self.new_text_button.clicked.connect(self.newTextRequested.emit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all chats (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Chats"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(HitDelegate(self.list))
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
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button, 1)
        new_row.addWidget(self.new_text_button)
        layout.addLayout(new_row)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(120)  # a window half a laptop screen wide still fits
        self.setMaximumWidth(320)

    # -- content ---------------------------------------------------------------------

    def set_conversations(self, conversations: list[StoredConversation],
                          current: int | None) -> None:
        self.list.clear()
        for conversation in conversations:
            title = conversation.title or (self.tr("New text") if conversation.mode
                                           == "completion" else self.tr("New chat"))
            mark = "✎ " if conversation.mode == "completion" else ""  # a text, not a chat
            item = QListWidgetItem(f"{mark}{title}\n{short_when(conversation.updated_at)}")
            item.setData(ID_ROLE, conversation.id)
            item.setData(TITLE_ROLE, title)
            item.setToolTip(title)
            self.list.addItem(item)
        self.select(current)

    def show_hits(self, hits: list[SearchHit], current: int | None = None) -> None:
        self.list.clear()
        if not hits:
            empty = QListWidgetItem(self.tr("No chat contains that."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for hit in hits:
            title = hit.conversation_title or self.tr("New chat")
            parts = snippet_parts(hit.snippet)
            plain = "".join(text for text, _matched in parts)
            item = QListWidgetItem(f"{title}\n{plain}")
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(TITLE_ROLE, title)
            item.setData(HTML_ROLE, snippet_html(title, hit.snippet))
            if hit.message_id is not None:
                item.setData(MATCH_ROLE, next((t for t, m in parts if m), ""))
            item.setToolTip(plain)
            self.list.addItem(item)
        self.select(current)

    def select(self, conversation_id: int | None) -> None:
        """Highlight the open chat, and only it: no other item stays selected."""
        self._open_id = conversation_id
        self.list.clearSelection()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if conversation_id is not None and item.data(ID_ROLE) == conversation_id:
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentRow(-1)

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if isinstance(value, int) else None

    # -- keys in the search box ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc clears the search (and only then stops a reply); Down enters the results."""
        if watched is self.search and isinstance(event, QKeyEvent):
            escape = event.key() == Qt.Key.Key_Escape and bool(self.search.text())
            if event.type() == QEvent.Type.ShortcutOverride and escape:
                event.accept()  # a key press for the box, not the window's Stop shortcut
                return True
            if event.type() == QEvent.Type.KeyPress:
                if escape:
                    self.search.clear()
                    self._debounce.stop()
                    self.searchChanged.emit("")
                    return True
                if event.key() == Qt.Key.Key_Down:
                    return self._enter_results()
        return super().eventFilter(watched, event)

    def _enter_results(self) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                if self.current_id() is None:
                    self.list.setCurrentRow(row)
                return True
        return False

    # -- actions ---------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if isinstance(value, int):
            match = item.data(MATCH_ROLE)
            self.conversationSelected.emit(value)
            if isinstance(match, str) and match:
                self.matchOpened.emit(match)

    @Slot()
    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and isinstance(item.data(ID_ROLE), int):
            self.ask_rename(int(item.data(ID_ROLE)), str(item.data(TITLE_ROLE) or ""))

    def ask_rename(self, conversation_id: int, title: str) -> None:
        """The Rename box, wide enough to show the whole title (within reason)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename chat"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.setTextValue(title)
        width = dialog.fontMetrics().horizontalAdvance(title) + 80
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        dialog.resize(max(360, min(width, screen * 2 // 3)), dialog.sizeHint().height())

        def chosen(text: str) -> None:
            if text.strip():
                self.renameRequested.emit(conversation_id, text.strip())

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.rename_dialog = dialog
        dialog.open()

    @Slot()
    def delete_current(self) -> None:
        conversation_id = self.current_id()
        if conversation_id is not None:
            self.deleteRequested.emit(conversation_id)

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or not isinstance(item.data(ID_ROLE), int):
            return
        conversation_id = int(item.data(ID_ROLE))
        title = str(item.data(TITLE_ROLE) or "")
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.ask_rename(conversation_id, title))
        menu.addAction(self.tr("Export as Markdown…"),
                       lambda: self.exportRequested.emit(conversation_id, "markdown"))
        menu.addAction(self.tr("Export as JSON…"),
                       lambda: self.exportRequested.emit(conversation_id, "json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(conversation_id))
        # The right-click highlighted this item; the open chat is the one to show again.
        menu.aboutToHide.connect(lambda: self.select(self._open_id))
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        menu.popup(self.list.viewport().mapToGlobal(position))
