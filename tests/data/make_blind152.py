"""Build tests/data/blind152.jsonl: a *blind*, hand-written labeled PII evaluation set.

    .venv/bin/python tests/data/make_blind152.py

It prints only counts (records per style, labels per entity type, and a check
that every `[[TYPE:value]]` mark was parsed into a span); never record texts.

Blind: written without any knowledge of the detector it will measure. Read
while writing it, and nothing else in the repository: the first 121 lines of
tests/data/make_blind22.py (its module docstring with the labeling
conventions and style descriptions, its import lines, and, because they fall
inside those lines, the `GEN = [` opener and the first GEN record of that
set), the tail of make_blind22.py from `STYLES = {` to the end (its STYLES
dict and main(), copied as scaffolding), tests/data/gold_sets.py (whole),
and lines 1-64 of tests/data/make_handwritten.py (its conventions, the MARK
and TITLE_IN_NAME regexes and `parse()`, copied below). Not read: minimize/,
recognizers/, bench/, any other test or make_*.py script, the README, any
*.jsonl file (this set's output included: it was checked only through the
counts this script prints). git was not run. The detector, the bench, the
tests and `minimize` were never run while writing it. Do not tune the
detector against this set: once used to tune, it no longer measures
anything; write a new set instead.

Every record is written out by hand in the voice of a third-party evaluator:
no Faker, no word lists, no loops, no templates filled by code. Only the
offsets are computed, by `parse()`, which strips the inline marks. Card
numbers pass Luhn, IBANs (GB, PK, AE, DE, NL) pass mod-97 with their
country's length (`gold_sets.check` re-checks both). National ids with a
public check digit were given a valid one, worked out with throwaway code
that is not kept: Aadhaar (Verhoeff), Canadian SIN (Luhn), NHS number
(mod 11), Australian TFN, New Zealand IRD number, Singapore NRIC/FIN and
Irish PPSN, Australian Medicare card number and South African ID
(Luhn, agreeing with the person's sex); so were the look-alikes that carry one (ISBN-13 / EAN-13,
ISO 6346 container numbers). Not checked (no public check digit or none
used): Centrelink CRN, US Medicare MBI, Philippine SSS number, Pakistani CNIC (its last digit does follow the odd-male /
even-female rule), PAN, UK NI numbers, US SSNs, IRCC UCI numbers, US
A-numbers, UK BRP numbers, passports, driving licences, plates, bank
account numbers and member / staff / patient / student numbers.

Styles (ids `blind152-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  22 like ai4privacy pii-masking-200k/300k/400k (odd mixed sentences dense
  with names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), 34 like gretel-pii-masking-en-v1 (claims, contracts, loan, medical,
  rental and benefit forms, notices, letters, settlements, petitions) and
  29 like Nemotron-PII (JSON, log lines, SQL, XML / FHIR, YAML, .env, HTTP
  requests, GraphQL, Python and Java test code, tickets, form dumps, mail
  headers, call records).
- `gen` (80): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text: CSV (14, comma
  and semicolon, quoted and not), TSV (8), pipes / Markdown / psql / MySQL
  (10), fixed-width (8), JSON lines (8), YAML (6), key: value blocks (6);
  header rows sometimes absent, non-PII columns mixed in.
- `chat` (8): support chats, family and marketplace threads and team group
  chats, with the speakers' names.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number) with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (Canada, the US, the UK,
Australia, New Zealand, Ireland, Singapore, the UAE, India and Pakistan
contexts, with names from many cultures), the rest in Punjabi written in
Gurmukhi and in Shahmukhi and in romanized Punjabi. Domains with extra
weight: trucking and haulage, farm cooperatives, gurdwara committees, visa
and immigration consultants; the rest spread over banking, health,
pharmacy, legal, schools, HR, retail, travel, telecoms, government,
housing, gaming, social media, IT, deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py's docstring, unchanged
(PERSON for any part of a name, a possessive "'s" outside; TITLE apart;
ADDRESS / LOCATION / ZIP_CODE; a person's dates only; AGE the number only;
ID_NUMBER for national, tax and member ids, bank accounts, non-US passports
and licences and plates; nothing for passwords, genders, job titles, user
agents, MACs, sort codes, IFSC, CVVs, expiries, references, company phones,
role mailboxes, versions, hashes, serials, partial numbers, pets, eponyms).
Calls made for this set: Punjabi honorifics written before a name
(Sardar, S., Sardarni, Sh., Giani, Bibi, Baba) and military ranks are
TITLE, while Chaudhry, Malik or Rana used as part of a name stay in PERSON; kinship words (bhaji, veerji, masi, chacha, aunty, uncle) and the
suffix "ji" stay outside; Sikh, Muslim, Hindu and nationalities said of a
person are NRP; Punjabi as a language is not labeled; an IRCC UCI, a US
A-number and a UK BRP number are ID_NUMBER; a visa application, VFS, TRN or
biometrics reference is a reference and stays unlabeled; USDOT, MC and
company registration numbers are not PII; truck unit and trailer numbers
are not PII but a plate is ID_NUMBER; a US commercial driver's licence is
US_DRIVER_LICENSE, an Ontario, BC, Indian or Pakistani licence is
ID_NUMBER; a land khasra / khewat number is not labeled; the timestamp
at the head of a log line is not labeled, while a mail's Date header, a
form's submitted_at and a person's joined / dob fields are DATE_TIME; an
organisation's name is not labeled, a city standing alone always is.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import check

OUT = Path(__file__).with_name("blind152.jsonl")

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
    # ai4privacy-like
    """Hi [[PERSON:Gurleen]], as Regional Fleet Auditor you must reset the dispatch portal password (Tx#88kLp!2) from [[IP_ADDRESS:192.168.40.17]] before your review on [[DATE_TIME:03/14/2025]]. The renewal went on card [[CREDIT_CARD:4532 0187 7431 0222]], exp 09/27, CVV 418.""",
    """[[PERSON:Sukhdev Randhawa]], aged [[AGE:52]], Cooperative Treasurer, has moved to [[ADDRESS:88 Kitchener Street]], [[ADDRESS:Unit 4]], [[LOCATION:Invercargill]] [[ZIP_CODE:9810]]; please update IBAN [[IBAN_CODE:GB43 HBUK 4012 7650 9133 82]] and BIC HBUKGB4B on the member file.""",
    """Transfer to the account of [[PERSON:Mrs. Ayesha Malik]] (BIC MUCBPKKAXXX) using IBAN [[IBAN_CODE:PK74MUCB0009874512036547]] was flagged; the login came from [[IP_ADDRESS:2400:adc0:4f2a:19::7c1]] with Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36.""",
    """Our Lead Haulage Planner [[PERSON:Tejinder]] requested a new fuel card for the yard in [[LOCATION:Brampton]]. Ship it to [[ADDRESS:2250 Bovaird Drive East]], [[ADDRESS:Suite 612]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 0W3]]. Device MAC: 00:1B:44:11:3A:B7.""",
    """Client [[PERSON:Oluwaseun Adebayo-Clarke]] ([[USERNAME:seun.ac_77]]) paid the visa consultation fee with [[CREDIT_CARD:5424-1800-3317-5909]] (expiry 11/26, security code 772). Billing address: [[ADDRESS:17 Hollins Way]], [[LOCATION:Leeds]], [[ZIP_CODE:LS7 3QF]].""",
    """Please greet [[PERSON:Prof. Navdeep Bains-Kular]], Chief Agronomy Officer, at gate 3. His badge is tied to [[EMAIL_ADDRESS:n.bainskular@agri-coop.ca]] and the laptop at [[IP_ADDRESS:10.44.7.201]] (MAC a4:83:e7:2c:90:1d).""",
    """[[PERSON:haroon]] works as Senior Customs Broker and was born [[DATE_TIME:1988-07-22]]; his secondary address is [[ADDRESS:Flat 9B]], [[ADDRESS:Gulberg Heights]], [[ADDRESS:44 Main Boulevard]], [[LOCATION:Lahore]] [[ZIP_CODE:54660]].""",
    """Vehicle hire for [[PERSON:Kiran Dhaliwal]] ([[AGE:34]] y/o): Amex [[CREDIT_CARD:3782 844910 31005]], CVV 2291, expires 04/28. Contact [[PHONE_NUMBER:+61 412 907 334]]; home [[ADDRESS:31 Sayers Road]], [[LOCATION:Tarneit]] [[LOCATION:VIC]] [[ZIP_CODE:3029]].""",
    """Dear [[PERSON:Mx. Rowan Achterberg]], your Junior Web Strategist account [[USERNAME:rachterberg]] was accessed from [[IP_ADDRESS:81.204.77.139]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15. If this wasn't you, call us.""",
    """Payroll: [[PERSON:Baljit Kaur Sidhu]], Dispatch Supervisor, will receive her bonus into [[IBAN_CODE:AE50 0330 0000 1928 3746 501]] (BIC BOMLAEAD). Her residence: [[ADDRESS:Villa 23]], [[ADDRESS:Street 14]], [[LOCATION:Al Quoz]], [[LOCATION:Dubai]].""",
    """building [[ADDRESS:7781]] | street [[ADDRESS:Fremont Boulevard]] | secondary [[ADDRESS:Apt. 12C]] | city [[LOCATION:Fremont]] | state [[LOCATION:CA]] | zip [[ZIP_CODE:94538]] | name [[PERSON:Amanpreet Cheema]] | jobtitle Legacy Metrics Designer""",
    """Order for [[PERSON:Dr. Faisal Qureshi]], Future Identity Orchestrator: Discover [[CREDIT_CARD:6011004738219506]] exp 02/29 cvv 031; ipv6 [[IP_ADDRESS:2a02:c7c:5d10:6e00::14]]; litecoin wallet withheld.""",
    """[[PERSON:Jaspal]] asked whether [[PERSON:Inderjit]]'s pension could go to IBAN [[IBAN_CODE:GB31BARC20004583917264]] instead; he is [[AGE:71]] and lives at [[ADDRESS:3 Rosedale Gardens]], [[LOCATION:Southall]], [[ZIP_CODE:UB1 2PJ]].""",
    """The Principal Accounts Liaison, [[PERSON:Wiremu Tane]], updated his phone to [[PHONE_NUMBER:021 448 3071]] and his email to [[EMAIL_ADDRESS:wiremu.tane@xtra.co.nz]]; password hint removed; last login [[DATE_TIME:2024-11-02 06:14]] from [[IP_ADDRESS:203.109.142.8]].""",
    """Hello [[PERSON:Simranjeet]], your gaming wallet top-up with Visa [[CREDIT_CARD:4917 6402 2813 5577]] (valid thru 06/27, CVV 580) succeeded. Player tag [[USERNAME:SimzKing_PB10]], device MAC 5C:F9:38:A1:04:EE.""",
    """[[PERSON:Ms. Chloe Nguyen]], [[AGE:29]]-year-old Investor Tactics Developer, rents [[ADDRESS:Unit 5]], [[ADDRESS:112 Grote Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]]. Bank: [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], BIC INGDDEFFXXX.""",
    """Customs note: consignee [[PERSON:Rajvir Singh Pannu]], tel [[PHONE_NUMBER:+91 98153 40276]], [[ADDRESS:H.No. 1127]], [[ADDRESS:Sector 39-B]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160036]]; importer IP logged [[IP_ADDRESS:117.211.88.45]].""",
    """[[PERSON:Lerato]] and [[PERSON:Pieter van Wyk]] share the Mastercard [[CREDIT_CARD:2223 0048 1926 6734]] (exp 12/28, cvc 904). Statement address: [[ADDRESS:PO Box 3319]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7599]].""",
    """Account [[USERNAME:mehak.grewal]] (Human Integration Consultant) changed the recovery email to [[EMAIL_ADDRESS:mehak.g1994@outlook.com]] from [[IP_ADDRESS:99.230.14.62]]; born [[DATE_TIME:14th Feb 1994]]; NRIC [[ID_NUMBER:S8734102Z]].""",
    """Ticket for [[PERSON:Sir Hamish Gallagher]]: reimburse £41.90 to IBAN [[IBAN_CODE:GB43HBUK40127650913382]]. He works as Dynamic Paradigm Facilitator and lives at [[ADDRESS:12 Wynd Court]], [[LOCATION:Perth]], [[ZIP_CODE:PH1 5RT]].""",
    """[[PERSON:Mandeep Kaur Bhullar]] ਨੇ ਕਾਰਡ [[CREDIT_CARD:4556 7301 9924 8107]] ਨਾਲ ਭੁਗਤਾਨ ਕੀਤਾ (ਮਿਆਦ 03/27, CVV 662); IP [[IP_ADDRESS:49.36.212.90]], ਪਤਾ [[ADDRESS:ਮਕਾਨ ਨੰ. 45]], [[ADDRESS:ਗਲੀ ਨੰ. 3]], [[LOCATION:ਮੋਗਾ]] [[ZIP_CODE:142001]].""",
    """Gamer [[USERNAME:xX_JattTruckin_Xx]] is [[PERSON:Arshdeep Sangha]], [[AGE:19]], from [[LOCATION:Surrey]], [[LOCATION:BC]]; refund to Mastercard [[CREDIT_CARD:5167 3200 5518 8429]] exp 10/26, CVV 117, IPv4 [[IP_ADDRESS:24.86.190.3]].""",
    # gretel-like
    """INSURANCE CLAIM FORM
Claimant: [[PERSON:Harjinder Singh Gill]]
Date of birth: [[DATE_TIME:09/03/1979]]
Policy No.: TRK-POL-558120
Incident: rear-end collision on Highway 401 near [[LOCATION:Milton]], [[LOCATION:Ontario]], on [[DATE_TIME:January 17, 2025]] at about 5:40 a.m.
Vehicle plate: [[ID_NUMBER:AR 41 772]]  Driver's licence: [[ID_NUMBER:G4827-39105-70918]]
Phone: [[PHONE_NUMBER:(905) 791-4432]]  Email: [[EMAIL_ADDRESS:hsgill.transport@gmail.com]]
Claim reference: CLM-2025-004417 (quote this on all correspondence).""",
    """RESIDENTIAL TENANCY AGREEMENT
This agreement is made on [[DATE_TIME:1 March 2024]] between the landlord, [[PERSON:Mr. Balwinder Singh Dhillon]] of [[ADDRESS:14 Pound Lane]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW3 1NX]], and the tenant, [[PERSON:Ms. Agnieszka Kowalczyk]], for the premises at [[ADDRESS:Flat 2, 61 Bath Road]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW3 3BN]]. Monthly rent: £1,250, payable on the 1st. Deposit protected under scheme ref DPS-7718201.""",
    """LOAN APPLICATION SUMMARY
Applicant [[PERSON:Rupinder Kaur Virk]], [[AGE:41]], self-employed dairy farmer, member no. [[ID_NUMBER:MDC-01982]] of the Milkfed cooperative, requests INR 6,50,000 for a bulk milk chiller. PAN [[ID_NUMBER:DZHPV7315Q]], Aadhaar [[ID_NUMBER:4821 3907 5612]], savings account [[ID_NUMBER:30781264559]] (IFSC SBIN0001843). Residence: Village [[LOCATION:Dhudike]], [[LOCATION:Moga]], [[LOCATION:Punjab]] [[ZIP_CODE:142053]]. Mobile [[PHONE_NUMBER:98785 20413]].""",
    """Discharge Summary — Brampton Civic Hospital
Patient: [[PERSON:Surjit Kaur Aulakh]]   MRN: [[ID_NUMBER:BCH-7720194]]   DOB: [[DATE_TIME:1951-06-30]]   Age: [[AGE:73]]
Admitted [[DATE_TIME:2024-12-02]], discharged [[DATE_TIME:2024-12-09]]. Diagnosis: community-acquired pneumonia, type 2 diabetes. Attending: [[PERSON:Dr. Meera Subramaniam]]. Follow-up with family physician [[PERSON:Dr. Paul Okafor]] within 7 days. Daughter [[PERSON:Navneet]] ([[PHONE_NUMBER:647-302-8815]]) is the contact.""",
    """NOTICE OF HEARING
Immigration and Refugee Board of Canada — Refugee Protection Division
Claimant: [[PERSON:Muhammad Usman Chaudhry]]   UCI: [[ID_NUMBER:11-0482-7391]]
Your hearing is scheduled for [[DATE_TIME:Tuesday, 22 April 2025 at 9:30 a.m.]] at the regional office in [[LOCATION:Toronto]]. Counsel of record: [[PERSON:Jasleen Mangat]], licensed paralegal. An Urdu/Punjabi interpreter has been booked. File TB4-28817.""",
    """SETTLEMENT AGREEMENT AND RELEASE
[[PERSON:Gurpreet Singh Brar]] ("Employee") and Northline Freight Ltd. ("Company") agree that the Company will pay the Employee CAD 18,400 in full settlement of all claims arising from his employment from [[DATE_TIME:May 3, 2019]] to [[DATE_TIME:August 30, 2024]]. Payment by direct deposit to account [[ID_NUMBER:5012-00417-882]]. Employee SIN: [[ID_NUMBER:518 734 025]]. Signed at [[LOCATION:Calgary]], [[LOCATION:Alberta]] on [[DATE_TIME:October 4, 2024]].""",
    """PETITION TO THE MUNICIPAL COUNCIL
We, the undersigned residents of Guru Nanak Street and Ellesmere Road, object to the rezoning of the parcel behind the plaza. Lead petitioner: [[PERSON:Kuldip Singh Sahota]], [[ADDRESS:28 Guru Nanak Street]], [[LOCATION:Scarborough]], [[ZIP_CODE:M1B 4K7]], tel. [[PHONE_NUMBER:416-281-9064]]. Co-signers: [[PERSON:Anita Desai-Rowe]], [[PERSON:Tom Hickey]], [[PERSON:Farida Noor]].""",
    """Dear [[PERSON:Mrs. O'Sullivan]],
We write regarding your Jobseeker's Benefit application. Your PPS number [[ID_NUMBER:6834512H]] is registered at [[ADDRESS:7 Ashgrove Park]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 XW82]]. Please attend the Intreo office on [[DATE_TIME:12 February 2025]] at 11:15 with photo ID.
Yours sincerely,
[[PERSON:Declan Murphy]], Case Officer""",
    """EMPLOYMENT CONTRACT (extract)
Employer: Sandhu Agro Exports Pvt. Ltd., GSTIN 03AAKCS4821M1ZQ
Employee: [[PERSON:Paramjit Kaur]], D/o [[TITLE:Sh.]] [[PERSON:Gurdev Singh]], r/o [[ADDRESS:VPO Jandiala Guru]], [[LOCATION:Amritsar]] [[ZIP_CODE:143115]]
Position: Quality Inspector (grain), start date [[DATE_TIME:15.07.2024]]
Aadhaar: [[ID_NUMBER:5601 8273 0490]]  UAN: [[ID_NUMBER:100928374615]]""",
    """MEDICAL CERTIFICATE
This is to certify that [[PERSON:Ms. Harleen Kaur Grewal]], aged [[AGE:27]] years, was examined by me on [[DATE_TIME:06/01/2025]] and is unfit for duty until [[DATE_TIME:13/01/2025]] owing to acute gastroenteritis.
[[PERSON:Dr. Vikram Malhotra]], MBBS, MD, Reg. No. PMC-34418, Malhotra Clinic, [[LOCATION:Model Town]], [[LOCATION:Ludhiana]].""",
    """Benefit claim form — Services Australia
Name: [[PERSON:Mohammad Tariq Javed]]   CRN: [[ID_NUMBER:318 492 761K]]
TFN: [[ID_NUMBER:126 734 096]]
Address: [[ADDRESS:9/44 Derby Street]], [[LOCATION:Kingswood]] [[LOCATION:NSW]] [[ZIP_CODE:2747]]
Partner: [[PERSON:Samina Javed]], DOB [[DATE_TIME:21/08/1986]]
Children: 2. Reason for claim: loss of employment on [[DATE_TIME:30/09/2024]].""",
    """NOTICE TO VACATE
To: [[PERSON:Kevin Mahlangu]] and [[PERSON:Thandi Mahlangu]], [[ADDRESS:Unit 14, Protea Court, 22 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]].
You are required to vacate the premises by [[DATE_TIME:31 May 2025]] due to arrears of R 24,600. For queries contact the managing agent on 011 880 4400.""",
    """WORKERS' COMPENSATION CLAIM
Worker: [[PERSON:Lakhwinder Singh]]   Employee ID: [[ID_NUMBER:E-20417]]
Employer: Fraser Valley Berry Growers Co-op
Injury date: [[DATE_TIME:July 9, 2024]]; injury: fall from picking platform, fractured left wrist.
Home: [[ADDRESS:33120 Old Yale Road]], [[LOCATION:Abbotsford]], [[LOCATION:BC]] [[ZIP_CODE:V2S 2J4]]. Phone [[PHONE_NUMBER:604 852 0917]]. SIN [[ID_NUMBER:726-104-839]].""",
    """LETTER OF AUTHORISATION
I, [[PERSON:Shamsher Singh Bedi]], holder of Indian passport [[ID_NUMBER:T4829173]], authorise [[PERSON:Ravneet Kaur]] of Maple Leaf Visa Consultants to represent me in my study-permit application for my son, [[PERSON:Ekam Bedi]], born [[DATE_TIME:2006-02-11]]. My contact: [[EMAIL_ADDRESS:shamsher.bedi@yahoo.co.in]], [[PHONE_NUMBER:+91 94170 88213]].""",
    """PRESCRIPTION
Patient: [[PERSON:Eleanor Whitcombe]] (NHS No. [[ID_NUMBER:943 476 5919]]), DOB [[DATE_TIME:04/11/1948]]
Rx: Apixaban 5 mg, one tablet twice daily, 56 tablets.
Prescriber: [[PERSON:Dr. Imran Siddiqui]], Oakwood Surgery. Collect from Boots, High Street.""",
    """VEHICLE LEASE CONTRACT — Lessee: [[PERSON:Harpal Singh Toor]], trading as Toor Transport, [[ADDRESS:4450 E Jensen Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93725]]. CDL [[US_DRIVER_LICENSE:D4821937]] (California, Class A). Lease of 2022 Freightliner Cascadia VIN 3AKJHHDR8NSMZ4172 for 48 months beginning [[DATE_TIME:March 1, 2025]]. SSN on file: [[US_SSN:529-84-3176]].""",
    """SCHOOL ADMISSION FORM
Pupil: [[PERSON:Zara Ahmed]]   Date of birth: [[DATE_TIME:17 Sept 2017]]   Year group: 3
Parent/carer: [[PERSON:Bilal Ahmed]], [[ADDRESS:58 Soho Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B21 9BH]]; mobile [[PHONE_NUMBER:07912 448 306]].
Religion: [[NRP:Muslim]]. Home language: Punjabi and English.""",
    """Notice of Annual General Meeting
Sri Guru Singh Sabha — Committee elections will be held after the Sunday diwan. Nominations to the General Secretary, [[TITLE:S.]] [[PERSON:Jaswant Singh Rai]], by [[DATE_TIME:9 March]]. Outgoing president [[TITLE:Bibi]] [[PERSON:Manjit Kaur]] thanks the sangat. Receipt books must be returned with receipt nos. 4401-4500.""",
    """DEMAND LETTER
[[DATE_TIME:18 November 2024]]
[[PERSON:Mr. Asif Iqbal]]
[[ADDRESS:House 22, Street 7, Peoples Colony No. 1]], [[LOCATION:Faisalabad]]
Re: outstanding freight charges of PKR 412,000 (invoice INV-88107).
Our client, Punjab Goods Carriers, demands payment within fourteen days. CNIC on the carriage note: [[ID_NUMBER:33100-2917483-5]].""",
    """DISPUTE FORM — Card Services
Cardholder: [[PERSON:Nisha Patel-Hughes]]
Card number: [[CREDIT_CARD:4000 1234 5097 2619]]
Transaction: 14 Dec, airport duty free, £389.00, not recognised.
I was at home at [[ADDRESS:26 Beech Crescent]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 6EL]] that day. Signed: N. Patel-Hughes, [[DATE_TIME:16/12/2024]].""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Yusuf Abdi]]; co-applicant [[PERSON:Hodan Warsame]]
Current address: [[ADDRESS:1412 Lake Street, Apt 305]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55408]], since [[DATE_TIME:June 2021]]
Employer: Metro Transit (bus operator), monthly income $4,870
SSN: [[US_SSN:612-40-9983]]  Phone: [[PHONE_NUMBER:(612) 874-0391]]""",
    """ਬਿਨੈ-ਪੱਤਰ — ਸਹਿਕਾਰੀ ਖੇਤੀਬਾੜੀ ਸਭਾ
ਨਾਮ: [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ]]
ਪਿਤਾ ਦਾ ਨਾਮ: [[PERSON:ਕਰਤਾਰ ਸਿੰਘ]]
ਪਿੰਡ: [[LOCATION:ਰਾਮਪੁਰਾ ਫੂਲ]], ਜ਼ਿਲ੍ਹਾ [[LOCATION:ਬਠਿੰਡਾ]]
ਜਨਮ ਮਿਤੀ: [[DATE_TIME:12-04-1968]]
ਮੈਂਬਰ ਨੰਬਰ: [[ID_NUMBER:ਬੀਟੀ-0447]]
ਮੋਬਾਈਲ: [[PHONE_NUMBER:98726 11340]]
ਕਰਜ਼ੇ ਦੀ ਰਕਮ: 2,00,000 ਰੁਪਏ (ਖਾਦ ਅਤੇ ਬੀਜ ਲਈ)""",
    """درخواست برائے قرضہ — کسان کوآپریٹو
ناں: [[PERSON:محمد اشرف]]
ولدیت: [[PERSON:غلام رسول]]
شناختی کارڈ نمبر: [[ID_NUMBER:34101-6620913-5]]
پتہ: [[ADDRESS:مکان نمبر 18، گلی نمبر 4]]، [[LOCATION:گوجرانوالہ]]
فون: [[PHONE_NUMBER:0300-7419382]]
رقم: 3,50,000 روپے، ٹیوب ویل واسطے""",
    """Statement of Service — Veterans Affairs
Member: [[TITLE:Cpl.]] (ret.) [[PERSON:Daniel Whitehorse]]
Service number: [[ID_NUMBER:K48 219 733]]
Enlisted [[DATE_TIME:14 August 2001]], released [[DATE_TIME:2 February 2013]]. Current address: [[ADDRESS:Box 218]], [[LOCATION:Maskwacis]], [[LOCATION:AB]] [[ZIP_CODE:T0C 1N0]].""",
    """INCIDENT REPORT — Gurdwara Sahib parking lot
Reported by: [[PERSON:Harkirat Singh]] (sevadar)
On [[DATE_TIME:Sunday 5 January 2025, around 1:15 pm]], a grey Honda Civic, plate [[ID_NUMBER:CKRT 812]], reversed into the langar delivery van. Driver gave name [[PERSON:Jordan Pike]], phone [[PHONE_NUMBER:289-660-4175]]. No injuries.""",
    """PHARMACY REFILL REQUEST
Patient: [[PERSON:Margaret Ann Lowe]], DOB [[DATE_TIME:Feb 2, 1939]]
Medicare #: [[ID_NUMBER:1EG4-TE5-MK73]]
Address: [[ADDRESS:802 Elm St]], [[LOCATION:Yuba City]], [[LOCATION:CA]] [[ZIP_CODE:95991]]
Medication: Metformin 500 mg, Lisinopril 10 mg. Preferred pickup: Thursday.""",
    """CONSENT TO SHARE INFORMATION
I, [[PERSON:Rashida Begum]], of [[ADDRESS:41 Whalley Range]], [[LOCATION:Blackburn]] [[ZIP_CODE:BB1 6EA]], consent to the Citizens Advice adviser speaking to Lancashire County Council about my housing benefit. National Insurance number: [[ID_NUMBER:JH 48 21 73 C]]. Signed [[DATE_TIME:3rd March 2025]].""",
    """SPONSORSHIP UNDERTAKING
Sponsor: [[PERSON:Manjinder Singh Kang]], [[NRP:Canadian]] citizen, [[ADDRESS:91 Sandalwood Parkway W]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L7A 1M8]]
Sponsored person: [[PERSON:Sarabjit Kaur Kang]] (spouse), date of birth [[DATE_TIME:1993-10-08]], passport [[ID_NUMBER:Z5530918]]
Undertaking period: 3 years from the date she becomes a permanent resident. Application no. F000418827 (reference only).""",
    """TRAFFIC CITATION
Issued to: [[PERSON:Jagdeep Singh Mann]]   CDL: [[US_DRIVER_LICENSE:M500-417-82-911-0]] (Illinois)
Location: I-80 westbound, mile 112, near [[LOCATION:Joliet]], [[LOCATION:IL]]
Date/time: [[DATE_TIME:09/21/2024 23:48]]
Violation: HOS log falsification. Tractor plate [[ID_NUMBER:P 948117]]; USDOT 3318274.""",
    """CHARITY GIFT AID DECLARATION
Donor: [[PERSON:Mr. Harbans Lal Sharma]]
Home address: [[ADDRESS:17 Lady Margaret Road]], [[LOCATION:Southall]] [[ZIP_CODE:UB1 2RA]]
I want Khalsa Aid to treat all donations I have made in the last four years as Gift Aid donations. Date: [[DATE_TIME:28/01/2025]]. Email [[EMAIL_ADDRESS:hl.sharma42@btinternet.com]].""",
    """Mediation outcome — Small Claims
Claimant [[PERSON:Aroha Ngata]] and respondent [[PERSON:Craig Pennington]] agreed that the respondent pays NZD 2,350 for the damaged fence at [[ADDRESS:27 Puhinui Road]], [[LOCATION:Papatoetoe]], [[LOCATION:Auckland]] [[ZIP_CODE:2025]] by [[DATE_TIME:28 February 2025]]. Respondent's IRD number: [[ID_NUMBER:049-271-832]].""",
    """Telecom contract — new postpaid line
Subscriber: [[PERSON:Gaurav Arora]]; ID presented: Aadhaar [[ID_NUMBER:9137 4520 6834]]
Installation address: [[ADDRESS:Flat 402, Tower C, Omaxe Royal Residency]], [[LOCATION:Ludhiana]] [[ZIP_CODE:141012]]
Number allotted: [[PHONE_NUMBER:+91 70870 45129]]; plan: 599/month.""",
    """Lahore High Court — Writ Petition No. 4417 of 2024
Petitioner: [[PERSON:Chaudhry Nadeem Akhtar]] s/o [[PERSON:Chaudhry Muhammad Akhtar]], resident of [[ADDRESS:Mohallah Islampura]], [[LOCATION:Sialkot]].
Respondent: the Deputy Commissioner of the district.
The petitioner, aged [[AGE:46]], challenges the cancellation of his arms licence; CNIC [[ID_NUMBER:34603-8812045-1]].""",
    """Final notice — electricity arrears
Account holder: [[PERSON:Tiago Ferreira]]
Supply address: [[ADDRESS:3/17 Clarence Street]], [[LOCATION:Dandenong]] [[LOCATION:VIC]] [[ZIP_CODE:3175]]
Amount due: $612.40. Disconnection may occur after 14 days. Customer hotline 13 24 12.""",
    # Nemotron-PII-like
    """{"driver": {"name": "[[PERSON:Satnam Singh Aujla]]", "dob": "[[DATE_TIME:1984-03-19]]", "cdl": "[[US_DRIVER_LICENSE:A2217480]]", "cdl_state": "[[LOCATION:WA]]", "phone": "[[PHONE_NUMBER:+1-253-887-1042]]"}, "truck": {"unit": "T-117", "plate": "[[ID_NUMBER:C81472N]]", "vin": "1XKYD49X5LJ392817"}, "load": {"bol": "BOL-5589120", "pickup": "Kent DC dock 14"}}""",
    """2025-01-08T04:12:55Z INFO auth.login user=[[USERNAME:gkhaira]] email=[[EMAIL_ADDRESS:gurvinder.khaira@haulpro.ca]] src=[[IP_ADDRESS:142.112.40.9]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" session=9f2c1e7a result=success
2025-01-08T04:13:02Z WARN eld.sync device=ELD-00982 driver=[[USERNAME:gkhaira]] mac=F0:9F:C2:33:18:7A drift=41s""",
    """INSERT INTO members (member_no, full_name, village, phone, joined) VALUES
('[[ID_NUMBER:KCS-2231]]', '[[PERSON:Baldev Singh Chahal]]', '[[LOCATION:Sangrur]]', '[[PHONE_NUMBER:9814022731]]', '[[DATE_TIME:2011-05-14]]'),
('[[ID_NUMBER:KCS-2232]]', '[[PERSON:Jasvir Kaur]]', '[[LOCATION:Dhuri]]', '[[PHONE_NUMBER:9417760318]]', '[[DATE_TIME:2011-05-14]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:4010237651]]"/></identifier>
  <name><family value="[[PERSON:Kaur-Bassi]]"/><given value="[[PERSON:Amrit]]"/></name>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1990-12-05]]"/>
  <address><line value="[[ADDRESS:19 Pargeter Street]]"/><city value="[[LOCATION:Walsall]]"/><postalCode value="[[ZIP_CODE:WS2 8QR]]"/></address>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:07723 118 904]]"/></telecom>
</Patient>""",
    """applicant:
  given_name: [[PERSON:Amanjot]]
  surname: [[PERSON:Kaur]]
  passport_no: [[ID_NUMBER:P2817364]]
  uci: [[ID_NUMBER:1104827399]]
  dob: "[[DATE_TIME:2001-07-27]]"
  program: study_permit
  school_dli: O19395677532
  vfs_ref: VFS-CHD-884102
consultant:
  name: [[PERSON:Rohit Bhardwaj]]
  rcic_id: R712440""",
    """# .env — staging (do not commit)
DB_HOST=db-staging.internal
DB_USER=app_rw
DB_PASS=Wk!93hLq$zz
ADMIN_EMAIL=[[EMAIL_ADDRESS:priya.venkatesan@ledgerline.io]]
ADMIN_PHONE=[[PHONE_NUMBER:+65 9127 4408]]
SUPPORT_EMAIL=support@ledgerline.io
TEST_CARD=[[CREDIT_CARD:4532018774310222]]
APP_VERSION=4.12.0.7""",
    """POST /api/v2/bookings HTTP/1.1
Host: api.dhabatravel.example
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:103.255.4.78]]

{"passenger":"[[PERSON:Zainab Hussain]]","passport":"[[ID_NUMBER:BK4918273]]","nationality":"[[NRP:Pakistani]]","dob":"[[DATE_TIME:12/09/1995]]","route":"LHE-DXB","pnr":"K7QX2M"}""",
    """query {
  volunteer(id: "vol_8812") {
    name  # "[[PERSON:Harpreet Kaur Saini]]"
    email # "[[EMAIL_ADDRESS:harpreet.saini@sevamail.org]]"
    shifts { date role }  # [{"date":"[[DATE_TIME:2025-02-16]]","role":"langar"}]
  }
}""",
    """def test_normalise_customer():
    raw = {"name": "  [[PERSON:jaskaran singh]] ", "phone": "[[PHONE_NUMBER:604.555.0143]]", "postcode": "[[ZIP_CODE:v3w 1a9]]"}
    out = normalise(raw)
    assert out["name"] == "[[PERSON:Jaskaran Singh]]"
    assert out["postcode"] == "[[ZIP_CODE:V3W 1A9]]"
    assert out["order_id"] == "SO-20931\"""",
    """@Test
void rejectsExpiredLicence() {
    Driver d = new Driver("[[PERSON:Kamaljit Dosanjh]]", "[[ID_NUMBER:D1842-77310-50611]]", LocalDate.parse("[[DATE_TIME:1979-11-02]]"));
    d.setEmail("[[EMAIL_ADDRESS:kdosanjh@rogers.com]]");
    assertThrows(LicenceExpiredException.class, () -> dispatcher.assign(d, "LOAD-7781"));
}""",
    """Ticket #48213 | Priority: High | Queue: Payroll
Reporter: [[PERSON:Lina Haddad]] ([[EMAIL_ADDRESS:lina.haddad@northwindhealth.com]])
Summary: employee [[PERSON:Obinna Eze]] (staff no. [[ID_NUMBER:NW-40918]]) was paid into old account [[ID_NUMBER:0049-1177203]]; new bank details received [[DATE_TIME:Jan 6]]. Please reverse and reissue.
Assigned: payroll-team@northwindhealth.com""",
    """--- Form submission dump ---
form_id=immig_intake_v3
f_name=[[PERSON:Prabhjot]]
l_name=[[PERSON:Sekhon]]
email=[[EMAIL_ADDRESS:prabhsekhon99@gmail.com]]
phone=[[PHONE_NUMBER:+91-81465-20377]]
current_country=[[LOCATION:India]]
city=[[LOCATION:Jalandhar]]
ielts_overall=7.0
marital=single
submitted_at=[[DATE_TIME:2025-02-03 18:22:10 UTC]]
ip=[[IP_ADDRESS:106.219.77.12]]""",
    """From: "[[PERSON:Farhan Siddiqui]]" <[[EMAIL_ADDRESS:farhan.siddiqui@mailbox.pk]]>
To: "Admissions" <admissions@lgu.edu.pk>
Date: [[DATE_TIME:Mon, 13 Jan 2025 09:41:07 +0500]]
Subject: Transcript for [[PERSON:Sana Siddiqui]], roll no. [[ID_NUMBER:F21-BSCS-118]]
Received: from mail.mailbox.pk ([[IP_ADDRESS:39.45.201.17]])
Message-ID: <a81f3c.4471@mailbox.pk>""",
    """CALL RECORD
call_id: 7c1e-22a9 | agent: [[PERSON:Teresa Morales]] | queue: roadside
caller: [[PERSON:Manpreet Kaur Jhinger]] | callback: [[PHONE_NUMBER:(559) 412-8830]]
location: I-5 northbound near [[LOCATION:Lodi]], [[LOCATION:CA]]
notes: tractor tyre blowout, driver safe; policy RSA-220917; DL [[US_DRIVER_LICENSE:F7730481]]
duration: 00:06:41""",
    """[2025-02-11 22:04:17] ERROR payment.charge failed customer_id=[[ID_NUMBER:C-0098412]] name="[[PERSON:Ngozi Okonkwo]]" card=[[CREDIT_CARD:5424180033175909]] reason=do_not_honor amount=149.00 currency=NGN
[2025-02-11 22:04:18] INFO payment.retry scheduled in 300s""",
    """SELECT patient_id, first_name, last_name, dob FROM patients WHERE last_name = '[[PERSON:Sandhu]]' AND dob = '[[DATE_TIME:1962-08-14]]';
-- returned: 1 row: ([[ID_NUMBER:P-118840]], '[[PERSON:Avtar]]', '[[PERSON:Sandhu]]', '[[DATE_TIME:1962-08-14]]')""",
    """{"event":"profile_update","user":{"handle":"[[USERNAME:punjabi_kudi_rocks]]","display":"[[PERSON:Noor]]","profile":"[[URL:https://www.instagram.com/punjabi_kudi_rocks]]","city":"[[LOCATION:Surrey]]"},"client":{"ip":"[[IP_ADDRESS:2607:fea8:1d20:5b00::3]]","app":"9.41.2"}}""",
    """version: 1
shipment:
  tracking: 1Z999AA10123456784
  consignee:
    name: [[PERSON:Olivia Thompson]]
    address: [[ADDRESS:48 Marine Parade]]
    city: [[LOCATION:Napier]]
    postcode: "[[ZIP_CODE:4110]]"
    phone: "[[PHONE_NUMBER:027 310 6642]]"
  weight_kg: 2.4""",
    """<?xml version="1.0"?>
<Employee>
  <EmpNo>[[ID_NUMBER:HR-22071]]</EmpNo>
  <Name>[[PERSON:Rajinder Pal Singh]]</Name>
  <Dept>Cold Storage</Dept>
  <PAN>[[ID_NUMBER:BKSPS4821L]]</PAN>
  <BankAcc>[[ID_NUMBER:50100238841762]]</BankAcc>
  <IFSC>HDFC0001276</IFSC>
  <JoinDate>[[DATE_TIME:2018-04-02]]</JoinDate>
</Employee>""",
    """GET /v1/members/search?surname=[[PERSON:Grewal]]&dob=[[DATE_TIME:1975-01-30]]&postcode=[[ZIP_CODE:L6P%202R4]] HTTP/1.1
Host: gurdwara-membership.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.Zm9vYmFy
X-Client-IP: [[IP_ADDRESS:174.91.23.118]]""",
    """import unittest

class TestMask(unittest.TestCase):
    def test_masks_iban(self):
        text = "Pay [[PERSON:Waqas Butt]] at [[IBAN_CODE:PK54ALFH0441002003817265]] by Friday"
        self.assertNotIn("PK54", mask(text))

    def test_keeps_invoice(self):
        self.assertEqual(mask("Invoice INV-2025-0088"), "Invoice INV-2025-0088")""",
    """Jira HR-1192: Onboarding — [[PERSON:Siobhan Kelly]]
Start date: [[DATE_TIME:3 March 2025]]
Laptop: Dell 7440, asset tag IT-00871, MAC 8C:04:BA:61:2E:90
Personal email for day-1 info: [[EMAIL_ADDRESS:siobhan.kelly.88@gmail.com]]
Manager: [[PERSON:Aditya Rao]]
Access groups: finance-ro, vpn-users""",
    """level=info ts=2025-02-14T10:02:33Z msg="sms sent" to=[[PHONE_NUMBER:+447911304882]] template=otp_v2 user_id=88213
level=info ts=2025-02-14T10:02:51Z msg="otp verified" user=[[USERNAME:r.chadha]] ip=[[IP_ADDRESS:86.14.203.51]]
level=warn ts=2025-02-14T10:03:10Z msg="password reset" user=[[USERNAME:r.chadha]] new_pw_len=14""",
    """{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"subject":{"reference":"Patient/88102","display":"[[PERSON:Rukhsana Bibi]]"},"effectiveDateTime":"[[DATE_TIME:2025-01-22T08:30:00+05:00]]","valueQuantity":{"value":7.9,"unit":"%"},"performer":[{"display":"[[PERSON:Dr. Shahid Latif]]"}]}""",
    """Row dump from crm.contacts (3 rows):
id=1 name=[[PERSON:Emily Carter]] tel=[[PHONE_NUMBER:02 9318 4471]] state=[[LOCATION:NSW]] segment=gold
id=2 name=[[PERSON:Hamza Rehman]] tel=[[PHONE_NUMBER:0412 558 093]] state=[[LOCATION:QLD]] segment=silver
id=3 name=[[PERSON:Mei Ling Tan]] tel=[[PHONE_NUMBER:0433 201 774]] state=[[LOCATION:WA]] segment=gold""",
    """ਟਿਕਟ #7712 — ਗੁਰਦੁਆਰਾ ਕਮੇਟੀ ਵੈੱਬਸਾਈਟ
ਰਿਪੋਰਟ ਕਰਨ ਵਾਲਾ: [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]]
ਈਮੇਲ: [[EMAIL_ADDRESS:harjit.dhillon@gmail.com]]
ਸਮੱਸਿਆ: ਦਾਨ ਵਾਲਾ ਫਾਰਮ ਨਹੀਂ ਖੁੱਲ੍ਹਦਾ, IP [[IP_ADDRESS:122.173.40.211]], ਵਰਜਨ 2.3.1""",
    """{"log":"call_end","agent":"[[PERSON:Zubair]]","customer":{"name":"[[PERSON:Rana Tahir Mehmood]]","msisdn":"[[PHONE_NUMBER:923214418207]]","cnic":"[[ID_NUMBER:35202-4837261-7]]"},"lang":"pa-Arab","summary":"ریچارج نئیں ہویا، پیسے کٹ گئے","duration_s":212}""",
    """Subject: Fwd: Trailer damage report
From: dispatch@fivewaterslogistics.com
To: [[EMAIL_ADDRESS:jsingh.owneroperator@gmail.com]]
X-Originating-IP: [[IP_ADDRESS:209.171.88.40]]

Hi [[PERSON:Jatinder]], trailer 5302 came back with a torn curtain. Photos attached. — [[PERSON:Megan]], Dispatch""",
    """// seed data for local dev
const users = [
  { id: 1, name: "[[PERSON:Aisha Bello]]", email: "[[EMAIL_ADDRESS:aisha.bello@example.ng]]", ssn: null, joined: "[[DATE_TIME:2023-09-01]]" },
  { id: 2, name: "[[PERSON:Tom O'Brien]]", email: "[[EMAIL_ADDRESS:tobrien@example.ie]]", ssn: null, joined: "[[DATE_TIME:2024-01-15]]" },
];""",
]

