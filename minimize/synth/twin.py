"""Synthetic twin: a fake dataset shaped like a real one.

`profile(records)` reads the real records once and keeps per column only what a
distribution needs: type counts, a capped tally of values, a fixed-size sample
of numbers, date ranges, value shapes. `infer_schema` turns that into a
`SynthSchema`, deciding each column's kind in this order:

    1. the policy: `entity:` on a field rule; `scan` means free text; `keep` means not PII
    2. the column name: email, phone, dob, zip, ssn, iban, ... (checked against the values)
    3. the values: emails, IPs, URLs, card numbers (Luhn), SSNs, IBANs, phone numbers
    4. otherwise not PII: categories (few distinct values, each seen at least twice),
       numbers (the observed quantiles), dates (the observed range and format),
       free text (several words), or identifiers (the values' shape, e.g. `CUST-######`)

PII columns get generated values, and `pii_digests` (a second pass over the
input) collects digests of every value of those columns: the generator draws again
whenever it makes one of them, so no input PII value reappears. Category values
are copied (that is what keeps their frequencies), but only values seen in at
least two records and that look like no kind of PII. Free text is generated from
templates, never copied.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import os
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from minimize import paths
from minimize.synth.rows import value_digest
from minimize.synth.schema import (
    DateSpec,
    FieldSpec,
    ListSpec,
    NumberSpec,
    SequenceSpec,
    SynthSchema,
    TextSpec,
)

_SAMPLE = 20_000  # numbers and dates kept per column (reservoir)
_MAX_VALUES = 2_000  # distinct values tallied per column; beyond, not a category
_MAX_CATEGORIES = 50
_MIN_CATEGORY_COUNT = 2  # a value seen once may single someone out: never copied
_QUANTILES = 20
#: the locales of a twin's names, addresses and phones
TWIN_LOCALES = {"en_US": 6, "en_GB": 1, "es_MX": 1, "de_DE": 1, "fr_FR": 1, "en_IN": 1}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y",
                 "%d %B %Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S%z")

# ---- what values look like ---------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://\S+$", re.I)
_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,22}$")
_NUMBER = re.compile(r"^-?\d+(?:\.(\d+))?$")
_PII_INSIDE = re.compile(r"[^@\s]+@[^@\s]+\.\w+|\d{3}[-. ]\d{2,4}[-. ]\d{4}|\d{9,}")


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _is_card(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    return digits.isdigit() and 13 <= len(digits) <= 19 and _luhn(digits)


def _is_phone(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    plain_number = _NUMBER.match(text) is not None  # 157533.14 is an amount
    return bool(_PHONE.match(text)) and 7 <= digits <= 15 and not plain_number and (
        text.startswith("+") or not text.isdigit())


#: entity -> does a value look like one (in the order they are tried)
LOOKS_LIKE = {
    "EMAIL_ADDRESS": lambda s: bool(_EMAIL.match(s)),
    "URL": lambda s: bool(_URL.match(s)),
    "IP_ADDRESS": _is_ip,
    "US_SSN": lambda s: bool(_SSN.match(s)),
    "IBAN_CODE": lambda s: bool(_IBAN.match(s)),
    "CREDIT_CARD": _is_card,
    "PHONE_NUMBER": _is_phone,
}

#: name token -> entity; `name` is a person unless another word says it names a thing
NAME_HINTS = {
    "name": "PERSON", "fullname": "PERSON", "firstname": "PERSON", "lastname": "PERSON", "surname": "PERSON",
    "email": "EMAIL_ADDRESS", "mail": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "mobile": "PHONE_NUMBER",
    "tel": "PHONE_NUMBER", "telephone": "PHONE_NUMBER", "cell": "PHONE_NUMBER", "fax": "PHONE_NUMBER",
    "dob": "DATE_TIME", "birth": "DATE_TIME", "birthday": "DATE_TIME", "birthdate": "DATE_TIME",
    "address": "LOCATION", "street": "LOCATION", "addr": "LOCATION",
    "zip": "ZIP_CODE", "zipcode": "ZIP_CODE", "postcode": "ZIP_CODE", "postal": "ZIP_CODE",
    "ssn": "US_SSN", "iban": "IBAN_CODE", "card": "CREDIT_CARD", "ip": "IP_ADDRESS",
    "url": "URL", "website": "URL", "homepage": "URL",
}
_THING = {"file", "product", "company", "business", "org", "host", "domain", "server", "table", "column",
          "field", "event", "brand", "app", "category", "segment", "plan", "project", "city", "country",
          "state", "region", "item", "model", "user", "display", "screen"}


def name_hint(name: str) -> str | None:
    tokens = [t for t in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", name.split(".")[-1].rstrip("[]")) if t]
    tokens = [t.lower() for t in tokens]
    joined = "".join(tokens)
    if joined in NAME_HINTS:
        return NAME_HINTS[joined]
    for token in tokens:
        entity = NAME_HINTS.get(token)
        if entity == "PERSON" and set(tokens) & _THING:
            continue
        if entity:
            return entity
    return None


# ---- profiling --------------------------------------------------------------------


@dataclass
class Column:
    """What one column (or nested field) of the input looks like."""

    present: int = 0
    nulls: int = 0
    types: Counter = field(default_factory=Counter)
    values: Counter = field(default_factory=Counter)
    overflow: bool = False
    numbers: list = field(default_factory=list)
    numbers_seen: int = 0
    decimals: int = 0
    dates: list = field(default_factory=list)
    looks: Counter = field(default_factory=Counter)  # entity -> values that look like it
    words: int = 0
    sentences: Counter = field(default_factory=Counter)
    shapes: Counter = field(default_factory=Counter)
    lengths: Counter = field(default_factory=Counter)
    children: dict = field(default_factory=dict)
    item: "Column | None" = None

    @property
    def seen(self) -> int:
        return self.present - self.nulls


class Profiler:
    def __init__(self) -> None:
        self.columns: dict[str, Column] = {}
        self.records = 0
        self._rng = random.Random(0)  # reservoir sampling: same input, same profile

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        for key, value in record.items():
            self._add(self.columns.setdefault(str(key), Column()), value)

    def _add(self, col: Column, value: Any) -> None:
        col.present += 1
        if value is None or value == "":
            col.nulls += 1
            return
        kind = _kind(value)
        col.types[kind] += 1
        if kind == "dict":
            for key, item in value.items():
                self._add(col.children.setdefault(str(key), Column()), item)
            return
        if kind == "list":
            col.lengths[len(value)] += 1
            col.item = col.item or Column()
            for item in value:
                self._add(col.item, item)
            return
        self._tally(col, value)
        if kind in ("int", "float"):
            self._number(col, value, str(value))
        elif kind == "date":
            self._sample(col.dates, value, col.seen)
        elif kind == "str":
            self._text(col, value)

    def _tally(self, col: Column, value: Any) -> None:
        if value in col.values or len(col.values) < _MAX_VALUES:
            col.values[value] += 1
        else:
            col.overflow = True

    def _number(self, col: Column, number: float, text: str) -> None:
        col.numbers_seen += 1
        m = _NUMBER.match(text)
        if m and m[1]:
            col.decimals = max(col.decimals, min(len(m[1]), 6))
        self._sample(col.numbers, float(number), col.numbers_seen)

    def _text(self, col: Column, text: str) -> None:
        stripped = text.strip()
        if _NUMBER.match(stripped):
            self._number(col, float(stripped), stripped)
        for entity, test in LOOKS_LIKE.items():
            if test(stripped):
                col.looks[entity] += 1
                break
        col.words += len(stripped.split())
        col.sentences[max(1, len(re.findall(r"[.!?](?:\s|$)", stripped)))] += 1
        if len(col.shapes) < _MAX_VALUES or shape_of(stripped) in col.shapes:
            col.shapes[shape_of(stripped)] += 1

    def _sample(self, sample: list, value: Any, seen: int) -> None:
        if len(sample) < _SAMPLE:
            sample.append(value)
        else:
            j = self._rng.randrange(seen)
            if j < _SAMPLE:
                sample[j] = value


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, (dt.date, dt.datetime)):
        return "date"
    if isinstance(value, Mapping):
        return "dict"
    if isinstance(value, list):
        return "list"
    return "str"


def shape_of(text: str) -> str:
    """`#` for a digit, `?` for an upper-case letter, `~` for a lower-case one (the pattern syntax)."""
    return "".join("#" if c.isdigit() else "?" if c.isupper() else "~" if c.islower() else c for c in text)


# ---- deciding each column -----------------------------------------------------------


@dataclass
class Decision:
    spec: FieldSpec
    kind: str
    entity: str | None = None
    why: str = ""

    @property
    def pii(self) -> bool:
        return self.entity is not None or self.kind == "identifier"


def infer_schema(profiler: Profiler, policy=None) -> tuple[SynthSchema, dict[str, Decision]]:
    """The twin's schema, and per column path what was decided and why."""
    id_field = policy.id_field if policy is not None else "id"
    decisions: dict[str, Decision] = {}
    fields = {name: _decide(name, col, policy, id_field, decisions) for name, col in profiler.columns.items()}
    schema = SynthSchema(locale="en_US", locales=TWIN_LOCALES, id_field=id_field, fields=fields)
    return schema, decisions


