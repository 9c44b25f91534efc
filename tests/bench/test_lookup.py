"""The prompt-lookup section: real figures from SmolLM2, and the issue's rule both ways."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.lookup import acceptance, verdict
from bench.run import BenchOptions, run


def _model(copies_count: bool, copy: float, other: float, first: float = 1.0
           ) -> dict[str, Any]:
    """Made-up figures: lookup (2 and 10 drafts) decodes copy tasks ``copy`` times and other
    tasks ``other`` times as fast as without, and takes ``first`` times as long to the
    first token on them."""
    def task(name: str, copies: bool) -> dict[str, Any]:
        off = {"decode_tps": 50.0, "first_token_s": 0.2}
        ratio = copy if copies else other
        on = {"decode_tps": 50.0 * ratio, "first_token_s": 0.2 * (1.0 if copies else first)}
        return {"name": name, "copies": copies,
                "variants": {"off": off, "lookup_2": on,
                             "lookup_10": {**on, "decode_tps": on["decode_tps"] * 0.99}}}

    return {"copies_count": copies_count, "num_pred_tokens": [2, 10],
            "tasks": [task("rewrite", True), task("fix code", True), task("story", False)]}


def test_lookup_is_offered_when_copy_tasks_win_and_nothing_else_pays() -> None:
    result = verdict([_model(True, copy=1.4, other=0.99), _model(False, 1.0, 0.98)])
    assert result["offer"] is True
    assert result["best"]["num_pred_tokens"] == 2
    assert round(result["best"]["copy_gain"], 2) == 0.40
    assert result["best"]["worst_decode_change"] == -0.02


def test_lookup_is_not_offered_when_it_costs_elsewhere_or_wins_too_little() -> None:
    slower_chat = verdict([_model(True, copy=1.5, other=0.9)])
    assert slower_chat["offer"] is False and slower_chat["best"]["wins"]
    assert not slower_chat["best"]["free"]
    later_first_token = verdict([_model(True, copy=1.5, other=1.0, first=1.1)])
    assert later_first_token["offer"] is False
    assert later_first_token["best"]["worst_first_token_change"] == 0.1
    # The random-weight model's copy tasks are costs, not wins.
    random_slower = verdict([_model(True, 1.5, 1.0), _model(False, copy=0.8, other=1.0)])
    assert random_slower["offer"] is False
    small_gain = verdict([_model(True, copy=1.05, other=1.0)])
    assert small_gain["offer"] is False and not small_gain["best"]["wins"]


def test_accepted_drafts_are_the_matching_prefix_within_the_reply() -> None:
    sequence = [1, 2, 3, 4, 5, 6]
    # At 3: two of three match; at 5: one due, matching; at 6: past the end, not counted.
    assert acceptance([(3, [4, 5, 9]), (5, [6, 7]), (6, [1])], sequence) == (4, 3, 2)


def test_a_quick_lookup_run_on_smollm2_gives_plausible_figures(
        tmp_path: Path, smollm2_path: Path, stablelm_path: Path) -> None:
    command = "python -m bench --only lookup --quick"
    results = run(BenchOptions(out=tmp_path, models_dir=tmp_path / "models",
                               smollm2=smollm2_path, quick=True,
                               stablelm_override=stablelm_path, only=("lookup",),
                               command=command), report=lambda _line: None)
    assert json.loads((tmp_path / "results.json").read_text()) == results
    section = results["lookup"]
    assert section["run"]["alone"] and section["run"]["command"] == command
    smol, tiny = section["models"]
    assert smol["copies_count"] and not tiny["copies_count"]
    assert smol["scores_bytes"] == 4096 * 49152 * 4  # n_ctx x SmolLM2's vocabulary, float32
    tasks = {task["name"]: task for task in smol["tasks"]}
    assert set(tasks) == {"rewrite", "question"} and tasks["rewrite"]["copies"]
    assert tasks["rewrite"]["prompt_tokens"] > tasks["question"]["prompt_tokens"]
    # Plausible: no CPU reads a model's weights faster than 1 TB/s, and a lookup step
    # decodes at most its drafted tokens and one more from one read of them. (The tiny
    # random model decodes at about 10,000 tokens/s on a fast host: a fixed bound flakes.)
    per_step = {"off": 1, "lookup_2": 3, "lookup_10": 11}
    for model, path in ((smol, smollm2_path), (tiny, stablelm_path)):
        ceiling = 1e12 / path.stat().st_size
        for task in model["tasks"]:
            assert set(task["variants"]) == {"off", "lookup_2", "lookup_10"}
            for key, figures in task["variants"].items():
                assert 0 < figures["decode_tps"] < ceiling * per_step[key]
                assert 0 < figures["first_token_s"] < 120
                assert 1 < figures["generated"] <= 16
                assert isinstance(figures["identical"], bool)
                if key != "off":
                    assert 0 <= figures["accepted"] <= figures["drafted"]
                    assert figures["steps"] >= 1
    # SmolLM2 rewriting a paragraph repeats some of it: some drafts are taken.
    assert sum(v["accepted"] for k, v in tasks["rewrite"]["variants"].items() if k != "off") > 0
    assert isinstance(section["verdict"]["offer"], bool)
    assert {s["num_pred_tokens"] for s in section["verdict"]["settings"]} == {2, 10}
    page = (tmp_path / "performance.md").read_text()
    assert "## Prompt-lookup decoding" in page and "**Verdict: " in page
    assert "| SmolLM2-135M-Instruct Q4_1 | rewrite (copies) | " in page
