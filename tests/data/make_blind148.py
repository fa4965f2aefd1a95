"""Build tests/data/blind148.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind148.py

Blind: written without any knowledge of the detector it will measure. Read
while writing, and nothing else in the repository: the first 121 lines of
tests/data/make_blind22.py (its docstring with the labeling conventions and
style descriptions, and its imports) and its tail from `STYLES = {` to the
end (the STYLES dict and main(), copied as scaffolding); the whole of
tests/data/gold_sets.py; and lines 1-64 of tests/data/make_handwritten.py
(its conventions, the MARK and TITLE_IN_NAME regexes and `parse()`, copied
below). Not read: minimize/, recognizers/, bench/, any other test or
make_*.py script, the README, any *.jsonl file (this script's own output is
only checked through the counts it prints). git was not run. The detector,
the bench, the tests and `minimize` were never run. Do not tune the
detector against this set: once used for tuning it no longer measures
anything; write a new one instead.

Every record below was written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` (copied from
make_handwritten.py with its MARK and TITLE_IN_NAME regexes), which strips
the inline `[[TYPE:value]]` marks; `gold_sets.check` re-checks every span,
card and IBAN. The summary printed at the end only counts.

Check digits made valid (worked out with throwaway code while writing, not
kept and not generated here): card numbers pass Luhn; IBANs (GB, DE, NL, IE,
CH, AE, SA, PK, BE) pass mod-97 with their country's length, and the
Belgian one has its national mod-97 key right; NHS numbers (mod 11),
Canadian SINs (Luhn), Aadhaar numbers (Verhoeff), Australian TFNs
(weighted mod 11), Singapore NRICs (check letter), South African ids
(Luhn; they agree with sex and birth date where those show), Irish PPSNs
(mod 23), the Dutch BSN (11-test) and the New Zealand NHI number (mod 11)
are valid; the look-alikes that carry one (ISBN-13, EAN-13 and
ISO 6346 container numbers) are valid too. Not checked (no public check
digit, or none used): US SSNs, US passports and licences, UK NI numbers,
Ethiopian Fayda / FAN / FIN numbers, TINs and kebele ids, Djiboutian and
Eritrean ids, Kenyan ids and KRA PINs, Nigerian NIN / BVN, Indian PAN,
Pakistani CNIC, US Medicare MBI, NZ NSN, UK licences, passports, plates,
bank account numbers and staff, student, member, patient and farmer
numbers.

Styles (ids `blind148-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  about 22 like ai4privacy pii-masking-200k/300k/400k (odd mixed sentences
  dense with names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), about 34 like gretel-pii-masking-en-v1 (claims, contracts, loan,
  medical, rental and benefit forms, notices, letters, settlements,
  petitions) and about 29 like Nemotron-PII (JSON, log lines, SQL, XML /
  FHIR, YAML, .env, HTTP requests, GraphQL, Python and Java test code,
  tickets, form dumps, mail headers, call records).
- `gen` (80): one to four sentences of "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text: CSV (14,
  comma and semicolon, quoted and not), TSV (8), pipes / Markdown / psql /
  MySQL (10), fixed-width (8), JSON lines (8), YAML (6) and key: value
  blocks (6); header rows (never labeled) sometimes absent, non-PII
  columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (US, UK, Canada,
Australia, New Zealand, Ireland, India, South Africa, Nigeria, Kenya,
Singapore and Ethiopian, Djiboutian and Eritrean contexts, with names from
many cultures), the rest in Amharic (12 records, Ge'ez script) and Afar (8
records, Qafar af in its official Latin orthography; the Afar is simple
and may be imperfect). Domains with extra
weight: coffee cooperatives, clinics and vaccination rounds, bus and
freight booking; the rest spread over banking, health, pharmacy, legal,
schools, HR, retail, travel, telecoms, government, housing, gaming, social
media, IT, deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py, unchanged:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (also Amharic አቶ, ወ/ሮ, ወ/ሪት, ዶ/ር and Ato, W/ro),
  labeled apart; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names, a house number given in its own field; city,
  district, sub-city, woreda, county, state / region and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month in any shape (Ethiopian
  calendar included), a time written with the date inside the span; not
  bare years, weekdays alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and farmer numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, sort codes, routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking / lot
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers, pets, eponyms and brands, header rows, "sex" /
  "role" / "dept" / "status" columns.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import check

OUT = Path(__file__).with_name("blind148.jsonl")

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
    # --- ai4privacy-like ---
    """Attention [[PERSON:Ms. Hana Girma]], as our Regional Freight Coordinator you are asked to confirm the new depot lease at [[ADDRESS:27 Churchill Avenue, Suite 4B]], [[LOCATION:Addis Ababa]]. Your laptop last synced from [[IP_ADDRESS:196.188.41.207]] (MAC 3c:22:fb:91:0a:7e).""",
    """Hi [[PERSON:Kaiden]], your exam retake fee of $85 was charged to card [[CREDIT_CARD:4532 0188 7412 0638]], CVV 417, expiring 09/27. A receipt was sent to [[EMAIL_ADDRESS:kaiden.mbeki99@gmail.com]].""",
    """The Chief Data Officer, [[PERSON:Dr. Wairimu Njoroge]], flagged a login for [[USERNAME:wairimu_n]] from [[IP_ADDRESS:2c0f:fe38:2401:7a1::3f]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 at [[DATE_TIME:02:14 on 11/03/2024]].""",
    """Please wire the consultancy balance to IBAN [[IBAN_CODE:GB91 NWBK 6073 0841 5722 93]], BIC NWBKGB2L, in the name of [[PERSON:Aloysius Fenwick-Tate]], [[ADDRESS:Flat 3, 118 Mill Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2BD]].""",
    """[[PERSON:Ibrahim Houmed]] ([[AGE:38]]), Dispatch Supervisor, now lives at [[ADDRESS:Villa 12, Rue de Venise]] in [[LOCATION:Djibouti]]; reach him on [[PHONE_NUMBER:+253 77 84 12 09]] for the Dikhil freight run.""",
    """Our Investor Relations Associate [[PERSON:Leilani Kahananui]] updated her payout account to [[IBAN_CODE:DE78370400440772185004]], BIC COBADEFFXXX. Her browser was Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) Safari/605.1.15 and her IPv4 [[IP_ADDRESS:84.171.203.56]].""",
    """Dear [[PERSON:Yonatan]], the grant committee at Harar Road Coffee Union needs your farm survey by Friday. Send it from [[EMAIL_ADDRESS:yonatan.t@ethionet.et]] and include your farmer number [[ID_NUMBER:SID-GU-004417]] and plot at [[LOCATION:Kebele 09]], [[LOCATION:Hagere Selam]].""",
    """Security notice for [[USERNAME:gracie.okonkwo]]: a new device (MAC 00:1a:2b:88:c4:d1, Chrome 122 on Android 14) signed in from [[IP_ADDRESS:102.89.34.156]]. If this wasn't you, [[PERSON:Grace]], call [[PHONE_NUMBER:+234 803 416 2290]].""",
    """[[PERSON:Mr. Tavita Leaupepe]], Forward Accounts Executive, moved this spring; his address is [[ADDRESS:1204 Pine Crest Drive, Apt. 9]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]], and his card [[CREDIT_CARD:5424-1883-0065-7319]] (exp 03/26, CVC 882) is on file.""",
    """The transaction from account [[IBAN_CODE:NL91ABNA0582217463]] to [[PERSON:Siobhán Ní Bhriain]] was blocked; she was logged in as [[USERNAME:siobhan_nib]] on [[IP_ADDRESS:2a02:8084:4240:c980:91d2:6be1:3f0a:12c4]].""",
    """As Lead Clinical Informatics Analyst, [[PERSON:Abdi Kadir Hassan]] will relocate on [[DATE_TIME:01/09/2024]] to [[ADDRESS:Building 7, Floor 3, 88 Ngong Road]], [[LOCATION:Nairobi]], [[LOCATION:Kenya]] [[ZIP_CODE:00100]].""",
    """Hey [[PERSON:bongani]], the Oracle Enterprise licence renewal is tied to your Amex [[CREDIT_CARD:3714 496353 98431]] (CID 6612, exp 11/25). Billing address: [[ADDRESS:45 Rissik Street, Unit 1102]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2001]].""",
    """Investigator notes: the male suspect, approx. [[AGE:29]], used the handle [[USERNAME:d4rk_sailor88]] and the email [[EMAIL_ADDRESS:sailor88@protonmail.com]], connecting through [[IP_ADDRESS:185.220.101.44]]; MAC f0:9f:c2:11:7b:ae.""",
    """Hello [[PERSON:Mx. Rowan Achterberg]], the Future Creative Producer vacancy at Lumen Studios asks for your BSN ([[ID_NUMBER:238104771]]) and IBAN [[IBAN_CODE:NL92RABO0301845521]] before your start on [[DATE_TIME:4 March 2024]].""",
    """[[PERSON:Fatima Zahra Elmi]] paid the Semera clinic invoice with [[CREDIT_CARD:4929 5011 6683 4025]] (CVV 091). Her secondary address is [[ADDRESS:PO Box 2231]], [[LOCATION:Djibouti]], and her phone [[PHONE_NUMBER:+253 21 35 47 80]].""",
    """Direct Research Orchestrator [[PERSON:Kwabena Asante-Mensah]] from [[LOCATION:Kumasi]] shared his VPN profile: IP [[IP_ADDRESS:154.160.2.77]], user agent Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/118.0, username [[USERNAME:kasante_m]], password Kw@b3n4!2024.""",
    """Could [[PERSON:Meseret]] from the Sidama cooperative confirm the transfer to account [[ID_NUMBER:1000 2784 1190 3]] at CBE, branch Hawassa? Her phone is [[PHONE_NUMBER:0916 20 55 41]] and she was born [[DATE_TIME:12 Tir 1982 E.C.]]""",
    """Your loyalty tier changed, [[PERSON:Arjun]]. Card [[CREDIT_CARD:5168 3004 2279 1450]] earns 2x points at [[ADDRESS:Shop 14, 221 Brigade Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560025]]. Aadhaar on file: [[ID_NUMBER:4918 3027 5517]].""",
    """Internal memo: [[PERSON:Sir Edmund Okoro-Blake]] (District Mobility Consultant) asked that his IPv6 [[IP_ADDRESS:2001:4860:7:30e::fa]] and MAC b8:27:eb:5c:09:d2 be whitelisted before [[DATE_TIME:June 18th]].""",
    """[[PERSON:Lucía Ferreira-Moss]], your refund of £212.40 goes to [[IBAN_CODE:GB03BARC20658244971033]] (sort code 20-65-82). Questions? Write to [[EMAIL_ADDRESS:lucia.fm@outlook.co.uk]] or call [[PHONE_NUMBER:07700 914 336]].""",
    """Account owner: [[PERSON:Nguyen Thi Lan]], gender female, [[AGE:44]] years, Senior Tax Strategist, [[ADDRESS:unit 5/17 Railway Parade]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]], TFN [[ID_NUMBER:452 819 305]], card [[CREDIT_CARD:4716230588914671]] exp 08/28.""",
    """Ping from [[IP_ADDRESS:41.223.17.190]] belongs to [[PERSON:Yohannes Tekle]] ([[USERNAME:yoh_tekle]]), who booked two Asmara-Keren bus seats on his Mastercard [[CREDIT_CARD:2223 0041 7785 2646]].""",
    # --- gretel-like ---
    """INSURANCE CLAIM FORM - MOTOR
Claimant: [[PERSON:Deborah A. Whitcombe]]
Policy No.: MTR-77-204518
Date of Birth: [[DATE_TIME:22 August 1969]]
Address: [[ADDRESS:16 Larkspur Close]], [[LOCATION:Bristol]] [[ZIP_CODE:BS16 7QJ]]
Driving licence: [[ID_NUMBER:WHITC658229DA9FK]]
Date of incident: [[DATE_TIME:06/02/2024 at approx. 17:40]]
Description: The claimant's Ford Fiesta (reg. [[ID_NUMBER:WU19 KXH]]) was struck at the Hambrook roundabout by a van whose driver gave his name as [[PERSON:Lee Garside]].""",
    """FREIGHT SERVICES AGREEMENT. This agreement is entered into on [[DATE_TIME:3 January 2024]] between Awash Corridor Logistics PLC ("the Carrier") and [[TITLE:Ato]] [[PERSON:Girma Wolde Tsadik]], holder of Fayda number [[ID_NUMBER:3178 4409 2261 5807]], residing at [[LOCATION:Kirkos]] sub-city, [[LOCATION:Woreda 08]], House No. [[ADDRESS:417]], [[LOCATION:Addis Ababa]] ("the Shipper"). The Carrier shall move 38 tonnes of washed Arabica from [[LOCATION:Dilla]] to the port of [[LOCATION:Djibouti]] by truck plate [[ID_NUMBER:3-B47213 ET]]. Contract ref. AC-FSA-2024-0091.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Marcus J. Delacroix]]   SSN: [[US_SSN:412-68-3390]]
Date of birth: [[DATE_TIME:1985-11-04]]
Current address: [[ADDRESS:2290 Bayou Ridge Ln, Apt 14C]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70808]]
Employer: Gulf South Pipe Co. (Field Technician, 6 yrs)
Annual income: $61,400   Requested amount: $18,000 over 48 months
Checking account: [[ID_NUMBER:0093 4417 2285]]   Routing: 065000090
Co-applicant: [[PERSON:Renee Delacroix]], phone [[PHONE_NUMBER:(225) 301-8874]]""",
    """Patient: [[PERSON:Mrs. Amina Yusuf Abdullahi]]   Hospital No.: [[ID_NUMBER:AKTH/24/118790]]
Age: [[AGE:52]]   Sex: F
Admitted: [[DATE_TIME:14/05/2024]]   Discharged: [[DATE_TIME:19/05/2024]]
Diagnosis: Type 2 diabetes mellitus with foot ulcer. Reviewed by [[PERSON:Dr. Sani Garba]]. Next of kin: [[PERSON:Yusuf Abdullahi]] (son), [[PHONE_NUMBER:0803 552 1746]], [[ADDRESS:No. 7 Zoo Road]], [[LOCATION:Kano]].""",
    """RESIDENTIAL TENANCY AGREEMENT (New Zealand)
Landlord: [[PERSON:Hemi Walker]], [[ADDRESS:PO Box 4471]], [[LOCATION:Hamilton]] [[ZIP_CODE:3247]]
Tenant(s): [[PERSON:Priyanka Sharma]] and [[PERSON:Tomasi Vaipulu]]
Premises: [[ADDRESS:3/58 Grey Street]], [[LOCATION:Hamilton East]]
Tenancy start: [[DATE_TIME:1 July 2024]]   Rent: $540 per week   Bond: $2,160
Tenant contact: [[PHONE_NUMBER:021 448 9037]] / [[EMAIL_ADDRESS:priyanka.sharma.nz@gmail.com]]""",
    """NOTICE OF BENEFIT DETERMINATION. Dear [[PERSON:Mr. Kofi Boateng]], we have reviewed your claim for Employment and Support Allowance received on [[DATE_TIME:12 February 2024]]. Your National Insurance number [[ID_NUMBER:JT 48 21 93 C]] has been verified and you will receive £129.50 per week from [[DATE_TIME:26 February 2024]]. Payments go to the account ending 4417. If you disagree, write to us within one month quoting reference ESA/4471/KB.""",
    """Re: Measles-rubella outreach, Afar Region, round 3
The mobile team led by [[TITLE:Sr.]] [[PERSON:Zahra Ahmed Mohammed]] (staff no. [[ID_NUMBER:AFR-HB-0672]]) vaccinated 214 children in [[LOCATION:Asaita]] and [[LOCATION:Dubti]] between 4 and 9 March. One adverse event: [[PERSON:Hamadu Qali]], aged [[AGE:3]], mild fever after the dose given on [[DATE_TIME:6 March 2024]]; his mother [[PERSON:Kadiija Cassan]] can be reached on [[PHONE_NUMBER:+251 933 812 470]]. Cold-chain log attached.""",
    """SETTLEMENT AGREEMENT AND RELEASE. [[PERSON:Janelle Okafor-Price]] ("Employee"), of [[ADDRESS:881 West Monroe Street, Unit 2204]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60661]], and Harbinger Analytics LLC agree that the Company shall pay Employee $42,500 within fourteen days of [[DATE_TIME:March 28, 2024]]. Employee's last day of employment was [[DATE_TIME:January 12, 2024]]. Employee SSN: [[US_SSN:338-14-9027]].""",
    """PETITION TO THE CITY COUNCIL OF CAPE TOWN
We, the undersigned residents of Bo-Kaap, object to the rezoning of erf 1187.
1. [[PERSON:Gadija Abrahams]], [[ADDRESS:34 Wale Street]], ID [[ID_NUMBER:7505040122088]]
2. [[PERSON:Moegamat Salie]], [[ADDRESS:12 Chiappini Street]], tel [[PHONE_NUMBER:082 577 3104]]
3. [[PERSON:Fatima van der Schyff]], [[ADDRESS:9A Rose Street]]
Submitted on [[DATE_TIME:15 April 2024]] by [[PERSON:G. Abrahams]].""",
    """Dear [[PERSON:Ms Chen]], thank you for your enquiry about the scholarship. To complete your application we need your student number ([[ID_NUMBER:s3841207]]), a copy of your passport ([[ID_NUMBER:PA7719032]]) and proof of address. Our records show you live at [[ADDRESS:Level 4, 200 Swanston Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]. Yours sincerely, Admissions Office, RMIT.""",
    """COFFEE DELIVERY RECEIPT - Yirgacheffe Coffee Farmers Cooperative Union
Member: [[PERSON:Birtukan Dubale]]   Member No.: [[ID_NUMBER:YCFCU-KOC-2231]]
Primary coop: Konga   Kebele: [[LOCATION:Hafursa Waro]]
Delivery date: [[DATE_TIME:19 November 2023]]   Lot: KON-23-R-117
Red cherry: 286 kg at 62 birr/kg = 17,732 birr
Paid to CBE account [[ID_NUMBER:1000 4417 8830 2]] by [[TITLE:Ato]] [[PERSON:Mulugeta]] the cashier.""",
    """MEDICAL CERTIFICATE. This is to certify that [[PERSON:Rahul Venkataraman]], aged [[AGE:31]], was examined at Apollo Clinic, [[LOCATION:Chennai]] on [[DATE_TIME:08-01-2024]] and is advised rest until [[DATE_TIME:15-01-2024]]. Diagnosis: acute gastroenteritis. [[PERSON:Dr. S. Lakshmi]], MBBS, Reg. No. [[ID_NUMBER:TNMC 88412]].""",
    """APPLICATION FOR SOCIAL HOUSING - Dublin City Council
Applicant: [[PERSON:Ciarán O'Sullivan]]   PPS No.: [[ID_NUMBER:7132456S]]
Date of birth: [[DATE_TIME:30/06/1991]]
Current address: [[ADDRESS:Apt 12, Block C, Clonard Court]], [[LOCATION:Dublin 12]], [[ZIP_CODE:D12 X9K4]]
Household: applicant, partner [[PERSON:Aoife Brennan]] (PPS [[ID_NUMBER:4820193HA]]), one child aged [[AGE:2]].
Contact: [[PHONE_NUMBER:087 219 4406]]""",
    """NOTICE OF HEARING. Case No. 2024-CV-01187. Plaintiff [[PERSON:Harold Pettigrew]] v. Defendant [[PERSON:Sunita Bhandari]]. The hearing is set for [[DATE_TIME:May 14, 2024 at 9:30 a.m.]] in Courtroom 4B, Fairfax County Circuit Court. Counsel for defendant: [[PERSON:Alan K. Morrow]], Esq., [[EMAIL_ADDRESS:amorrow@morrowlegal.com]].""",
    """FREIGHT BOOKING CONFIRMATION. Shipper: Sidama Elto Coffee Export. Consignee contact: [[PERSON:Michael Tadesse]], [[PHONE_NUMBER:+251 911 62 04 88]]. Driver: [[PERSON:Abdulkadir Ali]], licence [[ID_NUMBER:AA-04-221187]], truck [[ID_NUMBER:3-A91874 AA]], trailer [[ID_NUMBER:3-T12045 AA]]. Loading at [[LOCATION:Modjo]] dry port on [[DATE_TIME:22 February 2024]], 06:00. Booking ref. MDJ-FRT-55190, 320 bags x 60 kg.""",
    """WORKERS' COMPENSATION CLAIM. Injured worker: [[PERSON:Tui Manuela]], DOB [[DATE_TIME:17.03.1979]], Tax File Number [[ID_NUMBER:871 045 260]]. Residential address: [[ADDRESS:22 Bunya Street]], [[LOCATION:Logan Central]] [[LOCATION:QLD]] [[ZIP_CODE:4114]]. Date of injury: [[DATE_TIME:29 January 2024]]. The worker, a forklift operator, injured his left hand while unloading. Treating GP: [[PERSON:Dr. Helen Karamanlis]].""",
    """Dear [[PERSON:Jamal]] and [[PERSON:Nadia Haddad]], we are pleased to confirm your mortgage pre-approval for $485,000. This offer is valid until [[DATE_TIME:July 31, 2024]]. The property at [[ADDRESS:5 Birchmount Crescent]], [[LOCATION:Scarborough]], [[LOCATION:ON]] [[ZIP_CODE:M1N 3J8]] will be appraised on [[DATE_TIME:June 20]]. Please bring Jamal's SIN ([[ID_NUMBER:137 286 944]]) to the signing.""",
    """CHARITY GIFT AID DECLARATION. Donor: [[PERSON:Margaret E. Lyle]], [[ADDRESS:The Old Forge, 3 Church Lane]], [[LOCATION:Ledbury]], [[LOCATION:Herefordshire]] [[ZIP_CODE:HR8 1DW]]. I want to Gift Aid my donation of £250 made on [[DATE_TIME:4 December 2023]] to WaterAid. Signed: [[PERSON:M. E. Lyle]].""",
    """PHARMACY DISPENSING RECORD
Patient: [[PERSON:Lindiwe Mahlangu]]   ID: [[ID_NUMBER:9207190123085]]
Medical aid: Discovery Health, member no. [[ID_NUMBER:DH 301 774 52]]
Script date: [[DATE_TIME:11/03/2024]]
Items: Metformin 850 mg x 60; Amlodipine 5 mg x 30
Prescriber: [[PERSON:Dr. P. Naidoo]] (PR no. 0418862)
Collected by: [[PERSON:Sipho Mahlangu]] (husband)""",
    """የብድር ማመልከቻ - የቡና አምራቾች ኅብረት ሥራ ማኅበር
አመልካች፦ [[TITLE:አቶ]] [[PERSON:ደረጀ ታምራት ገብሬ]]
የትውልድ ቀን፦ [[DATE_TIME:12/04/1970 ዓ.ም]]
የፋይዳ ቁጥር፦ [[ID_NUMBER:6140 2873 9915 0432]]
የአባልነት ቁጥር፦ [[ID_NUMBER:SCFCU-0883]]
የሂሳብ ቁጥር፦ [[ID_NUMBER:1000178452216]]
የብድር መጠን፦ 150,000 ብር ለቡና ማድረቂያ አልጋዎች
አድራሻ፦ [[LOCATION:ሲዳማ ክልል]]፣ [[LOCATION:አለታ ወንዶ]]
ስልክ፦ [[PHONE_NUMBER:+251 911 30 72 64]]""",
    """የሕክምና ቀጠሮ ማሳወቂያ
የታካሚ ስም፦ [[PERSON:ትዕግስት ኃይሌ]]
የካርድ ቁጥር፦ [[ID_NUMBER:BH-2016-08812]]
ዕድሜ፦ [[AGE:27]]
ስልክ፦ [[PHONE_NUMBER:0922 41 78 03]]
አድራሻ፦ [[LOCATION:አዲስ አበባ]]፣ [[LOCATION:ቦሌ ክፍለ ከተማ]]፣ [[LOCATION:ወረዳ 03]]፣ የቤት ቁጥር፦ [[ADDRESS:1245]]
የቀጠሮ ቀን፦ [[DATE_TIME:ጥቅምት 5 ቀን 2017 ዓ.ም ከጠዋቱ 3 ሰዓት]]
ሐኪም፦ [[TITLE:ዶ/ር]] [[PERSON:ሳሙኤል ወልደማርያም]]
እባክዎ የክትባት ካርድዎን ይዘው ይምጡ።""",
    """Qafar Rakaakayih Dawla - Caafimaadu Biiro
Migaq: [[PERSON:Calima Qumar Aadam]]
Umri: [[AGE:34]] sanat
Ayro: [[DATE_TIME:12/03/2024]]
Magaala: [[LOCATION:Samara]], [[LOCATION:Logiya]]
Telefoon: [[PHONE_NUMBER:0914 77 21 05]]
Kaarih lowo: [[ID_NUMBER:SMR-HC-10452]]
Baxa: [[PERSON:Yaasin]], [[AGE:11]] alsa, tallaqa (vaccine) BCG.""",
    """LETTER OF EMPLOYMENT VERIFICATION. To whom it may concern: This letter confirms that [[PERSON:Olumide Adeyemi]] has been employed by First Atlantic Bank Plc as a Relationship Manager since [[DATE_TIME:2 May 2019]]. His staff number is [[ID_NUMBER:FAB/LAG/06271]] and his BVN [[ID_NUMBER:22184570913]]. He resides at [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Signed, Head of HR.""",
    """BUS TICKET REFUND REQUEST. Passenger: [[PERSON:Selamawit Bekele]]. Travel: Sky Bus, [[LOCATION:Addis Ababa]] to [[LOCATION:Bahir Dar]], departure [[DATE_TIME:18 Jan 2024, 05:30]], seat 14. Ticket no. SKY-884120. Reason: illness (doctor's note attached). Refund to telebirr [[PHONE_NUMBER:0912 004 581]]. ID presented: kebele id [[ID_NUMBER:AA/BL/03/22871]].""",
    """SCHOOL ENROLMENT FORM
Student: [[PERSON:Aroha Ngata-Smith]]   DOB: [[DATE_TIME:09/10/2015]]   Year level: 4
NSN: [[ID_NUMBER:148 207 335]]
Parent/Caregiver 1: [[PERSON:Wiremu Ngata]], [[PHONE_NUMBER:027 551 0832]]
Parent/Caregiver 2: [[PERSON:Claire Smith]], [[EMAIL_ADDRESS:claire.smith.akl@xtra.co.nz]]
Home address: [[ADDRESS:41 Te Atatu Road]], [[LOCATION:Te Atatū South]], [[LOCATION:Auckland]] [[ZIP_CODE:0610]]
Religion: [[NRP:Presbyterian]]""",
    """NOTICE TO VACATE. To: [[PERSON:Darnell Hughes]], [[ADDRESS:718 Cedar Ave, Apt 3R]], [[LOCATION:Camden]], [[LOCATION:NJ]] [[ZIP_CODE:08104]]. You are hereby notified that your month-to-month tenancy will terminate on [[DATE_TIME:August 31, 2024]]. Landlord: [[PERSON:Rosa Esposito]], [[PHONE_NUMBER:856-447-2019]].""",
    """INCIDENT REPORT - Kenyatta National Hospital. On [[DATE_TIME:23/02/2024 at 21:15]], patient [[PERSON:Wanjiku Kamau]] (IP no. [[ID_NUMBER:KNH-1187430]], national ID [[ID_NUMBER:28841907]]) fell in Ward 7C. Witness: nurse [[PERSON:Otieno]]. Next of kin [[PERSON:Peter Kamau]] was informed by phone ([[PHONE_NUMBER:0722 418 903]]).""",
    """GRANT AGREEMENT. The Kafa Forest Coffee Trust awards 85,000 birr to [[PERSON:Elfinesh Woldemichael]] (TIN [[ID_NUMBER:0048817724]]) for a solar coffee drier at her farm near [[LOCATION:Bonga]], [[LOCATION:Kafa Zone]]. First disbursement: [[DATE_TIME:1 March 2024]]. Email: [[EMAIL_ADDRESS:elfinesh.wm@yahoo.com]].""",
    """VEHICLE INSURANCE RENEWAL - Singapore. Insured: [[PERSON:Tan Wei Ming]], NRIC [[ID_NUMBER:S8834102C]], [[ADDRESS:Blk 412 Ang Mo Kio Avenue 10, #08-1123]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]]. Vehicle no. [[ID_NUMBER:SKR4471E]]. Renewal date: [[DATE_TIME:12 June 2024]]. Mobile: [[PHONE_NUMBER:9183 4420]].""",
    """CONSENT FORM - COVID-19 BOOSTER. I, [[PERSON:Gurpreet Kaur Sandhu]], born [[DATE_TIME:14 Feb 1958]], NHS number [[ID_NUMBER:943 476 5919]], consent to receive the booster at Southall Health Centre on [[DATE_TIME:10/10/2023]]. GP: [[PERSON:Dr. Imran Qureshi]]. Signature: G. K. Sandhu""",
    """COMPLAINT LETTER. Dear Sir/Madam, on [[DATE_TIME:5 March]] I, [[PERSON:Wendell Baptiste]], travelled on the Greyhound service from [[LOCATION:Atlanta]] to [[LOCATION:Savannah]]. My suitcase did not arrive. I can be reached at [[ADDRESS:3310 Peachtree Rd NE, Apt 1207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30326]] or [[PHONE_NUMBER:404-882-1935]]. Baggage tag: GH-77-304118.""",
    """VOLUNTEER APPLICATION - Red Cross Djibouti. Name: [[PERSON:Hawa Daher Robleh]]. Date of birth: [[DATE_TIME:02/08/1996]]. Nationality: [[NRP:Djiboutian]]. Address: [[LOCATION:Quartier 7]], [[LOCATION:Djibouti]]. Phone: [[PHONE_NUMBER:+253 77 10 48 62]]. Languages: Afar, Somali, French, English. Passport: [[ID_NUMBER:DJ0418377]].""",
    """RENTAL DEPOSIT DISPUTE - Tenancy Tribunal. Applicant: [[PERSON:Sophie Marchetti]]. Respondent: [[PERSON:Graham Ng]]. Premises: [[ADDRESS:Flat 2, 14 Cuba Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]. The applicant seeks return of her $1,800 bond, lodged on [[DATE_TIME:15 March 2022]]. Hearing: [[DATE_TIME:9 May 2024]].""",
    # --- Nemotron-PII-like ---
    """{"customer": {"id": "C-448120", "full_name": "[[PERSON:Abebech Gobena]]", "phone": "[[PHONE_NUMBER:+251-911-884-230]]", "email": "[[EMAIL_ADDRESS:abebech.g@gmail.com]]", "dob": "[[DATE_TIME:1990-07-02]]"}, "booking": {"ref": "SLM-7741092", "route": "ADD-DDW", "seat": "22A", "fare_etb": 1150}}""",
    """2024-03-11T08:42:17.311Z INFO auth.login user=[[USERNAME:rkapoor]] email=[[EMAIL_ADDRESS:rahul.kapoor@fintrek.in]] src=[[IP_ADDRESS:49.36.118.204]] ua="okhttp/4.11.0" session=7f3c9a1e result=SUCCESS""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, phone, postcode) VALUES ('[[ID_NUMBER:P-0091837]]', '[[PERSON:Eilidh]]', '[[PERSON:MacLeod]]', '[[DATE_TIME:1976-12-19]]', '[[PHONE_NUMBER:01463 702 519]]', '[[ZIP_CODE:IV2 3UJ]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:4010232188]]"/></identifier>
  <name><family value="[[PERSON:Okonjo]]"/><given value="[[PERSON:Chiamaka]]"/></name>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1988-05-30]]"/>
  <address><line value="[[ADDRESS:71 Abbey Road]]"/><city value="[[LOCATION:Leeds]]"/><postalCode value="[[ZIP_CODE:LS5 3HP]]"/></address>
</Patient>""",
    """# staff.yaml
- name: [[PERSON:Yared Mekonnen]]
  staff_id: [[ID_NUMBER:EMP-20931]]
  role: depot manager
  phone: "[[PHONE_NUMBER:0930 11 42 87]]"
  home_city: [[LOCATION:Adama]]
- name: [[PERSON:Liya Assefa]]
  staff_id: [[ID_NUMBER:EMP-21077]]
  role: ticketing
  phone: "[[PHONE_NUMBER:0977 03 61 25]]"
  home_city: [[LOCATION:Dire Dawa]]""",
    """# .env.local (do not commit)
APP_ENV=staging
ADMIN_NAME="[[PERSON:Connor Whitlock]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:connor.whitlock@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+61 412 558 903]]
DB_HOST=10.0.4.12
DB_PASSWORD=Tr0ub4dor&3
STRIPE_KEY=sk_test_51Hx0000placeholder""",
    """POST /api/v2/vaccinations HTTP/1.1
Host: immunize.health.example
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:197.156.88.21]]

{"child_name": "[[PERSON:Nahom Girmay]]", "dob": "[[DATE_TIME:2023-01-14]]", "mother": "[[PERSON:Senait Haile]]", "mother_phone": "[[PHONE_NUMBER:+291 7 118 204]]", "vaccine": "PCV13", "dose": 3, "site": "Mendefera HC"}""",
    """mutation {
  updateProfile(input: {
    userId: "u_88213"
    displayName: "[[PERSON:Marisol Quintero]]"
    handle: "[[USERNAME:mari.q.cooks]]"
    email: "[[EMAIL_ADDRESS:marisol.quintero@hotmail.com]]"
    birthday: "[[DATE_TIME:03-22]]"
    website: "[[URL:https://mariqcooks.blog]]"
  }) { ok }
}""",
    """def test_mask_customer_record():
    record = {
        "name": "[[PERSON:Priya Nair]]",
        "aadhaar": "[[ID_NUMBER:7362 0418 8962]]",
        "card": "[[CREDIT_CARD:4012 8806 1733 5420]]",
        "phone": "[[PHONE_NUMBER:+91 98450 11327]]",
    }
    masked = mask(record)
    assert masked["name"] != record["name"]""",
    """@Test
void rejectsExpiredCard() {
    Customer c = new Customer("[[PERSON:Dimitri]]", "[[PERSON:Papadakis]]", "[[EMAIL_ADDRESS:d.papadakis@otenet.gr]]");
    c.setCard("[[CREDIT_CARD:5587142700362197]]", "01/22", "331");
    c.setIban("[[IBAN_CODE:CH4204835051182831007]]");
    assertThrows(CardExpiredException.class, () -> billing.charge(c, 49.90));
}""",
    """TICKET #HD-58811 | Priority: P2 | Opened: 2024-04-02
Reporter: [[PERSON:Thandeka Zulu]] <[[EMAIL_ADDRESS:thandeka.zulu@umgeni.co.za]]>
Subject: Cannot access payroll portal
Details: User [[USERNAME:tzulu]] locked out after password reset. Last good login from [[IP_ADDRESS:105.224.61.9]]. Employee no. [[ID_NUMBER:UW-004412]]. Please call her on [[PHONE_NUMBER:071 448 2036]].""",
    """From: [[PERSON:Declan Murphy]] <[[EMAIL_ADDRESS:declan.murphy@eircom.net]]>
To: support@irishrail.ie
Date: Tue, 9 Apr 2024 10:14:52 +0100
Received: from mail-pf1 ([[IP_ADDRESS:86.45.201.117]])
Subject: Refund for booking IR-2249817

Hi, I was charged twice for my Cork-Dublin ticket on [[DATE_TIME:6 April]]. Card used: [[CREDIT_CARD:4556 7301 4428 9172]]. Thanks, Declan""",
    """CALL RECORD
call_id: 7713-A
agent: [[PERSON:Marta]] (ext. 204)
caller_name: [[PERSON:Osman Mohamed Farah]]
caller_number: [[PHONE_NUMBER:+254 722 904 118]]
start: 2024-02-19 14:02:11  duration: 00:06:41
reason: lost M-Pesa transfer; caller gave ID [[ID_NUMBER:31204778]] and DOB [[DATE_TIME:4/9/1983]]
outcome: escalated""",
    """[2024-01-30 22:11:04] WARN payment.gateway: decline code=05 card=[[CREDIT_CARD:6011-0049-2271-8354]] holder="[[PERSON:KIM SOO-AH]]" ip=[[IP_ADDRESS:211.36.142.88]] merchant=GAMEVAULT amount=29.99 USD""",
    """SELECT u.username, u.email, u.last_login FROM users u WHERE u.id = 4471;
-- result:
-- [[USERNAME:blaze_runner_nz]] | [[EMAIL_ADDRESS:tama.rangi@gmail.com]] | [[DATE_TIME:2024-03-18 21:40:09]]""",
    """{
  "resourceType": "Immunization",
  "status": "completed",
  "vaccineCode": {"text": "Pentavalent dose 2"},
  "patient": {"display": "[[PERSON:Aisha Mohammed Ali]]", "identifier": {"value": "[[ID_NUMBER:SEM-CH-22816]]"}},
  "occurrenceDateTime": "[[DATE_TIME:2024-02-07T10:20:00+03:00]]",
  "location": {"display": "Semera Health Center"},
  "performer": [{"actor": {"display": "[[PERSON:Nurse Kedir Hussen]]"}}]
}""",
    """form_submission_id=99812&first_name=[[PERSON:Olivia]]&last_name=[[PERSON:Brightwater]]&email=[[EMAIL_ADDRESS:olivia.bw%40icloud.com]]&phone=[[PHONE_NUMBER:%2B1-604-555-0187]]&postal=[[ZIP_CODE:V6K%202G8]]&consent=yes""",
    """shipments:
  - awb: ET-071-44812990
    shipper: Yirgacheffe Natural Coffee PLC
    contact_person: [[PERSON:Kidist Alemayehu]]
    contact_mobile: "[[PHONE_NUMBER:+251 916 55 20 14]]"
    consignee_contact: [[PERSON:Hans-Peter Vogel]]
    consignee_email: [[EMAIL_ADDRESS:hp.vogel@web.de]]
    weight_kg: 1200""",
    """curl -X PUT https://api.fleetbook.io/v1/drivers/884 -H "Authorization: Bearer eyJhbGciOi..." -d '{"name":"[[PERSON:Solomon Berhane]]","licence":"[[ID_NUMBER:DL-ER-0044718]]","mobile":"[[PHONE_NUMBER:+291 7 220 419]]","plate":"[[ID_NUMBER:ER 2-31487]]"}'""",
    """kern.log: Mar 14 03:22:51 gw01 sshd[4412]: Failed password for invalid user admin from 203.0.113.77 port 55102 ssh2
kern.log: Mar 14 03:23:05 gw01 sshd[4419]: Accepted publickey for [[USERNAME:mwangi.j]] from [[IP_ADDRESS:41.90.66.213]] port 40522 ssh2""",
    """{"event":"rsvp","attendee":{"name":"[[PERSON:fiifi ampofo]]","email":"[[EMAIL_ADDRESS:fiifi.a@yahoo.co.uk]]","dietary":"halal","religion":"[[NRP:Muslim]]"},"event_id":"EVT-2291","created":"2024-04-11T09:00:00Z"}""",
    """-- migration seed (test data)
INSERT INTO cardholders VALUES (1, '[[PERSON:Hiroshi Tanaka]]', '[[CREDIT_CARD:3530 1144 7296 0188]]', '12/26', '[[ADDRESS:4-2-8 Shibakoen, Apt 1102]]', '[[LOCATION:Tokyo]]', '[[ZIP_CODE:105-0011]]');""",
    """<booking>
  <ref>ABAY-884721</ref>
  <passenger>
    <name>[[PERSON:ሀና ተስፋዬ]]</name>
    <phone>[[PHONE_NUMBER:0913 56 80 12]]</phone>
    <id_type>መታወቂያ</id_type><id_no>[[ID_NUMBER:AA/AR/07/10934]]</id_no>
  </passenger>
  <route>አዲስ አበባ - ጎንደር</route>
  <travel_date>[[DATE_TIME:2016-06-14]]</travel_date>
</booking>""",
    """{"የአባል_ስም": "[[PERSON:ከበደ ሞላ]]", "የአባልነት_ቁጥር": "[[ID_NUMBER:OCFCU-JM-5521]]", "ቀበሌ": "[[LOCATION:ጊምቦ]]", "ስልክ": "[[PHONE_NUMBER:0917 22 40 63]]", "የቡና_መጠን_ኪግ": 540, "ሎት": "LIMU-G2-0441"}""",
    """ticket_id: 30418
channel: whatsapp
customer: [[PERSON:Qumar Ismaaqiil]]
phone: [[PHONE_NUMBER:+253 77 62 19 40]]
message: "Nagaa. Yi sanduuqa Dikhil-Djibouti baaboorih ma yemeete. Ref SH-DJ-4471. Ayro [[DATE_TIME:14/04/2024]] rubeh."
status: open""",
    """class TestIbanValidator(unittest.TestCase):
    def test_accepts_uae_iban(self):
        owner = "[[PERSON:Mariam Al Mansoori]]"
        self.assertTrue(validate("[[IBAN_CODE:AE43 0260 0101 5478 2019 331]]"))
        self.assertTrue(validate("[[IBAN_CODE:SA03 8000 0000 6080 1016 7519]]"))""",
    """Apr 12 19:02:44 web-3 nginx: [[IP_ADDRESS:2600:1700:5a80:3e10:8d4:c2ff:fe11:9a0b]] - [[USERNAME:jdoe_1987]] [12/Apr/2024:19:02:44 -0500] "GET /account/settings HTTP/2.0" 200 5122 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" rt=0.044""",
    """HR export, row 17: emp_no=[[ID_NUMBER:44128]]; name=[[PERSON:Bilal Chaudhry]]; cnic=[[ID_NUMBER:35202-4471883-7]]; iban=[[IBAN_CODE:PK36SCBL0000001123456702]]; city=[[LOCATION:Lahore]]; joined=[[DATE_TIME:2021-08-16]]; grade=M2""",
    """{"level":"error","ts":"2024-04-01T07:15:09Z","msg":"sms delivery failed","to":"[[PHONE_NUMBER:+64 27 811 4402]]","recipient":"[[PERSON:Ngaire Te Huia]]","template":"appointment_reminder","appt":"[[DATE_TIME:2024-04-03 09:45]]","clinic":"Rotorua Family Health"}""",
    """public static final Applicant SAMPLE = Applicant.builder()
    .name("[[PERSON:Oluwaseun Bakare]]")
    .nin("[[ID_NUMBER:70123658214]]")
    .address("[[ADDRESS:22 Awolowo Road]]", "[[LOCATION:Ikoyi]]", "[[LOCATION:Lagos]]")
    .dateOfBirth(LocalDate.of([[DATE_TIME:1992, 6, 11]]))
    .build();""",
]

