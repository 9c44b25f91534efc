"""The main window with real widgets (offscreen) and the real engine thread."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.core.engine.factory import engine_runtime
from app.core.engine.worker import EngineService
from app.core.models.measurements import Conditions
from app.core.paths import AppPaths, app_paths
from app.core.settings import Settings, load_settings
from app.ui.main_window import MainWindow
from app.ui.model_actions import CHAT_SPEED_MIN_TOKENS
from tests.support.heartbeat import assert_responsive, heartbeat
from tests.support.unloadable import fail_allocation_for, write_unknown_architecture

GENEROUS_MS = 60_000


@pytest.fixture
def paths(parla_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    engine = EngineService()
    settings = Settings(temperature=0.0, max_reply_tokens=48, context_length=1024)
    window = MainWindow(engine, settings, paths)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    engine.shutdown()


def _open(qtbot: QtBot, window: MainWindow, model: Path) -> None:
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        window.open_model(model)


def _type_and_send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def test_without_a_model_the_window_explains_how_to_start(window: MainWindow) -> None:
    assert "No model loaded" in window.header.model_label.text()
    assert "Open model" in window.chat_view.placeholderText()
    assert not window.send_button.isEnabled()
    assert not window.stop_button.isEnabled()


def test_opening_a_model_shows_it_and_remembers_it(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path, paths: AppPaths
) -> None:
    _open(qtbot, window, stablelm_path)
    assert "tiny stablelm 2 zephyr test" in window.header.model_label.text()
    assert "Ready" in window.status.label.text()
    assert window.send_button.isEnabled()
    assert load_settings(paths.settings_file).model_path == str(stablelm_path)


def test_enter_sends_and_the_reply_streams_into_the_view(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    window.header.language_box.setCurrentIndex(window.header.language_box.findData("en"))
    snapshots: list[str] = []
    window.engine.text.connect(lambda _r, _t: snapshots.append(window.chat_view.toPlainText()))
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _type_and_send(qtbot, window, "What is the capital of France?")
        assert window.composer.toPlainText() == ""
        assert window.stop_button.isEnabled() and not window.send_button.isEnabled()

    transcript = window.chat_view.toPlainText()
    assert "What is the capital of France?" in transcript
    assert "Paris" in transcript
    # The view grew while the reply streamed, not only at the end.
    assert len({len(s) for s in snapshots}) > 2
    assert [m.role for m in window.session.messages] == ["user", "assistant"]
    assert "Paris" in window.session.messages[-1].content
    assert "tokens/s" in window.status.label.text()
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()


def test_a_long_enough_reply_records_the_models_speed_for_the_models_dialog(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path
) -> None:
    _open(qtbot, window, stablelm_path)
    here = Conditions.of(engine_runtime(), window.settings.threads, "CPU")
    window.settings.max_reply_tokens = CHAT_SPEED_MIN_TOKENS // 2
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _type_and_send(qtbot, window, "Hello")
    recorded = window.model_actions.measurements.lookup(stablelm_path, here)
    assert recorded is None, "too short to say"

    window.settings.max_reply_tokens = 48
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _type_and_send(qtbot, window, "Tell me more")
    stats = done.args[1]
    assert stats.generated_tokens >= CHAT_SPEED_MIN_TOKENS
    recorded = window.model_actions.measurements.lookup(stablelm_path, here)
    assert recorded is not None and recorded.source == "chat"
    assert recorded.tokens_per_second == stats.tokens_per_second
    assert recorded.prompt_tokens_per_second is None


def test_shift_enter_starts_a_new_line_instead_of_sending(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path
) -> None:
    _open(qtbot, window, stablelm_path)
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, "first line")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer, "second line")
    assert window.composer.toPlainText() == "first line\nsecond line"
    assert window.session.messages == []


def test_escape_stops_the_reply_and_keeps_the_partial_text(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path
) -> None:
    window.settings.max_reply_tokens = 2000
    _open(qtbot, window, stablelm_path)
    window.engine.text.connect(lambda _r, _t: qtbot.keyClick(window, Qt.Key.Key_Escape)
                               if len(window.chat_view.streamed_text) > 0 else None)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _type_and_send(qtbot, window, "Tell me a story")
    stats = done.args[1]
    assert stats.stop_reason.value == "cancelled"
    assert stats.generated_tokens < 2000
    assert "[stopped]" in window.chat_view.toPlainText()
    assert window.session.messages[-1].role == "assistant"
    assert window.send_button.isEnabled()


def test_a_second_turn_continues_the_same_conversation(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _type_and_send(qtbot, window, "What is the capital of France?")
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as second:
        _type_and_send(qtbot, window, "And what is the capital of Germany?")
    assert "Berlin" in window.session.messages[-1].content
    assert second.args[1].prompt_eval_tokens < second.args[1].prompt_tokens // 2
    assert len(window.session.messages) == 4


def test_a_bad_model_file_shows_a_message_and_the_window_keeps_working(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, stablelm_path: Path
) -> None:
    bogus = tmp_path / "holiday-photos.gguf"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 JFIF" + bytes(500))
    with qtbot.waitSignal(window.engine.loadFailed, timeout=GENEROUS_MS):
        window.open_model(bogus)
    assert window.notice.isVisible()
    assert "not a GGUF model file" in window.notice.label.text()
    assert "No model loaded" in window.status.label.text()
    _open(qtbot, window, stablelm_path)
    assert window.notice.isHidden()
    assert window.send_button.isEnabled()


def test_a_failed_switch_keeps_the_previous_model_usable(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path, tmp_path: Path
) -> None:
    _open(qtbot, window, stablelm_path)
    missing = tmp_path / "gone.gguf"
    with qtbot.waitSignal(window.engine.loadFailed, timeout=GENEROUS_MS):
        window.open_model(missing)
    assert "does not exist" in window.notice.label.text()
    assert "Kept the previous model" in window.status.label.text()


def test_language_choice_is_saved_and_picks_the_system_prompt(
    window: MainWindow, paths: AppPaths
) -> None:
    window.header.language_box.setCurrentIndex(window.header.language_box.findData("nl"))
    assert window.session.language == "nl"
    assert "Nederlands" in window.session.prompt()[0].content
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "nl"


def test_new_chat_clears_the_conversation(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path
) -> None:
    _open(qtbot, window, stablelm_path)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _type_and_send(qtbot, window, "Hello")
    window.menus.new_chat.trigger()
    assert window.session.messages == []
    assert window.chat_view.toPlainText() == ""


def test_gui_heartbeat_keeps_ticking_while_the_window_streams(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    window.settings.max_reply_tokens = 200
    window.settings.temperature = 0.8
    _open(qtbot, window, smollm2_path)
    with (heartbeat() as gaps,
          qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done):
        _type_and_send(qtbot, window, "Write a long poem about the sea and its storms.")
    assert done.args[1].generated_tokens > 20
    assert_responsive(gaps)


def test_the_app_exits_cleanly_after_a_chat(stablelm_path: Path, parla_home: Path) -> None:
    """Regression: PySide6 6.12.0 loses a reference to ``True`` on every bool argument (e.g.
    ``setEnabled(True)``), so a long session aborts ("Fatal Python error: bool_dealloc");
    6.11.3 is pinned for that. The loop below is a long session's worth of UI updates."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from app.core.engine.worker import EngineService
