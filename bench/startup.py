"""Start-up time and memory, measured on fresh processes of the real app.

Cold start: ``python -m app --quit-when-shown`` with an empty PARLA_HOME (what a user
sees first), from spawning the process to the window's first paint.

Memory: the app's self-test (load, one reply, print its resident memory) against a
bare Python process that loads the same model with the same llama.cpp parameters
and generates the same reply length (``python -m bench.startup raw MODEL``).
The difference is what Parla itself costs beyond the model's own memory.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.memory import resident_memory

#: The checkout this harness belongs to: children import ``app`` and ``bench`` from it
#: wherever the benchmark was started.
_ROOT = Path(__file__).resolve().parent.parent


def _child_env(home: str) -> dict[str, str]:
    path = os.environ.get("PYTHONPATH")
    env = dict(os.environ, PARLA_HOME=home,
               PYTHONPATH=os.pathsep.join([str(_ROOT), *([path] if path else [])]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app has its bytecode compiled; so does a second run here.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _read_marked_line(process: subprocess.Popen[str], marker: str, timeout: float) -> str:
    """The first stdout line starting with ``marker``; kills the child on timeout."""
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith(marker):
            return line[len(marker):].strip()
    process.kill()
    raise RuntimeError(f"no {marker} line from {process.args!r}")


@dataclass(frozen=True)
class StartupResult:
    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def measure_cold_start(repeats: int = 5) -> StartupResult:
    """Spawn to first paint, each time with a new, empty PARLA_HOME (a first run)."""
    times: list[float] = []
    for attempt in range(repeats + 1):  # the first run only compiles the bytecode
        with tempfile.TemporaryDirectory(prefix="parla-start-") as home:
            started = time.perf_counter()
            with subprocess.Popen(
                    [sys.executable, "-m", "app", "--quit-when-shown"], env=_child_env(home),
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
                _read_marked_line(process, "PARLA_WINDOW_SHOWN", timeout=60)
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
            if attempt:
                times.append(elapsed)
    return StartupResult(seconds=tuple(times))


@dataclass(frozen=True)
class MemoryResult:
    model: str
    app_rss: int
    raw_rss: int
    app_peak_rss: int
    raw_peak_rss: int

    @property
    def overhead(self) -> int:
        return self.app_rss - self.raw_rss


def measure_memory(model: Path) -> MemoryResult:
    """Resident memory after one reply: the whole app against bare llama-cpp-python."""
    from app.core.model_settings import FILE_NAME, ModelSettings, ModelSettingsStore
    from bench.llm import load_options

    with tempfile.TemporaryDirectory(prefix="parla-rss-") as home:
        # The chat format a user would pick for a file without a template (the 1.6B shape).
        if (chat_format := load_options(model).chat_format) is not None:
            ModelSettingsStore(Path(home) / "config" / FILE_NAME).put(
                model, ModelSettings(chat_format=chat_format))
        with subprocess.Popen(
                [sys.executable, "-m", "app", "--self-test", str(model)], env=_child_env(home),
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
            app = json.loads(_read_marked_line(process, "PARLA_SELF_TEST_REPLY", timeout=600))
            process.wait(timeout=60)
        raw = json.loads(subprocess.run(
            [sys.executable, "-m", "bench.startup", "raw", str(model),
             str(app["stats"]["generated_tokens"])],
            env=_child_env(home), capture_output=True, text=True, timeout=600, check=True,
        ).stdout.strip().splitlines()[-1])
    return MemoryResult(model=model.name, app_rss=app["memory"]["rss"], raw_rss=raw["rss"],
                        app_peak_rss=app["memory"]["peak_rss"], raw_peak_rss=raw["peak_rss"])


def _raw_process(model: Path, tokens: int) -> None:
    """The baseline: load as the engine does, answer the self-test's question, report."""
    import logging

    from app.core.engine.base import SamplingParams
    from app.core.prompts import ChatMessage
    from bench.llm import SYSTEM, chat_prompt, open_raw, raw_generate

    logging.basicConfig(level=logging.ERROR)
    llama = open_raw(model)
    prompt = chat_prompt(llama, model, [ChatMessage("system", SYSTEM),
                                        ChatMessage("user", "What is the capital of France?")])
    raw_generate(llama, prompt, max(tokens, 1), SamplingParams(temperature=0.0, seed=1))
    print(json.dumps(resident_memory()), flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "raw":
        _raw_process(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit("usage: python -m bench.startup raw MODEL TOKENS")
