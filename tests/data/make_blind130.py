"""Build tests/data/blind130.jsonl: a *blind*, hand-written labeled PII set (set 130).

    .venv/bin/python tests/data/make_blind130.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of file (copied here), gold_sets.py (whole
file), and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test, bench/, the README, any *.jsonl (this set's own output included), the
record lists of make_blind22.py and every other make_*.py, git history, log
or status. The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the French and Belgian
ones carry the right national check digits too); national ids with a public
check digit were given a valid one: Thai national ids and the Thai pink
card (mod 11), NHS numbers, Canadian SIN, BC PHN, Aadhaar (Verhoeff),
Australian TFN, Irish PPSN, South African ids (Luhn, agreeing with the
person's sex and birth date), the Argentine CUIT, UK driving licence
numbers (their layout agrees with name, sex and birth date) and the ISBN-13
look-alikes. All worked out with throwaway code while writing, typed in by
hand, not generated here (`gold_sets.check` re-checks cards and IBANs).
Not checked (no public check digit): US SSNs and ITINs, A-Numbers, I-94s,
Medicare MBIs, Myanmar NRC numbers, PAN, Kenyan ids and KRA PINs,
passports, licences, plates, bank account numbers, and staff, student,
member, patient, client and vendor numbers.

Styles (ids `blind130-<style>-NNN`; 240 records; a table-heavy mix):
- `bench` (85): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, leases,
  deeds, medical, pharmacy, loan, rental and consent forms, notices,
  minutes, referral letters, invoices, discharge summaries, bank
  statements) and Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env,
  HL7, HTTP requests, code in Python / JS / Go, git commits, kubectl logs,
  Jira and help-desk tickets, call logs).
- `gen` (80): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  names at start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, ASCII boxes, fixed-width, JSON lines, YAML, key: value
  blocks), varied column names and non-PII columns, header rows unlabeled.
- `chat` (8): bank and streaming support chats, a WhatsApp vendors' group,
  a Slack interpreter-scheduling channel, a resettlement team thread, a
  Karen choir thread, a family chat, a Lao messaging thread.
- `lookalike` (7): texts full of non-PII shaped like PII (order, tracking,
  invoice, case, policy, job and booking refs, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, lot and accession numbers, company phones,
  role mailboxes, eponyms, streets named after people with no number),
  with the few real PII values labeled; one has no PII at all.
About a third of the gen and bench records (somewhat more in gen) are about
farmers' markets and their vendors, refugee resettlement case files, and
interpreters and clinic appointments; the rest spread widely (banking,
insurance, HR, schools, travel, telecoms, housing, gaming, social media,
deliveries, gyms, vets, tax, courts).

Languages: about nine records in ten are in English (US, UK, Canada,
Australia, New Zealand, Ireland, India, South Africa, Nigeria, Kenya and
other contexts, names from many cultures, among them Hmong, Karen, Karenni,
Chin, Burmese, Lao, Thai, Bhutanese-Nepali, Somali, Afghan, Congolese and
Burundian communities in the US). The rest (about one in nine, spread over
every style but lookalike) are in White Hmong (RPA), in S'gaw Karen
(Myanmar script, often mixed with English as written in the resettled
communities), or in the English of Thailand, Laos, Myanmar and the
resettled communities in the US.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a
  name, labeled apart from it; job titles are not TITLE, family words
  ("grandpa", "Aunty", Hmong "Niam") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor / lot), PO boxes,
  rural routes with their box, house and building names; city, district,
  village, county, state / province (also abbreviated) and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, arrival, move, start of
  a job, hearing, visit, signature, letter, deadline ...) with a day or
  month, in any shape and language, a weekday or clock time said with the
  date inside the span; not bare years, weekdays or times alone,
  durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, client, customer and member numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  BIC / sort codes / routing and transit numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking / case references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 8812"), pets, eponyms and brands named after
  people, header rows.
- Calls kept from make_blind22.py: in a table a "sex", "role", "dept" or
  "status" column is unlabeled, an "age" column is AGE, a "country",
  "state" or "county" column is LOCATION, a "nationality" column is NRP;
  job titles, employers and companies are unlabeled; a building number in
  its own field and a secondary address are ADDRESS; a "last login"
  timestamp of a person's account is DATE_TIME.

Calls made while writing this set:
- Burmese honorifics U, Daw, Ko, Ma, the Thai Khun, Rev., Pastor and Sgt.
  before a name are TITLE; the Karen prefixes Saw and Naw, which resettled
  Karen carry as part of their legal names, stay inside PERSON. Airline
  style "ABDULLAHI/AMINA MS" gives PERSON then TITLE.
- An ethnic group stated as a person's identity ("Karenni", "Bamar",
  "Karen", "Bhutanese-Nepali") is NRP like a nationality; a language name
  ("Hmong interpreter", "S'gaw Karen", "Hmoob Ntsuab") is not.
- Resettlement: A-Numbers, I-94 numbers, UNHCR registration numbers, Thai
  pink cards, Lao family book numbers, Myanmar NRC numbers, Medicaid /
  Medi-Cal / Medicare numbers, MRNs and an agency's client id are
  ID_NUMBER; an agency's case file reference (R&P-25-0411, RS-2025-00417)
  is a case reference and stays unlabeled. Refugee camps (Mae La, Nu Po,
  Umpiem Mai, Tham Hin, Wat Tham Krabok) are LOCATION.
- Interpreter certification numbers and a market vendor's badge number are
  ID_NUMBER like member numbers; stall, booth, room and plot numbers, NPI
  numbers of providers, business names (also those carrying a family name,
  "Yang Family Gardens", "Dwyer Roofing"), market and clinic names are not
  labeled.
- Every street address, city and postcode is labeled whoever it belongs to
  (a clinic's, a landlord's or a company's too); only company phones and
  role mailboxes are exempt.
- Dates: server log, HL7 header and commit timestamps, transaction,
  donation, token-redemption, invoice and bank-statement dates, group
  events (board meeting, choir practice) and validity / expiry dates
  ("badge ... through Dec 31") are unlabeled; deadlines set for a named
  person ("renew before 30 June", library "due back") are DATE_TIME.
- Phone numbers a person gives as their own are PHONE_NUMBER even when
  mistyped or old; Bitcoin addresses and VINs are unlabeled, plates are
  ID_NUMBER; IPs are labeled whatever their range (private, documentation).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind130.jsonl")

BENCH = [
    # ai4privacy-like mixed sentences
    """Attention [[PERSON:Marisol Quintanilla-Ybarra]], Lead Integration Architect: your workstation at [[ADDRESS:4418 Kessler Ridge]], [[ADDRESS:Suite 1207]], [[LOCATION:North Delphine]] last checked in from [[IP_ADDRESS:172.58.201.14]] (MAC 3c:22:fb:91:0a:6e). Confirm the reimbursement to card [[CREDIT_CARD:4532018774309125]], exp 09/27, CVV 418, before your review on [[DATE_TIME:14/11/2024]].""",
    """The regional grant for community orchards was co-signed by [[PERSON:Tou Fue Xiong]] ([[USERNAME:tfxiong_farms]]) and routed through IBAN [[IBAN_CODE:DE70 7602 6000 0318 4577 02]], BIC HYVEDEMM760. Send the receipt to [[EMAIL_ADDRESS:toufue.xiong@orchardmail.net]] or to [[ADDRESS:2291 Rice Street]], [[ADDRESS:Unit B]], [[LOCATION:Maplewood]], [[LOCATION:MN]] [[ZIP_CODE:55117]].""",
    """Hey [[PERSON:Jovani]], the dashboard shows that [[PERSON:Kirsten Ødegaard]], [[AGE:41]], Female, Chief Branding Officer, logged in from [[IP_ADDRESS:2a02:2149:8b1c:4f00:91d2:7e3a:b5c0:0d14]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15 on [[DATE_TIME:03/02/2023 at 22:41]]. Her password was reset to q7#Lm!vD2x.""",
    """Patient intake note for [[PERSON:Saw Eh Ku Htoo]], age [[AGE:58]], DOB [[DATE_TIME:1966-07-01]], Medicaid ID [[ID_NUMBER:00418273]], requires a S'gaw Karen interpreter. Home: [[ADDRESS:1407 Oakwood Drive]], [[ADDRESS:Apt 3C]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46806]]. Contact daughter [[PERSON:Naw Hser Paw]] at [[PHONE_NUMBER:260-415-7723]].""",
    """In the latest compliance audit, Senior Quality Technician [[PERSON:Obinna Chukwuemeka-Hale]] confirmed that vehicle VIN 1HGCM82633A004352 with plate [[ID_NUMBER:KDJ 4471]] belongs to him; his driving licence [[ID_NUMBER:CHUKW807157O99XY]] and his home at [[ADDRESS:17 Beechwood Crescent]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QP]] were verified.""",
    """Could [[PERSON:Yeng Lor]] please update the Bitcoin payout address 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy? Her current payroll goes to account [[ID_NUMBER:7740 2316 58]] and her SSN on file is [[US_SSN:471-83-2096]]. She can be reached at [[PHONE_NUMBER:+1 (559) 284-6610]].""",
    """Dear [[PERSON:Mr. Ahmadzai]], as the Direct Tactics Consultant for the [[LOCATION:East Kiara]] branch, you are asked to bring your passport [[ID_NUMBER:P04871526]] and your date of birth certificate ([[DATE_TIME:21st of March 1987]]) to Building [[ADDRESS:62]], [[ADDRESS:Floor 4]], [[ADDRESS:Wunsch Crossroad]].""",
    """Card ending 0441 declined. Alternate payment: [[CREDIT_CARD:3782 822931 00515]] (Amex, CVV 8816, exp 02/26) held by [[PERSON:Hnin Wai Phyo]]. Billing address [[ADDRESS:880 Lyell Avenue]], [[LOCATION:Rochester]], [[LOCATION:NY]] [[ZIP_CODE:14606]]; device 98:5a:eb:c4:11:7f, IP [[IP_ADDRESS:66.241.90.187]].""",
    """[[PERSON:pa nhia vang]]'s account ([[USERNAME:pnvang_87]]) was opened on [[DATE_TIME:April 9, 2019]] with the Financial Accounts Executive [[PERSON:Delroy Pinnock]]. Transfers from [[IBAN_CODE:GB95LOYD30963372518804]] continue monthly; the account's zip [[ZIP_CODE:95823]] matches her [[LOCATION:Sacramento]] residence.""",
    """The 3D printer blueprint was uploaded by [[USERNAME:Kaw_Htoo.mesh]] from [[IP_ADDRESS:192.168.14.203]] and [[IP_ADDRESS:101.51.88.240]]. Owner: [[PERSON:Kaw Htoo]], [[AGE:33]] years old, [[NRP:Thai]] national, ID [[ID_NUMBER:1-1037-00456-78-3]], living at [[ADDRESS:88/14 Moo 5]], [[LOCATION:Tambon Mae Pa]], [[LOCATION:Mae Sot]], [[LOCATION:Tak]] [[ZIP_CODE:63110]].""",
    """We're excited to welcome [[PERSON:Ifeoluwa Adebayo-Marsh]] as Product Directives Orchestrator from [[DATE_TIME:Monday, 6 January 2025]]. Please set up her laptop (serial C02XK1ZLJG5J) and badge; her personal email is [[EMAIL_ADDRESS:ife.adebayomarsh@proton.me]] and mobile [[PHONE_NUMBER:07700 931 482]].""",
    """Chargeback dispute: Visa [[CREDIT_CARD:4024-0071-5538-4026]] (expiry 11/25) used at the Hmongtown Marketplace stall on [[DATE_TIME:08/17/2024]]. Cardholder [[PERSON:Chue Yang]], [[ADDRESS:217 Como Avenue]], [[LOCATION:Saint Paul]], [[LOCATION:Minnesota]] [[ZIP_CODE:55103]], says the charge of $86.40 was split by the vendor.""",
    """[[PERSON:Ms. Adaeze]] the Legacy Assurance Producer submitted the claim from [[IP_ADDRESS:10.44.7.129]]; her verification code 559201 expired. Listed accounts: [[ID_NUMBER:31849920]] and [[IBAN_CODE:NL20 RABO 0318 4629 17]]. Her gender (non-binary) and eye color (hazel) were noted in the form.""",
    # gretel-like domain documents
    """CLINIC APPOINTMENT REMINDER
Patient: [[PERSON:Mai Yer Thao]]    MRN: [[ID_NUMBER:00874512]]
Date of birth: [[DATE_TIME:02/14/1961]]
Appointment: [[DATE_TIME:Thursday, 10/23/2025, 9:15 AM]] with [[PERSON:Dr. Rebecca Lindqvist]], Endocrinology
Interpreter requested: Hmong (White), in person
Callback number: [[PHONE_NUMBER:(651) 774-2098]]
Please arrive 20 minutes early and bring your insurance card.""",
    """RESETTLEMENT CASE SUMMARY — Reception & Placement
Principal applicant: [[PERSON:Eh Say Paw]], born [[DATE_TIME:12 Jan 1989]] in [[LOCATION:Hpa-an]], [[LOCATION:Myanmar]]
A-Number: [[ID_NUMBER:A209-874-331]]    I-94: [[ID_NUMBER:734019258A3]]
Arrival: [[DATE_TIME:2024-05-22]] at [[LOCATION:Chicago]] O'Hare; final destination [[LOCATION:Utica]], [[LOCATION:NY]]
Household: spouse [[PERSON:Naw Mu Wah]] ([[AGE:31]]), children [[PERSON:Ler Htoo]] ([[AGE:9]]) and [[PERSON:Paw Gay]] ([[AGE:4]])
Previous residence: [[LOCATION:Mae La]] camp, Section C2, [[LOCATION:Tak Province]], [[LOCATION:Thailand]]
Assigned case manager: [[PERSON:Bridget O'Rourke]]; housing at [[ADDRESS:1122 Kemble Street]], [[ADDRESS:2nd floor]], [[LOCATION:Utica]] [[ZIP_CODE:13501]].""",
    """LOAN APPLICATION — PERSONAL
Applicant name: [[PERSON:Rajeshwari Pillai-Mendes]]
SSN: [[US_SSN:537-21-8864]]     DOB: [[DATE_TIME:1979/10/03]]
Residential address: [[ADDRESS:9 Larkspur Court]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08820]]
Employer: Tri-County Logistics LLC (employer phone 732-555-0140)
Requested amount: $18,500   Term: 48 months
Deposit account: [[ID_NUMBER:004417829930]], routing 021200339
Signature date: [[DATE_TIME:7 March 2025]]""",
    """NOTICE OF LEASE TERMINATION

To: [[PERSON:Pheng Khang]] and [[PERSON:Nou Her]], tenants of [[ADDRESS:3315 E. Hamilton Avenue]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93702]]
From: Sierra Vista Property Group, [[ADDRESS:1800 Tulare St]], [[LOCATION:Fresno]] [[LOCATION:CA]] [[ZIP_CODE:93721]]

This notice, served on [[DATE_TIME:September 30, 2025]], informs you that your month-to-month tenancy will end on [[DATE_TIME:October 31, 2025]]. Your security deposit of $1,150 will be returned to the forwarding address you provide within 21 days. Questions: leasing office (559) 555-0188.""",
    """INSURANCE CLAIM FORM — Crop Loss (Specialty Produce)
Claimant: [[PERSON:Kou Vang]]        Policy no.: CRP-77-410239
Farm location: [[ADDRESS:6041 Dodd Boulevard]], [[LOCATION:Farmington]], [[LOCATION:MN]] [[ZIP_CODE:55024]]
Date of loss: [[DATE_TIME:July 11, 2025]] (hail)
Crops: long beans, bitter melon, Thai chili, lemongrass (approx. 2.5 acres)
Claimant phone: [[PHONE_NUMBER:952.381.4406]]   Email: [[EMAIL_ADDRESS:kouvang.farm@gmail.com]]
Adjuster: [[PERSON:Tamsin Barlow]], adjuster ID [[ID_NUMBER:ADJ-40921]]""",
    """MEDICAL RECORD EXCERPT
Name: [[PERSON:Thandiwe Mokoena]]   Sex: F   Age: [[AGE:44]]
NHS No.: [[ID_NUMBER:721 305 5887]]
Seen by [[PERSON:Dr. Callum Fairweather]] on [[DATE_TIME:18/06/2024]] at the [[LOCATION:Leeds]] outpatient clinic.
Presenting complaint: intermittent palpitations, worse at night.
Plan: Holter monitor; review on [[DATE_TIME:2 July 2024, 14:20]]. GP: [[PERSON:Dr. Amina Qureshi]], [[ADDRESS:41 Roundhay Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 5AJ]].""",
    """INTERPRETER SERVICES — ASSIGNMENT CONFIRMATION
Interpreter: [[PERSON:Htoo Htoo Paw]] (S'gaw Karen / Burmese), CCHI cert. [[ID_NUMBER:CCHI-118407]]
Patient: [[PERSON:Saw Ler Moo]], DOB [[DATE_TIME:03/09/1952]]
Location: Parkview Family Clinic, [[ADDRESS:2200 Randallia Dr]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46805]] — Room 214
Date/time: [[DATE_TIME:Tue 11/04/2025 1:30 PM]]
Mode: on-site (backup video link will be sent to [[EMAIL_ADDRESS:htoohtoo.paw@langbridge.org]])
Interpreter mobile: [[PHONE_NUMBER:260 999 4127]]""",
    """EMPLOYMENT CONTRACT (extract)
This Agreement is made on [[DATE_TIME:1 February 2025]] between Kestrel Analytics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Siosaia Taufa]] of [[ADDRESS:12/48 Bell Street]], [[LOCATION:Preston]] [[LOCATION:VIC]] [[ZIP_CODE:3072]] ("the Employee").
Tax file number: [[ID_NUMBER:459 317 821]]. Superannuation is paid to the Employee's nominated fund, member no. [[ID_NUMBER:80443712]].
Commencement: [[DATE_TIME:17 February 2025]]. Position: Data Platform Engineer.""",
    """FARMERS' MARKET VENDOR APPLICATION — 2025 SEASON
Business name: Golden Hills Hmong Produce
Owner/operator: [[PERSON:Youa Moua Her]]
Mailing address: [[ADDRESS:PO Box 318]], [[LOCATION:Hugo]], [[LOCATION:MN]] [[ZIP_CODE:55038]]
Farm site: [[ADDRESS:14550 Keystone Avenue North]], [[LOCATION:Hugo]]
Phone: [[PHONE_NUMBER:651-402-8876]]   Alt (son, [[PERSON:Tong Her]]): [[PHONE_NUMBER:651-239-0154]]
Products: bok choy, pea shoots, cut flowers, sticky rice cakes (cottage food)
Stall request: double, Saturdays (Stall 41 last season)
Signature: [[PERSON:Youa M. Her]]   Date: [[DATE_TIME:02/03/2025]]""",
    """SMALL CLAIMS COMPLAINT
Plaintiff: [[PERSON:Rosalind Achterberg]], [[ADDRESS:775 Mill Pond Lane]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28806]]
Defendant: [[PERSON:Garrett Dwyer]], d/b/a Dwyer Roofing, [[ADDRESS:31 Sand Hill Rd]], [[LOCATION:Asheville]] [[LOCATION:NC]] [[ZIP_CODE:28806]]
Amount claimed: $4,320.00
Statement: On [[DATE_TIME:May 3, 2024]] I paid the defendant a deposit by check no. 2281 for roof repair that was never performed. I called him on [[DATE_TIME:June 12]] and [[DATE_TIME:June 19]]; he did not return my calls.
Hearing: [[DATE_TIME:January 14, 2025 at 9:00 a.m.]], Courtroom 3B.""",
    """PHARMACY REFILL REQUEST
Patient: [[PERSON:Siddharth Venkataraman]]   DOB: [[DATE_TIME:09-Aug-1990]]
Rx #: 6602194  (atorvastatin 20 mg, #90)
Prescriber: [[PERSON:Dr. Meredith Okafor]], NPI 1730284915
Pharmacy: Bayside Drug, [[ADDRESS:14 Harbour Rd]]
Patient phone: [[PHONE_NUMBER:+1 604 318 2290]]   Health card: [[ID_NUMBER:9087 412 347]]
Pick-up: [[DATE_TIME:Friday 21 March]], after 4 pm.""",
    """CASE NOTE — Employment Services (Refugee Employment Program)
Client: [[PERSON:Khu Reh]] ([[NRP:Karenni]]), arrived [[DATE_TIME:March 2023]]
Client ID: [[ID_NUMBER:REP-23-08817]]   A#: [[ID_NUMBER:213557089]]
Met with client on [[DATE_TIME:8/14/2025]] at the [[LOCATION:Amarillo]] office with interpreter [[PERSON:Saw Bwe Doh]] (by phone). Client started work at Caviness Beef Packers on [[DATE_TIME:8/11/2025]], second shift. New address: [[ADDRESS:4011 NE 18th Avenue]], [[LOCATION:Amarillo]] [[ZIP_CODE:79107]]. Client phone changed to [[PHONE_NUMBER:806-418-2270]].""",
    """WARRANTY DEED (summary)
Grantor: [[PERSON:Harold Eugene Whitcombe]], a widower
Grantee: [[PERSON:Bao Lee]] and [[PERSON:Nhia Lee]], husband and wife
Property: Lot 14, Block 3, Riverside Addition, commonly known as [[ADDRESS:1906 Grand Avenue]], [[LOCATION:Wausau]], [[LOCATION:Marathon County]], [[LOCATION:Wisconsin]] [[ZIP_CODE:54403]]
Consideration: $214,000. Executed [[DATE_TIME:June 6, 2025]] before notary [[PERSON:Linnea Sorensen]], commission expires 3/1/2028.""",
    """SCHOOL ENROLLMENT FORM
Student: [[PERSON:Gay Htoo Say]]   Grade: 7   DOB: [[DATE_TIME:2012.11.30]]
Home language: Karen (S'gaw); parent needs interpreter for conferences
Parent/guardian: [[PERSON:Saw Pah Poe]] — cell [[PHONE_NUMBER:(317) 402-6619]]
Address: [[ADDRESS:5530 Madison Avenue]], [[ADDRESS:Lot 112]], [[LOCATION:Indianapolis]], [[LOCATION:IN]] [[ZIP_CODE:46227]]
Prior school: Mae La Learning Centre (no transcript)
Student ID assigned: [[ID_NUMBER:7721045]]""",
    """MEMO — HR
To: payroll@brennanfoods.ie
Re: change of bank details for [[PERSON:Aoife Ní Bhriain]], staff no. [[ID_NUMBER:BF-2207]]
Effective [[DATE_TIME:25/04/2025]], salary to be paid into [[IBAN_CODE:IE58 BOFI 9000 1739 2044 18]] (BIC BOFIIE2D). PPS number [[ID_NUMBER:6433012JA]] unchanged. Home address now [[ADDRESS:Apt 6, Harbour View]], [[ADDRESS:22 Merchants Road]], [[LOCATION:Galway]] [[ZIP_CODE:H91 X2T6]].""",
    """VETERINARY INVOICE
Client: [[PERSON:Lucía Ferreira-Domínguez]]
Client phone: [[PHONE_NUMBER:+34 612 448 903]]
Pet: Pancho (Labrador, 7 yrs)
Visit: [[DATE_TIME:12/05/2025]]
Services: vaccination, dental scaling
Paid by card **** 7702
Clinic: Clínica Veterinaria Sol, [[ADDRESS:Calle Mayor 18]], [[ZIP_CODE:28013]] [[LOCATION:Madrid]]""",
    """MINUTES — Northside Farmers' Market Board
Date: June 3, 2025 (board meeting)
Present: [[PERSON:Mee Yang]] (chair), [[PERSON:Dorothy Kaczmarek]], [[PERSON:Efraín Solís]], [[PERSON:Sheng Xiong]]
1. Vendor complaint from [[PERSON:Blia Vue]] (stall 17) about the shared tent — to be resolved by [[PERSON:Dorothy]].
2. SNAP token reconciliation: [[PERSON:Efraín]] reported a $412 gap for May.
3. New vendor [[PERSON:Rahul Bhattarai]] ([[NRP:Bhutanese-Nepali]], honey and achar) approved; his contact [[PHONE_NUMBER:402-817-3350]] to be added to the roster.
Next meeting: July 1.""",
    """REFERRAL LETTER
[[DATE_TIME:14 August 2025]]
Dear [[PERSON:Dr. Niamh Gallagher]],
I am referring [[PERSON:Mrs. Pa Zoua Lor]], [[AGE:67]], of [[ADDRESS:4721 Colerain Avenue]], [[LOCATION:Cincinnati]], [[LOCATION:OH]] [[ZIP_CODE:45223]], for assessment of worsening knee osteoarthritis. She speaks Hmong only; her son [[PERSON:Chong Lor]] ([[PHONE_NUMBER:513-602-9184]]) usually accompanies her, but a professional interpreter is preferred for consent.
Yours sincerely,
[[PERSON:Dr. Aaron Feldstein]], Family Medicine""",
    """ACCIDENT REPORT
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Kealoha Makoa]], badge 4471
Driver 1: [[PERSON:Zaw Min Oo]], DL [[US_DRIVER_LICENSE:D4821736]] (CA), [[ADDRESS:2716 Fruitridge Road]], [[LOCATION:Sacramento]] [[ZIP_CODE:95820]], phone [[PHONE_NUMBER:916-733-0248]]
Driver 2: [[PERSON:Candace Ruelas]], DL [[US_DRIVER_LICENSE:F7740219]] (CA)
Vehicles: 2011 Toyota Sienna plate [[ID_NUMBER:6TRK418]]; 2019 Honda Civic plate [[ID_NUMBER:8JDW225]]
Date and time of collision: [[DATE_TIME:10/02/2025 17:48]], at Stockton Blvd and 14th Ave.""",
    """CUSTOMER COMPLAINT — Telecom
Account holder: [[PERSON:Kanokwan Thongdee]]
Account no.: [[ID_NUMBER:8800472361]]
Service address: [[ADDRESS:55/203 Soi Sukhumvit 39]], [[LOCATION:Khlong Tan Nuea]], [[LOCATION:Watthana]], [[LOCATION:Bangkok]] [[ZIP_CODE:10110]]
Mobile: [[PHONE_NUMBER:081 452 7719]]
[[TITLE:Khun]] [[PERSON:Kanokwan]] reports that her fibre has been down since [[DATE_TIME:2 October]]; technician visit was promised for [[DATE_TIME:5 Oct 2025 between 13:00-15:00]] but nobody came. She request refund of one month fee na ka.""",
    # Nemotron-like structured records
    """{"customer_id": "[[ID_NUMBER:CUST-448120]]", "name": {"first": "[[PERSON:Ngozi]]", "last": "[[PERSON:Eze-Carrington]]"}, "dob": "[[DATE_TIME:1984-02-29]]", "contact": {"email": "[[EMAIL_ADDRESS:ngozi.ec@fastmail.com]]", "phone": "[[PHONE_NUMBER:+44 20 8127 4459]]"}, "address": {"line1": "[[ADDRESS:Flat 3]]", "line2": "[[ADDRESS:71 Coldharbour Lane]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:SE5 9NS]]"}, "marketing_opt_in": false, "tier": "gold"}""",
    """2025-03-14T08:22:17.441Z INFO  auth-service  login_success user=[[USERNAME:dmitri.volkov]] email=[[EMAIL_ADDRESS:d.volkov@kestrel-analytics.io]] src_ip=[[IP_ADDRESS:185.44.112.9]] ua="Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0" session=7f3a9c0e2b1d mfa=totp
2025-03-14T08:22:19.006Z WARN  auth-service  password_reset_requested user=[[USERNAME:h.okonkwo]] src_ip=[[IP_ADDRESS:41.203.72.18]] reason="too many attempts"
2025-03-14T08:23:02.310Z INFO  billing       card_updated customer=[[ID_NUMBER:C-0093317]] last4=1048 exp=03/28""",
    """INSERT INTO market_vendors (vendor_id, full_name, phone, email, stall, market_day, joined_on)
VALUES (2214, '[[PERSON:Xia Lee Moua]]', '[[PHONE_NUMBER:715-848-2231]]', '[[EMAIL_ADDRESS:xialeemoua@yahoo.com]]', 'B-12', 'Sat', '[[DATE_TIME:2019-05-04]]'),
       (2215, '[[PERSON:Gerald Pautz]]', '[[PHONE_NUMBER:715-359-6604]]', NULL, 'B-13', 'Sat', '[[DATE_TIME:2021-06-12]]'),
       (2216, '[[PERSON:Choua Thao]]', '[[PHONE_NUMBER:(715) 302-1187]]', '[[EMAIL_ADDRESS:chouathao.flowers@gmail.com]]', 'C-02', 'Wed', '[[DATE_TIME:2023-04-29]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:448120937]]</mrn>
  <name><given>[[PERSON:Hser]]</given><family>[[PERSON:Nay Moo]]</family></name>
  <gender>female</gender>
  <birthDate>[[DATE_TIME:1995-08-17]]</birthDate>
  <address>
    <line>[[ADDRESS:622 Wyoming Street]]</line>
    <city>[[LOCATION:Syracuse]]</city><state>[[LOCATION:NY]]</state><postalCode>[[ZIP_CODE:13204]]</postalCode>
  </address>
  <telecom system="phone">[[PHONE_NUMBER:315-671-0942]]</telecom>
  <communication><language>ksw</language><preferred>true</preferred><interpreterRequired>true</interpreterRequired></communication>
  <appointment start="[[DATE_TIME:2025-11-06T10:40:00-05:00]]" clinic="Prenatal" />
</patient>""",
    """# config/notifications.yaml
smtp:
  host: smtp.internal.lakeshorehealth.org
  port: 587
  user: svc-notify
  password: "Wx!82mq#Tz"
on_call:
  primary:
    name: [[PERSON:Rutendo Marufu]]
    email: [[EMAIL_ADDRESS:rutendo.marufu@lakeshorehealth.org]]
    mobile: "[[PHONE_NUMBER:+1-414-208-7731]]"
  secondary:
    name: [[PERSON:Benedikt Aschenbrenner]]
    email: [[EMAIL_ADDRESS:b.aschenbrenner@lakeshorehealth.org]]
    mobile: "[[PHONE_NUMBER:+1-414-330-1925]]"
alerts_to: it-alerts@lakeshorehealth.org""",
    """def test_invoice_is_emailed():
    customer = Customer(
        name="[[PERSON:Beatriz Saldanha]]",
        email="[[EMAIL_ADDRESS:beatriz.saldanha@uol.com.br]]",
        card_number="[[CREDIT_CARD:5424180933761048]]",
        card_cvv="331",
        billing_zip="[[ZIP_CODE:04538-132]]",
    )
    invoice = make_invoice(customer, amount=Decimal("129.90"), sku="BK-2291-RED")
    assert send(invoice).to == ["[[EMAIL_ADDRESS:beatriz.saldanha@uol.com.br]]"]""",
    """Ticket HD-55210 | Priority: normal | Channel: web form
Requester: [[PERSON:Paw Htoo Wah]] <[[EMAIL_ADDRESS:pawhtoowah92@gmail.com]]>
Phone: [[PHONE_NUMBER:(402) 810-3367]]
Subject: cannot log in to the patient portal
Description: I try to login with username [[USERNAME:pawhtoo.w]] but it say my birthday wrong. My birthday is [[DATE_TIME:01/01/1992]] (camp paper say January 1 for everyone). Please fix, I have appointment [[DATE_TIME:Monday 24 Nov]] and need see the paper.
Assigned: Tier 1 — [[PERSON:Lorenzo Baptiste]]""",
    """[[IP_ADDRESS:73.162.44.210]] - [[USERNAME:kxiong]] [12/Mar/2025:14:02:55 -0500] "GET /vendors/portal/stall-map HTTP/1.1" 200 18422 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP_ADDRESS:73.162.44.210]] - [[USERNAME:kxiong]] [12/Mar/2025:14:03:10 -0500] "POST /vendors/portal/renewal HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP_ADDRESS:2601:446:c201:8a70::1f]] - [[USERNAME:dmoreau]] [12/Mar/2025:14:05:41 -0500] "GET /admin/vendors?id=3391 HTTP/1.1" 403 212 "-" "curl/8.4.0\"""",
    """MSH|^~\\&|EPIC|NORTHSIDE_CLINIC|LAB|NSC|20250917093012||ADT^A04|MSG00441|P|2.5
PID|1||[[ID_NUMBER:00912744]]^^^NSC^MR||[[PERSON:XIONG]]^[[PERSON:SHOUA]]^[[PERSON:N]]||[[DATE_TIME:19780502]]|F|||[[ADDRESS:1187 ARCADE ST]]^^[[LOCATION:SAINT PAUL]]^[[LOCATION:MN]]^[[ZIP_CODE:55106]]||[[PHONE_NUMBER:(651)776-3012]]|||||||[[US_SSN:392-54-1178]]
PV1|1|O|FAMMED^^^NSC||||1730284915^[[PERSON:OKAFOR]]^[[PERSON:MEREDITH]]|||||||||||V4410288
NTE|1||Needs Hmong interpreter; daughter [[PERSON:Maiv]] may come""",
    """# .env.production  (DO NOT COMMIT)
DATABASE_URL=postgres://app:Tr0ub4dor%263@db-prod-2.internal:5432/vendors
STRIPE_SECRET=sk_live_51Hx9aE2eZvKYlo2C0rL8vQm
ADMIN_NAME="[[PERSON:Ayesha Siddiqa]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:ayesha.siddiqa.dev@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+923214470918]]
SUPPORT_EMAIL=support@marketstall.app
ALLOWED_IPS=[[IP_ADDRESS:203.0.113.48]],[[IP_ADDRESS:198.51.100.7]]""",
    """[
  {"uid": 48812, "username": "[[USERNAME:lalitha_r]]", "display_name": "[[PERSON:Lalitha Ramaswamy]]", "last_login": "[[DATE_TIME:2025-09-30 22:14:07]]", "country": "[[LOCATION:IN]]", "aadhaar_masked": "XXXX-XXXX-0525"},
  {"uid": 48813, "username": "[[USERNAME:tomasz.wrobel]]", "display_name": "[[PERSON:Tomasz Wróbel]]", "last_login": "[[DATE_TIME:2025-10-01 07:02:51]]", "country": "[[LOCATION:PL]]", "aadhaar_masked": null},
  {"uid": 48814, "username": "[[USERNAME:neng.yang.88]]", "display_name": "[[PERSON:Neng Yang]]", "last_login": null, "country": "[[LOCATION:US]]", "aadhaar_masked": null}
]""",
    """UPDATE clients
   SET phone = '[[PHONE_NUMBER:+1 (918) 442-0716]]',
       street = '[[ADDRESS:2240 S Memorial Dr]]', unit = '[[ADDRESS:Apt 218]]', city = '[[LOCATION:Tulsa]]', state = '[[LOCATION:OK]]', zip = '[[ZIP_CODE:74129]]',
       preferred_language = 'Hakha Chin',
       updated_by = 'casemgr07'
 WHERE client_id = '[[ID_NUMBER:CL-2024-07713]]'
   AND last_name = '[[PERSON:Thawng]]' AND first_name = '[[PERSON:Sui Hlei]]';""",
    """commit 8c41e2fa09d7b3316a52cce0f7e1a4b2d9e6c051
Author: [[PERSON:Nguyen Thi Bich Ngoc]] <[[EMAIL_ADDRESS:ngoc.nguyen@users.noreply.github.com]]>
Date:   Wed Jun 18 16:44:09 2025 +0700

    fix(intake): accept A-numbers with 8 or 9 digits

    Reported by [[PERSON:Saw Kyaw Zin]] at the Omaha office; the old regex
    required exactly nine digits after the A.""",
    """{
  "paymentInstruction": {
    "debtor": {"name": "[[PERSON:Henrike Vosskuhle]]", "iban": "[[IBAN_CODE:DE73430609671127300815]]", "bic": "GENODEM1GLS"},
    "creditor": {"name": "Lanna Handicraft Co., Ltd.", "account": "081-2-44719-0", "bank": "Kasikornbank"},
    "amount": {"value": "1250.00", "currency": "EUR"},
    "requestedExecutionDate": "2025-04-02",
    "remittanceInfo": "INV 2025-0311 hill-tribe textiles"
  },
  "initiatedBy": {"userId": "[[USERNAME:hvosskuhle]]", "ip": "[[IP_ADDRESS:87.139.21.66]]"}
}""",
    """Call log — Language Line queue 4 (Hmong/Lao/Karen)
09:02  inbound [[PHONE_NUMBER:+1 209 722 4580]]  caller [[PERSON:Nou Chang]] requests Hmong interp for [[DATE_TIME:Oct 8 2:00pm]] pediatric visit (child [[PERSON:Kaying Chang]], DOB [[DATE_TIME:3/3/2021]])  -> booked [[PERSON:Lee Pao Yang]]
09:17  inbound 209-555-0100 (clinic front desk)  asks to cancel Lao interp job #88120
09:31  outbound [[PHONE_NUMBER:209-631-0459]]  left voicemail for [[PERSON:Souksavanh Phommachanh]] (Lao interp) re [[DATE_TIME:10/9 8:30am]] slot""",
    """const demoUser = {
  id: "usr_01HF8QZ3",
  fullName: "[[PERSON:Amara Okonjo-Bell]]",
  email: "[[EMAIL_ADDRESS:amara.okonjobell@outlook.com]]",
  dob: new Date("[[DATE_TIME:1993-12-05]]"),
  address: { street: "[[ADDRESS:19 Rue des Carmes]]", city: "[[LOCATION:Toulouse]]", zip: "[[ZIP_CODE:31000]]", country: "[[LOCATION:France]]" },
  iban: "[[IBAN_CODE:FR76 3000 4018 3200 0104 4721 647]]",
  avatarUrl: "https://cdn.example-cdn.net/avatars/default-03.png",
};""",
    """JIRA  VND-882  "Vendor cannot receive SMS codes"
Reporter: [[PERSON:Ellie Marchetti]] (market manager)
Affected vendor: [[PERSON:Bee Vang]], account [[USERNAME:beevang_eggrolls]], phone on file [[PHONE_NUMBER:+1 916 5547 210]] (looks mistyped, should be [[PHONE_NUMBER:+1 916 554 7210]])
Steps: vendor opens app > Login > Send code. Nothing arrives. Carrier: Metro.
Comment ([[PERSON:Jae-won Shin]]): number was saved with a space in the wrong place; normalising in VND-883.""",
    """<?xml version="1.0" encoding="UTF-8"?>
<Application type="SNAP-MarketMatch">
  <Applicant>
    <FullName>[[PERSON:Kyaw Thu Aung]]</FullName>
    <DateOfBirth>[[DATE_TIME:1983-04-19]]</DateOfBirth>
    <SSN>[[US_SSN:614-09-3372]]</SSN>
    <HouseholdSize>5</HouseholdSize>
    <Address>[[ADDRESS:3907 Sycamore Court]], [[LOCATION:Bowling Green]], [[LOCATION:KY]] [[ZIP_CODE:42101]]</Address>
    <Phone>[[PHONE_NUMBER:2704118830]]</Phone>
  </Applicant>
  <Signed>[[DATE_TIME:2025-06-01]]</Signed>
</Application>""",
    """kubectl logs deploy/intake-api -n resettle | tail -3
[intake-api] 10:14:02 created case for principal=[[PERSON:Ah Mu]] anum=[[ID_NUMBER:A205118734]] dest=[[LOCATION:Clarkston]], [[LOCATION:GA]]
[intake-api] 10:14:02 attached dependents=[[PERSON:Eh Blu Say]],[[PERSON:Mu Lah]] sponsor_phone=[[PHONE_NUMBER:404-292-8817]]
[intake-api] 10:14:03 WARN duplicate I-94 detected for [[ID_NUMBER:69834217545]], skipped""",
    """FORM W-9 (data capture)
Name: [[PERSON:Pa Houa Yang]]
Business name: Yang Family Gardens
Federal tax classification: Individual/sole proprietor
Address: [[ADDRESS:2870 Stellhorn Road]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46815]]
Taxpayer identification number (SSN): [[US_SSN:508-77-2143]]
Signature: [[PERSON:Pa H. Yang]]   Date: [[DATE_TIME:03/29/2025]]""",
    """mysql> SELECT id, name, passport_no, nationality, dob FROM travellers WHERE booking_ref = 'QX7T2L';
+------+---------------------------+-------------+-------------+------------+
| id   | name                      | passport_no | nationality | dob        |
+------+---------------------------+-------------+-------------+------------+
| 9931 | [[PERSON:Somchai Rattanakosin]]      | [[ID_NUMBER:AA8291044]]   | [[NRP:Thai]]        | [[DATE_TIME:1975-03-08]] |
| 9932 | [[PERSON:Malee Rattanakosin]]        | [[ID_NUMBER:AB1047762]]   | [[NRP:Thai]]        | [[DATE_TIME:1978-11-21]] |
| 9933 | [[PERSON:Eleanor Rattanakosin-Price]] | [[US_PASSPORT:564120987]]   | [[NRP:American]]    | [[DATE_TIME:2009-06-30]] |
+------+---------------------------+-------------+-------------+------------+
3 rows in set (0.01 sec)""",
    """From: [[PERSON:Dilnoza Yusupova]] <[[EMAIL_ADDRESS:dilnoza.y@mail.ru]]>
To: admissions@northgate.edu
Subject: transcript + ID for application 2025-INTL-4471

Hello, I attach my passport scan (no. [[ID_NUMBER:FA4720931]]) and transcript. My date of birth is [[DATE_TIME:17.09.2004]]; the portal shows 09.17. My WhatsApp is [[PHONE_NUMBER:+998 90 412 37 55]].
Regards, [[PERSON:Dilnoza]]""",
    """FEEDBACK FORM — Interpreter Services Quality
Encounter date: [[DATE_TIME:2025-07-22]]
Interpreter: [[PERSON:Fue Lee]] (ID [[ID_NUMBER:INT-0447]])
Provider: [[PERSON:Dr. Sunita Narayan]], Pediatrics
Patient / family: [[PERSON:Nhia Bee Thao]] (parent)
Rating: 5/5
Comments: [[PERSON:Fue]] explained the vaccine schedule clearly and checked that mom understood. Very patient.
Submitted from IP [[IP_ADDRESS:24.118.70.231]]""",
    # more ai4privacy-like records
    """The Apprentice Optimizer [[PERSON:Soledad Ibarguren]] asked that her flat at [[ADDRESS:Calle Tucumán 1540]], [[ADDRESS:piso 7 depto B]], [[LOCATION:Rosario]], be registered under CUIT [[ID_NUMBER:27-31845920-2]]. She will confirm via [[EMAIL_ADDRESS:sole.ibarguren@hotmail.com.ar]] from [[IP_ADDRESS:181.47.203.116]].""",
    """Please verify [[PERSON:Gao Nou Vue]]'s date of birth ([[DATE_TIME:11/28/1970]]) and her account PIN 4471 before releasing the $2,300 transfer from account [[ID_NUMBER:00172294486]] to the Eastside Growers Cooperative; she is at the [[LOCATION:Eau Claire]] market stand until noon.""",
    """Refund trail for [[PERSON:Hamid Karimi]]: originating IP [[IP_ADDRESS:5.121.44.180]], MAC 00:1b:63:84:45:e6, browser Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18, card [[CREDIT_CARD:6011 5530 2877 4612]] expiring 08/29 with CVV 902. [[PERSON:Mr. Karimi]]'s contact is [[PHONE_NUMBER:+49 1512 3384790]].""",
    """Our Forward Mobility Analyst, [[PERSON:Ludmila]], will visit [[ADDRESS:7 Kerrigan Way]] in [[LOCATION:Gweru]] on the [[DATE_TIME:9th of May]] to meet [[PERSON:Tendai Mupfumira]], [[AGE:52]]. [[PERSON:Tendai]]'s height (1.78 m) and blood group (O+) are already in the file under reference 0093-TM.""",
    """Taxpayer [[PERSON:Mthunzi Dlamini]] (ID [[ID_NUMBER:8704155123085]]), male, [[AGE:38]], earned R412,000 as an Internal Response Specialist. His bank account [[ID_NUMBER:62841177302]] (branch 250655) and residential address [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3201]], were updated on [[DATE_TIME:2025/02/17]].""",
    """Hi [[PERSON:Wen-Li]], I tried calling [[PERSON:Anjali Bhatnagar]] at [[PHONE_NUMBER:+91 98450 17723]] but it went to voicemail. Her Aadhaar [[ID_NUMBER:4827 3619 0525]] and PAN [[ID_NUMBER:BQTPB4471K]] match the KYC form, but the address [[ADDRESS:No. 12, 3rd Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] does not.""",
    """Onboarding for [[PERSON:Gabrielle Tremblay-Nakamura]], District Paradigm Liaison: SIN [[ID_NUMBER:527 190 342]], born [[DATE_TIME:1988-01-23]], home [[ADDRESS:3390 Rue Saint-Denis]], [[ADDRESS:app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3L3]]. Direct deposit: transit 00211, institution 815, account [[ID_NUMBER:4417289]].""",
    """Reminder that [[PERSON:Kamau Njoroge]] (KRA PIN [[ID_NUMBER:A004418273Q]], ID [[ID_NUMBER:29174405]]) has to renew the vendor licence for his produce stall at Wakulima Market before [[DATE_TIME:30 June]]. M-Pesa number [[PHONE_NUMBER:0722 418 093]].""",
    """[[PERSON:Nattaya Srisuk]], [[AGE:29]], Female, Regional Response Coordinator, Thai ID [[ID_NUMBER:3-1005-01293-84-5]], wants her payslips sent to [[EMAIL_ADDRESS:nattaya.s@kkumail.com]] and her card [[CREDIT_CARD:4556-7328-4109-3758]] (CVV 127) charged for the training fee. Her IPv6 [[IP_ADDRESS:2405:9800:b870:1a2c::51]] was flagged.""",
    """An unsigned firmware image was pushed by [[USERNAME:m.villalobos77]] (real name [[PERSON:Martín Villalobos]]) from [[IP_ADDRESS:190.24.117.3]]. The device (serial SN-2209-44871, MAC 4c:ed:fb:02:19:aa) belongs to [[PERSON:Yolanda Carrizosa]], [[ADDRESS:Carrera 15 # 93-47]], [[ADDRESS:Apto 802]], [[LOCATION:Bogotá]].""",
    """Transfer approval: [[PERSON:Anneke de Graaf]] authorises €4,180 from [[IBAN_CODE:NL07TRIO0390144582]] to [[IBAN_CODE:BE33 0630 4182 7546]] (beneficiary [[PERSON:Pieter-Jan Claes]]). Her login [[USERNAME:adegraaf]] last used [[IP_ADDRESS:145.53.210.77]]; her BSN is withheld.""",
    """The Chief Accountability Officer [[PERSON:Dr. Oluwaseun Adeyemi-Brooks]] has been scheduled for surgery on [[DATE_TIME:Wed, 19 March 2025, 07:30]] at [[ADDRESS:200 Hawthorne Lane]], [[LOCATION:Charlotte]]. Next of kin: [[PERSON:Folake]], [[PHONE_NUMBER:704.318.9924]].""",
    # gretel-like, continued
    """PROMISSORY NOTE — TRAVEL LOAN (IOM)
Borrower: [[PERSON:Saw Maw Kler]]   Case size: 4
Date of birth: [[DATE_TIME:01 JAN 1980]]   Place of birth: [[LOCATION:Kawkareik]]
Amount of loan: USD 4,212.00 (airfare [[LOCATION:Bangkok]] – [[LOCATION:Minneapolis]])
US address: [[ADDRESS:671 Case Avenue]], [[LOCATION:St. Paul]], [[LOCATION:MN]] [[ZIP_CODE:55106]]
Repayment begins six months after arrival. First statement will be mailed to the borrower after [[DATE_TIME:1 December 2025]].
Signed at [[LOCATION:Mae Sot]] on [[DATE_TIME:19 May 2025]]: [[PERSON:Saw Maw Kler]] (thumbprint)""",
    """INTERPRETER INVOICE
Invoice no. 2025-118    Date issued: 30 Sep 2025
From: [[PERSON:Kia Moua]], freelance Hmong interpreter, [[ADDRESS:9281 Elk Grove Florin Road]], [[LOCATION:Elk Grove]], [[LOCATION:CA]] [[ZIP_CODE:95624]]
ITIN: [[ID_NUMBER:912-78-4406]]
Bill to: River City Community Health, Accounts Payable (ap@rcch.org)
Assignments:
  [[DATE_TIME:09/03]]  patient [[PERSON:V. Lee]], podiatry, 2.0 h
  [[DATE_TIME:09/11]]  patient [[PERSON:Yer Xiong]], OB follow-up, 1.5 h
  [[DATE_TIME:09/24]]  patient [[PERSON:Tou Lor]], behavioral health, 1.0 h (phone)
Total: 4.5 h x $45 = $202.50
Pay to account [[ID_NUMBER:3004418291]] (Golden 1 CU)""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Aung Ko Latt]]   Age/Sex: [[AGE:61]]/M   MRN: [[ID_NUMBER:MH-2210847]]
Admitted: [[DATE_TIME:2025-02-03]]   Discharged: [[DATE_TIME:2025-02-07]]
Attending: [[PERSON:Dr. Priyanka Deshmukh]]
Diagnosis: community-acquired pneumonia; type 2 diabetes
Language: Burmese; interpreter used for discharge teaching ([[PERSON:Myat Noe Aye]], staff interpreter)
Follow-up: primary care clinic [[DATE_TIME:February 14, 2025 at 11:00]]
Contact: wife [[TITLE:Daw]] [[PERSON:Khin Myo Thant]], [[PHONE_NUMBER:(260) 705-3348]]""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Farhiya Abdi Warsame]]   DOB: [[DATE_TIME:6/14/1991]]
SSN: [[US_SSN:362-18-5507]]
Current address: [[ADDRESS:1730 Chicago Avenue South]], [[ADDRESS:#304]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]] (since [[DATE_TIME:Aug 2019]])
Monthly income: $3,420 (home health aide)
Previous landlord: [[PERSON:Roger Lindahl]], [[PHONE_NUMBER:612-872-4490]]
Emergency contact: brother [[PERSON:Abdirahman Warsame]], [[PHONE_NUMBER:612-327-8806]]
Desired move-in: [[DATE_TIME:November 1]]""",
    """BANK STATEMENT (excerpt) — Account holder: [[PERSON:Eilidh MacAulay]]
Account: [[IBAN_CODE:GB28 HBUK 4012 7645 9133 02]]   Sort code 40-12-76
Address: [[ADDRESS:4 Seaforth Road]], [[LOCATION:Stornoway]], [[LOCATION:Isle of Lewis]] [[ZIP_CODE:HS1 2SD]]
Date       Description                       Out        In
02 Jun     CARD 4471 CO-OP STORNOWAY          23.18
05 Jun     FPS FROM [[PERSON:C MACLEOD]] RENT SHARE            400.00
09 Jun     DD HEBRIDEAN WATER                 31.00""",
    """CONSENT TO TREATMENT — Minor
Child: [[PERSON:Ehler Paw]]   DOB: [[DATE_TIME:07/07/2016]]
Parent/guardian: [[PERSON:Naw Say Wah]], relationship: mother
I, the undersigned, consent to the dental treatment described to me in S'gaw Karen by interpreter [[PERSON:Saw Eh Doh]] on [[DATE_TIME:October 2, 2025]].
Parent signature: (signed)   Phone: [[PHONE_NUMBER:716-882-4053]]
Address: [[ADDRESS:388 Niagara Street]], [[LOCATION:Buffalo]], [[LOCATION:NY]] [[ZIP_CODE:14201]]""",
    # Hmong
    """DAIM NTAWV CEEB TOOM — Northside Family Clinic
Tus neeg mob: [[PERSON:Ntxawm Xyooj]] ([[PERSON:Xia Xiong]])
Hnub yug: [[DATE_TIME:05/12/1958]]
Koj muaj sij hawm teem nrog [[PERSON:Dr. Kimberly Ostrowski]] rau [[DATE_TIME:hnub Peb, lub 11 hlis ntuj tim 19, 2025, thaum 10:30 sawv ntxov]].
Peb yuav muab ib tug kws txhais lus Hmoob rau koj. Koj tus xov tooj uas peb muaj yog [[PHONE_NUMBER:651-230-7718]] thiab koj chaw nyob yog [[ADDRESS:884 Jessamine Avenue East]], [[LOCATION:St. Paul]], [[LOCATION:MN]] [[ZIP_CODE:55106]].
Yog koj tuaj tsis tau, thov hu rau lub chaw kuaj mob ntawm 651-555-0172.""",
    """Ceeb toom rau cov tswv rooj muag zaub ntawm Khw Muag Zaub Lyndale: cov ntawv tso cai xyoo 2025 yuav tsum xa ua ntej lub 3 hlis ntuj tim 15. Yog muaj lus nug, hu rau [[PERSON:Txoov Lis]] ([[PERSON:Chong Lee]]) ntawm [[PHONE_NUMBER:612-599-0431]] los yog xa email rau [[EMAIL_ADDRESS:chong.lee.market@gmail.com]]. Niam [[PERSON:Maiv Tsab]] lub rooj tau hloov ntawm No. 22 mus rau No. 31 vim nws tus tub [[PERSON:Pov]] los pab nws muag.""",
    """Hnub: [[DATE_TIME:10/02/2025]]
Rau: [[PERSON:Kub Tsab]] ([[PERSON:Kou Chang]]), [[ADDRESS:3520 E Kerckhoff Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93702]]
Peb tau txais koj daim ntawv thov CalFresh rau [[DATE_TIME:hnub tim 18 lub 9 hlis ntuj 2025]]. Koj tus lej Medi-Cal (CIN) yog [[ID_NUMBER:91837402A]]. Koj yuav tsum tuaj xam phaj rau [[DATE_TIME:hnub Ob, lub 10 hlis ntuj tim 14, thaum 1:00 tav su]] ntawm [[ADDRESS:1331 Fulton St]]. Peb tau teem ib tug kws txhais lus, [[PERSON:Mai Chia Her]], rau koj.""",
    # Karen (S'gaw)
    """ကသံၣ်ဒၢး တၢ်ဆဲးလီၤမံၤ / Clinic registration
မံၤ (Name): [[PERSON:Naw Eh Ywa]]
အိၣ်ဖျၢၣ်မုၢ်နံၤ (Date of birth): [[DATE_TIME:15/04/1990]]
သးနံၣ် (Age): [[AGE:35]]
ဟံၣ် (Address): [[ADDRESS:4410 S 24th Street]], [[LOCATION:Omaha]], [[LOCATION:NE]] [[ZIP_CODE:68107]]
တဲစိ (Phone): [[PHONE_NUMBER:402-960-3318]]
ပှၤကွၢ်ကျိာ် (Interpreter): [[PERSON:Saw Thaw Thi]]
ကသံၣ်သရၣ် (Doctor): [[PERSON:Dr. Marcus Whitfield]]""",
    """ယမံၤမ့ၢ် [[PERSON:Saw Hsa Ler]]. ယသးနံၣ် [[AGE:44]]. ယဟဲလၢ [[LOCATION:Mae La Oon]] ဒီး ယအိၣ်ဆိးဖဲ [[ADDRESS:1309 Neilson Street]], [[LOCATION:Utica]], [[LOCATION:NY]] [[ZIP_CODE:13501]]. ယ A-Number မ့ၢ် [[ID_NUMBER:A 208 641 957]]. ယမ့ၢ် [[NRP:ခရံာ်ဖိ]]. ယတဲစိ [[PHONE_NUMBER:315-404-7821]]. ယမါ [[PERSON:Naw Ku Paw]].""",
    # English from Laos and Myanmar
    """GUEST REGISTRATION CARD — Mekong Riverside Hotel, [[LOCATION:Vientiane]]
Name: [[PERSON:Mr. Bounmy Inthavong]]
Nationality: [[NRP:Lao]]
Passport no.: [[ID_NUMBER:P1448207]]
Address: [[ADDRESS:House No. 112, Unit 08]], [[LOCATION:Ban Phonxay]], [[LOCATION:Xaysetha District]], [[LOCATION:Vientiane Capital]]
Tel: [[PHONE_NUMBER:+856 20 5512 8834]]
Check-in: [[DATE_TIME:12-Dec-2025 14:00]]   Check-out: [[DATE_TIME:15-Dec-2025]]
Remark: guest request extra pillow and airport pick up at Wattay, flight QV 512.""",
    """APPLICATION FOR THE POST OF FIELD ENUMERATOR
Name - [[TITLE:Ma]] [[PERSON:Thiri Htet]]
Father's name - [[TITLE:U]] [[PERSON:Tin Maung Win]]
N.R.C No. - [[ID_NUMBER:12/LaMaNa(N)104537]]
Date of Birth - [[DATE_TIME:4.6.1998]]
Race / Religion - [[NRP:Bamar]] / [[NRP:Buddhist]]
Address - [[ADDRESS:No. 48, Bo Aung Kyaw Street]], [[LOCATION:Kyauktada Township]], [[LOCATION:Yangon]]
Phone - [[PHONE_NUMBER:09-795112408]]
Email - [[EMAIL_ADDRESS:thirihtet.98@gmail.com]]
I hereby apply for above post and kindly request you to consider my application.""",
    # Nemotron-like, continued
    """{"event": "vendor.checkin", "market": "Fresno Vineyard FM", "ts": "2025-08-09T06:41:12-07:00",
 "vendor": {"name": "[[PERSON:Lue Vang]]", "booth": "A7", "phone": "[[PHONE_NUMBER:559-903-2261]]", "tokens_accepted": ["SNAP", "WIC"]},
 "helper": {"name": "[[PERSON:Mee Vang]]", "relationship": "daughter", "age": [[AGE:16]]},
 "device": {"ip": "[[IP_ADDRESS:172.20.4.88]]", "mac": "a4:83:e7:1c:0b:92"}}""",
    """type Subscriber struct {
	Name    string
	Email   string
	Phone   string
	Joined  string
}

var seed = []Subscriber{
	{"[[PERSON:Ikaika Kahananui]]", "[[EMAIL_ADDRESS:ikaika.k@hawaiiantel.net]]", "[[PHONE_NUMBER:808-247-1190]]", "[[DATE_TIME:2022-03-15]]"},
	{"[[PERSON:Maile Akana]]", "[[EMAIL_ADDRESS:maile.akana@gmail.com]]", "[[PHONE_NUMBER:808-955-3041]]", "[[DATE_TIME:2023-11-02]]"},
}""",
    """[sms-gateway] 2025-10-03 18:20:44 queued to=[[PHONE_NUMBER:+16124019982]] tpl=appt_reminder_hmn vars={name: "[[PERSON:Yia Her]]", when: "[[DATE_TIME:10/06 3:15 PM]]", clinic: "Phalen Village"}
[sms-gateway] 2025-10-03 18:20:45 queued to=[[PHONE_NUMBER:+16513358804]] tpl=appt_reminder_kar vars={name: "[[PERSON:Naw Blu Htoo]]", when: "[[DATE_TIME:10/07 9:00 AM]]", clinic: "East Side"}
[sms-gateway] 2025-10-03 18:20:47 FAILED to=+1651555 (invalid) tpl=appt_reminder_eng""",
    """POST /api/v2/cases HTTP/1.1
Host: intake.refugee-services.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.Qk3x
Content-Type: application/json

{"principal": {"name": "[[PERSON:Mohammad Nasir Ahmadi]]", "dob": "[[DATE_TIME:1990-03-21]]", "nationality": "[[NRP:Afghan]]", "a_number": "[[ID_NUMBER:A-220-418-375]]", "phone": "[[PHONE_NUMBER:(916) 470-2281]]"},
 "siv": true, "arrival_date": "[[DATE_TIME:2025-01-29]]", "language": "Dari"}""",
]

