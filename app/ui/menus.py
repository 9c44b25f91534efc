"""The window's menus and their shortcuts, built apart from the window's logic.

The strings keep the window's translation context ("MainWindow"), where they were
translated before the menus were split out of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass(frozen=True)
class Menus:
    """The actions the window enables, disables or triggers."""

    open_model: QAction
    models: QAction
    servers: QAction
    new_chat: QAction
    new_text: QAction
    settings: QAction
    search: QAction
    regenerate: QAction
    edit: QAction
    copy: QAction
    export_markdown: QAction
    export_json: QAction
    rename: QAction
    delete: QAction
    about: QAction


@dataclass(frozen=True)
class MenuSlots:
    """What each action does."""

    open_model: Callable[[], object]
    models: Callable[[], object]
    servers: Callable[[], object]
    new_chat: Callable[[], object]
    new_text: Callable[[], object]
    settings: Callable[[], object]
    quit: Callable[[], object]
    search: Callable[[], object]
    regenerate: Callable[[], object]
    edit: Callable[[], object]
    copy: Callable[[], object]
    export_markdown: Callable[[], object]
    export_json: Callable[[], object]
    rename: Callable[[], object] | None = None
    delete: Callable[[], object] | None = None
    about: Callable[[], object] | None = None


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | str | None,
            slot: Callable[[], object] | None) -> QAction:
    """An action that runs ``slot``; disabled where the window gives it nothing to do."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if slot is None:
        action.setEnabled(False)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: QMainWindow, slots: MenuSlots) -> Menus:
    """Add the File, Chat and Help menus to ``window``."""
    keys = QKeySequence.StandardKey
    menus = Menus(
        open_model=_action(window, QCoreApplication.translate("MainWindow", "&Open model…"),
                           QKeySequence(keys.Open), slots.open_model),
        models=_action(window, QCoreApplication.translate("MainWindow", "&Models…"),
                       "Ctrl+M", slots.models),
        servers=_action(window, QCoreApplication.translate("MainWindow", "Ser&vers…"), None,
                        slots.servers),
        new_chat=_action(window, QCoreApplication.translate("MainWindow", "&New chat"),
                         QKeySequence(keys.New), slots.new_chat),
        new_text=_action(window, QCoreApplication.translate("MainWindow", "New &text"),
                         "Ctrl+Shift+N", slots.new_text),
        settings=_action(window, QCoreApplication.translate("MainWindow", "&Settings…"),
                         "Ctrl+,", slots.settings),
        search=_action(window, QCoreApplication.translate("MainWindow", "&Search chats"),
                       QKeySequence(keys.Find), slots.search),
        regenerate=_action(window, QCoreApplication.translate("MainWindow",
                                                              "&Regenerate reply"),
                           "Ctrl+R", slots.regenerate),
        edit=_action(window, QCoreApplication.translate("MainWindow", "&Edit last message"),
                     "Ctrl+E", slots.edit),
        copy=_action(window, QCoreApplication.translate("MainWindow", "&Copy last reply"),
                     "Ctrl+Shift+C", slots.copy),
        export_markdown=_action(window, QCoreApplication.translate(
            "MainWindow", "Export as &Markdown…"), None, slots.export_markdown),
        export_json=_action(window, QCoreApplication.translate("MainWindow",
                                                               "Export as &JSON…"),
                            None, slots.export_json),
        # No shortcuts: F2 and Delete belong to the chat list, where they act on the
        # highlighted chat; the menu acts on the open one.
        rename=_action(window, QCoreApplication.translate("MainWindow", "Re&name chat…"),
                       None, slots.rename),
        delete=_action(window, QCoreApplication.translate("MainWindow", "&Delete chat"),
                       None, slots.delete),
        about=_action(window, QCoreApplication.translate("MainWindow", "&About Parla"),
                      None, slots.about),
    )
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (menus.open_model, menus.models, menus.servers, menus.new_chat,
                   menus.new_text, menus.settings):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, QCoreApplication.translate("MainWindow", "&Quit"),
                                QKeySequence(keys.Quit), slots.quit))
    chat_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Chat"))
    for action in (menus.new_chat, menus.new_text, menus.search, menus.regenerate, menus.edit,
                   menus.copy):
        chat_menu.addAction(action)
    chat_menu.addSeparator()
    chat_menu.addAction(menus.export_markdown)
    chat_menu.addAction(menus.export_json)
    chat_menu.addSeparator()
    chat_menu.addAction(menus.rename)
    chat_menu.addAction(menus.delete)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(menus.about)
    return menus
