"""Quality gate: the default detection on a third of the hand-written set keeps its floors.

Every third record of tests/data/handwritten.jsonl (about 110 varied texts),
scored by minimize.evaluate with `minimize scan`'s default detection settings.
The floors sit a little under today's figures (see README, "Detection quality"),
so a change that loses names or places fails here in seconds.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from minimize.detection import build_detector
from minimize.evaluate import evaluate, load_gold
from minimize.policy import compile_policy

HANDWRITTEN = Path(__file__).parents[1] / "data" / "handwritten.jsonl"


@pytest.fixture(scope="module")
def report():
    gold = load_gold(str(HANDWRITTEN))[::3]
    detector = build_detector(compile_policy({"mode": "standard"}).detection)
    return evaluate(gold, detector)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("char_recall", 0.95),  # share of PII characters covered by a finding
        ("recall", 0.90),  # share of PII values overlapped by a finding of a fitting type
        ("precision", 0.90),  # share of findings that overlap PII of a fitting type
    ],
)
def test_when_default_detection_scores_the_set_then_it_keeps_its_floor(report, metric, floor):
    assert getattr(report, metric) >= floor, report.table()


def test_when_default_detection_scores_the_set_then_few_records_leak(report):
    assert report.leak_rate <= 0.10, report.table()


@pytest.mark.parametrize("entity", ["PERSON", "LOCATION", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "AGE"])
def test_when_default_detection_scores_the_set_then_each_main_entity_is_mostly_found(report, entity):
    assert report.types[entity].recall >= 0.8, report.table()
