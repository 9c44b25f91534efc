"""What a user chose for one model file, remembered across sessions in ``model_settings.json``.

A chat format picked for a file without a template, a shorter context for a big
model, a system prompt for one model: these belong to the file, not to the app.
A file is known by its resolved path and size, so a re-downloaded copy of the same
file keeps its settings while a different file put at the same path does not. The
file is small, written atomically under an inter-process lock; a damaged one is
set aside with a warning, and an entry that no longer makes sense (a format that
was removed) is ignored, never fatal.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from filelock import FileLock

from app.core.engine.base import LoadOptions
from app.core.engine.llama.chat_format import chat_format_choices
from app.core.jsonfile import set_aside, write_text_atomic
from app.core.paths import app_paths

log = logging.getLogger(__name__)

SCHEMA = 1
FILE_NAME = "model_settings.json"
MAX_ENTRIES = 500
"""Oldest entries beyond this are dropped (files long deleted, most likely)."""


def chat_format_names() -> frozenset[str]:
    """What ``ModelSettings.chat_format`` may hold besides None."""
    return frozenset(choice.name for choice in chat_format_choices())


@dataclass(frozen=True)
class ModelSettings:
    """One file's settings; None everywhere means "as the app's settings say"."""

    chat_format: str | None = None
    """A name from ``chat_format_choices()`` (a built-in format or ``"completion"``);
    None: automatic (the file's own template or a recognised family)."""
    context_length: int | None = None
    """Tokens of context for this file; None: the app's setting."""
    system_prompt: str | None = None
    """The system prompt for this file's chats; None: the app's."""

    def __post_init__(self) -> None:
        if self.chat_format is not None and self.chat_format not in chat_format_names():
            raise ValueError(f"unknown chat format {self.chat_format!r}")
        if self.context_length is not None and (
                isinstance(self.context_length, bool) or not isinstance(self.context_length, int)
                or self.context_length <= 0):
            raise ValueError(f"context length must be a positive integer, "
                             f"got {self.context_length!r}")
        if self.system_prompt is not None and not isinstance(self.system_prompt, str):
            raise ValueError("system prompt must be text")

    @property
    def empty(self) -> bool:
        return self == ModelSettings()

    def apply_to(self, options: LoadOptions) -> LoadOptions:
        """``options`` for loading this file: its chat format and context length, where set."""
        return replace(options, chat_format=self.chat_format,
                       context_length=self.context_length or options.context_length)

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in (
            ("chat_format", self.chat_format), ("context_length", self.context_length),
            ("system_prompt", self.system_prompt)) if value is not None}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ModelSettings:
        """Raises ValueError or TypeError for anything malformed."""
        return cls(chat_format=raw.get("chat_format"), context_length=raw.get("context_length"),
                   system_prompt=raw.get("system_prompt"))


def _file_key(model: Path) -> tuple[str, int] | None:
    """``(resolved path, size)``; None for a file that is not there."""
    try:
        resolved = model.resolve()
        return str(resolved), resolved.stat().st_size
    except OSError:
        return None


class ModelSettingsStore:
    """``model_settings.json``: safe to use from several threads and processes at once."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.path.with_name(f".{self.path.name}.lock")), timeout=10):
            yield

    def _read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or not isinstance(raw.get("models"), list):
                raise ValueError("not a model settings file")
            entries: list[dict[str, Any]] = raw["models"]
            if not all(isinstance(e, dict) and isinstance(e.get("path"), str)
                       and isinstance(e.get("size"), int) for e in entries):
                raise ValueError("an entry without path and size")
            return entries
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            set_aside(self.path, "Model settings file", exc)
            return []

    def get(self, model: Path) -> ModelSettings:
        """The settings for ``model`` as it is now; defaults for a new or missing file."""
        key = _file_key(model)
        if key is None:
            return ModelSettings()
        try:
            with self._locked():
                entries = self._read()
        except OSError as exc:  # includes a lock timeout
            log.warning("Could not read model settings: %s", exc)
            return ModelSettings()
        for entry in entries:
            if (entry["path"], entry["size"]) == key:
                try:
                    return ModelSettings.from_json(entry)
                except (ValueError, TypeError) as exc:
                    log.warning("Ignoring the saved settings of %s: %s", model.name, exc)
                    return ModelSettings()
        return ModelSettings()

    def put(self, model: Path, settings: ModelSettings) -> None:
        """Remember ``settings`` for ``model`` (defaults forget it). OSError if it is missing."""
        key = _file_key(model)
        if key is None:
            raise FileNotFoundError(model)
        with self._locked():
            kept = [e for e in self._read() if (e["path"], e["size"]) != key]
            if not settings.empty:
                kept.append({"path": key[0], "size": key[1], **settings.to_json()})
            payload = {"schema": SCHEMA, "models": kept[-MAX_ENTRIES:]}
            write_text_atomic(self.path, json.dumps(payload, indent=1, ensure_ascii=False))
        log.info("Settings for %s: %s", model.name, settings.to_json() or "defaults")


def model_settings_store() -> ModelSettingsStore:
    """The store in this user's config folder (``PARLA_HOME`` in tests)."""
    return ModelSettingsStore(app_paths().config / FILE_NAME)
