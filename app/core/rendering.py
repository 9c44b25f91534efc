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

Fenced code blocks are found by this module rather than by the ``fenced_code`` extension:
that extension leaves an unclosed fence as text, whereas while a reply streams in the fence
should already look like the code block it is becoming (an unclosed fence runs to the end,
as in CommonMark), and the raw code of each block has to be handed back for "Copy".
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
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


@dataclass(frozen=True, slots=True)
class Rendered:
    """HTML for one message, plus the raw code of each fenced block for ``copy-code:N``."""

    html: str
    code_blocks: tuple[str, ...]


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


def render(text: str, *, dark: bool = False) -> Rendered:
    """Render (possibly partial, still streaming) markdown from the model."""
    return _render(text, dark)


def render_cache_clear() -> None:
    """Forget cached renders (benchmarks time rendering from scratch)."""
    _render.cache_clear()


@lru_cache(maxsize=128)
def _render(text: str, dark: bool) -> Rendered:
    """Cached: a theme switch or a reloaded chat re-renders many unchanged messages."""
    with _LOCK:
        md, extension = _markdown()
        md.reset()
        extension.fences.start(dark=dark)
        body = md.convert(text)
        blocks = tuple(extension.fences.blocks)
        md.reset()  # do not keep the message alive in the stash
    return Rendered(html=body, code_blocks=blocks)


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
    stable = start
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
                stable = offset
            if blank_before or number == 0:
                block_first_line = line
            blank_before = False
            if match := _OPEN_FENCE.match(line):
                mark = match["fence"]
                if not (mark[0] == "`" and "`" in match["info"]):
                    fence = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
        offset += len(line) + 1
    return stable


# --- code blocks -----------------------------------------------------------------------------

_OPEN_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


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


def _code_block_html(code: str, language: str, index: int, *, dark: bool, closed: bool) -> str:
    """A full-width table rather than a bare <pre>: Qt pads and colours table cells, and the
    header row holds the language and the Copy link."""
    colours = _palette(dark)
    label = html.escape(language) if language else "&nbsp;"
    limit = _MAX_HIGHLIGHT_CHARS if closed else _MAX_STREAMING_HIGHLIGHT_CHARS
    body = (_highlight(code, language, dark) if len(code) <= limit
            else html.escape(code, quote=False))
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="6"'
        f' bgcolor="{colours.background}">'
        f'<tr><td><span style="color: {colours.muted}; font-size: small;">{label}</span></td>'
        f'<td align="right"><a href="{COPY_SCHEME}:{index}" style="color: {colours.link};">'
        "Copy</a></td></tr>"
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

    def start(self, *, dark: bool) -> None:
        self.dark = dark
        self.blocks = []

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            match = _OPEN_FENCE.match(lines[index])
            fence = match["fence"] if match else ""
            if match is None or (fence[0] == "`" and "`" in match["info"]):
                out.append(lines[index])
                index += 1
                continue
            closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
            indent = len(match["indent"])
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
            words = match["info"].strip().strip("{}").split()
            language = words[0].lstrip(".") if words else ""
            source = "\n".join(code)
            block_html = _code_block_html(source, language, len(self.blocks), dark=self.dark,
                                          closed=closed)
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

    def _clean(self, element: Element, *, in_link: bool, in_pre: bool) -> None:
        tag = element.tag
        attributes = dict(element.attrib)
        element.attrib.clear()
        if tag == "img":
            alt = attributes.get("alt", "").strip()
            element.text = f"[image: {alt}]" if alt else "[image]"
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
    stuck repeating "[" (5,000 of them) froze rendering for seconds. Here the first failed
    search also records where every later "[" of that text closes, so each further "[" is a
    lookup. Likewise a link's "(address)" is only parsed when a ")" follows within reach.
    """

    def __init__(self, pattern: str, md: markdown.Markdown) -> None:
        super().__init__(pattern, md)
        self._text: str | None = None  # the text whose brackets from _start on are known
        self._start = 0
        self._closing: dict[int, int] = {}

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        start = index - 1
        if start < 0 or data[start] != "[":
            return super().getText(data, index)
        if data is self._text and start >= self._start:
            close = self._closing.get(start)
        else:
            close = self._find_closing(data, start)
        if close is None:
            return data[index:], len(data), False
        return data[index:close], close + 1, True

    def _find_closing(self, data: str, start: int) -> int | None:
        closing: dict[int, int] = {}
        opened: list[int] = []
        for match in _BRACKETS.finditer(data, start):
            if match.group() == "[":
                opened.append(match.start())
            else:  # `opened` holds `start` until its "]" comes
                closing[opened.pop()] = match.start()
                if not opened:
                    return match.start()
        self._text, self._start, self._closing = data, start, closing
        return None

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


# Python-Markdown's own names, patterns and priorities for these processors.
_LINK_PROCESSORS: tuple[tuple[str, type[_LinearLinks], str, int], ...] = (
    ("reference", _Reference, REFERENCE_RE, 170),
    ("link", _LinearLinks, LINK_RE, 160),
    ("image_link", _Image, IMAGE_LINK_RE, 150),
    ("image_reference", _ImageReference, IMAGE_REFERENCE_RE, 140),
    ("short_reference", _ShortReference, REFERENCE_RE, 130),
    ("short_image_ref", _ShortImageReference, IMAGE_REFERENCE_RE, 125),
)


class _ParlaExtension(Extension):
    """Raw HTML off, our fences on, linear-time links, sanitiser last (after unescaping)."""

    def __init__(self) -> None:
        super().__init__()
        self.fences: _FencePreprocessor

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Only adds newlines between blocks, which Qt ignores; saves about a tenth of a render.
        md.treeprocessors.deregister("prettify")
        for name, processor, pattern, priority in _LINK_PROCESSORS:
            md.inlinePatterns.register(processor(pattern, md), name, priority)
        self.fences = _FencePreprocessor(md)
        md.preprocessors.register(self.fences, "parla_fences", 25)
        md.treeprocessors.register(_Sanitizer(md, self.fences), "parla_sanitize", -10)


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


__all__ = ["COPY_SCHEME", "SAFE_SCHEMES", "Rendered", "copy_block_index", "is_safe_link",
           "render", "render_cache_clear", "stable_prefix_length", "warm_up"]
