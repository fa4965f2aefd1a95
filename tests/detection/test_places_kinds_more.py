"""LocationGazetteerRecognizer: towns and districts of a hand-written list (neighbourhoods of big cities, towns of
regions GeoNames' big-town list leaves out), places by their kind's word (Malay and Indonesian, Vietnamese, Budapest's
districts, tea estates, a post office's town), an Indonesian village after its RT/RW numbers, a place as a record's
quoted value, a republic's full name, a lower-case town before a British postcode, "I'm from ...", a place opening a
heading in capitals (no spaCy needed)."""
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
        ("looking for a room in Tufnell Park, budget 900 a month", "Tufnell Park"),  # a London neighbourhood
        ("Collection from Pasir Ris only, cash please.", "Pasir Ris"),  # Singapore
        ("She works at a clinic in Jagakarsa now.", "Jagakarsa"),  # a Jakarta district
        ("We waited in Kubwa for an hour.", "Kubwa"),  # Abuja
        ("He moved the flock to Kochkor last spring.", "Kochkor"),  # Kyrgyzstan
        ("Two nights at a guest house in Telavi, then the road to Omalo.", "Omalo"),  # Georgia's Kakheti and Tusheti
        ("Seasonal contract, Hotel Alpenrose, Ischgl", "Ischgl"),  # the Tyrol
        ("He sells his argan oil at the Tafraout market.", "Tafraout"),  # the Souss
        ("The garden hospital at Naharkatia discharged him on 3 May.", "Naharkatia"),  # Assam
        ("anyone selling a bike? can collect from dalston tmrw", "dalston"),  # lower-case chat
    ],
)
def test_when_a_listed_town_or_district_is_named_then_it_is_a_place(places, text, expected):
    assert expected in _found(places, text)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a single word that is a common first name stays out of the list ("Barry" is a Welsh town too)
        ("Barry said he would collect it from Stoke Newington.", "Stoke Newington", "Barry"),
    ],
)
def test_when_a_listed_name_is_a_common_name_then_only_the_place_is_flagged(places, text, expected, absent):
    found = _found(places, text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # Malay: the kind's word belongs to the name; a lower-case word after it is no name ("Desa kami": our village)
        ("Pak Hasan dari Kampung Sungai Merah, Kedah. Desa kami kecil.", "Kampung Sungai Merah", "Desa kami"),
        ("Trip to Pulau Tioman next week. Taman itu bersih.", "Pulau Tioman", "Taman itu"),
        # Vietnamese: a ward by its name, a district by its number; "Xã hội" is "society"
        ("Giao hàng: 12 Nguyễn Huệ, phường Tân Định, Quận 3. Xã hội phát triển.", "phường Tân Định", "Xã hội"),
        # Budapest's district by its numeral
        ("A szabálysértés helye: Budapest, VIII. kerület, József körút 5.", "VIII. kerület", "Budapest, VIII"),
        # a tea estate with its kind, and the post office's town; never a post office box
        ("Line 2, Bogapani T.E., P.O. Rangapara. Or P.O. Box 7.", "Bogapani T.E.", "Box"),
    ],
)
def test_when_a_kind_word_names_a_place_then_the_place_is_flagged(places, text, expected, absent):
    found = _found(places, text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Alamat: Dusun Ngentak RT 02/RW 07, Bangunharjo.", "Bangunharjo"),  # the village after RT/RW
        ("Quarters 4, P.O. Chabua via Dibrugarh", "Chabua"),  # the post office's town
        ("Registered in Makhachkala, Republic of Ingushetia, in 2001.", "Republic of Ingushetia"),
        ("pls send it to 4 mill lane, bolton bl1 4sx ta", "bolton"),  # lower case before a British postcode
        ("yeah I'm from Preston originally, you?", "Preston"),  # a town named like people, after "I'm from"
    ],
)
def test_when_a_cue_points_at_a_place_then_it_is_flagged(places, text, expected):
    assert expected in _found(places, text)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a record's quoted values after keys only places take; a person's name after "to" is no place
        ('{"from": "Nalchik", "to": "Tsentoroy", "contact": {"to": "John"}}', "Tsentoroy", "John"),
        ('2024-06-02 SMS OUT site="Domiz 2" status=OK to="Sarah"', "Domiz 2", "Sarah"),
    ],
)
def test_when_a_place_is_a_records_quoted_value_then_it_is_flagged(places, text, expected, absent):
    found = _found(places, text)
    assert expected in found and absent not in found
