"""Downloads, imports and verification on a worker thread, reported through signals.

Jobs run one after another in the order they were queued (a laptop's
connection is better spent finishing one file than splitting it across three);
each can be cancelled, queued or running. The GUI thread never touches the
network or hashes a file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal

from app.core.background import Background, Job, JobContext
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.models.catalog import CatalogFile
from app.core.models.downloads import Downloader, DownloadProgress, Phase
from app.core.models.library import InstalledModel, LibraryError

log = logging.getLogger(__name__)

DOWNLOAD_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The download failed because of an unexpected error. "
    "The details are in Parla's log."))
IMPORT_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The import failed because of an unexpected error. The details are in Parla's log."))


class DownloadService(Background):
    """The GUI's handle on downloads; every method returns at once."""

    progress = Signal(str, object)  # job key, DownloadProgress
    finished = Signal(str, object)  # job key, InstalledModel
    failed = Signal(str, object)  # job key, Message
    cancelled = Signal(str)  # job key

    def __init__(self, downloader: Downloader, parent: QObject | None = None) -> None:
        super().__init__("parla-downloads", parent)
        self.downloader = downloader
        self.library = downloader.library
        self._jobs: dict[str, Job[InstalledModel]] = {}

    def jobs(self) -> list[str]:
        """Keys of queued or running jobs, oldest first."""
        return list(self._jobs)

    def download(self, entry: CatalogFile) -> bool:
        """Queue a download; False if that file is already queued."""
        if entry.key in self._jobs:
            return False
        self._queue(entry.key, lambda context: self._download(entry, context),
                    f"Downloading {entry.key}", DOWNLOAD_FAILED)
        return True

    def import_file(self, path: Path, mode: Literal["copy", "link"]) -> str:
        key = f"imported:{path.name}"
        self._queue(key, lambda context: self._import(path, mode, context),
                    f"Importing {path}", IMPORT_FAILED)
        return key

    def cancel(self, key: str) -> None:
        """Stop a job; a partial download stays on disk and resumes next time."""
        job = self._jobs.get(key)
        if job is not None:
            job.cancel()

    def _queue(self, key: str, work: Callable[[JobContext], InstalledModel], label: str,
               failure: Message) -> None:
        self._jobs[key] = self.submit(
            work, label=label, failure=failure, on_progress=partial(self.progress.emit, key),
            on_result=partial(self._finished, key), on_failure=partial(self._failed, key),
            on_cancel=partial(self._cancelled, key))

    # -- on the GUI thread: forget the job before the signal, so its slots see jobs() as it is

    def _finished(self, key: str, installed: InstalledModel) -> None:
        self._jobs.pop(key, None)
        self.finished.emit(key, installed)

    def _failed(self, key: str, message: Message) -> None:
        self._jobs.pop(key, None)
        self.failed.emit(key, message)

    def _cancelled(self, key: str) -> None:
        self._jobs.pop(key, None)
        self.cancelled.emit(key)

    # -- on the worker thread ------------------------------------------------------------

    def _download(self, entry: CatalogFile, context: JobContext) -> InstalledModel:
        def report(progress: DownloadProgress) -> None:
            context.progress(progress, progress.phase)

        return self.downloader.download(entry, report, context.token)

    def _import(self, path: Path, mode: Literal["copy", "link"],
                context: JobContext) -> InstalledModel:
        def report(done: int, total: int) -> None:
            context.progress(DownloadProgress(Phase.VERIFYING, done, total), Phase.VERIFYING)

        try:
            return self.library.import_file(path, mode, report, context.token)
        except OSError as exc:
            log.warning("Could not import %s: %s", path, exc)
            raise LibraryError(Message(QT_TRANSLATE_NOOP(
                "core", "Parla could not read or copy {file}. Check that the file can be "
                "read and that the disk has room for it."), file=path.name)) from exc
