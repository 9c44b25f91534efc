"""The routes: ``/v1/models``, ``/v1/chat/completions``, ``/v1/completions``, ``/health``.

Each reply is queued on the one engine through the bridge; its events come back on this
(asyncio) thread. Streaming answers are server-sent events as OpenAI sends them. A
client that goes away cancels its reply (dropped before it starts if still queued).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from sse_starlette import EventSourceResponse
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.engine.base import ModelInfo
from app.core.engine.worker import PROMPT_TOO_LONG
from app.core.server import protocol
from app.core.server.bridge import EngineBridge, Failed, Finished, Reply, Text
from app.core.server.config import ServerConfig
from app.core.server.errors import ApiError
from app.core.server.guard import Guard

log = logging.getLogger("app.core.server")

RETRY_AFTER_S = 5
DISCONNECT_POLL_S = 0.25


def model_id(model: ModelInfo) -> str:
    """The id clients name the model by: its file name without ``.gguf``."""
    return model.path.stem


@dataclass
class _Queue:
    """API requests queued or running (counted on the server's thread only)."""

    limit: int
    active: int = 0


def build_app(bridge: EngineBridge, config: ServerConfig) -> Guard:  # noqa: PLR0915 - routes
    """The app behind its guard; the routes share the bridge, config and queue count."""
    queue = _Queue(config.max_queue)

    def loaded() -> ModelInfo:
        model = bridge.model
        if model is None:
            raise ApiError(503, "No model is loaded yet.", type_="server_error",
                           code="model_not_loaded", headers={"Retry-After": str(RETRY_AFTER_S)})
        return model

    def check_model(name: str | None, model: ModelInfo) -> None:
        if name is not None and name not in (model_id(model), model.name):
            raise ApiError(404, f"The model '{name}' is not loaded; this server runs "
                           f"'{model_id(model)}' (GET /v1/models).", param="model",
                           code="model_not_found")

    async def read_json(request: Request) -> dict[str, Any]:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > config.max_body_bytes:
            raise _too_large(config)
        body = bytearray()

        async def read() -> None:
            async for chunk in request.stream():
                body.extend(chunk)
                if len(body) > config.max_body_bytes:
                    raise _too_large(config)

        try:
            await asyncio.wait_for(read(), config.body_timeout_s)
        except TimeoutError:
            raise ApiError(408, "The request body took too long to arrive.",
                           code="timeout") from None
        return protocol.parse_json(bytes(body))

    async def health(_request: Request) -> Response:
        model = bridge.model
        if model is None:
            return JSONResponse({"status": "loading"}, status_code=503,
                                headers={"Retry-After": str(RETRY_AFTER_S)})
        return JSONResponse({"status": "ok", "model": model_id(model)})

    async def models(_request: Request) -> Response:
        model = bridge.model
        data = [] if model is None else [_model_card(model)]
        return JSONResponse({"object": "list", "data": data})

    async def model_route(request: Request) -> Response:
        model = loaded()
        check_model(request.path_params["name"], model)
        return JSONResponse(_model_card(model))

    async def chat(request: Request) -> Response:
        return await complete(request, protocol.parse_chat, chat=True)

    async def completions(request: Request) -> Response:
        return await complete(request, protocol.parse_completion, chat=False)

    async def complete(request: Request,
                       parse: Callable[..., protocol.Completion], *, chat: bool) -> Response:
        data = await read_json(request)
        model = loaded()
        limit = min(config.max_tokens_limit, model.context_length)
        job = parse(data, max_tokens_limit=limit, defaults=config.sampling)
        check_model(job.model, model)
        if queue.active >= queue.limit:
            raise ApiError(503, f"The server is busy: {queue.active} requests are queued or "
                           "running. Try again shortly.", type_="server_error",
                           code="queue_full", headers={"Retry-After": str(RETRY_AFTER_S)})
        reply = Reply(asyncio.get_running_loop())
        queue.active += 1
        bridge.submit(job.messages, job.params, reply, text=job.prompt)
        answer = _Answer(job, reply, bridge, model_id(model), chat=chat, state=request.state)
        if job.stream:
            try:
                first = await answer.first_event(request)
            except BaseException as exc:
                queue.active -= 1
                if isinstance(exc, ConnectionAbortedError):
                    return Response(status_code=499)  # nobody is listening
                raise
            return EventSourceResponse(answer.chunks(first, queue), sep="\n",
                                       send_timeout=config.send_timeout_s, ping=15)
        try:
            return JSONResponse(await answer.whole(request))
        except ConnectionAbortedError:
            return Response(status_code=499)
        finally:
            queue.active -= 1

    async def not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            return _error(ApiError(405, f"{request.method} is not allowed on {request.url.path}.",
                                   code="method_not_allowed"))
        return _error(ApiError(exc.status_code, f"Unknown route: {request.method} "
                               f"{request.url.path}.", code="unknown_url"))

    async def api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error(exc)

    async def crashed(_request: Request, exc: Exception) -> Response:
        log.error("The API server failed on a request", exc_info=exc)
        return _error(ApiError(500, "The server failed unexpectedly; the details are in "
                               "Parla's log.", type_="server_error"))

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/models/{name:path}", model_route, methods=["GET"]),
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={
        HTTPException: not_found, ApiError: api_error, Exception: crashed})
    return Guard(app, config)


def _too_large(config: ServerConfig) -> ApiError:
    return ApiError(413, f"The request body is larger than {config.max_body_bytes} bytes.",
                    code="request_too_large")


def _error(error: ApiError) -> Response:
    return Response(error.body(), status_code=error.status, headers=error.headers,
                    media_type="application/json")


def _model_card(model: ModelInfo) -> dict[str, Any]:
    return {"id": model_id(model), "object": "model", "created": 0, "owned_by": "parla",
            "context_length": model.context_length}


