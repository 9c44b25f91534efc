"""How fast each model file runs on this computer, kept in ``measurements.json``.

A measurement is only meaningful for the exact file and the conditions it was
taken under, so both are part of its key: the file by path, size and
modification time (a re-downloaded or edited file is a different file), and
the conditions by thread count, CPU or GPU, and llama.cpp version. A
measurement whose key no longer matches is simply not shown.

Speeds come from a short benchmark ("Measure this machine") or, for free, from
replies in a chat. The file is small and written atomically under an
inter-process lock; a damaged one is set aside with a warning, never fatal.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from filelock import FileLock

from app.core.engine.base import EngineRuntime
from app.core.jsonfile import set_aside, write_text_atomic

log = logging.getLogger(__name__)

Source = Literal["benchmark", "chat"]
SCHEMA = 1
MAX_ENTRIES = 500
"""Oldest measurements beyond this are dropped, so the file stays small."""


@dataclass(frozen=True)
class FileKey:
    """One version of one model file."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileKey:
        """The file as it is now; raises OSError if it is missing."""
        resolved = path.resolve()
        stat = resolved.stat()
        return cls(str(resolved), stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class Conditions:
    """What else decides the speed besides the file."""

    threads: int
    """Threads actually used (never 0)."""
    backend: str
    """``"CPU"`` or ``"GPU"``."""
    llama_cpp: str
    """The engine's version (llama-cpp-python's; the name is the stored file's key)."""

    @classmethod
    def of(cls, runtime: EngineRuntime, threads: int, backend: str) -> Conditions:
        """The conditions of a run on ``runtime`` with the ``threads`` setting (0: the
        engine's default, recorded as the count it resolves to) on ``backend``."""
        return cls(threads=threads or runtime.default_threads, backend=backend,
                   llama_cpp=runtime.version)


@dataclass(frozen=True)
class Measurement:
    file: FileKey
    conditions: Conditions
    tokens_per_second: float
    """Decode speed: new tokens a second once the reply has started."""
    prompt_tokens_per_second: float | None
    """Prompt-processing speed, where it was measured."""
    measured_at: str
    """ISO 8601, UTC."""
    source: Source

    @classmethod
    def now(cls, file: FileKey, conditions: Conditions, tokens_per_second: float,
            prompt_tokens_per_second: float | None, source: Source) -> Measurement:
        return cls(file, conditions, tokens_per_second, prompt_tokens_per_second,
                   datetime.now(UTC).isoformat(timespec="seconds"), source)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self.file), **asdict(self.conditions),
                "tokens_per_second": self.tokens_per_second,
                "prompt_tokens_per_second": self.prompt_tokens_per_second,
                "measured_at": self.measured_at, "source": self.source}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Measurement:
        """Raises ValueError, KeyError or TypeError for anything malformed."""
        source = raw["source"]
        if source not in get_args(Source):
            raise ValueError(f"unknown source {source!r}")
        prompt = raw.get("prompt_tokens_per_second")
        return cls(
            file=FileKey(_typed(raw, "path", str), _typed(raw, "size", int),
                         _typed(raw, "mtime_ns", int)),
            conditions=Conditions(_typed(raw, "threads", int), _typed(raw, "backend", str),
                                  _typed(raw, "llama_cpp", str)),
            tokens_per_second=float(_typed(raw, "tokens_per_second", int | float)),
            prompt_tokens_per_second=None if prompt is None else float(
                _typed(raw, "prompt_tokens_per_second", int | float)),
            measured_at=_typed(raw, "measured_at", str),
            source=source,
        )


def _typed(raw: dict[str, Any], name: str, kind: Any) -> Any:
    value = raw[name]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise TypeError(f"{name} has the wrong type: {value!r}")
    return value


def best(measurements: Iterable[Measurement], path: Path,
         conditions: Conditions) -> Measurement | None:
    """The measurement to show for ``path`` as it is now, under ``conditions``.

    A benchmark beats a chat (its prompt and length are always the same); among
    equals, the newest wins. None if the file is missing or nothing matches.
    """
    try:
        file = FileKey.of(path)
    except OSError:
        return None
    matching = [m for m in measurements if m.file == file and m.conditions == conditions]
    if not matching:
        return None
    return max(matching, key=lambda m: (m.source == "benchmark", m.measured_at))


class MeasurementStore:
    """``measurements.json``: safe to use from several threads and processes at once."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A new lock object per use: filelock's locks are per thread, and the GUI and the
        # measuring thread both write here.
        with FileLock(str(self.path.with_name(f".{self.path.name}.lock")), timeout=10):
            yield

    def _read(self) -> list[Measurement]:
        if not self.path.exists():
            return []
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or not isinstance(raw.get("measurements"), list):
                raise ValueError("not a measurements file")
            return [Measurement.from_json(entry) for entry in raw["measurements"]]
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            set_aside(self.path, "Speed measurements file", exc)
            return []

    def measurements(self) -> list[Measurement]:
        """Everything stored, oldest first; empty (and a warning) if the file is unreadable."""
        try:
            with self._locked():
                return self._read()
        except OSError as exc:  # includes a lock timeout
            log.warning("Could not read speed measurements: %s", exc)
            return []

    def lookup(self, path: Path, conditions: Conditions) -> Measurement | None:
        return best(self.measurements(), path, conditions)

    def record(self, measurement: Measurement) -> None:
        """Add ``measurement``, replacing the one it supersedes.

        One entry is kept per file, conditions and source; entries for an older
        version of the same path are dropped, as they can never match again.
        """
        with self._locked():
            kept = [
                m for m in self._read()
                if m.file.path != measurement.file.path
                or (m.file == measurement.file
                    and (m.conditions, m.source) != (measurement.conditions, measurement.source))
            ]
            kept = [*kept, measurement][-MAX_ENTRIES:]
            payload = {"schema": SCHEMA, "measurements": [m.to_json() for m in kept]}
            write_text_atomic(self.path, json.dumps(payload, indent=1, ensure_ascii=False))
