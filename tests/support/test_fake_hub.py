"""The real ``huggingface_hub`` 2.4.0 client against `FakeHub`, fault by fault.

Each test's name and docstring state what the client does by itself; these are the behaviours
Parla's download code has to live with:

* One ``hf_hub_download`` = ``HEAD /{repo}/resolve/{rev}/{file}`` (302 with X-Repo-Commit,
  X-Linked-Etag, X-Linked-Size; not followed, the file host is another origin), then
  ``GET <Location>`` on the file host without ``Authorization``.
* The body is read in ``constants.DOWNLOAD_CHUNK_SIZE`` (10 MiB) chunks: progress callbacks, and
  the resume point after a dropped connection, move in 10 MiB steps.
* A failed download keeps nothing: no ``.incomplete`` file survives, the next call starts at 0.
* No sha256 check: only the size is compared.

Back-off sleeps are recorded instead of slept (``sleeps`` fixture) so the retry tests stay fast.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import httpx2
import pytest
from huggingface_hub import HfApi, close_session, constants, file_download, hf_hub_download
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    LocalEntryNotFoundError,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.file_download import get_hf_file_metadata, hf_hub_url, http_get
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import _http

from tests.support.fake_hub import SEARCH, FakeHub, HubFile, RequestRecord

REPO = "parla-test/tiny-GGUF"
NAME = "tiny-Q4_K_M.gguf"
KIB = 1024
CHUNK = constants.DOWNLOAD_CHUNK_SIZE  # 10 MiB: how much the client reads before writing


def payload(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _RecordingTime:
    """Stands in for the ``time`` module in huggingface_hub: records sleeps instead of sleeping."""

    def __init__(self, sleeps: list[float]) -> None:
        self._sleeps = sleeps

    def sleep(self, seconds: float) -> None:
        self._sleeps.append(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The back-off sleeps huggingface_hub asked for; also keeps any saved HF token out."""
    recorded: list[float] = []
    monkeypatch.setattr(_http, "time", _RecordingTime(recorded))
    monkeypatch.setattr(file_download, "time", _RecordingTime(recorded))
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)
    return recorded


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with FakeHub() as fake:
        yield fake
        close_session()  # drop the client's pooled keep-alive connections to this server
        assert fake.errors == []


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "hf-cache"


def download(
    hub: FakeHub,
    cache: Path,
    *,
    repo_id: str = REPO,
    filename: str = NAME,
    revision: str | None = None,
    token: str | bool | None = None,
    local_files_only: bool = False,
    force_download: bool = False,
    tqdm_class: type[Any] | None = None,
) -> Path:
    """The real ``hf_hub_download`` into ``cache``, from ``hub``."""
    return Path(
        hf_hub_download(
            repo_id,
            filename,
            revision=revision,
            cache_dir=cache,
            endpoint=hub.url,
            token=token,
            local_files_only=local_files_only,
            force_download=force_download,
            tqdm_class=tqdm_class,
        )
    )


def file_gets(hub: FakeHub) -> list[RequestRecord]:
    return [r for r in hub.requests if r.is_file_host and r.method == "GET"]


