"""Build tests/data/blind123.jsonl: a *blind*, hand-written labeled PII set (number 123).

    .venv/bin/python tests/data/make_blind123.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied here), gold_sets.py in
full, and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, the
tests (beyond those lines), bench/, the README, any *.jsonl (this set's own
output included), any other make_*.py, git history, log or status. The
detector, the bench and the tests were never run. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country (GB, DE, TR, NL, SE, NO, and IQ at its registry length of
23; the Norwegian IBANs carry a valid national mod-11 account digit).
National ids with a public check digit were given a valid one, worked out
by hand-run throwaway code while writing (nothing here is generated):
NHS number, Turkish T.C. kimlik no and the 99-prefixed foreigner number of
Syrians under temporary protection, German Steuer-ID (with its digit-repeat
rule), German KVNR and pension insurance number (matching sex, birth date
and birth-name initial), Norwegian fødselsnummer (matching sex and birth
date), Canadian SIN, Ontario health number, US NPI and DEA numbers (DEA
letter matching the prescriber's surname), Aadhaar (Verhoeff), Irish PPSN,
NZ NHI and IRD numbers, Australian Medicare, Singapore NRIC, South African
ID (matching sex and birth date), Saudi ID, Kazakh IIN, the UK pupil UPN,
and the UK driving licence numbers are consistent with the holder's name,
sex and birth date where shown; the look-alike ISBN-13 and GTIN carry valid
check digits. Iraqi and Syrian national numbers, UNHCR and camp card
numbers, passports, US licences and SSNs, UK NI numbers, PAN, BVN, NIN,
CNIC, Kenyan ids and KRA PINs, SSS and PhilHealth numbers, plates and staff,
member, patient and bank account numbers were not checked.

Styles (ids `blind123-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers and secondary addresses, IPv4/IPv6, MACs, user agents,
  cards with CVV and expiry, IBAN with BIC), gretel-pii-masking-en-v1
  (claims, contracts, loan, medical, pharmacy and camp forms, notices,
  letters, reports) and Nemotron-PII (JSON, XML, SQL, YAML, .env, HL7,
  curl, Python, log lines, tickets, e-mail headers).
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose; names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, TSV, Markdown and plain
  pipes, fixed-width, JSON lines, YAML, key: value blocks), varied and
  partly non-English column names with non-PII columns; headers unlabeled.
- `chat` (8): support chats, WhatsApp/Messenger threads and team chat
  (Slack, Teams) with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and recall references, SKUs, NDC, GTIN, ISBN, API well
  numbers, versions shaped like IPs, hashes, UUIDs, serials, company phones,
  role mailboxes, eponyms, streets named after people without a number),
  the few real PII values labeled; one (lookalike-002) has no PII at all.
Domains with extra weight (roughly two records in five of `bench` and
`gen`): oil and gas field crews (rigs, rotations, permits, offshore POB,
payroll), camps for displaced people (Kurdistan region of Iraq, north-east
Syria, southern Turkey) and pharmacies and prescriptions; the rest spread
over banking, insurance, health, HR, housing, schools, travel, telecoms,
retail, courts, IT and logs.
Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, the Philippines, Nigeria, Ghana,
Kenya, South Africa, Norway, Japan and more, plus English from Iraq, Syria,
Turkey and the Kurdish, Syrian and Turkish diaspora in Germany and the
UK); 27 records in Kurdish: 14 in Sorani (Arabic script, some with
Eastern Arabic digits) and 13 in Kurmanji (Latin script), spread over all
styles.

Labeling conventions: the same as make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a
  name, apart from it; job titles are not TITLE; family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite), PO boxes, rural routes,
  building names; city, district, county, state and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, letter, signature ...) with a day or month; a weekday or a
  clock time said with such a date is inside the span; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: without "@". URL: personal pages and
  profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national, tax and social-security ids, patient, staff,
  student, customer and member numbers, bank accounts, non-US passports
  and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as named.
- Not labeled: passwords, genders, job titles, user agents, MACs, BIC,
  sort codes and routing numbers, CVVs and expiries, order / ticket /
  claim / policy / tracking references, company phones and role
  mailboxes, versions, hashes, serials, partial numbers, pets, eponyms and
  brands named after people, header rows.
Calls made while writing this set, in the same spirit:
- Kurdish suffixes glued to a name, place or value (Sorani "-ە", "-ی",
  "-ەوە"; Kurmanji case endings) stay outside the span like "'s"; Kurdish
  and Turkish honorifics before a name (Kak, بەڕێز, Sayın) and "د." are
  TITLE, as are Judge and Pastor; "Baba" and job words like ئەندازیار
  (engineer) are not.
- Camp names (Domiz, Khanke, Qushtapa, Arbat ...) are LOCATION; a shelter
  location in a camp ("Sector C, Block 14, Tent 7", a tent or caravan
  code in its own field) is ADDRESS, like a building number in its own
  field. UNHCR, camp household and ration card numbers are ID_NUMBER.
- Names of oil and gas fields, rigs, platforms, plants and hospitals are
  not labeled; a town named as a place (Chemchemal, Secunda) is LOCATION.
- Prescriber NPI, DEA, GMC, GPhC and NMC numbers are ID_NUMBER; Rx and
  prescription numbers are references and stay unlabeled. Prescribing,
  fill, dispensing and refill dates and reminders of a patient are
  DATE_TIME; "refills before", "valid until" and "supply lasts until"
  dates are unlabeled like expiries.
- Timestamps on log lines, e-mail headers and chat exports that record a
  person's action or a message to or from a person (badge-in, login,
  session, SMS sent, refill request) are DATE_TIME, as is the "created"
  or account-opening date of a person's account; order and transaction
  dates are not.
- A "country" column or field is LOCATION even as a two-letter code, a
  "nationality" column is NRP, languages are not NRP; a VIN is an
  unlabeled serial; an age in months is AGE; a test card or test user in
  code is labeled like a real one; server IPs are IP_ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind123.jsonl")

BENCH = [
    """Hey [[PERSON:Maximilian]], the onboarding webinar for the [[LOCATION:Dortmund]] office starts at 3pm. Your temporary login is [[USERNAME:mhoffmann_88]] with password Tq7!vRz2p, so change it on first use. If the link fails, write from [[EMAIL_ADDRESS:max.hoffmann88@gmx.de]] so IT can allow [[IP_ADDRESS:84.151.203.17]].""",
    """Relocation memo for Senior Branding Strategist [[PERSON:Oluwaseun Adeyemi-Clarke]] ([[AGE:41]], female): the company lease covers [[ADDRESS:Flat 6, 77 Harrow Road]], [[LOCATION:London]] [[ZIP_CODE:W2 5EU]] from [[DATE_TIME:01/09/2024]]. Reimbursements are paid to [[IBAN_CODE:GB02 LOYD 3096 3410 4588 27]] (BIC LOYDGB21F09).""",
    """Declined transaction review: cardholder [[PERSON:Tomasz Wierzbicki]], card [[CREDIT_CARD:4929 7730 1186 4529]], exp 11/27, CVV 604. Device MAC 8c:85:90:1f:4e:b2, IP [[IP_ADDRESS:2a02:8108:1c3f:4e00:9d1:5be2:7a10:3c4]], agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15.""",
    """CLAIM FORM - PROPERTY DAMAGE
Claim No.: HO-2024-118374
Policyholder: [[PERSON:Marguerite Delacroix-Boone]]
Date of Birth: [[DATE_TIME:June 2, 1961]]
Insured Property: [[ADDRESS:4418 Bayou Vista Lane]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70508]]
Phone: [[PHONE_NUMBER:(337) 555-0148]]
Date of Loss: [[DATE_TIME:August 27, 2024]]
Description: Wind-driven rain entered through the roof of the detached garage after the storm. The insured reports that her neighbor, [[PERSON:Earl Thibodeaux]], saw the shingles lifting at about 9 p.m.
Adjuster: [[PERSON:Kendra Mouton]], ext. 4471""",
    """{"customer_id": "[[ID_NUMBER:CUS-0093127]]", "name": {"first": "[[PERSON:Haruto]]", "last": "[[PERSON:Nakagawa]]"}, "dob": "[[DATE_TIME:1988-11-03]]", "email": "[[EMAIL_ADDRESS:h.nakagawa@outlook.jp]]", "phone": "[[PHONE_NUMBER:+81 90-4418-2736]]", "address": {"street": "[[ADDRESS:3-14-7 Kichijoji Honcho]]", "city": "[[LOCATION:Musashino]]", "prefecture": "[[LOCATION:Tokyo]]", "postal_code": "[[ZIP_CODE:180-0004]]"}, "loyalty_tier": "gold", "last_login": "[[DATE_TIME:2024-06-18T22:41:09+09:00]]"}""",
    """[[DATE_TIME:2024-05-17T05:42:11Z]] gate=MAIN-3 site=WLC-Pad-14 event=BADGE_IN badge=[[ID_NUMBER:PX-40718]] name="[[PERSON:Ruslan Abenov]]" crew=B result=GRANTED
[[DATE_TIME:2024-05-17T05:42:39Z]] gate=MAIN-3 site=WLC-Pad-14 event=BADGE_IN badge=[[ID_NUMBER:PX-40922]] name="[[PERSON:Dusty Kalahar]]" crew=B result=DENIED reason=H2S_CERT_EXPIRED
[[DATE_TIME:2024-05-17T05:43:02Z]] gate=MAIN-3 site=WLC-Pad-14 event=BADGE_OVERRIDE by=[[ID_NUMBER:PX-10077]] ([[PERSON:Lorena Quintanilla]]) for=[[ID_NUMBER:PX-40922]] note=escorted_to_trailer_6_for_refresher""",
    """WALGREENS #11842 - [[LOCATION:NORMAN]], [[LOCATION:OK]] - (405) 321-0094
Rx# 2840117-03912   Filled: [[DATE_TIME:07/09/2024]]
[[PERSON:ABERNATHY]], [[PERSON:JOLENE R]]   DOB [[DATE_TIME:04/22/1957]]
[[ADDRESS:2215 CHAUTAUQUA AVE]] [[LOCATION:NORMAN]] [[LOCATION:OK]] [[ZIP_CODE:73072]]
LISINOPRIL 20 MG TABLET  Qty 90  Refills: 3 before 06/14/2025
TAKE 1 TABLET BY MOUTH ONCE DAILY
Prescriber: [[TITLE:DR.]] [[PERSON:R SANDOVAL]]  NPI [[ID_NUMBER:1928473614]]  DEA [[ID_NUMBER:AS2198047]]""",
    """FORMA TOMARKIRINA MALBATÊ - Kampa [[LOCATION:Domîz 1]]
Serokê malbatê: [[PERSON:Xelîl Elî Hesen]]
Dîroka jidayikbûnê: [[DATE_TIME:12.04.1979]]
Cihê jidayikbûnê: [[LOCATION:Qamişlo]], [[LOCATION:Sûriye]]
Hejmara dosyaya UNHCR: [[ID_NUMBER:356-16C02871]]
Cih: [[ADDRESS:Sektor C, Blok 14, Kon 7]]
Hejmara endamên malbatê: 6
Telefon: [[PHONE_NUMBER:0750 482 1937]]
Jina wî: [[PERSON:Nesrîn Mihemed]], [[AGE:38]] salî
Nexweşiya kronîk: şekir (diabet), derman ji klînîka kampê tê wergirtin.""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, sex, phone, email, street, city, state, zip) VALUES
('[[ID_NUMBER:PT-2207811]]', '[[PERSON:Alejandra]]', '[[PERSON:Ibarra-Solís]]', '[[DATE_TIME:1993-02-17]]', 'F', '[[PHONE_NUMBER:915-555-0172]]', '[[EMAIL_ADDRESS:ale.ibarra93@yahoo.com]]', '[[ADDRESS:11820 Pellicano Dr]]', '[[LOCATION:El Paso]]', '[[LOCATION:TX]]', '[[ZIP_CODE:79936]]'),
('[[ID_NUMBER:PT-2207812]]', '[[PERSON:Desmond]]', '[[PERSON:Achterberg]]', '[[DATE_TIME:1949-09-30]]', 'M', '[[PHONE_NUMBER:915-555-0139]]', NULL, '[[ADDRESS:604 N Mesa St Apt 12]]', '[[LOCATION:El Paso]]', '[[LOCATION:TX]]', '[[ZIP_CODE:79901]]');""",
    """PERSONNEL ON BOARD - CHANGE NOTICE
Installation: Ormen Sør
Name: [[PERSON:Sindre Aamodt Haugland]]
Fødselsnummer: [[ID_NUMBER:23099137525]]
Employer: Halvorsen Well Services AS
Position: Derrickman
Home address: [[ADDRESS:Eikeveien 14B]], [[ZIP_CODE:4056]] [[LOCATION:Tananger]]
Mobile: [[PHONE_NUMBER:+47 934 18 207]]
Next of kin: [[PERSON:Ingrid Haugland]] (spouse), [[PHONE_NUMBER:+47 482 66 031]]
Offshore from [[DATE_TIME:3 June 2024]] to [[DATE_TIME:17 June 2024]]. Salary account: [[IBAN_CODE:NO44 9710 0522 385]].""",
    """Account [[ID_NUMBER:71839204]] belonging to [[PERSON:Kaveh]] [[PERSON:Farahani-Lindgren]] was accessed from [[IP_ADDRESS:203.0.113.58]] with a Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0 browser. As Lead Tactics Architect, [[PERSON:Kaveh]] must confirm the change of mailing address to [[ADDRESS:509 Ocean Avenue]], [[ADDRESS:Unit 3]], [[LOCATION:Bondi Beach]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] before [[DATE_TIME:14/08/2024]].""",
    """LOAN APPLICATION SUMMARY - Home Equity Line
Applicant: [[PERSON:Rahul Venkataraman]]    Co-applicant: [[PERSON:Deepika Venkataraman]]
SSN (applicant): [[US_SSN:412-77-9083]]    SSN (co-applicant): [[US_SSN:412-81-2260]]
Property: [[ADDRESS:2907 Cedar Hollow Ct]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27519]]
Employer: Red Hat (Software Engineer II), since [[DATE_TIME:March 2017]]
Annual income: $168,400    Requested line: $95,000
Checking account: [[ID_NUMBER:0041 2238 7790]] (routing 053000219)
Application signed [[DATE_TIME:10/02/2024]] at the [[LOCATION:Raleigh]] branch.""",
    """<beneficiary>
  <householdId>[[ID_NUMBER:ESN-HH-04417]]</householdId>
  <head>
    <fullName>[[PERSON:Shireen Qasim Murad]]</fullName>
    <birthDate>[[DATE_TIME:1985-07-01]]</birthDate>
    <religion>[[NRP:Yazidi]]</religion>
    <origin>[[LOCATION:Sinjar]]</origin>
  </head>
  <shelter camp="[[LOCATION:Essian]]" block="[[ADDRESS:B-22]]" tent="[[ADDRESS:9]]"/>
  <contact>[[PHONE_NUMBER:+964 751 330 6184]]</contact>
  <cashAssistance cycle="7" amountIQD="480000" registered="[[DATE_TIME:2024-02-11]]"/>
</beneficiary>""",
    """NHS PRESCRIPTION - repeat request (EPS)
Patient: [[PERSON:Mrs Farzana Begum Chowdhury]]
NHS No: [[ID_NUMBER:485 777 3457]]
DOB: [[DATE_TIME:19-Jan-1966]]
Address: [[ADDRESS:41 Colville Road]], [[LOCATION:Bradford]], [[ZIP_CODE:BD9 4PL]]
Items: Metformin 500mg tabs x 112; Atorvastatin 20mg tabs x 28
Prescriber: [[PERSON:Dr Imran Siddiqui]], Manningham Medical Practice
Nominated pharmacy: Girlington Pharmacy (FQ418)
Request received [[DATE_TIME:Mon 8 Jul 2024 09:14]] via NHS App, username [[USERNAME:fbchowdhury66]].""",
    """ڕەچەتەی پزیشکی
ناوی نەخۆش: [[PERSON:هێڤی کەریم ئەحمەد]]
تەمەن: [[AGE:٦٤]] ساڵ
ناونیشان: [[LOCATION:سلێمانی]]، گەڕەکی [[LOCATION:بەختیاری]]، [[ADDRESS:کۆڵانی ٣٢، خانووی ١٧]]
ژمارەی مۆبایل: [[PHONE_NUMBER:٠٧٧٠١٥٤٣٢٨٧]]
بەروار: [[DATE_TIME:٢٠٢٤/٠٣/١١]]
دەرمان: Amlodipine 5mg - ڕۆژانە یەک دانە
پزیشک: [[TITLE:د.]] [[PERSON:سامان عوسمان]]""",
    """[[PERSON:Ngozi]], your marketplace seller payout of ₦412,500 was sent to account [[ID_NUMBER:0123849576]] (GTBank). For security, confirm your BVN [[ID_NUMBER:22184930571]] and your date of birth [[DATE_TIME:07/03/1990]]. Sessions from [[IP_ADDRESS:102.89.34.201]] on Android 13; SM-A145F were logged out. If anything looks wrong we will call you on [[PHONE_NUMBER:0803 412 7796]].""",
    """Ticket #INC-448102 | Priority: P3 | Queue: Field IT
