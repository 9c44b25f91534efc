"""Model output that breaks markdown renderers, and how to tell that the reader still sees it.

Shared by the renderer's tests (tests/core/test_rendering_hostile.py) and the chat view's
(tests/ui/test_chat_view_hostile.py): deep nesting, long runs, odd characters, and a seeded
generator of random markdown whose every word must stay visible.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random


@dataclass(frozen=True)
class Case:
    """One hostile text, and what a reader must see of it however it is shown (formatted,
    plain, or partly each): ``shows`` gives those strings, in order; by default every
    letter, digit and symbol of the text, in order, for texts where markdown hides none."""

    name: str
    make: Callable[[], str]
    shows: Callable[[str], list[str]] | None = field(default=None)


def _lines(count: int, line: Callable[[int], str]) -> str:
    return "".join(line(i) for i in range(count))


def _repeat(text: str, times: int) -> Callable[[], str]:
    return lambda: text * times


def _references(text: str) -> list[str]:
    """The names of the references in the first paragraph (whether their definitions
    resolve them or not, the names show)."""
    return re.findall(r"\[(r\d+)\]", text.partition("\n\n")[0])


FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"
FLAG = "\U0001F1FA\U0001F1F3"  # regional indicators
ENTITIES = "&#x1F600;&amp;&#65;&#xD800;&#0;&#x110000;&nbsp;&#99999999999;&unknown;"

CASES = [
    # deep nesting
    Case("quotes x10000", lambda: ">" * 10_000 + " deep"),
    Case("quote per line x300", lambda: _lines(300, lambda i: ">" * (i + 1) + f" q{i}\n")),
    Case("lists x5000", lambda: "- " * 5_000 + "deep"),
    Case("ordered lists x5000", lambda: "1. " * 5_000 + "deep"),
    Case("indented lists x200", lambda: _lines(200, lambda i: "    " * i + f"- item{i}\n")),
    Case("quoted lists x2000", lambda: "> - " * 2_000 + "deep"),
    Case("links nested x3000", lambda: "[" * 3_000 + "x" + "](https://e.example)" * 3_000,
         lambda text: ["x"]),  # addresses are hidden when formatted
    Case("strong nested x3000", lambda: "**" * 3_000 + "x" + "**" * 3_000),
    # runs of one character
    *(Case(f"{char} x100000", _repeat(char, 100_000)) for char in "[(*_`"),
    Case("[a]( x20000", lambda: "[a](" * 20_000),
    Case("backslashes x100000", lambda: "\\" * 100_000),
    Case("< x100000", lambda: "<" * 100_000),
    # long text
    Case("2 MB line", lambda: "lorem *ipsum* `dolor` [sit](https://e.example) amet " * 40_000,
         lambda text: re.findall("lorem|ipsum|dolor|sit|amet", text)),
    Case("200000 newlines", lambda: "start" + "\n" * 200_000 + "end"),
    Case("50000-line code block", lambda: "```python\n" + _lines(50_000, lambda i: f"x{i} = {i}\n")
         + "```\n"),
    Case("unclosed 50000-line fence", lambda: "~~~\n" + _lines(50_000, lambda i: f"line {i}\n")),
    Case("headings in one block x5000", lambda: _lines(5_000, lambda i: f"# h{i}\n")),
    Case("rules in one block x5000", lambda: _lines(5_000, lambda i: f"p{i}\n---\n")),
    Case("list items x20000", lambda: _lines(20_000, lambda i: f"- item {i} with `code`\n")),
    # markup that is not markdown
    Case("unbalanced HTML", lambda: "<div><span><b><i><table><tr><td>" * 5_000 + "text"
         + "</p></table></script>" * 5_000),
    # What is not a character reference shows as it is, formatted or not.
    Case("entities x5000", lambda: ENTITIES * 5_000,
         lambda text: ["&unknown;"] * text.count("&unknown;")),
    Case("entity paragraphs x500", lambda: (ENTITIES + "\n\n") * 500,
         lambda text: ["&unknown;"] * text.count("&unknown;")),
    # characters
    Case("control characters", lambda: "".join(map(chr, [*range(32), *range(0x7F, 0xA0)]))
         * 1_000 + "visible"),
    Case("lone surrogates", lambda: "a\ud800b\udfffc\udbff d" * 10_000 + "\ud83d\ude00"),
    Case("right-to-left marks", lambda: "\u202e\u200f\u202b\u2067 abc \u202c\u2069\u200e" * 10_000
         + "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"),
    Case("combining flood", lambda: "a" + "\u0301" * 100_000 + " b"),
    Case("zalgo", lambda: "".join(c + "\u0336\u0337\u0334\u0335" * 12 for c in "hello " * 2_000)),
    Case("emoji ZWJ sequences", lambda: (FAMILY + FLAG + "\U0001F44D\U0001F3FD ") * 20_000),
    # markdown at scale
    Case("one 350 KB word", lambda: "ab<cd>ef&gh\\[i]" * 25_000),
    Case("one 1 MB line of code", lambda: "```\n" + "x" * 1_000_000 + "\n```"),
    Case("table 2000x20", lambda: "|" + "|".join(f"h{i}" for i in range(20)) + "|\n|"
         + "---|" * 20 + "\n" + _lines(2_000, lambda r: "|" + "|".join(
             f"r{r}c{c}" for c in range(20)) + "|\n")),
    Case("table 10000 columns", lambda: "|" + "a|" * 10_000 + "\n|" + "-|" * 10_000 + "\n|"
         + "b|" * 10_000 + "\n"),
    Case("table 100x10", lambda: "|" + "|".join(f"h{i}" for i in range(10)) + "|\n|"
         + "---|" * 10 + "\n" + _lines(100, lambda r: "|" + "|".join(
             f"r{r}c{c}" for c in range(10)) + "|\n")),
    Case("reference definitions x1000", lambda: ", ".join(f"[r{i}]" for i in range(1_000))
         + "\n\n" + _lines(1_000, lambda i: f"[r{i}]: https://e.example/{i}\n"),
         _references),
    # Longer than the renderer takes in one piece: the references and their definitions end
    # up in different pieces, and the definitions past the size limit are shown as text.
    Case("reference definitions x10000", lambda: ", ".join(f"[r{i}]" for i in range(10_000))
         + "\n\n" + _lines(10_000, lambda i: f"[r{i}]: https://e.example/{i}\n"),
         _references),
]


# --- what the reader sees ----------------------------------------------------------------------

def valid_unicode(text: str) -> str:
    """``text`` as Qt shows it: surrogate pairs joined, lone surrogates as U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_SYNTAX = frozenset(string.punctuation)


