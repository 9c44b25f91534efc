"""The remote engine against real servers on 127.0.0.1 (llama.cpp's llama-server,
llama-cpp-python's server, Parla's own API), each with SmolLM2: replies, Stop, and every
failure produced for real."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
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
from app.core.prompts import ChatMessage
from tests.support.fetch_models import SMOLLM2_PATH
from tests.support.servers import RunningServer, free_port, start_server

KIND = {"llama-server": "llama.cpp", "llama-cpp-python": "llama.cpp", "parla": "parla"}
CONTEXT = {"llama-server": 2048, "llama-cpp-python": None, "parla": 2048}
"""What each server says of its context (llama-cpp-python says nothing)."""
QUESTION = [ChatMessage("user", "What is the capital of France? One word.")]
STORY = [ChatMessage("user", "Write a long story about a dragon who learns to bake bread.")]
GREEDY = SamplingParams(temperature=0.0, max_tokens=32, repeat_penalty=1.0)


def target(server: RunningServer, **changes: object) -> RemoteModel:
    fields: dict[str, object] = {"connection": "abc123", "name": "test",
                                 "base_url": server.base_url, "model": server.model,
                                 "kind": KIND[server.kind], "api_key": server.api_key}
    fields.update(changes)
    return RemoteModel(**fields)  # type: ignore[arg-type]


_OPEN: list[RemoteEngine] = []


@pytest.fixture(autouse=True)
def _close_engines() -> Iterator[None]:
    """Each engine keeps its server's connections open until unloaded, as in the app."""
    yield
    while _OPEN:
        _OPEN.pop().unload()


def new_engine() -> RemoteEngine:
    engine = RemoteEngine()
    _OPEN.append(engine)
    return engine


def connect(server: RunningServer, **changes: object) -> tuple[RemoteEngine, ModelInfo]:
    engine = new_engine()
    info = engine.load(LoadOptions(Path(), remote=target(server, **changes)), lambda _f: None)
    return engine, info


def test_a_server_and_its_model_are_checked_and_described(any_server: RunningServer) -> None:
    engine, info = connect(any_server)
    assert info.name == any_server.model and info.remote is not None
    assert info.backend == any_server.base_url.split("//")[1].removesuffix("/v1")
    expected = CONTEXT[any_server.kind]
    assert info.context_known == (expected is not None)
    assert info.context_length == (expected or 4096)
    assert engine.model is info


def test_a_chat_streams_the_answer(any_server: RunningServer) -> None:
    engine, _info = connect(any_server)
    pieces: list[str] = []
    stats = engine.generate(QUESTION, GREEDY, pieces.append, CancelToken())
    assert "Paris" in "".join(pieces)
    assert stats.stop_reason is StopReason.END_OF_TURN
    assert stats.generated_tokens >= len(pieces) - 1 > 0
    assert stats.time_to_first_token_s > 0 and stats.prompt_tokens > 10


def test_a_reply_cut_by_max_tokens_says_so(any_server: RunningServer) -> None:
    engine, _info = connect(any_server)
    stats = engine.generate(STORY, SamplingParams(temperature=0.0, max_tokens=5),
                            lambda _t: None, CancelToken())
    assert stats.stop_reason is StopReason.LENGTH


def test_stop_ends_the_reply_at_once_and_the_server_stops_too(
    any_server: RunningServer
) -> None:
    engine, _info = connect(any_server)
    cancel = CancelToken()
    pieces: list[str] = []
    arrived: list[float] = []

    def on_text(text: str) -> None:
        pieces.append(text)
        arrived.append(time.perf_counter())
        if len(pieces) == 8:
            cancel.cancel()

    long = SamplingParams(temperature=0.0, max_tokens=1500)
    stats = engine.generate(STORY, long, on_text, cancel)
    returned = time.perf_counter()
    assert stats.stop_reason is StopReason.CANCELLED and len(pieces) == 8
    assert returned - arrived[-1] < 0.5
    # The rest of the story would take ~1,490 tokens at this speed; a server that went on
    # writing it would hold the next request (each test server has one slot) that long.
    seconds_per_token = (arrived[-1] - arrived[0]) / 7
    started = time.perf_counter()
    after = engine.generate(QUESTION, SamplingParams(temperature=0.0, max_tokens=4),
                            lambda _t: None, CancelToken())
    waited = time.perf_counter() - started
    assert after.generated_tokens >= 1
    assert waited < max(1490 * seconds_per_token / 4, 0.5), (waited, seconds_per_token)