Reporter: [[PERSON:Bashir Haddad]] <[[EMAIL_ADDRESS:bhaddad@petrolinkservices.com]]>
Location: Rumaila North camp, [[LOCATION:Basra]], [[LOCATION:Iraq]]
Summary: Laptop HP-ZB-22071 cannot join VPN after password reset.
Details: Employee ID [[ID_NUMBER:E-557214]]. Last successful login [[DATE_TIME:2024-04-02 06:10 AST]] from [[IP_ADDRESS:37.238.112.9]]. User can be reached on WhatsApp [[PHONE_NUMBER:+964 780 911 4452]] between shifts (06:00-18:00).
Assigned: [[PERSON:Aylin Korkmaz]] (Service Desk, [[LOCATION:Istanbul]] hub)""",
    """INCIDENT REPORT - RECORDABLE INJURY
Location: Pad 7, Lease Road 12, [[LOCATION:Reeves County]], [[LOCATION:Texas]]
Date/time of incident: [[DATE_TIME:March 3, 2024, approx. 14:20]]
Injured employee: [[PERSON:Cody Ray Villarreal]], floorhand, DOB [[DATE_TIME:08/14/1996]], employee no. [[ID_NUMBER:40-11873]]
Supervisor on tour: [[PERSON:Wendell]] "[[PERSON:Boots]]" [[PERSON:Pruitt]], driller
Description: While tripping pipe, the IP's left hand was caught between the tong and the tool joint. First aid on site by medic [[PERSON:Tanya Oyelaran]]; taken to Reeves Regional Health in [[LOCATION:Pecos]] by company truck.
Driver's license (TX): [[US_DRIVER_LICENSE:31847702]]""",
    """# deploy/.env.staging  (do not commit)
DB_HOST=[[IP_ADDRESS:10.20.4.17]]
DB_USER=svc_billing
DB_PASS=Wint3r!sComing_2024
ADMIN_CONTACT_NAME=[[PERSON:Nikhil Bhardwaj]]
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:nikhil.bhardwaj@corvanta.io]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+91 98450 33127]]
SMTP_RELAY=smtp.corvanta.io
TEST_CARD=[[CREDIT_CARD:4024 0071 5523 8867]]
TEST_CARD_EXP=04/29""",
    """Karmendê me [[PERSON:Serhat Doğan]] ([[AGE:34]] salî), operatorê sondajê li [[LOCATION:Batman]], ji [[DATE_TIME:15ê Gulanê]] ve di vardiyaya şevê de dixebite. Hejmara TC: [[ID_NUMBER:28471093598]]. Meaş dê bikeve hesabê [[IBAN_CODE:TR59 0006 2004 1700 0062 9834 13]]. Telefon: [[PHONE_NUMBER:0532 417 88 20]].""",
    """EMPLOYMENT AGREEMENT (extract)
This Agreement is made on [[DATE_TIME:1 February 2024]] between Brackenridge Logistics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Liam O'Sullivan-Tau]] of [[ADDRESS:12/48 Kent Street]], [[LOCATION:Epping]] [[LOCATION:NSW]] [[ZIP_CODE:2121]] ("the Employee").
1. Commencement: the Employee will start on [[DATE_TIME:19 February 2024]] as Warehouse Team Leader, employee number [[ID_NUMBER:BRK-00871]].
2. Remuneration: $84,500 p.a. plus superannuation, paid fortnightly into BSB 062-118 account [[ID_NUMBER:1049 3372]].
3. Place of work: the distribution centre at [[LOCATION:Wetherill Park]] or any other site in [[LOCATION:Sydney]].""",
    """{"event":"refill_request","ts":"[[DATE_TIME:2024-07-22T08:03:51-04:00]]","patient":{"mrn":"[[ID_NUMBER:MRN00418827]]","name":"[[PERSON:Theodora Papadakis]]","dob":"[[DATE_TIME:1971-12-09]]","phone":"[[PHONE_NUMBER:+1-617-555-0193]]"},"rx":{"number":"RX7718204","drug":"levothyroxine 75 mcg","qty":90,"prescriber_npi":"[[ID_NUMBER:1683402956]]"},"pharmacy":{"store":"CVS #2281","city":"[[LOCATION:Somerville]]","state":"[[LOCATION:MA]]"},"channel":"ivr"}""",
    """[[TITLE:Sayın]] [[PERSON:Elif Naz Karaca]], your e-Devlet password reset was requested from [[IP_ADDRESS:88.241.17.205]]. If this was you, ignore this message. The T.C. identity number on file is [[ID_NUMBER:10593246730]] and your registered address is [[ADDRESS:Bağdat Caddesi No:214 D:6]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] [[ZIP_CODE:34728]].""",
    """REFERRAL LETTER - Primary Health Care Centre, [[LOCATION:Khanke]] Camp
To: Emergency Department, Azadi Teaching Hospital, [[LOCATION:Duhok]]
Patient: [[PERSON:Dilveen Khudeda Elias]], [[AGE:9]] years, female
Guardian: [[PERSON:Khudeda Elias Hajji]] (father), tel. [[PHONE_NUMBER:0751 904 2268]]
Camp address: [[ADDRESS:Block 31, Row 4, Caravan 12]]
MoDM card no.: [[ID_NUMBER:DHK-2015-338146]]
Seen on [[DATE_TIME:14 Nov 2024 at 10:40]] with fever 39.6°C for 3 days, neck stiffness and vomiting. Suspected meningitis. Ceftriaxone 1 g IV given at 11:05.
Referring doctor: [[PERSON:Dr. Rawand Sleman]]""",
    """user:
  id: [[ID_NUMBER:u_55810273]]
  display_name: "[[PERSON:Carys Pritchard-Owusu]]"
  handle: [[USERNAME:carys.po]]
  email: [[EMAIL_ADDRESS:carys.pritchard@btinternet.com]]
  phone: "[[PHONE_NUMBER:+44 7700 914 382]]"
  address:
    line1: "[[ADDRESS:Flat 2, 19 Cathedral Road]]"
    city: [[LOCATION:Cardiff]]
    postcode: "[[ZIP_CODE:CF11 9HA]]"
  created: [[DATE_TIME:2021-03-14]]
  last_seen_ip: [[IP_ADDRESS:81.108.44.230]]
  mfa: totp""",
    """To the Regional Infrastructure Designer, [[PERSON:Bartholomew Quaye]]: your vehicle [[ID_NUMBER:GN 4471-22]] was logged entering the port zone on [[DATE_TIME:2024-09-03 16:22]]. Toll charges were debited from card [[CREDIT_CARD:5186 0017 4429 5364]] (exp 08/26). Registered address: [[ADDRESS:House No. 14, Palm Street]], [[LOCATION:Community 11]], [[LOCATION:Tema]].""",
    """Dear [[PERSON:Mr. Okonkwo]],
Further to your interview on [[DATE_TIME:May 8]], we are pleased to offer you the position of Heavy Equipment Operator at our Kearl-area site north of [[LOCATION:Fort McMurray]], [[LOCATION:Alberta]], on a 14-on/14-off rotation starting [[DATE_TIME:Tuesday, June 4, 2024]]. Flights depart [[LOCATION:Edmonton]] at 05:30; please be at the charter terminal by 04:45.
We have your SIN on file as [[ID_NUMBER:647 182 039]] and your Class 1 licence as [[ID_NUMBER:183447-902]]; if either is wrong, write to onboarding@kestrelearthworks.ca before your start date.
Yours sincerely,
[[PERSON:Heather MacInnis]], HR Coordinator""",
    """[[IP_ADDRESS:176.88.214.6]] - [[USERNAME:berfin.aslan]] [[[DATE_TIME:17/Mar/2024:21:14:08 +0300]]] "POST /account/update-address HTTP/1.1" 200 512 "https://shop.kitapkosesi.com.tr/hesabim" "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"
body: {"name": "[[PERSON:Berfin Aslan]]", "mahalle": "[[LOCATION:Yeşilyurt Mah.]]", "addr": "[[ADDRESS:2214 Sok. No:9 D:3]]", "city": "[[LOCATION:Diyarbakır]]", "zip": "[[ZIP_CODE:21070]]", "phone": "[[PHONE_NUMBER:05364271893]]"}""",
    """NOTICE OF HEARING
Case No. FAM-24-00817, Circuit Court for [[LOCATION:Prince George's County]], [[LOCATION:Maryland]]
In re the custody of [[PERSON:A. M. Tshabalala]], a minor (DOB [[DATE_TIME:05/19/2016]])
Petitioner: [[PERSON:Nomvula Tshabalala]], [[ADDRESS:8120 Greenbelt Road, Apt. 304]], [[LOCATION:Greenbelt]], [[LOCATION:MD]] [[ZIP_CODE:20770]]
Respondent: [[PERSON:Marcus J. Whitfield]], last known address [[ADDRESS:PO Box 2291]], [[LOCATION:Laurel]], [[LOCATION:MD]] [[ZIP_CODE:20725]]
A hearing is set for [[DATE_TIME:Thursday, October 10, 2024, at 9:30 a.m.]] in Courtroom 3B before [[TITLE:Judge]] [[PERSON:Alicia Moreno-Grant]].""",
    """Hi [[PERSON:Anneliese]], the background check for your locum post came back clear. For our records: passport [[ID_NUMBER:C4RJ7T2K9]] (Germany), Steuer-ID [[ID_NUMBER:86047123585]], date of birth [[DATE_TIME:3rd March 1989]]. Your locum rate will be paid to [[IBAN_CODE:DE98 1007 0024 0982 4165 00]]. We'll text the rota to [[PHONE_NUMBER:+49 176 2284 9013]].""",
    """لیستی ستافی کێڵگەی نەوت - شیفتی شەو
١. [[PERSON:ڕێباز حەمە سەعید]] - ئەندازیاری بیر، ژمارەی کارمەند [[ID_NUMBER:KR-ENG-0412]]، مۆبایل [[PHONE_NUMBER:0750 312 6649]]
٢. [[PERSON:دیاری ئیسماعیل]] - تەکنیشیەن، ژمارەی کارمەند [[ID_NUMBER:KR-TEC-1187]]، مۆبایل [[PHONE_NUMBER:0770 845 2301]]
٣. [[PERSON:Mehmet Yurtsever]] - سەرپەرشتیاری سەلامەتی (HSE)، ژمارەی کارمەند [[ID_NUMBER:KR-HSE-0093]]
دەستپێکی شیفت: [[DATE_TIME:٢٠٢٤/١٠/٠٦ کاتژمێر ١٨:٠٠]]
شوێن: نزیک [[LOCATION:کۆیە]]، پارێزگای [[LOCATION:هەولێر]]""",
    """def test_send_welcome_email(mailer):
    user = User(
        first_name="[[PERSON:Ifeoma]]",
        last_name="[[PERSON:Nwachukwu]]",
        email="[[EMAIL_ADDRESS:ifeoma.nwachukwu@gmail.com]]",
        phone="[[PHONE_NUMBER:+234 809 221 4570]]",
        date_of_birth=date([[DATE_TIME:1994, 6, 21]]),
    )
    mailer.send_welcome(user)
    assert mailer.outbox[0].to == ["[[EMAIL_ADDRESS:ifeoma.nwachukwu@gmail.com]]"]""",
    """CONTROLLED DRUGS REGISTER - Schedule 2 - Morphine sulfate 10mg/5ml oral solution
Date supplied: [[DATE_TIME:22/05/2024]]
Patient: [[PERSON:Gerald Ainsworth]], [[ADDRESS:6 Tithe Barn Close]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 7RQ]]
Prescriber: [[PERSON:Dr A. Lindqvist]], GMC [[ID_NUMBER:7043182]]
Collected by: [[PERSON:Pauline Ainsworth]] (wife), ID seen: driving licence [[ID_NUMBER:AINSW657214P99AB]]
Quantity: 300 ml    Balance: 1,150 ml
Pharmacist: [[PERSON:Kwabena Asante-Mensah]], GPhC [[ID_NUMBER:2081445]]""",
    """Our records show that [[PERSON:Jun-ho]] [[PERSON:Baek]], a [[AGE:29]]-year-old male Product Quality Liaison, moved from [[ADDRESS:88 Eulji-ro]], [[LOCATION:Jung-gu]], [[LOCATION:Seoul]] to [[ADDRESS:Apt 1705, 200 Spear Street]], [[LOCATION:San Francisco]] [[LOCATION:CA]] [[ZIP_CODE:94105]] on [[DATE_TIME:2023-11-30]]. His MAC 00:1b:63:84:45:e6 and IPv4 [[IP_ADDRESS:73.158.91.204]] were registered to the guest network.""",
    r"""MSH|^~\&|LABSYS|NORTHSHORE_LAB|EHR|SUMMITHEALTH|[[DATE_TIME:20240611093012]]||ORU^R01|MSG00418|P|2.5
PID|1||[[ID_NUMBER:MRN-5518302]]^^^SUMMIT^MR||[[PERSON:Kowalczyk]]^[[PERSON:Dorota]]^[[PERSON:E]]||[[DATE_TIME:19580814]]|F|||[[ADDRESS:1442 W Belmont Ave]]^^[[LOCATION:Chicago]]^[[LOCATION:IL]]^[[ZIP_CODE:60657]]||[[PHONE_NUMBER:(773)555-0164]]
OBR|1|ORD88231||80053^Comprehensive metabolic panel|||[[DATE_TIME:202406110715]]|||||||||[[ID_NUMBER:1047729185]]^[[PERSON:Kaminski]]^[[PERSON:Thandiwe]]^^^[[TITLE:DR]]
OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F""",
    """To whom it may concern,
I, [[PERSON:Hevin Ibrahim]], holder of temporary protection ID [[ID_NUMBER:99204615332]], born [[DATE_TIME:2 September 1996]] in [[LOCATION:Kobani]], confirm that I live in [[LOCATION:Fevzi Çakmak Mahallesi]], [[ADDRESS:10284 Sokak No:17]], [[LOCATION:Şanlıurfa]], with my mother [[PERSON:Fatma Hemo]] and two brothers. I am asking for my file to be transferred from [[LOCATION:Suruç]] to the provincial migration office. You can reach me on [[PHONE_NUMBER:0541 906 23 87]].
Signed [[DATE_TIME:11.01.2024]]""",
    """Could [[PERSON:Ximena]] from the Ledger team send the Q3 payout file to [[EMAIL_ADDRESS:ximena.roldan@pagocentral.mx]]? Her corporate card [[CREDIT_CARD:5425233430109804]] (CVV 119, expires 02/28) was frozen after logins from [[IP_ADDRESS:189.203.77.14]] and [[IP_ADDRESS:189.203.77.91]].""",
    """{
  "policy": "AUT-77310492",
  "insured": {
    "name": "[[PERSON:Declan Ó Murchú]]",
    "ppsn": "[[ID_NUMBER:4183227O]]",
    "dob": "[[DATE_TIME:30/04/1984]]",
    "address": "[[ADDRESS:Apt 12, The Maltings, Bridge Street]], [[LOCATION:Westport]], [[LOCATION:Co. Mayo]] [[ZIP_CODE:F28 K7P3]]",
    "mobile": "[[PHONE_NUMBER:087 415 2298]]",
    "licence_no": "[[ID_NUMBER:184771503]]"
  },
  "vehicle": {"reg": "[[ID_NUMBER:12-MO-4471]]", "make": "Toyota", "model": "Corolla"},
  "claims": []
}""",
    """PERMIT TO WORK - HOT WORK (Form PTW-07)
Facility: Flow Station 4, [[LOCATION:Bonny]], [[LOCATION:Rivers State]]
Permit No.: HW-2024-0388    Valid: 06:00-18:00
Performing Authority: [[PERSON:Ebikabowei Tamuno]], staff no. [[ID_NUMBER:SPN-22817]], tel. [[PHONE_NUMBER:0806 913 4472]]
Area Authority: [[PERSON:Chinedu Okafor-Briggs]], staff no. [[ID_NUMBER:SPN-10392]]
Gas test by: [[PERSON:Abigail Ekpo]] at 05:40 - LEL 0%, O2 20.9%, H2S 0 ppm
Fire watch: [[PERSON:Tonye]] (contract, Ikuru Marine)
Issued: [[DATE_TIME:21 August 2024, 05:52]]""",
    """Reminder for [[PERSON:Ms. Tallulah Whitecloud]]: your annual wellness visit is on [[DATE_TIME:Wed 9/18 at 2:45 PM]] at the clinic on Mt Rushmore Rd. Bring your Medicare card (MBI [[ID_NUMBER:4TK9-WQ2-HN61]]) and a list of your meds. We have your address as [[ADDRESS:3317 Jolly Ln]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57703]]. Reply STOP to opt out.""",
    """UPDATE riders
SET phone = '[[PHONE_NUMBER:+254 722 418 930]]',
    email = '[[EMAIL_ADDRESS:wanjiku.mwangi@gmail.com]]',
    national_id = '[[ID_NUMBER:28817364]]',
    home_area = '[[LOCATION:Kasarani]]',
    updated_at = NOW()
WHERE rider_id = '[[ID_NUMBER:R-004417]]' -- [[PERSON:Wanjiku Mwangi]], asked via support on [[DATE_TIME:12/03]]
  AND city = '[[LOCATION:Nairobi]]';""",
    """STUDENT ENROLMENT FORM - Year 7 intake
Student: [[PERSON:Ayaan Mahmood]]    Date of birth: [[DATE_TIME:14/11/2012]]    Sex: M
Home address: [[ADDRESS:23 Whitworth Street]], [[LOCATION:Rochdale]], [[ZIP_CODE:OL16 2QT]]
Parent/carer 1: [[PERSON:Shazia Mahmood]] (mother), mobile [[PHONE_NUMBER:07923 448 106]], email [[EMAIL_ADDRESS:shazia.m82@hotmail.co.uk]]
Parent/carer 2: [[PERSON:Tariq Mahmood]] (father), mobile [[PHONE_NUMBER:07811 302 557]]
Previous school: Spotland Primary (UPN [[ID_NUMBER:F354241716006]])
Religion (optional): [[NRP:Muslim]]    Home language: Urdu/English
Dietary needs: halal, no nuts""",
    """Your driver [[PERSON:Moises]] is 4 minutes away from [[ADDRESS:1515 Fairview Ave N, Apt 210]]. Questions? Message him in the app; numbers are masked. Order #8812-QX ($38.20) charged to the card ending 0672.""",
    """Giliyê li ser belavkirina xwarinê - Kampa [[LOCATION:Kawergosk]]
Navê gilîkar: [[PERSON:Rezan Şêxmûs]]
Hejmara qerta xwarinê: [[ID_NUMBER:KWG-1188-04]]
Dîrok: [[DATE_TIME:3ê Çileya Paşîn 2024]]
Min di [[DATE_TIME:28ê Kanûna Pêşîn]] de pakêta xwarinê wernegirt. Karmendê ku navan dinivîsî, [[TITLE:Kak]] [[PERSON:Hawar]], got ku navê min ne di lîsteyê de ye. Telefona min: [[PHONE_NUMBER:0750 227 9046]].""",
    """--- Form submission: Contact Us (id 99140) ---
full_name: [[PERSON:Bao Ngoc Tran]]
company: Lotus Dental Lab
email: [[EMAIL_ADDRESS:bao.tran@lotusdentallab.com.au]]
phone: [[PHONE_NUMBER:0412 883 190]]
message: Hi, I'm moving the lab to [[ADDRESS:Unit 4, 27 Industry Drive]], [[LOCATION:Tullamarine]] [[LOCATION:VIC]] [[ZIP_CODE:3043]] from [[DATE_TIME:1 October]]. Please update the delivery address. My ABN didn't change.
submitted_from: [[IP_ADDRESS:1.144.110.38]]
user_agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148""",
    """Per diem transfer for Mud Logger [[PERSON:Jolene Brashear]] (employee [[ID_NUMBER:MLG-3320]]) posted to Visa [[CREDIT_CARD:4716 2290 5518 3406]] on 04/15/2024. Hotel: Candlewood Suites, [[LOCATION:Williston]], [[LOCATION:ND]]. Her home address on file is [[ADDRESS:RR 2 Box 114]], [[LOCATION:Glendive]], [[LOCATION:MT]] [[ZIP_CODE:59330]]; emergency contact [[PERSON:Curtis Brashear]] [[PHONE_NUMBER:406-377-2218]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Lakshmi Narayanan]]  Age: [[AGE:72]]  NHI: [[ID_NUMBER:ZAC4411]]
Admitted: [[DATE_TIME:09/06/2024]]  Discharged: [[DATE_TIME:13/06/2024]]
Consultant: [[PERSON:Dr. Hamish Cathcart]]
Diagnosis: community-acquired pneumonia, type 2 diabetes.
Discharge medication: amoxicillin 500 mg TDS x 5 days; continue metformin, gliclazide.
Follow-up: GP review in 1 week; chest X-ray at 6 weeks. Daughter [[PERSON:Meena]] ([[PHONE_NUMBER:021 448 3307]]) will collect prescriptions from the pharmacy in [[LOCATION:Remuera]].
Address: [[ADDRESS:5/31 Victoria Avenue]], [[LOCATION:Remuera]], [[LOCATION:Auckland]] [[ZIP_CODE:1050]]""",
    """From: [[PERSON:Ozan Çelik]] <[[EMAIL_ADDRESS:ozan.celik@bilgitek.com.tr]]>
To: [[PERSON:Hana Sato]] <[[EMAIL_ADDRESS:hana.sato@nexoria.jp]]>
Cc: payroll@nexoria.jp
Date: [[DATE_TIME:Mon, 2 Sep 2024 10:17:44 +0300]]
Subject: Re: contractor invoice - bank details
X-Originating-IP: [[[IP_ADDRESS:95.70.181.44]]]

Hana, please use my personal account for this one: [[IBAN_CODE:TR61 0001 0009 8234 1150 0451 07]], name [[PERSON:Ozan Çelik]]. Mobile if anything is unclear: [[PHONE_NUMBER:+90 533 284 19 06]].""",
    """Good day [[PERSON:Ma. Cristina Dela Peña]]! Your SSS salary loan of ₱32,000 was approved. SSS No. [[ID_NUMBER:34-5528193-6]]. Proceeds will be credited to your UMID-ATM card. Please update your address from [[ADDRESS:Blk 12 Lot 7 Phase 2]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]] if you have moved. Hotline: 1455.""",
    """Apotheke am Kröpcke - prescription pickup note
Patient: [[PERSON:Berivan Aydın]], born [[DATE_TIME:12.06.1979]]
Insurance: AOK Niedersachsen, member no. [[ID_NUMBER:K204718836]]
Pension insurance no. (for the rehab application): [[ID_NUMBER:65 120679 A 525]]
Medication ordered: insulin glargine 100 U/ml, 5 pens - ready [[DATE_TIME:Thursday 14 March after 15:00]]
Contact: [[PHONE_NUMBER:0511 4478 2290]] (home), [[PHONE_NUMBER:0157 3381 9024]] (mobile)
Address: [[ADDRESS:Limmerstraße 88]], [[ZIP_CODE:30451]] [[LOCATION:Hannover]]""",
    """[
  {"case_no": "[[ID_NUMBER:IRQ-24-77015]]", "hoh_name": "[[PERSON:Ahmed Jassim Khalaf]]", "sex": "M", "age": [[AGE:47]], "camp": "[[LOCATION:Hasansham U3]]", "tent": "[[ADDRESS:C-118]]", "phone": "[[PHONE_NUMBER:07814530927]]", "wallet": "AsiaHawala", "pin_set": true},
  {"case_no": "[[ID_NUMBER:IRQ-24-77016]]", "hoh_name": "[[PERSON:Najla Hussein Ali]]", "sex": "F", "age": [[AGE:33]], "camp": "[[LOCATION:Hasansham U3]]", "tent": "[[ADDRESS:C-121]]", "phone": "[[PHONE_NUMBER:07725093316]]", "wallet": "AsiaHawala", "pin_set": false}
]""",
    """SERVICE CONTRACT - LOCAL HIRE (extract)
This contract is entered into on [[DATE_TIME:5 January 2025]] in [[LOCATION:Erbil]] between Zagros Petroleum Services LLC and [[PERSON:Mr. Karwan Hussein Qadir]], Iraqi national ID [[ID_NUMBER:199104782216]], residing at [[ADDRESS:Street 60, House 214]], [[LOCATION:Ankawa]], [[LOCATION:Erbil]].
The contractor will work as Roustabout at the Khurmala site on a 28/28 rotation. A monthly salary of USD 1,450 is paid to [[IBAN_CODE:IQ02 CIHB 3011 1507 0042 981]]. Emergency contact: [[PERSON:Shilan Qadir]] (sister), [[PHONE_NUMBER:+964 750 118 6307]].""",
    """Congratulations, [[PERSON:Yusra]]! You've been selected as our Dynamic Paradigm Coordinator of the month. Your reward voucher will be mailed to [[ADDRESS:Suite 1140, 350 Bay Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5H 2S6]]. Please confirm your birthdate ([[DATE_TIME:21 Sept 1997]]) and SIN ([[ID_NUMBER:529 047 169]]) through the secure portal by replying from [[EMAIL_ADDRESS:yusra.abdikarim@rogers.com]].""",
    """rota_fixture = [
    {"name": "[[PERSON:Callum McAllister]]", "ward": "6B", "band": 5, "nmc_pin": "[[ID_NUMBER:17H4418E]]", "nok_phone": "[[PHONE_NUMBER:+44 7412 660 913]]", "home": "[[LOCATION:Peterhead]]"},
    {"name": "[[PERSON:Oleksandra Hnatiuk]]", "ward": "6B", "band": 6, "nmc_pin": "[[ID_NUMBER:22A0917O]]", "nok_phone": "[[PHONE_NUMBER:+380 67 418 2290]]", "home": "[[LOCATION:Lviv]]"},
    {"name": "[[PERSON:Grant Fowlie]]", "ward": "ITU", "band": 7, "nmc_pin": "[[ID_NUMBER:09I3372S]]", "nok_phone": "[[PHONE_NUMBER:01779 471 226]]", "home": "[[LOCATION:Fraserburgh]]"},
]""",
    """PRIOR AUTHORIZATION REQUEST - Specialty Pharmacy
Member: [[PERSON:Darnell Okoro-James]]   Member ID: [[ID_NUMBER:XJH884102771]]   Group: 00718B
DOB: [[DATE_TIME:02-11-1979]]   Phone: [[PHONE_NUMBER:(404) 555-0127]]
Drug requested: adalimumab 40 mg/0.4 mL pen, every 14 days
Diagnosis: moderate to severe Crohn's disease (K50.90)
Prescriber: [[PERSON:Dr. Elena Vasquez-Hart]]   NPI: [[ID_NUMBER:1773056423]]   Clinic fax: 404-555-0199
Previous therapies: mesalamine, budesonide; azathioprine stopped after pancreatitis.""",
    """فۆرمی تۆمارکردنی ئاوارە - کەمپی [[LOCATION:ئاشتی]]
ناوی سەرۆکی خێزان: [[PERSON:سەلوا عەلی حوسێن]]
ڕەگەز: مێ
ڕێکەوتی لەدایکبوون: [[DATE_TIME:١٩٨٢/٠٨/٢٥]]
شوێنی پێشوو: [[LOCATION:ڕومادی]]، [[LOCATION:ئەنبار]]
ژمارەی کارتی نیشتمانی: [[ID_NUMBER:١٩٨٢٠٣٣١٤٥٨٧]]
شوێنی نیشتەجێبوون: [[ADDRESS:بلۆکی ٦، چادری ٤٢]]
ژمارەی تەلەفۆن: [[PHONE_NUMBER:07701928834]]
ژمارەی ئەندامانی خێزان: ٥""",
    """Dear [[PERSON:Sri Venkata Ramana Murthy]], your Aadhaar [[ID_NUMBER:3842 0917 6520]] has been linked to PAN [[ID_NUMBER:BQWPM4471K]]. If this wasn't you, visit the nearest Aadhaar Seva Kendra or call 1947. Registered mobile: [[PHONE_NUMBER:+91-94402 18736]]; address: [[ADDRESS:D.No. 12-4-117, Ramalayam Street]], [[LOCATION:Kakinada]], [[LOCATION:Andhra Pradesh]] [[ZIP_CODE:533001]].""",
    """{"level":"warn","time":"[[DATE_TIME:2024-08-19T03:12:55.114Z]]","svc":"auth","msg":"multiple failed logins","user":"[[USERNAME:kwame_asare]]","user_email":"[[EMAIL_ADDRESS:kwame.asare@ug.edu.gh]]","src_ip":"[[IP_ADDRESS:41.66.203.9]]","device_mac":"a4:83:e7:2c:19:5f","ua":"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0","attempts":7}""",
    """NOTICE TO VACATE (60 days)
Date: [[DATE_TIME:July 31, 2024]]
To: [[PERSON:Ignatius]] and [[PERSON:Perpetua Obi]], Tenants
Premises: [[ADDRESS:2240 Hewitt Avenue, Unit B]], [[LOCATION:Everett]], [[LOCATION:WA]] [[ZIP_CODE:98201]]
You are hereby notified that your month-to-month tenancy will terminate on [[DATE_TIME:September 30, 2024]]. The security deposit of $1,850, less lawful deductions, will be mailed to your forwarding address within 21 days.
Landlord: [[PERSON:Harold Stemmler]], [[ADDRESS:PO Box 1182]], [[LOCATION:Mukilteo]], [[LOCATION:WA]] [[ZIP_CODE:98275]], tel. [[PHONE_NUMBER:425-555-0161]]""",
    """DOT DRUG SCREEN RESULT - CONFIDENTIAL
Donor: [[PERSON:Travis Lee Hollowell]]
Donor ID: [[US_DRIVER_LICENSE:40718852]] (TX CDL)
Employer: Lone Star Bulk Haulers, [[LOCATION:Odessa]], [[LOCATION:TX]]
Collection date/time: [[DATE_TIME:02/06/2024 06:48]]
Reason: Pre-employment
Specimen ID: 0047712938
Result: NEGATIVE
MRO: [[PERSON:Dr. Priyanka Raman]], verified [[DATE_TIME:02/08/2024]]""",
    """Reçeteya bijîşkî - Dermanxaneya Dîcle, [[LOCATION:Cizre]]
Nexweş: [[PERSON:Zeynep Ayaz]]
Hejmara nasnameyê (TC): [[ID_NUMBER:37601452952]]
Dîroka jidayikbûnê: [[DATE_TIME:07.09.1958]]
Bijîşk: [[PERSON:Dr. Mahmut Ertaş]]
Derman: Metformin 850 mg, rojê du caran piştî xwarinê; Ramipril 5 mg, sibehê yek.
Hejmara reçeteyê: 2K7RX4P (e-reçete)
Telefon: [[PHONE_NUMBER:0 532 771 40 18]]
Dîrok: [[DATE_TIME:19.02.2024]]""",
    """[[PERSON:Torvald]] ([[USERNAME:torvald_h]]), we noticed a new login to your account from [[IP_ADDRESS:2001:4640:ab12:0:8d4:ff11:2b3c:9a0e]] in [[LOCATION:Bergen]]. Your saved route starts at [[ADDRESS:Kalfarveien 31]], [[ZIP_CODE:5018]] [[LOCATION:Bergen]]. If you weren't the one logging in at [[DATE_TIME:23:41 on 30 May]], reset your password and remove the device with MAC f0:18:98:3a:77:c1.""",
    """PROTECTION INCIDENT REPORT (confidential)
Reported by: [[PERSON:Layla Suleiman]], community outreach volunteer, [[LOCATION:Washokani]] camp, [[LOCATION:Hasakah]]
Date of report: [[DATE_TIME:18 March 2024]]
Survivor: [[PERSON:R. K.]], female, [[AGE:16]]
Household: [[ADDRESS:Phase 2, Tent 311]]
Summary: [[PERSON:R. K.]]'s guardian, her uncle [[PERSON:Mahmoud Khalil Ahmad]], reportedly plans to marry her to a man from [[LOCATION:Tal Tamr]]. Referred to case management on [[DATE_TIME:19 March 2024]].
Reporter's contact: [[PHONE_NUMBER:+963 944 217 630]]""",
    """### Bug: address autocomplete drops the unit number
**Reporter:** [[PERSON:Mele Tupou]] ([[EMAIL_ADDRESS:mele.tupou@xtra.co.nz]])
**Steps:**
1. Log in as test user `[[USERNAME:mtupou_test]]`
2. Enter `[[ADDRESS:3/17 Sandringham Road]], [[LOCATION:Kingsland]], [[LOCATION:Auckland]] [[ZIP_CODE:1024]]`
3. Save
**Expected:** unit "3/" kept
**Actual:** saved as "[[ADDRESS:17 Sandringham Road]]"
**Env:** Chrome 126 on Windows 11, build 4.18.2""",
    """Your prescription is ready, [[PERSON:Geneviève]]! Pick it up at the 2nd floor pharmacy counter. Rx for [[PERSON:Geneviève Paquette-Roy]], DOB [[DATE_TIME:1990/05/12]], health card [[ID_NUMBER:5584-218-902-KT]]. The balance of $12.40 will be charged to the Visa ending 8867. Questions: reply to this text or call the pharmacy.""",
    """کارمەندی بەڕێز [[PERSON:ئارام جەلال مستەفا]]، مووچەی مانگی ئەیلوول بۆ هەژماری بانکی [[IBAN_CODE:IQ46 NBIQ 1200 0447 2210 038]] نێردرا. ژمارەی کارمەندیت [[ID_NUMBER:TQ-22817]]ە لە کێڵگەی نەوتی تەق تەق. بۆ هەر پرسیارێک پەیوەندی بکە بە [[PERSON:سۆزان]] لە بەشی مووچە: [[EMAIL_ADDRESS:sozan.h@taqtaqops.com]]""",
    """Hello [[PERSON:Ezekiel]] and [[PERSON:Marisol]], thanks for registering for the Urban Composting Workshop on [[DATE_TIME:Saturday 12 October]]. Attendee list: [[PERSON:Ezekiel Ó Floinn]] ([[EMAIL_ADDRESS:ezekiel.oflynn@eircom.net]]), [[PERSON:Marisol Quispe Huamán]] ([[EMAIL_ADDRESS:mquispe@protonmail.com]], [[PHONE_NUMBER:+353 85 771 0492]]). Parking is available on Thomas Street beside the venue.""",
    """[[DATE_TIME:14 February 2024]]

[[PERSON:Ms Adaeze Nwosu]]
[[ADDRESS:Flat 9, Kingfisher Court, 40 Albion Street]]
[[LOCATION:Leeds]] [[ZIP_CODE:LS1 6AG]]

Dear [[PERSON:Ms Nwosu]],
Re: disputed payment on account [[IBAN_CODE:GB37 HBUK 4012 7658 1204 93]]
We have now completed our review of the payment of £1,240.00 made on 2 January 2024 to "TechBay Ltd". As the payment was authorised using your card [[CREDIT_CARD:4938 4102 7765 1923]] and a one-time passcode sent to [[PHONE_NUMBER:07700 913 245]], we are unable to refund it.
Yours sincerely,
[[PERSON:Gareth Lewis]], Customer Relations""",
    """<NewRx>
  <Patient><Name><First>[[PERSON:Rosalind]]</First><Last>[[PERSON:Achebe-Lyons]]</Last></Name>
    <DOB>[[DATE_TIME:1963-03-28]]</DOB><Gender>F</Gender>
    <Address><Line1>[[ADDRESS:77 Orchard Hill Rd]]</Line1><City>[[LOCATION:Danbury]]</City><State>[[LOCATION:CT]]</State><Zip>[[ZIP_CODE:06811]]</Zip></Address>
    <Phone>[[PHONE_NUMBER:2035550148]]</Phone></Patient>
  <Prescriber><NPI>[[ID_NUMBER:1588204317]]</NPI><DEA>[[ID_NUMBER:FM7305611]]</DEA><Name><Last>[[PERSON:Marchetti]]</Last><First>[[PERSON:Fabrizio]]</First></Name></Prescriber>
  <Medication><Drug>oxycodone 5 mg tablet</Drug><Qty>20</Qty><Sig>1 tab q6h prn pain</Sig><Written>[[DATE_TIME:2024-10-02]]</Written></Medication>
</NewRx>""",
    """Silav [[PERSON:Berîvan]], alîkariya diravî ya meha Sibatê (240.000 IQD) ji bo qerta [[ID_NUMBER:DZ-04-118273]] amade ye. Ji kerema xwe [[DATE_TIME:roja Duşemê, 12ê Sibatê, saet 9:00]] bi nasnameya xwe were navenda belavkirinê ya kampa [[LOCATION:Domîz 2]]. Ji bo pirsan: xeta alîkariyê 80069.""",
    """Hi [[PERSON:Wei Ling]], your HDB appointment for the resale completion is confirmed for [[DATE_TIME:Fri, 22 Nov 2024, 10:30am]] at HDB Hub. Please bring your NRIC ([[ID_NUMBER:S7218845D]]); the buyer, [[PERSON:Mr Rajesh s/o Govindasamy]], must bring his. Unit: [[ADDRESS:Blk 418 Tampines Street 41, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:520418]].""",
    """-- payroll fix, ticket PAY-2291
UPDATE employees SET bank_iban = '[[IBAN_CODE:NO0615032719462]]', home_zip = '[[ZIP_CODE:4015]]'
WHERE fnr = '[[ID_NUMBER:14038741218]]'; -- [[PERSON:Marte Solheim Vik]], catering lead, Ormen Sør
UPDATE employees SET phone = '[[PHONE_NUMBER:+4791823074]]' WHERE emp_no = [[ID_NUMBER:30412]];""",
    """CONFIDENTIAL - Record of informal discussion
Employee: [[PERSON:Duc Anh Pham]] (staff no. [[ID_NUMBER:00711542]]), Night Shift Supervisor, Fulfilment Centre, [[LOCATION:Dandenong South]]
Manager: [[PERSON:Kirsty Ballantyne]]
Date of meeting: [[DATE_TIME:Tuesday 6 August 2024, 2:00pm]]
Discussed: late arrivals on [[DATE_TIME:2 July]], [[DATE_TIME:9 July]] and [[DATE_TIME:23 July]]. [[PERSON:Duc Anh]] explained that his partner, [[PERSON:Linh]], started a new job and the childcare pick-up changed. Agreed a temporary roster change to a 22:30 start until [[DATE_TIME:30 September]].
Employee signature: ______ Date: ______""",
    """Kia ora [[PERSON:Rāwiri Te Whata]], your KiwiSaver contribution rate change to 6% takes effect from your pay on [[DATE_TIME:15 November]]. IRD number: [[ID_NUMBER:118-475-623]]. If you didn't ask for this, call us. We'll send confirmation to [[EMAIL_ADDRESS:rawiri.tewhata@gmail.com]] and to your postal address, [[ADDRESS:PO Box 3184]], [[LOCATION:Rotorua]] [[ZIP_CODE:3046]].""",
    """[[DATE_TIME:Mar 11 07:58:02]] srv-hr01 sshd[22817]: Accepted publickey for [[USERNAME:dkaya]] from [[IP_ADDRESS:93.220.14.188]] port 51822 ssh2: ED25519 SHA256:Qp9w7aG2c1VbN3r0zXk8fYtLm4sUeH6oJdWqR5iTgPA
[[DATE_TIME:Mar 11 07:58:02]] srv-hr01 systemd-logind[612]: New session 4471 of user [[USERNAME:dkaya]].
[[DATE_TIME:Mar 11 08:03:40]] srv-hr01 audit: user=[[USERNAME:dkaya]] exported file personnel_2024Q1.xlsx (owner: [[PERSON:Derya Kaya]], HR, [[LOCATION:Bielefeld]])""",
    """MUAC SCREENING - Mobile team 3, [[LOCATION:Bajet Kandala]] camp, [[LOCATION:Duhok]] governorate
Child: [[PERSON:Nareen Samir Haji]]   Sex: F   Age: [[AGE:22]] months   DOB (per mother): approx. [[DATE_TIME:January 2023]]
Mother: [[PERSON:Gulê Xidir]], tent [[ADDRESS:D-47]]
MUAC: 118 mm (yellow) - referred to TSFP
Screened by [[PERSON:Dilan Ahmed]] on [[DATE_TIME:09/05/2024]]""",
    """Dear [[PERSON:Thandeka Mokoena]], your UIF claim has been received. ID number: [[ID_NUMBER:9104080412084]]. Payments will go to your Capitec account [[ID_NUMBER:1487220915]]. Your next appointment at the [[LOCATION:Soweto]] labour centre is on [[DATE_TIME:2024-07-03 at 08:00]]. Address on file: [[ADDRESS:1821 Vilakazi Street]], [[LOCATION:Orlando West]], [[ZIP_CODE:1804]].""",
    """{"data":{"order":{"id":"ord_9KX2TQ","placedAt":"2024-05-03T14:22:10Z","customer":{"id":"[[ID_NUMBER:cus_118830]]","fullName":"[[PERSON:Svetlana Mirzoyan]]","email":"[[EMAIL_ADDRESS:s.mirzoyan@mail.ru]]","phone":"[[PHONE_NUMBER:+374 91 448207]]"},"shipping":{"line1":"[[ADDRESS:Tumanyan St 21, apt 9]]","city":"[[LOCATION:Yerevan]]","zip":"[[ZIP_CODE:0002]]","country":"[[LOCATION:AM]]"},"payment":{"brand":"visa","last4":"2290"}}}}""",
    """DOSE ADMINISTRATION AID - PATIENT PROFILE
Name: [[PERSON:Mr. Stavros Kyriakou]]   DOB: [[DATE_TIME:11/10/1941]]   Age: [[AGE:83]]
Medicare: [[ID_NUMBER:2953 18477 1]]   DVA file no.: [[ID_NUMBER:NX 213804]]
Address: [[ADDRESS:Room 14, 63 Marrickville Road]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]]
GP: [[PERSON:Dr. Nadia Haddad]]
Next of kin: [[PERSON:Eleni Kyriakou]] (daughter), [[PHONE_NUMBER:0419 552 807]]
Packing day: Wednesday; packs delivered on Thursdays.""",
    """Hi [[PERSON:Mehmet Şirin]], Ops Planner here. Your helicopter slot for the crew change is confirmed: [[DATE_TIME:Sunday 17 Nov, 07:15]] from the [[LOCATION:Sulaymaniyah]] heliport to the well pad near [[LOCATION:Chemchemal]]. Bring passport [[ID_NUMBER:U14928377]] and your Iraqi work visa. Per diem card: [[CREDIT_CARD:9792 1408 3362 7513]]. Questions: [[EMAIL_ADDRESS:m.sirin.bayram@yandex.com.tr]]""",
    """{"نەخۆش": "[[PERSON:شیلان مەحمود]]", "تەمەن": [[AGE:29]], "مۆبایل": "[[PHONE_NUMBER:+964 750 662 1048]]", "دەرمان": "Amoxicillin 500mg", "ژمارەی ڕەچەتە": "RX-55120", "دەرمانخانە": "دەرمانخانەی ژیان", "شار": "[[LOCATION:هەولێر]]", "بەروار": "[[DATE_TIME:2024-12-02]]"}""",
    """[[PERSON:Achieng Otieno]], your statement request for M-PESA line [[PHONE_NUMBER:0711 205 846]] (ID [[ID_NUMBER:31004872]]) is being processed and will be sent to [[EMAIL_ADDRESS:achieng.otieno@yahoo.com]] within 24 hours. Your KRA PIN [[ID_NUMBER:A009381245Q]] is linked. Date of birth on record: [[DATE_TIME:14-Aug-1992]]. The statement password is your ID number.""",
    """TRAVEL INSURANCE CLAIM - MEDICAL EXPENSES
Policy: TRV-2208841-UK
Claimant: [[PERSON:Soran Mahmoud Karim]]
Date of birth: [[DATE_TIME:17/02/1974]]
Address: [[ADDRESS:58 Stanley Road]], [[LOCATION:Ilford]], [[LOCATION:Essex]] [[ZIP_CODE:IG1 1RF]]
Trip: [[LOCATION:London]] - [[LOCATION:Erbil]], [[DATE_TIME:2 Aug 2024]] to [[DATE_TIME:30 Aug 2024]]
Incident: admitted to Rizgary Teaching Hospital, [[LOCATION:Erbil]], with kidney stones on [[DATE_TIME:19 Aug 2024]]; treated by [[PERSON:Dr. Hemin Aziz]].
Amount claimed: USD 2,310 (hospital), USD 145 (pharmacy)
Pay to: [[IBAN_CODE:GB11 MIDL 4027 1590 3344 18]]
Contact: [[PHONE_NUMBER:07956 220 481]], [[EMAIL_ADDRESS:soran.karim74@gmail.com]]""",
    r"""curl -X POST https://api.kargopilot.com/v2/shipments \
  -H "Authorization: Bearer $KARGO_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{"recipient":{"name":"[[PERSON:Nilüfer Demirtaş]]","phone":"[[PHONE_NUMBER:+90 542 318 77 04]]","address":"[[ADDRESS:Atatürk Bulvarı No:112 Daire 8]]","district":"[[LOCATION:Çankaya]]","city":"[[LOCATION:Ankara]]","postcode":"[[ZIP_CODE:06680]]"},"parcel":{"weight_kg":2.4},"reference":"SIP-2024-88172"}'""",
    """OFFSHORE MEDICAL CERTIFICATE
Name: [[PERSON:Ewan Donald Strachan]]
Date of birth: [[DATE_TIME:28/02/1983]]
Address: [[ADDRESS:12 Seaview Terrace]], [[LOCATION:Stonehaven]], [[ZIP_CODE:AB39 2JH]]
NI number: [[ID_NUMBER:JT 48 22 91 B]]
Examined on [[DATE_TIME:6 March 2024]] by [[PERSON:Dr Fiona Gillanders]] (approved examiner no. [[ID_NUMBER:0412]])
Fit for offshore work: YES, without restriction. Valid until 05/03/2026.""",
    """Send the signed NDA to [[PERSON:Quentin Abara-Leclerc]] at [[ADDRESS:Level 9, 1 Willis Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]. He prefers Signal on [[PHONE_NUMBER:+64 21 448 9072]]; his GitHub is [[URL:github.com/qabara]] and he uses the handle [[USERNAME:qabara]] everywhere. Account to reimburse: [[IBAN_CODE:NL94 INGB 0004 5621 78]].""",
    """{"nav": "[[PERSON:Dilşad Bozarslan]]", "jidayikbûn": "[[DATE_TIME:1990-03-15]]", "bajar": "[[LOCATION:Wêranşar]]", "telefon": "[[PHONE_NUMBER:+90 535 602 14 77]]", "e-name": "[[EMAIL_ADDRESS:dilsad.bozarslan@hotmail.com]]", "kar": "teknîsyenê sondajê", "hejmara_karmend": "[[ID_NUMBER:TPAO-71839]]"}""",
    """MOTOR VEHICLE COLLISION REPORT (summary)
Report #: 24-118472   Agency: Mesa PD
Date/time: [[DATE_TIME:06/21/2024 17:42]]
Location: E Southern Ave at S Power Rd, [[LOCATION:Mesa]], [[LOCATION:AZ]]
Driver 1: [[PERSON:Kaylee Brandt]], DOB [[DATE_TIME:10/02/2001]], AZ DL [[US_DRIVER_LICENSE:D08471293]], plate [[ID_NUMBER:CXR4417]]
Driver 2: [[PERSON:Hector Ruiz Lozano]], DOB [[DATE_TIME:03/27/1968]], AZ DL [[US_DRIVER_LICENSE:B12894406]], plate [[ID_NUMBER:7NGT218]] ([[LOCATION:CA]])
Witness: [[PERSON:Priyanka Dhillon]], [[PHONE_NUMBER:480-555-0190]]
Narrative: Driver 2 stated the light was yellow. Driver 1 was taken to Banner Desert with neck pain.""",
    """[[DATE_TIME:2024-06-02 09:00:14]] SMS OUT to=[[PHONE_NUMBER:+9647504418273]] tmpl=DIST_REMINDER lang=kmr name="[[PERSON:Hesen Xelef]]" site="[[LOCATION:Kabarto 1]]" status=DELIVERED
[[DATE_TIME:2024-06-02 09:00:15]] SMS OUT to=[[PHONE_NUMBER:+9647519902264]] tmpl=DIST_REMINDER lang=ar name="[[PERSON:Basima Saeed]]" site="[[LOCATION:Kabarto 1]]" status=FAILED err=UNREACHABLE
[[DATE_TIME:2024-06-02 09:00:15]] SMS OUT to=[[PHONE_NUMBER:+9647708153340]] tmpl=DIST_REMINDER lang=ckb name="[[PERSON:Nasir Qasim]]" site="[[LOCATION:Kabarto 2]]" status=DELIVERED""",
    """Dia dhuit [[PERSON:Siobhán]], the NCT test for your vehicle [[ID_NUMBER:191-MO-2207]] is booked for [[DATE_TIME:Tuesday 3 December at 08:45]] at the [[LOCATION:Castlebar]] centre. PPSN on the booking: [[ID_NUMBER:6620418V]]. Pay the €55 fee with card [[CREDIT_CARD:5355 7608 1123 4847]] or at the centre. Your Eircode [[ZIP_CODE:F23 T9W4]] is used for reminders only.""",
    """TRAVEL CLINIC CONSULTATION - Hillside Pharmacy
Client: [[PERSON:Amarjit Kaur Sandhu]]   DOB: [[DATE_TIME:03.04.1958]]   Tel: [[PHONE_NUMBER:0121 554 8830]]
Destination: [[LOCATION:Amritsar]], [[LOCATION:Punjab]] - departing [[DATE_TIME:12 Jan 2025]] for 6 weeks
Vaccines given today ([[DATE_TIME:28/11/2024]]): typhoid (Vivotif), hepatitis A booster. Batch numbers recorded on the PMR.
Malaria prophylaxis: not required for this itinerary.
Pharmacist: [[PERSON:Yusuf Patel]], GPhC [[ID_NUMBER:2204187]]""",
    """Dear [[PERSON:Rama Al-Hamwi]], thank you for applying to the bridging programme. We have your Syrian national number [[ID_NUMBER:02010453118]] and passport [[ID_NUMBER:N012774591]] on file. Please upload a certified copy of your secondary certificate from [[LOCATION:Aleppo]] and confirm your current address: [[ADDRESS:Karl-Marx-Straße 204]], [[ZIP_CODE:12055]] [[LOCATION:Berlin]]. Interview slot: [[DATE_TIME:7 May 2024, 11:00 CET]].""",
    """[PROJ-7714] Customer data visible on error page
Stack trace excerpt:
  ValidationError: invalid postcode for customer {id: [[ID_NUMBER:C-2093817]], name: '[[PERSON:Aoife Brennan]]', postcode: '[[ZIP_CODE:D08 VF8H]]', phone: '[[PHONE_NUMBER:+353 1 453 2287]]'}
    at AddressService.validate (address.ts:118)
Reported by [[PERSON:Sanjay Krishnamurthy]]. Severity raised to High because the page is public.""",
    """PHARMACIST CONSULTATION NOTE
Pt: [[PERSON:Hollis Granger]], [[AGE:58]] y/o M, DOB [[DATE_TIME:1966-01-30]]
Date: [[DATE_TIME:10/14/2024 4:15 PM]]
Reason: new Rx warfarin 5 mg daily (from [[PERSON:Dr. Adebayo-Wells]], cardiology); pt also takes OTC ibuprofen.
Counseled on bleeding risk, avoiding NSAIDs, steady vitamin K intake; INR check [[DATE_TIME:10/21]] at the anticoag clinic.
Pt's wife [[PERSON:June]] present; callback # [[PHONE_NUMBER:(319) 555-0117]].
RPh: [[PERSON:M. Castellanos]], PharmD""",
    """Invoice dispute raised by Chief Mobility Analyst [[PERSON:Henrike Vollmer]] ([[EMAIL_ADDRESS:h.vollmer@posteo.de]]). She asks that the refund of €312.90 go to [[IBAN_CODE:DE78 3705 0198 1930 8422 11]] (BIC COLSDE33) rather than to the card ending 3406. Her billing address is [[ADDRESS:Venloer Str. 241]], [[ZIP_CODE:50823]] [[LOCATION:Köln]]; phone [[PHONE_NUMBER:0221 9934 8812]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: oncall-contacts
data:
  primary: "[[PERSON:Adebola Fashola]] <[[EMAIL_ADDRESS:adebola.fashola@gmail.com]]> [[PHONE_NUMBER:+44 7911 203 558]]"
  secondary: "[[PERSON:Jakub Nowicki]] <[[EMAIL_ADDRESS:jnowicki@o2.pl]]> [[PHONE_NUMBER:+48 601 442 917]]"
  escalation: "sre-leads@quillstack.dev"
  pager_region: eu-west-2""",
    """LEGAL AID INTAKE - Civil documentation
Client: [[PERSON:Mizgin Ali Osman]], [[AGE:24]], [[NRP:Syrian]] [[NRP:Kurdish]]
Registered in: [[LOCATION:Gaziantep]] (temporary protection no. [[ID_NUMBER:99173048292]])
Issue: the birth of her daughter [[PERSON:Roj]] on [[DATE_TIME:4 April 2024]] at Şehitkamil State Hospital is not yet registered; the father, [[PERSON:Ahmad Osman]], is in [[LOCATION:Erbil]] and cannot sign.
Phone: [[PHONE_NUMBER:0553 840 21 17]]
Next step: appointment at the civil registry on [[DATE_TIME:22.05.2024]] with an interpreter.""",
    """[[PERSON:Étienne Gagnon-Lévesque]], our fraud team flagged a purchase made at 03:12 from [[IP_ADDRESS:142.169.88.40]] on your Mastercard [[CREDIT_CARD:2221 0061 2458 7730]]. Your mailing address is [[ADDRESS:4412, rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L1]]. Reply YES if you recognise it.""",
    """{"student":{"name":"[[PERSON:Aibek Sarsenbayev]]","iin":"[[ID_NUMBER:870519304183]]","dob":"[[DATE_TIME:1987-05-19]]","home_city":"[[LOCATION:Atyrau]]","programme":"MSc Petroleum Engineering"},"visa":{"appointment":"[[DATE_TIME:2024-04-11T09:30]]","passport":"[[ID_NUMBER:N14482097]]"},"contact":{"mobile":"[[PHONE_NUMBER:+7 701 418 2297]]","email":"[[EMAIL_ADDRESS:aibek.sarsen@mail.kz]]"}}""",
    """DISPENSING RECORD - Primary Health Clinic, [[LOCATION:Qushtapa]] camp
Patient: [[PERSON:Bewar Hamid Rashid]], [[AGE:51]], M
File no.: [[ID_NUMBER:QT-PHC-08813]]
Diagnosis: hypertension, type 2 diabetes
Dispensed [[DATE_TIME:02/07/2024]]: amlodipine 10 mg x30, metformin 850 mg x60, aspirin 81 mg x30
Next refill: [[DATE_TIME:01/08/2024]]
Dispensed by: [[PERSON:Rozhgar Faraj]] (pharmacist)""",
]