def leftovers(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.incomplete"))


# -- the happy path ------------------------------------------------------------------------------


def test_download_is_one_head_to_the_hub_then_one_get_to_the_file_host(
    hub: FakeHub, cache: Path
) -> None:
    """The HEAD's 302 is not followed (other origin); the GET goes straight to its Location."""
    hub_file = hub.add_file(REPO, NAME, payload(512 * KIB))

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    commit = hub.commit_sha(REPO)
    assert path == cache / "models--parla-test--tiny-GGUF" / "snapshots" / commit / NAME
    assert path.resolve().name == hub_file.sha256  # blob named after X-Linked-Etag
    head, get = hub.requests
    assert (head.method, head.path, head.status) == ("HEAD", f"/{REPO}/resolve/main/{NAME}", 302)
    assert head.headers["accept-encoding"] == "identity"
    assert (get.method, get.path) == ("GET", f"/_files/{hub_file.sha256}")
    assert get.query == f"name={NAME}"
    assert (get.status, get.range, get.bytes_sent) == (200, None, hub_file.size)
    assert leftovers(cache) == []


def test_model_info_with_files_metadata_reports_sha256_and_size(hub: FakeHub) -> None:
    """``model_info(files_metadata=True)`` is ``GET /api/models/{repo}?blobs=true``."""
    gguf = hub.add_file(REPO, NAME, payload(256 * KIB))
    readme = hub.add_file(REPO, "README.md", b"# tiny\n", lfs=False)

    info = HfApi(endpoint=hub.url).model_info(REPO, files_metadata=True)

    assert info.sha == hub.commit_sha(REPO)
    siblings = {s.rfilename: s for s in info.siblings or []}
    assert siblings.keys() == {NAME, "README.md"}
    lfs = siblings[NAME].lfs
    assert lfs is not None
    assert (lfs.sha256, lfs.size, siblings[NAME].size) == (gguf.sha256, gguf.size, gguf.size)
    assert lfs.pointer_size == len(gguf.lfs_pointer)
    assert (siblings["README.md"].lfs, siblings["README.md"].size) == (None, readme.size)
    (request,) = hub.requests
    assert (request.method, request.path) == ("GET", f"/api/models/{REPO}")
    assert request.query == "blobs=true"


def test_model_info_of_a_revision_and_paths_info(hub: FakeHub) -> None:
    """``revision=`` adds ``/revision/{rev}``; ``get_paths_info`` POSTs to ``/paths-info/{rev}``."""
    gguf = hub.add_file(REPO, NAME, payload(256 * KIB))
    api = HfApi(endpoint=hub.url)

    info = api.model_info(REPO, revision="main")
    (entry,) = api.get_paths_info(REPO, [NAME, "absent.gguf"])
    assert isinstance(entry, RepoFile)

    assert info.siblings is not None
    assert [s.rfilename for s in info.siblings] == [NAME]
    assert info.siblings[0].lfs is None  # no blobs=true, no metadata
    assert entry.path == NAME
    assert entry.lfs is not None
    assert (entry.lfs.sha256, entry.size) == (gguf.sha256, gguf.size)
    assert [r.path for r in hub.requests] == [
        f"/api/models/{REPO}/revision/main",
        f"/api/models/{REPO}/paths-info/main",
    ]


def test_file_metadata_is_plain_http_without_xet(hub: FakeHub) -> None:
    """The HEAD advertises no Xet storage, so the client takes the plain HTTP download path."""
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))

    metadata = get_hf_file_metadata(hf_hub_url(REPO, NAME, endpoint=hub.url))

    assert metadata.xet_file_data is None
    assert metadata.commit_hash == hub.commit_sha(REPO)
    assert (metadata.etag, metadata.size) == (hub_file.sha256, hub_file.size)
    assert metadata.location == f"{hub.cdn_url}/_files/{hub_file.sha256}?name={NAME}"


def test_regular_git_file_is_served_by_resolve_itself(hub: FakeHub, cache: Path) -> None:
    """A non-LFS file: HEAD and GET both on ``resolve`` (200), blob named after its git sha1."""
    readme = hub.add_file(REPO, "README.md", b"# tiny\n", lfs=False)

    path = download(hub, cache, filename="README.md")

    assert path.read_bytes() == readme.content
    assert path.resolve().name == readme.blob_id
    assert [(r.method, r.path, r.status) for r in hub.requests] == [
        ("HEAD", f"/{REPO}/resolve/main/README.md", 200),
        ("GET", f"/{REPO}/resolve/main/README.md", 200),
    ]


def test_a_commit_sha_works_as_revision(hub: FakeHub, cache: Path) -> None:
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))

    path = download(hub, cache, revision=hub.commit_sha(REPO))

    assert path.read_bytes() == hub_file.content


# -- dropped connections and resuming ------------------------------------------------------------


