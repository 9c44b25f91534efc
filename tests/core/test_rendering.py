"""Markdown rendering for Qt: looks, code blocks, streaming, and hostile model output."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from statistics import median

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core.rendering import (
    COPY_SCHEME,
    Labels,
    Rendered,
    copy_block_index,
    is_safe_link,
    render,
    stable_prefix_length,
)

# Tags a rendered message may contain: what Python-Markdown builds from markdown syntax,
# plus the table wrapping code blocks. Anything else means model HTML got through.
ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "span",
}
VOID_TAGS = {"br", "hr"}


class _Html(HTMLParser):
    """Collects tags, attributes and visible text, and checks that tags are balanced."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.balanced = True
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.balanced = False  # markdown never writes comments; a model's must be text

    @property
    def visible(self) -> str:
        return "".join(self.text)

    def hrefs(self) -> list[str]:
        return [value or "" for _, attrs in self.tags for name, value in attrs if name == "href"]


def assert_harmless(rendered: Rendered) -> _Html:
    """Only allowed tags, no resource-loading or script attributes, only vetted links."""
    parsed = _Html(rendered.html)
    assert parsed.balanced and not parsed.open, rendered.html
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED_TAGS, (tag, rendered.html)
        for name, value in attrs:
            assert not name.startswith("on"), rendered.html
            assert name not in {"src", "background", "srcset", "data", "action"}, rendered.html
            assert "url(" not in (value or "").lower(), rendered.html
    for href in parsed.hrefs():
        index = copy_block_index(href)
        assert is_safe_link(href) or (index is not None and index < len(rendered.code_blocks))
    return parsed


# --- ordinary markdown -----------------------------------------------------------------------

def test_headings_lists_emphasis_and_tables_become_qt_html() -> None:
    html = render(
        "# Title\n\n## Sub\n\nSome *em*, **strong** and `code`.\n\n"
        "- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n---\n\n"
        "| Left | Right |\n|:-----|------:|\n| a    |     1 |\n"
    ).html
    for fragment in ("<h1>Title</h1>", "<h2>Sub</h2>", "<em>em</em>", "<strong>strong</strong>",
                     "<li>one</li>", "<ol>", "<blockquote>", "<hr>", "<th align=\"left\">Left</th>",
                     "<td align=\"right\">1</td>"):
        assert fragment in html
    # Qt reads table borders and padding from attributes, not from CSS on cells.
    assert '<table border="1" cellpadding="4" cellspacing="0"' in html
    assert "<code style=\"background-color:" in html


def test_a_list_interrupted_by_a_code_block_keeps_its_numbering() -> None:
    html = render("1. Install:\n   ```bash\n   pip install parla\n   ```\n2. Run it\n").html
    assert '<ol start="2">' in html
    assert render("1. Install:\n   ```bash\n   pip install parla\n   ```\n").code_blocks == (
        "pip install parla",)


def test_fenced_code_with_a_language_is_highlighted_with_inline_styles() -> None:
    rendered = render('Look:\n\n```python\ndef greet(name):\n    return f"hi {name}"\n```\n')
    code = rendered.html.split("<pre", 1)[1]
    assert re.search(r'<span style="color: #[0-9A-Fa-f]+; font-weight: bold">def</span>', code)
    assert "class=" not in rendered.html  # Qt would ignore classes without a stylesheet
    assert "monospace" in rendered.html and 'bgcolor="#' in rendered.html
    assert ">python<" in rendered.html  # the language label
    assert _Html(rendered.html).visible.endswith('def greet(name):\n    return f"hi {name}"')


def test_dark_mode_uses_its_own_code_colours() -> None:
    text = "```python\nimport os\n```"
    light, dark = render(text).html, render(text, dark=True).html
    assert "#f6f8fa" in light and "#161b22" in dark  # block backgrounds
    assert light.split("<pre", 1)[1] != dark.split("<pre", 1)[1]  # token colours


def test_code_without_a_known_language_is_escaped_but_not_coloured() -> None:
    for text in ("```\n<b>x</b> & y\n```", "```no-such-language\n<b>x</b> & y\n```"):
        rendered = render(text)
        assert "&lt;b&gt;x&lt;/b&gt; &amp; y</pre>" in rendered.html
        assert rendered.code_blocks == ("<b>x</b> & y",)


# --- code blocks and their Copy links --------------------------------------------------------

