"""Round 22 of pasted tables (recognizers/tables.py, columns.py): headers in Kurmanji, Sorani, Tajik, Russian ("№"),
Malagasy, Swahili, Tok Pisin and the Pacific; a camp's tent, a household's and a case's code, a state's "SID", a
site's camel-cased name ("GitHub"), a seller's or an account's login, a name written small, and what stays untyped."""
from __future__ import annotations

import pytest

from minimize.detection.columns import infer_column, snake_name
from minimize.detection.recognizers.fields import FieldValueRecognizer
from minimize.detection.recognizers.tables import TextTableRecognizer


@pytest.fixture(scope="module")
def tables():
    return TextTableRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurmanji: a name, a father's name, an age, a camp's block and tent
        ("hejmar,nav,bav,temen,cih,telefon\n1,Rojda,Xelîl,34,Blok 2 / Kon 17,0750 118 2290\n",
         {("PERSON", "Rojda"), ("PERSON", "Xelîl"), ("AGE", "34"), ("ADDRESS", "Blok 2 / Kon 17")}),
        ("| Nexweş | Temen | Derman | Bijîşk |\n|---|---|---|---|\n| Zozan Ehmed | 58 | Metformin | Dr. Aram Şêxo |\n",
         {("PERSON", "Zozan Ehmed"), ("AGE", "58"), ("PERSON", "Dr. Aram Şêxo")}),
        # Sorani: a name, an employee's number, a city
        ("| ناو | ژمارەی کارمەند | شار |\n|---|---|---|\n| هێمن کەریم | HW-2207 | هەولێر |\n",
         {("PERSON", "هێمن کەریم"), ("ID_NUMBER", "HW-2207"), ("LOCATION", "هەولێر")}),
        # Tajik: a full name and an age, fixed-width
        ("Ному насаб          Синну сол   Шаҳр\nРаҳимов Сино         41          Хуҷанд\n",
         {("PERSON", "Раҳимов Сино"), ("AGE", "41"), ("LOCATION", "Хуҷанд")}),
        # a Russian table numbered under "№"
        ("№;фамилия;имя;город регистрации\n7;Ахмедова;Нилуфар;Казань\n",
         {("PERSON", "Ахмедова"), ("PERSON", "Нилуфар"), ("LOCATION", "Казань")}),
        # Malagasy and French: a producer and the fokontany
        ("| Producteur | Fokontany | Kg |\n|---|---|---|\n| Randriamanana Hery | Antsirabe | 40 |\n",
         {("PERSON", "Randriamanana Hery"), ("LOCATION", "Antsirabe")}),
        ("anarana,toerana,finday\nRasoanaivo Tiana,Ambositra,034 11 220 33\n",
         {("PERSON", "Rasoanaivo Tiana"), ("LOCATION", "Ambositra"), ("PHONE_NUMBER", "034 11 220 33")}),
        # Swahili: a village and Zanzibar's shehia
        ("Jina\tShehia\tKijiji\nAmina Said\tKizimkazi\tMakunduchi\n",
         {("PERSON", "Amina Said"), ("LOCATION", "Kizimkazi"), ("LOCATION", "Makunduchi")}),
        # an island in the Pacific, a boat's home port and its observer's number
        ("| Name | Island | Phone |\n|---|---|---|\n| Ruth Kalo | Ambrym | 552 0198 |\n", {("PERSON", "Ruth Kalo"),
         ("LOCATION", "Ambrym"), ("PHONE_NUMBER", "552 0198")}),
        ("observer_id,name,home_port\nFJOB-0711,Sione Vaka,Lautoka\n",
         {("ID_NUMBER", "FJOB-0711"), ("PERSON", "Sione Vaka"), ("LOCATION", "Lautoka")}),
        # a camp's tent by its block, a ration card's and a household's codes
        ("| # | Name | Card no | Tent |\n|---|---|---|---|\n| 1 | Hawar Ali | DMZ-1180 | C-07 |\n",
         {("PERSON", "Hawar Ali"), ("ID_NUMBER", "DMZ-1180"), ("ADDRESS", "C-07")}),
        ("hh_id,name,shelter\nAKR-0412,Leyla Hassan,B-114\n",
         {("ID_NUMBER", "AKR-0412"), ("PERSON", "Leyla Hassan"), ("ADDRESS", "B-114")}),
        # a state's id beside a person's name
        ("SID\tName\tCity\nWI44120987\tMarcus Reed\tMadison\n",
         {("ID_NUMBER", "WI44120987"), ("PERSON", "Marcus Reed"), ("LOCATION", "Madison")}),
        # "GitHub" and "LinkedIn" are one word each; a site by its domain alone
        ("| Name | GitHub | LinkedIn |\n|---|---|---|\n| Tomás Reyes | treyes | tomas.design |\n",
         {("PERSON", "Tomás Reyes"), ("USERNAME", "treyes"), ("URL", "tomas.design")}),
        # a seller by their shop's login
        ("seller,name,country\nkleinekeramik,Jana Vogel,Germany\n",
         {("USERNAME", "kleinekeramik"), ("PERSON", "Jana Vogel"), ("LOCATION", "Germany")}),
        # "Names" on a South African form; a sign-up sheet's name written small
        ("Names,Surname,Cell\nThandeka,Mokoena,082 441 2290\n",
         {("PERSON", "Thandeka"), ("PERSON", "Mokoena"), ("PHONE_NUMBER", "082 441 2290")}),
        ("| # | Name | Email |\n|---|---|---|\n| 1 | anita r | anita.r@example.com |\n",
         {("PERSON", "anita r"), ("EMAIL_ADDRESS", "anita.r@example.com")}),
        # a market trader, a single given name
        ("| Stall | Trader | Phone |\n|---|---|---|\n| C-2 | Aibek | 0555 20 31 44 |\n",
         {("PERSON", "Aibek"), ("PHONE_NUMBER", "0555 20 31 44")}),
        # a CSV's header written small, some names of two words (Tok Pisin: "ples", a place)
        ("first name,last name,email\nAroha,Ngata,aroha.ngata@example.co.nz\n",
         {("PERSON", "Aroha"), ("PERSON", "Ngata"), ("EMAIL_ADDRESS", "aroha.ngata@example.co.nz")}),
        ("nem,ples,namba fon,mani (K)\nPeter Kaupa,Wabag,7330 1184,120.00\n",
         {("LOCATION", "Wabag"), ("PHONE_NUMBER", "7330 1184")}),
        # Peru's "comunidad campesina"
        ("nombre;edad;comunidad campesina\nFelícitas Mamani;52;Chacán\n",
         {("PERSON", "Felícitas Mamani"), ("AGE", "52"), ("LOCATION", "Chacán")}),
    ],
)
def test_when_a_table_has_round_22_headers_then_its_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a site's menu under "nav", a fund's net asset value
        ("page,nav,title\nhome,Home,Welcome\nabout,About,About us\n", None),
        ("fund,nav,date\nGlobal Equity,102.34,2024-01-02\n", {("PERSON", "Global Equity")}),
        # a shop by an English word; a ledger's accounts
        ("| Order | Shop | Total |\n|---|---|---|\n| 1021 | bakery | 12.50 |\n", None),
        ("account,amount\ncash-on-hand,120\nacme-001,5\nsavings,40\n", None),
        # small words that are no names
        ("| Guest | Room |\n|---|---|\n| walk in | 12 |\n| will call | 14 |\n", None),
        # a card's number stays a card's; an animal shelter is no one's tent
        ("| Name | Card no |\n|---|---|\n| Ann Lee | 4111 1111 1111 1111 |\n", {("ID_NUMBER", "4111 1111 1111 1111")}),
        ("| Animal | Shelter | Intake |\n|---|---|---|\n| Rex | Dogs Trust | 2024-01-02 |\n", {("ADDRESS", "Dogs Trust")}),
        # a bare number under "Case no" or "hh_id" is a row's count; an "SID" with no person beside it is a session's
        ("case_no,name\n1041,Ann Lee\n", {("ID_NUMBER", "1041")}),
        ("sid,service,status\na8f3e9c1,web-01,ok\n", None),
        # "Mr.Smith" is no site
        ("Name,Website\nAnn Lee,Mr.Smith\n", {("URL", "Mr.Smith")}),
        # lines of a chat written small are no header
        ("met sarah at the cafe on main street, then home, then bed\nmet tom at work, then the gym, then sleep\n", None),
        ("hi all, quick one, who has the keys\nme, not me, try the office\n", None),
        # a Dutch particle stays a particle
        ("Naam\tTussenvoegsel\tAchternaam\nJan\tvan der\tBerg\n", {("PERSON", "Jan van der Berg")}),
    ],
)
def test_when_a_round_22_cell_only_looks_like_pii_then_it_stays_untyped(tables, text, unwanted):
    found = _found(tables, text)
    assert not found if unwanted is None else not (found & unwanted)


