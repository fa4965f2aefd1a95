"""No record content leaks through a side channel: logs at every level, warnings,
error messages, Beam counter names, the rejected folder, the summary, the audit
trail, the report, the policy copy; and no network connection is ever opened.

The main test runs `minimize --debug run` as a subprocess over records full of
known PII (names, emails, phones, SSNs, card numbers), some of which are rejected
(invalid UTF-8, invalid JSON, not an object) or fail in an operator, and
searches everything but data/ for every one of those values.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline

from minimize.beam.transforms import MinimizeRecords
from minimize.policy import compile_policy
from minimize.types import Record

from .conftest import (
    DEBUG_POLICY,
    FAST_POLICY,
    KEY,
    PII,
    all_output_except_data,
    assert_accounted,
    data_rows,
    debug_input,
    fast_detection,
    rejected,
    run_cli,
    write_policy,
)


def forms(value: str) -> set[str]:
    """A value as it may show up: as written, case-folded, and (for numbers) digits only."""
    out = {value, value.casefold()}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 9 and not re.search(r"[A-Za-z]", value):
        out.add(digits)
    return out


def test_when_the_debug_run_is_set_up_then_its_input_holds_every_value_and_some_records_fail(debug_run):
    source = debug_input(debug_run.output.parent / "again.jsonl").read_text(encoding="utf-8", errors="replace")
    assert all(value in source for value in PII)
    summary = assert_accounted(debug_run.output)
    assert (summary["records_in"], summary["records_out"], summary["records_rejected"]) == (6, 2, 4)
    stages = sorted((e["position"], e["stage"]) for e in rejected(debug_run.output))
    assert stages == [(3, "read"), (4, "read"), (5, "transform"), (6, "read")]  # UTF-8, JSON, noise, array
    assert "DEBUG " in debug_run.run.stderr and "apache_beam" in debug_run.run.stderr  # every library at DEBUG


@pytest.mark.parametrize("value", PII)
def test_when_a_job_runs_at_debug_then_no_output_but_data_holds_a_raw_value(debug_run, value):
    assert_accounted(debug_run.output)
    for name, text in all_output_except_data(debug_run).items():
        for form in forms(value):
            assert form not in text, f"{value!r} ({form!r}) leaked into {name}"


def test_when_a_job_runs_at_debug_then_data_holds_none_of_the_scanned_values(debug_run):
    """Not a side channel, but the point of the run: the minimized records hold no raw value."""
    assert_accounted(debug_run.output)
    text = json.dumps(data_rows(debug_run.output))
    for value in PII:
        assert value not in text, value


def test_when_counters_are_reported_then_their_names_hold_no_content(monkeypatch):
    monkeypatch.setenv("MINIMIZE_KEY", KEY)
    policy = compile_policy({"mode": "standard", "detection": {"entities": ["EMAIL_ADDRESS", "US_SSN"], "packs": []}})
    records = [Record(f"r-{i}", {"id": f"r-{i}", "notes": f"{value} ana@example.com 536-90-4399"}, "in.jsonl", i)
               for i, value in enumerate(PII)]  # fmt: skip
    with fast_detection():
        pipeline = test_pipeline.TestPipeline()
        _ = pipeline | beam.Create(records) | MinimizeRecords(policy.spec.model_dump(mode="json"), "<test>", policy.digest)
        result = pipeline.run()
        result.wait_until_finish()
    names = {c.key.metric.name for c in result.metrics().query()["counters"]}
    assert {"records_in", "records_out", "findings_EMAIL_ADDRESS", "findings_US_SSN"} <= names
    assert all(re.fullmatch(r"records_(in|out|rejected)|findings_[A-Z][A-Z0-9_]*", name) for name in names), names
    assert not [value for value in PII for name in names if value.casefold() in name.casefold()]


def test_when_a_job_runs_then_it_never_opens_a_network_connection(tmp_path, no_network):
    """Beam 2.77's DirectRunner would first try PrismRunner, which downloads its binary."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "n-1", "notes": "ana@example.com"}\n')
    run = run_cli(["run", "--policy", write_policy(tmp_path / "conf", FAST_POLICY), "--input", source,
                   "--output", tmp_path / "out", "--no-report"])  # fmt: skip
    assert_accounted(run)
    assert list(no_network) == []


def test_when_records_fail_then_warnings_and_logs_of_this_process_hold_no_value(tmp_path, caplog, recwarn):
    policy = write_policy(tmp_path / "conf", DEBUG_POLICY)
    source = debug_input(tmp_path / "in.jsonl")
    with contextlib.ExitStack() as stack:  # every logger at DEBUG (earlier runs may have quietened some)
        for name in (None, "minimize", "apache_beam", "presidio-analyzer", "presidio-anonymizer"):
            stack.enter_context(caplog.at_level(logging.DEBUG, logger=name))
        run = run_cli(["--debug", "run", "--policy", policy, "--input", source, "--output", tmp_path / "out", "--no-report"])
    assert_accounted(run)
    shown = "\n".join([run.stdout, run.stderr, caplog.text, *(str(w.message) for w in recwarn)])
    assert any(r.name.startswith("apache_beam") and r.levelno == logging.DEBUG for r in caplog.records)
    for value in PII:
        for form in forms(value):
            assert form not in shown, f"{value!r} ({form!r}) in this process's logs or warnings"
