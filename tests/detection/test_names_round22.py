"""Name shapes of round 22: titles of more languages, a Dutch call name between initials and surname, a cited
author, a message's closing name, an addressee before "your", a one-line form's name field, a court caption's
party, a device named for its owner, names elided to ("d'Inès", "l'Arnau") or glued to a Turkish case ending,
and the words near them that are no names."""
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # titles: Portuguese "Prof.ª", Greek "Δρ.", a Vietnamese doctor's "BS.", a form's "Title: Chief"
        ("A reunião com a Prof.ª Marta Lopes ficou marcada para sexta.", "Prof.ª"),
        ("Θεράπων ιατρός: Δρ. Νίκος Παπαδόπουλος, Καρδιολογική Κλινική.", "Δρ."),
        ("Chẩn đoán: sốt xuất huyết\nBác sĩ điều trị: BS. Trần Văn Minh", "BS."),
        ("Full name: Okafor, Emeka   Title: Chief\nDate of birth: 02/02/1961", "Chief"),
        # a Korean honorific after a name in Latin letters
        ("Lee Ji-eun nim, 29-se, jigeop: dijaineo.", "nim"),
    ],
)
def test_when_a_title_of_another_language_stands_by_a_name_then_it_is_found(detector, text, value):
    assert covered_share(detector, text, value, "TITLE") >= 0.5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # greetings in Irish and in Mongolian written in Latin letters
        ("Dia dhuit Pádraig, tá do choinne daingnithe don Luan.", "Pádraig"),
        ("Sain baina uu Bat-Erdene, tanii zahialga batalgaajlaa.", "Bat-Erdene"),
        # "my name is" in Yoruba, the name with its tone marks written apart
        ("Ẹ jọ̀ọ́, Orúkọ mi ni Adébáyọ̀ Ògúnlẹ́yẹ, mo fẹ́ ṣàyẹ̀wò àkọọ́lẹ̀ mi.", "Adébáyọ̀ Ògúnlẹ́yẹ"),
        # "his name is ... hai" in Urdu written in Latin letters
        ("Mera naam Imran Qureshi hai aur main Lahore se hoon.", "Imran Qureshi"),
        # a label's value in quotes, an emergency contact on a label
        ('BOOKING SHEET\nName: Dwayne Carter\nAKA: "Smokey"\nDOB: 04/04/1990', "Smokey"),
        ("MEDICATION CARD | ALLERGY: NUTS | ICE: MARGARET 07700 900 123", "MARGARET"),
        ("Müşteri bilgileri: Ayşe Nur Demir, T.C. Kimlik No: 10000000146", "Ayşe Nur Demir"),
        # a one-line form's name field, up to the next label
        ("Title: Mr Surname: Adeyemi Forenames: Oluwaseun David Date of birth: 01/01/1990", "Oluwaseun David"),
        # a name and an age in years of another language; a quoted profile
        ("Utente Maria das Dores Pinto, 81 anos, n.º de utente 123 456 789.", "Maria das Dores Pinto"),
        ('Reported profile: "Amara, 27, Leeds", username amara.x', "Amara"),
        # a Dutch call name between initials and surname
        ("Klant: Dhr. P.J. (Pieter) van Dijk, geboren 03-04-1970", "Pieter"),
        ("Patiënt: Mevr. A.M. (Anouk) Jansen, BSN 123456782", "Anouk"),
        # a cited author and year
        ("Set texts: 'Half of a Yellow Sun' (Adichie, 2006) and others.", "Adichie"),
        # a message closing on a name: after its last sentence, a phone number or a kiss
        ("Room free from 1 June, viewings on Saturday. Zanele", "Zanele"),
        ("bike for sale, whatsapp 082 555 0199 - thabo", "thabo"),
        ("Cakes for parties anywhere in Leeds x Funmi", "Funmi"),
        # an addressee opening a message before "your"
        ('SMS: "FATIMA, your prescription is ready to collect."', "FATIMA"),
        ("Dilnoza, your visa appointment is confirmed for Monday.", "Dilnoza"),
        # a name after a dash between clauses, before what a person does
        ("Hi Tom, the school rang — Priya can pick the kids up at 4.", "Priya"),
        # two families by their surnames
        ("A house swap between the Okonkwo and Lindqvist families this summer.", "Lindqvist"),
        # a Malaysian identity card after the name; a Malay "named"
        ("Sijil untuk Tan Wei Ming (No. K/P 850312-10-5511) sudah siap.", "Tan Wei Ming"),
        ("Pemandu Grab bernama Imran (kereta Myvi) menurunkan saya.", "Imran"),
        # an Indian bank statement's payer
        ("12/03 NEFT CREDIT FROM RAJESH KUMAR Rs 15,000.00", "RAJESH KUMAR"),
        # a party in a court's caption
        ("JOSEPH KAMAU NJOROGE .......... PLAINTIFF\nVERSUS\nACME LTD .......... DEFENDANT", "JOSEPH KAMAU NJOROGE"),
        # an Irish surname in capitals
        ("REPEAT PRESCRIPTION. SEAN O'DONNELL-BRADY | DOB 02/02/1950", "SEAN O'DONNELL-BRADY"),
        # a to-do's owner, a device named for its owner
        ("// TODO(priya): drop this flag before release", "priya"),
        ("dhcpd: DHCPACK on 10.0.0.12 to aa:bb:cc:dd:ee:ff (Thabo-iPad) via eth0", "Thabo"),
        # a nickname a Spanish report quotes
        ('Un hombre que se hacía llamar "Kiko" le ofreció trabajo.', "Kiko"),
        # an initial and a surname written small after a role
        ("member k. mbatha called about the refund twice", "k. mbatha"),
        # a name French or Catalan elides to, a name with a Turkish case ending
        ("Bonjour, voici le dossier d'Élodie pour la rentrée.", "Élodie"),
        ("Hola, sóc l'Oriol, el teu veí del tercer.", "Oriol"),
        ("Sayın veli, oğlunuz Emre'nin kaydı tamamlandı.", "Emre"),
        # a given name with its accent, which the lists leave out
        ("A encomenda foi recebida por Sebastião às 14h.", "Sebastião"),
        # Central Asian and South Indian given names
        ("Apparently Javlon's permit was printed with the wrong date.", "Javlon"),
        ("She mentored two students, Karan and Deepthi, last year.", "Deepthi"),
    ],
)
def test_when_a_name_has_one_of_these_shapes_then_it_is_found(detector, text, value):
    assert covered_share(detector, text, value) >= 0.5


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She has a BS. Biology was her major.", "BS"),  # a degree, no doctor
        ("Title: Chief Executive Officer of the board.", "Chief"),  # an office
        ("The firm is a U.S. (Delaware) Corporation.", "Delaware"),  # a state in brackets
        ("Sales grew (Fall, 2019) and again (Jan, 2020) after the summit (Paris, 2015).", "Fall"),
        ("Sales grew (Fall, 2019) and again (Jan, 2020) after the summit (Paris, 2015).", "Jan"),
        ("# TODO(i18n): translate this; TODO(backend): move it", "backend"),  # topics, no owners
        ("Hello, your order has shipped. Unfortunately, your card was declined.", "Unfortunately"),
        ("FYI, your package is late. URGENT, your account is locked.", "URGENT"),
        ("uska naam kya hai? company ka naam Infosys hai.", "Infosys"),
        ("Depois, 12 anos mais tarde, voltou a Lisboa.", "Depois"),  # years in a sentence, no age
        ("KENYA POWER AND LIGHTING COMPANY LIMITED ........ RESPONDENT", "KENYA POWER AND LIGHTING COMPANY LIMITED"),
        ("Devices: Office-iPad, Samsung-Galaxy, Google-Pixel, Kitchen-iPad", "Samsung"),
        ("Devices: Office-iPad, Samsung-Galaxy, Google-Pixel, Kitchen-iPad", "Kitchen"),
        ("user i. think the app is slow today", "i. think"),  # an initial before an English word
        ("Produk bernama Indomie sangat populer.", "Indomie"),  # a product named, no person
        ("Title: Miss Surname: Oyelaran", "Surname"),  # a one-line form's next label
        ("C'est l'Europe de demain, à base d'Orange.", "Orange"),  # a word elided to, no name
        ("Call me at 5pm. Thanks", "Thanks"),
        ("The firm was set up in 1998. Amazing", "Amazing"),
    ],
)
def test_when_a_word_only_stands_where_names_go_then_no_person_is_found(names, text, word):
    assert ("PERSON", word) not in _found(names, text)
    assert ("TITLE", word) not in _found(names, text)


def test_when_a_nim_follows_no_korean_name_then_no_title_is_found(names):
    assert not {f for f in _found(names, "The game of nim is old. Play nim with Kim tonight.") if f[0] == "TITLE"}
