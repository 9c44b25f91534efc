"""Saved connections: addresses made right or refused with a sentence, keys kept apart and
owner-only, a damaged file set aside."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from app.core.engine.remote.connections import (
    PRESETS,
    Connections,
    InvalidConnectionError,
    normalize_url,
)


@pytest.mark.parametrize(("typed", "expected"), [
    ("192.168.1.5:8080", "http://192.168.1.5:8080/v1"),
    ("http://gpu-box:8000/v1/", "http://gpu-box:8000/v1"),
    ("https://llm.example.org", "https://llm.example.org/v1"),
    ("http://[::1]:8484/v1", "http://[::1]:8484/v1"),
    ("  localhost:11434  ", "http://localhost:11434/v1"),
])
def test_an_address_is_completed_to_the_api_base(typed: str, expected: str) -> None:
    assert normalize_url(typed) == expected


@pytest.mark.parametrize(("typed", "says"), [
    ("", "Type the server's address"),
    ("ftp://host/v1", "is not a web address"),
    ("http://host:port/v1", "port that is not a number"),
    ("http://user:secret@host:8080/v1", "API key has a field of its own"),
])
def test_a_bad_address_gets_a_sentence(typed: str, says: str) -> None:
    with pytest.raises(InvalidConnectionError) as caught:
        normalize_url(typed)
    assert says in str(caught.value)


def test_connections_and_their_keys_survive_a_restart_keys_apart_and_owner_only(
    tmp_path: Path
) -> None:
    store = Connections(tmp_path)
    added = store.add("GPU box", "gpu-box:8000", kind="vllm", model="Qwen", api_key="sk-secret")
    again = Connections(tmp_path)
    assert again.all() == [added]
    assert again.get("gpu box") == added and again.get(added.id) == added
    assert again.key(added.id) == "sk-secret"
    assert "sk-secret" not in store.file.read_text()
    key_file = store.keys_dir / added.id
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    target = again.target(added)
    assert (target.base_url, target.model, target.kind, target.api_key, target.host) == \
        ("http://gpu-box:8000/v1", "Qwen", "vllm", "sk-secret", "gpu-box:8000")
    assert "sk-secret" not in repr(target)


def test_names_are_unique_whatever_their_case(tmp_path: Path) -> None:
    store = Connections(tmp_path)
    first = store.add("Home", "127.0.0.1:8080")
    with pytest.raises(InvalidConnectionError, match="already a connection named"):
        store.add("home", "127.0.0.1:8081")
    second = store.add("Other", "127.0.0.1:8081")
    with pytest.raises(InvalidConnectionError):
        store.update(type(second)(second.id, "HOME", second.base_url))
    assert store.all() == [first, second]


def test_removing_a_connection_removes_its_key(tmp_path: Path) -> None:
    store = Connections(tmp_path)
    added = store.add("Home", "127.0.0.1:8080", api_key="k")
    store.remove(added.id)
    assert store.all() == [] and store.key(added.id) is None
    assert Connections(tmp_path).all() == []


def test_an_unnamed_connection_is_named_after_its_host(tmp_path: Path) -> None:
    assert Connections(tmp_path).add("", "10.0.0.2:8080").name == "10.0.0.2:8080"


def test_a_damaged_file_is_set_aside_and_nothing_is_sent_anywhere(tmp_path: Path) -> None:
    (tmp_path / "connections.json").write_text("{not json")
    store = Connections(tmp_path)
    assert store.all() == []
    assert any(p.name.startswith("connections.json") and p.name != "connections.json"
               for p in tmp_path.iterdir())


def test_an_id_that_could_escape_the_keys_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "connections.json").write_text(json.dumps({"connections": [
        {"id": "../../etc", "name": "x", "base_url": "http://h:1/v1"}]}))
    assert Connections(tmp_path).all() == []
    with pytest.raises(ValueError):
        Connections(tmp_path).key("../x")


def test_every_preset_points_at_its_servers_usual_port() -> None:
    ports = {p.kind: p.port for p in PRESETS}
    assert ports["vllm"] == 8000 and ports["llama.cpp"] == 8080 and ports["ollama"] == 11434
    assert ports["lmstudio"] == 1234 and ports["parla"] == 8484
    assert all(p.url().endswith(f":{p.port}/v1") for p in PRESETS)
