"""Every private part of llama-cpp-python the engine relies on, checked on a loaded model.

When an upgrade renames or reshapes one of them, the test named after it fails, and the
adapter's error names the attribute that is gone.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from app.core.engine.llama import adapter
from app.core.engine.llama.adapter import AdapterError
from app.core.engine.llama.logs import route_llama_logs


@pytest.fixture(scope="module")
def loaded(stablelm_path: Path) -> Iterator[tuple[Any, list[float]]]:
    """A ``Llama`` on the tiny StableLM file, built inside ``load_progress``."""
    import llama_cpp

    route_llama_logs()
    adapter.load_dynamic_backends()
    progress: list[float] = []
    with adapter.load_progress(progress.append):
        llama = llama_cpp.Llama(model_path=str(stablelm_path), n_ctx=256, n_batch=64,
                                n_threads=1, verbose=False)
    yield llama, progress
    llama.close()


@pytest.fixture
def llama(loaded: tuple[Any, list[float]]) -> Any:
    llama = loaded[0]
    llama.reset()  # each test decodes from an empty KV cache
    return llama


def _tokens(llama: Any, text: str) -> list[int]:
    tokens: list[int] = llama.tokenize(text.encode(), add_bos=False, special=False)
    return tokens


def test_the_version_and_gpu_support_come_from_the_installed_package() -> None:
    assert adapter.llama_cpp_version() == version("llama_cpp_python")
    assert isinstance(adapter.supports_gpu_offload(), bool)


def test_load_progress_reaches_one_and_the_default_params_are_restored(
    loaded: tuple[Any, list[float]],
) -> None:
    """Guards ``llama_cpp.llama_cpp.llama_model_default_params`` and its
    ``progress_callback`` field, and ``llama_cpp.llama_progress_callback``."""
    import llama_cpp

    _, progress = loaded
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    params = llama_cpp.llama_cpp.llama_model_default_params()
    assert not params.progress_callback, "the wrapper outlived the load"


def test_the_context_pointer_is_the_models_llama_context(llama: Any) -> None:
    """Guards ``Llama._ctx.ctx``."""
    import llama_cpp

    ctx = adapter.context_pointer(llama)
    assert ctx
    assert llama_cpp.llama_n_ctx(ctx) == llama.n_ctx() == 256


def test_special_token_texts_are_the_vocabularys_bos_and_eos(llama: Any) -> None:
    """Guards ``Llama._model.token_bos``, ``token_eos`` and ``token_get_text``."""
    bos, eos = adapter.special_token_texts(llama)
    assert (bos, eos) == ("<|endoftext|>", "<|endoftext|>")
    assert _tokens(llama, eos) != [llama.token_eos()]  # plain text, not the special token
    assert llama.tokenize(eos.encode(), add_bos=False, special=True) == [llama.token_eos()]


def test_end_of_generation_is_true_for_eos_only(llama: Any) -> None:
    """Guards ``Llama._model.vocab`` and ``llama_cpp.llama_vocab_is_eog``."""
    is_end = adapter.end_of_generation(llama)
    assert is_end(llama.token_eos())
    assert not any(is_end(token) for token in _tokens(llama, "Hello world"))


def test_perf_counters_count_batched_and_single_token_decodes(llama: Any) -> None:
    """Guards ``llama_cpp.llama_perf_context`` (``n_p_eval``, ``n_eval``),
    ``llama_perf_context_reset`` and llama.cpp reporting an empty count as 1, which the
    engine's prompt count relies on."""
    import llama_cpp

    ctx = adapter.context_pointer(llama)

    def decode(tokens: list[int]) -> None:
        llama.eval(tokens)
        llama_cpp.llama_synchronize(ctx)  # llama.cpp counts when the results are read

    prompt = _tokens(llama, "The quick brown fox jumps over the lazy dog")
    assert len(prompt) > 2
    adapter.reset_perf_counters(llama)
    assert adapter.perf_counters(llama) == adapter.PerfCounters(prompt_eval=1, eval=1)
    decode(prompt)
    decode(prompt[:1])
    decode(prompt[1:2])
    assert adapter.perf_counters(llama) == adapter.PerfCounters(prompt_eval=len(prompt), eval=2)


def test_the_abort_switch_stops_a_decode_and_lets_the_next_one_run(llama: Any) -> None:
    """Guards ``llama_cpp.ggml_abort_callback`` and ``llama_set_abort_callback``."""
    switch = adapter.AbortSwitch(llama)
    asked: list[bool] = []

    def should_abort() -> bool:
        asked.append(True)
        return True

    switch.arm(should_abort)
    with pytest.raises(RuntimeError, match="llama_decode returned"):
        llama.eval(_tokens(llama, "The quick brown fox jumps over the lazy dog"))
    assert asked
    switch.disarm()
    llama.reset()
    llama.eval(_tokens(llama, "The quick brown fox"))
    assert llama.n_tokens > 0


def test_an_aborted_batch_is_not_counted_after_the_reset(llama: Any) -> None:
    """llama.cpp counts a batch when its results are read; an aborted one is never read, so
    ``reset_perf_counters`` reads it first (``llama_synchronize``)."""
    switch = adapter.AbortSwitch(llama)
    switch.arm(lambda: True)
    with pytest.raises(RuntimeError):
        llama.eval(_tokens(llama, "The quick brown fox jumps over the lazy dog"))
    switch.disarm()
    adapter.reset_perf_counters(llama)
    llama.eval(_tokens(llama, "The quick brown fox")[:1])
    import llama_cpp

    llama_cpp.llama_synchronize(adapter.context_pointer(llama))
    assert adapter.perf_counters(llama) == adapter.PerfCounters(prompt_eval=1, eval=1)


