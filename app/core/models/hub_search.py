"""Finding GGUF models on the Hugging Face Hub: search, a repository's files, what each needs.

Nothing here runs unless the user searches, lists a repository or downloads: the
Hub is never contacted at start-up, and offline every call ends in a sentence
while the installed models keep working. All calls block; the GUI uses
``HubSearchService``, which runs them on a worker thread.

The memory estimate needs the model's shape (layers, heads, vocabulary), which
only the GGUF header has. It is read with HTTP Range requests through
huggingface_hub's own session, endpoint and token handling: the first 256 KiB,
more only while the header's numbers have not all been seen, never the weights.
What was read is cached, keyed by repository, file and the SHA256 of its
content, so a second look costs nothing.

Requests go through ``get_session()`` with a timeout of Parla's, as
``HfApi.model_info`` does: ``HfApi.list_models`` in huggingface_hub 2.4 takes no
timeout (a stalled Hub would hang the search forever) and retries a 5xx five
times with back-off, half a minute before the user hears anything. The search
sends the same query ``list_models(search=..., filter="gguf", sort="downloads",
limit=..., expand=[...])`` sends, and reads the answer with its ``ModelInfo``.

Split models (``name-00001-of-00003.gguf``) are listed as one entry with their
total size and verdict, but downloading them is refused with a sentence: the
download pipeline installs single files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import struct
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.background import Background, Job, JobContext
from app.core.cancel import CancelToken
from app.core.engine.llama.tuning import prompt_batch_for
from app.core.jsonfile import write_text_atomic
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.models.catalog import Architecture, CatalogFile
from app.core.models.downloads import REPO_NOT_FOUND
from app.core.models.fit import MemoryEstimate, Verdict, estimate_memory, verdict
from app.core.models.hardware import Machine

log = logging.getLogger(__name__)

# -- sentences ---------------------------------------------------------------------------

SEARCH_NO_CONNECTION = QT_TRANSLATE_NOOP(
    "core", "Parla could not reach Hugging Face to search for models. Check the internet "
    "connection; the models already installed keep working.")
SEARCH_TIMED_OUT = QT_TRANSLATE_NOOP(
    "core", "Hugging Face did not answer the search in time. Try again in a moment.")
SEARCH_SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "core", "Hugging Face is not answering properly right now (error {status}). Try the search "
    "again later.")
SEARCH_REFUSED = QT_TRANSLATE_NOOP(
    "core", "Hugging Face refused the search (error {status}). If this keeps happening, a newer "
    "Parla may be needed.")
TOKEN_REFUSED = QT_TRANSLATE_NOOP(
    "core", "Hugging Face refused the access token saved in Parla. Check it or remove it in "
    "Settings, then try again.")
TOO_MANY_REQUESTS = QT_TRANSLATE_NOOP(
    "core", "Hugging Face is receiving too many requests from this computer. Wait a few minutes, "
    "then try again.")
LIST_NO_CONNECTION = QT_TRANSLATE_NOOP(
    "core", "Parla could not reach Hugging Face to list the files of {repo}. Check the internet "
    "connection; the models already installed keep working.")
LIST_TIMED_OUT = QT_TRANSLATE_NOOP(
    "core", "Hugging Face did not answer in time while listing the files of {repo}. Try again "
    "in a moment.")
LIST_SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "core", "Hugging Face is not answering properly right now (error {status}), so the files of "
    "{repo} cannot be listed. Try again later.")
LIST_REFUSED = QT_TRANSLATE_NOOP(
    "core", "Hugging Face could not list the files of {repo} (error {status}).")
NO_GGUF = QT_TRANSLATE_NOOP(
    "core", "{repo} has no GGUF files, so Parla cannot run its models. Search for the model's "
    "name to find a repository with a GGUF version of it.")
GATED = QT_TRANSLATE_NOOP(
    "core", "{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} "
    "while logged in, then add a Hugging Face access token in Settings.")
PRIVATE = QT_TRANSLATE_NOOP(
    "core", "{repo} is private: Parla can only download from it with a Hugging Face access "
    "token that can read it (add it in Settings).")
SPLIT_REFUSED = QT_TRANSLATE_NOOP(
    "core", "{file} is split into {parts} files, and Parla cannot download split models yet. "
    "Choose a quantization that is a single file.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP(
    "core", "{repo} has no GGUF file named {file}.")
HEADER_UNREAD = QT_TRANSLATE_NOOP(
    "core", "Parla could not read the header of {file} on Hugging Face, so the memory it needs "
    "is unknown. Try again later.")
SHAPE_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "The header of {file} does not give the numbers the memory estimate needs, so the "
    "memory it needs is unknown.")
NO_MATCH = QT_TRANSLATE_NOOP(
    "core", "No GGUF models on Hugging Face match \u201c{query}\u201d.")
SEARCH_FAILED = Message(QT_TRANSLATE_NOOP(
    "core", "The search failed because of an unexpected error. The details are in Parla's log."))

MESSAGES = (SEARCH_NO_CONNECTION, SEARCH_TIMED_OUT, SEARCH_SERVER_TROUBLE, SEARCH_REFUSED,
            TOKEN_REFUSED, TOO_MANY_REQUESTS, LIST_NO_CONNECTION, LIST_TIMED_OUT,
            LIST_SERVER_TROUBLE, LIST_REFUSED, NO_GGUF, GATED, PRIVATE, SPLIT_REFUSED,
            NO_SUCH_FILE, HEADER_UNREAD, SHAPE_UNKNOWN, NO_MATCH, SEARCH_FAILED.template)
"""Every template this module adds."""


class HubError(UserError):
    """The Hub could not answer; the message says why and what to do."""


# -- what the Hub says -------------------------------------------------------------------

SEARCH_FIELDS = ["downloads", "likes", "lastModified", "gated", "private"]


@dataclass(frozen=True)
class HubRepo:
    """A repository the search found."""

    id: str
    downloads: int
    likes: int
    last_modified: datetime | None
    gated: bool
    """Needs its licence accepted on the Hub and a token before a download."""
    private: bool

    @property
    def access_note(self) -> Message | None:
        """What downloading from it needs beyond a click, or None."""
        if self.private:
            return Message(PRIVATE, repo=self.id)
        if self.gated:
            return Message(GATED, repo=self.id)
        return None


SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
_QUANT = re.compile(
    r"(?<![A-Za-z0-9])(I?Q[1-8](?:_[A-Z0-9]+)*|TQ[12]_0|MXFP4|BF16|FP?16|FP?32)(?![A-Za-z0-9])",
    re.IGNORECASE)


def quantization_from_name(filename: str) -> str:
    """``Q4_K_M`` from ``model.Q4_K_M.gguf`` or ``model-q4_k_m-00001-of-00002.gguf``;
    ``?`` where the name does not say."""
    stem = SPLIT.sub("", Path(filename).name)
    stem = re.sub(r"\.gguf$", "", stem, flags=re.IGNORECASE)
    found = _QUANT.findall(stem)
    if not found:
        return "?"
    quant = str(found[-1]).upper()
    return {"FP16": "F16", "FP32": "F32"}.get(quant, quant)


@dataclass(frozen=True)
class HubGguf:
    """A GGUF model in a repository: one file, or the parts of a split one."""

    repo: str
    filename: str
    """The file, or the first part of a split model (the one llama.cpp opens)."""
    revision: str
    """The commit the listing was read at: a download fetches exactly what was listed."""
    size: int
    """Bytes, all parts together."""
    sha256: str | None
    """What the Hub reports for the (first) file's LFS object."""
    quant: str
    parts: tuple[str, ...] = ()
    """Every part of a split model, in order; empty for a single file."""

    @property
    def split(self) -> bool:
        return len(self.parts) > 1

    @property
    def download_refusal(self) -> Message | None:
        """Why it cannot be downloaded, or None."""
        if self.split:
            return Message(SPLIT_REFUSED, file=self.filename, parts=len(self.parts))
        return None

    def catalog_file(self) -> HubDownload:
        """What the download pipeline takes (``Downloader``, ``DownloadService``)."""
        refusal = self.download_refusal
        if refusal is not None:
            raise HubError(refusal)
        return HubDownload(model_id=f"hub/{self.repo}", quant=self.quant, repo=self.repo,
                           filename=self.filename, sha256=self.sha256, size=self.size,
                           revision=self.revision)


