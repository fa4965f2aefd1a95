"""Build tests/data/blind58.jsonl: a fifty-eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind58.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the STYLES dict and main(), copied here);
gold_sets.py in full; lines 1-64 of make_handwritten.py (conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl set, any
other make_*.py (nor the record lists of make_blind22.py), git history, log
or status (`git status --short | head -0` was run once by mistake, its output
discarded: nothing read, nothing changed). The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length; the Italian IBANs carry a right
CIN and the Spanish ones right control digits (`gold_sets.check` re-checks
cards and IBANs). National ids with a public check digit were given a valid
one with hand-run throwaway code while writing (nothing is generated here):
NHS number, Canadian SIN, Aadhaar (Verhoeff), Italian codice fiscale (built
from the holder's name, birth date, sex and comune where they show),
Romanian CNP (sex, birth date and county agreeing with the record), Singapore
NRIC / FIN, South African ID (sex and birth date agreeing), Australian TFN
and Medicare number, Irish PPSN, Dutch BSN, Spanish DNI and NIE, Brazilian
CPF, Polish PESEL, Swedish personnummer, NZ IRD number, Ontario health
number, the US NPI, the company ABN (unlabeled) and the ISBN-13 look-alikes.
UK driving licence numbers follow the DVLA layout from the holder's surname
and birth date. Not checked: UK NI numbers, US SSNs, passports, US and other
licences, plates, bank account numbers, Kenyan ids and KRA PINs, Nigerian
NIN and BVN, PAN, SSS, staff, student, member, patient, loyalty and
frequent-flyer numbers.

Styles (ids `blind58-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Nigeria, Ghana, Kenya, South Africa, Singapore, the Philippines and others,
with names from the many cultures living there); 23 are in Italian (13) and
Romanian (10):
- `bench` (100): 36 in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences: names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, cards with CVV and
  expiry, IBAN / BIC, SSNs; 3 Italian), 31 in the manner of
  gretel-pii-masking-en-v1 (claims, loan and enrolment forms, contracts,
  notices, discharge and lab reports, summons, statements; 2 Italian, 2
  Romanian) and 33 in the manner of Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / .env config, code and test fixtures, HL7, GraphQL, HTTP, commits,
  tickets and forms; 2 Romanian).
- `gen` (90): one to four LLM-style sentences with personal data woven in;
  41 on logistics, parcel delivery, travel bookings, airlines and hotels,
  the rest spread over banking, insurance, health, pharmacy, legal, schools,
  HR and payroll, retail, telecoms, government, lettings, gaming, social
  media, tech support, gyms, vets, charities, churches and more; names at
  the start, middle and end, lowercase and possessive; 5 Italian, 4 Romanian.
- `table` (35): one small labeled table per record (CSV, semicolon CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names and non-PII columns, header rows unlabeled; 2
  Italian, 1 Romanian.
- `chat` (8): support chats, a family thread, a team channel, a hotel
  concierge chat, airline DMs, a marketplace chat and an HR / finance
  thread; 1 Romanian.
- `lookalike` (7): texts full of order / tracking / invoice references,
  SKUs, ISBNs, IP-shaped versions, hashes, UUIDs, serials, MACs, company
  phones, role mailboxes, eponyms and streets named after people without a
  number, with the few real PII values labeled; one has no PII at all; 1
  Italian.

Labeling conventions: those of make_blind22.py, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or clock time said with the date is inside the span, a time or weekday
  alone is not; not bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MACs,
  sort codes, BSB, BIC, routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company phones
  and role mailboxes, versions, hashes, serials, partial numbers, pets,
  eponyms and brands named after people, header rows.
- Calls made while writing this set, in the same spirit:
  - the dates of a person's flight, hotel stay, delivery or collection slot,
    car-hire pick-up, lease start, gym joining date, gift or ticket opened
    are DATE_TIME; invoice issue and due dates, statement transaction dates,
    shipment ETAs and document expiry dates (a passport ExpireDate, like a
    card expiry) are not;
  - a log, session, commit or ticket timestamp is DATE_TIME when its line
    records what a named person or their account did (login, commit, card
    declined, ticket opened); timestamps of system events (health probes,
    cache, anonymous brute-force attempts) are not; every IP address is
    IP_ADDRESS, private and attackers' ones included;
  - frequent-flyer, hotel rewards, railcard, loyalty, health-plan, health
    card, provider (NPI, dentist) numbers, badge numbers and driver CPC
    cards are ID_NUMBER; e-ticket numbers, PNRs, AWBs, waybills, collection
    codes, VINs, API keys, cookies and tokens, VAT / ABN / Partita IVA are
    not;
  - honorifics outside TITLE_IN_NAME (Sig.ra, Dott.ssa, dna, domnule, dr.,
    mr., mrs, Señor, Rabbi, Revd., MR / MS / MRS in airline name fields, an
    XML NamePrefix, a "title" JSON field) are marked TITLE by hand; family
    words (Grandma, Gran, Uncle) stay outside; surname-first names split by
    a comma, slash or HL7 caret are separate PERSON spans, a contiguous
    full name is one span; chat speakers' names and an agent's signed
    initials are PERSON, chat handles are USERNAME;
  - a "nationality" column or field is NRP, an "ethnicity" or "religion"
    field is NRP; a "country", "state", "province", "depot" or "branch"
    column naming a place is LOCATION; two-letter country codes are not;
  - a unit or flat given alone ("unit 3", an "Apt 2A" column) is ADDRESS;
    a company's street address is ADDRESS like any other; port and depot
    cities are LOCATION; streets named without a number are not labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind58.jsonl")

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """[[PERSON:Kassandra Wolff-Hegarty]], our Senior Logistics Coordinator, will oversee the reshipment of crates to [[ADDRESS:8830 Brennan Causeway]], [[ADDRESS:Suite 412]], [[LOCATION:Lake Elmira]], [[LOCATION:Kansas]] [[ZIP_CODE:66212-4071]]. Please send the access log for [[IP_ADDRESS:203.118.47.92]] and the MAC a4:5e:60:d2:19:8b to her before [[DATE_TIME:05/29/2026]].""",
    """Reminder: account [[ID_NUMBER:58214739]] held by [[PERSON:Mx. Ellery Banda]] will be debited £1,204.55 on [[DATE_TIME:14th October]]. Use card [[CREDIT_CARD:4539148803436467]] (CVV 381, exp 09/27) if the direct debit fails.""",
    """Patient [[PERSON:Dorian Achterberg]], [[AGE:58]] years, male, height 181cm, presented to Ward 7 at [[DATE_TIME:3:45 PM on 2023-11-08]]. Contact his partner at [[PHONE_NUMBER:+31 6 48120937]] or write to [[EMAIL_ADDRESS:dorian.achterberg@kpnmail.nl]].""",
    """Username [[USERNAME:Rosalind_Hettinger88]] changed the password to 'Vq7#pLm2x!' from [[IP_ADDRESS:2a02:c7c:5d31:8e00:9c2e:11ff:fe4b:7a20]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36.""",
    """Hi [[PERSON:Jovani]], as the Dynamic Branding Strategist for the [[LOCATION:Buckinghamshire]] office you need to verify IBAN [[IBAN_CODE:GB55BARC20451773018266]] and BIC BARCGB22 before the vendor payment of 2,340.00 GBP goes out.""",
    """Our records show [[PERSON:Ms. Aurelia Chukwu]] (DOB: [[DATE_TIME:July 7, 1962]]) lives at [[ADDRESS:57 Cromwell Heights]], [[ADDRESS:Apt. 9]], [[LOCATION:Greenwich]], [[LOCATION:Greater London]], [[ZIP_CODE:SE10 8AB]]. Her vehicle VRM is [[ID_NUMBER:KX68 BZR]] and the VIN is 1HGCM82633A004352.""",
    """[[PERSON:Fernando]], aged [[AGE:34]], gender Non-binary, is requesting access to server [[IP_ADDRESS:10.48.212.7]] for the Product Accounts Officer role in the Identity area.""",
    """Please ship the replacement router to [[PERSON:Yolanda Mbatha]] at [[ADDRESS:Unit 5, 19 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]; she can be reached on [[PHONE_NUMBER:+27 82 419 6603]] between 9 and 5.""",
    """[[PERSON:Dr. Ignatius Fairweather-Obi]], Chief Research Liaison, has PIN 4417 and SSN [[US_SSN:614-29-8813]]; his salary will go to account [[ID_NUMBER:000123998471]] with routing number 021000021.""",
    """On [[DATE_TIME:12/04/1987]], [[PERSON:Siddharth]] was born in [[LOCATION:Udaipur]]. He now lives at [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]], and his Aadhaar is [[ID_NUMBER:6824 0571 3993]].""",
    """Job applicant [[PERSON:Octavia Reyes-Lindqvist]] (username [[USERNAME:oreyes.l]], password Summer2024!!) listed her previous employer as Kuhn - Treutel and her job type as Coordinator; eye colour Amber, height 170 cm.""",
    """Dear [[PERSON:Mr. Thaddeus Okafor]], your card [[CREDIT_CARD:3714 520988 56333]] (issuer: American Express, CVV 4412) was declined at [[DATE_TIME:21:14 on 02/09/2024]] at a merchant in [[LOCATION:Enugu]].""",
    """[[PERSON:Bao Tran]] starts as Investor Applications Engineer; her laptop MAC is 3c:22:fb:91:0e:44, her desk phone is ext. 4471 and her personal mobile is [[PHONE_NUMBER:(+1) 408-772-0193]].""",
    """Ship to: [[PERSON:Agnieszka Nowak]], [[ADDRESS:ul. Długa 44/12]], [[ZIP_CODE:00-238]] [[LOCATION:Warszawa]], [[LOCATION:Poland]]. PESEL [[ID_NUMBER:89110304820]] is required by the courier for the customs declaration.""",
    """[[PERSON:Wilhelmina]] from the [[LOCATION:Orange County]] billing team flagged a duplicate charge of 89.99 EUR on IBAN [[IBAN_CODE:DE92 5001 0517 0648 2917 34]]; the account name is Savings Account and the amount was reversed.""",
    """Meeting with [[PERSON:Lavinia Ashcombe]] at 10:15 to discuss the Regional Integration Designer vacancy; her ZIP is [[ZIP_CODE:97205]] and she is in [[LOCATION:Multnomah County]].""",
    """[[PERSON:Caoimhe Delacroix]], your verification code was sent to [[PHONE_NUMBER:+44 113 322 8457]]; if you did not request it, your account [[USERNAME:cdelacroix_77]] may be at risk. Last login: [[DATE_TIME:2024-02-19T07:31:05Z]] from [[IP_ADDRESS:81.2.69.160]].""",
    """Hello [[PERSON:Rajesh Venkataraman]], we have received your payment of ₹18,500 by card [[CREDIT_CARD:6011 0049 2277 3185]]. The receipt went to [[EMAIL_ADDRESS:rajesh.v@rediffmail.com]] and a printed copy to [[ADDRESS:Door No. 12-4-88, Ramnagar]], [[LOCATION:Visakhapatnam]].""",
    """The [[LOCATION:West Yorkshire]] payroll for [[PERSON:Ms. Philippa Grange-Osei]] (Direct Web Producer, Mobility) is paid to [[IBAN_CODE:GB29 LOYD 3096 2542 1987 31]]; her secondary address is [[ADDRESS:Flat 4B]], [[ADDRESS:221 Wakefield Road]], [[LOCATION:Huddersfield]] [[ZIP_CODE:HD5 9AQ]].""",
    """[[PERSON:Emerson]] is [[AGE:61]] and identifies as Male; his ZIP code is [[ZIP_CODE:30518-2214]], he lives on [[ADDRESS:412 Buford Hwy]] in [[LOCATION:Gwinnett County]], and his login from [[IP_ADDRESS:98.204.33.17]] was flagged on [[DATE_TIME:March 30th, 2024]].""",
    """Congratulations [[PERSON:Ngozi Adichie-Bello]]! Your application for the Human Metrics Analyst position has moved forward. Please upload a scan of your passport ([[ID_NUMBER:A10472839]]) and confirm your date of birth, [[DATE_TIME:30-Jun-1995]].""",
    """Wire 4,120.00 USD from account [[ID_NUMBER:7788012934]] to [[PERSON:Leopold Sandoval]], IBAN [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]], BIC CAIXESBBXXX, reference INV 99821.""",
    """The device with MAC 00:1B:44:11:3A:B7 and IP [[IP_ADDRESS:192.168.14.201]] belongs to [[PERSON:Talulah]], who uses the account [[USERNAME:talulah.winters]]; her browser is Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0.""",
    """[[PERSON:Augustin Mbeki]], born [[DATE_TIME:1979/11/03]], [[AGE:44]] years old, [[NRP:South African]], works as Forward Tactics Agent at Romaguera Group and keeps a Mastercard [[CREDIT_CARD:5412-7590-0331-8278]] expiring 11/26.""",
    """Delivery for [[PERSON:Mrs. Constance Ferreira-Hale]]: building [[ADDRESS:87]], [[ADDRESS:Marlow Crescent]], [[ADDRESS:Floor 3]], [[LOCATION:Reading]], [[LOCATION:Berkshire]] [[ZIP_CODE:RG2 7FE]]. Leave with reception; call [[PHONE_NUMBER:0118 496 2270]] if closed.""",
    """In accordance with company policy, [[PERSON:Idris Okoro]] (Staff ID [[ID_NUMBER:HR-77120]]) must complete the security training by Friday; his access from [[IP_ADDRESS:172.16.254.3]] will otherwise be suspended.""",
    """Our client [[PERSON:Mirela Dragomir]] requested her statement for card [[CREDIT_CARD:4147 2099 3518 0268]] be mailed to [[ADDRESS:PO Box 7731]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3K 5J4]], not to her home.""",
    """[[PERSON:Sunil]], the interview with the Chief Quality Manager has been rescheduled to [[DATE_TIME:Thursday, 7 November 2024, 15:30]]. Please bring the signed form and your NI number ([[ID_NUMBER:NX 61 84 27 D]]).""",
    """The vehicle with registration [[ID_NUMBER:WX21 HVE]] and VIN WVWZZZ1KZAW000123 is registered to [[PERSON:Ashleigh Mahoney]], [[ADDRESS:16 Coronation Street]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 4QS]].""",
    """Attention [[PERSON:Bartholomew]]: the [[LOCATION:Vermont]] tax office needs the last four of your SSN (7719) and your full name as it appears on your licence, plus your phone [[PHONE_NUMBER:802-448-3170]].""",
    """[[PERSON:Hoang Minh Chau]]'s new username is [[USERNAME:hmchau_1998]] and her recovery email is [[EMAIL_ADDRESS:chau.hoangminh98@yahoo.com.vn]]; she requested access from [[IP_ADDRESS:113.161.72.90]].""",
    """Dear [[PERSON:Prof. Evander Makgoba]], your conference fee of 350 ZAR was charged to the card [[CREDIT_CARD:4005520018739460]]; the hotel at [[ADDRESS:22 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]] has your booking from [[DATE_TIME:2 October]].""",
    """[[PERSON:Kalani Akana]] logged in from [[IP_ADDRESS:66.8.147.22]] at 02:13 with user agent Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0 and changed her address to [[ADDRESS:45-170 Kamehameha Hwy]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]].""",
    # Italian, in the manner of ai4privacy
    """Gentile [[PERSON:Sara Colombo]], in qualità di Responsabile Marketing della sede di [[LOCATION:Monza]], la preghiamo di verificare l'IBAN [[IBAN_CODE:IT83K0306909606100000047291]] e l'indirizzo IP [[IP_ADDRESS:93.44.170.212]] entro il [[DATE_TIME:12/03/2025]]. Codice fiscale: [[ID_NUMBER:CLMSRA96B48F205D]].""",
    """Il paziente [[PERSON:Giuseppe Russo]], [[AGE:66]] anni, residente in [[ADDRESS:Via Libertà 171]], [[ZIP_CODE:90143]] [[LOCATION:Palermo]] ([[LOCATION:PA]]), ha fornito il numero [[PHONE_NUMBER:+39 091 624 8813]] e la carta [[CREDIT_CARD:4921 8022 7710 5539]] con CVV 207.""",
    """L'utente [[USERNAME:fede_romano83]] ha effettuato l'accesso da [[IP_ADDRESS:151.38.204.19]] con Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) il [[DATE_TIME:21 giugno 2024 alle 23:02]]; nome registrato: [[PERSON:Federica Romano]], nata a [[LOCATION:Firenze]].""",

    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """AUTO INSURANCE CLAIM - FIRST NOTICE OF LOSS
Claim No.: CLM-2024-0488172
Policyholder: [[PERSON:Brenda K. Hollister]]
Date of Birth: [[DATE_TIME:04/17/1971]]
Address: [[ADDRESS:2291 Foxhall Lane]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40503]]
Phone: [[PHONE_NUMBER:(859) 402-7716]]
Driver's License: [[US_DRIVER_LICENSE:H04718229]] (KY)
Vehicle: 2018 Subaru Outback, VIN 4S4BSANC5J3281104, plate [[ID_NUMBER:482 JTK]]
Date/Time of Loss: [[DATE_TIME:03/02/2024 17:40]]
Description: Insured was stopped at a red light at Nicholasville Rd and Reynolds Rd when struck from behind by a vehicle driven by [[PERSON:Marcus Tillery]] (other carrier policy SF-77120934).""",
    """Personal Loan Application
Applicant: [[PERSON:Nnamdi Obi-Kalu]]
SSN: [[US_SSN:471-62-0938]]
Employer: Cardinal Health (Senior Pharmacist, 6 yrs)
Annual income: $128,400
Residence: [[ADDRESS:1508 Winding Creek Dr]], [[LOCATION:Dublin]], [[LOCATION:OH]] [[ZIP_CODE:43016]]
Checking account: [[ID_NUMBER:4410082736]] (routing 044000037)
Co-applicant: [[PERSON:Ifeoma Obi-Kalu]], DOB [[DATE_TIME:1986-09-30]]
Signed electronically on [[DATE_TIME:2024-05-14]] from IP [[IP_ADDRESS:24.96.133.58]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Margaret]] ("[[PERSON:Peggy]]") [[PERSON:O'Donoghue]]
MRN: [[ID_NUMBER:MRN-00481726]]
DOB: [[DATE_TIME:02-Feb-1944]] (Age: [[AGE:80]])
Admitted: [[DATE_TIME:11-Mar-2024]]    Discharged: [[DATE_TIME:16-Mar-2024]]
Attending: [[PERSON:Dr. Samuel Adeyemi-Roberts]]
Diagnosis: Community-acquired pneumonia, right lower lobe. Completed 5 days of IV co-amoxiclav.
Plan: Follow-up with GP [[PERSON:Dr. Hannah Whitlock]] within 7 days; public health nurse to visit [[ADDRESS:4 Orchard Close]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 C6F2]].""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:1 August 2024]] between Harbourline Freight Pty Ltd (ABN 77 824 175 036) ("the Employer") and [[PERSON:Tomasi Vainikolo]] of [[ADDRESS:12/7 Kembla Street]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]] ("the Employee").
1. Position: Warehouse Supervisor, commencing [[DATE_TIME:19 August 2024]].
2. Remuneration: $78,500 per annum paid fortnightly into BSB 062-000, account [[ID_NUMBER:1092 4417]].
3. Tax File Number: [[ID_NUMBER:451 290 372]].
4. Probation: six months.""",
    """NOTICE TO VACATE
To: [[PERSON:Darius Farahani]] and [[PERSON:Leila Farahani]]
Premises: [[ADDRESS:Apartment 3C, 410 East 82nd Street]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10028]]
You are hereby notified that your month-to-month tenancy of the above premises will terminate on [[DATE_TIME:September 30, 2024]], and you are required to surrender possession on or before that date.
Landlord: Yorkville Holdings LLC, by [[PERSON:Ruth Abramowitz]], Managing Agent, (212) 555-0100 ext. 4
Dated: [[DATE_TIME:June 28, 2024]]""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: [[PERSON:Consuelo Ibarra]]    Member ID: [[ID_NUMBER:XWP884120375]]    Group: 0048812
Patient: [[PERSON:Diego Ibarra]] (dependent, age [[AGE:9]])
Date of service: [[DATE_TIME:01/22/2024]]
Provider: [[PERSON:Anita Raghavan]], MD - Pediatric Allergy
Billed: $412.00    Allowed: $188.50    Plan paid: $150.80    You owe: $37.70""",
    """WORKPLACE INCIDENT REPORT
Employee: [[PERSON:Priyanka Chettiar]]    Employee ID: [[ID_NUMBER:EMP-30917]]
Location: Cold Store B, [[ADDRESS:Unit 14, Hams Hall Distribution Park]], [[LOCATION:Coleshill]] [[ZIP_CODE:B46 1GA]]
Date/time of incident: [[DATE_TIME:Tue 09/07/2024 03:20]]
Nature of injury: laceration to left forearm from pallet strapping
Witness: [[PERSON:Gheorghe Lungu]] (agency picker)
Supervisor notified: [[PERSON:Shaun Mackie]], [[PHONE_NUMBER:07830 214 557]]""",
    """IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF [[LOCATION:JOHANNESBURG]]
Case No. 2024/CR/04417
SUMMONS TO AN ACCUSED
To: [[PERSON:Sipho Mandla Khumalo]], ID No. [[ID_NUMBER:760302 6115 083]], born [[DATE_TIME:2 March 1976]], of [[ADDRESS:1147 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]].
You are summoned to appear before this court on [[DATE_TIME:15 October 2024 at 09:00]] to answer a charge of driving without a valid licence.""",
    """ACCOUNT OPENING - KNOW YOUR CUSTOMER
Customer name: [[PERSON:Mercy Wambui Njoroge]]; National ID: [[ID_NUMBER:31287406]]; KRA PIN: [[ID_NUMBER:A009218374K]]; Mobile: [[PHONE_NUMBER:+254 711 403 928]]; Physical address: [[ADDRESS:House 22, Riara Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]; Postal address: [[ADDRESS:P.O. Box 48213]]-[[ZIP_CODE:00100]]; Occupation: secondary school teacher; Source of funds: salary.""",
    """Referral letter - [[DATE_TIME:14.08.2024]]
Dear [[PERSON:Dr. Kulkarni]],
Kindly see [[PERSON:Mrs. Shobha Iyer]], [[AGE:63]] F, UHID [[ID_NUMBER:AIIMS-2208-4471]], for evaluation of exertional dyspnoea of three months' duration. ECG shows old inferior changes. She is on metformin and telmisartan. Her son [[PERSON:Karthik]] ([[PHONE_NUMBER:98450 11237]]) will accompany her.
Regards, [[PERSON:Dr. Anand Rao]]""",
    """NOTICE OF DISCONNECTION
Account holder: [[PERSON:Earl Whitaker Jr.]]
Service address: [[ADDRESS:77 Pine Hollow Rd]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]]
Account number: [[ID_NUMBER:3300-4418-920]]
Amount past due: $318.44
Unless payment is received, electric service at this address will be disconnected on or after [[DATE_TIME:November 12, 2024]]. Call 1-800-555-0199 to arrange a payment plan.""",
    """CONTINUING POWER OF ATTORNEY FOR PROPERTY
I, [[PERSON:Agnes Mary Kowalewski]], of [[ADDRESS:31 Birchwood Avenue]], [[LOCATION:Hamilton]], [[LOCATION:Ontario]] [[ZIP_CODE:L8S 2K4]], born [[DATE_TIME:March 3, 1939]], SIN [[ID_NUMBER:130 628 845]], appoint my son [[PERSON:Gregory Kowalewski]] to be my attorney for property.
Signed at [[LOCATION:Hamilton]] on [[DATE_TIME:10 May 2024]].
Witness: [[PERSON:Farida Haque]], [[ADDRESS:118 King Street West]], [[LOCATION:Hamilton]].""",
    """VEHICLE HIRE AGREEMENT
Hirer: [[PERSON:Kieran Maguire]], DOB [[DATE_TIME:22/06/1990]], licence no. [[ID_NUMBER:MAGUI906220KM9AB]]
Address: [[ADDRESS:5 Tennyson Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3RS]]
Vehicle: Ford Transit Custom, reg [[ID_NUMBER:YT23 OKP]]
Hire period: [[DATE_TIME:03/08/2024]] to [[DATE_TIME:10/08/2024]]
Deposit card: [[CREDIT_CARD:5204 7382 9164 0058]]
Excess: £1,250""",
    """STUDENT ENROLLMENT FORM
Student: [[PERSON:Amani Jefferson]]    Grade: 7    DOB: [[DATE_TIME:05/11/2012]]    Student ID: [[ID_NUMBER:700418823]]
Parent/Guardian: [[PERSON:Tasha Jefferson]], [[PHONE_NUMBER:(404) 815-2239]], [[EMAIL_ADDRESS:tasha.jeff@gmail.com]]
Home address: [[ADDRESS:902 Ralph David Abernathy Blvd SW]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30310]]
Medical: peanut allergy, EpiPen kept in the nurse's office.""",
    """BILL OF LADING No. MAEU 214883017
Shipper: Kestrel Components Co., Ltd., [[ADDRESS:No. 88 Yinxian Avenue]], [[LOCATION:Ningbo]]
Consignee: [[PERSON:Hamid Rezaei]], [[ADDRESS:Apt 6, 18 Ferry Road]], [[LOCATION:Leith]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 4AE]]
Notify party: same as consignee, tel. [[PHONE_NUMBER:+44 7700 184 226]]
Port of loading: [[LOCATION:Ningbo]]    Port of discharge: [[LOCATION:Felixstowe]]
Container: MSKU 7730418-2, 1 x 20' GP, 14 cartons household goods, 1,180 kg""",
    """HOTEL INCIDENT REPORT
Guest: [[PERSON:Ms. Yetunde Balogun]], Room 1418, arrived [[DATE_TIME:07 Apr 2024]]
At approx. 02:10 the guest reported that her handbag had been taken from a lobby sofa. Items reported: [[NRP:Nigerian]] passport no. [[ID_NUMBER:A09183746]], residence permit card, iPhone 14.
Police reference: 5224-07-04. Duty manager: [[PERSON:Florin Cazacu]].
Guest contact: [[PHONE_NUMBER:+234 809 442 1738]]""",
    """PASSENGER FEEDBACK FORM
Full name: [[PERSON:Esperanza Villalobos de la Torre]]
Frequent flyer no.: [[ID_NUMBER:IB 41208836]]
Flight: IB3166 [[LOCATION:Madrid]] - [[LOCATION:Lisbon]], [[DATE_TIME:18/05/2024]]    Seat: 14C
Contact e-mail: [[EMAIL_ADDRESS:esperanza.vdlt@telefonica.net]]
DNI: [[ID_NUMBER:48291736Q]]
Comments: my folding wheelchair was returned with a bent frame and nobody at the arrivals desk would take a report.""",
    """[[DATE_TIME:3 September 2024]]

[[PERSON:Mr. Adebayo Ogunleye]]
[[ADDRESS:Flat 7, Beacon House, 21 Wellington Street]]
[[LOCATION:Slough]]
[[ZIP_CODE:SL1 1YG]]

Mortgage account: [[ID_NUMBER:70149923-01]]

Dear [[PERSON:Mr Ogunleye]],
We have not received your monthly payments for July and August. The arrears now stand at £2,486.30. Please contact our Financial Support team on 0800 085 2211.""",
    """LABORATORY REPORT
Specimen collected: [[DATE_TIME:2024-04-03 07:55]]
Patient: [[PERSON:Kwon]], [[PERSON:Ji-yeon]]    Sex: F    Age: [[AGE:47]]    MRN: [[ID_NUMBER:004417289]]
Ordering physician: [[PERSON:Dr. R. Castellanos]]
HbA1c 7.9 % (H)    Fasting glucose 8.4 mmol/L (H)    eGFR 82""",
    """APPLICATION FOR A CERTIFIED COPY OF A DEATH RECORD
Deceased: [[PERSON:Harold James Pettigrew]]    Date of death: [[DATE_TIME:12 January 2024]]    Place of death: [[LOCATION:Dunedin]]
Applicant: [[PERSON:Susan Pettigrew]] (daughter)
Address: [[ADDRESS:48 Highgate]], [[LOCATION:Roslyn]], [[LOCATION:Dunedin]] [[ZIP_CODE:9010]]
Daytime phone: [[PHONE_NUMBER:03 477 2190]]
Fee: $33.00 paid by card""",
    """MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is entered into as of [[DATE_TIME:April 1, 2024]] by and between Lumen Arc, Inc., a [[LOCATION:Delaware]] corporation, and [[PERSON:Santiago Ruiz-Echeverría]], an individual residing at [[ADDRESS:3310 Calle Loma Vista]], [[LOCATION:San Diego]], [[LOCATION:California]] [[ZIP_CODE:92106]].
Notices to the Company shall be sent to legal@lumenarc.io; notices to the individual shall be sent to [[EMAIL_ADDRESS:s.ruiz.e@fastmail.com]].""",
    """BACKGROUND CHECK REPORT
Subject: [[PERSON:Jolene Marie Castellano]]; AKA: [[PERSON:Jolene Becker]]
SSN: [[US_SSN:533-18-4470]]    DOB: [[DATE_TIME:08/23/1983]]
Current address: [[ADDRESS:4721 N 19th Ave, Unit 210]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85015]]
Driver license: [[US_DRIVER_LICENSE:D08417729]] (AZ)
Criminal records: none found. Civil judgments: one small-claims judgment, satisfied.""",
    """DENTAL CLAIM FORM
Patient: [[PERSON:Mei-Ling Chow]], DOB [[DATE_TIME:1999/02/14]], relationship: child
Subscriber: [[PERSON:Kenneth Chow]], certificate no. [[ID_NUMBER:0012 884 771]], plan 40219
Dentist: [[PERSON:Dr. Priya Nair]], provider no. [[ID_NUMBER:412883]]
Date of service: [[DATE_TIME:2024-03-28]]    Procedure: 11101 scaling, 1 unit    Fee: $62.00""",
    """Subject: Change of bank details
Please update our bank details for all future payments. Beneficiary: [[PERSON:Okonkwo Chinedu]] (sole trader, t/a Chinedu Haulage). New IBAN: [[IBAN_CODE:GB32MIDL40051561937204]], BIC: MIDLGB22. For any questions call me on [[PHONE_NUMBER:+44 7456 903 118]].""",
    """WITNESS STATEMENT
Statement of: [[PERSON:Rhiannon Pryce]]    Age: [[AGE:27]]    Occupation: staff nurse
Address: [[ADDRESS:14 Heol y Coed]], [[LOCATION:Rhiwbina]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HQ]]
On [[DATE_TIME:Friday 12th July 2024 at about 23:30]] I was walking home along Heol Llanishen Fach when I saw a man I now know to be [[PERSON:Dylan Fothergill]] kicking the wing mirror of a parked car.""",
    """FREIGHT DAMAGE CLAIM
Claimant: [[PERSON:Jasmine Oduya]], trading as JO Ceramics
Address: [[ADDRESS:Unit 3, 40 Sidwell Street]], [[LOCATION:Exeter]] [[ZIP_CODE:EX4 6NS]]
Consignment note: 55AX 09183 7720; collected [[DATE_TIME:4 June 2024]] by driver [[PERSON:Pawel Zieliński]]
Goods: 12 hand-thrown vases, 5 arrived broken
Claim value: £640.00, to be paid to account [[ID_NUMBER:40671193]], sort code 20-45-17""",
    """HOME CARE SERVICE PLAN
Client: [[PERSON:Beatrice Amoako]]    Date of birth: [[DATE_TIME:19.01.1936]]    NHS no.: [[ID_NUMBER:601 223 8940]]
Address: [[ADDRESS:Flat 11, Rosewood Court, 2 Eden Grove]], [[LOCATION:Holloway]], [[LOCATION:London]] [[ZIP_CODE:N7 8EQ]]
Key safe code held by office. Next of kin: [[PERSON:Kojo Amoako]] (son), [[PHONE_NUMBER:07984 330 125]]
Visits: 08:00, 12:30, 17:30 and 21:00 daily; first visit [[DATE_TIME:Monday 2 September 2024]].""",
    # Italian, in the manner of gretel
    """CONTRATTO DI LOCAZIONE AD USO ABITATIVO
Il locatore [[PERSON:Davide Ricci]], nato a [[LOCATION:Genova]] il [[DATE_TIME:04/10/1990]], C.F. [[ID_NUMBER:RCCDVD90R04D969Q]], concede in locazione a [[PERSON:Chiara De Luca]], nata a [[LOCATION:Milano]] il [[DATE_TIME:05/09/2001]], C.F. [[ID_NUMBER:DLCCHR01P45F205A]], l'immobile sito in [[ADDRESS:Via Balbi 29, interno 6]], [[ZIP_CODE:16126]] [[LOCATION:Genova]], a decorrere dal [[DATE_TIME:1° novembre 2024]].
Il canone di € 750,00 mensili sarà versato sull'IBAN [[IBAN_CODE:IT65 S030 6234 2100 0000 1934 775]].""",
    """REFERTO AMBULATORIALE
Paziente: [[PERSON:Esposito Marco]]    Data di nascita: [[DATE_TIME:02/11/1979]]    C.F.: [[ID_NUMBER:SPSMRC79S02F839W]]
Residenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]]
Medico curante: [[TITLE:Dott.ssa]] [[PERSON:Valeria Conte]]
Data visita: [[DATE_TIME:18/03/2024]]
Esame obiettivo: toni validi, pause libere. PA 145/90. Si consiglia controllo tra tre mesi.""",
    # Romanian, in the manner of gretel
    """CONTRACT INDIVIDUAL DE MUNCĂ nr. 118
Încheiat astăzi, [[DATE_TIME:2 septembrie 2024]], între SC Logistic Trans Est SRL și [[PERSON:Cristian Munteanu]], domiciliat în [[LOCATION:București]], [[ADDRESS:Bd. Iuliu Maniu nr. 61, bl. 12, sc. A, ap. 34]], [[LOCATION:sector 6]], CNP [[ID_NUMBER:5010322460832]], posesor al CI [[ID_NUMBER:RX 447218]].
Salariatul va ocupa funcția de șofer livrări, începând cu [[DATE_TIME:9 septembrie 2024]], cu un salariu de bază de 4.300 lei.""",
    """BILET DE TRIMITERE
Pacient: [[PERSON:Maria Dobre]], [[AGE:65]] ani, CNP [[ID_NUMBER:2580805291174]]
Domiciliu: [[ADDRESS:Str. Gheorghe Doja nr. 8]], [[LOCATION:Ploiești]], jud. [[LOCATION:Prahova]]
Diagnostic: HTA grad II, dislipidemie
Trimis către: cardiologie
Medic: [[TITLE:dr.]] [[PERSON:Adrian Vasilescu]]    Data: [[DATE_TIME:12.06.2024]]""",

    # --- in the manner of Nemotron-PII (structured and semi-structured text) ---
    """{"customer_id": "[[ID_NUMBER:C-0042817]]", "first_name": "[[PERSON:Hiroshi]]", "last_name": "[[PERSON:Tanabe]]", "email": "[[EMAIL_ADDRESS:h.tanabe@nifty.com]]", "phone": "[[PHONE_NUMBER:+81-90-4418-2270]]", "dob": "[[DATE_TIME:1977-05-09]]", "address": {"street": "[[ADDRESS:2-14-8 Kichijoji Honcho]]", "city": "[[LOCATION:Musashino]]", "prefecture": "[[LOCATION:Tokyo]]", "postcode": "[[ZIP_CODE:180-0004]]"}, "tier": "gold", "marketing_opt_in": false}""",
    """[[DATE_TIME:2024-07-02T14:03:11.882Z]] INFO  auth.login      user=[[USERNAME:mgarcia42]] ip=[[IP_ADDRESS:172.31.9.204]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" result=success
[[DATE_TIME:2024-07-02T14:03:59.120Z]] WARN  payments.card   user=[[USERNAME:mgarcia42]] card=************4417 status=declined reason=insufficient_funds
[[DATE_TIME:2024-07-02T14:05:40.007Z]] INFO  profile.update  user=[[USERNAME:mgarcia42]] field=phone old=*** new=[[PHONE_NUMBER:+1 (210) 718-4402]]
2024-07-02T14:05:40.311Z DEBUG cache.evict     key=profile:88213 ttl=0""",
    """INSERT INTO patients (mrn, family_name, given_name, dob, sex, phone, insurance_member_id, blood_type)
VALUES ('[[ID_NUMBER:MRN778120]]', '[[PERSON:Oyelaran]]', '[[PERSON:Tunde]]', '[[DATE_TIME:1969-03-27]]', 'M', '[[PHONE_NUMBER:713-448-0915]]', '[[ID_NUMBER:UHC90418837]]', 'B+'),
       ('[[ID_NUMBER:MRN778121]]', '[[PERSON:Nakamura]]', '[[PERSON:Emi]]', '[[DATE_TIME:2001-12-02]]', 'F', '[[PHONE_NUMBER:832-207-3361]]', '[[ID_NUMBER:BCB22091174]]', 'O-');""",
    """<employee id="[[ID_NUMBER:E20418]]">
  <name><given>[[PERSON:Henrik]]</given><family>[[PERSON:Lindqvist]]</family></name>
  <personnummer>[[ID_NUMBER:850712-4439]]</personnummer>
  <email>[[EMAIL_ADDRESS:henrik.lindqvist@telia.com]]</email>
  <phone type="mobile">[[PHONE_NUMBER:070-418 22 93]]</phone>
  <address><street>[[ADDRESS:Sveavägen 44]]</street><zip>[[ZIP_CODE:111 34]]</zip><city>[[LOCATION:Stockholm]]</city></address>
  <department>Customs Brokerage</department>
  <startDate>[[DATE_TIME:2019-04-01]]</startDate>
</employee>""",
    """# config/alerts.yaml
smtp:
  host: smtp.eu.mailgun.org
  port: 587
  user: postmaster@alerts.kestrelfreight.com
  password: "pD8!xq2Lr9#w"
escalation:
  primary:
    name: [[PERSON:Bartholomew Nwachukwu]]
    email: [[EMAIL_ADDRESS:bart.nwachukwu@kestrelfreight.com]]
    github: [[URL:https://github.com/bnwachukwu]]
    mobile: "[[PHONE_NUMBER:+44 7712 093 448]]"
  secondary:
    name: [[PERSON:Ilse de Wit]]
    email: [[EMAIL_ADDRESS:ilse.dewit@kestrelfreight.com]]
    mobile: "[[PHONE_NUMBER:+31 6 21 44 80 17]]"
pagerduty_key: 9f3c1a7e44b0d2c8e1f6a5b3""",
    """# TODO(remove before merge): hard-coded fixture for Rosa's refund bug
TEST_CUSTOMER = {
    "name": "[[PERSON:Rosa Quintanilla]]",
    "ssn": "[[US_SSN:522-70-4183]]",
    "card_number": "[[CREDIT_CARD:5301276488102931]]",
    "cvv": "118",
    "exp": "04/28",
    "billing_zip": "[[ZIP_CODE:80219]]",
}
assert refund(TEST_CUSTOMER, amount=42.10).status == "ok"  # asked [[PERSON:rosa]] on slack, she's fine with it""",
    """Ticket INC0091847 | Priority: P3 | Opened: [[DATE_TIME:2024-09-12 08:14]] | Queue: EUC-London
Requester: [[PERSON:Gwendolyn Achebe]] <[[EMAIL_ADDRESS:gwen.achebe@northwindlogistics.com]]>, ext. 3319
Asset: LT-4471 (Dell Latitude 7440), hostname LON-LT-4471, IP [[IP_ADDRESS:10.20.44.131]], MAC F4:8E:38:1A:7C:02
Description: User cannot connect to VPN since her password reset this morning. Error 809. Her manager [[PERSON:Tobias Ekwueme]] says she needs access before the 11:00 carrier call.
Resolution: pending""",
    """[[IP_ADDRESS:88.152.4.17]] - [[USERNAME:jkowalski]] [[[DATE_TIME:12/Mar/2024:10:14:22 +0000]]] "GET /account/orders?page=2 HTTP/1.1" 200 5123 "https://shop.example.net/account" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:88.152.4.17]] - [[USERNAME:jkowalski]] [[[DATE_TIME:12/Mar/2024:10:14:31 +0000]]] "POST /account/address HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:10.0.3.8]] - - [12/Mar/2024:10:14:33 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """{
  "order_id": "SO-2024-118830",
  "status": "out_for_delivery",
  "carrier": "DHL Express",
  "tracking": "JD014600006281940117",
  "recipient": {
    "name": "[[PERSON:Aaliyah Brooks-Mensah]]",
    "phone": "[[PHONE_NUMBER:+1 312 904 5517]]",
    "email": "[[EMAIL_ADDRESS:aaliyahbm@icloud.com]]",
    "address_line1": "[[ADDRESS:1550 N Lake Shore Dr]]",
    "address_line2": "[[ADDRESS:Apt 22F]]",
    "city": "[[LOCATION:Chicago]]",
    "state": "[[LOCATION:IL]]",
    "postal_code": "[[ZIP_CODE:60610]]"
  },
  "delivery_window": "[[DATE_TIME:2024-11-21 12:00-16:00]]",
  "signature_required": true
}""",
    """From: [[PERSON:Kenji Watanabe]] <[[EMAIL_ADDRESS:kenji.watanabe@ryokan-hanaya.jp]]>
