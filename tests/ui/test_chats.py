"""Saved conversations in the real window: persistence, sidebar, actions, untrusted output."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.core.store import Store
from app.ui.main_window import MainWindow
from app.ui.sidebar import HTML_ROLE

TIMEOUT = 60_000


def open_window(qtbot: QtBot, engine: EngineService, paths: AppPaths,
                **overrides: object) -> MainWindow:
    values: dict[str, object] = {"temperature": 0.0, "max_reply_tokens": 40,
                                 "context_length": 1024, **overrides}
    window = MainWindow(engine, Settings(**values), paths)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def load(qtbot: QtBot, window: MainWindow, model: Path) -> None:
    with qtbot.waitSignal(window.engine.loaded, timeout=TIMEOUT):
        window.open_model(model)


def ask(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.engine.finished, timeout=TIMEOUT):
        window.composer.setPlainText(text)
        window.composer.submit()


def test_messages_are_saved_and_come_back_after_a_restart(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    window = open_window(qtbot, engine, paths)
    load(qtbot, window, smollm2_path)
    ask(qtbot, window, "What is the capital of France?")
    window.close()

    with Store.open(paths.data / "chats.sqlite3") as store:
        [conversation] = store.conversations()
        messages = store.messages(conversation.id)
    assert conversation.title == "What is the capital of France?"
    assert [(m.role, m.state) for m in messages] == [("user", "complete"),
                                                    ("assistant", "complete")]
    assert "Paris" in messages[1].content
    assert messages[1].stats is not None and messages[1].stats["generated_tokens"] > 0

    again = open_window(qtbot, engine, paths)
    assert again.session.conversation_id == conversation.id
    assert "Paris" in again.chat_view.toPlainText()
    assert [m.role for m in again.session.messages] == ["user", "assistant"]
    assert again.sidebar.list.count() == 1


def test_killing_the_app_mid_reply_keeps_the_text_and_marks_it_interrupted(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, parla_home: Path,
    smollm2_path: Path,
) -> None:
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.core.engine.worker import EngineService
from app.core.paths import app_paths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
app = QApplication([])
engine = EngineService()
window = MainWindow(engine, Settings(temperature=0.8, max_reply_tokens=2000), app_paths().ensure())
window.show()
def ask(*_args):
    window.composer.setPlainText("Write a very long story about a dragon and a knight.")
    window.composer.submit()
engine.loaded.connect(ask)
engine.finished.connect(lambda *_a: print("F", flush=True))
engine.finished.connect(lambda *_a: QTimer.singleShot(0, ask))  # keep a reply streaming
engine.text.connect(lambda _r, _t: print("T", flush=True))
window.open_model(Path({str(smollm2_path)!r}))
app.exec()
"""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    lines: queue.Queue[str] = queue.Queue()

    def read_lines() -> None:
        for line in child.stdout or ():
            lines.put(line)

    reader = threading.Thread(target=read_lines, daemon=True)
    reader.start()
    seen = 0
    deadline = time.monotonic() + 90
    # Killed a few seconds into one reply (a short story may end first: then the next one).
    while seen < 300 and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        seen = 0 if line.startswith("F") else seen + 1
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert seen >= 100, "the child should have streamed one reply for a while"

    window = open_window(qtbot, engine, paths)
    messages = window.store.messages(window.session.conversation_id or -1)
    reply = messages[-1]
    assert reply.state == "interrupted"
    # At most the last second is lost: SmolLM2 streams ~60-90 pieces a second here.
    assert len(reply.content.split()) > 50
    assert "[interrupted]" in window.chat_view.toPlainText()
    assert "interrupted" in window.notice.label.text()


