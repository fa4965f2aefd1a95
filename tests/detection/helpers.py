"""What the detection tests share beside their fixtures."""
from __future__ import annotations

from collections.abc import Collection


def covered_share(detector, text: str, value: str, kinds: str | Collection[str] | None = None) -> float:
    """The share of `value`'s characters (where it first stands in `text`) that the detector's findings cover, only
    findings of `kinds` when given: the evaluation counts a value found when half of it or more is covered."""
    kinds = {kinds} if isinstance(kinds, str) else kinds
    start = text.index(value)
    chars = {i for f in detector.detect([text])[0] if kinds is None or f.entity_type in kinds
             for i in range(max(start, f.start), min(start + len(value), f.end))}
    return len(chars) / len(value)
