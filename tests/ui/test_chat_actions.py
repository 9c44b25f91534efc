"""Message actions as a user does them: the buttons over each message clicked with the
mouse, a chat switched in the sidebar while a reply is on its way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.core.store import Store
from app.ui.chat_view import ChatView
from app.ui.main_window import MainWindow

TIMEOUT = 60_000


def open_window(qtbot: QtBot, engine: EngineService, paths: AppPaths, model: Path,
                **overrides: object) -> MainWindow:
    values: dict[str, object] = {"temperature": 0.0, "max_reply_tokens": 24,
                                 "context_length": 1024, **overrides}
    window = MainWindow(engine, Settings(**values), paths)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
        window.open_model(model)
    return window


def click_action(qtbot: QtBot, view: ChatView, action: str, message_id: int) -> None:
    """Point at the message, as a user would, and click the action's button where the
    toolbar that appears over it draws it."""
    href = f"parla-message:{message_id}"
    document = view.document()
    cursor = QTextCursor(document)
    for position in range(document.characterCount() - 1):
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
        if cursor.charFormat().anchorHref() == href and document.characterAt(position).isalpha():
            break
    else:
        raise AssertionError(f"no message {message_id} in the view")
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.wait(10)
    cursor.setPosition(position + 1)
    qtbot.mouseMove(view.viewport(), view.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: view.toolbar.isVisible() and view.toolbar.message_id == message_id)
    button = view.toolbar.buttons[action]
    assert button.isVisible(), f"no {action} for message {message_id}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def seed(paths: AppPaths, turns: list[tuple[str, str]]) -> int:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("en")
        for question, answer in turns:
            store.add_message(chat.id, "user", question)
            store.add_message(chat.id, "assistant", answer)
        return chat.id


def saved(window: MainWindow, conversation_id: int) -> list[tuple[str, str]]:
    return [(m.role, m.content) for m in window.store.messages(conversation_id)]


def test_edit_with_the_mouse_puts_the_text_back_and_removes_nothing_until_sent(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    chat = seed(paths, [("Name a fruit.", "An apple."), ("Name a colour.", "Blue.")])
    window = open_window(qtbot, engine, paths, smollm2_path)
    before = saved(window, chat)
    first_question = window.session.messages[0].id

    click_action(qtbot, window.chat_view, "edit", first_question)
    assert window.composer.toPlainText() == "Name a fruit."
    assert window.composer.textCursor().position() == len("Name a fruit.")
    assert window.edit_banner.isVisible()
    assert saved(window, chat) == before, "nothing is gone before the edit is sent"
    assert "Blue." in window.chat_view.toPlainText()

    qtbot.mouseClick(window.edit_banner.cancel_button, Qt.MouseButton.LeftButton)
    assert window.composer.toPlainText() == "" and not window.edit_banner.isVisible()
    assert saved(window, chat) == before

    click_action(qtbot, window.chat_view, "edit", first_question)
    window.composer.selectAll()
    qtbot.keyClicks(window.composer, "What is the capital of France?")
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    after = saved(window, chat)
    assert [role for role, _ in after] == ["user", "assistant"]
    assert after[0][1] == "What is the capital of France?"
    assert "Paris" in after[1][1]


def test_regenerating_an_earlier_reply_says_what_it_took_out_and_undo_brings_it_back(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    chat = seed(paths, [("One?", "First."), ("Two?", "Second."), ("Three?", "Third.")])
    window = open_window(qtbot, engine, paths, smollm2_path)
    before = saved(window, chat)
    first_reply = window.session.messages[1].id

    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        click_action(qtbot, window.chat_view, "regenerate", first_reply)
    assert [role for role, _ in saved(window, chat)] == ["user", "assistant"]
    assert window.notice.isVisible()
    assert "4" in window.notice.label.text()  # the later messages it took out
    qtbot.mouseClick(window.notice.action_button, Qt.MouseButton.LeftButton)
    assert saved(window, chat) == before
    assert "Third." in window.chat_view.toPlainText()


def test_a_reply_whose_question_was_deleted_is_not_asked_again(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    chat = seed(paths, [("One?", "First.")])
    window = open_window(qtbot, engine, paths, smollm2_path)
    question, reply = (m.id for m in window.session.messages)
    click_action(qtbot, window.chat_view, "delete", question)
    assert saved(window, chat) == [("assistant", "First.")]
    click_action(qtbot, window.chat_view, "regenerate", reply)
    assert saved(window, chat) == [("assistant", "First.")]
    assert window.session.reply is None and not window.stop_button.isEnabled()
    qtbot.mouseClick(window.notice.action_button, Qt.MouseButton.LeftButton)  # undo delete
    assert saved(window, chat) == [("user", "One?"), ("assistant", "First.")]


def test_switching_chats_before_the_first_token_leaves_the_question_in_its_own_chat(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path
) -> None:
    other = seed(paths, [("Hello?", "Hello!")])
    window = open_window(qtbot, engine, paths, smollm2_path, max_reply_tokens=48)
    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, "What is the capital of France?")
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        asked = window.session.conversation_id
        assert asked is not None
        items = window.sidebar.list
        row = next(i for i in range(items.count()) if items.item(i).data(Qt.ItemDataRole.UserRole)
                   == other)
        rect = items.visualItemRect(items.item(row))
        qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.session.conversation_id == other
        assert window.composer.toPlainText() == ""
    assert window.composer.toPlainText() == "", "the question did not move to this chat"
    assert "France" not in window.chat_view.toPlainText()
    answered = saved(window, asked)
    assert answered[0] == ("user", "What is the capital of France?")
    assert len(answered) == 2 and "Paris" in answered[1][1], "the reply finished in its chat"
    assert saved(window, other) == [("user", "Hello?"), ("assistant", "Hello!")]
