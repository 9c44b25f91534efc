"""The model manager dialog with real widgets, the real download thread and a local Hub."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from huggingface_hub import close_session, constants
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    ReplyProgressCallback,
    SamplingParams,
    TextCallback,
)
from app.core.engine.factory import engine_runtime
from app.core.gguf_info import GgufInfo
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.models.catalog import default_catalog
from app.core.models.downloads import Downloader, DownloadProgress, Phase
from app.core.models.hardware import Machine
from app.core.models.library import Library
from app.core.models.measure_service import MeasureService
from app.core.models.measurements import Conditions, FileKey, Measurement, MeasurementStore
from app.core.models.service import DownloadService
from app.core.paths import AppPaths, app_paths
from app.core.prompts import ChatMessage
from app.core.settings import Settings, load_settings
from app.ui import model_import
from app.ui.model_import import import_summary
from app.ui.model_text import column_titles, describe
from app.ui.models_dialog import COLUMN_COUNT, SPEED_COLUMN, STATUS_COLUMN, ModelsDialog
from tests.support.engines import WrappedEngine
from tests.support.fake_hub import FakeHub

GIB = 1 << 30
LAPTOP = Machine(total_ram=8 * GIB, available_ram=5 * GIB)
ZEPHYR_Q4KM = default_catalog().find("stablelm-2-zephyr-1_6b:Q4_K_M")
TIMEOUT = 60_000


@pytest.fixture
def hub(stablelm_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", True)
    with FakeHub() as fake:
        fake.add_file(ZEPHYR_Q4KM.repo, ZEPHYR_Q4KM.filename, stablelm_path.read_bytes())
        yield fake
        close_session()


@pytest.fixture
def paths(parla_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def service(hub: FakeHub, paths: AppPaths) -> Iterator[DownloadService]:
    downloader = Downloader(Library(paths.models), paths.cache / "hub", endpoint=hub.url,
                            backoff=0.01, attempts=2)
    service = DownloadService(downloader)
    yield service
    service.shutdown()


class Answers:
    """The user's replies to yes/no questions; a modal dialog is the boundary here."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.replies: list[str] = []

    def question(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.asked.append(text)
        reply = self.replies.pop(0) if self.replies else "yes"
        return QMessageBox.StandardButton.Yes if reply == "yes" else QMessageBox.StandardButton.No


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    user = Answers()
    monkeypatch.setattr(QMessageBox, "question", user.question)
    return user


@pytest.fixture
def dialog(qtbot: QtBot, service: DownloadService, paths: AppPaths) -> ModelsDialog:
    widget = ModelsDialog(service, default_catalog(), LAPTOP, settings=Settings(), paths=paths)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(dialog: ModelsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def _select(dialog: ModelsDialog, quant: str) -> None:
    row = next(i for i, fit in enumerate(dialog.rows) if fit.file.quant == quant)
    dialog.table.selectRow(row)


def test_the_picker_shows_every_quantization_with_a_verdict_and_preselects_q4_k_m(
    dialog: ModelsDialog,
) -> None:
    assert dialog.table.rowCount() == len(default_catalog().model("stablelm-2-zephyr-1_6b").files)
    fit = dialog.selected()
    assert fit is not None and fit.file.quant == "Q4_K_M"
    row = dialog.rows.index(fit)
    assert cell(dialog, row, 0) == "★"
    assert "Fits" in cell(dialog, row, 4)
    assert "8.59 GB RAM" in dialog.machine_label.text()
    assert "Stability AI Community License" in dialog.description.text()
    assert dialog.primary_button.text() == "Download"


def test_download_asks_for_the_licence_once_then_installs_and_offers_use(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, paths: AppPaths,
) -> None:
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        dialog.primary_button.click()
    assert len(answers.asked) == 1 and "Stability AI Community License" in answers.asked[0]
    assert load_settings(paths.settings_file).accepted_licenses == [
        default_catalog().model("stablelm-2-zephyr-1_6b").license.url]
    assert "SHA256 verified" in dialog.progress_label.text()
    assert dialog.primary_button.text() == "Use"
    row = dialog.rows.index(dialog.selected())  # type: ignore[arg-type]
    assert "Downloaded" in cell(dialog, row, STATUS_COLUMN)

    with qtbot.waitSignal(dialog.modelChosen) as chosen:
        dialog.primary_button.click()
    assert chosen.args[0] == paths.models / ZEPHYR_Q4KM.model_id / ZEPHYR_Q4KM.filename


def test_refusing_the_licence_downloads_nothing(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, hub: FakeHub
) -> None:
    answers.replies.append("no")
    dialog.primary_button.click()
    qtbot.wait(200)
    assert dialog.service.jobs() == []
    assert hub.requests_for(ZEPHYR_Q4KM.filename) == []


def test_pause_keeps_the_partial_download_and_download_resumes_it(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, hub: FakeHub, smollm2_path: Path,
) -> None:
    hub.add_file(ZEPHYR_Q4KM.repo, ZEPHYR_Q4KM.filename, smollm2_path.read_bytes())
    hub.throttle(ZEPHYR_Q4KM.filename, 20_000_000)
    progress: list[DownloadProgress] = []
    dialog.service.progress.connect(lambda _key, p: progress.append(p))
    dialog.primary_button.click()
    qtbot.waitUntil(lambda: any(p.phase is Phase.DOWNLOADING and p.done > 10_000_000
                                for p in progress), timeout=TIMEOUT)
    assert "MB/s" in dialog.progress_label.text()
    with qtbot.waitSignal(dialog.service.cancelled, timeout=TIMEOUT):
        dialog.cancel_button.click()
    assert "Paused" in dialog.progress_label.text()
    assert dialog.primary_button.text() == "Download"

    hub.clear_faults()
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        dialog.primary_button.click()
    assert any(r.range for r in hub.requests_for(ZEPHYR_Q4KM.filename) if r.is_file_host)
    assert dialog.primary_button.text() == "Use"


def test_a_failed_download_says_why(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers
) -> None:
    _select(dialog, "Q8_0")  # not on the local Hub
    with qtbot.waitSignal(dialog.service.failed, timeout=TIMEOUT):
        dialog.primary_button.click()
    assert "was not found on Hugging Face" in dialog.progress_label.text()
    assert dialog.primary_button.isEnabled()


def test_delete_removes_the_file_after_confirmation(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, paths: AppPaths
) -> None:
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        dialog.primary_button.click()
    target = paths.models / ZEPHYR_Q4KM.model_id / ZEPHYR_Q4KM.filename
    assert target.exists() and dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    assert not target.exists()
    assert dialog.primary_button.text() == "Download"


def test_importing_a_local_file_runs_in_the_background(
    qtbot: QtBot, dialog: ModelsDialog, stablelm_path: Path
) -> None:
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT) as done:
        dialog.files.start(stablelm_path, "copy")
    assert done.args[1].architecture == "stablelm"
    assert "is ready" in dialog.progress_label.text()


def test_progress_reads_like_a_sentence() -> None:
    text = describe(DownloadProgress(Phase.DOWNLOADING, 250_000_000, 1_000_000_000, 5e6, 150))
    assert text == "Downloading 25% · 250 MB of 1.00 GB · 5.0 MB/s · 2 min 30 s left"
    retrying = Message(QT_TRANSLATE_NOOP("core", "Connection problem; retrying in {seconds} s "
                                         "(attempt {attempt} of {attempts})."),
                       seconds=4, attempt=2, attempts=6)
    assert describe(DownloadProgress(Phase.RETRYING, message=retrying)) == \
        "Connection problem; retrying in 4 s (attempt 2 of 6)."


def test_a_downloaded_model_opens_in_the_main_window(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, answers: Answers,
) -> None:
    from app.core.engine.worker import EngineService
    from app.ui.main_window import MainWindow

    engine = EngineService()
    window = MainWindow(engine, Settings(context_length=512), paths, service)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "File → Models" in window.chat_view.placeholderText()
        dialog = window.model_actions.show_models()
        assert dialog is not None and dialog.isVisible()
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT):
            dialog.primary_button.click()
        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT) as loaded:
            dialog.primary_button.click()  # "Use"
        assert loaded.args[0].architecture == "stablelm"
        assert not dialog.isVisible()
        assert window.send_button.isEnabled()
    finally:
        window.close()
        engine.shutdown()


