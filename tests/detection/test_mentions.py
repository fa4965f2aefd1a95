"""Repeat mentions: a name found once is found wherever its text repeats it."""
from __future__ import annotations

import pytest

from minimize.detection.mentions import RECOGNIZER, handles_of_names, mentions, read_ner_names, repeat_mentions
from minimize.types import Span


def found(text: str, *values: tuple[str, str]) -> list[tuple[str, str]]:
    spans = [Span(kind, text.index(value), text.index(value) + len(value), 0.85, "ner") for kind, value in values]
    new = repeat_mentions(text, spans)
    assert all(span.recognizer == RECOGNIZER for span in new)
    return [(span.entity_type, text[span.start:span.end]) for span in new]


def test_when_a_surname_recurs_alone_then_each_mention_is_found():
    text = "Mrs Adaeze Okonkwo lodged the claim. Okonkwo said she was dismissed; Adaeze told the tribunal."
    assert found(text, ("PERSON", "Adaeze Okonkwo")) == [("PERSON", "Okonkwo"), ("PERSON", "Adaeze")]


def test_when_a_place_recurs_then_it_is_found_but_only_whole():
    text = "She moved to Port Harcourt in 2019. Port Harcourt is humid; the port is busy."
    assert found(text, ("LOCATION", "Port Harcourt")) == [("LOCATION", "Port Harcourt")]


def test_when_the_case_differs_or_the_word_is_part_of_another_then_it_is_not_a_mention():
    text = "Rose Tyler bought a rose. Roseanne and Rose-Marie called; so did Rose."
    assert found(text, ("PERSON", "Rose Tyler")) == [("PERSON", "Rose")]


def test_when_a_repeat_is_already_inside_another_finding_then_nothing_new():
    text = "Ana Lima lives at 4 Lima Street. Ana called."
    spans = [Span("PERSON", 0, 8, 0.85, "ner"), Span("ADDRESS", 18, 31, 0.9, "addr")]
    assert [(s.start, s.end) for s in repeat_mentions(text, spans)] == [(33, 36)]


def test_when_there_is_no_person_or_place_then_nothing_is_taught():
    text = "Call 555-0100 about order 7731. Call again tomorrow."
    assert repeat_mentions(text, [Span("PHONE_NUMBER", 5, 13, 0.9, "phone")]) == []


def test_when_a_real_detector_misses_a_later_mention_then_the_repeat_is_found(detector):
    text = "Patient: Wanjiru Kamau. Wanjiru reports pain. Kamau to return Friday."
    [spans] = detector.detect([text])
    # NER reads the sentence-initial "Kamau to return" as no name: the repeat (or the name read alone) finds it
    later = text.rindex("Kamau")
    assert any(s.entity_type == "PERSON" and s.start == later for s in spans)
    assert not [s for s in spans if s.recognizer == RECOGNIZER and text[s.start:s.end] != "Kamau"]
    assert {text[s.start:s.end] for s in spans if s.entity_type == "PERSON"} >= {"Wanjiru Kamau", "Wanjiru", "Kamau"}


def _after(text: str, *values: tuple[str, str, str]) -> list[tuple[str, str]]:
    spans = [Span(kind, text.index(value), text.index(value) + len(value), 0.85, by) for kind, value, by in values]
    return [(span.entity_type, text[span.start:span.end]) for span in mentions(text, spans)]


NER = "SpacyRecognizer"