GEN = [
    """[[PERSON:Sheng Yang]] sells bitter melon and Thai eggplant at the [[LOCATION:Minneapolis]] Farmers Market every Saturday, and customers who want to pre-order can text her at [[PHONE_NUMBER:612-418-0093]].""",
    """My dad's cardiology appointment was moved to [[DATE_TIME:Thursday, January 8th at 2:45 PM]], so please make sure the Karen interpreter, [[PERSON:Saw Lay Say]], knows about the change. His cell is [[PHONE_NUMBER:402-718-2290]].""",
    """The resettlement caseworker noted that [[PERSON:eh moo]] and her two kids moved out of the temporary apartment and into [[ADDRESS:2154 Vinton Street]], [[LOCATION:Omaha]], on [[DATE_TIME:June 30]].""",
    """When [[PERSON:Faisal Rahimi]] called the bank on [[DATE_TIME:March 3rd]], he read out his account number as [[ID_NUMBER:0047 2281 9963]] and confirmed his date of birth, [[DATE_TIME:1 August 1979]].""",
    """Hi, this is [[PERSON:Grace Oyelaran-Smith]] from [[ADDRESS:Flat 12B]], [[ADDRESS:Wellington House]], [[ADDRESS:88 Caledonian Road]], [[LOCATION:London]] [[ZIP_CODE:N1 9DN]]. I'm writing about a parcel that was marked as delivered but never arrived.""",
    """Our vet, [[PERSON:Dr. Hana Kobayashi]], said Miso is due for his booster on [[DATE_TIME:12 May]], and the reminder will go to [[EMAIL_ADDRESS:r.delacruz@icloud.com]].""",
    """At [[AGE:72]], Grandma [[PERSON:Pa Xiong]] still drives herself to the Hmong International Farmers Market in [[LOCATION:St. Paul]] at five in the morning, with her grandson [[PERSON:Kaonou]] carrying the crates of pea tips and squash vines.""",
    """please send the refund cheque to [[PERSON:liam o'donoghue]], [[ADDRESS:14 st. brendan's terrace]], [[LOCATION:tralee]], [[LOCATION:co. kerry]] [[ZIP_CODE:v92 f6k2]], thanks a million""",
    """Nyob zoo, kuv lub npe hu ua [[PERSON:Yeej Vaj]] thiab kuv muaj [[AGE:52]] xyoo. Kuv nyob ntawm [[ADDRESS:1090 Sims Avenue]], [[LOCATION:St. Paul]]. Kuv xav teem sij hawm mus kuaj qhov muag, thov hu rau kuv ntawm [[PHONE_NUMBER:651-442-9071]].""",
    """The agency confirmed that [[PERSON:Lwin Lwin Aye]] will interpret in Burmese for [[PERSON:Mr. Htay]] on [[DATE_TIME:11/12 at 8:00 am]] at the eye clinic on the north side of [[LOCATION:Indianapolis]].""",
    """Policyholder [[PERSON:Demetrius Holloway]], born [[DATE_TIME:04-22-1966]], reported that his car was keyed in the lot behind his building at [[ADDRESS:5120 W. Belmont Ave]], [[ADDRESS:Unit 2F]], [[LOCATION:Chicago]] [[ZIP_CODE:60641]].""",
    """Can you update my number? It used to be [[PHONE_NUMBER:0412 998 301]] but it's now [[PHONE_NUMBER:0433 207 118]]. Cheers, [[PERSON:Mele Fifita]], member [[ID_NUMBER:88241093]]""",
    """[[PERSON:Zainab]]'s mother, [[PERSON:Halima Yusuf]], asked the school to use her new email, [[EMAIL_ADDRESS:halima.yusuf77@yahoo.co.uk]], and said [[PERSON:Zainab]] will be away from [[DATE_TIME:14 to 18 October]] for a family wedding in [[LOCATION:Kano]].""",
    """The pharmacist told [[TITLE:mr.]] [[PERSON:aziz]] that the repeat prescription under NHS number [[ID_NUMBER:638 210 9479]] would be ready after three.""",
    """According to the case file, [[PERSON:Saw Htoo Lwin]], [[AGE:27]], arrived from [[LOCATION:Nu Po]] camp on [[DATE_TIME:February 6, 2024]], and his Social Security card came on [[DATE_TIME:March 19]] with the number [[US_SSN:225-61-4490]].""",
    """Please welcome [[PERSON:Tomás Echeverría]] to the warehouse team! He starts [[DATE_TIME:Monday the 3rd]], and his employee ID is [[ID_NUMBER:WH-30917]].""",
    """Passenger [[PERSON:Yuki Tanabe-Ross]] (passport [[ID_NUMBER:TZ1048827]]) is booked on the [[DATE_TIME:July 21]] flight to [[LOCATION:Osaka]] together with her daughter [[PERSON:Emi]], who is [[AGE:6]].""",
    """The SIM swap on [[PERSON:Rafael Quispe]]'s line, [[PHONE_NUMBER:+51 987 441 230]], was requested from [[IP_ADDRESS:190.237.18.44]], and [[PERSON:Rafael]] swears it wasn't him.""",
    """To renew her license, [[PERSON:Lakisha Monroe]] brought her old card, number [[US_DRIVER_LICENSE:M420-713-85-441-0]], plus a utility bill showing [[ADDRESS:2209 NW 15th Street]], [[LOCATION:Gainesville]], [[LOCATION:FL]] [[ZIP_CODE:32605]].""",
    """The open house at [[ADDRESS:48 Quarry Hill Road]] this weekend is being run by the seller herself, [[PERSON:Margit Halvorsen]], who answers questions at [[EMAIL_ADDRESS:mhalvorsen@comcast.net]].""",
    """Player [[USERNAME:xXNightFangXx]], whose real name is [[PERSON:Devin Park]] and who is only [[AGE:15]], was banned for posting another player's home address, [[ADDRESS:731 Birchwood Lane]], in global chat.""",
    """I finally found my old classmate [[PERSON:Precious Nkosi]] on Instagram; she goes by [[USERNAME:preciousnkosi_za]] and her profile is [[URL:https://www.instagram.com/preciousnkosi_za/]].""",
    """The laptop assigned to [[PERSON:Sigrid Aasen]] keeps dropping off the VPN. Her last session came from [[IP_ADDRESS:84.212.67.190]], and the helpdesk reached her on [[PHONE_NUMBER:+47 928 41 337]].""",
    """If [[PERSON:Mrs. Okoro]] isn't home, leave the box by the back door of [[ADDRESS:19 Aldgate Close]]; her mobile is [[PHONE_NUMBER:07911 482 300]] if the driver needs to call.""",
    """[[PERSON:Javier]] at the front desk said my membership was frozen until [[DATE_TIME:September 1]], but I was still charged on my card ending in 8812.""",
    """The clinic has [[PERSON:Tariq Mahmood]] listed as the owner of a ginger cat called Biscuit, at [[ADDRESS:66 Harlow Gardens]], [[LOCATION:Romford]] [[ZIP_CODE:RM5 3DD]].""",
    """The new vendor, [[PERSON:Esperanza Gutiérrez]], will sell tamales right next to the [[PERSON:Vang]] family's stall; her cottage food permit is on file and her cell is [[PHONE_NUMBER:559 330 1842]].""",
    """Could you book a White Hmong interpreter for grandpa [[PERSON:Tong Lee]]'s colonoscopy on [[DATE_TIME:Friday, 10/17]]? He was born [[DATE_TIME:7/4/1944]] and his Medicare number is [[ID_NUMBER:4QK7-RN2-XW18]].""",
    """[[PERSON:Bilal Haidari]]'s family of six landed in [[LOCATION:Sacramento]] on [[DATE_TIME:Dec. 12]], and the welcome team had their apartment at [[ADDRESS:7300 Franklin Blvd]], [[ADDRESS:Apt 114]] ready with rice, blankets and a prepaid phone.""",
    """ယမံၤ [[PERSON:Naw Paw Lah]]. ယဖိ [[PERSON:Eh Thaw]] အိၣ်ဖျၢၣ် [[DATE_TIME:3 March 2019]]. ယအဲၣ်ဒိး ပှၤကွၢ်ကျိာ် လၢ ကသံၣ်သရၣ် [[DATE_TIME:Nov 20 10:00]] အဂီၢ်. ကိးဘၣ်ယၤ [[PHONE_NUMBER:260-443-9187]].""",
    """My name is [[PERSON:Chiamaka Obi]] and I noticed a transfer of £600 out of my account [[ID_NUMBER:31926840]] on [[DATE_TIME:4 November]] that I never authorised.""",
    """The tenant, [[PERSON:Hyun-woo Baek]], [[AGE:34]], says the landlord let himself into [[ADDRESS:1415 Westlake Ave N]], [[ADDRESS:#510]], [[LOCATION:Seattle]], without notice on [[DATE_TIME:August 2]].""",
    """Dear [[TITLE:Khun]] [[PERSON:Pongsakorn]], your booking for Thai cooking class on [[DATE_TIME:Sat 22 Feb 2025 at 9.00]] is confirm. We will pick up you from [[ADDRESS:96/3 Moo 2]], [[LOCATION:Mae Rim]], [[LOCATION:Chiang Mai]]. We have your mobile as [[PHONE_NUMBER:089-310-4627]], please keep it open ka.""",
    """[[PERSON:Mr. Khamphoui Sayavong]] from [[LOCATION:Luang Prabang]] want to register as vendor at the night market, his family book number is [[ID_NUMBER:LP-0447-2918]] and phone [[PHONE_NUMBER:020 9841 5522]].""",
    """[[TITLE:Ko]] [[PERSON:Zaw Lin]] is working in [[LOCATION:Mae Sot]] garment factory since [[DATE_TIME:May 2018]]; his pink card number is [[ID_NUMBER:0-0631-47021-33-5]] and the boss keep the card, so he cannot go to hospital alone.""",
    """[[PERSON:Nkauj Iab]] thiab nws tus txiv [[PERSON:Tooj]] muag paj ntaub thiab zaub ntsuab ntawm khw muag khoom hauv [[LOCATION:Merced]] txhua hnub Rau. Nej hu tau rau [[PERSON:Nkauj Iab]] ntawm [[PHONE_NUMBER:209-384-7712]].""",
    """Kuv niam, [[PERSON:Xiab Thoj]], muaj [[AGE:81]] xyoo thiab nws tau teem sij hawm mus ntsib kws kho mob rau [[DATE_TIME:lub 12 hlis ntuj tim 3]]. Nws xav tau ib tug kws txhais lus Hmoob Ntsuab.""",
    """Kuv txiv [[PERSON:Ntxawg Lauj]] tuaj txog [[LOCATION:Wausau]] rau [[DATE_TIME:hnub tim 9 lub 8 hlis ntuj xyoo 2004]] los ntawm [[LOCATION:Wat Tham Krabok]], thiab nws tseem nyob ntawm [[ADDRESS:604 Stewart Avenue]].""",
    """[[PERSON:Saw Ba Thein]] အိၣ်ဒီး stall 14 at the [[LOCATION:Bowling Green]] farmers market, ဆါ long beans ဒီး roselle. တဲစိ [[PHONE_NUMBER:270-799-4418]].""",
    """ယဟဲတုၤ [[LOCATION:Buffalo]] ဖဲ [[DATE_TIME:14 June 2007]]. ယမံၤ [[PERSON:Saw Kpru Htoo]] ဒီး ယသးနံၣ် [[AGE:39]]. ယ email မ့ၢ် [[EMAIL_ADDRESS:kpruhtoo.saw@gmail.com]].""",
    """In [[DATE_TIME:March 2025]], [[PERSON:Abebe Girma]] opened a joint account with his wife [[PERSON:Selamawit]] and listed their address as [[ADDRESS:3801 Quebec Street]], [[ADDRESS:Apt 9]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80207]].""",
    """I'm [[PERSON:Bronwyn]], [[AGE:26]], and I'm looking for a room near campus; you can reach me on [[PHONE_NUMBER:021 448 9073]] or at [[EMAIL_ADDRESS:bronwyn.tane@student.otago.ac.nz]].""",
    """The market manager asked [[PERSON:ka yang]] to move her flower buckets two feet back from the aisle, and [[PERSON:ka]] said she would, once her husband [[PERSON:Seng]] got back with the truck.""",
    """Your appointment with [[PERSON:Dr. Farah Iqbal]] is on [[DATE_TIME:Tuesday, 4 November 2025, at 10:20]]. A Karen interpreter has been booked; reply to this text from [[PHONE_NUMBER:(585) 402-7736]] with C to confirm.""",
    """Refugee arrival notice: [[PERSON:Jean-Baptiste Habimana]] ([[AGE:45]]), his wife [[PERSON:Immaculée Uwase]] ([[AGE:39]]) and their three children are expected at [[LOCATION:Louisville]] on [[DATE_TIME:2025-09-18]], case sponsor [[TITLE:Rev.]] [[PERSON:Daniel Whitt]].""",
    """[[PERSON:Olusegun]] needs a reference letter; he worked for us from [[DATE_TIME:May 2021]] to [[DATE_TIME:January 2024]] and can be emailed at [[EMAIL_ADDRESS:olusegun.a@gmail.com]].""",
    """The hotel has [[PERSON:Ms. Chen Jing]] checking in on the [[DATE_TIME:14th of February]] with a card ending 2209 and a second guest, [[PERSON:Liu Wei]]; they asked for a quiet room away from the lift.""",
    """Thanks for shopping with us, [[PERSON:Darnell]]! Your return for order #A7741-02 has been received, and the refund will go back to the Mastercard you used.""",
    """Our daughter [[PERSON:Aroha]] turns [[AGE:5]] on [[DATE_TIME:9 December]], and we'd like to book the party room for [[DATE_TIME:Saturday the 13th]] under the name [[PERSON:Ngata]].""",
    """Interpreter [[PERSON:Dao Sisouphanh]] arrived at the clinic at 8:50 for the Lao session with [[PERSON:Mrs. Keo]], but the patient had been moved to [[DATE_TIME:8/29 at 1 pm]] without anyone telling her.""",
    """Hi, it's [[PERSON:Ruth Abernathy]] at [[ADDRESS:22 Pine Hollow Road]] — the gas meter reading for January 31 is 04418, and my customer number is [[ID_NUMBER:300 184 2297]].""",
    """The farmers' market sent the season pass to [[PERSON:Kalia Her]] at [[EMAIL_ADDRESS:kalia.her@outlook.com]], but she only uses her work account, [[EMAIL_ADDRESS:kher@wausauschools.org]], now.""",
    """He said his name was [[PERSON:Daniyar]], that he was [[AGE:31]], born in [[LOCATION:Shymkent]], and that his phone was [[PHONE_NUMBER:+7 701 418 3306]].""",
    """Case manager's note: [[PERSON:Esther Niyonsaba]] missed her ESL class on [[DATE_TIME:Oct. 7]] because her son [[PERSON:Emmanuel]] had a fever; follow-up call placed to [[PHONE_NUMBER:502.618.4422]].""",
    """When I moved from [[ADDRESS:4 Larch Court]] to [[ADDRESS:118 Wharf Street]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3H 1Y2]], the bank kept mailing statements to the old place. — [[PERSON:Colm Brennan]]""",
    """The clinic called [[PERSON:Nou Lee]] to say her Hmong interpreter, [[PERSON:Pahoua Vang]], is out sick, so the visit with [[PERSON:Dr. Hughes]] on [[DATE_TIME:Nov 3 at 9:30]] will use a video interpreter instead.""",
    """[[PERSON:Arjun Mehta]] of [[LOCATION:Leicester]] booked a driving test for [[DATE_TIME:22/01/2026]] under licence number [[ID_NUMBER:MEHTA901177A99KL]].""",
    """Apparently [[PERSON:Kristóf Varga]]'s Steam account, [[USERNAME:kristof_v1987]], was logged into from [[LOCATION:Manila]] and [[LOCATION:Lagos]] in the same hour.""",
    """[[PERSON:Lydia Tshabalala]] is a [[AGE:33]]-year-old nurse who rents a room at [[ADDRESS:21 Plein Street]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2001]], and she is applying for a car loan with ID [[ID_NUMBER:9209030414088]].""",
    """Both vendors, [[PERSON:Tou Pao Xiong]] and [[PERSON:Ruth Ann Beiler]], asked to be paid for the Market Bucks tokens by direct deposit; [[PERSON:Ruth Ann]] gave account [[ID_NUMBER:1177024438]] and [[PERSON:Tou Pao]] will bring a voided check.""",
    """The lawyer representing [[PERSON:Santiago Fuentes-Rey]] filed the motion on his behalf, listing his date of birth as [[DATE_TIME:2 de abril de 1986]] and his address in [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79903]].""",
    """Sorry to bother — [[PERSON:mya]] here from the Karen church, can you send the interpreter schedule to [[EMAIL_ADDRESS:myasoe.kbc@gmail.com]]? The pastor, [[TITLE:Rev.]] [[PERSON:Saw Thra Doh]], wants it before [[DATE_TIME:Sunday 12 Oct]].""",
    """Student [[PERSON:Amelia Rosewarne]] (ID [[ID_NUMBER:s4471903]]) asked for an extension on her thesis until [[DATE_TIME:30 November]]; her supervisor, [[PERSON:Prof. Kieran Walsh]], supports it.""",
    """In [[LOCATION:Fresno]], [[PERSON:Chia Vang]] grows moringa and lemongrass on five acres off [[ADDRESS:4870 E. American Avenue]], and she still sells at two markets a week at [[AGE:64]].""",
    """A woman named [[PERSON:Beatrix Lindahl-Sørensen]] called about her late mother's account and gave the mother's Social Security number as [[US_SSN:089-44-6621]] and her own phone, [[PHONE_NUMBER:763-202-5518]].""",
    """The dating app flagged a profile calling itself [[USERNAME:sunnyday_ali]] for asking matches for their home address and for [[PERSON:Ali]]'s bank details.""",
    """After the fire, the Red Cross put [[PERSON:Nay Htoo]] and his family up in a motel on [[ADDRESS:3300 N. Keystone Avenue]]; his caseworker, [[PERSON:Jenna Whitcomb]], can be reached at [[EMAIL_ADDRESS:jwhitcomb@exodusrefugee.org]].""",
    """Kindly note that [[PERSON:Mrs. Adeola Bankole]] has changed her phone number to [[PHONE_NUMBER:0803 441 2290]] and will be at the [[LOCATION:Ikeja]] office on [[DATE_TIME:Tuesday 18th]] to sign the forms.""",
    """For the clinic's records: interpreter [[PERSON:Sao Yang]] (Hmong, certificate [[ID_NUMBER:MN-RPI-20419]]) worked with [[PERSON:Cha Vue]], [[AGE:59]], on [[DATE_TIME:10/21/2025]] from 2:00 to 3:10 pm.""",
    """The scholarship went to [[PERSON:Esi Mensah]], an [[AGE:18]]-year-old from [[LOCATION:Kumasi]], whose mentor [[PERSON:Kwabena]] sent her application from [[EMAIL_ADDRESS:k.owusu@gmail.com]].""",
    """[[TITLE:Pastor]] [[PERSON:Aung Myint]] is helping three newly arrived Chin families in [[LOCATION:Indianapolis]] find jobs; one of them, [[PERSON:Van Lal Hmang]], already has an interview on [[DATE_TIME:12 January]].""",
    """[[PERSON:Dolores Peña]]'s husband, [[PERSON:Arturo]], sells honey at the Tuesday market, and the city just renewed his vendor badge number [[ID_NUMBER:FM-1187]] through Dec 31.""",
    """The cable technician will come to [[ADDRESS:2260 Oakridge Drive]], [[ADDRESS:Apt 3]] between 8 and 12, and will call [[PERSON:Mr. Abdullahi]] at [[PHONE_NUMBER:651-645-2197]] when he is 15 minutes out.""",
    """Delivery for [[PERSON:Shreya]]: please leave at reception, [[ADDRESS:Tower B]], [[ADDRESS:14th floor]], [[ADDRESS:Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]]; call [[PHONE_NUMBER:98860 41277]] if closed.""",
    """My grandfather, [[PERSON:Chao Lor]], was born in [[LOCATION:Xieng Khouang]] around 1940, but his green card says [[DATE_TIME:01/01/1940]] because nobody knew the day.""",
    """During intake, the nurse wrote down that [[PERSON:Naw Ree]] is [[AGE:23]], [[NRP:Karen]], [[NRP:Baptist]], and pregnant with her first child, due around [[DATE_TIME:3 April]].""",
    """Jogging club news: congrats to [[PERSON:Sandeep]] and [[PERSON:Fiona McTavish]], who both ran sub-45 10Ks on [[DATE_TIME:Sunday 9 March]]! [[PERSON:Fiona]]'s Strava is [[URL:https://www.strava.com/athletes/40418827]].""",
    """For the benefits appointment, please have [[PERSON:Mr. Lee Yang]] bring his I-94, A-number card ([[ID_NUMBER:A213-018-994]]) and the lease for [[ADDRESS:1543 Hague Avenue]], [[ADDRESS:#2]].""",
    """The booth next to ours belongs to [[PERSON:Nadia]] and [[PERSON:Karim Haddad]], who sell za'atar bread; if you need them, [[PERSON:Karim]]'s number is [[PHONE_NUMBER:(313) 908-4406]].""",
    """[[PERSON:Sione]] told the insurer that he was driving his cousin [[PERSON:Vika]]'s car, plate [[ID_NUMBER:LKV 203]], when it was hit on [[DATE_TIME:6 June]].""",
]