def test_sidebar_lists_searches_renames_and_deletes_with_undo(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        older = store.create_conversation("en")
        store.add_message(older.id, "user", "How do volcanoes form?")
        newer = store.create_conversation("de")
        store.add_message(newer.id, "user", "Wie backe ich Brot?")
    window = open_window(qtbot, engine, paths)
    titles = [window.sidebar.list.item(i).text().split("\n")[0]
              for i in range(window.sidebar.list.count())]
    assert titles == ["Wie backe ich Brot?", "How do volcanoes form?"]
    assert window.header.language_box.currentData() == "de"  # the newest chat opened

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.chat_view, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    with qtbot.waitSignal(window.sidebar.searchChanged, timeout=2000):
        window.sidebar.search.setText("volcano")
    assert window.sidebar.list.count() == 1
    assert window.sidebar.list.item(0).text().split("\n")[1] == "How do volcanoes form?"
    assert "<b>volcanoes</b>" in window.sidebar.list.item(0).data(HTML_ROLE)
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2)

    window.chats.rename(older.id, "Geology")
    assert window.store.conversation(older.id).title == "Geology"  # type: ignore[union-attr]

    window.chats.delete(newer.id)
    assert window.store.conversation(newer.id) is None
    assert window.notice.action_button.text() == "Undo"
    window.notice.action_button.click()
    assert window.store.conversation(newer.id) is not None
    assert window.session.conversation_id == newer.id


