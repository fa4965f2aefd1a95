"""Generalization: make a value coarser (a year, an age band, a bin, a zip prefix, fewer decimals).

Exactly one mode per operator:

    to: year        date -> the year; "1985" for text, 1985 (int) for date objects
    to: year_month  date -> "1985-03"
    to: decade      date -> "1980s"
    to: age_band    date of birth (or a numeric age) -> "30-39", age at `as_of`
                    (default: the day the policy is compiled) in bands of `band` years (10)
    bins: [0, 18, 30, 45, 65, 120]
                    number -> its bin: "30-44" when every edge is an integer (inclusive
                    integer range, hi-1), "[30.5, 45)" otherwise; "<0" below the first edge,
                    ">=120" at or above the last
    keep_digits: 3  zip / postcode -> the first 3 letters or digits, every later letter or
                    digit as "*", separators kept ("94107" -> "941**", "SW1A 1AA" -> "SW1* ***",
                    "94" -> "94": it shows no more than the policy allows);
                    a US ZIP+4 loses its "-1234" block first ("94107-1234" -> "941**");
                    an int zip is read as 5 digits (2134 -> "02134" -> "021**")
    precision: 2    every decimal number in the value rounded to 2 places: a float stays a
                    float, text keeps its other characters ("37.77493,-122.41942" -> "37.77,-122.42")

Dates are read in the forms `minimize.operators._dates` knows. Text results are
always strings; empty text stays empty. A value that does not fit the mode
raises OperatorError naming the expected form, never the value.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from minimize.errors import OperatorError, PolicyError
from minimize.operators._dates import FORMS, parse_date
from minimize.operators._params import check_int, check_number, check_one_of, set_field
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext

TO = ("year", "year_month", "decade", "age_band")
_MODES = ("to", "bins", "keep_digits", "precision")
_ZIP_PLUS4 = re.compile(r"(\d{5})-\d{4}")
_DECIMAL = re.compile(r"-?\d+\.\d+")


@register_operator("generalize")
@dataclass(frozen=True)
class Generalize(Operator):
    """Exactly one of `to`, `bins`, `keep_digits`, `precision`; see the module docstring."""

    to: str | None = None
    bins: tuple[float, ...] | None = None
    keep_digits: int | None = None
    precision: int | None = None
    as_of: dt.date | None = None
    band: int | None = None

    def __post_init__(self) -> None:
        chosen = [m for m in _MODES if getattr(self, m) is not None]
        if len(chosen) != 1:
            got = "none" if not chosen else " and ".join(chosen)
            raise PolicyError(
                f"{(chosen or ['to'])[-1]}: generalize takes exactly one of to, bins, keep_digits, "
                f"precision; got {got}"
            )
        if self.to is not None:
            check_one_of("to", self.to, TO)
        if self.bins is not None:
            set_field(self, "bins", _check_bins(self.bins))
        if self.keep_digits is not None:
            check_int("keep_digits", self.keep_digits, 1, 5)
        if self.precision is not None:
            check_int("precision", self.precision, 0, 6)
        for name in ("as_of", "band"):
            if getattr(self, name) is not None and self.to != "age_band":
                raise PolicyError(f"{name}: only used with to: age_band; remove it")
        if self.to == "age_band":
            set_field(self, "as_of", _check_as_of(self.as_of))
            set_field(self, "band", check_int("band", 10 if self.band is None else self.band, 1, 100))

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return value  # nothing to generalize
        if self.to == "age_band":
            return self._age_band(value)
        if self.to is not None:
            return self._date(value)
        if self.bins is not None:
            return _bin(self.bins, _number(value, "bins"))
        if self.keep_digits is not None:
            return _keep_digits(value, self.keep_digits)
        return self._round(value)

    def _date(self, value: Any) -> Any:
        parsed = parse_date(value)
        if parsed is None:
            raise OperatorError(f"generalize to={self.to}: value is not a date in a known format ({FORMS})")
        d = parsed.date
        if self.to == "year":
            return str(d.year) if isinstance(value, str) else d.year
        if self.to == "year_month":
            return f"{d.year:04d}-{d.month:02d}"
        return f"{d.year // 10 * 10}s"

    def _age_band(self, value: Any) -> str:
        parsed = parse_date(value)
        if parsed is not None:
            born, today = parsed.date, self.as_of
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        else:
            age = _number(value, "to=age_band", expected="a date of birth or an age in years")
        if not 0 <= age < 200:
            raise OperatorError("generalize to=age_band: age is outside 0-199 (date after as_of?)")
        lo = int(age) // self.band * self.band
        return str(lo) if self.band == 1 else f"{lo}-{lo + self.band - 1}"

    def _round(self, value: Any) -> Any:
        if isinstance(value, bool):
            raise OperatorError("generalize precision: value is not a number")
        if isinstance(value, int):
            return value  # already has no decimals
        if isinstance(value, float):
            if not math.isfinite(value):
                raise OperatorError("generalize precision: value is not a finite number")
            return round(value, self.precision)
        if isinstance(value, str):
            rounded, count = _DECIMAL.subn(lambda m: f"{float(m[0]):.{self.precision}f}", value)
            if count:
                return rounded
            if _is_int_text(value):
                return value
        raise OperatorError("generalize precision: value is not a number or text holding decimal numbers")


def _check_bins(bins: Any) -> tuple[float, ...]:
    if isinstance(bins, (str, bytes)) or not hasattr(bins, "__iter__"):
        raise PolicyError("bins: must be a list of numbers, e.g. [0, 18, 30, 45, 65, 120]")
    edges = tuple(bins)
    for edge in edges:
        check_number("bins", edge)
    if len(edges) < 2:
        raise PolicyError(f"bins: needs at least 2 edges, got {len(edges)}")
    if any(b <= a for a, b in zip(edges, edges[1:])):
        raise PolicyError(f"bins: edges must be strictly increasing, got {list(edges)}")
    return edges


def _check_as_of(as_of: Any) -> dt.date:
    # resolved once at compile time, so one job uses one reference day
    if as_of is None:
        return dt.date.today()
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    if isinstance(as_of, str):
        try:
            return dt.date.fromisoformat(as_of.strip())
        except ValueError:
            pass
    raise PolicyError(f"as_of: must be a date like 2024-01-31, got {as_of!r}")


def _number(value: Any, mode: str, expected: str = "a number") -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise OperatorError(f"generalize {mode}: value is not {expected}") from None
    else:
        raise OperatorError(f"generalize {mode}: value is not {expected}")
    if not math.isfinite(number):
        raise OperatorError(f"generalize {mode}: value is not a finite number")
    return number


def _bin(edges: tuple[float, ...], x: float) -> str:
    if x < edges[0]:
        return f"<{_num(edges[0])}"
    if x >= edges[-1]:
        return f">={_num(edges[-1])}"
    integral = all(float(e).is_integer() for e in edges)
    for lo, hi in zip(edges, edges[1:]):
        if lo <= x < hi:
            if not integral:
                return f"[{_num(lo)}, {_num(hi)})"
            top = int(hi) - 1
            return _num(lo) if top == int(lo) else f"{_num(lo)}-{top}"
    raise AssertionError("unreachable: edges cover [first, last)")


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _keep_digits(value: Any, n: int) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise OperatorError("generalize keep_digits: value is not a zip or postal code")
    text = f"{value:05d}" if isinstance(value, int) and value >= 0 else str(value).strip()
    if m := _ZIP_PLUS4.fullmatch(text):
        text = m[1]
    kept = 0
    out = []
    for c in text:
        if c.isalnum():
            kept += 1
            out.append(c if kept <= n else "*")
        else:
            out.append(c)
    # a code no longer than n characters comes back whole: it shows no more than the policy allows
    return "".join(out)


def _is_int_text(value: str) -> bool:
    return bool(re.fullmatch(r"\s*-?\d+\s*", value))
