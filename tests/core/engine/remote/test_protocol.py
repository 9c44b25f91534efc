"""Every chunk and error shape the servers send (seen on the real ones), read without a
network: the remote engine's leniency is tested shape by shape."""

from __future__ import annotations

import json

import pytest

from app.core.engine.base import SamplingParams
from app.core.engine.remote import protocol
from app.core.prompts import ChatMessage

MESSAGES = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hi")]


def test_a_request_carries_the_sampling_settings_and_asks_for_usage() -> None:
    body = protocol.request_body("m", MESSAGES, SamplingParams(temperature=0.2, top_p=0.9,
                                                               max_tokens=64, seed=7), "openai")
    assert body["messages"] == [{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": "Hi"}]
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["seed"]) == \
        (0.2, 0.9, 64, 7)
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert "top_k" not in body and "repeat_penalty" not in body  # OpenAI refuses unknown fields


def test_a_random_seed_is_left_to_the_server() -> None:
    assert "seed" not in protocol.request_body("m", MESSAGES, SamplingParams(seed=-1), "openai")


@pytest.mark.parametrize(("kind", "repeat"), [("llama.cpp", "repeat_penalty"),
                                              ("parla", "repeat_penalty"),
                                              ("vllm", "repetition_penalty")])
def test_servers_that_take_top_k_and_a_repeat_penalty_get_them_by_their_own_names(
    kind: str, repeat: str
) -> None:
    body = protocol.request_body("m", MESSAGES, SamplingParams(top_k=12, repeat_penalty=1.2),
                                 kind)
    assert body["top_k"] == 12 and body[repeat] == 1.2


@pytest.mark.parametrize("data", [
    '{"choices":[{"index":0,"delta":{"role":"assistant","content":null}}]}',
    '{"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}',
    '{"choices":[{"index":0,"delta":{"role":"assistant"}}]}',
])
def test_a_role_only_first_chunk_carries_no_text(data: str) -> None:
    chunk = protocol.parse_chunk(data)
    assert chunk.text == "" and chunk.finish_reason is None and chunk.error is None


def test_finish_reason_on_the_last_content_chunk_or_in_a_chunk_of_its_own() -> None:
    with_text = protocol.parse_chunk(
        '{"choices":[{"delta":{"content":" Paris."},"finish_reason":"stop"}]}')
    alone = protocol.parse_chunk('{"choices":[{"delta":{},"finish_reason":"length"}]}')
    assert (with_text.text, with_text.finish_reason) == (" Paris.", "stop")
    assert (alone.text, alone.finish_reason) == ("", "length")


def test_usage_is_read_from_a_final_chunk_without_choices_or_from_a_content_chunk() -> None:
    final = protocol.parse_chunk(
        '{"choices":[],"usage":{"prompt_tokens":31,"completion_tokens":9,"total_tokens":40}}')
    inline = protocol.parse_chunk('{"choices":[{"delta":{"content":"x"}}],'
                                  '"usage":{"prompt_tokens":3,"completion_tokens":1}}')
    assert (final.prompt_tokens, final.completion_tokens, final.text) == (31, 9, "")
    assert (inline.prompt_tokens, inline.text) == (3, "x")


def test_an_error_inside_a_stream_is_recognised() -> None:
    chunk = protocol.parse_chunk('{"error":{"code":500,"message":"slot unavailable",'
                                 '"type":"server_error"}}')
    assert chunk.error == "slot unavailable"


@pytest.mark.parametrize("data", ["not json", "[1, 2]"])
def test_a_chunk_that_is_not_a_json_object_is_refused(data: str) -> None:
    with pytest.raises(ValueError):
        protocol.parse_chunk(data)


@pytest.mark.parametrize(("body", "expected"), [
    ({"error": {"message": "Invalid API Key", "type": "authentication_error"}}, "Invalid API Key"),
    ({"error": "model not found"}, "model not found"),
    ({"detail": "Not authenticated"}, "Not authenticated"),
    ({"detail": [{"loc": ["body", "temperature"], "msg": "Input should be a valid number"}]},
     "temperature: Input should be a valid number"),
    ({"message": "bad"}, "bad"),
    ("Internal Server Error", "Internal Server Error"),
])
def test_error_bodies_of_every_shape_give_the_servers_own_words(
    body: object, expected: str
) -> None:
    assert protocol.error_detail(body) == expected
    raw = (json.dumps(body) if not isinstance(body, str) else body).encode()
    assert protocol.body_detail(raw) == expected


def test_a_servers_text_is_shown_on_one_line_without_control_characters_and_bounded() -> None:
    shown = protocol.body_detail(b"line one\n\x1b[31mred\x07" + b"x" * 1000)
    assert "\n" not in shown and "\x1b" not in shown and "\x07" not in shown
    assert len(shown) == protocol.MAX_DETAIL and shown.endswith("…")


@pytest.mark.parametrize("detail", [
    "the request exceeds the available context size, try increasing it",
    "This model's maximum context length is 2048 tokens. However, you requested 5000 tokens",
    "Requested tokens (5000) exceed context window of 2048",
    "The message is too long: it needs 3,000 tokens plus 512 for the reply, but the context "
    "holds 1,024. Shorten it or raise the context length in Settings.",
])
def test_context_overflows_are_recognised_in_each_servers_words(detail: str) -> None:
    assert protocol.is_context_error(detail)


def test_other_errors_are_not_taken_for_context_overflows() -> None:
    assert not protocol.is_context_error("Invalid API Key")


def test_a_model_list_gives_ids_and_each_servers_context_length() -> None:
    models = protocol.parse_models({"object": "list", "data": [
        {"id": "vllm-model", "max_model_len": 2048},
        {"id": "parla-model", "context_length": 1024},
        {"id": "llama-model", "meta": {"n_ctx_train": 8192, "n_ctx": 4096}},
        {"id": "plain"},
        {"no": "id"},
    ]})
    assert [(m.id, m.context_length) for m in models] == [
        ("vllm-model", 2048), ("parla-model", 1024), ("llama-model", 4096), ("plain", None)]


@pytest.mark.parametrize("body", [[], {"data": "x"}, {"models": []}])
def test_something_that_is_not_a_model_list_is_refused(body: object) -> None:
    with pytest.raises(ValueError):
        protocol.parse_models(body)
