"""The scorer: loading labeled sets, span matching with type mapping, char recall, leak rate."""
from __future__ import annotations

import json

import pytest

from minimize.errors import InputError
from minimize.evaluate import EvalReport, GoldSpan, GoldText, evaluate, gold_type, load_gold
from minimize.types import Span


class TableDetector:
    """A hand-written fake: returns the spans listed for each text, counts batches."""

    def __init__(self, spans_by_text: dict[str, list[Span]]):
        self.spans_by_text = spans_by_text
        self.batches: list[int] = []

    def detect(self, texts):
        self.batches.append(len(texts))
        return [list(self.spans_by_text.get(t, [])) for t in texts]


def _gold(record_id, text, *spans):
    return GoldText(record_id, "text", text, tuple(GoldSpan(*s) for s in spans))


TEXT = "Call Ana Souza at 12 Main St, Springfield"  # PERSON 5-14, ADDRESS 18-41


def test_when_prediction_overlaps_gold_of_compatible_type_then_both_count():
    gold = [_gold("r1", TEXT, ("PERSON", 5, 14), ("STREET_ADDRESS", 18, 41))]
    detector = TableDetector({TEXT: [Span("PERSON", 5, 14, 0.9), Span("LOCATION", 30, 41, 0.8)]})
    report = evaluate(gold, detector)
    assert report.types["PERSON"].recall == 1.0 and report.types["PERSON"].precision == 1.0
    assert report.types["ADDRESS"].found == 1  # gold STREET_ADDRESS found by a LOCATION span
    assert report.types["LOCATION"].correct == 1  # and that LOCATION span is not a false positive
    assert report.char_recall == pytest.approx((9 + 11) / (9 + 23))
    assert report.leak_rate == 1.0  # the address is less than half covered (11 of 23)


@pytest.mark.parametrize(
    ("predicted", "found", "correct"),
    [
        ([Span("PERSON", 5, 14, 0.9)], 1, 1),  # exact match
        ([Span("PERSON", 9, 20, 0.9)], 1, 1),  # partial overlap still matches
        ([Span("LOCATION", 5, 14, 0.9)], 0, 0),  # wrong type: a PERSON is not a LOCATION
        ([Span("PERSON", 0, 4, 0.9)], 0, 0),  # touching nothing
        ([], 0, 0),  # nothing found
    ],
)
def test_when_spans_compared_then_overlap_and_type_decide(predicted, found, correct):
    report = evaluate([_gold("r1", TEXT, ("PERSON", 5, 14))], TableDetector({TEXT: predicted}))
    assert report.types["PERSON"].found == found
    assert sum(t.correct for t in report.types.values()) == correct


@pytest.mark.parametrize(
    ("label", "ours"),
    [
        ("STREET_ADDRESS", "ADDRESS"),  # benchmark naming
        ("city", "LOCATION"),  # lowercase labels are accepted
        ("FIRSTNAME", "PERSON"),  # name parts are a person
        ("ZIPCODE", "ZIP_CODE"),
        ("PERSON", "PERSON"),  # our own names stay
        ("CUSTOM_THING", "CUSTOM_THING"),  # unknown labels stay as they are
    ],
)
def test_when_gold_label_has_another_name_then_it_is_renamed(label, ours):
    assert gold_type(label) == ours


def test_when_records_have_several_texts_then_leak_rate_is_per_record():
    gold = [
        GoldText("a", "name", "Ana", (GoldSpan("PERSON", 0, 3),)),
        GoldText("a", "city", "Lyon", (GoldSpan("LOCATION", 0, 4),)),
        GoldText("b", "name", "Bo", (GoldSpan("PERSON", 0, 2),)),
    ]
    detector = TableDetector({"Ana": [Span("PERSON", 0, 3, 1.0)], "Bo": [Span("PERSON", 0, 2, 1.0)]})
    report = evaluate(gold, detector, columns=False)
    assert (report.records, report.leaking_records, report.texts, report.leaking_texts) == (2, 1, 3, 1)
    assert report.misses == [("a", "city", "LOCATION", 0, 4)]


def test_when_many_texts_then_detector_runs_in_batches():
    gold = [_gold(str(i), f"text {i}") for i in range(10)]
    detector = TableDetector({})
    evaluate(gold, detector, batch_size=4)
    assert detector.batches == [4, 4, 2]


