"""Job specs (`pipelines/*.yaml`): a named run with its policy, paths and runner options."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from minimize.beam.pipeline import Job
from minimize.errors import PolicyError
from minimize.policy.compile import first_error, read_yaml


class JobSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    input: str
    output: str
    policy: str
    format: str = "auto"
    output_format: str | None = None
    workers: int = Field(default=1, ge=1)
    runner: str = "DirectRunner"
    #: extra Beam pipeline options, passed through unchanged
    beam: list[str] = Field(default_factory=list)


def is_job_spec(path: str) -> bool:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and "policy" in data and "input" in data


def load_job(path: str) -> tuple[JobSpec, Job]:
    """The spec and the Job it describes; relative paths are relative to the spec's folder
    for the policy, and to the current folder for input and output (as on the command line)."""
    spec_path = Path(path)
    data = read_yaml(spec_path, "job spec")
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: a job spec is a mapping with name, input, output, policy")
    try:
        spec = JobSpec.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{path}: {first_error(exc)}") from None
    policy = Path(spec.policy)
    if not policy.is_absolute():
        policy = spec_path.parent / policy
    job = Job(
        input=spec.input,
        output=spec.output,
        policy_path=str(policy),
        format=spec.format,
        output_format=spec.output_format,
        workers=spec.workers,
        runner=spec.runner,
        beam_args=list(spec.beam),
    )
    return spec, job
