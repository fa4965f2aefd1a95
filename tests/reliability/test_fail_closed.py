"""Fail closed: when detection or an operator raises for a record, that record goes to
rejected/ with the stage and the error class, and never to data/ untransformed.

The engine's own tests (tests/test_engine.py) cover operators and detectors that
raise through `Engine.minimize`; here the same happens through `minimize run`
(the CLI and the Beam pipeline, in this process so that a test operator
registered here is known to the in-memory DirectRunner), plus the ways a record
could slip past: spans the anonymizer cannot place, records too deep to walk,
unexpected errors outside the operators.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from minimize.detection import DetectionConfig, Detector
from minimize.engine import Engine
from minimize.operators import OPERATORS, Operator, register_operator
from minimize.policy import compile_policy
from minimize.types import Record, Span

from .conftest import (
    FAST_DETECTION,
    FastBackend,
    assert_accounted,
    data_rows,
    rejected,
    run_cli,
    write_policy,
)

SECRET = "Quintessa Vandermolen 536-90-4399"
RECORDS = [
    {"id": "ok-1", "notes": "mail ana@example.com", "secret": "nothing to see"},
    {"id": "bad", "notes": "mail bob@example.com", "secret": SECRET},
    {"id": "ok-2", "notes": "no pii here", "secret": "plain"},
]


@dataclass(frozen=True)
class ExplodeInReliability(Operator):
    """Raises on values holding a marker, quoting the value as careless code does."""

    def apply(self, value: Any, ctx) -> Any:
        if "Vandermolen" in str(value) or "536-90-4399" in str(value):
            raise RuntimeError(f"cannot handle {value!r}")
        return "<fine>"


@pytest.fixture
def explode():
    register_operator("explode_in_reliability")(ExplodeInReliability)
    yield "explode_in_reliability"
    OPERATORS._items.pop("explode_in_reliability", None)


def _lake(tmp_path, records=RECORDS):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return source


def _assert_only_bad_rejected(out, stage: str, error: str) -> None:
    summary = assert_accounted(out)
    assert (summary["records_in"], summary["records_out"], summary["records_rejected"]) == (3, 2, 1)
    [entry] = rejected(out)
    assert (entry["record_id"], entry["position"], entry["stage"]) == ("bad", 2, stage)
    assert error in entry["error"]
    rows = data_rows(out)
    assert sorted(r["id"] for r in rows) == ["ok-1", "ok-2"]
    everything = json.dumps(rows) + json.dumps(entry)
    for raw in ("Vandermolen", "536-90-4399", "bob@example.com"):
        assert raw not in everything


def test_when_an_operator_raises_in_a_job_then_the_record_is_rejected_at_transform(tmp_path, explode):
    policy = write_policy(tmp_path / "conf", "version: 1\nmode: strict\n" + FAST_DETECTION + (
        "fields:\n  id: {action: keep}\n  notes: {action: scan}\n  secret: {action: explode_in_reliability}\n"
        "entities:\n  DEFAULT: {action: placeholder}\n"))  # fmt: skip
    run = run_cli(["run", "--policy", policy, "--input", _lake(tmp_path), "--output", tmp_path / "out"])
    _assert_only_bad_rejected(run.ok().output, "transform", "field secret: RuntimeError")
    assert "Vandermolen" not in run.stdout + run.stderr


def test_when_an_entity_operator_raises_in_a_job_then_the_record_is_rejected_at_transform(tmp_path, explode):
    policy = write_policy(tmp_path / "conf", "version: 1\nmode: strict\n" + FAST_DETECTION + (
        "fields:\n  id: {action: keep}\n  notes: {action: scan}\n  secret: {action: scan}\n"
        "entities:\n  US_SSN: {action: explode_in_reliability}\n  DEFAULT: {action: placeholder}\n"))  # fmt: skip
    run = run_cli(["run", "--policy", policy, "--input", _lake(tmp_path), "--output", tmp_path / "out"])
    _assert_only_bad_rejected(run.ok().output, "transform", "field secret: RuntimeError")


class _Raising(FastBackend):
    """Raises on any batch holding the marker, quoting the text."""

    def analyze(self, texts):
        for text in texts:
            if "Vandermolen" in text:
                raise ValueError(f"choked on {text!r}")
        return super().analyze(texts)


def test_when_detection_raises_in_a_job_then_the_record_is_rejected_at_detect(tmp_path, monkeypatch):
    backend = _Raising()
    monkeypatch.setattr("minimize.detection.build_detector", lambda config=None: Detector(config or DetectionConfig(), backend))
    policy = write_policy(tmp_path / "conf", "version: 1\nmode: strict\n" + FAST_DETECTION + (
        "fields:\n  id: {action: keep}\n  notes: {action: scan}\n  secret: {action: scan}\n"
        "entities:\n  DEFAULT: {action: placeholder}\n"))  # fmt: skip
    run = run_cli(["run", "--policy", policy, "--input", _lake(tmp_path), "--output", tmp_path / "out"])
    _assert_only_bad_rejected(run.ok().output, "detect", "field secret: DetectionError")
    rows = {r["id"]: r for r in data_rows(tmp_path / "out")}
    assert rows["ok-1"]["notes"] == "mail <EMAIL_ADDRESS_1>"  # the rest of the batch was still scanned
    assert "Vandermolen" not in run.stdout + run.stderr


# -- ways a record could slip past: through the engine --------------------------------------------


class _Spans:
    """A detector answering with fixed spans, however wrong."""

    def __init__(self, spans):
        self.spans = spans

    def detect(self, texts):
        return [list(self.spans) for _ in texts]


POLICY = compile_policy({"mode": "strict", "fields": {"id": {"action": "keep"}, "notes": {"action": "scan"}},
                         "entities": {"DEFAULT": {"action": "placeholder"}}})  # fmt: skip


@pytest.mark.parametrize(
    "spans, stage, error",
    [
        ([Span("PERSON", 5, 500, 0.9)], "detect", "span outside the text"),  # ends past the text
        ([Span("PERSON", -3, 4, 0.9)], "detect", "span outside the text"),  # starts before it (slicing would copy text)
        ([Span("PERSON", 9, 2, 0.9)], "detect", "span outside the text"),  # ends before it starts
        ([Span("PERSON", 4, 4, 0.9)], "detect", "span outside the text"),  # empty
    ],
)
def test_when_a_detector_returns_spans_that_cannot_be_placed_then_the_record_is_rejected(key, spans, stage, error):
    text = "Quintessa Vandermolen"
    result = Engine(POLICY, key, detector=_Spans(spans)).minimize([Record("r", {"id": "r", "notes": text}, "in.jsonl", 1)])
    assert result.records == [] and result.audit == []
    [failure] = result.failures
    assert (failure.stage, failure.error) == (stage, f"field notes: DetectionError: the detector returned a {error}")


def test_when_a_record_is_nested_too_deeply_to_walk_then_it_alone_is_rejected(key):
    deep: Any = "Quintessa Vandermolen"
    for _ in range(5_000):
        deep = [deep]
    records = [Record("deep", {"id": "deep", "notes": deep}, "in.jsonl", 1), Record("ok", {"id": "ok", "notes": "x"}, "in.jsonl", 2)]
    result = Engine(POLICY, key, detector=_Spans([])).minimize(records)
    assert [r.record_id for r, _ in result.records] == ["ok"]
    [failure] = result.failures
    assert (failure.record_id, failure.stage) == ("deep", "read") and "nested too deeply" in failure.error


def test_when_an_audit_digest_fails_then_the_record_is_rejected_not_raised(key):
    class Unprintable:
        def __str__(self):
            raise RuntimeError("Quintessa Vandermolen")

    policy = compile_policy({"mode": "strict", "fields": {"id": {"action": "keep"}, "blob": {"action": "drop"}}})
    records = [Record("odd", {"id": "odd", "blob": Unprintable()}, "in.jsonl", 1), Record("ok", {"id": "ok"}, "in.jsonl", 2)]
    result = Engine(policy, key, detector=_Spans([])).minimize(records)
    assert [r.record_id for r, _ in result.records] == ["ok"]
    [failure] = result.failures
    assert (failure.record_id, failure.stage, failure.error) == ("odd", "transform", "RuntimeError")