@pytest.mark.parametrize(
    "text, value, expected",
    [
        # words of another language that the English model took for a name: nothing capitalised, nothing kept
        ("Ela admitiu a culpa e me passou o telefone (48) 98817-2264.", "passou o telefone", []),
        ("Ana Lucía Gómez, de treinta y cinco años, vive en Madrid.", "de treinta y cinco años", []),
        # the capitalised words of the span are the name
        ("Jonas woont in Amsterdam, vlak bij de Westerkerk.", "vlak bij de Westerkerk", ["Westerkerk"]),
        ("Beatriz Ochoa y Iker Etxeberria firmaron el contrato.", "Beatriz Ochoa y Iker Etxeberria firmaron el",
         ["Beatriz Ochoa", "Iker Etxeberria"]),
        # a name keeps to its line; a later line holds another name only in two words
        ("Consultant: Dr H. Oyama\n\nMrs Sato was admitted.", "H. Oyama\n\nMrs Sato", ["H. Oyama", "Sato"]),
        # ... or after a title, whose word is no part of the name
        ("Sehr geehrte Frau Albrecht,\n\nwir bestätigen", "Sehr geehrte Frau Albrecht", ["Sehr", "Albrecht"]),
        ("Thanks,\nMarcus Idowu\nOperations Lead", "Marcus Idowu\nOperations", ["Marcus Idowu"]),
        # a value keeps to its cell of a table
        ("Callum Reid\tMorag Reid\tmother", "Callum Reid\tMorag Reid", ["Callum Reid", "Morag Reid"]),
        # a known first name written small in cased text is still a name
        ("Hey kofi, sorry I missed your call. Talk soon!", "kofi", ["kofi"]),
        # ... and so is a surname written small after it
        ("the loan officer aoife byrne confirmed that the Dublin office", "aoife byrne", ["aoife byrne"]),
        # in text written in lower case, the words are kept as NER read them, but for a greeting
        ("hey ben can u send me the file", "hey ben", ["ben"]),
        ("ok ben can u send me the file", "ok ben", ["ok ben"]),
        # a form's label opening a line is no name; a speaker's name is
        ("Versicherungsnehmer: Jürgen Hofbauer\nGeburtsdatum: 12.08.1969", "Geburtsdatum", []),
        ("Wei: ok see u at 5\nTunde: cool", "Wei", ["Wei"]),
        ("pixelwitch: has anyone seen kaito_88 today", "pixelwitch", ["pixelwitch"]),  # a handle speaking
        # a greeting NER took along is no part of the name
        ("Greetings Jaylen, your ticket has been escalated.", "Greetings Jaylen", ["Jaylen"]),
        # two names joined by a conjunction are two
        ("Hi Aditi & Rohan!!\n\nYes we'd love to", "Aditi & Rohan", ["Aditi", "Rohan"]),
        # a role or a greeting is no name
        ("The Landlord shall repair the roof.", "Landlord", []),
        ("Dear Colleague, re: Mr Singh", "Dear Colleague", []),
    ],
)
def test_when_ner_reads_a_person_then_only_the_words_a_name_can_hold_are_kept(text, value, expected):
    start = text.index(value)
    spans, boosted = read_ner_names(text, [Span("PERSON", start, start + len(value), 0.85, NER)], [False])
    assert [text[s.start:s.end] for s in spans] == expected and boosted == [False] * len(spans)


def test_when_ner_misreads_words_around_another_finding_then_that_finding_stays():
    text = "Ana Lucía Gómez, de treinta y cinco años, vive en Madrid."
    start = text.index("de treinta")
    age = Span("AGE", start + 3, start + 18, 0.6, "AgeRecognizer")
    spans, _ = read_ner_names(text, [Span("PERSON", start, start + 23, 0.85, NER), age], [False, False])
    assert spans == [age]


@pytest.mark.parametrize(
    "text, value, expected",
    [
        # a list of attendees after one found name
        ("Present: Rich Adebowale (chair), Love Mensah, Will Thorne, Pat Kearns and Hyacinth Brown\n",
         "Rich Adebowale", ["Love Mensah", "Will Thorne", "Pat Kearns", "Hyacinth Brown"]),
        # two tenants, the second with an apostrophe in the surname
        ("Tenants: Ciara O'Neill and Pádraig O'Neill\nProperty: Flat 6", "Ciara O'Neill", ["Pádraig O'Neill"]),
        # the name before a found one
        ("Witnesses: Tomás Ortega, Ana Ruiz.", "Ana Ruiz", ["Tomás Ortega"]),
    ],
)
def test_when_a_found_name_stands_in_a_list_then_its_neighbours_are_names(text, value, expected):
    found = _after(text, ("PERSON", value, "NameCueRecognizer"))
    assert [v for k, v in found if v != value] == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ana Ruiz, Marketing Manager, Acme", "Ana Ruiz"),  # a job title
        ("Chukwuemeka Obi, Ikeja, Lagos, Nigeria", "Chukwuemeka Obi"),  # places
        ("Ana Ruiz and The Board agreed", "Ana Ruiz"),  # a common word
        ("Ana Ruiz, Thursday", "Ana Ruiz"),  # a day
        ("Ana Ruiz and Google", "Ana Ruiz"),  # one word that is no known name
    ],
)
def test_when_a_neighbour_in_a_list_is_no_name_then_it_is_left(text, value):
    assert _after(text, ("PERSON", value, "NameCueRecognizer")) == [("PERSON", value)]


def test_when_a_name_is_one_initial_then_it_is_not_taught():
    text = "The father, Mr B, applied. Plan B was agreed."
    assert found(text, ("PERSON", "B")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Loving mother of Siobhán, Kieran and Aoife; she will be missed.", "Siobhán"),  # first of a list, accented
        ("The account is held jointly by Mason and Summer Reed.", "Mason"),  # before "and" and a found name
        ("The committee selected Tran Minh Khoa and Siosaia Fifita for this year's award.", "Siosaia Fifita"),
    ],
)
def test_when_a_name_is_listed_with_a_found_one_inside_a_sentence_then_it_is_found(detector, text, name):
    assert name in [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomás: so what do u do when ur not swiping\nIfeoma: pharmacist by day lol. u?\nTomás: civil engineer",
         "Tomás"),  # a speaker NER found, known once its accent is gone
        ("Gary: hi aisling its gary, the boiler man is coming\nAisling: yeah fine", "aisling"),  # an Irish name
    ],
)
def test_when_a_chat_names_someone_with_accents_or_small_letters_then_the_name_is_found(detector, text, name):
    assert name in [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]


