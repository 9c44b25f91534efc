from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from app.core.engine.base import LoadOptions
from app.core.engine.llama.engine import LlamaCppEngine
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH
from app.core.models.catalog import Architecture, default_catalog
from app.core.models.fit import (
    Verdict,
    assess,
    assess_installed,
    estimate_memory,
    kv_cache_bytes,
    recommend,
)
from app.core.models.hardware import Machine, detect_machine, system_memory
from app.core.models.library import Library

GIB = 1 << 30
ZEPHYR = default_catalog().model("stablelm-2-zephyr-1_6b")
SMOLLM2 = Architecture(layers=30, embedding=576, heads=9, kv_heads=3, vocab=49152,
                       context_length=8192)
TINY_STABLELM = Architecture(layers=2, embedding=64, heads=4, kv_heads=4, vocab=662,
                             context_length=4096)


def _llama_cpp_reports(text: str, what: str) -> float:
    """Sum of llama.cpp's "<what> buffer size = N MiB" log lines of the last load (a layout
    llama.cpp refused is loaded again with the next), in bytes."""
    text = text.rsplit("llama_model_loader: loaded meta data", 1)[-1]
    sizes = re.findall(rf"{what} buffer size =\s+([\d.]+) MiB", text)
    assert sizes, f"llama.cpp logged no {what} buffer"
    return sum(float(s) for s in sizes) * 1024 * 1024


@pytest.mark.parametrize(("model_fixture", "arch", "context", "kv_cache"),
                         [("smollm2_path", SMOLLM2, 2048, "f16"),
                          ("smollm2_path", SMOLLM2, 2048, "q8_0"),
                          ("stablelm_path", TINY_STABLELM, 512, "f16"),
                          ("stablelm_path", TINY_STABLELM, 512, "q8_0")])
def test_estimate_matches_what_llama_cpp_allocates(
    model_fixture: str, arch: Architecture, context: int, kv_cache: str,
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture,
) -> None:
    path: Path = request.getfixturevalue(model_fixture)
    engine = LlamaCppEngine()
    with caplog.at_level("DEBUG", logger="parla.llama_cpp"):
        engine.load(LoadOptions(path, context_length=context, kv_cache=kv_cache),
                    lambda _: None)
    scores = engine._llama.scores.nbytes  # llama-cpp-python's logits array
    engine.unload()
    kv = _llama_cpp_reports(caplog.text, "KV")
    compute = _llama_cpp_reports(caplog.text, "compute") + scores
    weights = _llama_cpp_reports(caplog.text, "model")

    estimate = estimate_memory(arch, path.stat().st_size, context, kv_cache=kv_cache)
    # The same formula llama.cpp uses: equal to the 0.01 MiB its report prints.
    assert estimate.kv_cache == pytest.approx(kv, abs=0.005 * 2**20)
    assert estimate.weights == pytest.approx(weights, rel=0.05)
    assert estimate.compute == pytest.approx(compute, rel=0.25)


def test_kv_cache_for_stablelm2_at_full_context() -> None:
    mib = 1024 * 1024
    # On the CPU keys are q8_0 and values f16; on a GPU both f16.
    assert kv_cache_bytes(ZEPHYR.architecture, 4096) == (204 + 384) * mib
    assert kv_cache_bytes(ZEPHYR.architecture, 4096, gpu=True) == 768 * mib
    assert kv_cache_bytes(ZEPHYR.architecture, 4096, "q8_0") == 408 * mib
    assert kv_cache_bytes(ZEPHYR.architecture, 4096, "q8_0", gpu=True) == 408 * mib


def test_context_is_f16_where_q8_0_cannot_keep_the_heads() -> None:
    # Heads of 16 values: q8_0's blocks of 32 do not divide them.
    f16_rows = 2 * 2 * 512 * 64 * 2
    assert kv_cache_bytes(TINY_STABLELM, 512, "q8_0") == f16_rows
    assert kv_cache_bytes(TINY_STABLELM, 512) == f16_rows


