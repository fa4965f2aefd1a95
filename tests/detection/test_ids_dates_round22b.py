"""Round 22b: spoken numbers and plates on calls, bare ordinal days in chat, ages set off by commas or brackets."""
from __future__ import annotations

import pytest

from tests.detection.helpers import covered_share


def _found(detector, text, entity=None):
    return [text[f.start:f.end] for f in detector.detect([text])[0] if entity is None or f.entity_type == entity]


@pytest.mark.parametrize("text, value", [
    # a plate in the phonetic alphabet
    ("Agent: Can I take your registration?\nCaller: It's Bravo Lima one nine, X-ray Kilo Papa.\nAgent: Thanks.",
     "Bravo Lima one nine, X-ray Kilo Papa"),
    ("HANDLER: And your registration?\nCALLER: It's golf bravo seven one, x-ray tango alpha.\nHANDLER: Thank you.",
     "golf bravo seven one, x-ray tango alpha"),
    # a whole number said aloud, its word after it; Spanish groups
    ("AGENT: Is oh seven seven one two, three four eight, nine nine oh still the best number?\nCALLER: Yes.",
     "oh seven seven one two, three four eight, nine nine oh"),
    ("Sandra: y su móvil?\nDani: seis cuatro nueve, treinta y dos, dieciocho, cero siete jaja",
     "seis cuatro nueve, treinta y dos, dieciocho, cero siete"),
    # a phone with its "+" in a booking's lines
    ("  3  LH 901 Y 12APR 6 FRALHR HK2  0950 1030\n  4 AP +447911448203\n  5 APE A.B@GMAIL.COM", "+447911448203"),
    # bare ordinal days
    ("Tess: anyone want my 24 Dec turnaround? I'd take a 27th or 28th 🎄", "27th"),
    ("Tess: anyone want my 24 Dec turnaround? I'd take a 27th or 28th 🎄", "28th"),
    ("If the 15th doesn't suit, text me on 027 554 1902 and we can sort it.", "15th"),
    # ages
    ("It's a match! Paris, 31, a theatre nurse from Marseille, liked your photo.", "31"),
    ("mobile +972 54-218-7730, email yael.bendavid@walla.co.il, 26, student at Tel Aviv University.", "26"),
    ('I matched with someone called "Ryan" (34) whose handle is ryan_sails_88.', "34"),
    ("New urgent intake: *Mustafa Rahimi* (17), unaccompanied minor, held at Dover", "17"),
])
def test_found(detector, text, value):
    assert covered_share(detector, text, value) >= 0.5


@pytest.mark.parametrize("text", [
    "The NATO alphabet starts Alpha, Bravo, Charlie, Delta and the pilots said Bravo Zulu.",
    "Count with me: one two three four five six seven eight nine ten.",
    "We stayed at the Hotel Delta in Lima, then flew to Quebec with Oscar and Mike.",
    "Tango and foxtrot are dances; the Victor Hugo class has one or two more.",
    "Uno, dos, tres, cuatro, cinco, seis: los niños contaban en voz alta.",
    "Call +1000 for help; ratio +200 percent.",
    "We met at the 4th and 5th floors of the library.",
    "She finished the race in the 2nd and 3rd heats.",
    "If the 3rd floor is closed, use the lift.",
    "Figures 3, 12, and 14 show the results.",
    "Paris, 75, a city of lights and art.",
    "Cities visited: Paris, 12, Rome, 14, a week each.",
    'The option "Verbose" (2) prints more.',
    "Version 3, 10, a minor release.",
])
def test_not_found(detector, text):
    found = detector.detect([text])[0]
    assert not [text[f.start:f.end] for f in found if f.entity_type in ("AGE", "DATE_TIME", "ID_NUMBER", "PHONE_NUMBER")]


def test_ordinal_pair_needs_nothing_after():
    from minimize.detection.recognizers.dates import _days
    text = "The 19th and 20th centuries saw great change; take a 27th or 28th."
    assert [text[s:e] for s, e in _days(text)] == ["27th", "28th"]
