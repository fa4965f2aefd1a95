"""Fuzzing the engine and the readers with hypothesis.

Over arbitrary JSON records and arbitrary text, with a fast fake detector (many
examples) and with the real detector (a few): `Engine.minimize` never raises,
every record ends in exactly one of records / failures, and every detected span
is replaced: the output is the input with each audited span swapped for a
different text, and the audited spans cover every character any detector
reported. The readers never raise on arbitrary bytes.
"""
from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minimize import paths
from minimize.beam import io
from minimize.engine import Engine
from minimize.policy import compile_policy
from minimize.types import Failure, Record, Span

#: phrases the fake detector finds, some overlapping ("Alice Smith" / "Smith Avenue 5")
POOL = {
    "Alice Smith": ("PERSON", 0.85),
    "Smith Avenue 5": ("LOCATION", 0.6),
    "alice@example.com": ("EMAIL_ADDRESS", 1.0),
    "(415) 555-0123": ("PHONE_NUMBER", 0.75),
    "536-90-4399": ("US_SSN", 0.85),
    "4111 1111 1111 1111": ("CREDIT_CARD", 1.0),
}
ENTITIES = {
    "PERSON": {"action": "placeholder"},
    "LOCATION": {"action": "redact"},
    "EMAIL_ADDRESS": {"action": "hash", "length": 12},
    "PHONE_NUMBER": {"action": "mask", "keep_last": 2},
    "US_SSN": {"action": "replace", "value": "[ssn]"},
    "CREDIT_CARD": {"action": "synthesize"},
    "DEFAULT": {"action": "placeholder"},
}
STANDARD = compile_policy({"mode": "standard", "entities": ENTITIES})


class RecordingFake:
    """Finds every occurrence of each POOL phrase; remembers what it answered per text."""

    def __init__(self) -> None:
        self.answers: dict[str, list[Span]] = {}

    def detect(self, texts):
        out = []
        for text in texts:
            spans = []
            for phrase, (entity, score) in POOL.items():
                start = text.find(phrase)
                while start != -1:
                    spans.append(Span(entity, start, start + len(phrase), score, "Fake"))
                    start = text.find(phrase, start + 1)
            self.answers[text] = sorted(spans, key=lambda s: (s.start, s.end))
            out.append(self.answers[text])
        return out


class Recording:
    """Wraps the real detector and remembers its answers."""

    def __init__(self, detector) -> None:
        self.detector = detector
        self.answers: dict[str, list[Span]] = {}

    def detect(self, texts):
        found = self.detector.detect(texts)
        self.answers.update(zip(texts, found))
        return found


# -- strategies -------------------------------------------------------------------------------------

any_text = st.text(max_size=30)  # every code point but lone surrogates: controls, RTL, emoji, combining marks
text_with_pii = st.lists(st.one_of(st.sampled_from(list(POOL)), any_text), max_size=6).map(lambda parts: "".join(parts))
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text | text_with_pii
)  # fmt: skip
#: plain keys for the checks that walk paths (a key with "." or "[" makes paths ambiguous)
plain_keys = st.sampled_from(["k1", "k2", "body", "misc", "extra"])
plain_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(plain_keys, kids, max_size=3),
                            max_leaves=12)  # fmt: skip
plain_records = st.dictionaries(plain_keys, plain_values, max_size=4)
#: anything JSON can hold, keys included: the never-raises checks
any_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(any_text, kids, max_size=3),
                          max_leaves=12)  # fmt: skip
any_records = st.one_of(st.dictionaries(any_text, any_values, max_size=4), any_values)


def minimize(engine: Engine, datas: list) -> tuple[list[Record], Any]:
    records = [Record(f"r-{i}", data, "in.jsonl", i + 1) for i, data in enumerate(datas)]
    return records, engine.minimize(records)


def assert_accounted(records: list[Record], result) -> None:
    out = [r.record_id for r, _ in result.records]
    failed = [f.record_id for f in result.failures]
    assert sorted(out + failed) == sorted(r.record_id for r in records)  # each exactly once
    assert {e.record_id for e in result.audit} <= set(out)  # a failed record leaves no event behind


