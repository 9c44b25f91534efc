"""The models Parla offers, read from ``resources/catalog/models.json``.

The catalog is data so that a new quantization or a corrected hash is an edit
to JSON, not to code. Where a file pins its SHA256, that hash is the truth;
otherwise the SHA256 the Hub reports for the LFS object is used. Its sentences
(descriptions, quality notes) are data too, one per interface language: a
translation is an edit to the JSON, beside the English it translates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.core.languages import DEFAULT_LANGUAGE
from app.core.paths import resource


@dataclass(frozen=True)
class LocalizedText:
    """A catalog sentence in each language it was written in; English where one is missing.

    The window picks its interface language's; ``parla-cli`` prints English (``str``).
    """

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, raw: str | dict[str, str], where: str) -> LocalizedText:
        """A plain string (English only) or ``{"en": ..., "de": ...}``; English is required."""
        texts = {DEFAULT_LANGUAGE: raw} if isinstance(raw, str) else dict(raw)
        if not texts.get(DEFAULT_LANGUAGE):
            raise ValueError(f"{where}: the English text is missing")
        return cls(tuple(texts.items()))

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(code for code, text in self.texts if text)

    def in_language(self, language: str) -> str:
        texts = dict(self.texts)
        return texts.get(language) or texts[DEFAULT_LANGUAGE]

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class License:
    name: str
    url: str


@dataclass(frozen=True)
class Architecture:
    """What the memory estimate needs: the KV cache grows with these."""

    layers: int
    embedding: int
    heads: int
    kv_heads: int
    vocab: int
    context_length: int

    @property
    def kv_embedding(self) -> int:
        return self.embedding // self.heads * self.kv_heads


@dataclass(frozen=True)
class Quantization:
    name: str
    bits_per_weight: float
    quality: LocalizedText


@dataclass(frozen=True)
class CatalogFile:
    model_id: str
    quant: str
    repo: str
    filename: str
    sha256: str | None = None
    size: int | None = None
    revision: str = "main"

    @property
    def key(self) -> str:
        """Stable identifier used by the CLI and the library: ``model-id:QUANT``."""
        return f"{self.model_id}:{self.quant}"


@dataclass(frozen=True)
class CatalogModel:
    id: str
    name: str
    kind: str
    description: LocalizedText
    parameters: int
    architecture: Architecture
    chat_format: str
    license: License
    files: tuple[CatalogFile, ...]
    recommended: bool = False

    def file(self, quant: str) -> CatalogFile:
        for entry in self.files:
            if entry.quant.lower() == quant.lower():
                return entry
        known = ", ".join(f.quant for f in self.files)
        raise KeyError(f"{self.name} has no {quant} file (available: {known})")


@dataclass(frozen=True)
class Catalog:
    models: tuple[CatalogModel, ...]
    quantizations: dict[str, Quantization]

    def model(self, model_id: str) -> CatalogModel:
        for model in self.models:
            if model.id == model_id:
                return model
        known = ", ".join(m.id for m in self.models)
        raise KeyError(f"unknown model '{model_id}' (known: {known})")

    def find(self, key: str) -> CatalogFile:
        """Resolve ``model-id`` (recommended quantization) or ``model-id:QUANT``."""
        model_id, _, quant = key.partition(":")
        model = self.model(model_id)
        return model.file(quant or DEFAULT_QUANT)

    def estimated_size(self, entry: CatalogFile) -> int:
        """The pinned size, or parameters times bits per weight when the catalog has none."""
        if entry.size:
            return entry.size
        model = self.model(entry.model_id)
        bits = self.quantizations[entry.quant].bits_per_weight
        return int(model.parameters * bits / 8)


DEFAULT_QUANT = "Q4_K_M"


def _file(model_id: str, raw: dict[str, Any]) -> CatalogFile:
    sha = raw.get("sha256")
    if sha is not None and (len(sha) != 64 or not all(c in "0123456789abcdef" for c in sha)):
        raise ValueError(f"{model_id} {raw['quant']}: sha256 must be 64 lowercase hex digits")
    return CatalogFile(model_id=model_id, quant=raw["quant"], repo=raw["repo"],
                       filename=raw["filename"], sha256=sha, size=raw.get("size"),
                       revision=raw.get("revision", "main"))


def parse_catalog(data: dict[str, Any]) -> Catalog:
    quants = {name: Quantization(name, float(q["bits_per_weight"]),
                                 LocalizedText.parse(q["quality"], f"{name} quality"))
              for name, q in data["quantizations"].items()}
    models = []
    for raw in data["models"]:
        files = tuple(_file(raw["id"], f) for f in raw["files"])
        unknown = {f.quant for f in files} - set(quants)
        if unknown:
            raise ValueError(f"{raw['id']}: unknown quantizations {sorted(unknown)}")
        models.append(CatalogModel(
            id=raw["id"], name=raw["name"], kind=raw["kind"],
            description=LocalizedText.parse(raw["description"], f"{raw['id']} description"),
            parameters=int(raw["parameters"]), architecture=Architecture(**raw["architecture"]),
            chat_format=raw["chat_format"], license=License(**raw["license"]), files=files,
            recommended=bool(raw.get("recommended", False)),
        ))
    return Catalog(tuple(models), quants)


def load_catalog(path: Path | None = None) -> Catalog:
    return parse_catalog(json.loads((path or resource("catalog", "models.json")).read_text(
        encoding="utf-8")))


@cache
def default_catalog() -> Catalog:
    return load_catalog()
