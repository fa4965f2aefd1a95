"""LocationGazetteerRecognizer, round 23: places no list knows, found by a cue beside them: Uzbek region, district
and town words, a kind's word after a place, French health posts and communes, Philippine barangays, a list with a
known town, a people's origin, an address's numbered neighbourhood, a town before its province, a site's word,
Sindh's "Deh", Pulaar's "woni ka", airports a flight leaves, a table's column of US state codes, a state's code in
brackets, a town in lower-case chat after "for" (no spaCy needed)."""
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
        # Uzbek: a region's and a district's word belong to the name, a town's not
        ("manzil: Namangan viloyati, Uychi tumani, Guliston MFY, Bog'bon ko'chasi 5-uy.",
         {"Namangan viloyati", "Uychi tumani"}),
        ("Picker attendance - Brigade 4, Pop tumani\nDate: 21.09.2023", {"Pop tumani"}),
        ("Ali Yo'ldoshev, tug'ilgan sanasi 14.03.2010, Farg'ona shahridagi 21-maktabning o'quvchisi", {"Farg'ona"}),
        ("Баҳром Содиқов 12 сентябр куни Андижон вилояти, Бўстон туманидаги фермер хўжалигида",
         {"Андижон вилояти", "Бўстон тумани"}),
    ],
)
def test_when_an_uzbek_kind_word_follows_a_name_then_it_is_a_place(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Yangi tuman tashkil etildi.", "Yangi tuman"),  # "a new district was formed": no possessive, no name
        ("Густой туман над рекой. Утренний туман.", "Утренний туман"),  # Russian's fog
        ("Осінні тумани прийшли рано.", "Осінні тумани"),  # Ukrainian's fogs: no Uzbek letters in the text
    ],
)
def test_when_a_kind_word_is_no_uzbek_districts_then_nothing_is_flagged(places, text, absent):
    assert absent not in _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Loan for two milking cows and a calf, Pita prefecture\nGuarantor: Thierno Amadou Sow", "Pita prefecture"),
        ("Sherzod Qurbonov of 17 Paxtakor Street, Baliqchi district, was asked", "Baliqchi district"),
        ("SUMMONS TO APPEAR\nTo: SSEKANDI Robert, of Nakawa Division", "Nakawa Division"),
        ("She grew up in the Tokyo prefecture office's shadow.", "Tokyo prefecture"),
    ],
)
def test_when_a_kind_word_follows_a_place_then_both_are_flagged(places, text, expected):
    assert expected in _found(places, text)


@pytest.mark.parametrize(
    "text",
    [
        "Each prefecture sets its own rules, and the Lake district was lovely.",
        "She works in the Sales Division of Acme, and our school district is great.",
        "The Police prefecture closed early.",
        "Sales in the Asia-Pacific region and the EMEA region grew.",
    ],
)
def test_when_the_word_before_a_kind_is_an_ordinary_one_then_nothing_is_flagged(places, text):
    assert not _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Structure d'origine : poste de santé de Ndiaffate    Destination : centre de santé de Kaolack",
         {"Ndiaffate", "Kaolack"}),
        ("née le 12 mars 2025 à la maternité de Grand-Yoff et je n'ai pas reçu l'extrait", {"Grand-Yoff"}),
        ("Rakoto Jean, demeurant à Ampanefena, district de Vohémar\nQuantité : 350 kg", {"Vohémar"}),
    ],
)
def test_when_a_french_health_post_or_district_names_a_place_then_it_is_flagged(places, text, expected):
    assert expected <= _found(places, text)


def test_when_a_french_office_is_followed_by_an_ordinary_word_then_nothing_is_flagged(places):
    text = "centre de santé de Référence; maternité de l'hôpital; hôpital de Jour; préfecture de Police"
    assert not _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At 2300H evacuee Benjamin Tizon, 45, of Barangay Mercedes, reported that his wallet", "Barangay Mercedes"),
        ("Nakatira siya sa Brgy. Bagong Silang simula 2019.", "Brgy. Bagong Silang"),
    ],
)
def test_when_a_barangay_is_named_without_a_comma_then_it_is_flagged(places, text, expected):
    assert expected in _found(places, text)


def test_when_barangay_names_an_office_or_a_paper_then_nothing_is_flagged(places):
    text = "Barangay Captain Juan Santos signed the Barangay Clearance at the Barangay Hall with Barangay Health Workers."
    assert not _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He has moved cattle between Linguère and the Ferlo since he was a boy.", {"Linguère", "Ferlo"}),
        ("We went there and back from London and Kerewan.", {"London", "Kerewan"}),
    ],
)
def test_when_a_list_holds_a_known_town_then_its_unknown_places_are_flagged(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The brochure is available in Amharic and Tigrinya, in Wolof and Pulaar.", None),  # languages, no town
        ("Sales rose in March and April, and in Python and Kotlin we ship.", None),
        ("Santosh Kumar Yadav from Lucknow and the Aadhaar linked is 4091 7362 2856.", "Aadhaar"),  # "the": no list
    ],
)
def test_when_a_list_has_no_known_town_or_a_the_then_its_words_stay_clean(places, text, absent):
    found = _found(places, text)
    assert (absent not in found) if absent else not found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The portal rejects my CSV of 140 date growers from Panjgur. My login is frind_pjg", "Panjgur"),
        ("I need a family visa for my wife and two kids from Panjgur.", "Panjgur"),
        ("A saffron grower from Pampore, Ghulam Nabi Dar, 58, says", "Pampore"),
        ("a 26-year-old woman from Maskwacis with a three-month history", "Maskwacis"),
    ],
)
def test_when_people_come_from_an_unknown_word_then_it_is_a_place(places, text, expected):
    assert expected in _found(places, text)


