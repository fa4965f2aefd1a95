"""Build, run and finish a job: read -> minimize (or scan) -> write, then summary.json.

The pipeline writes into a temporary sibling folder; only when it succeeded is
`summary.json` written and the folder renamed to its final name, so a failed
or killed job never leaves a folder that looks complete.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from minimize import __version__
from minimize.beam import io, sinks
from minimize.beam.transforms import (
    AUDIT,
    FAILED,
    MergeSummaries,
    MinimizeRecords,
    summary_of_failure,
)
from minimize.errors import InputError, OutputError
from minimize.keys import load_key
from minimize.policy import CompiledPolicy, load_policy

log = logging.getLogger(__name__)
SUMMARY_FILE = "summary.json"
_PARTIAL = "_summary"


@dataclass
class Job:
    """What one `run` or `scan` does; the CLI and job specs both fill this in."""

    input: str
    output: str
    policy_path: str | None = None
    format: str = "auto"  # input format
    output_format: str | None = None  # default: the input's
    overwrite: bool = False
    workers: int = 1
    runner: str = "DirectRunner"
    beam_args: list[str] = field(default_factory=list)
    batch_size: int = 256


def default_policy() -> CompiledPolicy:
    """`scan` without a policy: every entity the default recognizers know, standard mode."""
    from minimize.policy import compile_policy

    return compile_policy({"mode": "standard"}, source="<default scan policy>")


def run(job: Job, scan_only: bool = False) -> dict:
    policy = load_policy(job.policy_path) if job.policy_path else default_policy()
    if not scan_only:
        load_key(policy.key_source)  # fail at start-up, not on the first worker
    files = io.match_inputs(job.input)
    in_fmt = io.format_of(files[0], job.format)
    formats = {io.format_of(f, job.format) for f in files}
    if len(formats) > 1:
        raise InputError(f"{job.input} matches files of several formats ({', '.join(sorted(formats))}); pass one format")
    out_fmt = job.output_format or in_fmt
    if out_fmt not in io.FORMATS:
        raise InputError(f"--output-format must be one of {', '.join(io.FORMATS)}")

    tmp = _prepare_output(job.output, job.overwrite)
    started = _now()
    clock = time.monotonic()
    try:
        pipeline_result = _run_pipeline(job, policy, files, in_fmt, out_fmt, tmp, scan_only)
        summary = _read_partial_summary(tmp)
        summary.update(
            {
                "command": "scan" if scan_only else "run",
                "input": job.input,
                "input_files": len(files),
                "input_format": in_fmt,
                "output_format": None if scan_only else out_fmt,
                "policy": job.policy_path,
                "policy_digest": policy.digest,
                "mode": policy.mode,
                "runner": job.runner,
                "workers": job.workers,
                "started_at": started,
                "finished_at": _now(),
                "duration_seconds": round(time.monotonic() - clock, 3),
                "minimize_version": __version__,
                "pipeline_state": str(pipeline_result),
            }
        )
        with open(os.path.join(tmp, SUMMARY_FILE), "w", encoding="utf-8") as out:
            json.dump(summary, out, indent=2, sort_keys=True)
            out.write("\n")
        _publish(tmp, job.output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary


def _run_pipeline(job, policy, files, in_fmt, out_fmt, tmp, scan_only):
    options = PipelineOptions(_beam_args(job))
    policy_data = policy.spec.model_dump(mode="json")
    with beam.Pipeline(options=options) as p:
        read = (
            p
            | "Files" >> beam.Create(files)
            | "Read" >> beam.ParDo(io.ReadRecords(in_fmt, policy.id_field)).with_outputs(io.FAILED, main="records")
        )
        records = read.records
        if job.workers > 1:
            records = records | "Spread" >> beam.Reshuffle()  # one file's records over every worker
        result = records | "Minimize" >> MinimizeRecords(
            policy_data, policy.source, policy.digest, scan_only=scan_only, max_batch_size=job.batch_size
        )
        read_failures = read[io.FAILED]
        rejected = (
            read_failures | "FailureDicts" >> beam.Map(lambda f: f.to_dict()),
            result.failures,
        ) | "Rejected" >> beam.Flatten()
        rejected | "WriteRejected" >> sinks.WriteJsonl(os.path.join(tmp, "rejected", "part"))
        if scan_only:
            result.records | "WriteFindings" >> sinks.WriteJsonl(os.path.join(tmp, "findings", "part"))
        else:
            result.audit | "WriteAudit" >> sinks.WriteJsonl(os.path.join(tmp, "audit", "part"))
            columns = schema = None
            if out_fmt in ("csv", "parquet"):
                columns = sinks.output_columns(sinks.input_columns(files[0], in_fmt, policy.id_field), policy)
            if out_fmt == "parquet":
                schema = sinks.parquet_output_schema(files[0], in_fmt, columns, policy)
            result.records | "WriteData" >> sinks.WriteData(os.path.join(tmp, "data", "part"), out_fmt, columns, schema)
        (
            (read_failures | "FailureSummaries" >> beam.Map(summary_of_failure), result.summaries)
            | "Summaries" >> beam.Flatten()
            | "Total" >> beam.CombineGlobally(MergeSummaries())
            | "SummaryJson" >> beam.Map(sinks.summary_line)
            | "WriteSummary" >> beam.io.WriteToText(os.path.join(tmp, _PARTIAL, "summary"), shard_name_template="")
        )
    return p.result.state if hasattr(p, "result") else "DONE"


def _beam_args(job: Job) -> list[str]:
    args = [f"--runner={job.runner}", *job.beam_args]
    if job.runner in ("DirectRunner", "direct") and not any("direct_num_workers" in a for a in job.beam_args):
        if job.workers > 1:
            args += [f"--direct_num_workers={job.workers}", "--direct_running_mode=multi_processing"]
        else:
            args += ["--direct_num_workers=1", "--direct_running_mode=in_memory"]
    return args


def _read_partial_summary(tmp: str) -> dict:
    path = os.path.join(tmp, _PARTIAL, "summary")
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    shutil.rmtree(os.path.join(tmp, _PARTIAL), ignore_errors=True)
    return json.loads(lines[0])


def _prepare_output(output: str, overwrite: bool) -> str:
    if "://" in output:
        raise OutputError(f"{output}: object-storage outputs are not supported yet; write to a local folder")
    if os.path.exists(output):
        if not os.path.isdir(output):
            raise OutputError(f"{output} exists and is not a folder")
        if os.listdir(output) and not overwrite:
            raise OutputError(f"{output} is not empty; pass --overwrite to replace it")
    parent = os.path.dirname(os.path.abspath(output))
    os.makedirs(parent, exist_ok=True)
    tmp = os.path.join(parent, f".{os.path.basename(os.path.abspath(output))}.incomplete-{uuid.uuid4().hex[:8]}")
    os.makedirs(tmp)
    return tmp


def _publish(tmp: str, output: str) -> None:
    if os.path.exists(output):
        shutil.rmtree(output)
    os.rename(tmp, output)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