TABLE = [
    """vendor_name,stall,products,phone,email,market_day
[[PERSON:Mai Lee Xiong]],A3,"greens, herbs",[[PHONE_NUMBER:651-983-2210]],[[EMAIL_ADDRESS:maileexiong@gmail.com]],Sat
[[PERSON:Harold Kemper]],A4,eggs,[[PHONE_NUMBER:651-464-0071]],,Sat
[[PERSON:Blia Yang]],B1,cut flowers,[[PHONE_NUMBER:(651) 207-4418]],[[EMAIL_ADDRESS:bliayangflowers@yahoo.com]],Sat/Wed
[[PERSON:Fatuma Hassan]],B2,sambusa (cottage),[[PHONE_NUMBER:651-300-8827]],[[EMAIL_ADDRESS:fatuma.h.kitchen@gmail.com]],Wed""",
    """| Date | Time | Language | Interpreter | Patient | Dept |
|------|------|----------|-------------|---------|------|
| [[DATE_TIME:11/03/2025]] | 09:00 | Hmong | [[PERSON:Pang Vue]] | [[PERSON:Xee Moua]] | Peds |
| [[DATE_TIME:11/03/2025]] | 10:30 | Karen | [[PERSON:Saw Nay Htoo]] | [[PERSON:Naw Dah Eh]] | OB |
| [[DATE_TIME:11/04/2025]] | 13:15 | Burmese | [[PERSON:Thida Win]] | [[TITLE:U]] [[PERSON:Kyaw Soe]] | Cardio |
| [[DATE_TIME:11/05/2025]] | 08:45 | Lao | [[PERSON:Vilayvanh K.]] | [[PERSON:Somphone Douangdy]] | Eye |""",
    """case_id\tprincipal\tdob\ta_number\tarrival\thh_size\tdestination
R&P-25-0411\t[[PERSON:Saw Eh Kalu]]\t[[DATE_TIME:1981-01-01]]\t[[ID_NUMBER:A214007382]]\t[[DATE_TIME:2025-03-04]]\t6\t[[LOCATION:Fort Wayne]]
R&P-25-0412\t[[PERSON:Naw Sheh Paw]]\t[[DATE_TIME:1993-07-15]]\t[[ID_NUMBER:A214007519]]\t[[DATE_TIME:2025-03-04]]\t3\t[[LOCATION:Fort Wayne]]
R&P-25-0419\t[[PERSON:Mohammad Yasin Noori]]\t[[DATE_TIME:1988-09-30]]\t[[ID_NUMBER:A221655043]]\t[[DATE_TIME:2025-03-11]]\t5\t[[LOCATION:Indianapolis]]""",
    """EMPLOYEE          DEPT      STAFF_NO   START       MOBILE
[[PERSON:Okonkwo, Chidi]]    Finance   [[ID_NUMBER:E-20417]]    [[DATE_TIME:2021-02-01]]  [[PHONE_NUMBER:07400 118 224]]
[[PERSON:Haddad, Rania]]     Legal     [[ID_NUMBER:E-20533]]    [[DATE_TIME:2022-08-15]]  [[PHONE_NUMBER:07913 552 108]]
[[PERSON:Lindqvist, Per]]    IT        [[ID_NUMBER:E-19876]]    [[DATE_TIME:2019-11-04]]  [[PHONE_NUMBER:07700 904 316]]""",
    """{"patient": "[[PERSON:Yer Vang]]", "mrn": "[[ID_NUMBER:00411827]]", "dob": "[[DATE_TIME:1949-10-10]]", "lang": "hmn", "next_appt": "[[DATE_TIME:2025-12-02T09:30]]"}
{"patient": "[[PERSON:Chong Neng Thao]]", "mrn": "[[ID_NUMBER:00398014]]", "dob": "[[DATE_TIME:1962-04-03]]", "lang": "hmn", "next_appt": null}
{"patient": "[[PERSON:Naw Tha Blay]]", "mrn": "[[ID_NUMBER:00452291]]", "dob": "[[DATE_TIME:1977-12-25]]", "lang": "ksw", "next_appt": "[[DATE_TIME:2025-12-03T14:00]]"}""",
    """contacts:
  - name: [[PERSON:Rosa Elena Márquez]]
    relation: emergency contact
    phone: "[[PHONE_NUMBER:+52 33 1408 2271]]"
    city: [[LOCATION:Guadalajara]]
  - name: [[PERSON:Tobias Márquez]]
    relation: brother
    phone: "[[PHONE_NUMBER:+1 773 902 4416]]"
    city: [[LOCATION:Chicago]]
  - name: [[PERSON:Dr. Ilse Brandt]]
    relation: family doctor
    phone: "+1 773 555 0150"
    city: [[LOCATION:Chicago]]""",
    """Name:            [[PERSON:Precious Mahlangu]]
ID number:       [[ID_NUMBER:9209030414088]]
Date of birth:   [[DATE_TIME:3 September 1992]]
Cell:            [[PHONE_NUMBER:+27 82 441 9036]]
Email:           [[EMAIL_ADDRESS:precious.mahlangu@webmail.co.za]]
Address:         [[ADDRESS:56 Voortrekker Road]], [[LOCATION:Bellville]], [[ZIP_CODE:7530]]
Status:          Approved
Branch:          Tygervalley""",
    """student_id,first,last,grade,guardian,guardian_phone,allergies
[[ID_NUMBER:3301847]],[[PERSON:Ler Say]],[[PERSON:Htoo]],4,[[PERSON:Naw Mu Say]],[[PHONE_NUMBER:315-269-0813]],none
[[ID_NUMBER:3301852]],[[PERSON:Sophia]],[[PERSON:Ricci]],4,[[PERSON:Gianna Ricci]],[[PHONE_NUMBER:315-725-4410]],peanuts
[[ID_NUMBER:3301860]],[[PERSON:Abdiwali]],[[PERSON:Farah]],4,[[PERSON:Hodan Ali]],[[PHONE_NUMBER:315-308-1192]],none""",
    """+----------------+-------------------------+-----------------+-------+
| member         | email                   | joined          | plan  |
+----------------+-------------------------+-----------------+-------+
| [[PERSON:Kwame Asante]]   | [[EMAIL_ADDRESS:kwame.asante@gmail.com]]  | [[DATE_TIME:2024-01-08]]      | annual|
| [[PERSON:Léa Fontaine]]   | [[EMAIL_ADDRESS:lea.fontaine@orange.fr]]  | [[DATE_TIME:2024-03-19]]      | month |
| [[PERSON:Imogen Pryce]]   | [[EMAIL_ADDRESS:imogen.p@btinternet.com]] | [[DATE_TIME:2023-11-30]]      | annual|
+----------------+-------------------------+-----------------+-------+""",
    """Guest;Room;Arrival;Departure;Passport;Nationality
[[PERSON:Jonas Eriksson]];412;[[DATE_TIME:14.07.2025]];[[DATE_TIME:18.07.2025]];[[ID_NUMBER:AA4107228]];[[NRP:Swedish]]
[[PERSON:Aiko Fujimura]];415;[[DATE_TIME:15.07.2025]];[[DATE_TIME:17.07.2025]];[[ID_NUMBER:TR3390412]];[[NRP:Japanese]]
[[PERSON:Mateus Cardoso]];502;[[DATE_TIME:15.07.2025]];[[DATE_TIME:22.07.2025]];[[ID_NUMBER:GB418207]];[[NRP:Brazilian]]""",
    """| Tenant | Unit | Lease start | Rent | Phone |
| --- | --- | --- | --- | --- |
| [[PERSON:Pa Kou Her]] | [[ADDRESS:Apt 2A]] | [[DATE_TIME:Jan 1, 2024]] | $1,125 | [[PHONE_NUMBER:715-298-3341]] |
| [[PERSON:Dennis Kowalczyk]] | [[ADDRESS:Apt 2B]] | [[DATE_TIME:Jun 15, 2022]] | $1,050 | [[PHONE_NUMBER:715-581-0064]] |
| [[PERSON:Htee Moo]] | [[ADDRESS:Apt 3A]] | [[DATE_TIME:Sep 1, 2025]] | $1,175 | [[PHONE_NUMBER:715-370-8812]] |""",
    """order_id,customer,ship_to,zip,items,total
A-998201,[[PERSON:Meera Krishnan]],"[[ADDRESS:77 Elmhurst Ave]], [[ADDRESS:Apt 4R]], [[LOCATION:Jersey City]], [[LOCATION:NJ]]",[[ZIP_CODE:07306]],3,64.97
A-998202,[[PERSON:Brandon Tso]],"[[ADDRESS:1209 Alder Way]], [[LOCATION:Bellevue]], [[LOCATION:WA]]",[[ZIP_CODE:98004]],1,19.99
A-998203,[[PERSON:Olga Petrenko]],"[[ADDRESS:PO Box 44]], [[LOCATION:Ithaca]], [[LOCATION:NY]]",[[ZIP_CODE:14851]],2,41.50""",
    """Lub npe\tXov tooj\tHnub yug\tChaw nyob
[[PERSON:Ntxhi Vwj]]\t[[PHONE_NUMBER:559-480-2217]]\t[[DATE_TIME:3/15/1966]]\t[[LOCATION:Fresno]]
[[PERSON:Tsheej Yaj]]\t[[PHONE_NUMBER:559-273-9904]]\t[[DATE_TIME:11/2/1971]]\t[[LOCATION:Clovis]]
[[PERSON:Maiv Nplias Lis]]\t[[PHONE_NUMBER:209-617-4430]]\t[[DATE_TIME:6/30/1983]]\t[[LOCATION:Merced]]""",
    """hostname       owner             username     ip               mac                os
lt-fin-0412    [[PERSON:Aaliyah Brooks]]    [[USERNAME:abrooks]]      [[IP_ADDRESS:10.20.4.112]]      f4:5c:89:a1:03:7e  Win11
lt-hr-0077     [[PERSON:Ravi Subramanian]]  [[USERNAME:rsubramanian]] [[IP_ADDRESS:10.20.6.77]]       f4:5c:89:a1:11:02  macOS 14
ws-eng-0231    [[PERSON:Ingrid Solberg]]    [[USERNAME:isolberg]]     [[IP_ADDRESS:10.20.9.231]]      3c:52:82:0f:e4:19  Ubuntu 22.04""",
    """Donor, Amount, Date, Method, Card
[[PERSON:Gloria Fitzpatrick]], $250, 12/01/2024, card, [[CREDIT_CARD:4761 7390 0011 2940]]
[[PERSON:Samuel Adjei]], $40, 12/03/2024, check, —
[[PERSON:Hui Min Tan]], $100, 12/03/2024, card, [[CREDIT_CARD:5306 1442 8890 0737]]""",
    """- name: "[[PERSON:Saw Tha Dah]]"
  role: Karen interpreter
  cert: "[[ID_NUMBER:IN-CHI-04418]]"
  phone: "[[PHONE_NUMBER:317-919-0482]]"
  available: [Mon, Wed, Fri]
- name: "[[PERSON:Ngun Tha Par]]"
  role: Hakha Chin interpreter
  cert: "[[ID_NUMBER:IN-CHI-04471]]"
  phone: "[[PHONE_NUMBER:317-402-7713]]"
  available: [Tue, Thu]
- name: "[[PERSON:Mu Mu Khaing]]"
  role: Burmese interpreter
  cert: pending
  phone: "[[PHONE_NUMBER:317-288-6105]]"
  available: [Sat]""",
    """Passenger                    Seat  Passport     DOB
[[PERSON:ABDULLAHI/AMINA]] [[TITLE:MS]]           14C   [[ID_NUMBER:A07715824]]    [[DATE_TIME:04MAR86]]
[[PERSON:ABDULLAHI/YUSUF]] [[TITLE:MSTR]]         14D   [[ID_NUMBER:A07715831]]    [[DATE_TIME:22AUG14]]
[[PERSON:VAN DER BERG/KOEN]] [[TITLE:MR]]         21A   [[ID_NUMBER:NW2K4P7R1]]    [[DATE_TIME:11JAN79]]""",
    """Name | Age | Sex | Village | Phone
[[PERSON:Nou Yang Thao]] | [[AGE:67]] | F | [[LOCATION:Ban Khek Noi]] | [[PHONE_NUMBER:+66 86 204 3317]]
[[PERSON:Vang Chue]] | [[AGE:45]] | M | [[LOCATION:Ban Khek Noi]] | [[PHONE_NUMBER:+66 93 447 1280]]
[[PERSON:Lee Pa]] | [[AGE:19]] | F | [[LOCATION:Ban Huai Nam Khun]] | —""",
    """account_holder,iban,bic,currency,opened
[[PERSON:Margarethe Vogl]],[[IBAN_CODE:AT39 2011 1829 1104 5603]],GIBAATWWXXX,EUR,[[DATE_TIME:2016-05-11]]
[[PERSON:Luca Bianchini]],[[IBAN_CODE:CH56 0023 5274 5183 0661 0]],UBSWCHZH80A,CHF,[[DATE_TIME:2020-01-27]]
[[PERSON:Emil Kristensen]],[[IBAN_CODE:DK50 0040 0440 1162 43]],DABADKKK,DKK,[[DATE_TIME:2012-09-03]]""",
    """| Volunteer | Shift | Phone | Notes |
|---|---|---|---|
| [[PERSON:Tessa Morgan]] | token booth 7-11 | [[PHONE_NUMBER:402-313-9951]] | speaks some Spanish |
| [[PERSON:Hser Nay Paw]] | info tent 7-11 | [[PHONE_NUMBER:402-818-4460]] | Karen + English |
| [[PERSON:Joe Brightwater]] | setup 6-7 | [[PHONE_NUMBER:402-216-0039]] | has truck |""",
    """PATIENT            DOB         NHS NO        GP SURGERY
[[PERSON:Aisha Bello]]        [[DATE_TIME:12/03/1987]]  [[ID_NUMBER:450 918 2260]]  Crookes Valley
[[PERSON:Gareth Pughe]]       [[DATE_TIME:29/10/1954]]  [[ID_NUMBER:721 305 5887]]  Porter Brook
[[PERSON:Simran Kaur Gill]]   [[DATE_TIME:05/07/2001]]  [[ID_NUMBER:638 210 9479]]  Crookes Valley""",
    """{"name": "[[PERSON:Liang Qiuyue]]", "age": [[AGE:34]], "city": "[[LOCATION:Vancouver]]", "score": 82, "email": "[[EMAIL_ADDRESS:qiuyue.liang@shaw.ca]]"}
{"name": "[[PERSON:Marcus Thibodeaux]]", "age": [[AGE:51]], "city": "[[LOCATION:Lafayette]]", "score": 67, "email": "[[EMAIL_ADDRESS:mthibodeaux@cox.net]]"}
{"name": "[[PERSON:Nkechi Uzor]]", "age": [[AGE:28]], "city": "[[LOCATION:Houston]]", "score": 91, "email": "[[EMAIL_ADDRESS:nkechi.uzor@gmail.com]]"}""",
    """EMERGENCY CONTACT SHEET — Youth Soccer U10
Player            Parent              Phone
[[PERSON:Eh Ku Say]]         [[PERSON:Naw Hser Htoo]]       [[PHONE_NUMBER:260-755-0143]]
[[PERSON:Liam Becker]]       [[PERSON:Amanda Becker]]       [[PHONE_NUMBER:260-433-9127]]
[[PERSON:Noor Al-Sabah]]     [[PERSON:Khalid Al-Sabah]]     [[PHONE_NUMBER:260-999-2071]]
[[PERSON:Mateo Villanueva]]  [[PERSON:Carla Villanueva]]    [[PHONE_NUMBER:260-210-5584]]""",
    """ssn,last_name,first_name,w2_wages,state
[[US_SSN:471-20-9983]],[[PERSON:Xiong]],[[PERSON:Tou]],41250.00,[[LOCATION:WI]]
[[US_SSN:389-51-0274]],[[PERSON:Lor]],[[PERSON:Mai Nhia]],38990.12,[[LOCATION:WI]]
[[US_SSN:397-66-4138]],[[PERSON:Schultz]],[[PERSON:Brenda]],52700.00,[[LOCATION:MN]]""",
    """Plot  Gardener            Phone           Since
1     [[PERSON:Kia Lor]]             [[PHONE_NUMBER:414-617-2210]]    2016
2     [[PERSON:Paw Htoo]]            [[PHONE_NUMBER:414-732-0481]]    2019
3     [[PERSON:Ana Lucía Ortiz]]     [[PHONE_NUMBER:414-455-9017]]    2021""",
    """| username | display name | last login | ip |
|---|---|---|---|
| [[USERNAME:sk8rboi_22]] | [[PERSON:Keanu Mahoe]] | [[DATE_TIME:2025-10-02 19:44]] | [[IP_ADDRESS:72.234.18.90]] |
| [[USERNAME:lilyofthevalley]] | [[PERSON:Lily Osei]] | [[DATE_TIME:2025-10-03 07:12]] | [[IP_ADDRESS:82.132.244.17]] |
| [[USERNAME:tenzin.d]] | [[PERSON:Tenzin Dolkar]] | [[DATE_TIME:2025-09-28 23:01]] | [[IP_ADDRESS:2600:1700:3b61:e0::4a]] |""",
    """Name,Mobile,Neighbourhood,City
[[PERSON:Joana Ribeiro]],[[PHONE_NUMBER:(11) 98774-2031]],[[LOCATION:Pinheiros]],[[LOCATION:São Paulo]]
[[PERSON:Caio Nascimento]],[[PHONE_NUMBER:(21) 99612-4470]],[[LOCATION:Tijuca]],[[LOCATION:Rio de Janeiro]]
[[PERSON:Bianca Teles]],[[PHONE_NUMBER:(31) 98120-3355]],[[LOCATION:Savassi]],[[LOCATION:Belo Horizonte]]""",
    """driver,licence,plate,vehicle,permit_expires
[[PERSON:Harjit Sandhu]],[[ID_NUMBER:SANDH704210H99FT]],[[ID_NUMBER:BD19 XKR]],Toyota Prius,2026-03
[[PERSON:Wojciech Nowak]],[[ID_NUMBER:NOWAK808123W99AB]],[[ID_NUMBER:LR70 OPT]],Skoda Octavia,2025-11
[[PERSON:Tamika Reid]],[[ID_NUMBER:REID9662057T99CK]],[[ID_NUMBER:YG68 ZHN]],Kia Niro,2026-07""",
    """name: [[PERSON:Saw Ler Htoo]]
dob: [[DATE_TIME:1998-02-11]]
arrival: [[DATE_TIME:2010-08-24]]
camp: [[LOCATION:Umpiem Mai]]
unhcr_no: [[ID_NUMBER:UMP-04-081276]]
a_number: [[ID_NUMBER:A098771243]]
current_city: [[LOCATION:Dallas]]
employer: Tyson Foods
phone: "[[PHONE_NUMBER:214-660-3719]]\"""",
    """Date\tVendor\tTokens redeemed\tType
06/07\t[[PERSON:Lue Thao]]\t42\tSNAP
06/07\t[[PERSON:Marge Fenske]]\t18\tSNAP
06/07\t[[PERSON:Chue Xiong]]\t25\tMarket Bucks
06/14\t[[PERSON:Lue Thao]]\t37\tSNAP""",
    """| Attendee | Company | Email | Dietary |
|:--|:--|:--|:--|
| [[PERSON:Priyanka Rao]] | Altura Bio | [[EMAIL_ADDRESS:priyanka.rao@alturabio.com]] | veg |
| [[PERSON:Tomasz Zieliński]] | self-employed | [[EMAIL_ADDRESS:tzielinski@onet.pl]] | none |
| [[PERSON:Adaora Nwankwo]] | Lagos Fintech Hub | [[EMAIL_ADDRESS:adaora@lagosfintech.ng]] | halal |""",
    """Pt Name              Age  Room   Attending          Allergy
[[PERSON:Kyaw Min Htet]]        [[AGE:58]]   412B   [[PERSON:Dr. Hollis]]         PCN
[[PERSON:Bee Moua]]             [[AGE:77]]   415A   [[PERSON:Dr. Nakagawa]]       none
[[PERSON:Dorothea Klein]]       [[AGE:83]]   418    [[PERSON:Dr. Hollis]]         sulfa""",
    """{"cardholder":"[[PERSON:Ricardo Almeida]]","pan":"[[CREDIT_CARD:5520667193402852]]","exp":"06/27","cvv":"614","zip":"[[ZIP_CODE:33125]]"}
{"cardholder":"[[PERSON:Yasmin El-Amin]]","pan":"[[CREDIT_CARD:4988240316577204]]","exp":"10/26","cvv":"209","zip":"[[ZIP_CODE:48126]]"}
{"cardholder":"[[PERSON:Beth Ann Carmody]]","pan":"[[CREDIT_CARD:6011009843017570]]","exp":"01/29","cvv":"880","zip":"[[ZIP_CODE:02127]]"}""",
    """Season 2025 — stall assignments
Stall | Vendor | Farm town | Contact
A1 | [[PERSON:Somsack Phommavong]] | [[LOCATION:Elgin]] | [[PHONE_NUMBER:847-226-4410]]
A2 | [[PERSON:Ruth Yoder]] | [[LOCATION:Arthur]] | no phone (write to [[ADDRESS:RR 2 Box 118]])
A3 | [[PERSON:Phoua Lee]] | [[LOCATION:Rockford]] | [[PHONE_NUMBER:815-289-0037]]""",
    """Name,Mobile,National ID,County
[[PERSON:Wanjiru Kamau]],[[PHONE_NUMBER:0712 448 902]],[[ID_NUMBER:31044827]],[[LOCATION:Kiambu]]
[[PERSON:Otieno Ochieng]],[[PHONE_NUMBER:0733 190 455]],[[ID_NUMBER:27718430]],[[LOCATION:Kisumu]]
[[PERSON:Amina Said]],[[PHONE_NUMBER:0722 604 311]],[[ID_NUMBER:33901276]],[[LOCATION:Mombasa]]""",
    """# Name              Email                          Team
[[PERSON:Jarrah Whitlock]]     [[EMAIL_ADDRESS:j.whitlock@bigpond.com]]          U14 Girls
[[PERSON:Mia Tuilagi]]         [[EMAIL_ADDRESS:mia.tuilagi@outlook.com]]         U12 Mixed
[[PERSON:Dev Chaudhary]]       [[EMAIL_ADDRESS:devc.ausfamily@gmail.com]]        U14 Boys
# coaches@northsidejfc.org.au handles rego questions""",
    """client,ITIN,tax_year,refund,preparer
[[PERSON:Esperanza Lugo]],[[ID_NUMBER:927-81-4406]],2024,1248.00,[[PERSON:M. Castañeda]]
[[PERSON:Nabin Gurung]],[[ID_NUMBER:913-74-0281]],2024,612.50,[[PERSON:M. Castañeda]]
[[PERSON:Chanthy Sok]],[[ID_NUMBER:948-88-3320]],2024,0.00,[[PERSON:R. Delgado]]""",
    """| # | Name | Date of birth | Camp | Relationship |
|---|------|---------------|------|--------------|
| 1 | [[PERSON:Saw Pah Lah]] | [[DATE_TIME:01-01-1975]] | [[LOCATION:Tham Hin]] | PA |
| 2 | [[PERSON:Naw Ree Paw]] | [[DATE_TIME:01-01-1979]] | [[LOCATION:Tham Hin]] | spouse |
| 3 | [[PERSON:Saw Gay Htoo]] | [[DATE_TIME:17-06-2003]] | [[LOCATION:Tham Hin]] | son |
| 4 | [[PERSON:Naw Lah Say]] | [[DATE_TIME:02-11-2006]] | [[LOCATION:Tham Hin]] | daughter |""",
    """Borrower         Card #              Due back
[[PERSON:Ezra Goldfarb]]    [[ID_NUMBER:29010004418273]]     [[DATE_TIME:Oct 14]]
[[PERSON:Ngozi Ibekwe]]     [[ID_NUMBER:29010004471906]]     [[DATE_TIME:Oct 21]]
[[PERSON:Paw Eh]]           [[ID_NUMBER:29010004502217]]     [[DATE_TIME:Oct 21]]""",
    """Full name,Thai ID no.,Tel.,Province
[[PERSON:Somchai Jaidee]],[[ID_NUMBER:3-5799-00142-76-4]],[[PHONE_NUMBER:081-774-2093]],[[LOCATION:Chiang Rai]]
[[PERSON:Nattapong Kaewmanee]],[[ID_NUMBER:5-4001-02377-15-1]],[[PHONE_NUMBER:089-612-0348]],[[LOCATION:Phayao]]
[[PERSON:Yeng Saelee]],[[ID_NUMBER:6-5801-02719-45-9]],[[PHONE_NUMBER:093-208-5577]],[[LOCATION:Tak]]""",
    """appointment_id | patient | provider | when | interpreter_needed
77120 | [[PERSON:Tenzin Norbu]] | [[PERSON:Dr. A. Gupta]] | [[DATE_TIME:2025-11-10 08:00]] | Tibetan
77121 | [[PERSON:Xai Vang]] | [[PERSON:Dr. S. Kline]] | [[DATE_TIME:2025-11-10 08:20]] | Hmong
77124 | [[PERSON:Nadia Popescu]] | [[PERSON:Dr. S. Kline]] | [[DATE_TIME:2025-11-10 09:40]] | no""",
    """PARKING PERMITS — Lot C
Permit  Holder                Plate      Phone
C-101   [[PERSON:Josefina Arce]]         [[ID_NUMBER:7KLM203]]    [[PHONE_NUMBER:619-445-2087]]
C-102   [[PERSON:Trung Pham]]            [[ID_NUMBER:8BDX611]]    [[PHONE_NUMBER:619-301-7740]]
C-103   [[PERSON:Evelyn Szabo]]          [[ID_NUMBER:6WQE558]]    [[PHONE_NUMBER:858-720-1190]]""",
    """name,nationality,religion,party_membership
[[PERSON:Eamon Keogh]],[[NRP:Irish]],[[NRP:Catholic]],[[NRP:Fianna Fáil]]
[[PERSON:Hamza Qureshi]],[[NRP:Pakistani]],[[NRP:Muslim]],none
[[PERSON:Ingeborg Lund]],[[NRP:Norwegian]],[[NRP:Lutheran]],[[NRP:Labour]]""",
    """Tus neeg muag khoom | Rooj | Khoom | Xov tooj
[[PERSON:Txhiaj Xyooj]] | 5 | paj ntaub | [[PHONE_NUMBER:651-771-0824]]
[[PERSON:Npib Thoj]] | 6 | zaub ntsuab, dib | [[PHONE_NUMBER:651-207-6613]]
[[PERSON:Ntxhoo Hawj]] | 7 | nqaij npuas ci | [[PHONE_NUMBER:612-384-0952]]""",
    """employee_id\tname\twork_email\textension\tlocation
[[ID_NUMBER:100442]]\t[[PERSON:Gwendolyn Ashby]]\t[[EMAIL_ADDRESS:gashby@harlandmutual.com]]\tx4471\tFloor 3
[[ID_NUMBER:100518]]\t[[PERSON:Rashid Kamali]]\t[[EMAIL_ADDRESS:rkamali@harlandmutual.com]]\tx4402\tFloor 3
[[ID_NUMBER:100609]]\t[[PERSON:Siobhan Daly]]\t[[EMAIL_ADDRESS:sdaly@harlandmutual.com]]\tx5120\tRemote""",
    """Wedding guest list (RSVPs)
Aunty [[PERSON:Florence]] + 1 — [[ADDRESS:9 Mango Close]], [[LOCATION:Kingston 8]] — yes
[[PERSON:Desmond]] & [[PERSON:Marcia Campbell]] — [[ADDRESS:412 Church Street]], [[LOCATION:Mandeville]] — yes
[[PERSON:Rohan Ellis]] — [[ADDRESS:Apt 6]], [[ADDRESS:33 Hope Road]], [[LOCATION:Kingston 6]] — maybe""",
    """Specimen   Patient           DOB         Collected           Result
S-44102    [[PERSON:Nhia Yer Vang]]     [[DATE_TIME:08/19/1990]]  [[DATE_TIME:10/01/25 07:45]]      A1c 6.1
S-44103    [[PERSON:Saw Moo Kay]]       [[DATE_TIME:02/02/1968]]  [[DATE_TIME:10/01/25 08:10]]      A1c 8.4
S-44109    [[PERSON:Gretchen Albers]]   [[DATE_TIME:11/23/1951]]  [[DATE_TIME:10/01/25 09:02]]      A1c 5.6""",
    """{"id": 1, "full_name": "[[PERSON:Kalani Kekumu]]", "ssn": "[[US_SSN:576-31-0942]]", "dl": "[[US_DRIVER_LICENSE:H02718455]]", "state": "[[LOCATION:HI]]"}
{"id": 2, "full_name": "[[PERSON:Rosalind Chee]]", "ssn": "[[US_SSN:576-48-2213]]", "dl": "[[US_DRIVER_LICENSE:H04419027]]", "state": "[[LOCATION:HI]]"}""",
    """Caller, Number, Call time, Reason
[[PERSON:Alberto Sosa]], [[PHONE_NUMBER:+1 305 774 2091]], 09:14, billing
[[PERSON:Grace Liu]], [[PHONE_NUMBER:+1 650 330 8812]], 09:31, password reset
unknown, [[PHONE_NUMBER:+1 786 202 4418]], 09:40, hung up
[[PERSON:Ye Htet Aung]], [[PHONE_NUMBER:+95 9 450 018 337]], 10:02, international transfer""",
    """Field            | Value
-----------------|-------------------------------------
Full name        | [[PERSON:Dr. Marguerite Okonjo]]
Date of birth    | [[DATE_TIME:14 Feb 1970]]
Passport         | [[ID_NUMBER:A03418822]]
Address          | [[ADDRESS:Plot 22, Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]]
Phone            | [[PHONE_NUMBER:+234 803 552 1190]]
Email            | [[EMAIL_ADDRESS:m.okonjo@unilag.edu.ng]]
Visa class       | B1/B2""",
    """rank,athlete,club,age,time
1,[[PERSON:Kiprono Lagat]],Eldoret AC,[[AGE:24]],2:09:41
2,[[PERSON:Hamish Baird]],Edinburgh AC,[[AGE:31]],2:14:03
3,[[PERSON:Tadesse Worku]],unattached,[[AGE:29]],2:14:55""",
    """Karen community ESL class — sign-in
မံၤ / Name            တဲစိ / Phone        Date
[[PERSON:Naw Eh Paw]]            [[PHONE_NUMBER:716-907-3381]]       [[DATE_TIME:9/16]]
[[PERSON:Saw Htoo Kler]]         [[PHONE_NUMBER:716-331-0472]]       [[DATE_TIME:9/16]]
[[PERSON:Naw Pleh Wah]]          (no phone)            [[DATE_TIME:9/16]]""",
    """subscriber_id,msisdn,name,plan,activated
[[ID_NUMBER:SUB-00417728]],[[PHONE_NUMBER:447711402219]],[[PERSON:Aled Rhys Pritchard]],unlimited,[[DATE_TIME:2023-05-02]]
[[ID_NUMBER:SUB-00417731]],[[PHONE_NUMBER:447932188045]],[[PERSON:Fatima Zahra Idrissi]],10GB,[[DATE_TIME:2024-12-19]]
[[ID_NUMBER:SUB-00417790]],[[PHONE_NUMBER:447458330917]],[[PERSON:Ciarán Hughes]],pay-as-you-go,[[DATE_TIME:2025-02-28]]""",
    """| Interpreter | Language pair | Assignments (Oct) | Hours | Email |
|---|---|---|---|---|
| [[PERSON:Yia Lee]] | Hmong–English | 22 | 31.5 | [[EMAIL_ADDRESS:yia.lee.interp@gmail.com]] |
| [[PERSON:Hsa Moo]] | S'gaw Karen–English | 17 | 24.0 | [[EMAIL_ADDRESS:hsamoo.ksw@outlook.com]] |
| [[PERSON:Khamla Souvannarath]] | Lao–English | 9 | 12.5 | [[EMAIL_ADDRESS:khamla.s@langlink.us]] |""",
    """Name: [[PERSON:Maiv Xyooj]]
Hnub nyoog: [[AGE:38]]
Xov tooj: [[PHONE_NUMBER:(920) 451-3028]]
Chaw nyob: [[ADDRESS:1617 N 10th Street]], [[LOCATION:Sheboygan]], [[LOCATION:WI]] [[ZIP_CODE:53081]]
Khoom muag: dos, kua txob, zaub txhwb qaib
Hnub pib muag: [[DATE_TIME:5/3/2025]]""",
    """Serial No.  Asset         Assigned to          Since
SN8842019   iPad Air      [[PERSON:Brianna Colón]]       [[DATE_TIME:2024-08-19]]
SN8842033   iPad Air      [[PERSON:Moses Kariuki]]       [[DATE_TIME:2024-08-19]]
SN9910457   Surface Pro   [[PERSON:Ha-eun Jung]]         [[DATE_TIME:2025-01-06]]""",
    """from,to,amount,reference
[[IBAN_CODE:GB65MIDL40051572846103]],[[IBAN_CODE:DE44100100100941806128]],850.00,rent Oct [[PERSON:K. Adeyemi]]
[[IBAN_CODE:SE2480000832790146382215]],[[IBAN_CODE:AE540260001048376152004]],2100.00,invoice 2291
[[IBAN_CODE:DE44100100100941806128]],[[IBAN_CODE:NL20RABO0318462917]],60.00,gift for [[PERSON:Anouk]]""",
    """Household intake (Oct 2025)
HH  Head of household        Size  Language        Phone          ZIP
01  [[PERSON:Gul Ahmad Safi]]           7     Pashto          [[PHONE_NUMBER:916-502-8813]]   [[ZIP_CODE:95841]]
02  [[PERSON:Naw K'Paw Htoo]]           4     S'gaw Karen     [[PHONE_NUMBER:916-420-3376]]   [[ZIP_CODE:95815]]
03  [[PERSON:Bik Maya Ghimire]]         5     Nepali          [[PHONE_NUMBER:916-990-1184]]   [[ZIP_CODE:95838]]
04  [[PERSON:Olena Kravchuk]]           2     Ukrainian       [[PHONE_NUMBER:279-300-6627]]   [[ZIP_CODE:95670]]""",
    """vendor\tbank\trouting\taccount\tpayout_method
[[PERSON:Neng Chue Vang]]\tAssociated Bank\t075900575\t[[ID_NUMBER:2230418877]]\tACH
[[PERSON:Doris Haugen]]\tRiver Valley CU\t291880219\t[[ID_NUMBER:00044182913]]\tACH
[[PERSON:Saw Poe Kwa]]\t—\t—\t—\tcheck to [[ADDRESS:812 Chestnut Street]], [[LOCATION:Wausau]]
[[PERSON:Mai Tong Xiong]]\tWestbury Bank\t075912819\t[[ID_NUMBER:5509217334]]\tACH""",
    """Staff record (Vientiane office)
Name ............ [[PERSON:Ms. Phetsamone Keomany]]
Position ........ Project Assistant
Date of birth ... [[DATE_TIME:22/08/1994]]
Mobile .......... [[PHONE_NUMBER:+856 20 9187 4402]]
Home ............ [[LOCATION:Ban Dongpalane Thong]], [[LOCATION:Sisattanak District]]
Email ........... [[EMAIL_ADDRESS:phetsamone.k@laomail.la]]
Start date ...... [[DATE_TIME:01/03/2023]]""",
]

