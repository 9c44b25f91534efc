"""Above the conversation: which model answers, and the conversation's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.core.languages import LANGUAGES


class ChatHeader(QWidget):
    """The model's name and the language picker; says when the user picks a language."""

    languageChosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        row.addWidget(self.model_label, 1)
        # The window's translation context: these strings were the window's.
        language_label = QLabel(QCoreApplication.translate("MainWindow", "Language:"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Conversation language"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.show_language(language)
        self.language_box.currentIndexChanged.connect(
            lambda index: self.languageChosen.emit(self.language_box.itemData(index)))
        language_label.setBuddy(self.language_box)
        row.addWidget(language_label)
        row.addWidget(self.language_box)

    def show_loading(self, name: str) -> None:
        """A model is being loaded: say which, not the name of the one it may replace."""
        self.model_label.setText(
            QCoreApplication.translate("MainWindow", "Loading %1…").replace("%1", name))
        self.model_label.setToolTip("")

    def show_language(self, code: str) -> None:
        """Show ``code`` without announcing it as the user's choice."""
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(code))
        self.language_box.blockSignals(False)
