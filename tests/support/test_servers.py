"""Each real server the remote engine is tested against answers the real OpenAI client:
it streams a chat, refuses a wrong key, and lists the model the fixture names."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from tests.support.servers import RunningServer, start_server


def _client(server: RunningServer, api_key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=api_key or server.api_key or "none",
                         timeout=120, max_retries=0)


def test_server_streams_a_chat_that_names_paris(any_server: RunningServer) -> None:
    with _client(any_server) as client, client.chat.completions.create(
        model=any_server.model, stream=True, temperature=0, max_tokens=16,
        messages=[{"role": "user", "content": "What is the capital of France? One word."}],
    ) as stream:
        reply = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "paris" in reply.lower(), (reply, any_server.log_text()[-2000:])


def test_server_refuses_a_wrong_key(any_server: RunningServer) -> None:
    with _client(any_server, "wrong-key") as client, \
            pytest.raises(openai.AuthenticationError) as refused:
        client.models.list()
    assert refused.value.status_code == 401


def test_server_lists_the_model_the_fixture_names(any_server: RunningServer) -> None:
    with _client(any_server) as client:
        listed = [model.id for model in client.models.list()]
    assert any_server.model in listed
    assert any_server.model  # the fixture read it from the list, not left it empty


def test_server_without_key_takes_any_then_stop_ends_it_once(
    smollm2_path: Path, tmp_path: Path
) -> None:
    server = start_server("parla", smollm2_path, api_key=None, ctx=512, tmp=tmp_path)
    try:
        with _client(server, "anything") as client:
            assert server.model in [model.id for model in client.models.list()]
    finally:
        server.stop()
    server.stop()
    assert server.process.returncode == 0, server.log_text()
    with _client(server) as client, pytest.raises(openai.APIConnectionError):
        client.models.list()
