"""uvicorn on its own thread, serving the app; start and stop from the Qt thread.

The listening socket is bound in ``start`` so a port in use is reported at once.
Stopping asks uvicorn to finish (open streams are cancelled, so their replies stop).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import replace

import uvicorn

from app.core.server.app import build_app
from app.core.server.bridge import EngineBridge
from app.core.server.config import ServerConfig
from app.core.server.keys import mask

log = logging.getLogger("app.core.server")

START_TIMEOUT_S = 10.0


class ApiServer:
    """The local API server over ``bridge``; not started until ``start``."""

    def __init__(self, bridge: EngineBridge, config: ServerConfig) -> None:
        self.bridge = bridge
        self.config = config
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.config.port

    def url(self) -> str:
        return self.config.url()

    @property
    def running(self) -> bool:
        """Whether the server's thread is still up (it may be finishing after ``stop``)."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, *, wait: bool = True) -> None:
        """Bind and serve; raises OSError if the address cannot be bound.

        ``wait=False`` returns once the socket is bound (the GUI's way: it never waits on
        the network); connections made before uvicorn runs wait in the socket's backlog.
        """
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Each SSE chunk is a small write right after the previous one: with Nagle's
        # algorithm it waited for the client's delayed ACK, 40 ms, before the first token
        # reached the client (measured). Accepted connections inherit the option.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((self.config.host, self.config.port))
        except OSError:
            sock.close()
            raise
        if self.config.port == 0:
            self.config = replace(self.config, port=sock.getsockname()[1])
        uv_config = uvicorn.Config(
            build_app(self.bridge, self.config), log_config=None, access_log=False,
            server_header=False, timeout_keep_alive=5, timeout_graceful_shutdown=2,
            limit_concurrency=max(64, self.config.max_queue * 4), lifespan="off")
        server = uvicorn.Server(uv_config)
        self._server = server
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                        name="parla-api", daemon=True)
        self._thread.start()
        if not wait:
            log.info("API server starting on %s", self.url())
            return
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        log.info("API server listening on %s%s", self.url(),
                 f" (API key {mask(self.config.api_key)})" if self.config.api_key else "")

    def stop(self, *, wait: bool = True) -> None:
        """Finish the open requests' streams and end the thread (a few seconds at most).

        ``wait=False`` only asks: ``running`` turns False when the port is free again.
        """
        if self._server is not None:
            self._server.should_exit = True
        if wait and self._thread is not None:
            self._thread.join(timeout=START_TIMEOUT_S)
            self._thread = None
        self._server = None
