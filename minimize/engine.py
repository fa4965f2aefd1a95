"""A batch of records -> minimized records, audit events and failures. No Beam here.

Per batch: walk every record once to collect the free-text values that need
scanning, detect PII in all of them in one batched call (spaCy's `nlp.pipe`),
then walk again applying field rules and entity rules. A record whose detection
or transformation fails goes to `failures` whole: nothing of it is emitted
(fail closed), and the failure names the stage, the field and the error class,
never the value.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from minimize import overlaps, paths
from minimize.detection.speed import DetectionCache
from minimize.errors import DetectionError, MinimizeError
from minimize.keys import SecretKey, unkeyed
from minimize.policy import SCAN, CompiledPolicy, Rule
from minimize.types import AuditEvent, Failure, OpContext, Record, Span

log = logging.getLogger(__name__)

_DROP = object()  # a walk result meaning "leave this key or element out"
MODE_RULE = "mode.{}"


@dataclass
class BatchResult:
    #: (input record, minimized data) for every record that made it through
    records: list[tuple[Record, dict]] = field(default_factory=list)
    audit: list[AuditEvent] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


class FieldFailure(Exception):
    """Carries where a transformation failed; `__cause__` says why."""

    def __init__(self, field_path: str, stage: str = "transform"):
        super().__init__(field_path)
        self.field_path = field_path
        self.stage = stage


def describe_error(exc: BaseException) -> str:
    """Error class and, for our own errors only, the message (ours never hold values)."""
    if isinstance(exc, MinimizeError):
        return f"{type(exc).__name__}: {exc}"
    return type(exc).__name__


class Engine:
    """Minimize batches of records under one compiled policy and one key."""

    def __init__(self, policy: CompiledPolicy, key: SecretKey | None, detector=None):
        """`key` None: only `scan` works; transforming raises SecretKeyError (audit digests need it)."""
        self.policy = policy
        self.key = key
        self.digest = key.digest if key is not None else unkeyed
        self.value_digest = key.value_digest if key is not None else unkeyed
        self._detector = detector
        self._cache = DetectionCache()  # findings of short repeated values (cells), bounded

    @property
    def detector(self):
        if self._detector is None:
            from minimize.detection import build_detector

            self._detector = build_detector(self.policy.detection)
        return self._detector

    # -- public API -----------------------------------------------------------------

    def minimize(self, records: Sequence[Record]) -> BatchResult:
        result = BatchResult()
        columns = self.infer_columns(records)
        texts: list[str] = []
        owners: list[tuple[int, str]] = []  # (record index, concrete path) of each text
        ok: list[int] = []
        for i, record in enumerate(records):
            if not isinstance(record.data, Mapping):
                result.failures.append(self._not_an_object(record))
                continue
            collected: list[tuple[str, str]] = []
            try:
                self._walk_record(record, _Collect(collected, columns))
            except FieldFailure as exc:
                result.failures.append(self._field_failure(record, exc))
                continue
            except Exception as exc:  # noqa: BLE001 - fail closed: this record only
                result.failures.append(self._unexpected(record, "read", exc))
                continue
            ok.append(i)
            for path, text in collected:
                texts.append(text)
                owners.append((i, path))

        typed, texts, owners = _typed_columns(texts, owners, columns)
        found, broken = self._detect(texts, owners)
        found.update(typed)
        for i in ok:
            record = records[i]
            if i in broken:
                result.failures.append(self._failure(record, "detect", broken[i]))
                continue
            events: list[AuditEvent] = []
            try:
                data = self._walk_record(record, _Apply(self, i, record, found, events, columns))
            except FieldFailure as exc:
                result.failures.append(self._field_failure(record, exc))
                continue
            except Exception as exc:  # noqa: BLE001 - fail closed: this record only
                result.failures.append(self._unexpected(record, "transform", exc))
                continue
            result.records.append((record, data))
            result.audit.extend(events)
        return result

    def scan(self, records: Sequence[Record]) -> tuple[list[tuple[Record, str, Span]], list[Failure]]:
        """Findings per record and field, without changing anything (`minimize scan`)."""
        texts, owners, failures, findings = [], [], [], []
        columns = self.infer_columns(records)
        for i, record in enumerate(records):
            if not isinstance(record.data, Mapping):
                failures.append(self._not_an_object(record))
                continue
            for path, text in _scannable_leaves(record.data, columns=columns):
                texts.append(text)
                owners.append((i, path))
        every = list(owners)
        typed, texts, owners = _typed_columns(texts, owners, columns)
        found, broken = self._detect(texts, owners)
        found.update(typed)
        for i, path in every:
            if i not in broken:
                findings.extend((records[i], path, span) for span in found.get((i, path), ()))
        for i, reason in broken.items():
            failures.append(self._failure(records[i], "detect", reason))
        return findings, failures

    def infer_columns(self, records: Sequence[Record]) -> dict:
        """Field pattern -> Column for the batch's structured fields (detection/columns.py)."""
        from minimize.detection.columns import infer_columns

        try:
            return infer_columns([r.data for r in records if isinstance(r.data, Mapping)])
        except RecursionError:  # a record nested too deeply: it fails alone in the walk
            return {}

    # -- detection ------------------------------------------------------------------

    def _detect(self, texts: list[str], owners: list[tuple[int, str]]):
        """Spans per (record, path); on a batch error, retry one by one to isolate the culprit."""
        if not texts:
            return {}, {}
        try:
            batches = _checked(self._cache.detect(self.detector.detect, texts), len(texts))
            return dict(zip(owners, batches)), {}
        except Exception as exc:  # noqa: BLE001 - fail closed per record below
            log.warning("batch detection failed (%s); retrying record by record", type(exc).__name__)
        found, broken = {}, {}
        for owner, text in zip(owners, texts):
            if owner[0] in broken:
                continue
            try:
                found[owner] = _checked(self._cache.detect(self.detector.detect, [text]), 1)[0]
            except Exception as exc:  # noqa: BLE001
                broken[owner[0]] = f"field {owner[1]}: {describe_error(exc)}"
        return found, broken

    # -- walking a record -----------------------------------------------------------

    def _walk_record(self, record: Record, visit: "_Visit") -> dict:
        return self._walk_dict(record.data, "", "", None, visit)

    def _walk(self, value: Any, concrete: str, pattern: str, inherited: Rule | None, visit: "_Visit") -> Any:
        rule = self.policy.fields.get(pattern) or inherited
        if rule is not None:
            if rule.action == "drop":
                visit.whole(rule.name, rule, value, concrete)
                return _DROP
            if rule.action == "keep" or value is None:
                return value
            if isinstance(value, Mapping):
                return self._walk_dict(value, concrete, pattern, rule, visit)
            if isinstance(value, list):
                return self._walk_list(value, concrete, pattern, rule, visit)
            if rule.action == SCAN:
                return visit.scan(value, concrete)
            return visit.whole(rule.name, rule, value, concrete)

        mode = self.policy.mode
        if mode == "strict" and pattern not in self.policy.field_prefixes:
            visit.whole(MODE_RULE.format(mode), None, value, concrete)
            return _DROP
        if isinstance(value, Mapping):
            return self._walk_dict(value, concrete, pattern, None, visit)
        if isinstance(value, list):
            return self._walk_list(value, concrete, pattern, None, visit)
        if mode == "strict":  # a scalar where the policy names nested fields
            visit.whole(MODE_RULE.format(mode), None, value, concrete)
            return _DROP
        if mode == "standard" and (isinstance(value, str) or _typed_number(value, pattern, visit.columns)):
            return visit.scan(value, concrete)
        return value

    def _walk_dict(self, value, concrete, pattern, inherited, visit) -> dict:
        out = {}
        for key, item in value.items():
            key = str(key)
            result = self._walk(item, paths.child(concrete, key), paths.child(pattern, key), inherited, visit)
            if result is not _DROP:
                out[key] = result
        return out

    def _walk_list(self, value, concrete, pattern, inherited, visit) -> list:
        out = []
        element_pattern = paths.element(pattern, None)
        for index, item in enumerate(value):
            result = self._walk(item, paths.element(concrete, index), element_pattern, inherited, visit)
            if result is not _DROP:
                out.append(result)
        return out

    # -- failures -------------------------------------------------------------------

    @classmethod
    def _not_an_object(cls, record: Record) -> Failure:
        return cls._failure(record, "read", f"record is a {type(record.data).__name__}, expected an object")

    @staticmethod
    def _failure(record: Record, stage: str, error: str) -> Failure:
        return Failure(record.source, record.position, record.record_id, stage, error)

    def _unexpected(self, record: Record, stage: str, exc: Exception) -> Failure:
        if isinstance(exc, RecursionError):
            return self._failure(record, "read", "record is nested too deeply to process")
        return self._failure(record, stage, describe_error(exc))

    def _field_failure(self, record: Record, exc: FieldFailure) -> Failure:
        cause = exc.__cause__ or exc
        return self._failure(record, exc.stage, f"field {exc.field_path}: {describe_error(cause)}")