CHAT = [
    """[09:12] Agent [[PERSON:Priya]]: Thanks for contacting NorthStar Bank chat. Who am I speaking with?
[09:12] Customer: [[PERSON:Leon Baptiste]]
[09:13] Agent [[PERSON:Priya]]: Hi [[PERSON:Leon]]! For security, can you confirm your date of birth and the postcode on the account?
[09:13] [[PERSON:Leon Baptiste]]: [[DATE_TIME:19/06/1982]], [[ZIP_CODE:M14 5RT]]
[09:14] Agent [[PERSON:Priya]]: Thank you. I can see a card payment of £212.40 to SKYBRIDGE TRAVEL — was that you?
[09:15] [[PERSON:Leon Baptiste]]: no!! I've never heard of them. my card is the one ending 7731
[09:15] Agent [[PERSON:Priya]]: Understood, I've blocked it. A new card will go to [[ADDRESS:27 Ladybarn Lane]], is that still right?
[09:16] [[PERSON:Leon Baptiste]]: yes that's me""",
    """Market vendors 🍅 (WhatsApp group)
[[PERSON:Mee Yang]]: reminder everyone, inspection this Saturday, bring your scale certificate
[[PERSON:Tou Vang]]: ok. my new number is [[PHONE_NUMBER:651-789-2214]] pls update
[[PERSON:Linda Hoeft]]: [[PERSON:Mee]] is stall 12 open? my nephew [[PERSON:Caleb]] wants to sell honey
[[PERSON:Mee Yang]]: yes. tell him email me [[EMAIL_ADDRESS:meeyang.nsfm@gmail.com]] with his cottage food number
[[PERSON:Ying Xiong]]: kuv tuaj tsis tau hnub Rau, [[PERSON:Pheng]] yuav muag rau kuv
[[PERSON:Mee Yang]]: ok [[PERSON:Ying]] 👍""",
    """#interp-scheduling (Slack)
[[PERSON:Jordan Ellis]]  10:02 AM
anyone free for Karen S'gaw at Parkview tomorrow [[DATE_TIME:11/6 at 1:30]]? patient is [[PERSON:Naw Htoo Paw]], MRN [[ID_NUMBER:00874019]]
[[PERSON:Eh Ler Say]]  10:05 AM
I can take it. is it the same OB as last time ([[PERSON:Dr. Vasquez]])?
[[PERSON:Jordan Ellis]]  10:06 AM
yes. thanks [[PERSON:Eh Ler]]! putting you down. her husband [[PERSON:Saw Kyaw]] will drive her, his cell [[PHONE_NUMBER:260-302-7764]]
[[PERSON:Htoo Lay]]  10:09 AM
fyi I'm out [[DATE_TIME:Nov 10-14]], family thing in [[LOCATION:Utica]]""",
    """Support chat — StreamBox
Bot: Hi! I'm Box, your virtual assistant. What's your account email?
User: [[EMAIL_ADDRESS:gabe.moreno.89@gmail.com]]
Bot: Thanks. I found an account for [[PERSON:Gabriel Moreno]]. How can I help?
User: my son changed the password and now I can't get in, his username is [[USERNAME:gmoreno_jr]] but that's on my account
Bot: I'll connect you to an agent.
Agent [[PERSON:Tasha]]: Hi [[PERSON:Gabriel]], I can send a reset link to [[EMAIL_ADDRESS:gabe.moreno.89@gmail.com]] or text it to the number ending 0421. Which do you prefer?
User: text please""",
    """Resettlement team thread — Thu
[[PERSON:Bridget]]: Airport pickup tonight for the [[PERSON:Habimana]] family, flight lands 21:40. Who's driving the van?
[[PERSON:Samuel Ndayishimiye]]: Me. I have the car seat for the baby ([[PERSON:Gloria]], [[AGE:1]]).
[[PERSON:Bridget]]: great. apartment is [[ADDRESS:3022 Bardstown Road]], [[ADDRESS:Apt 7]], keys in the lockbox, code is 4419
[[PERSON:Samuel Ndayishimiye]]: Kinyarwanda interpreter?
[[PERSON:Bridget]]: [[PERSON:Claudine]] on standby: [[PHONE_NUMBER:502-376-1108]]
[[PERSON:Jenna Whitcomb]]: I'll do home safety orientation [[DATE_TIME:Saturday the 20th at 10]]""",
    """ပှၤကညီ Choir (Messenger)
[[PERSON:Saw Mu Kee]]: ပှၤလၢအဆဲးလီၤမံၤ practice Sunday 16 Nov 2pm
[[PERSON:Naw Eh Wah]]: ယဟဲ 👍 ယဖိ [[PERSON:Ler Paw]] ဟဲဝဲစ့ၢ်
[[PERSON:Saw Mu Kee]]: တၢ်ဘျုး [[PERSON:Naw Eh Wah]]. new phone ယ [[PHONE_NUMBER:402-991-0845]]
[[PERSON:Paw Say Htoo]]: ယဟဲတသ့ဘၣ်, ယမၤတၢ် night shift""",
    """Family chat
Mom: did anyone call grandma [[PERSON:Maria]] for her birthday
[[PERSON:Kevin]]: yes! she turned [[AGE:88]] lol she said the cake was too sweet
[[PERSON:Ashley]]: I'm taking her to the eye appt [[DATE_TIME:Tues the 14th at 9:15]]
Mom: ok bring her insurance card, her member ID is [[ID_NUMBER:XKH884102273]]
[[PERSON:Kevin]]: why are we posting that in the group chat 😂
Mom: so nobody loses it""",
    """[[PERSON:Chanthavy]] 8:41 PM: sabaidee, the visa office ask for my landlord name again
[[PERSON:Anousone]] 8:43 PM: it's [[PERSON:Mrs. Vongsavath]], she live upstairs at [[ADDRESS:Unit 4]], [[ADDRESS:Thadeua Road km 6]]
[[PERSON:Chanthavy]] 8:44 PM: and her phone?
[[PERSON:Anousone]] 8:46 PM: [[PHONE_NUMBER:020 5544 7109]]. also they want your birthday like on passport, [[DATE_TIME:05/11/1996]] right?
[[PERSON:Chanthavy]] 8:47 PM: yes correct khop jai""",
]

