"""What the UI and the CLI learn about the engine, without importing its library."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from app.core.engine.base import EngineRuntime, LoadOptions
from app.core.engine.factory import create_engine, engine_runtime


def test_the_runtime_describes_the_installed_llama_cpp() -> None:
    runtime = engine_runtime()
    assert runtime.name == "llama.cpp"
    assert runtime.version == version("llama_cpp_python")
    assert 1 <= runtime.default_threads <= (os.cpu_count() or 1)
    assert engine_runtime() is runtime, "asked once per process"


def test_the_expected_backend_follows_gpu_support_and_the_layer_setting() -> None:
    with_gpu = EngineRuntime("llama.cpp", "0.3.36", gpu_offload=True, default_threads=4)
    without = EngineRuntime("llama.cpp", "0.3.36", gpu_offload=False, default_threads=4)
    assert [with_gpu.expected_backend(n) for n in (-1, 0, 12)] == ["GPU", "CPU", "GPU"]
    assert [without.expected_backend(n) for n in (-1, 0, 12)] == ["CPU", "CPU", "CPU"]


def test_a_new_engine_has_nothing_loaded_and_can_chat(stablelm_path: Path) -> None:
    engine = create_engine()
    before = engine.model
    try:
        info = engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
        loaded = engine.model
    finally:
        engine.unload()
    assert before is None and engine.model is None
    assert loaded == info and "chat" in info.modes


def test_importing_the_engine_interface_does_not_load_llama_cpp() -> None:
    """Start-up stays fast: llama.cpp is imported when a model or the runtime is first needed."""
    modules = ("app.core.engine.factory", "app.core.engine.speed", "app.core.models.fit",
               "app.core.models.measurements", "app.core.prompts")
    code = f"import sys, {', '.join(modules)}; print('llama_cpp' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "False"
