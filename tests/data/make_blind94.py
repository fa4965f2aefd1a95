"""Build tests/data/blind94.jsonl: a ninety-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind94.py

Blind: written without any knowledge of the detector. Only three things were
read: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its closing
scaffolding from `STYLES = {` to the end of the file (copied below);
gold_sets.py (whole file); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, the tests (beyond those lines), bench/, the README,
any *.jsonl set, any other make_*.py script or the record lists of
make_blind22.py, and no git history, log or status. The detector, the bench
and the tests were never run while writing this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the Hungarian ones
also carry right national check digits); `gold_sets.check` re-checks cards
and IBANs. National ids with a public check digit were given a valid one,
worked out with throwaway code piped to python3 while writing (no scratch
file; nothing here is generated): NHS numbers, Canadian SINs, Aadhaar
(Verhoeff), South African ids (agreeing with the birth date and sex shown),
TFNs, Irish PPSNs, Singapore NRIC, Dutch BSN, Brazilian CPF, New Zealand
NHI, the German Krankenversichertennummer, Austrian social-security numbers
(agreeing with the birth date), Swiss AHV numbers, Hungarian TAJ and tax
ids and Hungarian personal ids (agreeing with birth date and sex), and the
check digit of the VINs. UK NI
numbers, US SSNs, PAN, Kenyan ids and KRA PINs, passports, licences (the
UK licence numbers do encode the holder's surname and birth date), plates,
bank account numbers and member, staff, student and patient numbers were
not checked.

Styles (ids `blind94-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Singapore, South Africa, Nigeria, Kenya contexts, with names from the many
cultures living there); the rest (26 records, spread over bench, gen, table
and chat) are in German (Germany, Austria, Switzerland) and Hungarian.
A little over a third of the gen and bench records (about 70 of 190) are
about cars: garages, car sales and leasing, vehicle registration,
parking and traffic fines; the rest spread over banking, health,
insurance, HR, housing, schools, telecoms, travel, retail and IT.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card, CVV
  and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML and .env config, code, HTTP, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose; names at the start, middle and end, lowercase and possessive.
- `table` (35): one small table per record as CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines / arrays, YAML or key: value blocks, with non-PII
  columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chats; speakers'
  names are PERSON.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice refs, SKUs, ISBNs, IP-shaped versions, hashes, serials,
  IMEIs, company phones, role mailboxes, eponyms, streets named after people
  with no number), the few real PII values labeled; one has no PII at all.

Labeling conventions: the same as in make_blind22.py; in short:
- PERSON: any part of a name, lowercase or not, initials; possessive "'s"
  outside; TITLE (Mr, Mrs, Ms, Dr, Nurse, Professor, Herr, Frau, Ing., dr.,
  Rev., Rabbi) labeled apart; job titles and family words stay outside.
- ADDRESS: number + street (+ unit / flat / floor), PO boxes, house and
  building names; city, district, county, state (also abbreviated) and
  country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, hearing,
  start of a job, signature, letter, offence ...) with a day or a month,
  with a weekday or clock time said with them inside the span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national, tax and social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, routing numbers and BIC, CVVs and
  expiries, PINs, order / ticket / claim / policy / case / booking / fine
  references, company phones and role mailboxes, versions, hashes, serials,
  IMEIs, tokens, partial card numbers, pets, eponyms, header rows.
- Calls made while writing this set: a VIN of a person's vehicle is
  ID_NUMBER like its plate; the date and time of a parking or traffic
  offence or a tow of a named person's car is DATE_TIME, while issue and
  due dates of a notice, vehicle dates (first registration, in-service,
  MOT expiry), permit and policy periods are not; the timestamp that opens a
  log line is not labeled (a `last_login` / "last used" field is); an IP
  address is labeled wherever it appears, private ones in configs too; a
  Hungarian case suffix glued to a date ("18-án") stays inside the span;
  the state shown with a plate is LOCATION; a month alone tied to a
  person ("expecting in August") is DATE_TIME, a weekday with a clock time and
  no date ("Sunday around 2") is not; the time of a person's own money
  transfer is DATE_TIME; chat speakers' names are PERSON and family words
  ("Uncle", "Aunty", "Familie") stay outside; a service account's
  username is not USERNAME; a company's or office's street address is
  ADDRESS like any other; a VIN range in a recall notice is not labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind94.jsonl")

BENCH = [
    """Vehicle handover for [[PERSON:Marisol Quintanilla-Reyes]] (Fleet Coordinator): the 2021 F-150, VIN [[ID_NUMBER:1FTFW1E53MFA03917]], plate [[ID_NUMBER:CBK4471]], moves to the depot at [[ADDRESS:4417 East Speedway Boulevard, Unit 12B]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85712]]. Driver's license on file: [[US_DRIVER_LICENSE:D08814522]]. Pickup confirmed for [[DATE_TIME:Tuesday, 10/08/2024 at 7:45 AM]]; text her at [[PHONE_NUMBER:520-318-0946]] if the bay is blocked.""",
    """Dear [[PERSON:Ms. Oyelaran]], your payroll card [[CREDIT_CARD:4539148803436715]] (exp 11/27, CVV 482) was flagged after a login from [[IP_ADDRESS:203.118.44.67]] with the agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36. As Senior Tax Strategist, please confirm the change of billing address to [[ADDRESS:27 Magdalen Street, Flat 3]], [[LOCATION:Norwich]] [[ZIP_CODE:NR3 1LE]].""",
    """Transfer request: [[PERSON:Wojciech Nowakowski-Brandt]] asked us to move the refund of his leasing deposit to [[IBAN_CODE:DE27430609670824417300]] (BIC GENODEM1GLS). His customer number is [[ID_NUMBER:KD-7730915]] and he was born [[DATE_TIME:1979-02-23]]. Questions go to [[EMAIL_ADDRESS:wojtek.nb@posteo.de]].""",
    """AUTO CLAIM NOTICE

Claim No.: CLM-2024-0087731
Policy No.: AP-55102984
Insured: [[PERSON:Deandra L. Whitfield]]
Date of Birth: [[DATE_TIME:March 4, 1988]]
Address: [[ADDRESS:1920 Piedmont Avenue NE, Apt 5]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30324]]
Vehicle: 2019 Toyota Camry, Georgia tag [[ID_NUMBER:RTW 8815]]
Date of Loss: [[DATE_TIME:August 17, 2024]]

On the date of loss the insured vehicle was struck in the rear while stopped at a red light. The other driver, [[PERSON:Thomas Kearney]], provided license number [[US_DRIVER_LICENSE:058813247]] and phone [[PHONE_NUMBER:(404) 771-2093]]. A rental was authorized for up to 14 days.""",
    """{"lead_id": "LD-448120", "source": "web_form", "customer": {"first_name": "[[PERSON:Haruto]]", "last_name": "[[PERSON:Kinoshita]]", "email": "[[EMAIL_ADDRESS:haruto.kinoshita88@gmail.com]]", "mobile": "[[PHONE_NUMBER:+1 604 555 0187]]", "postal_code": "[[ZIP_CODE:V5K 0A1]]"}, "vehicle_interest": {"make": "Subaru", "model": "Outback", "trim": "Onyx"}, "trade_in": {"plate": "[[ID_NUMBER:SK4 82P]]", "odometer_km": 118400}, "test_drive": "[[DATE_TIME:2024-06-14T16:30:00-07:00]]", "assigned_rep": "[[PERSON:Gurpreet Dhaliwal]]"}""",
    """2024-03-11T08:14:52.331Z INFO auth-service login_success username=[[USERNAME:kpatel_finops]] email=[[EMAIL_ADDRESS:krishna.patel@northgatefin.co.uk]] src_ip=[[IP_ADDRESS:81.145.203.9]] mac=3C:22:FB:9A:01:7E ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15" session=7f3c9e21a0""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, phone, street, city, state, zip) VALUES ('[[ID_NUMBER:MRN-00291847]]', '[[PERSON:Lucía]]', '[[PERSON:Villanueva Ortiz]]', '[[DATE_TIME:1964-12-02]]', '[[PHONE_NUMBER:917-408-2261]]', '[[ADDRESS:3310 Fish Avenue, Apt 4F]]', '[[LOCATION:Bronx]]', '[[LOCATION:NY]]', '[[ZIP_CODE:10469]]');""",
    """<registration>
  <owner>
    <name>[[PERSON:Siobhán Ní Bhriain]]</name>
    <ppsn>[[ID_NUMBER:8472913E]]</ppsn>
    <address>[[ADDRESS:14 Ard na Gréine]], [[LOCATION:Knocknacarra]], [[LOCATION:Galway]], [[ZIP_CODE:H91 K2X7]]</address>
  </owner>
  <vehicle>
    <reg>[[ID_NUMBER:221-G-4093]]</reg>
    <make>Volkswagen</make>
    <model>ID.4</model>
    <first_registered>2022-03-01</first_registered>
  </vehicle>
  <transfer_date>[[DATE_TIME:2024-05-20]]</transfer_date>
</registration>""",
    """# deploy.yaml -- maintainer contact
maintainer:
  name: [[PERSON:Bartholomew Achterberg]]
  email: [[EMAIL_ADDRESS:b.achterberg@protonmail.com]]
  on_call_phone: "[[PHONE_NUMBER:+31 6 4129 7730]]"
ssh:
  host: [[IP_ADDRESS:10.0.4.12]]
  user: [[USERNAME:bachterberg]]
  password: Tulp!2024-winter""",
    """Ticket #INC-0042187 | Priority: P2 | Opened by: [[PERSON:Adaeze Okonkwo-Bell]] ([[EMAIL_ADDRESS:adaeze.ob@lagosbrightdental.ng]], ext. 214)
Summary: Cannot access the patient portal from the front-desk PC.
Details: Workstation FD-02 (MAC 00:1B:44:11:3A:B7, IP [[IP_ADDRESS:192.168.10.57]]) shows error 0x80070005 after the update. User account [[USERNAME:aokonkwo]] was last used [[DATE_TIME:14/02/2025 09:12]]. Callback on [[PHONE_NUMBER:0803 447 2190]].""",
    """PERSONAL LOAN APPLICATION - SUMMARY
Applicant: [[PERSON:Rajesh Subramaniam]]   DOB: [[DATE_TIME:17-Jun-1983]]   Age: [[AGE:41]]
PAN: [[ID_NUMBER:BQKPS4418M]]   Aadhaar: [[ID_NUMBER:4918 2736 4505]]
Residential address: [[ADDRESS:Flat 302, Sai Krupa Residency, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], [[LOCATION:Karnataka]]
Employer: Infoline Technologies Pvt Ltd   Designation: Lead QA Engineer
Salary account: [[ID_NUMBER:50100234871926]] (IFSC HDFC0001753)
Loan amount requested: INR 6,50,000 towards a used Hyundai Creta.
Co-applicant: [[PERSON:Meenakshi Subramaniam]], mobile [[PHONE_NUMBER:+91 98450 31627]]""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Ziegler-Aydın]], die Zulassung Ihres Fahrzeugs mit dem Kennzeichen [[ID_NUMBER:B-ZA 4719]] wurde zum [[DATE_TIME:01.10.2024]] auf die neue Anschrift [[ADDRESS:Skalitzer Straße 118, Hinterhaus 3. OG]], [[ZIP_CODE:10999]] [[LOCATION:Berlin]] umgeschrieben. Die Kfz-Steuer wird weiterhin von [[IBAN_CODE:DE56 1203 0000 1029 3847 56]] eingezogen. Rückfragen bitte an [[EMAIL_ADDRESS:e.ziegler.aydin@web.de]] oder [[PHONE_NUMBER:0176 28441907]].""",
    """Tisztelt [[PERSON:Kovácsné Szabó Erika]]! Az [[ID_NUMBER:AEB-213]] forgalmi rendszámú gépjármű [[DATE_TIME:2024.09.12. 14:05]] órakor a [[ADDRESS:Pannónia utca 42.]] előtt ([[LOCATION:Budapest]], [[LOCATION:XIII. kerület]]) várakozási díj megfizetése nélkül parkolt. A pótdíjat kérjük a [[IBAN_CODE:HU92 1177 3009 6301 8724 0000 0003]] számlára utalni. Ügyszám: PK-2024-118734.""",
    """VEHICLE LEASE AGREEMENT (excerpt)

This Agreement is made between Northway Motor Finance Ltd ("Lessor") and [[PERSON:Callum Fraser McInnes]] of [[ADDRESS:Flat 2/1, 61 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UX]] ("Lessee"), date of birth [[DATE_TIME:29/11/1990]], driving licence no. [[ID_NUMBER:MCINN911290CF9AB]].

1. Vehicle: 2024 Kia EV6 GT-Line, registration [[ID_NUMBER:SV24 KXR]].
2. Term: 36 months commencing on delivery.
3. Monthly rental: GBP 389.00 payable by Direct Debit from account [[ID_NUMBER:41029387]], sort code 80-22-60.

Signed by the Lessee on [[DATE_TIME:2 September 2024]].""",
    """PATIENT INTAKE - Riverside Family Practice
Name: [[PERSON:Tomasz Wiśniewski]]    Sex: M    DOB: [[DATE_TIME:08/22/1957]] (age [[AGE:67]])
Address: [[ADDRESS:2204 W Cermak Rd]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]]
Phone (cell): [[PHONE_NUMBER:773.961.0482]]    Email: [[EMAIL_ADDRESS:tomwis57@yahoo.com]]
Medicare MBI: [[ID_NUMBER:4TE7-QM2-WK81]]
Emergency contact: [[PERSON:Agnieszka]] (daughter) [[PHONE_NUMBER:312-577-0913]]
Insurance: Blue Cross PPO, member ID [[ID_NUMBER:XOF884213907]]
Reason for visit: follow-up on hypertension, med refill (lisinopril 20 mg).""",
    """Hello [[PERSON:Ngozi]], as the newly appointed Regional Response Architect, please claim the travel costs back to your card [[CREDIT_CARD:5353 1044 2286 9075]] and resend the receipts to [[EMAIL_ADDRESS:ngozi.eze1992@outlook.com]]. Your login [[USERNAME:ngozi_eze92]] was accessed from [[IP_ADDRESS:2001:db8:4f2a::17]] on [[DATE_TIME:5th January 2025]]; if that wasn't you, call [[PHONE_NUMBER:+44 7700 900318]].""",
    """# seed data for local dev
TEST_USERS = [
    {"name": "[[PERSON:Fatima Zahra Benali]]", "email": "[[EMAIL_ADDRESS:fz.benali@laposte.net]]", "phone": "[[PHONE_NUMBER:+33 6 12 48 90 73]]", "born": "[[DATE_TIME:1995-07-30]]"},
    {"name": "[[PERSON:Olumide Adebayo]]", "email": "[[EMAIL_ADDRESS:olumide.a@gmail.com]]", "phone": "[[PHONE_NUMBER:+234 809 221 4478]]", "born": "[[DATE_TIME:1987-01-09]]"},
]""",
    """NOTICE OF PRIVACY INCIDENT

[[DATE_TIME:October 3, 2024]]

[[PERSON:Mr. Darnell Okafor]]
[[ADDRESS:577 Lenox Road, Apt 3C]]
[[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11203]]

Dear [[PERSON:Mr. Okafor]]:

We are writing to tell you about an incident that may have involved some of your information. An employee of our billing vendor mistakenly emailed a spreadsheet containing your name, date of birth ([[DATE_TIME:06/14/1971]]), patient account number [[ID_NUMBER:KMB-3378120]] and the last four digits of your Social Security number to an incorrect outside address. We have no evidence that the information was misused.""",
    """{"pcn": "WK40918837", "contravention_code": "12", "contravention_datetime": "[[DATE_TIME:2024-11-02T10:47:00Z]]", "vrm": "[[ID_NUMBER:YH19 OXD]]", "keeper": {"name": "[[PERSON:Shabnam Akhtar]]", "address": "[[ADDRESS:43 Wellsted Street]], [[LOCATION:Hull]] [[ZIP_CODE:HU3 3AQ]]"}, "amount_due_gbp": 70, "discount_until": "2024-11-16"}""",
    """GÉPJÁRMŰ-ADÁSVÉTELI SZERZŐDÉS

Eladó: [[PERSON:Tóth Gábor]], születési idő: [[DATE_TIME:1978. 09. 12.]], anyja neve: [[PERSON:Farkas Ilona]], lakcím: [[ZIP_CODE:6722]] [[LOCATION:Szeged]], [[ADDRESS:Kossuth Lajos sugárút 31. 2/5.]], személyi azonosító: [[ID_NUMBER:1-780912-2645]]
Vevő: [[PERSON:Nagy-Horváth Réka]], lakcím: [[ZIP_CODE:6724]] [[LOCATION:Szeged]], [[ADDRESS:Pulz utca 8/B]], adóazonosító jel: [[ID_NUMBER:8472159035]]
A gépjármű: Suzuki Vitara 1.4 Hybrid, forgalmi rendszám: [[ID_NUMBER:NKR-518]], forgalmi engedély száma: [[ID_NUMBER:LK 482913]]
Vételár: 4 250 000 Ft, amelyet a Vevő a mai napon készpénzben megfizetett.
Kelt: [[LOCATION:Szeged]], [[DATE_TIME:2024. október 7.]]""",
    """Grüezi [[TITLE:Herr]] [[PERSON:Bühlmann]], Ihre AHV-Nummer [[ID_NUMBER:756.9483.1605.79]] wurde für die Lohnabrechnung von [[PERSON:Reto Andrea Bühlmann]] (geb. [[DATE_TIME:04.11.1969]]) hinterlegt. Die Auszahlung erfolgt auf [[IBAN_CODE:CH14 0023 0002 8471 0593 0]]; Ihre neue Adresse lautet [[ADDRESS:Hardturmstrasse 261]], [[ZIP_CODE:8005]] [[LOCATION:Zürich]]. Für Rückfragen: [[PHONE_NUMBER:+41 79 318 42 05]].""",
    """[2024-07-19 22:03:11] WARN  telematics-gw: geofence_exit vehicle_vin=[[ID_NUMBER:5YJ3E1EAXLF604215]] owner_account=[[EMAIL_ADDRESS:jaime.okoro.h@icloud.com]] last_seen_ip=[[IP_ADDRESS:172.58.12.201]] app_ver=4.31.1 fw=2024.20.9""",
    """Please update the subscription for [[PERSON:Lachlan O'Rourke]] ([[USERNAME:lachie.orourke]]), a Junior Mining Surveyor based at [[ADDRESS:12/48 Hay Street]], [[LOCATION:Subiaco]] [[LOCATION:WA]] [[ZIP_CODE:6008]]. New card: [[CREDIT_CARD:4556 7301 9924 8313]], expiry 03/28, CVC 117. TFN for the payroll record: [[ID_NUMBER:459 123 875]]. Device: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1.""",
    """HOMEOWNERS CLAIM - FIRST NOTICE OF LOSS
Policyholder: [[PERSON:Ingrid Solberg-Marsh]]    Policy: HO3-7729140
Property: [[ADDRESS:915 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]
Reported by: [[PERSON:Ingrid Solberg-Marsh]] by phone [[PHONE_NUMBER:(208) 559-4120]] on [[DATE_TIME:02/03/2025]]
Description: Pipe burst in the upstairs bathroom overnight; water came through the kitchen ceiling. Insured is staying with her sister, [[PERSON:Kari]], at [[ADDRESS:2208 N 26th Street]], [[LOCATION:Boise]], until repairs are complete.
Adjuster assigned: [[PERSON:Miguel Arredondo]], ext. 4471""",
    """{"employee_id": "[[ID_NUMBER:E-204417]]", "name": {"first": "[[PERSON:Kwame]]", "middle": "[[PERSON:Nana]]", "last": "[[PERSON:Asante]]"}, "dob": "[[DATE_TIME:1990-10-05]]", "ssn": "[[US_SSN:512-48-3907]]", "job_title": "Payroll Analyst II", "work_email": "[[EMAIL_ADDRESS:kwame.asante@halcyonlogistics.com]]", "home_address": {"street": "[[ADDRESS:6120 Greenbriar Dr]]", "city": "[[LOCATION:Columbus]]", "state": "[[LOCATION:OH]]", "zip": "[[ZIP_CODE:43229]]"}, "direct_deposit": {"routing": "044000037", "account": "[[ID_NUMBER:7719034482]]"}, "hire_date": "[[DATE_TIME:2021-04-12]]"}""",
    """Service booking confirmed for [[PERSON:Anjali Venkataraman]] at the Croydon workshop, [[DATE_TIME:Thursday 17 October 2024, 08:30]]: MOT and interim service on [[ID_NUMBER:LR67 FHU]]. We'll text updates to [[PHONE_NUMBER:07911 204 388]]. Courtesy car released against her licence [[ID_NUMBER:VENKA856192A99KX]] and the card ending 4417.""",
    """SELECT d.full_name, d.dl_number, v.plate FROM drivers d JOIN vehicles v ON v.driver_id = d.driver_id WHERE d.full_name = '[[PERSON:Emeka Chukwuma]]';
-- 1 row: [[PERSON:Emeka Chukwuma]] | [[US_DRIVER_LICENSE:C3148902]] | [[ID_NUMBER:8XTR214]]""",
    """NOTICE OF VIOLATION - AUTOMATED SPEED ENFORCEMENT
Citation No.: 2024-ASE-0193377
Registered Owner: [[PERSON:Beatriz Helena Carvalho]]
Mailing Address: [[ADDRESS:PO Box 1184]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20915-1184]]
Plate / State: [[ID_NUMBER:3EW7731]] / [[LOCATION:MD]]
Violation: 42 mph in a posted 30 mph school zone
Date/Time of Violation: [[DATE_TIME:11/14/2024 07:52 AM]]
Fine: $40.00, due within 30 days of the mailing date. No points will be assessed.""",
    """LEASINGANTRAG - Kurzfassung
Antragsteller: [[TITLE:Ing.]] [[PERSON:Markus Pöltl]], geboren am [[DATE_TIME:14. März 1983]]
Sozialversicherungsnummer: [[ID_NUMBER:4725 140383]]
Wohnhaft: [[ADDRESS:Mariahilfer Straße 47/12]], [[ZIP_CODE:1060]] [[LOCATION:Wien]]
Beruf: Projektleiter Hochbau
Fahrzeug: Škoda Enyaq 80, FIN [[ID_NUMBER:TMBJJ7NE0K0091627]]
Kennzeichen des Vorfahrzeugs: [[ID_NUMBER:W-41872 K]]
Bankverbindung: [[IBAN_CODE:AT68 2011 1826 1547 8903]]
Telefon: [[PHONE_NUMBER:+43 664 281 7390]], E-Mail: [[EMAIL_ADDRESS:markus.poeltl@gmx.at]]""",
    """<quoteRequest id="Q-88213071">
  <driver primary="true">
    <fullName>[[PERSON:Aroha Te Rangi]]</fullName>
    <dateOfBirth>[[DATE_TIME:1996-08-03]]</dateOfBirth>
    <licenceNumber>[[ID_NUMBER:DK482915]]</licenceNumber>
    <mobile>[[PHONE_NUMBER:021 448 9031]]</mobile>
  </driver>
  <vehicle rego="[[ID_NUMBER:NHK412]]" make="Mazda" model="CX-5" year="2018"/>
  <garagingAddress>[[ADDRESS:27 Kowhai Street]], [[LOCATION:Hamilton East]], [[LOCATION:Hamilton]] [[ZIP_CODE:3216]]</garagingAddress>
</quoteRequest>""",
    """Kedves [[PERSON:Balogh Levente]]! Értesítjük, hogy a [[CREDIT_CARD:5478 1209 3364 5184]] számú kártyájához tartozó fiókba [[DATE_TIME:2025. január 18-án]] új eszközről jelentkeztek be ([[IP_ADDRESS:84.236.117.52]]). Ha nem Ön volt, hívja a +36 1 325 3200 számot, vagy válaszoljon a [[EMAIL_ADDRESS:balogh.levente@freemail.hu]] címről.""",
    """Case 00918273 - SIM swap request
Customer: [[PERSON:Ruth Anne Mbeki]] | Account PIN verified (****) | DOB [[DATE_TIME:1992/03/03]]
MSISDN: [[PHONE_NUMBER:+27 82 447 1093]]
ID document: SA ID [[ID_NUMBER:9203030281084]]
Agent notes: customer came into the store on [[DATE_TIME:2025-02-11]] with her ID book; new SIM ICCID 8927000012345678901 issued. Contact email [[EMAIL_ADDRESS:ruthanne.mbeki@mweb.co.za]]. Home: [[ADDRESS:17 Rivonia Road]], [[LOCATION:Morningside]], [[LOCATION:Sandton]], [[ZIP_CODE:2196]].""",
    """Congratulations on your new Hyundai Ioniq 5, [[PERSON:Mr. Abdirahman Warsame]]! Your finance agreement is tied to account [[ID_NUMBER:AF-00731842]] and the first payment of $612.40 will be drawn from the Visa ending 0195 on [[DATE_TIME:15 December 2024]]. Plates [[ID_NUMBER:NRV 218]] and the registration card will be mailed to [[ADDRESS:2871 Pillsbury Avenue S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55408]]. Your sales consultant was [[PERSON:Kristin Lindqvist]].""",
    """EMPLOYMENT AGREEMENT - Schedule A

Employee: [[PERSON:Chiamaka Obi-Lindgren]]
Address: [[ADDRESS:Unit 7, 33 Gilles Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]]
Position: Clinical Data Manager
Commencement Date: [[DATE_TIME:3 March 2025]]
Salary: AUD 128,000 per annum plus 11.5% superannuation
Superannuation member number: [[ID_NUMBER:800417725]]
Tax File Number: [[ID_NUMBER:873 201 541]]
Bank: BSB 065-000, Account [[ID_NUMBER:10482937]]
Emergency contact: [[PERSON:Erik Lindgren]], [[PHONE_NUMBER:0412 883 106]]""",
    """POST /api/v2/bookings HTTP/1.1
Host: api.spotpark.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODIxIn0.3kq9
Content-Type: application/json

{"driver": {"name": "[[PERSON:Yusuf Demirci]]", "phone": "[[PHONE_NUMBER:+49 151 2347 8810]]", "plate": "[[ID_NUMBER:M-YD 3318]]"}, "lot_id": "MUC-HBF-P2", "from": "[[DATE_TIME:2024-12-20T06:15:00+01:00]]", "to": "[[DATE_TIME:2024-12-22T21:00:00+01:00]]", "payment_method": "pm_card_visa"}""",
    """Hi [[PERSON:Priyanka]], your laptop (HP EliteBook, serial 5CG1427XQZ) is ready for collection at our [[LOCATION:Leicester]] branch. The technician, [[PERSON:Gareth]], replaced the keyboard and the battery. The payment link was sent to [[EMAIL_ADDRESS:priyanka.m.solanki@hotmail.co.uk]]; please bring the collection code you were given, as [[PERSON:Gareth]] won't release the device without it.""",
    """2024-09-03 18:22:07 session_start charger=CP-UK-LON-0419 connector=2 rfid=04A2B91C33 user=[[EMAIL_ADDRESS:t.adeyemi@btinternet.com]] vehicle=[[ID_NUMBER:LB70 XNM]]
2024-09-03 19:41:55 session_stop charger=CP-UK-LON-0419 kwh=38.7 cost_gbp=26.32 card=**** **** **** 7719 user=[[EMAIL_ADDRESS:t.adeyemi@btinternet.com]]""",
    """Termin bestätigt: [[PERSON:Dr. Henrike Vogelsang]] erwartet [[PERSON:Jonas Mertens]] ([[AGE:34]]) am [[DATE_TIME:Mittwoch, 22.01.2025 um 9:40 Uhr]] in der Praxis [[ADDRESS:Königsallee 92a]], [[ZIP_CODE:40212]] [[LOCATION:Düsseldorf]]. Krankenversichertennummer: [[ID_NUMBER:M418273655]]. Bitte bringen Sie Ihre Gesundheitskarte mit; bei Verhinderung rufen Sie die Praxis unter 0211 8630 4400 an.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Whitcombe-Hale]]   MRN: [[ID_NUMBER:0047719203]]   NHS No.: [[ID_NUMBER:943 476 5919]]
DOB: [[DATE_TIME:21.07.1949]]   Age: [[AGE:75]]
Admitted: [[DATE_TIME:09/12/2024]]   Discharged: [[DATE_TIME:16/12/2024]]
Consultant: [[PERSON:Dr. Farhan Siddiqui]]
GP: [[PERSON:Dr. R. Kaur]], Beechwood Surgery
Diagnosis: community-acquired pneumonia, resolved. Follow-up chest X-ray in six weeks.
Next of kin: [[PERSON:Martin Hale]] (son), [[PHONE_NUMBER:07700 900 451]]""",
    """Security notice for [[USERNAME:mirela.dobre]]: a new device (MAC 8C:85:90:1D:4E:22) using [[IP_ADDRESS:2a02:2f0e:5113:c700:1c4d:9e2f:61aa:3b04]] logged into your account on [[DATE_TIME:08/03/2025 at 23:17]] from [[LOCATION:Cluj-Napoca]]. If this was you, no action is needed, [[PERSON:Mirela]].""",
    """APPLICATION FOR TEXAS TITLE AND/OR REGISTRATION
1. Owner name (Last, First, MI): [[PERSON:NGUYEN, THANH V]]
2. Driver license / ID no.: [[US_DRIVER_LICENSE:41877260]]
3. Residence address: [[ADDRESS:10422 Bellaire Blvd Apt 210]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77072]]
4. Phone: [[PHONE_NUMBER:832-610-0475]]
5. Vehicle: 2016 Lexus RX 350, VIN [[ID_NUMBER:2T2BZMCA0GC017354]]
6. Lienholder: Texas Dow Employees Credit Union
7. Date of sale: 01/06/2025
8. Signature of owner: ______________  Date: [[DATE_TIME:01/09/2025]]""",
    """[[PERSON:Molnár Dániel]] szervizidőpontja: [[DATE_TIME:2025. március 4., kedd 7:30]]. Gépjármű: Opel Astra K, rendszám [[ID_NUMBER:PRT-447]], kilométeróra-állás 142 380. Elérhetőség: [[PHONE_NUMBER:+36 30 418 2297]], [[EMAIL_ADDRESS:molnar.dani87@gmail.com]]. Számlázási cím: [[ZIP_CODE:9022]] [[LOCATION:Győr]], [[ADDRESS:Baross Gábor út 16. III/9]].""",
    """NOTICE TO VACATE
To: [[PERSON:Samuel Oduya]] and [[PERSON:Grace Oduya]]
Premises: [[ADDRESS:House 48, Kilimani Gardens, Argwings Kodhek Road]], [[LOCATION:Nairobi]]
You are hereby notified that your tenancy will terminate on [[DATE_TIME:31st March 2025]], and you are required to hand over vacant possession and all keys on or before that date.
Landlord: [[PERSON:Harriet Wambui Kariuki]], ID No. [[ID_NUMBER:23408817]], KRA PIN [[ID_NUMBER:A004418273K]].
Dated at [[LOCATION:Nairobi]] this [[DATE_TIME:28th day of February 2025]].""",
    """# .env.local (staging)
DB_HOST=[[IP_ADDRESS:10.12.0.33]]
DB_USER=app_rw
DB_PASS=Xk9#mvL2!qt
ADMIN_CONTACT=[[EMAIL_ADDRESS:oluwaseun.bakare@fintrail.io]]
ADMIN_NAME="[[PERSON:Oluwaseun Bakare]]"
SMS_ALERT_TO=[[PHONE_NUMBER:+2348034417720]]
SENTRY_DSN=https://a81c3f@o44211.ingest.sentry.io/55012""",
    """Student [[PERSON:Zainab]] [[PERSON:Hussain]] (ID [[ID_NUMBER:S20219834]]), aged [[AGE:19]], has asked that transcripts be sent to her new address, [[ADDRESS:Room 412, Tower B, 2 Thorncliffe Park Drive]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4H 1H2]]. Her SIN ([[ID_NUMBER:046 217 980]]) was removed from the file per policy. Please confirm by email to [[EMAIL_ADDRESS:zhussain19@my.yorku.ca]].""",
    """-- columns: permit_no, holder, address, postcode, vrm, zone, valid_from, valid_to
INSERT INTO permits VALUES (5521, '[[PERSON:Ingeborg Halvorsen]]', '[[ADDRESS:Flat 9, 140 Leith Walk]]', '[[ZIP_CODE:EH6 5DT]]', '[[ID_NUMBER:SF21 PWO]]', 'N3', '2024-10-01', '2025-09-30');
INSERT INTO permits VALUES (5522, '[[PERSON:Callum Doig]]', '[[ADDRESS:3F2, 17 Albert Street]]', '[[ZIP_CODE:EH7 5LH]]', '[[ID_NUMBER:SK19 YRT]]', 'N3', '2024-10-01', '2025-09-30');""",
    """Refund #R-55102 approved for [[PERSON:Aleksandra Petrović]], Lead Branding Consultant, [[ADDRESS:221 Rue Saint-Paul Ouest]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2Y 2A2]]. Amount CAD 214.87 back to Mastercard [[CREDIT_CARD:2223 0048 1175 6344]] (exp 09/26). Account login [[USERNAME:apetrovic.design]], last seen from [[IP_ADDRESS:142.114.88.203]], browser Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0.""",
    """TRAVEL INSURANCE CLAIM FORM
Section 1 - Claimant
Full name: [[PERSON:Hemi Parata-Walker]]   Date of birth: [[DATE_TIME:2 Feb 1979]]
Passport no.: [[ID_NUMBER:LA4471928]] ([[LOCATION:New Zealand]])
Email: [[EMAIL_ADDRESS:hemi.pw@xtra.co.nz]]   Mobile: [[PHONE_NUMBER:+64 27 551 8034]]
Section 2 - Incident
Date of incident: [[DATE_TIME:19/06/2024]]   Place: [[LOCATION:Denpasar]], [[LOCATION:Bali]]
Description: Hospitalised for two nights with food poisoning; flight home moved from [[DATE_TIME:21 June]] to [[DATE_TIME:24 June 2024]].
Section 3 - Payment
Account name: [[PERSON:H Parata-Walker]]   Account no.: [[ID_NUMBER:12-3140-0418827-00]]""",
    """{"rental_agreement": "RA-7719342", "renter": {"name": "[[PERSON:Camille Dubois-Nkemelu]]", "dl_number": "[[ID_NUMBER:190875200418]]", "dl_country": "[[LOCATION:France]]", "dob": "[[DATE_TIME:1987-03-19]]", "email": "[[EMAIL_ADDRESS:camille.dnk@orange.fr]]"}, "pickup": {"branch": "LHR T5", "at": "[[DATE_TIME:2025-04-11 09:00]]"}, "return": {"branch": "EDI Airport", "at": "[[DATE_TIME:2025-04-18 17:00]]"}, "vehicle": {"reg": "[[ID_NUMBER:LC24 OVK]]", "class": "IDAR"}, "card_on_file": "[[CREDIT_CARD:4929 8810 6635 7420]]"}""",
    """Hello [[PERSON:Lena-Marie]], your order 302-7781934 ships to [[ADDRESS:Am Kirchberg 7]], [[ZIP_CODE:79100]] [[LOCATION:Freiburg im Breisgau]], [[LOCATION:Germany]]. Paid by credit card [[CREDIT_CARD:4917 6100 2284 5309]], valid thru 08/27. Your login: [[USERNAME:lenamarie_fr]], last sign-in [[DATE_TIME:03.02.2025, 21:14]] from [[IP_ADDRESS:93.104.182.66]].""",
    """RETAIL PURCHASE AGREEMENT - USED VEHICLE
Buyer: [[PERSON:Jerome Baptiste]]   Co-Buyer: [[PERSON:Nadège Baptiste]]
Address: [[ADDRESS:1450 NE 131st Street]], [[LOCATION:North Miami]], [[LOCATION:FL]] [[ZIP_CODE:33161]]
Phone: [[PHONE_NUMBER:(786) 302-4419]]   DL#: [[US_DRIVER_LICENSE:B213-771-84-512-0]]
Vehicle: 2020 Honda CR-V EX, VIN [[ID_NUMBER:5J6RW2H52LL003917]], Stock No. U24817, Odometer 48,221
Cash price: $24,995.00   Trade-in: 2011 Nissan Altima, VIN [[ID_NUMBER:1N4AL2AP0BC174208]], allowance $2,100.00
Salesperson: [[PERSON:Luis Ferrer]]
Buyer signature: ______________  Date: [[DATE_TIME:12/28/2024]]""",
    """[[PERSON:Ewan]] [[PERSON:Gallacher]], as registered keeper of [[ID_NUMBER:SN68 TLV]] you are required to name the driver at the wheel on [[DATE_TIME:4 January 2025 at 16:21]] on the A90 near [[LOCATION:Stonehaven]]. Reply online with reference 40/118277/25 and your date of birth ([[DATE_TIME:12/08/1993]]), or by post; this notice was sent to [[ADDRESS:6 Kinnear Square]], [[LOCATION:Laurencekirk]] [[ZIP_CODE:AB30 1UL]].""",
    """{"impound_record": {"lot": "Yard 3", "plate": "[[ID_NUMBER:KGT-7730]]", "plate_state": "[[LOCATION:WA]]", "towed_at": "[[DATE_TIME:2025-02-07T02:40:00-08:00]]", "reason": "blocking driveway", "requested_by": {"name": "[[PERSON:Mehmet Yıldız]]", "phone": "[[PHONE_NUMBER:206-718-3356]]", "address": "[[ADDRESS:5814 Rainier Ave S]]"}, "registered_owner": {"name": "[[PERSON:Tanisha Greene]]", "address": "[[ADDRESS:3011 S Hanford St, Unit 2]]", "city": "[[LOCATION:Seattle]]", "zip": "[[ZIP_CODE:98144]]"}}}""",
    """IN THE COUNTY COURT
Claim No. K9QZ4471
Between Midland Credit Solutions Ltd (Claimant) and [[PERSON:Mr. Imran Qureshi]] (Defendant)
Defendant's address: [[ADDRESS:114 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1AN]]
NOTICE OF HEARING
The hearing will take place on [[DATE_TIME:Monday 14 April 2025 at 10:00 am]] at the Civil Justice Centre, Priory Courts, [[ADDRESS:33 Bull Street]], [[LOCATION:Birmingham]] [[ZIP_CODE:B4 6DS]]. Time estimate: 1 hour.
Issued by [[PERSON:A. Okoye]], court officer.""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Brunner]], bei der Rückgabe Ihres Mietwagens ([[ID_NUMBER:BE 482 116]]) am [[DATE_TIME:3. Juni 2024]] in [[LOCATION:Bern]] wurde ein Kratzer an der Heckklappe festgestellt. Der Selbstbehalt von CHF 500.- wird Ihrer Karte [[CREDIT_CARD:5200 8213 6649 0775]] belastet. Ihre Ansprechperson: [[PERSON:Sandro Keller]], Schadenabteilung.""",
    """const customer = {
  fullName: '[[PERSON:Mariana Costa Figueiredo]]',
  cpf: '[[ID_NUMBER:418.273.650-80]]',
  birthDate: '[[DATE_TIME:1991-11-27]]',
  email: '[[EMAIL_ADDRESS:mari.figueiredo@uol.com.br]]',
  phone: '[[PHONE_NUMBER:+55 11 98734-2201]]',
  address: { street: '[[ADDRESS:Rua Harmonia, 418, apto 52]]', city: '[[LOCATION:São Paulo]]', cep: '[[ZIP_CODE:05435-000]]' },
};
await api.post('/checkout', { customer, cardToken: 'tok_1Pq8aZ' });""",
    """STANDING ORDER CONFIRMATION
Account holder: [[PERSON:Aoife Brennan]]
Address: [[ADDRESS:Apt 14, The Maltings, Bow Street]], [[LOCATION:Dublin 7]], [[ZIP_CODE:D07 N2X9]]
From IBAN: [[IBAN_CODE:IE27 AIBK 9310 4617 7250 93]]
Payee: Clanbrassil Motors Ltd (car loan repayments)
Amount: EUR 342.18 monthly, first payment [[DATE_TIME:01/03/2025]]
PPSN (for the tax relief query): [[ID_NUMBER:3059128JW]]""",
    """Hi [[PERSON:Kwaku]], here is the on-call config for next week, can you double-check the numbers?
oncall:
  primary:
    name: [[PERSON:Sunita Rao]]
    phone: "[[PHONE_NUMBER:07456 318 902]]"
    slack: [[USERNAME:srao]]
  secondary:
    name: [[PERSON:Dariusz Kowal]]
    phone: "[[PHONE_NUMBER:07456 318 917]]"
    slack: [[USERNAME:dkowal]]
  escalation: sre-leads@northdepot.example
  pager_device_imei: 358240051122334""",
    """AUTO LOAN PRE-APPROVAL
Applicant: [[PERSON:Olusegun Adeyemi-Price]]   SSN: [[US_SSN:617-30-4481]]   DOB: [[DATE_TIME:1985-09-14]]
Current address (3 yrs): [[ADDRESS:7720 Wornall Road, Apt 3]], [[LOCATION:Kansas City]], [[LOCATION:MO]] [[ZIP_CODE:64114]]
Employer: regional hospital group, Staff Accountant, annual income $71,400
Requested amount: $28,500 over 72 months for a 2022 Toyota RAV4 Hybrid
Checking account: [[ID_NUMBER:0021847730]] (routing 101000019)
Credit score: 712
Contact: [[EMAIL_ADDRESS:olu.adeyemiprice@gmail.com]] / [[PHONE_NUMBER:816.555.0142]]""",
    """WARRANTY CLAIM WC-2025-04417
Dealer: Lakeside Chevrolet, dealer code 21884
Customer: [[PERSON:Penelope Arkwright]], [[PHONE_NUMBER:(902) 471-8836]], [[EMAIL_ADDRESS:penny.arkwright@eastlink.ca]]
Address: [[ADDRESS:61 Crichton Park Road]], [[LOCATION:Dartmouth]], [[LOCATION:NS]] [[ZIP_CODE:B3A 2N8]]
VIN: [[ID_NUMBER:3GNAXUEV9ML301877]]   In-service date: 2021-06-30   Mileage: 61,402 km
Complaint: infotainment screen reboots while driving. Cause: software fault (bulletin 24-NA-118). Correction: reflashed radio module.""",
    """Welcome aboard, [[PERSON:Tan Wei Ling]]! Your first day as Associate Product Designer is [[DATE_TIME:Monday, 2 June 2025]]. Please bring your NRIC ([[ID_NUMBER:S8834172D]]) and the details of your salary account, [[ID_NUMBER:017-244819-3]]. The office is at [[ADDRESS:71 Ayer Rajah Crescent, #05-14]], [[LOCATION:Singapore]] [[ZIP_CODE:139951]]. Your buddy, [[PERSON:Muthu Krishnan]], will meet you at reception; reach him on [[PHONE_NUMBER:+65 9123 4471]].""",
    """{"resourceType": "Patient", "id": "pt-88124", "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3", "value": "[[ID_NUMBER:182736453]]"}], "name": [{"family": "[[PERSON:van der Heijden]]", "given": ["[[PERSON:Maaike]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1972-04-25]]", "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:+31 20 471 8832]]"}], "address": [{"line": ["[[ADDRESS:Eerste Helmersstraat 112-III]]"], "city": "[[LOCATION:Amsterdam]]", "postalCode": "[[ZIP_CODE:1054 EG]]"}]}""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Priscilla Nakamura-Oduya]]
Current address: [[ADDRESS:4500 Rainier Avenue S, #308]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]] (since [[DATE_TIME:August 2019]])
Previous landlord: [[PERSON:Gordon Hale]], [[PHONE_NUMBER:253-555-0178]]
Employer: Swedish Medical Center, Respiratory Therapist, since [[DATE_TIME:03/2018]]
Monthly income: $6,850
Vehicle: 2015 Subaru Impreza, [[LOCATION:WA]] plate [[ID_NUMBER:BWX4417]]
Pets: one cat (Miso)
Desired move-in: [[DATE_TIME:May 1, 2025]]""",
    """Sehr geehrter [[TITLE:Herr]] [[PERSON:Reisinger]], Ihr Zugang zum Online-Banking wurde am [[DATE_TIME:17.02.2025 um 06:58]] von [[IP_ADDRESS:178.115.240.19]] aus gesperrt, nachdem dreimal ein falsches Passwort eingegeben wurde. Verfügernummer: [[ID_NUMBER:71029384]]. Konto: [[IBAN_CODE:AT12 3400 0007 1220 9845]]. Bitte kommen Sie mit einem Lichtbildausweis in die Filiale [[ADDRESS:Landstraße 38]], [[ZIP_CODE:4020]] [[LOCATION:Linz]].""",
    """mysql> SELECT offender, licence_no, plate, offence_ts, amount FROM traffic_fines WHERE district = 'KA' LIMIT 2;
+------------------+-------------+------------+---------------------+--------+
| offender         | licence_no  | plate      | offence_ts          | amount |
+------------------+-------------+------------+---------------------+--------+
| [[PERSON:Selin Aksoy]]      | [[ID_NUMBER:B0724XK8M21]] | [[ID_NUMBER:KA-SA 812]]  | [[DATE_TIME:2024-10-03 17:44:10]] |  35.00 |
| [[PERSON:Robert Lindemann]] | [[ID_NUMBER:K4417RT9A03]] | [[ID_NUMBER:KA-RL 2290]] | [[DATE_TIME:2024-10-04 08:02:55]] |  70.00 |
+------------------+-------------+------------+---------------------+--------+
2 rows in set (0.01 sec)""",
    """BENEFICIARY DESIGNATION FORM
Policy owner: [[PERSON:Harold J. Pemberton]]   SSN: [[US_SSN:402-61-8837]]
Primary beneficiary: [[PERSON:Louise Pemberton]], spouse, DOB [[DATE_TIME:5/17/1958]], 100%
Contingent beneficiaries: [[PERSON:Andrew Pemberton]] (son), DOB [[DATE_TIME:9/2/1984]], 50%; [[PERSON:Claire Pemberton-Ruiz]] (daughter), DOB [[DATE_TIME:1/30/1987]], 50%
Owner address: [[ADDRESS:88 Orchard Hill Lane]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40502]]
Signed [[DATE_TIME:March 12, 2025]]""",
    """Your car-share membership is live, [[PERSON:Oisín]]! Member no. [[ID_NUMBER:CS-0448127]], driving licence [[ID_NUMBER:041782936]], date of birth on file [[DATE_TIME:02-11-1998]]. Trips will be charged to [[CREDIT_CARD:3566 0020 2036 0521]]. Home zone: [[LOCATION:Rathmines]], [[LOCATION:Dublin 6]]. Unlock code for your first booking: 4471.""",
    """{"event": "checkout_completed", "ts": "2025-01-22T19:03:44Z", "user": {"username": "[[USERNAME:bookworm_amaka]]", "email": "[[EMAIL_ADDRESS:amaka.nwosu@gmail.com]]"}, "shipping": {"name": "[[PERSON:Amaka Nwosu]]", "line1": "[[ADDRESS:Flat 3, 27 Coldharbour Lane]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:SE5 9NR]]", "phone": "[[PHONE_NUMBER:+44 20 7946 0312]]"}, "client": {"ip": "[[IP_ADDRESS:81.2.69.160]]", "ua": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"}, "order_id": "ORD-5520719"}""",
    """NOTICE OF SUSPENSION OF DRIVING PRIVILEGE
Bureau of Motor Vehicles
[[DATE_TIME:January 8, 2025]]

[[PERSON:DEVONTE R. MILLER]]
[[ADDRESS:2219 CRESTVIEW DR]]
[[LOCATION:TOLEDO]] [[LOCATION:OH]] [[ZIP_CODE:43612]]

License Number: [[US_DRIVER_LICENSE:RM418237]]    Date of Birth: [[DATE_TIME:04/19/1999]]

Your [[LOCATION:Ohio]] driving privilege will be suspended effective [[DATE_TIME:February 7, 2025]] because you have accumulated 12 points within a two-year period. You may request an administrative hearing within 30 days of the mailing of this notice.""",
    """[[PERSON:Sipho Dlamini]] (ID [[ID_NUMBER:8507145123085]], born [[DATE_TIME:14 July 1985]]) asked for a limit increase on card [[CREDIT_CARD:5105 1000 7623 9145]]. Postal address: [[ADDRESS:PO Box 33172]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3200]]. Occupation: Senior Quantity Surveyor. Cell [[PHONE_NUMBER:072 559 1834]].""",
    """LÍZINGIGÉNYLŐ ADATLAP
Név: [[PERSON:Fekete Zsuzsanna]]
Születési hely, idő: [[LOCATION:Miskolc]], [[DATE_TIME:1985. április 3.]]
Anyja neve: [[PERSON:Bodnár Mária]]
Személyi azonosító: [[ID_NUMBER:2-850403-1195]]
TAJ szám: [[ID_NUMBER:113-250-981]]
Lakcím: [[ZIP_CODE:3530]] [[LOCATION:Miskolc]], [[ADDRESS:Széchenyi István út 74. 1. em. 3.]]
Telefon: [[PHONE_NUMBER:06 20 447 1938]]
E-mail: [[EMAIL_ADDRESS:fekete.zsuzsa@gmail.com]]
Finanszírozandó gépjármű: Toyota Corolla Touring Sports 1.8 Hybrid, vételár 11 490 000 Ft
Bankszámlaszám: [[ID_NUMBER:10405004-49281736-00000004]]""",
    """Ban appeal from [[USERNAME:xXShadowKite07Xx]] (real name [[PERSON:Dominik Szymański]], age [[AGE:17]]): he says the account was shared with his cousin [[PERSON:Kuba]] and logged in from [[IP_ADDRESS:89.64.17.230]] without his knowledge. Parent contact: [[EMAIL_ADDRESS:b.szymanska@wp.pl]], [[PHONE_NUMBER:+48 601 442 873]].""",
    '''[[IP_ADDRESS:66.249.70.14]] - - [12/Mar/2025:14:02:31 +0000] "GET /robots.txt HTTP/1.1" 200 112 "-" "Googlebot/2.1"
[[IP_ADDRESS:86.171.44.102]] - [[USERNAME:hbanerjee]] [12/Mar/2025:14:02:33 +0000] "POST /account/profile HTTP/1.1" 302 0 "https://portal.example.org/account" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"''',
    """Rx | Greenlane Medical Centre | [[ADDRESS:212 Great South Road]], [[LOCATION:Greenlane]], [[LOCATION:Auckland]] [[ZIP_CODE:1051]]
Prescriber: [[PERSON:Dr. Adwoa Mensah-Boateng]] (MCNZ [[ID_NUMBER:48213]])
Patient: [[PERSON:Talia Faleolo]]   NHI: [[ID_NUMBER:ZAC4411]]   DOB: [[DATE_TIME:30/01/2002]]
Address: [[ADDRESS:9 Tawa Crescent]], [[LOCATION:Mangere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]
Amoxicillin 500 mg, one capsule three times daily for 7 days. Qty 21. No repeats.
Date: [[DATE_TIME:07/04/2025]]""",
    """Időpont-visszaigazolás: [[PERSON:Varga Bence]] (TAJ: [[ID_NUMBER:044 783 121]]) részére, [[DATE_TIME:2025. április 9. 10:20]]. Háziorvos: [[TITLE:dr.]] [[PERSON:Szilágyi Annamária]], rendelő: [[ZIP_CODE:4025]] [[LOCATION:Debrecen]], [[ADDRESS:Piac utca 51.]] Kérjük, hozza magával a beutalót. Lemondani a [[EMAIL_ADDRESS:varga.bence@citromail.hu]] címről küldött válaszlevélben lehet.""",
    """Dear [[PERSON:Kavya Iyer]], your postpaid number [[PHONE_NUMBER:+91 99001 47325]] has been ported successfully. Billing address: [[ADDRESS:No. 18, 3rd Main Road, Kasturba Nagar]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]. Aadhaar-based KYC was completed with [[ID_NUMBER:7843 0215 9633]] on [[DATE_TIME:11-02-2025]]. For queries write to care@telemobile.example.""",
    """JOB CARD #J-30917 | Bay 4 | Tech: [[PERSON:Darren Pugh]]
Customer: [[PERSON:Mrs. Glenys Howells]], [[ADDRESS:12 Heol y Felin]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4HP]]
Tel: [[PHONE_NUMBER:01443 482 117]]
Vehicle: Ford Fiesta 1.0 EcoBoost, reg [[ID_NUMBER:CU65 RWY]], VIN [[ID_NUMBER:WF0DXXGA9DFB47215]]
Booked in: [[DATE_TIME:Fri 21/03/2025 08:15]]
Work: full service, replace wiper blades, investigate knocking from front nearside
Parts: oil filter 2S6Q-6714-DA, 4.1L 5W-20, blades 3397118907""",
    """[[DATE_TIME:14 February 2025]]

To whom it may concern,

This is to confirm that [[PERSON:Ms. Thandeka Mokoena]], holder of [[NRP:South African]] passport no. [[ID_NUMBER:A08812937]], has been employed by our company as a Senior Actuarial Analyst since [[DATE_TIME:1 September 2021]]. She will travel to [[LOCATION:Frankfurt]] from [[DATE_TIME:3 March]] to [[DATE_TIME:14 March 2025]] for client meetings, and all her costs will be covered by the company. Her residential address is [[ADDRESS:22 Protea Road]], [[LOCATION:Claremont]], [[LOCATION:Cape Town]], [[ZIP_CODE:7708]].

Yours faithfully,
[[PERSON:Jonathan Frey]]
Head of People""",
    """Anhörung im Bußgeldverfahren: Dem Fahrzeughalter [[PERSON:Kai-Uwe Brandstätter]], [[ADDRESS:Lindenstraße 14a]], [[ZIP_CODE:04105]] [[LOCATION:Leipzig]], wird vorgeworfen, am [[DATE_TIME:07.11.2024 um 15:32 Uhr]] in [[LOCATION:Markkleeberg]] die zulässige Höchstgeschwindigkeit um 23 km/h überschritten zu haben (Kennzeichen [[ID_NUMBER:L-KB 7721]]). Aktenzeichen: 5210.4471.92. Geburtsdatum des Halters: [[DATE_TIME:19.05.1968]].""",
    '''apiVersion: v1
kind: ConfigMap
metadata:
  name: billing-contacts
data:
  primary_contact: "[[PERSON:Leilani Kahananui]] <[[EMAIL_ADDRESS:leilani.k@manoapayments.com]]>"
  escalation_phone: "[[PHONE_NUMBER:+1 808 555 0164]]"
  backup_contact: "[[PERSON:Ikaika Akana]] <[[EMAIL_ADDRESS:ikaika.akana@manoapayments.com]]>"
  smtp_relay: "[[IP_ADDRESS:10.40.2.15]]:25"''',
    """STUDENT FINANCE - CHANGE OF CIRCUMSTANCES
Customer reference number: [[ID_NUMBER:11427783920]]
Name: [[PERSON:Rhiannon Pryce-Davies]]   Date of birth: [[DATE_TIME:23 Nov 2004]]
University: Cardiff University, BSc Nursing, Year 2
Term-time address: [[ADDRESS:Flat 6, 41 Salisbury Road]], [[LOCATION:Cathays]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 4AB]]
National Insurance number: [[ID_NUMBER:JK 44 81 27 C]]
Change: suspended studies from [[DATE_TIME:6 January 2025]], expected return [[DATE_TIME:15 September 2025]]
Signed: [[PERSON:R. Pryce-Davies]]""",
    """[[PERSON:Maëlle Tremblay-Singh]], your parking session for [[ID_NUMBER:F47 KRT]] in zone 2281 ends at 18:30. Auto-extend is charged to Amex [[CREDIT_CARD:3714 496353 98415]]. Manage alerts at https://park.example/settings or reply STOP. Account email: [[EMAIL_ADDRESS:maelle.ts@videotron.ca]].""",
    """Bug #4471: Export fails for accounts with non-ASCII names
Steps: log in as [[USERNAME:jmueller_ld]], open Contacts > Export CSV.
Traceback (most recent call last):
  File "export.py", line 88, in write_row
    writer.writerow([row.name, row.email, row.phone])
UnicodeEncodeError: 'ascii' codec can't encode character in position 1: ordinal not in range(128)
Row: name='[[PERSON:Jürgen Müller-Lüdenscheidt]]' email='[[EMAIL_ADDRESS:j.mueller-luedenscheidt@t-online.de]]' phone='[[PHONE_NUMBER:+49 2351 668 4410]]'
Reported by [[PERSON:Nomvula Zulu]] (QA).""",
    """VETERINARY TREATMENT RECORD
Client: [[PERSON:Beatrix Holloway]]   Client no. [[ID_NUMBER:C-00917]]
Address: [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5EH]]
Patient: "Biscuit", Labrador retriever, 7 yrs, microchip 985112004417392
Visit: [[DATE_TIME:27/02/2025 at 11:10]] with [[PERSON:Dr. Kofi Ansah]] MRCVS
Treatment: dental scale and polish under GA, extraction of 208. Total GBP 486.50 incl. VAT.""",
    """Köszönjük a rendelését, [[PERSON:Lakatos Márk]]! Szállítási cím: [[ZIP_CODE:1117]] [[LOCATION:Budapest]], [[ADDRESS:Fehérvári út 89-93. B ép. 4/12]]. Fizetés: bankkártya [[CREDIT_CARD:4485 9207 1133 8603]]. Felhasználónév: [[USERNAME:lakatosmark_1990]], utolsó belépés: [[DATE_TIME:2025.03.01. 20:47]], IP: [[IP_ADDRESS:37.76.14.209]]. Kérdés esetén írjon az ugyfelszolgalat@szuperbolt.example címre.""",
    """{"vin": "[[ID_NUMBER:WBA8E5G51HNU41862]]", "owners": [{"name": "[[PERSON:Rohan Mehta]]", "from": "[[DATE_TIME:2017-05-22]]", "to": "[[DATE_TIME:2021-08-09]]", "zip": "[[ZIP_CODE:07302]]"}, {"name": "[[PERSON:Alicia Fernández-Ong]]", "from": "[[DATE_TIME:2021-08-09]]", "to": null, "zip": "[[ZIP_CODE:10025]]"}], "accidents": 0, "last_odometer": 64210, "title_brand": "clean"}""",
    """EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Raúl Esteban Montoya]]   Employee ID: [[ID_NUMBER:004417]]   SSN: [[US_SSN:529-77-3014]]
Date of birth: [[DATE_TIME:07/07/1979]]   Age: [[AGE:45]]   Sex: M
Home: [[ADDRESS:3322 W Thomas Rd]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85017]]   Phone: [[PHONE_NUMBER:602-441-8370]]
Occupation: Forklift operator
Date/time of injury: [[DATE_TIME:03/05/2025 2:15 PM]]
Description: Employee's left foot was caught under a pallet while unloading trailer 14. Treated at urgent care and released the same day.
Supervisor: [[PERSON:Karen Liu]]""",
    """SC34HX9TQ2 Confirmed. Ksh4,500.00 sent to [[PERSON:WANJIKU MUTHONI]] [[PHONE_NUMBER:0712448391]] on [[DATE_TIME:3/3/25 at 7:41 PM]]. New balance is Ksh1,208.50. Transaction cost, Ksh53.00.""",
    """[CRM] Opportunity #OPP-22917, stage: Negotiation
Contact: [[PERSON:Benedikt Ostermann]] (Fuhrparkleiter) | [[EMAIL_ADDRESS:b.ostermann@ostermann-bau.de]] | mobile [[PHONE_NUMBER:+49 171 448 2093]]
Notes ([[PERSON:Sarah]]): [[PERSON:Ostermann]] wants 12 x VW ID. Buzz Cargo on a 48-month lease, 25k km/yr, with winter tyres included. His current vans come off lease in the summer.
Next step: demo drive at the [[LOCATION:Osnabrück]] branch on [[DATE_TIME:Thu 10 April, 14:00]].""",
    """LABORATORY REPORT
Patient: [[PERSON:GUPTA, Anil Kumar]]   Sex: M   DOB: [[DATE_TIME:12-Aug-1966]]   Age: [[AGE:58]]Y
MRN: [[ID_NUMBER:MH-2219047]]   Ordering physician: [[PERSON:Dr. Sunita Reddy]]
Collected: [[DATE_TIME:24-Feb-2025 07:35]]   Reported: 24-Feb-2025 13:10
HbA1c 7.8 % (H) | Fasting glucose 142 mg/dL (H) | LDL 118 mg/dL
Comment: please correlate clinically.""",
    """Verkaufe meinen VW Golf 8 GTI, Jahrgang 2021, 38 000 km, unfallfrei, frisch ab MFK. Besichtigung in [[LOCATION:Winterthur]] nach Absprache. Kontakt: [[PERSON:Nico Gasser]], [[PHONE_NUMBER:078 614 22 90]] (ab 17 Uhr) oder [[EMAIL_ADDRESS:nico.gasser93@bluewin.ch]]. Fahrzeugausweis und Servicenachweise vorhanden; das Kontrollschild [[ID_NUMBER:ZH 482116]] wird nicht mitverkauft.""",
    """{"payroll_run": "2025-03", "employees": [{"name": "[[PERSON:Sanne de Wit]]", "bsn": "[[ID_NUMBER:304185760]]", "iban": "[[IBAN_CODE:NL97RABO0318274612]]", "gross_eur": 4210.00}, {"name": "[[PERSON:Youssef El Amrani]]", "bsn": "[[ID_NUMBER:620391881]]", "iban": "[[IBAN_CODE:NL39INGB0007183526]]", "gross_eur": 3875.50}]}""",
    """LAST WILL AND TESTAMENT OF [[PERSON:MARGARET ANNE O'SULLIVAN]]
I, [[PERSON:Margaret Anne O'Sullivan]], of [[ADDRESS:9 Seapoint Avenue]], [[LOCATION:Monkstown]], [[LOCATION:County Dublin]], born [[DATE_TIME:22 October 1941]], being of sound mind, declare this to be my last will.
1. I appoint my nephew [[PERSON:Declan Fitzgerald]] of [[ADDRESS:44 Griffith Avenue]], [[LOCATION:Drumcondra]], [[LOCATION:Dublin 9]], as executor.
2. I leave my car, a 2016 Toyota Yaris, registration [[ID_NUMBER:161-D-22904]], to my neighbour [[PERSON:Nuala Byrne]].
Signed this [[DATE_TIME:4th day of November 2024]].""",
    """[[PERSON:Thabo]]'s next driving lesson with instructor [[PERSON:Lerato Sithole]] is on [[DATE_TIME:Saturday 15 March at 09:00]]; pick-up from [[ADDRESS:41 Jan Smuts Avenue]], [[LOCATION:Parktown North]]. Learner's licence no. [[ID_NUMBER:4471LL8290]] runs out in June. Parent contact: [[PERSON:Mrs. Nomsa Khumalo]], [[PHONE_NUMBER:083 227 4419]].""",
    """<form action="/support" method="post">
  <input name="full_name" value="[[PERSON:Ivana Horvat]]">
  <input name="email" value="[[EMAIL_ADDRESS:ivana.horvat@t-com.hr]]">
  <input name="phone" value="[[PHONE_NUMBER:+385 91 447 2819]]">
  <input name="order" value="HR-2025-004417">
  <textarea name="message">The parcel for [[ADDRESS:Ilica 118]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]] never arrived. Please refund to [[IBAN_CODE:HR4923600001104472819]].</textarea>
</form>""",
    """MOTOR INSURANCE - SCHEDULE OF COVER
Policyholder: [[PERSON:Arjun Bhattacharya]]
Address: [[ADDRESS:7 Beechwood Close]], [[LOCATION:Solihull]] [[ZIP_CODE:B91 3TE]]
Date of birth: [[DATE_TIME:30/03/1994]]   Occupation: Pharmacist
Vehicle: 2019 Volvo XC40 T4, registration [[ID_NUMBER:FN19 UZK]]
Named driver: [[PERSON:Riya Bhattacharya]] (DOB [[DATE_TIME:11/09/1996]]), licence [[ID_NUMBER:BHATT959116R99LM]]
Cover: Comprehensive, excess GBP 250, no claims bonus 6 years
Period of cover: 12 months""",
    """Profile flagged: [[USERNAME:sunny_side_sam]] ([[PERSON:Samantha Reyes-Holt]], [[AGE:29]], [[LOCATION:Austin]], [[LOCATION:TX]]) listed her Instagram as [[URL:instagram.com/samreyesholt]] and a phone number, [[PHONE_NUMBER:512-555-0199]], in the bio, which breaks policy 4.2. Account created from [[IP_ADDRESS:24.155.102.77]].""",
    """ANPR export - Car park: Riverside Multi-Storey
07:58:12  IN   [[ID_NUMBER:WR21 KJX]]  permit holder: [[PERSON:C. Adebisi]]
08:03:40  IN   [[ID_NUMBER:BK70 NPU]]  pay & display
08:11:05  IN   [[ID_NUMBER:WR18 TGE]]  permit holder: [[PERSON:M. Lewandowska]]
17:42:59  OUT  [[ID_NUMBER:WR21 KJX]]
Export by: [[PERSON:Gemma Rudd]] ([[EMAIL_ADDRESS:g.rudd@riverside-parking.co.uk]])""",
    """Your prescription is ready, [[PERSON:Mr. Chen]]. Rx #6120448 (atorvastatin 40 mg) for [[PERSON:Li Wei Chen]], DOB [[DATE_TIME:10/30/1962]], can be picked up at our [[ADDRESS:2150 Bayview Avenue]] store in [[LOCATION:North York]]. Insurance member ID [[ID_NUMBER:ZGP4417290]]. Questions? Call the pharmacy at 416-555-0100.""",
    """Scrappage grant approved for [[PERSON:Delroy Campbell]] ([[ADDRESS:58 Mayall Road]], [[LOCATION:Brixton]], [[LOCATION:London]] [[ZIP_CODE:SE24 0PH]]). Vehicle [[ID_NUMBER:LF06 XWD]] (2006 Vauxhall Zafira) was scrapped at an authorised treatment facility on [[DATE_TIME:22 January 2025]]; GBP 2,000 will be paid to account [[ID_NUMBER:40917735]] (sort code 20-45-77) within 10 working days. Reference SCR-118274.""",
]

