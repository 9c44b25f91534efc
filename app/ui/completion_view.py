"""A completion text as one continuous document: the user's words plain, the model's
continuations in a softer colour, so the user sees what they wrote and what was written
for them without a chat's names and bubbles breaking the text.

It answers the calls the window makes on the chat view (add a part, stream a reply, end
it), so the window drives either view the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.chat_view import _mix


class CompletionView(QTextBrowser):
    """Read-only: the text grows through the input box and Continue, never by typing here
    (the parts are the saved record; editing the document would not change them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completionView")
        self.setAccessibleName(self.tr("Text"))
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(24)
        font = self.font()  # a text to read, a little larger than a chat's
        font.setPointSizeF(font.pointSizeF() + 1)
        self.document().setDefaultFont(font)
        self._reply: list[str] | None = None

    @property
    def streaming(self) -> bool:
        return self._reply is not None

    @property
    def streamed_text(self) -> str:
        return "".join(self._reply or [])

    def _format(self, role: str) -> QTextCharFormat:
        char = QTextCharFormat()
        if role != "user":  # the model's words: a tint of the highlight colour
            palette = self.palette()
            char.setForeground(_mix(palette.text().color(), palette.highlight().color(), 0.55))
            char.setToolTip(self.tr("Written by the model"))
        return char

    def _insert(self, text: str, role: str) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text, self._format(role))
        if at_end:
            bar.setValue(bar.maximum())

    def clear_conversation(self) -> None:
        self.clear()
        self._reply = None

    def add_message(self, _message_id: int, role: str, _label: str, text: str,
                    _note: str = "") -> None:
        self._insert(text, role)

    def begin_reply(self, _message_id: int, _label: str) -> None:
        self._reply = []

    def append_to_reply(self, text: str) -> None:
        if self._reply is not None:
            self._reply.append(text)
            self._insert(text, "assistant")

    def end_reply(self, _note: str = "") -> str:
        text, self._reply = self.streamed_text, None
        return text