def test_each_code_block_gets_a_copy_link_and_its_exact_code() -> None:
    first = 'print("<hello>")\n\n    indented = True\n'
    second = "echo $HOME && ls ~\t# tab"
    third = "{\"a\": [1, 2]}"
    rendered = render(f"Intro\n\n```python\n{first}```\n\ntext\n\n~~~bash\n{second}\n~~~\n"
                      f"````json\n{third}\n````\n")
    assert rendered.code_blocks == (first.removesuffix("\n"), second.expandtabs(4), third)
    for index in range(3):
        assert re.search(rf'<a href="{COPY_SCHEME}:{index}"[^>]*>Copy</a>', rendered.html)
    assert f"{COPY_SCHEME}:3" not in rendered.html
    assert_harmless(rendered)


def test_a_backtick_fence_may_contain_a_shorter_fence() -> None:
    rendered = render("````markdown\n```python\nx = 1\n```\n````")
    assert rendered.code_blocks == ("```python\nx = 1\n```",)


def test_copy_links_are_read_back_by_the_ui() -> None:
    assert copy_block_index("copy-code:0") == 0
    assert copy_block_index("copy-code:12") == 12
    for url in ("copy-code:", "copy-code:-1", "copy-code:1x", "copy-code:\u0663",
                "https://x/copy-code:1", "x"):
        assert copy_block_index(url) is None


@pytest.mark.parametrize(
    "text",
    ["[click](copy-code:0)", '<a href="copy-code:0">click</a>', "<copy-code:0> click",
     "[click][r]\n\n[r]: copy-code:0", "![click](copy-code:0)", "[click](COPY-CODE:0)"],
)
def test_model_authored_copy_code_links_are_neutralised(text: str) -> None:
    rendered = render(text)
    parsed = _Html(rendered.html)
    assert parsed.hrefs() == []
    assert "click" in parsed.visible
    assert rendered.code_blocks == ()


# --- links -----------------------------------------------------------------------------------

def test_http_https_and_mailto_links_are_clickable() -> None:
    html = render(
        "[site](https://example.com/a?b=1&c=2) [plain](http://example.org) "
        "<https://auto.example/x> <someone@example.com> [ref][1]\n\n[1]: https://ref.example/\n"
    ).html
    assert '<a href="https://example.com/a?b=1&amp;c=2">site</a>' in html
    assert '<a href="http://example.org">plain</a>' in html
    assert '<a href="https://auto.example/x">https://auto.example/x</a>' in html
    assert '<a href="mailto:someone@example.com">' in html
    assert '<a href="https://ref.example/">ref</a>' in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [("https://example.com", True), ("http://example.com/a b", False),
     ("HTTPS://EXAMPLE.COM/x", True), ("  https://example.com  ", True),
     ("mailto:a@example.com", True), ("mailto:", False), ("https://", False),
     ("https:example.com", False), ("https:\\\\evil.example", False), ("//evil.example", False),
     ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
     ("java\nscript:alert(1)", False), ("data:text/html,<script>", False),
     ("file:///etc/passwd", False), ("qrc:/icon.png", False), ("copy-code:0", False),
     ("ftp://example.com", False), ("about:blank", False), ("relative/path.html", False),
     ("https://[::1", False), ("", False)],
)
def test_only_http_https_and_mailto_links_are_safe(url: str, safe: bool) -> None:
    assert is_safe_link(url) is safe


# --- hostile input ---------------------------------------------------------------------------

