"""Screenshots of real windows for the README: ``make screenshots`` (runs under Xvfb).

Starts the app's windows with the real engine and the SmolLM2 test model, chats,
and grabs them from the X server into ``docs/``: the first-run screen, a chat in
English and in German (interface and conversation), each light and dark, full width
and 480 px wide (half a small laptop screen), the model manager during a download
from a local stand-in for the Hub, the settings dialog, and a chat with a model on a
server (llama.cpp's llama-server on 127.0.0.1, or Parla's own API where it is not built)
with the Servers dialog, and the Models dialog's Hugging Face search.
``python -m tests.support.screenshots remote`` takes the server's two only, ``hub`` the
search alone, ``completion`` the writing view (a text the model continued) alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.engine.remote.connections import PRESETS
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
from tests.support.servers import LLAMA_SERVER_BIN, start_server

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _wait(signal: object, timeout_ms: int = 600_000) -> None:
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


NARROW = 480
"""Half a small laptop screen."""


def _dark_palette() -> QPalette:
    """A dark desktop's colours (Xvfb has no desktop theme to ask)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#e8eaed"),
                         (roles.Base, "#17181a"), (roles.AlternateBase, "#26272a"),
                         (roles.Text, "#e8eaed"), (roles.Button, "#2d2e31"),
                         (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#4a7dff"),
                         (roles.HighlightedText, "#ffffff"), (roles.Link, "#8ab4f8"),
                         (roles.PlaceholderText, "#9aa0a6"), (roles.ToolTipBase, "#2d2e31"),
                         (roles.ToolTipText, "#e8eaed"), (roles.Mid, "#3c4043"),
                         (roles.Midlight, "#35363a"), (roles.Light, "#45474a"),
                         (roles.Dark, "#111214"), (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette


def _appearance(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    _settle(200)  # every widget takes the new palette before the chat is drawn again


def _hover_last_reply(window: MainWindow) -> None:
    """Point at the last reply, as a user would, so its action buttons show."""
    view = window.chat_view
    replies = [m.id for m in window.session.messages if m.role == "assistant"]
    cursor = QTextCursor(view.document())
    document = view.document()
    for position in range(document.characterCount() - 1):
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
        if (cursor.charFormat().anchorHref() == f"parla-message:{replies[-1]}"
                and document.characterAt(position).isalpha()):
            cursor.setPosition(position + 1)
            QTest.mouseMove(view.viewport(), view.cursorRect(cursor).center())
            return


def _both_widths(window: MainWindow, name: str, hover: bool = False) -> None:
    """``name``.png at full width, ``name``-narrow.png at 480 px."""
    window.resize(1100, 700)
    _settle()
    if hover:
        _hover_last_reply(window)
    _grab(window, f"{name}.png")
    window.resize(NARROW, 700)
    _settle()
    window.chat_view.follow.follow()
    _settle(200)
    if hover:
        _hover_last_reply(window)
    _grab(window, f"{name}-narrow.png")
    QTest.mouseMove(window, QPoint(1, 1))
    window.resize(1100, 700)


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


def _remote_chat(engine: EngineService, model: Path) -> None:
    """The Servers dialog after a successful Test, and a chat whose replies come from the
    server, the header naming its host."""
    paths = _fresh_home()
    kind = "llama-server" if LLAMA_SERVER_BIN.is_file() else "parla"
    server = start_server(kind, model, tmp=paths.cache / "server")
    try:
        window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=120), paths)
        window.resize(1100, 700)
        window.show()
        dialog = window.model_actions.remote.show_dialog()
        dialog.name.setText("Home server")
        preset = next(i for i, p in enumerate(PRESETS) if p.kind == "llama.cpp")
        dialog.preset.setCurrentIndex(preset)
        dialog.url.setText(server.base_url)
        dialog.key.setText(server.api_key or "")
        dialog.save_button.click()
        dialog.test_button.click()
        _wait(window.model_actions.remote.probe.succeeded, 60_000)
        _grab(dialog, "screenshot-servers.png")
        dialog.use_button.click()
        _wait(engine.loaded, 60_000)
        _chat(window, engine, ["What is the capital of France?",
                               "Name three other big cities in France."])
        _both_widths(window, "screenshot-remote-chat")
        window.close()
    finally:
        server.stop()


def _hub_search(model: Path) -> None:
    """The Models dialog's Search Hugging Face tab: "smollm" found, the first repository's
    files with their verdicts, one downloading (from a local stand-in for the Hub)."""
    paths = _fresh_home()
    content = model.read_bytes()
    with FakeHub() as hub:
        repo = "parla-test/SmolLM2-135M-Instruct-GGUF"
        hub.add_file(repo, "SmolLM2-135M-Instruct.Q4_1.gguf", content)
        for quant, size in (("Q8_0", 145_000_000), ("F16", 271_000_000)):  # the header, padded
            hub.add_file(repo, f"SmolLM2-135M-Instruct.{quant}.gguf",
                         content[:1_000_000] + bytes(size - 1_000_000))
        hub.describe_repo(repo, downloads=48_210, likes=37, last_modified="2025-02-11T09:00:00Z")
        for other, count, likes in (("parla-test/SmolLM2-360M-Instruct-GGUF", 20_345, 18),
                                    ("someone/smollm2-135m-finetune-GGUF", 312, 2)):
            hub.add_file(other, "model.Q4_1.gguf", content[:1_000_000])
            hub.describe_repo(other, downloads=count, likes=likes)
        hub.add_file("parla-test/SmolLM2-gated-GGUF", "model.Q4_1.gguf", content[:1_000_000],
                     gated=True)
        hub.throttle("SmolLM2-135M-Instruct.Q4_1.gguf", 4_000_000)
        downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                               endpoint=hub.url))
        engine = EngineService()
        window = MainWindow(engine, Settings(), paths, downloads)
        window.show()
        dialog = window.model_actions.show_models()
        assert dialog is not None
        panel = dialog.hub
        dialog.tabs.setCurrentWidget(panel)
        panel.search_box.setText("smollm")
        panel.search()
        _wait(panel.service.results, 30_000)
        panel.results.selectRow(0)
        _wait(panel.service.listed, 30_000)
        panel.files.selectRow(0)
        panel.download(panel.listing.fits[0])  # type: ignore[union-attr]
        _settle(4000)
        _grab(dialog, "screenshot-hub-search.png")
        dialog.close()
        panel.shutdown()
        window.close()
        downloads.shutdown()
        engine.shutdown()


