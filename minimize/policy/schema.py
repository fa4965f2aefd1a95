"""The policy YAML as pydantic models: its shape, nothing more.

Operator parameters are not typed here: each operator validates its own in
`__post_init__` when the policy is compiled (see compile.py), so a parameter is
described in exactly one place.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from minimize.detection.config import DEFAULT_MODEL

Mode = Literal["strict", "standard", "permissive"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DetectionSpec(_Strict):
    model: str = DEFAULT_MODEL
    language: str = "en"
    #: None: the mode decides (strict favours recall, permissive precision)
    score_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    entities: list[str] | None = None
    #: None: the default packs (recognizers/core.yaml); [] for none
    packs: list[str] | None = None
    deny_lists: dict[str, list[str]] = Field(default_factory=dict)
    allow_list: list[str] = Field(default_factory=list)
    #: at most spaCy's nlp.max_length (1,000,000): no chunk handed to spaCy may exceed it
    chunk_size: int = Field(default=20_000, ge=1_000, le=1_000_000)
    chunk_overlap: int = Field(default=200, ge=0)


class RuleSpec(BaseModel):
    """`{action: NAME, entity: TYPE, why: TEXT, **operator parameters}`."""

    model_config = ConfigDict(extra="allow", frozen=True)

    action: str
    entity: str | None = None
    #: a human reason, shown by `check` and in the report
    why: str | None = None

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class PolicySpec(_Strict):
    version: Literal[1] = 1
    mode: Mode = "strict"
    id_field: str = "id"
    key: str = "env:MINIMIZE_KEY"
    detection: DetectionSpec = Field(default_factory=DetectionSpec)
    fields: dict[str, RuleSpec] = Field(default_factory=dict)
    entities: dict[str, RuleSpec] = Field(default_factory=dict)
    quasi_identifiers: list[str] = Field(default_factory=list)
    min_k: int | None = Field(default=None, ge=2)
    sensitive_field: str | None = None

    @field_validator("key")
    @classmethod
    def _key_is_a_source(cls, value: str) -> str:
        kind, _, name = value.partition(":")
        if kind not in ("env", "file") or not name:
            raise ValueError(
                "must be 'env:NAME' or 'file:PATH' (the key itself never goes in the policy)"
            )
        return value
