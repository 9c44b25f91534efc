"""The header's model switcher, driven as a user does: the mouse and the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.models.downloads import Downloader
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import AppPaths, app_paths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.models_dialog import ModelsDialog

TIMEOUT = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus
TINY = "tiny stablelm 2 zephyr test · ALL_F32"


@pytest.fixture
def paths(parla_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def service(paths: AppPaths) -> Iterator[DownloadService]:
    # Never asked to download here: the endpoint is not listening.
    service = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                         endpoint="http://127.0.0.1:9"))
    yield service
    service.shutdown()


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, service: DownloadService, stablelm_path: Path,
           smollm2_path: Path) -> Iterator[MainWindow]:
    service.library.import_file(stablelm_path, "link")
    service.library.import_file(smollm2_path, "link")
    engine = EngineService()
    window = MainWindow(engine, Settings(context_length=512), paths, service)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    engine.shutdown()


def _entries(window: MainWindow) -> list[tuple[str, bool]]:
    """What the switcher's menu lists, and which entry is marked."""
    return [(a.text(), a.isChecked()) for a in window.header.switcher.menu().actions()
            if a.text()]


def _while_menu_open(act: Callable[[QMenu], None]) -> None:
    """Act in the menu once it is open (opening it runs its own event loop)."""
    def find_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            act(menu)
        else:
            QTimer.singleShot(20, find_menu)

    QTimer.singleShot(20, find_menu)


def _click_entry(qtbot: QtBot, text: str) -> Callable[[QMenu], None]:
    def click(menu: QMenu) -> None:
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())
    return click


def test_the_switcher_lists_the_installed_models_and_loads_the_one_clicked(
    qtbot: QtBot, window: MainWindow, smollm2_path: Path,
) -> None:
    smollm2_name = next(name for name, _ in _entries(window) if name.startswith("Smollm2"))
    assert _entries(window) == [(smollm2_name, False), (TINY, False), ("Manage models…", False),
                                ("Add a server…", False)], "by name, nothing loaded"
    _while_menu_open(_click_entry(qtbot, TINY))
    with qtbot.waitSignal(window.engine.loaded, timeout=TIMEOUT) as loaded:
        qtbot.mouseClick(window.header.switcher, Qt.MouseButton.LeftButton)
    assert loaded.args[0].name == "tiny stablelm 2 zephyr test"
    assert (TINY, True) in _entries(window) and (smollm2_name, False) in _entries(window)

    # The keyboard: Tab to the button, Space opens the menu, Down to the first, Enter.
    def first_entry(menu: QMenu) -> None:
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    window.header.switcher.setFocus()
    _while_menu_open(first_entry)
    with qtbot.waitSignal(window.engine.loaded, timeout=TIMEOUT) as loaded:
        qtbot.keyClick(window.header.switcher, Qt.Key.Key_Space)
    assert loaded.args[0].path == smollm2_path
    assert (smollm2_name, True) in _entries(window) and (TINY, False) in _entries(window)


def test_manage_models_opens_the_models_dialog_and_a_removal_there_updates_the_switcher(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _while_menu_open(_click_entry(qtbot, "Manage models…"))
    qtbot.mouseClick(window.header.switcher, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ModelsDialog)
    assert dialog is not None and dialog.isVisible()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)  # "Remove?" Yes
    dialog.model_box.setCurrentIndex(dialog.model_box.findText("Imported files"))
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 6).text() == "tiny stablelm 2 zephyr test")  # type: ignore[union-attr]
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert TINY not in [name for name, _ in _entries(window)]


def test_a_finished_import_appears_in_the_switcher(
    qtbot: QtBot, paths: AppPaths, service: DownloadService, stablelm_path: Path,
) -> None:
    engine = EngineService()
    window = MainWindow(engine, Settings(), paths, service)
    qtbot.addWidget(window)
    try:
        assert _entries(window) == [("No models installed yet", False),
                                    ("Manage models…", False), ("Add a server…", False)]
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
            service.import_file(stablelm_path, "link")
        assert _entries(window)[0] == (TINY, False)
    finally:
        window.close()
        engine.shutdown()
