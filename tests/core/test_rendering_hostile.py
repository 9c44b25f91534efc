"""Hostile model output through the real renderer: whatever the model writes, the reader sees
all of it (formatted where possible, as marked plain text where not), nothing loads, and no
render takes long enough to freeze the window.

Times are the thread's CPU time, so that other processes on a busy test machine do not
count; the window's GUI thread is what they stand for.
"""

from __future__ import annotations

import logging
import re
import time

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core import rendering
from app.core.rendering import (
    COPY_SCHEME,
    MAX_MARKDOWN_CHARS,
    MAX_NESTING,
    MAX_TABLE_CELLS,
    PLAIN_NOTE,
    STREAMING_MAX_MARKDOWN_CHARS,
    STREAMING_MAX_TABLE_CELLS,
    Rendered,
    breakable,
    copy_block_index,
    link_code_blocks,
    render,
    render_cache_clear,
    render_plain,
)
from tests.core.test_rendering import RecordingDocument, assert_harmless
from tests.support.hostile_text import (
    CASES,
    Case,
    chars_in_order,
    content,
    fuzz_cases,
    in_order,
)

RENDER_BOUND_S = 1.0
"""CPU time one render of a hostile text may take. Measured on a 2-core VM: at most 0.51 s
(the renderer's 0.5 s budget, then plain text); without the bounds, a block of 5,000
headings took 5 s, 1,500 nested links 8 s, 10,000 nested lists ran out of stack."""

FUZZ_BOUND_S = 0.25
"""CPU time for one random document of a few KB (measured: at most 0.05 s)."""