# (markdown the model wrote, text the reader must still see)
PAYLOADS = [
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("Hi <script>alert(1)</script> there", "<script>alert(1)</script>"),
    ('<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'),
    ('<iframe src="https://evil.example"></iframe>', '<iframe src="https://evil.example">'),
    ('<svg onload="alert(1)"><circle r="4"/></svg>', '<svg onload="alert(1)">'),
    ("<style>body { background: url(http://e/x.png) }</style>", "<style>body"),
    ("<b>bold</b> and <i>it</i>", "<b>bold</b> and <i>it</i>"),
    ("<!-- hidden --> shown", "<!-- hidden --> shown"),
    ('<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">x</a>'),
    ('<div style="background:url(http://e)">box</div>', '<div style="background:url(http://e)">'),
    ('<table background="http://e/x.png"><tr><td>t</td></tr></table>', '<table background='),
    ('<link rel="stylesheet" href="http://e/x.css">', '<link rel="stylesheet"'),
    ('<object data="x.swf"></object><embed src="x">', '<object data="x.swf">'),
    ('<form action="https://e"><input></form>', "<form action="),
    ("<meta http-equiv=refresh content='0;url=http://e'>", "<meta http-equiv"),
    ("[x](javascript:alert(1))", "x"),
    ("[x](JaVaScRiPt:alert(1))", "x"),
    ("[x]( javascript:alert(1) )", "x"),
    ("[x](&#106;avascript:alert(1))", "x"),
    ("[x](&#x6A;avascript&#58;alert(1))", "x"),
    ("[x](data:text/html,<script>alert(1)</script>)", "x"),
    ("[x](file:///etc/passwd)", "x"),
    ("[x](qrc:/images/icon.png)", "x"),
    ("[x](/relative/path)", "x"),
    ("[x][evil]\n\n[evil]: javascript:alert(1)", "x"),
    ("<javascript:alert(1)>", "<javascript:alert(1)>"),
    ("![i](http://e/x.png)", "[image: i]"),
    ("![i](file:///etc/passwd)", "[image: i]"),
    ('![i](data:image/png;base64,AAAA "title")', "[image: i]"),
    ("![i][img]\n\n[img]: http://e/x.png", "[image: i]"),
    ("[![i](http://e/x.png)](https://example.com)", "[image: i]"),
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
    ("&#60;img src=x onerror=alert(1)&#62;", "<img src=x onerror=alert(1)>"),
    ("`<script>alert(1)</script>`", "<script>alert(1)</script>"),
    ("```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```",
     "<script>alert(1)</script>"),
    ("```\n<style>*{background:url(http://e)}</style>\n", "<style>"),
    ("\x02wzxhzdk:0\x03 fake placeholder", "fake placeholder"),
]


@pytest.mark.parametrize(("text", "visible"), PAYLOADS, ids=[p[0][:40] for p in PAYLOADS])
def test_hostile_markdown_shows_as_text_and_loads_nothing(text: str, visible: str) -> None:
    for dark in (False, True):
        rendered = render(text, dark=dark)
        parsed = assert_harmless(rendered)
        assert visible in parsed.visible, rendered.html
        # The payload may be visible text, but never part of the markup itself.
        markup = " ".join(f"<{tag} {attrs}" for tag, attrs in parsed.tags).lower()
        for needle in ("javascript:", "file:", "data:", "qrc:", "url("):
            assert needle not in markup, (needle, rendered.html)
        assert "<!--" not in rendered.html


def test_escaped_entities_stay_text_not_tags() -> None:
    rendered = render("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;")
    assert "<script" not in rendered.html
    assert "&lt;script&gt;" in rendered.html
    assert _Html(rendered.html).visible.strip() == "<script>alert(1)</script> &lt;b&gt;"


def test_images_become_labelled_links_or_text() -> None:
    html = render("![chart](https://example.com/c.png) ![](file:///x) ![secret](x.png)").html
    assert '<a href="https://example.com/c.png">[image: chart]</a>' in html
    assert "<span>[image]</span>" in html and "<span>[image: secret]</span>" in html


# --- streaming -------------------------------------------------------------------------------

def _long_reply(blocks: int = 6, seed: str = "") -> str:
    """A realistic ~8 KB answer: prose, lists, a table, several code blocks."""
    parts = ["# Setting up the project\n\nHere is a **complete** walkthrough with `pip`, "
             "a config file and a few *examples* ([docs](https://docs.python.org/3/)).\n"]
    for index in range(blocks):
        parts.append(
            f"\n## Step {index + 1}\n\nFirst, make sure that the environment is ready. The "
            "following snippet reads the settings, validates them, and prints a summary; "
            "note how errors are reported. Keep the file next to the project, so that "
            "relative paths resolve the same way on every machine, and commit it together "
            "with the code that reads it: reviewers then see both halves of every change, "
            "which catches most mistakes before they reach anyone else.\n\n"
            "1. Create the file\n2. Run it\n"
            "   - check the output\n   - fix what fails\n\n"
            f"```python\nimport json\nfrom pathlib import Path\n\n\n"
            f"def load_settings_{index}{seed}(path: Path) -> dict[str, object]:\n"
            '    """Read the settings file, falling back to defaults."""\n'
            "    try:\n        data = json.loads(path.read_text(encoding='utf-8'))\n"
            "    except (OSError, ValueError) as error:\n"
            "        print(f'cannot read {path}: {error}')\n        return {}\n"
            "    if not isinstance(data, dict):\n        raise TypeError('expected an object')\n"
            "    for key, value in sorted(data.items()):\n"
            "        print(f'{key:>20} = {value!r}')\n    return data\n```\n\n"
            "| Option | Default | Meaning |\n|---|:---:|---|\n| `temperature` | 0.7 | "
            "randomness |\n| `top_p` | 0.95 | nucleus sampling |\n\n"
            f"```bash\npython -m venv .venv && . .venv/bin/activate\npip install -e '.[dev]'"
            f"\npytest -q  # step {index}{seed}\n```\n"
        )
    parts.append("\nThat's all: if something fails, see <https://example.com/help>.\n")
    return "".join(parts)