from app.core.paths import app_paths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
app = QApplication([])
engine = EngineService()
window = MainWindow(engine, Settings(max_reply_tokens=40), app_paths().ensure())
window.show()
loop = QEventLoop()
engine.loaded.connect(loop.quit)
window.open_model(Path({str(stablelm_path)!r}))
loop.exec()
engine.finished.connect(loop.quit)
window.composer.setPlainText("Hello")
window.composer.submit()
loop.exec()
before = sys.getrefcount(True)
for _ in range(5000):
    window.send_button.setEnabled(True)
leaked = before - sys.getrefcount(True)
window.close()
engine.shutdown()
print(f"leaked {{leaked}}")
print("clean exit")
"""
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "Fatal Python error" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert "clean exit" in result.stdout
    # The crash needs the count to run out; a leak of one reference per call is the bug
    # itself, seen whatever the count started at. (Python 3.12+ makes True immortal: there
    # the count never changes and the bug cannot happen.)
    leaked = int(result.stdout.split("leaked ")[1].split()[0])
    assert abs(leaked) < 100, f"setEnabled(True) lost {leaked} references to True"


# -- what the window says while it works, the context meter, a failed switch (issue 11) --


def _paste_and_send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """A long message, pasted into the box (Ctrl+V) and sent with Enter."""
    QGuiApplication.clipboard().setText(text)
    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.toPlainText() == text
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def _click_chat(qtbot: QtBot, window: MainWindow, conversation_id: int) -> None:
    items = window.sidebar.list
    row = next(i for i in range(items.count())
               if items.item(i).data(Qt.ItemDataRole.UserRole) == conversation_id)
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.conversation_id == conversation_id


def _meter_tokens(window: MainWindow) -> int | None:
    """The tokens the context meter says the open chat takes (its tooltip), None if empty."""
    if window.status.context_meter.text() == "":
        return None
    return int(window.status.context_meter.toolTip().split(" of ")[0].replace(",", ""))


def test_the_status_line_shows_the_message_being_read_then_the_live_speed(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path
) -> None:
    _open(qtbot, window, smollm2_path)
    seen: list[str] = []
    window.engine.progress.connect(lambda _r, _p: seen.append(window.status.label.text()))
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _paste_and_send(qtbot, window, "The quick brown fox jumps over the lazy dog. " * 55
                        + "What does the fox do?")
        assert window.status.label.text() == "Reading your message…"
    assert done.args[1].prompt_eval_tokens > 4 * 128, "a prompt of several batches"
    reading = [int(t.split()[-1].rstrip("%")) for t in seen if t.startswith("Reading")]
    writing = [t for t in seen if t.startswith("Writing")]
    assert reading[0] == 0 and reading == sorted(reading)
    assert any(0 < percent < 100 for percent in reading), seen
    assert writing and seen.index(writing[0]) == len(reading), "read first, then written"
    assert re.fullmatch(r"Writing… \d+\.\d tokens/s", writing[-1]), writing
    assert "first token after" in window.status.label.text()


def test_a_chat_without_a_running_reply_shows_no_reply_status(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path
) -> None:
    window.settings.max_reply_tokens = 2000
    _open(qtbot, window, stablelm_path)
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
        _type_and_send(qtbot, window, "Hello")
    first = window.session.conversation_id
    assert first is not None and "tokens/s" in window.status.label.text()

    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    assert window.status.label.text() == "", "the last chat's reply is not this chat's"
    _type_and_send(qtbot, window, "Tell me a very long story")
    qtbot.waitUntil(lambda: window.status.label.text().startswith("Writing"),
                    timeout=GENEROUS_MS)
    _click_chat(qtbot, window, first)  # the long reply goes on in its own chat
    assert window.status.label.text() == ""
    qtbot.wait(300)
    assert window.status.label.text() == "", "another chat's reply is not shown here"
    if window.stop_button.isEnabled():  # else it has ended by itself, here unseen too
        with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS):
            window.composer.setFocus()
            qtbot.keyClick(window.composer, Qt.Key.Key_Escape)
    assert window.status.label.text() == "", "nor what it cost"


def test_the_context_meter_shows_how_full_the_open_chat_is(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, smollm2_path: Path
) -> None:
    assert _meter_tokens(window) is None, "no model: nothing to measure with"
    _open(qtbot, window, smollm2_path)
    qtbot.waitUntil(lambda: _meter_tokens(window) is not None)
    system_only = _meter_tokens(window)
    assert system_only is not None and system_only > 0

    with (qtbot.waitSignal(window.engine.tokensCounted, timeout=GENEROUS_MS) as counted,
          qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done):
        _type_and_send(qtbot, window, "What is the capital of France?")
    chatted = _meter_tokens(window)
    assert chatted is not None and chatted == counted.args[1], "the chat, counted after the reply"
    assert chatted > done.args[1].prompt_tokens > system_only
    assert window.status.context_meter.value() == round(100 * chatted / 1024)
    first = window.session.conversation_id
    assert first is not None

    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _meter_tokens(window) == system_only)
    _click_chat(qtbot, window, first)
    qtbot.waitUntil(lambda: _meter_tokens(window) == chatted)

    # After a restart, the chat with history opens with its own figure.
    window.close()
    again = MainWindow(window.engine, window.settings, paths)
    qtbot.addWidget(again)
    again.show()
    try:
        assert again.session.conversation_id == first
        _open(qtbot, again, smollm2_path)
        qtbot.waitUntil(lambda: _meter_tokens(again) == chatted)
    finally:
        again.close()


def test_while_a_model_loads_the_header_names_it_and_the_bar_turns_busy_once_read(
    qtbot: QtBot, window: MainWindow, stablelm_path: Path, smollm2_path: Path
) -> None:
    _open(qtbot, window, stablelm_path)
    seen: list[tuple[str, str, int]] = []
    window.engine.loadProgress.connect(lambda _f: seen.append(
        (window.header.model_label.text(), window.status.label.text(),
         window.status.progress.maximum())))
    with qtbot.waitSignal(window.engine.loaded, timeout=GENEROUS_MS):
        window.open_model(smollm2_path)
        assert window.header.model_label.text() == f"Loading {smollm2_path.name}…"
    assert all(header == f"Loading {smollm2_path.name}…" for header, _, _ in seen)
    assert (f"Loading {smollm2_path.name}…", f"Preparing {smollm2_path.name}…", 0) in seen
    assert "tiny stablelm" not in window.header.model_label.text()
    assert window.status.progress.isHidden()


@pytest.mark.parametrize("kind", ["unknown-architecture", "out-of-memory"])
def test_after_a_failed_switch_the_previous_model_still_answers(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path, stablelm_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, kind: str,
) -> None:
    _open(qtbot, window, smollm2_path)
    header = window.header.model_label.text()
    if kind == "unknown-architecture":
        chosen = write_unknown_architecture(stablelm_path, tmp_path / "newer-family.gguf")
        reason = "'stablexx' architecture"
    else:
        chosen = tmp_path / "too-big.gguf"
        chosen.write_bytes(stablelm_path.read_bytes())
        fail_allocation_for(monkeypatch, chosen)
        reason = "not enough memory"
    # File → Open model… (Ctrl+O), and the user picks the file.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(chosen), "")))
    with qtbot.waitSignal(window.engine.loadFailed, timeout=GENEROUS_MS):
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert window.header.model_label.text() == f"Loading {chosen.name}…"
    assert reason in window.notice.label.text()
    assert "Kept the previous model" in window.status.label.text()
    assert window.header.model_label.text() == header
    assert window.send_button.isEnabled()

    ended: list[str] = []
    window.engine.finished.connect(lambda _r, _s: ended.append("finished"))
    window.engine.failed.connect(lambda _r, message: ended.append(str(message)))
    _type_and_send(qtbot, window, "What is the capital of France?")
    qtbot.waitUntil(lambda: bool(ended), timeout=GENEROUS_MS)
    assert ended == ["finished"]
    assert window.session.messages[-1].role == "assistant"
    assert "Paris" in window.session.messages[-1].content
