"""The synth schema YAML as pydantic models: what each generated field holds.

A field is exactly one kind of value:

    entity: PERSON                  PII made by our generator for that entity type; labeled
    provider: company               a Faker provider (with `args`); labeled only when `entity` is set too
    categories: {retail: 6, smb: 3}  non-PII values drawn by weight (a list means equal weights)
    number: {min: 0, max: 10}       uniform, normal (mean/std, clipped to min/max) or empirical (quantiles)
    date: {start: 2020-01-01, end: 2024-12-31, format: "%Y-%m-%d"}
    text: {sentences: [1, 3]}       free text from templates with PII embedded; every PII span labeled
    sequence: {prefix: "c-"}        "c-1", "c-2", ... by row number (record ids)
    pattern: "CUST-######"          `#` a digit, `?` an upper-case letter, `~` a lower-case one
    object: {street: {...}, ...}    a nested object of fields
    list: {item: {...}, lengths: {0: 1, 2: 3}}   a list of `item`s, its length drawn by weight

plus `null_rate` (0-1) and `locale` (a Faker locale) on any field. An `entity`
field may take its values from a `provider`, `categories`, a `number`, a `date`
range or a `pattern`, or (PHONE_NUMBER) `formats` such as `"(###) ###-####"`;
it is labeled either way.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, List, Literal

from faker.config import AVAILABLE_LOCALES
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_ENTITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
KINDS = ("entity", "provider", "categories", "number", "date", "text", "sequence", "pattern", "object", "list")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_locale(value: str | None) -> str | None:
    if value is not None and value not in AVAILABLE_LOCALES:
        raise ValueError(f"unknown Faker locale {value!r} (e.g. en_US, en_GB, de_DE, fr_FR)")
    return value


class NumberSpec(_Strict):
    distribution: Literal["uniform", "normal", "empirical"] = "uniform"
    min: float | None = None
    max: float | None = None
    mean: float | None = None
    std: float | None = Field(default=None, gt=0)
    #: empirical: values at equally spaced quantiles (0%, ..., 100%), interpolated between
    quantiles: list[float] | None = None
    #: 0 writes whole numbers (ints)
    decimals: int = Field(default=0, ge=0, le=10)

    @model_validator(mode="after")
    def _complete(self) -> "NumberSpec":
        need = {"uniform": ("min", "max"), "normal": ("mean", "std"), "empirical": ("quantiles",)}
        missing = [name for name in need[self.distribution] if getattr(self, name) is None]
        if missing:
            raise ValueError(f"a {self.distribution} number needs {' and '.join(missing)}")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        if self.quantiles is not None and (len(self.quantiles) < 2 or self.quantiles != sorted(self.quantiles)):
            raise ValueError("quantiles must be at least 2 numbers in increasing order")
        return self


class DateSpec(_Strict):
    start: dt.date
    end: dt.date
    #: strftime format; null writes a date object (a Parquet date, an ISO string in JSONL/CSV)
    format: str | None = "%Y-%m-%d"

    @model_validator(mode="after")
    def _ordered(self) -> "DateSpec":
        if self.start > self.end:
            raise ValueError(f"start ({self.start}) is after end ({self.end})")
        return self


class TextSpec(_Strict):
    #: how many sentences: [min, max]
    sentences: tuple[int, int] = (1, 3)
    #: share of sentences with no PII at all (plain prose: a detector must leave it alone)
    filler: float = Field(default=0.25, ge=0, le=1)
    #: entity -> weight: which PII the sentences carry (default: every entity the templates know)
    entities: dict[str, float] | None = None
    #: template style: `notes` (staff notes, tickets), `chat` (lower-case, informal), or both
    styles: list[Literal["notes", "chat"]] = Field(default_factory=lambda: ["notes", "chat"])

    @field_validator("sentences")
    @classmethod
    def _range(cls, value: tuple[int, int]) -> tuple[int, int]:
        if not 1 <= value[0] <= value[1] <= 50:
            raise ValueError("sentences must be [min, max] with 1 <= min <= max <= 50")
        return value


class SequenceSpec(_Strict):
    prefix: str = ""
    start: int = 1


class ListSpec(_Strict):
    item: "FieldSpec"
    #: length -> weight
    lengths: dict[int, float] = Field(default_factory=lambda: {0: 1, 1: 2, 2: 2, 3: 1})


class FieldSpec(_Strict):
    entity: str | None = None
    provider: str | None = None
    args: dict[str, Any] = Field(default_factory=dict)
    categories: dict[str, float] | List[Any] | None = None  # `List`: the field `list` shadows the builtin here
    number: NumberSpec | None = None
    date: DateSpec | None = None
    text: TextSpec | None = None
    sequence: SequenceSpec | None = None
    pattern: str | None = None
    #: PHONE_NUMBER shapes, `#` for a digit, with weights: {"(###) ###-####": 3, "+44 #### ######": 1}
    formats: dict[str, float] | None = None
    object: dict[str, "FieldSpec"] | None = None
    list: ListSpec | None = None
    null_rate: float = Field(default=0.0, ge=0, le=1)
    locale: str | None = None

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str | None) -> str | None:
        return _check_locale(value)

    @model_validator(mode="after")
    def _one_kind(self) -> "FieldSpec":
        if self.entity is not None and not _ENTITY.match(self.entity):
            raise ValueError(f"entity must be UPPER_SNAKE like PERSON, got {self.entity!r}")
        kinds = [k for k in KINDS if getattr(self, k) is not None]
        # an entity may be made by a provider, drawn from categories or numbers, in a date range or to a pattern
        narrowed = kinds[:1] == ["entity"] and len(kinds) == 2 and kinds[1] in (
            "provider", "categories", "number", "date", "pattern")
        if len(kinds) != 1 and not narrowed:
            got = " and ".join(kinds) or "none"
            raise ValueError(f"a field takes exactly one of {', '.join(KINDS)}; got {got}")
        if self.formats is not None and self.entity != "PHONE_NUMBER":
            raise ValueError("formats applies to entity: PHONE_NUMBER")
        if isinstance(self.categories, dict) and (not self.categories or min(self.categories.values()) < 0):
            raise ValueError("categories need at least one value and weights >= 0")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)


class SynthSchema(_Strict):
    version: Literal[1] = 1
    #: the default Faker locale
    locale: str = "en_US"
    #: locale -> weight for PII values (names, addresses, phones): an international mix
    locales: dict[str, float] | None = None
    #: the field that holds the record id (labels name records by it); added as a
    #: sequence `r-1`, `r-2`, ... when the schema does not define it
    id_field: str = "id"
    fields: dict[str, FieldSpec]

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        return _check_locale(value)

    @field_validator("locales")
    @classmethod
    def _locales(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        for name in value or {}:
            _check_locale(name)
        return value

    @field_validator("fields")
    @classmethod
    def _not_empty(cls, value: dict[str, FieldSpec]) -> dict[str, FieldSpec]:
        if not value:
            raise ValueError("list at least one field")
        return value

    def with_id(self) -> "SynthSchema":
        """The schema with its id field (a sequence first, when missing)."""
        if self.id_field in self.fields:
            return self
        fields = {self.id_field: FieldSpec(sequence=SequenceSpec(prefix="r-")), **self.fields}
        return self.model_copy(update={"fields": fields})


ListSpec.model_rebuild()
FieldSpec.model_rebuild()
