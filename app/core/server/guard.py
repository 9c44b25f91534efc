"""What stands around the routes: Host check, CORS only when asked, the API key, the log.

A local server is reachable from every web page the user opens: a page can make the
browser send requests to 127.0.0.1 (and, by DNS rebinding, make them look same-origin).
So a request whose ``Host`` names anything but loopback or the bound address is refused,
no CORS header is sent unless origins are listed, and the key is compared in constant time.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from typing import Any

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.server.config import LOOPBACK_NAMES, ServerConfig
from app.core.server.errors import ApiError
from app.core.server.keys import matches

log = logging.getLogger("app.core.server")


async def send_error(send: Send, error: ApiError) -> None:
    body = error.body()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _host_name(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"host":
            host: str = value.decode("latin-1").strip().lower()
            if host.startswith("["):
                return host[1:host.find("]")] if "]" in host else None
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return str(value.decode("latin-1"))
    return None


class Guard:
    """Host check and request log around CORS (if configured), the key check and the app."""

    def __init__(self, app: ASGIApp, config: ServerConfig) -> None:
        self._config = config
        inner: ASGIApp = _KeyCheck(app, config.api_key)
        if config.allowed_origins:
            inner = CORSMiddleware(inner, allow_origins=list(config.allowed_origins),
                                   allow_methods=["GET", "POST"],
                                   allow_headers=["authorization", "content-type"])
        self._app = inner
        self._hosts = LOOPBACK_NAMES | {config.host.lower()} | {
            h.lower() for h in config.allowed_hosts}
        self._wildcard = config.host in ("0.0.0.0", "::")  # noqa: S104 - compared, not bound

    def _host_allowed(self, host: str | None) -> bool:
        if host is None:
            return False
        if host in self._hosts:
            return True
        if self._wildcard:  # an address cannot be rebound to another name
            try:
                ipaddress.ip_address(host)
            except ValueError:
                return False
            return True
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        state: dict[str, Any] = scope.setdefault("state", {})
        status = [0]

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            if not self._host_allowed(_host_name(scope)):
                await send_error(logged_send, ApiError(
                    403, "This server answers only requests addressed to "
                    f"{self._config.host} or localhost (the Host header names another "
                    "server: a web page may be trying to reach it).",
                    type_="permission_error", code="host_not_allowed"))
                return
            await self._app(scope, receive, logged_send)
        finally:
            usage = state.get("usage")
            tokens = f" tokens={usage[0]}+{usage[1]}" if usage else ""
            log.info("%s %s %d%s %.3fs", scope["method"], scope["path"], status[0], tokens,
                     time.perf_counter() - started)


class _KeyCheck:
    """401 on /v1/ routes without ``Authorization: Bearer KEY`` when a key is set."""

    def __init__(self, app: ASGIApp, key: str | None) -> None:
        self._app = app
        self._key = key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._key and scope["type"] == "http" and scope["path"].startswith("/v1"):
            given = _header(scope, b"authorization") or ""
            scheme, _, token = given.partition(" ")
            if scheme.lower() != "bearer" or not matches(token.strip(), self._key):
                await send_error(send, ApiError(
                    401, "Missing or wrong API key: send it as 'Authorization: Bearer KEY'."
                    if given else "This server needs an API key: send it as "
                    "'Authorization: Bearer KEY'.",
                    type_="authentication_error", code="invalid_api_key",
                    headers={"WWW-Authenticate": "Bearer"}))
                return
        await self._app(scope, receive, send)
