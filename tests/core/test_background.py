"""Background: jobs in order on a worker thread, their outcome back on the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.core.background import UNEXPECTED, Background, Job, JobContext
from app.core.cancel import Cancelled
from app.core.messages import Message, UserError

TIMEOUT = 10_000


@pytest.fixture
def service(qtbot: QtBot) -> Iterator[Background]:
    service = Background("test-worker")
    yield service
    service.shutdown()


class Outcomes:
    """Everything the owner hears about its jobs, with the thread it heard it on."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[QThread] = set()

    def submit(self, service: Background, work: Callable[[JobContext], Any], name: str,
               **options: Any) -> Job[Any]:
        """``service.submit(work)``, noting each callback as (kind, its value or ``name``)."""
        def note(kind: str) -> Callable[..., None]:
            def record(*args: object) -> None:
                self.threads.add(QThread.currentThread())
                self.events.append((kind, args[0] if args else name))
            return record

        return service.submit(work, on_start=note("start"), on_result=note("result"),
                              on_failure=note("failure"), on_cancel=note("cancel"),
                              on_done=note("done"), **options)

    def of(self, kind: str) -> list[object]:
        return [value for event, value in self.events if event == kind]


def _constant(value: object, _context: JobContext) -> object:
    return value


def _has_length(items: list[Any], length: int) -> bool:
    return len(items) == length


def _blocker() -> tuple[threading.Event, Callable[[JobContext], str]]:
    """A job that holds the worker thread until the event is set."""
    release = threading.Event()

    def work(_context: JobContext) -> str:
        release.wait(TIMEOUT / 1000)
        return "released"

    return release, work


def test_jobs_run_in_order_on_the_worker_thread_and_report_on_the_gui_thread(
    qtbot: QtBot, service: Background
) -> None:
    ran: list[tuple[int, int]] = []
    outcomes = Outcomes()

    def work(index: int) -> Callable[[JobContext], int]:
        def run(_context: JobContext) -> int:
            ran.append((index, threading.get_ident()))
            return index * 10
        return run

    for index in range(5):
        outcomes.submit(service, work(index), str(index))
    qtbot.waitUntil(lambda: len(outcomes.of("done")) == 5, timeout=TIMEOUT)
    assert [index for index, _ in ran] == [0, 1, 2, 3, 4]
    worker_threads = {ident for _, ident in ran}
    assert len(worker_threads) == 1 and threading.get_ident() not in worker_threads
    assert outcomes.of("result") == [0, 10, 20, 30, 40]
    assert outcomes.threads == {QThread.currentThread()}
    assert [event for event, _ in outcomes.events[:3]] == ["start", "result", "done"]
    assert service.pending == []


def test_a_job_cancelled_before_it_starts_never_runs(qtbot: QtBot, service: Background) -> None:
    release, hold = _blocker()
    service.submit(hold)
    ran: list[str] = []
    outcomes = Outcomes()
    job = outcomes.submit(service, lambda _context: ran.append("ran"), "second")
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcomes.of("done")), timeout=TIMEOUT)
    assert ran == []
    assert [event for event, _ in outcomes.events] == ["cancel", "done"]


def test_a_job_cancelled_while_running_reports_cancelled_and_never_a_result(
    qtbot: QtBot, service: Background
) -> None:
    outcomes = Outcomes()

    def work(context: JobContext) -> str:
        while not context.token.wait(0.01):
            pass
        context.token.check()
        return "a result that must not arrive"

    job = outcomes.submit(service, work, "job")
    qtbot.waitUntil(lambda: bool(outcomes.of("start")), timeout=TIMEOUT)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcomes.of("done")), timeout=TIMEOUT)
    assert [event for event, _ in outcomes.events] == ["start", "cancel", "done"]


def test_an_unexpected_exception_becomes_the_jobs_failure_sentence_and_is_logged(
    qtbot: QtBot, service: Background, caplog: pytest.LogCaptureFixture
) -> None:
    outcomes = Outcomes()
    sentence = Message("Counting failed. The details are in the log.")

    counts: dict[str, int] = {}

    def broken(_context: JobContext) -> int:
        return counts["missing"]

    with caplog.at_level(logging.ERROR, logger="app.core.background"):
        outcomes.submit(service, broken, "a", label="Counting", failure=sentence)
        outcomes.submit(service, broken, "b")
        qtbot.waitUntil(lambda: len(outcomes.of("done")) == 2, timeout=TIMEOUT)
    assert outcomes.of("failure") == [sentence, UNEXPECTED]
    logged = [record for record in caplog.records if "Counting" in record.getMessage()]
    assert logged and logged[0].exc_info is not None, "the traceback belongs in the log"


