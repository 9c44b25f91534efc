"""The start-up and memory probes run the real app in a process of its own."""

from __future__ import annotations

from pathlib import Path

from bench.startup import measure_memory
from tests.support.gguf_writer import write_stablelm_gguf


def test_memory_is_measured_for_a_model_without_a_chat_template(tmp_path: Path) -> None:
    # The 1.6B shape has no template and a name that says nothing: the app would open it
    # for text completion only, and the self-test's chat would fail.
    model = write_stablelm_gguf(tmp_path / "shape.gguf", seed=3, name="a random shape")
    memory = measure_memory(model)
    assert memory.app_rss > 0 and memory.raw_rss > 0
    assert memory.app_peak_rss >= memory.app_rss
