"""The model file after loading: its weights are held once, in llama.cpp's own buffers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.core.cancel import CancelToken
from app.core.engine.base import LoadOptions, SamplingParams
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.prompts import ChatMessage


def _mapped(path: Path) -> list[str]:
    """This process's mappings of ``path`` (/proc/self/maps)."""
    target = os.path.realpath(path)
    return [line for line in Path("/proc/self/maps").read_text().splitlines()
            if line.split()[5:6] == [target]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_model_file_is_read_not_mapped_and_the_model_answers(smollm2_path: Path) -> None:
    # A mapped file is resident whole while llama.cpp copies weights out of it, and its
    # pages still used afterwards bring their neighbours: the weights would count twice.
    engine = LlamaCppEngine()
    engine.load(LoadOptions(smollm2_path, context_length=1024), lambda _: None)
    try:
        assert _mapped(smollm2_path) == []
        pieces: list[str] = []
        engine.generate([ChatMessage("system", "You are a helpful assistant."),
                         ChatMessage("user", "What is the capital of France?")],
                        SamplingParams(temperature=0.0, max_tokens=24, seed=0),
                        pieces.append, CancelToken())
        assert "Paris" in "".join(pieces)
        assert _mapped(smollm2_path) == []
    finally:
        engine.unload()
