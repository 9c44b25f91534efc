"""The interface in all seven languages: nothing missing, nothing unfinished, really loaded,
and the core's own sentences (errors, notices) in the interface language too."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from huggingface_hub import close_session, file_download
from huggingface_hub.utils import _http
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.cancel import CancelToken
from app.core.engine.context import ContextTooSmallError, fit_to_context
from app.core.gguf_info import InvalidModelError, read_gguf_info
from app.core.languages import LANGUAGES
from app.core.messages import Message, UserError
from app.core.models.catalog import CatalogFile
from app.core.models.downloads import Downloader, DownloadError
from app.core.models.library import Library
from app.core.paths import resource
from app.core.prompts import ChatMessage
from app.ui.i18n import install_translators, interface_language, remove_translators, text
from tests.support.fake_hub import FakeHub

TRANSLATED = sorted(set(LANGUAGES) - {"en"})
PLACEHOLDER = re.compile(r"%\d|\{[^{}]*\}")
"""Qt's ``%1`` in interface strings, ``{name}`` in core messages: a translation keeps each."""
TOOLS = Path(sys.executable).parent
ROOT = Path(__file__).parents[2]


def ts_file(language: str) -> Path:
    return resource("translations", f"parla_{language}.ts")


def messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        for message in context.iter("message"):
            yield context.findtext("name", ""), message


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_keeps_its_placeholders(language: str) -> None:
    count = 0
    for context, message in messages(ts_file(language)):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None, f"{context}: {source!r} has no translation"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            f"{language} {context}: {source!r} is {translation.get('type')}")
        text = translation.text or ""
        assert text.strip(), f"{language} {context}: {source!r} is empty"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{language} {context}: placeholders differ in {text!r}")
        assert ("&" in source) == ("&" in text), f"{language}: accelerator lost in {text!r}"
        count += 1
    assert count > 100


def make_lupdate(ts: Path) -> list[str]:
    """The command ``make lupdate`` runs (read from the Makefile), on ``ts`` alone: the test
    must scan the same sources, or a string it does not see could ship untranslated."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    sources = re.search(r"^LUPDATE_SOURCES\s*:=\s*(.+)$", makefile, re.M)
    recipe = re.search(r"^lupdate:.*\n\t(.+)$", makefile, re.M)
    assert sources and recipe, "the Makefile's lupdate target changed shape"
    command = (recipe[1].replace("$(BIN)", str(TOOLS)).replace("$(TS)", str(ts))
               .replace("$(LUPDATE_SOURCES)", sources[1]))
    assert "$" not in command, command
    return shlex.split(command)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_string_is_missing_from_the_translations(language: str, tmp_path: Path) -> None:
    """lupdate on the current code must find nothing new and nothing gone: a new tr() string
    or core message fails here, and so does one that was removed but still translated."""
    copy = tmp_path / f"parla_{language}.ts"
    shutil.copy(ts_file(language), copy)
    command = make_lupdate(copy)
    assert {"app/core", "app/ui"} <= set(command), command
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)",
                      result.stdout)
    assert found, result.stdout
    assert int(found[2]) == 0, f"{found[2]} new strings: run make lupdate and translate them"
    assert int(found[1]) > 100, result.stdout
    obsolete = [int(n) for n in re.findall(r"(\d+) obsolete", result.stdout)]
    assert sum(obsolete) == 0, result.stdout
    states = [m.find("translation").get("type")  # type: ignore[union-attr]
              for _, m in messages(copy)]
    assert not {"unfinished", "vanished", "obsolete"} & set(states), result.stdout


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_translations_load_with_qts_own(language: str, qapp: QApplication) -> None:
    qm = resource("translations", f"parla_{language}.qm")
    assert qm.is_file(), "run `make translations` (make setup does it)"
    translators = install_translators(qapp, language)
    try:
        assert len(translators) == 2, "Parla's and Qt's translations"
        ours = QCoreApplication.translate("WelcomePage", "Welcome to Parla")
        assert ours and ours != "Welcome to Parla" and "Parla" in ours
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel.replace("&", "") != "Cancel", "Qt's own dialogs are translated too"
    finally:
        remove_translators(qapp, translators)


def test_the_interface_follows_the_system_unless_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert interface_language("") == "nl"
    assert interface_language("it") == "it"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert interface_language("") == "en"


@pytest.mark.parametrize("language", TRANSLATED)
def test_module_level_strings_of_the_models_dialog_are_translated(language: str,
                                                                  qapp: QApplication) -> None:
    """Strings built outside a widget must be ones lupdate can see (a wrapper hid them)."""
    from app.core.models.fit import Verdict
    from app.ui.model_text import column_titles, verdict_text

    english = [*column_titles(), *(verdict_text(v) for v in Verdict)]
    translators = install_translators(qapp, language)
    try:
        translated = [*column_titles(), *(verdict_text(v) for v in Verdict)]
    finally:
        remove_translators(qapp, translators)
    changed = sum(a != b for a, b in zip(english, translated, strict=True))
    assert changed >= len([t for t in english if t]) - 2, translated


# -- the core's sentences ----------------------------------------------------------------------


class _NoSleep:
    """huggingface_hub's own back-off, skipped (keeps the dropped-download case fast)."""

    def sleep(self, _seconds: float) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def broken_model_error(tmp_path: Path) -> UserError:
    notes = tmp_path / "notes.gguf"
    notes.write_text("These are my shopping notes, not a model.", encoding="utf-8")
    with pytest.raises(InvalidModelError) as caught:
        read_gguf_info(notes)
    return caught.value


