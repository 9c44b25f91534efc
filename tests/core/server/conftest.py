"""A real server on 127.0.0.1 over the real engine (SmolLM2), shared by a module's tests.

The engine's service and the bridge live on the test's (Qt) thread, as in the app; the
clients run on other threads while this one turns the Qt event loop, which is what
carries their requests to the engine.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.core.engine.base import LoadOptions
from app.core.engine.worker import EngineService
from app.core.server.bridge import EngineBridge
from app.core.server.config import ServerConfig
from app.core.server.runner import ApiServer

T = TypeVar("T")
CONTEXT = 1024
WAIT_S = 120.0


def pump_until(done: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    """Run the Qt event loop (as the app's thread does) until ``done()``; it sleeps while
    no event comes, so the engine's thread keeps the CPU."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("gave up waiting")
        poll.start()
        loop.exec()
        poll.stop()


def in_thread(call: Callable[[], T], timeout_s: float = WAIT_S) -> T:
    """Run a blocking client ``call`` on another thread while this one serves the engine."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    pump_until(lambda: not thread.is_alive(), timeout_s)
    if error:
        raise error[0]
    return result[0]


@dataclass
class Served:
    service: EngineService
    bridge: EngineBridge
    server: ApiServer
    extra: list[ApiServer] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.url()

    def another(self, **options: Any) -> ApiServer:
        """One more server on the same engine, configured otherwise (a free port)."""
        server = ApiServer(self.bridge, ServerConfig(port=0, **options))
        server.start()
        self.extra.append(server)
        return server


@pytest.fixture(scope="module")
def served(qapp: QApplication, smollm2_path: Path) -> Iterator[Served]:
    service = EngineService()
    bridge = EngineBridge(service)
    loaded: list[object] = []
    service.loaded.connect(loaded.append)
    service.load(LoadOptions(smollm2_path, context_length=CONTEXT))
    pump_until(lambda: bool(loaded))
    server = ApiServer(bridge, ServerConfig(port=0))
    server.start()
    served = Served(service, bridge, server)
    yield served
    for other in [server, *served.extra]:
        other.stop()
    service.shutdown()


def raw(server: ApiServer, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """A plain HTTP request (any Host, any body), from another thread."""

    def call() -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return (response.status, {k.lower(): v for k, v in response.getheaders()},
                    response.read())
        finally:
            connection.close()

    return in_thread(call)
