"""The engine on its own thread, talking to the GUI only through signals.

``EngineService`` lives on the GUI thread and never blocks: every request is a
job on the engine's thread (see ``app.core.background``), the only thread that
ever touches the engine and so llama.cpp. Other work that runs llama.cpp (e.g.
measuring a model's speed) shares this thread by passing the service as its
``thread``, so it waits its turn instead of running beside a reply. Stop sets
the replies' cancel tokens, which the busy engine reads between tokens: a
queued "stop" would only arrive after the reply it was meant to interrupt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, Signal

from app.core.background import Background, JobContext
from app.core.cancel import CancelToken
from app.core.engine.base import (
    Engine,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    SamplingParams,
    StopReason,
)
from app.core.engine.factory import create_engine
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)

EngineFactory = Callable[[], Engine]

LOAD_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The model could not be loaded because of an unexpected error. "
    "The details are in Parla's log."))
REPLY_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The reply failed because of an unexpected error. The details are in Parla's log."))
UNLOAD_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The model could not be closed because of an unexpected error. "
    "The details are in Parla's log."))

NOT_STARTED = GenerationStats(prompt_tokens=0, prompt_eval_tokens=0, generated_tokens=0,
                              time_to_first_token_s=0.0, tokens_per_second=0.0,
                              total_seconds=0.0, stop_reason=StopReason.CANCELLED)
"""What a reply stopped before it started reports."""


class EngineService(Background):
    """The GUI's handle on the engine. Every method returns at once."""

    loadProgress = Signal(float)
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(object)  # Message
    unloaded = Signal()
    text = Signal(int, str)  # request id, new text
    finished = Signal(int, object)  # request id, GenerationStats
    failed = Signal(int, object)  # request id, Message

    def __init__(self, factory: EngineFactory = create_engine,
                 parent: QObject | None = None) -> None:
        super().__init__("parla-engine", parent, on_close=self._close_engine)
        self._factory = factory
        self._engine: Engine | None = None
        """Created, used and closed on the engine thread only."""
        self._next_request = 0
        self._replies: dict[int, CancelToken] = {}

    @property
    def busy(self) -> bool:
        """True while a reply is queued or running."""
        return bool(self._replies)

    def load(self, options: LoadOptions) -> None:
        self.stop()
        self.submit(partial(self._load, options), label=f"Loading {options.path.name}",
                    failure=LOAD_FAILED, on_progress=self.loadProgress.emit,
                    on_result=self.loaded.emit, on_failure=self.loadFailed.emit)

    def unload(self) -> None:
        self.stop()
        self.submit(self._unload, label="Closing the model", failure=UNLOAD_FAILED,
                    on_result=lambda _none: self.unloaded.emit())

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams) -> int:
        """Queue a reply; returns the request id that its signals carry."""
        self._next_request += 1
        request = self._next_request
        cancel = CancelToken()
        self._replies[request] = cancel
        self.submit(partial(self._generate, list(messages), params), token=cancel,
                    label="Replying", failure=REPLY_FAILED,
                    on_report=partial(self.text.emit, request),
                    on_result=partial(self._reply_finished, request),
                    on_failure=partial(self._reply_failed, request),
                    on_cancel=partial(self._reply_finished, request, NOT_STARTED))
        return request

    def stop(self) -> None:
        """Stop every queued or running reply; safe to call at any time, from any thread."""
        for cancel in list(self._replies.values()):
            cancel.cancel()

    # -- on the GUI thread ---------------------------------------------------------------

    def _reply_finished(self, request: int, stats: GenerationStats) -> None:
        self._replies.pop(request, None)  # before the signal: its slots see busy as it is
        self.finished.emit(request, stats)

    def _reply_failed(self, request: int, message: Message) -> None:
        self._replies.pop(request, None)
        self.failed.emit(request, message)

    # -- on the engine thread ------------------------------------------------------------

    def _get_engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._factory()
        return self._engine

    def _load(self, options: LoadOptions, context: JobContext) -> ModelInfo:
        # llama.cpp calls this from its ctypes progress callback: progress() only stores
        # the value there (no Qt call), and the GUI side reads it.
        return self._get_engine().load(options, context.progress)

    def _unload(self, _context: JobContext) -> None:
        if self._engine is not None:
            self._engine.unload()

    def _generate(self, messages: list[ChatMessage], params: SamplingParams,
                  context: JobContext) -> GenerationStats:
        return self._get_engine().generate(messages, params, context.report, context.token)

    def _close_engine(self) -> None:
        """Free the model on the thread that loaded it, when the service shuts down."""
        if self._engine is not None:
            self._engine.unload()
