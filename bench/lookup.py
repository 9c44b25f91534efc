"""Prompt-lookup (n-gram) speculative decoding: does it pay on replies that copy the prompt?

``python -m bench.lookup --model PATH`` prints JSON. llama-cpp-python's
``LlamaPromptLookupDecoding`` (``Llama(draft_model=...)``) drafts the tokens that followed
the last n-gram's earlier occurrence in the context; ``Llama.generate``, the engine's token
loop, evaluates them with the next token in one ``llama_decode`` and keeps the prefix the
sampler agrees with. It forces ``logits_all`` (every evaluated position's logits copied into
an ``n_ctx`` x ``n_vocab`` array), which the prompt pays for too.

Each task (some copy from the prompt: rewrite, summarise, fix code; some copy little: open
questions, a story) runs without and with the draft model at a few ``num_pred_tokens``,
interleaved over the rounds: greedy sampling (temperature 0, the app's repeat penalty),
``Llama.generate`` as the engine calls it, the app's threads, at most ``max_tokens``.

The issue's rule: offer it if it decodes copy tasks >= 10% faster (geometric mean) and
costs nothing elsewhere (decode and first token within 3% on every other task, and on the
random-weight 1.6B, which only shows the overhead); otherwise not.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

from app.core.engine.base import SamplingParams
from app.core.engine.llama.adapter import end_of_generation
from app.core.prompts import ChatMessage
from bench.llm import SYSTEM, chat_prompt, open_raw

TEXTS = Path(__file__).parent / "texts"
#: Drafts per step: a short one, and the library's default (10).
NUM_PRED_TOKENS = (2, 10)
MAX_TOKENS = 128
N_CTX = 4096
WIN = 0.10
TOLERANCE = 0.03


@dataclasses.dataclass(frozen=True)
class Task:
    name: str
    copies: bool
    """Whether the reply is expected to copy from the prompt (the case lookup is for)."""
    prompt: str


def tasks() -> tuple[Task, ...]:
    """Three tasks that copy from the prompt, three that copy little."""
    def text(name: str) -> str:
        return (TEXTS / name).read_text(encoding="utf-8").strip()

    return (
        Task("rewrite", True, "Rewrite the following paragraph in a formal, professional "
             f"tone. Keep every fact.\n\n{text('rewrite.txt')}"),
        Task("summarise", True, f"Summarise the following passage.\n\n{text('summarise.txt')}"),
        Task("fix code", True, "This Python code has a bug: the merged intervals are sometimes "
             "too short. Fix it and show the whole corrected code.\n\n```python\n"
             f"{text('fix_code.txt')}\n```"),
        Task("question", False, "Why is the sky blue? Explain it to a curious teenager."),
        Task("advice", False, "What are some good ways to stay focused while working from "
             "home?"),
        Task("story", False, "Write a short story about a robot who learns to paint."),
    )


class CountingLookup(LlamaPromptLookupDecoding):
    """The library's prompt lookup, remembering each draft and where it was made, so the
    accepted share can be worked out from the reply afterwards."""

    def __init__(self, num_pred_tokens: int) -> None:
        super().__init__(num_pred_tokens=num_pred_tokens)
        self.drafts: list[tuple[int, list[int]]] = []

    def __call__(self, input_ids: npt.NDArray[np.intc], /, **kwargs: Any
                 ) -> npt.NDArray[np.intc]:
        draft = super().__call__(input_ids, **kwargs)
        self.drafts.append((len(input_ids), [int(t) for t in draft]))
        return draft


def reply(llama: Any, prompt: Sequence[int], max_tokens: int) -> dict[str, Any]:
    """One greedy reply through ``Llama.generate`` from an empty cache: its tokens, the
    time to the first token and the decode speed after it."""
    is_end = end_of_generation(llama)
    llama.reset()  # no prefix reuse between runs: every run reads the whole prompt
    tokens: list[int] = []
    started = time.perf_counter()
    first_at = last_at = started
    stream = llama.generate(prompt, temp=0.0, top_p=1.0, top_k=0, min_p=0.0,
                            repeat_penalty=SamplingParams().repeat_penalty)
    try:
        for token in stream:
            last_at = time.perf_counter()
            if not tokens:
                first_at = last_at
            tokens.append(int(token))
            if is_end(token) or len(tokens) >= max_tokens:
                break
            llama.detokenize([token])  # the text every chat shows
    finally:
        stream.close()
    decode = last_at - first_at
    return {"tokens": tokens, "first_token_s": first_at - started,
            "decode_tps": (len(tokens) - 1) / decode if decode > 0 else 0.0}


def acceptance(drafts: Sequence[tuple[int, Sequence[int]]], sequence: Sequence[int]
               ) -> tuple[int, int, int]:
    """(drafted, accepted, steps): draft tokens that fell inside ``sequence`` (prompt and
    reply), how many of them matched it, and how many drafts (decode steps) there were."""
    drafted = accepted = steps = 0
    for at, draft in drafts:
        if at >= len(sequence):
            continue
        steps += 1
        due = list(draft[:len(sequence) - at])
        drafted += len(due)
        for guess, actual in zip(due, sequence[at:], strict=False):
            if guess != actual:
                break
            accepted += 1
    return drafted, accepted, steps


def run(model: Path, *, rounds: int = 3, max_tokens: int = MAX_TOKENS,
        num_pred_tokens: Sequence[int] = NUM_PRED_TOKENS, only: Sequence[str] = (),
        report: Callable[[str], None] = lambda _line: None) -> dict[str, Any]:
    """Every task without and with lookup, the variants interleaved (order reversed every
    other round); ``only``: just these tasks."""
    chosen = [task for task in tasks() if not only or task.name in only]
    plain = open_raw(model, n_ctx=N_CTX)
    # What Llama(draft_model=...) does: logits_all on, the draft model set (swapped below).
    drafting = open_raw(model, n_ctx=N_CTX, logits_all=True)
    variants = ["off", *(f"lookup_{n}" for n in num_pred_tokens)]
    try:
        prompts = {task.name: chat_prompt(plain, model, [ChatMessage("system", SYSTEM),
                                                         ChatMessage("user", task.prompt)])
                   for task in chosen}
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {
            task.name: {variant: [] for variant in variants} for task in chosen}
        drafting.draft_model = CountingLookup(num_pred_tokens[0])
        for llama in (plain, drafting):  # a first reply pays for allocations: not measured
            reply(llama, prompts[chosen[0].name], 4)
        for number in range(rounds):
            report(f"  {model.name}: round {number + 1} of {rounds}")
            order = variants if number % 2 == 0 else list(reversed(variants))
            for task in chosen:
                for variant in order:
                    llama = plain
                    lookup = None
                    if variant != "off":
                        lookup = CountingLookup(int(variant.removeprefix("lookup_")))
                        llama = drafting
                        llama.draft_model = lookup
                    measured = reply(llama, prompts[task.name], max_tokens)
                    if lookup is not None:
                        measured["drafted"], measured["accepted"], measured["steps"] = (
                            acceptance(lookup.drafts, [*prompts[task.name],
                                                       *measured["tokens"]]))
                    runs[task.name][variant].append(measured)
        vocab = plain.n_vocab()
    finally:
        plain.close()
        drafting.close()
    return {"model": model.name, "rounds": rounds, "max_tokens": max_tokens,
            "num_pred_tokens": list(num_pred_tokens), "max_ngram_size": 2, "n_ctx": N_CTX,
            "scores_bytes": N_CTX * vocab * 4,
            "tasks": [_task_figures(task, len(prompts[task.name]), runs[task.name])
                      for task in chosen]}


def _task_figures(task: Task, prompt_tokens: int, runs: dict[str, list[dict[str, Any]]]
                  ) -> dict[str, Any]:
    """Medians per variant, the acceptance totals, and whether each variant's greedy
    reply is the one without lookup (token for token, every round)."""
    reference = runs["off"][0]["tokens"]
    figures: dict[str, Any] = {"name": task.name, "copies": task.copies,
                               "prompt_tokens": prompt_tokens, "variants": {}}
    for variant, measured in runs.items():
        differing = [_first_difference(r["tokens"], reference) for r in measured]
        summary: dict[str, Any] = {
            "decode_tps": round(statistics.median(r["decode_tps"] for r in measured), 2),
            "first_token_s": round(statistics.median(r["first_token_s"] for r in measured), 4),
            "generated": len(measured[0]["tokens"]),
            "identical": all(d is None for d in differing),
            "first_difference": next((d for d in differing if d is not None), None),
            "decode_tps_runs": [round(r["decode_tps"], 2) for r in measured],
            "first_token_s_runs": [round(r["first_token_s"], 4) for r in measured],
        }
        if variant != "off":
            drafted = sum(r["drafted"] for r in measured)
            accepted = sum(r["accepted"] for r in measured)
            steps = sum(r["steps"] for r in measured)
            summary.update(drafted=drafted, accepted=accepted, steps=steps,
                           acceptance=round(accepted / drafted, 3) if drafted else None)
        figures["variants"][variant] = summary
    figures["reply"] = reference
    return figures


def _first_difference(tokens: Sequence[int], reference: Sequence[int]) -> int | None:
    """The first position where two replies differ (None: the same)."""
    for position, (one, other) in enumerate(zip(tokens, reference, strict=False)):
        if one != other:
            return position
    return None if len(tokens) == len(reference) else min(len(tokens), len(reference))


def verdict(models: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The issue's rule over every model's figures. A model with ``"copies_count": False``
    (random weights: its text copies nothing meaningful) counts only for the cost side.

    For each ``num_pred_tokens``: the gain is the geometric mean of the decode speed-ups on
    copy tasks of the models whose text counts; the cost, the worst decode slow-down and
    the worst first-token delay on every other task. The setting with the largest gain
    that wins and costs nothing is offered; if none, the one with the largest gain is
    reported."""
    settings: list[dict[str, Any]] = []
    for n in models[0]["num_pred_tokens"]:
        key = f"lookup_{n}"
        gains: list[float] = []
        decode_costs: list[float] = []
        first_costs: list[float] = []
        for model in models:
            for task in model["tasks"]:
                off, on = task["variants"]["off"], task["variants"][key]
                change = on["decode_tps"] / off["decode_tps"]
                if task["copies"] and model.get("copies_count", True):
                    gains.append(change)
                else:
                    decode_costs.append(change - 1)
                    first_costs.append(on["first_token_s"] / off["first_token_s"] - 1)
        gain = math.exp(statistics.fmean(math.log(g) for g in gains)) - 1 if gains else 0.0
        slowest = min(decode_costs, default=0.0)
        latest = max(first_costs, default=0.0)
        settings.append({"num_pred_tokens": n, "copy_gain": round(gain, 4),
                         "worst_decode_change": round(slowest, 4),
                         "worst_first_token_change": round(latest, 4),
                         "wins": gain >= WIN,
                         "free": slowest >= -TOLERANCE and latest <= TOLERANCE})
    passing = [s for s in settings if s["wins"] and s["free"]]
    best = max(passing or settings, key=lambda s: s["copy_gain"])
    return {"offer": bool(passing), "best": best, "settings": settings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lookup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    parser.add_argument("--task", action="append", default=[], help="just this task")
    args = parser.parse_args(argv)
    figures = run(args.model, rounds=args.rounds, max_tokens=args.max_tokens, only=args.task,
                  report=lambda line: print(line, file=sys.stderr))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
