"""The open conversation: one object owns its messages, the reply being streamed, and
every store write.

The window forwards what the engine says (text, finished, failed) to the session and
shows what the session holds; the view never is the source of a message's text. So a
streaming reply's text lives here (and, at least once a second, in the store), and
delete, edit and regenerate are tested without a window. No Qt: the CLI and the local
API can hold a session too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.languages import DEFAULT_LANGUAGE
from app.core.prompts import ChatMessage, Role, system_prompt
from app.core.store import ConversationMode, MessageState, Store, StoredMessage

_SURROGATE = re.compile("[\ud800-\udfff]")


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


@dataclass(frozen=True)
class Removed:
    """Messages one action took out of the chat, kept so that the action can be undone."""

    rows: tuple[StoredMessage, ...]
    kept_ids: frozenset[int]
    """The chat's messages right after the action: Undo removes any added since."""

    @property
    def count(self) -> int:
        return len(self.rows)


def cache_name(conversation_id: int) -> str:
    """The name the engine keeps a chat's KV cache snapshot under (``Engine.generate``)."""
    return f"chat-{conversation_id}"


class ChatSession:
    """One conversation's state. Not thread-safe: the GUI thread (or one CLI thread) owns it."""

    def __init__(self, store: Store, language: str = DEFAULT_LANGUAGE,
                 mode: ConversationMode = "chat") -> None:
        self.store = store
        self.language = language
        self.mode: ConversationMode = mode
        """``"completion"``: a text the model continues; its messages are the text's parts
        (what the user wrote, then each continuation), and ``text`` joins them."""
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
        session = cls(store, stored.language, stored.mode)
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
        """Add the user's message (creating the saved chat on the first one); in a
        completion text, the words the user adds before asking for a continuation."""
        if self.conversation_id is None:
            self.conversation_id = self.store.create_conversation(self.language, model=model,
                                                                  mode=self.mode).id
        stored = self.store.add_message(self.conversation_id, "user", text)
        message = _from_stored(stored)
        self.messages.append(message)
        return message

    def prompt(self, custom_prompts: Mapping[str, str] | None = None) -> list[ChatMessage]:
        """What the engine sees: the language's system prompt, then every message."""
        return [ChatMessage("system", system_prompt(self.language, custom_prompts)),
                *(ChatMessage(m.role, m.content) for m in self.messages)]

    @property
    def text(self) -> str:
        """A completion text as it stands: every part, and the continuation being written."""
        written = "".join(m.content for m in self.messages)
        return written + (self.reply.text if self.reply is not None else "")

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
        # Model output is untrusted: a lone surrogate (possible from a remote server's JSON)
        # cannot be stored as UTF-8, so it becomes U+FFFD instead of failing the write.
        text = _SURROGATE.sub("\ufffd", text)
        self.reply.parts.append(text)
        self.store.update_streaming(self.reply.id, self.reply.text)

    def finish(self, state: MessageState, stats: Mapping[str, Any] | None = None, *,
               keep_question: bool = False) -> Finished:
        """End the streaming reply: keep whatever was written, stopped or failed.

        With no text at all, the empty reply is removed. Its unanswered question is taken
        out too and returned, so the window can put it back in the input box, unless
        ``keep_question`` (the chat is not on screen: the question stays in its chat).
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
        if (not keep_question and self.mode == "chat" and self.messages
                and self.messages[-1].role == "user"):
            question = self.messages.pop()
            self.store.delete_message(question.id)
            return Finished(None, question.content)
        return Finished(None)

    # -- actions on messages ---------------------------------------------------------------

    def _index(self, message_id: int) -> int | None:
        return next((i for i, m in enumerate(self.messages) if m.id == message_id), None)

    def _remove(self, ids: list[int]) -> Removed:
        rows = self.store.remove_messages(ids)
        gone = set(ids)
        self.messages = [m for m in self.messages if m.id not in gone]
        return Removed(tuple(rows), frozenset(m.id for m in self.messages))

    def delete(self, message_id: int) -> Removed | None:
        """Delete one message; the ones after it stay. None if it is not in this chat."""
        if self.message(message_id) is None:
            return None
        return self._remove([message_id])

    def later(self, message_id: int) -> int:
        """How many messages follow ``message_id``."""
        index = self._index(message_id)
        return 0 if index is None else len(self.messages) - index - 1

    def can_regenerate(self, message_id: int) -> bool:
        """A reply can be asked for again only when the user's question is right before it."""
        index = self._index(message_id)
        return (index is not None and index > 0 and self.messages[index].role == "assistant"
                and self.messages[index - 1].role == "user")

    def regenerate(self, message_id: int) -> Removed | None:
        """Take out a reply and everything after it, so its question can be answered again.

        None (and nothing changes) when the reply has no question right before it.
        """
        index = self._index(message_id)
        if index is None or not self.can_regenerate(message_id):
            return None
        return self._remove([m.id for m in self.messages[index:]])

    def editable_text(self, message_id: int) -> str | None:
        """The text of one of the user's messages, to change and send again (nothing is
        removed until then); None for any other message."""
        message = self.message(message_id)
        return message.content if message is not None and message.role == "user" else None

    def resend(self, message_id: int, text: str, *, model: str | None = None,
               ) -> tuple[Removed, SessionMessage]:
        """Send ``text`` in place of the user's message ``message_id``: that message and
        everything after it are replaced (returned, for an undo)."""
        index = self._index(message_id)
        if index is None or self.messages[index].role != "user":
            raise ValueError("only one of the user's messages in this chat can be edited")
        removed = self._remove([m.id for m in self.messages[index:]])
        return removed, self.send(text, model=model)

    def undo(self, removed: Removed) -> None:
        """Put back what an action took out, and take out what was added since."""
        if self.reply is not None:
            raise ValueError("finish the streaming reply first")
        added = [m.id for m in self.messages if m.id not in removed.kept_ids]
        self.store.remove_messages(added)
        self.store.restore_messages(removed.rows)
        if self.conversation_id is not None:
            self.messages = [_from_stored(m) for m in self.store.messages(self.conversation_id)
                             if m.role != "system"]

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
