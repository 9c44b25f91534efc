"""The second ``Engine``: a model that an OpenAI-compatible server runs (vLLM, llama.cpp's
``llama-server``, Ollama, LM Studio, another Parla).

The window, the CLI and the local API use it exactly as they use llama.cpp: ``load``
checks the server, its key and its model; ``generate`` streams the reply through
``on_text``. HTTP is httpx2's (already under huggingface-hub), its server-sent events
reader included. The stream is read on a short-lived thread of its own and handed to the
engine's thread through a queue, so Stop is honoured at once even while the server is
still reading a long prompt and sends nothing: the engine thread stops waiting, and the
reader closes the connection at the next event (which is what tells the server to stop).
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.cancel import CancelToken
from app.core.engine.base import (
    EngineError,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    RemoteModel,
    ReplyProgress,
    ReplyProgressCallback,
    SamplingParams,
    StopReason,
    TextCallback,
)
from app.core.engine.remote import protocol
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.prompts import ChatMessage

if TYPE_CHECKING:
    import httpx2

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 300.0
"""Longest silence inside a reply (a big prompt on a busy CPU server is read in silence)."""
CHECK_TIMEOUT_S = 30.0
"""Longest wait for a server's model list: a server that accepts connections and never
answers must not hold the engine's queue (and the user's next choice) for minutes."""
POLL_S = 0.05
"""How often the engine thread looks at the Stop flag while it waits for the server."""
GUESSED_CONTEXT = 4096
"""The context the meter assumes when a server does not say its own."""
CHARS_PER_TOKEN = 4.0
"""English text's usual ratio, until a reply's ``usage`` tells the real one."""

NOT_REACHABLE = QT_TRANSLATE_NOOP(
    "core", "Nothing answers at {url}. Is the server running, and is the address right? "
    "({detail})")
TIMED_OUT = QT_TRANSLATE_NOOP(
    "core", "The server at {host} stopped answering (nothing for {seconds} seconds).")
KEY_REFUSED = QT_TRANSLATE_NOOP(
    "core", "The server at {host} refused the API key (HTTP {status}). Check the key in "
    "the connection's settings. ({detail})")
NO_SUCH_MODEL = QT_TRANSLATE_NOOP(
    "core", "The server at {host} has no model named '{model}'. It has: {available}.")
NO_MODELS = QT_TRANSLATE_NOOP(
    "core", "The server at {host} lists no models. Load one on the server, or type the "
    "model's name by hand.")
NOT_OPENAI = QT_TRANSLATE_NOOP(
    "core", "{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check "
    "the address: it usually ends in /v1.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "core", "The conversation is too long for the model on {host}: {detail} Start a new "
    "chat, or delete some messages.")
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "core", "The server at {host} answered with an error (HTTP {status}): {detail}")
STREAM_ERROR = QT_TRANSLATE_NOOP(
    "core", "The server at {host} stopped the reply with an error: {detail}")
STREAM_CUT = QT_TRANSLATE_NOOP(
    "core", "The connection to {host} closed before the reply was finished; what arrived "
    "is kept.")
EMPTY_STREAM = QT_TRANSLATE_NOOP(
    "core", "The server at {host} closed the connection without a reply. Its log says why; "
    "a conversation longer than the server's context is a common cause.")
GARBLED = QT_TRANSLATE_NOOP(
    "core", "The server at {host} sent something that is not an OpenAI-compatible reply "
    "({detail}).")
NO_MODEL_CHOSEN = QT_TRANSLATE_NOOP("core", "No model is open.")


def _fail(template: str, **args: object) -> EngineError:
    return EngineError(Message(template, **args))


@dataclass
class _Done:
    """The stream ended: ``[DONE]`` was seen (``complete``), or it just stopped."""

    complete: bool


@dataclass
class _Run:
    """One reply as it streams in."""

    started: float
    first: float = 0.0
    last: float = 0.0
    pieces: int = 0
    """Chunks that carried text: the token count when the server sends no ``usage``."""
    finish: str | None = None
    stop: StopReason = StopReason.END_OF_TURN
    usage: protocol.Chunk = field(default_factory=protocol.Chunk)

    def take(self, chunk: protocol.Chunk) -> bool:
        """Note what ``chunk`` says; True if it carries text to show."""
        if chunk.prompt_tokens is not None:
            self.usage.prompt_tokens = chunk.prompt_tokens
        if chunk.completion_tokens is not None:
            self.usage.completion_tokens = chunk.completion_tokens
        self.finish = chunk.finish_reason or self.finish
        if not chunk.text:
            return False
        self.last = time.perf_counter()
        self.first = self.first or self.last
        self.pieces += 1
        return True

    def speed(self, tokens: int) -> float:
        """Decode speed after the first token, as the local engine measures it."""
        decode = self.last - self.first
        return (tokens - 1) / decode if decode > 0 and tokens > 1 else 0.0


class RemoteEngine:
    """Talks to one server at a time; all calls come from the engine's thread."""

    def __init__(self, transport: httpx2.BaseTransport | None = None) -> None:
        self._transport = transport
        """Tests may pass one; the app uses the network."""
        self._client: httpx2.Client | None = None
        self._target: RemoteModel | None = None
        self._model: ModelInfo | None = None
        self._chars_per_token = CHARS_PER_TOKEN

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    # -- loading -------------------------------------------------------------------------

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        """Check the address, the key and the model; nothing is loaded anywhere."""
        import httpx2

        target = options.remote
        if target is None:
            raise ValueError("RemoteEngine.load needs LoadOptions.remote")
        started = time.perf_counter()
        headers = {"Authorization": f"Bearer {target.api_key}"} if target.api_key else {}
        client = httpx2.Client(
            headers=headers, transport=self._transport, follow_redirects=False,
            timeout=httpx2.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S))
        try:
            on_progress(0.1)
            model, context = self._check_model(client, target)
            if context is None and target.kind == "llama.cpp":
                context = self._llama_server_context(client, target)
        except BaseException:
            client.close()
            raise
        on_progress(1.0)
        self.unload()
        self._client, self._target = client, replace(target, model=model)
        self._chars_per_token = CHARS_PER_TOKEN
        self._model = ModelInfo(
            path=Path(), name=model, architecture="remote", quantization=target.kind,
            context_length=context or GUESSED_CONTEXT, chat_format="server",
            backend=target.host, gpu_layers=0, load_seconds=time.perf_counter() - started,
            remote=self._target, context_known=context is not None)
        log.info("Using %s on %s (context %s)", model, target.host, context or "unknown")
        return self._model

    def _check_model(self, client: httpx2.Client, target: RemoteModel) -> tuple[str, int | None]:
        """The model to use and its context, from ``GET /models`` (a server whose list is
        empty is taken at its word: the model typed by hand is used)."""
        response = self._request(client, "GET", target.base_url + "/models", target)
        self._raise_for_status(response, target, listing=True)
        try:
            models = protocol.parse_models(response.json())
        except ValueError:
            raise _fail(NOT_OPENAI, url=target.base_url, status=response.status_code) from None
        if not models:
            if target.model:
                return target.model, None
            raise _fail(NO_MODELS, host=target.host)
        if not target.model:
            return models[0].id, models[0].context_length
        for candidate in models:
            if candidate.id == target.model:
                return candidate.id, candidate.context_length
        raise _fail(NO_SUCH_MODEL, host=target.host, model=target.model,
                    available=", ".join(m.id for m in models[:10]))

    def _llama_server_context(self, client: httpx2.Client, target: RemoteModel) -> int | None:
        """llama.cpp's server says its context in ``/props``, beside the API."""
        import httpx2

        root = target.base_url.removesuffix("/v1")
        try:
            response = client.get(root + "/props", timeout=CONNECT_TIMEOUT_S)
            settings = response.json().get("default_generation_settings", {})
            value = settings.get("n_ctx")
        except (httpx2.HTTPError, ValueError, AttributeError):
            return None
        return value if isinstance(value, int) and value > 0 else None

    def models(self, target: RemoteModel) -> list[protocol.ServerModel]:
        """The models a server lists (for the connection dialog and ``servers test``)."""
        import httpx2

        headers = {"Authorization": f"Bearer {target.api_key}"} if target.api_key else {}
        with httpx2.Client(headers=headers, transport=self._transport,
                           timeout=httpx2.Timeout(CHECK_TIMEOUT_S,
                                                  connect=CONNECT_TIMEOUT_S)) as client:
            response = self._request(client, "GET", target.base_url + "/models", target)
            self._raise_for_status(response, target, listing=True)
            try:
                return protocol.parse_models(response.json())
            except ValueError:
                raise _fail(NOT_OPENAI, url=target.base_url,
                            status=response.status_code) from None

    def unload(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = self._target = self._model = None

    # -- replies -------------------------------------------------------------------------

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """An estimate (the OpenAI API has no tokenizer endpoint), scaled by what the last
        reply's ``usage`` said about this model's tokens."""
        chars = sum(len(m.content) for m in messages)
        return round(chars / self._chars_per_token) + 4 * len(messages)

    def generate(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
        on_progress: ReplyProgressCallback | None = None,
        *,
        conversation: str | None = None,
    ) -> GenerationStats:
        """``conversation`` is not used: a server keeps (or not) its own cache."""
        if self._target is None:
            raise EngineError(Message(NO_MODEL_CHOSEN))
        body = protocol.request_body(self._target.model, messages, params, self._target.kind)
        chars = sum(len(m.content) for m in messages)
        return self._reply("/chat/completions", body, chars, len(messages), on_text=on_text,
                           cancel=cancel, on_progress=on_progress)

    def forget(self, conversation: str) -> None:
        """Nothing of a conversation is kept here."""

    def expect(self, conversation: str | None) -> None:
        """Nothing to prepare: the server holds its own state."""

    def complete(
        self,
        text: str,
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
        on_progress: ReplyProgressCallback | None = None,
    ) -> GenerationStats:
        """The server's ``/v1/completions``: ``text`` continued, no chat template."""
        if self._target is None:
            raise EngineError(Message(NO_MODEL_CHOSEN))
        body = protocol.completion_body(self._target.model, text, params, self._target.kind)
        return self._reply("/completions", body, len(text), 0, on_text=on_text, cancel=cancel,
                           on_progress=on_progress)

    def _reply(self, route: str, body: dict[str, Any], chars: int, messages: int, *,
               on_text: TextCallback, cancel: CancelToken,
               on_progress: ReplyProgressCallback | None) -> GenerationStats:
        """Stream one reply from ``route``; ``chars`` and ``messages`` size the prompt
        for the estimate when the server sends no ``usage``."""
        client, target = self._client, self._target
        if client is None or target is None:
            raise EngineError(Message(NO_MODEL_CHOSEN))
        events: queue.Queue[protocol.Chunk | _Done | EngineError] = queue.Queue()
        run = _Run(time.perf_counter())
        threading.Thread(target=self._read, args=(client, target, route, body, events, cancel),
                         name="parla-remote-reply", daemon=True).start()
        while True:
            try:
                event = events.get(timeout=POLL_S)
            except queue.Empty:
                event = None
            if cancel.cancelled:
                run.stop = StopReason.CANCELLED
                break
            if event is None:
                continue
            if isinstance(event, _Done):
                if not event.complete and run.finish is None:
                    raise _fail(STREAM_CUT if run.pieces else EMPTY_STREAM, host=target.host)
                break
            if isinstance(event, EngineError) or event.error is not None:
                raise event if isinstance(event, EngineError) else _fail(
                    STREAM_ERROR, host=target.host, detail=event.error)
            if run.take(event):
                on_text(event.text)
                if on_progress is not None:
                    on_progress(ReplyProgress(1.0, run.pieces, run.speed(run.pieces)))
        if run.finish == "length" and run.stop is not StopReason.CANCELLED:
            run.stop = StopReason.LENGTH
        if run.usage.prompt_tokens:  # what this model's tokens really weigh, for the meter
            self._chars_per_token = max(
                1.0, chars / max(1, run.usage.prompt_tokens - 4 * messages))
        prompt_tokens = run.usage.prompt_tokens or (
            round(chars / self._chars_per_token) + 4 * messages)
        generated = run.usage.completion_tokens or run.pieces
        return GenerationStats(
            prompt_tokens=prompt_tokens, prompt_eval_tokens=prompt_tokens,
            generated_tokens=generated,
            time_to_first_token_s=run.first - run.started if run.first else 0.0,
            tokens_per_second=run.speed(generated),
            total_seconds=time.perf_counter() - run.started, stop_reason=run.stop)

    def _read(self, client: httpx2.Client, target: RemoteModel, route: str,  # noqa: PLR0917
              body: dict[str, Any],
              events: queue.Queue[protocol.Chunk | _Done | EngineError],
              cancel: CancelToken) -> None:
        """On the reader thread: stream the reply into ``events`` until it ends or Stop."""
        import httpx2

        try:
            with client.stream("POST", target.base_url + route, json=body,
                               headers={"Accept": "text/event-stream"}) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for_status(response, target)
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind == "application/json":  # a server that does not stream
                    response.read()
                    events.put(self._whole_reply(response.content, target))
                    events.put(_Done(complete=True))
                    return
                for sse in httpx2.EventSource(response):
                    if cancel.cancelled:
                        return  # leaving the block closes the connection: the server stops
                    if sse.data.strip() == "[DONE]":
                        events.put(_Done(complete=True))
                        return
                    if not sse.data.strip():
                        continue
                    try:
                        events.put(protocol.parse_chunk(sse.data))
                    except ValueError as exc:
                        raise _fail(GARBLED, host=target.host, detail=protocol.clean(
                            f"{exc}: {sse.data[:80]}")) from None
            events.put(_Done(complete=False))
        except EngineError as error:
            events.put(error)
        except httpx2.HTTPError as exc:
            events.put(self._network_error(exc, target, reading=True))
        except Exception as exc:  # never a traceback in a chat: a sentence, and the log
            log.exception("Reading the reply from %s failed", target.host)
            events.put(_fail(GARBLED, host=target.host, detail=protocol.clean(repr(exc))))

    def _whole_reply(self, raw: bytes, target: RemoteModel) -> protocol.Chunk:
        try:
            payload = json.loads(raw)
            choice = payload["choices"][0]
            usage = payload.get("usage") or {}
            text = choice["message"]["content"] if "message" in choice else choice["text"]
            return protocol.Chunk(text=str(text or ""),
                                  finish_reason=choice.get("finish_reason"),
                                  prompt_tokens=usage.get("prompt_tokens"),
                                  completion_tokens=usage.get("completion_tokens"))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise _fail(GARBLED, host=target.host,
                        detail=protocol.body_detail(raw[:200])) from None

    # -- errors --------------------------------------------------------------------------

    def _request(self, client: httpx2.Client, method: str, url: str,
                 target: RemoteModel) -> httpx2.Response:
        """A short request of the checks (the model list): answered within the check's
        timeout, or a sentence."""
        import httpx2

        try:
            return client.request(method, url,
                                  timeout=httpx2.Timeout(CHECK_TIMEOUT_S,
                                                         connect=CONNECT_TIMEOUT_S))
        except httpx2.HTTPError as exc:
            raise self._network_error(exc, target, reading=False,
                                      seconds=CHECK_TIMEOUT_S) from None

    @staticmethod
    def _network_error(exc: Exception, target: RemoteModel, *, reading: bool,
                       seconds: float = READ_TIMEOUT_S) -> EngineError:
        import httpx2

        detail = protocol.clean(str(exc) or type(exc).__name__)
        if isinstance(exc, httpx2.TimeoutException) and not isinstance(exc, httpx2.ConnectTimeout):
            return _fail(TIMED_OUT, host=target.host, seconds=round(seconds))
        if reading and isinstance(exc, httpx2.RemoteProtocolError | httpx2.ReadError):
            return _fail(STREAM_CUT, host=target.host)
        return _fail(NOT_REACHABLE, url=target.base_url, detail=detail)

    @staticmethod
    def _raise_for_status(response: httpx2.Response, target: RemoteModel, *,
                          listing: bool = False) -> None:
        """A sentence for an error answer. ``listing``: it answered ``GET /models``, where
        a 404 means the address is wrong, never the model."""
        status = response.status_code
        if status < 400:
            return
        detail = protocol.body_detail(response.content)
        if status in (401, 403):
            raise _fail(KEY_REFUSED, host=target.host, status=status, detail=detail)
        if protocol.is_context_error(detail):
            raise _fail(TOO_LONG, host=target.host, detail=detail)
        if status == 404 and not listing and "model" in detail.lower():
            raise _fail(NO_SUCH_MODEL, host=target.host, model=target.model,
                        available=detail)
        if status in (404, 405):
            raise _fail(NOT_OPENAI, url=target.base_url, status=status)
        raise _fail(SERVER_ERROR, host=target.host, status=status, detail=detail)
