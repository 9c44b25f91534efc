"""How much memory this process holds, for the self-test and the benchmarks."""

from __future__ import annotations

from pathlib import Path


def resident_memory() -> dict[str, int]:
    """This process's resident memory in bytes (Linux /proc; empty elsewhere)."""
    fields = {"VmRSS": "rss", "VmHWM": "peak_rss", "RssAnon": "rss_anon", "RssFile": "rss_file"}
    memory: dict[str, int] = {}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return memory
    for line in lines:
        key, _, value = line.partition(":")
        if key in fields:
            memory[fields[key]] = int(value.split()[0]) * 1024
    return memory
