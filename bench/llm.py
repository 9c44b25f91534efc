"""Model-side benchmarks: the app's engine thread against raw llama.cpp, side by side.

Every comparison alternates its two sides within one run (A B B A …), so the noise of
a shared machine falls on both. The raw side is llama-cpp-python's low-level API
(``llama_decode`` plus a native sampler chain, no Python sampling), built with the
same parameters as :class:`LlamaCppEngine`, so any difference is Parla's own cost:
the chat template, stop-string scanning, text decoding, the Qt signal to the GUI
thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from app.core.engine.base import (
    ContextLayout,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    SamplingParams,
    context_layouts,
)
from app.core.engine.llama.chat_format import PromptRenderer, choose_chat_format
from app.core.engine.llama.engine import GGML_KV_TYPES, MAP_MODEL_FILE
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH, physical_cores
from app.core.engine.worker import EngineService
from app.core.gguf_info import read_gguf_info
from app.core.prompts import ChatMessage

Report = Callable[[str], None]

#: Sampling as in a real chat (Parla's defaults) with a fixed seed, so both sides of a
#: comparison sample the same tokens.
BENCH_SAMPLING = SamplingParams(temperature=0.7, top_p=0.95, top_k=40, repeat_penalty=1.1,
                                seed=1234)
QUESTION = ("Write a long, detailed story about a lighthouse keeper who finds a message "
            "in a bottle. Describe the sea, the weather and the people of the village.")
SYSTEM = "You are a helpful assistant."


class BenchError(RuntimeError):
    """A benchmark could not run (model failed to load, a run timed out)."""


# --- raw llama.cpp ---------------------------------------------------------------------------


def open_raw(path: Path, *, n_ctx: int = 4096, threads: int = 0,
             n_batch: int = CPU_PROMPT_BATCH, threads_batch: int = 0, kv_cache: str = "f16",
             logits_all: bool = False, layout: ContextLayout | None = None) -> Any:
    """A ``Llama`` built exactly as :class:`LlamaCppEngine` builds its own on the CPU
    (``logits_all``: every position's logits, for a perplexity; ``layout``: this one
    instead of the first of the choice's layouts that the model takes)."""
    from llama_cpp import Llama

    from app.core.engine.llama.adapter import load_dynamic_backends
    from app.core.engine.llama.logs import route_llama_logs

    route_llama_logs()
    load_dynamic_backends()
    threads = threads or physical_cores()
    layouts = (layout,) if layout is not None else context_layouts(
        kv_cache, gpu=False, head_sizes=read_gguf_info(path).head_sizes)
    for number, candidate in enumerate(layouts, 1):
        try:
            with Path(os.devnull).open("w") as devnull, contextlib.redirect_stderr(devnull):
                llama = Llama(model_path=str(path), n_ctx=n_ctx, n_batch=n_batch,
                              n_threads=threads,
                              n_threads_batch=threads_batch or max(threads,
                                                                   os.cpu_count() or threads),
                              n_gpu_layers=0, flash_attn=candidate.flash_attn,
                              type_k=GGML_KV_TYPES[candidate.keys],
                              type_v=GGML_KV_TYPES[candidate.values],
                              logits_all=logits_all, use_mmap=MAP_MODEL_FILE, verbose=True)
            break
        except ValueError:  # the context llama.cpp could not make for this model
            if number == len(layouts):
                raise
    llama.verbose = False
    return llama


def load_options(path: Path) -> LoadOptions:
    """How the app is asked to open ``path`` here: with the format ``chat_prompt`` renders
    for the raw side, chosen as a user would choose it for a file without a template (the
    random-weight 1.6B has none, and would otherwise open for text completion only)."""
    name = choose_chat_format(read_gguf_info(path)).name
    return LoadOptions(path, chat_format=None if name == "gguf" else name)


def chat_renderer(llama: Any, path: Path) -> PromptRenderer:
    """The chat format Parla picks for ``path``, with ``llama``'s special tokens."""
    model = llama._model
    return PromptRenderer(choose_chat_format(read_gguf_info(path)),
                          bos_token=model.token_get_text(model.token_bos()),
                          eos_token=model.token_get_text(model.token_eos()))


def chat_prompt(llama: Any, path: Path, messages: Sequence[ChatMessage]) -> list[int]:
    """Tokens of ``messages`` rendered with the chat format Parla picks for ``path``."""
    tokens: list[int] = llama.tokenize(chat_renderer(llama, path).render(messages).encode(),
                                       add_bos=False, special=True)
    return tokens


@dataclass(frozen=True)
class RawRun:
    prompt_tokens: int
    generated: int
    prompt_seconds: float
    decode_tokens_per_second: float


@contextlib.contextmanager
def _sampler_chain(llama: Any, params: SamplingParams) -> Iterator[Any]:
    """The sampler chain llama-cpp-python's ``Llama.generate`` builds for these params."""
    import llama_cpp as lc

    chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())
    for sampler in (
        lc.llama_sampler_init_penalties(llama.n_vocab(), llama.last_n_tokens_size,
                                        params.repeat_penalty, 0.0, 0.0),
        lc.llama_sampler_init_top_k(params.top_k),
        lc.llama_sampler_init_typical(1.0, 1),
        lc.llama_sampler_init_top_p(params.top_p, 1),
        lc.llama_sampler_init_min_p(0.0, 1),
        lc.llama_sampler_init_temp(params.temperature),
        lc.llama_sampler_init_dist(params.seed),
    ):
        lc.llama_sampler_chain_add(chain, sampler)
    try:
        yield chain
    finally:
        lc.llama_sampler_free(chain)