def context_overflow_error() -> UserError:
    chat = [ChatMessage("system", "x"), ChatMessage("user", "word " * 1500)]
    with pytest.raises(ContextTooSmallError) as caught:
        fit_to_context(chat, lambda ms: sum(len(m.content.split()) for m in ms),
                       context_length=1024, reply_reserve=256)
    return caught.value


def dropped_download_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserError:
    monkeypatch.setattr(_http, "time", _NoSleep())
    monkeypatch.setattr(file_download, "time", _NoSleep())
    entry = CatalogFile("m", "Q4_K_M", "parla-test/m-GGUF", "m-Q4_K_M.gguf")
    with FakeHub() as hub:
        hub.add_file(entry.repo, entry.filename, b"GGUF" + bytes(64 * 1024))
        hub.drop_connection_after(entry.filename, 0, times=None)
        downloader = Downloader(Library(tmp_path / "models"), tmp_path / "cache",
                                endpoint=hub.url, attempts=2, backoff=0.01, timeout=2)
        with pytest.raises(DownloadError) as caught:
            downloader.download(entry, lambda _: None, CancelToken())
        close_session()
    return caught.value


def test_core_errors_reach_a_german_user_in_german(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = {"keine GGUF-Modelldatei": broken_model_error(tmp_path),
              "Die Nachricht ist zu lang": context_overflow_error(),
              "Verbindung": dropped_download_error(tmp_path, monkeypatch)}
    english = {word: text(error.message) for word, error in errors.items()}
    translators = install_translators(qapp, "de")
    try:
        german = {word: text(error.message) for word, error in errors.items()}
    finally:
        remove_translators(qapp, translators)
    for word, error in errors.items():
        assert english[word] == str(error), "without translators: the English sentence"
        assert german[word] != english[word] and word in german[word], german[word]
    assert "notes.gguf" in german["keine GGUF-Modelldatei"]
    assert "1.501 Tokens plus 256" in german["Die Nachricht ist zu lang"], "German numbers"
    assert "1,501 tokens plus 256" in english["Die Nachricht ist zu lang"]
    assert "m-Q4_K_M.gguf" in german["Verbindung"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_numbers_in_core_messages_follow_the_interface_language(
    language: str, qapp: QApplication
) -> None:
    message = Message("{speed} tokens/s, {size} bytes", speed=25.28, size=1234567)
    translators = install_translators(qapp, language)
    try:
        shown = text(message)
    finally:
        remove_translators(qapp, translators)
    assert shown == "25,28 tokens/s, 1.234.567 bytes" or (
        language == "fr" and shown.replace("\u202f", " ").replace("\xa0", " ")
        == "25,28 tokens/s, 1 234 567 bytes"), shown
    assert text(message) == "25.28 tokens/s, 1,234,567 bytes", "English again once removed"


def test_text_that_is_not_a_message_passes_through_unchanged() -> None:
    assert text("{not a template} 3.5") == "{not a template} 3.5"


# -- the Models dialog and the welcome page in the interface language ------------------------


def german_models_dialog(qtbot: Any, root: Path) -> Any:
    from app.core.models.catalog import default_catalog
    from app.core.models.hardware import Machine
    from app.core.models.service import DownloadService
    from app.core.paths import app_paths
    from app.core.settings import Settings
    from app.ui.models_dialog import ModelsDialog

    service = DownloadService(Downloader(Library(root / "models"), root / "cache"))
    machine = Machine(total_ram=25_280_000_000, available_ram=12_500_000_000)
    dialog = ModelsDialog(service, default_catalog(), machine, settings=Settings(),
                          paths=app_paths().ensure())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, service


def test_a_german_user_reads_the_catalog_and_its_numbers_in_german(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    """The machine line, sizes, descriptions and the Quality column: no English, German
    decimal commas (the catalog's sentences are data, chosen by the interface language)."""
    from PySide6.QtCore import Qt

    from app.ui.models_dialog import QUALITY_COLUMN

    translators = install_translators(qapp, "de")
    try:
        dialog, service = german_models_dialog(qtbot, tmp_path)
        try:
            assert "25,28 GB" in dialog.machine_label.text(), dialog.machine_label.text()
            assert "12,50 GB" in dialog.machine_label.text()
            assert "Stability AI: chattet auf Englisch" in dialog.description.text()
            quality = {dialog.table.item(row, 1).text():
                       dialog.table.item(row, QUALITY_COLUMN).text()
                       for row in range(dialog.table.rowCount())}
            assert quality["Q4_K_M"] == "Beste Balance aus Größe und Qualität"
            sizes = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
            assert any(re.search(r"\d,\d\d GB", size) for size in sizes), sizes
            assert not any(re.search(r"\d\.\d\d GB", size) for size in sizes), sizes
            # The user picks the base model in the model box: its description is German too.
            dialog.model_box.setFocus()
            qtbot.keyClick(dialog.model_box, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.model_box, Qt.Key.Key_Down)
            assert dialog.model_box.currentData() == "stablelm-2-1_6b"
            assert "Basismodell" in dialog.description.text(), dialog.description.text()
        finally:
            dialog.close()
            service.shutdown()
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize("language", TRANSLATED)
def test_sizes_speeds_and_progress_follow_the_interface_locale(
    language: str, qapp: QApplication
) -> None:
    from app.core.models.downloads import DownloadProgress, Phase
    from app.core.models.measurements import Conditions, FileKey, Measurement
    from app.ui.model_text import describe, human_size, speed_text

    measurement = Measurement(FileKey("m.gguf", 1, 0), Conditions(2, "CPU", "0.3.36"), 12.5,
                              None, "2026-11-30T10:00:00+00:00", "chat")
    progress = DownloadProgress(Phase.DOWNLOADING, done=500_000_000, total=1_000_000_000,
                                bytes_per_second=5_000_000, eta_seconds=100)

    def shown() -> tuple[str, str, str]:
        return human_size(25_280_000_000), describe(progress), speed_text(measurement)

    english = shown()
    translators = install_translators(qapp, language)
    try:
        size, line, speed = shown()
    finally:
        remove_translators(qapp, translators)
    assert english == ("25.28 GB", "Downloading 50% · 500 MB of 1.00 GB · 5.0 MB/s · "
                                   "1 min 40 s left", "12.5 tokens/s")
    assert "25,28" in size and "5,0" in line and "1,00" in line, (size, line)
    assert "12,5" in speed, speed
    assert "." not in size and "5.0" not in line


def test_chat_dates_are_written_in_the_interface_language(qapp: QApplication) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    from app.ui.i18n import short_when

    now = QDateTime(QDate(2026, 11, 30), QTime(15, 0)).toSecsSinceEpoch()  # a Monday
    earlier_today = now - 3600
    last_friday = now - 3 * 86400
    last_month = now - 40 * 86400
    english = [short_when(t, now) for t in (earlier_today, last_friday, last_month)]
    translators = install_translators(qapp, "de")
    try:
        german = [short_when(t, now) for t in (earlier_today, last_friday, last_month)]
    finally:
        remove_translators(qapp, translators)
    assert english[1] == "Fri" and german[1].startswith("Fr"), (english, german)
    assert german[0] == "14:00" and english[0].startswith("2:00"), (english, german)
    assert german[2] == "21.10.26" and english[2] == "10/21/26", (english, german)
