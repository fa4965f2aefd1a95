"""Build tests/data/blind147.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind147.py

It prints only counts (records per style, spans per entity type, and a check
that every `[[TYPE:value]]` mark parsed); never the texts or the values.

Blind: written without any knowledge of the detector it will measure. Read
while writing it, and nothing else in the repository: the first 121 lines of
make_blind22.py (its docstring with the labeling conventions and the style
descriptions, and its import lines) and its tail from `STYLES = {` to the
end (the STYLES dict and main(), copied as scaffolding); gold_sets.py (whole
file; its `check()` is reused below); and lines 1-64 of make_handwritten.py
(its conventions, the MARK and TITLE_IN_NAME regexes and `parse()`, which
are copied below). Not read: minimize/, recognizers/, bench/, any other test
or make_*.py (and the rest of make_blind22.py), the README, any *.jsonl (this
script's own output included: it was checked only through the counts it
prints). No git command was run. The detector, the bench, the tests and
`minimize` were never run. Do not tune the detector against this file: once
it has been used to tune, it no longer measures anything; write a new set.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()`, which strips the inline
`[[TYPE:value]]` marks. Card numbers pass Luhn; IBANs pass mod-97 with the
right length for their country (GB, DE, NL, IE, FR, BE, ES, AE, SA). National
ids with a public check digit were given a valid one, worked out with
throwaway code that is not kept: NHS numbers and a Scottish CHI number
(mod 11, the CHI also agreeing with the birth date and sex), a New Zealand
IRD number (mod 11), Canadian SINs (Luhn),
South African ids (Luhn, and agreeing with the person's birth date and sex
where those show), Aadhaar (Verhoeff), Australian TFNs (weighted mod 11),
Singapore NRICs (check letter) and an Irish PPSN (check letter); so were the
look-alikes that carry one (ISBN-13 / EAN-13, ISO 6346 container numbers).
Not checked (no public check digit, or none used): Nigerian NIN and BVN,
NUBAN account numbers, Ghana Card and Kenyan ids, UK NI numbers, US SSNs,
passports, licences, plates, voter cards, staff, student, JAMB registration,
member, patient and loyalty numbers.

Styles (ids `blind147-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking benchmarks:
  about 25 like ai4privacy pii-masking-200k/300k/400k (odd mixed sentences
  dense with names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), about 40 like gretel-pii-masking-en-v1 (claims, contracts, loan,
  medical, rental and benefit forms, notices, letters, settlements,
  petitions) and about 35 like Nemotron-PII (JSON, log lines, SQL, XML /
  FHIR, YAML, .env, HTTP requests, Python and Java test code, tickets, form
  dumps, mail headers, call records).
- `gen` (90): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table per record rendered as text: CSV (comma and
  semicolon, quoted and not), TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML and key: value blocks; header rows (some absent), non-PII
  columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, South Africa, Kenya, Ghana and
above all Nigeria, with names from many cultures: 216 records), the rest
in Yoruba (9), Igbo (7) and Hausa (8: six in Latin script with its hooked
letters, two in Ajami), Yoruba and Igbo with their tone marks and dotted
letters; much of the English text is about people, places and ids of those
regions. Domains: extra weight on market traders' cooperatives,
church and mosque welfare committees and university admissions; the rest
spread over banking, health, pharmacy, legal, schools, HR, retail, travel,
telecoms, government, housing, gaming, social media, IT, deliveries,
insurance and charities.

Labeling conventions: those of make_blind22.py (and the sets before it):
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, times written with them
  included; not bare years, weekdays, durations or dates not tied to a
  person. AGE: the number only. USERNAME: handle without "@". URL:
  personal pages and profiles only. NRP: nationality, religion or
  political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BIC / SWIFT, BSB, IFSC and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers, pets, eponyms and brands named after people, header
  rows; "sex", "role", "dept", "status" columns; employer and company names.
- Calls made while writing this set: honorifics used before a name that
  are not in TITLE_IN_NAME (Alhaji, Alhaja, Hajiya, Bro., Sister, Chief, Pastor, Rev., Imam,
  Malam, Mallam, Malama, Deacon, Deaconess, Pásítọ̀, Engr., Injiniya, Barr., Hon. Justice, Sgt.) are marked TITLE by hand, apart from
  the name; a trader's stall written as an address ("Shop 14, Block C,
  Balogun Market") is ADDRESS, while a market, church, mosque, school or
  university named on its own (not as someone's address) is unlabeled like
  an organisation; a JAMB registration number, a voter's card number and
  a cooperative or welfare membership number are ID_NUMBER; a log line's
  timestamp of a person's login or action is DATE_TIME like a "last login".
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import check

OUT = Path(__file__).with_name("blind147.jsonl")

# copied from make_handwritten.py
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)
# "[[PERSON:Dr. Ana Ruiz]]" is written for readability and split into TITLE + PERSON
TITLE_IN_NAME = re.compile(r"^((?:Mr|Mrs|Ms|Mx|Dr|Prof|Nurse|Sir)\.?) (?=\S)")


def parse(markup: str) -> tuple[str, list[dict]]:
    """Plain text and the spans of its `[[TYPE:value]]` marks."""
    text, spans, cursor = [], [], 0
    length = 0
    for match in MARK.finditer(markup):
        before = markup[cursor : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        title = TITLE_IN_NAME.match(value) if kind == "PERSON" else None
        if title:
            spans.append({"entity_type": "TITLE", "start": length, "end": length + len(title.group(1))})
            text.append(value[: title.end()])
            length += title.end()
            value = value[title.end() :]
        spans.append({"entity_type": kind, "start": length, "end": length + len(value)})
        text.append(value)
        length += len(value)
        cursor = match.end()
    text.append(markup[cursor:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"unbalanced mark in: {markup[:60]}")
    return plain, spans


BENCH = [
    # ai4privacy pii-masking-200k/300k/400k manner
    """Dear [[PERSON:Oluwaseun]], as Regional Logistics Coordinator you need to confirm the pallet drop at [[ADDRESS:47 Kofo Abayomi Street]], [[ADDRESS:Suite 3B]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] before our audit. Your workstation [[IP_ADDRESS:10.44.172.9]] (MAC 3c:22:fb:81:0e:7a) flagged an unusual login from Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36.""",
    """Patient [[PERSON:Kelechi]] [[PERSON:Obiora]], [[AGE:34]], visited the Dermatology desk on [[DATE_TIME:03/11/2023]]; reimbursement of ₦48,500 to [[PERSON:kelechi]]'s account [[ID_NUMBER:0123456789]] at Zenith Bank requires a matching BVN [[ID_NUMBER:22310974561]].""",
    """Attention Chief Creative Officer [[PERSON:Ngozi Eze-Madu]]: please update the card on file, [[CREDIT_CARD:4532 1287 6540 3918]] exp 09/27 CVV 412, and send the receipt to [[EMAIL_ADDRESS:ngozi.ezemadu@protonmail.com]].""",
    """The IPv6 [[IP_ADDRESS:2001:db8:4f1a:7c::e21]] belongs to [[PERSON:Bukola]]'s laptop; her billing address is [[ADDRESS:Flat 12]], [[ADDRESS:Adeyemi House]], [[ADDRESS:9 Allen Avenue]], [[LOCATION:Ikeja]], and she prefers calls on [[PHONE_NUMBER:+234 803 412 7789]].""",
    """Hey [[USERNAME:dan_haruna91]], your Investor Relations Associate portal password qP!7vz_2Lm expired; log in from [[IP_ADDRESS:197.210.54.33]] and reset it before [[PERSON:Danjuma]] [[PERSON:Haruna]] loses access to the Kano dividend files.""",
    """Transfer €2,300 from [[IBAN_CODE:DE19 3704 0044 0532 0138 72]] (BIC COBADEFFXXX) to [[PERSON:Tobias]] [[PERSON:Achterberg]] at [[ADDRESS:Schillerstraße 18]], [[ZIP_CODE:10625]] [[LOCATION:Berlin]], reference rent March.""",
    """Our Lead Quality Strategist, [[PERSON:Femi]], born [[DATE_TIME:February 14, 1989]], relocated from [[LOCATION:Ibadan]] to [[ADDRESS:221 Queen Street West]], [[ADDRESS:Unit 1407]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 3L1]]; update his SIN [[ID_NUMBER:046 327 185]] in payroll.""",
    """Hi [[PERSON:Amara]], your gaming wallet was charged with the Mastercard [[CREDIT_CARD:5423901173658409]] (exp 11/26, cvv 093) from device 5c:f9:38:a2:11:d4 at [[IP_ADDRESS:41.58.200.17]]; if this wasn't you call support.""",
    """[[PERSON:Mrs. Halima Sa'idu]] of [[ADDRESS:No. 5 Sokoto Road]], [[LOCATION:Zaria]], [[LOCATION:Kaduna State]] ([[ZIP_CODE:810211]]) has been assigned to the Future Branding Engineer cohort; her gender is Female and her NIN is [[ID_NUMBER:48271039655]].""",
    """Please wire the vendor deposit to [[IBAN_CODE:GB97BARC20039571384620]] (SWIFT BARCGB22) and cc [[PERSON:Rhys]] [[PERSON:Pritchard-Okafor]] at [[EMAIL_ADDRESS:rhys.po@fastmail.co.uk]]; his Chrome agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) triggered the fraud rule.""",
    """The Senior Metrics Liaison [[PERSON:Chukwuemeka]] [[PERSON:Anyanwu]], [[AGE:41]] years, odometer 88213 km, vehicle plate [[ID_NUMBER:ABJ-452-KY]], lives at [[ADDRESS:14B Ogui Road]], [[LOCATION:Enugu]].""",
    """Reminder [[PERSON:Zainab]]: the Amex [[CREDIT_CARD:3714 287301 94622]] with CVV 7731 and expiry 04/28 is linked to [[USERNAME:zainab.kabir]]; your last login was [[DATE_TIME:2024-05-17 22:41]] from [[IP_ADDRESS:fe80::1c4a:9bff:fe2e:71d0]].""",
    """Account holder [[PERSON:Siobhán]] [[PERSON:Ní Bhriain]], [[ADDRESS:Apartment 6]], [[ADDRESS:23 Grand Canal Street Upper]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 Y9K2]]; IBAN [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]]; PPSN [[ID_NUMBER:6433435F]].""",
    """Greetings, [[PERSON:Ikechukwu]]! The Direct Web Developer onboarding pack is on its way to [[ADDRESS:Plot 1127, Cadastral Zone B02]], [[LOCATION:Durumi]], [[LOCATION:Abuja]]. Keep your Verve card [[CREDIT_CARD:5061023349182765439]] (PIN not required) handy.""",
    """Instruct the Human Accounts Officer to verify [[PERSON:Aaliyah]] [[PERSON:Washington]]'s SSN [[US_SSN:521-44-8073]] and her New York licence [[US_DRIVER_LICENSE:318 446 902]] before the [[DATE_TIME:7th of August]] hiring call.""",
    """[[PERSON:Kwabena]]'s new router (MAC a4:91:b1:0c:3e:5f) is assigned [[IP_ADDRESS:192.168.1.47]] internally and [[IP_ADDRESS:154.160.22.89]] publicly; his Ghana Card [[ID_NUMBER:GHA-718420395-6]] is needed to register the SIM [[PHONE_NUMBER:024 581 3307]].""",
    """Dear [[PERSON:Prof. Adaeze Onwuachi]], the Dynamic Admissions Producer role at the university confirms your interview on [[DATE_TIME:Tuesday 12 March 2024 at 10:30]]. Directions: [[ADDRESS:Room 204, Senate Building]], [[LOCATION:Nsukka]].""",
    """Invoice pay-out for [[PERSON:Musa]] [[PERSON:Bello]] goes to [[IBAN_CODE:AE68 0260 0010 1554 4728 301]]; his UAE mobile [[PHONE_NUMBER:+971 50 418 2297]] and his passport [[ID_NUMBER:A09174422]] are on file in [[LOCATION:Dubai]].""",
    """Could [[PERSON:Olamide]] [[PERSON:Ajayi-Cole]] (she/her, [[AGE:27]]) confirm her new address, [[ADDRESS:Flat 3, 88 Peckham High Street]], [[LOCATION:London]] [[ZIP_CODE:SE15 5DT]], and the card [[CREDIT_CARD:4111-8760-2234-9519]] ending in the last four?""",
    """User [[USERNAME:ifeoma_codes]] ([[EMAIL_ADDRESS:ifeoma.ugwu@gmail.com]]) connected from [[IP_ADDRESS:102.89.34.201]] with Mozilla/5.0 (Linux; Android 13; Infinix X6833B) and changed her password to Lag0s#2024!.""",
    """The Corporate Intranet Analyst [[PERSON:Babajide]] [[PERSON:Ogunleye]] requested that refunds go to [[IBAN_CODE:GB98 LOYD 3096 4482 6173 05]], BIC LOYDGB2L, not to his Mastercard [[CREDIT_CARD:2223 0048 1956 0276]] (exp 02/29, CVV 668).""",
    """[[PERSON:Aminu]] from [[LOCATION:Katsina]] was born on [[DATE_TIME:1992/07/03]]; he is a [[NRP:Muslim]] [[NRP:Nigerian]] working as Principal Data Orchestrator at [[ADDRESS:3rd Floor, 22 Ahmadu Bello Way]], [[LOCATION:Kaduna]].""",
    """Hi [[PERSON:tunde]], a new device (MAC 00:1b:44:11:3a:b7, IPv6 [[IP_ADDRESS:2c0f:f7a8:8011:3c::4]]) joined your household account; your saved Visa [[CREDIT_CARD:4903 6671 2058 3428]] will not be shared.""",
    """Ref: the International Implementation Manager, [[PERSON:Yetunde]] [[PERSON:Bamgbose]], resides at [[ADDRESS:Block 4, Flat 2, Jakande Estate]], [[LOCATION:Isolo]]; salary to [[ID_NUMBER:2034877165]] (First Bank) each month.""",
    """Congratulations [[PERSON:Chiara]] [[PERSON:Okonkwo-Rossi]]! Your prize will be paid to [[IBAN_CODE:NL43 INGB 0007 3192 54]]; please confirm your date of birth ([[DATE_TIME:28.09.1995]]) and phone [[PHONE_NUMBER:+31 6 4418 2093]].""",
    # gretel-pii-masking-en-v1 manner
    """INSURANCE CLAIM FORM - Claim No. CLM-2024-118834. Claimant: [[PERSON:Adewale Ogundipe]]; Date of Birth: [[DATE_TIME:11/04/1978]]; Policy No. POL-88-41207. Address: [[ADDRESS:16 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. On [[DATE_TIME:2 January 2024]] the claimant's shop at [[ADDRESS:Shop 14, Block C, Balogun Market]] was damaged by fire. Contact: [[PHONE_NUMBER:0802 233 8841]].""",
    """LOAN AGREEMENT. This agreement is made on [[DATE_TIME:15 March 2024]] between Ajo Traders Multipurpose Cooperative Society Ltd (RC 1485522) and [[PERSON:Mrs. Funmilayo Adebanjo]] (Member No. [[ID_NUMBER:ATMCS/0417]]), of [[ADDRESS:27 Oke-Ado Road]], [[LOCATION:Ibadan]], [[LOCATION:Oyo State]]. The Borrower shall repay ₦350,000 in 10 monthly instalments into account [[ID_NUMBER:1092837465]].""",
    """PATIENT DISCHARGE SUMMARY. Name: [[PERSON:Grace Wanjiru Kamau]]. MRN: [[ID_NUMBER:KNH-0048213]]. DOB: [[DATE_TIME:06 Aug 1986]]. Admitted [[DATE_TIME:19/02/2024]], discharged [[DATE_TIME:24/02/2024]]. Attending: [[PERSON:Dr. Otieno Omondi]]. Next of kin: [[PERSON:Peter Kamau]], [[PHONE_NUMBER:+254 722 418 990]]. Address: [[ADDRESS:Apartment 9C, Kileleshwa Court]], [[LOCATION:Nairobi]].""",
    """RESIDENTIAL TENANCY AGREEMENT. Landlord: [[TITLE:Chief]] [[PERSON:Emeka Nwachukwu]]. Tenant: [[PERSON:Ifeanyi Okafor]] (NIN: [[ID_NUMBER:73104582216]]). Premises: [[ADDRESS:Flat 2, 5 Zik Avenue]], [[LOCATION:Uwani]], [[LOCATION:Enugu]]. Commencement: [[DATE_TIME:1st May 2024]]. Rent: ₦900,000 per annum payable to the Landlord's account [[ID_NUMBER:0056712390]] (UBA).""",
    """NOTICE OF BENEFIT DETERMINATION. Dear [[PERSON:Ms. Tamika Rogers]], your application for unemployment benefits filed on [[DATE_TIME:January 8, 2024]] has been approved. SSN: [[US_SSN:613-27-4490]]. Weekly benefit amount: $412. Mailing address: [[ADDRESS:4410 Magnolia Court]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28205]]. Questions: call 1-800-555-0134.""",
    """SETTLEMENT AGREEMENT AND RELEASE. [[PERSON:Rajesh Venkataraman]] ("Employee"), residing at [[ADDRESS:No. 42, 3rd Cross, Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], and Nimbus Softech Pvt Ltd agree that the Employee's last day was [[DATE_TIME:31 October 2023]]. Aadhaar: [[ID_NUMBER:7392 6410 5833]]. PAN: [[ID_NUMBER:AKRPV4471M]]. Settlement: INR 6,40,000.""",
    """PETITION FOR CHANGE OF NAME. Petitioner [[PERSON:Temitope Olufunke Bakare]], born [[DATE_TIME:22 June 1991]] in [[LOCATION:Abeokuta]], [[LOCATION:Ogun State]], now wishes to be known as [[PERSON:Temitope Olufunke Sanni]] following her marriage on [[DATE_TIME:9 December 2023]] to [[PERSON:Kabiru Sanni]]. Sworn at the High Court Registry, [[LOCATION:Abeokuta]].""",
    """WELFARE ASSISTANCE REQUEST - Christ Apostolic Church, Oke-Ola Assembly. Applicant: [[TITLE:Deaconess]] [[PERSON:Abigail Omotoso]], member since 2009, card [[ID_NUMBER:CAC/OKO/0332]]. Reason: hospital bill for her son [[PERSON:Daniel]] ([[AGE:9]]). Recommended by [[TITLE:Pastor]] [[PERSON:Samuel Ajiboye]] on [[DATE_TIME:4 February 2024]]. Phone: [[PHONE_NUMBER:0813 550 2019]].""",
    """MEDICAL CERTIFICATE OF FITNESS. This is to certify that I examined [[PERSON:Mr. Sani Garba Yola]], aged [[AGE:38]], on [[DATE_TIME:17/05/2024]] and found him fit for duty. Hospital No.: [[ID_NUMBER:FMC/YL/22918]]. Signed: [[PERSON:Dr. Hadiza Lawal]], MDCN Reg. [[ID_NUMBER:MDCN/R/44731]], Federal Medical Centre, [[LOCATION:Yola]].""",
    """MOTOR ACCIDENT REPORT. Driver: [[PERSON:Liam O'Sullivan]], licence no. [[ID_NUMBER:408 117 395]], vehicle reg. [[ID_NUMBER:191-C-44721]]. Date of incident: [[DATE_TIME:14/09/2023]], approx. 17:40, N40 at Ballincollig. Third party: [[PERSON:Aoife Brennan]], [[PHONE_NUMBER:087 442 1938]]. Garda ref. GP-55120.""",
    """EMPLOYMENT CONTRACT. Employer: Harbourline Freight (NZ) Ltd. Employee: [[PERSON:Mere Tuhiwai]], IRD number [[ID_NUMBER:049-091-850]], of [[ADDRESS:12 Karangahape Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]]. Start date: [[DATE_TIME:3 June 2024]]. Position: Customs Clearance Officer. Salary: NZD 68,500. Emergency contact: [[PERSON:Hone Tuhiwai]], [[PHONE_NUMBER:021 884 3107]].""",
    """APPLICATION FOR HOUSING ASSISTANCE. Head of household: [[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9507230145083]], date of birth [[DATE_TIME:23 July 1995]]. Current address: [[ADDRESS:1187 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]. Dependants: 2. Cell: [[PHONE_NUMBER:072 559 1406]].""",
    """LETTER OF ADMISSION. Dear [[PERSON:Chinonso Emmanuel Udeh]], JAMB Reg. No. [[ID_NUMBER:20248814726CF]], we are pleased to offer you provisional admission into the Department of Pharmacy for the 2024/2025 session. Please report to the Admissions Office by [[DATE_TIME:16 September 2024]] with your O'Level results. Student ID to be issued: [[ID_NUMBER:UNN/2024/187445]].""",
    """NOTICE OF HEARING. In the matter of [[PERSON:Aisha Mohammed Danladi]] v. Kano State Property Development Board. The claimant, of [[ADDRESS:No. 18 Zoo Road]], [[LOCATION:Kano]], is notified that the matter is fixed for hearing on [[DATE_TIME:27 June 2024 at 9:00 a.m.]] before [[TITLE:Hon. Justice]] [[PERSON:Ibrahim Shuaibu]]. Counsel: [[TITLE:Barr.]] [[PERSON:Nafisa Umar]].""",
    """CREDIT APPLICATION. Applicant: [[PERSON:Kofi Mensah Asante]]. DOB: [[DATE_TIME:1984-12-02]]. Ghana Card: [[ID_NUMBER:GHA-004417823-2]]. Employer: Volta Cocoa Exporters. Residential: [[ADDRESS:House No. 14, Ring Road Central]], [[LOCATION:Accra]]. Mobile: [[PHONE_NUMBER:+233 20 441 7789]]. Requested amount: GHS 25,000.""",
    """PROOF OF LOSS. The insured, [[PERSON:Daniel Whitfield]] and [[PERSON:Rebecca Whitfield]], of [[ADDRESS:78 Coronation Drive]], [[LOCATION:Milton]], [[LOCATION:QLD]] [[ZIP_CODE:4064]], report water damage discovered on [[DATE_TIME:11 February 2024]]. Policy HOM-7741902. TFN for rebate: [[ID_NUMBER:876 543 210]].""",
    """MOSQUE WELFARE COMMITTEE - ZAKAT DISBURSEMENT NOTE. Recipient: [[TITLE:Hajiya]] [[PERSON:Rakiya Abdullahi]], widow, [[AGE:63]], of [[ADDRESS:Unguwar Rimi, House 42]], [[LOCATION:Kaduna]]. Amount: ₦75,000, paid [[DATE_TIME:12 April 2024]]. Approved by [[TITLE:Imam]] [[PERSON:Abdulkadir Yusuf]]. Committee ref. ZK/24/061.""",
    """RENTAL APPLICATION. Name: [[PERSON:Jasmine Kaur Sandhu]]. Current address: [[ADDRESS:3307 Kingsway]], [[ADDRESS:Unit 1802]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5R 5K7]]. SIN: [[ID_NUMBER:276 539 145]]. Move-in: [[DATE_TIME:July 1st]]. Reference: [[PERSON:Harpreet Gill]] ([[EMAIL_ADDRESS:hgill.homes@shaw.ca]]).""",
    """FUNERAL ASSISTANCE FORM. Deceased: [[PERSON:Nnamdi Okechukwu Eze]], died [[DATE_TIME:3 March 2024]], aged [[AGE:71]]. Applicant: [[PERSON:Ogechi Eze]] (daughter), [[PHONE_NUMBER:0706 118 2245]]. St. Mary's Catholic Church welfare fund, member no. [[ID_NUMBER:SMC-WF-0781]]. Burial at [[LOCATION:Nnewi]], [[LOCATION:Anambra State]].""",
    """PHARMACY REFUND REQUEST. Customer [[PERSON:Helen Adjei-Brown]], loyalty card [[ID_NUMBER:BP-3377-1029]], returned an unopened Amoxicillin 500mg pack (batch AMX2303B) purchased on 20/02. Refund to card ending 4471. Contact [[EMAIL_ADDRESS:helen.ab@outlook.com]] or [[PHONE_NUMBER:07911 204 558]].""",
    """CONSENT FORM - RESEARCH STUDY. Participant: [[PERSON:Oluchi Grace Nwankwo]], [[AGE:29]], Participant ID P-0412. NHS number [[ID_NUMBER:943 476 5919]]. Signed [[DATE_TIME:5 April 2024]] in the presence of [[PERSON:Nurse Bethany Hale]]. Address: [[ADDRESS:14 Rusholme Place]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TS]].""",
    """WARNING LETTER. To: [[PERSON:Mr. Bongani Dlamini]], Employee No. [[ID_NUMBER:EMP-20931]]. On [[DATE_TIME:8 May 2024]] you were absent without leave. This letter is issued by the HR Business Partner, [[PERSON:Lerato Nkosi]]. Please sign and return by Friday. ID: [[ID_NUMBER:8804125123080]].""",
    """SCHOLARSHIP AWARD LETTER. We are delighted to award [[PERSON:Hauwa Isa Gombe]] (Matric. No. [[ID_NUMBER:ABU/2023/MED/0419]]) the Sultan Bello Scholarship for 2024. Disbursement to her account [[ID_NUMBER:3018847261]], Jaiz Bank. Guardian: [[TITLE:Alhaji]] [[PERSON:Isa Gombe]], [[PHONE_NUMBER:0803 611 4097]].""",
    """SMALL CLAIMS COURT - STATEMENT OF CLAIM. Claimant: [[PERSON:Margaret Flanagan]], [[ADDRESS:9 Wexford Terrace]], [[LOCATION:Cork]], [[ZIP_CODE:T12 R2XK]]. Respondent: QuickFix Plumbing Ltd. On [[DATE_TIME:21 November 2023]] the claimant paid €1,450 for work never completed. Claim reference SC/23/1188.""",
    """COOPERATIVE MEMBERSHIP FORM. Full name: [[PERSON:Chidinma Blessing Obi]]. Trade: Fabrics. Stall: [[ADDRESS:Line 7, Shop 22, Ariaria International Market]], [[LOCATION:Aba]]. Member No.: [[ID_NUMBER:AIMTC-5512]]. Next of kin: [[PERSON:Obinna Obi]], [[PHONE_NUMBER:0909 334 1185]]. BVN: [[ID_NUMBER:22148830917]]. Signed [[DATE_TIME:02-01-2024]].""",
    """HEALTH INSURANCE ENROLMENT. Principal: [[PERSON:Emmanuel Tetteh]], NHIS No. [[ID_NUMBER:NHIS-41877302]]. Dependants: [[PERSON:Akosua Tetteh]] (spouse), [[PERSON:Kojo]] ([[AGE:6]]). Provider: Ridge Hospital. Effective: [[DATE_TIME:1 March 2024]]. Address: [[ADDRESS:P.O. Box CT 4417]], [[LOCATION:Cantonments]], [[LOCATION:Accra]].""",
    """DEBT COLLECTION NOTICE. [[PERSON:Jordan T. Miles]], our records show an unpaid balance of $2,184.33 on account [[ID_NUMBER:88410-22937]]. Last payment received [[DATE_TIME:09/14/2023]]. Please contact us at 1-888-555-0192 or mail payment to PO Box 9100, Omaha, NE 68103. Your DOB on file: [[DATE_TIME:03/22/1990]].""",
    """PARENTAL CONSENT - SCHOOL TRIP. Pupil: [[PERSON:Tolu Adesanya]], Year 5, class 5B. Parent/guardian: [[PERSON:Mrs. Omolara Adesanya]], [[PHONE_NUMBER:+44 7700 918 442]]. Trip: Natural History Museum, 14 June. Allergies: peanuts. GP: [[PERSON:Dr. Fiona MacLeod]]. NHS no. [[ID_NUMBER:401 023 2137]].""",
    """LEASE TERMINATION NOTICE. I, [[PERSON:Aisha Noor Rahman]], tenant of [[ADDRESS:Unit 5, 61 Sydney Road]], [[LOCATION:Brunswick]], [[LOCATION:VIC]] [[ZIP_CODE:3056]], give notice that I will vacate on [[DATE_TIME:30 June 2024]]. Bond to be returned to BSB 063-182, account [[ID_NUMBER:1047 8832]]. Phone [[PHONE_NUMBER:0412 775 309]].""",
    """DEATH GRATUITY CLAIM. Deceased officer: [[TITLE:Sgt.]] [[PERSON:Yakubu Dauda]], service no. [[ID_NUMBER:NA/44/18820]]. Claimant: [[PERSON:Maryam Yakubu]] (widow), [[ADDRESS:No. 9 Barracks Road]], [[LOCATION:Jos]], [[LOCATION:Plateau State]]. Date of death: [[DATE_TIME:18 January 2024]]. Bank: Union Bank, account [[ID_NUMBER:0038814267]].""",
    """VOLUNTEER AGREEMENT. Volunteer: [[PERSON:priya menon]], [[AGE:22]], [[EMAIL_ADDRESS:priya.menon22@yahoo.in]]. Organisation: Feed Forward Trust (charity no. 1184223). Start: [[DATE_TIME:2 March]]. DBS certificate 001744829113. Emergency contact: [[PERSON:Suresh Menon]], [[PHONE_NUMBER:+44 20 7946 0318]].""",
    """ỌRỌ̀ ÌKÉDE ÌGBÌMỌ̀ ÌRÀNLỌ́WỌ́ ÌJỌ. À ń kéde pé Ìyá [[PERSON:Àdùkẹ́ Ọlápàdé]] yóò gba ẹ̀bùn ₦50,000 ní ọjọ́ [[DATE_TIME:14 Oṣù Kẹrin 2024]]. Nọ́mbà ọmọ ẹgbẹ́: [[ID_NUMBER:RCCG/ÌBÀ/0211]]. Fún ìbéèrè, ẹ pe [[TITLE:Pásítọ̀]] [[PERSON:Gbénga Àlàbí]] lórí [[PHONE_NUMBER:0805 771 2093]].""",
    """AKWỤKWỌ NKWADO AGỤMAKWỤKWỌ. Aha: [[PERSON:Chiamaka Nneka Okorie]]. Ụbọchị ọmụmụ: [[DATE_TIME:12/03/2006]]. Nọmba JAMB: [[ID_NUMBER:20245530187DA]]. Adreesị: [[ADDRESS:Nọmba 17 Okigwe Road]], [[LOCATION:Owerri]], [[LOCATION:Imo State]]. Nọmba ekwentị nne ya: [[PHONE_NUMBER:0806 223 9915]].""",
    """TAKARDAR NEMAN TALLAFI - KWAMITIN MASALLACI. Suna: [[TITLE:Malam]] [[PERSON:Abdullahi Sani Gwarzo]]. Shekaru: [[AGE:55]]. Adireshi: [[ADDRESS:Gida Na 31, Titin Gwammaja]], [[LOCATION:Kano]]. Lambar waya: [[PHONE_NUMBER:0703 448 1290]]. Ranar neman: [[DATE_TIME:3 ga Mayu, 2024]].""",
    """ÌWÉ ÌLÉRÍ ÌSANWÓ. Èmi, [[PERSON:Olúṣẹ́gun Adéyẹmí-Phillips]] ti [[ADDRESS:22 Awolowo Road]], [[LOCATION:Ìkòyí]], [[LOCATION:Èkó]], ṣèlérí láti san ₦2,000,000 fún [[PERSON:Blessing Uzor]] ní tàbí ṣáájú [[DATE_TIME:31 Oṣù Kejìlá 2024]]. Ẹlẹ́rìí: [[PERSON:Túndé Bákàrè]], [[PHONE_NUMBER:0817 334 5562]].""",
    """UNIVERSITY ADMISSIONS APPEAL. I, [[PERSON:Farouk Ibrahim Maitama]], UTME reg. [[ID_NUMBER:20247712039FE]], candidate for Medicine and Surgery, appeal the decision dated 2 August. My post-UTME score (68) was recorded as 58. Email: [[EMAIL_ADDRESS:farouk.maitama@gmail.com]]. Phone: [[PHONE_NUMBER:0816 902 7741]].""",
    """BENEFIT OVERPAYMENT NOTICE. Dear [[PERSON:Mr. Kwame Boateng-Harris]], National Insurance number [[ID_NUMBER:JH 48 27 93 C]], we have found an overpayment of £642.10 of Universal Credit between 5 February and 4 April. Your address: [[ADDRESS:Flat 7, Marlowe Court]], [[LOCATION:Leeds]] [[ZIP_CODE:LS7 3QD]].""",
    """POWER OF ATTORNEY. I, [[PERSON:Eleanor Grace Whitcombe]], born [[DATE_TIME:4th April 1947]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5HG]], appoint my son [[PERSON:Matthew Whitcombe]] as my attorney. Signed [[DATE_TIME:19 March 2024]].""",
    """TRAVEL INSURANCE CLAIM. Traveller: [[PERSON:Adaobi Ilo]], passport [[ID_NUMBER:B50187264]] (Nigeria). Flight LOS-LHR on 12 May delayed 19 hours. Expenses: £310. Bank details: [[IBAN_CODE:GB19 HBUK 4012 7663 8510 92]]. Claim ref TRV-40022. Contact: [[EMAIL_ADDRESS:adaobi.ilo@icloud.com]].""",
    """ADMISSION DEFERMENT REQUEST. Student: [[PERSON:Oghenekaro Ejiro Tobi]], Matric. No. [[ID_NUMBER:DELSU/2023/LAW/0612]], born [[DATE_TIME:19 May 2004]], of [[ADDRESS:5 Okpara Road]], [[LOCATION:Warri]], [[LOCATION:Delta State]]. Reason: medical (report from [[PERSON:Dr. Tamara Ebi]], Federal Medical Centre, [[LOCATION:Asaba]]). Deferment requested from the 2024/2025 session. Parent: [[PERSON:Mrs. Ruth Tobi]], [[PHONE_NUMBER:0805 223 6618]].""",
    # Nemotron-PII manner
    """{"customer_id": "CUS-77120", "full_name": "[[PERSON:Abimbola Oyelaran]]", "email": "[[EMAIL_ADDRESS:abimbola.oyelaran@yahoo.com]]", "phone": "[[PHONE_NUMBER:+2348091234567]]", "dob": "[[DATE_TIME:1993-08-21]]", "address": {"street": "[[ADDRESS:12 Agodi Gate Road]]", "city": "[[LOCATION:Ibadan]]", "state": "[[LOCATION:Oyo]]", "postcode": "[[ZIP_CODE:200211]]"}, "tier": "gold", "orders": 14}""",
    """[[DATE_TIME:2024-06-03T08:14:22Z]] INFO auth-service login ok user=[[USERNAME:hadiza.bako]] ip=[[IP_ADDRESS:105.112.44.90]] session=9f1c2e7a-44b1-4c0d-9e2a-7b8d1f0a3c55 ua="okhttp/4.11.0"
2024-06-03T08:14:25Z WARN auth-service mfa sms sent to [[PHONE_NUMBER:+234 706 551 0398]] request_id=req_88a1f""",
    """INSERT INTO members (member_no, first_name, last_name, phone, nin, joined_on) VALUES ('[[ID_NUMBER:OTC-0931]]', '[[PERSON:Ngozi]]', '[[PERSON:Umeh]]', '[[PHONE_NUMBER:08031127745]]', '[[ID_NUMBER:61907724358]]', '[[DATE_TIME:2023-11-05]]');""",
    """<Patient xmlns="http://hl7.org/fhir"><id value="pt-55812"/><identifier><system value="urn:nhs:number"/><value value="[[ID_NUMBER:4857773457]]"/></identifier><name><family value="[[PERSON:Adeyemi]]"/><given value="[[PERSON:Oreoluwa]]"/></name><telecom><system value="phone"/><value value="[[PHONE_NUMBER:07700 900 412]]"/></telecom><gender value="female"/><birthDate value="[[DATE_TIME:1988-02-29]]"/><address><line value="[[ADDRESS:41 Coldharbour Lane]]"/><city value="[[LOCATION:London]]"/><postalCode value="[[ZIP_CODE:SE5 9NR]]"/></address></Patient>""",
    """# staff.yaml
employee:
  id: [[ID_NUMBER:HR-40921]]
  name: [[PERSON:Tariq Mahmood]]
  role: Site Reliability Engineer
  email: [[EMAIL_ADDRESS:tariq.mahmood@corvid-labs.io]]
  mobile: "[[PHONE_NUMBER:+44 7911 443 210]]"
  start_date: [[DATE_TIME:2022-09-12]]
  laptop_serial: C02FK3QXMD6T
  home:
    line1: [[ADDRESS:27 Shakespeare Street]]
    city: [[LOCATION:Nottingham]]
    postcode: [[ZIP_CODE:NG1 4FQ]]""",
    """# .env.local - do not commit
APP_ENV=staging
DB_HOST=[[IP_ADDRESS:10.0.3.15]]
DB_PASSWORD=Xk92!mZp_q
ADMIN_EMAIL=[[EMAIL_ADDRESS:uchenna.eze@kaibosh.ng]]
ADMIN_PHONE=[[PHONE_NUMBER:+2348123349017]]
PAYSTACK_SECRET=sk_test_4b1d9e0f2a7c
SUPPORT_EMAIL=support@kaibosh.ng""",
    """POST /api/v2/applicants HTTP/1.1
Host: admissions.unilag.edu.ng
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:129.205.113.7]]

{"jamb_reg": "[[ID_NUMBER:20241109345GH]]", "surname": "[[PERSON:Okoro]]", "other_names": "[[PERSON:Favour Ebube]]", "dob": "[[DATE_TIME:2006-01-17]]", "state_of_origin": "[[LOCATION:Ebonyi]]", "phone": "[[PHONE_NUMBER:07034458812]]", "course": "Computer Science"}""",
    """def test_mask_customer_record():
    record = {
        'name': '[[PERSON:Siddharth Rao]]',
        'email': '[[EMAIL_ADDRESS:sid.rao@example.org]]',
        'card': '[[CREDIT_CARD:5157 3590 6612 4835]]',
        'cvv': '221',
        'ip': '[[IP_ADDRESS:203.0.113.54]]',
    }
    masked = mask(record)
    assert masked['cvv'] == '***'""",
    """@Test
void rejectsDuplicateNationalId() {
    Citizen c = new Citizen("[[PERSON:Sipho]]", "[[PERSON:Zulu]]", "[[ID_NUMBER:0103055801080]]");
    c.setPhone("[[PHONE_NUMBER:+27 82 441 9053]]");
    c.setBirthDate(LocalDate.parse("[[DATE_TIME:2001-03-05]]"));
    assertThrows(DuplicateIdException.class, () -> registry.add(c));
}""",
    """Ticket #INC-448210 | Priority: P2 | Opened by: [[PERSON:Joseph Mwangi]] ([[EMAIL_ADDRESS:j.mwangi@savanna-telco.co.ke]])
Subject: SIM swap not reflecting
Customer: [[PERSON:Wanjiku Njoroge]], MSISDN [[PHONE_NUMBER:0711 204 883]], ID no. [[ID_NUMBER:28841930]]
Notes: customer visited Moi Avenue shop on [[DATE_TIME:12/04/2024]]; old SIM ICCID 8925402114400012345 blocked.""",
    """From: [[PERSON:Kemi Adetola]] <[[EMAIL_ADDRESS:kemi.adetola@gmail.com]]>
To: admissions@covenantuniversity.edu.ng
Date: [[DATE_TIME:Mon, 15 Jul 2024 09:12:44 +0100]]
Subject: Change of course - [[PERSON:Adetola]] [[PERSON:Oluwadamilare]], reg no [[ID_NUMBER:20246637018BA]]
Received: from [[IP_ADDRESS:197.211.60.12]] by mx.google.com""",
    """CALL RECORD
call_id: 7719-AB-2210
caller_name: [[PERSON:Patience Okon]]
caller_number: [[PHONE_NUMBER:+234 809 772 1043]]
callee: Uyo branch helpline
start: [[DATE_TIME:2024-02-19 14:02:11]]
duration_s: 318
reason: dispute on POS debit, acct [[ID_NUMBER:0442189337]]
agent_id: AG-118""",
    """UPDATE accounts SET email = '[[EMAIL_ADDRESS:mohammed.aliyu@hotmail.com]]', phone = '[[PHONE_NUMBER:0802 918 3374]]', updated_at = NOW() WHERE bvn = '[[ID_NUMBER:22490183725]]' AND account_no = '[[ID_NUMBER:2198840017]]';""",
    """{"event":"order.delivered","order_id":"ORD-2024-771203","courier":"GIG Logistics","recipient":{"name":"[[PERSON:Blessing Akpan]]","phone":"[[PHONE_NUMBER:08107743298]]","address":"[[ADDRESS:House 6, Ewet Housing Estate]], [[LOCATION:Uyo]]"},"delivered_at":"[[DATE_TIME:2024-03-09T16:40:00+01:00]]","tracking":"GIG7740012883NG"}""",
    """[[[DATE_TIME:2024-01-30 11:02:07]]] payment.declined card=[[CREDIT_CARD:4508771399022149]] name="[[PERSON:Ruth Mbatha]]" reason=insufficient_funds amount=ZAR 1,249.00 merchant=TakeAlot mcc=5732 ip=[[IP_ADDRESS:41.13.250.8]]""",
    """<?xml version="1.0"?>
<Applicant>
  <RegNo>[[ID_NUMBER:BUK/ADM/24/03318]]</RegNo>
  <Name>[[PERSON:Zulaihat Musa Kurfi]]</Name>
  <Gender>F</Gender>
  <DateOfBirth>[[DATE_TIME:2005-10-02]]</DateOfBirth>
  <LGA>[[LOCATION:Kurfi]]</LGA>
  <State>[[LOCATION:Katsina]]</State>
  <Phone>[[PHONE_NUMBER:08069917742]]</Phone>
  <Programme>B.Sc. Nursing</Programme>
</Applicant>""",
    """config:
  sftp:
    host: [[IP_ADDRESS:172.16.40.2]]
    user: svc_backup
    key_path: /etc/keys/backup_ed25519
  alerts:
    on_call: [[PERSON:Rotimi Akinwande]]
    on_call_phone: "[[PHONE_NUMBER:+234 812 004 5591]]"
    escalation_email: noc@paylink.ng""",
    """curl -X POST https://api.fundraise.org/v1/donors -H 'Authorization: Bearer ey.J9x' -d '{"name":"[[PERSON:Caroline Ofori-Atta]]","email":"[[EMAIL_ADDRESS:c.oforiatta@gmail.com]]","amount":250,"currency":"GBP","gift_aid":true,"postcode":"[[ZIP_CODE:N16 8JH]]"}'""",
    """Form dump - Student Loan Application (page 2)
applicant.surname=[[PERSON:Nwosu]]
applicant.firstname=[[PERSON:Kenechukwu]]
applicant.matric=[[ID_NUMBER:UNIBEN/ENG/2022/1184]]
applicant.nin=[[ID_NUMBER:57310824469]]
guardian.name=[[PERSON:Mrs. Rose Nwosu]]
guardian.phone=[[PHONE_NUMBER:0803 557 2210]]
institution.code=UB01
amount.requested=450000""",
    """[[DATE_TIME:2024-05-11 19:22:03,441]] ERROR [checkout] Failed to tokenise card for user_id=88213 username=[[USERNAME:gbemi_ola]] email=[[EMAIL_ADDRESS:gbemisola.ola@icloud.com]] pan=[[CREDIT_CARD:5356214099871309]] exp=07/27 gateway=flutterwave code=51""",
    """class TestPatientLookup(unittest.TestCase):
    def setUp(self):
        self.patient = Patient(name='[[PERSON:Ahmed Bala Shehu]]', hospital_no='[[ID_NUMBER:AKTH/2023/77410]]', phone='[[PHONE_NUMBER:+2347035518820]]', dob='[[DATE_TIME:1979-04-12]]')

    def test_lookup_by_phone(self):
        self.assertEqual(lookup('[[PHONE_NUMBER:+2347035518820]]').name, '[[PERSON:Ahmed Bala Shehu]]')""",
    """{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"subject":{"reference":"Patient/8812","display":"[[PERSON:Chukwudi Onyekachi]]"},"effectiveDateTime":"[[DATE_TIME:2024-04-18T09:30:00Z]]","valueQuantity":{"value":7.2,"unit":"%"},"performer":[{"display":"[[PERSON:Dr. Ifeyinwa Nnaji]]"}]}""",
    """GET /v1/users/[[USERNAME:olu_wale88]]/profile?ref=email HTTP/2
host: api.gamehub.gg
user-agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)
x-real-ip: [[IP_ADDRESS:102.67.18.244]]
cookie: sid=ab81f0e2c3; theme=dark""",
    """SUPPORT TICKET 55-102938
From: [[PERSON:Esther Nakato]] <[[EMAIL_ADDRESS:esther.nakato@gmail.com]]>
Product: MyHome Wi-Fi router, serial RT8-2291-0047, firmware 3.10.2.1
Issue: cannot reach [[IP_ADDRESS:192.168.0.1]] admin page since the update.
Callback: [[PHONE_NUMBER:+256 772 418 031]]
Address for technician: [[ADDRESS:Plot 44, Bukoto Street]], [[LOCATION:Kampala]]""",
    """CREATE TABLE welfare_beneficiaries (id SERIAL, name TEXT, phone TEXT, amount NUMERIC);
INSERT INTO welfare_beneficiaries (name, phone, amount) VALUES
  ('[[PERSON:Bilkisu Aminu]]', '[[PHONE_NUMBER:08034419920]]', 30000),
  ('[[PERSON:Garba Lawan]]', '[[PHONE_NUMBER:08128847711]]', 25000),
  ('[[PERSON:Fatima Idris Danmusa]]', '[[PHONE_NUMBER:09015532270]]', 30000);""",
    """{"type":"kyc.submitted","ts":"[[DATE_TIME:2024-07-01T10:11:09Z]]","data":{"first_name":"[[PERSON:Efosa]]","last_name":"[[PERSON:Osagie]]","bvn":"[[ID_NUMBER:22673019458]]","id_type":"voters_card","id_number":"[[ID_NUMBER:90F5B1C4A7295510823]]","address":"[[ADDRESS:8 Sapele Road]], [[LOCATION:Benin City]]","selfie_match":0.94}}""",
    """Call transcript summary (agent: [[PERSON:Mercy]], ext. 2214)
Customer [[PERSON:Olufemi Dada]] called from [[PHONE_NUMBER:0814 663 2017]] about a delayed parcel to [[ADDRESS:15 Ogunlana Drive]], [[LOCATION:Surulere]]. Verified with DOB [[DATE_TIME:9th Oct 1985]]. Waybill JMX-44719230. Escalated to Lagos hub.""",
    """version: "3.9"
services:
  api:
    image: registry.internal/claims-api:2.14.0
    environment:
      - CONTACT_NAME=[[PERSON:Sunita Pillai]]
      - CONTACT_EMAIL=[[EMAIL_ADDRESS:sunita.pillai@claimsdesk.in]]
      - TZ=Asia/Kolkata
    ports:
      - "8080:8080\"""",
    """mysql> SELECT name, passport_no, nationality FROM travellers WHERE booking_ref = 'QX7P2L';
+----------------------+-------------+-------------+
| name                 | passport_no | nationality |
+----------------------+-------------+-------------+
| [[PERSON:Abdulrahman Yusuf]]    | [[ID_NUMBER:A11820473]]   | [[NRP:Nigerian]]    |
| [[PERSON:Mei Ling Tan]]         | [[ID_NUMBER:E2218736K]]   | [[NRP:Singaporean]] |
+----------------------+-------------+-------------+""",
    """Authorization log
[[DATE_TIME:2024-02-07 06:55:40]] sshd[2213]: Accepted publickey for [[USERNAME:ayo.fadahunsi]] from [[IP_ADDRESS:2c0f:2a80:19:7e01::14]] port 51882
2024-02-07 06:55:41 sshd[2213]: pam_unix(sshd:session): session opened for user [[USERNAME:ayo.fadahunsi]](uid=1004)""",
    """Message-ID: <20240312.4471@mail.churchwelfare.org>
From: "[[TITLE:Rev.]] [[PERSON:Dr. Festus Okafor]]" <secretary@churchwelfare.org>
To: "[[PERSON:Nkiru Chukwuma]]" <[[EMAIL_ADDRESS:nkiru.chukwuma@yahoo.co.uk]]>
Subject: Your welfare grant of [[DATE_TIME:12 March]]""",
    """public static final Customer SAMPLE = Customer.builder()
    .name("[[PERSON:Priyanka Deshmukh]]")
    .aadhaar("[[ID_NUMBER:5882 1903 7461]]")
    .mobile("[[PHONE_NUMBER:+91 98204 33817]]")
    .city("[[LOCATION:Pune]]")
    .pincode("[[ZIP_CODE:411038]]")
    .build();""",
    """Form submission #8821 (Contact us)
name: [[PERSON:ahmad el-sayed]]
email: [[EMAIL_ADDRESS:ahmad.elsayed@gmail.com]]
phone: [[PHONE_NUMBER:+971 55 309 4471]]
iban: [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]]
message: please refund my deposit for the Al Barsha flat, I moved out on [[DATE_TIME:28 February]].""",
    """PUT /patients/[[ID_NUMBER:CHW-2024-00917]] HTTP/1.1
Host: ehr.lasuth.gov.ng
Content-Type: application/x-www-form-urlencoded

surname=[[PERSON:Lawal]]&firstname=[[PERSON:Kafayat]]&dob=[[DATE_TIME:1990-05-06]]&religion=[[NRP:Islam]]&next_of_kin=[[PERSON:Rasheed]]+[[PERSON:Lawal]]&nok_phone=[[PHONE_NUMBER:08026613390]]""",
    """[ticket CS-20931] channel=whatsapp from=[[PHONE_NUMBER:+2348033418852]] name="[[PERSON:Yemi Alade-Cole]]" msg="my pharmacy order was swapped, I got someone else's insulin" order=RX-774102 store="Allen Avenue branch" assigned_to=[[PERSON:Tolani]] opened=[[DATE_TIME:2024-06-12T13:04:55+01:00]]""",
]

