"""Tiny random-weight GGUFs of each architecture Parla's models use, in the real llama.cpp.

Each family is written with and without a chat template: with one it chats through its
own template; without, it gets its family's built-in format when its name says it was
tuned to chat, and otherwise opens for text completion only, with a notice. Each
streams, stops, and has a memory estimate and fit verdict.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import EngineError, LoadOptions, SamplingParams, StopReason
from app.core.engine.llama.chat_format import CHAT_MODES, COMPLETION_MODES, builtin_format
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.models.fit import Verdict, estimate_memory, verdict
from app.core.models.hardware import Machine
from app.core.models.library import read_shape
from app.core.prompts import ChatMessage
from tests.support.gguf_writer import (
    ARCHITECTURES,
    CONTROL_TOKENS,
    GEMMA_TOKENS,
    LLAMA3_TOKENS,
    ZEPHYR_TOKENS,
    write_arch_gguf,
)

GiB = 1024**3
CHAT = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hello there")]
SHORT = SamplingParams(temperature=0.0, max_tokens=12, seed=0)


@dataclass(frozen=True)
class Case:
    """One file: its architecture, the model it stands for, and what Parla should make of it."""

    id: str
    arch: str
    name: str
    expected: str
    """``ModelInfo.chat_format``: ``gguf``, a built-in format, or ``completion``."""
    tokens: Sequence[str] | None = None
    bos: str | None = None
    template: str | None = None


CASES = [
    # llama: SmolLM2 (ChatML tokens), TinyLlama Chat (Zephyr), Llama 3 Instruct.
    Case("smollm-own-template", "llama", "SmolLM2 135M Instruct", "gguf",
         template=builtin_format("chatml").template),
    Case("smollm-instruct", "llama", "SmolLM2 135M Instruct", "chatml"),
    Case("smollm-base", "llama", "SmolLM2 135M", "completion"),
    Case("tinyllama-chat", "llama", "TinyLlama 1.1B Chat v1.0", "zephyr", ZEPHYR_TOKENS, "<s>"),
    Case("tinyllama-base", "llama", "TinyLlama 1.1B", "completion", ZEPHYR_TOKENS, "<s>"),
    Case("llama3-instruct", "llama", "Meta Llama 3 8B Instruct", "llama3", LLAMA3_TOKENS,
         "<|begin_of_text|>"),
    # phi2: Phi-2 has one release, documented as "Instruct: ... Output:".
    Case("phi2-own-template", "phi2", "Phi2", "gguf", template=builtin_format("phi2").template),
    Case("phi2", "phi2", "Phi2", "phi2"),
    # falcon: Falcon 7B Instruct, and Falcon RW 1B (a base model).
    Case("falcon-own-template", "falcon", "Falcon 7B Instruct", "gguf",
         template=builtin_format("falcon").template),
    Case("falcon-instruct", "falcon", "Falcon 7B Instruct", "falcon"),
    Case("falcon-base", "falcon", "Falcon RW 1B", "completion"),
    # gemma: Gemma 7B IT and the base Gemma 7B (same tokens).
    Case("gemma-own-template", "gemma", "gemma-7b-it", "gguf", GEMMA_TOKENS, "<bos>",
         template=builtin_format("gemma").template),
    Case("gemma-it", "gemma", "gemma-7b-it", "gemma", GEMMA_TOKENS, "<bos>"),
    Case("gemma-base", "gemma", "gemma-7b", "completion", GEMMA_TOKENS, "<bos>"),
    # stablelm: StableLM Zephyr 3B, and the base Stable LM 3B / Stable Code 3B.
    Case("stablelm-own-template", "stablelm", "stablelm-zephyr-3b", "gguf", CONTROL_TOKENS,
         template=builtin_format("stablelm2-zephyr").template),
    Case("stablelm-zephyr", "stablelm", "stablelm-zephyr-3b", "stablelm2-zephyr"),
    Case("stablelm-base", "stablelm", "stable-code-3b", "completion"),
]


def test_every_architecture_is_covered_with_and_without_a_template() -> None:
    for arch in ARCHITECTURES:
        cases = [case for case in CASES if case.arch == arch]
        assert any(case.template for case in cases), arch
        assert any(not case.template for case in cases), arch


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("architectures")
    return {case.id: write_arch_gguf(folder / f"{case.id}.gguf", case.arch, name=case.name,
                                     chat_template=case.template, control_tokens=case.tokens,
                                     bos_token=case.bos, seed=index)
            for index, case in enumerate(CASES)}


@pytest.fixture
def engine() -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine()
    yield engine
    engine.unload()


def _stream(engine: LlamaCppEngine, *, stop_after: int | None = None,
            text: str | None = None) -> tuple[list[str], StopReason, int]:
    """A reply (or, given ``text``, a continuation); Stop after ``stop_after`` chunks."""
    cancel = CancelToken()
    chunks: list[str] = []

    def on_text(piece: str) -> None:
        chunks.append(piece)
        if stop_after is not None and len(chunks) >= stop_after:
            cancel.cancel()

    params = SamplingParams(temperature=0.0, max_tokens=200, seed=0) if stop_after else SHORT
    if text is None:
        stats = engine.generate(CHAT, params, on_text, cancel)
    else:
        stats = engine.complete(text, params, on_text, cancel)
    return chunks, stats.stop_reason, stats.generated_tokens


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_architecture_loads_with_the_expected_format_streams_and_stops(
    case: Case, files: dict[str, Path], engine: LlamaCppEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = files[case.id]
    with caplog.at_level(logging.INFO, logger="app.core.engine.llama.chat_format"):
        info = engine.load(LoadOptions(path, context_length=512), lambda _: None)
    assert (info.architecture, info.chat_format) == (case.arch, case.expected)
    [why] = [r.getMessage() for r in caplog.records if r.name.endswith("chat_format")]
    assert why.startswith(f"Chat format for {path.name}: {case.expected}, because ")

    if case.expected == "completion":
        assert info.modes == {"completion"}
        [notice] = info.notices
        assert str(notice).startswith(f"{path.name} has no chat template and may be a base "
                                      "model")
        with pytest.raises(EngineError, match="open for text completion only"):
            engine.generate(CHAT, SHORT, lambda _: None, CancelToken())
        chunks, reason, generated = _stream(engine, text="Once upon a time")
    else:
        assert info.modes == {"chat", "completion"} and info.notices == ()
        chunks, reason, generated = _stream(engine)
    assert reason in {StopReason.LENGTH, StopReason.END_OF_TURN}
    assert 0 < generated <= SHORT.max_tokens
    if reason is StopReason.LENGTH:
        assert chunks, "a reply that ran to its limit streamed text"

    # Stop: the reply ends within a token of it, far before its 200-token limit.
    chunks, reason, generated = _stream(
        engine, stop_after=2, text="Once upon a time" if case.expected == "completion" else None)
    assert reason in {StopReason.CANCELLED, StopReason.END_OF_TURN}
    assert generated <= 3 and len(chunks) <= 3  # and what was held back, at the end


def test_a_chosen_format_makes_a_base_model_chat(
    files: dict[str, Path], engine: LlamaCppEngine
) -> None:
    info = engine.load(LoadOptions(files["gemma-base"], context_length=256, chat_format="gemma"),
                       lambda _: None)
    assert (info.chat_format, info.modes, info.notices) == ("gemma", CHAT_MODES, ())
    assert engine.count_tokens(CHAT) > 0
    info = engine.load(LoadOptions(files["smollm-own-template"], context_length=256,
                                   chat_format="completion"), lambda _: None)
    assert (info.chat_format, info.modes) == ("completion", COMPLETION_MODES)


def test_the_stop_tokens_of_a_recognised_format_are_single_tokens_of_its_vocabulary(
    files: dict[str, Path], engine: LlamaCppEngine
) -> None:
    """A reply ends on the family's end-of-turn token, not on its text spelled out."""
    for case_id, stop in (("llama3-instruct", "<|eot_id|>"), ("gemma-it", "<end_of_turn>"),
                          ("smollm-instruct", "<|im_end|>")):
        engine.load(LoadOptions(files[case_id], context_length=256), lambda _: None)
        llama = engine._llama  # the token ids the token loop compares with
        [token] = llama.tokenize(stop.encode(), add_bos=False, special=True)
        assert token in engine._stop_token_ids, case_id


@pytest.mark.parametrize("arch", ARCHITECTURES)
def test_each_architecture_gets_a_memory_estimate_and_a_verdict(
    arch: str, files: dict[str, Path]
) -> None:
    path = files[next(case.id for case in CASES if case.arch == arch)]
    shape = read_shape(path)
    assert shape is not None and shape.layers == 2 and shape.embedding == 64
    need = estimate_memory(shape, path.stat().st_size, 512)
    assert need.kv_cache > 0 and need.weights == path.stat().st_size
    assert verdict(need, Machine(total_ram=16 * GiB, available_ram=8 * GiB)) is Verdict.FITS
    assert verdict(need, Machine(total_ram=need.total // 2, available_ram=need.total // 4)) \
        is Verdict.WONT_FIT
