"""Hostile model output through the real chat view: streamed token by token or shown at once,
whatever the model writes shows, nothing loads, no exception leaves a slot, and no render
keeps the GUI thread long enough to freeze the window.

Times are the thread's CPU time (other processes on a busy test machine do not count).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

import app.ui.chat_view as chat_view_module
from app.core import rendering
from app.core.rendering import PLAIN_NOTE, Rendered
from app.ui.chat_view import RENDER_INTERVAL_MS, RENDER_SPACING, ChatView
from tests.core.test_rendering_hostile import assert_shows
from tests.support.hostile_text import CASES, Case, fuzz_cases, in_order

SHOWN_CHARS = 32_000
"""Each hostile text's first 32 KB goes through the view (the renderer's tests take them
whole): past the 16 KB that the renderer formats of a block still streaming in. A message
past its 64 KB limit is ``2 MB line``'s test."""

TICK_BOUND_S = 0.4
"""CPU time of one streaming render (what the 33 ms timer does). Measured on a 2-core VM:
at most 0.15 s (a block of one-line headings, past the streaming budget). Before the
bounds: seconds (a 1,600-cell table, quadratic markdown, Qt laying out long words)."""

SHOW_BOUND_S = 1.0
"""CPU time to show a whole hostile message (measured: at most 0.45 s)."""


class RecordingChatView(ChatView):
    """Records every resource the view's document asks for, and loads none."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        self.requests.append(name.toString() if isinstance(name, QUrl) else name)
        return None


@pytest.fixture
def view(qtbot: QtBot) -> RecordingChatView:
    widget = RecordingChatView()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Errors logged while the test runs: the real renderer must never need its fallback."""
    caplog.set_level(logging.WARNING)
    return caplog.records


