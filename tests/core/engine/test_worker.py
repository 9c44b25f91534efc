"""EngineService: the real engine on its own QThread, observed from the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QMetaMethod, Qt, QThread, QTimer
from pytestqt.qtbot import QtBot

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgress,
    ReplyProgressCallback,
    ResumeOptions,
    SamplingParams,
    StopReason,
    TextCallback,
)
from app.core.engine.worker import EngineService
from app.core.messages import Message
from app.core.prompts import ChatMessage
from tests.support.engines import WrappedEngine
from tests.support.unloadable import fail_allocation_for, write_unknown_architecture

SYSTEM = ChatMessage("system", "You are a helpful assistant.")
QUESTION = [SYSTEM, ChatMessage("user", "What is the capital of France?")]


@pytest.fixture
def service(qtbot: QtBot) -> Iterator[EngineService]:
    service = EngineService()
    yield service
    service.shutdown()


def _load(qtbot: QtBot, service: EngineService, path: Path, context: int = 1024) -> ModelInfo:
    with qtbot.waitSignal(service.loaded, timeout=60_000) as loaded:
        service.load(LoadOptions(path, context_length=context))
    info = loaded.args[0]
    assert isinstance(info, ModelInfo)
    return info


def test_load_reports_progress_then_the_model(
    qtbot: QtBot, service: EngineService, smollm2_path: Path
) -> None:
    progress: list[float] = []
    service.loadProgress.connect(progress.append)
    info = _load(qtbot, service, smollm2_path)
    assert info.path == smollm2_path
    qtbot.waitUntil(lambda: bool(progress) and progress[-1] == 1.0)
    assert progress == sorted(progress)


def test_reply_streams_as_signals_on_the_gui_thread(
    qtbot: QtBot, service: EngineService, smollm2_path: Path
) -> None:
    _load(qtbot, service, smollm2_path)
    pieces: list[str] = []
    threads: set[object] = set()

    def on_text(_request: int, text: str) -> None:
        pieces.append(text)
        threads.add(QThread.currentThread())

    service.text.connect(on_text)
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        request = service.generate(QUESTION, SamplingParams(temperature=0.0, max_tokens=48))
    finished_request, stats = done.args
    assert finished_request == request
    assert isinstance(stats, GenerationStats)
    assert "Paris" in "".join(pieces)
    assert len(pieces) > 1, "the reply should arrive piece by piece"
    assert threads == {QThread.currentThread()}
    assert not service.busy


def test_stop_during_generation_ends_within_one_token(qtbot: QtBot, stablelm_path: Path) -> None:
    services: list[EngineService] = []

    class StopOnThirdPiece(WrappedEngine):
        def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                     on_text: TextCallback, cancel: CancelToken,
                     on_progress: ReplyProgressCallback | None = None,
                     *, conversation: str | None = None) -> GenerationStats:
            seen = 0

            def stop_on_third(text: str) -> None:
                # Runs on the engine thread, right where the token is produced.
                nonlocal seen
                seen += 1
                if seen == 3:
                    services[0].stop()
                on_text(text)

            return super().generate(messages, params, stop_on_third, cancel, on_progress)

    service = EngineService(StopOnThirdPiece)
    services.append(service)
    try:
        _load(qtbot, service, stablelm_path, context=512)
        with qtbot.waitSignal(service.finished, timeout=30_000) as done:
            service.generate([ChatMessage("user", "Tell me a story")],
                             SamplingParams(temperature=0.0, max_tokens=400))
    finally:
        service.shutdown()
    stats: GenerationStats = done.args[1]
    assert stats.stop_reason is StopReason.CANCELLED
    assert stats.generated_tokens <= 4


def test_stop_during_a_long_prompt_returns_quickly(
    qtbot: QtBot, service: EngineService, smollm2_path: Path
) -> None:
    _load(qtbot, service, smollm2_path, context=4096)
    long_prompt = "The quick brown fox jumps over the lazy dog. " * 300
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        service.generate([SYSTEM, ChatMessage("user", long_prompt)], SamplingParams(max_tokens=4))
        qtbot.wait(400)
        pressed = time.perf_counter()
        service.stop()
    latency = time.perf_counter() - pressed
    stats: GenerationStats = done.args[1]
    assert stats.stop_reason is StopReason.CANCELLED and stats.generated_tokens == 0
    assert latency < 0.5, f"Stop took {latency:.2f}s during prompt evaluation"


def test_gui_thread_keeps_ticking_while_a_reply_streams(
    qtbot: QtBot, service: EngineService, smollm2_path: Path
) -> None:
    _load(qtbot, service, smollm2_path)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer()
    heartbeat.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart())

    heartbeat.timeout.connect(tick)
    heartbeat.start()
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        service.generate([SYSTEM, ChatMessage("user", "Write a short poem about the sea.")],
                         SamplingParams(temperature=0.7, max_tokens=150, seed=1))
    heartbeat.stop()
    stats: GenerationStats = done.args[1]
    assert stats.generated_tokens > 20
    assert len(gaps) > 10
    # Generous bound for a shared 2-core CI machine; llama.cpp itself never runs here.
    assert max(gaps[1:]) < 250, f"GUI thread blocked for {max(gaps)} ms"


def test_a_bad_file_reports_an_error_and_the_service_keeps_working(
    qtbot: QtBot, service: EngineService, tmp_path: Path, stablelm_path: Path
) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_text("not a model", encoding="utf-8")
    with qtbot.waitSignal(service.loadFailed, timeout=10_000) as failed:
        service.load(LoadOptions(bogus))
    message = failed.args[0]
    assert isinstance(message, Message) and "not a GGUF" in str(message)
    _load(qtbot, service, stablelm_path, context=256)


def test_generating_before_any_model_fails_cleanly(qtbot: QtBot, service: EngineService) -> None:
    with qtbot.waitSignal(service.failed, timeout=10_000) as failed:
        service.generate([ChatMessage("user", "hi")], SamplingParams())
    message = failed.args[1]
    assert isinstance(message, Message) and "No model" in str(message)
    assert not service.busy


def test_replies_stopped_before_they_start_finish_as_cancelled(
    qtbot: QtBot, service: EngineService, smollm2_path: Path
) -> None:
    _load(qtbot, service, smollm2_path)
    finished: list[tuple[int, GenerationStats]] = []
    service.finished.connect(lambda request, stats: finished.append((request, stats)))
    long_reply = SamplingParams(temperature=0.7, max_tokens=400)
    first = service.generate([ChatMessage("user", "Tell me a long story")], long_reply)
    second = service.generate([ChatMessage("user", "And another one")], long_reply)
    assert service.busy
    service.stop()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    assert [request for request, _ in finished] == [first, second]
    assert all(stats.stop_reason is StopReason.CANCELLED for _, stats in finished)
    assert finished[1][1].generated_tokens == 0
    assert not service.busy


def test_an_unexpected_engine_error_is_a_sentence_for_the_user_and_a_traceback_in_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(WrappedEngine):
        def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                     on_text: TextCallback, cancel: CancelToken,
                     on_progress: ReplyProgressCallback | None = None,
                     *, conversation: str | None = None) -> GenerationStats:
            raise RuntimeError("llama_decode returned -3")

    service = EngineService(Broken)
    try:
        with qtbot.waitSignal(service.failed, timeout=10_000) as failed:
            service.generate([ChatMessage("user", "hi")], SamplingParams())
    finally:
        service.shutdown()
    message = failed.args[1]
    assert isinstance(message, Message) and "Parla's log" in str(message)
    assert "llama_decode" not in str(message)
    assert any(record.exc_info and "llama_decode" in str(record.exc_info[1])
               for record in caplog.records)
    assert not service.busy


def test_engine_work_never_runs_on_the_gui_thread(qtbot: QtBot, stablelm_path: Path) -> None:
    calls: list[tuple[str, int]] = []

    class RecordingEngine(WrappedEngine):
        def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
            calls.append(("load", threading.get_ident()))
            return super().load(options, on_progress)

        def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                     on_text: TextCallback, cancel: CancelToken,
                     on_progress: ReplyProgressCallback | None = None,
                     *, conversation: str | None = None) -> GenerationStats:
            calls.append(("generate", threading.get_ident()))
            return super().generate(messages, params, on_text, cancel, on_progress,
                                   conversation=conversation)

    service = EngineService(RecordingEngine)
    try:
        _load(qtbot, service, stablelm_path, context=256)
        with qtbot.waitSignal(service.finished, timeout=30_000):
            service.generate([ChatMessage("user", "hi")], SamplingParams(max_tokens=4))
    finally:
        service.shutdown()
    assert [name for name, _ in calls] == ["load", "generate"]
    assert len({ident for _, ident in calls}) == 1
    assert threading.get_ident() not in {ident for _, ident in calls}


def test_shutting_down_after_a_reply_exits_the_process_cleanly(
    smollm2_path: Path, parla_home: Path
) -> None:
    """The whole process exits cleanly after a reply (where the ctypes-callback crash showed;
    the guard against its cause is the test below)."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop
