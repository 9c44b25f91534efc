"""Shared fixtures: an isolated PARLA_HOME per test and the real test models."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.paths import HOME_ENV
from tests.support.fetch_models import SMOLLM2_PATH
from tests.support.gguf_writer import write_stablelm_gguf

# Real OpenAI-compatible servers (llama-server, llama-cpp-python, Parla) as fixtures.
pytest_plugins = ["tests.support.servers"]


@pytest.fixture(autouse=True)
def parla_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings, logs and data: nothing leaks between tests."""
    home = tmp_path / "parla-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The real SmolLM2-135M-Instruct GGUF, fetched by ``make test-models``."""
    if not SMOLLM2_PATH.is_file():
        pytest.fail(f"{SMOLLM2_PATH} is missing: run `make test-models` (make test does it).")
    return SMOLLM2_PATH


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def stablelm_path(models_dir: Path) -> Path:
    """A tiny StableLM-2-architecture GGUF with random weights (no chat template)."""
    return write_stablelm_gguf(models_dir / "tiny-stablelm-2-zephyr.gguf", seed=1,
                               name="tiny stablelm 2 zephyr test")


@pytest.fixture(scope="session")
def stablelm_without_pre_path(models_dir: Path) -> Path:
    """The same architecture, converted "before May 2024": no tokenizer.ggml.pre."""
    return write_stablelm_gguf(models_dir / "old-stablelm.gguf", seed=2, pre_tokenizer=None,
                               name="old stablelm 2 zephyr test")


BAD_FILE_KINDS = ["missing", "empty", "noise", "text", "truncated", "header_only", "folder"]


@pytest.fixture(params=BAD_FILE_KINDS)
def bad_model_file(request: pytest.FixtureRequest, tmp_path: Path, stablelm_path: Path) -> Path:
    """A file a user might open by mistake: each kind fails in its own way."""
    kind: str = request.param
    target = tmp_path / f"{kind}.gguf"
    model = stablelm_path.read_bytes()
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "noise":
        target.write_bytes(bytes(range(256)) * 64)
    elif kind == "text":
        target.write_text("These are my shopping notes, not a model.\n", encoding="utf-8")
    elif kind == "truncated":
        target.write_bytes(model[: len(model) * 2 // 3])
    elif kind == "header_only":
        target.write_bytes(model[:40])
    elif kind == "folder":
        target.mkdir()
    return target
