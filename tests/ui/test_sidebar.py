"""The chat list as a user drives it: clicks, context menus, keys in the search box,
the Chat and Help menus. Real window, real SQLite; SmolLM2 where a reply must run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.engine.worker import EngineService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.core.store import Store
from app.ui.about import AboutDialog
from app.ui.main_window import MainWindow
from app.ui.sidebar import HTML_ROLE, ID_ROLE

TIMEOUT = 60_000
# Menus pop up on the offscreen platform, which cannot raise them or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_window(qtbot: QtBot, engine: EngineService, paths: AppPaths,
                **overrides: object) -> MainWindow:
    values: dict[str, object] = {"temperature": 0.0, "max_reply_tokens": 40,
                                 "context_length": 1024, **overrides}
    window = MainWindow(engine, Settings(**values), paths)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys go to the focused widget, shortcuts to the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def make_chats(paths: AppPaths, *titles: str) -> list[int]:
    """Chats with one question each, the last one the newest (and opened at start)."""
    ids = []
    with Store.open(paths.data / "chats.sqlite3") as store:
        for title in titles:
            chat = store.create_conversation("en", title=title)
            store.add_message(chat.id, "user", f"A question about {title}")
            ids.append(chat.id)
    return ids


def row_of(window: MainWindow, conversation_id: int) -> int:
    items = window.sidebar.list
    return next(r for r in range(items.count()) if items.item(r).data(ID_ROLE) == conversation_id)


def highlighted(window: MainWindow) -> list[int]:
    """The ids the list shows selected, and the current item's, as the user sees them."""
    items = window.sidebar.list
    selected = [int(i.data(ID_ROLE)) for i in items.selectedItems()]
    current = items.currentItem()
    return selected + ([int(current.data(ID_ROLE))] if current is not None
                       and current.isSelected() else [])


def click_row(qtbot: QtBot, window: MainWindow, row: int,
              button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    items = window.sidebar.list
    center = items.visualItemRect(items.item(row)).center()
    qtbot.mouseClick(items.viewport(), button, pos=center)


def right_click_menu(qtbot: QtBot, window: MainWindow, row: int) -> QMenu:
    items = window.sidebar.list
    center = items.visualItemRect(items.item(row)).center()
    qtbot.mousePress(items.viewport(), Qt.MouseButton.RightButton, pos=center)
    items.customContextMenuRequested.emit(center)  # what the platform's context-menu key does
    qtbot.mouseRelease(items.viewport(), Qt.MouseButton.RightButton, pos=center)
    menu = window.sidebar.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def menu_named(window: MainWindow, title: str) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    assert isinstance(menu, QMenu)
    return menu


def click_menu_item(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_exporting_another_chat_from_its_menu_keeps_the_open_chat_highlighted(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other, opened = make_chats(paths, "Volcanoes", "Bread")
    window = open_window(qtbot, engine, paths)
    assert window.session.conversation_id == opened and highlighted(window) == [opened] * 2
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "volcanoes.md"), ""))

    menu = right_click_menu(qtbot, window, row_of(window, other))
    click_menu_item(qtbot, menu, "Export as Markdown…")

    assert "A question about Volcanoes" in (tmp_path / "volcanoes.md").read_text()
    assert window.session.conversation_id == opened
    assert highlighted(window) == [opened] * 2


def test_undoing_a_delete_highlights_the_chat_that_is_open(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    first, second, third = make_chats(paths, "One", "Two", "Three")
    window = open_window(qtbot, engine, paths)
    click_row(qtbot, window, row_of(window, second))
    assert window.session.conversation_id == second
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Delete)
    assert window.store.conversation(second) is None
    assert highlighted(window) == []  # a new, empty chat is open: nothing in the list

    qtbot.mouseClick(window.notice.action_button, Qt.MouseButton.LeftButton)
    assert window.session.conversation_id == second
    assert highlighted(window) == [second] * 2

    click_row(qtbot, window, row_of(window, first))
    menu = right_click_menu(qtbot, window, row_of(window, third))
    click_menu_item(qtbot, menu, "Delete")
    qtbot.mouseClick(window.notice.action_button, Qt.MouseButton.LeftButton)
    assert window.store.conversation(third) is not None
    assert highlighted(window) == [window.session.conversation_id] * 2


@pytest.mark.parametrize("first_token", [False, True], ids=["before", "after"])
def test_switching_chats_during_a_reply_highlights_the_chat_switched_to(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, smollm2_path: Path,
    first_token: bool,
) -> None:
    other, _opened = make_chats(paths, "Other", "Current")
    window = open_window(qtbot, engine, paths, max_reply_tokens=400)
    with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
        window.open_model(smollm2_path)
    qtbot.keyClicks(window.composer, "Write a long story about a lighthouse.")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    if first_token:
        qtbot.waitSignal(engine.text, timeout=TIMEOUT).wait()

    click_row(qtbot, window, row_of(window, other))
    assert window.session.conversation_id == other
    assert highlighted(window) == [other] * 2
    qtbot.wait(300)  # whatever the reply does meanwhile, the highlight stays
    assert highlighted(window) == [other] * 2
    window.stop()
    qtbot.waitUntil(lambda: window.stop_button.isEnabled() is False, timeout=TIMEOUT)
    assert highlighted(window) == [other] * 2


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.chat_view, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    with qtbot.waitSignal(window.sidebar.searchChanged, timeout=2000):
        qtbot.keyClicks(window.sidebar.search, text)


