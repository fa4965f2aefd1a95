"""Synthetic twin: a fake dataset shaped like a real one.

`Profiler` (profile.py) reads the real records once and keeps per column only
what a distribution needs. `infer_schema` turns that into a `SynthSchema`,
deciding each column's kind in this order:

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
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from minimize import paths
from minimize.synth.profile import (
    LOOKS_LIKE,
    PII_INSIDE,
    Column,
    Profiler,
    name_hint,
    shape_of,
)
from minimize.synth.rows import Exclusion
from minimize.synth.schema import (
    DateSpec,
    FieldSpec,
    ListSpec,
    NumberSpec,
    SequenceSpec,
    SynthSchema,
    TextSpec,
)

_MAX_CATEGORIES = 50
_MIN_CATEGORY_COUNT = 2  # a value seen once may single someone out: never copied
_QUANTILES = 20
#: the locales of a twin's names, addresses and phones
TWIN_LOCALES = {"en_US": 6, "en_GB": 1, "es_MX": 1, "de_DE": 1, "fr_FR": 1, "en_IN": 1}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y",
                 "%d %B %Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S%z")

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
    return isinstance(value, str) and (bool(PII_INSIDE.search(value)) or any(t(value) for t in LOOKS_LIKE.values()))


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


def pii_digests(records: Iterable[Mapping[str, Any]], decisions: Mapping[str, Decision]) -> Exclusion:
    """Every value of the PII columns (a second pass over the input), as salted digests."""
    pii_paths = {p for p, d in decisions.items() if d.pii}
    found: list[Any] = []
    for record in records:
        _collect(record, "", pii_paths, found)
    return Exclusion.of(found)


def _collect(value: Any, pattern: str, pii_paths: set[str], out: list) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _collect(item, paths.child(pattern, str(key)), pii_paths, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, paths.element(pattern, None), pii_paths, out)
    elif value is not None and pattern in pii_paths:
        out.append(value)
