"""Saved llama.cpp sequence states, so that a chat resumes without reading its history again.

Returning to a chat of 2,000 tokens meant evaluating all of them again (about 20 s on two
cores) whenever the KV cache held another chat, and after every restart. A snapshot is the
KV cells of llama.cpp's sequence 0 (``llama_state_seq_get_data``: only the cells in use, not
the whole context) with the tokens they hold. Snapshots live in memory (the last few) and on
disk (a size budget, least recently used evicted), written by a thread of their own.

A snapshot is used only when it provably matches: its file names the same model file (path,
size, modification time and a hash of its first and last megabyte), the same llama.cpp and
the same load options that shape the cache, and its tokens are an exact prefix of the
prompt. A file that is truncated, corrupt (CRC-32) or of another model is ignored and
removed: the prompt is evaluated as it would have been, never a wrong answer.

llama-cpp-python's own ``LlamaRAMCache``/``LlamaDiskCache`` save the whole context
(``llama_state_get_data``), key on tokens alone, need the ``diskcache`` package and serve only
``create_completion``; the engine streams with ``Llama.generate``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import mmap
import os
import queue
import re
import struct
import threading
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"PARLAKV\x01"
SUFFIX = ".kvs"
DEFAULT_DISK_BUDGET_MB = 4096
"""On-disk snapshots in all: a 2,000-token chat of StableLM 2 1.6B takes about 390 MB."""
MEMORY_ENTRIES = 2
"""Chats' snapshots kept in memory besides the live KV cache (those switched away from
last), within ``MEMORY_BUDGET``."""
MEMORY_BUDGET = 1 << 30
"""Bytes of chats' snapshots in memory; the newest is kept even if larger."""
PREFIX = "prefix-"
"""Owners of system prompts' snapshots; they are small, and kept in memory apart from chats."""
PREFIXES_IN_MEMORY = 7
MIN_GAIN = 8
"""Fewer tokens saved than this are not worth a restore."""
RESTORE_FACTOR = 16
"""A state is restored only if it holds at most this many tokens per token it saves: its
bytes are read and copied whole (about 0.2 ms a token for StableLM 2 1.6B), while llama.cpp
reads a prompt at a few ms a token on a laptop CPU and well under one on a GPU."""
_SAMPLE = 1 << 20


@dataclass(frozen=True)
class Snapshot:
    owner: str
    """Whose state it is: a chat (``chat-<id>``) or a system prompt (``prefix-<hash>``)."""
    tokens: tuple[int, ...]
    data: bytearray | memoryview
    """The state: a copy, or a copy-on-write map of its file (writable either way)."""


def fingerprint(model: Path, **options: object) -> str:
    """What a snapshot must match besides its tokens: the model file's identity (not its
    name) and ``options`` (llama.cpp's version, context length, KV types, GPU layers...)."""
    stat = model.stat()
    digest = hashlib.sha256()
    with model.open("rb") as file:
        digest.update(file.read(_SAMPLE))
        file.seek(max(stat.st_size - _SAMPLE, 0))
        digest.update(file.read(_SAMPLE))
    identity = {"path": str(model.resolve()), "size": stat.st_size,
                "mtime_ns": stat.st_mtime_ns, "sample": digest.hexdigest(), **options}
    return hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode()
                          ).hexdigest()[:32]