from app.core.engine.base import LoadOptions, SamplingParams
from app.core.engine.worker import EngineService
from app.core.prompts import ChatMessage
app = QCoreApplication([])
service = EngineService()
loop = QEventLoop()
service.loaded.connect(loop.quit)
service.loadFailed.connect(lambda m: sys.exit(m))
service.load(LoadOptions(Path({str(smollm2_path)!r}), context_length=512))
loop.exec()
service.finished.connect(loop.quit)
service.generate([ChatMessage("user", "Hi")], SamplingParams(max_tokens=8))
loop.exec()
service.shutdown()
print("clean exit")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "clean exit" in result.stdout
    assert "Fatal Python error" not in result.stderr


def test_nothing_is_emitted_from_inside_llama_cpps_progress_callback(
    qtbot: QtBot, smollm2_path: Path
) -> None:
    """Emitting a Qt signal from inside llama.cpp's ctypes progress callback crashed
    PySide6 6.12.0 at exit; the callback may only store a number. Every signal of the
    service and of its worker is watched with a direct connection, which runs in the
    emitting thread at the moment of the emit, while the callback is on the stack."""
    inside = threading.local()
    calls: list[float] = []
    emitted_inside: list[str] = []

    class Watched(WrappedEngine):
        def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
            def progress(fraction: float) -> None:
                calls.append(fraction)
                inside.active = True
                try:
                    on_progress(fraction)
                finally:
                    inside.active = False

            return self.inner.load(options, progress)

    service = EngineService(Watched)
    try:
        for obj in (service, service.worker):
            meta = obj.metaObject()
            for index in range(meta.methodCount()):
                method = meta.method(index)
                if method.methodType() != QMetaMethod.MethodType.Signal:
                    continue
                name = bytes(method.name().data()).decode()
                if name in ("destroyed", "objectNameChanged"):
                    continue

                def record(*_args: object, signal: str = name) -> None:
                    if getattr(inside, "active", False):
                        emitted_inside.append(signal)

                getattr(obj, name).connect(record, Qt.ConnectionType.DirectConnection)
        with qtbot.waitSignal(service.loaded, timeout=60_000):
            service.load(LoadOptions(smollm2_path, context_length=512))
    finally:
        service.shutdown()
    assert len(calls) > 2, "llama.cpp reported its load progress through the callback"
    assert emitted_inside == [], (f"{len(emitted_inside)} signals emitted inside the ctypes "
                                  f"callback: {sorted(set(emitted_inside))}")