def test_when_a_record_names_an_account_then_its_login_is_found():
    text = '{"account": "mbalogun", "last_login": "2024-05-30T22:14:07Z"}\n{"account": "savings", "amount": 12}\n'
    found = _found(FieldValueRecognizer(), text)
    assert ("USERNAME", "mbalogun") in found and ("USERNAME", "savings") not in found


@pytest.mark.parametrize(
    ("field", "values", "entity"),
    [
        ("kvnr", ["T518809460", "A123456780"], "ID_NUMBER"),  # a German health insurance's number
        ("observer_no", ["SBOB-0211", "SBOB-0340"], "ID_NUMBER"),
        ("island", ["Efate", "Santo"], "LOCATION"),
        ("temen", [27, 52], "AGE"),
        ("whatsApp", ["+254 712 449 201"], "PHONE_NUMBER"),  # (not "whats_app")
        ("tent", ["A-18", "F-112"], "ADDRESS"),
        ("tent", ["Blue", "Large"], None),  # a tent's colour or size
        ("file_names", ["report.pdf", "notes.txt"], None),  # (only a bare "names" lists people)
    ],
)
def test_when_structured_columns_have_round_22_names_then_they_are_typed(field, values, entity):
    column = infer_column(field, values)
    assert (column.entity if column else None) == entity


def test_when_a_site_has_a_capital_inside_then_its_name_is_one_word():
    assert [snake_name(name) for name in ("GitHub", "LinkedIn", "WhatsApp", "billingZipCode")] == [
        "github", "linkedin", "whatsapp", "billing_zip_code"]


def test_when_the_detector_reads_a_kurmanji_camp_register_then_its_people_and_tents_are_found(detector):
    text = "hejmar,nav,bav,temen,cih,telefon\n1,Berfîn,Reşo,31,Blok 4 / Kon 09,0750 221 4410\n"
    found = {text[f.start:f.end] for f in detector.detect([text])[0]}
    assert {"Berfîn", "Reşo", "31", "Blok 4 / Kon 09"} <= found
