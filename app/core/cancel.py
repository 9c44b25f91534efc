"""Cancellation, one way for all background work: a flag set from any thread.

Work that can be stopped (a reply, a download, a hash, a measurement) polls a
``CancelToken`` between steps and raises ``Cancelled`` when it is set; nothing
is ever killed. A reply that was stopped is not an error: the engine returns it
with ``StopReason.CANCELLED`` and keeps its text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


class Cancelled(Exception):  # noqa: N818 - reads as "raise Cancelled"
    """The work was stopped on request; what was already done stays as it is."""


@dataclass
class CancelToken:
    """Set from any thread; the worker checks it between steps."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the token is set."""
        if self._event.is_set():
            raise Cancelled

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking early on cancel; True if cancelled."""
        return self._event.wait(seconds)
