"""Write GGUF files with random weights for llama.cpp's real architectures.

Tests need models that run the *real* llama.cpp code path of an architecture
without downloading gigabytes. This module fabricates such files with the
``gguf`` package: a tiny one for unit tests and a full-size one for speed
benchmarks (same compute cost, meaningless output). The shared parts (shape,
byte-level BPE vocabulary, random tensors, the file's common keys, quantisation)
are architecture-neutral; each architecture adds its tensor plan and its own
keys. Written so far, each the tensors llama.cpp's loader requires for it
(``vendor/llama.cpp/src/models/<arch>.cpp``): ``stablelm`` (StableLM 2: LayerNorm
with bias, partial rotary, q/k/v biases, untied output, the ``stablelm2``
pre-tokenizer), ``llama`` (TinyLlama, SmolLM, Llama 3: RMSNorm, SwiGLU, GQA),
``gemma`` (RMSNorm, tied output), ``phi2`` (one LayerNorm per block, biases
everywhere, partial rotary) and ``falcon`` (fused QKV, multi-query attention).
:func:`write_arch_gguf` writes any of them with a family's special tokens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

import gguf
import numpy as np
import numpy.typing as npt

__all__ = [
    "ARCHITECTURES",
    "CHATML_TOKENS",
    "CONTROL_TOKENS",
    "ENDOFTEXT",
    "GEMMA_TOKENS",
    "LLAMA3_TOKENS",
    "QUANT_TYPES",
    "STABLELM2_1_6B",
    "TINY_SHAPES",
    "TINY_STABLELM",
    "ZEPHYR_TOKENS",
    "Dtype",
    "Filler",
    "ModelShape",
    "StableLmShape",
    "TensorPlan",
    "Vocab",
    "build_vocab",
    "quantize_gguf",
    "write_arch_gguf",
    "write_random_gguf",
    "write_stablelm_gguf",
]

ENDOFTEXT = "<|endoftext|>"
#: StableLM 2's control tokens, appended after the BPE vocab by default; the
#: first one is BOS == EOS, exactly as in the real StableLM 2 tokenizer.
CONTROL_TOKENS: tuple[str, ...] = (
    ENDOFTEXT,
    "<|im_start|>",
    "<|im_end|>",
    "<|user|>",
    "<|assistant|>",
    "<|system|>",
)

#: Other families' special tokens, first BOS/EOS as above (``write_arch_gguf``).
CHATML_TOKENS: tuple[str, ...] = (ENDOFTEXT, "<|im_start|>", "<|im_end|>")
"""SmolLM2, Qwen and others."""
LLAMA3_TOKENS: tuple[str, ...] = ("<|end_of_text|>", "<|begin_of_text|>",
                                  "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>")
GEMMA_TOKENS: tuple[str, ...] = ("<eos>", "<bos>", "<start_of_turn>", "<end_of_turn>")
ZEPHYR_TOKENS: tuple[str, ...] = ("</s>", "<s>")
"""TinyLlama: SentencePiece's two, the Zephyr turns are plain text."""

#: ``ftype`` names accepted by :func:`quantize_gguf` (``LLAMA_FTYPE_MOSTLY_<name>``).
QUANT_TYPES: tuple[str, ...] = (
    "F16",
    "Q8_0",
    "Q6_K",
    "Q5_K_M",
    "Q5_K_S",
    "Q5_0",
    "Q5_1",
    "Q4_K_M",
    "Q4_K_S",
    "Q4_0",
    "Q4_1",
    "Q3_K_L",
    "Q3_K_M",
    "Q3_K_S",
    "Q2_K",
)

Dtype = Literal["f32", "f16"]
Filler = Literal["unused", "normal"]
_FloatArray = npt.NDArray[np.floating]
#: ``(tensor name, numpy shape, kind)`` in file order; kind is weight, norm or bias.
TensorPlan = Iterator[tuple[str, tuple[int, ...], str]]

_WEIGHT_STD = 0.02
_BIAS_STD = 0.01
#: Random numbers generated per step, to bound temporary float32 buffers.
_CHUNK_ELEMENTS = 1 << 24


