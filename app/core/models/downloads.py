"""Downloading a catalog file: resumable, retried, verified, installed atomically.

huggingface_hub does the HTTP work: the metadata request (redirects, auth, the
Hub's error codes) and the transfer itself (Range requests, in-call retries).
Parla keeps the partial file itself, named after the content's SHA256, because
huggingface_hub 2.4 deletes its own when a download fails; so a download that
was paused, lost its connection, or whose app was killed resumes where it
stopped. Around that: progress with speed and ETA, automatic retries with
backoff that the UI can show, a free-space check, SHA256 verification on this
(worker) thread, and an atomic move into the library. One inter-process lock per
file makes a second Parla window wait instead of downloading the same bytes.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from app.core.cancel import Cancelled, CancelToken
from app.core.messages import UserError
from app.core.models.catalog import CatalogFile
from app.core.models.hashing import sha256_file
from app.core.models.library import InstalledModel, Library

log = logging.getLogger(__name__)

# The plain-HTTP path is the one Parla's tests exercise (resume, Range, faults), so it is
# the one Parla ships; huggingface_hub reads these when it is first imported.
os.environ.setdefault("HF_HUB_DISABLE_XET", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
RESUME_GRANULARITY = 1024 * 1024
"""huggingface_hub writes in chunks of ``DOWNLOAD_CHUNK_SIZE`` (10 MiB by default); smaller
chunks mean smoother progress and less lost on a cancel."""

FREE_SPACE_MARGIN = 200 * 1024 * 1024
T = TypeVar("T")


_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class _RemoteFile:
    location: str
    size: int
    sha256: str
    """What the Hub says the content hashes to; names the partial file, so a resume only
    ever appends bytes of the same object."""


class DownloadError(UserError):
    """The download failed; the message says why and what to do. Partial data is kept."""


class Phase(StrEnum):
    CHECKING = "checking"
    WAITING = "waiting"
    DOWNLOADING = "downloading"
    RETRYING = "retrying"
    VERIFYING = "verifying"
    DONE = "done"


@dataclass(frozen=True)
class DownloadProgress:
    phase: Phase
    done: int = 0
    total: int = 0
    bytes_per_second: float = 0.0
    eta_seconds: float | None = None
    message: str = ""


ProgressCallback = Callable[[DownloadProgress], None]


class _Meter:
    """Speed over the last few seconds, so the ETA follows a changing connection."""

    WINDOW = 5.0

    def __init__(self) -> None:
        self._samples: list[tuple[float, int]] = []

    def rate(self, done: int) -> float:
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.WINDOW:
            self._samples.pop(0)
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0


def _progress_tqdm(report: Callable[[int, int], None], cancel: CancelToken) -> type[Any]:
    """A tqdm class for huggingface_hub that reports bytes and raises when cancelled.

    Raising from ``update`` is the only way to stop huggingface_hub mid-file; the
    ``.incomplete`` file it leaves behind is what the next attempt resumes from.
    """
    from huggingface_hub.utils.tqdm import tqdm as hf_tqdm

    class ProgressTqdm(hf_tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["disable"] = False
            kwargs["file"] = _NullWriter()
            super().__init__(*args, **kwargs)  # type: ignore[no-untyped-call]
            report(int(self.n), int(self.total or 0))

        def update(self, n: float | None = 1) -> bool | None:
            result: bool | None = super().update(n)
            report(int(self.n), int(self.total or 0))
            if cancel.cancelled:
                raise Cancelled
            return result

    return ProgressTqdm


class _NullWriter:
    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass


def _status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    code = getattr(response, "status_code", None)
    return code if isinstance(code, int) else None


def _is_transient(exc: BaseException) -> bool:
    """Worth another try: the network or the server hiccuped, the request was fine."""
    import httpx2
    from huggingface_hub.errors import LocalEntryNotFoundError

    if isinstance(exc, httpx2.TransportError | LocalEntryNotFoundError | ConnectionError
                  | TimeoutError):
        return True
    code = _status(exc)
    return code is not None and (code == 429 or code >= 500)


def _explain(exc: BaseException, entry: CatalogFile) -> str:
    from huggingface_hub.errors import (
        EntryNotFoundError,
        GatedRepoError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    where = f"{entry.repo}/{entry.filename}"
    if isinstance(exc, RepositoryNotFoundError) and not isinstance(exc, GatedRepoError):
        return (f"The repository {entry.repo} was not found on Hugging Face. If it is private, "
                "add a Hugging Face access token in Settings.")
    if isinstance(exc, GatedRepoError) or _status(exc) in (401, 403):
        return (f"Hugging Face refused {where} ({_status(exc) or 401}). This model needs a "
                "Hugging Face access token (add it in Settings) and the licence accepted on "
                f"its page: https://huggingface.co/{entry.repo}")
    if isinstance(exc, EntryNotFoundError | RevisionNotFoundError):
        return f"{where} was not found on Hugging Face; the catalog may be out of date."
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
        return ("The disk is full. The partial download is kept: free some space and "
                "press Download again to continue.")
    if _is_transient(exc):
        return ("The download kept failing because of network or server problems "
                f"({type(exc).__name__}). Anything already downloaded is kept: try again later "
                "and it resumes.")
    return f"Downloading {where} failed: {exc}"


class Downloader:
    """Downloads catalog files into a Library. Blocking; run it on a worker thread."""

    def __init__(self, library: Library, cache_dir: Path, *, endpoint: str | None = None,
                 token: Callable[[], str | None] = lambda: None, attempts: int = 6,
                 backoff: float = 1.0, max_backoff: float = 30.0) -> None:
        self.library = library
        self.cache_dir = cache_dir
        self.endpoint = endpoint
        self.token = token
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff

    def download(self, entry: CatalogFile, on_progress: ProgressCallback,
                 cancel: CancelToken) -> InstalledModel:
        """Return the installed model; raise DownloadError, or Cancelled (partial kept)."""
        installed = self.library.get(entry.key)
        if installed is not None and installed.present:
            return installed  # offline-safe: no network call when the file is here
        lock = FileLock(str(self.cache_dir / ".locks" / f"{entry.key.replace(':', '__')}.lock"))
        (self.cache_dir / ".locks").mkdir(parents=True, exist_ok=True)
        waiting = False
        while True:
            try:
                lock.acquire(timeout=0.5)
                break
            except Timeout:
                if cancel.cancelled:
                    raise Cancelled from None
                if not waiting:
                    waiting = True
                    on_progress(DownloadProgress(
                        Phase.WAITING, message="Waiting for another Parla window that is "
                        "downloading this file"))
        try:
            installed = self.library.get(entry.key)
            if installed is not None and installed.present:
                return installed  # the other window finished it
            return self._download_locked(entry, on_progress, cancel)
        finally:
            lock.release()

    def _download_locked(self, entry: CatalogFile, on_progress: ProgressCallback,
                         cancel: CancelToken) -> InstalledModel:
        on_progress(DownloadProgress(Phase.CHECKING, message="Checking the file on Hugging Face"))
        remote = self._with_retries(lambda: self._remote_file(entry), entry, on_progress, cancel)
        partial = self.cache_dir / "partial" / f"{remote.sha256}.part"
        partial.parent.mkdir(parents=True, exist_ok=True)
        have = partial.stat().st_size if partial.exists() else 0
        if have > remote.size:
            partial.unlink()
            have = 0
        self._check_free_space(entry, remote.size - have)
        meter = _Meter()

        def report(done: int, total: int) -> None:
            rate = meter.rate(done)
            total = total or remote.size
            eta = (total - done) / rate if rate > 0 and total else None
            on_progress(DownloadProgress(Phase.DOWNLOADING, done, total, rate, eta))

        self._with_retries(lambda: self._fetch(remote, partial, _progress_tqdm(report, cancel)),
                           entry, on_progress, cancel)

        def hashing(done: int, total: int) -> None:
            on_progress(DownloadProgress(Phase.VERIFYING, done, total))

        actual = sha256_file(partial, hashing, cancel)
        expected = entry.sha256 or remote.sha256
        if actual != expected:
            partial.unlink(missing_ok=True)
            raise DownloadError(
                f"{entry.filename} arrived corrupted (its SHA256 does not match) and was "
                "deleted. Download it again.")
        installed = self.library.install_verified(partial, entry, actual)
        on_progress(DownloadProgress(Phase.DONE, installed.size, installed.size))
        log.info("Installed %s (%s bytes, sha256 %s)", entry.key, installed.size, actual)
        return installed

    def _remote_file(self, entry: CatalogFile) -> _RemoteFile:
        """Where the bytes are, how many, and the SHA256 the Hub reports for the LFS object."""
        from huggingface_hub import HfApi
        from huggingface_hub.file_download import get_hf_file_metadata, hf_hub_url

        token = self.token() or False
        url = hf_hub_url(entry.repo, entry.filename, revision=entry.revision,
                         endpoint=self.endpoint)
        meta = get_hf_file_metadata(url, token=token)
        if meta.location is None or meta.size is None or meta.etag is None:
            raise DownloadError(f"Hugging Face sent incomplete information for {entry.filename}.")
        sha = meta.etag if _SHA256.fullmatch(meta.etag) else None
        if sha is None:  # not an LFS file: ask the model-info API
            info = HfApi(endpoint=self.endpoint, token=token).model_info(
                entry.repo, revision=entry.revision, files_metadata=True)
            sibling = next((s for s in info.siblings or [] if s.rfilename == entry.filename), None)
            sha = sibling.lfs.sha256 if sibling is not None and sibling.lfs else None
        if sha is None and entry.sha256 is None:
            raise DownloadError(f"Hugging Face reports no SHA256 for {entry.filename}, so it "
                                "cannot be verified.")
        return _RemoteFile(meta.location, int(meta.size), sha or str(entry.sha256))

    def _fetch(self, remote: _RemoteFile, partial: Path, tqdm_class: type[Any]) -> None:
        """Append the missing bytes to our own partial file (huggingface_hub 2.4 deletes its
        ``.incomplete`` file when a download fails, so it cannot resume across runs)."""
        from huggingface_hub import constants
        from huggingface_hub.file_download import http_get

        constants.DOWNLOAD_CHUNK_SIZE = RESUME_GRANULARITY
        have = partial.stat().st_size if partial.exists() else 0
        with partial.open("ab") as handle:
            http_get(remote.location, handle, resume_size=have, expected_size=remote.size,
                     displayed_filename=partial.name, tqdm_class=tqdm_class)

    def _check_free_space(self, entry: CatalogFile, missing: int) -> None:
        needed = missing + FREE_SPACE_MARGIN
        free = shutil.disk_usage(self.cache_dir).free
        if free < needed:
            raise DownloadError(
                f"Not enough free disk space for {entry.filename}: it needs "
                f"{needed / 1e9:.1f} GB, {free / 1e9:.1f} GB are free.")

    def _with_retries(self, action: Callable[[], T], entry: CatalogFile,
                         on_progress: ProgressCallback, cancel: CancelToken) -> T:
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                return action()
            except Cancelled:
                raise
            except Exception as exc:
                if not _is_transient(exc) or attempt == self.attempts:
                    log.warning("Download of %s failed: %r", entry.key, exc)
                    raise DownloadError(_explain(exc, entry)) from exc
                log.info("Attempt %d for %s failed (%r); retrying in %.0fs", attempt,
                         entry.key, exc, delay)
                on_progress(DownloadProgress(
                    Phase.RETRYING, message=f"Connection problem ({type(exc).__name__}); "
                    f"retrying in {delay:.0f} s (attempt {attempt + 1} of {self.attempts})"))
                if cancel.wait(delay):
                    raise Cancelled from exc
                delay = min(delay * 2, self.max_backoff)
        raise AssertionError("unreachable")
