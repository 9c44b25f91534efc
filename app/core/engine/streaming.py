"""Turning a stream of token bytes into text that is safe to show as it arrives.

Two things must not reach the screen: half of a multi-byte character (a token
can end inside one) and the beginning of a stop string such as ``<|user|>``
that the model spells out as plain text. Both are held back until resolved.
Each step costs the same however long the reply is.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable


class StopScanner:
    """Feeds text through, cutting it at the first stop string."""

    def __init__(self, stops: Iterable[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._pending = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """Return the text that can be shown now; sets ``stopped`` at a stop string."""
        if self.stopped:
            return ""
        buffer = self._pending + text
        hits = [i for i in (buffer.find(s) for s in self._stops) if i >= 0]
        if hits:
            self.stopped = True
            self._pending = ""
            return buffer[: min(hits)]
        hold = self._held_suffix(buffer)
        self._pending = buffer[len(buffer) - hold :]
        return buffer[: len(buffer) - hold]

    def flush(self) -> str:
        """The text held back when the reply ends for another reason."""
        rest, self._pending = self._pending, ""
        return "" if self.stopped else rest

    def _held_suffix(self, buffer: str) -> int:
        """Length of the longest end of ``buffer`` that could begin a stop string."""
        longest = 0
        for stop in self._stops:
            for size in range(min(len(stop) - 1, len(buffer)), longest, -1):
                if buffer.endswith(stop[:size]):
                    longest = size
                    break
        return longest


class TokenTextStream:
    """Bytes of each token in, displayable text out."""

    def __init__(self, stops: Iterable[str]) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._scanner = StopScanner(stops)

    @property
    def stopped(self) -> bool:
        return self._scanner.stopped

    def feed(self, piece: bytes) -> str:
        return self._scanner.feed(self._decoder.decode(piece))

    def finish(self) -> str:
        return self._scanner.feed(self._decoder.decode(b"", final=True)) + self._scanner.flush()