def test_an_unclosed_fence_renders_as_a_code_block_in_progress() -> None:
    rendered = render("Try this:\n\n```python\ndef f(x):\n    return x *")
    assert rendered.code_blocks == ("def f(x):\n    return x *",)
    assert f'href="{COPY_SCHEME}:0"' in rendered.html and "<pre" in rendered.html
    assert "```" not in rendered.html
    assert_harmless(rendered)


@pytest.mark.parametrize("reply", [
    "Here is the function: ```python\ndef square(x):\n    return x * x\n```",
    "Here is the function: ```python\ndef square(x):\n    return x * x",
    "Here is the function:\n\n```python\ndef square(x):\n    return x * x\n",
], ids=["opened at the end of a sentence", "that and never closed", "never closed"])
def test_a_reply_that_ends_inside_a_fence_shows_its_code_as_a_code_block(reply: str) -> None:
    """Not the code as text followed by an empty code block with a Copy link."""
    for streaming in (False, True):
        rendered = render(reply, streaming=streaming)
        assert rendered.code_blocks == ("def square(x):\n    return x * x",)
        assert rendered.html.count("<pre") == 1 and "```" not in rendered.html
        text = assert_harmless(rendered).visible
        assert text.index("Here is the function:") < text.index("def square")
        assert stable_prefix_length(reply) in (0, reply.index("```"))


def test_a_finished_reply_that_ends_on_a_lone_fence_has_no_empty_code_block() -> None:
    rendered = render("def square(x):\n    return x * x\n```")
    assert rendered.code_blocks == () and "<pre" not in rendered.html
    assert "return x * x" in assert_harmless(rendered).visible


def test_the_words_the_renderer_writes_come_in_the_readers_language() -> None:
    german = Labels(copy="Kopieren", image="[Bild: {alt}]", image_without_text="[Bild]",
                    plain_note="Als reiner Text gezeigt.")
    rendered = render("![eine Katze](https://example.com/k.png) ![](x.png)\n\n```\nx\n```",
                      labels=german)
    text = assert_harmless(rendered).visible
    assert "[Bild: eine Katze]" in text and "[Bild]" in text and "Kopieren" in text
    assert "Copy" not in text and "image" not in text
    deep = render("> " * 40 + "deep", labels=german)
    assert "Als reiner Text gezeigt." in assert_harmless(deep).visible


def test_a_long_block_still_streaming_waits_for_its_closing_fence_to_be_coloured() -> None:
    code = "x = 1\n" * 2000  # 12 KB: too slow to re-highlight 30 times a second
    streaming = render(f"```python\n{code}")
    assert streaming.code_blocks == (code.removesuffix("\n"),)
    assert '<span style="color:' not in streaming.html.split("<pre", 1)[1]
    assert '<span style="color:' in render(f"```python\n{code}```").html.split("<pre", 1)[1]


def test_every_prefix_of_a_streaming_reply_renders_balanced_html() -> None:
    reply = _long_reply(blocks=2) + "\n" + "".join(text for text, _ in PAYLOADS[:12])
    for end in [*range(0, len(reply), 3), len(reply)]:
        assert_harmless(render(reply[:end]))


def test_rendering_a_long_reply_is_fast() -> None:
    """A generous bound that only catches pathological slowness (typical is a few ms)."""
    reply = _long_reply()
    assert 7_000 < len(reply.encode()) < 10_000
    render(reply)  # build the shared parser
    cold = []
    for run in range(5):  # new code each time: nothing comes from the highlight cache
        text = _long_reply(seed=f"_{run}_{time.perf_counter_ns()}")
        start = time.perf_counter()
        render(text)
        cold.append(time.perf_counter() - start)
    assert len(render(reply).code_blocks) == 12
    assert median(cold) < 0.1, cold


@pytest.mark.parametrize(
    "text", ["[" * 5000, "![" * 3000, "[a](" * 2000, "[a][" * 2000, "([" * 3000, "]" * 5000],
    ids=["brackets", "image brackets", "unclosed links", "unclosed references", "mixed", "closing"],
)
def test_degenerate_bracket_runs_render_in_linear_time(text: str) -> None:
    """Stock Python-Markdown needs seconds for these (quadratic scans); a looping model can
    write them while the UI re-renders 30 times a second."""
    start = time.perf_counter()
    rendered = render(text)
    assert time.perf_counter() - start < 0.5
    assert _Html(rendered.html).visible.strip().replace("\u200b", "") == text


