"""The model manager: pick a model and a quantization that fits, download, import, delete.

All work (network, hashing, copying) happens in DownloadService's thread; this
dialog only shows its signals. It stays usable while downloads run, and closing
it does not stop them.

"Measure this machine" runs a short benchmark of the quantizations on disk in
MeasureService's thread, and the Speed column shows what was measured here.
Closing the dialog stops measuring (what was measured is kept): a benchmark
slows chats down, and nothing would show that it was still running.

This module lays out the table and the buttons; its words are in model_text, the
import questions in model_import, the token in hf_token and measuring in measure_control.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QFont,
    QHideEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.factory import engine_runtime
from app.core.messages import Message
from app.core.models.catalog import Catalog, CatalogFile, CatalogModel
from app.core.models.downloads import DownloadProgress
from app.core.models.fit import FileFit, Verdict, assess, recommend
from app.core.models.hardware import Machine
from app.core.models.library import InstalledModel
from app.core.models.measure_service import MeasureService
from app.core.models.measurements import Conditions, MeasurementStore, best
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.ui import i18n
from app.ui.hf_token import edit_token
from app.ui.hub_search import HubSearchPanel
from app.ui.installed_models import IMPORTED, ImportedFiles, delete_question, picker_title
from app.ui.measure_control import MeasureControl
from app.ui.model_text import (
    catalog_text,
    column_titles,
    describe,
    human_size,
    licence_link,
    machine_text,
    model_description,
    speed_text,
    speed_tooltip,
    verdict_text,
)

log = logging.getLogger(__name__)

COLUMN_COUNT = 8
SPEED_COLUMN = 5
QUALITY_COLUMN = 6
STATUS_COLUMN = COLUMN_COUNT - 1


class ModelsDialog(QDialog):
    modelChosen = Signal(object)  # Path of an installed model to load
    libraryChanged = Signal()  # a model was removed

    def __init__(self, service: DownloadService, catalog: Catalog, machine: Machine, *,
                 settings: Settings, paths: AppPaths, measurer: MeasureService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._owns_measurer = measurer is None
        self.measurer = measurer or MeasureService(MeasurementStore(paths.measurements_file),
                                                   parent=self)
        self.catalog = catalog
        self.machine = machine
        self.settings = settings
        self.paths = paths
        self.rows: list[FileFit] = []
        self.recommended: FileFit | None = None
        self.status: dict[str, str] = {}
        self.measure_control = MeasureControl(self.measurer, settings, self.measurable,
                                              parent=self)
        self.files = ImportedFiles(self)
        self.setWindowTitle(self.tr("Models"))
        self.setAcceptDrops(True)  # a dropped .gguf is offered for import (ImportedFiles)
        self.resize(980, 640)
        self._build()
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)
        service.failed.connect(self._on_failed)
        service.cancelled.connect(self._on_cancelled)
        self.measure_control.changed.connect(self._fill_table)
        self.measure_control.message.connect(self.progress_label.setText)
        self._show_model(0)

    # -- construction ------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(page := QWidget())
        self.hub = HubSearchPanel(self)  # the Hub is asked nothing until the user searches
        self.tabs.addTab(page, self.tr("Recommended and installed"))
        self.tabs.addTab(self.hub, self.tr("Search Hugging Face"))
        outer.addWidget(self.tabs, 1)
        top = QHBoxLayout()
        self.model_box = QComboBox()
        self.model_box.setAccessibleName(self.tr("Model"))
        for model in self.catalog.models:
            self.model_box.addItem(model.name, model.id)
        self.model_box.addItem(picker_title(), IMPORTED)
        self.model_box.currentIndexChanged.connect(self._show_model)
        top.addWidget(QLabel(self.tr("Model:")))
        top.addWidget(self.model_box, 1)
        self.machine_label = QLabel(machine_text(self.machine))
        top.addWidget(self.machine_label)
        layout.addLayout(top)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setOpenExternalLinks(False)
        self.description.linkActivated.connect(self._open_link)
        layout.addWidget(self.description)

        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Quantizations"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUALITY_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed status column: progress text changes many times a second and must not
        # make the other columns jump.
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS_COLUMN,
                             self.fontMetrics().horizontalAdvance("Downloaded (1.00 GB)MMM"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._primary_action())
        layout.addWidget(self.table, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        layout.addLayout(self._build_buttons())
        outer.addWidget(self.progress)  # below both tabs: a download from either shows here
        outer.addWidget(self.progress_label)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import GGUF…"))
        self.import_button.clicked.connect(self.files.choose)
        self.token_button = QPushButton(self.tr("Hugging Face token…"))
        self.token_button.clicked.connect(lambda: edit_token(self, self.paths.config))
        self.measure_button = self.measure_control.button
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_button = QPushButton(self.tr("Pause"))
        self.cancel_button.setToolTip(self.tr("Stop the download; it continues where it "
                                              "stopped when you press Download again"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.primary_button = QPushButton(self.tr("Download"))
        self.primary_button.setDefault(True)
        self.primary_button.clicked.connect(self._primary_action)
        for widget in (self.import_button, self.token_button, self.measure_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        for widget in (self.delete_button, self.cancel_button, self.primary_button):
            buttons.addWidget(widget)
        return buttons

    # -- state -------------------------------------------------------------------

    @property
    def model(self) -> CatalogModel:
        return self.catalog.model(self.model_box.currentData())

    @Slot(int)
    def _show_model(self, _index: int) -> None:
        if self.files.active:
            self.files.show()
            return
        model, settings = self.model, self.settings
        self.description.setText(model_description(model, settings.context_length))
        self.rows = assess(self.catalog, model, self.machine, settings.context_length,
                           settings.kv_cache)
        self.recommended = recommend(self.catalog, self.rows, self.machine)
        self._fill_table()
        if self.recommended is not None:
            self.table.selectRow(self.rows.index(self.recommended))

    def _fill_table(self) -> None:
        if self.files.active:
            self.files.fill()
            self._update_buttons()
            return
        self.table.setHorizontalHeaderLabels(column_titles())
        installed = {e.key: e for e in self.service.library.installed()}
        measurements = self.measurer.store.measurements()
        runtime = engine_runtime()
        now = Conditions.of(runtime, self.settings.threads,
                            runtime.expected_backend(self.settings.gpu_layers))
        self.table.setRowCount(len(self.rows))
        for row, fit in enumerate(self.rows):
            entry = fit.file
            here = installed.get(entry.key)
            on_disk = here is not None and here.present
            star = "★" if fit is self.recommended else ""
            status = self.status.get(entry.key) or (
                self.measure_control.measuring.get(here.path, "") if here is not None else "") or (
                self.tr("Downloaded (%1)").replace("%1", human_size(here.size))
                if here is not None and on_disk else "")
            speed = best(measurements, here.path, now) if here is not None and on_disk else None
            cells = [star, entry.quant, ("≈ " if not entry.size else "") + human_size(fit.size),
                     human_size(fit.memory.total), verdict_text(fit.verdict),
                     speed_text(speed) if speed else "—" if on_disk else "",
                     catalog_text(self.catalog.quantizations[entry.quant].quality), status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if fit is self.recommended:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if column == 0 and star:
                    item.setToolTip(self.tr("Recommended for this computer"))
                if column == SPEED_COLUMN and on_disk:
                    item.setToolTip(speed_tooltip(speed) if speed else self.tr(
                        "Not measured yet. Press Measure this machine to find out how fast "
                        "it runs here."))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def select_file(self, entry: CatalogFile) -> None:
        """Show ``entry``'s model and select its row (used by the welcome screen)."""
        self.model_box.setCurrentIndex(self.model_box.findData(entry.model_id))
        for row, fit in enumerate(self.rows):
            if fit.file == entry:
                self.table.selectRow(row)

    def selected(self) -> FileFit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and not self.files.active else None

    def selected_installed(self) -> InstalledModel | None:
        """The selected row's file: on disk for a catalog row; maybe missing for an import."""
        fit = self.selected()
        return self.files.selected() if self.files.active else (
            self.installed(fit.file) if fit is not None else None)

    def selected_key(self) -> str | None:
        here, fit = self.selected_installed(), self.selected()
        return here.key if here is not None else fit.file.key if fit is not None else None

    def installed(self, entry: CatalogFile) -> InstalledModel | None:
        here = self.service.library.get(entry.key)
        return here if here is not None and here.present else None

    def _update_buttons(self) -> None:
        key, installed = self.selected_key(), self.selected_installed()
        busy = key is not None and key in self.service.jobs()
        here = installed is not None and installed.present
        measured_now = installed is not None and installed.path in self.measure_control.measuring
        self.primary_button.setEnabled(key is not None and not busy
                                       and (here or not self.files.active))
        self.primary_button.setText(self.tr("Use") if here or self.files.active
                                    else self.tr("Download"))
        self.cancel_button.setEnabled(busy)
        self.delete_button.setEnabled(installed is not None and not busy and not measured_now)
        if self.files.active:
            self.files.describe()
        self.measure_control.update_button()
        self.hub.refresh()

    def measurable(self) -> list[Path]:
        """The shown model's files on disk that should fit in memory, in table order."""
        if self.files.active:
            return self.files.measurable()
        installed = {e.key: e for e in self.service.library.installed()}
        return [here.path for fit in self.rows
                if fit.verdict is not Verdict.WONT_FIT
                and (here := installed.get(fit.file.key)) is not None and here.present]

    # -- actions -------------------------------------------------------------------

    @Slot()
    def _primary_action(self) -> None:
        here, fit = self.selected_installed(), self.selected()
        if here is not None and here.present:
            self.modelChosen.emit(here.path)
            self.accept()
        elif fit is not None:
            self.download(fit)

    def download(self, fit: FileFit) -> None:
        model = self.catalog.model(fit.file.model_id)
        if model.license.url not in self.settings.accepted_licenses:
            if not self.ask_license(model):
                return
            self.settings.accepted_licenses.append(model.license.url)
            save_settings(self.settings, self.paths.settings_file)
        if fit.verdict is Verdict.WONT_FIT and not self.confirm(
                self.tr("This file probably needs more memory than this computer has. "
                        "Download it anyway?")):
            return
        if self.service.download(fit.file):
            self.status[fit.file.key] = self.tr("Queued")
            self._fill_table()

    def ask_license(self, model: CatalogModel) -> bool:
        """Ask once per licence, before the first download under it."""
        link = licence_link(model)
        # Rich text, so the licence is a link (a message box opens it in the browser when,
        # and only when, the user clicks it); the model's name is escaped.
        answer = QMessageBox.question(
            self, self.tr("Licence"),
            "<p>" + self.tr("%1 is licensed under the %2.<br><br>Do you accept this licence?")
            .replace("%1", html.escape(model.name)).replace("%2", link) + "</p>")
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Models"), question) \
            == QMessageBox.StandardButton.Yes

    @Slot()
    def cancel_selected(self) -> None:
        if (key := self.selected_key()) is not None:
            self.service.cancel(key)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the file, or only forget it where it is used in place (never the user's)."""
        here = self.selected_installed()
        if here is None or not self.confirm(delete_question(here)):
            return
        self.service.library.remove(here.key)
        self.status.pop(here.key, None)
        self._fill_table()
        self.libraryChanged.emit()

    def _open_link(self, url: str) -> None:
        if self.confirm(self.tr("Open %1 in your browser?").replace("%1", url)):
            QDesktopServices.openUrl(QUrl(url))

    # -- service signals ---------------------------------------------------------------

    @Slot(str, object)
    def _on_progress(self, key: str, progress: DownloadProgress) -> None:
        text = describe(progress)
        short = text.split(" · ")[0]  # the table cell: "Downloading 25%"; details below
        self.status[key] = short
        self.progress.show()
        self.progress_label.setText(f"{self.job_name(key)}: {text}")
        if progress.total:
            self.progress.setValue(int(1000 * progress.done / progress.total))
        else:
            self.progress.setValue(0)
        self._set_status_cell(key, short)

    @Slot(str, object)
    def _on_finished(self, key: str, installed: InstalledModel) -> None:
        self.status.pop(key, None)
        self.progress.hide()
        self.progress_label.setText(self.tr("%1 is ready (SHA256 verified).").replace(
            "%1", installed.name or key))
        self._fill_table()
        if installed.imported:
            self.files.reveal(key)

    @Slot(str, object)
    def _on_failed(self, key: str, message: Message | str) -> None:
        self.status[key] = self.tr("Failed")
        self.progress.hide()
        self.progress_label.setText(f"{self.job_name(key)}: {i18n.text(message)}")
        self._fill_table()

    def job_name(self, key: str) -> str:
        """What the user knows a job by: the model's name and quantization, or the imported
        or Hub file's name, never the internal key."""
        try:
            entry = self.catalog.find(key)
            return f"{self.catalog.model(entry.model_id).name} {entry.quant}"
        except KeyError:
            return key.removeprefix("imported:").removeprefix("hub:").rsplit("/", 1)[-1]

    @Slot(str)
    def _on_cancelled(self, key: str) -> None:
        self.status[key] = self.tr("Paused — Download continues where it stopped")
        self.progress.hide()
        self.progress_label.setText(self.tr("Paused. The part already downloaded is kept."))
        self._fill_table()

    def _set_status_cell(self, key: str, text: str) -> None:
        for row, fit in enumerate([] if self.files.active else self.rows):
            if fit.file.key == key:
                item = self.table.item(row, STATUS_COLUMN)
                if item is not None:
                    item.setText(text)
        self.files.set_status(key, text)
        self._update_buttons()

    # -- closing -------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # Not when minimized (a spontaneous hide): the user is still waiting for the result.
        if not event.spontaneous():
            self.measurer.cancel()
            self.hub.service.cancel()  # a search or listing still on its way
        super().hideEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        if self._owns_measurer:
            self.measurer.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._owns_measurer:
            self.measurer.shutdown()
        super().closeEvent(event)

