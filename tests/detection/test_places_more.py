"""LocationGazetteerRecognizer: quoted field values, datelines, rare words opening a sentence, districts in an
address before their city, Russian and Ukrainian towns in their cases (no spaCy needed)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.gazetteer import LocationGazetteerRecognizer


@pytest.fixture(scope="module")
def places():
    recognizer = LocationGazetteerRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "LOCATION"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted field's whole value opens no sentence: JSON, CSV, XML attributes
        ('{"name":"Omar Haddad","from":"Agadir","to":"Lyon"}', {"Agadir"}),
        ('"O\'Neill, Bridget","4 Malone Park","Belfast","BT9 6NJ"', {"Belfast"}),
        ('<crew port="Stavanger" date="2024-10-02">', {"Stavanger"}),
        ('city of birth "Bergamo", favourite teacher', {"Bergamo"}),
        # a letter's dateline and a CV's header line
        ("Kind regards\nLukas Meier\nBern, 12 May 2024", {"Bern"}),
        ("Jana Novak\nLinz, den 3. März 2024", {"Linz"}),
        ("Ama Owusu\nManchester | +44 7481 293 650 | ama@example.com", {"Manchester"}),
        # a town no language uses as a word, opening a sentence
        ("Gqeberha police are searching for a man.", {"Gqeberha"}),
        ("They said they'd send one. Stevenage if it matters.", {"Stevenage"}),
        ("Ақтау портынан шыққан танкер", {"Ақтау"}),
        # a big city whose name has "es" inside
        ("Kariakoo, Dar es Salaam\nKazi: Mfanyabiashara", {"Dar es Salaam"}),
        # a district between an address's commas, before its known city
        ("House B-72, Block 13-D/2, Gulshan-e-Iqbal, Karachi; mobile", {"Gulshan-e-Iqbal", "Karachi"}),
        ("Apartment 804, Al Zahia Tower B, Muwaileh, Sharjah.", {"Muwaileh", "Sharjah"}),
        ("clothes stall, Gikomba, Nairobi\nLoan amount", {"Gikomba"}),
        ("House 27, Road 11, Block C\nUttara, Dhaka 1230\nBangladesh", {"Uttara"}),  # at a line's start
        # Russian and Ukrainian towns in their cases after a preposition
        ("Меня зовут Алина, я из Казани.", {"Казани"}),
        ("евакуйована з Харкова, зараз мешкає у Львові.", {"Харкова", "Львові"}),
        ("Я живу в Новосибирске уже пять лет.", {"Новосибирске"}),
        ("Переехала из Москвы в Самару.", {"Москвы"}),
        ("Вона народилася в Одесі.", {"Одесі"}),
    ],
)
def test_when_a_place_stands_in_these_shapes_then_it_is_found(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Nice to meet you all.", "Nice"),  # an English word opening a sentence
        ('She said "Nice" and left.', "Nice"),  # a quoted word that is no field value
        ("Aku mau pulang sekarang.", "Aku"),  # Indonesian "I", a town somewhere
        ("Lahat kami ay pumunta.", "Lahat"),  # Tagalog "all"
        ("Benim adım Ayşe.", "Benim"),  # Turkish "my"
        ("Koti on lähellä.", "Koti"),  # Finnish "home"
        ("Sachin scored a century.", "Sachin"),  # a given name, also a town in Gujarat
        ("Thanks Chidi, Emeka, Lagos.", "Emeka"),  # a given name between commas before a city
        ("Reading, 12 books a year", "Reading"),  # an English word before a comma and a number
        ("Hi Sarah, London is great.", "Sarah"),  # a person before a comma and a city
        ("Flat 3, Rose Court, London", "Rose Court"),  # an address's building, words of English
        ("Unit 5, Sales Department, Leeds", "Sales Department"),
        ("Order 7781, Blue Widget, Paris.", "Blue Widget"),  # a product between commas
        ("Я была у Ивана вчера.", "Ивана"),  # a person after "у"
        ("Поговорил с Петровым и Марией.", "Марией"),
    ],
)
def test_when_words_only_look_like_these_shapes_then_no_place_is_found(places, text, absent):
    assert absent not in _found(places, text)


def test_when_words_only_look_like_these_shapes_then_prose_stays_clean(places):
    prose = ("Thanks, Team. Reading the report, Nice work overall, Sales, London and Product, Paris met.\n"
             "Version 2, Release-3, Berlin build ok. Model X-5, Tokyo edition.")
    assert not (_found(places, prose) - {"London", "Paris", "Berlin", "Tokyo"})