To: reservations@hotel-aurora.example
Date: [[DATE_TIME:Mon, 4 Mar 2024 09:12:44 +0900]]
Subject: Re: Group booking HX-2291

Dear reservations team,
Please find our guest list below. [[PERSON:Ms. Sato Yuki]] will arrive late on [[DATE_TIME:14 May, around 23:00]]; [[PERSON:Mr. Okada]] will need an accessible room.
Payment by corporate card. My direct line is [[PHONE_NUMBER:+81 3-5412-7780]].
Best regards, [[PERSON:Kenji]]""",
    r"""MSH|^~\&|EPIC|STMARY|LAB|STMARY|202403150912||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:448812]]^^^STMARY^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIDI]]^[[PERSON:A]]||[[DATE_TIME:19810412]]|M|||[[ADDRESS:22 BRIDGE ST]]^^[[LOCATION:LOWELL]]^[[LOCATION:MA]]^[[ZIP_CODE:01852]]||[[PHONE_NUMBER:(978)441-0192]]|||M||[[ID_NUMBER:90014472]]|[[US_SSN:031-58-7724]]
PV1|1|O|CARD^204^1|||||[[ID_NUMBER:1548823909]]^[[PERSON:LEVINE]]^[[PERSON:RACHEL]]^^^DR""",
    """# .env.production  (DO NOT COMMIT)
