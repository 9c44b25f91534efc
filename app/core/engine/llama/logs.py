"""llama.cpp's own log, routed into Python logging instead of the terminal.

llama.cpp prints hundreds of lines per model load to stderr; in a GUI app those
belong in the log file. The lines it writes while a model loads are also kept,
because they hold the real reason behind llama.cpp's bare "failed to load".
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger("parla.llama_cpp")

# enum ggml_log_level (ggml.h): NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (continues)
_LEVELS = {0: logging.INFO, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING,
           4: logging.ERROR}
_CONTINUE = 5

_lock = threading.Lock()
_state: dict[str, Any] = {"callback": None, "pending": "", "level": logging.INFO,
                          "capture": None}


def _emit_line(line: str, level: int) -> None:
    if not line.strip():
        return
    log.log(level, "%s", line)
    capture: list[str] | None = _state["capture"]
    if capture is not None and level >= logging.WARNING:
        capture.append(line.strip())


def _on_log(level: int, text: bytes | None, _user_data: Any) -> None:
    chunk = (text or b"").decode("utf-8", errors="replace")
    with _lock:
        if level != _CONTINUE:
            _state["level"] = _LEVELS.get(level, logging.INFO)
        buffered = _state["pending"] + chunk
        *lines, _state["pending"] = buffered.split("\n")
        current = _state["level"]
    for line in lines:
        _emit_line(line, current)


def route_llama_logs() -> None:
    """Install the routing once per process (llama-cpp-python prints otherwise)."""
    import llama_cpp

    with _lock:
        if _state["callback"] is not None:
            return
        # ctypes must keep a reference, or the C side calls freed memory.
        _state["callback"] = llama_cpp.llama_log_callback(_on_log)
    llama_cpp.llama_log_set(_state["callback"], ctypes.c_void_p(0))


@contextlib.contextmanager
def capture_llama_problems() -> Iterator[list[str]]:
    """Collect llama.cpp's warnings and errors while the block runs (one model load)."""
    captured: list[str] = []
    with _lock:
        _state["capture"] = captured
    try:
        yield captured
    finally:
        with _lock:
            _state["capture"] = None
