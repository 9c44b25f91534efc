"""The local API server against the same model in-process, side by side in one run.

``python -m bench.api --model PATH [--rounds N] [--tokens N]`` prints JSON with:

- ``decode_ratio``: decode speed a streaming ``openai`` client sees through the server,
  over the in-process engine's on the same prompt and seed (the issue asks ≥ 0.97);
- ``ttft_added_ms``: the client's time to first token minus the engine's own, the median
  (one ``openai`` client kept open across the rounds, as a tool keeps its client)
  of the rounds (what the server adds: HTTP, the bridge, SSE; the issue asks ≤ 20 ms);
- ``concurrent_ratio``: tokens per second of 8 clients at once over one client alone
  (≥ 0.95), and each client's wait against its place in the queue.

The engine runs exactly as in the app: an EngineService owned by this (Qt) thread, the
clients on threads of their own. ``python -m bench`` runs it as its API server section
(``python -m bench --only api`` runs that section alone and keeps the page's other figures).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from app.core.engine.base import GenerationStats, LoadOptions, SamplingParams
from app.core.engine.worker import EngineService
from app.core.prompts import ChatMessage
from app.core.server.bridge import EngineBridge
from app.core.server.config import ServerConfig
from app.core.server.runner import ApiServer

PROMPT = "Write a long story about a dragon who learns to bake bread."
SEED = 7
CLIENTS = 8

#: Issue 12's targets, which the report page checks.
DECODE_RATIO_TARGET = 0.97
TTFT_ADDED_TARGET_MS = 20.0
CONCURRENT_RATIO_TARGET = 0.95


def _pump_until(done: Callable[[], bool], timeout_s: float = 600) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark gave up waiting")
        poll.start()
        loop.exec()
        poll.stop()


def _wait_reply(finished: list[GenerationStats], count: int,
                failures: list[str]) -> GenerationStats:
    """The next reply's stats; a failed reply ends the benchmark instead of hanging it."""
    _pump_until(lambda: len(finished) > count or bool(failures))
    if failures:
        raise RuntimeError(f"a reply failed: {failures[0]}")
    return finished[-1]


def _in_thread(work: Callable[[], Any]) -> Any:
    out: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    _pump_until(lambda: not thread.is_alive())
    if errors:
        raise errors[0]
    return out[0]


def _stream_once(url: str, tokens: int, client: Any = None) -> dict[str, float]:
    """One streamed reply as a client sees it: time to first text, decode rate.

    ``client``: an ``openai.OpenAI`` kept open across requests, as an editor extension or a
    script keeps its client; without one, a new client is made for this request alone (its
    first request costs the library tens of milliseconds that are not the server's)."""
    import openai

    with contextlib.nullcontext(client) if client is not None else openai.OpenAI(
            base_url=url, api_key="none", max_retries=0, timeout=600) as api:
        model = api.models.list().data[0].id
        sent = time.perf_counter()
        first = last = 0.0
        completion = 0
        for chunk in api.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": PROMPT}], max_tokens=tokens, seed=SEED,
                temperature=0.7, stream=True, stream_options={"include_usage": True}):
            now = time.perf_counter()
            if chunk.choices and chunk.choices[0].delta.content:
                first = first or now
                last = now
            if chunk.usage is not None:
                completion = chunk.usage.completion_tokens
    return {"ttft_s": first - sent, "tokens": completion,
            "decode_tps": (completion - 1) / (last - first) if last > first else 0.0,
            "sent": sent, "first": first, "done": last}


