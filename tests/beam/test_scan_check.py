"""`minimize scan` (the findings contract) and `minimize check` end to end."""
from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from .conftest import (
    CUSTOMERS_JOB,
    CUSTOMERS_POLICY,
    FINDING_KEYS,
    OUTPUT_ADDITIONS,
    SAMPLES,
    assert_one_line_error,
    input_records,
    run_cli,
    value_at,
)

SCANS = [
    # (session fixture, the input it scanned)
    ("scan_default_run", "customers.jsonl"),  # no --policy: default detection; nested fields and lists
    ("scan_policy_run", "tickets.jsonl"),  # --policy training_corpus.yaml; free-text tickets
]
SCAN_IDS = [row[0] for row in SCANS]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IPV4 = re.compile(r"\d{1,3}(\.\d{1,3}){3}")


def digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


# -- scan ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture, _input", SCANS, ids=SCAN_IDS)
def test_when_scan_runs_then_output_holds_findings_and_summary_only(request, fixture, _input):
    run = request.getfixturevalue(fixture).ok()
    names = {p.name for p in run.output.iterdir()}
    assert {"findings", "summary.json"} <= names
    # no data/, no audit/: scan changes nothing (rejected/ and the README's additions may be there)
    assert names - {"findings", "summary.json"} <= {"rejected"} | OUTPUT_ADDITIONS
    s = run.summary
    assert (s["records_in"], s["records_rejected"]) == (40, 0)
    assert s["records_in"] == s["records_out"] + s["records_rejected"] + s["records_suppressed"]


@pytest.mark.parametrize("fixture, _input", SCANS, ids=SCAN_IDS)
def test_when_scan_runs_then_each_finding_has_exactly_the_contract_keys(request, fixture, _input):
    findings = request.getfixturevalue(fixture).ok().dicts("findings")
    assert findings
    for finding in findings:
        assert set(finding) == FINDING_KEYS
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", finding["entity_type"])
        assert isinstance(finding["start"], int) and isinstance(finding["end"], int)
        assert 0 < finding["score"] <= 1
        assert isinstance(finding["recognizer"], str) and finding["recognizer"]


@pytest.mark.parametrize("fixture, input_name", SCANS, ids=SCAN_IDS)
def test_when_scan_reports_offsets_then_they_point_at_pii_in_the_original_value(request, fixture, input_name):
    records = input_records(SAMPLES / input_name)
    checked = Counter()
    for finding in request.getfixturevalue(fixture).ok().dicts("findings"):
        value = value_at(records[finding["record_id"]], finding["field"])
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # a number in a typed column (an `age` of ints): offsets index its text
        assert isinstance(value, str), finding
        assert 0 <= finding["start"] < finding["end"] <= len(value), finding
        piece = value[finding["start"] : finding["end"]]
        assert piece.strip(), finding
        entity = finding["entity_type"]
        if entity == "EMAIL_ADDRESS":
            assert EMAIL.fullmatch(piece), piece
        elif entity == "IP_ADDRESS":
            assert IPV4.fullmatch(piece) or ":" in piece, piece
        elif entity == "PHONE_NUMBER":
            # aligned on the number (Presidio also flags 6-digit runs such as an account number's)
            assert digits(piece) >= 6 and piece[0] in "+(0123456789" and piece[-1].isdigit(), piece
        elif entity == "CREDIT_CARD":
            assert 13 <= digits(piece) <= 19, piece
        elif entity == "US_SSN":
            assert digits(piece) == 9, piece
        else:
            continue
        checked[entity] += 1
    assert checked["EMAIL_ADDRESS"] and checked["PHONE_NUMBER"]