GEN = [
    """[[PERSON:Gurdeep Singh Bhatti]] has been driving long-haul for Maple Route Carriers since [[DATE_TIME:April 2016]], and his AZ licence [[ID_NUMBER:B3318-40217-60905]] comes up for renewal on [[DATE_TIME:30 June 2025]].""",
    """My neighbour, [[PERSON:mrs. patricia o'connell]], turned [[AGE:80]] last week and asked me to help her change the phone number on her pension to [[PHONE_NUMBER:087 214 6619]].""",
    """Please send the replacement debit card to [[PERSON:Tanvir Ahmed]]'s new address, [[ADDRESS:Flat 6, 210 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8QX]], not the old one in [[LOCATION:Oldham]].""",
    """The pharmacist told [[PERSON:Ritu]] that her son's prescription for amoxicillin was ready; the pharmacy had him down as [[PERSON:Arjun Mehta]], born [[DATE_TIME:3/2/2019]].""",
    """After the AGM on Sunday the gurdwara committee confirmed that [[TITLE:Giani]] [[PERSON:Kulwant Singh]] will lead kirtan classes, and anyone interested should text [[PHONE_NUMBER:0401 883 215]] or email [[EMAIL_ADDRESS:kirtan.classes.tarneit@gmail.com]].""",
    """I am writing on behalf of my client, [[PERSON:Hardeep Kaur]], whose Canadian work permit expires on [[DATE_TIME:15 August 2025]]; her UCI is [[ID_NUMBER:11-2790-4418]] and she currently lives in [[LOCATION:Winnipeg]].""",
    """Can you update the shipping label? It should say [[PERSON:Chen Wei]], [[ADDRESS:88 Jalan Bukit Merah, #12-301]], [[LOCATION:Singapore]] [[ZIP_CODE:150088]], and the contact is [[PHONE_NUMBER:+65 8123 7740]].""",
    """Yesterday [[PERSON:jaswinder]] called the co-op office asking why her member dividend had not reached account [[ID_NUMBER:0651101004417]] at Punjab & Sind Bank.""",
    """The school nurse needs a signed form from [[PERSON:Aaliyah Johnson]]'s mother before [[PERSON:Aaliyah]] ([[AGE:9]]) can take her inhaler on the field trip.""",
    """Owner-operator [[PERSON:Ranjit Singh]] parked his rig, plate [[ID_NUMBER:PB 10 HK 4821]], outside the dhaba near [[LOCATION:Ludhiana]] and called his wife on [[PHONE_NUMBER:+91 98140 23417]].""",
    """Hi team, just so you know [[PERSON:Fatima Zahra El-Amrani]] starts in accounts payable on [[DATE_TIME:Monday 10 March]]; her employee number will be [[ID_NUMBER:AP-3381]].""",
    """On [[DATE_TIME:12/11/2024]], [[PERSON:Samuel Osei]] reported his wallet stolen at the [[LOCATION:Kumasi]] bus station, including his Ghana card and a bank card ending 4471.""",
    """The visa consultant asked [[PERSON:Navjot Kaur Randhawa]] to bring her passport [[ID_NUMBER:V7712048]], her IELTS TRF and her father's bank statements to the office at [[ADDRESS:SCO 44, Feroze Gandhi Market]], [[LOCATION:Ludhiana]].""",
    """Please ring [[PERSON:Mr. Keane]] back on [[PHONE_NUMBER:(02) 4961 3307]] about his home insurance renewal; he's moving to [[ADDRESS:5 Tudor Street]], [[LOCATION:Hamilton]] [[LOCATION:NSW]] [[ZIP_CODE:2303]] next month.""",
    """Our volunteer driver, [[PERSON:Ade Ogunleye]], will pick up [[PERSON:Mrs. Dorothy Finch]] from [[ADDRESS:14 Larch Close]] at 9:45 for her eye appointment on [[DATE_TIME:21 January]].""",
    """When I checked in at the hotel, the clerk read my passport number out loud — [[ID_NUMBER:562918374]] — in front of everyone, which was not great, [[PERSON:Laura]].""",
    """ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ, ਮੇਰੀ ਉਮਰ [[AGE:34]] ਸਾਲ ਹੈ ਅਤੇ ਮੈਂ [[LOCATION:ਜਲੰਧਰ]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ [[PHONE_NUMBER:98765 43021]] ਹੈ।""",
    """ਵੀਜ਼ਾ ਦਫ਼ਤਰ ਨੇ [[PERSON:ਮਨਦੀਪ ਸਿੰਘ ਬਰਾੜ]] ਨੂੰ [[DATE_TIME:ਵੀਹ ਫ਼ਰਵਰੀ]] ਨੂੰ ਬਾਇਓਮੈਟ੍ਰਿਕਸ ਲਈ ਬੁਲਾਇਆ ਹੈ; ਉਸ ਦਾ ਪਾਸਪੋਰਟ ਨੰਬਰ [[ID_NUMBER:W3390127]] ਹੈ।""",
    """ਗੁਰਦੁਆਰਾ ਕਮੇਟੀ ਦੇ ਖ਼ਜ਼ਾਨਚੀ [[TITLE:ਸਰਦਾਰ]] [[PERSON:ਅਮਰੀਕ ਸਿੰਘ]] ਨੇ ਦੱਸਿਆ ਕਿ ਲੰਗਰ ਦੀ ਸੇਵਾ ਲਈ [[PERSON:ਬਲਜੀਤ]] ਨਾਲ [[PHONE_NUMBER:+1 647 889 2031]] ’ਤੇ ਗੱਲ ਕਰੋ।""",
    """ਟਰੱਕ ਡਰਾਈਵਰ [[PERSON:ਕੁਲਵਿੰਦਰ ਸਿੰਘ]] ਦਾ ਆਧਾਰ ਨੰਬਰ [[ID_NUMBER:3571 8204 9616]] ਹੈ ਅਤੇ ਉਹ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 212, ਮਾਡਲ ਟਾਊਨ]], [[LOCATION:ਬਟਾਲਾ]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ।""",
    """میرا ناں [[PERSON:محمد اسلم]] اے، میری عمر [[AGE:58]] ورھے اے تے میں [[LOCATION:لاہور]] دے [[LOCATION:شاہدرہ]] وچ رہندا آں۔ میرا نمبر [[PHONE_NUMBER:0321-4418207]] اے۔""",
    """[[PERSON:نسرین بی بی]] نے اپنا شناختی کارڈ [[ID_NUMBER:33100-2917483-4]] ویزہ ایجنٹ [[PERSON:راشد]] نوں دتا، تے اوہ [[DATE_TIME:پندرہ مارچ]] نوں سفارت خانے جاوے گی۔""",
    """کوآپریٹو دے ممبر [[PERSON:چوہدری فضل حسین]] دا کھاتہ نمبر [[ID_NUMBER:0042-79801113-01]] اے، تے اوہناں دا پتہ [[ADDRESS:مکان 9، گلی 2، غلہ منڈی]] [[LOCATION:اوکاڑہ]] اے۔""",
    """Mera naam [[PERSON:Gurpreet]] aa te main [[LOCATION:Brampton]] ch truck chalaunda haan; mera number [[PHONE_NUMBER:437-218-9904]] te email [[EMAIL_ADDRESS:gurpreet.truckin@gmail.com]] aa.""",
    """[[PERSON:Simran]] di DOB [[DATE_TIME:14-08-1999]] aa, usdi study visa file [[PERSON:Rohit]] veerji kol aa, te passport number [[ID_NUMBER:K4418203]] form ch bhar ditta.""",
    """Bibi ji, [[PERSON:Jaspreet]] ne kiha si ki co-op meeting [[DATE_TIME:25 tareek]] nu hai, te apna member card number [[ID_NUMBER:FZK-1187]] naal le ke aauna.""",
    """Dispatch note: [[PERSON:Tarsem Lal]] will take trailer 5318 from [[LOCATION:Winnipeg]] to [[LOCATION:Regina]] tonight; reach him on [[PHONE_NUMBER:204-799-3120]] if the reefer alarm trips.""",
    """[[PERSON:Ayodele]]'s landlord at [[ADDRESS:27 Ridley Road]], [[LOCATION:Dalston]], [[ZIP_CODE:E8 2NP]] still hasn't returned the deposit she paid on [[DATE_TIME:2 September 2023]].""",
    """The bank flagged a transfer from [[PERSON:Hamid Karimi]] to his brother because the account number [[ID_NUMBER:12-3091-0442817-00]] had been changed the same day.""",
    """For the telecom port-out we need the account holder's date of birth ([[DATE_TIME:1977-05-09]]), the PIN, and the number itself, [[PHONE_NUMBER:0412 903 226]]; the account is in [[PERSON:Lachlan Murray]]'s name.""",
    """I met [[PERSON:Dr. Amrita Sen]] at the clinic on [[ADDRESS:400 Queen Street West]] and she referred me to a dermatologist, [[PERSON:Dr. Kofi Mensah]], for [[DATE_TIME:Feb 27 at 2:30 pm]].""",
    """Farmer [[PERSON:Gurcharan Singh Dhaliwal]], [[AGE:63]], of [[LOCATION:Kotkapura]] sold 42 quintals of wheat through the cooperative and asked that payment go to his Kisan account [[ID_NUMBER:3342871509]].""",
    """Welcome to the family, [[PERSON:Ishaan]]! Born [[DATE_TIME:Nov 3, 2024]] at 3:12 am, 3.4 kg, to proud parents [[PERSON:Neha]] and [[PERSON:Karan Malhotra]].""",
    """The delivery driver left the parcel for [[PERSON:Bronwyn Hughes]] at [[ADDRESS:9 Caradog Street]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 2JY]] even though she'd asked for it to go to the post office.""",
    """HR needs [[PERSON:Sandeep Rai]]'s SIN ([[ID_NUMBER:138 492 079]]) and a void cheque before his first pay on [[DATE_TIME:January 31]].""",
    """Our club captain, [[PERSON:Eoin Fitzgerald]], can be reached at [[EMAIL_ADDRESS:eoin.fitz@eircom.net]] for anyone wanting to join the Sunday hurling; he lives just off Griffith Avenue.""",
    """Last month [[PERSON:maria fernandes]] from [[LOCATION:Goa]] applied for a UK skilled worker visa with the help of a consultant called [[PERSON:Vikas]].""",
    """The account for gamer tag [[USERNAME:BhangraBeast07]] belongs to [[PERSON:Harnoor Gill]], [[AGE:16]], so any purchase over $20 needs approval from her dad's email, [[EMAIL_ADDRESS:ravinder.gill@shaw.ca]].""",
    """Attached is the boarding pass for [[PERSON:Ms. Salma Chowdhury]]; she flies from [[LOCATION:Birmingham]] to [[LOCATION:Islamabad]] on [[DATE_TIME:the 14th of April]] and her booking ref is QX7M2P.""",
    """Please add [[PERSON:Jagroop Singh]] (driver ID [[ID_NUMBER:DRV-0771]]) to the insurance; his US CDL is [[US_DRIVER_LICENSE:S5310428]] from [[LOCATION:Indiana]] and he is [[AGE:38]].""",
    """Hello, I am [[PERSON:Aurelio Santos]] from [[LOCATION:Quezon City]], and my SSS number is [[ID_NUMBER:34-2918407-6]]; I need to update my beneficiary to my wife [[PERSON:Liza]].""",
    """The pharmacy in [[LOCATION:Surrey]] called to say that [[PERSON:Mohinder Kaur]]'s blister packs will be delivered to [[ADDRESS:12877 76 Avenue]] every Thursday.""",
    """A parcel addressed to [[PERSON:Jamal Wright]], [[ADDRESS:3301 W Grand Ave, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60651]] was returned because nobody signed for it.""",
    """The tenant at [[ADDRESS:Basement, 44 Cottrelle Boulevard]], [[PERSON:Amandeep]], says the furnace stopped working on [[DATE_TIME:Dec 28]] and her landlord, [[PERSON:Mr. Sohal]], has not replied.""",
    """According to the charity's records, [[PERSON:Grace Wanjiru]] has sponsored a child through them since [[DATE_TIME:July 2015]] and her donor ID is [[ID_NUMBER:DN-558103]].""",
    """[[PERSON:Kwame]] wants his new SIM delivered to his office, but the address on the account is still [[ADDRESS:18 Ferndale Avenue]], [[LOCATION:Toronto]], so we'll ship it there.""",
    """The immigration lawyer said [[PERSON:Ali Raza]]'s A-number is [[ID_NUMBER:A212-483-907]] and that his next check-in with ICE is on [[DATE_TIME:May 6, 2025]].""",
    """Just a reminder that [[PERSON:Ellie]] has her 2-month vaccines on [[DATE_TIME:Thursday 16 January at 10:20]] at Kingsway Medical Centre; her NHS number is [[ID_NUMBER:485 777 3457]].""",
    """I think [[PERSON:Harvinder]] is the one who bought the tractor from [[PERSON:Jarnail Singh]] in [[LOCATION:Ferozepur]], but the RC is still in [[PERSON:jarnail]]'s name.""",
    """The new payroll officer, [[PERSON:Priyanka Nair]], can be emailed at [[EMAIL_ADDRESS:priyanka.nair@tatafarm.in]] or called on [[PHONE_NUMBER:080 4127 5590]] extension 14.""",
    """Member services confirmed that [[PERSON:Thomas Bergstrom]], [[AGE:45]], cancelled his gym membership on [[DATE_TIME:2024-10-31]] and will get a refund to the card he used.""",
    """Our client [[PERSON:Parminder Kaur Sekhon]] was refused a visitor visa because the officer doubted her ties to [[LOCATION:India]]; her application was submitted from [[LOCATION:Chandigarh]].""",
    """If [[PERSON:Olumide]] can't make Friday's shift at the warehouse, ask [[PERSON:Beatriz Oliveira]] or [[PERSON:Chinedu]] to cover, but not [[PERSON:Pete]].""",
    """We received a complaint from [[PERSON:Mrs. Rosalind Achebe]] of [[ADDRESS:PO Box 47]], [[LOCATION:Gaborone]] that her online banking was locked after she logged in from [[IP_ADDRESS:168.167.89.12]].""",
    """The truck stop in [[LOCATION:Dryden]] has [[PERSON:Lovepreet]]'s lost wallet with his Ontario health card and his passport inside.""",
    """Could you confirm [[PERSON:Hiroshi Tanaka]]'s check-out date? The reservation shows [[DATE_TIME:22/03/2025]], but he told reception he is leaving on the 20th.""",
    """The old account [[USERNAME:kavya_k_1998]] was deleted, but [[PERSON:Kavya]]'s other handle, [[USERNAME:kavya.writes]], has her home town, [[LOCATION:Mysuru]], in the bio.""",
    """The claim adjuster visited [[PERSON:Kamal Hossain]] at [[ADDRESS:56 Brick Lane]] on [[DATE_TIME:January 9]] to inspect the water damage in the kitchen.""",
    """At the parent-teacher meeting, [[PERSON:Mr. Gill]] said that [[PERSON:Sahib]] had missed school since [[DATE_TIME:5 Feb]] because the family went to [[LOCATION:Amritsar]] for a wedding.""",
    """Please confirm the Aadhaar-linked mobile for [[PERSON:Pooja Verma]] — she says it's [[PHONE_NUMBER:+91 99150 77342]], not the one ending 2210.""",
    """[[PERSON:Rebecca Lindqvist]] was born on [[DATE_TIME:the 2nd of October 1991]] in [[LOCATION:Uppsala]] and moved to [[LOCATION:Wellington]] when she was [[AGE:24]].""",
    """The new tenant at [[ADDRESS:Unit 3, 17 Canal Road]], [[LOCATION:Lyallpur Town]], is a [[NRP:Sikh]] family who moved in on [[DATE_TIME:1 November]].""",
    """The loan officer asked [[PERSON:Kulbir Sandhu]] for three months of payslips and his credit card statement for [[CREDIT_CARD:4556-7301-9924-8107]].""",
    """Hi, this is [[PERSON:Nomvula]] from the clinic — your HIV test results are ready; please bring your ID [[ID_NUMBER:8805140412085]] when you come in.""",
    """The trucking school's student [[PERSON:Balraj Dhillon]] (student no. [[ID_NUMBER:TS-24-0913]]) will do his road test on [[DATE_TIME:March 18]] in [[LOCATION:Woodstock]].""",
    """A refund of $84.20 will be issued to [[PERSON:jennifer kowalski]]'s Visa card, and the return label was emailed to [[EMAIL_ADDRESS:jen.kowalski@comcast.net]].""",
    """[[TITLE:Constable]] [[PERSON:Ravi Chandran]] took a statement from [[PERSON:Muhammad Bilal]], [[AGE:29]], who lives at [[ADDRESS:Block 412, Ang Mo Kio Avenue 10, #05-1187]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]].""",
    """Please note [[PERSON:Sarbjit]] has moved; new address is [[ADDRESS:77 Nanaimo Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5L 4S6]], and the new mobile is [[PHONE_NUMBER:778-320-4419]].""",
    """Before the hearing on [[DATE_TIME:March 3rd]], the tribunal asked [[PERSON:Georgia Papadopoulos]] to send her tenancy agreement and rent receipts to the case officer.""",
    """[[PERSON:Emmanuel Boateng]]'s Medicare card number is [[ID_NUMBER:2953 41822 1]] and he was seen at the clinic on [[DATE_TIME:14/01/2025]].""",
    """The farm co-op's new secretary is [[PERSON:Harmeet Kaur Pandher]]; the outgoing one, [[PERSON:Joginder Singh]], will hand over the ledger and the member list on [[DATE_TIME:April 1]].""",
    """The customer, [[PERSON:Declan Byrne]], says he never received the laptop delivered to [[ADDRESS:Apartment 12, Charlemont Square]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 VX60]].""",
    """An SOS message came from [[PERSON:Manjeet]] on the ELD tablet; the GPS put her truck on the Coquihalla near [[LOCATION:Merritt]], and she's [[AGE:27]] and travelling alone.""",
    """The teacher emailed [[PERSON:Ms. Anjali Kapoor]] to say her daughter [[PERSON:Riya]] has been chosen for the district spelling bee on [[DATE_TIME:Saturday 22 February]].""",
    """The buyer, [[PERSON:Thabo Nkosi]], paid the deposit for the flat in [[LOCATION:Sandton]] by EFT from account [[ID_NUMBER:62819044731]] on [[DATE_TIME:10 January 2025]].""",
    """Sorry for the trouble — it's [[PERSON:Yasmin]] again; the confirmation code went to my old email, [[EMAIL_ADDRESS:yasmin.k@hotmail.co.uk]], so please use [[EMAIL_ADDRESS:yasmin.khan.design@gmail.com]] now.""",
    """The insurance renewal for the tractor-trailer is in the name of [[PERSON:Amarjit Singh Johal]], DOB [[DATE_TIME:07/04/1972]], and the garaging address is [[ADDRESS:9810 Hwy 99]], [[LOCATION:Yuba City]], [[LOCATION:CA]] [[ZIP_CODE:95993]].""",
    """I'd like to thank everyone who came to my father's bhog ceremony, especially [[PERSON:Harbhajan]] uncle and [[PERSON:Mohan Lal]], who looked after the langar — [[PERSON:Gagandeep]].""",
    """Congratulations to [[PERSON:Oksana Petrenko]], who passed her citizenship test on [[DATE_TIME:17.12.2024]]; her ceremony in [[LOCATION:Edmonton]] is on [[DATE_TIME:February 19]].""",
    """My mum, [[PERSON:Shabnam Akhtar]], is [[AGE:67]] and diabetic, so the GP wants to see her every three months; the surgery's number is on the letter, and hers is [[PHONE_NUMBER:0121 554 8820]].""",
]


