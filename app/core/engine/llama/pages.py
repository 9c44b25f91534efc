"""Give back the pages of the model file that llama.cpp no longer reads.

llama.cpp maps the whole GGUF and, on a CPU, copies most weights of a K-quant file into a
faster layout of its own when it loads ("repack": 560 MB of StableLM 2 Q4_K_M's 1 GB). It
never reads those weights' file pages again, yet they stay resident in Parla's process until
the kernel needs the memory, so a laptop's memory meter counts the weights twice. Dropping
the process's hold on every page of the file after loading leaves the file in the page cache;
the pages still in use come back from there on the first token (no disk read while it is
cached), and resident memory is then what the model really uses.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

MADV_DONTNEED = 4
"""Linux's madvise advice: drop the range's pages from this process (a read-only file
mapping reads them again on the next access)."""


def mapped_ranges(path: Path, maps: Path = Path("/proc/self/maps")) -> list[tuple[int, int]]:
    """Start and end addresses of this process's read-only mappings of ``path``."""
    target = os.path.realpath(path)
    ranges = []
    for line in maps.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and fields[5] == target and "w" not in fields[1]:
            start, end = (int(address, 16) for address in fields[0].split("-"))
            ranges.append((start, end))
    return ranges


def release_file_pages(path: Path) -> int:
    """Drop this process's resident pages of ``path``'s read-only mappings (Linux; elsewhere
    nothing); the bytes of mappings advised. Never raises: it only saves memory."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        madvise = ctypes.CDLL(None, use_errno=True).madvise
        madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
        released = 0
        for start, end in mapped_ranges(path):
            if madvise(start, end - start, MADV_DONTNEED) == 0:
                released += end - start
            else:
                log.info("madvise on %s failed: %s", path.name,
                         os.strerror(ctypes.get_errno()))
    except (OSError, AttributeError, ValueError) as exc:
        log.info("Could not release %s's pages: %s", path.name, exc)
        return 0
    return released
