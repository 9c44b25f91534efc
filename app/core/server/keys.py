"""The API server's key: stored owner-only like the Hugging Face token, never logged."""

from __future__ import annotations

import hmac
import os
from pathlib import Path

KEY_ENV = "PARLA_API_KEY"
"""An environment variable that holds the key, so it need not appear on a command line."""


def key_file(config_dir: Path) -> Path:
    return config_dir / "api_key"


def save_key(config_dir: Path, key: str) -> None:
    """Write the key readable by this user only (0600), replacing any previous one."""
    key = key.strip()
    if not key:
        raise ValueError("The API key is empty.")
    config_dir.mkdir(parents=True, exist_ok=True)
    path = key_file(config_dir)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    tmp.replace(path)


def load_key(config_dir: Path) -> str | None:
    """``$PARLA_API_KEY``, else the saved key, else None (no key asked for)."""
    if key := os.environ.get(KEY_ENV, "").strip():
        return key
    path = key_file(config_dir)
    if path.is_file():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def clear_key(config_dir: Path) -> None:
    key_file(config_dir).unlink(missing_ok=True)


def mask(key: str) -> str:
    """``sk-…wxyz``: enough to recognise a key, useless to anyone who sees it."""
    return f"{key[:3]}…{key[-4:]}" if len(key) > 10 else "…"


def matches(given: str, key: str) -> bool:
    """Whether ``given`` is ``key``, in time that does not depend on where they differ."""
    return hmac.compare_digest(given.encode("utf-8"), key.encode("utf-8"))
