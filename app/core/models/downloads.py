"""Downloading a catalog file: resumable, retried, verified, installed atomically.

huggingface_hub does the HTTP work: it downloads into its cache as a
``.incomplete`` file and resumes it with an HTTP Range request, in this run or
after a restart. Parla adds what a desktop user needs around it: progress with
speed and ETA, pause/cancel (the partial file stays), automatic retries with
backoff that the UI can show, a free-space check, SHA256 verification on this
(worker) thread, and an atomic move into the library. One inter-process lock per
file makes a second Parla window wait instead of downloading the same bytes.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from app.core.engine.base import CancelToken
from app.core.models.catalog import CatalogFile
from app.core.models.hashing import Cancelled, sha256_file
from app.core.models.library import InstalledModel, Library

log = logging.getLogger(__name__)

# The plain-HTTP path is the one Parla's tests exercise (resume, Range, faults), so it is
# the one Parla ships; huggingface_hub reads this when it is first imported.
os.environ.setdefault("HF_HUB_DISABLE_XET", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

FREE_SPACE_MARGIN = 200 * 1024 * 1024
T = TypeVar("T")


class DownloadError(Exception):
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
    if isinstance(exc, GatedRepoError) or _status(exc) in (401, 403):
        return (f"Hugging Face refused {where} ({_status(exc) or 401}). This model needs a "
                "Hugging Face access token (add it in Settings) and the licence accepted on "
                f"its page: https://huggingface.co/{entry.repo}")
    if isinstance(exc, EntryNotFoundError | RevisionNotFoundError):
        return f"{where} was not found on Hugging Face; the catalog may be out of date."
    if isinstance(exc, RepositoryNotFoundError):
        return f"The repository {entry.repo} was not found on Hugging Face (or it is private)."
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
        return ("The disk is full. The partial download is kept: free some space and "
                "press Download again to continue.")
    if _is_transient(exc):
        return ("The download kept failing because of network or server problems "
                f"({type(exc).__name__}). The partial file is kept: try again later to resume.")
    return f"Downloading {where} failed: {exc}"


class Downloader:
    """Downloads catalog files into a Library. Blocking; run it on a worker thread."""

    def __init__(self, library: Library, cache_dir: Path, *, endpoint: str | None = None,
                 token: str | None = None, attempts: int = 6, backoff: float = 1.0,
                 max_backoff: float = 30.0) -> None:
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
        on_progress(DownloadProgress(Phase.WAITING, message="Waiting for another download of "
                                     "this file to finish"))
        while True:
            try:
                lock.acquire(timeout=0.5)
                break
            except Timeout:
                if cancel.cancelled:
                    raise Cancelled from None
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
        expected_sha, size = self._with_retries(lambda: self._remote_facts(entry), entry,
                                                on_progress, cancel)
        self._check_free_space(entry, size)
        meter = _Meter()

        def report(done: int, total: int) -> None:
            rate = meter.rate(done)
            total = total or size
            eta = (total - done) / rate if rate > 0 and total else None
            on_progress(DownloadProgress(Phase.DOWNLOADING, done, total, rate, eta))

        staged = Path(self._with_retries(
            lambda: self._fetch(entry, _progress_tqdm(report, cancel)), entry, on_progress,
            cancel))
        blob = staged.resolve()

        def hashing(done: int, total: int) -> None:
            on_progress(DownloadProgress(Phase.VERIFYING, done, total))

        actual = sha256_file(blob, hashing, cancel)
        if actual != expected_sha:
            blob.unlink(missing_ok=True)
            staged.unlink(missing_ok=True)
            raise DownloadError(
                f"{entry.filename} arrived corrupted (its SHA256 does not match) and was "
                "deleted. Download it again.")
        installed = self.library.install_verified(blob, entry, actual)
        if staged.is_symlink():
            staged.unlink()  # the cache's pointer to the blob that just moved
        on_progress(DownloadProgress(Phase.DONE, installed.size, installed.size))
        log.info("Installed %s (%s bytes, sha256 %s)", entry.key, installed.size, actual)
        return installed

    def _remote_facts(self, entry: CatalogFile) -> tuple[str, int]:
        """The SHA256 to verify against and the size, pinned or as the Hub reports them."""
        if entry.sha256 and entry.size:
            return entry.sha256, entry.size
        from huggingface_hub import HfApi

        info = HfApi(endpoint=self.endpoint, token=self.token).model_info(
            entry.repo, revision=entry.revision, files_metadata=True)
        for sibling in info.siblings or []:
            if sibling.rfilename == entry.filename:
                lfs_sha = sibling.lfs.sha256 if sibling.lfs else None
                sha = entry.sha256 or lfs_sha
                if not sha:
                    raise DownloadError(f"Hugging Face reports no SHA256 for {entry.filename}, "
                                        "so it cannot be verified.")
                return sha, int(sibling.size or entry.size or 0)
        from huggingface_hub.errors import EntryNotFoundError

        raise EntryNotFoundError(f"{entry.filename} is not in {entry.repo}")

    def _fetch(self, entry: CatalogFile, tqdm_class: type[Any]) -> str:
        from huggingface_hub import hf_hub_download

        return hf_hub_download(entry.repo, entry.filename, revision=entry.revision,
                               cache_dir=self.cache_dir, token=self.token or False,
                               endpoint=self.endpoint, tqdm_class=tqdm_class)

    def _check_free_space(self, entry: CatalogFile, size: int) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = sum(p.stat().st_size for p in self.cache_dir.rglob("*.incomplete"))
        needed = max(size - partial, 0) + FREE_SPACE_MARGIN
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
