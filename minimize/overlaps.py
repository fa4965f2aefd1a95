"""Resolve overlapping findings with Presidio's AnonymizerEngine, not a copy of it.

The anonymizer merges same-type intersections, drops contained results, trims
conflicts by score and joins same-type neighbours separated by whitespace.
Run with the `keep` operator, the text is unchanged, so the spans it returns
are offsets into the original: exactly what the audit contract needs.
"""
from __future__ import annotations

import threading
from typing import Sequence

from minimize.types import Span

_local = threading.local()  # one anonymizer per thread: Beam runs DoFns on several


def _anonymizer():
    if not hasattr(_local, "engine"):
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        _local.engine = AnonymizerEngine()
        _local.keep = {"DEFAULT": OperatorConfig("keep")}
        _local.result = RecognizerResult
    return _local


def resolve(text: str, spans: Sequence[Span]) -> list[Span]:
    """Non-overlapping spans sorted by start, each keeping its best recognizer."""
    if len(spans) <= 1:
        return list(spans)
    presidio = _anonymizer()
    results = [presidio.result(s.entity_type, s.start, s.end, s.score) for s in spans]
    items = presidio.engine.anonymize(text, results, operators=presidio.keep).items
    resolved = []
    for item in sorted(items, key=lambda i: i.start):
        best = max(
            (s for s in spans if s.entity_type == item.entity_type and s.start < item.end and item.start < s.end),
            key=lambda s: s.score,
        )
        resolved.append(Span(item.entity_type, item.start, item.end, best.score, best.recognizer))
    return resolved
