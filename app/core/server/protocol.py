"""What an OpenAI request asks for, checked field by field, and the answers' shapes.

Unknown fields are ignored (clients send many); fields Parla cannot honour (``n`` > 1,
``tools``, images, ``logprobs``…) get a 400 that names them rather than silence.
``presence_penalty`` and ``frequency_penalty`` are accepted and ignored (llama.cpp's
``repeat_penalty`` is the extension to use); ``top_k`` and ``repeat_penalty`` are
extensions as in llama.cpp's own server.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from app.core.engine.base import SamplingParams, StopReason
from app.core.prompts import ChatMessage, Role
from app.core.server.errors import ApiError, bad_field

MAX_STOP_SEQUENCES = 4
MAX_JSON_DEPTH = 32


@dataclass(frozen=True)
class Completion:
    """A checked request of either endpoint."""

    model: str | None
    messages: list[ChatMessage]
    params: SamplingParams
    stream: bool
    include_usage: bool
    stop: tuple[str, ...]
    prompt: str | None = None
    """``/v1/completions``: the text to continue as it stands (``messages`` is empty)."""


def parse_json(body: bytes) -> dict[str, Any]:
    """The request's JSON object; 400 for anything else, or nested too deep."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, f"The request body is not valid JSON: {exc}".rstrip(),
                       code="invalid_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "The request body must be a JSON object.", code="invalid_json")
    if _depth(data) > MAX_JSON_DEPTH:
        raise ApiError(400, f"The request's JSON is nested deeper than {MAX_JSON_DEPTH} levels.",
                       code="invalid_json")
    return data


def _depth(value: Any) -> int:
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            todo.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            todo.extend((v, depth + 1) for v in item)
    return deepest


def _number(data: dict[str, Any], name: str, low: float, high: float) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise bad_field(name, f"'{name}' must be a number from {low:g} to {high:g}.")
    return float(value)


def _integer(data: dict[str, Any], name: str, low: int, high: int) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise bad_field(name, f"'{name}' must be a whole number from {low} to {high}.")
    return value


def _refuse(data: dict[str, Any], name: str, why: str, *, allowed: tuple[Any, ...] = ()) -> None:
    """400 if ``name`` asks for something: anything but absent, false, empty or ``allowed``."""
    value = data.get(name)
    if value and value not in allowed:
        raise bad_field(name, f"'{name}' is not supported: {why}", code="unsupported_parameter")


def _common(data: dict[str, Any], *, max_tokens_limit: int,  # noqa: PLR0912 - one per field
            defaults: SamplingParams) -> tuple[SamplingParams, bool, bool, tuple[str, ...]]:
    _refuse(data, "n", "Parla writes one choice per request.", allowed=(1,))
    _refuse(data, "logprobs", "Parla does not return token log-probabilities.")
    _refuse(data, "top_logprobs", "Parla does not return token log-probabilities.")
    _refuse(data, "best_of", "Parla writes one choice per request.", allowed=(1,))
    _refuse(data, "logit_bias", "Parla does not bias tokens.")
    params = defaults
    for name in ("max_completion_tokens", "max_tokens"):
        if (limit := _integer(data, name, 1, max_tokens_limit)) is not None:
            params = replace(params, max_tokens=limit)
            break
    else:
        params = replace(params, max_tokens=min(params.max_tokens, max_tokens_limit))
    if (temperature := _number(data, "temperature", 0, 2)) is not None:
        params = replace(params, temperature=temperature)
    if (top_p := _number(data, "top_p", 0, 1)) is not None:
        params = replace(params, top_p=top_p)
    if (top_k := _integer(data, "top_k", 0, 1000)) is not None:
        params = replace(params, top_k=top_k)
    if (repeat := _number(data, "repeat_penalty", 0, 10)) is not None:
        params = replace(params, repeat_penalty=repeat)
    if (seed := _integer(data, "seed", -(2**63), 2**63 - 1)) is not None:
        params = replace(params, seed=seed % 2**31)
    _number(data, "presence_penalty", -2, 2)  # accepted and ignored (documented)
    _number(data, "frequency_penalty", -2, 2)
    stream = data.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_field("stream", "'stream' must be true or false.")
    options = data.get("stream_options") or {}
    if not isinstance(options, dict):
        raise bad_field("stream_options", "'stream_options' must be an object.")
    include_usage = options.get("include_usage", False) is True
    stop = data.get("stop")
    stops: tuple[str, ...] = ()
    if isinstance(stop, str):
        stops = (stop,)
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        stops = tuple(stop)
    elif stop is not None:
        raise bad_field("stop", "'stop' must be a string or a list of strings.")
    if len(stops) > MAX_STOP_SEQUENCES:
        raise bad_field("stop", f"'stop' holds at most {MAX_STOP_SEQUENCES} sequences.")
    return params, stream, include_usage, tuple(s for s in stops if s)