@pytest.mark.parametrize(
    ("total_gib", "available_gib", "vram_gib", "q4km", "recommended"),
    [
        (4, 2, 0, Verdict.FITS, "Q4_K_M"),  # CPU batch 128, keys in q8_0: 2.03 GB
        (4, 1.8, 0, Verdict.TIGHT, "Q3_K_L"),
        (8, 5, 0, Verdict.FITS, "Q4_K_M"),
        (16, 10, 0, Verdict.FITS, "Q4_K_M"),
        (2, 1, 0, Verdict.WONT_FIT, "Q2_K"),  # tight, but the one that can run
        (8, 1, 0, Verdict.TIGHT, "Q2_K"),  # lots of RAM, but most of it in use
        (16, 8, 6, Verdict.FITS, "Q8_0"),  # a laptop GPU with 6 GB
        (8, 4, 2, Verdict.FITS, "Q4_K_M"),  # a 2 GB GPU is too small: decided by RAM
    ],
)
def test_verdicts_and_preselection_for_a_range_of_machines(
    total_gib: int, available_gib: float, vram_gib: int, q4km: Verdict, recommended: str | None,
) -> None:
    machine = Machine(total_gib * GIB, int(available_gib * GIB), vram_gib * GIB)
    rows = assess(default_catalog(), ZEPHYR, machine, context_length=4096)
    by_quant = {r.file.quant: r for r in rows}
    assert by_quant["Q4_K_M"].verdict is q4km
    choice = recommend(default_catalog(), rows, machine)
    assert (choice.file.quant if choice else None) == recommended
    assert by_quant["F16"].memory.total > by_quant["Q8_0"].memory.total


def test_a_shorter_context_needs_less_memory() -> None:
    machine = Machine(4 * GIB, 3 * GIB)
    long = {r.file.quant: r for r in assess(default_catalog(), ZEPHYR, machine, 4096)}
    short = {r.file.quant: r for r in assess(default_catalog(), ZEPHYR, machine, 1024)}
    assert short["Q4_K_M"].memory.total < long["Q4_K_M"].memory.total - 450 * 1024 * 1024
    assert short["Q4_K_M"].verdict is Verdict.FITS


def test_half_the_context_memory_lets_stablelm2_fit_a_busy_4_gb_laptop() -> None:
    machine = Machine(4 * GIB, int(1.8 * GIB))
    full = {r.file.quant: r for r in assess(default_catalog(), ZEPHYR, machine, 4096)}
    half = {r.file.quant: r for r in assess(default_catalog(), ZEPHYR, machine, 4096, "q8_0")}
    assert full["Q4_K_M"].verdict is Verdict.TIGHT
    assert half["Q4_K_M"].verdict is Verdict.FITS
    # Values in q8_0 too (180 MiB), and flash attention needs no scores buffer (64 MiB).
    assert full["Q4_K_M"].memory.total - half["Q4_K_M"].memory.total == 244 * 1024 * 1024


def test_this_machine_is_detected() -> None:
    total, available = system_memory()
    assert 0 < available <= total
    machine = detect_machine(gpu_backend=False)
    assert machine.vram == 0 and machine.total_ram == total


def test_an_imported_file_is_assessed_from_the_numbers_its_header_gave(
    tmp_path: Path, smollm2_path: Path
) -> None:
    entry = Library(tmp_path / "models").import_file(smollm2_path, "link")
    laptop = Machine(total_ram=8 * GIB, available_ram=5 * GIB)
    fit = assess_installed(entry, laptop, 2048)
    assert fit.memory == estimate_memory(SMOLLM2, entry.size, 2048, CPU_PROMPT_BATCH)
    assert fit.verdict is Verdict.FITS
    tiny = Machine(total_ram=GIB // 4, available_ram=GIB // 8)
    assert assess_installed(entry, tiny, 2048).verdict is Verdict.WONT_FIT
    unknown = assess_installed(dataclasses.replace(entry, shape=None), laptop, 2048)
    assert unknown.memory is None and unknown.verdict is None, "shown as ?"
