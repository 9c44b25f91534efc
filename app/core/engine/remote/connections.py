"""Saved connections to OpenAI-compatible servers, and the presets that fill them in.

Nothing is ever sent anywhere unless the user added a connection: this file is the only
place that says where remote chats may go. Connections live in ``config/connections.json``
(no secrets in it); each key is a secret file of its own (``config/connection-keys/ID``,
owner-only, like the Hugging Face token), shown only masked and never logged.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from app.core.engine.base import RemoteModel
from app.core.jsonfile import set_aside, write_text_atomic
from app.core.messages import QT_TRANSLATE_NOOP, Message, UserError
from app.core.secrets import read_secret, write_secret

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preset:
    kind: str
    label: str
    port: int

    def url(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/v1"


PRESETS: tuple[Preset, ...] = (
    Preset("vllm", "vLLM", 8000),
    Preset("llama.cpp", "llama.cpp server", 8080),
    Preset("ollama", "Ollama", 11434),
    Preset("lmstudio", "LM Studio", 1234),
    Preset("parla", "Parla", 8484),
    Preset("openai", "Other (OpenAI-compatible)", 8000),
)
KINDS = frozenset(p.kind for p in PRESETS)


class InvalidConnectionError(UserError):
    """A connection the user typed cannot be saved; the message says why."""


@dataclass(frozen=True)
class Connection:
    id: str
    name: str
    base_url: str
    kind: str = "openai"
    model: str = ""
    """The model last chosen on this server."""

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def target(self, model: str, api_key: str | None) -> RemoteModel:
        return RemoteModel(connection=self.id, name=self.name, base_url=self.base_url,
                           model=model, kind=self.kind, api_key=api_key)


def normalize_url(text: str) -> str:
    """``host:8080`` → ``http://host:8080/v1``; a sentence (``InvalidConnectionError``)
    when it cannot be an address."""
    url = text.strip().rstrip("/")
    if not url:
        raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
            "core", "Type the server's address, for example http://192.168.1.20:8080/v1.")))
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
            "core", "'{address}' is not a web address. Write it as http://host:port/v1."),
            address=text.strip()))
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
            "core", "'{address}' has a port that is not a number."),
            address=text.strip())) from None
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
            "core", "Leave the user name, password, '?' and '#' out of the address; the "
            "API key has a field of its own.")))
    path = parts.path.rstrip("/")
    if not path.endswith("/v1"):
        path += "/v1"  # every preset's API lives under /v1
    return f"{parts.scheme}://{parts.netloc}{path}"


class Connections:
    """The saved connections of one Parla home; every change is written at once."""

    def __init__(self, config_dir: Path) -> None:
        self.file = config_dir / "connections.json"
        self.keys_dir = config_dir / "connection-keys"
        self._items: list[Connection] = self._read()

    def all(self) -> list[Connection]:
        return list(self._items)

    def get(self, id_or_name: str) -> Connection | None:
        """By id, else by name (case-insensitive), as the CLI takes either."""
        for item in self._items:
            if item.id == id_or_name:
                return item
        lowered = id_or_name.casefold()
        return next((i for i in self._items if i.name.casefold() == lowered), None)

    def add(self, name: str, base_url: str, kind: str = "openai", model: str = "",
            api_key: str | None = None) -> Connection:
        name = name.strip() or urlsplit(normalize_url(base_url)).netloc
        if any(i.name.casefold() == name.casefold() for i in self._items):
            raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
                "core", "There is already a connection named '{name}'."), name=name))
        connection = Connection(uuid.uuid4().hex[:12], name, normalize_url(base_url),
                                kind if kind in KINDS else "openai", model.strip())
        self._items.append(connection)
        self._write()
        if api_key is not None and api_key.strip():
            self.set_key(connection.id, api_key)
        return connection

    def update(self, connection: Connection) -> Connection:
        connection = replace(connection, base_url=normalize_url(connection.base_url),
                             name=connection.name.strip() or connection.host)
        if any(i.name.casefold() == connection.name.casefold() and i.id != connection.id
               for i in self._items):
            raise InvalidConnectionError(Message(QT_TRANSLATE_NOOP(
                "core", "There is already a connection named '{name}'."), name=connection.name))
        self._items = [connection if i.id == connection.id else i for i in self._items]
        self._write()
        return connection

    def remove(self, connection_id: str) -> None:
        self._items = [i for i in self._items if i.id != connection_id]
        self._write()
        self._key_file(connection_id).unlink(missing_ok=True)

    def key(self, connection_id: str) -> str | None:
        return read_secret(self._key_file(connection_id))

    def set_key(self, connection_id: str, api_key: str | None) -> None:
        """Store the key owner-only; None or empty removes it."""
        if api_key is None or not api_key.strip():
            self._key_file(connection_id).unlink(missing_ok=True)
        else:
            write_secret(self._key_file(connection_id), api_key)

    def target(self, connection: Connection, model: str | None = None) -> RemoteModel:
        return connection.target(model or connection.model, self.key(connection.id))

    def _key_file(self, connection_id: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{1,32}", connection_id):
            raise ValueError(f"not a connection id: {connection_id!r}")
        return self.keys_dir / connection_id

    def _read(self) -> list[Connection]:
        if not self.file.exists():
            return []
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
            items = [Connection(**{k: str(v) for k, v in entry.items()
                                   if k in Connection.__dataclass_fields__})
                     for entry in raw["connections"]]
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            set_aside(self.file, "Connections file", exc)
            return []
        return [i for i in items if re.fullmatch(r"[0-9a-f]{1,32}", i.id)]

    def _write(self) -> None:
        body = {"connections": [asdict(i) for i in self._items]}
        write_text_atomic(self.file, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
