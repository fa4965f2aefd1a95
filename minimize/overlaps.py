"""Resolve overlapping findings into non-overlapping spans of the original text.

Presidio's rules, applied directly to our Spans:

1. same-type findings that intersect, or that only whitespace separates, become
   one span (their union, with the best score and its recognizer);
2. across types, the stronger finding (higher score, then longer) keeps its
   characters; a weaker one keeps only what lies outside the stronger ones, and
   a remainder with no letter or digit ("," between two findings) is dropped.

This used to run Presidio's AnonymizerEngine with the `keep` operator. Its default
conflict strategy (MERGE_SIMILAR_OR_CONTAINED) leaves partly overlapping findings
of different types in place, and rebuilding the text from them duplicates the
overlap: "04649 Lawrence RadialLawrence Radial, ..." with spans pointing past the
end of the text, so the record was rejected. It also built a result object per
finding and a new text per value, a few percent of a run for nothing. The rules
above need neither.
"""
from __future__ import annotations

from collections.abc import Sequence

from minimize.types import Span

_EDGE = " \t\r\n,.;:!?()[]{}\"'-/|"


def resolve(text: str, spans: Sequence[Span]) -> list[Span]:
    """Non-overlapping spans sorted by start, each keeping its best recognizer."""
    if len(spans) <= 1:
        return list(spans)
    merged = _merge_same_type(text, spans)
    if len(merged) <= 1:
        return merged
    kept: list[Span] = []
    taken: list[tuple[int, int]] = []  # characters already given to a stronger finding
    for span in sorted(merged, key=lambda s: (-s.score, s.start - s.end, s.start, s.entity_type)):
        pieces = _outside(span.start, span.end, taken)
        if pieces == [(span.start, span.end)]:
            kept.append(span)  # no stronger finding touches it
            taken.append((span.start, span.end))
            continue
        for start, end in pieces:  # what stronger findings left of it
            start, end = _trim(text, start, end)
            if start < end and any(c.isalnum() for c in text[start:end]):
                kept.append(Span(span.entity_type, start, end, span.score, span.recognizer))
        taken.append((span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _merge_same_type(text: str, spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    by_type: dict[str, list[Span]] = {}
    for span in spans:
        by_type.setdefault(span.entity_type, []).append(span)
    for entity, group in by_type.items():
        # recognizer name last: equal findings resolve the same way in every process
        group.sort(key=lambda s: (s.start, -s.end, -s.score, s.recognizer))
        current = group[0]
        for span in group[1:]:
            if span.start < current.end or (span.start >= current.end and not text[current.end:span.start].strip()):
                best = span if span.score > current.score else current
                current = Span(entity, current.start, max(current.end, span.end), best.score, best.recognizer)
            else:
                out.append(current)
                current = span
        out.append(current)
    return out


def _outside(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) that no taken range covers."""
    pieces = [(start, end)]
    for a, b in taken:
        if a >= end or b <= start:
            continue
        pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