GEN = [
    """[[PERSON:Adebayo Ogunlesi]] has been a member of the Oshodi Market Traders Cooperative since 2015, and his savings card number is [[ID_NUMBER:OMTC-00874]]. You can reach him on [[PHONE_NUMBER:0803 321 7764]].""",
    """My daughter [[PERSON:Chisom]] turned [[AGE:17]] last week and just got her JAMB result; her registration number is [[ID_NUMBER:20243318570EC]] if the admissions office needs it.""",
    """Please send the replacement debit card to [[PERSON:Mrs. Olabisi Fashola]] at [[ADDRESS:19 Adebola Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]], not to the old address in [[LOCATION:Yaba]].""",
    """The pharmacist told [[PERSON:ibrahim]] that his prescription would be ready on [[DATE_TIME:Thursday, 6 June]] and asked him to bring his NHIS card, number [[ID_NUMBER:NHIS-20077314]].""",
    """I booked a follow-up for my mum, [[PERSON:Rosemary Achieng]], who is [[AGE:68]], at the Aga Khan clinic on [[DATE_TIME:21 May 2024 at 3 pm]]; her patient number is [[ID_NUMBER:AKH-551209]].""",
    """Our new tenant, [[PERSON:Declan Murphy]], moves into [[ADDRESS:Apartment 4, 17 Harcourt Road]], [[LOCATION:Dublin 2]] on [[DATE_TIME:1 August]], and his mobile is [[PHONE_NUMBER:+353 86 442 1907]].""",
    """Can you update the contact email for the church welfare committee secretary? It should now be [[EMAIL_ADDRESS:funke.ajala@gmail.com]], and [[PERSON:Funke]]'s number stays [[PHONE_NUMBER:0817 220 4419]].""",
    """[[PERSON:Hadiza Umar]]'s university application was received on [[DATE_TIME:4 March 2024]]; she listed [[ADDRESS:No. 12 Maiduguri Road]], [[LOCATION:Kano]] as her home address.""",
    """When I called the bank on [[DATE_TIME:9 January]], the agent asked for my BVN, which is [[ID_NUMBER:22187730146]], and the last transaction on account [[ID_NUMBER:0174452908]].""",
    """The delivery rider could not find [[PERSON:Nkem Obiakor]] at [[ADDRESS:Plot 8, Road 21, Trans-Ekulu]], [[LOCATION:Enugu]], so he left the parcel with the gateman and called [[PHONE_NUMBER:0708 993 1246]].""",
    """Dear team, [[PERSON:Sean O'Brien]] will be joining Payroll on [[DATE_TIME:15 April 2024]]; his PPS number and bank details will come from [[PERSON:Niamh]] in HR.""",
    """My name is [[PERSON:Aarav Malhotra]], I am [[AGE:31]] years old and I live at [[ADDRESS:Flat 302, Sunrise Apartments, Sector 15]], [[LOCATION:Gurugram]], [[LOCATION:Haryana]] [[ZIP_CODE:122001]].""",
    """The Glasgow clinic sent a reminder to [[PERSON:Morag Campbell]] about her smear test on [[DATE_TIME:14/06/2024]]; her CHI number is [[ID_NUMBER:1406855324]].""",
    """At the traders' meeting [[TITLE:Alhaji]] [[PERSON:Sule]] - sorry, [[TITLE:Alhaji]] [[PERSON:Sule Maikudi]] - promised to donate ten bags of rice to the mosque welfare fund before Ramadan.""",
    """Is the refund for [[PERSON:jennifer okoye]]'s cancelled flight going back to the card ending 8823 or to her wallet? Her booking was LOS-ABV on 3 May, PNR K7Q2XA.""",
    """The scholarship committee shortlisted [[PERSON:Yusuf Abdullahi Bichi]], [[AGE:18]], from [[LOCATION:Bichi]], [[LOCATION:Kano State]], after his interview on [[DATE_TIME:July 22nd]].""",
    """Hi, I'm locked out of my gaming account [[USERNAME:xX_ChidiSlayer_Xx]]; the recovery email was [[EMAIL_ADDRESS:chidi.okeke2004@yahoo.com]] and I last logged in from [[LOCATION:Onitsha]].""",
    """The landlord, [[PERSON:Mr. Segun Oyewole]], has asked that rent for the shop at [[ADDRESS:45 Agbeni Market Road]], [[LOCATION:Ibadan]] be paid into account [[ID_NUMBER:0023418876]] by the fifth of every month.""",
    """According to the police report, the stolen car, a silver Corolla with plate [[ID_NUMBER:KJA 214 AB]], belongs to [[PERSON:Omobolanle Jegede]] of [[LOCATION:Ikorodu]].""",
    """[[PERSON:Thabo]] and [[PERSON:Naledi Molefe]] want to open a joint account; [[PERSON:Thabo]]'s ID number is [[ID_NUMBER:7309210983084]] - wait, that one is Naledi's - and they both live in [[LOCATION:Pretoria]].""",
    """Grandpa [[PERSON:Kwesi]] celebrated his [[AGE:90]]th birthday on [[DATE_TIME:12 February]] at our family house in [[LOCATION:Kumasi]], and my uncle [[PERSON:Yaw Owusu]] flew in from [[LOCATION:Toronto]].""",
    """Please note that [[PERSON:Ananya Krishnan]] ([[EMAIL_ADDRESS:ananya.k@iitm.ac.in]]) has requested a transcript; her roll number is [[ID_NUMBER:CS19B042]] and she graduated on [[DATE_TIME:20 July 2023]].""",
    """The hospital in [[LOCATION:Sokoto]] called [[PERSON:Aminatu]]'s husband on [[PHONE_NUMBER:+234 806 778 3315]] to say her surgery has been moved to [[DATE_TIME:the 28th of June]].""",
    """We are pleased to welcome [[PERSON:Dr. Nneka Okonkwo-Bailey]] as our new admissions tutor; she can be reached at [[EMAIL_ADDRESS:n.okonkwo-bailey@kcl.ac.uk]] or on [[PHONE_NUMBER:020 7848 3311]] ext. 12.""",
    """Send the Christmas hamper to Auntie [[PERSON:Ifeoma]] at [[ADDRESS:7 Umuezeala Street]], [[LOCATION:Nnewi]] - her phone is [[PHONE_NUMBER:08036641982]] - and tell [[PERSON:emeka]] I said thanks.""",
    """The claims adjuster met [[PERSON:Lachlan Reid]] on [[DATE_TIME:8 March]] to inspect hail damage at [[ADDRESS:22 Banksia Crescent]], [[LOCATION:Toowoomba]], [[LOCATION:QLD]] [[ZIP_CODE:4350]].""",
    """My brother [[PERSON:Obinna]] lost his phone yesterday; if anyone calls from [[PHONE_NUMBER:0803 910 2284]] asking for money, please ignore it.""",
    """The welfare desk at Central Mosque gave [[TITLE:Mallam]] [[PERSON:Idris]]'s family food vouchers worth ₦20,000, and [[PERSON:Idris]] signed for them with his voter's card number [[ID_NUMBER:90F5A3B8C2117740198]].""",
    """I need to change the delivery address on order 44019-NG from my old flat to [[ADDRESS:House 23, 3rd Avenue, Gwarinpa Estate]], [[LOCATION:Abuja]] [[ZIP_CODE:900108]] - thanks, [[PERSON:Rahila]].""",
    """[[PERSON:Tomás García]], a [[NRP:Spanish]] student at Trinity, was born on [[DATE_TIME:3 November 2001]] and holds passport [[ID_NUMBER:PAE418273]].""",
    """Our Sunday school teacher, [[PERSON:Comfort Etim]], retired after 30 years; the church presented her with a plaque and a cheque for ₦500,000.""",
    """The vet confirmed that Bingo, the dog belonging to [[PERSON:Kayode]] and [[PERSON:Lola Adeniran]], had its rabies shot on [[DATE_TIME:19 April]].""",
    """HR has [[PERSON:Wei Jie Lim]]'s NRIC as [[ID_NUMBER:S8834127I]] and his start date as [[DATE_TIME:2 January 2024]]; payroll goes to his DBS account [[ID_NUMBER:072-881924-5]].""",
    """If you can't make the cooperative's AGM, give your proxy form to [[PERSON:Mrs. Ijeoma Nwafor]], stall 31, or email [[EMAIL_ADDRESS:ijeoma.nwafor@yahoo.com]] before the meeting.""",
    """Complaint from [[PERSON:Mr. Gareth Hughes]] ([[ADDRESS:5 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HJ]]): his broadband has been down since [[DATE_TIME:14 May]] and nobody called him back on [[PHONE_NUMBER:029 2076 1148]].""",
    """Mahaifin [[PERSON:Salma]], [[TITLE:Injiniya]] [[PERSON:Abubakar Tanko]], ya biya kuɗin karɓar gurbin karatunta na ₦50,000 a ofishin kuɗi na jami'a ranar [[DATE_TIME:18 ga Oktoba, 2023]].""",
    """The nurse wrote down my date of birth as [[DATE_TIME:02/07/1994]] instead of [[DATE_TIME:07/02/1994]], so the lab results were filed under someone else; my hospital number is [[ID_NUMBER:LUTH-998134]].""",
    """Congratulations to [[PERSON:Olumide]] on passing the bar! He will be called to the Nigerian Bar on [[DATE_TIME:November 28]] in [[LOCATION:Abuja]].""",
    """The customer [[PERSON:Zanele Khumalo]] (cell [[PHONE_NUMBER:083 771 4092]]) wants to port her number to another network but forgot the ID she registered with.""",
    """Today the estate agent showed [[PERSON:priya]] and [[PERSON:rahul sharma]] the two-bed at [[ADDRESS:14 Victoria Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1WA]]; viewing feedback due by Monday.""",
    """Ẹ sọ fún [[PERSON:Bọ́sẹ̀]] aránṣọ pé ọjọ́ tí màá wá wọ aṣọ mi ni [[DATE_TIME:Àbámẹ́ta 13 Oṣù Keje]], àti pé ₦15,000 tó kù màá fi ránṣẹ́ láti Opay mi, [[PHONE_NUMBER:0902 448 1173]].""",
    """[[PERSON:مُحَمَّدُ سَانِ]] يَا رُوقِي كُوَمِتِنْ مَسَلَّاچِ سُ سَا مَرِغَيِنْ مَهَيِّفِنْسَ، [[PERSON:سَانِ دَنْكَنُو]]، چِكِنْ جَرِدَرْ اَدُّعَا.""",
    """The admissions office in [[LOCATION:Legon]] emailed [[PERSON:Akua Serwaa Boateng]] at [[EMAIL_ADDRESS:akua.s.boateng@gmail.com]] to say her WASSCE index number [[ID_NUMBER:0041208137]] did not match.""",
    """On [[DATE_TIME:23/01/2024]] a patient, [[PERSON:Mr. Robert Tan Keng Hwee]], aged [[AGE:72]], was transferred from Changi General to [[LOCATION:Bukit Batok]] Community Hospital.""",
    """I'm [[PERSON:Ella]], I'm [[AGE:24]], and I want to cancel my gym membership [[ID_NUMBER:PG-004417]] because I'm moving to [[LOCATION:Wellington]] next month.""",
    """Could someone from IT reset the VPN for [[PERSON:Ravi Subramaniam]]? His laptop at [[IP_ADDRESS:10.20.4.118]] keeps dropping, and his username is [[USERNAME:rsubramaniam]].""",
    """The Osu market women's association elected [[PERSON:Naa Adjeley Quaye]] as treasurer; dues can be sent by MoMo to [[PHONE_NUMBER:054 227 8130]].""",
    """Last night [[PERSON:fola]] posted her home address, [[ADDRESS:12 Ladipo Oluwole Street]], [[LOCATION:Ikeja]], on Instagram by accident, so please report the post.""",
    """The housing officer visited [[PERSON:Ms. Keisha Campbell]] at [[ADDRESS:Flat 19, Brixton Hill Court]], [[LOCATION:London]] [[ZIP_CODE:SW2 1QW]] on [[DATE_TIME:11 June]] about the damp.""",
    """Please refund the ₦12,500 exam fee to [[PERSON:Usman Garba]]; his Kuda account number is [[ID_NUMBER:2004518832]] and his student ID is [[ID_NUMBER:KASU/22/SCI/0873]].""",
    """We received a donation from [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Okeke]] - [[PERSON:Mr. Chinedu Okeke]] and [[PERSON:Mrs. Uloma Okeke]] - towards the church building fund.""",
    """[[PERSON:Jack Thompson]], [[AGE:45]], from [[LOCATION:Christchurch]], won the fishing competition; his prize will be posted to [[ADDRESS:PO Box 1184]], [[LOCATION:Rangiora]] [[ZIP_CODE:7440]].""",
    """The teacher asked [[PERSON:Amaka]]'s parents to come in on [[DATE_TIME:Wednesday 5 June at 2:30pm]] to talk about her maths; they can call the school office on 01 4490 223.""",
    """When [[PERSON:Ngozi]] opened her savings account at the market branch she used her driver's licence, [[ID_NUMBER:LAG12348AA21]], and her new line [[PHONE_NUMBER:0915 330 8827]].""",
    """Ẹ rán [[PERSON:Kúnlé]] létí pé ìgbéyàwó [[PERSON:Táyọ̀ Adékúnlé-Smith]] jẹ́ ní [[DATE_TIME:17 Oṣù Kẹjọ]] ní [[LOCATION:Ìkòyí]], owó aṣọ ẹbí sì ń lọ sọ́dọ̀ [[PERSON:Yẹmisí]].""",
    """[[PERSON:Catherine Mwale]] was admitted to Kamuzu Central Hospital in [[LOCATION:Lilongwe]] on [[DATE_TIME:12 March 2024]] and discharged four days later.""",
    """The cooperative's loan officer, [[PERSON:Mr. Peter Ebuka]], approved ₦200,000 for Iya [[PERSON:Basira]] - that's [[PERSON:Basirat Adisa]] - who sells pepper at stall 9.""",
    """My US passport [[US_PASSPORT:583017246]] expires soon, so I booked a renewal appointment on [[DATE_TIME:June 3 at 9:15 am]]; my SSN is [[US_SSN:402-81-7735]].""",
    """I gave my Ohio driver's license [[US_DRIVER_LICENSE:TR418903]] to the car rental desk in [[LOCATION:Columbus]], and they charged [[PERSON:Marcus]]'s card instead of mine.""",
    """Good afternoon, this is [[PERSON:Abigail]] from the lettings office; could you confirm [[PERSON:Tunde Salami]]'s move-in date of [[DATE_TIME:1 September]] and his guarantor's phone, [[PHONE_NUMBER:07440 118 293]]?""",
    """The Imam asked [[PERSON:Bashir]] to collect the welfare contributions from the traders at Sabon Gari market in [[LOCATION:Kano]] and bank them.""",
    """The university has flagged [[PERSON:Chukwuma]]'s transcript because his date of birth ([[DATE_TIME:1 April 2005]]) differs from the one on his WAEC certificate.""",
    """[[PERSON:Leilani Kealoha]], [[AGE:36]], has changed her mailing address to [[ADDRESS:1520 Kapiolani Blvd]], [[ADDRESS:Apt 2104]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]].""",
    """I sent the rent to the agent but the receipt says [[PERSON:Olawale Ayinde]] instead of my name, [[PERSON:Olawale Adeyinka]]; can you correct it?""",
    """[[PERSON:Nomvula]]'s Tinder profile was cloned; the fake one uses [[URL:https://www.instagram.com/nomvula.dlamini_/]] and her old number [[PHONE_NUMBER:076 118 4427]].""",
    """[[PERSON:Mr. Abdul]] from the mosque committee - [[PERSON:Abdulrasheed Olayiwola]] - collected the chairs on [[DATE_TIME:Friday, 10 May]] and returned them on Sunday.""",
    """Please transfer £450 from my account to [[PERSON:Kieran]]: [[IBAN_CODE:GB29 NWBK 6016 1331 9268 19]], and put "deposit for Leeds flat" as the reference.""",
    """[[PERSON:Sophie Chen]] called the pharmacy at 4pm to say she is allergic to penicillin and that her repeat prescription should go to [[ADDRESS:12 Kent Street]], [[LOCATION:Sydney]] [[ZIP_CODE:2000]].""",
    """The driver who hit my car gave his name as [[PERSON:Kabir Ahmed]] and his number as [[PHONE_NUMBER:0806 114 9927]], but the plate, [[ID_NUMBER:ABC 581 XY]], is registered to a company.""",
    """Kwa afọ, otu ndị ahịa [[LOCATION:Onitsha]] na-enye ụmụ ndị otu ha onyinye; n'afọ a, [[PERSON:Chiamaka Okonkwo]], onye dị afọ [[AGE:12]], meriri ọkwa mbụ na mgbakọ na mwepụ.""",
    """Apologies [[PERSON:Tendai]], I typed your account number wrongly; the correct one is [[ID_NUMBER:62184455902]] at CBZ Bank in [[LOCATION:Harare]].""",
    """I was born on [[DATE_TIME:5/10/1987]] in [[LOCATION:Calabar]], and I've lived at [[ADDRESS:33 Marian Road]] ever since, said [[PERSON:Effiong Bassey]].""",
    """[[PERSON:Femi Otedola Jr.]] - no relation to the businessman - is our new intern; his email is [[EMAIL_ADDRESS:femi.jr.otedola@outlook.com]].""",
    """Her Canadian SIN, [[ID_NUMBER:518-403-977]], appears on the T4 that [[PERSON:Marie-Claude Tremblay]] received from her employer in [[LOCATION:Québec]].""",
    """The gate pass for the admissions screening was issued to [[PERSON:Ahmad]], [[PERSON:Sadiq]] and [[PERSON:Zainab Lawal]]; all three must bring their UTME slips on [[DATE_TIME:25 August]].""",
    """[[PERSON:Adaeze]] is [[AGE:21]], studies law at UNIZIK and was elected welfare secretary of the Catholic students' association; her number is [[PHONE_NUMBER:0813 667 2049]].""",
    """Mama [[PERSON:Nkechi]] na-ere akwa na [[ADDRESS:Shop A12, Ochanja Market]], [[LOCATION:Onitsha]]; ọ chọrọ ka otu nkwado ahịa binye ya ₦100,000. BVN ya bụ [[ID_NUMBER:22561093874]].""",
    """[[PERSON:Gbenga]] texted: "Am at the clinic, my appointment is 10:30 today... no wait, it was yesterday." Poor [[PERSON:gbenga]].""",
    """Orúkọ mi ni [[PERSON:Adébáyọ̀ Ọlátúnjí]], mo jẹ́ ọmọ ọdún [[AGE:42]], mo sì ń gbé ní [[ADDRESS:Nọ́mbà 8 Òpópónà Ìwó]], [[LOCATION:Ìbàdàn]]. Nọ́mbà fóònù mi ni [[PHONE_NUMBER:0803 447 1290]].""",
    """[[PERSON:Fúnmiláyọ̀]] ti san owó ẹgbẹ́ àjọ rẹ̀ ní ọjà Ọba; nọ́mbà ọmọ ẹgbẹ́ rẹ̀ ni [[ID_NUMBER:ÀJỌ-0392]], ó sì bí ní [[DATE_TIME:16 Oṣù Kẹta 1979]].""",
    """Ìjọ wa yóò ran Bàbá [[PERSON:Oyèdẹ̀lé]] lọ́wọ́ - [[PERSON:Oyèdẹ̀lé Àjàyí]] - tí ó ṣàìsàn láti [[DATE_TIME:2 Oṣù Karùn-ún]]; ẹ fi owó ránṣẹ́ sí àkáǹtì [[ID_NUMBER:0067728134]].""",
    """Aha m bụ [[PERSON:Chidiebere Nwankwo]]; a mụrụ m na [[DATE_TIME:14 Ọnwa Asatọ 1998]] na [[LOCATION:Nsukka]]. Ọ bụrụ na ị chọrọ ịkpọ m, kpọọ [[PHONE_NUMBER:0810 557 3321]].""",
    """Ndị otu ahịa [[LOCATION:Aba]] kwụrụ [[PERSON:Nneka Ugwu]] ụgwọ ₦80,000 n'akaụntụ ya [[ID_NUMBER:1045519287]]; o nwere ụlọ ahịa na [[ADDRESS:Shop 19, Ekeoha Market]].""",
    """Nwanne m nwanyị [[PERSON:Ụzọamaka]] dị afọ [[AGE:19]]; ọ natara akwụkwọ nnabata na mahadum na [[DATE_TIME:3 Ọnwa Itoolu]], nọmba ụmụ akwụkwọ ya bụ [[ID_NUMBER:UNN/2024/201338]].""",
    """Sunana [[PERSON:Aisha Bello Kankia]], shekaruna [[AGE:26]]. Ina zaune a [[ADDRESS:Gida Na 14, Titin Kofar Mata]], [[LOCATION:Kano]]. Lambar wayata ita ce [[PHONE_NUMBER:0806 329 4418]].""",
    """Kwamitin masallaci ya ba [[TITLE:Malama]] [[PERSON:Hauwa'u]] tallafin ₦40,000 ranar [[DATE_TIME:12 ga Afrilu]]; lambar asusunta ita ce [[ID_NUMBER:0118834725]].""",
    """سُنَانَا [[PERSON:عَبْدُلَّهِ سَانِ]]، إِنَا زَوْنِ أَ [[LOCATION:كَنُوْ]]. لَمْبَرْ وَيَاتَ: [[PHONE_NUMBER:0803 771 2259]].""",
    """[[PERSON:Mthunzi Zungu]] from [[LOCATION:Durban]] says the SASSA officer wrote his ID as 900817561208 - one digit short - instead of [[ID_NUMBER:9008175612088]], so his May grant was stopped.""",
    """The youth pastor wants every camper's parent to sign the form; for [[PERSON:Ebere]], that means her dad, [[PERSON:Mr. Vincent Anosike]], who can be reached on [[PHONE_NUMBER:0809 447 2218]] until [[DATE_TIME:30 July]].""",
    """At [[AGE:19]], [[PERSON:Hamza Yakubu Dogo]] is the youngest trader in the Kurmi market cooperative; he registered on [[DATE_TIME:5/1/2024]] with member number [[ID_NUMBER:KMC/24/118]] and lives on [[ADDRESS:22 Ibrahim Taiwo Road]] in [[LOCATION:Kano]].""",
]

