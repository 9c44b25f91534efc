"""Downloads with the real huggingface_hub client against a local Hub (tests/support/fake_hub)."""

from __future__ import annotations

import builtins
import errno
import hashlib
import re
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import httpx2
import huggingface_hub.errors
import pytest
from huggingface_hub import close_session, constants, file_download
from huggingface_hub.utils import _http

from app.core.cancel import Cancelled, CancelToken
from app.core.models import downloads
from app.core.models.catalog import CatalogFile
from app.core.models.downloads import Downloader, DownloadError, DownloadProgress, Phase
from app.core.models.library import Library
from tests.support.fake_hub import FakeHub
from tests.support.gguf_writer import StableLmShape, write_stablelm_gguf

REPO = "parla-test/medium-GGUF"
NAME = "medium-Q4_K_M.gguf"
MIB = 1024 * 1024


class _NoSleep:
    """huggingface_hub's own back-off, recorded instead of slept (keeps retry tests fast)."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@pytest.fixture(autouse=True)
def instant_backoff(monkeypatch: pytest.MonkeyPatch) -> _NoSleep:
    clock = _NoSleep()
    monkeypatch.setattr(_http, "time", clock)
    monkeypatch.setattr(file_download, "time", clock)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)
    return clock


@pytest.fixture(scope="session")
def model_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real GGUF of about 17 MB: big enough to be cut, resumed and throttled."""
    path = tmp_path_factory.mktemp("medium") / "medium.gguf"
    shape = StableLmShape(hidden=256, layers=6, heads=4, ffn=512)
    return write_stablelm_gguf(path, shape, seed=3, name="medium test model").read_bytes()


@pytest.fixture
def hub(model_bytes: bytes) -> Iterator[FakeHub]:
    with FakeHub() as fake:
        fake.add_file(REPO, NAME, model_bytes)
        yield fake
        close_session()
        assert fake.errors == []


@pytest.fixture
def entry() -> CatalogFile:
    return CatalogFile("medium", "Q4_K_M", REPO, NAME)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "models")


def make_downloader(hub: FakeHub, library: Library, tmp_path: Path,
                    token: str | None = None, *, endpoint: str | None = None) -> Downloader:
    return Downloader(library, tmp_path / "cache", endpoint=endpoint or hub.url,
                      token=lambda: token, attempts=4, backoff=0.01, timeout=0.2)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_host_bytes(hub: FakeHub) -> int:
    return sum(r.bytes_sent for r in hub.requests_for(NAME) if r.is_file_host and r.method == "GET")


def test_download_reports_progress_and_installs_a_verified_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    seen: list[DownloadProgress] = []
    installed = make_downloader(hub, library, tmp_path).download(entry, seen.append,
                                                                 CancelToken())
    assert installed.path == library.root / "medium" / NAME
    assert installed.path.read_bytes() == model_bytes
    assert installed.sha256 == sha(model_bytes)
    assert library.get(entry.key) == installed
    phases = [p.phase for p in seen]
    assert phases[0] is Phase.CHECKING and phases[-1] is Phase.DONE
    downloading = [p for p in seen if p.phase is Phase.DOWNLOADING]
    assert len(downloading) > 5 and downloading[-1].done == len(model_bytes)
    assert all(p.total == len(model_bytes) for p in downloading)
    assert Phase.VERIFYING in phases
    assert not list((tmp_path / "cache" / "partial").iterdir())


def test_a_dropped_connection_resumes_without_fetching_bytes_twice(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.drop_connection_after(NAME, 5 * MIB + 1234)
    installed = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)
    ranges = [r.range for r in hub.requests_for(NAME) if r.is_file_host and r.range]
    assert ranges == ["bytes=5242880-"]
    # Only the part of a chunk that was in flight is fetched again.
    assert file_host_bytes(hub) - len(model_bytes) <= MIB + 1234