GEN = [
    """[[PERSON:Tesfaye Alemu]] delivered 412 kg of red cherry to the Aricha washing station on [[DATE_TIME:14 November 2023]] and asked for his payment to go to the telebirr wallet on [[PHONE_NUMBER:+251 912 448 301]].""",
    """The clinic rang [[TITLE:mrs]] [[PERSON:okafor]] to remind her that [[PERSON:chidi]], who is [[AGE:4]], is due his second measles dose on [[DATE_TIME:03/07/2024]].""",
    """Can you move my Selam Bus seat from the 18th to the 21st? The booking is under [[PERSON:Hamid Ali Dawud]] and my phone is [[PHONE_NUMBER:0921 66 04 37]].""",
    """My landlord, [[PERSON:Trevor Blanchard]], still hasn't returned the deposit for [[ADDRESS:Flat 6, 41 Hilltop Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S6 2PQ]], even though I moved out on [[DATE_TIME:31 January]].""",
    """Hi, this is [[PERSON:Ayesha Siddiqui]] from [[ADDRESS:flat 12B]]; my NHS number is [[ID_NUMBER:485 777 3457]] and I'd like to book a flu jab for my mum too.""",
    """Please update the delivery address for order 88-41720 to [[ADDRESS:1187 Kingsway]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5V 3C9]]; the parcel is for [[PERSON:Wen Li]].""",
    """After thirty years at the mill, [[PERSON:Bernard McAllister]] retired on [[DATE_TIME:15 March 2024]], the day before his [[AGE:65]]th birthday.""",
    """I am writing on behalf of my father, [[PERSON:Gebremedhin Kahsay]], aged [[AGE:78]], who missed his cataract appointment at Ayder Hospital in [[LOCATION:Mekelle]].""",
    """The scholarship went to [[PERSON:lerato mokoena]], a first-year engineering student whose student number is [[ID_NUMBER:u24018873]].""",
    """Dispatch confirmed that the truck carrying our 320 bags left [[LOCATION:Dilla]] this morning with [[PERSON:Fikadu]] at the wheel; you can call him on [[PHONE_NUMBER:0946 70 21 83]].""",
    """Hey, it's [[PERSON:Jess]]. The cleaner is coming Thursday, the code for the key safe is 4471, and the address is [[ADDRESS:9 Wattle Grove]], [[LOCATION:Ballarat]].""",
    """[[PERSON:Dr. Mehmet Yıldız]] will see [[PERSON:Sarah Goldberg]] for her follow-up on [[DATE_TIME:Tuesday 9 April at 2:15 pm]].""",
    """My son [[PERSON:Liam]] ([[AGE:12]]) was charged $59.99 on my card ending 0638 for in-game gems; his account is [[USERNAME:liamthelegend09]].""",
    """Let [[PERSON:Nomvula]]'s teacher know she will be absent from [[DATE_TIME:22 to 26 April]] for her grandmother's funeral in [[LOCATION:Mthatha]].""",
    """Please send the signed lease to [[EMAIL_ADDRESS:kwame.osei.properties@gmail.com]]; the flat is at [[ADDRESS:Apartment 3C, 14 Liberation Road]], [[LOCATION:Accra]].""",
    """According to the intake sheet, [[PERSON:Martina Schultz-Ortega]] was born on [[DATE_TIME:7/19/1961]], lives in [[LOCATION:Tucson]], and her Medicare ID is [[ID_NUMBER:3GK7-WN2-PT84]].""",
    """Our cooperative chairman, [[TITLE:Ato]] [[PERSON:Bekele Dube]], will sign the export contract in [[LOCATION:Jimma]] on [[DATE_TIME:2 May]]; his mobile is [[PHONE_NUMBER:0917 40 58 22]].""",
    """The parcel was left with a neighbour, [[PERSON:Mrs. Pillay]], at [[ADDRESS:27 Jacaranda Avenue]], [[LOCATION:Durban North]], [[ZIP_CODE:4051]].""",
    """I, [[PERSON:Rajesh Kumar Iyer]], PAN [[ID_NUMBER:AJKPI4471M]], authorise the bank to debit my account [[ID_NUMBER:50100284471933]] for the SIP.""",
    """Reminder for [[PERSON:amanuel]]: the Yellow fever vaccine round at [[LOCATION:Gambella]] health post starts on [[DATE_TIME:10 June]], and you're on the list with card no. [[ID_NUMBER:GMB-YF-00318]].""",
    """The ticket was booked by [[PERSON:Siddharth Menon]] for his wife, [[PERSON:Kavya]], who is travelling from [[LOCATION:Kochi]] to [[LOCATION:Dubai]] on [[DATE_TIME:5 June 2024]].""",
    """Can someone help me? My Steam account [[USERNAME:xX_Phantom_Xx]] got hacked and the recovery email was changed from [[EMAIL_ADDRESS:ethan.brooks2006@gmail.com]].""",
    """When [[PERSON:Fatuma]] turned [[AGE:18]] on [[DATE_TIME:12 August]], she registered to vote at the [[LOCATION:Mombasa]] county office with ID [[ID_NUMBER:38817204]].""",
    """Payment for the ECX coffee lot was transferred to [[PERSON:Tigist Worku]]'s account [[ID_NUMBER:1000 3387 4412 0]] on [[DATE_TIME:Hamle 3, 2016]].""",
    """Hi [[PERSON:Mohammed]], your Uber receipt: pick-up at [[ADDRESS:220 George Street]], [[LOCATION:Sydney]] and drop-off at the airport, charged to Visa •••• 4025.""",
    """The court appointed [[PERSON:Ms. Nkechi Eze]] as guardian of [[PERSON:Chinonso]], [[AGE:9]], until his father, [[PERSON:Ifeanyi Eze]], returns from [[LOCATION:Houston]].""",
    """Happy birthday to our favourite barista, [[PERSON:Zoë Hartmann]], who turns [[AGE:30]] today!""",
    """The pharmacist flagged that [[PERSON:Eleanor Whitby]]'s warfarin prescription clashes with the antibiotic prescribed by [[PERSON:Dr. Fairbairn]] on [[DATE_TIME:18/03/2024]].""",
    """Jobseeker [[PERSON:Darius Farahani]] ([[EMAIL_ADDRESS:dfarahani@proton.me]], [[PHONE_NUMBER:+44 7911 203 558]]) applied for the warehouse role in [[LOCATION:Leicester]].""",
    """Could the freight desk confirm that container space for [[PERSON:Abdirahman Yusuf]]'s 40 bags of coffee is booked on the [[DATE_TIME:29 March]] train from [[LOCATION:Indode]] to [[LOCATION:Nagad]]?""",
    """The new tenant, [[PERSON:Oyelaran]], paid two months upfront for [[ADDRESS:Flat 4, 11 Bode Thomas Street]], [[LOCATION:Surulere]].""",
    """Please call me back on [[PHONE_NUMBER:(503) 778-2041]] about the overcharge; my name is [[PERSON:Teresa Vasquez-Lund]] and my account number is [[ID_NUMBER:440178221]].""",
    """ዛሬ ጠዋት [[PERSON:መሠረት ታደሰ]] ልጇን [[PERSON:ሩት]]ን ለፖሊዮ ክትባት ወደ ጤና ጣቢያ ወሰደቻት፤ ሩት [[AGE:9]] ወር ሆኗታል።""",
    """[[TITLE:ወ/ሮ]] [[PERSON:አልማዝ ገብረ ሥላሴ]] የአውቶቡስ ትኬቷን ለ[[DATE_TIME:መጋቢት 20]] ቀይራለች፤ ስልኳ [[PHONE_NUMBER:0911 52 83 60]] ነው።""",
    """[[PERSON:ዮሐንስ ገብሩ]] የ[[AGE:42]] ዓመት ቡና አምራች ሲሆን የሚኖረው [[LOCATION:ይርጋጨፌ]] ነው።""",
    """የደንበኛው ስም [[PERSON:ሰላም ታደለ]] ሲሆን የኢሜል አድራሻዋ [[EMAIL_ADDRESS:selam.tadele@gmail.com]] ነው፤ ዕቃው [[LOCATION:ሐዋሳ]] ይደርሳል።""",
    """Yi migaq [[PERSON:Aadam Cassan]] kinni. Yi telefoon [[PHONE_NUMBER:0914 20 63 71]] kinni, [[LOCATION:Asaita]] magaalal anu.""",
    """[[PERSON:Faaduma Qali]] baxa [[PERSON:Ismaaqiil]] [[DATE_TIME:3/02/2024]] ayro tallaqa (vaccine) yeexege, [[LOCATION:Dubti]] caafimaadu.""",
    """Bus tikeet: [[PERSON:Yaasin Hamadu]], [[LOCATION:Samara]] - [[LOCATION:Addis Ababa]], ayro [[DATE_TIME:22/05/2024]], kursi 17.""",
    """[[PERSON:Aiyana Runningwater]] moved from [[LOCATION:Rapid City]] to [[ADDRESS:402 E 3rd Ave, Apt 5]], [[LOCATION:Anchorage]], [[LOCATION:AK]] [[ZIP_CODE:99501]] last month.""",
    """Our volunteer coordinator, [[PERSON:Prakash]], asked everyone to send emergency contacts to [[EMAIL_ADDRESS:prakash.volunteers@gmail.com]] before [[DATE_TIME:Friday the 12th]].""",
    """The loan officer noted that [[PERSON:Wanjiru Muthoni]], [[AGE:29]], runs a tea kiosk and lists her KRA PIN as [[ID_NUMBER:A004871293K]].""",
    """[[PERSON:kieran]] said his new number is [[PHONE_NUMBER:083 114 6072]] and he's living with his sister in [[LOCATION:Galway]] now.""",
    """The vet records list the owner as [[PERSON:Harriet Ogunleye]], phone [[PHONE_NUMBER:0161 496 0732]]; the dog, Biscuit, is due his booster.""",
    """We're sorry, [[PERSON:Mr. Castellanos]]: the SIM swap on [[PHONE_NUMBER:+1 (787) 555-0143]] could not be completed without your passport number.""",
    """At the school gate, [[PERSON:Ms Abena Owusu]] handed [[PERSON:Kojo]]'s report card to his grandmother.""",
    """In the insurance call, the caller identified himself as [[PERSON:Vikram Sethi]], gave his date of birth as [[DATE_TIME:the 4th of October 1979]] and his policy number as HLT-4471-09.""",
    """Greetings from [[LOCATION:Bahir Dar]]! [[PERSON:Mekdes]] and I arrive in [[LOCATION:Lalibela]] on [[DATE_TIME:Sunday 14 January]] on the Sky Bus.""",
    """The HR file shows that [[PERSON:Lachlan O'Reilly]] started as a casual on [[DATE_TIME:1/2/2021]], his TFN is [[ID_NUMBER:452 819 305]] and his super fund is AustralianSuper.""",
    """Rental application from [[PERSON:Hina Matsumoto]] and [[PERSON:Callum Reid]] for [[ADDRESS:7/22 Oxford Street]], [[LOCATION:Paddington]] [[LOCATION:NSW]] [[ZIP_CODE:2021]].""",
    """Thanks to [[PERSON:Nana Yaa Agyeman]], the charity raised £3,400 at the Peckham fun run; donations can still go to [[IBAN_CODE:GB78 LOYD 3096 3341 1882 07]].""",
    """The suspect's social media profile, [[URL:https://www.instagram.com/jayden.k.official]], was registered with the phone [[PHONE_NUMBER:0412 667 091]].""",
    """The Canada Revenue Agency wrote to [[PERSON:Amelie Gagnon]] at [[ADDRESS:315 rue Saint-Paul Ouest]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2Y 2A7]] about her SIN [[ID_NUMBER:582 901 369]].""",
    """Lunch order for the team: [[PERSON:sam]] wants the falafel, [[PERSON:priyanka]] the paneer wrap and [[PERSON:tom]] whatever is cheapest.""",
    """The freight forwarder asked [[PERSON:Daniel Haile]] to email scans of his Ethiopian passport, [[ID_NUMBER:EP6618237]], to the customs broker before [[DATE_TIME:16 March]].""",
    """On [[DATE_TIME:Feb. 8]], [[PERSON:Darnell]] returned the faulty headphones to the Best Buy at Westfield and was refunded to his Mastercard.""",
    """My daughter [[PERSON:Amira]] is [[AGE:15]] and wants to open a youth savings account; I'm [[PERSON:Khalid Rahman]], customer no. [[ID_NUMBER:CU-0088141]].""",
    """The mobile team in [[LOCATION:Afambo]] registered [[PERSON:Kadiija Aadam]] ([[AGE:23]]), who is pregnant, for her tetanus shots on [[DATE_TIME:2 and 30 April]].""",
    """I can't log in to MyGov; my username is [[USERNAME:tui.fa'amoe]] and I last signed in on [[DATE_TIME:28 March at 8:15 pm]] from my phone.""",
    """This payslip belongs to [[PERSON:Nikolai Petrov]], employee [[ID_NUMBER:004127]], for the period ending 31 March; net pay £2,184.60.""",
    """The bride's family, the [[PERSON:Chaudharys]], booked the Grand Hall for [[DATE_TIME:the evening of 23 November]].""",
    """Send the eye test results to [[PERSON:Dr. Anand]] and copy in [[PERSON:Rosalind]] at [[EMAIL_ADDRESS:rosalind.j.baker@nhs.net]].""",
    """My flatmate [[PERSON:Jun-ho]] locked himself out of [[ADDRESS:Unit 804, 1 Queens Road Central]] and the concierge wants his tenant number, [[ID_NUMBER:QRC-804-02]].""",
    """[[PERSON:Mrs Adeyemi]] has asked that the school bus drop [[PERSON:Tobi]] at [[ADDRESS:18 Allen Avenue]] instead of the main gate.""",
    """Last known address for [[PERSON:Jeremiah Thibodeaux]]: [[ADDRESS:Rural Route 2, Box 114]], [[LOCATION:Opelousas]], [[LOCATION:Louisiana]].""",
    """The farmer registration lists [[PERSON:Wako Guyo]], [[AGE:51]], of [[LOCATION:Bule Hora]], with 2.5 hectares of Guji coffee and phone [[PHONE_NUMBER:0910 88 47 02]].""",
    """The booking for seats 3 and 4 on the Nairobi-Kampala Easy Coach is under [[PERSON:Achieng Odhiambo]], who will pay via M-Pesa from [[PHONE_NUMBER:0712 006 431]].""",
    """Thank you for choosing Qatar Airways, [[PERSON:Mr. Tewodros Assefa]]; your passport [[ID_NUMBER:EP4471093]] expires before your return on [[DATE_TIME:3 September]].""",
    """Apparently [[PERSON:mbali]]'s brother [[PERSON:sizwe]] is the one who fixed the router at the clinic in [[LOCATION:Pietermaritzburg]].""",
    """My US passport [[US_PASSPORT:548219034]] was stolen in [[LOCATION:Lisbon]] on [[DATE_TIME:April 2]]; I'm [[PERSON:Gregory Lam]], born [[DATE_TIME:11/30/1970]].""",
    """The California licence on file for [[PERSON:Luisa Mendoza]] is [[US_DRIVER_LICENSE:D4821937]], and her SSN is [[US_SSN:529-41-7706]].""",
    """The patient, a [[AGE:67]]-year-old [[NRP:Catholic]] woman, asked that [[TITLE:Father]] [[PERSON:Tomás]] be called before her surgery on [[DATE_TIME:Monday 6 May]].""",
    """Volunteers met [[PERSON:Chen Jia Hui]] at [[ADDRESS:Blk 231 Bishan Street 22, #05-14]], [[LOCATION:Singapore]] [[ZIP_CODE:570231]] to deliver her food hamper.""",
    """Any feedback on the Ethiopian Airlines cargo booking should go to [[PERSON:Lulit]], not to me; her direct line is [[PHONE_NUMBER:+251 115 17 89 04]].""",
    """The telecom shop wrote the wrong number on [[PERSON:Patrick Mwangi]]'s contract: it should be [[PHONE_NUMBER:0733 209 881]], not the one ending 882.""",
    """Claim lodged by [[PERSON:Tane Parata]], whose car was damaged at [[ADDRESS:88 Victoria Street]], [[LOCATION:Christchurch]] on [[DATE_TIME:the night of 2 March]].""",
    """The wedding photos were shared from [[PERSON:Leah]]'s profile, [[URL:facebook.com/leah.nakamura.92]], without her permission.""",
    """The new pharmacy app lets [[PERSON:Gladys Onyango]] reorder her insulin; her patient number at Aga Khan is [[ID_NUMBER:AKU-0419873]].""",
    """It was [[PERSON:Sebastián]] who left the review, not [[PERSON:Camila Restrepo]].""",
    """Ship the replacement controller to [[PERSON:Ruairí Ó Dónaill]] at [[ADDRESS:Cnoc na Rí, 12 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Co. Galway]] [[ZIP_CODE:H91 T2K7]]; his gamertag is [[USERNAME:RuaGalway]].""",
]

