"""The chat as a user sees it: a streaming reply stays in view unless they scroll up, the
window fits half a laptop screen, a message's actions come from the mouse or the keyboard,
and one button sends or stops. Real windows, the real SmolLM2 model, real input events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.models.downloads import Downloader
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from tests.ui.test_chat_actions import open_window, saved, seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus

TIMEOUT = 60_000
TALL_ANSWER = "\n\n".join(f"Point {number}." for number in range(12))
"""Tall on screen, yet few tokens for the model to read on a busy machine."""


def scroll_up(widget: QWidget, notches: int = 5) -> None:
    """Turn the mouse wheel away from the user, as when going back to read."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def test_a_streaming_reply_stays_in_view_until_the_user_scrolls_up_to_read(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    seed(paths, [(f"Question {number}?", TALL_ANSWER) for number in range(5)])
    window = open_window(qtbot, engine, paths, smollm2_path, max_reply_tokens=300)
    view = window.chat_view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum(), "a long chat opens at its end"
    with qtbot.waitSignal(engine.finished, timeout=3 * TIMEOUT):
        send(qtbot, window, "Tell me a long story about a cat who sails around the world.")
        qtbot.waitUntil(lambda: len(view.streamed_text) > 200, timeout=3 * TIMEOUT)
        qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # the reply is followed
        end = QTextCursor(view.document())
        end.movePosition(QTextCursor.MoveOperation.End)
        assert view.viewport().rect().contains(view.cursorRect(end).center()), "its end shows"
        assert not view.follow.jump_button.isVisible()

        scroll_up(view.viewport())
        reading = bar.value()
        assert reading < bar.maximum()
        qtbot.waitUntil(view.follow.jump_button.isVisible)
    assert bar.value() == reading, "the reply did not pull the reader away"
    assert bar.maximum() > reading
    button = view.follow.jump_button
    assert view.rect().contains(button.geometry()), "over the view, at its bottom edge"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert bar.value() == bar.maximum() and not button.isVisible()


def within(window: MainWindow, widget: QWidget) -> bool:
    """Shown, and all of it inside the window."""
    corner = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and widget.width() > 0 and corner.x() >= 0
            and corner.x() + widget.width() <= window.width())


def test_the_window_works_at_480_pixels_wide_with_the_chats_a_toggle_away(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    chat = seed(paths, [("Name a fruit.", "An apple.")])
    # As the app starts on a first run: with downloads, so the welcome page is there too.
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub"))
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=24,
                                         context_length=1024), paths, downloads)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    assert window.welcome is not None
    with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
        window.open_model(smollm2_path)
    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    assert window.starters.isVisible()
    assert window.minimumSizeHint().width() <= 480
    window.resize(480, 700)
    qtbot.waitUntil(lambda: window.width() == 480)
    qtbot.wait(50)
    assert not window.sidebar.isVisible(), "the sidebar makes way on a narrow window"
    for widget in (window.composer, window.send_button, window.header.language_box,
                   *window.starters.buttons):
        assert within(window, widget), widget
    assert window.width() == 480, "nothing made the window wider"

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.isVisible() and within(window, window.sidebar.list)
    items = window.sidebar.list
    row = next(i for i in range(items.count())
               if items.item(i).data(Qt.ItemDataRole.UserRole) == chat)
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton,
                     pos=items.visualItemRect(items.item(row)).center())
    assert window.session.conversation_id == chat
    assert not window.sidebar.isVisible() and window.chat_view.isVisible()
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        send(qtbot, window, "Name a colour.")
        assert within(window, window.stop_button)
    for widget in (window.composer, window.send_button, window.header.language_box,
                   window.chat_view):
        assert within(window, widget), widget
    assert window.width() == 480

    window.resize(1000, 700)
    qtbot.waitUntil(window.sidebar.isVisible)  # back beside the chat when wide
    qtbot.mouseClick(window.sidebar_toggle.button, Qt.MouseButton.LeftButton)
    assert not window.sidebar.isVisible() and window.chat_view.isVisible()
    window.close()
    downloads.shutdown()


def test_send_turns_into_stop_in_the_same_place_while_a_reply_runs(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    window = open_window(qtbot, engine, paths, smollm2_path, max_reply_tokens=400)
    assert window.send_button.isVisible() and not window.stop_button.isVisible()
    place = window.send_button.geometry()
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        send(qtbot, window, "Tell me a long story about a cat.")
        assert window.stop_button.isVisible() and not window.send_button.isVisible()
        qtbot.waitUntil(lambda: window.stop_button.geometry() == place)
        qtbot.waitUntil(lambda: len(window.chat_view.streamed_text) > 10, timeout=TIMEOUT)
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert window.send_button.isVisible() and not window.stop_button.isVisible()
    assert "stopped" in window.chat_view.toPlainText()


def test_a_message_is_one_tab_stop_and_its_actions_open_from_the_keyboard(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    chat = seed(paths, [("One?", "First."), ("Two?", "Second.")])
    window = open_window(qtbot, engine, paths, smollm2_path)
    view = window.chat_view
    ids = [message.id for message in window.session.messages]
    view.setFocus()
    visited: list[int] = []
    for _ in ids:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        visited.append(window.chat_view.toolbar.message_id or -1)
        assert view.toolbar.isVisible(), "the focused message shows its actions"
    assert visited == ids, "one Tab stop per message, in order"
    assert view.hasFocus()

    # Enter on the last message (a reply) opens its actions; Delete is the third.
    def choose_delete() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        labels = [action.text() for action in menu.actions()]
        assert [label.split()[-1] for label in labels] == ["Copy", "Regenerate", "Delete"]
        menu.setActiveAction(menu.actions()[2])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, choose_delete)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(saved(window, chat)) == 3)
    assert saved(window, chat)[-1] == ("user", "Two?")


def test_the_first_run_screen_fits_a_480_pixel_window(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub"))
    window = MainWindow(engine, Settings(), paths, downloads)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome
    assert welcome is not None and window.pages.currentWidget() is welcome
    assert window.minimumSizeHint().width() <= 480
    window.resize(480, 700)
    qtbot.waitUntil(lambda: window.width() == 480)
    qtbot.wait(50)
    for button in (welcome.download_button, welcome.open_button):
        assert within(window, button), f"{button.text()} is outside the window"
        assert button.width() >= button.minimumSizeHint().width(), (
            f"{button.text()} is squeezed to {button.width()} px and its text cut off")
    downloads.shutdown()
