"""Fitting a conversation into the model's context window.

When history plus room for the reply no longer fits, the oldest turns go first;
the system prompt and the newest user message always stay, because without them
the reply would be off-topic or in the wrong language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.prompts import ChatMessage


class ContextTooSmallError(UserError):
    """Even the system prompt and the newest message alone do not fit."""


@dataclass(frozen=True)
class FittedPrompt:
    messages: list[ChatMessage]
    prompt_tokens: int
    dropped_messages: int


def fit_to_context(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    *,
    context_length: int,
    reply_reserve: int,
) -> FittedPrompt:
    """Drop the oldest non-system messages until prompt + ``reply_reserve`` fits.

    Messages go in order from the front, so a user turn is never kept without
    the start of the exchange after it.
    """
    if not messages or messages[-1].role != "user":
        raise ValueError("the conversation must end with a user message")
    system = [m for m in messages[:1] if m.role == "system"]
    history = list(messages[len(system):-1])
    latest = messages[-1]
    budget = context_length - reply_reserve

    dropped = 0
    while True:
        candidate = [*system, *history, latest]
        used = count_tokens(candidate)
        if used <= budget:
            return FittedPrompt(candidate, used, dropped)
        if not history:
            raise ContextTooSmallError(Message(QT_TRANSLATE_NOOP(
                "core", "The message is too long: it needs {used} tokens plus {reserve} for "
                "the reply, but the context holds {context}. Shorten it or raise the context "
                "length in Settings."), used=used, reserve=reply_reserve, context=context_length))
        # Drop a whole exchange (user + assistant) where possible.
        history.pop(0)
        dropped += 1
        while history and history[0].role != "user":
            history.pop(0)
            dropped += 1