@dataclass(frozen=True)
class ModelShape:
    """Hyper-parameters every decoder-only architecture has (full rotary by default)."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    context_length: int = 4096
    head_count_kv: int | None = None
    #: Total vocabulary size; ``None`` keeps just bytes + merges + control
    #: tokens, a larger value pads with filler tokens (see ``build_vocab``).
    vocab_size: int | None = None
    #: Upper bound on the number of BPE merges learned from the built-in corpus.
    n_merges: int = 400
    rope_fraction: float = 1.0
    rope_freq_base: float = 10000.0
    #: Epsilon of the normalisation layers (LayerNorm or RMSNorm, as the architecture uses).
    norm_eps: float = 1e-5

    def __post_init__(self) -> None:
        if self.hidden % self.heads:
            raise ValueError(f"hidden={self.hidden} not divisible by heads={self.heads}")
        if self.heads % self.kv_heads:
            raise ValueError(f"heads={self.heads} not divisible by head_count_kv={self.kv_heads}")
        if self.rope_dims <= 0 or self.rope_dims % 2:
            raise ValueError(f"rope dimension count must be even and > 0, got {self.rope_dims}")

    @property
    def kv_heads(self) -> int:
        """Key/value head count (``head_count_kv``; defaults to ``heads``)."""
        return self.heads if self.head_count_kv is None else self.head_count_kv

    @property
    def head_dim(self) -> int:
        """Per-head width."""
        return self.hidden // self.heads

    @property
    def rope_dims(self) -> int:
        """Rotary dimensions per head (some architectures rotate only part of each head)."""
        return int(self.head_dim * self.rope_fraction)


@dataclass(frozen=True)
class StableLmShape(ModelShape):
    """A StableLM 2 model: a quarter of each head is rotated, as in the real ones."""

    rope_fraction: float = 0.25


#: Small and fast; 64 is a multiple of 32 so Q8_0/Q4_0 quantise every matrix
#: (K-quants need 256 and llama.cpp falls back to a legacy type per tensor).
TINY_STABLELM = StableLmShape(hidden=64, layers=2, heads=4, ffn=128, context_length=4096)

#: Tiny shapes of the other architectures: GQA for llama, multi-query for falcon
#: and gemma (as Falcon 7B and Gemma 2B), partial rotary for phi2 (Phi-2 rotates 40%).
TINY_SHAPES: dict[str, ModelShape] = {
    "stablelm": TINY_STABLELM,
    "llama": ModelShape(hidden=64, layers=2, heads=4, ffn=128, head_count_kv=2),
    "gemma": ModelShape(hidden=64, layers=2, heads=4, ffn=128, head_count_kv=1,
                        norm_eps=1e-6),
    "phi2": ModelShape(hidden=64, layers=2, heads=4, ffn=256, rope_fraction=0.5,
                       context_length=2048),
    "falcon": ModelShape(hidden=64, layers=2, heads=4, ffn=256, head_count_kv=1,
                         context_length=2048),
}
ARCHITECTURES: tuple[str, ...] = tuple(TINY_SHAPES)

#: stabilityai/stablelm-2-1_6b dimensions, for benchmarks (about 3.3 GB as F16).
STABLELM2_1_6B = StableLmShape(
    hidden=2048,
    layers=24,
    heads=32,
    head_count_kv=32,
    ffn=5632,
    vocab_size=100_352,
    context_length=4096,
)

# ---------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------

# A little English/Spanish/German text so the learned merges resemble real
# subwords and common words ("Hello world") become a handful of tokens.
_CORPUS = """\
Hello world! Hello there, how are you today? Hello, world. Hello world.
The quick brown fox jumps over the lazy dog. This is a test of the chat.
I would like to know what you think about the weather and the news.
Please tell me a short story about a friendly robot that likes to help.
Thank you very much for your answer, that was really helpful and nice.
What is the capital of France? The capital of France is Paris.
Can you write a poem about the sea, the sun and the summer wind?
Hola mundo. Hola, ¿cómo estás? Muy bien, gracias. ¿Qué tal el día?
Me gustaría saber qué piensas sobre el tiempo y las noticias de hoy.
Por favor, escribe una historia corta sobre un robot que ayuda a la gente.
La capital de España es Madrid. Gracias por tu respuesta, muy amable.
Hallo Welt! Wie geht es dir heute? Mir geht es gut, danke schön.
Ich möchte wissen, was du über das Wetter und die Nachrichten denkst.
Bitte schreibe eine kurze Geschichte über einen freundlichen Roboter.
Die Hauptstadt von Deutschland ist Berlin. Vielen Dank für die Antwort.
The assistant answers the user. The user asks the assistant a question.
"""

_PRETOKENIZE = re.compile(r"'(?:[sdmt]|ll|ve|re)|[^\r\n\w]?[^\W\d_]+|\d| ?[^\s\w]+[\r\n]*|\s+")


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable-character table used by byte-level BPE."""
    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    table: dict[int, str] = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + extra)
            extra += 1
    return table


