"""Loading synth schemas and synth job specs (`pipelines/synthetic_test_data.yaml`).

A synth job spec names a schema and how much to make:

    name: synthetic_test_data
    schema: ../sample_data/synth_schema.yaml   # relative to the spec file
    rows: 100000
    seed: 7
    format: jsonl                              # jsonl | csv | parquet
    output: out/synthetic_test_data            # relative to the working directory
    workers: 2                                 # optional; `beam: [...]` passes Beam options through
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from minimize.errors import PolicyError
from minimize.policy.compile import first_error, read_yaml
from minimize.synth.schema import SynthSchema


class SynthSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    schema_path: str = Field(alias="schema")
    rows: int = Field(ge=0)
    seed: int = 0
    format: Literal["jsonl", "csv", "parquet"] = "jsonl"
    output: str
    workers: int = Field(default=1, ge=1)
    runner: str = "DirectRunner"
    beam: list[str] = Field(default_factory=list)


def load_schema(path: str | Path) -> SynthSchema:
    data = read_yaml(path, "synth schema")
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: a synth schema is a mapping with `fields` (see sample_data/synth_schema.yaml)")
    try:
        return SynthSchema.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{path}: {first_error(exc)}") from None


def load_spec(path: str | Path) -> tuple[SynthSpec, SynthSchema]:
    """The spec and its schema (the schema path is relative to the spec's folder)."""
    data = read_yaml(path, "synth job spec")
    if not isinstance(data, dict) or "schema" not in data:
        raise PolicyError(f"{path}: a synth job spec is a mapping with name, schema, rows, output")
    try:
        spec = SynthSpec.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{path}: {first_error(exc)}") from None
    schema_path = Path(spec.schema_path)
    if not schema_path.is_absolute():
        schema_path = Path(path).parent / schema_path
    return spec, load_schema(schema_path)