def test_when_a_firm_or_a_person_follows_from_then_nothing_is_flagged(places):
    text = "The kids from Microsoft came; people from Zendesk and students from Okafor's class. Workers from Deliveroo."
    assert not _found(places, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aïcha Doumbia, 27, of Rue 405, Porte 18, Hamdallaye ACI 2000, Bamako, be admitted", "Hamdallaye ACI 2000"),
        ("Office: 3rd floor, Plot 1032 Cadastral Zone A05, Wuse II, Abuja. Card on file", "Wuse II"),
    ],
)
def test_when_a_numbered_neighbourhood_sits_between_street_and_city_then_it_is_flagged(places, text, expected):
    assert expected in _found(places, text)


def test_when_an_address_part_is_an_ordinary_word_with_a_number_then_it_stays_clean(places):
    found = _found(places, "Order 4471, Apple II, London. Suite 200, Floor 3, Lagos. Unit 5, Level 12 ABC, Sydney.")
    assert not {"Apple II", "Floor 3", "Level 12 ABC"} & found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Municipal Social Welfare and Development Office of Basey, Samar confirms that", "Basey"),
        ("nagbaligya og 40 ka sako nga humay sa bodega sa Ubay, Bohol niadtong Abril 12.", "Ubay"),
    ],
)
def test_when_a_town_stands_before_its_province_after_of_or_sa_then_it_is_flagged(places, text, expected):
    assert expected in _found(places, text)


def test_when_a_surname_stands_before_a_city_after_of_then_it_stays_clean(places):
    assert "Okafor" not in _found(places, "the wife of Okafor, Lagos said so.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Din Muhammad Buledi will start at the Tump orchards on 15 March.", "Tump"),
        ("the estate comprises 32 acres of date orchard in Deh Kot Lalu and a house", "Deh Kot Lalu"),
        ("Innde am ko Aliou Sow, mi woni ka Ranérou. Na'i am capanɗe nay", "Ranérou"),
    ],
)
def test_when_a_site_word_or_a_village_word_marks_a_place_then_it_is_flagged(places, text, expected):
    assert expected in _found(places, text)


def test_when_a_site_word_follows_a_brand_then_it_stays_clean(places):
    assert not _found(places, "at the Apple orchards; the Google checkpoint; the Facebook border crossing.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She is a household service worker. Her flight leaves NAIA on 28 May 2025 at 23:55.", {"NAIA"}),
        ("Her flight departs from LAX and lands at JFK.", {"LAX", "JFK"}),
    ],
)
def test_when_a_flight_leaves_a_code_then_it_is_an_airport(places, text, expected):
    assert expected <= _found(places, text)


def test_when_a_headed_table_ends_in_state_codes_then_the_table_reader_types_them(detector):
    text = "Name | SSN | State\n|---|---|---|\n| Ann Lee | 219-64-3380 | TX |\n| Bo Chan | 457-19-6642 | OK |"
    assert {"TX", "OK"} <= {text[s.start:s.end] for s in detector.detect([text])[0] if s.entity_type == "LOCATION"}


def test_when_a_flight_leaves_at_a_time_or_asap_then_nothing_is_flagged(places):
    assert not _found(places, "The flight leaves ASAP. My flight leaves at 9 and the train leaves BST 14:00.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Rockwell | 219-64-3380 | B412-7730-9981 | IL\nMei-Hua Lin | 457-19-6642 | L5501928 | CA", {"IL", "CA"}),
    ],
)
def test_when_each_row_of_a_table_ends_in_a_state_code_then_they_are_places(places, text, expected):
    assert expected <= _found(places, text)


@pytest.mark.parametrize(
    "text",
    [
        "Name | Status\nTom | OK\nAnn | OK",  # a status
        "Name | Title\nJohn | MD\nAnn | PA",  # roles
        "Name | Degree\nJohn | MA\nAnn | MS",  # degrees
        "Code | Country\nX1 | CA\nX2 | IL",  # a header that names no state
    ],
)
def test_when_a_table_column_holds_other_abbreviations_then_nothing_is_flagged(places, text):
    assert not _found(places, text)


def test_when_a_state_code_in_brackets_follows_a_known_town_then_it_is_a_place(places):
    assert "QC" in _found(places, "2500 boulevard Laurier, bureau 310, Québec (QC) G1V 2L1.")


@pytest.mark.parametrize("text", [
    "Brandon Keoni Kahale    DL: H04918273 (HI)\nVehicle: red",  # a licence's issuer: the labeled sets leave it
    "whose driver licence number is 041829173 (Victoria).",
])
def test_when_a_state_code_in_brackets_follows_a_licence_then_it_is_left_alone(places, text):
    assert not _found(places, text)


def test_when_a_bracketed_code_follows_no_licence_or_town_then_it_stays_clean(places):
    assert not _found(places, "Press the button (A) or call Smith (OK). The plan (ID) and Form 12 (PA).")


def test_when_lowercase_chat_names_a_town_after_for_then_it_is_flagged(places):
    assert "sanghar" in _found(places, "bro whats the fare for sanghar from hyderabad, need to go tmrw")


def test_when_lowercase_chat_has_an_english_word_after_for_then_nothing_is_flagged(places):
    assert not _found(places, "this is for sure, for real, for now, for free, for lunch, for reading, for nice people lol")


@pytest.mark.parametrize("text", [
    "found sleeping in a container behind the Korvon bazaar",  # a market: a landmark, no one's home
    "BAIL DE RÉSIDENCE PRINCIPALE (Région de Bruxelles-Capitale)",  # a région: too wide to place anyone
])
def test_when_a_place_is_a_market_or_a_region_then_its_kind_word_does_not_make_it_one(places, text):
    assert not _found(places, text)
