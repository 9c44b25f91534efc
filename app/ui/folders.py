"""Where the file dialogs start: the folder used last, else the user's Documents.

Open model, Import and Export all start from the same kind of place, never from the
directory Parla happened to be started in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder if there is one, else their home folder."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    documents = Path(location) if location else None
    return documents if documents is not None and documents.is_dir() else Path.home()


def start_folder(last: Path | str | None) -> Path:
    """``last`` (a folder, or a file whose folder is meant) if it still exists, else
    Documents."""
    if last:
        path = Path(last)
        folder = path if path.is_dir() else path.parent
        if str(folder) not in ("", ".") and folder.is_dir():
            return folder
    return documents_folder()
