"""User settings: typed fields with their defaults in one place, stored as JSON.

Only values that differ from the defaults are written, so improving a default
reaches existing users. A corrupt or hand-mangled file never stops the app: it
is set aside (nothing is lost) and the defaults are used, with a warning.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from app.core.engine.base import (
    DEFAULT_RESUME_DISK_MB,
    GPU_LAYERS_AUTO,
    KV_CACHE_TYPES,
    ResumeOptions,
    SamplingParams,
)
from app.core.jsonfile import set_aside, write_text_atomic
from app.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from app.core.server.config import DEFAULT_PORT

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """Everything the user can change. Defaults follow the StableLM 2 model card."""

    language: str = DEFAULT_LANGUAGE
    """Language of new conversations (picks the system prompt)."""
    ui_language: str = ""
    """Language of the interface; empty follows the operating system."""
    model_path: str = ""
    remote_connection: str = ""
    """The saved connection (its id) whose model was last used; empty: a local file was."""
    remote_model: str = ""
    """That connection's model, as its server names it."""
    context_length: int = 4096
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1
    max_reply_tokens: int = 1024
    seed: int = -1
    threads: int = 0
    gpu_layers: int = GPU_LAYERS_AUTO
    system_prompts: dict[str, str] = field(default_factory=dict)
    accepted_licenses: list[str] = field(default_factory=list)
    """Licence URLs the user accepted before a first download."""
    api_server: bool = False
    """Serve the loaded model through the local OpenAI-compatible API (127.0.0.1 only)."""
    api_port: int = DEFAULT_PORT
    kv_cache: str = "f16"
    """How the context is stored: "f16", the standard (on a CPU keys are kept as q8_0,
    ``engine.base.context_layouts``), or "q8_0" (half the memory, slower on a CPU)."""
    resume_disk_mb: int = DEFAULT_RESUME_DISK_MB
    """Disk space for saved chat states (snapshots), so chats resume at once; 0: none."""

    def sampling(self) -> SamplingParams:
        """How a reply is sampled with these settings."""
        return SamplingParams(temperature=self.temperature, top_p=self.top_p, top_k=self.top_k,
                              repeat_penalty=self.repeat_penalty,
                              max_tokens=self.max_reply_tokens, seed=self.seed)

    def resume(self, snapshots: Path) -> ResumeOptions | None:
        """How chats' KV cache snapshots are kept, ``snapshots`` the folder for them; None:
        not at all."""
        disk = self.resume_disk_mb
        return ResumeOptions(snapshots, disk_budget_mb=disk) if disk else None

    def validate(self) -> list[str]:
        """Reset out-of-range values to defaults; return what was fixed, for the log."""
        defaults = Settings()
        problems: list[str] = []
        checks: dict[str, bool] = {
            "language": self.language in LANGUAGES,
            "ui_language": self.ui_language == "" or self.ui_language in LANGUAGES,
            "context_length": 256 <= self.context_length <= 131_072,
            "temperature": 0.0 <= self.temperature <= 5.0,
            "top_p": 0.0 < self.top_p <= 1.0,
            "top_k": 0 <= self.top_k <= 1000,
            "repeat_penalty": 0.5 <= self.repeat_penalty <= 3.0,
            "max_reply_tokens": 1 <= self.max_reply_tokens <= 131_072,
            "threads": 0 <= self.threads <= 1024,
            "gpu_layers": self.gpu_layers >= GPU_LAYERS_AUTO,
            "api_port": 1024 <= self.api_port <= 65535,
            "resume_disk_mb": 0 <= self.resume_disk_mb <= 1_000_000,
            "kv_cache": self.kv_cache in KV_CACHE_TYPES,
            "remote_connection": re.fullmatch(r"[0-9a-f]{0,32}", self.remote_connection)
            is not None,
        }
        for name, ok in checks.items():
            if not ok:
                problems.append(f"{name}={getattr(self, name)!r} is out of range")
                setattr(self, name, getattr(defaults, name))
        self.accepted_licenses = [u for u in self.accepted_licenses if isinstance(u, str)]
        self.system_prompts = {
            lang: text
            for lang, text in self.system_prompts.items()
            if lang in LANGUAGES and isinstance(text, str)
        }
        return problems


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Accept a stored value only if it has the default's type (ints count as floats)."""
    if isinstance(default, bool) or isinstance(value, bool):
        ok = isinstance(value, bool) and isinstance(default, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise TypeError(f"{name} should be {type(default).__name__}, got {value!r}")
    return value


def load_settings(path: Path) -> Settings:
    """Read settings, falling back to defaults field by field or, if unreadable, entirely."""
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("top level is not an object")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        set_aside(path, "Settings file", exc)
        return Settings()

    settings = Settings()
    for f in fields(Settings):
        if f.name not in raw:
            continue
        try:
            setattr(settings, f.name, _coerce(f.name, raw[f.name], getattr(settings, f.name)))
        except TypeError as exc:
            log.warning("Ignoring setting: %s", exc)
    for problem in settings.validate():
        log.warning("Ignoring setting: %s", problem)
    return settings


def save_settings(settings: Settings, path: Path) -> bool:
    """Write the non-default values atomically, so a crash mid-write keeps the old file.

    A failed write (disk full, read-only folder) is logged and returns False: the
    settings stay in effect for this run, and no caller has to guard against it.
    """
    defaults = dataclasses.asdict(Settings())
    changed = {k: v for k, v in dataclasses.asdict(settings).items() if defaults[k] != v}
    try:
        write_text_atomic(path, json.dumps(changed, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        log.warning("Could not save the settings to %s: %s", path, exc)
        return False
    return True
