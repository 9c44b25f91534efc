"""Saved llama.cpp sequence states, so that a chat resumes without reading its history again.

Returning to a chat of 2,000 tokens meant evaluating all of them again (about 20 s on two
cores) whenever the KV cache held another chat, and after every restart. A snapshot is the
KV cells of llama.cpp's sequence 0 (only the cells in use, not the whole context) with the
tokens they hold, in a file of the cache folder (a size budget, least recently used
evicted). llama.cpp writes and reads it itself (``llama_state_seq_save_file``/``_load_file``),
a layer at a time: a copy in memory of a long chat's state (330 MB at 2,300 tokens of
StableLM 2 1.6B) raised the app's peak memory by as much, and the page cache keeps recent
files at hand anyway (a restore reads 330 MB in 0.13 s).

A file is llama.cpp's own sequence state file followed by Parla's trailer: a JSON header
(the fingerprint, the owner, the token count, CRC-32s of the tokens and of llama.cpp's
part), its length and ``MAGIC`` at the very end. llama.cpp reads only its own part.

A snapshot is used only when it provably matches: its header names the same model file
(path, size, modification time and a hash of its first and last megabyte), the same
llama.cpp and the same load options that shape the cache, and its tokens are an exact prefix
of the prompt. A file that is truncated, corrupt (CRC-32, checked before llama.cpp reads it,
unless this process wrote or checked it and it has not changed since) or of another model is
ignored and removed: the prompt is evaluated as it would have been, never a wrong answer.

llama-cpp-python's own ``LlamaRAMCache``/``LlamaDiskCache`` save the whole context
(``llama_state_get_data``), key on tokens alone, need the ``diskcache`` package and serve only
``create_completion``; the engine streams with ``Llama.generate``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import queue
import re
import struct
import threading
import time
import zlib
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BufferedIOBase, RawIOBase
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

MAGIC = b"PARLAKV\x02"
"""The last bytes of a snapshot file (version 1 put Parla's header first; such files are
read as damaged and removed)."""
SUFFIX = ".kvs"
_FILE_NAME = re.compile(r"(?P<stem>[A-Za-z0-9_-]{1,100})\.(?P<number>\d+)" + re.escape(SUFFIX))
"""``<owner stem>.<n>.kvs`` (``files_of``)."""
PREFIX = "prefix-"
"""Owners of system prompts' snapshots (a chat's owner is its conversation id)."""
MIN_GAIN = 8
"""Fewer tokens saved than this are not worth a restore."""
RESTORE_FACTOR = 16
"""A state is restored only if it holds at most this many tokens per token it saves: its
file is checked and read whole (about 0.1 ms a token for StableLM 2 1.6B from the page
cache), while llama.cpp reads a prompt at a few ms a token on a laptop CPU and well under one
on a GPU."""
LLAMA_HEAD = 12
"""llama.cpp's part starts with its magic, its version and the token count (u32 each)."""
_SAMPLE = 1 << 20
_CHUNK = 1 << 20
"""The CRC pass reads this much at a time: as fast as 8 MiB from the page cache (0.14 s per
330 MB), and a switch between chats then raises the peak resident memory by 1 MB, not 8."""
_TRAILER = struct.Struct("<I8s")


@dataclass(frozen=True)
class Snapshot:
    owner: str
    """Whose state it is: a chat (its conversation id) or a system prompt (``prefix-...``)."""
    tokens: tuple[int, ...]
    path: Path
    """Its file, for ``llama_state_seq_load_file``."""


class DamagedError(ValueError):
    """A snapshot file that must not be used."""


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


