"""Synthetic twin: `minimize synth --like DATA --policy POLICY`."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from minimize import cli
from minimize.keys import normalize_value
from minimize.synth.twin import Profiler, infer_schema, name_hint

ROOT = Path(__file__).resolve().parents[1]
CUSTOMERS_CSV = ROOT / "sample_data" / "customers.csv"
CUSTOMERS_JSONL = ROOT / "sample_data" / "customers.jsonl"
POLICY = ROOT / "pipelines" / "policies" / "customers.yaml"
CATEGORIES = ("city", "gender", "segment")


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def twin_rows(folder: Path) -> list[dict]:
    return [row for part in sorted((folder / "data").glob("*.csv")) for row in read_csv(part)]


@pytest.fixture(scope="module")
def twin(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("twin") / "customers"
    assert cli.main(["synth", "--like", str(CUSTOMERS_CSV), "--policy", str(POLICY), "--output", str(out),
                     "--seed", "5"]) == 0
    return out


@pytest.fixture(scope="module")
def big_twin(tmp_path_factory) -> Path:
    """4,000 rows: enough that sampling noise is well under a point."""
    out = tmp_path_factory.mktemp("twin") / "big"
    assert cli.main(["synth", "--like", str(CUSTOMERS_CSV), "--policy", str(POLICY), "--output", str(out),
                     "--rows", "4000", "--seed", "5"]) == 0
    return out


def test_when_a_twin_is_made_then_it_has_the_input_shape(twin):
    real, fake = read_csv(CUSTOMERS_CSV), twin_rows(twin)
    assert len(fake) == len(real)
    assert list(fake[0]) == list(real[0])  # same columns, same order


def test_when_a_twin_is_made_then_no_pii_value_of_the_input_appears(big_twin):
    summary = json.loads((big_twin / "summary.json").read_text())
    pii = [c for c, d in summary["columns"].items() if d["entity"] or d["kind"] in ("identifier", "text")]
    assert {"full_name", "email", "phone", "date_of_birth", "zip", "customer_id", "notes"} <= set(pii)
    real, fake = read_csv(CUSTOMERS_CSV), twin_rows(big_twin)
    real_values = {normalize_value(r[c]) for r in real for c in pii if r[c]}
    for row in fake:
        for column in pii:
            assert normalize_value(row[column]) not in real_values, column
    # nor inside the generated text, as a word of its own (98103 inside an IBAN is not a zip)
    whole = {r[c] for r in real for c in pii if c != "notes" and r[c]}
    notes = "\n".join(row["notes"] for row in fake)
    assert not [v for v in whole if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", notes, re.I)]


def test_when_a_twin_is_made_then_category_frequencies_stay_within_a_few_points(big_twin):
    real, fake = read_csv(CUSTOMERS_CSV), twin_rows(big_twin)
    for column in CATEGORIES:
        want, got = Counter(r[column] for r in real), Counter(r[column] for r in fake)
        for value in set(want) | set(got):
            assert abs(want[value] / len(real) - got[value] / len(fake)) <= 0.05, (column, value)


def test_when_a_twin_is_made_then_numbers_stay_in_the_observed_range(big_twin):
    real, fake = read_csv(CUSTOMERS_CSV), twin_rows(big_twin)
    for column in ("age", "salary", "internal_score"):
        lo, hi = min(float(r[column]) for r in real), max(float(r[column]) for r in real)
        values = [float(r[column]) for r in fake]
        assert lo <= min(values) and max(values) <= hi, column
        real_mean = sum(float(r[column]) for r in real) / len(real)
        assert abs(sum(values) / len(values) - real_mean) <= 0.15 * (hi - lo), column


def test_when_a_twin_is_made_then_it_is_labeled_and_deterministic(twin, tmp_path):
    again = tmp_path / "again"
    assert cli.main(["synth", "--like", str(CUSTOMERS_CSV), "--policy", str(POLICY), "--output", str(again),
                     "--seed", "5"]) == 0
    for sub in ("data", "labels"):
        assert [p.read_bytes() for p in sorted((twin / sub).iterdir())] == \
            [p.read_bytes() for p in sorted((again / sub).iterdir())]
    labels = [json.loads(x) for p in (twin / "labels").iterdir() for x in p.read_text().splitlines()]
    assert {"full_name", "email", "phone", "notes"} <= {label["field"] for label in labels}


def test_when_the_twin_reads_nested_jsonl_then_tags_holding_emails_are_not_copied(tmp_path):
    out = tmp_path / "nested"
    assert cli.main(["synth", "--like", str(CUSTOMERS_JSONL), "--policy", str(POLICY), "--output", str(out),
                     "--rows", "300"]) == 0
    records = [json.loads(x) for p in (out / "data").iterdir() for x in p.read_text().splitlines()]
    assert all(isinstance(r["contact"], (dict, type(None))) for r in records)
    tags = [t for r in records for t in (r["tags"] or [])]
    assert tags and not [t for t in tags if "@" in t]


def test_when_columns_are_profiled_then_each_gets_the_kind_its_name_and_values_say():
    profiler = Profiler()
    for row in read_csv(CUSTOMERS_CSV):
        profiler.add(row)
    _, decisions = infer_schema(profiler, None)  # no policy: names and values only
    kinds = {path: (d.kind, d.entity) for path, d in decisions.items()}
    assert kinds["email"] == ("entity", "EMAIL_ADDRESS")
    assert kinds["phone"] == ("entity", "PHONE_NUMBER")
    assert kinds["full_name"] == ("entity", "PERSON")
    assert kinds["date_of_birth"] == ("entity", "DATE_TIME")
    assert kinds["salary"][0] == "number"  # 157533.14 is an amount, not a phone number
    assert kinds["segment"][0] == "categories"
    assert kinds["customer_id"][0] == "identifier"
    assert kinds["notes"][0] == "text"


@pytest.mark.parametrize(
    "name, entity",
    [
        ("email", "EMAIL_ADDRESS"),
        ("contact.email", "EMAIL_ADDRESS"),  # nested: the last part
        ("customerName", "PERSON"),  # camelCase
        ("product_name", None),  # a thing's name, not a person's
        ("date_of_birth", "DATE_TIME"),
        ("zip", "ZIP_CODE"),
        ("segment", None),
        ("mobile_phone", "PHONE_NUMBER"),
    ],
)
def test_when_a_column_name_is_read_then_the_hint_is_the_entity_it_names(name, entity):
    assert name_hint(name) == entity


def test_when_a_generated_value_is_an_input_value_then_it_is_drawn_again():
    from minimize.synth.rows import Exclusion, RowMaker
    from minimize.synth.schema import SynthSchema

    schema = SynthSchema.model_validate({"fields": {"email": {"entity": "EMAIL_ADDRESS"},
                                                    "notes": {"text": {"sentences": [3, 3], "filler": 0}}}})
    plain, labels = RowMaker(schema).make(1, 0)
    placed = [str(plain[lab.field])[lab.start:lab.end] for lab in labels]
    # the same row again, but everything it held is now "an input value" (in another case)
    twin, twin_labels = RowMaker(schema, Exclusion.of(p.upper() for p in placed)).make(1, 0)
    again = [str(twin[lab.field])[lab.start:lab.end] for lab in twin_labels]
    assert not {p.casefold() for p in placed} & {a.casefold() for a in again}


def test_when_the_exclusion_is_made_then_its_digests_are_salted_per_run():
    from minimize.synth.rows import Exclusion

    a, b = Exclusion.of(["ana@example.com"]), Exclusion.of(["ana@example.com"])
    assert "ANA@example.com " in a and "ana@example.com" in b and "bo@example.com" not in a
    assert a.digests != b.digests  # no dictionary of digests outside one run
