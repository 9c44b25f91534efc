"""Settings in a language with long words: every label shows all of its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.settings import Settings
from app.ui.i18n import install_translators, remove_translators
from app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def german() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "de")
    yield
    remove_translators(app, translators)


def test_no_settings_label_is_clipped_in_german(qtbot: QtBot, german: None) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label for label in dialog.findChildren(QLabel)
              if label.wordWrap() and label.isVisible() and label.text()]
    assert any(label.text() == "Maximale Antwortlänge (Tokens)" for label in labels)
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
