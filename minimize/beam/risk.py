"""k-anonymity in the pipeline: measure it on the output and, with `min_k`, suppress small classes.

Only used when the policy names `quasi_identifiers`; without them the pipeline
is unchanged (records stream straight to the writer).

- Measuring only (no `min_k`): records go on to the writer untouched; a side
  branch counts classes with CombinePerKey (one small accumulator per class)
  and folds the class sizes into one histogram.
- Suppressing (`min_k`): records are grouped by class (GroupByKey), which is
  what k-anonymity needs: a record cannot be released before its class is known
  to reach k. Memory: a runner shuffles every record once; the DoFn itself
  holds at most k-1 records of a class before it knows the class is big enough,
  then streams the rest. Suppressed records are counted (never written) and
  `records_out` is corrected by the same amount, so in = out + rejected + suppressed.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

import apache_beam as beam

from minimize.audit import Summary
from minimize.risk import ClassStats, RiskFigures, RiskSettings, class_key, sensitive_token

SUPPRESSED, STATS = "suppressed", "stats"
RULE = "min_k"


class SuppressSmallClasses(beam.DoFn):
    """(class, records) -> the records of classes of at least `min_k`; counts and class stats tagged."""

    def __init__(self, min_k: int, sensitive_field: str | None):
        self.min_k, self.sensitive_field = min_k, sensitive_field

    def process(self, element):
        _, pairs = element
        held: list | None = []  # None once the class is known to be big enough
        stats = ClassStats()
        for pair in pairs:
            stats.add(sensitive_token(pair[1], self.sensitive_field))
            if held is None:
                yield pair
                continue
            held.append(pair)
            if len(held) >= self.min_k:
                yield from held
                held = None
        if held:
            yield beam.pvalue.TaggedOutput(SUPPRESSED, len(held))
        else:
            yield beam.pvalue.TaggedOutput(STATS, stats)


class _ClassStatsFn(beam.CombineFn):
    def create_accumulator(self):
        return ClassStats()

    def add_input(self, acc, token):
        return acc.add(token)

    def merge_accumulators(self, accs):
        total = ClassStats()
        for acc in accs:
            total.merge(acc)
        return total

    def extract_output(self, acc):
        return acc


class _FiguresFn(beam.CombineFn):
    def __init__(self, with_l: bool):
        self.with_l = with_l

    def create_accumulator(self):
        return RiskFigures()

    def add_input(self, acc, stats):
        return acc.add(stats, self.with_l)

    def merge_accumulators(self, accs):
        total = RiskFigures()
        for acc in accs:
            total.merge(acc)
        return total

    def extract_output(self, acc):
        return acc


def _suppressed_summary(n: int) -> Summary:
    # records_out was counted when the engine emitted these records: take them back out
    return Summary(records_out=-n, records_suppressed=n, suppressed_by_rule=Counter({RULE: n}))


class RiskResult(NamedTuple):
    records: Any  # PCollection[(source, data)]: what is written
    summaries: Any  # PCollection[Summary]: suppression counts and the k-anonymity figures


class MeasureRisk(beam.PTransform):
    """PCollection[(source, data)] -> RiskResult; see the module docstring."""

    def __init__(self, settings: RiskSettings):
        super().__init__()
        self.settings = settings

    def expand(self, records):
        s = self.settings
        qis, sensitive = s.quasi_identifiers, s.sensitive_field
        keyed = records | "ClassKey" >> beam.Map(lambda pair: (class_key(pair[1], qis), pair))
        parts = []
        if s.min_k is not None:
            out = (
                keyed
                | "ByClass" >> beam.GroupByKey()
                | "Suppress" >> beam.ParDo(SuppressSmallClasses(s.min_k, sensitive)).with_outputs(
                    SUPPRESSED, STATS, main="records")
            )
            records, stats = out.records, out[STATS]
            parts.append(
                out[SUPPRESSED]
                | "CountSuppressed" >> beam.CombineGlobally(sum)
                | "SuppressedSummary" >> beam.Map(_suppressed_summary)
            )
        else:
            stats = (
                keyed
                | "Tokens" >> beam.Map(lambda kv: (kv[0], sensitive_token(kv[1][1], sensitive)))
                | "PerClass" >> beam.CombinePerKey(_ClassStatsFn())
                | "Stats" >> beam.Values()
            )
        parts.append(
            stats
            | "Figures" >> beam.CombineGlobally(_FiguresFn(bool(sensitive)))
            | "RiskSummary" >> beam.Map(lambda figures: Summary(k_anonymity=figures.to_dict(s)))
        )
        return RiskResult(records, parts | "RiskSummaries" >> beam.Flatten())