GEN = [
    """[[PERSON:Marcus Ellington]] brought his 2014 Silverado into the shop on [[DATE_TIME:June 3rd]] complaining of a grinding noise from the rear axle, and the service advisor noted his callback number as [[PHONE_NUMBER:(317) 555-0148]].""",
    """My neighbor [[PERSON:Rosa Delgado]], who is [[AGE:72]], asked me to help her renew her car registration online. Her plate is [[ID_NUMBER:7KLM392]] and the renewal notice went to [[ADDRESS:1184 Alvarado Street]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90006]].""",
    """please cancel the dentist appointment for [[PERSON:ahmed el-sayed]] on the [[DATE_TIME:14th at 3pm]], he's moved to [[LOCATION:Leeds]] and his new number is [[PHONE_NUMBER:07832 119 640]]""",
    """According to the intake form, [[PERSON:Keiko Tanabe]] was born on [[DATE_TIME:September 9, 1990]] in [[LOCATION:Osaka]] and now lives at [[ADDRESS:2407 Lakeshore Drive, Apt 1902]], [[LOCATION:Chicago]], where she works as a pediatric nurse.""",
    """The parking ticket was issued to a grey Audi A4 with the registration [[ID_NUMBER:GX19 PLV]], which is registered to [[PERSON:Oliver Bancroft]] of [[ADDRESS:23 Moorland View]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 7QS]]. He has 28 days to pay or appeal.""",
    """[[PERSON:Fernando]]'s new debit card, [[CREDIT_CARD:4761 7360 0001 2641]], arrived on [[DATE_TIME:Friday, March 7]], so he updated his streaming subscription and forwarded the confirmation to [[EMAIL_ADDRESS:fernando.rivas.mx@gmail.com]].""",
    """Hi team, just a reminder that [[PERSON:Dr. Amara Nwachukwu]] will be covering clinic on [[DATE_TIME:Tuesday 11 February]]; patients can reach the on-call line on 0161 496 0000 as usual.""",
    """When [[PERSON:Grace O'Connell]] returned her leased Mazda CX-30 on [[DATE_TIME:28/02/2025]], the inspector recorded 41,200 km and two kerbed alloys, and the end-of-lease bill was emailed to [[EMAIL_ADDRESS:grace.oconnell@eircom.net]].""",
    """Our records show that [[PERSON:Vikram Singh Rathore]], aged [[AGE:38]], with PAN [[ID_NUMBER:AKHPR7741K]], filed his income tax return late for the 2023-24 assessment year.""",
    """The scholarship committee selected [[PERSON:Aiyana Redcloud]], a sophomore from [[LOCATION:Rapid City]], [[LOCATION:South Dakota]]. Her student ID is [[ID_NUMBER:2023-48817]] and the award letter will go to [[EMAIL_ADDRESS:aiyana.redcloud@jacks.sdstate.edu]].""",
    """If you have any questions about your claim, [[PERSON:Mrs. Patel]], you can call me on my mobile, [[PHONE_NUMBER:07723 410 885]]. Kind regards, [[PERSON:Hannah]], Claims Handler""",
    """A speed camera on the M4 caught [[PERSON:Jake Winterbottom]]'s van doing 68 in a 50 zone on [[DATE_TIME:12 December 2024 at 22:14]]; the notice of intended prosecution names him as the driver, licence number [[ID_NUMBER:WINTE804159J99TB]].""",
    """The new tenant, [[PERSON:Sebastián Ortega]], signed the lease for [[ADDRESS:Unit 4, 19 Bridge Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]] on [[DATE_TIME:15 January 2025]] and paid the bond from his account [[ID_NUMBER:1042 8817]].""",
    """[[PERSON:Chloe]] from accounts said the refund of $84.20 went back to the card ending in 3391 on Monday.""",
    """I'm [[PERSON:Tendai Moyo]], [[AGE:31]], originally from [[LOCATION:Bulawayo]] but now based in [[LOCATION:Leicester]], and you can see my portfolio at [[URL:https://tendaimoyo.design]].""",
    """Please transfer ownership of the 2007 Prius, VIN [[ID_NUMBER:JTDKB20U773257814]], from [[PERSON:Harriet Lowe]] to her grandson [[PERSON:Kieran Lowe]], whose driver licence number is [[ID_NUMBER:041829173]] ([[LOCATION:Victoria]]).""",
    """[[PERSON:Ms. Adebayo]]'s blood test is booked for [[DATE_TIME:8:15 am on 3 April]], and she has to fast from midnight.""",
    """[[TITLE:Herr]] [[PERSON:Thomas Schneider]] aus [[LOCATION:Stuttgart]] hat sein Auto am [[DATE_TIME:12. Februar]] zur Inspektion gebracht; die Werkstatt erreicht ihn unter [[PHONE_NUMBER:0711 4829 3310]], sobald der Kostenvoranschlag fertig ist.""",
    """After the crash on [[DATE_TIME:November 2]], [[PERSON:Jamal Hussein]] exchanged details with the other driver, [[PERSON:Patricia Vogt]], whose policy number was AP-6021-4481 and whose plate read [[ID_NUMBER:LKP-4420]].""",
    """my daughter's school asked for her NHS number, it's [[ID_NUMBER:485 777 3457]], and her date of birth, [[DATE_TIME:04/11/2016]], before the vaccination day""",
    """[[PERSON:Liam]] and [[PERSON:Saoirse Gallagher]] are moving from [[LOCATION:Cork]] to [[ADDRESS:12 Whitethorn Drive]], [[LOCATION:Ballincollig]], on [[DATE_TIME:1 May]], and the broadband installer will need to ring [[PHONE_NUMBER:087 441 2290]] beforehand.""",
    """The coffee shop loyalty account for [[EMAIL_ADDRESS:d.kim.cafe@naver.com]] belongs to [[PERSON:Kim Do-yun]], who has redeemed four free drinks since joining in [[DATE_TIME:January 2024]].""",
    """Dear hiring manager, my name is [[PERSON:Olga Kuznetsova]], I am [[AGE:27]] years old and I hold a [[NRP:Ukrainian]] passport ([[ID_NUMBER:FE117742]]) together with a valid UK work visa.""",
    """Our abuela [[PERSON:Carmen Ruiz]] turned [[AGE:90]] on [[DATE_TIME:March 3rd]], and we threw her a party at her house on [[ADDRESS:4502 Oak Street]] in [[LOCATION:San Antonio]].""",
    """The dealership in [[LOCATION:Auckland]] confirmed that [[PERSON:Mere Tawhiri]] paid the $3,000 deposit on the RAV4 with card [[CREDIT_CARD:5523 4187 7609 1234]], and the car will be ready to collect on [[DATE_TIME:Wednesday 9 April]].""",
    """Name: [[PERSON:Ravi]]; Age: [[AGE:45]]; Hobbies: cycling and chess; Favourite city: [[LOCATION:Lisbon]].""",
    """[[PERSON:Horváth Péter]] [[AGE:52]] éves, a [[ZIP_CODE:7621]] [[LOCATION:Pécs]], [[ADDRESS:Király utca 19.]] szám alatt lakik, telefonszáma [[PHONE_NUMBER:+36 70 318 4472]].""",
    """[[PERSON:Jonah Feldman]]'s bar mitzvah is on [[DATE_TIME:Saturday, 17 May 2025]]; RSVPs go to his mother, [[PERSON:Dana]], at [[EMAIL_ADDRESS:dana.feldman@comcast.net]].""",
    """A tow truck was called for a silver Nissan Leaf, plate [[ID_NUMBER:QRT442]], blocking the driveway at [[ADDRESS:77 Harbour Street]]; the owner, [[PERSON:Paulo Tuilagi]], was reached on [[PHONE_NUMBER:022 418 3307]] and moved it within ten minutes.""",
    """Please note that [[TITLE:Professor]] [[PERSON:Ingrid Halvorsen]] will hold office hours in Room 4.12 rather than online this week; students can email her at [[EMAIL_ADDRESS:i.halvorsen@uio.no]].""",
    """[[PERSON:Kenji]] booked a table for six under the name [[PERSON:Watanabe]] for [[DATE_TIME:7:30pm on the 22nd]] and left [[PHONE_NUMBER:0412 559 087]] in case the restaurant needs to confirm.""",
    """The fine for parking in a disabled bay without a permit, issued to [[PERSON:Stella Mavros]] of [[LOCATION:Thessaloniki]] while she was visiting [[LOCATION:Melbourne]], came to $330; her rental car's plate was [[ID_NUMBER:1XR 7KP]].""",
    """In his complaint, [[PERSON:Mohammed Al-Farsi]] explained that his Social Security number, [[US_SSN:231-44-8907]], had been used to open two credit lines in [[LOCATION:Dearborn]] without his consent.""",
    """The wedding photographer, [[PERSON:Isabelle Fontaine]], can be booked through her site [[URL:www.isabellefontaine-photo.fr]] or by calling [[PHONE_NUMBER:+33 6 71 44 20 98]].""",
    """[[TITLE:Frau]] [[PERSON:Katharina Hofer]], geboren am [[DATE_TIME:27.05.1966]], hat bei der Anmeldung in [[LOCATION:Graz]] ihre Sozialversicherungsnummer [[ID_NUMBER:2396 270566]] angegeben.""",
    """hey can u send the invoice to [[PERSON:marco]]'s work email, [[EMAIL_ADDRESS:marco.bellini@studiobellini.it]], not the gmail one""",
    """Customer [[PERSON:Yasmin Haddad]] (DOB [[DATE_TIME:2001-06-18]]) is under 25, so the rental desk in [[LOCATION:Phoenix]] added a young driver fee and asked for a second ID besides her [[LOCATION:Arizona]] license [[US_DRIVER_LICENSE:D07718243]].""",
    """Born on [[DATE_TIME:29 February 1996]], [[PERSON:Niamh Doherty]] likes to joke that she has only had seven real birthdays.""",
    """[[PERSON:Darius]] needs to update his address on the voter roll to [[ADDRESS:3180 Peachtree Road NE, Unit 1402]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]] before the registration deadline.""",
    """Az [[ID_NUMBER:AA-BK-417]] rendszámú autó új tulajdonosa, [[PERSON:Szabó Krisztián]], [[DATE_TIME:2025. március 12-én]] vette át a lízingelt Skodát. Elérhetősége: [[PHONE_NUMBER:+36 20 914 3308]].""",
    """The pharmacist told [[PERSON:Mr. Okonjo]] that his metformin was ready, but that the date of birth on file, [[DATE_TIME:05/03/1959]], didn't match the one on his insurance card.""",
    """Emergency contact for [[PERSON:Lucas Ferreira]] is his husband, [[PERSON:Tomás Ferreira]], mobile [[PHONE_NUMBER:+351 912 447 301]].""",
    """At the MOT centre on [[DATE_TIME:Thursday 6 March]], [[PERSON:Dev Chauhan]]'s 2011 Astra [[ID_NUMBER:YD11 WMX]] failed on a worn track rod end, so he rebooked the retest for [[DATE_TIME:13 March]].""",
    """[[PERSON:Fatou Diallo]], a [[AGE:22]]-year-old [[NRP:Senegalese]] student in [[LOCATION:Paris]], lives at [[ADDRESS:14 rue des Écoles]], [[ZIP_CODE:75005]], and her phone number is [[PHONE_NUMBER:06 44 18 27 93]].""",
    """Please find attached the signed consent form for [[PERSON:Ethan]] [[PERSON:Wójcik]] (age [[AGE:9]]) to go on the field trip on [[DATE_TIME:23 April]].""",
    """I sold my 2016 Golf to [[PERSON:Brandon Tshabalala]] on the [[DATE_TIME:3rd of February]] and he still hasn't moved the registration out of my name; his number is [[PHONE_NUMBER:082 441 7730]] and he lives in [[LOCATION:Randburg]].""",
    """[[PERSON:Siddharth]] logged into his banking app from [[IP_ADDRESS:49.36.118.204]] while travelling in [[LOCATION:Goa]], which set off a fraud alert.""",
    """The patient, a [[AGE:64]]-year-old retired teacher named [[PERSON:Margaret Ellis]], came to the emergency department on the evening of [[DATE_TIME:2 October]] with chest pain.""",
    """Hoi [[PERSON:Lara]], chasch du em [[PERSON:Jan]] bitte die neui Adresse schicke? Mir wohned jetzt a de [[ADDRESS:Bahnhofstrasse 12]], [[ZIP_CODE:6300]] [[LOCATION:Zug]].""",
    """Your car is due for its 60,000-mile service, [[PERSON:Mr. Hollis]]; we have an opening on [[DATE_TIME:Monday, April 14 at 10:00 AM]] at our [[LOCATION:Greenville]] location, or you can text your advisor, [[PERSON:Trent]], on his cell at [[PHONE_NUMBER:864-555-0126]].""",
    """[[PERSON:Nurse Joy Mbatha]] recorded that the baby, [[PERSON:Lindiwe]], was born at [[DATE_TIME:04:52 on 19 January 2025]] weighing 3.2 kg.""",
    """My username is [[USERNAME:quietstorm_88]] and the account email is [[EMAIL_ADDRESS:nia.quietstorm@proton.me]]; I'd like all my data deleted under GDPR.""",
    """The congestion charge penalty for [[ID_NUMBER:EF23 KLO]] was sent to the previous keeper, [[PERSON:Ruth Abernathy]], even though she sold the car to a trade buyer on [[DATE_TIME:9 November 2024]].""",
    """[[PERSON:Chidi]]'s wife [[PERSON:Ifeoma]] is expecting their first child in [[DATE_TIME:August]], and she has asked HR to start her maternity leave on [[DATE_TIME:28 July]].""",
    """Census note: household at [[ADDRESS:16 Kgosi Street]], [[LOCATION:Gaborone]]. Head of household [[PERSON:Kabelo Seretse]], [[AGE:47]]; wife [[PERSON:Boitumelo]], [[AGE:44]]; three children aged [[AGE:15]], [[AGE:12]] and [[AGE:6]].""",
    """[[PERSON:Arnav]] booked the hotel in [[LOCATION:Jaipur]] for [[DATE_TIME:Dec 20-23]] with his card [[CREDIT_CARD:6011 0009 9013 9424]] and asked for an airport pickup.""",
    """[[PERSON:Aleksander Nowak]] emailed photos of the cracked windscreen on his Octavia, registration [[ID_NUMBER:WX 4471K]], from [[EMAIL_ADDRESS:a.nowak1984@onet.pl]] to support his glass claim.""",
    """Could you remind [[PERSON:Mrs. Abernathy-Clarke]] that her library books are overdue? Her card number is [[ID_NUMBER:21174000448192]].""",
    """[[PERSON:Yuki]] is [[AGE:16]], lives with her grandparents in [[LOCATION:Sapporo]], and wants to study marine biology.""",
    """Kedves [[PERSON:Nóra]]! A [[DATE_TIME:május 22-i]] fogorvosi időpontodat át kellett tennünk [[DATE_TIME:május 27-re, 16 órára]]. Ha nem megfelelő, hívj a [[PHONE_NUMBER:06 30 228 4415]] számon. Üdv: [[PERSON:Kiss Ágnes]] asszisztens""",
    """Gate log: [[PERSON:Ifeanyi Okeke]] was let into the residents' car park at 23:40 after forgetting his fob; his bay is 17 and his car is a black Corolla, [[ID_NUMBER:LSD 447 KJ]].""",
    """For the background check we need [[PERSON:Carlos Mendoza]]'s full date of birth ([[DATE_TIME:11/23/1988]]), his previous address at [[ADDRESS:902 W 4th St]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78703]], and the last four of his SSN.""",
    """The volunteer roster lists [[PERSON:Ahmad Karimi]] ([[PHONE_NUMBER:0401 882 319]]) and [[PERSON:Priya Nair]] ([[PHONE_NUMBER:0433 190 774]]) for the Saturday morning shift at the food bank.""",
    """[[PERSON:Sven Lindqvist]], a fleet manager in [[LOCATION:Gothenburg]], signed a four-year lease for twelve Volvo EX30s on [[DATE_TIME:14 March 2025]]; the leasing company will send the paperwork to [[EMAIL_ADDRESS:sven.lindqvist@vastfrakt.se]].""",
    """[[PERSON:Tūī Hēnare]] went back to her maiden name, [[PERSON:Ngata]], after the divorce was finalised on [[DATE_TIME:3 June 2024]].""",
    """Our guest in room 1208, [[PERSON:Mr. Dmitri Volkov]], checked in on [[DATE_TIME:2 February]] with a [[NRP:Russian]] passport, number [[ID_NUMBER:75 4418273]], and asked for a late checkout.""",
    """Roadside assistance was sent to [[PERSON:Bronwyn Carmichael]] at [[DATE_TIME:6:10 pm on 19 July]] after her Hilux broke down on the Bruce Highway near [[LOCATION:Gympie]]; she was calling from [[PHONE_NUMBER:0427 338 190]].""",
    """[[PERSON:abdul]] said his new email is [[EMAIL_ADDRESS:abdul.rahman.k@outlook.com]] and the old hotmail one can be deleted""",
    """Die Kita bittet Familie [[PERSON:Öztürk]], die Notfallnummer für [[PERSON:Elif]] ([[AGE:4]]) zu aktualisieren; bisher ist nur [[PHONE_NUMBER:0157 3319 2284]] hinterlegt.""",
    """For the HR file: [[PERSON:Josephine Akinyi]]'s KRA PIN is [[ID_NUMBER:A008817264P]] and her national ID number is [[ID_NUMBER:30417781]]; she joined on [[DATE_TIME:2 January 2023]].""",
    """The library has suspended the account of [[PERSON:Kwabena Owusu]] ([[EMAIL_ADDRESS:kwabena.owusu@gmail.com]]) until the three overdue books are returned to the branch at [[ADDRESS:210 Deansgate]], [[LOCATION:Manchester]].""",
    """[[TITLE:Rabbi]] [[PERSON:Aaron Klein]] will officiate at the [[DATE_TIME:June 8]] ceremony for [[PERSON:Leah]] and [[PERSON:Noam]].""",
    """Hello, I'm writing on behalf of my father, [[PERSON:Gerald Thornbury]], who is [[AGE:81]] and hard of hearing; please send any letters to [[ADDRESS:The Old Vicarage, Church Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0AA]] rather than phoning him.""",
    """[[PERSON:Lwazi]] failed his K53 driving test on [[DATE_TIME:20 February]] at the [[LOCATION:Randburg]] testing centre but has rebooked for [[DATE_TIME:2 April]]; his learner's licence number is [[ID_NUMBER:LL0448172]].""",
    """[[PERSON:Shreya]]'s Instagram is [[USERNAME:shreya.bakes]], and she takes cake orders on WhatsApp at [[PHONE_NUMBER:+91 98201 44178]].""",
    """On her visa application, [[PERSON:María José Castillo]] gave her birthplace as [[LOCATION:Cuenca]], [[LOCATION:Ecuador]], and her planned arrival date as [[DATE_TIME:10 August 2025]].""",
    """Dispatch: pick up [[PERSON:Mr. Sandhu]] from [[ADDRESS:88 Kingsway]], [[LOCATION:Burnaby]] at 5:45 am for YVR; his cab account is [[ID_NUMBER:YC-20447]] and his cell is [[PHONE_NUMBER:604-555-0193]].""",
    """The marathon results list [[PERSON:Oluwadamilare Bankole]] (M40, bib 4417) finishing in 2:58:41.""",
    """Your mortgage adviser, [[PERSON:Naomi Goldberg]], has set up a call with you for [[DATE_TIME:Wednesday 19 March at 2:30pm]]; please have your payslips and your National Insurance number ([[ID_NUMBER:SJ 41 77 20 B]]) ready.""",
    """[[PERSON:Mia Krüger]] hat ihren Leasingvertrag für den Cupra Born vorzeitig gekündigt; die Rückgabe ist für den [[DATE_TIME:30. April]] in der Filiale in [[LOCATION:Hannover]] vereinbart, Rückfragen an [[EMAIL_ADDRESS:mia.krueger@gmx.de]].""",
    """[[PERSON:Rangi]] turns [[AGE:18]] on the [[DATE_TIME:5th of October]] and wants to enrol to vote at his new address, [[ADDRESS:41 Rimu Road]], [[LOCATION:Rotorua]].""",
    """The locksmith, [[PERSON:Gary]], said he'd be at [[ADDRESS:Flat 11, Marlborough Court]] by noon and asked for a call back on [[PHONE_NUMBER:07984 552 019]] if the concierge couldn't let him in.""",
    """[[PERSON:Nadia Rahman]] is disputing the bus lane fine for [[ID_NUMBER:BD19 SXN]] dated [[DATE_TIME:17 January 2025]], saying she was only turning left into [[ADDRESS:42 Whitechapel Road]] to drop off her mother.""",
    """I, [[PERSON:Henrik Larsen]], born [[DATE_TIME:12.06.1975]] in [[LOCATION:Aarhus]], hereby authorise my sister [[PERSON:Mette Larsen]] to collect my parcel.""",
    """Reminder: [[PERSON:Bilal]]'s gym membership (member [[ID_NUMBER:PF-448120]]) renews on [[DATE_TIME:1 June]] and £29.99 will be taken from the card ending 8812.""",
    """When police stopped [[PERSON:Jordan Blackwood]] on the night of [[DATE_TIME:22 March]], his car, [[ID_NUMBER:AK19 PZW]], had no valid insurance, and the [[AGE:19]]-year-old was given six points and a fine.""",
    """For the conference badge, please print [[PERSON:Dr. Ayesha Siddiqa]], [[LOCATION:Lahore]], and send the invoice to her department rather than to [[EMAIL_ADDRESS:ayesha.siddiqa@lums.edu.pk]].""",
    """[[PERSON:Connor]] [[PERSON:MacLeod]], [[AGE:33]], of [[LOCATION:Inverness]], was fined for fishing without a permit on [[DATE_TIME:14 August]].""",
    """The front desk found a passport belonging to [[PERSON:Ms. Folake Adeyinka]] in the lobby; she can collect it with her booking confirmation, which was sent to [[EMAIL_ADDRESS:folake.adeyinka@gmail.com]].""",
    """[[PERSON:Elena]] [[PERSON:Popescu]] celebrated her [[AGE:40]]th birthday on [[DATE_TIME:12 April]] with friends from [[LOCATION:Bucharest]] and [[LOCATION:Timișoara]].""",
]