DATABASE_URL=postgres://app:Xk29vq!@db.internal:5432/bookings
STRIPE_SECRET_KEY=sk_live_51Hq2kLm9xPq0z7Yb3nR8
SUPPORT_INBOX=help@wanderlane-travel.com
OWNER_NAME="[[PERSON:Marguerite Oyelowo]]"
OWNER_EMAIL=[[EMAIL_ADDRESS:marguerite@oyelowo.me]]
OWNER_PHONE=[[PHONE_NUMBER:+447511880942]]
BILLING_CARD=[[CREDIT_CARD:4319400182753608]]
ALLOWED_ADMIN_IPS=[[IP_ADDRESS:82.132.219.40]],[[IP_ADDRESS:2a00:23c6:9b1e:4d01::1f]]""",
    """commit 4e9a1c7b2f0d8e6a3b5c9d1e7f2a4b6c8d0e1f3a
Author: [[PERSON:Anneliese Brandt]] <[[EMAIL_ADDRESS:a.brandt@posteo.de]]>
Date:   [[DATE_TIME:Tue Mar 5 14:22:10 2024 +0100]]

    Fix customs form for DE->CH shipments

    Reported by [[PERSON:Luca Bernasconi]] (customer no. [[ID_NUMBER:CH-220871]]); his shipment to
    [[ADDRESS:Bahnhofstrasse 12]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]] failed validation.""",
    """PATIENT INTAKE FORM