def test_when_a_brand_is_listed_with_a_product_then_it_is_no_name(detector):
    text = "The app now supports Siri Shortcuts and Google Home routines."
    assert "Google Home" not in [text[s.start : s.end] for s in detector.detect([text])[0]]


def test_when_a_login_is_found_once_then_its_repeats_are_found_too(detector):
    text = "Thanks for joining, RiverStone! Your username is RiverStone."
    assert [text[s.start : s.end] for s in detector.detect([text])[0]] == ["RiverStone", "RiverStone"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chase Whitfield's card was declined twice.", "Chase Whitfield"),  # a given name that is also a word
        ("Faith Adebayo is a practising Anglican.", "Faith Adebayo"),
        # a given name no list knows, before a surname NER found alone
        ("Ikaika Kahananui's flight to Honolulu was delayed.", "Ikaika Kahananui"),
        ("Our records show that Bolat Nurlanov opened the account in 2019.", "Bolat Nurlanov"),
    ],
)
def test_when_a_known_given_name_stands_before_a_found_surname_then_the_name_is_whole(detector, text, name):
    assert name in [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "wider"),
    [
        ("Fluid bolus if low. Son Yiannis visiting at 6.", "Son Yiannis"),
        ("and a Jack Daniel's gift set", "Jack Daniel"),
        ("Hey Marty, the shared drive is full", "Hey Marty"),  # a greeting
        ("Could you send me Auntie Grace's number?", "Auntie Grace"),  # a family word
        ("Yesterday Doe called about her account.", "Yesterday Doe"),  # a word saying when
    ],
)
def test_when_the_word_before_a_name_greets_relates_or_brands_then_the_name_is_not_widened(detector, text, wider):
    assert wider not in [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, first, second, whole",
    [
        ("Contact Nurul Izzah binti Ahmad today", "Nurul Izzah", "Ahmad", "Nurul Izzah binti Ahmad"),
        ("signed: Ravi a/l Subramaniam", "Ravi", "Subramaniam", "Ravi a/l Subramaniam"),
    ],
)
def test_when_two_names_are_joined_by_a_fathers_name_word_then_they_are_one_name(text, first, second, whole):
    assert _after(text, ("PERSON", first, "SpacyRecognizer"), ("PERSON", second, "SpacyRecognizer")) == [("PERSON", whole)]


def test_when_the_joined_name_is_found_whole_already_then_it_is_reported_once():
    text = "The applicant Saif bin Rashid Al-Harthy supplied"
    spans = [("PERSON", "Saif", "SpacyRecognizer"), ("PERSON", "Rashid Al-Harthy", "SpacyRecognizer"),
             ("PERSON", "Saif bin Rashid Al-Harthy", "ArabicNameRecognizer")]
    assert _after(text, *spans) == [("PERSON", "Saif bin Rashid Al-Harthy")]


def test_when_ner_reads_a_name_across_markup_then_only_the_text_between_tags_is_kept():
    text = "<Cdtr><Nm>Annika Bergström</Nm><PstlAdr><StrtNm>Vasagatan</StrtNm>"
    ner = [Span("PERSON", 1, text.index("Annika") - 1, 0.85, NER),
           Span("PERSON", text.index("Annika"), text.index(">Vasagatan"), 0.85, NER)]
    kept, _ = read_ner_names(text, ner, [False, False])
    assert [text[s.start:s.end] for s in kept] == ["Annika Bergström"]


def test_when_a_place_code_is_glued_to_a_passwords_symbols_then_it_is_no_repeat():
    text = "São Paulo - SP, CEP 01426-001; senha 4ninha!SP."
    found = repeat_mentions(text, [Span("LOCATION", 12, 14, 0.7, "x")])
    assert found == []


def _handles(text: str, *names: str) -> list[str]:
    spans = [Span("PERSON", text.index(name), text.index(name) + len(name), 0.85, "ner") for name in names]
    return [text[s.start:s.end] for s in handles_of_names(text, spans)]


@pytest.mark.parametrize(
    ("text", "name", "handles"),
    [
        ("Kelechi Anyanwu joined; ping her on Slack at kanyanwu.", "Kelechi Anyanwu", ["kanyanwu"]),  # an initial
        ("Ivan Petrov, login petrov_ivan88, password hunter2", "Ivan Petrov", ["petrov_ivan88"]),  # marks, digits
        ("Joana Pereira (joana.pereira) reset it", "Joana Pereira", ["joana.pereira"]),  # two parts of the name
        # never the name alone, its plural, a word made of a common part, a reference in capitals, another name's shape
        ("Mark Pereira and the Pereiras: pereira said hi; remark noted, ref PEREIRA-U12, Pereira-Lopes called",
         "Mark Pereira", []),
        ("Nikolai Owner, owner-builder licence OB-4182", "Nikolai Owner", []),
    ],
)
def test_when_a_login_is_made_of_a_name_found_in_the_text_then_it_is_found(text, name, handles):
    assert _handles(text, name) == handles
