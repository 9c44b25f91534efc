"""Measuring model files' speed on a worker thread, reported through signals.

Files are measured one after another, each loaded, measured and unloaded
before the next, so at most one extra model is in memory. Stopping sets a flag
that the benchmark checks between tokens; the thread is never killed. Every
result is recorded in the measurements store before it is announced.

Give it the engine's thread to share: llama.cpp's OpenMP workers belong to the
thread that calls it, and once two threads have run llama.cpp on a two-core
laptop, every run on either is about 2.5 times slower (libgomp throttles its
spinning when it manages more threads than there are CPUs). On the engine's
thread a measurement simply waits for a reply in progress, and a reply waits for
the measurement. Without one it uses a thread of its own that only runs while
measuring, so an idle service can be destroyed with its owner at any time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.cancel import Cancelled, CancelToken
from app.core.engine.base import GPU_LAYERS_AUTO, EngineError
from app.core.models.measurements import MeasurementStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MeasureOptions:
    """How to load the files: the same settings a chat would use."""

    threads: int = 0
    gpu_layers: int = GPU_LAYERS_AUTO
    tokens: int = 64
    prompt_tokens: int = 128


class _Worker(QObject):
    started = Signal(object, int, int)  # Path, index (from 0), count
    measured = Signal(object, object)  # Path, Measurement
    failed = Signal(object, str)  # Path, message
    finished = Signal(bool)  # True if stopped before the end

    def __init__(self, store: MeasurementStore) -> None:
        super().__init__()
        self.store = store

    @Slot(object, object, object)
    def measure(self, paths: Sequence[Path], options: MeasureOptions, cancel: CancelToken) -> None:
        from app.core.engine.llama_cpp_engine import LlamaCppEngine
        from app.core.engine.quick_bench import measure_decode

        engine = LlamaCppEngine()
        for index, path in enumerate(paths):
            if cancel.cancelled:
                break
            self.started.emit(path, index, len(paths))
            try:
                measurement = measure_decode(
                    path, threads=options.threads, gpu_layers=options.gpu_layers,
                    tokens=options.tokens, prompt_tokens=options.prompt_tokens, cancel=cancel,
                    engine=engine)
                self.store.record(measurement)
            except Cancelled:
                break
            except (EngineError, OSError) as exc:
                log.warning("Could not measure %s: %s", path, exc)
                self.failed.emit(path, str(exc))
            except Exception as exc:
                log.exception("Unexpected failure measuring %s", path)
                self.failed.emit(path, f"Unexpected error while measuring: {exc}")
            else:
                log.info("Measured %s: %.1f tokens/s", path.name, measurement.tokens_per_second)
                self.measured.emit(path, measurement)
        self.finished.emit(cancel.cancelled)


class MeasureService(QObject):
    """The GUI's handle on measuring; every method returns at once."""

    started = Signal(object, int, int)  # Path being measured, its index (from 0), count
    measured = Signal(object, object)  # Path, Measurement (already recorded)
    failed = Signal(object, str)  # Path, message for the user
    finished = Signal(bool)  # True if stopped before the end

    _requestMeasure = Signal(object, object, object)

    def __init__(self, store: MeasurementStore, parent: QObject | None = None, *,
                 thread: QThread | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._owns_thread = thread is None
        self._thread = thread or QThread()
        if self._owns_thread:
            self._thread.setObjectName("parla-measure")
        self._worker = _Worker(store)
        self._worker.moveToThread(self._thread)
        self._requestMeasure.connect(self._worker.measure)
        for name in ("started", "measured", "failed", "finished"):
            getattr(self._worker, name).connect(getattr(self, name))
        self.started.connect(self._on_started)
        self.finished.connect(self._on_finished)
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
        self._cancel = CancelToken()
        if not self._thread.isRunning():
            self._thread.start()
        self._requestMeasure.emit(list(paths), options or MeasureOptions(), self._cancel)
        return True

    def cancel(self) -> None:
        """Stop after the current token; what was measured already is kept."""
        if self._cancel is not None:
            self._cancel.cancel()

    def shutdown(self) -> None:
        """Stop measuring and wait for the thread to end (when the app quits)."""
        self.cancel()
        self._end_thread()

    def _end_thread(self) -> None:
        if self._owns_thread:
            self._thread.quit()
            self._thread.wait()

    @Slot(object, int, int)
    def _on_started(self, path: Path, _index: int, _count: int) -> None:
        self._current = path

    @Slot(bool)
    def _on_finished(self, _stopped: bool) -> None:
        self._cancel = None
        self._current = None
        # The worker has returned (or is returning) from its slot: this takes no time.
        self._end_thread()
