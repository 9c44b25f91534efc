"""The local API server, called as its users call it: the real ``openai`` client and raw
HTTP against a real server on 127.0.0.1 over the real engine (SmolLM2)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import openai
import pytest

from app.core.engine.base import GenerationStats, StopReason
from tests.core.server.conftest import Served, in_thread, pump_until, raw
from tests.support.heartbeat import assert_responsive, heartbeat

QUESTION: list[Any] = [{"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "What is the capital of France?"}]
LONG_WRITE: list[Any] = [
    {"role": "user", "content": "Write a long story about a dragon and a knight."}]
T = TypeVar("T")


def client(served: Served, url: str | None = None, key: str = "none") -> openai.OpenAI:
    return openai.OpenAI(base_url=url or served.base_url, api_key=key, max_retries=0,
                         timeout=60)


def ask(served: Served, call: Callable[[openai.OpenAI], T], url: str | None = None,
        key: str = "none") -> T:
    """``call`` with a fresh client on another thread, the client closed after."""

    def run() -> T:
        with client(served, url, key) as api:
            return call(api)

    return in_thread(run)


def test_models_list_shows_the_loaded_model(served: Served) -> None:
    models = ask(served, lambda api: api.models.list().data)
    assert [m.id for m in models] == ["SmolLM2-135M-Instruct.Q4_1"]
    status, _headers, body = raw(served.server, "GET", "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_chat_answers_paris_with_usage(served: Served) -> None:
    answer = ask(served, lambda api: api.chat.completions.create(
        model="SmolLM2-135M-Instruct.Q4_1", messages=QUESTION, temperature=0,
        max_tokens=40))
    assert "Paris" in (answer.choices[0].message.content or "")
    assert answer.choices[0].finish_reason in ("stop", "length")
    assert answer.usage is not None and answer.usage.prompt_tokens > 10
    assert answer.usage.total_tokens == answer.usage.prompt_tokens + answer.usage.completion_tokens


def test_streamed_chat_answers_paris_and_ends_with_usage(served: Served) -> None:
    def call() -> list[Any]:
        with client(served) as api:
            return list(api.chat.completions.create(
                model="SmolLM2-135M-Instruct.Q4_1", messages=QUESTION,
                temperature=0, max_tokens=40, stream=True,
                stream_options={"include_usage": True}))

    chunks = in_thread(call)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Paris" in text
    assert chunks[0].choices[0].delta.role == "assistant"
    finals = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finals[-1] in ("stop", "length") and set(finals[:-1]) == {None}
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0


def test_raw_stream_is_data_lines_ending_in_done(served: Served) -> None:
    body = json.dumps({"messages": QUESTION, "max_tokens": 5, "stream": True}).encode()
    status, headers, data = raw(served.server, "POST", "/v1/chat/completions", body,
                                {"Content-Type": "application/json"})
    assert status == 200 and headers["content-type"].startswith("text/event-stream")
    events = [line for line in data.decode().split("\n") if line]
    assert all(line.startswith("data: ") for line in events)
    assert events[-1] == "data: [DONE]"
    assert json.loads(events[-2][6:])["choices"][0]["finish_reason"] == "length"


def test_completions_continue_a_text_word_for_word(served: Served) -> None:
    answer = ask(served, lambda api: api.completions.create(
        model="SmolLM2-135M-Instruct.Q4_1", prompt="The capital of France is", max_tokens=4,
        temperature=0))
    assert answer.object == "text_completion"
    assert answer.choices[0].text.startswith(" Paris")
    # The text alone is the prompt: a chat template would add a score of tokens around it.
    assert answer.usage is not None and answer.usage.prompt_tokens <= 6
    assert answer.usage.completion_tokens > 0


def test_a_stop_sequence_cuts_the_reply(served: Served) -> None:
    answer = ask(served, lambda api: api.chat.completions.create(
        model="SmolLM2-135M-Instruct.Q4_1", messages=QUESTION, temperature=0,
        max_tokens=40, stop=["Paris"]))
    assert "Paris" not in (answer.choices[0].message.content or "")
    assert answer.choices[0].finish_reason == "stop"


def test_closing_a_stream_stops_its_generation(served: Served) -> None:
    ended: list[GenerationStats] = []
    served.service.finished.connect(lambda _request, stats: ended.append(stats))

    def call() -> int:
        with client(served) as api:
            stream = api.chat.completions.create(
                model="SmolLM2-135M-Instruct.Q4_1", messages=LONG_WRITE,
                max_tokens=800, temperature=0.8, stream=True)
            seen = 0
            for _chunk in stream:
                seen += 1
                if seen == 4:
                    break
            stream.close()
            return seen

    in_thread(call)
    pump_until(lambda: bool(ended), 60)
    stats = ended[0]
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens < 100, stats  # stopped soon after the client left


def test_eight_clients_three_requests_each_complete_one_at_a_time(served: Served) -> None:
    order: list[int] = []
    texts: dict[int, list[str]] = {}

    def on_text(request: int, text: str) -> None:
        if not order or order[-1] != request:
            order.append(request)
        texts.setdefault(request, []).append(text)

    served.service.text.connect(on_text)
    answers: list[str] = []
    lock = threading.Lock()

    def one_client() -> None:
        with client(served) as api:
            for _ in range(3):
                reply = api.chat.completions.create(
                    model="SmolLM2-135M-Instruct.Q4_1", messages=QUESTION,
                    temperature=0, max_tokens=12)
                with lock:
                    answers.append(reply.choices[0].message.content or "")

    def all_clients() -> None:
        threads = [threading.Thread(target=one_client) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    in_thread(all_clients, 300)
    served.service.text.disconnect(on_text)
    assert len(answers) == 24
    # Each reply's text arrived in one block: no two replies ran at once.
    assert len(order) == len(set(order)) == 24
    assert sorted(answers) == sorted("".join(t) for t in texts.values())
    assert all("Paris" in answer for answer in answers)


def test_a_continued_conversation_reuses_the_cache(served: Served) -> None:
    ended: list[GenerationStats] = []
    served.service.finished.connect(lambda _request, stats: ended.append(stats))
    first = ask(served, lambda api: api.chat.completions.create(
        model="SmolLM2-135M-Instruct.Q4_1", messages=QUESTION, temperature=0,
        max_tokens=20))
    follow: list[Any] = [
        *QUESTION, {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "And of Italy?"}]
    ask(served, lambda api: api.chat.completions.create(
        model="SmolLM2-135M-Instruct.Q4_1", messages=follow, max_tokens=5))
    pump_until(lambda: len(ended) >= 2)
    second = ended[-1]
    assert second.prompt_eval_tokens < second.prompt_tokens // 2, second


def test_a_full_queue_answers_503_with_retry_after(served: Served) -> None:
    small = served.another(max_queue=1)
    url = small.url()
    release = threading.Event()
    started = threading.Event()

    def hold() -> None:
        with client(served, url) as api:
            stream = api.chat.completions.create(
                model="SmolLM2-135M-Instruct.Q4_1", messages=LONG_WRITE,
                max_tokens=800, stream=True)
            next(iter(stream))
            started.set()
            release.wait(60)
            stream.close()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    pump_until(started.is_set)
    body = json.dumps({"messages": QUESTION}).encode()
    status, headers, data = raw(small, "POST", "/v1/chat/completions", body)
    release.set()
    pump_until(lambda: not holder.is_alive())
    assert status == 503 and headers["retry-after"].isdigit()
    assert json.loads(data)["error"]["code"] == "queue_full"


def test_a_key_is_asked_for_when_set(served: Served) -> None:
    locked = served.another(api_key="sk-parla-test-key-1234")
    with pytest.raises(openai.AuthenticationError):
        ask(served, lambda api: api.models.list(), locked.url(), "sk-wrong")
    status, headers, data = raw(locked, "GET", "/v1/models")
    assert status == 401 and headers["www-authenticate"] == "Bearer"
    assert json.loads(data)["error"]["type"] == "authentication_error"
    models = ask(served, lambda api: api.models.list(), locked.url(), "sk-parla-test-key-1234")
    assert len(models.data) == 1


def test_a_foreign_host_header_is_refused(served: Served) -> None:
    status, _headers, data = raw(served.server, "GET", "/v1/models",
                                 headers={"Host": f"attacker.example:{served.server.port}"})
    assert status == 403 and json.loads(data)["error"]["code"] == "host_not_allowed"
    status, _headers, _data = raw(served.server, "GET", "/v1/models",
                                  headers={"Host": f"localhost:{served.server.port}"})
    assert status == 200


def test_no_cors_permission_unless_an_origin_is_listed(served: Served) -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"}
    status, headers, _data = raw(served.server, "OPTIONS", "/v1/chat/completions",
                                 headers=preflight)
    assert status >= 400 and "access-control-allow-origin" not in headers
    listed = served.another(allowed_origins=("https://notes.example",))
    status, headers, _data = raw(listed, "OPTIONS", "/v1/chat/completions", headers=preflight)
    assert "access-control-allow-origin" not in headers
    status, headers, _data = raw(listed, "OPTIONS", "/v1/chat/completions",
                                 headers={**preflight, "Origin": "https://notes.example"})
    assert status == 200 and headers["access-control-allow-origin"] == "https://notes.example"


def test_an_oversize_body_gets_413(served: Served) -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "x" * 2_000_000}]}).encode()
    status, _headers, data = raw(served.server, "POST", "/v1/chat/completions", body)
    assert status == 413 and json.loads(data)["error"]["code"] == "request_too_large"


DEEP = b'{"a": ' + b"[" * 40 + b"1" + b"]" * 40 + b"}"


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b"[" * 100_000 + b"]" * 100_000,
                                  DEEP])
def test_malformed_or_deep_json_gets_400(served: Served, body: bytes) -> None:
    status, _headers, data = raw(served.server, "POST", "/v1/chat/completions", body)
    assert status == 400 and json.loads(data)["error"]["code"] == "invalid_json"


@pytest.mark.parametrize(("field", "value", "param"), [
    ("n", 2, "n"), ("tools", [{"type": "function", "function": {"name": "f"}}], "tools"),
    ("logprobs", True, "logprobs"), ("max_tokens", 10**6, "max_tokens"),
    ("temperature", 7, "temperature"),
    ("messages", [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:,"}}]}], "messages[0].content"),
])
def test_what_parla_cannot_do_gets_400_naming_the_field(
    served: Served, field: str, value: Any, param: str
) -> None:
    request = {"messages": QUESTION, field: value}
    status, _headers, data = raw(served.server, "POST", "/v1/chat/completions",
                                 json.dumps(request).encode())
    assert status == 400 and json.loads(data)["error"]["param"] == param


def test_unknown_route_and_model_get_404(served: Served) -> None:
    status, _headers, data = raw(served.server, "GET", "/v1/nothing")
    assert status == 404 and json.loads(data)["error"]["code"] == "unknown_url"
    with pytest.raises(openai.NotFoundError):
        ask(served, lambda api: api.chat.completions.create(
            model="gpt-4o", messages=QUESTION))


def test_a_prompt_longer_than_the_context_gets_400_with_a_sentence(served: Served) -> None:
    long: list[Any] = [
        {"role": "user", "content": "Summarise: " + "the cat sat on the mat. " * 400}]
    with pytest.raises(openai.BadRequestError) as refused:
        ask(served, lambda api: api.chat.completions.create(
            model="SmolLM2-135M-Instruct.Q4_1", messages=long, max_tokens=20))
    error = refused.value.body
    assert isinstance(error, dict) and error["code"] == "context_length_exceeded"
    assert "the model's context holds 1024" in error["message"]


def test_the_gui_thread_keeps_ticking_while_a_client_streams(served: Served) -> None:
    def call() -> int:
        with client(served) as api:
            return len(list(api.chat.completions.create(
                model="SmolLM2-135M-Instruct.Q4_1", messages=LONG_WRITE,
                max_tokens=80, temperature=0.8, stream=True)))

    with heartbeat() as gaps:
        chunks = in_thread(call)
    assert chunks > 20
    assert_responsive(gaps)
