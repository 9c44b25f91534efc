"""GUI benchmarks: heartbeat gaps while a reply streams, and render cost as it grows.

Both run the real widgets (offscreen when there is no display). The heartbeat
test drives the whole main window, store and engine thread included; only the
model is replaced by :class:`ScriptedEngine`, which streams a fixed markdown
reply at a set rate, because random weights write no markdown.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgress,
    ReplyProgressCallback,
    SamplingParams,
    StopReason,
    TextCallback,
)
from app.core.engine.worker import EngineService
from app.core.prompts import ChatMessage
from bench.reply import markdown_reply


class ScriptedEngine:
    """An Engine that streams fixed pieces at a fixed rate, on the real engine thread."""

    def __init__(self, pieces: Sequence[str], tokens_per_second: float) -> None:
        self._pieces = list(pieces)
        self._interval = 1.0 / tokens_per_second
        self._model: ModelInfo | None = None

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        on_progress(1.0)
        self._model = ModelInfo(path=options.path, name="Scripted markdown", architecture="none",
                                quantization="none", context_length=options.context_length,
                                chat_format="none", backend="CPU", gpu_layers=0,
                                load_seconds=0.0)
        return self._model

    def unload(self) -> None:
        self._model = None

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return sum(len(m.content.split()) for m in messages)  # a word a token: nothing is sent

    def forget(self, conversation: str) -> None:
        """Nothing is kept."""

    def expect(self, conversation: str | None) -> None:
        """Nothing to prepare."""

    def complete(self, text: str, params: SamplingParams, on_text: TextCallback,
                 cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None) -> GenerationStats:
        return self.generate([ChatMessage("user", text)], params, on_text, cancel, on_progress)

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        started = time.perf_counter()
        next_at = started
        sent = 0
        for piece in self._pieces[:params.max_tokens]:
            next_at += self._interval
            if cancel.wait(max(0.0, next_at - time.perf_counter())):
                break
            on_text(piece)
            sent += 1
            if on_progress is not None:  # the window's live speed, as the real engine sends it
                elapsed = time.perf_counter() - started
                on_progress(ReplyProgress(prompt_fraction=1.0, generated_tokens=sent,
                                          tokens_per_second=sent / elapsed))
        total = time.perf_counter() - started
        return GenerationStats(
            prompt_tokens=0, prompt_eval_tokens=0, generated_tokens=sent,
            time_to_first_token_s=self._interval, tokens_per_second=sent / total,
            total_seconds=total,
            stop_reason=StopReason.CANCELLED if cancel.cancelled else StopReason.LENGTH)


@dataclass(frozen=True)
class HeartbeatResult:
    tokens: int
    tokens_per_second: float
    beats: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    renders: int
    gaps_ms: tuple[float, ...]


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@contextlib.contextmanager
def _scratch_home() -> Iterator[Path]:
    """A temporary PARLA_HOME, so a benchmark never touches the user's chats."""
    previous = os.environ.get("PARLA_HOME")
    with tempfile.TemporaryDirectory(prefix="parla-bench-") as home:
        os.environ["PARLA_HOME"] = home
        try:
            yield Path(home)
        finally:
            if previous is None:
                os.environ.pop("PARLA_HOME", None)
            else:
                os.environ["PARLA_HOME"] = previous