def raw_generate(llama: Any, prompt: Sequence[int], max_tokens: int,
                 params: SamplingParams = BENCH_SAMPLING) -> RawRun:
    """Evaluate ``prompt`` from an empty KV cache, then sample and decode token by token.

    Each token is also turned into text (``llama_token_to_piece``), as any chat must.
    """
    import llama_cpp as lc

    ctx = llama._ctx.ctx
    vocab = llama._model.vocab
    lc.llama_memory_clear(lc.llama_get_memory(ctx), True)
    tokens = (lc.llama_token * len(prompt))(*prompt)
    size = ctypes.sizeof(lc.llama_token)
    piece = ctypes.create_string_buffer(64)
    one = (lc.llama_token * 1)()
    with _sampler_chain(llama, params) as chain:
        started = time.perf_counter()
        for start in range(0, len(prompt), llama.n_batch):
            count = min(llama.n_batch, len(prompt) - start)
            pointer = ctypes.cast(ctypes.byref(tokens, start * size),
                                  ctypes.POINTER(lc.llama_token))
            if lc.llama_decode(ctx, lc.llama_batch_get_one(pointer, count)) != 0:
                raise BenchError("llama_decode failed on the prompt")
        first_at = last_at = time.perf_counter()
        generated = 0
        while generated < max_tokens:
            token = lc.llama_sampler_sample(chain, ctx, -1)
            last_at = time.perf_counter()
            if generated == 0:
                first_at = last_at
            if lc.llama_vocab_is_eog(vocab, token):
                break
            generated += 1
            lc.llama_token_to_piece(vocab, token, piece, len(piece), 0, False)
            if generated == max_tokens:
                break
            one[0] = token
            if lc.llama_decode(ctx, lc.llama_batch_get_one(one, 1)) != 0:
                raise BenchError("llama_decode failed while generating")
    decode = last_at - first_at
    return RawRun(prompt_tokens=len(prompt), generated=generated,
                  prompt_seconds=first_at - started,
                  decode_tokens_per_second=(generated - 1) / decode if decode > 0 else 0.0)


def raw_first_token(llama: Any, cached: Sequence[int], new: Sequence[int],
                    params: SamplingParams = BENCH_SAMPLING) -> float:
    """Seconds to evaluate ``new`` after ``cached`` (evaluated first, untimed) and sample."""
    import llama_cpp as lc

    ctx = llama._ctx.ctx
    lc.llama_memory_clear(lc.llama_get_memory(ctx), True)

    def evaluate(tokens: Sequence[int]) -> None:
        array = (lc.llama_token * len(tokens))(*tokens)
        size = ctypes.sizeof(lc.llama_token)
        for start in range(0, len(tokens), llama.n_batch):
            pointer = ctypes.cast(ctypes.byref(array, start * size),
                                  ctypes.POINTER(lc.llama_token))
            batch = lc.llama_batch_get_one(pointer, min(llama.n_batch, len(tokens) - start))
            if lc.llama_decode(ctx, batch) != 0:
                raise BenchError("llama_decode failed")

    if cached:
        evaluate(cached)
    with _sampler_chain(llama, params) as chain:
        started = time.perf_counter()
        evaluate(new)
        lc.llama_sampler_sample(chain, ctx, -1)
        return time.perf_counter() - started


