"""The conversation transcript: markdown replies, per-message actions, cheap streaming.

Each message is a small name and a body: the user's in a tinted bubble on the right, the
model's as plain text. The name is the message's one Tab stop; its actions (copy, edit or
regenerate, delete) are icon buttons over the message under the mouse or with the focus
(``MessageToolbar``), and a menu from Enter, the menu key or a right click. The view
follows a streaming reply unless the user has scrolled up (``FollowScroll``). Assistant bodies
are rendered from markdown by ``app.core.rendering`` (untrusted: no raw HTML, no
images, only http(s) links). While a reply streams, only that message's body is
re-rendered, at most ~30 times a second, and of that body only the blocks still
open: finished paragraphs, lists and code blocks are rendered once and kept
(``stable_prefix_length``), so a token costs the same at the end of a long reply
as at its start, and nothing depends on the conversation's length.

Whatever the model writes, the view shows it and no exception leaves a slot: the
renderer bounds its own work (plain text past its limits), a render that fails
anyway shows the text as plain text (logged once per message), and a render that
takes long spaces the next ones out so that the window stays responsive.
"""

from __future__ import annotations

import html
import logging
import re
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.rendering import (
    Labels,
    displayable,
    link_code_blocks,
    render,
    render_plain,
    set_labels,
    stable_prefix_length,
)
from app.ui.follow_scroll import FollowScroll
from app.ui.message_hover import MessageHover, Placed, message_id

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"-?[0-9]+")

RENDER_INTERVAL_MS = 33
"""About 30 re-renders a second while streaming, however fast tokens arrive."""

RENDER_SPACING = 2
"""After a streaming render that took t ms, the next waits at least this many times t
(and RENDER_INTERVAL_MS): a reply that is slow to render keeps two thirds of the GUI
thread's time for the user."""


@dataclass
class _Shown:
    message_id: int
    role: str
    text: str
    head: int = 0
    """Document position of this message's name (where its actions are shown)."""
    start: int = 0
    """Document position where this message's body starts."""
    code_blocks: tuple[str, ...] = ()
    frozen_chars: int = 0
    """While streaming: length of the text already rendered for good."""
    tail_start: int = 0
    """While streaming: document position where the still-changing blocks start."""
    frozen_code_blocks: list[str] = field(default_factory=list)
    plain_tail: bool = False
    """While streaming: the open blocks went past the renderer's limits, so until they are
    finished they are shown as plain text without trying markdown again."""
    failed: bool = False
    """A render of this message failed (and was logged)."""


def dark_mode() -> bool:
    """Follow the operating system's light or dark appearance, or, where it does not say
    (no desktop theme), the palette's."""
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().base().color().lightness() < 128


def labels() -> Labels:
    """The words the renderer writes, in the interface language (set for every render, as
    the interface language can change while the view lives)."""
    chosen = Labels.translated(lambda english: QCoreApplication.translate("core", english))
    set_labels(chosen)
    return chosen


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor(round(first.red() * (1 - amount) + second.red() * amount),
                  round(first.green() * (1 - amount) + second.green() * amount),
                  round(first.blue() * (1 - amount) + second.blue() * amount))


