import itertools
import random

import pytest

from minimize.overlaps import resolve
from minimize.types import Span

ADDRESS_TEXT = "Ship to 04649 Lawrence Radial, Jonathanport, MA 74598. Cheers, Loida"


def S(entity, start, end, score, recognizer="r"):
    return Span(entity, start, end, score, recognizer)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # one finding: returned as it is
        ("Ana Ruiz", [S("PERSON", 0, 8, 0.85)], [S("PERSON", 0, 8, 0.85)]),
        # same type intersecting: one span over both, best score and its recognizer
        ("Ana Maria Ruiz", [S("PERSON", 0, 9, 0.6, "a"), S("PERSON", 4, 14, 0.85, "b")], [S("PERSON", 0, 14, 0.85, "b")]),
        # same type separated by whitespace only: joined
        ("Ana  Ruiz", [S("PERSON", 0, 3, 0.85), S("PERSON", 5, 9, 0.85)], [S("PERSON", 0, 9, 0.85)]),
        # same type separated by a word: kept apart
        ("Ana and Bo", [S("PERSON", 0, 3, 0.85), S("PERSON", 8, 10, 0.85)],
         [S("PERSON", 0, 3, 0.85), S("PERSON", 8, 10, 0.85)]),
        # a weaker finding inside a stronger one of another type: gone
        ("14 Ahmadu Bello Way", [S("ADDRESS", 0, 19, 0.9), S("PERSON", 3, 15, 0.85)], [S("ADDRESS", 0, 19, 0.9)]),
        # a stronger finding inside a weaker one: the weaker keeps both sides
        ("Jo 555-0101 Bo", [S("PERSON", 0, 14, 0.5), S("PHONE_NUMBER", 3, 11, 0.9)],
         [S("PERSON", 0, 2, 0.5), S("PHONE_NUMBER", 3, 11, 0.9), S("PERSON", 12, 14, 0.5)]),
        # same characters, two types: the higher score wins
        ("Austin", [S("PERSON", 0, 6, 0.85), S("LOCATION", 0, 6, 0.9)], [S("LOCATION", 0, 6, 0.9)]),
    ],
)
def test_when_findings_overlap_then_resolved_spans_are_disjoint(text, spans, expected):
    assert resolve(text, spans) == expected


def test_when_a_weak_finding_straddles_two_strong_ones_then_only_letters_left_over_count():
    # Presidio's AnonymizerEngine duplicated "Lawrence Radial" here and returned spans past the text's end
    spans = [
        S("ADDRESS", 8, 29, 1.0), S("PERSON", 14, 43, 0.85), S("LOCATION", 31, 43, 1.0),
        S("LOCATION", 45, 47, 0.85), S("ZIP_CODE", 48, 53, 0.7),
    ]
    resolved = resolve(ADDRESS_TEXT, spans)
    assert [(s.entity_type, ADDRESS_TEXT[s.start:s.end]) for s in resolved] == [
        ("ADDRESS", "04649 Lawrence Radial"), ("LOCATION", "Jonathanport"), ("LOCATION", "MA"), ("ZIP_CODE", "74598"),
    ]


def test_when_resolved_then_spans_never_overlap_and_stay_in_the_text():
    rnd = random.Random(3)
    text = "x" * 60
    for _ in range(500):
        spans = []
        for _ in range(rnd.randrange(2, 8)):
            start = rnd.randrange(0, 59)
            spans.append(S(rnd.choice(["PERSON", "LOCATION", "DATE_TIME"]), start, rnd.randrange(start + 1, 61),
                           rnd.choice([0.5, 0.85, 1.0])))
        resolved = resolve(text, spans)
        for a, b in itertools.pairwise(resolved):
            assert a.end <= b.start
        assert all(0 <= s.start < s.end <= len(text) for s in resolved)
