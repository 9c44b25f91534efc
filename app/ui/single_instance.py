"""One Parla per user and data folder: a second launch brings the first window forward.

Only one process may write the chat database; a local socket (a named pipe on
Windows) named after the data folder tells a second launch that the first is
running, and lets it ask that window to come to the front.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    """Stable per user and data folder, short enough for every platform's socket names."""
    digest = hashlib.sha256(f"{getpass.getuser()}:{data_dir.resolve()}".encode()).hexdigest()
    return f"parla-{digest[:16]}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)

    def claim(self, wait_ms: int = 500) -> bool:
        """True if this is the only instance; otherwise ask the running one to show itself."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(wait_ms):
            probe.write(ACTIVATE)
            probe.waitForBytesWritten(wait_ms)
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # a crashed instance may have left it behind
        return self._server.listen(self.name)

    def release(self) -> None:
        self._server.close()

    @Slot()
    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # The second instance writes its request right after connecting and exits, so
            # a short synchronous read keeps no connection (or callback) alive afterwards.
            arrived = bool(socket.bytesAvailable()) or socket.waitForReadyRead(500)
            if arrived and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activated.emit()
            socket.abort()
            socket.deleteLater()
