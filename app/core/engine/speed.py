"""A short, repeatable speed test of one model file on this computer, with any engine.

The file is loaded with the given engine and the options the app uses, warmed
up, given a fixed prompt of about ``prompt_tokens`` tokens with a fixed seed,
and asked for ``tokens`` new tokens; then it is unloaded again. The result is
what a user feels in a chat: how fast a message is read (prompt tokens/s) and
how fast the reply appears (tokens/s). Blocking and headless: the caller picks
the thread (the engine's own, as the engine is not thread-safe).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.cancel import Cancelled, CancelToken
from app.core.engine.base import (
    GPU_LAYERS_AUTO,
    Engine,
    EngineError,
    GenerationStats,
    LoadOptions,
    SamplingParams,
    StopReason,
)
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.prompts import ChatMessage

BENCH_CONTEXT = 1024
"""Enough for the prompt and the reply; a small KV cache loads fast and fits anywhere."""
SEED = 1234
MAX_ROUNDS = 4
"""A model that ends its reply early is asked to go on, at most this many times in all."""
MIN_DECODED = 8
"""Fewer token-to-token intervals than this measure nothing but noise."""

_SENTENCES = (
    "The lighthouse keeper wrote in her logbook every evening at seven.",
    "Ships passed the rocky point in fog, in storms and on calm summer nights.",
    "She noted the wind, the colour of the sea and the names of the boats.",
    "Over forty years the pages filled a whole shelf in the small stone tower.",
    "Visitors asked why she kept writing when nobody would ever read the books.",
    "She answered that the sea changes slowly, and only a long record shows how.",
)
_REQUEST = ("Continue the story of the lighthouse keeper in rich detail, with new events, "
            "places and people. Write at least three long paragraphs.")
_GO_ON = "Please go on with the story."


@dataclass(frozen=True)
class SpeedResult:
    """One file's speed under one engine's settings."""

    tokens_per_second: float
    """Decode speed: new tokens a second once the reply has started."""
    prompt_tokens_per_second: float | None
    """Prompt-processing speed; None if the engine computed no prompt tokens."""
    backend: str
    """Where the model ran: ``"CPU"`` or ``"GPU"`` (after any fallback)."""
    threads: int
    """The threads setting it ran with (0: the engine's default)."""


@dataclass
class _Totals:
    intervals: int = 0
    seconds: float = 0.0
    replies: list[str] = field(default_factory=list)

    def add(self, stats: GenerationStats, text: str) -> None:
        # tokens_per_second counts the intervals between sampled tokens: one fewer than
        # the reply's tokens, unless an end-of-turn token was sampled after them.
        intervals = stats.generated_tokens - (0 if stats.stop_reason is StopReason.END_OF_TURN
                                              else 1)
        if intervals > 0 and stats.tokens_per_second > 0:
            self.intervals += intervals
            self.seconds += intervals / stats.tokens_per_second
        self.replies.append(text)


def _prompt(engine: Engine, prompt_tokens: int) -> list[ChatMessage]:
    """The fixed prompt, grown a sentence at a time to at least ``prompt_tokens`` tokens."""
    sentences: list[str] = []
    while True:
        messages = [ChatMessage("user", " ".join([*sentences, _REQUEST]))]
        if engine.count_tokens(messages) >= prompt_tokens:
            return messages
        sentences.append(_SENTENCES[len(sentences) % len(_SENTENCES)])


def measure_speed(engine: Engine, path: Path, *, threads: int = 0,
                  gpu_layers: int = GPU_LAYERS_AUTO, tokens: int = 64, prompt_tokens: int = 128,
                  cancel: CancelToken | None = None,
                  context_length: int = BENCH_CONTEXT) -> SpeedResult:
    """Measure ``path``'s prompt and decode speed on ``engine``; it is unloaded afterwards.

    Raises EngineError if the file cannot be loaded or run, Cancelled when
    ``cancel`` is set (checked between tokens, and during the prompt).
    """
    if tokens < MIN_DECODED + 1 or prompt_tokens < 1:
        raise ValueError("measure at least a few tokens")
    if prompt_tokens + 2 * tokens > context_length:
        raise ValueError(f"{prompt_tokens} + {tokens} tokens need a longer context")
    cancel = cancel or CancelToken()
    cancel.check()
    info = engine.load(LoadOptions(path, context_length=context_length, gpu_layers=gpu_layers,
                                   threads=threads), lambda _fraction: None)
    try:
        cancel.check()
        # Reads every weight once: the first pass over a freshly mapped file is slower.
        engine.generate([ChatMessage("user", "Hello")], SamplingParams(max_tokens=1, seed=SEED),
                        lambda _text: None, cancel)
        cancel.check()
        conversation = _prompt(engine, prompt_tokens)
        totals = _Totals()
        prompt_speed: float | None = None
        for round_ in range(MAX_ROUNDS):
            pieces: list[str] = []
            params = SamplingParams(temperature=0.8, top_p=0.95, top_k=40, repeat_penalty=1.1,
                                    max_tokens=tokens - totals.intervals, seed=SEED + round_)
            stats = engine.generate(conversation, params, pieces.append, cancel)
            if stats.stop_reason is StopReason.CANCELLED:
                raise Cancelled
            if round_ == 0 and stats.prompt_eval_tokens and stats.time_to_first_token_s > 0:
                prompt_speed = stats.prompt_eval_tokens / stats.time_to_first_token_s
            totals.add(stats, "".join(pieces))
            if totals.intervals >= tokens - 1:
                break
            conversation = [*conversation, ChatMessage("assistant", "".join(pieces)),
                            ChatMessage("user", _GO_ON)]
        if totals.intervals < MIN_DECODED:
            raise EngineError(Message(QT_TRANSLATE_NOOP(
                "core", "{name} ended its replies after {count} tokens, too few to measure "
                "its speed."), name=path.name, count=totals.intervals))
        return SpeedResult(tokens_per_second=totals.intervals / totals.seconds,
                           prompt_tokens_per_second=prompt_speed, backend=info.backend,
                           threads=threads)
    finally:
        engine.unload()
