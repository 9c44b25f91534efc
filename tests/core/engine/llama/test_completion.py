"""Text completion with real llama.cpp: the text continued as it stands, no template."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import EngineError, LoadOptions, SamplingParams, StopReason
from app.core.engine.llama.engine import LlamaCppEngine

GREEDY = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=4)


@pytest.fixture
def engine(smollm2_path: Path) -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine()
    engine.load(LoadOptions(smollm2_path, context_length=256), lambda _f: None)
    yield engine
    engine.unload()


def test_a_text_is_continued_word_for_word(engine: LlamaCppEngine) -> None:
    pieces: list[str] = []
    stats = engine.complete("The capital of France is", GREEDY, pieces.append, CancelToken())
    assert "".join(pieces).startswith(" Paris")
    assert stats.prompt_tokens <= 6 and stats.stop_reason is StopReason.LENGTH
    assert stats.generated_tokens == 4


def test_chat_turn_markers_are_ordinary_text_in_a_continuation(engine: LlamaCppEngine) -> None:
    """The chat format's stop strings must not end a continuation that contains them."""
    text = "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello"
    pieces: list[str] = []
    stats = engine.complete(text, SamplingParams(temperature=0.0, max_tokens=12),
                            pieces.append, CancelToken())
    assert stats.generated_tokens >= 1 and "".join(pieces)


def test_continue_reuses_what_the_cache_holds(engine: LlamaCppEngine) -> None:
    story = "Once upon a time, in a small village by the sea, there lived an old fisherman"
    first: list[str] = []
    engine.complete(story, SamplingParams(temperature=0.0, max_tokens=8), first.append,
                    CancelToken())
    again = engine.complete(story + "".join(first), GREEDY, lambda _t: None, CancelToken())
    assert again.prompt_eval_tokens < again.prompt_tokens / 2


def test_stop_ends_a_continuation_and_keeps_its_text(engine: LlamaCppEngine) -> None:
    cancel = CancelToken()
    pieces: list[str] = []

    def on_text(text: str) -> None:
        pieces.append(text)
        if len(pieces) == 3:
            cancel.cancel()

    stats = engine.complete("Once upon a time", SamplingParams(max_tokens=100), on_text, cancel)
    assert stats.stop_reason is StopReason.CANCELLED and len(pieces) == 3


def test_a_text_longer_than_the_context_is_refused_not_shortened(
    engine: LlamaCppEngine
) -> None:
    with pytest.raises(EngineError, match="too long to continue"):
        engine.complete("word " * 400, GREEDY, lambda _t: None, CancelToken())
