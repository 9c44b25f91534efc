"""Sentences for the user that the core makes, in a form the UI can translate.

The core has no widgets and no translator, yet its errors and notices (a broken
model file, a dropped download, a context overflow) must reach a German user in
German. So the core never builds the final sentence: it returns a ``Message``,
an English template marked for Qt Linguist plus its arguments. The UI renders it
with ``app.ui.i18n.text()`` in the interface language; the CLI prints
``str(message)``, which is the English sentence.

Templates are marked with ``QT_TRANSLATE_NOOP("core", "...")`` (a plain
function here, so the core does not import Qt) so that ``make lupdate`` finds
them. Arguments are named ``{name}`` placeholders, kept as they are by every
translation (a test checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "core"
"""The Qt Linguist context of every core message."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def _identity(text: str) -> str:
    return text


class Message:
    """A sentence for the user: an English template and its arguments."""

    __slots__ = ("args", "template")

    def __init__(self, template: str, /, **args: Any) -> None:
        self.template = template
        self.args = args

    def render(self, translate: Callable[[str], str] = _identity) -> str:
        """The sentence with ``translate`` applied to the template (default: English)."""
        translated = translate(self.template)
        try:
            return translated.format(**self.args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            try:
                return self.template.format(**self.args)
            except (KeyError, IndexError, ValueError):
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