def test_dropped_connection_is_resumed_with_range_from_the_last_full_10_mib_chunk(
    hub: FakeHub, cache: Path, sleeps: list[float]
) -> None:
    """After a drop the client sleeps 1 s and asks ``Range: bytes=N-``: N counts only whole
    10 MiB chunks, so what arrived past the last chunk boundary is fetched again."""
    hub_file = hub.add_file(REPO, NAME, payload(CHUNK + 512 * KIB))
    hub.drop_connection_after(NAME, CHUNK + 256 * KIB)

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    first, second = file_gets(hub)
    assert (first.status, first.range, first.bytes_sent) == (200, None, CHUNK + 256 * KIB)
    assert (second.status, second.range) == (206, f"bytes={CHUNK}-")
    assert second.bytes_sent == hub_file.size - CHUNK  # the first 10 MiB were not fetched again
    assert sleeps == [1]


def test_dropped_connection_in_a_file_under_10_mib_restarts_from_zero(
    hub: FakeHub, cache: Path, sleeps: list[float]
) -> None:
    """Nothing reached the disk before the drop, so the retry is a plain GET of everything."""
    hub_file = hub.add_file(REPO, NAME, payload(512 * KIB))
    hub.drop_connection_after(NAME, 256 * KIB)

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    assert [(r.status, r.range, r.bytes_sent) for r in file_gets(hub)] == [
        (200, None, 256 * KIB),
        (200, None, hub_file.size),
    ]
    assert sleeps == [1]


def test_failed_download_leaves_no_incomplete_file_and_the_next_call_starts_over(
    hub: FakeHub, cache: Path, sleeps: list[float]
) -> None:
    """Six drops in a row with no data: 5 retries 1 s apart, then the raw
    ``httpx2.RemoteProtocolError``. The process-unique temp file is deleted, so the next
    ``hf_hub_download`` has nothing to resume: 2.4 never resumes across calls."""
    hub_file = hub.add_file(REPO, NAME, payload(512 * KIB))
    hub.drop_connection_after(NAME, 0, times=6)

    with pytest.raises(httpx2.RemoteProtocolError):
        download(hub, cache)

    assert len(file_gets(hub)) == 6
    assert sleeps == [1] * 5
    assert leftovers(cache) == []
    assert list((cache / "models--parla-test--tiny-GGUF" / "blobs").iterdir()) == []

    hub.clear_requests()
    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    (get,) = file_gets(hub)
    assert (get.status, get.range, get.bytes_sent) == (200, None, hub_file.size)


class _CancelError(Exception):
    pass


class _CancelAfter64KiB:
    """A tqdm-like progress bar that cancels the download, as a GUI's cancel button would.

    Any class works as ``tqdm_class``: the client only calls ``cls(**kwargs)``, uses the bar as a
    context manager and calls ``update(n)``.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.total: int | None = kwargs.get("total")
        self.n = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def update(self, n: int = 1) -> None:
        self.n += n
        if self.n >= 64 * KIB:
            raise _CancelError


def test_raising_from_tqdm_update_cancels_mid_download_and_keeps_nothing(
    hub: FakeHub, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exception propagates out of ``hf_hub_download`` as is, the connection is closed, the
    temp file deleted. ``update()`` only runs once per DOWNLOAD_CHUNK_SIZE (10 MiB by default),
    so the test lowers it to get callbacks at all on a small file."""
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 16 * KIB)
    hub_file = hub.add_file(REPO, NAME, payload(512 * KIB))
    hub.throttle(NAME, 512 * KIB)  # the whole file would take 1 s

    started = time.monotonic()
    with pytest.raises(_CancelError):
        download(hub, cache, tqdm_class=_CancelAfter64KiB)

    assert time.monotonic() - started < 0.5
    (get,) = file_gets(hub)
    assert get.bytes_sent < hub_file.size
    assert leftovers(cache) == []

    hub.clear_faults()
    hub.clear_requests()
    assert download(hub, cache).read_bytes() == hub_file.content
    (get,) = file_gets(hub)
    assert get.range is None


def test_resuming_across_calls_is_possible_with_http_get(hub: FakeHub, tmp_path: Path) -> None:
    """What an app can do itself: keep its partial file and hand it to ``http_get`` with
    ``resume_size``; the client then asks the file host for the rest only."""
    hub_file = hub.add_file(REPO, NAME, payload(512 * KIB))
    partial = tmp_path / f"{NAME}.part"
    partial.write_bytes(hub_file.content[: 200 * KIB])

    metadata = get_hf_file_metadata(hf_hub_url(REPO, NAME, endpoint=hub.url))
    with partial.open("ab") as out:
        http_get(metadata.location, out, resume_size=200 * KIB, expected_size=metadata.size)

    assert partial.read_bytes() == hub_file.content
    (get,) = file_gets(hub)
    assert (get.status, get.range, get.bytes_sent) == (206, f"bytes={200 * KIB}-", 312 * KIB)


