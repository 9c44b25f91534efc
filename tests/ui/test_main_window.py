"""The main window with real widgets (offscreen) and the real engine thread."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from app.core.engine.factory import engine_runtime
from app.core.engine.worker import EngineService
from app.core.models.measurements import Conditions
from app.core.paths import AppPaths, app_paths
from app.core.settings import Settings, load_settings
from app.ui.main_window import MainWindow
from app.ui.model_actions import CHAT_SPEED_MIN_TOKENS

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
    gaps: list[int] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    heartbeat.start()
    with qtbot.waitSignal(window.engine.finished, timeout=GENEROUS_MS) as done:
        _type_and_send(qtbot, window, "Write a long poem about the sea and its storms.")
    heartbeat.stop()
    assert done.args[1].generated_tokens > 20
    ticks = sorted(gaps[1:])
    median, p95 = ticks[len(ticks) // 2], ticks[len(ticks) * 95 // 100]
    # A 5 ms timer. Measured here: median 5 ms, p95 9-15 ms with other work on both cores.
    # A GUI thread that waits about 12 ms on every token drives p95 past 100 ms; one that
    # waits on the whole reply, the maximum.
    assert median <= 7, f"the timer ran late half the time: median gap {median} ms"
    assert p95 <= 40, f"one tick in twenty came {p95} ms late"
    assert ticks[-1] < 250, f"the window froze for {ticks[-1]} ms"


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
