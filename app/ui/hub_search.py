"""The Models dialog's "Search Hugging Face" tab: find GGUF repositories, see what each file
needs on this computer, and download one through the dialog's DownloadService.

The Hub is contacted only when the user searches, picks a repository or downloads, never
when the dialog opens: HubSearchService does the network work on its own thread and this
tab only shows its signals, so a slow or absent Hub never freezes the window. Sizes, memory
and verdicts are worded as the catalog's rows are (model_text), and a download shows its
progress, pauses and resumes exactly as a catalog download does.
"""

from __future__ import annotations

import html
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.messages import Message
from app.core.models.fit import Verdict
from app.core.models.hub_search import (
    NO_MATCH,
    HubClient,
    HubFileFit,
    HubRepo,
    HubSearchService,
    RepoListing,
    hub_key,
)
from app.core.models.library import InstalledModel
from app.ui import i18n
from app.ui.model_text import column_titles, human_size, machine_text, verdict_text

if TYPE_CHECKING:
    from app.ui.models_dialog import ModelsDialog

REPO_COLUMN, DOWNLOADS_COLUMN, LIKES_COLUMN, UPDATED_COLUMN, ACCESS_COLUMN = range(5)
QUANT_COLUMN, FILE_COLUMN, SIZE_COLUMN, MEMORY_COLUMN, VERDICT_COLUMN = range(5)
STATUS_COLUMN, BUTTON_COLUMN = 5, 6


