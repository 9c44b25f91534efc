"""Parla's remote engine against vLLM on this machine's CPU (``make test-vllm``): the
engine this feature exists for, through the same code the window and the CLI use."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import (
    EngineError,
    LoadOptions,
    ModelInfo,
    RemoteModel,
    SamplingParams,
    StopReason,
)
from app.core.engine.remote.engine import RemoteEngine
from app.core.prompts import ChatMessage, default_system_prompts
from tests.support.vllm import MAX_MODEL_LEN, VllmServer

pytestmark = pytest.mark.vllm

QUESTION = [ChatMessage("system", default_system_prompts()["en"]),
            ChatMessage("user", "What is the capital of France?")]
STORY = [ChatMessage("user", "Write a long story about a dragon who learns to bake bread.")]


def _connect(server: VllmServer, **changes: str) -> tuple[RemoteEngine, ModelInfo]:
    fields = {"connection": "abc", "name": "vllm", "base_url": server.base_url,
              "model": server.model, "kind": "vllm", "api_key": server.api_key or ""}
    fields.update(changes)
    engine = RemoteEngine()
    return engine, engine.load(LoadOptions(Path(), remote=RemoteModel(**fields)),
                               lambda _f: None)


def test_vllm_is_described_with_its_context(vllm_server: VllmServer) -> None:
    engine, info = _connect(vllm_server)
    try:
        assert info.context_known and info.context_length == MAX_MODEL_LEN
    finally:
        engine.unload()


def test_a_chat_on_vllm_streams_paris_with_usage(vllm_server: VllmServer) -> None:
    engine, _info = _connect(vllm_server)
    try:
        pieces: list[str] = []
        stats = engine.generate(QUESTION, SamplingParams(temperature=0.0, max_tokens=48),
                                pieces.append, CancelToken())
        assert "Paris" in "".join(pieces)
        assert stats.stop_reason is StopReason.END_OF_TURN
        assert stats.prompt_tokens > 20 and stats.generated_tokens > 0  # vLLM's usage
    finally:
        engine.unload()


def test_stop_on_vllm_returns_at_once(vllm_server: VllmServer) -> None:
    engine, _info = _connect(vllm_server)
    try:
        cancel = CancelToken()
        pieces: list[str] = []

        def on_text(text: str) -> None:
            pieces.append(text)
            if len(pieces) == 5:
                cancel.cancel()

        started = time.perf_counter()
        stats = engine.generate(STORY, SamplingParams(max_tokens=1500), on_text, cancel)
        assert stats.stop_reason is StopReason.CANCELLED and len(pieces) == 5
        after = engine.generate(QUESTION, SamplingParams(temperature=0.0, max_tokens=4),
                                lambda _t: None, CancelToken())
        assert after.generated_tokens >= 1
        assert time.perf_counter() - started < 60
    finally:
        engine.unload()


@pytest.mark.parametrize(("changes", "says"), [
    ({"api_key": "wrong"}, "refused the API key (HTTP 401)"),
    ({"model": "no-such-model"}, "has no model named 'no-such-model'"),
])
def test_vllm_failures_are_sentences(vllm_server: VllmServer, changes: dict[str, str],
                                     says: str) -> None:
    with pytest.raises(EngineError) as caught:
        _connect(vllm_server, **changes)
    assert says in str(caught.value)


def test_a_conversation_longer_than_vllms_context_gets_a_sentence(
    vllm_server: VllmServer
) -> None:
    engine, _info = _connect(vllm_server)
    try:
        long = [ChatMessage("user", "The quick brown fox jumps over the lazy dog. " * 400)]
        with pytest.raises(EngineError, match=r"too long for the model on 127\.0\.0\.1"):
            engine.generate(long, SamplingParams(max_tokens=16), lambda _t: None,
                            CancelToken())
    finally:
        engine.unload()
