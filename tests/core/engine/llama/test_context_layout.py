"""How the engine keeps the context on the CPU, against real llama.cpp and SmolLM2: keys in
q8_0 and values in f16 without flash attention, which must read a fresh prompt as an f32
context does (the first reply of a chat comes from exactly that)."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core.engine.base import LoadOptions
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.prompts import ChatMessage

QUESTIONS = ("What is the capital of France?", "Name three primary colours.",
             "Wie viele Beine hat eine Spinne?", "Write a Python function that squares a number.")
LONG = " ".join(["The city's history goes back centuries, with markets, churches and a port."]
                * 20) + "\nWhat is this text about?"
MAX_KL = 0.05
"""Nats. Measured against f32 on 17 prompts, for every layout (f16 with and without flash
attention, keys in q8_0, the q8_0 setting): mean 0.005-0.007, at most 0.014; a wrong
attention gives whole nats."""


@pytest.fixture(scope="module")
def reference(smollm2_path: Path) -> Iterator[Any]:
    """llama.cpp with an f32 context and no flash attention: the most exact reading."""
    from llama_cpp import Llama

    with Path(os.devnull).open("w") as devnull, contextlib.redirect_stderr(devnull):
        llama = Llama(model_path=str(smollm2_path), n_ctx=2048, n_batch=128, n_threads=2,
                      flash_attn=False, type_k=0, type_v=0, verbose=False)
    yield llama
    llama.close()


def _next_token(llama: Any, tokens: list[int]) -> Any:
    """Log-probabilities of the token after ``tokens``, read into a fresh context."""
    import llama_cpp

    llama.reset()
    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llama._ctx.ctx), True)
    llama.eval(tokens)
    logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1),
                                   shape=(llama.n_vocab(),)).astype(np.float64)
    top = logits.max()
    return logits - top - np.log(np.exp(logits - top).sum())


def test_the_default_context_reads_a_fresh_prompt_as_an_f32_context_does(
        smollm2_path: Path, reference: Any, caplog: pytest.LogCaptureFixture) -> None:
    engine = LlamaCppEngine()
    with caplog.at_level("DEBUG", logger="parla.llama_cpp"):
        engine.load(LoadOptions(smollm2_path, context_length=2048), lambda _: None)
    try:
        assert "K (q8_0)" in caplog.text and "V (f16)" in caplog.text
        assert re.search(r"flash_attn\s+= disabled", caplog.text)
        system = ChatMessage("system", "You are a helpful assistant.")
        for question in (*QUESTIONS, LONG):
            tokens = engine._tokenize_prompt([system, ChatMessage("user", question)])
            exact = _next_token(reference, tokens)
            ours = _next_token(engine._llama, tokens)
            kl = float(np.sum(np.exp(exact) * (exact - ours)))
            assert kl < MAX_KL, (question[:40], kl)
    finally:
        engine.unload()
