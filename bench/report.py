"""Turn ``results.json`` into performance.md (tables, aims, verdicts) and PNG plots."""

from __future__ import annotations

import os
import statistics
from collections.abc import Callable
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
`--only api` measures just the local API server section (a few minutes) and puts
it into the existing `results.json` and this page, keeping the other figures; a
section measured that way says so below.

**Machine:** {cpu}, {logical_cpus} logical CPUs ({physical_cores} physical cores),
{system}, GPU offload: {gpu}. Python {python}, llama-cpp-python {llama_cpp_python},
Parla {parla} ({commit}), {date}. The run took {minutes:.0f} minutes.{load_note}{quick_note}
"""


def _fmt_bytes(value: float) -> str:
    return f"{value / 2**20:,.0f} MB" if value < 2**30 else f"{value / 2**30:.2f} GB"


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.0f}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _load(averages: list[float]) -> str:
    return f"{averages[0]:.2f}" if averages else "unknown"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _cpu_ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} ms"


def _api_aims(section: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """Issue 12's targets for the local API server, per model."""
    from bench.api import CONCURRENT_RATIO_TARGET, DECODE_RATIO_TARGET, TTFT_ADDED_TARGET_MS

    rows: list[tuple[str, str, str, bool]] = []
    for model in section["models"]:
        if model.get("threads"):  # the one-thread-fewer row explains; the app's default counts
            continue
        label, ratio = model["label"], model["decode_ratio"]
        rows.append((f"7. Decode speed through the API server / in-process, {label}",
                     f"≥ {DECODE_RATIO_TARGET}",
                     f"{_ratio(ratio)} ({model['decode_tps_api']:.2f} vs "
                     f"{model['decode_tps_in_process']:.2f} tokens/s)",
                     ratio is not None and ratio >= DECODE_RATIO_TARGET))
        rows.append((f"7. Time to first token the API server adds, {label}",
                     f"≤ {TTFT_ADDED_TARGET_MS:.0f} ms (median)",
                     f"median {model['ttft_added_ms']:.1f} ms",
                     model["ttft_added_ms"] <= TTFT_ADDED_TARGET_MS))
        together = model["concurrent_ratio"]
        rows.append((f"7. {section['clients']} API clients at once / one alone, throughput, "
                     f"{label}", f"≥ {CONCURRENT_RATIO_TARGET}",
                     f"{_ratio(together)} ({model['throughput_tps_8_clients']:.2f} vs "
                     f"{model['throughput_tps_one_client']:.2f} tokens/s)",
                     together is not None and together >= CONCURRENT_RATIO_TARGET))
        worst = max(model["waits"], key=lambda w: w["wait_s"] / w["bound_s"])
        rows.append((f"7. Each of {section['clients']} API clients' wait against its place in "
                     f"the queue, {label}", "≤ 1.25 replies per client ahead + 0.5 s",
                     f"closest: {worst['wait_s']:.2f} s at place {worst['place']} (bound "
                     f"{worst['bound_s']:.2f} s); one reply {model['one_reply_s']:.2f} s",
                     model["waits_within_bound"]))
    return rows


