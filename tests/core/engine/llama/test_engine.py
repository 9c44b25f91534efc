"""The engine against real llama.cpp: a real instruct model and a StableLM-2-architecture file."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import (
    EngineError,
    GenerationStats,
    LoadOptions,
    ReplyProgress,
    SamplingParams,
    StopReason,
)
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.messages import Message
from app.core.prompts import ChatMessage

GREEDY = SamplingParams(temperature=0.0, max_tokens=48, seed=0)
SYSTEM = ChatMessage("system", "You are a helpful assistant.")


@pytest.fixture
def engine() -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine()
    yield engine
    engine.unload()


def _ask(engine: LlamaCppEngine, messages: list[ChatMessage],
         params: SamplingParams = GREEDY) -> tuple[str, GenerationStats]:
    pieces: list[str] = []
    stats = engine.generate(messages, params, pieces.append, CancelToken())
    return "".join(pieces), stats


def test_real_instruct_model_answers_a_factual_question(
    engine: LlamaCppEngine, smollm2_path: Path
) -> None:
    progress: list[float] = []
    info = engine.load(LoadOptions(smollm2_path, context_length=2048), progress.append)
    assert info.architecture == "llama" and info.chat_format == "gguf"
    assert info.backend == "CPU" and info.context_length == 2048
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)

    reply, stats = _ask(engine, [SYSTEM, ChatMessage("user", "What is the capital of France?")])
    assert "Paris" in reply
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert "<|im_end|>" not in reply
    assert stats.generated_tokens > 0 and stats.tokens_per_second > 0
    assert 0 < stats.time_to_first_token_s <= stats.total_seconds
    assert stats.prompt_eval_tokens == stats.prompt_tokens


def test_second_turn_reuses_the_cached_first_turn(
    engine: LlamaCppEngine, smollm2_path: Path
) -> None:
    engine.load(LoadOptions(smollm2_path, context_length=2048), lambda _: None)
    first = [SYSTEM, ChatMessage("user", "What is the capital of France?")]
    reply, stats1 = _ask(engine, first)
    second = [*first, ChatMessage("assistant", reply),
              ChatMessage("user", "And what is the capital of Germany?")]
    reply2, stats2 = _ask(engine, second)

    assert "Berlin" in reply2
    new_tokens = stats2.prompt_tokens - stats1.prompt_tokens
    # Only the new turn is computed; the first turn's tokens come from the KV cache.
    assert 0 < stats2.prompt_eval_tokens <= new_tokens
    assert stats2.prompt_eval_tokens < stats2.prompt_tokens - stats1.prompt_tokens // 2


def test_stablelm2_architecture_loads_and_streams(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    info = engine.load(LoadOptions(stablelm_path, context_length=512), lambda _: None)
    assert (info.architecture, info.chat_format) == ("stablelm", "stablelm2-zephyr")
    pieces: list[str] = []
    params = SamplingParams(temperature=0.0, max_tokens=20, seed=0)
    stats = engine.generate([SYSTEM, ChatMessage("user", "Hello")], params, pieces.append,
                            CancelToken())
    assert stats.generated_tokens > 0
    assert stats.stop_reason in {StopReason.LENGTH, StopReason.END_OF_TURN}
    assert len(pieces) >= 1


def test_missing_pre_tokenizer_is_overridden_for_stablelm_and_logged(
    engine: LlamaCppEngine, stablelm_without_pre_path: Path, stablelm_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        engine.load(LoadOptions(stablelm_without_pre_path, context_length=256), lambda _: None)
    assert "no tokenizer.ggml.pre; using 'stablelm2'" in caplog.text
    old_tokens = engine.count_tokens([ChatMessage("user", "Hello world, isn't it 2024?")])
    engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    new_tokens = engine.count_tokens([ChatMessage("user", "Hello world, isn't it 2024?")])
    # With the override the old file tokenizes exactly like a current conversion.
    assert old_tokens == new_tokens


def test_stop_takes_effect_within_one_token(engine: LlamaCppEngine, stablelm_path: Path) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=512), lambda _: None)
    cancel = CancelToken()
    chunks: list[str] = []

    def on_text(text: str) -> None:
        chunks.append(text)
        if len(chunks) == 5:
            cancel.cancel()

    params = SamplingParams(temperature=0.0, max_tokens=200)
    stats = engine.generate([ChatMessage("user", "Tell me a long story")], params, on_text,
                            cancel)
    assert stats.stop_reason is StopReason.CANCELLED
    # The token that triggered the stop is the last one decoded.
    assert stats.generated_tokens <= 6
    assert len(chunks) <= 6


def test_stop_interrupts_a_long_prompt_evaluation(
    engine: LlamaCppEngine, smollm2_path: Path
) -> None:
    engine.load(LoadOptions(smollm2_path, context_length=4096), lambda _: None)
    long_text = "The quick brown fox jumps over the lazy dog. " * 300  # ~3,000 tokens
    messages = [SYSTEM, ChatMessage("user", long_text + "Summarise this.")]
    assert engine.count_tokens(messages) > 2500

    cancel = CancelToken()
    stop_at: list[float] = []

    def press_stop() -> None:
        stop_at.append(time.perf_counter())
        cancel.cancel()

    timer = threading.Timer(0.3, press_stop)
    started = time.perf_counter()
    timer.start()
    stats = engine.generate(messages, SamplingParams(max_tokens=8), lambda _: None, cancel)
    returned = time.perf_counter()
    timer.join()

    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens == 0
    assert stop_at, "the prompt finished before Stop was pressed; make the prompt longer"
    latency = returned - stop_at[0]
    assert latency < 0.5, f"Stop took {latency:.2f}s during prompt evaluation"

    assert returned - started < 5, "the whole prompt was evaluated despite Stop"

    # The aborted batch left no stale state: the next reply (which reuses the cached
    # system prompt) is still correct.
    reply, _ = _ask(engine, [SYSTEM, ChatMessage("user", "What is the capital of France?")])
    assert "Paris" in reply


def test_context_overflow_drops_oldest_turns_and_reports_it(
    engine: LlamaCppEngine, smollm2_path: Path
) -> None:
    engine.load(LoadOptions(smollm2_path, context_length=256), lambda _: None)
    history: list[ChatMessage] = [SYSTEM]
    for i in range(12):
        history += [ChatMessage("user", f"Tell me fact number {i} about the sea."),
                    ChatMessage("assistant", f"Fact {i}: the sea is deep, wide and salty.")]
    history.append(ChatMessage("user", "What is the capital of France?"))
    reply, stats = _ask(engine, history, SamplingParams(temperature=0.0, max_tokens=32))
    assert stats.dropped_messages > 0
    assert stats.prompt_tokens + 32 <= 256
    assert "Paris" in reply


def test_a_message_longer_than_the_context_is_a_clear_error(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    with pytest.raises(EngineError, match="too long"):
        _ask(engine, [ChatMessage("user", "word " * 2000)])


def test_switching_models_replaces_the_loaded_one(
    engine: LlamaCppEngine, stablelm_path: Path, smollm2_path: Path
) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    engine.load(LoadOptions(smollm2_path, context_length=512), lambda _: None)
    assert engine.model is not None and engine.model.architecture == "llama"
    reply, _ = _ask(engine, [SYSTEM, ChatMessage("user", "What is the capital of France?")])
    assert "Paris" in reply


def test_generating_without_a_model_is_an_error(engine: LlamaCppEngine) -> None:
    with pytest.raises(EngineError, match="No model is loaded") as failure:
        _ask(engine, [ChatMessage("user", "hi")])
    assert failure.value.message == Message("No model is loaded. Open a model first.")
    with pytest.raises(EngineError, match="No model is loaded"):
        engine.count_tokens([ChatMessage("user", "hi")])


def test_bad_files_fail_with_a_message_and_keep_the_engine_usable(
    engine: LlamaCppEngine, bad_model_file: Path, stablelm_path: Path
) -> None:
    with pytest.raises(EngineError) as failure:
        engine.load(LoadOptions(bad_model_file), lambda _: None)
    message = str(failure.value)
    assert bad_model_file.name in message or str(bad_model_file) in message
    assert message.endswith(".")
    engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    assert engine.model is not None


def test_unknown_architecture_is_reported_by_name(
    engine: LlamaCppEngine, stablelm_path: Path, tmp_path: Path
) -> None:
    data = stablelm_path.read_bytes()
    # Same length, so the header stays well-formed: "stablelm" -> "stablexx".
    renamed = data.replace(b"stablelm", b"stablexx")
    alien = tmp_path / "alien.gguf"
    alien.write_bytes(renamed)
    with pytest.raises(EngineError, match="'stablexx' architecture") as failure:
        engine.load(LoadOptions(alien), lambda _: None)
    # Translatable: the names are arguments, not part of the sentence.
    assert failure.value.message.args == {"name": "alien.gguf", "architecture": "stablexx"}
    assert "stablexx" not in failure.value.message.template


def test_a_failed_gpu_load_falls_back_to_the_cpu_and_says_why(
    engine: LlamaCppEngine, stablelm_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No GPU here, so llama.cpp is made to behave as it does on a GPU without enough free
    memory: offload is supported, and a load with GPU layers logs the allocation failure and
    returns no model, so that llama-cpp-python raises its bare ValueError. Everything from
    there to the user's message is the real code."""
    import llama_cpp

    monkeypatch.setattr(llama_cpp, "llama_supports_gpu_offload", lambda: True)
    attempts: list[int] = []
    real_load = llama_cpp.llama_cpp.llama_model_load_from_file

    def load_from_file(path: bytes, params: Any) -> Any:
        attempts.append(params.n_gpu_layers)
        if params.n_gpu_layers != 0:
            llama_cpp_logs(4, "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 812.00 MiB"
                              " on device 0: cudaMalloc failed: out of memory")
            llama_cpp_logs(4, "alloc_tensor_range: failed to allocate CUDA0 buffer of size "
                              "851443712")
            llama_cpp_logs(4, "llama_model_load: error loading model: unable to allocate CUDA0 "
                              "buffer")
            return None
        return real_load(path, params)

    monkeypatch.setattr(llama_cpp.llama_cpp, "llama_model_load_from_file", load_from_file)
    info = engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)

    assert [layers != 0 for layers in attempts] == [True, False]
    assert (info.backend, info.gpu_layers) == ("CPU", 0)
    [notice] = info.notices
    assert isinstance(notice, Message)
    assert str(notice) == (
        "The model could not be loaded on the GPU (There is not enough memory to load "
        "tiny-stablelm-2-zephyr.gguf. Close other programs, pick a smaller quantization or a "
        "shorter context length.) Parla is running it on the CPU instead, which is slower.")
    assert "cudaMalloc" not in notice.template
    _, stats = _ask(engine, [ChatMessage("user", "Hello")],
                    SamplingParams(temperature=0.0, max_tokens=4, seed=0))
    assert stats.generated_tokens > 0


