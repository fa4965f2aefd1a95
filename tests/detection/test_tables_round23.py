"""Round 23 of tables, records and chats (tables.py, fields.py, chats.py, scripts.py): header words of registers
(a French "N°", a mother's and a father's column, a chiefdom, a boat's number, a route, Sindhi and Uyghur headers),
columns typed by their cells where the header says nothing, a JSON message's recipient, a form's initialism key,
a writer's tie to someone, a Philippine word of respect, a Cebuano "sa" place, a full-name speaker, an event's
day, an age after a titled name, and Uzbek places; each beside the look-alikes it must leave alone."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chats import ChatThreadRecognizer
from minimize.detection.recognizers.fields import FieldValueRecognizer
from minimize.detection.recognizers.scripts import OtherScriptRecognizer
from minimize.detection.recognizers.tables import TextTableRecognizer


@pytest.fixture(scope="module")
def tables():
    return TextTableRecognizer()


@pytest.fixture(scope="module")
def fields():
    return FieldValueRecognizer()


@pytest.fixture(scope="module")
def chats():
    return ChatThreadRecognizer()


@pytest.fixture(scope="module")
def scripts():
    return OtherScriptRecognizer()


def found(recognizer, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, None)}


# --- tables.py: header words -------------------------------------------------------------------------------------

def test_when_a_french_register_numbers_its_rows_with_n_degree_then_its_parents_and_quarter_are_typed(tables):
    text = ("N°;Nom de l'enfant;Sexe;Date de naissance;Mère;Père;Quartier\n"
            "17;Mamadou Aliou Diallo;M;04/02/2025;Kadiatou Bah;Ibrahima Sory Diallo;Hamdallaye\n"
            "18;Fanta Camara;F;05/02/2025;Sayon Keïta;Lansana Camara;Koloma")
    out = found(tables, text)
    assert {("PERSON", "Kadiatou Bah"), ("PERSON", "Sayon Keïta"), ("LOCATION", "Hamdallaye"),
            ("LOCATION", "Koloma")} <= out
    assert not any(value in ("N°", "17", "M") for _, value in out)


def test_when_a_bare_n_degree_and_one_word_head_two_columns_then_no_table(tables):
    assert not found(tables, "N°;Nom\n17;Samedi")


@pytest.mark.parametrize("header, row, entity, value", [
    ("Patient,Chiefdom,Phone", "Kadiatu Kamara,Nimikoro,076 123 456", "LOCATION", "Nimikoro"),
    ("Name,Taluka,Phone", "Ali Bux,Thatta,0300 1234567", "LOCATION", "Thatta"),
    ("Boat no.,Skipper,Home port", "KHI-FB-3318,Noor Muhammad Dablo,Ibrahim Hyderi", "ID_NUMBER", "KHI-FB-3318"),
    ("Name,CNI,Phone", "Aliou Ndour,1 171 1979 02233,78 220 71 45", "ID_NUMBER", "1 171 1979 02233"),
    ("Name,ABN,Mobile", "Tui Henare,88 894 790 033,0437 552 019", "ID_NUMBER", "88 894 790 033"),
    ("Landholder,Mobile,Town", "Tui Henare,0437 552 019,Wee Waa", "PERSON", "Tui Henare"),
])
def test_when_a_header_names_a_register_word_then_its_cell_is_typed(tables, header, row, entity, value):
    assert (entity, value) in found(tables, f"{header}\n{row}")


@pytest.mark.parametrize("header, row, value", [
    ("Boat,Skipper,Home port", "Sea Queen,Noor Muhammad Dablo,Ibrahim Hyderi", "Sea Queen"),  # a boat's name
    ("Patient,Chiefdom,Phone", "Kadiatu Kamara,Zone 3,076 123 456", "Zone 3"),  # no place's name
    ("Name,ANC card,Phone", "Kadiatu Kamara,yes,076 123 456", "yes"),
])
def test_when_a_register_word_heads_no_value_of_its_kind_then_the_cell_stays_clean(tables, header, row, value):
    assert not any(found_value == value for _, found_value in found(tables, f"{header}\n{row}"))


def test_when_a_route_column_holds_two_places_then_each_is_a_location(tables):
    text = ("Permis      Chauffeur           Âge   Trajet\n"
            "G-0452-B    Moussa Sow          21    Linguère - Dahra\n"
            "G-0471-A    Yoro Dia            18    Dahra - Touba")
    out = found(tables, text)
    assert {("LOCATION", "Linguère"), ("LOCATION", "Dahra"), ("LOCATION", "Touba"), ("PERSON", "Yoro Dia")} <= out


@pytest.mark.parametrize("value", ["42", "Express", "Night - out"])
def test_when_a_route_is_a_number_or_no_two_places_then_no_location(tables, value):
    assert not found(tables, f"Driver,Route,Phone\nAmy Lee,{value},555 123 4567") & {("LOCATION", value)}


def test_when_a_sindhi_table_heads_its_columns_then_names_and_villages_are_typed(tables):
    text = ("| نالو | ڳوٺ | تعلقو | فون |\n|---|---|---|---|\n"
            "| غلام رسول ميمڻ | ابراهيم حيدري | ڪراچي | 0300 1234567 |\n"
            "| علي بخش جت | ريڙهي | ٺٽو | 0301 7654321 |")
    out = found(tables, text)
    assert {("PERSON", "غلام رسول ميمڻ"), ("LOCATION", "ابراهيم حيدري"), ("LOCATION", "ٺٽو")} <= out


def test_when_a_uyghur_table_heads_its_columns_then_names_cities_and_ages_are_typed(tables):
    text = ("| ئىسمى | شەھەر | يېشى |\n|---|---|---|\n"
            "| ئابدۇرەھىم تۇرسۇن | قەشقەر | 45 |\n| گۈلنار ئەمەت | خوتەن | 32 |")
    assert {("PERSON", "ئابدۇرەھىم تۇرسۇن"), ("LOCATION", "خوتەن"), ("AGE", "32")} <= found(tables, text)


# --- tables.py: columns typed by their cells ----------------------------------------------------------------------

def test_when_unknown_headers_hold_people_and_their_codes_then_both_are_typed(tables):
    text = ("| Numero | Mannalon | Tawen | Ili | Bagas a mailako (sako) |\n|---|---|---|---|---|\n"
            "| BAT-0452 | Ernesto Agcaoili | 61 | Palpalicong | 48 |\n"
            "| BAT-0466 | Flordeliza Ranada | 44 | Baay | 35 |\n"
            "| BAT-0471 | Marcelino Garvida | 70 | Quiling Sur | 52 |")
    out = found(tables, text)
    assert {("ID_NUMBER", "BAT-0452"), ("ID_NUMBER", "BAT-0471"), ("PERSON", "Flordeliza Ranada")} <= out


def test_when_a_bare_id_column_stands_beside_people_the_cells_show_then_its_codes_are_ids(tables):
    text = ("ID           Mallaah                 Home port      Licence\n"
            "KHI-FB-3318  Noor Muhammad Dablo     Ibrahim Hyderi FL-22-418\n"
            "KHI-FB-4402  Ali Bux Jat             Rehri Goth     FL-22-502\n"
            "KHI-FB-0291  Yaqoob Mallah           Keti Bandar    FL-21-077")
    out = found(tables, text)
    assert {("ID_NUMBER", "KHI-FB-3318"), ("ID_NUMBER", "KHI-FB-0291"), ("PERSON", "Yaqoob Mallah")} <= out


def test_when_a_bare_code_column_stands_beside_names_then_its_codes_are_ids(tables):
    text = "Code,Name,Age\nBAT-0452,Ernesto Agcaoili,61\nBAT-0466,Flordeliza Ranada,44"
    assert ("ID_NUMBER", "BAT-0452") in found(tables, text)


@pytest.mark.parametrize("text", [
    "| Ticket | Assignee | Status |\n|---|---|---|\n| OPS-101 | Grace Period | Open |\n| OPS-102 | Mark Down | Done |",
    "Order,Product,Colour,Size\nORD-1001,Stella Sandal,Red,38\nORD-1002,Grace Tote,Blue,M",
    "Ref,Paid by,Amount\nINV-2041,Oyelaran M.,200\nINV-2042,Amy Lee,300",
    "| Code | Venue | Capacity |\n|---|---|---|\n| VEN-001 | Victoria Park | 300 |\n| VEN-002 | Albert Hall | 500 |",
    # a cost centre repeats down the column: it numbers a department, not the person on its row
    "Name\tDept\tCentre\nGiorgio Santoro\tSales\tCC-210\nInês Carvalho\tOps\tCC-330\nWouter Peeters\tOps\tCC-330",
])
def test_when_codes_number_tickets_goods_or_invoices_then_they_stay_clean(tables, text):
    assert not any(kind == "ID_NUMBER" for kind, _ in found(tables, text))
    assert not any(kind == "PERSON" and value in ("Stella Sandal", "Grace Tote", "Victoria Park")
                   for kind, value in found(tables, text))


# --- fields.py ----------------------------------------------------------------------------------------------------

def test_when_a_json_record_sends_to_a_phone_then_its_bare_name_is_a_person(fields):
    text = '{"to": "+221762290017", "name": "Ramata Ly", "visit": "2025-06-04", "type": "PNC"}'
    assert ("PERSON", "Ramata Ly") in found(fields, text)


@pytest.mark.parametrize("text", [
    '{"sku": "A-12", "name": "Widget Pro", "price": "+12000"}',  # a price, no phone
    '{"name": "Acme Ltd", "fax": "+442071234567"}',  # a firm's
])
def test_when_no_phone_or_no_person_then_a_bare_name_stays_clean(fields, text):
    assert not any(kind == "PERSON" for kind, _ in found(fields, text))


def test_when_form_keys_are_an_initialism_or_a_place_kind_then_their_values_are_typed(fields):
    text = ("Patient: Kadiatu Kamara\nANC card: KNM-ANC-0773\nAge: 20\nChiefdom: Nimikoro\n"
            "Collection office: Basse\nStatus: biometrics pending")
    assert {("ID_NUMBER", "KNM-ANC-0773"), ("LOCATION", "Nimikoro"), ("LOCATION", "Basse")} <= found(fields, text)


def test_when_an_initialism_key_holds_no_code_then_nothing_is_typed(fields):
    text = "Ticket summary\nVPN access: granted\nAPI key: rotated\nNHS number: pending"
    assert not found(fields, text)


# --- chats.py -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Rashid: any news?\nKamal Baloch: My nakhuda Ishaq is already at sea since last night", "Ishaq"),
    ("Ann: our driver Bilal is late\nBo: ok", "Bilal"),
])
def test_when_a_message_names_someone_by_their_tie_then_the_name_is_found(chats, text, name):
    assert ("PERSON", name) in found(chats, text)


@pytest.mark.parametrize("text, word", [
    ("Ann: my boss Monday is off\nBo: ok", "Monday"),
    ("Ann: my friend Google says no\nBo: ok", "Google"),
    ("Ann: my driver Will be late\nBo: ok", "Will"),
])
def test_when_a_tie_word_comes_before_no_name_then_nothing_is_found(chats, text, word):
    assert ("PERSON", word) not in found(chats, text)


def test_when_a_philippine_word_of_respect_comes_before_a_given_name_then_the_name_is_found(chats):
    text = "Rosita: Sino pa?\nJun Ramos: PGC-0884. Ken ni Lakay Andres, saanna pay a nabayadan ti loanna."
    assert ("PERSON", "Andres") in found(chats, text)


def test_when_a_word_of_respect_comes_before_a_month_then_nothing_is_found(chats):
    assert ("PERSON", "December") not in found(chats, "Rey: Lola December pa\nJo: ok")


def test_when_a_cebuano_message_goes_sa_a_place_then_it_is_a_location(chats):
    text = ("Jocelyn: Day, naa nay bugas. Salamat kaayo 'Day! Kuhaon nako ugma sa Carbon.\n"
            "Rey: Ate, kanus-a man ka mouli?\nJocelyn: Sunod semana")
    assert ("LOCATION", "Carbon") in found(chats, text)


@pytest.mark.parametrize("text", [
    "Rey: adto ko sa Lunes, i-message lang nako sa Facebook\nJo: sige, salamat kaayo. Naa ko sa Mama karon",
    "Jocelyn: gipadala na nako ang ₱12,000 pinaagi sa Cebuana\nRey: salamat kaayo, naa ko diri\nJocelyn: sige",
    "Ana: Let's meet sa Starbucks\nBo: ok",  # no Cebuano or Tagalog around it
])
def test_when_sa_comes_before_a_day_an_app_a_means_or_in_english_then_no_location(chats, text):
    assert not any(kind == "LOCATION" for kind, _ in found(chats, text))


def test_when_a_full_name_speaks_twice_then_the_speaker_is_a_person(chats):
    text = ("Samba Dia: Jam waali. Ngaari am ndaneeri majjii hannde.\n"
            "Hamath Sow: Mi yi'ii ngaari ndaneeri hannde.\nSamba Dia: Jaaraama Hamath!")
    assert ("PERSON", "Samba Dia") in found(chats, text)


def test_when_repeated_labels_are_headings_or_places_then_no_speaker(chats):
    text = "Action Items: review\nGrace Period: 30 days\nAction Items: close\nSri Lanka: 3\nSri Lanka: 4"
    assert not any(kind == "PERSON" for kind, _ in found(chats, text))


def test_when_a_practice_speaks_twice_by_two_capitalised_words_then_it_is_no_person(chats):
    text = ("Harbourside Dental (10:14): Hi Jerome, this is a reminder\nMe (10:36): Thanks\n"
            "Harbourside Dental (10:41): All set, see you Friday.\nPawsome Vets: Hi\nPawsome Vets: Of course!")
    assert not any(value in ("Harbourside Dental", "Pawsome Vets") for _, value in found(chats, text))


def test_when_a_speakers_note_makes_them_someones_parent_then_the_speaker_is_a_person(chats):
    text = ("Priya (Maya's mum): Party is Saturday 2pm\nDev (Arjun's dad): we'll be there\n"
            "Sarah (Tom's mum): Tom can't make it")
    assert ("PERSON", "Dev") in found(chats, text)


def test_when_a_speakers_note_is_a_role_or_a_month_then_no_speaker(chats):
    text = "Host (Nikos): welcome\nUpdate (March): nothing\nSupport (Tom's team): hi"
    assert not {value for kind, value in found(chats, text) if kind == "PERSON"} & {"Host", "Update", "Support"}


@pytest.mark.parametrize("text, day", [
    ("Dan Pearce: his birthday's the 19th btw, he'll be 90!!\nSue: wow", "the 19th"),
    ("Jo: party's on the 3rd!\nSue: ok", "the 3rd"),
])
def test_when_an_events_day_is_said_with_s_then_it_is_a_date(chats, text, day):
    assert ("DATE_TIME", day) in found(chats, text)


def test_when_the_ordinal_counts_a_century_or_a_floor_then_no_date(chats):
    text = "Sue: the 19th century was grim. His party's the 19th floor lol\nJo: ok"
    assert not any(kind == "DATE_TIME" for kind, _ in found(chats, text))


@pytest.mark.parametrize("text, age", [
    ("Nimmi (nurse): patient in bay 4 - Mr. Arthur Penhaligon, 81 - what's his potassium?\nDr Shah: 5.9", "81"),
    ("Mr Smith, 35 yo, came in", "35"),
])
def test_when_an_age_follows_a_titled_name_then_it_is_an_age(chats, text, age):
    assert ("AGE", age) in found(chats, text)


@pytest.mark.parametrize("text", ["Dr Lee, 42 Oak Street", "Mr Smith, 12:30 tomorrow", "Mrs Jones, 3.5 mg"])
def test_when_a_number_after_a_titled_name_is_a_door_a_time_or_a_dose_then_no_age(chats, text):
    assert not any(kind == "AGE" for kind, _ in found(chats, text))


# --- scripts.py: Uzbek places -------------------------------------------------------------------------------------

def test_when_an_uzbek_address_names_its_district_and_street_then_both_are_found(scripts):
    text = "Манзил: Наманган вилояти, Поп тумани, Мустақиллик кўчаси, 12-уй\nТелефон: +998 69 312 40 77"
    out = found(scripts, text)
    assert {("LOCATION", "Поп тумани"), ("LOCATION", "Наманган вилояти"), ("ADDRESS", "Мустақиллик кўчаси, 12-уй")} <= out


def test_when_an_uzbek_csv_writes_a_town_before_its_street_then_the_town_is_a_location(scripts):
    text = "Gulnora Qosimova;12.04.1979;+998 91 204 55 13;Qo'qon, Turkiston ko'chasi 19-uy;A-12"
    out = found(scripts, text)
    assert ("LOCATION", "Qo'qon") in out and ("ADDRESS", "Turkiston ko'chasi 19-uy") in out


@pytest.mark.parametrize("text", ["The Tumani report, Viloyati Group", "Казань, Баумана урамы 5"])
def test_when_a_kind_word_is_capitalised_alone_or_tatar_then_no_uzbek_place(scripts, text):
    assert not any(value in ("The Tumani", "Казань", "Баумана урамы 5") for _, value in found(scripts, text))


def test_when_a_persons_header_holds_a_firm_then_it_is_no_person(detector):
    text = "BUSINESS - COMPLIANCE NOTICE\nLicensee: Makran Exchange (Pvt) Ltd, Turbat\nAgent: Shahzad Baloch"
    found = {text[s.start:s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert "Shahzad Baloch" in found and not any("Makran" in value for value in found)
