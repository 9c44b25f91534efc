"""Searching the Hub: the real huggingface_hub client against a local Hub (tests/support)."""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import close_session, constants
from pytestqt.qtbot import QtBot

from app.core.cancel import CancelToken
from app.core.messages import Message
from app.core.models.downloads import CORRUPTED, REPO_NOT_FOUND, Downloader, DownloadError
from app.core.models.fit import assess_installed
from app.core.models.hardware import Machine
from app.core.models.hub_search import (
    GATED,
    LIST_SERVER_TROUBLE,
    NO_GGUF,
    PRIVATE,
    SEARCH_NO_CONNECTION,
    SEARCH_SERVER_TROUBLE,
    SEARCH_TIMED_OUT,
    SPLIT_REFUSED,
    TOO_MANY_REQUESTS,
    HubClient,
    HubError,
    HubSearchService,
    RepoListing,
    quantization_from_name,
)
from app.core.models.library import Library, read_shape
from tests.support.fake_hub import SEARCH, FakeHub

SMOL_REPO = "parla-test/SmolLM2-135M-Instruct-GGUF"
SMOL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MACHINE = Machine(total_ram=16 * 2**30, available_ram=12 * 2**30)
KIB, MIB = 1024, 1024 * 1024


@pytest.fixture(autouse=True)
def no_saved_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)


@pytest.fixture(scope="session")
def smollm2_bytes(smollm2_path: Path) -> bytes:
    return smollm2_path.read_bytes()


@pytest.fixture
def hub(smollm2_bytes: bytes) -> Iterator[FakeHub]:
    with FakeHub() as fake:
        fake.add_file(SMOL_REPO, SMOL_FILE, smollm2_bytes)
        fake.add_file(SMOL_REPO, "README.md", b"# SmolLM2\n", lfs=False)
        fake.describe_repo(SMOL_REPO, downloads=5000, likes=40,
                           last_modified="2024-11-02T10:00:00.000Z")
        yield fake
        close_session()
        assert fake.errors == []


@pytest.fixture
def client(hub: FakeHub, tmp_path: Path) -> HubClient:
    return HubClient(tmp_path / "cache", endpoint=hub.url, timeout=5)


def file_host_bytes(hub: FakeHub) -> int:
    return sum(r.bytes_sent for r in hub.requests if r.is_file_host)


def header_with_vocabulary_first(padding: int) -> bytes:
    """A GGUF whose shape keys come after 900 kB of merges, as some converters write them."""

    def text(value: str) -> bytes:
        raw = value.encode()
        return struct.pack("<Q", len(raw)) + raw

    def scalar(key: str, value: int) -> bytes:
        return text(key) + struct.pack("<IQ", 10, value)

    def strings(key: str, items: list[str]) -> bytes:
        return text(key) + struct.pack("<IIQ", 9, 8, len(items)) + b"".join(map(text, items))

    kvs = [
        text("general.architecture") + struct.pack("<I", 8) + text("llama"),
        strings("tokenizer.ggml.merges", [f"merge {i:08d} x" for i in range(40_000)]),
        scalar("llama.block_count", 4), scalar("llama.embedding_length", 64),
        scalar("llama.attention.head_count", 4), scalar("llama.attention.head_count_kv", 2),
        scalar("llama.context_length", 2048),
        strings("tokenizer.ggml.tokens", [f"t{i}" for i in range(1000)]),
    ]
    header = b"GGUF" + struct.pack("<IQQ", 3, 0, len(kvs)) + b"".join(kvs)
    return header + bytes(padding)


# -- search --------------------------------------------------------------------------------------


def test_search_finds_gguf_repositories_most_downloaded_first(
    hub: FakeHub, client: HubClient, smollm2_bytes: bytes
) -> None:
    hub.add_file("someone/smollm2-finetune-GGUF", "finetune.Q8_0.gguf", smollm2_bytes[:4096])
    hub.describe_repo("someone/smollm2-finetune-GGUF", downloads=12, likes=1)
    hub.add_file("HuggingFaceTB/SmolLM2-135M", "model.safetensors", b"not a gguf")
    hub.add_file("else/TinyLlama-GGUF", "tiny.Q4_0.gguf", smollm2_bytes[:4096])

    repos = client.search("SmolLM2")

    assert [r.id for r in repos] == [SMOL_REPO, "someone/smollm2-finetune-GGUF"]
    first = repos[0]
    assert (first.downloads, first.likes, f"{first.last_modified:%Y-%m-%d}") == (
        5000, 40, "2024-11-02")
    assert not first.gated and not first.private and first.access_note is None
    (request,) = hub.requests
    assert request.path == "/api/models"
    for part in ("search=SmolLM2", "filter=gguf", "sort=downloads", "expand=likes"):
        assert part in request.query


