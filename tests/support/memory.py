"""This process's resident memory, as Linux reports it, for tests that bound a peak."""

from __future__ import annotations

from pathlib import Path

import pytest

CLEAR_REFS = Path("/proc/self/clear_refs")

needs_peak_reset = pytest.mark.skipif(not CLEAR_REFS.exists(),
                                      reason="peak memory is reset through Linux's /proc")


def memory_mb(field: str) -> int:
    """``field`` of /proc/self/status (``VmRSS``, ``VmHWM``...) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise AssertionError(field)


def reset_peak() -> int:
    """Make the peak (VmHWM) the current resident memory; returns that, in MiB."""
    CLEAR_REFS.write_text("5")
    return memory_mb("VmRSS")
