"""A local stand-in for the Hugging Face Hub, for the real ``huggingface_hub`` client.

It speaks the parts of the Hub's protocol that ``huggingface_hub`` 2.4 uses for plain HTTP
downloads (Xet storage is never advertised, so the client always takes the HTTP path):

* ``HEAD``/``GET /{repo_id}/resolve/{revision}/{filename}``: for LFS files (the default) a 302 to
  the file host carrying ``X-Repo-Commit``, ``X-Linked-Etag`` (the sha256) and ``X-Linked-Size``;
  for regular git files a direct 200 with ``ETag`` = git blob sha1.
* ``GET``/``HEAD /_files/{sha256}?name={filename}`` on the *file host*: the content, with
  ``Range`` support (206 + ``Content-Range``, 416 when unsatisfiable).
* ``GET /api/models/{repo_id}[/revision/{revision}][?blobs=true]``: model info JSON, as read by
  ``HfApi.model_info(..., files_metadata=True)``.
* ``POST /api/models/{repo_id}/paths-info/{revision}``: as read by ``HfApi.get_paths_info``.
* ``GET /api/models?search=&filter=gguf&sort=downloads&limit=&expand=...``: the model search, as
  ``HfApi.list_models`` asks it (a case-insensitive substring of the repo id; every filter a tag of
  the repo, ``gguf`` being one when it has a ``.gguf`` file; sorted high to low). Private repos
  are listed only to their token, as on the Hub.

Private repos (``add_file(..., private=True)``) answer everything as an unknown repo would unless
the request carries the granted token.

The file host listens on a second port (``cdn_url``), so it is a different origin, as the Hub's
CDN is: the client then takes the metadata from the 302 itself, and drops ``Authorization``
before fetching from the file host, exactly as it does against huggingface.co.

Errors carry the ``X-Error-Code``/``X-Error-Message`` headers the client maps to its exception
types: ``RepoNotFound`` (401 without a token, 404 with one), ``GatedRepo`` (401 without a token,
403 with a wrong one), ``RevisionNotFound`` and ``EntryNotFound`` (404, the latter with
``X-Repo-Commit``).

Every request is logged as a `RequestRecord`, and faults can be injected per filename, per repo
id (its model-info API) or for the search (`SEARCH`); `stall` delays an answer, for timeouts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, Self, cast
from urllib.parse import parse_qs, quote, unquote, urlsplit

__all__ = ["FILES_PREFIX", "SEARCH", "FakeHub", "FaultTarget", "HubFile", "RequestRecord"]

FILES_PREFIX = "/_files/"
"""Path prefix of the file host ("CDN") that ``resolve`` redirects LFS files to."""
SEARCH = "/api/models"
"""The name faults for the model search are injected under (``fail_with(SEARCH, 503)``)."""

FaultTarget = Literal["any", "head", "get"]
"""Which requests for a file an injected failure hits: all, only ``HEAD`` or only ``GET``."""

_DEFAULT_ERROR_CODES: Mapping[int, str] = {
    401: "RepoNotFound",
    403: "GatedRepo",
    404: "EntryNotFound",
}
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_INVERT = bytes(255 - i for i in range(256))
_CHUNK = 64 * 1024
_LAST_MODIFIED = "2024-01-01T00:00:00.000Z"


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class HubFile:
    """One file of one revision of a model repo."""

    repo_id: str
    filename: str
    content: bytes = field(repr=False)
    revision: str = "main"
    lfs: bool = True

    @property
    def size(self) -> int:
        """Length of the content in bytes."""
        return len(self.content)

    @cached_property
    def sha256(self) -> str:
        """sha256 of the content: the LFS oid, and the ``ETag`` the client stores the blob under."""
        return hashlib.sha256(self.content).hexdigest()

    @cached_property
    def lfs_pointer(self) -> bytes:
        """The git-lfs pointer file that git stores in place of the content."""
        return (
            f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\n"
            f"size {self.size}\n"
        ).encode()

    @cached_property
    def blob_id(self) -> str:
        """Git blob sha1 of what git stores: the pointer for LFS files, else the content."""
        stored = self.lfs_pointer if self.lfs else self.content
        return _sha1(b"blob %d\0" % len(stored) + stored)

    @property
    def etag(self) -> str:
        """What the client uses as the blob name in its cache: sha256 (LFS) or git sha1."""
        return self.sha256 if self.lfs else self.blob_id


@dataclass(frozen=True)
class RequestRecord:
    """One request the hub answered (recorded once the response is finished)."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    """Request headers, keys lower-cased."""
    status: int
    bytes_sent: int
    """Body bytes written to the socket (less than the body when the connection was dropped)."""
    filename: str | None
    """The repo file the request was about, for ``resolve`` and file-host requests."""

    @property
    def range(self) -> str | None:
        """The ``Range`` request header, if any."""
        return self.headers.get("range")

    @property
    def is_file_host(self) -> bool:
        """Whether this request went to the file host (the content download)."""
        return self.path.startswith(FILES_PREFIX)


@dataclass
class _Failure:
    status: int
    remaining: int | None
    target: FaultTarget
    retry_after: int
    error_code: str | None


@dataclass
class _Faults:
    failures: list[_Failure] = field(default_factory=list)
    drops: list[list[int]] = field(default_factory=list)  # [n_bytes, remaining (-1: forever)]
    ignore_range: bool = False
    wrong_bytes: bool = False
    bytes_per_second: int | None = None
    stall_seconds: float = 0.0


@dataclass
class _Repo:
    gated: bool = False
    private: bool = False
    downloads: int = 0
    likes: int = 0
    last_modified: str = _LAST_MODIFIED
    revisions: dict[str, dict[str, HubFile]] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, hub: FakeHub) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hub = hub

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Keep crashes of the fake for `FakeHub.errors`; a client hanging up is no error."""
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, ConnectionError):
            self.hub.errors.append(error)