@lru_cache(maxsize=8)
def _learn_merges(corpus: str, limit: int) -> tuple[tuple[str, str], ...]:
    """Deterministic toy BPE training (most frequent pair, ties by text order).

    Cached because it dominates the time to write a tiny model (~0.1 s per call).
    """
    byte_char = _bytes_to_unicode()
    words: Counter[tuple[str, ...]] = Counter(
        tuple(byte_char[b] for b in piece.encode("utf-8")) for piece in _PRETOKENIZE.findall(corpus)
    )
    merges: list[tuple[str, str]] = []
    while len(merges) < limit:
        pairs: Counter[tuple[str, str]] = Counter()
        for word, count in words.items():
            for pair in pairwise(word):
                pairs[pair] += count
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        merged: Counter[tuple[str, ...]] = Counter()
        for word, count in words.items():
            out: list[str] = []
            i = 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    out.append(word[i] + word[i + 1])
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            merged[tuple(out)] += count
        words = merged
    return tuple(merges)


@dataclass(frozen=True)
class Vocab:
    """Token strings, their ``gguf.TokenType`` values and BPE merges."""

    tokens: list[str]
    token_types: list[int]
    merges: list[str]
    eos_id: int


def build_vocab(
    vocab_size: int | None = None,
    *,
    n_merges: int = 400,
    filler: Filler = "unused",
    control_tokens: Sequence[str] = CONTROL_TOKENS,
) -> Vocab:
    """Byte tokens, then merged tokens, then control tokens, then filler up to ``vocab_size``.

    GPT-2 style byte-level BPE, so every text tokenizes; the first control token is
    BOS and EOS (``eos_id``). ``filler="unused"`` pads with ``<|pad_N|>`` UNUSED tokens, like real
    converted GGUFs; they detokenize to nothing.  Random weights sample the
    filler ~99% of the time at 100k vocab, so ``"normal"`` instead pads with
    NORMAL ``" tokN"`` words that detokenize to visible text, for benchmarks that
    stream text.  Neither is ever produced by tokenization (no merge builds them).
    """
    tokens = list(_bytes_to_unicode().values())
    seen = set(tokens)
    merges = _learn_merges(_CORPUS, n_merges)
    for left, right in merges:
        if left + right not in seen:
            seen.add(left + right)
            tokens.append(left + right)
    types = [int(gguf.TokenType.NORMAL)] * len(tokens)
    eos_id = len(tokens)
    tokens.extend(control_tokens)
    types.extend([int(gguf.TokenType.CONTROL)] * len(control_tokens))
    if vocab_size is not None:
        if vocab_size < len(tokens):
            raise ValueError(f"vocab_size={vocab_size} < {len(tokens)} required tokens")
        # Not USER_DEFINED: llama.cpp scans every such token on each tokenize call.
        ids = range(len(tokens), vocab_size)
        if filler == "normal":
            tokens.extend(f"\u0120tok{i}" for i in ids)  # U+0120 is GPT-2's space
            types.extend([int(gguf.TokenType.NORMAL)] * len(ids))
        else:
            tokens.extend(f"<|pad_{i}|>" for i in ids)
            types.extend([int(gguf.TokenType.UNUSED)] * len(ids))
    return Vocab(
        tokens=tokens,
        token_types=types,
        merges=[f"{left} {right}" for left, right in merges],
        eos_id=eos_id,
    )


