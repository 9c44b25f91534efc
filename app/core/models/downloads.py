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

import errno
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
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
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

# Every sentence a failed download can end with. Each says what happened and what to do,
# and none carries the HTTP library's own text: that goes to the log.
REPO_NOT_FOUND = QT_TRANSLATE_NOOP(
    "core", "The repository {repo} was not found on Hugging Face. If it is private, add a "
    "Hugging Face access token in Settings.")
ACCESS_REFUSED = QT_TRANSLATE_NOOP(
    "core", "Hugging Face refused access to {file}. This model needs a Hugging Face access "
    "token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.")
FILE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "core", "The file {file} was not found on Hugging Face: the model catalog may be out of date. "
    "A newer Parla may have it.")
TOO_MANY_REQUESTS = QT_TRANSLATE_NOOP(
    "core", "Hugging Face is receiving too many requests from this computer. What was already "
    "downloaded of {file} is kept: wait a few minutes, then download it again to continue.")
SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "core", "Hugging Face is not answering properly right now (error {status}). What was already "
    "downloaded of {file} is kept: try again later and the download continues where it stopped.")
REQUEST_REFUSED = QT_TRANSLATE_NOOP(
    "core", "Hugging Face could not deliver {file} (error {status}). What was already downloaded "
    "is kept: try again later. If this keeps happening, a newer Parla may be needed.")
NO_CONNECTION = QT_TRANSLATE_NOOP(
    "core", "Parla could not reach Hugging Face to download {file}. Check the internet "
    "connection, then download it again: what was already downloaded is kept.")
TIMED_OUT = QT_TRANSLATE_NOOP(
    "core", "Hugging Face did not answer in time while downloading {file}. What was already "
    "downloaded is kept: try again later and the download continues where it stopped.")
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "core", "The connection kept breaking while downloading {file}. What was already downloaded "
    "is kept: try again later and the download continues where it stopped.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "core", "The disk is full. What was already downloaded of {file} is kept: free some space, "
    "then download it again to continue.")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "core", "Parla could not save {file} in {folder}. Check that the folder can be written to; "
    "the details are in Parla's log.")
NOT_ENOUGH_SPACE = QT_TRANSLATE_NOOP(
    "core", "Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.")
CORRUPTED = QT_TRANSLATE_NOOP(
    "core", "The file {file} arrived corrupted (its SHA256 does not match) and was deleted. "
    "Download it again.")
INCOMPLETE_INFO = QT_TRANSLATE_NOOP(
    "core", "Hugging Face sent incomplete information about {file}. Try again later.")
NO_CHECKSUM = QT_TRANSLATE_NOOP(
    "core", "Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not "
    "download it.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "core", "Downloading {file} failed because of an unexpected problem; the details are in "
    "Parla's log. What was already downloaded is kept.")
FAILURES = (REPO_NOT_FOUND, ACCESS_REFUSED, FILE_NOT_FOUND, TOO_MANY_REQUESTS, SERVER_TROUBLE,
            REQUEST_REFUSED, NO_CONNECTION, TIMED_OUT, CONNECTION_LOST, DISK_FULL, DISK_ERROR,
            NOT_ENOUGH_SPACE, CORRUPTED, INCOMPLETE_INFO, NO_CHECKSUM, UNEXPECTED)
"""The templates of every ``DownloadError``."""


@dataclass(frozen=True)
class _RemoteFile:
    location: str
    size: int
    sha256: str
    """What the Hub says the content hashes to; names the partial file, so a resume only
    ever appends bytes of the same object."""
    commit: str | None = None
    """The commit the Hub resolved the revision to, remembered by the library."""


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
    message: Message | None = None
    """What the phase's name does not say (why it waits, when it retries)."""


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


def _retryable_status(code: int | None) -> bool:
    return code is not None and (code in (408, 429) or code >= 500)


def _is_transient(exc: BaseException) -> bool:
    """Worth another try: the network or the server hiccuped, the request was fine."""
    import httpx2
    from huggingface_hub.errors import OfflineModeIsEnabled

    if isinstance(exc, OfflineModeIsEnabled):
        return False
    code = _status(exc)
    if code is not None:
        return _retryable_status(code)
    if isinstance(exc, httpx2.TransportError | ConnectionError | TimeoutError):
        return True
    # huggingface_hub's "consistency check" (fewer bytes than announced) is an OSError
    # without an errno; a real disk error has one.
    return isinstance(exc, OSError) and exc.errno is None


def _explain(exc: BaseException, entry: CatalogFile, folder: Path) -> Message:
    """The sentence for a failed download: what happened and what to do, never the
    library's text (which is in the log)."""
    import httpx2
    from huggingface_hub.errors import (
        EntryNotFoundError,
        GatedRepoError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    file, code = entry.filename, _status(exc)
    args: dict[str, object] = {"file": file}
    if isinstance(exc, RepositoryNotFoundError) and not isinstance(exc, GatedRepoError):
        template, args = REPO_NOT_FOUND, {"repo": entry.repo}
    elif isinstance(exc, GatedRepoError) or code in (401, 403):
        template, args["repo"] = ACCESS_REFUSED, entry.repo
    elif isinstance(exc, EntryNotFoundError | RevisionNotFoundError) or code in (404, 410):
        template = FILE_NOT_FOUND
    elif code == 429:
        template = TOO_MANY_REQUESTS
    elif code is not None:
        template = SERVER_TROUBLE if _retryable_status(code) else REQUEST_REFUSED
        args["status"] = code
    elif isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout | ConnectionRefusedError
                    | OfflineModeIsEnabled):
        template = NO_CONNECTION
    elif isinstance(exc, httpx2.TimeoutException | TimeoutError):
        template = TIMED_OUT
    elif _is_transient(exc):
        template = CONNECTION_LOST
    elif isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        template = DISK_FULL
    elif isinstance(exc, OSError):
        template, args["folder"] = DISK_ERROR, str(folder)
    else:
        template = UNEXPECTED
    return Message(template, **args)


