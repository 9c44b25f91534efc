"""The one place that knows which engine the app runs.

The UI, the CLI and the background services ask here for an engine and for
what it offers on this computer, so a new backend (a llama.cpp, vLLM or Ollama
server) is a change to this module, not to them. Nothing here imports the
engine's library until it is first needed, so start-up stays fast.
"""

from __future__ import annotations

from functools import cache

from app.core.engine.base import Engine, EngineRuntime


def create_engine() -> Engine:
    """A new engine with no model loaded; its caller's thread must be its only user."""
    from app.core.engine.llama.engine import LlamaCppEngine

    return LlamaCppEngine()


@cache
def engine_runtime() -> EngineRuntime:
    """The engine's name, version, GPU support and default threads (asked once; the
    first call imports llama.cpp, so keep it off the GUI thread's start-up path)."""
    from app.core.engine.llama.engine import llama_runtime

    return llama_runtime()