def test_search_with_no_match_is_an_empty_list(client: HubClient) -> None:
    assert client.search("no-such-model-anywhere") == []


# -- files ---------------------------------------------------------------------------------------


def test_files_are_listed_with_quantization_size_sha256_and_split_sets_grouped(
    hub: FakeHub, client: HubClient
) -> None:
    repo = "parla-test/big-GGUF"
    single = hub.add_file(repo, "big-Q4_K_M.gguf", b"GGUF" + bytes(5000))
    parts = [hub.add_file(repo, f"big-Q8_0-0000{i}-of-00003.gguf", bytes(3000 + i))
             for i in (2, 1, 3)]
    hub.add_file(repo, "mmproj-big-f16.gguf", bytes(100))
    hub.add_file(repo, "README.md", b"# big\n", lfs=False)

    files = client.repo_files(repo)

    assert files.revision == hub.commit_sha(repo)
    assert [(f.filename, f.quant, f.size) for f in files.files] == [
        ("big-Q4_K_M.gguf", "Q4_K_M", single.size),
        ("big-Q8_0-00001-of-00003.gguf", "Q8_0", sum(p.size for p in parts)),
    ]
    one, split = files.files
    assert one.sha256 == single.sha256 and not one.split and one.download_refusal is None
    assert split.parts == tuple(f"big-Q8_0-0000{i}-of-00003.gguf" for i in (1, 2, 3))
    assert split.download_refusal == Message(SPLIT_REFUSED, file=split.filename, parts=3)
    with pytest.raises(HubError) as refused:
        client.resolve(repo, "big-Q8_0-00002-of-00003.gguf")
    assert "split into 3 files" in str(refused.value)
    assert files.note is None


def test_a_repository_without_gguf_says_so(hub: FakeHub, client: HubClient) -> None:
    hub.add_file("HuggingFaceTB/SmolLM2-135M", "model.safetensors", b"weights")

    files = client.repo_files("HuggingFaceTB/SmolLM2-135M")

    assert files.files == ()
    assert files.note == Message(NO_GGUF, repo="HuggingFaceTB/SmolLM2-135M")
    assert "has no GGUF files" in str(files.note)


@pytest.mark.parametrize(("name", "quant"), [
    ("SmolLM2-135M-Instruct.Q4_1.gguf", "Q4_1"),
    ("llama-3-8b-instruct-q4_k_m.gguf", "Q4_K_M"),
    ("Phi-3-mini-4k-instruct-fp16.gguf", "F16"),
    ("gemma-7b-it-IQ2_XXS-00001-of-00002.gguf", "IQ2_XXS"),
    ("stablelm-zephyr-3b.bf16.gguf", "BF16"),
    ("tinyllama.gguf", "?"),
])
def test_quantization_is_read_from_the_file_name(name: str, quant: str) -> None:
    assert quantization_from_name(name) == quant


# -- headers and verdicts ------------------------------------------------------------------------


def test_verdict_comes_from_the_header_read_over_http_without_downloading_the_file(
    hub: FakeHub, client: HubClient, smollm2_path: Path, tmp_path: Path
) -> None:
    """The memory estimate equals what the installed file would get, from 256 KiB of 98 MB."""
    listing = client.assess(client.repo_files(SMOL_REPO), MACHINE, 4096)

    (fit,) = listing.fits
    assert fit.header is not None and fit.header.architecture == "llama"
    assert fit.header.shape == read_shape(smollm2_path)
    imported = Library(tmp_path / "lib").import_file(smollm2_path, "link")
    expected = assess_installed(imported, MACHINE, 4096)
    assert (fit.memory, fit.verdict) == (expected.memory, expected.verdict)
    assert fit.verdict is not None and fit.verdict.value == "fits"
    ranged = [r for r in hub.requests if r.is_file_host]
    assert [r.range for r in ranged] == ["bytes=0-262143"]
    assert file_host_bytes(hub) == 256 * KIB < len(smollm2_path.read_bytes()) // 300

    hub.clear_requests()
    again = HubClient(client.cache_dir, endpoint=hub.url).assess(
        client.repo_files(SMOL_REPO), MACHINE, 4096)
    assert again.fits[0].header is not None and again.fits[0].header.cached
    assert again.fits[0].memory == fit.memory
    assert not any(r.is_file_host or "/resolve/" in r.path for r in hub.requests)


def test_a_header_longer_than_the_first_read_is_read_further_but_not_the_weights(
    hub: FakeHub, client: HubClient
) -> None:
    content = header_with_vocabulary_first(padding=8 * MIB)
    hub.add_file("parla-test/odd-GGUF", "odd.Q4_0.gguf", content)

    listing = client.assess(client.repo_files("parla-test/odd-GGUF"), MACHINE, 4096)

    header = listing.fits[0].header
    assert header is not None and header.shape is not None
    assert (header.shape.layers, header.shape.kv_heads, header.shape.vocab) == (4, 2, 1000)
    assert 256 * KIB < file_host_bytes(hub) <= MIB < len(content)


