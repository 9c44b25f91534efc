"""Models on this computer: what is installed, verified, where, and how to remove it.

The index (``library.json`` in the models folder) records each file's SHA256 at
the time it was verified, so start-up never re-hashes gigabytes. It is written
atomically under an inter-process lock: two Parla windows may share a library.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock

from app.core.cancel import Cancelled, CancelToken
from app.core.gguf_info import GgufInfo, read_gguf_info
from app.core.jsonfile import write_text_atomic
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.models.catalog import Architecture, CatalogFile
from app.core.models.hashing import CHUNK

log = logging.getLogger(__name__)

Source = Literal["download", "copy", "link"]
INDEX_SCHEMA = 1


class LibraryError(UserError):
    """A library operation failed; the message is for the user."""


@dataclass(frozen=True)
class InstalledModel:
    key: str
    """``model-id:QUANT`` for catalog downloads, ``imported:<file name>`` for imports."""
    path: Path
    sha256: str
    size: int
    source: Source
    name: str
    quant: str
    architecture: str
    installed_at: str
    context_length: int = 0
    """What the file was trained for (0: the header does not say)."""
    shape: Architecture | None = None
    """Layers, heads and vocabulary from the header, for the memory estimate: read when the
    file is installed, so that the dialog never opens a GGUF on the GUI thread. None in
    entries recorded before it was kept, or where the header does not say."""
    repo: str = ""
    """Where a download came from: the Hugging Face repository ("" for imports, and in
    entries recorded before it was kept)..."""
    filename: str = ""
    """...the file's name there..."""
    revision: str = ""
    """...and the commit it was downloaded at (or the branch, where the Hub did not say)."""

    @property
    def present(self) -> bool:
        return self.path.is_file()

    @property
    def imported(self) -> bool:
        return self.source != "download"


_FIELDS = frozenset(f.name for f in fields(InstalledModel))


