"""Mask characters of a value, keeping a few at either end: `***-***-**67`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from minimize.errors import PolicyError
from minimize.operators._params import check_bool, check_int, check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext


@register_operator("mask")
@dataclass(frozen=True)
class Mask(Operator):
    """Replace characters by `char`, keeping `keep_first` / `keep_last` of them.

    With `keep_separators` (the default) only letters and digits are masked and
    counted, so punctuation and spaces keep the shape (`555-123-4567`, keep_last 2
    -> `***-***-**67`). Without it every character is masked and counted. When
    the kept characters would cover the whole value, everything is masked: a
    mask never returns the value unchanged. Non-strings are masked as `str(value)`.
    """

    char: str = "*"
    keep_first: int = 0
    keep_last: int = 0
    keep_separators: bool = True

    def __post_init__(self) -> None:
        check_str("char", self.char)
        if len(self.char) != 1:
            raise PolicyError(f"char: must be exactly 1 character, got {len(self.char)}")
        check_int("keep_first", self.keep_first, 0, 10_000)
        check_int("keep_last", self.keep_last, 0, 10_000)
        check_bool("keep_separators", self.keep_separators)

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        text = str(value)
        maskable = [i for i, c in enumerate(text) if c.isalnum() or not self.keep_separators]
        keep = set()
        if self.keep_first + self.keep_last < len(maskable):
            keep.update(maskable[: self.keep_first])
            keep.update(maskable[len(maskable) - self.keep_last :])
        hidden = set(maskable) - keep
        return "".join(self.char if i in hidden else c for i, c in enumerate(text))
