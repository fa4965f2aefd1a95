"""The operator protocol and its registry.

An operator is a small frozen dataclass, validated once in `__post_init__`
(raising `PolicyError("param: what is wrong, and how to fix it")`; the policy
compiler prefixes the YAML path), and registered by name. `apply` takes the
original value (a span's text, or a whole field value of any JSON/Parquet type)
and returns the replacement. It must never put the value in an exception.
"""
from __future__ import annotations

import abc
import dataclasses
from typing import Any, ClassVar

from minimize.errors import PolicyError
from minimize.registry import Registry
from minimize.types import OpContext

OPERATORS: Registry[type["Operator"]] = Registry("operator")


class Operator(abc.ABC):
    name: ClassVar[str] = ""
    #: needs the secret key (hash, synthesize, date_shift, noise)
    keyed: ClassVar[bool] = False
    #: can replace a span inside free text (drop/keep are whole-field only in spirit,
    #: but they still work on spans: drop removes the text, keep leaves it)
    for_spans: ClassVar[bool] = True

    @abc.abstractmethod
    def apply(self, value: Any, ctx: OpContext) -> Any:
        """Return the replacement for `value`."""

    def describe(self) -> dict[str, Any]:
        """The parameters, for `minimize check` and the report."""
        return dataclasses.asdict(self) if dataclasses.is_dataclass(self) else {}


def register_operator(name: str):
    def decorate(cls: type[Operator]) -> type[Operator]:
        cls.name = name
        return OPERATORS.register(name)(cls)

    return decorate


def build_operator(name: str, params: dict[str, Any]) -> Operator:
    """Instantiate operator `name` with `params`; unknown parameters are PolicyErrors."""
    cls = OPERATORS.get(name)
    known = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    unknown = sorted(set(params) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise PolicyError(f"{unknown[0]}: not a parameter of '{name}' (allowed: {allowed})")
    missing = sorted(
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and f.name not in params
    ) if dataclasses.is_dataclass(cls) else []
    if missing:
        raise PolicyError(f"{missing[0]}: required by '{name}'")
    return cls(**params)
