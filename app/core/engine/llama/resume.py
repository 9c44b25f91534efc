"""When the engine saves and restores chats' KV cache (the snapshots themselves: snapshots.py).

The live KV cache holds one chat. Before a prompt that does not continue it (another chat,
an API request, a text completion) overwrites it, that chat's state is saved: in memory, and
to disk by the store's writer thread. A prompt whose start a snapshot holds better than the
live cache gets that snapshot restored, so only the rest is evaluated. A system prompt met
for the first time since loading is evaluated on its own once and saved too, so the first
chat after a restart skips it. The live chat is copied to memory when the engine is idle
(``persist``), so a switch costs no copy, and written to disk when it is switched away
from or the model is unloaded (on quitting too), so a restart finds it: a long chat is not
written again after every reply.

Engine thread only, like the ``Llama`` it works on.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from app.core.engine.llama import adapter
from app.core.engine.llama.snapshots import (
    MIN_GAIN,
    PREFIX,
    Snapshot,
    SnapshotStore,
    shared_prefix,
)

log = logging.getLogger(__name__)


class ChatStates:
    """The engine's snapshots and which conversation the live KV cache holds."""

    def __init__(self, store: SnapshotStore) -> None:
        self.store = store
        self.live: str | None = None
        """The conversation whose state the KV cache holds (None: none, or not a chat's)."""
        self._copied: Snapshot | None = None
        """The live chat's state as copied to memory since its last reply; None: not yet."""
        self._written = False
        """That copy is queued for the disk."""

    def prepare(self, llama: Any, prompt: Sequence[int], conversation: str | None,
                system_prefix: Callable[[], Sequence[int]] | None = None) -> None:
        """Get the KV cache ready for ``prompt``: save the live chat if the prompt would
        overwrite it, then restore the best snapshot, or evaluate and save the system prompt
        if nothing holds it yet (``system_prefix``: the tokens of the system prompt with
        the start of a user turn; what they share with ``prompt`` is saved)."""
        held = adapter.cached_prefix(llama, prompt)
        if self.live is not None and conversation != self.live and held < llama.n_tokens:
            self._save_live(llama, disk=True)  # copied already while idle, as a rule
        started = time.perf_counter()
        if (snapshot := self.store.best(prompt, held)) is not None:
            if adapter.restore_sequence(llama, snapshot.tokens, snapshot.data):
                log.info("Restored %s: %d of the prompt's %d tokens in %.3f s", snapshot.owner,
                         adapter.cached_prefix(llama, prompt), len(prompt),
                         time.perf_counter() - started)
                return
            log.warning("llama.cpp refused the snapshot of %s; reading the prompt instead",
                        snapshot.owner)
            self.store.forget(snapshot.owner)
            held = 0
        if system_prefix is not None:
            self._save_system_prompt(llama, prompt, held, system_prefix)

    def finished(self, conversation: str | None) -> None:
        """A reply to ``conversation`` ended: the live cache is now its state."""
        self.live = conversation
        self._copied, self._written = None, False

    def persist(self, llama: Any) -> None:
        """Copy the live chat's state to memory if its last reply changed it."""
        if self.live is not None:
            self._save_live(llama, disk=False)

    def forget(self, conversation: str) -> None:
        if self.live == conversation:
            self.finished(None)
        self.store.forget(conversation)

    def close(self, llama: Any) -> None:
        """Before the model is unloaded: write the live chat to disk, finish writing."""
        try:
            if self.live is not None:
                self._save_live(llama, disk=True)
        finally:
            self.store.close()

    def _save_live(self, llama: Any, *, disk: bool) -> None:
        assert self.live is not None
        if self._copied is None:
            started = time.perf_counter()
            data = adapter.save_sequence(llama)
            if data is None:
                return
            self._copied = Snapshot(self.live, adapter.held_tokens(llama), data)
            self.store.put(self._copied, disk=False)
            log.info("Copied the state of %s (%d MB) in %.3f s", self.live, len(data) >> 20,
                     time.perf_counter() - started)
        if disk and not self._written:
            self.store.save(self._copied)
            self._written = True

    def _save_system_prompt(self, llama: Any, prompt: Sequence[int], held: int,
                            system_prefix: Callable[[], Sequence[int]]) -> None:
        probe = system_prefix()
        prefix = list(prompt[:shared_prefix(probe, prompt)])
        if len(prefix) < MIN_GAIN or held >= len(prefix):
            return
        owner = PREFIX + hashlib.sha256(str(prefix).encode()).hexdigest()[:16]
        adapter.keep_prefix(llama, held)
        llama.eval(prefix[held:])
        data = adapter.save_sequence(llama)
        if data is not None:
            self.store.put(Snapshot(owner, tuple(prefix), data))
            log.info("Saved the system prompt's state (%d tokens)", len(prefix))

