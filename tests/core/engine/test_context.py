from __future__ import annotations

from collections.abc import Sequence

import pytest

from app.core.engine.context import ContextTooSmallError, fit_to_context
from app.core.prompts import ChatMessage


def words(messages: Sequence[ChatMessage]) -> int:
    """A stand-in tokenizer: one token per word plus two per message for the template."""
    return sum(len(m.content.split()) + 2 for m in messages)


def _chat(turns: int) -> list[ChatMessage]:
    messages = [ChatMessage("system", "be kind and brief")]
    for i in range(turns):
        messages += [ChatMessage("user", f"question {i} " + "pad " * 8),
                     ChatMessage("assistant", f"answer {i} " + "pad " * 8)]
    return [*messages, ChatMessage("user", "the latest question")]


def test_a_conversation_that_fits_is_left_alone() -> None:
    chat = _chat(2)
    fitted = fit_to_context(chat, words, context_length=200, reply_reserve=50)
    assert fitted.messages == chat and fitted.dropped_messages == 0
    assert fitted.prompt_tokens == words(chat)


def test_oldest_turns_go_first_keeping_system_prompt_and_latest_message() -> None:
    chat = _chat(6)
    fitted = fit_to_context(chat, words, context_length=100, reply_reserve=30)
    assert fitted.prompt_tokens + 30 <= 100
    assert fitted.messages[0] == chat[0]
    assert fitted.messages[-1] == chat[-1]
    assert fitted.dropped_messages > 0 and fitted.dropped_messages % 2 == 0
    assert fitted.messages[1:-1] == chat[1 + fitted.dropped_messages : -1]
    assert fitted.messages[1].role == "user"


def test_a_single_message_too_long_for_the_context_is_an_error() -> None:
    chat = [ChatMessage("system", "x"), ChatMessage("user", "word " * 1500)]
    with pytest.raises(ContextTooSmallError, match="too long") as caught:
        fit_to_context(chat, words, context_length=256, reply_reserve=64)
    used = words(chat)
    assert caught.value.message.args == {"used": used, "reserve": 64, "context": 256}
    assert f"needs {used:,} tokens plus 64 for the reply" in str(caught.value)


def test_the_conversation_must_end_with_the_users_message() -> None:
    with pytest.raises(ValueError, match="user message"):
        fit_to_context([ChatMessage("assistant", "hi")], words, context_length=99,
                       reply_reserve=1)