# ---------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------


def _stablelm_tensors(shape: ModelShape, n_vocab: int) -> TensorPlan:
    """StableLM 2's tensors: LayerNorms with bias, q/k/v biases, SwiGLU, untied output.

    Numpy shapes are row-major, i.e. the reverse of llama.cpp's ``ne`` order,
    so ``token_embd`` is ``(n_vocab, n_embd)`` here and ``{n_embd, n_vocab}`` there.
    """
    names = gguf.TENSOR_NAMES
    t = gguf.MODEL_TENSOR
    h, kv = shape.hidden, shape.kv_heads * shape.head_dim
    yield f"{names[t.TOKEN_EMBD]}.weight", (n_vocab, h), "weight"
    for bid in range(shape.layers):

        def n(tensor: gguf.MODEL_TENSOR, suffix: str, bid: int = bid) -> str:
            return f"{names[tensor].format(bid=bid)}.{suffix}"

        yield n(t.ATTN_NORM, "weight"), (h,), "norm"
        yield n(t.ATTN_NORM, "bias"), (h,), "bias"
        yield n(t.ATTN_Q, "weight"), (h, h), "weight"
        yield n(t.ATTN_Q, "bias"), (h,), "bias"
        yield n(t.ATTN_K, "weight"), (kv, h), "weight"
        yield n(t.ATTN_K, "bias"), (kv,), "bias"
        yield n(t.ATTN_V, "weight"), (kv, h), "weight"
        yield n(t.ATTN_V, "bias"), (kv,), "bias"
        yield n(t.ATTN_OUT, "weight"), (h, h), "weight"
        yield n(t.FFN_NORM, "weight"), (h,), "norm"
        yield n(t.FFN_NORM, "bias"), (h,), "bias"
        yield n(t.FFN_GATE, "weight"), (shape.ffn, h), "weight"
        yield n(t.FFN_UP, "weight"), (shape.ffn, h), "weight"
        yield n(t.FFN_DOWN, "weight"), (h, shape.ffn), "weight"
    yield f"{names[t.OUTPUT_NORM]}.weight", (h,), "norm"
    yield f"{names[t.OUTPUT_NORM]}.bias", (h,), "bias"
    yield f"{names[t.OUTPUT]}.weight", (n_vocab, h), "weight"


def _tensor_name(tensor: gguf.MODEL_TENSOR, suffix: str, bid: int | None = None) -> str:
    template = gguf.TENSOR_NAMES[tensor]
    return f"{template.format(bid=bid) if bid is not None else template}.{suffix}"


def _llama_tensors(shape: ModelShape, n_vocab: int, *, tied: bool = False) -> TensorPlan:
    """Llama's tensors (TinyLlama, SmolLM, Llama 3): RMSNorm, SwiGLU, no biases.

    ``tied`` leaves out ``output.weight``, as SmolLM and Gemma do; llama.cpp then reuses
    the token embeddings.
    """
    t = gguf.MODEL_TENSOR
    h, kv = shape.hidden, shape.kv_heads * shape.head_dim
    yield _tensor_name(t.TOKEN_EMBD, "weight"), (n_vocab, h), "weight"
    for bid in range(shape.layers):
        yield _tensor_name(t.ATTN_NORM, "weight", bid), (h,), "norm"
        yield _tensor_name(t.ATTN_Q, "weight", bid), (h, h), "weight"
        yield _tensor_name(t.ATTN_K, "weight", bid), (kv, h), "weight"
        yield _tensor_name(t.ATTN_V, "weight", bid), (kv, h), "weight"
        yield _tensor_name(t.ATTN_OUT, "weight", bid), (h, h), "weight"
        yield _tensor_name(t.FFN_NORM, "weight", bid), (h,), "norm"
        yield _tensor_name(t.FFN_GATE, "weight", bid), (shape.ffn, h), "weight"
        yield _tensor_name(t.FFN_UP, "weight", bid), (shape.ffn, h), "weight"
        yield _tensor_name(t.FFN_DOWN, "weight", bid), (h, shape.ffn), "weight"
    yield _tensor_name(t.OUTPUT_NORM, "weight"), (h,), "norm"
    if not tied:
        yield _tensor_name(t.OUTPUT, "weight"), (n_vocab, h), "weight"