def test_a_reply_reports_reading_then_writing_throttled_on_the_gui_thread(
    qtbot: QtBot, service: EngineService, stablelm_path: Path
) -> None:
    _load(qtbot, service, stablelm_path, context=1024)
    seen: list[tuple[int, ReplyProgress]] = []
    threads: set[object] = set()

    def on_progress(request: int, progress: ReplyProgress) -> None:
        seen.append((request, progress))
        threads.add(QThread.currentThread())

    service.progress.connect(on_progress)
    long_prompt = "The quick brown fox jumps over the lazy dog. " * 60
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        request = service.generate([ChatMessage("user", long_prompt)],
                                   SamplingParams(temperature=0.0, max_tokens=200))
    stats: GenerationStats = done.args[1]
    assert {r for r, _ in seen} == {request}
    assert threads == {QThread.currentThread()}
    reports = [p for _, p in seen]
    # The first report of each phase comes at once, whatever the throttle drops.
    assert not reports[0].writing and reports[0].prompt_fraction == 0.0
    writing = [p for p in reports if p.writing]
    assert writing and writing[0].generated_tokens == 1
    assert reports.index(writing[0]) == len(reports) - len(writing), "reading, then writing"
    # Throttled: the tiny model writes hundreds of tokens a second.
    assert len(writing) < stats.generated_tokens