@pytest.mark.parametrize(
    "fixture, record_id, field, entity, text",
    [
        ("scan_default_run", "c-2", "notes", "EMAIL_ADDRESS", "carter.nicholas@example.com"),  # in free text
        ("scan_default_run", "c-1", "notes", "PERSON", "Sherry Kennedy"),  # a name found by NER
        ("scan_default_run", "c-1", "contact.email", "EMAIL_ADDRESS", "balogun.peace@example.org"),  # nested key
        ("scan_default_run", "c-2", "tags[3]", "EMAIL_ADDRESS", "carter.nicholas@example.com"),  # list element
        ("scan_default_run", "c-2", "phone", "PHONE_NUMBER", "(415) 555-0101"),  # a whole field
        ("scan_policy_run", "t-1", "body", "EMAIL_ADDRESS", "wen.guiying@mail.example.com"),  # ticket body
        ("scan_policy_run", "t-1", "body", "IP_ADDRESS", "203.0.113.233"),
    ],
)
def test_when_pii_is_in_a_field_then_scan_finds_it_at_its_offsets(request, fixture, record_id, field, entity, text):
    run = request.getfixturevalue(fixture).ok()
    input_name = dict(SCANS)[fixture]
    value = value_at(input_records(SAMPLES / input_name)[record_id], field)
    start = value.index(text)
    found = {
        (f["start"], f["end"])
        for f in run.dicts("findings")
        if (f["record_id"], f["field"], f["entity_type"]) == (record_id, field, entity)
    }
    assert (start, start + len(text)) in found


@pytest.mark.parametrize("fixture, _input", SCANS, ids=SCAN_IDS)
def test_when_scan_runs_then_summary_counts_match_the_findings(request, fixture, _input):
    run = request.getfixturevalue(fixture).ok()
    counted = Counter(f["entity_type"] for f in run.dicts("findings"))
    assert run.summary["findings"] == dict(counted)


@pytest.mark.parametrize(
    "policy",
    [
        [],  # the default detection settings
        ["--policy", CUSTOMERS_POLICY],  # a policy whose key source (env:MINIMIZE_KEY) is unset
    ],
    ids=["no-policy", "customers-policy"],
)
def test_when_scan_runs_without_a_key_then_it_still_writes_findings(tmp_path, policy):
    run = run_cli(["scan", "--input", SAMPLES / "tickets.jsonl", "--output", tmp_path / "out", *policy], key=None)
    assert run.code == 0, run.stderr
    assert run.dicts("findings")


# -- check --------------------------------------------------------------------------------


def test_when_a_policy_is_checked_then_every_field_and_entity_rule_is_listed_with_its_action():
    run = run_cli(["check", CUSTOMERS_POLICY])
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    spec = yaml.safe_load(CUSTOMERS_POLICY.read_text(encoding="utf-8"))
    for field, rule in spec["fields"].items():
        row = rf"{re.escape(field)}\s+{rule['action']}\b"
        assert any(re.match(row, line) for line in lines), f"no row for field {field}"
    for entity, rule in spec["entities"].items():
        assert any(re.match(rf"entity {entity}\s+{rule['action']}\b", line) for line in lines), entity
    assert any(re.match(r"\(unnamed fields\)\s+drop\b", line) for line in lines)  # strict mode
    assert not [line for line in lines if line.startswith("warning:")]  # the shipped policy is sound


def test_when_a_job_spec_is_checked_then_its_job_and_policy_are_shown():
    run = run_cli(["check", CUSTOMERS_JOB])
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("job customers_lake:")
    assert re.search(r"^customer_id\s+hash\b", run.stdout, re.MULTILINE)


@pytest.mark.parametrize(
    "fields, warned",
    [
        ("email: {action: keep}", "email"),  # a field named like PII kept as it is
        ("zip: {action: hash}", "zip"),  # a hash of a low-entropy value is reversible
        ("salary: {action: noise, mechanism: laplace, epsilon: 50, sensitivity: 1000}", "salary"),  # too little noise
    ],
)
def test_when_a_policy_is_weak_then_check_warns(tmp_path, fields, warned):
    policy = tmp_path / "weak.yaml"
    policy.write_text(f"version: 1\nmode: strict\nfields:\n  id: {{action: keep}}\n  {fields}\n")
    run = run_cli(["check", policy])
    assert run.code == 0, run.stderr
    warnings = [line for line in run.stdout.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"warning: fields.{warned}:")


@pytest.mark.parametrize(
    "text, words",
    [
        ("version: 1\nmode: strict\nfields:\n  notes: {action: maks}\n", "maks"),  # unknown operator
        ("version: 1\nmode: paranoid\n", "mode"),  # not a mode
        ("version: 1\nfields: [\n", "bad.yaml"),  # not valid YAML
    ],
)
def test_when_a_checked_policy_is_bad_then_one_line_error(tmp_path, text, words):
    policy = tmp_path / "bad.yaml"
    policy.write_text(text)
    assert words in assert_one_line_error(run_cli(["check", policy]))
