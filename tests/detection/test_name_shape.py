"""Names no list knows, by their shape (recognizers/name_shape.py), alone and as a fallback in the detector."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.name_shape import NameShapeRecognizer


@pytest.fixture(scope="module")
def shapes():
    recognizer = NameShapeRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tour guide, Losana Vuniwaqa, is on WhatsApp", "Losana Vuniwaqa"),  # two words no dictionary has
        ("Sterling Okafor, the council's former treasurer", "Sterling Okafor"),  # a given name that is a word
        ("Re: Tobenna Abara, Year 9, pupil no. 4471", "Tobenna Abara"),
        ("we met Siobhan O'Halloran-Ikeji at the door", "Siobhan O'Halloran-Ikeji"),  # an apostrophe, a hyphen
        ("tuma pesa kwa 0712 483 906, jina inakuja WANJIKU MWANGI. Nitakucheki", "WANJIKU MWANGI"),  # in capitals
        ("Courier Batbayar Ganbold (+976 9911 4827) of", "Batbayar Ganbold"),  # a job's word before the name
    ],
)
def test_when_capitalised_words_no_dictionary_knows_stand_together_then_they_are_a_name(shapes, text, name):
    assert name in _found(shapes, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Rechnung wurde gestern verschickt",  # German nouns are common German words
        "Customer Service Team thanks you",  # English words
        "We flew from Buenos Aires to New York",  # places
        "The Bank of Ireland and Acme Technologies",  # a firm's words
        "PLEASE NOTE THE HMRC OFFICE IN LONDON IS CLOSED",  # capitals of common words, an acronym, a place
        "DISCHARGE SUMMARY: Sri Venkateswara Multispeciality Hospital, Tirupati",  # a hospital named like a person
    ],
)
def test_when_the_words_are_common_places_or_firms_then_no_name_is_read(shapes, text):
    assert _found(shapes, text) == set()


def test_when_a_name_is_possessive_then_the_s_stays_outside(shapes):
    assert _found(shapes, "Faith Mwangi's mortgage") == {"Faith Mwangi"}


def test_when_another_finding_reads_the_words_then_the_fallback_yields(detector):
    text = "Contact Losana Vuniwaqa at losana.v@fiji.example or on +679 927 4410."
    spans = detector.detect([text])[0]
    names = [s for s in spans if s.entity_type == "PERSON" and text[s.start : s.end] == "Losana Vuniwaqa"]
    assert names  # found, by NER or by shape
    assert not any(s.recognizer == "NameShapeRecognizer" and s.entity_type == "PERSON" and s.start < 20 and
                   any(o is not s and o.start < s.end and s.start < o.end for o in spans) for s in spans)


def test_when_the_shape_reads_on_past_another_name_then_it_stands_beside_it(detector):
    # NER reads the first words only; the fallback's reading covers the surname too
    text = "Ασφαλισμένη Ελένη Καραγιάννη, ΑΜΚΑ 28076404186"
    spans = detector.detect([text])[0]
    covered = {i for s in spans if s.entity_type == "PERSON" for i in range(s.start, s.end)}
    assert set(range(text.index("Καραγιάννη"), text.index(","))) <= covered
