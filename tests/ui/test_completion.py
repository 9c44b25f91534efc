"""Text completion in the window: a text continues and is saved, Stop keeps it, the last
continuation can be undone and redone, and a base model opens as a text with its notice.
Real widgets (offscreen), the real engine thread, real llama.cpp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.chat_session import ChatSession
from app.core.engine.base import StopReason
from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from tests.support.gguf_writer import write_arch_gguf

GENEROUS_MS = 60_000


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    engine = EngineService()
    settings = Settings(temperature=0.0, max_reply_tokens=8, context_length=1024)
    window = MainWindow(engine, settings, paths)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    engine.shutdown()


@pytest.fixture
def base_model(tmp_path: Path) -> Path:
    """A llama file with no chat template whose name says nothing of chat: a base model."""
    return write_arch_gguf(tmp_path / "tiny-base.gguf", "llama", name="Tiny Llama Base")


def _open(qtbot: QtBot, window: MainWindow, model: Path) -> None:
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        window.open_model(model)


def _mode(window: MainWindow) -> str:
    return window.session.mode


def _write(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    window.composer.setPlainText(text)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def test_a_text_continues_streaming_into_the_view_and_is_saved(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    window.menus.new_text.trigger()
    assert window.session.mode == "completion"
    assert window.pages.currentWidget() is window.writing.view
    assert window.writing.bar.isVisible() and not window.writing.undo_button.isEnabled()
    assert window.composer.placeholderText().startswith("Add words to the text")
    grown: list[str] = []
    window.engine.text.connect(lambda _r, _t: grown.append(window.writing.view.toPlainText()))
    _write(qtbot, window, "The capital of France is")

    text = window.writing.view.toPlainText()
    assert text.startswith("The capital of France is Paris")
    assert len(grown) > 2 and len({len(g) for g in grown}) > 2  # it streamed
    assert "You" not in text  # one document: no names, no bubbles
    saved = ChatSession.open(window.store, window.session.conversation_id or -1)
    assert saved is not None and saved.mode == "completion" and saved.text == text
    assert "tokens" in window.status.label.text()  # the reply's stats, as for a chat

    # Continue asks for more of the same text, with no new words.
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        window.writing.continue_button.click()
    longer = window.writing.view.toPlainText()
    assert longer.startswith(text) and len(longer) > len(text)
    assert window.session.text == longer
    # Listed with its mark, found by search.
    window.chats.refresh()
    assert window.sidebar.list.item(0).text().startswith("✎ ")
    assert any(hit.conversation_id == window.session.conversation_id
               for hit in window.store.search("France"))
    window.new_chat()  # a chat model: a new conversation is a chat, with its own hint
    assert window.pages.currentWidget() is window.chat_view
    assert not window.writing.bar.isVisible()
    assert window.composer.placeholderText().startswith("Message")


def test_stop_keeps_the_continuation_written_so_far(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    window.settings.max_reply_tokens = 400
    _open(qtbot, window, smollm2_path)
    window.writing.new_text()
    window.composer.setPlainText("Once upon a time")
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as finished:
        window.engine.text.connect(lambda _r, _t: window.stop())
        window.writing.continue_button.click()
    assert finished.args is not None and finished.args[1].stop_reason is StopReason.CANCELLED
    text = window.writing.view.toPlainText()
    assert text.startswith("Once upon a time") and len(text) > len("Once upon a time")
    assert window.session.messages[-1].state == "stopped"
    assert window.session.text == text


def test_undo_last_continuation_and_redo_it(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    window.writing.new_text()
    _write(qtbot, window, "The capital of France is")
    first = window.writing.view.toPlainText()
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        window.writing.continue_button.click()
    second = window.writing.view.toPlainText()
    assert len(second) > len(first)

    window.writing.undo_button.click()
    assert window.writing.view.toPlainText() == first
    reopened = ChatSession.open(window.store, window.session.conversation_id or -1)
    assert reopened is not None and reopened.text == first
    assert window.notice.isVisible() and window.notice.action_button.text() == "Redo"

    window.notice.action_button.click()
    assert window.writing.view.toPlainText() == second
    assert window.session.text == second


def test_a_base_model_opens_as_a_text_with_its_notice_and_a_chat_says_why_not(
    qtbot: QtBot, window: MainWindow, base_model: Path, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    window.composer.setPlainText("Hello")
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    chat_id = window.session.conversation_id
    assert _mode(window) == "chat"

    _open(qtbot, window, base_model)
    assert window.model is not None and window.model.modes == frozenset({"completion"})
    assert "no chat template" in window.notice.label.text()
    assert window.notice.action_button.text() == "Choose chat format"
    # The open chat is kept, and a word says why the model cannot answer in it.
    window.composer.setPlainText("Are you there?")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert "can only continue a text" in window.notice.label.text()
    assert window.composer.toPlainText() == "Are you there?"  # nothing typed is lost
    assert window._request is None

    window.new_chat()  # with a base model, a new conversation is a text
    assert _mode(window) == "completion"
    assert window.pages.currentWidget() is window.writing.view
    _write(qtbot, window, "Once upon a time")
    assert window.writing.view.toPlainText().startswith("Once upon a time")
    assert window.session.conversation_id != chat_id

    window.notice.show_message("")
    window.notice.hide()
    window.open_conversation(chat_id or -1)  # the chat, opened again, says why not at once
    assert window.pages.currentWidget() is window.chat_view
    assert window.notice.isVisible()
    assert "can only continue a text" in window.notice.label.text()
    qtbot.mouseClick(window.sidebar.new_text_button, Qt.MouseButton.LeftButton)
    assert _mode(window) == "completion" and window.session.empty


def test_the_context_meter_never_asks_a_base_model_to_count_chat_tokens(
    qtbot: QtBot, window: MainWindow, base_model: Path, smollm2_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[int] = []
    real_count = EngineService.count_tokens

    def recording(self: EngineService, messages: object) -> int:
        counted.append(1)
        return real_count(self, messages)  # type: ignore[arg-type]

    monkeypatch.setattr(EngineService, "count_tokens", recording)
    _open(qtbot, window, smollm2_path)
    assert counted  # a chat model's chat is counted
    counted.clear()
    failures: list[object] = []
    window.engine.failed.connect(lambda _r, message: failures.append(message))
    _open(qtbot, window, base_model)
    window.new_chat()
    _write(qtbot, window, "Once upon a time")
    window.writing.new_text()
    window.sidebar.conversationSelected.emit(window.store.conversations()[-1].id)
    qtbot.wait(100)
    assert counted == [] and failures == []
