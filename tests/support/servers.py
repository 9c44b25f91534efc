"""Real OpenAI-compatible servers on 127.0.0.1, for the remote engine's tests.

Three servers, each a subprocess over the same SmolLM2 GGUF: llama.cpp's ``llama-server``
(``make llama-server`` builds it from the llama.cpp that llama-cpp-python 0.3.36 vendors),
llama-cpp-python's ``python -m llama_cpp.server``, and Parla's own ``parla-cli serve``.
The fixtures below are module-scoped (a server starts in one to three seconds); a test
that kills its server starts its own with :func:`start_server`.

How they really behave (SmolLM2, context 512; ``python -m tests.support.servers OUT`` captures
the raw answers again). LS = llama-server b1-0c1e570, LCP = llama-cpp-python 0.3.36, P = Parla.

- Model id in /v1/models: LS and LCP the --model path as given; P the file stem.
- Context length: LS ``data[0].meta.n_ctx`` (and ``n_ctx_train``) and /props
  ``default_generation_settings.n_ctx``; P ``data[0].context_length`` (and /v1/models/{id});
  LCP nowhere (/props, /v1/models/{id}, /health: 404).
- Readiness: LS and P /health 200 (503 while loading); LCP listens only once loaded.
- Stream: ``data: {...}`` lines, a blank line after each, ``data: [DONE]`` last; no ``event:``.
  First chunk's delta: LS ``{role, content: null}``, LCP ``{role}``, P ``{role, content: ""}``.
  finish_reason comes in its own last chunk with ``delta: {}`` on all three (LS adds
  ``timings``). ``stream_options.include_usage``: LS and P send one more chunk with
  ``choices: []`` and ``usage`` (P's other chunks carry ``usage: null``); LCP ignores it.
  LCP and P send ``: ping - <UTC time>`` comment lines every 15 s (sse-starlette; read in
  the source, not seen in these short streams); LS none. LS sends an error mid-stream as
  ``data: {"error": {...}}``.
- Wrong or missing key, 401: LS ``{"error": {"message": "Invalid API Key", "type":
  "authentication_error", "code": 401}}``; LCP ``{"detail": "Invalid API key"}`` (no "error"
  object); P ``{"error": {..., "type": "authentication_error", "code": "invalid_api_key"}}``.
- Unknown model name: LS and LCP ignore it and answer 200 (LCP echoes the asked name as
  "model"); P 404 ``code: model_not_found``.
- Prompt longer than the context: LS 400 ``type: exceed_context_size_error`` with
  ``n_prompt_tokens`` and ``n_ctx``; LCP and P 400 ``code: context_length_exceeded``. Streamed,
  LS and P answer the same 400, but LCP answers 200 text/event-stream with an EMPTY body (no
  [DONE]) and closes the keep-alive connection (the next request on it: connection reset).
- ``temperature: "x"``: LS 400 ``invalid_request_error``; P 400 ``param: temperature, code:
  invalid_value``; LCP 500 ``internal_server_error`` (pydantic's text and a traceback line).
- Server killed mid-stream (SIGKILL), all three: httpx2.RemoteProtocolError "peer closed
  connection without sending complete message body (incomplete chunked read)"; the openai
  client raises APIConnectionError. SIGTERM cuts the stream the same way (P after uvicorn's
  graceful-shutdown timeout, logging an ASGI traceback).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from tests.support.fetch_models import REPO_ROOT, SMOLLM2_PATH

KINDS = ("llama-server", "llama-cpp-python", "parla")
LLAMA_SERVER_BIN = REPO_ROOT / ".cache" / "llama-server" / "bin" / "llama-server"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 15.0


@dataclass
class RunningServer:
    """A server subprocess that answers on ``base_url``; its output goes to ``log_path``."""

    kind: str
    base_url: str
    api_key: str | None
    model: str
    process: subprocess.Popen[bytes]
    log_path: Path
    _log: IO[bytes] | None = field(default=None, repr=False)

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Terminate (SIGTERM, then SIGKILL after a grace period); safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _command(kind: str, model: Path, port: int, api_key: str | None, ctx: int) -> list[str]:
    if kind == "llama-server":
        if not LLAMA_SERVER_BIN.is_file():
            raise FileNotFoundError(f"{LLAMA_SERVER_BIN} is missing: run `make llama-server` "
                                    "(make pytest does it)")
        # One slot, so a request gets the whole context (the default splits it among slots).
        command = [str(LLAMA_SERVER_BIN), "--model", str(model), "--host", "127.0.0.1",
                   "--port", str(port), "--ctx-size", str(ctx), "--parallel", "1",
                   "--no-webui"]
        return command + (["--api-key", api_key] if api_key else [])
    if kind == "llama-cpp-python":
        command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
                   "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(ctx)]
        return command + (["--api_key", api_key] if api_key else [])
    if kind == "parla":
        command = [sys.executable, "-m", "app.cli.main", "serve", "--model", str(model),
                   "--port", str(port), "--ctx", str(ctx)]
        return command + (["--api-key", api_key] if api_key else [])
    raise ValueError(f"unknown server kind {kind!r}; expected one of {KINDS}")


def _get(url: str, api_key: str | None) -> tuple[int, Any]:
    """Status and JSON body of a GET; status 0 while nothing listens yet."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers),  # noqa: S310
                                    timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        with error:  # an unread error body keeps its socket open
            return error.code, None
    except OSError:
        return 0, None


