"""Models on servers, in the window: the switcher's entries, the Servers dialog, loading a
server's model, and the words that say a chat goes to another machine.

Nothing is sent anywhere unless the user added a connection (``Connections`` is the only
list of places a chat may go); a local chat shows nothing of this.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.core.engine.base import ModelInfo, RemoteModel
from app.core.engine.remote.connections import Connections
from app.core.engine.remote.probe import ServerProbe
from app.core.settings import Settings
from app.ui.connections_dialog import ConnectionsDialog

REMOTE_MARK = "⇄"
"""Shown before a model that runs on another machine, wherever the model is named."""


def short_name(model_id: str) -> str:
    """A server's model as people call it: llama.cpp's servers name theirs by the file's
    whole path, which would push the host out of the header (an id such as
    ``Qwen/Qwen2.5-7B`` is kept whole)."""
    if model_id.startswith("/") or model_id.lower().endswith(".gguf") or "\\" in model_id:
        name = model_id.replace("\\", "/").rsplit("/", 1)[-1]
        return name[:-5] if name.lower().endswith(".gguf") else name
    return model_id


def stored_name(info: ModelInfo) -> str:
    """The model a chat records (``conversations.model``): a server's model says where."""
    if info.remote is None:
        return info.name
    return f"{short_name(info.name)} @ {info.remote.host}"


def header_text(info: ModelInfo) -> tuple[str, str]:
    """The header's rich text and tooltip for the loaded model."""
    if info.remote is None:
        return f"<b>{html.escape(info.name)}</b> · {info.quantization} · {info.backend}", ""
    tip = QCoreApplication.translate("RemoteModels", "Replies come from the server at %1 (%2).")
    # The host first: in a narrow window the label is cut at its end, and where the
    # replies come from must stay in sight.
    return (f"{REMOTE_MARK} {html.escape(info.remote.host)} · "
            f"<b>{html.escape(short_name(info.name))}</b>",
            tip.replace("%1", info.remote.host).replace("%2", info.remote.name)
            + "\n" + info.name)


def remember(settings: Settings, info: ModelInfo) -> None:
    """The model to open at the next start: the file, or the connection and its model."""
    if info.remote is None:
        settings.model_path = str(info.path)
        settings.remote_connection = settings.remote_model = ""
    else:
        settings.remote_connection = info.remote.connection
        settings.remote_model = info.remote.model


class RemoteModels(QObject):
    """The saved connections as the window uses them; ``open_remote`` loads a target."""

    listChanged = Signal(list)  # [(name shown, connection id)]

    def __init__(self, parent: QWidget, config_dir: Path, settings: Settings,
                 open_remote: Callable[[RemoteModel], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.connections = Connections(config_dir)
        self.settings = settings
        self.open_remote = open_remote
        self.probe = ServerProbe(self)
        """Shared by every Servers dialog: a test outlives the dialog that started it."""
        self.dialog: ConnectionsDialog | None = None

    def entries(self) -> list[tuple[str, str]]:
        """Each connection's chosen model, as the switcher lists it."""
        on = QCoreApplication.translate("RemoteModels", "%1 · on %2")
        return [(f"{REMOTE_MARK} " + on.replace("%1", short_name(c.model) or "?")
                 .replace("%2", c.name), c.id) for c in self.connections.all()]

    def refresh(self) -> None:
        self.listChanged.emit(self.entries())

    @Slot(str)
    def open(self, connection_id: str) -> None:
        """Load the connection's model (the engine checks the server first)."""
        connection = self.connections.get(connection_id)
        if connection is not None:
            self.open_remote(self.connections.target(connection))

    def last_used(self) -> RemoteModel | None:
        """The server's model used last, if that was one and its connection is still saved."""
        connection = (self.connections.get(self.settings.remote_connection)
                      if self.settings.remote_connection else None)
        if connection is None:
            return None
        return self.connections.target(connection, self.settings.remote_model or None)

    @Slot()
    def show_dialog(self) -> ConnectionsDialog:
        """The Servers dialog (one at a time; non-modal, so a test can run beside a chat)."""
        if self.dialog is None:
            self.dialog = ConnectionsDialog(self.connections, self.probe, self.parent_widget)
            self.dialog.changed.connect(self.refresh)
            self.dialog.useRequested.connect(self.open)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