def test_importing_first_shows_what_the_file_is(
    qtbot: QtBot, dialog: ModelsDialog, stablelm_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def choose_link(_parent: object, info: GgufInfo) -> str:
        shown.append(import_summary(info))
        return "link"

    monkeypatch.setattr(model_import, "ask_import_mode", choose_link)
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT) as done:
        dialog.files.offer(stablelm_path)
    assert "Architecture: stablelm" in shown[0] and "Context: 4096 tokens" in shown[0]
    assert "Quantization: ALL_F32" in shown[0]
    assert done.args[1].source == "link"

    bogus = tmp_path / "bogus.gguf"
    bogus.write_text("not a model", encoding="utf-8")
    dialog.files.offer(bogus)
    assert "not a GGUF model file" in dialog.progress_label.text()
    assert len(shown) == 1


def test_first_run_offers_the_recommended_download_and_then_chats(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, answers: Answers,
) -> None:
    from app.core.engine.worker import EngineService
    from app.ui.main_window import MainWindow

    engine = EngineService()
    window = MainWindow(engine, Settings(context_length=512), paths, service)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.welcome is not None
        assert window.pages.currentWidget() is window.welcome
        button = window.welcome.download_button
        assert "StableLM 2 Zephyr 1.6B" in button.text()
        assert "recommended" in button.description()
        with qtbot.waitSignal(service.finished, timeout=TIMEOUT) as done:
            window.welcome.download_button.click()
        assert done.args[0] == window.welcome.choice[0].key  # type: ignore[index]
        dialog = window.findChild(ModelsDialog)
        assert dialog is not None
        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT):
            dialog.primary_button.click()  # "Use"
        assert window.pages.currentWidget() is window.chat_view
    finally:
        window.close()
        engine.shutdown()


