"""The Hugging Face access token: stored owner-only, never logged, shown only masked."""

from __future__ import annotations

import os
from pathlib import Path

TOKEN_ENV = "HF_TOKEN"  # noqa: S105 - the variable's name, not a secret


def token_file(config_dir: Path) -> Path:
    return config_dir / "hf_token"


def save_token(config_dir: Path, token: str) -> None:
    """Write the token readable by this user only (0600), replacing any previous one."""
    token = token.strip()
    if not token:
        raise ValueError("The token is empty.")
    config_dir.mkdir(parents=True, exist_ok=True)
    path = token_file(config_dir)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    tmp.replace(path)


def load_token(config_dir: Path) -> str | None:
    """The saved token, else ``$HF_TOKEN`` (huggingface_hub's convention), else None."""
    path = token_file(config_dir)
    if path.is_file():
        return path.read_text(encoding="utf-8").strip() or None
    return os.environ.get(TOKEN_ENV) or None


def clear_token(config_dir: Path) -> None:
    token_file(config_dir).unlink(missing_ok=True)


def mask(token: str) -> str:
    """``hf_…wxyz``: enough to recognise a token, useless to anyone who sees it."""
    return f"{token[:3]}…{token[-4:]}" if len(token) > 10 else "…"
