"""The one place that knows which engine the app runs.

The UI, the CLI and the background services ask here for an engine and for
what it offers on this computer, so a new backend (a llama.cpp, vLLM or Ollama
server) is a change to this module, not to them. Nothing here imports the
engine's library until it is first needed, so start-up stays fast.
"""

from __future__ import annotations

import threading

from app.core.engine.base import Engine, EngineRuntime

_runtime: list[EngineRuntime] = []
_runtime_lock = threading.Lock()


def create_engine() -> Engine:
    """A new engine with no model loaded; its caller's thread must be its only user."""
    from app.core.engine.llama.engine import LlamaCppEngine

    return LlamaCppEngine()


def engine_runtime() -> EngineRuntime:
    """The engine's name, version, GPU support and default threads, asked once per process.

    The first call imports llama.cpp and loads its backends (about 0.3 s): make it off
    the GUI thread, e.g. on the engine's thread at start-up; later calls cost nothing.
    Safe from any thread.
    """
    if not _runtime:
        with _runtime_lock:
            if not _runtime:
                from app.core.engine.llama.engine import llama_runtime

                _runtime.append(llama_runtime())
    return _runtime[0]
