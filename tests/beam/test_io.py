"""Readers of minimize/beam/io.py: records with their line or row, failures that say
where and why (never what), formats from extensions, and input matching."""
from __future__ import annotations

import bz2
import datetime as dt
import gzip
from decimal import Decimal

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from minimize.beam import io
from minimize.errors import InputError
from minimize.types import Failure, Record


def read(reader, tmp_path, name: str, content: bytes, id_field: str = "id") -> list:
    path = tmp_path / name
    path.write_bytes(content)
    return list(reader(str(path), id_field))


def summary(items: list) -> list[tuple]:
    """(kind, position, record_id) per item: what these tests compare."""
    return [("record" if isinstance(i, Record) else "failure", i.position, i.record_id) for i in items]


# -- JSONL --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"id": "a"}\n{"id": "b"}\n', [("record", 1, "a"), ("record", 2, "b")]),  # plain
        (b'\xef\xbb\xbf{"id": "a"}\n', [("record", 1, "a")]),  # a UTF-8 BOM before the first record
        (b'{"id": "a"}\r\n{"id": "b"}\r\n', [("record", 1, "a"), ("record", 2, "b")]),  # CRLF line ends
        # blank lines hold no record but still count
        (b'{"id": "a"}\n\n  \n\r\n{"id": "b"}\n', [("record", 1, "a"), ("record", 5, "b")]),
        (b'{"id": "a"}\n{"id": "b"}', [("record", 1, "a"), ("record", 2, "b")]),  # no newline at the end
        (b'{"x": 1}\n', [("record", 1, "f.jsonl:1")]),  # no id: file name and line
        (b'{"id": 7}\n', [("record", 1, "7")]),  # a numeric id
        (b'{"id": ""}\n{"id": true}\n{"id": null}\n',  # unusable ids fall back to file:line
         [("record", 1, "f.jsonl:1"), ("record", 2, "f.jsonl:2"), ("record", 3, "f.jsonl:3")]),
        (b'{"id": "a"}\n{"id": "b", \n{"id": "c"}\n',  # invalid JSON: the next line still reads
         [("record", 1, "a"), ("failure", 2, None), ("record", 3, "c")]),
        (b'["m-7", "Daniel Wood"]\n', [("failure", 1, "f.jsonl:1")]),  # an array is not a record
        (b'"text"\n42\nnull\ntrue\n',  # nor are scalars
         [("failure", n, f"f.jsonl:{n}") for n in (1, 2, 3, 4)]),
        (b'{"id": "a"}\n{"id": "b", "name": "In\xe9s"}\n', [("record", 1, "a"), ("failure", 2, None)]),  # invalid UTF-8
    ],
)
def test_when_jsonl_is_read_then_records_and_failures_keep_their_line(tmp_path, content, expected):
    assert summary(read(io.read_jsonl, tmp_path, "f.jsonl", content)) == expected


def test_when_jsonl_has_a_bom_and_crlf_then_values_are_clean(tmp_path):
    (record,) = read(io.read_jsonl, tmp_path, "f.jsonl", '\ufeff{"id": "a", "name": "Zoë"}\r\n'.encode())
    assert dict(record.data) == {"id": "a", "name": "Zoë"}
    assert record.source == str(tmp_path / "f.jsonl")


@pytest.mark.parametrize(
    "line, reason, content",
    [
        (b'{"id": "m-4", "full_name": "Berta Ramos", "email": "bramos@example.net",',  # truncated
         "not valid JSON", ["m-4", "Berta", "bramos"]),
        (b'["m-7", "Daniel Wood", "wood.daniel@example.org"]',  # an array
         "JSON array", ["m-7", "Daniel", "wood.daniel"]),
        (b'{"id": "m-11", "full_name": "In\xe9s Mu\xf1oz"}',  # Latin-1 bytes
         "not valid UTF-8", ["m-11", "full_name", "Mu"]),
    ],
)
def test_when_a_jsonl_line_fails_then_the_failure_says_why_but_never_what(tmp_path, line, reason, content):
    (failure,) = read(io.read_jsonl, tmp_path, "f.jsonl", line + b"\n")
    assert isinstance(failure, Failure)
    assert (failure.position, failure.stage) == (1, "read")
    assert reason in failure.error
    for piece in content:
        assert piece not in failure.error and piece != failure.record_id