TABLE = [
    # CSV (14)
    """driver_name,unit,licence_no,phone,home_terminal
[[PERSON:Gurjant Singh]],T-204,[[ID_NUMBER:S4821-73920-85617]],[[PHONE_NUMBER:905-452-7781]],[[LOCATION:Mississauga]]
[[PERSON:Paul Ferreira]],T-211,[[ID_NUMBER:F6603-11847-20933]],[[PHONE_NUMBER:905-459-0042]],[[LOCATION:Milton]]""",
    """member_no;name;village;acres;phone
[[ID_NUMBER:BKU-118]];[[PERSON:Sukhwinder Singh]];[[LOCATION:Raikot]];12.5;[[PHONE_NUMBER:98155 30274]]
[[ID_NUMBER:BKU-119]];[[PERSON:Gurnam Kaur]];[[LOCATION:Jagraon]];4;[[PHONE_NUMBER:94172 66810]]
[[ID_NUMBER:BKU-120]];[[PERSON:Balkar Singh Sidhu]];[[LOCATION:Mullanpur]];8.25;[[PHONE_NUMBER:81460 22917]]""",
    """"Name","Email","Date of Birth","Plan"
"[[PERSON:O'Neill, Siobhan]]","[[EMAIL_ADDRESS:siobhan.oneill@gmail.com]]","[[DATE_TIME:12/03/1990]]","Family"
"[[PERSON:Achieng, Mercy]]","[[EMAIL_ADDRESS:mercy.achieng@yahoo.com]]","[[DATE_TIME:04/07/1985]]","Single\"""",
    """[[PERSON:Harinder Kaur]],[[DATE_TIME:2024-05-11]],Akhand Path,$251
[[PERSON:Jaswant Singh Bains]],[[DATE_TIME:2024-05-18]],Sukhmani Sahib,$101
[[PERSON:Kamla Devi]],[[DATE_TIME:2024-06-02]],Langar,$501""",
    """applicant,passport,uci,stream,consultant
[[PERSON:Arshpreet Kaur]],[[ID_NUMBER:U8820413]],[[ID_NUMBER:11-3047-2289]],SDS,[[PERSON:Neeraj]]
[[PERSON:Harshdeep Singh]],[[ID_NUMBER:R2291764]],[[ID_NUMBER:11-3047-2290]],non-SDS,[[PERSON:Neeraj]]""",
    """patient_id,first,last,sex,age,postcode
[[ID_NUMBER:WH-20931]],[[PERSON:Colin]],[[PERSON:McAllister]],M,[[AGE:66]],[[ZIP_CODE:G41 2PE]]
[[ID_NUMBER:WH-20932]],[[PERSON:Aisha]],[[PERSON:Bukhari]],F,[[AGE:31]],[[ZIP_CODE:G42 7JS]]""",
    """order_id;customer;street;city;postcode;sku
SO-88120;[[PERSON:Lena Fischer]];[[ADDRESS:Hauptstraße 14]];[[LOCATION:Köln]];[[ZIP_CODE:50667]];SKU-44-BLK
SO-88121;[[PERSON:Marco Bianchi]];[[ADDRESS:Via Roma 22]];[[LOCATION:Torino]];[[ZIP_CODE:10121]];SKU-12-RED""",
    """employee,ni_number,start_date,dept
[[PERSON:Kieran Walsh]],[[ID_NUMBER:SN 62 09 41 B]],[[DATE_TIME:03/02/2025]],Warehouse
[[PERSON:Parveen Akhtar]],[[ID_NUMBER:JE 30 71 58 D]],[[DATE_TIME:10/02/2025]],Transport""",
    """"card_holder","card","exp","cvv","amount"
"[[PERSON:Daniel Kim]]","[[CREDIT_CARD:5167320055188429]]","08/27","311","59.99"
"[[PERSON:Rosa Delgado]]","[[CREDIT_CARD:379160027711048]]","01/26","4417","120.00\"""",
    """student_no,name,guardian_phone,bus_route
[[ID_NUMBER:S-10442]],[[PERSON:Angad Singh]],[[PHONE_NUMBER:0433 918 225]],R7
[[ID_NUMBER:S-10443]],[[PERSON:Mia Rossi]],[[PHONE_NUMBER:0402 117 560]],R3
[[ID_NUMBER:S-10444]],[[PERSON:Noah Williams]],[[PHONE_NUMBER:0419 640 381]],R7""",
    """ਨਾਮ,ਪਿੰਡ,ਫ਼ੋਨ,ਦਾਨ
[[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]],[[LOCATION:ਖੰਨਾ]],[[PHONE_NUMBER:98551 20487]],1100
[[PERSON:ਜਗਤਾਰ ਸਿੰਘ]],[[LOCATION:ਸਮਰਾਲਾ]],[[PHONE_NUMBER:99881 40362]],2100""",
    """tenant;unit;lease_start;iban
[[PERSON:Joost de Vries]];4B;[[DATE_TIME:01-09-2024]];[[IBAN_CODE:NL66RABO0318459276]]
[[PERSON:Sunita Ramdin]];2A;[[DATE_TIME:15-10-2024]];[[IBAN_CODE:NL36 INGB 0006 6173 91]]""",
    """ts,user,ip,action
2025-02-01T10:00:12Z,[[USERNAME:pkaur_admin]],[[IP_ADDRESS:10.12.4.88]],export_members
2025-02-01T10:03:47Z,[[USERNAME:jsingh]],[[IP_ADDRESS:10.12.4.91]],login""",
    """claimant,ssn,dob,state
"[[PERSON:Walker, Tyrone]]",[[US_SSN:414-72-3089]],[[DATE_TIME:1969-02-17]],[[LOCATION:TN]]
"[[PERSON:Singh, Harjit]]",[[US_SSN:623-18-5570]],[[DATE_TIME:1981-11-05]],[[LOCATION:CA]]""",
    # TSV (8)
    """name\tphone\temail\tcity
[[PERSON:Rajdeep Kaur]]\t[[PHONE_NUMBER:+44 7700 418 262]]\t[[EMAIL_ADDRESS:rajdeep.k@outlook.com]]\t[[LOCATION:Wolverhampton]]
[[PERSON:Owen Price]]\t[[PHONE_NUMBER:+44 7892 031 554]]\t[[EMAIL_ADDRESS:owen.price@btopenworld.com]]\t[[LOCATION:Cardiff]]""",
    """load\tdriver\ttruck_plate\tpickup\tdrop
L-5521\t[[PERSON:Kanwar Grewal]]\t[[ID_NUMBER:AA 38 126]]\tHAM-DC\tMTL-DC
L-5522\t[[PERSON:Luis Ortega]]\t[[ID_NUMBER:AB 71 904]]\tBRM-YD\tWSR-XD""",
    """[[PERSON:Nazia Parveen]]\t[[ID_NUMBER:35202-7719034-2]]\t[[PHONE_NUMBER:0333 5120846]]
[[PERSON:Imtiaz Ali]]\t[[ID_NUMBER:35201-1148823-9]]\t[[PHONE_NUMBER:0345 7713209]]""",
    """mrn\tpatient\tappt\tclinician
[[ID_NUMBER:0091827]]\t[[PERSON:Kaur, Gurleen]]\t[[DATE_TIME:2025-03-04 09:15]]\t[[PERSON:Dr. Hale]]
[[ID_NUMBER:0091828]]\t[[PERSON:Brown, Ava]]\t[[DATE_TIME:2025-03-04 09:30]]\t[[PERSON:Dr. Hale]]""",
    """sku\tdescription\tqty\tbuyer
MF-220\tMilk chiller 500L\t1\t[[PERSON:Major Singh]]
MF-118\tFodder cutter\t2\t[[PERSON:Rachhpal Singh Dhindsa]]""",
    """account\tholder\tbranch\tbalance
[[ID_NUMBER:0014-220981-004]]\t[[PERSON:Mwangi Kariuki]]\t001\t54,210.00
[[ID_NUMBER:0014-220981-005]]\t[[PERSON:Wanjiku Kariuki]]\t001\t3,880.50""",
    """user\tjoined\tlast_login\tcountry
[[USERNAME:sardar_gamer]]\t[[DATE_TIME:2022-07-09]]\t[[DATE_TIME:2025-02-12 22:41]]\t[[LOCATION:Canada]]
[[USERNAME:lahori_lion]]\t[[DATE_TIME:2023-01-30]]\t[[DATE_TIME:2025-02-13 01:05]]\t[[LOCATION:Pakistan]]""",
    """name\tnationality\tvisa\texpiry
[[PERSON:Tran Van Minh]]\t[[NRP:Vietnamese]]\tStudent 500\t[[DATE_TIME:2026-03-31]]
[[PERSON:Harsimran Kaur]]\t[[NRP:Indian]]\tTSS 482\t[[DATE_TIME:2027-07-15]]""",
    # pipes / Markdown / psql / MySQL (10)
    """| Name | Role | Mobile | Village |
|---|---|---|---|
| [[PERSON:Tarlochan Singh]] | President | [[PHONE_NUMBER:98140 77261]] | [[LOCATION:Nurmahal]] |
| [[PERSON:Surinder Pal]] | Treasurer | [[PHONE_NUMBER:98722 30918]] | [[LOCATION:Nakodar]] |""",
    """ id | full_name          | email                          | created
----+--------------------+--------------------------------+------------
  1 | [[PERSON:Ravneet Sandhu]]     | [[EMAIL_ADDRESS:ravneet.s@telus.net]]            | [[DATE_TIME:2024-01-02]]
  2 | [[PERSON:Adam Novak]]         | [[EMAIL_ADDRESS:adam.novak@seznam.cz]]           | [[DATE_TIME:2024-01-05]]
(2 rows)""",
    """+----+-----------------+--------------+-----------+
| id | name            | dob          | plate     |
+----+-----------------+--------------+-----------+
|  7 | [[PERSON:Iqbal Masih]]     | [[DATE_TIME:1990-06-18]]   | [[ID_NUMBER:LEA-4821]]  |
|  8 | [[PERSON:Shazia Kanwal]]   | [[DATE_TIME:1994-12-01]]   | [[ID_NUMBER:LED-1907]]  |
+----+-----------------+--------------+-----------+""",
    """| Patient | NHS No. | Ward |
|---------|---------|------|
| [[PERSON:Doris Pennington]] | [[ID_NUMBER:612 039 8740]] | 7B |
| [[PERSON:Imran Hussain]] | [[ID_NUMBER:401 023 7651]] | 4 |""",
    """| Sevadar | Shift | Phone |
| [[PERSON:Manpreet Kaur]] | Langar 6-9am | [[PHONE_NUMBER:(916) 671-4402]] |
| [[PERSON:Daljit Singh Atwal]] | Parking | [[PHONE_NUMBER:(530) 790-2218]] |""",
    """ customer | address                         | zip
----------+---------------------------------+-------
 [[PERSON:J. Ramirez]]     | [[ADDRESS:1120 Pine St, Unit 4]]             | [[ZIP_CODE:98101]]
 [[PERSON:K. Okafor]]      | [[ADDRESS:77 Lakeview Dr]]                   | [[ZIP_CODE:98052]]""",
    """| Employee | Aadhaar | Bank A/c | IFSC |
| --- | --- | --- | --- |
| [[PERSON:Deepak Kumar]] | [[ID_NUMBER:6410 7382 9152]] | [[ID_NUMBER:1012 0044 8819]] | PUNB0101200 |
| [[PERSON:Sonia Rani]] | [[ID_NUMBER:2846 5013 9726]] | [[ID_NUMBER:1012 0044 9023]] | PUNB0101200 |""",
    """| Ticket | Reporter | Priority | Version |
|---|---|---|---|
| HD-4410 | [[USERNAME:ana.lima]] | P2 | 10.2.0.1 |
| HD-4411 | [[USERNAME:sukh.b]] | P3 | 10.2.0.1 |""",
    """| ناں | شہر | فون |
|---|---|---|
| [[PERSON:طاہرہ پروین]] | [[LOCATION:ساہیوال]] | [[PHONE_NUMBER:0300 6812274]] |
| [[PERSON:اکرم ورک]] | [[LOCATION:شیخوپورہ]] | [[PHONE_NUMBER:0301 4471920]] |""",
    """+------------+--------------------+-------------------+
| card_last4 | holder             | email             |
+------------+--------------------+-------------------+
| 4471       | [[PERSON:Lucy Adeyemi]]       | [[EMAIL_ADDRESS:lucy.a@proton.me]]  |
+------------+--------------------+-------------------+""",
    # fixed-width (8)
    """NAME                  DOB         PHONE
[[PERSON:HARBHAJAN SINGH]]       [[DATE_TIME:02/11/1958]]  [[PHONE_NUMBER:416 745 2290]]
[[PERSON:KAREN MCLEOD]]          [[DATE_TIME:17/06/1962]]  [[PHONE_NUMBER:416 331 0871]]""",
    """UNIT  DRIVER              HOS_LEFT  LOCATION
T117  [[PERSON:S. Aujla]]            04:10     [[LOCATION:Ellensburg]], [[LOCATION:WA]]
T120  [[PERSON:R. Virk]]             09:45     [[LOCATION:Boise]], [[LOCATION:ID]]""",
    """ACCT        HOLDER                    SORT      STATUS
[[ID_NUMBER:41829307]]    [[PERSON:Gemma Thornton]]            20-44-91  OPEN
[[ID_NUMBER:77201945]]    [[PERSON:Rahul Bhatt]]               40-11-62  CLOSED""",
    """MEMBER   NAME                      JOINED      SHARES
00412    [[PERSON:Gurbax Singh Pannu]]        [[DATE_TIME:1998-04-13]]  250
00413    [[PERSON:Mohinder Kaur Pannu]]       [[DATE_TIME:1998-04-13]]  150""",
    """PASSENGER            PNR     SEAT  PASSPORT
[[PERSON:SINGH/AMANDEEP]] [[TITLE:MR]]    X7KQ2M  23C   [[ID_NUMBER:N8120447]]
[[PERSON:KAUR/JASLEEN]] [[TITLE:MS]]      X7KQ2M  23D   [[ID_NUMBER:N8120448]]""",
    """ROLL  STUDENT             GRADE  GUARDIAN
 14   [[PERSON:Eva Murphy]]          B+     [[PERSON:Sean Murphy]]
 15   [[PERSON:Zayan Qureshi]]       A      [[PERSON:Hina Qureshi]]""",
    """IP               HOST        OWNER
[[IP_ADDRESS:192.168.1.24]]     LAPTOP-07   [[PERSON:Neil Baptiste]]
[[IP_ADDRESS:192.168.1.31]]     PHONE-12    [[PERSON:Tanya Ivanova]]""",
    """CLAIMANT              POSTCODE  AMOUNT   REF
[[PERSON:Olivia Grant]]          [[ZIP_CODE:EH6 5QP]]   £340.00  CL-99102
[[PERSON:Hassan Jamil]]          [[ZIP_CODE:BD8 7LN]]   £1,120   CL-99103""",
    # JSON lines (8)
    """{"name": "[[PERSON:Ikram Ullah]]", "cnic": "[[ID_NUMBER:35202-5518302-9]]", "mobile": "[[PHONE_NUMBER:+92 300 1184572]]"}
{"name": "[[PERSON:Rubina Yasmin]]", "cnic": "[[ID_NUMBER:35202-9901824-6]]", "mobile": "[[PHONE_NUMBER:+92 321 7740913]]"}""",
    """{"driver":"[[PERSON:Navdeep Gill]]","cdl":"[[US_DRIVER_LICENSE:B2204871]]","state":"[[LOCATION:CA]]","truck":"T-88"}
{"driver":"[[PERSON:Marcus Reed]]","cdl":"[[US_DRIVER_LICENSE:R4409118]]","state":"[[LOCATION:CA]]","truck":"T-91"}""",
    """{"ip":"[[IP_ADDRESS:2405:201:5c0e:a1::9]]","user":"[[USERNAME:amrit_k]]","event":"login"}
{"ip":"[[IP_ADDRESS:157.45.88.201]]","user":"[[USERNAME:dhillon.farms]]","event":"password_change"}""",
    """{"donor":"[[PERSON:Ajit Singh Chatha]]","email":"[[EMAIL_ADDRESS:ajit.chatha@hotmail.com]]","amount":500,"receipt":"R-2025-0117"}
{"donor":"[[PERSON:Hardev Kaur]]","email":"[[EMAIL_ADDRESS:hardevkaur51@gmail.com]]","amount":250,"receipt":"R-2025-0118"}""",
    """{"patient": "[[PERSON:Lily Chen]]", "dob": "[[DATE_TIME:2016-08-22]]", "allergy": "peanut"}
{"patient": "[[PERSON:Oscar Smith]]", "dob": "[[DATE_TIME:2015-12-03]]", "allergy": null}""",
    """{"applicant":"[[PERSON:Jashan Preet Singh]]","brp":"[[ID_NUMBER:ZX4821930]]","visa":"Student","cas":"E4G8K21X09QWR"}
{"applicant":"[[PERSON:Mehreen Aslam]]","brp":"[[ID_NUMBER:ZU7710248]]","visa":"Skilled Worker","cas":null}""",
    """{"nric":"[[ID_NUMBER:T0418837Z]]","name":"[[PERSON:Goh Jia Hui]]","postal":"[[ZIP_CODE:520301]]"}
{"nric":null,"name":"[[PERSON:Ramesh]] s/o [[PERSON:Krishnan]]","postal":"[[ZIP_CODE:760512]]"}""",
    """{"buyer":"[[PERSON:Callum Reid]]","card":"[[CREDIT_CARD:2223004819266734]]","expiry":"03/28","ship_to":"[[ADDRESS:12 Rowan Terrace]], [[LOCATION:Aberdeen]]"}
{"buyer":"[[PERSON:Priti Shah]]","card":"[[CREDIT_CARD:6011004738219506]]","expiry":"11/27","ship_to":"[[ADDRESS:3 Coral Way]], [[LOCATION:Leicester]]"}""",
    # YAML (6)
    """- name: [[PERSON:Rajwinder Kaur Mann]]
  role: secretary
  phone: "[[PHONE_NUMBER:+61 433 210 774]]"
- name: [[PERSON:Bhupinder Singh]]
  role: granthi
  phone: "[[PHONE_NUMBER:+61 401 552 918]]\"""",
    """tenants:
  - name: [[PERSON:Mateo Alvarez]]
    unit: 2B
    move_in: [[DATE_TIME:2024-06-01]]
  - name: [[PERSON:Ngaire Walker]]
    unit: 3A
    move_in: [[DATE_TIME:2024-08-15]]""",
    """employees:
  - id: [[ID_NUMBER:E1042]]
    name: [[PERSON:Kirandeep Kaur]]
    tfn: "[[ID_NUMBER:873 451 208]]"
    state: [[LOCATION:VIC]]
  - id: [[ID_NUMBER:E1043]]
    name: [[PERSON:Josh Bennett]]
    tfn: null
    state: [[LOCATION:QLD]]""",
    """accounts:
  - holder: [[PERSON:Zahid Mehmood]]
    iban: [[IBAN_CODE:PK23UNIL0109000234567812]]
    branch_code: "0109"
  - holder: [[PERSON:Sadia Noreen]]
    iban: [[IBAN_CODE:PK72HABB0012345678901234]]
    branch_code: "0012\"""",
    """ਮੈਂਬਰ:
  - ਨਾਮ: [[PERSON:ਜਸਵੀਰ ਸਿੰਘ ਗਿੱਲ]]
    ਫ਼ੋਨ: "[[PHONE_NUMBER:98154 72039]]"
  - ਨਾਮ: [[PERSON:ਪਰਮਜੀਤ ਕੌਰ]]
    ਫ਼ੋਨ: "[[PHONE_NUMBER:94633 18820]]\"""",
    """servers:
  - host: app-01
    version: 2.14.3
    admin: [[EMAIL_ADDRESS:sven.larsen@fjordtech.no]]
  - host: app-02
    version: 2.14.3
    admin: ops@fjordtech.no""",
    # key: value (6)
    """Name: [[PERSON:Sukhjinder Singh Bal]]
DOB: [[DATE_TIME:23 Mar 1986]]
Licence: [[ID_NUMBER:3849271]] (BC, Class 1)
Phone: [[PHONE_NUMBER:604-571-3392]]
Truck: Kenworth T680, unit 42""",
    """Customer ........ [[PERSON:Eilidh MacLeod]]
Account ......... [[ID_NUMBER:70219944]]
Postcode ........ [[ZIP_CODE:IV2 4RF]]
Tariff .......... Economy 7""",
    """Applicant = [[PERSON:Farzana Haque]]
Passport = [[ID_NUMBER:BX0918273]]
Nationality = [[NRP:Bangladeshi]]
Arrival = [[DATE_TIME:2025-04-09]]""",
    """Naam: [[PERSON:Lakhbir Singh]]
Pind: [[LOCATION:Tarn Taran]]
Mobile: [[PHONE_NUMBER:97794 10382]]
Zameen: 6 kille""",
    """Subscriber: [[PERSON:Niamh Brennan]]
MSISDN: [[PHONE_NUMBER:+353 86 412 9071]]
IMEI: 356938035643809
Plan: Unlimited 5G""",
    """Guest: [[PERSON:Mr. Anil Kapoor]]
Room: 1412
Check-in: [[DATE_TIME:2025-02-20]]
Email: [[EMAIL_ADDRESS:anil.kapoor61@rediffmail.com]]
Card: [[CREDIT_CARD:4000-1234-5097-2619]]""",
]

