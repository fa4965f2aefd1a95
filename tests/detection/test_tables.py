"""Tables pasted in free text (recognizers/tables.py), alone and in the default detector."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.tables import TextTableRecognizer

CSV = (
    "Export from the volunteer sign-up sheet:\n"
    "id,first_name,last_name,email,phone,city\n"
    "1042,Hai,Tran,tran.hai.vn@gmail.com,+84 90 318 2265,Da Nang\n"
    "1043,Olga,Nowicka,o.nowicka@wp.pl,+48 601 228 913,Gdańsk"
)
MARKDOWN = (
    "| Name | Desk | Ext | Mobile |\n"
    "|---|---|---|---|\n"
    "| Siobhán Kelly | 3.14 | 2207 | 087 219 4460 |"
)
TSV = "Employee\tContact\tRelation\tPhone\nAnh Nguyen\tLinh Nguyen\tsister\t0412 555 019"
PIPES = (
    "Candidate | Role | Stage | Contact | Notes\n"
    "Aiyana Redcloud | Data analyst | Final | aiyana.redcloud@outlook.com | available from 1 Nov"
)
SEMICOLONS = "badge_name;company;country;handle\nZeynep;Trendyol;Türkiye;zeynepcodes"
VISITORS = "Time | Visitor | Host | Car reg\n08:40 | Leah Goldberg | P. Sandhu | LB19 XKE"


@pytest.fixture(scope="module")
def tables():
    return TextTableRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a CSV export: names, email, phone and city typed by the header; the id is no PII
        (CSV, {("PERSON", "Hai"), ("PERSON", "Tran"), ("EMAIL_ADDRESS", "tran.hai.vn@gmail.com"),
               ("PHONE_NUMBER", "+84 90 318 2265"), ("LOCATION", "Da Nang"), ("PERSON", "Olga"),
               ("PERSON", "Nowicka"), ("EMAIL_ADDRESS", "o.nowicka@wp.pl"), ("PHONE_NUMBER", "+48 601 228 913"),
               ("LOCATION", "Gdańsk")}),
        # markdown: outer pipes and the separator row; desk and extension are no PII
        (MARKDOWN, {("PERSON", "Siobhán Kelly"), ("PHONE_NUMBER", "087 219 4460")}),
        # tabs; "Contact" holds a name, "Relation" is untyped
        (TSV, {("PERSON", "Anh Nguyen"), ("PERSON", "Linh Nguyen"), ("PHONE_NUMBER", "0412 555 019")}),
        # "Candidate" is a header of free-text tables; an email under "Contact" is no name; Notes is prose
        (PIPES, {("PERSON", "Aiyana Redcloud")}),
        # semicolons; the company is no PII, a handle is a USERNAME
        (SEMICOLONS, {("PERSON", "Zeynep"), ("LOCATION", "Türkiye"), ("USERNAME", "zeynepcodes")}),
        # a visitor log: "Host" stays untyped, a car registration is an ID_NUMBER
        (VISITORS, {("PERSON", "Leah Goldberg"), ("PERSON", "P. Sandhu"), ("ID_NUMBER", "LB19 XKE")}),  # the host too
        # a quoted CSV cell keeps its comma
        ('name,email\n"Smith, Jo",jo@example.com', {("PERSON", "Smith, Jo"), ("EMAIL_ADDRESS", "jo@example.com")}),
        # "Name" beside nothing else typed: a known first name makes it a person's
        ("Name | Notes\nAnna Berg | called twice\nWidget Pro | out of stock", {("PERSON", "Anna Berg")}),
        # a date column is a DATE_TIME as in structured columns; a clock time is none
        ("Guest | Arrival date | Time\nKofi Mensah | 2024-05-03 | 14:00",
         {("PERSON", "Kofi Mensah"), ("DATE_TIME", "2024-05-03")}),
        # a header repeated down a pasted table is no row; Windows line breaks; outer pipes on rows only
        ("Name,Email\r\nAna Ruiz,ana@example.com\r\nName,Email\r\nBo Li,bo@example.com",
         {("PERSON", "Ana Ruiz"), ("EMAIL_ADDRESS", "ana@example.com"), ("PERSON", "Bo Li"),
          ("EMAIL_ADDRESS", "bo@example.com")}),
        ("Name | Mobile\n| Ana Ruiz | 087 219 4460 |", {("PERSON", "Ana Ruiz"), ("PHONE_NUMBER", "087 219 4460")}),
        # a list of patients by their initials
        ("row\tinitials\tage\n1\tK.M.\t57\n2\tTW\t63", {("PERSON", "K.M."), ("PERSON", "TW"), ("AGE", "57"), ("AGE", "63")}),
        # an amount beside a postcode: donors, not goods
        ("donor_id,name,postcode,amount\nD-1,Gwendolyn Price,CF10 3NP,25.00",
         {("PERSON", "Gwendolyn Price"), ("ZIP_CODE", "CF10 3NP")}),
        # a username column is a login, not a name; a login date is a date
        ("username,last_login\nmgoldberg,2024-05-03", {("USERNAME", "mgoldberg"), ("DATE_TIME", "2024-05-03")}),
        # a passenger list: a title and a nationality column, an airline's day; a birth date in one run of digits
        ("SURNAME,GIVEN,TITLE,DOB,NATIONALITY\nRAHMAN,ZAYAN,MSTR,19JAN2018,British",
         {("PERSON", "RAHMAN"), ("PERSON", "ZAYAN"), ("TITLE", "MSTR"), ("DATE_TIME", "19JAN2018"), ("NRP", "British")}),
        ("fname,dob_ddmmyyyy\nNkechi,09051999", {("PERSON", "Nkechi"), ("DATE_TIME", "09051999")}),
        # headers with a unit, a number sign, dotted initials
        ("Name | Age (yrs) | Nat ID | Emp #\n--- | --- | --- | ---\nRosa Díaz | 45 | 12345678Z | E-4471",
         {("PERSON", "Rosa Díaz"), ("AGE", "45"), ("ID_NUMBER", "12345678Z"), ("ID_NUMBER", "E-4471")}),
        ("Surname\tD.O.B.\tAge\nPatel\t03/04/1961\t63", {("PERSON", "Patel"), ("DATE_TIME", "03/04/1961"), ("AGE", "63")}),
        ("Patient Name,Date of Birth (DD/MM/YYYY),MRN\nGrace Adeyemi,14/02/1958,RX448201",
         {("PERSON", "Grace Adeyemi"), ("DATE_TIME", "14/02/1958"), ("ID_NUMBER", "RX448201")}),
        ("Nom;Prénom;N° sécu;Ville\nMartin;Élodie;2 90 05 75 108 042 36;Paris",  # French headers
         {("PERSON", "Martin"), ("PERSON", "Élodie"), ("ID_NUMBER", "2 90 05 75 108 042 36"), ("LOCATION", "Paris")}),
        ("name,age,city\nsiobhan kelly,27,galway\nAlfred Kemp,88 yrs,Leeds",  # a place in small letters, an age's unit
         {("AGE", "27"), ("LOCATION", "galway"), ("PERSON", "Alfred Kemp"), ("AGE", "88 yrs"), ("LOCATION", "Leeds")}),
        ("First Name,Middle Initial,Last Name,Street 1,Street 2\nJohn,Q,Doe,1600 Elm St,Apt 4",  # a digit after a blank
         {("PERSON", "John"), ("PERSON", "Q"), ("PERSON", "Doe"), ("ADDRESS", "1600 Elm St"), ("ADDRESS", "Apt 4")}),
        # a fixed-width table: two blanks or more between its columns
        ("STAFF NO  NAME              GRADE  AGE\n004471    Hughes, Megan     B2     44",
         {("ID_NUMBER", "004471"), ("PERSON", "Hughes, Megan"), ("AGE", "44")}),
        # a one-letter cell ends at the first wide gap; a surname in capitals
        ("MRN       SURNAME    SEX  WARD\nK0048213  ADEWUMI    F    W12",
         {("ID_NUMBER", "K0048213"), ("PERSON", "ADEWUMI")}),
        # short and foreign headers: a customer's and a pupil's number, a login, Swedish, Polish and Brazilian columns
        ("cust_id,fname\nC-104821,Harriet", {("ID_NUMBER", "C-104821"), ("PERSON", "Harriet")}),
        ("| Pupil | UPN |\n|---|---|\n| Alfie Nwankwo | A820418203017 |",
         {("PERSON", "Alfie Nwankwo"), ("ID_NUMBER", "A820418203017")}),
        ("namn\tpersonnr\tadress\tpostnr\tort\nElsa Bergström\t19910304-2728\tVasagatan 22\t411 24\tGöteborg",
         {("PERSON", "Elsa Bergström"), ("ID_NUMBER", "19910304-2728"), ("ADDRESS", "Vasagatan 22"),
          ("ZIP_CODE", "411 24"), ("LOCATION", "Göteborg")}),
        ("imię;nazwisko;kod;miasto\nZofia;Kamińska;80-827;Gdańsk",
         {("PERSON", "Zofia"), ("PERSON", "Kamińska"), ("ZIP_CODE", "80-827"), ("LOCATION", "Gdańsk")}),
        ("nome\tcidade\tuf\nJuliana Reis\tCuritiba\tPR",
         {("PERSON", "Juliana Reis"), ("LOCATION", "Curitiba"), ("LOCATION", "PR")}),
        ("Vorname;Straße\nFriederike;Am Sonnenhang 5", {("PERSON", "Friederike"), ("ADDRESS", "Am Sonnenhang 5")}),
        # plural name headers, a caregiver, a member number in Swedish, an appointment's day and time
        ("student_no,surname,given_names,caregiver\n148290173,Tipene,Manaia Rose,Aroha Tipene",
         {("ID_NUMBER", "148290173"), ("PERSON", "Tipene"), ("PERSON", "Manaia Rose"), ("PERSON", "Aroha Tipene")}),
        ("medlemsnr\tnamn\n204817\tMaja Lindqvist", {("ID_NUMBER", "204817"), ("PERSON", "Maja Lindqvist")}),
        ("| MRN | Patient | Appt |\n|---|---|---|\n| M0048291 | Aaliyah Brooks | 10/02 09:00 |",
         {("ID_NUMBER", "M0048291"), ("PERSON", "Aaliyah Brooks"), ("DATE_TIME", "10/02 09:00")}),
        # a header with a comma or "&" in it; a travel document's column
        ("No. | Family name, given names | Nationality | Date & place of birth | ID document\n"
         "1 | SOBIESKI, Marek | Polish | 02/11/1971, Gdynia | PP EK4829173",
         {("PERSON", "SOBIESKI, Marek"), ("NRP", "Polish"), ("ID_NUMBER", "PP EK4829173")}),
        # headers in Japanese, Arabic and Russian
        ("氏名\t電話番号\n佐々木 陽菜\t090-4182-7365", {("PERSON", "佐々木 陽菜"), ("PHONE_NUMBER", "090-4182-7365")}),
        ("الاسم | المدينة\nنورة سعد العتيبي | جدة", {("PERSON", "نورة سعد العتيبي"), ("LOCATION", "جدة")}),
        ("الاسم | رقم الهوية | المدينة\nريم الشهري | 1044729588 | أبها",  # a header of two words, no capitals
         {("PERSON", "ريم الشهري"), ("ID_NUMBER", "1044729588"), ("LOCATION", "أبها")}),
        ("ФИО;Город\nИванов Иван;Казань", {("PERSON", "Иванов Иван"), ("LOCATION", "Казань")}),
        # a login column: people's logins, not a service's
        ("USER          FULL_NAME\nt.nakagawa    Tomoko Nakagawa\nsvc_backup    -\nroot          -",
         {("USERNAME", "t.nakagawa"), ("PERSON", "Tomoko Nakagawa")}),
    ],
)
def test_when_a_table_has_a_header_then_its_cells_are_typed_by_it(tables, text, expected):
    assert _found(tables, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi team, the export failed again.\nThanks, Maria",  # prose with a comma per line
        "Thanks, Maria\nBest, John",  # sign-offs shaped like two cells: no column says PII
        "Name, address and phone please\nJohn Smith, 12 Main St",  # a request, not a header
        "Name,Price,Qty\nWidget Pro,4.99,12\nAnna Berg,12.50,3",  # goods: "Name" is a product's
        "| Product | Name | Price |\n|---|---|---|\n| A1 | Widget | 4.99 |",  # the same in markdown
        "2024-03-01 10:22:01,332 INFO user=bob state=ok\n2024-03-01 10:22:02,101 WARN user=ann state=retry",  # a log
        "timestamp,level,message\n2024-03-01T10:22:01,INFO,User Anna logged in",  # a log with a header
        "| Step | Status | Duration |\n|---|---|---|\n| Build | Done | 3m |",  # markdown without PII columns
        "Olivia Martinez-Garcia, CPA\nAustin, TX | 512.555.0114",  # a signature
        "Time | Visitor | Host | Car reg\n09:30 | courier (DPD) | post room | –",  # no name, no plate
        "Contact | Relation\nfront desk | none",  # lowercase words are no names
        "name,email",  # a header without rows
        "first_name,last_name\n1,2,3\nAna,Ruiz,extra",  # rows that do not split as the header does
        "Title,Pages\nSenior Engineer,12\nData Analyst,8",  # a job's title is no courtesy title
        "Hello there.  How are you.  Fine.\nSee you soon.  Bye now.  Ok.",  # blanks after full stops, no table
    ],
)
def test_when_no_table_of_pii_is_there_then_nothing_is_found(tables, text):
    assert not _found(tables, text)


def test_when_entities_are_asked_for_then_only_those_are_reported(tables):
    found = {r.entity_type for r in tables.analyze(CSV, ["EMAIL_ADDRESS"])}
    assert found == {"EMAIL_ADDRESS"}


def test_when_the_default_detector_reads_pasted_tables_then_each_typed_cell_is_found(detector):
    texts = [CSV, MARKDOWN, TSV, PIPES, SEMICOLONS, VISITORS]
    expected = [
        {("PERSON", "Hai"), ("PERSON", "Tran"), ("PERSON", "Olga"), ("PERSON", "Nowicka"), ("LOCATION", "Da Nang"),
         ("LOCATION", "Gdańsk")},
        {("PERSON", "Siobhán Kelly"), ("PHONE_NUMBER", "087 219 4460")},
        {("PERSON", "Anh Nguyen"), ("PERSON", "Linh Nguyen"), ("PHONE_NUMBER", "0412 555 019")},
        {("PERSON", "Aiyana Redcloud"), ("EMAIL_ADDRESS", "aiyana.redcloud@outlook.com")},
        {("PERSON", "Zeynep"), ("LOCATION", "Türkiye"), ("USERNAME", "zeynepcodes")},
        {("PERSON", "Leah Goldberg"), ("ID_NUMBER", "LB19 XKE")},
    ]
    for text, spans, want in zip(texts, detector.detect(texts), expected):
        assert want <= {(s.entity_type, text[s.start : s.end]) for s in spans}, text


def test_when_the_default_detector_reads_a_table_without_pii_then_its_cells_stay_clean(detector):
    text = "| Step | Status | Duration |\n|---|---|---|\n| Build | Done | 3m |\n| Deploy | Failed | 1m |"
    [spans] = detector.detect([text])
    assert not [s for s in spans if s.recognizer == "TextTableRecognizer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lowercase names with blanks between semicolons; an apostrophe and a spaced slash in a header
        ("n° carte;nom;prénom;date de naissance;code postal\n29006000481273;MARTIN-DIALLO;Awa;03/05/1994;59000",
         {("PERSON", "MARTIN-DIALLO"), ("PERSON", "Awa")}),
        ("| Name | Nationality | Rank | Seaman's book |\n|---|---|---|---|\n| Renato B. Santos | Filipino | Master | C1706352 |",
         {("NRP", "Filipino"), ("PERSON", "Renato B. Santos")}),
        ("No | Surname | Nationality | Discharge book / SIRB\n1  | SANTOS | FILIPINO | C1706352",
         {("PERSON", "SANTOS"), ("NRP", "FILIPINO")}),
        # headers in Hebrew and Greek
        ("שם,ת.ז.,טלפון,עיר\nיוסי אברהם,057182933,050-418-2297,חיפה", {("PERSON", "יוסי אברהם"), ("LOCATION", "חיפה")}),
        # a fixed-width table with an abbreviation of dots ("F.NAC.") among its headers
        ("NOMBRE                      DNI/NIE      F.NAC.      TELÉFONO      CP     LOCALIDAD\n"
         "Rocío Jiménez Navarro       51934027G    19/03/1981  655 204 817   29012  Málaga",
         {("DATE_TIME", "19/03/1981"), ("PHONE_NUMBER", "655 204 817"), ("ZIP_CODE", "29012")}),
        # a parcel's recipient; a day and month under "Appt"; a month and year under "since"
        ("tracking_no,recipient,postcode\nJD0002219384728,Mr T Adeyinka,CT20 3BD", {("PERSON", "Mr T Adeyinka")}),
        ("| Patient | Age | Appt |\n|---|---|---|\n| Lakshmi Narayanan | 64 | 10/03 |", {("DATE_TIME", "10/03")}),
        ("nome,celular,doação_desde\nLarissa Monteiro,(21) 99714-3820,03/2022", {("DATE_TIME", "03/2022")}),
        ("recipient,addr1,addr2,town\nFfion Rhys,Tŷ Gwyn,Heol y Dŵr,Carmarthen", {("ADDRESS", "Heol y Dŵr")}),  # no number
        # headers in Georgian (no capitals), Armenian, isiZulu, Galician, romanized Armenian
        ("სახელი,გვარი,პირადი ნომერი,ტელეფონი,ქალაქი\nმარიამ,ჯავახიშვილი,01024056781,599 20 14 76,თბილისი",
         {("PERSON", "მარიამ"), ("PERSON", "ჯავახიშვილი"), ("ID_NUMBER", "01024056781"), ("LOCATION", "თბილისი")}),
        ("Անուն Ազգանուն | Ծննդյան ամսաթիվ | Հեռախոս | Քաղաք\nԱնի Պետրոսյան | 03.11.1990 | +374 91 23 45 67 | Երևան",
         {("PERSON", "Անի Պետրոսյան"), ("LOCATION", "Երևան")}),
        ("Igama,Isibongo,Inombolo kamazisi,Ucingo,Indawo\nSanele,Mkhwanazi,0111058739082,073 440 2187,Empangeni",
         {("PERSON", "Sanele"), ("PERSON", "Mkhwanazi"), ("LOCATION", "Empangeni")}),
        ("Nome\tApelidos\tTeléfono\tEnderezo\tCP\nOlalla\tBermúdez\t604 11 38 27\tLugar de Figueiras, 6\t15898",
         {("PERSON", "Bermúdez"), ("ADDRESS", "Lugar de Figueiras, 6")}),
        ("anun;azganun;heraxos;tariq\nVardan;Harutyunyan;093 47 12 80;44", {("PERSON", "Vardan"), ("PERSON", "Harutyunyan")}),
        # a form's number inside a header ("W-4 status")
        ("| Employee | SSN | Hire date | State | W-4 status |\n| --- | --- | --- | --- | --- |\n"
         "| Brianna Koenig | 401-38-2275 | Mar 4, 2024 | WI | Single |", {("LOCATION", "WI"), ("PERSON", "Brianna Koenig")}),
    ],
)
def test_when_a_header_is_written_another_way_then_its_columns_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_an_html_table_is_pasted_then_its_cells_are_typed_by_its_th_row(tables):
    text = ("<table><tr><th>Nama</th><th>Umur</th><th>Kota</th><th>Phone</th></tr>\n"
            "<tr><td>Raka Pratama</td><td>12</td><td>Bogor</td><td>0812-3306-7152</td></tr></table>")
    assert {("PERSON", "Raka Pratama"), ("AGE", "12"), ("LOCATION", "Bogor"), ("PHONE_NUMBER", "0812-3306-7152")} <= _found(tables, text)


def test_when_a_card_expiry_column_holds_months_then_they_are_no_dates(tables):
    assert not _found(tables, "name,card_expiry\nAwa Diallo,09/2027")  - {("PERSON", "Awa Diallo")}


def test_when_a_table_gap_parts_a_date_from_a_phone_then_each_is_read_alone(detector):
    text = "Name           DOB         Mobile\nPriyanka Bhatt 08/05/1985  0401 277 915"
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert ("PHONE_NUMBER", "0401 277 915") in found and ("DATE_TIME", "08/05/1985") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personeelsnr\tNaam\tBSN\tIn dienst\nP1041\tLotte Verbeek\t618240937\t01-09-2019",  # a staff number, a hire date
         {("ID_NUMBER", "P1041"), ("DATE_TIME", "01-09-2019")}),
        ("nº socio;nombre;apellidos;DNI\n4471;Álvaro;Gómez Echeverría;33184720K", {("ID_NUMBER", "4471")}),  # a member's
        ("driver_id,full_name,cell\nDRV-0412,Nomvula Dube,082 441 7730", {("ID_NUMBER", "DRV-0412")}),
    ],
)
def test_when_a_column_numbers_people_then_its_cells_are_ids(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_table_is_pasted_then_its_header_cells_are_no_names_or_places(detector):
    text = "nº socio;nombre;apellidos;DNI;teléfono;fecha alta\n4471;Álvaro;Gómez Echeverría;33184720K;688 41 22 09;14/09/2018"
    [spans] = detector.detect([text])
    assert not [s for s in spans if s.end <= text.index("\n")]


def test_when_a_csv_row_writes_an_address_with_its_own_comma_then_the_row_is_still_read(tables):
    text = ("NHS Number,Surname,Forename,DOB,Age,Address 1,Postcode\n"
            "943 817 2645,Hussain,Rukhsana,11/04/1938,86,14 Clifton Road,B12 8SX\n"
            "598 204 7163,O'Sullivan,Bridget,23/12/1940,84,Flat 2, 9 Moseley Road,B12 0HJ")
    assert {("PERSON", "O'Sullivan"), ("PERSON", "Bridget"), ("AGE", "84"), ("ADDRESS", "Flat 2, 9 Moseley Road"),
            ("ZIP_CODE", "B12 0HJ")} <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Room,Guest,Arrival,Departure\n104,Matteo Ferraris,14/04,17/04", {("DATE_TIME", "14/04"), ("DATE_TIME", "17/04")}),
        ("Kundennr;Anrede;Vorname;Nachname\n100482;Herr;Dariusz;Wiśniewski", {("ID_NUMBER", "100482")}),
        ("| Name | City | ST | ZIP |\n|---|---|---|---|\n| Darnell Whitfield | Richmond | VA | 23221 |", {("LOCATION", "VA")}),
    ],
)
def test_when_a_column_names_a_stay_a_customer_or_a_state_in_short_then_its_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_bare_name_key_holds_a_product_then_it_is_no_person(detector):
    [spans] = detector.detect(['{"name": "Blue Widget", "price": 4}'])
    assert not [s for s in spans if s.entity_type == "PERSON"]


def test_when_a_column_name_ends_in_a_unit_then_the_table_is_still_read(tables):
    text = ("rider_id,full_name,mobile,trips_30d,status\n"
            "R-11090,Hauwa Bello,+2348142207731,12,suspended")
    assert {("PERSON", "Hauwa Bello"), ("PHONE_NUMBER", "+2348142207731")} <= _found(tables, text)


def test_when_a_guess_runs_across_cells_then_it_keeps_the_cells_its_type_can_fill(detector):
    text = ("caller,caller_name,received,duration_s,queue\n"
            "+1 647 912 3380,Harpreet Dhillon,2024-07-08 09:12,412,billing\n"
            "+1 416 288 7401,Marie-Claude Bélanger,2024-07-08 09:19,96,returns\n"
            "+1 289 440 8815,Dwayne Campbell,2024-07-08 09:41,1033,fraud")
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("DATE_TIME", "2024-07-08 09:12"), ("DATE_TIME", "2024-07-08 09:41")} <= found
    assert not [value for kind, value in found if "," in value]  # no value runs across a comma
    assert ("DATE_TIME", "1033") not in found  # a duration is no date


def test_when_a_guess_runs_across_a_common_word_cell_then_that_word_is_no_name(detector):
    text = ("ffp_number,surname,given_name,tier,email,home_airport\n"
            "EK418220937,AL-MANSOORI,KHALID,Gold,k.almansoori@eim.ae,DXB\n"
            "EK550183726,OYELOWO,FEMI,Silver,femi.oyelowo@gmail.com,LOS\n"
            "app_no,name,dob,category\nUP25-004813,Mohd. Faizan Ansari,03-01-2005,General")
    [spans] = detector.detect([text])
    found = {text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}
    assert not found & {"DXB", "LOS", "General"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's branch is a town; a tax return's preparer a person
        ("ACCT_NO     HOLDER                BRANCH\n86024519    Niamh Fitzpatrick     Limerick",
         {("LOCATION", "Limerick")}),
        ("client,sin,province,preparer\n\"MacNeil, Fraser\",252 508 031,NS,L. Wong", {("PERSON", "L. Wong")}),
        # a column of patients numbered by a site's code
        ("paziente\tcognome\tnome\tdata_nascita\nMI-014\tFerri\tRoberta\t1961-04-19",
         {("ID_NUMBER", "MI-014"), ("PERSON", "Ferri"), ("PERSON", "Roberta"), ("DATE_TIME", "1961-04-19")}),
        # amounts with a decimal comma, unquoted, at the row's end
        ("nome,cpf,nascimento,cidade,mensalidade\nFrancisca Lima,304.957.182-97,1949-08-14,Fortaleza,R$ 1.104,00",
         {("PERSON", "Francisca Lima"), ("DATE_TIME", "1949-08-14"), ("LOCATION", "Fortaleza")}),
    ],
)
def test_when_a_column_names_a_branch_a_preparer_or_numbered_people_then_its_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_bare_name_column_holds_a_code_then_it_is_no_id(tables):
    assert not _found(tables, "name,price,qty\nWP-1182,9.50,3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row whose last cell is empty ends on a pipe: the rows after it are still read
        ("Name | Shift | Phone | Emergency contact\nBilal Ahmed | Sat PM | 07533 980 126 | \n"
         "Chloe Smith | Sun | 07922 417 508 | mum", {("PERSON", "Chloe Smith"), ("PHONE_NUMBER", "07922 417 508")}),
        # a Dutch surname's particle in its own column; a driver's number; an estate agent's negotiator
        ("Personeelsnr;Voornaam;Tussenvoegsel;Achternaam\n30118;Lotte;van der;Linden", {("PERSON", "van der")}),
        ("driver_id\tdriver_name\tmobile\nD-118\tGary Morgan\t07831 440 192", {("ID_NUMBER", "D-118")}),
        ("| Property | Applicant | Negotiator |\n|---|---|---|\n| 14 Alma Road | Joseph Kariuki | Holly |",
         {("PERSON", "Holly")}),
    ],
)
def test_when_a_row_ends_empty_or_a_column_names_a_particle_a_driver_or_an_agent_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header with a count in brackets; a profile's address without its scheme; Spain's social security column
        ("Member ID,Full Name,Card (last 4),Mobile,Home Club\nPG0448191,Fatou Jallow,,07398 550 412,Bradford",
         {("LOCATION", "Bradford"), ("PHONE_NUMBER", "07398 550 412")}),
        ("attendee,company,linkedin,email\nKemi Adeola,Paystack,linkedin.com/in/kemiadeola,kemi.adeola@gmail.com",
         {("URL", "linkedin.com/in/kemiadeola")}),
        ("id\tnombre\tapellidos\tnº SS\tmóvil\nE0412\tRocío\tMartín Lozano\t08 12457730 86\t622 418 390",
         {("ID_NUMBER", "08 12457730 86")}),
    ],
)
def test_when_a_header_counts_in_brackets_or_names_a_profile_or_social_security_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_tab_parts_a_code_from_a_phone_then_the_phone_is_read(detector):
    text = "PNR\tPax Name\tNew Date\tContact\nKQ7T2M\tROSSI/GIULIA MS\t20JUL25\t+39 347 402 1188"
    [spans] = detector.detect([text])
    assert ("PHONE_NUMBER", "+39 347 402 1188") in {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when a patient arrived; a state of origin; a name with its courtesy title in brackets
        ("| Owner | Pet | Phone | Arrived |\n|---|---|---|---|\n| Omar Haddad | Luna | (503) 555-0140 | 01/01 00:20 |",
         {("DATE_TIME", "01/01 00:20")}),
        ("Surname,First Name,Sex,State of Origin,LGA\nAdeleke,Oluwaseun Kemi,F,Osun,Osogbo", {("LOCATION", "Osun")}),
        ("Cognome | Nome | Comune di residenza\nConti | Giorgia | Casalecchio di Reno", {("LOCATION", "Casalecchio di Reno")}),
        ("ROOM\tGUEST NAME\tNTS\n118\tWalsh, Eimear (Dr)\t2", {("PERSON", "Walsh, Eimear (Dr)")}),
    ],
)
def test_when_a_column_says_when_someone_arrived_or_where_they_come_from_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name written "Surname, Given" without quotes in a CSV row
        ("appt_time,patient,mrn,age,sex\n2024-09-02 08:40,Kamau, Joseph,KNH-0049182,52,M",
         {("PERSON", "Kamau, Joseph"), ("AGE", "52")}),
        # the parties of a case
        ("claim_no,plaintiff,defendant,filed\nSC-24-00412,Anil Persaud,Derek Whitlock,2024-02-06",
         {("PERSON", "Anil Persaud"), ("PERSON", "Derek Whitlock")}),
        # a fixed-width table whose cells one blank parts: read by the header's positions
        ("EMPNO  NAME                   SSN          ST  GROSS\n004412 ALVAREZ, RICARDO       512-46-8830  NM  3,204.16",
         {("PERSON", "ALVAREZ, RICARDO"), ("US_SSN", "512-46-8830")}),
        ("NAME                 EXT   MOBILE           OFFICE\nOksana Melnyk        4417  +353 87 412 9930 Dublin",
         {("PERSON", "Oksana Melnyk"), ("PHONE_NUMBER", "+353 87 412 9930")}),
        # ... where a value fills its column to the next one's start
        ("PLATE     VIN                 OWNER                 MAKE\nMH12AB4471 MA3ERLF1S00741826   Sandeep Kulkarni     Maruti",
         {("PERSON", "Sandeep Kulkarni")}),
    ],
)
def test_when_a_row_holds_an_unquoted_name_a_case_or_fixed_width_cells_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_party_is_a_company_then_it_is_no_name(tables):
    text = "claim_no,plaintiff,defendant\nSC-24-00437,Marie-Claire Okonkwo,Northline Renovations Inc."
    assert ("PERSON", "Northline Renovations Inc.") not in _found(tables, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who called, rode or subscribed
        ("Caller,Number,Time,Outcome\nGloria Estevez,+1 305 884 2019,09:12,booked viewing",
         {("PERSON", "Gloria Estevez")}),
        ("rider\tpickup\tphone\nChika Obi\tIkeja City Mall\t+234 906 442 7713", {("PERSON", "Chika Obi")}),
        # a stay's days under verbs, in English and Italian; a lease's end
        ("| Room | Guest | Arrive | Depart |\n|---|---|---|---|\n| 301 | Oyelowo, Temi | 12/06 | 15/06 |",
         {("DATE_TIME", "12/06"), ("DATE_TIME", "15/06")}),
        ("| Camera | Ospite | Arrivo | Partenza |\n|---|---|---|---|\n| 12 | Rinaldi Tommaso | 05/08 | 09/08 |",
         {("PERSON", "Rinaldi Tommaso"), ("DATE_TIME", "05/08"), ("DATE_TIME", "09/08")}),
        ('"Name","Unit","Lease End"\n"Brianna Castillo","#210","06/30/2025"',
         {("ADDRESS", "#210"), ("DATE_TIME", "06/30/2025")}),
        # a flat by its block's letter, in English and Turkish
        ("apartment_id,resident_email,water_m3\nA-101,c.nakamura@gmail.com,8.2", {("ADDRESS", "A-101")}),
        ("ad_soyad,telefon,daire\nMustafa Demir,0533 612 40 19,A Blok D:4", {("ADDRESS", "A Blok D:4")}),
        # a trial's subject, a worker's badge, a depot
        ("| Subject | Initials | Age |\n|---|---|---|\n| 101-004 | J.K. | 58 |", {("ID_NUMBER", "101-004")}),
        ("BADGE   NAME                  SHIFT\nB-1120  Okafor, Uche          NIGHT",
         {("ID_NUMBER", "B-1120"), ("PERSON", "Okafor, Uche")}),
        ("Driver            | Van      | Depot\nRicardo Alves     | BD71 XLM | Hayes", {("LOCATION", "Hayes")}),
    ],
)
def test_when_a_column_names_a_caller_a_stay_a_flat_or_a_badge_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


def test_when_a_shop_or_an_agency_is_in_a_column_of_people_then_it_is_no_name(tables):
    text = "| Caller | Phone |\n|---|---|\n| Mama Njoki Shop | 0721 448 903 |\n| Tumaini Agencies | 0712 667 480 |"
    assert not {value for entity, value in _found(tables, text) if entity == "PERSON"}


def test_when_a_transcript_speaker_says_a_sentence_then_it_is_no_name(detector):
    text = ("AGENT: And the full name on the account?\nCUSTOMER: Omotola Bankole, that's B-A-N-K-O-L-E\n"
            "AGENT: And a date of birth?\nCUSTOMER: The ninth of March, nineteen seventy-one.")
    people = {text[r.start : r.end] for r in detector.detect([text])[0] if r.entity_type == "PERSON"}
    assert "Omotola Bankole" in people
    assert not any("March" in value for value in people)


def test_when_a_record_names_a_utility_account_then_its_number_is_an_id(detector):
    text = "owner_name: Beatrice Ndlovu\nmunicipal_account: 5002 4418 907\nrates_per_month: R 2 314.50"
    found = {(r.entity_type, text[r.start : r.end]) for r in detector.detect([text])[0]}
    assert ("ID_NUMBER", "5002 4418 907") in found
    assert not {value for entity, value in found if entity == "USERNAME"}  # the keys are no logins


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery zone's and a sponsor's area, a competitor, a school's id, a card's name
        ("| Courier | Zone | Deliveries |\n|---|---|---|\n| Abdi Warsame | Sunshine | 84 |", {("LOCATION", "Sunshine")}),
        ("Name\tCivil ID\tArea\nMary Grace Salazar\t286041205279\tRumaithiya", {("LOCATION", "Rumaithiya")}),
        ("event,competitor,age,house,school_id\n100m,Isabella Moana,12,Kauri,208841",
         {("PERSON", "Isabella Moana"), ("ID_NUMBER", "208841")}),
        ("ACCT      NAME ON CARD          EXP\nC-1187    R. ABERNETHY          07/26", {("PERSON", "R. ABERNETHY")}),
        # a refill's due day month first, a hire car's time out, a seller's month of joining
        ("| Patient | Refill due |\n|---|---|\n| Walter Kim | 4/18 |", {("DATE_TIME", "4/18")}),
        ("driver\tplate\tout\nJerome Baptiste\tQXT 4410\t03/21 10:15", {("DATE_TIME", "03/21 10:15")}),
        ("| Shop | Joined |\n|---|---|\n| Oak & Ember | Mar 2019 |", {("DATE_TIME", "Mar 2019")}),
        ("pedido;cliente;ciudad\nW-20940;Yolanda Pérez Ibáñez;Málaga", {("PERSON", "Yolanda Pérez Ibáñez")}),
        # a Malaysian tenancy list: the tenant's name, identity card, flat and move-in date in Malay
        ("| Nama penyewa | No. KP | Unit | Tarikh masuk |\n|---|---|---|---|\n| Siti Khadijah binti Omar | 950311-03-5126 | "
         "A-05-12 | 01/02/2024 |", {("ID_NUMBER", "950311-03-5126"), ("ADDRESS", "A-05-12"), ("DATE_TIME", "01/02/2024")}),
    ],
)
def test_when_a_column_names_a_zone_a_competitor_or_a_due_day_then_cells_are_typed(tables, text, expected):
    assert expected <= _found(tables, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shop's agent; a tenant in German with its feminine ending; a Swahili school list; a Singapore unit
        ("| Date | MSISDN | Customer | Agent |\n|---|---|---|---|\n| 03-Mar-2025 | 0803 441 9028 | Emeka Obi | T. Adeyemi |",
         ("PERSON", "T. Adeyemi")),
        ("| Wohnung | Mieter/in | Natel |\n|---|---|---|\n| 2.OG rechts | Dario Fontana | 079 551 30 72 |", ("PERSON", "Dario Fontana")),
        ("Mwanafunzi\tMzazi\tSimu ya mzazi\nHamisi Juma\tMwanahawa Ally\t0715 902 338", ("PERSON", "Mwanahawa Ally")),
        ("| Name | NRIC/FIN | Unit | Mobile |\n|---|---|---|---|\n| Goh Kah Wai | S5129340A | #11-09 | 9688 2013 |",
         ("ADDRESS", "#11-09")),
        # an employee's number in Spanish, a club's id, a user's number
        ("num_empleado,nombre_completo,puesto\n1047,Luis Enrique Domínguez Pérez,Supervisor", ("ID_NUMBER", "1047")),
        ('{"name": "Diego Báez", "club_id": "CP-44182", "guardian_phone": "+595 981 441 827"}', ("ID_NUMBER", "CP-44182")),
        ('{"uid": "88201", "username": "lkaur_91", "email": "lkaur@example.com"}', ("ID_NUMBER", "88201")),
        # a benefit's start month; Nigeria's pension PIN; Italian and Catalan names; Russian headers written small
        ("| Recipient | SIN | Benefit | Start |\n|---|---|---|---|\n| Yvonne Bellefeuille | 138 472 600 | OAS | 2024-12 |",
         ("DATE_TIME", "2024-12")),
        ("rsa_pin,surname,first_name\nPEN200417738204,Abubakar,Musa", ("ID_NUMBER", "PEN200417738204")),
        ("nominativo;codice_fiscale;data_nascita\nFranco Greco;GRCFNC39T12H224T;12/12/1939", ("PERSON", "Franco Greco")),
        ("Nom\tCognoms\tDNI\tMunicipi\nAina\tCastells Pujol\t12947038Q\tManlleu", ("PERSON", "Castells Pujol")),
        ("фамилия\tимя\tтелефон\tгород\tвозраст\nСафина\tАлия\t+7 (917) 284-33-10\tУфа\t34", ("AGE", "34")),
        ("display_name,legal_name,payout_iban\nretro.rob,Robbie Fenwick,GB91 MIDL 0700 9312 3488 11", ("USERNAME", "retro.rob")),
        ("order_id,ship_to,address,city\nA-55024,Mai Lor,1860 Arcade St,St. Paul", ("PERSON", "Mai Lor")),
        # a social worker's column; a juror's, a candidate's and an immigrant's numbers; a gas engineer's registration
        ("| Case ref | Client | Age | Worker |\n|---|---|---|---|\n| SW-2291 | Jade Whitmore | 16 | P. Adeyemi |",
         ("PERSON", "P. Adeyemi")),
        ("JUROR NO  NAME                 CITY\n24-0871   Delores J. Whitaker  Tulsa\n24-0872   Nguyen Minh Chau     Tulsa",
         ("ID_NUMBER", "24-0872")),
        ("CAND_NO  NAME                AGE\n40211    Ibrahim Sesay       16\n40212    Chloe Marsh         15",
         ("ID_NUMBER", "40212")),
        ("uci,surname,given_names,dob\n1108823341,Adebayo,Temitope Grace,2002-04-11", ("ID_NUMBER", "1108823341")),
        ("| Tenant | Engineer | Gas Safe no. | Result |\n|---|---|---|---|\n| Kasia Wróbel | Steve Dunmore | 541207 | Pass |",
         ("ID_NUMBER", "541207")),
        # a Hindi header (its vowel signs are no \w), its people and towns in a script without capitals
        ("नाम,मोबाइल,आधार,शहर\nगीता शर्मा,98765 20413,6944 8655 9648,इंदौर", ("PERSON", "गीता शर्मा")),
        ("नाम,मोबाइल,आधार,शहर\nगीता शर्मा,98765 20413,6944 8655 9648,इंदौर", ("LOCATION", "इंदौर")),
        ("நாம்,பெயர்,கைபேசி\n1,முருகன் செல்வம்,98401 22345", ("PHONE_NUMBER", "98401 22345")),
    ],
)
def test_when_a_column_names_an_agent_a_tenant_abroad_or_a_members_number_then_cells_are_typed(detector, text, expected):
    assert expected in {(r.entity_type, text[r.start : r.end]) for r in detector.detect([text])[0]}


def test_when_a_column_holds_a_browsers_user_agent_or_a_unix_uid_then_it_is_no_name_or_id(detector):
    text = 'user_agent,ip,user\n"curl/8.4.0",10.20.0.4,jcortez\nsession opened for user rkapoor(uid=1004) by (uid=0)'
    found = {text[r.start : r.end] for r in detector.detect([text])[0]}
    assert not found & {"curl/8.4.0", "1004"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name,SIN,Province\nMarc Tremblay,944 017 284,QC", "944 017 284"),  # Canada's social insurance number
        ("| Name | NRIC/FIN | Unit |\n|---|---|---|\n| Goh Kian Seng | G5518204W | 12 |", "G5518204W"),
        ("name\tkra_pin\nWanjiru Kamau\tA011927645M", "A011927645M"),  # Kenya's tax PIN
        ("| Member # | Name |\n|---|---|\n| 0072110 | Ruth Nakato |", "0072110"),
    ],
)
def test_when_a_column_names_an_id_by_its_short_name_then_its_cells_are_ids(tables, text, value):
    assert ("ID_NUMBER", value) in _found(tables, text)


def test_when_a_payroll_tax_code_or_a_vin_is_in_a_column_then_it_is_no_id(tables):
    found = _found(tables, "employee,tax_code,vin\nAmy Lee,1257L,5YJ3E1EA7KF317293")
    assert not {value for entity, value in found if entity == "ID_NUMBER"}


def test_when_an_estado_column_holds_statuses_or_a_zone_letters_then_they_are_no_places(tables):
    text = "pedido;cliente;estado;zone\nW-1;Hugo Martín;Enviado;B\nW-2;Ana Ruiz;Pendiente;C"
    assert not {value for entity, value in _found(tables, text) if entity == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a badge's number in a fixed-width roster; a Slovak plate's column ("ŠPZ"); an employee's number in Chinese
        ("BADGE  NAME                  ZONE\n40118  Lamin Ceesay          PACK-2\n40125  Bogdan Marinescu      PACK-1",
         ("ID_NUMBER", "40125")),
        ("meno\tmobil\tŠPZ\nRastislav Kollár\t0903 441 276\tBL 482 KX\nDominika Bednárová\t0917 305 118\tBA 917 PD",
         ("ID_NUMBER", "BL 482 KX")),
        ("工号,姓名,部门\nA0098,黄志明,行政部\nA0172,吴静,财务部", ("ID_NUMBER", "A0098")),
        # nationality in Arabic or Thai; a Greek town's column in lower case; a Welsh age; an Irish county
        ("الاسم,الجنسية,الهاتف\nأحمد سالم,أردني,0791234567\nسلمى علي,مصري,0100123456", ("NRP", "أردني")),
        ("| ชื่อผู้เช่า | สัญชาติ |\n|---|---|\n| Emma Schulz | เยอรมัน |\n| Liam Byrne | ไอริช |", ("NRP", "เยอรมัน")),
        ("ονοματεπώνυμο,τηλέφωνο,πόλη\nΕυδοκία Παππά,2610 443 129,Αίγιο\nΝίκος Λάμπρου,2610 221 004,Πάτρα",
         ("LOCATION", "Αίγιο")),
        ("| Disgybl | Oed | E-bost |\n|---|---|---|\n| Elis Jones | 11 | e@x.cymru |\n| Nia Rhys | 10 | n@x.cymru |",
         ("AGE", "11")),
        ("Ainm\tContae\tFón\nColm Ó Gallchóir\tDún na nGall\t086 830 4471\nAoife Nic\tMaigh Eo\t087 552 0194",
         ("LOCATION", "Dún na nGall")),
    ],
)
def test_when_a_column_is_named_in_another_language_or_for_a_badge_then_its_cells_are_typed(detector, text, expected):
    entity, value = expected
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert (entity, value) in found