def test_evaluating_ahead_leaves_generate_only_the_last_batch(llama: Any) -> None:
    """Guards ``Llama.eval``, ``n_batch``, ``n_tokens``, ``input_ids``,
    ``_ctx.kv_cache_seq_rm`` and ``Llama.generate`` reusing the cached prefix."""
    prompt = _tokens(llama, "The quick brown fox jumps over the lazy dog. " * 15)
    assert llama.n_batch == 64 and 128 < len(prompt) <= 192
    seen: list[tuple[int, int]] = []
    adapter.evaluate_ahead(llama, prompt, lambda done, new: seen.append((done, new)))
    assert seen == [(0, len(prompt)), (64, len(prompt)), (128, len(prompt))]
    assert llama.n_tokens == 128 and adapter.cached_prefix(llama, prompt) == 128

    adapter.reset_perf_counters(llama)
    tokens = llama.generate(prompt, temp=0.0)
    next(tokens)
    tokens.close()
    counted = adapter.perf_counters(llama)
    assert counted.prompt_eval == len(prompt) - 128, "generate read only the last batch"

    # A prompt that differs early starts over from there; a short one is left to generate.
    seen.clear()
    other = prompt[:10] + _tokens(llama, " A different story begins here." * 6)
    adapter.evaluate_ahead(llama, other, lambda done, new: seen.append((done, new)))
    assert seen[0] == (0, len(other) - 10) and llama.n_tokens > 10
    seen.clear()
    adapter.evaluate_ahead(llama, other[:40], lambda done, new: seen.append((done, new)))
    assert seen == []


def test_a_missing_private_field_is_named_in_the_error(
    llama: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(llama, "_ctx")
    with pytest.raises(AdapterError, match=r"has no Llama\._ctx\.ctx: app/core/engine/llama"):
        adapter.context_pointer(llama)


class _BackendLoader:
    """Stands in for libllama's ``ggml_backend_load_all_from_path``, noting each call."""

    def __init__(self) -> None:
        self.folders: list[bytes] = []
        self.argtypes: Any = None
        self.restype: Any = "unset"

    def __call__(self, folder: bytes) -> None:
        assert self.argtypes == [ctypes.c_char_p] and self.restype is None
        self.folders.append(folder)


@pytest.fixture
def backend_loader(monkeypatch: pytest.MonkeyPatch) -> _BackendLoader:
    import llama_cpp

    loader = _BackendLoader()
    fake_lib = type("FakeLib", (), {"ggml_backend_load_all_from_path": loader})()
    monkeypatch.setattr(llama_cpp.llama_cpp, "_lib", fake_lib)
    return loader


def _install(root: Path, lib: list[str], bin_: list[str]) -> Path:
    """A site-packages with llama_cpp/lib and (pip's) bin folders holding these files."""
    package = root / "site-packages" / "llama_cpp"
    for folder, names in ((package / "lib", lib), (root / "site-packages" / "bin", bin_)):
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            (folder / name).write_bytes(b"\x7fELF")
    return package


LINKED = ["libllama.so", "libggml.so", "libggml-base.so", "libggml-cpu.so"]
VARIANTS = ["libggml-cpu-haswell.so", "libggml-cpu-skylakex.so", "libggml-cpu-sandybridge.so"]


@pytest.mark.parametrize(
    ("lib", "bin_", "expected"),
    [
        (LINKED, [], []),
        (LINKED, ["libggml-base.so"], []),
        (["libllama.so", "libggml-base.so", *VARIANTS], [], ["lib"]),
        (["libllama.so"], ["libggml-base.so", *VARIANTS], ["bin"]),
        (["libllama.so", *VARIANTS], VARIANTS, ["lib", "bin"]),
    ],
    ids=["linked-build", "linked-build-with-bin", "variants-in-lib", "variants-in-pip-bin",
         "variants-in-both"],
)
def test_dynamic_backends_are_loaded_only_from_folders_with_cpu_variants(
    tmp_path: Path, backend_loader: _BackendLoader, lib: list[str], bin_: list[str],
    expected: list[str],
) -> None:
    package = _install(tmp_path, lib, bin_)
    where = {"lib": package / "lib", "bin": tmp_path / "site-packages" / "bin"}
    folders = adapter.load_dynamic_backends(package)
    assert folders == [str(where[name]) for name in expected]
    assert backend_loader.folders == [str(where[name]).encode() for name in expected]
    assert adapter.load_dynamic_backends(package) == []
    assert len(backend_loader.folders) == len(expected), "loaded twice"


def test_a_renamed_backend_loader_is_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import llama_cpp

    monkeypatch.setattr(llama_cpp.llama_cpp, "_lib", object())
    package = _install(tmp_path, VARIANTS, [])
    with pytest.raises(AdapterError, match=r"llama_cpp\.llama_cpp\._lib\.ggml_backend_load_all"):
        adapter.load_dynamic_backends(package)


def test_the_installed_llama_cpp_has_a_cpu_backend_once_backends_are_loaded() -> None:
    """Whether this build links its backends in (development) or loads them (installers)."""
    import llama_cpp

    adapter.load_dynamic_backends()
    assert llama_cpp.llama_print_system_info().decode().startswith("CPU")
