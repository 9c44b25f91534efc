"""MeasureService: the real benchmark on its own QThread, observed from the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgressCallback,
    SamplingParams,
    TextCallback,
)
from app.core.engine.factory import engine_runtime
from app.core.engine.worker import EngineService
from app.core.messages import Message
from app.core.models.measure_service import MeasureOptions, MeasureService
from app.core.models.measurements import Conditions, MeasurementStore
from app.core.prompts import ChatMessage
from tests.support.engines import WrappedEngine

TIMEOUT = 60_000
QUICK = MeasureOptions(threads=1, tokens=32, prompt_tokens=64)


def conditions(threads: int, backend: str) -> Conditions:
    return Conditions.of(engine_runtime(), threads, backend)


@pytest.fixture
def store(tmp_path: Path) -> MeasurementStore:
    return MeasurementStore(tmp_path / "measurements.json")


@pytest.fixture
def service(qtbot: QtBot, store: MeasurementStore) -> Iterator[MeasureService]:
    service = MeasureService(store)
    yield service
    service.shutdown()


def test_each_file_is_measured_in_turn_and_recorded(
    qtbot: QtBot, service: MeasureService, store: MeasurementStore,
    stablelm_path: Path, stablelm_without_pre_path: Path,
) -> None:
    started: list[tuple[Path, int, int]] = []
    measured: list[Path] = []
    service.started.connect(lambda path, index, count: started.append((path, index, count)))
    service.measured.connect(lambda path, _m: measured.append(path))
    files = [stablelm_path, stablelm_without_pre_path]
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as finished:
        assert service.measure(files, QUICK)
        assert service.running
        assert not service.measure(files, QUICK), "one measurement at a time"
    assert finished.args == [False]
    assert started == [(stablelm_path, 0, 2), (stablelm_without_pre_path, 1, 2)]
    assert measured == files
    assert (service.running, service.current) == (False, None)
    for path in files:
        recorded = store.lookup(path, conditions(1, "CPU"))
        assert recorded is not None and recorded.tokens_per_second > 0


def test_a_file_that_fails_is_reported_and_the_next_one_is_still_measured(
    qtbot: QtBot, service: MeasureService, store: MeasurementStore,
    stablelm_path: Path, tmp_path: Path,
) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_text("not a model", encoding="utf-8")
    failures: list[tuple[Path, Message]] = []
    service.failed.connect(lambda path, message: failures.append((path, message)))
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        service.measure([bogus, stablelm_path], QUICK)
    assert [path for path, _ in failures] == [bogus]
    assert isinstance(failures[0][1], Message) and "not a GGUF" in str(failures[0][1])
    assert store.lookup(stablelm_path, conditions(1, "CPU")) is not None


def test_stop_ends_the_run_and_skips_the_files_not_yet_measured(
    qtbot: QtBot, service: MeasureService, store: MeasurementStore,
    stablelm_path: Path, stablelm_without_pre_path: Path,
) -> None:
    started: list[Path] = []

    def press_stop(path: Path, _index: int, _count: int) -> None:
        started.append(path)
        service.cancel()

    service.started.connect(press_stop)
    long_run = MeasureOptions(threads=1, tokens=400, prompt_tokens=64)
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as finished:
        service.measure([stablelm_path, stablelm_without_pre_path], long_run)
    assert finished.args == [True]
    assert started == [stablelm_path]
    assert store.measurements() == []
    service.started.disconnect(press_stop)
    assert not service.running

    with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as again:
        assert service.measure([stablelm_path], QUICK), "a stopped service measures again"
    assert again.args == [False]
    assert len(store.measurements()) == 1


def test_gui_thread_keeps_ticking_while_a_model_is_measured(
    qtbot: QtBot, service: MeasureService, smollm2_path: Path
) -> None:
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: gaps.append(clock.restart()))
    heartbeat.start()
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        service.measure([smollm2_path], MeasureOptions(threads=1, tokens=16, prompt_tokens=32))
    heartbeat.stop()
    assert len(gaps) > 10
    # Generous bound for a shared 2-core CI machine; llama.cpp itself never runs here.
    assert max(gaps[1:]) < 250, f"GUI thread blocked for {max(gaps)} ms"


def test_on_the_engines_thread_it_measures_and_leaves_the_thread_running_for_chats(
    qtbot: QtBot, store: MeasurementStore, stablelm_path: Path,
) -> None:
    engine = EngineService()
    service = MeasureService(store, thread=engine.worker.thread())
    try:
        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
            engine.load(LoadOptions(stablelm_path, context_length=512, threads=1))
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as finished:
            assert service.measure([stablelm_path], QUICK)
            # Asked while measuring: the reply waits its turn on the same thread.
            with qtbot.waitSignal(engine.finished, timeout=TIMEOUT) as replied:
                engine.generate([ChatMessage("user", "Hello")], SamplingParams(max_tokens=4))
        assert finished.args == [False]
        assert replied.args[1].generated_tokens > 0
        assert engine.worker.thread().isRunning()
        assert store.lookup(stablelm_path, conditions(1, "CPU")) is not None
    finally:
        service.shutdown()
        engine.shutdown()


class TimedEngine(WrappedEngine):
    """The default engine, noting which thread ran each call, and when."""

    def __init__(self, name: str, calls: list[tuple[str, int, float, float]]) -> None:
        super().__init__()
        self.name = name
        self.calls = calls

    def _timed(self, kind: str, began: float) -> None:
        self.calls.append((f"{self.name} {kind}", threading.get_ident(), began,
                           time.perf_counter()))


    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        began = time.perf_counter()
        try:
            return self.inner.load(options, on_progress)
        finally:
            self._timed("load", began)



    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        began = time.perf_counter()
        try:
            return self.inner.generate(messages, params, on_text, cancel, on_progress,
                                   conversation=conversation)
        finally:
            self._timed("generate", began)


def test_given_the_engine_service_a_measurement_and_a_chat_never_run_at_once(
    qtbot: QtBot, store: MeasurementStore, stablelm_path: Path, smollm2_path: Path,
) -> None:
    calls: list[tuple[str, int, float, float]] = []
    engine = EngineService(lambda: TimedEngine("chat", calls))
    service = MeasureService(store, thread=engine, engine=lambda: TimedEngine("measure", calls))
    try:
        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
            engine.load(LoadOptions(stablelm_path, context_length=512, threads=1))
        with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
            assert service.measure([smollm2_path, stablelm_path], QUICK)
            engine.generate([ChatMessage("user", "Hello")], SamplingParams(max_tokens=4))
        assert not service.running, "the reply waited for the measurement queued before it"
    finally:
        service.shutdown()
        engine.shutdown()
    names = [name for name, *_ in calls]
    assert names[0] == "chat load" and names[-1] == "chat generate"
    assert names[1:-1].count("measure load") == 2
    assert all(name.startswith("measure") for name in names[1:-1])
    assert len({ident for _, ident, _, _ in calls}) == 1
    assert threading.get_ident() not in {ident for _, ident, _, _ in calls}
    for (_, _, _, ended), (_, _, began, _) in pairwise(calls):
        assert ended <= began, "llama.cpp ran on two threads at once"