def owner_file_name(owner: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", owner):
        owner = "h-" + hashlib.sha256(owner.encode()).hexdigest()[:40]
    return owner + SUFFIX


def forget(folder: Path, owner: str) -> int:
    """Delete ``owner``'s snapshots of every model under ``folder``; how many were there."""
    removed = 0
    name = owner_file_name(owner)
    for path in folder.glob(f"*/{name}") if folder.is_dir() else ():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    return removed


def encode(snapshot: Snapshot, key: str) -> list[bytes | bytearray | memoryview]:
    """The file's parts: magic, header length, JSON header, tokens, then the state."""
    tokens = array("i", snapshot.tokens).tobytes()
    header = json.dumps({"fingerprint": key, "owner": snapshot.owner,
                         "tokens": len(snapshot.tokens), "bytes": len(snapshot.data),
                         "crc32": zlib.crc32(snapshot.data), "tokens_crc32": zlib.crc32(tokens)
                         }).encode()
    return [MAGIC, struct.pack("<I", len(header)), header, tokens, snapshot.data]


def _read_header(file: object, key: str) -> tuple[dict[str, object], tuple[int, ...]]:
    """The header and tokens of an open snapshot file; ValueError if they do not check."""
    read = file.read  # type: ignore[attr-defined]
    if read(len(MAGIC)) != MAGIC:
        raise ValueError("not a Parla snapshot")
    (length,) = struct.unpack("<I", read(4))
    if length > 4096:
        raise ValueError("header too long")
    header = json.loads(read(length))
    if header.get("fingerprint") != key:
        raise ValueError("another model or other load options")
    count = _number(header, "tokens")
    raw = read(count * 4)
    if len(raw) != count * 4 or zlib.crc32(raw) != header["tokens_crc32"]:
        raise ValueError("tokens truncated or corrupt")
    return header, tuple(array("i", raw))


def _number(header: dict[str, object], name: str) -> int:
    value = header.get(name)
    if not isinstance(value, int) or value < 0:
        raise ValueError(f"bad {name} in the header")
    return value


def decode(path: Path, key: str) -> Snapshot:
    """Map and check a whole snapshot file; ValueError (or OSError) if it does not check.

    Mapped copy-on-write rather than read: its hundreds of megabytes go from the page cache
    to llama.cpp without a copy in between (a third of a restore's time)."""
    with path.open("rb") as file:
        header, tokens = _read_header(file, key)
        start = file.tell()
        if os.fstat(file.fileno()).st_size != start + _number(header, "bytes"):
            raise ValueError("state truncated or too long")
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_COPY)
    data = memoryview(mapped)[start:]
    if zlib.crc32(data) != header["crc32"]:
        data.release()  # unmapped now: Windows cannot delete a mapped file
        mapped.close()
        raise ValueError("state corrupt")
    return Snapshot(str(header["owner"]), tokens, data)