TABLE = [
    """member_no,name,stall,phone,monthly_due
[[ID_NUMBER:BMTA-0112]],[[PERSON:Rashidat Olaniyan]],[[ADDRESS:Shop 4, Block A, Balogun Market]],[[PHONE_NUMBER:08023341198]],5000
[[ID_NUMBER:BMTA-0113]],[[PERSON:Chukwuebuka Nnadi]],[[ADDRESS:Shop 17, Block D, Balogun Market]],[[PHONE_NUMBER:08139920447]],5000
[[ID_NUMBER:BMTA-0114]],[[PERSON:Aliyu Shehu]],[[ADDRESS:Shop 2, Block F, Balogun Market]],[[PHONE_NUMBER:07065513382]],3500""",
    """"Surname";"First name";"JAMB No";"Score";"State";"Status"
"[[PERSON:Okwuosa]]";"[[PERSON:Ebube]]";"[[ID_NUMBER:20248771203BD]]";"264";"[[LOCATION:Anambra]]";"Admitted"
"[[PERSON:Abdulsalam]]";"[[PERSON:Maryam]]";"[[ID_NUMBER:20243390156AF]]";"241";"[[LOCATION:Kwara]]";"Waitlist"
"[[PERSON:Ekanem]]";"[[PERSON:Idongesit]]";"[[ID_NUMBER:20246618874HC]]";"198";"[[LOCATION:Akwa Ibom]]";"Not admitted\"""",
    """name	age	sex	ward	admitted
[[PERSON:Fatima Abubakar]]	[[AGE:34]]	F	Maternity	[[DATE_TIME:2024-03-02]]
[[PERSON:Joseph Effiong]]	[[AGE:61]]	M	Surgical	[[DATE_TIME:2024-03-04]]
[[PERSON:Blessing Oche]]	[[AGE:27]]	F	Maternity	[[DATE_TIME:2024-03-04]]""",
    """| Beneficiary | Phone | Amount (₦) | Approved by |
|---|---|---|---|
| Widow [[PERSON:Comfort Ayuba]] | [[PHONE_NUMBER:0803 118 4526]] | 40,000 | [[TITLE:Rev.]] [[PERSON:Luka Bitrus]] |
| [[PERSON:Esther Danjuma]] | [[PHONE_NUMBER:0806 449 2071]] | 25,000 | [[TITLE:Rev.]] [[PERSON:Luka Bitrus]] |
| [[PERSON:Moses Gyang]] | [[PHONE_NUMBER:0813 220 9916]] | 30,000 | [[TITLE:Deacon]] [[PERSON:Paul Dung]] |""",
    """ id | full_name          | email                          | last_login
----+--------------------+--------------------------------+---------------------
  1 | [[PERSON:Chloe Martin]]       | [[EMAIL_ADDRESS:chloe.martin@bigpond.com]]       | [[DATE_TIME:2024-05-30 21:14:02]]
  2 | [[PERSON:Hamza Qureshi]]      | [[EMAIL_ADDRESS:hamza.q@gmail.com]]              | [[DATE_TIME:2024-05-31 07:40:55]]
  3 | [[PERSON:Grace Oyelowo]]      | [[EMAIL_ADDRESS:grace.oyelowo@outlook.com]]      | [[DATE_TIME:2024-06-01 12:03:19]]
(3 rows)""",
    """EMP_ID  NAME                 DEPT        NI_NUMBER      START
[[ID_NUMBER:E1042]]   [[PERSON:Amelia Hart]]         Finance     [[ID_NUMBER:AB 12 34 56 C]]  [[DATE_TIME:04/03/2019]]
[[ID_NUMBER:E1077]]   [[PERSON:Oluwatobi Adeniyi]]    Logistics   [[ID_NUMBER:JT 73 41 09 A]]  [[DATE_TIME:17/08/2021]]
[[ID_NUMBER:E1103]]   [[PERSON:Priya Patel]]          Sales       [[ID_NUMBER:NP 22 81 47 D]]  [[DATE_TIME:01/02/2023]]""",
    """{"student_id": "[[ID_NUMBER:OAU/2024/ECO/0187]]", "name": "[[PERSON:Tomiwa Adegoke]]", "hall": "Moremi", "dob": "[[DATE_TIME:2005-06-11]]"}
{"student_id": "[[ID_NUMBER:OAU/2024/ECO/0188]]", "name": "[[PERSON:Halimat Bello]]", "hall": "Mozambique", "dob": "[[DATE_TIME:2004-12-30]]"}
{"student_id": "[[ID_NUMBER:OAU/2024/ECO/0189]]", "name": "[[PERSON:Ikenna Orji]]", "hall": "Awolowo", "dob": "[[DATE_TIME:2006-02-08]]"}""",
    """- name: [[PERSON:Kwame Asante]]
  phone: "[[PHONE_NUMBER:+233 24 118 7732]]"
  region: [[LOCATION:Ashanti]]
  role: treasurer
- name: [[PERSON:Efua Mensah]]
  phone: "[[PHONE_NUMBER:+233 27 440 2219]]"
  region: [[LOCATION:Central]]
  role: secretary""",
    """Name: [[PERSON:Ibrahim Musa Gusau]]
Position: Chairman, Zamfara Grain Sellers Association
Phone: [[PHONE_NUMBER:0803 550 1984]]
Address: [[ADDRESS:No. 6 Sokoto Road]], [[LOCATION:Gusau]]
Member since: 2011
Voter card: [[ID_NUMBER:90F6D2B1E4558832011]]""",
    """Customer,Card,Expiry,Postcode,Total
[[PERSON:Hannah Brooks]],[[CREDIT_CARD:4556730219844778]],08/26,[[ZIP_CODE:BS8 1TH]],£84.20
[[PERSON:Oluwaseyi Martins]],[[CREDIT_CARD:6011092837465518]],01/27,[[ZIP_CODE:E2 8DY]],£12.99
[[PERSON:Declan Byrne]],[[CREDIT_CARD:5228144097163506]],11/25,[[ZIP_CODE:G41 2PE]],£240.00""",
    """| Orúkọ | Ọjọ́ orí | Fóònù | Ìlú |
|---|---|---|---|
| [[PERSON:Títílayọ̀ Adéwálé]] | [[AGE:45]] | [[PHONE_NUMBER:0805 331 2094]] | [[LOCATION:Ọ̀yọ́]] |
| [[PERSON:Kẹ́hìndé Ògúnbíyìí]] | [[AGE:38]] | [[PHONE_NUMBER:0703 992 1145]] | [[LOCATION:Òṣogbo]] |
| [[PERSON:Mọ́remí Àlàó]] | [[AGE:52]] | [[PHONE_NUMBER:0812 440 7738]] | [[LOCATION:Ìbàdàn]] |""",
    """Aha;Nọmba ekwentị;Ahịa;Ego
[[PERSON:Obiageli Nwosu]];[[PHONE_NUMBER:08034417720]];Ariaria;20000
[[PERSON:Chukwudi Eze]];[[PHONE_NUMBER:08129983316]];Ochanja;15000
[[PERSON:Ngozika Okafor]];[[PHONE_NUMBER:07061128850]];Ogbete;20000""",
    """Suna	Shekaru	Lambar waya	Gari
[[PERSON:Usman Danladi]]	[[AGE:47]]	[[PHONE_NUMBER:08065512934]]	[[LOCATION:Katsina]]
[[PERSON:Rabi Sule]]	[[AGE:33]]	[[PHONE_NUMBER:09033381127]]	[[LOCATION:Daura]]
[[PERSON:Nasiru Bala]]	[[AGE:29]]	[[PHONE_NUMBER:07038845210]]	[[LOCATION:Funtua]]""",
    """patient_id,nhs_number,surname,forename,dob,gp_practice
[[ID_NUMBER:P-22871]],[[ID_NUMBER:6120098429]],[[PERSON:Whitaker]],[[PERSON:Joan]],[[DATE_TIME:1951-11-03]],Y02718
[[ID_NUMBER:P-22872]],[[ID_NUMBER:7291044853]],[[PERSON:Eze]],[[PERSON:Chidi]],[[DATE_TIME:1986-07-19]],Y02718""",
    """+---------------+----------------+-------------+
| applicant     | programme      | decision    |
+---------------+----------------+-------------+
| [[PERSON:Sarah Kimani]]  | MSc Data Sci   | Offer       |
| [[PERSON:Tunde Afolabi]] | MSc Finance    | Conditional |
| [[PERSON:Li Na]]         | MSc Data Sci   | Reject      |
+---------------+----------------+-------------+""",
    """ref,item,qty,unit_price,buyer_phone
INV-8821,Ankara fabric 6yds,3,7500,[[PHONE_NUMBER:0802 771 3390]]
INV-8822,Lace (Swiss) 5yds,1,42000,[[PHONE_NUMBER:0816 224 0915]]
INV-8823,George wrapper,2,18000,[[PHONE_NUMBER:0809 118 6634]]""",
    """Account holder       IBAN                           Country
[[PERSON:Lukas Becker]]         [[IBAN_CODE:DE14 5001 0517 5421 9876 03]]  [[LOCATION:Germany]]
[[PERSON:Amaka Udeh]]           [[IBAN_CODE:GB68MIDL40051561728394]]         [[LOCATION:United Kingdom]]
[[PERSON:Pieter de Vries]]      [[IBAN_CODE:NL91 ABNA 0417 1643 00]]        [[LOCATION:Netherlands]]""",
    """{"ts":"[[DATE_TIME:2024-04-02T10:11:00Z]]","user":"[[USERNAME:kemi_b]]","ip":"[[IP_ADDRESS:102.88.34.17]]","action":"login"}
{"ts":"[[DATE_TIME:2024-04-02T10:13:41Z]]","user":"[[USERNAME:kemi_b]]","ip":"[[IP_ADDRESS:102.88.34.17]]","action":"withdraw"}
{"ts":"[[DATE_TIME:2024-04-02T10:20:09Z]]","user":"[[USERNAME:dayo.k]]","ip":"[[IP_ADDRESS:2c0f:f5c0:401:1::2a]]","action":"login"}""",
    """[[PERSON:Adeyemi]], [[PERSON:Folake]]	[[DATE_TIME:12-Mar-1990]]	[[ID_NUMBER:A10294488]]	[[NRP:Nigerian]]
[[PERSON:Mensah]], [[PERSON:Kojo]]	[[DATE_TIME:03-Nov-1987]]	[[ID_NUMBER:G2817734]]	[[NRP:Ghanaian]]
[[PERSON:Ochieng]], [[PERSON:Brian]]	[[DATE_TIME:27-Jun-1995]]	[[ID_NUMBER:AK0917721]]	[[NRP:Kenyan]]""",
    """| Date | Donor | Method | Amount |
|------|-------|--------|--------|
| 2024-06-01 | Anonymous | Cash | ₦10,000 |
| 2024-06-01 | [[TITLE:Bro.]] [[PERSON:Tobi Ayodele]] | Transfer | ₦25,000 |
| 2024-06-08 | [[PERSON:Mrs. Kemi Fadeyi]] | POS | ₦5,000 |""",
    """student,guardian,guardian_phone,class
"[[PERSON:Adaora Mbah]]","[[PERSON:Mr. Innocent Mbah]]","[[PHONE_NUMBER:+234 803 906 1127]]",JSS2
"[[PERSON:Yusuf Kabir]]","[[TITLE:Hajiya]] [[PERSON:Amina Kabir]]","[[PHONE_NUMBER:+234 806 330 4418]]",JSS2
"[[PERSON:Grace Eyo]]","[[PERSON:Mrs. Arit Eyo]]","[[PHONE_NUMBER:+234 815 229 0076]]",JSS3""",
    """SSN          NAME              DOB         STATE
[[US_SSN:219-30-4417]]  [[PERSON:Denise Carter]]     [[DATE_TIME:1979-02-14]]  [[LOCATION:MD]]
[[US_SSN:530-77-1904]]  [[PERSON:Luis Hernandez]]    [[DATE_TIME:1985-09-30]]  [[LOCATION:NV]]
[[US_SSN:387-12-6650]]  [[PERSON:Kayla Nguyen]]      [[DATE_TIME:1992-06-07]]  [[LOCATION:WI]]""",
    """device_id,owner,mac,ip,os
LT-0091,[[PERSON:Uche Nnaemeka]],b8:27:eb:4a:11:9c,[[IP_ADDRESS:10.1.4.22]],Ubuntu 22.04
LT-0092,[[PERSON:Hafsat Ibrahim]],f0:18:98:2c:de:71,[[IP_ADDRESS:10.1.4.23]],macOS 14.4
LT-0093,[[PERSON:Kelvin Osei]],3c:52:82:9e:07:aa,[[IP_ADDRESS:10.1.4.31]],Windows 11""",
    """tenant: [[PERSON:Zodwa Ndlovu]]
unit: [[ADDRESS:Flat 12, Sunnyside Mansions, 45 Esselen Street]]
suburb: [[LOCATION:Sunnyside]]
city: [[LOCATION:Pretoria]]
postal_code: [[ZIP_CODE:0002]]
id_number: [[ID_NUMBER:9203050447086]]
lease_start: [[DATE_TIME:2024-02-01]]
deposit: R7,500""",
    """Plate;Owner;Phone;Violation;Fine
[[ID_NUMBER:LSR 448 FE]];[[PERSON:Tajudeen Alabi]];[[PHONE_NUMBER:0803 662 1904]];Illegal parking;₦20,000
[[ID_NUMBER:ABJ 915 KP]];[[PERSON:Nkiruka Obi]];[[PHONE_NUMBER:0817 443 2280]];Overspeeding;₦50,000""",
    """## Admissions interview slots
| Candidate | Reg No | Slot |
|:--|:--|:--|
| [[PERSON:olamide balogun]] | [[ID_NUMBER:20246603117GA]] | [[DATE_TIME:Mon 8 Jul, 09:00]] |
| [[PERSON:ahmed yusuf]] | [[ID_NUMBER:20241187740DB]] | [[DATE_TIME:Mon 8 Jul, 09:30]] |
| [[PERSON:chinyere okafor]] | [[ID_NUMBER:20247719082AE]] | [[DATE_TIME:Mon 8 Jul, 10:00]] |""",
    """PAN         Name                 Mobile            City
[[ID_NUMBER:BGHPK7712Q]]  [[PERSON:Kavya Iyer]]           [[PHONE_NUMBER:+91 98450 11832]]   [[LOCATION:Chennai]]
[[ID_NUMBER:CMLPS2039R]]  [[PERSON:Sandeep Chauhan]]      [[PHONE_NUMBER:+91 99100 47261]]   [[LOCATION:Delhi]]""",
    """order,sku,qty,warehouse,ship_to
ORD-55120,SKU-TX-4471,2,WH-LOS-02,[[PERSON:Ada Nwankwo]] / [[ADDRESS:9 Ekpe Road]], [[LOCATION:Calabar]]
ORD-55121,SKU-KT-0093,1,WH-ABV-01,[[PERSON:Sani Bello]] / [[ADDRESS:17 Ahmadu Bello Way]], [[LOCATION:Kaduna]]
ORD-55122,SKU-TX-4471,5,WH-LOS-02,Pickup at hub""",
    """Welfare roll - Ansar-Ud-Deen Mosque, Ojodu
No. | Name | Dependants | Monthly (₦)
1 | [[TITLE:Alhaja]] [[PERSON:Sidikat Oladipo]] | 4 | 15,000
2 | [[PERSON:Lateef Adio]] | 2 | 10,000
3 | [[PERSON:Rukayat Ajose]] | 5 | 15,000""",
    """"name","email","phone","consent"
"[[PERSON:Liam Walsh]]","[[EMAIL_ADDRESS:liam.walsh@eircom.net]]","[[PHONE_NUMBER:+353 85 771 2031]]","yes"
"[[PERSON:Aoibhinn Daly]]","[[EMAIL_ADDRESS:aoibhinn.daly@gmail.com]]","","no"
"[[PERSON:Tadhg Kelly]]","","[[PHONE_NUMBER:087 220 9941]]","yes\"""",
    """SIN           Employee             Province
[[ID_NUMBER:130 482 953]]   [[PERSON:Olivia Tremblay]]      [[LOCATION:QC]]
[[ID_NUMBER:720 119 445]]   [[PERSON:Arjun Dhillon]]        [[LOCATION:ON]]""",
    """account_no   holder                bank     bvn
[[ID_NUMBER:0123884710]]   [[PERSON:Emeka Chukwu]]          GTBank   [[ID_NUMBER:22341198076]]
[[ID_NUMBER:2087741193]]   [[PERSON:Fatimah Olatunji]]      Kuda     [[ID_NUMBER:22519930481]]
[[ID_NUMBER:0045519982]]   [[PERSON:Ikechukwu Anozie]]      Access   [[ID_NUMBER:22802217365]]""",
    """Participants
-----------
[[PERSON:Dr. Aisha Rahman]] (Chair) - [[EMAIL_ADDRESS:a.rahman@uct.ac.za]]
[[PERSON:Prof. Kelechi Eze]] - [[EMAIL_ADDRESS:kelechi.eze@unn.edu.ng]]
[[PERSON:Ms. Joyce Banda-Phiri]] - [[EMAIL_ADDRESS:jbphiri@unima.mw]]""",
    """flight,seat,passenger,passport,nationality
BA075,14C,[[PERSON:Oyinkansola Bello]],[[ID_NUMBER:B01173842]],[[NRP:Nigerian]]
BA075,14D,[[PERSON:Tom Bello]],[[ID_NUMBER:561209384]],[[NRP:British]]
BA075,22A,[[PERSON:Nana Ama Owusu]],[[ID_NUMBER:G3301928]],[[NRP:Ghanaian]]""",
    """id	username	signup	country
1041	[[USERNAME:naija_baller07]]	[[DATE_TIME:2023-12-24]]	[[LOCATION:Nigeria]]
1042	[[USERNAME:kiwi_gamer]]	[[DATE_TIME:2024-01-02]]	[[LOCATION:New Zealand]]
1043	[[USERNAME:ama.plays]]	[[DATE_TIME:2024-01-05]]	[[LOCATION:Ghana]]""",
]