@dataclass(frozen=True)
class HubDownload(CatalogFile):
    """A searched file as the download pipeline sees it; installed under ``hub/<repo>/``."""

    @property
    def key(self) -> str:
        """``hub:<repo>/<file>``: unique per file, unlike ``model-id:QUANT``."""
        return hub_key(self.repo, self.filename)


def hub_key(repo: str, filename: str) -> str:
    """The library key of a file downloaded from a searched repository."""
    return f"hub:{repo}/{filename}"


@dataclass(frozen=True)
class RepoFiles:
    """A repository's GGUF models at one commit, smallest first."""

    repo: str
    revision: str
    gated: bool
    private: bool
    files: tuple[HubGguf, ...]

    @property
    def note(self) -> Message | None:
        """No GGUF, or what downloading needs (a licence, a token); None when nothing to say."""
        if not self.files:
            return Message(NO_GGUF, repo=self.repo)
        if self.private:
            return Message(PRIVATE, repo=self.repo)
        if self.gated:
            return Message(GATED, repo=self.repo)
        return None

    def file(self, filename: str) -> HubGguf:
        """The entry for ``filename`` (a split model's first part or any of its parts)."""
        for entry in self.files:
            if filename == entry.filename or filename in entry.parts:
                return entry
        raise HubError(Message(NO_SUCH_FILE, repo=self.repo, file=filename))


