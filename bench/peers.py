"""Parla beside the engines a user would pick instead, on the same GGUF file.

``python -m bench.peers --model PATH [--rounds N] [--quick]`` prints JSON. Three engines, each
in a process of its own (so each one's resident memory is its own), on the same file, with
the same threads and a context of 4,096 tokens (the app's default settings):

- **Parla**: its ``LlamaCppEngine`` as the app loads it (``Settings()``'s defaults, chat
  snapshots on), behind ``python -m bench.peers --parla-worker``;
- **GPT4All** 2.8.2, the PyPI bindings with their own llama.cpp build, CPU, in
  ``.cache/gpt4all-venv`` (``bench/gpt4all_env.py``) behind ``bench/gpt4all_client.py``;
- **llama-server**, llama.cpp's own server (``make llama-server``), over HTTP on 127.0.0.1
  (streaming ``/completion``, its defaults otherwise: prompt cache and host-memory cache on).

Every engine gets the same chats, rendered with the chat format Parla picks for the file
(the peers read the rendered text, special tokens parsed): a warm-up; a new short chat
(*first token, new chat*; *decode* at ~100 tokens); chat A of ~2,000 tokens as a new chat
(*prompt* tokens/s: tokens read over the time to the first token; *decode* at ~2,000);
a short chat B; then a new question in chat A (*first token, returning*: Parla resumes from
its snapshot, the peers do what they do by default); then the process's peak resident memory
(VmHWM). Sampling is greedy with no repeat penalty; llama-server ignores end-of-text, the
others count the tokens they produced. Engines alternate within each round, in a rotating
order. A peer that cannot run is recorded as not measured, with the reason.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import http.client
import json
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from bench import gpt4all_env
from bench.gpt4all_client import Arrivals, Handler, serve
from bench.llm import QUESTION
from bench.resume import OTHER_CHAT, SYSTEM, history

ENGINES: tuple[str, ...] = ("parla", "gpt4all", "llama-server")
LABELS = {"parla": "Parla", "gpt4all": "GPT4All 2.8.2", "llama-server": "llama-server"}
REQUEST_TIMEOUT_S = 1800.0
RETURN_QUESTION = "One more question: what does the baker buy, and from whom?"

Report = Callable[[str], None]
Messages = list[dict[str, str]]


class PeerError(RuntimeError):
    """An engine failed or could not start; the message is what the report shows."""


def _messages(chat: Sequence[Any]) -> Messages:
    return [{"role": m.role, "content": m.content} for m in chat]


_STATUS_KEYS = {"VmHWM": "peak_rss", "VmRSS": "rss", "RssAnon": "anon_rss",
                "RssFile": "file_rss"}


def memory(pid: int) -> dict[str, int]:
    """Peak (VmHWM) and current (VmRSS) resident memory of ``pid``, in bytes, and the current
    split: private memory (RssAnon) and pages of mapped files (RssFile: a peer's mapped
    model file, which the kernel can reclaim; Parla reads its file into private memory)."""
    figures: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in _STATUS_KEYS:
            figures[_STATUS_KEYS[key]] = int(value.split()[0]) * 1024
    return figures


# --- prompts, rendered once in the driver -----------------------------------------------------


class Prompts:
    """Chats rendered with the chat format Parla picks for the file (a vocabulary-only load:
    no weights), so every engine reads the same text."""

    def __init__(self, path: Path) -> None:
        from llama_cpp import Llama

        from bench.llm import chat_renderer

        with Path(os.devnull).open("w") as devnull, contextlib.redirect_stderr(devnull):
            self._llama = Llama(model_path=str(path), vocab_only=True, verbose=True)
        self._llama.verbose = False
        self._renderer = chat_renderer(self._llama, path)

    def text(self, messages: Messages) -> str:
        from app.core.prompts import ChatMessage

        chat: list[Any] = [ChatMessage(m["role"], m["content"])  # type: ignore[arg-type]
                           for m in messages]
        return self._renderer.render(chat)

    def tokens(self, messages: Messages) -> list[int]:
        tokens: list[int] = self._llama.tokenize(self.text(messages).encode(), add_bos=False,
                                                 special=True)
        return tokens

    def close(self) -> None:
        self._llama.close()


# --- the engines, as the driver sees them -----------------------------------------------------


class Side(Protocol):
    pid: int

    def generate(self, messages: Messages, prompts: Prompts, chat: str,
                 max_tokens: int) -> dict[str, Any]: ...

    def stop(self) -> None: ...


class WorkerSide:
    """An engine behind ``gpt4all_client``'s JSON-lines loop, in its own process."""

    def __init__(self, command: list[str], log: Path) -> None:
        self._log = log.open("wb")
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self._log, cwd=gpt4all_env.REPO_ROOT)
        self.pid = self.process.pid
        self.log_path = log
        self._selector = selectors.DefaultSelector()
        assert self.process.stdout is not None
        self._selector.register(self.process.stdout, selectors.EVENT_READ)

    def request(self, payload: dict[str, Any], timeout: float = REQUEST_TIMEOUT_S
                ) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write((json.dumps(payload) + "\n").encode())
            self.process.stdin.flush()
        except BrokenPipeError as error:
            raise PeerError(self._died()) from error
        if not self._selector.select(timeout):
            raise PeerError(f"no answer to {payload['op']} within {timeout:.0f} s")
        line = self.process.stdout.readline()
        if not line:
            raise PeerError(self._died())
        answer: dict[str, Any] = json.loads(line)
        if not answer.get("ok"):
            raise PeerError(str(answer.get("error")))
        return answer

    def _died(self) -> str:
        self.process.wait(10)
        tail = self.log_path.read_text(errors="replace").strip().splitlines()[-3:]
        return f"exited with {self.process.returncode}: {' / '.join(tail)}"

    def generate(self, messages: Messages, prompts: Prompts, chat: str,
                 max_tokens: int) -> dict[str, Any]:
        return self.request({"op": "generate", "messages": messages, "chat": chat,
                             "prompt": prompts.text(messages), "max_tokens": max_tokens})

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                assert self.process.stdin is not None
                self.process.stdin.write(b'{"op": "quit"}\n')
                self.process.stdin.close()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._selector.close()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self._log.close()


