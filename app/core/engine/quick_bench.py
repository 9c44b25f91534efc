"""Temporary alias for the speed test's old API; the test itself is ``app.core.engine.speed``.

Kept only until the measuring service and the main window switch to
``speed.measure_speed``, ``factory.engine_runtime`` and ``Conditions.of``; then this
module goes (and with it the engine package's last import of ``app.core.models``).
"""

from __future__ import annotations

from pathlib import Path

from app.core.cancel import CancelToken
from app.core.engine.base import GPU_LAYERS_AUTO, Engine
from app.core.engine.factory import create_engine, engine_runtime
from app.core.engine.speed import (
    BENCH_CONTEXT,
    MAX_ROUNDS,
    MIN_DECODED,
    SEED,
    SpeedResult,
    measure_speed,
)
from app.core.models.measurements import Conditions, FileKey, Measurement

__all__ = ["BENCH_CONTEXT", "MAX_ROUNDS", "MIN_DECODED", "SEED", "SpeedResult", "conditions",
           "expected_backend", "llama_cpp_version", "measure_decode"]


def llama_cpp_version() -> str:
    return engine_runtime().version


def expected_backend(gpu_layers: int) -> str:
    return engine_runtime().expected_backend(gpu_layers)


def conditions(threads: int, backend: str) -> Conditions:
    return Conditions.of(engine_runtime(), threads, backend)


def measure_decode(path: Path, *, threads: int = 0, gpu_layers: int = GPU_LAYERS_AUTO,
                   tokens: int = 64, prompt_tokens: int = 128,
                   context_length: int = BENCH_CONTEXT, cancel: CancelToken | None = None,
                   engine: Engine | None = None) -> Measurement:
    """``measure_speed`` recorded as a benchmark Measurement of the file as it is now."""
    file = FileKey.of(path)
    result = measure_speed(engine or create_engine(), path, threads=threads,
                           gpu_layers=gpu_layers, tokens=tokens, prompt_tokens=prompt_tokens,
                           cancel=cancel, context_length=context_length)
    return Measurement.now(file, conditions(result.threads, result.backend),
                           result.tokens_per_second, result.prompt_tokens_per_second, "benchmark")
