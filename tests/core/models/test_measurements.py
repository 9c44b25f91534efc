"""The speed measurements file: keyed by file and conditions, atomic, never fatal."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

import pytest

from app.core.engine.base import EngineRuntime
from app.core.models.measurements import (
    Conditions,
    FileKey,
    Measurement,
    MeasurementStore,
    Source,
    best,
)

HERE = Conditions(threads=4, backend="CPU", llama_cpp="0.3.36")


@pytest.fixture
def store(tmp_path: Path) -> MeasurementStore:
    return MeasurementStore(tmp_path / "models" / "measurements.json")


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"GGUF" + bytes(1000))
    return path


def measured(path: Path, speed: float, source: Source = "benchmark",
             conditions: Conditions = HERE) -> Measurement:
    return Measurement.now(FileKey.of(path), conditions, speed,
                           150.0 if source == "benchmark" else None, source)


def test_a_recorded_speed_is_found_again_after_a_restart(
    store: MeasurementStore, model: Path
) -> None:
    measurement = measured(model, 24.3)
    store.record(measurement)
    again = MeasurementStore(store.path)
    assert again.lookup(model, HERE) == measurement
    assert again.measurements() == [measurement]
    assert json.loads(store.path.read_text(encoding="utf-8"))["schema"] == 1
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_conditions_of_a_run_resolve_the_default_threads_and_name_the_engine_version() -> None:
    runtime = EngineRuntime("llama.cpp", "0.3.36", gpu_offload=False, default_threads=6)
    assert Conditions.of(runtime, 0, "CPU") == Conditions(threads=6, backend="CPU",
                                                          llama_cpp="0.3.36")
    assert Conditions.of(runtime, 2, "GPU") == Conditions(threads=2, backend="GPU",
                                                          llama_cpp="0.3.36")


def test_a_changed_file_or_other_conditions_show_no_stale_speed(
    store: MeasurementStore, model: Path
) -> None:
    store.record(measured(model, 24.3))
    assert store.lookup(model, HERE) is not None
    assert store.lookup(model, Conditions(threads=8, backend="CPU", llama_cpp="0.3.36")) is None
    assert store.lookup(model, Conditions(threads=4, backend="GPU", llama_cpp="0.3.36")) is None
    assert store.lookup(model, Conditions(threads=4, backend="CPU", llama_cpp="0.4.0")) is None

    model.write_bytes(b"GGUF" + bytes(2000))  # downloaded again, or edited
    assert store.lookup(model, HERE) is None
    model.unlink()
    assert store.lookup(model, HERE) is None


def test_the_same_size_rewritten_later_is_also_a_different_file(
    store: MeasurementStore, model: Path
) -> None:
    store.record(measured(model, 24.3))
    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert store.lookup(model, HERE) is None


def test_a_new_version_of_a_file_replaces_the_measurements_of_the_old_one(
    store: MeasurementStore, model: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.gguf"
    other.write_bytes(b"GGUF")
    store.record(measured(model, 10.0))
    store.record(measured(other, 99.0))
    model.write_bytes(b"GGUF" + bytes(3000))
    store.record(measured(model, 12.0))
    speeds = sorted(m.tokens_per_second for m in store.measurements())
    assert speeds == [12.0, 99.0]


def test_a_benchmark_is_preferred_to_a_chat_and_the_newest_chat_replaces_older_ones(
    store: MeasurementStore, model: Path
) -> None:
    store.record(measured(model, 30.0, "chat"))
    assert store.lookup(model, HERE).source == "chat"  # type: ignore[union-attr]
    store.record(measured(model, 31.0, "chat"))
    assert len(store.measurements()) == 1
    store.record(measured(model, 24.0, "benchmark"))
    store.record(measured(model, 18.0, "chat"))
    shown = store.lookup(model, HERE)
    assert shown is not None and shown.source == "benchmark" and shown.tokens_per_second == 24.0
    assert len(store.measurements()) == 2
    assert best([], model, HERE) is None


@pytest.mark.parametrize("content", [
    '{"schema": 1, "measurements": [{"path": ',
    "[1, 2, 3]",
    '{"schema": 1, "measurements": [{"path": "x.gguf", "size": "big"}]}',
    '{"schema": 1, "measurements": [{"source": "rumour"}]}',
])
def test_a_corrupt_file_is_set_aside_with_a_warning_and_recording_goes_on(
    store: MeasurementStore, model: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert store.lookup(model, HERE) is None
    assert "unreadable" in caplog.text
    kept = list(store.path.parent.glob("measurements.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content

    store.record(measured(model, 24.3))
    assert store.lookup(model, HERE) is not None


def test_writers_on_several_threads_lose_nothing(store: MeasurementStore, tmp_path: Path) -> None:
    files = []
    for index in range(16):
        path = tmp_path / f"model-{index}.gguf"
        path.write_bytes(bytes(index + 1))
        files.append(path)

    def write(paths: list[Path]) -> None:
        for path in paths:
            store.record(measured(path, 10.0))

    threads = [threading.Thread(target=write, args=(files[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(store.lookup(path, HERE) is not None for path in files)
