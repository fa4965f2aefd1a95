"""Build tests/data/blind121.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind121.py

Blind: written without any knowledge of the detector. Read while writing it:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end (copied here), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/, recognizers/, the tests (beyond
those lines), bench/, the README, any *.jsonl (this set's output included),
any other make_*.py, git history, log or status. The detector, the bench
and the tests were never run. Do not tune the detector against this set:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length (`gold_sets.check` re-checks them), and
none of them is a well-known published example. National ids with a public
check digit were given a valid one, worked out with hand-run throwaway code
while writing (not generated here): NHS numbers, Canadian SINs, Aadhaar
(Verhoeff), BSN, TFN, Singapore NRIC, Irish PPSN, CPF, Spanish DNI, South
African ids (agreeing with the sex and birth date shown), Saudi iqama,
Emirates ID, the Turkish foreigner id (99...), Australian Medicare, the US
NPI and DEA numbers, and the ISBN-13 in a look-alike. Not checked (no public
check digit, or none used): tazkira numbers, Afghan passports, A-numbers,
UCIs, UK NI numbers and Home Office references, US SSNs, PAN, NIN, BVN, KRA
PIN, SSS, PhilHealth, TIN, CPR, licences, plates, bank account numbers and
staff, student, member, patient and interpreter numbers.

Styles (ids `blind121-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k (odd
  mixed sentences dense with names, invented job titles, streets with
  building numbers and secondary addresses, IPv4/IPv6, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical, loan and mortgage forms, notices, letters, court and
  tribunal documents) and Nemotron-PII (JSON, JSON lines, log lines, SQL,
  XML / SOAP, YAML, INI, .env, Terraform, GraphQL, Go / Python / JS code,
  HTTP requests, diffs, tickets and forms with many entity kinds).
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose (banking, insurance, health, pharmacy, schools, HR and payroll,
  returns, travel, telecoms, government services, lettings, gaming, social
  media, tech support, deliveries, gyms, vets, weddings, charities, police,
  jury service ...), names at the start, middle and end, lowercase and
  possessive, ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, a JSON array, YAML,
  key: value blocks), varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family messaging thread, team chat (Slack /
  Teams style) and a landlord-tenant SMS thread, speakers' names labeled.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and statement references, SKUs, an ISBN, IP-shaped
  versions, hashes, UUIDs, serials, company phones, role mailboxes,
  eponyms, streets named after people without a number, legal citations),
  the few real PII values labeled; the first one has no PII at all.
About a third of the `bench` and `gen` records are about interpreters, visa
applications, resettlement and legal aid (Afghan, and other, applicants in
the US, UK, Canada, Australia, Germany, the Netherlands, Pakistan and
Turkey); the rest are spread widely.

Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, India, South Africa, Nigeria, Kenya, Ghana,
Singapore, the Philippines, the Gulf and more, with names from the many
cultures living there). 24 records (9 bench, 10 gen, 3 table, 1 chat,
1 lookalike) are in Pashto or Dari, in Perso-Arabic script (with Persian or
Western digits, Solar Hijri or Gregorian dates) or romanized.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a
  name (Mr, Mrs, Ms, Mx, Dr., Prof., Hon., Rev., Judge, PC, CPT, SFC,
  Sister, Frau, and in Pashto / Dari ښاغلی, آقای, خانم), labeled apart;
  job titles are not TITLE; "jan" / "جان" after a name stays outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape (an Indian PIN code too) are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape and
  calendar; a weekday or a clock time said with such a date is inside the
  span, a weekday or time alone is not; not bare years, durations, or
  dates not tied to a person (invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, cookies, genders, job titles, user
  agents, MAC addresses, IMEIs, VINs, sort codes, BIC / SWIFT, CVVs and
  card expiries, PINs, order / ticket / claim / policy / booking /
  tracking / case references, company phone numbers and role mailboxes,
  company names, versions, hashes, serials, partial numbers ("ending
  4417"), pets, eponyms and brands named after people, header rows,
  language names (Pashto, Dari).
- Calls made while writing this set, in the same spirit: identifiers issued
  to a person are ID_NUMBER (A-numbers, I-94 numbers, UCIs, UNHCR
  registration numbers, Home Office references, BRP, residence-permit, PoR
  and tazkira numbers, visa numbers, Known Traveler Numbers, interpreter
  registration and accreditation numbers such as NRPSI, NAATI CPN or court
  interpreter ids, NPI, DEA and EOIR attorney ids), while references of an
  application or a case stay unlabeled (DS-160 confirmation, GWF, USCIS
  receipt, Chief of Mission case, legal aid certificate, court file and
  docket numbers, UNHCR / IOM case numbers); passport and visa issue and
  expiry dates are the person's dates (DATE_TIME), card expiries are not;
  in logs, a line's timestamp is DATE_TIME when the line names or
  identifies a person (user, recipient) and unlabeled otherwise; a person's
  last-login or submission timestamp is DATE_TIME, and so is the Date
  header of an email a person sent; every real IP address is IP_ADDRESS
  (servers and private ranges too); every street address with a number is
  ADDRESS whoever it belongs to; ethnic groups said of a person (Hazara)
  are NRP, like nationalities and religions; month-year dates of a job
  ("03/2009", "2009-05") are DATE_TIME; in a table a "sex", "role",
  "status", "dept", "language" or "category" column stays unlabeled, an
  "age" column is AGE, a "country" / "state" / "province" column is
  LOCATION and a "nationality" column is NRP; initials standing for an
  anonymised party in a legal citation ("Matter of A-B-") stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind121.jsonl")

BENCH = [
    """Hi [[PERSON:Mertie]], as the incoming Lead Mobility Strategist for the [[ADDRESS:4417 Kertzmann Ridge, Suite 908]] hub you will be issued a laptop bound to [[IP_ADDRESS:214.87.130.22]] (MAC 0a:9c:41:e2:7d:13). Before Friday, please confirm the DOB we hold, [[DATE_TIME:11/04/1983]], and your personal line [[PHONE_NUMBER:(573) 218-0446]].""",
    """Transfer request: please move 12,840.55 from the Savings Account of [[PERSON:Osvaldo Reinger]] to [[IBAN_CODE:GB44BARC20035374618203]], BIC BARCGB22. The beneficiary, [[PERSON:Ms. Yesenia Kub]], lives at [[ADDRESS:77 Hane Crossing]], [[LOCATION:North Kaylah]], [[ZIP_CODE:BT4 2QR]]. Memo: relocation top-up for the Forward Response Executive role.""",
    """NOTICE OF DECISION - TEMPORARY RESIDENT VISA

Application number: V308117462
Applicant: [[PERSON:Zarmina Ahmadzai]]
Date of birth: [[DATE_TIME:02 September 1994]]
Country of citizenship: [[LOCATION:Afghanistan]]
UCI: [[ID_NUMBER:1129-4806]]
Passport no.: [[ID_NUMBER:P04418273]]

Dear [[PERSON:Ms. Ahmadzai]],

Your application received on [[DATE_TIME:14 January 2025]] has been refused. I am not satisfied that you will leave Canada at the end of your stay, based on your family ties in Canada and in your country of residence. You may submit a new application at any time; this decision cannot be appealed.

Visa Section, [[LOCATION:Islamabad]]""",
    """{
  "case_id": "RS-2024-00871",
  "principal_applicant": {
    "first_name": "[[PERSON:Abdul Wahid]]",
    "last_name": "[[PERSON:Noorzai]]",
    "dob": "[[DATE_TIME:1987-06-21]]",
    "a_number": "[[ID_NUMBER:A219-604-873]]",
    "phone": "[[PHONE_NUMBER:+1-916-402-7781]]",
    "languages": ["Pashto", "Dari"],
    "arrival_date": "[[DATE_TIME:2024-11-08]]",
    "address": {"line1": "[[ADDRESS:2150 Fulton Ave Apt 14B]]", "city": "[[LOCATION:Sacramento]]", "state": "[[LOCATION:CA]]", "zip": "[[ZIP_CODE:95825]]"}
  },
  "dependents": [
    {"name": "[[PERSON:Mahbooba Noorzai]]", "relationship": "spouse", "age": [[AGE:33]]},
    {"name": "[[PERSON:Sana]]", "relationship": "daughter", "age": [[AGE:6]]}
  ],
  "caseworker_email": "[[EMAIL_ADDRESS:l.okafor@resettle-sac.org]]",
  "status": "RP_ACTIVE"
}""",
    """Your replacement card ([[CREDIT_CARD:5520 1984 7730 6155]], exp 09/27, CVV 418) has been dispatched to [[PERSON:Thaddeus Okonkwo-Berg]] at [[ADDRESS:Flat 3, 19 Wexford Mews]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1TE]]. If you did not request it, call us from your registered number [[PHONE_NUMBER:07911 482 306]] and quote the memorable word, not the PIN.""",
    """HEALTH INSURANCE CLAIM FORM (summary of CMS-1500)
