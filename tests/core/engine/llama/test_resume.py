"""Chats resume from KV cache snapshots, against real llama.cpp (SmolLM2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ResumeOptions,
    SamplingParams,
    StopReason,
)
from app.core.engine.llama import adapter
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.engine.llama.snapshots import SUFFIX, files_of, forget
from app.core.prompts import ChatMessage
from tests.support.memory import memory_mb, needs_peak_reset, reset_peak

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=0)
SYSTEM = ChatMessage("system", "You are a helpful assistant. Answer in one short sentence, "
                               "plainly, and never use lists or headings in your answers.")
CHAT_A = [SYSTEM, ChatMessage("user", "What is the capital of France? Tell me about it.")]
CHAT_B = [SYSTEM, ChatMessage("user", "Name a large animal that lives in the ocean.")]


@pytest.fixture
def engines() -> Iterator[list[LlamaCppEngine]]:
    """Engines a test makes; each is unloaded at its end (which saves its live chat)."""
    made: list[LlamaCppEngine] = []
    yield made
    for engine in made:
        engine.unload()


def _load(engines: list[LlamaCppEngine], model: Path, folder: Path | None, *,
          context: int = 2048, chat_format: str | None = None) -> LlamaCppEngine:
    """An engine with snapshots in ``folder``; None: without snapshots."""
    engine = LlamaCppEngine()
    engines.append(engine)
    engine.load(LoadOptions(model, context_length=context, chat_format=chat_format,
                            resume=ResumeOptions(folder) if folder else None), lambda _f: None)
    return engine


def _files(folder: Path, owner: str) -> list[Path]:
    """``owner``'s snapshot files, of every model."""
    return [path for model in folder.iterdir() for path in files_of(model, owner)]


def _ask(engine: LlamaCppEngine, messages: list[ChatMessage],
         conversation: str | None) -> tuple[str, GenerationStats]:
    pieces: list[str] = []
    stats = engine.generate(messages, GREEDY, pieces.append, CancelToken(),
                            conversation=conversation)
    return "".join(pieces), stats


def _second_turn(engine: LlamaCppEngine, first: list[ChatMessage], reply: str
                 ) -> list[ChatMessage]:
    return [*first, ChatMessage("assistant", reply),
            ChatMessage("user", "And what river flows through it?")]


