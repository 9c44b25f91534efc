"""Opening models, the Models and Settings dialogs, and the speed a chat measures.

Split from the window so that the window only wires: it asks for a model to be
opened and is told through the engine's signals when one is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.engine.base import GenerationStats, ModelInfo
from app.core.engine.factory import engine_runtime
from app.core.engine.worker import EngineService
from app.core.models.catalog import CatalogFile, default_catalog
from app.core.models.hardware import detect_machine
from app.core.models.measure_service import MeasureService
from app.core.models.measurements import Conditions, FileKey, Measurement, MeasurementStore
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.ui.folders import start_folder
from app.ui.header import ChatHeader
from app.ui.models_dialog import ModelsDialog
from app.ui.remote_models import RemoteModels
from app.ui.settings_dialog import SettingsDialog
from app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

CHAT_SPEED_MIN_TOKENS = 16
"""Shorter replies say little about decode speed; they are not recorded."""


class ModelActions(QObject):
    """What the File menu does with models and settings.

    ``open_model`` is the window's: loading is part of the chat's flow. Strings keep the
    window's translation context ("MainWindow"), where they were translated before.
    """

    installedChanged = Signal(list)  # [(name shown, Path)] of the installed models on disk
    settingsApplied = Signal()  # the Settings dialog's OK: the live settings have changed

    def __init__(self, parent: QWidget, engine: EngineService, settings: Settings,
                 paths: AppPaths, downloads: DownloadService | None, *,
                 open_model: Callable[..., None], reload_model: Callable[[], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.engine = engine
        self.settings = settings
        self.paths = paths
        self.downloads = downloads
        self.open_model = open_model
        self.reload_model = reload_model
        self.measurements = MeasurementStore(paths.measurements_file)
        self.measurer: MeasureService | None = None
        self.remote = RemoteModels(parent, paths.config, settings,
                                   lambda target: open_model(Path(), target))
        if downloads is not None:
            downloads.finished.connect(lambda _key, _model: self.refresh_installed())

    @Slot()
    def choose_model_file(self) -> None:
        start = str(start_folder(self.settings.model_path))  # never the working directory
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, QCoreApplication.translate("MainWindow", "Open a GGUF model"),
            start, QCoreApplication.translate("MainWindow", "GGUF models (*.gguf);;All files (*)"))
        if path:
            self.open_model(Path(path))

    @Slot()
    def show_models(self) -> ModelsDialog | None:
        """The model manager (non-modal: downloads go on while you chat)."""
        if self.downloads is None:
            return None
        machine = detect_machine(gpu_backend=engine_runtime().gpu_offload)
        if self.measurer is None:
            # On the engine's thread: llama.cpp on a second thread slows both down.
            self.measurer = MeasureService(self.measurements, parent=self,
                                           thread=self.engine.worker.thread())
        dialog = ModelsDialog(self.downloads, default_catalog(), machine,
                              settings=self.settings, paths=self.paths,
                              measurer=self.measurer, parent=self.parent_widget)
        dialog.modelChosen.connect(self.open_model)
        dialog.libraryChanged.connect(self.refresh_installed)
        dialog.show()
        return dialog

    @Slot()
    def connect_switcher(self, header: ChatHeader) -> None:
        """The header's model switcher: it lists what is installed and loads the choice."""
        header.modelChosen.connect(self.open_model)
        header.manageRequested.connect(self.show_models)
        header.remoteChosen.connect(self.remote.open)
        header.serversRequested.connect(self.remote.show_dialog)
        self.installedChanged.connect(header.show_installed)
        self.remote.listChanged.connect(header.show_remote)
        self.engine.loaded.connect(header.mark_loaded)
        self.refresh_installed()
        self.remote.refresh()

    def refresh_installed(self) -> None:
        """Tell the header's switcher what is installed: reads library.json, a small index."""
        self.installedChanged.emit(self.installed_models())

    def installed_models(self) -> list[tuple[str, Path]]:
        """Catalog models under their catalog name, imports under their header's name, A-Z."""
        if self.downloads is None:
            return []
        catalog = default_catalog()
        names = {entry.key: model.name for model in catalog.models for entry in model.files}
        return sorted(((f"{names.get(e.key, e.name)} · {e.quant}", e.path)
                       for e in self.downloads.library.installed() if e.present),
                      key=lambda model: model[0].casefold())

    def welcome_page(self) -> WelcomePage | None:
        """The first-run screen, when nothing is installed yet (and downloads can run)."""
        if self.downloads is None or any(e.present for e in self.downloads.library.installed()):
            return None
        page = WelcomePage(default_catalog(), detect_machine(gpu_backend=False),
                           self.settings.context_length)
        page.downloadRequested.connect(self.download)
        page.openRequested.connect(self.choose_model_file)
        return page

    def download(self, entry: CatalogFile) -> None:
        """Start downloading ``entry`` in the Models dialog (from the welcome screen)."""
        dialog = self.show_models()
        if dialog is not None:
            dialog.select_file(entry)
            dialog.primary_button.click()

    def show_settings(self, language: str | None = None) -> SettingsDialog:
        """Settings, its System prompts tab on ``language`` (the open conversation's)."""
        dialog = SettingsDialog(self.settings, self.parent_widget, language=language,
                                config_dir=self.paths.config, model=self.engine.model)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        """Apply and save; load the model again when a setting needs it."""
        reload = dialog.needs_reload()
        dialog.apply_to(self.settings)
        save_settings(self.settings, self.paths.settings_file)
        self.settingsApplied.emit()
        if reload:
            self.reload_model()

    def record_speed(self, model: ModelInfo, stats: GenerationStats) -> None:
        """A finished reply measures the model for free: the Models dialog shows it.

        One small JSON write per reply, after the reply is shown. Not while a benchmark
        runs beside the chat, which would make both look slow.
        """
        if (model.remote is not None  # a server's speed is not this computer's
                or stats.generated_tokens < CHAT_SPEED_MIN_TOKENS or stats.tokens_per_second <= 0
                or (self.measurer is not None and self.measurer.running)):
            return
        try:
            self.measurements.record(Measurement.now(
                FileKey.of(model.path),
                Conditions.of(engine_runtime(), self.settings.threads, model.backend),
                stats.tokens_per_second, None, "chat"))
        except OSError as exc:
            log.warning("Could not record the speed of the reply: %s", exc)

    def shutdown(self) -> None:
        if self.measurer is not None:
            self.measurer.shutdown()
