"""The Settings dialog's "This model" tab: a chat format chosen for a file without a
template reloads the model and chats; the choice is the file's, remembered across restarts.
Real widgets (offscreen), the real engine thread, real llama.cpp with tiny GGUFs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.engine.base import SamplingParams
from app.core.engine.worker import EngineService
from app.core.model_settings import ModelSettings, model_settings_store
from app.core.paths import AppPaths
from app.core.prompts import ChatMessage
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.support.gguf_writer import write_arch_gguf

GENEROUS_MS = 60_000


def _window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    settings = Settings(temperature=0.0, max_reply_tokens=8, context_length=1024)
    window = MainWindow(EngineService(), settings, paths)
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.engine.shutdown()


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    window = _window(qtbot, paths)
    yield window
    _close(window)


@pytest.fixture
def base_model(tmp_path: Path) -> Path:
    return write_arch_gguf(tmp_path / "tiny-llama.gguf", "llama", name="Tiny Llama")


def _open(qtbot: QtBot, window: MainWindow, model: Path) -> None:
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        window.open_model(model)


def _settings(window: MainWindow) -> SettingsDialog:
    window.menus.settings.trigger()
    dialog = window.findChildren(SettingsDialog)[-1]
    assert dialog.isVisible()
    return dialog


def _ok(dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_choosing_a_chat_format_reloads_the_model_and_it_chats(
    qtbot: QtBot, window: MainWindow, base_model: Path
) -> None:
    _open(qtbot, window, base_model)
    assert window.model is not None and "chat" not in window.model.modes
    window.notice.action_button.click()  # "Choose chat format" opens the tab
    dialog = window.findChildren(SettingsDialog)[-1]
    tab = dialog.model_tab
    assert tab is not None and dialog.tabs.currentWidget() is tab
    assert "tiny-llama.gguf" in tab.applies.text()
    assert "text completion" in tab.applies.text()
    tab.chat_format.setCurrentIndex(tab.chat_format.findData("chatml"))
    tab.prompt.setPlainText("Be brief.")
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS) as loaded:
        _ok(dialog)
    info = loaded.args[0] if loaded.args else None
    assert info is not None and info.chat_format == "chatml" and "chat" in info.modes
    assert model_settings_store().get(base_model) == ModelSettings(
        chat_format="chatml", system_prompt="Be brief.")

    window.new_chat()
    assert window.session.mode == "chat"
    prompts: list[str] = []
    real_generate = window.engine.generate

    def recording(messages: Sequence[ChatMessage], params: SamplingParams, *,
                  fit: bool = True, conversation: str | None = None) -> int:
        prompts.append(messages[0].content)
        return real_generate(messages, params, fit=fit, conversation=conversation)

    window.engine.generate = recording  # type: ignore[method-assign]
    window.composer.setPlainText("Hello")
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert window.session.messages[-1].role == "assistant"
    assert prompts == ["Be brief."]  # the file's own system prompt


def test_the_tab_is_there_only_for_a_loaded_local_model(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    dialog = _settings(window)
    assert dialog.model_tab is None
    dialog.reject()
    _open(qtbot, window, smollm2_path)
    dialog = _settings(window)
    assert dialog.model_tab is not None
    assert "own chat template" in dialog.model_tab.applies.text()
    assert "1,024" in dialog.model_tab.applies.text() or "1024" in dialog.model_tab.applies.text()
    dialog.reject()


def test_the_choice_is_remembered_per_file_across_restarts(
    qtbot: QtBot, paths: AppPaths, base_model: Path, tmp_path: Path
) -> None:
    other = write_arch_gguf(tmp_path / "other.gguf", "llama", name="Tiny Llama", seed=1)
    window = _window(qtbot, paths)
    try:
        _open(qtbot, window, base_model)
        dialog = _settings(window)
        assert dialog.model_tab is not None
        dialog.model_tab.chat_format.setCurrentIndex(
            dialog.model_tab.chat_format.findData("chatml"))
        dialog.model_tab.context.setValue(512)
        with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
            _ok(dialog)
    finally:
        _close(window)

    window = _window(qtbot, paths)  # Parla started again
    try:
        _open(qtbot, window, base_model)
        assert window.model is not None
        assert window.model.chat_format == "chatml" and window.model.context_length == 512
        dialog = _settings(window)
        assert dialog.model_tab is not None
        assert dialog.model_tab.chat_format.currentData() == "chatml"
        assert dialog.model_tab.context.value() == 512
        dialog.reject()
        _open(qtbot, window, other)  # another file keeps its own (none): text completion
        assert window.model is not None and "chat" not in window.model.modes
        assert window.model.context_length == 1024
    finally:
        _close(window)
