"""The fabricated GGUFs really load, tokenize and run in llama.cpp."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import gguf
import llama_cpp
import pytest

from tests.support.gguf_writer import (
    CONTROL_TOKENS,
    TINY_STABLELM,
    Filler,
    build_vocab,
    quantize_gguf,
    write_stablelm_gguf,
)


def _load(path: Path) -> llama_cpp.Llama:
    return llama_cpp.Llama(model_path=str(path), n_ctx=256, verbose=False)


def test_tiny_model_loads_tokenizes_and_generates(tmp_path: Path) -> None:
    path = write_stablelm_gguf(tmp_path / "tiny.gguf", chat_template="{{ messages }}")
    assert path.stat().st_size < 2 * 1024 * 1024

    llama = _load(path)
    try:
        assert llama.metadata["general.architecture"] == "stablelm"
        assert llama.metadata["tokenizer.ggml.pre"] == "stablelm2"
        assert llama.metadata["tokenizer.chat_template"] == "{{ messages }}"

        text = b"Hello world"
        tokens = llama.tokenize(text, add_bos=False)
        assert 0 < len(tokens) < len(text)
        assert llama.detokenize(tokens) == text

        eos = build_vocab().eos_id
        assert llama.token_eos() == eos
        assert llama.token_bos() == eos
        im_end = llama.tokenize(b"<|im_end|>", add_bos=False, special=True)
        assert im_end == [eos + CONTROL_TOKENS.index("<|im_end|>")]
        assert len(llama.tokenize(b"<|im_end|>", add_bos=False, special=False)) > 1

        generated: list[int] = []
        for token in llama.generate(tokens, temp=0.0):
            generated.append(token)
            if len(generated) == 8:
                break
        assert len(generated) == 8
        assert all(0 <= t < llama.n_vocab() for t in generated)
    finally:
        llama.close()


def test_pre_tokenizer_none_omits_key(tmp_path: Path) -> None:
    path = write_stablelm_gguf(tmp_path / "old.gguf", pre_tokenizer=None)
    fields = gguf.GGUFReader(path).fields
    assert "tokenizer.ggml.pre" not in fields
    assert "tokenizer.ggml.model" in fields


@pytest.mark.parametrize(("filler", "visible"), [("unused", False), ("normal", True)])
def test_vocab_padding(tmp_path: Path, filler: Filler, visible: bool) -> None:
    shape = dataclasses.replace(TINY_STABLELM, vocab_size=1000)
    path = write_stablelm_gguf(tmp_path / "padded.gguf", shape, filler=filler, dtype="f16")
    llama = _load(path)
    try:
        assert llama.n_vocab() == 1000
        assert (llama.detokenize([999]) == b" tok999") is visible
        # Filler never comes out of the BPE merges, so tokenization is unchanged.
        assert max(llama.tokenize(b"Hello world", add_bos=False)) < build_vocab().eos_id
    finally:
        llama.close()


def test_writer_is_deterministic(tmp_path: Path) -> None:
    a = write_stablelm_gguf(tmp_path / "a.gguf", seed=1)
    b = write_stablelm_gguf(tmp_path / "b.gguf", seed=1)
    c = write_stablelm_gguf(tmp_path / "c.gguf", seed=2)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


@pytest.mark.parametrize("ftype", ["Q8_0", "Q4_0", "Q4_K_M"])
def test_quantized_tiny_model_loads(tmp_path: Path, ftype: str) -> None:
    src = write_stablelm_gguf(tmp_path / "tiny-f32.gguf")
    dst = quantize_gguf(src, tmp_path / f"tiny-{ftype}.gguf", ftype)
    assert dst.stat().st_size < src.stat().st_size

    llama = _load(dst)
    try:
        assert llama.metadata["general.architecture"] == "stablelm"
        tokens = llama.tokenize(b"Hello world", add_bos=False)
        out = next(iter(llama.generate(tokens, temp=0.0)))
        assert 0 <= out < llama.n_vocab()
    finally:
        llama.close()


def test_quantize_rejects_unknown_type(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown quantisation type"):
        quantize_gguf(tmp_path / "missing.gguf", tmp_path / "out.gguf", "Q9_X")
