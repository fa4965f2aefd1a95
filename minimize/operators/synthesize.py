"""Consistent synthetic substitutes: the same value under the same key always gets
the same realistic fake, in every record, file, worker and run.

Each value seeds Faker (and a `random.Random` for shapes) from the keyed digest
`("synthesize", entity, value)`, with the value trimmed and case-folded so that
`JOHN SMITH` and `John Smith` get the same person, each written in its own case
style. A different key gives unrelated fakes. The output never equals the input
(the next seed is tried when it would). Substitutes depend on the Faker version
(its word lists): pin Faker to keep pseudonyms stable across installs.

Faker instances are kept per thread and per locale at module level, not on the
operator, so operators stay picklable (Beam ships them to workers) and threads
never share a seeded generator.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import threading
from dataclasses import dataclass
from typing import Any, ClassVar

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from minimize.errors import OperatorError, PolicyError
from minimize.operators._fakes import GENERATORS, fake_date, shape_gen
from minimize.operators._params import check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext

_ATTEMPTS = 8
_FAKERS = threading.local()
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


@register_operator("synthesize")
@dataclass(frozen=True)
class Synthesize(Operator):
    """`entity` overrides the detected entity type (needed for whole fields);
    `locale` is a Faker locale such as en_US or de_DE."""

    keyed: ClassVar[bool] = True

    entity: str | None = None
    locale: str = "en_US"

    def __post_init__(self) -> None:
        if self.entity is not None:
            check_str("entity", self.entity, allow_empty=False)
            if not _ENTITY_NAME.fullmatch(self.entity):
                raise PolicyError(f"entity: must be an UPPER_SNAKE entity name like PERSON, got {self.entity!r}")
        check_str("locale", self.locale)
        if self.locale not in AVAILABLE_LOCALES:
            fix = self.locale.replace("-", "_")
            hint = f"; did you mean '{fix}'?" if fix in AVAILABLE_LOCALES else " (e.g. en_US, en_GB, de_DE, fr_FR)"
            raise PolicyError(f"locale: unknown Faker locale {self.locale!r}{hint}")

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            raise OperatorError("synthesize: value is a boolean; use keep, drop or redact")
        if isinstance(value, str) and not any(c.isalnum() for c in value):
            return value  # no letters or digits: nothing to hide
        entity = self.entity or ctx.entity_type or ""
        normalized = " ".join(str(value).split()).casefold()
        base = int.from_bytes(ctx.digest("synthesize", entity, normalized), "big")
        fk = _faker(self.locale)
        for attempt in range(_ATTEMPTS):
            fk.seed_instance(base + attempt)
            fake = _make(value, entity, fk, random.Random(base + attempt))
            if fake != value and str(fake).casefold() != str(value).casefold():
                return fake
        raise OperatorError("synthesize: could not produce a value different from the original")


def _faker(locale: str) -> Faker:
    cache = getattr(_FAKERS, "by_locale", None)
    if cache is None:
        cache = _FAKERS.by_locale = {}
    if locale not in cache:
        cache[locale] = Faker(locale)
    return cache[locale]


def _make(value: Any, entity: str, fk: Faker, rng: random.Random) -> Any:
    if isinstance(value, dt.date) or entity == "DATE_TIME":
        return fake_date(value, rng)
    fake = GENERATORS.get(entity, shape_gen)(str(value), fk, rng)
    # a number stays a number when the fake is one (a zip or phone kept as int)
    if isinstance(value, int) and re.fullmatch(r"-?\d+", fake):
        return int(fake)
    if isinstance(value, float):
        try:
            return float(fake)
        except ValueError:
            return fake
    return fake
