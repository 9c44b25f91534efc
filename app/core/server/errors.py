"""OpenAI's error body, ``{"error": {"message", "type", "param", "code"}}``, with its status."""

from __future__ import annotations

import json
from collections.abc import Mapping


class ApiError(Exception):
    """A request the server answers with an error; ``message`` is a sentence for a person."""

    def __init__(self, status: int, message: str, *, type_: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type_
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def body(self) -> bytes:
        return json.dumps({"error": {"message": self.message, "type": self.type,
                                     "param": self.param, "code": self.code}}).encode()


def bad_field(param: str, message: str, code: str = "invalid_value") -> ApiError:
    """400 naming the field that Parla cannot accept."""
    return ApiError(400, message, param=param, code=code)
