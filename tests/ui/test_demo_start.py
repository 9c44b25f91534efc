"""A fresh clone's `make run`: with no model installed, the demo model opens and chats.

The whole start runs as `make run` runs it (``python -m app --demo PATH``, through
``app.ui.application.main``) in a subprocess with an empty PARLA_HOME; the user's part
is played by :func:`_drive` inside it: wait for the model, type a question, press Enter,
read the answer from the chat view.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from app.core.paths import HOME_ENV
from app.core.settings import Settings, load_settings
from app.ui.demo import model_to_open

REPO_ROOT = Path(__file__).resolve().parents[2]
RESULT = "DEMO_TEST_RESULT "


def _drive(demo: str) -> int:
    """Start Parla as `make run` does and chat with it as a user; print what was seen."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui import application
    from app.ui.main_window import MainWindow

    app = QApplication(["parla"])
    seen: dict[str, object] = {}

    def window() -> MainWindow | None:
        return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def finish(ok: bool) -> None:
        seen["ok"] = ok
        print(RESULT + json.dumps(seen), flush=True)
        if (shown := window()) is not None:
            shown.close()
        app.exit(0 if ok else 1)

    def answered() -> None:
        shown = window()
        assert shown is not None
        seen["view"] = shown.chat_view.toPlainText()
        last = shown.session.messages[-1]
        seen["reply"] = last.content if last.role == "assistant" else ""
        seen["status_after_reply"] = shown.status.label.text()
        finish(True)

    def ask() -> None:
        shown = window()
        if shown is None or shown.model is None:
            QTimer.singleShot(100, ask)
        else:  # a moment later: every slot of the "loaded" signal has run
            QTimer.singleShot(50, lambda: type_question(shown))

    def type_question(shown: MainWindow) -> None:
        seen["label"] = shown.header.model_label.text()
        seen["status"] = shown.status.label.text()
        seen["send_enabled"] = shown.send_button.isEnabled()
        shown.engine.finished.connect(lambda *_: QTimer.singleShot(0, answered))
        shown.composer.setFocus()
        QTest.keyClicks(shown.composer, "What is the capital of France?")
        QTest.keyClick(shown.composer, Qt.Key.Key_Return)

    QTimer.singleShot(0, ask)
    QTimer.singleShot(150_000, lambda: finish(False))
    return application.main(["parla", "--demo", demo])


def _start_like_make_run(home: Path, demo: Path) -> dict[str, object]:
    env = {**os.environ, HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.test_demo_start", str(demo)],
                          cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=240,
                          check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith(RESULT)), None)
    assert line is not None and done.returncode == 0, (done.returncode, done.stdout,
                                                       done.stderr[-3000:])
    result: dict[str, object] = json.loads(line[len(RESULT):])
    return result


def test_make_run_with_no_model_installed_chats_with_the_labelled_demo(
    tmp_path: Path, smollm2_path: Path
) -> None:
    home = tmp_path / "fresh-clone-home"
    home.mkdir()
    (home / "config").mkdir()
    # Short, greedy replies keep the test quick; no model is named anywhere.
    (home / "config" / "settings.json").write_text(
        json.dumps({"max_reply_tokens": 24, "temperature": 0.0}), encoding="utf-8")

    seen = _start_like_make_run(home, smollm2_path)

    assert seen["ok"] and seen["send_enabled"]
    assert "demo" in str(seen["label"]).lower(), seen["label"]
    assert "demo" in str(seen["status"]).lower() and "StableLM 2" in str(seen["status"])
    view, reply = str(seen["view"]), str(seen["reply"])
    assert "What is the capital of France?" in view
    assert re.search(r"\w{3}", reply) and reply.strip() in view, (reply, view)
    settings = load_settings(home / "config" / "settings.json")
    assert settings.model_path == "", "the demo is never remembered as the user's model"


def test_make_run_passes_the_demo_model_that_make_test_models_fetches() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "-m app --demo $(DEMO_MODEL)" in recipe
    assert "DEMO_MODEL := .cache/test-models/SmolLM2-135M-Instruct.Q4_1.gguf" in makefile


def test_the_demo_opens_only_when_nothing_else_is_there(tmp_path: Path) -> None:
    demo = tmp_path / "demo.gguf"
    demo.write_bytes(b"GGUF")
    mine = tmp_path / "mine.gguf"
    mine.write_bytes(b"GGUF")
    nothing = Settings()
    assert model_to_open(None, nothing, demo, installed=False) == demo
    assert model_to_open(None, nothing, demo, installed=True) is None, "a model is installed"
    assert model_to_open(None, nothing, None, installed=False) is None, "no --demo: never"
    assert model_to_open(mine, nothing, demo, installed=False) == mine
    assert model_to_open(None, Settings(model_path=str(mine)), demo, installed=False) == mine
    assert model_to_open(None, nothing, tmp_path / "missing.gguf", installed=False) is None


if __name__ == "__main__":
    sys.exit(_drive(sys.argv[1]))
