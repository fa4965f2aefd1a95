"""NameCueRecognizer on titles, labels and sign-offs (no spaCy needed): what it finds and what it leaves."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.names import NameCueRecognizer


@pytest.fixture(scope="module")
def names():
    return NameCueRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None) if r.score >= 0.4}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a court title in initials
        ("HHJ Rowena Fitzpatrick\n9 November 2023", {("TITLE", "HHJ"), ("PERSON", "Rowena Fitzpatrick")}),
        # a rank or court before the title is part of it
        ("Before: Employment Judge Okonkwo\n", {("TITLE", "Employment Judge"), ("PERSON", "Okonkwo")}),
        ("Detective Inspector Hale arrived.", {("TITLE", "Detective Inspector"), ("PERSON", "Hale")}),
        # chained titles: Turkish "Uzm. Dr.", "Prof. Dr."
        ("İsteyen hekim: Uzm. Dr. Serkan Aydın\n", {("TITLE", "Uzm. Dr."), ("PERSON", "Serkan Aydın")}),
        # lawyers and officials
        ("through counsel Atty. Kristine Bautista, and", {("TITLE", "Atty."), ("PERSON", "Kristine Bautista")}),
        ("Commissioner R. Villaseñor", {("TITLE", "Commissioner"), ("PERSON", "R. Villaseñor")}),
        # a lowercase title before a known surname
        ("ms rivera said we cant use phones", {("TITLE", "ms"), ("PERSON", "rivera")}),
        # titles of more places: a barangay captain, a comrade, a church's brother, a German police rank, "ông"
        ("Tinulungan kami ni Kapitan Ernesto Villareal at", {("TITLE", "Kapitan"), ("PERSON", "Ernesto Villareal")}),
        ("the PDP agent, Comrade Tunde Akinola, agreed", {("TITLE", "Comrade"), ("PERSON", "Tunde Akinola")}),
        ("her husband Bro. Emmanuel Darko was discharged", {("TITLE", "Bro."), ("PERSON", "Emmanuel Darko")}),
        ("Vernehmender Beamter: POK Weiß", {("TITLE", "POK"), ("PERSON", "Weiß")}),
        ("đã phỏng vấn ông Lê Văn Hùng", {("TITLE", "ông"), ("PERSON", "Lê")}),
        ("était accompagné de M. Samuel Lavoie, représentant", {("TITLE", "M."), ("PERSON", "Samuel Lavoie")}),  # Monsieur
        ("poa. Landlord ni Mzee Kamau, namba yake", {("TITLE", "Mzee"), ("PERSON", "Kamau")}),  # a Swahili elder
        ("Edinburgh EH9 1ND. Shipping: P. Chowdhury, Unit 4", {("PERSON", "P. Chowdhury")}),  # where an order goes
        ("POD ref POD-48291736. Signed for by: A. NWOSU. Driver route 44B", {("PERSON", "A. NWOSU")}),
        # Afrikaans, isiZulu, Czech, Galician and romanized Georgian courtesy titles
        ("Die nuwe Streekbestuurder, Me. Anri Steyn (41), woon", {("TITLE", "Me."), ("PERSON", "Anri Steyn")}),
        ("Voorsitter: Mnr. D. Jordaan. U kan", {("TITLE", "Mnr."), ("PERSON", "D. Jordaan")}),
        ("Ungaxhumana no-Nkk. Zanele Mkhize ku-035 901 2287.", {("TITLE", "Nkk."), ("PERSON", "Zanele Mkhize")}),
        ("Dobrý den, pane Procházko, tady kurýr Tomáš.", {("TITLE", "pane"), ("PERSON", "Procházko")}),
        ("Doutra parte, don Iago Pardo Seoane, estudante", {("TITLE", "don")}),
        ("Gantskhadeba: kalbatoni Maia Lomidze, piradi N", {("TITLE", "kalbatoni"), ("PERSON", "Maia Lomidze")}),
        # isiZulu glues a prefix to a name
        ("Igama lami ngu-Nokwanda Mthembu, ngineminyaka engu-28", {("PERSON", "Nokwanda Mthembu")}),
        ("U-Mfundo Zungu uzovela phambi kwekomiti", {("PERSON", "Mfundo Zungu")}),
        # an HL7 name in an XML element; a card's name in capitals with an initial and no dot
        ("<PatientName>OKONJO^ADAOBI^N</PatientName>", {("PERSON", "OKONJO^ADAOBI^N")}),
        ("exp 09/27; name on card ELIZABETH A HARTLEY.", {("PERSON", "ELIZABETH A HARTLEY")}),
    ],
)
def test_when_a_title_precedes_a_name_then_both_are_found(names, text, expected):
    assert expected <= _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Smith said so.",  # an office, not a title before a name
        "the ms word file is broken",  # "ms" before a word that is no name
        "dr appointment at 3",  # "dr" before a word that is no name
        "Av. Juárez 118, Col. Centro, C.P. 64000",  # a colonia in a Mexican address, not a colonel
        "Mobile 07723 095 611. Gender: M. Occupation: nurse",  # a gender, not Monsieur
        "Give it to Me. Tomorrow Morning we go",  # "me" ending a sentence, not Afrikaans "Mevrou"
        "Take the U-Bahn or rent a U-Haul; make a U-Turn.",  # no isiZulu prefix
    ],
)
def test_when_a_title_word_names_no_person_then_no_title_is_found(names, text):
    assert not {f for f in _found(names, text) if f[0] == "TITLE"}


@pytest.mark.parametrize("text", ["PLEASE MAKE A WISH AND TAKE A SEAT", "GRADE A EGGS", "x = A^B^C + 2"])
def test_when_capitals_or_carets_hold_no_given_name_then_no_person_is_found(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Known as: Long\nEmployee no.: E-1", {("PERSON", "Long")}),  # a nickname label
        ("Preferred name: Lakshmi\nDate of birth", {("PERSON", "Lakshmi")}),
        # two fields on one form row stay two names
        ("Family: Ferreira    Worker: Mark Odhiambo", {("PERSON", "Ferreira"), ("PERSON", "Mark Odhiambo")}),
        ("Pt: Le Thi Thu    DOB 02/12/1984", {("PERSON", "Le Thi Thu")}),  # a clinical abbreviation
        ("Hasta: Emine Yıldız    TC: 1", {("PERSON", "Emine Yıldız")}),  # Turkish "patient"
        ("氏名: 高橋 美咲 (Takahashi Misaki)", {("PERSON", "高橋 美咲")}),  # Japanese "name"
        # a relation between the label and the name is skipped
        ("Emergency contact: wife, Tran Thi Hoa, 07412 558903.", {("PERSON", "Tran Thi Hoa")}),
        ("Emergency contact: roommate Priscilla Haynes, (608)", {("PERSON", "Priscilla Haynes")}),
    ],
)
def test_when_a_label_names_a_person_then_the_name_is_found(names, text, expected):
    assert expected <= _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt: stable overnight, obs normal.",  # a lowercase word after a label is a name only if known
        "my father died when I was nine.",  # a verb after a relation
        "Emergency contact: wife",  # the relation alone
        # speakers of a transcript are not form fields
        "Caller: Yeah, it is 0-4-8-8-1 and that is all of it.\nAgent: Perfect.\nCaller: Fourth of October, nineteen seventy.",
        "Case note — Family Support\nFamily: 4 people",  # a heading after a dash is no sign-off
        "Emergency Department — Discharge Letter\n",
    ],
)
def test_when_a_cue_is_followed_by_no_name_then_no_person_is_found(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my old one got hacked. – wade", {("PERSON", "wade")}),  # a lowercase sign-off closing a chat
        ("Thanks for the help.\n— A. Chowdhury", {("PERSON", "A. Chowdhury")}),  # on its own line
    ],
)
def test_when_a_dash_signs_a_message_then_the_name_is_found(names, text, expected):
    assert expected <= _found(names, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("From: Yamamoto Daisuke <d.yamamoto@kanto-denki.co.jp>", {"Yamamoto Daisuke"}),  # an e-mail header
        ("I leave on May 24. Babak (my co-author) can only join", {"Babak"}),  # who the person is, in brackets
        ("Our engineer Fujita will connect from the office.", {"Fujita"}),  # the writer's colleague
        ("stone from accounts says the reimbursement is late", {"stone"}),  # a person from a team
        ("joy can u send me the notes from today", {"joy"}),  # a chat opening on its addressee
        ("oluwadamilare you're on for snacks next week", {"oluwadamilare"}),
        # a surname spelled out after it was said
        ("Caller: It's Marguerite Lebeau. L-E-B-E-A-U.\nAgent: ok", {"L-E-B-E-A-U"}),
        ("Hope Adeyinka\nDOB: 07/02/1990    MRN: 448-2", {"Hope Adeyinka"}),  # a record's subject above its birth date
        ("recommend her.\n\nBjørn-Are Haugland\nStation Leader\n+47 776", {"Bjørn-Are Haugland"}),  # above a role
        ("ping joy instead", {"joy"}),  # a name that is also a word, after a verb whose object is a person
        ("pass the msg to hope, hope shes feeling better", {"hope"}),
        ("just saw grant at the grant office lol", {"grant"}),  # overlapping cues
    ],
)
def test_when_a_relation_vouches_for_a_name_then_it_is_found(names, text, expected):
    assert expected <= {value for kind, value in _found(names, text) if kind == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "honestly you're right about that",  # an adverb opening a chat message
        "Patient Summary\nDOB: 01/02/1990",  # a heading above a birth date
        "i need to mark. ok then",  # the verb after "to"
        "bring it sunday?",  # a weekday in lowercase chat
        "the email from accounts says hi",  # a word that is no name before "from accounts"
    ],
)
def test_when_a_relation_cue_has_no_name_then_no_person_is_found(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Submissions went to hana.sato@outlook.jp, and Sato-san confirmed receipt.", "Sato"),  # Japanese honorific
        ("Borrower: Chukwuemeka 'Emeka' Okafor, age: 41", "Chukwuemeka 'Emeka' Okafor"),  # a nickname inside
        ("Congratulations to Moody Adeyemi, who took over as team lead.", "Moody Adeyemi"),  # ", who" after a name
        ("Agent (Priyanka): Thanks for holding.", "Priyanka"),  # a transcript's speaker in brackets
        ("Household roster. Head: Bongani Khumalo, 34 yo", "Bongani Khumalo"),  # a roster's label after a sentence
        ("NHS number 485 777 3456; next of kin Min-seo Choi (daughter)", "Min-seo Choi"),
        ("Claim No. K00BM412\n\nBetween Desmond Adeyemi (Claimant) and", "Desmond Adeyemi"),  # a party, no quotes
        ("See you then.\n\nLove,\nPriya xx", "Priya"),  # a sign-off with kisses
        ("NPS 41. Action: Priya to update the forecast by Fri.", "Priya"),  # a task's owner
        ("Daan de Vries (58), BSN 204817369, Lijnbaansgracht", "Daan de Vries"),  # an age in brackets after it
        ("from week 14.\n2. Paramjit raised the broken lift in Block C.", "Paramjit"),  # a known name, a verb
        ("moved from Leeds to Porto! Ruairí starts at the new office", "Ruairí"),
        ("meet u at the café at 9 rue cler ok? léa is late as always", "léa"),  # accents in lowercase chat
        ("Jean-Baptiste Moreau signed the power of attorney", "Jean-Baptiste Moreau"),  # a hyphenated given name
        ("As Chief Data Architect, Hyun-woo Baek requested that", "Hyun-woo Baek"),  # a Korean given name
        ("KWAME MENSAH-BONSU\nChartered Accountant (ICAG)", "KWAME MENSAH-BONSU"),  # a CV's header in capitals
        ("heyy its gabi from the gym 👋 this is my insta", "gabi"),  # who writes, and where from
        ("Hi, it's Will from the claims team; I will call you back", "Will"),  # a word-name, capitalised
    ],
)
def test_when_a_relation_or_label_marks_a_name_then_it_is_found_too(names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Submissions went to hana.sato@outlook.jp, and Sato-san confirmed receipt.", "Sato"),
    ],
)
def test_when_a_relation_or_label_marks_a_name_then_it_is_found(names, text, name):
    assert ("PERSON", name) in _found(names, text)


def test_when_a_company_takes_who_then_it_is_no_name(names):
    assert not _found(names, "Thanks to Apple, who sponsored the event.")


@pytest.mark.parametrize(
    "text",
    ["URGENT NOTICE\nPlease read", "its me from the future lol", "Our Follow-up Meeting is at noon; the Co-op Store opens",
     "Rose-Gold Edition ships today"],
)
def test_when_capitals_hyphens_or_from_mark_no_name_then_none_is_found(names, text):
    assert not {v for e, v in _found(names, text) if e == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.a Family Name: NWANKWO\n1.b Given Name: CHINEDU", ("PERSON", "NWANKWO")),  # a form's numbered field
        ("the movers will pack the Brennan-Kowalczyk household on Wednesday", ("PERSON", "Brennan-Kowalczyk")),
        ("booked a table for six under the name Watanabe for 7:30pm", ("PERSON", "Watanabe")),
        ("Mi nombre es Javiera Muñoz Soto, RUT 16.482.937-5", ("PERSON", "Javiera Muñoz Soto")),
        ("Kedves Nóra! A május 22-i időpontodat", ("PERSON", "Nóra")),  # Hungarian "dear", an accented name
        ("G'day Kirra, just confirming your FIFO flights to Mt Newman", ("PERSON", "Kirra")),  # Australian
        ("Molnár Dániel szervizidőpontja: 2025. március 4., kedd", ("PERSON", "Molnár Dániel")),  # family name first
        ("Hívj a 06 30 228 4415 számon. Üdv: Kiss Ágnes asszisztens", ("PERSON", "Kiss Ágnes")),
        ("LCpl Sione Tuilagi, 24, of 1 R IRISH was flown home.", ("TITLE", "LCpl")),  # a service rank
        ("Signed for by CSgt Mehmet Yilmaz.", ("PERSON", "Mehmet Yilmaz")),
        ("Army Reserve recruit Precious Moyo (gender: female, age 19)", ("PERSON", "Precious Moyo")),
    ],
)
def test_when_a_cue_of_this_kind_names_someone_then_the_name_is_found(names, text, expected):
    assert expected in _found(names, text)


def test_when_a_numbered_line_holds_no_name_label_then_no_name_is_found(names):
    assert not {f for f in _found(names, "2. Family Services will call back") if f[0] == "PERSON"}


def test_when_a_hungarian_greeting_or_a_place_comes_before_an_accented_name_then_it_is_no_family_name(names):
    found = _found(names, "Kedves Nóra! A május 22-i időpontodat át kellett tennünk.")
    assert ("PERSON", "Kedves Nóra") not in found
