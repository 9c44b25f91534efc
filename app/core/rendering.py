"""Markdown from the model -> HTML for Qt's rich-text engine (QTextBrowser/QTextDocument).

Model output is untrusted text, so the renderer guarantees:

* Raw HTML is never interpreted. Python-Markdown's raw-HTML passthrough (the ``html_block``
  preprocessor and the ``html`` inline pattern) is deregistered, so ``<script>``, ``<img>``,
  comments etc. stay ordinary text and the serializer escapes them. Character references
  (``&lt;``) still decode to the character they name, as in any markdown; they never form tags.
* Nothing loads: every tree that Python-Markdown builds is passed through an allowlist
  (:class:`_Sanitizer`) that keeps only known tags and attributes. Images become the text
  ``[image: alt]`` (a link to the picture when its address is http/https, so the user can
  open it deliberately in a browser); no ``<img>``, ``background``, ``url()`` or ``<link>``
  ever reaches Qt, so ``QTextDocument.loadResource`` is never asked for anything.
* Links are clickable only for http, https and mailto (:func:`is_safe_link`); any other
  link keeps its text and loses its address.
* The only other address in the output is ``copy-code:N``, which this module writes above
  each fenced code block; model text cannot produce it because its scheme is not safe.

Whatever the model writes, the user sees all of it and the window stays responsive. The
markdown library is recursive and, on some inputs, quadratic, so formatting is bounded
(:func:`render` documents the limits); text past a limit is shown as plain, escaped text
under a note that says so (:data:`PLAIN_NOTE`), and ``render`` never raises.

Fenced code blocks are found by this module rather than by the ``fenced_code`` extension:
that extension leaves an unclosed fence as text, whereas while a reply streams in the fence
should already look like the code block it is becoming (an unclosed fence runs to the end,
as in CommonMark), and the raw code of each block has to be handed back for "Copy".
"""

from __future__ import annotations

import html
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension, TableProcessor
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    DelimiterProcessor,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    Pattern,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.util import ClassNotFound

from app.core.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

COPY_SCHEME = "copy-code"
"""Scheme of the links this module puts above code blocks: ``copy-code:<index>``."""

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"

# Longer code is shown without colours, as Pygments needs about 1-3 ms per KB. A block still
# streaming in is highlighted again on every re-render (~30 a second), so its limit is lower;
# past it, colours appear once the closing fence arrives.
_MAX_HIGHLIGHT_CHARS = 20_000
_MAX_STREAMING_HIGHLIGHT_CHARS = 8_000

MAX_MARKDOWN_CHARS = 64_000
"""Markdown longer than this (fenced code blocks do not count) is shown as plain text. A
longer message is formatted a part at a time, cut between blocks, so that only a block this
long on its own (a 64 KB paragraph, list or table) is shown plain. Markdown costs 1-3 us a
character when all goes well."""

STREAMING_MAX_MARKDOWN_CHARS = 16_000
STREAMING_MAX_TABLE_CELLS = 500
STREAMING_BUDGET_S = 0.1
"""The limits for the blocks of a reply still streaming in, which a view re-renders many
times a second: past them the blocks are shown as plain text until they are finished, then
formatted once with the full limits. Code blocks still do not count: they are cheap to
format and to lay out, whereas Qt takes 0.2-0.3 ms for each list item or table cell."""

MAX_NESTING = 32
"""Quotes and lists nested deeper than this are shown as plain text: the markdown library
parses them recursively (about three Python frames a level; lists have no guard against
running out of stack). Counted per line: each ``>`` or list marker at its start, plus
one level per four columns of indentation."""

RENDER_BUDGET_S = 0.05
RENDER_BUDGET_PER_CHAR_S = 8e-6
MAX_RENDER_BUDGET_S = 0.5
"""CPU time one :func:`render` may spend formatting: 50 ms plus 8 us a character, at most
0.5 s. Some inputs within the limits above still make the markdown library quadratic (a
block of 5,000 one-line headings, or 5,000 entities in one paragraph, takes seconds); past
the budget the rest is shown as plain text. Measured as the thread's CPU time, so that a
busy machine does not turn ordinary replies into plain text."""

MAX_TABLE_CELLS = 1_000
"""A table with more cells than this makes its text plain: Qt takes about 0.3 ms to lay
out a table cell, and a model's real tables are far smaller."""

PLAIN_NOTE = QT_TRANSLATE_NOOP("core", "Shown as plain text: too long or too complex to format.")
"""Written above any text that :func:`render` shows unformatted."""


