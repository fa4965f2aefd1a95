"""Numbered placeholders: `<PERSON_1>`, `<PERSON_2>`, consistent within one record.

The same value (compared trimmed and case-folded) gets the same number wherever
it appears in the record, in any field; numbering is per entity type, in order
of first appearance. Numbers restart with every record, so they link nothing
across records (use `hash` or `synthesize` for that).
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from minimize.errors import PolicyError
from minimize.operators._params import check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext

_STATE_KEY = "placeholders"  # in ctx.state: {"ids": {(entity, value): n}, "counts": {entity: n}}
_FIELDS = {"entity", "n"}


@register_operator("placeholder")
@dataclass(frozen=True)
class Placeholder(Operator):
    """`format` may use `{entity}` and `{n}`; `entity` overrides the detected entity type."""

    format: str = "<{entity}_{n}>"
    entity: str | None = None

    def __post_init__(self) -> None:
        check_str("format", self.format)
        if self.entity is not None:
            check_str("entity", self.entity, allow_empty=False)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(self.format) if name is not None}
            self.format.format(entity="X", n=1)
        except (ValueError, KeyError, IndexError, AttributeError):
            names = {"?"}
        if not names or names - _FIELDS:
            raise PolicyError(
                f"format: may only use {{entity}} and {{n}} (and needs one of them), got {self.format!r}; "
                "e.g. '<{entity}_{n}>'"
            )

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        entity = self.entity or ctx.entity_type or "REDACTED"
        state = ctx.state.setdefault(_STATE_KEY, {"ids": {}, "counts": {}})
        key = (entity, " ".join(str(value).split()).casefold())
        n = state["ids"].get(key)
        if n is None:
            n = state["counts"].get(entity, 0) + 1
            state["counts"][entity] = n
            state["ids"][key] = n
        return self.format.format(entity=entity, n=n)