GEN = [
    """[[PERSON:Kerem Yıldırım]] has worked as a night-shift floorhand on the rig outside [[LOCATION:Batman]] since [[DATE_TIME:March 2021]], and his supervisor says he can be reached at [[PHONE_NUMBER:+90 532 644 18 02]].""",
    """The pharmacist told [[PERSON:margaret o'brien]] that her amoxicillin would be ready after 4pm, and she asked them to text [[PHONE_NUMBER:087 122 9441]] instead of ringing the landline.""",
    """My daughter [[PERSON:Avin]] turned [[AGE:7]] on [[DATE_TIME:14 February]], and we celebrated in our tent in [[LOCATION:Domiz]] camp with the neighbours from [[ADDRESS:block D-12]].""",
    """Please send the replacement bank card to [[PERSON:Oluwaseun Bakare]] at [[ADDRESS:Flat 3B, 27 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]; his old card ending 5521 was swallowed by an ATM.""",
    """According to the roster, [[PERSON:Jayden Whitehorse]]'s last hitch on the Bakken crew ended on [[DATE_TIME:October 28, 2023]], and his home address in [[LOCATION:Minot]], [[LOCATION:ND]] is [[ADDRESS:1904 4th Ave NW]].""",
    """I called the clinic on behalf of my father, [[PERSON:Tran Van Hoa]], whose Medicare number is [[ID_NUMBER:4187 02367 1]], to move his eye appointment to [[DATE_TIME:Monday 9 September at 11:20]].""",
    """At the [[LOCATION:Arbat]] camp clinic, nurse [[PERSON:Chnar Abdulla]] noted that [[PERSON:Hussein]], aged [[AGE:63]], had run out of insulin on [[DATE_TIME:3 June]] and needed a new prescription.""",
    """You can reach our new landlord, [[PERSON:Mrs. Dorothea Flanagan]], on [[PHONE_NUMBER:(617) 555-0142]] or at [[EMAIL_ADDRESS:dflanagan.rentals@gmail.com]] if the boiler at [[ADDRESS:88 Centre Street, Apt 2]] breaks again.""",
    """Customer [[PERSON:Ananya Iyer]], born [[DATE_TIME:22/07/1995]], reported that someone used her PAN [[ID_NUMBER:AKLPI8823M]] to open a credit line in [[LOCATION:Pune]].""",
    """[[PERSON:هاوڕێ]] دوێنێ لە دەرمانخانەکەی شەقامی سالم دەرمانی شەکرەی بۆ دایکی کڕی؛ ژمارەی مۆبایلەکەی [[PHONE_NUMBER:0750 389 1174]]ە.""",
    """When [[PERSON:dmitri]] filled in the visa form he wrote his passport number as [[ID_NUMBER:75 4418203]] and his date of birth as [[DATE_TIME:1986.11.02]], which the consulate in [[LOCATION:Almaty]] rejected.""",
    """The parcel for [[PERSON:Fiifi Mensah]] was left with a neighbour at [[ADDRESS:14 Ringway Estate Road]], [[LOCATION:Osu]], [[LOCATION:Accra]]; call him on [[PHONE_NUMBER:024 418 9930]] before any redelivery.""",
    """Our hiring manager, [[PERSON:Beatriz Oyarzún]], wants the offer letter for [[PERSON:Tevita Fifita]] dated [[DATE_TIME:2 September 2024]] and sent to [[EMAIL_ADDRESS:tevita.fifita@outlook.com]].""",
    """Roustabout [[PERSON:Ahmed Saleh al-Maliki]], [[AGE:26]], was sent home from the Majnoon field camp on [[DATE_TIME:12 April 2024]] after a fall; his brother [[PERSON:Mustafa]] can be reached at [[PHONE_NUMBER:0780 221 4936]] in [[LOCATION:Basra]].""",
    """i think the account belongs to [[PERSON:lucas ferreira]], the one with the gamer tag [[USERNAME:LuKz_Ferr4]] who lives somewhere near [[LOCATION:Newark]]""",
    """Please update the record: [[PERSON:Hamida Rezaei]] moved from [[ADDRESS:6 Arbour Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 9QF]] to [[ADDRESS:113 Narborough Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE3 0PA]] on [[DATE_TIME:1 March 2024]].""",
    """The vet's note says [[PERSON:Connor Maguire]]'s dog Biscuit is due a booster on [[DATE_TIME:5 November]], and the reminder will go to [[PHONE_NUMBER:07534 882 190]].""",
    """Navê min [[PERSON:Rojhat Tekin]] e, ez [[AGE:31]] salî me û li [[LOCATION:Bielefeld]] dijîm. Ji [[DATE_TIME:1ê Hezîranê]] ve ez li dermanxaneyekê wek alîkar dixebitim; hejmara min [[PHONE_NUMBER:0176 4482 1937]] e.""",
    """[[PERSON:Ngaio]] asked whether the school could email the trip consent form to [[EMAIL_ADDRESS:ngaio.parata@xtra.co.nz]] rather than send it home with [[PERSON:Manaia]], who is [[AGE:9]].""",
    """My SSN is [[US_SSN:531-80-4427]] and my DOB is [[DATE_TIME:4/9/78]]; I'm trying to get a copy of my 2022 W-2 from my old employer in [[LOCATION:Spokane]].""",
    """Can you tell [[PERSON:Dr. Amaka Eze]] that [[PERSON:Mr. Folarin]] in bed 14 reacted to the co-amoxiclav, and that his wife [[PERSON:Yetunde]] is waiting by the phone on [[PHONE_NUMBER:07723 401 668]]?""",
    """The shelter allocation list shows [[PERSON:Leyla Hussein Khalaf]], widow, [[AGE:44]], with four children in [[ADDRESS:Sector 3, Caravan 117]] at [[LOCATION:Qushtapa]], registered on [[DATE_TIME:20 August 2019]] under UNHCR number [[ID_NUMBER:378-19C03312]].""",
    """Text from the pharmacy: "[[PERSON:JAMAL]], your refill of sertraline 50mg is ready for pickup." He usually collects it on his way back from the gym on Thursdays.""",
    """[[PERSON:Ingrid Solberg]] and [[PERSON:Amund Lie]] were both on the helicopter to the platform on [[DATE_TIME:2 February 2024]]; [[PERSON:Ingrid]]'s fødselsnummer is [[ID_NUMBER:02077924879]], which HR needs for the travel insurance.""",
    """The booking under [[PERSON:Chen Jiahui]] is for two nights from [[DATE_TIME:18 October]], and the card on file is [[CREDIT_CARD:6221 2600 4417 8234]].""",
    """I was born on [[DATE_TIME:29 February 1988]] in [[LOCATION:Zakho]], and my mother [[PERSON:Gulistan]] still lives there in the [[LOCATION:Bedar]] neighbourhood.""",
    """[[PERSON:Sergio]]'s login, [[USERNAME:sgarza_ops]], was used from [[IP_ADDRESS:187.190.44.12]] at 2am even though he was asleep at home in [[LOCATION:Monterrey]].""",
    """The tenant, [[PERSON:Kwasi Boateng-Appiah]], has paid his rent from [[IBAN_CODE:GB76 MONZ 0400 0428 8471 63]] every month since [[DATE_TIME:June 2022]].""",
    """We need a locum pharmacist for Saturday; [[PERSON:Priyesh Shah]] (GPhC [[ID_NUMBER:2071934]]) said he could cover if someone texts him on [[PHONE_NUMBER:07401 552 893]].""",
    """[[PERSON:ژینۆ عومەر]] تەمەنی [[AGE:١٩]] ساڵە و لە [[DATE_TIME:١٥ی ئازاری ٢٠٢٤]]ەوە لە کەمپی [[LOCATION:عەربەت]] دەژی. ئیمەیڵەکەی [[EMAIL_ADDRESS:zheno.omar05@gmail.com]]ە.""",
    """I'm trying to reach [[PERSON:Abdirahman Warsame]]; we shared a room at the hostel in [[LOCATION:Leicester]] and his old number was [[PHONE_NUMBER:+44 7462 118 304]].""",
    """Can you check whether the gym's direct debit from [[PERSON:Hannelore Brückner]]'s account [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] went through on the first?""",
    """Applicant [[PERSON:Mohammed Rafiq]] lists his address as [[ADDRESS:P.O. Box 40217]], [[LOCATION:Mombasa]] [[ZIP_CODE:80100]] and his national ID as [[ID_NUMBER:24471108]].""",
    """Yesterday's toolbox talk on the [[LOCATION:Taranaki]] well site was led by [[PERSON:Dwayne]] "[[PERSON:Tank]]" [[PERSON:Mercer]], and everyone including [[PERSON:Aroha]] and [[PERSON:Vikram]] signed the sheet; [[PERSON:Vikram]]'s start date on the crew was [[DATE_TIME:17 June]].""",
    """Please move [[PERSON:Mrs. Ebru Aksoy]]'s methotrexate review from [[DATE_TIME:Wednesday 2 October]] to the following week; her pharmacy is in [[LOCATION:Hackney]] and she prefers calls on [[PHONE_NUMBER:020 7254 8813]].""",
    """The student with ID [[ID_NUMBER:s3928841]] is [[PERSON:Zhao Mingyu]], and she asked for her transcript to be posted to [[ADDRESS:Unit 1208, 80 A'Beckett Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]].""",
    """Baba [[PERSON:Şêrzad]] di [[AGE:67]] saliya xwe de hê jî her sibe tankera avê di navbera [[LOCATION:Kelar]] û kampê de dajo.""",
    """If you need to verify, the account holder is [[PERSON:Chiara Lombardo]], customer number [[ID_NUMBER:004-118273]], and her phone is [[PHONE_NUMBER:+39 347 882 1049]].""",
    """[[PERSON:Arjun]] told the pharmacy that his mum, [[PERSON:Saraswati Menon]], is allergic to penicillin and that her NHS number is [[ID_NUMBER:943 476 5919]].""",
    """The rig medic logged that derrickhand [[PERSON:Bo Thibodeaux]] had a blood pressure of 168/102 at the start of his tour on [[DATE_TIME:July 9, 2024 at 6 a.m.]] and sent him to the clinic in [[LOCATION:Houma]].""",
    """Birayê min [[PERSON:Şervan]] li kampa [[LOCATION:Mexmûr]] dimîne; ew di [[DATE_TIME:12ê Adarê 1998]] de li [[LOCATION:Colemêrg]] ji dayik bûye û hejmara telefona wî [[PHONE_NUMBER:0750 918 2246]] e.""",
    """[[PERSON:Sophie-Anne Leclerc]] paid for the conference with her Amex [[CREDIT_CARD:3714 496353 98431]] and asked for the receipt at [[EMAIL_ADDRESS:sa.leclerc@videotron.ca]].""",
    """When the floods reached [[LOCATION:Jacobabad]], [[PERSON:Ghulam Mustafa Solangi]] and his [[AGE:12]]-year-old son moved into a relief camp; his CNIC is [[ID_NUMBER:43203-4471882-9]].""",
    """The courier note says: leave at the back door, [[ADDRESS:17 Kōwhai Street]], [[LOCATION:Hamilton]], and ring [[PERSON:Mere]] on [[PHONE_NUMBER:027 448 1930]] if it's locked.""",
    """We have [[PERSON:Daniel Kaplan]], [[AGE:45]], [[NRP:Jewish]], requesting kosher meals for his flight on [[DATE_TIME:28 December]].""",
    """[[PERSON:Nurse Precious Dlamini]] confirmed that the baby, [[PERSON:Lwazi]], was born at [[DATE_TIME:03:14 on 6 May 2024]] and weighed 3.2 kg.""",
    """Hey, it's [[PERSON:Tariq]] from the Sunday league; my new email is [[EMAIL_ADDRESS:tariq.b.fc@icloud.com]] and my Insta is [[USERNAME:tariq_bz9]].""",
    """The prescription from [[PERSON:Dr. Goran Saleh]] for [[PERSON:Sazan Qadir]], [[AGE:8]], was for paracetamol syrup and salbutamol, and a pharmacy in [[LOCATION:Sulaimani]] filled it on [[DATE_TIME:21/01/2024]].""",
    """Licence holder [[PERSON:Rhys Pritchard]], licence [[ID_NUMBER:PRITC803115R99KL]], must renew his HGV entitlement before his [[AGE:65]]th birthday.""",
    """my sister [[PERSON:aisha]] lives at [[ADDRESS:41 de la rey street]], [[LOCATION:rosettenville]], [[LOCATION:johannesburg]] and her number is [[PHONE_NUMBER:082 447 1930]]""",
    """[[PERSON:Giovanni Russo]] was discharged on [[DATE_TIME:3 March]] with a week of enoxaparin injections, which his daughter [[PERSON:Chiara]] collects from the pharmacy near their home at [[ADDRESS:Via Roma 14]], [[LOCATION:Bergamo]].""",
    """Field engineer [[PERSON:Saad Al-Otaibi]], Saudi ID [[ID_NUMBER:1048827719]], flew from [[LOCATION:Dammam]] to [[LOCATION:Basra]] on [[DATE_TIME:Sunday 5 May]] to join the workover crew.""",
    """Dear team, please note that [[PERSON:Marisa Kealoha]]'s maternity leave starts on [[DATE_TIME:15 January 2025]] and [[PERSON:Keanu Akana]] will cover her clients.""",
    """The IP address [[IP_ADDRESS:81.214.77.102]] belongs to the home router of [[PERSON:Cemile Arslan]], who complained that her internet drops every evening.""",
    """[[PERSON:Yaw]], [[AGE:38]], and his wife [[PERSON:Adjoa]], [[AGE:34]], opened a joint account on [[DATE_TIME:12/10/2023]] with the number [[ID_NUMBER:1441002387219]].""",
    """[[TITLE:بەڕێز]] [[PERSON:کاوە]]، نۆرەی چاوپێکەوتنت لەگەڵ پزیشک بۆ [[DATE_TIME:ڕۆژی سێشەممە، ٢٠ی شوبات، کاتژمێر ١٠]] دیاری کرا. تکایە کارتی نیشتمانییەکەت لەگەڵ خۆت بهێنە.""",
    """If the courier can't find the farm, [[PERSON:Hamish]] said to follow the gravel road to [[ADDRESS:RD 2]], [[LOCATION:Waimate]] and ring [[PHONE_NUMBER:03 689 4172]].""",
    """The visa sponsor letter for [[PERSON:Maricel Bautista]], born [[DATE_TIME:9 June 1991]] in [[LOCATION:Iloilo]], lists passport [[ID_NUMBER:P4471182A]] and an employer in [[LOCATION:Dubai]].""",
    """[[PERSON:Emre]]'s pharmacy loyalty number is [[ID_NUMBER:7720 1184 3309]]; he forgot his card, so we looked him up by phone, [[PHONE_NUMBER:0162 7713 4082]].""",
    """The tenancy deposit for [[ADDRESS:Flat 4, 22 Dalkeith Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH16 5BS]] is held in [[PERSON:Fraser Ironside]]'s name.""",
    """Because [[PERSON:Nadia]] is [[NRP:Ezidi]] and fasts in December, the camp kitchen in [[LOCATION:Sharya]] set aside evening meals for her family that week.""",
    """[[PERSON:Ravi Chandrasekaran]] logged into the VPN as [[USERNAME:rchandra]] from [[IP_ADDRESS:49.207.182.55]] and downloaded the payroll export.""",
    """On [[DATE_TIME:Friday, 13 September 2024]], well-site supervisor [[PERSON:Alan McKenzie]] confirmed that [[PERSON:Ryan Kowalski]] had completed his H2S Alive course; [[PERSON:Ryan]]'s certificate number is [[ID_NUMBER:H2S-AB-2241877]].""",
    """My grandmother, [[PERSON:Fatima Zahra Benali]], is [[AGE:91]] and still insists on walking to the bank in [[LOCATION:Roubaix]] to collect her pension in cash.""",
    """The lost wallet held a driver's license for [[PERSON:Kevin J. Morales]], [[US_DRIVER_LICENSE:M624-118-83-447-0]], with an address on [[ADDRESS:2711 Palmetto Street]] in [[LOCATION:Tampa]].""",
    """Dema ku [[PERSON:Zelal]] çû dermanxaneyê, dermanê diya wê [[PERSON:Xecê]] tunebû; dermansaz got ku ew ê [[DATE_TIME:Pêncşemê, 7ê Adarê]] bigihîje.""",
    """Support ticket: [[PERSON:Olamide]] can't reset the password on [[EMAIL_ADDRESS:olamide.adeyemo@yahoo.co.uk]] because the recovery phone, [[PHONE_NUMBER:+234 802 664 1057]], is no longer hers.""",
    """At the oil sands camp near [[LOCATION:Fort McKay]], [[PERSON:Shauna Cardinal]] ([[NRP:Cree]]) checked in to room 2-117 on [[DATE_TIME:Thursday, November 14]].""",
    """The patient [[PERSON:Ali Reza Hosseini]], [[AGE:52]], needs his warfarin dose checked; his INR on [[DATE_TIME:2 July]] was 3.8, and his GP is [[PERSON:Dr. Ruth Abernethy]] in [[LOCATION:Hamilton]].""",
    """[[PERSON:Mei]] wants her new SIM registered to the same address as before, [[ADDRESS:Blk 29 Hougang Avenue 3, #05-211]], [[LOCATION:Singapore]] [[ZIP_CODE:530029]], and her NRIC is [[ID_NUMBER:S8734129A]].""",
    """For the reference check, call [[TITLE:Pastor]] [[PERSON:Emmanuel Okeke]] on [[PHONE_NUMBER:0803 771 2046]]; he has known [[PERSON:Chioma]] since she was [[AGE:15]].""",
    """Ops update: the crew change for the Rumaila contractors is delayed; [[PERSON:Haider Kadhim]] and [[PERSON:Ali Jabbar]] will now fly out of [[LOCATION:Basra]] on [[DATE_TIME:Tuesday 21 May]] instead of Monday.""",
    """Our client, [[PERSON:Ms. Siew Ling Tan]], changed her mobile from [[PHONE_NUMBER:9187 4422]] to [[PHONE_NUMBER:8122 0937]] last week.""",
    """The Kurmanji interpreter, [[PERSON:Helin Doğru]], will attend [[PERSON:Mr. Saman Jalal]]'s asylum interview at Lunar House, [[LOCATION:Croydon]], on [[DATE_TIME:17 October at 10:00]].""",
    """[[PERSON:Anthony Nguyen]] bought the used truck with VIN 1FTFW1E85MFA44127 and registered it to [[ADDRESS:5120 Westheimer Rd, Apt 1403]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77056]].""",
    """Dispensary log: [[PERSON:Nomsa]] collected the ARVs for her brother [[PERSON:Sipho Ndlovu]] (clinic file [[ID_NUMBER:KZN-88142]]) on [[DATE_TIME:30/04/2024]].""",
    """Please make the certificate out to [[PERSON:Ioana Popescu-Ward]] and post it to her parents in [[LOCATION:Cluj-Napoca]], [[ADDRESS:Strada Memorandumului 21, ap. 7]].""",
    """[[PERSON:Big Mike]] from the drilling crew (real name [[PERSON:Michael Adeyinka]]) left his hard hat and his phone, [[PHONE_NUMBER:+234 803 551 2297]], in the dog house.""",
    """ئەندازیار [[PERSON:دلێر ڕەشید]] لە [[DATE_TIME:١ی کانوونی دووەمی ٢٠٢٥]]ەوە وەک سەرپەرشتیاری شیفت لە کێڵگەیەکی نەوت نزیک [[LOCATION:هەولێر]] دەست بەکار دەبێت.""",
    """The gym flagged that [[PERSON:Carlos Mendes]] and [[PERSON:carlos mendes]] might be the same member: both accounts list [[DATE_TIME:30/11/1990]] and the email [[EMAIL_ADDRESS:carlosmendes90@gmail.com]].""",
    """Camp manager [[PERSON:Brusk Hasan]] asked us to add [[PERSON:Xalid Remo]]'s newborn, born [[DATE_TIME:2 January 2025]], to household card [[ID_NUMBER:NWR-3381-07]] in [[LOCATION:Newroz]] camp near [[LOCATION:Derik]].""",
    """[[PERSON:Lerato]]'s claim for the cracked phone screen was approved, and the payout will go to the account ending 2290 on Friday.""",
    """The invoice should be addressed to [[PERSON:Dr. Henrik Lindqvist]], [[ADDRESS:Storgatan 14]], [[ZIP_CODE:211 41]] [[LOCATION:Malmö]], and will be paid from [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]].""",
    """The pharmacist spotted that the codeine script for [[PERSON:Jessica Tran]], DOB [[DATE_TIME:12/08/2001]], had been altered; the prescriber, [[PERSON:Dr. Kevin O'Dea]], confirmed he wrote 10 tablets, not 40.""",
    """My Turkish ID is [[ID_NUMBER:46219807344]], my name is [[PERSON:Ayşe Gül Karataş]] and I'm writing from [[LOCATION:Van]] about my late father's pension.""",
    """[[PERSON:Mateo]] used the promo code on his account [[USERNAME:mateo.rv]] and had the headphones shipped to [[ADDRESS:Calle 93 #11-27, Apto 502]], [[LOCATION:Bogotá]].""",
    """We met [[PERSON:Roza]] at the community centre in [[LOCATION:Haringey]]; she's [[AGE:23]], studying pharmacy at King's, and her email is [[EMAIL_ADDRESS:roza.aydin@kcl.ac.uk]].""",
    """The HR system shows [[PERSON:Pieter van der Merwe]] with ID number [[ID_NUMBER:8509175739087]] and a start date of [[DATE_TIME:1 April 2019]] at the plant in [[LOCATION:Secunda]].""",
    """تکایە ئەنجامی تاقیگەی منداڵەکە، [[PERSON:ئارین]]، بنێرە بۆ دایکی، [[PERSON:شنۆ جەمال]]، لە ڕێگەی [[EMAIL_ADDRESS:shno.jamal@yahoo.com]] یان واتسئاپ [[PHONE_NUMBER:+964 770 318 2245]].""",
    """The last person to sign out the company van was [[PERSON:tomás o'connor]], on [[DATE_TIME:the 3rd of May at 18:10]], and he left his own car, [[ID_NUMBER:231-D-44871]], in the yard overnight.""",
]