def _model(data: dict[str, Any]) -> str | None:
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise bad_field("model", "'model' must be a string.")
    return model


_ROLES: dict[str, Role] = {"system": "system", "developer": "system", "user": "user",
                           "assistant": "assistant"}


def _content(index: int, content: Any) -> str:
    param = f"messages[{index}].content"
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise bad_field(param, f"'{param}' must be a string or a list of text parts.")
    texts = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind in ("image_url", "input_image", "image"):
            raise bad_field(param, "Images are not supported: the loaded model reads text only.",
                            code="unsupported_parameter")
        elif kind in ("input_audio", "audio", "file"):
            raise bad_field(param, f"'{kind}' parts are not supported: Parla reads text only.",
                            code="unsupported_parameter")
        else:
            raise bad_field(param, f"'{param}' holds a part Parla does not know.")
    return "".join(texts)


def parse_chat(data: dict[str, Any], *, max_tokens_limit: int,
               defaults: SamplingParams) -> Completion:
    for name in ("tools", "functions"):
        if data.get(name):
            raise bad_field(name, f"'{name}' is not supported: Parla's models do not call "
                            "tools.", code="unsupported_parameter")
    if data.get("tool_choice") not in (None, "none"):
        raise bad_field("tool_choice", "'tool_choice' is not supported: Parla's models do not "
                        "call tools.", code="unsupported_parameter")
    if data.get("audio") or data.get("modalities") not in (None, ["text"]):
        raise bad_field("modalities", "Only text is supported.", code="unsupported_parameter")
    response_format = data.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") not in (None, "text"):
        raise bad_field("response_format", "'response_format' is not supported: Parla cannot "
                        "constrain a reply to JSON.", code="unsupported_parameter")
    raw = data.get("messages")
    if not isinstance(raw, list) or not raw:
        raise bad_field("messages", "'messages' must be a non-empty list.")
    messages = []
    for index, item in enumerate(raw):
        role = item.get("role") if isinstance(item, dict) else None
        if role not in _ROLES:
            raise bad_field(f"messages[{index}].role",
                            f"messages[{index}] has role {role!r}; Parla takes system, user and "
                            "assistant messages (tool messages are not supported).")
        messages.append(ChatMessage(_ROLES[role], _content(index, item.get("content"))))
    if messages[-1].role != "user":
        raise bad_field("messages", "The last message must be the user's.")
    params, stream, include_usage, stops = _common(data, max_tokens_limit=max_tokens_limit,
                                                   defaults=defaults)
    return Completion(_model(data), messages, params, stream, include_usage, stops)


def parse_completion(data: dict[str, Any], *, max_tokens_limit: int,
                     defaults: SamplingParams) -> Completion:
    """``/v1/completions``: the prompt is continued word for word (no chat template)."""
    prompt = data.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str) or not prompt:
        raise bad_field("prompt", "'prompt' must be one non-empty string.")
    if data.get("echo"):
        raise bad_field("echo", "'echo' is not supported.", code="unsupported_parameter")
    if data.get("suffix"):
        raise bad_field("suffix", "'suffix' is not supported.", code="unsupported_parameter")
    params, stream, include_usage, stops = _common(data, max_tokens_limit=max_tokens_limit,
                                                   defaults=defaults)
    return Completion(_model(data), [], params, stream, include_usage, stops, prompt=prompt)


class StopScanner:
    """Cuts the text at the first stop sequence; holds back what may be the start of one."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self._stops = stops
        self._hold = max((len(s) for s in stops), default=1) - 1
        self._buffer = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """The text that can be sent now."""
        if self.stopped:
            return ""
        if not self._stops:
            return text
        self._buffer += text
        hits = [i for s in self._stops if (i := self._buffer.find(s)) >= 0]
        if hits:
            self.stopped = True
            out, self._buffer = self._buffer[:min(hits)], ""
            return out
        cut = len(self._buffer) - self._hold
        out, self._buffer = self._buffer[:max(cut, 0)], self._buffer[max(cut, 0):]
        return out

    def finish(self) -> str:
        out, self._buffer = ("" if self.stopped else self._buffer), ""
        return out


def finish_reason(reason: StopReason, stopped: bool) -> str:
    return "length" if reason is StopReason.LENGTH and not stopped else "stop"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def now() -> int:
    return int(time.time())


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens}
