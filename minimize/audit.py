"""Summary counters over audit events and failures: what `summary.json` reports.

A `Summary` is built per batch and merged (Beam combines them), so counting
never needs the dataset in one place. It holds counts only, never values.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from minimize import paths
from minimize.types import AuditEvent, Failure


@dataclass
class Summary:
    records_in: int = 0
    records_out: int = 0
    records_rejected: int = 0
    records_suppressed: int = 0
    suppressed_by_rule: Counter = field(default_factory=Counter)
    findings: Counter = field(default_factory=Counter)  # entity -> spans found
    operators: Counter = field(default_factory=Counter)  # operator -> values transformed
    fields: dict[str, dict[str, Counter]] = field(default_factory=dict)  # field pattern -> ...
    rejected_reasons: Counter = field(default_factory=Counter)  # stage -> records
    #: process id -> records its engine handled: shows the work really spread over workers
    engine_processes: Counter = field(default_factory=Counter)
    #: (field pattern, entity or "" for not PII) -> records of batches whose column was typed so
    inferred_columns: Counter = field(default_factory=Counter)
    #: k-anonymity figures of the output (minimize.risk), when the policy names quasi-identifiers
    k_anonymity: dict[str, Any] | None = None

    def add_events(self, events: Iterable[AuditEvent]) -> None:
        for event in events:
            self.operators[event.operator] += 1
            per_field = self._field(paths.pattern_of(event.field))
            per_field["operators"][event.operator] += 1
            if event.start is not None and event.entity_type:
                self.findings[event.entity_type] += 1
                per_field["findings"][event.entity_type] += 1

    def add_failures(self, failures: Iterable[Failure]) -> None:
        for failure in failures:
            self.records_rejected += 1
            self.rejected_reasons[failure.stage] += 1

    def add_findings(self, field_path: str, entity: str, count: int = 1) -> None:
        self.findings[entity] += count
        self._field(paths.pattern_of(field_path))["findings"][entity] += count

    def _field(self, pattern: str) -> dict[str, Counter]:
        if pattern not in self.fields:
            self.fields[pattern] = {"findings": Counter(), "operators": Counter()}
        return self.fields[pattern]

    def merge(self, other: "Summary") -> "Summary":
        self.records_in += other.records_in
        self.records_out += other.records_out
        self.records_rejected += other.records_rejected
        self.records_suppressed += other.records_suppressed
        self.suppressed_by_rule.update(other.suppressed_by_rule)
        self.findings.update(other.findings)
        self.operators.update(other.operators)
        self.rejected_reasons.update(other.rejected_reasons)
        self.engine_processes.update(other.engine_processes)
        self.inferred_columns.update(other.inferred_columns)
        if other.k_anonymity is not None:  # computed once, over the whole output
            self.k_anonymity = other.k_anonymity
        for pattern, counters in other.fields.items():
            mine = self._field(pattern)
            for name, counter in counters.items():
                mine[name].update(counter)
        return self

    def to_dict(self) -> dict[str, Any]:
        out = {
            "records_in": self.records_in,
            "records_out": self.records_out,
            "records_rejected": self.records_rejected,
            "records_suppressed": self.records_suppressed,
            "suppressed_by_rule": dict(sorted(self.suppressed_by_rule.items())),
            "findings": dict(sorted(self.findings.items())),
            "fields": {
                pattern: {name: dict(sorted(c.items())) for name, c in sorted(counters.items())}
                for pattern, counters in sorted(self.fields.items())
            },
            "operators": dict(sorted(self.operators.items())),
            "rejected_reasons": dict(sorted(self.rejected_reasons.items())),
            "engine_processes": len(self.engine_processes),
            "inferred_columns": self.column_types(),
        }
        if self.k_anonymity is not None:
            out["k_anonymity"] = self.k_anonymity
        return out

    def column_types(self) -> dict[str, str | None]:
        """Field -> the type most of its records were given (None: typed as not PII)."""
        best: dict[str, tuple[int, str]] = {}
        for (pattern, entity), n in self.inferred_columns.items():
            if n > best.get(pattern, (0, ""))[0]:
                best[pattern] = (n, entity)
        return {pattern: entity or None for pattern, (_, entity) in sorted(best.items())}

    @property
    def balanced(self) -> bool:
        """Every record accounted for: in = out + rejected + suppressed."""
        return self.records_in == self.records_out + self.records_rejected + self.records_suppressed