def test_a_server_ignoring_range_still_gives_the_header(
    hub: FakeHub, client: HubClient, smollm2_path: Path
) -> None:
    hub.ignore_range(SMOL_FILE)

    header = client.read_header(client.repo_files(SMOL_REPO).files[0])

    assert header.shape == read_shape(smollm2_path)


def test_a_file_that_is_not_gguf_gets_no_verdict_and_says_why(
    hub: FakeHub, client: HubClient
) -> None:
    hub.add_file("parla-test/fake-GGUF", "fake.Q4_0.gguf", b"<html>not a model</html>" * 100)

    (fit,) = client.assess(client.repo_files("parla-test/fake-GGUF"), MACHINE, 4096).fits

    assert (fit.memory, fit.verdict) == (None, None)
    assert fit.note is not None and "does not give the numbers" in str(fit.note)


# -- gated and private ---------------------------------------------------------------------------


def test_a_gated_repository_says_it_needs_a_licence_and_a_token(
    hub: FakeHub, tmp_path: Path, smollm2_bytes: bytes
) -> None:
    repo = "meta-test/Llama-GGUF"
    hub.add_file(repo, "llama.Q4_1.gguf", smollm2_bytes, gated=True)
    anonymous = HubClient(tmp_path / "a", endpoint=hub.url)

    (found,) = anonymous.search("Llama")
    listing = anonymous.assess(anonymous.repo_files(repo), MACHINE, 4096)

    assert found.gated and found.access_note == Message(GATED, repo=repo)
    assert listing.note == Message(GATED, repo=repo)
    (fit,) = listing.fits
    assert (fit.verdict, fit.note) == (None, Message(GATED, repo=repo))
    assert [r.status for r in hub.requests if "/resolve/" in r.path] == [401]

    hub.grant_token("hf_granted")
    with_token = HubClient(tmp_path / "b", endpoint=hub.url, token=lambda: "hf_granted")
    (fit,) = with_token.assess(with_token.repo_files(repo), MACHINE, 4096).fits
    assert fit.verdict is not None and fit.note is None


def test_a_private_repository_is_found_only_with_its_token(
    hub: FakeHub, tmp_path: Path, smollm2_bytes: bytes
) -> None:
    repo = "me/private-smollm-GGUF"
    hub.add_file(repo, "mine.Q4_1.gguf", smollm2_bytes, private=True)
    hub.grant_token("hf_mine")
    anonymous = HubClient(tmp_path / "a", endpoint=hub.url)
    owner = HubClient(tmp_path / "b", endpoint=hub.url, token=lambda: "hf_mine")

    assert [r.id for r in anonymous.search("private")] == []
    with pytest.raises(HubError) as hidden:
        anonymous.repo_files(repo)
    assert hidden.value.message == Message(REPO_NOT_FOUND, repo=repo)

    (found,) = owner.search("private")
    assert found.private and found.access_note == Message(PRIVATE, repo=repo)
    (fit,) = owner.assess(owner.repo_files(repo), MACHINE, 4096).fits
    assert fit.verdict is not None


# -- faults --------------------------------------------------------------------------------------


def test_a_search_answered_with_503_says_so_at_once_without_retrying(
    hub: FakeHub, client: HubClient
) -> None:
    hub.fail_with(SEARCH, 503, times=None)

    with pytest.raises(HubError) as failed:
        client.search("smollm")

    assert failed.value.message == Message(SEARCH_SERVER_TROUBLE, status=503)
    assert "error 503" in str(failed.value)
    assert len(hub.requests) == 1


def test_a_search_that_gets_no_answer_times_out(hub: FakeHub, tmp_path: Path) -> None:
    hub.stall(SEARCH, 30)
    client = HubClient(tmp_path, endpoint=hub.url, timeout=0.5)

    with pytest.raises(HubError) as failed:
        client.search("smollm")

    assert failed.value.message == Message(SEARCH_TIMED_OUT)


def test_too_many_requests_asks_to_wait(hub: FakeHub, client: HubClient) -> None:
    hub.fail_with(SEARCH, 429)
    with pytest.raises(HubError) as failed:
        client.search("smollm")
    assert failed.value.message == Message(TOO_MANY_REQUESTS)


def test_listing_a_repository_on_a_failing_hub_says_so(hub: FakeHub, client: HubClient) -> None:
    hub.fail_with(SMOL_REPO, 500)
    with pytest.raises(HubError) as failed:
        client.repo_files(SMOL_REPO)
    assert failed.value.message == Message(LIST_SERVER_TROUBLE, status=500, repo=SMOL_REPO)


