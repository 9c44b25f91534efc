"""Small JSON files that never lose data: atomic writes, and damaged files set aside.

Settings and the speed measurements share these rules: a crash mid-write keeps
the old file, and a file that cannot be read is renamed to ``NAME.corrupt-TIME``
(nothing is lost) with a warning in the log, so the app starts anyway.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)


def write_text_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def set_aside(path: Path, what: str, reason: object) -> Path | None:
    """Rename an unreadable ``path`` out of the way and say so in the log.

    ``what`` names the file for the reader of the log ("Settings file"). Returns
    where the file went, or None if it could not be moved.
    """
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    log.warning("%s %s is unreadable (%s); kept it as %s and started afresh",
                what, path, reason, aside.name)
    try:
        path.replace(aside)
    except OSError:
        log.warning("Could not move the unreadable file %s aside", path, exc_info=True)
        return None
    return aside
