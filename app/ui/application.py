"""GUI entry point: wires paths, settings, logging, the engine thread and the window."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import threading
import urllib.request
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core import rendering
from app.core.engine.factory import engine_runtime
from app.core.engine.worker import EngineService
from app.core.logs import setup_logging
from app.core.memory import resident_memory
from app.core.models.downloads import Downloader
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.models.token import load_token
from app.core.paths import AppPaths, app_paths, resource
from app.core.settings import load_settings
from app.core.store import Store, StoreError
from app.ui.demo import open_first_model
from app.ui.i18n import install_translators, interface_language, text
from app.ui.main_window import MainWindow
from app.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)
qt_log = logging.getLogger("parla.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _route_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _self_test(window: MainWindow, engine: EngineService, model: Path) -> None:
    """``parla --self-test MODEL``: load, ask one question, print the answer, exit.

    Used to smoke-test frozen builds: a build that cannot chat is not a release.
    """
    app = QApplication.instance()
    assert app is not None

    def fail(message: str) -> None:
        print(f"PARLA_SELF_TEST_FAILED {message}", flush=True)
        app.exit(1)

    def ask(_info: object) -> None:
        window.composer.setPlainText("What is the capital of France?")
        window.composer.submit()

    def done(_request: int, stats: object) -> None:
        engine.finished.disconnect(done)  # the API's reply below finishes on it too
        reply = window.session.messages[-1].content if window.session.messages else ""
        report = {"reply": reply, "stats": dataclasses.asdict(stats),  # type: ignore[call-overload]
                  "memory": resident_memory()}
        # The same question through the local API server: the build must carry its stack.
        api: dict[str, object] = {}
        thread = threading.Thread(target=_ask_api, args=(window.api.url or "", api), daemon=True)
        thread.start()
        poll = QTimer(window)

        def check() -> None:
            if not thread.is_alive():
                poll.stop()
                report["api"] = api
                print("PARLA_SELF_TEST_REPLY " + json.dumps(report), flush=True)
                app.exit(0 if reply.strip() and api.get("reply") else 1)

        poll.timeout.connect(check)
        poll.start(50)

    window.settings.temperature = 0.0
    window.settings.max_reply_tokens = 48
    # A plain system prompt: with Parla's longer one, the tiny test model's top two tokens
    # are nearly tied, and AVX2 and AVX-512 kernels round them differently (see notes).
    window.session.language = "en"
    window.settings.system_prompts = {"en": "You are a helpful assistant."}
    window.settings.api_server, window.settings.api_port = True, 0  # any free port
    window.api.apply()
    engine.loaded.connect(ask)
    engine.loadFailed.connect(lambda message: fail(str(message)))
    engine.failed.connect(lambda _r, message: fail(str(message)))
    engine.finished.connect(done)
    QTimer.singleShot(180_000, lambda: fail("timed out"))
    window.open_model(model)


def _ask_api(url: str, result: dict[str, object]) -> None:
    """Ask the self-test's question through the local API (on a plain thread)."""
    body = json.dumps({"messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "What is the capital of France?"}],
        "temperature": 0, "max_tokens": 48})
    try:
        with urllib.request.urlopen(urllib.request.Request(  # noqa: S310 (our http:// URL)
                url + "/chat/completions", data=body.encode(),
                headers={"Content-Type": "application/json"}), timeout=120) as response:
            answer = json.loads(response.read())
        result["reply"] = answer["choices"][0]["message"]["content"]
    except (OSError, ValueError, KeyError, IndexError) as exc:
        result["error"] = repr(exc)


def _take_option(args: list[str], name: str, *, with_value: bool) -> str | None:
    """Remove ``name`` (and its value) from ``args``; its value, "" for a flag, or None."""
    if name not in args:
        return None
    index = args.index(name)
    value = args[index + 1] if with_value and index + 1 < len(args) else ""
    del args[index:index + (2 if with_value else 1)]
    return value


def _quit_once_painted(app: QApplication) -> None:
    """``--quit-when-shown``: the benchmarks time start-up to the first painted window."""
    app.processEvents()  # the window's first expose and paint
    print("PARLA_WINDOW_SHOWN", flush=True)
    QTimer.singleShot(0, app.quit)


def bring_to_front(window: MainWindow) -> None:
    """A second launch asked for this window."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _warm_up() -> None:
    rendering.warm_up()
    engine_runtime()  # imports llama.cpp's bindings once, cached for every later caller


def _application(args: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("parla")
    app.setWindowIcon(QIcon(str(resource("icons", "parla.svg"))))
    return app


def open_store(paths: AppPaths) -> Store | None:
    """The chat database, or None after telling the user why it cannot be used.

    A damaged file is set aside by the store itself; what is left (a database from a
    newer Parla, a folder that cannot be written) would lose or damage chats if Parla
    went on, so it says so and leaves the file as it is.
    """
    try:
        return Store.open(paths.data / "chats.sqlite3")
    except StoreError as exc:
        log.error("Cannot open the chat database: %s", exc)
        QMessageBox.critical(None, APP_NAME, text(exc.message))
        return None


def main(argv: list[str] | None = None) -> int:
    """Start the app. ``parla [MODEL.gguf]`` opens that model right away; ``--demo PATH``
    (``make run``) opens PATH, labelled as a demo, when no model is installed."""
    args = list(sys.argv if argv is None else argv)
    # Benchmarks time start-up with this: quit as soon as the window has been painted.
    quit_when_shown = _take_option(args, "--quit-when-shown", with_value=False) is not None
    test_model = _take_option(args, "--self-test", with_value=True)
    self_test = Path(test_model) if test_model else None
    # `make run` only: the small model to chat with while nothing is installed (app/ui/demo.py).
    demo_model = _take_option(args, "--demo", with_value=True)
    demo = Path(demo_model) if demo_model else None
    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    qInstallMessageHandler(_route_qt_message)
    log.info("Starting %s %s", APP_NAME, __version__)

    app = _application(args)

    instance = SingleInstance(paths.data)
    if not instance.claim():
        print("Parla is already running; its window has been brought to the front.",
              file=sys.stderr)
        log.info("Another instance is running; asked it to show itself")
        return 0

    first_run = not paths.settings_file.exists()
    settings = load_settings(paths.settings_file)
    language = interface_language(settings.ui_language)
    translators = install_translators(app, language)
    if first_run:
        settings.language = language  # new chats start in the interface's language
    store = open_store(paths)
    if store is None:
        instance.release()
        return 1
    engine = EngineService()
    downloads = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                           token=lambda: load_token(paths.config)))
    window = MainWindow(engine, settings, paths, downloads, store)
    window.show()
    instance.activated.connect(lambda: bring_to_front(window))
    # Off the GUI thread, so the first code block of the first reply and the first Models
    # dialog (which asks the runtime about GPUs) do not stall it; a second after start-up,
    # so it does not slow down the window's first paint.
    QTimer.singleShot(1000, lambda: threading.Thread(
        target=_warm_up, name="parla-warm-up", daemon=True).start())
    if quit_when_shown:
        _quit_once_painted(app)
    if self_test is not None:
        print("PARLA_WINDOW_SHOWN", flush=True)
        _self_test(window, engine, self_test)

    if self_test is None:
        requested = next((Path(a) for a in args[1:] if a.lower().endswith(".gguf")), None)
        open_first_model(window, requested, demo,
                         installed=any(e.present for e in downloads.library.installed()))

    log.info("Interface language %s (%d translators)", language, len(translators))
    try:
        return app.exec()
    finally:
        downloads.shutdown()
        engine.shutdown()
        store.close()
        instance.release()