# --- the app's engine thread -----------------------------------------------------------------


def _wait(loop: QEventLoop, seconds: float, what: str) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    expired: list[bool] = []

    def expire() -> None:
        expired.append(True)
        loop.quit()

    timer.timeout.connect(expire)
    timer.start(int(seconds * 1000))
    loop.exec()
    timer.stop()
    if expired:
        raise BenchError(f"timed out after {seconds:.0f} s waiting for {what}")


def load_service(service: EngineService, options: LoadOptions) -> tuple[ModelInfo, float]:
    """Load through the engine thread; returns the model and wall seconds to ``loaded``."""
    loop = QEventLoop()
    result: list[object] = []
    service.loaded.connect(loop.quit)
    service.loaded.connect(result.append)
    service.loadFailed.connect(loop.quit)
    service.loadFailed.connect(result.append)
    started = time.perf_counter()
    service.load(options)
    _wait(loop, 600, "the model to load")
    seconds = time.perf_counter() - started
    service.loaded.disconnect(loop.quit)
    service.loaded.disconnect(result.append)
    service.loadFailed.disconnect(loop.quit)
    service.loadFailed.disconnect(result.append)
    if not result or not isinstance(result[0], ModelInfo):
        raise BenchError(f"could not load {options.path.name}: {result[0] if result else '?'}")
    return result[0], seconds


@dataclass
class ServiceRun:
    stats: GenerationStats
    arrivals: list[float] = field(default_factory=list)
    """perf_counter() when each text signal reached the GUI thread."""
    stop_pressed_at: float = 0.0
    finished_at: float = 0.0

    @property
    def received_tokens_per_second(self) -> float:
        """Decode speed as the GUI thread sees it: first to last text signal."""
        span = self.arrivals[-1] - self.arrivals[0] if len(self.arrivals) > 1 else 0.0
        return (self.stats.generated_tokens - 1) / span if span > 0 else 0.0


def service_generate(service: EngineService, messages: Sequence[ChatMessage],
                     params: SamplingParams, *, stop_after_texts: int = 0,
                     stop_after_seconds: float = 0.0, stop_jitter_ms: int = 0,
                     timeout: float = 900) -> ServiceRun:
    """Ask for a reply through the engine thread and wait for it on this (GUI) thread.

    ``stop_after_texts`` (plus up to ``stop_jitter_ms``) or ``stop_after_seconds`` press
    Stop from this thread, as the Stop button would, and the run records when.
    """
    loop = QEventLoop()
    arrivals: list[float] = []
    done: list[object] = []
    pressed: list[float] = []
    finished_at: list[float] = []

    def press_stop() -> None:
        if not pressed:
            pressed.append(time.perf_counter())
            service.stop()

    def on_text(_request: int, _text: str) -> None:
        arrivals.append(time.perf_counter())
        if stop_after_texts and len(arrivals) == stop_after_texts:
            # Somewhere within the next token, as a user's click would fall.
            stopper.start(random.Random(len(arrivals)).randint(0, stop_jitter_ms))

    def on_done(_request: int, result: object) -> None:
        finished_at.append(time.perf_counter())
        done.append(result)
        loop.quit()

    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.timeout.connect(press_stop)
    service.text.connect(on_text)
    service.finished.connect(on_done)
    service.failed.connect(on_done)
    try:
        service.generate(messages, params)
        if stop_after_seconds:
            stopper.start(int(stop_after_seconds * 1000))
        _wait(loop, timeout, "a reply")
    finally:
        stopper.stop()
        service.text.disconnect(on_text)
        service.finished.disconnect(on_done)
        service.failed.disconnect(on_done)
    if not isinstance(done[0], GenerationStats):
        raise BenchError(f"generation failed: {done[0]}")
    return ServiceRun(stats=done[0], arrivals=arrivals,
                      stop_pressed_at=pressed[0] if pressed else 0.0,
                      finished_at=finished_at[0])


# --- 1. decode speed: engine thread vs raw ---------------------------------------------------


@dataclass(frozen=True)
class DecodeComparison:
    model: str
    tokens: int
    raw_tokens_per_second: tuple[float, ...]
    app_tokens_per_second: tuple[float, ...]

    @property
    def raw_median(self) -> float:
        return statistics.median(self.raw_tokens_per_second)

    @property
    def app_median(self) -> float:
        return statistics.median(self.app_tokens_per_second)

    @property
    def ratio(self) -> float:
        """Median of the per-round ratios (each round's two runs share conditions)."""
        return statistics.median(a / r for a, r in zip(self.app_tokens_per_second,
                                                        self.raw_tokens_per_second, strict=True))


