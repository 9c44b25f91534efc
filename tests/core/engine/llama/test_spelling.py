"""A prompt keeps the cached tokens' spelling only where they show exactly the same text."""

from __future__ import annotations

from app.core.engine.llama.spelling import reuse_spelling

# A toy vocabulary: several spellings of the same text, and the two halves of "é" (c3 a9).
PIECES = {1: b"<s>", 2: b"Par", 3: b"is", 4: b"Paris", 5: b".", 6: b"<end>", 7: b"\n",
          8: b"Q", 9: b"\xc3", 10: b"\xa9", 11: "é".encode(), 12: b"\xff", 13: b"x",
          14: "\ufffd".encode(), 15: b"", 16: b"Pa", 17: b"ris", 18: b"a\xc3", 19: b"a"}


def piece(token: int) -> bytes:
    return PIECES[token]


def test_a_reply_read_back_keeps_the_tokens_the_model_sampled() -> None:
    held = [1, 2, 3, 5]                # "<s>Paris." as sampled: "Par" "is" "."
    prompt = [1, 4, 5, 6, 7, 8]        # the tokenizer writes "Paris" as one token
    assert reuse_spelling(held, prompt, piece) == [1, 2, 3, 5, 6, 7, 8]


def test_the_same_tokens_come_back_unchanged() -> None:
    assert reuse_spelling([1, 4, 5], [1, 4, 5, 6, 8], piece) == [1, 4, 5, 6, 8]
    assert reuse_spelling([1, 4, 5, 6, 8], [1, 4, 5], piece) == [1, 4, 5]


def test_an_edited_reply_keeps_the_cached_spelling_only_up_to_the_edit() -> None:
    held = [1, 16, 17, 5, 13]          # "<s>Paris.x"
    prompt = [1, 2, 3, 8, 6]           # "<s>ParisQ<end>": same until after "Paris"
    assert reuse_spelling(held, prompt, piece) == [1, 16, 17, 8, 6]
    # Where no cut is common to both spellings, nothing is taken over.
    assert reuse_spelling([1, 16, 17], [1, 2, 13], piece) == [1, 2, 13]


def test_a_character_split_over_two_tokens_counts_as_the_character() -> None:
    held = [1, 9, 10, 5]               # "é" sampled as its two bytes
    prompt = [1, 11, 5, 6]
    assert reuse_spelling(held, prompt, piece) == [1, 9, 10, 5, 6]
    # Never a cut inside the character: "<s>" is all the two share here.
    assert reuse_spelling([1, 9, 13], [1, 11, 5], piece) == [1, 11, 5]
    # "a" and half of "é" in one token: the cut after "a" is inside the character there.
    assert reuse_spelling([1, 18, 10, 5], [1, 19, 11, 6], piece) == [1, 18, 10, 6]
    assert reuse_spelling([1, 18, 10, 5], [1, 19, 13], piece) == [1, 19, 13]


def test_bytes_the_reply_showed_as_a_replacement_character_are_kept() -> None:
    held = [1, 12, 13, 5]              # an invalid byte, shown as U+FFFD, then "x."
    prompt = [1, 14, 13, 5, 6]         # the stored text, tokenized: U+FFFD as UTF-8
    assert reuse_spelling(held, prompt, piece) == [1, 12, 13, 5, 6]


def test_a_token_that_shows_nothing_is_not_carried_past_the_cut() -> None:
    held = [1, 2, 3, 15]               # "Paris" then a token with no text
    prompt = [1, 4, 6]
    assert reuse_spelling(held, prompt, piece) == [1, 2, 3, 6]
