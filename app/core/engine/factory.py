"""The one place that knows which engine the app runs.

The UI, the CLI and the background services ask here for an engine and for
what it offers on this computer, so a new backend (a llama.cpp, vLLM or Ollama
server) is a change to this module, not to them. Nothing here imports the
engine's library until it is first needed, so start-up stays fast.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from app.core.cancel import CancelToken
from app.core.engine.base import (
    Engine,
    EngineError,
    EngineRuntime,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgressCallback,
    SamplingParams,
    TextCallback,
)
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.prompts import ChatMessage

NO_MODEL_OPEN = QT_TRANSLATE_NOOP("core", "No model is open.")

_runtime: list[EngineRuntime] = []
_runtime_lock = threading.Lock()


def create_engine() -> Engine:
    """A new engine with no model loaded; its caller's thread must be its only user.

    It runs a local file with llama.cpp, or a server's model (``LoadOptions.remote``)
    through the remote engine: the service, the window and the API never know which.
    """
    return RoutingEngine()


class RoutingEngine:
    """llama.cpp in-process or a remote server, by what ``load`` is asked for.

    One is active at a time; the other is unloaded once the new model is ready, so a
    failed switch leaves the previous model in place (the service relies on that).
    """

    def __init__(self) -> None:
        self._local: Engine | None = None
        self._remote: Engine | None = None
        self._active: Engine | None = None

    @property
    def model(self) -> ModelInfo | None:
        return self._active.model if self._active is not None else None

    def _engine_for(self, options: LoadOptions) -> Engine:
        if options.remote is not None:
            if self._remote is None:
                from app.core.engine.remote.engine import RemoteEngine

                self._remote = RemoteEngine()
            return self._remote
        if self._local is None:
            from app.core.engine.llama.engine import LlamaCppEngine

            self._local = LlamaCppEngine()
        return self._local

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        engine = self._engine_for(options)
        info = engine.load(options, on_progress)
        if self._active is not None and self._active is not engine:
            self._active.unload()  # the laptop's memory goes back once the server answers
        self._active = engine
        return info

    def unload(self) -> None:
        for engine in (self._local, self._remote):
            if engine is not None:
                engine.unload()
        self._active = None

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return self._current().count_tokens(messages)

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        return self._current().generate(messages, params, on_text, cancel, on_progress,
                                        conversation=conversation)

    def forget(self, conversation: str) -> None:
        for engine in (self._local, self._remote):
            if engine is not None:
                engine.forget(conversation)

    def expect(self, conversation: str | None) -> None:
        if self._active is not None:
            self._active.expect(conversation)

    def complete(self, text: str, params: SamplingParams, on_text: TextCallback,
                 cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None) -> GenerationStats:
        return self._current().complete(text, params, on_text, cancel, on_progress)

    def _current(self) -> Engine:
        if self._active is None:
            raise EngineError(Message(NO_MODEL_OPEN))
        return self._active


def engine_runtime() -> EngineRuntime:
    """The engine's name, version, GPU support and default threads, asked once per process.

    The first call imports llama.cpp and loads its backends (about 0.3 s): make it off
    the GUI thread, e.g. on the engine's thread at start-up; later calls cost nothing.
    Safe from any thread.
    """
    if not _runtime:
        with _runtime_lock:
            if not _runtime:
                from app.core.engine.llama.engine import llama_runtime

                _runtime.append(llama_runtime())
    return _runtime[0]
