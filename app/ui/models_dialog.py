"""The model manager: pick a model and a quantization that fits, download, import, delete.

All work (network, hashing, copying) happens in DownloadService's thread; this
dialog only shows its signals. It stays usable while downloads run, and closing
it does not stop them.

"Measure this machine" runs a short benchmark of the quantizations on disk in
MeasureService's thread, and the Speed column shows what was measured here.
Closing the dialog stops measuring (what was measured is kept): a benchmark
slows chats down, and nothing would show that it was still running.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QHideEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.factory import engine_runtime
from app.core.gguf_info import GgufInfo, InvalidModelError, read_gguf_info
from app.core.messages import Message
from app.core.models.catalog import Catalog, CatalogFile, CatalogModel
from app.core.models.downloads import DownloadProgress, Phase
from app.core.models.fit import FileFit, Verdict, assess, recommend
from app.core.models.hardware import Machine
from app.core.models.library import InstalledModel
from app.core.models.measure_service import MeasureOptions, MeasureService
from app.core.models.measurements import Conditions, Measurement, MeasurementStore, best
from app.core.models.service import DownloadService
from app.core.models.token import clear_token, load_token, mask, save_token
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.ui import i18n

log = logging.getLogger(__name__)

COLUMN_COUNT = 8
SPEED_COLUMN = 5
QUALITY_COLUMN = 6
STATUS_COLUMN = COLUMN_COUNT - 1


# Module-level strings call QCoreApplication.translate() with the context spelled out:
# lupdate finds only such calls (and self.tr), never a shorthand wrapper.


def column_titles() -> list[str]:
    return ["", QCoreApplication.translate("ModelsDialog", "Quantization"),
            QCoreApplication.translate("ModelsDialog", "File size"),
            QCoreApplication.translate("ModelsDialog", "Memory needed"),
            QCoreApplication.translate("ModelsDialog", "On this computer"),
            QCoreApplication.translate("ModelsDialog", "Speed"),
            QCoreApplication.translate("ModelsDialog", "Quality"),
            QCoreApplication.translate("ModelsDialog", "Status")]


def verdict_text(verdict: Verdict) -> str:
    return {Verdict.FITS: QCoreApplication.translate("ModelsDialog", "✔ Fits"),
            Verdict.TIGHT: QCoreApplication.translate("ModelsDialog", "⚠ Tight"),
            Verdict.WONT_FIT: QCoreApplication.translate("ModelsDialog", "✖ Won't fit")}[verdict]


def human_size(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def speed_text(measurement: Measurement) -> str:
    return QCoreApplication.translate("ModelsDialog", "%1 tokens/s").replace(
        "%1", f"{measurement.tokens_per_second:.1f}")


def speed_tooltip(measurement: Measurement) -> str:
    """When and how a speed was measured, in the user's own date format."""
    when = QDateTime.fromString(measurement.measured_at, Qt.DateFormat.ISODate).toLocalTime()
    text = (QCoreApplication.translate(
                "ModelsDialog", "Measured %1 by a short test on this computer (%2 threads, %3).")
            if measurement.source == "benchmark"
            else QCoreApplication.translate(
                "ModelsDialog", "Measured %1 during a chat reply (%2 threads, %3)."))
    text = (text.replace("%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))
            .replace("%2", str(measurement.conditions.threads))
            .replace("%3", measurement.conditions.backend))
    if measurement.prompt_tokens_per_second:
        text += "\n" + QCoreApplication.translate(
            "ModelsDialog", "Reading a message: %1 tokens/s.").replace(
            "%1", f"{measurement.prompt_tokens_per_second:.0f}")
    return text


def describe(progress: DownloadProgress) -> str:
    """One line a user understands: what is happening, how fast, how long."""
    if progress.phase is Phase.DOWNLOADING and progress.total:
        text = (QCoreApplication.translate("ModelsDialog", "Downloading %1% · %2 of %3")
                .replace("%1", f"{100 * progress.done / progress.total:.0f}")
                .replace("%2", human_size(progress.done))
                .replace("%3", human_size(progress.total)))
        if progress.bytes_per_second:
            text += f" · {progress.bytes_per_second / 1e6:.1f} MB/s"
        if progress.eta_seconds is not None:
            minutes, seconds = divmod(int(progress.eta_seconds), 60)
            left = (QCoreApplication.translate("ModelsDialog", "%1 min %2 s left")
                    .replace("%1", str(minutes)).replace("%2", f"{seconds:02d}") if minutes
                    else QCoreApplication.translate("ModelsDialog", "%1 s left")
                    .replace("%1", str(seconds)))
            text += f" · {left}"
        return text
    if progress.phase is Phase.VERIFYING and progress.total:
        return QCoreApplication.translate("ModelsDialog", "Verifying %1%").replace(
            "%1", f"{100 * progress.done / progress.total:.0f}")
    if progress.message is not None:
        return i18n.text(progress.message)
    return {
        Phase.CHECKING: QCoreApplication.translate("ModelsDialog", "Checking…"),
        Phase.WAITING: QCoreApplication.translate("ModelsDialog", "Waiting…"),
        Phase.DOWNLOADING: QCoreApplication.translate("ModelsDialog", "Downloading…"),
        Phase.RETRYING: QCoreApplication.translate("ModelsDialog", "Retrying…"),
        Phase.VERIFYING: QCoreApplication.translate("ModelsDialog", "Verifying…"),
        Phase.DONE: QCoreApplication.translate("ModelsDialog", "Done"),
    }[progress.phase]


class ModelsDialog(QDialog):
    modelChosen = Signal(object)  # Path of an installed model to load

    def __init__(self, service: DownloadService, catalog: Catalog, machine: Machine, *,
                 settings: Settings, paths: AppPaths, measurer: MeasureService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._owns_measurer = measurer is None
        self.measurer = measurer or MeasureService(MeasurementStore(paths.measurements_file),
                                                   parent=self)
        self.measuring: dict[Path, str] = {}
        """Status text of each file queued or being measured by this dialog."""
        self._measure_failed = False
        self.catalog = catalog
        self.machine = machine
        self.settings = settings
        self.paths = paths
        self.rows: list[FileFit] = []
        self.recommended: FileFit | None = None
        self.status: dict[str, str] = {}
        self.setWindowTitle(self.tr("Models"))
        self.setAcceptDrops(True)
        self.resize(980, 560)
        self._build()
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)
        service.failed.connect(self._on_failed)
        service.cancelled.connect(self._on_cancelled)
        self.measurer.started.connect(self._on_measure_started)
        self.measurer.measured.connect(self._on_measured)
        self.measurer.failed.connect(self._on_measure_failed)
        self.measurer.finished.connect(self._on_measure_finished)
        self._show_model(0)

    # -- construction ------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.model_box = QComboBox()
        self.model_box.setAccessibleName(self.tr("Model"))
        for model in self.catalog.models:
            self.model_box.addItem(model.name, model.id)
        self.model_box.currentIndexChanged.connect(self._show_model)
        top.addWidget(QLabel(self.tr("Model:")))
        top.addWidget(self.model_box, 1)
        self.machine_label = QLabel(self._machine_text())
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
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import GGUF…"))
        self.import_button.clicked.connect(self.choose_import)
        self.token_button = QPushButton(self.tr("Hugging Face token…"))
        self.token_button.clicked.connect(self.edit_token)
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self.toggle_measuring)
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

    def _machine_text(self) -> str:
        text = self.tr("This computer: %1 RAM (%2 free)").replace(
            "%1", human_size(self.machine.total_ram)).replace(
            "%2", human_size(self.machine.available_ram))
        if self.machine.vram:
            text += f", {self.machine.gpu_name} {human_size(self.machine.vram)}"
        return text

    # -- state -------------------------------------------------------------------

    @property
    def model(self) -> CatalogModel:
        return self.catalog.model(self.model_box.currentData())

    @Slot(int)
    def _show_model(self, _index: int) -> None:
        model = self.model
        self.description.setText(
            f"{html.escape(model.description)}<br>"
            + self.tr("Licence: %1").replace(
                "%1", f'<a href="{html.escape(model.license.url)}">'
                f"{html.escape(model.license.name)}</a>")
            + " · " + self.tr("memory estimated for a context of %1 tokens").replace(
                "%1", str(min(self.settings.context_length, model.architecture.context_length))))
        self.rows = assess(self.catalog, model, self.machine, self.settings.context_length)
        self.recommended = recommend(self.catalog, self.rows, self.machine)
        self._fill_table()
        if self.recommended is not None:
            self.table.selectRow(self.rows.index(self.recommended))

    def _fill_table(self) -> None:
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
                self.measuring.get(here.path, "") if here is not None else "") or (
                self.tr("Downloaded (%1)").replace("%1", human_size(here.size))
                if here is not None and on_disk else "")
            speed = best(measurements, here.path, now) if here is not None and on_disk else None
            cells = [star, entry.quant, ("≈ " if not entry.size else "") + human_size(fit.size),
                     human_size(fit.memory.total), verdict_text(fit.verdict),
                     speed_text(speed) if speed else "—" if on_disk else "",
                     self.catalog.quantizations[entry.quant].quality, status]
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
        return self.rows[rows[0].row()] if rows else None

    def installed(self, entry: CatalogFile) -> InstalledModel | None:
        here = self.service.library.get(entry.key)
        return here if here is not None and here.present else None

    def _update_buttons(self) -> None:
        fit = self.selected()
        busy = fit is not None and fit.file.key in self.service.jobs()
        installed = self.installed(fit.file) if fit is not None else None
        here = installed is not None
        measured_now = installed is not None and installed.path in self.measuring
        self.primary_button.setEnabled(fit is not None and not busy)
        self.primary_button.setText(self.tr("Use") if here else self.tr("Download"))
        self.cancel_button.setEnabled(busy)
        self.delete_button.setEnabled(here and not busy and not measured_now)
        self._update_measure_button()

    def _update_measure_button(self) -> None:
        if self.measurer.running:
            stopping = self.measurer.stopping
            self.measure_button.setText(self.tr("Stopping…") if stopping
                                        else self.tr("Stop measuring"))
            self.measure_button.setEnabled(not stopping)
            self.measure_button.setToolTip(self.tr(
                "Stop measuring; the speeds measured so far are kept."))
        else:
            self.measure_button.setText(self.tr("Measure this machine"))
            self.measure_button.setEnabled(bool(self.measurable()))
            self.measure_button.setToolTip(self.tr(
                "Measure how fast the quantizations on this computer run: each one is loaded "
                "in turn and writes a short text. A reply asked for meanwhile waits until the "
                "file being measured is done, and closing this window stops measuring."))

    def measurable(self) -> list[Path]:
        """The shown model's files on disk that should fit in memory, in table order."""
        installed = {e.key: e for e in self.service.library.installed()}
        return [here.path for fit in self.rows
                if fit.verdict is not Verdict.WONT_FIT
                and (here := installed.get(fit.file.key)) is not None and here.present]

    # -- actions -------------------------------------------------------------------

    @Slot()
    def _primary_action(self) -> None:
        fit = self.selected()
        if fit is None:
            return
        here = self.installed(fit.file)
        if here is not None:
            self.modelChosen.emit(here.path)
            self.accept()
        else:
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
        answer = QMessageBox.question(
            self, self.tr("Licence"),
            self.tr("%1 is licensed under the %2:\n%3\n\nDo you accept this licence?")
            .replace("%1", model.name).replace("%2", model.license.name)
            .replace("%3", model.license.url))
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Models"), question) \
            == QMessageBox.StandardButton.Yes

    @Slot()
    def cancel_selected(self) -> None:
        fit = self.selected()
        if fit is not None:
            self.service.cancel(fit.file.key)

    @Slot()
    def delete_selected(self) -> None:
        fit = self.selected()
        if fit is None or self.installed(fit.file) is None:
            return
        if not self.confirm(self.tr("Delete %1 from this computer?").replace(
                "%1", fit.file.filename)):
            return
        self.service.library.remove(fit.file.key)
        self.status.pop(fit.file.key, None)
        self._fill_table()

    @Slot()
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a GGUF model"), "",
                                              self.tr("GGUF models (*.gguf)"))
        if path:
            self.offer_import(Path(path))

    def offer_import(self, path: Path) -> None:
        """Show what the file is, then let the user copy it in or use it where it is."""
        try:
            info = read_gguf_info(path)
        except InvalidModelError as exc:
            self.progress_label.setText(i18n.text(exc.message))
            return
        mode = self.ask_import_mode(info)
        if mode is not None:
            self.import_file(path, mode)

    def ask_import_mode(self, info: GgufInfo) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import"), self.import_summary(info)
                          + "\n\n" + self.tr("Copy the file into Parla's library, or use it "
                                              "where it is?"), parent=self)
        copy = box.addButton(self.tr("Copy"), QMessageBox.ButtonRole.AcceptRole)
        link = box.addButton(self.tr("Use where it is"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "copy" if clicked is copy else "link" if clicked is link else None

    def import_summary(self, info: GgufInfo) -> str:
        return (f"{info.display_name}\n"
                + self.tr("Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens")
                .replace("%1", info.architecture).replace("%2", info.quantization)
                .replace("%3", human_size(info.size_bytes))
                .replace("%4", str(info.context_length or "?")))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().lower().endswith(".gguf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".gguf"):
                event.acceptProposedAction()
                self.offer_import(Path(url.toLocalFile()))
                return

    def import_file(self, path: Path, mode: str) -> None:
        key = self.service.import_file(path, "link" if mode == "link" else "copy")
        self.progress_label.setText(self.tr("Importing %1…").replace("%1", path.name))
        self.status[key] = self.tr("Importing")

    @Slot()
    def toggle_measuring(self) -> None:
        """Measure the shown model's files, or stop a measurement under way."""
        if self.measurer.running:
            self.measurer.cancel()
            self._update_measure_button()
            return
        paths = self.measurable()
        options = MeasureOptions(threads=self.settings.threads,
                                 gpu_layers=self.settings.gpu_layers)
        if self.measurer.measure(paths, options):
            self._measure_failed = False
            self.measuring = dict.fromkeys(paths, self.tr("Waiting to measure"))
            self._fill_table()

    @Slot()
    def edit_token(self) -> None:
        current = load_token(self.paths.config)
        shown = mask(current) if current else self.tr("none")
        token, ok = QInputDialog.getText(
            self, self.tr("Hugging Face token"),
            self.tr("Only needed for gated models. Current token: %1\n"
                    "Paste a new token (empty to remove it):").replace("%1", shown),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        if token.strip():
            save_token(self.paths.config, token)
        else:
            clear_token(self.paths.config)

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
        self.progress_label.setText(f"{key}: {text}")
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

    @Slot(str, object)
    def _on_failed(self, key: str, message: Message | str) -> None:
        self.status[key] = self.tr("Failed")
        self.progress.hide()
        self.progress_label.setText(i18n.text(message))
        self._fill_table()

    @Slot(str)
    def _on_cancelled(self, key: str) -> None:
        self.status[key] = self.tr("Paused — Download continues where it stopped")
        self.progress.hide()
        self.progress_label.setText(self.tr("Paused. The part already downloaded is kept."))
        self._fill_table()

    def _set_status_cell(self, key: str, text: str) -> None:
        for row, fit in enumerate(self.rows):
            if fit.file.key == key:
                item = self.table.item(row, STATUS_COLUMN)
                if item is not None:
                    item.setText(text)
        self._update_buttons()

    # -- measuring signals ---------------------------------------------------------------

    @Slot(object, int, int)
    def _on_measure_started(self, path: Path, index: int, count: int) -> None:
        self.measuring[path] = self.tr("Measuring…")
        self.progress_label.setText(self.tr("Measuring %1 (%2 of %3)…").replace(
            "%1", path.name).replace("%2", str(index + 1)).replace("%3", str(count)))
        self._fill_table()

    @Slot(object, object)
    def _on_measured(self, path: Path, _measurement: Measurement) -> None:
        self.measuring.pop(path, None)
        self._fill_table()

    @Slot(object, object)
    def _on_measure_failed(self, path: Path, message: Message | str) -> None:
        self.measuring.pop(path, None)
        self._measure_failed = True
        self.progress_label.setText(self.tr("Could not measure %1: %2").replace(
            "%1", path.name).replace("%2", i18n.text(message)))
        self._fill_table()

    @Slot(bool)
    def _on_measure_finished(self, stopped: bool) -> None:
        self.measuring.clear()
        if stopped:
            self.progress_label.setText(self.tr(
                "Measuring stopped. The speeds measured so far are kept."))
        elif not self._measure_failed:  # else the label keeps saying what went wrong
            self.progress_label.setText(self.tr("Measuring finished."))
        self._fill_table()

    # -- closing -------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # Not when minimized (a spontaneous hide): the user is still waiting for the result.
        if not event.spontaneous():
            self.measurer.cancel()
        super().hideEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        if self._owns_measurer:
            self.measurer.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._owns_measurer:
            self.measurer.shutdown()
        super().closeEvent(event)

