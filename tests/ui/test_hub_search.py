"""Searching Hugging Face from the Models dialog: real widgets, the real huggingface_hub client
and the real download thread against a local Hub (tests/support/fake_hub.py)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import close_session, constants
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.core.engine.worker import EngineService
from app.core.models.catalog import default_catalog
from app.core.models.downloads import Downloader
from app.core.models.hardware import Machine
from app.core.models.hub_search import hub_key
from app.core.models.library import Library
from app.core.models.service import DownloadService
from app.core.paths import AppPaths
from app.core.settings import Settings
from app.ui.hub_search import (
    ACCESS_COLUMN,
    BUTTON_COLUMN,
    DOWNLOADS_COLUMN,
    FILE_COLUMN,
    LIKES_COLUMN,
    MEMORY_COLUMN,
    QUANT_COLUMN,
    SIZE_COLUMN,
    STATUS_COLUMN,
    UPDATED_COLUMN,
    VERDICT_COLUMN,
    HubSearchPanel,
)
from app.ui.main_window import MainWindow
from app.ui.model_text import human_size
from app.ui.models_dialog import ModelsDialog
from tests.support.fake_hub import SEARCH, FakeHub
from tests.support.heartbeat import assert_responsive, heartbeat

SMOL_REPO = "parla-test/SmolLM2-135M-Instruct-GGUF"
SMOL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
GIB = 1 << 30
LAPTOP = Machine(total_ram=8 * GIB, available_ram=5 * GIB)
TIMEOUT = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus


@pytest.fixture(scope="session")
def smollm2_bytes(smollm2_path: Path) -> bytes:
    return smollm2_path.read_bytes()


@pytest.fixture
def hub(smollm2_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)
    with FakeHub() as fake:
        fake.add_file(SMOL_REPO, SMOL_FILE, smollm2_bytes)
        fake.add_file(SMOL_REPO, "README.md", b"# SmolLM2\n", lfs=False)
        fake.describe_repo(SMOL_REPO, downloads=5000, likes=40,
                           last_modified="2024-11-02T10:00:00.000Z")
        yield fake
        close_session()


@pytest.fixture
def service(hub: FakeHub, paths: AppPaths) -> Iterator[DownloadService]:
    service = DownloadService(Downloader(Library(paths.models), paths.cache / "hub",
                                         endpoint=hub.url, backoff=0.01, attempts=2))
    yield service
    service.shutdown()


@pytest.fixture
def dialog(qtbot: QtBot, service: DownloadService, paths: AppPaths) -> Iterator[ModelsDialog]:
    widget = ModelsDialog(service, default_catalog(), LAPTOP, settings=Settings(), paths=paths)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.hub.shutdown()


def text(table: object, row: int, column: int) -> str:
    item = table.item(row, column)  # type: ignore[attr-defined]
    assert item is not None, f"no cell at {row}, {column}"
    return str(item.text())


def button(panel: HubSearchPanel, row: int) -> QPushButton:
    widget = panel.files.cellWidget(row, BUTTON_COLUMN)
    assert isinstance(widget, QPushButton)
    return widget


def search(qtbot: QtBot, dialog: ModelsDialog, query: str) -> HubSearchPanel:
    """The user goes to the search tab, types ``query`` and presses Enter; the answer comes."""
    panel = dialog.hub
    dialog.tabs.setCurrentWidget(panel)
    panel.search_box.setFocus()
    qtbot.keyClicks(panel.search_box, query)
    with qtbot.waitSignal(panel.service.results, timeout=TIMEOUT):
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    return panel


def pick_repo(qtbot: QtBot, panel: HubSearchPanel, repo: str) -> None:
    """The user clicks the repository in the results; its files are listed."""
    row = next(r for r in range(panel.results.rowCount()) if text(panel.results, r, 0) == repo)
    rect = panel.results.visualRect(panel.results.model().index(row, 0))
    with qtbot.waitSignal(panel.service.listed, timeout=TIMEOUT):
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_search_finds_the_repository_and_its_files_show_sizes_memory_and_verdicts(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub, smollm2_bytes: bytes,
) -> None:
    hub.add_file("someone/TinyLlama-GGUF", "tiny.Q4_0.gguf", smollm2_bytes[:4096])
    assert hub.requests == [], "opening the dialog asks the Hub nothing"
    assert dialog.hub.search_box.placeholderText() == "Search Hugging Face for GGUF models…"

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.hub.search_box.hasFocus(), "picking the tab puts the cursor in the box"
    panel = search(qtbot, dialog, "smollm")

    assert dialog.service.jobs() == [], "Enter searched, it did not press Download"
    assert panel.results.rowCount() == 1
    assert [text(panel.results, 0, c) for c in (0, DOWNLOADS_COLUMN, LIKES_COLUMN)] == [
        SMOL_REPO, "5,000", "40"]
    assert text(panel.results, 0, UPDATED_COLUMN) not in ("", "?")
    assert text(panel.results, 0, ACCESS_COLUMN) == ""
    assert "Repositories found: 1" in panel.status_label.text()

    pick_repo(qtbot, panel, SMOL_REPO)

    assert panel.files.rowCount() == 1, "the README is not a model"
    assert [text(panel.files, 0, c) for c in (QUANT_COLUMN, FILE_COLUMN, SIZE_COLUMN)] == [
        "Q4_1", SMOL_FILE, human_size(len(smollm2_bytes))]
    assert text(panel.files, 0, MEMORY_COLUMN).endswith(" MB")
    assert text(panel.files, 0, VERDICT_COLUMN) == "✔ Fits"
    assert button(panel, 0).text() == "Download" and button(panel, 0).isEnabled()
    assert "memory estimated for a context of" in panel.files_label.text()
    assert "This computer: 8.59 GB RAM" in panel.files_label.text()
    ranged = [r for r in hub.requests if r.is_file_host]
    assert ranged and all(r.range for r in ranged), "only the header was read"


def test_a_downloaded_file_is_installed_listed_in_the_switcher_and_chats(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, hub: FakeHub,
) -> None:
    engine = EngineService()
    window = MainWindow(engine, Settings(temperature=0.0, max_reply_tokens=24,
                                         context_length=1024), paths, service)
    qtbot.addWidget(window)
    window.show()
    dialog = window.model_actions.show_models()
    assert dialog is not None
    try:
        panel = search(qtbot, dialog, "smollm")
        pick_repo(qtbot, panel, SMOL_REPO)
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as done:
            qtbot.mouseClick(button(panel, 0), Qt.MouseButton.LeftButton)
            assert button(panel, 0).text() == "Pause"
        installed = done.args[1]
        assert installed.key == hub_key(SMOL_REPO, SMOL_FILE)
        assert "SHA256 verified" in dialog.progress_label.text()
        assert "hub:" not in dialog.progress_label.text()
        assert button(panel, 0).text() == "Use"
        assert text(panel.files, 0, STATUS_COLUMN).startswith("Downloaded (")

        # In the installed list, with a name and where it came from.
        dialog.tabs.setCurrentIndex(0)
        dialog.model_box.setCurrentIndex(dialog.model_box.findText("Imported files"))
        row = next(r for r in range(dialog.table.rowCount())
                   if text(dialog.table, r, 6) == installed.name)
        assert text(dialog.table, row, 7) == "From Hugging Face"
        dialog.table.selectRow(row)
        assert f"Downloaded from Hugging Face: {SMOL_REPO}/{SMOL_FILE}" in \
            dialog.description.text()

        # In the header's switcher under a readable name, never the library's key.
        names = [a.text() for a in window.header.switcher.menu().actions() if a.text()]
        assert f"{installed.name} · Q4_1" in names
        assert not any("hub:" in name for name in names)

        dialog.tabs.setCurrentWidget(panel)
        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT) as loaded:
            qtbot.mouseClick(button(panel, 0), Qt.MouseButton.LeftButton)  # "Use"
        assert loaded.args[0].path == installed.path
        assert not dialog.isVisible()
        with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
            window.composer.setPlainText("What is the capital of France?")
            window.composer.submit()
        assert window.session.messages[-1].role == "assistant"
        assert "Paris" in window.session.messages[-1].content
    finally:
        dialog.hub.shutdown()
        window.close()
        engine.shutdown()


def test_an_installed_hub_file_can_be_removed_from_the_installed_list(
    qtbot: QtBot, dialog: ModelsDialog, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = search(qtbot, dialog, "smollm")
    pick_repo(qtbot, panel, SMOL_REPO)
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT) as done:
        button(panel, 0).click()
    path = done.args[1].path
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)  # "Delete?" Yes
    dialog.tabs.setCurrentIndex(0)
    dialog.model_box.setCurrentIndex(dialog.model_box.findText("Imported files"))
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert not path.exists() and dialog.service.library.installed() == []
    assert button(panel, 0).text() == "Download", "the search tab knows it is gone"


def test_pause_keeps_the_part_and_download_resumes_it(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub,
) -> None:
    hub.throttle(SMOL_FILE, 20_000_000)
    panel = search(qtbot, dialog, "smollm")
    pick_repo(qtbot, panel, SMOL_REPO)
    button(panel, 0).click()
    qtbot.waitUntil(lambda: text(panel.files, 0, STATUS_COLUMN).startswith("Downloading "),
                    timeout=TIMEOUT)
    assert dialog.progress.isVisible() and SMOL_FILE in dialog.progress_label.text()
    with qtbot.waitSignal(dialog.service.cancelled, timeout=TIMEOUT):
        button(panel, 0).click()  # "Pause"
    assert text(panel.files, 0, STATUS_COLUMN).startswith("Paused")
    assert button(panel, 0).text() == "Download"
    hub.clear_faults()
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        button(panel, 0).click()
    assert any(r.range for r in hub.requests_for(SMOL_FILE) if r.is_file_host)
    assert button(panel, 0).text() == "Use"


def test_gated_and_split_files_say_why_they_cannot_simply_be_downloaded(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub, smollm2_bytes: bytes,
) -> None:
    gated = "meta-test/SmolLlama-GGUF"
    hub.add_file(gated, "llama.Q4_1.gguf", smollm2_bytes[:300_000], gated=True)
    split = "parla-test/smollm-big-GGUF"
    for part in (1, 2):
        hub.add_file(split, f"big-Q8_0-0000{part}-of-00002.gguf", smollm2_bytes[:300_000])

    panel = search(qtbot, dialog, "smol")

    rows = {text(panel.results, r, 0): r for r in range(panel.results.rowCount())}
    assert text(panel.results, rows[gated], ACCESS_COLUMN) == "Gated"
    assert "accept its licence" in panel.results.item(rows[gated], ACCESS_COLUMN).toolTip()  # type: ignore[union-attr]
    pick_repo(qtbot, panel, gated)
    assert "is gated: to download from it, accept its licence" in panel.notes.text()
    assert text(panel.files, 0, VERDICT_COLUMN) == "?"

    pick_repo(qtbot, panel, split)
    assert "split into 2 files" in panel.notes.text()
    assert text(panel.files, 0, STATUS_COLUMN) == "Split into 2 files"
    assert not button(panel, 0).isEnabled()
    assert "split into 2 files" in button(panel, 0).toolTip()


@pytest.mark.parametrize("fault", ["503", "timeout", "offline", "unreachable"])
def test_a_hub_fault_shows_its_sentence_and_the_installed_models_keep_working(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub, stablelm_path: Path, fault: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.service.library.import_file(stablelm_path, "link")
    client = dialog.hub.service.client
    if fault == "503":
        hub.fail_with(SEARCH, 503, times=None)
    elif fault == "timeout":
        hub.stall(SEARCH, 30)
        client.timeout = 0.5
    elif fault == "offline":
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    else:
        with socket.socket() as sock:  # a port nothing listens on
            sock.bind(("127.0.0.1", 0))
            client.endpoint = f"http://127.0.0.1:{sock.getsockname()[1]}"
    panel = dialog.hub
    dialog.tabs.setCurrentWidget(panel)
    panel.search_box.setText("smollm")
    with qtbot.waitSignal(panel.service.failed, timeout=TIMEOUT):
        panel.search_button.click()
    expected = {"503": "is not answering properly right now (error 503)",
                "timeout": "did not answer the search in time",
                "offline": "could not reach Hugging Face", "unreachable":
                "could not reach Hugging Face"}[fault]
    assert expected in panel.status_label.text()
    assert panel.results.rowCount() == 0

    dialog.tabs.setCurrentIndex(0)
    dialog.model_box.setCurrentIndex(dialog.model_box.findText("Imported files"))
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.modelChosen) as chosen:
        dialog.primary_button.click()  # "Use"
    assert chosen.args[0] == stablelm_path.resolve()


def test_a_failing_listing_says_so_under_the_results_and_a_click_tries_again(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub,
) -> None:
    panel = search(qtbot, dialog, "smollm")
    hub.fail_with(SMOL_REPO, 500, times=None)
    rect = panel.results.visualRect(panel.results.model().index(0, 0))
    with qtbot.waitSignal(panel.service.failed, timeout=TIMEOUT):
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "(error 500), so the files of" in panel.files_label.text()
    assert panel.files.rowCount() == 0

    hub.clear_faults()
    hub.clear_requests()
    with qtbot.waitSignal(panel.service.listed, timeout=TIMEOUT):
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.files.rowCount() == 1
    qtbot.wait(300)
    listings = [r for r in hub.requests if r.path.startswith(f"/api/models/{SMOL_REPO}")]
    assert len(listings) == 1, "one click, one listing"


def test_the_window_stays_responsive_while_a_search_waits_on_a_slow_hub(
    qtbot: QtBot, dialog: ModelsDialog, hub: FakeHub,
) -> None:
    hub.stall(SEARCH, 1.5)
    panel = dialog.hub
    dialog.tabs.setCurrentWidget(panel)
    panel.search_box.setText("smollm")
    with heartbeat() as gaps, qtbot.waitSignal(panel.service.results, timeout=TIMEOUT):
        panel.search_button.click()
        assert "Searching Hugging Face for “smollm”…" in panel.status_label.text()
    assert sum(gaps) >= 1400, "the search really waited on the Hub"
    assert_responsive(gaps)
    assert panel.results.rowCount() == 1
