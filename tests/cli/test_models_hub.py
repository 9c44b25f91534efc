"""``parla-cli models search|files|download REPO/FILE`` as a user runs them, against a local Hub."""

from __future__ import annotations

import json
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import close_session

from tests.cli.test_models import cli, cli_env, partial_size, start
from tests.support.fake_hub import SEARCH, FakeHub

REPO = "parla-test/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MB = 1_000_000


@pytest.fixture
def hub(smollm2_path: Path) -> Iterator[FakeHub]:
    with FakeHub() as fake:
        fake.add_file(REPO, FILE, smollm2_path.read_bytes())
        fake.describe_repo(REPO, downloads=123_456, likes=78,
                           last_modified="2024-11-02T10:00:00.000Z")
        yield fake
        close_session()
        assert fake.errors == []


def test_search_list_files_download_kill_resume_and_chat(
    hub: FakeHub, parla_home: Path, smollm2_path: Path
) -> None:
    """What a user does to get "smollm" from the Hub, Ctrl+C and power cut included."""
    env = cli_env(hub, parla_home)

    found = cli(env, "models", "search", "smollm")
    assert found.returncode == 0, found.stderr
    header, row = found.stdout.splitlines()[:2]
    assert header.split() == ["REPOSITORY", "DOWNLOADS", "LIKES", "UPDATED", "ACCESS"]
    assert row.split() == [REPO, "123,456", "78", "2024-11-02"]

    files = cli(env, "models", "files", REPO)
    assert files.returncode == 0, files.stderr
    line = next(li for li in files.stdout.splitlines() if li.startswith(FILE))
    assert line.split()[1:] == ["Q4_1", "94", "MiB", *line.split()[4:6], "fits"]
    header_reads = [r for r in hub.requests_for(FILE) if r.is_file_host]
    assert sum(r.bytes_sent for r in header_reads) <= 256 * 1024

    hub.throttle(FILE, 15 * MB)
    first = start(env, "models", "download", f"{REPO}/{FILE}")
    deadline = time.monotonic() + 60
    while partial_size(parla_home) < 20 * MB and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    kept = partial_size(parla_home)
    assert 20 * MB <= kept < smollm2_path.stat().st_size

    hub.clear_faults()
    hub.clear_requests()
    resumed = cli(env, "models", "download", "--repo", REPO, "--file", FILE)
    assert resumed.returncode == 0, resumed.stderr
    assert "SHA256 verified" in resumed.stdout
    ranged = [r for r in hub.requests_for(FILE) if r.is_file_host and r.range]
    assert [r.range for r in ranged] == [f"bytes={kept}-"]

    index = json.loads((parla_home / "data" / "models" / "library.json").read_text("utf-8"))
    (entry,) = index["models"]
    assert (entry["key"], entry["repo"], entry["filename"]) == (f"hub:{REPO}/{FILE}", REPO, FILE)
    assert entry["revision"] == hub.commit_sha(REPO)
    assert f"hub:{REPO}/{FILE}" in cli(env, "models", "list").stdout

    installed = Path(entry["path"])
    chat = cli(env, "chat", "--model", str(installed), "--temperature", "0", "--max-tokens", "40",
               "--json", "What is the capital of France?")
    assert chat.returncode == 0, chat.stderr
    assert "Paris" in chat.stdout


def test_search_shows_gated_repositories_and_files_say_what_they_need(
    hub: FakeHub, parla_home: Path, smollm2_path: Path
) -> None:
    gated = "meta-test/smollm-gated-GGUF"
    hub.add_file(gated, "gated.Q4_1.gguf", smollm2_path.read_bytes(), gated=True)
    env = cli_env(hub, parla_home)

    found = cli(env, "models", "search", "smollm")
    assert any(li.split()[0] == gated and li.split()[-1] == "gated"
               for li in found.stdout.splitlines()[1:] if li.strip())

    files = cli(env, "models", "files", gated)
    assert files.returncode == 0
    assert "is gated: to download from it, accept its licence" in files.stdout

    refused = cli(env, "models", "download", f"{gated}/gated.Q4_1.gguf")
    assert refused.returncode == 1
    assert "access token" in refused.stderr and "licence accepted" in refused.stderr


def test_split_models_and_missing_files_are_refused_with_a_sentence(
    hub: FakeHub, parla_home: Path
) -> None:
    for part in (1, 2):
        hub.add_file(REPO, f"big-Q8_0-0000{part}-of-00002.gguf", bytes(1000))
    env = cli_env(hub, parla_home)

    split = cli(env, "models", "download", f"{REPO}/big-Q8_0-00001-of-00002.gguf")
    assert split.returncode == 1
    assert "split into 2 files" in split.stderr

    missing = cli(env, "models", "download", f"{REPO}/nothing.gguf")
    assert missing.returncode == 1 and "has no GGUF file named nothing.gguf" in missing.stderr

    no_file = cli(env, "models", "download", REPO)
    assert no_file.returncode == 2 and "name the file" in no_file.stderr


def test_hub_faults_each_give_their_sentence_and_the_library_keeps_working(
    hub: FakeHub, parla_home: Path
) -> None:
    env = cli_env(hub, parla_home)
    hub.fail_with(SEARCH, 503, times=None)
    broken = cli(env, "models", "search", "smollm")
    assert broken.returncode == 1
    assert "not answering properly right now (error 503)" in broken.stderr
    assert "Traceback" not in broken.stderr

    hub.add_file("someone/no-gguf", "model.safetensors", b"weights")
    empty = cli(env, "models", "files", "someone/no-gguf")
    assert empty.returncode == 1 and "has no GGUF files" in empty.stdout

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{sock.getsockname()[1]}"
    offline = {**env, "HF_ENDPOINT": nowhere}
    unreachable = cli(offline, "models", "search", "smollm")
    assert unreachable.returncode == 1
    assert "could not reach Hugging Face to search" in unreachable.stderr
    listing = cli(offline, "models", "list")
    assert listing.returncode == 0 and "Q4_K_M" in listing.stdout
