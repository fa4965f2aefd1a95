"""`minimize synth`: labeled synthetic data from a schema, deterministic per seed."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from minimize import cli
from minimize.beam import synth as beam_synth
from minimize.beam.synth import SynthJob, run_synth
from minimize.errors import PolicyError
from minimize.synth import text as synth_text
from minimize.synth.job import load_schema
from minimize.synth.rows import RowMaker
from minimize.synth.schema import SynthSchema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "sample_data" / "synth_schema.yaml"
SPEC = ROOT / "pipelines" / "synthetic_test_data.yaml"
_PART = re.compile(r"[^.\[\]]+|\[\d+\]")


def value_at(record: dict, path: str):
    """The value at a label's field path (`notes`, `contact.email`, `tags[2]`)."""
    value = record
    for part in _PART.findall(path):
        value = value[int(part[1:-1])] if part.startswith("[") else value[part]
    return value


def read_folder(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    records = {}
    for path in sorted((folder / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    labels = [json.loads(line) for path in sorted((folder / "labels").glob("*.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines()]
    return records, labels


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for sub in ("data", "labels") for p in sorted((folder / sub).iterdir())}


@pytest.fixture(scope="module")
def thousand(tmp_path_factory) -> tuple[Path, Path]:
    """The shipped schema, 1,000 rows, made twice with the same seed."""
    base = tmp_path_factory.mktemp("synth")
    schema = load_schema(SCHEMA)
    for name in ("a", "b"):
        run_synth(SynthJob(schema=schema, rows=1000, output=str(base / name), seed=11))
    return base / "a", base / "b"


def test_when_the_same_seed_makes_1000_rows_twice_then_data_and_labels_are_byte_identical(thousand):
    first, second = thousand
    assert folder_bytes(first) == folder_bytes(second)
    assert len(read_folder(first)[0]) == 1000


def test_when_the_seed_changes_then_the_rows_change(tmp_path, thousand):
    run_synth(SynthJob(schema=load_schema(SCHEMA), rows=1000, output=str(tmp_path / "c"), seed=12))
    assert folder_bytes(tmp_path / "c") != folder_bytes(thousand[0])


def test_when_labels_are_read_then_each_one_slices_exactly_a_pii_value(thousand):
    records, labels = read_folder(thousand[0])
    assert len(labels) > 5000
    for label in labels:
        value = value_at(records[label["record_id"]], label["field"])
        piece = str(value)[label["start"]:label["end"]]
        assert piece and piece == piece.strip(), label  # no empty or padded spans
        if label["start"] == 0 and label["end"] == len(str(value)):
            continue  # a whole field
        # inside text: a label never cuts a word
        before, after = str(value)[label["start"] - 1:label["start"]], str(value)[label["end"]:label["end"] + 1]
        assert not (before.isalnum() and piece[0].isalnum()), label
        assert not (after.isalnum() and piece[-1].isalnum()), label


def test_when_rows_are_made_then_the_labels_point_at_what_the_generator_placed(monkeypatch):
    placed: list[str] = []
    original = synth_text._Book.value

    def spy(self, slot, number):  # every value a text slot receives, in order
        entity, value = original(self, slot, number)
        placed.append(value)
        return entity, value

    monkeypatch.setattr(synth_text._Book, "value", spy)
    maker = RowMaker(load_schema(SCHEMA))
    for row in range(200):
        placed.clear()
        record, labels = maker.make(5, row)
        inside = [lab for lab in labels if lab.field.split("[")[0] in ("notes", "chat")]
        # text labels come in the order the slots were filled; :lower / :upper change only the case
        assert [str(value_at(record, lab.field))[lab.start:lab.end].casefold() for lab in inside] == \
            [v.casefold() for v in placed]
        for lab in labels:
            if lab not in inside:  # whole fields: the label covers the value exactly
                assert (lab.start, lab.end) == (0, len(str(value_at(record, lab.field))))


def test_when_a_row_is_made_then_it_does_not_depend_on_the_shard_layout(tmp_path, monkeypatch):
    schema = load_schema(SCHEMA)
    run_synth(SynthJob(schema=schema, rows=250, output=str(tmp_path / "one"), seed=3))
    monkeypatch.setattr(beam_synth, "ROWS_PER_SHARD", 100)
    summary = run_synth(SynthJob(schema=schema, rows=250, output=str(tmp_path / "three"), seed=3))
    assert summary["shards"] == 3
    one, three = read_folder(tmp_path / "one"), read_folder(tmp_path / "three")
    assert one[0] == three[0]
    assert sorted(map(json.dumps, one[1])) == sorted(map(json.dumps, three[1]))
    assert [p.name for p in sorted((tmp_path / "three" / "data").iterdir())] == [
        "part-00000-of-00003.jsonl", "part-00001-of-00003.jsonl", "part-00002-of-00003.jsonl"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_when_the_format_is_tabular_then_labels_slice_the_values_read_back(tmp_path, fmt):
    run_synth(SynthJob(schema=load_schema(SCHEMA), rows=150, output=str(tmp_path), seed=4, format=fmt))
    (data,) = (tmp_path / "data").iterdir()
    if fmt == "csv":
        with open(data, newline="", encoding="utf-8") as f:
            rows = {r["id"]: r for r in csv.DictReader(f)}
    else:
        import pyarrow.parquet as pq

        rows = {r["id"]: r for r in pq.read_table(data).to_pylist()}
    labels = [json.loads(line) for line in (tmp_path / "labels" / (data.stem + ".jsonl")).read_text().splitlines()]
    for label in labels:
        top, _, rest = label["field"].partition(".")
        value = rows[label["record_id"]][top.split("[")[0]]
        if fmt == "csv" and isinstance(value, str) and value[:1] in "[{":
            value = json.loads(value)  # nested values are JSON in a CSV cell
        if rest or "[" in top:
            value = value_at({top.split("[")[0]: value}, label["field"])
        assert str(value)[label["start"]:label["end"]], label
        assert label["end"] <= len(str(value))


def test_when_the_summary_is_written_then_it_counts_labels_per_entity(thousand):
    summary = json.loads((thousand[0] / "summary.json").read_text())
    _, labels = read_folder(thousand[0])
    assert summary["labels"] == dict(sorted(Counter(lab["entity_type"] for lab in labels).items()))
    assert summary["records_out"] == 1000 and summary["id_field"] == "id" and summary["seed"] == 11
    assert (thousand[0] / "schema.yaml").exists()


def test_when_the_templates_are_loaded_then_each_entity_has_many_sentence_shapes():
    notes = synth_text.templates()["notes"]
    # dozens for the common entities, a dozen for the rarer ones
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_TIME"):
        assert len(notes[entity]) >= 20, entity
    for entity in ("ADDRESS", "LOCATION", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "URL"):
        assert len(notes[entity]) >= 12, entity
    every = [s for style in synth_text.templates().values() for group in style.values() for s in group]
    assert any(s.startswith("{PERSON") or s.startswith("{FIRST_NAME") for s in every)  # a name first
    assert any(re.search(r"\{(PERSON|FIRST_NAME)[^}]*\}[.!]?$", s) for s in every)  # a name last
    assert any(":lower}" in s for s in every) and any(":upper}" in s for s in every)


def test_when_text_is_generated_then_names_appear_in_lower_and_upper_case():
    maker = RowMaker(load_schema(SCHEMA))
    names = [str(value_at(r, lab.field))[lab.start:lab.end]
             for r, labels in (maker.make(9, i) for i in range(400))
             for lab in labels if lab.entity_type == "PERSON" and lab.field in ("notes", "chat")]
    assert any(n.islower() for n in names) and any(n.isupper() for n in names)
    assert any(n.istitle() for n in names)


@pytest.mark.parametrize(
    "field, message",
    [
        ({"categories": ["a"], "number": {"min": 0, "max": 1}}, "exactly one of"),  # two kinds at once
        ({"entity": "PERSON", "text": {}}, "exactly one of"),  # text is never one value of an entity
        ({"null_rate": 0.1}, "exactly one of"),  # no kind at all
        ({"number": {"distribution": "normal", "mean": 3}}, "needs std"),  # incomplete distribution
        ({"entity": "person"}, "UPPER_SNAKE"),  # entity spelling
        ({"categories": {"a": 1}, "locale": "en-US"}, "unknown Faker locale"),  # locale spelling
    ],
)
def test_when_a_schema_field_is_wrong_then_loading_names_it(tmp_path, field, message):
    path = tmp_path / "schema.yaml"
    path.write_text(yaml.safe_dump({"fields": {"x": field}}))
    with pytest.raises(PolicyError, match=message) as caught:
        load_schema(path)
    assert "fields.x" in str(caught.value)


def test_when_an_entity_has_no_generator_then_the_error_says_how_to_make_one():
    schema = SynthSchema.model_validate({"fields": {"x": {"entity": "MEDICAL_RECORD"}}})
    with pytest.raises(PolicyError, match="no generator for entity MEDICAL_RECORD.*provider or a pattern"):
        RowMaker(schema)


def test_when_the_cli_runs_the_job_spec_then_it_writes_a_complete_folder(tmp_path, capsys):
    out = tmp_path / "synth"
    code = cli.main(["synth", str(SPEC), "--rows", "60", "--output", str(out), "--workers", "1"])
    assert code == 0
    assert {p.name for p in out.iterdir()} == {"data", "labels", "schema.yaml", "summary.json"}
    assert "records  60" in capsys.readouterr().out


def test_when_synth_gets_no_schema_then_it_exits_with_one_line(capsys):
    assert cli.main(["synth", "--rows", "5"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_when_eval_reads_a_synth_folder_then_it_prints_json_per_entity(tmp_path, capsys):
    pytest.importorskip("minimize.evaluate")
    run_synth(SynthJob(schema=load_schema(SCHEMA), rows=20, output=str(tmp_path / "gold"), seed=1))
    capsys.readouterr()
    assert cli.main(["eval", "--gold", str(tmp_path / "gold"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "EMAIL_ADDRESS" in json.dumps(report)


@pytest.mark.slow
def test_when_the_job_spec_makes_100000_rows_on_1_and_2_workers_then_the_bytes_are_identical(tmp_path):
    # the acceptance run: the shipped spec at full size; one worker process against two
    for name, workers in (("one", "1"), ("two", "2")):
        assert cli.main(["synth", str(SPEC), "--output", str(tmp_path / name), "--workers", workers]) == 0
    summary = json.loads((tmp_path / "two" / "summary.json").read_text())
    assert summary["records_out"] == 100_000 and summary["shards"] == 10
    assert folder_bytes(tmp_path / "one") == folder_bytes(tmp_path / "two")
