"""Every use of llama-cpp-python beyond its public ``Llama`` API, in one place.

llama-cpp-python 0.3.36 has no public way to stop a prompt evaluation or tell how
far it is, to read llama.cpp's performance counters or end-of-generation flag, to
report load progress or to load ggml's per-CPU backend libraries, so the engine reaches
into its private fields (``Llama._ctx``, ``Llama._model``, the ctypes library
``llama_cpp.llama_cpp._lib``). An upgrade may rename any of them: they are all
here, each named in the error if it is gone, and
tests/core/engine/llama/test_adapter.py checks every one on a loaded model.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.engine.llama.snapshots import shared_prefix

log = logging.getLogger(__name__)


class AdapterError(AttributeError):
    """llama-cpp-python lacks something the adapter relies on (an upgrade changed it)."""


def _private(owner: Any, path: str, label: str) -> Any:
    """``owner.<path>``, or an AdapterError naming ``label.<path>`` if it is gone."""
    value = owner
    for name in path.split("."):
        try:
            value = getattr(value, name)
        except AttributeError as exc:
            raise AdapterError(
                f"llama-cpp-python {llama_cpp_version()} has no {label}.{path}: "
                "app/core/engine/llama/adapter.py must follow the upgrade") from exc
    return value


def llama_cpp_version() -> str:
    import llama_cpp

    return str(llama_cpp.__version__)


def supports_gpu_offload() -> bool:
    """Whether this llama.cpp build has a GPU backend (CUDA, Metal, Vulkan...)."""
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


# -- the loaded model's context and vocabulary ---------------------------------------


def context_pointer(llama: Any) -> Any:
    """The ``llama_context *`` behind a ``Llama`` (``Llama._ctx.ctx``)."""
    return _private(llama, "_ctx.ctx", "Llama")


def special_token_texts(llama: Any) -> tuple[str, str]:
    """The model's BOS and EOS tokens as text, for its chat template."""
    model = _private(llama, "_model", "Llama")
    bos = _private(model, "token_bos", "Llama._model")()
    eos = _private(model, "token_eos", "Llama._model")()
    get_text = _private(model, "token_get_text", "Llama._model")
    return str(get_text(bos)), str(get_text(eos))


def end_of_generation(llama: Any) -> Callable[[int], bool]:
    """A test for the tokens that end generation (EOS, EOT, <|im_end|>...) in this vocabulary."""
    import llama_cpp

    vocab = _private(llama, "_model.vocab", "Llama")
    is_eog = llama_cpp.llama_vocab_is_eog

    def check(token: int) -> bool:
        return bool(is_eog(vocab, token))

    return check


@dataclass(frozen=True)
class PerfCounters:
    """llama.cpp's token counts since the last reset."""

    prompt_eval: int
    """Tokens decoded in multi-token batches (llama.cpp reports max(1, n))."""
    eval: int
    """Single-token decodes."""


def reset_perf_counters(llama: Any) -> None:
    """Zero the counters. llama.cpp adds a batch to them when its results are read: a batch
    that Stop aborted was never read, and would count in the next reply without the
    ``llama_synchronize`` that reads it first."""
    import llama_cpp

    ctx = context_pointer(llama)
    llama_cpp.llama_synchronize(ctx)
    llama_cpp.llama_perf_context_reset(ctx)


def perf_counters(llama: Any) -> PerfCounters:
    import llama_cpp

    perf = llama_cpp.llama_perf_context(context_pointer(llama))
    return PerfCounters(prompt_eval=int(perf.n_p_eval), eval=int(perf.n_eval))


def cached_prefix(llama: Any, prompt: Sequence[int]) -> int:
    """How many leading tokens of ``prompt`` the KV cache holds, as ``Llama.generate``
    counts them (``Llama.input_ids[:n_tokens]``)."""
    return shared_prefix(held_tokens(llama), prompt)


def held_tokens(llama: Any) -> tuple[int, ...]:
    """The tokens whose cells the KV cache holds (``Llama.input_ids[:n_tokens]``)."""
    held = _private(llama, "input_ids", "Llama")[: _private(llama, "n_tokens", "Llama")]
    return tuple(int(token) for token in held.tolist())


