"""Big fields: long texts are scanned in overlapping chunks (detection.chunk_size,
chunk_overlap), so PII across a chunk boundary is found whole, nothing is
truncated, and spaCy is never handed more than chunk_size characters.

The engine tests use the real detector with small chunks; the jobs over a
20 MB field and 100,000 array values run quick with a regex backend behind the
real Detector (its chunking is what is under test) and, marked slow, with
Presidio itself as subprocesses whose time and memory are measured.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minimize.detection import DetectionConfig, build_detector
from minimize.engine import Engine
from minimize.policy import compile_policy
from minimize.types import Record

from .conftest import (
    CONSOLE_SCRIPT,
    FAST_DETECTION,
    KEY,
    ROOT,
    assert_accounted,
    data_rows,
    fast_detection,
    run_cli,
    write_policy,
)

CHUNK, OVERLAP = 1_000, 200  # the policy's smallest chunk size, and the default overlap
PATTERN_ENTITIES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD"]
FILLER = "The quarterly report was filed on time and reviewed by the committee. "


def chunked_policy(entities: list[str]):
    return compile_policy({
        "mode": "strict",
        "detection": {"entities": entities, "packs": [], "chunk_size": CHUNK, "chunk_overlap": OVERLAP},
        "fields": {"id": {"action": "keep"}, "notes": {"action": "scan"}},
        "entities": {"DEFAULT": {"action": "placeholder"}},
    })  # fmt: skip


def text_with(value: str, start: int, length: int = 3 * CHUNK) -> str:
    """Filler text with `value` at offset `start`, spaces around it."""
    head = (FILLER * (start // len(FILLER) + 1))[: start - 1] + " "
    text = head + value + " " + FILLER * (length // len(FILLER) + 1)
    assert text[start : start + len(value)] == value
    return text[: max(length, start + len(value) + 1)]


def spans_of(result, record_id: str) -> list[tuple[str, int, int]]:
    return sorted((e.entity_type, e.start, e.end) for e in result.audit if e.record_id == record_id and e.start is not None)


# -- PII across a chunk boundary --------------------------------------------------------------

BOUNDARY_PII = [
    # (entity, value) placed across the first window's right edge at every split point
    ("EMAIL_ADDRESS", "jane.doe@example.com"),  # an email
    ("PHONE_NUMBER", "212-555-0199"),  # a phone
    ("US_SSN", "536-90-4399"),  # an SSN
    ("CREDIT_CARD", "4111 1111 1111 1111"),  # a card, with spaces
]


@pytest.mark.parametrize("entity, value", BOUNDARY_PII, ids=[e for e, _ in BOUNDARY_PII])
def test_when_pii_straddles_a_chunk_boundary_then_it_is_found_whole_and_replaced(key, entity, value):
    engine = Engine(chunked_policy(PATTERN_ENTITIES), key)
    records = []
    for cut in range(1, len(value)):  # the boundary at CHUNK falls after `cut` characters of the value
        records.append(Record(f"r-{cut}", {"id": f"r-{cut}", "notes": text_with(value, CHUNK - cut)}, "in.jsonl", cut))
    # ... and across the second window's right edge (CHUNK + CHUNK - OVERLAP)
    second = 2 * CHUNK - OVERLAP - len(value) // 2
    records.append(Record("second", {"id": "second", "notes": text_with(value, second)}, "in.jsonl", 99))
    result = engine.minimize(records)
    assert not result.failures and len(result.records) == len(records)
    for record, data in result.records:
        start = record.data["notes"].index(value)
        assert spans_of(result, record.record_id) == [(entity, start, start + len(value))], record.record_id
        assert value not in data["notes"]
        assert data["notes"] == record.data["notes"].replace(value, f"<{entity}_1>")  # nothing else changed or lost


def test_when_a_name_straddles_a_chunk_boundary_then_ner_finds_it_whole(key):
    engine = Engine(chunked_policy(["PERSON"]), key)
    name, sentence = "Jane Doe", "Yesterday Jane Doe called about her account."
    records = []
    for cut in (1, 4, 7):  # "J|ane Doe", "Jane| Doe", "Jane Do|e"
        start = CHUNK - cut
        text = text_with(sentence, start - len("Yesterday "))
        assert text[start : start + len(name)] == name
        records.append(Record(f"n-{cut}", {"id": f"n-{cut}", "notes": text}, "in.jsonl", cut))
    result = engine.minimize(records)
    for record, data in result.records:
        start = record.data["notes"].index(name)
        assert ("PERSON", start, start + len(name)) in spans_of(result, record.record_id)
        assert name not in data["notes"]
    assert len(result.records) == len(records)


def test_when_text_is_long_then_pii_at_its_start_middle_and_very_end_is_found():
    detector = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",), chunk_size=CHUNK, chunk_overlap=OVERLAP))
    email = "ana@example.com"
    body = FILLER * 200  # about 14,000 characters: 17 windows
    text = email + " " + body[:7000] + " " + email + " " + body[7000:] + " " + email
    [spans] = detector.detect([text])
    assert [(s.start, s.end) for s in spans] == [
        (0, len(email)), (len(email) + 7002, len(email) * 2 + 7002), (len(text) - len(email), len(text))
    ]  # fmt: skip


def test_when_long_texts_are_scanned_then_spacy_never_gets_more_than_chunk_size_characters():
    detector = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",), chunk_size=CHUNK, chunk_overlap=OVERLAP))
    nlp = detector._backend._analyzer.nlp_engine.nlp["en"]
    seen: list[int] = []
    original = nlp.pipe

    def pipe(texts, *args, **kwargs):
        texts = list(texts)
        seen.extend(map(len, texts))
        return original(texts, *args, **kwargs)

    nlp.pipe = pipe
    try:
        [spans] = detector.detect([FILLER * 100 + "ana@example.com"])
    finally:
        del nlp.pipe
    assert spans and seen and max(seen) <= CHUNK <= nlp.max_length
    assert len(seen) == len(range(0, len(FILLER) * 100 + 15 - OVERLAP, CHUNK - OVERLAP))  # every window, once


def test_when_chunk_size_exceeds_spacys_max_length_then_the_policy_is_refused():
    with pytest.raises(Exception, match=r"detection\.chunk_size.*1000000"):
        compile_policy({"detection": {"chunk_size": 2_000_000}})


# -- a 20 MB field and 100,000 values: quick, with a regex backend behind the real Detector ---

TWENTY_MB = 20 * 1024 * 1024
EMAIL = "zoe.quint@example.com"


def big_text() -> str:
    """20 MB of text with an email at the start, across the first chunk boundary and at the end."""
    body = (FILLER * (TWENTY_MB // len(FILLER) + 1))[:TWENTY_MB]
    at = 20_000 - 9  # the email crosses the default chunk size's first boundary
    return EMAIL + " " + body[: at - 1] + " " + EMAIL + " " + body[at:] + " " + EMAIL


def test_when_a_field_is_20_mb_then_it_is_scanned_in_chunks_and_written_whole(tmp_path):
    text = big_text()
    source = tmp_path / "big.jsonl"
    source.write_text(json.dumps({"id": "big", "notes": text, "n": 1}) + "\n", encoding="utf-8")
    started = time.monotonic()
    with fast_detection() as backend:
        run = run_cli(["run", "--policy", write_policy(tmp_path / "conf"), "--input", source, "--output", tmp_path / "out",
                       "--no-report"])  # fmt: skip
    elapsed = time.monotonic() - started
    summary = assert_accounted(run)
    assert (summary["records_in"], summary["records_out"]) == (1, 1)
    [row] = data_rows(tmp_path / "out")
    assert row["notes"] == text.replace(EMAIL, "<EMAIL_ADDRESS_1>")  # no truncation, nothing else changed
    assert summary["findings"] == {"EMAIL_ADDRESS": 3}
    assert backend.longest <= 20_000 and backend.texts >= TWENTY_MB // 20_000  # chunked: never more than chunk_size
    assert elapsed < 60, f"{elapsed:.1f} s for one 20 MB field"


def test_when_a_field_holds_100000_values_then_each_is_scanned_and_kept_in_order(tmp_path):
    tags = [f"v{i}" for i in range(100_000)]
    tags[10], tags[99_999] = EMAIL, f"mail {EMAIL}"
    source = tmp_path / "tags.jsonl"
    source.write_text(json.dumps({"id": "many", "tags": tags}) + "\n", encoding="utf-8")
    with fast_detection() as backend:
        run = run_cli(["run", "--policy", write_policy(tmp_path / "conf"), "--input", source, "--output", tmp_path / "out",
                       "--no-report"])  # fmt: skip
    summary = assert_accounted(run)
    [row] = data_rows(tmp_path / "out")
    expected = list(tags)
    expected[10], expected[99_999] = "<EMAIL_ADDRESS_1>", "mail <EMAIL_ADDRESS_1>"
    assert row["tags"] == expected
    assert backend.texts == 100_000 and summary["findings"] == {"EMAIL_ADDRESS": 2}


# -- the same with Presidio, as subprocesses: time and memory ---------------------------------


def _timed_run(tmp_path: Path, data: dict) -> tuple[float, int, Path]:
    """Seconds and peak RSS (MB) of `minimize run` over one record, and its output folder."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(data) + "\n", encoding="utf-8")
    policy = write_policy(tmp_path / "conf", "version: 1\nmode: standard\n" + FAST_DETECTION)
    argv = ["run", "--policy", policy, "--input", source, "--output", tmp_path / "out", "--no-report"]
    env = {**{k: v for k, v in os.environ.items() if k != "MINIMIZE_KEY"}, "MINIMIZE_KEY": KEY}
    started = time.monotonic()
    # The job's own peak, through a small Python in between that starts it and reports its rusage: a process
    # forked from this test session keeps the session's peak RSS as its own (Linux carries it over the exec),
    # and RUSAGE_CHILDREN holds the largest of every process the session has run before.
    done = subprocess.run([sys.executable, "-c", _PEAK_OF_CHILD, str(CONSOLE_SCRIPT), *map(str, argv)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started, int(done.stdout.split()[-1]) // 1024, tmp_path / "out"


_PEAK_OF_CHILD = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


@pytest.mark.slow
def test_when_presidio_scans_a_20_mb_field_then_time_and_memory_stay_linear(tmp_path):
    text = big_text()
    elapsed, peak_mb, out = _timed_run(tmp_path, {"id": "big", "notes": text})
    summary = assert_accounted(out)
    [row] = data_rows(out)
    assert EMAIL not in row["notes"] and len(row["notes"]) == len(text) - 3 * len(EMAIL) + 3 * len("<EMAIL_ADDRESS_1>")
    assert summary["findings"].get("EMAIL_ADDRESS") == 3
    assert elapsed < 300, f"{elapsed:.0f} s"  # about 30 s here: ~0.7 MB/s through Presidio's recognizers
    assert peak_mb < 2_000, f"{peak_mb} MB"  # about 400 MB here: chunks, not the whole field, are analyzed


@pytest.mark.slow
def test_when_presidio_scans_100000_values_then_each_is_scanned(tmp_path):
    tags = [f"v{i}" for i in range(100_000)]
    tags[50_000] = EMAIL
    elapsed, peak_mb, out = _timed_run(tmp_path, {"id": "many", "tags": tags})
    assert_accounted(out)
    [row] = data_rows(out)
    assert len(row["tags"]) == 100_000 and row["tags"][50_000] != EMAIL and row["tags"][49_999] == "v49999"
    assert elapsed < 300 and peak_mb < 2_000, (elapsed, peak_mb)
