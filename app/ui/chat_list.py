"""The list of saved chats beside the conversation: search, rename, delete with undo,
export. It talks to the store and the sidebar; the window says which chat is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from app.core.chat_session import cache_name
from app.core.store import DeletedConversation, Store
from app.ui.folders import start_folder
from app.ui.notice_bar import NoticeBar
from app.ui.sidebar import Sidebar
from app.ui.status_bar import StatusLine

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ChatList(QObject):
    """Keeps the sidebar in step with the store and runs the sidebar's actions.

    Its strings keep the window's translation context ("MainWindow"), where they were
    translated before this class was split out of the window.
    """

    def __init__(self, window: MainWindow, store: Store, sidebar: Sidebar, notice: NoticeBar,
                 status: StatusLine) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.sidebar = sidebar
        self.notice = notice
        self.status = status
        self._export_folder: Path | None = None
        # After the window has opened a clicked chat (its slot was connected first): the
        # highlight follows the open chat even where the click did not open it.
        sidebar.conversationSelected.connect(lambda _cid: self.sync())
        sidebar.matchOpened.connect(self.show_match)
        sidebar.renameRequested.connect(self.rename)
        sidebar.deleteRequested.connect(self.delete)
        sidebar.exportRequested.connect(lambda cid, kind: self.export(kind, conversation_id=cid))
        sidebar.searchChanged.connect(self._on_search)

    def refresh(self) -> None:
        """Show the chats (or the search hits) with the open chat selected."""
        query = self.sidebar.search.text()
        current = self.window.session.conversation_id
        if query.strip():
            self.sidebar.show_hits(self.store.search(query), current)
        else:
            self.sidebar.set_conversations(self.store.conversations(), current)

    def sync(self) -> None:
        """Highlight the open chat (after a click, a menu, a switch the window refused)."""
        self.sidebar.select(self.window.session.conversation_id)

    @Slot(str)
    def show_match(self, words: str) -> None:
        """A search hit was opened: scroll the chat to the first place the words occur."""
        view = self.window.chat_view
        view.moveCursor(QTextCursor.MoveOperation.Start)
        if view.find(words):
            view.ensureCursorVisible()

    def rename_open(self) -> None:
        """Chat → Rename: the open chat, if it is saved."""
        conversation_id = self.window.session.conversation_id
        stored = self.store.conversation(conversation_id) if conversation_id else None
        if stored is not None:
            self.sidebar.ask_rename(stored.id, stored.title or QCoreApplication.translate(
                "MainWindow", "New chat"))

    def delete_open(self) -> None:
        """Chat → Delete: the open chat, with Undo like the sidebar's Delete."""
        if (conversation_id := self.window.session.conversation_id) is not None:
            self.delete(conversation_id)

    def report_recovery(self) -> None:
        """Say what the store did at start-up to keep the chats safe, if anything."""
        if self.store.recovered_from_corruption is not None:
            self.notice.show_message(QCoreApplication.translate(
                "MainWindow",
                "The chat database was damaged. It was kept as %1 and a new one was started.")
                .replace("%1", str(self.store.recovered_from_corruption)))
        elif self.store.recovered_interrupted:
            self.notice.show_message(QCoreApplication.translate(
                "MainWindow",
                "Parla closed while writing a reply. What it had written is kept and marked "
                "as interrupted."))

    @Slot(str)
    def _on_search(self, _query: str) -> None:
        self.refresh()

    @Slot(int, str)
    def rename(self, conversation_id: int, title: str) -> None:
        self.store.rename(conversation_id, title)
        self.refresh()

    @Slot(int)
    def delete(self, conversation_id: int) -> None:
        if conversation_id == self.window.session.conversation_id:
            self.window.new_chat()
        deleted = self.store.delete_conversation(conversation_id)
        # Its saved KV state goes now; an undo brings the chat back, read afresh once.
        self.window.engine.forget(cache_name(conversation_id), self.window.paths.snapshots)
        self.refresh()
        if deleted is not None:
            title = deleted.conversation.title or QCoreApplication.translate("MainWindow",
                                                                            "New chat")
            self.notice.show_message(
                QCoreApplication.translate("MainWindow", "Deleted “%1”.").replace("%1", title),
                QCoreApplication.translate("MainWindow", "Undo"),
                lambda: self.undo_delete(deleted))

    def undo_delete(self, deleted: DeletedConversation) -> None:
        self.store.restore(deleted)
        self.window.open_conversation(deleted.conversation.id)
        self.refresh()

    def export(self, kind: str, conversation_id: int | None = None,
               target: Path | None = None) -> Path | None:
        """Save a chat as Markdown or JSON; asks where unless ``target`` is given."""
        chosen = conversation_id or self.window.session.conversation_id
        stored = self.store.conversation(chosen) if chosen is not None else None
        if stored is None:
            return None
        suffix = ".md" if kind == "markdown" else ".json"
        if target is None:
            name = "".join(c for c in (stored.title or "chat") if c.isalnum() or c in " -_")
            path, _ = QFileDialog.getSaveFileName(
                self.window, QCoreApplication.translate("MainWindow", "Export chat"),
                str(start_folder(self._export_folder) / f"{name.strip() or 'chat'}{suffix}"),
                QCoreApplication.translate("MainWindow", "Markdown (*.md)") if kind == "markdown"
                else QCoreApplication.translate("MainWindow", "JSON (*.json)"))
            if not path:
                return None
            target = Path(path)
            self._export_folder = target.parent
        text = (self.store.export_markdown(stored.id) if kind == "markdown"
                else self.store.export_json(stored.id))
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.notice.show_message(
                QCoreApplication.translate("MainWindow", "Could not save %1: %2")
                .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        self.status.flash(QCoreApplication.translate("MainWindow", "Saved %1")
                          .replace("%1", str(target)), 4000)
        return target
