from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.core.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults_from_the_model_card(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert (settings.temperature, settings.top_p, settings.context_length) == (0.7, 0.95, 4096)


def test_saved_settings_round_trip_and_only_changes_are_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(language="nl", temperature=0.2, system_prompts={"nl": "Wees kort."})
    save_settings(settings, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "language": "nl", "temperature": 0.2, "system_prompts": {"nl": "Wees kort."}}
    assert load_settings(path) == settings
    assert not list(tmp_path.glob("*.tmp"))


def test_corrupt_file_falls_back_to_defaults_and_is_kept_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "de", "temperature": ', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings = load_settings(path)
    assert settings == Settings()
    assert "unreadable" in caplog.text
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"language"')


def test_a_non_object_file_is_treated_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_wrong_types_and_out_of_range_values_fall_back_one_by_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "language": "klingon", "temperature": "hot", "top_p": 7, "context_length": 2048,
        "max_reply_tokens": True, "top_k": 1, "unknown_key": 1,
        "system_prompts": {"de": "Sei knapp.", "xx": "dropped"},
    }), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings = load_settings(path)
    defaults = Settings()
    assert settings.language == defaults.language
    assert settings.temperature == defaults.temperature
    assert settings.top_p == defaults.top_p
    assert settings.max_reply_tokens == defaults.max_reply_tokens
    assert settings.context_length == 2048 and settings.top_k == 1
    assert settings.system_prompts == {"de": "Sei knapp."}
    assert "temperature" in caplog.text and "language" in caplog.text


def test_integers_are_accepted_where_floats_are_expected(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"temperature": 1}', encoding="utf-8")
    assert load_settings(path).temperature == 1.0


def test_chat_snapshots_follow_the_disk_space_setting_and_zero_turns_them_off(
        tmp_path: Path) -> None:
    settings = Settings()
    options = settings.resume(tmp_path / "snapshots")
    assert options is not None
    assert (options.folder, options.disk_budget_mb) == (tmp_path / "snapshots", 4096)
    settings.resume_disk_mb = 0
    assert settings.resume(tmp_path / "snapshots") is None