def on_engine_thread(service: EngineService, function: Callable[[], Any]) -> Any:
    """Call ``function`` on the thread that owns the engine, waiting for it here.

    The raw side of a comparison runs there too: llama.cpp's OpenMP worker threads belong
    to the thread that calls it, and two such teams on two cores (one spinning while the
    other works) made both sides up to 2.5x slower than either alone. It runs as one of the
    service's own jobs, whose result comes back on this thread, inside the loop that waits
    for it: a QObject made per call and moved to the engine thread once lost a quick call's
    answer (a 900 s hang in CI) and, deleted from this thread, crashed another run.
    """
    loop = QEventLoop()
    outcome: list[tuple[object, BaseException | None]] = []

    def work(_context: object) -> tuple[object, BaseException | None]:
        try:
            return function(), None
        except Exception as exc:  # handed to the caller, which raises it
            return None, exc

    def finish(result: tuple[object, BaseException | None]) -> None:
        outcome.append(result)
        loop.quit()

    service.submit(work, label="A benchmark's call on the engine thread", on_result=finish,
                   on_failure=lambda message: finish((None, BenchError(str(message)))),
                   on_cancel=lambda: finish((None, BenchError("cancelled"))))
    if not outcome:  # it cannot have ended yet: results come through this thread's loop
        _wait(loop, 900, "the engine thread")
    value, error = outcome[0]
    if error is not None:
        raise error
    return value


def compare_decode(path: Path, service: EngineService, *, rounds: int, tokens: int,
                   report: Report) -> DecodeComparison:
    """Alternate raw and app runs on the same prompt, seed and parameters, one thread."""
    messages = [ChatMessage("system", SYSTEM), ChatMessage("user", QUESTION)]
    params = SamplingParams(**{**BENCH_SAMPLING.__dict__, "max_tokens": tokens})
    raw = on_engine_thread(service, lambda: open_raw(path))
    try:
        prompt = chat_prompt(raw, path, messages)
        raw_speeds: list[float] = []
        app_speeds: list[float] = []
        for round_ in range(rounds):
            order = ("raw", "app") if round_ % 2 == 0 else ("app", "raw")
            for side in order:
                if side == "raw":
                    run: RawRun = on_engine_thread(
                        service, lambda: raw_generate(raw, prompt, tokens, params))
                    raw_speeds.append(run.decode_tokens_per_second)
                else:
                    app_speeds.append(service_generate(service, messages, params)
                                      .received_tokens_per_second)
            report(f"  round {round_ + 1}/{rounds}: raw {raw_speeds[-1]:.2f} tok/s, "
                   f"app {app_speeds[-1]:.2f} tok/s")
    finally:
        on_engine_thread(service, raw.close)
    return DecodeComparison(model=path.name, tokens=tokens,
                            raw_tokens_per_second=tuple(raw_speeds),
                            app_tokens_per_second=tuple(app_speeds))


# --- 2. time to first token: 10-turn conversation vs fresh ------------------------------------

_TURN_TOPICS = ("the weather in spring", "a good bread recipe", "learning to swim",
                "the history of maps", "why cats sleep so much", "planting tomatoes",
                "the best way to learn a language", "how bridges stay up",
                "a trip to the mountains", "writing a short poem")


def ten_turn_conversation() -> list[ChatMessage]:
    """System prompt plus nine finished exchanges and a tenth question."""
    messages = [ChatMessage("system", SYSTEM)]
    for topic in _TURN_TOPICS[:9]:
        messages.append(ChatMessage("user", f"Tell me something interesting about {topic}."))
        messages.append(ChatMessage("assistant", (
            f"Here is something about {topic}. People have thought about it for a long time, "
            "and there are a few simple ideas that help. First, start small and be patient. "
            "Second, ask someone who has done it before. Third, write down what you learn, "
            "so the next attempt goes better.")))
    messages.append(ChatMessage("user", f"And what about {_TURN_TOPICS[9]}? Keep it short."))
    return messages


