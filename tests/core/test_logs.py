from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engine.base import LoadOptions
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.logs import setup_logging


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "parla.log"
    setup_logging(path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if (h.get_name() or "").startswith("parla-")]:
        root.removeHandler(handler)
        handler.close()


def test_llama_cpp_output_goes_to_the_log_file_not_the_terminal(
    log_file: Path, stablelm_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    engine = LlamaCppEngine()
    engine.load(LoadOptions(stablelm_path, context_length=256), lambda _: None)
    engine.unload()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "parla.llama_cpp" in text and "llama_model_loader" in text
    assert "Loaded tiny-stablelm-2-zephyr.gguf" in text
    out, err = capfd.readouterr()
    assert "llama_model_loader" not in out + err
    assert "Model metadata" not in out + err


def test_setting_up_twice_does_not_duplicate_handlers(log_file: Path) -> None:
    setup_logging(log_file)
    names = [h.get_name() for h in logging.getLogger().handlers]
    assert names.count("parla-file") == 1 and names.count("parla-console") == 1
