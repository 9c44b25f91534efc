"""A 5 ms QTimer on the GUI thread that records the gaps between its ticks, and the bounds a
responsive thread keeps while a reply streams (used for the window and for the API server).

Measured here with SmolLM2: median 5 ms; p95 6-8 ms on a quiet machine and 9-15 ms with
other work on both cores. A GUI thread that waits 12 ms on every token gives p95 30 ms on a
quiet machine (past 100 ms on a busy one); one that waits on the whole reply, the maximum.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QTimer


@contextmanager
def heartbeat() -> Iterator[list[int]]:
    """Tick every 5 ms while the block runs; yields the gaps (ms), filled as it ticks."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    timer.start()
    try:
        yield gaps
    finally:
        timer.stop()


def assert_responsive(gaps: list[int]) -> None:
    """The thread ran the timer on time: median, one tick in twenty, and no freeze."""
    ticks = sorted(gaps[1:])
    assert ticks, "the timer never ticked"
    median, p95 = ticks[len(ticks) // 2], ticks[len(ticks) * 95 // 100]
    assert median <= 7, f"the timer ran late half the time: median gap {median} ms"
    assert p95 <= 20, f"one tick in twenty came {p95} ms late"
    assert ticks[-1] < 250, f"the thread froze for {ticks[-1]} ms"
