"""`minimize run` end to end: the output folder, summary, audit and rejected contracts,
accounting, consistency of keyed operators, formats, and one-line errors."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from .conftest import (
    AUDIT_KEYS,
    CUSTOMERS_JOB,
    CUSTOMERS_POLICY,
    KEPT_COLUMNS,
    KEY,
    MISSING,
    REJECTED_KEYS,
    SAMPLES,
    SUMMARY_KEYS,
    assert_nothing_published,
    assert_one_line_error,
    assert_run_layout,
    data_rows,
    files_under,
    input_records,
    run_cli,
    run_process,
    tree_bytes,
    value_at,
)

CUSTOMERS = input_records(SAMPLES / "customers.jsonl")
MALFORMED = SAMPLES / "customers_malformed.jsonl"
DIGEST = re.compile(r"hmac-sha256:[0-9a-f]{64}")

RUNS = [
    # (session fixture, data file suffix, records in, out, rejected)
    ("customers_run", ".jsonl", 40, 40, 0),  # the customers_lake job as shipped
    ("malformed_run", ".jsonl", 11, 8, 3),  # 12 lines: 3 bad, 1 blank (not a record)
    ("csv_run", ".csv", 40, 40, 0),  # the same job over the CSV sample
    ("parquet_run", ".parquet", 40, 40, 0),  # ... and over the Parquet sample
    ("csv_to_jsonl_run", ".jsonl", 40, 40, 0),  # CSV in, --output-format jsonl
]
RUN_IDS = [row[0] for row in RUNS]


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


def events_by_record(run) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for event in run.dicts("audit"):
        out[event["record_id"]].append(event)
    return out


# -- output layout and contracts ----------------------------------------------------------


@pytest.mark.parametrize("fixture, suffix, _in, _out, _rejected", RUNS, ids=RUN_IDS)
def test_when_job_runs_then_output_folder_has_the_contract_layout(request, fixture, suffix, _in, _out, _rejected):
    run = request.getfixturevalue(fixture).ok()
    assert_run_layout(run.output)
    assert {p.suffix for p in files_under(run.output / "data")} == {suffix}
    assert {p.suffix for p in files_under(run.output / "audit")} == {".jsonl"}
    assert {p.suffix for p in files_under(run.output / "rejected")} <= {".jsonl"}
    assert_nothing_published(run.output.parent, allowed=["out"])  # no .out.incomplete-* beside it


@pytest.mark.parametrize("fixture, suffix, _in, _out, _rejected", RUNS, ids=RUN_IDS)
def test_when_job_runs_then_summary_has_the_contract_keys(request, fixture, suffix, _in, _out, _rejected):
    summary = request.getfixturevalue(fixture).ok().summary
    assert SUMMARY_KEYS <= summary.keys()
    for name in ("records_in", "records_out", "records_rejected", "records_suppressed"):
        assert isinstance(summary[name], int) and summary[name] >= 0
    for name in ("findings", "fields", "operators"):
        assert isinstance(summary[name], dict)
    assert all(isinstance(n, int) for n in summary["findings"].values())
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", summary["policy_digest"])
    assert summary["runner"] == "DirectRunner"
    started, finished = (dt.datetime.fromisoformat(summary[k]) for k in ("started_at", "finished_at"))
    assert started <= finished


def test_when_the_same_policy_runs_over_any_input_then_the_digest_is_the_same(customers_run, csv_run, parquet_run):
    digests = {run.ok().summary["policy_digest"] for run in (customers_run, csv_run, parquet_run)}
    assert len(digests) == 1


def test_when_job_runs_then_each_audit_line_has_exactly_the_contract_keys(customers_run):
    events = customers_run.ok().dicts("audit")
    assert events
    for event in events:
        assert set(event) == AUDIT_KEYS
        assert DIGEST.fullmatch(event["value_digest"])
        assert event["operator"] and event["rule"]
        if event["start"] is None:  # a whole-field rule
            assert event["end"] is None and event["score"] is None and event["recognizer"] is None
            assert event["rule"].startswith(("fields.", "mode."))
        else:  # a span found in scanned text
            assert 0 <= event["start"] < event["end"]
            assert 0 < event["score"] <= 1 and event["recognizer"] and event["entity_type"]
            assert event["rule"].startswith("entities.")


def test_when_job_runs_then_audit_and_summary_hold_no_raw_value(customers_run):
    run = customers_run.ok()
    # everything but the digest: hex digests could contain a digits-only value by chance
    audit_text = "\n".join(json.dumps({k: v for k, v in e.items() if k != "value_digest"}) for e in run.dicts("audit"))
    summary_text = (run.output / "summary.json").read_text(encoding="utf-8")
    raw = set()
    for record in CUSTOMERS.values():
        for path in ("customer_id", "full_name", "email", "phone", "notes", "contact.email", "contact.phone"):
            raw.add(str(value_at(record, path)))
    for event in run.dicts("audit"):
        if event["start"] is not None:
            text = value_at(CUSTOMERS[event["record_id"]], event["field"])
            raw.add(text[event["start"] : event["end"]])
    raw = {value for value in raw if len(value) >= 4}
    assert not [value for value in raw if value in audit_text]
    assert not [value for value in raw if value in summary_text]


# -- accounting and rejected records -------------------------------------------------------


@pytest.mark.parametrize("fixture, suffix, records_in, records_out, rejected", RUNS, ids=RUN_IDS)
def test_when_job_runs_then_every_record_is_accounted_for(request, fixture, suffix, records_in, records_out, rejected):
    run = request.getfixturevalue(fixture).ok()
    s = run.summary
    assert s["records_in"] == s["records_out"] + s["records_rejected"] + s["records_suppressed"]
    assert (s["records_in"], s["records_out"], s["records_rejected"]) == (records_in, records_out, rejected)
    assert len(data_rows(run.output)) == s["records_out"]
    assert len(run.lines("rejected")) == s["records_rejected"]


def test_when_lines_are_bad_then_rejected_lines_have_exactly_the_contract_keys(malformed_run):
    rejected = malformed_run.ok().dicts("rejected")
    for entry in rejected:
        assert set(entry) == REJECTED_KEYS
        assert Path(entry["source"]).name == MALFORMED.name
        assert entry["stage"] and entry["error"]
    assert sorted(entry["position"] for entry in rejected) == [4, 7, 11]


@pytest.mark.parametrize(
    "line, reason",
    [
        (4, "JSON"),  # invalid JSON (truncated object)
        (7, "array"),  # valid JSON, but an array, not an object
        (11, "UTF-8"),  # invalid UTF-8 bytes in a name
    ],
)
def test_when_a_line_is_rejected_then_its_entry_says_why_but_holds_none_of_its_content(malformed_run, line, reason):
    run = malformed_run.ok()
    rejected_text = "\n".join(run.lines("rejected"))
    entry = next(e for e in run.dicts("rejected") if e["position"] == line)
    assert reason in entry["error"]
    raw = MALFORMED.read_bytes().split(b"\n")[line - 1]
    # every string value of the line (not its keys), as UTF-8 where valid and as Latin-1
    values = re.findall(rb'"([^"]{3,})"(?!\s*:)', raw)
    assert values
    for value in values:
        for text in {value.decode("utf-8", "replace"), value.decode("latin-1")}:
            assert text not in rejected_text
    assert raw.decode("utf-8", "replace") not in rejected_text


def test_when_lines_are_bad_then_each_record_ends_in_data_or_rejected_once(malformed_run):
    run = malformed_run.ok()
    out_ids = [row.get("id") for row in data_rows(run.output)]
    # good records keep their id; line 10 has none (strict mode keeps `id` only when present)
    assert sorted(out_ids, key=str) == sorted(["m-1", "m-2", "m-3", "m-5", "m-6", "m-8", "m-12", None], key=str)
    assert not {"m-4", "m-7", "m-11"} & set(out_ids)


def test_when_a_record_has_no_id_then_it_is_named_by_file_and_line(malformed_run):
    run = malformed_run.ok()
    audit_ids = {event["record_id"] for event in run.dicts("audit")}
    assert audit_ids == {"m-1", "m-2", "m-3", "m-5", "m-6", "m-8", "m-12", "customers_malformed.jsonl:10"}


# -- audit events correspond one-to-one with changes ----------------------------------------


def test_when_a_field_changes_then_it_has_an_audit_event(customers_run):
    run = customers_run.ok()
    output = by_id(data_rows(run.output))
    events = events_by_record(run)
    assert output.keys() == CUSTOMERS.keys()
    for rid, before in CUSTOMERS.items():
        audited = {re.split(r"[.\[]", e["field"])[0] for e in events[rid]}
        changed = {k for k, v in before.items() if output[rid].get(k, MISSING) != v}
        assert changed <= audited, f"{rid}: changed without an audit event: {sorted(changed - audited)}"


def test_when_a_whole_field_event_is_written_then_that_field_changed_or_was_dropped(customers_run):
    run = customers_run.ok()
    output = by_id(data_rows(run.output))
    whole = [e for e in run.dicts("audit") if e["start"] is None]
    assert {e["operator"] for e in whole} >= {"hash", "synthesize", "mask", "generalize", "noise", "drop"}
    for event in whole:
        before = value_at(CUSTOMERS[event["record_id"]], event["field"])
        after = value_at(output[event["record_id"]], event["field"])
        assert before is not MISSING, event
        if event["operator"] == "drop":
            assert after is MISSING, event
        else:
            assert after is not MISSING and after != before, event


def test_when_strict_mode_drops_an_unnamed_field_then_the_drop_is_audited(customers_run):
    run = customers_run.ok()
    drops = [e for e in run.dicts("audit") if e["field"] == "internal_score"]
    assert sorted(e["record_id"] for e in drops) == sorted(CUSTOMERS)
    assert {(e["operator"], e["rule"]) for e in drops} == {("drop", "mode.strict")}
    assert all("internal_score" not in row for row in data_rows(run.output))


def test_when_scanned_text_changes_then_each_replaced_span_has_one_event(customers_run):
    """The output is the input with each audited span replaced and nothing else changed."""
    run = customers_run.ok()
    output = by_id(data_rows(run.output))
    spans = defaultdict(list)
    for event in run.dicts("audit"):
        if event["start"] is not None:
            spans[event["record_id"], event["field"]].append(event)
    assert spans
    for rid, before_record in CUSTOMERS.items():
        scanned = ["notes", *(f"tags[{i}]" for i in range(len(before_record.get("tags", []))))]
        for field in scanned:
            before = value_at(before_record, field)
            after = value_at(output[rid], field)
            found = sorted(spans.get((rid, field), []), key=lambda e: e["start"])
            if not found:
                assert after == before, f"{rid} {field} changed without a span event"
                continue
            pattern, cursor = "", 0
            for event in found:
                assert event["start"] >= cursor, f"{rid} {field}: overlapping span events"
                pattern += re.escape(before[cursor : event["start"]]) + "(.*?)"
                cursor = event["end"]
            pattern += re.escape(before[cursor:])
            match = re.fullmatch(pattern, after, re.DOTALL)
            assert match, f"{rid} {field}: output is not the input with the audited spans replaced"
            for event, replacement in zip(found, match.groups()):
                assert replacement != before[event["start"] : event["end"]], f"{rid} {field}: span kept, yet audited"
    assert all(re.fullmatch(r"notes|tags\[\d+\]", field) for _, field in spans)  # the policy's scan fields


def test_when_policy_sets_min_k_then_small_groups_are_suppressed_and_counted(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(CUSTOMERS_POLICY.read_text(encoding="utf-8") + "\nmin_k: 5\n", encoding="utf-8")
    run = run_cli(["run", "--policy", policy, "--input", SAMPLES / "customers.jsonl", "--output", tmp_path / "out"])
    s = run.ok().summary
    assert s["records_suppressed"] > 0
    assert s["records_in"] == s["records_out"] + s["records_rejected"] + s["records_suppressed"]
    assert sum(s["suppressed_by_rule"].values()) == s["records_suppressed"]  # the rule is named
    rows = data_rows(run.output)
    assert len(rows) == s["records_out"]
    groups = Counter((r["zip"], r["date_of_birth"], r["gender"]) for r in rows)
    assert all(n >= 5 for n in groups.values())


# -- keyed operators: reproducible, consistent, unlinkable across keys ----------------------


@pytest.mark.parametrize(
    "folder",
    [
        "data",  # minimized records
        "audit",  # audit events (digests are keyed, so the same key gives the same)
        "rejected",  # empty here, but must still be identical
    ],
)
def test_when_run_again_with_the_same_key_then_outputs_are_byte_identical(customers_run, customers_rerun, folder):
    first, second = customers_run.ok(), customers_rerun.ok()
    assert tree_bytes(first.output / folder) == tree_bytes(second.output / folder)


def test_when_run_with_another_key_then_every_hash_and_fake_differs(customers_run, customers_other_key_run):
    first = by_id(data_rows(customers_run.ok().output))
    other = by_id(data_rows(customers_other_key_run.ok().output))
    assert first.keys() == other.keys() == CUSTOMERS.keys()
    for rid in CUSTOMERS:
        for field in ("customer_id", "full_name", "email"):
            assert first[rid][field] != other[rid][field], f"{rid} {field} is the same under both keys"
        assert first[rid]["contact"]["email"] != other[rid]["contact"]["email"]
    digests = {e["value_digest"] for e in customers_run.dicts("audit")}
    assert not digests & {e["value_digest"] for e in customers_other_key_run.dicts("audit")}


def test_when_two_fields_hold_the_same_value_then_they_get_the_same_substitute(customers_run):
    output = by_id(data_rows(customers_run.ok().output))
    same = [rid for rid, r in CUSTOMERS.items() if r["email"] == r["contact"]["email"]]
    assert same  # the sample has customers whose two emails are the same
    for rid in same:
        assert output[rid]["email"] == output[rid]["contact"]["email"]


@pytest.mark.parametrize(
    "fixture",
    [
        "csv_run",  # the CSV sample holds the same customers as the JSONL one
        "parquet_run",  # ... and so does the Parquet sample
    ],
)
def test_when_the_same_key_runs_over_another_format_then_values_agree_with_jsonl(customers_run, request, fixture):
    jsonl = by_id(data_rows(customers_run.ok().output))
    other = by_id(data_rows(request.getfixturevalue(fixture).ok().output))
    assert other.keys() == jsonl.keys()
    for rid, row in other.items():
        for field in ("customer_id", "full_name", "email", "phone", "date_of_birth", "age", "zip", "notes"):
            assert str(row[field]) == str(jsonl[rid][field]), f"{rid} {field}"
        assert float(row["salary"]) == float(jsonl[rid]["salary"])


# -- formats ------------------------------------------------------------------------------


def test_when_input_is_csv_then_data_is_csv_with_the_kept_columns(csv_run):
    run = csv_run.ok()
    files = files_under(run.output / "data")
    assert files and all(p.suffix == ".csv" for p in files)
    for path in files:
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == KEPT_COLUMNS
    rows = data_rows(run.output)
    assert len(rows) == run.summary["records_out"] == 40
    assert {row["id"] for row in rows} == set(CUSTOMERS)


def test_when_input_is_parquet_then_data_is_parquet_with_the_kept_columns(parquet_run):
    run = parquet_run.ok()
    files = files_under(run.output / "data")
    assert files and all(p.suffix == ".parquet" for p in files)
    for path in files:
        schema = pq.read_schema(path)
        assert schema.names == KEPT_COLUMNS
        assert pa.types.is_floating(schema.field("salary").type)  # noise keeps the column's type
        assert pa.types.is_string(schema.field("customer_id").type)  # a hash is a string
    rows = data_rows(run.output)
    assert len(rows) == run.summary["records_out"] == 40
    assert {row["id"] for row in rows} == set(CUSTOMERS)


def test_when_output_format_is_jsonl_then_csv_input_is_written_as_jsonl(csv_to_jsonl_run):
    run = csv_to_jsonl_run.ok()
    assert {p.suffix for p in files_under(run.output / "data")} == {".jsonl"}
    rows = data_rows(run.output)
    assert len(rows) == run.summary["records_out"] == 40
    assert {row["id"] for row in rows} == set(CUSTOMERS)
    assert all(set(row) <= set(KEPT_COLUMNS) for row in rows)


# -- the output folder: overwrite, and nothing half-written --------------------------------


def test_when_output_is_not_empty_then_run_refuses_without_overwrite(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("someone's file\n")
    run = run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", out])
    assert "--overwrite" in assert_one_line_error(run)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert_nothing_published(tmp_path, allowed=["out"])


def test_when_overwrite_is_given_then_the_old_output_is_replaced(customers_rerun):
    run = customers_rerun.ok()
    assert not (run.output / "stale.txt").exists()
    assert_run_layout(run.output)
    assert_nothing_published(run.output.parent, allowed=["out"])


def test_when_the_policy_key_is_missing_then_no_output_folder_is_made(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\nmode: strict\nkey: env:MINIMIZE_TEST_UNSET_KEY\nfields:\n  id: {action: keep}\n"
        "  customer_id: {action: hash}\n"
    )
    run = run_cli(["run", "--policy", policy, "--input", SAMPLES / "customers.jsonl", "--output", tmp_path / "out"])
    assert "MINIMIZE_TEST_UNSET_KEY" in assert_one_line_error(run)
    assert_nothing_published(tmp_path, allowed=["policy.yaml"])


def test_when_the_pipeline_cannot_start_then_nothing_is_left_behind(tmp_path):
    run = run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", tmp_path / "out",
                   "--runner", "NoSuchRunner"])
    assert run.code != 0
    assert len(run.stderr.strip().splitlines()) == 1
    assert_nothing_published(tmp_path)


def test_when_an_input_file_is_corrupt_then_run_fails_with_one_line_and_leaves_nothing(tmp_path):
    source = tmp_path / "in" / "corrupt.parquet"
    source.parent.mkdir()
    pq.write_table(pa.table({"id": [f"r-{i}" for i in range(100)], "notes": ["text " * 20] * 100}), source)
    data = bytearray(source.read_bytes())
    data[100:600] = b"\xab" * 500  # the data pages: the footer still reads, the rows do not
    source.write_bytes(bytes(data))
    out_parent = tmp_path / "outputs"
    out_parent.mkdir()
    run = run_process(["run", CUSTOMERS_JOB, "--input", source, "--output", out_parent / "out"])
    assert_nothing_published(out_parent)
    assert "cannot read" in assert_one_line_error(run)


# -- one-line errors ----------------------------------------------------------------------


def _bad_policy(tmp: Path) -> Path:
    path = tmp / "bad_policy.yaml"
    path.write_text("version: 1\nmode: strict\nfields:\n  notes: {action: maks}\n")
    return path


def _bad_spec(tmp: Path) -> Path:
    path = tmp / "bad_job.yaml"
    path.write_text(f"name: x\ninput: in.jsonl\noutput: out\npolicy: {CUSTOMERS_POLICY}\nworkerz: 2\n")
    return path


def _txt_input(tmp: Path) -> Path:
    path = tmp / "customers.txt"
    path.write_bytes((SAMPLES / "customers.jsonl").read_bytes())
    return path


def _mixed_folder(tmp: Path) -> Path:
    folder = tmp / "mixed"
    folder.mkdir()
    for name in ("customers.jsonl", "customers.csv"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    return folder


ERRORS = [
    # (id, key, argv after `minimize`, words the message must hold)
    ("missing-key", None,  # MINIMIZE_KEY unset
     lambda t: ["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl"], "MINIMIZE_KEY"),
    ("short-key", "only-16-bytes!!!",  # shorter than 32 bytes
     lambda t: ["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl"], "32"),
    ("glob-matches-nothing", KEY,
     lambda t: ["run", CUSTOMERS_JOB, "--input", t / "nowhere" / "*.jsonl"], "no input files match"),
    ("unknown-extension", KEY,  # .txt: the format cannot be told
     lambda t: ["run", CUSTOMERS_JOB, "--input", _txt_input(t)], "--format"),
    ("unknown-action", KEY,  # a policy with a misspelled operator
     lambda t: ["run", "--policy", _bad_policy(t), "--input", SAMPLES / "customers.jsonl"], "maks"),
    ("policy-not-found", KEY,
     lambda t: ["run", "--policy", t / "absent.yaml", "--input", SAMPLES / "customers.jsonl"], "absent.yaml"),
    ("job-spec-unknown-key", KEY,  # a misspelled key in a job spec
     lambda t: ["run", _bad_spec(t), "--input", SAMPLES / "customers.jsonl"], "workerz"),
    ("run-without-policy", KEY,  # neither a job spec nor --policy
     lambda t: ["run", "--input", SAMPLES / "customers.jsonl"], "--policy"),
    ("mixed-formats", KEY,  # a folder of JSONL, CSV and Parquet files
     lambda t: ["run", CUSTOMERS_JOB, "--input", _mixed_folder(t)], "several formats"),
]


@pytest.mark.parametrize("key, argv, words", [row[1:] for row in ERRORS], ids=[row[0] for row in ERRORS])
def test_when_input_or_configuration_is_bad_then_one_line_error_and_no_output(tmp_path, key, argv, words):
    out_parent = tmp_path / "outputs"
    out_parent.mkdir()
    run = run_cli([*argv(tmp_path), "--output", out_parent / "out"], key=key)
    assert words in assert_one_line_error(run)
    assert_nothing_published(out_parent)


def test_when_the_output_is_a_file_then_one_line_error_and_the_file_is_untouched(tmp_path):
    out = tmp_path / "out"
    out.write_text("not a folder\n")
    run = run_cli(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", out])
    assert "not a folder" in assert_one_line_error(run)
    assert out.read_text() == "not a folder\n"
    assert_nothing_published(tmp_path, allowed=["out"])


def test_when_the_console_script_misses_the_key_then_it_prints_one_line_and_exits_2(tmp_path):
    run = run_process(["run", CUSTOMERS_JOB, "--input", SAMPLES / "customers.jsonl", "--output", tmp_path / "out"],
                      key=None, timeout=120)
    assert "MINIMIZE_KEY" in assert_one_line_error(run)
    assert run.stdout == ""
    assert_nothing_published(tmp_path)


def test_when_jsonl_becomes_csv_then_a_key_first_seen_late_in_a_later_file_still_gets_its_column(tmp_path):
    lake = tmp_path / "lake"
    lake.mkdir()
    (lake / "a.jsonl").write_text("".join(json.dumps({"id": f"a{i}", "plan": "pro"}) + "\n" for i in range(300)))
    (lake / "b.jsonl").write_text(json.dumps({"id": "b1", "plan": "free", "region": "north"}) + "\n")
    policy = tmp_path / "policy.yaml"
    policy.write_text("mode: standard\nfields:\n  id: {action: keep}\n  plan: {action: keep}\n  region: {action: keep}\n")
    run = run_cli(["run", "--policy", policy, "--input", lake, "--output", tmp_path / "out",
                   "--output-format", "csv", "--no-report"]).ok()
    rows = data_rows(run.output)
    assert len(rows) == run.summary["records_out"] == 301
    assert {row["id"]: row["region"] for row in rows}["b1"] == "north"


def test_when_a_parquet_decimal_column_is_noised_then_it_stays_a_decimal_column(tmp_path):
    from decimal import Decimal

    lake = tmp_path / "lake"
    lake.mkdir()
    salaries = [Decimal("52000.25"), Decimal("61000.00"), None]
    pq.write_table(pa.table({"id": ["a", "b", "c"], "salary": pa.array(salaries, pa.decimal128(10, 2))}),
                   lake / "pay.parquet")
    policy = tmp_path / "policy.yaml"
    policy.write_text("mode: standard\nfields:\n  id: {action: keep}\n"
                      "  salary: {action: noise, epsilon: 1.0, sensitivity: 500}\n")
    run = run_cli(["run", "--policy", policy, "--input", lake, "--output", tmp_path / "out", "--no-report"]).ok()
    assert run.summary["records_out"] == 3 and run.summary["records_rejected"] == 0
    (written,) = files_under(run.output / "data")
    table = pq.read_table(written)
    assert table.schema.field("salary").type == pa.decimal128(10, 2)
    out = dict(zip(table.column("id").to_pylist(), table.column("salary").to_pylist()))
    assert out["c"] is None and out["a"] != salaries[0] and abs(out["a"] - salaries[0]) < 20_000
