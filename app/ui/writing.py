"""Text completion in the window: new texts, Continue, Undo last continuation, and what a
model that can only continue text means for the open conversation.

A part of the window (it uses the window's own state and methods), kept apart so the
window stays wiring. The session does the work (``ChatSession(mode="completion")``): a
text is its parts, and a continuation is a reply with no new words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.chat_session import ChatSession, Removed, cache_name
from app.core.engine.base import ModelInfo
from app.core.model_settings import ModelSettings, model_settings_store
from app.core.store import ConversationMode
from app.ui.completion_view import CompletionView

if TYPE_CHECKING:
    from app.ui.chat_view import ChatView
    from app.ui.main_window import MainWindow


def can_chat(model: ModelInfo | None) -> bool:
    return model is not None and "chat" in model.modes


class Writing(QObject):
    """The writing view's page, its Continue and Undo row, and what a prompt needs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = CompletionView()
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 4)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Let the model write on (Ctrl+Shift+Return)"))
        self.continue_button.clicked.connect(self.continue_text)
        self.undo_button = QPushButton(self.tr("Undo last continuation"))
        self.undo_button.clicked.connect(self.undo_last)
        row.addWidget(self.continue_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.bar.hide()
        self._chat_placeholder: str | None = None
        """The composer's own hint, put back when a chat is open again."""
        QShortcut(QKeySequence("Ctrl+Shift+Return"), window).activated.connect(self.continue_text)

    # -- which view ------------------------------------------------------------------------

    def current_view(self) -> ChatView | CompletionView:
        """The view the open conversation is drawn in."""
        return self.view if self.window.session.mode == "completion" else self.window.chat_view

    def show_page(self) -> None:
        """Put the open conversation's view on screen (not over the welcome page)."""
        window = self.window
        if window.pages.currentWidget() in (window.chat_view, self.view):
            window.pages.setCurrentWidget(self.current_view())

    # -- starting --------------------------------------------------------------------------

    def new_session(self) -> ChatSession:
        """A new conversation: a text when the loaded model can only continue text."""
        model = self.window.model
        mode: ConversationMode = ("completion" if model is not None and not can_chat(model)
                                  else "chat")
        return ChatSession(self.window.store, self.window.session.language, mode)

    @Slot()
    def new_text(self) -> None:
        window = self.window
        window.new_chat()
        if window.session.mode != "completion":
            window.session = ChatSession(window.store, window.session.language, "completion")
            window._chat_shown()

    def loaded(self, info: ModelInfo) -> None:
        """An empty chat becomes a text for a base model, whose notice offers the choice of
        a chat format."""
        window = self.window
        self.show_page()
        chat = can_chat(info)
        if not chat and window.session.empty and window.session.mode == "chat":
            window.new_chat()
        for notice in info.notices:
            if chat:
                window.notice.show_message(notice)
            else:
                window.notice.show_message(notice, self.tr("Choose chat format"),
                                           self.choose_format)

    def choose_format(self) -> None:
        dialog = self.window.model_actions.show_settings(self.window.session.language)
        if dialog.model_tab is not None:
            dialog.tabs.setCurrentWidget(dialog.model_tab)

    def shown(self) -> None:
        """Another conversation is open: its view, and a word if the model cannot chat. The
        engine gets ready for it while the user reads and types (``Engine.expect``)."""
        self.show_page()
        session = self.window.session
        if not session.empty:
            self.refuses()
        conversation = session.conversation_id
        self.window.engine.expect(cache_name(conversation) if session.mode == "chat"
                                  and conversation is not None else None)

    @Slot(int)
    def stop_reply_in(self, conversation_id: int) -> None:
        """A conversation is about to be deleted: its running reply ends first."""
        replying = self.window._replying
        if replying is not None and replying.conversation_id == conversation_id:
            self.window._end_reply_now()

    # -- a turn ----------------------------------------------------------------------------

    def refuses(self) -> bool:
        """True (and the user is told) when the open chat cannot go to the loaded model."""
        window = self.window
        if window.session.mode == "chat" and window.model is not None and not can_chat(
                window.model):
            window.notice.show_message(
                self.tr("%1 can only continue a text, so it cannot answer in this chat. "
                        "The chat is kept: start a New text, or choose the model's chat format.")
                .replace("%1", window.model.name), self.tr("Choose chat format"),
                self.choose_format)
            return True
        return False

    def request(self) -> int:
        """Ask the engine for the open conversation's reply or continuation."""
        window = self.window
        session = window.session
        if session.mode == "completion":
            return window.engine.complete(session.text, window.settings.sampling())
        prompts = dict(window.settings.system_prompts)
        model = window.model
        own = (model_settings_store().get(model.path) if model is not None
               and model.remote is None else ModelSettings())
        if own.system_prompt is not None:  # the file's own prompt, from "This model"
            prompts[session.language] = own.system_prompt
        conversation = session.conversation_id
        return window.engine.generate(
            session.prompt(prompts), window.settings.sampling(),
            conversation=cache_name(conversation) if conversation is not None else None)

    @Slot()
    def continue_text(self) -> None:
        """Let the model write on from where the text stands (no new words needed)."""
        window = self.window
        if (window.session.mode != "completion" or window.model is None or window._loading
                or window._request is not None):
            return
        words = window.composer.toPlainText()
        if words:
            window.send(words)  # the words the user added, then the continuation
        elif window.session.conversation_id is not None:
            window._generate()

    @Slot()
    def undo_last(self) -> None:
        """Take out the last continuation; the notice offers it back."""
        window = self.window
        session = window.session
        last = session.messages[-1] if session.messages else None
        if window._request is not None or last is None or last.role != "assistant":
            return
        removed = session.delete(last.id)
        if removed is not None:
            window._redraw()
            window.chats.refresh()
            window.notice.show_message(self.tr("The last continuation was taken out."),
                                       self.tr("Redo"), lambda: self._redo(session, removed))
            window._update_controls()

    def _redo(self, session: ChatSession, removed: Removed) -> None:
        self.window.message_actions.undo(session, removed)

    def update(self) -> None:
        """Show the row for a text, and what can be done now."""
        window = self.window
        session = window.session
        text = session.mode == "completion"
        self.bar.setVisible(text)
        composer = window.composer
        if self._chat_placeholder is None:
            self._chat_placeholder = composer.placeholderText()
        composer.setPlaceholderText(self.tr(
            "Add words to the text… (Enter adds them and lets the model continue)")
            if text else self._chat_placeholder)
        self.view.setPlaceholderText(self.tr(
            "Type the beginning of a text below: the model continues it, word for word."))
        idle = window.model is not None and not window._loading and window._request is None
        self.continue_button.setEnabled(text and idle)
        last = session.messages[-1] if session.messages else None
        self.undo_button.setEnabled(text and window._request is None and last is not None
                                    and last.role == "assistant")
