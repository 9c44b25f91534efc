"""The server's way to the engine: requests posted to the Qt thread, events sent back.

The server runs on uvicorn's asyncio thread; ``EngineService`` belongs to the Qt thread
that created it (the GUI's, or ``parla-cli serve``'s QCoreApplication). The bridge is a
QObject on that same thread: ``submit`` and ``cancel`` may be called from any thread and
only emit a queued signal, so the Qt thread runs them in order between its other events
and never waits on the server. The service's signals come back here and go on to each
request's asyncio queue through ``loop.call_soon_threadsafe``. API replies queue on the
engine's thread with the GUI's own (first come, first served).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.core.engine.base import GenerationStats, ModelInfo, ReplyProgress, SamplingParams
from app.core.engine.worker import NOT_STARTED, EngineService
from app.core.messages import Message
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Finished:
    stats: GenerationStats


@dataclass(frozen=True)
class Failed:
    message: Message


Event = Text | ReplyProgress | Finished | Failed


class Reply:
    """One API request's reply, as its asyncio handler sees it: a queue of events that
    ends with exactly one ``Finished`` or ``Failed``."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.events: asyncio.Queue[Event] = asyncio.Queue()
        self.request: int | None = None
        """The service's request id (Qt thread only)."""
        self.cancelled = False
        """The client went away or has enough (Qt thread only)."""

    def push(self, event: Event) -> None:
        """From the Qt thread: hand ``event`` to the handler's loop."""
        with contextlib.suppress(RuntimeError):  # the server stopped and its loop closed
            self._loop.call_soon_threadsafe(self.events.put_nowait, event)


class EngineBridge(QObject):
    """Lives on the thread that owns ``service``; ``submit``/``cancel`` from any thread."""

    busyChanged = Signal(int)  # API requests queued or running, for the window
    _post = Signal(object)

    def __init__(self, service: EngineService) -> None:
        super().__init__(service)
        self._service = service
        self._replies: dict[int, Reply] = {}
        self.model: ModelInfo | None = service.model
        """The loaded model as the Qt thread last saw it (read from the server's thread)."""
        self._post.connect(self._run, Qt.ConnectionType.QueuedConnection)
        service.text.connect(self._text)
        service.progress.connect(self._progress)
        service.finished.connect(self._finished)
        service.failed.connect(self._failed)
        for signal in (service.loaded, service.unloaded, service.loadFailed):
            signal.connect(self._model_changed)

    # -- any thread ----------------------------------------------------------------------

    def submit(self, messages: Sequence[ChatMessage], params: SamplingParams,
               reply: Reply, *, text: str | None = None) -> None:
        """Queue a reply on the engine, behind everything already queued there; with
        ``text``, a continuation of it instead (``/v1/completions``)."""
        self._post.emit(partial(self._start, list(messages), params, reply, text))

    def cancel(self, reply: Reply) -> None:
        """Stop ``reply``: dropped if it has not started, else it ends at its next token."""
        self._post.emit(partial(self._cancel, reply))

    # -- on the Qt thread ----------------------------------------------------------------

    def _run(self, call: Any) -> None:
        call()

    def _start(self, messages: list[ChatMessage], params: SamplingParams,
               reply: Reply, text: str | None) -> None:
        if reply.cancelled:  # the client left before its request reached the engine
            reply.push(Finished(NOT_STARTED))
            return
        reply.request = (self._service.complete(text, params) if text is not None
                         else self._service.generate(messages, params, fit=False))
        self._replies[reply.request] = reply
        self.busyChanged.emit(len(self._replies))

    def _cancel(self, reply: Reply) -> None:
        reply.cancelled = True
        if reply.request is not None:
            self._service.cancel(reply.request)

    def _model_changed(self, *_args: object) -> None:
        self.model = self._service.model

    def _text(self, request: int, text: str) -> None:
        if (reply := self._replies.get(request)) is not None:
            reply.push(Text(text))

    def _progress(self, request: int, progress: ReplyProgress) -> None:
        if (reply := self._replies.get(request)) is not None:
            reply.push(progress)

    def _finished(self, request: int, stats: GenerationStats) -> None:
        if (reply := self._replies.pop(request, None)) is not None:
            reply.push(Finished(stats))
            self.busyChanged.emit(len(self._replies))

    def _failed(self, request: int, message: Message) -> None:
        if (reply := self._replies.pop(request, None)) is not None:
            reply.push(Failed(message))
            self.busyChanged.emit(len(self._replies))
