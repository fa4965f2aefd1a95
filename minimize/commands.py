"""`synth`, `eval` and `verify` for the command line: read files, call the library, print.

Each takes the parsed arguments and returns the exit code; errors are
`MinimizeError`s, which `cli.main` prints as one line. Nothing printed here
holds a value from the data: counts, names of fields and entity types only.
"""
from __future__ import annotations

import json
import os
from typing import Iterator

from minimize.errors import InputError, MinimizeError, OutputError, PolicyError

# ---- synth ---------------------------------------------------------------------------


COMMANDS = {"synth": "synth", "eval": "eval_gold", "verify": "verify"}  # command -> function here


def synth(args, beam_args: list[str]) -> int:
    from minimize.beam.synth import run_synth

    if args.like:
        if args.schema or args.spec:
            raise MinimizeError("give either --like DATA (a synthetic twin) or a schema / synth job spec, not both")
        job = _twin_job(args)
    elif args.spec or args.schema:
        job = _schema_job(args)
    else:
        raise MinimizeError("give a synth job spec, --schema SCHEMA.yaml --rows N --output DIR, "
                            "or --like DATA --policy POLICY.yaml --output DIR")
    for name in ("seed", "format", "workers", "runner"):
        if getattr(args, name) is not None:
            setattr(job, name, getattr(args, name))
    job.overwrite = job.overwrite or args.overwrite
    job.beam_args = [*job.beam_args, *beam_args]
    summary = run_synth(job)
    print(f"synth: {job.output}  ({summary['duration_seconds']} s, {summary['shards']} shards, seed {summary['seed']})")
    print(f"  records  {summary['records_out']}")
    for entity, n in summary["labels"].items():
        print(f"  {entity:<14} {n}")
    return 0


def _schema_job(args):
    from minimize.beam.synth import SynthJob
    from minimize.synth.job import load_schema, load_spec

    if args.spec:
        spec, schema = load_spec(args.spec)
        job = SynthJob(schema=schema, rows=spec.rows, output=spec.output, seed=spec.seed, format=spec.format,
                       workers=spec.workers, runner=spec.runner, beam_args=list(spec.beam))
        if args.schema:
            job.schema = load_schema(args.schema)
    else:
        missing = [f"--{n}" for n in ("rows", "output") if getattr(args, n) is None]
        if missing:
            raise MinimizeError(f"missing {', '.join(missing)} (e.g. --rows 1000 --output out/synth)")
        job = SynthJob(schema=load_schema(args.schema), rows=args.rows, output=args.output)
    if args.rows is not None:
        job.rows = args.rows
    if args.output:
        job.output = args.output
    if job.rows < 0:
        raise MinimizeError("--rows must be 0 or more")
    return job


def _twin_job(args):
    from minimize.beam import io
    from minimize.beam.synth import SynthJob
    from minimize.policy import load_policy
    from minimize.synth.profile import Profiler
    from minimize.synth.twin import infer_schema, pii_digests

    if not args.output:
        raise MinimizeError("missing --output (the folder for the twin)")
    policy = load_policy(args.policy) if args.policy else None
    files = io.match_inputs(args.like)
    fmt = io.format_of(files[0])
    profiler = Profiler()
    for data in _records(files, fmt, policy.id_field if policy else "id"):
        profiler.add(data)
    if not profiler.records:
        raise InputError(f"{args.like} holds no records to make a twin of")
    schema, decisions = infer_schema(profiler, policy)
    exclude = pii_digests(_records(files, fmt, schema.id_field), decisions)
    columns = {path: {"kind": d.kind, "entity": d.entity, "why": d.why} for path, d in decisions.items()}
    return SynthJob(
        schema=schema, rows=args.rows if args.rows is not None else profiler.records, output=args.output,
        format=fmt, exclude=exclude,
        extra_summary={"like": args.like, "input_records": profiler.records, "columns": columns,
                       "policy": args.policy},
    )


def _records(files: list[str], fmt: str, id_field: str) -> Iterator[dict]:
    from minimize.beam import io

    reader = {"jsonl": io.read_jsonl, "csv": io.read_csv, "parquet": io.read_parquet}[fmt]
    for path in files:
        for item in reader(path, id_field):
            if isinstance(item, io.Record):
                yield dict(item.data)