def test_a_user_error_is_reported_with_its_own_message(qtbot: QtBot, service: Background) -> None:
    outcomes = Outcomes()
    message = Message("The file {name} is not a model.", name="notes.txt")

    def refuse(_context: JobContext) -> None:
        raise UserError(message)

    outcomes.submit(service, refuse, "job")
    qtbot.waitUntil(lambda: bool(outcomes.of("done")), timeout=TIMEOUT)
    assert outcomes.of("failure") == [message]


def test_a_failing_callback_is_logged_and_the_job_still_ends(
    qtbot: QtBot, service: Background, caplog: pytest.LogCaptureFixture
) -> None:
    done: list[str] = []

    def broken_slot(_result: object) -> None:
        raise RuntimeError("a bug in the owner")

    with caplog.at_level(logging.ERROR, logger="app.core.background"):
        service.submit(lambda _context: 1, on_result=broken_slot,
                       on_done=lambda: done.append("done"))
        qtbot.waitUntil(lambda: done == ["done"], timeout=TIMEOUT)
    assert any(record.exc_info for record in caplog.records)
    assert service.pending == []


def test_progress_is_throttled_but_every_change_of_phase_arrives_at_once(
    qtbot: QtBot, service: Background
) -> None:
    seen: list[tuple[str, int]] = []
    phases = ("connecting", "downloading", "verifying", "done")

    def work(context: JobContext) -> None:
        step = 0
        for phase in phases:
            for _ in range(250):  # 0.75 s of progress in all, a report every 0.75 ms
                step += 1
                context.progress((phase, step), phase)
                time.sleep(0.00075)

    ended: list[bool] = []
    started = time.monotonic()
    service.submit(work, on_progress=seen.append, on_done=lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=TIMEOUT)
    seconds = time.monotonic() - started
    assert len(seen) <= seconds * 10 + len(phases) + 3, f"{len(seen)} updates in {seconds:.2f}s"
    first_of_each = [(phase, 1 + 250 * index) for index, phase in enumerate(phases)]
    assert [value for value in seen if value in first_of_each] == first_of_each
    assert [step for _, step in seen] == sorted({step for _, step in seen})
    assert seen[-1] == ("done", 1000), "the last value is never lost"


def test_progress_without_a_phase_is_polled_and_the_last_value_arrives(
    qtbot: QtBot, service: Background
) -> None:
    seen: list[float] = []
    ended: list[bool] = []

    def work(context: JobContext) -> None:
        for step in range(1, 101):
            context.progress(step / 100)
            time.sleep(0.004)

    started = time.monotonic()
    service.submit(work, on_progress=seen.append, on_done=lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=TIMEOUT)
    seconds = time.monotonic() - started
    assert 1 <= len(seen) <= seconds * 10 + 2, f"{len(seen)} updates in {seconds:.2f}s"
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_reports_arrive_every_one_in_order(qtbot: QtBot, service: Background) -> None:
    pieces: list[str] = []
    ended: list[bool] = []

    def work(context: JobContext) -> None:
        for index in range(200):
            context.report(f"{index} ")

    service.submit(work, on_report=pieces.append, on_done=lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=TIMEOUT)
    assert pieces == [f"{index} " for index in range(200)]


def test_shutdown_cancels_every_job_waits_for_the_thread_and_can_be_repeated(
    qtbot: QtBot
) -> None:
    closed: list[int] = []
    service = Background("test-shutdown", on_close=lambda: closed.append(threading.get_ident()))
    thread = service.worker.thread()
    outcomes = Outcomes()

    def wait_for_cancel(context: JobContext) -> None:
        context.token.wait(TIMEOUT / 1000)
        context.token.check()

    outcomes.submit(service, wait_for_cancel, "running")
    never: list[str] = []
    outcomes.submit(service, lambda _context: never.append("ran"), "queued")
    qtbot.waitUntil(lambda: bool(outcomes.of("start")), timeout=TIMEOUT)
    started = time.monotonic()
    service.shutdown()
    assert time.monotonic() - started < 2
    assert thread.isFinished()
    assert len(closed) == 1 and closed[0] != threading.get_ident()
    service.shutdown()

    outcomes.submit(service, lambda _context: never.append("after"), "late")
    qtbot.waitUntil(lambda: len(outcomes.of("done")) == 3, timeout=TIMEOUT)
    assert never == []
    assert outcomes.of("cancel") == ["running", "queued", "late"]
    assert outcomes.of("result") == []