def _decide(path: str, col: Column, policy, id_field: str, out: dict[str, Decision]) -> FieldSpec:
    decision = _decision(path, col, policy, id_field, out)
    null_rate = round(col.nulls / col.present, 4) if col.present else 0.0
    if null_rate and decision.kind != "empty":
        decision.spec = decision.spec.model_copy(update={"null_rate": null_rate})
    out[path] = decision
    return decision.spec


def _decision(path: str, col: Column, policy, id_field: str, out: dict[str, Decision]) -> Decision:
    if not col.types:
        return Decision(FieldSpec(categories=[None]), "empty", why="always empty")
    main = col.types.most_common(1)[0][0]
    if main == "dict":
        children = {k: _decide(paths.child(path, k), c, policy, id_field, out) for k, c in col.children.items()}
        return Decision(FieldSpec(object=children), "object")
    if main == "list":
        item_path = paths.element(path, None)
        item = _decide(item_path, col.item, policy, id_field, out) if col.item else FieldSpec(categories=[None])
        lengths = {n: c for n, c in sorted(col.lengths.items())}
        return Decision(FieldSpec(list=ListSpec(item=item, lengths=lengths)), "list")
    if path == id_field:
        return _identifier(col, "the policy's id field", sequence=True)
    rule = policy.fields.get(path) if policy is not None else None
    if rule is not None and rule.action == "scan" and _wordy(col):
        return _text(col, "the policy scans it as free text")
    if rule is not None and rule.entity:
        return _pii(col, rule.entity, f"the policy names entity {rule.entity}")
    if rule is None or rule.action != "keep":
        hinted = name_hint(path)
        if hinted and _consistent(col, hinted):
            return _pii(col, hinted, "its name")
        looked = _looks(col)
        if looked:
            return _pii(col, looked, "its values")
    plain = _plain(col, "kept by the policy" if rule is not None and rule.action == "keep" else "not PII")
    if plain is None:  # high-cardinality strings that are not text: identifiers
        return _identifier(col, "unique values", sequence=False)
    return plain


