"""``parla-cli``: chat with a model from a terminal or a script.

Exit codes: 0 success, 1 the command failed (message on stderr), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli import models, serve, servers
from app.core.cancel import CancelToken
from app.core.engine.base import EngineError, LoadOptions, SamplingParams
from app.core.languages import LANGUAGES
from app.core.logs import setup_logging
from app.core.messages import UserError
from app.core.model_settings import ModelSettings, chat_format_names, model_settings_store
from app.core.paths import AppPaths, app_paths
from app.core.prompts import ChatMessage, system_prompt
from app.core.settings import Settings, load_settings

EXIT_FAILED = 1


def _model_options(command: argparse.ArgumentParser, defaults: Settings) -> None:
    """What ``chat`` and ``complete`` share: the model or server, sampling, statistics."""
    command.add_argument("--model", help="a .gguf model file; with --server, the server's "
                         "model (default: the connection's, else the first it lists)")
    command.add_argument("--server", metavar="NAME_OR_URL",
                         help="send it to a server: a saved connection (parla-cli servers) or "
                         "an address such as http://127.0.0.1:8080/v1")
    command.add_argument("--api-key", help="with --server: the key to send (default: the "
                         "saved connection's)")
    command.add_argument("--json", action="store_true",
                         help="print statistics as JSON at the end")
    command.add_argument("--ctx", type=int, default=None,
                         help="context length in tokens (default: the file's saved setting, "
                         f"else {defaults.context_length})")
    command.add_argument("--format", metavar="NAME", choices=sorted(chat_format_names()),
                         help="chat format for this file instead of its saved or automatic "
                         "one: %(choices)s")
    command.add_argument("--max-tokens", type=int, default=defaults.max_reply_tokens,
                         help="longest reply in tokens (default: %(default)s)")
    command.add_argument("--temperature", type=float, default=defaults.temperature)
    command.add_argument("--top-p", type=float, default=defaults.top_p)
    command.add_argument("--top-k", type=int, default=defaults.top_k)
    command.add_argument("--repeat-penalty", type=float, default=defaults.repeat_penalty)
    command.add_argument("--seed", type=int, default=defaults.seed, help="-1 for random")
    command.add_argument("--threads", type=int, default=defaults.threads,
                         help="0 for automatic")
    command.add_argument("--gpu-layers", type=int, default=defaults.gpu_layers,
                         help="-1 offloads all layers when a GPU backend exists, 0 forces "
                         "the CPU")


def _build_parser() -> argparse.ArgumentParser:
    defaults = load_settings(app_paths().settings_file)
    parser = argparse.ArgumentParser(prog="parla-cli", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"parla {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help="stream one reply to a prompt")
    chat.add_argument("prompt", help='the message to send; "-" reads it from stdin')
    chat.add_argument("--lang", choices=sorted(LANGUAGES), default=defaults.language,
                      help="conversation language; picks the system prompt (default: %(default)s)")
    chat.add_argument("--system", help="system prompt to use instead of the language's default")
    complete = commands.add_parser(
        "complete", help="continue a text word for word (no chat template: base models)")
    complete.add_argument("prompt", help='the beginning to continue; "-" reads it from stdin')
    for command in (chat, complete):
        _model_options(command, defaults)
        command.set_defaults(default_ctx=defaults.context_length)
    models.add_parser(commands)
    serve.add_parser(commands, defaults)
    servers.add_parser(commands)
    return parser


def _load_options(args: argparse.Namespace, paths: AppPaths) -> LoadOptions:
    """A local file, or a server's model (``--server``)."""
    if args.server:
        from app.core.engine.remote.connections import Connections

        remote = servers.resolve(Connections(paths.config), args.server, args.model,
                                 args.api_key)
        return LoadOptions(Path(), remote=remote)
    if args.api_key:
        raise EngineError("--api-key goes with --server.")
    path = Path(args.model or "")
    saved = model_settings_store().get(path)
    options = saved.apply_to(LoadOptions(path, context_length=args.ctx or args.default_ctx,
                                         gpu_layers=args.gpu_layers, threads=args.threads))
    if args.ctx:  # what the command line says wins over the file's saved settings
        options = dataclasses.replace(options, context_length=args.ctx)
    if args.format:
        options = dataclasses.replace(options, chat_format=args.format)
    return options


def _saved(args: argparse.Namespace) -> ModelSettings:
    """The file's settings as the Settings dialog's "This model" tab saved them."""
    return ModelSettings() if args.server else model_settings_store().get(Path(args.model))


def _chat(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.core.engine.factory import create_engine

    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    if not prompt.strip():
        raise EngineError("The prompt is empty.")
    if (args.ctx is not None and args.ctx < 16) or args.max_tokens < 1:
        raise EngineError("--ctx must be at least 16 and --max-tokens at least 1.")
    messages: list[ChatMessage] = []
    if args.command == "chat":
        system = args.system if args.system is not None else _saved(args).system_prompt
        system = system if system is not None else system_prompt(args.lang)
        messages = [ChatMessage("system", system)] if system.strip() else []
        messages.append(ChatMessage("user", prompt))

    options = _load_options(args, paths)
    engine = create_engine()
    try:
        engine.load(options, lambda _p: None)
        params = SamplingParams(temperature=args.temperature, top_p=args.top_p,
                                top_k=args.top_k, repeat_penalty=args.repeat_penalty,
                                max_tokens=args.max_tokens, seed=args.seed)

        def write(text: str) -> None:
            sys.stdout.write(text)
            sys.stdout.flush()

        stats = (engine.generate(messages, params, write, CancelToken()) if messages
                 else engine.complete(prompt, params, write, CancelToken()))
        sys.stdout.write("\n")
        if args.json:
            assert engine.model is not None
            report = dataclasses.asdict(stats)
            report["model"] = engine.model.name
            report["backend"] = engine.model.backend
            if engine.model.remote is not None:
                report["server"] = engine.model.remote.base_url
            sys.stdout.write(json.dumps(report) + "\n")
        for notice in engine.model.notices if engine.model else ():
            print(f"parla-cli: note: {notice}", file=sys.stderr)
    finally:
        engine.unload()
    return 0


def _show_requests() -> None:
    """The server's log line per request on the terminal too (the rest stays in the log)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    handler.setLevel(logging.INFO)
    server_log = logging.getLogger("app.core.server")
    server_log.addHandler(handler)
    server_log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    paths = app_paths().ensure()
    setup_logging(paths.log_file, console_level=logging.ERROR)
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command in ("chat", "complete") and not (args.model or args.server):
        parser.error("name a model file with --model, or a server with --server")
    if args.command == "models":
        return models.run(args, paths)
    try:
        if args.command == "serve":
            _show_requests()
            return serve.run(args, paths, load_settings(paths.settings_file))
        if args.command == "servers":
            return servers.run(args, paths)
        return _chat(args, paths)
    except UserError as exc:
        print(f"parla-cli: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
