"""Turning a conversation into the exact text a model was trained on, or knowing it can't.

The GGUF's own ``tokenizer.chat_template`` is preferred and rendered by
llama-cpp-python's Jinja formatter. A file without one is recognised from its
metadata (architecture, special tokens, name) as one of the families Parla has
a built-in template for (``resources/chat_templates``). A family's tokens alone
do not make a chat model: base Llama 3, Gemma, SmolLM2 and StableLM 2 carry the
same special tokens as their chat versions. So a family is chosen only when the
name says the file was tuned to chat (``instruct``, ``chat``, ``it``,
``zephyr``…), or when the family exists only as a chat model (Phi-3's
``<|end|>``; Phi-2, whose one release documents its format). Otherwise the
model opens for text completion with a notice, never a silently guessed format.

llama-cpp-python's own ``chat_format="zephyr"`` is deliberately not used: it
writes ``</s>`` and blank lines, which StableLM 2 Zephyr never saw in training.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.core.gguf_info import GgufInfo
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.paths import resource
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)

OWN_TEMPLATE = "gguf"
"""``ModelInfo.chat_format`` of a model that uses its file's own template."""
COMPLETION = "completion"
"""The override (and ``ModelInfo.chat_format``) for text completion only: no chat."""

CHAT_MODES = frozenset({"chat", "completion"})
COMPLETION_MODES = frozenset({"completion"})


@dataclass(frozen=True)
class ChatFormat:
    """A chat template plus the strings that end the assistant's turn."""

    name: str
    template: str
    stop: tuple[str, ...]


@dataclass(frozen=True)
class _Builtin:
    label: str
    template_file: str
    stop: tuple[str, ...]


# Order is the order the UI lists them in. Labels are product names, not translated.
_BUILTINS: dict[str, _Builtin] = {
    "stablelm2-zephyr": _Builtin("StableLM 2 Zephyr", "stablelm2-zephyr",
                                 ("<|endoftext|>", "<|user|>")),
    "zephyr": _Builtin("Zephyr (TinyLlama Chat, StableLM Zephyr 3B)", "stablelm2-zephyr",
                       ("</s>", "<|user|>")),
    "chatml": _Builtin("ChatML (StableLM 2 Chat, SmolLM, Qwen)", "chatml",
                       ("<|im_end|>", "<|endoftext|>")),
    "llama3": _Builtin("Llama 3", "llama3", ("<|eot_id|>", "<|end_of_text|>")),
    "gemma": _Builtin("Gemma", "gemma", ("<end_of_turn>",)),
    "phi3": _Builtin("Phi-3", "phi3", ("<|end|>", "<|endoftext|>")),
    "phi2": _Builtin("Phi-2 (Instruct: … Output:)", "phi2", ("\nInstruct:", "<|endoftext|>")),
    "falcon": _Builtin("Falcon Instruct (User: … Falcon:)", "falcon",
                       ("\nUser:", "<|endoftext|>")),
}


@dataclass(frozen=True)
class FormatOption:
    """One entry of the format choice the UI offers for a model."""

    name: str
    """What ``LoadOptions.chat_format`` and the per-model settings store."""
    label: Message
    """Shown in the list (product names stay as they are in every language)."""


def chat_format_choices() -> list[FormatOption]:
    """What a user may pick for a model: text completion, then every built-in format.

    Labels are ``Message``s (render with ``app.ui.i18n.text``); the file's own template
    is no choice, it is what "automatic" (no override, ``None``) gives.
    """
    return [
        FormatOption(COMPLETION, Message(QT_TRANSLATE_NOOP(
            "core", "Text completion (no chat)"))),
        *(FormatOption(name, Message(builtin.label)) for name, builtin in _BUILTINS.items()),
    ]


@cache
def _builtin_template(name: str) -> str:
    return resource("chat_templates", f"{name}.jinja").read_text(encoding="utf-8")


def builtin_format(name: str) -> ChatFormat:
    """A built-in format by name; KeyError for an unknown one."""
    builtin = _BUILTINS[name]
    return ChatFormat(name, _builtin_template(builtin.template_file), builtin.stop)


def stablelm2_zephyr_format() -> ChatFormat:
    """``<|user|>\\n{msg}<|endoftext|>\\n<|assistant|>\\n`` (StableLM 2 Zephyr 1.6B)."""
    return builtin_format("stablelm2-zephyr")


def chatml_format() -> ChatFormat:
    """``<|im_start|>role\\n...<|im_end|>`` (StableLM 2 1.6B Chat and many others)."""
    return builtin_format("chatml")


@dataclass(frozen=True)
class FormatChoice:
    """What a loaded model does with a conversation, and why."""

    format: ChatFormat | None
    """None: text completion only."""
    reason: str
    """For the log: what in the file (or the user) decided."""
    notice: Message | None = None
    """For the user, where Parla could not tell and chose text completion."""
    suggestion: str | None = None
    """The built-in format the file looks like, where it is not used for want of proof."""

    @property
    def name(self) -> str:
        """``ModelInfo.chat_format``: ``gguf``, a built-in name, or ``completion``."""
        return self.format.name if self.format else COMPLETION

    @property
    def modes(self) -> frozenset[str]:
        return CHAT_MODES if self.format else COMPLETION_MODES


_CHAT_WORDS = frozenset({"instruct", "instruction", "chat", "it", "zephyr", "sft", "dpo",
                         "rlhf", "assistant"})


def _words(info: GgufInfo) -> frozenset[str]:
    """Lower-case words of the model's name and file name (``gemma-7b-it`` -> gemma, 7b, it)."""
    label = f"{info.name} {info.path.stem}".lower()
    return frozenset(re.split(r"[^a-z0-9]+", label)) - {""}