Name: [[PERSON:Harjit Kaur Dhillon]]        Date of birth: [[DATE_TIME:17 Aug 1972]]        Age: [[AGE:52]]
Gender: Female        Blood type: A+        Religion: [[NRP:Sikh]]        Ethnicity: [[NRP:Punjabi]]
Address: [[ADDRESS:67 Scotland Road]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 2R7]]
Health card: [[ID_NUMBER:5584-102-932-KD]]        Family physician: [[PERSON:Dr. Olu Akinwande]]
Emergency contact: [[PERSON:Manjit Dhillon]] (husband) [[PHONE_NUMBER:905-451-7720]]
Employment status: part-time        Education: diploma""",
    """{"ts":"[[DATE_TIME:2024-05-19T21:40:07+05:30]]","event":"session.start","user":{"id":"[[ID_NUMBER:U-7730192]]","username":"[[USERNAME:anjali.menon]]","email":"[[EMAIL_ADDRESS:anjali.menon91@gmail.com]]"},"client":{"ip":"[[IP_ADDRESS:2401:4900:1f3a:6c2e:b0d4:91ff:fe22:8a17]]","ua":"Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"},"cookie":"sid=8f2a9c71e0b54d3a"}""",
    """describe("checkout", () => {
  const traveller = {
    firstName: "[[PERSON:Olamide]]",
    lastName: "[[PERSON:Adebanjo]]",
    passport: "[[ID_NUMBER:B02297411]]",
    nationality: "[[NRP:Nigerian]]",
    dob: "[[DATE_TIME:1990-08-14]]",
    email: "[[EMAIL_ADDRESS:o.adebanjo@yahoo.com]]",
  };
  it("books LOS-LHR for one adult", async () => {
    const res = await book({ traveller, flight: "BA074", date: "[[DATE_TIME:2024-12-19]]" });
    expect(res.pnr).toMatch(/^[A-Z0-9]{6}$/);
  });
});""",
    """UPDATE customers
SET email = '[[EMAIL_ADDRESS:declan.moriarty@eircom.net]]',
    phone = '[[PHONE_NUMBER:087 419 2236]]',
    address1 = '[[ADDRESS:9 Strand Road]]',
    city = '[[LOCATION:Sandymount]]',
    county = '[[LOCATION:Dublin 4]]',
    eircode = '[[ZIP_CODE:D04 V2X8]]'
WHERE customer_no = '[[ID_NUMBER:IE-0091834]]';  -- requested by [[PERSON:Declan Moriarty]] on phone""",
    """Apr 18 03:12:44 bastion-1 sshd[20417]: Failed password for invalid user admin from [[IP_ADDRESS:45.141.84.120]] port 51122 ssh2
Apr 18 03:12:49 bastion-1 sshd[20417]: Failed password for invalid user oracle from [[IP_ADDRESS:45.141.84.120]] port 51140 ssh2
[[DATE_TIME:Apr 18 07:58:03]] bastion-1 sshd[20988]: Accepted publickey for [[USERNAME:dkaur]] from [[IP_ADDRESS:203.0.178.66]] port 60412 ssh2: ED25519 SHA256:q3Fz9nB0+YtE2mZ7
[[DATE_TIME:Apr 18 07:58:03]] bastion-1 systemd-logind[811]: New session 4471 of user [[USERNAME:dkaur]].""",
    """<OTA_AirBookRQ>
  <TravelerInfo>
    <AirTraveler PassengerTypeCode="ADT">
      <PersonName><NamePrefix>[[TITLE:MRS]]</NamePrefix><GivenName>[[PERSON:FIONNUALA]]</GivenName><Surname>[[PERSON:GALLAGHER]]</Surname></PersonName>
      <BirthDate>[[DATE_TIME:1958-11-23]]</BirthDate>
      <Telephone PhoneNumber="[[PHONE_NUMBER:+353 86 204 7731]]"/>
      <Email>[[EMAIL_ADDRESS:fgallagher58@gmail.com]]</Email>
      <Document DocType="P" DocID="[[ID_NUMBER:PX4418027]]" DocIssueCountry="IE" ExpireDate="2031-04-12"/>
      <CustLoyalty ProgramID="EI" MembershipID="[[ID_NUMBER:AER2205913]]"/>
    </AirTraveler>
  </TravelerInfo>
  <FlightSegment FlightNumber="EI105" DepartureDateTime="[[DATE_TIME:2024-12-20T07:35]]" ResBookDesigCode="Y"/>
</OTA_AirBookRQ>""",
    """{"reservation": {"confirmation": "HX-7741-2093", "property": "Harbour View Suites", "guest": {"title": "[[TITLE:Dr]]", "first": "[[PERSON:Amara]]", "last": "[[PERSON:Nwosu-Hill]]", "phone": "[[PHONE_NUMBER:+61 400 918 274]]", "email": "[[EMAIL_ADDRESS:amara.nh@bigpond.com]]", "loyalty": "[[ID_NUMBER:HV0088417203]]"}, "arrival": "[[DATE_TIME:2025-01-09]]", "departure": "[[DATE_TIME:2025-01-12]]", "room_type": "KNGV", "rate": 289.00, "currency": "AUD", "card": {"brand": "VISA", "last4": "5828", "token": "tok_1Px9Qe2eZvKYlo2C"}, "notes": "allergic to feathers; partner [[PERSON:Joel]] arriving separately"}}""",
    """SHIP TO:
[[PERSON:ROSALIND ACHTERBERG-FINCH]]
[[ADDRESS:APT 4]]
[[ADDRESS:1187 COLLINS AVE]]
[[LOCATION:MIAMI BEACH]] [[LOCATION:FL]] [[ZIP_CODE:33139-5021]]
TEL [[PHONE_NUMBER:305 672 0418]]
UPS GROUND   TRACKING #: 1Z 8V2 W47 03 9918 2045   WT 3.4 LBS   DIM 12x10x6
REF1: PO 55128   REF2: RMA-20931""",
    """MEMBER ENROLLMENT - HEALTH PLAN
Subscriber: [[PERSON:Luis Alberto Cárdenas]]    SSN: [[US_SSN:619-44-0281]]    DOB: [[DATE_TIME:12/09/1980]]
Member ID: [[ID_NUMBER:KPW418829103]]    Group no.: 77120-B    Plan: Silver HMO
Dependents:
  1. [[PERSON:Marisela Cárdenas]] (spouse), DOB [[DATE_TIME:03/30/1982]], member ID [[ID_NUMBER:KPW418829104]]
  2. [[PERSON:Joaquín Cárdenas]] (child), DOB [[DATE_TIME:07/15/2014]], member ID [[ID_NUMBER:KPW418829105]]
Plan year: 2025""",
    """Traceback (most recent call last):
  File "/srv/app/notify.py", line 88, in send_sms
    client.messages.create(to=user.phone, body=msg)
twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number [[PHONE_NUMBER:+2348034172290]] is not a valid phone number.
  context: user_id=[[ID_NUMBER:558201]] name='[[PERSON:Chiamaka Obi]]' email='[[EMAIL_ADDRESS:chiamaka.obi@outlook.com]]'""",
    """mutation {
  updateShippingAddress(
    customerId: "[[ID_NUMBER:cus_88127430]]",
    input: {
      fullName: "[[PERSON:Thulani Ndlovu]]",
      line1: "[[ADDRESS:41 Jorissen Street]]",
      line2: "[[ADDRESS:Unit 907, Braamfontein Centre]]",
      city: "[[LOCATION:Johannesburg]]",
      postalCode: "[[ZIP_CODE:2001]]",
      phone: "[[PHONE_NUMBER:+27 11 403 8821]]"
    }
  ) { id status }
}""",
    """CRM NOTE  acct=[[ID_NUMBER:AC-55019-22]]  agent=[[PERSON:Bronwyn Tait]]
Caller [[PERSON:Mr Hemi Paewai]] rang re: parcel not delivered to [[ADDRESS:17 Rata Street]], [[LOCATION:Naenae]], [[LOCATION:Lower Hutt]] [[ZIP_CODE:5011]]. Verified identity with DOB [[DATE_TIME:21/04/1966]] and mobile [[PHONE_NUMBER:027 318 4406]]. Driver photo shows delivery to no. 71 (wrong house). Redelivery booked for [[DATE_TIME:Thursday 14 Nov]], AM run.""",
    """[INFO] [[DATE_TIME:2024-10-02 11:04:51,220]] kyc.verify - start applicant=[[PERSON:Nomvula Zungu]] id_number=[[ID_NUMBER:9309220872085]]
[WARN] 2024-10-02 11:04:52,018 kyc.verify - dob mismatch: document=[[DATE_TIME:1993-09-22]] form=[[DATE_TIME:1993-09-12]]
[INFO] 2024-10-02 11:04:52,019 kyc.verify - routed to manual review queue=ZA-KYC-2""",
    """<?xml version="1.0" encoding="UTF-8"?>
<Shipment>
  <Waybill>7720 4418 1093</Waybill>
  <Consignee>
    <Name>[[PERSON:Khadija Benali]]</Name>
    <Street>[[ADDRESS:Rue de la Loi 155]]</Street>
    <Box>[[ADDRESS:bte 12]]</Box>
    <PostCode>[[ZIP_CODE:1040]]</PostCode>
    <City>[[LOCATION:Etterbeek]]</City>
    <Country>BE</Country>
    <Mobile>[[PHONE_NUMBER:+32 470 55 18 29]]</Mobile>
  </Consignee>
  <Pieces>2</Pieces><WeightKg>7.8</WeightKg><Incoterm>DAP</Incoterm>
</Shipment>""",
    """name,value
applicant.full_name,[[PERSON:Olivia Tupou-Havili]]
applicant.dob,[[DATE_TIME:1994-02-28]]
applicant.ird_number,[[ID_NUMBER:104-736-297]]
applicant.bank_account,[[ID_NUMBER:12-3140-0418827-00]]
applicant.employer,Fonterra
applicant.annual_income,68400
applicant.mobile,[[PHONE_NUMBER:021 774 903]]
loan.amount,15000
loan.term_months,36""",
    """def test_mask_passport():
    # real-looking values from the bug report by [[PERSON:Priyamvada Sen]] ([[EMAIL_ADDRESS:priyamvada.sen@zoho.in]])
    raw = "Passport [[ID_NUMBER:Z4471902]], PAN [[ID_NUMBER:DQRPS3318K]], Aadhaar [[ID_NUMBER:2751 9340 8624]]"
    assert mask(raw).count("*") > 20""",
    """POST /api/v2/claims HTTP/1.1
Host: claims.example-insure.com
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:109.146.72.18]]

{"claimant":{"name":"[[PERSON:Gareth Llewellyn]]","nino":"[[ID_NUMBER:PE 33 90 18 B]]","dob":"[[DATE_TIME:1969-07-04]]","postcode":"[[ZIP_CODE:SA1 8PQ]]"},"incident":{"type":"escape_of_water","date":"[[DATE_TIME:2024-01-27]]"},"bank":{"sort_code":"30-94-57","account":"[[ID_NUMBER:11830294]]"}}""",
    """driver_onboarding:
  driver_id: [[ID_NUMBER:DRV-40917]]
  legal_name: [[PERSON:Marcus Oyelaran-Bell]]
  preferred_name: [[PERSON:Marc]]
  dob: [[DATE_TIME:1988-10-02]]
  ssn_last4: "8841"
  drivers_license:
    number: [[US_DRIVER_LICENSE:Y2284017]]
    state: [[LOCATION:CA]]
  vehicle:
    make: Toyota
    model: Prius
    plate: [[ID_NUMBER:8MXT402]]
  payout:
    routing: "121000358"
    account: "[[ID_NUMBER:004417790213]]"
  background_check: clear""",
    # Romanian, in the manner of Nemotron-PII
    """{"nume": "[[PERSON:Popescu]]", "prenume": "[[PERSON:Andreea]]", "cnp": "[[ID_NUMBER:2900612430514]]", "data_nasterii": "[[DATE_TIME:12.06.1990]]", "telefon": "[[PHONE_NUMBER:+40 722 415 098]]", "email": "[[EMAIL_ADDRESS:andreea.popescu90@yahoo.ro]]", "adresa": {"strada": "[[ADDRESS:Str. Baba Novac nr. 9, bl. G4, ap. 41]]", "sector": "[[LOCATION:Sector 3]]", "oras": "[[LOCATION:București]]", "cod_postal": "[[ZIP_CODE:031622]]"}, "iban": "[[IBAN_CODE:RO34BTRL0130120567823401]]", "tip_client": "persoana fizica"}""",
    """Tichet #44182 | Deschis: [[DATE_TIME:2024-08-19 10:22]] | Categorie: livrare întârziată
