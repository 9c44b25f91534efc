"""Which layout llama.cpp is asked for: the choice, the backend and the model's heads."""

from __future__ import annotations

import pytest

from app.core.engine.base import ContextLayout, context_layouts

PLAIN = ContextLayout(flash_attn=True, keys="f16", values="f16")


def test_the_cpu_keeps_keys_in_q8_0_without_flash_attention_and_can_fall_back() -> None:
    assert context_layouts("f16", gpu=False, head_sizes=(64, 64)) == (
        ContextLayout(flash_attn=False, keys="q8_0", values="f16"), PLAIN)


def test_a_gpu_keeps_f16_with_flash_attention() -> None:
    assert context_layouts("f16", gpu=True, head_sizes=(128, 128)) == (PLAIN,)


@pytest.mark.parametrize("gpu", [False, True])
def test_half_the_memory_is_q8_0_with_flash_attention_on_either_backend(gpu: bool) -> None:
    assert context_layouts("q8_0", gpu=gpu, head_sizes=(64, 96))[0] == ContextLayout(
        flash_attn=True, keys="q8_0", values="q8_0")
    assert context_layouts("q8_0", gpu=gpu, head_sizes=(64, 96))[-1] == PLAIN


@pytest.mark.parametrize("heads", [(16, 16), (80, 80), (48, 64), None])
def test_heads_q8_0_cannot_keep_stay_f16(heads: tuple[int, int] | None) -> None:
    # llama.cpp 0.3.36 aborts the process for a q8_0 key of 16 values without flash
    # attention (Falcon's tiny test model), so the engine must not ask.
    for choice in ("f16", "q8_0"):
        assert context_layouts(choice, gpu=False, head_sizes=heads) == (PLAIN,)


def test_values_of_any_size_stay_f16_by_default_so_only_the_keys_must_divide() -> None:
    assert context_layouts("f16", gpu=False, head_sizes=(64, 48))[0].keys == "q8_0"
    assert context_layouts("q8_0", gpu=False, head_sizes=(64, 48)) == (PLAIN,)
