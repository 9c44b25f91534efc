"""The in-process engine: one ``llama_cpp.Llama``, used from one thread.

The same ``Llama`` object stays loaded between turns, so llama.cpp keeps the
KV cache and only the new part of the conversation is computed. Stop works at
two depths: between tokens, and inside a long prompt evaluation through
llama.cpp's abort callback, which it checks between graph nodes.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GPU_LAYERS_AUTO,
    ContextLayout,
    EngineError,
    EngineRuntime,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgress,
    ReplyProgressCallback,
    SamplingParams,
    StopReason,
    TextCallback,
    context_layouts,
)
from app.core.engine.context import ContextTooSmallError, fit_to_context
from app.core.engine.llama import adapter
from app.core.engine.llama.chat_format import (
    COMPLETION,
    ChatFormat,
    PromptRenderer,
    detect_chat_format,
)
from app.core.engine.llama.logs import capture_llama_problems, route_llama_logs
from app.core.engine.llama.resume import ChatStates
from app.core.engine.llama.snapshots import SnapshotStore, fingerprint, shared_prefix
from app.core.engine.llama.spelling import reuse_spelling
from app.core.engine.llama.tuning import physical_cores, prompt_batch
from app.core.engine.streaming import TokenTextStream
from app.core.gguf_info import GgufInfo, InvalidModelError, read_gguf_info
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.prompts import ChatMessage

log = logging.getLogger(__name__)

ENGINE_NAME = "llama.cpp"
GGML_KV_TYPES = {"f16": 1, "q8_0": 8}
"""``KV_CACHE_TYPES`` as ggml's type numbers (GGML_TYPE_F16, GGML_TYPE_Q8_0)."""
MAP_MODEL_FILE = False
"""The model file is read into llama.cpp's buffers, not mapped. llama.cpp maps a file with
MAP_POPULATE, so all of it is resident while it copies most K-quant weights into a layout
of its own (StableLM 2 Q4_K_M: a 2.2 GB peak, not 1.65), and the pages still used after
that bring their neighbours along (1.81 GB resident after a reply, not 1.65). Loading takes
about 0.9 s longer from the page cache."""


_KEEPS_F16 = Message(QT_TRANSLATE_NOOP(
    "core", "This model cannot keep its context in half the memory (q8_0), so Parla keeps it "
    "in full precision (f16)."))


def _prepare() -> None:
    """Once per process, before llama.cpp does anything: its log into ours, its backends."""
    route_llama_logs()
    adapter.load_dynamic_backends()


def llama_runtime() -> EngineRuntime:
    """What this llama.cpp build offers here (use ``factory.engine_runtime``, which caches it)."""
    _prepare()  # GPU backends of GGML_BACKEND_DL builds count only once loaded
    return EngineRuntime(name=ENGINE_NAME, version=adapter.llama_cpp_version(),
                         gpu_offload=adapter.supports_gpu_offload(),
                         default_threads=physical_cores())


_OUT_OF_MEMORY = ("failed to allocate", "unable to allocate", "out of memory",
                  "cannot allocate", "bad_alloc")
_DAMAGED = ("not within the file bounds", "failed to read", "unexpectedly reached end of file",
            "corrupted")


def _explain_load_failure(info: GgufInfo, problems: Sequence[str],
                          exc: BaseException) -> Message:
    """llama.cpp says "failed to load"; its log lines say why. Translate the common ones."""
    detail = " ".join([*problems, str(exc)]).lower()
    name = info.path.name
    if "unknown model architecture" in detail:
        return Message(QT_TRANSLATE_NOOP(
            "core", "{name} uses the '{architecture}' architecture, which this version of "
            "llama.cpp cannot run."), name=name, architecture=info.architecture)
    if isinstance(exc, MemoryError) or any(w in detail for w in _OUT_OF_MEMORY):
        return Message(QT_TRANSLATE_NOOP(
            "core", "There is not enough memory to load {name}. Close other programs, pick a "
            "smaller quantization or a shorter context length."), name=name)
    if any(w in detail for w in _DAMAGED):
        return Message(QT_TRANSLATE_NOOP(
            "core", "{name} is damaged or incomplete. If it was downloaded, download it "
            "again."), name=name)
    return Message(QT_TRANSLATE_NOOP("core", "llama.cpp could not load {name}: {detail}"),
                   name=name, detail=problems[-1] if problems else str(exc))