def sequence_size(llama: Any) -> int:
    """The bytes of sequence 0's KV cells as llama.cpp saves them (a dry run: no copy)."""
    import llama_cpp

    ctx = context_pointer(llama)
    llama_cpp.llama_synchronize(ctx)
    return int(llama_cpp.llama_state_seq_get_size(ctx, 0))


def save_sequence(llama: Any, path: Path, tokens: Sequence[int]) -> bool:
    """Have llama.cpp write sequence 0's KV cells (the cells in use, not the whole context)
    holding ``tokens`` to ``path``, a layer at a time (``llama_state_seq_save_file``: never a
    copy of the whole state in memory). False if it could not."""
    import llama_cpp

    ctx = context_pointer(llama)
    held = (llama_cpp.llama_token * len(tokens))(*tokens)
    return int(llama_cpp.llama_state_seq_save_file(ctx, os.fsencode(path), 0, held,
                                                   len(tokens))) > 0


def restore_sequence(llama: Any, tokens: Sequence[int], path: Path) -> bool:
    """Replace the KV cache with a file written by ``save_sequence`` holding ``tokens``, so
    that ``Llama.generate``'s prefix match finds them. False (and an empty cache) if llama.cpp
    refused it. Relies on ``input_ids``, ``n_tokens`` and ``_requires_eval`` (the next
    ``generate`` must decode at least one token: restored cells bring no logits)."""
    import llama_cpp

    ctx = context_pointer(llama)
    clear = _private(llama_cpp, "llama_memory_clear", "llama_cpp")
    memory = llama_cpp.llama_get_memory(ctx)
    clear(memory, True)
    llama.n_tokens = 0
    capacity = len(_private(llama, "input_ids", "Llama"))
    read = (llama_cpp.llama_token * capacity)()
    count = ctypes.c_size_t(0)
    loaded = llama_cpp.llama_state_seq_load_file(ctx, os.fsencode(path), 0, read, capacity,
                                                 ctypes.byref(count))
    if not loaded or list(read[: count.value]) != list(tokens):
        clear(memory, True)
        return False
    llama.input_ids[: len(tokens)] = tokens
    llama.n_tokens = len(tokens)
    _private(llama, "_requires_eval", "Llama")
    llama._requires_eval = True
    return True


def keep_prefix(llama: Any, count: int) -> None:
    """Drop the KV cells past the first ``count`` tokens (all of them where the cache cannot
    drop a suffix, as for recurrent models)."""
    if count <= 0 or not _private(llama, "_ctx.kv_cache_seq_rm", "Llama")(-1, count, -1):
        llama.reset()
        return
    llama.n_tokens = count


def evaluate_ahead(llama: Any, prompt: Sequence[int],
                   on_batch: Callable[[int, int], None]) -> None:
    """Evaluate the new tokens of ``prompt`` batch by batch, all but the last batch, and
    call ``on_batch(done, new)`` before each batch and after the last one evaluated here.

    ``Llama.generate`` evaluates a whole prompt in one call and says nothing until the first
    token. Evaluated here first, the same ``n_batch`` batches land in the KV cache, where
    ``generate``'s prefix match finds them: it then evaluates only the last batch, so the
    work, its speed and llama.cpp's counters are as before, and the caller learns how far
    the prompt is. Relies on ``Llama.eval``, ``n_batch``, ``n_tokens``, ``input_ids`` and
    ``_ctx.kv_cache_seq_rm``. Where the cache cannot drop a suffix (recurrent models),
    nothing is evaluated here: ``generate`` would start over anyway.
    """
    batch = int(_private(llama, "n_batch", "Llama"))
    start = cached_prefix(llama, prompt)
    new = len(prompt) - start
    if new <= batch:
        return
    drop_from = _private(llama, "_ctx.kv_cache_seq_rm", "Llama")
    if not drop_from(-1, start, -1):
        return
    llama.n_tokens = start  # what generate does on a prefix match
    evaluate = _private(llama, "eval", "Llama")
    done = 0
    while new - done > batch:
        on_batch(done, new)
        evaluate(prompt[start + done:start + done + batch])
        done += batch
    on_batch(done, new)


