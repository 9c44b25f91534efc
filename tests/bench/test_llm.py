"""Helpers of the model-side benchmarks that wait on the engine thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

import bench.llm
from app.core.engine.worker import EngineService
from bench.llm import on_engine_thread


@pytest.fixture
def service(qapp: QApplication) -> Iterator[EngineService]:
    engine = EngineService()
    yield engine
    engine.shutdown()


def test_a_call_on_the_engine_thread_runs_there_and_returns_its_value(
        service: EngineService) -> None:
    here = threading.get_ident()
    ran_on = on_engine_thread(service, threading.get_ident)
    assert ran_on != here


def test_a_call_that_ends_before_the_caller_starts_waiting_is_not_lost(
        service: EngineService, monkeypatch: pytest.MonkeyPatch) -> None:
    # The caller is slow to start waiting (a busy machine): the engine thread's answer
    # arrives first, and must still end the wait (it was lost once, a 900 s hang in CI).
    real_wait = bench.llm._wait

    def late_wait(loop: QEventLoop, _seconds: float, what: str) -> None:
        time.sleep(0.2)
        real_wait(loop, 5, what)

    monkeypatch.setattr(bench.llm, "_wait", late_wait)
    assert [on_engine_thread(service, lambda: 42) for _ in range(3)] == [42, 42, 42]


def test_an_error_on_the_engine_thread_is_raised_to_the_caller(
        service: EngineService) -> None:
    def fail() -> None:
        raise ValueError("no such model")

    with pytest.raises(ValueError, match="no such model"):
        on_engine_thread(service, fail)
