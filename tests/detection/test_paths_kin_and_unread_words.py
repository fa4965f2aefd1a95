"""An e-mail inside a URL's path, a name's value ending at "S/o", and the English model's guesses at words of
languages it never learnt (refine.py, fields.py, core.yaml's EmailInPathRecognizer)."""
from __future__ import annotations

import pytest


def _found(detector, text):
    return {(f.entity_type, text[f.start : f.end]) for f in detector.detect([text])[0]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PUT /landlord/tenants/e.addo@outlook.com/profile HTTP/1.1", "e.addo@outlook.com"),
        ("GET /v2/parcels?owner=sizwe.ndlovu@courier.co.za 200 41ms", "sizwe.ndlovu@courier.co.za"),
    ],
)
def test_when_an_email_stands_in_a_urls_path_then_the_address_alone_is_found(detector, text, value):
    assert ("EMAIL_ADDRESS", value) in _found(detector, text)


def test_when_a_forms_name_goes_on_to_a_fathers_then_each_is_its_own_name(detector):
    found = _found(detector, "Applicant: Bhaskar Gogoi, S/o Ramen Gogoi\nVillage: Dergaon")
    assert ("PERSON", "Bhaskar Gogoi") in found
    assert not any(kind == "PERSON" and "S/o" in value for kind, value in found)


def test_when_ner_reads_a_chechen_pronoun_as_a_name_then_it_is_dropped(detector):
    text = "Хьан ваша Ӏумар 3-чу июнехь Грозни веана."
    found = _found(detector, text)
    assert ("PERSON", "Хьан") not in found
    assert ("DATE_TIME", "3-чу июнехь") in found  # a case ending glued to the day is no code


def test_when_ner_reads_a_frequent_berber_word_as_a_name_then_it_is_dropped(detector):
    found = _found(detector, "Tajmaɛt n Tiferdud: aman ad ḥebsen seg 5 ar 7 deg yennayer.")
    assert not any(value == "aman" for _, value in found)
    assert ("LOCATION", "Tiferdud") in found
