"""Turning a conversation into the exact text a model was trained on.

The GGUF's own ``tokenizer.chat_template`` is preferred and rendered by
llama-cpp-python's Jinja formatter. Files without one get a built-in template
(``resources/chat_templates``). llama-cpp-python's own ``chat_format="zephyr"``
is deliberately not used: it writes ``</s>`` and blank lines, which StableLM 2
Zephyr never saw in training.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.core.gguf_info import GgufInfo
from app.core.paths import resource
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChatFormat:
    """A chat template plus the strings that end the assistant's turn."""

    name: str
    template: str
    stop: tuple[str, ...]


@cache
def _builtin_template(name: str) -> str:
    return resource("chat_templates", f"{name}.jinja").read_text(encoding="utf-8")


def stablelm2_zephyr_format() -> ChatFormat:
    """``<|user|>\\n{msg}<|endoftext|>\\n<|assistant|>\\n`` (StableLM 2 Zephyr 1.6B)."""
    return ChatFormat("stablelm2-zephyr", _builtin_template("stablelm2-zephyr"),
                      ("<|endoftext|>", "<|user|>"))


def chatml_format() -> ChatFormat:
    """``<|im_start|>role\\n...<|im_end|>`` (StableLM 2 1.6B Chat and many others)."""
    return ChatFormat("chatml", _builtin_template("chatml"), ("<|im_end|>", "<|endoftext|>"))


def choose_chat_format(info: GgufInfo) -> ChatFormat:
    """Prefer the file's own template; otherwise recognise StableLM 2's two chat variants."""
    if info.chat_template:
        return ChatFormat("gguf", info.chat_template, ())
    label = f"{info.name} {info.path.name}".lower()
    if "zephyr" in label:
        chosen = stablelm2_zephyr_format()
    elif "<|im_start|>" in info.special_tokens or "chat" in label:
        chosen = chatml_format()
    elif "<|user|>" in info.special_tokens or info.architecture == "stablelm":
        chosen = stablelm2_zephyr_format()
    else:
        chosen = chatml_format()
    log.info("%s has no chat template; using the built-in %s format", info.path.name, chosen.name)
    return chosen


class PromptRenderer:
    """Renders messages with a ChatFormat for one loaded model's special tokens."""

    def __init__(self, chat_format: ChatFormat, *, bos_token: str, eos_token: str) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.chat_format = chat_format
        self._formatter = Jinja2ChatFormatter(
            template=chat_format.template, eos_token=eos_token, bos_token=bos_token
        )
        # The template's own stops plus the model's end-of-text, without repeats.
        self.stop = tuple(dict.fromkeys((*chat_format.stop, eos_token)))

    def render(self, messages: Sequence[ChatMessage]) -> str:
        """The prompt text, ending where the assistant's reply begins."""
        payload: Any = [{"role": m.role, "content": m.content} for m in messages]
        return str(self._formatter(messages=payload).prompt)
