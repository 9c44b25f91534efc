"""The settings dialog with real widgets."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.engine.base import GPU_LAYERS_AUTO
from app.core.prompts import default_system_prompts
from app.core.settings import Settings
from app.ui.settings_dialog import SettingsDialog


def _dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_the_model_card_defaults(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    assert dialog.temperature.value() == 0.7 and dialog.top_p.value() == 0.95
    assert dialog.context.maximum() == 4096
    assert dialog.gpu_mode.currentData() == "auto" and not dialog.gpu_layers.isEnabled()
    assert dialog.seed.text() == "Random"


def test_edits_apply_only_on_ok_and_say_when_a_reload_is_needed(qtbot: QtBot) -> None:
    live = Settings()
    dialog = _dialog(qtbot, live)
    dialog.temperature.setValue(0.3)
    assert live.temperature == 0.7 and not dialog.needs_reload()
    dialog.context.setValue(2048)
    dialog.gpu_mode.setCurrentIndex(dialog.gpu_mode.findData("cpu"))
    assert dialog.needs_reload()
    dialog.apply_to(live)
    assert (live.temperature, live.context_length, live.gpu_layers) == (0.3, 2048, 0)


def test_a_number_of_gpu_layers_can_be_chosen(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(gpu_layers=12))
    assert dialog.gpu_mode.currentData() == "number" and dialog.gpu_layers.value() == 12
    dialog.gpu_mode.setCurrentIndex(dialog.gpu_mode.findData("auto"))
    assert dialog.values().gpu_layers == GPU_LAYERS_AUTO


def test_system_prompts_are_edited_per_language_and_restored(qtbot: QtBot) -> None:
    live = Settings()
    dialog = _dialog(qtbot, live)
    dialog.prompt_language.setCurrentIndex(dialog.prompt_language.findData("de"))
    assert dialog.prompt_edit.toPlainText() == default_system_prompts()["de"]
    dialog.prompt_edit.setPlainText("Antworte immer in Reimen.")
    dialog.prompt_language.setCurrentIndex(dialog.prompt_language.findData("fr"))
    assert dialog.prompt_edit.toPlainText() == default_system_prompts()["fr"]
    dialog.apply_to(live)
    assert live.system_prompts == {"de": "Antworte immer in Reimen."}

    again = _dialog(qtbot, live)
    again.prompt_language.setCurrentIndex(again.prompt_language.findData("de"))
    assert again.prompt_edit.toPlainText() == "Antworte immer in Reimen."
    again.restore_prompt()
    assert again.prompt_edit.toPlainText() == default_system_prompts()["de"]
    again.apply_to(live)
    assert live.system_prompts == {}


def test_restore_defaults_keeps_the_model_and_prompts(qtbot: QtBot) -> None:
    live = Settings(model_path="/m.gguf", temperature=1.5, system_prompts={"it": "Breve."},
                    remote_connection="0123abcd", remote_model="qwen")
    dialog = _dialog(qtbot, live)
    dialog.restore_defaults()
    values = dialog.values()
    assert values.temperature == 0.7
    assert values.model_path == "/m.gguf" and values.system_prompts == {"it": "Breve."}
    assert (values.remote_connection, values.remote_model) == ("0123abcd", "qwen")


def test_main_window_saves_settings_and_reloads_when_needed(
    qtbot: QtBot, parla_home: Path, stablelm_path: Path
) -> None:
    from app.core.engine.worker import EngineService
    from app.core.paths import app_paths
    from app.core.settings import load_settings
    from app.ui.main_window import MainWindow

    paths = app_paths().ensure()
    engine = EngineService()
    window = MainWindow(engine, Settings(context_length=512), paths)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(engine.loaded, timeout=60_000):
            window.open_model(stablelm_path)
        dialog = window.model_actions.show_settings()
        dialog.temperature.setValue(0.2)
        dialog.context.setValue(1024)
        with qtbot.waitSignal(engine.loaded, timeout=60_000) as reloaded:
            dialog.accept()
        assert reloaded.args[0].context_length == 1024
        saved = load_settings(paths.settings_file)
        assert (saved.temperature, saved.context_length) == (0.2, 1024)
    finally:
        window.close()
        engine.shutdown()


def test_settings_open_on_the_system_prompt_of_the_conversations_language(
    qtbot: QtBot, parla_home: Path
) -> None:
    """A French chat's user pressing Ctrl+, finds the French prompt, not the English one
    (new chats start in English here: the chat's language is not the settings')."""
    from PySide6.QtCore import Qt

    from app.core.engine.worker import EngineService
    from app.core.paths import app_paths
    from app.core.store import Store
    from app.ui.main_window import MainWindow

    paths = app_paths().ensure()
    store = Store.open(paths.data / "chats.sqlite3")
    french = store.create_conversation("fr")
    store.add_message(french.id, "user", "Quelle est la capitale de la France ?")
    english = store.create_conversation("en")
    store.add_message(english.id, "user", "What is the capital of France?")
    engine = EngineService()
    window = MainWindow(engine, Settings(language="en"), paths, store=store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        chats = window.sidebar.list
        row = next(i for i in range(chats.count()) if "Quelle" in chats.item(i).text())
        qtbot.mouseClick(chats.viewport(), Qt.MouseButton.LeftButton,
                         pos=chats.visualItemRect(chats.item(row)).center())
        assert window.session.conversation_id == french.id
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.prompt_language.currentData() == "fr"
        assert dialog.prompt_edit.toPlainText() == default_system_prompts()["fr"]
        dialog.reject()
    finally:
        window.close()
        engine.shutdown()
        store.close()


def test_the_dialog_alone_opens_on_the_language_new_chats_start_in(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(language="nl"))
    qtbot.addWidget(dialog)
    assert dialog.prompt_language.currentData() == "nl"
    assert dialog.prompt_edit.toPlainText() == default_system_prompts()["nl"]
    assert SettingsDialog(Settings(), language="it").prompt_language.currentData() == "it"