TABLE = [
    """rx_no,patient,dob,drug,qty,phone,picked_up
RX-118204,[[PERSON:Marlon Ebanks]],[[DATE_TIME:1977-03-02]],atorvastatin 40mg,30,[[PHONE_NUMBER:345-916-4418]],Y
RX-118219,[[PERSON:Keisha Bodden]],[[DATE_TIME:1990-10-27]],sertraline 100mg,30,[[PHONE_NUMBER:345-925-0731]],N
RX-118230,[[PERSON:Ivan Ebanks-Scott]],[[DATE_TIME:1958-06-19]],insulin aspart pen,5,[[PHONE_NUMBER:345-949-2206]],Y""",
    (
        "emp_no\tname\tcrew\ttrade\tmobile\thome_town\n"
        "[[ID_NUMBER:77104]]\t[[PERSON:Garrett Lindahl]]\tA\tMotorman\t[[PHONE_NUMBER:(701) 580-2291]]\t[[LOCATION:Watford City]]\n"
        "[[ID_NUMBER:77131]]\t[[PERSON:Jesús Villalobos]]\tA\tFloorhand\t[[PHONE_NUMBER:(432) 210-8847]]\t[[LOCATION:Pecos]]\n"
        "[[ID_NUMBER:77158]]\t[[PERSON:Tyrell Bighorn]]\tB\tDerrickhand\t[[PHONE_NUMBER:(406) 650-1173]]\t[[LOCATION:Wolf Point]]\n"
        "[[ID_NUMBER:77160]]\t[[PERSON:Randy Schaible]]\tB\tDriller\t[[PHONE_NUMBER:(701) 774-3305]]\t[[LOCATION:Williston]]"
    ),
    """| # | Head of household | Card no. | Family size | Tent | Signed |
|---|---|---|---|---|---|
| 1 | [[PERSON:Adel Murad Khero]] | [[ID_NUMBER:KHK-0441]] | 7 | [[ADDRESS:A-18]] | yes |
| 2 | [[PERSON:Samira Elias]] | [[ID_NUMBER:KHK-0442]] | 4 | [[ADDRESS:A-21]] | yes |
| 3 | [[PERSON:Faisal Qasim]] | [[ID_NUMBER:KHK-0449]] | 9 | [[ADDRESS:B-03]] | no (absent) |""",
    """ACCT       HOLDER                IBAN                              OPENED
4471-0022  [[PERSON:Hüseyin Kılıç]]         [[IBAN_CODE:TR78 0004 6007 3300 1288 4066 12]]  [[DATE_TIME:2019-04-02]]
4471-0037  [[PERSON:Gülbahar Kılıç]]        [[IBAN_CODE:TR43 0006 4000 0021 2744 1809 31]]  [[DATE_TIME:2019-04-02]]
4471-0118  [[PERSON:Mustafa Erkan Oral]]    [[IBAN_CODE:DE43 2505 0180 0910 3477 22]]       [[DATE_TIME:2021-11-15]]""",
    """{"signup_id": 90211, "username": "[[USERNAME:pixelpanda_22]]", "email": "[[EMAIL_ADDRESS:lena.vogt22@web.de]]", "ip": "[[IP_ADDRESS:91.64.118.203]]", "country": "[[LOCATION:DE]]", "plan": "free"}
{"signup_id": 90212, "username": "[[USERNAME:k.obi]]", "email": "[[EMAIL_ADDRESS:kelechi.obi@gmail.com]]", "ip": "[[IP_ADDRESS:105.112.44.9]]", "country": "[[LOCATION:NG]]", "plan": "pro"}
{"signup_id": 90213, "username": "[[USERNAME:maple_anika]]", "email": "[[EMAIL_ADDRESS:anika.s@shaw.ca]]", "ip": "[[IP_ADDRESS:2604:3d09:a97f:e500::1b4]]", "country": "[[LOCATION:CA]]", "plan": "free"}""",
    """students:
  - name: [[PERSON:Isla McLeod]]
    year: 4
    guardian: [[PERSON:Fiona McLeod]]
    guardian_phone: "[[PHONE_NUMBER:07834 119 204]]"
    allergies: none
  - name: [[PERSON:Jakub Zielinski]]
    year: 4
    guardian: [[PERSON:Agnieszka Zielinska]]
    guardian_phone: "[[PHONE_NUMBER:07521 880 637]]"
    allergies: peanuts (EpiPen in office)
  - name: [[PERSON:Amina Yusuf]]
    year: 5
    guardian: [[PERSON:Hodan Ali]]
    guardian_phone: "[[PHONE_NUMBER:07459 302 118]]"
    allergies: none""",
    """Employee record
Name:            [[PERSON:Tendai Moyo]]
Employee no.:    [[ID_NUMBER:ZW-00482]]
Department:      Finance
Job title:       Accounts Payable Clerk
Date of birth:   [[DATE_TIME:17 Oct 1989]]
Start date:      [[DATE_TIME:3 Jan 2022]]
Home address:    [[ADDRESS:14 Samora Machel Avenue]], [[LOCATION:Harare]]
Mobile:          [[PHONE_NUMBER:+263 77 218 4491]]
Bank account:    [[ID_NUMBER:4410 2283 9917]]
Status:          Active""",
    """nhs_no,surname,forename,dob,postcode,gp_practice,last_review
[[ID_NUMBER:4010232137]],[[PERSON:OKAFOR]],[[PERSON:Chiamaka]],[[DATE_TIME:03/05/1961]],[[ZIP_CODE:SE15 4QR]],Peckham Rye Surgery,[[DATE_TIME:12/01/2024]]
[[ID_NUMBER:6329048177]],[[PERSON:HUGHES]],[[PERSON:Glenys]],[[DATE_TIME:27/11/1948]],[[ZIP_CODE:SE22 8DN]],Peckham Rye Surgery,[[DATE_TIME:04/03/2024]]
[[ID_NUMBER:7215560937]],[[PERSON:RAHMAN]],[[PERSON:Abdul Karim]],[[DATE_TIME:15/08/1972]],[[ZIP_CODE:SE15 6JL]],Peckham Rye Surgery,[[DATE_TIME:19/02/2024]]""",
    """| ناو | پیشە | ژمارەی کارمەند | مۆبایل | شار |
|---|---|---|---|---|
| [[PERSON:بەختیار محەمەد]] | شۆفێری تانکەر | [[ID_NUMBER:GK-3301]] | [[PHONE_NUMBER:0750 441 2290]] | [[LOCATION:چەمچەماڵ]] |
| [[PERSON:سیروان قادر]] | کرێکاری بیر | [[ID_NUMBER:GK-3318]] | [[PHONE_NUMBER:0770 182 6634]] | [[LOCATION:کەرکووک]] |
| [[PERSON:ئاسۆ جەمیل]] | کارەباچی | [[ID_NUMBER:GK-3342]] | [[PHONE_NUMBER:0751 903 4417]] | [[LOCATION:سلێمانی]] |""",
    """hejmar,nav,bav,temen,cih,telefon,tomar
1,[[PERSON:Hêvî]],[[PERSON:Silêman]],[[AGE:27]],[[ADDRESS:Blok 3 / Kon 44]],[[PHONE_NUMBER:0750 663 1082]],[[DATE_TIME:2023-08-14]]
2,[[PERSON:Cemîl]],[[PERSON:Hesen]],[[AGE:52]],[[ADDRESS:Blok 3 / Kon 51]],[[PHONE_NUMBER:0751 224 9308]],[[DATE_TIME:2023-08-14]]
3,[[PERSON:Gulîstan]],[[PERSON:Ehmed]],[[AGE:19]],[[ADDRESS:Blok 5 / Kon 02]],,[[DATE_TIME:2023-09-01]]""",
    """ROOM | GUEST                     | ARRIVAL    | NIGHTS | PHONE              | RATE
 214 | [[PERSON:Olusegun]] & [[PERSON:Funmi Adeleke]]  | [[DATE_TIME:2024-12-20]] |   4    | [[PHONE_NUMBER:+44 7944 518 230]]   | BB
 301 | [[PERSON:Matteo Bianchi]]            | [[DATE_TIME:2024-12-21]] |   2    | [[PHONE_NUMBER:+39 333 418 2207]]   | RO
 305 | [[PERSON:Harriet Lowe-Simmons]]      | [[DATE_TIME:2024-12-22]] |   7    | [[PHONE_NUMBER:01632 960 418]]      | HB""",
    (
        "Personalnr\tName\tIBAN\tSteuer-ID\tEintritt\n"
        "[[ID_NUMBER:10482]]\t[[PERSON:Aram Şahin]]\t[[IBAN_CODE:DE30 4805 0161 0067 2345 19]]\t[[ID_NUMBER:51930284718]]\t[[DATE_TIME:01.04.2021]]\n"
        "[[ID_NUMBER:10517]]\t[[PERSON:Nergiz Aslan]]\t[[IBAN_CODE:DE72 2805 0100 0002 3456 71]]\t[[ID_NUMBER:27481953626]]\t[[DATE_TIME:15.09.2022]]\n"
        "[[ID_NUMBER:10533]]\t[[PERSON:Jonas Petersen]]\t[[IBAN_CODE:DE24 1203 0000 1048 8123 95]]\t[[ID_NUMBER:60391784537]]\t[[DATE_TIME:01.02.2023]]"
    ),
    """DATE       PATIENT                  ADDRESS                              DRUG/STRENGTH         QTY  PRESCRIBER
[[DATE_TIME:03/06/2024]] [[PERSON:Norma Jean Pickett]]       [[ADDRESS:7 Wattle Grove]], [[LOCATION:Toowoomba]]            Oxycodone 10mg        20   [[PERSON:Dr L Nguyen]]
[[DATE_TIME:04/06/2024]] [[PERSON:Bradley Tumbers]]          [[ADDRESS:22/5 Margaret St]], [[LOCATION:Toowoomba]]          Tapentadol SR 50mg    28   [[PERSON:Dr P Singh]]
[[DATE_TIME:04/06/2024]] [[PERSON:Yindi Walker]]             [[ADDRESS:118 Herries St]], [[LOCATION:Toowoomba]]            Dexamfetamine 5mg     60   [[PERSON:Dr L Nguyen]]""",
    """{"rider": "[[PERSON:Emeka Nwosu]]", "phone": "[[PHONE_NUMBER:08034412290]]", "nin": "[[ID_NUMBER:48103922716]]", "bike_plate": "[[ID_NUMBER:LSR-442-QA]]", "zone": "[[LOCATION:Ikeja]]", "rating": 4.8}
{"rider": "[[PERSON:Bilkisu Garba]]", "phone": "[[PHONE_NUMBER:07062210418]]", "nin": "[[ID_NUMBER:55219073384]]", "bike_plate": "[[ID_NUMBER:KJA-118-XY]]", "zone": "[[LOCATION:Yaba]]", "rating": 4.9}
{"rider": "[[PERSON:Chukwudi Eze]]", "phone": "[[PHONE_NUMBER:09018827733]]", "nin": "[[ID_NUMBER:30947712850]]", "bike_plate": "[[ID_NUMBER:EKY-903-LD]]", "zone": "[[LOCATION:Surulere]]", "rating": 4.6}""",
    """claim_id,policyholder,dob,state,loss_date,loss_type,amount_usd,adjuster
CLM-55102,[[PERSON:Brenda Kowalczyk]],[[DATE_TIME:1969-08-21]],[[LOCATION:OH]],[[DATE_TIME:2024-03-17]],hail,8420.00,[[PERSON:T. Ahmed]]
CLM-55119,[[PERSON:Luis Alberto Fuentes]],[[DATE_TIME:1982-01-05]],[[LOCATION:FL]],[[DATE_TIME:2024-03-18]],water,2175.50,[[PERSON:R. Castellano]]
CLM-55123,[[PERSON:DeShawn Pettaway]],[[DATE_TIME:1991-12-30]],[[LOCATION:GA]],[[DATE_TIME:2024-03-18]],theft,1300.00,[[PERSON:T. Ahmed]]""",
    """| Volunteer | Age | Nationality | Shift | Languages | Contact |
|-----------|-----|-------------|-------|-----------|---------|
| [[PERSON:Dilan Yılmaz]] | [[AGE:26]] | [[NRP:Turkish]] | Sat AM | Kurmanji, Turkish, English | [[EMAIL_ADDRESS:dilan.yilmaz@gmx.net]] |
| [[PERSON:Abdullah Hamo]] | [[AGE:31]] | [[NRP:Syrian]] | Sat PM | Arabic, Kurmanji | [[PHONE_NUMBER:+49 1521 7730 418]] |
| [[PERSON:Clara Weißenborn]] | [[AGE:58]] | [[NRP:German]] | Sun AM | German, English | [[PHONE_NUMBER:0441 2281 904]] |
| [[PERSON:Parwin Rasul]] | [[AGE:44]] | [[NRP:Iraqi]] | Sun PM | Sorani, Arabic, German | [[EMAIL_ADDRESS:parwin.rasul@web.de]] |""",
    """pob:
  installation: Bravo-7
  date: 2024-09-12
  persons:
    - name: [[PERSON:Ciaran Doherty]]
      company: Orinoco Drilling
      role: toolpusher
      cabin: 12A
      nok: "[[PERSON:Róisín Doherty]] [[PHONE_NUMBER:+353 87 441 0293]]"
    - name: [[PERSON:Ravindra Gunasekara]]
      company: Orinoco Drilling
      role: mechanic
      cabin: 14B
      nok: "[[PERSON:Nirosha Gunasekara]] [[PHONE_NUMBER:+94 77 318 4402]]"
    - name: [[PERSON:Edwin Balogun]]
      company: Seacrest Catering
      role: steward
      cabin: 20C
      nok: "[[PERSON:Grace Balogun]] [[PHONE_NUMBER:+44 7480 229 615]]\"""",
    """order_ref,customer,mobile,pan,city,pincode,aadhaar_masked,cod
OD-22871,[[PERSON:Harpreet Gill]],[[PHONE_NUMBER:98140 22871]],[[ID_NUMBER:AHZPG7712K]],[[LOCATION:Ludhiana]],[[ZIP_CODE:141001]],XXXX XXXX 6520,N
OD-22874,[[PERSON:Lalitha Subramanian]],[[PHONE_NUMBER:+91 94441 70263]],[[ID_NUMBER:CKRPS0398F]],[[LOCATION:Chennai]],[[ZIP_CODE:600041]],XXXX XXXX 2819,Y
OD-22880,[[PERSON:Mohd. Irfan Qureshi]],[[PHONE_NUMBER:0522-2741188]],[[ID_NUMBER:BGTPQ5521L]],[[LOCATION:Lucknow]],[[ZIP_CODE:226003]],XXXX XXXX 0917,N""",
    """Name: [[PERSON:Sione Vaipulu]]
Phone: [[PHONE_NUMBER:021 0844 7129]]
Email: [[EMAIL_ADDRESS:sione.vaipulu@gmail.com]]
Address: [[ADDRESS:9 Te Irirangi Drive]], [[LOCATION:Flat Bush]], [[LOCATION:Auckland]] [[ZIP_CODE:2019]]
Notes: prefers evening calls

Name: [[PERSON:Ana Lolohea]]
Phone: [[PHONE_NUMBER:022 418 3306]]
Email: [[EMAIL_ADDRESS:ana.lolohea@outlook.co.nz]]
Address: [[ADDRESS:45B Preston Road]], [[LOCATION:Ōtara]], [[LOCATION:Auckland]] [[ZIP_CODE:2023]]
Notes: church treasurer, ask about hall booking""",
    (
        "adm_no\tstudent\tform\thouse\tparent_guardian\tparent_phone\n"
        "[[ID_NUMBER:KHS/2021/0447]]\t[[PERSON:Brian Kiprotich]]\t3W\tKilimanjaro\t[[PERSON:Esther Chepkoech]]\t[[PHONE_NUMBER:0722 604 118]]\n"
        "[[ID_NUMBER:KHS/2021/0452]]\t[[PERSON:Faith Wanjiru Kamau]]\t3W\tElgon\t[[PERSON:Peter Kamau]]\t[[PHONE_NUMBER:0733 219 880]]\n"
        "[[ID_NUMBER:KHS/2022/0118]]\t[[PERSON:Abdi Hassan Noor]]\t2E\tKenya\t[[PERSON:Halima Noor]]\t[[PHONE_NUMBER:+254 711 902 337]]"
    ),
    """SEQ  SURNAME/GIVEN             PASSPORT     NATIONALITY  DOB
001  [[PERSON:HASSAN/SHAWNAM]]            [[ID_NUMBER:A18834721]]    [[NRP:Iraqi]]        [[DATE_TIME:04MAR88]]
002  [[PERSON:HASSAN/LANA]]               [[ID_NUMBER:A18834736]]    [[NRP:Iraqi]]        [[DATE_TIME:19NOV15]]
003  [[PERSON:OZTURK/BARIS]]              [[ID_NUMBER:U20117493]]    [[NRP:Turkish]]      [[DATE_TIME:30JUL79]]
004  [[PERSON:WALLACE/ROBERT JAMES]]      [[US_PASSPORT:A04418273]]    [[NRP:American]]     [[DATE_TIME:12JAN66]]""",
    """member_id,name,card_on_file,exp,plan,joined
[[ID_NUMBER:GF-10442]],[[PERSON:Kirra Nolan]],[[CREDIT_CARD:4539 1488 0343 6715]],07/27,Off-peak,[[DATE_TIME:2023-02-11]]
[[ID_NUMBER:GF-10458]],[[PERSON:Tomasz Grabowski]],[[CREDIT_CARD:5571 3804 2219 0672]],11/26,Anytime,[[DATE_TIME:2023-03-02]]
[[ID_NUMBER:GF-10471]],[[PERSON:Amelia Hoang]],[[CREDIT_CARD:4485 6633 0917 2147]],01/28,Student,[[DATE_TIME:2023-03-19]]""",
    """| Rx # | Patient | DOB | Drug | Prescriber | NPI | DEA |
|------|---------|-----|------|------------|-----|-----|
| 6610482 | [[PERSON:Vernon Tillery]] | [[DATE_TIME:05/02/1950]] | hydrocodone/APAP 5/325 | [[PERSON:Dr. Kessler]] | [[ID_NUMBER:1304667953]] | [[ID_NUMBER:BK4829137]] |
| 6610497 | [[PERSON:Tamika Rhodes]] | [[DATE_TIME:11/23/1984]] | alprazolam 0.5 mg | [[PERSON:Dr. Kessler]] | [[ID_NUMBER:1304667953]] | [[ID_NUMBER:BK4829137]] |
| 6610503 | [[PERSON:Juan Pablo Ortega]] | [[DATE_TIME:07/14/1999]] | methylphenidate ER 36 mg | [[PERSON:Dr. Marchetti]] | [[ID_NUMBER:1588204317]] | [[ID_NUMBER:FM7305611]] |""",
    """{"ts":"[[DATE_TIME:2024-10-07T06:01:44Z]]","user":"[[USERNAME:amal.haddad]]","ip":"[[IP_ADDRESS:5.62.61.140]]","result":"success","mfa":"push"}
{"ts":"[[DATE_TIME:2024-10-07T06:03:10Z]]","user":"[[USERNAME:j.mwangi]]","ip":"[[IP_ADDRESS:197.232.18.77]]","result":"fail","mfa":null}
{"ts":"[[DATE_TIME:2024-10-07T06:03:29Z]]","user":"[[USERNAME:j.mwangi]]","ip":"[[IP_ADDRESS:197.232.18.77]]","result":"success","mfa":"sms"}
{"ts":"[[DATE_TIME:2024-10-07T06:07:52Z]]","user":"[[USERNAME:svc-backup]]","ip":"[[IP_ADDRESS:10.0.3.21]]","result":"success","mfa":"n/a"}""",
    """unit,tenant,sin,phone,lease_start,monthly_rent
101,[[PERSON:Marie-Josée Thibault]],[[ID_NUMBER:736 215 807]],[[PHONE_NUMBER:(613) 555-0184]],[[DATE_TIME:2022-07-01]],1450
204,[[PERSON:Hamid Noorzai]],[[ID_NUMBER:647-182-039]],[[PHONE_NUMBER:(613) 555-0127]],[[DATE_TIME:2023-01-01]],1525
310,[[PERSON:Li Na Zhou]],,[[PHONE_NUMBER:(343) 555-0199]],[[DATE_TIME:2024-05-01]],1610""",
    """ناوی نەخۆش: [[PERSON:نەسرین ئەحمەد فەتاح]]
ڕێکەوتی لەدایکبوون: [[DATE_TIME:١٩٧٠/٠٢/١٤]]
ژمارەی مۆبایل: [[PHONE_NUMBER:٠٧٥٠ ٢١٨ ٤٤٣٧]]
ناونیشان: [[LOCATION:هەولێر]]، گەڕەکی [[LOCATION:ئازادی]]
دەرمان: Levothyroxine 50mcg
پزیشکی نووسەر: [[TITLE:د.]] [[PERSON:ئاڤان خۆشناو]]
بەرواری وەرگرتن: [[DATE_TIME:٢٠٢٤/٠٩/٠٣]]""",
    """HH ID    | Name                    | Age | Tent   | Vaccine      | Date given
---------+-------------------------+-----+--------+--------------+-----------
[[ID_NUMBER:RW-0917]]  | [[PERSON:Sara Khalil]]             | [[AGE:2]]   | [[ADDRESS:F-112]]  | MMR dose 2   | [[DATE_TIME:11/03/2024]]
[[ID_NUMBER:RW-0917]]  | [[PERSON:Omar Khalil]]             | [[AGE:4]]   | [[ADDRESS:F-112]]  | DTP booster  | [[DATE_TIME:11/03/2024]]
[[ID_NUMBER:RW-1033]]  | [[PERSON:Delal Ibo]]               | [[AGE:1]]   | [[ADDRESS:G-07]]   | Penta 3      | [[DATE_TIME:12/03/2024]]""",
    (
        "navn\tfødselsnr\trolle\trotasjon\ttelefon\n"
        "[[PERSON:Kristoffer Nygård]]\t[[ID_NUMBER:05118246308]]\tboredekksarbeider\t2-4\t[[PHONE_NUMBER:+47 917 44 208]]\n"
        "[[PERSON:Marte Solheim Vik]]\t[[ID_NUMBER:14038741218]]\tcateringleder\t2-4\t[[PHONE_NUMBER:+47 918 23 074]]\n"
        "[[PERSON:Sindre Aamodt Haugland]]\t[[ID_NUMBER:23099137525]]\ttårnmann\t2-4\t[[PHONE_NUMBER:+47 934 18 207]]"
    ),
    """name,sss_no,philhealth_no,destination,deployment,mobile
[[PERSON:Rowena Magbanua]],[[ID_NUMBER:02-3381744-5]],[[ID_NUMBER:19-050441882-7]],[[LOCATION:Riyadh]],[[DATE_TIME:2024-06-14]],[[PHONE_NUMBER:0917 448 2210]]
[[PERSON:Jomar Esguerra]],[[ID_NUMBER:34-8820193-1]],[[ID_NUMBER:01-220938471-4]],[[LOCATION:Doha]],[[DATE_TIME:2024-06-20]],[[PHONE_NUMBER:0998 120 4477]]
[[PERSON:Liza Tolentino]],[[ID_NUMBER:04-1129087-3]],[[ID_NUMBER:12-200773104-9]],[[LOCATION:Hong Kong]],[[DATE_TIME:2024-07-02]],[[PHONE_NUMBER:+63 905 331 7782]]""",
    """| Name | Team | Email | GitHub | LinkedIn | Based in |
|------|------|-------|--------|----------|----------|
| [[PERSON:Ngozi Eze]] | Platform | [[EMAIL_ADDRESS:ngozi@halcyonlabs.io]] | [[USERNAME:ngozi-eze]] | [[URL:linkedin.com/in/ngozieze]] | [[LOCATION:Lagos]] |
| [[PERSON:Baran Kaya]] | Data | [[EMAIL_ADDRESS:baran@halcyonlabs.io]] | [[USERNAME:barankaya]] | [[URL:https://www.linkedin.com/in/baran-kaya-data/]] | [[LOCATION:Berlin]] |
| [[PERSON:Ellie Fairweather]] | Design | [[EMAIL_ADDRESS:ellie@halcyonlabs.io]] | - | [[URL:ellie.design]] | [[LOCATION:Bristol]] |""",
    """customers:
  - id: [[ID_NUMBER:SG-C-00412]]
    name: "[[PERSON:Muhammad Faizal bin Rahmat]]"
    nric: [[ID_NUMBER:T0412837G]]
    mobile: "[[PHONE_NUMBER:+65 9182 4470]]"
    postal: "[[ZIP_CODE:760418]]"
  - id: [[ID_NUMBER:SG-C-00413]]
    name: "[[PERSON:Goh Pei Shan]]"
    nric: [[ID_NUMBER:S8734129A]]
    mobile: "[[PHONE_NUMBER:+65 8733 0261]]"
    postal: "[[ZIP_CODE:530029]]\"""",
    """NAME                   DL NUMBER          ST  DOB         US PASSPORT
[[PERSON:ABERCROMBIE, LYNN M]]    [[US_DRIVER_LICENSE:A261-4187-7512-05]]  [[LOCATION:WI]]  [[DATE_TIME:1977-05-12]]  [[US_PASSPORT:567104429]]
[[PERSON:DOMINGUEZ, RAFAEL]]      [[US_DRIVER_LICENSE:D5521873]]           [[LOCATION:CA]]  [[DATE_TIME:1990-09-03]]  -
[[PERSON:OYELOWO, BUKOLA A]]      [[US_DRIVER_LICENSE:18442903]]           [[LOCATION:TX]]  [[DATE_TIME:1985-02-27]]  [[US_PASSPORT:A31177264]]""",
    """hh_id,name,dob,brp_no,address,postcode,phone
[[ID_NUMBER:VPR-2231]],[[PERSON:Nawal Al-Ahmad]],[[DATE_TIME:12/01/1983]],[[ID_NUMBER:ZU4418702]],[[ADDRESS:17 Carrington Street]],[[ZIP_CODE:HU3 2TX]],[[PHONE_NUMBER:07412 880 314]]
[[ID_NUMBER:VPR-2231]],[[PERSON:Yousef Al-Ahmad]],[[DATE_TIME:03/06/1979]],[[ID_NUMBER:ZU4418703]],[[ADDRESS:17 Carrington Street]],[[ZIP_CODE:HU3 2TX]],
[[ID_NUMBER:VPR-2240]],[[PERSON:Rojin Mustafa]],[[DATE_TIME:28/09/1995]],[[ID_NUMBER:ZR1190287]],[[ADDRESS:Flat 2, 9 Beverley Road]],[[ZIP_CODE:HU5 1LG]],[[PHONE_NUMBER:07588 203 117]]""",
    """{"kvnr":"[[ID_NUMBER:T518809460]]","name":"[[PERSON:Sevgi Çetin]]","geb":"[[DATE_TIME:1961-03-07]]","mobil":"[[PHONE_NUMBER:+49 171 448 2093]]","medikament":"Ramipril 5 mg","reichweite_bis":"2024-11-18","erinnerung":"[[DATE_TIME:2024-11-11 09:00]]"}
{"kvnr":"[[ID_NUMBER:K204718836]]","name":"[[PERSON:Berivan Aydın]]","geb":"[[DATE_TIME:1979-06-12]]","mobil":"[[PHONE_NUMBER:0157 3381 9024]]","medikament":"Insulin glargin","reichweite_bis":"2024-11-20","erinnerung":"[[DATE_TIME:2024-11-13 09:00]]"}
{"kvnr":"[[ID_NUMBER:X118204472]]","name":"[[PERSON:Heinz-Dieter Krämer]]","geb":"[[DATE_TIME:1944-12-01]]","mobil":null,"medikament":"Apixaban 5 mg","reichweite_bis":"2024-11-22","erinnerung":"[[DATE_TIME:2024-11-15 09:00]]"}""",
    """| Nexweş | Temen | Derman | Doz | Bijîşk | Telefon |
|---|---|---|---|---|---|
| [[PERSON:Evîn Baran]] | [[AGE:45]] | Omeprazol 20 mg | rojê 1 | [[PERSON:Dr. Ferhat Oral]] | [[PHONE_NUMBER:0535 218 40 77]] |
| [[PERSON:Mehmûd Şêxo]] | [[AGE:71]] | Amlodipin 10 mg | rojê 1 | [[PERSON:Dr. Ferhat Oral]] | [[PHONE_NUMBER:0542 660 13 28]] |
| [[PERSON:Nûda Aksoy]] | [[AGE:8]] | Amoksîsîlîn şurub | rojê 3 | [[PERSON:Dr. Sêvê Tan]] | [[PHONE_NUMBER:0530 991 72 04]] |""",
]

