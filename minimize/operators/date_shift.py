"""Shift dates by a keyed offset per subject, so intervals within one subject survive.

Every date of one subject (a patient, a customer) moves by the same number of
days, between -max_days and +max_days and never 0, derived from the key and the
subject: admission-to-discharge stays 3 days, while the calendar dates no longer
match anything outside the data. A different key gives unrelated offsets.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from minimize.errors import OperatorError, PolicyError
from minimize.operators._dates import FORMS, parse_date
from minimize.operators._params import check_int, check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext

_MISSING = object()


@register_operator("date_shift")
@dataclass(frozen=True)
class DateShift(Operator):
    """`subject_field` names the record field (dotted path `a.b`) that identifies the
    subject; by default it is the record id, so each record is its own subject.
    The value keeps its type and, for text, its format (see `_dates`)."""

    keyed: ClassVar[bool] = True

    max_days: int = 365
    subject_field: str | None = None

    def __post_init__(self) -> None:
        check_int("max_days", self.max_days, 1, 3650)
        if self.subject_field is not None:
            check_str("subject_field", self.subject_field, allow_empty=False)
            if any(not part for part in self.subject_field.split(".")):
                raise PolicyError(f"subject_field: empty part in path {self.subject_field!r}; use a.b")

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        parsed = parse_date(value)
        if parsed is None:
            raise OperatorError(f"date_shift: value is not a date in a known format ({FORMS})")
        days = self.offset(self._subject(ctx), ctx)
        try:
            return parsed.rebuild(parsed.date + dt.timedelta(days=days))
        except OverflowError:
            raise OperatorError("date_shift: shifted date is outside years 1-9999") from None

    def offset(self, subject: str, ctx: OpContext) -> int:
        """The subject's shift in days: uniform over [-max_days, -1] and [1, max_days]."""
        k = int.from_bytes(ctx.digest("date_shift", subject)[:8], "big") % (2 * self.max_days)
        return k - self.max_days if k < self.max_days else k - self.max_days + 1

    def _subject(self, ctx: OpContext) -> str:
        if self.subject_field is None:
            return ctx.record_id
        node: Any = ctx.record
        for part in self.subject_field.split("."):
            node = node.get(part, _MISSING) if isinstance(node, Mapping) else _MISSING
            if node is _MISSING:
                break
        if node is _MISSING or node is None or node == "":
            raise OperatorError(f"date_shift: subject_field '{self.subject_field}' is missing or empty in this record")
        return str(node)