class _LogWriter(io.TextIOBase):
    """Where llama-cpp-python's verbose ``print(..., file=sys.stderr)`` lines go during load."""

    def write(self, text: str) -> int:
        if text.strip():
            log.debug("llama-cpp-python: %s", text.rstrip())
        return len(text)


@dataclass
class _Run:
    """What one pass of the token loop observed."""

    sampled: int = 0
    """Tokens the sampler produced, including a final end-of-turn token."""
    generated: int = 0
    """Tokens that belong to the reply."""
    first_token_at: float = 0.0
    last_token_at: float = 0.0
    reason: StopReason = StopReason.LENGTH


class LlamaCppEngine:
    """Engine backed by llama-cpp-python in this process. Not thread-safe by design:
    the EngineWorker's thread is its only caller."""

    def __init__(self) -> None:
        self._llama: Any = None
        self._model: ModelInfo | None = None
        self._renderer: PromptRenderer | None = None
        self._stop_token_ids: frozenset[int] = frozenset()
        self._abort: adapter.AbortSwitch | None = None
        self._states: ChatStates | None = None
        self._system_prefixes: dict[str, list[int]] = {}
        """Each system prompt's tokens before a user turn, for the loaded model's template."""
        self._pieces: dict[int, bytes] = {}
        """The loaded model's tokens' bytes, special tokens written out, as met."""

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    # -- loading -----------------------------------------------------------------

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        """Load a GGUF, replacing any loaded model. Raises EngineError with a human message."""
        started = time.perf_counter()
        try:
            info = read_gguf_info(options.path)
        except InvalidModelError as exc:
            raise EngineError(exc.message) from exc

        _prepare()
        self.unload()

        overrides: dict[str, bool | int | float | str] = {}
        if info.architecture == "stablelm" and not info.pre_tokenizer:
            # GGUFs converted before May 2024 lack the key; llama.cpp then falls back to
            # the default pre-tokenizer and StableLM 2's output degrades.
            overrides["tokenizer.ggml.pre"] = "stablelm2"
            log.warning("%s has no tokenizer.ggml.pre; using 'stablelm2'", info.path.name)

        gpu_layers = 0
        if options.gpu_layers != 0 and adapter.supports_gpu_offload():
            gpu_layers = -1 if options.gpu_layers == GPU_LAYERS_AUTO else options.gpu_layers
        context_length = options.context_length
        if info.context_length:
            context_length = min(context_length, info.context_length)

        notices: list[Message] = []
        llama, layout, kv_cache, gpu_layers = self._construct_first(
            info, options, context_length=context_length, gpu_layers=gpu_layers,
            overrides=overrides, on_progress=on_progress, notices=notices)
        self._llama = llama
        self._abort = adapter.AbortSwitch(llama)
        choice = detect_chat_format(info, override=options.chat_format)
        if choice.notice is not None:
            notices.append(choice.notice)
        bos, eos = adapter.special_token_texts(llama)
        # Completion only: an empty format, so the stops are the model's end-of-text alone.
        self._renderer = PromptRenderer(choice.format or ChatFormat(COMPLETION, "", ()),
                                        bos_token=bos, eos_token=eos)
        self._stop_token_ids = frozenset(
            ids[0]
            for stop in self._renderer.stop
            if len(ids := llama.tokenize(stop.encode(), add_bos=False, special=True)) == 1
        )
        self._system_prefixes.clear()
        self._pieces.clear()
        if options.resume is not None:
            key = fingerprint(info.path, llama_cpp=adapter.llama_cpp_version(),
                              n_ctx=llama.n_ctx(), gpu_layers=gpu_layers,
                              flash_attn=layout.flash_attn, kv_cache=kv_cache,
                              keys=layout.keys, values=layout.values)
            self._states = ChatStates(SnapshotStore(
                key, options.resume.folder, disk_budget=options.resume.disk_budget_mb << 20))
        self._model = ModelInfo(
            path=info.path,
            name=info.display_name,
            architecture=info.architecture,
            quantization=info.quantization,
            context_length=llama.n_ctx(),
            chat_format=choice.name,
            backend="GPU" if gpu_layers else "CPU",
            gpu_layers=gpu_layers,
            load_seconds=time.perf_counter() - started,
            notices=tuple(notices),
            modes=choice.modes,
        )
        log.info("Loaded %s (%s, %s, n_ctx=%d, %s) in %.2fs", info.path.name, info.architecture,
                 info.quantization, self._model.context_length, self._model.backend,
                 self._model.load_seconds)
        return self._model

    def _construct_first(self, info: GgufInfo, options: LoadOptions, *, context_length: int,
                         gpu_layers: int, overrides: dict[str, bool | int | float | str],
                         on_progress: ProgressCallback, notices: list[Message]
                         ) -> tuple[Any, ContextLayout, str, int]:
        """The first of the wanted layouts llama.cpp makes, then the CPU if the GPU fails:
        the ``Llama``, its layout, the KV choice and GPU layers it got (``notices`` hear
        what the user should know of)."""
        kv_cache = options.kv_cache
        layouts = context_layouts(kv_cache, gpu=gpu_layers != 0, head_sizes=info.head_sizes)
        if kv_cache != "f16" and len(layouts) == 1:
            notices.append(_KEEPS_F16)
            kv_cache = "f16"
        while True:
            layout = layouts[0]
            try:
                llama = self._construct(info, options, context_length=context_length,
                                        gpu_layers=gpu_layers, layout=layout,
                                        overrides=overrides, on_progress=on_progress)
                return llama, layout, kv_cache, gpu_layers
            except EngineError as exc:
                if len(layouts) > 1:  # e.g. head sizes that q8_0's blocks of 32 do not divide
                    log.warning("Loading with %s failed, retrying with %s: %s", layout,
                                layouts[1], exc)
                    if kv_cache != "f16":
                        notices.append(_KEEPS_F16)
                        kv_cache = "f16"
                    layouts = layouts[1:]
                    continue
                if gpu_layers == 0:
                    raise
                log.warning("GPU load failed, retrying on the CPU: %s", exc)
                notices.append(Message(QT_TRANSLATE_NOOP(
                    "core", "The model could not be loaded on the GPU ({reason}) Parla is "
                    "running it on the CPU instead, which is slower."), reason=exc.message))
                gpu_layers = 0
                layouts = context_layouts(kv_cache, gpu=False, head_sizes=info.head_sizes)

    def _construct(self, info: GgufInfo, options: LoadOptions, *, context_length: int,
                   gpu_layers: int, layout: ContextLayout,
                   overrides: dict[str, bool | int | float | str],
                   on_progress: ProgressCallback) -> Any:
        from llama_cpp import Llama

        threads = options.threads or physical_cores()
        with (capture_llama_problems() as problems, adapter.load_progress(on_progress),
              contextlib.redirect_stderr(_LogWriter())):
            try:
                # verbose=True: with False, llama-cpp-python redirects the process's
                # stdout/stderr file descriptors during load, for every thread.
                llama = Llama(
                    model_path=str(info.path),
                    n_ctx=context_length,
                    n_batch=prompt_batch(gpu_layers),
                    n_threads=threads,
                    n_threads_batch=max(threads, os.cpu_count() or threads),
                    n_gpu_layers=gpu_layers,
                    kv_overrides=overrides or None,
                    flash_attn=layout.flash_attn,
                    type_k=GGML_KV_TYPES[layout.keys],
                    type_v=GGML_KV_TYPES[layout.values],
                    use_mmap=MAP_MODEL_FILE,
                    verbose=True,
                )
            except (ValueError, RuntimeError, OSError, MemoryError) as exc:
                log.warning("llama.cpp could not load %s: %s %s", info.path.name,
                            " | ".join(problems), exc)
                raise EngineError(_explain_load_failure(info, problems, exc)) from exc
        llama.verbose = False  # from here on its per-turn prints would reach the terminal
        return llama

    def unload(self) -> None:
        """Free the model's memory now rather than whenever the GC gets to it; the live
        chat's state is saved first, so a restart resumes it."""
        if self._states is not None:
            try:
                self._states.close(self._llama)
            except Exception:  # never keep a model loaded for want of a snapshot
                log.exception("Could not save the live chat's state")
            self._states = None
        if self._llama is not None:
            self._llama.close()
        self._llama = None
        self._abort = None
        self._model = None
        self._renderer = None
        self._stop_token_ids = frozenset()

    # -- generation --------------------------------------------------------------

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens ``messages`` take as a prompt in the loaded model's chat template."""
        return len(self._tokenize_prompt(messages))

    def _tokenize_prompt(self, messages: Sequence[ChatMessage]) -> list[int]:
        if self._llama is None or self._renderer is None or self._model is None:
            raise EngineError(_no_model())
        if "chat" not in self._model.modes:
            raise EngineError(Message(QT_TRANSLATE_NOOP(
                "core", "{name} is open for text completion only. To chat with it, choose its "
                "chat format in the model's settings."), name=self._model.name))
        text = self._renderer.render(messages)
        # The template already holds any BOS the model wants (llama-cpp-python does the same).
        tokens: list[int] = self._llama.tokenize(text.encode("utf-8"), add_bos=False,
                                                 special=True)
        return tokens

    def generate(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
        on_progress: ReplyProgressCallback | None = None,
        *,
        conversation: str | None = None,
    ) -> GenerationStats:
        """Stream a reply to ``messages`` through ``on_text``; blocks until it ends.

        ``on_progress`` hears after each prompt batch how much of the prompt is read, then
        after each token the reply's length and speed. With snapshots on (``LoadOptions.
        resume``), ``conversation``'s state is kept for when it returns.
        """
        if self._llama is None or self._model is None:
            raise EngineError(_no_model())
        started = time.perf_counter()
        n_ctx = self._model.context_length
        reserve = max(1, min(params.max_tokens, n_ctx // 4))
        try:
            fitted = fit_to_context(messages, self.count_tokens, context_length=n_ctx,
                                    reply_reserve=reserve)
        except ContextTooSmallError as exc:
            raise EngineError(exc.message) from exc
        if fitted.dropped_messages:
            log.info("Dropped %d old messages to fit n_ctx=%d", fitted.dropped_messages, n_ctx)
        prompt = self._spelled_as_held(self._tokenize_prompt(fitted.messages), conversation)
        seed = params.seed if params.seed >= 0 else secrets.randbits(31)
        self._llama.set_seed(seed)

        adapter.reset_perf_counters(self._llama)
        self._prepare_cache(prompt, conversation, fitted.messages)
        run = self._stream(prompt, params, min(params.max_tokens, n_ctx - len(prompt)),
                           on_text, cancel, on_progress=on_progress or _ignore)
        if self._states is not None:
            self._states.finished(conversation)
        perf = adapter.perf_counters(self._llama)
        # Every sampled token but the last was then decoded on its own; the rest of
        # llama.cpp's decode count is the prompt (what the KV cache did not hold).
        # llama.cpp reports n_p_eval as max(1, n) (ggml-org/llama.cpp#7160), and
        # one-token prompt batches count as n_eval, so a reported 1 means none.
        batched = perf.prompt_eval if perf.prompt_eval > 1 else 0
        prompt_eval = batched + perf.eval - max(run.sampled - 1, 0)
        decode_seconds = run.last_token_at - run.first_token_at
        return GenerationStats(
            prompt_tokens=len(prompt),
            prompt_eval_tokens=max(prompt_eval, 0),
            generated_tokens=run.generated,
            time_to_first_token_s=run.first_token_at - started if run.sampled else 0.0,
            tokens_per_second=(run.sampled - 1) / decode_seconds if decode_seconds > 0 else 0.0,
            total_seconds=time.perf_counter() - started,
            stop_reason=run.reason,
            dropped_messages=fitted.dropped_messages,
        )

    def complete(
        self,
        text: str,
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
        on_progress: ReplyProgressCallback | None = None,
    ) -> GenerationStats:
        """Continue ``text`` word for word: the model's own start token and nothing else
        (no template), ending at the model's end-of-text token or ``max_tokens``.
        A continuation of the same text reuses the KV cache, so Continue is cheap."""
        if self._llama is None or self._model is None:
            raise EngineError(_no_model())
        started = time.perf_counter()
        prompt = self._spelled_as_held(
            self._llama.tokenize(text.encode("utf-8"), add_bos=True, special=False), None)
        n_ctx = self._model.context_length
        reserve = max(1, min(params.max_tokens, n_ctx // 4))
        if len(prompt) + reserve > n_ctx:
            raise EngineError(Message(QT_TRANSLATE_NOOP(
                "core", "The text is too long to continue: it needs {used} tokens plus "
                "{reserve} for the continuation, but the context holds {context}. Shorten it "
                "or raise the context length in Settings."),
                used=len(prompt), reserve=reserve, context=n_ctx))
        self._llama.set_seed(params.seed if params.seed >= 0 else secrets.randbits(31))
        adapter.reset_perf_counters(self._llama)
        self._prepare_cache(prompt, None, ())
        run = self._stream(prompt, params, min(params.max_tokens, n_ctx - len(prompt)),
                           on_text, cancel, on_progress=on_progress or _ignore, chat=False)
        if self._states is not None:
            self._states.finished(None)
        perf = adapter.perf_counters(self._llama)
        batched = perf.prompt_eval if perf.prompt_eval > 1 else 0
        decode_seconds = run.last_token_at - run.first_token_at
        return GenerationStats(
            prompt_tokens=len(prompt),
            prompt_eval_tokens=max(batched + perf.eval - max(run.sampled - 1, 0), 0),
            generated_tokens=run.generated,
            time_to_first_token_s=run.first_token_at - started if run.sampled else 0.0,
            tokens_per_second=(run.sampled - 1) / decode_seconds if decode_seconds > 0 else 0.0,
            total_seconds=time.perf_counter() - started,
            stop_reason=run.reason,
        )

    def _spelled_as_held(self, prompt: list[int], conversation: str | None) -> list[int]:
        """``prompt`` with the spelling of the tokens the KV cache or ``conversation``'s
        snapshot holds wherever they show the same text (a reply read back: spelling.py)."""
        held = [adapter.held_tokens(self._llama)]
        if self._states is not None and conversation is not None:
            held.append(self._states.store.tokens_of(conversation))
        best, reused = prompt, 0
        for known in held:
            spelled = reuse_spelling(known, prompt, self._piece)
            if (count := shared_prefix(known, spelled)) > reused:
                best, reused = spelled, count
        return best

    def _piece(self, token: int) -> bytes:
        if (piece := self._pieces.get(token)) is None:
            piece = self._pieces[token] = self._llama.detokenize([token], special=True)
        return piece

    def forget(self, conversation: str) -> None:
        if self._states is not None:
            self._states.forget(conversation)

    def expect(self, conversation: str | None) -> None:
        if self._states is not None and self._llama is not None:
            self._states.expect(self._llama, conversation)

    def _prepare_cache(self, prompt: list[int], conversation: str | None,
                       messages: Sequence[ChatMessage]) -> None:
        """Save the live chat before ``prompt`` overwrites it; restore a snapshot that holds
        more of ``prompt`` than the KV cache does (snapshots on only)."""
        if self._states is None:
            return
        system = messages[0] if messages and messages[0].role == "system" else None

        def system_prefix() -> list[int]:
            assert system is not None
            if (known := self._system_prefixes.get(system.content)) is None:
                # What two different user turns after the system prompt share.
                one = self._tokenize_prompt([system, ChatMessage("user", "a")])
                two = self._tokenize_prompt([system, ChatMessage("user", "b")])
                known = self._system_prefixes[system.content] = one[:shared_prefix(one, two)]
            return known

        self._states.prepare(self._llama, prompt, conversation,
                             system_prefix if system is not None else None)

    def _stream(self, prompt: list[int], params: SamplingParams, max_tokens: int,
                on_text: TextCallback, cancel: CancelToken, *,
                on_progress: ReplyProgressCallback, chat: bool = True) -> _Run:
        """The token loop: sample, check for the end of the turn or Stop, show text.

        ``chat=False`` (text completion): only the model's end-of-text token ends it; the
        chat format's stop strings and turn tokens are ordinary text there."""
        assert self._renderer is not None and self._abort is not None
        llama = self._llama
        abort = self._abort
        is_end = adapter.end_of_generation(llama)
        stop_ids = self._stop_token_ids if chat else frozenset()
        stream = TokenTextStream(self._renderer.stop if chat else ())
        run = _Run()
        abort.arm(lambda: cancel.cancelled)
        tokens = llama.generate(prompt, temp=params.temperature, top_p=params.top_p,
                                top_k=params.top_k, min_p=0.0,
                                repeat_penalty=params.repeat_penalty)
        try:
            # The prompt's batches, all but the last, one llama_decode each, so the user
            # sees how far a long prompt is; generate() finds them in the KV cache.
            adapter.evaluate_ahead(llama, prompt, lambda done, new: on_progress(
                ReplyProgress(prompt_fraction=done / new)))
            for token in tokens:
                run.last_token_at = time.perf_counter()
                run.sampled += 1
                if run.sampled == 1:
                    run.first_token_at = run.last_token_at
                    # Prompt evaluation is over: single-token decodes are checked below,
                    # and a Python call per graph node would slow decoding down.
                    abort.disarm()
                if is_end(token) or token in stop_ids:
                    run.reason = StopReason.END_OF_TURN
                    break
                run.generated += 1
                decoding = run.last_token_at - run.first_token_at
                on_progress(ReplyProgress(prompt_fraction=1.0, generated_tokens=run.generated,
                                          tokens_per_second=(run.sampled - 1) / decoding
                                          if decoding > 0 else 0.0))
                if text := stream.feed(llama.detokenize([token])):
                    on_text(text)
                if stream.stopped:
                    run.reason = StopReason.END_OF_TURN
                elif cancel.cancelled:
                    run.reason = StopReason.CANCELLED
                elif run.generated < max_tokens:
                    continue
                break
        except RuntimeError as exc:  # llama_decode returned non-zero
            if not cancel.cancelled:
                log.error("llama.cpp failed while generating: %s", exc)
                raise EngineError(Message(QT_TRANSLATE_NOOP(
                    "core", "llama.cpp failed while generating the reply ({detail})."),
                    detail=str(exc))) from exc
            run.reason = StopReason.CANCELLED
        finally:
            tokens.close()
            abort.disarm()
        if rest := stream.finish():
            on_text(rest)
        return run


def _ignore(_progress: ReplyProgress) -> None:
    """Where a reply's progress goes when nobody asked for it."""


def _no_model() -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "No model is loaded. Open a model first."))
