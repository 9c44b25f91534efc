"""How full the open chat's context is: counted on the engine's thread, shown by the meter.

The count runs as an engine job, never on the GUI thread: a chat of a few thousand tokens
takes llama.cpp's tokenizer a noticeable moment, and the engine may be busy replying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from app.ui.writing import can_chat

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ContextCount(QObject):
    """Asks the engine to count the open chat's prompt and fills the meter with the answer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._counting: int | None = None
        """The request id of the count on its way, if any; older answers are ignored."""
        window.engine.tokensCounted.connect(self._on_counted)

    def count(self, *_signal_args: object, fresh: bool = False) -> None:
        """Count again. ``fresh``: another chat or model, so the meter is empty until the
        answer comes; after a reply it keeps the reply's figure meanwhile."""
        window = self.window
        if fresh:
            window.status.context_unknown()
        self._counting = None
        if window.session.mode == "completion" or not can_chat(window.model):
            return  # a text is not a chat, and a base model has no chat prompt to count
        if window.model is not None and not window._loading:
            self._counting = window.engine.count_tokens(
                window.session.prompt(window.settings.system_prompts))

    @Slot(int, object)
    def _on_counted(self, request: int, tokens: int | None) -> None:
        model = self.window.model
        if request == self._counting and tokens is not None and model is not None:
            self.window.status.context_used(tokens, model.context_length)