def _checked(results: list, expected: int) -> list:
    """A detector must answer for every text: a missing answer would let a text pass unscanned."""
    if len(results) != expected:
        raise DetectionError(f"the detector returned {len(results)} results for {expected} texts")
    return results


def _scan_text(value: Any) -> str | None:
    """The text to scan for a value: strings, and numbers (an SSN stored as an int)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _scannable_leaves(value: Any, concrete: str = "", columns: Mapping = {}) -> Iterable[tuple[str, str]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _scannable_leaves(item, paths.child(concrete, str(key)), columns)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _scannable_leaves(item, paths.element(concrete, index), columns)
    elif isinstance(value, str) and value:
        yield concrete, value
    elif _typed_number(value, paths.pattern_of(concrete), columns):
        yield concrete, str(value)


def _typed_number(value: Any, pattern: str, columns: Mapping) -> bool:
    """A number in a column typed as PII (an `age` of ints): scanned like text."""
    column = columns.get(pattern)
    return column is not None and column.entity is not None and _scan_text(value) is not None


def _typed_columns(texts: list[str], owners: list[tuple[int, str]], columns: Mapping):
    """Findings of values whose column type decides them, and the texts left for NER."""
    typed: dict[tuple[int, str], list[Span]] = {}
    rest_texts, rest_owners = [], []
    for owner, text in zip(owners, texts):
        column = columns.get(paths.pattern_of(owner[1]))
        if column is not None and column.covers(text):
            span = column.span(text)
            typed[owner] = [span] if span else []
        else:
            rest_texts.append(text)
            rest_owners.append(owner)
    return typed, rest_texts, rest_owners


def canonical(value: Any) -> str:
    """The string a value's audit digest is made from."""
    if isinstance(value, (Mapping, list)):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return str(value)


