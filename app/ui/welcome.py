"""The first-run screen: get a model in one click, or bring your own file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.models.catalog import Catalog, CatalogFile
from app.core.models.fit import assess, recommend
from app.core.models.hardware import Machine
from app.ui import i18n


def recommended_file(catalog: Catalog, machine: Machine, context_length: int
                     ) -> tuple[CatalogFile, int] | None:
    """The recommended model's best file for this machine, with its (estimated) size."""
    model = next((m for m in catalog.models if m.recommended), catalog.models[0])
    best = recommend(catalog, assess(catalog, model, machine, context_length), machine)
    return (best.file, best.size) if best else None


class WelcomePage(QWidget):
    downloadRequested = Signal(object)  # CatalogFile
    openRequested = Signal()

    def __init__(self, catalog: Catalog, machine: Machine, context_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Parla"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("Chat with an AI model that runs entirely on this computer. "
                               "Nothing you write leaves it. First, get a model:"))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = intro  # its width follows the page's: see resizeEvent
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)

        self.choice = recommended_file(catalog, machine, context_length)
        if self.choice is not None:
            entry, size = self.choice
            name = catalog.model(entry.model_id).name
            # A command link: its description wraps, so the window can be narrow (480 px).
            self.download_button = QCommandLinkButton(
                self.tr("Download %1").replace("%1", name),
                self.tr("%1, %2 GB — recommended for this computer")
                .replace("%1", entry.quant).replace("%2", i18n.number(size / 1e9, 1)))
            self.download_button.setDefault(True)
            self.download_button.clicked.connect(lambda: self.downloadRequested.emit(entry))
            layout.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            note = QLabel(self.tr("This computer has too little free memory for StableLM 2; "
                                  "close other programs or open a smaller GGUF model."))
            note.setWordWrap(True)
            layout.addWidget(note, 0, Qt.AlignmentFlag.AlignHCenter)
        self.open_button = QPushButton(self.tr("Open a GGUF model file…"))
        self.open_button.clicked.connect(self.openRequested.emit)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A word-wrapped label needs a fixed width to get its height: a line a reader's eye
        can follow (520 px), narrower on a narrow window."""
        width = max(160, min(520, event.size().width() - 40))
        self.intro.setFixedWidth(width)
        if self.choice is not None:  # its description wraps too, at the same width
            button = self.download_button
            button.setFixedWidth(min(width, button.sizeHint().width()))
            button.setFixedHeight(button.heightForWidth(button.width()))
        super().resizeEvent(event)