class AbortSwitch:
    """llama.cpp's abort callback on one ``Llama``'s context.

    llama.cpp calls it between graph nodes while it evaluates a batch; True makes
    llama_decode return early (llama-cpp-python then raises RuntimeError). A
    Python call per node slows decoding, so it is armed only during prompts.
    """

    def __init__(self, llama: Any) -> None:
        self._ctx = context_pointer(llama)
        self._callback: Any = None

    def arm(self, should_abort: Callable[[], bool]) -> None:
        import llama_cpp

        # Keep a reference: llama.cpp holds only the raw function pointer.
        self._callback = llama_cpp.ggml_abort_callback(lambda _data: should_abort())
        llama_cpp.llama_set_abort_callback(self._ctx, self._callback, ctypes.c_void_p(0))

    def disarm(self) -> None:
        import llama_cpp

        llama_cpp.llama_set_abort_callback(self._ctx, llama_cpp.ggml_abort_callback(), None)
        self._callback = None


# -- loading -------------------------------------------------------------------------

_loaded_backends: set[Path] = set()
_backends_lock = threading.Lock()


def backend_folders(package_dir: Path) -> list[Path]:
    """Where a GGML_BACKEND_DL build of llama-cpp-python keeps its ``libggml-cpu-<arch>``
    variants: ``llama_cpp/lib``, or ``site-packages/bin`` where pip installs them."""
    lib_dir = package_dir / "lib"
    candidates = (lib_dir, package_dir.parent / "bin")
    # The per-CPU variants only exist in DL builds; linked builds have libggml-cpu.so.
    return [d for d in candidates if any(d.glob("*ggml-cpu-*"))]


def load_dynamic_backends(package_dir: Path | None = None) -> list[str]:
    """Load ggml's CPU (and GPU) backends when llama.cpp was built with GGML_BACKEND_DL.

    Release installers build llama.cpp with ``GGML_BACKEND_DL=ON GGML_CPU_ALL_VARIANTS=ON``:
    the kernels then live in separate ``libggml-cpu-<arch>`` libraries, one per CPU
    generation, and ggml picks the best one for this CPU at run time. llama-cpp-python
    0.3.36 never loads them (the model load fails with "no backends are loaded").
    Returns the folders loaded from, once per process; a no-op for builds with the
    backends linked in. ``package_dir``: the llama_cpp package (default: the installed one).
    """
    import llama_cpp

    package_dir = package_dir or Path(llama_cpp.__file__).parent
    with _backends_lock:  # the engine's thread and engine_runtime() may both ask first
        if package_dir in _loaded_backends:
            return []
        _loaded_backends.add(package_dir)
        folders = backend_folders(package_dir)
        if not folders:
            return []  # backends are linked into libggml: nothing to load
        # Through libllama's handle, so that the registry is the one llama.cpp itself uses.
        lib = _private(llama_cpp.llama_cpp, "_lib", "llama_cpp.llama_cpp")
        load_from = _private(lib, "ggml_backend_load_all_from_path", "llama_cpp.llama_cpp._lib")
        load_from.argtypes = [ctypes.c_char_p]
        load_from.restype = None
        for folder in folders:
            log.info("Loading ggml backends from %s", folder)
            load_from(str(folder).encode())
        return [str(f) for f in folders]


@contextlib.contextmanager
def load_progress(on_progress: Callable[[float], None]) -> Iterator[None]:
    """Report llama.cpp's tensor-loading progress for the ``Llama`` built in the block.

    llama-cpp-python 0.3.36's ``Llama`` does not expose ``progress_callback``
    (abetlen/llama-cpp-python#2340), although ``llama_model_params`` has it. The
    params come from ``llama_cpp.llama_cpp.llama_model_default_params()``, so that
    one function is wrapped for the duration of a load. Only one thread loads models.
    """
    import llama_cpp

    bindings: Any = llama_cpp.llama_cpp
    original = _private(bindings, "llama_model_default_params", "llama_cpp.llama_cpp")

    def report(progress: float, _data: Any) -> bool:
        on_progress(min(max(float(progress), 0.0), 1.0))
        return True  # False would abort the load

    callback = llama_cpp.llama_progress_callback(report)

    def params_with_progress() -> Any:
        params = original()
        params.progress_callback = callback
        return params

    bindings.llama_model_default_params = params_with_progress
    try:
        yield
    finally:
        bindings.llama_model_default_params = original