def test_when_utf8_is_invalid_then_the_failure_names_the_byte(tmp_path):
    (failure,) = read(io.read_jsonl, tmp_path, "f.jsonl", b'{"x": "\xff"}\n')
    assert "byte 8" in failure.error  # 1-based offset of \xff in the line


# -- CSV ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"id,name\n1,Ann\n2,Bob\n", [("record", 2, "1"), ("record", 3, "2")]),  # plain; the header is line 1
        (b"id,name\r\n1,Ann\r\n2,Bob\r\n", [("record", 2, "1"), ("record", 3, "2")]),  # CRLF
        (b"\xef\xbb\xbfid,name\n1,Ann\n", [("record", 2, "1")]),  # a BOM before the header
        # a quoted newline: the record spans lines 2-3, the next starts on 4
        (b'id,notes\n1,"two\nlines"\n2,x\n', [("record", 2, "1"), ("record", 4, "2")]),
        (b'id,notes\r\n1,"a\r\nb\r\nc"\r\n2,x\r\n', [("record", 2, "1"), ("record", 5, "2")]),  # ... with CRLF inside
        (b'"id\nx",name\n1,Ann\n', [("record", 3, "f.csv:3")]),  # a quoted newline in the header (no `id` column)
        (b"id,name\n1,Ann\n\n2,Bob\n", [("record", 2, "1"), ("record", 4, "2")]),  # a blank line still counts
        (b"id,name\n1\n2,Bob\n", [("failure", 2, None), ("record", 3, "2")]),  # too few columns
        (b"id,name\n1,Ann,extra\n2,Bob\n", [("failure", 2, None), ("record", 3, "2")]),  # too many columns
        (b"id,name\n1,In\xe9s\n2,Bob\n", [("failure", 2, None), ("record", 3, "2")]),  # invalid UTF-8
        (b"id,name\n,Ann\n", [("record", 2, "f.csv:2")]),  # an empty id: file name and row's line
        (b"", []),  # an empty file holds no records
        (b"id,name\n", []),  # a header only
        # a duplicate column name: the header fails, and every row under it is rejected too
        (b"id,id\n1,2\n", [("failure", 1, None), ("failure", 2, None)]),
        (b"id,,name\n1,2,3\n", [("failure", 1, None), ("failure", 2, None)]),  # an empty column name
    ],
)
def test_when_csv_is_read_then_records_and_failures_keep_their_line(tmp_path, content, expected):
    assert summary(read(io.read_csv, tmp_path, "f.csv", content)) == expected


def test_when_csv_is_read_then_values_are_strings_keyed_by_the_header(tmp_path):
    (record,) = read(io.read_csv, tmp_path, "f.csv", b'id,notes,n\n1,"say ""hi""\nthere",42\n')
    assert dict(record.data) == {"id": "1", "notes": 'say "hi"\nthere', "n": "42"}


def test_when_a_csv_row_fails_then_the_failure_never_quotes_it(tmp_path):
    items = read(io.read_csv, tmp_path, "f.csv", b"id,name,email\nm-4,Berta Ramos\nm-5,In\xe9s,ines@example.com\n")
    assert [type(i) for i in items] == [Failure, Failure]
    text = repr([i.to_dict() for i in items])
    for secret in ("m-4", "m-5", "Berta", "Ramos", "ines@"):
        assert secret not in text


