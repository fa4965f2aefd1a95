"""Round 22b: names after a kin word or a relative, and lowercase full names after a title or a comma."""
from __future__ import annotations

import pytest

from tests.detection.helpers import covered_share


def _persons(detector, text):
    return [text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text,value", [
    ("so tell auntie pat to follow me there", "pat"),
    ("Danny can you pick up auntie jean on the way", "jean"),
    ("grandpa ray turns 90 on the 8th of June", "ray"),
    ("my uncle bill and auntie rose came round", "rose"),
    ("Tell dev his sister anjali called, she changed her number", "anjali"),
    ("My flatmate jonno moved out without paying his share", "jonno"),
    ("her boyfriend kwabena picked her up", "kwabena"),
    ("A student, tomás aguirre, 20, asked the bursar's office", "tomás aguirre"),
    ("We're delighted to welcome back dr. helen achterberg as guest speaker", "helen achterberg"),
    ("the patient lucía fernández was seen today", "lucía fernández"),
])
def test_found(detector, text, value):
    assert covered_share(detector, text, value) >= 0.5


@pytest.mark.parametrize("text", [
    "My sister said she would come. My brother and I went. Her husband is tall. My wife will call.",
    "his brother in law, her sister ship, my roommate situation, our flatmate agreement, my boyfriend jeans",
    "uncle will be there, auntie may come, grandpa can help, the great uncle lives abroad, cousin marriage",
    "This is especially useful when the user can also set ms per loop; customer provided key.",
    "my girlfriend lol, my sister too, their brother was late",
])
def test_not_found(detector, text):
    assert _persons(detector, text) == []
