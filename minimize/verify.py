"""`minimize verify`: is there PII left in a run's output, and does the output obey the policy?

Only the output folder is read (data/, audit/, summary.json): the input is not
needed, so what can be checked is what the output shows. The report holds
counts per field, entity and check, never a value.

**Residual PII.** Every text value of data/ is scanned with the policy's
detection settings, except values the audit trail shows were replaced whole
(a hash or a generalized year is an operator's output, not the original). Each
finding is then one of:

- `synthetic`: in a scanned field, matched by a `synthesize` event of the audit
  trail for that record and field (a fake looks like PII on purpose);
- `kept`: in a field the policy keeps (`keep`, or an entity rule `keep`): the
  policy chose to publish it. Counted as residual with `--count-kept`;
- `residual`: everything else: a value no rule touched. These are counted
  against `--max-residual` (default 0).

**Policy checks** (each a count of values, by field):

- `unnamed_field`: strict mode: a field the policy does not name is in the output;
- `dropped_field`: a field with a `drop` rule is in the output;
- `not_transformed`: a field with a whole-field rule (hash, mask, synthesize, ...)
  holds a value but the audit trail has no event for it in that record;
- `other_operator`: the audit trail says another operator than the rule's changed it;
- `shape`: a value does not look like its rule's output: `hash` (prefix + hex of
  the length), `mask` (holds the mask character), `redact` (empty), `replace`
  (the replacement), `placeholder` (the format), `generalize` (`to: year` a
  year, `year_month`, `decade`, `age_band`/`bins` a band, `keep_digits` at most
  that many letters or digits, `precision` at most that many decimals),
  `noise` (a number), `date_shift` (a date). `synthesize` has no shape to check;
- `k_anonymity`: k of the output is below the policy's `min_k`;
- `accounting`: summary.json's records_in != out + rejected + suppressed, or
  data/ does not hold records_out records.

Linking a data record to its audit events needs the record id: when the
policy's id field is not kept as it is, the audit-based checks are skipped (and
said so), and findings in scanned fields are judged by the entity rules alone.
Memory: the audit trail is indexed per (record, field) for the fields it
touched; the data is streamed.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping

from minimize import paths
from minimize.operators._dates import parse_date
from minimize.policy import SCAN, CompiledPolicy, Rule
from minimize.risk import Measurer
from minimize.risk import settings as risk_settings
from minimize.types import Record

_BATCH = 256
WHOLE_FIELD_CHECKED = ("hash", "mask", "redact", "replace", "placeholder", "generalize", "noise", "date_shift",
                       "synthesize")


@dataclass
class AuditIndex:
    """What the audit trail says was done, per (record id, field)."""

    whole: dict = field(default_factory=dict)  # (rid, field) -> operator
    synthesized: dict = field(default_factory=lambda: defaultdict(Counter))  # (rid, field) -> entity -> n

    def add(self, event: Mapping[str, Any]) -> None:
        key = (str(event.get("record_id")), event.get("field"))
        if event.get("start") is None:
            self.whole[key] = event.get("operator")
        elif event.get("operator") == "synthesize":
            self.synthesized[key][event.get("entity_type")] += 1


@dataclass
class VerifyReport:
    records: int = 0
    residual: Counter = field(default_factory=Counter)  # (field pattern, entity) -> findings
    kept: Counter = field(default_factory=Counter)
    synthetic: Counter = field(default_factory=Counter)
    violations: Counter = field(default_factory=Counter)  # (check, field pattern) -> values
    notes: list[str] = field(default_factory=list)
    k_anonymity: dict | None = None
    max_residual: int = 0
    count_kept: bool = False

    @property
    def residual_total(self) -> int:
        return sum(self.residual.values()) + (sum(self.kept.values()) if self.count_kept else 0)

    @property
    def passed(self) -> bool:
        return self.residual_total <= self.max_residual and not self.violations

    def to_dict(self) -> dict[str, Any]:
        def per_field(counter: Counter) -> dict:
            out: dict = {}
            for (a, b), n in sorted(counter.items()):
                out.setdefault(a, {})[b] = n
            return out

        return {
            "passed": self.passed,
            "records": self.records,
            "residual_findings": self.residual_total,
            "max_residual": self.max_residual,
            "residual": per_field(self.residual),
            "kept": per_field(self.kept),
            "synthetic": per_field(self.synthetic),
            "violations": per_field(Counter({(check, f): n for (check, f), n in self.violations.items()})),
            "k_anonymity": self.k_anonymity,
            "notes": self.notes,
        }

    def text(self) -> str:
        lines = [f"verify: {'PASSED' if self.passed else 'FAILED'}  ({self.records} records)"]
        lines.append(f"  residual findings: {self.residual_total} (allowed {self.max_residual})")
        lines += _rows(self.residual, "residual")
        lines += _rows(self.kept, "kept by the policy" + (" (counted)" if self.count_kept else ""))
        lines += _rows(self.synthetic, "synthetic (the policy's fakes)")
        lines.append(f"  policy checks failed: {sum(self.violations.values())}")
        lines += [f"    {check:<16} {f:<28} {n}" for (check, f), n in sorted(self.violations.items())]
        if self.k_anonymity is not None:
            k = self.k_anonymity
            lines.append(f"  k-anonymity over {', '.join(k['quasi_identifiers'])}: k = {k['k']}, "
                         f"{k['classes']} classes; class sizes {k['class_size_histogram']}")
            if "l_diversity" in k:
                ld = k["l_diversity"]
                lines.append(f"  l-diversity of {ld['sensitive_field']}: l = {ld['l']}")
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)


def _rows(counter: Counter, title: str) -> list[str]:
    if not counter:
        return []
    return [f"    {title}:"] + [f"      {f:<28} {entity:<20} {n}" for (f, entity), n in sorted(counter.items())]


class Verifier:
    def __init__(self, policy: CompiledPolicy, detector, audit: AuditIndex | None, linkable: bool,
                 max_residual: int = 0, count_kept: bool = False):
        self.policy, self.detector, self.audit = policy, detector, audit
        self.linked = audit is not None and linkable
        self.report = VerifyReport(max_residual=max_residual, count_kept=count_kept)
        risk = risk_settings(policy.spec)
        self.measurer = Measurer(risk) if risk is not None else None
        if audit is None:
            self.report.notes.append("no audit/ folder: checks that need the audit trail were skipped")
        elif not linkable:
            self.report.notes.append(
                f"the id field '{policy.id_field}' is not kept as it is, so data records cannot be matched to "
                "audit events: not_transformed was not checked; findings in scanned fields are judged by the "
                "entity rules alone")

    def run(self, records: Iterable[Record]) -> VerifyReport:
        batch: list[Record] = []
        for record in records:
            batch.append(record)
            if len(batch) >= _BATCH:
                self._batch(batch)
                batch = []
        if batch:
            self._batch(batch)
        if self.measurer is not None:
            self.report.k_anonymity = self.measurer.result()
            k, min_k = self.report.k_anonymity["k"], self.policy.spec.min_k
            if min_k is not None and k is not None and k < min_k:
                self.report.violations[("k_anonymity", ",".join(self.policy.spec.quasi_identifiers))] += 1
        return self.report

    # -- one batch ----------------------------------------------------------------------

    def _batch(self, records: list[Record]) -> None:
        texts: list[str] = []
        owners: list[tuple[Record, str, Rule | None]] = []
        for record in records:
            self.report.records += 1
            if self.measurer is not None:
                self.measurer.add(record.data)
            for concrete, pattern, value, rule in self._leaves(record.data):
                if self._check(record, concrete, pattern, value, rule) and isinstance(value, str) and value.strip():
                    texts.append(value)
                    owners.append((record, concrete, rule))
        if not texts:
            return
        for (record, concrete, rule), spans in zip(owners, self.detector.detect(texts)):
            pattern = paths.pattern_of(concrete)
            entities = [span.entity_type for span in spans]
            if self.linked and rule is not None and rule.action == SCAN or rule is None and self.policy.mode == "standard":
                entities = self._match_fakes(record, concrete, pattern, entities)
            for entity in entities:
                self._classify(pattern, rule, entity)

    def _match_fakes(self, record: Record, concrete: str, pattern: str, entities: list[str]) -> list[str]:
        """Findings explained by the audit's synthesize events for this value; the others are returned.

        A fake of one type may be detected as another (a fake street as a PERSON):
        same-type matches first, then any left over."""
        if not self.linked or self.policy.id_field not in record.data:
            return entities
        budget = Counter(self.audit.synthesized.get((record.record_id, concrete), {}))
        left = []
        for entity in entities:
            if budget[entity] > 0:
                budget[entity] -= 1
                self.report.synthetic[(pattern, entity)] += 1
            else:
                left.append(entity)
        rest = []
        for entity in left:
            other = next((e for e, n in budget.items() if n > 0), None)
            if other is None:
                rest.append(entity)
            else:
                budget[other] -= 1
                self.report.synthetic[(pattern, entity)] += 1
        return rest

    def _leaves(self, value: Any, concrete: str = "", pattern: str = "", inherited: Rule | None = None
                ) -> Iterator[tuple[str, str, Any, Rule | None]]:
        """(concrete path, pattern, value, the rule that governs it) of every scalar value."""
        if not isinstance(value, Mapping):
            raise TypeError("a record is a mapping")
        for key, item in value.items():
            yield from self._leaf(item, paths.child(concrete, str(key)), paths.child(pattern, str(key)), inherited)

    def _leaf(self, value, concrete, pattern, inherited):
        # a rule on an object or list governs every value inside it, as in the engine
        rule = self.policy.fields.get(pattern) or inherited
        if isinstance(value, Mapping):
            for key, item in value.items():
                yield from self._leaf(item, paths.child(concrete, str(key)), paths.child(pattern, str(key)), rule)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                yield from self._leaf(item, paths.element(concrete, i), paths.element(pattern, None), rule)
        else:
            yield concrete, pattern, value, rule

    def _check(self, record: Record, concrete: str, pattern: str, value: Any, rule: Rule | None) -> bool:
        """Policy checks of one value; True when it should be scanned for residual PII."""
        v = self.report.violations
        if rule is None:
            named = pattern in self.policy.field_prefixes
            if self.policy.mode == "strict" and not named:
                v[("unnamed_field", _top(pattern))] += 1
            return True
        if rule.action == "drop":
            v[("dropped_field", pattern)] += 1
            return True
        if rule.action in ("keep", SCAN) or value is None:
            return True
        if self.linked and self.policy.id_field in record.data:
            done = self.audit.whole.get((record.record_id, concrete))
            if done is None:
                v[("not_transformed", pattern)] += 1
                return True  # the original may be here: scan it
            if done != rule.action:
                v[("other_operator", pattern)] += 1
            if not shape_ok(rule, value):
                v[(f"shape:{rule.action}", pattern)] += 1
            return False
        if not shape_ok(rule, value):
            v[(f"shape:{rule.action}", pattern)] += 1
        return False

    def _classify(self, pattern: str, rule: Rule | None, entity: str) -> None:
        key = (pattern, entity)
        if rule is not None and rule.action == "keep" or rule is None and self.policy.mode == "permissive":
            self.report.kept[key] += 1
            return
        scanned = rule is not None and rule.action == SCAN or rule is None and self.policy.mode == "standard"
        if scanned:
            action = self.policy.entity_rule(entity).action
            if action == "keep":
                self.report.kept[key] += 1
                return
            if action == "synthesize" and not self.linked:  # without the audit trail, a fake is assumed
                self.report.synthetic[key] += 1
                return
        self.report.residual[key] += 1


def _top(pattern: str) -> str:
    return pattern.split(".")[0].split("[")[0]


# ---- what an operator's output looks like --------------------------------------------


def shape_ok(rule: Rule, value: Any) -> bool:
    p, action = rule.params, rule.action
    text = value if isinstance(value, str) else None
    if action == "hash":
        return text is not None and re.fullmatch(re.escape(p["prefix"]) + f"[0-9a-f]{{{p['length']}}}", text) is not None
    if action == "mask":
        shown = str(value)
        return p["char"] in shown or not any(c.isalnum() for c in shown)
    if action == "redact":
        return value in (None, "")
    if action == "replace":
        return text is not None and (text == p["value"] if p.get("value") is not None else bool(re.fullmatch(r"<[A-Z0-9_]+>", text)))
    if action == "placeholder":
        form = re.escape(p["format"]).replace(re.escape("{entity}"), "[A-Z0-9_]+").replace(re.escape("{n}"), r"\d+")
        return text is not None and re.fullmatch(form, text) is not None
    if action == "generalize":
        return _generalized(p, value)
    if action == "noise":
        return _is_number(value)
    if action == "date_shift":
        return parse_date(value) is not None
    return True  # synthesize: a fake has no shape of its own


_GENERALIZED = {"year": r"\d{4}", "year_month": r"\d{4}-\d{2}", "decade": r"\d{4}s", "age_band": r"\d+(-\d+)?"}


def _generalized(p: dict, value: Any) -> bool:
    shown = str(value)
    if p.get("to"):
        return re.fullmatch(_GENERALIZED[p["to"]], shown) is not None
    if p.get("bins") is not None:
        return re.fullmatch(r"-?[\d.]+(-\d+)?|<-?[\d.]+|>=-?[\d.]+|\[-?[\d.]+, -?[\d.]+\)", shown) is not None
    if p.get("keep_digits") is not None:
        return sum(c.isalnum() for c in shown) <= p["keep_digits"]
    if p.get("precision") is not None:
        return all(len(m) <= p["precision"] for m in re.findall(r"\.(\d+)", shown))
    return True


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    try:
        return math.isfinite(float(str(value)))
    except ValueError:
        return False
