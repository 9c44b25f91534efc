"""One EngineService for local files and servers' models: the window, the CLI and the API
get the same signals whichever answers, and a switch that fails keeps what was loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.engine.base import LoadOptions, ModelInfo, RemoteModel, SamplingParams
from app.core.engine.worker import EngineService
from app.core.prompts import ChatMessage
from tests.support.servers import RunningServer, free_port

WAIT_MS = 60_000


@pytest.fixture
def service() -> Iterator[EngineService]:
    service = EngineService()
    yield service
    service.shutdown()


def _remote(server: RunningServer, **changes: str) -> LoadOptions:
    fields = {"connection": "abc", "name": "box", "base_url": server.base_url,
              "model": server.model, "kind": "llama.cpp", "api_key": server.api_key or ""}
    fields.update(changes)
    return LoadOptions(Path(), remote=RemoteModel(**fields))


def _load(qtbot: QtBot, service: EngineService, options: LoadOptions) -> ModelInfo:
    with qtbot.waitSignal(service.loaded, timeout=WAIT_MS) as loaded:
        service.load(options)
    info: ModelInfo = loaded.args[0]
    return info


def test_a_servers_model_chats_through_the_same_service_signals(
    qtbot: QtBot, service: EngineService, llama_cpp_server: RunningServer
) -> None:
    info = _load(qtbot, service, _remote(llama_cpp_server))
    assert info.remote is not None and service.model is info
    texts: list[str] = []
    service.text.connect(lambda _request, text: texts.append(text))
    with qtbot.waitSignal(service.finished, timeout=WAIT_MS):
        service.generate([ChatMessage("user", "What is the capital of France? One word.")],
                         SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=24))
    assert "Paris" in "".join(texts)


def test_switching_between_a_file_and_a_server_both_ways(
    qtbot: QtBot, service: EngineService, llama_cpp_server: RunningServer, smollm2_path: Path
) -> None:
    local = _load(qtbot, service, LoadOptions(smollm2_path, context_length=512))
    assert local.remote is None
    remote = _load(qtbot, service, _remote(llama_cpp_server))
    assert remote.remote is not None
    again = _load(qtbot, service, LoadOptions(smollm2_path, context_length=512))
    assert again.remote is None and again.backend == "CPU"


def test_a_server_that_does_not_answer_leaves_the_local_model_in_place(
    qtbot: QtBot, service: EngineService, llama_cpp_server: RunningServer, smollm2_path: Path
) -> None:
    local = _load(qtbot, service, LoadOptions(smollm2_path, context_length=512))
    nowhere = _remote(llama_cpp_server, base_url=f"http://127.0.0.1:{free_port()}/v1")
    with qtbot.waitSignal(service.loadFailed, timeout=WAIT_MS) as failed:
        service.load(nowhere)
    assert "Nothing answers at" in str(failed.args[0])
    assert service.model == local
    with qtbot.waitSignal(service.finished, timeout=WAIT_MS) as done:
        service.generate([ChatMessage("user", "Hi")], SamplingParams(max_tokens=4))
    assert done.args[1].generated_tokens > 0