def _completion(engine: EngineService, model: Path) -> None:
    """The writing view: a beginning, the model's continuation and, after Continue, more
    of it, in one document."""
    paths = _fresh_home()
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=40), paths)
    window.resize(1100, 700)
    window.show()
    window.open_model(model)
    _wait(engine.loaded)
    window.writing.new_text()
    window.composer.setPlainText("Once upon a time, in a small village by the sea, there "
                                 "lived an old lighthouse keeper named")
    window.composer.submit()
    _wait(engine.finished)
    window.writing.continue_button.click()
    _wait(engine.finished)
    window.chats.refresh()
    _grab(window, "screenshot-completion.png")
    window.close()


def main() -> int:
    model = fetch_smollm2()
    app = QApplication(sys.argv)
    app.setApplicationName("Parla")
    _appearance(app, dark=False)
    engine = EngineService()
    if sys.argv[1:] == ["remote"]:
        _remote_chat(engine, model)
        engine.shutdown()
        return 0
    if sys.argv[1:] == ["completion"]:
        _completion(engine, model)
        engine.shutdown()
        return 0
    if sys.argv[1:] == ["hub"]:
        _hub_search(model)
        engine.shutdown()
        return 0
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
    _both_widths(window, "screenshot-empty-chat")
    _chat(window, engine, ["What is the capital of France?",
                           "Write a Python function that returns the square of a number."])
    _both_widths(window, "screenshot-chat", hover=True)
    _appearance(app, dark=True)
    window.chats.refresh()
    window._rerender()
    _both_widths(window, "screenshot-chat-dark", hover=True)
    _appearance(app, dark=False)
    window._rerender()
    settings.accepted_licenses.append(default_catalog().model(entry.model_id).license.url)
    models = window.model_actions.show_models()
    assert models is not None
    models.primary_button.click()  # download the preselected quantization
    _settle(6000)
    _grab(models, "screenshot-models.png")
    models.close()
    _hub_search(model)
    settings_dialog = window.model_actions.show_settings()
    _grab(settings_dialog, "screenshot-settings.png")
    settings_dialog.reject()
    window.close()
    downloads.shutdown()
    _remote_chat(engine, model)
    _completion(engine, model)

    # German: the whole interface and the conversation.
    translators = install_translators(app, "de")
    paths = _fresh_home()
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub"))
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=90, language="de",
                                         ui_language="de"), paths, downloads)
    window.resize(1100, 700)
    window.show()
    window.open_model(model)
    _wait(engine.loaded)
    _chat(window, engine, ["Was ist die Hauptstadt von Frankreich?",
                           "Schreibe eine Python-Funktion, die eine Zahl quadriert."])
    _both_widths(window, "screenshot-chat-de", hover=True)
    _appearance(app, dark=True)
    window._rerender()
    _both_widths(window, "screenshot-chat-de-dark", hover=True)
    _appearance(app, dark=False)
    window._rerender()
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
