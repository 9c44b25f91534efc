"""The Models dialog's "Measure this machine" button and what measuring shows while it runs.

MeasureService does the work in its thread; this object starts and stops it, keeps the
button's text in step and says, per file, what is happening. The dialog refills its
table on ``changed`` and shows ``message`` under it. Strings keep the "ModelsDialog"
translation context they were translated under, spelled out in each call: lupdate finds
only such literal calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton

from app.core.messages import Message
from app.core.models.measure_service import MeasureOptions, MeasureService
from app.core.models.measurements import Measurement
from app.core.settings import Settings
from app.ui import i18n


class MeasureControl(QObject):
    changed = Signal()  # what ``measuring`` says changed: the table must be refilled
    message = Signal(str)  # a sentence for the dialog's progress line

    def __init__(self, measurer: MeasureService, settings: Settings,
                 measurable: Callable[[], list[Path]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.measurer = measurer
        self.settings = settings
        self.measurable = measurable
        """The files a measurement would cover now (the dialog knows which are shown)."""
        self.measuring: dict[Path, str] = {}
        """Status text of each file queued or being measured from this dialog."""
        self._failed = False
        self.button = QPushButton()
        self.button.clicked.connect(self.toggle)
        measurer.started.connect(self._on_started)
        measurer.measured.connect(self._on_measured)
        measurer.failed.connect(self._on_failed)
        measurer.finished.connect(self._on_finished)

    @Slot()
    def toggle(self) -> None:
        """Measure the shown model's files, or stop a measurement under way."""
        if self.measurer.running:
            self.measurer.cancel()
            self.update_button()
            return
        paths = self.measurable()
        options = MeasureOptions(threads=self.settings.threads,
                                 gpu_layers=self.settings.gpu_layers)
        if self.measurer.measure(paths, options):
            self._failed = False
            self.measuring = dict.fromkeys(
                paths, QCoreApplication.translate("ModelsDialog", "Waiting to measure"))
            self.changed.emit()

    def update_button(self) -> None:
        if self.measurer.running:
            stopping = self.measurer.stopping
            self.button.setText(QCoreApplication.translate("ModelsDialog", "Stopping…")
                                if stopping
                                else QCoreApplication.translate("ModelsDialog", "Stop measuring"))
            self.button.setEnabled(not stopping)
            self.button.setToolTip(QCoreApplication.translate(
                "ModelsDialog", "Stop measuring; the speeds measured so far are kept."))
        else:
            self.button.setText(QCoreApplication.translate("ModelsDialog",
                                                           "Measure this machine"))
            self.button.setEnabled(bool(self.measurable()))
            self.button.setToolTip(QCoreApplication.translate(
                "ModelsDialog",
                "Measure how fast the quantizations on this computer run: each one is loaded "
                "in turn and writes a short text. A reply asked for meanwhile waits until the "
                "file being measured is done, and closing this window stops measuring."))

    @Slot(object, int, int)
    def _on_started(self, path: Path, index: int, count: int) -> None:
        self.measuring[path] = QCoreApplication.translate("ModelsDialog", "Measuring…")
        self.message.emit(QCoreApplication.translate("ModelsDialog", "Measuring %1 (%2 of %3)…")
                          .replace("%1", path.name).replace("%2", str(index + 1))
                          .replace("%3", str(count)))
        self.changed.emit()

    @Slot(object, object)
    def _on_measured(self, path: Path, _measurement: Measurement) -> None:
        self.measuring.pop(path, None)
        self.changed.emit()

    @Slot(object, object)
    def _on_failed(self, path: Path, message: Message | str) -> None:
        self.measuring.pop(path, None)
        self._failed = True
        self.message.emit(QCoreApplication.translate("ModelsDialog", "Could not measure %1: %2")
                          .replace("%1", path.name).replace("%2", i18n.text(message)))
        self.changed.emit()

    @Slot(bool)
    def _on_finished(self, stopped: bool) -> None:
        self.measuring.clear()
        if stopped:
            self.message.emit(QCoreApplication.translate(
                "ModelsDialog", "Measuring stopped. The speeds measured so far are kept."))
        elif not self._failed:  # else the progress line keeps saying what went wrong
            self.message.emit(QCoreApplication.translate("ModelsDialog", "Measuring finished."))
        self.changed.emit()
