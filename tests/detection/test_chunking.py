"""Long texts are scanned in overlapping windows; spans come back in text offsets."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minimize.detection import DetectionConfig, Detector, build_detector
from minimize.detection.chunking import merge, windows
from minimize.types import Span

SIZE, OVERLAP = 100, 40
PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD")


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        (0, [(0, 0)]),  # empty text: one empty window
        (100, [(0, 100)]),  # exactly one window
        (101, [(0, 100), (60, 101)]),  # one character over: a short second window
        (220, [(0, 100), (60, 160), (120, 220)]),  # windows start every size - overlap
    ],
)
def test_when_text_is_split_then_windows_overlap(length, expected):
    assert windows(length, SIZE, OVERLAP) == expected


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        # the same span seen by two windows is reported once
        ([((0, 100), [Span("X", 70, 80, 0.9)]), ((60, 160), [Span("X", 10, 20, 0.9)])], [Span("X", 70, 80, 0.9)]),
        # a fragment cut by the right edge gives way to the whole span in the next window
        ([((0, 100), [Span("X", 95, 100, 0.9)]), ((60, 160), [Span("X", 35, 45, 0.9)])], [Span("X", 95, 105, 0.9)]),
        # a fragment cut by the left edge gives way to the whole span in the previous window
        ([((0, 100), [Span("X", 55, 65, 0.9)]), ((60, 160), [Span("X", 0, 5, 0.9)])], [Span("X", 55, 65, 0.9)]),
        # a span contained in a same-type span with a higher score is dropped
        ([((0, 100), [Span("X", 70, 90, 0.9)]), ((60, 160), [Span("X", 12, 20, 0.5)])], [Span("X", 70, 90, 0.9)]),
        # overlapping spans of different types are both kept
        ([((0, 100), [Span("X", 70, 80, 0.9)]), ((60, 160), [Span("Y", 10, 20, 0.9)])], [Span("X", 70, 80, 0.9), Span("Y", 70, 80, 0.9)]),
    ],
)
def test_when_windows_are_merged_then_cut_and_repeated_spans_go(found, expected):
    assert merge(160, OVERLAP, found) == expected


def test_when_an_email_straddles_the_chunk_boundary_then_it_is_found_once():
    detector = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",), chunk_size=SIZE, chunk_overlap=OVERLAP))
    email = "jane.doe@example.com"
    for shift in range(1, len(email)):  # every split point of the email at offset 100
        start = SIZE - shift
        text = "x " * (start // 2) + " " * (start % 2) + email + " tail" * 30
        assert text[start : start + len(email)] == email
        [spans] = detector.detect([text])
        assert [(s.start, s.end) for s in spans] == [(start, start + len(email))], shift


def test_when_long_text_is_chunked_then_spans_match_an_unchunked_scan():
    parts = [
        "Contact jane.doe@example.com about the invoice.",
        "Her card 4111 1111 1111 1111 was charged twice.",
        "Call 212-555-0199 after five, or write bob@example.org.",
        "Filler text without anything personal in it at all, really.",
    ]
    text = " ".join(parts * 12)
    chunked = build_detector(DetectionConfig(entities=PATTERN_ENTITIES, chunk_size=SIZE, chunk_overlap=OVERLAP))
    whole = build_detector(DetectionConfig(entities=PATTERN_ENTITIES))
    [found] = chunked.detect([text])
    [expected] = whole.detect([text])
    assert len(text) > 20 * SIZE
    assert [(s.entity_type, s.start, s.end) for s in found] == [(s.entity_type, s.start, s.end) for s in expected]


class _DigitRuns:
    """A fake engine: every run of digits is a NUMBER span."""

    supported_entities = frozenset({"NUMBER"})
    ner_loaded = False

    def analyze(self, texts):
        return [[Span("NUMBER", m.start(), m.end(), 1.0) for m in re.finditer(r"\d+", t)] for t in texts]


# words of letters or of at most OVERLAP digits, so every digit run fits in the overlap
_words = st.one_of(st.text("ab", min_size=1, max_size=30), st.text("0123456789", min_size=1, max_size=OVERLAP))


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=40))
def test_when_any_text_is_chunked_then_runs_that_fit_the_overlap_are_found_whole(words):
    text = " ".join(words)
    chunked = Detector(DetectionConfig(chunk_size=SIZE, chunk_overlap=OVERLAP), _DigitRuns())
    [found] = chunked.detect([text])
    assert found == _DigitRuns().analyze([text])[0]
