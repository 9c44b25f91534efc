"""The API server's key: stored owner-only like the Hugging Face token, never logged."""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from app.core.secrets import mask, read_secret, write_secret

__all__ = ["KEY_ENV", "clear_key", "key_file", "load_key", "mask", "matches", "save_key"]

KEY_ENV = "PARLA_API_KEY"
"""An environment variable that holds the key, so it need not appear on a command line."""


def key_file(config_dir: Path) -> Path:
    return config_dir / "api_key"


def save_key(config_dir: Path, key: str) -> None:
    """Write the key readable by this user only (0600), replacing any previous one."""
    if not key.strip():
        raise ValueError("The API key is empty.")
    write_secret(key_file(config_dir), key)


def load_key(config_dir: Path) -> str | None:
    """``$PARLA_API_KEY``, else the saved key, else None (no key asked for)."""
    return os.environ.get(KEY_ENV, "").strip() or read_secret(key_file(config_dir))


def clear_key(config_dir: Path) -> None:
    key_file(config_dir).unlink(missing_ok=True)


def matches(given: str, key: str) -> bool:
    """Whether ``given`` is ``key``, in time that does not depend on where they differ."""
    return hmac.compare_digest(given.encode("utf-8"), key.encode("utf-8"))
