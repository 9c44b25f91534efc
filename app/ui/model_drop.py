"""A model file dropped onto the main window opens it, as File → Open model does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.ui.gguf_drop import dropped_gguf


class ModelDrop(QObject):
    """An event filter on ``window`` (kept out of the window's own code)."""

    def __init__(self, window: QWidget, open_model: Callable[[Path], None]) -> None:
        super().__init__(window)
        self.open_model = open_model
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and dropped_gguf(event.mimeData()) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and (path := dropped_gguf(event.mimeData())) is not None:
            self.open_model(path)
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