@dataclass(frozen=True)
class RemoteHeader:
    """What the GGUF header of a file on the Hub says, read without downloading the file."""

    architecture: str | None
    name: str
    shape: Architecture | None
    bytes_read: int
    """How much of the file was fetched to read it (0 when it came from the cache)."""
    cached: bool = False


@dataclass(frozen=True)
class HubFileFit:
    """A file with the memory it needs and the verdict for this computer, as catalog files
    get; ``memory`` and ``verdict`` are None where the header could not tell, and ``note``
    says why."""

    file: HubGguf
    header: RemoteHeader | None
    memory: MemoryEstimate | None
    verdict: Verdict | None
    note: Message | None = None


@dataclass(frozen=True)
class RepoListing:
    """What the Models dialog shows for one repository."""

    files: RepoFiles
    fits: tuple[HubFileFit, ...] = field(default=())

    @property
    def note(self) -> Message | None:
        return self.files.note


# -- the GGUF header, from the first bytes of a file ---------------------------------------

FIRST_READ = 256 * 1024
"""The first Range request: the numbers come before the vocabulary in every file llama.cpp's
converter writes, so this almost always suffices."""
MAX_HEADER_READ = 16 * 1024 * 1024
"""Never more than this of one file: past it the estimate is given up, not the file fetched."""

_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q",
            12: "d"}
_STRING, _ARRAY = 8, 9
_SHAPE_KEYS = ("block_count", "embedding_length", "attention.head_count", "context_length")
_TOKENS = "tokenizer.ggml.tokens"


class _ShortError(Exception):
    """The bytes ran out before the header did."""


class _NotGgufError(Exception):
    """The bytes are not the start of a GGUF file Parla can read."""


