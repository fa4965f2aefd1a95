"""`minimize audit find`: the records and fields where a subject's values were transformed."""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from demo_runs import KEY, KEY_TEXT, customers, customers_run
from minimize import lookup, paths
from minimize.cli import main
from minimize.keys import SecretKey, normalize_value
from minimize.policy import load_policy


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return customers_run(tmp_path_factory)


@pytest.fixture
def run_key(monkeypatch):
    monkeypatch.setenv("MINIMIZE_KEY", KEY_TEXT)


def leaves(value, concrete=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, paths.child(concrete, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, paths.element(concrete, i))
    else:
        yield concrete, value


def holders(records: list[dict], value: str, policy) -> dict[str, set[str]]:
    """From the input alone: record id -> fields where `value` sat in a field the policy transforms
    (whole-field rules: the field's value; scanned fields: anywhere in the text)."""
    wanted = normalize_value(value)
    out: dict[str, set[str]] = {}
    for record in records:
        for path, leaf in leaves(record):
            rule = policy.fields.get(paths.pattern_of(path))
            if rule is None or rule.action == "keep" or leaf is None:
                continue
            text = normalize_value(leaf)
            if (rule.action == "scan" and wanted in text) or text == wanted:
                out.setdefault(record["id"], set()).add(path)
    return out


def test_when_every_customer_email_is_looked_up_then_exactly_the_records_and_fields_holding_it_are_found(demo):
    records = customers()
    policy = load_policy(demo / "policy.yaml")
    emails = [r["email"] for r in records]
    subjects = lookup.find(str(demo), [(f"#{i}", e) for i, e in enumerate(emails)], KEY)
    for email, subject in zip(emails, subjects):
        expected = holders(records, email, policy)
        found: dict[str, set[str]] = {}
        for event in subject.events:
            found.setdefault(event["record_id"], set()).add(event["field"])
        assert found == expected, subject.label
    # the case where the email also sits in notes, contact.email and a tag
    carter = subjects[emails.index("carter.nicholas@example.com")]
    assert {e["field"] for e in carter.events} == {"email", "contact.email", "notes", "tags[3]"}


def test_when_a_customer_email_is_given_on_the_command_line_then_its_record_id_is_listed(demo, run_key, capsys):
    assert main(["audit", "find", str(demo), "--value", "kozlak.marika@example.org"]) == 0
    out = capsys.readouterr().out
    assert "records (1): c-3" in out
    assert "kozlak.marika" not in out  # labels, never the value


def test_when_a_value_never_occurred_then_no_records_and_exit_0(demo, run_key, capsys):
    assert main(["audit", "find", str(demo), "--value", "nobody.ever@example.invalid"]) == 0
    out = capsys.readouterr().out
    assert "--value #1: no records" in out
    assert out.strip().splitlines()[-1].startswith("no records")


def test_when_the_value_differs_in_case_and_spaces_then_it_is_still_found(demo):
    [subject] = lookup.find(str(demo), [("v", "  Carter.Nicholas@EXAMPLE.com ")], KEY)
    assert subject.record_ids == ["c-2"]


def test_when_a_subject_file_holds_name_email_and_phone_then_output_groups_by_line_and_ends_with_ids(
    demo, run_key, tmp_path, capsys
):
    subject = tmp_path / "subject.txt"
    subject.write_text("# request 2024-17\nPeace Balogun\npeace.b@mail.example.com\n\n512-555-0153\nnever@x.invalid\n")
    assert main(["audit", "find", str(demo), "--subject-file", str(subject)]) == 0
    out = capsys.readouterr().out
    assert "subject.txt line 2: 1 transformation(s) in 1 record(s)" in out  # full_name
    assert "subject.txt line 3:" in out and "subject.txt line 5:" in out
    assert "subject.txt line 6: no records" in out
    assert out.strip().splitlines()[-1] == "records (1): c-1"
    for value in ("Peace Balogun", "peace.b@", "512-555-0153"):
        assert value not in out


def test_when_json_is_asked_then_every_event_and_the_distinct_ids_are_machine_readable(demo, run_key, capsys):
    args = ["audit", "find", str(demo), "--json", "--value", "carter.nicholas@example.com", "--value", "Nicholas Carter"]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["record_ids"] == ["c-2"]
    first, second = result["subjects"]
    assert first["label"] == "--value #1" and len(first["events"]) == 4
    assert second["events"][0]["field"] == "full_name" and second["events"][0]["operator"] == "synthesize"
    assert set(first["events"][0]) == set(lookup.EVENT_KEYS)


def test_when_the_key_is_not_the_runs_then_it_refuses_instead_of_answering_no_records(demo, monkeypatch, capsys):
    monkeypatch.setenv("MINIMIZE_KEY", "some-other-key-that-is-long-enough-0123456789")
    assert main(["audit", "find", str(demo), "--value", "carter.nicholas@example.com"]) == 2
    err = capsys.readouterr().err
    assert "not the key this run used" in err and "some-other-key" not in err


def test_when_the_run_did_not_finish_then_audit_find_refuses_the_folder(tmp_path, run_key, capsys):
    (tmp_path / "audit").mkdir()
    assert main(["audit", "find", str(tmp_path), "--value", "x"]) == 2
    assert "has no summary.json: the run that wrote it did not finish" in capsys.readouterr().err


def test_when_the_folder_has_no_audit_trail_then_one_line_error(tmp_path, run_key, capsys):
    (tmp_path / "summary.json").write_text("{}")
    assert main(["audit", "find", str(tmp_path), "--value", "x"]) == 2
    assert "no audit/ folder" in capsys.readouterr().err


def test_when_no_value_is_given_then_one_line_error(demo, run_key, capsys):
    assert main(["audit", "find", str(demo)]) == 2
    assert "nothing to look for" in capsys.readouterr().err


def test_when_the_trail_is_large_then_lookup_streams_it_in_constant_memory(tmp_path):
    key = SecretKey(b"s" * 32)
    audit = tmp_path / "audit"
    audit.mkdir()
    target = key.value_digest("ana@example.com")
    with open(audit / "part-00000.jsonl", "w", encoding="utf-8") as f:
        for i in range(100_000):
            digest = target if i % 25_000 == 7 else key.value_digest(f"person{i}@example.com")
            f.write(json.dumps({"record_id": f"r-{i}", "field": "email", "entity_type": "EMAIL_ADDRESS",
                                "start": None, "end": None, "operator": "hash", "rule": "fields.email",
                                "value_digest": digest}) + "\n")
    tracemalloc.start()
    [subject] = lookup.find(str(tmp_path), [("v", "Ana@Example.com")], key)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert subject.record_ids == ["r-7", "r-25007", "r-50007", "r-75007"]
    assert peak < 2_000_000  # the trail is ~25 MB
