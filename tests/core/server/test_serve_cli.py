"""``parla-cli serve`` as a user runs it: starts, answers, logs a line per request, stops
cleanly on Ctrl+C; refuses a non-loopback address without the option and a key."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _cli(*args: str, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PARLA_HOME": str(home)})


def test_serve_answers_then_stops_on_ctrl_c(smollm2_path: Path, parla_home: Path) -> None:
    port = _free_port()
    server = _cli("serve", "--model", str(smollm2_path), "--port", str(port), "--ctx", "512",
                  home=parla_home)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health") as response:
                    assert json.load(response)["status"] == "ok"
                break
            except OSError:
                assert server.poll() is None, server.communicate()[0]
                assert time.monotonic() < deadline, "the server never came up"
                time.sleep(0.2)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/completions", method="POST",
            data=json.dumps({"prompt": "Hello", "max_tokens": 3}).encode())
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
            assert json.load(response)["usage"]["completion_tokens"] > 0
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output
    assert f"at http://127.0.0.1:{port}/v1" in output
    assert "POST /v1/completions 200 tokens=" in output
    assert "Hello" not in output  # the prompt is never logged


@pytest.mark.parametrize("extra", [[], ["--allow-remote"]])
def test_serve_refuses_another_address_without_option_and_key(
    smollm2_path: Path, parla_home: Path, extra: list[str]
) -> None:
    run = _cli("serve", "--model", str(smollm2_path), "--host", "0.0.0.0", *extra,  # noqa: S104
               home=parla_home)
    output, _ = run.communicate(timeout=60)
    assert run.returncode == 1
    assert "--allow-remote" in output or "API key" in output