class ServerSide:
    """llama-server, asked over HTTP with the prompt's tokens (streaming ``/completion``)."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.pid: int = server.process.pid
        self._port = int(server.base_url.rsplit(":", 1)[1].split("/")[0])

    def generate(self, messages: Messages, prompts: Prompts, chat: str,
                 max_tokens: int) -> dict[str, Any]:
        body = {"prompt": prompts.tokens(messages), "n_predict": max_tokens, "stream": True,
                "temperature": 0.0, "top_k": 1, "top_p": 1.0, "min_p": 0.0,
                "repeat_penalty": 1.0, "ignore_eos": True, "seed": 1}
        connection = http.client.HTTPConnection("127.0.0.1", self._port,
                                                timeout=REQUEST_TIMEOUT_S)
        try:
            arrivals = Arrivals()
            connection.request("POST", "/completion", json.dumps(body),
                               {"Content-Type": "application/json"})
            response = connection.getresponse()
            if response.status != 200:
                raise PeerError(f"/completion answered {response.status}: "
                                f"{response.read()[:300]!r}")
            pieces: list[str] = []
            final: dict[str, Any] = {}
            for raw in response:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data: "):
                    continue
                data = json.loads(line[len("data: "):])
                if data.get("stop"):
                    final = data
                    break
                arrivals.token()
                pieces.append(data.get("content", ""))
        finally:
            connection.close()
        timings = final.get("timings", {})
        return {**arrivals.figures(), "evaluated": timings.get("prompt_n"),
                "text": "".join(pieces), "cached": final.get("tokens_cached"),
                "server_decode_tps": timings.get("predicted_per_second")}

    def stop(self) -> None:
        self.server.stop()


def _start(engine: str, model: Path, folder: Path, *, threads: int, n_ctx: int,
           install: bool) -> tuple[Side, float, int | None]:
    """Start ``engine`` on ``model``: its load time, and its process's resident memory before
    loading (``None`` for llama-server, which loads as it starts). :class:`PeerError` if it
    cannot run."""
    if engine == "llama-server":
        from tests.support.servers import start_server

        started = time.perf_counter()
        try:
            server = start_server("llama-server", model, api_key=None, ctx=n_ctx,
                                  tmp=folder / "llama-server", args=("--threads", str(threads)))
        except (OSError, RuntimeError) as error:
            raise PeerError(str(error).splitlines()[0]) from error
        return ServerSide(server), time.perf_counter() - started, None
    if engine == "gpt4all":
        try:
            python = gpt4all_env.ensure_venv() if install else gpt4all_env.PYTHON
        except gpt4all_env.UnavailableError as error:
            raise PeerError(str(error)) from error
        if not gpt4all_env.ready():
            raise PeerError(f"{gpt4all_env.VENV} is missing (`python -m bench.gpt4all_env` "
                            "makes it; a --quick run does not download it)")
        command = [str(python), str(Path(__file__).with_name("gpt4all_client.py"))]
        try:
            model = gpt4all_env.readable_model(model)
        except (OSError, subprocess.SubprocessError) as error:
            raise PeerError(f"could not write a copy GPT4All reads: {error}") from error
    else:
        command = [sys.executable, "-m", "bench.peers", "--parla-worker", str(folder / "snap")]
    side = WorkerSide(command, folder / f"{engine}.log")
    try:
        side.request({"op": "ready"})  # its libraries imported, no model yet
        base = memory(side.pid)["rss"]
        answer = side.request({"op": "load", "model": str(model), "threads": threads,
                               "n_ctx": n_ctx})
    except BaseException:
        side.stop()
        raise
    return side, float(answer["load_s"]), base


# --- one engine's turn in a round -------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Chats:
    short: Messages
    long: Messages
    other: Messages
    warmup: Messages


def _chats(prompts: Prompts, history_tokens: int) -> Chats:
    from app.core.prompts import ChatMessage

    def count(chat: Sequence[Any]) -> int:
        return len(prompts.tokens(_messages(chat)))

    question = ChatMessage("user", "A question: what does the baker buy?")
    return Chats(short=_messages([SYSTEM, ChatMessage("user", QUESTION)]),
                 long=_messages([*history(count, history_tokens), question]),
                 other=_messages(OTHER_CHAT),
                 warmup=_messages([ChatMessage("user", "Hello!")]))


def _turn(side: Side, prompts: Prompts, chats: Chats, tokens: int) -> dict[str, Any]:
    """Every figure of one engine, in the order a user meets them."""
    side.generate(chats.warmup, prompts, "warmup", 2)
    short = side.generate(chats.short, prompts, "short", tokens)
    loaded = memory(side.pid)  # the model and a 4,096-token context, one short chat
    long = side.generate(chats.long, prompts, "a", tokens)
    side.generate(chats.other, prompts, "b", 4)
    back = [*chats.long, {"role": "assistant", "content": long["text"]},
            {"role": "user", "content": RETURN_QUESTION}]
    returning = side.generate(back, prompts, "a", 1)
    prompt_tps = (long["evaluated"] / long["first_token_s"]
                  if long.get("evaluated") and long.get("first_token_s") else None)
    return {"short": short, "long": long, "returning": returning, "prompt_tps": prompt_tps,
            "returning_tokens": len(prompts.tokens(back)), "loaded_rss": loaded["rss"],
            "loaded_anon_rss": loaded["anon_rss"], "loaded_file_rss": loaded["file_rss"],
            **memory(side.pid)}


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 4) if present else None


def _summary(turns: list[dict[str, Any]]) -> dict[str, Any]:
    bases = [t["base_rss"] for t in turns if t.get("base_rss")]  # llama-server has none
    return {
        "measured": True,
        "decode_short_tps": _median([t["short"]["decode_tps"] for t in turns]),
        "decode_long_tps": _median([t["long"]["decode_tps"] for t in turns]),
        "prompt_tps": _median([t["prompt_tps"] for t in turns]),
        "new_chat_first_token_s": _median([t["short"]["first_token_s"] for t in turns]),
        "returning_first_token_s": _median([t["returning"]["first_token_s"] for t in turns]),
        "returning_evaluated": _median([t["returning"].get("evaluated") for t in turns]),
        "peak_rss": max(t["peak_rss"] for t in turns),
        "rss": max(t["rss"] for t in turns),
        "base_rss": max(bases) if bases else None,
        "loaded_rss": max(t["loaded_rss"] for t in turns),
        "loaded_anon_rss": max(t.get("loaded_anon_rss", 0) for t in turns),
        "loaded_file_rss": max(t.get("loaded_file_rss", 0) for t in turns),
        "load_s": _median([t["load_s"] for t in turns]),
        "rounds": turns,
    }


def run(model: Path, *, rounds: int = 3, tokens: int = 64, history_tokens: int = 2000,
        engines: Sequence[str] = ENGINES, install_gpt4all: bool = True,
        report: Report = lambda _line: None) -> dict[str, Any]:
    """Every figure for ``model``, the engines alternating within each round."""
    from app.core.engine.llama.tuning import physical_cores
    from app.core.settings import Settings

    settings = Settings()
    threads = settings.threads or physical_cores()
    n_ctx = settings.context_length
    prompts = Prompts(model)
    try:
        chats = _chats(prompts, history_tokens)
        contexts = {"short": len(prompts.tokens(chats.short)),
                    "long": len(prompts.tokens(chats.long))}
        turns: dict[str, list[dict[str, Any]]] = {engine: [] for engine in engines}
        failed: dict[str, str] = {}
        with tempfile.TemporaryDirectory(prefix="parla-bench-peers-") as temporary:
            for number in range(rounds):
                order = [*engines[number % len(engines):], *engines[:number % len(engines)]]
                for engine in (e for e in order if e not in failed):
                    report(f"  {model.name}: {LABELS[engine]}, round {number + 1} of {rounds}")
                    folder = Path(temporary) / f"{engine}-{number}"
                    folder.mkdir()
                    side: Side | None = None
                    try:
                        side, load_s, base = _start(engine, model, folder, threads=threads,
                                                    n_ctx=n_ctx, install=install_gpt4all)
                        turns[engine].append({"load_s": load_s, "base_rss": base,
                                              **_turn(side, prompts, chats, tokens)})
                    except (PeerError, OSError, ValueError) as error:
                        failed[engine] = str(error)
                        report(f"  {LABELS[engine]} not measured: {error}")
                    finally:
                        if side is not None:
                            side.stop()
    finally:
        prompts.close()
    results: dict[str, Any] = {}
    for engine in engines:
        if engine in failed:
            results[engine] = {"measured": False, "reason": failed[engine]}
        else:
            results[engine] = _summary(turns[engine])
    return {"model": model.name, "file_bytes": model.stat().st_size, "rounds": rounds,
            "tokens": tokens, "threads": threads, "n_ctx": n_ctx, "contexts": contexts,
            "engines": results, "aims": aims(results)}


def aims(engines: dict[str, Any]) -> dict[str, Any]:
    """The issue's aims for Parla against the peers that were measured: decode at least as
    fast as the fastest at each length, the returning first token and the peak memory below
    every one. None where Parla or every peer is missing."""
    parla = engines.get("parla", {})
    peers = {name: e for name, e in engines.items() if name != "parla" and e.get("measured")}
    if not parla.get("measured") or not peers:
        return {"decode_short": None, "decode_long": None, "returning": None, "memory": None}

    def ratio(key: str, higher: bool) -> float | None:
        values = [e[key] for e in peers.values() if e.get(key)]
        if not values or not parla.get(key):
            return None
        best = max(values) if higher else min(values)
        return round(float(parla[key]) / float(best), 3)

    return {"decode_short": ratio("decode_short_tps", True),
            "decode_long": ratio("decode_long_tps", True),
            "returning": ratio("returning_first_token_s", False),
            "memory": ratio("peak_rss", False), "peers": sorted(peers)}


def parla_handlers(snapshots: Path) -> dict[str, Handler]:
    """Parla's side: the app's engine with the app's default settings, snapshots on."""
    from app.core.cancel import CancelToken
    from app.core.engine.base import ReplyProgress, SamplingParams
    from app.core.engine.llama.engine import LlamaCppEngine
    from app.core.prompts import ChatMessage
    from app.core.settings import Settings
    from bench.llm import load_options

    engine = LlamaCppEngine()
    settings = Settings()

    def load(request: dict[str, Any]) -> dict[str, Any]:
        options = dataclasses.replace(
            load_options(Path(request["model"])), context_length=settings.context_length,
            gpu_layers=settings.gpu_layers, threads=settings.threads,
            kv_cache=settings.kv_cache, resume=settings.resume(snapshots))
        started = time.perf_counter()
        info = engine.load(options, lambda _fraction: None)
        return {"load_s": time.perf_counter() - started, "n_ctx": info.context_length,
                "backend": info.backend}

    def generate(request: dict[str, Any]) -> dict[str, Any]:
        messages = [ChatMessage(m["role"], m["content"]) for m in request["messages"]]
        params = SamplingParams(temperature=0.0, top_p=1.0, top_k=1, repeat_penalty=1.0,
                                max_tokens=request["max_tokens"], seed=1)
        arrivals = Arrivals()
        pieces: list[str] = []

        def progress(state: ReplyProgress) -> None:
            if state.generated_tokens > len(arrivals.times):
                arrivals.token()

        stats = engine.generate(messages, params, pieces.append, CancelToken(), progress,
                                conversation=request["chat"])
        return {**arrivals.figures(), "evaluated": stats.prompt_eval_tokens,
                "text": "".join(pieces)}

    return {"load": load, "generate": generate}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--history", type=int, default=2000)
    parser.add_argument("--parla-worker", type=Path, metavar="SNAPSHOTS",
                        help="(internal) serve Parla's engine on stdin/stdout")
    args = parser.parse_args(argv)
    if args.parla_worker:
        serve(parla_handlers(args.parla_worker))
        return 0
    if args.model is None:
        parser.error("--model is required")
    print(json.dumps(run(args.model, rounds=args.rounds, tokens=args.tokens,
                         history_tokens=args.history,
                         report=lambda line: print(line, file=sys.stderr)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
