"""Returning to a chat: first token from a snapshot against the same message in the cache.

``python -m bench.resume --model PATH [--history N]`` prints JSON. A chat of about N tokens
(system prompt and alternating turns of filler text) is read once; then, each round, one
short question is asked with the chat still in the KV cache (*in cache*), after another chat
has been asked in between (*after a switch*), and with a new engine after the first was
unloaded (*after a restart*); each question has the same length and comes after the same
history, so each first token reads the same number of new tokens. The switch and the
restart are measured twice: *opened*, as the app does it (opening a chat calls
``Engine.expect``, which gets it ready while the user types: that time is measured apart),
and *at once*, the question sent with no time in between (as an API client can). The same
return without snapshots (the engine as it was before them) reads the whole chat again:
measured once.

The engine is the app's own ``LlamaCppEngine`` with snapshots on (``LoadOptions.resume``),
in a temporary folder. Issue 15's aim: after a switch and after a restart, the first token
within 1.5 times the first token in cache.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.cancel import CancelToken
from app.core.engine.base import GenerationStats, ResumeOptions, SamplingParams
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.prompts import ChatMessage
from bench.llm import load_options

RESUME_RATIO_TARGET = 1.5
SYSTEM = ChatMessage("system", "You are Parla, a helpful assistant on the user's laptop. "
                               "Answer clearly and briefly, in the user's language.")
OTHER_CHAT = [SYSTEM, ChatMessage("user", "Suggest a name for a small grey cat.")]
ONE_TOKEN = SamplingParams(max_tokens=1, seed=1, temperature=0.7)
FILLER = ("The river runs past the old mill, where the baker buys flour every morning and "
          "talks with the miller about the weather, the harvest and the price of wood. ")


def history(count_tokens: Callable[[list[ChatMessage]], int], target: int) -> list[ChatMessage]:
    """A chat of about ``target`` tokens: the system prompt and alternating turns."""
    messages = [SYSTEM]
    turn = 0
    while count_tokens(messages) < target:
        messages.append(ChatMessage("user" if turn % 2 == 0 else "assistant",
                                    f"Part {turn}. " + FILLER * 3))
        turn += 1
    if messages[-1].role == "user":
        messages.append(ChatMessage("assistant", "Noted. " + FILLER))
    return messages


def _question(number: int) -> ChatMessage:
    """Questions that differ from their second token on, all as long."""
    return ChatMessage("user", f"{'ABCDEFGHIJ'[number % 10]} question: what does the baker "
                               "buy?")


def _ask(engine: LlamaCppEngine, messages: list[ChatMessage], conversation: str | None
         ) -> GenerationStats:
    return engine.generate(messages, ONE_TOKEN, lambda _text: None, CancelToken(),
                           conversation=conversation)


def _load(path: Path, context: int, folder: Path | None) -> LlamaCppEngine:
    engine = LlamaCppEngine()
    options = dataclasses.replace(load_options(path), context_length=context,
                                  resume=ResumeOptions(folder) if folder else None)
    engine.load(options, lambda _fraction: None)
    return engine


def _figures(stats: GenerationStats) -> dict[str, float]:
    return {"first_token_s": round(stats.time_to_first_token_s, 3),
            "prompt_tokens": stats.prompt_tokens, "evaluated": stats.prompt_eval_tokens}


def run(model: Path, *, history_tokens: int = 2000, rounds: int = 3, context: int = 4096,
        report: Callable[[str], None] = lambda _line: None) -> dict[str, Any]:
    """Every figure for ``model``, in one run."""
    with tempfile.TemporaryDirectory(prefix="parla-bench-resume-") as temporary:
        folder = Path(temporary)
        engine = _load(model, context, folder)
        chat = history(engine.count_tokens, history_tokens)
        report(f"  {model.name}: a chat of {engine.count_tokens(chat)} tokens, {rounds} rounds")
        _ask(engine, [*chat, _question(0)], "chat-a")  # read once
        runs: dict[str, list[dict[str, float]]] = {
            name: [] for name in ("in_cache", "after_switch", "after_switch_opened",
                                  "after_restart", "after_restart_opened")}
        ready: dict[str, list[float]] = {"switch": [], "restart": []}
        restart_load_s: list[float] = []
        asked = 0

        def ask(into: str) -> None:
            nonlocal asked
            asked += 1  # a question new to the chat each time, all of one length
            runs[into].append(_figures(_ask(engine, [*chat, _question(asked)], "chat-a")))

        def get_ready(into: str) -> None:
            started = time.perf_counter()
            engine.expect("chat-a")  # the user opened the chat
            ready[into].append(round(time.perf_counter() - started, 3))

        def restart() -> LlamaCppEngine:
            engine.unload()  # as on quitting: the live chat is written
            started = time.perf_counter()
            loaded = _load(model, context, folder)
            restart_load_s.append(round(time.perf_counter() - started, 2))
            return loaded

        for _round in range(rounds):
            ask("in_cache")
            _ask(engine, OTHER_CHAT, "chat-b")
            ask("after_switch")
            _ask(engine, OTHER_CHAT, "chat-b")
            get_ready("switch")
            ask("after_switch_opened")
            engine = restart()
            ask("after_restart")
            engine = restart()
            get_ready("restart")
            ask("after_restart_opened")
        size = sum(p.stat().st_size for p in folder.glob("*/chat-a.*.kvs"))
        engine.unload()

    report(f"  {model.name}: the same return without snapshots")
    bare = _load(model, context, None)
    _ask(bare, [*chat, _question(0)], None)
    _ask(bare, OTHER_CHAT, None)
    without = _figures(_ask(bare, [*chat, _question(1)], None))
    bare.unload()

    def median(runs: list[dict[str, float]]) -> float:
        return statistics.median(r["first_token_s"] for r in runs)

    in_cache = median(runs["in_cache"])
    result: dict[str, Any] = {
        "model": model.name, "history_tokens": runs["in_cache"][0]["prompt_tokens"],
        "rounds": rounds, **runs, "without_snapshots": without,
        "restart_load_s": restart_load_s, "snapshot_mb": round(size / 2**20, 1),
        "ready_s": ready, "in_cache_s": in_cache,
    }
    for key in ("switch", "switch_opened", "restart", "restart_opened"):
        after = result[f"after_{key}_s"] = median(runs[f"after_{key}"])
        result[f"{key}_ratio"] = round(after / in_cache, 2) if in_cache else None
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resume", description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--history", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.model, history_tokens=args.history, rounds=args.rounds,
                         report=lambda line: print(line, file=sys.stderr)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