def test_stop_is_honoured_while_the_server_is_still_silent() -> None:
    """A server reading a long prompt sends nothing for a while: Stop must not wait for it."""
    with _silent_server() as url:
        engine = new_engine()
        engine.load(LoadOptions(Path(), remote=RemoteModel("abc", "t", url, "m")),
                    lambda _f: None)
        cancel = CancelToken()
        threading.Timer(0.3, cancel.cancel).start()
        started = time.perf_counter()
        stats = engine.generate(QUESTION, GREEDY, lambda _t: None, cancel)
        assert stats.stop_reason is StopReason.CANCELLED
        assert time.perf_counter() - started < 1.0


def test_a_server_that_never_lists_its_models_fails_the_check_in_time(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its load holds the engine's queue (and the user's next choice) until it gives up."""
    monkeypatch.setattr("app.core.engine.remote.engine.CHECK_TIMEOUT_S", 1.0)
    with _silent_server(silent_get=True) as url:
        started = time.perf_counter()
        with pytest.raises(EngineError) as caught:
            new_engine().load(LoadOptions(Path(), remote=RemoteModel("abc", "t", url, "m")),
                              lambda _f: None)
        assert time.perf_counter() - started < 3
    assert "stopped answering (nothing for 1 seconds)" in str(caught.value)


def test_a_wrong_key_is_named(any_server: RunningServer) -> None:
    with pytest.raises(EngineError) as caught:
        connect(any_server, api_key="wrong-key")
    assert "refused the API key (HTTP 401)" in str(caught.value)


def test_an_unknown_model_is_named_with_what_the_server_has(any_server: RunningServer) -> None:
    with pytest.raises(EngineError) as caught:
        connect(any_server, model="no-such-model")
    assert "has no model named 'no-such-model'" in str(caught.value)
    assert any_server.model in str(caught.value)


def test_with_no_model_chosen_the_servers_first_is_used(any_server: RunningServer) -> None:
    _engine, info = connect(any_server, model="")
    assert info.name == any_server.model


def test_a_conversation_longer_than_the_servers_context_gets_a_sentence(
    any_server: RunningServer
) -> None:
    engine, _info = connect(any_server)
    long = [ChatMessage("user", "The quick brown fox jumps over the lazy dog. " * 400)]
    with pytest.raises(EngineError) as caught:
        engine.generate(long, GREEDY, lambda _t: None, CancelToken())
    said = str(caught.value)
    if any_server.kind == "llama-cpp-python":  # it answers 200, then closes the stream
        assert "closed the connection without a reply" in said
    else:
        assert "too long for the model on 127.0.0.1" in said


def test_a_port_with_nothing_listening_is_explained() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(EngineError) as caught:
        new_engine().load(LoadOptions(Path(), remote=RemoteModel("abc", "t", url, "m")),
                            lambda _f: None)
    assert f"Nothing answers at {url}" in str(caught.value)


def test_an_address_that_is_not_an_api_is_explained(any_server: RunningServer) -> None:
    root = any_server.base_url.removesuffix("/v1")
    with pytest.raises(EngineError) as caught:
        connect(any_server, base_url=root + "/nothing/here/v1")
    assert "does not answer like an OpenAI-compatible server" in str(caught.value)


@pytest.mark.parametrize("kind", ["llama-server", "llama-cpp-python", "parla"])
def test_a_server_that_dies_mid_reply_keeps_what_arrived(kind: str, tmp_path: Path) -> None:
    server = start_server(kind, SMOLLM2_PATH, tmp=tmp_path)
    try:
        engine, _info = connect(server)
        pieces: list[str] = []

        def on_text(text: str) -> None:
            pieces.append(text)
            if len(pieces) == 3:
                server.process.kill()

        with pytest.raises(EngineError) as caught:
            engine.generate(STORY, SamplingParams(temperature=0.0, max_tokens=1500), on_text,
                            CancelToken())
        assert "closed before the reply was finished" in str(caught.value)
        assert len(pieces) >= 3
    finally:
        server.stop()


class _silent_server:  # noqa: N801 - used as a context manager
    """A server that lists a model, then never answers a chat: a stand-in for a slow one;
    with ``silent_get`` it does not even list."""

    def __init__(self, *, silent_get: bool = False) -> None:
        self.silent_get = silent_get

    def __enter__(self) -> str:
        import http.server

        silent_get = self.silent_get

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if silent_get:
                    time.sleep(5)
                    return
                body = b'{"object":"list","data":[{"id":"m"}]}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                time.sleep(5)

            def log_message(self, *_args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
