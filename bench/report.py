"""Turn ``results.json`` into performance.md (tables, aims, verdicts) and PNG plots."""

from __future__ import annotations

import os
import statistics
from pathlib import Path
from typing import Any

COMMAND = ("make bench   # = .venv/bin/python -m bench --out docs/performance "
           "--page docs/performance.md")

_INTRO = """\
# Performance

Everything on this page was measured by one run of the benchmark harness,
`python -m bench`, on the machine described below. Every comparison alternates
its two sides within the run (A B B A …), so the noise of a shared machine falls
on both. Re-run it on your own machine with:

```
{command}
```

It writes `results.json` and the plots to `docs/performance/`, and this page. The
first run writes the StableLM 2 1.6B-shaped models (random weights, the real
model's exact tensor shapes, quantised by llama.cpp's own quantiser) into
`.cache/bench-models/`, which takes about ten minutes on two cores; later runs
reuse them. `--quick` checks that everything runs in a couple of minutes.

**Machine:** {cpu}, {logical_cpus} logical CPUs ({physical_cores} physical cores),
{system}, GPU offload: {gpu}. Python {python}, llama-cpp-python {llama_cpp_python},
Parla {parla} ({commit}), {date}. The run took {minutes:.0f} minutes.{quick_note}
"""


def _fmt_bytes(value: float) -> str:
    return f"{value / 2**20:,.0f} MB" if value < 2**30 else f"{value / 2**30:.2f} GB"


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.0f}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def aims(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(aim, target, measured, met) for every aim the issue sets."""
    rows: list[tuple[str, str, str, bool]] = []
    for model in results["models"]:
        decode = model["decode"]
        rows.append((f"1. Decode speed through the app / raw llama.cpp, {model['label']}",
                     "≥ 0.97",
                     f"{decode['ratio']:.3f} ({decode['app_median']:.2f} vs "
                     f"{decode['raw_median']:.2f} tokens/s)", decode["ratio"] >= 0.97))
    for model in results["models"]:
        first = model["first_token"]
        rows.append((f"2. First token, turn 10 / fresh prompt, {model['label']}", "≤ 1.2x",
                     f"{first['ratio']:.2f}x ({_ms(first['ten_turn_seconds'])} vs "
                     f"{_ms(first['fresh_seconds'])} ms, "
                     f"raw llama.cpp {first['raw_ratio']:.2f}x, "
                     f"{first['new_tokens']} new tokens after {first['history_tokens']})",
                     first["ratio"] <= 1.2))
    beat = results["heartbeat"]
    rows.append(("3. GUI-thread gaps while a markdown reply streams", "p99 ≤ 16 ms, max ≤ 50 ms",
                 f"p99 {beat['p99_ms']:.1f} ms, max {beat['max_ms']:.1f} ms "
                 f"({beat['tokens']} tokens at {beat['tokens_per_second']:.0f} tokens/s)",
                 beat["p99_ms"] <= 16 and beat["max_ms"] <= 50))
    cost = results["render_cost"]
    first_cost, last_cost = cost["ms_per_token"][0], cost["ms_per_token"][-1]
    rows.append((f"4. Render cost per token at {cost['at_tokens'][-1]} / at "
                 f"{cost['at_tokens'][0]} tokens", "≤ 1.5x",
                 f"{last_cost / first_cost:.2f}x ({last_cost:.2f} vs {first_cost:.2f} ms)",
                 last_cost / first_cost <= 1.5))
    for model in results["models"]:
        stop = model["stop"]
        median = statistics.median(stop["during_generation_ms"])
        rows.append((f"5. Stop while generating, {model['label']}",
                     f"≤ one token ({stop['token_ms']:.1f} ms)",
                     f"median {median:.1f} ms, max {max(stop['during_generation_ms']):.1f} ms",
                     median <= stop["token_ms"]))
        worst = max(stop["during_prompt_ms"])
        rows.append((f"5. Stop during a {stop['prompt_tokens']}-token prompt, {model['label']}",
                     "≤ 200 ms",
                     f"median {statistics.median(stop['during_prompt_ms']):.1f} ms, "
                     f"max {worst:.1f} ms", worst <= 200))
    start = results["cold_start"]
    rows.append(("6. Cold start to a painted window (no model)", "≤ 1 s",
                 f"median {start['median']:.2f} s, max {max(start['seconds']):.2f} s",
                 max(start["seconds"]) <= 1.0))
    for memory in results["memory"]:
        rows.append((f"6. App memory beyond the model's own, {memory['model']}", "≤ 200 MB",
                     f"{_fmt_bytes(memory['overhead'])} ({_fmt_bytes(memory['app_rss'])} app, "
                     f"{_fmt_bytes(memory['raw_rss'])} bare llama-cpp-python)",
                     memory["overhead"] <= 200 * 2**20))
    return rows


def _sweep_choice(results: dict[str, Any]) -> str:
    sweep = results.get("sweep") or []
    if not sweep:
        return "No sweep in this run."
    cores = results["machine"]["physical_cores"]
    decoding = [p for p in sweep if p["decode_tokens_per_second"]]
    best_threads = max(decoding, key=lambda p: p["decode_median"])
    at_cores = [p for p in sweep if p["threads"] == cores]
    best_batch = max(at_cores, key=lambda p: p["prompt_median"])
    lines = ["| Threads | Batch | Prompt tokens/s (median; runs) "
             "| Decode tokens/s (median; runs) |", "|---:|---:|---|---|"]
    for p in sweep:
        prompt = ", ".join(f"{v:.1f}" for v in p["prompt_tokens_per_second"])
        decode = ", ".join(f"{v:.2f}" for v in p["decode_tokens_per_second"])
        lines.append(f"| {p['threads']} | {p['n_batch']} | **{p['prompt_median']:.1f}** "
                     f"({prompt}) | "
                     + (f"**{p['decode_median']:.2f}** ({decode}) |" if decode else "- |"))
    defaults = results["defaults"]
    default = next((p for p in at_cores if p["n_batch"] == defaults["n_batch"]), best_batch)
    spread = best_batch["prompt_median"] / default["prompt_median"] - 1
    batch_text = (f"prompt speed at batch {defaults['n_batch']} is within {spread:.0%} of the "
                  f"fastest (batch {best_batch['n_batch']}), inside this machine's "
                  "run-to-run noise" if spread < 0.05 else
                  f"batch {best_batch['n_batch']} reads prompts {spread:.0%} faster than "
                  f"batch {defaults['n_batch']}")
    lines.append("")
    lines.append(f"Fastest decode: {best_threads['threads']} threads. At {cores} threads, "
                 f"{batch_text}. Parla's CPU defaults: threads = physical cores "
                 f"({defaults['threads']} here) and batch {defaults['n_batch']}, the smaller "
                 "batch because Stop then lands sooner during a long prompt (smaller graph "
                 "nodes; see Stop below) and the logits buffers shrink.")
    return "\n".join(lines)


def markdown(results: dict[str, Any], *, images: Path | None = None,
             page: Path | None = None) -> str:
    """The report page; plots are linked relative to ``page`` (default: side by side)."""
    folder = Path(os.path.relpath(images, page.parent)) if images and page else Path()

    def image(name: str) -> str:
        return (folder / name).as_posix()

    machine = results["machine"]
    quick_note = ("\n\n> This was a `--quick` run: fewer rounds, and the figures are only a "
                  "smoke check.") if results.get("quick") else ""
    parts = [_INTRO.format(command=COMMAND, gpu="yes" if machine["gpu_offload"] else "no",
                           minutes=results["seconds"] / 60, quick_note=quick_note, **machine)]
    parts.append("## Aims\n\n| Aim | Target | Measured | |\n|---|---|---|---|")
    parts += [f"| {aim} | {target} | {measured} | {_verdict(ok)} |"
              for aim, target, measured, ok in aims(results)]

    parts.append("\n## Models\n\n| Model | File | Load, cold | Load, warm | Decode, raw "
                 "| Decode, app | First token, fresh | First token, turn 10 |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|")
    for model in results["models"]:
        load, decode, first = model["load"], model["decode"], model["first_token"]
        cold = (f"{statistics.median(load['cold_seconds']):.2f} s" if load["cold_seconds"]
                else "-")
        parts.append(
            f"| {model['label']} | {_fmt_bytes(model['file_bytes'])} | {cold} | "
            f"{statistics.median(load['warm_seconds']):.2f} s | "
            f"{decode['raw_median']:.2f} tok/s | {decode['app_median']:.2f} tok/s | "
            f"{statistics.median(first['fresh_seconds']) * 1000:.0f} ms | "
            f"{statistics.median(first['ten_turn_seconds']) * 1000:.0f} ms |")
    parts.append(
        "\nDecode speeds are medians over the rounds; the app's is measured where the GUI "
        "thread receives each token's text signal. Load times run from asking the engine "
        "thread to load until its `loaded` signal reaches the GUI thread; *cold* first "
        "evicts the file from the page cache.")

    if results.get("quantizations"):
        parts.append("\n## StableLM 2 1.6B by quantization\n\n![tokens/s per quantization]"
                     f"({image('quantizations.png')})\n\n| Quantization | File | Load "
                     "| Prompt tokens/s | Decode tokens/s |\n|---|---:|---:|---:|---:|")
        parts += [f"| {q['quant']} | {_fmt_bytes(q['file_bytes'])} | {q['load_seconds']:.2f} s"
                  f" | {q['prompt_tokens_per_second']:.1f} | "
                  f"{q['decode_tokens_per_second']:.2f} |" for q in results["quantizations"]]

    parts.append("\n## Threads and batch size\n\nOn the 1.6B-shaped Q4_K_M, raw llama.cpp: "
                 "reading a 512-token prompt and decoding 48 tokens, every setting in turn, "
                 "forwards then backwards, four rounds.\n\n" + _sweep_choice(results))

    beat = results["heartbeat"]
    parts.append(
        f"\n## GUI responsiveness\n\n![GUI-thread gaps]({image('heartbeat.png')})\n\n"
        f"A 1 ms `QTimer` on the GUI thread of the real main window while a "
        f"{beat['tokens']}-token markdown reply (headings, lists, tables, code in three "
        f"languages) streams in at {beat['tokens_per_second']:.0f} tokens/s through the real "
        f"engine thread, store and chat view (offscreen). {beat['beats']} beats: median gap "
        f"{beat['p50_ms']:.2f} ms, p99 {beat['p99_ms']:.1f} ms, max {beat['max_ms']:.1f} ms; "
        f"the view re-rendered {beat['renders']} times.")
    cost = results["render_cost"]
    parts.append(
        f"\n## Render cost as a reply grows\n\n![render cost]({image('render_cost.png')})\n\n"
        "Appending one token and re-rendering at once (the worst case; the view normally "
        "coalesces to about 30 renders a second), median of 20 tokens, best of the runs. "
        "Only the blocks still open are re-rendered, so the cost stays flat; rendering the "
        "whole reply from scratch, shown for contrast, grows with its length.\n\n"
        "| Reply length | Per token, streaming | Whole reply from scratch |\n|---:|---:|---:|")
    parts += [f"| {n} tokens | {ms:.2f} ms | {whole:.2f} ms |"
              for n, ms, whole in zip(cost["at_tokens"], cost["ms_per_token"],
                                      cost["whole_render_ms"], strict=True)]

    parts.append("\n## Stop, start-up and memory\n")
    for model in results["models"]:
        stop = model["stop"]
        parts.append(
            f"- **Stop, {model['label']}:** while generating "
            f"{', '.join(f'{v:.1f}' for v in stop['during_generation_ms'])} ms (a token takes "
            f"{stop['token_ms']:.1f} ms); during a {stop['prompt_tokens']}-token prompt "
            f"{', '.join(f'{v:.1f}' for v in stop['during_prompt_ms'])} ms. Timed from the "
            "GUI thread pressing Stop to the engine's `finished` signal arriving there.")
    start = results["cold_start"]
    parts.append(f"- **Cold start:** {', '.join(f'{v:.2f}' for v in start['seconds'])} s from "
                 "spawning `python -m app` (first run, empty PARLA_HOME) to its window's first "
                 "paint.")
    for memory in results["memory"]:
        parts.append(
            f"- **Memory with {memory['model']}:** the app after its self-test reply holds "
            f"{_fmt_bytes(memory['app_rss'])} resident (peak {_fmt_bytes(memory['app_peak_rss'])}"
            f"); a bare Python process loading the same file with the same parameters and "
            f"generating as many tokens holds {_fmt_bytes(memory['raw_rss'])} (peak "
            f"{_fmt_bytes(memory['raw_peak_rss'])}). Parla's own share: "
            f"{_fmt_bytes(memory['overhead'])}.")
    return "\n".join(parts) + "\n"


def write_plots(results: dict[str, Any], out: Path) -> list[Path]:
    """quantizations.png, heartbeat.png and render_cost.png (matplotlib, no display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[Path] = []
    if results.get("quantizations"):
        quants = results["quantizations"]
        figure, axis = plt.subplots(figsize=(7, 3.6), dpi=110)
        names = [q["quant"] for q in quants]
        bars = axis.bar(names, [q["decode_tokens_per_second"] for q in quants], color="#3b7dd8")
        axis.bar_label(bars, fmt="%.1f", padding=2, fontsize=8)
        axis.set_ylabel("decode tokens/s")
        axis.set_title("StableLM 2 1.6B shape: decode speed per quantization (CPU)")
        for index, q in enumerate(quants):
            axis.annotate(_fmt_bytes(q["file_bytes"]), (index, 0), textcoords="offset points",
                          xytext=(0, 4), ha="center", fontsize=7, color="white")
        figure.tight_layout()
        written.append(out / "quantizations.png")
        figure.savefig(written[-1])
        plt.close(figure)

    gaps = results["heartbeat"]["gaps_ms"]
    figure, axis = plt.subplots(figsize=(7, 3.2), dpi=110)
    axis.hist(gaps, bins=[i * 0.5 for i in range(0, 2 * max(20, int(max(gaps)) + 2))],
              color="#3b7dd8", log=True)
    axis.axvline(16, color="#c0392b", linestyle="--", linewidth=1)
    axis.text(16.3, axis.get_ylim()[1] / 3, "16 ms (one frame)", color="#c0392b", fontsize=8)
    axis.set_xlabel("gap between 1 ms heartbeats on the GUI thread (ms)")
    axis.set_ylabel("count (log)")
    axis.set_title("GUI thread while a 1,500-token markdown reply streams")
    figure.tight_layout()
    written.append(out / "heartbeat.png")
    figure.savefig(written[-1])
    plt.close(figure)

    cost = results["render_cost"]
    figure, axis = plt.subplots(figsize=(7, 3.2), dpi=110)
    axis.plot(cost["at_tokens"], cost["ms_per_token"], marker="o", label="Parla, per token")
    axis.plot(cost["at_tokens"], cost["whole_render_ms"], marker="s", linestyle="--",
              label="whole reply re-rendered (markdown only)")
    axis.set_xlabel("reply length (tokens)")
    axis.set_ylabel("ms")
    axis.set_ylim(bottom=0)
    axis.legend(fontsize=8)
    axis.set_title("Cost of showing one more token")
    figure.tight_layout()
    written.append(out / "render_cost.png")
    figure.savefig(written[-1])
    plt.close(figure)
    return written
