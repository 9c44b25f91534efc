"""How the llama.cpp engine sizes its work for this computer: threads and prompt batches.

No llama_cpp import here: the models package's fit estimate reads the
batch sizes without loading llama.cpp.
"""

from __future__ import annotations

import os
from pathlib import Path

CPU_PROMPT_BATCH = 128
"""Prompt tokens per llama_decode on the CPU. Prompt speed is flat from 64 to 512 on the
measured CPU (docs/performance.md), while 128 lets Stop land within ~15 ms during a long
prompt (up to 124 ms at 512, where single graph nodes run that long) and needs ~300 MB
less for StableLM 2's 100k-token logits."""
GPU_PROMPT_BATCH = 512
"""llama.cpp's own default, which keeps a GPU busy (not measured: no GPU here)."""

CPUINFO = Path("/proc/cpuinfo")


def prompt_batch(gpu_layers: int) -> int:
    """Batch size for a model loaded with ``gpu_layers`` layers on the GPU."""
    return GPU_PROMPT_BATCH if gpu_layers else CPU_PROMPT_BATCH


def prompt_batch_for(backend: str) -> int:
    """Batch size for a model running on ``backend`` (``"GPU"`` or ``"CPU"``)."""
    return GPU_PROMPT_BATCH if backend == "GPU" else CPU_PROMPT_BATCH


def physical_cores(cpuinfo: Path = CPUINFO) -> int:
    """Cores, not hyper-threads: llama.cpp decodes slower with more threads than cores.

    Linux lists every logical CPU in /proc/cpuinfo; hyper-threads of one core share
    its ``physical id`` (the socket) and ``core id``. Elsewhere, half the logical CPUs.
    """
    try:
        text = cpuinfo.read_text()
    except OSError:
        text = ""
    cores = set()
    physical = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "physical id":
            physical = value.strip()
        elif key.strip() == "core id":
            cores.add((physical, value.strip()))
    if cores:
        return len(cores)
    logical = os.cpu_count() or 1
    return max(1, logical // 2) if logical >= 4 else logical
