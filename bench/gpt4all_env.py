"""GPT4All's own environment for the ``peers`` benchmark: ``python -m bench.gpt4all_env``.

GPT4All's Python bindings ship their own llama.cpp build as a shared library; loaded into
Parla's process beside llama-cpp-python's, the two would share symbols and neither could be
trusted. So the bindings live in ``.cache/gpt4all-venv`` (created on first use with ``python -m
venv`` and ``pip install gpt4all==2.8.2``, 121 MB) and run in a subprocess
(``bench/gpt4all_client.py``). A stamp records the pin, so a changed pin rebuilds the venv.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
VENV = REPO_ROOT / ".cache" / "gpt4all-venv"
PYTHON = VENV / "bin" / "python"
PIN = "gpt4all==2.8.2"
_STAMP = ".parla-stamp"
INSTALL_TIMEOUT_S = 900


class UnavailableError(RuntimeError):
    """GPT4All cannot run here (no venv and the install failed); the message says why."""


def ready() -> bool:
    """Whether the venv exists with the pinned bindings (without installing anything)."""
    stamp = VENV / _STAMP
    return PYTHON.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == PIN


def ensure_venv() -> Path:
    """The venv's python, creating the venv first if needed; :class:`UnavailableError` if the
    install fails (no network, no wheel for this platform)."""
    if ready():
        return PYTHON
    shutil.rmtree(VENV, ignore_errors=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True,
                       capture_output=True, timeout=120)
        subprocess.run([str(PYTHON), "-m", "pip", "install", "--no-input",
                        "--disable-pip-version-check", PIN], check=True, capture_output=True,
                       timeout=INSTALL_TIMEOUT_S)
        subprocess.run([str(PYTHON), "-c", "import gpt4all"], check=True, capture_output=True,
                       timeout=120)
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", b"") or b""
        last = detail.decode(errors="replace").strip().splitlines()[-1:] if detail else []
        shutil.rmtree(VENV, ignore_errors=True)
        raise UnavailableError(f"could not install {PIN} into {VENV}: "
                          f"{' '.join(last) or error}") from error
    (VENV / _STAMP).write_text(PIN, encoding="utf-8")
    return PYTHON


#: Pre-tokenizers GPT4All 2.8.2's llama.cpp does not know, each with one it knows that splits
#: text by the same rules (llama.cpp's llama-vocab.cpp gives them one regex).
PRE_TOKENIZER_ALIASES = {"smollm": "starcoder"}
MODELS_DIR = REPO_ROOT / ".cache" / "gpt4all-models"


def readable_model(path: Path) -> Path:
    """``path``, or a copy GPT4All can load: 2.8.2 refuses SmolLM2 ("unknown pre-tokenizer
    type: 'smollm'"), so the copy names the pre-tokenizer it knows with the same rules.
    Written once under ``.cache/gpt4all-models``."""
    import gguf

    field = gguf.GGUFReader(path).fields.get("tokenizer.ggml.pre")
    pre = bytes(field.parts[field.data[0]]).decode() if field is not None else ""
    if pre not in PRE_TOKENIZER_ALIASES:
        return path
    copy = MODELS_DIR / path.name
    if copy.is_file() and copy.stat().st_mtime >= path.stat().st_mtime:
        return copy
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    partial = copy.with_suffix(".partial")
    subprocess.run([sys.executable, "-m", "gguf.scripts.gguf_new_metadata", "--force",
                    "--pre-tokenizer", PRE_TOKENIZER_ALIASES[pre], str(path), str(partial)],
                   check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=600)
    partial.replace(copy)
    return copy


if __name__ == "__main__":
    print(ensure_venv())
