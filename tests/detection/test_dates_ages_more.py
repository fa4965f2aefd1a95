"""Dates, ages and peoples, more shapes: a month misspelled, a day and month as ordinals, a year and month after
"since", a month alone written small, a clock before "on" and a date, a dashed day, Georgian months romanized, French
"le 14", feast days; ages after Javanese and Sundanese words, in brackets after a name, asked in a chat, a child's
months; peoples joined by a hyphen or of several words, before a document, a church, a people between
a civil status's dots. Each row pairs a value found with a look-alike left alone."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chats import ChatThreadRecognizer
from minimize.detection.recognizers.dates import DateShapeRecognizer
from tests.detection.helpers import covered_share


@pytest.fixture(scope="module")
def dates():
    return DateShapeRecognizer()


@pytest.fixture(scope="module")
def chats():
    return ChatThreadRecognizer()


def _read(recognizer, text: str, kind: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, None) if r.entity_type == kind]


def _found(detector, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.detect([text])[0] if f.entity_type == kind]


@pytest.mark.parametrize("text, value, other, not_date", [
    # a month's name misspelled, a day before it and a year after (never a word sharing its first letters)
    ("12 Oak Close\nLudlow\n\n5th Febuary 2024\n\nPlanning Dept.", "5th Febuary 2024",
     "He ran his 3rd Marathon 2024 with friends.", "3rd Marathon 2024"),
    ("Signed on 21 Septmber 2023 by both parties.", "21 Septmber 2023", "Top 10 Decisions 2023 list", "10 Decisions 2023"),
    # a day and a month both as ordinals, as a caller spells a birth date (a year after it)
    ("AGENT: Date of birth?\nCALLER: The fourth of the ninth, sixty-eight.\nAGENT: Thanks.", "fourth of the ninth, sixty-eight",
     "the second of the third attempts failed", "second of the third"),
    # a year and its month after "since" (never a version before more words)
    ("Busan 48000; monthly gift since 2019.04.", "2019.04", "The app since 2023.10 adds themes.", "2023.10"),
    # a month alone written small after a word saying when (never "may")
    ("i only started the job in april and my payslips show a different one", "april", "i may come in may be late", "may"),
    # a clock and what leaves at it before "on" and a date (never a price)
    ("towed the car from the highway at 10.15 pm on 4 July and took it to a garage.", "10.15 pm on 4 July",
     "It cost £10.50 on 3 June.", "10.50 on 3 June"),
    ("your vehicle was recorded boarding the 18:45 sailing on 2 April without a ticket", "18:45 sailing on 2 April",
     "It weighed 12.40 kg on 3 June.", "12.40 kg on 3 June"),
    # a dashed day after "on" (never a count)
    ("hip replaced (Garden II), surgery done on 07-03.\nAddress: 12 Main Road", "07-03",
     "It happened on 10-12 occasions last year.", "10-12"),
    # Georgian months romanized, the weekday before (never a name that begins as one)
    ("shekhvedra iqneba orshabats, 21 ivlisi. mogvakitkhet", "orshabats, 21 ivlisi", "He lives at 21 Martin Road.", "21 Marti"),
    # a French bare day after "le" (never a number dialled)
    ("Élodie : merci ! j'ai rdv le 22 alors, je suis à 30 semaines", "22", "appelle le 18 alors, c'est urgent.", "18"),
    # a feast day after a word saying when (never the feast alone)
    ("he picked me up at 5am on New Year's Day and didn't charge extra.", "New Year's Day",
     "New Year's Day is a bank holiday.", "New Year's Day"),
])
def test_when_a_date_has_one_of_these_shapes_then_the_shape_reader_finds_it_and_not_its_look_alike(
        dates, text, value, other, not_date):
    assert value in _read(dates, text, "DATE_TIME")
    assert not_date not in _read(dates, other, "DATE_TIME")


@pytest.mark.parametrize("text, value, other, not_age", [
    # Javanese and Sundanese words for age
    ("Mbah Sarinah umure wis 74 taun, nanging saben esuk isih nyambut gawe.", "74",
     "Omahe wis 74 taun umure, isih kuat.", "74"),
    ("Ibu kula, Siti Aminah, yuswa 68 taun, anggota koperasi.", "68", "Koperasi punika ngadeg 68 taun kepungkur.", "68"),
    ("Indung abdi, Euis Kurniasih, yuswana 59 taun, kedah kontrol.", "59", "Jalan 59 ka Tasikmalaya.", "59"),
    # a birthday cake
    ("aka Rosie for the cake 🎂 40 never looked so good", "40", "🎂 12 cupcakes ordered for Friday.", "12"),
    # asked in a chat (never a time asked)
    ("team, friend code 1234\nfoxy_12: sent. u 15 too?\nbluey: 14 lol", "15", "are you 5 minutes away?", "5"),
    ("also are you even 12? you need to be 13+ to be here", "12", "are you 100% sure?", "100"),
    ("i'm 15 not 12 lol, my birthday is oct 3", "12", "i'm 15 not 12 minutes late", "12"),
    # said of someone
    ("born on 01/02/1995, so he's 29 for this year's return.", "29", "I'm 5 for 5 on free throws this week.", "5"),
    ("My little one Noah is 11 months and I'm back at work from 3 June", "11",
     "she's 6 months pregnant and the contract is 12 months long.", "6"),
    ("three players: Mele Vatu and Ana Havili. Ana's 20 and it's her first season", "20", "Tesco's 20 stores shut.", "20"),
    ("his permit copy lists him as 41 and a Kenyan citizen.", "41", "The report lists them as 3 categories of risk.", "3"),
    ("Reporter: sunnycat (verified, 31, Leeds)\nReported user: bob_99", "31", "See pages (intro, 31, 40) first.", "31"),
    ("Name ....... Ade Bello\nD.O.B ...... 01 Jan 1960\nAge ........ 64\nAddress .... 1 High Road", "64",
     "Page ........ 64", "64"),
    ("Lukas: Und Jonas wird am Sonntag echt 40? Party bei ihm", "40", "Die Sitzung wird am Montag um 10 Uhr beginnen.", "10"),
])
def test_when_an_age_has_one_of_these_cues_then_it_is_found_and_not_its_look_alike(detector, text, value, other, not_age):
    assert covered_share(detector, text, value, "AGE") > 0.5
    assert not_age not in _found(detector, other, "AGE")


@pytest.mark.parametrize("text, value, other", [
    # a name and the age in brackets (never a word and a place, a citation's page)
    ("advance for member KTP-0041 (Sumirah, 58). Code sent.", "58", "See the results (Table, 3) and the appendix (London, 12)."),
    ("kids were (Aisha, 6) and (Omar, 9)", "9", "Citation: (Smith, 45) and (Jones 2001, 12)."),
    # two names, then the age (never places or a count)
    ("nurse referred Dawa Sherpa (7) to the district hospital", "7", "The class visited Hyde Park (2) and the London Eye (3)."),
])
def test_when_an_age_stands_in_brackets_after_a_name_then_the_chat_reader_finds_it_and_none_elsewhere(
        chats, text, value, other):
    assert value in _read(chats, text, "AGE")
    assert _read(chats, other, "AGE") == []


@pytest.mark.parametrize("text, value, other, not_nrp", [
    ("Personal details: Date of birth 02/03/1990 · Kenyan · Single\n\nExperience", "Kenyan",
     "Room types · Standard · Single", "Standard"),
    ("My nephew visits on Fridays. I am Free Church and like to sing.", "Free Church",
     "The Free Church hall is on Bank Street.", "Free Church"),
    ("was born in Holland, Michigan, and was Dutch Reformed like the rest of the family.", "Dutch Reformed",
     "The Church of England said on Monday it would review the report.", "Church of England"),
    ("Religion: Christian (Episcopal)        Ethnicity: Nuer", "Episcopal", "Notes: Grade (Final)", "Final"),
    ("Grace Okafor-Jones, a British-Ghanaian solicitor, was admitted on 3 May 2019.", "British-Ghanaian",
     "The X-Ray machine and the Wi-Fi router were replaced.", "X-Ray"),
    ("Participant Omar Ali Farah, 41, male, Somali-Ethiopian, of Flat 2", "Somali-Ethiopian",
     "Our Post-Modern art and Non-Stop service", "Non-Stop"),
    ("Crew change: Peter Kila (Papua New Guinean, DOB 01-02-1980) replaces John", "Papua New Guinean",
     "flights to Papua New Guinea resume", "Papua New Guinea"),
    ("Ni-Vanuatu workers Tom Kalo and Mary Sese arrived in Nelson.", "Ni-Vanuatu", "Port Vila is in Vanuatu.", "Vanuatu"),
    ("Line manager: Mark Anthony Reyes, Filipino, Iqama 2311223344.", "Filipino",
     "Bolt Supplies, Electric, Order 12345678", "Electric"),
    ("Peter Tan, passport P1234567A, Filipino, SSS 12-3456789-0, TIN 123", "Filipino",
     "Unit 4B, Organic, SKU 2233445", "Organic"),
    ("Amadou Sow, malien, titre de séjour 8812345678, adresse 4 rue des Lilas", "malien",
     "Jean Roux, demain, vers midi", "demain"),
    ("Saya Hans Müller, warga negara Jerman. KITAS saya habis.", "Jerman", "Saya pergi ke Jakarta besok.", "Jakarta"),
    ("Herr Marco Rossi, geb. 01.02.1980, Staatsangehörigkeit italienisch, wohnhaft in Bern", "italienisch",
     "Das Essen war italienisch und gut.", "italienisch"),
    ("a former teacher and a paid-up Green Party member, updated their profile", "Green Party",
     "a green party hat for the kids", "green party"),
    ("အီးမေးလ် aung@gmail.com၊ ကိုးကွယ်သည့်ဘာသာ ခရစ်ယာန်၊ အလုပ်အကိုင် ဆရာ။", "ခရစ်ယာန်",
     "အီးမေးလ် aung@gmail.com၊ ကိုးကွယ်သည့်ဘာသာ ခရစ်ယာန်၊", "ဘာသာ"),
])
def test_when_a_people_church_or_party_is_written_so_then_it_is_found_and_not_its_look_alike(
        detector, text, value, other, not_nrp):
    assert covered_share(detector, text, value, "NRP") > 0.5
    assert not_nrp not in _found(detector, other, "NRP")
