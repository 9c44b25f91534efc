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


def test_delete_removes_one_message_and_keeps_the_later_ones(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    turn(session, "Two", "Second answer")
    first_reply = session.messages[1].id
    assert session.delete(first_reply)
    assert [m.content for m in session.messages] == ["One", "Two", "Second answer"]
    assert [c for _, c, _ in saved(store, session)] == ["One", "Two", "Second answer"]
    assert not session.delete(first_reply)  # already gone


def test_edit_takes_back_the_users_message_and_what_followed(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    turn(session, "Two", "Second answer")
    assert session.edit(session.messages[1].id) is None  # a reply cannot be edited
    assert session.edit(session.messages[2].id) == "Two"
    assert [m.content for m in session.messages] == ["One", "First answer"]
    assert [c for _, c, _ in saved(store, session)] == ["One", "First answer"]


def test_regenerate_drops_the_reply_and_leaves_the_question_to_answer(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    assert not session.regenerate(session.messages[0].id)  # a question is not a reply
    assert session.regenerate(session.messages[1].id)
    assert [m.content for m in session.messages] == ["One"]
    assert [c for _, c, _ in saved(store, session)] == ["One"]


def test_a_reply_whose_question_was_deleted_cannot_be_answered_again(store: Store) -> None:
    session = ChatSession(store)
    turn(session, "One", "First answer")
    session.delete(session.messages[0].id)
    assert not session.regenerate(session.messages[0].id)


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