@dataclass(frozen=True, slots=True)
class Labels:
    """The few words the renderer writes itself, in the reader's language: the view passes
    them translated (the core has no translator), English by default."""

    copy: str = QT_TRANSLATE_NOOP("core", "Copy")
    image: str = QT_TRANSLATE_NOOP("core", "[image: {alt}]")
    """A picture the model refers to, never loaded: ``{alt}`` is its description."""
    image_without_text: str = QT_TRANSLATE_NOOP("core", "[image]")
    plain_note: str = PLAIN_NOTE

    @classmethod
    def translated(cls, translate: Callable[[str], str]) -> Labels:
        """Every label passed through ``translate`` (the UI's, in the "core" context)."""
        english = cls()
        return cls(*(translate(getattr(english, name)) for name in cls.__slots__))


@dataclass(frozen=True, slots=True)
class Rendered:
    """HTML for one message, plus the raw code of each fenced block for ``copy-code:N``."""

    html: str
    code_blocks: tuple[str, ...]
    plain: bool = False
    """Whether some of the text went past a limit and is shown as plain text."""


def is_safe_link(url: str) -> bool:
    """Whether a link may be offered for opening: absolute http(s) with a host, or mailto.

    The UI still asks the user before opening it, showing the real address.
    """
    url = url.strip()
    if not url or any(ord(char) <= 0x20 or ord(char) == 0x7F for char in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return False
    if scheme == "mailto":
        return bool(parts.path)
    return bool(parts.hostname)


def copy_block_index(url: str) -> int | None:
    """The code block index in a ``copy-code:N`` link written by :func:`render`, else None."""
    prefix = COPY_SCHEME + ":"
    number = url.removeprefix(prefix)
    if url.startswith(prefix) and number.isascii() and number.isdigit():
        return int(number)
    return None


_HREF = re.compile(r'<a href="([^"]*)"')


def link_code_blocks(body: str, href: Callable[[int], str]) -> str:
    """``body`` (HTML from :func:`render`) with each ``copy-code:N`` address made ``href(N)``.

    A view that shows several messages gives each Copy link an address of its own.
    """
    def relink(match: re.Match[str]) -> str:
        index = copy_block_index(match[1])
        return match[0] if index is None else f'<a href="{html.escape(href(index))}"'
    return _HREF.sub(relink, body)


_labels = Labels()


def set_labels(labels: Labels) -> None:
    """The words :func:`render` writes from now on when it is not given any: the UI sets
    them in the interface language."""
    global _labels  # noqa: PLW0603 - one interface language for the whole process
    _labels = labels


def render(text: str, *, dark: bool = False, streaming: bool = False,
           labels: Labels | None = None) -> Rendered:
    """Render markdown from the model; never raises.

    Formatting is bounded by :data:`MAX_MARKDOWN_CHARS`, :data:`MAX_NESTING`,
    :data:`MAX_TABLE_CELLS` and a CPU budget (:data:`RENDER_BUDGET_S`): what goes past them
    is shown as plain text. ``streaming``: ``text`` is the still-open end of a reply that is
    streaming in, re-rendered many times a second, so tighter limits apply
    (:data:`STREAMING_MAX_MARKDOWN_CHARS`), and a fence left open at its end is a code
    block still being written; in a finished reply an open fence with nothing after it is
    left out. ``labels``: the words the renderer writes (Copy, image, the plain-text note);
    by default those given to :func:`set_labels`.
    """
    return _render(text, dark, streaming, labels or _labels)


def render_plain(text: str, *, dark: bool = False, labels: Labels | None = None) -> Rendered:
    """``text`` as escaped plain text under :data:`PLAIN_NOTE` (for a view that already
    knows that formatting this text runs past the limits)."""
    return _plain(_valid_unicode(text), dark, labels or _labels)


def render_cache_clear() -> None:
    """Forget cached renders (benchmarks time rendering from scratch)."""
    _render.cache_clear()


@lru_cache(maxsize=128)
def _render(text: str, dark: bool, streaming: bool, labels: Labels) -> Rendered:
    """Cached: a theme switch or a reloaded chat re-renders many unchanged messages."""
    text = _valid_unicode(text)
    if not text.strip():
        return Rendered(html="", code_blocks=())
    if streaming:
        bounds = _Bounds(STREAMING_BUDGET_S, STREAMING_MAX_MARKDOWN_CHARS,
                         STREAMING_MAX_TABLE_CELLS)
    else:
        bounds = _Bounds(min(RENDER_BUDGET_S + RENDER_BUDGET_PER_CHAR_S * len(text),
                             MAX_RENDER_BUDGET_S), MAX_MARKDOWN_CHARS, MAX_TABLE_CELLS)
    if len(text) <= MAX_MARKDOWN_CHARS:
        return _render_part(text, dark, bounds, streaming, labels)
    # Too long for one pass: a block at a time, so that one huge block does not make the
    # whole message plain (references then resolve within a part only, as while streaming).
    parts: list[Rendered] = []
    code_blocks = 0
    for part in _parts(text):
        rendered = _render_part(part, dark, bounds, streaming, labels)
        parts.append(Rendered(
            html=link_code_blocks(rendered.html, _copy_links_from(code_blocks)),
            code_blocks=rendered.code_blocks, plain=rendered.plain))
        code_blocks += len(rendered.code_blocks)
    return Rendered(html="".join(part.html for part in parts),
                    code_blocks=tuple(block for part in parts for block in part.code_blocks),
                    plain=any(part.plain for part in parts))


def _copy_links_from(first: int) -> Callable[[int], str]:
    """Copy link addresses numbered from ``first`` (a part's blocks follow the earlier ones)."""
    return lambda index: f"{COPY_SCHEME}:{first + index}"


def _render_part(text: str, dark: bool, bounds: _Bounds, streaming: bool,
                 labels: Labels) -> Rendered:
    """Markdown if ``text`` is within the limits, else plain text."""
    if bounds.spent():
        return _plain(text, dark, labels)
    with _LOCK:
        try:
            md, extension = _markdown()
            md.reset()
            extension.start(dark=dark, bounds=bounds, streaming=streaming, labels=labels)
            body = md.convert(text)
            blocks = tuple(extension.fences.blocks)
        except (_TooComplex, RecursionError):
            return _plain(text, dark, labels)
        except Exception:  # a bug in the library or here: the message must still show
            _log_failure()
            return _plain(text, dark, labels)
        finally:
            if _INSTANCE is not None:
                _INSTANCE[0].reset()  # do not keep the message alive in the stash
    return Rendered(html=body, code_blocks=blocks)


_failure_logged = False


def _log_failure() -> None:
    """With its traceback the first time only: a streaming reply re-renders 30 times a second."""
    global _failure_logged  # noqa: PLW0603 - one flag for the whole process
    if _failure_logged:
        log.debug("markdown failed again; shown as plain text", exc_info=True)
    else:
        _failure_logged = True
        log.exception("markdown failed; the message is shown as plain text")


# --- limits ----------------------------------------------------------------------------------

class _TooComplex(Exception):  # noqa: N818 - a signal between our hooks, not an error
    """Raised inside the markdown library when a text goes past a limit."""


class _Bounds:
    """What one render may still spend: CPU time (the clock is read at every 32nd check),
    and how much markdown and how large tables it takes on."""

    __slots__ = ("_checks", "_deadline", "max_chars", "max_table_cells")

    def __init__(self, seconds: float, max_chars: int, max_table_cells: int) -> None:
        self._deadline = time.thread_time() + seconds
        self._checks = 0
        self.max_chars = max_chars
        self.max_table_cells = max_table_cells

    def spent(self) -> bool:
        return time.thread_time() > self._deadline

    def check(self) -> None:
        self._checks += 1
        if not self._checks % 32 and self.spent():
            raise _TooComplex


_SURROGATE = re.compile("[\ud800-\udfff]")


def displayable(text: str) -> str:
    """Plain ``text`` made safe and quick for Qt to show (as :func:`render` does it):
    surrogates as Qt shows them, long runs breakable."""
    return breakable(_valid_unicode(text))


def _valid_unicode(text: str) -> str:
    """Pairs of surrogates joined, lone ones as U+FFFD, as Qt would show them."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")


def _plain(text: str, dark: bool, labels: Labels = Labels()) -> Rendered:
    """All of ``text``, escaped, line breaks kept (runs of blank lines shortened to one)."""
    colours = _palette(dark)
    body = html.escape(breakable(_BLANK_RUN.sub("\n\n", text.strip("\n"))), quote=False)
    return Rendered(
        html=f'<p style="color: {colours.muted}; font-size: small;">'
             f"<em>{html.escape(labels.plain_note)}</em></p>"
             f'<p style="white-space: pre-wrap;">{body}</p>',
        code_blocks=(), plain=True)


_LONG_RUN = re.compile(r"(?<!\S)\S{256,}")  # whole runs only: linear time
# A character, or a placeholder that Python-Markdown will replace with some HTML.
_UNITS = re.compile("\x02[^\x03\\s]*\x03|\\S")
_BREAK_EVERY = 64


def breakable(text: str) -> str:
    """``text`` with a zero-width space every 64 characters of any run of 256 or more
    without a space.

    Qt wraps a word too long for a line by searching it again for a word boundary at each
    line, so laying out a 50 KB word takes a second (and 2 MB, minutes). The spaces are
    invisible; they only show if such a run is selected and copied from the view (the Copy
    links copy the text as the model wrote it).
    """
    if len(text) < 256:
        return text

    def cut(match: re.Match[str]) -> str:
        units = _UNITS.findall(match[0])
        return "\u200b".join("".join(units[i:i + _BREAK_EVERY])
                              for i in range(0, len(units), _BREAK_EVERY))
    return _LONG_RUN.sub(cut, text)


# Longer text is cut into parts of at least this many characters at block boundaries.
_PART_CHARS = 16_000


def _parts(text: str) -> Iterator[str]:
    """``text`` cut where a finished block ends (see :func:`stable_prefix_length`), each
    block of _PART_CHARS or more a part of its own (so that if it is too large to format,
    it alone is shown plain)."""
    begin = last = 0
    for offset in (*_block_ends(text), len(text)):
        if offset - last >= _PART_CHARS and last > begin:
            yield text[begin:last]
            begin = last
        if offset - begin >= _PART_CHARS:
            yield text[begin:offset]
            begin = offset
        last = offset
    if begin < len(text):
        yield text[begin:]


# --- streaming -------------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def stable_prefix_length(text: str, start: int = 0) -> int:
    """How much of a streaming reply is finished blocks that more text cannot change.

    Returns an offset just after a blank line (outside any code fence) whose next line
    is complete, starts at the margin and does not continue a list or a quote, so the
    text before it renders the same whichever text follows. A chat view renders that
    prefix once and re-renders only the rest, keeping the cost of each streamed token
    flat however long the reply grows. ``start`` must be 0 or an earlier result.
    """
    return max(_block_ends(text, start), default=start)  # the offsets only grow


def _block_ends(text: str, start: int = 0) -> Iterator[int]:
    """Each offset after ``start`` where a finished block ends (see stable_prefix_length)."""
    lines = text[start:].split("\n")
    offset = start
    fence: re.Pattern[str] | None = None
    block_first_line = ""
    blank_before = False
    for number, line in enumerate(lines[:-1]):  # the last line is still being written
        if fence is not None:
            if fence.match(line):
                fence = None
        elif not line.strip():
            blank_before = True
        else:
            if (blank_before and number > 0 and not line[0].isspace()
                    and not (_LIST_ITEM.match(line) and _LIST_ITEM.match(block_first_line))
                    and not (line.startswith(">") and block_first_line.startswith(">"))):
                yield offset
            if blank_before or number == 0:
                block_first_line = line
            blank_before = False
            if opening := _fence_opening(line):
                fence = _closing_fence(opening[2])
        offset += len(line) + 1


# --- code blocks -----------------------------------------------------------------------------

_OPEN_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# Models often open a fence at the end of a sentence ("Here it is: ```python"); without a
# line of its own the code would show as text and its closing fence open an empty block.
_TRAILING_FENCE = re.compile(r"^(?P<text>[^`~]*[^`~\s])[ \t]*(?P<fence>`{3,}|~{3,})"
                             r"(?P<info>[\w+#.-]*)[ \t]*$")


def _fence_opening(line: str) -> tuple[str, str, str, str] | None:
    """A line that opens a fenced code block: (text before it, indent, fence, info)."""
    match = _OPEN_FENCE.match(line)
    if match is not None:
        if match["fence"][0] == "`" and "`" in match["info"]:
            return None  # inline code, as in CommonMark
        return "", match["indent"], match["fence"], match["info"]
    match = _TRAILING_FENCE.match(line)
    if match is not None:
        return match["text"], "", match["fence"], match["info"]
    return None


def _closing_fence(fence: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")


@dataclass(frozen=True, slots=True)
class _Palette:
    style: str
    background: str
    text: str
    muted: str
    inline_code_background: str
    link: str


_LIGHT = _Palette(LIGHT_STYLE, "#f6f8fa", "#1f2328", "#6e7781", "#eff1f3", "#0969da")
_DARK = _Palette(DARK_STYLE, "#161b22", "#e6edf3", "#8d96a0", "#343942", "#4493f8")


def _palette(dark: bool) -> _Palette:
    return _DARK if dark else _LIGHT


@lru_cache(maxsize=2)
def _formatter(dark: bool) -> HtmlFormatter[str]:
    """Inline ``style`` attributes, because Qt ignores CSS classes it has no stylesheet for."""
    return HtmlFormatter(style=get_style_by_name(_palette(dark).style), noclasses=True,
                         nowrap=True)


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    """A lexer by name or alias; unknown languages are shown uncoloured, never guessed."""
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@lru_cache(maxsize=256)
def _highlight(code: str, language: str, dark: bool) -> str:
    """Coloured, escaped code; cached since a streaming reply repeats its finished blocks."""
    lexer = _lexer(language.lower()) if language else None
    if lexer is None:
        return html.escape(code, quote=False)
    return highlight(code, lexer, _formatter(dark)).removesuffix("\n")


COMMON_LANGUAGES = ("python", "bash", "sh", "shell", "console", "javascript", "js", "typescript",
                    "ts", "json", "yaml", "toml", "ini", "html", "xml", "css", "c", "cpp",
                    "java", "kotlin", "csharp", "go", "rust", "sql", "php", "ruby", "swift",
                    "markdown", "diff", "dockerfile", "powershell")


def warm_up() -> None:
    """Load the lexers and styles of the languages models write most, ahead of time.

    Pygments imports a lexer's module on first use, which takes 10-40 ms: done while a
    reply streams, that is a visible hitch (the benchmark saw 45 ms at the first code
    block). The app calls this on a background thread at start-up; no lock is held.
    """
    for dark in (False, True):
        _formatter(dark)
    for language in COMMON_LANGUAGES:
        lexer = _lexer(language)
        if lexer is not None:  # the first tokenisation builds the lexer's regex tables
            list(lexer.get_tokens("x = 1\n"))


def _code_block_html(code: str, language: str, index: int, *, dark: bool, closed: bool,
                     colour: bool = True, copy: str = "Copy") -> str:
    """A full-width table rather than a bare <pre>: Qt pads and colours table cells, and the
    header row holds the language and the Copy link."""
    colours = _palette(dark)
    label = html.escape(language) if language else "&nbsp;"
    limit = _MAX_HIGHLIGHT_CHARS if closed else _MAX_STREAMING_HIGHLIGHT_CHARS
    body = (_highlight(code, language, dark) if colour and len(code) <= limit
            else html.escape(breakable(code), quote=False))
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="6"'
        f' bgcolor="{colours.background}">'
        f'<tr><td><span style="color: {colours.muted}; font-size: small;">{label}</span></td>'
        f'<td align="right"><a href="{COPY_SCHEME}:{index}" style="color: {colours.link};">'
        f"{html.escape(copy)}</a></td></tr>"
        f'<tr><td colspan="2" style="color: {colours.text};">'
        '<pre style="white-space: pre-wrap; font-family: monospace; margin-top: 0;'
        ' margin-bottom: 0;">'
        f"{body}</pre></td></tr></table>"
    )


class _FencePreprocessor(Preprocessor):
    """Replaces each fenced block with a stash placeholder, collecting its raw code.

    Fences may be indented (models nest them in list items); the fence's indentation is
    removed from the code lines. A fence with no closing line runs to the end of the text.
    """

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.dark = False
        self.blocks: list[str] = []
        self.bounds = _Bounds(0, 0, 0)
        self.streaming = False
        self.labels = Labels()

    def start(self, *, dark: bool, bounds: _Bounds, streaming: bool, labels: Labels) -> None:
        self.dark = dark
        self.blocks = []
        self.bounds = bounds
        self.streaming = streaming
        self.labels = labels

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            opening = _fence_opening(lines[index])
            if opening is None:
                out.append(lines[index])
                index += 1
                continue
            before, indent_text, fence, info = opening
            if before:
                out.append(before)
            closing = _closing_fence(fence)
            indent = len(indent_text)
            code: list[str] = []
            index += 1
            while index < len(lines) and not closing.match(lines[index]):
                line = lines[index]
                strip = min(indent, len(line) - len(line.lstrip(" \t")))
                code.append(line[strip:])
                index += 1
            closed = index < len(lines)
            if closed:
                index += 1  # the closing fence
            else:  # still streaming: drop the blank lines markdown appends to every text
                while code and not code[-1].strip():
                    code.pop()
                if not code and not self.streaming:
                    continue  # a finished reply ends on a fence: no empty block for it
            words = info.strip().strip("{}").split()
            language = words[0].lstrip(".") if words else ""
            source = "\n".join(code)
            # Past the budget, code is still shown, without colours.
            block_html = _code_block_html(source, language, len(self.blocks), dark=self.dark,
                                          closed=closed, colour=not self.bounds.spent(),
                                          copy=self.labels.copy)
            self.blocks.append(source)
            # Blank lines around the placeholder make it a paragraph of its own, which the
            # raw-HTML postprocessor swaps for the block (two after, or the last block of the
            # text would keep a newline and stay wrapped in <p>).
            out.extend(["", self.md.htmlStash.store(block_html), "", ""])
        return out


# --- sanitising ------------------------------------------------------------------------------

_ALLOWED_TAGS = frozenset({
    "div", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "span",
})
_ALIGNMENTS = frozenset({"left", "right", "center"})
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);")


def _decode_url(url: str) -> str:
    """The address Qt would see: markdown leaves character references in attributes."""
    url = url.replace(AMP_SUBSTITUTE, "&")  # how the automail pattern writes references
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), url)


def _encode_url(url: str) -> str:
    """Every '&' as '&amp;' (the serializer keeps references), so Qt decodes exactly `url`."""
    return url.replace("&", "&amp;")


class _Sanitizer(Treeprocessor):
    """Allowlist over the final tree; adds the table and code attributes Qt understands."""

    def __init__(self, md: markdown.Markdown, fences: _FencePreprocessor) -> None:
        super().__init__(md)
        self.fences = fences

    def run(self, root: Element) -> None:
        for child in root:
            self._clean(child, in_link=False, in_pre=False)
        for element in root.iter():  # long words are slow for Qt to lay out (see breakable)
            if element.text:
                element.text = breakable(element.text)
            if element.tail:
                element.tail = breakable(element.tail)

    def _clean(self, element: Element, *, in_link: bool, in_pre: bool) -> None:
        tag = element.tag
        attributes = dict(element.attrib)
        element.attrib.clear()
        if tag == "img":
            alt = attributes.get("alt", "").strip()
            labels = self.fences.labels
            element.text = labels.image.replace("{alt}", alt) if alt else labels.image_without_text
            tag = "span"
            src = _decode_url(attributes.get("src", ""))
            if not in_link and is_safe_link(src):
                tag = "a"
                element.set("href", _encode_url(src.strip()))
        elif tag == "a":
            href = _decode_url(attributes.get("href", ""))
            if not in_link and is_safe_link(href):
                element.set("href", _encode_url(href.strip()))
            else:
                tag = "span"
        elif tag not in _ALLOWED_TAGS:
            tag = "span"
        elif tag == "table":
            element.attrib.update(border="1", cellspacing="0", cellpadding="4",
                                  style="border-collapse: collapse;")
        elif tag in {"th", "td"} and attributes.get("align") in _ALIGNMENTS:
            element.set("align", attributes["align"])
        elif tag == "ol" and re.fullmatch("[0-9]+", attributes.get("start", "")):
            element.set("start", attributes["start"])
        elif tag == "pre":
            element.set("style", f"background-color: {_palette(self.fences.dark).background};")
        elif tag == "code" and not in_pre:
            element.set("style", "background-color: "
                                 f"{_palette(self.fences.dark).inline_code_background};")
        element.tag = tag
        for child in element:
            self._clean(child, in_link=in_link or tag == "a", in_pre=in_pre or tag == "pre")


# --- linear-time links ------------------------------------------------------------------------

_BRACKETS = re.compile(r"[\[\]]")
# A link's "(address "title")" is searched for its ")" no further than this.
_MAX_LINK_DESTINATION = 2048


class _LinearLinks(LinkInlineProcessor):
    """Links and images without Python-Markdown's quadratic scans.

    For every "[" the library walks to the end of the text looking for its "]", so a model
    stuck repeating "[" (5,000 of them) froze rendering for seconds, and so did brackets
    nested 1,500 deep. Here each search records where every "[" it passes closes, so a
    later "[" within the searched stretch of the same text is a lookup. Likewise a link's
    "(address)" is only parsed when a ")" follows within reach.
    """

    def __init__(self, pattern: str, md: markdown.Markdown) -> None:
        super().__init__(pattern, md)
        self._text: str | None = None  # the text whose brackets in [_start, _end) are known
        self._start = self._end = 0
        self._closing: dict[int, int] = {}

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        start = index - 1
        if start < 0 or data[start] != "[":
            return super().getText(data, index)
        if not (data is self._text and self._start <= start < self._end):
            self._find_closing(data, start)
        close = self._closing.get(start)
        if close is None:
            return data[index:], len(data), False
        return data[index:close], close + 1, True

    def _find_closing(self, data: str, start: int) -> None:
        """Scan from the "[" at ``start`` to its "]" (or the end), recording every pair."""
        closing: dict[int, int] = {}
        opened: list[int] = []
        end = len(data)
        for match in _BRACKETS.finditer(data, start):
            if match.group() == "[":
                opened.append(match.start())
            else:  # `opened` holds `start` until its "]" comes
                closing[opened.pop()] = match.start()
                if not opened:
                    end = match.start() + 1
                    break
        self._text, self._start, self._end, self._closing = data, start, end, closing

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        if data.find(")", index, index + _MAX_LINK_DESTINATION) == -1:
            return "", None, index, False
        return super().getLink(data[:index + _MAX_LINK_DESTINATION], index)


class _Image(_LinearLinks, ImageInlineProcessor):
    pass


class _Reference(_LinearLinks, ReferenceInlineProcessor):
    pass


class _ImageReference(_LinearLinks, ImageReferenceInlineProcessor):
    pass


class _ShortReference(_LinearLinks, ShortReferenceInlineProcessor):
    pass


class _ShortImageReference(_LinearLinks, ShortImageReferenceInlineProcessor):
    pass


class _Emphasis(DelimiterProcessor):
    """Python-Markdown's emphasis, parsed afresh at each match so that no text is lost.

    Its parser pairs all the ``*`` and ``_`` it can from the first one, returns the first
    span and keeps the others to return later, shifted by how much the text moved meanwhile.
    The shift can be wrong, and characters vanish: ``*_a_ * *bcde*`` showed "bce" (Python-
    Markdown 3.11.3). Parsing from each match costs little: a parse stops as soon as its
    delimiters are paired.
    """

    def handleMatch(  # type: ignore[override]  # as its base does
            self, m: re.Match[str], data: str) -> tuple[Element | None, int | None, int | None]:
        self.reset()
        return super().handleMatch(m, data)


class _Table(TableProcessor):
    """Python-Markdown's tables, keeping the cells a row has beyond the header's columns,
    and none larger than MAX_TABLE_CELLS.

    Models miscount columns; the library drops the extra cells, and with them what the
    model wrote there. Qt lays out a row with more cells than the others well enough.
    """

    def __init__(self, parser: BlockParser, config: dict[str, Any],
                 fences: _FencePreprocessor) -> None:
        super().__init__(parser, config)
        self.fences = fences

    def test(self, parent: Element, block: str) -> bool:
        if not super().test(parent, block):
            return False
        if len(self.separator) * block.count("\n") > self.fences.bounds.max_table_cells:
            raise _TooComplex
        return True

    def _build_row(self, row: str, parent: Element, align: Sequence[str | None]) -> None:
        cells = len(self._split_row(row))  # type: ignore[attr-defined]  # missing from the stubs
        extra: list[str | None] = [None] * (cells - len(align))
        super()._build_row(row, parent, [*align, *extra])  # type: ignore[misc]


# Python-Markdown's own names, patterns and priorities for these processors.
_LINK_PROCESSORS: tuple[tuple[str, type[_LinearLinks], str, int], ...] = (
    ("reference", _Reference, REFERENCE_RE, 170),
    ("link", _LinearLinks, LINK_RE, 160),
    ("image_link", _Image, IMAGE_LINK_RE, 150),
    ("image_reference", _ImageReference, IMAGE_REFERENCE_RE, 140),
    ("short_reference", _ShortReference, REFERENCE_RE, 130),
    ("short_image_ref", _ShortImageReference, IMAGE_REFERENCE_RE, 125),
)


# --- bounds ----------------------------------------------------------------------------------

_CONTAINERS = re.compile(r"(?:[ ]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ ]|$)))*[ ]*")
_MARKER = re.compile(r">|[-*+]|\d{1,9}[.)]")


class _Limits(Preprocessor):
    """Stops the render (plain text) past MAX_MARKDOWN_CHARS (or the streaming limit) or
    MAX_NESTING.

    Runs after the fences are stashed, so code blocks neither count towards the size (they
    cost little) nor towards the nesting (code may be indented at will), and after tabs are
    expanded. Nesting is counted generously: only safety depends on it.
    """

    def __init__(self, md: markdown.Markdown, fences: _FencePreprocessor) -> None:
        super().__init__(md)
        self.fences = fences

    def run(self, lines: list[str]) -> list[str]:
        if sum(map(len, lines)) + len(lines) > self.fences.bounds.max_chars:
            raise _TooComplex
        for line in lines:
            if line.startswith((" ", ">", "-", "*", "+")) or line[:1].isdigit():
                match = _CONTAINERS.match(line)
                prefix = match[0] if match else ""
                markers = len(_MARKER.findall(prefix))  # each may be followed by one space
                if markers + max(0, prefix.count(" ") - markers) // 4 > MAX_NESTING:
                    raise _TooComplex
        return lines


class _BudgetCheck(BlockProcessor):
    """First in line for every block the parser takes on: stops the render past its budget.

    The quadratic cases of the block parser re-scan a block's rest once per line they take
    from it, so each step passes here.
    """

    def __init__(self, md: markdown.Markdown, fences: _FencePreprocessor) -> None:
        super().__init__(md.parser)
        self.fences = fences

    def test(self, parent: Element, block: str) -> bool:
        self.fences.bounds.check()
        return False

    def run(self, parent: Element, blocks: list[str]) -> bool | None:  # pragma: no cover
        return False


def _check_budget(pattern: Pattern, fences: _FencePreprocessor) -> None:
    """Check the budget each time the inline parser calls ``pattern``.

    The parser asks a pattern for its regex before each search (a match rebuilds the text
    around it, which is where its quadratic cases spend their time) and hands it each
    candidate match, which it may reject without another search.
    """
    search, handle = pattern.getCompiledRegExp, pattern.handleMatch

    def checked_search() -> re.Pattern[str]:
        fences.bounds.check()
        return search()

    def checked_handle(*args: Any) -> Any:
        fences.bounds.check()
        return handle(*args)

    pattern.getCompiledRegExp = checked_search  # type: ignore[method-assign]
    pattern.handleMatch = checked_handle  # type: ignore[method-assign,assignment]


class _ParlaExtension(Extension):
    """Raw HTML off, our fences on, linear-time links, sanitiser last (after unescaping),
    and the bounds: nesting checked up front, the budget checked as the parser goes."""

    def __init__(self) -> None:
        super().__init__()
        self.fences: _FencePreprocessor

    def start(self, *, dark: bool, bounds: _Bounds, streaming: bool, labels: Labels) -> None:
        self.fences.start(dark=dark, bounds=bounds, streaming=streaming, labels=labels)

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Only adds newlines between blocks, which Qt ignores; saves about a tenth of a render.
        md.treeprocessors.deregister("prettify")
        for name, processor, pattern, priority in _LINK_PROCESSORS:
            md.inlinePatterns.register(processor(pattern, md), name, priority)
        emphasis = _Emphasis("*", "strong,em", md)  # as Python-Markdown registers its own
        emphasis.add("_", "strong,em", smart=True)
        md.inlinePatterns.register(emphasis, "em_strong", 60)
        self.fences = _FencePreprocessor(md)
        md.preprocessors.register(self.fences, "parla_fences", 25)
        md.parser.blockprocessors.register(
            _Table(md.parser, {"use_align_attribute": True}, self.fences), "table", 75)
        md.treeprocessors.register(_Sanitizer(md, self.fences), "parla_sanitize", -10)
        md.preprocessors.register(_Limits(md, self.fences), "parla_limits", 20)
        md.parser.blockprocessors.register(_BudgetCheck(md, self.fences), "parla_budget", 1000)
        for inline in md.inlinePatterns:
            _check_budget(inline, self.fences)


_LOCK = threading.Lock()
_INSTANCE: tuple[markdown.Markdown, _ParlaExtension] | None = None


def _markdown() -> tuple[markdown.Markdown, _ParlaExtension]:
    """One parser for the whole app: building one costs far more than a short render."""
    global _INSTANCE  # noqa: PLW0603 - a lazily built cache, guarded by _LOCK
    if _INSTANCE is None:
        extension = _ParlaExtension()
        md = markdown.Markdown(
            extensions=[TableExtension(use_align_attribute=True), SaneListExtension(),
                        extension],
            output_format="html",
        )
        _INSTANCE = (md, extension)
    return _INSTANCE


__all__ = ["COPY_SCHEME", "MAX_MARKDOWN_CHARS", "MAX_NESTING", "MAX_TABLE_CELLS", "PLAIN_NOTE",
           "SAFE_SCHEMES", "STREAMING_BUDGET_S", "STREAMING_MAX_MARKDOWN_CHARS",
           "STREAMING_MAX_TABLE_CELLS", "Labels", "Rendered", "breakable", "copy_block_index",
           "displayable", "is_safe_link", "link_code_blocks", "render", "render_cache_clear",
           "render_plain", "set_labels", "stable_prefix_length", "warm_up"]
