"""Shared test helpers: keys and a context builder."""
from __future__ import annotations

from typing import Any, Callable

from minimize.keys import SecretKey
from minimize.types import OpContext

KEY = SecretKey(b"k" * 32)
OTHER_KEY = SecretKey(b"o" * 32)


def make_ctx(
    entity: str | None = None,
    *,
    record_id: str = "r-1",
    field: str = "f",
    key: SecretKey | None = KEY,
    digest: Callable[..., bytes] | None = None,
    record: dict[str, Any] | None = None,
    state: dict | None = None,
) -> OpContext:
    return OpContext(
        record_id=record_id,
        field=field,
        entity_type=entity,
        digest=digest or key.digest,
        record=record if record is not None else {},
        state=state if state is not None else {},
    )


def assert_clean(exc: BaseException, value: Any) -> None:
    """The error neither quotes the value nor chains an exception that might."""
    assert str(value) not in str(exc)
    assert exc.__cause__ is None
    assert exc.__context__ is None or exc.__suppress_context__
