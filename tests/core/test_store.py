"""The conversation store: what is on disk, when, and after what kind of accident.

"On disk" is always checked through a second, independent SQLite connection:
the store's own connection could see its uncommitted writes.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.core import store as store_module
from app.core.prompts import Role
from app.core.store import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    NewerSchemaError,
    Store,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
ONE_SECOND = 1.0
"""The promise: a crash loses at most this much of a streaming reply (not the store's constant,
so that loosening it fails here)."""


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "chats.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    with Store.open(db_path, clock=clock) as opened:
        yield opened


def on_disk(path: Path, message_id: int) -> tuple[str, str]:
    """A message's (content, state) as another process would read it right now."""
    with closing(sqlite3.connect(path)) as db:
        row = db.execute(
            "SELECT content, state FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
    assert row is not None
    return row[0], row[1]


class CommitWatcher:
    """Calling it says whether another connection committed since the last call."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._seen = self._version()

    def _version(self) -> int:
        # PRAGMA data_version changes exactly when another connection has committed.
        version: int = self._db.execute("PRAGMA data_version").fetchone()[0]
        return version

    def __call__(self) -> bool:
        version = self._version()
        changed, self._seen = version != self._seen, version
        return changed


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
    return version


# -- conversations and messages ---------------------------------------------------------------


def test_conversations_and_messages_survive_reopening_newest_first_and_in_order(
    db_path: Path, clock: FakeClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        assert store.recovered_interrupted == 0
        assert store.recovered_from_corruption is None
        first = store.create_conversation("en", model="stablelm-2-zephyr-1_6b")
        clock.advance(5)
        second = store.create_conversation("de", title="Kept title")
        assert [c.id for c in store.conversations()] == [second.id, first.id]

        clock.advance(5)
        store.add_message(first.id, "system", "Be brief.")
        question = store.add_message(
            first.id, "user", "  How do I\nsort a list   in Python without changing the original?"
        )
        reply = store.begin_streaming(first.id)
        store.finish_message(reply.id, "Use `sorted(items)`.", "complete", {"tokens": 7})
        store.add_message(second.id, "user", "Hallo")
        store.rename(first.id, "Sorting")
        store.set_language(first.id, "fr")

    with Store.open(db_path, clock=clock) as store:
        conversations = store.conversations()
        assert [c.id for c in conversations] == [second.id, first.id]
        assert store.conversation(second.id) == conversations[0]
        assert conversations[0].title == "Kept title"  # a given title is never replaced
        reopened = store.conversation(first.id)
        assert reopened is not None
        assert (reopened.title, reopened.language, reopened.model) == (
            "Sorting", "fr", "stablelm-2-zephyr-1_6b")
        assert reopened.updated_at == clock.now
        assert store.conversation(9999) is None

        messages = store.messages(first.id)
        assert [(m.role, m.state) for m in messages] == [
            ("system", "complete"), ("user", "complete"), ("assistant", "complete")]
        assert [m.position for m in messages] == [0, 1, 2]
        assert messages[1] == question
        assert messages[2].content == "Use `sorted(items)`."
        assert messages[2].stats == {"tokens": 7}
        assert messages[0].stats is None


def test_untitled_conversation_is_named_after_its_first_user_message(store: Store) -> None:
    conversation = store.create_conversation("en")
    store.add_message(conversation.id, "assistant", "Hello! How can I help?")
    assert store.conversations()[0].title == ""

    store.add_message(
        conversation.id, "user",
        "Explain\nthe difference between  processes and threads on Linux, with examples",
    )
    title = store.conversations()[0].title
    assert title == "Explain the difference between processes and…"
    assert "\n" not in title
    assert len(title) <= store_module.TITLE_LENGTH + 1

    store.add_message(conversation.id, "user", "And on Windows?")
    assert store.conversations()[0].title == title


def test_renaming_does_not_reorder_the_list(store: Store, clock: FakeClock) -> None:
    older = store.create_conversation("en")
    clock.advance(1)
    newer = store.create_conversation("en")
    clock.advance(1)
    store.rename(older.id, "Renamed")
    assert [c.id for c in store.conversations()] == [newer.id, older.id]


# -- streaming --------------------------------------------------------------------------------


def test_streaming_reply_is_on_disk_within_a_second_with_at_most_one_commit_per_second(
    store: Store, db_path: Path, clock: FakeClock
) -> None:
    conversation = store.create_conversation("en")
    reply = store.begin_streaming(conversation.id)
    assert on_disk(db_path, reply.id) == ("", "streaming")

    with closing(sqlite3.connect(db_path)) as db:
        committed = CommitWatcher(db)
        history: list[tuple[float, str]] = [(clock.now, "")]
        text = ""
        commits: list[float] = []
        for token in range(200):  # 50 tokens a second for 4 s
            clock.advance(0.02)
            text += f" t{token}"
            store.update_streaming(reply.id, text)
            history.append((clock.now, text))
            if committed():
                commits.append(clock.now)
            saved, state = on_disk(db_path, reply.id)
            assert state == "streaming"
            # What is on disk is the text of some moment within the last second.
            recent = {t for at, t in history if at >= clock.now - ONE_SECOND - 1e-9}
            assert saved in recent

        assert len(commits) == 3  # at 1.02, 2.04 and 3.06 s: the next is due after 4 s
        assert all(b - a >= ONE_SECOND - 1e-9 for a, b in itertools.pairwise(commits))

        # Tokens stall: the GUI's 1 s timer calls flush(), which writes the rest ...
        assert on_disk(db_path, reply.id)[0] != text
        store.flush()
        assert committed()
        assert on_disk(db_path, reply.id)[0] == text
        # ... and costs nothing when there is nothing left to write.
        store.flush()
        assert not committed()

        store.finish_message(reply.id, text + " done", "stopped", {"tokens_per_second": 50.0})
        assert on_disk(db_path, reply.id) == (text + " done", "stopped")
        # A late token (a queued signal) must not reopen a finished reply.
        clock.advance(2)
        store.update_streaming(reply.id, "late")
        store.flush()
        assert on_disk(db_path, reply.id) == (text + " done", "stopped")


def test_pending_streaming_text_is_written_on_close_and_marked_interrupted_on_next_open(
    db_path: Path, clock: FakeClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        conversation = store.create_conversation("en")
        store.add_message(conversation.id, "user", "Hi")
        reply = store.begin_streaming(conversation.id)
        store.update_streaming(reply.id, "Hello, I was about to")
        assert on_disk(db_path, reply.id) == ("", "streaming")

    with Store.open(db_path, clock=clock) as store:
        assert store.recovered_interrupted == 1
        recovered = store.messages(conversation.id)[-1]
        assert (recovered.content, recovered.state) == ("Hello, I was about to", "interrupted")

    with Store.open(db_path, clock=clock) as store:
        assert store.recovered_interrupted == 0


CRASHING_CHILD = """
import sys, time
from pathlib import Path
from app.core.store import Store

store = Store.open(Path(sys.argv[1]))
conversation = store.create_conversation("en")
store.add_message(conversation.id, "user", "Count slowly")
reply = store.begin_streaming(conversation.id)
print("ready", reply.id, flush=True)
text = ""
token = 0
while True:
    token += 1
    text += f"token {token:04d} "
    store.update_streaming(reply.id, text)
    print(token, time.monotonic(), flush=True)
    time.sleep(0.01)
"""


def test_kill_9_while_streaming_loses_at_most_the_last_second(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_CHILD, str(db_path)],
        stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT,
    )
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready[0] == "ready", ready
        reply_id = int(ready[1])
        time.sleep(2.5)
        killed_at = time.monotonic()
        child.kill()  # SIGKILL: no flush, no close, no atexit
        output, _ = child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == -9

    # "token seconds" lines; the child stamps each token just after handing it to the store.
    stamps = [float(line.split()[1]) for line in output.splitlines() if len(line.split()) == 2]
    # The last update the child surely made (one token before the last line) committed
    # everything older than a second: those tokens must all be on disk. Measuring from the
    # child's own progress, not the kill, keeps a slow or busy machine from failing the test.
    horizon = min(killed_at, stamps[-2]) - ONE_SECOND - 0.05
    must_have = sum(1 for at in stamps if at <= horizon)
    assert must_have >= 50, (must_have, len(stamps))

    with Store.open(db_path) as store:
        assert store.recovered_interrupted == 1
        conversation = store.conversations()[0]
        user, reply = store.messages(conversation.id)
    assert (user.content, user.state) == ("Count slowly", "complete")
    assert (reply.id, reply.state) == (reply_id, "interrupted")
    full_text = "".join(f"token {t:04d} " for t in range(1, len(stamps) + 2))
    assert full_text.startswith(reply.content)
    saved_tokens = reply.content.count("token ")
    assert saved_tokens >= must_have, (saved_tokens, must_have, len(stamps))


# -- damaged, foreign and newer files ---------------------------------------------------------


def _real_database(path: Path) -> None:
    with Store.open(path) as store:
        for number in range(30):
            conversation = store.create_conversation("en", title=f"Conversation {number}")
            for _ in range(10):
                store.add_message(conversation.id, "user", "lorem ipsum dolor sit amet " * 40)


@pytest.mark.parametrize("damage", ["garbage", "text", "truncated"])
def test_damaged_database_is_moved_aside_untouched_and_a_fresh_one_started(
    db_path: Path, damage: str
) -> None:
    db_path.parent.mkdir(parents=True)
    if damage == "garbage":
        db_path.write_bytes(bytes(range(256)) * 64)
        db_path.with_name(db_path.name + "-wal").write_bytes(b"\x00garbage wal")
    elif damage == "text":
        db_path.write_text("my chats, pasted by hand\n" * 100, encoding="utf-8")
    else:
        _real_database(db_path)
        whole = db_path.read_bytes()
        db_path.write_bytes(whole[: len(whole) // 2])
    original = db_path.read_bytes()

    with Store.open(db_path) as store:
        aside = store.recovered_from_corruption
        assert aside is not None
        assert aside.parent == db_path.parent
        assert re.fullmatch(r"chats\.sqlite3\.corrupt-\d{8}-\d{6}", aside.name), aside.name
        assert aside.read_bytes() == original
        if damage == "garbage":
            assert aside.with_name(aside.name + "-wal").read_bytes() == b"\x00garbage wal"
        assert store.conversations() == []
        created = store.create_conversation("en", title="New start")
    assert user_version(db_path) == len(store_module.MIGRATIONS)

    with Store.open(db_path) as store:
        assert store.recovered_from_corruption is None
        assert store.conversations() == [created]


def test_a_second_corruption_keeps_the_first_copy_too(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    asides = []
    for attempt in (b"first", b"second"):
        db_path.write_bytes(attempt * 1000)
        with Store.open(db_path) as store:
            assert store.recovered_from_corruption is not None
            asides.append(store.recovered_from_corruption)
        db_path.unlink()
    assert asides[0] != asides[1]
    assert [p.read_bytes()[:6] for p in asides] == [b"firstf", b"second"]


def test_a_path_that_cannot_be_opened_raises_and_nothing_is_moved(tmp_path: Path) -> None:
    folder = tmp_path / "chats.sqlite3"
    folder.mkdir()
    with pytest.raises(sqlite3.Error):
        Store.open(folder)
    assert [p.name for p in tmp_path.iterdir()] == ["chats.sqlite3"]


def test_fresh_and_empty_files_are_migrated_to_the_current_version(db_path: Path) -> None:
    assert store_module.MIGRATIONS  # at least version 1
    with Store.open(db_path):
        pass
    current = len(store_module.MIGRATIONS)
    assert user_version(db_path) == current

    empty = db_path.with_name("empty.sqlite3")
    empty.touch()  # SQLite treats a zero-byte file as an empty database at version 0
    with Store.open(empty) as store:
        assert store.recovered_from_corruption is None
    assert user_version(empty) == current
    with closing(sqlite3.connect(empty)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_parla_is_refused_and_left_unchanged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE future (x)")
        db.execute("INSERT INTO future VALUES ('precious')")
        db.execute("PRAGMA user_version = 99")
        db.commit()
    before = db_path.read_bytes()

    with pytest.raises(NewerSchemaError, match="99"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["chats.sqlite3"]


def test_a_new_migration_is_applied_once_and_a_failing_one_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = len(store_module.MIGRATIONS)
    with Store.open(db_path) as store:
        kept = store.create_conversation("en", title="From the current version")

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
        raise RuntimeError("bug in the new migration")

    def add_pinned(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, broken))
    with pytest.raises(RuntimeError, match="bug in the new migration"):
        Store.open(db_path)
    assert user_version(db_path) == current
    with closing(sqlite3.connect(db_path)) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(conversations)")]
    assert "pinned" not in columns

    monkeypatch.setattr(store_module, "MIGRATIONS",
                        (*store_module.MIGRATIONS[:current], add_pinned))
    for _ in range(2):
        with Store.open(db_path) as store:
            assert store.conversations() == [kept]
    assert user_version(db_path) == current + 1


# -- search -----------------------------------------------------------------------------------


def test_search_finds_words_across_conversations_best_match_first_with_marked_snippets(
    store: Store,
) -> None:
    pasta = store.create_conversation("it", title="Cena")
    store.add_message(pasta.id, "user", "How long should I boil pasta?")
    store.add_message(pasta.id, "assistant", "Boil the pasta for 9 minutes.\nPasta al dente!")
    rust = store.create_conversation("en", title="Rust lifetimes")
    store.add_message(rust.id, "user", "What is a borrow checker? Not about pasta.")
    cafe = store.create_conversation("es", title="Café")
    store.add_message(cafe.id, "user", "Un café con leche, por favor")

    hits = store.search("pasta")
    assert {h.conversation_id for h in hits} == {pasta.id, rust.id}
    best = hits[0]
    assert best.conversation_title == "Cena"
    assert f"{HIGHLIGHT_START}Pasta{HIGHLIGHT_END}" in best.snippet  # two matches rank first
    assert "\n" not in best.snippet

    assert [h.conversation_id for h in store.search("boil min")] == [pasta.id]  # prefixes, AND
    assert [h.conversation_id for h in store.search("borrow pasta")] == [rust.id]
    # Accents are ignored; the title matches too, but adds nothing to a message hit.
    assert [h.message_id for h in store.search("cafe")] == [store.messages(cafe.id)[0].id]
    title_hit = next(h for h in store.search("lifetimes"))
    assert (title_hit.conversation_id, title_hit.message_id) == (rust.id, None)
    assert title_hit.snippet == f"Rust {HIGHLIGHT_START}lifetimes{HIGHLIGHT_END}"
    assert len(store.search("pasta", limit=1)) == 1
    assert store.search("") == store.search("   ") == []
    assert store.search("nothing-like-this") == []


@pytest.mark.parametrize(
    "query",
    ['"', '"pasta', "AND OR", "AND", "NOT pasta", "*", "pasta*", "c++",
     "'; DROP TABLE messages; --", "NEAR(a b)", "title:pasta", "^pasta", "(pasta", "-", "\x00",
     "a" * 10_000],
)
def test_search_treats_any_input_as_plain_text(store: Store, query: str) -> None:
    conversation = store.create_conversation("en")
    store.add_message(conversation.id, "user", "I like pasta and C++ AND Rust; NOT Java")
    store.search(query)  # never raises
    assert len(store.search("pasta")) == 1
    assert store.messages(conversation.id)[0].content.startswith("I like pasta")


def test_search_matches_operator_words_literally(store: Store) -> None:
    conversation = store.create_conversation("en")
    store.add_message(conversation.id, "user", "rock AND roll, C++ templates")
    assert len(store.search("AND roll")) == 1
    assert len(store.search('"c++')) == 1
    assert store.search("OR") == []


def test_search_follows_edits_deletes_and_streaming(store: Store) -> None:
    conversation = store.create_conversation("en", title="Animals")
    message = store.add_message(conversation.id, "user", "zebra")
    store.edit_message(message.id, "giraffe")
    assert store.search("zebra") == []
    assert len(store.search("giraffe")) == 1

    reply = store.begin_streaming(conversation.id)
    store.update_streaming(reply.id, "an elephant")  # still pending: search flushes first
    assert [h.message_id for h in store.search("elephant")] == [reply.id]

    store.delete_conversation(conversation.id)
    assert store.search("giraffe") == []
    assert store.search("elephant") == []


# -- delete and undo, edit, truncate ----------------------------------------------------------


def test_deleting_a_conversation_can_be_undone_with_the_same_ids(
    store: Store, db_path: Path
) -> None:
    keep = store.create_conversation("en", title="Keep")
    doomed = store.create_conversation("de", title="Doomed", model="m.gguf")
    store.add_message(doomed.id, "user", "Wie spät ist es?")
    reply = store.begin_streaming(doomed.id)
    store.finish_message(reply.id, "Ich weiß es nicht.", "complete", {"tokens": 5})
    before = store.messages(doomed.id)
    doomed = store.conversation(doomed.id) or doomed

    snapshot = store.delete_conversation(doomed.id)
    assert snapshot is not None
    assert store.conversation(doomed.id) is None
    assert store.messages(doomed.id) == []
    with closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert store.delete_conversation(doomed.id) is None

    # New rows created meanwhile never take the deleted ids.
    other = store.create_conversation("en")
    newer = store.add_message(other.id, "user", "Hello")
    assert other.id > doomed.id
    assert newer.id > max(m.id for m in before)

    store.restore(snapshot)
    assert store.conversation(doomed.id) == doomed
    assert store.messages(doomed.id) == before
    assert {c.id for c in store.conversations()} == {keep.id, doomed.id, other.id}
    assert [h.message_id for h in store.search("spät")] == [before[0].id]


def test_edit_delete_and_truncate_after_a_message(store: Store, clock: FakeClock) -> None:
    conversation = store.create_conversation("en")
    script: list[tuple[Role, str]] = [("user", "one"), ("assistant", "two"), ("user", "three"),
                                      ("assistant", "four"), ("user", "five")]
    ids = [store.add_message(conversation.id, role, text).id for role, text in script]
    clock.advance(10)
    store.edit_message(ids[2], "three, edited")
    assert store.messages(conversation.id)[2].content == "three, edited"
    assert store.messages(conversation.id)[2].state == "complete"
    assert store.conversations()[0].updated_at == clock.now

    store.truncate_after(ids[2])  # regenerate from "three": its answers go
    assert [m.content for m in store.messages(conversation.id)] == ["one", "two", "three, edited"]

    store.delete_message(ids[1])
    assert [m.id for m in store.messages(conversation.id)] == [ids[0], ids[2]]
    added = store.add_message(conversation.id, "assistant", "new answer")
    assert [m.id for m in store.messages(conversation.id)] == [ids[0], ids[2], added.id]

    store.truncate_after(ids[0])
    assert [m.id for m in store.messages(conversation.id)] == [ids[0]]


# -- export -----------------------------------------------------------------------------------

CODE_REPLY = """Here you go:

```python
def greet(name: str) -> str:
    return f"Hello, {name}!"   # keeps    spacing
```

# not a real heading, just text
"""


def test_markdown_export_has_role_headings_and_verbatim_content(store: Store) -> None:
    conversation = store.create_conversation("en", model="stablelm-2-zephyr-1_6b")
    store.add_message(conversation.id, "user", "Write a greeting function")
    reply = store.begin_streaming(conversation.id)
    store.finish_message(reply.id, CODE_REPLY, "stopped")

    markdown = store.export_markdown(conversation.id)
    assert markdown.startswith("# Write a greeting function\n")
    assert "stablelm-2-zephyr-1_6b" in markdown
    assert "\n## User\n\nWrite a greeting function\n" in markdown
    assert "\n## Assistant (stopped)\n\n" + CODE_REPLY in markdown
    with pytest.raises(KeyError):
        store.export_markdown(12345)


def test_json_export_is_versioned_and_complete(store: Store) -> None:
    conversation = store.create_conversation("pt", title="Código")
    store.add_message(conversation.id, "user", "Olá")
    reply = store.begin_streaming(conversation.id)
    store.finish_message(reply.id, CODE_REPLY, "complete", {"tokens": 42, "seconds": 1.5})

    document = json.loads(store.export_json(conversation.id))
    assert document["format"] == EXPORT_FORMAT
    assert document["version"] == EXPORT_VERSION
    assert document["conversation"]["title"] == "Código"
    assert document["conversation"]["language"] == "pt"
    assert document["conversation"]["id"] == conversation.id
    assert [(m["role"], m["content"], m["state"]) for m in document["messages"]] == [
        ("user", "Olá", "complete"), ("assistant", CODE_REPLY, "complete")]
    assert document["messages"][1]["stats"] == {"tokens": 42, "seconds": 1.5}
    assert document["messages"][0]["created_at"].endswith("+00:00")


def test_removed_messages_come_back_exactly_and_searchable(store: Store) -> None:
    chat = store.create_conversation("en")
    question = store.add_message(chat.id, "user", "Where do whales sing?")
    reply = store.begin_streaming(chat.id)
    store.finish_message(reply.id, "Whales sing in the deep ocean.", "complete",
                         {"generated_tokens": 7})
    later = store.add_message(chat.id, "user", "Thanks")
    before = store.messages(chat.id)

    removed = store.remove_messages([reply.id, later.id])
    assert [m.id for m in removed] == [reply.id, later.id]
    assert [m.id for m in store.messages(chat.id)] == [question.id]
    assert all(hit.message_id != reply.id for hit in store.search("ocean"))

    store.restore_messages(removed)
    assert store.messages(chat.id) == before
    assert any(hit.message_id == reply.id for hit in store.search("ocean"))


def test_chats_from_before_texts_for_completion_open_as_chats(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as db:  # a version-1 file, as Parla 0.x wrote it
        store_module.MIGRATIONS[0](db)
        db.execute("INSERT INTO conversations (title, language, model, created_at, updated_at)"
                   " VALUES ('Old chat', 'de', NULL, 1, 1)")
        db.execute("PRAGMA user_version = 1")
        db.commit()
    with Store.open(db_path) as store:
        (old,) = store.conversations()
        assert (old.title, old.mode) == ("Old chat", "chat")
        text = store.create_conversation("en", mode="completion")
        assert store.conversation(text.id) == text and text.mode == "completion"


def test_a_text_for_completion_exports_as_one_text(db_path: Path) -> None:
    with Store.open(db_path) as store:
        text = store.create_conversation("en", title="Story", mode="completion")
        store.add_message(text.id, "user", "Once upon a time")
        store.add_message(text.id, "assistant", ", a dragon baked bread.")
        exported = store.export_markdown(text.id)
    assert exported.endswith("Once upon a time, a dragon baked bread.\n")
    assert "## User" not in exported
