"""The client side of the API benchmark, in a process of its own, as a real tool is.

``bench.api`` starts ``python -m bench.api_client`` and sends it one JSON line per
request: ``{"url": ..., "tokens": N, "clients": N, "keep": bool}``; it answers one JSON
line with each client's timings, or ``{"error": sentence}``. Run in the benchmark's own
process, the ``openai`` client's parsing of each SSE chunk shared Parla's Python
interpreter lock with the engine thread's per-token work, a cost no separate tool adds.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import Any

PROMPT = "Write a long story about a dragon who learns to bake bread."
SEED = 7


def stream_once(url: str, tokens: int, client: Any = None) -> dict[str, float]:
    """One streamed reply as a client sees it: time to first text, decode rate.

    ``client``: an ``openai.OpenAI`` kept open across requests, as an editor extension or a
    script keeps its client; without one, a new client is made for this request alone (its
    first request costs the library tens of milliseconds that are not the server's)."""
    import openai

    api = client or openai.OpenAI(base_url=url, api_key="none", max_retries=0, timeout=600)
    cpu = time.thread_time()
    try:
        model = api.models.list().data[0].id
        sent = time.perf_counter()
        first = last = 0.0
        completion = 0
        for chunk in api.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": PROMPT}], max_tokens=tokens, seed=SEED,
                temperature=0.7, stream=True, stream_options={"include_usage": True}):
            now = time.perf_counter()
            if chunk.choices and chunk.choices[0].delta.content:
                first = first or now
                last = now
            if chunk.usage is not None:
                completion = chunk.usage.completion_tokens
    finally:
        if client is None:
            api.close()
    return {"ttft_s": first - sent, "tokens": completion,
            "decode_tps": (completion - 1) / (last - first) if last > first else 0.0,
            "sent": sent, "first": first, "done": last, "cpu_s": time.thread_time() - cpu}


def answer(request: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """Run ``request``'s clients at once, each on a thread; their timings, in order."""
    import openai

    url, tokens, keep = request["url"], request["tokens"], request.get("keep", False)
    if keep and url not in kept:
        kept[url] = openai.OpenAI(base_url=url, api_key="none", max_retries=0, timeout=600)
    results: list[dict[str, float] | None] = [None] * request.get("clients", 1)
    errors: list[str] = []

    def one(index: int) -> None:
        try:
            results[index] = stream_once(url, tokens, kept.get(url) if keep else None)
        except Exception as exc:  # reported to the benchmark, which ends with it
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(results))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"error": errors[0]} if errors else {"results": results}


def main() -> int:
    kept: dict[str, Any] = {}
    for line in sys.stdin:
        print(json.dumps(answer(json.loads(line), kept)), flush=True)
    for client in kept.values():
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
