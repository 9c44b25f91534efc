"""The open conversation: one object owns its messages, the reply being streamed, and
every store write.

The window forwards what the engine says (text, finished, failed) to the session and
shows what the session holds; the view never is the source of a message's text. So a
streaming reply's text lives here (and, at least once a second, in the store), and
delete, edit and regenerate are tested without a window. No Qt: the CLI and the local
API can hold a session too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.languages import DEFAULT_LANGUAGE
from app.core.prompts import ChatMessage, Role, system_prompt
from app.core.store import MessageState, Store, StoredMessage


@dataclass
class SessionMessage:
    """One message of the open chat, as the user sees it."""

    id: int
    role: Role
    content: str
    state: MessageState = "complete"


@dataclass
class Reply:
    """The reply being streamed: its text grows here as the engine sends it."""

    id: int
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class Finished:
    """How a reply ended, for the window to show."""

    reply: SessionMessage | None
    """The kept reply, or None when nothing was written."""
    returned_question: str | None = None
    """With no reply at all, the unanswered question was taken out of the chat: its
    text goes back to the input box so nothing typed is lost."""


class ChatSession:
    """One conversation's state. Not thread-safe: the GUI thread (or one CLI thread) owns it."""

    def __init__(self, store: Store, language: str = DEFAULT_LANGUAGE) -> None:
        self.store = store
        self.language = language
        self.conversation_id: int | None = None
        self.messages: list[SessionMessage] = []
        self.reply: Reply | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, store: Store, conversation_id: int) -> ChatSession | None:
        """The saved chat ``conversation_id``, or None if it does not exist (any more)."""
        stored = store.conversation(conversation_id)
        if stored is None:
            return None
        session = cls(store, stored.language)
        session.conversation_id = conversation_id
        session.messages = [_from_stored(m) for m in store.messages(conversation_id)
                            if m.role != "system"]
        return session

    @property
    def empty(self) -> bool:
        return not self.messages and self.reply is None

    def message(self, message_id: int) -> SessionMessage | None:
        return next((m for m in self.messages if m.id == message_id), None)

    def last(self, role: Role) -> SessionMessage | None:
        return next((m for m in reversed(self.messages) if m.role == role), None)

    # -- a turn ----------------------------------------------------------------------------

    def send(self, text: str, *, model: str | None = None) -> SessionMessage:
        """Add the user's message (creating the saved chat on the first one)."""
        if self.conversation_id is None:
            self.conversation_id = self.store.create_conversation(self.language,
                                                                  model=model).id
        stored = self.store.add_message(self.conversation_id, "user", text)
        message = _from_stored(stored)
        self.messages.append(message)
        return message

    def prompt(self, custom_prompts: Mapping[str, str] | None = None) -> list[ChatMessage]:
        """What the engine sees: the language's system prompt, then every message."""
        return [ChatMessage("system", system_prompt(self.language, custom_prompts)),
                *(ChatMessage(m.role, m.content) for m in self.messages)]

    def begin_reply(self) -> Reply:
        """An empty reply, committed before the first token so a crash leaves a trace."""
        if self.conversation_id is None:
            raise ValueError("a reply needs a question first")
        if self.reply is not None:
            raise ValueError("a reply is already streaming")
        self.reply = Reply(self.store.begin_streaming(self.conversation_id).id)
        return self.reply

    def append(self, text: str) -> None:
        """More of the streaming reply; the store commits it at least once a second."""
        if self.reply is None:
            return
        self.reply.parts.append(text)
        self.store.update_streaming(self.reply.id, self.reply.text)

    def finish(self, state: MessageState, stats: Mapping[str, Any] | None = None) -> Finished:
        """End the streaming reply: keep whatever was written, stopped or failed.

        With no text at all, the empty reply and its unanswered question are removed and
        the question is returned, so the window can put it back in the input box.
        """
        reply, self.reply = self.reply, None
        if reply is None:
            return Finished(None)
        text = reply.text
        if text:
            self.store.finish_message(reply.id, text, state, dict(stats) if stats else None)
            kept = SessionMessage(reply.id, "assistant", text, state)
            self.messages.append(kept)
            return Finished(kept)
        self.store.delete_message(reply.id)
        if self.messages and self.messages[-1].role == "user":
            question = self.messages.pop()
            self.store.delete_message(question.id)
            return Finished(None, question.content)
        return Finished(None)

    # -- actions on messages ---------------------------------------------------------------

    def delete(self, message_id: int) -> bool:
        """Delete one message; the ones after it stay. False if it is not in this chat."""
        message = self.message(message_id)
        if message is None:
            return False
        self.store.delete_message(message_id)
        self.messages.remove(message)
        return True

    def truncate(self, message_id: int) -> list[SessionMessage]:
        """Remove ``message_id`` and every later message; returns what was removed."""
        index = next((i for i, m in enumerate(self.messages) if m.id == message_id), None)
        if index is None:
            return []
        self.store.truncate_after(message_id)
        self.store.delete_message(message_id)
        removed = self.messages[index:]
        del self.messages[index:]
        return removed

    def edit(self, message_id: int) -> str | None:
        """Take back one of the user's messages (and what followed) to change and resend it.

        Returns its text for the input box, or None if it is not one of the user's.
        """
        message = self.message(message_id)
        if message is None or message.role != "user":
            return None
        self.truncate(message_id)
        return message.content

    def regenerate(self, message_id: int) -> bool:
        """Drop a reply (and what followed) so a new one can be asked for.

        True when the chat now ends with the user's question, ready for a new reply.
        """
        message = self.message(message_id)
        if message is None or message.role != "assistant":
            return False
        self.truncate(message_id)
        return bool(self.messages) and self.messages[-1].role == "user"

    # -- the chat itself -------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        if self.conversation_id is not None:
            self.store.set_language(self.conversation_id, language)

    def rename(self, title: str) -> None:
        if self.conversation_id is not None:
            self.store.rename(self.conversation_id, title)


def _from_stored(message: StoredMessage) -> SessionMessage:
    return SessionMessage(message.id, message.role, message.content, message.state)
