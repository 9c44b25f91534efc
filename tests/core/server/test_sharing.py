"""One engine shared fairly: one reply cancelled alone, a gone client's queued request
dropped before it starts, no model → 503; and the key kept like the Hugging Face token."""

from __future__ import annotations

import http.client
import json
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.core.engine.base import GenerationStats, SamplingParams, StopReason
from app.core.engine.worker import EngineService
from app.core.prompts import ChatMessage
from app.core.server import keys
from app.core.server.bridge import EngineBridge
from app.core.server.config import ServerConfig, check_binding
from app.core.server.runner import ApiServer
from tests.core.server.conftest import Served, pump_until, raw

STORY = [ChatMessage("user", "Write a long story about a dragon and a knight.")]


def test_cancelling_one_queued_reply_leaves_the_running_one_alone(served: Served) -> None:
    service = served.service
    ended: dict[int, GenerationStats] = {}
    service.finished.connect(ended.__setitem__)
    running = service.generate(STORY, SamplingParams(max_tokens=30, temperature=0.8))
    queued = service.generate(STORY, SamplingParams(max_tokens=30))
    service.cancel(queued)
    pump_until(lambda: running in ended and queued in ended)
    assert ended[queued].prompt_tokens == 0  # never started
    assert ended[running].stop_reason is not StopReason.CANCELLED
    assert ended[running].generated_tokens > 0


def test_a_queued_request_whose_client_left_never_starts(served: Served) -> None:
    started: list[GenerationStats] = []
    served.service.finished.connect(lambda _request, stats: started.append(stats))
    hold = json.dumps({"messages": [{"role": "user", "content": STORY[0].content}],
                       "max_tokens": 400, "stream": True}).encode()
    release = threading.Event()
    streaming = threading.Event()

    def holder() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=60)
        connection.request("POST", "/v1/chat/completions", body=hold)
        response = connection.getresponse()
        response.readline()
        streaming.set()
        release.wait(60)
        connection.close()

    def leaver() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=0.5)
        connection.request("POST", "/v1/chat/completions", body=json.dumps(
            {"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 5}).encode())
        with pytest.raises(TimeoutError):
            connection.getresponse()
        connection.close()

    first = threading.Thread(target=holder, daemon=True)
    first.start()
    pump_until(streaming.is_set)
    second = threading.Thread(target=leaver, daemon=True)
    second.start()
    pump_until(lambda: not second.is_alive())
    # The leaver's request was cancelled while the holder's reply still runs.
    release.set()
    pump_until(lambda: not first.is_alive() and len(started) >= 2, 60)
    holder_stats, leaver_stats = started[0], started[1]
    assert holder_stats.stop_reason is StopReason.CANCELLED and holder_stats.generated_tokens
    assert leaver_stats.prompt_tokens == 0  # dropped before it reached llama.cpp


def test_health_is_503_until_a_model_is_loaded(qapp: QApplication) -> None:
    service = EngineService()
    server = ApiServer(EngineBridge(service), ServerConfig(port=0))
    server.start()
    try:
        status, headers, data = raw(server, "GET", "/health")
        assert status == 503 and headers["retry-after"].isdigit()
        status, _headers, data = raw(server, "POST", "/v1/chat/completions",
                                     json.dumps({"messages": []}).encode())
        assert status == 503 and json.loads(data)["error"]["code"] == "model_not_loaded"
    finally:
        server.stop()
        service.shutdown()


def test_the_key_is_stored_owner_only_and_shown_masked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys.KEY_ENV, raising=False)
    assert keys.load_key(tmp_path) is None
    keys.save_key(tmp_path, " sk-parla-secret-1234 \n")
    assert stat.S_IMODE(keys.key_file(tmp_path).stat().st_mode) == 0o600
    assert keys.load_key(tmp_path) == "sk-parla-secret-1234"
    assert keys.mask("sk-parla-secret-1234") == "sk-…1234"
    assert keys.matches("sk-parla-secret-1234", "sk-parla-secret-1234")
    assert not keys.matches("sk-parla-secret-123", "sk-parla-secret-1234")
    monkeypatch.setenv(keys.KEY_ENV, "from-the-environment")
    assert keys.load_key(tmp_path) == "from-the-environment"


@pytest.mark.parametrize(("host", "remote", "key", "refused"), [
    ("127.0.0.1", False, None, False), ("localhost", False, None, False),
    ("0.0.0.0", False, "k", True), ("0.0.0.0", True, None, True),  # noqa: S104
    ("192.168.1.5", True, "k", False),
])
def test_only_loopback_without_an_explicit_option_and_a_key(
    host: str, remote: bool, key: str | None, refused: bool
) -> None:
    reason: Any = check_binding(ServerConfig(host=host, api_key=key), allow_remote=remote)
    assert (reason is not None) is refused
