"""--workers N reads each file as N shards: every record and every failure exactly once; audit dicts."""
import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from minimize.beam import io


@pytest.mark.parametrize(
    "shards, expected",
    [
        (1, ["a.jsonl", "b.csv"]),  # one worker: the files as they are
        (2, [("a.jsonl", 0, 2), ("a.jsonl", 1, 2), ("b.csv", 0, 2), ("b.csv", 1, 2)]),
    ],
)
def test_when_workers_share_files_then_each_file_becomes_one_element_per_shard(shards, expected):
    assert io.shards_of(["a.jsonl", "b.csv"], shards) == expected


@pytest.mark.parametrize("shards", [2, 3])
def test_when_a_file_is_read_in_shards_then_records_and_failures_come_once(tmp_path, shards):
    lines = [f'{{"id": "r{i}"}}' if i % 7 else "{bad" for i in range(1, 30)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "b.csv").write_text("id,name\nb,Bob\nc\nd,Dee\n")
    files = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")]
    with test_pipeline.TestPipeline() as p:
        read_ = (
            p
            | beam.Create(io.shards_of(files, shards))
            | beam.ParDo(io.ReadRecords("auto", "id")).with_outputs(io.FAILED, main="records")
        )
        expected = [f"r{i}" for i in range(1, 30) if i % 7] + ["b", "d"]
        assert_that(read_.records | "Ids" >> beam.Map(lambda r: r.record_id), equal_to(expected), label="records")
        assert_that(read_[io.FAILED] | "Where" >> beam.Map(lambda f: (f.source.rsplit("/", 1)[-1], f.position)),
                    equal_to([("a.jsonl", 7), ("a.jsonl", 14), ("a.jsonl", 21), ("a.jsonl", 28), ("b.csv", 3)]),
                    label="failures")


def test_when_an_audit_event_leaves_the_engine_then_its_dict_is_the_contract_dict():
    from minimize.beam.transforms import _event_dict
    from minimize.types import AuditEvent

    event = AuditEvent("c-1", "notes", "PERSON", 3, 9, 0.85, "SpacyRecognizer", "synthesize", "entities.PERSON",
                       "hmac-sha256:ab")
    assert list(_event_dict(event).items()) == list(event.to_dict().items())