def test_with_a_model_installed_there_is_no_welcome_screen(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
) -> None:
    from app.core.engine.worker import EngineService
    from app.ui.main_window import MainWindow

    service.library.import_file(stablelm_path, "link")
    engine = EngineService()
    window = MainWindow(engine, Settings(), paths, service)
    qtbot.addWidget(window)
    try:
        assert window.welcome is None
        assert window.pages.currentWidget() is window.chat_view
    finally:
        window.close()
        engine.shutdown()


# -- speed -------------------------------------------------------------------------------------

QUICK = Settings(threads=1)
"""One thread: the measurement must not fight the test runner for the CPU."""


def _install(service: DownloadService, model: Path, tmp_path: Path) -> Path:
    """Put ``model`` in the library as the catalog's Zephyr Q4_K_M, as a download would."""
    staged = tmp_path / "staged.gguf"
    shutil.copyfile(model, staged)
    return service.library.install_verified(staged, ZEPHYR_Q4KM, "0" * 64).path


def _open_dialog(qtbot: QtBot, service: DownloadService, paths: AppPaths,
                 settings: Settings, measurer: MeasureService | None = None) -> ModelsDialog:
    widget = ModelsDialog(service, default_catalog(), LAPTOP, settings=settings, paths=paths,
                          measurer=measurer)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _row(dialog: ModelsDialog, quant: str) -> int:
    return next(i for i, fit in enumerate(dialog.rows) if fit.file.quant == quant)


def _conditions(settings: Settings) -> Conditions:
    runtime = engine_runtime()
    return Conditions.of(runtime, settings.threads, runtime.expected_backend(settings.gpu_layers))


def test_the_speed_column_sits_before_quality_and_status_stays_last() -> None:
    titles = column_titles()
    assert len(titles) == COLUMN_COUNT
    assert titles[SPEED_COLUMN] == "Speed"
    assert titles[STATUS_COLUMN] == "Status" and STATUS_COLUMN == COLUMN_COUNT - 1


