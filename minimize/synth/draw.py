"""Per-row randomness: every row is generated from its own seed, so row n is the
same whatever the sharding, the worker or the order rows are made in.

A row's seed is a hash of (seed, row number). Faker instances (one per locale,
per process) are re-seeded lazily the first time a row uses a locale. Python's
`hash()` is never used: it is salted per process.

Faker's weighted name lists are sampled here with our own `random.Random`
(bisect over cumulative weights): calling `first_name()` re-weighs the whole list
each time and costs ~60 us; this costs ~1 us. Other providers run unweighted
(`use_weighting=False`, 3-15x faster). These lists only *generate* values;
nothing in the project uses them to *detect* (that would make evaluation on
generated data meaningless).
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import random
import zlib
from dataclasses import dataclass
from typing import Sequence

from faker import Faker

#: locales whose names are not in Latin script: we take their romanized names
_ROMANIZED = {"ja_JP", "zh_CN", "zh_TW"}


def row_seed(seed: int, row: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"{seed}:{row}".encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Weighted:
    """Values with cumulative weights, for fast weighted draws."""

    values: tuple
    cumulative: tuple[float, ...]
    total: float

    @classmethod
    def of(cls, items) -> "Weighted":
        if isinstance(items, dict):
            values, weights = tuple(items), tuple(float(w) for w in items.values())
        else:
            values, weights = tuple(items), (1.0,) * len(items)
        if not values or sum(weights) <= 0:
            raise ValueError("nothing to choose from")
        cumulative = tuple(itertools.accumulate(weights))
        return cls(values, cumulative, cumulative[-1])

    def pick(self, rng: random.Random):
        # what random.choices does, without its per-call overhead
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total, 0, len(self.values) - 1)]


class NamePool:
    """First and last names of one locale, drawn with our generator."""

    def __init__(self, fk: Faker, locale: str):
        person = fk.provider("faker.providers.person")
        romanized = locale in _ROMANIZED
        first = getattr(person, "first_romanized_names" if romanized else "first_names", None)
        last = getattr(person, "last_romanized_names" if romanized else "last_names", None)
        self.first = _pool(first)
        self.last = _pool(last)
        self.fk, self.romanized = fk, romanized

    def first_name(self, rng: random.Random) -> str:
        if self.first is not None:
            return self.first.pick(rng)
        return self.fk.first_romanized_name() if self.romanized else self.fk.first_name()

    def last_name(self, rng: random.Random) -> str:
        if self.last is not None:
            return self.last.pick(rng)
        return self.fk.last_romanized_name() if self.romanized else self.fk.last_name()


def _pool(names) -> Weighted | None:
    # some locales keep names in nested or tiny structures: use Faker's own method then
    if not isinstance(names, (dict, tuple, list)) or len(names) < 10:
        return None
    if not all(isinstance(n, str) for n in names):
        return None
    return Weighted.of(names)


class Fakers:
    """Faker instances and name pools per locale, built once per process."""

    def __init__(self) -> None:
        self._fakers: dict[str, Faker] = {}
        self._names: dict[str, NamePool] = {}

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            # unweighted: Faker re-weighs its lists on every call (~100 us a value); our
            # name pools keep the real name frequencies
            self._fakers[locale] = _stable(Faker(locale, use_weighting=False))
        return self._fakers[locale]

    def names(self, locale: str) -> NamePool:
        if locale not in self._names:
            self._names[locale] = NamePool(self.faker(locale), locale)
        return self._names[locale]


def _stable(fk: Faker) -> Faker:
    """Sort the providers' lists and sets of words.

    Some are built from a set (it_IT's cities: `list({...})`), so their order, and
    with it the value a seed gives, changes with each process's hash seed. Sorted,
    a seed gives the same value everywhere. Lists are uniform draws, so sorting
    changes no frequency; weighted dicts are left alone.
    """
    for provider in fk.providers:
        for name in dir(type(provider)):
            if name.startswith("_"):
                continue
            value = getattr(type(provider), name, None)
            if isinstance(value, (list, set, frozenset)) and value and all(isinstance(v, str) for v in value):
                setattr(provider, name, sorted(value) if isinstance(value, list) else tuple(sorted(value)))
    return fk


class Draw:
    """The randomness of one row: `rng`, and Faker seeded for this row on first use."""

    def __init__(self, fakers: Fakers, seed: int, row: int, locale: str, locales: Weighted | None):
        self.seed = row_seed(seed, row)
        self.row = row
        self.rng = random.Random(self.seed)
        self.locale = locale
        self._fakers = fakers
        self._locales = locales
        self._seeded: set[str] = set()

    def faker(self, locale: str | None = None) -> Faker:
        locale = locale or self.locale
        fk = self._fakers.faker(locale)
        if locale not in self._seeded:
            fk.seed_instance(self.seed ^ zlib.crc32(locale.encode()))
            self._seeded.add(locale)
        return fk

    def names(self, locale: str) -> NamePool:
        self.faker(locale)  # seeds it: a pool may fall back on Faker's own methods
        return self._fakers.names(locale)

    def pick_locale(self, field_locale: str | None = None) -> str:
        """The locale of one PII value: the field's, else one from the schema's mix."""
        if field_locale:
            return field_locale
        return self._locales.pick(self.rng) if self._locales else self.locale

    def chance(self, p: float) -> bool:
        return p > 0 and self.rng.random() < p

    def choice(self, items: Sequence):
        return items[self.rng.randrange(len(items))]
