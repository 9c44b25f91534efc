"""How the context is kept (storage of keys and values, flash attention or not), and decode
speed as the context fills.

``python -m bench.kv --model PATH`` prints JSON. For each layout (``LAYOUTS``: the CPU's
default, the q8_0 setting, and f16 with and without flash attention, the default before issue
15), interleaved over the rounds on one model file: prompt speed (the first 512 tokens of a
multilingual text), then
decode speed with 100, 500, 1,000, 2,000 and 3,500 tokens already in the context (32 tokens
decoded at each point, then dropped again), the KV cache's size at 4,096 tokens (the
estimate the picker uses, which tests/core/models/test_fit.py checks against llama.cpp's own
report, to the 0.01 MiB it prints), and the perplexity of the model on the same text (every
position's logits, one pass). Raw llama.cpp built as the engine builds it.

Issue 15's rule: q8_0 becomes the CPU default if prompt and decode speed (at 100 and 2,000
tokens) stay within 3% of the default and perplexity within 1%; otherwise it is a setting.
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

from app.core.engine.base import ContextLayout, context_layouts
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH
from app.core.gguf_info import read_gguf_info
from app.core.models.fit import layout_kv_bytes
from app.core.models.library import read_shape
from bench.llm import open_raw

CONTEXTS = (100, 500, 1000, 2000, 3500)
DECODE_TOKENS = 32
PROMPT_TOKENS = 512
TEXT = Path(__file__).parent / "texts" / "multilingual.txt"
SPEED_TOLERANCE = 0.03
PERPLEXITY_TOLERANCE = 0.01
LAYOUTS: dict[str, ContextLayout] = {
    "keys q8_0, values f16": ContextLayout(flash_attn=False, keys="q8_0", values="f16"),
    "q8_0, flash attention": ContextLayout(flash_attn=True, keys="q8_0", values="q8_0"),
    "f16": ContextLayout(flash_attn=False, keys="f16", values="f16"),
    "f16, flash attention": ContextLayout(flash_attn=True, keys="f16", values="f16"),
}
"""The layouts measured, by label: the CPU's default and the q8_0 setting for heads q8_0
can keep (``context_layouts``), f16 without flash attention, and f16 with it (the default
before issue 15, and the one for other heads)."""
BEFORE = "f16, flash attention"


def label(layout: ContextLayout) -> str:
    """``layout``'s name in ``LAYOUTS``."""
    return next(name for name, known in LAYOUTS.items() if known == layout)


def open_kv(path: Path, layout: ContextLayout, *, n_ctx: int = 4096,
            logits_all: bool = False) -> Any:
    """A ``Llama`` as the engine builds it, its context kept as ``layout``."""
    return open_raw(path, n_ctx=n_ctx, layout=layout, logits_all=logits_all)


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


def perplexity(path: Path, layout: ContextLayout, count: int = 768) -> float:
    """exp(mean negative log-likelihood) of the text's tokens, all logits from one pass."""
    import numpy as np

    llama = open_kv(path, layout, n_ctx=1024, logits_all=True)
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
    """Every figure for ``model``, the layouts interleaved."""
    shape = read_shape(model)
    heads = read_gguf_info(model).head_sizes
    kinds = [kind for kind, layout in LAYOUTS.items() if layout.stores(heads)]
    default = label(context_layouts("f16", gpu=False, head_sizes=heads)[0])
    setting = label(context_layouts("q8_0", gpu=False, head_sizes=heads)[0])
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for number in range(rounds):
        order = kinds if number % 2 == 0 else list(reversed(kinds))
        for kind in order:
            report(f"  {model.name}: {kind}, round {number + 1} of {rounds}")
            llama = open_kv(model, LAYOUTS[kind])
            try:
                runs[kind].append(speeds(llama, text_tokens(llama, CONTEXTS[-1]
                                                            + DECODE_TOKENS)))
            finally:
                llama.close()
    figures: dict[str, Any] = {"model": model.name, "rounds": rounds,
                               "contexts": list(CONTEXTS), "kinds": {},
                               "default": default, "setting": setting,
                               "unsupported": [k for k in LAYOUTS if k not in kinds]}
    for kind, measured in runs.items():
        report(f"  {model.name}: {kind}, perplexity")
        layout = LAYOUTS[kind]
        figures["kinds"][kind] = {
            "flash_attn": layout.flash_attn, "keys": layout.keys, "values": layout.values,
            "prompt_tps": round(statistics.median(r["prompt_tps"] for r in measured), 2),
            "decode_tps": {str(c): round(statistics.median(r["decode_tps"][str(c)]
                                                           for r in measured), 2)
                           for c in CONTEXTS},
            "rounds": measured,
            "kv_bytes_4096": (layout_kv_bytes(shape, 4096, layout) if shape is not None
                              else None),
            "perplexity": round(perplexity(model, layout), 4),
        }
    figures["verdict"] = verdict(figures) if setting != default else None
    return figures


def change(figures: dict[str, Any], kind: str, against: str) -> dict[str, float]:
    """``kind``'s prompt speed, decode at 100 and 2,000 tokens and perplexity, as changes
    from ``against``'s."""
    new, old = figures["kinds"][kind], figures["kinds"][against]
    return {
        "prompt": round(new["prompt_tps"] / old["prompt_tps"] - 1, 4),
        "decode_100": round(new["decode_tps"]["100"] / old["decode_tps"]["100"] - 1, 4),
        "decode_2000": round(new["decode_tps"]["2000"] / old["decode_tps"]["2000"] - 1, 4),
        "perplexity": round(new["perplexity"] / old["perplexity"] - 1, 4),
    }


def verdict(figures: dict[str, Any]) -> dict[str, Any]:
    """Issue 15's rule applied to one model's figures: the q8_0 setting against the
    default."""
    changes = change(figures, figures["setting"], figures["default"])
    fast = all(changes[key] >= -SPEED_TOLERANCE
               for key in ("prompt", "decode_100", "decode_2000"))
    close = abs(changes["perplexity"]) <= PERPLEXITY_TOLERANCE
    return {"changes": changes, "default": fast and close}


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
