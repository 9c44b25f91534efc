from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.single_instance import SingleInstance, server_name


def test_a_second_instance_defers_to_the_first_and_activates_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
    finally:
        first.release()
        second.release()


def test_different_data_folders_are_independent(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    one, two = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    try:
        assert one.claim() and two.claim()
    finally:
        one.release()
        two.release()


def test_a_stale_socket_from_a_crashed_instance_is_taken_over(tmp_path: Path) -> None:
    crashed = SingleInstance(tmp_path)
    assert crashed.claim()
    crashed.release()  # like a process that died: nobody listens any more
    fresh = SingleInstance(tmp_path)
    try:
        assert fresh.claim()
    finally:
        fresh.release()


def test_launching_the_app_twice_brings_the_first_window_forward(
    qtbot: QtBot, parla_home: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    first = SingleInstance(Path(os.environ["PARLA_HOME"]).resolve() / "data")
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=20_000):
            second = subprocess.Popen([sys.executable, "-m", "app"], stderr=subprocess.PIPE,
                                      text=True, env={**os.environ,
                                                      "QT_QPA_PLATFORM": "offscreen"})
            deadline = time.monotonic() + 30
            while second.poll() is None and time.monotonic() < deadline:
                QApplication.processEvents()
        if second.poll() is None:
            second.kill()
        _, stderr = second.communicate(timeout=10)
        assert second.returncode == 0
        assert "already running" in stderr
    finally:
        first.release()
