"""The engine on its own thread, talking to the GUI only through signals.

``EngineService`` lives on the GUI thread and never blocks: every request is a
job on the engine's thread (see ``app.core.background``), the only thread that
ever touches the engine and so llama.cpp. Other work that runs llama.cpp (e.g.
measuring a model's speed) shares this thread by passing the service as its
``thread``, so it waits its turn instead of running beside a reply. Stop sets
the replies' cancel tokens, which the busy engine reads between tokens: a
queued "stop" would only arrive after the reply it was meant to interrupt.

A switch to a model that fails to load keeps the previous one: when the engine
had already let it go, it is loaded again, with the same options, before the
failure is reported, so what ``model`` says is what the engine can run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.background import Background, JobContext
from app.core.cancel import CancelToken
from app.core.engine.base import (
    Engine,
    EngineError,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ReplyProgress,
    SamplingParams,
    StopReason,
)
from app.core.engine.factory import create_engine
from app.core.engine.llama import snapshots
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
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

PROMPT_TOO_LONG = QT_TRANSLATE_NOOP(
    "core", "The message is too long: it needs {used} tokens plus {reserve} for "
    "the reply, but the context holds {context}. Shorten it or raise the context "
    "length in Settings.")
"""The failure of a reply asked for with ``fit=False`` whose whole prompt does not fit
(the same sentence as ``app.core.engine.context``'s); its args are used, reserve, context."""

NOT_STARTED = GenerationStats(prompt_tokens=0, prompt_eval_tokens=0, generated_tokens=0,
                              time_to_first_token_s=0.0, tokens_per_second=0.0,
                              total_seconds=0.0, stop_reason=StopReason.CANCELLED)
"""What a reply stopped before it started reports."""

@dataclass(frozen=True)
class _LoadOutcome:
    """What a load job leaves behind: the model loaded now, and why the new one is not."""

    model: ModelInfo | None
    failure: Message | None = None


ENGINE_THREAD = "parla-engine"
"""The engine thread's name (llama.cpp's worker threads inherit it), as the system shows it."""


class EngineService(Background):
    """The GUI's handle on the engine. Every method returns at once."""

    loadProgress = Signal(float)
    loaded = Signal(object)  # ModelInfo
    restoring = Signal(object)  # ModelInfo: a load failed, the previous model is reloaded
    loadFailed = Signal(object)  # Message; ``model`` says what is loaded now
    unloaded = Signal()
    text = Signal(int, str)  # request id, new text
    progress = Signal(int, object)  # request id, ReplyProgress (~10 a second)
    finished = Signal(int, object)  # request id, GenerationStats
    failed = Signal(int, object)  # request id, Message
    tokensCounted = Signal(int, object)  # request id, int, or None without a model

    def __init__(self, factory: EngineFactory = create_engine,
                 parent: QObject | None = None) -> None:
        super().__init__(ENGINE_THREAD, parent, on_close=self._close_engine)
        self._factory = factory
        self._engine: Engine | None = None
        """Created, used and closed on the engine thread only."""
        self._loaded_options: LoadOptions | None = None
        """How the engine's model was loaded (engine thread only), to load it again."""
        self._model: ModelInfo | None = None
        """The GUI side's view of the loaded model, updated as load jobs end."""
        self._next_request = 0
        self._replies: dict[int, CancelToken] = {}
        self._expected: str | None = None
        """The chat the user opened last (``expect``); read by the engine thread's job."""
        self._expecting = False
        """An ``expect`` job is queued and has not read ``_expected`` yet."""

    @property
    def busy(self) -> bool:
        """True while a reply is queued or running."""
        return bool(self._replies)

    @property
    def model(self) -> ModelInfo | None:
        """The model the engine holds as of the last load or unload that ended."""
        return self._model

    def load(self, options: LoadOptions) -> None:
        """Load a model; on failure the previous one (if any) stays, or is loaded again."""
        self.stop()
        self.submit(partial(self._load, options), label=f"Loading {options.path.name}",
                    failure=LOAD_FAILED, on_progress=self.loadProgress.emit,
                    on_report=self.restoring.emit, on_result=self._load_ended,
                    on_failure=self._load_failed_unexpectedly)

    def unload(self) -> None:
        self.stop()
        self.submit(self._unload, label="Closing the model", failure=UNLOAD_FAILED,
                    on_result=self._unloaded)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Queue a count of the tokens ``messages`` take as the loaded model's prompt (for a
        context meter); returns the request id that ``tokensCounted`` carries."""
        self._next_request += 1
        request = self._next_request
        self.submit(partial(self._count, list(messages)), label="Counting tokens",
                    on_result=partial(self.tokensCounted.emit, request))
        return request

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams, *,
                 fit: bool = True, conversation: str | None = None) -> int:
        """Queue a reply; returns the request id that its signals carry.

        ``fit``: leave the oldest messages out when the conversation does not fit the
        context (the chat's way); with False the reply fails with ``PROMPT_TOO_LONG``
        instead (the API's way: a client must never get a silently shortened prompt).
        ``conversation``: the chat's name for its KV cache snapshots (``Engine.generate``).
        """
        return self._queue_reply(partial(self._generate, list(messages), params, fit,
                                         conversation), "Replying")

    def forget(self, conversation: str, folder: Path | None = None) -> None:
        """Queue dropping what the engine keeps of a deleted chat, and its snapshot files
        under ``folder`` (those of every model, loaded or not)."""
        self.submit(partial(self._forget, conversation, folder), label="Forgetting a chat")

    def expect(self, conversation: str | None) -> None:
        """The user opened ``conversation`` (None: a new chat): let the engine get ready for
        it when it is free (``Engine.expect``). Only the latest of hints not yet taken up
        counts: clicking through chats queues one job, not one per chat."""
        self._expected = conversation
        if not self._expecting:
            self._expecting = True
            self.submit(self._expect, label="Getting the chat ready")

    def complete(self, text: str, params: SamplingParams) -> int:
        """Queue a continuation of ``text`` (no chat template); the same signals as
        ``generate`` carry it. A text that does not fit the context fails with a sentence."""
        return self._queue_reply(partial(self._complete, text, params), "Continuing")

    def _queue_reply(self, job: Callable[[JobContext], GenerationStats], label: str) -> int:
        """Queue a reply job behind everything already queued; its signals carry the id."""
        self._next_request += 1
        request = self._next_request
        cancel = CancelToken()
        self._replies[request] = cancel
        self.submit(job, token=cancel, label=label, failure=REPLY_FAILED,
                    on_progress=partial(self.progress.emit, request),
                    on_report=partial(self.text.emit, request),
                    on_result=partial(self._reply_finished, request),
                    on_failure=partial(self._reply_failed, request),
                    on_cancel=partial(self._reply_finished, request, NOT_STARTED))
        return request

    def cancel(self, request: int) -> None:
        """Stop one reply: dropped if it has not started, else it ends at its next token."""
        if (cancel := self._replies.get(request)) is not None:
            cancel.cancel()

    def stop(self) -> None:
        """Stop every queued or running reply; safe to call at any time, from any thread."""
        for cancel in list(self._replies.values()):
            cancel.cancel()

    # -- on the GUI thread ---------------------------------------------------------------

    def _load_ended(self, outcome: _LoadOutcome) -> None:
        self._model = outcome.model  # before the signals: their slots read it
        if outcome.failure is None:
            self.loaded.emit(outcome.model)
        else:
            self.loadFailed.emit(outcome.failure)

    def _load_failed_unexpectedly(self, message: Message) -> None:
        self.loadFailed.emit(message)  # a bug in _load itself: nothing known has changed

    def _unloaded(self, _none: None) -> None:
        self._model = None
        self.unloaded.emit()

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

    def _load(self, options: LoadOptions, context: JobContext) -> _LoadOutcome:
        engine = self._get_engine()
        previous, previous_options = engine.model, self._loaded_options
        try:
            # llama.cpp calls this from its ctypes progress callback: progress() only
            # stores the value there (no Qt call), and the GUI side reads it.
            info = engine.load(options, context.progress)
        except Exception as exc:
            if isinstance(exc, UserError):
                log.warning("Loading %s failed: %s", options.path.name, exc)
                failure = exc.message
            else:
                log.exception("Loading %s failed unexpectedly", options.path.name)
                failure = LOAD_FAILED
            if engine.model is None and previous is not None and previous_options is not None:
                context.report(previous)  # -> restoring, on the GUI thread
                self._restore(engine, previous_options)
            if engine.model is None:
                self._loaded_options = None
            return _LoadOutcome(engine.model, failure)
        self._loaded_options = options
        return _LoadOutcome(info)

    def _restore(self, engine: Engine, options: LoadOptions) -> None:
        """Load the model a failed switch let go of, as it was loaded."""
        log.info("Loading %s again after the failed switch", options.path.name)
        try:
            engine.load(options, lambda _fraction: None)
        except Exception:
            log.exception("Could not load %s again", options.path.name)

    def _unload(self, _context: JobContext) -> None:
        self._loaded_options = None
        if self._engine is not None:
            self._engine.unload()

    def _count(self, messages: list[ChatMessage], _context: JobContext) -> int | None:
        engine = self._get_engine()
        return engine.count_tokens(messages) if engine.model is not None else None

    def _forget(self, conversation: str, folder: Path | None, _context: JobContext) -> None:
        if self._engine is not None:
            self._engine.forget(conversation)
        if folder is not None:
            snapshots.forget(folder, conversation)

    def _expect(self, _context: JobContext) -> None:
        self._expecting = False  # a hint from now on queues another job
        if self._engine is not None and self._engine.model is not None:
            self._engine.expect(self._expected)

    def _generate(self, messages: list[ChatMessage], params: SamplingParams, fit: bool,
                  conversation: str | None, context: JobContext) -> GenerationStats:
        engine = self._get_engine()
        if not fit and engine.model is not None:
            # The engine's own reserve for the reply: it drops messages past this line.
            n_ctx = engine.model.context_length
            reserve = max(1, min(params.max_tokens, n_ctx // 4))
            used = engine.count_tokens(messages)
            if used + reserve > n_ctx:
                raise EngineError(Message(PROMPT_TOO_LONG, used=used, reserve=reserve,
                                          context=n_ctx))

        return engine.generate(messages, params, context.report, context.token,
                               _reply_progress(context), conversation=conversation)

    def _complete(self, text: str, params: SamplingParams,
                  context: JobContext) -> GenerationStats:
        return self._get_engine().complete(text, params, context.report, context.token,
                                           _reply_progress(context))

    def _close_engine(self) -> None:
        """Free the model on the thread that loaded it, when the service shuts down."""
        if self._engine is not None:
            self._engine.unload()


def _reply_progress(context: JobContext) -> Callable[[ReplyProgress], None]:
    """A reply's progress for its job: stored, read by the GUI side ~10 times a second,
    and each phase (reading the prompt, then writing) at once."""
    def on_progress(progress: ReplyProgress) -> None:
        context.progress(progress, "writing" if progress.writing else "reading")

    return on_progress