def test_returning_to_a_chat_after_another_evaluates_only_its_new_tokens(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    engine = _load(engines, smollm2_path, tmp_path)
    reply, first = _ask(engine, CHAT_A, "chat-1")
    _ask(engine, CHAT_B, "chat-2")  # the KV cache now holds chat 2
    again = _second_turn(engine, CHAT_A, reply)
    _, stats = _ask(engine, again, "chat-1")
    # All of the first turn's prompt came from the snapshot: only the reply as the template
    # writes it and the new question were evaluated.
    assert 0 < stats.prompt_eval_tokens <= stats.prompt_tokens - first.prompt_tokens
    assert stats.prompt_eval_tokens < stats.prompt_tokens / 2

    # Without snapshots the same return reads the whole chat again.
    bare = _load(engines, smollm2_path, None)
    _ask(bare, CHAT_A, None)
    _ask(bare, CHAT_B, None)
    _, bare_stats = _ask(bare, again, None)
    assert bare_stats.prompt_tokens == stats.prompt_tokens
    assert bare_stats.prompt_eval_tokens > 2 * stats.prompt_eval_tokens


def test_a_chat_resumes_after_a_restart_and_gives_the_same_reply(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    before = _load(engines, smollm2_path, tmp_path)
    reply, first = _ask(before, CHAT_A, "chat-1")
    before.unload()  # as on quitting: the live chat is saved
    assert _files(tmp_path, "chat-1")

    after = _load(engines, smollm2_path, tmp_path)
    again = _second_turn(after, CHAT_A, reply)
    answer, stats = _ask(after, again, "chat-1")
    assert 0 < stats.prompt_eval_tokens <= stats.prompt_tokens - first.prompt_tokens

    fresh = _load(engines, smollm2_path, None)
    fresh_answer, fresh_stats = _ask(fresh, again, None)
    assert fresh_stats.prompt_eval_tokens == fresh_stats.prompt_tokens
    assert answer == fresh_answer


def test_a_reply_spelled_otherwise_when_read_back_is_not_read_again(
        engines: list[LlamaCppEngine], stablelm_path: Path, tmp_path: Path) -> None:
    engine = _load(engines, stablelm_path, tmp_path, chat_format="chatml")
    reply, first = _ask(engine, CHAT_A, "chat-1")
    # Random weights sample bytes that are no UTF-8 (shown as U+FFFD) and splits the
    # tokenizer would not write: read back, the reply is other tokens.
    assert "\ufffd" in reply
    read_back = len(engine._llama.tokenize(reply.encode(), add_bos=False, special=True))
    assert read_back != first.generated_tokens
    again = _second_turn(engine, CHAT_A, reply)
    after_reply = engine.count_tokens(again) - first.prompt_tokens - read_back
    # The last token of a reply cut at max_tokens is sampled but never evaluated.
    unevaluated = 1 if first.stop_reason is StopReason.LENGTH else 0

    _ask(engine, CHAT_B, "chat-2")
    switched, stats = _ask(engine, again, "chat-1")
    assert stats.prompt_tokens == first.prompt_tokens + first.generated_tokens + after_reply
    assert stats.prompt_eval_tokens == after_reply + unevaluated

    # The same first turn, then a restart.
    before = _load(engines, stablelm_path, tmp_path / "other", chat_format="chatml")
    assert _ask(before, CHAT_A, "chat-1")[0] == reply
    before.unload()
    after = _load(engines, stablelm_path, tmp_path / "other", chat_format="chatml")
    restarted, stats = _ask(after, again, "chat-1")
    assert stats.prompt_eval_tokens == after_reply + unevaluated
    assert restarted == switched


def test_a_new_chat_after_a_restart_reuses_the_saved_system_prompt(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    _ask(_load(engines, smollm2_path, tmp_path), CHAT_A, "chat-1")
    engines[0].unload()

    after = _load(engines, smollm2_path, tmp_path)
    _, stats = _ask(after, CHAT_B, "chat-2")
    # The system prompt is most of this first message's prompt: only the question was read.
    assert 0 < stats.prompt_eval_tokens < stats.prompt_tokens // 2
    _, fresh = _ask(_load(engines, smollm2_path, None), CHAT_B, None)
    assert fresh.prompt_eval_tokens == fresh.prompt_tokens == stats.prompt_tokens


def test_a_snapshot_of_other_load_options_is_not_used(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    reply, _ = _ask(_load(engines, smollm2_path, tmp_path), CHAT_A, "chat-1")
    engines[0].unload()

    other = _load(engines, smollm2_path, tmp_path, context=1024)
    _, stats = _ask(other, _second_turn(other, CHAT_A, reply), "chat-1")
    assert stats.prompt_eval_tokens == stats.prompt_tokens


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "empty"])
def test_a_corrupt_snapshot_falls_back_to_reading_the_prompt(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path, damage: str) -> None:
    reply, _ = _ask(_load(engines, smollm2_path, tmp_path), CHAT_A, "chat-1")
    engines[0].unload()
    for path in tmp_path.glob(f"*/*{SUFFIX}"):
        data = bytearray(path.read_bytes())
        if damage == "flipped byte":
            data[len(data) // 2] ^= 0xFF
        elif damage == "truncated":
            del data[len(data) - 1000:]
        else:
            data = bytearray()
        path.write_bytes(bytes(data))

    after = _load(engines, smollm2_path, tmp_path)
    again = _second_turn(after, CHAT_A, reply)
    answer, stats = _ask(after, again, "chat-1")
    assert stats.prompt_eval_tokens == stats.prompt_tokens
    fresh_answer, _ = _ask(_load(engines, smollm2_path, None), again, None)
    assert answer == fresh_answer
    assert not _files(tmp_path, "chat-1")  # the bad file is gone


def test_forgetting_a_chat_deletes_its_snapshot_for_every_model(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    engine = _load(engines, smollm2_path, tmp_path)
    reply, _ = _ask(engine, CHAT_A, "chat-1")
    _ask(engine, CHAT_B, "chat-2")
    engine.forget("chat-1")
    assert not _files(tmp_path, "chat-1")
    _, stats = _ask(engine, _second_turn(engine, CHAT_A, reply), "chat-1")
    assert stats.prompt_eval_tokens > stats.prompt_tokens // 2  # nothing of it was kept
    engine.unload()
    assert _files(tmp_path, "chat-1")  # its new state
    assert forget(tmp_path, "chat-1") == 1
    assert not _files(tmp_path, "chat-1")


@needs_peak_reset
def test_saving_and_restoring_a_long_chat_never_holds_a_copy_of_it_in_memory(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    engine = _load(engines, smollm2_path, tmp_path, context=4096)
    long_chat = [SYSTEM, ChatMessage("user", "Tell me about rivers and their towns. " * 300)]
    _ask(engine, long_chat, "chat-1")
    _ask(engine, CHAT_B, "chat-2")
    _ask(engine, long_chat, "chat-1")  # restored from its file
    before = reset_peak()
    _ask(engine, CHAT_B, "chat-2")  # the long chat is written
    _, stats = _ask(engine, long_chat, "chat-1")  # and read back
    assert stats.prompt_eval_tokens <= 1
    grown = memory_mb("VmHWM") - before
    (state,) = _files(tmp_path, "chat-1")
    size = state.stat().st_size >> 20
    assert size > 30
    assert grown < size // 3, f"peak memory grew {grown} MB for a state of {size} MB"


def test_opening_a_chat_reads_its_state_back_before_its_next_message(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    engine = _load(engines, smollm2_path, tmp_path)
    reply, first = _ask(engine, CHAT_A, "chat-1")
    _ask(engine, CHAT_B, "chat-2")
    engine.expect("chat-1")  # the user opens chat 1 and starts typing
    again = _second_turn(engine, CHAT_A, reply)
    prompt = engine._tokenize_prompt(again)
    assert adapter.cached_prefix(engine._llama, prompt) >= first.prompt_tokens
    assert engine._states is not None
    assert engine._states.store.tokens_of("chat-2")  # saved as it was left
    answer, stats = _ask(engine, again, "chat-1")
    assert 0 < stats.prompt_eval_tokens <= stats.prompt_tokens - first.prompt_tokens
    fresh_answer, _ = _ask(_load(engines, smollm2_path, None), again, None)
    assert answer == fresh_answer

    engine.expect(None)  # a new chat: chat 1 is written now, and stays in the KV cache
    engine._states.store.flush()
    assert _files(tmp_path, "chat-1")
    _, stats = _ask(engine, [*again, ChatMessage("assistant", answer),
                             ChatMessage("user", "Thank you.")], "chat-1")
    assert stats.prompt_eval_tokens < 20


def test_opening_a_chat_keeps_a_live_chat_that_could_not_be_saved(
        engines: list[LlamaCppEngine], smollm2_path: Path, tmp_path: Path) -> None:
    engine = LlamaCppEngine()
    engines.append(engine)
    engine.load(LoadOptions(smollm2_path, context_length=2048,
                            resume=ResumeOptions(tmp_path, disk_budget_mb=2)), lambda _f: None)
    _ask(engine, CHAT_B, "chat-2")
    long_chat = [SYSTEM, ChatMessage("user", "Tell me about rivers and their towns. " * 40)]
    reply, first = _ask(engine, long_chat, "chat-1")  # chat 2 is written: it fits
    engine.expect("chat-2")  # chat 1 does not fit the disk budget: it is not thrown away
    _, stats = _ask(engine, _second_turn(engine, long_chat, reply), "chat-1")
    assert 0 < stats.prompt_eval_tokens <= stats.prompt_tokens - first.prompt_tokens
    assert not _files(tmp_path, "chat-1") and len(_files(tmp_path, "chat-2")) == 1