TABLE = [
    """customer_id,first_name,last_name,email,city,points,tier
[[ID_NUMBER:C-100482]],[[PERSON:Aisha]],[[PERSON:Bello]],[[EMAIL_ADDRESS:aisha.bello@gmail.com]],[[LOCATION:Abuja]],1240,Gold
[[ID_NUMBER:C-100483]],[[PERSON:Tom]],[[PERSON:Hargreaves]],[[EMAIL_ADDRESS:tomhargreaves@btinternet.com]],[[LOCATION:Sheffield]],310,Bronze
[[ID_NUMBER:C-100497]],[[PERSON:Mei]],[[PERSON:Lin]],[[EMAIL_ADDRESS:mei.lin.sg@yahoo.com.sg]],[[LOCATION:Singapore]],5530,Platinum""",
    """name\tdept\trole\text\tmobile\tstart_date
[[PERSON:Rahul Menon]]\tFinance\tAnalyst\t4417\t[[PHONE_NUMBER:+91 98470 11823]]\t[[DATE_TIME:2022-07-11]]
[[PERSON:Grace Achieng]]\tOps\tTeam Lead\t4420\t[[PHONE_NUMBER:+254 722 418 390]]\t[[DATE_TIME:2019-01-07]]
[[PERSON:Tomás Ó Briain]]\tLegal\tCounsel\t4431\t[[PHONE_NUMBER:+353 86 224 9071]]\t[[DATE_TIME:2023-10-02]]
[[PERSON:Hye-jin Park]]\tIT\tEngineer\t4452\t[[PHONE_NUMBER:+82 10 4471 2290]]\t[[DATE_TIME:2024-03-18]]""",
    """| Patient | DOB | Appointment | Clinician | Mobile | Notes |
|---|---|---|---|---|---|
| [[PERSON:Olivia Brennan]] | [[DATE_TIME:12/04/1988]] | [[DATE_TIME:Mon 3 Mar 09:00]] | [[PERSON:Dr. Shah]] | [[PHONE_NUMBER:07700 900 214]] | check-up |
| [[PERSON:Kofi Mensah]] | [[DATE_TIME:30/09/1975]] | [[DATE_TIME:Mon 3 Mar 09:30]] | [[PERSON:Dr. Shah]] | [[PHONE_NUMBER:07700 900 377]] | crown fit |
| [[PERSON:Eilidh Munro]] | [[DATE_TIME:05/01/2011]] | [[DATE_TIME:Mon 3 Mar 10:15]] | hygienist | [[PHONE_NUMBER:07700 900 952]] | parent to attend |""",
    """EMP NO  NAME                NI NUMBER       TAX CODE  GROSS PAY
[[ID_NUMBER:00417]]   [[PERSON:HUSSAIN, Imran]]      [[ID_NUMBER:JN 41 82 73 D]]   1257L     2,841.66
[[ID_NUMBER:00422]]   [[PERSON:OKAFOR, Chinwe]]      [[ID_NUMBER:PX 20 57 18 A]]   1257L     3,102.50
[[ID_NUMBER:00431]]   [[PERSON:McALLISTER, Ross]]    [[ID_NUMBER:SE 77 31 04 C]]   BR        1,150.00""",
    """{"username": "[[USERNAME:kiwi_kaia]]", "email": "[[EMAIL_ADDRESS:kaia.moana@gmail.com]]", "age": [[AGE:24]], "country": "[[LOCATION:New Zealand]]", "last_login": "[[DATE_TIME:2025-03-02T08:14:00Z]]", "plan": "free"}
{"username": "[[USERNAME:raj.codes]]", "email": "[[EMAIL_ADDRESS:rajesh.k.dev@outlook.com]]", "age": [[AGE:33]], "country": "[[LOCATION:India]]", "last_login": "[[DATE_TIME:2025-03-01T17:40:12Z]]", "plan": "pro"}
{"username": "[[USERNAME:mlle_camille]]", "email": "[[EMAIL_ADDRESS:camille.roux@free.fr]]", "age": [[AGE:41]], "country": "[[LOCATION:Canada]]", "last_login": "[[DATE_TIME:2025-02-27T21:03:55Z]]", "plan": "team"}""",
    '''- student: [[PERSON:Noah Abubakar]]
  year: 7
  contact: [[PERSON:Halima Abubakar]]
  relation: mother
  phone: "[[PHONE_NUMBER:07412 883 019]]"
- student: [[PERSON:Isla Fergusson]]
  year: 7
  contact: [[PERSON:Duncan Fergusson]]
  relation: father
  phone: "[[PHONE_NUMBER:07593 441 270]]"
- student: [[PERSON:Arjun Pillai]]
  year: 8
  contact: [[PERSON:Lakshmi Pillai]]
  relation: grandmother
  phone: "[[PHONE_NUMBER:0121 496 0733]]"''',
    """Registration: [[ID_NUMBER:KY67 LMT]]
Make/model: Peugeot 2008 Allure
Colour: Blue
Fuel: Petrol
Registered keeper: [[PERSON:Ms. Bethan Lloyd-Jones]]
Keeper since: [[DATE_TIME:14/08/2020]]
Keeper address: [[ADDRESS:5 Ffordd y Parc]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 3HE]]
MOT expiry: 13/08/2025
Tax status: Taxed""",
    """stock_no,vehicle,price,reserved_by,mobile,deposit_paid
U2291,2021 Kia Niro 2,18995,[[PERSON:Kelechi Obi]],[[PHONE_NUMBER:07508 224 913]],yes
U2304,2019 Ford Focus ST-Line,13450,,,
U2310,2022 Tesla Model 3 LR,27990,[[PERSON:Hamish Ross]],[[PHONE_NUMBER:07831 660 447]],no
U2316,2020 Skoda Karoq SE,17250,[[PERSON:Parveen Akhtar]],[[PHONE_NUMBER:07426 118 305]],yes""",
    """PCN        | VRM      | Keeper         | Contravention        | Date/time        | Status
WK40991827 | [[ID_NUMBER:BF66 UXM]] | [[PERSON:Lucy Thornton]]  | 01 restricted street | [[DATE_TIME:02/12/2024 11:04]] | Paid
WK40991904 | [[ID_NUMBER:RJ19 KEV]] | [[PERSON:Amir Haddad]]    | 30 overstayed bay    | [[DATE_TIME:02/12/2024 13:27]] | Appeal
WK40992115 | [[ID_NUMBER:DA71 PPX]] | [[PERSON:Gwen Morris]]    | 62 on footway        | [[DATE_TIME:03/12/2024 08:51]] | Unpaid""",
    """Name\tTelefon\tModell\tTermin\tKennzeichen Inzahlungnahme
[[PERSON:Lukas Hoffmann]]\t[[PHONE_NUMBER:0172 4481 903]]\tBMW iX1\t[[DATE_TIME:Di, 11.03. 10:00]]\t[[ID_NUMBER:HH-LH 204]]
[[PERSON:Ayşe Demir]]\t[[PHONE_NUMBER:0160 2291 7735]]\tBMW i4\t[[DATE_TIME:Di, 11.03. 11:30]]\t-
[[PERSON:Jan-Philipp Brandt]]\t[[PHONE_NUMBER:040 6688 1207]]\tBMW X3\t[[DATE_TIME:Mi, 12.03. 09:00]]\t[[ID_NUMBER:PI-JB 77]]""",
    """| Subject | Initials | Age | Sex | Site | Consented |
|---|---|---|---|---|---|
| [[ID_NUMBER:P-014]] | [[PERSON:J.K.]] | [[AGE:54]] | F | [[LOCATION:Leeds]] | [[DATE_TIME:2024-11-04]] |
| [[ID_NUMBER:P-015]] | [[PERSON:A.R.]] | [[AGE:61]] | M | [[LOCATION:Leeds]] | [[DATE_TIME:2024-11-06]] |
| [[ID_NUMBER:P-021]] | [[PERSON:S.O.]] | [[AGE:47]] | F | [[LOCATION:Bradford]] | [[DATE_TIME:2024-11-19]] |""",
    """ROOM  GUEST               NATIONALITY  ARRIVAL     NIGHTS  PASSPORT
412   [[PERSON:Kowalczyk, Anna]]     [[NRP:Polish]]       [[DATE_TIME:14-Apr-25]]   3       [[ID_NUMBER:EK4471928]]
415   [[PERSON:Oyelowo, Tunde]]      [[NRP:Nigerian]]     [[DATE_TIME:14-Apr-25]]   5       [[ID_NUMBER:B02291847]]
508   [[PERSON:Lindqvist, Ebba]]     [[NRP:Swedish]]      [[DATE_TIME:15-Apr-25]]   2       [[ID_NUMBER:94418271]]""",
    """[
  {"customer": "[[PERSON:Friedrich Aumann]]", "iban": "[[IBAN_CODE:DE38100500000190427733]]", "bic": "BELADEBEXXX", "city": "[[LOCATION:Berlin]]", "segment": "retail"},
  {"customer": "[[PERSON:Sophie Dalton]]", "iban": "[[IBAN_CODE:GB30NWBK60241781553904]]", "bic": "NWBKGB2L", "city": "[[LOCATION:Bristol]]", "segment": "premier"},
  {"customer": "[[PERSON:Clodagh Rooney]]", "iban": "[[IBAN_CODE:IE96BOFI90001731445092]]", "bic": "BOFIIE2D", "city": "[[LOCATION:Limerick]]", "segment": "retail"}
]""",
    """member_no,name,dob,phone,membership,joined,status
[[ID_NUMBER:GM-30127]],[[PERSON:Bongani Nkosi]],[[DATE_TIME:1991-02-14]],[[PHONE_NUMBER:082 771 4410]],Off-peak,[[DATE_TIME:2023-06-01]],active
[[ID_NUMBER:GM-30188]],[[PERSON:Chantelle van Wyk]],[[DATE_TIME:1998-11-30]],[[PHONE_NUMBER:071 338 2095]],Anytime,[[DATE_TIME:2024-01-08]],frozen
[[ID_NUMBER:GM-30204]],[[PERSON:Yusuf Patel]],[[DATE_TIME:1979-07-22]],[[PHONE_NUMBER:084 502 6617]],Anytime,[[DATE_TIME:2024-02-19]],active""",
    """Name: [[PERSON:Dr. Ifeoma Chukwu]]
Affiliation: University of Lagos
Talk: Federated learning for maternal health
Email: [[EMAIL_ADDRESS:ichukwu@unilag.edu.ng]]
Handle: @[[USERNAME:ife_chukwu]]

Name: [[PERSON:Mateus Albuquerque]]
Affiliation: independent
Talk: Rust on microcontrollers
Email: [[EMAIL_ADDRESS:mateus@albuquerque.dev]]
Handle: @[[USERNAME:mateus_rs]]
Website: [[URL:https://albuquerque.dev]]""",
    """| Név | Születési dátum | Adóazonosító jel | TAJ szám | Munkakör | Telefon |
|---|---|---|---|---|---|
| [[PERSON:Kiss Bálint]] | [[DATE_TIME:1967.03.08.]] | [[ID_NUMBER:8365902141]] | [[ID_NUMBER:206 174 536]] | raktáros | [[PHONE_NUMBER:+36 30 551 2874]] |
| [[PERSON:Papp Eszter]] | [[DATE_TIME:1982.03.10.]] | [[ID_NUMBER:8420713864]] | [[ID_NUMBER:305 812 478]] | könyvelő | [[PHONE_NUMBER:+36 20 339 0162]] |
| [[PERSON:Oláh Tamás]] | - | - | [[ID_NUMBER:177 204 696]] | sofőr | [[PHONE_NUMBER:+36 70 612 4405]] |""",
    """contract\tlessee\tvehicle\treg\tterm\tmonthly\tmileage_cap
LC-88120\t[[PERSON:Nkechi Anyanwu]]\tVW Polo Life\t[[ID_NUMBER:MA23 PLO]]\t36m\t219.00\t8k
LC-88133\t[[PERSON:Ben Whitaker]]\tBMW 320e\t[[ID_NUMBER:YG72 WKR]]\t48m\t432.00\t10k
LC-88141\t[[PERSON:Zofia Kamińska]]\tKia Niro EV\t[[ID_NUMBER:LN24 ZKE]]\t24m\t298.00\t12k""",
    """pupil,age,form,allergies,guardian_email
[[PERSON:Amelia Osei]],[[AGE:11]],6B,peanuts,[[EMAIL_ADDRESS:k.osei@gmail.com]]
[[PERSON:Harrison Blake]],[[AGE:10]],6B,none,[[EMAIL_ADDRESS:blake.family@btinternet.com]]
[[PERSON:Zara Iqbal]],[[AGE:11]],6C,dairy,[[EMAIL_ADDRESS:iqbal.s@hotmail.co.uk]]""",
    """| Ticket | Customer | Email | Subject | Priority |
|--------|----------|-------|---------|----------|
| T-20931 | [[PERSON:Brendan Kelly]] | [[EMAIL_ADDRESS:bkelly.home@gmail.com]] | Router keeps dropping | P3 |
| T-20934 | [[PERSON:Precious Mabuza]] | [[EMAIL_ADDRESS:precious.mabuza@yahoo.com]] | Double charge on invoice INV-88120 | P2 |
| T-20940 | [[PERSON:Wen Jie Tan]] | [[EMAIL_ADDRESS:wenjie.tan@hotmail.com]] | Move service to new address | P3 |""",
    """policy: FLT-2025-0419
drivers:
  - name: [[PERSON:Gareth Powell]]
    dob: [[DATE_TIME:1972-05-09]]
    licence: [[ID_NUMBER:POWEL705092G99KT]]
    points: 3
  - name: [[PERSON:Aisha Rahman]]
    dob: [[DATE_TIME:1995-12-21]]
    licence: [[ID_NUMBER:RAHMA962215A99QW]]
    points: 0
vehicles: 4""",
    """{"user": "[[USERNAME:e.nakashima]]", "ip": "[[IP_ADDRESS:126.212.44.9]]", "last_login": "[[DATE_TIME:2025-03-05 08:01:17]]", "device": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "mfa": true}
{"user": "[[USERNAME:okwu.chinedu]]", "ip": "[[IP_ADDRESS:105.112.33.181]]", "last_login": "[[DATE_TIME:2025-03-05 08:03:52]]", "device": "okhttp/4.12.0", "mfa": false}
{"user": "svc_backup", "ip": "[[IP_ADDRESS:10.8.0.21]]", "last_login": "2025-03-05 03:00:00", "device": "rsync/3.2.7", "mfa": false}""",
    """donor,amount_gbp,postcode,gift_aid,email
[[PERSON:Margaret Pryce]],25.00,[[ZIP_CODE:LL57 2EW]],Y,[[EMAIL_ADDRESS:mpryce41@talktalk.net]]
[[PERSON:Jaspreet Gill]],100.00,[[ZIP_CODE:UB1 3HF]],Y,[[EMAIL_ADDRESS:jaspreet.gill@gmail.com]]
Anonymous,10.00,,N,
[[PERSON:Colm Devlin]],40.00,[[ZIP_CODE:BT9 6AZ]],N,[[EMAIL_ADDRESS:colmdevlin@outlook.com]]""",
    """| NHS number | Name | DOB | Vaccine | Dose | Given |
|---|---|---|---|---|---|
| [[ID_NUMBER:712 305 9689]] | [[PERSON:Dorothy Wainwright]] | [[DATE_TIME:03/02/1940]] | COVID-19 | autumn booster | [[DATE_TIME:14/10/2024]] |
| [[ID_NUMBER:650 418 2396]] | [[PERSON:Leonard Asante]] | [[DATE_TIME:19/08/1946]] | Influenza | annual | [[DATE_TIME:14/10/2024]] |""",
    """agreement\trenter\tplate\treturned\tfuel\tdamage
RA-55120\t[[PERSON:Deepak Malhotra]]\t[[ID_NUMBER:KJ23 XTP]]\t[[DATE_TIME:07/03 18:40]]\tfull\tnone
RA-55127\t[[PERSON:Hollie Sutcliffe]]\t[[ID_NUMBER:BG73 NRU]]\t[[DATE_TIME:07/03 19:05]]\t3/4\tscuff rear bumper
RA-55131\t[[PERSON:Augustin Mbala]]\t[[ID_NUMBER:KM22 OWD]]\t[[DATE_TIME:08/03 08:12]]\tfull\tnone""",
    """| Guest | Table | Meal | Plus one | Phone |
|---|---|---|---|---|
| Aunty [[PERSON:Grace Mensah]] | 1 | fish | no | [[PHONE_NUMBER:+233 24 441 8890]] |
| [[PERSON:Daniel]] & [[PERSON:Efua Boateng]] | 3 | chicken, veg | - | [[PHONE_NUMBER:07940 331 288]] |
| [[TITLE:Rev.]] [[PERSON:Kwesi Appiah]] | 1 | chicken | yes | [[PHONE_NUMBER:+233 20 118 7734]] |""",
    """name,pan,aadhaar,mobile,city,kyc_status
[[PERSON:Sanjay Kulkarni]],[[ID_NUMBER:AFZPK3318L]],[[ID_NUMBER:6309 5182 2745]],[[PHONE_NUMBER:98230 41177]],[[LOCATION:Pune]],verified
[[PERSON:Fatima Shaikh]],[[ID_NUMBER:BNRPS7720C]],XXXX XXXX 4410,[[PHONE_NUMBER:90040 88213]],[[LOCATION:Mumbai]],pending
[[PERSON:Gurleen Kaur Bedi]],[[ID_NUMBER:CQJPB2291H]],,[[PHONE_NUMBER:+91 78141 60352]],[[LOCATION:Ludhiana]],rejected""",
    """Employee name: [[PERSON:LEBLANC, Geneviève]]
SIN: [[ID_NUMBER:518 934 278]]
Address: [[ADDRESS:455 rue Principale, app. 3]], [[LOCATION:Gatineau]] [[LOCATION:QC]] [[ZIP_CODE:J9H 3M2]]
Employer: Outaouais Logistique inc.
Box 14 Employment income: 61 240.00
Box 16 CPP contributions: 3 510.00
Year: 2024""",
    """NAME                  ADDRESS                    ZIP    PARTY        BORN
[[PERSON:Alvarez, Roberto]]      [[ADDRESS:1201 S Congress Ave]]       [[ZIP_CODE:78704]]  [[NRP:Democratic]]   [[DATE_TIME:1962-08-30]]
[[PERSON:Whitfield, Ann M]]      [[ADDRESS:88 Rainey St Apt 1710]]     [[ZIP_CODE:78701]]  [[NRP:Republican]]   [[DATE_TIME:1985-01-12]]
[[PERSON:Tran, Bao]]             [[ADDRESS:6504 Bolm Rd]]              [[ZIP_CODE:78721]]  Unaffiliated [[DATE_TIME:2001-10-05]]""",
    """{"driver": "[[PERSON:Tariq Mahmood]]", "phone": "[[PHONE_NUMBER:+44 7412 559 018]]", "vehicle": "Toyota Corolla Hybrid", "plate": "[[ID_NUMBER:LN70 HVE]]", "phv_licence": "[[ID_NUMBER:PHV-448217]]", "rating": 4.93}
{"driver": "[[PERSON:Ana Lúcia Gomes]]", "phone": "[[PHONE_NUMBER:+44 7730 118 264]]", "vehicle": "Kia e-Niro", "plate": "[[ID_NUMBER:LR21 GZK]]", "phv_licence": "[[ID_NUMBER:PHV-451930]]", "rating": 4.88}
{"driver": "[[PERSON:Krzysztof Wrona]]", "phone": "[[PHONE_NUMBER:+44 7508 226 471]]", "vehicle": "Skoda Octavia", "plate": "[[ID_NUMBER:YB19 KPE]]", "phv_licence": "[[ID_NUMBER:PHV-439002]]", "rating": 4.97}""",
    """case_no,defendant,dob,plate,offence,hearing
TR-25-0441,[[PERSON:Kyle Brannigan]],[[DATE_TIME:1990-04-02]],[[ID_NUMBER:HJK 4471]],speeding 51/35,[[DATE_TIME:2025-04-14 09:00]]
TR-25-0447,[[PERSON:Yolanda Pierce]],[[DATE_TIME:1977-12-19]],[[ID_NUMBER:WFT 9302]],no insurance,[[DATE_TIME:2025-04-14 09:00]]
TR-25-0452,[[PERSON:Marcus Oyelaran]],[[DATE_TIME:2003-06-07]],[[ID_NUMBER:BNX 1187]],red light,[[DATE_TIME:2025-04-14 10:30]]""",
    """| Property | Viewer | Phone | Viewing | Agent |
|---|---|---|---|---|
| [[ADDRESS:Flat 4, 22 Wellington Road]] | [[PERSON:Sunil Varma]] | [[PHONE_NUMBER:07781 440 219]] | [[DATE_TIME:Sat 15/03 11:00]] | [[PERSON:Becky]] |
| [[ADDRESS:Flat 4, 22 Wellington Road]] | [[PERSON:Joanna Kowalska]] | [[PHONE_NUMBER:07944 102 836]] | [[DATE_TIME:Sat 15/03 11:30]] | [[PERSON:Becky]] |
| [[ADDRESS:9 Orchard Mews]] | [[PERSON:Femi Adewale]] | [[PHONE_NUMBER:07512 669 031]] | [[DATE_TIME:Sat 15/03 13:00]] | [[PERSON:Tom]] |""",
    """employee\ttfn\tsuper_fund\tmember_no\tstate
[[PERSON:Liam Nguyen]]\t[[ID_NUMBER:120 938 469]]\tAustralianSuper\t[[ID_NUMBER:40918273]]\t[[LOCATION:VIC]]
[[PERSON:Chloe Papadopoulos]]\t[[ID_NUMBER:318 475 621]]\tHostplus\t[[ID_NUMBER:10447281]]\t[[LOCATION:NSW]]
[[PERSON:Mohammed Haidari]]\t[[ID_NUMBER:702 159 389]]\tREST\t[[ID_NUMBER:88120394]]\t[[LOCATION:QLD]]""",
    """# tenant contacts, main building
- unit: "2A"
  tenant: [[PERSON:Oksana Melnyk]]
  phone: [[PHONE_NUMBER:647-555-0142]]
  email: [[EMAIL_ADDRESS:oksana.melnyk@gmail.com]]
- unit: "3C"
  tenant: [[PERSON:Desmond Clarke]]
  phone: [[PHONE_NUMBER:416-555-0177]]
  email: [[EMAIL_ADDRESS:dclarke.to@rogers.com]]
- unit: "4B"
  tenant: vacant
building: [[ADDRESS:1190 Dundas Street West]], [[LOCATION:Toronto]]""",
    """member_no,name,id_no,phone,shares_kes,county
[[ID_NUMBER:SAC-00412]],[[PERSON:Peter Kamau Njoroge]],[[ID_NUMBER:28817403]],[[PHONE_NUMBER:0722 418 905]],45000,[[LOCATION:Kiambu]]
[[ID_NUMBER:SAC-00419]],[[PERSON:Mercy Atieno Otieno]],[[ID_NUMBER:31042287]],[[PHONE_NUMBER:0733 902 116]],12500,[[LOCATION:Kisumu]]
[[ID_NUMBER:SAC-00433]],[[PERSON:Hassan Abdi Noor]],[[ID_NUMBER:25519930]],[[PHONE_NUMBER:0711 287 440]],80000,[[LOCATION:Garissa]]""",
    """REF     PATIENT               DOB          GP                 CONTACT
R-1180  [[PERSON:Máire Ní Cheallaigh]]   [[DATE_TIME:02/06/1958]]   [[PERSON:Dr. P. Hennessy]]    [[PHONE_NUMBER:091 524 778]]
R-1184  [[PERSON:Patrick Joyce]]         [[DATE_TIME:17/11/1971]]   [[PERSON:Dr. A. Oduya]]       [[PHONE_NUMBER:087 219 4406]]
R-1191  [[PERSON:Ewa Zielińska]]         [[DATE_TIME:25/03/1990]]   [[PERSON:Dr. P. Hennessy]]    [[PHONE_NUMBER:085 770 3129]]""",
]