def _table(columns: int, titles: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setHorizontalHeaderLabels(titles)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _date(when: datetime | None) -> str:
    """The day a repository last changed, as the interface language writes dates."""
    if when is None:
        return "?"
    return i18n.locale().toString(QDate(when.year, when.month, when.day),
                                  QLocale.FormatType.ShortFormat)


class HubSearchPanel(QWidget):
    """A search box, the repositories found, and the chosen repository's GGUF files."""

    def __init__(self, dialog: ModelsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        downloader = dialog.service.downloader
        # The downloads' endpoint and token: a search finds what a download can fetch.
        self.service = HubSearchService(HubClient(dialog.paths.cache, endpoint=downloader.endpoint,
                                                  token=downloader.token), self)
        self.query = ""
        self.repo = ""
        """The repository whose files are shown, or asked for."""
        self.repos: list[HubRepo] = []
        self.listing: RepoListing | None = None
        self._waiting = False
        """A listing of ``repo`` is on its way."""
        self.installed: dict[str, InstalledModel] = {}
        self._build()
        self.service.results.connect(self._on_results)
        self.service.listed.connect(self._on_listed)
        self.service.failed.connect(self._on_failed)
        dialog.service.finished.connect(lambda _key, _model: self.reload_installed())
        dialog.libraryChanged.connect(self.reload_installed)
        app = QCoreApplication.instance()
        if app is not None:  # a request in flight must end before its thread is destroyed
            app.aboutToQuit.connect(self.shutdown)
        self.reload_installed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search Hugging Face for GGUF models…"))
        self.search_box.setAccessibleName(self.tr("Search Hugging Face"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.search_box, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.status_label = QLabel(self.tr(
            "Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only "
            "when you search or download."))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.results = _table(5, [self.tr("Repository"), self.tr("Downloads"), self.tr("Likes"),
                                  self.tr("Updated"), self.tr("Access")], self.tr("Repositories"))
        self.results.horizontalHeader().setSectionResizeMode(
            REPO_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.results.itemSelectionChanged.connect(self._repo_chosen)
        self.results.itemClicked.connect(lambda _item: self._repo_chosen())  # a retry
        files_page = QWidget()
        files_layout = QVBoxLayout(files_page)
        files_layout.setContentsMargins(0, 0, 0, 0)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        file_title = self.tr("File")
        files_name = self.tr("GGUF files")
        catalog = column_titles()  # the catalog's words: Quantization ... Status
        self.files = _table(7, [catalog[1], file_title, *catalog[2:5], catalog[7], ""],
                            files_name)
        self.files.horizontalHeader().setSectionResizeMode(
            FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        for widget in (self.files_label, self.files, self.notes):
            files_layout.addWidget(widget, 1 if widget is self.files else 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(files_page)
        layout.addWidget(splitter, 1)

    # -- searching -------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        """Ask the Hub (on the service's thread); the answer replaces the shown results."""
        query = self.search_box.text().strip()
        if not query:
            return
        self.query = query
        self.status_label.setText(self.tr("Searching Hugging Face for “%1”…").replace(
            "%1", query))
        self.service.search(query)

    @Slot(str, object)
    def _on_results(self, query: str, repos: list[HubRepo]) -> None:
        if query != self.query:
            return
        self.repos = repos
        self.status_label.setText(
            i18n.text(Message(NO_MATCH, query=query)) if not repos else self.tr(
                "Repositories found: %1. Pick one to see its files and what each needs on "
                "this computer.").replace("%1", str(len(repos))))
        self.results.setRowCount(len(repos))
        for row, repo in enumerate(repos):
            access = (self.tr("Private") if repo.private else self.tr("Gated")
                      if repo.gated else "")
            cells = [repo.id, i18n.locale().toString(repo.downloads),
                     i18n.locale().toString(repo.likes), _date(repo.last_modified), access]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (DOWNLOADS_COLUMN, LIKES_COLUMN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == ACCESS_COLUMN and repo.access_note is not None:
                    item.setToolTip(i18n.text(repo.access_note))
                self.results.setItem(row, column, item)

    @Slot()
    def _repo_chosen(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.repos):
            return
        repo = self.repos[rows[0].row()].id
        if repo == self.repo and (self.listing is not None or self._waiting):
            return
        self.repo, self.listing, self._waiting = repo, None, True
        self.files.setRowCount(0)
        self.notes.clear()
        self.files_label.setText(self.tr(
            "Listing the files of %1 and reading what each needs…").replace("%1", repo))
        settings = self.dialog.settings
        self.service.list_files(repo, self.dialog.machine, settings.context_length,
                                settings.kv_cache)

    @Slot(str, object)
    def _on_listed(self, repo: str, listing: RepoListing) -> None:
        if repo != self.repo:
            return
        self.listing, self._waiting = listing, False
        context = self.dialog.settings.context_length
        shapes = [fit.header.shape.context_length for fit in listing.fits
                  if fit.header is not None and fit.header.shape is not None]
        self.files_label.setText(f"<b>{html.escape(repo)}</b> · " + QCoreApplication.translate(
            "ModelsDialog", "memory estimated for a context of %1 tokens").replace(
            "%1", str(min(context, max(shapes, default=context))))
            + "<br>" + html.escape(machine_text(self.dialog.machine)))
        self.files.setRowCount(len(listing.fits))
        for row, fit in enumerate(listing.fits):
            file = fit.file
            cells = [file.quant, file.filename, human_size(file.size),
                     human_size(fit.memory.total) if fit.memory is not None else "?",
                     verdict_text(fit.verdict) if fit.verdict is not None else "?", ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == VERDICT_COLUMN and fit.note is not None:
                    item.setToolTip(i18n.text(fit.note))
                self.files.setItem(row, column, item)
            button = QPushButton()
            button.clicked.connect(partial(self._act, row))
            self.files.setCellWidget(row, BUTTON_COLUMN, button)
        notes = [listing.note] + [note for fit in listing.fits
                                  for note in (fit.note, fit.file.download_refusal)]
        said: list[str] = []
        for note in notes:
            if note is not None and (text := i18n.text(note)) not in said:
                said.append(text)
        self.notes.setText("\n".join(said))
        self.refresh()

    @Slot(str, object)
    def _on_failed(self, target: str, message: Message) -> None:
        if target == self.repo and self.listing is None:
            self._waiting = False
            self.files_label.setText(i18n.text(message))
        elif target == self.query:
            self.status_label.setText(i18n.text(message))
            self.repos = []
            self.results.setRowCount(0)

    # -- downloading -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The tab is picked: the user came to type a search."""
        super().showEvent(event)
        self.search_box.setFocus()

    def reload_installed(self) -> None:
        """What is on disk from the Hub (a small index: read when the library changes)."""
        self.installed = {e.key: e for e in self.dialog.service.library.installed()
                          if e.key.startswith("hub:") and e.present}
        self.refresh()

    def refresh(self) -> None:
        """Each file's status and button from the dialog's job states; reads nothing."""
        if self.listing is None:
            return
        jobs = self.dialog.service.jobs()
        for row, fit in enumerate(self.listing.fits):
            key = hub_key(fit.file.repo, fit.file.filename)
            here = self.installed.get(key)
            refusal = fit.file.download_refusal
            button = self.files.cellWidget(row, BUTTON_COLUMN)
            if isinstance(button, QPushButton):
                button.setText(QCoreApplication.translate("ModelsDialog", "Pause")
                               if key in jobs else
                               QCoreApplication.translate("ModelsDialog", "Use")
                               if here is not None else
                               QCoreApplication.translate("ModelsDialog", "Download"))
                button.setEnabled(refusal is None or here is not None)
                button.setToolTip(i18n.text(refusal) if refusal is not None else "")
            status = self.dialog.status.get(key) or (
                QCoreApplication.translate("ModelsDialog", "Downloaded (%1)").replace(
                    "%1", human_size(here.size)) if here is not None else
                self.tr("Split into %1 files").replace("%1", str(len(fit.file.parts)))
                if refusal is not None else "")
            item = self.files.item(row, STATUS_COLUMN)
            if item is not None and item.text() != status:
                item.setText(status)

    def _act(self, row: int) -> None:
        """The row's button: Download, Pause or Use, as the dialog's own button does."""
        if self.listing is None or row >= len(self.listing.fits):
            return
        fit = self.listing.fits[row]
        key = hub_key(fit.file.repo, fit.file.filename)
        here = self.installed.get(key)
        if key in self.dialog.service.jobs():
            self.dialog.service.cancel(key)
        elif here is not None:
            self.dialog.modelChosen.emit(here.path)
            self.dialog.accept()
        else:
            self.download(fit)

    def download(self, fit: HubFileFit) -> None:
        refusal = fit.file.download_refusal
        if refusal is not None:
            self.notes.setText(i18n.text(refusal))
            return
        if fit.verdict is Verdict.WONT_FIT and not self.dialog.confirm(
                QCoreApplication.translate(
                    "ModelsDialog", "This file probably needs more memory than this computer "
                    "has. Download it anyway?")):
            return
        entry = fit.file.catalog_file()
        if self.dialog.service.download(entry):
            self.dialog.status[entry.key] = QCoreApplication.translate("ModelsDialog", "Queued")
        self.refresh()

    def shutdown(self) -> None:
        """Drop what is pending and end the thread (waits for a request in flight)."""
        self.service.shutdown()
