"""Batch detection: texts in, spans out, long texts scanned in overlapping windows."""
from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

from minimize.detection import regex_guard
from minimize.detection.chunking import by_position, merge, windows
from minimize.detection.config import DetectionConfig
from minimize.detection.packs import read_pack, resolve_pack
from minimize.errors import DetectionError
from minimize.types import Span


class Backend(Protocol):
    """What a Detector needs from an engine (PresidioBackend, or a fake in tests)."""

    supported_entities: frozenset[str]
    ner_loaded: bool

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]: ...


class Detector:
    """Finds PII spans in batches of texts. Build once per process: see `build_detector`."""

    def __init__(self, config: DetectionConfig, backend: Backend) -> None:
        self.config = config
        self._backend = backend
        # spaCy pipelines and Presidio's lazily compiled recognizers are not
        # documented as thread-safe; one batch at a time per detector.
        self._lock = threading.Lock()

    @classmethod
    def build(cls, config: DetectionConfig) -> Detector:
        """Load the spaCy model (only if needed), recognizers and packs: the slow part."""
        from minimize.detection.presidio import PresidioBackend  # heavy import, only when building

        packs = [read_pack(resolve_pack(name)) for name in config.packs]
        backend = PresidioBackend.build(config, packs)
        regex_guard.bound_backend(backend)  # a regex past its time budget rejects the record
        return cls(config, backend)

    @property
    def supported_entities(self) -> frozenset[str]:
        """The entity types this detector's recognizers can report."""
        return self._backend.supported_entities

    @property
    def needs_ner(self) -> bool:
        """Whether the requested entities need spaCy's NER (else a blank tokenizer runs)."""
        return self._backend.ner_loaded

    def detect(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans for each text, sorted by position; offsets index the original text."""
        if isinstance(texts, str):
            raise DetectionError("detect() takes a sequence of texts, not a single string")
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise DetectionError(f"texts[{i}] is {type(text).__name__}, expected str")
        size, overlap = self.config.chunk_size, self.config.chunk_overlap
        plan = [windows(len(text), size, overlap) if text else [] for text in texts]
        pieces = [text[a:b] for text, spans in zip(texts, plan) for a, b in spans]
        found = iter(self._analyze(pieces))
        results = []
        for text, spans in zip(texts, plan):
            per_window = [(window, next(found)) for window in spans]
            if len(per_window) == 1:
                results.append(by_position(per_window[0][1]))
            else:
                results.append(merge(len(text), overlap, per_window))
        return results

    def _analyze(self, pieces: list[str]) -> list[list[Span]]:
        if not pieces:
            return []
        try:
            with self._lock:
                found = self._backend.analyze(pieces)
        except DetectionError:
            raise
        except Exception as exc:  # noqa: BLE001 - fail closed: the caller rejects the batch
            # Only the class name: messages from inside the engine may quote the text.
            raise DetectionError(
                f"detection failed for a batch of {len(pieces)} texts ({type(exc).__name__})"
            ) from exc
        if len(found) != len(pieces):
            raise DetectionError(f"detection returned {len(found)} results for {len(pieces)} texts")
        return found
