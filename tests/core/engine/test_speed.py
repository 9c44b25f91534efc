"""The speed test with the real engine and real model files."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.engine import speed
from app.core.engine.base import (
    EngineError,
    GenerationStats,
    ReplyProgressCallback,
    SamplingParams,
    TextCallback,
)
from app.core.engine.factory import create_engine, engine_runtime
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.engine.speed import SpeedResult, measure_speed
from app.core.prompts import ChatMessage


class RecordingEngine(LlamaCppEngine):
    """The real engine, noting each reply's statistics."""

    def __init__(self) -> None:
        super().__init__()
        self.stats: list[GenerationStats] = []

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        stats = super().generate(messages, params, on_text, cancel, on_progress,
                                   conversation=conversation)
        self.stats.append(stats)
        return stats


class StopOnFirstWords(LlamaCppEngine):
    """The real engine, with the user pressing Stop as soon as the first words appear."""

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        def shown(text: str) -> None:
            on_text(text)
            cancel.cancel()

        return super().generate(messages, params, shown, cancel, on_progress)


def test_the_tiny_model_gets_positive_speeds_and_is_unloaded_afterwards(
    stablelm_path: Path,
) -> None:
    engine = RecordingEngine()
    result = measure_speed(engine, stablelm_path, threads=1, tokens=32, prompt_tokens=64)
    assert result.tokens_per_second > 0
    assert result.prompt_tokens_per_second is not None
    assert result.prompt_tokens_per_second > 0
    assert (result.backend, result.threads) == ("CPU", 1)
    warm_up, first, *_ = engine.stats
    assert warm_up.generated_tokens <= 1
    assert first.prompt_eval_tokens >= 64 - warm_up.prompt_tokens
    assert sum(s.generated_tokens for s in engine.stats[1:]) >= 32
    assert engine.model is None, "the benchmark must not keep the model in memory"


def test_the_real_instruct_model_is_measured_under_the_apps_load_options(
    smollm2_path: Path,
) -> None:
    result = measure_speed(create_engine(), smollm2_path, tokens=16, prompt_tokens=32)
    assert isinstance(result, SpeedResult)
    assert result.tokens_per_second > 0
    assert result.threads == 0, "the setting as given: 0 is the engine's default"
    assert result.backend == engine_runtime().expected_backend(-1)


def test_stop_ends_the_measurement_within_a_token_and_unloads(stablelm_path: Path) -> None:
    engine = StopOnFirstWords()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        measure_speed(engine, stablelm_path, threads=1, tokens=512, prompt_tokens=64,
                      context_length=2048)
    assert time.perf_counter() - started < 10
    assert engine.model is None


def test_a_measurement_stopped_before_it_starts_loads_nothing(stablelm_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    engine = LlamaCppEngine()
    with pytest.raises(Cancelled):
        measure_speed(engine, stablelm_path, cancel=cancel)
    assert engine.model is None


def test_a_file_that_is_not_a_model_is_an_engine_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_text("shopping list", encoding="utf-8")
    with pytest.raises(EngineError, match="not a GGUF"):
        measure_speed(create_engine(), bogus)


def test_a_prompt_and_reply_too_long_for_the_context_are_refused(stablelm_path: Path) -> None:
    with pytest.raises(ValueError, match="longer context"):
        measure_speed(create_engine(), stablelm_path, tokens=512, prompt_tokens=512,
                      context_length=1024)


def test_the_speed_test_needs_nothing_but_the_engine_interface() -> None:
    """A server engine must be measurable too: the module knows no engine and no store."""
    source = Path(speed.__file__).read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith(("from ", "import "))]
    assert not [line for line in imports if "llama" in line or "app.core.models" in line]
