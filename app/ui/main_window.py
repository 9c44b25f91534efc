"""The main window: chats sidebar, transcript, message box, Stop, and a status line.

It reacts to EngineService signals and never calls into llama.cpp itself, so
the window stays responsive while a model loads or a reply streams. Every
message goes to the Store as it happens; a streaming reply is committed at
least once a second, so a crash loses at most the last second of it.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import rendering
from app.core.conversation import Conversation
from app.core.engine.base import GenerationStats, LoadOptions, ModelInfo, SamplingParams, StopReason
from app.core.engine.quick_bench import conditions
from app.core.engine.worker import EngineService
from app.core.languages import LANGUAGES
from app.core.models.catalog import CatalogFile, default_catalog
from app.core.models.hardware import detect_machine
from app.core.models.measure_service import MeasureService
from app.core.models.measurements import FileKey, Measurement, MeasurementStore
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.prompts import starter_prompts
from app.core.rendering import is_safe_link
from app.core.settings import Settings, save_settings
from app.core.store import DeletedConversation, MessageState, Store, StoredMessage
from app.ui.chat_view import ChatView
from app.ui.composer import Composer
from app.ui.models_dialog import ModelsDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.sidebar import Sidebar
from app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

CHAT_SPEED_MIN_TOKENS = 16
"""Shorter replies say little about decode speed; they are not recorded."""


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
        self.action_button = QPushButton()
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._action: Callable[[], None] | None = None
        self.setStyleSheet(
            "#noticeBar { background: palette(base); border: 1px solid #d9534f;"
            " border-radius: 6px; }"
        )
        self.hide()

    def show_message(self, text: str, action: str = "",
                     on_action: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``action`` a button (e.g. "Undo") that calls ``on_action``."""
        self.label.setText(text)
        self._action = on_action
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()

    def _act(self) -> None:
        if self._action is not None:
            self._action()
        self.hide()