TABLE = [
    # CSV (14)
    """member_no,name,kebele,phone,cherry_kg
[[ID_NUMBER:YC-0412]],[[PERSON:Tadesse Bekele]],[[LOCATION:Koke]],[[PHONE_NUMBER:0916 44 21 08]],318
[[ID_NUMBER:YC-0413]],[[PERSON:Almaz Girma]],[[LOCATION:Adado]],[[PHONE_NUMBER:0913 70 55 92]],204
[[ID_NUMBER:YC-0419]],[[PERSON:Dawit Hailu]],[[LOCATION:Koke]],,412""",
    """"Patient","DOB","Vaccine","Dose date","Clinic"
"[[PERSON:Olivia Nguyen]]","[[DATE_TIME:2022-09-14]]","MMR","[[DATE_TIME:2024-03-02]]","Footscray"
"[[PERSON:Jack Papadopoulos]]","[[DATE_TIME:2021-12-01]]","DTPa","[[DATE_TIME:2024-03-02]]","Footscray"
"[[PERSON:Mia Tupou]]","[[DATE_TIME:2023-02-27]]","MenB","[[DATE_TIME:2024-03-04]]","Sunshine\"""",
    """name;email;city;plan;monthly_fee
[[PERSON:Lukas Brenner]];[[EMAIL_ADDRESS:lukas.brenner@gmx.de]];[[LOCATION:Graz]];Premium;19,99
[[PERSON:Anneke de Vries]];[[EMAIL_ADDRESS:anneke.dv@ziggo.nl]];[[LOCATION:Utrecht]];Basic;9,99
[[PERSON:Sean Kavanagh]];[[EMAIL_ADDRESS:skav@eircom.net]];[[LOCATION:Limerick]];Premium;19,99""",
    """[[PERSON:Hiwot Mengistu]],[[PHONE_NUMBER:0911 20 48 77]],ADD-BJR,[[DATE_TIME:2024-02-11]],seat 5
[[PERSON:Bereket Yohannes]],[[PHONE_NUMBER:0924 11 03 69]],ADD-BJR,[[DATE_TIME:2024-02-11]],seat 6
[[PERSON:Rahel Tsegaye]],[[PHONE_NUMBER:0930 55 71 20]],ADD-GDR,[[DATE_TIME:2024-02-12]],seat 14""",
    """id,first,last,ssn,state,balance
1,[[PERSON:Kendra]],[[PERSON:Holloway]],[[US_SSN:471-22-9084]],[[LOCATION:OH]],1204.55
2,[[PERSON:Miguel]],[[PERSON:Arroyo]],[[US_SSN:602-81-4437]],[[LOCATION:TX]],88.10
3,[[PERSON:Beth]],[[PERSON:Lindqvist]],[[US_SSN:318-47-2251]],[[LOCATION:MN]],0.00""",
    """"Employee","Staff No","Dept","Start date","Bank account"
"[[PERSON:Naledi Khumalo]]","[[ID_NUMBER:ZA-4471]]","Finance","[[DATE_TIME:2019-06-03]]","[[ID_NUMBER:62841199037]]"
"[[PERSON:Pieter Botha]]","[[ID_NUMBER:ZA-4502]]","Ops","[[DATE_TIME:2021-01-11]]","[[ID_NUMBER:40772018854]]\"""",
    """sku,description,qty,unit_price,customer_email
SKU-44710,Ceramic pour-over,2,24.00,[[EMAIL_ADDRESS:jordan.ellis@gmail.com]]
SKU-44722,Yirgacheffe 250g,5,14.50,[[EMAIL_ADDRESS:m.okwu@yahoo.com]]
SKU-10038,Gooseneck kettle,1,59.00,[[EMAIL_ADDRESS:harper.quinn@outlook.com]]""",
    """ticket;passenger;passport;nationality;travel_date
ET-4471;[[PERSON:Hussein Abdullahi]];[[ID_NUMBER:EP3390418]];[[NRP:Ethiopian]];[[DATE_TIME:12/06/2024]]
ET-4472;[[PERSON:Amina Abdullahi]];[[ID_NUMBER:EP3390419]];[[NRP:Ethiopian]];[[DATE_TIME:12/06/2024]]
ET-4473;[[PERSON:Guled Robleh]];[[ID_NUMBER:DJ0077812]];[[NRP:Djiboutian]];[[DATE_TIME:12/06/2024]]""",
    """"cardholder","card_number","exp","cvv","zip"
"[[PERSON:ANGELA MORRIS]]","[[CREDIT_CARD:5301 2599 3307 4186]]","04/27","118","[[ZIP_CODE:30309]]"
"[[PERSON:TREVOR LIN]]","[[CREDIT_CARD:4716 2305 8891 4671]]","10/25","902","[[ZIP_CODE:94110]]\"""",
    """student_id,student,guardian,guardian_phone,grade
[[ID_NUMBER:ST-20871]],[[PERSON:aarav shah]],[[PERSON:nikhil shah]],[[PHONE_NUMBER:+91 98200 41177]],7
[[ID_NUMBER:ST-20872]],[[PERSON:diya menon]],[[PERSON:latha menon]],[[PHONE_NUMBER:+91 99400 88021]],7""",
    """ስም,ስልክ,ከተማ,ክትባት
[[PERSON:ሀብታሙ ዘውዴ]],[[PHONE_NUMBER:0912 33 40 18]],[[LOCATION:ደሴ]],ፖሊዮ
[[PERSON:ፍሬሕይወት ዓለሙ]],[[PHONE_NUMBER:0914 60 22 95]],[[LOCATION:ኮምቦልቻ]],ኩፍኝ""",
    """Order ID,Customer,Address,Postcode,Courier
ORD-558201,[[PERSON:Fiona Gallagher]],"[[ADDRESS:22 Elm Park Gardens]]",[[ZIP_CODE:SW10 9NY]],DPD
ORD-558202,[[PERSON:Imran Hussain]],"[[ADDRESS:Flat 9, 3 Canal Street]]",[[ZIP_CODE:M1 3HE]],Evri
ORD-558203,[[PERSON:Gwen Pritchard]],"[[ADDRESS:Ty Newydd, Heol y Bont]]",[[ZIP_CODE:SA31 1AB]],Royal Mail""",
    """driver,licence,truck_plate,route,departure
[[PERSON:Abdi Ibrahim]],[[ID_NUMBER:DD-118472]],[[ID_NUMBER:3-A33817]],Galafi-Djibouti,[[DATE_TIME:2024-03-05 04:00]]
[[PERSON:Mesfin Teshome]],[[ID_NUMBER:AA-207731]],[[ID_NUMBER:3-B10442]],Modjo-Djibouti,[[DATE_TIME:2024-03-05 05:30]]""",
    """username,ip,last_login,failed_attempts
[[USERNAME:ngozi.e]],[[IP_ADDRESS:102.176.44.21]],[[DATE_TIME:2024-04-09 07:12]],0
admin,10.0.0.5,2024-04-09 07:15,14
[[USERNAME:lkowalski]],[[IP_ADDRESS:83.24.119.207]],[[DATE_TIME:2024-04-08 22:48]],2""",
    # TSV (8)
    """name\tage\tward\tadmitted
[[PERSON:Joseph Kariuki]]\t[[AGE:61]]\tMedical 2\t[[DATE_TIME:04/03/2024]]
[[PERSON:Mercy Atieno]]\t[[AGE:34]]\tMaternity\t[[DATE_TIME:05/03/2024]]
Baby of [[PERSON:Atieno]]\t[[AGE:0]]\tNewborn\t[[DATE_TIME:05/03/2024]]""",
    """farmer_id\tname\tworeda\tplot_ha\tcertified
[[ID_NUMBER:GJ-88120]]\t[[PERSON:Dube Jarso]]\t[[LOCATION:Uraga]]\t1.2\tyes
[[ID_NUMBER:GJ-88121]]\t[[PERSON:Halake Boru]]\t[[LOCATION:Hambela Wamena]]\t0.8\tno
[[ID_NUMBER:GJ-88122]]\t[[PERSON:Elema Dida]]\t[[LOCATION:Uraga]]\t2.0\tyes""",
    """[[PERSON:Harrison Clarke]]\t[[EMAIL_ADDRESS:harrison.clarke@bigpond.com]]\t[[PHONE_NUMBER:0438 201 774]]\tGold
[[PERSON:Ruby Tran]]\t[[EMAIL_ADDRESS:rubytran88@gmail.com]]\t[[PHONE_NUMBER:0402 559 013]]\tSilver""",
    """account\towner\tiban\tcurrency
ACC-01\t[[PERSON:Floris Jansen]]\t[[IBAN_CODE:NL91ABNA0582217463]]\tEUR
ACC-02\t[[PERSON:Maeve Doherty]]\t[[IBAN_CODE:IE63AIBK93208617459203]]\tEUR
ACC-03\t[[PERSON:Sibusiso Ndlovu]]\t[[IBAN_CODE:BE91063041277676]]\tEUR""",
    """patient_no\tsurname\tgiven\tnhs_no\tpostcode
[[ID_NUMBER:RX-33018]]\t[[PERSON:Adebayo]]\t[[PERSON:Funmilayo]]\t[[ID_NUMBER:650 421 8730]]\t[[ZIP_CODE:SE15 4RA]]
[[ID_NUMBER:RX-33019]]\t[[PERSON:Kowalczyk]]\t[[PERSON:Tomasz]]\t\t[[ZIP_CODE:E17 6JJ]]""",
    """seat\tpassenger\tphone\tboarding
1A\t[[PERSON:Kaleb Asfaw]]\t[[PHONE_NUMBER:0911 47 02 66]]\t[[LOCATION:Mekelle]]
1B\t[[PERSON:Saba Gebrezgiher]]\t[[PHONE_NUMBER:0914 82 30 17]]\t[[LOCATION:Adigrat]]
2A\t(empty)\t\t""",
    """Migaq\tUmri\tMagaala\tTelefoon
[[PERSON:Calima Hamadu]]\t[[AGE:29]]\t[[LOCATION:Asaita]]\t[[PHONE_NUMBER:0915 40 18 72]]
[[PERSON:Qumar Aadam]]\t[[AGE:41]]\t[[LOCATION:Logiya]]\t[[PHONE_NUMBER:0916 03 59 24]]""",
    """emp\tname\tsin\tprovince\thired
E-14\t[[PERSON:Océane Tremblay]]\t[[ID_NUMBER:137 286 944]]\t[[LOCATION:QC]]\t[[DATE_TIME:2022-09-06]]
E-15\t[[PERSON:Harjit Gill]]\t[[ID_NUMBER:582 901 369]]\t[[LOCATION:BC]]\t[[DATE_TIME:2023-02-13]]""",
    # pipes / Markdown / psql / MySQL (10)
    """| Name | Role | Email | Mobile |
|------|------|-------|--------|
| [[PERSON:Jonah Feldman]] | Engineering lead | [[EMAIL_ADDRESS:jonah.feldman@gmail.com]] | [[PHONE_NUMBER:+1 917 555 0142]] |
| [[PERSON:Asel Nurlanovna]] | QA | [[EMAIL_ADDRESS:asel.n@mail.kz]] | [[PHONE_NUMBER:+7 701 448 2013]] |
| [[PERSON:Kiri Tawhai]] | Design | [[EMAIL_ADDRESS:kiri.tawhai@xtra.co.nz]] | [[PHONE_NUMBER:+64 21 402 887]] |""",
    """ patient_id |     name      |    dob     | blood_group
------------+---------------+------------+-------------
 [[ID_NUMBER:H-10447]]    | [[PERSON:Yodit Kebede]]  | [[DATE_TIME:1994-03-21]] | O+
 [[ID_NUMBER:H-10448]]    | [[PERSON:Biruk Amare]]   | [[DATE_TIME:1987-11-02]] | A-
(2 rows)""",
    """+----+------------------+--------------------+---------------+
| id | customer         | card               | city          |
+----+------------------+--------------------+---------------+
|  7 | [[PERSON:Rosa Delgado]]     | [[CREDIT_CARD:4532018874120638]]   | [[LOCATION:San Antonio]]   |
|  8 | [[PERSON:Emeka Obi]]        | [[CREDIT_CARD:5424188300657319]]   | [[LOCATION:Port Harcourt]] |
+----+------------------+--------------------+---------------+
2 rows in set (0.00 sec)""",
    """| Coop | Chair | Phone | Members |
|---|---|---|---|
| Konga | [[PERSON:Abebe Dubale]] | [[PHONE_NUMBER:0916 71 02 34]] | 1,204 |
| Idido | [[PERSON:Worknesh Tilahun]] | [[PHONE_NUMBER:0911 88 35 40]] | 880 |
| Hama | [[PERSON:Tamiru Tadesse]] | [[PHONE_NUMBER:0926 14 77 09]] | 615 |""",
    """| Tenant | Unit | Lease start | Rent |
| [[PERSON:Marcus Bell]] | [[ADDRESS:Apt 2B, 410 Grand Street]] | [[DATE_TIME:2023-09-01]] | $2,450 |
| [[PERSON:Yuki Sato]] | [[ADDRESS:Apt 5F, 410 Grand Street]] | [[DATE_TIME:2024-01-15]] | $2,600 |""",
    """ username        | email                          | signup_ip
-----------------+--------------------------------+-----------------
 [[USERNAME:pixelpaladin]]    | [[EMAIL_ADDRESS:pp.gamer@hotmail.com]]           | [[IP_ADDRESS:92.40.177.13]]
 [[USERNAME:sakura_mochi]]    | [[EMAIL_ADDRESS:sakura.mochi@gmail.com]]         | [[IP_ADDRESS:2406:3003:2077:1e0::5]]""",
    """| Child | Age | Mother | Village | Next dose |
|-------|-----|--------|---------|-----------|
| [[PERSON:Hamza Cali]] | [[AGE:2]] | [[PERSON:Faaduma Yaasin]] | [[LOCATION:Gewane]] | [[DATE_TIME:15/04/2024]] |
| [[PERSON:Maryam Qumar]] | [[AGE:1]] | [[PERSON:Aysha Hamadu]] | [[LOCATION:Gewane]] | [[DATE_TIME:15/04/2024]] |""",
    """mysql> SELECT name, aadhaar, pincode FROM kyc LIMIT 2;
+---------------------+----------------+---------+
| name                | aadhaar        | pincode |
+---------------------+----------------+---------+
| [[PERSON:Suresh Raina Pillai]] | [[ID_NUMBER:2845 7013 9647]] | [[ZIP_CODE:682020]]  |
| [[PERSON:Meenakshi Iyer]]      | [[ID_NUMBER:4918 3027 5517]] | [[ZIP_CODE:600041]]  |
+---------------------+----------------+---------+""",
    """| ስም | የአባልነት ቁጥር | ቀበሌ |
|---|---|---|
| [[PERSON:ገነት አበራ]] | [[ID_NUMBER:LK-2210]] | [[LOCATION:ሊሙ ኮሳ]] |
| [[PERSON:ሙሉጌታ ደምሴ]] | [[ID_NUMBER:LK-2211]] | [[LOCATION:ሊሙ ሰቃ]] |""",
    """|Staff|Shift|Phone|
|[[PERSON:Nurse Joy Okello]]|Night|[[PHONE_NUMBER:0772 418 330]]|
|[[PERSON:Brian Ssempa]]|Day|[[PHONE_NUMBER:0701 227 594]]|""",
    # fixed-width (8)
    """NAME                 DOB         PHONE
[[PERSON:Margaret Fitzgerald]]  [[DATE_TIME:12/05/1948]]  [[PHONE_NUMBER:021 434 7781]]
[[PERSON:Thomas Fitzgerald]]    [[DATE_TIME:03/11/1946]]  [[PHONE_NUMBER:021 434 7781]]""",
    """BOOKING   PASSENGER            FROM          TO            DATE
SB-7712   [[PERSON:Getachew Lemma]]       [[LOCATION:Addis Ababa]]   [[LOCATION:Jimma]]         [[DATE_TIME:2024-04-18]]
SB-7713   [[PERSON:Eyerusalem Fikre]]     [[LOCATION:Addis Ababa]]   [[LOCATION:Jimma]]         [[DATE_TIME:2024-04-18]]
SB-7714   [[PERSON:Nuredin Kemal]]        [[LOCATION:Adama]]         [[LOCATION:Harar]]         [[DATE_TIME:2024-04-19]]""",
    """ACCT NO      HOLDER               OPENED      BRANCH
[[ID_NUMBER:0047718823]]   [[PERSON:Chukwuemeka Nwosu]]    [[DATE_TIME:2017-02-14]]  Ikeja
[[ID_NUMBER:0047718824]]   [[PERSON:Blessing Nwosu]]       [[DATE_TIME:2017-02-14]]  Ikeja""",
    """ID        SURNAME      FIRST      POSTCODE   TEL
[[ID_NUMBER:8803125184084]] [[PERSON:Dlamini]]      [[PERSON:Themba]]     [[ZIP_CODE:0181]]       [[PHONE_NUMBER:012 344 8810]]
[[ID_NUMBER:0102205732088]] [[PERSON:Naidoo]]       [[PERSON:Kiran]]      [[ZIP_CODE:4001]]       [[PHONE_NUMBER:031 207 5530]]""",
    """LOT        WEIGHT   GRADE  FARMER               PHONE
GUJ-0091   1,240kg  G1     [[PERSON:Jilo Boru]]            [[PHONE_NUMBER:0915 22 04 81]]
GUJ-0092     860kg  G2     [[PERSON:Galgalo Wario]]        [[PHONE_NUMBER:0919 67 10 03]]""",
    """EMPLOYEE          NI NUMBER      SALARY
[[PERSON:Rhys Llewellyn]]    [[ID_NUMBER:NY 44 17 20 B]]  31,500
[[PERSON:Priti Chauhan]]     [[ID_NUMBER:KP 90 33 18 D]]  42,800
[[PERSON:Oskar Nowak]]       [[ID_NUMBER:SL 12 77 40 A]]  28,900""",
    """CONTAINER      SHIPPER CONTACT      MOBILE            ETA
MSCU4812056    [[PERSON:Selam Haile]]          [[PHONE_NUMBER:+251 911 30 44 12]]  2024-05-02
MAEU7163408    [[PERSON:Yusuf Omar Ali]]       [[PHONE_NUMBER:+253 77 21 66 08]]   2024-05-04""",
    """GUEST                ROOM  CHECK-IN     EMAIL
[[PERSON:Anjali Rao]]           412   [[DATE_TIME:03-May-2024]]  [[EMAIL_ADDRESS:anjali.rao@gmail.com]]
[[PERSON:Kieran Doyle]]         415   [[DATE_TIME:03-May-2024]]  [[EMAIL_ADDRESS:kdoyle77@yahoo.ie]]""",
    # JSON lines (8)
    """{"name": "[[PERSON:Aster Wolde]]", "age": [[AGE:36]], "woreda": "[[LOCATION:Dale]]", "coop": "Sidama Bensa", "kg": 410}
{"name": "[[PERSON:Tamrat Lemma]]", "age": [[AGE:52]], "woreda": "[[LOCATION:Aroresa]]", "coop": "Sidama Bensa", "kg": 655}""",
    """{"user": "[[USERNAME:ghostbyte]]", "ip": "[[IP_ADDRESS:176.58.104.33]]", "event": "purchase", "item": "skin_044"}
{"user": "[[USERNAME:noobslayer_ke]]", "ip": "[[IP_ADDRESS:197.248.12.90]]", "event": "login", "item": null}
{"user": "[[USERNAME:mira.plays]]", "ip": "[[IP_ADDRESS:2a01:4b00:8e10:1::7]]", "event": "chat_report", "item": null}""",
    """{"patient_id": "[[ID_NUMBER:KAF-7721]]", "name": "[[PERSON:Yirgalem Shiferaw]]", "dob": "[[DATE_TIME:1983-08-19]]", "visit": "[[DATE_TIME:2024-01-22]]", "dx": "malaria"}
{"patient_id": "[[ID_NUMBER:KAF-7722]]", "name": "[[PERSON:Tsehay Mulatu]]", "dob": "[[DATE_TIME:2001-04-30]]", "visit": "[[DATE_TIME:2024-01-22]]", "dx": "ANC 2"}""",
    """{"order": "AMZ-114-8812047", "ship_to": "[[PERSON:Brendan Foley]]", "street": "[[ADDRESS:77 Harbour View Road]]", "city": "[[LOCATION:Cobh]]", "eircode": "[[ZIP_CODE:P24 XK83]]"}
{"order": "AMZ-114-8812048", "ship_to": "[[PERSON:Niamh Foley]]", "street": "[[ADDRESS:77 Harbour View Road]]", "city": "[[LOCATION:Cobh]]", "eircode": "[[ZIP_CODE:P24 XK83]]"}""",
    """{"caller": "[[PHONE_NUMBER:+254 711 304 882]]", "callee": "[[PHONE_NUMBER:+254 733 019 447]]", "start": "2024-03-03T18:22:10", "secs": 341, "cell": "NBO-0441"}
{"caller": "[[PHONE_NUMBER:+254 711 304 882]]", "callee": "0800 720 000", "start": "2024-03-03T18:30:02", "secs": 58, "cell": "NBO-0441"}""",
    """{"policy": "HOME-55-10481", "insured": "[[PERSON:Grant MacKenzie]]", "dob": "[[DATE_TIME:1972-10-09]]", "address": "[[ADDRESS:14 Kelvin Drive]]", "postcode": "[[ZIP_CODE:G20 8QG]]", "premium": 412.80}""",
    """{"sender": "[[PERSON:Abdo Ahmed]]", "sender_phone": "[[PHONE_NUMBER:+253 77 05 31 86]]", "receiver": "[[PERSON:Fatima Abdo]]", "receiver_city": "[[LOCATION:Semera]]", "amount_usd": 150, "ref": "DJ-RM-0088127"}
{"sender": "[[PERSON:Ismail Houssein]]", "sender_phone": "[[PHONE_NUMBER:+253 77 48 90 22]]", "receiver": "[[PERSON:Hasna Ismail]]", "receiver_city": "[[LOCATION:Awash]]", "amount_usd": 90, "ref": "DJ-RM-0088128"}""",
    """{"donor": "[[PERSON:Eleanor Prescott]]", "email": "[[EMAIL_ADDRESS:e.prescott@btinternet.com]]", "card": "[[CREDIT_CARD:4929501166834025]]", "amount": 50, "campaign": "clean water"}
{"donor": "anonymous", "email": null, "card": null, "amount": 20, "campaign": "clean water"}""",
    # YAML (6)
    """- name: [[PERSON:Ahmed Al-Farsi]]
  passport: [[ID_NUMBER:N04417728]]
  nationality: [[NRP:Omani]]
  arrival: [[DATE_TIME:2024-06-02]]
- name: [[PERSON:Layla Al-Farsi]]
  passport: [[ID_NUMBER:N04417729]]
  nationality: [[NRP:Omani]]
  arrival: [[DATE_TIME:2024-06-02]]""",
    """contacts:
  - name: [[PERSON:Mulu Abraha]]
    phone: "[[PHONE_NUMBER:+251 914 72 08 35]]"
    role: nurse
  - name: [[PERSON:Kiros Tesfay]]
    phone: "[[PHONE_NUMBER:+251 914 10 66 27]]"
    role: driver""",
    """employees:
  - id: [[ID_NUMBER:S-0912]]
    name: [[PERSON:Charlotte Pemberton]]
    email: [[EMAIL_ADDRESS:charlotte.pemberton@gmail.com]]
    dept: legal
  - id: [[ID_NUMBER:S-0913]]
    name: [[PERSON:Obinna Uche]]
    email: [[EMAIL_ADDRESS:obinna.uche@gmail.com]]
    dept: it""",
    """residents:
  - unit: "[[ADDRESS:Flat 1A]]"
    tenant: [[PERSON:Sina Faleolo]]
    moved_in: [[DATE_TIME:2022-11-05]]
  - unit: "[[ADDRESS:Flat 1B]]"
    tenant: [[PERSON:Declan Hooper]]
    moved_in: [[DATE_TIME:2023-03-20]]""",
    """ተሳፋሪዎች:
  - ስም: [[PERSON:ናርዶስ ብርሃኑ]]
    ስልክ: "[[PHONE_NUMBER:0911 02 73 48]]"
    መነሻ: [[LOCATION:አዲስ አበባ]]
  - ስም: [[PERSON:ኤርሚያስ ከበደ]]
    ስልክ: "[[PHONE_NUMBER:0913 44 90 61]]"
    መነሻ: [[LOCATION:ደብረ ብርሃን]]""",
    """accounts:
  - holder: [[PERSON:Reza Tehrani]]
    iban: [[IBAN_CODE:DE44500105175407324931]]
    bic: INGDDEFFXXX
  - holder: [[PERSON:Miriam Kessler]]
    iban: [[IBAN_CODE:GB78LOYD30963341188207]]
    bic: LOYDGB21""",
    # key: value blocks (6)
    """Name: [[PERSON:Gideon Mutua]]
ID No: [[ID_NUMBER:24471903]]
Phone: [[PHONE_NUMBER:0721 550 418]]
County: [[LOCATION:Machakos]]
Loan: KES 40,000
Status: approved""",
    """Passenger: [[PERSON:Ms. Tsion Alemayehu]]
Route: [[LOCATION:Addis Ababa]] - [[LOCATION:Hawassa]]
Date: [[DATE_TIME:19 April 2024]]
Seat: 7C
Booking: GB-88412
Mobile: [[PHONE_NUMBER:0911 65 30 29]]""",
    """Patient name: [[PERSON:Hemi Rangihuna]]
NHI: [[ID_NUMBER:ZHK4829]]
DOB: [[DATE_TIME:02/02/1999]]
Ethnicity: [[NRP:Māori]]
GP: [[PERSON:Dr. Susan Park]]""",
    """Account holder: [[PERSON:Oluwafemi Adebisi]]
Account no.: [[ID_NUMBER:0123884471]]
BVN: [[ID_NUMBER:22390017452]]
Address: [[ADDRESS:Plot 12, Admiralty Way]], [[LOCATION:Lekki]]
Email: [[EMAIL_ADDRESS:femi.adebisi@gmail.com]]""",
    """Member: [[PERSON:Xu Mei Ling]]
NRIC: [[ID_NUMBER:T0217456H]]
Address: [[ADDRESS:Blk 88 Tampines Street 81, #11-302]]
Postal: [[ZIP_CODE:520088]]
Joined: [[DATE_TIME:7 Jan 2024]]""",
    """Migaq: [[PERSON:Hamadu Cassan Qali]]
Magaala: [[LOCATION:Dubti]]
Telefoon: [[PHONE_NUMBER:0933 15 62 07]]
Ayro: [[DATE_TIME:08/04/2024]]
Bun (kg): 0
Sanduuqa: 3""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Mary]] (Ethio Telecom): Hello, how can I help you today?
[09:15] [[PERSON:Biniam Tesfaye]]: hi my sim stopped working after the upgrade, number is [[PHONE_NUMBER:0911 72 38 04]]
[09:15] Agent [[PERSON:Mary]] (Ethio Telecom): Sorry to hear that, [[PERSON:Biniam]]. Can you confirm your Fayda number and date of birth?
[09:16] [[PERSON:Biniam Tesfaye]]: [[ID_NUMBER:4417 2093 8815 6620]], born [[DATE_TIME:14/09/1993]]
[09:17] Agent [[PERSON:Mary]] (Ethio Telecom): Thanks. A new SIM will be ready at the Bole branch; ticket ET-CS-558120.""",
    """Mum: Has anyone heard from [[PERSON:Grace]]? Her flight from [[LOCATION:Lagos]] should have landed
[[PERSON:Tunde]]: she texted me, she's at the baggage belt
Mum: ok tell her Uncle [[PERSON:Femi]] is waiting outside Terminal 5
[[PERSON:Kemi]]: his new number is [[PHONE_NUMBER:07956 331 208]] btw, the old one is off
[[PERSON:Tunde]]: also [[PERSON:Grace]]'s birthday dinner is [[DATE_TIME:Saturday 13th]] at ours, [[ADDRESS:42 Brockley Rise]]""",
    """[[USERNAME:vintage_vee]]: Hi! Is the Singer sewing machine still available?
[[USERNAME:tomsgarage_akl]]: yes mate, $120, pick up only
[[USERNAME:vintage_vee]]: great, can I come Sunday arvo? I'm [[PERSON:Verity]] btw
[[USERNAME:tomsgarage_akl]]: sure, [[ADDRESS:16 Kauri Road]], [[LOCATION:Birkenhead]]. Text me on [[PHONE_NUMBER:022 417 0385]] when you're outside. [[PERSON:Tom]]""",
    """#freight-ops
[[PERSON:Hana]]: truck [[ID_NUMBER:3-A71209]] stuck at Galafi, customs want the driver's licence again
[[PERSON:Solomon K.]]: driver is [[PERSON:Ahmed Mussa]], licence [[ID_NUMBER:AF-0093318]], his phone [[PHONE_NUMBER:+251 927 40 11 86]]
[[PERSON:Hana]]: thx. Also the Yirga lot (YRG-24-044) is booked for the [[DATE_TIME:12 Apr]] sailing? 
[[PERSON:Dawit]]: yes, container CMAU3028710, ETA Hamburg 9 May
[[PERSON:Solomon K.]]: 👍""",
    """[[PERSON:ሰብለ]]: እማዬ ደህና ነሽ? የ[[PERSON:ናሆም]] ክትባት ቀን መቼ ነው?
እማዬ: [[DATE_TIME:ሚያዝያ 8]] ነው፤ ጤና ጣቢያው [[LOCATION:ጎንደር]] ፒያሳ ያለው ነው
[[PERSON:ሰብለ]]: እሺ፤ [[PERSON:አበራ]] ይወስደዋል። የአበራ አዲስ ስልክ [[PHONE_NUMBER:0918 22 67 05]] ነው
እማዬ: እግዚአብሔር ይስጥልኝ""",
    """Support (BankNorth): Hi, you're chatting with [[PERSON:Ryan]]. What's the issue?
[[PERSON:Priyanka Deshmukh]]: I see a charge I don't recognise on card [[CREDIT_CARD:4556 7301 4428 9172]]
Support (BankNorth): I've frozen the card. Can you confirm the address we have: [[ADDRESS:19 Marlowe Court]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 8LP]]?
[[PERSON:Priyanka Deshmukh]]: yes that's right, and my mobile is [[PHONE_NUMBER:07722 190 845]]
Support (BankNorth): Thanks, a new card will arrive in 5 working days. Case BN-44187.""",
    """Team Lunch Squad 🍔
[[PERSON:Alex]]: who's in for Thai on Friday?
[[PERSON:jordan]]: me! also it's [[PERSON:Nadia]]'s last day, we should get a card
[[PERSON:Nadia Rahimi]]: aww you guys 😭 my new email is [[EMAIL_ADDRESS:nadia.rahimi.dev@gmail.com]] if anyone wants to keep in touch
[[PERSON:Alex]]: and add me on LinkedIn [[URL:linkedin.com/in/alex-morgan-ux]]""",
    """[[PERSON:Cali Hamadu]]: Nagaa, [[PERSON:Kadiija]]! Tallaqa ayro ma?
[[PERSON:Kadiija Qumar]]: Nagaa. [[DATE_TIME:Sabti 20/04]], [[LOCATION:Asaita]] caafimaadu
[[PERSON:Cali Hamadu]]: Yi telefoon [[PHONE_NUMBER:0915 88 03 41]], bus tikeet ah
[[PERSON:Kadiija Qumar]]: Maqaane.""",
]