CHAT = [
    """[09:14] Support ([[PERSON:Tola]]): Hello, welcome to QuickBank chat. Who am I speaking with?
[09:15] [[PERSON:Chinedu Okafor]]: Hi, it's [[PERSON:Chinedu]]. My transfer to my sister failed but I was debited
[09:15] Support ([[PERSON:Tola]]): Sorry about that. Please confirm your account number and date of birth
[09:16] [[PERSON:Chinedu Okafor]]: [[ID_NUMBER:0157738821]], born [[DATE_TIME:14/02/1991]]
[09:17] Support ([[PERSON:Tola]]): Thanks. The reversal will reach you within 24 hours. Anything else?
[09:17] [[PERSON:Chinedu Okafor]]: Yes, update my phone to [[PHONE_NUMBER:0813 441 0297]] please""",
    """Family 🏠
Mummy: Has anyone spoken to [[PERSON:Dayo]]? His phone is off
[[PERSON:Bisi]]: He changed his line, new one is [[PHONE_NUMBER:0706 228 9134]]
Mummy: Ok. [[PERSON:Bisi]] send me your BVN for the school fees transfer
[[PERSON:Bisi]]: Mummy it's [[ID_NUMBER:22458813077]] but don't post it here again o
[[PERSON:Dayo]]: I'm here o! Will be home [[DATE_TIME:Friday 21st]] for Daddy's [[AGE:70]]th""",
    """Marketplace - "iPhone 12, 128GB, ₦310k"
[[PERSON:Ifeanyi Nwoke]]: Is it still available?
Seller: Yes. Pickup at Computer Village or I deliver to you
[[PERSON:Ifeanyi Nwoke]]: Deliver to [[ADDRESS:23 Olowu Street]], [[LOCATION:Ikeja]]. Call me on [[PHONE_NUMBER:08107731924]] when you're close
Seller: Ok. IMEI 356728114499031, I'll send pics. Pay to my Opay [[ID_NUMBER:8167734402]]?
[[PERSON:Ifeanyi Nwoke]]: I'll pay on delivery thanks""",
    """#platform-team
[[PERSON:Sarah Okonjo]]: who's on call this weekend?
[[PERSON:Mike Adeyemi]]: me till Sat 18:00, then [[PERSON:Rukky]]
[[PERSON:Rukayat Bello]]: yep, ping me on [[PHONE_NUMBER:+44 7825 114 306]] if pagerduty flakes
[[PERSON:Sarah Okonjo]]: 👍 also prod-db-2 at [[IP_ADDRESS:10.8.0.14]] needs a restart after the 2.3.1 patch
[[PERSON:Mike Adeyemi]]: on it""",
    """Ẹgbẹ́ Àjọ Ọjà Oje 💰
Ìyá [[PERSON:Àlàké]]: Ẹ kú àárọ̀ o. Ta ni ó kàn láti gba àjọ ọ̀sẹ̀ yìí?
[[PERSON:Bọ́sẹ̀ Adérìnọ̀lá]]: Èmi ni o. Ẹ fi ránṣẹ́ sí àkáǹtì mi [[ID_NUMBER:0049917365]]
Ìyá [[PERSON:Àlàké]]: Ó dáa. [[PERSON:Kúnlé]] ṣé o ti san tìrẹ?
[[PERSON:Kúnlé Ọmọ́túnde]]: Mo máa san lọ́la, ẹ pè mí lórí [[PHONE_NUMBER:0803 552 7718]]""",
    """Church Welfare Committee 🙏
[[TITLE:Deacon]] [[PERSON:Obi]]: Brethren, [[TITLE:Sister]] [[PERSON:Ngozi Amadi]] was admitted at UNTH on [[DATE_TIME:Monday 3rd June]]
[[PERSON:Ada]]: Chai. Which ward?
[[TITLE:Deacon]] [[PERSON:Obi]]: Ward 4. Her husband [[PERSON:Emeka]]'s number is [[PHONE_NUMBER:0806 117 3390]] for anyone visiting
[[TITLE:Pastor]] [[PERSON:Kingsley]]: We'll release ₦100k from welfare. Treasurer please pay into [[ID_NUMBER:2011457832]] ([[PERSON:Emeka Amadi]], FCMB)""",
    """Admissions Helpdesk - live chat
Agent: Hi, I'm [[PERSON:Joy]] from the admissions office. How can I help?
[[PERSON:musa abubakar]]: my name no show on the list and my reg no is [[ID_NUMBER:20245514039JC]]
Agent: Let me check... you were offered Accounting. Please confirm your email
[[PERSON:musa abubakar]]: [[EMAIL_ADDRESS:musaabubakar2006@gmail.com]]
Agent: Done. Your acceptance form is now on the portal""",
    """Iyali 👨‍👩‍👧
Baba [[PERSON:Sani]]: [[PERSON:Zainab]], kin aika kudin makaranta?
[[PERSON:Zainab]]: Eh Baba, na tura zuwa asusun [[ID_NUMBER:0223371809]] jiya
Umma: Allah ya saka. [[PERSON:Aliyu]] zai zo [[LOCATION:Kano]] ranar [[DATE_TIME:15 ga Yuni]]
[[PERSON:Aliyu]]: Eh, ku kira ni a [[PHONE_NUMBER:0816 770 4412]]""",
]

