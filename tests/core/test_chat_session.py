"""The chat session: one owner of the open chat and of its store writes, without a window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat_session import ChatSession
from app.core.prompts import default_system_prompts
from app.core.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "chats.sqlite3") as opened:
        yield opened


def saved(store: Store, session: ChatSession) -> list[tuple[str, str, str]]:
    assert session.conversation_id is not None
    return [(m.role, m.content, m.state) for m in store.messages(session.conversation_id)]


def turn(session: ChatSession, question: str, answer: str) -> None:
    session.send(question)
    session.begin_reply()
    half = len(answer) // 2
    session.append(answer[:half])
    session.append(answer[half:])
    session.finish("complete")


def test_the_conversation_language_picks_the_system_prompt(store: Store) -> None:
    session = ChatSession(store, language="it")
    session.send("Ciao!")
    messages = session.prompt()
    assert messages[0].role == "system"
    assert messages[0].content == default_system_prompts()["it"]
    assert [m.content for m in messages[1:]] == ["Ciao!"]

    session.set_language("pt")
    assert session.prompt()[0].content == default_system_prompts()["pt"]
    assert session.prompt({"pt": "Seja breve."})[0].content == "Seja breve."
    assert session.conversation_id is not None
    reopened = ChatSession.open(store, session.conversation_id)
    assert reopened is not None and reopened.language == "pt"


def test_the_first_message_creates_the_saved_chat_and_every_message_is_committed(
    store: Store,
) -> None:
    session = ChatSession(store)
    assert session.conversation_id is None and session.empty
    turn(session, "What is the capital of France?", "Paris is the capital.")
    assert saved(store, session) == [("user", "What is the capital of France?", "complete"),
                                     ("assistant", "Paris is the capital.", "complete")]
    assert [m.content for m in session.messages] == [
        "What is the capital of France?", "Paris is the capital."]


def test_the_streaming_reply_lives_in_the_session_and_reaches_the_store(store: Store) -> None:
    session = ChatSession(store)
    session.send("Count")
    reply = session.begin_reply()
    session.append("one")
    session.append(" two")
    assert reply.text == "one two"
    store.flush()
    assert saved(store, session)[-1] == ("assistant", "one two", "streaming")
    finished = session.finish("stopped", {"generated_tokens": 2})
    assert finished.reply is not None and finished.reply.state == "stopped"
    assert saved(store, session)[-1] == ("assistant", "one two", "stopped")
    assert session.reply is None


def test_a_reply_with_no_text_gives_the_question_back_and_leaves_no_trace(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "Hi", "Hello!")
    session.send("Tell me a story")
    session.begin_reply()
    finished = session.finish("failed")
    assert finished.reply is None
    assert finished.returned_question == "Tell me a story"
    assert saved(store, session) == [("user", "Hi", "complete"),
                                     ("assistant", "Hello!", "complete")]
    assert [m.content for m in session.messages] == ["Hi", "Hello!"]


def contents(session: ChatSession) -> list[str]:
    return [m.content for m in session.messages]


def test_delete_removes_one_message_keeps_the_later_ones_and_can_be_undone(
    store: Store,
) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    turn(session, "Two", "Second answer")
    before = saved(store, session)
    first_reply = session.messages[1].id
    removed = session.delete(first_reply)
    assert removed is not None and removed.count == 1
    assert contents(session) == ["One", "Two", "Second answer"]
    assert [c for _, c, _ in saved(store, session)] == ["One", "Two", "Second answer"]
    assert session.delete(first_reply) is None  # already gone
    session.undo(removed)
    assert saved(store, session) == before
    assert contents(session) == ["One", "First answer", "Two", "Second answer"]


def test_editing_changes_nothing_until_the_new_text_is_sent(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    turn(session, "Two", "Second answer")
    assert session.editable_text(session.messages[1].id) is None  # a reply is not edited
    assert session.editable_text(session.messages[2].id) == "Two"
    assert contents(session) == ["One", "First answer", "Two", "Second answer"]

    removed, sent = session.resend(session.messages[2].id, "Two, changed")
    assert removed.count == 2 and sent.content == "Two, changed"
    assert contents(session) == ["One", "First answer", "Two, changed"]
    assert [c for _, c, _ in saved(store, session)] == ["One", "First answer", "Two, changed"]


def test_regenerating_an_earlier_reply_takes_out_what_followed_and_can_be_undone(
    store: Store,
) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    turn(session, "Two", "Second answer")
    turn(session, "Three", "Third answer")
    before = saved(store, session)
    first_reply = session.messages[1].id
    assert session.later(first_reply) == 4
    removed = session.regenerate(first_reply)
    assert removed is not None and removed.count == 5
    assert contents(session) == ["One"]
    session.begin_reply()
    session.append("A new first answer")
    session.finish("complete")
    assert contents(session) == ["One", "A new first answer"]

    session.undo(removed)
    assert saved(store, session) == before
    assert contents(session) == ["One", "First answer", "Two", "Second answer", "Three",
                                 "Third answer"]


def test_a_reply_whose_question_was_deleted_cannot_be_regenerated(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    assert not session.can_regenerate(session.messages[0].id)  # a question is not a reply
    assert session.regenerate(session.messages[0].id) is None
    session.delete(session.messages[0].id)
    reply = session.messages[0].id
    assert not session.can_regenerate(reply)
    assert session.regenerate(reply) is None
    assert contents(session) == ["First answer"]  # nothing was taken out


def test_a_reply_stopped_before_its_first_word_in_a_chat_off_screen_keeps_its_question(
    store: Store,
) -> None:
    session = ChatSession(store)
    session.send("Still here?")
    session.begin_reply()
    finished = session.finish("stopped", keep_question=True)
    assert finished.reply is None and finished.returned_question is None
    assert saved(store, session) == [("user", "Still here?", "complete")]


def test_opening_a_saved_chat_restores_its_messages_and_states(store: Store) -> None:
    session = ChatSession(store, language="de")
    turn(session, "Hallo", "Guten Tag")
    session.send("Und?")
    session.begin_reply()
    session.append("Nun")
    session.finish("stopped")
    assert session.conversation_id is not None
    reopened = ChatSession.open(store, session.conversation_id)
    assert reopened is not None
    assert [(m.role, m.content, m.state) for m in reopened.messages] == [
        ("user", "Hallo", "complete"), ("assistant", "Guten Tag", "complete"),
        ("user", "Und?", "complete"), ("assistant", "Nun", "stopped")]
    assert ChatSession.open(store, 12345) is None


def test_a_lone_surrogate_from_a_model_is_stored_as_a_replacement_character(
    store: Store,
) -> None:
    session = ChatSession(store)
    session.send("Say something odd")
    session.begin_reply()
    session.append("bad \ud800 char")
    session.finish("complete")
    assert saved(store, session)[-1] == ("assistant", "bad \ufffd char", "complete")


def test_a_completion_text_grows_by_continuations_and_reopens_as_one_text(
    store: Store
) -> None:
    session = ChatSession(store, "en", mode="completion")
    session.send("Once upon a time")
    session.begin_reply()
    session.append(", a dragon")
    assert session.text == "Once upon a time, a dragon"  # the stream is part of it
    session.finish("complete")
    session.begin_reply()  # Continue: no new words from the user
    session.append(" baked bread.")
    session.finish("stopped")
    assert session.text == "Once upon a time, a dragon baked bread."
    assert session.conversation_id is not None
    again = ChatSession.open(store, session.conversation_id)
    assert again is not None and again.mode == "completion"
    assert again.text == session.text


def test_undoing_the_last_continuation_can_itself_be_undone(store: Store) -> None:
    session = ChatSession(store, "en", mode="completion")
    session.send("Once upon a time")
    session.begin_reply()
    session.append(", a dragon")
    session.finish("complete")
    last = session.last("assistant")
    assert last is not None
    removed = session.delete(last.id)
    assert removed is not None and session.text == "Once upon a time"
    session.undo(removed)
    assert session.text == "Once upon a time, a dragon"


def test_a_continuation_with_no_words_keeps_the_users_text(store: Store) -> None:
    session = ChatSession(store, "en", mode="completion")
    session.send("Once upon a time")
    session.begin_reply()
    finished = session.finish("stopped")
    assert finished.reply is None and finished.returned_question is None
    assert session.text == "Once upon a time"
    assert saved(store, session) == [("user", "Once upon a time", "complete")]
