"""Ids, logins and message fields of round 23 (recognizers/ids.py, usernames.py, messages.py): a boat's registration,
a person's own file and certificate, a form's "File number:", a PESEL by its check digit, a Home Office case's
reference, a member's number in Tagalog and Cebuano, an id beside its name in a log line, a doctor in a shifted
HL7 field; logins after "updated_by =", after "her profile,", before "on github" and in a CSV's user column; and
what each must leave."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ids import IdNumberRecognizer
from minimize.detection.recognizers.messages import MessageSegmentRecognizer
from minimize.detection.recognizers.usernames import UsernameRecognizer


@pytest.fixture(scope="module")
def ids():
    return IdNumberRecognizer()


@pytest.fixture(scope="module")
def usernames():
    return UsernameRecognizer()


@pytest.fixture(scope="module")
def messages():
    return MessageSegmentRecognizer()


def _values(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


def _typed(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a boat's or a vessel's registration, in a log line, a record and Balochi
        ('04:11 harbour-gate: entry granted boat=GWD-2290 skipper="Nisar Ahmed" crew=7', "GWD-2290"),
        ('registration = {\n    "vessel": "KHI-FB-6604",\n    "owner": "Muhammad Younus"\n}', "KHI-FB-6604"),
        ("her husband's fishing boat KHI-FB-0417 was seized", "KHI-FB-0417"),
        ("the vessel PZ 123 landed two tonnes", "PZ 123"),
        ("بوجیگءِ نمبر: ORM-0338", "ORM-0338"),
        # a person's own file, and a form's "File number:" where the form names a person
        ("The nurse will note the result in her file under number OPH/RUF/1127.", "OPH/RUF/1127"),
        ("It is in his file no. 0417/2211 at the clinic.", "0417/2211"),
        ("Former name: Raymond T. Kowalczyk\nFile number: C-28 441 907\nNew address: PO Box 1182", "C-28 441 907"),
        ("Name: Asha Verma\nSIN: 138 620 471        File number: 0048217\n", "0048217"),
        # a person's certificate by its code, after whose it is or an operator
        ("noted his transhumance certificate CIT-MR-2024-00731.", "CIT-MR-2024-00731"),
        ("Kosta Papadopoulos, operator certificate TLB/COP/77125. Signed", "TLB/COP/77125"),
        # an identity card after a comma, a PESEL with its check digit, a Home Office case's reference
        ("asked for her identity card, 007 4418 2019, before swapping the SIM.", "007 4418 2019"),
        ("Bring the PESEL confirmation (88071914523). Refund", "88071914523"),
        ("Subject: Ref: U1170832 - decision on your asylum claim\nDear Mr Haddad,", "U1170832"),
        # roles numbered by a land office, a bursary; a corps member's state code; a member in Cebuano
        ("his own file (landowner no. PLA-0227) was rebuilt only in 2019.", "PLA-0227"),
        ("Your scholar reference is BDCS-2025-0418.", "BDCS-2025-0418"),
        ("NYSC: completed June 2017, state code LA/16C/4418", "LA/16C/4418"),
        ("Gng. Teresita Cabahug, miyembro numero BK-0331, mao na ang bag-ong tesorero", "BK-0331"),
        # a vehicle's plate of two groups of three; a travel document in an airline's XML
        ("Your vehicle 1XY 7KP has been registered and the monthly fee", "1XY 7KP"),
        ('<Document DocType="I" DocID="AB1234567" DocIssueCountry="IE"/>', "AB1234567"),
        # an id beside a person's name in a log line's fields
        ('INFO [oec-portal] applicant_login ok id=OFW-2019-8830412 name="Rachelle Ann Go Ledesma" ip=131.2.4.1',
         "OFW-2019-8830412"),
    ],
)
def test_when_a_person_number_has_a_round23_cue_then_it_is_found(ids, text, value):
    assert value in _values(ids, text)


@pytest.mark.parametrize(
    "text",
    [
        # a boat's length or a count, a ship's name; a vessel's key without digits
        "the boat was 12 metres long and the vessel MV Ocean Star sailed at dawn",
        '{"vessel": "Ocean Star", "boat": "dinghy"}',
        "Vessel: MSC GULSUN 2041N\nPort of loading: Ningbo",  # a ship's name and voyage
        # a file that is no person's, a form's "File number:" about no person
        "Open the file under number 3 in the shared folder.",
        "Project: Harbour wall repair\nFile number: 2023/0417\nStatus: open",
        "Case: Smith v Jones\nClaimant: Acme Holdings\nFile number: T-1234-22",
        # a gift's or a server's certificate; a certificate in prose without a code
        "Her gift certificate GC-2024-0031 expires in May.",
        "They renewed their certificate ISO-9001 and my SSL certificate CRT-2024-0099.",
        "Renew the server certificate CRT-2024-0099 before Friday.",
        "his certificate of completion arrived in 2024",
        # a card then a year or a count
        "She lost her identity card, 2019 was a bad year.",
        # eleven digits failing PESEL's check, or PESEL's check without the word
        "Bring the PESEL confirmation (88071914524).",
        "Order 88071914523 has shipped.",
        # a reference without an immigration case, or of another shape
        "Subject: Ref: U1170832 - your invoice for March",
        "Subject: Ref: AB-2024-11 - decision on your asylum claim",
        # a state code of another shape; "number" in Tagalog before no member
        "the state code LA is used for Lagos",
        "numero ng telepono 0917 555 0142",
        # an id beside no person's name in a log line, a request's id
        'job ok id=JOB-2024-8830412 name="nightly backup" ip=10.0.0.1',
        'request_id=REQ-2019-8830412 name="Rachelle Ann Go Ledesma"',
        # a fleet's code after a vehicle, two words of three letters; a document element without its number
        "the vehicle FLT-07 is parked; his van ABC DEF is not",
        '<Document DocType="P" DocIssueCountry="IE"/>',
    ],
)
def test_when_a_round23_cue_names_no_person_number_then_nothing_is_found(ids, text):
    assert not _values(ids, text)


def test_when_an_airline_document_is_a_passport_then_its_number_is_a_passport(ids):
    text = '<Document DocType="P" DocID="PX4418027" DocIssueCountry="IE" ExpireDate="2031-05-01"/>'
    assert [(r.entity_type, text[r.start : r.end]) for r in ids.analyze(text, None)] == [("PASSPORT", "PX4418027")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("UPDATE vendors SET stall = 'B-14', updated_by = 'fdiop' WHERE vendor_name = 'Alioune';", "fdiop"),
        ('UPDATE t SET created_by = "k.mensah" WHERE id = 4;', "k.mensah"),
        ("be removed from her profile, ofeatherstone; she now pays by direct debit", "ofeatherstone"),
        ("I checked his account, jb_okafor77, and it is locked.", "jb_okafor77"),
        ("You can find aokonjo on github.", "aokonjo"),
        ("ask kwame.asante on slack for the keys", "kwame.asante"),
        ("user_id,event,ip,device\nmahira_kz,password_reset,95.56.231.17,iPhone14\n", "mahira_kz"),
        ("ts,uid,action\n2024-03-01,t.owusu,login\n2024-03-01,bk_77,logout\n", "bk_77"),
        # a login quoted beside its holder's quoted name in a users' row, either way round
        ("INSERT INTO users VALUES (2, 'bkwabena', 'Bright Kwabena', 'bright.kwabena@outlook.com');", "bkwabena"),
        ('{"user": ["Amara Okafor", "aokafor"]}', "aokafor"),
    ],
)
def test_when_a_login_has_a_round23_cue_then_it_is_found(usernames, text, value):
    assert value in _values(usernames, text)


@pytest.mark.parametrize(
    "text",
    [
        # a system's or a plain word's "updated_by"; a word after "her profile,"
        "UPDATE vendors SET updated_by = 'system' WHERE id = 3;",
        "UPDATE vendors SET updated_by = 'migration' WHERE id = 3;",
        "I updated her profile, then logged out.",
        "Check your account, please.",
        # English words and people before "on github"
        "All the code on github is public; ask me on slack.",
        "We found kubernetes on github and forked it.",
        # a CSV's user column of numbers, and a header naming its columns
        "user_id,event,ip\n10442,login,10.0.0.1\n10443,logout,10.0.0.2\n",
        "user_id,event,ip,device",
        # quoted words beside a quoted name that are no login made of it, or the name's own word
        "INSERT INTO users VALUES (3, 'active', 'Bright Kwabena');",
        "INSERT INTO users VALUES (4, 'kwabena', 'Bright Kwabena');",
        "cities = [('london', 'Greater London'), ('leeds', 'West Yorkshire')]",
    ],
)
def test_when_a_round23_login_cue_names_no_login_then_nothing_is_found(usernames, text):
    assert not _values(usernames, text)


def test_when_a_doctor_stands_in_a_shifted_visit_field_then_id_names_and_title_are_found(messages):
    text = "PID|1||2207731402^^^HOSP^MR||SONKO^AWA\nPV1|1|I|LABWARD^BED4|||DR1183^SONKO^MODOU^^^DR"
    assert {("ID_NUMBER", "DR1183"), ("PERSON", "SONKO"), ("PERSON", "MODOU"), ("TITLE", "DR")} <= _typed(messages, text)


@pytest.mark.parametrize(
    "text",
    [
        "PV1|1|I|4W^412^B|||4W^412^B^MERCY",  # a prior location where the shifted field stands: a place
        "PV1|1|I|4W^412^B|||WARD3^ROOM^BED^^^A",  # words, but no title: no doctor
    ],
)
def test_when_a_shifted_visit_field_holds_a_place_then_nothing_is_read_from_it(messages, text):
    assert not _values(messages, text)


def test_when_a_json_key_follows_a_quoted_name_then_the_key_is_no_login(detector):
    text = '[{"name": "Lwandle Mqadi", "handle": "@lwandle_mq", "followers": 1840}]'
    found = {(s.entity_type, text[s.start:s.end]) for s in detector.detect([text])[0]}
    assert ("USERNAME", "handle") not in found and ("USERNAME", "lwandle_mq") in found
