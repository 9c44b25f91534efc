"""Above the conversation: which model answers, a switcher, and the conversation's language.

The switcher lists what the window gives it (the installed models whose file is there);
it reads nothing itself, so opening it never waits on the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.core.engine.base import ModelInfo
from app.core.languages import LANGUAGES


class ChatHeader(QWidget):
    """The model's name and the language picker; says when the user picks a language."""

    languageChosen = Signal(str)
    modelChosen = Signal(object)  # the Path of an installed model to load
    manageRequested = Signal()  # "Manage models…": the Models dialog

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        row.addWidget(self.model_label)
        self._installed: list[tuple[str, Path]] = []
        self._loaded: tuple[str, Path] | None = None
        self.switcher = QToolButton()
        self.switcher.setObjectName("modelSwitcher")
        self.switcher.setText(QCoreApplication.translate("ChatHeader", "Change model"))
        self.switcher.setToolTip(QCoreApplication.translate(
            "ChatHeader", "Switch to another installed model, or manage models"))
        self.switcher.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.switcher.setMenu(QMenu(self.switcher))
        self._build_menu()
        row.addWidget(self.switcher)
        row.addStretch(1)
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

    def show_installed(self, models: list[tuple[str, Path]]) -> None:
        """The models to offer, as (name shown, file); the library has changed."""
        self._installed = list(models)
        self._build_menu()

    def mark_loaded(self, info: ModelInfo) -> None:
        """The engine has loaded ``info``: mark it (listed even if opened from elsewhere)."""
        self._loaded = (f"{info.name} · {info.quantization}", info.path)
        self._build_menu()

    def _build_menu(self) -> None:
        menu = self.switcher.menu()
        menu.clear()
        group = QActionGroup(menu)
        models = list(self._installed)
        loaded = self._loaded[1] if self._loaded is not None else None
        if self._loaded is not None and all(path != loaded for _name, path in models):
            models.insert(0, self._loaded)
        for name, path in models:
            action = QAction(name, menu, checkable=True, checked=path == loaded)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _on=False, p=path: self._choose(p))
            group.addAction(action)
            menu.addAction(action)
        if not models:
            menu.addAction(QCoreApplication.translate(
                "ChatHeader", "No models installed yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ChatHeader", "Manage models…"),
                       self.manageRequested.emit)

    def _choose(self, path: Path) -> None:
        loaded = self._loaded[1] if self._loaded is not None else None
        for action in self.switcher.menu().actions():  # the mark moves once it has loaded
            if action.isCheckable():
                action.setChecked(action.toolTip() == str(loaded))
        if path != loaded:
            self.modelChosen.emit(path)

    def show_language(self, code: str) -> None:
        """Show ``code`` without announcing it as the user's choice."""
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(code))
        self.language_box.blockSignals(False)
