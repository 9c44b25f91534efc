"""The benchmark's models: StableLM 2 1.6B's exact shape with random weights.

Random weights cost exactly what the real model costs to run (same tensors, same
quantisation mix from llama.cpp's own quantiser) and need no download. Files are
written once into a cache folder and reused; writing the F16 source takes about
a minute and each quantisation one to two minutes on two cores.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.support.gguf_writer import STABLELM2_1_6B, quantize_gguf, write_stablelm_gguf

log = logging.getLogger(__name__)

#: The catalogue's quantisation ladder, smallest first; Q4_K_M is the default download.
LADDER: tuple[str, ...] = ("Q2_K", "Q3_K_M", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0")
DEFAULT_QUANT = "Q4_K_M"
STEM = "stablelm-2-1_6b-shape-random"
#: Bump when the writer changes, so stale cached files are rebuilt.
FORMAT_VERSION = 1

Report = Callable[[str], None]


def stablelm_path(models_dir: Path, quant: str) -> Path:
    return models_dir / f"{STEM}-v{FORMAT_VERSION}.{quant}.gguf"


def ensure_stablelm(models_dir: Path, quants: Sequence[str], report: Report = log.info,
                    ) -> dict[str, Path]:
    """Return a path per quantisation, writing whatever the cache lacks.

    Files are written under a temporary name and renamed, so an interrupted run
    never leaves a truncated model that a later run would trust.
    """
    models_dir.mkdir(parents=True, exist_ok=True)
    wanted = {quant: stablelm_path(models_dir, quant) for quant in quants}
    missing = [quant for quant, path in wanted.items() if not path.is_file()]
    if not missing:
        return wanted
    source = stablelm_path(models_dir, "F16")
    if not source.is_file():
        report(f"Writing {source.name} (StableLM 2 1.6B shape, random weights)…")
        partial = source.with_suffix(".partial")
        write_stablelm_gguf(partial, STABLELM2_1_6B, seed=16, dtype="f16", filler="normal",
                            name="StableLM 2 1.6B shape (random weights)")
        partial.replace(source)
    for quant in missing:
        if quant == "F16":
            continue
        target = wanted[quant]
        report(f"Quantising to {quant} with llama.cpp…")
        partial = target.with_suffix(".partial")
        quantize_gguf(source, partial, quant)
        partial.replace(target)
    return wanted


if __name__ == "__main__":  # pre-build the cache: python -m bench.models DIR [QUANT…]
    import sys

    logging.basicConfig(level=logging.INFO)
    folder = Path(sys.argv[1])
    for name, file in ensure_stablelm(folder, sys.argv[2:] or LADDER, print).items():
        print(name, file, file.stat().st_size)
