"""Parse a date while remembering its form, so a new date can be written the same way.

Known forms (whole value, surrounding whitespace kept):

    date / datetime objects          returned as the same type (a datetime keeps its time)
    1985-03-12, 1985-03-12T10:20:30[.fff][Z|+01:00], 1985-03-12 10:20   ISO
    03/12/1985, 3/12/1985            month/day/year (day/month/year when the first part > 12)
    12.03.1985                       day.month.year
    1985/03/12                       year/month/day
    March 12, 1985 / Mar 12 1985     month-name day, year
    12 March 1985 / 12 Mar 1985      day month-name year

Only the date part is ever rewritten: the time of day and time zone of an ISO
datetime are kept verbatim (shifting by whole days never changes them).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

FORMS = "ISO 1985-03-12 (or ISO datetime), 03/12/1985, 12.03.1985, 1985/03/12, March 12, 1985 or 12 March 1985"

# English names on purpose: `calendar.month_name` follows the process locale
_MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_NUM = {name.lower(): i for i, name in enumerate(_MONTHS, 1)}
_MONTH_NUM.update({name[:3].lower(): i for i, name in enumerate(_MONTHS, 1)})
_MONTH_NUM["sept"] = 9
_FULL_NAMES = {name.lower() for name in _MONTHS}
_MONTH_RE = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))

_TIME = r"(?P<rest>[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})" + _TIME)
_SLASH_MDY = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})")
_DOTS_DMY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
_SLASH_YMD = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})")
_NAME_MDY = re.compile(rf"(?P<mon>{_MONTH_RE})(?P<dot>\.?) (?P<d>\d{{1,2}})(?P<comma>,?) (?P<y>\d{{4}})", re.I)
_NAME_DMY = re.compile(rf"(?P<d>\d{{1,2}}) (?P<mon>{_MONTH_RE})(?P<dot>\.?) (?P<y>\d{{4}})", re.I)


@dataclass(frozen=True)
class ParsedDate:
    """`date` is the calendar date; `rebuild(new_date)` writes a date in the original form."""

    date: dt.date
    rebuild: Callable[[dt.date], Any]


def parse_date(value: Any) -> ParsedDate | None:
    """The date in `value` and how to write another one like it; None when not a date."""
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date(), lambda new: dt.datetime.combine(new, value.timetz()))
    if isinstance(value, dt.date):
        return ParsedDate(value, lambda new: new)
    if not isinstance(value, str):
        return None
    core = value.strip()
    lead, trail = value[: len(value) - len(value.lstrip())], value[len(value.rstrip()) :]
    parsed = _parse_core(core)
    if parsed is None:
        return None
    day, render = parsed
    return ParsedDate(day, lambda new: lead + render(new) + trail)


def _parse_core(s: str) -> tuple[dt.date, Callable[[dt.date], str]] | None:
    if m := _ISO.fullmatch(s):
        rest = m["rest"] or ""
        return _make(m["y"], m["m"], m["d"], lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}{rest}")
    if m := _SLASH_MDY.fullmatch(s):
        a, b = int(m["a"]), int(m["b"])
        pad = _padded(m["a"], m["b"])
        if a > 12:  # cannot be a month: day/month/year
            return _make(m["y"], b, a, lambda d: f"{_n(d.day, pad)}/{_n(d.month, pad)}/{d.year:04d}")
        return _make(m["y"], a, b, lambda d: f"{_n(d.month, pad)}/{_n(d.day, pad)}/{d.year:04d}")
    if m := _DOTS_DMY.fullmatch(s):
        pad = _padded(m["d"], m["m"])
        return _make(m["y"], m["m"], m["d"], lambda d: f"{_n(d.day, pad)}.{_n(d.month, pad)}.{d.year:04d}")
    if m := _SLASH_YMD.fullmatch(s):
        pad = _padded(m["m"], m["d"])
        return _make(m["y"], m["m"], m["d"], lambda d: f"{d.year:04d}/{_n(d.month, pad)}/{_n(d.day, pad)}")
    if m := _NAME_MDY.fullmatch(s):
        name, comma = _month_namer(m["mon"], m["dot"]), m["comma"]
        return _make(m["y"], _MONTH_NUM[m["mon"].lower()], m["d"], lambda d: f"{name(d.month)} {d.day}{comma} {d.year:04d}")
    if m := _NAME_DMY.fullmatch(s):
        name = _month_namer(m["mon"], m["dot"])
        return _make(m["y"], _MONTH_NUM[m["mon"].lower()], m["d"], lambda d: f"{d.day} {name(d.month)} {d.year:04d}")
    return None


def _make(y, m, d, render):
    try:
        return dt.date(int(y), int(m), int(d)), render
    except ValueError:  # e.g. 1985-02-30: looks like a date, is not one
        return None


def _padded(*parts: str) -> bool:
    # "3/7/1985" stays unpadded; "03/07/1985" or "12/25/1985" gets two digits
    return all(len(p) == 2 for p in parts)


def _n(number: int, pad: bool) -> str:
    return f"{number:02d}" if pad else str(number)


def _month_namer(original: str, dot: str) -> Callable[[int], str]:
    """Write month names as the original did: full or 3-letter, and its letter case."""
    short = original.lower() not in _FULL_NAMES
    case = str.upper if original.isupper() else (str.lower if original.islower() else str)

    def name(month: int) -> str:
        full = _MONTHS[month - 1]
        return case(full[:3] if short else full) + (dot if short else "")

    return name
