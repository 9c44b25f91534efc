"""The seven languages StableLM 2 was trained on; a conversation speaks one of them."""

from __future__ import annotations

from types import MappingProxyType

LANGUAGES = MappingProxyType(
    {
        "en": "English",
        "es": "Español",
        "de": "Deutsch",
        "it": "Italiano",
        "fr": "Français",
        "pt": "Português",
        "nl": "Nederlands",
    }
)
"""Language code to its name written in that language (as a picker shows it)."""

DEFAULT_LANGUAGE = "en"


def language_from_locale(locale_name: str) -> str:
    """Map an OS locale such as ``de_AT.UTF-8`` or ``pt-BR`` to a supported language."""
    code = locale_name.replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
