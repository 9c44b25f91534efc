from __future__ import annotations

from pathlib import Path

import pytest

from app.core.paths import HOME_ENV, app_paths, resource


def test_parla_home_puts_every_location_under_one_folder(parla_home: Path) -> None:
    paths = app_paths()
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        assert folder.is_relative_to(parla_home)
    assert len({paths.data, paths.config, paths.cache, paths.logs}) == 4


def test_without_parla_home_platform_folders_named_after_the_app_are_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(HOME_ENV)
    paths = app_paths()
    assert all("parla" in str(p).lower() for p in (paths.data, paths.config, paths.logs))


def test_ensure_creates_the_folders(parla_home: Path) -> None:
    paths = app_paths().ensure()
    assert paths.logs.is_dir() and paths.config.is_dir() and paths.data.is_dir()
    assert paths.settings_file.parent == paths.config


def test_resources_ship_with_the_app() -> None:
    assert resource("prompts", "system_prompts.json").is_file()
    assert resource("chat_templates", "chatml.jinja").is_file()
