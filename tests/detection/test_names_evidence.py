"""NameCueRecognizer on the evidence a reader uses beyond a cue word: a title in any case or
before a particle or an initial, a rank, a closing signature, a possessive, a speech verb,
a party's role in a contract, and the parties of a form (no spaCy needed)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.names import NameCueRecognizer


@pytest.fixture(scope="module")
def names():
    recognizer = NameCueRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None) if r.score >= 0.4}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ticket prints title and name in capitals
        ("Passenger: MS ANITA KRISHNAN\nPassport", {("TITLE", "MS"), ("PERSON", "ANITA KRISHNAN")}),
        # a surname opening with a particle
        ("> Dear Mr de Vries, thank you", {("TITLE", "Mr"), ("PERSON", "de Vries")}),
        ("Dr van der Berg will see you", {("TITLE", "Dr"), ("PERSON", "van der Berg")}),
        # an anonymised party: one initial after the title
        ("an application by the father, Mr B, for a", {("TITLE", "Mr"), ("PERSON", "B")}),
        # "Ofc." is an officer
        ("Arresting officer: Ofc. T. Lindahl #2231", {("TITLE", "Ofc."), ("PERSON", "T. Lindahl")}),
        # a police rank without a collar number, before a first name and a surname
        ("Statement taken by PC Ryan Doyle, collar", {("TITLE", "PC"), ("PERSON", "Ryan Doyle")}),
        ("Signed: T. Nkosi   Witnessed by: PC Haworth", {("TITLE", "PC"), ("PERSON", "Haworth")}),  # a rank after a label
        # a letter's title in brackets after the name; a German address's "Herrn Dr. med."; Romanian "Dna."
        ("Yours faithfully,\n\nMarjorie Ellingham (Mrs)", {("TITLE", "Mrs")}),
        ("Jonathan Price, Esq. for the claimant", {("TITLE", "Esq.")}),  # a lawyer's title after the name
        ("90402 Nürnberg\n\nHerrn Dr. med. Volker Steinbach\nFacharzt", {("TITLE", "Herrn Dr. med."),
                                                                      ("PERSON", "Volker Steinbach")}),
        ("Dna. Ioana Crăciun, CNP 2860712400", {("TITLE", "Dna."), ("PERSON", "Ioana Crăciun")}),
        ("Ponia Rūta Kazlauskienė, asmens kodas", {("TITLE", "Ponia")}),  # Lithuanian
        ("Sr.ª Graça Mondlane Sitoe, BI 1101", {("TITLE", "Sr.ª")}),  # Portuguese
        ("tienes cita con la dra. ruiz a las 10", {("TITLE", "dra."), ("PERSON", "ruiz")}),
    ],
)
def test_when_a_title_stands_before_a_name_in_any_form_then_both_are_found(names, text, expected):
    assert expected <= _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "PC World sells laptops.",  # a rank's letters before no first name
        "Dear Sir I am writing",  # "I" is no initial
        "PO: 4500118290\nBill to: Harrow & Finch Joinery Ltd\nNet 30",  # a firm after an order's label
        "DISCHARGE SUMMARY: Sri Venkateswara Multispeciality Hospital, Tirupati",  # a title in a hospital's name
        "Subject: Handover notes\n\nHi all",  # a header's label, then words
        "Please find the Statement of Account attached. Thanks to Microsoft for the grant.",  # a document, a firm
    ],
)
def test_when_the_word_after_a_title_is_no_name_then_no_person(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash and a name close the whole message, whatever came before
        ("Mon numéro : +33 6 12 34 56 78 - Julien", ("PERSON", "Julien")),
        ("call me on (503) 555-0178 - Trish", ("PERSON", "Trish")),
        # a known name owning something
        ("Device fe80::1 is Priyanka's workstation.", ("PERSON", "Priyanka")),
        # a surname opening a sentence before a speech verb
        ("Park said yes to the offer.", ("PERSON", "Park")),
        # a party to a contract, named by its role; a month's name is a first name there
        ('between Chase Whitaker ("Landlord") and June Okafor-Bell ("Tenant").', ("PERSON", "June Okafor-Bell")),
        # a role without a colon, before a two-word name
        ("The account holder Chidinma Eze-Okafor (username", ("PERSON", "Chidinma Eze-Okafor")),
        # the parties of a delivery or a lease as form labels, also after a gap in a form row
        ("Johannesburg 2193; receiver: Themba Nkosi, cell", ("PERSON", "Themba Nkosi")),
        # a lowercase word after the comma is no given name: "cell" stays out
        ("Johannesburg 2193; receiver: Themba Nkosi, cell", ("PERSON", "Themba Nkosi")),
        ("LANDLORD: Chase Whitaker    TENANT: June Okafor-Bell", ("PERSON", "June Okafor-Bell")),
        ("Name: Morag Sinclair    Likes to be called: Mo    Age: 91", ("PERSON", "Mo")),
        # chat: thanks and "who is" before a first name that is also a word, an emoji closing it
        ("thx hunter 🙌 the deck looks 🔥", ("PERSON", "hunter")),
        ("who is frank?? he's liking all my posts", ("PERSON", "frank")),
        # meeting minutes: who sent apologies
        ("Present: Rich Adebowale (chair)\nApologies: Rose\n\n1. Plot 17", ("PERSON", "Rose")),
        # a known first name inside a sentence, after a small word
        ("Driver will be Andrzej, mobile +48 512 388 140", ("PERSON", "Andrzej")),
        # a carer is a person: the word after it is a name even when it is also a word
        ("At 03:10 night carer Joy found him", ("PERSON", "Joy")),
    ],
)
def test_when_the_text_shows_who_a_word_is_then_it_is_a_person(names, text, expected):
    assert expected in _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "London's buses are red.",  # a place owning something
        "Monday's meeting moved.",  # a day
        'Acme Ltd ("Seller") agrees',  # a company as a party
        "Case note — Family Support\nMet the family.",  # a heading, not a signature
        "who is the manager on duty?",  # "who is" before no name
        "thx for the help",  # thanks for something
        "the train to Paris leaves at 9",  # a place where a first name could stand
        "The brother starts nursery after Easter.",  # a feast, not a name
        "The 2023 Model Y Long Range costs more; Royal Mail Tracked 48",  # word names before words
        "We sell at PC World Ltd and the PC Gaming Show",  # a computer's PC, not a constable
        "c'est Paris, soy de Lima",  # "it is" before a place
    ],
)
def test_when_the_evidence_points_to_no_person_then_nothing_is_found(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


def test_when_a_role_opens_a_sentence_before_a_speech_verb_then_it_is_no_name(names):
    # "caller" is a US census surname, but here the word names the person's part in the call
    assert not {f for f in _found(names, "Caller said his name was john") if f == ("PERSON", "Caller")}
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cold compress applied. Mum (Funmi) was informed by phone at 12:10.", "Funmi"),  # a relation, bracketed
        ("Applicant: Ms. Chioma Obi-Nwankwo (née Eze)", "Eze"),  # a maiden name
        ("Anna Schmidt geb. Weber, wohnhaft in Köln", "Weber"),
        ("the spare key was given to Ivy.", "Ivy"),  # a word name closing a sentence
        ("Ciao Fede, sono Marta del condominio", "Fede"),  # a greeting in another language
        ("Hoi Sanne, ik sta voor de deur", "Sanne"),
        ("BETWEEN DARIUS FENWICK (Claimant) and PRIYA LAKHANI (Defendant)", "DARIUS FENWICK"),  # parties in capitals
        ("Participant K.L. (age 42) withdrew from the study.", "K.L."),  # initials and an age, the role left out
        ("PBT 0.14. Passenger Brianna Stone (24) was released", "Brianna Stone"),
        ("Congrats to Kenji Morita (KJ to his friends) on", "KJ"),  # a nickname
        ("the suspect, aka Smokey, fled on foot", "Smokey"),
        ("Bangkok 10110; the name on the order is Ploy Srisuk.", "Ploy Srisuk"),  # whose name a thing is under
        ("everyone in the group just called her Wren.", "Wren"),
        ("a male known to him only as 'Tizzy' had kicked in the door", "Tizzy"),  # the quote left out
        ("Javi: claro, se llama Rubén, 634 50 71 26.", "Rubén"),  # named in another language
        ("Coucou c'est Margaux ! Le code du portail", "Margaux"),
        ("hola, me llamo valentina y tengo 20 años", "valentina"),  # the conjunction after it is none of it
        ("Account opening: Nur Aisyah binti Kamarudin, MyKad", "Nur Aisyah binti Kamarudin"),  # a father's name
        ("Giulia: ciao Fede!! domani vieni", "Fede"),  # a greeting after a chat's speaker
        ("ugh fine its 604-33-4471, name is brandon t. okafor-reyes", "brandon t. okafor-reyes"),  # a middle initial
        ("Can someone from billing call Oluwadamilare back on 0803 551 2749?", "Oluwadamilare"),
        ("reply to this email.\n\nWith gratitude,\nHinemoa Walker\nSupporter Care", "Hinemoa Walker"),  # sign-off
        ("Met vriendelijke groet,\nJoost Verhagen", "Joost Verhagen"),
        ("CLASS: C\nDL NO: F2294417\nLN: NAKAGAWA\nFN: TOMOKO ANN\nDOB: 02/11/1979", "NAKAGAWA"),  # licence fields
        ("Case 2024/CV/0418 (Ahmed v. Northwind Ltd) was adjourned.", "Ahmed"),  # a party to a case
        ("In Okafor v Lagos Transit Ltd the court held", "Okafor"),
    ],
)
def test_when_a_relation_a_callback_a_sign_off_or_a_case_names_someone_then_it_is_a_name(names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize("text", ["The jury in Stanford v. Wells Fargo awarded 2.4 million.", "R v Crown Prosecution was listed."])
def test_when_a_case_party_is_a_firm_or_the_state_then_it_is_no_name(names, text):
    assert not {value for kind, value in _found(names, text) if kind == "PERSON"} & {"Wells Fargo", "R", "Crown Prosecution"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("STATEMENT OF ESTHER ADJEI\n\nI am the manager", "ESTHER ADJEI"),
        ("SHIP TO:\nAKOSUA FRIMPONG\n3307 GREENMOUNT AVE APT 2F", "AKOSUA FRIMPONG"),
        ("N1*ST*MARGUERITE DELACROIX~\nN3*88 RUE SAINT-DENIS APP 4~", "MARGUERITE DELACROIX"),
    ],
)
def test_when_a_given_name_in_capitals_precedes_an_unknown_surname_then_both_are_a_name(names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize("text", ["ĐƠN MỞ TÀI KHOẢN THANH TOÁN\n", "VISIT JAMES STREET TODAY", "016  HASSAN/OMAR MR  24A"])
def test_when_capitals_only_hold_a_given_name_then_no_surname_is_made_up(names, text):
    found = {value for kind, value in _found(names, text) if kind == "PERSON"}
    assert not found & {"THANH TOÁN", "JAMES STREET", "OMAR MR"}


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("La Sig.ra Conti ha firmato.", "Sig.ra", "Conti"),
        ("la Dott.ssa Ferri", "Dott.ssa", "Ferri"),
        ("Contact Dhr. Jansen today", "Dhr.", "Jansen"),
        ("Smt. Lakshmi Iyer signed", "Smt.", "Lakshmi Iyer"),
        ("Toplantıya Ahmet Bey katıldı.", "Bey", "Ahmet"),  # a Turkish title after the name
        ("Ayşe Hanım aradı", "Hanım", "Ayşe"),
        ("Il signor Marco Bernasconi, nato il 5 aprile", "signor", "Marco"),  # in lower case
        ("Cliënt: mevrouw J. Verhoeven-Bakker (Joke)", "mevrouw", "J."),  # ... before an initial
        ("Booking QX7PLM: MR Rocky Tuilagi and MRS Seini Tuilagi", "MR", "Rocky Tuilagi"),  # a booking's capitals
        ("The officer who took this statement was PC Amrita Gill 4471.", "PC", "Amrita Gill"),  # a rank, any given name
        ("Žadatelka: paní Kateřina Dvořáková, narozena", "paní", "Kateřina"),  # Czech, an accented given name
        ("Ato Bekele Tadesse called the office", "Ato", "Bekele Tadesse"),  # Ethiopian
        ("Ratu Epeli Nailatikau opened the hall", "Ratu", "Epeli Nailatikau"),  # Fijian
        ("Ibu Sari Dewi dan Pak Budi Santoso", "Pak", "Budi Santoso"),  # Indonesian
        ("Kính gửi Ông Nguyễn Văn An", "Ông", "Nguyễn Văn An"),  # Vietnamese
        ("Mdm Tan Wei Ling collected the keys", "Mdm", "Tan Wei Ling"),  # Singapore
        ("Assoc. Prof. Mia Lund chaired", "Assoc. Prof.", "Mia Lund"),  # a rank before the title
        ("rozmawiałem z pana Kowalskim wczoraj", "pana", "Kowalskim"),  # Polish, lower case
        ("Stimate domnule Vlad Ionescu, contul a fost blocat.", "domnule", "Vlad Ionescu"),  # Romanian, lower case
        ("Lekarz prowadzący: lek. Paweł Kubiak", "lek.", "Paweł Kubiak"),  # a Polish physician
        ("Pak Harto: Oke mbak Rina, sudah masuk.", "mbak", "Rina"),  # Javanese and Indonesian
        ("има преглед при д-р Светлин Колев във вторник", "д-р", "Светлин Колев"),  # Bulgarian, in short
        ("Почитуван г-дин Владимир Петрушевски, вашата картичка", "г-дин", "Владимир Петрушевски"),  # Macedonian
        ("Luka: Živjo ga. Kos, danes sem nakazal najemnino", "ga.", "Kos"),  # Slovenian
        ("[09:15] Auwalu: Assalamu alaikum Hajiya Binta, don Allah", "Hajiya", "Binta"),  # Hausa
        ("Iñaki Zubizarreta Larrañaga jauna, zure eskaera jaso dugu.", "jauna", "Iñaki Zubizarreta Larrañaga"),  # Basque
    ],
)
def test_when_a_courtesy_title_of_another_language_stands_by_a_name_then_both_are_found(names, text, title, name):
    found = _found(names, text)
    assert ("TITLE", title) in found and ("PERSON", name) in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She said her name was Joy and that she had lived in Leeds.", {("PERSON", "Joy")}),
        ("Dear Mr and Mrs Abara,", {("TITLE", "Mr and Mrs")}),  # two titles, one surname
        ("returning Mister Chen's call", {("TITLE", "Mister"), ("PERSON", "Chen")}),  # never "Chen's"
        ("Kasia pani nowak z dziekanatu", {("TITLE", "pani"), ("PERSON", "nowak")}),  # a title in lower case
        ("mi passi il numero del dott. Galli?", {("TITLE", "dott.")}),  # ... with its dot, before a capitalised name
        ("Signed: T. Nkosi-Barrett   Witnessed by: PC Haworth", {("TITLE", "PC"), ("PERSON", "Haworth")}),
        ("on se voit chez Inès samedi ?", {("PERSON", "Inès")}),  # at someone's place
        ("water from upstairs at no. 4-E (fam. Kuipers). Plumber called", {("PERSON", "Kuipers")}),  # a household
    ],
)
def test_when_a_name_follows_a_phrase_a_title_or_a_household_word_then_it_is_found(names, text, found):
    assert found <= _found(names, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kai, 29 · 3 km away · dog dad", "Kai"),  # a dating profile's name and age
        ("Claim No. K01\nBETWEEN\nMARCUS ADEYEMI-FORD Claimant\nand", "MARCUS ADEYEMI-FORD"),  # capitals, hyphenated
        ("Thanks for your patience.\n\nIlse, Kettleworks Support", "Ilse"),  # a name signing for a team
        ("Lupita 😘 ya llegué a casa", "Lupita"),  # a given name opening a message
        ("Agent: Can I take your full name and date of birth?\nCustomer: oluwadamilare ogunleye, 12/9/96",
         "oluwadamilare ogunleye"),  # the answer to a question asking for a name
        ("party invites\ndre: 2231 w fullerton apt 2r chi\nkim: ok\ndre: buzzer broke just text me", "dre"),  # a speaker
        ("Sem: yo Fleur, ik heb je fiets\nFleur: top\nSem: kom ik zaterdag langs", "Sem"),  # among people who talk
        ("21:04 - Tyrone: who has the key?\n21:06 - Desmond: Tyrone had it last", "Desmond"),  # a WhatsApp export
        ("21:04 - Marg Holloway: anyone seen the key?\n21:06 - Desmond: Tyrone had it\n21:20 - Desmond: rhubarb",
         "Desmond"),  # ... beside speakers of two words
        ("Gift Aid declaration: I, Georgia Pennington-Hale, of Orchard Cottage", "Georgia Pennington-Hale"),
        ("I have known Cole Whitaker-Nunes for four years", "Cole Whitaker-Nunes"),  # a word name, a double surname
        ("Georgia Mae Sutherland · 24 · she/they · barista", "Georgia Mae Sutherland"),  # a profile's name and age
        ("HALVORSEN, Ingrid Marie (née Lindqvist)\nPeacefully, at home", "HALVORSEN"),  # a surname in capitals first
        ("The keys were handed back by Jan-Willem van der Berg on 30 May", "Jan-Willem van der Berg"),
        ("Hannah: who's in for Sunday?\nRich: Alfie's in, thanks", "Rich"),  # a speaker named like a word
        ("TW: Can you tell us where you were?\nLG: On the late shift until ten.\nTW: The log shows your badge.",
         "LG"),  # an interview's speakers by their initials
        ("Cheers,\nInes\n\n> From: Dakota Bishop <dakota.bishop@protonmail.com>\n> Sent: Monday", "Dakota Bishop"),
        ("Tomás: so what do u do\nIfeoma: pharmacist by day\nTomás: civil engineer", "Tomás"),  # accents
        ("Ship to: Hope Nakashima, 2-14-7 Kichijoji Honcho", "Hope Nakashima"),  # an order's label
        ("Call Priyamvada at 080-2345-6789 before Friday.", "Priyamvada"),  # who to call, on a number
        ("Mum: Sipho don't forget your dentist appt tomorrow", "Sipho"),  # whom a chat message speaks to
        ("[19:02] Grace Oyelowo: Who's picking grandma up?\n[19:03] Tunde: me, her flight lands 6:40am\n"
         "[19:05] Bukky: she's staying with me in Peckham first", "Bukky"),  # a speaker once, a rare word, chatting
        ("Rami: ya Nour, ba3atlak el address\nNour: merci habibi\nRami: 03 418 297, w eza ma radd", "Rami"),  # our list
        ("sorry mrs. okonkwo, the bus will be late today", "okonkwo"),  # a title written small, a rare word
        ("Beloved wife of the late Tavita. Mother of Losa", "Tavita"),  # who has died
        ("Witness statement of Adebowale, taken 3 May.", "Adebowale"),  # whose statement it is
        ("Thanks to Zhaksylyk for the help!", "Zhaksylyk"),  # whom thanks go to, a rare word
        ("Tokala's appointment was moved to Friday.", "Tokala"),  # a person's appointment
        ("married Ms. Kelsey Ogunleye (née\nHarmon), a U.S. citizen", "Harmon"),  # a maiden name across a line
        ("Investigator: Dr. Beatriz Lemos\n\nParticipant: R.M.S.    Participant no.: 014", "R.M.S."),  # initials
        ("Mehmet Can Aydın Bey, T.C. 37510482910", "Mehmet Can Aydın"),  # three names before a Turkish title
        ("CURRICULUM VITAE\n\nMARIA LOURDES \"MALOU\" BAUTISTA\nBlk 7 Lot 22", 'MARIA LOURDES "MALOU" BAUTISTA'),
        ("rack B.\nSigned: A. Raghavan    Witnessed: T. Lindström    14 Feb 2024", "A. Raghavan"),  # initials first
        ("rack B.\nSigned: A. Raghavan    Witnessed: T. Lindström    14 Feb 2024", "T. Lindström"),
        ("In Harrow v. Delgado-Finch, the claimant", "Delgado-Finch"),  # a double-barrelled party
        ("Sage (26, she/her) is new in Leeds", "Sage"),  # a profile's name, age and pronouns
        ("CALLER: Gráinne, that's G-R-A-I-N-N-E, O'Sullivan.", "G-R-A-I-N-N-E"),  # spelled without the accent
        ("mañana tienes cita con la dra. ruiz a las 10", "ruiz"),  # a lowercase Spanish title
        ("[07:48] Becky (Noah's mum): morning all!\n[07:50] Priya: yes £1\n[07:53] Becky (Noah's mum): done",
         "Becky"),  # a note on who the speaker is
    ],
)
def test_when_a_profile_a_signature_or_a_transcript_names_someone_then_it_is_found(names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: How can I help?\nCustomer: my card is blocked\nAgent: Sure.\nCustomer: thanks",  # roles talk
        "Note: bring ID\nNote: parking is free\nTime: 10:00",  # fields that repeat
        "Agent: Can I take your name?\nCustomer: sure, one moment",  # no name in the answer
        "Item: chair\nPrice: 40\nItem: table\nPrice: 80",  # a form's keys, repeated
        "Adjuster: Please state your name.\nWitness: Sure.\nAdjuster: Tell me what happened.",  # a role
        # a clinical note's sections, each once, written as sentences
        "Motivo: dolor de cabeza desde hace dos días\nExploración: sin hallazgos de interés en la consulta\n"
        "Evolución: mejora con el tratamiento que se le pautó",
    ],
)
def test_when_a_transcript_has_only_roles_and_fields_then_no_speaker_is_a_name(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ask Cash in receiving to sign for the pallets.", "Cash"),  # a surname after what people are asked to do
        ("Follow Story on Instagram for updates.", "Story"),
        ("The reservation is under Love, party of four, for 8 pm tonight.", "Love"),  # whose name a booking is under
        ("Thanks again for the recommendation letter, Hope.", "Hope"),  # whom thanks are for
    ],
)
def test_when_a_word_name_is_vouched_for_by_what_is_done_to_it_then_it_is_a_name(names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize("text", ["Call Reception on 020 7946 0000. Ask Support for help.", "Thanks for coming, Everyone."])
def test_when_a_cue_precedes_a_desk_or_a_crowd_then_it_is_no_name(names, text):
    assert not {f for f in _found(names, text) if f[0] == "PERSON"}


@pytest.mark.parametrize(("text", "title"), [("Please contact Eng. Ahmed Mansour.", "Eng."), ("Mgr. Dvořák", "Mgr."),
                                             ("Chief Emeka Okafor", "Chief")])
def test_when_a_professional_or_a_chiefs_title_stands_before_a_name_then_it_is_a_title(names, text, title):
    assert ("TITLE", title) in _found(names, text)


def test_when_chief_names_an_office_then_it_is_no_title(names):
    assert not _found(names, "The Chief Financial Officer signed.")


def test_when_a_known_given_name_opens_a_sentence_before_a_booking_verb_then_it_is_a_name(names):
    assert ("PERSON", "Ivy") in _found(names, "Ivy scheduled a follow-up for next week.")


@pytest.mark.parametrize(("text", "name"), [("lol Faith and Hope are literally twins", "Hope"),
                                            ("I'll leave it with Ivy at number 16", "Ivy")])
def test_when_a_word_name_is_capitalised_inside_a_sentence_then_it_is_a_name(names, text, name):
    assert ("PERSON", name) in _found(names, text)


def test_when_a_word_name_follows_a_determiner_then_it_names_a_thing(names):
    assert not _found(names, "we bought the Hunter boots and my Rose Garden book")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2. M.P., 58F, hospital no. A0977461: for review", "M.P."),  # initials, then age and sex
        ("Congratulations to Moody, who took over as billing team lead.", "Moody"),
        ("The application concerns Lily-Mae (5) and Harrison (8).", "Lily-Mae"),  # an age in brackets, then "and"
        ("SOFÍA ALEJANDRA REYES\nFrontend developer", "SOFÍA ALEJANDRA REYES"),  # accented capitals
        ("home visit\n\nVisited Kerry-Ann Walters (24) and her son", "Kerry-Ann Walters"),  # not the verb before
    ],
)
def test_when_initials_an_age_or_a_wish_point_at_a_name_then_it_is_found_whole(names, text, name):
    assert ("PERSON", name) in _found(names, text)


def test_when_a_family_is_named_by_its_surname_in_the_plural_then_it_is_a_name(names):
    assert ("PERSON", "Muellers") in _found(names, "Gabriel Souza is hosted by the Muellers in Freiburg.")


@pytest.mark.parametrize("text", ["The Tenants shall not keep pets.", "Minutes of the Parents' Association"])
def test_when_a_plural_names_people_by_their_part_then_it_is_no_family(names, text):
    assert not _found(names, text)


def test_when_a_form_has_a_title_field_then_its_value_is_a_title(names):
    assert ("TITLE", "Dr") in _found(names, "Gender: M. Title on account: Dr.")
    assert not {f for f in _found(names, "Job title: Engineer") if f[0] == "TITLE"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Item: Widget\nPrice: 4.00\nItem: Gadget\nPrice: 5.00\nAnna: ok", {"Item", "Price"}),  # beside a speaker
        ("PAX: BERGQVIST/EBBA MS\nPNR: K7QX2L\nFLT: SK1419 CPH-ARN", {"PAX", "PNR", "FLT"}),  # keys in capitals
    ],
)
def test_when_a_form_has_a_speaker_or_keys_in_capitals_then_its_keys_are_no_names(names, text, keys):
    assert not {value for kind, value in _found(names, text) if kind == "PERSON"} & keys


def test_when_a_forms_labels_stand_before_names_then_the_labels_are_no_speakers(names):
    text = "Ticket #88213\nRequester: Ravi Krishnan <ravi.k@example.com>\nOutbound: EZY8893 Gatwick to Malaga"
    found = {value for kind, value in _found(names, text) if kind == "PERSON"}
    assert not found & {"Requester", "Outbound"}


def test_when_a_speaker_word_is_no_known_name_then_the_detector_still_keeps_it(detector):
    # NER reads "Jhen" too and drops it as a form's label; the speaker's reading outlives it
    text = ("Jhen: Ate Mylene pa-send naman ng GCash mo, babayaran ko na\n"
            "Mylene: 0917 225 4180 yan, Mylene D. ang name\nJhen: sige po. btw lilipat na kami next month")
    names = {text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert "Jhen" in names


def test_when_three_people_talk_once_each_then_every_speaker_is_a_name(names):
    text = ("Wim: Iemand die de witte Golf kent? Staat al drie dagen voor mijn garagepoort.\n"
            "Katrien: Dat is de wagen van Dries een paar huizen verder, denk ik\n"
            "Dries Lemmens: Sorry! Mijn oprit wordt vernieuwd tot vrijdag.")
    assert ("PERSON", "Wim") in _found(names, text)


def test_when_a_list_item_gives_a_name_and_an_age_then_both_are_found(names):
    text = "Matches\n  - Zayd, 30, matched 2024-09-14\n  - Arjun, 29, matched 2024-10-01"
    found = {(r.entity_type, text[r.start : r.end]) for r in names.analyze(text, None)}
    assert {("PERSON", "Zayd"), ("PERSON", "Arjun")} <= found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thank you for all the love. Sione", "Sione"),  # a sign-off
        ("Interviewee 7 (Akosua, a 52-year-old trader from Kumasi) described", "Akosua"),
    ],
)
def test_when_a_rare_known_given_name_stands_alone_then_it_is_a_name(names, text, found):
    assert ("PERSON", found) in _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buses run every 15 minutes from Jomo Kenyatta International Airport.",  # an eponym among capitals
        "| Matiu Ranginui | Tama (dog) | 04 |",  # a pet
    ],
)
def test_when_a_given_name_stands_among_capitals_or_names_a_pet_then_it_is_not_read_alone(names, text):
    assert not {v for k, v in _found(names, text) if k == "PERSON"} & {"Kenyatta", "Tama"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SUBJECT: ROBERTSON, DEREK ALAN  DOB 04-22-1969  SEX M", "ROBERTSON, DEREK ALAN"),  # surname first after a label
        ("CRM > Contacts > Okwuosa, Chinedu\nOwner: Hannah Liebowitz", "Okwuosa, Chinedu"),
        ("Si ce n'était pas toi, contacte Léonie Van den Bossche au +32 478 21 93 07.", "Léonie Van den Bossche"),
    ],
)
def test_when_a_name_is_written_surname_first_after_a_label_or_with_capital_particles_then_it_is_found_whole(
        detector, text, name):
    assert name in {text[r.start : r.end] for r in detector.detect([text])[0] if r.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing in Mokoena v Dlamini has moved to 18 August.", {("PERSON", "Mokoena"), ("PERSON", "Dlamini")}),
        ("will be represented by Adv. Pillay.", {("TITLE", "Adv."), ("PERSON", "Pillay")}),
        ("the travel details of Master Ibrahim Siddiqui, age 11, flying", {("TITLE", "Master")}),
    ],
)
def test_when_a_case_cites_two_surnames_or_an_advocate_or_a_boy_is_titled_then_they_are_found(detector, text, expected):
    assert expected <= {(r.entity_type, text[r.start : r.end]) for r in detector.detect([text])[0]}


def test_when_firms_or_states_are_parties_or_master_names_a_thing_then_no_name_is_read(detector):
    text = "Apple v Samsung was settled. The master bedroom faces Master Card Services."
    assert not {text[r.start : r.end] for r in detector.detect([text])[0] if r.entity_type in ("PERSON", "TITLE")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thelonious Baptiste (he/him, 61) from Port-au-Prince now lives in Miami.", "Thelonious Baptiste"),  # pronouns
        ("Vusi Ndlovu (ID 8503025819082), Chief Factors Agent", "Vusi Ndlovu"),  # a number of theirs in brackets
        ("Daan de Vries registered at the gemeente in Utrecht on 3 May.", "Daan de Vries"),  # a given name that is a town too
        ("gate-west | 18:02:11 | badge 40219 | MORRISON, Kyle | EXIT | vehicle 1HQT-782", "MORRISON"),  # a log's cell
    ],
)
def test_when_pronouns_a_bracketed_number_a_cell_or_a_surnames_particle_vouch_for_a_name_then_it_is_found(
        names, text, name):
    assert ("PERSON", name) in _found(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer Service (ID 4471) is closed today",  # a desk, not a person
        "Terms Apply (DOB 1990 or later)",
        "STATUS, Open | PRIORITY, High",  # capitals and a comma that are fields
        "visa 15 tareekh tak lag jaye ga. Unhon ne passport mangwaya",  # Urdu "ga." closing a sentence, no title
    ],
)
def test_when_a_bracketed_number_follows_no_name_then_no_person(names, text):
    assert not {value for entity, value in _found(names, text) if entity == "PERSON"}

