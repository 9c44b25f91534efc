"""The benchmark harness runs end to end (quick mode, tiny model) and reports every aim."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from bench.report import aims, markdown
from bench.run import BenchOptions, run


@pytest.fixture(scope="module")
def quick_results(tmp_path_factory: pytest.TempPathFactory, stablelm_path: Path,
                  ) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("bench")
    results = run(BenchOptions(out=out, models_dir=out / "models", smollm2=None, quick=True,
                               stablelm_override=stablelm_path), report=lambda _line: None)
    return results, out


def test_a_quick_run_writes_json_plots_and_a_page_with_every_aim(
        qtbot: QtBot, quick_results: tuple[dict[str, Any], Path]) -> None:
    results, out = quick_results
    assert json.loads((out / "results.json").read_text()) == results
    for plot in ("quantizations.png", "heartbeat.png", "render_cost.png"):
        assert (out / plot).read_bytes().startswith(b"\x89PNG")
    page = (out / "performance.md").read_text()
    for number in range(1, 7):
        assert f"| {number}. " in page, f"aim {number} missing from the table"
    assert "python -m bench" in page
    assert "## Threads and batch size" in page

    model = results["models"][0]
    assert model["decode"]["raw_tokens_per_second"] and model["decode"]["app_tokens_per_second"]
    assert all(speed > 0 for speed in model["decode"]["app_tokens_per_second"])
    first = model["first_token"]
    assert abs(first["new_tokens"] - first["fresh_tokens"]) <= 5, "compare like with like"
    assert model["stop"]["during_prompt_ms"] and model["stop"]["during_generation_ms"]
    assert results["heartbeat"]["beats"] > 100
    assert results["cold_start"]["seconds"] and results["memory"][0]["app_rss"] > 0
    assert {p["threads"] for p in results["sweep"]} >= {1}

    served = results["api"]["models"][0]
    assert served["decode_tps_api"] > 0 and served["decode_tps_in_process"] > 0
    assert [w["place"] for w in served["waits"]] == list(range(results["api"]["clients"]))
    assert "## Local API server" in page
    assert "| 7. Time to first token the API server adds" in page
    assert "Measured by a later run of this section alone" not in page

    remote = results["remote"]["models"][0]
    assert remote["decode_tps_parla"] > 0 and remote["decode_tps_openai_client"] > 0
    assert "## Remote engine (a model on a server)" in page
    assert "| 8. First-token overhead of the remote engine" in page

    resumed = results["resume"]["models"][0]
    assert resumed["in_cache_s"] > 0 and resumed["after_switch_s"] > 0
    # Returning read only the question, where the engine without snapshots read everything.
    for case in ("after_switch", "after_switch_opened", "after_restart",
                 "after_restart_opened"):
        assert resumed[case][0]["evaluated"] < resumed["without_snapshots"]["evaluated"]
    assert resumed["ready_s"]["switch"][0] > 0 and resumed["ready_s"]["restart"][0] > 0
    assert "## Returning to a chat (KV cache snapshots)" in page
    assert "| 9. First token returning to a" in page
    assert "after a switch, opened as in the app" in page

    stored = results["kv"]["models"][0]
    # The tiny model's heads (16 values) cannot be kept as q8_0 (blocks of 32).
    assert stored["unsupported"] == ["keys q8_0, values f16", "q8_0, flash attention"]
    assert set(stored["kinds"]) == {"f16", "f16, flash attention"}
    assert stored["default"] == stored["setting"] == "f16, flash attention"
    for figures in stored["kinds"].values():
        assert figures["prompt_tps"] > 0 and figures["perplexity"] > 1
        assert all(speed > 0 for speed in figures["decode_tps"].values())
    assert ("cannot keep this model's context as keys q8_0, values f16 or q8_0, flash "
            "attention") in page
    assert "| f16, flash attention (**default**) |" in page
    assert (out / "context_length.png").read_bytes().startswith(b"\x89PNG")
    assert "## How the context is kept" in page and "| 10. Decode with 2,000" in page


def _copy(out: Path, tmp_path: Path) -> Path:
    """A copy of the quick run's folder, for a later ``--only`` run into it."""
    folder = tmp_path / "again"
    shutil.copytree(out, folder)
    return folder