class FakeHub:
    """A fake Hub on 127.0.0.1 (ephemeral ports, daemon threads); use it as a context manager.

    Point the client at it with ``endpoint=hub.url`` (``hf_hub_download``, ``HfApi``).
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._repos: dict[str, _Repo] = {}
        self._faults: dict[str, _Faults] = {}
        self._records: list[RequestRecord] = []
        self._in_flight = 0
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._token: str | None = None
        self._closing = threading.Event()
        self.errors: list[BaseException] = []
        """Exceptions raised inside the fake's request handlers (a bug in the fake if any)."""
        self._servers = (_Server(self), _Server(self))
        self.url = f"http://127.0.0.1:{self._servers[0].server_address[1]}"
        """The Hub endpoint: pass it as ``endpoint=``."""
        self.cdn_url = f"http://127.0.0.1:{self._servers[1].server_address[1]}"
        """The file host ``resolve`` redirects LFS files to (a different origin, like the CDN)."""
        self._threads = [
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
            for server in self._servers
        ]
        for thread in self._threads:
            thread.start()

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop both servers, hang up on open connections and join every thread. Idempotent."""
        with self._lock:
            if self._closing.is_set():
                return
            self._closing.set()
        for server in self._servers:
            server.shutdown()
        with self._lock:
            connections = list(self._connections.items())
        for conn, _ in connections:
            with contextlib.suppress(OSError):  # already closed by its handler
                conn.shutdown(socket.SHUT_RDWR)
        for _, thread in connections:
            thread.join(5)
        for server in self._servers:
            server.server_close()
        for thread in self._threads:
            thread.join(5)

    # -- content -------------------------------------------------------------------------------

    def add_file(
        self,
        repo_id: str,
        filename: str,
        content: bytes,
        *,
        revision: str = "main",
        gated: bool = False,
        private: bool = False,
        lfs: bool = True,
    ) -> HubFile:
        """Add (or replace) a file; this makes a new commit of that revision.

        ``gated=True`` gates the whole repo, as on the Hub (see `grant_token`); ``private=True``
        hides it from everyone without the granted token. ``lfs=False`` makes a regular git
        file, which ``resolve`` serves directly instead of redirecting.
        """
        hub_file = HubFile(repo_id, filename, content, revision, lfs)
        with self._lock:
            repo = self._repos.setdefault(repo_id, _Repo())
            repo.gated = repo.gated or gated
            repo.private = repo.private or private
            repo.revisions.setdefault(revision, {})[filename] = hub_file
        return hub_file

    def describe_repo(
        self, repo_id: str, *, downloads: int = 0, likes: int = 0,
        last_modified: str = _LAST_MODIFIED,
    ) -> None:
        """Set what the search reports about a repo added with `add_file`."""
        with self._lock:
            repo = self._repos[repo_id]
            repo.downloads, repo.likes, repo.last_modified = downloads, likes, last_modified

    def commit_sha(self, repo_id: str, revision: str = "main") -> str:
        """The commit a revision points at: 40 hex digits derived from the repo's files."""
        with self._lock:
            files = dict(self._repos[repo_id].revisions[revision])
        digest = hashlib.sha1(f"{repo_id}\0{revision}\0".encode(), usedforsecurity=False)
        for name in sorted(files):
            digest.update(f"{name}\0{files[name].blob_id}\0".encode())
        return digest.hexdigest()

    def grant_token(self, token: str) -> None:
        """Let requests with ``Authorization: Bearer <token>`` read gated repos.

        Without the header, gated files answer 401 ``GatedRepo``; with another token, 403.
        """
        with self._lock:
            self._token = token

    # -- faults --------------------------------------------------------------------------------

    def fail_with(
        self,
        filename: str,
        status: int,
        times: int | None = 1,
        *,
        on: FaultTarget = "any",
        retry_after: int = 1,
        error_code: str | None = None,
    ) -> None:
        """Answer the next ``times`` requests for ``filename`` (None: all of them) with ``status``.

        ``on`` picks the requests: "head" (the client's metadata call), "get" (the download) or
        "any". 429 carries ``Retry-After: retry_after``. ``error_code`` is the ``X-Error-Code``
        sent; on ``resolve`` it defaults to the Hub's code for the status (401 RepoNotFound,
        403 GatedRepo, 404 EntryNotFound, else none), on the file host to none (a CDN error).
        """
        failure = _Failure(status, times, on, retry_after, error_code)
        with self._lock:
            self._faults_for(filename).failures.append(failure)

    def drop_connection_after(self, filename: str, n_bytes: int, times: int | None = 1) -> None:
        """Close the socket after ``n_bytes`` of body in the next ``times`` downloads (None: all).

        Counts bytes of each response body, so a resumed (206) response is cut ``n_bytes`` after
        its own start. Responses no longer than ``n_bytes`` are sent whole and don't count.
        """
        with self._lock:
            self._faults_for(filename).drops.append([n_bytes, -1 if times is None else times])

    def ignore_range(self, filename: str) -> None:
        """From now on answer 200 with the whole body even when ``Range`` is sent."""
        with self._lock:
            self._faults_for(filename).ignore_range = True

    def serve_wrong_bytes(self, filename: str) -> None:
        """From now on serve content of the right length but wrong bytes (every byte inverted)."""
        with self._lock:
            self._faults_for(filename).wrong_bytes = True

    def throttle(self, filename: str, bytes_per_second: int) -> None:
        """From now on send the body at about ``bytes_per_second``."""
        with self._lock:
            self._faults_for(filename).bytes_per_second = bytes_per_second

    def stall(self, name: str, seconds: float) -> None:
        """From now on wait ``seconds`` before answering requests about ``name`` (a filename,
        a repo id for its model-info API, or `SEARCH`); `close` cuts the wait short."""
        with self._lock:
            self._faults_for(name).stall_seconds = seconds

    def clear_faults(self, filename: str | None = None) -> None:
        """Remove every fault injected for ``filename`` (None: for all files)."""
        with self._lock:
            if filename is None:
                self._faults.clear()
            else:
                self._faults.pop(filename, None)

    # -- request log ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of the request log, taken once in-flight requests finished (waits up to 5 s)."""
        with self._lock:
            self._lock.wait_for(lambda: self._in_flight == 0, timeout=5)
            return list(self._records)

    def requests_for(self, filename: str) -> list[RequestRecord]:
        """The logged requests about ``filename`` (resolve and file host)."""
        return [r for r in self.requests if r.filename == filename]

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self._lock:
            self._records.clear()

    # -- used by the handler (all under the lock or read-only) ---------------------------------

    def _faults_for(self, filename: str) -> _Faults:
        return self._faults.setdefault(filename, _Faults())

    def _take_failure(self, filename: str, method: str) -> _Failure | None:
        with self._lock:
            faults = self._faults.get(filename)
            if faults is None:
                return None
            for failure in faults.failures:
                if failure.target in ("any", method.lower()) and failure.remaining != 0:
                    if failure.remaining is not None:
                        failure.remaining -= 1
                    return failure
            return None

    def _take_drop(self, filename: str, body_length: int) -> int | None:
        with self._lock:
            faults = self._faults.get(filename)
            for drop in faults.drops if faults else []:
                n_bytes, remaining = drop
                if remaining != 0 and n_bytes < body_length:
                    drop[1] = remaining - 1 if remaining > 0 else remaining
                    return n_bytes
            return None

    def _stall_seconds(self, name: str) -> float:
        with self._lock:
            faults = self._faults.get(name)
            return faults.stall_seconds if faults else 0.0

    def _content_faults(self, filename: str) -> tuple[bool, bool, int | None]:
        with self._lock:
            faults = self._faults.get(filename, _Faults())
            return faults.ignore_range, faults.wrong_bytes, faults.bytes_per_second

    def _repo(self, repo_id: str) -> _Repo | None:
        with self._lock:
            return self._repos.get(repo_id)

    def _revision(self, repo_id: str, revision: str) -> str | None:
        """The branch a revision (branch name or current commit sha) names, if any."""
        repo = self._repo(repo_id)
        if repo is None:
            return None
        with self._lock:
            branches = list(repo.revisions)
        if revision in branches:
            return revision
        return next((b for b in branches if self.commit_sha(repo_id, b) == revision), None)

    def _files(self, repo_id: str, branch: str) -> dict[str, HubFile]:
        with self._lock:
            return dict(self._repos[repo_id].revisions[branch])

    def _file_by_sha(self, sha256: str, name: str | None) -> HubFile | None:
        with self._lock:
            candidates = [
                f
                for repo in self._repos.values()
                for files in repo.revisions.values()
                for f in files.values()
                if f.lfs and f.sha256 == sha256
            ]
        named = [f for f in candidates if f.filename == name]
        return next(iter(named or candidates), None)

    def _token_ok(self, authorization: str | None) -> bool:
        with self._lock:
            return self._token is not None and authorization == f"Bearer {self._token}"

    def _begin(self) -> bool:
        """Count a request in flight; False when closing (the handler then hangs up)."""
        with self._lock:
            if self._closing.is_set():
                return False
            self._in_flight += 1
            return True

    def _end(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)
            self._in_flight -= 1
            self._lock.notify_all()

    def _register(self, conn: socket.socket) -> bool:
        with self._lock:
            if self._closing.is_set():
                return False
            self._connections[conn] = threading.current_thread()
            return True

    def _unregister(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.pop(conn, None)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeHub/1.0"

    _status = 0
    _bytes_sent = 0
    _filename: str | None = None

    @property
    def hub(self) -> FakeHub:
        return cast(_Server, self.server).hub

    def setup(self) -> None:
        super().setup()
        if not self.hub._register(self.connection):
            self._hang_up()

    def finish(self) -> None:
        self.hub._unregister(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the request log is `FakeHub.requests`."""

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    # -- plumbing ------------------------------------------------------------------------------

    def _dispatch(self) -> None:
        self._status, self._bytes_sent, self._filename = 0, 0, None
        url = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        if not self.hub._begin():
            self._hang_up()
            return
        try:
            self._route(url.path, url.query)
        except ConnectionError:
            self.close_connection = True  # the client hung up
        finally:
            record = RequestRecord(
                self.command, url.path, url.query, headers, self._status, self._bytes_sent,
                self._filename,
            )
            self.hub._end(record)

    def _route(self, path: str, query: str) -> None:
        if path.startswith(FILES_PREFIX) and self.command in ("GET", "HEAD"):
            self._serve_file_host(path.removeprefix(FILES_PREFIX), query)
        elif path in (SEARCH, SEARCH + "/") and self.command == "GET":
            self._serve_search(query)
        elif path.startswith("/api/models/"):
            self._serve_api(path.removeprefix("/api/models/"), query)
        elif "/resolve/" in path and self.command in ("GET", "HEAD"):
            self._serve_resolve(path)
        else:
            self._send_error(404, "Not Found", None)

    def _hang_up(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, headers: Mapping[str, str], body: bytes = b"") -> None:
        """Send a complete small response (no body for HEAD)."""
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
            self._bytes_sent = len(body)

    def _send_json(self, payload: object) -> None:
        body = json.dumps(payload).encode()
        self._send(200, {"Content-Type": "application/json; charset=utf-8"}, body)

    def _send_error(
        self,
        status: int,
        message: str,
        error_code: str | None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        headers = {"Content-Type": "application/json; charset=utf-8", "X-Error-Message": message}
        if error_code:
            headers["X-Error-Code"] = error_code
        headers.update(extra or {})
        self._send(status, headers, json.dumps({"error": message}).encode())

    def _injected_failure(self, filename: str, *, on_hub: bool) -> bool:
        stall = self.hub._stall_seconds(filename)
        if stall and self.hub._closing.wait(stall):
            self._hang_up()
            return True
        failure = self.hub._take_failure(filename, self.command)
        if failure is None:
            return False
        default_code = _DEFAULT_ERROR_CODES.get(failure.status) if on_hub else None
        code = failure.error_code or default_code
        extra = {"Retry-After": str(failure.retry_after)} if failure.status == 429 else {}
        self._send_error(failure.status, f"Injected failure {failure.status}", code, extra)
        return True

    # -- repo lookups (each sends the Hub's error and returns None on failure) -----------------

    def _find_branch(self, repo_id: str, revision: str) -> str | None:
        authorization = self.headers.get("Authorization")
        repo = self.hub._repo(repo_id)
        if repo is None or (repo.private and not self.hub._token_ok(authorization)):
            status = 404 if authorization else 401
            self._send_error(status, "Repository not found", "RepoNotFound")
            return None
        branch = self.hub._revision(repo_id, revision)
        if branch is None:
            self._send_error(404, f"Invalid rev id: {revision}", "RevisionNotFound")
        return branch

    def _check_gate(self, repo_id: str) -> bool:
        repo = self.hub._repo(repo_id)
        authorization = self.headers.get("Authorization")
        if repo is None or not repo.gated or self.hub._token_ok(authorization):
            return True
        if authorization is None:
            message = (
                f"Access to model {repo_id} is restricted. You must have access to it and be"
                " authenticated to access it. Please log in."
            )
            self._send_error(401, message, "GatedRepo")
        else:
            message = (
                f"Access to model {repo_id} is restricted and you are not in the authorized list."
            )
            self._send_error(403, message, "GatedRepo")
        return False

    # -- endpoints -----------------------------------------------------------------------------

    def _serve_resolve(self, path: str) -> None:
        repo_part, _, rest = path.partition("/resolve/")
        repo_id = unquote(repo_part.lstrip("/"))
        quoted_revision, _, quoted_name = rest.partition("/")
        filename = unquote(quoted_name)
        self._filename = filename
        if self._injected_failure(filename, on_hub=True):
            return
        branch = self._find_branch(repo_id, unquote(quoted_revision))
        if branch is None or not self._check_gate(repo_id):
            return
        commit = self.hub.commit_sha(repo_id, branch)
        hub_file = self.hub._files(repo_id, branch).get(filename)
        if hub_file is None:
            message = f"Entry not found: {filename}"
            self._send_error(404, message, "EntryNotFound", {"X-Repo-Commit": commit})
            return
        if not hub_file.lfs:
            headers = {"X-Repo-Commit": commit, "ETag": f'"{hub_file.blob_id}"'}
            self._serve_content(hub_file, headers)
            return
        location = f"{self.hub.cdn_url}{FILES_PREFIX}{hub_file.sha256}?name={quote(filename)}"
        headers = {
            "Location": location,
            "Content-Type": "text/plain; charset=utf-8",
            "ETag": f'"{hub_file.blob_id}"',
            "X-Repo-Commit": commit,
            "X-Linked-Etag": f'"{hub_file.sha256}"',
            "X-Linked-Size": str(hub_file.size),
            "Accept-Ranges": "bytes",
        }
        self._send(302, headers, f"Found. Redirecting to {location}".encode())

    def _serve_file_host(self, sha256: str, query: str) -> None:
        name = parse_qs(query).get("name", [None])[0]
        hub_file = self.hub._file_by_sha(sha256, name)
        if hub_file is None:
            self._send_error(404, "NoSuchKey", None)
            return
        self._filename = hub_file.filename
        if self._injected_failure(hub_file.filename, on_hub=False):
            return
        disposition = (
            f"attachment; filename*=UTF-8''{quote(hub_file.filename)}; "
            f'filename="{hub_file.filename}";'
        )
        self._serve_content(
            hub_file, {"ETag": f'"{hub_file.sha256}"', "Content-Disposition": disposition}
        )

    def _serve_content(self, hub_file: HubFile, extra: Mapping[str, str]) -> None:
        """Send the file's content, honouring ``Range`` and the injected content faults."""
        ignore_range, wrong_bytes, bytes_per_second = self.hub._content_faults(hub_file.filename)
        data = hub_file.content.translate(_INVERT) if wrong_bytes else hub_file.content
        total = len(data)
        span = None if ignore_range else _parse_range(self.headers.get("Range"), total)
        headers = {"Content-Type": "application/octet-stream", "Accept-Ranges": "bytes", **extra}
        if span == "unsatisfiable":
            self._send(416, {**headers, "Content-Range": f"bytes */{total}"})
            return
        start, end = span if span is not None else (0, total)
        self.send_response(200 if span is None else 206)
        for key, value in headers.items():
            self.send_header(key, value)
        if span is not None:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{total}")
        self.send_header("Content-Length", str(end - start))
        self.end_headers()
        if self.command == "HEAD":
            return
        body = memoryview(data)[start:end]
        drop_after = self.hub._take_drop(hub_file.filename, len(body))
        self._send_body(body, drop_after, bytes_per_second)

    def _send_body(self, body: memoryview, drop_after: int | None, rate: int | None) -> None:
        """Write the body, hanging up after ``drop_after`` bytes; ``rate`` in bytes per second."""
        limit = len(body) if drop_after is None else drop_after
        chunk = _CHUNK if rate is None else max(1, min(_CHUNK, rate // 20))
        while self._bytes_sent < limit:
            piece = body[self._bytes_sent : min(self._bytes_sent + chunk, limit)]
            self.wfile.write(piece)
            self._bytes_sent += len(piece)
            if rate is not None and self.hub._closing.wait(len(piece) / rate):
                break  # the hub is closing
        if self._bytes_sent < len(body):
            self._hang_up()

    def _serve_api(self, rest: str, query: str) -> None:
        if self.command == "POST" and "/paths-info/" in rest:
            repo_id, _, revision = rest.partition("/paths-info/")
            self._serve_paths_info(repo_id, unquote(revision))
        elif self.command == "GET":
            repo_id, _, revision = rest.partition("/revision/")
            blobs = parse_qs(query).get("blobs", ["false"])[0].lower() == "true"
            self._serve_model_info(repo_id, unquote(revision) or "main", blobs=blobs)
        else:
            self._send_error(405, "Method not allowed", None)

    def _serve_search(self, query: str) -> None:
        if self._injected_failure(SEARCH, on_hub=True):
            return
        params = parse_qs(query)
        search = params.get("search", [""])[0].lower()
        filters = params.get("filter", [])
        expand = params.get("expand", [])
        token_ok = self.hub._token_ok(self.headers.get("Authorization"))
        with self.hub._lock:
            repos = dict(self.hub._repos)
        found = []
        for repo_id, repo in repos.items():
            names = {n for files in repo.revisions.values() for n in files}
            tags = ["gguf"] if any(n.endswith(".gguf") for n in names) else []
            visible = token_ok or not repo.private
            if search in repo_id.lower() and set(filters) <= set(tags) and visible:
                found.append((repo_id, repo, tags))
        sort = params.get("sort", [""])[0]
        keys = {"downloads": lambda r: r[1].downloads, "likes": lambda r: r[1].likes,
                "lastModified": lambda r: r[1].last_modified}
        if sort in keys:
            found.sort(key=keys[sort], reverse=True)
        limit = int(params.get("limit", ["0"])[0] or 0)
        items = []
        for repo_id, repo, tags in found[:limit or None]:
            full = {
                "_id": _sha1(repo_id.encode())[:24], "id": repo_id, "modelId": repo_id,
                "author": repo_id.partition("/")[0], "downloads": repo.downloads,
                "likes": repo.likes, "lastModified": repo.last_modified,
                "createdAt": _LAST_MODIFIED, "private": repo.private, "tags": tags,
                "gated": "manual" if repo.gated else False,
            }
            if expand:  # as on the Hub: only what was asked for, and the id
                full = {k: v for k, v in full.items() if k in {"_id", "id", *expand}}
            items.append(full)
        self._send_json(items)

    def _serve_model_info(self, repo_id: str, revision: str, *, blobs: bool) -> None:
        if self._injected_failure(repo_id, on_hub=True):
            return
        branch = self._find_branch(repo_id, revision)
        if branch is None:
            return
        repo = self.hub._repo(repo_id)
        files = self.hub._files(repo_id, branch)
        siblings: list[dict[str, object]] = []
        for name in sorted(files):
            hub_file = files[name]
            sibling: dict[str, object] = {"rfilename": name}
            if blobs:
                sibling.update(size=hub_file.size, blobId=hub_file.blob_id)
                if hub_file.lfs:
                    sibling["lfs"] = {
                        "sha256": hub_file.sha256,
                        "size": hub_file.size,
                        "pointerSize": len(hub_file.lfs_pointer),
                    }
            siblings.append(sibling)
        self._send_json({
            "_id": _sha1(repo_id.encode())[:24],
            "id": repo_id,
            "modelId": repo_id,
            "author": repo_id.partition("/")[0],
            "sha": self.hub.commit_sha(repo_id, branch),
            "lastModified": _LAST_MODIFIED,
            "createdAt": _LAST_MODIFIED,
            "private": repo is not None and repo.private,
            "disabled": False,
            "gated": "manual" if repo is not None and repo.gated else False,
            "downloads": repo.downloads if repo is not None else 0,
            "likes": repo.likes if repo is not None else 0,
            "tags": ["gguf"],
            "siblings": siblings,
            "usedStorage": sum(f.size for f in files.values()),
        })

    def _serve_paths_info(self, repo_id: str, revision: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        branch = self._find_branch(repo_id, revision)
        if branch is None:
            return
        files = self.hub._files(repo_id, branch)
        entries: list[dict[str, object]] = []
        for path in form.get("paths", []):
            hub_file = files.get(path)
            if hub_file is not None:
                entry: dict[str, object] = {
                    "type": "file", "oid": hub_file.blob_id, "size": hub_file.size, "path": path,
                }
                if hub_file.lfs:
                    entry["lfs"] = {
                        "oid": hub_file.sha256,
                        "size": hub_file.size,
                        "pointerSize": len(hub_file.lfs_pointer),
                    }
                entries.append(entry)
            elif any(name.startswith(path.rstrip("/") + "/") for name in files):
                entries.append({"type": "directory", "oid": _sha1(path.encode()), "path": path})
        self._send_json(entries)


def _parse_range(
    header: str | None, total: int
) -> tuple[int, int] | Literal["unsatisfiable"] | None:
    """Parse a single-range ``Range`` header into ``[start, end)``; None means "send it all"."""
    match = _RANGE.fullmatch(header.strip()) if header else None
    if match is None or total == 0 or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first == "":
        return (max(0, total - int(last)), total)
    start = int(first)
    end = total if last == "" else min(int(last) + 1, total)
    if start >= total or start >= end:
        return "unsatisfiable"
    return (start, end)

