"""Build, run and finish a job: read -> minimize (or scan) -> write, then summary.json.

A failed or killed job never leaves a folder that looks complete: see
`minimize.beam.output` (a temporary sibling renamed at the end on local disks;
`summary.json` written last on object stores).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions

from minimize import __version__, report
from minimize import risk
from minimize.beam import io, output, sinks
from minimize.beam.risk import MeasureRisk
from minimize.beam.output import SUMMARY_FILE, OutputFolder  # noqa: F401 - SUMMARY_FILE re-exported
from minimize.beam.transforms import MinimizeRecords, TotalSummary, summary_of_failure
from minimize.detection import preflight
from minimize.errors import InputError
from minimize.keys import load_key
from minimize.lookup import key_id
from minimize.policy import CompiledPolicy, load_policy

log = logging.getLogger(__name__)
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
    report: bool = True  # write DIR/report.html after publishing (run only)


def default_policy() -> CompiledPolicy:
    """`scan` without a policy: every entity the default recognizers know, standard mode."""
    from minimize.policy import compile_policy

    return compile_policy({"mode": "standard"}, source="<default scan policy>")


def run(job: Job, scan_only: bool = False) -> dict:
    policy = load_policy(job.policy_path) if job.policy_path else default_policy()
    key = None if scan_only else load_key(policy.key_source)  # fail at start-up, not on the first worker
    _check_runner(job)
    if policy.needs_detection or scan_only:
        preflight(policy.detection)
    FileSystems.set_options(PipelineOptions(_beam_args(job)))  # s3:// and gs:// options for the driver too
    files = io.match_inputs(job.input)
    in_fmt = io.format_of(files[0], job.format)
    formats = {io.format_of(f, job.format) for f in files}
    if len(formats) > 1:
        raise InputError(f"{job.input} matches files of several formats ({', '.join(sorted(formats))}); pass one format")
    out_fmt = job.output_format or in_fmt
    if out_fmt not in io.FORMATS:
        raise InputError(f"--output-format must be one of {', '.join(io.FORMATS)}")

    folder = OutputFolder(job.output, job.overwrite)
    tmp = folder.prepare()
    started = _now()
    clock = time.monotonic()
    try:
        pipeline_result = _run_pipeline(job, policy, files, in_fmt, out_fmt, tmp, scan_only)
        summary = _read_partial_summary(folder)
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
                "key_id": key_id(key) if key else None,  # tells keys apart for `audit find`; reveals nothing
            }
        )
        report.copy_policy(tmp, job.policy_path, policy)
        folder.publish(summary)
    except BaseException:
        folder.abort()
        raise
    if job.report and not scan_only:
        _write_report(job.output)
    return summary


def _write_report(output: str) -> None:
    # the data is published and complete: a report problem is a warning, not a failed run
    try:
        report.write_report(output)
    except Exception as exc:  # noqa: BLE001
        log.warning("report.html not written (%s); retry with: minimize report %s", type(exc).__name__, output)


def _run_pipeline(job, policy, files, in_fmt, out_fmt, tmp, scan_only):
    options = PipelineOptions(_beam_args(job))
    risk_settings = None if scan_only else risk.settings(policy.spec)  # None: no quasi-identifiers
    policy_data = policy.spec.model_dump(mode="json")
    if not output.is_remote(tmp):  # every contract folder exists, even when nothing lands in it
        for name in ("findings", "rejected") if scan_only else ("data", "audit", "rejected"):
            os.makedirs(output.join(tmp, name), exist_ok=True)
    with beam.Pipeline(runner=local_runner(job.runner, options), options=options) as p:
        read = (
            p
            # with --workers N, each file is read as N shards, spread over the workers: a
            # Reshuffle of the records would hold them all in the DirectRunner's memory
            | "Files" >> beam.Create(io.shards_of(files, job.workers))
            | "Read" >> beam.ParDo(io.ReadRecords(in_fmt, policy.id_field)).with_outputs(io.FAILED, main="records")
        )
        records = read.records
        result = records | "Minimize" >> MinimizeRecords(
            policy_data, policy.source, policy.digest, scan_only=scan_only, max_batch_size=job.batch_size
        )
        read_failures = read[io.FAILED]
        released, risk_summaries = result.records, []
        if risk_settings is not None:  # k-anonymity figures, and min_k suppression (beam/risk.py)
            measured = result.records | "Risk" >> MeasureRisk(risk_settings)
            released, risk_summaries = measured.records, [measured.summaries]
        # One writer per source of rejected records, not one behind a Flatten: Beam's local
        # runner holds every element of a multi-input Flatten in memory until its inputs
        # are all read (this and the summaries' Flatten made a file of 400,000 bad lines
        # peak at 814 MB; 161 MB without them). Summaries: see TotalSummary.
        (
            read_failures
            | "FailureDicts" >> beam.Map(lambda f: f.to_dict())
            | "WriteReadRejected" >> sinks.WriteJsonl(output.join(tmp, "rejected", "read"))
        )
        result.failures | "WriteRejected" >> sinks.WriteJsonl(output.join(tmp, "rejected", "part"))
        if scan_only:
            result.records | "WriteFindings" >> sinks.WriteJsonl(output.join(tmp, "findings", "part"))
        else:
            result.audit | "WriteAudit" >> sinks.WriteJsonl(output.join(tmp, "audit", "part"))
            columns = schema = None
            if out_fmt in ("csv", "parquet"):
                columns = sinks.output_columns(sinks.input_columns(files, in_fmt, policy.id_field), policy)
            if out_fmt == "parquet":
                schema = sinks.parquet_output_schema(files, in_fmt, columns, policy)
            base = sinks.input_base(job.input, files)
            released | "WriteData" >> beam.ParDo(
                sinks.WriteRecords(output.join(tmp, "data"), base, out_fmt, columns, schema)
            )
        (
            (read_failures | "FailureSummaries" >> beam.Map(summary_of_failure), result.summaries, *risk_summaries)
            | "Total" >> TotalSummary()
            | "SummaryJson" >> beam.Map(sinks.summary_line)
            | "WriteSummary" >> beam.io.WriteToText(output.join(tmp, _PARTIAL, "summary"), shard_name_template="")
        )
    return p.result.state if hasattr(p, "result") else "DONE"


def local_runner(name: str, options: PipelineOptions):
    """For DirectRunner, Beam's FnApiRunner itself (what DirectRunner runs our pipelines
    on); None for other runners (Beam picks them from --runner).

    Beam 2.77's DirectRunner first tries PrismRunner, which downloads its binary
    from GitHub: a network call at run time, which this tool never makes."""
    if name.lower() not in ("directrunner", "direct"):
        return None
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    return fn_runner.FnApiRunner(
        provision_info=fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    )


def _check_runner(job: Job) -> None:
    """An unknown runner or options it would reject fail here, in one line."""
    from apache_beam.options.pipeline_options_validator import PipelineOptionsValidator
    from apache_beam.runners.runner import create_runner

    try:
        runner = create_runner(job.runner)
    except (ValueError, ImportError):
        raise InputError(
            f"unknown or unavailable Beam runner '{job.runner}' (for example DirectRunner, PortableRunner, "
            f"DataflowRunner, FlinkRunner, SparkRunner; some need Beam's extras installed)"
        ) from None
    problems = PipelineOptionsValidator(PipelineOptions(_beam_args(job)), runner).validate()
    if problems:
        raise InputError(f"{job.runner} needs other options: {'; '.join(' '.join(p.split()) for p in problems)}")


def _beam_args(job: Job) -> list[str]:
    args = [f"--runner={job.runner}", *job.beam_args]
    if job.runner in ("DirectRunner", "direct") and not any("direct_num_workers" in a for a in job.beam_args):
        if job.workers > 1:
            args += [f"--direct_num_workers={job.workers}", "--direct_running_mode=multi_processing"]
            quiet = not logging.getLogger().isEnabledFor(logging.DEBUG)
            if quiet and not any("sdk_harness_log_level" in a for a in job.beam_args):
                args.append("--default_sdk_harness_log_level=ERROR")  # worker processes log INFO by default
        else:
            args += ["--direct_num_workers=1", "--direct_running_mode=in_memory"]
    return args


def _read_partial_summary(folder: OutputFolder) -> dict:
    lines = [line for line in folder.read_text(_PARTIAL, "summary").splitlines() if line.strip()]
    folder.delete(_PARTIAL)
    return json.loads(lines[0])


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
