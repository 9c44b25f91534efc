"""The local API server against the same model in-process, side by side in one run.

``python -m bench.api --model PATH [--rounds N] [--tokens N]`` prints JSON with:

- ``decode_ratio``: decode speed a streaming ``openai`` client sees through the server,
  over the in-process engine's on the same prompt and seed (the issue asks ≥ 0.97);
- ``ttft_added_ms``: the client's time to first token minus the engine's own, the median
  (one ``openai`` client kept open across the rounds, as a tool keeps its client)
  of the rounds (what the server adds: HTTP, the bridge, SSE; the issue asks ≤ 20 ms);
- ``concurrent_ratio``: tokens per second of 8 clients at once over one client alone
  (≥ 0.95), and each client's wait against its place in the queue.

The engine runs exactly as in the app: an EngineService owned by this (Qt) thread; the
clients run in a process of their own (``bench.api_client``), as the tools that call the
server do. ``python -m bench`` runs it as its API server section
(``python -m bench --only api`` runs that section alone and keeps the page's other figures).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from app.core.engine.base import GenerationStats, LoadOptions, SamplingParams
from app.core.engine.worker import ENGINE_THREAD, EngineService
from app.core.prompts import ChatMessage
from app.core.server.bridge import EngineBridge
from app.core.server.config import ServerConfig
from app.core.server.runner import ApiServer
from bench.api_client import PROMPT, SEED

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


class ClientProcess:
    """``bench.api_client`` in a process of its own: the tools that call Parla's server are
    separate programs, and a client inside this process would share its interpreter lock
    with the engine thread's per-token Python work."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.api_client"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)

    def stream(self, url: str, tokens: int, *, clients: int = 1,
               keep: bool = False) -> list[dict[str, float]]:
        """``clients`` streamed replies at once (blocks: call it through ``_in_thread``);
        ``keep``: through the one client the process keeps open, as a tool keeps its own."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(
            {"url": url, "tokens": tokens, "clients": clients, "keep": keep}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the client process ended (exit {self._process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise ClientError(answer["error"])
        results: list[dict[str, float]] = answer["results"]
        return results

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


class ClientError(RuntimeError):
    """A request failed as the client saw it."""


def _cpu_outside_engine() -> float | None:
    """CPU seconds this process's threads have used, the engine's excepted (its QThread
    and llama.cpp's worker threads, which inherit its name): the GUI thread, the bridge and
    the server. None where Linux's per-thread figures are not available."""
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return None
    ticks = 0
    for task in tasks.iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        if name != ENGINE_THREAD:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def run(model: Path, *, rounds: int = 5, tokens: int = 128, context: int = 2048,  # noqa: PLR0915
        chat_format: str | None = None, threads: int = 0,
        report: Callable[[str], None] = lambda _line: None) -> dict[str, Any]:
    """Every figure for ``model``; ``report`` hears which part is running. ``chat_format``
    as a user would choose it, for a file that opens for text completion only; ``threads``
    for llama.cpp (0: the app's default)."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    assert app is not None
    service = EngineService()
    finished: list[GenerationStats] = []
    service.finished.connect(lambda _request, stats: finished.append(stats))
    failures: list[str] = []
    service.failed.connect(lambda _request, message: failures.append(str(message)))

    loaded: list[object] = []
    service.loaded.connect(loaded.append)
    service.load(LoadOptions(model, context_length=context, chat_format=chat_format,
                             threads=threads))
    _pump_until(lambda: bool(loaded))
    bridge = EngineBridge(service)
    server = ApiServer(bridge, ServerConfig(port=0, max_queue=CLIENTS * 2))
    server.start()
    params = SamplingParams(max_tokens=tokens, seed=SEED, temperature=0.7)
    client = ClientProcess()
    try:
        report(f"  {model.name}: {rounds} rounds of in-process vs API, {tokens} tokens each")
        url = server.url()
        count = len(finished)
        with contextlib.suppress(ClientError):  # a failed reply is reported just below
            _in_thread(lambda: client.stream(url, 4, keep=True))  # the client's first
        _wait_reply(finished, count, failures)
        inproc: list[GenerationStats] = []
        api: list[tuple[dict[str, float], GenerationStats]] = []
        cpu = {"in": 0.0, "api": 0.0}
        def in_process() -> None:
            count = len(finished)
            service.generate([ChatMessage("user", PROMPT)], params)
            inproc.append(_wait_reply(finished, count, failures))

        def through_api() -> None:
            count = len(finished)
            seen = _in_thread(lambda: client.stream(url, tokens, keep=True))[0]
            api.append((seen, _wait_reply(finished, count, failures)))

        for number in range(rounds):  # alternate who goes first: both see the same machine
            for side in (in_process, through_api) if number % 2 == 0 else (through_api,
                                                                            in_process):
                before = _cpu_outside_engine()
                side()
                after = _cpu_outside_engine()
                if before is not None and after is not None:
                    cpu["in" if side is in_process else "api"] += after - before
        decode_in = statistics.median(s.tokens_per_second for s in inproc)
        decode_api = statistics.median(seen["decode_tps"] for seen, _ in api)
        ratios = [seen["decode_tps"] / stats.tokens_per_second
                  for (seen, _), stats in zip(api, inproc, strict=True)
                  if stats.tokens_per_second]
        api_tokens = sum(stats.generated_tokens for _, stats in api)
        in_tokens = sum(stats.generated_tokens for stats in inproc)
        server_cpu_ms = (round((cpu["api"] / api_tokens - cpu["in"] / in_tokens) * 1000, 2)
                         if _cpu_outside_engine() is not None and api_tokens and in_tokens
                         else None)
        client_cpu_ms = round(sum(seen["cpu_s"] for seen, _ in api) / api_tokens * 1000, 2) \
            if api_tokens else None
        added = statistics.median((seen["ttft_s"] - stats.time_to_first_token_s) * 1000
                                  for seen, stats in api)

        report(f"  {model.name}: one client alone, then {CLIENTS} at once")
        alone_start = time.perf_counter()
        alone = [_in_thread(lambda: client.stream(url, tokens))[0] for _ in range(3)]
        alone_tps = sum(a["tokens"] for a in alone) / (time.perf_counter() - alone_start)
        start = time.perf_counter()
        results = _in_thread(lambda: client.stream(url, tokens, clients=CLIENTS))
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
            "decode_ratio": round(statistics.median(ratios), 3) if ratios else None,
            "decode_ratio_rounds": [round(r, 3) for r in ratios],
            "threads": threads,
            "server_cpu_ms_per_token": server_cpu_ms,
            "client_cpu_ms_per_token": client_cpu_ms,
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
        client.close()
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
