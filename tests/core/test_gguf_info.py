from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.core.gguf_info import InvalidModelError, read_gguf_info


def test_reads_the_header_of_a_real_model(smollm2_path: Path) -> None:
    info = read_gguf_info(smollm2_path)
    assert info.architecture == "llama"
    assert info.quantization == "Q4_1"
    assert info.context_length == 8192
    assert info.chat_template and "im_start" in info.chat_template
    assert "<|im_end|>" in info.special_tokens
    assert info.size_bytes == smollm2_path.stat().st_size


def test_reads_the_stablelm2_test_model(stablelm_path: Path) -> None:
    info = read_gguf_info(stablelm_path)
    assert (info.architecture, info.pre_tokenizer, info.chat_template) == (
        "stablelm", "stablelm2", None)
    assert {"<|endoftext|>", "<|user|>", "<|im_start|>"} <= info.special_tokens
    assert info.display_name == "tiny stablelm 2 zephyr test"


def test_old_conversions_report_the_missing_pre_tokenizer(stablelm_without_pre_path: Path) -> None:
    assert read_gguf_info(stablelm_without_pre_path).pre_tokenizer is None


EXPECTED_MESSAGES = {
    "missing": "does not exist",
    "empty": "not a GGUF",
    "noise": "not a GGUF",
    "text": "not a GGUF",
    "truncated": "incomplete",
    "header_only": "damaged or incomplete",
    "folder": "folder",
}


def test_bad_files_are_rejected_with_a_reason(bad_model_file: Path) -> None:
    kind = bad_model_file.stem
    with pytest.raises(InvalidModelError, match=EXPECTED_MESSAGES[kind]):
        read_gguf_info(bad_model_file)


def test_the_reason_is_a_translatable_template_with_the_file_as_an_argument(
    bad_model_file: Path,
) -> None:
    with pytest.raises(InvalidModelError) as caught:
        read_gguf_info(bad_model_file)
    message = caught.value.message
    assert bad_model_file.name not in message.template and "{" in message.template
    assert bad_model_file.name in str(caught.value)


def test_an_incomplete_file_says_both_sizes(stablelm_path: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(stablelm_path.read_bytes()[:-1000])
    with pytest.raises(InvalidModelError) as caught:
        read_gguf_info(cut)
    args = caught.value.message.args
    assert (args["size"], args["expected"]) == (cut.stat().st_size, cut.stat().st_size + 1000)
    assert f"it is {args['size']:,} bytes" in str(caught.value)


def test_a_newer_gguf_version_is_named(tmp_path: Path) -> None:
    future = tmp_path / "future.gguf"
    future.write_bytes(b"GGUF" + struct.pack("<IQQ", 4, 0, 0))
    with pytest.raises(InvalidModelError, match="GGUF version 4, which Parla cannot read"):
        read_gguf_info(future)


def test_a_gguf_named_file_with_other_content_is_blamed_on_its_content(tmp_path: Path) -> None:
    """The name already ends in .gguf: telling the user about the extension sends them the
    wrong way; the content is what is wrong."""
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"PK\x03\x04 a zip archive renamed")
    with pytest.raises(InvalidModelError) as caught:
        read_gguf_info(fake)
    text = str(caught.value)
    assert "ending in .gguf" not in text
    assert "content" in text and "damaged or incomplete" in text