def test_when_nothing_is_labeled_or_found_then_scores_are_none_not_errors():
    report = evaluate([_gold("r", "nothing here")], TableDetector({}))
    assert report.precision is None and report.recall is None and report.char_recall is None
    assert report.leak_rate == 0.0
    assert "ALL (span)" in report.table()


def test_when_report_serialised_then_dict_and_table_hold_every_type():
    gold = [_gold("r1", TEXT, ("PERSON", 5, 14))]
    report = evaluate(gold, TableDetector({TEXT: [Span("PERSON", 5, 14, 0.9), Span("URL", 0, 4, 0.5)]}))
    data = report.to_dict()
    assert data["entities"]["PERSON"]["recall"] == 1.0
    assert data["entities"]["URL"]["precision"] == 0.0  # a finding where nothing is labeled
    assert data["precision"] == 0.5
    json.dumps(data)  # plain JSON
    assert "PERSON" in report.table() and "URL" in report.table()
    assert isinstance(report, EvalReport)


def test_when_jsonl_file_given_then_texts_and_spans_load(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "x1", "text": "Hi Ana", "spans": [{"entity_type": "PERSON", "start": 3, "end": 6}]})
        + "\n\n"
        + json.dumps({"id": "x2", "text": "no pii", "spans": []})
        + "\n"
    )
    assert load_gold(str(path)) == [
        GoldText("x1", "text", "Hi Ana", (GoldSpan("PERSON", 3, 6),)),
        GoldText("x2", "text", "no pii", ()),
    ]


def test_when_synth_folder_given_then_every_field_value_is_a_text(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "labels").mkdir()
    record = {"id": "p-1", "name": "Ana Souza", "age": 41, "contact": {"email": "a@x.org"}, "vip": True}
    (tmp_path / "data" / "part-0.jsonl").write_text(json.dumps(record) + "\n")
    labels = [
        {"record_id": "p-1", "field": "name", "entity_type": "PERSON", "start": 0, "end": 9},
        {"record_id": "p-1", "field": "age", "entity_type": "AGE", "start": 0, "end": 2},
        {"record_id": "p-1", "field": "contact.email", "entity_type": "EMAIL_ADDRESS", "start": 0, "end": 7},
    ]
    (tmp_path / "labels" / "part-0.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels))
    gold = {(g.field, g.text): g.spans for g in load_gold(str(tmp_path))}
    assert gold == {
        ("id", "p-1"): (),  # unlabeled values are texts too: findings there are false positives
        ("name", "Ana Souza"): (GoldSpan("PERSON", 0, 9),),
        ("age", "41"): (GoldSpan("AGE", 0, 2),),  # numbers are scored as their text
        ("contact.email", "a@x.org"): (GoldSpan("EMAIL_ADDRESS", 0, 7),),
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not valid JSON"),  # broken line
        ('{"id": "a", "text": 5}', "'text' must be a string"),  # wrong type
        ('{"id": "a", "text": "abc", "spans": [{"entity_type": "X", "start": 2, "end": 9}]}', "0 <= start < end <= 3"),
        ('{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 1}]}', "entity_type must be"),  # no type
    ],
)
def test_when_jsonl_is_broken_then_input_error_names_the_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(InputError) as caught:
        load_gold(str(path))
    assert f"{path}:1" in str(caught.value) and message in str(caught.value)


def test_when_label_points_at_no_value_then_input_error(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "data" / "a.jsonl").write_text('{"id": "1", "name": "Ana"}\n')
    (tmp_path / "labels" / "a.jsonl").write_text(
        '{"record_id": "1", "field": "nmae", "entity_type": "PERSON", "start": 0, "end": 3}\n'
    )
    with pytest.raises(InputError, match="matches no text value"):
        load_gold(str(tmp_path))


def test_when_path_missing_then_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load_gold(str(tmp_path / "nope"))


def test_when_a_column_type_is_certain_then_its_values_are_typed_not_scanned():
    zips = [GoldText(f"r{i}", "zip", f"{10000 + i}", (GoldSpan("ZIP_CODE", 0, 5),)) for i in range(20)]
    notes = [GoldText("r0", "notes", "call Ana", (GoldSpan("PERSON", 5, 8),))]
    detector = TableDetector({"call Ana": [Span("PERSON", 5, 8, 0.9)]})
    report = evaluate(zips + notes, detector)
    assert report.types["ZIP_CODE"].recall == 1.0  # found from the column's name and values
    assert detector.batches == [1]  # only the free text went to the detector
    assert evaluate(zips, TableDetector({}), columns=False).types["ZIP_CODE"].recall == 0.0