class _Visit:
    columns: Mapping = {}  # field pattern -> Column of the batch (numbers in typed columns are scanned)

    def whole(self, rule_name: str, rule: Rule | None, value: Any, concrete: str) -> Any: ...

    def scan(self, value: Any, concrete: str) -> Any: ...


class _Collect(_Visit):
    """First pass: gather the texts to scan; transform nothing."""

    def __init__(self, out: list[tuple[str, str]], columns: Mapping = {}):
        self.out = out
        self.columns = columns

    def whole(self, rule_name, rule, value, concrete):
        return value

    def scan(self, value, concrete):
        text = _scan_text(value)
        if text:
            self.out.append((concrete, text))
        return value


class _Apply(_Visit):
    """Second pass: apply field rules and entity rules, recording an event for each change."""

    def __init__(self, engine: Engine, index: int, record: Record, found: dict, events: list[AuditEvent],
                 columns: Mapping = {}):
        self.columns = columns
        self.engine = engine
        self.index = index  # the record's place in the batch: detection results are keyed by it
        self.record = record
        self.found = found
        self.events = events
        self.state: dict = {}  # shared by all operators of this record (placeholder numbering)

    def _context(self, concrete: str, entity: str | None) -> OpContext:
        return OpContext(
            record_id=self.record.record_id,
            field=concrete,
            entity_type=entity,
            digest=self.engine.digest,
            record=self.record.data,
            state=self.state,
        )

    def _event(self, concrete, entity, span: Span | None, operator: str, rule: str, value) -> None:
        self.events.append(
            AuditEvent(
                record_id=self.record.record_id,
                field=concrete,
                entity_type=entity,
                start=span.start if span else None,
                end=span.end if span else None,
                score=round(span.score, 4) if span else None,
                recognizer=span.recognizer if span else None,
                operator=operator,
                rule=rule,
                value_digest=self.engine.value_digest(canonical(value)),
            )
        )

    def whole(self, rule_name, rule, value, concrete):
        entity = rule.entity if rule else None
        if rule is None or rule.action == "drop":
            self._event(concrete, entity, None, "drop", rule_name, value)
            return None
        try:
            new = rule.operator.apply(value, self._context(concrete, entity))
        except Exception as exc:
            raise FieldFailure(concrete) from exc
        self._event(concrete, entity, None, rule.action, rule_name, value)
        return new

    def scan(self, value, concrete):
        text = _scan_text(value)
        spans = self.found.get((self.index, concrete), ())
        if not text or not spans:
            return value
        if any(not 0 <= span.start < span.end <= len(text) for span in spans):
            # a broken detector: replacing by such offsets would copy raw text around
            raise FieldFailure(concrete, stage="detect") from DetectionError("the detector returned a span outside the text")
        pieces: list[str] = []
        cursor = 0
        changed = False
        try:
            resolved = overlaps.resolve(text, spans)
        except Exception as exc:  # spans the anonymizer cannot place: fail closed
            raise FieldFailure(concrete) from exc
        for span in resolved:
            rule = self.engine.policy.entity_rule(span.entity_type)
            original = text[span.start : span.end]
            if rule.action == "keep":
                continue
            try:
                replacement = rule.operator.apply(original, self._context(concrete, span.entity_type))
            except Exception as exc:
                raise FieldFailure(concrete) from exc
            pieces.append(text[cursor : span.start])
            pieces.append(str(replacement))
            cursor = span.end
            changed = True
            self._event(concrete, span.entity_type, span, rule.action, rule.name, original)
        if not changed:
            return value
        pieces.append(text[cursor:])
        return "".join(pieces)