CHAT = [
    """[[PERSON:Priyanka]] (Support): Hi, you're chatting with [[PERSON:Priyanka]]. How can I help today?
Customer: hi, my name's [[PERSON:Owen Price-Jenkins]], my broadband has been down since yesterday
[[PERSON:Priyanka]] (Support): Sorry to hear that, [[PERSON:Owen]]. Can you confirm the account holder's date of birth and the postcode?
Customer: [[DATE_TIME:14/09/1986]], [[ZIP_CODE:CF10 4QT]]
[[PERSON:Priyanka]] (Support): Thanks. And the best number to reach you on?
Customer: [[PHONE_NUMBER:07866 412 390]], or my wife [[PERSON:Rhian]] on [[PHONE_NUMBER:07866 412 391]]
[[PERSON:Priyanka]] (Support): I've booked an engineer for [[DATE_TIME:Thursday 13 March, 8am-1pm]] at [[ADDRESS:31 Bute Terrace]]. Your fault reference is FLT-448120.
Customer: perfect, cheers""",
    """[19:02] [[PERSON:Funmi Adeyemi]]: New address for everyone 🏠 [[ADDRESS:14 Hazel Grove]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 4RT]]. Moving in on [[DATE_TIME:Saturday 22nd]]!
[19:04] [[PERSON:Tayo Adeyemi]]: Congrats sis!! Is the landline the same?
[19:05] [[PERSON:Funmi Adeyemi]]: No landline anymore, just my mobile [[PHONE_NUMBER:07931 228 447]]
[19:07] Uncle [[PERSON:Segun]]: God bless the new home. Send me the postcode again for the satnav
[19:08] [[PERSON:Funmi Adeyemi]]: [[ZIP_CODE:BL1 4RT]] uncle 😊""",
    """#billing-bugs
[[PERSON:Marta Kowalczyk]]  10:14
anyone know why customer [[ID_NUMBER:88213]]'s invoice is doubled? it's [[PERSON:Mrs. Helen Ashworth]], [[EMAIL_ADDRESS:helen.ashworth@btinternet.com]]
[[PERSON:Dev Raman]]  10:16
looking. her card on file is the Visa ending 7719, two charges hit at 09:58 and 09:59
[[PERSON:Dev Raman]]  10:17
found it, retry loop. her billing address is [[ADDRESS:3 Abbey Mews]], [[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5SR]] so it's the UK shard
[[PERSON:Marta Kowalczyk]]  10:18
ok I'll refund one and call her on [[PHONE_NUMBER:01684 291 447]]""",
    """Kwik Fix Garage: Hi [[PERSON:Mr Obuya]], your Passat ([[ID_NUMBER:KX18 FTL]]) passed its MOT. We also found the rear brake pads down to 2mm, want us to replace them today? 145 pounds fitted.
Me: yes go ahead. Can I collect after 6?
Kwik Fix Garage: We close at 5:30 on Fridays. Tomorrow from 8? Keys will be with [[PERSON:Shane]].
Me: tomorrow's fine, I'll pay by card on collection. It's [[PERSON:Dennis Obuya]] btw, you've got my wife's number on file, mine is [[PHONE_NUMBER:07702 418 336]]
Kwik Fix Garage: Updated, thanks [[PERSON:Dennis]] 👍""",
    """[[PERSON:Jonas]]: Leute, der Vermieter braucht für die Nebenkostenabrechnung eure Geburtsdaten 🙄
[[PERSON:Selin]]: [[DATE_TIME:03.07.1999]]
[[PERSON:Mats]]: [[DATE_TIME:21.11.1998]], und meine neue Handynummer ist [[PHONE_NUMBER:0152 0447 3318]]
[[PERSON:Jonas]]: danke! [[PERSON:Selin]], er hat bei dir noch die alte Adresse, [[ADDRESS:Sonnenallee 201]]?
[[PERSON:Selin]]: ja, die stimmt nicht mehr, ich bin seit [[DATE_TIME:1. März]] hier gemeldet: [[ADDRESS:Weserstraße 58]], [[ZIP_CODE:12045]] [[LOCATION:Berlin]]""",
    """Agent [[PERSON:Marcus]] (Fraud team): Good morning, you're through to card security. Who am I speaking to?
Customer: I'm [[PERSON:Lerato Mokoena]], someone used my card [[CREDIT_CARD:4024 0071 8273 6495]] in [[LOCATION:Dubai]] last night!
Agent [[PERSON:Marcus]] (Fraud team): I'm sorry about that. For security, please confirm your date of birth.
Customer: [[DATE_TIME:19 August 1990]]. I only bought groceries yesterday, I haven't left the country.
Agent [[PERSON:Marcus]] (Fraud team): Thank you. I've blocked the card and disputed both transactions. A new card will be couriered to [[ADDRESS:12 Loop Street]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]]; the courier will call [[PHONE_NUMBER:083 449 2107]] before delivery.""",
    """Onboarding chat - [[PERSON:Kenji Morimoto]]
[[PERSON:Claire Dubois]] (HR): Hi [[PERSON:Kenji]], welcome! Could you send your SIN and banking details for payroll?
[[PERSON:Kenji Morimoto]]: Sure. SIN [[ID_NUMBER:130 294 754]], direct deposit to transit 00412, institution 004, account [[ID_NUMBER:5519823]]
[[PERSON:Claire Dubois]] (HR): Thanks! And your emergency contact?
[[PERSON:Kenji Morimoto]]: my partner, [[PERSON:Aiko Tanaka]], [[PHONE_NUMBER:416-555-0163]]
[[PERSON:Claire Dubois]] (HR): Perfect. Your start is confirmed for [[DATE_TIME:Monday 7 April, 9:00]] at [[ADDRESS:200 Bay Street, 22nd floor]].
[[PERSON:Kenji Morimoto]]: 👍""",
    """Buyer ([[PERSON:Rukhsana]]): Hi, is the Yaris still available? What's the reg so I can check the MOT history?
Seller: Yes, still available. Reg is [[ID_NUMBER:FG16 WXP]], 62k miles, full service history.
[[PERSON:Rukhsana]]: Great. Could I come and view it on Sunday around 2?
Seller: Sunday works. I'm at [[ADDRESS:7 Lark Rise]], [[LOCATION:Didcot]] [[ZIP_CODE:OX11 7FL]]. Call me when you're outside, [[PHONE_NUMBER:07821 330 694]]. I'm [[PERSON:Ian]] btw
[[PERSON:Rukhsana]]: Thanks [[PERSON:Ian]]. If I like it I'd pay by bank transfer, can you send your details?
Seller: Sort code 40-11-62, account [[ID_NUMBER:71829304]], name [[PERSON:Ian Cartwright]]. Or cash is fine.""",
]