def test_tokens_are_counted_on_the_engine_thread_with_the_loaded_model(
    qtbot: QtBot, service: EngineService, stablelm_path: Path
) -> None:
    with qtbot.waitSignal(service.tokensCounted, timeout=10_000) as counted:
        request = service.count_tokens(QUESTION)
    assert counted.args == [request, None], "no model: nothing to count with"
    _load(qtbot, service, stablelm_path, context=256)
    with qtbot.waitSignal(service.tokensCounted, timeout=10_000) as short:
        service.count_tokens(QUESTION)
    with qtbot.waitSignal(service.tokensCounted, timeout=10_000) as longer:
        later = service.count_tokens([*QUESTION, ChatMessage("assistant", "Paris.")])
    assert longer.args[0] == later
    assert 0 < short.args[1] < longer.args[1]


def _switch_fails(qtbot: QtBot, service: EngineService, target: Path) -> tuple[Message, list[Any]]:
    restoring: list[Any] = []
    service.restoring.connect(restoring.append)
    with qtbot.waitSignal(service.loadFailed, timeout=60_000) as failed:
        service.load(LoadOptions(target, context_length=256))
    service.restoring.disconnect(restoring.append)
    message = failed.args[0]
    assert isinstance(message, Message)
    return message, restoring


def _still_answers(qtbot: QtBot, service: EngineService) -> None:
    with qtbot.waitSignal(service.finished, timeout=30_000) as done:
        service.generate([ChatMessage("user", "Hello")],
                         SamplingParams(temperature=0.0, max_tokens=4, seed=0))
    assert done.args[1].generated_tokens > 0


def test_a_switch_to_an_unknown_architecture_loads_the_previous_model_again(
    qtbot: QtBot, service: EngineService, stablelm_path: Path, tmp_path: Path
) -> None:
    before = _load(qtbot, service, stablelm_path, context=512)
    alien = write_unknown_architecture(stablelm_path, tmp_path / "alien.gguf")
    message, restoring = _switch_fails(qtbot, service, alien)
    assert "'stablexx' architecture" in str(message)
    assert restoring == [before]
    assert service.model is not None and service.model.path == stablelm_path
    assert service.model.context_length == 512, "loaded again with the same options"
    _still_answers(qtbot, service)