@dataclass(frozen=True)
class FirstTokenComparison:
    model: str
    history_tokens: int
    new_tokens: int
    fresh_tokens: int
    fresh_seconds: tuple[float, ...]
    ten_turn_seconds: tuple[float, ...]
    raw_fresh_seconds: tuple[float, ...]
    raw_ten_turn_seconds: tuple[float, ...]
    """The same two cases in raw llama.cpp: how much of the gap is llama.cpp's own."""

    @property
    def ratio(self) -> float:
        return statistics.median(self.ten_turn_seconds) / statistics.median(self.fresh_seconds)

    @property
    def raw_ratio(self) -> float:
        return (statistics.median(self.raw_ten_turn_seconds)
                / statistics.median(self.raw_fresh_seconds))


def _fresh_messages(service_tokens: Callable[[list[ChatMessage]], int],
                    target: int) -> list[ChatMessage]:
    """A one-message conversation whose prompt is ``target`` tokens long (±2)."""
    words = ["word"]
    sentence = ["The", "old", "lighthouse", "stood", "on", "the", "rocks", "above", "the",
                "harbour", "and", "watched", "the", "boats", "come", "home."]
    messages = [ChatMessage("user", " ".join(words))]
    while service_tokens(messages) < target:
        words.append(sentence[len(words) % len(sentence)])
        messages = [ChatMessage("user", " ".join(words))]
    return messages


def compare_first_token(path: Path, service: EngineService, *, rounds: int,
                        report: Report) -> FirstTokenComparison:
    """TTFT of turn 10 with turns 1-9 in the KV cache, against the same number of new
    tokens as a fresh prompt. Both go through the engine thread."""
    conversation = ten_turn_conversation()
    one_token = SamplingParams(**{**BENCH_SAMPLING.__dict__, "max_tokens": 1})
    raw = open_raw(path)
    try:
        def count(messages: list[ChatMessage]) -> int:
            return len(chat_prompt(raw, path, messages))

        history = count(conversation[:-2])

        def ten_turn_run() -> ServiceRun:
            # Turn 9 answered: the cache holds the conversation up to its last reply.
            service_generate(service, conversation[:-2], one_token)
            return service_generate(service, conversation, one_token)

        # The fresh prompt may share its first token or two with what the cache holds:
        # size it so that the tokens actually computed match the 10-turn case.
        new_tokens = ten_turn_run().stats.prompt_eval_tokens
        fresh_messages = _fresh_messages(count, new_tokens)
        evaluated = service_generate(service, fresh_messages, one_token).stats.prompt_eval_tokens
        if evaluated != new_tokens:
            fresh_messages = _fresh_messages(
                count, count(fresh_messages) + new_tokens - evaluated)
    finally:
        raw.close()
    fresh: list[float] = []
    ten_turn: list[float] = []
    raw_fresh: list[float] = []
    raw_ten_turn: list[float] = []
    fresh_tokens = 0
    raw = on_engine_thread(service, lambda: open_raw(path))
    try:
        full = chat_prompt(raw, path, conversation)
        cached = full[:len(full) - new_tokens]
        fresh_prompt = chat_prompt(raw, path, fresh_messages)
        for round_ in range(rounds):
            run = ten_turn_run()
            ten_turn.append(run.stats.time_to_first_token_s)
            new_tokens = run.stats.prompt_eval_tokens
            run = service_generate(service, fresh_messages, one_token)
            fresh.append(run.stats.time_to_first_token_s)
            fresh_tokens = run.stats.prompt_eval_tokens
            raw_ten_turn.append(on_engine_thread(service, lambda: raw_first_token(
                raw, cached, full[len(cached):])))
            raw_fresh.append(on_engine_thread(service, lambda: raw_first_token(
                raw, [], fresh_prompt)))
            report(f"  round {round_ + 1}/{rounds}: 10-turn {ten_turn[-1] * 1000:.0f} ms "
                   f"({new_tokens} new tokens after {history}), fresh {fresh[-1] * 1000:.0f} ms "
                   f"({fresh_tokens} tokens); raw llama.cpp {raw_ten_turn[-1] * 1000:.0f} vs "
                   f"{raw_fresh[-1] * 1000:.0f} ms")
    finally:
        on_engine_thread(service, raw.close)
    return FirstTokenComparison(model=path.name, history_tokens=history,
                                new_tokens=new_tokens, fresh_tokens=fresh_tokens,
                                fresh_seconds=tuple(fresh), ten_turn_seconds=tuple(ten_turn),
                                raw_fresh_seconds=tuple(raw_fresh),
                                raw_ten_turn_seconds=tuple(raw_ten_turn))