class SnapshotStore:
    """One loaded model's snapshots, in memory and (with ``folder``) on disk.

    Used from the engine thread only, except the writer thread it starts for disk writes.
    """

    def __init__(self, key: str, folder: Path | None, *, disk_budget: int,
                 memory_entries: int = MEMORY_ENTRIES) -> None:
        self.key = key
        self.root = folder
        self.folder = folder / key if folder is not None else None
        self.disk_budget = disk_budget
        self.memory_entries = memory_entries
        self._memory: OrderedDict[str, Snapshot] = OrderedDict()
        self._disk: dict[str, tuple[int, ...]] = {}
        """Each snapshot file's owner and tokens, read at start (headers only)."""
        self._writes: queue.Queue[Snapshot | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.glob("*" + SUFFIX):
                try:
                    with path.open("rb") as file:
                        header, tokens = _read_header(file, key)
                    self._disk[str(header["owner"])] = tokens
                except (OSError, ValueError, KeyError, struct.error) as exc:
                    log.warning("Removing snapshot %s: %s", path.name, exc)
                    path.unlink(missing_ok=True)

    # -- lookups ---------------------------------------------------------------------

    def best(self, prompt: Sequence[int], better_than: int) -> Snapshot | None:
        """The snapshot holding the longest exact prefix of ``prompt``, if longer than
        ``better_than`` tokens (what the live KV cache already holds); loads it from disk if
        need be. A file that fails its checks is removed and the next best tried. The state
        may hold more than the prompt shares (the reply as sampled, another chat after the
        same system prompt): ``Llama.generate`` drops the cells past the shared prefix."""
        candidates: dict[str, tuple[int, ...]] = dict(self._disk)
        candidates.update({owner: s.tokens for owner, s in self._memory.items()})
        # Longest shared prefix first; of equals, the smallest state to read.
        ranked = sorted(((shared_prefix(tokens, prompt), -len(tokens), owner)
                         for owner, tokens in candidates.items()), reverse=True)
        for length, minus_size, owner in ranked:
            gain = length - better_than
            if gain < MIN_GAIN or -minus_size > RESTORE_FACTOR * gain:
                continue  # reading it would cost more than evaluating what it saves
            if (snapshot := self._memory.get(owner)) is not None:
                self._memory.move_to_end(owner)
                return snapshot
            if (snapshot := self._load(owner)) is not None:
                return snapshot
        return None

    def tokens_of(self, owner: str) -> tuple[int, ...]:
        """The tokens ``owner``'s snapshot holds (none if it has none)."""
        if (snapshot := self._memory.get(owner)) is not None:
            return snapshot.tokens
        return self._disk.get(owner, ())

    def _load(self, owner: str) -> Snapshot | None:
        assert self.folder is not None
        path = self.folder / owner_file_name(owner)
        try:
            snapshot = decode(path, self.key)
        except (OSError, ValueError, KeyError, struct.error) as exc:
            log.warning("Snapshot %s unusable, the prompt is read instead: %s", path.name, exc)
            self._disk.pop(owner, None)
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: evicted last
        return snapshot

    # -- changes ---------------------------------------------------------------------

    def put(self, snapshot: Snapshot, *, disk: bool = True) -> None:
        """Keep ``snapshot`` in memory (the oldest beyond the limit dropped) and, with
        ``disk``, write it in the background."""
        self._memory[snapshot.owner] = snapshot
        self._memory.move_to_end(snapshot.owner)
        for kind, limit in ((False, self.memory_entries), (True, PREFIXES_IN_MEMORY)):
            owners = [o for o in self._memory if o.startswith(PREFIX) == kind]
            for owner in owners[:max(len(owners) - limit, 0)]:
                del self._memory[owner]
        chats = [o for o in self._memory if not o.startswith(PREFIX)]
        held = sum(len(self._memory[o].data) for o in chats)
        for owner in chats[:-1]:  # oldest first; the newest stays
            if held <= MEMORY_BUDGET:
                break
            held -= len(self._memory.pop(owner).data)
        if disk:
            self.save(snapshot)

    def save(self, snapshot: Snapshot) -> None:
        """Write ``snapshot`` to disk on the writer thread (the caller never waits)."""
        if self.folder is None:
            return
        self._disk[snapshot.owner] = snapshot.tokens
        if self._writer is None:
            self._writer = threading.Thread(target=self._write_all, name="parla-snapshots",
                                            daemon=True)
            self._writer.start()
        self._writes.put(snapshot)

    def forget(self, owner: str) -> None:
        self._memory.pop(owner, None)
        self._disk.pop(owner, None)
        if self.root is not None:
            self.flush()
            forget(self.root, owner)

    def flush(self) -> None:
        """Wait until every queued write is on disk."""
        if self._writer is not None:
            self._writes.join()

    def close(self) -> None:
        """Finish the queued writes and end the writer thread."""
        if self._writer is not None:
            self._writes.put(None)
            self._writer.join()
            self._writer = None

    # -- the writer thread -----------------------------------------------------------

    def _write_all(self) -> None:
        while (snapshot := self._writes.get()) is not None:
            try:
                self._write(snapshot)
            except OSError as exc:
                log.warning("Could not save a snapshot of %s: %s", snapshot.owner, exc)
            finally:
                self._writes.task_done()
        self._writes.task_done()

    def _write(self, snapshot: Snapshot) -> None:
        assert self.folder is not None and self.root is not None
        parts = encode(snapshot, self.key)
        size = sum(len(part) for part in parts)
        if size > self.disk_budget:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / owner_file_name(snapshot.owner)
        partial = target.with_suffix(".partial")
        with partial.open("wb") as file:
            for part in parts:
                file.write(part)
        # A good file is replaced only by a whole new one; a crash leaves a .partial.
        partial.replace(target)
        evict(self.root, self.disk_budget, keep=target)


def evict(root: Path, budget: int, *, keep: Path | None = None) -> list[Path]:
    """Delete the least recently used snapshot files under ``root`` (all models) until they
    fit ``budget`` bytes; ``keep`` (just written) goes last. Returns what was deleted."""
    files: list[tuple[float, int, Path]] = []
    for path in root.glob("*/*"):
        if path.suffix in (SUFFIX, ".partial"):
            with contextlib.suppress(FileNotFoundError):
                stat = path.stat()
                files.append((float("inf") if path == keep else stat.st_mtime, stat.st_size,
                              path))
    total = sum(size for _, size, _ in files)
    deleted: list[Path] = []
    for _, size, path in sorted(files, key=lambda f: f[0]):
        if total <= budget:
            break
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        total -= size
        deleted.append(path)
    return deleted


def shared_prefix(held: Sequence[int], prompt: Sequence[int]) -> int:
    """How many leading tokens the two have in common."""
    same = 0
    for a, b in zip(held, prompt, strict=False):
        if a != b:
            break
        same += 1
    return same