def _has(*tokens: str) -> Callable[[GgufInfo, frozenset[str]], bool]:
    return lambda info, _words: all(token in info.special_tokens for token in tokens)


_Rule = tuple[Callable[[GgufInfo, frozenset[str]], bool], str, str]
#: First match wins: (test on the metadata and name words, format, evidence for the log).
_RULES: tuple[_Rule, ...] = (
    (lambda _info, words: "zephyr" in words, "zephyr", "its name says Zephyr"),
    (_has("<|start_header_id|>", "<|eot_id|>"), "llama3",
     "it has Llama 3's <|start_header_id|> and <|eot_id|> tokens"),
    (lambda info, _words: info.architecture.startswith("gemma"), "gemma",
     "it is a Gemma model"),
    (_has("<start_of_turn>"), "gemma", "it has Gemma's <start_of_turn> token"),
    (_has("<|user|>", "<|end|>"), "phi3", "it has Phi-3's <|user|> and <|end|> tokens"),
    (_has("<|im_start|>", "<|im_end|>"), "chatml",
     "it has ChatML's <|im_start|> and <|im_end|> tokens"),
    (lambda info, words: info.architecture == "stablelm" and "chat" in words, "chatml",
     "it is a StableLM 2 Chat model"),
    (_has("<|user|>", "<|assistant|>"), "zephyr",
     "it has Zephyr's <|user|> and <|assistant|> tokens"),
    (lambda info, words: info.architecture == "phi2" and bool(words & {"phi", "phi2"}),
     "phi2", "it is Phi-2, whose model card gives this format"),
    (lambda info, _words: info.architecture == "falcon", "falcon", "it is a Falcon model"),
    (lambda _info, words: "tinyllama" in words, "zephyr",
     "TinyLlama Chat 1.0 uses the Zephyr format"),
)


def _family(info: GgufInfo, words: frozenset[str]) -> tuple[str, str] | None:
    """The built-in format the metadata points to, and the evidence; None when nothing does."""
    for test, name, evidence in _RULES:
        if test(info, words):
            # StableLM's own Zephyr variant ends turns with <|endoftext|>, not </s>.
            stablelm = name == "zephyr" and info.architecture == "stablelm"
            return ("stablelm2-zephyr" if stablelm else name), evidence
    return None


# Families whose special tokens exist only in chat-tuned models: the tokens are proof.
_CHAT_ONLY = frozenset({"phi3", "phi2"})


def _catalog_kind(info: GgufInfo) -> str | None:
    """``kind`` of the catalog model this file was downloaded as (matched by file name)."""
    from app.core.models.catalog import default_catalog

    for model in default_catalog().models:
        if any(entry.filename == info.path.name for entry in model.files):
            return model.kind
    return None


def detect_chat_format(info: GgufInfo, *, override: str | None = None) -> FormatChoice:
    """The format for ``info``: the user's choice, the file's template, or a known family.

    ``override`` is ``LoadOptions.chat_format``: a built-in name, ``"completion"``, or
    ``"gguf"``/None for automatic. Logs the choice and its reason on one INFO line.
    """
    choice = _detect(info, override)
    log.info("Chat format for %s: %s, because %s", info.path.name, choice.name, choice.reason)
    return choice


def _users_choice(info: GgufInfo, override: str | None) -> FormatChoice | None:
    if override == COMPLETION:
        return FormatChoice(None, "the user chose text completion for this file")
    if override in _BUILTINS:
        return FormatChoice(builtin_format(override), "the user chose it for this file")
    if override not in (None, OWN_TEMPLATE):
        log.warning("Unknown chat format %r chosen for %s; detecting it instead",
                    override, info.path.name)
    return None


def _detect(info: GgufInfo, override: str | None) -> FormatChoice:
    if chosen := _users_choice(info, override):
        return chosen
    if _catalog_kind(info) == COMPLETION:
        return FormatChoice(None, "the catalog lists it as a base model", Message(
            QT_TRANSLATE_NOOP(
                "core", "{name} is a base model: it continues a text rather than answering "
                "questions, so it is open for text completion."),
            name=info.display_name))
    if info.chat_template:
        return FormatChoice(ChatFormat(OWN_TEMPLATE, info.chat_template, ()),
                            "the file has its own chat template")
    words = _words(info)
    family = _family(info, words)
    if family is not None:
        name, evidence = family
        if name in _CHAT_ONLY or words & _CHAT_WORDS:
            return FormatChoice(builtin_format(name),
                                f"the file has no chat template and {evidence}")
        return FormatChoice(None, f"the file has no chat template; {evidence}, but nothing "
                            "says it was tuned to chat", Message(QT_TRANSLATE_NOOP(
                                "core", "{file} has no chat template and may be a base model, "
                                "which continues a text rather than answering. It is open for "
                                "text completion; if it is a chat model, choose its chat "
                                "format (it looks like {format}) in the model's settings."),
                                file=info.path.name, format=_BUILTINS[name].label),
                            suggestion=name)
    return FormatChoice(None, "the file has no chat template and no known family's marks",
                        Message(QT_TRANSLATE_NOOP(
                            "core", "{file} has no chat template and may be a base model, "
                            "which continues a text rather than answering. It is open for text "
                            "completion; if it is a chat model, choose its chat format in the "
                            "model's settings."), file=info.path.name))


def choose_chat_format(info: GgufInfo) -> ChatFormat:
    """A format for measuring prompts (``bench``), never for a user's chat: the detected
    one, else the suggested family's, else StableLM 2 Zephyr's (the benchmark models')."""
    choice = detect_chat_format(info)
    if choice.format is not None:
        return choice.format
    return builtin_format(choice.suggestion or "stablelm2-zephyr")


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
