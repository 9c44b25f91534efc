"""The connection dialog's Test: ask a server for its models, then check the key and the
model with a one-token reply, without the GUI thread ever waiting on the network.

Each test runs on a daemon thread of its own, so a server that never answers holds up
neither the window nor a second test, nor the app when it quits. The thread makes no Qt
call: it puts its outcome in a queue that a timer on the owner's thread reads, so nothing
can reach a deleted object.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.core.cancel import CancelToken
from app.core.engine.base import EngineError, LoadOptions, RemoteModel, SamplingParams
from app.core.engine.remote.engine import NOT_OPENAI, RemoteEngine
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)

POLL_MS = 50
UNEXPECTED = Message(QT_TRANSLATE_NOOP(
    "core", "The test failed unexpectedly. The details are in Parla's log."))


@dataclass(frozen=True)
class ProbeResult:
    """What a server said: its models, the one to use and that model's context."""

    models: tuple[str, ...]
    model: str
    context_length: int
    context_known: bool


def probe(target: RemoteModel, engine: RemoteEngine | None = None) -> ProbeResult:
    """Blocking: the server's models, then its model checked with a one-token reply (which
    is what proves the key on servers that list their models to anyone). A server that
    never answers fails after ``RemoteEngine.models``' read timeout (30 s)."""
    engine = engine or RemoteEngine()
    try:  # first, as its wait for a silent server is the shorter one
        listed = tuple(m.id for m in engine.models(target))
    except EngineError as error:
        # A server that answers but does not list its models may still run the one typed
        # by hand: load tries it. Nothing answering, or a refused key, ends the test here.
        if not target.model or error.message.template != NOT_OPENAI:
            raise
        listed = ()
    info = engine.load(LoadOptions(Path(), remote=target), lambda _fraction: None)
    try:
        engine.generate([ChatMessage("user", "Hi")], SamplingParams(max_tokens=1),
                        lambda _text: None, CancelToken())
    finally:
        engine.unload()
    return ProbeResult(listed or (info.name,), info.name, info.context_length,
                       info.context_known)


class ServerProbe(QObject):
    """Runs tests; says how each ended on the owner's thread, by the number ``test`` gave."""

    succeeded = Signal(int, object)  # test number, ProbeResult
    failed = Signal(int, object)  # test number, Message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: queue.SimpleQueue[tuple[int, ProbeResult | Message]] = (
            queue.SimpleQueue())
        self._running = 0
        self._count = 0
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._deliver)

    @property
    def running(self) -> bool:
        return self._running > 0

    def test(self, target: RemoteModel) -> int:
        """Start a test of ``target``; returns its number at once."""
        self._count += 1
        number = self._count
        self._running += 1
        self._timer.start()
        threading.Thread(target=self._run, args=(number, target), daemon=True,
                         name=f"parla-probe-{number}").start()
        return number

    def _run(self, number: int, target: RemoteModel) -> None:
        outcome: ProbeResult | Message
        try:
            outcome = probe(target)
        except UserError as error:
            log.info("Testing %s failed: %s", target.host, error)
            outcome = error.message
        except Exception:
            log.exception("Testing %s failed unexpectedly", target.host)
            outcome = UNEXPECTED
        self._outcomes.put((number, outcome))

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                number, outcome = self._outcomes.get_nowait()
            except queue.Empty:
                break
            self._running -= 1
            if isinstance(outcome, ProbeResult):
                self.succeeded.emit(number, outcome)
            else:
                self.failed.emit(number, outcome)
        if not self._running:
            self._timer.stop()
