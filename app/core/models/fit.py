"""Will it fit? Memory a model needs at a context length, and a verdict for this machine.

The estimate adds what llama.cpp and llama-cpp-python really allocate: the
weights (the GGUF is memory-mapped and read whole), the KV cache (as the engine keeps it), the
compute buffer of one prompt batch, llama-cpp-python's logits array, and the
app itself. tests/core/models/test_fit.py checks it against llama.cpp's own
report for real files.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.engine.base import KV_CACHE_TYPES, ContextLayout, context_layouts
from app.core.engine.llama.tuning import CPU_PROMPT_BATCH, prompt_batch_for
from app.core.models.catalog import Architecture, Catalog, CatalogFile, CatalogModel
from app.core.models.hardware import Machine
from app.core.models.library import InstalledModel

APP_OVERHEAD = 200 * 1024 * 1024
"""Python, Qt and the window, measured idle with no model (see docs)."""


class Verdict(StrEnum):
    FITS = "fits"
    TIGHT = "tight"
    WONT_FIT = "won't fit"


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int
    compute: int
    overhead: int

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead


def _layout(arch: Architecture, kv_cache: str, gpu: bool) -> ContextLayout:
    """The layout the engine gets from llama.cpp for this shape (``context_layouts``)."""
    head_size = arch.embedding // arch.heads
    return context_layouts(kv_cache, gpu=gpu, head_sizes=(head_size, head_size))[0]


def kv_cache_bytes(arch: Architecture, context_length: int, kv_cache: str = "f16", *,
                   gpu: bool = False) -> int:
    """K and V for every layer and position, stored as the engine asks llama.cpp to for
    the ``kv_cache`` choice on this backend (f16 is 2 bytes a value; q8_0 keeps 32 values
    in 34 bytes)."""
    return layout_kv_bytes(arch, context_length, _layout(arch, kv_cache, gpu))


def layout_kv_bytes(arch: Architecture, context_length: int, layout: ContextLayout) -> int:
    """K and V for every layer and position, kept as ``layout`` says."""
    rows = (int(arch.kv_embedding * KV_CACHE_TYPES[kind]) for kind in (layout.keys,
                                                                        layout.values))
    return arch.layers * context_length * sum(rows)


def estimate_memory(arch: Architecture, file_size: int, context_length: int,
                    batch: int = CPU_PROMPT_BATCH, kv_cache: str = "f16", *,
                    gpu: bool = False) -> MemoryEstimate:
    """What loading the file needs, with ``batch`` prompt tokens per llama_decode, on a
    GPU or the CPU."""
    logits = batch * arch.vocab * 4  # one batch of f32 logits...
    activations = batch * arch.embedding * 4 * 8
    # Without flash attention, one batch's attention scores for the whole context (f32).
    scores = 0 if _layout(arch, kv_cache, gpu).flash_attn else (
        context_length * batch * arch.heads * 4)
    return MemoryEstimate(
        weights=file_size,
        kv_cache=kv_cache_bytes(arch, context_length, kv_cache, gpu=gpu),
        # ...in llama.cpp's compute buffer and again in llama-cpp-python's scores array.
        compute=2 * logits + activations + scores,
        overhead=APP_OVERHEAD,
    )


def fits_on_gpu(need: MemoryEstimate, machine: Machine) -> bool:
    """Whole model, KV cache and llama.cpp's compute buffer in video memory, with headroom."""
    return bool(machine.vram) and _on_gpu(need) <= machine.vram * 0.85


def _on_gpu(need: MemoryEstimate) -> int:
    return need.weights + need.kv_cache + need.compute // 2


def verdict(need: MemoryEstimate, machine: Machine) -> Verdict:
    """The better of GPU (when usable) and RAM; "tight" means other apps may have to close."""
    on_gpu = _on_gpu(need)
    if fits_on_gpu(need, machine):
        return Verdict.FITS
    if need.total <= min(machine.total_ram * 0.5, machine.available_ram):
        return Verdict.FITS
    if need.total <= machine.total_ram * 0.8 or (machine.vram and on_gpu <= machine.vram):
        return Verdict.TIGHT
    return Verdict.WONT_FIT


@dataclass(frozen=True)
class FileFit:
    file: CatalogFile
    size: int
    memory: MemoryEstimate
    verdict: Verdict


def assess(catalog: Catalog, model: CatalogModel, machine: Machine,
           context_length: int, kv_cache: str = "f16") -> list[FileFit]:
    """Every quantization of ``model``, smallest first, with memory need and verdict."""
    context = min(context_length, model.architecture.context_length)
    rows = []
    for entry in model.files:
        size = catalog.estimated_size(entry)
        memory = estimate_memory(model.architecture, size, context,
                                 prompt_batch_for("GPU" if machine.vram else "CPU"), kv_cache,
                                 gpu=bool(machine.vram))
        rows.append(FileFit(entry, size, memory, verdict(memory, machine)))
    return sorted(rows, key=lambda row: row.size)


@dataclass(frozen=True)
class InstalledFit:
    """An installed file (an import, say) with its estimate; None where it cannot be made."""

    entry: InstalledModel
    memory: MemoryEstimate | None
    verdict: Verdict | None


def assess_installed(entry: InstalledModel, machine: Machine,
                     context_length: int, kv_cache: str = "f16") -> InstalledFit:
    """The estimate for a file from the numbers its header gave at install time.

    No file is opened: the GUI calls this for every row of the Models dialog.
    """
    if entry.shape is None:
        return InstalledFit(entry, None, None)
    memory = estimate_memory(entry.shape, entry.size,
                             min(context_length, entry.shape.context_length),
                             prompt_batch_for("GPU" if machine.vram else "CPU"), kv_cache,
                             gpu=bool(machine.vram))
    return InstalledFit(entry, memory, verdict(memory, machine))


CPU_QUALITY_CAP = 5.0
"""On a CPU, decoding speed falls with file size: beyond Q4_K_M answers barely improve."""
GPU_QUALITY_CAP = 8.6
"""On a GPU, Q8_0 is as good as F16 at half the memory."""


def recommend(catalog: Catalog, fits: list[FileFit], machine: Machine) -> FileFit | None:
    """The best quality that fits comfortably, capped where more bits stop paying off."""
    def bits(fit: FileFit) -> float:
        return catalog.quantizations[fit.file.quant].bits_per_weight

    def within_cap(fit: FileFit) -> bool:
        on_gpu = fits_on_gpu(fit.memory, machine)
        return bits(fit) <= (GPU_QUALITY_CAP if on_gpu else CPU_QUALITY_CAP)

    comfortable = [f for f in fits if f.verdict is Verdict.FITS and within_cap(f)]
    if comfortable:
        return max(comfortable, key=bits)
    tight = [f for f in fits if f.verdict is Verdict.TIGHT]
    return min(tight, key=bits) if tight else None