def test_server_ignoring_range_still_gives_a_correct_file(hub: FakeHub, cache: Path) -> None:
    """On a 200 to a ranged request the client truncates its temp file and takes it all."""
    hub_file = hub.add_file(REPO, NAME, payload(CHUNK + 512 * KIB))
    hub.drop_connection_after(NAME, CHUNK + 256 * KIB)
    hub.ignore_range(NAME)

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    second = file_gets(hub)[1]
    assert (second.range, second.status, second.bytes_sent) == (
        f"bytes={CHUNK}-", 200, hub_file.size
    )


# -- wrong bytes ---------------------------------------------------------------------------------


def test_wrong_bytes_are_not_detected_and_stay_cached_under_the_right_name(
    hub: FakeHub, cache: Path
) -> None:
    """2.4 checks only the size. The corrupt blob is stored under the expected sha256 and
    served from the cache afterwards (HEAD only); ``force_download=True`` replaces it."""
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))
    hub.serve_wrong_bytes(NAME)

    path = download(hub, cache)

    info = HfApi(endpoint=hub.url).model_info(REPO, files_metadata=True)
    assert info.siblings is not None
    assert info.siblings[0].lfs is not None
    assert path.stat().st_size == hub_file.size
    assert sha256_of(path) != info.siblings[0].lfs.sha256 == hub_file.sha256
    assert path.resolve().name == hub_file.sha256

    hub.clear_faults()
    hub.clear_requests()
    assert sha256_of(download(hub, cache)) != hub_file.sha256
    assert [r.method for r in hub.requests] == ["HEAD"]
    assert sha256_of(download(hub, cache, force_download=True)) == hub_file.sha256


# -- HTTP errors ---------------------------------------------------------------------------------


def test_missing_file_raises_remote_entry_not_found(hub: FakeHub, cache: Path) -> None:
    """404 + ``X-Error-Code: EntryNotFound`` -> ``RemoteEntryNotFoundError`` (an
    ``EntryNotFoundError`` and ``HfHubHTTPError``), at once, without retry."""
    hub.add_file(REPO, NAME, payload(KIB))

    with pytest.raises(RemoteEntryNotFoundError) as caught:
        download(hub, cache, filename="absent.gguf")

    assert isinstance(caught.value, EntryNotFoundError)
    assert [(r.method, r.status) for r in hub.requests] == [("HEAD", 404)]


def test_missing_repo_raises_repository_not_found(hub: FakeHub, cache: Path) -> None:
    """401 + ``RepoNotFound`` (the Hub's answer to an anonymous client)."""
    with pytest.raises(RepositoryNotFoundError) as caught:
        download(hub, cache, repo_id="parla-test/absent")

    assert not isinstance(caught.value, GatedRepoError)
    assert caught.value.response.status_code == 401


def test_unknown_revision_raises_revision_not_found(hub: FakeHub, cache: Path) -> None:
    hub.add_file(REPO, NAME, payload(KIB))

    with pytest.raises(RevisionNotFoundError):
        download(hub, cache, revision="v9")


def test_gated_repo_needs_the_granted_token(hub: FakeHub, cache: Path) -> None:
    """No token: 401 ``GatedRepoError``; wrong token: 403 ``GatedRepoError``; right token: the
    file. The token goes to the Hub's HEAD but is dropped before the file host (other origin)."""
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB), gated=True)
    hub.grant_token("hf_granted")

    with pytest.raises(GatedRepoError) as anonymous:
        download(hub, cache)
    with pytest.raises(GatedRepoError) as wrong:
        download(hub, cache, token="hf_other")
    path = download(hub, cache, token="hf_granted")

    assert anonymous.value.response.status_code == 401
    assert wrong.value.response.status_code == 403
    assert path.read_bytes() == hub_file.content
    head, get = hub.requests[-2:]
    assert head.headers["authorization"] == "Bearer hf_granted"
    assert "authorization" not in get.headers


