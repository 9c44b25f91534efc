"""How fast Stop takes effect: ``python -m tests.support.measure_stop_latency``.

Prints the time from Stop to the engine returning, (a) while llama.cpp evaluates a
~3,000-token prompt (the abort callback) and (b) between tokens, on SmolLM2-135M.
"""

from __future__ import annotations

import statistics
import threading
import time

from app.core.cancel import CancelToken
from app.core.engine.base import LoadOptions, SamplingParams
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.prompts import ChatMessage
from tests.support.fetch_models import fetch_smollm2


def main() -> None:
    engine = LlamaCppEngine()
    engine.load(LoadOptions(fetch_smollm2(), context_length=4096), lambda _: None)
    during_prompt = []
    for i in range(5):
        text = f"Variant {i}. " + "The quick brown fox jumps over the lazy dog. " * 300
        cancel = CancelToken()
        pressed: list[float] = []
        timer = threading.Timer(0.5, lambda c=cancel, p=pressed: (p.append(time.perf_counter()),
                                                                  c.cancel()))
        timer.start()
        engine.generate([ChatMessage("user", text)], SamplingParams(max_tokens=4),
                        lambda _t: None, cancel)
        during_prompt.append((time.perf_counter() - pressed[0]) * 1000)
        timer.join()
    between_tokens = []
    for seed in range(5):
        cancel = CancelToken()
        pressed = []
        count = [0]

        def on_text(_text: str, c: CancelToken = cancel, p: list[float] = pressed,
                    n: list[int] = count) -> None:
            n[0] += 1
            if n[0] == 20:
                p.append(time.perf_counter())
                c.cancel()

        engine.generate([ChatMessage("user", "Write a long story about a dragon.")],
                        SamplingParams(temperature=0.8, max_tokens=300, seed=seed), on_text, cancel)
        between_tokens.append((time.perf_counter() - pressed[0]) * 1000)
    engine.unload()
    print(f"Stop during a ~3,000-token prompt: median {statistics.median(during_prompt):.1f} ms, "
          f"max {max(during_prompt):.1f} ms")
    print(f"Stop between tokens: median {statistics.median(between_tokens):.2f} ms, "
          f"max {max(between_tokens):.2f} ms")


if __name__ == "__main__":
    main()