class MainWindow(QMainWindow):
    def __init__(self, engine: EngineService, settings: Settings, paths: AppPaths,
                 downloads: DownloadService | None = None, store: Store | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.downloads = downloads
        self.settings = settings
        self.paths = paths
        self._owns_store = store is None
        self.store = store or Store.open(paths.data / "chats.sqlite3")
        self.conversation = Conversation(language=settings.language)
        self.conversation_id: int | None = None
        self._message_ids: list[int] = []
        self._streaming_id: int | None = None
        self.model: ModelInfo | None = None
        self.measurements = MeasurementStore(paths.measurements_file)
        self._measurer: MeasureService | None = None
        self._request: int | None = None
        self._loading = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(1000)  # at most one second of a reply is ever at risk
        self._flush_timer.timeout.connect(self.store.flush)
        self._flush_timer.start()
        # Off the GUI thread, so the first code block of the first reply does not stall it;
        # a second after start-up, so it does not slow down the window's first paint.
        QTimer.singleShot(1000, lambda: threading.Thread(
            target=rendering.warm_up, name="parla-warm-up", daemon=True).start())

        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setAcceptDrops(True)
        self._build_menu()
        self._build_body()
        self._build_status()
        self._connect_engine()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._rerender)
        self.refresh_sidebar()
        self._report_recovery()
        conversations = self.store.conversations()
        if conversations:
            self.open_conversation(conversations[0].id)
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

        chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        self.search_action = chat_menu.addAction(self.tr("&Search chats"), self.focus_search)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.regenerate_action = chat_menu.addAction(self.tr("&Regenerate reply"),
                                                     self.regenerate_last)
        self.regenerate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.edit_action = chat_menu.addAction(self.tr("&Edit last message"), self.edit_last)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.copy_action = chat_menu.addAction(self.tr("&Copy last reply"), self.copy_last)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        chat_menu.addSeparator()
        self.export_md_action = chat_menu.addAction(
            self.tr("Export as &Markdown…"), lambda: self.export_chat("markdown"))
        self.export_json_action = chat_menu.addAction(
            self.tr("Export as &JSON…"), lambda: self.export_chat("json"))

    def _build_body(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.newRequested.connect(self.new_chat)
        self.sidebar.conversationSelected.connect(self.open_conversation)
        self.sidebar.renameRequested.connect(self.rename_chat)
        self.sidebar.deleteRequested.connect(self.delete_chat)
        self.sidebar.exportRequested.connect(
            lambda cid, kind: self.export_chat(kind, conversation_id=cid))
        self.sidebar.searchChanged.connect(self._on_search)
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
        self.chat_view.actionRequested.connect(self._on_message_action)
        self.chat_view.linkRequested.connect(self.open_link)
        self.chat_view.copied.connect(
            lambda _text: self.statusBar().showMessage(self.tr("Copied."), 2000))
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
        self.starters = self._build_starters()
        layout.addWidget(self.starters)
        layout.addLayout(self._build_composer())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        self.setCentralWidget(splitter)

    def _build_starters(self) -> QWidget:
        """Suggestions on an empty chat, in the conversation's language."""
        panel = QWidget()
        self.starter_layout = QHBoxLayout(panel)
        self.starter_layout.setContentsMargins(0, 0, 0, 0)
        self.starter_buttons: list[QPushButton] = []
        for _ in range(4):
            button = QPushButton()
            button.setFlat(False)
            button.clicked.connect(lambda _checked=False, b=button: self.send(b.toolTip()))
            self.starter_layout.addWidget(button)
            self.starter_buttons.append(button)
        return panel

    def _show_starters(self) -> None:
        prompts = starter_prompts(self.conversation.language)
        for button, prompt in zip(self.starter_buttons, prompts, strict=False):
            button.setToolTip(prompt)
            metrics = button.fontMetrics()
            button.setText(metrics.elidedText(prompt, Qt.TextElideMode.ElideRight, 200))
        empty = (self.model is not None and not self.conversation.messages
                 and self._request is None)
        self.starters.setVisible(empty)

    def _build_composer(self) -> QHBoxLayout:
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
        stop_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        stop_shortcut.activated.connect(self.stop)
        return row

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setContentsMargins(8, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Model loading progress"))
        self.progress.hide()
        self.context_meter = QProgressBar()
        self.context_meter.setRange(0, 100)
        self.context_meter.setMaximumWidth(140)
        self.context_meter.setFormat(self.tr("Context %p%"))
        self.context_meter.setAccessibleName(self.tr("Context used"))
        self.context_meter.setValue(0)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.context_meter)

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
        if self._measurer is None:
            # On the engine's thread: llama.cpp on a second thread slows both down.
            self._measurer = MeasureService(self.measurements, parent=self,
                                            thread=self.engine.worker.thread())
        dialog = ModelsDialog(self.downloads, default_catalog(), machine,
                              settings=self.settings, paths=self.paths,
                              measurer=self._measurer, parent=self)
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
        if self.conversation_id is None:
            self.conversation_id = self.store.create_conversation(
                self.conversation.language, model=self.model.name).id
        stored = self.store.add_message(self.conversation_id, "user", text)
        self.conversation.add("user", text)
        self._message_ids.append(stored.id)
        self.chat_view.add_message(stored.id, "user", self.tr("You"), text)
        self.refresh_sidebar()
        self._generate()

    def _generate(self) -> None:
        """Ask for a reply to the conversation as it stands (send and regenerate)."""
        assert self.conversation_id is not None
        reply = self.store.begin_streaming(self.conversation_id)
        self._streaming_id = reply.id
        self.chat_view.begin_reply(reply.id, APP_NAME)
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
        self._finish_reply(self.tr("stopped"), "stopped")
        self.conversation = Conversation(language=self.conversation.language)
        self.conversation_id = None
        self._message_ids = []
        self.chat_view.clear_conversation()
        self.refresh_sidebar()
        self._update_controls()
        self.composer.setFocus()

    # -- conversations -----------------------------------------------------------

    def refresh_sidebar(self) -> None:
        if self.sidebar.search.text().strip():
            self._on_search(self.sidebar.search.text())
        else:
            self.sidebar.set_conversations(self.store.conversations(), self.conversation_id)

    def _report_recovery(self) -> None:
        if self.store.recovered_from_corruption is not None:
            self.notice.show_message(self.tr(
                "The chat database was damaged. It was kept as %1 and a new one was started.")
                .replace("%1", str(self.store.recovered_from_corruption)))
        elif self.store.recovered_interrupted:
            self.notice.show_message(self.tr(
                "Parla closed while writing a reply. What it had written is kept and marked "
                "as interrupted."))

    @Slot(int)
    def open_conversation(self, conversation_id: int) -> None:
        if conversation_id == self.conversation_id and not self.chat_view.streaming:
            return
        stored = self.store.conversation(conversation_id)
        if stored is None:
            return
        self.stop()
        self._finish_reply(self.tr("stopped"), "stopped")
        messages = self.store.messages(conversation_id)
        self.conversation_id = conversation_id
        self.conversation = Conversation(language=stored.language)
        self._message_ids = []
        self.chat_view.clear_conversation()
        for message in messages:
            self._show_stored(message)
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(stored.language))
        self.language_box.blockSignals(False)
        self._update_controls()

    def _show_stored(self, message: StoredMessage) -> None:
        notes = {"interrupted": self.tr("interrupted"), "stopped": self.tr("stopped"),
                 "failed": self.tr("failed")}
        label = self.tr("You") if message.role == "user" else APP_NAME
        self.chat_view.add_message(message.id, message.role, label, message.content,
                                   notes.get(message.state, ""))
        if message.role != "system":
            self.conversation.add(message.role, message.content)
            self._message_ids.append(message.id)

    @Slot()
    def _rerender(self) -> None:
        """The system switched between light and dark: redraw code with matching colours."""
        if self.conversation_id is not None and self._request is None:
            current, self.conversation_id = self.conversation_id, None
            self.open_conversation(current)

    @Slot(int, str)
    def rename_chat(self, conversation_id: int, title: str) -> None:
        self.store.rename(conversation_id, title)
        self.refresh_sidebar()

    @Slot(int)
    def delete_chat(self, conversation_id: int) -> None:
        if conversation_id == self.conversation_id:
            self.new_chat()
        deleted = self.store.delete_conversation(conversation_id)
        self.refresh_sidebar()
        if deleted is not None:
            title = deleted.conversation.title or self.tr("New chat")
            self.notice.show_message(self.tr("Deleted “%1”.").replace("%1", title),
                                     self.tr("Undo"), lambda: self.undo_delete(deleted))

    def undo_delete(self, deleted: DeletedConversation) -> None:
        self.store.restore(deleted)
        self.refresh_sidebar()
        self.open_conversation(deleted.conversation.id)

    def export_chat(self, kind: str, conversation_id: int | None = None,
                    target: Path | None = None) -> Path | None:
        """Save a chat as Markdown or JSON; asks where unless ``target`` is given."""
        chosen = conversation_id or self.conversation_id
        stored = self.store.conversation(chosen) if chosen is not None else None
        if stored is None:
            return None
        suffix = ".md" if kind == "markdown" else ".json"
        if target is None:
            name = "".join(c for c in (stored.title or "chat") if c.isalnum() or c in " -_")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export chat"), str(Path.home() / f"{name.strip() or 'chat'}"
                                                  f"{suffix}"),
                self.tr("Markdown (*.md)") if kind == "markdown" else self.tr("JSON (*.json)"))
            if not path:
                return None
            target = Path(path)
        text = (self.store.export_markdown(stored.id) if kind == "markdown"
                else self.store.export_json(stored.id))
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.notice.show_message(self.tr("Could not save %1: %2")
                                     .replace("%1", str(target)).replace("%2", str(exc)))
            return None
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(target)), 4000)
        return target

    @Slot(str)
    def _on_search(self, query: str) -> None:
        if query.strip():
            self.sidebar.show_hits(self.store.search(query))
        else:
            self.sidebar.set_conversations(self.store.conversations(), self.conversation_id)

    @Slot()
    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    # -- message actions -----------------------------------------------------------

    @Slot(str, int)
    def _on_message_action(self, action: str, message_id: int) -> None:
        if self._request is not None:
            self.statusBar().showMessage(self.tr("Stop the reply first."), 3000)
            return
        if message_id not in self._message_ids:
            return
        index = self._message_ids.index(message_id)
        if action == "delete":
            self.store.delete_message(message_id)
            self.chat_view.remove_from(message_id)
            later = list(zip(self._message_ids[index + 1:],
                             self.conversation.messages[index + 1:], strict=True))
            del self._message_ids[index:]
            del self.conversation.messages[index:]
            for kept_id, message in later:  # show the ones after it again
                self._message_ids.append(kept_id)
                self.conversation.messages.append(message)
                label = self.tr("You") if message.role == "user" else APP_NAME
                self.chat_view.add_message(kept_id, message.role, label, message.content)
        elif action == "edit":
            self._truncate(index)
            self.composer.setPlainText(self.chat_view.message_text(message_id) or "")
        elif action == "regenerate" and self.model is not None:
            self._truncate(index)
            if self.conversation.messages and self.conversation.messages[-1].role == "user":
                self._generate()
        self.refresh_sidebar()
        self._update_controls()

    def _truncate(self, index: int) -> None:
        """Drop the message at ``index`` and everything after it, in the store and the view."""
        message_id = self._message_ids[index]
        self.store.truncate_after(message_id)
        self.store.delete_message(message_id)
        self.chat_view.remove_from(message_id)
        del self._message_ids[index:]
        del self.conversation.messages[index:]

    def _last(self, role: str) -> int | None:
        for message_id, message in zip(reversed(self._message_ids),
                                       reversed(self.conversation.messages), strict=True):
            if message.role == role:
                return message_id
        return None

    @Slot()
    def regenerate_last(self) -> None:
        last = self._last("assistant")
        if last is not None:
            self._on_message_action("regenerate", last)

    @Slot()
    def edit_last(self) -> None:
        last = self._last("user")
        if last is not None:
            text = self.chat_view.message_text(last) or ""
            self._on_message_action("edit", last)
            self.composer.setPlainText(text)
            self.composer.setFocus()

    @Slot()
    def copy_last(self) -> None:
        last = self._last("assistant")
        if last is not None:
            QGuiApplication.clipboard().setText(self.chat_view.message_text(last) or "")
            self.statusBar().showMessage(self.tr("Copied."), 2000)

    @Slot(QUrl)
    def open_link(self, url: QUrl) -> None:
        """Model output is untrusted: only http(s), and only after the user saw the address."""
        address = url.toString()
        if not is_safe_link(address):
            self.statusBar().showMessage(self.tr("Parla does not open this kind of link."), 4000)
            return
        answer = QMessageBox.question(
            self, self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n%1").replace("%1", address))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

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
        if request == self._request and self._streaming_id is not None:
            self.chat_view.append_to_reply(text)
            self.store.update_streaming(self._streaming_id, self.chat_view.streamed_text)

    @Slot(int, object)
    def _on_finished(self, request: int, stats: GenerationStats) -> None:
        if request != self._request:
            return
        stopped = stats.stop_reason is StopReason.CANCELLED
        notes = [self.tr("stopped")] if stopped else []
        if stats.dropped_messages:
            notes.append(self.tr("the %1 oldest messages were left out to fit the context")
                         .replace("%1", str(stats.dropped_messages)))
        self._finish_reply("; ".join(notes), "stopped" if stopped else "complete", stats)
        if self.model is not None:
            used = stats.prompt_tokens + stats.generated_tokens
            self.context_meter.setValue(round(100 * used / self.model.context_length))
            self.context_meter.setToolTip(self.tr("%1 of %2 tokens of context used")
                                          .replace("%1", str(used))
                                          .replace("%2", str(self.model.context_length)))
        parts = [self.tr("%1 tokens").replace("%1", str(stats.generated_tokens)),
                 self.tr("%1 tokens/s").replace("%1", f"{stats.tokens_per_second:.1f}"),
                 self.tr("first token after %1 s").replace("%1",
                                                           f"{stats.time_to_first_token_s:.2f}")]
        if stats.dropped_messages:
            parts.append(self.tr("%1 older messages left out to fit the context")
                         .replace("%1", str(stats.dropped_messages)))
        self.status_label.setText(" · ".join(parts))
        self._record_speed(stats)

    def _record_speed(self, stats: GenerationStats) -> None:
        """A finished reply measures the model for free: the Models dialog shows it.

        One small JSON write per reply, after the reply is shown. Not while a benchmark
        runs beside the chat, which would make both look slow.
        """
        if (self.model is None or stats.generated_tokens < CHAT_SPEED_MIN_TOKENS
                or stats.tokens_per_second <= 0
                or (self._measurer is not None and self._measurer.running)):
            return
        try:
            self.measurements.record(Measurement.now(
                FileKey.of(self.model.path), conditions(self.settings.threads, self.model.backend),
                stats.tokens_per_second, None, "chat"))
        except OSError as exc:
            log.warning("Could not record the speed of the reply: %s", exc)

    @Slot(int, str)
    def _on_failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self._finish_reply(self.tr("failed"), "failed")
        self.notice.show_message(message)
        self.status_label.setText(self.tr("The reply failed."))

    def _finish_reply(self, note: str, state: MessageState,
                      stats: GenerationStats | None = None) -> None:
        """Keep whatever was streamed: a stopped or failed reply is still part of the chat."""
        if self._request is None or self._streaming_id is None:
            return
        self._request = None
        reply_id, self._streaming_id = self._streaming_id, None
        text = self.chat_view.end_reply(note)
        if text:
            self.store.finish_message(reply_id, text, state,
                                      dataclasses.asdict(stats) if stats else None)
            self.conversation.add("assistant", text)
            self._message_ids.append(reply_id)
        else:
            # No reply at all: drop the empty message and give the question back to the
            # composer, so nothing typed is lost.
            self.store.delete_message(reply_id)
            self.chat_view.remove_from(reply_id)
            if self.conversation.messages and self.conversation.messages[-1].role == "user":
                unanswered = self.conversation.messages.pop()
                user_id = self._message_ids.pop()
                self.store.delete_message(user_id)
                self.chat_view.remove_from(user_id)
                if not self.composer.toPlainText().strip():
                    self.composer.setPlainText(unanswered.content)
        self.refresh_sidebar()
        self._update_controls()

    # -- state -------------------------------------------------------------------

    def _on_language_changed(self, index: int) -> None:
        code = self.language_box.itemData(index)
        self.conversation.language = code
        self.settings.language = code
        if self.conversation_id is not None:
            self.store.set_language(self.conversation_id, code)
        self._save_settings()
        self._update_controls()

    def _update_controls(self) -> None:
        self._show_starters()
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
        self._finish_reply(self.tr("stopped"), "stopped")
        self._flush_timer.stop()
        self.store.flush()
        if self._measurer is not None:
            self._measurer.shutdown()
        if self._owns_store:
            self.store.close()
        super().closeEvent(event)
