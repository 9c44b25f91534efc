"""The Hugging Face access token: stored owner-only, never logged, shown only masked."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.secrets import mask, read_secret, write_secret

__all__ = ["TOKEN_ENV", "clear_token", "load_token", "mask", "save_token", "token_file"]

TOKEN_ENV = "HF_TOKEN"  # noqa: S105 - the variable's name, not a secret


def token_file(config_dir: Path) -> Path:
    return config_dir / "hf_token"


def save_token(config_dir: Path, token: str) -> None:
    """Write the token readable by this user only (0600), replacing any previous one."""
    if not token.strip():
        raise ValueError("The token is empty.")
    write_secret(token_file(config_dir), token)


def load_token(config_dir: Path) -> str | None:
    """The saved token, else ``$HF_TOKEN`` (huggingface_hub's convention), else None."""
    return read_secret(token_file(config_dir)) or os.environ.get(TOKEN_ENV) or None


def clear_token(config_dir: Path) -> None:
    token_file(config_dir).unlink(missing_ok=True)