def test_pausing_keeps_the_partial_file_and_a_restart_resumes_it(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.throttle(NAME, 8 * MIB)
    cancel = CancelToken()

    def pause_after_6_mib(progress: DownloadProgress) -> None:
        if progress.phase is Phase.DOWNLOADING and progress.done >= 6 * MIB:
            cancel.cancel()

    with pytest.raises(Cancelled):
        make_downloader(hub, library, tmp_path).download(entry, pause_after_6_mib, cancel)
    partial = tmp_path / "cache" / "partial" / f"{sha(model_bytes)}.part"
    kept = partial.stat().st_size
    # huggingface_hub counts a chunk before writing it: a pause loses at most that chunk.
    assert kept >= 5 * MIB and kept % MIB == 0
    assert library.get(entry.key) is None

    hub.clear_faults()
    hub.clear_requests()
    # A new Downloader, as after the app was closed and started again.
    installed = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)
    # (The paused request may still be logged as it closes: only ranged requests are new.)
    resumed = [r for r in hub.requests_for(NAME) if r.is_file_host and r.range]
    assert [r.range for r in resumed] == [f"bytes={kept}-"]
    assert resumed[0].bytes_sent == len(model_bytes) - kept


def test_a_connection_that_keeps_dropping_is_retried_with_backoff_then_finishes(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    # Six failures without a byte exhaust huggingface_hub's own retries; Parla's take over.
    hub.drop_connection_after(NAME, 0, times=7)
    seen: list[DownloadProgress] = []
    installed = make_downloader(hub, library, tmp_path).download(entry, seen.append,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)
    retrying = [p for p in seen if p.phase is Phase.RETRYING]
    assert retrying and retrying[0].message is not None
    assert "retrying in" in str(retrying[0].message)


def test_server_errors_are_retried_and_a_lasting_outage_is_reported(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.fail_with(NAME, 500, times=1, on="get")
    seen: list[DownloadProgress] = []
    installed = make_downloader(hub, library, tmp_path).download(entry, seen.append,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)
    assert any(p.phase is Phase.RETRYING for p in seen)

    library.remove(entry.key)
    hub.fail_with(NAME, 500, times=None, on="get")
    with pytest.raises(DownloadError, match="not answering properly") as caught:
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    assert caught.value.message.args == {"file": NAME, "status": 500}


def test_too_many_requests_waits_and_succeeds(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.fail_with(NAME, 429, times=2, retry_after=1)
    installed = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing_file", "was not found on Hugging Face"),
        ("missing_repo", "repository parla-test/nothing-here was not found"),
        ("gated", "needs a Hugging Face access token"),
        ("forbidden", "needs a Hugging Face access token"),
    ],
)
def test_errors_that_retrying_cannot_fix_are_explained_at_once(
    hub: FakeHub, library: Library, model_bytes: bytes, tmp_path: Path, setup: str,
    message: str,
) -> None:
    entry = CatalogFile("m", "Q4_K_M", REPO, "missing.gguf")
    if setup == "missing_repo":
        entry = CatalogFile("m", "Q4_K_M", "parla-test/nothing-here", NAME)
    elif setup in ("gated", "forbidden"):
        hub.add_file("parla-test/gated", NAME, model_bytes, gated=True)
        entry = CatalogFile("m", "Q4_K_M", "parla-test/gated", NAME)
    token = "hf_wrong_token_123" if setup == "forbidden" else None
    hub.clear_requests()
    with pytest.raises(DownloadError, match=message):
        make_downloader(hub, library, tmp_path, token).download(entry, lambda _: None,
                                                                CancelToken())
    assert len(hub.requests) <= 2, "a permanent error must not be retried"


def test_a_gated_model_downloads_with_a_token(
    hub: FakeHub, library: Library, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.add_file("parla-test/gated", NAME, model_bytes, gated=True)
    hub.grant_token("hf_valid_token_456")
    entry = CatalogFile("gated", "Q4_K_M", "parla-test/gated", NAME)
    installed = make_downloader(hub, library, tmp_path, "hf_valid_token_456").download(
        entry, lambda _: None, CancelToken())
    assert installed.sha256 == sha(model_bytes)


def test_a_server_that_ignores_range_still_gives_a_correct_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    partial = tmp_path / "cache" / "partial" / f"{sha(model_bytes)}.part"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(model_bytes[: 4 * MIB])
    hub.ignore_range(NAME)
    installed = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                                 CancelToken())
    assert installed.path.read_bytes() == model_bytes


def test_wrong_bytes_are_deleted_and_never_replace_a_good_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    good = library.target_path(entry)
    good.parent.mkdir(parents=True)
    good.write_bytes(b"GGUF the user's older, working copy")
    hub.serve_wrong_bytes(NAME)
    with pytest.raises(DownloadError, match="arrived corrupted"):
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    assert good.read_bytes() == b"GGUF the user's older, working copy"
    assert not list((tmp_path / "cache" / "partial").iterdir())
    assert library.get(entry.key) is None


def test_a_pinned_hash_wins_over_the_one_the_hub_reports(
    hub: FakeHub, library: Library, model_bytes: bytes, tmp_path: Path
) -> None:
    pinned = CatalogFile("medium", "Q4_K_M", REPO, NAME, sha256="0" * 64)
    with pytest.raises(DownloadError, match="arrived corrupted"):
        make_downloader(hub, library, tmp_path).download(pinned, lambda _: None,
                                                         CancelToken())


def test_not_enough_free_space_is_refused_before_downloading(
    hub: FakeHub, library: Library, entry: CatalogFile, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Usage:
        free = 3 * MIB

    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage)
    with pytest.raises(DownloadError, match="Not enough free disk space"):
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    assert file_host_bytes(hub) == 0


def test_a_disk_that_fills_up_mid_download_keeps_the_partial_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk is the boundary here: writes fail with ENOSPC after 5 MiB."""
    real_open = Path.open

    def filling_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if self.suffix != ".part":
            return handle

        class FullDisk:
            def __getattr__(self, name: str) -> Any:
                return getattr(handle, name)

            def __enter__(self) -> FullDisk:
                return self

            def __exit__(self, *exc: object) -> None:
                handle.close()

            def write(self, data: bytes) -> int:
                if handle.tell() + len(data) > 5 * MIB:
                    raise OSError(errno.ENOSPC, "No space left on device")
                return int(handle.write(data))

        return FullDisk()

    monkeypatch.setattr(Path, "open", filling_open)
    with pytest.raises(DownloadError, match="disk is full"):
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    partial = tmp_path / "cache" / "partial" / f"{sha(model_bytes)}.part"
    assert partial.stat().st_size == 5 * MIB
    monkeypatch.undo()
    installed = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                                 CancelToken())
    assert installed.sha256 == sha(model_bytes)


def test_an_installed_model_needs_no_network(
    hub: FakeHub, library: Library, entry: CatalogFile, tmp_path: Path
) -> None:
    make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    hub.close()
    hub.clear_requests()
    again = make_downloader(hub, library, tmp_path).download(entry, lambda _: None,
                                                             CancelToken())
    assert again.present and hub.requests == []


# -- every failure is a sentence -------------------------------------------------------------

EXCEPTION_NAMES = {
    name
    for module in (builtins, httpx2, huggingface_hub.errors)
    for name, value in vars(module).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
STATUS_FAILURES = {
    400: downloads.REQUEST_REFUSED, 401: downloads.ACCESS_REFUSED,
    403: downloads.ACCESS_REFUSED, 404: downloads.FILE_NOT_FOUND,
    405: downloads.REQUEST_REFUSED, 408: downloads.SERVER_TROUBLE,
    409: downloads.REQUEST_REFUSED, 410: downloads.FILE_NOT_FOUND,
    416: downloads.REQUEST_REFUSED, 429: downloads.TOO_MANY_REQUESTS,
    500: downloads.SERVER_TROUBLE, 502: downloads.SERVER_TROUBLE,
    503: downloads.SERVER_TROUBLE, 504: downloads.SERVER_TROUBLE,
}
"""Every status a server may answer, and the sentence the user then reads."""


def assert_a_sentence(error: DownloadError, expected: str) -> None:
    """The user reads one of our sentences: no library text, class name, URL or repr."""
    assert error.message.template in downloads.FAILURES
    assert error.message.template == expected, error.message.template
    text = error.message.render()
    assert str(error) == text
    assert not EXCEPTION_NAMES & set(re.findall(r"\w+", text)), text
    assert "http" not in text.lower(), text
    assert not re.search(r"[<>{}\[\]]|\w\(['\"]|\\n|Errno|Traceback", text), text
    assert text[0].isupper() and text.endswith("."), text


def partial_of(tmp_path: Path, model_bytes: bytes) -> Path:
    """The first MiB already downloaded, as after an earlier attempt."""
    partial = tmp_path / "cache" / "partial" / f"{sha(model_bytes)}.part"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(model_bytes[:MIB])
    return partial


@pytest.mark.parametrize("request_kind", ["head", "get"])
@pytest.mark.parametrize("status", sorted(STATUS_FAILURES))
def test_every_http_error_reaches_the_user_as_a_sentence_and_keeps_the_partial_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path,
    status: int, request_kind: Literal["head", "get"],
) -> None:
    """``head``: Hugging Face's answer about the file (with the Hub's error codes);
    ``get``: the file host's answer to the transfer that resumes the partial file."""
    partial = partial_of(tmp_path, model_bytes)
    hub.fail_with(NAME, status, times=None, on=request_kind)
    with pytest.raises(DownloadError) as caught:
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    # Without a token the Hub answers 401 for a repository it does not show.
    expected = (downloads.REPO_NOT_FOUND if (status, request_kind) == (401, "head")
                else STATUS_FAILURES[status])
    assert_a_sentence(caught.value, expected)
    assert partial.read_bytes() == model_bytes[:MIB]
    assert library.get(entry.key) is None