LOOKALIKE = [
    """Shipment update: order #114-8820417-3301 left the Modjo dry port in container MSCU4812056 (seal 00441782) under customs declaration C-2024-088120. Tracking 1Z 999 AA1 01 2345 6784. The bill of lading MEDU4411872 lists 320 bags, lot YRG-24-044, moisture 10.8%. For queries contact our export desk at +251 11 663 0044 or exports@yirgacoffee.com.""",
    """Release notes: firmware 10.4.2.118 replaces 10.4.1.97 on the gateway (serial GW-7F3A-118402). The build hash is 9f2c7e1ab44d0c83e2f1 and the config UUID 3f1e2b7a-4c8d-4e21-9a0f-6b5d2c8e1f47. The dashboard at 192.168.0.1 is unchanged. Reported by [[PERSON:Lwazi Dube]].""",
    """Bookshop order: ISBN 978-1-85326-041-4 (Wuthering Heights), 978-0-14-303943-3 and EAN 6001234567899 for the coffee grinder; invoice INV-2024-004471, VAT no. GB 314 8812 07. Deliver to the Nelson Mandela Bay campus bookshop, Shakespeare Street. Company reg. 2011/004417/07. Ordered by [[PERSON:Thabo Mokoena]].""",
    """Bus timetable change: route 44 via Haile Selassie Avenue and Churchill Road now departs 06:10, 07:40 and 09:15. Booking references start with SLM-24-; call the Selam Bus call centre on 8000 for changes. Parkinson's Awareness Day posters are at every stop. Passenger complaint from [[PERSON:Eden Gebre]] ([[PHONE_NUMBER:0911 43 70 28]]) about the 07:40 has been logged.""",
    """Pharmacy stock check: batch LOT 23K118A of amoxicillin expires 2025-11; NDC 0093-4155-73; SKU PH-00441-B. Reorder from Cipla via orders@cipla.example, account CUST-00881. Store phone (02) 9555 0104. Cabinet 3, shelf B-12. Temperature log id TL-20240412-07. Counted by [[PERSON:Aditi]].""",
    """Coffee cupping sheet: Sample 24-G1-0117 (Guji, Hambela), score 87.25; sample 24-G1-0118, score 86.50. Customs ref ET-CUS-2024-117782; ECX warehouse receipt WR-884120. Seal numbers 7701442, 7701443. Grader: [[PERSON:Mahlet Yimer]]. Prepared at the Alfred Nobel Road lab.""",
    """Clinic inventory: 240 doses BCG (lot 1447-2B), 180 Penta (lot PN-88120), 60 OPV vials. Fridge serial VF-20-004417; data logger IP 10.20.4.17. Send reorders to epi-supply@moh.gov.et. Vaccinator on duty: [[TITLE:Sr.]] [[PERSON:Mulunesh]] ([[ID_NUMBER:MOH-AF-0912]]).""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def parsed_checked(rid: str, markup: str) -> tuple[str, list[dict]]:
    """Parse one record and check that every mark became a span holding exactly its value."""
    text, spans = parse(markup)
    marks = list(MARK.finditer(markup))
    if not (len(marks) == markup.count("[[") == markup.count("]]")):
        raise ValueError(f"a mark did not parse in {rid}")
    plain_spans = iter(spans)
    for match in marks:
        span = next(plain_spans)
        if span["entity_type"] == "TITLE" and match.group(1) == "PERSON":
            span = {"start": span["start"], "end": next(plain_spans)["end"]}
        if text[span["start"] : span["end"]] != match.group(2):
            raise ValueError(f"span does not hold its mark's value in {rid}")
    check(rid, text, spans)
    return text, spans


def main() -> None:
    rows, kinds, n_marks = [], Counter(), 0
    for style, records in STYLES.items():
        for n, markup in enumerate(records, 1):
            rid = f"blind148-{style}-{n:03d}"
            text, spans = parsed_checked(rid, markup)
            n_marks += len(MARK.findall(markup))
            kinds.update(span["entity_type"] for span in spans)
            rows.append({"id": rid, "text": text, "spans": spans})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    print(f"every mark parsed: {n_marks} marks, all spans checked (trimmed, apart, Luhn, mod-97)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")
    print(f"records without any span: {sum(1 for row in rows if not row['spans'])}")


if __name__ == "__main__":
    main()
