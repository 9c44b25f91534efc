"""Starting the app: what the user is told when the chat database cannot be used."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.paths import AppPaths, app_paths
from app.ui.application import open_store


@pytest.fixture
def paths(parla_home: Path) -> AppPaths:
    return app_paths().ensure()


def test_a_database_from_a_newer_parla_is_explained_and_left_alone(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = paths.data / "chats.sqlite3"
    with closing(sqlite3.connect(database)) as db:
        db.execute("CREATE TABLE future (x)")
        db.execute("PRAGMA user_version = 99")
        db.commit()
    before = database.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *_args: shown.append(text))

    assert open_store(paths) is None
    assert len(shown) == 1 and "newer" in shown[0].lower()
    assert "Error" not in shown[0] and "Traceback" not in shown[0]
    assert database.read_bytes() == before


def test_a_usable_database_opens_without_a_word(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *_args: shown.append(text))
    store = open_store(paths)
    assert store is not None
    store.close()
    assert shown == []
