"""Threads and batch sizes for llama.cpp on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.engine.llama.tuning import (
    CPU_PROMPT_BATCH,
    GPU_PROMPT_BATCH,
    physical_cores,
    prompt_batch,
    prompt_batch_for,
)


def _cpuinfo(tmp_path: Path, layout: list[tuple[int, int]]) -> Path:
    """A /proc/cpuinfo listing one logical CPU per (physical id, core id)."""
    blocks = [f"processor\t: {n}\nvendor_id\t: GenuineIntel\nphysical id\t: {socket}\n"
              f"siblings\t: {len(layout)}\ncore id\t\t: {core}\ncpu cores\t: 2\n"
              for n, (socket, core) in enumerate(layout)]
    path = tmp_path / "cpuinfo"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def test_hyper_threads_of_one_core_count_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2 cores x 2 threads, listed the way Linux lists them: every core, then the siblings.
    cpuinfo = _cpuinfo(tmp_path, [(0, 0), (0, 1), (0, 0), (0, 1)])
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert physical_cores(cpuinfo) == 2


def test_cores_on_different_sockets_are_different_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cpuinfo = _cpuinfo(tmp_path, [(0, 0), (0, 1), (1, 0), (1, 1)] * 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert physical_cores(cpuinfo) == 4


@pytest.mark.parametrize(("logical", "expected"), [(1, 1), (2, 2), (3, 3), (8, 4), (16, 8)])
def test_without_cpuinfo_half_the_logical_cpus_are_assumed_to_be_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logical: int, expected: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: logical)
    assert physical_cores(tmp_path / "no-cpuinfo") == expected


def test_this_machine_has_at_least_one_core_and_no_more_than_its_cpus() -> None:
    assert 1 <= physical_cores() <= (os.cpu_count() or 1)


def test_the_gpu_gets_a_larger_prompt_batch_than_the_cpu() -> None:
    assert (prompt_batch(0), prompt_batch(-1), prompt_batch(12)) == (
        CPU_PROMPT_BATCH, GPU_PROMPT_BATCH, GPU_PROMPT_BATCH)
    assert (prompt_batch_for("CPU"), prompt_batch_for("GPU")) == (
        CPU_PROMPT_BATCH, GPU_PROMPT_BATCH)
    assert CPU_PROMPT_BATCH < GPU_PROMPT_BATCH