1a. Insured's ID Number: [[ID_NUMBER:XGW884120573]]
2. Patient's Name (Last, First, MI): [[PERSON:Castellanos, Marisol T.]]
3. Patient's Birth Date: [[DATE_TIME:08 19 1979]]   Sex: F
5. Patient's Address: [[ADDRESS:3308 W Belmont Ave, Unit 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]]   Telephone: [[PHONE_NUMBER:(773) 604-2291]]
17. Referring Provider: [[PERSON:Dr. Anand Subramaniam]]   17b. NPI [[ID_NUMBER:1487236592]]
21. Diagnosis: J45.41 moderate persistent asthma with (acute) exacerbation
24A. Date of Service: [[DATE_TIME:03/11/2025]]   CPT 99214   Charges: $412.00
26. Patient's Account No.: [[ID_NUMBER:PA-2290417]]
Claim control #: 25-117-03391""",
    """2025-02-03T08:14:02Z INFO scheduler.tick jobs=14 queue=default
[[DATE_TIME:2025-02-03T08:14:07Z]] INFO auth.login user=[[USERNAME:fkarimi_87]] ip=[[IP_ADDRESS:10.44.8.201]] result=success
[[DATE_TIME:2025-02-03T08:14:09Z]] INFO profile.view user=[[USERNAME:fkarimi_87]] email=[[EMAIL_ADDRESS:farid.karimi87@gmail.com]]
[[DATE_TIME:2025-02-03T08:15:52Z]] WARN payment.retry user=[[USERNAME:fkarimi_87]] card=************4417 attempts=3
[[DATE_TIME:2025-02-03T08:16:30Z]] ERROR kyc.verify user=[[USERNAME:fkarimi_87]] dob=[[DATE_TIME:1991-12-30]] doc=passport:[[ID_NUMBER:P02917465]] reason=IMAGE_BLURRY""",
    """فورم درخواست ویزه - معلومات شخصی
نام: [[PERSON:مرسل]]
تخلص: [[PERSON:حیدری]]
نام پدر: [[PERSON:غلام سخی]]
تاریخ تولد: [[DATE_TIME:۱۳۷۰/۰۵/۱۲]]
محل تولد: [[LOCATION:مزار شریف]]، ولایت [[LOCATION:بلخ]]
نمبر تذکره الکترونیکی: [[ID_NUMBER:1399-0203-18745]]
نمبر پاسپورت: [[ID_NUMBER:P03381920]]
شماره تماس: [[PHONE_NUMBER:0799 412 366]]
ایمیل: [[EMAIL_ADDRESS:mursal.haidari@yahoo.com]]
آدرس فعلی: [[ADDRESS:سرک دوم، کوچه ۵، خانه نمبر ۴۲]]، [[LOCATION:ناحیه ۱۰]]، [[LOCATION:کابل]]
کشور مقصد: [[LOCATION:آلمان]]
هدف سفر: پیوستن به خانواده""",
    """Session flagged for review: [[PERSON:Keanu Fitzgerald-Amoah]] ([[USERNAME:keanu.fa]]) signed in from [[IP_ADDRESS:2a02:c7c:5a11:9e00:1d4:88ff:fe21:7b3c]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_6_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15. The recovery email is [[EMAIL_ADDRESS:kfa.backup@proton.me]] and the last successful login was [[DATE_TIME:2024-10-27 22:41 GMT]]. He is listed as Principal Accounts Orchestrator, based in [[LOCATION:Croydon]].""",
    """INDEPENDENT CONTRACTOR AGREEMENT - INTERPRETING SERVICES

This Agreement is made on [[DATE_TIME:3 March 2025]] between LinguaBridge Language Services Ltd (company no. 10482261) ("the Agency") and [[PERSON:Habiba Sultani]] of [[ADDRESS:58 Gloucester Road, Flat 2]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AE]] ("the Interpreter").

1. The Interpreter shall provide Dari and Pashto interpreting for courts, tribunals and NHS trusts as booked by the Agency.
2. Fees: GBP 32.00 per hour, minimum call-out two hours, mileage at 45p per mile.
3. The Interpreter's NRPSI registration number is [[ID_NUMBER:16742]] and her UTR is [[ID_NUMBER:73104 58926]].
4. Payments will be made to sort code 40-12-76, account number [[ID_NUMBER:45893021]].

Signed: [[PERSON:H. Sultani]]    Date: [[DATE_TIME:03/03/2025]]""",
    """INSERT INTO clients (client_no, full_name, dob, phone, email, street, city, postcode, ni_number)
VALUES
  ('[[ID_NUMBER:CL-004128]]', '[[PERSON:Jasbir Kaur Sandhu]]', '[[DATE_TIME:1969-02-11]]', '[[PHONE_NUMBER:0121 496 0732]]', '[[EMAIL_ADDRESS:jasbir.sandhu@btinternet.com]]', '[[ADDRESS:41 Soho Road]]', '[[LOCATION:Birmingham]]', '[[ZIP_CODE:B21 9SN]]', '[[ID_NUMBER:JT 48 21 96 C]]'),
  ('[[ID_NUMBER:CL-004129]]', '[[PERSON:Tomasz Wójcik]]', '[[DATE_TIME:1990-08-30]]', '[[PHONE_NUMBER:07456 213 880]]', '[[EMAIL_ADDRESS:t.wojcik90@outlook.com]]', '[[ADDRESS:12b Green Lane]]', '[[LOCATION:Derby]]', '[[ZIP_CODE:DE1 1RT]]', '[[ID_NUMBER:PR 30 77 14 B]]');""",
    """LEGAL AID INTAKE - IMMIGRATION UNIT
Intake date: [[DATE_TIME:19/02/2025]]
Client: [[PERSON:Shukria Rahimi]]    Sex: F    Age: [[AGE:41]]
Nationality: [[NRP:Afghan]]    Language: Dari (interpreter required)
Home Office ref: [[ID_NUMBER:R1408893]]
Address: [[ADDRESS:Room 12, Park Lodge Hotel, 220 Stockport Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M13 0RB]]
Mobile: [[PHONE_NUMBER:07388 140 962]]
Matter: asylum claim. Substantive interview booked for [[DATE_TIME:Thursday 6 March 2025, 10:00]] at the Home Office in [[LOCATION:Croydon]].
Merits: imputed political opinion (husband worked as an interpreter for ISAF).
Means: asylum support GBP 49.18/week - eligible.
Conflict check: none.    Caseworker: [[PERSON:Callum Reid]] (ext. 214)""",
    """[[PERSON:Chidinma]], the dashboard shows your payroll profile still lists [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] and BVN [[ID_NUMBER:22184637105]]. As our Regional Quality Liaison, please switch it to the [[LOCATION:Abuja]] flat and send the new utility bill to [[EMAIL_ADDRESS:chidinma.eze@yahoo.com]]; your staff number [[ID_NUMBER:NG-HR-30417]] stays the same.""",
    """<applicant>
  <name given="[[PERSON:Nasrin]]" family="[[PERSON:Mohammadi]]"/>
  <birthDate>[[DATE_TIME:1998-04-03]]</birthDate>
  <gender>F</gender>
  <nationality>[[NRP:Afghan]]</nationality>
  <passport number="[[ID_NUMBER:P05520174]]" issued="[[DATE_TIME:2022-08-17]]" expires="[[DATE_TIME:2032-08-16]]"/>
  <contact>
    <email>[[EMAIL_ADDRESS:nasrin.m98@gmail.com]]</email>
    <phone type="mobile">[[PHONE_NUMBER:+49 1523 7784120]]</phone>
  </contact>
  <address>
    <street>[[ADDRESS:Wilhelmstraße 117]]</street>
    <postalCode>[[ZIP_CODE:72764]]</postalCode>
    <city>[[LOCATION:Reutlingen]]</city>
  </address>
  <sponsor relation="brother">[[PERSON:Jawed Mohammadi]]</sponsor>
  <visaCategory>D-family-reunion</visaCategory>
</applicant>""",
    """PERSONAL LOAN APPLICATION - summary for underwriting
Applicant: [[PERSON:Rutendo Moyo-Hadebe]]
SA ID number: [[ID_NUMBER:9209070171085]]    Date of birth: [[DATE_TIME:07/09/1992]]
Residential address: [[ADDRESS:22 Protea Street]], [[LOCATION:Kempton Park]], [[ZIP_CODE:1619]]
Employer: Transnet Freight Rail    Position: Senior Planner    Gross monthly income: R48 200
Bank: FNB cheque account [[ID_NUMBER:62841093557]], branch code 250655
Cell: [[PHONE_NUMBER:082 614 3390]]
Loan amount requested: R120 000 over 60 months at prime + 4.5%
Declaration signed [[DATE_TIME:12 February 2025]].""",
    """Da tarjumani ghokhtana (interpreter request)
Num: [[PERSON:Gul Rahman Safi]]
Zhaba: Pashto (Kandahari lahja)
Da nobat neta: [[DATE_TIME:Doshanba, 17 March 2025, saat 9:30]]
Zay: JPS Hospital, Clinic 3, [[LOCATION:Fort Worth]]
Da telefun shmera: [[PHONE_NUMBER:(817) 550-3189]]
Da doseye shmera: 2025-CL-0412
Tarjuman: [[PERSON:Wali Mohammad Ahmadi]], ID [[ID_NUMBER:TX-LI-00734]]""",
    """# notify.yaml - on-call rota for billing-api
service: billing-api
environment: production
alerting:
  primary:
    name: [[PERSON:Siobhan Ní Bhriain]]
    email: [[EMAIL_ADDRESS:siobhan.nibhriain@corvidpay.ie]]
    mobile: "[[PHONE_NUMBER:+353 87 412 6690]]"
  secondary:
    name: [[PERSON:Arjun Menon]]
    email: [[EMAIL_ADDRESS:arjun.menon@corvidpay.ie]]
    mobile: "[[PHONE_NUMBER:+353 86 207 1148]]"
  escalation_mailbox: oncall@corvidpay.ie
db:
  host: [[IP_ADDRESS:10.20.4.17]]
  port: 5432
  user: ${DB_USER}
  password: "Tr0ub4dor&3"
  pool_size: 20""",
    """Parking permit renewal for [[PERSON:Ingrid Solheim-Abara]]: vehicle registration [[ID_NUMBER:KX19 WTD]], VIN WVWZZZ1KZ8W317264, permit zone C. The permit will be posted to [[ADDRESS:9 Cromwell Terrace]], [[LOCATION:Sheffield]], [[ZIP_CODE:S10 2FH]]. Applicant's DOB [[DATE_TIME:27-Jan-1958]], age [[AGE:67]]; payment taken from [[CREDIT_CARD:4147 0983 5521 0766]] (exp 11/26), Blue Badge holder: yes.""",
    """U.S. DEPARTMENT OF JUSTICE
EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS

In the Matter of: [[PERSON:SAMADI, NAJIBULLAH]]
A-Number: [[ID_NUMBER:221-487-306]]
Respondent address: [[ADDRESS:6801 Riverdale Rd, Apt 302]], [[LOCATION:Riverdale]], [[LOCATION:MD]] [[ZIP_CODE:20737]]

Your individual hearing is scheduled for [[DATE_TIME:Tuesday, April 22, 2025 at 8:30 A.M.]] before [[TITLE:Judge]] [[PERSON:Patricia Lowell-Diaz]] at the immigration court in [[LOCATION:Baltimore]]. Failure to appear may result in an order of removal in your absence. An interpreter in Pashto will be provided.

Counsel of record: [[PERSON:Meredith Asante]] (EOIR ID [[ID_NUMBER:KP419027]])
Date of this notice: [[DATE_TIME:02/10/2025]]""",
    """Ticket #HD-88213 | Priority: P2 | Status: Open
Requester: [[PERSON:Lwazi Dlamini]] <[[EMAIL_ADDRESS:lwazi.dlamini@fastmail.com]]>
Phone: [[PHONE_NUMBER:+27 71 904 2285]]
Subject: Can't reset password on tenant portal
Description: Hi, since I moved to [[ADDRESS:Unit 7, 33 Long Street]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] the portal says "account locked". My username is [[USERNAME:lwazi_d]] and my ID number is [[ID_NUMBER:8803145800081]].
Device: Samsung SM-A546E, IMEI 356789104532177
Agent note: caller verified with DOB [[DATE_TIME:14/03/1988]]; reset link sent, ticket left open 48h.""",
    """Our records show that [[PERSON:Agnieszka]] last updated the vendor portal from [[IP_ADDRESS:fe80::6a1c:3bff:fe4d:91a2]]; the change moved her payout to [[IBAN_CODE:NL47INGB0007314429]]. Because she is the Dynamic Implementation Facilitator for the [[LOCATION:Zuid-Holland]] region, please double-check with her on [[PHONE_NUMBER:+31 6 4418 2093]] before approving, and copy [[PERSON:Rémi]] from compliance.""",
    """MOTOR INSURANCE - FIRST NOTIFICATION OF LOSS
Policy: MTR-5520-118374
Policyholder: [[PERSON:Mr. Dev Patel-Hughes]]    DOB: [[DATE_TIME:15/05/1984]]
Licence no.: [[ID_NUMBER:PATEL805154D99XK]]
Vehicle reg: [[ID_NUMBER:LR67 KHF]]
Incident: [[DATE_TIME:24/02/2025 at approx. 17:45]], junction of Hagley Road and Portland Road, [[LOCATION:Edgbaston]]
Third party: [[PERSON:Ms. Oluwaseun Adeyemi]], reg [[ID_NUMBER:BD21 OXP]]
Witness: [[PERSON:Gareth Lloyd]], [[PHONE_NUMBER:07824 556 107]]
Description: policyholder was stationary at the lights when the third party's vehicle struck the rear bumper at low speed. No injuries reported. Photos uploaded by the policyholder.""",
    """def test_applicant_roundtrip():
    applicant = Applicant(
        given_name="[[PERSON:Farzana]]",
        family_name="[[PERSON:Qaderi]]",
        date_of_birth="[[DATE_TIME:1993-10-07]]",
        email="[[EMAIL_ADDRESS:farzana.qaderi@posteo.de]]",
        phone="[[PHONE_NUMBER:+49 176 2208 4413]]",
        residence_permit="[[ID_NUMBER:Y7KL49N2C]]",
        city="[[LOCATION:Leipzig]]",
    )
    payload = applicant.to_json()
    assert Applicant.from_json(payload) == applicant""",
    """CASE NOTE - Reception & Placement
Date of contact: [[DATE_TIME:11/18/2024]]
Family: [[PERSON:Hashimi]] (case size 5)
PA: [[PERSON:Mohammad Yasin Hashimi]], [[AGE:44]] y/o, former linguist with US forces in [[LOCATION:Helmand]]
Arrival: [[DATE_TIME:11/12/2024]], IAD to BOI
Housing: 2BR at [[ADDRESS:3115 N Cole Rd #208]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]]; lease signed by PA on [[DATE_TIME:11/15/2024]]
SSN cards: PA's SSN [[US_SSN:672-41-3058]] arrived by mail; others pending.
I-94 (PA): [[ID_NUMBER:694218350A4]]
Medical: health screening [[DATE_TIME:11/21/2024, 1:15 pm]] for wife [[PERSON:Fawzia]] ([[AGE:39]]).
Next: school enrollment for [[PERSON:Omid]] ([[AGE:12]]) and [[PERSON:Rabia]] ([[AGE:9]]).
Caseworker: [[PERSON:D. Nguyen]]""",
    """Dear [[PERSON:Mx. Rowan Achterberg]], the 3D printer on your account will be delivered to [[ADDRESS:Apartment 1102, 845 Nolan Springs]], [[LOCATION:East Ivory]], [[ZIP_CODE:40117-2210]] in the slot you chose, [[DATE_TIME:Saturday 17 May 2025, 8am-12pm]]. We refunded the 45.00 express fee to your card ending 6106; the receipt went to [[EMAIL_ADDRESS:r.achterberg@zoho.eu]].""",
    """د حقوقي مرستې دفتر - د مراجعې فورمه
نوم: [[PERSON:نجیب الله]]
تخلص: [[PERSON:وردک]]
د پلار نوم: [[PERSON:عبدالقیوم]]
عمر: [[AGE:۳۶]] کاله
د زېږېدو ځای: [[LOCATION:میدان وردک]]
د تذکرې شمېره: [[ID_NUMBER:۱۴۰۰-۰۱۰۳-۲۲۹۸۱]]
د پي او ار کارت شمېره: [[ID_NUMBER:6110-1358-2274]]
تلیفون: [[PHONE_NUMBER:+92 333 5128 447]]
اوسنۍ پته: [[ADDRESS:کور ۱۴، کوڅه ۷]]، [[LOCATION:ترناب]]، [[LOCATION:پېښور]]
د لیدنې نېټه: [[DATE_TIME:۱۸ حمل ۱۴۰۴]]
قضیه: د اوسېدو د اجازې تمدید""",
    """Following the audit, [[PERSON:Leilani Kahananui]] (Investor Paradigm Producer) must re-verify her account [[ID_NUMBER:40938217]] by texting the code to [[PHONE_NUMBER:+1 808-433-9176]] from an approved device. Her address on file is [[ADDRESS:66-510 Kamehameha Hwy, Apt. 3]], [[LOCATION:Haleiwa]], [[LOCATION:HI]] [[ZIP_CODE:96712]]; her birthday, [[DATE_TIME:July 9th]], is the security answer.""",
    """OFFER OF EMPLOYMENT

[[DATE_TIME:28 January 2025]]

[[PERSON:Ms. Parisa Jafari]]
[[ADDRESS:15/202 Bridge Road]]
[[LOCATION:Richmond]] [[LOCATION:VIC]] [[ZIP_CODE:3121]]

Dear [[PERSON:Parisa]],

We are pleased to offer you the position of Community Liaison Officer (Dari/Farsi) in our Settlement Services team, commencing [[DATE_TIME:Monday 17 February 2025]]. The position is full time, 38 hours per week, at Level 4 of the enterprise agreement.

Please return the signed contract with your Tax File Number declaration (TFN [[ID_NUMBER:458 039 125]]) and a copy of your NAATI credential ([[ID_NUMBER:CPN7Q2K8X]]).

Yours sincerely,
[[PERSON:Bronwyn Tate]]
People & Culture Manager""",
    """POST /api/v2/appointments HTTP/1.1
Host: booking.consularportal.example
Cookie: sessionid=8f2b1c9e44a7d0; csrftoken=Qw9PzL2
User-Agent: Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36
X-Forwarded-For: [[IP_ADDRESS:39.40.118.207]]
Content-Type: application/json

{"applicant":"[[PERSON:Samiullah Zazai]]","passport":"[[ID_NUMBER:P01184630]]","slot":"[[DATE_TIME:2025-03-19T11:20:00+05:00]]","post":"[[LOCATION:Islamabad]]","phone":"[[PHONE_NUMBER:+92 300 8813 204]]","category":"SIV-interview"}""",
    """Patient intake for [[PERSON:Bartholomew Nwachukwu-Lind]], [[AGE:52]]-year-old male, height 183 cm, eye colour hazel. Emergency contact: [[PERSON:Delphine]] ([[PHONE_NUMBER:+33 6 12 48 90 37]]). Insurance member number [[ID_NUMBER:MBR-7741-20938]]; previous visit [[DATE_TIME:2024-12-02]]. Notes dictated by the Central Intranet Officer on workstation [[IP_ADDRESS:172.16.40.9]].""",
    """[[DATE_TIME:6 February 2025]]

WITHOUT PREJUDICE
[[PERSON:Mr. Kevin Thornbury]]
Thornbury Lettings

Re: [[PERSON:Mrs. Gulalai Mangal]], [[ADDRESS:Flat B, 88 Cardigan Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3BJ]]

We act for the above-named tenant under a legal aid certificate. Our client's deposit of GBP 850, paid on [[DATE_TIME:1 September 2023]], was not protected in an authorised scheme and no prescribed information was served. Unless the deposit is returned in full within 14 days we are instructed to issue a claim.

Yours faithfully,
[[PERSON:Amira Haddad]]
Solicitor, Harehills Law Centre""",
    """# .env.local - DO NOT COMMIT
APP_ENV=staging
SMTP_HOST=smtp.mailgun.org
ADMIN_NAME="[[PERSON:Mateus Ferreira da Silva]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:mateus.fsilva@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+55 11 98412-3307]]
TEST_CARD=[[CREDIT_CARD:4987510033642072]]
TEST_CARD_CVC=381
TEST_CPF=[[ID_NUMBER:418.203.957-23]]
STRIPE_SECRET=sk_test_51HxQe2LkP0aZ7
FEATURE_FLAGS=pix,boleto""",
    """Reminder for [[PERSON:Soraya Ebrahimi]]: your Dari interpreting shift at [[ADDRESS:510 Kingsway, Level 3]], [[LOCATION:Burnaby]] starts [[DATE_TIME:Wednesday 12 March, 7:45 am]]. Bring badge [[ID_NUMBER:INT-2291]] and, if you need parking validation, text [[PHONE_NUMBER:604-771-0392]] on arrival.""",
    """LETTER OF INVITATION

To: Embassy of the Federal Republic of Germany, Visa Section, [[LOCATION:Islamabad]]
Date: [[DATE_TIME:20.01.2025]]

I, [[PERSON:Dr. Hamid Rahmani]], born [[DATE_TIME:04.11.1975]] in [[LOCATION:Herat]], residing at [[ADDRESS:Goethestraße 28]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]], [[NRP:German]] citizen (identity card no. [[ID_NUMBER:LFC7R9M2N]]), hereby invite my mother, [[PERSON:Mrs. Bibi Gul Rahmani]] (passport [[ID_NUMBER:P02266518]]), to visit me from [[DATE_TIME:1 May 2025]] to [[DATE_TIME:30 June 2025]]. I will cover all costs of her stay, including travel health insurance. A formal obligation was issued by the Ausländerbehörde in [[LOCATION:Frankfurt]] on [[DATE_TIME:15.01.2025]].

[[PERSON:H. Rahmani]]
Tel. [[PHONE_NUMBER:069 4403 8812]]""",
    """[2025-01-14 09:01:58] worker started pid=3312
[[[DATE_TIME:2025-01-14 09:02:11]]] SMS queued to=[[PHONE_NUMBER:+93 78 441 2037]] template=appt_reminder vars={name:"[[PERSON:Khalida]]", date:"[[DATE_TIME:16 Jan 2025 10:30]]"}
[[[DATE_TIME:2025-01-14 09:02:13]]] SMS delivered to=[[PHONE_NUMBER:+93 78 441 2037]] msg_id=SM8f21c0
[[[DATE_TIME:2025-01-14 09:05:40]]] SMS failed to=[[PHONE_NUMBER:+93 70 993 1184]] error=30003 (unreachable)
[[[DATE_TIME:2025-01-14 09:06:02]]] SMS queued to=[[PHONE_NUMBER:+93 79 227 5610]] template=docs_missing vars={name:"[[PERSON:Abdul Basir]]", case:"IOM-KBL-22817"}""",
    """[[PERSON:Eun-ji Park]] (she/her) asked that her legacy username [[USERNAME:ejpark_design]] be merged into the SSO identity linked to [[EMAIL_ADDRESS:eunji.park@studio-halyard.com]]. She confirmed ownership with the last four of her SSN (7731) and her DOB, [[DATE_TIME:Feb 2, 1996]]. Desk: [[ADDRESS:1200 Westlake Ave N, Floor 6]], [[LOCATION:Seattle]].""",
    """RESIDENTIAL LEASE AGREEMENT (excerpt)
Landlord: Maple Grove Properties LLC
Tenant(s): [[PERSON:Zabihullah Amiri]] and [[PERSON:Marzia Amiri]]
Premises: [[ADDRESS:4620 Maple Grove Dr, Unit 11]], [[LOCATION:Harrisburg]], [[LOCATION:PA]] [[ZIP_CODE:17109]]
Term: twelve (12) months beginning [[DATE_TIME:December 1, 2024]]
Monthly rent: $1,140.00; the first three months are paid by the resettlement agency under the R&P program.
Tenant phone: [[PHONE_NUMBER:717-380-4412]]
Emergency contact: [[PERSON:Rahim Amiri]] (brother), [[PHONE_NUMBER:+1 (571) 209-8853]]
Signatures: [[PERSON:Z. Amiri]] [[DATE_TIME:11/26/2024]]; [[PERSON:M. Amiri]] [[DATE_TIME:11/26/2024]]""",
    """[[PERSON:Fereshta Nazari]], lotfan pasport-e khod ([[ID_NUMBER:P04721958]]) wa kopi-e tazkira ([[ID_NUMBER:1398-0501-07736]]) ra ta [[DATE_TIME:panjshanbe, 23 Hoot 1403]] ba daftar-e ma dar [[ADDRESS:Sarak-e Lycée Maryam, khana-e 17]], [[LOCATION:Khair Khana]], [[LOCATION:Kabul]] biyawared. Shomara-e tamas: [[PHONE_NUMBER:0788 210 643]]. Email: [[EMAIL_ADDRESS:f.nazari.kbl@gmail.com]].""",
    """{
  "resourceType": "Patient",
  "id": "pt-55e1",
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:7329184608]]"}],
  "name": [{"family": "[[PERSON:Stanekzai]]", "given": ["[[PERSON:Roya]]"]}],
  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07700 139 482]]", "use": "mobile"}],
  "gender": "female",
  "birthDate": "[[DATE_TIME:2001-07-15]]",
  "address": [{"line": ["[[ADDRESS:27 Whitby Avenue]]"], "city": "[[LOCATION:Slough]]", "postalCode": "[[ZIP_CODE:SL2 1QF]]"}],
  "communication": [{"language": {"text": "Pashto"}, "preferred": true}]
}""",
    """Student [[PERSON:Tevita Fifita]] (ID [[ID_NUMBER:S3318720]]) requested an official transcript for the Master of Applied Linguistics, to be emailed to [[EMAIL_ADDRESS:tfifita@hotmail.co.nz]]. Date of birth: [[DATE_TIME:1999/03/28]]. Home address: [[ADDRESS:14 Kiwi Esplanade]], [[LOCATION:Māngere Bridge]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]. A fee of 25.00 NZD was charged to [[CREDIT_CARD:5401 1439 0726 8512]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Bibi Hawa Sadat]]     MRN: [[ID_NUMBER:00482917]]     DOB: [[DATE_TIME:01/01/1958]]
Admitted: [[DATE_TIME:02/14/2025]]     Discharged: [[DATE_TIME:02/19/2025]]
Attending: [[PERSON:Dr. Laura Whitfield]]
Interpreter: Pashto, in person - [[PERSON:Naqibullah]] (agency badge [[ID_NUMBER:PL-0638]])
Diagnoses: community-acquired pneumonia; type 2 diabetes, poorly controlled.
Follow-up: PCP [[PERSON:Dr. Omar Siddiqui]] within 7 days; daughter [[PERSON:Nilofar]] to confirm on [[PHONE_NUMBER:(703) 914-2278]].
Home: [[ADDRESS:7311 Little River Tpke, Apt 5]], [[LOCATION:Annandale]], [[LOCATION:VA]] [[ZIP_CODE:22003]]""",
    """UPDATE interpreters
SET phone = '[[PHONE_NUMBER:+61 412 803 557]]',
    email = '[[EMAIL_ADDRESS:nazir.popal@bigpond.com]]',
    address = '[[ADDRESS:3/41 Station Street]]',
    suburb = '[[LOCATION:Dandenong]]',
    postcode = '[[ZIP_CODE:3175]]',
    naati_cpn = '[[ID_NUMBER:CPN3Z8W5D]]'
WHERE interpreter_id = [[ID_NUMBER:10442]]
  AND last_name = '[[PERSON:Popal]]';""",
    """At [[AGE:29]], [[PERSON:Yadira]] opened a Home Loan Account with a 14,900 deposit; statements go to [[ADDRESS:1718 Calle Loíza, Apt 4C]], [[LOCATION:San Juan]], [[ZIP_CODE:00911]]. For verification we hold her SSN [[US_SSN:584-20-7713]]; the mother's maiden name field is masked. Her card 6011 **** **** 0587 stays active.""",
    """LEGAL AID AGENCY - CERTIFICATE (Immigration and Asylum)
Certificate reference: LA/IA/2025/004417
Client: [[PERSON:Ahmad Zia Popalzai]]
Date of birth: [[DATE_TIME:12.08.2004]] (age disputed; local authority assessment dated [[DATE_TIME:05.02.2025]])
Home Office reference: [[ID_NUMBER:P1294471]]
Fee earner: [[PERSON:Priyanka Dhillon]]
Scope: appeal to the First-tier Tribunal (IAC) against the refusal dated [[DATE_TIME:22 January 2025]]
Cost limitation: GBP 2,500 profit costs; counsel's fees by prior authority.""",
    """// seed/users.js
module.exports = [
  { id: 1, username: '[[USERNAME:kamala.r]]', email: '[[EMAIL_ADDRESS:kamala.ramaswamy@outlook.in]]', phone: '[[PHONE_NUMBER:+91 98450 31276]]', aadhaar: '[[ID_NUMBER:7392 1840 5617]]', city: '[[LOCATION:Bengaluru]]' },
  { id: 2, username: '[[USERNAME:vikrant_s]]', email: '[[EMAIL_ADDRESS:vikrant.sehgal@gmail.com]]', phone: '[[PHONE_NUMBER:+91 99102 87463]]', aadhaar: '[[ID_NUMBER:4815 0672 3093]]', city: '[[LOCATION:Gurugram]]' },
];""",
    """Wire instructions for the conference honorarium: beneficiary [[PERSON:Prof. Adaeze Obi-Lindqvist]], [[IBAN_CODE:DK1230004781255096]], SWIFT DABADKKK, reference "keynote fee". Her tax residence is [[LOCATION:Denmark]] and her CPR number is [[ID_NUMBER:140385-4418]]; she was born in [[LOCATION:Enugu]].""",
    """INCIDENT REPORT - INTERPRETING SERVICES
Date/time of incident: [[DATE_TIME:07/03/2025 14:20]]
Location: Ward 4B, St Luke's Hospital, [[LOCATION:Bradford]]
Interpreter: [[PERSON:Shabnam Yousufzai]] (Pashto/Urdu), NRPSI [[ID_NUMBER:17309]]
Patient: [[PERSON:Mr. Rahmatullah Khan]], hospital no. [[ID_NUMBER:K3390281]]
Clinician: [[PERSON:Dr. Emily Chow]]
Summary: A relative, who gave his name only as [[PERSON:Imran]], insisted on interpreting himself and asked the professional interpreter to leave. The consultation was paused until the ward manager spoke to the family.
Reported by: [[PERSON:S. Yousufzai]], [[PHONE_NUMBER:07712 904 318]], [[EMAIL_ADDRESS:shabnam.y.interp@gmail.com]]""",
    """From: "[[PERSON:Ramón Etxeberria]]" <[[EMAIL_ADDRESS:ramon.etxe@euskalnet.net]]>
To: visas@consulate-bilbao.example
Date: [[DATE_TIME:Mon, 10 Feb 2025 18:03:44 +0100]]
Subject: Visa appointment - DNI [[ID_NUMBER:48291736Q]]
X-Originating-IP: [[[IP_ADDRESS:83.44.197.12]]]

Hello, I need to move my appointment of [[DATE_TIME:14 February]] because my mother, [[PERSON:Itziar]], is in hospital in [[LOCATION:Bilbao]]. Any date after the 24th works. My mobile is [[PHONE_NUMBER:+34 688 41 27 09]].
Regards,
[[PERSON:Ramón]]""",
    """As a former Language and Cultural Advisor, [[PERSON:Ehsanullah Barakzai]] must upload the HR letter proving employment from [[DATE_TIME:03/2009]] to [[DATE_TIME:11/2013]] to his SIV portal account [[USERNAME:ebarakzai1984]]. The Chief of Mission case number is COM-KBL-118246, and the supervisor's letter has to come from [[TITLE:SFC]] [[PERSON:Daniel Reyes-Whitaker]] ([[EMAIL_ADDRESS:daniel.reyeswhitaker@army.mil]]). Applicant phone: [[PHONE_NUMBER:+93 (0)77 304 8812]].""",
    """NOTICE OF ACCOUNT CLOSURE

[[DATE_TIME:14 March 2025]]

[[PERSON:Mr Olumide Bakare]]
[[ADDRESS:Flat 12, Denmark House, 4 Coldharbour Lane]]
[[LOCATION:London]] [[ZIP_CODE:SE5 9NR]]

Account name: [[PERSON:O. Bakare]]
IBAN: [[IBAN_CODE:GB03 LOYD 3096 4781 0457 23]]

Dear customer, we wrote to you on two occasions about this account. As we have not heard from you, it will close 60 days after the date of this letter and the remaining balance of GBP 312.45 will be sent by cheque to the address above.""",
    """یادداشت مددکار - برنامه اسکان مجدد
تاریخ ملاقات: [[DATE_TIME:۲۵ دلو ۱۴۰۳]]
سرپرست خانواده: [[TITLE:آقای]] [[PERSON:عبدالله نوری]]، [[AGE:۵۲]] ساله
همسر: [[PERSON:ملالی]]، [[AGE:۴۶]] ساله
تعداد اعضای خانواده: ۶
نمبر کیملیک خارجی: [[ID_NUMBER:99412703814]]
شماره تیلفون: [[PHONE_NUMBER:+90 532 418 7706]]
آدرس فعلی: [[ADDRESS:ینی محله، کوچه ۱۲، شماره ۸]]، [[LOCATION:قیصریه]]، [[LOCATION:ترکیه]]
کشور مقصد پیشنهاد شده: [[LOCATION:کانادا]]
یادداشت: پسر بزرگ، [[PERSON:سهراب]] ([[AGE:۱۹]] ساله)، در ترجمانی به زبان ترکی کمک می‌کند. خانواده [[NRP:شیعه]] مذهب هستند و نگرانی امنیتی دارند.""",
    """Alert: the kiosk used by [[PERSON:Nomvula Khumalo]] at [[ADDRESS:18 Jan Smuts Avenue]], [[LOCATION:Rosebank]] reported MAC 3C:22:FB:91:0E:47 and public IP [[IP_ADDRESS:196.25.141.78]]. The browser string was Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Edg/121.0.2277.83. Her staff card [[ID_NUMBER:ZA-ST-55102]] was swiped at [[DATE_TIME:06:52 on 3 March 2025]].""",
    """SCHOOL ENROLMENT FORM - NEW ARRIVALS
Student: [[PERSON:Mariam Sahak]]    DOB: [[DATE_TIME:15/08/2014]]    Age: [[AGE:10]]
Country of birth: [[LOCATION:Afghanistan]]    Arrived in [[LOCATION:NZ]]: [[DATE_TIME:October 2024]]
Home language: Pashto    Previous schooling: 2 years (interrupted)
Parent/caregiver: [[PERSON:Shir Ahmad Sahak]], [[PHONE_NUMBER:021 044 8127]], [[EMAIL_ADDRESS:shirahmad.sahak@gmail.com]]
Address: [[ADDRESS:8 Tui Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
NSN: [[ID_NUMBER:148 330 972]]
Refugee background: yes - reception programme completed [[DATE_TIME:03/10/2024]]
Medical: asthma, inhaler kept at the office.""",
    """2025-03-02 21:47:19.552 ERROR 4121 --- [nio-8080-exec-7] c.a.visa.ApplicantService : Validation failed for Applicant{name='[[PERSON:Hosai Stanikzai]]', dob=[[DATE_TIME:1989-02-31]], passportNo='[[ID_NUMBER:P00937451]]', email='[[EMAIL_ADDRESS:hosai.st@outlook.com]]', phone='[[PHONE_NUMBER:+93791226045]]'}: field 'dob' must be a valid date
	at com.acme.visa.ApplicantService.validate(ApplicantService.java:88)
	at com.acme.visa.ApplicantController.submit(ApplicantController.java:41)
	at java.base/java.lang.Thread.run(Thread.java:1583)""",
    """[[PERSON:Wanjiru Kamau]], your KRA PIN [[ID_NUMBER:A009418273Z]] and ID [[ID_NUMBER:28417736]] are now linked to the payroll of the Human Directives Designer post. Salary goes to Equity account [[ID_NUMBER:0180299417733]], with M-Pesa fallback on [[PHONE_NUMBER:0722 418 903]]. Postal address: [[ADDRESS:P.O. Box 40117]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]].""",
    """DS-160 Online Nonimmigrant Visa Application - Confirmation
Confirmation No.: AA00EHK7QZ
Surnames: [[PERSON:AKBARI]]
Given Names: [[PERSON:MOHAMMAD REZA]]
Date of Birth: [[DATE_TIME:22 JUN 1986]]
Place of Birth: [[LOCATION:GHAZNI]], [[LOCATION:AFGHANISTAN]]
Passport Number: [[ID_NUMBER:P01730962]]
Location: [[LOCATION:ISLAMABAD]]
Purpose of Trip: B1/B2
Intended Date of Arrival: [[DATE_TIME:15 MAY 2025]]
U.S. Point of Contact: [[PERSON:FATIMA AKBARI]], [[ADDRESS:9021 COLESVILLE RD APT 1403]], [[LOCATION:SILVER SPRING]], [[LOCATION:MD]] [[ZIP_CODE:20910]], [[PHONE_NUMBER:301-585-7718]]
Application Submitted: [[DATE_TIME:03-FEB-2025 09:14:57 EST]]""",
    """[backup]
schedule = 0 2 * * *
target = s3://archive-legalaid/clients
notify = [[EMAIL_ADDRESS:t.mwangi@legalaidclinic.or.ke]]

[operator]
name = [[PERSON:Tabitha Mwangi]]
pager = [[PHONE_NUMBER:+254 711 038 442]]
workstation_ip = [[IP_ADDRESS:41.90.64.133]]
workstation_mac = 9C:B6:D0:7E:11:5A
retention_days = 2555""",
    """Please be advised that [[PERSON:Jomar Villanueva]]'s SSS number [[ID_NUMBER:34-7714928-6]] and PhilHealth ID [[ID_NUMBER:12-050418837-1]] are now attached to the Customer Accounts Producer profile. He lives at [[ADDRESS:Blk 12 Lot 7, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]]; mobile [[PHONE_NUMBER:0917 842 3306]], birthday [[DATE_TIME:June 12]].""",
    """APPLICATION FOR ASYLUM SUPPORT - SECTION 95 (summary)
Main applicant: [[PERSON:Haroon Stanekzai]]
DOB: [[DATE_TIME:30/11/1990]]    Nationality: [[NRP:Afghan]]
HO ref: [[ID_NUMBER:S2219075]]
Dependants: [[PERSON:Lina Stanekzai]] (wife, DOB [[DATE_TIME:12/04/1995]]); [[PERSON:Yusuf]] (son, DOB [[DATE_TIME:03/03/2021]])
Current address: [[ADDRESS:Room 31, Britannia Hotel, 18 Market Street]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV1 3AE]]
Contact: [[PHONE_NUMBER:07958 221 074]]
Assisted by: adviser [[PERSON:Joanne Ellis]] on [[DATE_TIME:05/03/2025]], by phone with a Pashto interpreter.""",
    """**Summary:** Wrong birth date printed on payslip PDF
**Reporter:** [[PERSON:Nadia Rezaie]] ([[USERNAME:nrezaie]])
**Environment:** payroll-svc 4.12.0, Chrome 122
**Steps:**
1. Open payslip for February (employee [[PERSON:Sayed Jalal Hashimi]], staff no. [[ID_NUMBER:E-20318]]).
2. The PDF shows DOB [[DATE_TIME:1984-09-12]] instead of [[DATE_TIME:1984-12-09]].
**Expected:** day and month taken from the HR record, not swapped.
**Contact:** [[PHONE_NUMBER:+1 (647) 380-2291]]""",
    """[[PERSON:Shah Wali Kakar]], staso da qarz ghokhtana zama ta raghle da. Da tazkire shmera: [[ID_NUMBER:1401-0602-33418]]; da zegedo neta: [[DATE_TIME:12/05/1988]]; pata: [[ADDRESS:Hajiabad kalay, kor 23]], [[LOCATION:Lashkar Gah]], [[LOCATION:Helmand]]. Telefun: [[PHONE_NUMBER:0700 318 662]]. Da bank hisab: [[ID_NUMBER:0210-117743-901]]. Muzd: 18,000 afghani pa miasht ke.""",
    """Hi [[PERSON:Cathal]], your Tax Credit Certificate shows PPSN [[ID_NUMBER:8473126J]] and employer registration 4411889KH. As Lead Group Analyst you are on the bike-to-work scheme; deductions begin [[DATE_TIME:1 April 2025]]. Your file lists [[ADDRESS:Apt 6, The Granary, 14 Ormond Quay Upper]], [[LOCATION:Dublin 7]], [[ZIP_CODE:D07 XK62]].""",
    """IMMIGRATION AND REFUGEE BOARD OF CANADA - Refugee Protection Division
NOTICE OF DECISION
Claimant(s): [[PERSON:NAZARI, Sediqa]]; [[PERSON:NAZARI, Ali Reza]] (minor)
File number: TC4-11892 / TC4-11893
UCI: [[ID_NUMBER:1136-8820]]; [[ID_NUMBER:1136-8821]]
Date of hearing: [[DATE_TIME:January 29, 2025]]
Member: [[PERSON:K. Osei-Bonsu]]
Interpreter: [[PERSON:M. Wardak]] (Dari), sworn
Counsel: [[PERSON:Jennifer Liao]]
Decision: the claimants are Convention refugees.
Date of decision: [[DATE_TIME:February 12, 2025]]""",
    """HTTP/1.1 200 OK
Content-Type: application/json

{"user":{"id":"u_8812ad","handle":"[[USERNAME:mina_sadeghi]]","display_name":"[[PERSON:Mina Sadeghi]]","email":"[[EMAIL_ADDRESS:mina.sadeghi@icloud.com]]","last_seen_ip":"[[IP_ADDRESS:2001:4860:7:50e::d4]]","last_login":"[[DATE_TIME:2025-02-27T06:31:08Z]]","birthday":"[[DATE_TIME:04-19]]","locale":"fa-IR","profile_url":"[[URL:https://social.example/@mina_sadeghi]]"}}""",
    """For the relocation bonus, [[PERSON:Sanne van der Berg-Yılmaz]] provided BSN [[ID_NUMBER:237159843]], IBAN [[IBAN_CODE:NL64 RABO 0318 8472 15]] and her new address, [[ADDRESS:Kanaalweg 212 A]], [[ZIP_CODE:3526 KM]] [[LOCATION:Utrecht]]. She starts as Dynamic Tactics Liaison on [[DATE_TIME:2025-04-01]]; the laptop ships to the office, not home.""",
    """INVOICE 2025-031
From: [[PERSON:Zohra Amin]], freelance Dari/Pashto interpreter
[[ADDRESS:22 Parkside Crescent]], [[LOCATION:Hamilton]], [[LOCATION:ON]] [[ZIP_CODE:L8S 3Z4]]
Bill to: Legal Aid Ontario, Accounts Payable
Services: interpreting at the refugee hearing of client [[PERSON:A. Sharifi]], [[DATE_TIME:10 February 2025, 09:30-13:00]]
3.5 h x $55.00 = $192.50; travel 42 km x $0.59 = $24.78; total $217.28
Payment by e-transfer to [[EMAIL_ADDRESS:zohra.amin.interpreting@gmail.com]]
SIN (for T4A slip): [[ID_NUMBER:581 204 765]]""",
    """$ curl -s -X POST https://api.example-sms.com/v1/send -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x1" -d to="[[PHONE_NUMBER:+447441902387]]" -d body="Hi [[PERSON:Abdul Qadir]], your dental check-up is on [[DATE_TIME:Fri 21 Mar at 09:00]] with [[PERSON:Dr. Parwana Noori]]. Reply STOP to opt out."
{"status":"queued","sid":"SM0c1a77e2"}
$ ssh [[USERNAME:jpereira]]@[[IP_ADDRESS:192.168.12.40]]""",
    """Dear [[PERSON:Mr. Ikaika Akana]], your donor card shows blood type O-negative and donor number [[ID_NUMBER:D0457731]]. Male, [[AGE:38]], weight 82 kg. You are next eligible to donate on [[DATE_TIME:April 14]]; book at any centre near [[ZIP_CODE:96815]] or reply to this message.""",
    """LIMITED POWER OF ATTORNEY

I, [[PERSON:Freshta Karimi]], born on [[DATE_TIME:9 July 1979]], holder of [[NRP:Afghan]] passport No. [[ID_NUMBER:P00418827]], currently residing at [[ADDRESS:Hauptstraße 54, 2. OG links]], [[ZIP_CODE:53111]] [[LOCATION:Bonn]], [[LOCATION:Germany]], hereby appoint [[PERSON:Mr. Naweed Karimi]], born [[DATE_TIME:2 February 1983]], tazkira No. [[ID_NUMBER:1398-0101-55420]], residing in [[LOCATION:Kabul]], to represent me before the Ministry of Interior in all matters concerning my electronic tazkira and the sale of my share in the house at [[ADDRESS:Street 4, House 115]], [[LOCATION:Karte Char]], [[LOCATION:Kabul]].

Signed at [[LOCATION:Bonn]] on [[DATE_TIME:18 February 2025]].
[[PERSON:F. Karimi]]""",
    """logger.info("Booking confirmed: %s", {
    "physio": {"name": "[[PERSON:Hamish McAllister]]", "staff_id": "[[ID_NUMBER:PT-0587]]", "mobile": "[[PHONE_NUMBER:0412 336 907]]"},
    "client": {"name": "[[PERSON:Sakina Jafari]]", "dob": "[[DATE_TIME:14/06/1962]]", "medicare": "[[ID_NUMBER:2950 37169 1]]"},
    "appointment": "[[DATE_TIME:2025-03-24 10:15]]",
    "venue": "[[ADDRESS:Level 2, 101 Wickham Terrace]], [[LOCATION:Spring Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4000]]",
})""",
    """Case manager [[PERSON:Mireille Tremblay-Nakamura]] asks that the SIN [[ID_NUMBER:273 091 553]] on file for [[PERSON:Jean-Baptiste Kabila]] be corrected before his T4 is issued; he was born [[DATE_TIME:1977-11-03]] and now lives at [[ADDRESS:4410 rue Saint-Denis, app. 5]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2J 2L1]]. His card ending 0587 was declined twice.""",
    """INTERPRETER'S STATEMENT
I, [[PERSON:Mahboob Rahimi]], certify that I am proficient in English and Dari and that I accurately interpreted the consent form for laparoscopic cholecystectomy to the patient, [[PERSON:Ms. Gulsoom Wardak]] (DOB [[DATE_TIME:03/21/1971]], MRN [[ID_NUMBER:M8837210]]), on [[DATE_TIME:03/05/2025 at 11:40]].
Interpreter ID: [[ID_NUMBER:VRI-44718]]    Modality: video remote
Interpreter signature: ________    Patient signature: (thumbprint)""",
    """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ver="urn:kyc:verify:v2">
  <soapenv:Body>
    <ver:VerifyIdentity>
      <ver:FullName>[[PERSON:Anjali Krishnamurthy]]</ver:FullName>
      <ver:PAN>[[ID_NUMBER:BQKPK4417M]]</ver:PAN>
      <ver:Aadhaar>[[ID_NUMBER:628471930558]]</ver:Aadhaar>
      <ver:DOB>[[DATE_TIME:23-09-1985]]</ver:DOB>
      <ver:Mobile>[[PHONE_NUMBER:9845012377]]</ver:Mobile>
      <ver:PIN>[[ZIP_CODE:560034]]</ver:PIN>
    </ver:VerifyIdentity>
  </soapenv:Body>
</soapenv:Envelope>""",
    """[[PERSON:Zainab Chaudhry]]'s noise complaint about [[ADDRESS:flat 9, 31 Whitechapel High Street]] was logged by the Senior Response Coordinator at [[DATE_TIME:23:10 on 8 March]]; she can be called back on [[PHONE_NUMBER:020 7946 0318]] or emailed at [[EMAIL_ADDRESS:zainab.c@btopenworld.com]].""",
    """SUPERIOR COURT - CRIMINAL DIVISION
County: [[LOCATION:Santa Clara]]
ORDER APPOINTING INTERPRETER
Case: People v. [[PERSON:Rahimullah Zadran]], No. C2401183
The Court appoints [[PERSON:Farhad Ansari]], certified court interpreter (Dari/Farsi), court interpreter ID [[ID_NUMBER:301877]], for proceedings on [[DATE_TIME:March 27, 2025, at 1:30 p.m.]] in Department 42.
Defendant's date of birth: [[DATE_TIME:07/07/1996]]
Dated: [[DATE_TIME:March 10, 2025]]
[[TITLE:Hon.]] [[PERSON:Lisa M. Carrington]], Judge of the Superior Court""",
    """[[PERSON:فریبا صدیقی]] گرامی، کارت بانکی جدید شما با شماره [[CREDIT_CARD:6214 8301 1264 7058 395]] به آدرس [[LOCATION:کارته سه]]، [[ADDRESS:سرک ششم، خانه ۲۱]]، [[LOCATION:کابل]] فرستاده شد. کود سی وی وی ۷۱۲ را با هیچ کس شریک نسازید. تاریخ تولد ثبت شده در حساب شما [[DATE_TIME:۱۳۶۸/۱۱/۰۳]] است؛ اگر درست نیست با شماره [[PHONE_NUMBER:۰۷۸۶ ۵۵۰ ۴۱۲]] تماس بگیرید.""",
    """{"ts":"[[DATE_TIME:2025-03-01T14:22:09.118Z]]","level":"info","event":"visa.upload","user":"[[EMAIL_ADDRESS:omar.faizi@gmail.com]]","doc_type":"bank_statement","iban":"[[IBAN_CODE:PK44MEZN0001090102473618]]","ip":"[[IP_ADDRESS:119.160.97.14]]"}
{"ts":"[[DATE_TIME:2025-03-01T14:22:41.560Z]]","level":"warn","event":"visa.upload.ocr_mismatch","user":"[[EMAIL_ADDRESS:omar.faizi@gmail.com]]","field":"account_holder","ocr":"[[PERSON:OMAR FAIZI]]","form":"[[PERSON:Omar Faiz]]"}
{"ts":"2025-03-01T14:23:00.004Z","level":"info","event":"cron.cleanup","removed":12}""",
    """Kia ora [[PERSON:Hemi]], the parking infringement for plate [[ID_NUMBER:LKT492]] issued to you on [[DATE_TIME:12/02/2025]] is now overdue. As a Legacy Branding Developer you can pay through your employer's fleet account, or reply from [[EMAIL_ADDRESS:hemi.tewhata@xtra.co.nz]] or call [[PHONE_NUMBER:027 441 9083]]. Address for service: [[ADDRESS:3 Rimu Road]], [[LOCATION:Kaitāia]] [[ZIP_CODE:0410]].""",
    """Rx  [[PERSON:Nguyễn Thị Lan]]    DOB [[DATE_TIME:04/17/1949]]    Ph [[PHONE_NUMBER:(714) 531-6620]]
Addr: [[ADDRESS:9841 Bolsa Ave #12]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]
Metformin 500 mg, 1 tab PO BID with meals, #60, refills: 3
Prescriber: [[PERSON:Dr. Hoang Minh Tran]]    DEA [[ID_NUMBER:BT4419075]]
Date written: [[DATE_TIME:02/26/2025]]
Counselled in Vietnamese via the pharmacy's language line.""",
    """mutation {
  createLegalAidClient(input: {
    firstName: "[[PERSON:Yalda]]"
    lastName: "[[PERSON:Hakimi]]"
    dateOfBirth: "[[DATE_TIME:1996-05-09]]"
    phone: "[[PHONE_NUMBER:+1 206 915 4403]]"
    email: "[[EMAIL_ADDRESS:yalda.hakimi96@gmail.com]]"
    aNumber: "[[ID_NUMBER:A 240 118 597]]"
    address: { street: "[[ADDRESS:14500 Greenwood Ave N, Apt 310]]", city: "[[LOCATION:Seattle]]", state: "[[LOCATION:WA]]", zip: "[[ZIP_CODE:98133]]" }
    matter: ASYLUM_AFFIRMATIVE
    language: DARI
  }) { id intakeStatus }
}""",
    """The reimbursement for [[TITLE:Prof.]] [[PERSON:Dr. Jürgen Ahlers]] (Global Identity Agent) will go to [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]. He flew out of [[LOCATION:Hamburg]] on [[DATE_TIME:14.01.2025]] and back on [[DATE_TIME:19.01.2025]]; please send the settlement to [[EMAIL_ADDRESS:j.ahlers@uni-hamburg.de]] rather than to the faculty office.""",
    """REQUEST FOR REVIEW OF VISA REFUSAL (remonstrance)
To: Embassy of the Kingdom of the Netherlands, Consular Section
Applicant: [[PERSON:Tamana Sultani]], born [[DATE_TIME:06-02-2000]], passport [[ID_NUMBER:P04196382]]
Refusal letter dated [[DATE_TIME:13 February 2025]], ground: "justification for the purpose and conditions of the intended stay was not provided".

I applied to visit my fiancé, [[PERSON:Ruben de Graaf]], who lives at [[ADDRESS:Oudegracht 231]], [[ZIP_CODE:3511 NK]] [[LOCATION:Utrecht]] (BSN [[ID_NUMBER:618402378]]). We met in [[LOCATION:Istanbul]] in 2022. Enclosed are his employer's letter, our message history and the guarantor form he signed on [[DATE_TIME:2 January 2025]].

Contact: [[EMAIL_ADDRESS:tamana.sultani00@gmail.com]], [[PHONE_NUMBER:+93 79 552 0184]]""",
    """[[IP_ADDRESS:103.21.244.19]] - [[USERNAME:rqaderi]] [[[DATE_TIME:04/Mar/2025:10:41:22 +0430]]] "GET /patients/8812/xray-left-wrist.pdf HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0" 0.087
[[IP_ADDRESS:66.249.66.1]] - - [04/Mar/2025:10:42:03 +0430] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)" 0.001
[[IP_ADDRESS:103.21.244.19]] - [[USERNAME:rqaderi]] [[[DATE_TIME:04/Mar/2025:10:41:57 +0430]]] "POST /patients/8812/notes HTTP/1.1" 201 312 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0" 0.212""",
    """Travel desk: please book [[PERSON:Destiny Okafor-Williams]] (US passport [[US_PASSPORT:A38291046]], Known Traveler Number [[ID_NUMBER:98431177]]) on the [[DATE_TIME:June 3]] flight to [[LOCATION:Accra]], returning [[DATE_TIME:June 11]]. The rental needs her driver's license, [[US_DRIVER_LICENSE:D-420-771-833-052]] ([[LOCATION:MD]]). Aisle seat; she is the Senior Metrics Architect on the West Africa rollout.""",
    """REFUGEE DOMESTIC HEALTH SCREENING - clinic record
Name: [[PERSON:Qudratullah Mohmand]]    Alien #: [[ID_NUMBER:A-221-930-476]]
DOB: [[DATE_TIME:01/01/1981]]    Sex: M    Age: [[AGE:44]]
Arrival in US: [[DATE_TIME:12/03/2024]]    Screening date: [[DATE_TIME:01/08/2025]]
Language: Pashto - phone interpreter [[PERSON:Samira]], operator ID [[ID_NUMBER:40911]]
Results: QFT-Plus negative; HBsAg negative; Hb 13.9 g/dL.
Vaccines given: Tdap, MMR #1. Next visit [[DATE_TIME:02/05/2025]].
Agency contact: [[PERSON:Beth Coughlin]], [[PHONE_NUMBER:(402) 553-0171]]""",
    """resource "aws_instance" "case_mgmt" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.medium"
  private_ip    = "[[IP_ADDRESS:10.0.12.58]]"
  tags = {
    Name        = "case-mgmt-prod"
    Owner       = "[[EMAIL_ADDRESS:gintare.kazlauskaite@refugeelegal.org]]"
    OnCallPhone = "[[PHONE_NUMBER:+44 7480 219 336]]"
    CostCentre  = "LA-204"
  }
}""",
    """[[PERSON:Yusuf Al-Harbi]]'s expense claim (Chief Division Planner) needs his Saudi IBAN [[IBAN_CODE:SA1915000608172930418265]] and iqama number [[ID_NUMBER:2418837064]]. He lives at [[ADDRESS:Building 7411, Al Olaya Street]], [[LOCATION:Riyadh]] [[ZIP_CODE:12244]]; date of birth [[DATE_TIME:17/09/1990]], per the HR file.""",
    """ELIGIBILITY SCREENING - Housing Unit
Applicant: [[PERSON:Latoya Simmons]]    Household size: 4
DOB: [[DATE_TIME:2/14/1987]]    SSN: [[US_SSN:431-72-9058]]
Address: [[ADDRESS:2209 N 36th St]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53208]]
Phone: [[PHONE_NUMBER:414-807-3352]] (texts OK)
Income: $2,140/month (part-time CNA) - 112% FPL; eligible under 125%
Opposing party: Northside Rentals LLC
Issue: eviction; court date [[DATE_TIME:3/18/2025 at 9:00 AM]], Room 400
Screened by: [[PERSON:Kofi Mensah]], paralegal, on [[DATE_TIME:3/4/2025]]""",
    """func sampleApplicant() Applicant {
    return Applicant{
        FullName:  "[[PERSON:Baryalai Khpalwak]]",
        BirthDate: "[[DATE_TIME:1992-01-15]]",
        Tazkira:   "[[ID_NUMBER:1400-0104-61273]]",
        Phone:     "[[PHONE_NUMBER:+93 72 118 4039]]",
        Email:     "[[EMAIL_ADDRESS:baryalai.kh@gmail.com]]",
        HomeIP:    "[[IP_ADDRESS:180.94.71.226]]",
        Employer:  "Roshan Telecom",
    }
}""",
    """order for [[PERSON:liam o'sullivan-chen]] shipped to [[ADDRESS:unit 5/22 beach rd]], [[LOCATION:bondi]] [[LOCATION:nsw]] [[ZIP_CODE:2026]]; contact [[PHONE_NUMBER:0431 227 904]]. account holder dob [[DATE_TIME:30-07-1993]], tfn [[ID_NUMBER:871 230 498]] on file for payroll (regional research engineer).""",
    """د ویزې د ملاقات تایید
[[TITLE:ښاغلی]] [[PERSON:حمیدالله زاخیل]]
د پاسپورټ شمېره: [[ID_NUMBER:P02855193]]
د زېږېدو نېټه: [[DATE_TIME:۱۹۹۰/۰۳/۱۱]]
د ملاقات نېټه: [[DATE_TIME:سه شنبه، ۱۵ اپرېل ۲۰۲۵، سهار ۸:۳۰]]
ځای: [[LOCATION:اسلام اباد]]
مهرباني وکړئ خپل اصلي اسناد، دوه عکسونه او د بانک صورت حساب له ځانه سره راوړئ.
د اړیکې شمېره: [[PHONE_NUMBER:+92 345 901 2274]]
برېښنالیک: [[EMAIL_ADDRESS:hamidullah.zakhil@gmail.com]]""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8834217H]]) changed her mailing address to [[ADDRESS:Blk 412 Bedok North Ave 2, #08-115]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]]. As our Forward Program Associate she will receive the laptop there; MAC 00:1B:44:11:3A:B7, asset tag SG-LT-0912.""",
    """TO: National Visa Center / Chief of Mission Office
SUBJECT: Letter of Recommendation for [[PERSON:Mr. Jawad Hussaini]], SIV applicant

1. I, [[TITLE:CPT]] [[PERSON:Andrew K. Whitmore]], served as a company commander in [[LOCATION:Kandahar Province]] from [[DATE_TIME:June 2011]] to [[DATE_TIME:May 2012]].
2. [[PERSON:Mr. Hussaini]] worked as our interpreter from [[DATE_TIME:1 March 2010]] until [[DATE_TIME:30 September 2013]] under badge number [[ID_NUMBER:KAF-112947]]. He went out on more than two hundred patrols with my soldiers and was threatened by name at his home in [[LOCATION:Arghandab]].
3. I recommend him without reservation.

Point of contact: [[EMAIL_ADDRESS:andrew.whitmore.vet@gmail.com]], [[PHONE_NUMBER:(910) 303-6718]]
[[PERSON:ANDREW K. WHITMORE]]
US Army (ret.)""",
    """customer {
  customer_id: "[[ID_NUMBER:C-0088123]]"
  name: "[[PERSON:Hyun-woo Kang]]"
  date_of_birth: "[[DATE_TIME:1981-08-22]]"
  email: "[[EMAIL_ADDRESS:hwkang81@naver.com]]"
  phone: "[[PHONE_NUMBER:+82 10-4418-2097]]"
  card { number: "[[CREDIT_CARD:3530 1187 2640 0933]]" cvv: "904" expiry: "07/28" }
  address { street: "[[ADDRESS:1503-ho, 22 Teheran-ro 87-gil]]" city: "[[LOCATION:Seoul]]" postal_code: "[[ZIP_CODE:06164]]" }
  religion: "[[NRP:Buddhist]]"
  blood_type: "A+"
}""",
    """Your two-factor backup phone [[PHONE_NUMBER:+44 7981 552 031]] was removed from [[USERNAME:olu_fadipe]]'s account at [[DATE_TIME:03:14 on 28/02/2025]] from [[IP_ADDRESS:81.2.71.14]]. If this wasn't you, [[PERSON:Olúwaṣeun]], reset your password (currently W1nter!2025) straight away.""",
    """[[DATE_TIME:10 January 2025]]

Dear [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Haidari]],

Welcome to [[LOCATION:Sheffield]]. Your key worker is [[PERSON:Rachel Oduya]] ([[PHONE_NUMBER:07531 008 412]]). Your home at [[ADDRESS:45 Abbeydale Road South]], [[ZIP_CODE:S7 2QN]] has been furnished and the gas and electricity are in your name.

Your first appointments: Jobcentre Plus on [[DATE_TIME:Tuesday 14 January at 10:30]], and GP registration on [[DATE_TIME:16 January]]. A Dari interpreter will come with you to both.

National Insurance number for [[PERSON:Mr Haidari]]: [[ID_NUMBER:SH 71 42 08 A]]. Please keep this letter safe.""",
    """--- a/tests/fixtures/applicant.json
+++ b/tests/fixtures/applicant.json
@@ -3,7 +3,7 @@
   "name": "[[PERSON:Wahida Amiri]]",
-  "phone": "[[PHONE_NUMBER:+1 (613) 555-0199]]",
+  "phone": "[[PHONE_NUMBER:+1 (613) 482-7710]]",
   "dob": "[[DATE_TIME:1979-03-05]]",
-  "postal_code": "[[ZIP_CODE:K1N 5T2]]",
+  "postal_code": "[[ZIP_CODE:K2P 0B6]]",
   "uci": "[[ID_NUMBER:1094-3317]]",
   "program": "GAR",""",
    """{"نام": "[[PERSON:شکیلا]]", "تخلص": "[[PERSON:احمدی]]", "تاریخ_تولد": "[[DATE_TIME:1375-08-19]]", "شماره_تماس": "[[PHONE_NUMBER:0093 79 908 3312]]", "ایمیل": "[[EMAIL_ADDRESS:shakila.ahmadi75@gmail.com]]", "ولایت": "[[LOCATION:هرات]]", "وظیفه": "ترجمان", "شماره_کارمند": "[[ID_NUMBER:HRT-0419]]", "وضعیت": "فعال"}""",
    """MORTGAGE APPLICATION - Applicant 1
Full name: [[PERSON:Ciarán Ó Súilleabháin]]    Previous names: none
Date of birth: [[DATE_TIME:19/10/1986]]    Marital status: married
PPSN: [[ID_NUMBER:3310985F]]
Current address: [[ADDRESS:7 Ashgrove Lawn]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 K2W8]]
Time at address: 4 years 2 months
Employer: Dairygold Co-Operative    Occupation: Quality Engineer    Start date: [[DATE_TIME:05/09/2016]]
Gross salary: EUR 61,500
Current account: [[IBAN_CODE:IE12AIBK93115212909166]]
Mobile: [[PHONE_NUMBER:087 331 4098]]""",
    """{"channel":"#intake-alerts","text":"New urgent intake: *[[PERSON:Mustafa Rahimi]]* ([[AGE:17]]), unaccompanied minor, held at [[LOCATION:Dover]] since [[DATE_TIME:2025-03-09 04:15]]. Social worker: [[PERSON:Claire Ndlovu]] [[PHONE_NUMBER:07384 552 910]]. Pashto interpreter needed - call [[PERSON:Ajmal]] on [[PHONE_NUMBER:07865 201 447]]. Port ref D-25-04471"}""",
]

