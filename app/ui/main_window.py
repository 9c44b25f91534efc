"""The main window: chats sidebar, transcript, message box, Stop, and a status line.

Wiring only. The open conversation lives in a ``ChatSession`` (app/core), which owns its
messages, the reply being streamed and every store write; the window forwards what the
engine says to the session and to the view, which only displays. The engine is reached
through ``EngineService`` signals, so the window never waits on llama.cpp.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.chat_session import ChatSession, SessionMessage
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ModelInfo,
    RemoteModel,
    ReplyProgress,
    StopReason,
)
from app.core.engine.worker import EngineService
from app.core.messages import Message
from app.core.model_settings import model_settings_store
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.core.store import MessageState, Store
from app.ui.about import show_about
from app.ui.chat_list import ChatList
from app.ui.chat_view import ChatView
from app.ui.composer import ComposerRow
from app.ui.context_count import ContextCount
from app.ui.edit_banner import EditBanner
from app.ui.header import ChatHeader
from app.ui.links import empty_chat_hint, open_if_agreed
from app.ui.menus import MenuSlots, build_menus
from app.ui.message_actions import MessageActions
from app.ui.model_actions import ModelActions
from app.ui.model_drop import ModelDrop
from app.ui.notice_bar import NoticeBar
from app.ui.remote_models import remember, stored_name
from app.ui.server_control import ServerControl
from app.ui.sidebar import Sidebar
from app.ui.sidebar_toggle import SidebarToggle, let_shrink
from app.ui.starters import StarterRow
from app.ui.status_bar import StatusLine
from app.ui.writing import Writing

log = logging.getLogger(__name__)


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
        self.session = ChatSession(self.store, settings.language)
        self.model: ModelInfo | None = None
        self.model_actions = ModelActions(self, engine, settings, paths, downloads,
                                          open_model=self.open_model,
                                          reload_model=self._reload_model)
        self._request: int | None = None
        self._replying: ChatSession | None = None
        """The chat the running reply belongs to: it may go on while another chat is open."""
        self._loading = False
        self._flush_timer = QTimer(self, interval=1000)  # at most 1 s of a reply is at risk
        self._flush_timer.timeout.connect(self.store.flush)
        self._flush_timer.start()

        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        ModelDrop(self, self.open_model)
        self._build_body()
        self.status = StatusLine(self.statusBar())
        self.api = ServerControl(engine, settings, paths.config, self.statusBar(), self.notice)
        self.model_actions.settingsApplied.connect(self.api.apply)
        self._connect_engine()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._rerender)
        self.chats = ChatList(self, self.store, self.sidebar, self.notice, self.status)
        self.message_actions = MessageActions(self)
        self.chat_view.actionRequested.connect(self.message_actions.run)
        self.menus = build_menus(self, MenuSlots(
            open_model=self.model_actions.choose_model_file,
            models=self.model_actions.show_models, servers=self.model_actions.remote.show_dialog,
            new_chat=self.new_chat, new_text=self.writing.new_text,
            settings=lambda: self.model_actions.show_settings(self.session.language),
            quit=self.close, search=self.sidebar.focus_search,
            regenerate=self.message_actions.regenerate_last,
            edit=self.message_actions.edit_last, copy=self.message_actions.copy_last,
            export_markdown=lambda: self.chats.export("markdown"),
            export_json=lambda: self.chats.export("json"),
            rename=self.chats.rename_open, delete=self.chats.delete_open,
            about=lambda: show_about(self, self.paths)))
        self.sidebar_toggle.add_view_menu()
        self.chats.refresh()
        self.chats.report_recovery()
        conversations = self.store.conversations()
        if conversations:
            self.open_conversation(conversations[0].id)
        self._update_controls()

    # -- construction --------------------------------------------------------------

    def _build_body(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.newRequested.connect(self.new_chat)
        self.sidebar.conversationSelected.connect(self.open_conversation)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)

        self.header = ChatHeader(self.session.language)
        self.header.languageChosen.connect(self._on_language_changed)
        self.model_actions.connect_switcher(self.header)
        top = QHBoxLayout()  # the sidebar's toggle goes first, once the splitter exists
        top.addWidget(self.header, 1)
        let_shrink(self.header.model_label)
        layout.addLayout(top)

        self.chat_view = ChatView()
        self.chat_view.linkRequested.connect(self.open_link)
        self.chat_view.copied.connect(lambda _text: self.status.flash(self.tr("Copied."), 2000))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chat_view)
        self.writing = Writing(self)
        self.pages.addWidget(self.writing.view)
        self.sidebar.newTextRequested.connect(self.writing.new_text)
        self.sidebar.deleteRequested.connect(self.writing.stop_reply_in)  # before the list
        self.welcome = self.model_actions.welcome_page()
        if self.welcome is not None:
            self.pages.addWidget(self.welcome)
            self.pages.setCurrentWidget(self.welcome)
        self.pages.setMinimumWidth(240)  # not the welcome page's width when it is hidden
        layout.addWidget(self.pages, 1)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        self.edit_banner = EditBanner()
        layout.addWidget(self.edit_banner)
        self.starters = StarterRow()
        self.starters.chosen.connect(self.send)
        layout.addWidget(self.starters)
        layout.addWidget(self.writing.bar)
        row = ComposerRow()
        self.composer, self.send_button, self.stop_button = (row.composer, row.send_button,
                                                             row.stop_button)
        self.composer.submitted.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self).activated.connect(self.stop)
        layout.addWidget(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        self.setCentralWidget(splitter)
        self.sidebar_toggle = SidebarToggle(self, splitter, self.sidebar, central, top)

    def _connect_engine(self) -> None:
        self.engine.loadProgress.connect(self.status.load_progress)
        self.engine.loaded.connect(self._on_loaded)
        self.engine.loadFailed.connect(self._on_load_failed)
        self.engine.text.connect(self._on_text)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        self.engine.progress.connect(self._on_reply_progress)
        self.engine.restoring.connect(lambda info: self.status.restoring(info.name))
        self.context_count = ContextCount(self)
        # After the slots above, so the chat is counted with the reply it has just kept.
        self.engine.finished.connect(self.context_count.count)
        self.engine.failed.connect(self.context_count.count)

    def _label(self, role: str) -> str:
        return self.tr("You") if role == "user" else APP_NAME

    # -- models and settings -------------------------------------------------------

    def _reload_model(self) -> None:
        if self.model is not None:
            self.open_model(self.model.path, self.model.remote)
            self.status.say(self.tr("Reloading the model with the new settings…"))

    def open_model(self, path: Path, remote: RemoteModel | None = None) -> None:
        """Load (or switch to) a model, a file or a server's (``remote``); the chat is kept."""
        self.stop()
        self._loading = True
        self.notice.hide()
        self.status.loading(path.name, remote)
        self.header.show_loading(path.name, remote)
        options = LoadOptions(path, context_length=self.settings.context_length,
                              gpu_layers=self.settings.gpu_layers, threads=self.settings.threads,
                              kv_cache=self.settings.kv_cache, remote=remote,
                              resume=self.settings.resume(self.paths.snapshots),
                              )  # a file's own saved settings go on top:
        self.engine.load(options if remote else model_settings_store().get(path).apply_to(options))
        self._update_controls()

    # -- a turn --------------------------------------------------------------------

    @Slot(str)
    def send(self, text: str) -> None:
        if (self.model is None or self._request is not None or self._loading
                or self.writing.refuses()):
            return
        self.composer.clear()
        self.notice.hide()
        editing = self.message_actions.take_edit()
        if editing is not None:  # the edited text replaces the message and what followed
            self.session.resend(editing, text, model=stored_name(self.model))
            self._redraw()
        else:
            self._show(self.session.send(text, model=stored_name(self.model)))
        self.chats.refresh()
        self._generate()

    def _generate(self) -> None:
        """Ask for a reply to the conversation as it stands (send and regenerate)."""
        reply = self.session.begin_reply()
        self._replying = self.session
        self.writing.current_view().begin_reply(reply.id, self._label("assistant"))
        self._request = self.writing.request()
        self.status.reply_started()
        self._update_controls()

    @Slot()
    def stop(self) -> None:
        self.engine.stop()

    @Slot()
    def new_chat(self) -> None:
        self.message_actions.cancel_edit()
        self.session = self.writing.new_session()
        self.writing.current_view().clear_conversation()
        self.composer.setFocus()
        self._chat_shown()

    def _end_reply_now(self) -> None:
        """Stop a running reply now and keep what it wrote (closing, undoing under it)."""
        self.stop()
        self._finish_reply(self.tr("stopped"), "stopped")

    # -- conversations -------------------------------------------------------------

    @Slot(int)
    def open_conversation(self, conversation_id: int) -> None:
        if conversation_id == self.session.conversation_id:
            return
        # A reply that is still running goes on in its own chat, shown again on return.
        replying = self._replying
        session = (replying if replying is not None
                   and replying.conversation_id == conversation_id
                   else ChatSession.open(self.store, conversation_id))
        if session is None:
            return
        self.message_actions.cancel_edit()
        self.session = session
        self._redraw()
        self.header.show_language(session.language)
        self._chat_shown()

    def _redraw(self) -> None:
        view = self.writing.current_view()
        view.clear_conversation()
        for message in self.session.messages:
            self._show(message)
        if self.session is self._replying and (reply := self.session.reply) is not None:
            view.begin_reply(reply.id, self._label("assistant"))
            view.append_to_reply(reply.text)

    def _show(self, message: SessionMessage) -> None:
        notes = {"interrupted": self.tr("interrupted"), "stopped": self.tr("stopped"),
                 "failed": self.tr("failed")}
        self.writing.current_view().add_message(
            message.id, message.role, self._label(message.role), message.content,
            notes.get(message.state, ""))

    # -- engine signals ------------------------------------------------------------

    @Slot(object)
    def _on_loaded(self, info: ModelInfo) -> None:
        self._loading = False
        self.model = info
        self.pages.setCurrentWidget(self.chat_view)
        remember(self.settings, info)
        save_settings(self.settings, self.paths.settings_file)
        self.header.show_model(info)
        self.status.loaded(info)
        self.writing.loaded(info)
        self._update_controls()
        self.composer.setFocus()
        self.context_count.count(fresh=True)

    @Slot(object)
    def _on_load_failed(self, message: Message | str) -> None:
        self._loading = False
        # The previous model, kept or loaded again, or none if that failed too.
        self.model = self.engine.model
        if self.model is not None:
            self.header.show_model(self.model)
        self.status.load_failed(kept_previous=self.model is not None)
        self.notice.show_message(message)
        self._update_controls()
        self.context_count.count(fresh=True)

    @Slot()
    def _rerender(self) -> None:
        """The system switched between light and dark: redraw code with matching colours."""
        if self._request is None:
            self._redraw()

    @Slot(QUrl)
    def open_link(self, url: QUrl) -> None:
        open_if_agreed(self, url, self.status.flash)

    @Slot(int, object)
    def _on_reply_progress(self, request: int, progress: ReplyProgress) -> None:
        if request == self._request and self._replying is self.session:
            self.status.reply_progress(progress)

    def _chat_shown(self) -> None:
        """Another chat is open: the list marks it, the status line follows its reply, if
        it has one running, and the meter its context."""
        self.chats.refresh()
        self.writing.shown()
        self._update_controls()
        if self._request is not None and self._replying is self.session:
            self.status.reply_started()
        else:
            self.status.reply_hidden()
        self.context_count.count(fresh=True)

    @Slot(int, str)
    def _on_text(self, request: int, text: str) -> None:
        if request == self._request and self._replying is not None:
            self._replying.append(text)
            if self._replying is self.session:
                self.writing.current_view().append_to_reply(text)

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
            self.status.reply_done(stats, self.model.context_length)
            self.model_actions.record_speed(self.model, stats)

    @Slot(int, object)
    def _on_failed(self, request: int, message: Message | str) -> None:
        if request != self._request:
            return
        self._finish_reply(self.tr("failed"), "failed")
        self.notice.show_message(message)
        self.status.say(self.tr("The reply failed."))

    def _finish_reply(self, note: str, state: MessageState,
                      stats: GenerationStats | None = None) -> None:
        """Keep whatever was streamed: a stopped or failed reply is still part of the chat."""
        session, self._replying = self._replying, None
        if self._request is None or session is None:
            return
        self._request = None
        shown = session is self.session
        # With nothing written, the question goes back to the box, so nothing typed is lost;
        # in a chat that is not on screen it stays in its chat instead.
        finished = session.finish(state, dataclasses.asdict(stats) if stats else None,
                                  keep_question=not shown)
        if not shown:
            self.status.flash(self.tr("The reply in another chat has ended."), 4000)
        else:
            self.writing.current_view().end_reply(note)
            if finished.reply is None:
                self._redraw()
            if finished.returned_question and not self.composer.toPlainText().strip():
                self.composer.setPlainText(finished.returned_question)
        self.chats.refresh()
        self._update_controls()

    # -- state ---------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        self.session.set_language(code)
        self.settings.language = code
        save_settings(self.settings, self.paths.settings_file)
        self._update_controls()

    def _update_controls(self) -> None:
        generating = self._request is not None
        self.starters.show_language(self.session.language)
        self.starters.setVisible(self.model is not None and self.session.empty and not generating)
        ready = self.model is not None and not self._loading
        self.send_button.setEnabled(ready and not generating)
        self.stop_button.setEnabled(generating)
        self.menus.open_model.setEnabled(not generating)
        if self.model is None and not self._loading:
            self.header.model_label.setText(self.tr("No model loaded"))
            if not self.status.label.text():
                self.status.say(self.tr("No model loaded."))
        if not self._loading:
            self.chat_view.setPlaceholderText(empty_chat_hint(self.model is not None,
                                                              self.session.language))
        self.writing.update()

    # -- Qt events -----------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_reply_now()
        self._flush_timer.stop()
        self.store.flush()
        self.model_actions.shutdown()
        self.api.shutdown()
        if self._owns_store:
            self.store.close()
        super().closeEvent(event)