Client: [[PERSON:Vlad Marinescu]], CNP [[ID_NUMBER:1790603050613]], e-mail [[EMAIL_ADDRESS:vlad.marinescu@gmail.com]], tel. [[PHONE_NUMBER:0744 318 260]]
Adresă livrare: [[ADDRESS:Str. Republicii nr. 34, ap. 7]], [[LOCATION:Oradea]], jud. [[LOCATION:Bihor]], [[ZIP_CODE:410167]]
AWB: 2398 4417 0012 | Curier: Sameday | IP comandă: [[IP_ADDRESS:86.124.51.203]]
Notă agent: clientul a fost sunat pe [[DATE_TIME:20 august la 14:05]], nu a răspuns.""",
]

GEN = [
    # logistics, parcel delivery, travel bookings, airlines, hotels
    """Hi, this is [[PERSON:Tomasz Wielgus]]. The driver left my parcel with a neighbour at [[ADDRESS:47 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]], but I actually live at [[ADDRESS:74 Cranbrook Road]]. Please call me on [[PHONE_NUMBER:07723 418 905]] before you try again.""",
    """My flight home got cancelled and they rebooked me for [[DATE_TIME:Thursday 12 June at 06:40]], which is far too early with two kids. The name on the booking is [[PERSON:ADEYEMI]]/[[PERSON:OLUWASEUN]] [[TITLE:MR]] and the reference is QX7LMP.""",
    """[[PERSON:Mrs. Harriet Oyelaran-Smith]] checked into room 614 on [[DATE_TIME:3 May 2024]] and asked that any calls be put through to her mobile, [[PHONE_NUMBER:+44 7911 320 556]], rather than to the room.""",
    """Forklift operator [[PERSON:dwayne mcallister]], [[AGE:29]], was hurt at the distribution centre on [[DATE_TIME:02/14/2024]]; his employee number is [[ID_NUMBER:TLB-20417]] and the incident was reported by his shift lead, [[PERSON:Kofi Asante-Boateng]].""",
    """Could you add her Flying Blue number [[ID_NUMBER:2014 889 305]] to the booking for [[PERSON:Nguyen Thi Lan]]? She flies [[LOCATION:Ho Chi Minh City]] to [[LOCATION:Paris]] on [[DATE_TIME:19 September]] and her passport number is [[ID_NUMBER:C4417893]].""",
    """Booking for two adults: [[PERSON:Rahul]] and [[PERSON:Sneha Kulkarni]], leaving [[LOCATION:Pune]] on [[DATE_TIME:Dec 22]] and returning [[DATE_TIME:Jan 3]]. [[PERSON:Rahul]]'s Aadhaar, [[ID_NUMBER:4387 1926 0159]], was used to verify the domestic leg.""",
    """Customs is holding a parcel addressed to [[PERSON:Chidinma Eze]], [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. She needs to send a copy of her NIN, [[ID_NUMBER:38291047561]], and pay the duty before [[DATE_TIME:Friday 8 March]].""",
    """hey it's [[PERSON:jess]] from [[ADDRESS:unit 3]] - if the Australia Post driver comes while i'm at work just leave it in the meter box, my number's [[PHONE_NUMBER:0412 558 093]] if he needs to ring""",
    """I stayed at your [[LOCATION:Galway]] hotel from [[DATE_TIME:14 August]] to [[DATE_TIME:17 August 2023]] under the name [[PERSON:Siobhán Ní Bhriain]] and was charged for a minibar I never opened. The card ending 4417 was billed twice; my rewards number is [[ID_NUMBER:509 338 112]].""",
    """Passenger [[PERSON:Gurpreet Singh Bains]], [[AGE:81]], needs wheelchair assistance at both ends of flight AC 857 on [[DATE_TIME:2024-10-05]]; his daughter [[PERSON:Manpreet]] will meet him at arrivals and can be reached at [[PHONE_NUMBER:+1 604 728 3391]].""",
    """My suitcase didn't come off the flight from [[LOCATION:Amsterdam]]. File reference NBOKL31877. Please deliver it to [[ADDRESS:Flat 12B, Westbrook Court, 88 Ngong Road]], [[LOCATION:Kilimani]], and call [[PERSON:Wanjiru Kamau]] on [[PHONE_NUMBER:0722 418 660]] when you're on the way.""",
    """Delivery attempted [[DATE_TIME:Tue 14/05 at 11:52]] - nobody home at [[ADDRESS:3/41 Bent Street]], [[LOCATION:Lindfield]] [[LOCATION:NSW]] [[ZIP_CODE:2070]]. Card left for [[PERSON:K. Whitlam-Roe]]; collect from the post office after 5pm.""",
    """Driver [[PERSON:Bongani Dlamini]] (ID [[ID_NUMBER:8804155273086]]) will collect the two containers from the yard on [[DATE_TIME:Monday 3 June]]; his truck is registered [[ID_NUMBER:ND 482-913]].""",
    """Hi [[PERSON:Meera]], your tickets for the [[LOCATION:Edinburgh]] trip are attached: coach C, seats 42A and 42B, departing [[DATE_TIME:Saturday 9 November at 08:00]]. The railcard, [[ID_NUMBER:1624 8830 17]], is in [[PERSON:Arjun]]'s name, so make sure he carries it.""",
    """The rental desk needs [[PERSON:Lucas Ferreira]]'s driving licence ([[ID_NUMBER:FERRE807154LF9IJ]]) and a credit card in his own name, [[CREDIT_CARD:4761 7390 0144 5828]], before the car can be released at 10:30.""",
    """To whom it may concern: on [[DATE_TIME:27 January 2024]] I was denied boarding on flight FR 2214 from [[LOCATION:Bergamo]] despite holding a valid boarding pass. My name is [[PERSON:Declan Fitzpatrick]], date of birth [[DATE_TIME:11.04.1991]], and I am claiming compensation to my account [[IBAN_CODE:IE54 AIBK 9320 8612 0477 35]].""",
    """Night manager [[PERSON:Aiko Matsuda]] noted that the guest in 1207, [[TITLE:mr.]] [[PERSON:Volkov]], left his [[NRP:Russian]] passport at the front desk; it was handed back to him on [[DATE_TIME:March 2nd at 9:15 am]].""",
    """We've put the [[PERSON:Abernathy]] family on the [[DATE_TIME:Oct 4]] sailing out of [[LOCATION:Miami]]. [[PERSON:Donna]] asked for a cabin near the elevators because of her knee, and [[PERSON:Rick]]'s cell is [[PHONE_NUMBER:305-884-2719]] if anything changes.""",
    """[[PERSON:Farah Qureshi]], a [[NRP:Pakistani]] national born on [[DATE_TIME:6 Feb 1994]] in [[LOCATION:Lahore]], applied for a visitor visa on [[DATE_TIME:15/01/2025]]; her passport number is [[ID_NUMBER:AB4829176]] and her sponsor is her brother [[PERSON:Imran]] in [[LOCATION:Bradford]].""",
    """Flight attendant [[PERSON:Camille Beaulieu]] has asked to swap her [[DATE_TIME:18th of July]] roster with [[PERSON:Tevita Fifita]]; their staff numbers are [[ID_NUMBER:AF-77134]] and [[ID_NUMBER:AF-80912]].""",
    """Hi [[PERSON:Aoife]], your parcel is waiting in locker 18 at the [[LOCATION:Ringsend]] pick-up point. Collect it before [[DATE_TIME:20:00 on Wednesday 5 June]] using code 448219, or it goes back to the sender.""",
    """[[PERSON:Ravi]] and [[PERSON:Lakshmi Subramanian]] are moving from [[ADDRESS:18 Larchwood Crescent]], [[LOCATION:Markham]], [[LOCATION:ON]] [[ZIP_CODE:L3R 5K9]] to [[ADDRESS:Unit 904, 25 Telegram Mews]], [[LOCATION:Toronto]] [[ZIP_CODE:M5V 3Z1]] on [[DATE_TIME:August 31]]; the movers should buzz 0904 and call [[PHONE_NUMBER:(647) 291-0385]] when they arrive.""",
    """Lounge access was refused to [[PERSON:Mohammed Al-Harthy]] even though his Skywards membership, [[ID_NUMBER:EK 417 220 389]], shows Gold status until 2025.""",
    """Dear [[PERSON:Ms. Oduya]], thank you for booking with us. Arrival: [[DATE_TIME:Fri 21 Feb 2025]]. Departure: [[DATE_TIME:Mon 24 Feb 2025]]. One king room, breakfast included. We hold your card [[CREDIT_CARD:5587 1300 2964 4171]] for incidentals.""",
    """The pharmacy courier will bring [[PERSON:Mr. Horvath]]'s insulin to [[ADDRESS:2210 W. Division St, Apt 3R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60622]] between 4 and 6pm; if he doesn't answer, call his son [[PERSON:Attila]] at [[PHONE_NUMBER:773.402.8816]].""",
    """We are writing to let you know that on [[DATE_TIME:September 3]] someone accessed the frequent flyer account of [[PERSON:Priscilla Amankwah]] ([[EMAIL_ADDRESS:p.amankwah@gmail.com]]) from IP [[IP_ADDRESS:185.220.101.47]]. Your miles balance was not affected.""",
    """I need to claim on my travel insurance: I broke my wrist skiing in [[LOCATION:Val Thorens]] on [[DATE_TIME:10 January]]. Insured person: [[PERSON:Hamish Drummond]], [[AGE:44]], [[ADDRESS:9 Lochside Terrace]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 7AZ]]. Policy TRV-88213-B.""",
    """[[PERSON:lena]] at the hostel says the [[NRP:german]] guy in bunk 6 left his laptop behind - [[PERSON:Maximilian]], I think? The email on his booking is [[EMAIL_ADDRESS:max.brandt93@web.de]].""",
    """Your driver [[PERSON:Emeka]] is arriving in a silver Toyota Corolla, plate [[ID_NUMBER:KJA 384 XH]]. Share your trip with [[PERSON:Funmi]] at [[PHONE_NUMBER:+234 803 417 2290]]?""",
    """Please correct the spelling on my ticket from [[PERSON:Jonathon]] to [[PERSON:Johnathan]] - surname [[PERSON:Mbeki-Harris]], date of birth [[DATE_TIME:30 Nov 1985]]. The ticket number is 125-2418873390.""",
    """The room block for [[PERSON:Priyanka Kapoor]] and [[PERSON:Devansh Menon]]'s wedding on [[DATE_TIME:June 14, 2025]] is twenty rooms; guests should quote KMWED25, and questions go to the bride's mother, [[PERSON:Sunita]], at [[EMAIL_ADDRESS:sunita.kapoor61@yahoo.co.in]].""",
    """[[PERSON:Gloria]] ([[AGE:72]]) and her sister [[PERSON:Evelyn Marsh]] ([[AGE:69]]) are booked on the [[LOCATION:Cotswolds]] coach tour leaving [[DATE_TIME:Tuesday 17 September]]; pick-up is outside [[ADDRESS:14 Sydney Buildings]], [[LOCATION:Bath]].""",
    """I returned the blender on [[DATE_TIME:4/22]] but the refund still hasn't reached my card. Order number 114-3920187-5521003, account email [[EMAIL_ADDRESS:tanyabrooks.home@outlook.com]], name [[PERSON:Tanya Brooks]].""",
    """Payroll query: [[PERSON:Sione Tupou]] (staff no. [[ID_NUMBER:W-004512]]) says his night shift on [[DATE_TIME:12/03/2024]] wasn't paid at the weekend rate. His IRD number is [[ID_NUMBER:049-091-850]] and he works out of the [[LOCATION:Auckland]] depot.""",
    """Can someone at the front desk hold a package for [[PERSON:Dr. Okwuosa]]? It's coming by FedEx, tracking 7749 1830 2261, and she checks in on [[DATE_TIME:the 9th]] - room booked under [[PERSON:Ifeyinwa Okwuosa]].""",
    """Our courier [[PERSON:Rashid]] tried to deliver the sofa to [[ADDRESS:Flat 5, 12 Hanover Square]], [[LOCATION:Leeds]] [[ZIP_CODE:LS3 1AP]] but the lift was out of order; [[PERSON:Ms Hollingsworth]] has agreed to a new slot on [[DATE_TIME:19/10 between 8 and 12]].""",
    """Airport transfer for [[TITLE:Señor]] [[PERSON:Alejandro Montoya]]: pick-up at arrivals, flight IB6251 landing [[DATE_TIME:Sunday 2 March, 06:15]]. Driver to hold a sign with his name and call [[PHONE_NUMBER:+34 612 48 90 37]] if the flight is late.""",
    """The hotel in [[LOCATION:Kyoto]] needs a copy of each guest's passport: [[PERSON:Daniel Whitford]] ([[ID_NUMBER:PE4412093]], [[NRP:Australian]]) and [[PERSON:Grace Whitford]] ([[ID_NUMBER:LM418203]], [[NRP:New Zealander]]).""",
    """My name's [[PERSON:Oisín]], I ordered a bike rack that was supposed to arrive on [[DATE_TIME:Tuesday the 4th]], and the tracking has said "at local depot" for a week. Order is 40-118273, delivery address [[ADDRESS:Apartment 2, 33 Merrion Square]], [[LOCATION:Dublin 2]].""",
    """Excess baggage fee refund approved for [[PERSON:Chen Jiahui]] - 45 USD back to the card [[CREDIT_CARD:6250941006528599]]. She flew [[LOCATION:Shanghai]] to [[LOCATION:Vancouver]] on [[DATE_TIME:April 11]].""",
    """[[PERSON:tariq]] booked the airbnb under his work email ([[EMAIL_ADDRESS:tariq.hussain@brightwell-law.co.uk]]) so we need him to forward the check-in code before we land on [[DATE_TIME:Friday 23 Aug]].""",
    # everything else
    """I'm [[PERSON:Olumide Bakare]], my account number is [[ID_NUMBER:0123847596]], and someone withdrew ₦450,000 from it on [[DATE_TIME:the 9th of February]] without my consent.""",
    """Claimant [[PERSON:Rosa Delgado-Ybarra]] (DOB [[DATE_TIME:1978-08-19]]) reports that her 2019 Honda Civic, plate [[ID_NUMBER:8KLR204]], was rear-ended on I-10 near [[LOCATION:El Paso]].""",
    """[[PERSON:Anjali]]'s NHS number is [[ID_NUMBER:485 777 3023]] and her next appointment with [[PERSON:Dr. Whitcombe]] is on [[DATE_TIME:Thursday 23rd May at 2.40pm]].""",
    """Repeat prescription ready for [[TITLE:mrs]] [[PERSON:d. o'sullivan]] of [[ADDRESS:27 Glenview Park]], [[LOCATION:Tallaght]]; collected by her husband [[PERSON:Tadhg]] on [[DATE_TIME:02/07]].""",
    """The hearing in [[PERSON:Mensah]] v. [[PERSON:Crawford]] has been moved to [[DATE_TIME:10 a.m. on 14 October 2024]]; counsel for the respondent, [[PERSON:Ms. Li Wen]], can be reached at [[EMAIL_ADDRESS:lwen@wenpartners.law]].""",
    """I, [[PERSON:Marisol Gutiérrez]], give permission for my son [[PERSON:Mateo]] (Grade 4, student ID [[ID_NUMBER:2031447]]) to attend the aquarium trip on [[DATE_TIME:May 9]]. Emergency contact: [[PHONE_NUMBER:(956) 318-4470]].""",
    """Student [[PERSON:Yusuf Demir]], matriculation no. [[ID_NUMBER:s2284109]], has an outstanding library fine; his term-time address is [[ADDRESS:Room 4.12, Pollock Halls]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH16 5AY]].""",
    """Welcome aboard, [[PERSON:Thandiwe]]! Your start date is [[DATE_TIME:1 July 2024]], your employee ID is [[ID_NUMBER:E-558201]], and your manager, [[PERSON:Pieter van der Merwe]], will meet you in reception.""",
    """Please update my tax code - [[PERSON:Callum Reid]], NI number [[ID_NUMBER:JK 48 21 93 C]], payroll number [[ID_NUMBER:100398]]. I started the second job in September.""",
    """Porting request: move [[PHONE_NUMBER:0412 903 118]] to the new provider for account holder [[PERSON:Nikolaos Papadakis]], date of birth [[DATE_TIME:17/09/1969]], address [[ADDRESS:5 Marlborough St]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]].""",
    """[[PERSON:Jarrah Williams]], your Medicare card number [[ID_NUMBER:2953 41877 1]] has been linked to your myGov account. Your next bulk-billed appointment is [[DATE_TIME:Wed 16 Oct at 9:40am]].""",
    """Tenant [[PERSON:Zeynep Arslan]] has given notice to leave [[ADDRESS:Flat 2, 61 Cazenove Road]], [[LOCATION:London]] [[ZIP_CODE:N16 6BJ]] on [[DATE_TIME:30th April]]; the deposit should go back to account [[ID_NUMBER:85311902]], sort code 40-12-76.""",
    """Banned account report: player [[USERNAME:xXn0sc0p3rXx]] (real name on file [[PERSON:Tyler Jankowski]], [[AGE:16]]) logged in from [[IP_ADDRESS:73.162.48.209]] and paid with his older brother's card.""",
    """guys [[PERSON:Becca]]'s selling her sofa before she moves to [[LOCATION:Leeds]], DM her on insta @[[USERNAME:becca.h.makes]] or text [[PHONE_NUMBER:07401 226 358]], pics are on [[URL:https://www.etsy.com/shop/BeccaHMakes]]""",
    """Customer [[PERSON:Haruto Sato]] can't log into the portal; his username is [[USERNAME:hsato_ops]], last successful login [[DATE_TIME:2024-06-11 22:47 JST]] from [[IP_ADDRESS:2400:4051:8c1:2b00:5d1e:7a0f:3c21:9e44]].""",
    """membership frozen for [[PERSON:kwame boateng]] from [[DATE_TIME:1st Dec]] due to knee surgery, member #[[ID_NUMBER:PF0093315]]""",
    """Bella (golden retriever, 7) is booked in for her booster on [[DATE_TIME:Saturday 6 April at 11:15]]; owner [[PERSON:Hyun-woo Park]], [[PHONE_NUMBER:021 448 9073]].""",
    """Profile flagged: [[PERSON:Valentina Restrepo]], [[AGE:31]], describes herself as [[NRP:Catholic]] and [[LOCATION:Medellín]]-born and put her WhatsApp, [[PHONE_NUMBER:+57 310 4482197]], in her bio, which breaks our rules.""",
    """Thank you, [[PERSON:Mr. Kwabena Osei]], for your gift of £50 on [[DATE_TIME:12 March 2024]]. Gift Aid has been claimed against your postcode, [[ZIP_CODE:SE15 4QN]].""",
    """Baptism of [[PERSON:Isabella Rose Nkemelu]], born [[DATE_TIME:2 February 2024]], daughter of [[PERSON:Chukwuemeka]] and [[PERSON:Grace Nkemelu]], at St Mary's on [[DATE_TIME:Sunday 28 April]].""",
    """Complainant [[PERSON:Liam O'Connell]], [[AGE:52]], of [[ADDRESS:106 Meadowbank Drive]], [[LOCATION:Cork]] [[ZIP_CODE:T12 X2F8]], PPSN [[ID_NUMBER:6431857V]], reports that his van, reg [[ID_NUMBER:221-C-48813]], was stolen from outside his house overnight on [[DATE_TIME:18 January]].""",
    """[[PERSON:Ana Lúcia Barbosa]], CPF [[ID_NUMBER:391.846.275-73]], is a [[NRP:Brazilian]] citizen living in [[LOCATION:Porto]] and wants to transfer her pension contributions back home.""",
    """The IRS letter dated [[DATE_TIME:March 4]] was addressed to [[PERSON:Darnell]] and [[PERSON:Keisha Whitfield]] at [[ADDRESS:4418 Magnolia Bend]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30034]] and quotes [[PERSON:Darnell]]'s SSN, [[US_SSN:258-41-9936]], in full.""",
    """[[PERSON:Mrs. Evelyn Achterberg]], [[AGE:67]], wants her pension paid into her new account, [[IBAN_CODE:NL62 INGB 0007 5319 24]], from [[DATE_TIME:1 September]] onwards; her BSN is [[ID_NUMBER:168273056]].""",
    """Pick-up authorisation: [[PERSON:Noor]] may be collected by her grandfather, [[PERSON:Abdullah Rahimi]], on [[DATE_TIME:Wednesday 19 June]] only.""",
    """Reminder for [[PERSON:Sebastián]]: dental check-up [[DATE_TIME:Mon 2 Dec, 9:20am]] with [[PERSON:Dr. Farouk]]. Reply C to confirm or call the surgery.""",
    """Final meter reading for [[PERSON:Ms. Tan Mei Ling]] at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] was taken on [[DATE_TIME:31 Oct]]; the deposit refund goes to NRIC holder [[ID_NUMBER:S8734162C]].""",
    """[[PERSON:Oluwadamilola Ajayi]]'s CV lists [[EMAIL_ADDRESS:dami.ajayi@protonmail.com]], [[URL:linkedin.com/in/damiajayi]] and a mobile on [[PHONE_NUMBER:+44 (0)7583 119 204]]; she can interview any time after [[DATE_TIME:20 November]].""",
    """Junior registration: [[PERSON:Kai Whetu]], born [[DATE_TIME:09-03-2013]], age [[AGE:11]]; parent [[PERSON:Hana Whetu]], [[EMAIL_ADDRESS:hana.whetu@xtra.co.nz]].""",
    """[[PERSON:Abubakar Sadiq Musa]], [[AGE:38]], [[NRP:Muslim]], of [[ADDRESS:No. 7 Ahmadu Bello Way]], [[LOCATION:Kaduna]], was seen in clinic on [[DATE_TIME:4th March 2024]]; next of kin [[PERSON:Hauwa Musa]] ([[PHONE_NUMBER:0805 311 4927]]).""",
    """I sent KSh 3,500 to the wrong number - [[PHONE_NUMBER:0712 884 305]] instead of [[PHONE_NUMBER:0712 884 350]]. My name is [[PERSON:Achieng Otieno]], ID [[ID_NUMBER:28841937]], please reverse it.""",
    """[[PERSON:Venkatesh]]'s PAN is [[ID_NUMBER:BVKPS4417M]] and his return was filed on [[DATE_TIME:31-07-2024]], one day before the deadline.""",
    """[[PERSON:Maria Cristina dela Cruz]], SSS no. [[ID_NUMBER:34-5821907-3]], has applied for maternity benefit; her expected delivery date is [[DATE_TIME:Sept. 28, 2024]].""",
    """[[PERSON:Lerato Mokoena]] (ID [[ID_NUMBER:9309220141085]]) was born on [[DATE_TIME:22 September 1993]] in [[LOCATION:Soweto]] and is applying for a housing subsidy.""",
    """[[PERSON:Étienne Gagnon]] wrote his SIN, [[ID_NUMBER:527 419 303]], on the back of the cheque, which he really shouldn't have done.""",
    """can you forward this to [[PERSON:anil]]? he said his new email is [[EMAIL_ADDRESS:anil.r.gupta@icloud.com]]""",
    """The spare key is with [[PERSON:Mrs. Abernethy-Clarke]] next door, and the alarm code is on the fridge. Back on [[DATE_TIME:the 22nd]] - [[PERSON:Fi]]""",
    """Ward clerk: please note that [[PERSON:Mr. Dimitrios Karagiannis]]'s son [[PERSON:Nikos]] is his next of kin and wants to be called first, on [[PHONE_NUMBER:+30 694 418 2207]], not the landline.""",
    """When [[PERSON:Graham]] signed for the flat on [[DATE_TIME:14 February]] he gave [[ADDRESS:9 Kirkgate]], [[LOCATION:Otley]] as his previous address, but the reference from his old landlord, [[PERSON:Mrs. Pemberton]], came back unsigned.""",
    """The registrar confirmed that [[PERSON:Temitope]] and [[PERSON:Callum Reilly-Adeyemi]] will marry at 2pm on [[DATE_TIME:the 6th of September]]; both must bring their passports, and [[PERSON:Temitope]]'s is [[ID_NUMBER:B10938472]].""",
    # Italian
    """Buongiorno, sono [[PERSON:Giulia Ferrante]] e non ho ancora ricevuto il pacco spedito il 2 aprile. Il codice di tracciamento è 058174390012 e l'indirizzo è [[ADDRESS:Via Saragozza 112]], [[ZIP_CODE:40135]] [[LOCATION:Bologna]]. Potete chiamarmi al [[PHONE_NUMBER:347 221 9084]]?""",
    """Il volo di [[PERSON:Marco Esposito]] per [[LOCATION:Palermo]] del [[DATE_TIME:15 luglio alle 18:45]] è stato cancellato; il rimborso sarà accreditato sull'IBAN [[IBAN_CODE:IT44 M020 0801 6330 0010 4583 921]] entro trenta giorni.""",
    """Gentile [[TITLE:Sig.ra]] [[PERSON:Moretti]], confermiamo la sua prenotazione dal [[DATE_TIME:3 agosto]] al [[DATE_TIME:10 agosto 2024]] per due persone, camera vista mare. La carta [[CREDIT_CARD:5178 4209 3366 1204]] verrà addebitata solo all'arrivo.""",
    """[[PERSON:Lorenzo Galli]], nato a [[LOCATION:Torino]] il [[DATE_TIME:23/07/1992]], codice fiscale [[ID_NUMBER:GLLLNZ92L23L219E]], ha prenotato una visita cardiologica per [[DATE_TIME:giovedì 12 settembre]].""",
    """Ciao [[PERSON:Ale]], ti giro il numero di [[PERSON:Beppe]] per il trasloco di sabato: [[PHONE_NUMBER:+39 333 408 1726]]. Abita in [[ADDRESS:Corso Vittorio Emanuele II 48, scala B]], a [[LOCATION:Torino]], terzo piano senza ascensore.""",
    # Romanian
    """Bună ziua, sunt [[PERSON:Andreea Popescu]] și coletul meu nu a ajuns nici azi. Adresa de livrare este [[ADDRESS:Str. Lizeanu nr. 17, bl. 3, ap. 12]], [[LOCATION:Sector 2]], [[LOCATION:București]]. Mă puteți suna la [[PHONE_NUMBER:0722 415 098]].""",
    """Zborul lui [[PERSON:Mihai Ionescu]] spre [[LOCATION:Londra]] din [[DATE_TIME:14 martie, ora 06:20]] a fost anulat, iar compania îi va returna banii în contul [[IBAN_CODE:RO63 RNCB 0082 0448 1739 0001]].""",
    """Rezervare confirmată pentru [[TITLE:dna]] [[PERSON:Elena Stan]]: check-in [[DATE_TIME:20 iunie]], check-out [[DATE_TIME:23 iunie]], hotelul din [[LOCATION:Sibiu]]. Vă rugăm să prezentați cartea de identitate la recepție; CNP-ul din rezervare este [[ID_NUMBER:2750430080930]].""",
    """[[PERSON:Ioana Constantinescu]], CNP [[ID_NUMBER:6031009220072]], s-a născut pe [[DATE_TIME:9 octombrie 2003]] la [[LOCATION:Iași]] și are programare la medicul de familie [[DATE_TIME:luni, 4 noiembrie]].""",
]

