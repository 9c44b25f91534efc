"""Chat templates for llama.cpp: the file's own, a recognised family's, or text completion."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.engine.llama.chat_format import (
    CHAT_MODES,
    COMPLETION,
    PromptRenderer,
    builtin_format,
    chat_format_choices,
    chatml_format,
    detect_chat_format,
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

LLAMA3 = frozenset({"<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>",
                    "<|end_header_id|>", "<|eot_id|>"})
GEMMA = frozenset({"<bos>", "<eos>", "<start_of_turn>", "<end_of_turn>"})
PHI3 = frozenset({"<|endoftext|>", "<|user|>", "<|assistant|>", "<|system|>", "<|end|>"})
CHATML = frozenset({"<|endoftext|>", "<|im_start|>", "<|im_end|>"})
STABLELM2 = frozenset({"<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|user|>",
                       "<|assistant|>", "<|system|>"})


def _info(**overrides: object) -> GgufInfo:
    base = GgufInfo(path=Path("/models/model.gguf"), size_bytes=1, architecture="stablelm",
                    name="", context_length=4096, quantization="Q4_K_M", chat_template=None,
                    pre_tokenizer="stablelm2", special_tokens=frozenset())
    return replace(base, **overrides)  # type: ignore[arg-type]


def _render(name: str, bos: str = "<s>", eos: str = "</s>") -> str:
    return PromptRenderer(builtin_format(name), bos_token=bos, eos_token=eos).render(
        CONVERSATION)


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


def test_llama3_format_matches_metas_template() -> None:
    assert _render("llama3", bos="<|begin_of_text|>", eos="<|eot_id|>") == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHello!<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nCapital of Spain?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    assert "<|eot_id|>" in builtin_format("llama3").stop


def test_gemma_format_has_no_system_turn_and_opens_the_models_turn() -> None:
    assert _render("gemma", bos="<bos>", eos="<eos>") == (
        "<bos><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n"
        "<start_of_turn>model\nHello!<end_of_turn>\n"
        "<start_of_turn>user\nCapital of Spain?<end_of_turn>\n"
        "<start_of_turn>model\n"
    )
    assert builtin_format("gemma").stop == ("<end_of_turn>",)


def test_phi_falcon_and_zephyr_formats_write_their_documented_turns() -> None:
    assert _render("phi3").endswith("<|user|>\nCapital of Spain?<|end|>\n<|assistant|>\n")
    assert _render("phi2") == ("Be brief.\nInstruct: Hi\nOutput: Hello!\n"
                               "Instruct: Capital of Spain?\nOutput:")
    assert _render("falcon") == ("Be brief.\nUser: Hi\nFalcon: Hello!\n"
                                 "User: Capital of Spain?\nFalcon:")
    # TinyLlama Chat 1.0: Zephyr's turns closed by the model's own </s>.
    assert _render("zephyr").startswith("<|system|>\nBe brief.</s>\n<|user|>\nHi</s>\n")
    assert "\nUser:" in builtin_format("falcon").stop
    assert "\nInstruct:" in builtin_format("phi2").stop


def test_the_files_own_chat_template_wins() -> None:
    template = "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}>"
    chosen = detect_chat_format(_info(chat_template=template, name="stablelm 2 zephyr"))
    assert chosen.name == "gguf" and chosen.modes == {"chat", "completion"}
    assert chosen.notice is None and chosen.format is not None
    renderer = PromptRenderer(chosen.format, bos_token="<s>", eos_token="</s>")
    assert renderer.render(CONVERSATION[:2]) == "[system] Be brief.\n[user] Hi\n>"
    assert renderer.stop == ("</s>",)


@pytest.mark.parametrize(
    ("arch", "name", "file_name", "special", "expected"),
    [
        ("stablelm", "StableLM 2 Zephyr 1.6B", "model.gguf", STABLELM2, "stablelm2-zephyr"),
        ("stablelm", "", "stablelm-2-zephyr-1_6b-Q4_0.gguf", STABLELM2, "stablelm2-zephyr"),
        ("stablelm", "stablelm-zephyr-3b", "model.gguf", frozenset(), "stablelm2-zephyr"),
        ("stablelm", "stablelm-2-1_6b-chat", "model.gguf", STABLELM2, "chatml"),
        ("llama", "SmolLM2 135M Instruct", "model.gguf", CHATML, "chatml"),
        ("llama", "Meta Llama 3 8B Instruct", "model.gguf", LLAMA3, "llama3"),
        ("gemma", "gemma-7b-it", "model.gguf", GEMMA, "gemma"),
        ("phi3", "Phi 3 Mini 4k Instruct", "model.gguf", PHI3, "phi3"),
        ("phi2", "Phi2", "phi-2.Q4_K_M.gguf", frozenset({"<|endoftext|>"}), "phi2"),
        ("falcon", "Falcon 7B Instruct", "model.gguf", frozenset({"<|endoftext|>"}), "falcon"),
        ("llama", "TinyLlama 1.1B Chat v1.0", "model.gguf", frozenset(), "zephyr"),
        ("llama", "tinyllama-1.1b-chat-v0.3", "model.gguf", CHATML, "chatml"),
    ],
)
def test_files_without_a_template_get_their_recognised_family(
    arch: str, name: str, file_name: str, special: frozenset[str], expected: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    info = _info(architecture=arch, name=name, path=Path("/models") / file_name,
                 special_tokens=special)
    with caplog.at_level(logging.INFO, logger="app.core.engine.llama.chat_format"):
        chosen = detect_chat_format(info)
    assert (chosen.name, chosen.modes, chosen.notice) == (expected, CHAT_MODES, None)
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith(f"Chat format for {file_name}: {expected}, because the file has no "
                           "chat template and ")


@pytest.mark.parametrize(
    ("arch", "name", "special", "suggestion"),
    [
        ("stablelm", "stablelm-3b-4e1t", frozenset(), None),
        ("stablelm", "stablelm-2-1_6b", STABLELM2, "chatml"),
        ("llama", "SmolLM2 135M", CHATML, "chatml"),
        ("llama", "Meta Llama 3 8B", LLAMA3, "llama3"),
        ("gemma", "gemma-7b", GEMMA, "gemma"),
        ("falcon", "falcon-rw-1b", frozenset({"<|endoftext|>"}), "falcon"),
        ("llama", "TinyLlama 1.1B intermediate step", frozenset(), "zephyr"),
        ("llama", "some-instruct-model", frozenset({"<s>", "</s>"}), None),
        ("gpt2", "", frozenset(), None),
    ],
)
def test_a_model_that_may_be_a_base_model_opens_for_completion_with_a_notice(
    arch: str, name: str, special: frozenset[str], suggestion: str | None
) -> None:
    chosen = detect_chat_format(_info(architecture=arch, name=name, special_tokens=special))
    assert chosen.format is None and chosen.name == COMPLETION
    assert chosen.modes == {"completion"}
    assert chosen.suggestion == suggestion
    assert chosen.notice is not None
    text = str(chosen.notice)
    assert "model.gguf has no chat template and may be a base model" in text
    assert "text completion" in text and "choose its chat format" in text
    labels = {choice.name: str(choice.label) for choice in chat_format_choices()}
    if suggestion:
        assert f"(it looks like {labels[suggestion]})" in text
    else:
        assert "it looks like" not in text


def test_a_catalog_base_model_is_completion_only_even_with_a_template() -> None:
    info = _info(path=Path("/models/stablelm-2-1_6b.Q4_K_M.gguf"), name="stablelm-2-1_6b",
                 chat_template="{{ messages }}", special_tokens=STABLELM2)
    chosen = detect_chat_format(info)
    assert chosen.modes == {"completion"}
    assert chosen.notice is not None and "is a base model" in str(chosen.notice)
    # ...unless the user chose a format for it.
    assert detect_chat_format(info, override="chatml").name == "chatml"


def test_the_users_choice_overrides_detection() -> None:
    template = _info(chat_template="{{ messages }}", name="x chat")
    assert detect_chat_format(template, override="completion").modes == {"completion"}
    assert detect_chat_format(template, override="llama3").name == "llama3"
    assert detect_chat_format(template, override="gguf").name == "gguf"
    base = _info(name="stablelm-3b-4e1t")
    chosen = detect_chat_format(base, override="zephyr")
    assert (chosen.name, chosen.modes, chosen.notice) == ("zephyr", CHAT_MODES, None)


def test_an_unknown_choice_is_logged_and_detection_decides(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        chosen = detect_chat_format(_info(name="stablelm zephyr"), override="vicuna")
    assert chosen.name == "stablelm2-zephyr"
    assert "Unknown chat format 'vicuna'" in caplog.text


def test_choices_offer_completion_and_every_builtin_format_each_loadable() -> None:
    choices = chat_format_choices()
    names = [c.name for c in choices]
    assert names[0] == COMPLETION and len(set(names)) == len(names)
    assert {"stablelm2-zephyr", "zephyr", "chatml", "llama3", "gemma", "phi3", "phi2",
            "falcon"} <= set(names)
    for choice in choices[1:]:
        assert builtin_format(choice.name).template
        assert str(choice.label)
    assert str(choices[0].label) == "Text completion (no chat)"
