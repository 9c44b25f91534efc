"""Temporary alias: the llama.cpp engine moved to ``app.core.engine.llama.engine``.

Kept only until the worker and the measuring service create engines through
``app.core.engine.factory.create_engine``; then this module goes.
"""

from app.core.engine.llama.adapter import load_dynamic_backends
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.engine.llama.tuning import physical_cores

__all__ = ["LlamaCppEngine", "load_dynamic_backends", "physical_cores"]
