"""Address shapes of round 23 (address.py): Philippine puroks, West African numbered streets and doors, Dakar's
buildings, Gambian compounds, Pakistani wards, romanised Sindhi quarters, Zambian plots, rooms numbered with a dot,
Uzbek streets in Latin and Cyrillic letters, a street of no type before its flat, a Brazilian office suite and a
building's name in their fields; and text that only looks so."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.address import StreetAddressRecognizer


def _addresses(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "ADDRESS"}


@pytest.fixture(scope="module")
def address():
    return StreetAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a purok, by its number or its name, in prose, a record's field, SQL
        ('"origin":{"purok":"Purok 5","barangay":"Sta. Rita"}', "Purok 5"),
        ("address = 'Purok Masagana', barangay = 'San Dionisio'", "Purok Masagana"),
        ("si Genalyn Pepito ni taga Purok Rosas, Barangay Poblacion, Medellin.", "Purok Rosas"),
        ("PUROK 3-A, Brgy. Mabini", "PUROK 3-A"),
        # a numbered street and its door (Bamako), its door first too
        ("Mrs. Aïcha Doumbia, 27, of Rue 405, Porte 18, Hamdallaye ACI 2000, Bamako", "Rue 405, Porte 18"),
        ("Mme Assitan Traoré, domiciliée rue 284, porte 61, Kalaban Coura, Bamako", "rue 284, porte 61"),
        ("livré à porte 12, rue 310, Ouagadougou", "porte 12, rue 310"),
        # numbered parts: a building and its flat, a compound, a house and its ward, a room with a dot
        ("post the letter to Cité Mixta, Immeuble B, Appartement 12, Dakar.", "Cité Mixta, Immeuble B, Appartement 12"),
        ("Residence: Compound 214, Kanifing Estate\nNotified by: midwife", "Compound 214, Kanifing Estate"),
        ("Karim, resident of House 71, Ward No. 4, with CNIC 52301-7720914-3.", "House 71, Ward No. 4"),
        ("Collect your card at Room 2.17, Foundation Building, Limerick V94 T9PX", "Room 2.17, Foundation Building"),
        # a romanised Sindhi quarter and its house, either order
        ("Yashash: Mohalla Shar, ghar 44, Larkana", "Mohalla Shar, ghar 44"),
        ("ghar no. 12, Mohalla Qazi, Hyderabad", "ghar no. 12, Mohalla Qazi"),
        # a Zambian plot before its township and town
        ("Guardian: Grace Mwale, +260 977 418 220, Plot 1142, Chalala, Lusaka.", "Plot 1142"),
        ("Plot No. 27, Kabulonga, Lusaka", "Plot No. 27"),
        # Uzbek streets, their house and flat
        ("Farg'ona viloyati, Oltiariq tumani, Mustaqillik ko'chasi, 23-uy. Tel: +998 90 553 12 48.",
         "Mustaqillik ko'chasi, 23-uy"),
        ('"ship_to":"Yangi Turon ko\'chasi, 7-uy, Andijon"', "Yangi Turon ko'chasi, 7-uy"),
        ("Манзил: Андижон шаҳри, Бобур шоҳ кўчаси, 56-уй, 7-хонадон. Телефон:", "Бобур шоҳ кўчаси, 56-уй, 7-хонадон"),
        ("Мустақиллик кўчаси, 12-уй", "Мустақиллик кўчаси, 12-уй"),
        ("Toshkent shahri Amir Temur ko'chasi, 108-uy", "Amir Temur ko'chasi, 108-uy"),
        ("Navoiy ko'chasi, 12.", "Navoiy ko'chasi, 12"),
        # a street of no type, its number, then a flat, an office or a floor
        ("the landlord at Tole Bi 286, apt 19, Almaty, kept her deposit.", "Tole Bi 286, apt 19"),
        ("office at Abay 44, office 12. +7 727 441 8200", "Abay 44, office 12"),
        ("The address is Iasonos 14, 2nd floor, Thessaloniki 546 22.", "Iasonos 14, 2nd floor"),
        # fields: a building's number in a sentence, an office suite, a building's name
        ("her building number as 45 on Raimbek Avenue; her IP was", "45"),
        ("Street: Rua Augusta; Building: 1280; Apt: conj. 52; City: São Paulo", "conj. 52"),
        ("Building: Al Nahda Residence 2; Floor: 3", "Al Nahda Residence 2"),
        ('"unit":"1204","building":"Harbor Point Tower B","signers"', "Harbor Point Tower B"),
    ],
)
def test_when_text_holds_an_address_of_these_shapes_then_it_is_found(address, text, value):
    assert value in _addresses(address, text)


@pytest.mark.parametrize(
    "text",
    [
        # a purok's officers and meetings
        "The Purok Leader called a meeting of all Purok Officers.",
        "Purok Chairman Reyes and the Purok Secretary",
        "The purok system was created in 1950.",
        # a door that is no address's, an age before a street's word
        "Rue 12, porte d'entrée",
        "Ouvrez la porte 3 fois",
        "He came 3 of Street fame",
        # generic numbered parts: a hospital's ward and room, a chemist's compound, rooms alone
        "Compound 12, Phase 2 showed toxicity.",
        "Ward 4, Room 12 in the hospital.",
        "The meeting is in Room 2.17 on Tuesday.",
        "Room 2.17, Room 2.18",
        # a campus room numbered with a dot, no town after it: a seminar's, no one's address
        "The tutorial meets in Room 3.12, Block C. Course code HIST-2210.",
        "Lab 2 meets in the Kathleen Lonsdale Building, Room 1.04, off the main quad.",
        "Level 2.5, Phase 1.2",
        # a chart's plot, its panels or common words after it
        "Plot 3, Figure 2, Panel B.",
        "Plot 2, Sales, Marketing.",
        # Uzbek: a year or a count after the street, no house
        "Amir Temur ko'chasi 2019 yilda qurilgan",
        "Amir Temur ko'chasi, 3 ta do'kon bor",
        "Amir Temur ko'chasi bo'ylab yurdik",
        # a quarter's committee, a house alone
        "Mohalla committee met on Monday; house 5 was empty.",
        # numbered things before a flat or a floor that are no street
        "Terminal 2, 3rd floor, near Gate 12.",
        "Chapter 12, apt description",
        "Version 2, 2nd floor",
        "Monday 12, office 3",
        "Q3 2024, office 12",
        # a building's field holding no building's name
        "Building: Town Hall",
        "Building: Main Office Complex",
        "Building type: Apartment Complex",
        "conj. 52",
    ],
)
def test_when_text_only_looks_like_these_shapes_then_no_address_is_found(address, text):
    assert not _addresses(address, text)


def test_when_an_age_comes_before_a_numbered_street_then_the_street_is_read_whole(address):
    text = "Mrs. Aïcha Doumbia, 27, of Rue 405, Porte 18, Bamako"
    assert _addresses(address, text) == {"Rue 405, Porte 18"}
