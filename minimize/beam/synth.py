"""`minimize synth` as a Beam job: shards of rows generated in parallel, byte-identical per seed.

    Create(range(shards)) -> Reshuffle -> GenerateShard (writes data/ and labels/ files) -> counts

Each shard writes its own files (`part-00003-of-00010.jsonl`) directly, rows in
row order: Beam's file sinks group elements into files in no fixed order, and
the point here is that the same seed gives the same bytes. A retried shard
rewrites the same bytes under the same name, so retries are harmless. Rows are
seeded one by one from (seed, row number), so a row's values do not depend on
how many shards there are or where they run.
"""
from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from dataclasses import dataclass, field

import apache_beam as beam
import yaml
from apache_beam.options.pipeline_options import PipelineOptions

from minimize import __version__, storage
from minimize.beam import output
from minimize.beam.output import OutputFolder
from minimize.beam.pipeline import _now, local_runner
from minimize.errors import InputError
from minimize.synth.output import EXTENSIONS, data_bytes, labels_bytes, parquet_schema
from minimize.synth.rows import Exclusion
from minimize.synth.schema import SynthSchema

ROWS_PER_SHARD = 10_000
SCHEMA_FILE = "schema.yaml"
_PARTIAL = "_summary"


@dataclass
class SynthJob:
    schema: SynthSchema
    rows: int
    output: str
    seed: int = 0
    format: str = "jsonl"
    overwrite: bool = False
    workers: int = 1
    runner: str = "DirectRunner"
    beam_args: list[str] = field(default_factory=list)
    #: input values the output must not contain (synthetic twin); travels with the DoFn,
    #: ~40 bytes a value
    exclude: Exclusion | None = None
    #: extra keys for summary.json (the twin's column report)
    extra_summary: dict = field(default_factory=dict)


def shard_bounds(rows: int, shard: int) -> tuple[int, int]:
    return shard * ROWS_PER_SHARD, min(rows, (shard + 1) * ROWS_PER_SHARD)


class GenerateShard(beam.DoFn):
    """A shard number -> its data and labels files; yields the shard's counts."""

    def __init__(self, schema_data: dict, seed: int, rows: int, shards: int, fmt: str, folder: str,
                 exclude: Exclusion | None = None):
        self.schema_data, self.seed, self.rows, self.shards = schema_data, seed, rows, shards
        self.fmt, self.folder, self.exclude = fmt, folder, exclude

    def setup(self):
        from minimize.synth.rows import RowMaker

        self.schema = SynthSchema.model_validate(self.schema_data)
        self.maker = RowMaker(self.schema, self.exclude)
        self.arrow_schema = parquet_schema(self.schema) if self.fmt == "parquet" else None

    def process(self, shard: int):
        lo, hi = shard_bounds(self.rows, shard)
        id_field = self.maker.schema.id_field
        records, ids, labels = [], [], []
        counts = {"rows": 0, "labels": Counter(), "fields": {}, "processes": {os.getpid()}}
        for row in range(lo, hi):
            record, row_labels = self.maker.make(self.seed, row)
            records.append(record)
            ids.append(str(record[id_field]))
            labels.append(row_labels)
            for label in row_labels:
                counts["labels"][label.entity_type] += 1
                counts["fields"].setdefault(label.field.split("[")[0], Counter())[label.entity_type] += 1
        counts["rows"] = len(records)
        name = f"part-{shard:05d}-of-{self.shards:05d}"
        _write(output.join(self.folder, "data", name + EXTENSIONS[self.fmt]),
               data_bytes(records, self.fmt, self.schema, self.arrow_schema))
        _write(output.join(self.folder, "labels", name + ".jsonl"), labels_bytes(ids, labels))
        yield counts


def _write(path: str, content: bytes) -> None:
    storage.write_bytes(path, content)  # locally through a temporary name: no half-written shard


class MergeCounts(beam.CombineFn):
    def create_accumulator(self):
        return {"rows": 0, "labels": Counter(), "fields": {}, "processes": set()}

    def add_input(self, acc, counts):
        acc["rows"] += counts["rows"]
        acc["processes"] |= counts["processes"]
        acc["labels"].update(counts["labels"])
        for name, by_entity in counts["fields"].items():
            acc["fields"].setdefault(name, Counter()).update(by_entity)
        return acc

    def merge_accumulators(self, accumulators):
        total = self.create_accumulator()
        for acc in accumulators:
            self.add_input(total, acc)
        return total

    def extract_output(self, acc):
        return {"rows": acc["rows"], "labels": dict(sorted(acc["labels"].items())),
                "processes": len(acc["processes"]),  # shows the shards really spread over workers
                "fields": {k: dict(sorted(v.items())) for k, v in sorted(acc["fields"].items())}}


def run_synth(job: SynthJob) -> dict:
    from minimize.synth.rows import RowMaker

    schema = job.schema.with_id()
    if job.format not in EXTENSIONS:
        raise InputError(f"--format must be one of {', '.join(EXTENSIONS)}")
    RowMaker(schema)  # schema mistakes fail here, as one line, not inside a worker
    shards = max(1, math.ceil(job.rows / ROWS_PER_SHARD))
    folder = OutputFolder(job.output, job.overwrite)
    tmp = folder.prepare()
    started, clock = _now(), time.monotonic()
    try:
        if not output.is_remote(tmp):
            for sub in ("data", "labels"):
                os.makedirs(os.path.join(tmp, sub))
        schema_data = schema.model_dump(mode="json", exclude_defaults=True)
        options = PipelineOptions(_beam_args(job))
        with beam.Pipeline(runner=local_runner(job.runner, options), options=options) as p:  # no Prism download
            (
                p
                | "Shards" >> beam.Create(list(range(shards)) if job.rows else [])
                | "Spread" >> beam.Reshuffle()  # shards over every worker
                | "Generate" >> beam.ParDo(GenerateShard(schema_data, job.seed, job.rows, shards, job.format,
                                                         tmp, job.exclude))
                | "Total" >> beam.CombineGlobally(MergeCounts())
                | "Json" >> beam.Map(json.dumps)
                | "Write" >> beam.io.WriteToText(output.join(tmp, _PARTIAL, "counts"), shard_name_template="")
            )
        counts = json.loads(folder.read_text(_PARTIAL, "counts"))
        folder.delete(_PARTIAL)
        _write(output.join(tmp, SCHEMA_FILE),
               yaml.safe_dump(schema_data, sort_keys=False, allow_unicode=True).encode("utf-8"))
        summary = {
            "command": "synth",
            "records_out": counts["rows"],
            "rows": job.rows,
            "seed": job.seed,
            "shards": shards,
            "format": job.format,
            "id_field": schema.id_field,
            "labels": counts["labels"],
            "labels_by_field": counts["fields"],
            "runner": job.runner,
            "workers": job.workers,
            "worker_processes": counts["processes"],
            "started_at": started,
            "finished_at": _now(),
            "duration_seconds": round(time.monotonic() - clock, 3),
            "minimize_version": __version__,
            "faker_version": _faker_version(),
            **job.extra_summary,
        }
        folder.publish(summary)
    except BaseException:
        folder.abort()
        raise
    return summary


def _beam_args(job: SynthJob) -> list[str]:
    args = [f"--runner={job.runner}", *job.beam_args]
    if job.runner in ("DirectRunner", "direct") and not any("direct_num_workers" in a for a in job.beam_args):
        mode = "multi_processing" if job.workers > 1 else "in_memory"
        args += [f"--direct_num_workers={job.workers}", f"--direct_running_mode={mode}"]
    return args


def _faker_version() -> str:
    from importlib.metadata import version

    return version("Faker")