def _entry(raw: dict[str, object]) -> InstalledModel:
    """An index entry; keys written by a newer Parla are ignored rather than fatal."""
    values: dict[str, Any] = {k: v for k, v in raw.items() if k in _FIELDS}
    shape = values.get("shape")
    values["shape"] = Architecture(**shape) if isinstance(shape, dict) else None
    return InstalledModel(**{**values, "path": Path(str(raw["path"]))})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.index_path = root / "library.json"

    # -- index ---------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.root / ".library.lock"), timeout=30):
            yield

    def _read(self) -> dict[str, InstalledModel]:
        if not self.index_path.exists():
            return {}
        try:
            raw = json.loads(self.index_path.read_text(encoding="utf-8"))
            entries = [_entry(e) for e in raw["models"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            aside = self.index_path.with_suffix(f".corrupt-{datetime.now():%Y%m%d-%H%M%S}")
            log.warning("Library index unreadable (%s); kept as %s, starting empty", exc, aside)
            self.index_path.replace(aside)
            return {}
        return {e.key: e for e in entries}

    def _write(self, entries: dict[str, InstalledModel]) -> None:
        payload = {"schema": INDEX_SCHEMA,
                   "models": [{**asdict(e), "path": str(e.path)} for e in entries.values()]}
        write_text_atomic(self.index_path, json.dumps(payload, indent=1, ensure_ascii=False))

    def installed(self) -> list[InstalledModel]:
        """Everything recorded, newest first (entries whose file vanished included)."""
        with self._locked():
            entries = list(self._read().values())
        return sorted(entries, key=lambda e: e.installed_at, reverse=True)

    def get(self, key: str) -> InstalledModel | None:
        with self._locked():
            return self._read().get(key)

    def record(self, entry: InstalledModel) -> InstalledModel:
        with self._locked():
            entries = self._read()
            entries[entry.key] = entry
            self._write(entries)
        return entry

    # -- files -----------------------------------------------------------------------

    def target_path(self, entry: CatalogFile) -> Path:
        return self.root / entry.model_id / entry.filename

    def install_verified(self, staged: Path, entry: CatalogFile, sha256: str,
                         revision: str | None = None) -> InstalledModel:
        """Move a verified file into place atomically: a good file is only ever replaced by
        another verified one, and a crash leaves either the old file or the new one.
        ``revision``: the commit it was downloaded at, remembered with its repository."""
        target = self.target_path(entry)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            staged.replace(target)
        except OSError:  # another filesystem: copy beside the target, then swap
            with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".installing-",
                                             delete=False) as tmp:
                temp_path = Path(tmp.name)
            shutil.copyfile(staged, temp_path)
            temp_path.replace(target)
            staged.unlink()
        info = read_gguf_info(target)
        return self.record(InstalledModel(
            key=entry.key, path=target, sha256=sha256, size=target.stat().st_size,
            source="download", name=info.display_name, quant=entry.quant,
            architecture=info.architecture, installed_at=_now(),
            context_length=info.context_length, shape=read_shape(target), repo=entry.repo,
            filename=entry.filename, revision=revision or entry.revision))

    def remove(self, key: str) -> InstalledModel:
        """Forget a model and delete its file, unless it was linked from elsewhere."""
        with self._locked():
            entries = self._read()
            entry = entries.pop(key, None)
            if entry is None:
                raise LibraryError(Message(QT_TRANSLATE_NOOP(
                    "core", "No installed model is called '{key}'."), key=key))
            if entry.source != "link":
                entry.path.unlink(missing_ok=True)
                if entry.path.parent != self.root and entry.path.parent.is_relative_to(self.root):
                    with contextlib.suppress(OSError):
                        entry.path.parent.rmdir()  # only if now empty
            self._write(entries)
        return entry

    def import_file(self, source: Path, mode: Literal["copy", "link"],
                    on_progress: Callable[[int, int], None] | None = None,
                    cancel: CancelToken | None = None) -> InstalledModel:
        """Validate a local GGUF, then copy it into the library or record where it is."""
        from app.core.gguf_info import InvalidModelError

        try:
            info = read_gguf_info(source)
        except InvalidModelError as exc:
            raise LibraryError(exc.message) from exc
        key = f"imported:{source.name}"
        if mode == "link":
            sha = _hash_copy(source, None, on_progress, cancel)
            path = source.resolve()
        else:
            path = self.root / "imported" / source.name
            if path.exists() and path.resolve() != source.resolve():
                raise LibraryError(Message(QT_TRANSLATE_NOOP(
                    "core", "The library already has a file named {file}."), file=source.name))
            path.parent.mkdir(parents=True, exist_ok=True)
            sha = _hash_copy(source, path, on_progress, cancel)
        return self.record(_installed(key, path, sha, mode, info))


def _installed(key: str, path: Path, sha: str, source: Source, info: GgufInfo) -> InstalledModel:
    return InstalledModel(key=key, path=path, sha256=sha, size=info.size_bytes, source=source,
                          name=info.display_name, quant=info.quantization,
                          architecture=info.architecture, installed_at=_now(),
                          context_length=info.context_length, shape=read_shape(path))


def read_shape(path: Path) -> Architecture | None:
    """The numbers the memory estimate needs, from a GGUF header already validated.

    None where the header does not give them as plain numbers (some architectures give
    head counts per layer): the dialog then shows "?" rather than a guess.
    """
    import mmap
    import struct

    from app.core.gguf_info import _read_header  # the same in-place reader, not a second one

    try:
        with path.open("rb") as handle, \
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            metadata, _end = _read_header(data, path.name)
    except (OSError, ValueError, UserError, struct.error, IndexError, KeyError) as exc:
        log.info("No memory shape for %s: %r", path, exc)
        return None
    arch = metadata.get("general.architecture")
    values: list[Any] = [metadata.get(f"{arch}.{key}") for key in (
        "block_count", "embedding_length", "attention.head_count", "context_length")]
    values.append(metadata.get(f"{arch}.attention.head_count_kv", values[2]))
    values.append(len(metadata.get("tokenizer.ggml.tokens") or []))
    if not all(isinstance(v, int) and v > 0 for v in values):
        return None
    layers, embedding, heads, context, kv_heads, vocab = values
    return Architecture(layers=layers, embedding=embedding, heads=heads, kv_heads=kv_heads,
                        vocab=vocab, context_length=context)


def _hash_copy(source: Path, target: Path | None, on_progress: Callable[[int, int], None] | None,
               cancel: CancelToken | None) -> str:
    """Hash ``source`` and, if ``target`` is given, copy it there atomically in the same pass."""
    import hashlib

    digest = hashlib.sha256()
    total = source.stat().st_size
    done = 0
    out = None
    temp_path: Path | None = None
    if target is not None:
        handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=".importing-",  # noqa: SIM115
                                             delete=False)
        out, temp_path = handle, Path(handle.name)
    try:
        with source.open("rb") as src:
            while block := src.read(CHUNK):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled
                digest.update(block)
                if out is not None:
                    out.write(block)
                done += len(block)
                if on_progress is not None:
                    on_progress(done, total)
        if out is not None and target is not None and temp_path is not None:
            out.close()
            temp_path.replace(target)
            temp_path = None
    finally:
        if out is not None:
            out.close()
        if temp_path is not None:
            temp_path.unlink(missing_ok=True)
    return digest.hexdigest()
