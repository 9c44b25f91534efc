"""Measuring model files' speed in the background, reported through signals.

Each file is one job: loaded, measured and unloaded before the next, so at
most one extra model is in memory. Stopping cancels the run's token, which the
speed test checks between tokens; files not started yet are skipped. Every
result is recorded in the measurements store before it is announced.

Give it the engine's thread to share (``thread=engine_service``): llama.cpp's
OpenMP workers belong to the thread that calls it, and once two threads have run
llama.cpp on a two-core laptop, every run on either is about 2.5 times slower
(libgomp throttles its spinning when it manages more threads than there are
CPUs). On the engine's thread a measurement simply waits for a reply in
progress, and a reply waits for the file being measured. Without one it uses a
thread of its own that only runs while measuring, so an idle service can be
destroyed with its owner at any time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.core.background import Background, JobContext
from app.core.cancel import CancelToken
from app.core.engine.base import GPU_LAYERS_AUTO, Engine
from app.core.engine.factory import create_engine, engine_runtime
from app.core.engine.speed import measure_speed
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.models.measurements import Conditions, FileKey, Measurement, MeasurementStore

log = logging.getLogger(__name__)

MEASURE_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "Measuring failed because of an unexpected error. The details are in Parla's log."))


@dataclass(frozen=True)
class MeasureOptions:
    """How to load the files: the same settings a chat would use."""

    threads: int = 0
    gpu_layers: int = GPU_LAYERS_AUTO
    tokens: int = 64
    prompt_tokens: int = 128


class MeasureService(Background):
    """The GUI's handle on measuring; every method returns at once."""

    started = Signal(object, int, int)  # Path being measured, its index (from 0), count
    measured = Signal(object, object)  # Path, Measurement (already recorded)
    failed = Signal(object, object)  # Path, Message for the user
    finished = Signal(bool)  # True if stopped before the end

    def __init__(self, store: MeasurementStore, parent: QObject | None = None, *,
                 thread: Background | QThread | None = None,
                 engine: Callable[[], Engine] = create_engine) -> None:
        super().__init__("parla-measure", parent, thread=thread, stop_when_idle=True)
        self.store = store
        self._engine = engine
        self._cancel: CancelToken | None = None
        self._current: Path | None = None

    @property
    def running(self) -> bool:
        """True from measure() until ``finished`` (also while a stop takes effect)."""
        return self._cancel is not None

    @property
    def stopping(self) -> bool:
        return self._cancel is not None and self._cancel.cancelled

    @property
    def current(self) -> Path | None:
        """The file being measured now, if any."""
        return self._current

    def measure(self, paths: Sequence[Path], options: MeasureOptions | None = None) -> bool:
        """Measure ``paths`` in order; False (and nothing starts) if already running."""
        if self._cancel is not None or not paths:
            return False
        self._cancel = cancel = CancelToken()
        options = options or MeasureOptions()
        count = len(paths)
        for index, path in enumerate(paths):
            self.submit(partial(self._measure, path, options), token=cancel,
                        label=f"Measuring {path.name}", failure=MEASURE_FAILED,
                        on_start=partial(self._on_started, path, index, count),
                        on_result=partial(self._on_measured, path),
                        on_failure=partial(self._on_failed, path),
                        on_done=self._on_finished if index == count - 1 else None)
        return True

    def cancel(self) -> None:
        """Stop after the current token; what was measured already is kept."""
        if self._cancel is not None:
            self._cancel.cancel()

    # -- on the GUI thread ---------------------------------------------------------------

    def _on_started(self, path: Path, index: int, count: int) -> None:
        self._current = path
        self.started.emit(path, index, count)

    def _on_measured(self, path: Path, measurement: Measurement) -> None:
        self._current = None
        self.measured.emit(path, measurement)

    def _on_failed(self, path: Path, message: Message) -> None:
        self._current = None
        self.failed.emit(path, message)

    def _on_finished(self) -> None:
        stopped = self._cancel is not None and self._cancel.cancelled
        self._cancel = None
        self._current = None
        self.finished.emit(stopped)

    # -- on the worker thread ------------------------------------------------------------

    def _measure(self, path: Path, options: MeasureOptions, context: JobContext) -> Measurement:
        file = FileKey.of(path)  # the file as it was measured
        result = measure_speed(self._engine(), path, threads=options.threads,
                               gpu_layers=options.gpu_layers, tokens=options.tokens,
                               prompt_tokens=options.prompt_tokens, cancel=context.token)
        measurement = Measurement.now(
            file, Conditions.of(engine_runtime(), result.threads, result.backend),
            result.tokens_per_second, result.prompt_tokens_per_second, "benchmark")
        self.store.record(measurement)
        log.info("Measured %s: %.1f tokens/s", path.name, measurement.tokens_per_second)
        return measurement