LOOKALIKE = [
    """Shipping update: order #US-40418-2271 left the warehouse on 10/14 with tracking 1Z 999 AA1 01 2345 6784. Invoice INV-2025-00918 lists SKU MX-4471-BLK (qty 2) and SKU MX-4471-GRY (qty 1). Questions? Call our support line at 1-800-555-0199 or write to support@brightlinehome.com. Firmware on the hub was updated to 4.12.0.3 and the device serial is SN-20241107-0042.""",
    """Release notes v2.10.4.1: fixed a crash when parsing IP-shaped version strings like 10.2.1.255; build hash 9f2c7a1e4b83d60c5a91e7f0b2d4c6a8; schema 1.4.22.0 unchanged. Catalogue entry ISBN 978-1-55860-832-0 and ISBN 978-1-7912-5437-7 were re-indexed. Ticket CS-118204 closed by the build bot. Contact: releases@toolchain.dev. Thanks to [[PERSON:Farida Osei]] ([[USERNAME:fosei-dev]]) for the parser patch.""",
    """The Martin Luther King Jr. Boulevard farmers' market moves to Lincoln Park this season, between Washington Street and Jefferson Avenue. Vendors should use the Hmong American Farmers Association loading zone; the booth map (ref FM-MAP-2025-03) and the insurance certificate template (form ACORD 25) are at the info tent. Parkinson's support group and the Alzheimer's walk will also have tables. Market office: (651) 555-0142, info@mlkmarket.org. New this year: [[PERSON:Pakou Hang]] with microgreens, reachable at [[PHONE_NUMBER:651-230-9981]].""",
    """Lab report header — Accession 25-118-004471, Specimen ID SP0093318, Lot #B2291-07, Analyzer SN 44A7-9921-C. Reference range 3.5-5.1 mmol/L. Method version 7.3.2.14. Reviewed by the night batch (user id sys_lims).  Patient: [[PERSON:Tswj Xyooj]], DOB [[DATE_TIME:1955-02-08]].""",
    """Case reference RS-2025-00417 was opened for the family's housing claim; policy HO-77-4418-20 covers the unit. The interpreter agency job number is LL-88120-HMN and the clinic fax is 651-555-0177. Please don't confuse the UNHCR office's general line (+66 2 288 1234) with anyone's personal number. The only direct contact we have is for the mother, [[PERSON:Nou Xiong]], at [[PHONE_NUMBER:651-402-3398]].""",
    """Container MSCU 418827-3 arrived at berth 12 with 4,400 cartons of jasmine rice, booking BKG/BKK/2025/004118, HS code 1006.30, seal 0091847. Invoice TH-EXP-25-1187 dated 2025-09-02; L/C 0418-2291-77 issued by Bangkok Bank. Temperature logger S/N TL-7744-0021 recorded 12.4°C average. UN/LOCODE THLCH to USOAK. Consignee contact: [[PERSON:Dennis Truong]], [[EMAIL_ADDRESS:dtruong@pacrimfoods.com]].""",
    """Karen New Year celebration committee: the hall on Sherman Street is booked; Baptist Convention office hours are Mon-Fri 9-5 at (317) 555-0133. Donations go to the community fund, account ref KCF-GEN-01; Venmo handle is @KarenCommunityIndy (an organisation account). Program codes: KNY-2026-A (dance), KNY-2026-B (choir), KNY-2026-C (food stalls). Flyer version 3.1.4. Questions about the choir slot go to [[PERSON:Naw Say Paw]] ([[PHONE_NUMBER:317-660-2048]]).""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind130", STYLES, OUT)


if __name__ == "__main__":
    main()
