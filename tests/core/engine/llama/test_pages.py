"""The model file's pages after loading: llama.cpp's copies are not held twice."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.cancel import CancelToken
from app.core.engine.base import LoadOptions, SamplingParams
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.engine.llama.pages import mapped_ranges
from app.core.prompts import ChatMessage


def _resident(path: Path) -> int:
    """Bytes of ``path``'s mappings resident in this process (/proc/self/smaps)."""
    target, total, inside = os.path.realpath(path), 0, False
    for line in Path("/proc/self/smaps").read_text(errors="replace").splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and ":" not in fields[0]:
            inside = len(fields) >= 6 and fields[5] == target
        elif inside and fields[0] == "Rss:":
            total += int(fields[1]) * 1024
    return total


def test_only_read_only_mappings_of_the_file_are_released(tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    name = os.path.realpath(model)
    maps = tmp_path / "maps"
    maps.write_text(
        f"7f0000000000-7f0000100000 r--s 00000000 fd:01 42 {name}\n"
        f"7f0000200000-7f0000300000 rw-p 00000000 fd:01 42 {name}\n"
        f"7f0000400000-7f0000500000 r--p 00000000 fd:01 43 {name}.partial\n"
        "7f0000600000-7f0000700000 r-xp 00000000 fd:01 44 /usr/lib/libc.so.6\n"
        "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0 [stack]\n")
    assert mapped_ranges(model, maps) == [(0x7F0000000000, 0x7F0000100000)]


def test_after_loading_the_file_is_not_resident_and_the_model_still_answers(
        smollm2_path: Path) -> None:
    engine = LlamaCppEngine()
    engine.load(LoadOptions(smollm2_path, context_length=1024), lambda _: None)
    try:
        size = smollm2_path.stat().st_size
        assert mapped_ranges(smollm2_path), "llama.cpp maps the file"
        assert _resident(smollm2_path) < size * 0.05
        pieces: list[str] = []
        engine.generate([ChatMessage("system", "You are a helpful assistant."),
                         ChatMessage("user", "What is the capital of France?")],
                        SamplingParams(temperature=0.0, max_tokens=24, seed=0),
                        pieces.append, CancelToken())
        assert "Paris" in "".join(pieces)
        assert _resident(smollm2_path) > size * 0.2  # what it reads came back
    finally:
        engine.unload()
