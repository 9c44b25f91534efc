"""Fixtures the window tests share: the app's folders under the test's PARLA_HOME, and a
real engine thread that is shut down after the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engine.worker import EngineService
from app.core.paths import AppPaths, app_paths


@pytest.fixture
def paths(parla_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def engine() -> Iterator[EngineService]:
    service = EngineService()
    yield service
    service.shutdown()
