"""The quick speed test with the real engine and real model files."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.engine.base import (
    EngineError,
    GenerationStats,
    SamplingParams,
    TextCallback,
)
from app.core.engine.llama_cpp_engine import LlamaCppEngine, physical_cores
from app.core.engine.quick_bench import (
    conditions,
    expected_backend,
    llama_cpp_version,
    measure_decode,
)
from app.core.models.measurements import FileKey
from app.core.prompts import ChatMessage


class RecordingEngine(LlamaCppEngine):
    """The real engine, noting each reply's statistics."""

    def __init__(self) -> None:
        super().__init__()
        self.stats: list[GenerationStats] = []

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken) -> GenerationStats:
        stats = super().generate(messages, params, on_text, cancel)
        self.stats.append(stats)
        return stats


class StopOnFirstWords(LlamaCppEngine):
    """The real engine, with the user pressing Stop as soon as the first words appear."""

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken) -> GenerationStats:
        def shown(text: str) -> None:
            on_text(text)
            cancel.cancel()

        return super().generate(messages, params, shown, cancel)


def test_the_tiny_model_gets_positive_speeds_and_is_unloaded_afterwards(
    stablelm_path: Path,
) -> None:
    engine = RecordingEngine()
    measurement = measure_decode(stablelm_path, threads=1, tokens=32, prompt_tokens=64,
                                 engine=engine)
    assert measurement.tokens_per_second > 0
    assert measurement.prompt_tokens_per_second is not None
    assert measurement.prompt_tokens_per_second > 0
    assert measurement.source == "benchmark"
    assert measurement.file == FileKey.of(stablelm_path)
    assert measurement.conditions == conditions(1, "CPU")
    assert measurement.conditions.llama_cpp == llama_cpp_version()
    warm_up, first, *_ = engine.stats
    assert warm_up.generated_tokens <= 1
    assert first.prompt_eval_tokens >= 64 - warm_up.prompt_tokens
    assert sum(s.generated_tokens for s in engine.stats[1:]) >= 32
    assert engine.model is None, "the benchmark must not keep the model in memory"


def test_the_real_instruct_model_is_measured_under_the_apps_load_options(
    smollm2_path: Path,
) -> None:
    measurement = measure_decode(smollm2_path, threads=1, tokens=16, prompt_tokens=32)
    assert measurement.tokens_per_second > 0
    assert measurement.conditions.threads == 1
    assert measurement.conditions.backend == expected_backend(-1)


def test_the_default_thread_count_is_recorded_as_the_engine_resolves_it() -> None:
    assert conditions(0, "CPU").threads == physical_cores()


def test_stop_ends_the_measurement_within_a_token_and_unloads(stablelm_path: Path) -> None:
    engine = StopOnFirstWords()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        measure_decode(stablelm_path, threads=1, tokens=512, prompt_tokens=64,
                       context_length=2048, engine=engine)
    assert time.perf_counter() - started < 10
    assert engine.model is None


def test_a_measurement_stopped_before_it_starts_loads_nothing(stablelm_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    engine = LlamaCppEngine()
    with pytest.raises(Cancelled):
        measure_decode(stablelm_path, cancel=cancel, engine=engine)
    assert engine.model is None


def test_a_file_that_is_not_a_model_is_an_engine_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_text("shopping list", encoding="utf-8")
    with pytest.raises(EngineError, match="not a GGUF"):
        measure_decode(bogus)


def test_a_prompt_and_reply_too_long_for_the_context_are_refused(stablelm_path: Path) -> None:
    with pytest.raises(ValueError, match="longer context"):
        measure_decode(stablelm_path, tokens=512, prompt_tokens=512, context_length=1024)