def llama_cpp_logs(level: int, line: str) -> None:
    """Have llama.cpp log ``line``: through ggml's own logger, so it reaches the app's log
    callback exactly as llama.cpp's messages do."""
    import ctypes

    import llama_cpp

    log_internal = llama_cpp.llama_cpp._lib.ggml_log_internal
    log_internal.restype = None
    log_internal(ctypes.c_int(level), b"%s\n", line.encode())


def test_gpu_layers_zero_never_tries_the_gpu(
    engine: LlamaCppEngine, stablelm_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import llama_cpp

    monkeypatch.setattr(llama_cpp, "llama_supports_gpu_offload", lambda: True)
    info = engine.load(LoadOptions(stablelm_path, context_length=256, gpu_layers=0),
                       lambda _: None)
    assert (info.backend, info.gpu_layers, info.notices) == ("CPU", 0, ())


def test_a_model_loaded_for_chat_says_so(engine: LlamaCppEngine, stablelm_path: Path) -> None:
    info = engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    assert info.modes == frozenset({"chat", "completion"})


def test_counting_tokens_matches_the_prompt_that_is_sent(
    engine: LlamaCppEngine, smollm2_path: Path
) -> None:
    engine.load(LoadOptions(smollm2_path, context_length=512), lambda _: None)
    messages = [SYSTEM, ChatMessage("user", "What is the capital of France?")]
    counted = engine.count_tokens(messages)
    _, stats = _ask(engine, messages, SamplingParams(temperature=0.0, max_tokens=1, seed=0))
    assert counted == stats.prompt_tokens
    assert engine.count_tokens([*messages, ChatMessage("assistant", "Paris.")]) > counted


LONG_TEXT = "The quick brown fox jumps over the lazy dog. " * 60  # ~600 tokens


def test_a_long_prompt_reports_how_far_it_is_read_then_the_live_speed(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=1024), lambda _: None)
    messages = [ChatMessage("user", LONG_TEXT + "Summarise this.")]
    progress: list[ReplyProgress] = []
    params = SamplingParams(temperature=0.0, max_tokens=12, seed=0)
    stats = engine.generate(messages, params, lambda _: None, CancelToken(), progress.append)

    reading = [p.prompt_fraction for p in progress if not p.writing]
    writing = [p for p in progress if p.writing]
    assert progress[:len(reading)] == [p for p in progress if not p.writing], "read, then write"
    # One report before each of the prompt's batches but the last (CPU batches: 128 tokens).
    assert reading[0] == 0.0 and reading == sorted(set(reading)) and reading[-1] < 1.0
    assert len(reading) == (stats.prompt_tokens - 1) // 128 + 1
    assert [p.generated_tokens for p in writing] == list(range(1, stats.generated_tokens + 1))
    assert writing[0].tokens_per_second == 0.0 < writing[-1].tokens_per_second
    if stats.stop_reason is StopReason.LENGTH:  # the last report saw the last token
        assert writing[-1].tokens_per_second == pytest.approx(stats.tokens_per_second)
    # Batches evaluated ahead are still counted as the prompt they are.
    assert stats.prompt_eval_tokens == stats.prompt_tokens


