"""One conversation: its language and its messages, as the engine will see them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.languages import DEFAULT_LANGUAGE
from app.core.prompts import ChatMessage, Role, system_prompt


@dataclass
class Conversation:
    language: str = DEFAULT_LANGUAGE
    messages: list[ChatMessage] = field(default_factory=list)

    def add(self, role: Role, content: str) -> None:
        self.messages.append(ChatMessage(role, content))

    def for_model(self, custom_prompts: Mapping[str, str] | None = None) -> list[ChatMessage]:
        """The messages with the language's system prompt in front."""
        return [ChatMessage("system", system_prompt(self.language, custom_prompts)),
                *self.messages]
