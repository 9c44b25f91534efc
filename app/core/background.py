"""Background work, one way for every service: jobs run in order on a worker thread.

A service (the engine, downloads, measuring) subclasses ``Background`` and
``submit()``s jobs: plain functions that get a ``JobContext`` and run on the
service's worker thread, one at a time, in the order they were submitted. Their
outcome comes back on the service's own (GUI) thread, where the job's callbacks
turn it into the service's signals:

- a result, if the function returns;
- "cancelled", if it raises ``Cancelled`` (or its token was set before it
  started: then it never runs), never a result;
- a failure ``Message``: a ``UserError``'s own message, or for anything else the
  job's generic sentence, with the traceback in the log. Nothing raises into a
  Qt slot.

Progress never floods the GUI thread: the worker only stores the latest value
(no Qt call, so it is safe inside a foreign callback such as llama.cpp's ctypes
progress callback, where emitting a signal crashed PySide6 6.12.0), and the GUI
side reads it about ten times a second; a change of phase is sent at once.

A thread can be shared: give a service another service (or the thread of one)
and its jobs queue on that thread, between the other's. llama.cpp relies on
this: it must only ever run on the engine's one thread, since two threads
running it at once are 2.5 times slower.

QtCore only: nothing here, and no job, touches a widget.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.core.cancel import Cancelled, CancelToken
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError

log = logging.getLogger(__name__)

R = TypeVar("R")

PROGRESS_INTERVAL_MS = 100
"""How often the GUI side reads a running job's progress: at most ~10 updates a second."""

UNEXPECTED = Message(QT_TRANSLATE_NOOP(
    "core", "The background task failed unexpectedly. The details are in Parla's log."))
"""The failure sentence of a job that names none of its own."""


