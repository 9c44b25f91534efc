"""``python -m bench``: run every benchmark in one process and write the report.

Order matters on a small machine: model-side runs first, one model loaded at a
time (plus the raw side while it is compared), then the local API server against
the same models in-process, then the GUI and the start-up probes, which spawn
processes of their own. ``only=("api",)`` measures the API server section alone and
puts it into the earlier run's results, so one section can be re-measured without the
whole half hour; each section records the run it came from.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import platform
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH, physical_cores
from bench import api, gui, llm, startup
from bench.models import DEFAULT_QUANT, LADDER, ensure_stablelm

log = logging.getLogger(__name__)

Report = Callable[[str], None]

#: Sections that ``only`` may name (``python -m bench --only``'s choices).
SECTIONS: tuple[str, ...] = ("core", "api", "remote", "resume", "kv", "lookup", "peers")
"""``core``: the figures a full run measures outside the named sections (app against raw
llama.cpp, the quantization ladder, threads, the window, start-up and memory)."""


@dataclasses.dataclass(frozen=True)
class BenchOptions:
    out: Path
    """Folder for results.json and the PNG plots."""
    models_dir: Path
    smollm2: Path | None
    quick: bool = False
    """Fewer rounds, the 1.6B only at Q4_K_M: a check that everything runs."""
    stablelm: bool = True
    ladder: tuple[str, ...] = LADDER
    stablelm_override: Path | None = None
    """Use this file as "the 1.6B" (tests pass a tiny model)."""
    page: Path | None = None
    """Where the markdown report goes; default ``out/performance.md``."""
    only: tuple[str, ...] = ()
    """Measure just these sections (of ``SECTIONS``) and keep the rest of ``out``'s
    results.json as it was; empty: everything."""
    command: str = "python -m bench"
    """The command line, recorded with the sections this run measures."""


def _machine() -> dict[str, Any]:
    import llama_cpp

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
    except OSError:
        pass
    commit = ""
    with contextlib.suppress(OSError):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10, check=False,
                                cwd=Path(__file__).parent).stdout.strip()
    return {"cpu": cpu, "logical_cpus": os.cpu_count(), "physical_cores": physical_cores(),
            "gpu_offload": bool(llama_cpp.llama_supports_gpu_offload()),
            "system": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "llama_cpp_python": llama_cpp.__version__,
            "parla": __version__, "commit": commit,
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def _load_average() -> list[float]:
    """1, 5 and 15-minute load averages: how busy the machine was around a measurement."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return []


def _api_section(models: list[tuple[Path, str, str | None]], options: BenchOptions,
                 report: Report) -> dict[str, Any]:
    """Issue 12: the API server against the same model in-process, with this run's origin."""
    run_info = _run_info(options)
    started = time.perf_counter()
    measured: list[dict[str, Any]] = []
    runs = [(path, label, chat_format, 0) for path, label, chat_format in models]
    spare = physical_cores() - 1
    if models and spare >= 1:  # the fastest model, whose per-token costs show most
        path, label, chat_format = models[-1]
        runs.append((path, f"{label}, llama.cpp on {spare} thread{'s' * (spare > 1)} "
                     "(a core to spare)", chat_format, spare))
    for path, label, chat_format, threads in runs:
        report(f"API server vs in-process: {label}")
        figures = api.run(path, rounds=1 if options.quick else 9,
                          tokens=16 if options.quick else 128, chat_format=chat_format,
                          threads=threads, report=report)
        report(f"  decode {figures['decode_ratio']}x, +{figures['ttft_added_ms']} ms to the "
               f"first token, 8 clients {figures['concurrent_ratio']}x one")
        measured.append({"label": label, **figures})
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "clients": api.CLIENTS, "models": measured}


def _remote_section(models: list[tuple[Path, str, str | None]], options: BenchOptions,
                    report: Report) -> dict[str, Any]:
    """Issue 13: Parla's remote engine against the openai client on one llama-server, with
    the smallest model served (SmolLM2 when there is one: its speed shows any per-token
    cost most)."""
    from bench import remote

    run_info = _run_info(options)
    started = time.perf_counter()
    if not models:
        return {"run": run_info, "models": []}
    path, label, _chat_format = models[-1]
    report("Remote engine vs the openai client on llama-server")
    figures = remote.run(path, rounds=1 if options.quick else 9,
                         tokens=16 if options.quick else 256, report=report)
    report(f"  decode {figures['decode_ratio']}x, {figures['ttft_overhead_ms']} ms more to the "
           "first token")
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "models": [{"label": label, **figures}]}