class _Prefix:
    """Reads GGUF metadata from the first bytes of a file (``gguf_info``'s reader needs the
    whole header and maps the file; this needs neither)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, code: str) -> Any:
        size = struct.calcsize(code)
        if self.pos + size > len(self.data):
            raise _ShortError
        (value,) = struct.unpack_from("<" + code, self.data, self.pos)
        self.pos += size
        return value

    def skip(self, size: int) -> None:
        self.pos += size
        if self.pos > len(self.data):
            raise _ShortError

    def string(self) -> str:
        size = self.take("Q")
        start = self.pos
        self.skip(size)
        return self.data[start:self.pos].decode("utf-8", errors="replace")

    def skip_array(self, item: int, count: int) -> None:
        if item == _STRING:
            for _ in range(count):
                self.skip(self.take("Q"))
        elif item in _SCALARS:
            self.skip(struct.calcsize(_SCALARS[item]) * count)
        else:
            raise _NotGgufError


def _parse_prefix(data: bytes) -> dict[str, Any]:
    """The metadata readable from ``data``, stopping as soon as the shape is known.

    Arrays are skipped; of the vocabulary only its length is kept (``tokens#count``).
    Raises ``_ShortError`` when the shape is not known yet and the bytes ran out.
    """
    if len(data) >= 4 and data[:4] != b"GGUF":
        raise _NotGgufError
    cursor = _Prefix(data)
    cursor.skip(4)
    if cursor.take("I") not in (2, 3):
        raise _NotGgufError
    _tensors, kv_count = cursor.take("Q"), cursor.take("Q")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = cursor.string()
        kind = cursor.take("I")
        if kind == _STRING:
            metadata[key] = cursor.string()
        elif kind in _SCALARS:
            metadata[key] = cursor.take(_SCALARS[kind])
        elif kind == _ARRAY:
            item, count = cursor.take("I"), cursor.take("Q")
            if key == _TOKENS:
                metadata[f"{_TOKENS}#count"] = count
                if _shape_seen(metadata):
                    return metadata
            cursor.skip_array(item, count)
            metadata[key] = None
        else:
            raise _NotGgufError
        if _shape_seen(metadata):
            return metadata
    return metadata


def _shape_seen(metadata: dict[str, Any]) -> bool:
    arch = metadata.get("general.architecture")
    if not isinstance(arch, str):
        return False
    vocab = f"{_TOKENS}#count" in metadata or f"{arch}.vocab_size" in metadata
    return vocab and all(f"{arch}.{key}" in metadata for key in _SHAPE_KEYS)


def _shape(metadata: dict[str, Any]) -> Architecture | None:
    """The same numbers ``library.read_shape`` takes from an installed file."""
    arch = metadata.get("general.architecture")
    values: list[Any] = [metadata.get(f"{arch}.{key}") for key in _SHAPE_KEYS]
    values.append(metadata.get(f"{arch}.attention.head_count_kv", values[2]))
    values.append(metadata.get(f"{_TOKENS}#count") or metadata.get(f"{arch}.vocab_size"))
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values):
        return None
    layers, embedding, heads, context, kv_heads, vocab = values
    return Architecture(layers=layers, embedding=embedding, heads=heads, kv_heads=kv_heads,
                        vocab=vocab, context_length=context)


# -- failures ----------------------------------------------------------------------------


def _status(exc: BaseException) -> int | None:
    code = getattr(getattr(exc, "response", None), "status_code", None)
    return code if isinstance(code, int) else None


def _explain(exc: BaseException, repo: str | None) -> Message:
    """The sentence for a failed search (``repo`` None) or listing; the library's own text
    goes to the log only."""
    import httpx2
    from huggingface_hub.errors import (
        GatedRepoError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
    )

    code, searching = _status(exc), repo is None
    args: dict[str, object] = {} if searching else {"repo": repo}
    if isinstance(exc, GatedRepoError) and not searching:
        template = GATED
    elif isinstance(exc, RepositoryNotFoundError) and not searching:
        template = REPO_NOT_FOUND
    elif code in (401, 403):
        template, args = TOKEN_REFUSED, {}
    elif code == 429:
        template, args = TOO_MANY_REQUESTS, {}
    elif code is not None:
        trouble = code >= 500 or code == 408
        template = ((SEARCH_SERVER_TROUBLE if trouble else SEARCH_REFUSED) if searching
                    else (LIST_SERVER_TROUBLE if trouble else LIST_REFUSED))
        args["status"] = code
    elif isinstance(exc, httpx2.TimeoutException | TimeoutError) and not isinstance(
            exc, httpx2.ConnectTimeout):
        template = SEARCH_TIMED_OUT if searching else LIST_TIMED_OUT
    elif isinstance(exc, httpx2.TransportError | OSError | OfflineModeIsEnabled):
        template = SEARCH_NO_CONNECTION if searching else LIST_NO_CONNECTION
    else:
        raise exc
    return Message(template, **args)


# -- the client --------------------------------------------------------------------------


class HubClient:
    """Search, list and read headers on the Hub. Blocking; run it on a worker thread."""

    def __init__(self, cache_dir: Path, *, endpoint: str | None = None,
                 token: Callable[[], str | None] = lambda: None, timeout: float = 10.0) -> None:
        self.cache_dir = cache_dir
        """Where read headers are kept (``hub-headers/`` below it)."""
        self.endpoint = endpoint
        """None: huggingface_hub's (``HF_ENDPOINT``, else huggingface.co)."""
        self.token = token
        self.timeout = timeout

    def _endpoint(self) -> str:
        from huggingface_hub import constants

        return (self.endpoint or constants.ENDPOINT).rstrip("/")

    def _headers(self, **extra: str) -> dict[str, str]:
        from huggingface_hub.utils._headers import build_hf_headers

        return dict(build_hf_headers(token=self.token() or False, headers=extra))

    def search(self, query: str, limit: int = 20) -> list[HubRepo]:
        """GGUF repositories whose id contains ``query``, most downloaded first."""
        from huggingface_hub import get_session, hf_raise_for_status
        from huggingface_hub.hf_api import ModelInfo

        params: dict[str, Any] = {"search": query.strip(), "filter": ["gguf"],
                                  "sort": "downloads", "limit": limit, "expand": SEARCH_FIELDS}
        try:
            response = get_session().get(f"{self._endpoint()}/api/models", params=params,
                                         headers=self._headers(), timeout=self.timeout)
            hf_raise_for_status(response)
            items = response.json()
        except Exception as exc:
            log.warning("Hub search for %r failed: %r", query, exc)
            raise HubError(_explain(exc, None)) from exc
        repos = []
        for item in items[:limit]:
            info = ModelInfo(**{"siblings": None, **item})  # type: ignore[no-untyped-call]
            repos.append(HubRepo(id=info.id, downloads=info.downloads or 0,
                                 likes=info.likes or 0, last_modified=info.last_modified,
                                 gated=bool(info.gated), private=bool(info.private)))
        return repos

    def repo_files(self, repo: str, revision: str | None = None) -> RepoFiles:
        """The repository's GGUF models (one ``model_info`` call; no file is read)."""
        from huggingface_hub import HfApi

        try:
            info = HfApi(endpoint=self._endpoint(), token=self.token() or False).model_info(
                repo, revision=revision, files_metadata=True, timeout=self.timeout)
        except Exception as exc:
            log.warning("Listing %s on the Hub failed: %r", repo, exc)
            raise HubError(_explain(exc, repo)) from exc
        commit = info.sha or revision or "main"
        singles: list[HubGguf] = []
        splits: dict[str, list[tuple[int, str, int, str | None]]] = {}
        for sibling in info.siblings or []:
            name = sibling.rfilename
            if not name.lower().endswith(".gguf") or "mmproj" in name.lower():
                continue  # a vision model's projector is no model to chat with
            size = sibling.lfs.size if sibling.lfs else (sibling.size or 0)
            sha = sibling.lfs.sha256 if sibling.lfs else None
            match = SPLIT.search(name)
            if match:
                splits.setdefault(name[:match.start()], []).append(
                    (int(match.group(1)), name, size, sha))
            else:
                singles.append(HubGguf(repo, name, commit, size, sha,
                                       quantization_from_name(name)))
        for parts in splits.values():
            parts.sort()
            first = parts[0]
            singles.append(HubGguf(repo, first[1], commit, sum(p[2] for p in parts), first[3],
                                   quantization_from_name(first[1]),
                                   parts=tuple(p[1] for p in parts)))
        singles.sort(key=lambda f: (f.size, f.filename))
        return RepoFiles(repo, commit, bool(info.gated), bool(info.private), tuple(singles))

    # -- headers ---------------------------------------------------------------------------

    def _cache_path(self, file: HubGguf) -> Path:
        key = hashlib.sha256(
            f"{file.repo}\0{file.filename}\0{file.sha256 or file.revision}".encode()).hexdigest()
        return self.cache_dir / "hub-headers" / f"{key}.json"

    def _cached(self, file: HubGguf) -> RemoteHeader | None:
        path = self._cache_path(file)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            shape = raw["shape"]
            return RemoteHeader(architecture=raw["architecture"], name=raw["name"],
                                shape=Architecture(**shape) if shape else None, bytes_read=0,
                                cached=True)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.info("Ignoring the unreadable cached header %s: %r", path, exc)
            return None

    def _remember(self, file: HubGguf, header: RemoteHeader) -> None:
        payload = {"repo": file.repo, "file": file.filename, "sha256": file.sha256,
                   "revision": file.revision, "architecture": header.architecture,
                   "name": header.name, "bytes_read": header.bytes_read,
                   "shape": asdict(header.shape) if header.shape else None}
        try:
            path = self._cache_path(file)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps(payload, indent=1))
        except OSError as exc:  # a cache, not a requirement
            log.info("Could not cache the header of %s: %r", file.filename, exc)

    def _read_range(self, url: str, start: int, end: int) -> bytes:
        """Bytes ``start`` to ``end`` (exclusive) of the file, never more, whatever the server
        does with the Range header."""
        from huggingface_hub import get_session, hf_raise_for_status

        headers = self._headers(Range=f"bytes={start}-{end - 1}", **{"Accept-Encoding": "identity"})
        with get_session().stream("GET", url, headers=headers, timeout=self.timeout) as response:
            if response.status_code >= 400:
                response.read()
                hf_raise_for_status(response)
            skip = start if response.status_code == 200 else 0  # the server ignored Range
            wanted = end - start
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) >= skip + wanted:
                    break
            return bytes(data[skip:skip + wanted])

    def read_header(self, file: HubGguf) -> RemoteHeader:
        """The header of a file on the Hub (cached); raises what huggingface_hub raised."""
        cached = self._cached(file)
        if cached is not None:
            return cached
        from huggingface_hub import hf_hub_url

        url = hf_hub_url(file.repo, file.filename, revision=file.revision,
                         endpoint=self._endpoint())
        data = b""
        want = FIRST_READ
        metadata: dict[str, Any] = {}
        while True:
            start = len(data)
            data += self._read_range(url, start, want)
            try:
                metadata = _parse_prefix(data)
                break
            except _ShortError:
                if len(data) < want or want >= MAX_HEADER_READ:  # the end of the file, or enough
                    break
                want = min(want * 4, MAX_HEADER_READ)
            except (_NotGgufError, struct.error, UnicodeError):
                break
        arch = metadata.get("general.architecture")
        header = RemoteHeader(architecture=arch if isinstance(arch, str) else None,
                              name=str(metadata.get("general.name") or ""),
                              shape=_shape(metadata), bytes_read=len(data))
        log.info("Read %d bytes of %s/%s for its header: %s", len(data), file.repo,
                 file.filename, header.shape)
        self._remember(file, header)
        return header

    def assess(self, files: RepoFiles, machine: Machine, context_length: int,
               cancel: CancelToken | None = None, kv_cache: str = "f16") -> RepoListing:
        """Every file with its memory need and verdict, as ``fit.assess_installed`` gives an
        installed file; a header that cannot be read leaves that file's verdict empty."""
        from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

        fits: list[HubFileFit] = []
        refused: Message | None = None
        for file in files.files:
            if cancel is not None:
                cancel.check()
            if refused is not None:
                fits.append(HubFileFit(file, None, None, None, refused))
                continue
            try:
                header = self.read_header(file)
            except (GatedRepoError, RepositoryNotFoundError) as exc:
                log.info("Header of %s refused: %r", file.filename, exc)
                refused = Message(GATED if files.gated or isinstance(exc, GatedRepoError)
                                  else PRIVATE, repo=files.repo)
                fits.append(HubFileFit(file, None, None, None, refused))
                continue
            except Exception as exc:
                log.warning("Could not read the header of %s/%s: %r", file.repo,
                            file.filename, exc)
                fits.append(HubFileFit(file, None, None, None,
                                       Message(HEADER_UNREAD, file=file.filename)))
                continue
            fits.append(fit_file(file, header, machine, context_length, kv_cache))
        return RepoListing(files, tuple(fits))

    def resolve(self, repo: str, filename: str) -> HubDownload:
        """What to hand the download pipeline for ``repo``'s ``filename`` (one listing call);
        raises HubError for a missing or split file."""
        return self.repo_files(repo).file(filename).catalog_file()


