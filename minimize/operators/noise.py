"""Laplace noise on numbers, deterministic per (record, field).

This is per-record (local) noise: each value gets Laplace(0, b) noise with
scale b = sensitivity / epsilon, so a smaller epsilon means more noise (the
mean absolute change is b). It is not a dataset-level differential-privacy
guarantee: no privacy budget is tracked across fields, queries or releases.

The noise is seeded from the key, the record id and the field, so a re-run
gives byte-identical output and re-running cannot average the noise away.
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from minimize.errors import OperatorError, PolicyError
from minimize.operators._params import check_int, check_number, check_one_of, set_field
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext

_INT_TEXT = re.compile(r"\s*[-+]?\d+\s*")


@register_operator("noise")
@dataclass(frozen=True)
class Noise(Operator):
    """`clamp: [lo, hi]` bounds the result (applied after the noise, so values pile up
    at the bounds); `decimals` rounds it. Ints come out as ints unless `decimals` > 0,
    floats as floats, numeric text as text."""

    keyed: ClassVar[bool] = True

    mechanism: str = "laplace"
    epsilon: float | None = None
    sensitivity: float = 1.0
    clamp: tuple[float, float] | None = None
    decimals: int | None = None

    def __post_init__(self) -> None:
        check_one_of("mechanism", self.mechanism, ("laplace",))
        if self.epsilon is None:
            raise PolicyError("epsilon: required, a number > 0 (smaller = more noise), e.g. epsilon: 1.0")
        check_number("epsilon", self.epsilon, positive=True)
        check_number("sensitivity", self.sensitivity, positive=True)
        if self.clamp is not None:
            set_field(self, "clamp", _check_clamp(self.clamp))
        if self.decimals is not None:
            check_int("decimals", self.decimals, -9, 12)

    @property
    def scale(self) -> float:
        return self.sensitivity / self.epsilon

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        number, is_int = _read(value)
        rng = random.Random(ctx.digest("noise", ctx.record_id, ctx.field))
        # the difference of two exponentials is Laplace(0, b); never takes log(0)
        noisy = number + rng.expovariate(1 / self.scale) - rng.expovariate(1 / self.scale)
        if self.clamp is not None:
            noisy = min(max(noisy, self.clamp[0]), self.clamp[1])
        result = self._round(noisy, is_int)
        if isinstance(value, Decimal):
            # a Decimal stays a Decimal with the input's scale (a Parquet decimal(p, s) column keeps its type)
            return Decimal(repr(result)).quantize(Decimal((0, (1,), value.as_tuple().exponent)))
        if isinstance(value, str):
            return f"{result:.{self.decimals}f}" if isinstance(result, float) and self.decimals else str(result)
        return result

    def _round(self, x: float, is_int: bool) -> int | float:
        if self.decimals is None:
            return int(round(x)) if is_int else x
        rounded = round(x, self.decimals)
        return int(rounded) if self.decimals <= 0 else rounded


def _read(value: Any) -> tuple[float, bool]:
    """The number in `value` and whether it is a whole-number type (int or integer text)."""
    if isinstance(value, bool):
        raise OperatorError("noise: value is a boolean, not a number")
    if isinstance(value, int):
        return float(value), True
    if isinstance(value, float) and math.isfinite(value):
        return value, False
    if isinstance(value, Decimal) and value.is_finite():
        return float(value), False
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            raise OperatorError("noise: value is not a number") from None
        if math.isfinite(number):
            return number, bool(_INT_TEXT.fullmatch(value))
    raise OperatorError("noise: value is not a finite number")


def _check_clamp(clamp: Any) -> tuple[float, float]:
    if isinstance(clamp, (str, bytes)) or not hasattr(clamp, "__len__") or len(clamp) != 2:
        raise PolicyError("clamp: must be two numbers [lo, hi], e.g. clamp: [0, 200000]")
    lo, hi = (check_number("clamp", bound) for bound in clamp)
    if not lo < hi:
        raise PolicyError(f"clamp: lo must be less than hi, got [{lo:g}, {hi:g}]")
    return lo, hi
