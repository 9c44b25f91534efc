"""MeasureService: the real benchmark on its own QThread, observed from the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from app.core.engine.quick_bench import conditions
from app.core.models.measure_service import MeasureOptions, MeasureService
from app.core.models.measurements import MeasurementStore

TIMEOUT = 60_000
QUICK = MeasureOptions(threads=1, tokens=32, prompt_tokens=64)


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
    failures: list[tuple[Path, str]] = []
    service.failed.connect(lambda path, message: failures.append((path, message)))
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
        service.measure([bogus, stablelm_path], QUICK)
    assert [path for path, _ in failures] == [bogus]
    assert "not a GGUF" in failures[0][1]
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
    from app.core.engine.base import LoadOptions, SamplingParams
    from app.core.engine.worker import EngineService
    from app.core.prompts import ChatMessage

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