def leaves(value: Any, concrete: str = ""):
    """(concrete path, value) of every scalar, as the engine names them."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, paths.child(concrete, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, paths.element(concrete, index))
    else:
        yield concrete, value


def assert_spans_replaced(before: Any, after: Any, events: list, answers: dict[str, list[Span]]) -> None:
    """Every string in `after` is its `before` with each audited span replaced by a different text, and
    the audited spans cover every character (but whitespace) of every span the detector reported."""
    out = dict(leaves(after))
    by_field: dict[str, list] = {}
    for event in events:
        if event.start is not None:
            by_field.setdefault(event.field, []).append(event)
    for path, value in leaves(before):
        if not isinstance(value, str):
            continue
        audited = sorted(by_field.get(path, []), key=lambda e: e.start)
        covered = set()
        for event in audited:
            covered.update(range(event.start, event.end))
        for span in answers.get(value, []):
            # overlaps are trimmed to whitespace (Presidio's conflict resolution): no other character survives
            kept = {i for i in range(span.start, span.end) if i not in covered and not value[i].isspace()}
            assert not kept, (path, span, value[span.start : span.end])
        pattern, cursor = "", 0
        for event in audited:
            assert event.start >= cursor  # audited spans do not overlap
            pattern += re.escape(value[cursor : event.start]) + "(.*?)"
            cursor = event.end
        match = re.fullmatch(pattern + re.escape(value[cursor:]), out[path], re.DOTALL)
        assert match, (path, value, out[path])
        for event, replacement in zip(audited, match.groups()):
            assert replacement != value[event.start : event.end], (path, event)


# -- the fake detector: many examples ----------------------------------------------------------------

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])  # fmt: skip


@FUZZ
@given(datas=st.lists(any_records, min_size=1, max_size=4), mode=st.sampled_from(["strict", "standard", "permissive"]))
def test_when_records_are_arbitrary_json_then_the_engine_never_raises_and_accounts_for_each(key, datas, mode):
    policy = compile_policy({"mode": mode, "fields": {"body": {"action": "scan"}, "k1": {"action": "hash"}},
                             "entities": ENTITIES})  # fmt: skip
    records, result = minimize(Engine(policy, key, detector=RecordingFake()), datas)
    assert_accounted(records, result)
    for failure in result.failures:
        assert isinstance(failure, Failure) and failure.stage in ("read", "detect", "transform")
    if mode == "standard":  # every string is scanned: no pool phrase survives in any value
        for _, data in result.records:
            for _, value in leaves(data):
                assert not (isinstance(value, str) and any(phrase in value for phrase in POOL)), value


@FUZZ
@given(datas=st.lists(plain_records, min_size=1, max_size=4))
def test_when_records_hold_pii_anywhere_then_every_detected_span_is_replaced(key, datas):
    fake = RecordingFake()
    records, result = minimize(Engine(STANDARD, key, detector=fake), datas)
    assert_accounted(records, result)
    assert not result.failures  # nothing here can fail: every value is scanned or kept
    for record, data in result.records:
        events = [e for e in result.audit if e.record_id == record.record_id]
        assert_spans_replaced(record.data, data, events, fake.answers)


@FUZZ
@given(text=text_with_pii)
def test_when_text_is_arbitrary_then_every_detected_span_is_replaced(key, text):
    fake = RecordingFake()
    records, result = minimize(Engine(STANDARD, key, detector=fake), [{"notes": text}])
    assert_accounted(records, result)
    [(record, data)] = result.records
    assert_spans_replaced(record.data, data, result.audit, fake.answers)


# -- the real detector: a few examples ---------------------------------------------------------------

REAL_PII = ["Jane Doe", "jane.doe@example.com", "212-555-0199", "536-90-4399", "4111 1111 1111 1111",
            "10 Downing Street, London", "192.168.1.24"]  # fmt: skip
real_text = st.lists(st.one_of(st.sampled_from(REAL_PII), st.text(max_size=25), st.just(" called about ")),
                     max_size=8).map(" ".join)  # fmt: skip


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(real_text, min_size=1, max_size=3))
def test_when_the_real_detector_scans_arbitrary_text_then_every_span_it_reports_is_replaced(key, detector, texts):
    recording = Recording(detector)
    records, result = minimize(Engine(STANDARD, key, detector=recording), [{"notes": t} for t in texts])
    assert_accounted(records, result)
    assert not result.failures
    for record, data in result.records:
        events = [e for e in result.audit if e.record_id == record.record_id]
        assert_spans_replaced(record.data, data, events, recording.answers)


# -- the readers: arbitrary bytes ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300) | st.lists(st.sampled_from(
    [b'{"id": 1}', b"[1]", b"\xff", b"\xef\xbb\xbf", b'"', b",", b"\r\n", b"\n", b"{", b'{"a": "\\ud800"}', b"[" * 120]),
    max_size=12).map(b"".join))  # fmt: skip
@pytest.mark.parametrize("reader, name", [(io.read_jsonl, "f.jsonl"), (io.read_csv, "f.csv")])
def test_when_a_file_holds_arbitrary_bytes_then_the_readers_never_raise(tmp_path_factory, reader, name, content):
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(content)
    items = list(reader(str(path), "id"))
    assert all(isinstance(item, (Record, Failure)) for item in items)
    positions = [item.position for item in items]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)  # one item per line or row
    if reader is io.read_jsonl:
        lines = content.removeprefix(b"\xef\xbb\xbf").split(b"\n")
        assert len(items) == len([line for line in lines if line.strip()])  # every non-blank line, once