TABLE = [
    """route_id,stop,recipient,address,postcode,phone,parcels,window
R14,1,[[PERSON:Hollis Abara]],[[ADDRESS:12 Orchard Way]],[[ZIP_CODE:CB4 1XG]],[[PHONE_NUMBER:07700 412 339]],2,08:00-10:00
R14,2,[[PERSON:Ming Zhao]],"[[ADDRESS:Flat 9, 3 Chesterton Rd]]",[[ZIP_CODE:CB4 3AX]],[[PHONE_NUMBER:07911 004 285]],1,08:00-10:00
R14,3,[[PERSON:P. Lindqvist]],[[ADDRESS:88 Milton Road]],[[ZIP_CODE:CB4 1LD]],,3,10:00-12:00
R14,4,[[PERSON:Graça Monteiro]],[[ADDRESS:5 Union Lane]],[[ZIP_CODE:CB4 1QB]],[[PHONE_NUMBER:01223 778 190]],1,10:00-12:00""",
    """| Room | Guest | Arrive | Depart | Loyalty # | Notes |
|------|-------|--------|--------|-----------|-------|
| 301 | [[PERSON:Oyelowo]], [[PERSON:Temi]] | [[DATE_TIME:12/06]] | [[DATE_TIME:15/06]] | [[ID_NUMBER:HH 771 204 993]] | late arrival |
| 305 | [[PERSON:Brennan]], [[PERSON:Cathal]] | [[DATE_TIME:12/06]] | [[DATE_TIME:13/06]] | - | cot requested |
| 412 | [[PERSON:Svensson]], [[PERSON:Ingrid]] | [[DATE_TIME:13/06]] | [[DATE_TIME:18/06]] | [[ID_NUMBER:HH 402 118 537]] | gluten free |""",
    """emp_no\tname\tdept\tni_number\tbank_acct\tsort_code
40117\t[[PERSON:Aisha Rahman]]\tWarehouse\t[[ID_NUMBER:SN 21 77 40 A]]\t[[ID_NUMBER:31926675]]\t20-00-00
40123\t[[PERSON:Jakub Nowicki]]\tTransport\t[[ID_NUMBER:PC 44 19 03 B]]\t[[ID_NUMBER:00418853]]\t30-96-25
40131\t[[PERSON:Demi-Leigh Foster]]\tCustomer Service\t[[ID_NUMBER:JT 90 82 11 D]]\t[[ID_NUMBER:71140029]]\t40-05-15""",
    """SEQ  NAME                          SEX  DOB          PASSPORT     NATIONALITY  SEAT
001  [[PERSON:OKONJO]]/[[PERSON:ADAEZE]] [[TITLE:MS]]              F    [[DATE_TIME:14MAR1988]]    [[ID_NUMBER:A07731294]]    [[NRP:NIGERIAN]]     23C
002  [[PERSON:MACLEOD]]/[[PERSON:ANGUS]] [[TITLE:MR]]              M    [[DATE_TIME:02NOV1959]]    [[ID_NUMBER:550918273]]    [[NRP:BRITISH]]      23D
003  [[PERSON:PHAM]]/[[PERSON:DUC ANH]] [[TITLE:MR]]               M    [[DATE_TIME:30JUL2001]]    [[ID_NUMBER:C8820417]]     [[NRP:VIETNAMESE]]   31A
004  [[PERSON:ROSSI-HALVORSEN]]/[[PERSON:ELISA]] [[TITLE:MRS]]     F    [[DATE_TIME:19JAN1975]]    [[ID_NUMBER:FH4471029]]    [[NRP:NORWEGIAN]]    31B""",
    """{"renter": "[[PERSON:Priya Shah]]", "licence": "[[ID_NUMBER:SHAH9955207P99KL]]", "dob": "[[DATE_TIME:1997-05-20]]", "pickup": "[[DATE_TIME:2024-08-02 09:30]]", "branch": "MAN-T2", "class": "CDMR"}
{"renter": "[[PERSON:Thomas Achebe-Wright]]", "licence": "[[ID_NUMBER:ACHEB805118T99XY]]", "dob": "[[DATE_TIME:1988-05-11]]", "pickup": "[[DATE_TIME:2024-08-02 11:00]]", "branch": "MAN-T2", "class": "SFAR"}
{"renter": "[[PERSON:Orla Kennedy]]", "licence": "[[ID_NUMBER:KENNE862096O99MN]]", "dob": "[[DATE_TIME:1986-12-09]]", "pickup": "[[DATE_TIME:2024-08-03 16:45]]", "branch": "LBA", "class": "EDMR"}""",
    """emergency_contacts:
  - staff: [[PERSON:Rafael Nakashima]]
    relation: spouse
    contact: [[PERSON:Keiko Nakashima]]
    phone: "[[PHONE_NUMBER:+1 808 553 2917]]"
  - staff: [[PERSON:Brigid Ó Ceallaigh]]
    relation: mother
    contact: [[PERSON:Nuala Ó Ceallaigh]]
    phone: "[[PHONE_NUMBER:+353 91 524 338]]"
  - staff: [[PERSON:Dev Patel-Morris]]
    relation: partner
    contact: [[PERSON:Sam Ortiz]]
    phone: "[[PHONE_NUMBER:+44 7400 912 441]]\"""",
    """Name: [[PERSON:Kofi Mensah-Bonsu]]
Date of birth: [[DATE_TIME:08/03/1982]]
Member no.: [[ID_NUMBER:NHIS-0417-22981]]
Address: [[ADDRESS:H/No. 14, Nii Adjei Onano Street]], [[LOCATION:East Legon]], [[LOCATION:Accra]]
Mobile: [[PHONE_NUMBER:024 417 8830]]
Blood group: O+
Allergies: none known
Last visit: [[DATE_TIME:21 June 2024]]""",
    """patient_id,age,sex,appointment,clinician,reason
[[ID_NUMBER:P-200418]],[[AGE:34]],F,[[DATE_TIME:2024-09-03 09:00]],[[PERSON:Dr. Osei]],antenatal
[[ID_NUMBER:P-200422]],[[AGE:71]],M,[[DATE_TIME:2024-09-03 09:20]],[[PERSON:Dr. Osei]],INR check
[[ID_NUMBER:P-200431]],[[AGE:6]],M,[[DATE_TIME:2024-09-03 09:40]],[[PERSON:Nurse Gallagher]],immunisations
[[ID_NUMBER:P-200437]],[[AGE:45]],F,[[DATE_TIME:2024-09-03 10:00]],[[PERSON:Dr. Lim]],review""",
    """| Pupil | Form | Guardian | Guardian phone | Collection password |
|---|---|---|---|---|
| [[PERSON:Zara Hussain]] | 3B | [[PERSON:Nadia Hussain]] | [[PHONE_NUMBER:07723 551 904]] | bluebird |
| [[PERSON:Leo Kowalczyk]] | 3B | [[PERSON:Marek Kowalczyk]] | [[PHONE_NUMBER:07455 310 872]] | tractor |
| [[PERSON:Amelie-Rose Dunn]] | 3C | Gran ([[PERSON:Pat Dunn]]) | [[PHONE_NUMBER:01632 960 483]] | - |""",
    """ticket | opened | customer | email | issue | agent
-------+--------+----------+-------+-------+------
CS-88121 | [[DATE_TIME:2024-03-18]] | [[PERSON:Yvonne Achieng]] | [[EMAIL_ADDRESS:yvonne.achieng@gmail.com]] | parcel marked delivered, not received | [[PERSON:Tom]]
CS-88127 | [[DATE_TIME:2024-03-18]] | [[PERSON:Bradley Kowal]] | [[EMAIL_ADDRESS:bkowal@hotmail.co.uk]] | wrong size shipped | [[PERSON:Tom]]
CS-88140 | [[DATE_TIME:2024-03-19]] | [[PERSON:Sushila Pandey]] | [[EMAIL_ADDRESS:sushila.p@btinternet.com]] | refund not received | [[PERSON:Ama]]""",
    """return_ref,order,customer,reason,collected_from,collection_date,refund_gbp
RTN-5561,112-448,[[PERSON:Janet Ellery]],faulty,"[[ADDRESS:3 The Paddocks]], [[LOCATION:Wokingham]]",[[DATE_TIME:04/03/2024]],24.99
RTN-5562,112-503,[[PERSON:Imogen Tse]],changed mind,"[[ADDRESS:Flat 22, Meridian Tower]], [[LOCATION:Salford]]",[[DATE_TIME:04/03/2024]],61.00
RTN-5570,113-017,[[PERSON:Obinna Uche]],damaged in transit,"[[ADDRESS:71 Queens Drive]], [[LOCATION:Liverpool]]",[[DATE_TIME:05/03/2024]],139.50""",
    """first\tlast\temail\tcompany\tcountry\tdiet
[[PERSON:Amara]]\t[[PERSON:Diallo]]\t[[EMAIL_ADDRESS:amara.diallo@sahel-freight.sn]]\tSahel Freight\t[[LOCATION:Senegal]]\thalal
[[PERSON:Björn]]\t[[PERSON:Eklund]]\t[[EMAIL_ADDRESS:bjorn.eklund@nordlog.se]]\tNordLog AB\t[[LOCATION:Sweden]]\t-
[[PERSON:Mariana]]\t[[PERSON:Quispe]]\t[[EMAIL_ADDRESS:mquispe@andescargo.pe]]\tAndes Cargo\t[[LOCATION:Peru]]\tvegetarian
[[PERSON:Hyejin]]\t[[PERSON:Choi]]\t[[EMAIL_ADDRESS:hj.choi@hanbit-logis.kr]]\tHanbit Logis\t[[LOCATION:South Korea]]\t-""",
    """{"member": "[[ID_NUMBER:QF 1904 488 21]]", "name": "[[PERSON:Lachlan Brierley]]", "tier": "Platinum", "status_credits": 1840, "last_flight": "[[DATE_TIME:2024-10-30]]"}
{"member": "[[ID_NUMBER:QF 2277 031 09]]", "name": "[[PERSON:Mereana Tipoki]]", "tier": "Silver", "status_credits": 320, "last_flight": "[[DATE_TIME:2024-09-14]]"}
{"member": "[[ID_NUMBER:QF 3011 786 54]]", "name": "[[PERSON:Anh Vu]]", "tier": "Bronze", "status_credits": 40, "last_flight": null}""",
    """DATE        COUNTERPARTY                 IBAN                                 AMOUNT EUR
2024-04-02  [[PERSON:Lukas Brandt]]                 [[IBAN_CODE:DE79 1007 0024 0928 3746 50]]           -1,200.00
2024-04-03  [[PERSON:Sinéad Murray]]                [[IBAN_CODE:IE36 BOFI 9000 1725 8391 84]]              -85.40
2024-04-05  [[PERSON:Pieter-Jan de Bruijn]]         [[IBAN_CODE:NL03 RABO 0318 2746 55]]                  +450.00""",
    """tenant,unit,lease_start,monthly_rent,phone,arrears
[[PERSON:Florence Adjei]],[[ADDRESS:Apt 2A]],[[DATE_TIME:2022-03-01]],1450,[[PHONE_NUMBER:(617) 445-2019]],0
[[PERSON:Carlos]] & [[PERSON:Lucía Méndez]],[[ADDRESS:Apt 3C]],[[DATE_TIME:2023-07-15]],1625,[[PHONE_NUMBER:(617) 903-7742]],325
[[PERSON:Wei-Ting Lu]],[[ADDRESS:Apt 4B]],[[DATE_TIME:2021-11-01]],1390,[[PHONE_NUMBER:(857) 221-0488]],0""",
    """oncall:
  week: 37
  primary: {name: "[[PERSON:Marta Głowacka]]", slack: "[[USERNAME:marta.g]]", phone: "[[PHONE_NUMBER:+48 512 441 093]]"}
  secondary: {name: "[[PERSON:Jonah Whitlock]]", slack: "[[USERNAME:jwhitlock]]", phone: "[[PHONE_NUMBER:+44 7403 118 276]]"}
  manager: {name: "[[PERSON:Esi Ampofo]]", slack: "[[USERNAME:esi]]", phone: null}""",
    """| Table | Guest | Meal | Plus one |
|:-----:|-------|------|----------|
| 1 | Grandma [[PERSON:Ruth Feldman]] | fish | - |
| 1 | [[TITLE:Rabbi]] [[PERSON:Jonathan Adler]] | kosher | [[PERSON:Miriam Adler]] |
| 4 | [[PERSON:Chioma Obi]] | vegan | [[PERSON:Tunde]] |
| 7 | Uncle [[PERSON:Morty]] | beef | - |""",
    """nhs_number,surname,forename,dob,vaccine,dose,given_on
[[ID_NUMBER:738 104 2657]],[[PERSON:BRADSHAW]],[[PERSON:Eileen]],[[DATE_TIME:1941-05-30]],COVID-19 XBB.1.5,booster,[[DATE_TIME:2024-10-07]]
[[ID_NUMBER:402 118 7359]],[[PERSON:OKEKE]],[[PERSON:Chukwudi]],[[DATE_TIME:1958-12-11]],Influenza (aTIV),1,[[DATE_TIME:2024-10-07]]
[[ID_NUMBER:912 640 3854]],[[PERSON:FARRUGIA]],[[PERSON:Joseph]],[[DATE_TIME:1949-02-02]],COVID-19 XBB.1.5,booster,[[DATE_TIME:2024-10-08]]""",
    """Driver            | Licence            | Van      | Depot    | Start
------------------+--------------------+----------+----------+------
[[PERSON:Ricardo Alves]]     | [[ID_NUMBER:ALVES807238RA9TT]]   | [[ID_NUMBER:BD71 XLM]] | [[LOCATION:Hayes]]    | 06:00
[[PERSON:Tendai Moyo]]       | [[ID_NUMBER:MOYO9901152T99WB]]   | [[ID_NUMBER:BF22 KUO]] | [[LOCATION:Hayes]]    | 06:30
[[PERSON:Liam Fairbairn]]    | [[ID_NUMBER:FAIRB912044LF9QZ]]   | [[ID_NUMBER:BX70 TNE]] | [[LOCATION:Croydon]]  | 07:00""",
    """MemberID,Name,Age,Plan,Joined,Email
[[ID_NUMBER:GYM-10294]],[[PERSON:Siddiq Rahimi]],[[AGE:27]],Off-peak,[[DATE_TIME:2023-02-11]],[[EMAIL_ADDRESS:siddiq.rahimi@gmail.com]]
[[ID_NUMBER:GYM-10301]],[[PERSON:Claire Beaumont]],[[AGE:54]],Anytime,[[DATE_TIME:2023-02-14]],[[EMAIL_ADDRESS:c.beaumont@orange.fr]]
[[ID_NUMBER:GYM-10355]],[[PERSON:Tolu Adebayo]],[[AGE:19]],Student,[[DATE_TIME:2023-03-01]],[[EMAIL_ADDRESS:tolu.adebayo@student.gla.ac.uk]]""",
    """student_id\tname\tmodule\tcoursework\texam\tgrade
[[ID_NUMBER:2318842]]\t[[PERSON:Ayesha Siddiqui]]\tLOG2041 Supply Chain Analytics\t68\t71\tB+
[[ID_NUMBER:2319017]]\t[[PERSON:Connor McBride]]\tLOG2041 Supply Chain Analytics\t54\t49\tC
[[ID_NUMBER:2320455]]\t[[PERSON:Yuki Tanaka-Rhodes]]\tLOG2041 Supply Chain Analytics\t81\t77\tA-""",
    """{"ts": "[[DATE_TIME:2024-02-12T08:01:44Z]]", "user": "[[USERNAME:s.nkosi]]", "src_ip": "[[IP_ADDRESS:41.13.220.87]]", "action": "login", "result": "ok"}
{"ts": "[[DATE_TIME:2024-02-12T08:03:10Z]]", "user": "[[USERNAME:r.delahaye]]", "src_ip": "[[IP_ADDRESS:90.58.14.201]]", "action": "export_csv", "result": "denied"}
{"ts": "2024-02-12T08:05:00Z", "user": "svc-backup", "src_ip": "[[IP_ADDRESS:10.0.0.12]]", "action": "snapshot", "result": "ok"}""",
    """Donor,Amount,Gift Aid,Postcode,Date
[[PERSON:Mr. A. Whitcombe]],£25.00,Y,[[ZIP_CODE:BS8 4RT]],[[DATE_TIME:02/01/2024]]
[[PERSON:Nkechi Umeh]],£10.00,N,[[ZIP_CODE:M14 6HQ]],[[DATE_TIME:02/01/2024]]
The [[TITLE:Revd.]] [[PERSON:Simon Hale]],£100.00,Y,[[ZIP_CODE:YO1 7JA]],[[DATE_TIME:05/01/2024]]
Anonymous,£5.00,N,,[[DATE_TIME:05/01/2024]]""",
    """PASSENGER 1
  surname: [[PERSON:HOSSEINI]]
  given names: [[PERSON:MARYAM SADAT]]
  date of birth: [[DATE_TIME:1991-06-17]]
  passport: [[ID_NUMBER:X98144207]]
  nationality: [[NRP:CANADIAN]]
  residence: [[LOCATION:Toronto]]
PASSENGER 2
  surname: [[PERSON:HOSSEINI]]
  given names: [[PERSON:ARASH]]
  date of birth: [[DATE_TIME:2019-02-03]]
  passport: [[ID_NUMBER:X98144951]]
  nationality: [[NRP:CANADIAN]]
  residence: [[LOCATION:Toronto]]""",
    """| Room | Status | Guest surname | Checkout | DND |
|------|--------|---------------|----------|-----|
| 201 | occupied | [[PERSON:Lefebvre]] | Thu 11:00 | yes |
| 202 | vacant dirty | - | - | - |
| 203 | occupied | [[PERSON:Okoro]] | Sat 12:00 | no |
| 204 | out of order | - | - | - |""",
    """order_no,customer_name,mobile,city,pin_code,cod
OD4418273,[[PERSON:Harpreet Kaur]],[[PHONE_NUMBER:+91 98140 22731]],[[LOCATION:Ludhiana]],[[ZIP_CODE:141001]],Y
OD4418290,[[PERSON:S. Ramanathan]],[[PHONE_NUMBER:94440 81726]],[[LOCATION:Chennai]],[[ZIP_CODE:600040]],N
OD4418301,[[PERSON:Mohd. Irfan Ansari]],[[PHONE_NUMBER:8851027734]],[[LOCATION:Lucknow]],[[ZIP_CODE:226018]],Y""",
    """Staff,NRIC/FIN,Dept,Mobile
[[PERSON:Lim Wei Jie]],[[ID_NUMBER:S9160438H]],Ops,[[PHONE_NUMBER:9127 4408]]
[[PERSON:Siti Nurhaliza bte Rahman]],[[ID_NUMBER:T0215873B]],HR,[[PHONE_NUMBER:8311 2096]]
[[PERSON:Arvind Pillai]],[[ID_NUMBER:S7702918D]],Finance,[[PHONE_NUMBER:9688 0153]]
[[PERSON:Nguyen Van Hoa]],[[ID_NUMBER:G5518204W]],Ops,[[PHONE_NUMBER:8422 7761]]""",
    """learner\tid_number\tgrade\thome_language\tguardian_cell
[[PERSON:Sibusiso Mthembu]]\t[[ID_NUMBER:0805145083087]]\t10\tisiZulu\t[[PHONE_NUMBER:072 418 5531]]
[[PERSON:Naledi Sithole]]\t[[ID_NUMBER:0911300291083]]\t9\tSesotho\t[[PHONE_NUMBER:083 220 9147]]
[[PERSON:Anika Pillay]]\t[[ID_NUMBER:1003024410089]]\t8\tEnglish\t[[PHONE_NUMBER:061 774 3090]]""",
    """BADGE   NAME                  SHIFT   ZONE   FORKLIFT CERT
[[ID_NUMBER:B-1120]]  [[PERSON:Okafor]], [[PERSON:Uche]]          NIGHT   C      yes
[[ID_NUMBER:B-1134]]  [[PERSON:Delacruz]], [[PERSON:Ramon]]       NIGHT   C      no
[[ID_NUMBER:B-1151]]  [[PERSON:Whitaker]], [[PERSON:Jo]]          DAY     A      yes""",
    """client,sin,province,date_of_birth,advisor
[[PERSON:Marc-André Tremblay]],[[ID_NUMBER:718 055 296]],[[LOCATION:QC]],[[DATE_TIME:1971-10-22]],[[PERSON:J. Leung]]
[[PERSON:Harpreet Gill]],[[ID_NUMBER:612 245 084]],[[LOCATION:BC]],[[DATE_TIME:1989-04-07]],[[PERSON:J. Leung]]
[[PERSON:Aileen MacNeil]],[[ID_NUMBER:403 771 926]],[[LOCATION:NS]],[[DATE_TIME:1955-01-30]],[[PERSON:R. Osei]]""",
    """{"awb": "4418 2093 771", "event": "delivered", "at": "[[DATE_TIME:2024-06-03T10:42:00+10:00]]", "signed_by": "[[PERSON:K. NGUYEN]]", "address": "[[ADDRESS:Level 3, 200 George St]], [[LOCATION:Sydney]] [[ZIP_CODE:2000]]"}
{"awb": "4418 2093 802", "event": "left_in_safe_place", "at": "[[DATE_TIME:2024-06-03T11:15:00+10:00]]", "signed_by": null, "address": "[[ADDRESS:14 Kareela Rd]], [[LOCATION:Cremorne Point]] [[ZIP_CODE:2090]]"}
{"awb": "4418 2093 815", "event": "delivered", "at": "[[DATE_TIME:2024-06-03T11:58:00+10:00]]", "signed_by": "[[PERSON:Bridget]]", "address": "[[ADDRESS:7/22 Ben Boyd Rd]], [[LOCATION:Neutral Bay]] [[ZIP_CODE:2089]]"}""",
    """account | holder | bvn | phone | branch
--------|--------|-----|-------|-------
[[ID_NUMBER:0042918374]] | [[PERSON:Chukwuma Okeke]] | [[ID_NUMBER:22418830917]] | [[PHONE_NUMBER:0803 441 2290]] | [[LOCATION:Ikeja]]
[[ID_NUMBER:0117730452]] | [[PERSON:Aisha Bello-Ibrahim]] | [[ID_NUMBER:22170419983]] | [[PHONE_NUMBER:0909 218 7741]] | [[LOCATION:Wuse II]]
[[ID_NUMBER:2039918803]] | [[PERSON:Femi Oduya]] | [[ID_NUMBER:22301187456]] | [[PHONE_NUMBER:0816 003 4418]] | [[LOCATION:Surulere]]""",
    # Italian
    """cognome;nome;codice_fiscale;comune;telefono;cliente_dal
[[PERSON:Ferrante]];[[PERSON:Giulia]];[[ID_NUMBER:FRRGLI87C54A944F]];[[LOCATION:Bologna]];[[PHONE_NUMBER:347 221 9084]];2019
[[PERSON:Moretti]];[[PERSON:Francesca]];[[ID_NUMBER:MRTFNC64E59H501U]];[[LOCATION:Roma]];[[PHONE_NUMBER:06 4418 2093]];2015
[[PERSON:Bruno]];[[PERSON:Alessandro]];[[ID_NUMBER:BRNLSN75M16L781J]];[[LOCATION:Verona]];[[PHONE_NUMBER:+39 348 770 1245]];2022""",
    """| Camera | Ospite | Arrivo | Partenza | Documento | Note |
|---|---|---|---|---|---|
| 12 | [[PERSON:Rinaldi Tommaso]] | [[DATE_TIME:05/08]] | [[DATE_TIME:09/08]] | CI [[ID_NUMBER:CA44180TR]] | parcheggio |
| 14 | [[PERSON:Weber Claudia]] | [[DATE_TIME:05/08]] | [[DATE_TIME:07/08]] | passaporto [[ID_NUMBER:C01X00T47]] | - |
| 21 | [[PERSON:Bianchi Nadia]] | [[DATE_TIME:06/08]] | [[DATE_TIME:12/08]] | CI [[ID_NUMBER:CA91227LK]] | culla |""",
    # Romanian
    """nume,prenume,cnp,localitate,telefon,functie
[[PERSON:Ionescu]],[[PERSON:Mihai]],[[ID_NUMBER:1840227121186]],[[LOCATION:Cluj-Napoca]],[[PHONE_NUMBER:0745 118 209]],dispecer
[[PERSON:Dumitrescu]],[[PERSON:Radu]],[[ID_NUMBER:1681201350429]],[[LOCATION:Timișoara]],[[PHONE_NUMBER:0723 904 417]],șofer
[[PERSON:Georgescu]],[[PERSON:Alexandru]],[[ID_NUMBER:1950117130240]],[[LOCATION:Constanța]],[[PHONE_NUMBER:0766 230 581]],manipulant
[[PERSON:Stoica]],[[PERSON:Oana]],[[ID_NUMBER:2881229122058]],[[LOCATION:Cluj-Napoca]],[[PHONE_NUMBER:0751 447 630]],contabil""",
]

