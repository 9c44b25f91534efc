"""The engine interface: what the app needs from anything that runs a model.

llama.cpp in-process is the first engine; a local or remote server (llama.cpp
server, vLLM, Ollama) can be another one that implements the same Protocol, so
the UI and the CLI never change when a backend is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from app.core.cancel import CancelToken
from app.core.messages import UserError
from app.core.prompts import ChatMessage

GPU_LAYERS_AUTO = -1
"""Offload every layer when a GPU backend exists, none otherwise."""


CPU_PROMPT_BATCH = 128
"""Prompt tokens per llama_decode on the CPU. Prompt speed is flat from 64 to 512 on the
measured CPU (docs/performance.md), while 128 lets Stop land within ~15 ms during a long
prompt (up to 124 ms at 512, where single graph nodes run that long) and needs ~300 MB
less for StableLM 2's 100k-token logits."""
GPU_PROMPT_BATCH = 512
"""llama.cpp's own default, which keeps a GPU busy (not measured: no GPU here)."""


def prompt_batch(gpu_layers: int) -> int:
    """Batch size for a model loaded with ``gpu_layers`` layers on the GPU."""
    return GPU_PROMPT_BATCH if gpu_layers else CPU_PROMPT_BATCH


class EngineError(UserError):
    """A failure the user should read; ``str(error)`` is a complete sentence."""


class StopReason(StrEnum):
    END_OF_TURN = "end_of_turn"
    LENGTH = "length"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class LoadOptions:
    path: Path
    context_length: int = 4096
    gpu_layers: int = GPU_LAYERS_AUTO
    threads: int = 0
    """0: let the engine pick (physical cores)."""


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
    notices: tuple[str, ...] = ()
    """Things the user should know, e.g. a GPU load that fell back to the CPU."""


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


ProgressCallback = Callable[[float], None]
TextCallback = Callable[[str], None]


class Engine(Protocol):
    """Runs one model at a time. Calls block; the caller picks the thread."""

    @property
    def model(self) -> ModelInfo | None: ...

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo: ...

    def unload(self) -> None: ...

    def generate(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        on_text: TextCallback,
        cancel: CancelToken,
    ) -> GenerationStats: ...
