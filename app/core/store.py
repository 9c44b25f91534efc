"""Saved conversations: one SQLite file, written as the user chats.

Everything is committed as it happens, so quitting never asks "save?" and a
crash loses almost nothing: a reply being generated is committed at least once
a second (:meth:`Store.update_streaming`), and on the next start a reply cut
off that way is kept and marked ``"interrupted"``. WAL mode makes those commits
cheap and lets readers (search) see a consistent snapshot while a reply streams.

The file is never deleted: a corrupt one is renamed aside and a fresh one
started, and a file from a newer Parla is refused rather than "migrated" down.
Headless on purpose (no Qt), so the CLI and the tests use it as the GUI does.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Self, cast

from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.prompts import Role

log = logging.getLogger(__name__)

MessageState = Literal["complete", "streaming", "interrupted", "stopped", "failed"]
ConversationMode = Literal["chat", "completion"]

FLUSH_INTERVAL = 1.0
"""Seconds of a streaming reply that a crash may lose, at most."""

TITLE_LENGTH = 48
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
"""Marks around matched words in :attr:`SearchHit.snippet` (plain text; the UI styles them).
Control characters, which nobody types: « and » are everyday French and German quotes."""

EXPORT_FORMAT = "parla-conversation"
EXPORT_VERSION = 1

Clock = Callable[[], float]


class StoreError(UserError):
    """The conversation database cannot be used as it is; the message says why."""


class NewerSchemaError(StoreError):
    """The file was written by a newer Parla: opening it here could damage it."""


@dataclass(frozen=True)
class StoredConversation:
    """A conversation's metadata (named apart from :class:`app.core.chat_session.ChatSession`,
    the in-memory one the engine sees)."""

    id: int
    title: str
    language: str
    model: str | None
    created_at: float
    updated_at: float
    mode: ConversationMode = "chat"
    """``"completion"``: a text the model continues (its messages are the text's parts,
    the user's and the model's in turn), not a chat."""


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    position: int
    role: Role
    content: str
    state: MessageState
    created_at: float
    stats: dict[str, Any] | None


@dataclass(frozen=True)
class SearchHit:
    """One match; ``message_id`` is None when the conversation's title matched."""

    conversation_id: int
    conversation_title: str
    message_id: int | None
    snippet: str
    updated_at: float


@dataclass(frozen=True)
class DeletedConversation:
    """Everything :meth:`Store.delete_conversation` removed, so "Undo" can put it back."""

    conversation: StoredConversation
    messages: tuple[StoredMessage, ...]


# -- schema -----------------------------------------------------------------------------------