def test_export_as_markdown_and_json(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, tmp_path: Path
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("en", title="Code")
        store.add_message(chat.id, "user", "Show me Python")
        store.add_message(chat.id, "assistant", "```python\nprint('hi')\n```")
    window = open_window(qtbot, engine, paths)
    md = window.chats.export("markdown", target=tmp_path / "chat.md")
    js = window.chats.export("json", target=tmp_path / "chat.json")
    assert md is not None and "```python\nprint('hi')\n```" in md.read_text(encoding="utf-8")
    assert js is not None
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["messages"][0]["content"] == "Show me Python"


def test_the_keyboard_shortcuts_regenerate_copy_and_edit(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    window = open_window(qtbot, engine, paths, temperature=0.9)
    load(qtbot, window, smollm2_path)
    ask(qtbot, window, "Name a fruit.")
    first_ids = [m.id for m in window.session.messages]
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    ids = [m.id for m in window.session.messages]
    assert len(ids) == 2 and ids[0] == first_ids[0] and ids[1] != first_ids[1]
    assert [m.role for m in window.store.messages(window.session.conversation_id or -1)] == [
        "user", "assistant"]

    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == window.session.messages[1].content

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.toPlainText() == "Name a fruit."
    assert window.composer.textCursor().atEnd()
    assert len(window.store.messages(window.session.conversation_id or -1)) == 2

    window.composer.selectAll()
    qtbot.keyClicks(window.composer, "Name a vegetable.")
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    stored = window.store.messages(window.session.conversation_id or -1)
    assert (stored[0].role, stored[0].content) == ("user", "Name a vegetable.")
    assert len(stored) == 2


PAYLOAD = """Here you go:

<script>alert('x')</script> <img src="http://evil.example/x.png" onerror="alert(1)">
![tracker](http://evil.example/pixel.png) [click](javascript:alert(1))
[docs](https://docs.python.org/3/)

```python
print("<b>not bold</b>")
```
"""


class RecordingDocument(QTextDocument):
    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        self.loaded.append(url.toString() if isinstance(url, QUrl) else url)
        return super().loadResource(kind, url)


def test_untrusted_model_output_is_inert_and_links_ask_first(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("en")
        store.add_message(chat.id, "user", "Show me tricks")
        store.add_message(chat.id, "assistant", PAYLOAD)
    window = open_window(qtbot, engine, paths)
    document = RecordingDocument()
    window.chat_view.setDocument(document)
    window.open_conversation(-1)  # no-op for an unknown id
    window.new_chat()
    window.open_conversation(chat.id)
    html = window.chat_view.toHtml()
    text = window.chat_view.toPlainText()
    assert "<script>alert('x')</script>" in text  # shown as text
    assert "<img" not in html.lower()
    assert 'href="javascript' not in html.lower()
    assert document.loaded == []
    assert 'print("<b>not bold</b>")' in text

    asked: list[str] = []
    opened: list[str] = []
    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.open_link(QUrl("javascript:alert(1)"))
    assert asked == [] and opened == []
    window.open_link(QUrl("https://docs.python.org/3/"))
    assert "https://docs.python.org/3/" in asked[0]
    assert opened == ["https://docs.python.org/3/"]


def test_streaming_updates_are_coalesced(qtbot: QtBot, engine: EngineService,
                                         paths: AppPaths) -> None:
    window = open_window(qtbot, engine, paths)
    view = window.chat_view
    view.begin_reply(1, "Parla")
    started = time.monotonic()
    for i in range(2000):
        view.append_to_reply(f"word{i} ")
        if i % 200 == 0:
            qtbot.wait(40)
    qtbot.wait(60)
    elapsed = time.monotonic() - started
    text = view.end_reply()
    assert text.startswith("word0 word1") and text.endswith("word1999 ")
    # Rendering follows the clock (about 30 a second), not the 2,000 pieces, and does happen
    # while the reply streams (each wait above lets the clock fire), not only at the end.
    assert view.renders <= elapsed * 1000 / 33 + 3
    assert view.renders >= 8


def test_a_users_message_is_plain_text_not_a_link(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    window = open_window(qtbot, engine, paths)
    view = window.chat_view
    view.add_message(1, "user", "You", "Hello <b>there</b>")
    cursor = view.document().find("Hello")
    assert not cursor.isNull()
    assert not cursor.charFormat().isAnchor()
    assert "Hello <b>there</b>" in view.toPlainText()


def test_the_view_says_when_old_turns_were_dropped_and_the_meter_fills(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("en")
        for i in range(10):
            store.add_message(chat.id, "user", f"Tell me fact {i} about the sea, please.")
            store.add_message(chat.id, "assistant", f"Fact {i}: the sea is deep and salty.")
    window = open_window(qtbot, engine, paths, context_length=256, max_reply_tokens=32)
    load(qtbot, window, smollm2_path)
    assert window.session.conversation_id == chat.id
    ask(qtbot, window, "What is the capital of France?")
    assert "oldest messages were left out to fit the context" in window.chat_view.toPlainText()
    assert 30 < window.status.context_meter.value() <= 100
    assert "of 256 tokens" in window.status.context_meter.toolTip()


def test_returning_to_a_chat_reads_only_the_new_message_and_deleting_it_drops_its_state(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    window = open_window(qtbot, engine, paths)
    load(qtbot, window, smollm2_path)
    ask(qtbot, window, "What is the capital of France? Tell me about the city.")
    first = window.session.conversation_id
    assert first is not None
    window.new_chat()
    ask(qtbot, window, "Name a large animal that lives in the sea.")
    second = window.session.conversation_id
    window.open_conversation(first)
    # Opening the first chat gets the engine ready while the user types: the chat left
    # is written at once, and the first one read back, before any message is sent.
    qtbot.waitUntil(lambda: bool(list(paths.snapshots.glob(f"*/chat-{second}.*.kvs"))),
                    timeout=10_000)
    with qtbot.waitSignal(window.engine.finished, timeout=TIMEOUT) as done:
        window.composer.setPlainText("And which river flows through it?")
        window.composer.submit()
    stats = done.args[1]
    # The first chat's snapshot was restored: its earlier turn was not read again.
    assert 0 < stats.prompt_eval_tokens < stats.prompt_tokens / 2

    window.new_chat()  # the first chat is saved as it is switched away from...
    ask(qtbot, window, "Say hello.")
    saved = f"*/chat-{first}.*.kvs"
    qtbot.waitUntil(lambda: bool(list(paths.snapshots.glob(saved))), timeout=10_000)
    window.chats.delete(first)  # ...and its state goes with it
    qtbot.waitUntil(lambda: not list(paths.snapshots.glob(saved)), timeout=10_000)
