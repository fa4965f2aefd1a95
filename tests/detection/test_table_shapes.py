"""Round 21 of pasted tables (recognizers/tables.py, columns.py): fixed-width rows with an empty cell, new headers
(a flat, a plot, a trip, a party), names with a note or a "+", logins their row shows, and what stays untyped."""
from __future__ import annotations

import pytest

from minimize.detection.columns import infer_column
from minimize.detection.recognizers.tables import TextTableRecognizer


@pytest.fixture(scope="module")
def tables():
    return TextTableRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fixed-width row with an empty cell further down: the table is read by position, not dropped there
        ("SEQ  NAME                      PNR     SEAT  FQTV           NAT  PASSPORT\n"
         "001  MURPHY/SEAN MR            K2LQ9P  02A   EI 1120044     IRL  PB1122334\n"
         "002  OKAFOR/ADAEZE MRS         X4KQ2L  03B                  NGA  B03392818\n"
         "003  FITZGERALD/AOIFE MS       J7RT9P  11K   EI 3318820     IRL  PX4418290",
         {("NRP", "NGA"), ("ID_NUMBER", "B03392818"), ("PERSON", "FITZGERALD/AOIFE MS"), ("ID_NUMBER", "PX4418290")}),
        # ... or one blank between two cells ("GOODS-IN days")
        ("BADGE  NAME                  DEPT     SHIFT   START\n"
         "40118  Lamin Ceesay          PACK-2   days    01 Jul 2024\n"
         "40125  Bogdan Marinescu      GOODS-IN days    08 Jul 2024\n"
         "40131  Precious Moyo         RETURNS  nights  15 Jul 2024",
         {("ID_NUMBER", "40125"), ("PERSON", "Bogdan Marinescu"), ("ID_NUMBER", "40131"), ("PERSON", "Precious Moyo")}),
        # ... or a bed with no one in it
        ("BED  PATIENT               NHI       CONSULTANT\n4A   Mele Tupou            PRM3025   Dr Moala\n"
         "4C   (empty)\n4D   Sunil Prasad          JTD1186   Dr Chen",
         {("ID_NUMBER", "JTD1186"), ("PERSON", "Sunil Prasad")}),
        # a flat in Switzerland by floor, number and side under "Wohnung"
        ("Mieter,Wohnung,Strasse,Telefon\nCorinne Baumann,3.2 links,Zürcherstrasse 118,052 212 48 90\n"
         "Thomas Gerber,1.1,Zürcherstrasse 118,079 334 71 26",
         {("ADDRESS", "3.2 links"), ("ADDRESS", "1.1")}),
        # a compound's house by block letter and number; a South African plot under "stand"
        ("name,phone_number,house,amount_kes\nFAITH ATIENO,254711207364,C1,15500", {("ADDRESS", "C1")}),
        ("stand\taccount\towner\nErf 1142\t30018827\tMr T. Maseko", {("ADDRESS", "Erf 1142"), ("PERSON", "Mr T. Maseko")}),
        # a property's and a building's address line; an unquoted comma in it no longer ends the table
        ("deposit_ref,tenant,property,paid_on\nDPS-771204,Jordan Whitlock,Flat 1, 9 Cathays Terrace,2024-07-01",
         {("PERSON", "Jordan Whitlock"), ("ADDRESS", "Flat 1, 9 Cathays Terrace")}),
        # an address of no number, a house's name and its places
        ("rma\tname\taddress\tpostcode\nRMA-30433\tEilidh Ross\tThe Byre, Mains of Auchmacoy, Ellon\tAB41 8RB",
         {("ADDRESS", "The Byre, Mains of Auchmacoy, Ellon")}),
        # a home in Spanish
        ('cliente,nombre,domicilio,cp\nCL-0089077,Iker Zubizarreta,"Kale Nagusia 4, 2º dcha.",48005',
         {("ADDRESS", "Kale Nagusia 4, 2º dcha.")}),
        # a school trip's place; a Flemish municipality; an Indonesian village; Kenya's parties by their letters
        ("name,form,trip,consent\nFreya Dawson,9C,Ironbridge Gorge,yes", {("LOCATION", "Ironbridge Gorge")}),
        ("| Naam | Gemeente | E-mail |\n|---|---|---|\n| Yassine El Amrani | Boom | y.elamrani@hotmail.com |",
         {("LOCATION", "Boom")}),
        ("no,nama,nik,desa\n3,Tukiyem,3309055811480002,Sindon", {("LOCATION", "Sindon")}),
        ("voter_no,name,party\nVR-0047731,Mercy Achieng,ODM", {("NRP", "ODM")}),
        ("WARD      CANDIDATE                   PARTY                        VOTES\n"
         "Abbey     Ellis Okonedo               Green Party                  977",
         {("NRP", "Green Party")}),
        # a CSV header whose word has its unit in brackets ("fecha (de atención)")
        ("nombre,edad,comunidad,fecha (de atención)\nSaturnino Ccoa,4,Ccorca,12/03/2024", {("LOCATION", "Ccorca")}),
        # who saw a patient, with their grade first; who paid; who counted stock (a known given name)
        ("| Patient | Clinician | Time |\n|---|---|---|\n| Kowalski, Adam | ANP K. Lowry | 09:40 |",
         {("PERSON", "ANP K. Lowry")}),
        ("| Date | Paid by | Amount |\n|---|---|---|\n| 05/03/2025 | Oyelaran M. | £600.00 |", {("PERSON", "Oyelaran M.")}),
        ("sku,bin,on_hand,counted_by\nBP-4410,D-07-01,0,Agnieszka W.", {("PERSON", "Agnieszka W.")}),
        # guests with a "+" between them or a note after the name
        ("| Guest | Seats |\n|---|---|\n| Hannah + Oisín Breathnach | 2 |\n| Becca (plus one TBC) | 2 |",
         {("PERSON", "Hannah + Oisín Breathnach"), ("PERSON", "Becca")}),
        # a surname written small in its own column
        ("first,last,email\nmia,rodriguez,miarodz@gmail.com", {("PERSON", "mia"), ("PERSON", "rodriguez"),
                                                               ("EMAIL_ADDRESS", "miarodz@gmail.com")}),
        # a handle its profile's address ends on, and a laptop named for its user, whatever their columns
        ("| Shop | Maker | Profile |\n|---|---|---|\n| Little Loom | priyaweaves | https://www.craftmarket.co.uk/people/priyaweaves |",
         {("USERNAME", "priyaweaves")}),
        ("| Case | Account | Link |\n|---|---|---|\n| M-7706 | bigtruckbilly | https://www.tiktok.com/@bigtruckbilly |",
         {("USERNAME", "bigtruckbilly")}),
        ("ip,assigned,hostname,owner\n10.0.0.47,2024-02-11,laptop-jmorales,Julia Morales",
         {("IP_ADDRESS", "10.0.0.47"), ("USERNAME", "jmorales"), ("PERSON", "Julia Morales")}),
        # a day with its weekday and time, or its time first, in a column of dates
        ("MRN        PATIENT                 APPT\n00731902   Wendell Okafor          Mon 3/17 9:15a",
         {("PERSON", "Wendell Okafor"), ("DATE_TIME", "Mon 3/17 9:15a")}),
        ("| Name | Email | Checked in |\n|---|---|---|\n| Tomás Ó Briain | tobriain@tcd.ie | 09:30, 15 May |",
         {("PERSON", "Tomás Ó Briain"), ("EMAIL_ADDRESS", "tobriain@tcd.ie"), ("DATE_TIME", "09:30, 15 May")}),
        # a person's reference, a Nigerian voter's VIN
        ("yp_ref,initials,age\nYJ0441,K.M.,15", {("ID_NUMBER", "YJ0441"), ("PERSON", "K.M."), ("AGE", "15")}),
        ("VIN                    SURNAME       FIRST NAME\n90F5B04F19284413702    ADEKUNLE      BOLANLE",
         {("ID_NUMBER", "90F5B04F19284413702"), ("PERSON", "ADEKUNLE"), ("PERSON", "BOLANLE")}),
        # Thai headers and a Thai plate with its province; a Chinese header with its unit in full-width brackets
        ("| ชื่อ | สัญชาติ | ทะเบียนรถ |\n|---|---|---|\n| สมชาย รักไทย | ไทย | กข 7719 ภูเก็ต |",
         {("PERSON", "สมชาย รักไทย"), ("NRP", "ไทย"), ("ID_NUMBER", "กข 7719 ภูเก็ต")}),
        ("ชื่อผู้ใช้ไฟ\tที่อยู่\tหน่วย\nสุนทร มีสุข\t55/8 ถนนพหลโยธิน เขตพญาไท\t412",
         {("PERSON", "สุนทร มีสุข"), ("ADDRESS", "55/8 ถนนพหลโยธิน เขตพญาไท")}),
        ("| 姓名 | 地址 | 邮区 | 本期金额（新元） |\n|---|---|---|---|\n| 陈国强 | 淡滨尼北4道第826座 #11-207 | 520826 | 142.35 |",
         {("PERSON", "陈国强"), ("ADDRESS", "淡滨尼北4道第826座 #11-207"), ("ZIP_CODE", "520826")}),
        # a Chinese plate under "车牌"
        ("姓名\t车牌\n王丽\t京N·8K2F7", {("PERSON", "王丽"), ("ID_NUMBER", "京N·8K2F7")}),
    ],
)
def test_when_a_table_has_new_shapes_then_its_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a house's points, a school house's name
        ("team,house,points\nRed,4,12\nBlue,7,9", {("ADDRESS", "4"), ("ADDRESS", "7")}),
        ("Pupil | House | Email\nAmy Lee | Gryffindor | amy@x.com", {("ADDRESS", "Gryffindor")}),
        # a property's kind, a documentation table's properties
        ("| Property | Beds | Agent |\n|---|---|---|\n| 3 Bed Semi | 3 | Tom Sheridan |\n| Detached, Freehold | 4 | Tom Sheridan |",
         {("ADDRESS", "3 Bed Semi"), ("ADDRESS", "Detached, Freehold")}),
        ("| Property | Type | Default |\n|---|---|---|\n| width | number | 100 |", {("ADDRESS", "width")}),
        # an online venue; a trip's kind; a fair's stand
        ("| Event | Venue | Host |\n|---|---|---|\n| Standup | Zoom | Amy Lee |", {("LOCATION", "Zoom")}),
        ("name,form,trip,consent\nFreya Dawson,9C,Day trip,yes\nAarav Sharma,9C,Residential,no",
         {("LOCATION", "Day trip"), ("LOCATION", "Residential")}),
        ("exhibitor\tstand\tcontact\nAcme Ltd\tStand 14\tAmy Lee", {("ADDRESS", "Stand 14")}),
        # a hospital's ward; a log's session id
        ("| Patient | Ward | Bed |\n|---|---|---|\n| Amy Lee | Maternity | 4 |\n| Tom Lee | AMU | 2 |",
         {("LOCATION", "Maternity"), ("LOCATION", "AMU")}),
        ("sid,user,started\n8f2a9c71e0b54d3a,amy,2024-05-01\nSM0c1a77e2,tom,2024-05-02",
         {("ID_NUMBER", "8f2a9c71e0b54d3a"), ("ID_NUMBER", "SM0c1a77e2")}),
        # a yes/no column under a header of people
        ("| Name | Staff | Email |\n|---|---|---|\n| Amy Lee | Yes | amy@x.com |", {("PERSON", "Yes")}),
        # a birthday party, a rating
        ("| Booking | Party | Contact |\n|---|---|---|\n| B-1 | Birthday Party | Amy Lee |", {("NRP", "Birthday Party")}),
        ("| Customer | Review |\n|---|---|\n| Amy Lee | 4/5 |", {("DATE_TIME", "4/5")}),
        # a shop's product page ends on the product, no login
        ("| Product | Link | Price |\n|---|---|---|\n| widget | https://shop.example.com/products/widget | £4 |",
         {("USERNAME", "widget")}),
        # a bot or a service that created a row; a product with a note in a column of names
        ("id,title,created_by\n101,Fix login,System\n102,New form,Deploy Bot", {("PERSON", "System"), ("PERSON", "Deploy Bot")}),
        ("| Name | Phone |\n|---|---|\n| Widget (small) | 0412 555 019 |", {("PERSON", "Widget")}),
        # common words written small in a column of names
        ("first,last,email\nsame,unknown,a@b.com\nhome,work,x@y.com",
         {("PERSON", "same"), ("PERSON", "unknown"), ("PERSON", "home"), ("PERSON", "work")}),
        # prose with brackets and commas is no table
        ("We met at the cafe, ordered tea (with milk), and talked.\nThen we left, walked home (slowly), and slept.", None),
    ],
)
def test_when_a_cell_only_looks_like_pii_then_it_stays_untyped(tables, text, unwanted):
    found = _found(tables, text)
    assert not found if unwanted is None else not (found & unwanted)


