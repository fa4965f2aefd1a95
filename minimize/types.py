"""Boundary types shared by every layer. Standard library only.

Nothing here holds a raw value beyond the lifetime of one record: findings and
audit events carry offsets, scores and keyed digests, never the text itself.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Mapping


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of PII found in a text: character offsets into the original value."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """A span located in a record: the `scan` findings contract."""

    record_id: str
    field: str
    entity_type: str
    start: int | None
    end: int | None
    score: float | None
    recognizer: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One transformation of one value: the audit contract. Never the value itself."""

    record_id: str
    field: str
    entity_type: str | None
    start: int | None
    end: int | None
    score: float | None
    recognizer: str | None
    operator: str
    rule: str
    value_digest: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be processed: the rejected contract.

    `error` is an error class and a message that never quotes record content.
    """

    source: str | None
    position: int | None
    record_id: str | None
    stage: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Record:
    """An input record with where it came from (for ids and rejected entries)."""

    record_id: str
    data: Mapping[str, Any]
    source: str | None = None
    position: int | None = None


@dataclass(frozen=True)
class OpContext:
    """What an operator may know about the value it transforms.

    `digest(*parts)` is the keyed HMAC of the parts (raises when no key is
    configured); `record` is the original record, read-only by convention;
    `state` is scratch space shared by all operators within one record (used
    by placeholders to number values consistently).
    """

    record_id: str
    field: str
    entity_type: str | None
    digest: Callable[..., bytes]
    record: Mapping[str, Any] = field(default_factory=dict)
    state: dict = field(default_factory=dict)