GEN = [
    """Hi, I'm [[PERSON:Obinna Eze]] and I need to change the delivery address on my order to [[ADDRESS:27 Marlowe Court]], [[LOCATION:Peckham]], [[ZIP_CODE:SE15 4QT]]. My phone is [[PHONE_NUMBER:07403 118 952]] if the driver can't find it.""",
    """The interpreter, [[PERSON:Malalai Zaheer]], was booked for [[DATE_TIME:9:00 on Thursday 20 March]] at the family court, but she rang the clerk from her mobile, [[PHONE_NUMBER:07944 206 318]], to say her train from [[LOCATION:Leeds]] had been cancelled.""",
    """Please update the pharmacy record for [[PERSON:Mrs. Edna Fairweather]], [[AGE:84]], who now lives with her son at [[ADDRESS:12 Orchard Close]], [[LOCATION:Tiverton]] [[ZIP_CODE:EX16 6BN]]; her NHS number is [[ID_NUMBER:519 823 0464]].""",
    """my brother [[PERSON:tariq]] got his visa interview date today, [[DATE_TIME:april 29th]] at the embassy in [[LOCATION:abu dhabi]], and he still hasn't got his police certificate back from [[LOCATION:kabul]]""",
    """[[PERSON:Ana Lúcia Ferreira]], born [[DATE_TIME:3 March 1991]], signed her daughter [[PERSON:Beatriz]] up for Saturday swimming lessons at the leisure centre and paid with the card ending 2231.""",
    """On [[DATE_TIME:January 8, 2025]], [[PERSON:Abdul Samad Haqmal]] walked into the legal aid clinic at [[ADDRESS:1720 Broadway]] in [[LOCATION:Oakland]] asking for help with his asylum application. He gave his A-number as [[ID_NUMBER:A 214 887 903]] and a phone number, [[PHONE_NUMBER:510-882-4407]], that actually belongs to his cousin.""",
    """Congratulations to [[PERSON:Kwabena Asare-Boateng]] on passing the bar! Friends can send cards to [[ADDRESS:PO Box 2218]], [[LOCATION:Kumasi]], or message him on Instagram at [[USERNAME:kwabena.asare]].""",
    """The vet's records list [[PERSON:Heather MacLeod]] of [[ADDRESS:4 Loch View Crescent]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 3TB]] as the owner of Bramble, a seven-year-old collie, with [[PHONE_NUMBER:07867 304 218]] as her mobile.""",
    """When the [[PERSON:Rezayee]] family landed in [[LOCATION:Calgary]] on [[DATE_TIME:November 21, 2024]], their sponsorship group had already rented a three-bedroom at [[ADDRESS:2314 17 Ave SW]]. [[PERSON:Rahela Rezayee]], [[AGE:38]], started English classes the following Monday, and her husband [[PERSON:Jamshid]] found warehouse work within a month.""",
    """[[PERSON:زهره]] جان، ترجمان شما برای مصاحبه سفارت روز [[DATE_TIME:یکشنبه ۲۶ حوت ساعت ده صبح]] می‌آید. اگر مشکلی پیش آمد به [[PERSON:نوید]] به شماره [[PHONE_NUMBER:۰۷۹۳۴۴۸۲۱۰]] زنگ بزنید.""",
    """I'm writing on behalf of my grandmother, [[PERSON:Mrs. Wong Siu Fong]], whose pension stopped after she moved into [[ADDRESS:Flat 22, Lime Court, 9 Dean Street]], [[LOCATION:Liverpool]] [[ZIP_CODE:L1 9BT]]. Her National Insurance number is [[ID_NUMBER:WK 23 81 67 D]].""",
    """Seller [[PERSON:Jaxon Pritchard]] listed the condo at [[ADDRESS:880 Harbor Blvd, Unit 1207]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33132]] and asked buyers to email [[EMAIL_ADDRESS:jaxon.pritchard.re@gmail.com]] before calling [[PHONE_NUMBER:786.441.0923]].""",
    """After three cancelled bookings, [[PERSON:Sahar Mohseni]] finally got a slot at the visa application centre in [[LOCATION:Islamabad]] for [[DATE_TIME:Monday, 7 April 2025 at 08:45]]. The confirmation went to [[EMAIL_ADDRESS:sahar.mohseni.92@gmail.com]] and shows her passport number, [[ID_NUMBER:P03954410]].""",
    """GG to [[USERNAME:xXNightOwlXx]]! The $250 prize goes to the PayPal on [[EMAIL_ADDRESS:dylan.mcbride04@gmail.com]] once [[PERSON:Dylan]] sends proof of age; his mum says he turned [[AGE:18]] on [[DATE_TIME:February 2]].""",
    """Effective [[DATE_TIME:March 31, 2025]], [[PERSON:Priscilla Nakato]] (employee ID [[ID_NUMBER:EMP-11842]]) transfers from the [[LOCATION:Kampala]] office to [[LOCATION:Nairobi]]; the relocation allowance will be paid into her account [[ID_NUMBER:0112093345]].""",
    """Salam [[PERSON:Naseer]] jana, da immigration wakil sara staso nobat [[DATE_TIME:da April pa 3, Panjshanba, 10 baje]] de. Khpal tazkira aw passport ([[ID_NUMBER:P01938825]]) rawra. Ka pushtana lare, [[PERSON:Zarghuna]] ta pa [[PHONE_NUMBER:0301 4427 918]] zang waha.""",
    """Customer [[PERSON:Rosa Delgado-Muñoz]] disputed a charge of $1,204.19 on her card [[CREDIT_CARD:4342 5600 9812 3773]] and asked that the replacement be mailed to [[ADDRESS:5520 W Indian School Rd]], [[LOCATION:Phoenix]] [[ZIP_CODE:85031]]; she can be reached at [[PHONE_NUMBER:(602) 339-8024]] after 5 pm.""",
    """[[PERSON:Aarav Sharma]]'s parents, [[PERSON:Neha]] and [[PERSON:Rohit]], confirmed that he will join Year 4 on [[DATE_TIME:2 September]]. His date of birth is [[DATE_TIME:14 November 2016]] and the family lives at [[ADDRESS:31 Longford Avenue]], [[LOCATION:Southall]] [[ZIP_CODE:UB1 3QF]].""",
    """The tribunal asked for a Pashto interpreter for [[PERSON:Mr. Sher Ali Afridi]]'s hearing on [[DATE_TIME:April 10]], and [[PERSON:Ms. Palwasha Mohmand]] accepted the assignment; she can be reached at [[PHONE_NUMBER:416-902-3381]] or [[EMAIL_ADDRESS:palwasha.mohmand@rogers.com]].""",
    """The SIM registered to [[PERSON:Emeka Nwosu]], NIN [[ID_NUMBER:70318429956]], was swapped on [[DATE_TIME:12 December 2024]] without his consent, so he wants the number [[PHONE_NUMBER:0803 441 2207]] blocked and reissued to him in person.""",
    """Welcome aboard, [[PERSON:Siosaia]]! Your membership starts [[DATE_TIME:1 March]] and your member number is [[ID_NUMBER:FIT-20931]]; scan it at the door of our [[ADDRESS:240 Great South Road]] club in [[LOCATION:Papatoetoe]].""",
    """Attorney [[PERSON:Rebecca Lindqvist]] filed the H-1B petition for [[PERSON:Venkata Sai Charan Reddy]], born [[DATE_TIME:08/22/1995]] in [[LOCATION:Guntur]], listing his passport [[ID_NUMBER:W4417302]] and his apartment at [[ADDRESS:3550 Lebon Dr, Apt 6210]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92122]].""",
    """someone made a fake profile with my photos and my name, [[PERSON:Kaitlyn Brooks]]. the real me is [[URL:https://www.instagram.com/kaitbrooks.art]] and the fake one keeps messaging my friends from [[USERNAME:kaitlyn_brooks_official2]]""",
    """[[PERSON:Nasima Alizada]], a [[AGE:27]]-year-old [[NRP:Hazara]] midwife from [[LOCATION:Bamyan]], arrived in [[LOCATION:Adelaide]] on a humanitarian visa in [[DATE_TIME:August 2023]] and now works part-time on a maternity ward while she requalifies.""",
    """Claimant [[PERSON:Gerald Fitzsimmons]], [[AGE:61]], reports that a burst pipe flooded the ground floor of [[ADDRESS:17 Rosemount Drive]], [[LOCATION:Carrickfergus]] [[ZIP_CODE:BT38 7PL]] on the night of [[DATE_TIME:19 January]]; policy HH-4471209 covers escape of water.""",
    """Salam, man [[PERSON:Rohullah Sharifi]] hastam. Ba tarikh-e [[DATE_TIME:15 Jaddi 1403]] ba [[LOCATION:Hamburg]] rasidam wa holi dar [[ADDRESS:Bramfelder Straße 88]] zendagi mekonam. Nambar-e telefon-e man [[PHONE_NUMBER:0157 3022 4190]] ast. Lotfan baraye wakil-e muhajerat yak tarjoman-e Dari paida konid.""",
    """Parcel for [[PERSON:Marguerite Okoro]] left with the neighbour at number 14 because nobody answered at [[ADDRESS:12 Lavender Grove]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL50 2JX]]; she asked us to text [[PHONE_NUMBER:+44 7712 009 533]] next time.""",
    """Legal aid approved coverage for [[PERSON:Mohammad Ismail Tokhi]]'s refugee claim on [[DATE_TIME:February 4, 2025]]. His lawyer, [[PERSON:Gurpreet Sidhu]], asked that all mail go to [[ADDRESS:#305 - 8171 Ackroyd Road]], [[LOCATION:Richmond]], [[LOCATION:BC]] [[ZIP_CODE:V6X 3K1]].""",
    """[[PERSON:Dr. Ifeoma Chukwu]] will see [[PERSON:Harold]] at [[DATE_TIME:3:40 pm on 11 April]] to go over his scan results; the clinic will phone [[PHONE_NUMBER:0402 998 317]] the day before to confirm.""",
    """Booking confirmed for [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Lindgren]]: sea-view double, check-in [[DATE_TIME:June 14, 2025]], three nights. The deposit was taken from [[CREDIT_CARD:6011 0067 3392 8106]] and the invoice will go to [[EMAIL_ADDRESS:e.lindgren@telia.se]].""",
    """[[PERSON:ګل مکۍ]] وايي چې د هغې ورور [[PERSON:اجمل]] د [[DATE_TIME:۱۴۰۳ کال د سلواغې په ۱۰مه]] له [[LOCATION:تورخم]] څخه [[LOCATION:پاکستان]] ته تللی او تر اوسه یې تلیفون [[PHONE_NUMBER:۰۳۰۰۵۵۲۱۸۴۴]] بند دی.""",
    """Tech support note: [[PERSON:Bongani]] couldn't log in because his username, [[USERNAME:bmthembu]], was locked after five tries from [[IP_ADDRESS:105.233.12.48]]. We unlocked it at 10:14 and he confirmed his identity with his DOB, [[DATE_TIME:1979-06-02]].""",
    """[[PERSON:Hira Qureshi]] applied for a UK spouse visa on [[DATE_TIME:9 December 2024]] to join her husband [[PERSON:Adeel]] at [[ADDRESS:63 Ilford Lane]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 2RP]]; her GWF reference is GWF071842269 and her biometrics were taken in [[LOCATION:Lahore]].""",
    """Nurse's note: [[PERSON:Mr. Albert Osei]], room 12, [[AGE:91]], refused breakfast again. His daughter [[PERSON:Abena]] ([[PHONE_NUMBER:0244 318 906]]) will visit on [[DATE_TIME:Sunday 23 March]] and wants to speak to the GP.""",
    """The scholarship committee selected [[PERSON:Fatoumata Diallo]] of [[LOCATION:Conakry]], [[AGE:19]], for the full award. She must confirm her enrolment by [[DATE_TIME:August 15]] through the portal, using student number [[ID_NUMBER:U20251187]].""",
    """I want to complain about the telephone interpreter who gave her name as [[PERSON:Nargis]]. During my mother's GP call on [[DATE_TIME:5 February]] she told my mother, [[PERSON:Mrs. Hakima Wardak]], to "hurry up" twice. My mother's NHS number is [[ID_NUMBER:638 014 7721]].""",
    """Return authorised for [[PERSON:Charlotte Beaumont-Asante]]: GBP 89.99 back to the [[CREDIT_CARD:5204 7331 9845 0024]] she paid with, and a courier collection from [[ADDRESS:7 Mill Lane]], [[LOCATION:Saffron Walden]] [[ZIP_CODE:CB10 1LF]] on [[DATE_TIME:Wednesday 26 February]].""",
    """[[PERSON:Zarifa]] and [[PERSON:Ahmad Shah Haidari]] were matched with a co-sponsor group in [[LOCATION:Burlington]], [[LOCATION:Vermont]], who found them a second-floor flat at [[ADDRESS:118 N Winooski Ave, Apt 2]]. The kids, aged [[AGE:7]] and [[AGE:4]], start school and daycare next week.""",
    """Thank you, [[PERSON:Rukhsana Begum]], for your gift of GBP 25 a month. The Gift Aid declaration you signed on [[DATE_TIME:14/01/2025]] covers every donation made from [[ADDRESS:22 Spring Bank]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9LJ]].""",
    """[[TITLE:PC]] [[PERSON:Jamie Kowalczyk]] took a statement from [[PERSON:Samuel Adjei]], [[AGE:23]], of [[ADDRESS:Flat 4, 210 Old Kent Road]], who said his bike was taken from outside the library at about [[DATE_TIME:6 pm on 2 March]].""",
    """[[PERSON:لیلا]] می‌گوید ویزه بشردوستانه‌اش برای [[LOCATION:برازیل]] به تاریخ [[DATE_TIME:۱۲ مارچ ۲۰۲۵]] صادر شد و نمبر ویزه [[ID_NUMBER:BR0041877]] است. او با پسرش [[PERSON:امید]] که [[AGE:۸]] سال دارد سفر می‌کند.""",
    """The energy account for [[PERSON:Desmond O'Rourke]] moved to his new tenancy at [[ADDRESS:44 Sundrive Road]], [[LOCATION:Kimmage]], [[LOCATION:Dublin 12]] from [[DATE_TIME:1 February 2025]]; opening meter reading 08321, MPRN 10009833412, contact [[PHONE_NUMBER:+353 85 771 0946]].""",
    """[[PERSON:Mei-Ling Chow]], [[AGE:72]], picked up her warfarin on [[DATE_TIME:Feb 12]] and asked that refill reminders go to her daughter's cell, [[PHONE_NUMBER:(626) 288-4017]], instead of the landline.""",
    """[[PERSON:Mirwais Jalalzai]] spent eight years as a military interpreter, and his SIV was finally approved on [[DATE_TIME:December 3, 2024]]. He, his wife [[PERSON:Shabana]] and their four children flew from [[LOCATION:Doha]] to [[LOCATION:Dallas]] two weeks later.""",
    """Save the date! [[PERSON:Amara]] & [[PERSON:Tunde Adebayo]] are getting married on [[DATE_TIME:Saturday, 9 August 2025]]. RSVPs to [[EMAIL_ADDRESS:amaraandtunde2025@gmail.com]] or text [[PHONE_NUMBER:+234 809 551 2034]].""",
    """Applicant [[PERSON:Joaquín Herrera]] (DOB [[DATE_TIME:1988-12-04]]) listed work at the [[LOCATION:Monterrey]] plant from [[DATE_TIME:May 2014]] to [[DATE_TIME:June 2021]] and gave two references: [[PERSON:Sofía Treviño]], [[PHONE_NUMBER:+52 81 1834 2207]], and [[PERSON:Luis Garza]].""",
    """The solicitor, [[PERSON:Ms. Bisi Adewale]], secured a non-molestation order for [[PERSON:Kerry-Ann Walsh]] on [[DATE_TIME:26 February 2025]]; the respondent, [[PERSON:Lee Walsh]], must not come within 100 metres of [[ADDRESS:19 Heather Close]], [[LOCATION:Swindon]].""",
    """Za [[PERSON:Fazal Haq Shinwari]] yem, [[AGE:45]] kala. Zama da UNHCR registration shmera [[ID_NUMBER:817-00418836]] da, aw zama kor pa [[ADDRESS:kor 231, sarak 14, G-11/2]], [[LOCATION:Islamabad]] ke de.""",
    """hey it's [[PERSON:marco]] from the app 🙂 my number's [[PHONE_NUMBER:0412 775 098]] if you'd rather skip the chat, i'm around [[LOCATION:fitzroy]] most weekends""",
    """[[PERSON:Thandeka Mahlangu]] renewed her driving licence at the [[LOCATION:Randburg]] testing centre on [[DATE_TIME:17 January 2025]]; the clerk checked her ID number, [[ID_NUMBER:8506300412085]], against her date of birth, [[DATE_TIME:30 June 1985]].""",
    """Lost bag report for [[PERSON:Aigerim Nurlanovna]]: flight from [[LOCATION:Almaty]] on [[DATE_TIME:4 Feb]]. Deliver to her sister's flat at [[ADDRESS:56 Tollington Road]], [[LOCATION:London]] [[ZIP_CODE:N7 6PB]]; contact [[PHONE_NUMBER:+7 701 334 8819]].""",
    """[[PERSON:Harpreet Kaur Gill]], [[AGE:21]], received her study permit approval on [[DATE_TIME:2025-01-22]]. Her UCI is [[ID_NUMBER:11-4478-2306]] and she'll live with her aunt at [[ADDRESS:42 Castlemore Ave]], [[LOCATION:Brampton]], [[LOCATION:ON]].""",
    """The family of [[PERSON:Khalil Ahmad Sediqi]] moved from the reception centre into a flat at [[ADDRESS:Lindenstraße 9]], [[ZIP_CODE:34117]] [[LOCATION:Kassel]] on [[DATE_TIME:3 February 2025]], and their social worker, [[TITLE:Frau]] [[PERSON:Schneider]], gave them her direct line, [[PHONE_NUMBER:0561 7890 2214]].""",
    """Just a reminder that [[PERSON:Lucas]] ([[AGE:6]]) will be picked up today by his grandfather, [[PERSON:Mr. Henryk Nowak]], not by his mum.""",
    """The loan officer noted that [[PERSON:Chinedu Okeke]] still has an outstanding balance on account [[ID_NUMBER:3018842271]] and has moved to [[ADDRESS:5 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]].""",
    """Dear [[PERSON:Mr. Faizi]], your citizenship ceremony is on [[DATE_TIME:Friday, 25 April 2025, at 11:00]] at the Town Hall. Please bring your BRP ([[ID_NUMBER:ZR8813407]]) and your passport.""",
    """[[TITLE:خانم]] [[PERSON:ثریا]] می‌خواهد درباره حق سرپرستی فرزندانش با یک وکیل کمک حقوقی صحبت کند. او حالا در [[LOCATION:ساکرامنتو]] زندگی می‌کند و شماره تلفنش [[PHONE_NUMBER:916-880-2214]] است. جلسه اول با وکیل [[DATE_TIME:۲۸ فبروری ۲۰۲۵]] است.""",
    """Hi [[PERSON:Yuki Tanaka-Ross]], we've received your request to close the account registered to [[EMAIL_ADDRESS:yuki.tr@me.com]]. Any remaining credit (GBP 4.20) will be refunded to the card ending 0933 within five working days.""",
    """The Dari interpreter, [[PERSON:Farid Ahmadzai]], stayed with [[PERSON:Mrs. Shirin Hotak]] through her labour on [[DATE_TIME:2 March]], and the baby, [[PERSON:Maryam]], was born at [[DATE_TIME:03:17 on 3 March]], weighing 3.1 kg.""",
    """Your return for [[PERSON:Rajesh Pillai]], PAN [[ID_NUMBER:AGHPP7719K]], has been processed; the refund of Rs 14,320 will be credited to the account ending 4472 within three weeks.""",
    """[[PERSON:Tamsin Hughes]], a social worker, met [[PERSON:Daniyal]], [[AGE:15]], at the [[LOCATION:Croydon]] assessment centre, where he told her he had travelled from [[LOCATION:Nangarhar]] through [[LOCATION:Iran]] and [[LOCATION:Turkey]] over fourteen months.""",
    """Rental agreement for [[PERSON:Bjørn Haugen]], [[NRP:Norwegian]] driving licence no. [[ID_NUMBER:170884 41329]]: pick-up [[DATE_TIME:12 July 2025 at 09:00]] at [[LOCATION:Keflavík]], deposit held on [[CREDIT_CARD:4588 2001 3904 6138]].""",
    """Library notice: [[PERSON:Ngozi Uchenna]] (student no. [[ID_NUMBER:2219408]]) has three overdue items and GBP 6.40 in fines. Reply to [[EMAIL_ADDRESS:n.uchenna@student.gla.ac.uk]] or pick up a form at the desk.""",
    """[[PERSON:Mohammed Al-Amin]]'s visitor visa expired on [[DATE_TIME:30 November 2024]], and the law centre at [[ADDRESS:160 Kentish Town Road]] is helping him apply to stay on human-rights grounds, since his partner [[PERSON:Jade]] is due in [[DATE_TIME:May]].""",
    """[[PERSON:Khalid]] jan, case manager-e shoma, [[PERSON:Ms. Johnson]], goft ke mosahebe-ye kar-e shoma [[DATE_TIME:ruz-e seshanbe 18 March saat 2]] ast. Adras: [[ADDRESS:2801 W Camelback Rd]], [[LOCATION:Phoenix]]. Kart-e SSN ra faramosh nakonid.""",
    """[[PERSON:Eleanor Vance-Mbeki]]'s dental appointment was moved from [[DATE_TIME:Tuesday the 4th]] to [[DATE_TIME:Thursday the 6th at 2:15]], and the reminder will go to [[PHONE_NUMBER:021 448 3920]].""",
    """[[PERSON:Maria Cristina Bautista]] (TIN [[ID_NUMBER:412-339-078-000]]) was hired on [[DATE_TIME:January 6, 2025]] as an accounting clerk; her payroll account is [[ID_NUMBER:0047-2291-83]].""",
    """[[PERSON:Asma Niazi]], who interprets Pashto and Urdu in the [[LOCATION:Edmonton]] courts, was sworn in on [[DATE_TIME:September 9, 2024]]; her accreditation number is [[ID_NUMBER:AB-CI-2277]].""",
    """Passenger [[PERSON:Hamza Yusuf Abdi]], seat 23C on the [[DATE_TIME:19 March]] flight to [[LOCATION:Mogadishu]], asked for a wheelchair for his mother, [[PERSON:Faadumo]], who is [[AGE:77]].""",
    """Tenant reference for [[PERSON:Oluwadamilare Ige]]: current address [[ADDRESS:Flat 6, 14 Bentinck Road]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE4 6UT]], employed since [[DATE_TIME:October 2021]], salary GBP 34k, previous landlord [[PERSON:Mrs. P. Ashworth]].""",
    """[[PERSON:Ngaire Whitford]] sponsored her husband, [[PERSON:Sayed Masood Hashemi]], for a partner visa; his date of birth is recorded as [[DATE_TIME:01.01.1989]] and his passport as [[ID_NUMBER:P01558204]].""",
    """[[PERSON:ملالۍ]] غواړي چې د خپلې کورنۍ د یوځای کېدو په اړه له وکیل سره خبرې وکړي. د هغې مېړه [[PERSON:عبدالرحیم]] په [[LOCATION:ایران]] کې دی او د اړیکې شمېره یې [[PHONE_NUMBER:+98 912 448 3307]] ده.""",
    """Rex's booster reminder was emailed to [[PERSON:Tomás O'Connell]] at [[EMAIL_ADDRESS:tomas.oconnell@eircom.net]]; owner's address [[ADDRESS:3 Church Hill]], [[LOCATION:Kinsale]].""",
    """As a practising [[NRP:Sikh]], [[PERSON:Manpreet Singh Bains]] asked HR on [[DATE_TIME:5 March]] for an exemption from the hard-hat rule, and his manager, [[PERSON:Gail Fenwick]], agreed.""",
    """Under ARAP, [[PERSON:Noorullah Safi]] and his family of six were relocated from [[LOCATION:Islamabad]] to temporary accommodation in [[LOCATION:Wiltshire]] on [[DATE_TIME:11 October 2024]]; he had interpreted for the British Army in [[LOCATION:Lashkar Gah]] from 2008 to 2012.""",
    """Lab results for [[PERSON:Gabriela Pérez Ochoa]] (MRN [[ID_NUMBER:3390127]], DOB [[DATE_TIME:5/5/1977]]): HbA1c 6.9%, LDL 3.1 mmol/L. Please call her at [[PHONE_NUMBER:+1 (305) 442-8916]] to discuss.""",
    """pls send the invoice to [[EMAIL_ADDRESS:accounts.ayesha@gmail.com]] not my work one, thanks - [[PERSON:ayesha k]]""",
    """[[PERSON:Rafael dos Santos]]'s work permit for [[LOCATION:Dubai]] was approved; his Emirates ID, [[ID_NUMBER:784-1990-4417382-3]], will arrive by courier, and his salary will be paid to [[IBAN_CODE:AE460331000012938475620]].""",
    """[[PERSON:Declan Murphy]], born [[DATE_TIME:22 August 1982]] in [[LOCATION:Limerick]], consented to Garda vetting on [[DATE_TIME:10 March 2025]] for his volunteer coaching role with the under-12s.""",
    """[[PERSON:Humaira Sadiqi]] works as a Dari interpreter at a hospital in [[LOCATION:Hamburg]]. On [[DATE_TIME:3 March]] she interpreted for a woman named [[PERSON:Kulsum]], [[AGE:60]], who had never seen a doctor without her husband in the room.""",
    """A caller pretending to be from the bank asked [[PERSON:Mr. Gordon Ferguson]], [[AGE:79]], for the code sent to [[PHONE_NUMBER:01506 433 218]] and then took GBP 2,400 from his account [[ID_NUMBER:20841167]].""",
    """[[PERSON:Anh Thư Võ]]'s offer from the university is conditional on her IELTS score; her student ID will be [[ID_NUMBER:1338427]] and her orientation is on [[DATE_TIME:24 February 2025]].""",
    """Beneficiaries named by [[PERSON:Ruth Abernathy]] on [[DATE_TIME:April 2, 2019]]: her son [[PERSON:Caleb Abernathy]] (SSN [[US_SSN:219-47-6630]]) and her niece [[PERSON:Morgan Ellis]].""",
    """The family of [[PERSON:Gul Ahmad Stanekzai]] has been waiting in [[LOCATION:Islamabad]] since [[DATE_TIME:September 2023]] for their P-2 interviews; his wife [[PERSON:Parwin]] is [[AGE:34]], and their youngest, [[PERSON:Arman]], was born there on [[DATE_TIME:14 June 2024]].""",
    """[[PERSON:Oskar Lindahl]]'s building access was switched off after his last day on [[DATE_TIME:28 Feb]]; his forwarding address is [[ADDRESS:Sveavägen 41]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]].""",
    """Hi [[PERSON:Zabi]], can you cover a Pashto job for [[PERSON:Mr. Khan]] at the Whittington on [[DATE_TIME:Monday 10 March at 2pm]]? Patient DOB [[DATE_TIME:01/01/1965]], hospital number [[ID_NUMBER:W2247718]]. Thanks, [[PERSON:Lorraine]]""",
    """[[PERSON:Patrick Nwachukwu]] of [[ADDRESS:1104 Elm St]], [[LOCATION:Manchester]], [[LOCATION:NH]] [[ZIP_CODE:03101]] has been summoned for jury service starting [[DATE_TIME:May 5, 2025]].""",
    """Volunteer [[PERSON:Hina Baig]] is only [[AGE:17]], so her mum, [[PERSON:Samina]], signed the consent form on [[DATE_TIME:12/03/2025]]; [[PERSON:Hina]] will help at the food bank on Saturdays.""",
    """The [[PERSON:Rasuli]] family reached [[LOCATION:Winnipeg]] on [[DATE_TIME:18 January 2025]] after two years of waiting in [[LOCATION:Pakistan]], and their new address is [[ADDRESS:455 Portage Avenue, Apt 12]].""",
    """[[PERSON:Zarmina]] ta wawaya che da visa fees 160 dollar de aw tar [[DATE_TIME:Juma, 28 March]] pori bayad pa bank ke warkral shi. Da hagi da passport shmera [[ID_NUMBER:P02719934]] pa raseed bande olika.""",
]

