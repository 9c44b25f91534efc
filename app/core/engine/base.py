"""The engine interface: what the app needs from anything that runs a model.

llama.cpp in-process is the first engine; a local or remote server (llama.cpp
server, vLLM, Ollama) can be another one that implements the same Protocol, so
the UI and the CLI never change when a backend is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from app.core.cancel import CancelToken
from app.core.messages import Message, UserError
from app.core.prompts import ChatMessage

GPU_LAYERS_AUTO = -1
"""Offload every layer when a GPU backend exists, none otherwise."""


@dataclass(frozen=True)
class EngineRuntime:
    """What the installed engine offers on this computer, before any model is loaded.

    The UI and the CLI read it (through ``app.core.engine.factory.engine_runtime``)
    instead of asking the engine's library; measurements are keyed on it.
    """

    name: str
    """The engine, e.g. ``"llama.cpp"``."""
    version: str
    """Its version as measurements record it (for llama.cpp: llama-cpp-python's)."""
    gpu_offload: bool
    """Whether it can run layers on a GPU here."""
    default_threads: int
    """The threads it uses when the setting is 0."""

    def expected_backend(self, gpu_layers: int) -> str:
        """Where a model loaded with ``gpu_layers`` will run: ``"GPU"`` or ``"CPU"``."""
        return "GPU" if gpu_layers != 0 and self.gpu_offload else "CPU"


class EngineError(UserError):
    """A failure the user should read: ``error.message`` in the interface language,
    ``str(error)`` the English sentence."""


class StopReason(StrEnum):
    END_OF_TURN = "end_of_turn"
    LENGTH = "length"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class RemoteModel:
    """A model that an OpenAI-compatible server runs, reached through a saved connection."""

    connection: str
    """The connection's id (``app.core.engine.remote.connections``)."""
    name: str
    """The connection's name as the user gave it, for the header."""
    base_url: str
    """``http://host:port/v1``."""
    model: str
    """The model's id on the server, as its ``GET /v1/models`` lists it."""
    kind: str = "openai"
    """The server's family (``vllm``, ``llama.cpp``, ``ollama``, ``parla``…): it decides
    which sampling extensions are sent."""
    api_key: str | None = field(default=None, repr=False)

    @property
    def host(self) -> str:
        """``host:port``, shown wherever a chat goes to another machine."""
        return self.base_url.split("://", 1)[-1].split("/", 1)[0]


KV_CACHE_TYPES: dict[str, float] = {"f16": 2.0, "q8_0": 34 / 32}
"""The context's storage types a user can choose, with their bytes per value (q8_0 keeps 32
values in 34 bytes: half the memory of f16, at a cost in speed measured in the benchmark)."""

QUANT_BLOCK = 32
"""q8_0 stores values in blocks of 32, and llama.cpp reads the cache a head at a time, so a
head it keeps as q8_0 must be a multiple of that (llama.cpp 0.3.36 refuses other heads only
with flash attention; without it, it aborts the process, as for Falcon's heads of 16)."""


@dataclass(frozen=True)
class ContextLayout:
    """How llama.cpp keeps and reads the context: storage of keys and of values
    (``KV_CACHE_TYPES`` names), and whether it uses flash attention."""

    flash_attn: bool
    keys: str
    values: str

    def stores(self, head_sizes: tuple[int, int] | None) -> bool:
        """Whether llama.cpp can keep heads of these sizes (keys, values) this way; an
        unknown size only in f16."""
        return all(kind == "f16" or (size is not None and size % QUANT_BLOCK == 0)
                   for kind, size in zip((self.keys, self.values), head_sizes or (None, None),
                                         strict=True))


def context_layouts(kv_cache: str, *, gpu: bool, head_sizes: tuple[int, int] | None
                    ) -> tuple[ContextLayout, ...]:
    """The layouts for the user's choice (``LoadOptions.kv_cache``) that can keep heads of
    ``head_sizes`` (keys, values), best first; the last is always f16.

    "f16" on the CPU keeps keys as q8_0 and values as f16 without flash attention. In
    ``python -m bench --only kv`` on StableLM 2 1.6B's shape, against f16 with flash
    attention (the default before), it decodes 58% faster with 2,000 tokens in the context
    (0.74x its speed at 100 tokens, against 0.44x), 7% slower at 100 and reads prompts 10%
    more slowly, in 77% of the memory; its next-token distributions are as close to an f32
    context's (tests/core/engine/llama/test_context_layout.py). f16 without flash attention
    decodes 4-7% faster still but flips a near tie in SmolLM2's first reply to the
    factual-question test. On a GPU (not measured: no GPU here) it is f16 with flash
    attention, llama.cpp's fast path there. "q8_0" needs flash
    attention (llama.cpp quantizes values only with it)."""
    plain = ContextLayout(flash_attn=True, keys="f16", values="f16")
    if kv_cache == "q8_0":
        wanted = ContextLayout(flash_attn=True, keys="q8_0", values="q8_0")
    elif gpu:
        return (plain,)
    else:
        wanted = ContextLayout(flash_attn=False, keys="q8_0", values="f16")
    return (wanted, plain) if wanted.stores(head_sizes) else (plain,)


DEFAULT_RESUME_DISK_MB = 4096
"""Disk space for chats' snapshot files, all models together: a 2,000-token chat of
StableLM 2 1.6B takes about 300 MB."""


@dataclass(frozen=True)
class ResumeOptions:
    """Snapshots of the KV cache, so that returning to a chat evaluates only its new tokens
    (``llama/snapshots.py``)."""

    folder: Path
    """Where the snapshot files are kept (the cache folder's ``snapshots``)."""
    disk_budget_mb: int = DEFAULT_RESUME_DISK_MB
    """The most the folder holds, all models together (least recently used evicted)."""


@dataclass(frozen=True)
class LoadOptions:
    path: Path
    context_length: int = 4096
    gpu_layers: int = GPU_LAYERS_AUTO
    threads: int = 0
    """0: let the engine pick (physical cores)."""
    remote: RemoteModel | None = None
    """Set: the model runs on a server and ``path`` is unused; the other fields too."""
    chat_format: str | None = None
    """The user's choice for this file (``chat_format.chat_format_choices``: a built-in
    format or ``"completion"``); None: the file's own template or a recognised family."""
    kv_cache: str = "f16"
    """The user's choice of how the context is stored: ``KV_CACHE_TYPES``; llama.cpp is
    asked for the first of ``context_layouts`` that the model takes."""
    resume: ResumeOptions | None = None
    """Keep snapshots of chats' KV cache (the app and the server); None: none (benchmarks
    and tools that want llama.cpp's bare speed)."""


@dataclass(frozen=True)
class SamplingParams:
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1
    max_tokens: int = 1024
    seed: int = -1
    """-1: a new random seed for every reply."""


@dataclass(frozen=True)
class ModelInfo:
    """What is loaded, for the status line and for choosing prompts."""

    path: Path
    name: str
    architecture: str
    quantization: str
    context_length: int
    chat_format: str
    backend: str
    gpu_layers: int
    load_seconds: float
    notices: tuple[Message, ...] = ()
    """Things the user should know, e.g. a GPU load that fell back to the CPU."""
    modes: frozenset[str] = frozenset({"chat"})
    """What the loaded model can do: ``"chat"`` (messages through its chat template);
    later ``"completion"`` (plain text continued)."""
    remote: RemoteModel | None = None
    """Set when the model runs on a server: nothing runs on this computer."""
    context_known: bool = True
    """False when a server did not say its context length (``context_length`` is then a
    guess, and the meter says so)."""


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int
    """Tokens in the whole prompt sent to the model."""
    prompt_eval_tokens: int
    """Of those, how many were computed; the rest came from the KV cache."""
    generated_tokens: int
    time_to_first_token_s: float
    tokens_per_second: float
    """Decode speed after the first token (prompt processing excluded)."""
    total_seconds: float
    stop_reason: StopReason
    dropped_messages: int = 0
    """Oldest messages left out so the conversation fits the context."""


@dataclass(frozen=True)
class ReplyProgress:
    """How a running reply is going, for the status line: first the prompt is read
    (``prompt_fraction`` climbs to 1), then the reply is written (tokens and live speed)."""

    prompt_fraction: float
    """Share of the prompt's new tokens evaluated (what the KV cache did not hold)."""
    generated_tokens: int = 0
    """Tokens of the reply so far; 0 while the prompt is read."""
    tokens_per_second: float = 0.0
    """Decode speed so far, measured as ``GenerationStats.tokens_per_second`` is."""

    @property
    def writing(self) -> bool:
        """The prompt is read and the reply streams."""
        return self.generated_tokens > 0


ProgressCallback = Callable[[float], None]
ReplyProgressCallback = Callable[[ReplyProgress], None]
TextCallback = Callable[[str], None]


class Engine(Protocol):
    """Runs one model at a time. Calls block; the caller picks the thread."""

    @property
    def model(self) -> ModelInfo | None: ...

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo: ...

    def unload(self) -> None: ...

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens ``messages`` take as the loaded model's prompt (for a context meter)."""
        ...

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
        """Stream a reply through ``on_text``; ``on_progress`` hears how far it is (on the
        calling thread, from plain Python code: never from inside a foreign callback).
        ``conversation`` names the chat, so its KV cache can be kept for when it returns."""
        ...

    def forget(self, conversation: str) -> None:
        """Drop what is kept of ``conversation`` (it was deleted)."""
        ...

    def expect(self, conversation: str | None) -> None:
        """The user opened ``conversation`` (None: a new chat): get ready for its next
        message while they read and type, e.g. by reading its saved state back into the
        model. Never changes a reply; a hint that may do nothing."""
        ...

    def complete(
        self,
        text: str,
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
        on_progress: ReplyProgressCallback | None = None,
    ) -> GenerationStats:
        """Continue ``text`` as it stands: no chat template, no system prompt (base models,
        the writing view, the API's ``/v1/completions``). A text that does not fit the
        context is refused with a sentence, never shortened."""
        ...