def content(text: str) -> str:
    """What markdown can never hide: all but whitespace, ASCII punctuation (its syntax) and
    control characters (which Qt and the markdown library may drop)."""
    return "".join(char for char in valid_unicode(text)
                   if not char.isspace() and char not in _SYNTAX
                   and unicodedata.category(char) != "Cc")


def squeeze(text: str) -> str:
    """``text`` without whitespace, which formatting and Qt both reflow."""
    return "".join(text.split())


def in_order(needles: list[str], haystack: str) -> str | None:
    """None if each needle occurs in ``haystack`` after the one before it, else the first
    needle that does not (with what came before it)."""
    position = 0
    for number, needle in enumerate(needles):
        found = haystack.find(needle, position)
        if found < 0:
            return f"{needle[:80]!r} (needle {number}) not found after {position}"
        position = found + len(needle)
    return None


def chars_in_order(needle: str, haystack: str) -> str | None:
    """None if every character of ``needle`` occurs in ``haystack`` in order."""
    position = 0
    for start in range(0, len(needle), 200):
        chunk = needle[start:start + 200]
        found = haystack.find(chunk, position)
        if found >= 0:
            position = found + len(chunk)
            continue
        for offset, char in enumerate(chunk):
            position = haystack.find(char, position) + 1
            if not position:
                return f"{char!r} at {start + offset} of {needle[max(0, start - 40):start + 80]!r}"
    return None


# --- random markdown ----------------------------------------------------------------------------

# Noise never contains "(" or ":", so it cannot turn a word into a link address or a reference
# definition, nor "|", so it never makes a table. Runs of it have no "`" or "~" either, which
# could open a code fence whose info string (shown as one word) would take the words after it.
NOISE_RUN = ("*", "_", "[", "]", ")", "<", ">", "!", "&", "#", "\\", "-", "+", "=", "&#",
             "&amp;", ";", "\u0301", "\u200d", "\u202e", "\u200f", "\x00", "\x1b", "\ud800",
             "\U0001F600", "\t", "  \n", "\n", "***", "___", "<b>", "</div>", "<!--", "-->")