def _both_models(stablelm: dict[str, Path], smollm2: Path | None) -> list[tuple[Path, str]]:
    """The 1.6B shape at the default quantization and SmolLM2, each that is here, labelled."""
    targets = ([(stablelm[DEFAULT_QUANT], f"StableLM 2 1.6B shape, {DEFAULT_QUANT}")]
               if DEFAULT_QUANT in stablelm else [])
    if smollm2 is not None:
        targets.append((smollm2, "SmolLM2-135M-Instruct Q4_1"))
    return targets


def _run_info(options: BenchOptions) -> dict[str, Any]:
    """Which run measured a section (a later ``--only`` run keeps the page's other ones)."""
    machine = _machine()
    return {"date": machine["date"], "commit": machine["commit"], "command": options.command,
            "quick": options.quick, "alone": bool(options.only),
            "load_average_before": _load_average()}


def _resume_section(stablelm: dict[str, Path], options: BenchOptions,
                    report: Report) -> dict[str, Any]:
    """Issue 15: returning to a chat of 2,000 tokens, from snapshots, on the 1.6B shape."""
    from bench import resume

    run_info = _run_info(options)
    started = time.perf_counter()
    models: list[dict[str, Any]] = []
    if DEFAULT_QUANT in stablelm:
        report("Returning to a chat: snapshots against the KV cache")
        figures = resume.run(stablelm[DEFAULT_QUANT], history_tokens=300 if options.quick
                             else 2000, rounds=1 if options.quick else 3, report=report)
        report(f"  first token {figures['in_cache_s']:.2f} s in cache, "
               f"after a switch {figures['after_switch_opened_s']:.2f} s opened and "
               f"{figures['after_switch_s']:.2f} s at once, after a restart "
               f"{figures['after_restart_opened_s']:.2f} s opened and "
               f"{figures['after_restart_s']:.2f} s at once, "
               f"{figures['without_snapshots']['first_token_s']:.2f} s without snapshots")
        models.append({"label": f"StableLM 2 1.6B shape, {DEFAULT_QUANT}", **figures})
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "models": models}


def _kv_section(stablelm: dict[str, Path], smollm2: Path | None, options: BenchOptions,
                report: Report) -> dict[str, Any]:
    """Issue 15: how the context is kept (``bench/kv.py``'s layouts), and decode speed as
    the context fills."""
    from bench import kv

    run_info = _run_info(options)
    started = time.perf_counter()
    targets = _both_models(stablelm, smollm2)
    models = []
    for path, label in targets:
        report(f"Context storage and length: {label}")
        figures = kv.run(path, rounds=1 if options.quick else 2, report=report)
        report("  the q8_0 setting against the default: "
               f"{(figures['verdict'] or {}).get('changes')}")
        models.append({"label": label, **figures})
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "models": models}


def _lookup_section(stablelm: dict[str, Path], smollm2: Path | None, options: BenchOptions,
                    report: Report) -> dict[str, Any]:
    """Prompt-lookup decoding: the gain on SmolLM2's real text, the cost there and on the
    1.6B shape (random text: only its overhead means anything, so two tasks suffice)."""
    from bench import lookup

    run_info = _run_info(options)
    started = time.perf_counter()
    quick = ("rewrite", "question") if options.quick else ()
    targets = ([(smollm2, "SmolLM2-135M-Instruct Q4_1", True, quick)]
               if smollm2 is not None else [])
    if DEFAULT_QUANT in stablelm:
        targets.append((stablelm[DEFAULT_QUANT], f"StableLM 2 1.6B shape, {DEFAULT_QUANT}",
                        False, ("rewrite", "question")))
    models = []
    for path, label, copies_count, only in targets:
        report(f"Prompt lookup decoding: {label}")
        figures = lookup.run(path, rounds=1 if options.quick else 2,
                             max_tokens=16 if options.quick else 64 if copies_count else 24,
                             only=only, report=report)
        models.append({"label": label, "copies_count": copies_count, **figures})
    verdict = lookup.verdict(models) if models else None
    if verdict is not None:
        report(f"  {'offer' if verdict['offer'] else 'do not offer'}: {verdict['best']}")
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "models": models, "verdict": verdict}


def _peers_section(stablelm: dict[str, Path], smollm2: Path | None, options: BenchOptions,
                   report: Report) -> dict[str, Any]:
    """Parla beside GPT4All and llama-server on the same files (``bench/peers.py``). A quick
    run does not download GPT4All's bindings (121 MB): without its venv it is not measured."""
    from bench import peers

    run_info = _run_info(options)
    started = time.perf_counter()
    targets = _both_models(stablelm, smollm2)
    models = []
    for path, label in targets:
        report(f"Parla beside its peers: {label}")
        figures = peers.run(path, rounds=1 if options.quick else 2,
                            tokens=16 if options.quick else 64,
                            history_tokens=300 if options.quick else 2000,
                            install_gpt4all=not options.quick, report=report)
        report(f"  Parla against the fastest peer: {figures['aims']}")
        models.append({"label": label, **figures})
    run_info["load_average_after"] = _load_average()
    run_info["seconds"] = round(time.perf_counter() - started, 1)
    return {"run": run_info, "models": models}


