"""The "Local API server" setting: its Settings tab, and the server it runs in the window.

The server (app/core/server) serves the window's own engine through ``EngineBridge``, so API
requests queue behind the chat's replies on the one llama.cpp thread. Everything here runs on
the GUI thread and never waits: the socket is bound at once (a port in use is reported at
once), uvicorn starts and stops on its own thread, and a restart on a new port waits for
the old thread with a timer, not a join.
"""

from __future__ import annotations

import logging
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.worker import EngineService
from app.core.server.config import ServerConfig
from app.core.server.keys import clear_key, load_key, mask, save_key
from app.core.settings import Settings
from app.ui.notice_bar import NoticeBar

if TYPE_CHECKING:
    from app.core.server.runner import ApiServer

log = logging.getLogger(__name__)

RESTART_POLL_MS = 50


def example_command(url: str, keyed: bool) -> str:
    """A curl call a user can paste into a terminal (the key comes from the environment,
    so it never lands in a shell's history)."""
    lines = [f"curl {shlex.quote(url + '/chat/completions')}",
             "  -H 'Content-Type: application/json'"]
    if keyed:
        lines.append('  -H "Authorization: Bearer $PARLA_API_KEY"')
    lines.append("""  -d '{"messages": [{"role": "user", "content": "Hello!"}]}'""")
    return " \\\n".join(lines)


class ServerTab(QWidget):
    """The Settings dialog's tab. The key is saved as soon as it is changed (like the
    Hugging Face token); the switch and the port when the dialog's OK is pressed."""

    def __init__(self, settings: Settings, config_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Other programs on this computer (editor extensions, scripts, the openai "
            "client) can use the loaded model through an OpenAI-compatible API. Their "
            "requests wait their turn with your chats. Other computers cannot reach it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.enabled = QCheckBox(self.tr("Run the local API server"))
        self.enabled.setChecked(settings.api_server)
        layout.addWidget(self.enabled)
        form = QFormLayout()
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(settings.api_port)
        self.port.setAccessibleName(self.tr("Port"))
        form.addRow(self.tr("Port"), self.port)
        key_row = QHBoxLayout()
        self.key_label = QLabel()
        key_row.addWidget(self.key_label, 1)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self.edit_key)
        key_row.addWidget(change)
        form.addRow(self.tr("API key"), key_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Try it in a terminal:")))
        self.example = QPlainTextEdit()
        self.example.setReadOnly(True)
        self.example.setAccessibleName(self.tr("Example request"))
        self.example.setMaximumHeight(self.example.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.example)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.example.toPlainText()))
        layout.addWidget(copy)
        layout.addStretch(1)
        self.port.valueChanged.connect(self._show)
        self._show()

    def apply_to(self, settings: Settings) -> None:
        settings.api_server = self.enabled.isChecked()
        settings.api_port = self.port.value()

    def _show(self) -> None:
        key = load_key(self.config_dir)
        self.key_label.setText(mask(key) if key else self.tr("none (any program on this "
                                                             "computer may call it)"))
        url = ServerConfig(port=self.port.value()).url()
        self.example.setPlainText(example_command(url, keyed=key is not None))

    @Slot()
    def edit_key(self) -> None:
        """Ask for a new key; an empty one removes it."""
        key, ok = QInputDialog.getText(
            self, self.tr("API key"),
            self.tr("Programs must then send it as \"Authorization: Bearer KEY\".\n"
                    "Type a new key (empty to remove it):"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            if key.strip():
                save_key(self.config_dir, key)
            else:
                clear_key(self.config_dir)
        except OSError as exc:
            log.warning("Could not save the API key: %s", exc)
            self.key_label.setText(self.tr("The key could not be saved: %1")
                                   .replace("%1", exc.strerror or str(exc)))
            return
        self._show()


class ServerControl(QObject):
    """Runs the server while the setting is on, and shows it in the status bar."""

    def __init__(self, engine: EngineService, settings: Settings, config_dir: Path,
                 bar: QStatusBar, notice: NoticeBar) -> None:
        """Starts the server at once if the setting is on."""
        super().__init__(bar)
        from app.core.server.bridge import EngineBridge

        self.settings = settings
        self.config_dir = config_dir
        self.notice = notice
        self.bridge = EngineBridge(engine)
        self.bridge.busyChanged.connect(self._busy_changed)
        self.server: ApiServer | None = None
        """The running server (its module is imported on first use: uvicorn and Starlette
        cost start-up time that a user who never turns the server on should not pay)."""
        self._stopping: list[ApiServer] = []
        self._busy = 0
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.addAction(self.tr("Copy address"), self.copy_address)
        menu.addAction(self.tr("Copy example request"), self.copy_example)
        self.button.setMenu(menu)
        self.button.hide()
        bar.addPermanentWidget(self.button)
        self._retry = QTimer(self)
        self._retry.setInterval(RESTART_POLL_MS)
        self._retry.timeout.connect(self.apply)
        self.apply()

    @property
    def url(self) -> str | None:
        return self.server.url() if self.server is not None else None

    @Slot()
    def apply(self) -> None:
        """Start, restart or stop the server to match the settings (and the saved key)."""
        from app.core.server.runner import ApiServer

        self._retry.stop()
        wanted = ServerConfig(port=self.settings.api_port, api_key=load_key(self.config_dir),
                              sampling=self.settings.sampling()) \
            if self.settings.api_server else None
        current = self.server
        if current is not None and wanted is not None and current.config == wanted:
            return
        if current is not None:
            current.stop(wait=False)
            self._stopping.append(current)
            self.server = None
        self._stopping = [s for s in self._stopping if s.running]
        if wanted is None:
            self._show()
            return
        if self._stopping:  # the old server still holds the port for a moment
            self._retry.start()
            return
        server = ApiServer(self.bridge, wanted)
        try:
            server.start(wait=False)
        except OSError as exc:
            log.warning("The API server could not listen on port %d: %s", wanted.port, exc)
            self.notice.show_message(
                self.tr("The local API server could not start: port %1 is in use or not "
                        "allowed (%2). Choose another port in Settings.")
                .replace("%1", str(wanted.port)).replace("%2", exc.strerror or str(exc)))
        else:
            self.server = server
        self._show()

    def shutdown(self) -> None:
        """At exit: let open streams end (two seconds at most) and free the port."""
        for server in [self.server, *self._stopping]:
            if server is not None:
                server.stop()
        self.server = None
        self._stopping = []

    def example(self) -> str:
        return example_command(self.url or "", keyed=load_key(self.config_dir) is not None)

    @Slot()
    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.url or "")

    @Slot()
    def copy_example(self) -> None:
        QGuiApplication.clipboard().setText(self.example())

    @Slot(int)
    def _busy_changed(self, count: int) -> None:
        self._busy = count
        self._show()

    def _show(self) -> None:
        url = self.url
        self.button.setVisible(url is not None)
        if url is None:
            return
        address = url.removeprefix("http://").removesuffix("/v1")
        text = self.tr("API %1").replace("%1", address)
        if self._busy:
            text = self.tr("API %1 · answering %2").replace("%1", address) \
                .replace("%2", str(self._busy))
        self.button.setText(text)
        self.button.setToolTip(self.tr("The local API server: other programs on this "
                                       "computer can use the loaded model at %1")
                               .replace("%1", url))
