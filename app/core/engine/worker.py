"""The engine on its own QThread, talking to the GUI only through signals.

``EngineService`` lives on the GUI thread and never blocks: every request is a
queued signal to ``_EngineWorker``, which owns the engine (and so the single
``Llama``) on a private thread. Stop is the one exception: it sets a flag that
the busy worker reads between tokens, because a queued "stop" would only be
delivered after the reply it was meant to interrupt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.core.cancel import CancelToken
from app.core.engine.base import (
    Engine,
    EngineError,
    LoadOptions,
    SamplingParams,
)
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)

EngineFactory = Callable[[], Engine]

PROGRESS_POLL_MS = 50


def _default_engine() -> Engine:
    from app.core.engine.llama_cpp_engine import LlamaCppEngine

    return LlamaCppEngine()


class _EngineWorker(QObject):
    """Runs on the engine thread; its slots are the only code that touches the engine."""

    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str)
    unloaded = Signal()
    text = Signal(int, str)  # request id, new text
    finished = Signal(int, object)  # request id, GenerationStats
    failed = Signal(int, str)  # request id, message

    def __init__(self, factory: EngineFactory) -> None:
        super().__init__()
        self._factory = factory
        self._engine: Engine | None = None
        self.load_progress = 0.0

    def _note_progress(self, fraction: float) -> None:
        # Called from inside llama.cpp's ctypes callback. Emitting a Qt signal there
        # crashed the process at exit with PySide6 6.12.0, so the callback stays free of
        # Qt: it only stores the value, and EngineService polls it from the GUI thread.
        self.load_progress = fraction

    def _get_engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._factory()
        return self._engine

    @Slot(object)
    def load(self, options: LoadOptions) -> None:
        self.load_progress = 0.0
        try:
            info = self._get_engine().load(options, self._note_progress)
        except EngineError as exc:
            self.loadFailed.emit(str(exc))
        except Exception as exc:
            log.exception("Unexpected failure loading %s", options.path)
            self.loadFailed.emit(f"Unexpected error while loading the model: {exc}")
        else:
            self.loaded.emit(info)

    @Slot()
    def unload(self) -> None:
        if self._engine is not None:
            self._engine.unload()
        self.unloaded.emit()

    @Slot(int, object, object, object)
    def generate(self, request: int, messages: Sequence[ChatMessage], params: SamplingParams,
                 cancel: CancelToken) -> None:
        def forward(text: str) -> None:
            self.text.emit(request, text)

        try:
            stats = self._get_engine().generate(messages, params, forward, cancel)
        except EngineError as exc:
            self.failed.emit(request, str(exc))
        except Exception as exc:
            log.exception("Unexpected failure while generating")
            self.failed.emit(request, f"Unexpected error while generating: {exc}")
        else:
            self.finished.emit(request, stats)


class EngineService(QObject):
    """The GUI's handle on the engine. Every method returns at once."""

    loadProgress = Signal(float)
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str)
    unloaded = Signal()
    text = Signal(int, str)
    finished = Signal(int, object)  # request id, GenerationStats
    failed = Signal(int, str)

    _requestLoad = Signal(object)
    _requestUnload = Signal()
    _requestGenerate = Signal(int, object, object, object)

    def __init__(self, factory: EngineFactory = _default_engine,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("parla-engine")
        self._worker = _EngineWorker(factory)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)

        self._requestLoad.connect(self._worker.load)
        self._requestUnload.connect(self._worker.unload)
        self._requestGenerate.connect(self._worker.generate)
        for name in ("loaded", "loadFailed", "unloaded", "text", "finished", "failed"):
            getattr(self._worker, name).connect(getattr(self, name))
        self.finished.connect(self._on_done)
        self.failed.connect(self._on_done)

        self._progress_poll = QTimer(self)
        self._progress_poll.setInterval(PROGRESS_POLL_MS)
        self._progress_poll.timeout.connect(self._poll_progress)
        self._reported_progress = -1.0
        self.loaded.connect(self._on_load_done)
        self.loadFailed.connect(self._on_load_done)
        self._loads_pending = 0

        self._next_request = 0
        self._active: dict[int, CancelToken] = {}
        self._thread.start()

    @property
    def worker(self) -> QObject:
        """The object on the engine thread (tests connect to it directly)."""
        return self._worker

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def load(self, options: LoadOptions) -> None:
        self.stop()
        self._loads_pending += 1
        self._reported_progress = -1.0
        self._progress_poll.start()
        self._requestLoad.emit(options)

    def unload(self) -> None:
        self.stop()
        self._requestUnload.emit()

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams) -> int:
        """Queue a reply; returns the request id that its signals carry."""
        self._next_request += 1
        cancel = CancelToken()
        self._active[self._next_request] = cancel
        self._requestGenerate.emit(self._next_request, list(messages), params, cancel)
        return self._next_request

    def stop(self) -> None:
        """Stop every queued or running reply; safe to call at any time."""
        for cancel in self._active.values():
            cancel.cancel()

    def shutdown(self) -> None:
        """Stop, free the model and end the thread (used when the app quits)."""
        self.stop()
        self._requestUnload.emit()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _on_done(self, request: int, _result: object) -> None:
        self._active.pop(request, None)

    @Slot()
    def _poll_progress(self) -> None:
        fraction = self._worker.load_progress
        if fraction != self._reported_progress:
            self._reported_progress = fraction
            self.loadProgress.emit(fraction)

    @Slot(object)
    def _on_load_done(self, _result: object) -> None:
        self._poll_progress()
        self._loads_pending -= 1
        if self._loads_pending <= 0:
            self._loads_pending = 0
            self._progress_poll.stop()