CHAT = [
    """[09:14] Agent ([[PERSON:Priya]]): Hi, thanks for contacting Northway Mobile. Who am I speaking with?
[09:14] Customer: hi its [[PERSON:gurvir sandhu]], my bill is double this month
[09:15] Agent ([[PERSON:Priya]]): Sorry about that, [[PERSON:Gurvir]]. Can you confirm the number on the account and your date of birth?
[09:15] Customer: [[PHONE_NUMBER:647 555 0192]], dob [[DATE_TIME:09 may 1992]]
[09:16] Agent ([[PERSON:Priya]]): Thanks. I see a roaming add-on from your trip to [[LOCATION:India]]; I'll refund $45 to the card on file.""",
    """Mom: Beta did you send the money for Nani's medicines?
[[PERSON:Simran]]: yes mumma, sent to mamaji's account [[ID_NUMBER:3309871245]] this morning
Mom: ok. [[PERSON:Harry]] is picking her up from [[ADDRESS:House 1132, Urban Estate Phase 2]], [[LOCATION:Jalandhar]] on [[DATE_TIME:Saturday the 8th]]
[[PERSON:Harry]]: 👍 my new number is [[PHONE_NUMBER:+91 62830 44719]] btw""",
    """Marketplace — Listing: Peterbilt 579 day cab, 2019
[[PERSON:Jas Bains]]: Is this still available?
[[PERSON:Derek Lund]]: Yes. Can show it Sunday at my place, [[ADDRESS:2218 Range Road 263]], [[LOCATION:Sturgeon County]].
[[PERSON:Jas Bains]]: Great, I'll bring my mechanic. My cell is [[PHONE_NUMBER:780-690-2147]].
[[PERSON:Derek Lund]]: VIN is 1XPBD49X1KD618203 if you want to run a Carfax.""",
    """#ops-night (team chat)
[[PERSON:Megan Cho]]: reefer on trailer 5302 showing -2C, driver is [[PERSON:Harjot]], he's at the Flying J in [[LOCATION:Brandon]]
[[PERSON:Amrit Dhanoa]]: I'll call him on [[PHONE_NUMBER:431-688-2075]]
[[PERSON:Megan Cho]]: thx. also [[PERSON:Karan]]'s ELD login [[USERNAME:kdeol_22]] is locked, can someone reset?
[[PERSON:Ross Tait]]: on it""",
    """ਗੁਰਦੁਆਰਾ ਕਮੇਟੀ (ਗਰੁੱਪ)
[[PERSON:ਹਰਭਜਨ ਸਿੰਘ]]: ਐਤਵਾਰ ਦੇ ਲੰਗਰ ਲਈ ਰਸਦ ਕੌਣ ਲਿਆਵੇਗਾ?
[[PERSON:ਕੁਲਦੀਪ ਕੌਰ]]: ਮੈਂ ਤੇ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਲੈ ਆਵਾਂਗੇ। ਬਿੱਲ [[PERSON:ਅਵਤਾਰ]] ਜੀ ਨੂੰ ਭੇਜ ਦਿਆਂਗੇ।
[[PERSON:ਹਰਭਜਨ ਸਿੰਘ]]: ਠੀਕ ਹੈ। ਨਵੇਂ ਸੇਵਾਦਾਰ [[PERSON:ਗੁਰਵਿੰਦਰ]] ਦਾ ਨੰਬਰ [[PHONE_NUMBER:0412 887 305]] ਹੈ।""",
    """Support chat — VisaPath Immigration
Bot: Please share your full name and file number.
User: [[PERSON:Muhammad Hamza Tariq]], file VP-2291
Agent [[PERSON:Sana]]: Hi [[PERSON:Hamza]], your biometrics are booked for [[DATE_TIME:12 March, 10:40]] at the VAC. Please bring passport [[ID_NUMBER:AK7712094]].
User: ok ji. can you email me at [[EMAIL_ADDRESS:hamza.tariq.786@gmail.com]]?""",
    """Family group: Dhillon parivar
[[PERSON:Pinky]]: [[PERSON:Gagan]] landed in [[LOCATION:Melbourne]]!! 🎉
[[PERSON:Bally]] chacha: Waheguru! Tell him to call [[PERSON:Jassi]] on [[PHONE_NUMBER:0466 120 938]] for the room
[[PERSON:Gagan]]: reached. staying at [[ADDRESS:14 Stanhope Street]], [[LOCATION:Tarneit]] for now""",
    """Farm co-op WhatsApp
[[PERSON:Gurmail]]: Sabh nu dasso, meeting [[DATE_TIME:15 March]] nu 11 vaje co-op office ch
[[PERSON:Nirmal Singh]]: Main nahi aa sakda, [[PERSON:Jasvinder]] aaega meri jagah
[[PERSON:Gurmail]]: Theek aa. Jinna da share certificate nahi aaya, oh [[PERSON:Satpal]] nu [[PHONE_NUMBER:98762 10455]] te phone karan""",
]

