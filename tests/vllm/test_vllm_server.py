"""vLLM on this machine's CPU, through the real openai client: what the remote engine relies on.

SmolLM2-135M answers "What is the capital of France?" with Paris under Parla's own English
system prompt (the one the remote engine sends); without a system prompt, at temperature 0,
it rambles about "L'Étoile" on vLLM and llama.cpp alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx2
import openai
import pytest
from openai.types.chat import ChatCompletionChunk, ChatCompletionMessageParam

from app.core.prompts import default_system_prompts
from tests.support.vllm import MAX_MODEL_LEN, VllmServer, start_vllm_server

pytestmark = pytest.mark.vllm

QUESTION: list[ChatCompletionMessageParam] = [
    {"role": "system", "content": default_system_prompts()["en"]},
    {"role": "user", "content": "What is the capital of France?"},
]


def _client(server: VllmServer, api_key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=api_key or server.api_key,
                         max_retries=0, timeout=120)


def _stream(server: VllmServer) -> list[ChatCompletionChunk]:
    with _client(server) as client:
        stream = client.chat.completions.create(
            model=server.model, messages=QUESTION, temperature=0, max_tokens=48, stream=True,
            stream_options={"include_usage": True})
        return list(stream)


def test_a_streamed_chat_answers_paris_piece_by_piece_and_ends_with_usage(
    vllm_server: VllmServer,
) -> None:
    chunks = _stream(vllm_server)

    assert chunks[0].choices[0].delta.role == "assistant"
    pieces = [c.choices[0].delta.content for c in chunks
              if c.choices and c.choices[0].delta.content]
    assert "Paris" in "".join(pieces)
    assert len(pieces) > 3, "the reply came in pieces, not at once"
    finishes = [c.choices[0].finish_reason for c in chunks
                if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    # include_usage: one last chunk with no choices, counting every generated token.
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens >= len(pieces)
    assert chunks[-1].usage.prompt_tokens > 20


def test_the_whole_reply_at_temperature_zero_is_the_streamed_one(
    vllm_server: VllmServer,
) -> None:
    streamed = "".join(c.choices[0].delta.content or "" for c in _stream(vllm_server)
                       if c.choices)
    with _client(vllm_server) as client:
        whole = client.chat.completions.create(model=vllm_server.model, messages=QUESTION,
                                               temperature=0, max_tokens=48)

    assert whole.choices[0].message.content == streamed
    assert whole.choices[0].finish_reason == "stop"


def test_a_wrong_api_key_is_refused_with_401_and_a_bare_error_string(
    vllm_server: VllmServer,
) -> None:
    with _client(vllm_server, api_key="wrong-key") as client, \
            pytest.raises(openai.AuthenticationError) as refused:
        client.chat.completions.create(model=vllm_server.model, messages=QUESTION)

    assert refused.value.status_code == 401
    # Not OpenAI's {"error": {"message": ...}} object: a client must read both shapes.
    assert refused.value.response.json() == {"error": "Unauthorized"}


def test_models_list_names_the_served_model_and_its_context_length(
    vllm_server: VllmServer,
) -> None:
    with _client(vllm_server) as client:
        models = client.models.list().data

    assert [m.id for m in models] == [vllm_server.model]
    assert models[0].owned_by == "vllm"
    assert (models[0].model_extra or {}).get("max_model_len") == MAX_MODEL_LEN


def test_an_unknown_model_is_404_and_an_overlong_prompt_400(vllm_server: VllmServer) -> None:
    overlong: list[ChatCompletionMessageParam] = [
        {"role": "user", "content": "word " * MAX_MODEL_LEN}]
    with _client(vllm_server) as client:
        with pytest.raises(openai.NotFoundError, match="does not exist"):
            client.chat.completions.create(model="no-such-model", messages=QUESTION)
        # Refused before any event, streamed or not.
        with pytest.raises(openai.BadRequestError, match="maximum context length is 2048"):
            client.chat.completions.create(model=vllm_server.model, messages=overlong,
                                           stream=True)


def _stream_until_stopped(server: VllmServer, stop: Callable[[], None]) -> tuple[
        list[ChatCompletionChunk], openai.APIError]:
    """Stream a long story, ``stop`` the server after three chunks, return what came and
    the error the stream then raised."""
    seen: list[ChatCompletionChunk] = []
    try:
        with _client(server) as client, pytest.raises(openai.APIError) as broken:
            stream = client.chat.completions.create(
                model=server.model, temperature=0, max_tokens=400, stream=True,
                messages=[{"role": "user", "content": "Write a long story about a cat."}])
            for chunk in stream:
                seen.append(chunk)
                if len(seen) == 3:
                    stop()
    finally:
        server.stop()
    assert len(seen) >= 3
    # No finish_reason ever came: the client cannot mistake the cut for a finished reply.
    assert all(c.choices[0].finish_reason is None for c in seen if c.choices)
    return seen, broken.value


def test_a_server_killed_mid_stream_breaks_the_stream_with_a_connection_error(
    tmp_path: Path,
) -> None:
    server = start_vllm_server(tmp_path)
    _, error = _stream_until_stopped(server, server.kill)

    assert isinstance(error, openai.APIConnectionError)
    assert isinstance(error.__cause__, httpx2.RemoteProtocolError)


def test_a_server_shut_down_mid_stream_ends_it_with_an_error_event(tmp_path: Path) -> None:
    """On SIGTERM vLLM aborts the reply in-band: after HTTP 200 and some chunks comes
    ``data: {"error": {..., "code": 500}}`` then ``[DONE]``, which openai raises as APIError."""
    server = start_vllm_server(tmp_path)
    _, error = _stream_until_stopped(server, server.process.terminate)

    assert not isinstance(error, openai.APIConnectionError)
    assert "EngineCore encountered an issue" in error.message