def test_a_connection_dropped_every_time_is_a_sentence_and_keeps_the_partial_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    partial = partial_of(tmp_path, model_bytes)
    hub.drop_connection_after(NAME, 0, times=None)
    with pytest.raises(DownloadError) as caught:
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    assert_a_sentence(caught.value, downloads.CONNECTION_LOST)
    assert partial.read_bytes() == model_bytes[:MIB]


def test_a_refused_connection_is_a_sentence_and_keeps_the_partial_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    partial = partial_of(tmp_path, model_bytes)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{closed.getsockname()[1]}"
    with pytest.raises(DownloadError) as caught:
        make_downloader(hub, library, tmp_path, endpoint=dead).download(
            entry, lambda _: None, CancelToken())
    assert_a_sentence(caught.value, downloads.NO_CONNECTION)
    assert partial.read_bytes() == model_bytes[:MIB]


def test_a_server_that_never_answers_times_out_as_a_sentence_and_keeps_the_partial_file(
    hub: FakeHub, library: Library, entry: CatalogFile, model_bytes: bytes, tmp_path: Path
) -> None:
    partial = partial_of(tmp_path, model_bytes)
    with socket.socket() as silent:  # accepts connections (the kernel does) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        started = time.monotonic()
        with pytest.raises(DownloadError) as caught:
            make_downloader(hub, library, tmp_path,
                            endpoint=f"http://127.0.0.1:{silent.getsockname()[1]}").download(
                entry, lambda _: None, CancelToken())
    assert_a_sentence(caught.value, downloads.TIMED_OUT)
    assert time.monotonic() - started < 5, "the timeout must be the one given"
    assert partial.read_bytes() == model_bytes[:MIB]


def test_a_folder_that_refuses_writes_is_a_sentence_naming_it(
    hub: FakeHub, library: Library, entry: CatalogFile, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_mkdir = Path.mkdir

    def read_only_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if self.name == "partial":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    with pytest.raises(DownloadError) as caught:
        make_downloader(hub, library, tmp_path).download(entry, lambda _: None, CancelToken())
    assert_a_sentence(caught.value, downloads.DISK_ERROR)
    assert caught.value.message.args["folder"] == str(tmp_path / "cache")
