"""``parla-cli models`` as a user runs it: real processes, the real client, a local Hub."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import close_session

from app.core.models.catalog import default_catalog
from tests.support.fake_hub import FakeHub

ZEPHYR_Q4KM = default_catalog().find("stablelm-2-zephyr-1_6b:Q4_K_M")
KEY = ZEPHYR_Q4KM.key
MB = 1_000_000


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as fake:
        yield fake
        close_session()
        assert fake.errors == []


def cli_env(hub: FakeHub, home: Path) -> dict[str, str]:
    return {**os.environ, "HF_ENDPOINT": hub.url, "PARLA_HOME": str(home),
            "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1"}


def cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def start(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def partial_size(home: Path) -> int:
    parts = list((home / "cache" / "hub" / "partial").glob("*.part"))
    return parts[0].stat().st_size if parts else 0


def test_pick_download_kill_resume_verify_load_and_chat(
    hub: FakeHub, parla_home: Path, smollm2_path: Path
) -> None:
    """The whole model-manager flow, with a real instruct model served as the catalog file."""
    content = smollm2_path.read_bytes()
    hub.add_file(ZEPHYR_Q4KM.repo, ZEPHYR_Q4KM.filename, content)
    env = cli_env(hub, parla_home)

    listing = cli(env, "models", "list")
    assert listing.returncode == 0
    assert "Q4_K_M" in listing.stdout and "fits" in listing.stdout

    refused = cli(env, "models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q4_K_M")
    assert refused.returncode == 3
    assert "Stability AI Community License" in refused.stderr
    assert "--accept-license" in refused.stderr

    hub.throttle(ZEPHYR_Q4KM.filename, 15 * MB)
    first = start(env, "models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q4_K_M",
                  "--accept-license")
    deadline = time.monotonic() + 60
    while partial_size(parla_home) < 20 * MB and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    kept = partial_size(parla_home)
    assert 20 * MB <= kept < len(content)

    hub.clear_faults()
    hub.clear_requests()
    resumed = cli(env, "models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q4_K_M")
    assert resumed.returncode == 0, resumed.stderr
    assert "SHA256 verified" in resumed.stdout
    ranged = [r for r in hub.requests_for(ZEPHYR_Q4KM.filename) if r.is_file_host and r.range]
    assert [r.range for r in ranged] == [f"bytes={kept}-"]
    assert ranged[0].bytes_sent == len(content) - kept

    verified = cli(env, "models", "verify")
    assert verified.returncode == 0 and f"OK       {KEY}" in verified.stdout
    assert "installed" in cli(env, "models", "list").stdout

    installed = parla_home / "data" / "models" / ZEPHYR_Q4KM.model_id / ZEPHYR_Q4KM.filename
    chat = cli(env, "chat", "--model", str(installed), "--temperature", "0", "--max-tokens", "40",
               "--json", "What is the capital of France?")
    assert chat.returncode == 0, chat.stderr
    assert "Paris" in chat.stdout
    assert json.loads(chat.stdout.strip().splitlines()[-1])["generated_tokens"] > 0

    removed = cli(env, "models", "remove", KEY)
    assert removed.returncode == 0 and not installed.exists()


def test_two_instances_downloading_the_same_file_fetch_it_once(
    hub: FakeHub, parla_home: Path, stablelm_path: Path
) -> None:
    content = stablelm_path.read_bytes()
    hub.add_file(ZEPHYR_Q4KM.repo, ZEPHYR_Q4KM.filename, content)
    hub.throttle(ZEPHYR_Q4KM.filename, 400_000)  # about two seconds
    env = cli_env(hub, parla_home)
    args = ("models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q4_K_M",
            "--accept-license")
    one = start(env, *args)
    time.sleep(0.3)
    two = start(env, *args)
    _, err_one = one.communicate(timeout=60)
    _, err_two = two.communicate(timeout=60)
    assert one.returncode == 0, err_one
    assert two.returncode == 0, err_two
    assert "Waiting for another Parla window" in err_one + err_two
    bodies = [r for r in hub.requests_for(ZEPHYR_Q4KM.filename)
              if r.is_file_host and r.method == "GET"]
    assert len(bodies) == 1 and bodies[0].bytes_sent == len(content)
    index = json.loads((parla_home / "data" / "models" / "library.json").read_text("utf-8"))
    assert [m["key"] for m in index["models"]] == [KEY]


def test_verify_detects_a_file_corrupted_on_disk(
    hub: FakeHub, parla_home: Path, stablelm_path: Path
) -> None:
    hub.add_file(ZEPHYR_Q4KM.repo, ZEPHYR_Q4KM.filename, stablelm_path.read_bytes())
    env = cli_env(hub, parla_home)
    assert cli(env, "models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q4_K_M",
               "--accept-license").returncode == 0
    installed = parla_home / "data" / "models" / ZEPHYR_Q4KM.model_id / ZEPHYR_Q4KM.filename
    data = bytearray(installed.read_bytes())
    data[-100] ^= 0xFF
    installed.write_bytes(bytes(data))
    result = cli(env, "models", "verify", KEY)
    assert result.returncode == 1 and f"CORRUPT  {KEY}" in result.stdout


def test_import_link_list_and_remove_a_local_file(
    hub: FakeHub, parla_home: Path, stablelm_path: Path
) -> None:
    env = cli_env(hub, parla_home)
    imported = cli(env, "models", "import", str(stablelm_path), "--link")
    assert imported.returncode == 0, imported.stderr
    assert "stablelm" in imported.stdout
    key = f"imported:{stablelm_path.name}"
    assert key in cli(env, "models", "list").stdout
    assert cli(env, "models", "remove", key).returncode == 0
    assert stablelm_path.exists()


def test_bad_requests_fail_with_one_line_and_exit_1(hub: FakeHub, parla_home: Path,
                                                    tmp_path: Path) -> None:
    env = cli_env(hub, parla_home)
    unknown = cli(env, "models", "download", "gpt-5", "--accept-license")
    assert unknown.returncode == 1 and "unknown model 'gpt-5'" in unknown.stderr
    not_a_model = tmp_path / "notes.gguf"
    not_a_model.write_text("hello", encoding="utf-8")
    bad_import = cli(env, "models", "import", str(not_a_model))
    assert bad_import.returncode == 1 and "not a GGUF" in bad_import.stderr
    missing = cli(env, "models", "remove", "nothing:Q4_K_M")
    assert missing.returncode == 1 and "No installed model" in missing.stderr
    not_on_hub = cli(env, "models", "download", "stablelm-2-zephyr-1_6b", "--quant", "Q8_0",
                     "--accept-license")
    assert not_on_hub.returncode == 1 and "was not found on Hugging Face" in not_on_hub.stderr


def test_the_token_command_saves_a_masked_owner_only_token(
    hub: FakeHub, parla_home: Path
) -> None:
    env = cli_env(hub, parla_home)
    saved = subprocess.run([sys.executable, "-m", "app.cli.main", "models", "token"], env=env,
                           input="hf_secretsecretsecret1234\n", capture_output=True, text=True,
                           timeout=60, check=False)
    assert saved.returncode == 0
    assert "hf_…1234" in saved.stdout and "secretsecret" not in saved.stdout + saved.stderr
    assert (parla_home / "config" / "hf_token").stat().st_mode & 0o077 == 0
    log = (parla_home / "logs" / "parla.log").read_text(encoding="utf-8")
    assert "secretsecret" not in log
    cleared = cli(env, "models", "token", "--clear")
    assert cleared.returncode == 0 and not (parla_home / "config" / "hf_token").exists()