def start_server(kind: str, model: Path, *, api_key: str | None = "test-key", ctx: int = 2048,
                 tmp: Path, args: Sequence[str] = ()) -> RunningServer:
    """Start one server on a free port and wait until it answers: ``/health`` 200 for
    llama-server (503 while it loads) and Parla, ``/v1/models`` 200 for llama-cpp-python,
    which has no health route and loads the model before it listens. ``args`` go after the
    others (the benchmark's ``--threads``)."""
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    log_path = tmp / f"{kind}-{port}.log"
    env = {key: value for key, value in os.environ.items() if key != "PARLA_API_KEY"}
    env["PARLA_HOME"] = str(tmp / f"parla-home-{port}")
    log = log_path.open("wb")
    process = subprocess.Popen([*_command(kind, model, port, api_key, ctx), *args], cwd=REPO_ROOT,
                               stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                               env=env)
    root = f"http://127.0.0.1:{port}"
    server = RunningServer(kind, f"{root}/v1", api_key, "", process, log_path, log)
    ready = f"{root}/v1/models" if kind == "llama-cpp-python" else f"{root}/health"
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while _get(ready, api_key)[0] != 200:
            if process.poll() is not None:
                raise RuntimeError(f"{kind} exited with {process.returncode} before it "
                                   f"answered:\n{server.log_text()[-4000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{kind} did not answer {ready} within {START_TIMEOUT_S:.0f}"
                                   f" s:\n{server.log_text()[-4000:]}")
            time.sleep(0.1)
        status, models = _get(f"{root}/v1/models", api_key)
        if status != 200:
            raise RuntimeError(f"{kind}: GET /v1/models answered {status}")
        server.model = models["data"][0]["id"]
    except BaseException:
        server.stop()
        raise
    return server


