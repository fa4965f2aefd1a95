"""Values of named fields inside text (recognizers/fields.py): log pairs, JSON, XML; and the
person-number keys a pasted table's header shares with them (recognizers/tables.py)."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.fields import FieldValueRecognizer
from minimize.detection.recognizers.tables import TextTableRecognizer


@pytest.fixture(scope="module")
def fields():
    return FieldValueRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a log line: quoted and bare values; the action and the level are no PII
        ('2024-03-12T10:15:22Z INFO auth action=login full_name="Takeshi Kobayashi" ip=10.4.22.19',
         {("PERSON", "Takeshi Kobayashi"), ("IP_ADDRESS", "10.4.22.19")}),
        ("WARN payment customer_name='Ana Beatriz Souza' zip=04538-133 phone=+55 11 98812-4471",
         {("PERSON", "Ana Beatriz Souza"), ("ZIP_CODE", "04538-133")}),
        ('[{"cardholder": "Hina Matsumoto", "pan": "x"}]', {("PERSON", "Hina Matsumoto")}),  # a card's holder
        # keys of other languages; a courtesy title's key
        ("anrede=Herr\nvorname=Maximilian\nnachname=Reuter\nplz=10115\nort=Berlin",
         {("TITLE", "Herr"), ("PERSON", "Maximilian"), ("PERSON", "Reuter"), ("ZIP_CODE", "10115"), ("LOCATION", "Berlin")}),
        ("<name><prefix>Ms</prefix><given>Ananya</given></name>", {("TITLE", "Ms"), ("PERSON", "Ananya")}),
        # ISO 20022 (SEPA) XML: a street's name and its building's number apart
        ("<Nm>Annika Bergström</Nm><PstlAdr><StrtNm>Vasagatan</StrtNm><BldgNb>14</BldgNb><PstCd>111 20</PstCd>"
         "<TwnNm>Stockholm</TwnNm><Ctry>SE</Ctry></PstlAdr>",
         {("PERSON", "Annika Bergström"), ("ADDRESS", "Vasagatan"), ("ADDRESS", "14"), ("ZIP_CODE", "111 20"),
          ("LOCATION", "Stockholm"), ("LOCATION", "SE")}),
        ("UPDATE drivers SET ssn = '438-27-9150', dl_number = '008814273' WHERE id = 7",  # SQL's " = "
         {("US_SSN", "438-27-9150"), ("ID_NUMBER", "008814273")}),
        ("?name=Keoni&phone=%2B18085550164&zip=96813",  # percent-encoded
         {("PERSON", "Keoni"), ("PHONE_NUMBER", "%2B18085550164"), ("ZIP_CODE", "96813")}),
        # JSON nested in a message; numbers unquoted; the order id is a record's, not a person's
        (('{"customer": {"first_name": "Tendai", "last_name": "Moyo", "dob": "1991-06-30", "age": 33, '
          '"city": "Bulawayo", "national_id": "08-441729 F 42", "order_id": "ORD-55812"}}'),
         {("PERSON", "Tendai"), ("PERSON", "Moyo"), ("DATE_TIME", "1991-06-30"), ("AGE", "33"),
          ("LOCATION", "Bulawayo"), ("ID_NUMBER", "08-441729 F 42")}),
        # a Python dict with single quotes
        ("payload={'email': 'wren.h@fastmail.fm', 'passport_no': 'X4471829'}",
         {("EMAIL_ADDRESS", "wren.h@fastmail.fm"), ("ID_NUMBER", "X4471829")}),
        # XML elements, camelCase keys
        ("<Patient><GivenName>Aroha</GivenName><FamilyName>Ngata</FamilyName><NHI>ZAB1234</NHI></Patient>",
         {("PERSON", "Aroha"), ("PERSON", "Ngata"), ("ID_NUMBER", "ZAB1234")}),
        # numbers a person holds, by their key; amounts and orders are none
        ("login customer_id=CUS-0039281 membership_no=M4471920 order_id=884120 amount=12.50",
         {("ID_NUMBER", "CUS-0039281"), ("ID_NUMBER", "M4471920")}),
        # a log's user is a login (a blank ends the bare value)
        ("INFO user=bob state=ok note=all good", {("USERNAME", "bob")}),
        # a bare "name" with a known first name is a person's
        ('{"name": "Priyanka Rao", "status": "shipped"}', {("PERSON", "Priyanka Rao")}),
        # a query string: short keys, and a value with a blank that "&" ends
        ("POST /signup\nfirst=Hemi&last=Te Awa&plan=basic", {("PERSON", "Hemi"), ("PERSON", "Te Awa")}),
        ("/book?patient=Bui+Van+Hieu&dob=1977-03-05", {("PERSON", "Bui+Van+Hieu"), ("DATE_TIME", "1977-03-05")}),  # "+" joins
        # SQL: the columns name the values by position, rows after rows
        ("INSERT INTO patients (mrn, surname, forename, notes) VALUES ('RH00481927', 'Pemberton', 'Lucia', 'ok'), "
         "('RH00481928', 'O''Brien', 'Sean', NULL);",
         {("ID_NUMBER", "RH00481927"), ("PERSON", "Pemberton"), ("PERSON", "Lucia"), ("ID_NUMBER", "RH00481928"),
          ("PERSON", "O''Brien"), ("PERSON", "Sean")}),
        # FHIR-like XML, a platform's login and wallets in JSON
        ("<given>Ifeoma</given><family>Chukwu</family>", {("PERSON", "Ifeoma"), ("PERSON", "Chukwu")}),
        ('{"uid":"moonlit_quokka","btc":"3Kq7TbnNv5pRzX2cWd9HfMe4LsJy8AuGh1"}',
         {("USERNAME", "moonlit_quokka"), ("ID_NUMBER", "3Kq7TbnNv5pRzX2cWd9HfMe4LsJy8AuGh1")}),
        # a key in another script ("姓名": a full name)
        # an iCalendar attendee's name; an environment-style key in capitals
        ("BEGIN:VEVENT\nATTENDEE;CN=Elif Kaya;ROLE=REQ-PARTICIPANT:mailto:elif@example.com\nEND:VEVENT",
         {("PERSON", "Elif Kaya")}),
        ("data:\n  TEST_EMPLOYEE_NAME: \"Oyinkansola Bright\"\n  TEST_EMPLOYEE_DOB: \"1990-04-02\"",
         {("PERSON", "Oyinkansola Bright"), ("DATE_TIME", "1990-04-02")}),
        ('{"姓名": "王建国", "身份证号": "110105198604120038"}', {("PERSON", "王建国"), ("ID_NUMBER", "110105198604120038")}),
        # a JSON array of strings: each item typed by its key (FHIR's name parts)
        ('"name": [{"family": "Tapsell", "given": ["Mereana", "Huia"], "prefix": ["Mrs"]}]',
         {("PERSON", "Tapsell"), ("PERSON", "Mereana"), ("PERSON", "Huia"), ("TITLE", "Mrs")}),
        # YAML: snake_case keys, and a bare "id" named by the block it is in
        ("employee:\n  id: EMP004417\n  first_name: Kalani\n  dob: '1991-04-02'\n  department: Finance",
         {("ID_NUMBER", "EMP004417"), ("PERSON", "Kalani"), ("DATE_TIME", "1991-04-02")}),
        # "user" in Spanish; whoever opened a record, by login; a pair inside a quoted value (systemd's Environment=)
        ('{"usuario": "fer_castaneda", "opened_by": "agent_ski", "created_by": "svc_import"}',
         {("USERNAME", "fer_castaneda"), ("USERNAME", "agent_ski")}),
        ('[Service]\nEnvironment="BACKUP_USER=jsmith"', {("USERNAME", "jsmith")}),
        ('{"export_generated_for": "moonlit_fern", "count": 3}', {("USERNAME", "moonlit_fern")}),  # whom it was made for
        # code: a builder's calls and an object's keys without quotes
        ('User.builder()\n    .firstName("Ngozi")\n    .setLastName("Eze-Uzoma")\n    .build();',
         {("PERSON", "Ngozi"), ("PERSON", "Eze-Uzoma")}),
        ("const p = {\n  name: { given: 'Mehmet', family: 'Yılmaz' },\n  sku: 'WP-1182'\n};",
         {("PERSON", "Mehmet"), ("PERSON", "Yılmaz")}),
        # an HTML form's inputs by their names; a FHIR reference's display name
        ('<input name="first_name" value="Chiamaka">\n<input type="text" name="dl_state" value="LA">',
         {("PERSON", "Chiamaka"), ("LOCATION", "LA")}),
        ('{"actor": {"reference": "Patient/77120", "display": "Tui Fonoti"}}', {("PERSON", "Tui Fonoti")}),
        ("oncall:\n  name: Sunita Rao\n  slack: srao", {("PERSON", "Sunita Rao"), ("USERNAME", "srao")}),  # a chat handle
        ("Incidència #20931\nUsuari: mgarciavilalta\nEstat: obert", {("USERNAME", "mgarciavilalta")}),  # Catalan "user"
    ],
)
def test_when_a_key_names_a_persons_field_then_its_value_is_found(fields, text, expected):
    assert _found(fields, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Widget Pro", "price": 9.5, "sku": "WP-1182"}',  # a product's name
        'job=nightly-build name="Backfill Orders" status=ok retries=3',  # a job's name
        '{"first_name": "", "last_name": null, "city": "n/a"}',  # empty and placeholder values
        "if (a == b) { x = y; }",  # code, no keys that say PII
        "2 + 2 = 4, and the ratio a=b holds",
        "INFO job=bob state=ok retry=2 note=all good",  # a blank ends a bare log value
        "WARN auth failed user=root ip_source=cron",  # a machine's login is no person's
        "server:\n  id: 42\n  name: web-01\n  region: eu-west",  # a server's block: its id is no person's
        '{"country_code": "12345", "age": 430}',  # values that do not fit their key
        '<input name="search" value="blue shoes"><input type="hidden" name="csrf" value="a8f9e2">',  # a form's other inputs
        '{"reference": "Location/12", "display": "Ward 4 East"}',  # a FHIR reference to no person
    ],
)
def test_when_no_key_says_pii_or_the_value_does_not_fit_then_nothing_is_found(fields, text):
    assert _found(fields, text) == set()


def test_when_a_pasted_table_has_a_person_number_column_then_its_cells_are_ids():
    text = "name,member_id,plan\nLeilani Kahale,MB-204417,gold\nTomasz Wrona,MB-204418,silver"
    found = _found(TextTableRecognizer(), text)
    assert {("ID_NUMBER", "MB-204417"), ("ID_NUMBER", "MB-204418")} <= found
    assert not {f for f in found if f[1] in ("gold", "silver")}


def test_when_a_log_line_reaches_the_default_detector_then_the_key_and_quotes_stay_outside(detector):
    text = "WARN payment customer_name='Ana Beatriz Souza' email=ana.souza@uol.com.br"
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("EMAIL_ADDRESS", "ana.souza@uol.com.br") in found
    assert ("PERSON", "Ana Beatriz Souza") in found
    assert not [f for f in found if f[1].startswith(("email=", "'")) or f[1].endswith("'")]


def test_when_a_query_string_holds_an_email_then_no_other_field_joins_it(detector):
    text = "first=Hemi&last=Te Awa&email=hemi.teawa@example.co.nz&plan=basic"
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("EMAIL_ADDRESS", "hemi.teawa@example.co.nz") in found


def test_when_a_pasted_table_lists_fields_and_values_then_each_value_is_typed_by_its_row():
    text = "Field | Value\n---|---\nFirst name | Kofi\nSurname | Boateng\nMRN | HX-0044817\nWard | 4B\nPlan | Gold"
    found = _found(TextTableRecognizer(), text)
    assert found == {("PERSON", "Kofi"), ("PERSON", "Boateng"), ("ID_NUMBER", "HX-0044817")}


VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Abernethy;Siobhan;;Dr.;\nFN:Dr. Siobhan Abernethy\nORG:Riverside Physio\n"
    "TEL;TYPE=CELL:+44 7911 123456\nADR;TYPE=HOME:;;22 Mill Lane;Hexham;Northumberland;NE46 3BT;UK\n"
    "BDAY:1979-02-11\nEND:VCARD"
)
MAIL = (
    'From: "Halvorsen, Ingrid" <ingrid.halvorsen@fjordmail.no>\nTo: Bjørn Eriksen <bjorn.e@fjordmail.no>\n'
    "Cc: tove.lund@fjordmail.no\nSubject: Re: leie av leilighet\n\nFrom: the landlord's office, see below"
)


def test_when_a_vcard_is_pasted_then_its_properties_are_typed_by_position(fields):
    assert _found(fields, VCARD) == {
        ("PERSON", "Abernethy"), ("PERSON", "Siobhan"), ("TITLE", "Dr."), ("PHONE_NUMBER", "+44 7911 123456"),
        ("ADDRESS", "22 Mill Lane"), ("LOCATION", "Hexham"), ("LOCATION", "Northumberland"),
        ("ZIP_CODE", "NE46 3BT"), ("LOCATION", "UK"), ("DATE_TIME", "1979-02-11"),
    }


def test_when_an_ical_event_is_pasted_then_its_days_are_dates_and_its_markers_no_names(detector):
    text = "BEGIN:VEVENT\nSUMMARY:Physio\nDTSTART;TZID=Europe/London:20240517T093000\nDTSTAMP:20240401T100000Z\nEND:VEVENT"
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("DATE_TIME", "20240517") in found
    assert not {value for kind, value in found if kind == "PERSON"}
    assert "20240401" not in {value for _, value in found}  # when the file was written: no one's event


def test_when_a_mail_header_names_its_sender_then_the_display_name_is_a_person(fields):
    assert _found(fields, MAIL) == {("PERSON", "Halvorsen, Ingrid"), ("PERSON", "Bjørn Eriksen")}


def test_when_a_query_string_names_a_city_then_the_detector_keeps_it(detector):
    text = "GET /signup?first=Amara&last=Nwachukwu&city=Hamburg&plan=pro&ref=fb_ad_2291 HTTP/1.1"
    found = {(s.entity_type, text[s.start:s.end]) for s in detector.detect([text])[0]}
    assert {("LOCATION", "Hamburg"), ("PERSON", "Nwachukwu")} <= found
    assert not any("&" in value for _, value in found)  # no value runs into the next field


def test_when_a_log_line_names_a_user_then_its_bare_name_key_is_a_person(fields):
    text = 'WARN account locked user=karo_ede name="Oghenekaro Ede" phone=+2348034417729'
    assert ("PERSON", "Oghenekaro Ede") in _found(fields, text)


def test_when_a_fhir_identifier_names_its_system_then_its_value_is_an_id(fields):
    text = ('{"identifier": [{"system": "https://standards.digital.health.nz/ns/nhi-id", "value": "PRW3059"}, '
            '{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "471-22-0943"}], '
            '"telecom": [{"system": "phone", "value": "021 880 4172"}]}')
    found = _found(fields, text)
    assert {("ID_NUMBER", "PRW3059"), ("US_SSN", "471-22-0943")} <= found and ("ID_NUMBER", "021 880 4172") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's keys in words
        ("COMPLAINT - HOUSING DISREPAIR\nComplainant: Precious Moyo\nPhone: 07982 335 114", ("PERSON", "Precious Moyo")),
        # a directory entry's common name, surname and given name (LDAP)
        ("uid: jmbeki\ncn: Jabulani Mbeki\nsn: Mbeki\ngivenName: Jabulani", ("PERSON", "Jabulani Mbeki")),
        ("uid: jmbeki\ncn: Jabulani Mbeki\nsn: Mbeki\ngivenName: Jabulani", ("PERSON", "Jabulani")),
        # an element naming its field by an attribute, or holding its value in one (FHIR)
        ('<form>\n  <field id="fullname">Ngaire Tupaea</field>\n</form>', ("PERSON", "Ngaire Tupaea")),
        ('<name><family value="Oyelowo"/><given value="Babatunde"/></name>', ("PERSON", "Oyelowo")),
        # a birthday without its year; a service's login variable inside another's value; a postal code in Indonesian
        ('members:\n  - name: Aisha Thompson\n    birthday: "06-12"', ("DATE_TIME", "06-12")),
        ("[Service]\nEnvironment=SYNC_USER=ongkx\nEnvironment=SYNC_EMAIL=k@u.nus.edu", ("USERNAME", "ongkx")),
        ("[Service]\nEnvironment=ADMIN_PHONE=+1-919-447-2086", ("PHONE_NUMBER", "+1-919-447-2086")),
        ('{"kota": "Surabaya", "kode_pos": "60115"}', ("ZIP_CODE", "60115")),
        ('volunteers:\n  - name: Kwabena Asare\n    dbs_number: "001729384456"', ("ID_NUMBER", "001729384456")),
        # a bare name inside a person's element, or beside a given name's element
        ("<Remittance>\n  <Sender>\n    <Name>Shafiqul Alam</Name>\n  </Sender>", ("PERSON", "Shafiqul Alam")),
        ("<Versicherter>\n  <Name>Nussbaumer</Name>\n  <Vorname>Matthias</Vorname>", ("PERSON", "Nussbaumer")),
        # a paper form's fields two blanks apart on one line
        ("Surname: Adebayo  First name: Temitope  Other names: Folasade\nTitle: Miss", ("PERSON", "Temitope")),
        ("Familienname: Ozturk    Vorname: Elif\nStaatsangehörigkeit: Türkei    Religionsbekenntnis: islamisch",
         ("NRP", "islamisch")),
        ("Lead owner: Sam Ortiz\nFirst name: Jerome    Last name: Fontaine\nCompany: Fontaine & Sons", ("PERSON", "Fontaine")),
        # a name under a block of people further up; a list of payees; a child's parent; a reviewer's login
        ('contacts:\n  secondary:\n    name: Mereana Walker\n    phone: "+64 21 903 377"', ("PERSON", "Mereana Walker")),
        ("payees:\n  - name: Wim Peeters\n    iban: BE84 3100 2254 9859", ("PERSON", "Wim Peeters")),
        # a bare name with a person's keys after it; a list of accounts names its logins
        ('oncall:\n  secondary:\n    name: Mereana Walker\n    phone: "+64 21 903 377"', ("PERSON", "Mereana Walker")),
        ('admin_users:\n  - name: lvanzyl\n    gecos: "Liesl van Zyl"\n    email: l@k.co.za', ("USERNAME", "lvanzyl")),
        ("students:\n  - name: Ffion Roberts\n    parent: Gwenllian Roberts", ("PERSON", "Gwenllian Roberts")),
        ('{"review_id": 55120, "reviewer": "wanderlust_meg", "rating": 5}', ("USERNAME", "wanderlust_meg")),
        # a Czech street; a contact's number is a phone
        ('"adresa": {"ulice": "Sokolská 1602/62", "mesto": "Praha 2"}', ("ADDRESS", "Sokolská 1602/62")),
        ("Homeowner: Yes\nContact number: 01582 730 441    Email: w.a@bt.com", ("PHONE_NUMBER", "01582 730 441")),
    ],
)
def test_when_a_record_names_its_field_in_words_an_attribute_or_ldap_then_its_value_is_typed(fields, text, expected):
    assert expected in _found(fields, text)


@pytest.mark.parametrize(
    "text",
    [
        "Time at address: 2 yrs 4 mths\nAddress: 12 Hill Rd",  # how long, no address
        '{"summary": "cannot print", "state": "new"}',  # a ticket's state written small
        "Date of incident: 02/19/2025\nLocation: cafeteria",  # a room, no place
        "Holder: Amir Haddad\nAadhaar: XXXX XXXX 7731",  # a number masked already
        "Our ref: CR/88172/JH     Original account: ending 7719\nMr. Jordan Heathcote",  # its last digits only
        "Switchboard: 020 7946 0000. Appointments line: 0300 555 0199 (8am to 6pm). General enquiries: x@y.uk",  # a phone line
        "Reference: RFC 1918, ITIL v4. Approver: Change Advisory Board.",  # a board approves, no one's name
    ],
)
def test_when_a_record_field_holds_no_pii_of_its_kind_then_nothing_of_it_is_found(fields, text):
    found = _found(fields, text)
    assert not {value for _, value in found if value in ("2 yrs 4 mths", "new", "cafeteria", "XXXX XXXX 7731", "ending 7719",
                                                         "0300 555 0199 (8am to 6pm)", "Change Advisory Board")}


def test_when_an_sms_log_quotes_a_greeting_then_the_name_is_found(detector):
    text = '2024-04-10 09:12:44 | OUT | to=2348034412976 | "Dear Funmilayo, your refill is ready."'
    assert "Funmilayo" in {text[r.start : r.end] for r in detector.detect([text])[0] if r.entity_type == "PERSON"}


def test_when_ner_reads_a_name_into_a_forms_next_field_then_the_label_is_no_name(detector):
    text = "Employee: Brandon Kowalczyk   Employee ID: 104877\nEmployee signature: B. Kowalczyk   Date: 03/25/2024\n" \
           "Title: Miss  Date of birth: 12/03/1990"
    names = {text[r.start : r.end] for r in detector.detect([text])[0] if r.entity_type == "PERSON"}
    assert "B. Kowalczyk" in names and not {name for name in names if "Date" in name}


def test_when_ner_runs_into_markup_then_the_tag_is_cut_off(detector):
    text = '<form name="signup">\n  <field id="fullname">Ngaire Tupaea</field>\n</form>'
    assert not any("<" in text[r.start : r.end] for r in detector.detect([text])[0])