def test_when_a_csv_cell_is_written_then_reading_it_back_gives_the_same_value(tmp_path):
    columns = ["id", "notes", "tags"]
    row = {"id": "1", "notes": 'a, "quoted"\nmultiline value', "tags": ["x", "y"]}
    header = io.to_csv_line(dict(zip(columns, columns)), columns)
    (record,) = read(io.read_csv, tmp_path, "f.csv", f"{header}\n{io.to_csv_line(row, columns)}\n".encode())
    assert dict(record.data) == {"id": "1", "notes": row["notes"], "tags": '["x","y"]'}


# -- Parquet ------------------------------------------------------------------------------


def test_when_parquet_is_read_then_values_keep_their_types(tmp_path):
    table = pa.table({
        "id": pa.array([1, None], pa.int64()),
        "name": pa.array(["Ann", None]),
        "salary": pa.array([1.5, None]),
        "active": pa.array([True, False]),
        "born": pa.array([dt.date(1974, 11, 19), None]),
        "seen": pa.array([dt.datetime(2024, 1, 2, 13, 27), None], pa.timestamp("us")),
        "amount": pa.array([Decimal("1.23"), None], pa.decimal128(5, 2)),
        "tags": pa.array([["a", "b"], []]),
        "contact": pa.array([{"email": "a@example.com"}, None]),
    })
    pq.write_table(table, tmp_path / "f.parquet")
    first, second = io.read_parquet(str(tmp_path / "f.parquet"), "id")
    assert (first.record_id, first.position) == ("1", 1)
    assert (second.record_id, second.position) == ("f.parquet:2", 2)  # a null id: file name and row
    assert dict(first.data) == {
        "id": 1, "name": "Ann", "salary": 1.5, "active": True, "born": dt.date(1974, 11, 19),
        "seen": dt.datetime(2024, 1, 2, 13, 27), "amount": Decimal("1.23"), "tags": ["a", "b"],
        "contact": {"email": "a@example.com"},
    }
    assert second.data["tags"] == [] and second.data["name"] is None and second.data["active"] is False


def test_when_parquet_has_many_row_groups_then_positions_run_on_across_them(tmp_path):
    pq.write_table(pa.table({"id": [f"r-{i}" for i in range(2500)]}), tmp_path / "f.parquet", row_group_size=700)
    records = list(io.read_parquet(str(tmp_path / "f.parquet"), "id"))
    assert [r.position for r in records] == list(range(1, 2501))
    assert all(r.record_id == f"r-{r.position - 1}" for r in records)


def test_when_a_parquet_file_is_unreadable_then_one_failure_without_position(tmp_path):
    (failure,) = read(io.read_parquet, tmp_path, "f.parquet", b"PAR1 this is not parquet, Berta Ramos")
    assert isinstance(failure, Failure)
    assert (failure.position, failure.record_id, failure.stage) == (None, None, "read")
    assert "Berta" not in failure.error


# -- compressed inputs --------------------------------------------------------------------


@pytest.mark.parametrize(
    "reader, name, compress",
    [
        (io.read_jsonl, "f.jsonl.gz", gzip.compress),  # gzip JSONL
        (io.read_csv, "f.csv.gz", gzip.compress),  # gzip CSV
        (io.read_jsonl, "f.jsonl.bz2", bz2.compress),  # bzip2 JSONL
    ],
)
def test_when_input_is_compressed_then_it_is_read_like_the_plain_file(tmp_path, reader, name, compress):
    plain = b'{"id": "a"}\n{"id": "b"}\n' if ".jsonl" in name else b"id,name\na,Ann\nb,Bob\n"
    start = 1 if ".jsonl" in name else 2
    items = read(reader, tmp_path, name, compress(plain))
    assert summary(items) == [("record", start, "a"), ("record", start + 1, "b")]


# -- the ReadRecords DoFn -----------------------------------------------------------------