def test_search_keys_down_enters_results_f2_renames_the_title_esc_clears(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    make_chats(paths, "Geology homework", "Bread")
    window = open_window(qtbot, engine, paths)
    search(qtbot, window, "question about geology")
    assert window.sidebar.list.count() == 1

    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Down)
    assert window.sidebar.list.hasFocus()
    assert window.sidebar.list.currentRow() == 0

    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_F2)
    dialog = window.sidebar.rename_dialog
    assert isinstance(dialog, QInputDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.textValue() == "Geology homework"
    dialog.reject()

    window.sidebar.search.setFocus()
    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Escape)
    assert window.sidebar.search.text() == ""
    assert window.sidebar.list.count() == 2


def test_search_hits_show_the_match_in_bold_and_user_text_as_text(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("fr")
        store.add_message(chat.id, "user", "Le «volcan» <img src=x onerror=alert(1)> <b>gras</b>")
    window = open_window(qtbot, engine, paths)
    search(qtbot, window, "volcan")
    item = window.sidebar.list.item(0)
    assert item.text().split("\n")[1] == "Le «volcan» <img src=x onerror=alert(1)> <b>gras</b>"
    document = QTextDocument()
    document.setHtml(item.data(HTML_ROLE))
    assert "<img src=x onerror=alert(1)> <b>gras</b>" in document.toPlainText()
    in_title = document.find("volcan")  # the auto-title repeats the message, not bold
    in_snippet = document.find("volcan", in_title.position())
    assert in_title.charFormat().fontWeight() == 400
    assert in_snippet.charFormat().fontWeight() > 400  # the match is bold
    gras = document.find("gras", in_snippet.position())
    assert gras.charFormat().fontWeight() == 400  # the user's <b> is text
    window.sidebar.list.viewport().grab()  # the delegate draws it without complaint


def test_opening_a_search_hit_scrolls_the_chat_to_the_match(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    with Store.open(paths.data / "chats.sqlite3") as store:
        chat = store.create_conversation("en", title="Long")
        for i in range(60):
            word = "aardvark" if i == 5 else "ocean"
            store.add_message(chat.id, "user", f"Question {i} about the {word}, please.")
            store.add_message(chat.id, "assistant", f"Answer {i}: a long reply. " * 8)
        store.create_conversation("en", title="Newest")
    window = open_window(qtbot, engine, paths)
    search(qtbot, window, "aardvark")
    click_row(qtbot, window, 0)

    assert window.session.conversation_id == chat.id
    view = window.chat_view
    assert view.textCursor().selectedText() == "aardvark"
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    assert view.viewport().rect().contains(view.cursorRect().center())
    assert bar.value() < bar.maximum() // 2  # near the top, not left at the end


def test_the_rename_box_is_wide_enough_for_the_title(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    title = "Planning the family trip to the mountains in August"
    make_chats(paths, title)
    window = open_window(qtbot, engine, paths)
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_F2)
    dialog = window.sidebar.rename_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.findChild(QLineEdit)
    assert box is not None and box.text() == title
    assert box.width() > box.fontMetrics().horizontalAdvance(title)
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClicks(box, " 2026")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.store.conversation(window.session.conversation_id or -1).title == (  # type: ignore[union-attr]
        title + " 2026")


def test_chat_menu_renames_and_deletes_the_open_chat(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    _other, opened = make_chats(paths, "Other", "Current")
    window = open_window(qtbot, engine, paths)
    chat_menu = menu_named(window, "&Chat")
    assert window.menus.rename in chat_menu.actions()
    assert window.menus.delete in chat_menu.actions()

    window.menus.rename.trigger()
    dialog = window.sidebar.rename_dialog
    assert dialog is not None and dialog.textValue() == "Current"
    dialog.setTextValue("Renamed")
    dialog.accept()
    assert window.store.conversation(opened).title == "Renamed"  # type: ignore[union-attr]

    window.menus.delete.trigger()
    assert window.store.conversation(opened) is None
    assert window.notice.action_button.text() == "Undo"


def test_help_about_names_the_version_licences_and_the_data_folder(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, engine, paths)
    help_menu = menu_named(window, "&Help")
    assert window.menus.about in help_menu.actions()
    window.menus.about.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    text = about.label.text()
    for expected in (__version__, "MIT", "LGPL", "Apache-2.0", "Stability AI Community License",
                     "llama.cpp", str(paths.data), str(paths.logs)):
        assert expected in text
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(about.open_data_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(paths.data))]


def test_export_starts_in_documents_then_in_the_folder_used_last(
    qtbot: QtBot, engine: EngineService, paths: AppPaths, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    make_chats(paths, "Notes")
    window = open_window(qtbot, engine, paths)
    offered: list[str] = []
    chosen = tmp_path / "exports" / "notes.md"
    chosen.parent.mkdir()

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    export = menu_named(window, "&Chat")
    action = next(a for a in export.actions() if a.text() == "Export as &Markdown…")
    action.trigger()
    action.trigger()
    assert Path(offered[0]).parent == home / "Documents"
    assert Path(offered[1]).parent == chosen.parent

    seen: list[str] = []

    def open_file(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    window.menus.open_model.trigger()
    assert Path(seen[0]) == home / "Documents"


def test_the_context_meter_text_is_centred_clear_of_its_fill(
    qtbot: QtBot, engine: EngineService, paths: AppPaths
) -> None:
    window = open_window(qtbot, engine, paths)
    meter = window.status.context_meter
    assert meter.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert meter.isTextVisible()