def test_jobs_of_services_sharing_a_thread_run_one_after_another(qtbot: QtBot) -> None:
    host = Background("test-host")
    guest = Background("test-guest", thread=host)
    by_thread = Background("test-guest-by-qthread", thread=host.worker.thread())
    runs: list[tuple[str, int, float, float]] = []
    done: list[str] = []

    def work(name: str) -> Callable[[JobContext], None]:
        def run(_context: JobContext) -> None:
            began = time.perf_counter()
            time.sleep(0.03)
            runs.append((name, threading.get_ident(), began, time.perf_counter()))
        return run

    try:
        names = []
        for round_ in range(3):
            for service in (host, guest, by_thread):
                name = f"{service.objectName()}-{round_}"
                names.append(name)
                service.submit(work(name), on_done=partial(done.append, name))
        qtbot.waitUntil(lambda: len(done) == len(names), timeout=TIMEOUT)
    finally:
        guest.shutdown()
        by_thread.shutdown()
        host.shutdown()
    assert [name for name, *_ in runs] == names == done
    assert len({ident for _, ident, _, _ in runs}) == 1
    assert threading.get_ident() not in {ident for _, ident, _, _ in runs}
    for (_, _, _, ended), (_, _, began, _) in pairwise(runs):
        assert ended <= began, "two jobs ran at once"


def test_shutting_down_the_host_cancels_its_guests_queued_jobs(qtbot: QtBot) -> None:
    host = Background("test-host")
    guest = Background("test-guest", thread=host)
    by_thread = Background("test-guest-by-qthread", thread=host.worker.thread())
    release, hold = _blocker()
    outcomes = Outcomes()
    ran: list[str] = []
    host.submit(hold)
    outcomes.submit(guest, lambda _context: ran.append("guest"), "guest")
    outcomes.submit(by_thread, lambda _context: ran.append("by thread"), "by thread")
    release.set()
    host.shutdown()
    qtbot.waitUntil(lambda: len(outcomes.of("done")) == 2, timeout=TIMEOUT)
    assert ran == []
    assert outcomes.of("cancel") == ["guest", "by thread"]
    guest.shutdown()
    by_thread.shutdown()


def test_a_thread_that_stops_when_idle_runs_only_while_there_is_work(qtbot: QtBot) -> None:
    service = Background("test-idle", stop_when_idle=True)
    thread = service.worker.thread()
    results: list[Any] = []
    try:
        assert not thread.isRunning()
        for round_ in range(2):
            service.submit(partial(_constant, round_), on_result=results.append)
            assert thread.isRunning()
            qtbot.waitUntil(partial(_has_length, results, round_ + 1), timeout=TIMEOUT)
            qtbot.waitUntil(lambda: not thread.isRunning(), timeout=TIMEOUT)
        service.shutdown()
        service.submit(lambda _context: "after shutdown", on_result=results.append)
        qtbot.waitUntil(lambda: len(results) == 3, timeout=TIMEOUT)
    finally:
        service.shutdown()
    assert results == [0, 1, "after shutdown"]


def test_cancelled_is_the_only_way_a_job_reports_a_stop(qtbot: QtBot, service: Background) -> None:
    """A job that returns after its token was set still has a result: only Cancelled drops it."""
    outcomes = Outcomes()

    def stop_and_return(context: JobContext) -> str:
        context.token.cancel()
        return "partial reply"

    def stop_and_raise(context: JobContext) -> str:
        context.token.cancel()
        raise Cancelled

    outcomes.submit(service, stop_and_return, "returns")
    outcomes.submit(service, stop_and_raise, "raises")
    qtbot.waitUntil(lambda: len(outcomes.of("done")) == 2, timeout=TIMEOUT)
    assert outcomes.of("result") == ["partial reply"]
    assert outcomes.of("cancel") == ["raises"]