def _looks(col: Column) -> str | None:
    if col.seen and col.looks:
        entity, n = col.looks.most_common(1)[0]
        if n >= 0.8 * col.types.get("str", 0):
            return entity
    return None


def _consistent(col: Column, entity: str) -> bool:
    """A name hint holds when the values do not contradict it."""
    strings = col.types.get("str", 0)
    if entity in LOOKS_LIKE:
        return strings > 0 and col.looks.get(entity, 0) >= 0.5 * strings
    if entity == "DATE_TIME":
        return bool(col.types.get("date")) or _date_format(col) is not None
    if entity == "ZIP_CODE":
        return strings > 0 or bool(col.numbers)
    return strings > 0  # PERSON, LOCATION: some text


def _pii(col: Column, entity: str, why: str) -> Decision:
    if entity == "PHONE_NUMBER" and col.values:
        formats = Counter()
        for value, n in col.values.items():
            formats[_phone_format(str(value))] += n
        return Decision(FieldSpec(entity=entity, formats=dict(formats.most_common(20))), "entity", entity, why)
    if entity == "DATE_TIME":
        spec = _dates(col)
        if spec is not None:
            return Decision(FieldSpec(entity=entity, date=spec), "entity", entity, why)
    if entity == "ZIP_CODE" and col.shapes:
        return Decision(FieldSpec(entity=entity, pattern=col.shapes.most_common(1)[0][0]), "entity", entity, why)
    from minimize.synth.values import GENERATORS

    if entity not in GENERATORS:  # no generator: the values' shape, still labeled
        return Decision(FieldSpec(entity=entity, pattern=_pattern(col)), "entity", entity, why)
    return Decision(FieldSpec(entity=entity), "entity", entity, why)


def _phone_format(number: str) -> str:
    """`#` for each digit, but a leading +country code stays (it is the layout, not the person)."""
    keep = 0
    if number.lstrip().startswith("+"):
        import phonenumbers

        try:
            keep = number.index("+") + 1 + len(str(phonenumbers.parse(number, None).country_code))
        except phonenumbers.NumberParseException:
            keep = 0
    return number[:keep] + "".join("#" if c.isdigit() else c for c in number[keep:])


def _text(col: Column, why: str) -> Decision:
    counts = sorted(col.sentences) or [1]
    lo, hi = max(1, min(counts[0], 10)), max(1, min(counts[-1], 10))
    return Decision(FieldSpec(text=TextSpec(sentences=(lo, hi))), "text", why=why)


def _identifier(col: Column, why: str, sequence: bool) -> Decision:
    values = [str(v) for v in col.values]
    if sequence:
        m = [re.fullmatch(r"(\D*)(\d+)", v) for v in values]
        if values and all(m) and len({x[1] for x in m}) == 1:
            start = max(int(x[2]) for x in m) + 1  # after the input's ids: none of them reused
            return Decision(FieldSpec(sequence=SequenceSpec(prefix=m[0][1], start=start)), "sequence", why=why)
        return Decision(FieldSpec(sequence=SequenceSpec(prefix="twin-")), "sequence", why=why)
    return Decision(FieldSpec(pattern=_pattern(col)), "identifier", why=why)


