"""One engine behind a JSON-lines pipe, for the ``peers`` benchmark.

Run by ``.cache/gpt4all-venv/bin/python bench/gpt4all_client.py``: GPT4All's bindings carry
their own llama.cpp build, which must not share a process with llama-cpp-python's, and a
process of its own also makes its resident memory its own. Parla's side of the benchmark
runs behind the same loop (``python -m bench.peers --parla-worker``), so both are driven and
timed the same way. Standard library only here: this file runs in GPT4All's venv.

Protocol, one JSON object a line; every answer has ``ok`` (and ``error`` when false):

- ``{"op": "ready"}`` -> ``{"ok"}``: the libraries are imported (the driver then reads the
  process's memory before any model);
- ``{"op": "load", "model": PATH, "threads": N, "n_ctx": 4096}`` -> ``{"ok", "load_s"}``
- ``{"op": "generate", "prompt": TEXT, "messages": [{"role", "content"}...], "chat": ID,
  "max_tokens": N}`` -> ``{"ok", "first_token_s", "decode_tps", "tokens", "evaluated",
  "text"}``: ``prompt`` is the chat rendered with the model's template (what GPT4All reads),
  ``messages`` and ``chat`` are what Parla's engine takes; times are from the request to each
  token's arrival in this process.
- ``{"op": "quit"}``: exit.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

Handler = Callable[[dict[str, Any]], dict[str, Any]]

#: GPT4All's desktop app's prompt batch (its bindings' ``generate`` defaults to 8, which
#: reads a prompt several times slower; the app is what a user would pick instead of Parla).
N_BATCH = 128


class Arrivals:
    """Token arrival times: first-token latency and decode speed measured alike everywhere."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.times: list[float] = []

    def token(self) -> None:
        self.times.append(time.perf_counter())

    def figures(self) -> dict[str, Any]:
        times = self.times
        decode = times[-1] - times[0] if len(times) > 1 else 0.0
        return {"first_token_s": times[0] - self.started if times else None,
                "decode_tps": (len(times) - 1) / decode if decode > 0 else None,
                "tokens": len(times)}


def serve(handlers: dict[str, Handler], stdin: TextIO = sys.stdin) -> None:
    """Answer requests until ``quit`` or end of input. Native libraries print to fd 1, so
    the protocol gets a private copy of it and fd 1 goes to stderr."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    sys.stdout.flush()
    os.dup2(2, 1)
    handlers = {"ready": lambda _request: {}, **handlers}
    for line in stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("op") == "quit":
            break
        try:
            answer = {"ok": True, **handlers[request["op"]](request)}
        except Exception as error:  # reported to the driver, which records it
            traceback.print_exc()
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        out.write(json.dumps(answer) + "\n")
    out.close()


def gpt4all_handlers() -> dict[str, Handler]:
    """GPT4All 2.8.2 on the CPU. The chat is read as one rendered prompt with special tokens
    parsed and a fresh context, as its bindings read anything outside a chat session (they
    keep one context per model, so another chat in between means reading it all again)."""
    from gpt4all import GPT4All  # type: ignore[import-not-found, unused-ignore]

    state: dict[str, Any] = {}

    def load(request: dict[str, Any]) -> dict[str, Any]:
        path = Path(request["model"])
        started = time.perf_counter()
        state["model"] = GPT4All(model_name=path.name, model_path=str(path.parent),
                                 allow_download=False, device="cpu",
                                 n_threads=request["threads"], n_ctx=request["n_ctx"])
        return {"load_s": time.perf_counter() - started,
                "backend": state["model"].backend}

    def generate(request: dict[str, Any]) -> dict[str, Any]:
        llmodel = state["model"].model
        arrivals = Arrivals()
        pieces: list[str] = []

        def on_token(_token_id: int, text: str) -> bool:
            arrivals.token()
            pieces.append(text)
            return True

        # Greedy (top_k 1) and no repeat penalty, as on the other engines.
        llmodel.prompt_model(request["prompt"], "%1", on_token,
                             n_predict=request["max_tokens"], top_k=1, top_p=1.0, temp=0.0,
                             n_batch=N_BATCH, repeat_penalty=1.0, reset_context=True,
                             special=True)
        figures = arrivals.figures()
        # n_past counts the prompt and every token but the last (which is never decoded).
        evaluated = llmodel.context.n_past - max(figures["tokens"] - 1, 0)
        return {**figures, "evaluated": evaluated, "text": "".join(pieces)}

    return {"load": load, "generate": generate}


if __name__ == "__main__":
    serve(gpt4all_handlers())
