"""Secrets on disk (the Hugging Face token, the API server's key): one way to keep them.

Written readable by this user only (mode 0600, atomically, so a crash never leaves half a
key), read back stripped, and shown only masked; no caller logs them.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_secret(path: Path, value: str) -> None:
    """Store ``value`` at ``path``, owner-only, replacing any previous one."""
    value = value.strip()
    if not value:
        raise ValueError("The secret is empty.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value)
    tmp.replace(path)


def read_secret(path: Path) -> str | None:
    """The stored secret, or None when there is none."""
    if path.is_file():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def mask(value: str) -> str:
    """``hf_…wxyz``: enough to recognise a secret, useless to anyone who sees it."""
    return f"{value[:3]}…{value[-4:]}" if len(value) > 10 else "…"
