"""Chat templates for llama.cpp: the file's own, or the matching built-in StableLM 2 format."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.engine.llama.chat_format import (
    PromptRenderer,
    chatml_format,
    choose_chat_format,
    stablelm2_zephyr_format,
)
from app.core.gguf_info import GgufInfo
from app.core.prompts import ChatMessage

CONVERSATION = [
    ChatMessage("system", "Be brief."),
    ChatMessage("user", "Hi"),
    ChatMessage("assistant", "Hello!"),
    ChatMessage("user", "Capital of Spain?"),
]


def _info(**overrides: object) -> GgufInfo:
    base = GgufInfo(path=Path("/models/model.gguf"), size_bytes=1, architecture="stablelm",
                    name="", context_length=4096, quantization="Q4_K_M", chat_template=None,
                    pre_tokenizer="stablelm2", special_tokens=frozenset())
    return replace(base, **overrides)  # type: ignore[arg-type]


def test_zephyr_fallback_matches_stablelm2_zephyr_training_format() -> None:
    renderer = PromptRenderer(stablelm2_zephyr_format(), bos_token="<|endoftext|>",
                              eos_token="<|endoftext|>")
    assert renderer.render(CONVERSATION) == (
        "<|system|>\nBe brief.<|endoftext|>\n"
        "<|user|>\nHi<|endoftext|>\n"
        "<|assistant|>\nHello!<|endoftext|>\n"
        "<|user|>\nCapital of Spain?<|endoftext|>\n"
        "<|assistant|>\n"
    )
    assert "</s>" not in renderer.render(CONVERSATION)
    assert renderer.stop == ("<|endoftext|>", "<|user|>")


def test_chatml_fallback_matches_stablelm2_chat_format_and_stops() -> None:
    renderer = PromptRenderer(chatml_format(), bos_token="<|endoftext|>",
                              eos_token="<|endoftext|>")
    assert renderer.render(CONVERSATION[-1:]) == (
        "<|im_start|>user\nCapital of Spain?<|im_end|>\n<|im_start|>assistant\n"
    )
    assert set(renderer.stop) == {"<|im_end|>", "<|endoftext|>"}


def test_the_files_own_chat_template_wins() -> None:
    template = "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}>"
    chosen = choose_chat_format(_info(chat_template=template, name="stablelm 2 zephyr"))
    assert chosen.name == "gguf"
    renderer = PromptRenderer(chosen, bos_token="<s>", eos_token="</s>")
    assert renderer.render(CONVERSATION[:2]) == "[system] Be brief.\n[user] Hi\n>"
    assert renderer.stop == ("</s>",)


@pytest.mark.parametrize(
    ("name", "file_name", "special", "expected"),
    [
        ("StableLM 2 Zephyr 1.6B", "model.gguf", frozenset(), "stablelm2-zephyr"),
        ("", "stablelm-2-zephyr-1_6b-Q4_0.gguf", frozenset(), "stablelm2-zephyr"),
        ("stablelm-2-1_6b-chat", "model.gguf", frozenset(), "chatml"),
        ("", "model.gguf", frozenset({"<|im_start|>", "<|im_end|>"}), "chatml"),
        ("", "model.gguf", frozenset(), "stablelm2-zephyr"),
    ],
)
def test_files_without_a_template_get_the_matching_stablelm2_format(
    name: str, file_name: str, special: frozenset[str], expected: str
) -> None:
    info = _info(name=name, path=Path("/models") / file_name, special_tokens=special)
    assert choose_chat_format(info).name == expected