class Outcome(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Job(Generic[R]):
    """One request to a background service, as its owner (the GUI thread) sees it.

    The callbacks run on the owner's thread: ``on_start`` when the job starts,
    ``on_progress`` and ``on_report`` while it runs, then exactly one of
    ``on_result``, ``on_failure`` or ``on_cancel``, and last ``on_done``.
    """

    def __init__(self, owner: Background, work: Callable[[JobContext], R], token: CancelToken,
                 label: str, failure: Message) -> None:
        self.owner = owner
        self.work = work
        self.token = token
        self.label = label
        """What the job does, for the log."""
        self.failure = failure
        """The sentence for the user if the job fails unexpectedly."""
        self.on_start: Callable[[], object] | None = None
        self.on_progress: Callable[[Any], object] | None = None
        self.on_report: Callable[[Any], object] | None = None
        self.on_result: Callable[[R], object] | None = None
        self.on_failure: Callable[[Message], object] | None = None
        self.on_cancel: Callable[[], object] | None = None
        self.on_done: Callable[[], object] | None = None
        # Progress, written by the worker (see JobContext.progress), read by the owner.
        self._latest: tuple[int, Any] | None = None
        self._phases_sent = 0
        # The owner's side of it.
        self._delivered = 0
        self._phases_seen = 0

    def cancel(self) -> None:
        """Stop the job: dropped if it has not started, else it stops at its next check."""
        self.token.cancel()

    def __repr__(self) -> str:
        return f"<Job {self.label!r}>"


class JobContext:
    """What a running job gets: its token and two ways to tell the owner how it goes."""

    def __init__(self, job: Job[Any], runner: _Runner) -> None:
        self._job = job
        self._runner = runner
        self._seq = 0
        self._phase: object = None
        self.token = job.token
        """Check it between steps (``token.check()`` raises ``Cancelled``)."""

    def progress(self, value: object, phase: object = None) -> None:
        """How far the job is; the owner gets it throttled, but a new ``phase`` at once.

        While the phase stays the same this only stores ``value`` and makes no Qt
        call, so it may be called from inside a foreign (e.g. ctypes) callback.
        """
        self._seq += 1
        if phase != self._phase:
            self._phase = phase
            # Counted before the value is stored, so the owner's poll never delivers a
            # value of the new phase ahead of the signal that announces the phase.
            self._job._phases_sent += 1
            self._job._latest = (self._seq, value)
            self._runner.phaseChanged.emit(self._job, self._seq, value)
        else:
            self._job._latest = (self._seq, value)

    def report(self, value: object) -> None:
        """Send ``value`` to the owner now, every one in order (e.g. a reply's text)."""
        self._runner.reported.emit(self._job, value)


class _Runner(QObject):
    """Lives on the worker thread and runs the jobs posted to it, one by one."""

    started = Signal(object)  # Job
    phaseChanged = Signal(object, int, object)  # Job, sequence number, progress value
    reported = Signal(object, object)  # Job, value
    ended = Signal(object, object, object)  # Job, Outcome, result or Message

    @Slot(object)
    def run(self, job: Job[Any]) -> None:
        if job.token.cancelled:
            self.ended.emit(job, Outcome.CANCELLED, None)
            return
        self.started.emit(job)
        outcome, value = self._outcome(job)
        self.ended.emit(job, outcome, value)

    def _outcome(self, job: Job[Any]) -> tuple[Outcome, object]:
        try:
            result = job.work(JobContext(job, self))
        except Cancelled:
            return Outcome.CANCELLED, None
        except UserError as error:
            log.warning("%s failed: %s", job.label, error)
            return Outcome.FAILED, error.message
        except Exception:
            log.exception("%s failed unexpectedly", job.label)
            return Outcome.FAILED, job.failure
        return Outcome.SUCCEEDED, result

    @Slot(object, bool)
    def close(self, final: Callable[[], object] | None, quit_thread: bool) -> None:
        """Run ``final`` after every job queued before it, then end the thread if asked."""
        if final is not None:
            try:
                final()
            except Exception:
                log.exception("Closing %s failed", self.objectName())
        if quit_thread:
            self.thread().quit()


_hosts: weakref.WeakValueDictionary[QThread, Background] = weakref.WeakValueDictionary()
"""Each thread's runner's owner, so a service given only a QThread still shares its queue."""


def _call(callback: Callable[..., object] | None, *args: object) -> None:
    """Call an owner's callback; a bug in one is logged, never raised into Qt."""
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:
        log.exception("A background job's callback failed")


class Background(QObject):
    """Base of a service whose jobs run in order on a worker thread.

    ``thread``: None for a thread of the service's own, or another service (or
    the QThread of one) whose thread and queue to share. ``stop_when_idle``: the
    own thread only runs while there are jobs, so an idle service can be
    destroyed with its parent at any time. ``on_close`` runs on the worker
    thread at ``shutdown()``, after every job queued before (e.g. to free a
    model where it was loaded).
    """

    _post = Signal(object)  # Job
    _postClose = Signal(object, bool)  # final callable or None, end the thread

    def __init__(self, name: str, parent: QObject | None = None, *,
                 thread: Background | QThread | None = None, stop_when_idle: bool = False,
                 on_close: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._on_close = on_close
        self._pending: list[Job[Any]] = []
        """This service's jobs, queued or running, oldest first."""
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_progress)

        own_thread = None if isinstance(thread, Background) else thread
        host = thread if isinstance(thread, Background) else (
            _hosts.get(own_thread) if own_thread is not None else None)
        self._host: Background = host._host if host is not None else self
        self._owns_thread = thread is None
        self._stop_when_idle = stop_when_idle and self._owns_thread
        self._closed = False
        self._queued: set[Job[Any]] = set()
        """Jobs of every service posted to this service's runner (if it has one), not ended."""
        if self._host is not self:
            self._thread: QThread = self._host._thread
            self._runner: _Runner = self._host._runner
            return
        self._thread = own_thread or QThread()
        if self._owns_thread:
            self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.setObjectName(name)
        self._runner.moveToThread(self._thread)
        self._post.connect(self._runner.run)
        self._postClose.connect(self._runner.close)
        self._runner.started.connect(self._job_started)
        self._runner.phaseChanged.connect(self._job_progressed)
        self._runner.reported.connect(self._job_reported)
        self._runner.ended.connect(self._job_ended)
        _hosts[self._thread] = self
        if self._owns_thread and not self._stop_when_idle:
            self._thread.finished.connect(self._runner.deleteLater)
            self._thread.start()

    # -- for subclasses and their owners -----------------------------------------------

    @property
    def worker(self) -> QObject:
        """The object on the worker thread (``worker.thread()`` is the thread)."""
        return self._runner

    @property
    def pending(self) -> list[Job[Any]]:
        """This service's jobs that have not ended, oldest first."""
        return list(self._pending)

    def submit(self, work: Callable[[JobContext], R], *, token: CancelToken | None = None,
               label: str = "", failure: Message = UNEXPECTED,
               on_start: Callable[[], object] | None = None,
               on_progress: Callable[[Any], object] | None = None,
               on_report: Callable[[Any], object] | None = None,
               on_result: Callable[[R], object] | None = None,
               on_failure: Callable[[Message], object] | None = None,
               on_cancel: Callable[[], object] | None = None,
               on_done: Callable[[], object] | None = None) -> Job[R]:
        """Queue ``work`` behind every job already on the thread; returns at once."""
        job = Job(self, work, token or CancelToken(), label or self.objectName(), failure)
        job.on_start, job.on_progress, job.on_report = on_start, on_progress, on_report
        job.on_result, job.on_failure, job.on_cancel = on_result, on_failure, on_cancel
        job.on_done = on_done
        self._pending.append(job)
        self._update_poll()
        self._host._enqueue_job(job)
        return job

    def cancel_all(self) -> None:
        """Cancel this service's jobs, queued and running."""
        for job in self._pending:
            job.cancel()

    def shutdown(self) -> None:
        """Cancel every job and, if the thread is this service's, end it and wait.

        Safe to call twice. Jobs that were cancelled still report it, later,
        through the owner's event loop.
        """
        self.cancel_all()
        if self._host is not self or not self._owns_thread:
            if self._on_close is not None and self._thread.isRunning():
                self._postClose.emit(self._on_close, False)
            return
        for job in self._queued:  # a guest's jobs too: their thread is ending
            job.cancel()
        if not self._stop_when_idle:
            self._closed = True
        if self._thread.isRunning():
            self._postClose.emit(self._on_close, True)
            self._thread.wait()

    # -- the thread's queue (on the service that runs the thread's runner) -------------

    def _enqueue_job(self, job: Job[Any]) -> None:
        if not self._thread.isRunning():
            if self._owns_thread and not self._closed:
                self._thread.start()
            else:  # shut down (or a foreign thread that is not running): nothing will run it
                self._queued.add(job)
                QTimer.singleShot(0, self, partial(self._job_ended, job, Outcome.CANCELLED, None))
                return
        self._queued.add(job)
        self._post.emit(job)

    @Slot(object)
    def _job_started(self, job: Job[Any]) -> None:
        _call(job.on_start)

    @Slot(object, int, object)
    def _job_progressed(self, job: Job[Any], seq: int, value: object) -> None:
        job._phases_seen += 1
        if seq > job._delivered:
            job._delivered = seq
            _call(job.on_progress, value)

    @Slot(object, object)
    def _job_reported(self, job: Job[Any], value: object) -> None:
        _call(job.on_report, value)

    @Slot(object, object, object)
    def _job_ended(self, job: Job[Any], outcome: Outcome, value: Any) -> None:
        self._queued.discard(job)
        job.owner._finish_job(job, outcome, value)
        if self._stop_when_idle and not self._queued and self._thread.isRunning():
            # The runner has returned from the job (or is returning): this is immediate.
            self._thread.quit()
            self._thread.wait()

    # -- the owner's side of its jobs ----------------------------------------------------

    def _finish_job(self, job: Job[Any], outcome: Outcome, value: Any) -> None:
        _flush_progress(job)
        if job in self._pending:
            self._pending.remove(job)
        self._update_poll()
        if outcome is Outcome.SUCCEEDED:
            _call(job.on_result, value)
        elif outcome is Outcome.FAILED:
            _call(job.on_failure, value)
        else:
            _call(job.on_cancel)
        _call(job.on_done)

    def _update_poll(self) -> None:
        if any(job.on_progress is not None for job in self._pending):
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()

    @Slot()
    def _poll_progress(self) -> None:
        for job in self._pending:
            _flush_progress(job)


def _flush_progress(job: Job[Any]) -> None:
    """Hand the owner the job's latest progress, unless a phase change is still on its way."""
    latest = job._latest  # read before the count: see JobContext.progress
    if latest is None or job._phases_sent != job._phases_seen:
        return
    seq, value = latest
    if seq > job._delivered:
        job._delivered = seq
        _call(job.on_progress, value)
