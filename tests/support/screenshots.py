"""Screenshots of the real window for the README: ``make screenshots`` (runs under Xvfb).

Starts the app's window with the real engine and the SmolLM2 test model, chats,
and grabs the window from the X server into ``docs/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.core.engine.worker import EngineService
from app.core.models.catalog import default_catalog
from app.core.models.downloads import Downloader
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import HOME_ENV, app_paths
from app.core.settings import Settings
from app.ui.main_window import MainWindow
from tests.support.fake_hub import FakeHub
from tests.support.fetch_models import fetch_smollm2

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _wait(signal: object, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _grab(window: QWidget, name: str) -> None:
    _settle()
    screen = window.screen()
    image = screen.grabWindow(window.winId())
    DOCS.mkdir(exist_ok=True)
    target = DOCS / name
    if not image.save(str(target)):
        raise SystemExit(f"could not save {target}")
    print(target)


def main() -> int:
    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="parla-shots-")
    model = fetch_smollm2()
    app = QApplication(sys.argv)
    app.setApplicationName("Parla")
    engine = EngineService()
    settings = Settings(temperature=0.0, max_reply_tokens=200)
    paths = app_paths().ensure()
    hub = FakeHub()  # a local stand-in for huggingface.co, slowed to a laptop's Wi-Fi
    entry = default_catalog().find("stablelm-2-zephyr-1_6b:Q4_K_M")
    hub.add_file(entry.repo, entry.filename, model.read_bytes())
    hub.throttle(entry.filename, 4_000_000)
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                           endpoint=hub.url))
    window = MainWindow(engine, settings, paths, downloads)
    window.resize(900, 640)
    window.show()
    _grab(window, "screenshot-empty.png")

    window.open_model(model)
    _wait(engine.loaded)
    for question in ("What is the capital of France?",
                     "Give me three short tips for learning Spanish."):
        window.composer.setPlainText(question)
        window.composer.submit()
        _wait(engine.finished)
    _grab(window, "screenshot-chat.png")
    settings.accepted_licenses.append(default_catalog().model(entry.model_id).license.url)
    dialog = window.show_models()
    assert dialog is not None
    dialog.primary_button.click()  # download the preselected quantization
    _settle(6000)
    _grab(dialog, "screenshot-models.png")
    dialog.close()
    window.close()
    downloads.shutdown()
    engine.shutdown()
    hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
