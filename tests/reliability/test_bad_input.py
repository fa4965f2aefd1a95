"""Bad input of every kind a data lake holds: each case is processed correctly, or
rejected with its source, position and reason, or refused at start-up in one line.
Never a crash mid-job, never a hang, never a record missing from the accounting.

Three lakes (JSONL, CSV, Parquet) are each minimized once per session by
`minimize run` in this process; the tables below say what must become of every
line, row or file of them.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from beam.conftest import assert_nothing_published, assert_one_line_error, data_rows

from minimize.beam import io, sinks

from .conftest import FAST_DETECTION, assert_accounted, rejected, run_cli, write_policy

POLICY = (
    "version: 1\nmode: standard\n" + FAST_DETECTION
    + "fields:\n  id: {action: keep}\n  email: {action: hash, length: 12}\n"
    + "entities:\n  DEFAULT: {action: placeholder}\n"
)  # fmt: skip
#: permissive: unnamed columns keep their values and (in Parquet) their types, the hard case for schemas
PERMISSIVE = "version: 1\nmode: permissive\n" + FAST_DETECTION + "fields:\n  note: {action: scan}\n"

DEEP = {"id": "j-15", "notes": json.loads("[" * 150 + "]" * 150)}
SCRIPTS = "Привет, 山田太郎 مرحبا שלום 🙂👩‍👩‍👧 नमस्ते — write ana@example.com"

# -- the JSONL lake --------------------------------------------------------------------------

JSONL_LINES: list[bytes] = [
    b'\xef\xbb\xbf{"id": "j-1", "notes": "mail ana@example.com"}\r\n',  # 1: a BOM, CRLF
    b'{"id": "j-2", "notes": "call 212-555-0199"}\r\n',  # 2: CRLF
    b'{"id": "j-3", "notes": "bob@example.com"\n',  # 3: invalid JSON
    b'{"id": "j-4", "notes": "In\xe9s"}\n',  # 4: invalid UTF-8
    b'["j-5", "bob@example.com"]\n',  # 5: an array
    b'"j-6 bob@example.com"\n',  # 6: a string
    b"42\n",  # 7: a number
    b"null\n",  # 8: null
    b"true\n",  # 9: a boolean
    json.dumps({"id": "j-10", "contact": {"email": "eve@example.com", "phones": ["212-555-0143", {"work": "eve@example.org"}]},
                "tags": [["ana@example.com"]]}).encode() + b"\n",  # 10: nested objects and arrays
    b'{"id": "j-11", "notes": null, "email": null, "tags": [null]}\n',  # 11: nulls
    b'{"id": "j-12", "notes": 12345, "email": 4155550123, "age": 41.5, "tags": [1, false]}\n',  # 12: numbers, booleans
    json.dumps({"id": "j-13", "notes": SCRIPTS}, ensure_ascii=False).encode() + b"\n",  # 13: other scripts, emoji
    b"   \n",  # 14: blank (no record)
    json.dumps(DEEP).encode() + b"\n",  # 15: nested 151 levels deep
    b'{"id": "j-16", "notes": "x \\ud800 ana@example.com"}\n',  # 16: a lone surrogate in a value
    b'{"id": "j-17", "\\udc80": "x"}\n',  # 17: a lone surrogate in a key
    b'{"id": "j-18", "notes": "ok \\ud83d\\ude00 ana@example.com"}\n',  # 18: an escaped surrogate pair (an emoji)
    b'{"id": "j-19", "email": true}\n',  # 19: a boolean where the policy hashes a string
    b"{}\n",  # 20: an empty object
]

JSONL_CASES = [
    # (line, where it ends: "data" with its minimized fields, or "rejected" with words of the reason)
    (1, "data", {"id": "j-1", "notes": "mail <EMAIL_ADDRESS_1>"}),  # BOM and CRLF are not part of the record
    (2, "data", {"id": "j-2", "notes": "call <PHONE_NUMBER_1>"}),  # CRLF
    (3, "rejected", "not valid JSON"),  # invalid JSON
    (4, "rejected", "not valid UTF-8"),  # invalid UTF-8
    (5, "rejected", "JSON array, expected an object"),  # an array instead of an object
    (6, "rejected", "JSON string, expected an object"),  # a scalar instead of an object
    (7, "rejected", "JSON number, expected an object"),  # a number instead of an object
    (8, "rejected", "JSON null, expected an object"),  # null instead of an object
    (9, "rejected", "JSON boolean, expected an object"),  # a boolean instead of an object
    # nested objects and arrays: every string inside is scanned
    (10, "data", {"id": "j-10", "tags": [["<EMAIL_ADDRESS_3>"]],
                  "contact": {"email": "<EMAIL_ADDRESS_1>", "phones": ["<PHONE_NUMBER_1>", {"work": "<EMAIL_ADDRESS_2>"}]}}),
    (11, "data", {"id": "j-11", "notes": None, "email": None, "tags": [None]}),  # nulls stay null
    (12, "data", None),  # numbers and booleans where strings are expected: see the test below
    (13, "data", {"id": "j-13", "notes": SCRIPTS.replace("ana@example.com", "<EMAIL_ADDRESS_1>")}),  # scripts, emoji
    (15, "rejected", "nested deeper than 100 levels"),  # nesting that would exhaust the stack
    (16, "rejected", "lone UTF-16 surrogate"),  # not valid Unicode, though valid JSON
    (17, "rejected", "lone UTF-16 surrogate"),  # ... in a key
    (18, "data", {"id": "j-18", "notes": "ok 😀 <EMAIL_ADDRESS_1>"}),  # a surrogate pair is a character
    (19, "data", None),  # a boolean under a string rule: see the test below
    (20, "data", {}),  # an empty object is a record with nothing in it
]


@pytest.fixture(scope="session")
def jsonl_lake(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("jsonl_lake")
    lake = root / "lake"
    lake.mkdir()
    (lake / "mixed.jsonl").write_bytes(b"".join(JSONL_LINES))
    (lake / "empty.jsonl").write_bytes(b"")  # an empty file
    (lake / "blank.jsonl").write_bytes(b"\n  \r\n\n")  # blank lines only
    (lake / "bom.jsonl").write_bytes(b"\xef\xbb\xbf")  # a BOM and nothing else
    run = run_cli(["run", "--policy", write_policy(root, POLICY), "--input", lake, "--output", root / "out", "--no-report"])
    return run.ok().output


def _by_id(output: Path) -> dict:
    return {row.get("id", "<no id>"): row for row in data_rows(output)}


def test_when_the_jsonl_lake_is_minimized_then_every_line_is_accounted_for(jsonl_lake):
    summary = assert_accounted(jsonl_lake)
    records = len([line for line in JSONL_LINES if line.strip()])  # blank lines hold no record
    assert summary["records_in"] == records == 19
    assert summary["input_files"] == 4


@pytest.mark.parametrize("line, where, expected", JSONL_CASES, ids=[f"line{c[0]}" for c in JSONL_CASES])
def test_when_a_jsonl_line_is_bad_then_it_is_processed_or_rejected_with_its_position(jsonl_lake, line, where, expected):
    assert_accounted(jsonl_lake)
    entries = {e["position"]: e for e in rejected(jsonl_lake) if e["source"].endswith("mixed.jsonl")}
    if where == "rejected":
        entry = entries[line]
        assert entry["stage"] == "read" and expected in entry["error"]
        assert Path(entry["source"]).name == "mixed.jsonl"
        assert "bob@example.com" not in json.dumps(entry) and "ana@example.com" not in json.dumps(entry)
    else:
        assert line not in entries
        if expected is not None:
            rid = expected.get("id", "<no id>")
            assert _by_id(jsonl_lake)[rid] == expected


def test_when_numbers_and_booleans_stand_where_strings_are_expected_then_they_pass_or_are_hashed(jsonl_lake):
    assert_accounted(jsonl_lake)
    rows = _by_id(jsonl_lake)
    # standard mode scans strings: unnamed numbers and booleans are kept as they are
    assert {k: rows["j-12"][k] for k in ("notes", "age", "tags")} == {"notes": 12345, "age": 41.5, "tags": [1, False]}
    # a field rule applies whatever the type: the number and the boolean are hashed like text
    assert rows["j-12"]["email"] != 4155550123 and len(rows["j-12"]["email"]) == 12
    assert isinstance(rows["j-19"]["email"], str) and len(rows["j-19"]["email"]) == 12


# -- the CSV lake ----------------------------------------------------------------------------

CSV_FILES = {
    # a BOM, CRLF, a quoted newline and comma, rows with too few and too many cells, invalid
    # UTF-8, other scripts, and a quote never closed (it would swallow the rest of the file)
    "main.csv": (
        b'\xef\xbb\xbfid,notes,email\r\n'
        b'c-1,"two\r\nlines, ana@example.com",x@example.com\r\n'  # lines 2-3
        b"c-2,too few\r\n"  # line 4
        b"c-3,too,many,cells\r\n"  # line 5
        b"c-4,In\xe9s,y@example.com\r\n"  # line 6
        + f'c-5,"{SCRIPTS}",\r\n'.encode()  # line 7
        + b'c-6,"never closed, bob@example.com\r\nc-7,x,y\r\n'  # lines 8-9
    ),
    "headerless.csv": b"1,Ann Smith,ann@example.com\n2,Bob Jones,bob@example.com\n",  # no header row
    "duplicate_header.csv": b"id,id\n1,2\n",  # a header that cannot name columns
    "empty.csv": b"",  # an empty file
    "header_only.csv": b"id,notes\n",  # a header, no rows
    "big_cell.csv": b"id,notes\nc-8," + b"words " * 50_000 + b"ana@example.com\n",  # a 300 KB cell
}

CSV_CASES = [
    # (file, line, where it ends, words of the reason or the expected row)
    ("main.csv", 2, "data", {"id": "c-1", "notes": "two\r\nlines, <EMAIL_ADDRESS_1>"}),  # quoted newline and comma
    ("main.csv", 4, "rejected", "row has 2 columns, the header has 3"),  # ragged: too few
    ("main.csv", 5, "rejected", "row has 4 columns, the header has 3"),  # ragged: too many
    ("main.csv", 6, "rejected", "not valid UTF-8"),  # invalid UTF-8
    ("main.csv", 7, "data", {"id": "c-5", "notes": SCRIPTS.replace("ana@example.com", "<EMAIL_ADDRESS_1>")}),  # scripts
    ("main.csv", 8, "rejected", "a quoted field is never closed"),  # not the rest of the file in one cell
    ("headerless.csv", 1, "rejected", "looks like data, not a header"),  # the first row is a record
    ("headerless.csv", 2, "rejected", "unusable as a header"),  # ... and so is every other
    ("duplicate_header.csv", 1, "rejected", "must be unique"),  # the header itself
    ("duplicate_header.csv", 2, "rejected", "unusable as a header"),  # the rows under it
    ("big_cell.csv", 2, "data", None),  # bigger than Python's default CSV field limit (128 KiB)
]


@pytest.fixture(scope="session")
def csv_lake(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("csv_lake")
    lake = root / "lake"
    lake.mkdir()
    for name, content in CSV_FILES.items():
        (lake / name).write_bytes(content)
    run = run_cli(["run", "--policy", write_policy(root, POLICY), "--input", lake, "--output", root / "out", "--no-report"])
    return run.ok().output


def test_when_the_csv_lake_is_minimized_then_every_row_is_accounted_for(csv_lake):
    summary = assert_accounted(csv_lake)
    # main.csv: 6 rows (the unclosed quote's row included); headerless: 2; duplicate header: 2; big cell: 1
    assert (summary["records_in"], summary["records_out"], summary["records_rejected"]) == (11, 3, 8)


@pytest.mark.parametrize("name, line, where, expected", CSV_CASES, ids=[f"{c[0]}:{c[1]}" for c in CSV_CASES])
def test_when_a_csv_row_is_bad_then_it_is_processed_or_rejected_with_its_position(csv_lake, name, line, where, expected):
    assert_accounted(csv_lake)
    entries = {(Path(e["source"]).name, e["position"]): e for e in rejected(csv_lake)}
    if where == "rejected":
        entry = entries[name, line]
        assert entry["stage"] == "read" and expected in entry["error"]
        for raw in ("Ann Smith", "ann@example.com", "bob@example.com", "In"):
            assert raw not in json.dumps(entry)
    else:
        assert (name, line) not in entries
        if expected is not None:  # id and notes (the email column is hashed)
            row = _by_id(csv_lake)[expected["id"]]
            assert {"id": row["id"], "notes": row["notes"]} == expected


def test_when_a_csv_cell_is_huge_then_it_is_scanned_whole(csv_lake):
    assert_accounted(csv_lake)
    notes = _by_id(csv_lake)["c-8"]["notes"]
    assert notes == "words " * 50_000 + "<EMAIL_ADDRESS_1>"


def test_when_a_csv_file_has_no_header_then_its_values_never_become_column_names(csv_lake):
    assert_accounted(csv_lake)
    written = [p.read_text(encoding="utf-8").splitlines()[0] for p in (csv_lake / "data").rglob("*.csv")]
    summary = (csv_lake / "summary.json").read_text(encoding="utf-8")
    audit = "\n".join(p.read_text(encoding="utf-8") for p in (csv_lake / "audit").rglob("*.jsonl"))
    for text in [*written, summary, audit]:
        assert "Ann Smith" not in text and "ann@example.com" not in text


@pytest.mark.parametrize(
    "header, problem",
    [
        (["id", "name"], None),  # a header
        (["full name", "e-mail", "zip_code"], None),  # spaces, dashes, underscores
        (["2024", "name"], "column 1"),  # a year is data-like: a header needs the id column then
        (["id", "2024"], None),  # ... which settles it
        (["Ann", "ann@example.com"], "column 2"),  # an email
        (["Bob", "(415) 555-0147"], "column 2"),  # a phone
        (["Bob", "1985-03-02"], "column 2"),  # a date
        (["id", "id"], "unique"),  # duplicate names
        (["id", ""], "non-empty"),  # an empty name
    ],
)
def test_when_a_csv_first_row_is_judged_then_data_like_rows_are_refused_as_headers(header, problem):
    found = io._header_problem(header, "id")
    assert (found is None) if problem is None else (problem in found)


# -- the Parquet lake ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def parquet_lake(tmp_path_factory) -> Path:
    """A column `v` that is int64 in one file, string in another and double in a third; `n` int64
    then double; `note` only in the second file; an empty file, a file of no rows, a corrupt one."""
    root = tmp_path_factory.mktemp("parquet_lake")
    lake = root / "lake"
    lake.mkdir()
    pq.write_table(pa.table({"id": ["a", "b"], "v": pa.array([1, 2], pa.int64()), "n": pa.array([1, 2], pa.int64()),
                             "when": pa.array([None, None], pa.date32())}), lake / "1.parquet")  # fmt: skip
    pq.write_table(pa.table({"id": ["c", "d"], "v": ["text", None], "note": ["mail ana@example.com", None]}), lake / "2.parquet")
    pq.write_table(pa.table({"id": ["e"], "v": [1.5], "n": [2.5]}), lake / "3.parquet")
    (lake / "4.parquet").write_bytes(b"")  # empty
    pq.write_table(pa.table({"id": pa.array([], pa.string())}), lake / "5.parquet")  # no rows
    (lake / "6.parquet").write_bytes(b"PAR1 not parquet at all, ana@example.com")  # unreadable
    run = run_cli(["run", "--policy", write_policy(root, PERMISSIVE), "--input", lake, "--output", root / "out", "--no-report"])
    return run.ok().output


def test_when_a_parquet_column_changes_type_between_files_then_every_row_is_written(parquet_lake):
    summary = assert_accounted(parquet_lake)
    assert (summary["records_in"], summary["records_out"], summary["records_rejected"]) == (6, 5, 1)
    rows = {row["id"]: row for row in data_rows(parquet_lake)}
    assert {k: rows[k]["v"] for k in rows} == {"a": "1", "b": "2", "c": "text", "d": None, "e": "1.5"}
    assert {k: rows[k]["n"] for k in rows} == {"a": 1.0, "b": 2.0, "c": None, "d": None, "e": 2.5}
    assert rows["c"]["note"] == "mail <EMAIL_ADDRESS_1>"  # a column only the second file has


def test_when_parquet_types_differ_then_the_output_schema_fits_them_all(parquet_lake):
    assert_accounted(parquet_lake)
    for path in (parquet_lake / "data").rglob("*.parquet"):
        schema = pq.read_schema(path)
        assert pa.types.is_string(schema.field("v").type)  # int64, string, double: only a string fits all
        assert pa.types.is_floating(schema.field("n").type)  # int64 and double: double
        assert pa.types.is_date(schema.field("when").type)  # a column of one type keeps it
        assert schema.names == ["id", "v", "n", "when", "note"]  # first seen order, over all files


def test_when_a_parquet_file_is_empty_or_unreadable_then_empty_holds_nothing_and_unreadable_is_rejected(parquet_lake):
    assert_accounted(parquet_lake)
    [entry] = rejected(parquet_lake)
    assert (Path(entry["source"]).name, entry["position"], entry["stage"]) == ("6.parquet", None, "read")
    assert "not a readable Parquet file" in entry["error"] and "ana@" not in entry["error"]


def test_when_many_files_disagree_then_columns_and_types_are_merged_over_all_of_them(tmp_path):
    """Ten files: footers and headers are read at once (a thread pool, for object stores)."""
    for i in range(10):
        column = pa.array([i], pa.int64()) if i % 2 else pa.array([str(i)])
        pq.write_table(pa.table({"id": [f"r{i}"], "v": column, f"only_{i}": [i]}), tmp_path / f"{i}.parquet")
        (tmp_path / f"{i}.csv").write_text(f"id,only_{i}\nr{i},x\n")
    parquets = sorted(str(p) for p in tmp_path.glob("*.parquet"))
    schema = sinks.source_schema(tuple(parquets))
    assert schema.names == ["id", "v", *(f"only_{i}" for i in range(10))]
    assert pa.types.is_string(schema.field("v").type)
    csvs = sorted(str(p) for p in tmp_path.glob("*.csv"))
    assert sinks.input_columns(csvs, "csv", "id") == ["id", *(f"only_{i}" for i in range(10))]


# -- inputs that are refused at start-up -----------------------------------------------------


def _spark_folder(tmp: Path) -> Path:
    folder = tmp / "customers.jsonl"  # a folder named like a file, as Spark writes them
    folder.mkdir()
    (folder / "part-0.jsonl").write_text('{"id": "s-1"}\n')
    (folder / "_SUCCESS").write_text("")
    return folder


STARTUP_ERRORS = [
    # (id, input path given, words of the one-line error)
    ("glob-matches-nothing", lambda t: t / "nothing-*.jsonl", "no input files match"),
    ("missing-file", lambda t: t / "absent.jsonl", "no input files match"),
    ("missing-folder", lambda t: t / "absent" / "x.jsonl", "no input files match"),
    ("empty-folder", lambda t: (t / "empty").mkdir() or t / "empty", "no input files match"),
    ("folder-with-a-marker-file", _spark_folder, "cannot tell the format"),  # _SUCCESS has no extension
]


@pytest.mark.parametrize("make, words", [c[1:] for c in STARTUP_ERRORS], ids=[c[0] for c in STARTUP_ERRORS])
def test_when_the_input_cannot_be_read_then_one_line_at_start_up_and_nothing_published(tmp_path, make, words):
    policy = write_policy(tmp_path / "conf", POLICY)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    run = run_cli(["run", "--policy", policy, "--input", make(tmp_path), "--output", outputs / "out"])
    assert words in assert_one_line_error(run)
    assert_nothing_published(outputs)


def test_when_a_folder_is_named_like_a_file_then_the_files_inside_are_read(tmp_path):
    folder = tmp_path / "customers.jsonl"
    folder.mkdir()
    (folder / "part-0.jsonl").write_text('{"id": "s-1", "notes": "ana@example.com"}\n')
    (folder / "part-1.jsonl").write_text('{"id": "s-2"}\n')
    run = run_cli(["run", "--policy", write_policy(tmp_path / "conf", POLICY), "--input", folder,
                   "--output", tmp_path / "out", "--no-report"])  # fmt: skip
    summary = assert_accounted(run)
    assert (summary["records_in"], summary["records_out"]) == (2, 2)
    assert sorted(row["id"] for row in data_rows(tmp_path / "out")) == ["s-1", "s-2"]


def test_when_the_input_vanishes_mid_job_then_one_line_and_nothing_published(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "v-1"}\n')
    original = io.read_jsonl

    def vanish(path, id_field):
        os.remove(path)  # deleted after listing, before reading
        return original(path, id_field)

    monkeypatch.setattr(io, "read_jsonl", vanish)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    run = run_cli(["run", "--policy", write_policy(tmp_path / "conf", POLICY), "--input", source, "--output", outputs / "out"])
    assert "cannot read" in assert_one_line_error(run)
    assert_nothing_published(outputs)