class Downloader:
    """Downloads catalog files into a Library. Blocking; run it on a worker thread."""

    def __init__(self, library: Library, cache_dir: Path, *, endpoint: str | None = None,
                 token: Callable[[], str | None] = lambda: None, attempts: int = 6,
                 backoff: float = 1.0, max_backoff: float = 30.0,
                 timeout: float = 10.0) -> None:
        self.library = library
        self.cache_dir = cache_dir
        self.endpoint = endpoint
        self.token = token
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.timeout = timeout
        """Seconds to wait for Hugging Face's answer about the file (the transfer itself
        follows huggingface_hub's ``HF_HUB_DOWNLOAD_TIMEOUT``)."""

    def download(self, entry: CatalogFile, on_progress: ProgressCallback,
                 cancel: CancelToken) -> InstalledModel:
        """Return the installed model; raise DownloadError, or Cancelled (partial kept)."""
        try:
            return self._download(entry, on_progress, cancel)
        except OSError as exc:  # the disk, outside the transfer (network errors are handled)
            log.warning("Download of %s failed: %r", entry.key, exc)
            raise DownloadError(_explain(exc, entry, self.cache_dir)) from exc

    def _download(self, entry: CatalogFile, on_progress: ProgressCallback,
                  cancel: CancelToken) -> InstalledModel:
        installed = self.library.get(entry.key)
        if installed is not None and installed.present:
            return installed  # offline-safe: no network call when the file is here
        name = entry.key.replace(":", "__").replace("/", "--")  # keys of Hub files have slashes
        lock = FileLock(str(self.cache_dir / ".locks" / f"{name}.lock"))
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
                    on_progress(DownloadProgress(Phase.WAITING, message=Message(
                        QT_TRANSLATE_NOOP("core", "Waiting for another Parla window that is "
                                          "downloading this file"))))
        try:
            installed = self.library.get(entry.key)
            if installed is not None and installed.present:
                return installed  # the other window finished it
            return self._download_locked(entry, on_progress, cancel)
        finally:
            lock.release()

    def _download_locked(self, entry: CatalogFile, on_progress: ProgressCallback,
                         cancel: CancelToken) -> InstalledModel:
        on_progress(DownloadProgress(Phase.CHECKING, message=Message(
            QT_TRANSLATE_NOOP("core", "Checking the file on Hugging Face"))))
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
            raise DownloadError(Message(CORRUPTED, file=entry.filename))
        installed = self.library.install_verified(partial, entry, actual, remote.commit)
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
        meta = get_hf_file_metadata(url, token=token, timeout=self.timeout)
        if meta.location is None or meta.size is None or meta.etag is None:
            log.warning("Incomplete metadata for %s: %r", entry.key, meta)
            raise DownloadError(Message(INCOMPLETE_INFO, file=entry.filename))
        sha = meta.etag if _SHA256.fullmatch(meta.etag) else None
        if sha is None:  # not an LFS file: ask the model-info API
            info = HfApi(endpoint=self.endpoint, token=token).model_info(
                entry.repo, revision=entry.revision, files_metadata=True, timeout=self.timeout)
            sibling = next((s for s in info.siblings or [] if s.rfilename == entry.filename), None)
            sha = sibling.lfs.sha256 if sibling is not None and sibling.lfs else None
        if sha is None and entry.sha256 is None:
            raise DownloadError(Message(NO_CHECKSUM, file=entry.filename))
        return _RemoteFile(meta.location, int(meta.size), sha or str(entry.sha256),
                           meta.commit_hash)

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
            raise DownloadError(Message(NOT_ENOUGH_SPACE, file=entry.filename,
                                        needed=round(needed / 1e9, 1), free=round(free / 1e9, 1)))

    def _with_retries(self, action: Callable[[], T], entry: CatalogFile,
                         on_progress: ProgressCallback, cancel: CancelToken) -> T:
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                return action()
            except (Cancelled, DownloadError):
                raise
            except Exception as exc:
                if not _is_transient(exc) or attempt == self.attempts:
                    log.warning("Download of %s failed: %r", entry.key, exc,
                                exc_info=_status(exc) is None)
                    raise DownloadError(_explain(exc, entry, self.cache_dir)) from exc
                log.info("Attempt %d for %s failed (%r); retrying in %.0fs", attempt,
                         entry.key, exc, delay)
                on_progress(DownloadProgress(Phase.RETRYING, message=Message(QT_TRANSLATE_NOOP(
                    "core", "Connection problem; retrying in {seconds} s (attempt {attempt} of "
                    "{attempts})."), seconds=round(delay) if delay >= 1 else round(delay, 1),
                    attempt=attempt + 1, attempts=self.attempts)))
                if cancel.wait(delay):
                    raise Cancelled from exc
                delay = min(delay * 2, self.max_backoff)
        raise AssertionError("unreachable")
