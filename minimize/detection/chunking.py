"""Overlapping windows over long texts, and spans mapped back from them.

Windows of `size` characters start every `size - overlap` characters, so any
span of at most `overlap` characters lies whole inside at least one window.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

from minimize.types import Span


def windows(length: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """(start, end) of each window over a text of `length` characters."""
    if length <= size:
        return [(0, length)]
    step = size - overlap
    result = []
    start = 0
    while True:
        end = min(start + size, length)
        result.append((start, end))
        if end == length:
            return result
        start += step


def merge(
    length: int, overlap: int, found: Iterable[tuple[tuple[int, int], Sequence[Span]]]
) -> list[Span]:
    """Spans found per window, moved to text offsets, without cut or repeated copies."""
    spans = []
    for (start, end), window_spans in found:
        for span in window_spans:
            moved = _shift(span, start)
            if not _cut_by_edge(moved, start, end, length, overlap):
                spans.append(moved)
    return _drop_contained(spans)


def by_position(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, s.end, s.entity_type, -s.score, s.recognizer))


def _shift(span: Span, offset: int) -> Span:
    return Span(span.entity_type, span.start + offset, span.end + offset, span.score, span.recognizer)


def _cut_by_edge(span: Span, start: int, end: int, length: int, overlap: int) -> bool:
    # A span touching an inner window edge may be a fragment ("Smi|th"). When it
    # also fits in the overlap, the neighbour window holds it whole, with context
    # on both sides, so that window's reading wins. Longer spans are kept: a
    # fragment is better than nothing.
    cut_right = span.end == end < length and span.start >= end - overlap
    cut_left = span.start == start > 0 and span.end <= start + overlap
    return cut_right or cut_left


def _drop_contained(spans: list[Span]) -> list[Span]:
    # Same rule as Presidio within one text: a span is dropped when another span
    # of the same type contains it with an equal or higher score.
    ordered = sorted(set(spans), key=lambda s: (s.entity_type, s.start, s.start - s.end, -s.score))
    kept: list[Span] = []
    for _, group in groupby(ordered, key=lambda s: s.entity_type):
        active: list[Span] = []
        for span in group:
            active = [k for k in active if k.end >= span.start]
            if any(k.start <= span.start and span.end <= k.end and span.score <= k.score for k in active):
                continue
            active.append(span)
            kept.append(span)
    return by_position(kept)
