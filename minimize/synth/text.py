"""Free text with PII embedded, and the exact offsets of every PII value placed.

Sentences come from `templates.yaml` (see its header for the slots). A text is
built piece by piece, so each slot's offsets are known as it is written: the
labels are exact by construction, never found afterwards.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable

import yaml

from minimize.errors import PolicyError
from minimize.synth import values
from minimize.synth.draw import Draw, Weighted
from minimize.synth.schema import TextSpec

_SLOT = re.compile(r"\{([A-Z_]+)(?:#(\d))?(?::(lower|upper))?\}")
_PERSON_PARTS = {"PERSON": lambda p: p.full, "FIRST_NAME": lambda p: p.first, "LAST_NAME": lambda p: p.last}
#: slot -> (label entity, generator); person slots are handled apart
SLOTS: dict[str, tuple[str, Callable[[Draw, str], str]]] = {
    "PHONE_NUMBER": ("PHONE_NUMBER", values.phone),
    "CREDIT_CARD": ("CREDIT_CARD", values.credit_card),
    "US_SSN": ("US_SSN", values.ssn),
    "IBAN_CODE": ("IBAN_CODE", values.iban),
    "IP_ADDRESS": ("IP_ADDRESS", values.ip_address),
    "URL": ("URL", values.url),
    "ZIP_CODE": ("ZIP_CODE", values.zip_code),
    "AGE": ("AGE", values.age),
    "ADDRESS": ("ADDRESS", values.address),
    "STREET": ("ADDRESS", values.street),
    "CITY": ("LOCATION", values.city),
    "COUNTRY": ("LOCATION", values.country),
    "DATE_TIME": ("DATE_TIME", values.date_text),
    "DOB": ("DATE_TIME", values.birth_date),
}
#: how often each entity leads a sentence when a text field does not say
DEFAULT_WEIGHTS = {"PERSON": 5, "EMAIL_ADDRESS": 2, "PHONE_NUMBER": 2, "ADDRESS": 1.5, "LOCATION": 1, "DATE_TIME": 1.5,
                   "CREDIT_CARD": 0.5, "US_SSN": 0.5, "IBAN_CODE": 0.4, "IP_ADDRESS": 0.5, "URL": 0.5,
                   "AGE": 0.3, "ZIP_CODE": 0.2}
FILLER = "filler"


@dataclass(frozen=True)
class Label:
    field: str
    entity_type: str
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def templates() -> dict[str, dict[str, tuple[str, ...]]]:
    """style -> entity (or `filler`) -> sentences, checked once."""
    text = resources.files("minimize.synth").joinpath("templates.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    out = {}
    for style, by_entity in data.items():
        out[style] = {}
        for entity, sentences in by_entity.items():
            for sentence in sentences:
                for slot in _SLOT.findall(sentence):
                    if slot[0] not in SLOTS and slot[0] not in _PERSON_PARTS and slot[0] != "EMAIL_ADDRESS":
                        raise ValueError(f"templates.yaml {style}.{entity}: unknown slot {{{slot[0]}}}")
            out[style][entity] = tuple(sentences)
    return out


def entities() -> set[str]:
    """The entities sentences can be about."""
    return {e for by_entity in templates().values() for e in by_entity if e != FILLER}


class TextMaker:
    """Builds one text field's value and labels from a `TextSpec`."""

    def __init__(self, spec: TextSpec, where: str):
        weights = spec.entities or DEFAULT_WEIGHTS
        unknown = sorted(set(weights) - entities())
        if unknown:
            known = ", ".join(sorted(entities()))
            raise PolicyError(f"{where}.text.entities: no templates for {unknown[0]} (known: {known})")
        self.spec = spec
        self.weights = Weighted.of({e: w for e, w in sorted(weights.items()) if w > 0})
        self.styles = tuple(spec.styles)

    def make(self, draw: Draw, field: str, locale: str | None, fresh: Callable) -> tuple[str, list[Label]]:
        """`fresh(make_value)` returns a value that is allowed (see rows.RowMaker)."""
        style = draw.choice(self.styles)
        sentences = draw.rng.randint(*self.spec.sentences)
        book = _Book(draw, locale, fresh)
        pieces: list[str] = []
        labels: list[Label] = []
        at = 0
        for n in range(sentences):
            if n:  # notes run on in one paragraph; chat messages each on a line
                joint = "\n" if style == "chat" else " "
                if style == "notes" and _last_char(pieces) not in tuple(".!?"):
                    joint = ". "  # a fragment ("Mobile: ...") ends before the next sentence
                pieces.append(joint)
                at += len(joint)
            template = self._template(draw, style)
            at = _fill(template, book, field, pieces, labels, at)
        return "".join(pieces), labels

    def _template(self, draw: Draw, style: str) -> str:
        by_entity = templates()[style]
        if draw.chance(self.spec.filler):
            return draw.choice(by_entity[FILLER])
        entity = self.weights.pick(draw.rng)
        if entity not in by_entity:  # this style has no sentence about it: use the other
            by_entity = next(t for t in templates().values() if entity in t)
        return draw.choice(by_entity[entity])


def _last_char(pieces: list[str]) -> str:
    return next((p[-1] for p in reversed(pieces) if p), "")


def _fill(template: str, book: "_Book", field: str, pieces: list[str], labels: list[Label], at: int) -> int:
    cursor = 0
    for m in _SLOT.finditer(template):
        literal = template[cursor : m.start()]
        pieces.append(literal)
        at += len(literal)
        entity, value = book.value(m[1], m[2] or "1")
        if m[3] == "lower":
            value = value.lower()
        elif m[3] == "upper":
            value = value.upper()
        pieces.append(value)
        labels.append(Label(field, entity, at, at + len(value)))
        at += len(value)
        cursor = m.end()
    tail = template[cursor:]
    pieces.append(tail)
    return at + len(tail)


class _Book:
    """The values of one text: the same slot and number always give the same value."""

    def __init__(self, draw: Draw, locale: str | None, fresh: Callable):
        self.draw, self.locale, self.fresh = draw, locale, fresh
        self.people: dict[str, values.Person] = {}
        self.cache: dict[tuple[str, str], tuple[str, str]] = {}

    def person(self, number: str) -> values.Person:
        if number not in self.people:
            locale = self.draw.pick_locale(self.locale)
            self.people[number] = self.fresh(lambda: values.person(self.draw, locale),
                                             lambda p: (p.full, p.first, p.last))
        return self.people[number]

    def value(self, slot: str, number: str) -> tuple[str, str]:
        if slot in _PERSON_PARTS:
            return "PERSON", _PERSON_PARTS[slot](self.person(number))
        key = (slot, number)
        if key not in self.cache:
            if slot == "EMAIL_ADDRESS":
                person = self.person(number)
                self.cache[key] = ("EMAIL_ADDRESS", self.fresh(lambda: values.email_for(self.draw, person)))
            else:
                entity, make = SLOTS[slot]
                locale = self.draw.pick_locale(self.locale)
                self.cache[key] = (entity, self.fresh(lambda: values.tidy(make(self.draw, locale))))
        return self.cache[key]
