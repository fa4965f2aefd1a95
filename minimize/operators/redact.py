"""The simplest operators: redact, replace, drop and keep."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from minimize.operators._params import check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext


def _empty_like(value: Any) -> Any:
    # text loses its content; a number or date has no "empty" form, so it becomes null
    return "" if isinstance(value, str) else None


@register_operator("redact")
@dataclass(frozen=True)
class Redact(Operator):
    """Remove the value: "" for text (a span disappears from the sentence), None otherwise."""

    def apply(self, value: Any, ctx: OpContext) -> Any:
        return None if value is None else _empty_like(value)


@register_operator("replace")
@dataclass(frozen=True)
class Replace(Operator):
    """Replace with a fixed text; by default `<ENTITY_TYPE>`, or `<REDACTED>` without one."""

    value: str | None = None

    def __post_init__(self) -> None:
        if self.value is not None:
            check_str("value", self.value)

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        if self.value is not None:
            return self.value
        return f"<{ctx.entity_type or 'REDACTED'}>"


@register_operator("drop")
@dataclass(frozen=True)
class Drop(Operator):
    """Drop the value. The engine removes whole fields itself; on a span this removes the text."""

    for_spans: ClassVar[bool] = True

    def apply(self, value: Any, ctx: OpContext) -> Any:
        return None if value is None else _empty_like(value)


@register_operator("keep")
@dataclass(frozen=True)
class Keep(Operator):
    """Keep the value as it is (an explicit, audited decision to keep it)."""

    def apply(self, value: Any, ctx: OpContext) -> Any:
        return value
