"""Screenshots of real windows for the README: ``make screenshots`` (runs under Xvfb).

Starts the app's windows with the real engine and the SmolLM2 test model, chats,
and grabs them from the X server into ``docs/``: the first-run screen, a chat in
English and in German (interface and conversation), the model manager during a
download from a local stand-in for the Hub, and the settings dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.core.engine.worker import EngineService
from app.core.models.catalog import CatalogFile, default_catalog
from app.core.models.downloads import Downloader
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import HOME_ENV, AppPaths, app_paths
from app.core.settings import Settings
from app.ui.i18n import install_translators
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


def _grab(widget: QWidget, name: str) -> None:
    _settle()
    image = widget.screen().grabWindow(widget.winId())
    DOCS.mkdir(exist_ok=True)
    target = DOCS / name
    if not image.save(str(target)):
        raise SystemExit(f"could not save {target}")
    print(target)


def _chat(window: MainWindow, engine: EngineService, questions: list[str]) -> None:
    for question in questions:
        window.composer.setPlainText(question)
        window.composer.submit()
        _wait(engine.finished)


def _fresh_home() -> AppPaths:
    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="parla-shots-")
    return app_paths().ensure()


def _german_errors(engine: EngineService, hub: FakeHub, model: Path,
                   entry: CatalogFile) -> None:
    """What a German user reads when things go wrong: a broken model file, a context
    overflow and a download whose connection keeps dropping (the core's sentences,
    translated)."""
    paths = _fresh_home()
    broken = paths.data / "notizen.gguf"
    broken.write_text("Meine Einkaufsliste, kein Modell.\n", encoding="utf-8")
    hub.clear_faults()
    hub.drop_connection_after(entry.filename, 0, times=None)
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                           endpoint=hub.url, attempts=3, backoff=0.2))
    settings = Settings(temperature=0.0, max_reply_tokens=64, context_length=128,
                        language="de", ui_language="de")
    settings.accepted_licenses.append(default_catalog().model(entry.model_id).license.url)
    window = MainWindow(engine, settings, paths, downloads)
    window.resize(1100, 700)
    window.show()
    window.open_model(broken)
    _wait(engine.loadFailed)
    _grab(window, "screenshot-error-model-de.png")
    window.open_model(model)
    _wait(engine.loaded)
    window.composer.setPlainText("Bitte fasse diesen Text zusammen: " + "Das Meer ist tief. " * 80)
    window.composer.submit()
    _wait(engine.failed)
    _grab(window, "screenshot-error-context-de.png")
    models = window.model_actions.show_models()
    assert models is not None
    models.select_file(entry)
    models.primary_button.click()
    _wait(downloads.failed, 60_000)
    _grab(models, "screenshot-error-download-de.png")
    models.close()
    window.close()
    downloads.shutdown()


def main() -> int:
    model = fetch_smollm2()
    app = QApplication(sys.argv)
    app.setApplicationName("Parla")
    engine = EngineService()
    hub = FakeHub()  # a local stand-in for huggingface.co, slowed to a laptop's Wi-Fi
    entry = default_catalog().find("stablelm-2-zephyr-1_6b:Q4_K_M")
    hub.add_file(entry.repo, entry.filename, model.read_bytes())
    hub.throttle(entry.filename, 4_000_000)

    # English: first run, a chat, the model manager, settings.
    paths = _fresh_home()
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                           endpoint=hub.url))
    settings = Settings(temperature=0.0, max_reply_tokens=220)
    window = MainWindow(engine, settings, paths, downloads)
    window.resize(1100, 700)
    window.show()
    _grab(window, "screenshot-welcome.png")
    window.open_model(model)
    _wait(engine.loaded)
    _grab(window, "screenshot-empty-chat.png")
    _chat(window, engine, ["What is the capital of France?",
                           "Write a Python function that returns the square of a number."])
    _grab(window, "screenshot-chat.png")
    settings.accepted_licenses.append(default_catalog().model(entry.model_id).license.url)
    models = window.model_actions.show_models()
    assert models is not None
    models.primary_button.click()  # download the preselected quantization
    _settle(6000)
    _grab(models, "screenshot-models.png")
    models.close()
    settings_dialog = window.model_actions.show_settings()
    _grab(settings_dialog, "screenshot-settings.png")
    settings_dialog.reject()
    window.close()
    downloads.shutdown()

    # German: the whole interface and the conversation.
    translators = install_translators(app, "de")
    paths = _fresh_home()
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub"))
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=160, language="de",
                                         ui_language="de"), paths, downloads)
    window.resize(1100, 700)
    window.show()
    window.open_model(model)
    _wait(engine.loaded)
    _chat(window, engine, ["Was ist die Hauptstadt von Frankreich?"])
    _grab(window, "screenshot-chat-de.png")
    window.close()
    downloads.shutdown()
    _german_errors(engine, hub, model, entry)
    for translator in translators:
        app.removeTranslator(translator)
    engine.shutdown()
    hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
