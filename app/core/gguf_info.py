"""What a GGUF file says about itself, read before llama.cpp is asked to load it.

llama.cpp answers a bad file with a bare "failed to load model"; checking the
header first lets Parla tell the user *what* is wrong (not a GGUF, truncated,
unknown architecture) and pick the right chat format and tokenizer fix.
"""

from __future__ import annotations

import logging
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"


class InvalidModelError(UserError):
    """The file cannot be used as a model; the message is meant for the user."""


@dataclass(frozen=True)
class GgufInfo:
    """The metadata Parla needs from a model file's header."""

    path: Path
    size_bytes: int
    architecture: str
    name: str
    context_length: int
    quantization: str
    chat_template: str | None
    pre_tokenizer: str | None
    special_tokens: frozenset[str]
    head_sizes: tuple[int, int] | None = None
    """Values per attention head in keys and in values; None where the header does not
    give them as plain numbers (whether q8_0 can store them, ``ContextLayout.stores``)."""

    @property
    def display_name(self) -> str:
        return self.name or self.path.stem


_SCALAR_FORMATS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?",
                   10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9
_KEPT_ARRAYS = frozenset({"tokenizer.ggml.tokens", "tokenizer.ggml.token_type"})


class _HeaderCursor:
    """Reads the GGUF header in place. ``gguf.GGUFReader`` builds a numpy view per
    vocabulary entry and needs seconds for a 100k-token vocabulary; this reads
    only what Parla uses, in tens of milliseconds."""

    def __init__(self, data: mmap.mmap) -> None:
        self.data = data
        self.pos = 0

    def scalar(self, code: str) -> Any:
        (value,) = struct.unpack_from("<" + code, self.data, self.pos)
        self.pos += struct.calcsize(code)
        return value

    def string(self) -> str:
        size = self.scalar("Q")
        if self.pos + size > len(self.data):
            raise ValueError("string runs past the end of the file")
        text = self.data[self.pos : self.pos + size].decode("utf-8", errors="replace")
        self.pos += size
        return text

    def value(self, kind: int, keep: bool) -> Any:
        if kind == _STRING:
            return self.string()
        if kind in _SCALAR_FORMATS:
            return self.scalar(_SCALAR_FORMATS[kind])
        if kind != _ARRAY:
            raise ValueError(f"unknown metadata type {kind}")
        item_kind, count = self.scalar("I"), self.scalar("Q")
        if item_kind == _STRING:
            if keep:
                return [self.string() for _ in range(count)]
            for _ in range(count):
                length = self.scalar("Q")
                self.pos += length
            if self.pos > len(self.data):
                raise ValueError("array runs past the end of the file")
            return None
        if item_kind not in _SCALAR_FORMATS:
            raise ValueError(f"unsupported array item type {item_kind}")
        code = _SCALAR_FORMATS[item_kind]
        size = struct.calcsize(code) * count
        if self.pos + size > len(self.data):
            raise ValueError("array runs past the end of the file")
        items = list(struct.unpack_from(f"<{count}{code}", self.data, self.pos)) if keep else None
        self.pos += size
        return items


