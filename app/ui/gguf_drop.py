"""Dropping a model file onto a window: one rule for every window that accepts it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_gguf(data: QMimeData) -> Path | None:
    """The first local ``.gguf`` file among the dropped ones, else None."""
    for url in data.urls():
        local = url.toLocalFile()
        if local.lower().endswith(".gguf"):
            return Path(local)
    return None