def fit_file(file: HubGguf, header: RemoteHeader, machine: Machine,
             context_length: int, kv_cache: str = "f16") -> HubFileFit:
    """The estimate for a file on the Hub, from its header's numbers and its size."""
    if header.shape is None:
        return HubFileFit(file, header, None, None, Message(SHAPE_UNKNOWN, file=file.filename))
    memory = estimate_memory(header.shape, file.size,
                             min(context_length, header.shape.context_length),
                             prompt_batch_for("GPU" if machine.vram else "CPU"), kv_cache,
                             gpu=bool(machine.vram))
    return HubFileFit(file, header, memory, verdict(memory, machine))


# -- for the GUI -------------------------------------------------------------------------


class HubSearchService(Background):
    """The Models dialog's handle on the Hub; every method returns at once.

    ``search`` and ``list_files`` each replace the previous request of their kind (a user
    typing a new query does not want the old answer). Failures arrive as ``failed`` with a
    ``Message``; downloads then go through ``DownloadService.download(file.catalog_file())``.
    """

    results = Signal(str, object)  # query, list[HubRepo]
    listed = Signal(str, object)  # repo id, RepoListing
    failed = Signal(str, object)  # query or repo id, Message

    def __init__(self, client: HubClient, parent: QObject | None = None) -> None:
        super().__init__("parla-hub-search", parent, stop_when_idle=True)
        self.client = client
        self._search: Job[list[HubRepo]] | None = None
        self._listing: Job[RepoListing] | None = None

    def search(self, query: str, limit: int = 20) -> None:
        if self._search is not None:
            self._search.cancel()

        def work(context: JobContext) -> list[HubRepo]:
            context.token.check()
            return self.client.search(query, limit)

        self._search = self.submit(
            work, label=f"Searching the Hub for {query!r}", failure=SEARCH_FAILED,
            on_result=lambda repos: self.results.emit(query, repos),
            on_failure=lambda message: self.failed.emit(query, message))

    def list_files(self, repo: str, machine: Machine, context_length: int,
                   kv_cache: str = "f16") -> None:
        """List ``repo``'s GGUF files with each one's memory need and verdict."""
        if self._listing is not None:
            self._listing.cancel()

        def work(context: JobContext) -> RepoListing:
            files = self.client.repo_files(repo)
            return self.client.assess(files, machine, context_length, context.token,
                                      kv_cache)

        self._listing = self.submit(
            work, label=f"Listing {repo} on the Hub", failure=SEARCH_FAILED,
            on_result=lambda listing: self.listed.emit(repo, listing),
            on_failure=lambda message: self.failed.emit(repo, message))

    def cancel(self) -> None:
        """Drop the pending search and listing (their signals never come)."""
        self.cancel_all()


__all__ = ["HubClient", "HubDownload", "HubError", "HubFileFit", "HubGguf", "HubRepo",
           "HubSearchService", "RemoteHeader", "RepoFiles", "RepoListing", "fit_file",
           "hub_key", "quantization_from_name"]