LOOKALIKE = [
    """Your order #114-8820917-3310452 has shipped!
Hi [[PERSON:Tamsin]],
Carrier: DPD   Tracking: 15502384910227
Items: 1 x USB-C hub 7-port (SKU HUB-7P-GRY-2024), 2 x HDMI 2.1 cable 2m (SKU CBL-HD21-2M)
Invoice INV-2025-004417 is attached. Paid with Visa ending 4417.
Delivering to: [[ADDRESS:Flat 2, 18 Lansdown Crescent]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 5EX]]
Questions? Call us on 0345 600 1234 (Mon-Fri 9-5) or email support@gadgetbarn.example.
Gadget Barn Ltd, registered in England no. 08812274, VAT GB 291 4471 82.""",
    """Release notes: pgrouter 10.4.2 (build 10.4.2.1187)
- Replaced the Dijkstra shortest-path step with A* for graphs over 5,000 nodes; Bloom filters now size themselves with the Kirsch-Mitzenmacher trick.
- Fixed a crash when the config digest (sha256 9f2c4e71b0d83a5c) contained uppercase hex (issue #4471, PR #4490).
- Tested on kernel 5.15.0.101 and Windows 10.0.19045.4046; firmware 2.0.11.4 of the reference NIC is now required.
- Container image: ghcr.io/pgrouter/pgrouter@sha256:3b7e1f0a9c2d44e8
- Default tenant UUID: 7f1c2d9e-4b3a-4e21-9a77-0c5d8e1f2a34
- The Levenshtein matcher and the Gauss-Seidel solver were moved to the optional extras package.
Upgrade with: pip install pgrouter==10.4.2""",
    """INVOICE INV-24-118273    Date: 28/02/2025    Due: 30/03/2025
From: Hartley & Sons Joinery Ltd, Company No. 09917264, VAT GB 318 2274 90
To: [[PERSON:Ms. Priya Chandrasekar]], [[ADDRESS:14 Newton Road]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL51 7PU]]
Job ref: JR-2025-0093   PO: 4500118273
1 x oak staircase handrail, 3600 mm (SKU OAK-HR-3600)    GBP 412.00
14 x spindle, Victorian pattern (SKU SPN-VIC-900)        GBP 196.00
Fitting, 1 day                                           GBP 280.00
Please quote INV-24-118273 with your payment. Queries: accounts@hartleyjoinery.example or 01242 500 700.""",
    """SAFETY RECALL 24V-881 / Campaign R2417

Dear [[PERSON:Gabriel Ferreira-Lind]],

This notice is sent to owners of 2018-2019 Grand Cherokee vehicles built between 03/2018 and 11/2019 (VIN range 1C4RJFBG*JC100001 to 1C4RJFBG*KC620000). Your vehicle, VIN [[ID_NUMBER:1C4RJFBG3KC552840]], is included.

The clockspring assembly (part 68441102AB) may lose contact, disabling the driver airbag. Your dealer will replace it free of charge under service bulletin SB-24-118; the repair takes about 90 minutes.

Dealers near you: Riverside Motors, Mandela Way; Hanover Auto Centre, Chaucer Road. To book, call the recall line on 1-800-555-0199 or visit the recall page and enter the campaign code R2417.""",
    """Asset register export - Finance floor
ASSET       TYPE     SERIAL       MAC                FIRMWARE   ASSIGNED TO
FIN-LT-041  Laptop   5CG2231KQ7   3C:52:82:7A:19:0E  1.17.0.3   [[PERSON:Olamide Sanusi]]
FIN-LT-044  Laptop   5CG2231KR2   3C:52:82:7A:1B:44  1.17.0.3   [[PERSON:Brigid Mulcahy]]
FIN-PR-002  Printer  VNB3K21904   00:26:73:4F:91:C2  4.12.8.1   shared
FIN-DK-010  Dock     2Z41JD       -                  2.0.11.4   spare
Warranty pack U4391E, PO 4500229183. Hardware support: 0800 404 9000, it-assets@corp.example.""",
    """HIST2041 reading list, week 3: Enlightenment science
- The Principia: Mathematical Principles of Natural Philosophy (new translation), ISBN 978-0-19-953556-9
- On the Origin of Species (Penguin Classics), ISBN 978-0-14-303943-3
- Background for the seminar: Boyle's law, Halley's comet, the Fahrenheit and Celsius scales, and why Newtonian mechanics held for two centuries.
Seminars are in the Darwin Building, room 2.14, off Gower Street. Short-loan copies are at the Main Library desk (020 7679 2000).
Set by [[PERSON:Dr. Fionnuala Keane]]; book office hours via [[EMAIL_ADDRESS:f.keane@ucl.ac.uk]].""",
    """PICK LIST PL-2025-03-0418 | Wave 7 | Zone B
BIN          SKU              EAN             LOT        QTY
B-12-04-3    TEA-EARL-250     5012345678900   L24311A    12
B-12-05-1    COF-DEC-500      5012345678917   L24298C    6
B-14-01-2    MUG-STN-ROSE     5012345678924   -          24
Pallet SSCC 003501234500001234 to dock door 4. Picker: [[PERSON:Tomasz Zieliński]]. Supervisor line: ext. 2210.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind94", STYLES, OUT)


if __name__ == "__main__":
    main()