def test_a_prompt_read_batch_by_batch_gets_the_same_reply(
    engine: LlamaCppEngine, stablelm_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batches evaluated ahead are the ones llama.cpp would have evaluated itself, and
    generate() continues from them: the greedy reply is the same token for token."""
    from app.core.engine.llama import adapter

    engine.load(LoadOptions(stablelm_path, context_length=1024), lambda _: None)
    messages = [ChatMessage("user", LONG_TEXT + "Go on.")]
    params = SamplingParams(temperature=0.0, max_tokens=16, seed=0)
    ahead, _ = _ask(engine, messages, params)
    _ask(engine, [ChatMessage("user", "Something else entirely.")], params)  # new cache
    monkeypatch.setattr(adapter, "evaluate_ahead", lambda *_args: None)
    whole, stats = _ask(engine, messages, params)
    assert stats.prompt_eval_tokens > stats.prompt_tokens - 10, "generate() read it all"
    assert ahead == whole


def test_a_second_turn_reports_only_its_new_tokens(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=2048), lambda _: None)
    params = SamplingParams(temperature=0.0, max_tokens=4, seed=0)
    first = [ChatMessage("user", LONG_TEXT + "Summarise this.")]
    reply, stats1 = _ask(engine, first, params)
    second = [*first, ChatMessage("assistant", reply), ChatMessage("user", LONG_TEXT)]
    progress: list[ReplyProgress] = []
    stats2 = engine.generate(second, params, lambda _: None, CancelToken(), progress.append)
    new = stats2.prompt_eval_tokens
    assert new < stats2.prompt_tokens - stats1.prompt_tokens // 2
    reading = [p.prompt_fraction for p in progress if not p.writing]
    assert len(reading) == (new - 1) // 128 + 1
    assert reading[1] == pytest.approx(128 / new)


def test_stop_while_a_long_prompt_is_read_ends_before_the_next_batch(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    engine.load(LoadOptions(stablelm_path, context_length=1024), lambda _: None)
    cancel = CancelToken()
    progress: list[ReplyProgress] = []

    def on_progress(report: ReplyProgress) -> None:
        progress.append(report)
        if report.prompt_fraction > 0.3:
            cancel.cancel()  # the user presses Stop as the status line passes 30%

    stats = engine.generate([ChatMessage("user", LONG_TEXT)], SamplingParams(max_tokens=8),
                            lambda _: None, cancel, on_progress)
    assert stats.stop_reason is StopReason.CANCELLED and stats.generated_tokens == 0
    assert progress[-1].prompt_fraction > 0.3 and progress[-2].prompt_fraction <= 0.3
    assert stats.prompt_eval_tokens < stats.prompt_tokens * 0.6
    # The next reply starts from what was read before Stop and is complete.
    _reply, stats = _ask(engine, [ChatMessage("user", LONG_TEXT)],
                        SamplingParams(temperature=0.0, max_tokens=4, seed=0))
    assert stats.generated_tokens == 4 or stats.stop_reason is StopReason.END_OF_TURN
    assert 0 < stats.prompt_eval_tokens < stats.prompt_tokens


def test_a_model_whose_heads_q8_0_cannot_store_keeps_its_context_in_f16_and_says_so(
    engine: LlamaCppEngine, stablelm_path: Path
) -> None:
    # The tiny test model's heads have 16 values; q8_0 stores blocks of 32.
    info = engine.load(LoadOptions(stablelm_path, context_length=256, kv_cache="q8_0"),
                       lambda _fraction: None)
    assert any("half the memory (q8_0)" in notice.template for notice in info.notices)
    _, stats = _ask(engine, [ChatMessage("user", "Hello")],
                    SamplingParams(temperature=0.0, max_tokens=4, seed=0))
    assert stats.prompt_eval_tokens == stats.prompt_tokens > 0  # it runs, from a fresh cache


def test_q8_0_context_answers_like_f16(engine: LlamaCppEngine, smollm2_path: Path) -> None:
    engine.load(LoadOptions(smollm2_path, context_length=1024, kv_cache="q8_0"),
                lambda _fraction: None)
    assert not engine.model.notices  # type: ignore[union-attr]
    reply, _ = _ask(engine, [SYSTEM, ChatMessage("user", "What is the capital of France?")])
    assert "Paris" in reply