LOOKALIKE = [
    """Shipment summary: container MSKU4928174 and TGHU8035166 cleared customs at the port under bill of entry 4471829 on the vessel's arrival. Lot numbers LOT-2025-0411 and LOT-2025-0412; HS code 1006.30.20. Exporter: Punjab Agro Foods Ltd (CIN U15311PB2009PLC032871, GSTIN 03AAACP4821K1Z5). Queries: exports@punjabagrofoods.in or 0161-2400-880. Consignee contact: [[PERSON:Varinder Kaur]] ([[PHONE_NUMBER:+91 98880 41207]]).""",
    """Release notes v10.4.2.1: the client now reports build 192.168.0.4 correctly, fixes checksum 9f86d081884c7d659a2feaa0c55ad015 and session 3f2b8c1e-77a4-4d1a-9c3e-0b5a2f7d81e6. Tested on devices SN-AX44-09812 and SN-AX44-09813. Thanks to the Bellman-Ford and Dijkstra routines for the new route planner. Reviewed by [[PERSON:Oisín Brady]].""",
    """Book order #ORD-558210: 2 × "The Punjab Story" (ISBN 978-0-14-312755-0), 1 × atta 10 kg (EAN 8901234098769), 1 × ghee 1 L (EAN 5012345678900). Tracking 1Z84X7E20391842270, invoice INV-24-11873, delivery slot 14:00-16:00. Customer service: 1-800-463-3339, help@desishop.ca. Ship to [[PERSON:Ritika Anand]], [[ADDRESS:61 Castlemore Road]], [[LOCATION:Brampton]].""",
    """Booking confirmation KX7Q2M — Air India AI 188, seat 32A, baggage tag AI 552180. Hotel reservation HRN 88120447 at the Radisson on Ranjit Avenue. Travel insurance policy TRV-2025-990123. Lead passenger: [[PERSON:Rashpal Kaur]], mobile [[PHONE_NUMBER:+44 7956 210 883]].""",
    """The bridge on Bhagat Singh Road is closed for repairs; traffic to the Guru Nanak Dev University campus is diverted via Lawrence Road and Queen's Road. The Alzheimer's support group meets in the Victoria Hall, and the Parkinson's clinic has moved to Block C. Call the municipal helpline 1100 for details.""",
    """Fleet report Q1: USDOT 3318274, MC 112847, IFTA account 1128-4471, trailer numbers 5302, 5318 and 5322, tractor VIN 3AKJHHDR8NSMZ4172, PO 4500188213, fuel card batch FC-0092. Safety score 88.4 (percentile). Driver of the month: [[PERSON:Gurpinder Singh Kahlon]]. Dispatch: dispatch@fivewaterslogistics.com, 1-877-410-2288.""",
    """ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਦੀ ਰਸੀਦ ਨੰ. 4471, ਮਿਤੀ 12-01-2025, ਰਕਮ $101; ਰਜਿਸਟਰਡ ਚੈਰਿਟੀ ਨੰਬਰ 118822731 RR0001; ਦਫ਼ਤਰ: 905-799-0000, office@gurdwara.example; ਸ਼ਬਦ ਨੰ. 212, ਅੰਗ 1429। ਦਾਨੀ: [[PERSON:ਸੁਖਮਨ ਕੌਰ]]।""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    rows = []
    marks = 0
    kinds: Counter[str] = Counter()
    for style, records in STYLES.items():
        for n, markup in enumerate(records, 1):
            rid = f"blind152-{style}-{n:03d}"
            text, spans = parse(markup)
            check(rid, text, spans)
            if markup.count("[[") != len(MARK.findall(markup)):
                raise ValueError(f"a mark did not parse in {rid}")
            found = MARK.findall(markup)
            split = sum(1 for kind, value in found if kind == "PERSON" and TITLE_IN_NAME.match(value))
            if len(spans) != len(found) + split:
                raise ValueError(f"span count does not match the marks in {rid}")
            marks += len(found)
            kinds.update(span["entity_type"] for span in spans)
            rows.append({"id": rid, "text": text, "spans": spans})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    print(f"every mark parsed: {marks} marks -> {sum(kinds.values())} spans (titles split out of names add the rest)")
    print("check passed on every record (spans, Luhn, mod-97)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")


if __name__ == "__main__":
    main()
