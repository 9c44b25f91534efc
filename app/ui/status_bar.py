"""The status line: load progress, what the last reply cost, and how full the context is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from app.core.engine.base import GenerationStats, ModelInfo


class StatusLine:
    """Owns the widgets of the window's status bar; the window only says what happened.

    Its strings keep the window's translation context ("MainWindow"), where they were
    translated before this class was split out of the window.
    """

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.label = QLabel()
        self.label.setObjectName("statusLabel")
        self.label.setContentsMargins(8, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Model loading progress"))
        self.progress.hide()
        self.context_meter = QProgressBar()
        self.context_meter.setRange(0, 100)
        self.context_meter.setMaximumWidth(140)
        self.context_meter.setFormat(QCoreApplication.translate("MainWindow", "Context %p%"))
        self.context_meter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Context used"))
        self.context_meter.setValue(0)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.context_meter)

    def say(self, text: str) -> None:
        self.label.setText(text)

    def flash(self, text: str, milliseconds: int = 3000) -> None:
        """A passing note (e.g. "Copied."), gone after ``milliseconds``."""
        self.bar.showMessage(text, milliseconds)

    def loading(self, name: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.say(QCoreApplication.translate("MainWindow", "Loading %1…").replace("%1", name))

    def load_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def loaded(self, info: ModelInfo) -> None:
        self.progress.hide()
        ready = QCoreApplication.translate("MainWindow",
                                           "Ready. Context %1 tokens, loaded in %2 s.")
        self.say(ready.replace("%1", str(info.context_length))
                 .replace("%2", f"{info.load_seconds:.1f}"))

    def load_failed(self, kept_previous: bool) -> None:
        self.progress.hide()
        if kept_previous:
            self.say(QCoreApplication.translate("MainWindow", "Kept the previous model."))
        else:
            self.say(QCoreApplication.translate("MainWindow", "No model loaded."))

    def reply_done(self, stats: GenerationStats, context_length: int) -> None:
        """The reply's length, speed and first-token time, and the context it filled."""
        tokens = QCoreApplication.translate("MainWindow", "%1 tokens")
        speed = QCoreApplication.translate("MainWindow", "%1 tokens/s")
        first = QCoreApplication.translate("MainWindow", "first token after %1 s")
        parts = [tokens.replace("%1", str(stats.generated_tokens)),
                 speed.replace("%1", f"{stats.tokens_per_second:.1f}"),
                 first.replace("%1", f"{stats.time_to_first_token_s:.2f}")]
        if stats.dropped_messages:
            dropped = QCoreApplication.translate(
                "MainWindow", "%1 older messages left out to fit the context")
            parts.append(dropped.replace("%1", str(stats.dropped_messages)))
        self.say(" · ".join(parts))
        used = stats.prompt_tokens + stats.generated_tokens
        self.context_meter.setValue(min(100, round(100 * used / max(context_length, 1))))
        meter = QCoreApplication.translate("MainWindow", "%1 of %2 tokens of context used")
        self.context_meter.setToolTip(meter.replace("%1", str(used))
                                      .replace("%2", str(context_length)))