def test_a_measured_quantization_shows_its_speed_and_how_it_was_measured(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    path = _install(service, stablelm_path, tmp_path)
    MeasurementStore(paths.measurements_file).record(Measurement.now(
        FileKey.of(path), _conditions(QUICK), 24.31, 310.0, "benchmark"))
    dialog = _open_dialog(qtbot, service, paths, QUICK)
    row = _row(dialog, "Q4_K_M")
    assert cell(dialog, row, SPEED_COLUMN) == "24.3 tokens/s"
    tip = dialog.table.item(row, SPEED_COLUMN).toolTip()  # type: ignore[union-attr]
    assert "by a short test on this computer (1 threads, CPU)" in tip
    assert "Reading a message: 310 tokens/s." in tip
    assert cell(dialog, _row(dialog, "Q8_0"), SPEED_COLUMN) == "", "not on this computer"


def test_an_unmeasured_file_or_a_measurement_under_other_conditions_shows_a_dash(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    path = _install(service, stablelm_path, tmp_path)
    other = Conditions(threads=97, backend="CPU", llama_cpp="0.0.1")
    MeasurementStore(paths.measurements_file).record(Measurement.now(
        FileKey.of(path), other, 99.0, None, "chat"))
    dialog = _open_dialog(qtbot, service, paths, QUICK)
    row = _row(dialog, "Q4_K_M")
    assert cell(dialog, row, SPEED_COLUMN) == "—"
    assert "Not measured yet" in dialog.table.item(row, SPEED_COLUMN).toolTip()  # type: ignore[union-attr]


def test_measure_this_machine_measures_the_files_on_disk_and_shows_the_speed(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    path = _install(service, stablelm_path, tmp_path)
    dialog = _open_dialog(qtbot, service, paths, QUICK)
    row = _row(dialog, "Q4_K_M")
    dialog.table.selectRow(row)
    button = dialog.measure_button
    assert button.text() == "Measure this machine" and button.isEnabled()
    assert "waits until the file being measured is done" in button.toolTip()
    assert dialog.measurable() == [path]

    with qtbot.waitSignal(dialog.measurer.started, timeout=TIMEOUT):
        button.click()
        assert button.text() == "Stop measuring" and button.isEnabled()
        assert cell(dialog, row, STATUS_COLUMN) == "Waiting to measure"
    assert cell(dialog, row, STATUS_COLUMN) == "Measuring…"
    assert dialog.progress_label.text() == f"Measuring {path.name} (1 of 1)…"
    assert not dialog.delete_button.isEnabled(), "a file being measured cannot be deleted"
    with qtbot.waitSignal(dialog.measurer.finished, timeout=TIMEOUT) as finished:
        pass
    assert finished.args == [False]
    # In the interface's locale: 2,757.2 tokens/s for the tiny model on a fast machine.
    assert re.fullmatch(r"\d{1,3}(,\d{3})*\.\d tokens/s", cell(dialog, row, SPEED_COLUMN))
    assert "Downloaded" in cell(dialog, row, STATUS_COLUMN)
    assert button.text() == "Measure this machine"
    assert dialog.progress_label.text() == "Measuring finished."
    assert dialog.delete_button.isEnabled()
    recorded = MeasurementStore(paths.measurements_file).lookup(path, _conditions(QUICK))
    assert recorded is not None and recorded.source == "benchmark"


def test_stop_measuring_keeps_the_dialog_usable(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    _install(service, stablelm_path, tmp_path)
    # Replies wait for Stop: the tiny model, measured in a blink, could otherwise finish
    # before the click on a busy machine.
    measurer = MeasureService(MeasurementStore(paths.measurements_file), engine=UntilStopped)
    try:
        dialog = _open_dialog(qtbot, service, paths, QUICK, measurer)
        with qtbot.waitSignal(dialog.measurer.started, timeout=TIMEOUT):
            dialog.measure_button.click()
        with qtbot.waitSignal(dialog.measurer.finished, timeout=TIMEOUT) as finished:
            dialog.measure_button.click()  # "Stop measuring"
            assert dialog.measure_button.text() == "Stopping…"
            assert not dialog.measure_button.isEnabled()
        assert finished.args == [True]
        assert "Measuring stopped" in dialog.progress_label.text()
        assert dialog.measure_button.text() == "Measure this machine"
        assert cell(dialog, _row(dialog, "Q4_K_M"), SPEED_COLUMN) == "—"
    finally:
        measurer.shutdown()


class UntilStopped(WrappedEngine):
    """The real engine, but every reply first waits until it is stopped (or 60 s)."""

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        cancel.wait(TIMEOUT / 1000)
        return self.inner.generate(messages, params, on_text, cancel, on_progress,
                                   conversation=conversation)


def test_closing_the_dialog_stops_a_measurement_the_window_owns(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    _install(service, stablelm_path, tmp_path)
    store = MeasurementStore(paths.measurements_file)
    # The tiny model is measured in a blink: its replies wait for Stop (or the time-out),
    # so the dialog is surely closed while the measurement runs.
    measurer = MeasureService(store, engine=UntilStopped)
    try:
        dialog = _open_dialog(qtbot, service, paths, QUICK, measurer)
        with qtbot.waitSignal(measurer.started, timeout=TIMEOUT):
            dialog.measure_button.click()
        with qtbot.waitSignal(measurer.finished, timeout=TIMEOUT) as finished:
            dialog.reject()  # Escape or the window's close button
        assert finished.args == [True]
        assert store.measurements() == []
        reopened = _open_dialog(qtbot, service, paths, QUICK, measurer)
        assert reopened.measure_button.text() == "Measure this machine"
    finally:
        measurer.shutdown()


def test_closing_a_dialog_that_owns_its_measurement_ends_it_cleanly(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, stablelm_path: Path,
    tmp_path: Path,
) -> None:
    _install(service, stablelm_path, tmp_path)
    dialog = _open_dialog(qtbot, service, paths, QUICK)
    with qtbot.waitSignal(dialog.measurer.started, timeout=TIMEOUT):
        dialog.measure_button.click()
    dialog.close()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.measurer.running, timeout=TIMEOUT)


# -- imported files: listed, inspected, loaded and removed like any other ----------------------


def _pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file picker is the boundary: the user chooses ``path`` in it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(path), "")))


def _answer_import(monkeypatch: pytest.MonkeyPatch, button: str) -> None:
    """The copy-or-link question is the boundary: the user presses ``button`` in it."""
    def press(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)


def _click_row(qtbot: QtBot, dialog: ModelsDialog, text: str) -> None:
    items = dialog.table.findItems(text, Qt.MatchFlag.MatchExactly)
    assert items, f"{text!r} is not listed"
    rect = dialog.table.visualItemRect(items[0])
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _import_with_the_button(qtbot: QtBot, dialog: ModelsDialog) -> None:
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def _pick_imported_files(qtbot: QtBot, dialog: ModelsDialog) -> None:
    """The user opens the model picker with the keyboard and goes to its last entry."""
    dialog.model_box.setFocus()
    qtbot.keyClick(dialog.model_box, Qt.Key.Key_End)
    assert dialog.model_box.currentText() == "Imported files"


def test_an_imported_file_is_listed_loaded_and_deleted_with_the_dialogs_buttons(
    qtbot: QtBot, service: DownloadService, paths: AppPaths, answers: Answers,
    stablelm_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.engine.worker import EngineService
    from app.ui.main_window import MainWindow

    engine = EngineService()
    window = MainWindow(engine, Settings(context_length=512), paths, service)
    qtbot.addWidget(window)
    window.show()
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # Models…
        dialog = window.findChild(ModelsDialog)
        assert dialog is not None and dialog.isVisible()
        _pick_file(monkeypatch, stablelm_path)
        _answer_import(monkeypatch, "Copy")
        _import_with_the_button(qtbot, dialog)

        # Listed at once, under "Imported files", selected, with what its header says.
        assert dialog.model_box.currentText() == "Imported files"
        assert dialog.table.rowCount() == 1
        assert cell(dialog, 0, 6) == "tiny stablelm 2 zephyr test"
        assert cell(dialog, 0, 1) == "ALL_F32"
        assert cell(dialog, 0, 4) == "✔ Fits" and cell(dialog, 0, 3) != "?"
        assert cell(dialog, 0, STATUS_COLUMN) == "Copied into Parla"
        copied = paths.models / "imported" / stablelm_path.name
        details = dialog.description.text()
        for fact in ("Architecture: stablelm", "Quantization: ALL_F32", "Context: 4096 tokens",
                     f"In Parla's library: {copied}"):
            assert fact in details
        assert dialog.primary_button.text() == "Use" and dialog.primary_button.isEnabled()

        with qtbot.waitSignal(engine.loaded, timeout=TIMEOUT) as loaded:
            qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
        assert loaded.args[0].path == copied
        assert "tiny stablelm 2 zephyr test" in window.header.model_label.text()
        assert not dialog.isVisible()

        # Reopened later: the user goes to the imported files and deletes the copy.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        dialog = next(d for d in window.findChildren(ModelsDialog) if d.isVisible())
        _pick_imported_files(qtbot, dialog)
        _click_row(qtbot, dialog, "tiny stablelm 2 zephyr test")
        assert dialog.delete_button.text() == "Delete" and dialog.delete_button.isEnabled()
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert answers.asked[-1] == f"Delete {stablelm_path.name} from this computer?"
        assert dialog.table.rowCount() == 0
        assert "No imported files yet" in dialog.description.text()
        assert not copied.exists(), "a copy in the library is deleted"
        assert stablelm_path.exists(), "the file it was copied from is not"
        assert service.library.installed() == []
    finally:
        window.close()
        engine.shutdown()


def test_removing_a_file_used_where_it_is_keeps_the_users_file(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, stablelm_path: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = tmp_path / "my models" / "gemma-like.gguf"
    mine.parent.mkdir()
    shutil.copyfile(stablelm_path, mine)
    _pick_file(monkeypatch, mine)
    _answer_import(monkeypatch, "Use where it is")
    _import_with_the_button(qtbot, dialog)
    assert cell(dialog, 0, STATUS_COLUMN) == "Used where it is"
    assert f"Used where it is: {mine}" in dialog.description.text()

    with qtbot.waitSignal(dialog.modelChosen) as chosen:
        qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0] == mine

    dialog.show()
    _click_row(qtbot, dialog, "tiny stablelm 2 zephyr test")
    with qtbot.waitSignal(dialog.libraryChanged):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "The file itself stays where it is" in answers.asked[-1]
    assert dialog.table.rowCount() == 0
    assert mine.read_bytes() == stablelm_path.read_bytes(), "the user's file is untouched"


def test_a_file_that_was_moved_away_can_still_be_removed_from_the_list(
    qtbot: QtBot, dialog: ModelsDialog, answers: Answers, stablelm_path: Path, tmp_path: Path,
) -> None:
    moved = tmp_path / "moved.gguf"
    shutil.copyfile(stablelm_path, moved)
    dialog.service.library.import_file(moved, "link")
    moved.unlink()
    _pick_imported_files(qtbot, dialog)
    assert cell(dialog, 0, STATUS_COLUMN) == "File not found"
    assert "no longer there" in dialog.description.text()
    assert not dialog.primary_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0


def test_a_file_whose_header_gave_no_shape_shows_question_marks_not_a_guess(
    qtbot: QtBot, dialog: ModelsDialog, stablelm_path: Path,
) -> None:
    library = dialog.service.library
    library.record(dataclasses.replace(library.import_file(stablelm_path, "link"), shape=None))
    _pick_imported_files(qtbot, dialog)
    assert (cell(dialog, 0, 3), cell(dialog, 0, 4)) == ("?", "?")
    assert dialog.primary_button.isEnabled()


def test_a_gguf_dropped_on_the_dialog_is_offered_for_import(
    qtbot: QtBot, dialog: ModelsDialog, stablelm_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer_import(monkeypatch, "Use where it is")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(stablelm_path))])
    point = QPointF(dialog.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point.toPoint(), actions, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(dialog.service.finished, timeout=TIMEOUT):
        QApplication.sendEvent(dialog, QDropEvent(point, actions, data, Qt.MouseButton.LeftButton,
                                                  Qt.KeyboardModifier.NoModifier))
    assert dialog.model_box.currentText() == "Imported files"
    assert cell(dialog, 0, 6) == "tiny stablelm 2 zephyr test"
