"""The status line: load progress, how a reply goes (then what it cost), and how full the
open chat's context is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from app.core.engine.base import GenerationStats, ModelInfo, RemoteModel, ReplyProgress
from app.ui.i18n import locale, number


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
        # Centred: left-aligned (the default in several styles), the fill covered the
        # first letters of "Context".
        self.context_meter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.context_meter.setFormat(QCoreApplication.translate("MainWindow", "Context %p%"))
        self.context_meter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Context used"))
        self.context_unknown()
        self._loading_name = ""
        self._restoring = False
        self._remote = False
        """The model loading runs on a server: its progress is a busy bar, not a fraction."""
        self._context_known = True
        """False when the loaded model's server did not say its context (a guess is shown)."""
        self._reply_shown = False
        """Whether the label follows the running reply (its chat is the open one)."""
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.context_meter)

    def say(self, text: str) -> None:
        self.label.setText(text)

    def flash(self, text: str, milliseconds: int = 3000) -> None:
        """A passing note (e.g. "Copied."), gone after ``milliseconds``."""
        self.bar.showMessage(text, milliseconds)

    def loading(self, name: str, remote: RemoteModel | None = None) -> None:
        self._loading_name, self._restoring, self._reply_shown = name, False, False
        self._remote = remote is not None
        self.progress.setRange(0, 0 if remote is not None else 100)
        self.progress.setValue(0)
        self.progress.show()
        self.say(QCoreApplication.translate("MainWindow", "Loading %1…").replace("%1", name)
                 if remote is None else QCoreApplication.translate(
                     "MainWindow", "Connecting to %1…").replace("%1", remote.host))

    def load_progress(self, fraction: float) -> None:
        """The tensors read so far; once all are, llama.cpp still prepares the model (its
        context, its caches) for a while: a busy bar then, not a bar stuck at 100%."""
        if self._restoring or self._remote:
            return
        if fraction < 1.0:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(fraction * 100))
        elif self.progress.maximum() != 0:
            self.progress.setRange(0, 0)
            self.say(QCoreApplication.translate("MainWindow", "Preparing %1…")
                     .replace("%1", self._loading_name))

    def restoring(self, name: str) -> None:
        """The new model failed to load; the previous one is being loaded again."""
        self._restoring = True
        self.progress.setRange(0, 0)
        self.say(QCoreApplication.translate(
            "MainWindow", "%1 could not be loaded. Loading %2 again…")
            .replace("%1", self._loading_name).replace("%2", name))

    def loaded(self, info: ModelInfo) -> None:
        self.progress.setRange(0, 100)
        self.progress.hide()
        self._context_known = info.context_known
        context = locale().toString(info.context_length)
        if info.remote is None:
            ready = QCoreApplication.translate("MainWindow",
                                               "Ready. Context %1 tokens, loaded in %2 s.")
            self.say(ready.replace("%1", context).replace("%2", number(info.load_seconds, 1)))
            return
        ready = (QCoreApplication.translate(
            "MainWindow", "Ready. Replies come from the server at %1; context %2 tokens.")
            if info.context_known else QCoreApplication.translate(
            "MainWindow", "Ready. Replies come from the server at %1; it did not say its "
            "context length."))
        self.say(ready.replace("%1", info.remote.host).replace("%2", context))

    def load_failed(self, kept_previous: bool) -> None:
        self.progress.setRange(0, 100)
        self.progress.hide()
        if kept_previous:
            self.say(QCoreApplication.translate("MainWindow", "Kept the previous model."))
        else:
            self.say(QCoreApplication.translate("MainWindow", "No model loaded."))

    # -- a reply -------------------------------------------------------------------

    def reply_started(self) -> None:
        """A reply for the open chat is queued or running: its prompt is read first."""
        self._reply_shown = True
        self.say(QCoreApplication.translate("MainWindow", "Reading your message…"))

    def reply_progress(self, progress: ReplyProgress) -> None:
        """How far the prompt is read, then the reply's live speed."""
        if not self._reply_shown:
            return
        if not progress.writing:
            self.say(QCoreApplication.translate("MainWindow", "Reading your message… %1%")
                     .replace("%1", locale().toString(round(progress.prompt_fraction * 100))))
        elif progress.tokens_per_second > 0:
            self.say(QCoreApplication.translate("MainWindow", "Writing… %1 tokens/s")
                     .replace("%1", number(progress.tokens_per_second, 1)))
        else:
            self.say(QCoreApplication.translate("MainWindow", "Writing…"))

    def reply_hidden(self) -> None:
        """The open chat has no running reply (another chat's may go on): nothing to say."""
        self._reply_shown = False
        self.say("")

    def reply_done(self, stats: GenerationStats, context_length: int) -> None:
        """The shown reply's length, speed and first-token time, and the context it filled
        until the chat's own count comes (a reply that ended in a chat that is not open
        says nothing here)."""
        if not self._reply_shown:
            return
        self._reply_shown = False
        tokens = QCoreApplication.translate("MainWindow", "%1 tokens")
        speed = QCoreApplication.translate("MainWindow", "%1 tokens/s")
        first = QCoreApplication.translate("MainWindow", "first token after %1 s")
        parts = [tokens.replace("%1", locale().toString(stats.generated_tokens)),
                 speed.replace("%1", number(stats.tokens_per_second, 1)),
                 first.replace("%1", number(stats.time_to_first_token_s, 2))]
        if stats.dropped_messages:
            dropped = QCoreApplication.translate(
                "MainWindow", "%1 older messages left out to fit the context")
            parts.append(dropped.replace("%1", locale().toString(stats.dropped_messages)))
        self.say(" · ".join(parts))
        self.context_used(stats.prompt_tokens + stats.generated_tokens, context_length)

    # -- the open chat's context ---------------------------------------------------

    def context_used(self, tokens: int, context_length: int) -> None:
        """The open chat's prompt takes ``tokens`` of the model's ``context_length``; an
        estimate says so when the server did not tell its context length."""
        self.context_meter.setValue(min(100, round(100 * tokens / max(context_length, 1))))
        self.context_meter.setFormat(
            QCoreApplication.translate("MainWindow", "Context %p%") if self._context_known
            else QCoreApplication.translate("MainWindow", "Context ~%p%"))
        meter = QCoreApplication.translate("MainWindow", "%1 of %2 tokens of context used")
        tip = meter.replace("%1", locale().toString(tokens)).replace(
            "%2", locale().toString(context_length))
        if not self._context_known:
            tip += "\n" + QCoreApplication.translate(
                "MainWindow", "The server did not say its context length; %1 tokens assumed."
            ).replace("%1", locale().toString(context_length))
        if tokens > context_length:
            tip += "\n" + QCoreApplication.translate(
                "MainWindow", "The oldest messages are left out of the next reply.")
        self.context_meter.setToolTip(tip)

    def context_unknown(self) -> None:
        """No model to count with, or the open chat's count is still on its way: an empty
        meter rather than another chat's figure."""
        self.context_meter.reset()
        self.context_meter.setToolTip("")