def _failure(event: Failed) -> ApiError:
    message = event.message
    if message.template == PROMPT_TOO_LONG:
        args = message.args
        return ApiError(400, f"The prompt is too long: it needs {args['used']} tokens plus "
                        f"{args['reserve']} for the reply, but the model's context holds "
                        f"{args['context']}. Shorten the messages or lower max_tokens; Parla "
                        "never shortens a prompt silently.", param="messages",
                        code="context_length_exceeded")
    return ApiError(500, f"The engine failed: {message}", type_="server_error")


class _Answer:
    """One request's events turned into OpenAI's answer, whole or as chunks."""

    def __init__(self, job: protocol.Completion, reply: Reply, bridge: EngineBridge, model: str,
                 *, chat: bool, state: Any) -> None:
        self._job = job
        self._bridge = bridge
        self._reply = reply
        self._model = model
        self._chat = chat
        self._state = state
        self._id = protocol.new_id("chatcmpl" if chat else "cmpl")
        self._created = protocol.now()
        self._stop = protocol.StopScanner(job.stop)

    async def _next(self, request: Request | None) -> Any:
        """The next event; while waiting, a client that left cancels the reply.

        Without ``request`` (streaming: the SSE response notices a client that left), a plain
        wait: ``wait_for`` costs a task and a timer per token."""
        if request is None:
            return await self._reply.events.get()
        while True:
            try:
                return await asyncio.wait_for(self._reply.events.get(), DISCONNECT_POLL_S)
            except TimeoutError:
                if request is not None and await request.is_disconnected():
                    raise ConnectionAbortedError from None

    async def first_event(self, request: Request) -> Any:
        """Waits for the reply to start (or fail: a 400 or 500 before any chunk is sent)."""
        try:
            event = await self._next(request)
        except BaseException:
            self._bridge.cancel(self._reply)
            raise
        if isinstance(event, Failed):
            raise _failure(event)
        return event

    async def whole(self, request: Request) -> dict[str, Any]:
        bridge = self._bridge
        parts: list[str] = []
        try:
            while True:
                event = await self._next(request)
                if isinstance(event, Text):
                    parts.append(self._stop.feed(event.text))
                    if self._stop.stopped:
                        bridge.cancel(self._reply)
                elif isinstance(event, Failed):
                    raise _failure(event)
                elif isinstance(event, Finished):
                    break
        except ConnectionAbortedError:
            bridge.cancel(self._reply)
            raise
        parts.append(self._stop.finish())
        stats = event.stats
        self._state.usage = (stats.prompt_tokens, stats.generated_tokens)
        reason = protocol.finish_reason(stats.stop_reason, self._stop.stopped)
        text = "".join(parts)
        choice: dict[str, Any] = (
            {"index": 0, "message": {"role": "assistant", "content": text},
             "logprobs": None, "finish_reason": reason} if self._chat else
            {"index": 0, "text": text, "logprobs": None, "finish_reason": reason})
        return {"id": self._id, "object": "chat.completion" if self._chat else "text_completion",
                "created": self._created, "model": self._model, "choices": [choice],
                "usage": protocol.usage(stats.prompt_tokens, stats.generated_tokens)}

    def _chunk(self, content: str | None, reason: str | None, *,
               role: bool = False) -> dict[str, Any]:
        if self._chat:
            delta: dict[str, Any] = {}
            if role:
                delta["role"] = "assistant"
            if content is not None:
                delta["content"] = content
            choice: dict[str, Any] = {"index": 0, "delta": delta, "logprobs": None,
                                      "finish_reason": reason}
        else:
            choice = {"index": 0, "text": content or "", "logprobs": None,
                      "finish_reason": reason}
        chunk: dict[str, Any] = {
            "id": self._id, "object": "chat.completion.chunk" if self._chat
            else "text_completion", "created": self._created, "model": self._model,
            "choices": [choice]}
        if self._job.include_usage:
            chunk["usage"] = None
        return chunk

    async def chunks(self, first: Any, queue: _Queue) -> AsyncIterator[dict[str, str]]:
        """The SSE events; ends with ``[DONE]``. Cancelled (client gone): stops the reply."""
        bridge = self._bridge
        finished = False
        try:
            if self._chat:
                yield _data(self._chunk("", None, role=True))
            event = first
            while True:
                if isinstance(event, Text):
                    text = self._stop.feed(event.text)
                    if text:
                        yield _data(self._chunk(text, None))
                    if self._stop.stopped:
                        bridge.cancel(self._reply)
                elif isinstance(event, Failed):
                    # Too late for a status: OpenAI's error object as the last event.
                    finished = True
                    yield {"data": _failure(event).body().decode()}
                    break
                elif isinstance(event, Finished):
                    finished = True
                    if rest := self._stop.finish():
                        yield _data(self._chunk(rest, None))
                    stats = event.stats
                    self._state.usage = (stats.prompt_tokens, stats.generated_tokens)
                    reason = protocol.finish_reason(stats.stop_reason, self._stop.stopped)
                    yield _data(self._chunk(None if self._chat else "", reason))
                    if self._job.include_usage:
                        yield _data({"id": self._id, "object": "chat.completion.chunk"
                                     if self._chat else "text_completion",
                                     "created": self._created, "model": self._model,
                                     "choices": [], "usage": protocol.usage(
                                         stats.prompt_tokens, stats.generated_tokens)})
                    yield {"data": "[DONE]"}
                    break
                event = await self._next(None)
        finally:
            queue.active -= 1
            if not finished:  # the client went away (or the send timed out)
                bridge.cancel(self._reply)


def _data(chunk: dict[str, Any]) -> dict[str, str]:
    return {"data": json.dumps(chunk, ensure_ascii=False)}