class ChatView(QTextBrowser):
    """Read-only transcript. Emits ``actionRequested(action, message_id)`` for a message's
    actions (edit, delete, regenerate; copy is done here) and ``linkRequested`` for http(s)."""

    actionRequested = Signal(str, int)
    linkRequested = Signal(QUrl)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(16)
        self.anchorClicked.connect(self._on_anchor)
        self.follow = FollowScroll(self)
        self.hover = MessageHover(self, lambda: [Placed(s.message_id, s.role, s.head)
                                                 for s in self._shown])
        self.toolbar = self.hover.toolbar
        self.toolbar.triggered.connect(self._run_action)
        self._shown: list[_Shown] = []
        self._streaming: _Shown | None = None
        self._pending: list[str] = []
        self._dirty = False
        self._render_timer = QTimer(self)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render_streaming)
        self.renders = 0
        """How many times the streaming body was re-rendered (for tests and benchmarks)."""

    # -- public API ----------------------------------------------------------------------

    @property
    def streaming(self) -> bool:
        return self._streaming is not None

    @property
    def streamed_text(self) -> str:
        if self._streaming is None:
            return ""
        if self._pending:
            self._streaming.text += "".join(self._pending)
            self._pending.clear()
        return self._streaming.text

    def clear_conversation(self) -> None:
        self._render_timer.stop()
        self.toolbar.dismiss()
        self.clear()
        self.follow.follow()
        self._shown.clear()
        self._streaming = None
        self._pending.clear()

    def add_message(self, message_id: int, role: str, label: str, text: str,
                    note: str = "") -> None:
        with self.follow.editing():
            shown = self._begin_block(message_id, role, label)
            shown.text = text
            self._write_body(shown)
            if note:
                self._write_note(note)
        if role == "user":  # the user has just asked: show the question and what follows
            self.follow.follow()

    def begin_reply(self, message_id: int, label: str) -> None:
        with self.follow.editing():
            self._streaming = self._begin_block(message_id, "assistant", label)
        self._streaming.tail_start = self._streaming.start
        self._pending.clear()
        self._render_timer.start(RENDER_INTERVAL_MS)

    def append_to_reply(self, text: str) -> None:
        """Queue text; the timer renders it, so 200 tokens/s cost 30 renders/s."""
        if self._streaming is not None:
            self._pending.append(text)
            self._dirty = True

    def end_reply(self, note: str = "") -> str:
        """Render the final text, add ``note`` (e.g. "stopped"), return the reply."""
        if self._streaming is None:
            return ""
        text = self.streamed_text
        self._dirty = True
        self._render_streaming(final=True)
        self._render_timer.stop()
        if note:
            with self.follow.editing():
                self._write_note(note)
        self._streaming = None
        return text

    def remove_from(self, message_id: int) -> None:
        """Remove a message and everything after it (edit, regenerate, delete)."""
        index = next((i for i, s in enumerate(self._shown) if s.message_id == message_id), None)
        if index is None:
            return
        kept = self._shown[:index]
        self.clear_conversation()
        for shown in kept:
            self.add_message(shown.message_id, shown.role, self._label(shown), shown.text)

    def message_text(self, message_id: int) -> str | None:
        return next((s.text for s in self._shown if s.message_id == message_id), None)

    # -- rendering ---------------------------------------------------------------------

    def _label(self, shown: _Shown) -> str:
        return self.tr("You") if shown.role == "user" else "Parla"

    def _begin_block(self, message_id: int, role: str, label: str) -> _Shown:
        """The message's name, its one Tab stop (a link that opens its actions)."""
        cursor = self._end_cursor()
        spacing = QTextBlockFormat()
        spacing.setTopMargin(0 if self.document().isEmpty() else 22)
        spacing.setBottomMargin(4)
        if role == "user":
            spacing.setAlignment(Qt.AlignmentFlag.AlignRight)
        if cursor.block().length() == 1:  # an empty last block (the first, or after a bubble)
            cursor.setBlockFormat(spacing)
        else:
            cursor.insertBlock(spacing)
        head = cursor.position()
        palette = self.palette()
        muted = _mix(palette.text().color(), palette.base().color(), 0.4).name()
        cursor.insertHtml(f'<a href="parla-message:{message_id}" style="color: {muted};'
                          f' text-decoration: none; font-size: small; font-weight: 600;">'
                          f"{html.escape(label)}</a>")
        cursor.setBlockFormat(spacing)  # the first block of a document takes the HTML's
        if role != "user":  # a bubble is a table of its own, after the name's block
            # A plain format for the body: otherwise it inherits the name's.
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        shown = _Shown(message_id, role, "", head=head, start=cursor.position())
        self._shown.append(shown)
        return shown

    def _bubble(self, text: str) -> None:
        """The user's words in a tinted box on the right, as wide as they need."""
        palette = self.palette()
        tint = _mix(palette.base().color(), palette.highlight().color(),
                    0.28 if dark_mode() else 0.14)
        table = QTextTableFormat()
        table.setAlignment(Qt.AlignmentFlag.AlignRight)
        table.setBorder(0)
        table.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        table.setCellSpacing(0)
        table.setCellPadding(10)
        table.setMargin(0)
        table.setLeftMargin(56)
        table.setBottomMargin(10)
        # Qt places a right-aligned table that is narrower than the page one document margin
        # further right than one that fills it: a short bubble gets a margin of its own.
        widest = max(map(self.fontMetrics().horizontalAdvance, text.split("\n")), default=0)
        room = self.viewport().width() - 2 * self.document().documentMargin() - 56 - 20
        table.setRightMargin(16 if widest < room else 0)
        table.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
        cell = QTextTableCellFormat()
        cell.setBackground(tint)
        cursor = self._end_cursor()
        created = cursor.insertTable(1, 1, table)
        created.cellAt(0, 0).setFormat(cell)
        words = QTextCharFormat()
        words.setForeground(palette.text())  # not the tint's opposite in a theme changed since
        created.cellAt(0, 0).firstCursorPosition().insertText(displayable(text), words)

    def _write_body(self, shown: _Shown) -> None:
        cursor = self._end_cursor()
        start = cursor.position()
        try:
            if shown.role == "assistant":
                cursor.insertHtml(self._render(shown))
            else:
                self._bubble(shown.text)
        except Exception:  # the text must show whatever went wrong
            self._failed(shown)
            self._write_plain(start, shown.text)

    def _failed(self, shown: _Shown) -> None:
        """Log a failed render once per message: a streaming one fails 30 times a second."""
        if not shown.failed:
            shown.failed = True
            log.exception("could not show message %d formatted; showing plain text",
                          shown.message_id)

    def _write_plain(self, start: int, text: str) -> None:
        """Replace everything from ``start`` on with ``text`` as plain text, marked as such."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, self._end_cursor().position()))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.insertText(f"[{labels().plain_note}]\n{displayable(text)}", QTextCharFormat())

    def _write_note(self, note: str) -> None:
        cursor = self._end_cursor()
        cursor.insertHtml(f"<br><i>[{html.escape(note)}]</i>")

    @Slot()
    def _render_streaming(self, final: bool = False) -> None:
        """Render what streamed in since the last time; ``final``: the reply has ended, so
        its open blocks are finished (full limits; an open fence with nothing in it goes)."""
        shown = self._streaming
        if shown is None or not self._dirty:
            return
        self._dirty = False
        started = time.perf_counter()
        text = self.streamed_text
        labels()
        with self.follow.editing():
            try:
                self._render_tail(shown, text, final)
            except Exception:  # the text must show whatever went wrong
                self._failed(shown)
                shown.plain_tail = True
                self._write_plain(shown.tail_start, text[shown.frozen_chars:])
        self.renders += 1
        spacing = round(RENDER_SPACING * (time.perf_counter() - started) * 1000)
        interval = max(RENDER_INTERVAL_MS, spacing)
        if interval != self._render_timer.interval():  # setting it restarts the timer
            self._render_timer.setInterval(interval)

    def _render_tail(self, shown: _Shown, text: str, final: bool = False) -> None:
        """Render what changed: newly finished blocks once, then the blocks still open."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(shown.tail_start)
        # Removing up to the end gives the block at tail_start the last block's format (a
        # list item's, say); put its own format, list membership included, back.
        kept_format = cursor.blockFormat()
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(kept_format)
        cut = stable_prefix_length(text, shown.frozen_chars)
        if cut > shown.frozen_chars:
            finished = render(text[shown.frozen_chars:cut], dark=dark_mode())
            self._append_html(self._link_code(shown, finished.html,
                                              len(shown.frozen_code_blocks)),
                              at_body_start=shown.frozen_chars == 0)
            shown.frozen_code_blocks.extend(finished.code_blocks)
            shown.frozen_chars = cut
            shown.tail_start = self._end_cursor().position()
            shown.plain_tail = False
        if shown.plain_tail:  # the renderer gave up on these blocks: do not make it try again
            tail = render_plain(text[shown.frozen_chars:], dark=dark_mode())
        else:
            tail = render(text[shown.frozen_chars:], dark=dark_mode(), streaming=not final)
            shown.plain_tail = tail.plain
        self._append_html(self._link_code(shown, tail.html, len(shown.frozen_code_blocks)),
                          at_body_start=shown.frozen_chars == 0)
        shown.code_blocks = (*shown.frozen_code_blocks, *tail.code_blocks)

    def _append_html(self, body: str, *, at_body_start: bool) -> None:
        """Add rendered blocks after the last one, each keeping its own format.

        ``insertHtml`` would merge the first paragraph into the block at the cursor, taking
        that block's format (a list item's, say), so the blocks go in through a scratch
        document after a fresh block, and the first block's format is put back.
        """
        document = self.document()
        cursor = self._end_cursor()
        start = cursor.position()
        separated = not at_body_start
        if separated:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        scratch = QTextDocument()
        scratch.setHtml(body)
        first_format = scratch.begin().blockFormat()
        cursor.insertFragment(QTextDocumentFragment(scratch))
        if not separated:  # like a whole message's body: its first paragraph has no margin
            return
        first = document.findBlock(start + 1)
        if first.length() > 1 or not first.next().isValid():
            QTextCursor(first).setBlockFormat(first_format)
        else:  # a list or table came in as blocks of its own: drop the spare one
            spare = QTextCursor(document)
            spare.setPosition(start)
            spare.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            spare.removeSelectedText()

    @classmethod
    def _render(cls, shown: _Shown) -> str:
        labels()
        rendered = render(shown.text, dark=dark_mode())
        shown.code_blocks = rendered.code_blocks
        return cls._link_code(shown, rendered.html, 0)

    @staticmethod
    def _link_code(shown: _Shown, body: str, first_index: int) -> str:
        """Tie each code block's Copy link to this message ("copy-code:N" comes only from
        the renderer, never from the model's text), numbering blocks across the reply."""
        return link_code_blocks(
            body, lambda index: f"parla-code:{shown.message_id}:{first_index + index}")

    # -- links -------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        scheme, _, rest = text.partition(":")
        first, _, last = rest.rpartition(":")
        number = int(last) if _NUMBER.fullmatch(last) else None
        if (wanted := message_id(url)) is not None:
            self.hover.show_menu(wanted)
            return
        if scheme == "parla-action":
            if number is not None and first == "copy":
                self._copy(self.message_text(number) or "")
            elif number is not None and first:
                self.actionRequested.emit(first, number)
            return
        if scheme == "parla-code":
            shown = next((s for s in self._shown if str(s.message_id) == first), None)
            if shown is not None and number is not None and 0 <= number < len(shown.code_blocks):
                self._copy(shown.code_blocks[number])
            return
        self.linkRequested.emit(url)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    @Slot(str, int)
    def _run_action(self, action: str, message_id: int) -> None:
        if action == "copy":
            self._copy(self.message_text(message_id) or "")
        else:
            self.actionRequested.emit(action, message_id)

    # -- helpers -----------------------------------------------------------------------

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