def _gemma_tensors(shape: ModelShape, n_vocab: int) -> TensorPlan:
    """Gemma's tensors: Llama's, with the output always tied to the embeddings."""
    return _llama_tensors(shape, n_vocab, tied=True)


def _phi2_tensors(shape: ModelShape, n_vocab: int) -> TensorPlan:
    """Phi-2's: one LayerNorm per block feeding attention and MLP in parallel, GELU MLP,
    a bias on every projection and on the output."""
    t = gguf.MODEL_TENSOR
    h, kv = shape.hidden, shape.kv_heads * shape.head_dim
    yield _tensor_name(t.TOKEN_EMBD, "weight"), (n_vocab, h), "weight"
    for bid in range(shape.layers):
        yield _tensor_name(t.ATTN_NORM, "weight", bid), (h,), "norm"
        yield _tensor_name(t.ATTN_NORM, "bias", bid), (h,), "bias"
        for tensor, rows in ((t.ATTN_Q, h), (t.ATTN_K, kv), (t.ATTN_V, kv), (t.ATTN_OUT, h)):
            yield _tensor_name(tensor, "weight", bid), (rows, h), "weight"
            yield _tensor_name(tensor, "bias", bid), (rows,), "bias"
        yield _tensor_name(t.FFN_UP, "weight", bid), (shape.ffn, h), "weight"
        yield _tensor_name(t.FFN_UP, "bias", bid), (shape.ffn,), "bias"
        yield _tensor_name(t.FFN_DOWN, "weight", bid), (h, shape.ffn), "weight"
        yield _tensor_name(t.FFN_DOWN, "bias", bid), (h,), "bias"
    yield _tensor_name(t.OUTPUT_NORM, "weight"), (h,), "norm"
    yield _tensor_name(t.OUTPUT_NORM, "bias"), (h,), "bias"
    yield _tensor_name(t.OUTPUT, "weight"), (n_vocab, h), "weight"
    yield _tensor_name(t.OUTPUT, "bias"), (n_vocab,), "bias"


def _falcon_tensors(shape: ModelShape, n_vocab: int) -> TensorPlan:
    """Falcon's (7B layout): one LayerNorm per block, fused QKV, GELU MLP, no biases."""
    t = gguf.MODEL_TENSOR
    h, kv = shape.hidden, shape.kv_heads * shape.head_dim
    yield _tensor_name(t.TOKEN_EMBD, "weight"), (n_vocab, h), "weight"
    for bid in range(shape.layers):
        yield _tensor_name(t.ATTN_NORM, "weight", bid), (h,), "norm"
        yield _tensor_name(t.ATTN_NORM, "bias", bid), (h,), "bias"
        yield _tensor_name(t.ATTN_QKV, "weight", bid), (h + 2 * kv, h), "weight"
        yield _tensor_name(t.ATTN_OUT, "weight", bid), (h, h), "weight"
        yield _tensor_name(t.FFN_UP, "weight", bid), (shape.ffn, h), "weight"
        yield _tensor_name(t.FFN_DOWN, "weight", bid), (h, shape.ffn), "weight"
    yield _tensor_name(t.OUTPUT_NORM, "weight"), (h,), "norm"
    yield _tensor_name(t.OUTPUT_NORM, "bias"), (h,), "bias"
    yield _tensor_name(t.OUTPUT, "weight"), (n_vocab, h), "weight"


def _random_tensor(
    rng: np.random.Generator, shape: tuple[int, ...], kind: str, dtype: type[np.floating]
) -> _FloatArray:
    """Random values filled chunk-wise so F16 output never needs a full F32 copy."""
    out = np.empty(shape, dtype=dtype)
    flat = out.reshape(-1)
    for start in range(0, flat.size, _CHUNK_ELEMENTS):
        stop = min(start + _CHUNK_ELEMENTS, flat.size)
        block = rng.standard_normal(stop - start, dtype=np.float32)
        if kind == "norm":
            block *= _WEIGHT_STD
            block += 1.0
        else:
            block *= _BIAS_STD if kind == "bias" else _WEIGHT_STD
        flat[start:stop] = block
    return out


