from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.core.models.token import clear_token, load_token, mask, save_token, token_file


def test_the_token_is_saved_readable_only_by_its_owner(tmp_path: Path) -> None:
    save_token(tmp_path, "  hf_abcdefghijklmnopqrstuvwxyz\n")
    assert load_token(tmp_path) == "hf_abcdefghijklmnopqrstuvwxyz"
    assert stat.S_IMODE(token_file(tmp_path).stat().st_mode) == 0o600


def test_the_environment_token_is_used_when_none_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_from_environment_123")
    assert load_token(tmp_path) == "hf_from_environment_123"
    save_token(tmp_path, "hf_saved_token_4567")
    assert load_token(tmp_path) == "hf_saved_token_4567"
    clear_token(tmp_path)
    assert load_token(tmp_path) == "hf_from_environment_123"


def test_an_empty_token_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        save_token(tmp_path, "   ")


def test_a_masked_token_never_shows_the_secret_part() -> None:
    secret = "hf_abcdefghijklmnopqrstuvwxyz"
    shown = mask(secret)
    assert shown == "hf_…wxyz"
    assert "abcdefghij" not in shown
    assert mask("short") == "…"
