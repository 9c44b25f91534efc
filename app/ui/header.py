"""Above the conversation: which model answers, a switcher, and the conversation's language.

The switcher lists what the window gives it (the installed models whose file is there);
it reads nothing itself, so opening it never waits on the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.core.engine.base import ModelInfo, RemoteModel
from app.core.languages import LANGUAGES
from app.ui.remote_models import header_text

REMOTE = "remote:"
"""Before a connection's id in a switcher entry's data (a file's is its path)."""


class ChatHeader(QWidget):
    """The model's name and the language picker; says when the user picks a language."""

    languageChosen = Signal(str)
    modelChosen = Signal(object)  # the Path of an installed model to load
    remoteChosen = Signal(str)  # the id of a saved connection whose model to load
    manageRequested = Signal()  # "Manage models…": the Models dialog
    serversRequested = Signal()  # "Servers…": the Servers dialog

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        row.addWidget(self.model_label)
        self._installed: list[tuple[str, Path]] = []
        self._remote: list[tuple[str, str]] = []
        self._loaded: tuple[str, Path] | None = None
        self._loaded_remote: str | None = None
        """The connection id of the loaded model, when it runs on a server."""
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

    def show_loading(self, name: str, remote: RemoteModel | None = None) -> None:
        """A model is being loaded: say which, not the name of the one it may replace."""
        self.model_label.setText(
            QCoreApplication.translate("MainWindow", "Loading %1…").replace("%1", name)
            if remote is None else QCoreApplication.translate(
                "ChatHeader", "Connecting to %1…").replace("%1", remote.host))
        self.model_label.setToolTip("")

    def show_model(self, info: ModelInfo) -> None:
        """The loaded model; one on a server is marked, its host named."""
        text, tip = header_text(info)
        self.model_label.setText(text)
        self.model_label.setToolTip(tip)

    def show_installed(self, models: list[tuple[str, Path]]) -> None:
        """The models to offer, as (name shown, file); the library has changed."""
        self._installed = list(models)
        self._build_menu()

    def show_remote(self, models: list[tuple[str, str]]) -> None:
        """The saved connections' models, as (name shown, connection id)."""
        self._remote = list(models)
        self._build_menu()

    def mark_loaded(self, info: ModelInfo) -> None:
        """The engine has loaded ``info``: mark it (listed even if opened from elsewhere)."""
        if info.remote is not None:
            self._loaded, self._loaded_remote = None, info.remote.connection
        else:
            self._loaded = (f"{info.name} · {info.quantization}", info.path)
            self._loaded_remote = None
        self._build_menu()

    def _build_menu(self) -> None:
        menu = self.switcher.menu()
        menu.clear()
        group = QActionGroup(menu)
        models = list(self._installed)
        loaded = self._loaded[1] if self._loaded is not None else None
        if self._loaded is not None and all(path != loaded for _name, path in models):
            models.insert(0, self._loaded)
        local = [(name, str(path), str(path)) for name, path in models]
        remote = [(name, REMOTE + key, "") for name, key in self._remote]
        for entries in (local, remote):
            if entries is remote and remote:
                menu.addSeparator()  # the files on this computer, then the servers' models
            for name, key, tip in entries:
                action = QAction(name, menu, checkable=True, checked=key == self._loaded_key())
                action.setData(key)
                action.setToolTip(tip or name)
                action.setStatusTip(tip)
                action.triggered.connect(lambda _on=False, k=key: self._choose(k))
                group.addAction(action)
                menu.addAction(action)
        if not models:
            menu.addAction(QCoreApplication.translate(
                "ChatHeader", "No models installed yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ChatHeader", "Manage models…"),
                       self.manageRequested.emit)
        menu.addAction(QCoreApplication.translate("ChatHeader", "Servers…") if self._remote
                       else QCoreApplication.translate("ChatHeader", "Add a server…"),
                       self.serversRequested.emit)

    def _loaded_key(self) -> str | None:
        if self._loaded_remote is not None:
            return REMOTE + self._loaded_remote
        return str(self._loaded[1]) if self._loaded is not None else None

    def _choose(self, key: str) -> None:
        loaded = self._loaded_key()
        for action in self.switcher.menu().actions():  # the mark moves once it has loaded
            if action.isCheckable():
                action.setChecked(action.data() == loaded)
        if key == loaded:
            return
        if key.startswith(REMOTE):
            self.remoteChosen.emit(key.removeprefix(REMOTE))
        else:
            self.modelChosen.emit(Path(key))

    def show_language(self, code: str) -> None:
        """Show ``code`` without announcing it as the user's choice."""
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(code))
        self.language_box.blockSignals(False)
