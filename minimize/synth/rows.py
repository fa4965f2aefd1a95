"""One row from a schema: `RowMaker.make(seed, row) -> (record, labels)`. No Beam here.

Labels name every PII value placed: whole fields with an `entity` (start 0,
end len(str(value))) and each PII span inside generated text. A row's values
depend only on (seed, row number, schema), never on which worker makes it.

`exclude` (the synthetic twin) holds digests of the input's PII values; a
generated PII value whose digest is in it is drawn again, so no input value
can reappear in the output.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from minimize import paths
from minimize.errors import PolicyError
from minimize.keys import normalize_value
from minimize.synth import values
from minimize.synth.draw import Draw, Fakers, Weighted
from minimize.synth.schema import FieldSpec, NumberSpec, SynthSchema
from minimize.synth.text import Label, TextMaker

_ATTEMPTS = 50  # draws before giving up on finding a value outside `exclude`


@dataclass(frozen=True)
class Exclusion:
    """Values the output must not contain, as digests of the trimmed, case-folded value.

    Keyed with a random salt per run: the set travels to the workers inside the
    pipeline graph, and an unkeyed digest of an email is reversible by guessing.
    The salt changes no output (a value collides or not, whatever the salt)."""

    salt: bytes = b""
    digests: frozenset[bytes] = frozenset()

    @classmethod
    def of(cls, values: Iterable[Any]) -> "Exclusion":
        empty = cls(os.urandom(16))
        return cls(empty.salt, frozenset(empty.digest(v) for v in values))

    def digest(self, value: Any) -> bytes:
        text = normalize_value(value).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(text, key=self.salt, digest_size=12).digest()

    def __contains__(self, value: Any) -> bool:
        return self.digest(value) in self.digests

    def __bool__(self) -> bool:
        return bool(self.digests)


class RowMaker:
    def __init__(self, schema: SynthSchema, exclude: Exclusion | None = None):
        self.schema = schema.with_id()
        self.exclude = exclude or Exclusion()
        self.fakers = Fakers()
        self.locales = Weighted.of(self.schema.locales) if self.schema.locales else None
        self._makers: dict[str, Callable] = {}
        self._kinds: dict[str, str] = {}  # field pattern -> kind (a pydantic property is slow per row)
        for name, spec in self.schema.fields.items():
            self._compile(name, spec)

    # -- per field, once ------------------------------------------------------------

    def _compile(self, path: str, spec: FieldSpec) -> None:
        where = f"fields.{path}"
        self._kinds[path] = spec.kind
        if spec.text is not None:
            self._makers[path] = TextMaker(spec.text, where)
        elif spec.categories is not None:
            self._makers[path] = Weighted.of(spec.categories)
        elif spec.formats is not None:
            self._makers[path] = Weighted.of(spec.formats)
        elif spec.entity is not None and spec.entity not in values.GENERATORS and not any(
                getattr(spec, k) is not None for k in ("provider", "number", "date", "pattern", "formats")):
            known = ", ".join(sorted(values.GENERATORS))
            raise PolicyError(f"{where}: no generator for entity {spec.entity} (known: {known}); "
                              "give it a provider or a pattern")
        elif spec.provider is not None and not hasattr(self.fakers.faker(spec.locale or self.schema.locale),
                                                        spec.provider):
            raise PolicyError(f"{where}.provider: Faker has no provider '{spec.provider}'")
        elif spec.object is not None:
            for key, child in spec.object.items():
                self._compile(paths.child(path, key), child)
        elif spec.list is not None:
            self._compile(paths.element(path, None), spec.list.item)
        if spec.list is not None and not spec.list.lengths:
            raise PolicyError(f"{where}.list.lengths: give at least one length")

    # -- per row ----------------------------------------------------------------------

    def make(self, seed: int, row: int) -> tuple[dict, list[Label]]:
        draw = Draw(self.fakers, seed, row, self.schema.locale, self.locales)
        state = _RowState(draw)
        record = {}
        for name, spec in self.schema.fields.items():
            record[name] = self._value(spec, name, name, draw, state)
        return record, state.labels

    def _value(self, spec: FieldSpec, concrete: str, pattern: str, draw: Draw, state: "_RowState") -> Any:
        if draw.chance(spec.null_rate):
            return None
        kind = self._kinds[pattern]
        if kind == "object":
            return {k: self._value(c, paths.child(concrete, k), paths.child(pattern, k), draw, state)
                    for k, c in spec.object.items()}
        if kind == "list":
            item_pattern = paths.element(pattern, None)
            length = Weighted.of(spec.list.lengths).pick(draw.rng)
            return [self._value(spec.list.item, paths.element(concrete, i), item_pattern, draw, state)
                    for i in range(length)]
        if kind == "text":
            text, labels = self._makers[pattern].make(draw, concrete, spec.locale, self._fresh)
            state.labels.extend(labels)
            return text
        if kind == "entity":
            value = self._fresh(lambda: _tidy(self._entity(spec, pattern, draw, state)))
            state.labels.append(Label(concrete, spec.entity, 0, len(str(value))))
            return value
        if kind == "sequence":
            return f"{spec.sequence.prefix}{spec.sequence.start + row_of(draw)}"
        if kind == "categories":
            return self._makers[pattern].pick(draw.rng)
        if kind == "number":
            return number(spec.number, draw)
        if kind == "date":
            return date(spec.date, draw)
        if kind == "pattern":
            return self._fresh(lambda: fill_pattern(spec.pattern, draw))
        return provider_value(spec, draw, self.schema.locale)

    def _entity(self, spec: FieldSpec, pattern: str, draw: Draw, state: "_RowState") -> Any:
        if spec.provider is not None:
            return str(provider_value(spec, draw, self.schema.locale))
        if spec.date is not None:
            return date(spec.date, draw)
        if spec.categories is not None:
            return self._makers[pattern].pick(draw.rng)
        if spec.number is not None:
            return number(spec.number, draw)
        if spec.pattern is not None:
            return fill_pattern(spec.pattern, draw)
        if spec.formats is not None:
            return values.phone_in_format(draw, self._makers[pattern].pick(draw.rng))
        locale = draw.pick_locale(spec.locale)
        if spec.entity == "PERSON":
            return state.name(locale)
        if spec.entity == "EMAIL_ADDRESS":
            return state.email(locale)
        return values.GENERATORS[spec.entity](draw, locale)

    def _fresh(self, make: Callable[[], Any], parts: Callable[[Any], Iterable] | None = None) -> Any:
        """A value from `make` none of whose parts is an input value (when excluding)."""
        if not self.exclude:
            return make()
        for _ in range(_ATTEMPTS):
            value = make()
            if not any(p in self.exclude for p in (parts(value) if parts else (value,))):
                return value
        raise PolicyError(f"could not generate a value unlike the input's in {_ATTEMPTS} draws")


class _RowState:
    """Labels of the row, and its subject: the first PERSON and EMAIL fields describe one person."""

    def __init__(self, draw: Draw):
        self.draw = draw
        self.labels: list[Label] = []
        self.subject: values.Person | None = None
        self.used: set[str] = set()

    def _person(self, locale: str, role: str) -> values.Person:
        if role in self.used:
            return values.person(self.draw, locale)
        self.used.add(role)
        if self.subject is None:
            self.subject = values.person(self.draw, locale)
        return self.subject

    def name(self, locale: str) -> str:
        p = self._person(locale, "name")
        roll = self.draw.rng.random()
        if roll < 0.04:
            return f"{p.last}, {p.first}"
        if roll < 0.06:
            return p.full.upper()
        return p.full

    def email(self, locale: str) -> str:
        return values.email_for(self.draw, self._person(locale, "email"))


def _tidy(value: Any) -> Any:
    return values.tidy(value) if isinstance(value, str) else value


def row_of(draw: Draw) -> int:
    return draw.row


def number(spec: NumberSpec, draw: Draw) -> int | float:
    rng = draw.rng
    if spec.distribution == "uniform":
        x = rng.uniform(spec.min, spec.max)
    elif spec.distribution == "normal":
        x = rng.gauss(spec.mean, spec.std)
    else:  # empirical: the inverse of the observed distribution, linear between quantiles
        q = spec.quantiles
        at = rng.random() * (len(q) - 1)
        i = min(int(at), len(q) - 2)
        x = q[i] + (q[i + 1] - q[i]) * (at - i)
    if spec.min is not None:
        x = max(spec.min, x)
    if spec.max is not None:
        x = min(spec.max, x)
    return int(round(x)) if spec.decimals == 0 else round(x, spec.decimals)


def date(spec, draw: Draw) -> Any:
    day = spec.start + dt.timedelta(days=draw.rng.randint(0, (spec.end - spec.start).days))
    if spec.format is None:
        return day
    if "%H" in spec.format:  # a timestamp: a time of day too
        moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=draw.rng.randrange(86_400))
        return moment.replace(tzinfo=dt.timezone.utc).strftime(spec.format)
    return day.strftime(spec.format)


def fill_pattern(pattern: str, draw: Draw) -> str:
    rng = draw.rng
    out = []
    for c in pattern:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "?":
            out.append(chr(rng.randint(65, 90)))
        elif c == "~":
            out.append(chr(rng.randint(97, 122)))
        else:
            out.append(c)
    return "".join(out)


def provider_value(spec: FieldSpec, draw: Draw, default_locale: str) -> Any:
    value = getattr(draw.faker(spec.locale or default_locale), spec.provider)(**spec.args)
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
