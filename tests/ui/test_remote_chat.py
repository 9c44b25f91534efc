"""Chatting with a model on a server, in the window: the Servers dialog, the switcher, the
header that names the host, Stop, and each failure's sentence. Real servers on 127.0.0.1
(tests/support/servers.py), real widgets offscreen, the real engine thread."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.engine.base import StopReason
from app.core.engine.remote.connections import PRESETS, Connection
from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.settings import Settings, load_settings
from app.ui.connections_dialog import ConnectionsDialog
from app.ui.demo import open_first_model
from app.ui.header import REMOTE
from app.ui.main_window import MainWindow
from app.ui.remote_models import short_name
from tests.support.heartbeat import assert_responsive, heartbeat
from tests.support.servers import RunningServer, free_port

GENEROUS_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, engine: EngineService) -> Iterator[MainWindow]:
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=32), paths)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _dialog(window: MainWindow) -> ConnectionsDialog:
    window.menus.servers.trigger()
    dialog = window.model_actions.remote.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(qtbot: QtBot, dialog: ConnectionsDialog, name: str, url: str, key: str | None,
          model: str = "") -> None:
    """Type a new connection into the form, as a user does."""
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, name)
    dialog.preset.setCurrentIndex(next(i for i, p in enumerate(PRESETS)
                                       if p.kind == "llama.cpp"))
    dialog.url.setText(url)
    if key:
        qtbot.keyClicks(dialog.key, key)
    if model:
        dialog.model.setEditText(model)


def _saved(qtbot: QtBot, window: MainWindow, name: str, url: str, key: str | None,
           model: str = "") -> Connection:
    dialog = _dialog(window)
    _fill(qtbot, dialog, name, url, key, model)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    connection = window.model_actions.remote.connections.get(name)
    assert connection is not None, dialog.answer.text()
    dialog.close()
    return connection


def _pick(window: MainWindow, connection: Connection) -> None:
    """Choose the connection's model in the header's switcher."""
    action = next(a for a in window.header.switcher.menu().actions()
                  if a.data() == REMOTE + connection.id)
    action.trigger()


def _send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def _open_remote(qtbot: QtBot, window: MainWindow, server: RunningServer) -> Connection:
    connection = _saved(qtbot, window, "Home server", server.base_url, server.api_key,
                        server.model)
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        _pick(window, connection)
    return connection


def test_a_server_added_in_the_dialog_answers_in_the_window_and_the_header_names_it(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer, paths: AppPaths
) -> None:
    dialog = _dialog(window)
    _fill(qtbot, dialog, "Home server", llama_server.base_url, llama_server.api_key)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in dialog.answer.text(), timeout=GENEROUS_MS)
    assert "Context: 2,048 tokens" in dialog.answer.text()
    assert dialog.model.currentText() == llama_server.model
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    connection = window.model_actions.remote.connections.get("Home server")
    assert connection is not None and connection.model == llama_server.model
    host = llama_server.base_url.split("//")[1].removesuffix("/v1")

    assert any(a.data() == REMOTE + connection.id and "on Home server" in a.text()
               for a in window.header.switcher.menu().actions())
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        _pick(window, connection)
    header = window.header.model_label.text()
    assert "⇄" in header and host in header and "/" not in header.replace("</b>", "")
    assert host in window.header.model_label.toolTip()
    assert f"server at {host}" in window.status.label.text()

    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _send(qtbot, window, "What is the capital of France?")
    assert "Paris" in window.chat_view.toPlainText()
    stored = window.store.conversations()[0]
    assert stored.model == f"SmolLM2-135M-Instruct.Q4_1 @ {host}"  # not the server's path
    settings = load_settings(paths.settings_file)
    assert (settings.remote_connection, settings.remote_model) == (connection.id,
                                                                    llama_server.model)
    checked = [a.data() for a in window.header.switcher.menu().actions() if a.isChecked()]
    assert checked == [REMOTE + connection.id]


def test_stop_ends_a_servers_reply_and_keeps_the_partial_text(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer
) -> None:
    window.settings.max_reply_tokens = 400
    window.settings.temperature = 0.8
    _open_remote(qtbot, window, llama_server)
    window.engine.text.connect(
        lambda _r, _t: qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
        if len(window.chat_view.streamed_text) > 20 else None)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _send(qtbot, window, "Write a long story about a cat.")
    assert done.args[1].stop_reason is StopReason.CANCELLED
    assert done.args[1].generated_tokens < 400
    reply = window.session.messages[-1]
    assert reply.role == "assistant" and reply.state == "stopped" and len(reply.content) > 20
    assert "[stopped]" in window.chat_view.toPlainText()
    assert window.send_button.isEnabled()


def test_a_wrong_key_is_caught_by_test_and_when_picked_with_its_sentence(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer
) -> None:
    dialog = _dialog(window)
    _fill(qtbot, dialog, "Wrong key", llama_server.base_url, "not-the-key", llama_server.model)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Testing" not in dialog.answer.text(), timeout=GENEROUS_MS)
    assert "refused the API key" in dialog.answer.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    connection = window.model_actions.remote.connections.get("Wrong key")
    assert connection is not None
    with qtbot.waitSignal(window.engine.loadFailed, timeout=GENEROUS_MS):
        _pick(window, connection)
    assert window.notice.isVisible()
    assert "refused the API key (HTTP 401)" in window.notice.label.text()
    assert "No model loaded" in window.status.label.text()
    assert not window.send_button.isEnabled()


def test_a_port_with_nothing_listening_says_so_and_keeps_the_previous_model(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer
) -> None:
    _open_remote(qtbot, window, llama_server)
    nowhere = f"http://127.0.0.1:{free_port()}/v1"
    connection = _saved(qtbot, window, "Nowhere", nowhere, None, "some-model")
    with qtbot.waitSignal(window.engine.loadFailed, timeout=GENEROUS_MS):
        _pick(window, connection)
    assert window.notice.isVisible()
    assert f"Nothing answers at {nowhere}" in window.notice.label.text()
    assert "Kept the previous model" in window.status.label.text()
    assert window.model is not None and window.model.remote is not None
    assert "⇄" in window.header.model_label.text()
    assert window.send_button.isEnabled()


def test_the_gui_keeps_ticking_while_a_server_streams_and_while_a_test_waits_on_silence(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer
) -> None:
    window.settings.max_reply_tokens = 60
    window.settings.temperature = 0.8
    _open_remote(qtbot, window, llama_server)
    with (heartbeat() as gaps,
          qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done):
        _send(qtbot, window, "Write a long poem about the sea and its storms.")
    assert done.args[1].generated_tokens > 20
    assert_responsive(gaps)

    with socket.socket() as silent:  # accepts connections (the backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        dialog = _dialog(window)
        _fill(qtbot, dialog, "Silent", f"127.0.0.1:{silent.getsockname()[1]}", None, "m")
        with heartbeat() as gaps:
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            qtbot.wait(1500)
        assert "Testing" in dialog.answer.text()
        assert_responsive(gaps)
        waiting, _address = silent.accept()  # the test's request, unanswered until now
        waiting.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        waiting.close()  # a reset: the test ends with a sentence instead of waiting on
    qtbot.waitUntil(lambda: "Testing" not in dialog.answer.text(), timeout=10_000)
    assert "127.0.0.1" in dialog.answer.text()


def test_bad_input_in_the_dialog_gets_a_sentence_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _dialog(window)
    _fill(qtbot, dialog, "Typo", "ftp://example.org", None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "is not a web address" in dialog.answer.text()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "is not a web address" in dialog.answer.text()
    assert window.model_actions.remote.connections.all() == []
    dialog.url.setText("127.0.0.1:8080?x=1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Leave the user name" in dialog.answer.text()


def test_presets_fill_the_address_on_the_host_already_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _dialog(window)
    dialog.url.setText("http://192.168.1.5:1/v1")
    ollama = next(i for i, p in enumerate(PRESETS) if p.kind == "ollama")
    dialog.preset.setCurrentIndex(ollama)
    dialog.preset.activated.emit(ollama)
    assert dialog.url.text() == "http://192.168.1.5:11434/v1"


def test_removing_a_server_asks_first_and_then_forgets_its_key(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    connection = _saved(qtbot, window, "Office", "http://10.0.0.2:8000/v1", "sk-secret-123456")
    remote = window.model_actions.remote
    assert remote.connections.key(connection.id) == "sk-secret-123456"
    dialog = _dialog(window)
    assert "sk-secret-123456" not in dialog.key.placeholderText()
    assert "3456" in dialog.key.placeholderText()  # masked, recognisable
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert remote.connections.get(connection.id) is not None
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert remote.connections.all() == []
    assert not (paths.config / "connection-keys" / connection.id).exists()
    assert not any(str(a.data()).startswith(REMOTE)
                   for a in window.header.switcher.menu().actions())
    assert any(a.text() == "Add a server…" for a in window.header.switcher.menu().actions())


def test_the_servers_model_used_last_is_opened_at_start_if_its_connection_is_saved(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer
) -> None:
    connection = _saved(qtbot, window, "Home server", llama_server.base_url,
                        llama_server.api_key, llama_server.model)
    window.settings.remote_connection = "0123456789ab"  # removed since
    with qtbot.assertNotEmitted(window.engine.loadProgress, wait=100):
        open_first_model(window, None, None, installed=False)
    window.settings.remote_connection = connection.id
    window.settings.remote_model = llama_server.model
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS) as loaded:
        open_first_model(window, None, None, installed=False)
    assert loaded.args[0].remote.connection == connection.id


def test_a_server_that_does_not_say_its_context_gets_an_honest_estimate(
    qtbot: QtBot, window: MainWindow, llama_cpp_server: RunningServer
) -> None:
    _open_remote(qtbot, window, llama_cpp_server)
    assert window.model is not None and not window.model.context_known
    assert "did not say its context length" in window.status.label.text()
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _send(qtbot, window, "What is the capital of France?")
    qtbot.waitUntil(lambda: window.status.context_meter.value() > 0, timeout=GENEROUS_MS)
    assert window.status.context_meter.format() == "Context ~%p%"
    assert "4,096 tokens assumed" in window.status.context_meter.toolTip()


def test_a_servers_reply_is_not_recorded_as_this_computers_speed(
    qtbot: QtBot, window: MainWindow, llama_server: RunningServer, paths: AppPaths
) -> None:
    window.settings.max_reply_tokens = 64
    window.settings.temperature = 0.8
    _open_remote(qtbot, window, llama_server)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _send(qtbot, window, "Write a long poem about the sea.")
    assert done.args[1].generated_tokens >= 16
    assert window.model_actions.measurements.measurements() == []



def test_a_hand_edited_connection_id_in_the_settings_is_ignored(paths: AppPaths) -> None:
    paths.settings_file.write_text('{"remote_connection": "../../etc/passwd", '
                                   '"remote_model": "m"}', encoding="utf-8")
    assert load_settings(paths.settings_file).remote_connection == ""


def test_a_model_named_by_its_path_is_shown_by_its_file_name() -> None:
    assert short_name("/srv/models/SmolLM2-135M-Instruct.Q4_1.gguf") == (
        "SmolLM2-135M-Instruct.Q4_1")
    assert short_name(r"C:\models\phi-3.gguf") == "phi-3"
    assert short_name("Qwen/Qwen2.5-72B-Instruct-AWQ") == "Qwen/Qwen2.5-72B-Instruct-AWQ"
    assert short_name("llama3.1:8b") == "llama3.1:8b"