LOOKALIKE = [
    """Shipment update: container MSKU7042132 (seal 884120) cleared customs at Apapa under Form M MF20240031887 and bill of lading MAEU241889072. Invoice INV-2024-00917, lot L-23-0448, HS code 8517.12.00. Please call our Lagos office on 01-270 4400 or write to operations@zenithfreight.ng. The truck leaves the depot on Herbert Macaulay Way. Consignee contact: [[PERSON:Mr. Chukwuma Ibe]], [[PHONE_NUMBER:0803 771 0925]].""",
    """Release notes v10.2.4.1: the updater now parses four-part versions such as 10.2.4.1 correctly; build hash 3f7a9c1e8b2d4f60a5e1c7b9d8f2a4e6c1b3d5f7; request id 8d4e2c1a-5b7f-4e9a-9c3d-2f1e0a6b7c8d. Thanks to [[PERSON:Kemi Adebowale]] for the report. Serial prefix SN-4417-AX.""",
    """Books received for the Faculty of Arts library: 'Things Fall Apart' (ISBN 978-0-19-286370-6) and 'Half of a Yellow Sun' (ISBN 978-978-548-219-5); barcode EAN 5000159017237 on the cartons. Order PO-44710, supplier RC 1048823. Delivered to the Nnamdi Azikiwe Library reading room.""",
    """Booking confirmation ABX7Q2 - flight W3 0123 from Lagos (LOS) to London (LHR) departing 12:40. E-ticket 083-2419950871. Passenger: [[PERSON:Olaniyi Bamidele]]. Frequent flyer tier: Silver. Customer service: +234 1 448 0000, bookings@arikair.com.""",
    """Tracking numbers for the welfare parcels: 1Z999AA10123456784, JD014600006251818123, NG-GIG-44017723. Each parcel contains rice (SKU RC-50KG-001) and oil (SKU VO-5L-220). Contact the Ansar-Ud-Deen Society secretariat at secretary@auds.org.ng or 0700 283 2737. All three were signed for by [[PERSON:Hauwa Garba]].""",
    """Company profile: Adebayo & Sons Trading Ltd, CAC RC 724118, TIN 20118847-0001, VAT NG-VAT-004417. Head office on Obafemi Awolowo Way, Ikeja; branch on Nnamdi Azikiwe Street, Lagos Island. Founder's award named the Sir Ahmadu Bello Prize. Hotline 0800-ADEBAYO, info@adebayosons.com.""",
    """Stock count 2024-Q2: pallet P-0041 (GTIN 6151004328714), pallet P-0042 (batch 24B-117, exp 03/2026), pallet P-0043 (container CMAU3381902). Scanner firmware 4.2.0.18 on 192-168-10-7 (label only). Discrepancy report DR-0093 filed by warehouse lead [[PERSON:Ayo]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    """Parse and check every record, write the set, and print counts only."""
    rows, kinds, marks, spans_seen = [], Counter(), 0, 0
    for style, records in STYLES.items():
        for n, markup in enumerate(records, 1):
            rid = f"blind147-{style}-{n:03d}"
            try:
                text, spans = parse(markup)
            except ValueError:
                sys.exit(f"parse error in {rid}")
            try:
                check(rid, text, spans)
            except ValueError:
                sys.exit(f"check failed in {rid}")
            found = list(MARK.finditer(markup))
            # every "[[" opens a well-formed mark, and every mark became a span
            # (a PERSON mark that starts with a title becomes TITLE + PERSON)
            split = sum(1 for m in found if m.group(1) == "PERSON" and TITLE_IN_NAME.match(m.group(2)))
            if markup.count("[[") != len(found) or len(spans) != len(found) + split:
                sys.exit(f"mark count mismatch in {rid}")
            k = 0
            for m in found:
                kind, value = m.group(1), m.group(2)
                if kind == "PERSON" and TITLE_IN_NAME.match(value):
                    got = text[spans[k]["start"] : spans[k + 1]["end"]]
                    k += 2
                else:
                    got = text[spans[k]["start"] : spans[k]["end"]]
                    k += 1
                if got != value:
                    sys.exit(f"span text differs from its mark in {rid}")
            marks += len(found)
            spans_seen += len(spans)
            kinds.update(s["entity_type"] for s in spans)
            rows.append({"id": rid, "text": text, "spans": spans})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    print(f"every mark parsed: {marks} marks -> {spans_seen} spans (PERSON marks with a title split in two)")
    print("check passed on every record (spans, Luhn, mod-97, mark values)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")


if __name__ == "__main__":
    main()
