"""System prompts and starter suggestions, whatever engine runs the model."""

from __future__ import annotations

from app.core.languages import LANGUAGES
from app.core.prompts import default_system_prompts, starter_prompts, system_prompt


def test_every_language_has_its_own_native_system_prompt() -> None:
    prompts = default_system_prompts()
    own_name = {"en": "English", "es": "español", "de": "Deutsch", "it": "italiano",
                "fr": "français", "pt": "português", "nl": "Nederlands"}
    assert set(prompts) == set(LANGUAGES)
    assert len(set(prompts.values())) == len(LANGUAGES)
    for code, text in prompts.items():
        assert own_name[code] in text, f"{code} prompt should ask for answers in {own_name[code]}"


def test_a_users_own_prompt_replaces_the_default_only_for_its_language() -> None:
    custom = {"de": "Antworte in Reimen."}
    assert system_prompt("de", custom) == "Antworte in Reimen."
    assert system_prompt("fr", custom) == default_system_prompts()["fr"]
    assert system_prompt("de", {"de": "   "}) == default_system_prompts()["de"]


def test_every_language_has_starter_prompts_and_unknown_ones_get_english() -> None:
    for code in LANGUAGES:
        assert starter_prompts(code), f"no starter prompts for {code}"
    assert starter_prompts("xx") == starter_prompts("en")
