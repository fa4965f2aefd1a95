"""Ids of round 22 (recognizers/ids.py): observers' and examiners' numbers, a record's id beside its person's name,
a person's number in a URL's path, a code in brackets after a role and a name, checked shapes without a label
(France's NIR, a RIB, Korea's resident number, a Bitcoin address), and more separators; and what they must leave."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ids import IdNumberRecognizer


@pytest.fixture(scope="module")
def ids():
    return IdNumberRecognizer()


def _values(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an observer's number, in English and Tok Pisin; his card; his JSON object
        ("Observer name: Nelson Kwalea\nObserver no.: SIOB-0611\nDate of birth", "SIOB-0611"),
        ("Claimant: Wesley Bata   Obs no. PGOB-0390\nTrip: 10 Oct", "PGOB-0390"),
        ("Samuel Kila, obseva namba PGOB-1190. Mi go antap", "PGOB-1190"),
        ("a copy of his observer card (FJOB-0562) to the office", "FJOB-0562"),
        ('{"msg":"ping","observer":{"id":"SIOB-0533","name":"Patrick Teika"}}', "SIOB-0533"),
        ("medical by Dr Fiona Gillanders (approved examiner no. 0412)", "0412"),
        # Tok Pisin: an id card's digits, an account "of mine, number"
        ("1. Joseph Lapan — aidi 1007 4418 2250\n2. Elizabeth", "1007 4418 2250"),
        ("long akaun bilong mi, namba 1003 2871 5564, long Disemba", "1003 2871 5564"),
        # separators: a comma after "account", "on the booking", "on form", ")" before ":", a longer phrase before "is"
        ("use her own Kina Bank account, 60 0291 4478, instead.", "60 0291 4478"),
        ("PPSN on the booking: 6620418V. Pay the fee", "6620418V"),
        ('Account on form: "1001 6620 9943".', "1001 6620 9943"),
        ("Importer's reference (tax code / ID): 001058064321\nDescription", "001058064321"),
        ("her CRN for the Child Care Subsidy is 407 218 339K. Mum", "407 218 339K"),
        ("the vehicle registered to them is PKR552.", "PKR552"),
        # a learner driver's permit, a plate after "tag", a clinic's file, a veteran's file
        ("FRSC learner permit ENU 70356 AB, NIN", "ENU 70356"),
        ("holds a provisional licence KLM 448120 since May", "KLM 448120"),
        ("Unit 1 tag LKM-492; Unit 2 tag JPW-7181.", "LKM-492"),
        ("Unit 1 tag LKM-492; Unit 2 tag JPW-7181.", "JPW-7181"),
        ("for her brother Sipho Ndlovu (clinic file KZN-88142) on 30/04", "KZN-88142"),
        ("Medicare: 2953 18477 1   DVA file no.: NX 213804\nAddress", "NX 213804"),
        ("Patient: Bewar Hamid Rashid, 51, M\nFile no.: QT-PHC-08813\nDiagnosis", "QT-PHC-08813"),
        # a prisoner's number where a prison's daily words say where we are
        ("07:10 Roll check: all correct.\n07:15 Ahmed Warsame (A1192MH) escorted", "A1192MH"),
        # a record's id beside its person's name
        ('CUSTOMERS = [\n    {"id": "C-3391", "name": "Bronwyn McKenzie", "tfn": "1"},', "C-3391"),
        ('<child id="KC-3318" name="Harper Nguyen-Smith" dob="2021-03-02">', "KC-3318"),
        ('{"alumni_id": "AL-1998-30417", "name": {"first": "Priscilla", "last": "Owen"}}', "AL-1998-30417"),
        ('<manager ref="E10011">Deborah Klein</manager>', "E10011"),
        ('{"reg_no": "HH-77015", "hoh_name": "Ahmed Jassim Khalaf"}', "HH-77015"),  # a head of household's
        # an XML element naming a person's number, or the number in a person's element
        ("<passenger>\n    <cin>101 982 337 541</cin>\n    <phone>", "101 982 337 541"),
        ("<Period>2024-06</Period><Employee><Number>00831</Number><Name>Okello", "00831"),
        ("<PatientId>P-44120</PatientId>", "P-44120"),
        # a nested person's or document's number
        ('"candidate": {"number": "5532", "uci": "48217G5532A3X"}', "5532"),
        ('"id_document": {"type": "VOTERS_CARD", "number": "90F5B04F29673452876"},', "90F5B04F29673452876"),
        # a person's number in a URL's path or a log's target
        ("user=pkaur attempted GET /students/21BCE1734/transcript (not owner)", "21BCE1734"),
        ("action=VIEW record=patient/MRN-301882 patient_name=", "MRN-301882"),
        ("action=EXPORT_RECORDS target=resident:R-0019384 ip=194.83.71.12", "R-0019384"),
        # a code in brackets after a role and a name
        ("complaint by observer Felix Tabe (PGOB-2874) about", "PGOB-2874"),
        ("OUT_FOR_DELIVERY  driver=Sukhwinder Bhamra (CV-2281)\n", "CV-2281"),
        ("Counter agent: Leilani (#2214)", "2214"),
        # checked shapes without a label
        ("le numéro de votre épouse ; le vôtre (1 84 11 33 815 806 30) figure déjà", "1 84 11 33 815 806 30"),
        ("NIR 292037512004255 sur la carte", "292037512004255"),
        ("nidiran'ny 250 000 Ar ny kaontinao \"00008 00040 05320471093 11\" tamin'ny", "00008 00040 05320471093 11"),
        ("virement sur le compte 30004 00823 00010435270 95 demain", "30004 00823 00010435270 95"),
        ("Jumin deungnok beonho 870314-1048214-ui sayongja", "870314-1048214"),
    ],
)
def test_when_a_label_or_shape_names_a_persons_id_then_it_is_found(ids, text, value):
    assert value in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a record's id beside a thing's name, or a thing's key
        ('{"id": "SKU-4410", "name": "Blue Widget", "price": 9.99}', "SKU-4410"),
        ('{"order_id": "ORD-55120", "first_name": "Anna", "total": 12}', "ORD-55120"),
        ('{"product_id": 44120, "display_name": "Garden Hose"}', "44120"),
        ('<item id="P-2291">Grace Hopper Building</item>', "P-2291"),  # a building, not "Grace" alone: first word a word
        ('{"id": 2024, "name": "Annual Report"}', "2024"),
        ('{"id": 1042, "name": "Victoria Station"}', "1042"),  # a first name, then a place's word
        # XML elements of things
        ("<OrderNumber>55120</OrderNumber>", "55120"),
        ("<EmployeeCount>4410</EmployeeCount>", "4410"),
        ("<Employee><Name>Ann</Name><Salary>52000</Salary></Employee>", "52000"),
        # a role's word before a department or a product, a year or a pull request in brackets
        ("Please contact Member Services (MS-1234) for help", "MS-1234"),
        ("the Patient Safety (PS-4410) committee met", "PS-4410"),
        ("Student Handbook (2024) is online", "2024"),
        ("Fix login bug (#2214)", "2214"),
        # paths and targets that hold no person's number
        ("GET /api/customers/search?q=smith 200", "search"),
        ("GET /members/2024/report HTTP/1.1", "2024"),
        ("see /usr/share/doc/staff/README", "README"),
        # numbers near the new separators that are no ids
        ("I closed the account, 3 months ago", "3"),
        ("see RFC 3986 for the URI syntax", "3986"),
        # a database's row number beside a person's name is no document's number
        ("-- 1 row: id=\"88213\", first_name='Chidinma', phone='+1 832'", "88213"),
        ('{"user": {\n  "id": 880419, "username": "solenne_k", "display_name": "Solenne K."}}', "880419"),
        ("as in RFC: #3123 and RFC#3085", "3123"),
        ("the tag v1.2.3 and the tag CVE-2024-3094 were pushed", "CVE-2024-3094"),
        ("ISO 9001 tag for the plant", "9001"),
        ("the observer pattern notifies 4 listeners", "4"),
        # checked shapes: a wrong key, decimals, a date's dash, a Bitcoin-looking word in prose
        ("le vôtre (1 84 11 33 815 806 31) mal recopié", "1 84 11 33 815 806 31"),  # its key is wrong
        ("p = -9.172448109374933, q = 0.5", "172448109374933"),
        ("compte 30004 00823 00010435270 96", "30004 00823 00010435270 96"),
        ("order 870314-1048215 shipped", "870314-1048215"),
    ],
)
def test_when_the_value_is_not_a_persons_id_then_it_is_left(ids, text, value):
    assert value not in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Observer no.: PGOB-3012\nHome: Section 118, Allotment 9, Lae", "PGOB-3012"),
        ('  <child id="KC-3342" name="Leo Marchetti" dob="2020-12-17">', "KC-3342"),
        ("Votre numéro de sécurité sociale (2 92 03 75 120 042 55) est enregistré.", "2 92 03 75 120 042 55"),
        ("2025-02-27 07:58:14 user=bmurray action=VIEW record=patient/MRN-301882 reason=clinical", "MRN-301882"),
    ],
)
def test_when_the_detector_runs_then_the_id_is_covered(detector, text, value):
    start = text.index(value)
    found = detector.detect([text])[0]
    covered = {i for f in found for i in range(max(start, f.start), min(start + len(value), f.end))}
    assert 2 * len(covered) >= len(value), [(f.entity_type, text[f.start : f.end]) for f in found]


def test_when_a_bech32_address_holds_letters_its_alphabet_lacks_then_the_pack_still_reads_a_wallet(detector):
    # (test data writes them so: "1", "b", "i", "o" are outside bech32's alphabet)
    text = "withdrew 0.8 BTC to bc1q7h3kz9w0x4n8r2m6f5t3y8p0q9d4s2l7v6e5c1 on 27 January"
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.detect([text])[0]}
    assert ("CRYPTO", "bc1q7h3kz9w0x4n8r2m6f5t3y8p0q9d4s2l7v6e5c1") in found
    assert not any(kind == "CRYPTO" for kind, _ in {(f.entity_type, 0) for f in detector.detect(["the abc1 bc1 module"])[0]})
