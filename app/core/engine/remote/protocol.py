"""What OpenAI-compatible servers send, read leniently: each server differs a little.

Measured on the real servers (tests/core/engine/remote/): ``finish_reason`` comes on the
last content chunk or in an empty chunk of its own; ``usage`` comes in a final chunk with
``choices: []``, in the last content chunk, or never; the first chunk may carry only the
role, with ``content`` null or ""; SSE comment lines (``: ping``) are skipped by the SSE
reader; an error inside a stream comes as ``{"error": …}``; error bodies are OpenAI-shaped,
``{"detail": …}`` (FastAPI, sometimes a list of validation errors), ``{"message": …}`` or a
bare string. Everything here is pure: no network, so every shape is tested on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.engine.base import SamplingParams
from app.core.prompts import ChatMessage

MAX_DETAIL = 300
"""Characters of a server's error text shown to the user."""

EXTENSIONS: dict[str, tuple[str, str]] = {
    "llama.cpp": ("top_k", "repeat_penalty"),
    "parla": ("top_k", "repeat_penalty"),
    "vllm": ("top_k", "repetition_penalty"),
    "lmstudio": ("top_k", "repeat_penalty"),
}
"""The sampling fields beyond OpenAI's that a server family takes, by its own names. Others
(Ollama's OpenAI API, an unknown server) get only OpenAI's fields: OpenAI's own API refuses
fields it does not know."""


def request_body(model: str, messages: Sequence[ChatMessage], params: SamplingParams,
                 kind: str, *, stream: bool = True) -> dict[str, Any]:
    """The chat request for ``params``, with the extensions ``kind`` understands."""
    body: dict[str, Any] = {
        "model": model,
        "messages": [{"role": m.role, "content": m.content} for m in messages],
        "temperature": params.temperature,
        "top_p": params.top_p,
        "max_tokens": params.max_tokens,
        "stream": stream,
    }
    if stream:
        body["stream_options"] = {"include_usage": True}
    if params.seed >= 0:
        body["seed"] = params.seed
    if (names := EXTENSIONS.get(kind)) is not None:
        top_k, repeat = names
        body[top_k] = params.top_k
        body[repeat] = params.repeat_penalty
    return body


def completion_body(model: str, text: str, params: SamplingParams, kind: str) -> dict[str, Any]:
    """The text-completion request (``/v1/completions``) for ``params``."""
    body = request_body(model, [], params, kind)
    del body["messages"]
    body["prompt"] = text
    return body


@dataclass
class Chunk:
    """One streamed chunk, as much of it as matters."""

    text: str = ""
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str | None = None


def parse_chunk(data: str) -> Chunk:
    """One SSE ``data:`` payload (not ``[DONE]``); raises ValueError if it is not JSON."""
    payload = json.loads(data)
    if not isinstance(payload, dict):
        raise ValueError("a chunk that is not an object")
    chunk = Chunk()
    if "error" in payload:
        chunk.error = error_detail(payload) or "unknown error"
        return chunk
    if isinstance(usage := payload.get("usage"), dict):
        chunk.prompt_tokens = _int(usage.get("prompt_tokens"))
        chunk.completion_tokens = _int(usage.get("completion_tokens"))
    choices = payload.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        choice = choices[0]
        delta = choice.get("delta")
        if isinstance(delta, dict) and isinstance(delta.get("content"), str):
            chunk.text = delta["content"]
        elif isinstance(choice.get("text"), str):  # a completions-style chunk
            chunk.text = choice["text"]
        if isinstance(reason := choice.get("finish_reason"), str) and reason:
            chunk.finish_reason = reason
    return chunk


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def error_detail(body: object) -> str:
    """The server's own words about an error, from any of the shapes servers use."""
    if isinstance(body, str):
        text = body
    elif isinstance(body, dict):
        inner = body.get("error", body.get("detail", body.get("message")))
        if isinstance(inner, dict):
            text = str(inner.get("message") or inner.get("msg") or json.dumps(inner))
        elif isinstance(inner, list):  # FastAPI's validation errors
            text = "; ".join(_validation(item) for item in inner)
        elif inner is not None:
            text = str(inner)
        else:
            text = json.dumps(body)
    else:
        text = json.dumps(body)
    return clean(text)


def _validation(item: object) -> str:
    if isinstance(item, dict):
        where = ".".join(str(p) for p in item.get("loc", []) if p != "body")
        return f"{where}: {item.get('msg', '')}".strip(": ")
    return str(item)


def clean(text: str) -> str:
    """Untrusted text made safe to show: no control characters, one line, bounded."""
    text = re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()
    return text if len(text) <= MAX_DETAIL else text[:MAX_DETAIL - 1] + "…"


def body_detail(raw: bytes) -> str:
    """An error response's body, JSON or not."""
    text = raw.decode("utf-8", "replace")
    try:
        return error_detail(json.loads(text))
    except ValueError:
        return clean(text)


CONTEXT_WORDS = ("context length", "context_length", "maximum context", "too long",
                 "exceeds the", "exceed_context", "n_ctx", "context window", "max_model_len",
                 "maximum input length", "longer than")


def is_context_error(detail: str) -> bool:
    lowered = detail.lower()
    return any(word in lowered for word in CONTEXT_WORDS)


@dataclass(frozen=True)
class ServerModel:
    id: str
    context_length: int | None


def parse_models(body: object) -> list[ServerModel]:
    """``GET /v1/models``: the ids, and each one's context length where the server says it
    (vLLM: ``max_model_len``; Parla: ``context_length``; llama.cpp: ``meta.n_ctx``)."""
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise ValueError("not a model list")
    models: list[ServerModel] = []
    for entry in body["data"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
        assert isinstance(meta, dict)
        length = next((value for value in (entry.get("max_model_len"),
                                           entry.get("context_length"),
                                           entry.get("context_window"), meta.get("n_ctx"))
                       if _int(value)), None)
        models.append(ServerModel(entry["id"], _int(length)))
    return models