def _run_only(folder: Path, model: Path, section: str, command: str) -> dict[str, Any]:
    """``--only section --quick`` into ``folder``; what it returns is what it wrote."""
    again = run(BenchOptions(out=folder, models_dir=folder / "models", smollm2=None, quick=True,
                             stablelm_override=model, only=(section,), command=command),
                report=lambda _line: None)
    assert json.loads((folder / "results.json").read_text()) == again
    return again


def test_only_api_replaces_that_section_and_keeps_every_other_figure_and_plot(
        qtbot: QtBot, quick_results: tuple[dict[str, Any], Path], stablelm_path: Path,
        tmp_path: Path) -> None:
    earlier, out = quick_results
    folder = _copy(out, tmp_path)
    plot = folder / "heartbeat.png"
    plot_written = plot.stat().st_mtime_ns
    command = "python -m bench --only api --quick"
    again = _run_only(folder, stablelm_path, "api", command)
    assert {key: value for key, value in again.items() if key != "api"} == {
        key: value for key, value in earlier.items() if key != "api"}
    assert again["api"]["run"]["alone"] and again["api"]["run"]["command"] == command
    assert len(again["api"]["run"]["load_average_before"]) == 3
    assert plot.stat().st_mtime_ns == plot_written
    page = (folder / "performance.md").read_text()
    assert f"Measured by a later run of this section alone, `{command}`" in page
    assert "## GUI responsiveness" in page and "| 6. Cold start" in page


def test_a_missed_aim_is_reported_as_missed_with_its_figure(
        qtbot: QtBot, quick_results: tuple[dict[str, Any], Path]) -> None:
    results = copy.deepcopy(quick_results[0])
    decode = results["models"][0]["decode"]
    decode["ratio"], decode["app_median"], decode["raw_median"] = 0.5, 10.0, 20.0
    results["heartbeat"]["max_ms"] = 80.0
    served = results["api"]["models"][0]
    served["decode_ratio"], served["ttft_added_ms"] = 0.9, 35.0
    served["waits"][-1]["wait_s"] = served["waits"][-1]["bound_s"] + 1
    served["waits_within_bound"] = False
    rows = {aim.split(",")[0]: (measured, met) for aim, _target, measured, met in aims(results)}
    assert rows["1. Decode speed through the app / raw llama.cpp"] == (
        "0.500 (10.00 vs 20.00 tokens/s)", False)
    assert rows["3. GUI-thread gaps while a markdown reply streams"][1] is False
    assert rows["7. Decode speed through the API server / in-process"][1] is False
    assert rows["7. Time to first token the API server adds"] == ("median 35.0 ms", False)
    assert rows["7. Each of 8 API clients' wait against its place in the queue"][1] is False
    assert "**missed**" in markdown(results)


def test_only_core_measures_the_headline_figures_again_and_keeps_every_section(
        qtbot: QtBot, quick_results: tuple[dict[str, Any], Path], stablelm_path: Path,
        tmp_path: Path) -> None:
    earlier, out = quick_results
    folder = _copy(out, tmp_path)
    (folder / "heartbeat.png").unlink()
    again = _run_only(folder, stablelm_path, "core", "python -m bench --only core --quick")
    sections = ("api", "remote", "resume", "kv", "lookup", "peers")
    assert {key: again.get(key) for key in sections} == {
        key: earlier.get(key) for key in sections}
    assert again["models"][0]["decode"] != earlier["models"][0]["decode"]  # measured again
    assert again["heartbeat"]["beats"] > 100 and again["seconds"] > 0
    assert (folder / "heartbeat.png").read_bytes().startswith(b"\x89PNG")
    assert "## Threads and batch size" in (folder / "performance.md").read_text()
