"""Operators: one small module per family, each registered by name on import.

Importing this package fills `OPERATORS`; `build_operator(name, params)` is
how the policy compiler makes instances.
"""
from minimize.operators.base import OPERATORS, Operator, build_operator, register_operator
from minimize.operators import (  # noqa: F401  (imported for registration)
    date_shift,
    generalize,
    hash,
    mask,
    noise,
    placeholder,
    redact,
    synthesize,
)

__all__ = ["OPERATORS", "Operator", "build_operator", "register_operator"]
