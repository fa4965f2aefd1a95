"""More name shapes: initials and surnames in quotes, HL7 names with their title, surname-first values in
quotes, children and appellants courts name by letters, a trade before a worker's name."""
from __future__ import annotations

import pytest

from tests.detection.helpers import covered_share


def _found(detector, text: str, entity: str = "PERSON") -> list[str]:
    return [text[f.start : f.end] for f in detector.detect([text])[0] if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an initial and a surname, the whole of a quoted value (a surname that is a word too)
        ('Money went to an account in the name of "J. Morrow" after a call.', "J. Morrow"),
        ('{"closure_ms": 2150, "action": "stop_and_call", "controller": "D. Kruger"}', "D. Kruger"),
        ('Your parcel was signed for by "R. ABUBAKAR" at Plot 17, Kampala', "R. ABUBAKAR"),
        # ... after an opening quote, inside a longer value
        ('P-000522,2024-03-02 10:40,"K. Aboagye follow-up, BP fine"', "K. Aboagye"),
        ("88 London Road,Estate of the late D. Pryor,,R. Mistry,09/03/2025", "D. Pryor"),
        # HL7: an ID, family^given, then the title
        ("PV1|1|I|4W^412^B|||005129^Reyes^Daniel^^^DR\nNK1|1|Kowalski^Piotr|SPO|||", "Reyes"),
        ("PV1|1|I|4W^412^B|||005129^Reyes^Daniel^^^DR\nNK1|1|Kowalski^Piotr|SPO|||", "Daniel"),
        ("PV1|1|I|4W^412^A||||ADEYEMI^SAMUEL^^^DR|||MED||||", "ADEYEMI"),
        # surname first, quoted
        ('{\n  "applicant": {\n    "name": "Oyelaran, Temitope B.",\n    "dob": "12 Mar 1990"', "Oyelaran, Temitope B."),
        ('CSV import error on row 18: "O\'Neill, Bridget","31/02/1966","028 9066 3317"', "O'Neill"),
        ('[2024-06-03 05:58:11] GATE-2 badge=CMH-00412 name="Quispe Ch., Edwin" dir=IN shift=A', "Quispe Ch."),
        ('Example label: "SMITH, Jonathan  DOB 04/02/1961  MRN 7730418', "SMITH"),
        # courts: a child by a letter and an age, an appellant by initials
        ("The father applies for an order in respect of J, who is 7. J lives with his mother.", "J"),
        ("The minor child, A.B., aged 9, shall reside primarily with the mother.", "A.B."),
        ("Appeal Number: PA/05117/2023\n\nBetween\nYH\n(ANONYMITY ORDER MADE)\nAppellant", "YH"),
        ("Appeal No. PA/04182/2024\nBetween MK (anonymity order made), Appellant, and the Secretary of State", "MK"),
        # a trade before the worker's name
        ("Pump 2 tripped twice, electrician Bonginkosi reset it. Water level OK now.", "Bonginkosi"),
        ("At 21:40 security guard Vusi Dlamini found a boy alone in a parked car.", "Vusi Dlamini"),
        # a bank statement's transfer
        ("T-88121,TRANSFER TO M OKAFOR GB16 NWBK 5540 1822 0933 17,-250.00", "M OKAFOR"),
    ],
)
def test_when_a_name_has_one_of_these_shapes_then_it_is_found(detector, text, value):
    assert covered_share(detector, text, value) >= 0.5


def test_when_the_child_is_named_by_a_letter_then_its_later_mentions_are_found_too(detector):
    text = "Application for L, who is six. L lives with her mother in Clifton.\n6. Order: L will spend alternate weekends."
    assert _found(detector, text).count("L") == 3


def test_when_an_hl7_field_has_a_title_then_the_title_is_found(detector):
    text = "<OrderingProvider>HALVORSEN^ERIK^^^DR</OrderingProvider>"
    assert "DR" in _found(detector, text, "TITLE")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # quoted words with a comma that are no surname before a given name (the greeting's name is one)
        ('She wrote "Thanks, Emily" on the card and "Paris, Texas" on the envelope.', ["Thanks", "Paris", "Texas"]),
        ('The film "Hello, Dolly" and the song "Sorry, Grace" were on the list.', ["Hello", "Sorry"]),
        ('"London, Ontario" and "Victoria, Australia" are on the tour.', ["London", "Ontario", "Victoria"]),
        # HL7 codes share the family^given shape
        ("OBX|1|CE|SPO^Spouse||NET^Internet^PRN^CP|\nPID|1||448106^^^MRN^MR||", ["SPO", "Spouse", "Internet", "PRN", "MRN"]),
        ("PID|1||X^^^^MR|^^HARTFORD^CT^06106|", ["HARTFORD", "CT"]),
        # letters that are grades, sizes, plans and sections
        ("Plan B, which is cheaper, covers the C. Section 4(a), as amended.", ["B", "C"]),
        ("Size L is out of stock. Vitamin D levels were normal.", ["L", "D"]),
        ("Grade A, aged cheddar, is sold by weight. Option C, who is eligible, is listed.", ["A", "C"]),
        # trades before words, not names
        ("Call a plumber Monday or the electrician Tuesday.", ["Monday", "Tuesday"]),
        ("Network Engineer Job Description attached. The security guard Dog Unit arrived.", ["Job", "Dog"]),
        # initials before words inside quotes
        ('The manual says "B. Introduction" and "C. Appendix" are optional.', ["B. Introduction", "C. Appendix"]),
    ],
)
def test_when_prose_only_looks_like_these_shapes_then_no_person_is_found(detector, text, words):
    found = _found(detector, text)
    assert not [word for word in words if any(word in span for span in found)]