def _pattern(col: Column) -> str:
    """A fixed prefix all values share ("CUST-"), then the most common shape of the rest."""
    values = [str(v) for v in col.values]
    prefix = os.path.commonprefix(values) if len(values) >= 5 else ""
    prefix = prefix.rstrip("0123456789")  # a shared leading digit is chance, not a prefix
    shapes = Counter(shape_of(v[len(prefix):]) for v in values)
    literal = "".join(c for c in prefix if c not in "#?~")  # those are pattern slots
    return literal + (shapes.most_common(1)[0][0] if shapes else "########")


def _plain(col: Column, why: str) -> Decision | None:
    main = col.types.most_common(1)[0][0]
    distinct = len(col.values)
    few = not col.overflow and distinct <= _MAX_CATEGORIES and distinct <= max(2, col.seen // 2)
    numeric = main in ("int", "float") or (main == "str" and col.numbers_seen >= 0.95 * col.seen)
    if main == "bool" or (few and (not numeric or distinct <= 12)):
        categories = {v: n for v, n in col.values.most_common()
                      if n >= _MIN_CATEGORY_COUNT and not _pii_inside(v)}
        if categories:
            keys = list(categories)
            return Decision(FieldSpec(categories=dict(categories) if all(isinstance(k, str) for k in keys)
                                      else _as_list(categories)), "categories", why=why)
    if numeric and col.numbers:
        return Decision(FieldSpec(number=_numbers(col, main)), "number", why=why)
    dates = _dates(col)
    if dates is not None:
        return Decision(FieldSpec(date=dates), "date", why=why)
    if main == "str" and _wordy(col):
        return _text(col, why + "; free text")
    return None


def _wordy(col: Column) -> bool:
    """Sentences rather than labels: 4 words a value on average (short scanned values, such as
    tags, are treated like any other column: categories of safe values, or identifiers)."""
    return col.seen > 0 and col.words / col.seen >= 4


def _as_list(categories: dict) -> list:
    # non-string category values (numbers, booleans) keep their type: repeat by count
    return [v for v, n in categories.items() for _ in range(n)]


def _pii_inside(value: Any) -> bool:
    return isinstance(value, str) and (bool(_PII_INSIDE.search(value)) or any(t(value) for t in LOOKS_LIKE.values()))


def _numbers(col: Column, main: str) -> NumberSpec:
    values = sorted(col.numbers)
    n = len(values)
    quantiles = [values[round(i * (n - 1) / _QUANTILES)] for i in range(_QUANTILES + 1)]
    decimals = 0 if main == "int" or (main == "str" and col.decimals == 0) else max(col.decimals, 1)
    return NumberSpec(distribution="empirical", quantiles=quantiles, decimals=decimals)


def _date_format(col: Column) -> str | None:
    strings = [v for v in col.values if isinstance(v, str)][:200]
    if not strings:
        return None
    for fmt in _DATE_FORMATS:
        ok = 0
        for s in strings:
            try:
                dt.datetime.strptime(s, fmt)
                ok += 1
            except ValueError:
                pass
        if ok >= 0.95 * len(strings):
            return fmt
    return None


def _dates(col: Column) -> DateSpec | None:
    """The observed range, widened to whole years (the exact extremes are someone's), and format."""
    if col.dates:
        days = [d.date() if isinstance(d, dt.datetime) else d for d in col.dates]
        fmt = None
    else:
        fmt = _date_format(col)
        if fmt is None:
            return None
        days = []
        for v in col.values:
            try:
                days.append(dt.datetime.strptime(str(v), fmt).date())
            except ValueError:
                pass
    if not days:
        return None
    return DateSpec(start=dt.date(min(days).year, 1, 1), end=dt.date(max(days).year, 12, 31), format=fmt)


# ---- the values the twin must not reproduce -----------------------------------------


def pii_digests(records: Iterable[Mapping[str, Any]], decisions: Mapping[str, Decision]) -> frozenset[bytes]:
    """Digests of every value of the PII columns (a second pass over the input)."""
    pii_paths = {p for p, d in decisions.items() if d.pii}
    out: set[bytes] = set()
    for record in records:
        _collect(record, "", pii_paths, out)
    return frozenset(out)


def _collect(value: Any, pattern: str, pii_paths: set[str], out: set[bytes]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _collect(item, paths.child(pattern, str(key)), pii_paths, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, paths.element(pattern, None), pii_paths, out)
    elif value is not None and pattern in pii_paths:
        out.add(value_digest(value))