def test_when_prose_follows_a_fixed_width_table_then_it_is_no_row(tables):
    text = ("STAFF NO  NAME              DEPT\n001122    Amy Lee           Sales\n001123    Jo Hart           IT\n"
            "Note: please check the rows above and tell the office.")
    assert _found(tables, text) == {("ID_NUMBER", "001122"), ("PERSON", "Amy Lee"), ("ID_NUMBER", "001123"),
                                    ("PERSON", "Jo Hart")}


@pytest.mark.parametrize(
    ("field", "values", "entity"),
    [
        ("property", ["9 Cotham Vale", "Apt 3, The Maltings, Green Street, Callan"], "ADDRESS"),  # an address line
        ("home_address_number", [43, "12A"], "ADDRESS"),  # a house's number under its address
        ("next_visit", ["12/06", "Mon 3/17 9:15a"], "DATE_TIME"),
        ("geburtsort", ["Mazar-i-Sharif", "Kabul"], "LOCATION"),
        ("house", ["4", "7"], None),  # (counts: not typed, so no column at all)
    ],
)
def test_when_structured_columns_have_new_names_then_they_are_typed(field, values, entity):
    column = infer_column(field, values)
    assert (column.entity if column else None) == entity


def test_when_the_detector_reads_a_yaml_address_then_its_number_is_found(detector):
    text = ("staff:\n  - name: Liam Tran\n    home_address:\n      unit: Unit 7\n      number: 43\n"
            "      street: Beaconsfield Parade\n")
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.detect([text])[0]}
    assert ("ADDRESS", "43") in found


def test_when_the_detector_reads_a_json_plate_then_it_is_found(detector):
    text = ('{"姓名": "王丽", "车牌": "京N·8K2F7"}\n{"姓名": "陈美玲", "车牌": "苏E·3M91Q"}')
    found = {text[f.start:f.end] for f in detector.detect([text])[0]}
    assert {"京N·8K2F7", "苏E·3M91Q"} <= found