class _Heartbeat:
    """A 1 ms precise timer that records the gap between its own ticks."""

    def __init__(self) -> None:
        self.gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.gaps_ms.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def measure_heartbeat(tokens: int = 1500, tokens_per_second: float = 100.0) -> HeartbeatResult:
    """Stream a ``tokens``-piece markdown reply into the main window; time a 1 ms timer.

    Every gap between two heartbeats is time the GUI thread could not react: a gap over
    16 ms is a dropped frame at 60 Hz. Parla's own data go to a temporary PARLA_HOME.
    """
    from app.core.paths import app_paths
    from app.core.settings import Settings
    from app.ui.main_window import MainWindow

    pieces = markdown_reply(tokens)[:tokens]
    with _scratch_home() as home:
        engine = EngineService(lambda: ScriptedEngine(pieces, tokens_per_second))
        window = MainWindow(engine, Settings(max_reply_tokens=tokens, context_length=4096),
                            app_paths().ensure())
        window.resize(1100, 720)
        window.show()
        model = home / "scripted.gguf"
        model.write_bytes(b"")  # the window records speeds per model file
        loop = QEventLoop()
        engine.loaded.connect(loop.quit)
        window.open_model(model)
        loop.exec()
        # A user takes a few seconds to type a question; the window uses them to warm up.
        pause = QEventLoop()
        QTimer.singleShot(2000, pause.quit)
        pause.exec()

        heartbeat = _Heartbeat()
        finished = QEventLoop()
        engine.finished.connect(finished.quit)
        renders_before = window.chat_view.renders
        window.composer.setPlainText("How do I change the service's timeout?")
        heartbeat.start()
        started = time.perf_counter()
        window.composer.submit()
        finished.exec()
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        renders = window.chat_view.renders - renders_before
        window.close()
        engine.shutdown()
        window.deleteLater()
        QApplication.processEvents()
    measured = heartbeat.gaps_ms[1:]  # the first gap includes starting the timer
    return HeartbeatResult(
        tokens=len(pieces), tokens_per_second=len(pieces) / elapsed, beats=len(measured),
        p50_ms=statistics.median(measured), p99_ms=_percentile(measured, 0.99),
        max_ms=max(measured), renders=renders, gaps_ms=tuple(measured))


@dataclass(frozen=True)
class RenderCostResult:
    at_tokens: tuple[int, ...]
    ms_per_token: tuple[float, ...]
    """Median cost of appending one piece and rendering, at each reply length."""
    whole_render_ms: tuple[float, ...]
    """For contrast: rendering the whole reply so far from scratch, at each length."""


def measure_render_cost(at_tokens: Sequence[int] = (100, 500, 1000, 2000), window: int = 20,
                        repeats: int = 3) -> RenderCostResult:
    """Append pieces one at a time to the real chat view, rendering after every piece.

    Rendering after every piece is the worst case (the view normally coalesces to about
    30 renders a second). The cost is the median over ``window`` pieces ending at each
    length, and the best of ``repeats`` runs, so a busy machine adds less noise.
    """
    from app.core import rendering
    from app.ui.chat_view import ChatView, dark_mode

    pieces = markdown_reply(max(at_tokens) + 1)
    best: dict[int, float] = {}
    whole: dict[int, float] = {}
    for _ in range(repeats):
        view = ChatView()
        view.resize(900, 700)
        view.show()
        view.begin_reply(1, "Parla")
        costs: dict[int, list[float]] = {n: [] for n in at_tokens}
        for count, piece in enumerate(pieces[:max(at_tokens)], start=1):
            started = time.perf_counter()
            view.append_to_reply(piece)
            view._render_streaming()  # what the coalescing timer calls
            cost = (time.perf_counter() - started) * 1000
            for n in at_tokens:
                if n - window < count <= n:
                    costs[n].append(cost)
        text = view.end_reply()
        view.close()
        view.deleteLater()
        QApplication.processEvents()
        for n in at_tokens:
            best[n] = min(best.get(n, float("inf")), statistics.median(costs[n]))
            prefix = "".join(pieces[:n])
            rendering.render_cache_clear()
            started = time.perf_counter()
            rendering.render(prefix, dark=dark_mode())
            whole[n] = min(whole.get(n, float("inf")), (time.perf_counter() - started) * 1000)
        assert text == "".join(pieces[:max(at_tokens)])
    return RenderCostResult(at_tokens=tuple(at_tokens),
                            ms_per_token=tuple(best[n] for n in at_tokens),
                            whole_render_ms=tuple(whole[n] for n in at_tokens))