CHAT = [
    """[14:02] [[PERSON:Priya]] (Support): Thanks for waiting. Could you confirm your full name and date of birth?
[14:03] Customer: [[PERSON:Daniel Okafor-Reid]], [[DATE_TIME:2 March 1987]]
[14:03] [[PERSON:Priya]] (Support): Thank you, [[PERSON:Daniel]]. And the first line of your address and your postcode?
[14:04] Customer: [[ADDRESS:31 Brindley Road]], [[ZIP_CODE:B16 8QW]]
[14:05] [[PERSON:Priya]] (Support): I can see two payments to PAYFLUX*GAMESTORE on your card ending 4417. Did you make these?
[14:05] Customer: no!! my son [[PERSON:Kofi]] might have, he's [[AGE:12]]. can you block it
[14:06] [[PERSON:Priya]] (Support): I've frozen the card and a new one will go to the address above. I'll also send a confirmation text to [[PHONE_NUMBER:07700 918 442]].""",
    """[[[DATE_TIME:06/10/2024, 05:12]]] [[PERSON:Rebwar]] Drilling: Morning lads, bus leaves camp at 05:45, anyone missing?
[[[DATE_TIME:06/10/2024, 05:14]]] [[PERSON:Mahmood Basrawi]]: I'm on the bus. [[PERSON:Hawkar]] is sick, fever since last night
[[[DATE_TIME:06/10/2024, 05:15]]] [[PERSON:Rebwar]] Drilling: ok. [[PERSON:Hawkar]] send me your employee number for the sick form
[[[DATE_TIME:06/10/2024, 05:21]]] [[PERSON:Hawkar Jaff]]: [[ID_NUMBER:KOC-40172]]. I'm going to the clinic in [[LOCATION:Koya]] at 9
[[[DATE_TIME:06/10/2024, 05:22]]] [[PERSON:Steve Pennington]]: Get well mate. If it gets worse call [[PERSON:Dr. Aras]] directly, [[PHONE_NUMBER:0750 346 1182]]
[[[DATE_TIME:06/10/2024, 05:30]]] [[PERSON:Mahmood Basrawi]]: 👍""",
    """#payroll-ops
[[PERSON:Alicia Gomez]]  10:14 AM
@[[USERNAME:tom.b]] can you fix the bank details for [[PERSON:Yusuf Demir]]? new IBAN is [[IBAN_CODE:GB50 BUKB 2025 1584 2193 77]]
[[PERSON:Tom Brennan]]  10:16 AM
on it. is his address still [[ADDRESS:14 Cranbrook Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 7BL]]?
[[PERSON:Alicia Gomez]]  10:17 AM
no, he moved at the start of the month, I'll DM you
[[PERSON:Tom Brennan]]  10:31 AM
done. also his NI number was missing a letter, it's [[ID_NUMBER:NZ 72 41 88 D]] now""",
    """[[PERSON:شیلان]]: [[PERSON:ئاوات]] گیان، دەرمانەکەی باوکم لە دەرمانخانەی گەڕەکەکەمان نەماوە
[[PERSON:ئاوات]]: باشە، سبەی لە [[LOCATION:هەولێر]] دەیکڕم. وێنەی ڕەچەتەکەم بۆ بنێرە
[[PERSON:شیلان]]: ناردم. ناوی سەر ڕەچەتەکە [[PERSON:عومەر عەبدوڵڵا]]یە، تەمەنی [[AGE:٧٨]] ساڵە
[[PERSON:ئاوات]]: ژمارەی پزیشکەکەشم بۆ بنێرە، دەمەوێ پرسیاری لێ بکەم
[[PERSON:شیلان]]: [[TITLE:د.]] [[PERSON:هەڤاڵ]]: [[PHONE_NUMBER:0750 118 3390]]""",
    """[[[DATE_TIME:12.03.24, 18:40]]] [[PERSON:Dilovan]]: Birano, sibê belavkirina xwarinê li sektora B ye
[[[DATE_TIME:12.03.24, 18:42]]] [[PERSON:Lavîn Xidir]]: Qerta me winda bûye, hejmara wê [[ID_NUMBER:DZ-02-40917]] bû
[[[DATE_TIME:12.03.24, 18:45]]] [[PERSON:Dilovan]]: Here ofîsa UNHCR, bi [[TITLE:Kak]] [[PERSON:Nehad]] re biaxive, telefona wî [[PHONE_NUMBER:0750 664 2019]] e
[[[DATE_TIME:12.03.24, 18:47]]] [[PERSON:Lavîn Xidir]]: Spas. Em li [[ADDRESS:blok 9, kon 23]] in, kesek dikare pakêtê bîne?""",
    """Agent [[PERSON:Wambui]]: Hello, welcome to support. How can I help?
You: my line [[PHONE_NUMBER:0722 550 193]] was swapped to a new SIM without my consent
Agent [[PERSON:Wambui]]: Sorry about that. For verification, what is your ID number and full name?
You: [[ID_NUMBER:27441096]], [[PERSON:Joseph Otieno Ouma]]
Agent [[PERSON:Wambui]]: Thank you [[PERSON:Joseph]]. When did you last use the line?
You: yesterday evening, then no network from about 10pm
Agent [[PERSON:Wambui]]: I've blocked the new SIM. Please visit any shop with your original ID; your reference is SWP-88210.""",
    """Pharmacist [[PERSON:Karen L.]]: Hi! How can I help today?
[[PERSON:Mike Delgado]]: hey, checking on my wife's refills, [[PERSON:Rosa Delgado]], DOB [[DATE_TIME:6/17/72]]
Pharmacist [[PERSON:Karen L.]]: I see metformin and lisinopril. The lisinopril needs a new script from [[PERSON:Dr. Huang]]; we faxed his office this morning.
[[PERSON:Mike Delgado]]: ok can you text me when it's ready? [[PHONE_NUMBER:559-555-0134]]
Pharmacist [[PERSON:Karen L.]]: Will do. It'll be under [[PERSON:Rosa]]'s profile at the Blackstone Ave store, Rx 7730182.""",
    """[[PERSON:Kemal Arslan]]  09:12
Morning [[PERSON:Judith]], the new colleague from [[LOCATION:Erbil]] starts on Monday, [[PERSON:Dara Omer]]. Can you set up his account?
[[PERSON:Judith Brandt]]  09:20
Sure. I need his date of birth and home address for SAP
[[PERSON:Kemal Arslan]]  09:22
DOB [[DATE_TIME:21.07.1993]]. He registered at [[ADDRESS:Herner Straße 112]], [[ZIP_CODE:44809]] [[LOCATION:Bochum]] on [[DATE_TIME:3 September]]. Tax ID is not issued yet
[[PERSON:Judith Brandt]]  09:25
Thx. Username will be [[USERNAME:d.omer]]. Temp password to his private mail?
[[PERSON:Kemal Arslan]]  09:26
yes, [[EMAIL_ADDRESS:dara.omer93@gmail.com]]""",
]

