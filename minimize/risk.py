"""Re-identification risk of a minimized dataset: k-anonymity and l-diversity.

Records sharing the values of every quasi-identifier (zip, birth year, gender
...) form an *equivalence class*; an attacker who knows a person's
quasi-identifiers can narrow them down to their class, no further. The dataset is
*k-anonymous* for k = the size of its smallest class. *l-diversity* of a sensitive
field is the smallest number of distinct sensitive values within a class (l = 1:
someone's class gives their sensitive value away).

Computed on the output, after generalization. Counting is mergeable
(`ClassStats` per class, `RiskFigures` over classes), so Beam can combine it in
parallel; memory is one entry per class. Only counts and sizes leave here, never
a quasi-identifier's value.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from minimize import paths
from minimize.errors import PolicyError

_MAX_DISTINCT = 1000  # distinct sensitive values tracked per class: l is only interesting when small


@dataclass(frozen=True)
class RiskSettings:
    quasi_identifiers: tuple[str, ...]
    min_k: int | None = None
    sensitive_field: str | None = None


def settings(spec) -> RiskSettings | None:
    """From a policy spec; None when the policy names no quasi-identifiers."""
    if spec.min_k is not None and not spec.quasi_identifiers:
        raise PolicyError("min_k: needs quasi_identifiers (the fields whose combination is counted)")
    if spec.sensitive_field and not spec.quasi_identifiers:
        raise PolicyError("sensitive_field: needs quasi_identifiers (l-diversity is measured per class)")
    if not spec.quasi_identifiers:
        return None
    return RiskSettings(tuple(spec.quasi_identifiers), spec.min_k, spec.sensitive_field)


def class_key(record: Mapping[str, Any], quasi_identifiers: Sequence[str]) -> tuple[str, ...]:
    """The equivalence class of a record: its quasi-identifier values, as JSON (a missing value is null)."""
    return tuple(json.dumps(paths.get(record, qi), sort_keys=True, default=str) for qi in quasi_identifiers)


def sensitive_token(record: Mapping[str, Any], sensitive_field: str | None) -> bytes | None:
    """A short digest of the sensitive value: distinct values are counted, never kept."""
    if not sensitive_field:
        return None
    value = json.dumps(paths.get(record, sensitive_field), sort_keys=True, default=str)
    return hashlib.blake2b(value.encode(), digest_size=8).digest()


@dataclass
class ClassStats:
    """One equivalence class: its size and its distinct sensitive values (capped)."""

    size: int = 0
    sensitive: set = field(default_factory=set)

    def add(self, token: bytes | None) -> "ClassStats":
        self.size += 1
        if token is not None and len(self.sensitive) < _MAX_DISTINCT:
            self.sensitive.add(token)
        return self

    def merge(self, other: "ClassStats") -> "ClassStats":
        self.size += other.size
        for token in other.sensitive:
            if len(self.sensitive) >= _MAX_DISTINCT:
                break
            self.sensitive.add(token)
        return self


@dataclass
class RiskFigures:
    """Class sizes (and l per class) over a dataset; mergeable."""

    sizes: Counter = field(default_factory=Counter)  # class size -> classes
    diversity: Counter = field(default_factory=Counter)  # distinct sensitive values -> classes

    def add(self, stats: ClassStats, with_l: bool) -> "RiskFigures":
        self.sizes[stats.size] += 1
        if with_l:
            self.diversity[len(stats.sensitive)] += 1
        return self

    def merge(self, other: "RiskFigures") -> "RiskFigures":
        self.sizes.update(other.sizes)
        self.diversity.update(other.diversity)
        return self

    def to_dict(self, settings: RiskSettings) -> dict[str, Any]:
        records = sum(size * n for size, n in self.sizes.items())
        out: dict[str, Any] = {
            "quasi_identifiers": list(settings.quasi_identifiers),
            "k": min(self.sizes) if self.sizes else None,
            "classes": sum(self.sizes.values()),
            "records": records,
            "class_size_histogram": {str(size): n for size, n in sorted(self.sizes.items())},
        }
        if settings.min_k is not None:
            out["min_k"] = settings.min_k
            out["records_in_classes_below_min_k"] = sum(s * n for s, n in self.sizes.items() if s < settings.min_k)
        if settings.sensitive_field:
            out["l_diversity"] = {
                "sensitive_field": settings.sensitive_field,
                "l": min(self.diversity) if self.diversity else None,
                "class_l_histogram": {str(l): n for l, n in sorted(self.diversity.items())},
            }
        return out


class Measurer:
    """k-anonymity (and l-diversity) of records streamed through `add`: one entry per class."""

    def __init__(self, settings: RiskSettings):
        self.settings = settings
        self.classes: dict[tuple, ClassStats] = {}

    def add(self, record: Mapping[str, Any]) -> None:
        key = class_key(record, self.settings.quasi_identifiers)
        self.classes.setdefault(key, ClassStats()).add(sensitive_token(record, self.settings.sensitive_field))

    def result(self) -> dict[str, Any]:
        figures = RiskFigures()
        for stats in self.classes.values():
            figures.add(stats, with_l=bool(self.settings.sensitive_field))
        return figures.to_dict(self.settings)


def measure(records: Iterable[Mapping[str, Any]], settings: RiskSettings) -> dict[str, Any]:
    measurer = Measurer(settings)
    for record in records:
        measurer.add(record)
    return measurer.result()
