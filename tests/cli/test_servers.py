"""``parla-cli servers`` and ``parla-cli chat --server``, against a real server on 127.0.0.1
(llama-cpp-python's: it starts fastest and needs no build)."""

from __future__ import annotations

import io
import json
import stat

import pytest

from app.cli.main import main
from app.core.engine.remote.connections import Connections
from app.core.paths import app_paths
from tests.support.servers import RunningServer, free_port

CHAT = ["--temperature", "0", "--repeat-penalty", "1", "--max-tokens", "24", "--system", "",
        "What is the capital of France? One word."]


def _add(server: RunningServer, monkeypatch: pytest.MonkeyPatch, name: str = "box",
         key: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO((key or server.api_key or "") + "\n"))
    return main(["servers", "add", name, server.base_url, "--kind", "llama.cpp",
                 "--api-key-stdin"])


def test_a_saved_server_is_listed_with_its_key_masked_and_tested(
    llama_cpp_server: RunningServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(llama_cpp_server, monkeypatch, key="sk-parla-secret-1234") == 0
    assert "sk-parla-secret-1234" not in capsys.readouterr().out
    store = Connections(app_paths().config)
    (saved,) = store.all()
    assert stat.S_IMODE((store.keys_dir / saved.id).stat().st_mode) == 0o600

    assert main(["servers", "list"]) == 0
    listed = capsys.readouterr().out
    assert "box" in listed and llama_cpp_server.base_url in listed
    assert "sk-parla-secret-1234" not in listed and "…1234" in listed

    assert main(["servers", "test", "box"]) == 1  # that key is wrong
    assert "refused the API key (HTTP 401)" in capsys.readouterr().err

    store.set_key(saved.id, llama_cpp_server.api_key)
    assert main(["servers", "test", "box"]) == 0
    assert llama_cpp_server.model in capsys.readouterr().out

    assert main(["servers", "remove", "box"]) == 0
    assert Connections(app_paths().config).all() == []


def test_chat_with_a_saved_server_streams_the_answer_and_names_the_server(
    llama_cpp_server: RunningServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    _add(llama_cpp_server, monkeypatch)
    capsys.readouterr()
    assert main(["chat", "--server", "box", "--json", *CHAT]) == 0
    *reply, stats_line = capsys.readouterr().out.rstrip("\n").split("\n")
    assert "Paris" in "\n".join(reply)
    stats = json.loads(stats_line)
    assert stats["server"] == llama_cpp_server.base_url
    assert stats["model"] == llama_cpp_server.model and stats["generated_tokens"] > 0


def test_chat_with_an_address_used_once_saves_nothing(
    llama_cpp_server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["chat", "--server", llama_cpp_server.base_url, "--api-key",
                 str(llama_cpp_server.api_key), *CHAT])
    assert code == 0 and "Paris" in capsys.readouterr().out
    assert Connections(app_paths().config).all() == []


@pytest.mark.parametrize(("arguments", "says"), [
    (["--server", "nobody"], "There is no server named 'nobody'"),
    (["--server", "127.0.0.1:{port}"], "Nothing answers at http://127.0.0.1:{port}/v1"),
    (["--server", "ftp://x/v1"], "is not a web address"),
])
def test_chat_failures_are_one_sentence_and_exit_1(
    arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    port = str(free_port())
    code = main(["chat", *[a.replace("{port}", port) for a in arguments], "Hi"])
    err = capsys.readouterr().err
    assert code == 1
    assert says.replace("{port}", port) in err and "Traceback" not in err