LOOKALIKE = [
    """Your order #112-8841937-2205163 has shipped!
Carrier: DHL Express, tracking JJD000390007812345678 (3 parcels)
Items: 1 x USB-C hub (SKU HUB-7P-GRY-24), 1 x paperback, ISBN 978-0-14-118776-1
Invoice INV-2024-004417 | VAT reg. GB 284 4412 19 | Company no. 09918273
Delivering to: [[PERSON:Morag Sinclair]], [[LOCATION:Dundee]]
Questions? Call customer care on 0800 048 7719 (Mon-Fri 8-6) or email help@brightbasket.co.uk. Returns: use label RTN-55120-UK within 30 days.""",
    """Release 10.4.2.118 (build 7f3c9e2, 2024-03-28)
- Bumped bundled OpenSSL to 3.0.13 and libcurl to 8.6.0.
- Fixed a crash when the config contains IPv6 literals (regression in 10.4.1.9).
- The Dijkstra route planner now skips edges with weight 0; Levenshtein matching is case-insensitive.
- Installer SHA-256: 9b74c9897bac770ffc029102a200c5de4b1c2e8a71f0d3b6e5a4c9d8f7e6b5a4
- Affected hardware: serials SN-40A1-0000 to SN-40A1-0FFF, firmware 2.14.0.7.
- Upgrade key format changed: XXXX-4F2A-99C0-1B7E.
- Object IDs are now UUIDv7, e.g. 018e8c3a-5b2f-7c41-9a0d-3e1f2b4c5d6e.
Support: support@relaycore.dev or +1 800 555 0199 (24/7). Ticket prefix RC-.""",
    """PATIENT INFORMATION - Memory Clinic, Addenbrooke's Wing
This leaflet explains the tests used to tell Alzheimer's disease from Parkinson's disease dementia and Lewy body dementia, including the Addenbrooke's Cognitive Examination (ACE-III) and the Glasgow Coma Scale if you are admitted.
The clinic is on Florence Nightingale Way, next to the Hills Road entrance. Bring your appointment letter (ref. MC-2024-7731) and any tablets you take, including St John's wort.
Appointments line: 01223 245151. Switchboard: 01223 245000.
Leaflet PIL-0442, version 3, reviewed by [[PERSON:Dr. Anjali Rao]]. Review due 2026.""",
    """WELL EQUIPMENT INVENTORY - Hutchins 14-2H / Bessie Mae State 3H
API no. 42-329-41877 (Hutchins 14-2H), API no. 42-329-41903 (Bessie Mae State 3H)
Surface location: Sec. 14, Blk 38, T-2-S, T&P RR Co. Survey, [[LOCATION:Midland Co.]]
Wellhead serial WH-88120-C; BOP stack tag BOP-5K-0417; ESP pump S/N 2291-0448-7A
Rig phone (doghouse): 432-555-0100; yard dispatch 432-555-0199
PO 4500128871, AFE 24-0311, GPS 31.9411, -102.1477
Company man on location: [[PERSON:Dale Voss]], cell [[PHONE_NUMBER:432-555-0148]]""",
    """RECALL NOTICE - Class II (pharmacy level)
Product: Metformin HCl ER tablets 500 mg, 100-count bottles
NDC 0093-7180-01 | GTIN 00300937180012 | Lots 3K0417A, 3K0422B | Exp 09/2025
Manufacturer contact: 1-888-838-2872, drugsafety@tevapharm.com
Also listed: Dr. Scholl's foot powder (unaffected), Hodgkin's lymphoma regimen kits (unaffected)
Action: quarantine stock, return via RMA 77120-PH by 30 June.
Store contact for this notice: pharmacy manager [[PERSON:Grace Adeyemi-Park]], [[EMAIL_ADDRESS:grace.adeyemi-park@crestviewrx.com]]""",
    """ڕاپۆرتی کۆگا - کەمپی [[LOCATION:عەربەت]]
کۆدی کیت: NFI-K7-2024، HYG-04-B، WASH-JRC-20L
ژمارەی کۆگا: WH-03، ڕێزی ١٤، ڕەفی C
بارهەڵگرەکان لە شەقامی مەلیک مەحمود و شەقامی شێخ مەحمود دەڕۆن بۆ کەمپ (٣ بار، ٤٢ تەن).
هێڵی گەرم: 80069 - ئیمەیڵی فەرمی: logistics.arbat@campsupport.org
بەرپرسی کۆگا: [[PERSON:پێشڕەو عوسمان]]، [[PHONE_NUMBER:0770 219 4408]]""",
    """INVOICE INV-88120-EU
Seller: Nordvik Marine Supplies AS, org. no. 918 204 771 MVA
Buyer: Halden Offshore Ltd, VAT GB 441 2288 06, PO 7731-HX
Attn: [[PERSON:Mr. Obinna Eze]], procurement
Item  SKU            Description                   Qty  Unit €
1     NMS-CH-0418    Shackle 8.5t G-2130           40   31.20
2     NMS-WR-1622    Wire rope 16mm, 220m reel     2    884.00
3     NMS-LB-9001    Life buoy, SOLAS, 2.5kg       6    72.50
Payment ref: 0088120-7731. Shipment via DSV, waybill 4417-2290-8831.
Queries: invoices@nordvikmarine.no, +47 51 44 20 00.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind123", STYLES, OUT)


if __name__ == "__main__":
    main()