def stream(view: ChatView, text: str, *, head: int = 1_000, pieces: int = 3) -> list[float]:
    """Stream ``text``: its first ``head`` characters as 4-character tokens with a render
    every 8 tokens (200 tokens/s and a 33 ms timer), the rest in ``pieces`` pieces, each
    followed by a render. Returns the CPU time of each render."""
    ticks: list[float] = []

    def tick() -> None:
        started = time.thread_time()
        view._render_streaming()
        ticks.append(time.thread_time() - started)

    view.begin_reply(2, "Parla")
    for number, start in enumerate(range(0, min(head, len(text)), 4)):
        view.append_to_reply(text[start:min(start + 4, head)])
        if number % 8 == 7:
            tick()
    rest = text[head:]
    step = max(1, -(-len(rest) // pieces))
    for start in range(0, len(rest), step):
        view.append_to_reply(rest[start:start + step])
        tick()
    assert view.end_reply() == text
    return ticks


def test_the_recording_view_does_see_resource_requests(view: RecordingChatView) -> None:
    """Control: without this the tests below could pass by never recording anything."""
    view.document().setHtml('<p>x <img src="http://e/x.png"></p>')
    view.grab()
    assert "http://e/x.png" in view.requests


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_reply_streams_and_shows_everything_without_freezing_or_loading(
        view: RecordingChatView, case: Case, errors: list[logging.LogRecord]) -> None:
    text = case.make()[:SHOWN_CHARS]
    ticks = stream(view, text)
    view.grab()
    assert_shows(case, text, view.toPlainText())
    assert view.requests == []
    assert max(ticks) < TICK_BOUND_S
    assert errors == []


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_message_shows_at_once_without_freezing_or_loading(
        view: RecordingChatView, case: Case, errors: list[logging.LogRecord]) -> None:
    text = case.make()[:SHOWN_CHARS]
    rendering.render_cache_clear()
    started = time.thread_time()
    view.add_message(1, "assistant", "Parla", text)
    view.grab()
    assert time.thread_time() - started < SHOW_BOUND_S
    assert_shows(case, text, view.toPlainText())
    assert view.requests == []
    assert errors == []


def test_a_two_megabyte_reply_shows_in_bounded_time(
        view: RecordingChatView, errors: list[logging.LogRecord]) -> None:
    case = next(case for case in CASES if case.name == "2 MB line")
    text = case.make()
    started = time.thread_time()
    view.add_message(1, "assistant", "Parla", text)
    view.grab()
    assert time.thread_time() - started < 3 * SHOW_BOUND_S  # measured: 1.2 s
    visible = view.toPlainText()
    assert PLAIN_NOTE in visible
    assert_shows(case, text, visible)
    assert view.requests == []
    assert errors == []


@pytest.mark.parametrize("name", ["one 350 KB word", "lone surrogates", "control characters",
                                  "right-to-left marks", "unbalanced HTML"])
def test_a_hostile_user_message_shows_as_typed(view: RecordingChatView, name: str) -> None:
    case = next(case for case in CASES if case.name == name)
    text = case.make()  # whole: up to 375 KB
    started = time.thread_time()
    view.add_message(1, "user", "You", text)
    view.grab()
    assert time.thread_time() - started < SHOW_BOUND_S
    assert_shows(case, text, view.toPlainText())


def test_random_markdown_streams_with_every_word_shown(view: RecordingChatView,
                                                       errors: list[logging.LogRecord]) -> None:
    for number, (text, words) in enumerate(fuzz_cases(40, seed=77)):
        view.clear_conversation()
        stream(view, text, head=len(text))
        visible = view.toPlainText().replace("\u200b", "")
        assert in_order(words, visible) is None, (number, text)
    assert view.requests == []
    assert errors == []


def test_a_hostile_reply_streams_through_the_real_timer(qtbot: QtBot,
                                                        view: RecordingChatView) -> None:
    """Slots run from Qt's event loop, where pytest-qt fails the test on any exception."""
    text = "".join(case.make()[:500] for case in CASES)
    view.begin_reply(2, "Parla")
    for start in range(0, len(text), 200):
        view.append_to_reply(text[start:start + 200])
        qtbot.wait(5)
    qtbot.waitUntil(lambda: view.renders >= 10)
    assert view.end_reply() == text
    assert view.requests == []


# --- when rendering fails or is slow ------------------------------------------------------------

def _failing_render(text: str, *, dark: bool = False, streaming: bool = False) -> Rendered:
    raise RuntimeError("a renderer bug")


def test_a_message_whose_render_fails_shows_as_marked_plain_text_and_is_logged(
        view: RecordingChatView, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(chat_view_module, "render", _failing_render)
    view.add_message(1, "assistant", "Parla", "Some **bold** <b>text</b>")
    visible = view.toPlainText()
    assert f"[{PLAIN_NOTE}]\nSome **bold** <b>text</b>" in visible
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1
    assert view.message_text(1) == "Some **bold** <b>text</b>"


def test_a_reply_whose_renders_fail_streams_as_plain_text_and_is_logged_once(
        view: RecordingChatView, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(chat_view_module, "render", _failing_render)
    reply = "First paragraph.\n\nSecond *paragraph* with <b>tags</b>.\n\n- a list\n"
    stream(view, reply, head=len(reply))
    assert view.toPlainText().endswith(f"[{PLAIN_NOTE}]\n{reply}")
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1
    assert view.renders >= 3


def test_a_slow_render_spaces_out_the_next_ones(view: RecordingChatView,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_render: Callable[..., Rendered] = rendering.render

    def slow_render(text: str, *, dark: bool = False, streaming: bool = False) -> Rendered:
        started = time.perf_counter()
        while time.perf_counter() - started < 0.05:
            pass
        return real_render(text, dark=dark, streaming=streaming)

    view.begin_reply(2, "Parla")
    view.append_to_reply("Hello")
    view._render_streaming()
    assert view._render_timer.interval() == RENDER_INTERVAL_MS
    monkeypatch.setattr(chat_view_module, "render", slow_render)
    view.append_to_reply(" there")
    view._render_streaming()
    assert view._render_timer.interval() >= RENDER_SPACING * 50
    monkeypatch.setattr(chat_view_module, "render", real_render)
    view.append_to_reply(" again")
    view._render_streaming()
    assert view._render_timer.interval() == RENDER_INTERVAL_MS
    assert view.end_reply() == "Hello there again"


def test_a_tail_past_the_limits_stays_plain_until_its_block_is_finished(
        view: RecordingChatView, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[str] = []
    real_render: Callable[..., Rendered] = rendering.render

    def recording_render(text: str, *, dark: bool = False, streaming: bool = False) -> Rendered:
        rendered.append(text)
        return real_render(text, dark=dark, streaming=streaming)

    monkeypatch.setattr(chat_view_module, "render", recording_render)
    deep = "> " * 40 + "deep"  # past the renderer's nesting limit
    view.begin_reply(2, "Parla")
    for word in (deep, " quote", " goes", " on"):
        view.append_to_reply(word)
        view._render_streaming()
    assert rendered == [deep]  # tried once; the later renders of this block are plain
    assert PLAIN_NOTE in view.toPlainText()
    view.append_to_reply("\n\nA *new* paragraph.\n\nAnd")
    view._render_streaming()
    # The finished quote is rendered once more (plain again), the new blocks as markdown.
    assert rendered[1:] == [deep + " quote goes on\n\n", "A *new* paragraph.\n\nAnd"]
    view.end_reply()
    assert "A new paragraph." in view.toPlainText()


def test_malformed_internal_links_do_nothing(view: RecordingChatView) -> None:
    actions: list[tuple[str, int]] = []
    copied: list[str] = []
    view.actionRequested.connect(lambda action, number: actions.append((action, number)))
    view.copied.connect(copied.append)
    view.add_message(1, "assistant", "Parla", "```\ncode\n```")
    for url in ("parla-action:copy", "parla-action:regenerate:x", "parla-action::1",
                "parla-code:1", "parla-code:1:99", "parla-code:x:0", "parla-code:1:-1",
                "parla-code:1:\u0661"):
        view.anchorClicked.emit(QUrl(url))
    assert actions == [] and copied == []
    view.anchorClicked.emit(QUrl("parla-code:1:0"))
    view.anchorClicked.emit(QUrl("parla-action:regenerate:1"))
    assert copied == ["code"] and actions == [("regenerate", 1)]
    assert QGuiApplication.clipboard().text() == "code"