def _shown(document: QTextDocument) -> str:
    """The text a reader sees, after laying out and painting the top of the document, which
    is when Qt would fetch images (the resource check needs it)."""
    document.setTextWidth(600)
    document.size()
    image = QImage(600, 800, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return document.toPlainText()


def assert_shows(case: Case, text: str, visible: str) -> None:
    visible = visible.replace("\u200b", "")  # the renderer's break opportunities in long runs
    if case.shows is not None:
        problem = in_order(case.shows(text), visible)
    else:
        problem = chars_in_order(content(text), visible)
    assert problem is None, problem


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_text_renders_in_bounded_time_shows_everything_and_loads_nothing(
        case: Case, qapp: QApplication) -> None:
    assert isinstance(qapp, QGuiApplication)
    text = case.make()
    render_cache_clear()
    started = time.thread_time()
    rendered = render(text)
    elapsed = time.thread_time() - started
    assert elapsed < RENDER_BOUND_S
    document = RecordingDocument()
    document.setHtml(rendered.html)
    visible = _shown(document)
    assert document.requests == []
    assert_shows(case, text, visible)
    if rendered.plain:
        assert PLAIN_NOTE in visible
    if len(rendered.html) < 3_000_000:  # the parser takes ~1 s a MB: the largest are plain
        assert_harmless(rendered)


def test_random_markdown_shows_every_word_and_loads_nothing(qapp: QApplication) -> None:
    assert isinstance(qapp, QGuiApplication)
    cases = fuzz_cases(300)
    formatted = 0
    for number, (text, words) in enumerate(cases):
        started = time.thread_time()
        rendered = render(text, dark=bool(number % 2))
        elapsed = time.thread_time() - started
        document = RecordingDocument()
        document.setHtml(rendered.html)
        visible = _shown(document)
        context = f"case {number}: {text[:2000]!r}"
        assert elapsed < FUZZ_BOUND_S, context
        assert document.requests == [], context
        assert in_order(words, visible) is None, (in_order(words, visible), context)
        assert_harmless(rendered)
        formatted += not rendered.plain
    assert formatted > 250  # mostly markdown: the generator nests too deep only now and then


# --- the limits, one by one --------------------------------------------------------------------

def _visible(rendered: Rendered) -> str:
    document = QTextDocument()
    document.setHtml(rendered.html)
    return document.toPlainText()


def test_nesting_up_to_the_limit_is_formatted_and_deeper_is_plain_text(
        qapp: QApplication) -> None:
    assert isinstance(qapp, QGuiApplication)
    for opener, tag in (("> ", "<blockquote>"), ("- ", "<ul>"), ("1. ", "<ol>")):
        at_limit = render(opener * MAX_NESTING + "deep")
        assert not at_limit.plain
        assert at_limit.html.count(tag) == MAX_NESTING
        deeper = render(opener * (MAX_NESTING + 1) + "deep")
        assert deeper.plain
        assert _visible(deeper).endswith(opener.strip() + " deep")
    indented = "".join("    " * level + "- item\n" for level in range(MAX_NESTING + 2))
    assert render(indented).plain


def test_code_blocks_do_not_count_towards_the_size_limit() -> None:
    code = "\n".join(f"print({number})" for number in range(MAX_MARKDOWN_CHARS // 8))
    rendered = render(f"Here:\n\n```python\n{code}\n```\n")
    assert not rendered.plain
    assert rendered.code_blocks == (code,)
    assert "<p>Here:</p>" in rendered.html


def test_a_long_message_is_formatted_a_part_at_a_time_and_only_an_oversized_block_is_plain(
        ) -> None:
    paragraph = "Some *text* with `code`, repeated to make a long answer. " * 4
    code = "\n\n```bash\nls -l\n```\n\n"
    huge = "word " * (MAX_MARKDOWN_CHARS // 5 + 100)  # one paragraph past the limit
    text = (paragraph + code) * 150 + huge + "\n\n" + (paragraph + code) * 150
    assert len(text) > 2 * MAX_MARKDOWN_CHARS
    rendered = render(text)
    assert rendered.plain
    assert rendered.html.count(PLAIN_NOTE) == 1  # only the oversized paragraph
    assert rendered.html.count("<em>text</em>") == 4 * 300
    # Copy links are numbered across the parts, each to its own block.
    links = [copy_block_index(href) for href in re.findall(r'href="([^"]+)"', rendered.html)]
    assert links == list(range(300))
    assert rendered.code_blocks == ("ls -l",) * 300


def test_tables_keep_extra_cells_and_a_table_past_the_cell_limit_is_plain() -> None:
    rendered = render("| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n")
    assert "<td>3</td><td>4</td>" in rendered.html
    columns = 10
    rows = MAX_TABLE_CELLS // columns + 1
    table = "|" + " x |" * columns + "\n|" + "---|" * columns + "\n" + (
        "|" + " y |" * columns + "\n") * rows
    assert render(table).plain
    assert not render(table.rsplit("\n", 3)[0]).plain  # two rows fewer: within the limit


def test_emphasis_loses_no_characters() -> None:
    """Python-Markdown 3.11.3 showed "*_a_ * *bcde*" as "*a * bce*" (found by the fuzz test)."""
    rendered = render("*_a_ * *bcde*")
    assert _visible(rendered) == "*a * bcde"


def test_a_render_past_its_budget_stops_and_shows_plain_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    headings = "".join(f"# heading {number}\n" for number in range(2_000))  # quadratic
    monkeypatch.setattr(rendering, "MAX_RENDER_BUDGET_S", 0.01)
    started = time.thread_time()
    assert render(headings).plain
    assert time.thread_time() - started < 0.2  # several seconds if it did not stop
    assert not render("# heading\n\nA *short* reply.").plain


def test_blocks_still_streaming_have_tighter_limits_except_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The size and cell limits are under test, not the CPU budget: a cold first render on a
    # busy CI machine must not turn the finished block plain.
    monkeypatch.setattr(rendering, "RENDER_BUDGET_S", 10.0)
    monkeypatch.setattr(rendering, "MAX_RENDER_BUDGET_S", 10.0)
    monkeypatch.setattr(rendering, "STREAMING_BUDGET_S", 10.0)
    render_cache_clear()
    items = "".join(f"- item {number}\n" for number in range(STREAMING_MAX_MARKDOWN_CHARS // 8))
    assert render(items, streaming=True).plain
    assert not render(items).plain
    code = "```python\n" + "print('hello')\n" * (STREAMING_MAX_MARKDOWN_CHARS // 10)
    assert not render(code, streaming=True).plain
    table = "| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * (STREAMING_MAX_TABLE_CELLS // 2 + 1)
    assert render(table, streaming=True).plain
    assert not render(table).plain


def test_lone_surrogates_show_as_replacement_characters_and_split_pairs_join() -> None:
    rendered = render("a\ud800b \ud83d\ude00")
    assert "a\ufffdb \U0001F600" in rendered.html
    rendered.html.encode()  # valid UTF-8: no lone surrogate left for Qt or a log to choke on


def test_plain_text_is_escaped_marked_and_keeps_its_lines() -> None:
    rendered = render_plain("<b>not bold</b> & more\n\n\n\n\nnext line\n", dark=True)
    assert rendered.plain and rendered.code_blocks == ()
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more\n\nnext line" in rendered.html
    assert PLAIN_NOTE in rendered.html and "<b>" not in rendered.html


def test_long_runs_get_invisible_break_opportunities() -> None:
    text = "x" * 255 + " " + "y" * 300
    broken = breakable(text)
    assert broken.replace("\u200b", "") == text
    assert broken.startswith("x" * 255 + " ")  # shorter runs are left alone
    assert [len(piece) for piece in broken.split(" ")[1].split("\u200b")] == [64] * 4 + [44]


def test_copy_links_are_retargeted_and_nothing_else_is() -> None:
    rendered = render("[site](https://example.com)\n\n```\na\n```\n\n```\nb\n```")
    body = link_code_blocks(rendered.html, lambda index: f"parla-code:7:{index + 3}")
    hrefs = re.findall(r'href="([^"]+)"', body)
    assert hrefs == ["https://example.com", "parla-code:7:3", "parla-code:7:4"]
    assert f"{COPY_SCHEME}:" not in body


def test_render_never_raises_even_when_markdown_fails(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(self: object, root: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(rendering._Sanitizer, "run", broken)
    monkeypatch.setattr(rendering, "_failure_logged", False)
    render_cache_clear()
    with caplog.at_level(logging.DEBUG, logger="app.core.rendering"):
        first = render("one <b>reply</b>")
        second = render("another reply")
    render_cache_clear()
    assert first.plain and second.plain
    assert "one &lt;b&gt;reply&lt;/b&gt;" in first.html
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None
