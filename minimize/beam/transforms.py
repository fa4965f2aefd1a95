"""The Beam shell around the core engine: batch, minimize, and split the outputs.

Heavy objects (spaCy, Presidio) are built once per worker process in
`setup()` through `shared.Shared`, so every thread of a worker uses one engine.
The DoFn receives the policy as plain data and compiles it on the worker: the
pipeline graph carries no engine, no model and no secret (the key is read
from its source on the worker).
"""
from __future__ import annotations

import dataclasses
import os
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

from minimize.audit import Summary
from minimize.beam.progress import Progress
from minimize.types import AuditEvent, Failure, Record

NAMESPACE = "minimize"
_AUDIT_FIELDS = tuple(f.name for f in dataclasses.fields(AuditEvent))


def _event_dict(event: AuditEvent) -> dict:
    """`event.to_dict()` without `dataclasses.asdict`'s deep copy (its fields are plain
    values): asdict was 7 % of a run whose detection needs no NER."""
    return {name: getattr(event, name) for name in _AUDIT_FIELDS}
AUDIT, FAILED, SUMMARY, FINDINGS = "audit", "failed", "summary", "findings"


def build_engine(policy_data: dict, policy_source: str, keyed: bool = True):
    """The engine for a policy, built where it runs (a worker's `setup()`).

    `scan` transforms nothing, so it runs without a key."""
    from minimize.engine import Engine
    from minimize.keys import load_key
    from minimize.policy import compile_policy

    policy = compile_policy(policy_data, source=policy_source)
    return _Holder(Engine(policy, load_key(policy.key_source) if keyed else None))


class _Holder:
    """`shared.Shared` needs a weak-referenceable object."""

    def __init__(self, engine):
        self.engine = engine


class _EngineDoFn(beam.DoFn):
    def __init__(self, policy_data: dict, policy_source: str, tag: str):
        self.policy_data = policy_data
        self.policy_source = policy_source
        self.tag = tag
        self._shared = shared.Shared()
        self.records_in = Metrics.counter(NAMESPACE, "records_in")
        self.records_out = Metrics.counter(NAMESPACE, "records_out")
        self.records_rejected = Metrics.counter(NAMESPACE, "records_rejected")

    keyed = True

    def setup(self):
        self.progress = Progress()
        self.engine = self._shared.acquire(
            lambda: build_engine(self.policy_data, self.policy_source, self.keyed), tag=f"{self.tag}:{self.keyed}"
        ).engine

    def _count_findings(self, entity: str) -> None:
        Metrics.counter(NAMESPACE, f"findings_{entity}").inc()


class MinimizeDoFn(_EngineDoFn):
    """A batch of `Record`s -> (source, minimized data); audit, failures and a summary tagged."""

    def process(self, batch: list[Record]):
        result = self.engine.minimize(batch)
        self.progress.add(len(batch))
        summary = Summary(records_in=len(batch), records_out=len(result.records))
        summary.engine_processes[str(os.getpid())] += len(batch)
        summary.add_events(result.audit)
        summary.add_failures(result.failures)
        self.records_in.inc(len(batch))
        self.records_out.inc(len(result.records))
        self.records_rejected.inc(len(result.failures))
        for record, data in result.records:
            yield record.source, data
        for event in result.audit:
            if event.start is not None and event.entity_type:
                self._count_findings(event.entity_type)
            yield beam.pvalue.TaggedOutput(AUDIT, _event_dict(event))
        for failure in result.failures:
            yield beam.pvalue.TaggedOutput(FAILED, failure.to_dict())
        yield beam.pvalue.TaggedOutput(SUMMARY, summary)


class ScanDoFn(_EngineDoFn):
    """A batch of `Record`s -> findings (the scan contract); failures and a summary tagged."""

    keyed = False

    def process(self, batch: list[Record]):
        findings, failures = self.engine.scan(batch)
        self.progress.add(len(batch))
        summary = Summary(records_in=len(batch), records_out=len(batch) - len(failures))
        summary.engine_processes[str(os.getpid())] += len(batch)
        for pattern, column in self.engine.infer_columns(batch).items():
            summary.inferred_columns[(pattern, column.entity or "")] += len(batch)
        summary.add_failures(failures)
        for record, field, span in findings:
            summary.add_findings(field, span.entity_type)
            self._count_findings(span.entity_type)
            yield {
                "record_id": record.record_id,
                "field": field,
                "entity_type": span.entity_type,
                "start": span.start,
                "end": span.end,
                "score": round(span.score, 4),
                "recognizer": span.recognizer,
            }
        for failure in failures:
            yield beam.pvalue.TaggedOutput(FAILED, failure.to_dict())
        yield beam.pvalue.TaggedOutput(SUMMARY, summary)


class MinimizeResult(NamedTuple):
    records: Any  # PCollection[(source, dict)] (or findings, for scan)
    audit: Any  # PCollection[dict]
    failures: Any  # PCollection[dict]
    summaries: Any  # PCollection[Summary]


class MinimizeRecords(beam.PTransform):
    """PCollection[Record] -> MinimizeResult: batch, run the engine, split the outputs."""

    def __init__(self, policy_data: dict, policy_source: str, tag: str, scan_only: bool = False,
                 max_batch_size: int = 256):
        super().__init__()
        self.dofn = (ScanDoFn if scan_only else MinimizeDoFn)(policy_data, policy_source, tag)
        self.max_batch_size = max_batch_size

    def expand(self, records):
        outputs = (
            records
            | "Batch" >> beam.BatchElements(min_batch_size=8, max_batch_size=self.max_batch_size)
            | "Engine" >> beam.ParDo(self.dofn).with_outputs(AUDIT, FAILED, SUMMARY, main="records")
        )
        return MinimizeResult(outputs.records, outputs[AUDIT], outputs[FAILED], outputs[SUMMARY])


class MergeSummaries(beam.CombineFn):
    def create_accumulator(self):
        return Summary()

    def add_input(self, accumulator, summary):
        return accumulator.merge(summary)

    def merge_accumulators(self, accumulators):
        total = Summary()
        for accumulator in accumulators:
            total.merge(accumulator)
        return total

    def extract_output(self, accumulator):
        return accumulator


class TotalSummary(beam.PTransform):
    """Several PCollection[Summary] -> one Summary, their sum.

    Each input is combined on its own before the few partial sums are flattened:
    a combine runs where its input is made (one accumulator per bundle), whereas
    Beam's local runner holds every element of a multi-input Flatten in memory
    until all of its inputs are read: the engine's summary of every batch
    (~17,000 for 400,000 records, ~40 MB at the end of the job)."""

    def expand(self, summaries):
        partial = [
            pcoll | f"Partial{i}" >> beam.CombineGlobally(MergeSummaries()) for i, pcoll in enumerate(summaries)
        ]
        return tuple(partial) | "Partials" >> beam.Flatten() | "Sum" >> beam.CombineGlobally(MergeSummaries())


def summary_of_failure(failure: Failure) -> Summary:
    summary = Summary(records_in=1)
    summary.add_failures([failure])
    return summary
