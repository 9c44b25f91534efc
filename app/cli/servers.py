"""``parla-cli servers``: the saved connections to OpenAI-compatible servers, and
``parla-cli chat --server``'s way to one.

Exit codes: 0 success, 1 failed (a sentence on stderr), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from app.core.engine.base import EngineError, RemoteModel
from app.core.engine.remote.connections import (
    PRESETS,
    Connection,
    Connections,
    normalize_url,
)
from app.core.paths import AppPaths
from app.core.secrets import mask

EXIT_FAILED = 1
KINDS = [p.kind for p in PRESETS]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    servers = commands.add_parser(
        "servers", help="connections to model servers (vLLM, llama.cpp, Ollama, another Parla)")
    actions = servers.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="save a connection (nothing is sent until you use it)")
    add.add_argument("name", help="a name of your choice, e.g. gpu-box")
    add.add_argument("url", help="the server's API address, e.g. http://192.168.1.20:8000/v1")
    add.add_argument("--kind", choices=KINDS, default="openai",
                     help="the server's family; decides which sampling extensions are sent "
                     "(default: %(default)s, OpenAI's fields only)")
    add.add_argument("--model", default="", help="the model to use (default: the server's first)")
    add.add_argument("--api-key-stdin", action="store_true",
                     help="read the API key from stdin (so it stays out of the shell history)")
    actions.add_parser("list", help="the saved connections")
    test = actions.add_parser("test", help="check a connection's address, key and model")
    test.add_argument("name")
    remove = actions.add_parser("remove", help="forget a connection and its key")
    remove.add_argument("name")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    store = Connections(paths.config)
    if args.action == "add":
        key = sys.stdin.readline().strip() if args.api_key_stdin else None
        added = store.add(args.name, args.url, kind=args.kind, model=args.model, api_key=key)
        print(f"Saved {added.name}: {added.base_url}"
              + (f" (API key {mask(key)})" if key else "")
              + f". Check it with: parla-cli servers test {added.name}")
        return 0
    if args.action == "list":
        items = store.all()
        if not items:
            print("No servers. Add one with: parla-cli servers add NAME URL")
        for item in items:
            key = store.key(item.id)
            print(f"{item.name}\t{item.base_url}\t{item.kind}\t{item.model or '(first listed)'}"
                  f"\tkey {mask(key) if key else 'none'}")
        return 0
    connection = _find(store, args.name)
    if args.action == "remove":
        store.remove(connection.id)
        print(f"Removed {connection.name}.")
        return 0
    return _test(store.target(connection))


def _find(store: Connections, name: str) -> Connection:
    found = store.get(name)
    if found is None:
        known = ", ".join(c.name for c in store.all()) or "none"
        raise EngineError(f"There is no server named '{name}'. Saved: {known}.")
    return found


def _test(target: RemoteModel) -> int:
    """The window's Test, on the terminal: models, then the model with a one-token reply."""
    from app.core.engine.remote.probe import probe

    result = probe(target)
    print(f"{target.host} answers; models: " + (", ".join(result.models[:10]) or "none listed"))
    context = f"{result.context_length:,} tokens" if result.context_known else "not said"
    print(f"OK: {result.model} (context {context})")
    return 0


def resolve(store: Connections, name_or_url: str, model: str | None,
            api_key: str | None) -> RemoteModel:
    """``chat --server``: a saved connection by name, or an address used once (not saved)."""
    found = store.get(name_or_url)
    if found is not None:
        target = store.target(found, model)
        return target if api_key is None else replace(target, api_key=api_key)
    if "/" not in name_or_url and ":" not in name_or_url:
        _find(store, name_or_url)  # raises: neither a saved name nor an address
    url = normalize_url(name_or_url)
    return RemoteModel(connection="", name=url, base_url=url, model=model or "",
                       api_key=api_key)