def write_stablelm_gguf(
    path: Path,
    shape: ModelShape = TINY_STABLELM,
    *,
    seed: int = 0,
    pre_tokenizer: str | None = "stablelm2",
    chat_template: str | None = None,
    name: str = "tiny-stablelm-2-test",
    dtype: Dtype = "f32",
    filler: Filler = "unused",
) -> Path:
    """Write a random-weight StableLM 2 GGUF to ``path`` and return ``path``.

    ``pre_tokenizer=None`` omits ``tokenizer.ggml.pre`` like GGUFs converted
    before May 2024. ``filler`` is described in :func:`build_vocab`.
    """

    def stablelm_keys(writer: gguf.GGUFWriter) -> None:
        writer.add_layer_norm_eps(shape.norm_eps)
        writer.add_parallel_residual(False)

    vocab = build_vocab(shape.vocab_size, n_merges=shape.n_merges, filler=filler)
    return write_random_gguf(
        path, "stablelm", shape, vocab, _stablelm_tensors(shape, len(vocab.tokens)),
        arch_keys=stablelm_keys, seed=seed, pre_tokenizer=pre_tokenizer,
        chat_template=chat_template, name=name, dtype=dtype)


@dataclass(frozen=True)
class _Arch:
    tensors: Callable[[ModelShape, int], TensorPlan]
    rms_norm: bool
    """RMSNorm (``layer_norm_rms_epsilon``) rather than LayerNorm (``layer_norm_epsilon``)."""
    pre_tokenizer: str
    control_tokens: tuple[str, ...]


_ARCHS: dict[str, _Arch] = {
    "stablelm": _Arch(_stablelm_tensors, False, "stablelm2", CONTROL_TOKENS),
    "llama": _Arch(_llama_tensors, True, "smollm", CHATML_TOKENS),
    "gemma": _Arch(_gemma_tensors, True, "gpt-2", GEMMA_TOKENS),
    "phi2": _Arch(_phi2_tensors, False, "gpt-2", (ENDOFTEXT,)),
    "falcon": _Arch(_falcon_tensors, False, "falcon", (ENDOFTEXT,)),
}


def write_arch_gguf(
    path: Path,
    arch: str,
    *,
    name: str,
    chat_template: str | None = None,
    control_tokens: Sequence[str] | None = None,
    bos_token: str | None = None,
    shape: ModelShape | None = None,
    seed: int = 0,
    dtype: Dtype = "f32",
) -> Path:
    """A tiny random-weight GGUF of ``arch`` (one of :data:`ARCHITECTURES`) at ``path``.

    ``control_tokens`` are the family's special tokens (default: the architecture's usual
    ones, e.g. ChatML's for ``llama`` as in SmolLM2); the first is EOS, and BOS too unless
    ``bos_token`` names another. The name matters: Parla reads it to recognise a chat model.
    """
    spec = _ARCHS[arch]
    shape = shape or TINY_SHAPES[arch]
    tokens = tuple(control_tokens) if control_tokens is not None else spec.control_tokens
    vocab = build_vocab(shape.vocab_size, n_merges=shape.n_merges, control_tokens=tokens)

    def keys(writer: gguf.GGUFWriter) -> None:
        if spec.rms_norm:
            writer.add_layer_norm_rms_eps(shape.norm_eps)
        else:
            writer.add_layer_norm_eps(shape.norm_eps)
        if arch == "stablelm":
            writer.add_parallel_residual(False)

    return write_random_gguf(
        path, arch, shape, vocab, spec.tensors(shape, len(vocab.tokens)), arch_keys=keys,
        seed=seed, pre_tokenizer=spec.pre_tokenizer, chat_template=chat_template, name=name,
        dtype=dtype, bos_id=vocab.tokens.index(bos_token) if bos_token else None)


