"""The Servers dialog's Test, headless: a real Parla server on 127.0.0.1 is asked for its
models, its key and its model, and the answer comes back on the GUI thread."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.engine.base import EngineError, RemoteModel
from app.core.engine.remote.probe import ProbeResult, ServerProbe, probe
from app.core.messages import Message
from tests.support.servers import RunningServer

GENEROUS_MS = 60_000


def _target(server: RunningServer, model: str = "", key: str | None = None) -> RemoteModel:
    return RemoteModel("", "test", server.base_url, model, "parla", key or server.api_key)


def test_a_test_lists_the_servers_models_and_its_context(parla_server: RunningServer) -> None:
    result = probe(_target(parla_server))
    assert result == ProbeResult((parla_server.model,), parla_server.model, 2048, True)


def test_each_failure_comes_back_as_the_engines_sentence_on_the_gui_thread(
    qtbot: QtBot, parla_server: RunningServer
) -> None:
    service = ServerProbe()
    outcomes: dict[int, object] = {}
    service.succeeded.connect(outcomes.__setitem__)
    service.failed.connect(outcomes.__setitem__)
    good = service.test(_target(parla_server))
    unknown = service.test(_target(parla_server, model="no-such-model"))
    wrong_key = service.test(_target(parla_server, key="wrong"))
    assert service.running
    qtbot.waitUntil(lambda: len(outcomes) == 3 and not service.running, timeout=GENEROUS_MS)
    assert isinstance(outcomes[good], ProbeResult)
    assert isinstance(outcomes[unknown], Message) and "has no model named 'no-such-model'" in str(
        outcomes[unknown])
    assert isinstance(outcomes[wrong_key], Message)
    assert "refused the API key" in str(outcomes[wrong_key])


def test_a_key_is_never_written_to_the_log(
    parla_server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = "sk-never-logged-123"
    with caplog.at_level("DEBUG"), pytest.raises(EngineError, match="refused the API key"):
        probe(_target(parla_server, key=key))
    assert key not in caplog.text