def _serve(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    if not SMOLLM2_PATH.is_file():
        pytest.fail(f"{SMOLLM2_PATH} is missing: run `make test-models` (make test does it).")
    server = start_server(kind, SMOLLM2_PATH, tmp=tmp_path_factory.mktemp(kind))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """llama.cpp's llama-server with SmolLM2, key ``test-key``, context 2048."""
    yield from _serve("llama-server", tmp_path_factory)


@pytest.fixture(scope="module")
def llama_cpp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """llama-cpp-python's server with SmolLM2, key ``test-key``, context 2048."""
    yield from _serve("llama-cpp-python", tmp_path_factory)


@pytest.fixture(scope="module")
def parla_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """Parla's own ``parla-cli serve`` with SmolLM2, key ``test-key``, context 2048."""
    yield from _serve("parla", tmp_path_factory)


@pytest.fixture(scope="module", params=KINDS)
def any_server(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """Each of the three servers in turn: a test that takes it runs once per server (pytest
    orders the tests so one server runs at a time)."""
    yield from _serve(request.param, tmp_path_factory)


QUESTION = [{"role": "user", "content": "What is the capital of France? One word."}]
STORY = "Write a long story about a cat."


def _capture(server: RunningServer, out: Path) -> None:
    """Record raw answers (status, content type, body or SSE lines) of one running server."""
    import httpx2

    root = server.base_url.removesuffix("/v1")
    auth = {"Authorization": f"Bearer {server.api_key}"}
    chat = {"model": server.model, "messages": QUESTION, "temperature": 0, "max_tokens": 8}
    overlong = [{"role": "user", "content": "word " * 3000}]
    posts: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
        "stream": ({**chat, "stream": True}, auth),
        "stream_usage": ({**chat, "stream": True,
                          "stream_options": {"include_usage": True}}, auth),
        "whole": (chat, auth),
        "wrong_key": (chat, {"Authorization": "Bearer wrong-key"}),
        "no_key": (chat, {}),
        "unknown_model": ({**chat, "model": "no-such-model"}, auth),
        "overlong": ({**chat, "messages": overlong}, auth),
        "overlong_stream": ({**chat, "messages": overlong, "stream": True}, auth),
        "bad_temperature": ({**chat, "temperature": "x"}, auth),
        "bad_temperature_stream": ({**chat, "temperature": "x", "stream": True}, auth),
    }
    requests: list[tuple[str, str, str, dict[str, Any] | None, dict[str, str]]]
    requests = [("POST", name, f"{server.base_url}/chat/completions", body, headers)
                for name, (body, headers) in posts.items()]
    requests += [("GET", f"get_{name}", url, None,
                  {"Authorization": "Bearer wrong-key"} if "wrong" in name else auth)
                 for name, url in [("models", f"{server.base_url}/models"),
                                   ("model", f"{server.base_url}/models/{server.model}"),
                                   ("health", f"{root}/health"), ("props", f"{root}/props"),
                                   ("models_wrong_key", f"{server.base_url}/models")]]
    for method, name, url, body, headers in requests:
        # A client each: one server drops the connection after a failed stream.
        with httpx2.Client(timeout=120) as client:
            try:
                with client.stream(method, url, json=body, headers=headers) as response:
                    raw = response.read().decode("utf-8", "replace")
                text = f"{response.status_code} {response.headers.get('content-type')}\n{raw}"
            except httpx2.HTTPError as error:
                text = f"{type(error).__qualname__}: {error}"
        alive = "" if server.process.poll() is None else "\n(the server has exited)"
        (out / f"{name}.txt").write_text(text + alive, encoding="utf-8")


def _capture_kill(kind: str, model: Path, out: Path, *, how: str) -> None:
    """Start a server, stream a long reply, ``how`` = kill/terminate it after the first
    content chunk, and record what httpx2 and the openai client then see."""
    import signal

    import httpx2
    import openai

    for client_kind in ("httpx2", "openai"):
        server = start_server(kind, model, tmp=out / "logs")
        lines: list[str] = []
        outcome = "the stream ended without an error"
        body = {"model": server.model, "temperature": 0, "max_tokens": 400, "stream": True,
                "messages": [{"role": "user", "content": STORY}]}
        sig = signal.SIGKILL if how == "kill" else signal.SIGTERM
        try:
            if client_kind == "httpx2":
                with httpx2.Client(timeout=60) as client, client.stream(
                    "POST", f"{server.base_url}/chat/completions", json=body,
                    headers={"Authorization": f"Bearer {server.api_key}"},
                ) as response:
                    for line in response.iter_lines():
                        lines.append(line)
                        if '"content":"' in line.replace(" ", "") and len(lines) > 2 \
                                and server.process.returncode is None:
                            server.process.send_signal(sig)
                            server.process.poll()
            else:
                with openai.OpenAI(base_url=server.base_url, api_key=server.api_key,
                                   max_retries=0, timeout=60) as oai:
                    stream = oai.chat.completions.create(
                        model=server.model, temperature=0, max_tokens=400, stream=True,
                        messages=[{"role": "user", "content": STORY}])
                    for chunk in stream:
                        lines.append(chunk.model_dump_json(exclude_none=True))
                        if len(lines) == 3:
                            server.process.send_signal(sig)
        except Exception as error:  # recording what a client sees
            outcome = f"{type(error).__module__}.{type(error).__qualname__}: {error}"
        finally:
            try:  # a terminated server may take a while to shut down by itself
                server.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                outcome += f"\n(still running {STOP_TIMEOUT_S:.0f} s later)"
            server.stop()
        (out / f"{how}_midstream_{client_kind}.txt").write_text(
            f"{outcome}\nexit code {server.process.returncode}\nlast lines:\n"
            + "\n".join(lines[-6:]), encoding="utf-8")


def capture_quirks(out: Path, kinds: tuple[str, ...] = KINDS) -> None:
    """Write each server's raw answers under ``out/<kind>/``: see the table at the top."""
    for kind in kinds:
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        server = start_server(kind, SMOLLM2_PATH, ctx=512, tmp=folder / "logs")
        try:
            _capture(server, folder)
        finally:
            server.stop()
        for how in ("kill", "terminate"):
            _capture_kill(kind, SMOLLM2_PATH, folder, how=how)


if __name__ == "__main__":
    # python -m tests.support.servers OUT_DIR [KIND...]
    capture_quirks(Path(sys.argv[1]), tuple(sys.argv[2:]) or KINDS)
