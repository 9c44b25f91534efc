"""The Settings dialog's "This model" tab: what is remembered for the loaded file alone.

A file without a chat template opens for text completion; here its user says which chat
format it really has (or that it is a base model), gives it a context length or a system
prompt of its own. Saved per file (``model_settings_store``), applied at every load.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from app.core.engine.base import ModelInfo
from app.core.engine.llama.chat_format import COMPLETION, OWN_TEMPLATE, chat_format_choices
from app.core.model_settings import ModelSettings
from app.ui.i18n import text


class ModelSettingsTab(QWidget):
    """Edits ``saved`` for ``model``'s file; ``values()`` is what OK saves."""

    def __init__(self, model: ModelInfo, saved: ModelSettings, max_context: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.saved = saved
        form = QFormLayout(self)
        self.applies = QLabel(self._applies_text())
        self.applies.setWordWrap(True)
        form.addRow(self.applies)
        self.chat_format = QComboBox()
        self.chat_format.addItem(self.tr("Automatic (the file's own template, or its family)"),
                                 None)
        for option in chat_format_choices():
            self.chat_format.addItem(text(option.label), option.name)
        self.chat_format.setCurrentIndex(max(self.chat_format.findData(saved.chat_format), 0))
        self.context = QSpinBox()
        self.context.setRange(0, max(max_context, saved.context_length or 0))
        self.context.setSingleStep(256)
        self.context.setSpecialValueText(self.tr("As in General"))
        self.context.setValue(saved.context_length or 0)
        self.prompt = QPlainTextEdit(saved.system_prompt or "")
        self.prompt.setPlaceholderText(self.tr("Empty: the language's system prompt"))
        rows = ((self.tr("Chat format"), self.chat_format),
                (self.tr("Context length (tokens)"), self.context),
                (self.tr("System prompt for this model"), self.prompt))
        for label, field in rows:
            field.setAccessibleName(label)
            form.addRow(label, field)
        note = QLabel(self.tr("A new format or context length loads the model again."))
        note.setWordWrap(True)
        form.addRow(note)

    def _applies_text(self) -> str:
        model = self.model
        if model.chat_format == COMPLETION or "chat" not in model.modes:
            used = self.tr("text completion (no chat)")
        elif model.chat_format == OWN_TEMPLATE:
            used = self.tr("the file's own chat template")
        else:
            used = next((text(o.label) for o in chat_format_choices()
                         if o.name == model.chat_format), model.chat_format)
        return (self.tr("These settings belong to %1 alone and apply whenever it is loaded. "
                        "Loaded now: %2, with %3 tokens of context.")
                .replace("%1", model.path.name).replace("%2", used)
                .replace("%3", str(model.context_length)))

    def values(self) -> ModelSettings:
        prompt = self.prompt.toPlainText()
        fmt = self.chat_format.currentData()
        return ModelSettings(chat_format=fmt if isinstance(fmt, str) else None,
                             context_length=self.context.value() or None,
                             system_prompt=prompt if prompt.strip() else None)

    def needs_reload(self) -> bool:
        edited = self.values()
        return (edited.chat_format, edited.context_length) != (self.saved.chat_format,
                                                              self.saved.context_length)
