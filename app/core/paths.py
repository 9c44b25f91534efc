"""Every location Parla reads or writes, in one place.

platformdirs gives the per-OS conventions; ``PARLA_HOME`` replaces all of them
with one folder, for tests and portable installs (a USB stick, a shared lab PC).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME

HOME_ENV = "PARLA_HOME"
# A frozen build (PyInstaller) unpacks data next to the executable instead.
_BUNDLE_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
RESOURCES_DIR = _BUNDLE_ROOT / "resources"


@dataclass(frozen=True)
class AppPaths:
    """Where data, settings, cache and logs live; created on first use."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "parla.log"

    @property
    def models(self) -> Path:
        return self.data / "models"

    @property
    def snapshots(self) -> Path:
        """Saved KV cache states of chats, so they resume at once (a cache: safe to delete)."""
        return self.cache / "snapshots"

    @property
    def measurements_file(self) -> Path:
        """Measured speeds of the model files, beside the library index."""
        return self.models / "measurements.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """Resolve locations now, so a test that changes ``PARLA_HOME`` gets its own."""
    override = os.environ.get(HOME_ENV)
    if override:
        home = Path(override).expanduser().resolve()
        return AppPaths(
            data=home / "data", config=home / "config", cache=home / "cache", logs=home / "logs"
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        cache=Path(dirs.user_cache_dir),
        logs=Path(dirs.user_log_dir),
    )


def resource(*parts: str) -> Path:
    """A file shipped under ``resources/`` (also inside a frozen build)."""
    return RESOURCES_DIR.joinpath(*parts)
