"""``parla-cli chat``: the real command, in-process and as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.cli.main import main
from app.core.prompts import ChatMessage, default_system_prompts


def test_chat_streams_a_sensible_answer_and_json_stats(smollm2_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "chat", "--model", str(smollm2_path),
         "--temperature", "0", "--max-tokens", "48", "--json",
         "What is the capital of France?"],
        capture_output=True, text=True, timeout=120, check=False, env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stderr
    *reply_lines, stats_line = result.stdout.rstrip("\n").split("\n")
    assert "Paris" in "\n".join(reply_lines)
    stats = json.loads(stats_line)
    assert stats["stop_reason"] == "end_of_turn"
    assert stats["generated_tokens"] > 0 and stats["prompt_tokens"] > 10
    assert stats["tokens_per_second"] > 0 and stats["backend"] == "CPU"
    assert result.stderr == ""


def test_language_picks_the_native_system_prompt(
    smollm2_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.core.engine.llama.engine import LlamaCppEngine

    system_prompts: list[str] = []
    real_count = LlamaCppEngine.count_tokens

    def recording_count(self: LlamaCppEngine, messages: Sequence[ChatMessage]) -> int:
        system_prompts.append(messages[0].content)
        return real_count(self, messages)

    monkeypatch.setattr(LlamaCppEngine, "count_tokens", recording_count)
    code = main(["chat", "--model", str(smollm2_path), "--lang", "de", "--max-tokens", "4",
                 "Hallo!"])
    assert code == 0
    assert system_prompts[0] == default_system_prompts()["de"]
    capsys.readouterr()


def test_custom_system_prompt_and_stdin_prompt(
    smollm2_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("What is the capital of France?"))
    code = main(["chat", "--model", str(smollm2_path), "--system", "You are a geography tutor.",
                 "--temperature", "0", "--max-tokens", "40", "-"])
    assert code == 0
    assert "Paris" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv_tail", "message"),
    [
        (["--model", "/nonexistent/model.gguf", "hi"], "does not exist"),
        (["--model", "{text}", "hi"], "not a GGUF model file"),
        (["--model", "{model}", "   "], "prompt is empty"),
        (["--model", "{model}", "--max-tokens", "0", "hi"], "--max-tokens"),
    ],
)
def test_bad_input_exits_1_with_a_one_line_error(
    argv_tail: list[str], message: str, tmp_path: Path, stablelm_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = tmp_path / "notes.gguf"
    text.write_text("hello", encoding="utf-8")
    argv = ["chat", *(a.format(text=text, model=stablelm_path) for a in argv_tail)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("parla-cli: error: ")
    assert message in captured.err
    assert captured.err.count("\n") == 1


def test_missing_arguments_exit_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["chat", "hi"])
    assert exited.value.code == 2
    assert "--model" in capsys.readouterr().err


def test_unsupported_language_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["chat", "--model", "m.gguf", "--lang", "ja", "hi"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_console_scripts_are_installed() -> None:
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "parla-cli").exists() and (bin_dir / "parla").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux-specific")
def test_out_of_memory_is_reported_as_such(smollm2_path: Path) -> None:
    """A real allocation failure, forced by capping the process's address space."""
    import resource

    def cap_memory() -> None:
        limit = 450 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "chat", "--model", str(smollm2_path),
         "--ctx", "8192", "--max-tokens", "4", "hi"],
        capture_output=True, text=True, timeout=120, check=False, preexec_fn=cap_memory,
    )
    assert result.returncode == 1, result.stderr[-1000:]
    assert "not enough memory to load SmolLM2-135M-Instruct.Q4_1.gguf" in result.stderr


def test_complete_continues_a_text_word_for_word(
    smollm2_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["complete", "--model", str(smollm2_path), "--temperature", "0",
                 "--max-tokens", "4", "--json", "The capital of France is"])
    assert code == 0
    continuation, stats_line = capsys.readouterr().out.rstrip("\n").rsplit("\n", 1)
    assert continuation.startswith(" Paris")
    stats = json.loads(stats_line)
    assert stats["prompt_tokens"] <= 6  # the text alone: no chat template around it
    assert stats["generated_tokens"] == 4 and stats["stop_reason"] == "length"


def test_complete_with_a_server_uses_its_completions_route(
    llama_cpp_server: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.support.servers import RunningServer

    assert isinstance(llama_cpp_server, RunningServer)
    code = main(["complete", "--server", llama_cpp_server.base_url, "--api-key",
                 str(llama_cpp_server.api_key), "--temperature", "0", "--max-tokens", "4",
                 "The capital of France is"])
    assert code == 0
    assert capsys.readouterr().out.startswith(" Paris")


def test_chat_and_complete_apply_the_files_saved_settings_and_format_overrides(
    smollm2_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the window's "This model" tab saved for a file holds on the command line too."""
    from app.core.engine.base import LoadOptions, ModelInfo, ProgressCallback
    from app.core.engine.llama.engine import LlamaCppEngine
    from app.core.model_settings import ModelSettings, model_settings_store

    model_settings_store().put(smollm2_path, ModelSettings(
        chat_format="completion", context_length=512, system_prompt="Answer in one word."))
    assert main(["chat", "--model", str(smollm2_path), "--max-tokens", "4", "hi"]) == 1
    assert "error" in capsys.readouterr().err  # saved as text completion: no chat

    loaded: list[tuple[str | None, int]] = []
    systems: list[str] = []
    real_load, real_count = LlamaCppEngine.load, LlamaCppEngine.count_tokens

    def recording_load(self: LlamaCppEngine, options: LoadOptions,
                       on_progress: ProgressCallback) -> ModelInfo:
        loaded.append((options.chat_format, options.context_length))
        return real_load(self, options, on_progress)

    def recording_count(self: LlamaCppEngine, messages: Sequence[ChatMessage]) -> int:
        systems.append(messages[0].content)
        return real_count(self, messages)

    monkeypatch.setattr(LlamaCppEngine, "load", recording_load)
    monkeypatch.setattr(LlamaCppEngine, "count_tokens", recording_count)
    assert main(["chat", "--model", str(smollm2_path), "--format", "chatml",
                 "--max-tokens", "4", "hi"]) == 0
    assert loaded[-1] == ("chatml", 512) and systems[-1] == "Answer in one word."
    assert main(["complete", "--model", str(smollm2_path), "--ctx", "1024",
                 "--max-tokens", "2", "Once upon a time"]) == 0
    assert loaded[-1] == ("completion", 1024)  # --ctx wins over the saved length
    capsys.readouterr()


def test_an_unknown_format_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["chat", "--model", "x.gguf", "--format", "alpaca", "hi"])
    assert exit_info.value.code == 2
    assert "chatml" in capsys.readouterr().err
