"""A record's place by its key: a home's town, a home's area, a camp, a Turkish neighbourhood."""
from __future__ import annotations

import pytest


def _places(detector, text: str) -> set[str]:
    return {text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type in ("LOCATION", "ADDRESS")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"name": "Ahmed Jassim Khalaf", "age": 47, "camp": "Hasansham U3", "phone": "07814530927"}', "Hasansham U3"),
        ('{"name": "Eilidh Ross", "nok_phone": "01779 471 226", "home": "Fraserburgh"}', "Fraserburgh"),
        ("UPDATE riders SET\n    national_id = '28817364',\n    home_area = 'Kasarani',\n    updated_at = NOW()", "Kasarani"),
        ('{"name": "Berfin Aslan", "mahalle": "Yeşilyurt Mah.", "addr": "2214 Sok. No:9 D:3"}', "Yeşilyurt Mah."),
    ],
)
def test_when_a_records_key_names_where_someone_lives_then_its_value_is_a_place(detector, text, place):
    assert place in _places(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('{"name": "Eilidh Ross", "home": "Remote"}', "Remote"),  # where one works, no town
        ('{"page": "index", "home": "/var/www/html"}', "/var/www/html"),
        ('{"event": "kickoff", "camp": "Yes"}', "Yes"),
    ],
)
def test_when_such_a_key_holds_no_place_then_nothing_is_found(detector, text, word):
    assert word not in _places(detector, text)
