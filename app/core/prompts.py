"""What the app says to a model, whatever runs it: the chat message type, the
system prompt for each language and the suggestions for an empty chat.

Turning messages into a model's own prompt text is the engine's business
(``app.core.engine.llama.chat_format`` for llama.cpp).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.core.languages import LANGUAGES
from app.core.paths import resource

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@cache
def default_system_prompts() -> Mapping[str, str]:
    """The shipped prompt for each language, each written natively in it."""
    path = resource("prompts", "system_prompts.json")
    prompts: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    missing = set(LANGUAGES) - set(prompts)
    if missing:
        raise RuntimeError(f"{path} lacks system prompts for {sorted(missing)}")
    return prompts


@cache
def _starters() -> Mapping[str, list[str]]:
    data: dict[str, list[str]] = json.loads(
        resource("prompts", "starters.json").read_text(encoding="utf-8"))
    return data


def starter_prompts(language: str) -> list[str]:
    """Suggestions for an empty chat, written in ``language``."""
    return list(_starters().get(language, _starters()["en"]))


def system_prompt(language: str, overrides: Mapping[str, str] | None = None) -> str:
    """The user's own prompt for ``language`` if they wrote one, else the shipped one."""
    if overrides and overrides.get(language, "").strip():
        return overrides[language]
    return default_system_prompts()[language]
