"""Profiling a dataset for its synthetic twin: what each column's values look like.

`Profiler.add(record)` keeps per column only what a distribution needs: type
counts, a capped tally of values, a fixed-size sample of numbers and dates,
word and sentence counts, value shapes, and how many values look like an email,
an IP, a card number ... Memory is bounded per column, whatever the input size.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping

from minimize.checksums import luhn_valid

SAMPLE = 20_000  # numbers and dates kept per column (reservoir)
MAX_VALUES = 2_000  # distinct values tallied per column; beyond, not a category

# ---- what values look like ---------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://\S+$", re.I)
_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,22}$")
NUMBER = re.compile(r"^-?\d+(?:\.(\d+))?$")
PII_INSIDE = re.compile(r"[^@\s]+@[^@\s]+\.\w+|\d{3}[-. ]\d{2,4}[-. ]\d{4}|\d{9,}")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _is_card(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_valid(digits)


def _is_phone(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    plain_number = NUMBER.match(text) is not None  # 157533.14 is an amount
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
    "address": "ADDRESS", "street": "ADDRESS", "addr": "ADDRESS",
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
        if value in col.values or len(col.values) < MAX_VALUES:
            col.values[value] += 1
        else:
            col.overflow = True

    def _number(self, col: Column, number: float, text: str) -> None:
        col.numbers_seen += 1
        m = NUMBER.match(text)
        if m and m[1]:
            col.decimals = max(col.decimals, min(len(m[1]), 6))
        self._sample(col.numbers, float(number), col.numbers_seen)

    def _text(self, col: Column, text: str) -> None:
        stripped = text.strip()
        if NUMBER.match(stripped):
            self._number(col, float(stripped), stripped)
        for entity, test in LOOKS_LIKE.items():
            if test(stripped):
                col.looks[entity] += 1
                break
        col.words += len(stripped.split())
        col.sentences[max(1, len(re.findall(r"[.!?](?:\s|$)", stripped)))] += 1
        if len(col.shapes) < MAX_VALUES or shape_of(stripped) in col.shapes:
            col.shapes[shape_of(stripped)] += 1

    def _sample(self, sample: list, value: Any, seen: int) -> None:
        if len(sample) < SAMPLE:
            sample.append(value)
        else:
            j = self._rng.randrange(seen)
            if j < SAMPLE:
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
