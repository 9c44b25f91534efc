"""The "Local API server" setting in the window: a real server on 127.0.0.1 over the
window's own engine, driven through its Settings tab and its status-bar button."""

from __future__ import annotations

import http.client
import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.server.keys import key_file, load_key
from app.core.settings import Settings, load_settings
from app.ui.main_window import MainWindow
from app.ui.server_control import ServerTab, example_command
from app.ui.settings_dialog import SettingsDialog

GENEROUS_MS = 60_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _status(port: int, key: str | None = None) -> int:
    """The HTTP status GET /v1/models answers with on ``port``, 0 when nothing answers."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/v1/models", headers=headers)
        return connection.getresponse().status
    except OSError:
        return 0
    finally:
        connection.close()


def answers(port: int) -> bool:
    return _status(port) == 200


@pytest.fixture
def make_window(qtbot: QtBot, paths: AppPaths) -> Iterator[Any]:
    made: list[tuple[MainWindow, EngineService]] = []

    def make(settings: Settings) -> MainWindow:
        engine = EngineService()
        window = MainWindow(engine, settings, paths)
        qtbot.addWidget(window)
        window.show()
        made.append((window, engine))
        return window

    yield make
    for window, engine in made:
        window.close()
        engine.shutdown()


def test_the_server_is_off_until_the_user_turns_it_on(make_window: Any) -> None:
    window = make_window(Settings())
    assert window.api.server is None
    assert not window.api.button.isVisible()


def test_with_the_setting_on_other_programs_chat_with_the_loaded_model(
    qtbot: QtBot, make_window: Any, smollm2_path: Path
) -> None:
    port = free_port()
    window = make_window(Settings(api_server=True, api_port=port, temperature=0.0,
                                  context_length=1024))
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        window.open_model(smollm2_path)
    assert window.api.url == f"http://127.0.0.1:{port}/v1"
    assert window.api.button.isVisible() and f"127.0.0.1:{port}" in window.api.button.text()

    client = openai.OpenAI(base_url=window.api.url, api_key="unused", max_retries=0)
    reply: list[str] = []
    shown_busy: list[str] = []
    window.api.bridge.busyChanged.connect(
        lambda count: shown_busy.append(window.api.button.text()) if count else None)

    errors: list[BaseException] = []

    def chat() -> None:
        try:
            model = client.models.list().data[0].id
            stream = client.chat.completions.create(
                model=model, stream=True, temperature=0, max_tokens=24,
                messages=[{"role": "user", "content": "What is the capital of France?"}])
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    reply.append(chunk.choices[0].delta.content)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=chat, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=GENEROUS_MS)
    assert not errors
    assert "Paris" in "".join(reply)
    assert shown_busy and "answering 1" in shown_busy[0]
    assert "answering" not in window.api.button.text()  # the request has ended


def test_turning_it_off_or_moving_it_frees_the_port(
    qtbot: QtBot, make_window: Any, paths: AppPaths
) -> None:
    first, second = free_port(), free_port()
    window = make_window(Settings(api_server=True, api_port=first))
    qtbot.waitUntil(lambda: answers(first), timeout=10_000)

    window.settings.api_port = second
    window.api.apply()
    qtbot.waitUntil(lambda: answers(second), timeout=10_000)
    assert not answers(first)
    assert str(second) in window.api.button.text()

    window.settings.api_server = False
    window.api.apply()
    qtbot.waitUntil(lambda: not answers(second), timeout=10_000)
    assert not window.api.button.isVisible()


def test_a_port_in_use_is_explained_and_nothing_breaks(
    make_window: Any
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        window = make_window(Settings(api_server=True, api_port=port))
        assert window.api.server is None
        assert window.notice.isVisible()
        assert f"port {port} is in use" in window.notice.label.text()


def test_a_saved_key_is_asked_for_by_the_running_server(
    qtbot: QtBot, make_window: Any, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARLA_API_KEY", raising=False)
    port = free_port()
    window = make_window(Settings(api_server=True, api_port=port))
    qtbot.waitUntil(lambda: answers(port), timeout=10_000)

    tab = ServerTab(window.settings, paths.config)
    qtbot.addWidget(tab)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_args, **_kw: ("s3cret-key-for-parla", True))
    tab.edit_key()
    assert load_key(paths.config) == "s3cret-key-for-parla"
    assert stat.S_IMODE(key_file(paths.config).stat().st_mode) == 0o600
    assert "s3cret" not in tab.key_label.text()  # masked
    assert "Bearer $PARLA_API_KEY" in tab.example.toPlainText()

    window.api.apply()  # what the dialog's OK does
    qtbot.waitUntil(lambda: _status(port) == 401, timeout=10_000)
    assert _status(port, "s3cret-key-for-parla") == 200

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("", True))
    tab.edit_key()  # empty: the key is removed
    assert load_key(paths.config) is None
    assert "Authorization" not in tab.example.toPlainText()


def test_the_settings_tab_saves_the_switch_and_port(
    qtbot: QtBot, paths: AppPaths
) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, config_dir=paths.config)
    qtbot.addWidget(dialog)
    assert dialog.server_tab is not None
    assert not dialog.server_tab.enabled.isChecked()
    dialog.server_tab.enabled.setChecked(True)
    dialog.server_tab.port.setValue(9191)
    assert "127.0.0.1:9191/v1/chat/completions" in dialog.server_tab.example.toPlainText()
    dialog.apply_to(settings)
    assert settings.api_server and settings.api_port == 9191
    dialog.restore_defaults()
    dialog.apply_to(settings)
    assert settings.api_server and settings.api_port == 9191  # not a generation setting


def test_the_dialogs_ok_starts_the_server_and_saves_the_setting(
    qtbot: QtBot, make_window: Any, paths: AppPaths
) -> None:
    port = free_port()
    window = make_window(Settings())
    dialog = window.model_actions.show_settings()
    assert dialog.server_tab is not None
    dialog.server_tab.enabled.setChecked(True)
    dialog.server_tab.port.setValue(port)
    dialog.accept()
    qtbot.waitUntil(lambda: answers(port), timeout=10_000)
    assert load_settings(paths.settings_file).api_server


def test_the_copied_example_is_a_working_command_for_the_address(
    qtbot: QtBot, make_window: Any
) -> None:
    port = free_port()
    window = make_window(Settings(api_server=True, api_port=port))
    window.api.copy_example()
    copied = QGuiApplication.clipboard().text()
    assert copied == example_command(f"http://127.0.0.1:{port}/v1", keyed=False)
    assert copied.startswith(f"curl http://127.0.0.1:{port}/v1/chat/completions")
    window.api.copy_address()
    assert QGuiApplication.clipboard().text() == f"http://127.0.0.1:{port}/v1"
