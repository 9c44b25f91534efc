"""The Models dialog's "Imported files": every installed file the catalog does not list.

Imports (copied in or used where they are), downloads from a Hub search (Search Hugging
Face) and downloads the catalog no longer offers would otherwise be on disk with no way to
load, inspect or remove them. They share the dialog's table and buttons; the estimate
comes from the numbers the library recorded from each header when the file was installed,
so nothing here opens a GGUF on the GUI thread.

Strings keep the dialog's "ModelsDialog" translation context, spelled out in each call:
lupdate finds only such literal calls.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTableWidgetItem

from app.core.engine.factory import engine_runtime
from app.core.gguf_info import InvalidModelError, read_gguf_info
from app.core.models.catalog import Catalog
from app.core.models.fit import InstalledFit, Verdict, assess_installed
from app.core.models.library import InstalledModel
from app.core.models.measurements import Conditions, best
from app.ui import i18n, model_import
from app.ui.gguf_drop import dropped_gguf
from app.ui.model_text import column_titles, human_size, speed_text, verdict_text

if TYPE_CHECKING:
    from app.ui.models_dialog import ModelsDialog

IMPORTED = "imported"
"""The model picker's data for this entry (catalog models have their id)."""
NAME_COLUMN = 6  # the catalog's Quality column
STATUS_COLUMN = 7


def picker_title() -> str:
    return QCoreApplication.translate("ModelsDialog", "Imported files")


def not_in_catalog(entries: list[InstalledModel], catalog: Catalog) -> list[InstalledModel]:
    """Installed files no catalog model shows: imports, and downloads no longer offered."""
    offered = {entry.key for model in catalog.models for entry in model.files}
    return [entry for entry in entries if entry.key not in offered]


def where_text(entry: InstalledModel) -> str:
    if entry.source == "link":
        return QCoreApplication.translate("ModelsDialog", "Used where it is")
    if entry.source == "copy":
        return QCoreApplication.translate("ModelsDialog", "Copied into Parla")
    if entry.key.startswith("hub:"):
        return QCoreApplication.translate("ModelsDialog", "From Hugging Face")
    return QCoreApplication.translate("ModelsDialog", "Downloaded")


def describe_file(entry: InstalledModel, context_length: int) -> str:
    """Everything a user may want to know before loading or removing the file (rich text)."""
    facts = QCoreApplication.translate(
        "ModelsDialog", "Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens"
    ).replace("%1", entry.architecture).replace("%2", entry.quant).replace(
        "%3", human_size(entry.size)).replace("%4", str(entry.context_length or "?"))
    where = (QCoreApplication.translate("ModelsDialog", "Used where it is: %1")
             if entry.source == "link" else
             QCoreApplication.translate("ModelsDialog", "In Parla's library: %1"))
    lines = [f"<b>{_escape(entry.name)}</b>", _escape(facts),
             _escape(where.replace("%1", str(entry.path)))]
    if entry.repo and entry.filename:  # where a download came from, to find it again
        lines.append(_escape(QCoreApplication.translate(
            "ModelsDialog", "Downloaded from Hugging Face: %1").replace(
            "%1", f"{entry.repo}/{entry.filename}")))
    if not entry.present:
        lines.append(_escape(QCoreApplication.translate(
            "ModelsDialog", "The file is no longer there. Remove it from the list, or put "
            "it back and open this dialog again.")))
    elif entry.shape is not None:
        lines.append(_escape(QCoreApplication.translate(
            "ModelsDialog", "memory estimated for a context of %1 tokens").replace(
            "%1", str(min(context_length, entry.shape.context_length)))))
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def delete_question(entry: InstalledModel) -> str:
    """A file used where it is stays on disk: the question must not say it is deleted."""
    if entry.source == "link":
        return QCoreApplication.translate(
            "ModelsDialog", "Remove %1 from Parla's list? The file itself stays where it is."
        ).replace("%1", entry.path.name)
    return QCoreApplication.translate("ModelsDialog", "Delete %1 from this computer?").replace(
        "%1", entry.path.name)