@pytest.mark.parametrize(
    ("status", "times", "expected_sleeps"),
    [
        (500, 1, []),
        (500, 3, [1, 2]),
        (503, 2, [1]),
        (429, 2, [2.0]),
    ],
)
def test_transient_errors_on_head_are_retried_by_the_client(
    hub: FakeHub,
    cache: Path,
    sleeps: list[float],
    *,
    status: int,
    times: int,
    expected_sleeps: list[float],
) -> None:
    """A failed HEAD (429/5xx) is first retried at once, then with back-off 1, 2, 4, 8, 8 s;
    after a 429 it waits ``Retry-After`` + 1 s instead."""
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))
    hub.fail_with(NAME, status, times=times, on="head")

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    assert [r.status for r in hub.requests if r.method == "HEAD"] == [status] * times + [302]
    assert sleeps == expected_sleeps


@pytest.mark.parametrize(
    ("status", "expected_sleeps"), [(500, [1, 2, 4, 8, 8]), (429, [2.0] * 5)]
)
def test_persistent_errors_on_head_end_in_local_entry_not_found(
    hub: FakeHub, cache: Path, sleeps: list[float], *, status: int, expected_sleeps: list[float]
) -> None:
    """7 HEADs over 23 s (500) or 10 s (429, Retry-After: 1), then ``LocalEntryNotFoundError``
    (no cached copy) whose ``__cause__`` is the ``HfHubHTTPError``."""
    hub.add_file(REPO, NAME, payload(KIB))
    hub.fail_with(NAME, status, times=None, on="head")

    with pytest.raises(LocalEntryNotFoundError) as caught:
        download(hub, cache)

    cause = caught.value.__cause__
    assert isinstance(cause, HfHubHTTPError)
    assert cause.response.status_code == status
    assert len(hub.requests) == 7
    assert sleeps == expected_sleeps


def test_500_on_the_download_get_is_raised_at_once(
    hub: FakeHub, cache: Path, sleeps: list[float]
) -> None:
    """The GET is retried on 408/429 only: a 5xx from the file host is an ``HfHubHTTPError``."""
    hub.add_file(REPO, NAME, payload(256 * KIB))
    hub.fail_with(NAME, 500, on="get")

    with pytest.raises(HfHubHTTPError) as caught:
        download(hub, cache)

    assert caught.value.response.status_code == 500
    assert len(file_gets(hub)) == 1
    assert sleeps == []
    assert leftovers(cache) == []


def test_429_on_the_download_get_is_retried_after_retry_after(
    hub: FakeHub, cache: Path, sleeps: list[float]
) -> None:
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))
    hub.fail_with(NAME, 429, on="get", retry_after=3)

    path = download(hub, cache)

    assert path.read_bytes() == hub_file.content
    assert [r.status for r in file_gets(hub)] == [429, 200]
    assert sleeps == [4.0]


# -- offline -------------------------------------------------------------------------------------


def test_local_files_only_after_a_download_makes_no_request(hub: FakeHub, cache: Path) -> None:
    hub_file = hub.add_file(REPO, NAME, payload(256 * KIB))
    first = download(hub, cache)
    hub.clear_requests()

    again = download(hub, cache, local_files_only=True)

    assert again == first
    assert again.read_bytes() == hub_file.content
    assert hub.requests == []


