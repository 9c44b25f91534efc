"""The context's storage, f16 against q8_0, and decode speed as the context fills.

``python -m bench.kv --model PATH`` prints JSON. For each storage type, interleaved over the
rounds on one model file: prompt speed (the first 512 tokens of a multilingual text), then
decode speed with 100, 500, 1,000, 2,000 and 3,500 tokens already in the context (32 tokens
decoded at each point, then dropped again), the KV cache's size at 4,096 tokens (the
estimate the picker uses, which tests/core/models/test_fit.py checks against llama.cpp's own
report, to the 0.01 MiB it prints), and the perplexity of the model on the same text (every
position's logits, one pass). Raw llama.cpp built as the engine builds it, flash attention on.

Issue 15's rule: q8_0 becomes the CPU default if prompt and decode speed (at 100 and 2,000
tokens) stay within 3% of f16 and perplexity within 1%; otherwise it is a setting.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.core.engine.base import KV_CACHE_TYPES
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH
from app.core.models.fit import kv_cache_bytes
from app.core.models.library import read_shape
from bench.llm import open_raw

CONTEXTS = (100, 500, 1000, 2000, 3500)
DECODE_TOKENS = 32
PROMPT_TOKENS = 512
TEXT = Path(__file__).parent / "texts" / "multilingual.txt"
SPEED_TOLERANCE = 0.03
PERPLEXITY_TOLERANCE = 0.01


def open_kv(path: Path, kv_cache: str, *, n_ctx: int = 4096, logits_all: bool = False) -> Any:
    """A ``Llama`` as the engine builds it, its context stored as ``kv_cache``."""
    return open_raw(path, n_ctx=n_ctx, kv_cache=kv_cache, logits_all=logits_all)


def text_tokens(llama: Any, count: int) -> list[int]:
    """The multilingual text's tokens, repeated to ``count``."""
    once: list[int] = llama.tokenize(TEXT.read_text(encoding="utf-8").encode(), add_bos=True)
    return (once * (count // len(once) + 1))[:count]


def _decode(llama: Any, tokens: Sequence[int], start: int) -> None:
    """``tokens`` at positions ``start``... in batches of the engine's size."""
    import llama_cpp as lc

    ctx = llama._ctx.ctx
    size = ctypes.sizeof(lc.llama_token)
    array = (lc.llama_token * len(tokens))(*tokens)
    for offset in range(0, len(tokens), CPU_PROMPT_BATCH):
        count = min(CPU_PROMPT_BATCH, len(tokens) - offset)
        pointer = ctypes.cast(ctypes.byref(array, offset * size), ctypes.POINTER(lc.llama_token))
        if lc.llama_decode(ctx, lc.llama_batch_get_one(pointer, count)) != 0:
            raise RuntimeError(f"llama_decode failed at position {start + offset}")
    lc.llama_synchronize(ctx)


def speeds(llama: Any, tokens: Sequence[int]) -> dict[str, Any]:
    """Prompt speed over the first 512 tokens, and decode speed at each of ``CONTEXTS``."""
    import llama_cpp as lc

    ctx = llama._ctx.ctx
    memory = lc.llama_get_memory(ctx)
    lc.llama_memory_clear(memory, True)
    started = time.perf_counter()
    _decode(llama, tokens[:PROMPT_TOKENS], 0)
    prompt_tps = PROMPT_TOKENS / (time.perf_counter() - started)
    lc.llama_memory_seq_rm(memory, -1, 0, -1)
    position = 0
    decode: dict[str, float] = {}
    for context in CONTEXTS:
        _decode(llama, tokens[position:context], position)
        position = context
        started = time.perf_counter()
        for offset in range(DECODE_TOKENS):  # one token per llama_decode, as in a reply
            _decode(llama, tokens[context + offset:context + offset + 1], context + offset)
        decode[str(context)] = DECODE_TOKENS / (time.perf_counter() - started)
        lc.llama_memory_seq_rm(memory, -1, context, -1)  # the decoded tokens go again
    return {"prompt_tps": prompt_tps, "decode_tps": decode}


def perplexity(path: Path, kv_cache: str, count: int = 768) -> float:
    """exp(mean negative log-likelihood) of the text's tokens, all logits from one pass."""
    import numpy as np

    llama = open_kv(path, kv_cache, n_ctx=1024, logits_all=True)
    try:
        tokens = text_tokens(llama, count)
        llama.reset()
        llama.eval(tokens)
        logits = np.asarray(llama.scores[: len(tokens) - 1], dtype=np.float64)
    finally:
        llama.close()
    top = logits.max(axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.exp(logits - top).sum(axis=1))
    chosen = logits[np.arange(len(tokens) - 1), tokens[1:]]
    return float(math.exp(float(np.mean(log_norm - chosen))))


def run(model: Path, *, rounds: int = 2, report: Callable[[str], None] = lambda _line: None
        ) -> dict[str, Any]:
    """Every figure for ``model``, the storage types interleaved."""
    shape = read_shape(model)
    kinds = [kind for kind in KV_CACHE_TYPES if _can_store(model, kind)]
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for number in range(rounds):
        order = kinds if number % 2 == 0 else list(reversed(kinds))
        for kind in order:
            report(f"  {model.name}: {kind}, round {number + 1} of {rounds}")
            llama = open_kv(model, kind)
            try:
                runs[kind].append(speeds(llama, text_tokens(llama, CONTEXTS[-1]
                                                            + DECODE_TOKENS)))
            finally:
                llama.close()
    figures: dict[str, Any] = {"model": model.name, "rounds": rounds,
                               "contexts": list(CONTEXTS), "kinds": {},
                               "unsupported": [k for k in KV_CACHE_TYPES if k not in kinds]}
    for kind, measured in runs.items():
        report(f"  {model.name}: {kind}, perplexity")
        figures["kinds"][kind] = {
            "prompt_tps": round(statistics.median(r["prompt_tps"] for r in measured), 2),
            "decode_tps": {str(c): round(statistics.median(r["decode_tps"][str(c)]
                                                           for r in measured), 2)
                           for c in CONTEXTS},
            "rounds": measured,
            "kv_bytes_4096": kv_cache_bytes(shape, 4096, kind) if shape is not None else None,
            "perplexity": round(perplexity(model, kind), 4),
        }
    figures["verdict"] = verdict(figures) if len(kinds) == len(KV_CACHE_TYPES) else None
    return figures


def _can_store(model: Path, kind: str) -> bool:
    """Whether llama.cpp makes a context of ``kind`` for ``model`` (q8_0 needs head sizes
    that its blocks of 32 values divide)."""
    try:
        open_kv(model, kind, n_ctx=256).close()
    except ValueError:
        return False
    return True


def verdict(figures: dict[str, Any]) -> dict[str, Any]:
    """Issue 15's rule applied to one model's figures: q8_0 against f16."""
    full, half = figures["kinds"]["f16"], figures["kinds"]["q8_0"]
    changes = {
        "prompt": half["prompt_tps"] / full["prompt_tps"] - 1,
        "decode_100": half["decode_tps"]["100"] / full["decode_tps"]["100"] - 1,
        "decode_2000": half["decode_tps"]["2000"] / full["decode_tps"]["2000"] - 1,
        "perplexity": half["perplexity"] / full["perplexity"] - 1,
    }
    fast = all(changes[key] >= -SPEED_TOLERANCE
               for key in ("prompt", "decode_100", "decode_2000"))
    close = abs(changes["perplexity"]) <= PERPLEXITY_TOLERANCE
    return {"changes": {key: round(value, 4) for key, value in changes.items()},
            "default": fast and close}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.kv", description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.model, rounds=args.rounds,
                         report=lambda line: print(line, file=sys.stderr)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
