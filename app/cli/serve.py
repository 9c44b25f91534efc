"""``parla-cli serve``: the local OpenAI-compatible API server, headless.

A QCoreApplication's event loop on the main thread owns the EngineService (as the GUI
thread does in the window); uvicorn serves on its own thread. Ctrl+C (or SIGTERM) stops
the server, lets the open replies end, and frees the model.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from app.core.engine.base import (
    EngineError,
    LoadOptions,
    ModelInfo,
    SamplingParams,
)
from app.core.models.library import Library
from app.core.paths import AppPaths
from app.core.server.config import DEFAULT_PORT, ServerConfig, check_binding
from app.core.server.keys import load_key, mask
from app.core.settings import Settings

log = logging.getLogger(__name__)

EXIT_FAILED = 1


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               defaults: Settings) -> None:
    serve = commands.add_parser(
        "serve", help="serve a model through an OpenAI-compatible API on this computer")
    serve.add_argument("--model", required=True,
                       help="a .gguf file, or an installed model as `models list` names it "
                       "(e.g. stablelm-2-zephyr-1_6b or stablelm-2-zephyr-1_6b:Q4_K_M)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: %(default)s, this computer only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help="port to listen on (default: %(default)s)")
    serve.add_argument("--api-key", help="ask clients for this key (Authorization: Bearer); "
                       "default: $PARLA_API_KEY, else the saved key, else none")
    serve.add_argument("--allow-remote", action="store_true",
                       help="allow --host to be an address other computers can reach "
                       "(needs an API key)")
    serve.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                       help="a web page origin allowed to call the server (CORS); repeatable")
    serve.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                       help="a host name clients may use besides localhost; repeatable")
    serve.add_argument("--queue", type=int, default=16,
                       help="requests queued or running at once before 503 (default: %(default)s)")
    serve.add_argument("--ctx", type=int, default=defaults.context_length,
                       help="context length in tokens (default: %(default)s)")
    serve.add_argument("--threads", type=int, default=defaults.threads,
                       help="0 for automatic")
    serve.add_argument("--gpu-layers", type=int, default=defaults.gpu_layers,
                       help="-1 offloads all layers when a GPU backend exists, 0 forces the CPU")


def resolve_model(name: str, paths: AppPaths) -> Path:
    """A file path as given, else the installed model with that key or catalog id."""
    path = Path(name).expanduser()
    if path.is_file():
        return path
    installed = [e for e in Library(paths.models).installed() if e.present]
    for entry in installed:
        if entry.key == name:
            return entry.path
    for entry in installed:
        if entry.key.split(":", 1)[0] == name:
            return entry.path
    known = ", ".join(e.key for e in installed) or "none (see `parla-cli models list`)"
    raise EngineError(f"'{name}' is neither a file nor an installed model. Installed: {known}.")


def run(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.core.engine.worker import EngineService
    from app.core.server.bridge import EngineBridge
    from app.core.server.runner import ApiServer

    model_path = resolve_model(args.model, paths)
    key = args.api_key or load_key(paths.config)
    config = ServerConfig(
        host=args.host, port=args.port, api_key=key, max_queue=args.queue,
        allowed_origins=tuple(args.allow_origin), allowed_hosts=tuple(args.allow_host),
        sampling=SamplingParams(temperature=settings.temperature, top_p=settings.top_p,
                                top_k=settings.top_k, repeat_penalty=settings.repeat_penalty,
                                max_tokens=settings.max_reply_tokens))
    if (refusal := check_binding(config, allow_remote=args.allow_remote)) is not None:
        raise EngineError(refusal)

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    service = EngineService()
    bridge = EngineBridge(service)
    server = ApiServer(bridge, config)
    outcome = {"code": 0}

    def loaded(model: ModelInfo) -> None:
        try:
            server.start()
        except OSError as exc:
            print(f"parla-cli: error: cannot listen on {config.host}:{config.port}: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            outcome["code"] = EXIT_FAILED
            app.quit()
            return
        print(f"Serving {model.name} ({model.backend}, context {model.context_length}) at "
              f"{server.url()}", file=sys.stderr)
        if key:
            print(f"API key: {mask(key)}", file=sys.stderr)
        if not config.loopback:
            print("Warning: other computers can reach this server.", file=sys.stderr)
        print("Press Ctrl+C to stop.", file=sys.stderr)

    def failed(message: object) -> None:
        print(f"parla-cli: error: {message}", file=sys.stderr)
        outcome["code"] = EXIT_FAILED
        app.quit()

    service.loaded.connect(loaded)
    service.loadFailed.connect(failed)
    print(f"Loading {model_path.name}…", file=sys.stderr)
    service.load(LoadOptions(model_path, context_length=args.ctx, gpu_layers=args.gpu_layers,
                             threads=args.threads, kv_cache=settings.kv_cache,
                             resume=settings.resume(paths.snapshots)))

    def interrupt(_signum: int, _frame: object) -> None:
        app.quit()

    previous = {s: signal.signal(s, interrupt) for s in (signal.SIGINT, signal.SIGTERM)}
    # Qt's loop runs in C++; a timer lets Python run its signal handlers now and then.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(200)
    try:
        app.exec()
    finally:
        wake.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
        print("Stopping…", file=sys.stderr)
        server.stop()
        service.shutdown()
    return outcome["code"]