# ---- eval ----------------------------------------------------------------------------


def eval_gold(args, beam_args: list[str]) -> int:
    from minimize.detection import build_detector

    try:
        from minimize.evaluate import evaluate, load_gold
    except ImportError:  # pragma: no cover - the scorer ships with the package
        raise MinimizeError("minimize.evaluate is not installed") from None
    report = evaluate(load_gold(args.gold), build_detector(_detection(args.policy)))
    print(json.dumps(report.to_dict(), indent=2, sort_keys=True) if args.json else report.table())
    return 0


def _detection(policy_path: str | None):
    """The policy's detection settings, or the defaults `scan` uses without a policy."""
    from minimize.policy import compile_policy, load_policy

    if policy_path:
        return load_policy(policy_path).detection
    return compile_policy({"mode": "standard"}, source="<default detection>").detection


# ---- verify --------------------------------------------------------------------------


def verify(args, beam_args: list[str]) -> int:
    report = verify_folder(args.dir, args.policy, args.max_residual, args.count_kept)
    print(json.dumps(report.to_dict(), indent=2, sort_keys=True) if args.json else report.text())
    return 0 if report.passed else 1


def verify_folder(folder: str, policy_path: str | None = None, max_residual: int = 0, count_kept: bool = False):
    """Check a run's output folder (local or object store); see minimize.verify for what is checked."""
    from minimize import storage
    from minimize.detection import build_detector
    from minimize.verify import Verifier

    storage.require_complete(folder)
    summary = json.loads(storage.read_text(storage.join(folder, storage.SUMMARY_FILE)))
    if summary.get("command") != "run":
        raise InputError(f"{folder} is the output of `minimize {summary.get('command')}`, not of `minimize run`")
    if policy_path is None:
        copied = storage.join(folder, "policy.yaml")
        if not storage.exists(copied):
            raise PolicyError(f"{folder} holds no policy.yaml: pass --policy POLICY.yaml (the policy to check against)")
        policy_path = copied
    policy = _load_policy(policy_path)
    audit = _audit_index(folder)
    id_rule = policy.fields.get(policy.id_field)
    linkable = id_rule.action == "keep" if id_rule is not None else policy.mode != "strict"
    verifier = Verifier(policy, build_detector(policy.detection), audit, linkable, max_residual, count_kept)
    if summary.get("policy_digest") and summary["policy_digest"] != policy.digest:
        verifier.report.notes.append("the run used another policy than the one checked against (digests differ)")
    fmt = summary.get("output_format") or "jsonl"
    report = verifier.run(_data_records(folder, fmt, policy.id_field))
    _accounting(summary, report)
    return report


def _load_policy(path: str):
    from minimize import storage
    from minimize.policy import load_policy, load_policy_text

    if not storage.is_remote(path):
        return load_policy(path)
    return load_policy_text(storage.read_text(path), source=path)


def _data_records(folder: str, fmt: str, id_field: str):
    from minimize import storage
    from minimize.beam import io

    reader = {"jsonl": io.read_jsonl, "csv": io.read_csv, "parquet": io.read_parquet}[fmt]
    for path in storage.files(storage.join(folder, "data")):
        if os.path.basename(path).startswith("."):
            continue
        for item in reader(path, id_field):
            if isinstance(item, io.Record):
                yield item
            else:
                raise OutputError(f"{path}: line {item.position} of the output cannot be read ({item.error})")


def _audit_index(folder: str):
    from minimize import storage
    from minimize.verify import AuditIndex

    audit_files = storage.files(storage.join(folder, "audit"), ".jsonl")
    if not audit_files and not storage.exists(storage.join(folder, "audit")):
        return None
    index = AuditIndex()
    for path in audit_files:
        for line in storage.lines(path):
            if line.strip():
                index.add(json.loads(line))
    return index


def _accounting(summary: dict, report) -> None:
    counts = [summary.get(k) for k in ("records_in", "records_out", "records_rejected", "records_suppressed")]
    if all(isinstance(c, int) for c in counts) and counts[0] != sum(counts[1:]):
        report.violations[("accounting", "records_in")] += 1
    if isinstance(counts[1], int) and counts[1] != report.records:
        report.violations[("accounting", "data/")] += 1
