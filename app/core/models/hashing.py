"""SHA256 of large files, in chunks, with progress and a way to stop."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from app.core.cancel import Cancelled, CancelToken

CHUNK = 4 * 1024 * 1024


def sha256_file(path: Path, on_progress: Callable[[int, int], None] | None = None,
                cancel: CancelToken | None = None) -> str:
    """Hex digest of ``path``; ``on_progress(done, total)`` after each 4 MiB."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            if cancel is not None and cancel.cancelled:
                raise Cancelled
            digest.update(block)
            done += len(block)
            if on_progress is not None:
                on_progress(done, total)
    return digest.hexdigest()
