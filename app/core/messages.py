"""Sentences for the user that the core makes, in a form the UI can translate.

The core has no widgets and no translator, yet its errors and notices (a broken
model file, a dropped download, a context overflow) must reach a German user in
German. So the core never builds the final sentence: it returns a ``Message``,
an English template marked for Qt Linguist plus its arguments. The UI renders it
with ``app.ui.i18n.text()`` in the interface language; the CLI prints
``str(message)``, which is the English sentence.

Templates are marked with ``QT_TRANSLATE_NOOP("core", "...")`` (a plain
function here, so the core does not import Qt) so that ``make lupdate`` finds
them; lupdate reads the call itself, so the template must be a string literal
(adjacent literals are fine) written inside the call. Arguments are named
``{name}`` placeholders, kept as they are by every translation (a test checks
it). Pass numbers as numbers, without a format spec: the renderer writes them
the way the reader's language does (``1,234.5`` in English, ``1.234,5`` in
German); round them first where the digits do not matter. An argument may
itself be a ``Message`` (a reason inside a sentence); it is rendered in the same
language.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

CONTEXT = "core"
"""The Qt Linguist context of every core message."""


# The name is the one lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def _identity(text: str) -> str:
    return text


def english_number(value: int | float) -> str:
    """``1,234`` and ``25.28``: how the English sentence writes a number."""
    return f"{value:,}"


class _Formatter(string.Formatter):
    """``str.format`` that writes numbers and nested messages for the reader's language."""

    def __init__(self, translate: Callable[[str], str],
                 number: Callable[[int | float], str]) -> None:
        self.translate = translate
        self.number = number

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.render(self.translate, self.number), format_spec)
        if (not format_spec and isinstance(value, int | float)
                and not isinstance(value, bool)):
            return self.number(value)
        return format(value, format_spec)


class Message:
    """A sentence for the user: an English template and its arguments."""

    __slots__ = ("args", "template")

    def __init__(self, template: str, /, **args: Any) -> None:
        self.template = template
        self.args = args

    def render(self, translate: Callable[[str], str] = _identity,
               number: Callable[[int | float], str] = english_number) -> str:
        """The sentence with ``translate`` applied to the template and ``number`` to the
        numbers among the arguments (default: English)."""
        formatter = _Formatter(translate, number)
        for template in (translate(self.template), self.template):
            try:
                return formatter.vformat(template, (), self.args)
            except (KeyError, IndexError, ValueError, AttributeError, TypeError):
                # A broken translation must never hide the message: fall back to English.
                continue
        return self.template

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.args!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.template == self.template
                and other.args == self.args)

    def __hash__(self) -> int:
        return hash(self.template)


class UserError(Exception):
    """A failure the user should read: ``message`` says what happened and what to do.

    ``str(error)`` is the English sentence (for logs and the CLI); the UI shows
    ``error.message`` in the interface language.
    """

    def __init__(self, message: Message | str) -> None:
        if not isinstance(message, Message):  # text that is not a template (e.g. from a library)
            message = Message(message.replace("{", "{{").replace("}", "}}"))
        self.message = message
        super().__init__(str(self.message))
