"""Model files whose header is fine but which llama.cpp cannot load, as users meet them.

Two kinds: an architecture this llama.cpp does not know (a newer model family), and a
load that runs out of memory. Both fail inside llama.cpp, after the engine has read the
header, which is where a switch of models used to lose the previous model.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import pytest


def write_unknown_architecture(model: Path, target: Path) -> Path:
    """A copy of the StableLM test model whose architecture is ``stablexx``.

    Every key keeps its length ("stablelm" -> "stablexx"), so the header stays well formed
    and only llama.cpp's architecture lookup fails.
    """
    target.write_bytes(model.read_bytes().replace(b"stablelm", b"stablexx"))
    return target


def llama_cpp_logs(level: int, line: str) -> None:
    """Have llama.cpp log ``line`` through ggml's own logger, as its messages arrive."""
    import llama_cpp

    log_internal = llama_cpp.llama_cpp._lib.ggml_log_internal
    log_internal.restype = None
    log_internal(ctypes.c_int(level), b"%s\n", line.encode())


def fail_allocation_for(monkeypatch: pytest.MonkeyPatch, model: Path) -> list[Path]:
    """Make loading ``model`` behave as llama.cpp does without memory for it: it logs the
    failed allocation and returns no model, so llama-cpp-python raises its bare ValueError.
    Other files load as usual. Returns the files llama.cpp was asked to load."""
    import llama_cpp

    asked: list[Path] = []
    real_load = llama_cpp.llama_cpp.llama_model_load_from_file

    def load_from_file(path: bytes, params: Any) -> Any:
        asked.append(Path(path.decode()))
        if Path(path.decode()) == model:
            llama_cpp_logs(4, "ggml_backend_cpu_buffer_type_alloc_buffer: failed to allocate "
                              "buffer of size 68719476736")
            llama_cpp_logs(4, "llama_model_load: error loading model: unable to allocate CPU "
                              "buffer")
            return None
        return real_load(path, params)

    monkeypatch.setattr(llama_cpp.llama_cpp, "llama_model_load_from_file", load_from_file)
    return asked
