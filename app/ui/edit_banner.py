"""Above the message box while the user edits one of their messages.

Nothing is taken out of the chat until the edited text is sent; this bar says so, and
Cancel (or Esc in the message box) leaves the chat as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class EditBanner(QWidget):
    """Says that the next Send replaces a message; ``cancelled`` when the user backs out."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_button.clicked.connect(self.cancelled)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def show_editing(self, later: int) -> None:
        """Show the bar for a message followed by ``later`` messages."""
        if later:
            self.label.setText(self.tr(
                "Editing your message. Sending it replaces it and every later message (%1).")
                .replace("%1", str(later)))
        else:
            self.label.setText(self.tr("Editing your message. Sending it replaces it."))
        self.show()