def test_a_401_on_a_gated_repository_listing_says_what_it_needs(
    hub: FakeHub, client: HubClient
) -> None:
    hub.fail_with(SMOL_REPO, 401, error_code="GatedRepo")
    with pytest.raises(HubError) as failed:
        client.repo_files(SMOL_REPO)
    assert failed.value.message == Message(GATED, repo=SMOL_REPO)


def test_an_unreachable_hub_says_it_cannot_be_reached(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = HubClient(tmp_path, endpoint=f"http://127.0.0.1:{port}")

    with pytest.raises(HubError) as failed:
        client.search("smollm")
    assert failed.value.message == Message(SEARCH_NO_CONNECTION)
    with pytest.raises(HubError) as listing:
        client.repo_files(SMOL_REPO)
    assert "could not reach Hugging Face to list the files" in str(listing.value)


def test_offline_mode_says_the_hub_cannot_be_reached_and_sends_nothing(
    hub: FakeHub, client: HubClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)

    with pytest.raises(HubError) as failed:
        client.search("smollm")

    assert failed.value.message == Message(SEARCH_NO_CONNECTION)
    assert hub.requests == []


# -- downloads -----------------------------------------------------------------------------------


def test_a_searched_file_downloads_verified_and_the_library_remembers_its_origin(
    hub: FakeHub, client: HubClient, tmp_path: Path, smollm2_bytes: bytes
) -> None:
    library = Library(tmp_path / "models")
    downloader = Downloader(library, tmp_path / "dl", endpoint=hub.url)
    entry = client.resolve(SMOL_REPO, SMOL_FILE)

    installed = downloader.download(entry, lambda _p: None, CancelToken())

    assert installed.key == f"hub:{SMOL_REPO}/{SMOL_FILE}"
    assert installed.path == tmp_path / "models" / "hub" / SMOL_REPO / SMOL_FILE
    assert installed.path.read_bytes() == smollm2_bytes
    assert (installed.repo, installed.filename) == (SMOL_REPO, SMOL_FILE)
    assert installed.revision == hub.commit_sha(SMOL_REPO)
    assert installed.architecture == "llama" and installed.shape is not None
    assert library.get(installed.key) == installed
    resolves = [r.path for r in hub.requests if "/resolve/" in r.path]
    assert resolves == [f"/{SMOL_REPO}/resolve/{hub.commit_sha(SMOL_REPO)}/{SMOL_FILE}"]


def test_a_download_whose_bytes_do_not_match_the_hubs_sha256_is_refused(
    hub: FakeHub, client: HubClient, tmp_path: Path
) -> None:
    hub.serve_wrong_bytes(SMOL_FILE)
    downloader = Downloader(Library(tmp_path / "models"), tmp_path / "dl", endpoint=hub.url)

    with pytest.raises(DownloadError) as failed:
        downloader.download(client.resolve(SMOL_REPO, SMOL_FILE), lambda _p: None, CancelToken())

    assert failed.value.message == Message(CORRUPTED, file=SMOL_FILE)


def test_library_entries_written_before_origins_were_kept_still_load(tmp_path: Path) -> None:
    root = tmp_path / "models"
    root.mkdir()
    (root / "library.json").write_text(json.dumps({"schema": 1, "models": [{
        "key": "m:Q4_K_M", "path": str(root / "m.gguf"), "sha256": "0" * 64, "size": 1,
        "source": "download", "name": "m", "quant": "Q4_K_M", "architecture": "stablelm",
        "installed_at": "2025-01-01T00:00:00+00:00"}]}), encoding="utf-8")

    (entry,) = Library(root).installed()

    assert (entry.key, entry.repo, entry.filename, entry.revision) == ("m:Q4_K_M", "", "", "")


# -- the service the Models dialog uses ----------------------------------------------------------


def test_the_service_reports_results_listings_and_failures_as_signals(
    qtbot: QtBot, hub: FakeHub, client: HubClient
) -> None:
    service = HubSearchService(client)
    try:
        with qtbot.waitSignal(service.results, timeout=10_000) as results:
            service.search("smollm")
        assert results.args is not None
        assert results.args[0] == "smollm" and results.args[1][0].id == SMOL_REPO

        with qtbot.waitSignal(service.listed, timeout=10_000) as listed:
            service.list_files(SMOL_REPO, MACHINE, 4096)
        assert listed.args is not None
        listing: RepoListing = listed.args[1]
        assert listing.fits[0].verdict is not None

        hub.fail_with(SEARCH, 502)
        with qtbot.waitSignal(service.failed, timeout=10_000) as failed:
            service.search("smollm")
        assert failed.args == ["smollm", Message(SEARCH_SERVER_TROUBLE, status=502)]
    finally:
        service.shutdown()