CHAT = [
    """[09:14] Agent ([[PERSON:Priya]]): Hi, thanks for contacting ParcelPoint! Could I take your tracking number?
[09:15] Customer: hi yes its PP41 8839 2207 GB
[09:15] Agent ([[PERSON:Priya]]): Thanks. For security, can you confirm the full name and postcode on the delivery?
[09:16] Customer: [[PERSON:Dominic Achterberg]], [[ZIP_CODE:BS3 4EJ]]
[09:17] Agent ([[PERSON:Priya]]): Thank you [[PERSON:Dominic]]. I can see the driver marked it as left with a neighbour at [[ADDRESS:22 Raleigh Road]].
[09:17] Customer: im at 27!! never heard of the people at 22
[09:18] Agent ([[PERSON:Priya]]): I'm sorry about that. I've raised a claim and our local depot will call you on the number we have, [[PHONE_NUMBER:07788 302 914]], within 24 hours.""",
    """[[PERSON:Shirin]]: flight lands 6.40 sunday, terminal 3 🙏
[[PERSON:Dev]]: which airline
[[PERSON:Shirin]]: emirates, EK 001. booking ref is under [[PERSON:Farhad]]'s name
[[PERSON:Dev]]: ok i'll pick you up. send me his passport pic for the hotel, they want it before check-in
[[PERSON:Shirin]]: passport no [[ID_NUMBER:K88120493]], dob [[DATE_TIME:12/11/1954]]
[[PERSON:Dev]]: got it. hotel is the one on [[ADDRESS:45 Bayswater Road]], I'll text [[PERSON:Farhad]] uncle the room number""",
    """#ops-inbound
[[USERNAME:kwame.o]] 07:02  trailer from [[LOCATION:Felixstowe]] is 40 min late, driver says M25 is shut
[[USERNAME:liz.hartnell]] 07:03  which driver? need to update the bay plan
[[USERNAME:kwame.o]] 07:03  [[PERSON:Gary Pritchard]], agency. his mobile is [[PHONE_NUMBER:07931 448 206]] if you want to call him direct
[[USERNAME:liz.hartnell]] 07:05  thx. @[[USERNAME:raj.b]] can you move the Tesco load to bay 14
[[USERNAME:raj.b]] 07:06  done. also [[PERSON:Gary]]'s CPC card expires this month fyi, HR has him down as [[ID_NUMBER:DQC 30041872]]""",
    """Guest (Room 908): Hello, is it possible to book a table for tonight for 4 people?
Concierge [[PERSON:Matteo]]: Good evening [[PERSON:Mrs. Lindgren]]! Certainly. Which restaurant would you like?
Guest (Room 908): the fish place on the harbour. under [[PERSON:Karin Lindgren]], and my husband's mobile in case they call: [[PHONE_NUMBER:+46 70 318 44 92]]
Concierge [[PERSON:Matteo]]: Booked for 20:00. Shall I also arrange the airport taxi for your departure on [[DATE_TIME:Saturday 17th at 05:30]]?
Guest (Room 908): yes please, and charge it to the room""",
    """@[[USERNAME:Kemi_Adeola]]: @SkyWingsAir 3 hours on the tarmac in [[LOCATION:Lagos]] and no water. Disgraceful.
@SkyWingsAir: We're really sorry, [[PERSON:Kemi]]. Please DM us your booking reference and we'll look into this.
@[[USERNAME:Kemi_Adeola]] (DM): ref is HT4QZP, name [[PERSON:Oluwakemi Adeola]], flight on [[DATE_TIME:22 March]]. email is [[EMAIL_ADDRESS:kemi.adeola@gmail.com]]
@SkyWingsAir (DM): Thank you. Our customer relations team will email you within 5 working days. ^[[PERSON:JM]]""",
    """[[PERSON:Stella]]: hi is the iphone still available
[[PERSON:Nate]]: yes. £320, collection only
[[PERSON:Stella]]: could you post it? i can pay by bank transfer
[[PERSON:Nate]]: ok if you pay postage. send me your address
[[PERSON:Stella]]: [[PERSON:Stella Akintola]], [[ADDRESS:Flat 4, 19 Gower Street]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 4PA]]
[[PERSON:Nate]]: cool. account name [[PERSON:N Fairclough]], sort code 09-01-28, acc no [[ID_NUMBER:41120388]]""",
    """[[PERSON:Hannah]] (HR): [[PERSON:Sam]], quick one, payroll bounced [[PERSON:Jorge]]'s salary
[[PERSON:Sam]] (Finance): yeah the bank rejected it. the IBAN on file was [[IBAN_CODE:ES64 0049 1500 0905 1293 4766]], is that right?
[[PERSON:Hannah]] (HR): he moved to a Spanish bank in May, let me check his onboarding form
[[PERSON:Hannah]] (HR): form says [[PERSON:Jorge Castaño Ruiz]], NIE [[ID_NUMBER:Y4071852S]], start date [[DATE_TIME:3 June 2024]]. IBAN matches
[[PERSON:Sam]] (Finance): then it's their end. I'll resubmit tomorrow""",
    # Romanian
    """Operator ([[PERSON:Cristina]]): Bună ziua! Cu ce vă pot ajuta?
Client: Bună, aștept un colet de 5 zile. AWB 1029 4418 7730
Operator ([[PERSON:Cristina]]): Vă rog să-mi confirmați numele și adresa de livrare.
Client: [[PERSON:Radu Dumitrescu]], [[ADDRESS:Calea Aradului nr. 58, ap. 3]], [[LOCATION:Timișoara]]
Operator ([[PERSON:Cristina]]): Mulțumesc, [[TITLE:domnule]] [[PERSON:Dumitrescu]]. Coletul este în depozitul din [[LOCATION:Arad]]; curierul vă va suna la [[PHONE_NUMBER:0723 904 417]] [[DATE_TIME:mâine, 14 mai, între 10 și 14]].""",
]

