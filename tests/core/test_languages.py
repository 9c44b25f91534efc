from __future__ import annotations

import pytest

from app.core.languages import LANGUAGES, language_from_locale


def test_the_seven_stablelm2_languages_are_offered() -> None:
    assert set(LANGUAGES) == {"en", "es", "de", "it", "fr", "pt", "nl"}


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [("de_AT.UTF-8", "de"), ("pt-BR", "pt"), ("nl_BE", "nl"), ("fr", "fr"), ("ja_JP", "en"),
     ("", "en"), ("C", "en")],
)
def test_os_locale_maps_to_a_supported_language(locale_name: str, expected: str) -> None:
    assert language_from_locale(locale_name) == expected
