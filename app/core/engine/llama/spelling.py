"""A prompt spelled with the tokens the KV cache already holds, where they spell the same text.

A reply is stored as text. Read back inside the next prompt, that text is tokenized again,
and the tokenizer's spelling need not be the one the model sampled ("Par" + "is" where the
tokenizer writes "Paris", or bytes of a character the stream showed as U+FFFD). Then the
prompt's tokens part from the cache's (live or a snapshot's) at the start of the reply, and
llama.cpp reads the whole reply again, and everything after it: on a returning chat, most of
the history. So the prompt keeps the cache's tokens as far as they show exactly the same
text, decoded as the reply stream decodes them (UTF-8, invalid bytes replaced), and the
tokenizer's own tokens after that. Only a cut where neither spelling splits a character
counts, so both halves decode as the whole does.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Sequence

from app.core.engine.llama.snapshots import shared_prefix

Piece = Callable[[int], bytes]
"""A token's bytes, special tokens written out as the chat template writes them."""


def _spell(tokens: Sequence[int], piece: Piece) -> tuple[str, dict[int, int]]:
    """The text ``tokens`` show, and at each character offset where no character is split
    the fewest tokens before it (a token that shows nothing belongs to what follows)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parts: list[str] = []
    length = 0
    cuts = {0: 0}
    for count, token in enumerate(tokens, 1):
        text = decoder.decode(piece(token))
        parts.append(text)
        length += len(text)
        if not decoder.getstate()[0] and length not in cuts:
            cuts[length] = count
    return "".join(parts), cuts


def reuse_spelling(known: Sequence[int], canonical: Sequence[int], piece: Piece) -> list[int]:
    """``canonical`` (the tokenizer's tokens for a prompt), with its beginning spelled as in
    ``known`` (tokens the KV cache holds) for as long as both show the same text."""
    same = shared_prefix(known, canonical)
    if same == len(known) or same == len(canonical):
        return list(canonical)  # nothing more of ``known`` could be reused
    known_text, known_cuts = _spell(known, piece)
    text, cuts = _spell(canonical, piece)
    common = len(os.path.commonprefix([known_text, text]))  # noqa: RUF071 (text, not paths)
    offset = max(at for at in known_cuts if at <= common and at in cuts)
    if known_cuts[offset] <= same:
        return list(canonical)
    return [*known[:known_cuts[offset]], *canonical[cuts[offset]:]]
