"""Per-file model settings: remembered for the same file, forgotten for another one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.engine.base import LoadOptions
from app.core.model_settings import ModelSettings, ModelSettingsStore, model_settings_store


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "models" / "base.gguf"
    path.parent.mkdir()
    path.write_bytes(b"GGUF" + bytes(60))
    return path


def test_a_files_choices_are_remembered_by_a_new_store(model: Path) -> None:
    chosen = ModelSettings(chat_format="completion", context_length=2048,
                           system_prompt="Sé breve.")
    model_settings_store().put(model, chosen)
    assert model_settings_store().get(model) == chosen
    assert model_settings_store().path.parent.name == "config"


def test_another_file_or_a_changed_file_gets_defaults(model: Path, tmp_path: Path) -> None:
    store = model_settings_store()
    store.put(model, ModelSettings(chat_format="chatml"))
    other = tmp_path / "other.gguf"
    other.write_bytes(model.read_bytes())
    assert store.get(other) == ModelSettings()
    model.write_bytes(model.read_bytes() + b"more")  # another file at the same path
    assert store.get(model) == ModelSettings()
    assert store.get(tmp_path / "missing.gguf") == ModelSettings()


def test_the_same_file_reached_through_a_link_keeps_its_settings(
    model: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.gguf"
    link.symlink_to(model)
    model_settings_store().put(link, ModelSettings(chat_format="llama3"))
    assert model_settings_store().get(model).chat_format == "llama3"


def test_default_settings_forget_the_file(model: Path) -> None:
    store = model_settings_store()
    store.put(model, ModelSettings(context_length=1024))
    store.put(model, ModelSettings())
    assert json.loads(store.path.read_text())["models"] == []


def test_settings_apply_to_the_load_options(model: Path) -> None:
    options = LoadOptions(model, context_length=4096, threads=3)
    assert ModelSettings().apply_to(options) == options
    applied = ModelSettings(chat_format="gemma", context_length=1024).apply_to(options)
    assert (applied.chat_format, applied.context_length, applied.threads) == ("gemma", 1024, 3)


@pytest.mark.parametrize("bad", [{"chat_format": "vicuna"}, {"context_length": 0},
                                 {"context_length": True}, {"system_prompt": 3}])
def test_nonsense_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ModelSettings(**bad)  # type: ignore[arg-type]


def test_a_stale_entry_is_ignored_and_a_damaged_file_set_aside(
    model: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = ModelSettingsStore(tmp_path / "settings" / "model_settings.json")
    store.path.parent.mkdir()
    size = model.stat().st_size
    store.path.write_text(json.dumps({"schema": 1, "models": [
        {"path": str(model.resolve()), "size": size, "chat_format": "removed-format"}]}))
    assert store.get(model) == ModelSettings()
    assert "Ignoring the saved settings of base.gguf" in caplog.text

    store.path.write_text("{not json")
    assert store.get(model) == ModelSettings()
    assert list(store.path.parent.glob("model_settings.json.corrupt-*"))
    store.put(model, ModelSettings(system_prompt="Hi"))
    assert store.get(model).system_prompt == "Hi"
