"""Given names of many countries (world_given_names.txt, built by tools/build_world_names.py):
names the US census lists lack are known, words are not, and the name cues use them."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.name_words import first_names, known_first_names
from minimize.detection.recognizers.names import NameCueRecognizer


@pytest.fixture(scope="module")
def names():
    recognizer = NameCueRecognizer()
    recognizer.load()
    return recognizer


def _persons(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "PERSON" and r.score >= 0.4}


@pytest.mark.parametrize("name", ["aoife", "emre", "priyanka", "kwame", "wojciech", "thandiwe", "pieter", "zeynep",
                                  "lethabo", "adebola", "oyinda", "bongeka", "chinonso", "kwadwo", "wairimu"])
def test_when_a_name_is_common_outside_the_us_then_it_is_known(name):
    assert name in known_first_names()
    assert name in first_names()


@pytest.mark.parametrize("word", ["line", "blue", "slim", "que", "mehr", "wanna", "nonna", "ship", "age"])
def test_when_the_sources_list_a_word_as_a_name_then_it_is_no_known_name(word):
    assert word not in first_names()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("just met Wojciech at the hostel, he's Polish", "Wojciech"),
        ("ask zeynep about the keys", "zeynep"),
        ("Hi Yerlan & Ngozi!!", "Ngozi"),  # two names after a greeting
        ("Hi Aditi and Rohan, thanks for coming", "Rohan"),
        ("Cheers,\nNick & Sally\n07723 508 914", "Sally"),  # two names signing
        ("Thandiwe emailed the signed lease yesterday.", "Thandiwe"),  # opening a sentence before a verb
        ("The secretary says that Lethabo's report card was posted to PO Box 2207.", "Lethabo"),  # alone, possessive
        ("Tamati Walker's IRD number, 128-409-734, was keyed in wrong.", "Tamati Walker"),  # a pair before its possessive
        ("Pick-up authorisation: Lily-Mae's grandad, Terry Hodgson, will collect her.", "Lily-Mae"),
        # a nickname between the given name and the surname
        ("SALARISSTROKIE – Oktober 2024. Werknemer: Jacobus (Kobus) Nel | Werknemernr.: BM-2207", "Kobus"),
        ("SALARISSTROKIE – Oktober 2024. Werknemer: Jacobus (Kobus) Nel | Werknemernr.: BM-2207", "Nel"),
        ("The funeral of Margaret 'Peggy' Ó Súilleabháin, who died on 28th May.", "Ó Súilleabháin"),
    ],
)
def test_when_a_cue_stands_before_a_world_name_then_it_is_found(names, text, name):
    assert name in _persons(names, text)


def test_when_a_greeting_names_a_team_then_no_person_is_found(names):
    assert not _persons(names, "Hello Sales and Marketing,")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the loan officer aoife byrne confirmed the offer", "aoife byrne"),  # small, no cue
        ("Invoice INV-2024-000318 to Pieter de Vries for €1,184.60", "Pieter de Vries"),  # a particle
        ("The HR portal shows that emre yıldız joined the team", "emre yıldız"),  # before what people do
        ("On October 3, 2023, the deposition of Marcus Ellery was taken.", "Marcus Ellery"),  # NER read an ORG
        ("Re: Zanele Khumalo, DOB 21/10/2001", "Zanele Khumalo"),  # capitalised, no cue NER takes
        ("Please verify the identity of Abebe Girma Tesfaye against his passport.", "Abebe Girma Tesfaye"),
        ("contact:\n  name: Signe Karlsson\n  role: Procurement lead", "Signe Karlsson"),
        # a small surname as people spell it: with its apostrophe, accent or hyphen
        ("Payslip query from leanne o'connell: her tax code changed", "leanne o'connell"),
        ("Got a note from luis ramírez about the Rent Act", "luis ramírez"),
        ("we keep getting post for a bronwen ellis-pugh at Flat 2", "bronwen ellis-pugh"),
        # an initial and a surname no language has as a word, or after its particle
        ("Attendees signed: T. Mabena, L. Mashaba, P. du Toit. Topic: fall of ground", "T. Mabena"),
        ("Attendees signed: T. Mabena, L. Mashaba, P. du Toit. Topic: fall of ground", "P. du Toit"),
    ],
)
def test_when_a_given_name_and_a_surname_stand_together_then_they_are_a_name(names, text, name):
    assert name in _persons(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "She pressed the button and the man left on foot.",  # words, not a given name
        "Keep a receipt for the season pass.",
        "3 x Tommy Hilfiger polos (L)",  # a brand named after a person
        "The Marshall Plan and the Eden Project were on the syllabus.",  # things named after people
        "We offer you the position of Junior Data Scientist.",  # a role, not a given name
        "We walked to the Florence de Medici Museum today.",  # a place named after someone
        "2217 Willow de Creek Dr, Apt 5B",  # a street
        "Hôm nay khoa thông báo lịch mới.",  # Vietnamese: only an acute folds into a surname ("thông")
        "We chose Plan A. Then we left; vitamin D. Patients",  # an initial before a word
        "sul conto CH46 0076 2016 2017 5839 K. Natel +41 76 318 42 95",  # an account's last letter, then "mobile"
        "May Day's parade; Paris Hilton's hotel; New York's board",  # possessives of days, brands and places
        'The Rolling (Stones) Tour and Apple "Mac" Store',  # words in brackets or quotes between words
    ],
)
def test_when_two_words_only_look_like_a_name_then_no_pair_is_found(names, text):
    assert not {p for p in _persons(names, text) if " " in p}


@pytest.mark.parametrize(("word", "known"), [
    ("dániel", True), ("siobhán", True), ("ágnes", True),  # the lists write them without the acute
    ("toán", False),  # four letters and less: Vietnamese syllables fold into names
    ("génie", False), ("está", False),  # common words of other languages that fold into names
    ("în", False), ("năm", False), ("sarà", False),  # other marks fold words into names too
])
def test_when_a_name_is_written_with_an_acute_accent_then_it_is_known_as_without(word, known):
    assert (word in known_first_names()) is known