def test_a_switch_that_runs_out_of_memory_loads_the_previous_model_again(
    qtbot: QtBot, service: EngineService, stablelm_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _load(qtbot, service, stablelm_path, context=512)
    big = tmp_path / "too-big.gguf"
    big.write_bytes(stablelm_path.read_bytes())
    asked = fail_allocation_for(monkeypatch, big)
    message, restoring = _switch_fails(qtbot, service, big)
    assert "not enough memory to load too-big.gguf" in str(message)
    assert asked == [big, stablelm_path] and len(restoring) == 1
    assert service.model is not None and service.model.path == stablelm_path
    _still_answers(qtbot, service)


def test_a_switch_that_fails_before_letting_go_keeps_the_model_as_it_is(
    qtbot: QtBot, service: EngineService, stablelm_path: Path, tmp_path: Path
) -> None:
    before = _load(qtbot, service, stablelm_path, context=512)
    _message, restoring = _switch_fails(qtbot, service, tmp_path / "gone.gguf")
    assert restoring == [] and service.model == before
    _still_answers(qtbot, service)


def test_when_the_previous_model_cannot_be_loaded_again_none_is_loaded(
    qtbot: QtBot, service: EngineService, stablelm_path: Path, tmp_path: Path
) -> None:
    previous = tmp_path / "previous.gguf"
    previous.write_bytes(stablelm_path.read_bytes())
    _load(qtbot, service, previous, context=256)
    previous.unlink()  # deleted while loaded
    alien = write_unknown_architecture(stablelm_path, tmp_path / "alien.gguf")
    message, restoring = _switch_fails(qtbot, service, alien)
    assert "'stablexx' architecture" in str(message), "the failure the user asked about"
    assert len(restoring) == 1 and service.model is None
    with qtbot.waitSignal(service.failed, timeout=10_000):
        service.generate([ChatMessage("user", "hi")], SamplingParams())
    _load(qtbot, service, stablelm_path, context=256)
    assert service.model is not None


def test_a_chat_is_saved_on_a_switch_and_on_shutdown_and_forgotten_when_deleted(
    qtbot: QtBot, smollm2_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "snapshots"
    service = EngineService()
    with qtbot.waitSignal(service.loaded, timeout=60_000):
        service.load(LoadOptions(smollm2_path, context_length=1024,
                                 resume=ResumeOptions(folder)))
    params = SamplingParams(temperature=0.0, max_tokens=8)
    with qtbot.waitSignal(service.finished, timeout=60_000):
        service.generate(QUESTION, params, conversation="chat-5")
    qtbot.wait(1500)  # idle: a chat is not written after every reply
    assert not list(folder.glob("*/chat-*.kvs"))
    with qtbot.waitSignal(service.finished, timeout=60_000):
        service.generate([SYSTEM, ChatMessage("user", "Name a red fruit.")], params,
                         conversation="chat-6")
    qtbot.waitUntil(lambda: bool(list(folder.glob("*/chat-5.*.kvs"))), timeout=10_000)
    service.forget("chat-5", folder)
    qtbot.waitUntil(lambda: not list(folder.glob("*/chat-5.*.kvs")), timeout=10_000)
    service.shutdown()  # as on quitting: the live chat is written
    assert [p.name.split(".")[0] for p in folder.glob("*/chat-*.kvs")] == ["chat-6"]


def test_opening_chats_quickly_gets_only_the_last_one_ready(
    qtbot: QtBot, stablelm_path: Path
) -> None:
    expected: list[str | None] = []
    release = threading.Event()

    class Recording(WrappedEngine):
        def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                     on_text: TextCallback, cancel: CancelToken,
                     on_progress: ReplyProgressCallback | None = None,
                     *, conversation: str | None = None) -> GenerationStats:
            release.wait(30)  # the engine is busy while the user clicks through chats
            return super().generate(messages, params, on_text, cancel, on_progress,
                                    conversation=conversation)

        def expect(self, conversation: str | None) -> None:
            expected.append(conversation)
            super().expect(conversation)

    service = EngineService(Recording)
    try:
        _load(qtbot, service, stablelm_path, context=256)
        with qtbot.waitSignal(service.finished, timeout=30_000):
            service.generate([ChatMessage("user", "hi")], SamplingParams(max_tokens=4))
            for name in ("chat-1", "chat-2", None, "chat-3"):
                service.expect(name)
            release.set()
        qtbot.waitUntil(lambda: bool(expected), timeout=10_000)
        qtbot.wait(200)
        assert expected == ["chat-3"]
        service.expect("chat-4")  # idle: taken up at once
        qtbot.waitUntil(lambda: expected == ["chat-3", "chat-4"], timeout=10_000)
    finally:
        service.shutdown()
