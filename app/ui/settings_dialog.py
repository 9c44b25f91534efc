"""Settings: generation parameters, performance, and the per-language system prompts.

Edits apply to a copy; OK writes them back. Values that only take effect when
the model is loaded again (context length, threads, GPU layers) are marked, and
the dialog reports whether a reload is needed.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import GPU_LAYERS_AUTO, ModelInfo
from app.core.languages import LANGUAGES
from app.core.model_settings import model_settings_store
from app.core.prompts import default_system_prompts
from app.core.settings import Settings
from app.ui.model_settings_tab import ModelSettingsTab
from app.ui.server_control import ServerTab

RELOAD_FIELDS = ("context_length", "threads", "gpu_layers", "kv_cache", "resume_disk_mb")
MAX_CONTEXT = 4096
"""StableLM 2's trained context; the engine also caps at the loaded model's own maximum."""


def _spin(minimum: int, maximum: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    return box


def _decimal(minimum: float, maximum: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    return box


class SettingsDialog(QDialog):
    """``language``: the open conversation's, which the System prompts tab shows first
    (a French chat's user came for the French prompt, not the English one)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 max_context: int = MAX_CONTEXT, language: str | None = None,
                 config_dir: Path | None = None, *, model: ModelInfo | None = None) -> None:
        super().__init__(parent)
        self.original = settings
        self.edited = copy.deepcopy(settings)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(620, 520)
        tabs = QTabWidget()
        tabs.addTab(self._generation_tab(max_context), self.tr("General"))
        tabs.addTab(self._prompts_tab(language or settings.language), self.tr("System prompts"))
        self.server_tab = ServerTab(settings, config_dir) if config_dir is not None else None
        if self.server_tab is not None:
            tabs.addTab(self.server_tab, self.tr("Local API server"))
        self.model_tab = (ModelSettingsTab(model, model_settings_store().get(model.path),
                                           max_context)
                          if model is not None and model.remote is None else None)
        if self.model_tab is not None:
            tabs.addTab(self.model_tab, self.tr("This model"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Restore defaults"))
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._show(self.edited)

    # -- tabs --------------------------------------------------------------------------

    def _generation_tab(self, max_context: int) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.context = _spin(256, max_context, 256)
        self.temperature = _decimal(0.0, 2.0, 0.05)
        self.top_p = _decimal(0.05, 1.0, 0.05)
        self.top_k = _spin(0, 200)
        self.repeat_penalty = _decimal(1.0, 2.0, 0.05)
        self.max_tokens = _spin(16, max_context)
        self.seed = _spin(-1, 2_147_483_647)
        self.seed.setSpecialValueText(self.tr("Random"))
        self.threads = _spin(0, 256)
        self.threads.setSpecialValueText(self.tr("Automatic (one per core)"))
        self.gpu_mode = QComboBox()
        self.gpu_mode.addItem(self.tr("Automatic"), "auto")
        self.gpu_mode.setToolTip(self.tr("Automatic: every layer on the GPU when there is one"))
        self.gpu_mode.addItem(self.tr("CPU only"), "cpu")
        self.gpu_mode.addItem(self.tr("A number of layers"), "number")
        self.gpu_layers = _spin(1, 200)
        self.kv_cache = QComboBox()
        self.kv_cache.addItem(self.tr("Standard"), "f16")
        self.kv_cache.addItem(self.tr("Half the memory (q8_0)"), "q8_0")
        self.kv_cache.setToolTip(self.tr(
            "Half the memory for the conversation the model holds, which can decide whether "
            "a model fits; on a CPU it reads and writes more slowly (see Performance in the "
            "README)."))
        self.resume_disk = _spin(0, 1_000_000, 512)
        self.resume_disk.setSuffix(" MB")
        self.resume_disk.setSpecialValueText(self.tr("Off"))
        self.resume_disk.setToolTip(self.tr(
            "Chats you return to, also after a restart, answer without reading their history "
            "again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the "
            "least recently used are deleted first."))
        self.gpu_mode.currentIndexChanged.connect(self._gpu_mode_changed)
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_mode, 1)
        gpu_row.addWidget(self.gpu_layers)

        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("Same as the operating system"), "")
        for code, name in LANGUAGES.items():
            self.ui_language.addItem(name, code)
        reload_note = self.tr(" (takes effect when the model is loaded again)")
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Interface language (takes effect when Parla starts again)"),
             self.ui_language),
            (self.tr("Context length (tokens)") + reload_note, self.context),
            (self.tr("Temperature"), self.temperature),
            (self.tr("Top-p"), self.top_p),
            (self.tr("Top-k (0 = off)"), self.top_k),
            (self.tr("Repeat penalty"), self.repeat_penalty),
            (self.tr("Longest reply (tokens)"), self.max_tokens),
            (self.tr("Seed"), self.seed),
            (self.tr("CPU threads") + reload_note, self.threads),
            (self.tr("GPU layers") + reload_note, gpu_row),
            (self.tr("Context memory") + reload_note, self.kv_cache),
            (self.tr("Disk space for resuming chats") + reload_note, self.resume_disk),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setWordWrap(True)
            # A wrapping label asks for little width, and the form gave a short one
            # ("Maximale Antwortlänge (Tokens)") two lines in a one-line row: clipped.
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(text) + 2, 220))
            if isinstance(field, QWidget):
                label.setBuddy(field)
                field.setAccessibleName(text)
                form.addRow(label, field)
            else:
                form.addRow(label, field)
        hint = QLabel(self.tr("Defaults follow the StableLM 2 model card: temperature 0.7, "
                              "top-p 0.95."))
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _prompts_tab(self, language: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.prompt_language = QComboBox()
        self.prompt_language.setAccessibleName(self.tr("Language of the system prompt"))
        for code, name in LANGUAGES.items():
            self.prompt_language.addItem(name, code)
        self.prompt_language.setCurrentIndex(max(self.prompt_language.findData(language), 0))
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.prompt_language, 1)
        restore = QPushButton(self.tr("Restore default"))
        restore.clicked.connect(self.restore_prompt)
        top.addWidget(restore)
        layout.addLayout(top)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName(self.tr("System prompt"))
        self.prompt_edit.textChanged.connect(self._prompt_edited)
        layout.addWidget(self.prompt_edit, 1)
        note = QLabel(self.tr("The system prompt tells the model how to behave; each "
                              "conversation uses the one for its language."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.prompt_language.currentIndexChanged.connect(self._show_prompt)
        return page

    # -- values ------------------------------------------------------------------------

    def _show(self, s: Settings) -> None:
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(s.ui_language), 0))
        self.context.setValue(s.context_length)
        self.temperature.setValue(s.temperature)
        self.top_p.setValue(s.top_p)
        self.top_k.setValue(s.top_k)
        self.repeat_penalty.setValue(s.repeat_penalty)
        self.max_tokens.setValue(s.max_reply_tokens)
        self.seed.setValue(s.seed)
        self.threads.setValue(s.threads)
        self.resume_disk.setValue(s.resume_disk_mb)
        self.kv_cache.setCurrentIndex(max(self.kv_cache.findData(s.kv_cache), 0))
        mode = "auto" if s.gpu_layers == GPU_LAYERS_AUTO else "cpu" if s.gpu_layers == 0 \
            else "number"
        self.gpu_mode.setCurrentIndex(self.gpu_mode.findData(mode))
        self.gpu_layers.setValue(max(s.gpu_layers, 1))
        self._gpu_mode_changed()
        self._show_prompt()

    def values(self) -> Settings:
        """The settings as edited (the original object is untouched until OK)."""
        s = self.edited
        s.ui_language = str(self.ui_language.currentData())
        s.context_length = self.context.value()
        s.temperature = round(self.temperature.value(), 2)
        s.top_p = round(self.top_p.value(), 2)
        s.top_k = self.top_k.value()
        s.repeat_penalty = round(self.repeat_penalty.value(), 2)
        s.max_reply_tokens = self.max_tokens.value()
        s.seed = self.seed.value()
        s.threads = self.threads.value()
        s.resume_disk_mb = self.resume_disk.value()
        s.kv_cache = str(self.kv_cache.currentData())
        mode = self.gpu_mode.currentData()
        s.gpu_layers = GPU_LAYERS_AUTO if mode == "auto" else 0 if mode == "cpu" \
            else self.gpu_layers.value()
        if self.server_tab is not None:
            self.server_tab.apply_to(s)
        return s

    def needs_reload(self) -> bool:
        edited = self.values()
        return (any(getattr(edited, f) != getattr(self.original, f) for f in RELOAD_FIELDS)
                or (self.model_tab is not None and self.model_tab.needs_reload()))

    def apply_to(self, target: Settings) -> None:
        """Copy the edited values into the live settings object."""
        for name, value in vars(self.values()).items():
            setattr(target, name, copy.deepcopy(value))
        if self.model_tab is not None:  # the loaded file's own settings, in their own file
            model_settings_store().put(self.model_tab.model.path, self.model_tab.values())

    @Slot()
    def restore_defaults(self) -> None:
        defaults = Settings()
        keep = {"language", "ui_language", "model_path", "remote_connection", "remote_model",
                "accepted_licenses", "system_prompts", "api_server", "api_port"}
        for name, value in vars(defaults).items():
            if name not in keep:
                setattr(self.edited, name, value)
        self._show(self.edited)

    # -- system prompts ------------------------------------------------------------------

    def _language(self) -> str:
        return str(self.prompt_language.currentData())

    @Slot()
    def _show_prompt(self) -> None:
        code = self._language()
        text = self.edited.system_prompts.get(code) or default_system_prompts()[code]
        self.prompt_edit.blockSignals(True)
        self.prompt_edit.setPlainText(text)
        self.prompt_edit.blockSignals(False)

    @Slot()
    def _prompt_edited(self) -> None:
        code = self._language()
        text = self.prompt_edit.toPlainText()
        if text.strip() and text != default_system_prompts()[code]:
            self.edited.system_prompts[code] = text
        else:
            self.edited.system_prompts.pop(code, None)

    @Slot()
    def restore_prompt(self) -> None:
        self.edited.system_prompts.pop(self._language(), None)
        self._show_prompt()

    @Slot()
    def _gpu_mode_changed(self) -> None:
        self.gpu_layers.setEnabled(self.gpu_mode.currentData() == "number")