# --- 5. stop latency -------------------------------------------------------------------------


@dataclass(frozen=True)
class StopLatency:
    model: str
    token_ms: float
    """Median time per token while generating, for comparison."""
    during_generation_ms: tuple[float, ...]
    prompt_tokens: int
    prompt_seconds: float
    """How long evaluating that prompt takes when nobody stops it."""
    during_prompt_ms: tuple[float, ...]


def measure_stop(path: Path, service: EngineService, *, repeats: int,
                 report: Report) -> StopLatency:
    """Press Stop from the GUI thread; time until the engine's ``finished`` arrives there."""
    rng = random.Random(7)
    params = SamplingParams(**{**BENCH_SAMPLING.__dict__, "max_tokens": 400})
    generation: list[float] = []
    token_ms: list[float] = []
    for repeat in range(repeats):
        messages = [ChatMessage("system", SYSTEM), ChatMessage("user", f"{repeat}. {QUESTION}")]
        # A first run without Stop tells how long a token takes on this model.
        if not token_ms:
            probe = service_generate(service, messages, SamplingParams(
                **{**params.__dict__, "max_tokens": 24}))
            token_ms.append(1000 / probe.received_tokens_per_second)
        run = service_generate(service, messages, params, stop_after_texts=rng.randint(20, 40),
                               stop_jitter_ms=max(1, round(token_ms[0])))
        if run.stop_pressed_at:  # else the reply ended before Stop was due
            generation.append((run.finished_at - run.stop_pressed_at) * 1000)
            token_ms.append(1000 / run.received_tokens_per_second)
    if not generation:
        raise BenchError("every reply ended before Stop was pressed")
    prompt_runs: list[float] = []
    raw = open_raw(path)
    try:
        filler = "The quick brown fox jumps over the lazy dog. "
        messages = [ChatMessage("user", filler * 10)]
        while len(chat_prompt(raw, path, messages)) < 3000:
            messages = [ChatMessage("user", messages[0].content + filler * 10)]
        prompt_tokens = len(chat_prompt(raw, path, messages))
    finally:
        raw.close()
    # Time one whole evaluation, then press Stop 10-60% of the way into the others.
    whole = service_generate(service, [ChatMessage("user", f"Timing. {messages[0].content}")],
                             SamplingParams(**{**params.__dict__, "max_tokens": 1}))
    prompt_seconds = whole.stats.time_to_first_token_s
    for attempt in range(3 * repeats):
        if len(prompt_runs) == repeats:
            break
        varied = [ChatMessage("user", f"Variant {attempt}. {messages[0].content}")]
        run = service_generate(service, varied, params,
                               stop_after_seconds=prompt_seconds * rng.uniform(0.1, 0.6))
        if run.stats.generated_tokens == 0:  # else the prompt was done before Stop came
            prompt_runs.append((run.finished_at - run.stop_pressed_at) * 1000)
        elif run.stats.time_to_first_token_s:
            # The timing run was slow (a warm-up, a busy machine): aim by this faster one.
            prompt_seconds = min(prompt_seconds, run.stats.time_to_first_token_s)
    if not prompt_runs:
        raise BenchError(f"a {prompt_tokens}-token prompt takes only "
                         f"{prompt_seconds * 1000:.0f} ms here: too fast to press Stop in")
    report(f"  stop: generating median {statistics.median(generation):.1f} ms "
           f"(a token takes {statistics.median(token_ms):.1f} ms); during a "
           f"{prompt_tokens}-token prompt median {statistics.median(prompt_runs):.1f} ms, "
           f"max {max(prompt_runs):.1f} ms")
    return StopLatency(model=path.name, token_ms=statistics.median(token_ms),
                       during_generation_ms=tuple(generation), prompt_tokens=prompt_tokens,
                       prompt_seconds=prompt_seconds,
                       during_prompt_ms=tuple(prompt_runs))


# --- quantisations, threads, batch, load time ------------------------------------------------


@dataclass(frozen=True)
class QuantSpeed:
    quant: str
    file_bytes: int
    load_seconds: float
    prompt_tokens_per_second: float
    decode_tokens_per_second: float