def owner_stem(owner: str) -> str:
    """The start of ``owner``'s file names: the owner itself where it is a safe name."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,100}", owner):
        owner = "h-" + hashlib.sha256(owner.encode()).hexdigest()[:40]
    return owner


def files_of(folder: Path, owner: str) -> list[Path]:
    """``owner``'s snapshot files in one model's ``folder``, oldest first: ``<stem>.<n>.kvs``,
    ``n`` growing with each save. A new state goes to a new file, never over an old one:
    nothing is renamed (on ext4 a rename over a file flushes it, 0.2 s for 300 MB, and
    Windows cannot rename a file llama.cpp is reading), and a crash leaves the previous
    file whole."""
    stem = owner_stem(owner)
    found = [(int(match["number"]), path) for path in (folder.glob("*" + SUFFIX)
                                                        if folder.is_dir() else ())
             if (match := _FILE_NAME.fullmatch(path.name)) and match["stem"] == stem]
    return [path for _, path in sorted(found)]


def _file_number(path: Path) -> int | None:
    """The ``n`` of a ``<stem>.<n>.kvs`` file (None: not a snapshot's name)."""
    return int(match["number"]) if (match := _FILE_NAME.fullmatch(path.name)) else None


def forget(folder: Path, owner: str) -> int:
    """Delete ``owner``'s snapshots of every model under ``folder``; how many were there."""
    removed = 0
    for model in folder.iterdir() if folder.is_dir() else ():
        for path in files_of(model, owner):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed


def _crc(file: BufferedIOBase | RawIOBase, size: int) -> int:
    """CRC-32 of the next ``size`` bytes, read a chunk at a time (never the whole in memory)."""
    crc, left = 0, size
    buffer = bytearray(min(_CHUNK, max(size, 1)))
    view = memoryview(buffer)
    while left > 0:
        got = file.readinto(view[:min(left, len(buffer))])
        if not got:
            raise DamagedError("state truncated")
        crc = zlib.crc32(view[:got], crc)
        left -= got
    return crc


def trailer(path: Path, owner: str, tokens: Sequence[int], key: str) -> bytes:
    """Parla's trailer for llama.cpp's file at ``path``: what ``read_header`` and ``check``
    look for. Reads the file once to compute its CRC."""
    with path.open("rb", buffering=0) as file:
        size = os.fstat(file.fileno()).st_size
        file.seek(LLAMA_HEAD)
        raw = file.read(4 * len(tokens))
        if len(raw) != 4 * len(tokens) or array("i", raw) != array("i", tokens):
            raise DamagedError("llama.cpp wrote other tokens")
        file.seek(0)
        header = json.dumps({"fingerprint": key, "owner": owner, "tokens": len(tokens),
                             "bytes": size, "crc32": _crc(file, size),
                             "tokens_crc32": zlib.crc32(raw)}).encode()
    return header + _TRAILER.pack(len(header), MAGIC)


def read_header(file: BinaryIO, key: str) -> tuple[dict[str, object], tuple[int, ...]]:
    """The header and tokens of an open snapshot file; ``DamagedError`` if they do not check."""
    total = os.fstat(file.fileno()).st_size
    if total < LLAMA_HEAD + _TRAILER.size:
        raise DamagedError("too short")
    file.seek(total - _TRAILER.size)
    length, magic = _TRAILER.unpack(file.read(_TRAILER.size))
    if magic != MAGIC:
        raise DamagedError("not a Parla snapshot")
    if length > 4096 or length > total - _TRAILER.size:
        raise DamagedError("header too long")
    file.seek(total - _TRAILER.size - length)
    try:
        header = json.loads(file.read(length))
    except ValueError as exc:
        raise DamagedError("header corrupt") from exc
    if not isinstance(header, dict):
        raise DamagedError("header corrupt")
    if header.get("fingerprint") != key:
        raise DamagedError("another model or other load options")
    count = _number(header, "tokens")
    if total != _number(header, "bytes") + length + _TRAILER.size:
        raise DamagedError("state truncated or too long")
    file.seek(LLAMA_HEAD - 4)
    raw = file.read(4 + count * 4)
    if len(raw) != 4 + count * 4 or struct.unpack("<I", raw[:4])[0] != count \
            or zlib.crc32(raw[4:]) != header.get("tokens_crc32"):
        raise DamagedError("tokens truncated or corrupt")
    return header, tuple(array("i", raw[4:]))


def check(path: Path, key: str) -> tuple[str, tuple[int, ...]]:
    """Check a whole snapshot file (header, tokens and the CRC of llama.cpp's part): its owner
    and tokens; ``DamagedError`` (or OSError) if it does not check."""
    with path.open("rb", buffering=0) as file:
        header, tokens = read_header(file, key)
        file.seek(0)
        if _crc(file, _number(header, "bytes")) != header.get("crc32"):
            raise DamagedError("state corrupt")
    return str(header["owner"]), tokens


def _number(header: dict[str, object], name: str) -> int:
    value = header.get(name)
    if not isinstance(value, int) or value < 0:
        raise DamagedError(f"bad {name} in the header")
    return value


def _identity(path: Path) -> tuple[Path, int, int, int]:
    stat = path.stat()
    return path, stat.st_ino, stat.st_size, stat.st_mtime_ns


class SnapshotStore:
    """One loaded model's snapshot files under ``folder``/``key``.

    Used from the engine thread only, except the writer thread it starts to check and seal
    what llama.cpp wrote and delete the files it replaces. Neither waits for the other: the
    engine reads only an owner's newest file, and the writer deletes only older ones."""

    def __init__(self, key: str, folder: Path, *, disk_budget: int) -> None:
        self.key = key
        self.root = folder
        self.folder = folder / key
        self.disk_budget = disk_budget
        self._newest: dict[str, Snapshot] = {}
        """Each owner's newest file and the tokens it holds."""
        self._unsealed: set[Path] = set()
        """Files llama.cpp wrote that the writer thread has not sealed yet: trusted."""
        self._trusted: dict[str, tuple[Path, int, int, int]] = {}
        """Each owner's file this process sealed or checked, as it was then: not checked
        again while it stays so."""
        self._writes: queue.Queue[Snapshot | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._number = time.time_ns()
        """The last file number used: the clock's nanoseconds, past every file's number."""
        for path in self.folder.glob("*" + SUFFIX) if self.folder.is_dir() else ():
            try:
                if (number := _file_number(path)) is None:
                    raise DamagedError("not a snapshot's name")
                with path.open("rb") as file:
                    header, tokens = read_header(file, key)
                owner = str(header["owner"])
                self._number = max(self._number, number)  # new files count on from here
                if (other := self._newest.get(owner)) is not None:
                    # A crash came between a save and its cleanup: the newer file stays.
                    if number < (_file_number(other.path) or 0):
                        path.unlink(missing_ok=True)
                        continue
                    other.path.unlink(missing_ok=True)
                self._newest[owner] = Snapshot(owner, tokens, path)
            except (OSError, DamagedError, KeyError, struct.error) as exc:
                log.warning("Removing snapshot %s: %s", path.name, exc)
                path.unlink(missing_ok=True)

    # -- lookups ---------------------------------------------------------------------

    def best(self, prompt: Sequence[int], better_than: int) -> Snapshot | None:
        """The snapshot holding the longest exact prefix of ``prompt``, if longer than
        ``better_than`` tokens (what the live KV cache already holds), its file checked. A
        file that fails its checks is removed and the next best tried. The state may hold
        more than the prompt shares (the reply as sampled, another chat after the same
        system prompt): ``Llama.generate`` drops the cells past the shared prefix."""
        # Longest shared prefix first; of equals, the smallest state to read.
        ranked = sorted(((shared_prefix(s.tokens, prompt), -len(s.tokens), s.owner)
                         for s in self._newest.values()), reverse=True)
        for length, minus_size, owner in ranked:
            gain = length - better_than
            if gain < MIN_GAIN or -minus_size > RESTORE_FACTOR * gain:
                continue  # reading it would cost more than evaluating what it saves
            if (snapshot := self.get(owner)) is not None:
                return snapshot
        return None

    def tokens_of(self, owner: str) -> tuple[int, ...]:
        """The tokens ``owner``'s snapshot holds (none if it has none)."""
        return snapshot.tokens if (snapshot := self._newest.get(owner)) else ()

    def get(self, owner: str) -> Snapshot | None:
        """``owner``'s snapshot, its file checked; None if it has none or it is bad (then
        removed). A file written in this process is trusted, sealed yet or not."""
        if (snapshot := self._newest.get(owner)) is None:
            return None
        path = snapshot.path
        if path not in self._unsealed:
            try:
                if (self._trusted.get(owner) != _identity(path)
                        and check(path, self.key) != (owner, snapshot.tokens)):
                    raise DamagedError("another chat's state under this name")
            except (OSError, DamagedError, KeyError, struct.error) as exc:
                log.warning("Snapshot %s unusable, the prompt is read instead: %s",
                            path.name, exc)
                self.discard(owner)
                return None
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: evicted last
                self._trusted[owner] = _identity(path)
        return snapshot

    # -- changes ---------------------------------------------------------------------

    def save(self, owner: str, tokens: Sequence[int], size: int,
             write: Callable[[Path], bool]) -> bool:
        """Save ``owner``'s state of about ``size`` bytes holding ``tokens``: ``write(path)``
        has llama.cpp write it (on this thread, the only one that may touch llama.cpp);
        the writer thread then checks and seals it and deletes the file it replaces. False
        if it does not fit the budget or llama.cpp failed."""
        if size + 4 * len(tokens) > self.disk_budget:
            return False
        self._number = max(self._number + 1, time.time_ns())
        path = self.folder / f"{owner_stem(owner)}.{self._number}{SUFFIX}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            written = write(path)
        except OSError as exc:
            log.warning("Could not save a snapshot of %s: %s", owner, exc)
            written = False
        if not written:
            path.unlink(missing_ok=True)
            return False
        self._unsealed.add(path)
        snapshot = self._newest[owner] = Snapshot(owner, tuple(tokens), path)
        if self._writer is None:
            self._writer = threading.Thread(target=self._seal_all, name="parla-snapshots",
                                            daemon=True)
            self._writer.start()
        self._writes.put(snapshot)
        return True

    def discard(self, owner: str) -> None:
        """Delete ``owner``'s snapshot of this model (llama.cpp refused it, or it is bad)."""
        self._drop(owner)
        for path in files_of(self.folder, owner):
            path.unlink(missing_ok=True)

    def forget(self, owner: str) -> None:
        """Delete ``owner``'s snapshots of every model (its chat was deleted)."""
        self._drop(owner)
        forget(self.root, owner)

    def _drop(self, owner: str) -> None:
        self.flush()
        self._newest.pop(owner, None)
        self._trusted.pop(owner, None)

    def flush(self) -> None:
        """Wait until every queued file is sealed."""
        if self._writer is not None:
            self._writes.join()

    def close(self) -> None:
        """Finish the queued files and end the writer thread."""
        if self._writer is not None:
            self._writes.put(None)
            self._writer.join()
            self._writer = None

    # -- the writer thread -----------------------------------------------------------

    def _seal_all(self) -> None:
        while (written := self._writes.get()) is not None:
            try:
                self._seal(written)
            except (OSError, DamagedError) as exc:
                # The engine then finds its file bad (no trailer), and drops it.
                log.warning("Could not save a snapshot of %s: %s", written.owner, exc)
            finally:
                self._unsealed.discard(written.path)
                self._writes.task_done()
        self._writes.task_done()

    def _seal(self, written: Snapshot) -> None:
        ending = trailer(written.path, written.owner, written.tokens, self.key)
        with written.path.open("ab") as file:
            file.write(ending)
        self._trusted[written.owner] = _identity(written.path)
        # The files it replaces; a newer one may be on its way already, and is kept.
        for older in files_of(self.folder, written.owner):
            if older == written.path:
                break
            with contextlib.suppress(OSError):  # Windows: llama.cpp may still read it
                older.unlink()
        evict(self.root, self.disk_budget, keep=written.path)


def evict(root: Path, budget: int, *, keep: Path | None = None) -> list[Path]:
    """Delete the least recently used snapshot files under ``root`` (all models) until they
    fit ``budget`` bytes; ``keep`` (just written) goes last. Returns what was deleted."""
    files: list[tuple[float, int, Path]] = []
    for path in root.glob("*/*"):
        if path.suffix == SUFFIX:
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