def _read_header(data: mmap.mmap, name: str) -> tuple[dict[str, Any], int]:
    """Metadata (big arrays skipped) and the byte where the tensor data ends."""
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

    cursor = _HeaderCursor(data)
    cursor.pos = 4
    version = cursor.scalar("I")
    if version not in (2, 3):
        raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
            "core", "{file} is in GGUF version {version}, which Parla cannot read."),
            file=name, version=version))
    tensor_count, kv_count = cursor.scalar("Q"), cursor.scalar("Q")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = cursor.string()
        kind = cursor.scalar("I")
        metadata[key] = cursor.value(kind, keep=kind != _ARRAY or key in _KEPT_ARRAYS)

    tensor_end = 0
    for _ in range(tensor_count):
        cursor.string()
        n_dims = cursor.scalar("I")
        elements = 1
        for _ in range(n_dims):
            elements *= cursor.scalar("Q")
        block, block_bytes = GGML_QUANT_SIZES[GGMLQuantizationType(cursor.scalar("I"))]
        offset = cursor.scalar("Q")
        tensor_end = max(tensor_end, offset + elements * block_bytes // block)
    alignment = metadata.get("general.alignment", 32)
    data_start = -(-cursor.pos // alignment) * alignment
    return metadata, (data_start + tensor_end) if tensor_count else 0


def _quantization_name(file_type: object) -> str:
    from gguf import LlamaFileType

    if not isinstance(file_type, int):
        return "unknown"
    try:
        return str(LlamaFileType(file_type).name).removeprefix("MOSTLY_")
    except ValueError:
        return f"type {file_type}"


def read_gguf_info(path: Path) -> GgufInfo:
    """Validate ``path`` as a complete GGUF model and read its header.

    Raises InvalidModelError with a sentence a user can act on.
    """
    if not path.exists():
        raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
            "core", "The model file {path} does not exist."), path=str(path)))
    if not path.is_file():
        raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
            "core", "{path} is a folder, not a model file."), path=str(path)))
    size = path.stat().st_size
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
                "core", "{file} is not a GGUF model file: its content is not in the GGUF "
                "format, whatever its name. It may be damaged or incomplete, or another kind "
                "of file."), file=path.name))
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                metadata, data_end = _read_header(data, path.name)
        except (ValueError, struct.error, IndexError, KeyError) as exc:
            log.info("GGUF header of %s unreadable: %r", path, exc)
            raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
                "core", "{file} is damaged or incomplete (its header cannot be read). "
                "If it was downloaded, download it again."), file=path.name)) from exc

    if data_end == 0 or data_end > size:
        raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
            "core", "{file} is incomplete: it is {size} bytes but its header describes "
            "{expected} bytes. If it was downloaded, download it again."),
            file=path.name, size=size, expected=data_end))
    architecture = metadata.get("general.architecture")
    if not isinstance(architecture, str):
        raise InvalidModelError(Message(QT_TRANSLATE_NOOP(
            "core", "{file} does not say which model architecture it is."), file=path.name))

    tokens = metadata.get("tokenizer.ggml.tokens") or []
    types = metadata.get("tokenizer.ggml.token_type") or []
    control = 3  # llama.cpp's LLAMA_TOKEN_TYPE_CONTROL
    special = {token for token, kind in zip(tokens, types, strict=False) if kind == control}
    context = metadata.get(f"{architecture}.context_length")
    template = metadata.get("tokenizer.chat_template")
    pre = metadata.get("tokenizer.ggml.pre")
    return GgufInfo(
        path=path,
        size_bytes=size,
        architecture=architecture,
        name=str(metadata.get("general.name") or ""),
        context_length=int(context) if isinstance(context, int) else 0,
        quantization=_quantization_name(metadata.get("general.file_type")),
        chat_template=template if isinstance(template, str) else None,
        pre_tokenizer=pre if isinstance(pre, str) else None,
        special_tokens=frozenset(special),
        head_sizes=_head_sizes(metadata, architecture),
    )


def _head_sizes(metadata: dict[str, Any], architecture: str) -> tuple[int, int] | None:
    """llama.cpp's n_embd_head_k and _v: the key and value lengths, by default the embedding
    over the head count."""
    embedding = metadata.get(f"{architecture}.embedding_length")
    heads = metadata.get(f"{architecture}.attention.head_count")
    default = (embedding // heads if isinstance(embedding, int) and isinstance(heads, int)
               and heads > 0 else None)
    keys = metadata.get(f"{architecture}.attention.key_length", default)
    values = metadata.get(f"{architecture}.attention.value_length", default)
    if isinstance(keys, int) and isinstance(values, int) and keys > 0 and values > 0:
        return keys, values
    return None