# --- in a real QTextDocument -----------------------------------------------------------------

class RecordingDocument(QTextDocument):
    """Records every resource Qt asks for, and never loads one."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str, /) -> object:
        self.requests.append(name.toString() if isinstance(name, QUrl) else name)
        return None


def _lay_out_and_paint(document: QTextDocument) -> None:
    """Images and stylesheets are fetched while parsing, laying out or painting: do all."""
    document.setTextWidth(600)
    size = document.size()
    image = QImage(max(1, int(size.width())), max(1, int(size.height())),
                   QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()


def test_the_recording_document_does_see_resource_requests(qapp: QApplication) -> None:
    """Control: without this the next test could pass by never recording anything."""
    assert isinstance(qapp, QGuiApplication)
    document = RecordingDocument()
    document.setHtml('<p>x <img src="http://e/x.png"></p>')
    _lay_out_and_paint(document)
    assert "http://e/x.png" in document.requests


def test_qt_shows_code_and_hostile_html_as_text_and_loads_no_resources(
        qapp: QApplication) -> None:
    assert isinstance(qapp, QGuiApplication)
    message = (
        "Before <script>alert(1)</script>\n\n```python\nprint('<b>hi</b>')\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n" + "\n\n".join(text for text, _ in PAYLOADS)
    )
    for dark in (False, True):
        for text in [message, *(text for text, _ in PAYLOADS)]:
            document = RecordingDocument()
            document.setHtml(render(text, dark=dark).html)
            _lay_out_and_paint(document)
            assert document.requests == [], text
        plain = _plain(message, dark)
        assert "<script>alert(1)</script>" in plain
        assert "print('<b>hi</b>')" in plain
        assert "[image: i]" in plain
        assert "<!-- hidden --> shown" in plain


def _plain(text: str, dark: bool) -> str:
    document = QTextDocument()
    document.setHtml(render(text, dark=dark).html)
    return document.toPlainText()


def test_qt_sees_only_vetted_links_and_real_tables(qapp: QApplication) -> None:
    assert isinstance(qapp, QGuiApplication)
    rendered = render(
        "[ok](https://example.com) [bad](javascript:alert(1)) ![i](http://e/x.png)\n\n"
        "```bash\nls\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    document = QTextDocument()
    document.setHtml(rendered.html)
    hrefs: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                hrefs.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    assert hrefs == ["https://example.com", "http://e/x.png", f"{COPY_SCHEME}:0"]
    tables = [frame for frame in document.rootFrame().childFrames()
              if frame.frameFormat().isTableFormat()]
    assert len(tables) == 2  # the code block's frame and the markdown table


# --- streaming: finished blocks ----------------------------------------------------------

STREAMED = """\
Intro paragraph.

- a
- b

- loose item after a blank line

Next paragraph.

```python
x = 1

y = 2
```

1. one

2. two

   indented continuation of two

> quote

> same quote

| a | b |
|---|---|
| 1 | 2 |

The end.
"""


def test_finished_blocks_render_alone_exactly_as_within_the_whole_text() -> None:
    frozen, pieces = 0, []
    for end in range(1, len(STREAMED) + 1):  # the text arriving one character at a time
        cut = stable_prefix_length(STREAMED[:end], frozen)
        assert cut >= frozen
        if cut > frozen:
            pieces.append(STREAMED[frozen:cut])
            frozen = cut
    pieces.append(STREAMED[frozen:])
    assert len(pieces) >= 6

    def numbered(html: str) -> str:
        return re.sub(r"copy-code:\d+", "copy-code:N", html)

    assert numbered("".join(render(p).html for p in pieces)) == numbered(render(STREAMED).html)


@pytest.mark.parametrize("text", [
    "```python\nx = 1\n\ny = 2\n",  # a blank line inside an open code block
    "1. one\n\n2. two\n",  # the same list continues
    "- item\n\n  continued\n",  # an indented continuation
    "> quote\n\n> more\n",  # the same quote
    "Paragraph\n\nNext line not finished",  # the next block's first line is still arriving
])
def test_nothing_counts_as_finished_while_the_next_line_could_still_change_it(text: str) -> None:
    assert stable_prefix_length(text) == 0


def test_a_paragraph_is_finished_once_the_next_block_has_begun() -> None:
    text = "First paragraph.\n\nSecond paragraph starts\n"
    assert text[stable_prefix_length(text):] == "Second paragraph starts\n"
