"""Core messages: English by default, translated templates, numbers for the reader."""

from __future__ import annotations

import pytest

from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError

TEMPLATE = QT_TRANSLATE_NOOP("core", "{file} needs {size} bytes, {speed} tokens/s.")
GERMAN = {TEMPLATE: "{file} braucht {size} Bytes, {speed} Token/s."}


def german_number(value: int | float) -> str:
    return f"{value:,}".replace(",", " ").replace(".", ",").replace(" ", ".")


def test_the_english_sentence_writes_numbers_with_thousands_separators() -> None:
    message = Message(TEMPLATE, file="a.gguf", size=1234567, speed=25.28)
    assert str(message) == "a.gguf needs 1,234,567 bytes, 25.28 tokens/s."
    assert message.render() == str(message)


def test_a_translation_gets_the_arguments_and_the_readers_numbers() -> None:
    message = Message(TEMPLATE, file="a.gguf", size=1234567, speed=25.28)
    assert message.render(lambda t: GERMAN.get(t, t), german_number) == (
        "a.gguf braucht 1.234.567 Bytes, 25,28 Token/s.")


def test_text_arguments_and_flags_are_not_numbers() -> None:
    message = Message("{name} {flag} {version}", name="1234", flag=True, version="3")
    assert message.render(lambda t: t, lambda _value: "NUMBER") == "1234 True 3"


def test_a_nested_message_is_rendered_in_the_same_language() -> None:
    reason = Message("The file is {size} bytes.", size=2048)
    outer = Message("Could not load it: {reason}", reason=reason)
    translations = {"The file is {size} bytes.": "Die Datei hat {size} Bytes.",
                    "Could not load it: {reason}": "Laden fehlgeschlagen: {reason}"}
    assert str(outer) == "Could not load it: The file is 2,048 bytes."
    assert outer.render(lambda t: translations.get(t, t), german_number) == (
        "Laden fehlgeschlagen: Die Datei hat 2.048 Bytes.")


@pytest.mark.parametrize("broken", ["{datei} braucht {size}", "{file braucht", "{0} braucht"])
def test_a_broken_translation_falls_back_to_english(broken: str) -> None:
    message = Message(TEMPLATE, file="a.gguf", size=1, speed=2.5)
    translations = {TEMPLATE: broken}
    assert message.render(lambda t: translations.get(t, t)) == (
        "a.gguf needs 1 bytes, 2.5 tokens/s.")


def test_a_user_error_is_the_english_sentence_and_keeps_its_message() -> None:
    message = Message(TEMPLATE, file="a.gguf", size=10, speed=1.5)
    error = UserError(message)
    assert str(error) == "a.gguf needs 10 bytes, 1.5 tokens/s."
    assert error.message is message


def test_plain_text_from_elsewhere_is_shown_as_it_is_even_with_braces() -> None:
    error = UserError("unexpected {token} in {")
    assert str(error) == "unexpected {token} in {"
    assert error.message.render(lambda t: t) == "unexpected {token} in {"