def test_when_files_are_read_in_a_pipeline_then_failures_go_to_their_own_output(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b'{"id": "a"}\n{bad\n')
    (tmp_path / "b.csv").write_bytes(b"id,name\nb,Bob\nc\n")
    with test_pipeline.TestPipeline() as p:
        read_ = (
            p
            | beam.Create([str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")])
            | beam.ParDo(io.ReadRecords("auto", "id")).with_outputs(io.FAILED, main="records")
        )
        assert_that(read_.records | "Ids" >> beam.Map(lambda r: (r.record_id, r.position)),
                    equal_to([("a", 1), ("b", 2)]), label="records")
        assert_that(read_[io.FAILED] | "Where" >> beam.Map(lambda f: (f.source.rsplit("/", 1)[-1], f.position)),
                    equal_to([("a.jsonl", 2), ("b.csv", 3)]), label="failures")


# -- formats and inputs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, requested, expected",
    [
        ("lake/customers.jsonl", "auto", "jsonl"),
        ("lake/customers.ndjson", "auto", "jsonl"),  # another name for JSON lines
        ("lake/customers.json", "auto", "jsonl"),  # read as JSON lines
        ("lake/customers.csv", "auto", "csv"),
        ("lake/customers.parquet", "auto", "parquet"),
        ("lake/CUSTOMERS.JSONL", "auto", "jsonl"),  # extensions in any case
        ("lake/customers.jsonl.gz", "auto", "jsonl"),  # a compression suffix is looked through
        ("lake/customers.csv.bz2", "auto", "csv"),
        ("gs://bucket/dt=2024-01-01/part.parquet", "auto", "parquet"),  # object storage, partition folders
        ("lake.v2/customers.txt", "csv", "csv"),  # --format wins over the extension
    ],
)
def test_when_a_format_is_asked_for_then_it_comes_from_the_extension_or_the_request(path, requested, expected):
    assert io.format_of(path, requested) == expected


@pytest.mark.parametrize(
    "path, requested, words",
    [
        ("lake/customers.txt", "auto", "'.txt'"),  # an unknown extension
        ("lake/customers", "auto", "--format"),  # no extension at all
        ("lake.v2/customers", "auto", "--format"),  # a dot in a folder name is not an extension
        ("lake/customers.gz", "auto", "--format"),  # only a compression suffix
        ("lake/customers.jsonl", "xml", "xml"),  # an unknown requested format
    ],
)
def test_when_the_format_cannot_be_told_then_input_error_says_how_to_fix_it(path, requested, words):
    with pytest.raises(InputError) as err:
        io.format_of(path, requested)
    assert words in str(err.value)
    assert "\n" not in str(err.value)


@pytest.fixture
def lake(tmp_path):
    for name in ("x.jsonl", ".hidden.jsonl", "a/y.jsonl", "a/b/z.jsonl", "a/w.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}\n")
    (tmp_path / "empty").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("x.jsonl", ["x.jsonl"]),  # one file
        ("*.jsonl", [".hidden.jsonl", "x.jsonl"]),  # a glob: files only, sorted
        ("**/*.jsonl", ["a/b/z.jsonl", "a/y.jsonl"]),  # a recursive glob (Beam's `**` spans folders)
        ("a", ["a/b/z.jsonl", "a/w.csv", "a/y.jsonl"]),  # a folder: every file below it
        ("a/", ["a/b/z.jsonl", "a/w.csv", "a/y.jsonl"]),  # ... with a trailing slash
    ],
)
def test_when_inputs_are_matched_then_files_are_listed_sorted(lake, pattern, expected):
    assert io.match_inputs(str(lake / pattern)) == [str(lake / name) for name in expected]


@pytest.mark.parametrize(
    "pattern, words",
    [
        ("nothing*.jsonl", "no input files match"),  # a glob matching nothing
        ("absent/x.jsonl", "no input files match"),  # a file in a missing folder
        ("empty", "no input files match"),  # an empty folder
    ],
)
def test_when_no_input_matches_then_input_error(lake, pattern, words):
    with pytest.raises(InputError, match=words):
        io.match_inputs(str(lake / pattern))


def test_when_the_file_system_is_unknown_then_input_error_names_it():
    with pytest.raises(InputError, match="cannot list input nosuchfs://bucket/x.jsonl"):
        io.match_inputs("nosuchfs://bucket/x.jsonl")
