"""What this machine has: memory and, where a GPU backend exists, video memory.

Only the standard library is used, so this runs before llama.cpp is loaded.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Machine:
    total_ram: int
    available_ram: int
    vram: int = 0
    """Total memory of the largest GPU; 0 without a usable GPU backend."""
    gpu_name: str = ""


def _linux_meminfo() -> tuple[int, int]:
    fields: dict[str, int] = {}
    for line in Path("/proc/meminfo").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = int(value.split()[0]) * 1024
    total = fields["MemTotal"]
    return total, fields.get("MemAvailable", fields.get("MemFree", total))


def _windows_memory() -> tuple[int, int]:  # pragma: no cover - Windows only
    class MemoryStatus(ctypes.Structure):
        _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                    ("total_phys", ctypes.c_ulonglong), ("avail_phys", ctypes.c_ulonglong),
                    ("total_page", ctypes.c_ulonglong), ("avail_page", ctypes.c_ulonglong),
                    ("total_virtual", ctypes.c_ulonglong), ("avail_virtual", ctypes.c_ulonglong),
                    ("avail_extended", ctypes.c_ulonglong)]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
    return int(status.total_phys), int(status.avail_phys)


def system_memory() -> tuple[int, int]:
    """(total, available) bytes of RAM."""
    platform: str = sys.platform  # a plain str, so type checkers keep every branch
    if platform.startswith("linux"):
        return _linux_meminfo()
    if platform == "win32":  # pragma: no cover - Windows only
        return _windows_memory()
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    # macOS reports no "available"; compressed memory makes most of RAM usable.
    return total, int(total * 0.7)


def nvidia_vram() -> tuple[int, str]:
    """Total memory and name of the largest NVIDIA GPU, from nvidia-smi if present."""
    smi = shutil.which("nvidia-smi")
    if not smi:
        return 0, ""
    try:
        out = subprocess.run(  # noqa: S603 - a fixed query to the system's nvidia-smi
            [smi, "--query-gpu=memory.total,name", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=5, check=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("nvidia-smi failed: %s", exc)
        return 0, ""
    best = (0, "")
    for line in out.strip().splitlines():
        mib, _, name = line.partition(",")
        if mib.strip().isdigit():
            best = max(best, (int(mib) * 1024 * 1024, name.strip()))
    return best


def detect_machine(*, gpu_backend: bool) -> Machine:
    """Memory now. With a GPU backend, video memory too (Apple GPUs share RAM)."""
    total, available = system_memory()
    vram, name = (0, "")
    if gpu_backend:
        if sys.platform == "darwin":
            vram, name = int(total * 0.65), "Apple GPU (unified memory)"
        else:
            vram, name = nvidia_vram()
    return Machine(total_ram=total, available_ram=available, vram=vram, gpu_name=name)
