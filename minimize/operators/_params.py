"""Parameter checks shared by the operators: one place for the wording of policy errors.

Each helper raises `PolicyError("param: what is wrong, how to fix")`. The
values quoted are policy settings, never record data.
"""
from __future__ import annotations

import math
from typing import Any

from minimize.errors import PolicyError


def check_int(name: str, value: Any, lo: int, hi: int) -> int:
    # bool is an int subclass; `keep_last: true` is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(f"{name}: must be a whole number from {lo} to {hi}, got {value!r}")
    if not lo <= value <= hi:
        span = f"{lo}-{hi}" if lo >= 0 else f"from {lo} to {hi}"
        raise PolicyError(f"{name}: must be {span}, got {value}")
    return value


def check_number(name: str, value: Any, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PolicyError(f"{name}: must be a finite number, got {value!r}")
    if positive and value <= 0:
        raise PolicyError(f"{name}: must be greater than 0, got {value}")
    return float(value)


def check_bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise PolicyError(f"{name}: must be true or false, got {value!r}")
    return value


def check_str(name: str, value: Any, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise PolicyError(f"{name}: must be a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise PolicyError(f"{name}: must not be empty")
    return value


def check_one_of(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise PolicyError(f"{name}: must be one of {', '.join(choices)}, got {value!r}")
    return value


def set_field(obj: object, name: str, value: Any) -> None:
    """Store a normalised parameter on a frozen dataclass (list -> tuple, etc.)."""
    object.__setattr__(obj, name, value)