TABLE = [
    """name,languages,mobile,email,naati_cpn,suburb,wwcc_status
[[PERSON:Hamid Karimi]],Dari;Farsi,[[PHONE_NUMBER:0413 226 709]],[[EMAIL_ADDRESS:hamid.karimi@outlook.com]],[[ID_NUMBER:CPN8D2K4M]],[[LOCATION:Auburn]],current
[[PERSON:Shugufa Rasuli]],Dari,[[PHONE_NUMBER:0422 907 118]],[[EMAIL_ADDRESS:shugufa.r@gmail.com]],[[ID_NUMBER:CPN5T9W1Q]],[[LOCATION:Blacktown]],current
[[PERSON:Wahid Popal]],Pashto;Urdu,[[PHONE_NUMBER:0451 003 662]],[[EMAIL_ADDRESS:wpopal.interp@yahoo.com.au]],[[ID_NUMBER:CPN2H6R8B]],[[LOCATION:Merrylands]],expired
[[PERSON:Noor Jahan Amiri]],Hazaragi;Dari,[[PHONE_NUMBER:0430 551 294]],[[EMAIL_ADDRESS:noorjahan.amiri@icloud.com]],[[ID_NUMBER:CPN6K3P7Z]],[[LOCATION:Dandenong]],current""",
    """| # | Applicant | DOB | Passport no. | Slot | Post | Category |
|---|-----------|-----|--------------|------|------|----------|
| 1 | [[PERSON:Ahmad Fawad Nazari]] | [[DATE_TIME:1990-03-21]] | [[ID_NUMBER:P02294817]] | [[DATE_TIME:2025-03-12 09:00]] | [[LOCATION:Islamabad]] | family reunion |
| 2 | [[PERSON:Laila Hotaki]] | [[DATE_TIME:1996-11-02]] | [[ID_NUMBER:P04408156]] | [[DATE_TIME:2025-03-12 09:20]] | [[LOCATION:Islamabad]] | student |
| 3 | [[PERSON:Sayed Omid Hashimi]] | [[DATE_TIME:1984-07-30]] | [[ID_NUMBER:P01183372]] | [[DATE_TIME:2025-03-12 09:40]] | [[LOCATION:Tehran]] | humanitarian |
| 4 | [[PERSON:Benafsha Azimi]] | [[DATE_TIME:2002-01-17]] | [[ID_NUMBER:P05061729]] | [[DATE_TIME:2025-03-12 10:00]] | [[LOCATION:Islamabad]] | family reunion |""",
    """emp_id\tfirst_name\tlast_name\tdept\tni_number\tstart_date\tgrade
[[ID_NUMBER:E10481]]\t[[PERSON:Chloe]]\t[[PERSON:Atherton]]\tFinance\t[[ID_NUMBER:NP 51 73 20 C]]\t[[DATE_TIME:04/11/2019]]\tB2
[[ID_NUMBER:E10532]]\t[[PERSON:Kayode]]\t[[PERSON:Balogun]]\tWarehouse\t[[ID_NUMBER:JX 80 44 17 A]]\t[[DATE_TIME:13/01/2020]]\tA1
[[ID_NUMBER:E11007]]\t[[PERSON:Ewa]]\t[[PERSON:Zielińska]]\tHR\t[[ID_NUMBER:SB 27 93 61 D]]\t[[DATE_TIME:02/05/2023]]\tB1""",
    """TIME   PATIENT                DOB         MRN         LANG     INTERPRETER
09:00  [[PERSON:Gulnaz Ahmadi]]          [[DATE_TIME:12/03/1974]]  [[ID_NUMBER:MR-220981]]   Dari     [[PERSON:F. Ahmadzai]]
09:30  [[PERSON:Thomas Brennan]]         [[DATE_TIME:30/06/1951]]  [[ID_NUMBER:MR-118430]]   English  -
10:15  [[PERSON:Rahim Gul Zadran]]       [[DATE_TIME:01/01/1969]]  [[ID_NUMBER:MR-301177]]   Pashto   [[PERSON:N. Safi]]
11:00  [[PERSON:Oksana Melnyk]]          [[DATE_TIME:22/09/1988]]  [[ID_NUMBER:MR-290055]]   Ukrainian  phone line""",
    """{"email": "[[EMAIL_ADDRESS:priya.venkatesh@gmail.com]]", "first_name": "[[PERSON:Priya]]", "country": "[[LOCATION:India]]", "signup_ip": "[[IP_ADDRESS:49.37.201.88]]", "consent": true, "plan": "free"}
{"email": "[[EMAIL_ADDRESS:mattias.koivisto@elisa.fi]]", "first_name": "[[PERSON:Mattias]]", "country": "[[LOCATION:Finland]]", "signup_ip": "[[IP_ADDRESS:91.152.33.207]]", "consent": false, "plan": "pro"}
{"email": "[[EMAIL_ADDRESS:adwoa.mensah@yahoo.com]]", "first_name": "[[PERSON:Adwoa]]", "country": "[[LOCATION:Ghana]]", "signup_ip": "[[IP_ADDRESS:154.160.2.19]]", "consent": true, "plan": "free"}""",
    """staff:
  - name: [[PERSON:Imogen Clarke]]
    ext: 2214
    emergency_contact: [[PERSON:Tom Clarke]]
    emergency_phone: "[[PHONE_NUMBER:07722 410 385]]"
    relationship: husband
  - name: [[PERSON:Sadiq Rahman]]
    ext: 2230
    emergency_contact: [[PERSON:Nasreen Rahman]]
    emergency_phone: "[[PHONE_NUMBER:07405 118 264]]"
    relationship: mother
  - name: [[PERSON:Li Na Zhou]]
    ext: 2241
    emergency_contact: [[PERSON:Kevin Zhou]]
    emergency_phone: "[[PHONE_NUMBER:+44 7391 660 417]]"
    relationship: brother""",
    """Tenant: [[PERSON:Aoife Brennan]]
Unit: [[ADDRESS:Flat 2A, 19 Harcourt Street]]
Phone: [[PHONE_NUMBER:086 224 1093]]
Move-in: [[DATE_TIME:01/09/2024]]
Deposit: EUR 1,850

Tenant: [[PERSON:Marek Dvořák]]
Unit: [[ADDRESS:Flat 3B, 19 Harcourt Street]]
Phone: [[PHONE_NUMBER:083 907 5521]]
Move-in: [[DATE_TIME:15/10/2024]]
Deposit: EUR 1,850

Tenant: [[PERSON:Funmilayo Adeleke]]
Unit: [[ADDRESS:Flat 4A, 19 Harcourt Street]]
Phone: [[PHONE_NUMBER:089 431 7702]]
Move-in: [[DATE_TIME:03/02/2025]]
Deposit: EUR 1,900""",
    """case_no,pa_name,case_size,arrival_date,dest_city,state,caseworker
AF-24-1187,[[PERSON:Mohammad Nabi Omari]],6,[[DATE_TIME:2024-10-02]],[[LOCATION:Sacramento]],[[LOCATION:CA]],[[PERSON:J. Alvarez]]
AF-24-1203,[[PERSON:Sima Karimi]],3,[[DATE_TIME:2024-10-09]],[[LOCATION:Houston]],[[LOCATION:TX]],[[PERSON:K. Bui]]
AF-24-1219,[[PERSON:Abdul Hadi Sultani]],8,[[DATE_TIME:2024-10-16]],[[LOCATION:Fremont]],[[LOCATION:CA]],[[PERSON:J. Alvarez]]
AF-24-1240,[[PERSON:Wazhma Nasiri]],1,[[DATE_TIME:2024-10-23]],[[LOCATION:Albany]],[[LOCATION:NY]],[[PERSON:R. Goldberg]]""",
    """| نوم | د پلار نوم | عمر | تلیفون | ولایت | یادونه |
|---|---|---|---|---|---|
| [[PERSON:زرغونه]] | [[PERSON:محمد نادر]] | [[AGE:۲۹]] | [[PHONE_NUMBER:۰۷۰۰۴۴۱۲۰۸]] | [[LOCATION:کندهار]] | کونډه، درې ماشومان |
| [[PERSON:شېرین ګل]] | [[PERSON:حاجي نور]] | [[AGE:۴۲]] | [[PHONE_NUMBER:۰۷۷۹۸۸۰۳۱۵]] | [[LOCATION:ننګرهار]] | ناروغ مېړه |
| [[PERSON:پلوشه]] | [[PERSON:عبدالغفار]] | [[AGE:۳۵]] | [[PHONE_NUMBER:۰۷۸۶۲۲۹۰۴۱]] | [[LOCATION:کونړ]] | - |""",
    """نام,تخلص,تاریخ تولد,نمبر تذکره,شماره تماس,ولایت
[[PERSON:فرشته]],[[PERSON:صدیقی]],[[DATE_TIME:۱۳۷۴/۰۲/۱۵]],[[ID_NUMBER:1400-0201-44812]],[[PHONE_NUMBER:0798 331 420]],[[LOCATION:هرات]]
[[PERSON:جاوید]],[[PERSON:رحیمی]],[[DATE_TIME:۱۳۶۹/۰۹/۰۱]],[[ID_NUMBER:1399-1105-20937]],[[PHONE_NUMBER:0788 604 117]],[[LOCATION:بلخ]]
[[PERSON:مریم]],[[PERSON:حسینی]],[[DATE_TIME:۱۳۸۰/۰۶/۲۳]],[[ID_NUMBER:1401-0308-61155]],[[PHONE_NUMBER:0729 915 002]],[[LOCATION:بامیان]]""",
    """- nam: [[PERSON:Mohammad Hasan]]
  takhallos: [[PERSON:Jawadi]]
  tarikh-e tawallod: [[DATE_TIME:1987-04-11]]
  shomara-e telefon: "[[PHONE_NUMBER:+49 1578 4402 913]]"
  shahr: [[LOCATION:Bielefeld]]
  zaban: Dari
- nam: [[PERSON:Nargis]]
  takhallos: [[PERSON:Jawadi]]
  tarikh-e tawallod: [[DATE_TIME:1991-09-02]]
  shomara-e telefon: "[[PHONE_NUMBER:+49 1520 9931 270]]"
  shahr: [[LOCATION:Bielefeld]]
  zaban: Dari, Almani (A2)""",
    """| Client | A-Number | Hearing | IJ | Interpreter | Status |
|--------|----------|---------|----|-------------|--------|
| [[PERSON:Karimullah Mangal]] | [[ID_NUMBER:A241-557-019]] | [[DATE_TIME:04/15/2025 8:30]] | [[PERSON:Morales]] | Pashto | I-589 filed |
| [[PERSON:Frozan Habibi]] | [[ID_NUMBER:A241-603-882]] | [[DATE_TIME:04/17/2025 1:00]] | [[PERSON:Chen]] | Dari | evidence due |
| [[PERSON:Esmatullah Wardak]] | [[ID_NUMBER:A240-998-164]] | [[DATE_TIME:05/02/2025 9:00]] | [[PERSON:Morales]] | Pashto | needs counsel |""",
    """order_id,customer,email,card_number,exp,cvv,ship_zip,total
100482,[[PERSON:Brianna Kowalski]],[[EMAIL_ADDRESS:bkowalski22@gmail.com]],[[CREDIT_CARD:2223004819572644]],08/27,512,[[ZIP_CODE:60634]],84.50
100483,[[PERSON:Deshawn Carter]],[[EMAIL_ADDRESS:dcarter.atl@outlook.com]],[[CREDIT_CARD:378283019547195]],02/26,7741,[[ZIP_CODE:30310]],212.00
100484,[[PERSON:Mai Nguyen]],[[EMAIL_ADDRESS:mai.nguyen.tx@yahoo.com]],[[CREDIT_CARD:5167329200481134]],11/28,090,[[ZIP_CODE:77072]],39.99""",
    """student_id\tname\tdob\tguardian\tguardian_phone\tyear
[[ID_NUMBER:S-40918]]\t[[PERSON:Isla Robertson]]\t[[DATE_TIME:2015-02-09]]\t[[PERSON:Fiona Robertson]]\t[[PHONE_NUMBER:07834 120 447]]\tP5
[[ID_NUMBER:S-40927]]\t[[PERSON:Yahya Osman]]\t[[DATE_TIME:2014-11-21]]\t[[PERSON:Hodan Osman]]\t[[PHONE_NUMBER:07951 336 082]]\tP6
[[ID_NUMBER:S-41002]]\t[[PERSON:Kacper Lis]]\t[[DATE_TIME:2016-06-30]]\t[[PERSON:Agata Lis]]\t[[PHONE_NUMBER:07402 877 519]]\tP4
[[ID_NUMBER:S-41015]]\t[[PERSON:Zara Malik]]\t[[DATE_TIME:2015-08-14]]\t[[PERSON:Imran Malik]]\t[[PHONE_NUMBER:07719 240 663]]\tP5""",
    """EMPLOYEE            LEAVE TYPE   FROM         TO           DAYS  APPROVER
[[PERSON:Grace Otieno]]        annual       [[DATE_TIME:2025-04-14]]   [[DATE_TIME:2025-04-25]]   10    [[PERSON:M. Karanja]]
[[PERSON:Peter Njoroge]]       sick         [[DATE_TIME:2025-03-03]]   [[DATE_TIME:2025-03-05]]   3     [[PERSON:M. Karanja]]
[[PERSON:Halima Abdi]]         maternity    [[DATE_TIME:2025-05-01]]   [[DATE_TIME:2025-07-31]]   64    [[PERSON:S. Wekesa]]""",
    """{"ts": "[[DATE_TIME:2025-02-18T07:02:44Z]]", "user": "[[USERNAME:a.haddad]]", "ip": "[[IP_ADDRESS:82.132.219.4]]", "event": "login", "mfa": "push"}
{"ts": "[[DATE_TIME:2025-02-18T07:05:10Z]]", "user": "[[USERNAME:jtaylor]]", "ip": "[[IP_ADDRESS:2a00:23c5:8d0e:1f01::7b]]", "event": "login_failed", "mfa": null}
{"ts": "[[DATE_TIME:2025-02-18T07:05:31Z]]", "user": "[[USERNAME:jtaylor]]", "ip": "[[IP_ADDRESS:2a00:23c5:8d0e:1f01::7b]]", "event": "login", "mfa": "sms"}
{"ts": "[[DATE_TIME:2025-02-18T07:11:58Z]]", "user": "[[USERNAME:mwanjiku]]", "ip": "[[IP_ADDRESS:102.219.208.66]]", "event": "password_reset", "mfa": "email"}""",
    """siv_applicants:
  - name: [[PERSON:Abdul Wakil Rahmani]]
    employer: US Army, Task Force Helmand
    role: linguist
    from: [[DATE_TIME:2009-05]]
    to: [[DATE_TIME:2013-08]]
    supervisor_email: [[EMAIL_ADDRESS:m.okonkwo.ret@gmail.com]]
    status: COM approved
  - name: [[PERSON:Hafizullah Sadat]]
    employer: contractor (DynCorp)
    role: interpreter
    from: [[DATE_TIME:2011-02]]
    to: [[DATE_TIME:2014-12]]
    supervisor_email: unknown
    status: awaiting HR letter""",
    """BED 1   [[PERSON:Margaret Doyle]]      [[AGE:88]]   adm [[DATE_TIME:02/03]]   hip fracture      NOK [[PERSON:Sean Doyle]] [[PHONE_NUMBER:087 665 2104]]
BED 2   [[PERSON:Vusumuzi Ndlovu]]     [[AGE:54]]   adm [[DATE_TIME:04/03]]   cellulitis        NOK [[PERSON:Thembi]] [[PHONE_NUMBER:085 120 7733]]
BED 3   (empty)
BED 4   [[PERSON:Agnes Kiely]]         [[AGE:79]]   adm [[DATE_TIME:05/03]]   COPD exacerbation NOK none recorded""",
    """| Member | Member no. | Joined | Plan | Email | Birthday |
|:--|:--|:--|:--|:--|:--|
| [[PERSON:Tiago Almeida]] | [[ID_NUMBER:GX-004127]] | [[DATE_TIME:Jan 2023]] | off-peak | [[EMAIL_ADDRESS:tiago.almeida@sapo.pt]] | [[DATE_TIME:14 Apr]] |
| [[PERSON:Roisin Keane]] | [[ID_NUMBER:GX-004388]] | [[DATE_TIME:Jun 2024]] | full | [[EMAIL_ADDRESS:roisinkeane@gmail.com]] | [[DATE_TIME:2 Nov]] |
| [[PERSON:Jamal Haddad]] | [[ID_NUMBER:GX-004401]] | [[DATE_TIME:Jul 2024]] | student | [[EMAIL_ADDRESS:jamal.h@student.uu.nl]] | [[DATE_TIME:29 Feb]] |""",
    """volunteer,age,nationality,languages,phone,availability
[[PERSON:Saeed Anwari]],[[AGE:34]],[[NRP:Afghan]],"Dari, Pashto, English",[[PHONE_NUMBER:+1 613 722 9014]],weekends
[[PERSON:Marie-Claude Gagnon]],[[AGE:61]],[[NRP:Canadian]],"French, English",[[PHONE_NUMBER:+1 819 430 2287]],weekdays
[[PERSON:Yonas Tesfaye]],[[AGE:27]],[[NRP:Eritrean]],"Tigrinya, Amharic, English",[[PHONE_NUMBER:+1 613 291 5580]],evenings
[[PERSON:Layla Haidari]],[[AGE:19]],[[NRP:Afghan]],"Dari, English",[[PHONE_NUMBER:+1 343 998 1046]],weekends""",
    """| Account holder | IBAN | BIC | Currency | Purpose |
|----------------|------|-----|----------|---------|
| [[PERSON:Katharina Vogel]] | [[IBAN_CODE:DE26 4306 0967 1184 2103 00]] | GENODEM1GLS | EUR | rent share |
| [[PERSON:Pieter Janssens]] | [[IBAN_CODE:NL98 ABNA 0562 8309 17]] | ABNANL2A | EUR | deposit refund |
| [[PERSON:Luca Bernasconi]] | [[IBAN_CODE:CH05 0023 5104 8173 6295 0]] | UBSWCHZH80A | CHF | consulting |
| [[PERSON:Elif Şahin]] | [[IBAN_CODE:TR52 0006 2000 4190 0006 2974 52]] | TGBATRIS | TRY | family support |""",
    """permit,holder,vehicle_reg,make,address,zone,bays
RP-2291,[[PERSON:Sunita Rao]],[[ID_NUMBER:WR19 KXH]],Toyota Yaris,[[ADDRESS:12 Quarry Road]],B,1
RP-2292,[[PERSON:David Okoye]],[[ID_NUMBER:BK72 NTF]],Ford Focus,[[ADDRESS:3 Quarry Road]],B,2
RP-2295,[[PERSON:Hannah Lowe]],[[ID_NUMBER:GN68 PLO]],VW Golf,[[ADDRESS:40A St Mary's Lane]],C,1""",
    """sample_id\tpatient\tmrn\tcollected\ttest\tresult
LB-88012\t[[PERSON:Francesca Ricci]]\t[[ID_NUMBER:4410297]]\t[[DATE_TIME:2025-03-04 08:12]]\tTSH\t2.1 mIU/L
LB-88013\t[[PERSON:Oluwatobi Ajayi]]\t[[ID_NUMBER:4410532]]\t[[DATE_TIME:2025-03-04 08:30]]\tHbA1c\t7.4 %
LB-88014\t[[PERSON:Gulalai Safi]]\t[[ID_NUMBER:4410611]]\t[[DATE_TIME:2025-03-04 08:41]]\tFerritin\t9 ug/L (low)""",
    """{"ticket": "T-55012", "requester": "[[PERSON:Dmitri Volkov]]", "email": "[[EMAIL_ADDRESS:d.volkov@mail.ru]]", "phone": "[[PHONE_NUMBER:+7 916 208-44-13]]", "topic": "refund", "priority": "low"}
{"ticket": "T-55013", "requester": "[[PERSON:Siew Lin Goh]]", "email": "[[EMAIL_ADDRESS:siewlin.goh@singnet.com.sg]]", "phone": "[[PHONE_NUMBER:+65 9183 4402]]", "topic": "login", "priority": "high"}
{"ticket": "T-55014", "requester": "[[PERSON:Kofi Boateng]]", "email": "[[EMAIL_ADDRESS:kofi.boateng@gmail.com]]", "phone": "[[PHONE_NUMBER:+233 24 559 0187]]", "topic": "delivery", "priority": "medium"}""",
    """SEQ  NAME                      SEAT  NATIONALITY  PASSPORT      DOB
001  [[PERSON:NIAZI/SHAFIQULLAH]] [[TITLE:MR]]       14A   [[NRP:AFGHAN]]       [[ID_NUMBER:P03772619]]     [[DATE_TIME:15MAR85]]
002  [[PERSON:NIAZI/ROYA]] [[TITLE:MRS]]             14B   [[NRP:AFGHAN]]       [[ID_NUMBER:P03772620]]     [[DATE_TIME:02OCT91]]
003  [[PERSON:NIAZI/ELHAM]] [[TITLE:MISS]]           14C   [[NRP:AFGHAN]]       [[ID_NUMBER:P04915538]]     [[DATE_TIME:20JUL15]]
004  [[PERSON:BERGSTROM/ANDERS]] [[TITLE:MR]]        22D   [[NRP:SWEDISH]]      [[ID_NUMBER:93814460]]      [[DATE_TIME:07JAN72]]""",
    """building: [[ADDRESS:221 Kingsway]]
city: [[LOCATION:Vancouver]]
units:
  "101":
    tenant: [[PERSON:Harjit Dhaliwal]]
    phone: [[PHONE_NUMBER:604-318-2290]]
    since: [[DATE_TIME:2019-06-01]]
  "204":
    tenant: [[PERSON:Chloé Tremblay]]
    phone: [[PHONE_NUMBER:778-441-9035]]
    since: [[DATE_TIME:2022-11-15]]
  "305":
    tenant: vacant
    phone: null
    since: null""",
    """Donor: [[TITLE:Rev.]] [[PERSON:Samuel Achterberg]]
Amount: USD 500
Method: cheque
Address: [[ADDRESS:410 Oak Hollow Ln]], [[LOCATION:Franklin]], [[LOCATION:TN]] [[ZIP_CODE:37064]]

Donor: [[PERSON:Fatima Zahra Benali]]
Amount: USD 75
Method: card ([[CREDIT_CARD:4917611320095829]])
Address: [[ADDRESS:88 Delancey St, Apt 5F]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10002]]

Donor: anonymous
Amount: USD 20
Method: cash""",
    """deposit_ref,tenant,property,paid_on,amount,scheme
DPS-771204,[[PERSON:Jordan Whitlock]],[[ADDRESS:Flat 1, 9 Cathays Terrace]],[[DATE_TIME:2024-07-01]],1050,DPS
DPS-771388,[[PERSON:Angharad Pugh]],[[ADDRESS:31 Wyeverne Road]],[[DATE_TIME:2024-08-15]],1200,DPS
MYD-550921,[[PERSON:Chukwuemeka Obi]],[[ADDRESS:Flat 7, 2 Richmond Crescent]],[[DATE_TIME:2024-09-01]],980,mydeposits""",
    """| Speaker | Talk | Handle | Website | Session |
|---|---|---|---|---|
| [[PERSON:Dr. Leyla Aminova]] | Low-resource MT for Pashto | [[USERNAME:leyla_nlp]] | [[URL:https://leylaaminova.dev]] | Tue 10:30 |
| [[PERSON:Gareth Pryce]] | Interpreting in remote hearings | [[USERNAME:garethpryce]] | - | Tue 14:00 |
| [[PERSON:Naheed Farooq]] | Community interpreters and burnout | [[USERNAME:naheedf]] | [[URL:https://naheedfarooq.com/about]] | Wed 09:00 |""",
    """emp_code\tname\taadhaar\tpan\tcity\tjoining
[[ID_NUMBER:BLR-2041]]\t[[PERSON:Sneha Kulkarni]]\t[[ID_NUMBER:3091 8274 6500]]\t[[ID_NUMBER:CKMPK8821Q]]\t[[LOCATION:Pune]]\t[[DATE_TIME:2023-07-17]]
[[ID_NUMBER:BLR-2055]]\t[[PERSON:Mohammed Irfan]]\t[[ID_NUMBER:8552 0419 7365]]\t[[ID_NUMBER:ARTPI4410B]]\t[[LOCATION:Hyderabad]]\t[[DATE_TIME:2023-08-01]]
[[ID_NUMBER:BLR-2078]]\t[[PERSON:Lalitha Subramanian]]\t[[ID_NUMBER:5441 3098 2171]]\t[[ID_NUMBER:DFQPS2093H]]\t[[LOCATION:Chennai]]\t[[DATE_TIME:2024-01-08]]""",
    """client,sin,dob,province,phone
[[PERSON:Gabriel Ouellet]],[[ID_NUMBER:417 305 620]],[[DATE_TIME:1983-05-19]],[[LOCATION:QC]],[[PHONE_NUMBER:(418) 660-2047]]
[[PERSON:Amandeep Brar]],[[ID_NUMBER:629 581 042]],[[DATE_TIME:1991-10-02]],[[LOCATION:BC]],[[PHONE_NUMBER:(604) 501-7738]]
[[PERSON:Fiona MacIsaac]],[[ID_NUMBER:522 067 198]],[[DATE_TIME:1976-12-24]],[[LOCATION:NS]],[[PHONE_NUMBER:(902) 433-1980]]""",
    """[
  {"name": "[[PERSON:Sipho Mahlaba]]", "id_number": "[[ID_NUMBER:7909185821084]]", "cell": "[[PHONE_NUMBER:072 330 4418]]", "town": "[[LOCATION:Pietermaritzburg]]"},
  {"name": "[[PERSON:Lerato Mokoena]]", "id_number": "[[ID_NUMBER:0103050933086]]", "cell": "[[PHONE_NUMBER:083 917 2206]]", "town": "[[LOCATION:Soweto]]"},
  {"name": "[[PERSON:Annelie Pretorius]]", "id_number": "[[ID_NUMBER:6802120234086]]", "cell": "[[PHONE_NUMBER:082 448 6610]]", "town": "[[LOCATION:Stellenbosch]]"}
]""",
    """| Date | Interpreter | Language | Court | Case party | Hours | Fee |
|------|-------------|----------|-------|------------|-------|-----|
| [[DATE_TIME:03/03/2025]] | [[PERSON:Ziaulhaq Amin]] | Pashto | Magistrates | [[PERSON:R. Momand]] | 3.0 | 96.00 |
| [[DATE_TIME:04/03/2025]] | [[PERSON:Parisa Noori]] | Dari | Crown | [[PERSON:A. Jalali]] | 6.5 | 208.00 |
| [[DATE_TIME:06/03/2025]] | [[PERSON:Ziaulhaq Amin]] | Urdu | County | [[PERSON:S. Iqbal]] | 2.0 | 64.00 |""",
    """child,class,authorised_adult,relationship,adult_phone,password_word
[[PERSON:Ellie-Mae Turner]],Reception,[[PERSON:Dawn Turner]],grandmother,[[PHONE_NUMBER:07790 221 405]],sunflower
[[PERSON:Ibrahim Conteh]],Year 1,[[PERSON:Mariama Conteh]],aunt,[[PHONE_NUMBER:07412 663 019]],rocket
[[PERSON:Oscar Pearce]],Year 2,[[PERSON:Liam Pearce]],father,[[PHONE_NUMBER:07958 104 776]],penguin""",
    """Shipment: SHP-20931
Sender: [[PERSON:Chen Jia Hui]]
Sender phone: [[PHONE_NUMBER:+86 138 0013 7742]]
Sender address: [[ADDRESS:Room 1802, Building 5, 88 Zhongshan Road]], [[LOCATION:Ningbo]] [[ZIP_CODE:315000]]
Recipient: [[PERSON:Olivia Chen]]
Recipient phone: [[PHONE_NUMBER:+61 433 208 915]]
Recipient address: [[ADDRESS:17 Wattle Street]], [[LOCATION:Box Hill]] [[LOCATION:VIC]] [[ZIP_CODE:3128]]
Contents: clothing, tea (gift)
Declared value: AUD 120""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Priya]]): Thanks for contacting Northwind Bank, who am I speaking with today?
[10:02] Customer: hi it's [[PERSON:Gareth Evans]]
[10:03] Customer: the cash machine on Queen Street kept my card
[10:03] Agent ([[PERSON:Priya]]): Sorry to hear that! Could you confirm your date of birth and postcode?
[10:04] Customer: [[DATE_TIME:14/07/1986]], [[ZIP_CODE:CF10 3NP]]
[10:05] Agent ([[PERSON:Priya]]): Thanks [[PERSON:Gareth]]. I've cancelled the card ending 4417 and ordered a new one to [[ADDRESS:22 Cathedral Road]], is that still right?
[10:05] Customer: yes thats right
[10:06] Agent ([[PERSON:Priya]]): Done, it should arrive by [[DATE_TIME:Friday 14 March]]. Anything else?""",
    """[[PERSON:Mina]]: Salam [[PERSON:Jawed]] jan, tarikh-e mosahebe-ye sefarat chand ast?
[[PERSON:Jawed]]: [[DATE_TIME:Seshanbe, 22 April, saat 8:30]]. Pasport-e madar ra ham biyawar: [[ID_NUMBER:P01229847]]
[[PERSON:Mina]]: Khob. Nambar-e [[PERSON:Aziz]] chist? Mekhaham bepursam ke u tarjoman mishawad ya na
[[PERSON:Jawed]]: [[PHONE_NUMBER:+92 321 508 4417]]. Wa email-e wakil: [[EMAIL_ADDRESS:r.khan.immigration@gmail.com]]
[[PERSON:Mina]]: Tashakor 🌹""",
    """#ops-interpreting
[[PERSON:Jess Morley]]  9:14 AM
anyone free for a Dari job at the Royal Free tomorrow 2pm? patient is [[PERSON:Mrs. Sultani]], DOB [[DATE_TIME:03/04/1958]]
[[PERSON:Kamran Shah]]  9:16 AM
I can, but only till 4. send me the booking
[[PERSON:Jess Morley]]  9:17 AM
@[[USERNAME:kamran.shah]] done, ref BK-55120. ward contact is [[TITLE:Sister]] [[PERSON:O'Neill]] via switchboard 020 7794 0500
[[PERSON:Kamran Shah]]  9:18 AM
👍 can you also update my mobile on the system, it's [[PHONE_NUMBER:07418 220 693]] now""",
    """Agent [[PERSON:Kayla]]: Hi, you're chatting with [[PERSON:Kayla]]. What's the name on the account?
Customer: [[PERSON:Marcus Bell]]
Agent [[PERSON:Kayla]]: Thanks [[PERSON:Marcus]]. For security, what's the account number?
Customer: [[ID_NUMBER:8803 1147 2290]]. the line getting all the spam calls is [[PHONE_NUMBER:(313) 407-2218]]
Agent [[PERSON:Kayla]]: Got it. I see the account is billed to [[ADDRESS:19340 Kentucky St]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48221]]. I've turned on call filtering at no charge.
Customer: ok thanks, can you email me that? [[EMAIL_ADDRESS:marcusbell313@gmail.com]]
Agent [[PERSON:Kayla]]: Sent!""",
    """[[PERSON:Amanda Reyes]] [11:02]: Airport pickup for the [[PERSON:Mohammadi]] family is confirmed for [[DATE_TIME:Thursday 27 March at 21:40]], flight QR 725.
[[PERSON:Ghulam Farooq]] [11:05]: I'll go, I speak Dari. How many?
[[PERSON:Amanda Reyes]] [11:06]: 5. PA is [[PERSON:Sayed Ali Mohammadi]], [[AGE:41]]; kids are [[AGE:14]], [[AGE:11]] and [[AGE:3]]. Apartment is [[ADDRESS:1550 Lakeview Dr, Apt 104]].
[[PERSON:Ghulam Farooq]] [11:07]: ok. does he have a US number yet?
[[PERSON:Amanda Reyes]] [11:07]: no, use his WhatsApp [[PHONE_NUMBER:+93 79 441 0382]]""",
    """[[PERSON:Sophie]] (Support): Hi there! Can I grab your order number and the email you used?
You: order 7714-22019, email is [[EMAIL_ADDRESS:daniel.fitzpatrick@bigpond.com]]
[[PERSON:Sophie]] (Support): Thanks [[PERSON:Daniel]]! I can see the couch was meant to arrive [[DATE_TIME:Tuesday 11 March]]. Is the delivery address still [[ADDRESS:6 Banksia Crescent]], [[LOCATION:Mount Gravatt]] [[ZIP_CODE:4122]]?
You: yep. the driver rang my old number, it's [[PHONE_NUMBER:0438 902 117]] now
[[PERSON:Sophie]] (Support): Updated. I've rebooked you for [[DATE_TIME:Friday 14 March, 7am-1pm]].""",
    """[[PERSON:Brenda]] (landlord): Hi [[PERSON:Kwame]], the plumber will come [[DATE_TIME:Wed 5 March between 8 and 10]]. Is that ok?
[[PERSON:Kwame]]: Yes fine. Can he call me first on [[PHONE_NUMBER:07950 338 102]]? Buzzer for flat 3 is broken
[[PERSON:Brenda]] (landlord): Will do. His name is [[PERSON:Dariusz]]
[[PERSON:Kwame]]: Thanks. Also rent is paid, sent to your account [[ID_NUMBER:31926819]] like before""",
    """Adviser [[PERSON:Ruth]]: Hello, you're through to the housing advice webchat. Can I take your name and postcode?
Visitor: [[PERSON:Aminata Sesay]], [[ZIP_CODE:E13 9AX]]
Adviser [[PERSON:Ruth]]: Thanks [[PERSON:Aminata]]. How can I help?
Visitor: landlord gave me a section 21 dated [[DATE_TIME:20 January 2025]], says we must leave by [[DATE_TIME:20 March]]. i have 2 kids, [[AGE:4]] and [[AGE:9]]
Adviser [[PERSON:Ruth]]: Was your deposit protected, and were you given a gas safety certificate?
Visitor: dont know. the address is [[ADDRESS:41 Plashet Road]], [[LOCATION:Plaistow]]
Adviser [[PERSON:Ruth]]: I'll book you a call with one of our legal aid solicitors. Best number?
Visitor: [[PHONE_NUMBER:07477 902 315]], after 3pm please""",
]

