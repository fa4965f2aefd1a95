"""The command line: parse, call the library, print one line on error.

Examples:
    minimize run pipelines/customers_lake.yaml
    minimize run --policy pipelines/policies/customers.yaml --input 'lake/*.jsonl' --output out/x
    minimize scan --input sample_data/tickets.jsonl --output out/scan
    minimize check pipelines/policies/customers.yaml
    minimize report out/customers_lake
    minimize audit find out/customers_lake --value ana@example.com --subject-file subject.txt
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Sequence

from minimize.errors import MinimizeError

log = logging.getLogger("minimize")


class _Parser(argparse.ArgumentParser):
    """argparse, but its errors are one line like every other error of the tool."""

    def error(self, message: str):
        self.exit(2, f"minimize: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="minimize", description="Local-first PII detection and data minimization.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="minimize a dataset under a policy (Beam job)", usage="minimize run [JOB.yaml] [options]",
        description="Run a job spec (pipelines/NAME.yaml, right after `run`) or --policy/--input/--output. "
        "Example: minimize run pipelines/customers_lake.yaml --output out/c")
    run.add_argument("--policy", help="the policy YAML")
    _io_options(run)
    run.add_argument("--output-format", choices=["jsonl", "csv", "parquet"], help="default: the input's format")
    run.add_argument("--no-report", action="store_true", help="do not write DIR/report.html")

    scan = commands.add_parser("scan", help="find PII without changing data; writes findings/",
                               description="Example: minimize scan --input 'lake/**/*.jsonl' --output out/scan")
    scan.add_argument("--policy", help="detection settings (default: every entity the recognizers know)")
    _io_options(scan)

    check = commands.add_parser("check", help="validate a policy or job spec and show what it does per field",
                                description="Example: minimize check pipelines/policies/customers.yaml")
    check.add_argument("path", help="a policy or a job spec")

    report = commands.add_parser("report", help="write DIR/report.html: a readable page about a run",
                                 description="Example: minimize report out/customers_lake")
    report.add_argument("dir", help="the output folder of `minimize run`")

    audit = commands.add_parser("audit", help="questions to a run's audit trail").add_subparsers(
        dest="audit_command", required=True)
    find = audit.add_parser(
        "find", help="where were a person's values transformed (by keyed digest; key as for the run)",
        description="Example: minimize audit find out/customers_lake --value ana@example.com")
    find.add_argument("dir", help="the output folder of `minimize run`")
    find.add_argument("--value", action="append", default=[], help="a value to look for (repeatable)")
    find.add_argument("--subject-file", help="values to look for, one per line (# starts a comment)")
    find.add_argument("--json", action="store_true", help="machine-readable output")
    _quality_parsers(commands)
    return parser


def _io_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--input", help="a file, folder or glob (local, or any file system Beam knows)")
    cmd.add_argument("--output", help="the output folder")
    cmd.add_argument("--format", default=None, choices=["auto", "jsonl", "csv", "parquet"], help="input format")
    cmd.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    cmd.add_argument("--workers", type=int, default=None, help="worker processes on this machine (DirectRunner)")
    cmd.add_argument("--runner", default=None, help="any Beam runner; its options pass through unchanged")
    cmd.add_argument("--batch-size", type=int, default=None, help="records per engine batch (default 256)")


def _quality_parsers(commands) -> None:
    """synth, eval and verify: making test data and measuring how well minimization worked."""
    synth = commands.add_parser(
        "synth", help="generate labeled synthetic data from a schema, or a synthetic twin of a dataset",
        usage="minimize synth [SPEC.yaml] [options]",
        description="Examples: minimize synth pipelines/synthetic_test_data.yaml --rows 1000 --output out/s ; "
        "minimize synth --schema sample_data/synth_schema.yaml --rows 1000 --output out/s --seed 7 ; "
        "minimize synth --like sample_data/customers.csv --policy pipelines/policies/customers.yaml --output out/twin")
    synth.add_argument("--schema", help="a synth schema YAML (see sample_data/synth_schema.yaml)")
    synth.add_argument("--like", help="a dataset (file, folder or glob) to make a synthetic twin of")
    synth.add_argument("--policy", help="with --like: the dataset's policy (field entities and id field)")
    synth.add_argument("--rows", type=int, help="rows to generate (--like: default the input's count)")
    synth.add_argument("--output", help="the output folder (data/, labels/, schema.yaml, summary.json)")
    synth.add_argument("--seed", type=int, help="same seed, same bytes (default 0)")
    synth.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="default jsonl (--like: the input's)")
    synth.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    synth.add_argument("--workers", type=int, help="worker processes on this machine (DirectRunner)")
    synth.add_argument("--runner", help="any Beam runner; its options pass through unchanged")

    ev = commands.add_parser("eval", help="precision, recall and leaks of detection on labeled text",
                             description="Example: minimize eval --gold out/synthetic_test_data --json")
    ev.add_argument("--gold", required=True, help="a synth output folder, or JSONL of {id, text, spans}")
    ev.add_argument("--policy", help="detection settings from this policy (default: the default detection)")
    ev.add_argument("--json", action="store_true", help="machine-readable output")

    verify = commands.add_parser(
        "verify", help="re-scan a run's output for residual PII and check it against the policy",
        description="Exit 1 when residual findings exceed --max-residual or a policy check fails. "
        "Example: minimize verify out/customers_lake --policy pipelines/policies/customers.yaml")
    verify.add_argument("dir", help="the output folder of `minimize run`")
    verify.add_argument("--policy", help="the policy to check against (default: DIR/policy.yaml)")
    verify.add_argument("--max-residual", type=int, default=0, help="residual findings allowed (default 0)")
    verify.add_argument("--count-kept", action="store_true",
                        help="count PII found in fields the policy keeps as residual too")
    verify.add_argument("--json", action="store_true", help="machine-readable output")


#: commands that read a finished run's folder: they take Beam's file-system options too
FOLDER_READERS = ("report", "audit", "verify")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    spec = _take_spec(argv)
    args, beam_args = parser.parse_known_args(argv)
    if args.command in ("run", "synth"):
        args.spec = spec
    if any(_names_a_key(arg) for arg in beam_args):  # never passed on, never echoed: it may hold the key
        print("minimize: error: the secret key is never taken from the command line (shell history and "
              "process lists would keep it): set MINIMIZE_KEY, or the policy's `key: env:NAME` or `key: file:PATH`",
              file=sys.stderr)
        return 2
    if beam_args and args.command not in ("run", "scan", "synth", *FOLDER_READERS):
        parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
    _configure_logging(args.debug)
    if beam_args and args.command in FOLDER_READERS:  # e.g. --s3_endpoint_url for a folder on s3://
        from apache_beam.io.filesystems import FileSystems
        from apache_beam.options.pipeline_options import PipelineOptions

        FileSystems.set_options(PipelineOptions(beam_args))
    try:
        if args.command in ("run", "scan"):
            return _run(args, beam_args, scan_only=args.command == "scan")
        if args.command in ("synth", "eval", "verify"):
            from minimize import commands

            return getattr(commands, commands.COMMANDS[args.command])(args, beam_args)
        if args.command == "check":
            from minimize.check import check_command

            return check_command(args.path)
        if args.command == "report":
            from minimize.report import write_report

            print(write_report(args.dir))
            return 0
        if args.command == "audit":
            from minimize.lookup import find_command

            return find_command(args.dir, args.value, args.subject_file, args.json)
    except MinimizeError as exc:
        if args.debug:
            raise
        print(f"minimize: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("minimize: interrupted; no output folder was published", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never print a foreign message: it may quote data
        if args.debug:
            raise
        print(f"minimize: error: {_describe_foreign(exc)} (run with --debug for details)", file=sys.stderr)
        return 1
    return 0


#: options someone might try to pass the key with (`--key=...`, `--minimize-key ...`)
_KEY_OPTIONS = frozenset({"key", "minimize_key", "secret", "secret_key", "key_file", "minimize_key_file", "hmac_key"})


def _names_a_key(arg: str) -> bool:
    if not arg.startswith("-"):
        return False
    return arg.lstrip("-").split("=", 1)[0].replace("-", "_").lower() in _KEY_OPTIONS


def _take_spec(argv: list[str]) -> str | None:
    """Remove the job spec that follows `run` or `synth`, so that Beam options given as
    `--name value` (which argparse cannot tell from a positional) pass through."""
    command = next((a for a in argv if not a.startswith("-")), None)
    if command not in ("run", "synth"):
        return None
    at = argv.index(command) + 1
    if at < len(argv) and not argv[at].startswith("-"):
        return argv.pop(at)
    return None


def _describe_foreign(exc: BaseException) -> str:
    # Beam wraps a worker's exception; our own errors inside it carry safe messages
    text = str(exc)
    for line in text.splitlines():
        if "minimize.errors." in line or line.startswith(("InputError:", "PolicyError:", "SecretKeyError:")):
            return line.split("minimize.errors.")[-1].strip()
    return f"the job failed with {type(exc).__name__}"


def _run(args, beam_args: list[str], scan_only: bool) -> int:
    from minimize.beam.pipeline import Job, run
    from minimize.beam.progress import ENV

    if sys.stderr.isatty():  # progress lines for people watching, not for logs and pipes
        os.environ.setdefault(ENV, "1")

    if getattr(args, "spec", None):
        from minimize.job import load_job

        _, job = load_job(args.spec)
        if args.policy:
            job.policy_path = args.policy
    else:
        missing = [name for name in ("input", "output") if not getattr(args, name)]
        if not scan_only and not args.policy:
            missing.insert(0, "policy")
        if missing:
            raise MinimizeError(f"missing --{', --'.join(missing)} (or give a job spec: minimize run pipelines/NAME.yaml)")
        job = Job(input=args.input, output=args.output, policy_path=args.policy)
    for name in ("input", "output", "format", "workers", "runner", "batch_size"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(job, name, value)
    if getattr(args, "output_format", None):
        job.output_format = args.output_format
    job.overwrite = job.overwrite or args.overwrite
    job.beam_args = [*job.beam_args, *beam_args]
    job.report = not getattr(args, "no_report", False)
    summary = run(job, scan_only=scan_only)
    _print_summary(summary, job.output)
    report = os.path.join(job.output, "report.html")
    if job.report and not scan_only and os.path.exists(report):
        print(f"report: {report}")
    return 0


def _print_summary(summary: dict, output: str) -> None:
    rows = [
        ("records in", summary["records_in"]),
        ("records out", summary["records_out"]),
        ("rejected", summary["records_rejected"]),
        ("suppressed", summary["records_suppressed"]),
    ]
    rows += [(f"  {entity}", n) for entity, n in summary["findings"].items()]
    width = max(len(name) for name, _ in rows)
    print(f"{summary['command']}: {output}  ({summary['duration_seconds']} s, {summary['runner']})")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        # Beam logs a worker's exception with its traceback at ERROR; the CLI reports it in one line
        logging.getLogger("apache_beam").setLevel(logging.CRITICAL)
        for noisy in ("presidio-analyzer", "presidio-anonymizer", "root"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


if __name__ == "__main__":
    sys.exit(main())