# AUTOINCREMENT so ids are never reused: an undone delete gets its old ids back safely.
_SCHEMA_V1 = (
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        model TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )""",
    "CREATE INDEX conversations_by_update ON conversations (updated_at)",
    """CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('complete', 'streaming', 'interrupted', 'stopped', 'failed')),
        created_at REAL NOT NULL,
        stats TEXT,
        UNIQUE (conversation_id, position)
    )""",
    "CREATE INDEX messages_by_state ON messages (state)",
    # External-content FTS5 indexes: the text is stored once, in the real tables.
    # remove_diacritics so "espanol" finds "español" in all seven languages.
    """CREATE VIRTUAL TABLE messages_fts USING fts5 (
        content, content='messages', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
    """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
    END""",
    """CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
    """CREATE VIRTUAL TABLE conversations_fts USING fts5 (
        title, content='conversations', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
    END""",
    """CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO conversations_fts (conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
    END""",
    """CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO conversations_fts (conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
        INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
    END""",
)


def _migrate_to_v1(db: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would COMMIT the migration's transaction.
    for statement in _SCHEMA_V1:
        db.execute(statement)


def _migrate_to_v2(db: sqlite3.Connection) -> None:
    """Texts for completion live beside chats (issue 14's writing view)."""
    db.execute("ALTER TABLE conversations ADD COLUMN mode TEXT NOT NULL DEFAULT 'chat'"
               " CHECK (mode IN ('chat', 'completion'))")


MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_migrate_to_v1, _migrate_to_v2)
"""``MIGRATIONS[n]`` takes a file from ``user_version`` n to n + 1; add new ones at the end."""

_CORRUPTION_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_SIDE_FILES = ("-wal", "-shm", "-journal")


class _CorruptDatabaseError(Exception):
    pass


# -- the store --------------------------------------------------------------------------------


class Store:
    """The conversations in one SQLite file. Use from one thread (the GUI's)."""

    def __init__(self, db: sqlite3.Connection, path: Path, clock: Clock) -> None:
        """Use :meth:`open`; this only wraps an already checked and migrated connection."""
        self._db = db
        self.path = path
        self._clock = clock
        self._closed = False
        self._pending: dict[int, str] = {}
        """Streaming text newer than what is on disk, by message id."""
        self._last_commit: dict[int, float] = {}
        """When each streaming message was last committed (clock time)."""
        self.recovered_interrupted = 0
        """Replies found mid-stream on open (the app died) and marked ``"interrupted"``."""
        self.recovered_from_corruption: Path | None = None
        """Where a corrupt file was moved on open, so the UI can tell the user."""

    @classmethod
    def open(cls, path: Path, *, clock: Clock = time.time) -> Store:
        """Open or create the file, migrate it, recover from a crash or corruption.

        Raises :class:`NewerSchemaError` for a file from a newer Parla and
        :class:`sqlite3.Error` for what moving aside would not fix (a locked or
        unreadable file, a full disk); never deletes anything.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        aside: Path | None = None
        try:
            _check(path)
            db = _connect(path)
        except _CorruptDatabaseError as error:
            aside = _move_aside(path, time.strftime("%Y%m%d-%H%M%S"))
            log.warning("%s is damaged (%s); moved it to %s and started afresh",
                        path, error, aside.name)
            db = _connect(path)
        try:
            _migrate(db)
            with _transaction(db):
                recovered = db.execute(
                    "UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"
                ).rowcount
        except BaseException:
            db.close()
            raise
        if recovered:
            log.info("marked %d reply(ies) cut off by the last exit as interrupted", recovered)
        store = cls(db, path, clock)
        store.recovered_interrupted = recovered
        store.recovered_from_corruption = aside
        return store

    def close(self) -> None:
        """Write what is pending and close; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        finally:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- conversations ------------------------------------------------------------------------

    def create_conversation(
        self, language: str, title: str = "", model: str | None = None,
        mode: ConversationMode = "chat",
    ) -> StoredConversation:
        now = self._clock()
        with _transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO conversations (title, language, model, created_at, updated_at,"
                " mode) VALUES (?, ?, ?, ?, ?, ?)",
                (title, language, model, now, now, mode),
            )
        return StoredConversation(_rowid(cursor), title, language, model, now, now, mode)

    def conversations(self) -> list[StoredConversation]:
        """Most recently active first, as the sidebar lists them."""
        rows = self._db.execute(
            "SELECT id, title, language, model, created_at, updated_at, mode FROM conversations"
            " ORDER BY updated_at DESC, id DESC"
        )
        return [_conversation(row) for row in rows]

    def conversation(self, conversation_id: int) -> StoredConversation | None:
        row = self._db.execute(
            "SELECT id, title, language, model, created_at, updated_at, mode FROM conversations"
            " WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        return None if row is None else _conversation(row)

    def rename(self, conversation_id: int, title: str) -> None:
        self._update_conversation(conversation_id, "title", title)

    def set_language(self, conversation_id: int, language: str) -> None:
        self._update_conversation(conversation_id, "language", language)

    def set_model(self, conversation_id: int, model: str | None) -> None:
        self._update_conversation(conversation_id, "model", model)

    def delete_conversation(self, conversation_id: int) -> DeletedConversation | None:
        """Delete it and its messages; the returned snapshot lets :meth:`restore` undo it."""
        self.flush()
        conversation = self.conversation(conversation_id)
        if conversation is None:
            return None
        snapshot = DeletedConversation(conversation, tuple(self.messages(conversation_id)))
        with _transaction(self._db):
            self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        for message in snapshot.messages:
            self._forget_streaming(message.id)
        return snapshot

    def restore(self, deleted: DeletedConversation) -> None:
        """Undo a delete: the same ids come back (they are never reused meanwhile)."""
        c = deleted.conversation
        with _transaction(self._db):
            self._db.execute(
                "INSERT INTO conversations"
                " (id, title, language, model, created_at, updated_at, mode)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (c.id, c.title, c.language, c.model, c.created_at, c.updated_at, c.mode),
            )
            self._db.executemany(
                "INSERT INTO messages"
                " (id, conversation_id, position, role, content, state, created_at, stats)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (m.id, m.conversation_id, m.position, m.role, m.content, m.state,
                     m.created_at, _stats_json(m.stats))
                    for m in deleted.messages
                ],
            )

    # -- messages -----------------------------------------------------------------------------

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """In conversation order, with any pending streaming text included."""
        self.flush()
        rows = self._db.execute(
            "SELECT id, conversation_id, position, role, content, state, created_at, stats"
            " FROM messages WHERE conversation_id = ?"
            " ORDER BY position",
            (conversation_id,),
        )
        return [_message(row) for row in rows]

    def add_message(
        self, conversation_id: int, role: Role, content: str, state: MessageState = "complete"
    ) -> StoredMessage:
        """Append and commit; an untitled conversation is named after its first user message."""
        now = self._clock()
        with _transaction(self._db):
            message = self._insert_message(conversation_id, role, content, state, now)
            if role == "user":
                self._db.execute(
                    "UPDATE conversations SET title = ? WHERE id = ? AND title = ''",
                    (_title_from(content), conversation_id),
                )
        return message

    def begin_streaming(self, conversation_id: int) -> StoredMessage:
        """An empty assistant reply in state ``"streaming"``, committed before tokens arrive."""
        now = self._clock()
        with _transaction(self._db):
            message = self._insert_message(conversation_id, "assistant", "", "streaming", now)
        self._last_commit[message.id] = now
        return message

    def update_streaming(self, message_id: int, text: str) -> None:
        """Record the reply so far (the full text); commits at most about once a second.

        Commits now if a second has passed since this message's last commit, else
        keeps ``text`` pending for the next call, :meth:`flush` or
        :meth:`finish_message`. Call :meth:`flush` every second as well, so a
        pause in tokens cannot hold text back longer than that.
        """
        self._pending[message_id] = text
        last = self._last_commit.get(message_id)
        if last is None or self._clock() - last >= FLUSH_INTERVAL:
            self.flush()

    def flush(self) -> None:
        """Commit pending streaming text now; costs nothing when there is none.

        If the write fails (disk full), the text stays pending for the next try.
        """
        if not self._pending:
            return
        now = self._clock()
        with _transaction(self._db):
            for message_id, text in self._pending.items():
                self._write_streaming(message_id, text)
        for message_id in self._pending:
            self._last_commit[message_id] = now
        self._pending.clear()

    def finish_message(
        self,
        message_id: int,
        text: str,
        state: MessageState = "complete",
        stats: dict[str, Any] | None = None,
    ) -> None:
        """The reply's final text, how it ended and its statistics, committed now."""
        self._forget_streaming(message_id)
        with _transaction(self._db):
            self._db.execute(
                "UPDATE messages SET content = ?, state = ?, stats = ? WHERE id = ?",
                (text, state, _stats_json(stats), message_id),
            )
            self._touch_message_conversation(message_id)

    def edit_message(self, message_id: int, content: str) -> None:
        self._forget_streaming(message_id)
        with _transaction(self._db):
            self._db.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))
            self._touch_message_conversation(message_id)

    def delete_message(self, message_id: int) -> None:
        self._forget_streaming(message_id)
        with _transaction(self._db):
            self._touch_message_conversation(message_id)
            self._db.execute("DELETE FROM messages WHERE id = ?", (message_id,))

    def truncate_after(self, message_id: int) -> None:
        """Delete every later message of its conversation (regenerate, edit and resend)."""
        self.flush()
        with _transaction(self._db):
            self._touch_message_conversation(message_id)
            self._db.execute(
                "DELETE FROM messages WHERE id IN (SELECT later.id FROM messages AS later"
                " JOIN messages AS this ON later.conversation_id = this.conversation_id"
                " WHERE this.id = ? AND later.position > this.position)",
                (message_id,),
            )

    def remove_messages(self, message_ids: Sequence[int]) -> list[StoredMessage]:
        """Delete these messages in one transaction; returns them as they were, for an undo.

        The rows keep their ids, positions, times and statistics, so
        :meth:`restore_messages` puts them back exactly where they were.
        """
        if not message_ids:
            return []
        for message_id in message_ids:
            self._forget_streaming(message_id)
        with _transaction(self._db):
            rows = [row for message_id in message_ids
                    if (row := self._db.execute(
                        "SELECT id, conversation_id, position, role, content, state, created_at,"
                        " stats FROM messages WHERE id = ?", (message_id,)).fetchone())]
            self._touch_message_conversation(message_ids[0])
            self._db.executemany("DELETE FROM messages WHERE id = ?",
                                 [(message_id,) for message_id in message_ids])
        return sorted((_message(row) for row in rows), key=lambda m: m.position)

    def restore_messages(self, messages: Sequence[StoredMessage]) -> None:
        """Undo :meth:`remove_messages`: the same rows come back in their places."""
        if not messages:
            return
        with _transaction(self._db):
            self._db.executemany(
                "INSERT INTO messages"
                " (id, conversation_id, position, role, content, state, created_at, stats)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(m.id, m.conversation_id, m.position, m.role, m.content, m.state,
                  m.created_at, _stats_json(m.stats)) for m in messages],
            )
            self._touch_message_conversation(messages[0].id)

    # -- search and export --------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Messages and titles containing every word of ``query`` (as prefixes), best first.

        The text is searched for literally: quotes, ``AND``, ``*`` and the like
        are words to find, never FTS5 syntax, so no input can raise.
        """
        match = _fts_query(query)
        if match is None or limit <= 0:
            return []
        self.flush()
        # A title only counts where no message matched: auto-titles repeat the first message.
        rows = self._db.execute(
            "WITH message_hits AS ("
            " SELECT c.id, c.title, m.id, snippet(messages_fts, 0, ?1, ?2, '…', 12),"
            "  c.updated_at, bm25(messages_fts) AS score"
            " FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid"
            " JOIN conversations AS c ON c.id = m.conversation_id"
            " WHERE messages_fts MATCH ?3)"
            " SELECT * FROM message_hits"
            " UNION ALL"
            " SELECT c.id, c.title, NULL, snippet(conversations_fts, 0, ?1, ?2, '…', 12),"
            "  c.updated_at, bm25(conversations_fts)"
            " FROM conversations_fts JOIN conversations AS c ON c.id = conversations_fts.rowid"
            " WHERE conversations_fts MATCH ?3"
            "  AND c.id NOT IN (SELECT message_hits.id FROM message_hits)"
            " ORDER BY 6, 5 DESC LIMIT ?4",
            (HIGHLIGHT_START, HIGHLIGHT_END, match, limit),
        )
        return [
            SearchHit(conversation_id, title, message_id, " ".join(snippet.split()), updated_at)
            for conversation_id, title, message_id, snippet, updated_at, _score in rows
        ]

    def export_markdown(self, conversation_id: int) -> str:
        """A readable copy: one heading per message, the text itself untouched."""
        conversation = self._existing(conversation_id)
        details = [f"Language: {conversation.language}"]
        if conversation.model:
            details.append(f"Model: {conversation.model}")
        details.append(f"Started: {_iso(conversation.created_at)}")
        parts = [f"# {conversation.title or 'Untitled conversation'}", " · ".join(details)]
        if conversation.mode == "completion":  # one text, as it was written
            body = "".join(m.content for m in self.messages(conversation_id))
            return "\n\n".join([*parts, body]) + "\n"
        for message in self.messages(conversation_id):
            heading = f"## {message.role.capitalize()}"
            if message.state != "complete":
                heading += f" ({message.state})"
            parts += [heading, message.content]
        return "\n\n".join(parts) + "\n"

    def export_json(self, conversation_id: int) -> str:
        """A complete, versioned copy that another program (or a later import) can read."""
        conversation = self._existing(conversation_id)
        document = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "conversation": {
                **asdict(conversation),
                "created_at": _iso(conversation.created_at),
                "updated_at": _iso(conversation.updated_at),
            },
            "messages": [
                {
                    "id": m.id,
                    "role": m.role,
                    "content": m.content,
                    "state": m.state,
                    "created_at": _iso(m.created_at),
                    "stats": m.stats,
                }
                for m in self.messages(conversation_id)
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    # -- helpers ------------------------------------------------------------------------------

    def _existing(self, conversation_id: int) -> StoredConversation:
        conversation = self.conversation(conversation_id)
        if conversation is None:
            raise KeyError(f"no conversation {conversation_id}")
        return conversation

    def _update_conversation(self, conversation_id: int, column: str, value: str | None) -> None:
        # updated_at is left alone: renaming an old conversation should not move it to the
        # top of the list.
        with _transaction(self._db):
            self._db.execute(_UPDATE_CONVERSATION[column], (value, conversation_id))

    def _insert_message(
        self, conversation_id: int, role: Role, content: str, state: MessageState, now: float
    ) -> StoredMessage:
        cursor = self._db.execute(
            "INSERT INTO messages (conversation_id, position, role, content, state, created_at)"
            " SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, ?, ? FROM messages"
            " WHERE conversation_id = ?",
            (conversation_id, role, content, state, now, conversation_id),
        )
        message_id = _rowid(cursor)
        self._db.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
        )
        row = self._db.execute(
            "SELECT id, conversation_id, position, role, content, state, created_at, stats"
            " FROM messages WHERE id = ?",
            (message_id,),
        ).fetchone()
        return _message(row)

    def _write_streaming(self, message_id: int, text: str) -> None:
        # Only while still streaming: a late update must not undo finish_message().
        self._db.execute(
            "UPDATE messages SET content = ? WHERE id = ? AND state = 'streaming'",
            (text, message_id),
        )

    def _touch_message_conversation(self, message_id: int) -> None:
        self._db.execute(
            "UPDATE conversations SET updated_at = ?"
            " WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)",
            (self._clock(), message_id),
        )

    def _forget_streaming(self, message_id: int) -> None:
        self._pending.pop(message_id, None)
        self._last_commit.pop(message_id, None)


# -- module helpers ---------------------------------------------------------------------------

_UPDATE_CONVERSATION = {
    column: f"UPDATE conversations SET {column} = ? WHERE id = ?"  # noqa: S608 (fixed names)
    for column in ("title", "language", "model")
}


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One short write transaction; the connection is in autocommit mode otherwise."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _check(path: Path) -> None:
    """Raise :class:`_CorruptDatabaseError` if the file at ``path`` is damaged.

    Read-only on purpose: a read-write connection would checkpoint and delete
    the WAL on close, and that file belongs with the damaged copy. Other errors
    are left for the read-write open to report (it can also roll back a hot
    journal, which a read-only one cannot).
    """
    if not path.exists():
        return
    db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        _raise_if_corrupt(error)
        return
    finally:
        db.close()
    if problems != ["ok"]:
        raise _CorruptDatabaseError("; ".join(problems))


def _connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-write in WAL mode, refusing a newer schema before writing anything."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise NewerSchemaError(Message(QT_TRANSLATE_NOOP(
                "core", "Your chats in {path} were saved by a newer version of Parla (database "
                "version {version}; this one knows up to {known}). Update Parla to open them; "
                "the file was left unchanged."),
                path=str(path), version=version, known=len(MIGRATIONS)))
        db.execute("PRAGMA journal_mode = WAL").fetchone()
        # NORMAL is safe in WAL mode: an app crash loses nothing committed; power loss
        # can lose the last commits but never corrupts.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException as error:
        db.close()
        if isinstance(error, sqlite3.DatabaseError):
            _raise_if_corrupt(error)
        raise
    return db


def _raise_if_corrupt(error: sqlite3.DatabaseError) -> None:
    """Only damage justifies moving a file aside; "locked" or "read-only" must reach the user."""
    if getattr(error, "sqlite_errorcode", 0) & 0xFF in _CORRUPTION_CODES:
        raise _CorruptDatabaseError(str(error)) from error


def _move_aside(path: Path, stamp: str) -> Path:
    """Rename the damaged file (and its WAL) out of the way; a second try gets a new name."""
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    attempt = 1
    while aside.exists():
        attempt += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{attempt}")
    path.rename(aside)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside


def _migrate(db: sqlite3.Connection) -> None:
    """Apply the missing migrations in order, each with its version bump in one transaction."""
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    for target in range(version + 1, len(MIGRATIONS) + 1):
        with _transaction(db):
            MIGRATIONS[target - 1](db)
            db.execute(f"PRAGMA user_version = {target}")


def _rowid(cursor: sqlite3.Cursor) -> int:
    rowid = cursor.lastrowid
    assert rowid is not None  # an INSERT always sets it
    return rowid


def _conversation(row: tuple[Any, ...]) -> StoredConversation:
    return StoredConversation(*row)


def _message(row: tuple[Any, ...]) -> StoredMessage:
    message_id, conversation_id, position, role, content, state, created_at, stats = row
    return StoredMessage(
        message_id, conversation_id, position, role, content, state, created_at,
        _stats_from(stats),
    )


def _stats_json(stats: dict[str, Any] | None) -> str | None:
    return None if stats is None else json.dumps(stats, ensure_ascii=False)


def _stats_from(text: str | None) -> dict[str, Any] | None:
    """Statistics are informative only: unreadable ones become None, never an error."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _title_from(content: str) -> str:
    """The first words of a message, on one line, cut at a word near ``TITLE_LENGTH``."""
    text = " ".join(content.split())
    if len(text) <= TITLE_LENGTH:
        return text
    cut = text[:TITLE_LENGTH]
    space = cut.rfind(" ")
    if space >= TITLE_LENGTH // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


def _fts_query(query: str) -> str | None:
    """User text as an FTS5 query: each word a quoted prefix, all required; None if no words.

    Quoting makes operators and punctuation plain text; words without a letter or
    digit are dropped because the tokenizer would find nothing in them.
    """
    words = [word for word in query.split() if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")
