"""Repeat mentions: a name found once is found wherever its text repeats it."""
from __future__ import annotations

from minimize.detection.mentions import RECOGNIZER, repeat_mentions
from minimize.types import Span


def found(text: str, *values: tuple[str, str]) -> list[tuple[str, str]]:
    spans = [Span(kind, text.index(value), text.index(value) + len(value), 0.85, "ner") for kind, value in values]
    new = repeat_mentions(text, spans)
    assert all(span.recognizer == RECOGNIZER for span in new)
    return [(span.entity_type, text[span.start:span.end]) for span in new]


def test_when_a_surname_recurs_alone_then_each_mention_is_found():
    text = "Mrs Adaeze Okonkwo lodged the claim. Okonkwo said she was dismissed; Adaeze told the tribunal."
    assert found(text, ("PERSON", "Adaeze Okonkwo")) == [("PERSON", "Okonkwo"), ("PERSON", "Adaeze")]


def test_when_a_place_recurs_then_it_is_found_but_only_whole():
    text = "She moved to Port Harcourt in 2019. Port Harcourt is humid; the port is busy."
    assert found(text, ("LOCATION", "Port Harcourt")) == [("LOCATION", "Port Harcourt")]


def test_when_the_case_differs_or_the_word_is_part_of_another_then_it_is_not_a_mention():
    text = "Rose Tyler bought a rose. Roseanne and Rose-Marie called; so did Rose."
    assert found(text, ("PERSON", "Rose Tyler")) == [("PERSON", "Rose")]


def test_when_a_repeat_is_already_inside_another_finding_then_nothing_new():
    text = "Ana Lima lives at 4 Lima Street. Ana called."
    spans = [Span("PERSON", 0, 8, 0.85, "ner"), Span("ADDRESS", 18, 31, 0.9, "addr")]
    assert [(s.start, s.end) for s in repeat_mentions(text, spans)] == [(33, 36)]


def test_when_there_is_no_person_or_place_then_nothing_is_taught():
    text = "Call 555-0100 about order 7731. Call again tomorrow."
    assert repeat_mentions(text, [Span("PHONE_NUMBER", 5, 13, 0.9, "phone")]) == []


def test_when_a_real_detector_misses_a_later_mention_then_the_repeat_is_found(detector):
    text = "Patient: Wanjiru Kamau. Wanjiru reports pain. Kamau to return Friday."
    [spans] = detector.detect([text])
    repeats = [text[s.start:s.end] for s in spans if s.recognizer == RECOGNIZER]
    assert repeats == ["Kamau"]  # NER reads the sentence-initial "Kamau to return" as no name
    assert {text[s.start:s.end] for s in spans if s.entity_type == "PERSON"} >= {"Wanjiru Kamau", "Wanjiru", "Kamau"}
