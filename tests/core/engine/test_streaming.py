from __future__ import annotations

from app.core.engine.streaming import StopScanner, TokenTextStream


def _run(scanner: StopScanner, chunks: list[str]) -> str:
    shown = "".join(scanner.feed(c) for c in chunks)
    return shown + scanner.flush()


def test_text_without_stop_strings_passes_through_unchanged() -> None:
    assert _run(StopScanner(["<|user|>"]), ["Hello", " wor", "ld"]) == "Hello world"


def test_a_stop_string_split_across_tokens_is_never_shown() -> None:
    scanner = StopScanner(["<|user|>"])
    shown = [scanner.feed(c) for c in ["Sure.", "\n<|", "us", "er|>", "more"]]
    assert "".join(shown) == "Sure.\n"
    assert scanner.stopped
    assert scanner.flush() == ""


def test_a_possible_stop_prefix_is_held_back_then_released() -> None:
    scanner = StopScanner(["<|user|>"])
    assert scanner.feed("a <|") == "a "
    assert scanner.feed("b") == "<|b"
    assert not scanner.stopped


def test_held_back_text_is_released_when_the_reply_ends_otherwise() -> None:
    scanner = StopScanner(["<|im_end|>"])
    assert scanner.feed("x <|im") == "x "
    assert scanner.flush() == "<|im"


def test_the_earliest_of_several_stop_strings_wins() -> None:
    assert _run(StopScanner(["<|endoftext|>", "<|user|>"]), ["ab<|user|>cd<|endoftext|>"]) == "ab"


def test_multibyte_characters_split_across_tokens_are_joined() -> None:
    stream = TokenTextStream([])
    encoded = "Grüße, café 😀".encode()
    pieces = [encoded[i : i + 1] for i in range(len(encoded))]
    shown = "".join(stream.feed(p) for p in pieces) + stream.finish()
    assert shown == "Grüße, café 😀"
    assert "\ufffd" not in shown


def test_an_invalid_byte_sequence_becomes_a_replacement_character() -> None:
    stream = TokenTextStream([])
    assert stream.feed(b"ok \xff") + stream.finish() == "ok \ufffd"
