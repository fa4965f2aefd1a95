"""A role named alone ("Tenant shall pay", "Driver's license") or a disease named for whom described it
("Parkinson's disease") is no one's name; a surname that is also a role, with its given name, still is."""
from __future__ import annotations

import pytest


def _people(detector, text: str) -> set[str]:
    return {text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('between Chase Whitaker ("Landlord") and June Okafor-Bell ("Tenant"). Tenant shall pay $1,275 per month.', "Tenant"),
        ("Driver's license: NM 044182739", "Driver"),
        ("Parkinson's disease and Alzheimer's disease were ruled out.", "Parkinson"),
        ("She was diagnosed with Crohn's disease in 2019.", "Crohn"),
    ],
)
def test_when_a_role_or_an_eponym_stands_alone_then_it_is_no_person(detector, text, word):
    assert word not in _people(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minnie Driver's new film opens Friday.", "Minnie Driver"),
        ('between Chase Whitaker ("Landlord") and June Okafor-Bell ("Tenant").', "June Okafor-Bell"),
        ("Dr Parkinson saw the patient on Monday.", "Parkinson"),
    ],
)
def test_when_such_a_word_is_part_of_a_name_then_the_name_is_found(detector, text, name):
    assert any(name in found for found in _people(detector, text))