LOOKALIKE = [
    """Order #ORD-2025-118834 has shipped with DHL, tracking JD014600007742918302. Items: SKU BK-9780143127901 (paperback, ISBN 978-0-14-312790-1) and SKU HDMI-2M-BLK x2. Invoice INV-44120 dated 03/03/2025. Your router is on firmware 10.4.1.2; the previous build 10.4.0.9 had the Wi-Fi drop bug. Questions? Call our support line on 1-800-555-0199 or write to support@shopline.example. Device serial C02XK1ZPJG5H, checksum 9f86d081884c7d659a2feaa0c55ad015.""",
    """The Parkinson's clinic has moved from Nelson Mandela Boulevard to the new wing off Florence Nightingale Way, next to the Hodgkin Unit. Please bring your Alzheimer's screening form and leave Dr. Martens boots and other footwear with metal parts outside the MRI suite. Queries go to the clinic mailbox, neuro.bookings@trust.example, or extension 4410. If you are [[PERSON:Mrs. Joan Pettigrew]], your letter went to the wrong house; please ring us.""",
    """Release 2.10.4 (build 4.3.2.1) fixes the regression introduced in 10.0.0.12, where configs copied from 255.255.255.0-style templates were parsed as addresses. Commit 3f9a2c1e, request id a3e1c2d4-5b6f-4a7e-9c8d-1f2e3a4b5c6d. Issue RP-4417 was reported by [[PERSON:Mahsa Farahani]]; thanks to [[USERNAME:mfarahani]] for the patch. Benchmarks: 1.2.3.4 ms p50 is a typo in the old notes, it was 1.23 ms.""",
    """شماره سفارش شما ۴۸۲۹۱۰۳۷ است و کود رهگیری بسته AF-KBL-20931-77 می‌باشد. بسته از گدام سرک شهید احمد شاه مسعود فرستاده شد و تا سه روز کاری به نمایندگی [[LOCATION:کابل]] می‌رسد. برای معلومات بیشتر با شماره دفتر مرکزی ۰۲۰۲۲۰۱۰۱۰ تماس بگیرید یا به info@parcel-af.example ایمیل بفرستید. گیرنده: [[PERSON:رحیم الله صافی]]. شماره فاکتور INV-1403-5521 را نگه دارید.""",
    """Statement reference 4417-2201-9930-1182 is not your card number. Standing order SO-2291-44 to Greenfield Housing will run on the 1st of each month; sort code 20-45-77, BIC BARCGB22, and the payee's company line 0345 300 0000 are shown for your records. Your account ending 7731 remains open. Any questions, [[PERSON:Mr. Tobias Grant]], reply to this secure message.""",
    """Neonatal summary: Apgar 8 and 9, Glasgow Coma Scale not applicable, Down syndrome screen low risk, no signs of Erb's palsy. Mother's Rh status negative; anti-D given per protocol 7.2.1. Kaplan-Meier survival figures in the leaflet refer to adults only. Father on record: [[PERSON:Ravi Menon]], mobile [[PHONE_NUMBER:07781 440 962]]. Ward extension 2210; bed 14.""",
    """Form I-589 (edition 01/20/25) must be filed within one year of the last arrival; see 8 CFR 208.4(a)(2) and section 208(a)(2)(B) of the INA. Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018) was vacated in 2021. The filing fee table, revision 4.1.0, lists $0 for asylum. Receipt notices begin with IOE, e.g. IOE0912345678. Prepared by [[PERSON:Luz Marina Ortega]], accredited representative, EOIR ID [[ID_NUMBER:LO882104]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind121", STYLES, OUT)


if __name__ == "__main__":
    main()
