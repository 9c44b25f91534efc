"""What the actions under each message do: copy, edit, regenerate, delete, and their Undo.

Nothing the user wrote or was given is lost without a way back: Delete and Regenerate
offer Undo, and Edit takes nothing out of the chat until the edited text is sent. The
chat session does the work and the store writes; this only decides and tells the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication

from app.core.chat_session import ChatSession, Removed

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class MessageActions(QObject):
    """The window's message actions (a part of the window, so it uses the window's own
    methods). Edit state lives here: the message being edited."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editing: int | None = None
        """The id of the user's message that the next Send replaces, if any."""
        window.edit_banner.cancelled.connect(self.cancel_edit)

    @Slot(str, int)
    def run(self, action: str, message_id: int) -> None:
        """``action`` ("copy", "edit", "regenerate", "delete") on one message."""
        window = self.window
        session = window.session
        if action == "copy":
            message = session.message(message_id)
            if message is not None:
                QGuiApplication.clipboard().setText(message.content)
                window.status.flash(self.tr("Copied."), 2000)
            return
        if window._request is not None:
            window.status.flash(self.tr("Stop the reply first."))
            return
        if action == "edit":
            self.edit(message_id)
        elif action == "delete" and (removed := session.delete(message_id)) is not None:
            window._redraw()
            self._offer_undo(session, removed, self.tr("Deleted a message."))
        elif action == "regenerate":
            self.regenerate(message_id)
        window.chats.refresh()
        window._update_controls()

    def edit(self, message_id: int) -> None:
        """Put the message back in the box to change; the chat stays as it is until Send."""
        text = self.window.session.editable_text(message_id)
        if text is None:
            return
        self.editing = message_id
        self.window.edit_banner.show_editing(self.window.session.later(message_id))
        composer = self.window.composer
        composer.setPlainText(text)
        composer.moveCursor(composer.textCursor().MoveOperation.End)
        composer.setFocus()

    @Slot()
    def cancel_edit(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.window.composer.clear()
        self.window.edit_banner.hide()

    def take_edit(self) -> int | None:
        """The message that the text being sent replaces (and the edit is over)."""
        editing, self.editing = self.editing, None
        self.window.edit_banner.hide()
        if editing is not None and self.window.session.editable_text(editing) is None:
            return None  # the message went away meanwhile: send as a new message
        return editing

    def regenerate(self, message_id: int) -> None:
        window = self.window
        session = window.session
        if window.model is None:
            return
        if not session.can_regenerate(message_id):
            window.status.flash(self.tr(
                "This reply has no question right before it, so it cannot be asked again."),
                5000)
            return
        later = session.later(message_id)
        removed = session.regenerate(message_id)
        if removed is None:
            return
        window._redraw()
        window._generate()
        if later:
            note = self.tr("Asked again: the earlier reply and the %1 messages after it were "
                           "taken out.").replace("%1", str(later))
        else:
            note = self.tr("Asked again: the earlier reply was taken out.")
        self._offer_undo(session, removed, note)

    def _offer_undo(self, session: ChatSession, removed: Removed, note: str) -> None:
        self.window.notice.show_message(note, self.tr("Undo"),
                                        lambda: self.undo(session, removed))

    def undo(self, session: ChatSession, removed: Removed) -> None:
        """Put the messages back (stopping a reply that replaced them)."""
        window = self.window
        if window._replying is session:
            window._end_reply_now()
        session.undo(removed)
        if session is window.session:
            window._redraw()
        window.chats.refresh()
        window._update_controls()

    @Slot()
    def regenerate_last(self) -> None:
        if (last := self.window.session.last("assistant")) is not None:
            self.run("regenerate", last.id)

    @Slot()
    def edit_last(self) -> None:
        if (last := self.window.session.last("user")) is not None:
            self.run("edit", last.id)

    @Slot()
    def copy_last(self) -> None:
        if (last := self.window.session.last("assistant")) is not None:
            self.run("copy", last.id)
