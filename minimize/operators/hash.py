"""Keyed hashing: the same value gives the same hex digest in every table, file and run."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from minimize.operators._params import check_int, check_str
from minimize.operators.base import Operator, register_operator
from minimize.types import OpContext


@register_operator("hash")
@dataclass(frozen=True)
class Hash(Operator):
    """HMAC-SHA256 of `str(value)` as hex, cut to `length` characters, after `prefix`.

    The digest domain is just "hash" (not the entity or field) so that a
    customer id hashed in two tables still joins. Values are hashed exactly as
    they are: `Alice@x.com` and `alice@x.com` differ. 64 hex characters is the
    full digest; shorter ones collide sooner (16 chars: ~1 in 2^32 pairs).
    """

    keyed: ClassVar[bool] = True

    length: int = 64
    prefix: str = ""

    def __post_init__(self) -> None:
        check_int("length", self.length, 8, 64)
        check_str("prefix", self.prefix)

    def apply(self, value: Any, ctx: OpContext) -> Any:
        if value is None:
            return None
        return self.prefix + ctx.digest("hash", str(value)).hex()[: self.length]
