"""The ``peers`` benchmark on real engines: Parla's worker and llama-server on SmolLM2, and
GPT4All when its venv exists (``python -m bench.gpt4all_env`` makes it)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

from bench import gpt4all_env, peers
from bench.report import _peers_aims, _peers_section, write_peers_plot
from tests.support.fetch_models import SMOLLM2_PATH

NO_GPT4ALL = (f"{gpt4all_env.VENV} is missing: `python -m bench.gpt4all_env` installs "
              f"{gpt4all_env.PIN} (121 MB from PyPI)")


@pytest.fixture(scope="module")
def smollm2() -> Path:
    if not SMOLLM2_PATH.is_file():
        pytest.fail(f"{SMOLLM2_PATH} is missing: run `make test-models` (make test does it).")
    return SMOLLM2_PATH


@pytest.fixture(scope="module")
def quick(smollm2: Path) -> dict[str, Any]:
    """One short round of every engine this machine has (GPT4All only if installed)."""
    engines = peers.ENGINES if gpt4all_env.ready() else ("parla", "llama-server")
    return peers.run(smollm2, rounds=1, tokens=6, history_tokens=100, engines=engines,
                     install_gpt4all=False)


def test_the_worker_protocol_answers_errors_as_errors_and_replies_with_timed_tokens(
        smollm2: Path, tmp_path: Path) -> None:
    side = peers.WorkerSide([sys.executable, "-m", "bench.peers", "--parla-worker",
                             str(tmp_path / "snap")], tmp_path / "worker.log")
    try:
        with pytest.raises(peers.PeerError, match=r"(?i)no model|not loaded|Engine"):
            side.request({"op": "generate", "messages": [{"role": "user", "content": "Hi"}],
                          "chat": "a", "prompt": "", "max_tokens": 2})
        with pytest.raises(peers.PeerError, match="KeyError"):
            side.request({"op": "no-such-op"})
        assert side.request({"op": "ready"}) == {"ok": True}
        before = peers.memory(side.pid)["rss"]
        loaded = side.request({"op": "load", "model": str(smollm2), "threads": 1,
                               "n_ctx": 4096})
        assert loaded["load_s"] > 0 and loaded["n_ctx"] == 4096
        reply = side.request({"op": "generate", "chat": "a", "prompt": "", "max_tokens": 6,
                              "messages": [{"role": "user", "content": "Tell me a story."}]})
        assert reply["tokens"] == 6 and reply["text"].strip()
        assert reply["first_token_s"] > 0 and reply["decode_tps"] > 0
        assert reply["evaluated"] > 0
        figures = peers.memory(side.pid)
        assert figures["peak_rss"] >= figures["rss"] > 50 * 2**20
        # The model and its context come on top of the libraries the process started with.
        assert 10 * 2**20 < before < figures["rss"] - 50 * 2**20
    finally:
        side.stop()
    assert side.process.returncode == 0, "quit ends the worker cleanly"


def test_a_quick_run_measures_parla_and_llama_server_on_the_same_chats(
        quick: dict[str, Any]) -> None:
    assert quick["n_ctx"] == 4096 and quick["threads"] >= 1
    assert quick["contexts"]["short"] < quick["contexts"]["long"]
    for engine in ("parla", "llama-server"):
        figures = quick["engines"][engine]
        assert figures["measured"], figures.get("reason")
        assert figures["decode_short_tps"] > 0 and figures["decode_long_tps"] > 0
        assert figures["prompt_tps"] > 0 and figures["new_chat_first_token_s"] > 0
        assert figures["returning_first_token_s"] > 0
        assert figures["peak_rss"] >= figures["loaded_rss"] > 50 * 2**20
        assert figures["loaded_anon_rss"] > 0 and figures["loaded_file_rss"] > 0
        if engine == "parla":  # before loading: the worker with llama-cpp-python imported
            assert 10 * 2**20 < figures["base_rss"] < figures["loaded_rss"] - 50 * 2**20
        else:  # llama-server loads its model as it starts
            assert figures["base_rss"] is None
        turn = figures["rounds"][0]
        assert turn["long"]["tokens"] == 6 or engine == "parla"  # Parla may meet end-of-text
    # Returning to chat A, Parla reads its new tokens only: its snapshot holds the rest.
    parla = quick["engines"]["parla"]["rounds"][0]
    assert parla["returning"]["evaluated"] < parla["returning_tokens"] / 2
    assert set(quick["aims"]) >= {"decode_short", "decode_long", "returning", "memory"}
    assert quick["aims"]["peers"]


def test_the_report_shows_every_engine_and_says_why_one_was_not_measured(
        quick: dict[str, Any], tmp_path: Path) -> None:
    model = copy.deepcopy(quick)
    model["engines"]["gpt4all"] = {"measured": False, "reason": NO_GPT4ALL}
    model["aims"] = peers.aims(model["engines"])
    run = {"date": "today", "commit": "abc", "command": "python -m bench --only peers",
           "quick": True, "alone": True, "load_average_before": [1.0, 1.0, 1.0]}
    section = {"run": run, "models": [{"label": "SmolLM2", **model}]}
    page = _peers_section(section)
    assert "## Parla beside GPT4All and llama-server" in page
    assert "| SmolLM2 | Parla |" in page and "| SmolLM2 | llama-server |" in page
    server_row = next(line for line in page.splitlines()
                      if line.startswith("| SmolLM2 | llama-server |"))
    header = next(line for line in page.splitlines() if line.startswith("| Model | Engine |"))
    assert server_row.split(" | ")[header.split(" | ").index("Before loading")] == "-", \
        "llama-server loads as it starts: nothing to show before loading"
    assert all(line.count("|") == header.count("|")
               for line in page.splitlines() if line.startswith("| SmolLM2 |"))
    assert f"| SmolLM2 | GPT4All 2.8.2 | not measured: {NO_GPT4ALL}" in page
    rows = _peers_aims(section)
    assert len(rows) == 4 and all("against llama-server" in row[2] for row in rows)
    plot = write_peers_plot(section, tmp_path)
    assert plot is not None and plot.read_bytes().startswith(b"\x89PNG")


def test_no_peer_measured_leaves_every_aim_open() -> None:
    engines = {"parla": {"measured": True, "decode_short_tps": 10.0},
               "llama-server": {"measured": False, "reason": "binary missing"}}
    assert peers.aims(engines) == {"decode_short": None, "decode_long": None,
                                   "returning": None, "memory": None}


@pytest.mark.skipif(not gpt4all_env.ready(), reason=NO_GPT4ALL)
def test_gpt4all_reads_smollm2_through_its_copy_and_reports_timed_tokens(
        quick: dict[str, Any], smollm2: Path) -> None:
    copy_path = gpt4all_env.readable_model(smollm2)
    assert copy_path != smollm2 and copy_path.stat().st_size > smollm2.stat().st_size / 2
    figures = quick["engines"]["gpt4all"]
    assert figures["measured"], figures.get("reason")
    turn = figures["rounds"][0]
    assert turn["long"]["tokens"] > 0 and turn["long"]["text"].strip()
    assert figures["decode_long_tps"] > 0 and figures["prompt_tps"] > 0
    assert 10 * 2**20 < figures["base_rss"] < figures["loaded_rss"]
    # Its bindings keep one context: returning to chat A reads all of it again.
    assert turn["returning"]["evaluated"] >= turn["returning_tokens"] - 2
    assert copy_path.name == smollm2.name
