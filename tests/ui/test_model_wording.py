"""What the Models dialog says about a download: the licence as a link the user can click,
and a failure named by the model, never by Parla's internal key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.models.catalog import default_catalog
from app.core.models.downloads import Downloader
from app.core.models.hardware import Machine
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import AppPaths, app_paths
from app.core.settings import Settings
from app.ui.models_dialog import ModelsDialog

GIB = 1 << 30


@pytest.fixture
def dialog(qtbot: QtBot, parla_home: Path) -> Iterator[ModelsDialog]:
    paths: AppPaths = app_paths().ensure()
    service = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                         endpoint="http://127.0.0.1:9", attempts=1))
    widget = ModelsDialog(service, default_catalog(), Machine(total_ram=8 * GIB,
                                                              available_ram=5 * GIB),
                          settings=Settings(), paths=paths)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    service.shutdown()


class Browser(QObject):
    def __init__(self, opened: list[QUrl]) -> None:
        super().__init__()
        self.opened = opened

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def click_the_link(qtbot: QtBot, label: QLabel, opened: list[QUrl]) -> None:
    """Click along the label's lines, as a user aims at the link, until something opens."""
    for y in range(3, label.height(), 4):
        for x in range(3, label.width(), 6):
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
            if opened:
                return


def test_the_licence_in_the_licence_question_is_a_link_that_opens_on_click(
    qtbot: QtBot, dialog: ModelsDialog
) -> None:
    model = default_catalog().model("stablelm-2-zephyr-1_6b")
    opened: list[QUrl] = []
    handler = Browser(opened)  # Qt opens links from C++: catch them where the browser would
    QDesktopServices.setUrlHandler("https", handler, "open")  # type: ignore[arg-type]
    seen: dict[str, object] = {}

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, act)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        seen["text"] = label.text()
        seen["opened_before_click"] = list(opened)
        click_the_link(qtbot, label, opened)
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    try:
        assert dialog.ask_license(model)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert "Stability AI Community License" in str(seen["text"])
    assert seen["opened_before_click"] == []
    assert opened == [QUrl(model.license.url)]


def test_a_failed_download_names_the_model_and_quantization_not_the_key(
    qtbot: QtBot, dialog: ModelsDialog
) -> None:
    key = "stablelm-2-zephyr-1_6b:Q4_K_M"
    dialog.service.failed.emit(key, Message(QT_TRANSLATE_NOOP(
        "core", "The connection to Hugging Face failed. Check the internet connection "
        "and try again.")))
    text = dialog.progress_label.text()
    assert key not in text
    assert text.startswith("StableLM 2 Zephyr 1.6B Q4_K_M: ")
    assert dialog.job_name("imported:my-model.gguf") == "my-model.gguf"
