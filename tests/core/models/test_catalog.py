from __future__ import annotations

import copy
import json

import pytest

from app.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from app.core.models.catalog import DEFAULT_QUANT, default_catalog, parse_catalog
from app.core.paths import resource

ZEPHYR_PINS = {
    "Q4_0": "342f89616e40d79e57ff213d68fcdcab18a94f7370c1fb9526ff57f3e93721e3",
    "Q4_1": "5869cc65f65e361979a1e0e67353354e1a5088c4e0f61a3789bc9bf4f0b435b5",
    "Q5_K_M": "6c66d5136b2ec07d52d120717b5aa7f4c9177a9b33cfcc110ca7bf7aa5d95d10",
    "F16": "852f1734d003afd6a5ac099d3a2c3b3a673e434ffcbb5e695ff4c45b5b8e18b8",
}


def test_official_zephyr_files_are_pinned_to_their_lfs_sha256() -> None:
    zephyr = default_catalog().model("stablelm-2-zephyr-1_6b")
    for quant, sha in ZEPHYR_PINS.items():
        entry = zephyr.file(quant)
        assert entry.repo == "stabilityai/stablelm-2-zephyr-1_6b"
        assert entry.sha256 == sha
    assert zephyr.file("Q4_0").size == 982_781_952
    assert zephyr.file("F16").filename == "stablelm-2-zephyr-1_6b.gguf"


def test_the_full_quantization_ladder_is_offered_for_zephyr() -> None:
    quants = {f.quant for f in default_catalog().model("stablelm-2-zephyr-1_6b").files}
    assert {"Q2_K", "Q3_K_M", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16"} <= quants
    community = default_catalog().find("stablelm-2-zephyr-1_6b:Q4_K_M")
    assert community.repo == "second-state/stablelm-2-zephyr-1.6b-GGUF"
    assert community.sha256 is None  # verified against the Hub's LFS SHA256 instead


def test_every_model_carries_a_licence_with_a_link() -> None:
    for model in default_catalog().models:
        assert "Stability AI" in model.license.name
        assert model.license.url.startswith("https://huggingface.co/stabilityai/")


def test_keys_resolve_with_and_without_a_quantization() -> None:
    catalog = default_catalog()
    assert catalog.find("stablelm-2-zephyr-1_6b").quant == DEFAULT_QUANT
    assert catalog.find("stablelm-2-1_6b-chat:q8_0").quant == "Q8_0"
    with pytest.raises(KeyError, match="unknown model"):
        catalog.find("gpt-5")
    with pytest.raises(KeyError, match="no IQ1_S file"):
        catalog.find("stablelm-2-zephyr-1_6b:IQ1_S")


def test_sizes_are_estimated_from_bits_per_weight_when_not_pinned() -> None:
    catalog = default_catalog()
    pinned = catalog.find("stablelm-2-zephyr-1_6b:Q4_0")
    assert catalog.estimated_size(pinned) == 982_781_952
    q4km = catalog.estimated_size(catalog.find("stablelm-2-zephyr-1_6b:Q4_K_M"))
    q8 = catalog.estimated_size(catalog.find("stablelm-2-zephyr-1_6b:Q8_0"))
    assert 0.9e9 < q4km < 1.1e9 and q8 > 1.6e9


def test_a_malformed_hash_in_the_catalog_is_rejected() -> None:
    data = json.loads(resource("catalog", "models.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    broken["models"][0]["files"][0]["sha256"] = "not-a-hash"
    with pytest.raises(ValueError, match="64 lowercase hex"):
        parse_catalog(broken)


def test_every_catalog_sentence_is_written_in_all_seven_languages() -> None:
    """Descriptions and quality notes are shown as they are: a missing language is English
    in the middle of a German window."""
    catalog = default_catalog()
    texts = {f"{m.id} description": m.description for m in catalog.models}
    texts |= {f"{q.name} quality": q.quality for q in catalog.quantizations.values()}
    for where, text in texts.items():
        missing = set(LANGUAGES) - text.languages
        assert not missing, f"{where} lacks {sorted(missing)}"
        for code in LANGUAGES:
            if code != DEFAULT_LANGUAGE:
                assert text.in_language(code) != str(text), f"{where} in {code} is English"


def test_catalog_sentences_fall_back_to_english_and_english_is_required() -> None:
    data = json.loads(resource("catalog", "models.json").read_text(encoding="utf-8"))
    data["quantizations"]["Q5_0"]["quality"] = {"en": "Very good", "de": "Sehr gut"}
    data["models"][0]["description"] = "English only"
    catalog = parse_catalog(data)
    assert catalog.quantizations["Q5_0"].quality.in_language("de") == "Sehr gut"
    assert catalog.quantizations["Q5_0"].quality.in_language("nl") == "Very good"
    assert catalog.models[0].description.in_language("fr") == "English only"
    data["models"][0]["description"] = {"de": "Nur Deutsch"}
    with pytest.raises(ValueError, match="English text is missing"):
        parse_catalog(data)