def _remote_aims(section: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """Issue 13's targets for the remote engine."""
    from bench.remote import DECODE_RATIO_TARGET, TTFT_OVERHEAD_TARGET_MS

    rows: list[tuple[str, str, str, bool]] = []
    for model in section["models"]:
        label, ratio = model["label"], model["decode_ratio"]
        rows.append((f"8. Decode speed, Parla's remote engine / openai client on "
                     f"llama-server, {label}", f"≥ {DECODE_RATIO_TARGET}",
                     f"{_ratio(ratio)} ({model['decode_tps_parla']:.2f} vs "
                     f"{model['decode_tps_openai_client']:.2f} tokens/s)",
                     ratio is not None and ratio >= DECODE_RATIO_TARGET))
        rows.append((f"8. First-token overhead of the remote engine, {label}",
                     f"≤ {TTFT_OVERHEAD_TARGET_MS:.0f} ms (median)",
                     f"median {model['ttft_overhead_ms']:.1f} ms",
                     model["ttft_overhead_ms"] <= TTFT_OVERHEAD_TARGET_MS))
    return rows


def _remote_section(section: dict[str, Any]) -> str:
    """The remote engine's section; says which run it came from if not the page's."""
    lines = _heading(section, "Remote engine (a model on a server)")
    if not section["models"]:
        return "\n".join([*lines, "Not measured in this run (no model)."])
    first = section["models"][0]
    lines.append(
        "llama.cpp's `llama-server` (`make llama-server`) on 127.0.0.1 with the same GGUF; "
        "each round streams the identical request (same body, seed, "
        f"{first['tokens']} tokens) once through Parla's remote engine, as the window "
        "does, and once through the raw `openai` client, alternating who goes first, "
        f"{first['rounds']} rounds. *Decode* is text chunks per second between the first and "
        "the last, as each side receives them (the engine: on its own thread, after the "
        "hand-over from its reader thread). *First-token overhead* is the engine's time to "
        "its first text minus the client's.\n")
    lines.append("| Model | Decode, openai client | Decode, Parla | Parla / client | "
                 "First-token overhead (median; rounds) |\n|---|---:|---:|---:|---|")
    for model in section["models"]:
        rounds = ", ".join(f"{v:.1f}" for v in model["ttft_overhead_ms_rounds"])
        lines.append(f"| {model['label']} | {model['decode_tps_openai_client']:.2f} tok/s | "
                     f"{model['decode_tps_parla']:.2f} tok/s | {_ratio(model['decode_ratio'])} "
                     f"| **{model['ttft_overhead_ms']:.1f} ms** ({rounds}) |")
    return "\n".join(lines)


RESUME_CASES = (("switch_opened", "after a switch, opened as in the app"),
                ("switch", "after a switch, sent at once"),
                ("restart_opened", "after a restart, opened as in the app"),
                ("restart", "after a restart, sent at once"))


def _resume_aims(section: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """Issue 15's aim for chats that resume from snapshots."""
    from bench.resume import RESUME_RATIO_TARGET

    rows: list[tuple[str, str, str, bool]] = []
    for model in section["models"]:
        for key, when in RESUME_CASES:
            if f"{key}_ratio" not in model:  # a run from before the case was measured
                continue
            ratio = model[f"{key}_ratio"]
            rows.append((f"9. First token returning to a {model['history_tokens']}-token chat "
                         f"{when} / in the KV cache, {model['label']}",
                         f"≤ {RESUME_RATIO_TARGET}x",
                         f"{_ratio(ratio)}x ({model[f'after_{key}_s'] * 1000:.0f} vs "
                         f"{model['in_cache_s'] * 1000:.0f} ms)",
                         ratio is not None and ratio <= RESUME_RATIO_TARGET))
    return rows


def _resume_section(section: dict[str, Any]) -> str:
    """Chats that resume from snapshots; says which run it came from if not the page's."""
    lines = _heading(section, "Returning to a chat (KV cache snapshots)")
    if not section["models"]:
        return "\n".join([*lines, "Not measured in this run (no model)."])
    first = section["models"][0]
    lines.append(
        f"A chat of {first['history_tokens']} tokens is read once; then, {first['rounds']} "
        "rounds, the app's engine (`LlamaCppEngine`, snapshots on) gets one short question "
        "with the chat still in the KV cache, again after another chat was asked in between "
        "(*after a switch*: the chat the KV cache held is written to its snapshot file and "
        "the returning chat's file read back), and again with a new engine after the first "
        "was unloaded (*after a restart*: from the file written at unloading). Each return "
        "is measured twice: *opened*, as the app does it, where opening the chat has the "
        "engine get it ready (`Engine.expect`) while the user types (the time that takes is "
        "the *getting ready* column, not part of the first token), and *at once*, the "
        "question sent with no time in between, as an API client can. Each question has the "
        "same length after the same history, so each reads the same new tokens. *Without "
        "snapshots* is the same return on the engine as it was before them, which reads the "
        "whole chat again. Figures are the engine's own time to first token.\n")
    lines.append("| Model | In cache | After a switch, opened | at once | After a restart, "
                 "opened | at once | Getting ready (switch, restart) | Without snapshots "
                 "| Snapshot on disk | Load at restart |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for model in section["models"]:
        without = model["without_snapshots"]
        cells = [f"**{model[f'after_{key}_s'] * 1000:.0f} ms** "
                 f"({_ratio(model[f'{key}_ratio'])}x)" if f"{key}_ratio" in model else "-"
                 for key, _when in RESUME_CASES]
        ready = model.get("ready_s", {})
        getting_ready = (", ".join(f"{statistics.median(ready[k]):.2f} s"
                                   for k in ("switch", "restart")) if ready else "-")
        lines.append(
            f"| {model['label']} | {model['in_cache_s'] * 1000:.0f} ms | "
            + " | ".join(cells) + f" | {getting_ready} "
            f"| {without['first_token_s']:.2f} s ({without['evaluated']} tokens read) | "
            f"{model['snapshot_mb']:.0f} MB | "
            f"{statistics.median(model['restart_load_s']):.2f} s |")
    return "\n".join(lines)


def _kv_aims(section: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """Issue 15's aim for decode at long context, per model (the default layout)."""
    rows: list[tuple[str, str, str, bool]] = []
    for model in section["models"]:
        speeds = model["kinds"][model["default"]]["decode_tps"]
        ratio = speeds["2000"] / speeds["100"]
        rows.append((f"10. Decode with 2,000 tokens in the context / with 100, {model['label']}",
                     "≥ 0.6", f"{ratio:.2f} ({speeds['2000']:.1f} vs {speeds['100']:.1f} "
                     "tokens/s)", ratio >= 0.6))
    return rows


def _kv_section(section: dict[str, Any], image: Callable[[str], str] = str) -> str:
    """How the context is kept (storage, flash attention), and decode speed by context
    length; ``image`` links a plot relative to the page."""
    from bench.kv import BEFORE, PERPLEXITY_TOLERANCE, SPEED_TOLERANCE, change

    lines = _heading(section, "How the context is kept, and decode speed as the context fills")
    if not section["models"]:
        return "\n".join([*lines, "Not measured in this run (no model)."])
    first = section["models"][0]
    lines.append(
        f"![decode speed by context length]({image('context_length.png')})\n\n"
        "Raw llama.cpp built as the engine builds it, each layout in turn (how keys and "
        "values are stored, and whether flash attention reads them), "
        f"{first['rounds']} rounds, alternating which goes first: prompt speed over the "
        "first 512 tokens of a multilingual text (a paragraph in each of StableLM 2's seven "
        "languages, `bench/texts/multilingual.txt`), decode speed with 100 to 3,500 tokens "
        "already in the context (32 tokens each), the KV cache at 4,096 tokens (the picker's "
        "estimate, equal to llama.cpp's own report to the 0.01 MiB it prints), and the "
        "perplexity of 768 tokens of the same text. **Default** is how Parla keeps the "
        "context on a CPU; **setting** is *Context memory: half the memory*; f16 with flash "
        "attention was the default before. q8_0 would become the default if speed stayed "
        f"within {SPEED_TOLERANCE:.0%} of the default and perplexity within "
        f"{PERPLEXITY_TOLERANCE:.0%}.\n")
    contexts = first["contexts"]
    lines.append("| Model | Layout | Prompt | " + " | ".join(
        f"Decode at {c:,}" for c in contexts) + " | KV at 4,096 | Perplexity |\n|---|---|"
        + "---:|" * (len(contexts) + 3))
    for model in section["models"]:
        for kind, figures in model["kinds"].items():
            kv = figures["kv_bytes_4096"]
            role = (" (**default**)" if kind == model["default"] else
                    " (**setting**)" if kind == model["setting"] else "")
            lines.append(
                f"| {model['label']} | {kind}{role} | {figures['prompt_tps']:.1f} tok/s | "
                + " | ".join(f"{figures['decode_tps'][str(c)]:.1f}" for c in contexts)
                + f" | {_fmt_bytes(kv) if kv else '-'} | {figures['perplexity']:.3f} |")
    lines.append("")

    def changes(figures: dict[str, float]) -> str:
        return (f"prompt {figures['prompt']:+.1%}, decode at 100 tokens "
                f"{figures['decode_100']:+.1%}, at 2,000 {figures['decode_2000']:+.1%}, "
                f"perplexity {figures['perplexity']:+.2%}")

    for model in section["models"]:
        if BEFORE in model["kinds"] and model["default"] not in (BEFORE, None):
            lines.append(f"- **{model['label']}**, the default against {BEFORE} (the default "
                         f"before): {changes(change(model, model['default'], BEFORE))}.")
        if model["verdict"] is None:
            lines.append(f"- **{model['label']}**: llama.cpp cannot keep this model's "
                         f"context as {' or '.join(model['unsupported'])} (its heads are not "
                         "a multiple of 32 values), so Parla keeps it in f16 and says so "
                         "where q8_0 was asked for.")
            continue
        lines.append(
            f"- **{model['label']}**, the q8_0 setting against the default: "
            f"{changes(model['verdict']['changes'])}: "
            + ("within the rule, q8_0 could be the default." if model["verdict"]["default"]
               else "outside the rule, so q8_0 stays a setting."))
    return "\n".join(lines)


def _lookup_section(section: dict[str, Any]) -> str:
    """Prompt-lookup decoding without and with drafts, per task, and the issue's verdict."""
    from bench.lookup import TOLERANCE, WIN

    lines = _heading(section, "Prompt-lookup decoding (speculative, drafts from the context)")
    if not section["models"]:
        return "\n".join([*lines, "Not measured in this run (no model)."])
    first = section["models"][0]
    lines.append(
        "llama-cpp-python's `LlamaPromptLookupDecoding` as `Llama(draft_model=...)`: after "
        "each token it looks up the last two tokens' earlier occurrence in the context and "
        "drafts the tokens that followed, which `Llama.generate` (the engine's loop) checks "
        "in the same `llama_decode`; it also turns `logits_all` on. Greedy replies (the "
        "app's threads and repeat penalty, temperature 0) to tasks that copy from the prompt "
        "(rewrite a paragraph, summarise a passage, fix a 30-line function: "
        "`bench/texts/`) and tasks that copy little, without and with lookup at "
        f"{' and '.join(str(n) for n in first['num_pred_tokens'])} drafted tokens, "
        f"interleaved over {first['rounds']} rounds (medians). The random-weight 1.6B only "
        "shows the overhead. The rule: offer it if copy tasks decode "
        f"{WIN:.0%} faster (geometric mean) and every other task stays within "
        f"{TOLERANCE:.0%} in decode speed and first token.\n")
    lines.append("| Model | Task | Prompt | Lookup | Decode tok/s | First token | Accepted "
                 "| Same reply |\n|---|---|---:|---|---:|---:|---:|---|")
    for model in section["models"]:
        for task in model["tasks"]:
            off = task["variants"]["off"]
            for key, figures in task["variants"].items():
                change = ("" if key == "off" else
                          f" ({figures['decode_tps'] / off['decode_tps'] - 1:+.0%})")
                accepted = ("-" if key == "off" else
                            f"{figures['accepted']} of {figures['drafted']}")
                same = ("-" if key == "off" else "yes" if figures["identical"] else
                        f"**no**, from token {figures['first_difference']}")
                lines.append(
                    f"| {model['label']} | {task['name']}{' (copies)' * task['copies']} | "
                    f"{task['prompt_tokens']} | {key.replace('lookup_', '')} | "
                    f"{figures['decode_tps']:.1f}{change} | "
                    f"{figures['first_token_s'] * 1000:.0f} ms | {accepted} | {same} |")
    verdict = section["verdict"]
    best = verdict["best"]
    lines.append(
        f"\n**Verdict: {'offer it' if verdict['offer'] else 'do not offer it'}.** Best "
        f"setting, {best['num_pred_tokens']} drafted tokens: copy tasks decode "
        f"{best['copy_gain']:+.1%} (needs {WIN:+.0%}); elsewhere the worst decode change is "
        f"{best['worst_decode_change']:+.1%} and the worst first-token change "
        f"{best['worst_first_token_change']:+.1%} (needs within {TOLERANCE:.0%}).")
    if any(not v["identical"] for m in section["models"] for t in m["tasks"]
           for v in t["variants"].values()):
        lines.append("Some greedy replies changed with lookup (`logits_all` alone leaves "
                     "them as they were): the drafts are checked in batches, whose arithmetic "
                     "is not exactly that of one-token decodes.")
    return "\n".join(lines)


def write_kv_plot(section: dict[str, Any], out: Path) -> Path | None:
    """context_length.png: decode speed against the tokens already in the context."""
    if not section["models"]:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(section["models"]), figsize=(7, 3.4), dpi=110,
                                squeeze=False)
    for axis, model in zip(axes[0], section["models"], strict=True):
        for kind, figures in model["kinds"].items():
            contexts = model["contexts"]
            axis.plot(contexts, [figures["decode_tps"][str(c)] for c in contexts], marker="o",
                      label=kind)
        axis.set_title(model["label"], fontsize=8)
        axis.set_xlabel("tokens in the context")
        axis.set_ylim(bottom=0)
        axis.legend(fontsize=8)
    axes[0][0].set_ylabel("decode tokens/s")
    figure.tight_layout()
    path = out / "context_length.png"
    figure.savefig(path)
    plt.close(figure)
    return path


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
    if beat := results.get("heartbeat"):
        rows.append(("3. GUI-thread gaps while a markdown reply streams",
                     "p99 ≤ 16 ms, max ≤ 50 ms",
                     f"p99 {beat['p99_ms']:.1f} ms, max {beat['max_ms']:.1f} ms "
                     f"({beat['tokens']} tokens at {beat['tokens_per_second']:.0f} tokens/s)",
                     beat["p99_ms"] <= 16 and beat["max_ms"] <= 50))
    if cost := results.get("render_cost"):
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
    if start := results.get("cold_start"):
        rows.append(("6. Cold start to a painted window (no model)", "≤ 1 s",
                     f"median {start['median']:.2f} s, max {max(start['seconds']):.2f} s",
                     max(start["seconds"]) <= 1.0))
    for memory in results.get("memory", []):
        rows.append((f"6. App memory beyond the model's own, {memory['model']}", "≤ 200 MB",
                     f"{_fmt_bytes(memory['overhead'])} ({_fmt_bytes(memory['app_rss'])} app, "
                     f"{_fmt_bytes(memory['raw_rss'])} bare llama-cpp-python)",
                     memory["overhead"] <= 200 * 2**20))
    if "api" in results:
        rows += _api_aims(results["api"])
    if "remote" in results:
        rows += _remote_aims(results["remote"])
    if "resume" in results:
        rows += _resume_aims(results["resume"])
    if "kv" in results:
        rows += _kv_aims(results["kv"])
    if "peers" in results:
        rows += _peers_aims(results["peers"])
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


def _heading(section: dict[str, Any], title: str) -> list[str]:
    """A section's heading, and which run measured it when not the page's own."""
    run = section["run"]
    lines = [f"\n## {title}\n"]
    if run["alone"]:
        lines.append(f"Measured by a later run of this section alone, `{run['command']}`, on "
                     f"{run['date']} (Parla {run['commit']}), in "
                     f"{run.get('seconds', 0) / 60:.0f} minutes; the rest of the page comes "
                     "from the run described at the top. The 1-minute load average was "
                     f"{_load(run['load_average_before'])} before it and "
                     f"{_load(run.get('load_average_after', []))} at its end (the "
                     "benchmark's own threads count in the latter)."
                     + (" A `--quick` run: the figures are only a smoke check."
                        if run["quick"] else "") + "\n")
    return lines


def _api_section(section: dict[str, Any]) -> str:
    """The local API server's section; says which run it came from if not the page's."""
    clients = section["clients"]
    models = section["models"]
    lines = _heading(section, "Local API server")
    first = models[0] if models else {"tokens": 0, "rounds": 0}
    lines.append(
        "Parla's OpenAI-compatible server against the same model in-process, in one run "
        "and on one engine. Each round asks the engine directly, as the chat window does, "
        "and through the server (alternating which goes first) with the `openai` Python "
        "client streaming, in a process of "
        "its own as a tool is (one client kept open across the rounds, as an editor "
        "extension or a script keeps its client, after one first request: a client's very "
        "first request costs the library itself tens of milliseconds); same prompt, "
        f"seed and {first['tokens']} tokens, {first['rounds']} rounds. *Decode* "
        "is tokens/s after the first token: the engine's own figure in-process, the "
        "client's between its first and last text chunk through the API; the ratio is the "
        "median of the rounds' ratios (each round's two runs share the machine's "
        "conditions). *Server CPU* is what Parla's threads other than the engine's spent "
        "per token through the API, beyond what they spend in-process (the bridge, "
        "uvicorn, the SSE framing); *client CPU* is the `openai` client's own. On a machine "
        "whose cores llama.cpp's threads all use, that work is taken from decoding; a row "
        "with llama.cpp on one thread fewer shows the same server with a core to spare. "
        "*First token "
        "added* is the client's time to its first text minus the engine's own time to "
        "first token for the same request: what HTTP, the bridge's queued signals and the "
        "SSE framing add. Then one client asks three times in a row, and "
        f"{clients} clients ask at once (the engine writes one reply at a time, first come, "
        "first served): throughput is their tokens over the wall time, and each client's "
        "wait for its first token is held against its place in the queue (1.25 times one "
        "reply's time for each client ahead of it, plus 0.5 s).\n")
    lines.append("| Model | Decode, in-process | Decode, API | API / in-process (rounds) "
                 "| Server CPU / token | Client CPU / token "
                 "| First token added (median; rounds) | One client | "
                 f"{clients} clients | {clients} / one |\n"
                 "|---|---:|---:|---|---:|---:|---|---:|---:|---:|")
    for model in models:
        rounds = ", ".join(f"{v:.1f}" for v in model["ttft_added_ms_rounds"])
        ratios = ", ".join(f"{v:.2f}" for v in model.get("decode_ratio_rounds", []))
        lines.append(
            f"| {model['label']} | {model['decode_tps_in_process']:.2f} tok/s | "
            f"{model['decode_tps_api']:.2f} tok/s | **{_ratio(model['decode_ratio'])}** "
            f"({ratios}) | {_cpu_ms(model.get('server_cpu_ms_per_token'))} | "
            f"{_cpu_ms(model.get('client_cpu_ms_per_token'))} | "
            f"**{model['ttft_added_ms']:.1f} ms** ({rounds}) | "
            f"{model['throughput_tps_one_client']:.2f} tok/s | "
            f"{model['throughput_tps_8_clients']:.2f} tok/s | "
            f"{_ratio(model['concurrent_ratio'])} |")
    lines.append("\nEach client's wait for its first token, by its place in the queue "
                 "(wait / bound):\n")
    lines.append("| Place | " + " | ".join(m["label"] for m in models) + " |\n|---:|"
                 + "---:|" * len(models))
    for place in range(clients):
        cells = [next((f"{w['wait_s']:.2f} / {w['bound_s']:.2f} s" for w in m["waits"]
                       if w["place"] == place), "-") for m in models]
        lines.append(f"| {place + 1} | " + " | ".join(cells) + " |")
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
    load_note = (f" The 1-minute load average was {_load(machine['load_average'])} as it "
                 "started." if "load_average" in machine else "")
    parts = [_INTRO.format(command=COMMAND, gpu="yes" if machine["gpu_offload"] else "no",
                           minutes=results["seconds"] / 60, quick_note=quick_note,
                           load_note=load_note, **machine)]
    parts.append("## Aims\n\n| Aim | Target | Measured | |\n|---|---|---|---|")
    parts += [f"| {aim} | {target} | {measured} | {_verdict(ok)} |"
              for aim, target, measured, ok in aims(results)]

    if results["models"]:
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
    if results["models"]:
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

    if "sweep" in results:
        parts.append("\n## Threads and batch size\n\nOn the 1.6B-shaped Q4_K_M, raw llama.cpp: "
                     "reading a 512-token prompt and decoding 48 tokens, every setting in turn, "
                     "forwards then backwards, four rounds.\n\n" + _sweep_choice(results))

    if beat := results.get("heartbeat"):
        parts.append(
            f"\n## GUI responsiveness\n\n![GUI-thread gaps]({image('heartbeat.png')})\n\n"
            f"A 1 ms `QTimer` on the GUI thread of the real main window while a "
            f"{beat['tokens']}-token markdown reply (headings, lists, tables, code in three "
            f"languages) streams in at {beat['tokens_per_second']:.0f} tokens/s through the "
            f"real engine thread, store and chat view (offscreen). {beat['beats']} beats: "
            f"median gap {beat['p50_ms']:.2f} ms, p99 {beat['p99_ms']:.1f} ms, max "
            f"{beat['max_ms']:.1f} ms; the view re-rendered {beat['renders']} times.")
    if cost := results.get("render_cost"):
        parts.append(
            f"\n## Render cost as a reply grows\n\n![render cost]({image('render_cost.png')})"
            "\n\nAppending one token and re-rendering at once (the worst case; the view "
            "normally coalesces to about 30 renders a second), median of 20 tokens, best of "
            "the runs. Only the blocks still open are re-rendered, so the cost stays flat; "
            "rendering the whole reply from scratch, shown for contrast, grows with its "
            "length.\n\n"
            "| Reply length | Per token, streaming | Whole reply from scratch |\n|---:|---:|---:|")
        parts += [f"| {n} tokens | {ms:.2f} ms | {whole:.2f} ms |"
                  for n, ms, whole in zip(cost["at_tokens"], cost["ms_per_token"],
                                          cost["whole_render_ms"], strict=True)]

    if results["models"] or "cold_start" in results or results.get("memory"):
        parts.append("\n## Stop, start-up and memory\n")
    for model in results["models"]:
        stop = model["stop"]
        parts.append(
            f"- **Stop, {model['label']}:** while generating "
            f"{', '.join(f'{v:.1f}' for v in stop['during_generation_ms'])} ms (a token takes "
            f"{stop['token_ms']:.1f} ms); during a {stop['prompt_tokens']}-token prompt "
            f"{', '.join(f'{v:.1f}' for v in stop['during_prompt_ms'])} ms. Timed from the "
            "GUI thread pressing Stop to the engine's `finished` signal arriving there.")
    if start := results.get("cold_start"):
        parts.append(f"- **Cold start:** {', '.join(f'{v:.2f}' for v in start['seconds'])} s "
                     "from spawning `python -m app` (first run, empty PARLA_HOME) to its "
                     "window's first paint.")
    for memory in results.get("memory", []):
        parts.append(
            f"- **Memory with {memory['model']}:** the app after its self-test reply holds "
            f"{_fmt_bytes(memory['app_rss'])} resident (peak {_fmt_bytes(memory['app_peak_rss'])}"
            f"); a bare Python process loading the same file with the same parameters and "
            f"generating as many tokens holds {_fmt_bytes(memory['raw_rss'])} (peak "
            f"{_fmt_bytes(memory['raw_peak_rss'])}). Parla's own share: "
            f"{_fmt_bytes(memory['overhead'])}.")

    parts += [write(results[key]) for key, write in (("api", _api_section),
                                                       ("remote", _remote_section),
                                                       ("resume", _resume_section),
                                                       ("kv", lambda s: _kv_section(s, image)),
                                                       ("lookup", _lookup_section),
                                                       ("peers", lambda s: _peers_section(
                                                           s, image)))
              if key in results]
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

    if "kv" in results and (plot := write_kv_plot(results["kv"], out)) is not None:
        written.append(plot)
    if "peers" in results and (plot := write_peers_plot(results["peers"], out)) is not None:
        written.append(plot)

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


# --- Parla beside its peers (bench/peers.py) --------------------------------------------------

_PEER_AIMS = (("decode_short", "decode at ~{short} tokens of context / the fastest peer", "≥ 1.0"),
              ("decode_long", "decode at ~{long} tokens of context / the fastest peer", "≥ 1.0"),
              ("returning", "first token returning to a {long}-token chat / the fastest peer",
               "< 1.0"),
              ("memory", "peak memory at a {n_ctx}-token context / the smallest peer", "< 1.0"))


def _peers_aims(section: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """The issue's aims against the peers that ran; a missing figure is a missed aim."""
    rows: list[tuple[str, str, str, bool]] = []
    for model in section["models"]:
        names = model["aims"].get("peers") or []
        against = ", ".join(_peer_label(n) for n in names) or "no peer measured"
        for key, text, target in _PEER_AIMS:
            ratio = model["aims"][key]
            met = ratio is not None and (ratio >= 1.0 if target.startswith("≥") else ratio < 1.0)
            rows.append((f"12. {text.format(**model['contexts'], n_ctx=model['n_ctx'])}, "
                         f"{model['label']}", target,
                         f"{_ratio(ratio)}x (against {against})", met))
    return rows


def _peer_label(engine: str) -> str:
    from bench.peers import LABELS

    return LABELS.get(engine, engine)


def _peers_section(section: dict[str, Any], image: Callable[[str], str] = str) -> str:
    """Parla, GPT4All and llama-server on the same file; says which run it came from."""
    lines = _heading(section, "Parla beside GPT4All and llama-server")
    if not section["models"]:
        return "\n".join([*lines, "Not measured in this run (no model)."])
    first = section["models"][0]
    lines.append(
        f"![Parla and its peers]({image('peers.png')})\n\n"
        "The engines a user would pick instead, on the same GGUF file with the same "
        f"{first['threads']} threads and a {first['n_ctx']}-token context, each in a process "
        "of its own: Parla's engine as the app loads it (its default settings, chat snapshots "
        "on); GPT4All 2.8.2's Python bindings (their own llama.cpp build, CPU, prompt batch "
        "128 as in GPT4All's app); llama.cpp's `llama-server` over HTTP (streaming "
        "`/completion`, its defaults, prompt caches included). Every engine reads the same "
        "chats, rendered with the format Parla picks for the file: a new short chat, chat A "
        f"of about {first['contexts']['long']:,} tokens as a new chat, a short chat B, then a "
        "new question in chat A (*returning*: Parla resumes from its snapshot, the peers do "
        "what they do by default). Greedy sampling, no repeat penalty, "
        f"{first['tokens']} tokens a reply; {first['rounds']} rounds, the engines alternating "
        "in a rotating order. *Decode* is tokens/s between the first and the last token's "
        "arrival; *prompt* is the tokens an engine read for chat A over its time to the "
        "first token; *before loading* is the process's resident set with its libraries "
        "imported and no model yet (llama-server loads its model as it starts); *memory, "
        "loaded* is its resident set after the short chat (the model and its context), "
        "*peak* its peak resident set (VmHWM) after it all, chat caches included. "
        "GPT4All 2.8.2 does not know SmolLM2's pre-tokenizer name (`smollm`), so it reads a "
        "copy that names `starcoder`, which llama.cpp splits by the same rules.\n")
    lines.append("| Model | Engine | Decode, short | Decode, long | Prompt | First token, new "
                 "chat | First token, returning (tokens read) | Before loading | Memory, loaded "
                 "| Peak | Load |\n"
                 "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")

    def number(value: float | None, form: str) -> str:
        return "-" if value is None else form.format(value)

    for model in section["models"]:
        for engine, figures in model["engines"].items():
            name = _peer_label(engine)
            if not figures.get("measured"):
                lines.append(f"| {model['label']} | {name} | not measured: "
                             f"{figures['reason'][:160]} | | | | | | | | |")
                continue
            read = figures.get("returning_evaluated")
            base = figures.get("base_rss")
            lines.append(
                f"| {model['label']} | {name} | "
                f"{number(figures['decode_short_tps'], '{:.1f} tok/s')} | "
                f"{number(figures['decode_long_tps'], '{:.1f} tok/s')} | "
                f"{number(figures['prompt_tps'], '{:.0f} tok/s')} | "
                f"{number(figures['new_chat_first_token_s'], '{:.2f} s')} | "
                f"{number(figures['returning_first_token_s'], '{:.2f} s')}"
                f"{f' ({read:.0f})' if read is not None else ''} | "
                f"{_fmt_bytes(base) if base else '-'} | "
                f"{_fmt_bytes(figures['loaded_rss'])} | {_fmt_bytes(figures['peak_rss'])} | "
                f"{number(figures['load_s'], '{:.2f} s')} |")
    return "\n".join(lines)


def write_peers_plot(section: dict[str, Any], out: Path) -> Path | None:
    """peers.png: each figure per engine, a row of panels per model."""
    models = [m for m in section["models"]
              if any(e.get("measured") for e in m["engines"].values())]
    if not models:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = (("decode_short_tps", "decode, short (tok/s)", 1.0),
              ("decode_long_tps", "decode, long (tok/s)", 1.0),
              ("returning_first_token_s", "first token, returning (s)", 1.0),
              ("peak_rss", "peak memory (MB)", 2.0**-20))
    figure, axes = plt.subplots(len(models), len(panels), figsize=(10, 2.6 * len(models)),
                                dpi=110, squeeze=False)
    for row, model in zip(axes, models, strict=True):
        names = [n for n, e in model["engines"].items() if e.get("measured")]
        for axis, (key, title, scale) in zip(row, panels, strict=True):
            values = [(model["engines"][n].get(key) or 0) * scale for n in names]
            bars = axis.bar([_peer_label(n) for n in names], values,
                            color=["#3b7dd8" if n == "parla" else "#999999" for n in names])
            axis.bar_label(bars, fmt="%.1f" if scale == 1.0 else "%.0f", fontsize=7)
            axis.set_title(title, fontsize=8)
            axis.tick_params(labelsize=7)
            axis.tick_params(axis="x", labelrotation=20)
        row[0].set_ylabel(model["label"], fontsize=7)
    figure.tight_layout()
    path = out / "peers.png"
    figure.savefig(path)
    plt.close(figure)
    return path