LOOKALIKE = [
    """WAREHOUSE NOTICE - WEEK 19
Stock count for SKU HX-4471-BLK and SKU HX-4471-RED is due before the Friday cut-off. Order refs 112-3391847-2209934 and 112-7750018-4432190 are on hold pending QC. Inbound trailer TRL-20931 (seal 7730418) arrives at dock 4. Scanner firmware must be updated to 10.4.2.1 on all units (serials SN-4C1189-0042 to SN-4C1189-0067). Questions to inventory@kestrelfreight.com or the depot line, 0330 808 4471. The new overflow site is on Nelson Mandela Boulevard, next to the Tesco Extra.""",
    """Release 3.12.0 (build 20240614.7)
- Checksum: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Fixed parsing of tracking numbers like 1Z 999 AA1 01 2345 6784 and JJD000390007882345
- Minimum supported label-printer firmware is now 4.2.0.17 (was 4.1.9.250)
- Session IDs are now UUIDv7 (e.g. 018f2c3a-7b1d-7c44-9a0e-2f6b9d4e1a33)
- Thanks to [[PERSON:Ingrid Solbakken]] ([[EMAIL_ADDRESS:ingrid.solbakken@gmail.com]]) for reporting the Luhn check bug
Upgrade with: pip install parcelkit==3.12.0""",
    """INVOICE INV-2024-00871    Issue date: 14/05/2024    Due: 13/06/2024
Bill to: [[PERSON:Aoife Brennan]], Brennan Design, [[ADDRESS:14 Castle Street]], [[LOCATION:Kilkenny]]
Item                         Qty   Unit     Total
Courier - same day (SD-01)     3   €18.50   €55.50
Pallet storage (PAL-W)        10    €4.20   €42.00
VAT (23%)                                   €22.43
Supplier VAT no. IE 9814437W. Pay by reference INV-2024-00871. Accounts: accounts@swiftroute.ie, +353 1 555 0142.""",
    """OPS BULLETIN 24/118
A320 G-EZTK swapped onto EZY8451 (gate 22, STD 14:05); G-UZHF to hangar 3 for an A-check. NOTAM A1827/24 closes taxiway K until 2359. Crew report at 12:30 to the crew room; standby list is on the board. Duty manager today is [[PERSON:Sarah Quinton]], ext. 4471. Baggage belts 5 and 6 are out of service, ticket INC-44781. Catering uplift for 3 sectors.""",
    """New in store this month: "The Parkinson Law Handbook" (ISBN 978-1-84628-401-4), a revised edition of "Halley's Comet and Other Visitors" (ISBN 9780306406157), and a children's guide to Alzheimer's for families (ISBN 978-88-04-51732-0). Our Darwin Street branch reopens after refurbishment, and the author of the Halley book, [[PERSON:Maeve O'Driscoll]], will sign copies there on [[DATE_TIME:Saturday 15 June]]; call the shop on 0161 496 0812 or email events@pagesandco.co.uk. Gift card codes start with GC- and are not refundable.""",
    """Asset register export (IT)
hostname       mac                 serial        os_version   assigned_to
LDN-LT-0412    3C:22:FB:91:0E:44   5CG2184K7Q    10.0.22631   [[PERSON:Priya Venkatesan]]
LDN-LT-0413    F4:8E:38:1A:7C:02   5CG2184K9B    10.0.22631   spare
LDN-PR-0007    00:1B:44:11:3A:B7   VNB3R40218    2.61.4.3     Floor 2 printer
LDN-SW-0001    A0:36:9F:52:08:1C   FOC2219X0QA   17.9.4a      core switch""",
    # Italian
    """Gentile cliente, il suo ordine n. 40-771823 è stato spedito. Codice di tracciamento: 3SABCD0012345678. Corriere: servizio espresso, consegna prevista entro 48 ore lavorative. Per assistenza chiami il numero verde 800 123 456 o scriva a assistenza@negozio-esempio.it. Il ritiro in negozio è disponibile presso il punto vendita di Via Giuseppe Garibaldi, accanto alla farmacia. Partita IVA 01234567890. Destinatario: [[PERSON:Valeria Santoro]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind58", STYLES, OUT)


if __name__ == "__main__":
    main()