def test_offline_mode_after_a_download_makes_no_request(
    hub: FakeHub, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``HF_HUB_OFFLINE`` is read at import into ``constants.HF_HUB_OFFLINE``: patch that."""
    hub.add_file(REPO, NAME, payload(256 * KIB))
    first = download(hub, cache)
    hub.clear_requests()
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)

    assert download(hub, cache) == first
    assert hub.requests == []


def test_local_files_only_without_a_cached_copy_raises_without_request(
    hub: FakeHub, cache: Path
) -> None:
    hub.add_file(REPO, NAME, payload(KIB))

    with pytest.raises(LocalEntryNotFoundError):
        download(hub, cache, local_files_only=True)

    assert hub.requests == []


# -- the fake itself -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("range_header", "status", "content_range", "body"),
    [
        ("bytes=10-19", 206, "bytes 10-19/100", slice(10, 20)),
        ("bytes=90-", 206, "bytes 90-99/100", slice(90, 100)),
        ("bytes=-5", 206, "bytes 95-99/100", slice(95, 100)),
        ("bytes=100-", 416, "bytes */100", slice(0, 0)),
        ("lines=1-2", 200, None, slice(0, 100)),
    ],
)
def test_file_host_ranges(
    hub: FakeHub, range_header: str, status: int, content_range: str | None, body: slice
) -> None:
    hub_file: HubFile = hub.add_file(REPO, NAME, payload(100))
    url = f"{hub.cdn_url}/_files/{hub_file.sha256}"

    with httpx2.Client() as client:
        response = client.get(url, headers={"Range": range_header})

    assert response.status_code == status
    assert response.headers.get("Content-Range") == content_range
    assert response.content == hub_file.content[body]


def test_close_interrupts_a_throttled_download_at_once(cache: Path) -> None:
    hub = FakeHub()
    hub.add_file(REPO, NAME, payload(256 * KIB))
    hub.throttle(NAME, 1024)
    with httpx2.Client() as client, client.stream(
        "GET", hf_hub_url(REPO, NAME, endpoint=hub.url), follow_redirects=True
    ) as response:
        assert response.status_code == 200
        started = time.monotonic()
        hub.close()
        with pytest.raises(httpx2.RemoteProtocolError):
            response.read()
    assert time.monotonic() - started < 1
    assert hub.errors == []


# -- the model search ----------------------------------------------------------------------------


def test_list_models_searches_gguf_repos_sorted_by_downloads(hub: FakeHub) -> None:
    """``list_models(search=, filter="gguf", sort="downloads", limit=, expand=)`` is one
    ``GET /api/models``; the id is matched case-insensitively, repos without GGUF are left out."""
    hub.add_file("a/Smol-GGUF", "smol.Q4_0.gguf", payload(100))
    hub.add_file("b/smol-more-GGUF", "more.Q8_0.gguf", payload(100))
    hub.add_file("c/smol-safetensors", "model.safetensors", payload(100))
    hub.describe_repo("a/Smol-GGUF", downloads=5, likes=9, last_modified="2024-05-01T00:00:00.000Z")
    hub.describe_repo("b/smol-more-GGUF", downloads=50, likes=1)

    found = list(HfApi(endpoint=hub.url).list_models(
        search="smol", filter="gguf", sort="downloads", limit=10,
        expand=["downloads", "likes", "lastModified", "gated"]))

    assert [(m.id, m.downloads, m.likes) for m in found] == [
        ("b/smol-more-GGUF", 50, 1), ("a/Smol-GGUF", 5, 9)]
    assert found[1].last_modified is not None and found[1].last_modified.month == 5
    assert found[0].gated is False and found[0].private is None  # only what was expanded
    (request,) = hub.requests
    assert (request.path, request.status) == ("/api/models", 200)


def test_private_repos_are_hidden_without_their_token(hub: FakeHub) -> None:
    hub.add_file("me/private-GGUF", "mine.Q4_0.gguf", payload(100), private=True)
    hub.grant_token("hf_mine")

    anonymous = list(HfApi(endpoint=hub.url).list_models(search="private", token=False))
    owner = list(HfApi(endpoint=hub.url).list_models(search="private", token="hf_mine"))

    assert anonymous == []
    assert [(m.id, m.private) for m in owner] == [("me/private-GGUF", True)]
    with pytest.raises(RepositoryNotFoundError):
        HfApi(endpoint=hub.url).model_info("me/private-GGUF", token=False)


def test_search_faults_and_stalls(hub: FakeHub) -> None:
    """``fail_with(SEARCH, ...)`` answers the search with an error; ``stall`` delays it."""
    hub.fail_with(SEARCH, 500, times=1)
    with httpx2.Client() as client:
        assert client.get(f"{hub.url}/api/models").status_code == 500
        assert client.get(f"{hub.url}/api/models").status_code == 200
        hub.stall(SEARCH, 5)
        with pytest.raises(httpx2.ReadTimeout):
            client.get(f"{hub.url}/api/models", timeout=0.3)
