"""When the engine saves and restores chats' KV cache (the snapshot files: snapshots.py).

The live KV cache holds one chat. Before a prompt that does not continue it (another chat,
an API request, a text completion) overwrites it, llama.cpp writes that chat's state to a
snapshot file, on the engine thread (about 0.2 s for a 2,300-token chat of StableLM 2 1.6B,
into the page cache); the store's writer thread then checks and seals it. A prompt whose
start a snapshot holds better than the live cache gets that snapshot restored, so only the
rest is evaluated. Opening a chat in the app (``expect``) does both ahead, while the user
types. A system prompt met for the first time since loading is evaluated on its own once and
saved too, so the first chat after a restart skips it. When the model is unloaded (on
quitting too) the live chat is written, so a restart finds it. A chat is not written after
every reply: a long one would write hundreds of megabytes each time.

Engine thread only, like the ``Llama`` it works on.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
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
        self._saved: bool | None = None
        """Whether the live chat's state, as the KV cache holds it, is in its file (None:
        not tried yet; False: that failed, and is not tried again until the next reply)."""

    def prepare(self, llama: Any, prompt: Sequence[int], conversation: str | None,
                system_prefix: Callable[[], Sequence[int]] | None = None) -> None:
        """Get the KV cache ready for ``prompt``: save the live chat if the prompt would
        overwrite it, then restore the best snapshot, or evaluate and save the system prompt
        if nothing holds it yet (``system_prefix``: the tokens of the system prompt with
        the start of a user turn; what they share with ``prompt`` is saved)."""
        with self._falling_back(llama, "Snapshots skipped for this reply"):
            held = adapter.cached_prefix(llama, prompt)
            if self.live is not None and conversation != self.live and held < llama.n_tokens:
                self._save_live(llama)
            snapshot = self.store.best(prompt, held)
            restored = snapshot is not None and self._restore(llama, snapshot)
            if not restored and system_prefix is not None:
                self._save_system_prompt(llama, prompt, 0 if snapshot else held,
                                         system_prefix)
        # Until this reply ends well, the live cache is nobody's saved state.
        self.finished(None)

    def expect(self, llama: Any, conversation: str | None) -> None:
        """The user opened ``conversation`` (None: a new chat): save the live chat and
        restore ``conversation``'s snapshot now, while they read and type, so that their
        next message is read as if the chat had never left the KV cache. A live chat that
        could not be saved is kept in the KV cache rather than lost for a hint."""
        with self._falling_back(llama, f"Could not get {conversation} ready"):
            if conversation is not None and conversation == self.live:
                return
            if self.live is not None and not self._save_live(llama):
                return
            if conversation is None:
                return
            tokens = self.store.tokens_of(conversation)
            if len(tokens) - adapter.cached_prefix(llama, tokens) < MIN_GAIN:
                return  # nothing saved, or the KV cache holds it already
            if (snapshot := self.store.get(conversation)) is None:
                return
            if self._restore(llama, snapshot):
                self.live, self._saved = conversation, True  # the KV cache holds its file
            else:
                self.finished(None)

    @contextlib.contextmanager
    def _falling_back(self, llama: Any, what: str) -> Iterator[None]:
        """A save or restore that fails midway (a file, llama.cpp) leaves the KV cache empty
        and nobody's: the next prompt is then read whole, never a failed reply for it."""
        try:
            yield
        except (OSError, RuntimeError, ValueError) as exc:
            log.warning("%s: %s", what, exc)
            adapter.keep_prefix(llama, 0)
            self.finished(None)

    def _restore(self, llama: Any, snapshot: Snapshot) -> bool:
        """Put ``snapshot`` in the KV cache; one llama.cpp refuses is deleted (the cache is
        then empty)."""
        started = time.perf_counter()
        if adapter.restore_sequence(llama, snapshot.tokens, snapshot.path):
            log.info("Restored %s (%d tokens) in %.3f s", snapshot.owner, len(snapshot.tokens),
                     time.perf_counter() - started)
            return True
        log.warning("llama.cpp refused the snapshot of %s; its tokens are read instead",
                    snapshot.owner)
        self.store.discard(snapshot.owner)
        return False

    def finished(self, conversation: str | None) -> None:
        """A reply to ``conversation`` ended: the live cache is now its state."""
        self.live = conversation
        self._saved = None

    def forget(self, conversation: str) -> None:
        if self.live == conversation:
            self.finished(None)
        self.store.forget(conversation)

    def close(self, llama: Any) -> None:
        """Before the model is unloaded: write the live chat, finish sealing the files."""
        try:
            if self.live is not None:
                self._save_live(llama)
        finally:
            self.store.close()

    def _save_live(self, llama: Any) -> bool:
        """Write the live chat's state unless it was (or failed to be); whether it is
        written."""
        assert self.live is not None
        if self._saved is None:
            self._saved = self._save(llama, self.live, adapter.held_tokens(llama))
        return self._saved

    def _save(self, llama: Any, owner: str, tokens: Sequence[int]) -> bool:
        started = time.perf_counter()
        size = adapter.sequence_size(llama)
        if not self.store.save(owner, tokens, size,
                               lambda path: adapter.save_sequence(llama, path, tokens)):
            return False
        log.info("Wrote the state of %s (%d tokens, %d MB) in %.3f s", owner, len(tokens),
                 size >> 20, time.perf_counter() - started)
        return True

    def _save_system_prompt(self, llama: Any, prompt: Sequence[int], held: int,
                            system_prefix: Callable[[], Sequence[int]]) -> None:
        probe = system_prefix()
        prefix = list(prompt[:shared_prefix(probe, prompt)])
        if len(prefix) < MIN_GAIN or held >= len(prefix):
            return
        owner = PREFIX + hashlib.sha256(str(prefix).encode()).hexdigest()[:16]
        adapter.keep_prefix(llama, held)
        llama.eval(prefix[held:])
        self._save(llama, owner, prefix)
