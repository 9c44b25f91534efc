"""Downloads, imports and verification on a worker thread, reported through signals.

Jobs run one after another in the order they were queued (a laptop's
connection is better spent finishing one file than splitting it across three);
each can be cancelled, queued or running. The GUI thread never touches the
network or hashes a file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.cancel import CancelToken
from app.core.models.catalog import CatalogFile
from app.core.models.downloads import Downloader, DownloadError, DownloadProgress, Phase
from app.core.cancel import Cancelled
from app.core.models.library import Library, LibraryError

log = logging.getLogger(__name__)


class _Worker(QObject):
    progress = Signal(str, object)  # job key, DownloadProgress
    finished = Signal(str, object)  # job key, InstalledModel
    failed = Signal(str, str)  # job key, message
    cancelled = Signal(str)

    def __init__(self, downloader: Downloader) -> None:
        super().__init__()
        self.downloader = downloader

    def _throttled(self, key: str) -> Callable[[DownloadProgress], None]:
        """At most ~10 progress signals a second, but every change of phase at once."""
        last: dict[str, Any] = {"at": 0.0, "phase": None}

        def emit(progress: DownloadProgress) -> None:
            now = time.monotonic()
            if progress.phase is not last["phase"] or now - last["at"] >= 0.1:
                last["at"], last["phase"] = now, progress.phase
                self.progress.emit(key, progress)

        return emit

    @Slot(object, object)
    def download(self, entry: CatalogFile, cancel: CancelToken) -> None:
        key = entry.key
        try:
            if cancel.cancelled:
                raise Cancelled
            installed = self.downloader.download(entry, self._throttled(key), cancel)
        except Cancelled:
            self.cancelled.emit(key)
        except DownloadError as exc:
            self.failed.emit(key, str(exc))
        except Exception as exc:
            log.exception("Unexpected failure downloading %s", key)
            self.failed.emit(key, f"Unexpected error while downloading: {exc}")
        else:
            self.finished.emit(key, installed)

    @Slot(str, object, str, object)
    def import_file(self, key: str, path: Path, mode: str, cancel: CancelToken) -> None:
        def report(done: int, total: int) -> None:
            self.progress.emit(key, DownloadProgress(Phase.VERIFYING, done, total))

        try:
            library: Library = self.downloader.library
            installed = library.import_file(path, "link" if mode == "link" else "copy", report,
                                            cancel)
        except Cancelled:
            self.cancelled.emit(key)
        except (LibraryError, OSError) as exc:
            self.failed.emit(key, str(exc))
        else:
            self.finished.emit(key, installed)


class DownloadService(QObject):
    """The GUI's handle on downloads; every method returns at once."""

    progress = Signal(str, object)
    finished = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)

    _requestDownload = Signal(object, object)
    _requestImport = Signal(str, object, str, object)

    def __init__(self, downloader: Downloader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = downloader.library
        self._thread = QThread()
        self._thread.setObjectName("parla-downloads")
        self._worker = _Worker(downloader)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._requestDownload.connect(self._worker.download)
        self._requestImport.connect(self._worker.import_file)
        for name in ("progress", "finished", "failed", "cancelled"):
            getattr(self._worker, name).connect(getattr(self, name))
        for done in (self.finished, self.failed, self.cancelled):
            done.connect(self._forget)
        self._jobs: dict[str, CancelToken] = {}
        self._thread.start()

    def jobs(self) -> list[str]:
        """Keys of queued or running jobs, oldest first."""
        return list(self._jobs)

    def download(self, entry: CatalogFile) -> bool:
        """Queue a download; False if that file is already queued."""
        if entry.key in self._jobs:
            return False
        self._jobs[entry.key] = cancel = CancelToken()
        self._requestDownload.emit(entry, cancel)
        return True

    def import_file(self, path: Path, mode: Literal["copy", "link"]) -> str:
        key = f"imported:{path.name}"
        self._jobs[key] = cancel = CancelToken()
        self._requestImport.emit(key, path, mode, cancel)
        return key

    def cancel(self, key: str) -> None:
        """Stop a job; a partial download stays on disk and resumes next time."""
        token = self._jobs.get(key)
        if token is not None:
            token.cancel()

    def shutdown(self) -> None:
        for token in self._jobs.values():
            token.cancel()
        self._thread.quit()
        self._thread.wait()

    def _forget(self, key: str, *_: object) -> None:
        self._jobs.pop(key, None)