def write_random_gguf(
    path: Path,
    arch: str,
    shape: ModelShape,
    vocab: Vocab,
    tensors: TensorPlan,
    *,
    arch_keys: Callable[[gguf.GGUFWriter], None],
    seed: int,
    pre_tokenizer: str | None,
    chat_template: str | None,
    name: str,
    dtype: Dtype,
    bos_id: int | None = None,
) -> Path:
    """The part every architecture shares: common keys, a GPT-2 BPE tokenizer, tensors.

    ``arch_keys`` adds the architecture's own keys (norm epsilon, residual layout…).
    ``bos_id`` is BOS where it is not EOS (``vocab.eos_id``).
    Matrices use ``dtype``; 1-D norms/biases are always F32 (as llama.cpp's
    converter does). Tensors are generated and written one at a time, so peak
    memory is about one tensor (~0.6 GB RSS and ~40 s for StableLM 2 1.6B as F16).
    """
    if dtype not in ("f32", "f16"):
        raise ValueError(f"dtype must be 'f32' or 'f16', got {dtype!r}")
    matrix_dtype: type[np.floating] = np.float16 if dtype == "f16" else np.float32
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    writer = gguf.GGUFWriter(path, arch)
    writer.add_name(name)
    writer.add_file_type(
        gguf.LlamaFileType.MOSTLY_F16 if dtype == "f16" else gguf.LlamaFileType.ALL_F32
    )
    writer.add_context_length(shape.context_length)
    writer.add_embedding_length(shape.hidden)
    writer.add_block_count(shape.layers)
    writer.add_feed_forward_length(shape.ffn)
    writer.add_head_count(shape.heads)
    writer.add_head_count_kv(shape.kv_heads)
    writer.add_rope_dimension_count(shape.rope_dims)
    writer.add_rope_freq_base(shape.rope_freq_base)
    arch_keys(writer)

    writer.add_tokenizer_model("gpt2")
    if pre_tokenizer is not None:
        writer.add_tokenizer_pre(pre_tokenizer)
    writer.add_token_list(vocab.tokens)
    writer.add_token_types(vocab.token_types)
    writer.add_token_merges(vocab.merges)
    writer.add_bos_token_id(vocab.eos_id if bos_id is None else bos_id)
    writer.add_eos_token_id(vocab.eos_id)
    writer.add_add_bos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)

    # Declare every tensor up front, then stream the data in the same order.
    plan = list(tensors)
    for tensor_name, tensor_shape, kind in plan:
        np_dtype = np.dtype(np.float32 if kind != "weight" else matrix_dtype)
        nbytes = int(np.prod(tensor_shape)) * np_dtype.itemsize
        writer.add_tensor_info(tensor_name, tensor_shape, np_dtype, nbytes)

    rng = np.random.default_rng(seed)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for _, tensor_shape, kind in plan:
            tensor_dtype = np.float32 if kind != "weight" else matrix_dtype
            writer.write_tensor_data(_random_tensor(rng, tensor_shape, kind, tensor_dtype))
    finally:
        writer.close()
    return path


# ---------------------------------------------------------------------------
# Quantisation
# ---------------------------------------------------------------------------


def quantize_gguf(src: Path, dst: Path, ftype: str) -> Path:
    """Quantise ``src`` into ``dst`` with llama.cpp itself and return ``dst``.

    ``ftype`` is a llama.cpp file type name such as ``"Q4_K_M"`` or ``"Q8_0"``.
    Going through ``llama_model_quantize`` (rather than gguf-py) gives the exact
    per-tensor type mix and fallbacks that real quantised models have.
    ``llama_cpp`` is imported lazily so writing F32/F16 files does not need it.
    """
    import ctypes

    import llama_cpp

    key = ftype.upper().replace("-", "_")
    constant = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{key}", None)
    if not isinstance(constant, int):
        raise ValueError(
            f"unknown quantisation type {ftype!r}; try one of {', '.join(QUANT_TYPES)}"
        )
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise FileNotFoundError(src)
    dst.parent.mkdir(parents=True, exist_ok=True)

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = constant
    rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    if rc != 0:
        raise RuntimeError(f"llama_model_quantize({src} -> {dst}, {key}) failed with code {rc}")
    return dst
