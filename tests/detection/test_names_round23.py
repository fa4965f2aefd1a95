"""Name shapes of round 23: whose child or spouse someone is, a login in brackets made of the name, a log's key naming
a person's part, a sentence's subject by what the person does with their own, a couple getting married, a word no
language has after a relation, a role or a meeting, an Arabic compound ("Noor ul Ain"), Tagalog and Cebuano personal
articles, Filipino elders' words, Uzbek "aka" after a name, a party's qualified label, a Philippine police rank, and
the words near them that are no names."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.names import NameCueRecognizer
from tests.detection.helpers import covered_share


@pytest.fixture(scope="module")
def names():
    recognizer = NameCueRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


def _persons(recognizer, text: str) -> set[str]:
    return {value for kind, value in _found(recognizer, text) if kind == "PERSON"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # whose child or spouse someone is, in a deed
        ("I, Ramesh Kumar, son of Baldev Raj, resident of Sialkot, declare as follows.", "Baldev Raj"),
        ("Affidavit of Nasreen Bibi, wife of Mukhtar Ahmed, of Okara.", "Mukhtar Ahmed"),
        ("I am the granddaughter of Amina Yusuf, of Kano.", "Amina Yusuf"),
        # a login in brackets made of the name, before the name a role
        ("Ticket raised by user Wanjiru Kamau (wkamau@shambatech.co.ke) at 09:12.", "Wanjiru Kamau"),
        ("From: Marites Dumaguing (tess.dumaguing)\nMessage: pwede po ba", "Marites Dumaguing"),
        # a log's key naming a person's part, the name quoted
        ('2024-06-02 depart vessel=KHI-221 captain="Bashir Baloch" crew=7', "Bashir Baloch"),
        ("trip=8812 driver_name='Chidi Okonkwo' status=ok", "Chidi Okonkwo"),
        # a sentence's subject by what the person does with their own, written small too
        ("Ngozi Eze came in for her blood test on Monday.", "Ngozi Eze"),
        ("Dilshod Karimov gave his passport to the clerk.", "Dilshod Karimov"),
        ("zarina and her sister run the stall by the gate.", "zarina"),
        ("lol feruza just changed her number again", "feruza"),
        # a couple who got married, given names no list knows
        ("Gulnoza and Bekzod Tursunov got married in Samarkand last spring.", "Gulnoza"),
        # a word no language has alone after a meeting, a relation or a role
        ("Meet Khadim at the west gate after prayers.", "Khadim"),
        ("Please call my cousin Dildora on +998 90 123 45 67.", "Dildora"),
        ("The stall owner Ulugbek from Namangan sold us the rice.", "Ulugbek"),
        # a given name written small after a call, a number after it
        ("The midwife called fatou at 7712345 about the scan.", "fatou"),
        # an age after a name that no list knows, the sentence going on
        ("Mariama is 37 and sells fish at the wharf.", "Mariama"),
        # a Pakistani name's Arabic compound, the article apart
        ("My name is Zia ul Haq and I live in Multan.", "Zia ul Haq"),
        # Cebuano and Tagalog personal articles, a Filipino elder's word
        ("Ang akong igsoon nga si Marivic naa na sa Tacloban.", "Marivic"),
        ("Ipinadala ko kay Jericho ang pera kahapon.", "Jericho"),
        ("Si Marivic ang nagdala sa bugas.", "Marivic"),
        ("Nagpasalamat kami kay Lakay Ernesto iti tulongna.", "Ernesto"),
        # Uzbek "aka" after a name
        ("We rent the shop from Bahodir aka near the bazaar.", "Bahodir"),
        # a party's label with a word before it
        ("Second applicant: Lorenzo Dimaculangan Jr., 54, farmer", "Lorenzo Dimaculangan Jr."),
        # a list's line with a name and an age, then a dash
        ("Attendance:\nShahnoza (15) - excused by the nurse\nAziza Rahimova - present", "Shahnoza"),
        # a single given name before a national identity number
        ("Witnesses: Rubina (CNIC 42101-1234567-1) and Saima Bibi.", "Rubina"),
        # a full name, then the town the person is of
        ("Teodora Villamayor of Borongan, Eastern Samar, received the grant.", "Teodora Villamayor"),
        # who is on duty, between commas
        ("The analyst on shift, Aigerim, escalated the alert to the SOC lead.", "Aigerim"),
        # a hyphenated given name with a cedilla
        ("François-Xavier Tremblay gave his notice on Friday.", "François-Xavier Tremblay"),
    ],
)
def test_when_a_name_has_one_of_these_shapes_then_it_is_found(names, text, value):
    assert any(value in person for person in _persons(names, text)), _found(names, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rizalda Montebon of Catarman, Northern Samar, signed the form.", "Rizalda Montebon"),
        ("Meet Khadim at the west gate after prayers.", "Khadim"),
        ("so mehrinoz just posted her new address on the group", "mehrinoz"),
    ],
)
def test_when_ner_reads_those_names_otherwise_then_the_detector_still_finds_them(detector, text, value):
    assert covered_share(detector, text, value, "PERSON") >= 0.5


def test_when_a_philippine_police_rank_stands_before_a_full_name_then_it_is_a_title(names):
    found = _found(names, "Reporting officer: PO3 Renato Dimaano, Tacloban City Police Station.")
    assert ("TITLE", "PO3") in found
    assert ("PERSON", "Renato Dimaano") in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # kin of a deity or a place, not a person
        ("He called himself the son of God at the rally.", "God"),
        ("Chaucer's wife of Bath is a pilgrim.", "Bath"),
        # a firm's or a team's login in brackets
        ("Contact our billing desk (billing@acme.example) for invoices.", "Billing"),
        ("The Sales Office (sales) is closed today.", "Sales Office"),
        ("Acme Billing (billing@acme.example) sends the invoices.", "Acme Billing"),
        # a log's role key holding a team or a device
        ('owner="Platform Team" driver="Bluetooth Audio"', "Platform Team"),
        ('owner="Platform Team" driver="Bluetooth Audio"', "Bluetooth Audio"),
        # a sentence's subject that is a body, or "her" the object
        ("Police came in for her statement at noon.", "Police"),
        ("Mission Control and his team celebrated.", "Mission Control"),
        ("Zalando sent her a refund last week.", "Zalando"),
        # a word no language has before an age that goes no further, or not opening a sentence
        ("Kubernetes is 10 years old this year.", "Kubernetes"),
        ("The route via Xhafer is 41.", "Xhafer"),
        # the verbs of reaching a desk, a CV's department, a heading before its colon
        ("Contact Zendesk at support@example.com for help.", "Zendesk"),
        ("2014 – 2018: Ward Nurse, Medical-Surgical, Las Piñas Doctors Hospital", "Medical-Surgical"),
        ("Employee Onboarding: Priyanka Raman", "Onboarding"),
        # Spanish and French "si" and "ni" before a place or a common word
        ("Si Madrid gana, si Dios quiere, ni Paris ni Londres.", "Dios"),
        ("Si Madrid gana, si Dios quiere, ni Paris ni Londres.", "Madrid"),
        # ... or before a word no language has, outside Filipino text
        ("Iremos al mercado si Tlaquepaque abre temprano.", "Tlaquepaque"),
        # a grill chain after a Filipino elder's word
        ("Mang Inasal opened a branch in Iloilo.", "Inasal"),
        # a lowercase word after "called" that is no given name, and no address after it
        ("i called back at 0203 555 0100 but nobody answered", "back"),
        ("we called reception at 0800 123 456", "reception"),
        # two places in a song, a number in brackets after a section
        ("Paris and Berlin got married in the song.", "Paris"),
        ("Section (17) - see the notes below", "Section"),
        # nobody on duty between the commas
        ("The nurse on duty, Monday, said no.", "Monday"),
    ],
)
def test_when_a_word_only_stands_where_names_go_then_no_person_is_found(names, text, word):
    assert word not in _persons(names, text)


def test_when_a_police_abbreviation_has_no_full_name_after_it_then_it_is_no_title(names):
    assert not {f for f in _found(names, "Raise PO2 for the order. Send PO3 to Acme.") if f[0] == "TITLE"}


def test_when_a_currency_follows_a_role_then_it_is_no_name(detector):
    text = "Mwangi of Kasarani, Nairobi, lent the Respondent Kshs. 180,000 on 3rd March 2023."
    assert "Kshs" not in {text[s.start:s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}


def test_when_a_personal_article_comes_before_gods_name_then_it_is_no_person(detector):
    text = "the bride belongs to the Iglesia ni Cristo, so a dispensation was requested."
    found = {(s.entity_type, text[s.start:s.end]) for s in detector.detect([text])[0]}
    assert ("NRP", "Iglesia ni Cristo") in found and not any(kind == "PERSON" for kind, _ in found)