def _asdict(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _asdict(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("ratio", "raw_ratio", "raw_median", "app_median", "median", "overhead",
                     "prompt_median", "decode_median"):
            if hasattr(type(value), name):
                data[name] = getattr(value, name)
        return data
    if isinstance(value, (list, tuple)):
        return [_asdict(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def _model_suite(path: Path, label: str, *, quick: bool, report: Report) -> dict[str, Any]:
    """Aims 1, 2, 5 and load time for one model, all through one engine thread."""
    from app.core.engine.worker import EngineService

    service = EngineService()
    try:
        report(f"{label}: load time")
        load = llm.measure_load(path, service, repeats=1 if quick else 3)
        report(f"{label}: decode speed, app vs raw llama.cpp")
        decode = llm.compare_decode(path, service, rounds=2 if quick else 6,
                                    tokens=32 if quick else 128, report=report)
        report(f"{label}: time to first token, 10-turn vs fresh")
        first = llm.compare_first_token(path, service, rounds=1 if quick else 5, report=report)
        report(f"{label}: stop latency")
        stop = llm.measure_stop(path, service, repeats=1 if quick else 5, report=report)
    finally:
        service.shutdown()
    return {"label": label, "file": path.name, "file_bytes": path.stat().st_size,
            "load": _asdict(load), "decode": _asdict(decode), "first_token": _asdict(first),
            "stop": _asdict(stop)}


def _stablelm(options: BenchOptions, report: Report) -> dict[str, Path]:
    """The 1.6B-shaped files this run needs, by quantisation (written if missing)."""
    if options.stablelm_override is not None:
        return {DEFAULT_QUANT: options.stablelm_override}
    if not options.stablelm:
        return {}
    alone = options.only and "core" not in options.only
    quants = (DEFAULT_QUANT,) if options.quick or alone else options.ladder
    return ensure_stablelm(options.models_dir, quants, report)


def run(options: BenchOptions, report: Report = print) -> dict[str, Any]:
    """Run the benchmarks and write results.json, plots and performance.md to ``out``."""
    from bench import report as reporting

    unknown = set(options.only) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)}; choose from {SECTIONS}")
    started = time.perf_counter()
    options.out.mkdir(parents=True, exist_ok=True)
    stablelm = _stablelm(options, report)
    # The random-weight 1.6B has no template: chat with it as StableLM 2 Zephyr.
    served: list[tuple[Path, str, str | None]] = []
    if DEFAULT_QUANT in stablelm:
        served.append((stablelm[DEFAULT_QUANT], f"StableLM 2 1.6B shape, {DEFAULT_QUANT}",
                       "stablelm2-zephyr"))
    if options.smollm2:
        served.append((options.smollm2, "SmolLM2-135M-Instruct Q4_1", None))
    if options.only:
        return _run_sections(options, served, stablelm, report)

    results = _core(stablelm, options, report)
    results.update(api=_api_section(served, options, report),
                   remote=_remote_section(served, options, report),
                   resume=_resume_section(stablelm, options, report),
                   kv=_kv_section(stablelm, options.smollm2, options, report),
                   lookup=_lookup_section(stablelm, options.smollm2, options, report),
                   peers=_peers_section(stablelm, options.smollm2, options, report))
    results.update(_gui_and_startup(stablelm, options, report))
    results["seconds"] = round(time.perf_counter() - started, 1)

    (options.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    reporting.write_plots(results, options.out)
    page = options.page or options.out / "performance.md"
    page.write_text(reporting.markdown(results, images=options.out, page=page))
    report(f"Wrote {options.out / 'results.json'} and {page} in {results['seconds']:.0f} s")
    return results


def _core(stablelm: dict[str, Path], options: BenchOptions, report: Report) -> dict[str, Any]:
    """The headline figures: app against raw llama.cpp per model, the quantization ladder,
    threads and batch size."""
    results: dict[str, Any] = {"machine": _machine(), "quick": options.quick,
                               "defaults": {"threads": physical_cores(),
                                            "n_batch": CPU_PROMPT_BATCH}, "models": []}
    results["machine"]["load_average"] = _load_average()

    if DEFAULT_QUANT in stablelm:
        results["models"].append(_model_suite(
            stablelm[DEFAULT_QUANT], f"StableLM 2 1.6B shape, {DEFAULT_QUANT}",
            quick=options.quick, report=report))
    if options.smollm2 is not None:
        results["models"].append(_model_suite(options.smollm2, "SmolLM2-135M-Instruct Q4_1",
                                              quick=options.quick, report=report))

    results["quantizations"] = []
    for quant, path in stablelm.items():
        report(f"Quantization {quant}: prompt and decode speed")
        speed = llm.measure_quant(quant, path, repeats=1 if options.quick else 2)
        report(f"  {quant}: {speed.decode_tokens_per_second:.2f} tok/s decode, "
               f"{speed.prompt_tokens_per_second:.1f} tok/s prompt")
        results["quantizations"].append(_asdict(speed))

    if DEFAULT_QUANT in stablelm:
        report("Threads and batch size")
        cores = physical_cores()
        threads = sorted({1, cores, *((cores * 2,) if (os.cpu_count() or 1) > cores else ())})
        batches = (128, 512) if options.quick else (64, 128, 256, 512)
        results["sweep"] = _asdict(llm.sweep_threads_and_batch(
            stablelm[DEFAULT_QUANT], threads=threads, batches=batches, report=report,
            rounds=1 if options.quick else 4, prompt_tokens=128 if options.quick else 512))

    return results


def _gui_and_startup(stablelm: dict[str, Path], options: BenchOptions, report: Report
                     ) -> dict[str, Any]:
    """The window while a reply streams, start-up time and memory (processes of their own,
    so they come last)."""
    results: dict[str, Any] = {}
    report("GUI heartbeat while a markdown reply streams")
    heartbeat = gui.measure_heartbeat(tokens=300 if options.quick else 1500)
    report(f"  p99 gap {heartbeat.p99_ms:.1f} ms, max {heartbeat.max_ms:.1f} ms")
    results["heartbeat"] = _asdict(heartbeat)
    report("Render cost as a reply grows")
    render = gui.measure_render_cost(at_tokens=(100, 400) if options.quick
                                     else (100, 500, 1000, 2000),
                                     repeats=1 if options.quick else 3)
    results["render_cost"] = _asdict(render)

    report("Cold start")
    results["cold_start"] = _asdict(startup.measure_cold_start(repeats=1 if options.quick
                                                                else 5))
    results["memory"] = []
    for model in ([stablelm[DEFAULT_QUANT]] if DEFAULT_QUANT in stablelm else []) + (
            [options.smollm2] if options.smollm2 else []):
        report(f"Memory with {model.name}")
        results["memory"].append(_asdict(startup.measure_memory(model)))
    return results


def _run_sections(options: BenchOptions, served: list[tuple[Path, str, str | None]],
                  stablelm: dict[str, Path], report: Report) -> dict[str, Any]:
    """Measure ``options.only`` into the earlier results in ``out`` (if any), keeping the
    other sections' figures and their run's description; rewrite results.json and the page.
    The plots belong to the other sections and are left as they are."""
    from bench import report as reporting

    started = time.perf_counter()
    saved = options.out / "results.json"
    results: dict[str, Any] = (json.loads(saved.read_text()) if saved.is_file() else
                               {"machine": _machine(), "quick": options.quick, "models": []})
    if "core" in options.only:
        sections = {key: results[key] for key in SECTIONS if key in results}
        results = {**_core(stablelm, options, report),
                   **_gui_and_startup(stablelm, options, report), **sections}
        results["seconds"] = round(time.perf_counter() - started, 1)
        reporting.write_plots(results, options.out)
    if "api" in options.only:
        results["api"] = _api_section(served, options, report)
    if "remote" in options.only:
        results["remote"] = _remote_section(served, options, report)
    if "resume" in options.only:
        results["resume"] = _resume_section(stablelm, options, report)
    if "kv" in options.only:
        results["kv"] = _kv_section(stablelm, options.smollm2, options, report)
        reporting.write_kv_plot(results["kv"], options.out)
    if "lookup" in options.only:
        results["lookup"] = _lookup_section(stablelm, options.smollm2, options, report)
    if "peers" in options.only:
        results["peers"] = _peers_section(stablelm, options.smollm2, options, report)
        reporting.write_peers_plot(results["peers"], options.out)
    if not saved.is_file():
        results["seconds"] = round(time.perf_counter() - started, 1)
    saved.write_text(json.dumps(results, indent=2) + "\n")
    page = options.page or options.out / "performance.md"
    page.write_text(reporting.markdown(results, images=options.out, page=page))
    report(f"Wrote {saved} and {page} in {time.perf_counter() - started:.0f} s")
    return results