def run(model: Path, *, rounds: int = 5, tokens: int = 128, context: int = 2048,  # noqa: PLR0915
        chat_format: str | None = None,
        report: Callable[[str], None] = lambda _line: None) -> dict[str, Any]:
    """Every figure for ``model``; ``report`` hears which part is running. ``chat_format``
    as a user would choose it, for a file that opens for text completion only."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    assert app is not None
    service = EngineService()
    finished: list[GenerationStats] = []
    service.finished.connect(lambda _request, stats: finished.append(stats))
    failures: list[str] = []
    service.failed.connect(lambda _request, message: failures.append(str(message)))

    loaded: list[object] = []
    service.loaded.connect(loaded.append)
    service.load(LoadOptions(model, context_length=context, chat_format=chat_format))
    _pump_until(lambda: bool(loaded))
    bridge = EngineBridge(service)
    server = ApiServer(bridge, ServerConfig(port=0, max_queue=CLIENTS * 2))
    server.start()
    params = SamplingParams(max_tokens=tokens, seed=SEED, temperature=0.7)
    try:
        report(f"  {model.name}: {rounds} rounds of in-process vs API, {tokens} tokens each")
        import openai

        kept = openai.OpenAI(base_url=server.url(), api_key="none", max_retries=0,
                             timeout=600)
        count = len(finished)
        with contextlib.suppress(openai.APIError):  # a failed reply is reported just below
            _in_thread(lambda: _stream_once(server.url(), 4, kept))  # the client's first
        _wait_reply(finished, count, failures)
        inproc: list[GenerationStats] = []
        api: list[tuple[dict[str, float], GenerationStats]] = []
        for _ in range(rounds):  # alternate, so both sides see the same machine
            count = len(finished)
            service.generate([ChatMessage("user", PROMPT)], params)
            inproc.append(_wait_reply(finished, count, failures))
            count = len(finished)
            seen = _in_thread(lambda: _stream_once(server.url(), tokens, kept))
            api.append((seen, _wait_reply(finished, count, failures)))
        kept.close()
        decode_in = statistics.median(s.tokens_per_second for s in inproc)
        decode_api = statistics.median(seen["decode_tps"] for seen, _ in api)
        added = statistics.median((seen["ttft_s"] - stats.time_to_first_token_s) * 1000
                                  for seen, stats in api)

        report(f"  {model.name}: one client alone, then {CLIENTS} at once")
        alone_start = time.perf_counter()
        alone = [_in_thread(lambda: _stream_once(server.url(), tokens)) for _ in range(3)]
        alone_tps = sum(a["tokens"] for a in alone) / (time.perf_counter() - alone_start)
        results: list[dict[str, float]] = []

        def many() -> None:
            threads = [threading.Thread(target=lambda: results.append(
                _stream_once(server.url(), tokens))) for _ in range(CLIENTS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

        start = time.perf_counter()
        _in_thread(many)
        together_tps = sum(r["tokens"] for r in results) / (time.perf_counter() - start)
        one_reply_s = statistics.median(a["done"] - a["sent"] for a in alone)
        by_first = sorted(results, key=lambda r: r["first"])
        waits = [{"place": place, "wait_s": round(r["ttft_s"], 3),
                  "bound_s": round(place * one_reply_s * 1.25 + 0.5, 3)}
                 for place, r in enumerate(by_first)]
        return {
            "model": model.name, "tokens": tokens, "rounds": rounds,
            "decode_tps_in_process": round(decode_in, 2),
            "decode_tps_api": round(decode_api, 2),
            "decode_tps_in_process_rounds": [round(s.tokens_per_second, 2) for s in inproc],
            "decode_tps_api_rounds": [round(seen["decode_tps"], 2) for seen, _ in api],
            "decode_ratio": round(decode_api / decode_in, 3) if decode_in else None,
            "ttft_added_ms": round(added, 1),
            "ttft_added_ms_rounds": [round((seen["ttft_s"] - stats.time_to_first_token_s)
                                           * 1000, 1) for seen, stats in api],
            "throughput_tps_one_client": round(alone_tps, 2),
            "throughput_tps_8_clients": round(together_tps, 2),
            "concurrent_ratio": round(together_tps / alone_tps, 3) if alone_tps else None,
            "one_reply_s": round(one_reply_s, 3),
            "waits": waits,
            "waits_within_bound": all(w["wait_s"] <= w["bound_s"] for w in waits),
        }
    finally:
        server.stop()
        service.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.api", description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=128)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.model, rounds=args.rounds, tokens=args.tokens), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