def _evict_from_page_cache(path: Path) -> bool:
    """Drop ``path`` from the OS page cache, so the next load reads the disk (Linux)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    return True


@dataclass(frozen=True)
class LoadTime:
    model: str
    cold_seconds: tuple[float, ...]
    warm_seconds: tuple[float, ...]


def measure_load(path: Path, service: EngineService, *, repeats: int) -> LoadTime:
    """Time from asking the engine thread to load until ``loaded`` reaches the GUI thread,
    with the file evicted from the page cache (cold) and right after (warm)."""
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(repeats):
        service.unload()
        if _evict_from_page_cache(path):
            cold.append(load_service(service, load_options(path))[1])
        warm.append(load_service(service, load_options(path))[1])
    return LoadTime(model=path.name, cold_seconds=tuple(cold), warm_seconds=tuple(warm))


def measure_quant(quant: str, path: Path, *, prompt_tokens: int = 256,
                  decode_tokens: int = 64, repeats: int = 2) -> QuantSpeed:
    """Prompt processing and decode speed of one file through raw llama.cpp (the app's
    engine runs at raw speed; see the decode comparison)."""
    started = time.perf_counter()
    llama = open_raw(path, n_ctx=1024)
    load_seconds = time.perf_counter() - started
    try:
        prompt = chat_prompt(llama, path, [ChatMessage("user", QUESTION * 8)])[:prompt_tokens]
        runs = [raw_generate(llama, prompt, decode_tokens) for _ in range(repeats)]
    finally:
        llama.close()
    return QuantSpeed(
        quant=quant, file_bytes=path.stat().st_size, load_seconds=load_seconds,
        prompt_tokens_per_second=max(len(prompt) / r.prompt_seconds for r in runs),
        decode_tokens_per_second=max(r.decode_tokens_per_second for r in runs))


@dataclass(frozen=True)
class SweepPoint:
    threads: int
    n_batch: int
    prompt_tokens_per_second: tuple[float, ...]
    decode_tokens_per_second: tuple[float, ...]

    @property
    def prompt_median(self) -> float:
        speeds = self.prompt_tokens_per_second
        return statistics.median(speeds) if speeds else 0.0

    @property
    def decode_median(self) -> float:
        speeds = self.decode_tokens_per_second
        return statistics.median(speeds) if speeds else 0.0


def sweep_threads_and_batch(path: Path, *, threads: Sequence[int], batches: Sequence[int],
                            rounds: int, prompt_tokens: int = 512, decode_tokens: int = 48,
                            report: Report) -> list[SweepPoint]:
    """Decode speed per thread count and prompt speed per batch size (at threads = cores).

    Every setting keeps its own context open and the rounds visit them in turn, forwards
    then backwards, so drift on a shared machine spreads over all of them.
    """
    cores = physical_cores()
    settings = [(count, CPU_PROMPT_BATCH) for count in threads if count != cores]
    settings += [(cores, batch) for batch in batches]
    contexts = {setting: open_raw(path, n_ctx=1024, threads=setting[0],
                                  threads_batch=setting[0], n_batch=setting[1])
                for setting in settings}
    prompt_speeds: dict[tuple[int, int], list[float]] = {setting: [] for setting in settings}
    decode_speeds: dict[tuple[int, int], list[float]] = {setting: [] for setting in settings}
    try:
        any_llama = next(iter(contexts.values()))
        prompt = chat_prompt(any_llama, path, [ChatMessage("user", QUESTION * 12)])[:prompt_tokens]
        for round_ in range(rounds):
            for setting in settings if round_ % 2 == 0 else settings[::-1]:
                count, batch = setting
                if batch == CPU_PROMPT_BATCH or count == cores:
                    run = raw_generate(contexts[setting], prompt,
                                       decode_tokens if batch == CPU_PROMPT_BATCH else 1)
                    prompt_speeds[setting].append(len(prompt) / run.prompt_seconds)
                    if batch == CPU_PROMPT_BATCH:
                        decode_speeds[setting].append(run.decode_tokens_per_second)
    finally:
        for llama in contexts.values():
            llama.close()
    points = [SweepPoint(threads=count, n_batch=batch,
                         prompt_tokens_per_second=tuple(prompt_speeds[(count, batch)]),
                         decode_tokens_per_second=tuple(decode_speeds[(count, batch)]))
              for count, batch in settings]
    for point in points:
        report(f"  threads {point.threads}, batch {point.n_batch}: prompt "
               f"{point.prompt_median:.1f} tok/s"
               + (f", decode {point.decode_median:.2f} tok/s" if point.decode_median else ""))
    return points
