"""The main window: transcript, message box, Stop, and a status line.

It reacts to EngineService signals and never calls into llama.cpp itself, so
the window stays responsive while a model loads or a reply streams.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.conversation import Conversation
from app.core.engine.base import GenerationStats, LoadOptions, ModelInfo, SamplingParams, StopReason
from app.core.engine.worker import EngineService
from app.core.languages import LANGUAGES
from app.core.models.catalog import CatalogFile, default_catalog
from app.core.models.hardware import detect_machine
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.ui.chat_view import ChatView
from app.ui.composer import Composer
from app.ui.models_dialog import ModelsDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)


class NoticeBar(QWidget):
    """An inline, dismissable message: errors never block the window with a modal dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setStyleSheet(
            "#noticeBar { background: palette(base); border: 1px solid #d9534f;"
            " border-radius: 6px; }"
        )
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, engine: EngineService, settings: Settings, paths: AppPaths,
                 downloads: DownloadService | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.downloads = downloads
        self.settings = settings
        self.paths = paths
        self.conversation = Conversation(language=settings.language)
        self.model: ModelInfo | None = None
        self._request: int | None = None
        self._loading = False

        self.setWindowTitle(APP_NAME)
        self.resize(900, 700)
        self.setAcceptDrops(True)
        self._build_menu()
        self._build_body()
        self._build_status()
        self._connect_engine()
        self._update_controls()

    # -- construction --------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open model…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_model_file)
        file_menu.addAction(self.open_action)
        self.models_action = QAction(self.tr("&Models…"), self)
        self.models_action.setShortcut(QKeySequence("Ctrl+M"))
        self.models_action.triggered.connect(self.show_models)
        file_menu.addAction(self.models_action)
        self.new_chat_action = QAction(self.tr("&New chat"), self)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_chat_action.triggered.connect(self.new_chat)
        file_menu.addAction(self.new_chat_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_body(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)

        top = QHBoxLayout()
        self.model_label = QLabel()
        self.model_label.setObjectName("modelLabel")
        top.addWidget(self.model_label, 1)
        language_label = QLabel(self.tr("Language:"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Conversation language"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.conversation.language))
        self.language_box.currentIndexChanged.connect(self._on_language_changed)
        language_label.setBuddy(self.language_box)
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        layout.addLayout(top)

        self.chat_view = ChatView()
        self.welcome: WelcomePage | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chat_view)
        if self.downloads is not None and not any(e.present
                                                  for e in self.downloads.library.installed()):
            self.welcome = WelcomePage(default_catalog(), detect_machine(gpu_backend=False),
                                       self.settings.context_length)
            self.welcome.downloadRequested.connect(self._download_from_welcome)
            self.welcome.openRequested.connect(self.choose_model_file)
            self.pages.addWidget(self.welcome)
            self.pages.setCurrentWidget(self.welcome)
        layout.addWidget(self.pages, 1)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)

        row = QHBoxLayout()
        self.composer = Composer()
        self.composer.submitted.connect(self.send)
        row.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.composer.submit)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.clicked.connect(self.stop)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        row.addLayout(buttons)
        layout.addLayout(row)
        self.setCentralWidget(central)

        stop_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        stop_shortcut.activated.connect(self.stop)

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setContentsMargins(8, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Model loading progress"))
        self.progress.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _connect_engine(self) -> None:
        self.engine.loadProgress.connect(self._on_load_progress)
        self.engine.loaded.connect(self._on_loaded)
        self.engine.loadFailed.connect(self._on_load_failed)
        self.engine.text.connect(self._on_text)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)

    # -- actions -----------------------------------------------------------------

    @Slot()
    def choose_model_file(self) -> None:
        start = str(Path(self.settings.model_path).parent) if self.settings.model_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), start,
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.open_model(Path(path))

    @Slot()
    def show_models(self) -> ModelsDialog | None:
        """The model manager (non-modal: downloads go on while you chat)."""
        if self.downloads is None:
            return None
        import llama_cpp

        machine = detect_machine(gpu_backend=bool(llama_cpp.llama_supports_gpu_offload()))
        dialog = ModelsDialog(self.downloads, default_catalog(), machine,
                              settings=self.settings, paths=self.paths, parent=self)
        dialog.modelChosen.connect(self.open_model)
        dialog.show()
        return dialog

    def _download_from_welcome(self, entry: CatalogFile) -> None:
        dialog = self.show_models()
        if dialog is not None:
            dialog.select_file(entry)
            dialog.primary_button.click()

    @Slot()
    def bring_to_front(self) -> None:
        """A second launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        reload = dialog.needs_reload()
        dialog.apply_to(self.settings)
        self._save_settings()
        if reload and self.model is not None:
            self.status_label.setText(self.tr("Reloading the model with the new settings…"))
            self.open_model(self.model.path)

    def open_model(self, path: Path) -> None:
        """Load (or switch to) a model; the current conversation is kept."""
        self.stop()
        self._loading = True
        self.notice.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Loading %1…").replace("%1", path.name))
        self.engine.load(LoadOptions(path, context_length=self.settings.context_length,
                                     gpu_layers=self.settings.gpu_layers,
                                     threads=self.settings.threads))
        self._update_controls()

    @Slot(str)
    def send(self, text: str) -> None:
        if self.model is None or self._request is not None or self._loading:
            return
        self.composer.clear()
        self.notice.hide()
        self.conversation.add("user", text)
        self.chat_view.add_message(self.tr("You"), text)
        self.chat_view.begin_reply(APP_NAME)
        s = self.settings
        params = SamplingParams(temperature=s.temperature, top_p=s.top_p, top_k=s.top_k,
                                repeat_penalty=s.repeat_penalty, max_tokens=s.max_reply_tokens,
                                seed=s.seed)
        self._request = self.engine.generate(self.conversation.for_model(s.system_prompts), params)
        self.status_label.setText(self.tr("Thinking…"))
        self._update_controls()

    @Slot()
    def stop(self) -> None:
        self.engine.stop()

    @Slot()
    def new_chat(self) -> None:
        self.stop()
        self._finish_reply(self.tr("stopped"))
        self.conversation = Conversation(language=self.conversation.language)
        self.chat_view.clear_conversation()
        self._update_controls()

    # -- engine signals ----------------------------------------------------------

    @Slot(float)
    def _on_load_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    @Slot(object)
    def _on_loaded(self, info: ModelInfo) -> None:
        self._loading = False
        self.model = info
        self.pages.setCurrentWidget(self.chat_view)
        self.progress.hide()
        self.settings.model_path = str(info.path)
        self._save_settings()
        self.model_label.setText(f"<b>{html.escape(info.name)}</b> · {info.quantization} · "
                                 f"{info.backend}")
        self.status_label.setText(
            self.tr("Ready. Context %1 tokens, loaded in %2 s.")
            .replace("%1", str(info.context_length)).replace("%2", f"{info.load_seconds:.1f}")
        )
        if info.notices:
            self.notice.show_message("\n".join(info.notices))
        self._update_controls()
        self.composer.setFocus()

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self._loading = False
        self.progress.hide()
        self.status_label.setText(self.tr("No model loaded.") if self.model is None
                                  else self.tr("Kept the previous model."))
        self.notice.show_message(message)
        self._update_controls()

    @Slot(int, str)
    def _on_text(self, request: int, text: str) -> None:
        if request == self._request:
            self.chat_view.append_to_reply(text)

    @Slot(int, object)
    def _on_finished(self, request: int, stats: GenerationStats) -> None:
        if request != self._request:
            return
        stopped = stats.stop_reason is StopReason.CANCELLED
        self._finish_reply(self.tr("stopped") if stopped else "")
        parts = [self.tr("%1 tokens").replace("%1", str(stats.generated_tokens)),
                 self.tr("%1 tokens/s").replace("%1", f"{stats.tokens_per_second:.1f}"),
                 self.tr("first token after %1 s").replace("%1",
                                                           f"{stats.time_to_first_token_s:.2f}")]
        if stats.dropped_messages:
            parts.append(self.tr("%1 older messages left out to fit the context")
                         .replace("%1", str(stats.dropped_messages)))
        self.status_label.setText(" · ".join(parts))

    @Slot(int, str)
    def _on_failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self._finish_reply(self.tr("failed"))
        self.notice.show_message(message)
        self.status_label.setText(self.tr("The reply failed."))

    def _finish_reply(self, note: str) -> None:
        """Keep whatever was streamed: a stopped or failed reply is still part of the chat."""
        if self._request is None:
            return
        self._request = None
        text = self.chat_view.end_reply(note)
        if text:
            self.conversation.add("assistant", text)
        elif self.conversation.messages and self.conversation.messages[-1].role == "user":
            # No reply at all: give the message back so nothing typed is lost.
            unanswered = self.conversation.messages.pop()
            if not self.composer.toPlainText().strip():
                self.composer.setPlainText(unanswered.content)
        self._update_controls()

    # -- state -------------------------------------------------------------------

    def _on_language_changed(self, index: int) -> None:
        code = self.language_box.itemData(index)
        self.conversation.language = code
        self.settings.language = code
        self._save_settings()
        self._update_controls()

    def _update_controls(self) -> None:
        generating = self._request is not None
        ready = self.model is not None and not self._loading
        self.send_button.setEnabled(ready and not generating)
        self.stop_button.setEnabled(generating)
        self.open_action.setEnabled(not generating)
        if self.model is None and not self._loading:
            self.model_label.setText(self.tr("No model loaded"))
            self.chat_view.setPlaceholderText(self.tr(
                "To start, download StableLM 2 with File → Models… (Ctrl+M), open a model "
                "file with File → Open model… (Ctrl+O), or drop a .gguf file onto this "
                "window."))
            if not self.status_label.text():
                self.status_label.setText(self.tr("No model loaded."))
        elif self.model is not None:
            language = LANGUAGES[self.conversation.language]
            self.chat_view.setPlaceholderText(self.tr(
                "Ask anything. The conversation language is %1; everything stays on this "
                "computer.").replace("%1", language))

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            log.warning("Could not save settings: %s", exc)

    # -- Qt events ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().lower().endswith(".gguf") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        for url in urls:
            if url.toLocalFile().lower().endswith(".gguf"):
                self.open_model(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
