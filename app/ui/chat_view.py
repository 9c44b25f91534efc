"""The conversation transcript, with the assistant's reply growing as it streams.

Text is inserted as plain text at the end of the document, so each streamed
piece costs the same however long the conversation is, and nothing the model
writes is ever interpreted as HTML.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget


class ChatView(QTextBrowser):
    """Read-only transcript. Roles get a bold heading; bodies are plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(16)
        self._streaming = False
        self._streamed_text: list[str] = []

    @property
    def streaming(self) -> bool:
        return self._streaming

    def clear_conversation(self) -> None:
        self.clear()
        self._streaming = False
        self._streamed_text = []

    def add_message(self, role_label: str, text: str) -> None:
        self._begin_block(role_label)
        self._insert_body(text)

    def begin_reply(self, role_label: str) -> None:
        self._begin_block(role_label)
        self._streaming = True
        self._streamed_text = []

    def append_to_reply(self, text: str) -> None:
        if not self._streaming:
            return
        self._streamed_text.append(text)
        follow = self._at_bottom()
        self._insert_body(text)
        if follow:
            self._scroll_to_bottom()

    def end_reply(self, note: str = "") -> str:
        """Close the streaming message; ``note`` (e.g. "stopped") is shown after it."""
        if note:
            cursor = self._end_cursor()
            italic = QTextCharFormat()
            italic.setFontItalic(True)
            italic.setForeground(self.palette().placeholderText())
            cursor.insertText(("\n" if self._streamed_text else "") + f"[{note}]", italic)
        self._streaming = False
        return self.streamed_text

    @property
    def streamed_text(self) -> str:
        return "".join(self._streamed_text)

    def _begin_block(self, role_label: str) -> None:
        cursor = self._end_cursor()
        spacing = QTextBlockFormat()
        spacing.setTopMargin(0 if self.document().isEmpty() else 14)
        spacing.setBottomMargin(4)
        if self.document().isEmpty():
            cursor.setBlockFormat(spacing)
        else:
            cursor.insertBlock(spacing)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(role_label, heading)
        cursor.insertBlock(QTextBlockFormat())
        self._scroll_to_bottom()

    def _insert_body(self, text: str) -> None:
        self._end_cursor().insertText(text, QTextCharFormat())

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