class ImportedFiles(QObject):
    """The dialog's table while "Imported files" is picked, and importing: Import GGUF… and
    a .gguf dropped on the dialog (watched through an event filter)."""

    def __init__(self, dialog: ModelsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.rows: list[InstalledFit] = []
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent):
            path = dropped_gguf(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                    self.offer(path)
                return True
        return super().eventFilter(watched, event)

    @property
    def active(self) -> bool:
        return bool(self.dialog.model_box.currentData() == IMPORTED)

    def show(self) -> None:
        """Entered from the picker: list the files, select the first."""
        self.fill()
        if self.rows:
            self.dialog.table.selectRow(0)
        self.describe()

    def fill(self) -> None:
        dialog = self.dialog
        entries = not_in_catalog(dialog.service.library.installed(), dialog.catalog)
        self.rows = [assess_installed(e, dialog.machine, dialog.settings.context_length,
                                      dialog.settings.kv_cache)
                     for e in entries]
        titles = column_titles()
        titles[1], titles[NAME_COLUMN] = (QCoreApplication.translate("ModelsDialog", "Type"),
                                          QCoreApplication.translate("ModelsDialog", "Model"))
        dialog.table.setHorizontalHeaderLabels(titles)
        measurements = dialog.measurer.store.measurements()
        runtime = engine_runtime()
        now = Conditions.of(runtime, dialog.settings.threads,
                            runtime.expected_backend(dialog.settings.gpu_layers))
        dialog.table.setRowCount(len(self.rows))
        for row, fit in enumerate(self.rows):
            entry, present = fit.entry, fit.entry.present
            speed = best(measurements, entry.path, now) if present else None
            cells = ["", entry.quant, human_size(entry.size),
                     human_size(fit.memory.total) if fit.memory is not None else "?",
                     verdict_text(fit.verdict) if fit.verdict is not None else "?",
                     speed_text(speed) if speed else "—" if present else "", entry.name,
                     self.status(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(str(entry.path))
                dialog.table.setItem(row, column, item)

    def status(self, entry: InstalledModel) -> str:
        measuring = self.dialog.measure_control.measuring.get(entry.path, "")
        if text := self.dialog.status.get(entry.key) or measuring:
            return text
        return where_text(entry) if entry.present else QCoreApplication.translate(
            "ModelsDialog", "File not found")

    def selected(self) -> InstalledModel | None:
        rows = self.dialog.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        return self.rows[index].entry if 0 <= index < len(self.rows) else None

    def describe(self) -> None:
        entry = self.selected()
        self.dialog.description.setText(
            describe_file(entry, self.dialog.settings.context_length) if entry is not None
            else QCoreApplication.translate(
                "ModelsDialog", "Files you imported with Import GGUF… or dropped on this "
                "dialog, and models downloaded from a Hugging Face search. Removing one that "
                "is used where it is never deletes your file.")
            if self.rows else QCoreApplication.translate(
                "ModelsDialog", "No imported files yet. Press Import GGUF… or drop a .gguf "
                "file here."))

    def reveal(self, key: str) -> None:
        """Show the picker's entry with ``key`` selected (an import has just finished)."""
        box = self.dialog.model_box
        box.setCurrentIndex(box.findData(IMPORTED))  # fills, unless it was already shown
        self.fill()
        for row, fit in enumerate(self.rows):
            if fit.entry.key == key:
                self.dialog.table.selectRow(row)
        self.describe()

    def set_status(self, key: str, text: str) -> None:
        for row, fit in enumerate(self.rows if self.active else []):
            item = self.dialog.table.item(row, STATUS_COLUMN)
            if fit.entry.key == key and item is not None:
                item.setText(text)

    # -- importing -----------------------------------------------------------------------

    def choose(self) -> None:
        """Import GGUF…: pick a file, then offer it."""
        path = model_import.choose_gguf(self.dialog)
        if path is not None:
            self.offer(path)

    def offer(self, path: Path) -> None:
        """Show what the file is, then let the user copy it in or use it where it is."""
        try:
            info = read_gguf_info(path)  # a header, in tens of milliseconds
        except InvalidModelError as exc:
            self.dialog.progress_label.setText(i18n.text(exc.message))
            return
        mode = model_import.ask_import_mode(self.dialog, info)
        if mode is not None:
            self.start(path, mode)

    def start(self, path: Path, mode: Literal["copy", "link"]) -> None:
        """Copy (or hash) the file on the download thread; the dialog shows its progress."""
        key = self.dialog.service.import_file(path, mode)
        self.dialog.progress_label.setText(QCoreApplication.translate(
            "ModelsDialog", "Importing %1…").replace("%1", path.name))
        self.dialog.status[key] = QCoreApplication.translate("ModelsDialog", "Importing")

    def measurable(self) -> list[Path]:
        return [fit.entry.path for fit in self.rows
                if fit.verdict is not Verdict.WONT_FIT and fit.entry.present]