NOISE = (*NOISE_RUN, "`", "~")
URLS = ("https://example.com/a?b=1&c=2", "http://e.example", "mailto:a@e.example",
        "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "qrc:/x.png")


class MarkdownFuzz:
    """Random markdown from a seed, and the words in it that any rendering must show."""

    def __init__(self, seed: int) -> None:
        self.random = Random(seed)
        self.words: list[str] = []
        self.references: list[str] = []

    def document(self) -> str:
        blocks = [self.block(depth=0) for _ in range(self.random.randint(1, 8))]
        blocks += [f"[ref{index}]: {self.random.choice(URLS)}" for index in self.references]
        separators = ["\n\n", "\n\n", "\n\n", "\n", "\n\n\n"]
        return "".join(block + self.random.choice(separators) for block in blocks).rstrip(
            "\n" if self.random.random() < 0.5 else "")

    def word(self) -> str:
        word = f"w{len(self.words)}q"
        self.words.append(word)
        return word

    def inline(self, length: int = 8) -> str:
        parts = []
        for _ in range(self.random.randint(1, length)):
            kind = self.random.random()
            if kind < 0.45:
                parts.append(self.word())
            elif kind < 0.65:
                parts.append(self.random.choice(NOISE) + " ")
            elif kind < 0.72:
                mark = self.random.choice(["*", "_", "**", "__", "***", "~~"])
                parts.append(f"{mark}{self.word()}{mark}")
            elif kind < 0.78:
                parts.append(f"`{self.word()}`")
            elif kind < 0.85:
                parts.append(f"[{self.inline(3)}]({self.random.choice(URLS)})")
            elif kind < 0.88:
                parts.append(f"![{self.word()}]({self.random.choice(URLS)})")
            elif kind < 0.92:
                index = len(self.references)
                self.references.append(str(index))
                parts.append(f"[{self.word()}][ref{index}]")
            elif kind < 0.95:
                parts.append(f"<{self.random.choice(URLS[:2])}>")
            else:
                parts.append("".join(self.random.choice(NOISE_RUN) for _ in range(5)))
            parts.append(self.random.choice([" ", " ", "", "\n"]))
        return "".join(parts).strip("\n")

    def cell(self) -> str:
        pattern = self.random.choice(["{}", "*{}*", "**{}**", "{} {}"])
        return pattern.format(*(self.word() for _ in range(pattern.count("{}"))))

    def block(self, depth: int) -> str:  # noqa: PLR0911 - one return per kind of block
        kind = self.random.random() if depth < 6 else 0.0
        if kind < 0.3:
            return self.inline(12)
        if kind < 0.4:
            return "#" * self.random.randint(1, 7) + " " + self.inline(4)
        if kind < 0.55:
            indent = "   " if self.random.random() < 0.5 else "    "
            items = []
            for number in range(self.random.randint(1, 4)):
                marker = self.random.choice(["-", "*", "+", f"{number + 1}.", f"{number + 1})"])
                body = self.block(depth + 1).replace("\n", "\n" + indent)
                items.append(f"{marker} {body}")
            return "\n".join(items)
        if kind < 0.65:
            return "> " + self.block(depth + 1).replace("\n", "\n> ")
        if kind < 0.75:
            fence = self.random.choice(["```", "~~~", "````"])
            language = self.random.choice(["", "python", "bash", "nosuchlanguage", "{.js}"])
            code = "\n".join(" ".join(self.word() for _ in range(self.random.randint(0, 4)))
                             for _ in range(self.random.randint(0, 5)))
            closing = fence if self.random.random() < 0.8 else ""
            return f"{fence}{language}\n{code}\n{closing}".rstrip("\n")
        if kind < 0.8:
            return "\n".join("    " + self.word() for _ in range(self.random.randint(1, 3)))
        if kind < 0.87:
            columns = self.random.randint(1, 4)
            rows = [" | ".join(self.cell() for _ in range(columns))
                    for _ in range(self.random.randint(1, 4))]
            rule = "|".join(self.random.choice(["---", ":--", "--:", ":-:"])
                            for _ in range(columns))
            return f"| {rows[0]} |\n|{rule}|\n" + "\n".join(f"| {row} |" for row in rows[1:])
        if kind < 0.92:
            return self.inline(4) + "\n" + self.random.choice(["===", "---"])
        if kind < 0.95:
            return self.random.choice(["---", "***", "___", "- - -"])
        if kind < 0.99:
            return "".join(self.random.choice(NOISE) for _ in range(self.random.randint(1, 40)))
        # deeper than the renderer formats
        return "> " * self.random.randint(30, 40) + self.inline(3).replace("\n", " ")


def fuzz_cases(count: int, seed: int = 2024) -> list[tuple[str, list[str]]]:
    """``count`` random documents, each with the words it must show, in order."""
    cases = []
    for number in range(count):
        fuzz = MarkdownFuzz(seed * 100_003 + number)
        text = fuzz.document()
        cases.append((text, fuzz.words))
    return cases
