"""Build tests/data/blind151.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind151.py

It prints only counts: records per style, spans per entity type, and a check
that every `[[TYPE:value]]` mark was parsed into a span.

Blind: written without any knowledge of the detector it will measure. Read
while writing it, and nothing else in the repository: the first 121 lines of
make_blind22.py (its docstring with the labeling conventions and style
descriptions, and its import lines) and its closing scaffolding (the STYLES
dict and main()); the whole of gold_sets.py; and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`, which are copied below). Not read: minimize/, recognizers/,
bench/, any other test, any other make_*.py or the record lists of the ones
above, the README, and every *.jsonl (this file's own output included; it
was only checked through the counts printed by the code). git was not run
(no log, status or diff). The detector, the bench, the tests and `minimize`
were never run on this set. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops over values, no templates filled
by code. Only the offsets are computed, by `parse()`. Card numbers pass Luhn;
IBANs (GB, DE, IE, AE, CH) pass mod-97 with their country's length; national
ids with a public check digit were given a valid one, worked out with
throwaway code while writing (not kept, not generated here): UK NHS numbers
(mod 11), Canadian SINs (Luhn), Aadhaar (Verhoeff), Australian TFNs
(weighted mod 11), Singapore NRIC / FIN (letter), South African ids (Luhn,
agreeing with the birth date and sex where they show), Irish PPSNs (mod 23
letter) and New Zealand IRD numbers (mod 11); the look-alikes that carry one
(ISBN-13 / EAN-13, ISO 6346 container numbers) are valid too. Vietnamese
CCCD numbers follow the public layout (province code, sex / century digit,
year of birth) but have no check digit; US SSNs, passports, licences, plates,
bank account numbers, Cambodian ids and staff / member / patient numbers
were not checked.

Styles (ids `blind151-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: about 25 like ai4privacy pii-masking-200k/300k/400k (odd mixed
  sentences dense with names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), about 40 like gretel-pii-masking-en-v1 (claims, contracts,
  loan, medical, rental and benefit forms, notices, letters, settlements,
  petitions) and about 35 like Nemotron-PII (JSON, log lines, SQL, XML /
  FHIR, YAML, .env, HTTP requests, Python and Java test code, tickets, form
  dumps, mail headers, call records).
- `gen` (90): one to four "realistic sentences with personal data", names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table per record rendered as text: CSV (comma and
  semicolon, quoted and not), TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML and key: value blocks; the header row is never labeled,
  non-PII columns are mixed in.
- `chat` (8): support chats, family and marketplace threads and team group
  chats, with the speakers' names labeled.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number) with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (US, UK, Canada, Australia,
New Zealand, Ireland, India, Singapore, South Africa, the Philippines and
English text about Vietnam, Cambodia and the Mekong Delta), the rest in
Vietnamese with all its diacritics, with Khmer Krom names in Vietnamese
transcription and in Khmer script. Domains with extra weight: nail salons
and small shops abroad, remittances, motorbike rental, rice and shrimp
farms; the rest spread over banking, health, pharmacy, legal, schools, HR,
retail, travel, telecoms, government, housing, gaming, social media, IT,
deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py (and the sets before it):
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it (Vietnamese "Ông" / "Bà" before a
  name too); job titles are not TITLE and family words (anh, chị, cô, chú,
  aunty, uncle) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes, house and building names, Vietnamese "số ... đường ..." and
  hamlet (ấp) lines with a house number; city, ward, district, county,
  province, state and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (with a day or a month) in any shape, times
  written with them included; not bare years, weekdays, durations or dates
  not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages and
  profiles only. NRP: nationality, religion, ethnic or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, sort codes, BSB, IFSC and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and brands named
  after people, header rows.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import check

OUT = Path(__file__).with_name("blind151.jsonl")

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
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """[[PERSON:Ms. Delphine Okonkwo-Reyes]], our Regional Integration Strategist, asked that the refund be sent to [[IBAN_CODE:GB44 BARC 2032 5387 1544 20]] (BIC BARCGB22) before [[DATE_TIME:04/11/2024]]; her login came from [[IP_ADDRESS:81.174.20.233]] on a Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 browser.""",
    """Kindly update the shipping for [[PERSON:Thanh Huong Pham]]: [[ADDRESS:2217 Bellaire Blvd]], [[ADDRESS:Suite 114]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]]. The nail-supply invoice was charged to [[CREDIT_CARD:4556 7302 1988 0145]], exp 09/27, CVV 318.""",
    """Device 3C:52:82:1F:A9:07 registered to [[USERNAME:rsubramanian_88]] keeps reconnecting from [[IP_ADDRESS:2001:db8:4a1c:0:18e:7bff:fe31:902a]]. [[PERSON:Raghav Subramanian]] ([[AGE:34]]) is a Senior Data Facilitator and says the password Tr!cky_Mango22 was never shared.""",
    """[[TITLE:Mr.]] [[PERSON:Aurelio Mbeki]] of [[ADDRESS:48 Kloof Street]], [[ADDRESS:Flat 3B]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] was born on [[DATE_TIME:12 July 1988]]; his ID [[ID_NUMBER:8807125124081]] must match the name on the lease.""",
    """Please remit 1,200 USD to [[PERSON:Sok Chantha]] through account [[IBAN_CODE:AE08 0330 0000 1950 0187 334]], SWIFT MEBLAEAD. Sender: [[PERSON:vu minh tri]], phone [[PHONE_NUMBER:+971 52 418 3390]], email [[EMAIL_ADDRESS:vuminhtri.dxb@gmail.com]].""",
    """Our Lead Tactics Orchestrator, [[PERSON:Ingrid Solheim]], uses [[EMAIL_ADDRESS:ingrid.solheim@northwindmail.net]]; her MAC is 00:1B:44:11:3A:B7 and the last session was from [[IP_ADDRESS:10.44.201.17]] at [[DATE_TIME:2023-08-14T07:52:10Z]].""",
    """Card on file [[CREDIT_CARD:5167-3299-0014-2564]] (exp 11/26, cvv 774) belongs to [[PERSON:Kalani Akana]], [[ADDRESS:95-1057 Kaapeha St]], [[LOCATION:Mililani]], [[LOCATION:HI]] [[ZIP_CODE:96789]]. Kalani's phone: [[PHONE_NUMBER:808-625-4471]].""",
    """As [[TITLE:Dr.]] [[PERSON:Farah Qureshi]], Chief Identity Engineer, I confirm the vehicle [[ID_NUMBER:KE19 XRT]] is mine. Contact: [[PHONE_NUMBER:07700 914 226]], [[ADDRESS:Unit 12]], [[ADDRESS:Pennine House]], [[ADDRESS:77 Great Ancoats St]], [[LOCATION:Manchester]] [[ZIP_CODE:M4 5AD]].""",
    """Transfer for [[PERSON:Lâm Thị Sa Ri]] — beneficiary account [[ID_NUMBER:0071000845123]] at Vietcombank Sóc Trăng, SWIFT BFTVVNVX; sender [[PERSON:Lam Sokhom]] via [[IP_ADDRESS:73.158.42.9]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X).""",
    """[[PERSON:Juniper Halloran]], gender: female, DOB [[DATE_TIME:1991/02/27]], job: Dynamic Assurance Producer, works from [[ADDRESS:3904 Ridgeview Terrace]], [[ADDRESS:Apt. 22]], [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83706]]; SSN [[US_SSN:529-41-7730]].""",
    """Hey [[PERSON:Olumide]], the Bitcoin address 1BoatSLRHtKNngkdXEeobR76b53LETtpyT isn't you, right? Your Visa [[CREDIT_CARD:4716 1288 9900 3418]] was used at [[DATE_TIME:03:14 on 19/05/2024]] from [[IP_ADDRESS:102.89.33.14]].""",
    """The account of [[TITLE:Mx.]] [[PERSON:Rowan Achterberg]] ([[USERNAME:r.achterberg]]) was reset; new temp password X9v!pq2L. Their IBAN [[IBAN_CODE:DE44500105175407324931]] stays, BIC INGDDEFFXXX, and the building number is [[ADDRESS:17]] on [[ADDRESS:Schillerstraße]], [[LOCATION:Frankfurt am Main]] [[ZIP_CODE:60313]].""",
    """[[PERSON:Nguyễn Văn Hậu]], 52 Nail Tech, county: [[LOCATION:Orange County]], street: [[ADDRESS:9191 Bolsa Ave]], secondary: [[ADDRESS:Ste 208]], city [[LOCATION:Westminster]], zip [[ZIP_CODE:92683]], phone [[PHONE_NUMBER:(714) 893-5521]], age [[AGE:47]].""",
    """Can [[PERSON:Aroha Te Rangi]] confirm the IRD number [[ID_NUMBER:049-182-732]] and the IPv6 [[IP_ADDRESS:fe80::9c1a:44ff:fe02:7b1d]] on her payroll profile? She moved to [[ADDRESS:12 Kotare Place]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]] on [[DATE_TIME:1 March 2024]].""",
    """Billing: [[CREDIT_CARD:371429815502739]] / exp 04-28 / CVV 9912. Cardholder [[PERSON:Bartholomew Oyelaran]], International Response Agent at Lehner Group, [[EMAIL_ADDRESS:b.oyelaran@fastpost.io]], [[PHONE_NUMBER:+1-646-555-0193]].""",
    """[[PERSON:siobhan mac giolla phádraig]] logged in as [[USERNAME:shivvy_mgp]] from [[IP_ADDRESS:86.44.193.8]]; PPSN [[ID_NUMBER:8426519N]]; address [[ADDRESS:Apartment 6]], [[ADDRESS:Dock Mill]], [[ADDRESS:Barrow Street]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 V9R2]].""",
    """We need [[PERSON:Thạch Sa Rết]]'s passport [[ID_NUMBER:C4418203]] and the bike plate [[ID_NUMBER:83-B1 224.67]] before the rental starts on [[DATE_TIME:15/02/2025]]; his Zalo is [[PHONE_NUMBER:0918 442 715]].""",
    """User agent Mozilla/5.0 (Linux; Android 13; SM-A536E) with MAC a4:c3:f0:88:12:9e belongs to [[PERSON:Maricel Dimaculangan]], [[AGE:29]], SSS [[ID_NUMBER:34-7781902-6]], living at [[ADDRESS:Blk 9 Lot 21]], [[ADDRESS:Sampaguita St]], [[LOCATION:Dasmariñas]], [[LOCATION:Cavite]] [[ZIP_CODE:4114]].""",
    """[[TITLE:Prof.]] [[PERSON:Hendrika Boshoff]] wants the grant paid into [[IBAN_CODE:GB42HBUK40127623458811]], sort code 40-12-76, reference GR-2024-0117. Her office: [[ADDRESS:Room 4.12]], [[ADDRESS:Chancellor's Building]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH16 4SB]].""",
    """Khách hàng [[PERSON:Châu Thị Sa Ra]], nghề nghiệp: chủ tiệm tạp hóa, địa chỉ [[ADDRESS:số 15 đường Lê Hồng Phong]], [[LOCATION:phường 3]], [[LOCATION:TP. Sóc Trăng]]; thẻ [[CREDIT_CARD:4917 6200 3318 8458]] hết hạn 06/27, CVV 552; đăng nhập từ [[IP_ADDRESS:14.169.22.140]], MAC 5c:e9:1e:40:7a:13.""",
    """[[PERSON:Anh Thư Trịnh]] is the Forward Web Liaison; county [[LOCATION:Fairfax County]]; building [[ADDRESS:6201]]; street [[ADDRESS:Leesburg Pike]]; secondary [[ADDRESS:Apt 1407]]; state [[LOCATION:VA]]; zip [[ZIP_CODE:22044]]; driver licence [[US_DRIVER_LICENSE:T51-447-902]].""",
    """The Discover card [[CREDIT_CARD:6011 0045 7733 9209]] used for the shrimp-feed order belongs to [[PERSON:Danh Sóc Khăng]], not the company; his email [[EMAIL_ADDRESS:danhsockhang79@yahoo.com.vn]], IP [[IP_ADDRESS:113.161.72.205]].""",
    """[[TITLE:Ms]] [[PERSON:Ngaire Whitcombe]] ([[AGE:61]]), Principal Accountability Officer, asked us to store [[PHONE_NUMBER:021 448 0937]] and [[EMAIL_ADDRESS:ngaire.w@xtra.co.nz]]; her previous address was [[ADDRESS:RD 2]], [[LOCATION:Ōtaki]] [[ZIP_CODE:5582]].""",
    """To: [[PERSON:Jahid Chowdhury]] | IBAN [[IBAN_CODE:GB52 NWBK 4005 1268 4710 29]] | BIC NWBKGB2L | amount 340.00 GBP | sender IPv6 [[IP_ADDRESS:2a02:c7c:5e21:1800:8d4:3ef1:27b:91c0]] | date of birth [[DATE_TIME:30-Oct-1979]].""",
    """[[PERSON:Lukas Brandstätter]] changed his recovery phone to [[PHONE_NUMBER:+43 664 218 4470]] and his card to [[CREDIT_CARD:4988 2410 3356 7718]]; the CVV 045 and the Swiss IBAN [[IBAN_CODE:CH71 0483 5082 7126 0210 9]] were entered on [[DATE_TIME:7th of June 2024]].""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """INSURANCE CLAIM FORM — Homeowner Policy HO-7781204. Claimant: [[PERSON:Marguerite Lavoie]]; date of birth: [[DATE_TIME:March 9, 1966]]; property address: [[ADDRESS:1184 Rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3K2]]; SIN: [[ID_NUMBER:046 532 990]]. Date of loss: [[DATE_TIME:January 22, 2024]] (burst pipe, kitchen ceiling). Contact number: [[PHONE_NUMBER:514-555-0148]].""",
    """RESIDENTIAL TENANCY AGREEMENT. This agreement is made on [[DATE_TIME:1 September 2023]] between the landlord, [[PERSON:Graham Pettigrew]], and the tenant, [[PERSON:Nguyen Thi Bich Ngoc]], for the premises at [[ADDRESS:Unit 5/22 Hopkins Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]. Rent of $430 per week is payable to BSB 063-182, account [[ID_NUMBER:1047 2298]]. The tenant may run a home nail business only with written consent.""",
    """Loan Application Summary. Applicant: [[PERSON:Ravindra Pillai]], [[AGE:41]], employed as a logistics coordinator since [[DATE_TIME:June 2016]]. Residential address: [[ADDRESS:Flat 302, Sai Krupa Residency, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]. Aadhaar: [[ID_NUMBER:4812 7730 9150]]; PAN: [[ID_NUMBER:AKQPP4471M]]. Requested amount: INR 6,50,000 over 48 months.""",
    """PATIENT DISCHARGE NOTE. Patient: [[PERSON:Colm Ó Briain]] | NHS No. [[ID_NUMBER:943 476 5919]] | DOB [[DATE_TIME:14/08/1952]] | Admitted [[DATE_TIME:02/03/2024]], discharged [[DATE_TIME:09/03/2024]]. GP: [[PERSON:Dr. Anjali Mehra]], [[ADDRESS:Riverside Surgery, 3 Mill Lane]], [[LOCATION:Shrewsbury]] [[ZIP_CODE:SY1 2JQ]]. Follow-up on [[DATE_TIME:23 March 2024 at 10:40]].""",
    """NOTICE OF RENT INCREASE. To: [[PERSON:Tomasz Wiśniewski]], [[ADDRESS:27 Kelvin Road, Flat 1]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8QZ]]. From: Harbour Lettings Ltd, 0141 496 0022. Your rent will rise from £795 to £840 per month from [[DATE_TIME:1 May 2024]]. If you wish to discuss, contact your agent [[PERSON:Fiona McAllister]] at lettings@harbourlettings.co.uk.""",
    """SETTLEMENT AGREEMENT AND RELEASE. This Settlement Agreement is entered into by [[PERSON:Dwayne K. Hollister]] ("Employee"), residing at [[ADDRESS:5512 N Kenmore Ave, Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]], SSN [[US_SSN:384-22-9017]], and Crestline Freight LLC ("Company"). The Company shall pay $18,500 within 14 days of [[DATE_TIME:October 3, 2023]], the Employee's signature date.""",
    """APPLICATION FOR HOUSING BENEFIT. Section A: Your details. Full name: [[PERSON:Precious Nwachukwu]]. Date of birth: [[DATE_TIME:22.11.1987]]. National Insurance number: [[ID_NUMBER:PJ 48 19 62 C]]. Address: [[ADDRESS:44 Tudor Court]], [[LOCATION:Luton]] [[ZIP_CODE:LU2 7HF]]. Number of dependants: 3. Telephone: [[PHONE_NUMBER:07911 302 558]].""",
    """Petition to the Honourable Court. I, [[PERSON:Huynh Kim Loan]], of [[ADDRESS:18 Cabramatta Road]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]], petition for a change of name of my son [[PERSON:Tran Minh Khoa]], born [[DATE_TIME:5 April 2012]], to [[PERSON:Khoa Huynh]]. The child's father, [[PERSON:Tran Van Dung]], consented in writing on [[DATE_TIME:11 December 2023]].""",
    """Motor Vehicle Accident Report. Driver 1: [[PERSON:Keisha Montgomery]], licence [[US_DRIVER_LICENSE:M526-7781-4402]], vehicle plate [[ID_NUMBER:8KLD442]] (CA). Driver 2: [[PERSON:Samuel Ekwueme]], licence [[US_DRIVER_LICENSE:E4419027]]. The collision occurred at Wilshire Blvd and S Western Ave on [[DATE_TIME:07/18/2024 at approximately 5:45 PM]]. Witness: [[PERSON:Luz Marina Ortega]], [[PHONE_NUMBER:(213) 555-7720]].""",
    """EMPLOYMENT CONTRACT. Employer: Saigon Petals Nail Spa Pty Ltd (ABN 51 824 753 556). Employee: [[PERSON:Lê Thị Mỹ Duyên]], residing at [[ADDRESS:9/41 Station Street]], [[LOCATION:Springvale]] [[LOCATION:VIC]] [[ZIP_CODE:3171]]. Tax File Number: [[ID_NUMBER:876 512 094]]. Commencement date: [[DATE_TIME:15 January 2024]]. Position: nail technician, 38 hours per week at $26.73 per hour.""",
    """Medical Certificate. This is to certify that [[PERSON:Mr. Arjun Malhotra]], aged [[AGE:29]], patient ID [[ID_NUMBER:MRN-00482217]], was examined on [[DATE_TIME:12 February 2024]] and is unfit for work until [[DATE_TIME:19 February 2024]] due to acute gastroenteritis. Signed, [[PERSON:Dr. S. Venkataraman]], Apollo Clinic, Chennai.""",
    """Claim acknowledgement — Ref CLM-2024-55918. Dear [[PERSON:Mrs. Tupou]], we have received your claim for the damaged fale roof at [[ADDRESS:61 Favona Road]], [[LOCATION:Māngere]], [[LOCATION:Auckland]] [[ZIP_CODE:2024]]. Your assessor, [[PERSON:Ben Latimer]], will call you on [[PHONE_NUMBER:027 551 3908]] to arrange a visit before [[DATE_TIME:Friday 14 June]].""",
    """Remittance Service Agreement. Sender: [[PERSON:Chau Sokhom]], [[ADDRESS:3320 W Hammer Ln, Apt 12]], [[LOCATION:Stockton]], [[LOCATION:CA]] [[ZIP_CODE:95209]], phone [[PHONE_NUMBER:209-555-3381]]. Recipient: [[PERSON:Chau Thi Sa Vuol]], [[LOCATION:Tri Ton]], [[LOCATION:An Giang]], [[LOCATION:Vietnam]], phone [[PHONE_NUMBER:+84 296 3874 112]]. Recipient ID (CCCD): [[ID_NUMBER:089168004532]]. Transfers are capped at USD 2,500 per month.""",
    """LEASE TERMINATION NOTICE. Landlord: [[PERSON:Pieter van der Merwe]]. Tenant: [[PERSON:Thandiwe Mokoena]], ID [[ID_NUMBER:9503040147088]]. Premises: [[ADDRESS:Unit 14, Sunbird Gardens, 221 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]. The lease ends on [[DATE_TIME:31 August 2024]]; the deposit of R12,400 will be refunded within 21 days.""",
    """Workers' Compensation Claim. Injured worker: [[PERSON:Roberto Vallejo]], DOB [[DATE_TIME:1983-05-02]], SSN [[US_SSN:611-07-4428]], home address [[ADDRESS:710 E Jefferson St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85034]]. Injury: laceration to left hand while cleaning a shrimp peeler on [[DATE_TIME:April 30, 2024]]. Supervisor: [[PERSON:Lynette Cho]].""",
    """ĐƠN XIN HỌC BỔNG. Họ và tên học sinh: [[PERSON:Sơn Thị Chanh Thu]]. Ngày sinh: [[DATE_TIME:21/07/2008]]. Dân tộc: [[NRP:Khmer]]. Tên tiếng Khmer: [[PERSON:ស៊ឺន ចាន់ធូ]]. Trường: THPT Dân tộc Nội trú [[LOCATION:Sóc Trăng]]. Họ tên cha: [[PERSON:Sơn Văn Sà Vênh]], [[AGE:46]] tuổi, làm ruộng. Điện thoại: [[PHONE_NUMBER:0357 801 226]].""",
    """Vehicle Rental Agreement (Motorbike). Renter: [[PERSON:Oliver Brennan]], nationality [[NRP:Irish]], passport [[ID_NUMBER:PA4471930]], date of birth [[DATE_TIME:19/09/1996]]. Hotel: Little Hoi An Boutique, [[ADDRESS:52 Phan Chu Trinh]], [[LOCATION:Hội An]]. Bike: Honda Blade 110, plate [[ID_NUMBER:92H1-563.28]]. Rental period: [[DATE_TIME:03/10/2024]] to [[DATE_TIME:10/10/2024]]. Deposit: passport copy and 2,000,000 VND.""",
    """Pharmacy Refill Authorization. Patient: [[PERSON:Hazel Abernathy]], DOB [[DATE_TIME:2/17/1949]], member ID [[ID_NUMBER:XQH884120973]]. Prescriber: [[PERSON:Dr. Marcus Feldstein]], NPI 1487736021. Medication: metformin 500 mg, 90 tablets. Deliver to [[ADDRESS:88 Orchard Hill Rd]], [[LOCATION:Montpelier]], [[LOCATION:VT]] [[ZIP_CODE:05602]]. Phone: [[PHONE_NUMBER:802.555.0164]].""",
    """Court Summons — Small Claims. Plaintiff: [[PERSON:Alisha Ramkissoon]]. Defendant: [[PERSON:Trevor Blakely]], last known address [[ADDRESS:2 Mews Cottages, Church Lane]], [[LOCATION:Tetbury]] [[ZIP_CODE:GL8 8JG]]. You are required to attend the hearing on [[DATE_TIME:9 October 2024 at 2.00pm]] regarding the unpaid sum of £1,340 for catering services.""",
    """Farm Lease Contract. Lessor: [[PERSON:Thạch Văn Hên]], CCCD [[ID_NUMBER:094062001873]], of [[LOCATION:ấp Prey Chóp A]], [[LOCATION:xã Thạnh Phú]], [[LOCATION:huyện Mỹ Xuyên]], [[LOCATION:Sóc Trăng]]. Lessee: [[PERSON:Võ Thanh Tùng]]. Object: 2.4 ha of shrimp ponds, term five years from [[DATE_TIME:01/06/2024]]. Annual rent of 96,000,000 VND, paid to account [[ID_NUMBER:7410205512374]] at Agribank.""",
    """Disability Benefit Review. Claimant: [[PERSON:Mereana Pōtae]], client number [[ID_NUMBER:471 225 903]], address [[ADDRESS:3 Kauri Street]], [[LOCATION:Kaitaia]] [[ZIP_CODE:0410]]. Your medical certificate from [[PERSON:Dr. Helen Yip]] expires on [[DATE_TIME:28 November 2024]]. Please book a review by calling our contact centre on 0800 559 009.""",
    """Letter of Employment Verification. To whom it may concern: [[PERSON:Joseph Mwangi Kariuki]], ID number [[ID_NUMBER:28841173]], has worked at Riverside Logistics since [[DATE_TIME:3rd February 2019]] as a fleet supervisor, earning KES 148,000 per month. For enquiries call hr@riversidelogistics.co.ke. Yours faithfully, [[PERSON:Grace Wanjiru]], HR Manager.""",
    """Dental Treatment Plan. Patient: [[PERSON:ethan liu]], age [[AGE:12]], guardian [[PERSON:Mei Liu]], phone [[PHONE_NUMBER:604-555-0129]], address [[ADDRESS:4410 Fraser St]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5V 4G5]]. Care card [[ID_NUMBER:9012 447 319]]. Planned: sealants on teeth 16, 26, 36 and 46 on [[DATE_TIME:Aug 6, 2024]].""",
    """Mortgage Pre-Approval. Borrowers: [[PERSON:Daniel Ferreira]] and [[PERSON:Ana Lúcia Ferreira]]. Property: [[ADDRESS:19 Wattle Grove]], [[LOCATION:Mount Gravatt]] [[LOCATION:QLD]] [[ZIP_CODE:4122]]. Combined income: $182,000. Pre-approval valid until [[DATE_TIME:30/09/2024]]. Settlement funds from account [[ID_NUMBER:06 4000 1288 3391]]. Broker: [[PERSON:Kylie Ng]], [[PHONE_NUMBER:0412 778 302]].""",
    """Notice of Eviction Hearing. Re: [[PERSON:Sandra Oyelowo-Briggs]], Unit 4C, [[ADDRESS:1200 Grand Concourse]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]]. Index No. LT-308812-24. A hearing is scheduled for [[DATE_TIME:November 12, 2024, at 9:30 a.m.]], Part F, Room 480. Bring your lease, rent receipts and any letters from your landlord.""",
    """GIẤY ĐỀ NGHỊ NHẬN KIỀU HỐI. Người nhận: [[PERSON:Thạch Thị Sa Quên]], sinh ngày [[DATE_TIME:02/09/1972]], CCCD số [[ID_NUMBER:094172006614]], cấp ngày 10/05/2021. Địa chỉ: [[ADDRESS:số nhà 58, ấp Tâm Kiên]], [[LOCATION:xã Lịch Hội Thượng]], [[LOCATION:thị xã Trần Đề]], [[LOCATION:Sóc Trăng]]. Người gửi: [[PERSON:Thạch Sô Phal]] tại [[LOCATION:Hàn Quốc]], số tiền 2.000 USD. Điện thoại: [[PHONE_NUMBER:0794 336 215]].""",
    """Settlement Statement — Rice Purchase. Seller: [[PERSON:Kim Thị Sa Quênh]], [[ADDRESS:ấp Tà Điêu, số nhà 114]], [[LOCATION:xã Hòa Tú 1]], [[LOCATION:Mỹ Xuyên]], [[LOCATION:Sóc Trăng]]. Buyer: Mekong Grain JSC. Quantity: 18.6 tonnes ST25 paddy at 9,200 VND/kg. Paid [[DATE_TIME:22/11/2023]] to account [[ID_NUMBER:1023 4489 0071]] (Sacombank), phone [[PHONE_NUMBER:0376 218 904]].""",
    """Student Enrollment Form. Student: [[PERSON:Liam Ó Ceallaigh]]. Date of birth: [[DATE_TIME:08-04-2016]]. PPSN: [[ID_NUMBER:1093374C]]. Parent/guardian: [[PERSON:Aoife Kelly]], mobile [[PHONE_NUMBER:087 442 1903]], email [[EMAIL_ADDRESS:aoife.kelly82@eircom.net]]. Home: [[ADDRESS:22 Glenview Park]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]], [[ZIP_CODE:V92 R6K4]]. Medical notes: mild asthma.""",
    """Travel Insurance Claim. Insured: [[PERSON:Priyanka Desai]], policy TRV-91-778204, passport [[ID_NUMBER:Z7104482]]. Incident: motorbike accident near [[LOCATION:Mù Cang Chải]] on [[DATE_TIME:14 Sept 2024]]; treated at Yên Bái General Hospital. Emergency contact: [[PERSON:Nikhil Desai]], [[PHONE_NUMBER:+91 98201 44732]].""",
    """HỢP ĐỒNG THUÊ XE MÁY. Bên cho thuê: [[PERSON:Nguyễn Văn Lực]], [[ADDRESS:112 Trần Phú]], [[LOCATION:Hội An]]. Bên thuê: [[PERSON:Hannah Müller]], quốc tịch [[NRP:Đức]], hộ chiếu [[ID_NUMBER:C3FR0L7X1]]. Biển số xe: [[ID_NUMBER:92F1-447.32]]. Thời gian thuê từ [[DATE_TIME:05/03/2025]] đến [[DATE_TIME:12/03/2025]], giá 150.000 đồng/ngày. Liên hệ: [[PHONE_NUMBER:0935 772 041]].""",
    """Health Insurance Enrolment. Member: [[PERSON:Gabriel dela Cruz]], PhilHealth no. [[ID_NUMBER:19-025538412-7]], birth date [[DATE_TIME:December 2, 1990]], civil status married. Spouse: [[PERSON:Rowena dela Cruz]]. Address: [[ADDRESS:45 Mabini Street]], [[LOCATION:Barangay San Roque]], [[LOCATION:Marikina City]] [[ZIP_CODE:1801]]. Mobile: [[PHONE_NUMBER:0917 553 2081]].""",
    """Letter of Demand. Dear [[PERSON:Mr. Bradley Kuhn]], our client, [[PERSON:Mrs. Van Tran]], owner of Polished Nail Bar at [[ADDRESS:Shop 7, 120 Pacific Highway]], [[LOCATION:Hornsby]] [[LOCATION:NSW]] [[ZIP_CODE:2077]], demands payment of $7,420 for the shopfitting deposit paid on [[DATE_TIME:21 February 2024]]. Failing payment within 14 days, proceedings will be issued.""",
    """Birth Registration Statement. Child: [[PERSON:Ariana Sithole]], born [[DATE_TIME:2 May 2024 at 04:17]] at Chris Hani Baragwanath Hospital. Mother: [[PERSON:Nomsa Sithole]], ID [[ID_NUMBER:0109225883080]] — note: this number belongs to the father, [[PERSON:Sibusiso Dlamini]], entered in the wrong field. Address: [[ADDRESS:1187 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]].""",
    """Credit Card Dispute Form. Cardholder: [[PERSON:Wendell Osei]]. Card number: [[CREDIT_CARD:5288 3001 7764 5120]]. Disputed transaction: AUD 389.00 at "Bali Moto Hire" on [[DATE_TIME:02/07/2024]]. I did not authorise this transaction; the card was in my possession at [[ADDRESS:3/8 Albert Street]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] [[ZIP_CODE:3057]].""",
    """Volunteer Agreement. Volunteer: [[PERSON:Hannah Greaves]], email [[EMAIL_ADDRESS:hgreaves@protonmail.com]], mobile [[PHONE_NUMBER:+44 7826 110 452]], emergency contact [[PERSON:Martin Greaves]] (father). Placement: English teaching at a Khmer pagoda school in [[LOCATION:Trà Cú]], [[LOCATION:Trà Vinh]], [[DATE_TIME:6 January]] to [[DATE_TIME:28 March 2025]].""",
    """Notice of Assessment. Taxpayer: [[PERSON:Brendan O'Rourke]]. TFN: [[ID_NUMBER:450 123 783]]. Postal address: [[ADDRESS:PO Box 412]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0871]]. Taxable income: $74,210. Amount refundable: $1,128.40, paid to your nominated account on [[DATE_TIME:19 August 2024]].""",
    """Consent to Treatment. I, [[PERSON:Ong Bee Lian]], NRIC [[ID_NUMBER:S7612098F]], aged [[AGE:48]], consent to the procedure explained by [[PERSON:Dr. Lim Wei Jie]] on [[DATE_TIME:11/04/2024]]. Next of kin: [[PERSON:Tan Kok Meng]], [[PHONE_NUMBER:+65 9127 4408]], [[ADDRESS:Blk 218 Bedok North Street 1, #07-112]], [[LOCATION:Singapore]] [[ZIP_CODE:460218]].""",
    """Small Business Grant Application. Business: Lucky Star Mini Mart. Owner: [[PERSON:Sophal Keo]], [[AGE:57]], [[NRP:Cambodian-American]]. Home address: [[ADDRESS:2271 Locust Ave]], [[LOCATION:Long Beach]], [[LOCATION:CA]] [[ZIP_CODE:90806]]. Owner SSN: [[US_SSN:557-19-3046]]. Contact: [[EMAIL_ADDRESS:sophalkeo.lb@gmail.com]].""",
    """Pension Transfer Request. Member: [[PERSON:Gwendolyn Price-Davies]], NI number [[ID_NUMBER:JT 72 40 18 A]], date of birth [[DATE_TIME:04 Jan 1961]]. Transfer to: Severn Mutual Pension Scheme. Receiving account: [[IBAN_CODE:GB44BARC20325387154420]]. Member's signature dated [[DATE_TIME:15.05.2024]]. Correspondence: [[ADDRESS:6 Heol y Parc]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4HA]].""",
    """Notice of Benefit Overpayment. Recipient: [[PERSON:Darlene Whitehorse]], client ID [[ID_NUMBER:AB-4410937]], [[ADDRESS:Box 118]], [[LOCATION:Standoff]], [[LOCATION:Alberta]] [[ZIP_CODE:T0L 1Y0]]. Our records show an overpayment of $612.00 for the period ending [[DATE_TIME:31 May 2024]]. You may request a review within 30 days by calling 1-877-644-9992.""",
    # --- in the manner of Nemotron-PII ---
    """{"customer": {"first_name": "[[PERSON:Imogen]]", "last_name": "[[PERSON:Featherstone]]", "dob": "[[DATE_TIME:1985-10-03]]", "email": "[[EMAIL_ADDRESS:imogen.f@outlook.com]]", "phone": "[[PHONE_NUMBER:+44 20 7946 0321]]"}, "order": {"id": "ORD-558120", "total": 84.5, "currency": "GBP"}, "shipping": {"line1": "[[ADDRESS:14 Aldridge Road Villas]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:W11 1BL]]"}}""",
    """2024-06-11T09:14:22.381Z INFO  auth-service login_success user=[[USERNAME:kthach_soctrang]] uid=88213 src_ip=[[IP_ADDRESS:14.241.96.37]] ua="Mozilla/5.0 (X11; Linux x86_64)" session=5f2c9a1e
2024-06-11T09:14:25.019Z WARN  auth-service mfa_sms_sent to=[[PHONE_NUMBER:+84 939 221 604]] user=[[USERNAME:kthach_soctrang]]""",
    """INSERT INTO patients (patient_id, full_name, dob, medicare_no, phone, suburb) VALUES ('P-40912', '[[PERSON:Charlotte Nguyen]]', '[[DATE_TIME:1978-01-26]]', '[[ID_NUMBER:2953 44812 1]]', '[[PHONE_NUMBER:0403 117 598]]', '[[LOCATION:Bankstown]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <id value="pat-7741"/>
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:4857773457]]"/></identifier>
  <name><family value="[[PERSON:Adeyemi]]"/><given value="[[PERSON:Folasade]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:07700 900461]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1993-07-21]]"/>
  <address><line value="[[ADDRESS:58 Cromwell Street]]"/><city value="[[LOCATION:Leicester]]"/><postalCode value="[[ZIP_CODE:LE2 1QE]]"/></address>
</Patient>""",
    """employee:
  name: [[PERSON:Siddharth Iyer]]
  employee_id: [[ID_NUMBER:EMP-20931]]
  department: Platform
  email: [[EMAIL_ADDRESS:siddharth.iyer@corp-mail.in]]
  home_address: "[[ADDRESS:B-704, Lodha Amara, Kolshet Road]], [[LOCATION:Thane West]] [[ZIP_CODE:400607]]"
  start_date: [[DATE_TIME:2021-09-13]]
  laptop_serial: C02FK3QJMD6R""",
    """# .env.local — do not commit
DB_HOST=10.0.4.12
DB_USER=app_ro
DB_PASSWORD=s3cr3t-Hunter2!
ADMIN_EMAIL=[[EMAIL_ADDRESS:marisol.quintero@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+1 305 555 0187]]
SUPPORT_EMAIL=support@tidalbooking.com
STRIPE_TEST_CARD=[[CREDIT_CARD:4000112233445563]]""",
    """POST /api/v2/remittances HTTP/1.1
Host: api.sendhome.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo
X-Forwarded-For: [[IP_ADDRESS:24.114.83.201]]
Content-Type: application/json

{"sender_name": "[[PERSON:Ly Sophanna]]", "sender_phone": "[[PHONE_NUMBER:+1 (503) 555-0142]]", "receiver_name": "[[PERSON:Ly Thi Chanh Da]]", "receiver_account": "[[ID_NUMBER:0451003928776]]", "receiver_bank": "Vietinbank Tra Vinh", "amount_usd": 600}""",
    """def test_mask_customer_record():
    record = {
        "name": "[[PERSON:Beatriz Oyelowo]]",
        "ssn": "[[US_SSN:219-54-8830]]",
        "email": "[[EMAIL_ADDRESS:b.oyelowo@example.org]]",
        "card": "[[CREDIT_CARD:5105 1088 3244 6797]]",
    }
    masked = mask(record)
    assert masked["name"] != record["name"]""",
    """@Test
void rejectsExpiredPassport() {
    Traveller t = new Traveller("[[PERSON:Hamish Drummond]]", LocalDate.of(1970, 3, 28));
    t.setUsPassportNumber("[[US_PASSPORT:571240963]]");
    t.setEmail("[[EMAIL_ADDRESS:hamish.drummond@icloud.com]]");
    assertThrows(ExpiredDocumentException.class, () -> checkIn(t));
}""",
    """Ticket #INC-0091882 | Priority: P3 | Opened by: [[PERSON:Yusuf Karimi]] ([[EMAIL_ADDRESS:y.karimi@brightlane.co.uk]])
Summary: VPN drops every 10 min
Details: Laptop hostname BL-LT-0442, MAC 8c:85:90:1a:2b:3c, home IP [[IP_ADDRESS:90.218.14.77]]. User is on ext. 4471. Please call back on mobile [[PHONE_NUMBER:07412 556 019]] after 2pm.""",
    """--- FORM SUBMISSION ---
form: motorbike_rental_v3
submitted: 2024-11-02 18:40 ICT
full_name: [[PERSON:Charlotte Bissonnette]]
nationality: [[NRP:Canadian]]
passport_no: [[ID_NUMBER:AK418822]]
hotel: Bamboo Homestay, Hà Giang
phone_whatsapp: [[PHONE_NUMBER:+1 819 555 0176]]
licence_class: A1 (IDP)
bike: Honda XR150 / plate [[ID_NUMBER:23B1-441.09]]""",
    """From: [[PERSON:Nguyễn Thị Kim Chi]] <[[EMAIL_ADDRESS:kimchi.nails.tx@gmail.com]]>
To: bookings@glamournailsupply.com
Date: Mon, 8 Jul 2024 10:02:41 -0500
Subject: Re: Order 77120 backorder
Message-ID: <CAK8vR1x9@mail.gmail.com>
X-Originating-IP: [[[IP_ADDRESS:98.200.17.45]]]""",
    """CALL RECORD
call_id: 7f3e-22a1
agent: [[PERSON:Darnell Whitaker]]
caller: [[PERSON:Gloria Mendoza-Reyes]]
caller_number: [[PHONE_NUMBER:(956) 555-0123]]
reason: change of address
old_address: [[ADDRESS:402 W Elizabeth St]], [[LOCATION:Brownsville]], [[LOCATION:TX]] [[ZIP_CODE:78520]]
new_address: [[ADDRESS:1219 Calle Retama, Apt B]], [[LOCATION:Harlingen]], [[LOCATION:TX]] [[ZIP_CODE:78550]]
verified_dob: [[DATE_TIME:04/02/1969]]
duration: 00:07:42""",
    """[{"id": 1, "user": "[[USERNAME:xx_mekong_drift_xx]]", "email": "[[EMAIL_ADDRESS:baotran.gamer@gmail.com]]", "last_login": "[[DATE_TIME:2024-09-30 21:48:03]]", "ip": "[[IP_ADDRESS:27.72.104.9]]", "level": 87}, {"id": 2, "user": "[[USERNAME:sokha.kh]]", "email": "[[EMAIL_ADDRESS:sokha.kh@yahoo.com]]", "last_login": "[[DATE_TIME:2024-10-01 06:12:55]]", "ip": "[[IP_ADDRESS:2402:800:6371:a2f1::1c]]", "level": 12}]""",
    """2024-12-03 08:15:40 [INFO] giao-hang: tai_xe=[[PERSON:Phạm Quốc Bảo]] nguoi_nhan=[[PERSON:Đỗ Thị Ngọc Ánh]] sdt=[[PHONE_NUMBER:0866 204 719]] dia_chi="[[ADDRESS:Số 9 ngõ 45 Hào Nam]], [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]]" ma_van_don=GHN-5K8Q2LT trang_thai=DA_GIAO""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: payroll-export
  annotations:
    owner: "[[PERSON:Kirra Anderson]] <[[EMAIL_ADDRESS:kirra.anderson@payroll.example.au]]>"
data:
  SFTP_HOST: 203.0.113.40
  SFTP_USER: payroll_bot
  REPORT_CC: hr-reports@payroll.example.au""",
    """GET /account/profile?user=[[USERNAME:tgiang94]]&email=[[EMAIL_ADDRESS:truonggiang94%40gmail.com]] HTTP/1.1
Host: shop.example.vn
Cookie: sid=9b1f0c77ad; cart=3
X-Real-IP: [[IP_ADDRESS:171.244.18.62]]
User-Agent: Mozilla/5.0 (Linux; Android 12; Redmi Note 11)""",
    """Jira BUG-4412: Export shows unmasked data
Steps: open report "Remittance payouts Q2", row for [[PERSON:Danh Thi Sa Vuon]] shows CCCD [[ID_NUMBER:091179002648]] and mobile [[PHONE_NUMBER:0945 118 372]] in clear text.
Expected: masked. Reporter: [[PERSON:Bao Ngoc Ha]]. Assignee: [[PERSON:Tobias Lindqvist]].""",
    """Jan 14 03:22:17 web01 sshd[2231]: Failed password for invalid user admin from 185.220.101.4 port 51122 ssh2
Jan 14 03:22:31 web01 sshd[2240]: Accepted publickey for [[USERNAME:mwanjiku]] from [[IP_ADDRESS:41.90.64.118]] port 40218 ssh2
Jan 14 03:22:31 web01 systemd-logind[611]: New session 88 of user [[USERNAME:mwanjiku]].""",
    """{
  "resourceType": "Observation",
  "status": "final",
  "code": {"text": "HbA1c"},
  "subject": {"reference": "Patient/88120", "display": "[[PERSON:Rangi Parata]]"},
  "effectiveDateTime": "[[DATE_TIME:2024-05-07T08:30:00+12:00]]",
  "valueQuantity": {"value": 7.4, "unit": "%"},
  "performer": [{"display": "[[PERSON:Dr. Alice Wong]]"}]
}""",
    """{"ho_ten": "[[PERSON:Lê Văn Thắng]]", "ngay_sinh": "[[DATE_TIME:1990-04-28]]", "so_cccd": "[[ID_NUMBER:079090011842]]", "dien_thoai": "[[PHONE_NUMBER:+84 908 556 412]]", "dia_chi": "[[ADDRESS:42/7 Nguyễn Trãi]], [[LOCATION:Quận 5]], [[LOCATION:TP.HCM]]", "so_tai_khoan": "[[ID_NUMBER:19034471225018]]", "ngan_hang": "Techcombank", "trang_thai": "da_xac_minh"}""",
    """customer_id=[[ID_NUMBER:SG-C-0019882]]&full_name=[[PERSON:Muthu+Krishnan]]&nric=[[ID_NUMBER:S8834512F]]&mobile=[[PHONE_NUMBER:%2B6591884420]]&postal=[[ZIP_CODE:560123]]&plan=FIBRE1G&promo=NEWHOME24""",
    """>>> lookup_member("[[ID_NUMBER:AUS-M-7730214]]")
Member(name='[[PERSON:Lachlan Baird]]', dob=datetime.date(1989, 11, 2), phone='[[PHONE_NUMBER:0438 225 117]]', suburb='[[LOCATION:Fremantle]]', tier='gold')""",
    """<Transfer>
  <Sender><Name>[[PERSON:Heng Sovannary]]</Name><Phone>[[PHONE_NUMBER:+61 451 227 840]]</Phone><Address>[[ADDRESS:12 Nelson Road]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]</Address></Sender>
  <Receiver><Name>[[PERSON:Heng Thi Sa Rum]]</Name><Province>[[LOCATION:Bạc Liêu]]</Province><Account>[[ID_NUMBER:8803 1299 4471]]</Account></Receiver>
  <Amount currency="AUD">850.00</Amount><Reference>RMT-24-0811-553</Reference>
</Transfer>""",
    """[2024-08-02 14:05:11] chat_id=55312 customer=[[PERSON:Nomvula Khumalo]] msisdn=[[PHONE_NUMBER:+27 82 555 4410]] intent=sim_swap verified=false note="asked for ID [[ID_NUMBER:8807125124081]] but it belongs to her husband, verification failed\"""",
    """Mail headers:
Return-Path: <[[EMAIL_ADDRESS:ruairi.breathnach@gmail.com]]>
Received: from [[[IP_ADDRESS:109.255.77.31]]] by mx.example.ie
From: "[[PERSON:Ruairí Breathnach]]" <[[EMAIL_ADDRESS:ruairi.breathnach@gmail.com]]>
Reply-To: noreply@example.ie
Subject: Tenancy reference for [[PERSON:Saoirse Nic Gearailt]]""",
    """{"event":"kyc_submitted","ts":"2024-04-19T11:02:44Z","applicant":{"given":"[[PERSON:Rizwan]]","family":"[[PERSON:Siddiqui]]","dob":"[[DATE_TIME:1990-12-19]]","aadhaar_last4":"2641","pan":"[[ID_NUMBER:BVXPS2208K]]"},"device":{"ip":"[[IP_ADDRESS:49.36.118.201]]","mac":"f0:18:98:44:aa:10"}}""",
    """| call_start          | agent        | customer           | phone             | outcome        |
| 2024-02-12 10:03:55 | Agent 14     | [[PERSON:Huỳnh Văn Phúc]]     | [[PHONE_NUMBER:0907 335 118]]     | callback booked|
| 2024-02-12 10:11:20 | Agent 14     | [[PERSON:Chea Sreyleak]]      | [[PHONE_NUMBER:+855 12 448 903]]  | resolved       |""",
    """# test_fixtures.py
ALICE = Customer(id=1, name="[[PERSON:Alice Nakamura-Hughes]]", email="[[EMAIL_ADDRESS:alice.nh@example.com]]", iban="[[IBAN_CODE:IE29AIBK93115212345678]]")
BOB = Customer(id=2, name="[[PERSON:Bob Tremblay]]", email="[[EMAIL_ADDRESS:btremblay@example.ca]]", sin="[[ID_NUMBER:275-190-874]]")
ROLE = Mailbox("billing@example.com")""",
    """WhatsApp export (shop):
[09/05/24, 8:12 am] [[PERSON:Kim Lien]]: ship to [[ADDRESS:7820 Westheimer Rd, Suite 140]], [[LOCATION:Houston]] [[ZIP_CODE:77063]] please
[09/05/24, 8:13 am] Glamour Supply: ok, order GS-44120 confirmed, total $612.40""",
    """SELECT c.full_name, c.passport_no FROM checkins c WHERE c.hotel_id = 42;
-- result:
-- [[PERSON:Matthias Kühn]]      | [[ID_NUMBER:C01X00T47]] (DEU)
-- [[PERSON:Eleanor Whitmore]]   | [[ID_NUMBER:120448397]] (GBR)""",
    """Support ticket #88412 (telecom)
Customer: [[PERSON:Tevita Fifita]]
Account: [[ID_NUMBER:ACC-5520917]]
Service address: [[ADDRESS:17 Mahora Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
Contact: [[PHONE_NUMBER:022 418 7705]]
Issue: fibre ONT red LOS light since Tuesday; router MAC 44:d1:fa:02:3b:9e""",
    """app.log: [WARN] PaymentService - declined card [[CREDIT_CARD:4024 0071 6655 9830]] for user [[EMAIL_ADDRESS:nkechi.obi@yahoo.co.uk]] reason=insufficient_funds amount=GBP 49.99 txn=8d2e11aa-7c0f-4bd1-9e51-3a5f6c2b0d14""",
    """student:
  - name: [[PERSON:Phan Gia Hân]]
    class: 10A3
    dob: [[DATE_TIME:17/09/2009]]
    parent_phone: "[[PHONE_NUMBER:0903 772 415]]"
  - name: [[PERSON:Thạch Chanh Thy]]
    class: 10A3
    dob: [[DATE_TIME:02/01/2010]]
    parent_phone: "[[PHONE_NUMBER:0988 210 344]]\"""",
    """[INFO] 2024-10-22 16:40:03 delivery-svc courier=[[PERSON:Mohammed Al-Amin]] drop_to="[[ADDRESS:Flat 12, 88 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6RF]]" recipient_phone=[[PHONE_NUMBER:07946 112 380]] parcel=JD014600003829471 status=DELIVERED""",
]

GEN = [
    """[[PERSON:Linh]] called the salon on [[PHONE_NUMBER:(916) 555-0172]] to move her pedicure to [[DATE_TIME:Saturday, March 16 at 11:30]]. She said her sister [[PERSON:Vy]] would come too.""",
    """My landlord, [[PERSON:Derek Saunders]], still hasn't returned the bond for [[ADDRESS:4/17 Grey Street]], [[LOCATION:St Kilda]] [[ZIP_CODE:3182]], even though I moved out on [[DATE_TIME:30 June]].""",
    """The remittance of $400 from [[PERSON:Sothea Men]] in [[LOCATION:Lowell]], [[LOCATION:Massachusetts]] reached her mother in [[LOCATION:Trà Vinh]] two days later; the pickup code was WU 781 442 9910.""",
    """Please send the MRI results to [[PERSON:Dr. Kenji Watanabe]] at [[EMAIL_ADDRESS:kwatanabe@stvincentsclinic.org]] — patient [[PERSON:Ruth Abara]], DOB [[DATE_TIME:09/23/1958]].""",
    """we rented two Wave Alphas from [[PERSON:anh tuan]]'s shop in [[LOCATION:Đà Lạt]]; he kept [[PERSON:josh]]'s passport as deposit and texted us on [[PHONE_NUMBER:0983 114 520]] when we were late.""",
    """[[PERSON:Ngozi Eze]], [[AGE:38]], started as a pharmacist at our [[LOCATION:Enugu]] branch on [[DATE_TIME:3 June 2024]]; her staff ID is [[ID_NUMBER:PH-ENU-0331]].""",
    """The shrimp farm at [[LOCATION:ấp Cái Cùng]] in [[LOCATION:Bạc Liêu]] belongs to [[PERSON:Sơn Thị Sô Phi]]'s family, who bought the ponds after the 2016 drought.""",
    """Can you reissue the invoice to [[PERSON:Mr. Praveen Kulkarni]], [[ADDRESS:C-12 Shanti Kunj]], [[LOCATION:Pune]] [[ZIP_CODE:411038]]? His GSTIN isn't needed because it's a personal purchase.""",
    """After 22 years on the rice fields near [[LOCATION:Long Phú]], [[PERSON:Lý Văn Sóc]] (now [[AGE:64]]) handed the land to his daughter [[PERSON:Lý Thị Chanh Đa]].""",
    """I've enclosed a copy of my driver's license, [[US_DRIVER_LICENSE:D123-5567-8890]], and my SSN ends in 4417, if that helps verify the account for [[PERSON:Carla Jimenez]].""",
    """The parcel for [[PERSON:Fionnuala Byrne]] was left with a neighbour at [[ADDRESS:11 Seaview Terrace]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]]; courier's note said 'no answer at 14:02'.""",
    """Hi team, [[PERSON:Marcus]] from accounting here — please update my home phone to [[PHONE_NUMBER:+61 2 9635 7742]] and my bank account to [[ID_NUMBER:112-879 4451 3302]].""",
    """It's been a tough year for [[PERSON:Zainab Hussain]]: she turned [[AGE:70]] in April, moved to [[ADDRESS:Flat 2, 9 Whalley Range]], [[LOCATION:Blackburn]] [[ZIP_CODE:BB1 6DP]], and lost her husband.""",
    """Our new tenant is [[PERSON:chen wei]], mobile [[PHONE_NUMBER:0421 553 906]], moving in on the [[DATE_TIME:14th of August]]; the lease is in the name of his employer.""",
    """Transfer confirmed: 15,000,000 VND to [[PERSON:Kim Sa Ri]], account [[ID_NUMBER:060212447893]] (Sacombank Sóc Trăng), from [[PERSON:Kim Sophal]] in [[LOCATION:Seattle]].""",
    """[[PERSON:Oluwaseun]] asked that his prescription for amoxicillin be ready by [[DATE_TIME:Thursday the 9th]]; his NHS number is [[ID_NUMBER:401 023 2137]].""",
    """[[PERSON:Sarah-Jane Collins]]' new address is [[ADDRESS:PO Box 77]], [[LOCATION:Oamaru]] [[ZIP_CODE:9444]], and her landline is [[PHONE_NUMBER:03 434 8812]].""",
    """The nail salon on Kingsland Road hired [[PERSON:Trinh]] and [[PERSON:Hoa]] last spring; [[PERSON:Hoa]]'s work permit expires on [[DATE_TIME:11/02/2025]].""",
    """Please ship my replacement SIM to [[ADDRESS:209 Maple Crescent, Unit 4]], [[LOCATION:Red Deer]], [[LOCATION:AB]] [[ZIP_CODE:T4N 0E8]]. Account holder: [[PERSON:Destiny Cardinal]].""",
    """Trong buổi họp phụ huynh, chị [[PERSON:Thạch Thị Sa Ly]] cho biết con gái chị, [[PERSON:Thạch Thị Kim Huôl]], sinh ngày [[DATE_TIME:14/05/2013]], sẽ chuyển trường vào tháng 9.""",
    """The guest in room 412 is [[PERSON:Mrs. Adaeze Okafor-Bell]], checking out on [[DATE_TIME:22 May]]; she paid with a card ending 8841.""",
    """I'm [[PERSON:Rahul]], [[AGE:27]], from [[LOCATION:Surat]]; I sent ₹45,000 to my cousin's account [[ID_NUMBER:50100247733198]] (IFSC HDFC0001234) for his college fees.""",
    """The claim was filed by [[PERSON:Tyrone Jackson]] after his delivery van was hit outside [[ADDRESS:1430 Peachtree St NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]].""",
    """Everyone at the gym knows [[PERSON:big mike]]; his real name is [[PERSON:Michael Adebayo-Stone]] and his membership lapsed on [[DATE_TIME:1/31/24]].""",
    """[[TITLE:Ông]] [[PERSON:Danh Sên]], [[AGE:58]] tuổi, ở [[LOCATION:ấp Xẻo Gừa]], [[LOCATION:xã Vĩnh Phong]], [[LOCATION:huyện Vĩnh Thuận]], [[LOCATION:Kiên Giang]], vừa thu hoạch vụ lúa tôm đầu tiên.""",
    """Could you tell [[PERSON:Anneke]] that the school trip forms for [[PERSON:Joost]] are due by [[DATE_TIME:Friday 20 September]]? Her number is [[PHONE_NUMBER:083 221 0974]].""",
    """Last week [[PERSON:Tomás Ó Súilleabháin]] renewed his passport; the new number is [[ID_NUMBER:PX9016275]] and it expires in 2034.""",
    """The pharmacy in [[LOCATION:Cần Thơ]] refused to sell antibiotics to [[PERSON:Lâm Hoàng Phúc]] without a prescription, which [[PERSON:Dr. Nguyễn Thanh Bình]] later wrote.""",
    """My daughter [[PERSON:Ellie]] turned [[AGE:16]] on [[DATE_TIME:2 March]] and wants to open a bank account, but the bank asked for my TFN ([[ID_NUMBER:123 456 782]]) too.""",
    """When [[PERSON:jasmine kaur]] called about her broadband, she gave her account number as [[ID_NUMBER:7730-221-558]] and her postcode as [[ZIP_CODE:B21 9HN]].""",
    """From [[LOCATION:Siem Reap]], [[PERSON:Chan Dara]] sends money every month to his aunt in [[LOCATION:Châu Đốc]]; the last transfer of $150 went out on [[DATE_TIME:5 October]].""",
    """Reservation for two under [[PERSON:Beaumont]], [[DATE_TIME:December 24 at 7:45 pm]]; contact [[PHONE_NUMBER:917-555-0138]]. Allergies: shellfish.""",
    """The scholarship committee interviewed [[PERSON:Amara Chukwuemeka]], [[PERSON:Leilani Kahale]] and [[PERSON:Oskar Lindgren]] on [[DATE_TIME:April 12]].""",
    """Dear customer, your Grab delivery to [[ADDRESS:45 Lê Lợi]], [[LOCATION:Quận 1]], [[LOCATION:TP. Hồ Chí Minh]] will be made by [[PERSON:Trần Quốc Huy]] (plate [[ID_NUMBER:59-X3 628.14]]).""",
    """I, [[PERSON:Kathleen Murphy]], authorise [[PERSON:Sean Murphy]] to collect my pension at the [[LOCATION:Ennis]] post office while I am in hospital.""",
    """The tenant in Flat B, [[PERSON:Olamide]], reports damp in the bathroom; she has lived at [[ADDRESS:63 Coldharbour Lane]] since [[DATE_TIME:February 2021]].""",
    """The customs form lists the sender as [[PERSON:Nguyen Hoang Yen]], [[ADDRESS:2918 S 320th St]], [[LOCATION:Federal Way]], [[LOCATION:WA]] [[ZIP_CODE:98003]], and the contents as 'dried shrimp, gift'.""",
    """After the crash, [[PERSON:Tuan]]'s motorbike insurance paid out 12 million dong; the adjuster, [[PERSON:Ms. Phạm Thu Trang]], called him on [[PHONE_NUMBER:0912 448 117]].""",
    """Happy retirement to [[PERSON:Bernadette O'Neill]], who joined the council's housing office on [[DATE_TIME:6 January 1992]]!""",
    """[[TITLE:Bà]] [[PERSON:Sơn Thị Mỹ]] gửi 5.000.000 đồng cho cháu [[PERSON:Sơn Minh Hiếu]] qua số tài khoản [[ID_NUMBER:0123 4567 8910]] tại Agribank chi nhánh [[LOCATION:Trà Cú]].""",
    """Could [[PERSON:Dr. Mwangi]] please call [[PERSON:Wanjiru Njoroge]] on [[PHONE_NUMBER:0722 448 901]] about her results? Her patient number is [[ID_NUMBER:KNH-22-04471]].""",
    """My Aadhaar is [[ID_NUMBER:7230 5518 2641]] and my name on it is spelt [[PERSON:Sreelakshmi P. Nair]], not Sreelekshmi.""",
    """The game account [[USERNAME:NightOwl_Tam]] was banned; the owner, [[PERSON:Tâm Lê]], says her brother used it from [[IP_ADDRESS:115.78.6.211]].""",
    """On [[DATE_TIME:August 3]], [[PERSON:Kowalczyk]] signed for the package at [[ADDRESS:77 Lakeshore Dr, Apt 9]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55802]].""",
    """My name is [[PERSON:Sokunthea]], I'm a [[NRP:Khmer Krom]] student from [[LOCATION:Sóc Trăng]] studying in [[LOCATION:Phnom Penh]], and my phone is [[PHONE_NUMBER:+855 97 441 2208]].""",
    """[[PERSON:Precious]]'s baby shower is on [[DATE_TIME:the 18th of May]] at her mum's place, [[ADDRESS:27 Protea Road]], [[LOCATION:Durbanville]].""",
    """The complaint from [[PERSON:George Papadakis]] concerns a charge on his card [[CREDIT_CARD:4411 0029 5837 1065]] from a hotel he never stayed at.""",
    """Volunteers needed! Contact [[TITLE:Rev.]] [[PERSON:Samuel Boateng]] at [[EMAIL_ADDRESS:sboateng.church@gmail.com]] to help at the food bank.""",
    """Our new hire [[PERSON:Isabela Rocha]] will need a desk on level 3 from [[DATE_TIME:Monday 7 October]]; her manager is [[PERSON:Declan Foley]].""",
    """Anh [[PERSON:Hùng]] cho thuê xe máy ở [[LOCATION:Hà Giang]] nói rằng khách [[PERSON:Emily Carter]] đã trả xe trễ hai ngày và làm mất mũ bảo hiểm.""",
    """The insurance adjuster visited [[PERSON:Mr. Sanjay Patel]] and [[PERSON:Mrs. Hema Patel]] at [[ADDRESS:8 Wexford Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE5 4RT]] on [[DATE_TIME:2 Feb]].""",
    """Please note that [[PERSON:Huang Xiaoming]], aged [[AGE:9]], has a peanut allergy; his mother's phone is [[PHONE_NUMBER:+65 8223 1047]].""",
    """The rice mill paid [[PERSON:Thạch Sóc]] for 4.2 tonnes on [[DATE_TIME:12/12/2023]], but the receipt was made out to his brother [[PERSON:Thạch Sên]].""",
    """If anyone finds a black wallet with the ID of [[PERSON:Mthunzi Ndlovu]], please call [[PHONE_NUMBER:072 555 9031]].""",
    """The lease for [[ADDRESS:Apt 5C, 310 West 94th Street]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]] was signed by [[PERSON:Yael Goldberg]] and [[PERSON:Ari Goldberg]] on [[DATE_TIME:May 1, 2023]].""",
    """My grandmother, [[PERSON:Chau Thi Nhan]], was born on [[DATE_TIME:15 tháng 8 năm 1941]] in [[LOCATION:Tri Tôn]]; she still tells stories of the floods.""",
    """I'd like to report a lost card. Name: [[PERSON:Ifeoma Nwosu]]. Card: [[CREDIT_CARD:5527 3100 4496 2187]]. Last used: yesterday at 6pm.""",
    """The courier couldn't find [[ADDRESS:Lot 14, Kampung Baru Road]] in [[LOCATION:Sandakan]], so he called [[PERSON:Jessica Liew]] on [[PHONE_NUMBER:+60 12 883 4170]].""",
    """After moving from [[LOCATION:Manila]] to [[LOCATION:Winnipeg]], [[PERSON:Ma. Cristina Villanueva]] got her SIN, [[ID_NUMBER:546 803 412]], within a week.""",
    """Tell [[PERSON:aunty Mai]] the money from [[PERSON:Quang]] came through; the Western Union MTCN is 448-120-9917.""",
    """[[PERSON:Dr. Priscilla Ampofo]] will see [[PERSON:Kofi]] at 9:15; please bring his vaccination card and his date of birth, [[DATE_TIME:04/06/2019]].""",
    """Cô giáo [[PERSON:Lê Thị Ngọc Hân]] đã gọi cho phụ huynh của em [[PERSON:Kim Thành Đạt]] qua số [[PHONE_NUMBER:0299 3822 415]] để báo kết quả học kỳ.""",
    """At [[AGE:81]], [[PERSON:Harold Finch]] still runs the hardware store on Main Street and won't retire.""",
    """The pharmacy called [[PERSON:Mrs Tahirih Sabeti]] about her insulin refill; she asked them to deliver it to [[ADDRESS:22 Oak Ridge Lane]] instead.""",
    """The new manager at our [[LOCATION:Cardiff]] nail bar is [[PERSON:Phuong]], and she wants all staff rotas sent to [[EMAIL_ADDRESS:phuong.le.nails@gmail.com]].""",
    """[[PERSON:ចៅ សុខា]] ([[PERSON:Châu Sô Kha]]) là sư cả chùa Khmer ở [[LOCATION:Tri Tôn]]; người liên lạc là [[PERSON:Châu Thị Sa Na]], số [[PHONE_NUMBER:0296 3874 559]].""",
    """We gave the keys to [[PERSON:Adebola]]; she lives at [[ADDRESS:Unit 3, 12 Ocean View Drive]], [[LOCATION:Wamberal]] and can water the plants.""",
    """The citizenship ceremony for [[PERSON:Farhan Rahimi]], an [[NRP:Afghan]] refugee, took place in [[LOCATION:Brisbane]] on [[DATE_TIME:26 January 2024]].""",
    """[[PERSON:Thiago]] forgot his password again, so IT reset the account [[USERNAME:t.oliveira]] and sent the temp code to [[PHONE_NUMBER:+353 86 114 5502]].""",
    """The birth certificate shows [[PERSON:Nomvula Beatrice Zulu]] born [[DATE_TIME:17 November 2001]]; the SA ID she gave is [[ID_NUMBER:0111170289081]].""",
    """Nhân viên ngân hàng xác nhận [[PERSON:Trần Thị Hồng Nhung]] đã nhận 1.200 USD kiều hối do chồng gửi từ [[LOCATION:Đài Loan]] vào ngày [[DATE_TIME:03/04/2024]].""",
    """The complaint about the loud music came from [[PERSON:Mrs. Evelyn Hargreaves]] at number 7, not from [[PERSON:Joe]].""",
    """[[PERSON:Kai]]'s MRI is booked for [[DATE_TIME:10 Dec, 8:20am]] at the [[LOCATION:Hamilton]] clinic; his ACC claim reference is 11004487219.""",
    """You can reach our landlord, [[PERSON:Mr. Teo Boon Hock]], at [[PHONE_NUMBER:9738 4412]]; his NRIC on the tenancy agreement is [[ID_NUMBER:S6904417D]].""",
    """The visa application for [[PERSON:Sovann Pich]] lists his address as [[ADDRESS:No. 48, Street 271]], [[LOCATION:Tuol Kork]], [[LOCATION:Phnom Penh]].""",
    """Could the florist deliver to [[PERSON:Grace]] at [[ADDRESS:14 Carrington Street]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]] before noon on [[DATE_TIME:14 February]]?""",
    """The motorbike hire in [[LOCATION:Huế]] emailed [[EMAIL_ADDRESS:max.hoffmann1994@gmx.de]] to ask [[PERSON:Max]] for the missing 500,000 VND.""",
    """On the night shift, [[PERSON:Nurse Abimbola]] noticed that patient [[PERSON:Edwin Clarke]], [[AGE:77]], had a fever.""",
    """Send the cheque to [[PERSON:Margaret Thompson]], [[ADDRESS:RR 2, Site 5, Box 14]], [[LOCATION:Kensington]], [[LOCATION:PE]] [[ZIP_CODE:C0B 1M0]].""",
    """[[PERSON:Rosa]] and her husband [[PERSON:Ernesto Villalobos]] run a taco truck; their business line is on the truck, but Rosa's own cell is [[PHONE_NUMBER:323-555-0190]].""",
    """The account manager for [[PERSON:Hiroshi Tanaka]] at Westpac is [[PERSON:Chloe Brennan]], extension 4412.""",
    """My uncle [[PERSON:Kiên Sóc]] in [[LOCATION:Cà Mau]] needs help filling in the shrimp insurance form; his CCCD is [[ID_NUMBER:096058003112]].""",
    """Can you book [[PERSON:Liam]] and me into the Lotus Nail Spa on Queen Street for 2pm Saturday? My number's [[PHONE_NUMBER:021 774 5583]].""",
    """[[PERSON:Dr. Rosalind Achebe]] reviewed [[PERSON:Priya]]'s file and noted that her Medicare number, [[ID_NUMBER:2953 44812 1]], had expired.""",
    """Your order from Dang's Asian Grocery will be delivered to [[ADDRESS:1506 Elm Ave]], [[LOCATION:Garden Grove]] by [[PERSON:Danny]], who will call [[PHONE_NUMBER:(714) 555-0122]].""",
    """Tôi là [[PERSON:Ngô Thị Thu Hà]], chủ tiệm nail ở [[LOCATION:Birmingham]]; số điện thoại của tôi là [[PHONE_NUMBER:+44 7700 900 812]].""",
    """Chị [[PERSON:Lâm Thị Kim Hương]], [[AGE:34]] tuổi, làm nail ở [[LOCATION:Melbourne]], mỗi tháng gửi về cho mẹ ở [[LOCATION:Vĩnh Châu]] khoảng 10 triệu đồng qua tài khoản [[ID_NUMBER:105 872 334 119]].""",
    """The last person to book the delivery slot was [[PERSON:Hemi Walker]], so the driver should call [[PERSON:hemi]].""",
    """Hồ sơ vay vốn của [[PERSON:Tăng Văn Sà Rươl]] ghi địa chỉ [[ADDRESS:số 27 ấp Phước Hòa]], [[LOCATION:xã Long Hữu]], [[LOCATION:Duyên Hải]], [[LOCATION:Trà Vinh]] [[ZIP_CODE:87712]]; anh sinh ngày [[DATE_TIME:9 tháng 3 năm 1984]] và nuôi tôm từ 2010.""",
    """The refund for the cancelled flight goes back to the Amex [[CREDIT_CARD:3714 298155 02739]] of [[PERSON:Vikram Sethi]], not to his wife [[PERSON:Anjali]]'s card.""",
]

TABLE = [
    """name,phone,city,visits
[[PERSON:Tran Thi Mai]],[[PHONE_NUMBER:(832) 555-0114]],[[LOCATION:Houston]],14
[[PERSON:Kelly Nguyen]],[[PHONE_NUMBER:(832) 555-0190]],[[LOCATION:Sugar Land]],3
[[PERSON:Brianna Scott]],[[PHONE_NUMBER:(281) 555-0147]],[[LOCATION:Katy]],7""",
    """"customer_id";"full_name";"iban";"balance_eur"
"[[ID_NUMBER:DE-88120]]";"[[PERSON:Jana Hoffmeister]]";"[[IBAN_CODE:DE35370400440532013099]]";"1.204,55"
"[[ID_NUMBER:DE-88121]]";"[[PERSON:Emre Yıldız]]";"[[IBAN_CODE:DE44 5001 0517 5407 3249 31]]";"88,10\"""",
    """sender	receiver	province	amount_usd	date_sent
[[PERSON:Sơn Ngọc Minh]]	[[PERSON:Sơn Thị Sa Rinh]]	[[LOCATION:Sóc Trăng]]	300	[[DATE_TIME:2024-02-05]]
[[PERSON:Kim Bunthoeun]]	[[PERSON:Kim Thị Sô Ka]]	[[LOCATION:Trà Vinh]]	150	[[DATE_TIME:2024-02-07]]
[[PERSON:Lâm Sa Phol]]	[[PERSON:Lâm Thị Đa Ni]]	[[LOCATION:Bạc Liêu]]	500	[[DATE_TIME:2024-02-09]]""",
    """| Plate        | Model          | Renter            | Passport   | Out        |
|--------------|----------------|-------------------|------------|------------|
| [[ID_NUMBER:43-E1 551.20]] | Honda Vision   | [[PERSON:Anouk de Vries]]    | [[ID_NUMBER:NXC8R41K2]]  | [[DATE_TIME:2024-07-01]] |
| [[ID_NUMBER:43-E1 551.21]] | Yamaha NVX     | [[PERSON:Callum Reid]]       | [[ID_NUMBER:126690418]]  | [[DATE_TIME:2024-07-02]] |
| [[ID_NUMBER:43-D1 090.77]] | Honda Air Blade| [[PERSON:Yuki Sato]]         | [[ID_NUMBER:TR4418209]]  | [[DATE_TIME:2024-07-02]] |""",
    """ patient_no | name              | dob        | ward
------------+-------------------+------------+------
 [[ID_NUMBER:H-204471]]   | [[PERSON:Mabel Crawshaw]]    | [[DATE_TIME:1939-04-11]] | 7B
 [[ID_NUMBER:H-204502]]   | [[PERSON:Tariq Anwar]]       | [[DATE_TIME:1961-09-30]] | 4A
(2 rows)""",
    """EMP_NO  SURNAME       FIRST      DEPT   START
[[ID_NUMBER:00481]]   [[PERSON:MacKenzie]]     [[PERSON:Isla]]       OPS    [[DATE_TIME:03/09/2018]]
[[ID_NUMBER:00517]]   [[PERSON:Osei-Bonsu]]    [[PERSON:Kwabena]]    FIN    [[DATE_TIME:14/01/2020]]
[[ID_NUMBER:00522]]   [[PERSON:Ruiz]]          [[PERSON:Lucía]]      IT     [[DATE_TIME:01/06/2021]]""",
    """{"pond": "A3", "owner": "[[PERSON:Thạch Văn Hên]]", "area_m2": 4200, "stocked": "2024-03-02", "species": "P. vannamei"}
{"pond": "B1", "owner": "[[PERSON:Danh Thị Sa Vươl]]", "area_m2": 3800, "stocked": "2024-03-09", "species": "P. monodon"}
{"pond": "B2", "owner": "[[PERSON:Danh Thị Sa Vươl]]", "area_m2": 3650, "stocked": "2024-03-09", "species": "P. monodon"}""",
    """- name: [[PERSON:Aisha Bello]]
  email: [[EMAIL_ADDRESS:aisha.bello@gmail.com]]
  role: treasurer
  joined: [[DATE_TIME:2022-10-15]]
- name: [[PERSON:Femi Adewale]]
  email: [[EMAIL_ADDRESS:femi.adewale@yahoo.com]]
  role: secretary
  joined: [[DATE_TIME:2023-01-08]]""",
    """Name: [[PERSON:Rhiannon Pryce]]
Date of birth: [[DATE_TIME:02/02/1994]]
NHS number: [[ID_NUMBER:650 912 8845]]
Address: [[ADDRESS:14 Bryn Road]], [[LOCATION:Swansea]] [[ZIP_CODE:SA2 0AP]]
Allergies: penicillin
Blood group: O+""",
    """sku,description,qty,unit_price,buyer_email
NL-GEL-031,Gel polish Ruby 15ml,24,4.10,[[EMAIL_ADDRESS:lily.nailsbar@hotmail.co.uk]]
NL-TIP-500,Coffin tips box 500,6,7.95,[[EMAIL_ADDRESS:tonyvo.nails@gmail.com]]
NL-LMP-UV,UV/LED lamp 48W,1,39.00,orders@nailpro-wholesale.co.uk""",
    """Họ tên;Năm sinh;Số CCCD;Địa chỉ
[[PERSON:Thạch Thị Đa Ra]];1987;[[ID_NUMBER:084187004421]];[[LOCATION:xã Ngọc Biên]], [[LOCATION:Trà Cú]], [[LOCATION:Trà Vinh]]
[[PERSON:Sơn Văn Ba]];1979;[[ID_NUMBER:084079001938]];[[LOCATION:xã Tập Sơn]], [[LOCATION:Trà Cú]], [[LOCATION:Trà Vinh]]
[[PERSON:Kim Thị Mỹ Linh]];2001;[[ID_NUMBER:084301007712]];[[LOCATION:phường 7]], [[LOCATION:TP. Trà Vinh]]""",
    """| Student        | ID       | Grade | Guardian phone   |
| -------------- | -------- | ----- | ---------------- |
| [[PERSON:Noah Whitfield]] | [[ID_NUMBER:ST-10442]] | 5     | [[PHONE_NUMBER:0412 990 117]]     |
| [[PERSON:Zara Ahmed]]     | [[ID_NUMBER:ST-10451]] | 5     | [[PHONE_NUMBER:0433 218 660]]     |
| [[PERSON:Mia Tuilagi]]    | [[ID_NUMBER:ST-10463]] | 6     | [[PHONE_NUMBER:0402 771 305]]     |""",
    """id	user	ip	last_login	country
1	[[USERNAME:dragonslayer_ph]]	[[IP_ADDRESS:112.198.74.30]]	[[DATE_TIME:2024-10-02 22:14]]	[[LOCATION:PH]]
2	[[USERNAME:kiwi_gamer77]]	[[IP_ADDRESS:121.75.18.204]]	[[DATE_TIME:2024-10-03 07:51]]	[[LOCATION:NZ]]
3	[[USERNAME:mekong.ghost]]	[[IP_ADDRESS:2405:4802:9133:5e10::7]]	[[DATE_TIME:2024-10-03 09:02]]	[[LOCATION:VN]]""",
    """Tenant            Unit   Rent    Phone            Lease end
[[PERSON:Gareth Lloyd]]      1A     £725    [[PHONE_NUMBER:07700 900 144]]    [[DATE_TIME:31/03/2025]]
[[PERSON:Ewa Nowak]]         1B     £690    [[PHONE_NUMBER:07700 900 377]]    [[DATE_TIME:30/06/2025]]
(vacant)          2A     £750    -                -""",
    """card_holder,card_number,exp,status
[[PERSON:Hannah Bergström]],[[CREDIT_CARD:4532 0177 8823 4618]],08/27,active
[[PERSON:Ade Ogunleye]],[[CREDIT_CARD:5355 1684 0071 2290]],01/26,blocked
[[PERSON:Lisa Tran]],**** **** **** 9031,05/25,expired""",
    """farmer: [[PERSON:Lâm Văn Sóc]]
village: [[LOCATION:Hòa Tú]]
plot_ha: 3.1
variety: ST25
phone: [[PHONE_NUMBER:0977 403 118]]
farmer: [[PERSON:Tăng Thị Sa Rinh]]
village: [[LOCATION:Gia Hòa]]
plot_ha: 1.8
variety: OM5451
phone: [[PHONE_NUMBER:0386 220 915]]""",
    """"Name","Nationality","Age","Passport"
"[[PERSON:Jakob Nielsen]]","[[NRP:Danish]]","[[AGE:31]]","[[ID_NUMBER:209441187]]"
"[[PERSON:Chiara Bellini]]","[[NRP:Italian]]","[[AGE:27]]","[[ID_NUMBER:YA4419023]]"
"[[PERSON:Sipho Mahlangu]]","[[NRP:South African]]","[[AGE:44]]","[[ID_NUMBER:A06218834]]\"""",
    """+------------+------------------+--------------------------+
| member_no  | name             | email                    |
+------------+------------------+--------------------------+
| [[ID_NUMBER:M-771204]]   | [[PERSON:Declan Whelan]]    | [[EMAIL_ADDRESS:dwhelan@eircom.net]]       |
| [[ID_NUMBER:M-771219]]   | [[PERSON:Niamh Corcoran]]   | [[EMAIL_ADDRESS:niamh.c@gmail.com]]        |
+------------+------------------+--------------------------+""",
    """date,item,amount,paid_by
2024-05-01,Rice seed 40kg,1250000,[[PERSON:Huỳnh Văn Tư]]
2024-05-03,Fertilizer NPK,2300000,[[PERSON:Huỳnh Văn Tư]]
2024-05-10,Pump repair,800000,[[PERSON:Thạch Rươne]]""",
    """Resident           DOB          Room  GP
[[PERSON:Beryl Ainsworth]]    [[DATE_TIME:12.06.1931]]   14    [[PERSON:Dr. Okafor]]
[[PERSON:Stanley Moss]]       [[DATE_TIME:30.01.1936]]   15    [[PERSON:Dr. Okafor]]
[[PERSON:Iris Kealoha]]       [[DATE_TIME:07.08.1940]]   17    [[PERSON:Dr. Lindqvist]]""",
    """{"ts":"2024-09-14T10:02:11Z","caller":"[[PHONE_NUMBER:+61 412 335 908]]","name":"[[PERSON:Matt Kelleher]]","queue":"billing","wait_s":184}
{"ts":"2024-09-14T10:04:40Z","caller":"[[PHONE_NUMBER:+61 3 9555 0127]]","name":"[[PERSON:Rosa Giordano]]","queue":"faults","wait_s":52}
{"ts":"2024-09-14T10:05:02Z","caller":"1300 555 111","name":"Westside Pharmacy","queue":"business","wait_s":9}""",
    """Name | Address | Postcode
[[PERSON:Ahmed Shah]] | [[ADDRESS:21 Sandringham Road]], [[LOCATION:Bradford]] | [[ZIP_CODE:BD8 9AE]]
[[PERSON:Kerry-Ann Foster]] | [[ADDRESS:Flat 4, 3 Abbey Street]], [[LOCATION:Derby]] | [[ZIP_CODE:DE22 3SJ]]""",
    """customer: [[PERSON:Juan Pablo Herrera]]
ssn: [[US_SSN:431-88-2019]]
dl: [[US_DRIVER_LICENSE:H620-418-77-219-0]]
address: [[ADDRESS:6021 SW 8th St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33144]]
score: 712""",
    """employee,pan,aadhaar,uan
[[PERSON:Deepa Krishnamurthy]],[[ID_NUMBER:AJKPK9043R]],[[ID_NUMBER:6194 8203 3772]],[[ID_NUMBER:100884471203]]
[[PERSON:Manoj Yadav]],[[ID_NUMBER:BQWPY1187D]],[[ID_NUMBER:4812 7730 9150]],[[ID_NUMBER:100884471377]]""",
    """slot   client               service          tech
09:00  [[PERSON:Shanice]]              full set acrylic [[PERSON:Tina]]
09:45  [[TITLE:mrs]] [[PERSON:o'leary]]          gel manicure     [[PERSON:Kim]]
10:30  [[PERSON:Priyanka R.]]          pedicure         [[PERSON:Tina]]
11:15  walk-in              eyebrow wax      [[PERSON:Lan]]""",
    """order_id|tracking|recipient|phone|suburb
A-55102|1Z999AA10123456784|[[PERSON:Bronwyn Tait]]|[[PHONE_NUMBER:027 441 2289]]|[[LOCATION:Karori]]
A-55109|1Z999AA10123456791|[[PERSON:Rawiri Ngata]]|[[PHONE_NUMBER:021 338 9042]]|[[LOCATION:Gisborne]]""",
    """ staff_id | full_name        | nric       | mobile
----------+------------------+------------+-----------
 [[ID_NUMBER:SG0091]]   | [[PERSON:Lim Mei Ling]]     | [[ID_NUMBER:S8120563I]]  | [[PHONE_NUMBER:9182 4470]]
 [[ID_NUMBER:SG0094]]   | [[PERSON:Rajesh s/o Ganesan]] | [[ID_NUMBER:T0278413G]] | [[PHONE_NUMBER:8733 2091]]
 [[ID_NUMBER:SG0102]]   | [[PERSON:Nguyen Van An]]    | [[ID_NUMBER:F2213094M]]  | [[PHONE_NUMBER:8450 1128]]""",
    """Mã KH | Họ tên | SĐT | Ngày thuê | Biển số
[[ID_NUMBER:KH0451]] | [[PERSON:Phạm Minh Khang]] | [[PHONE_NUMBER:0905 118 443]] | [[DATE_TIME:12/08/2024]] | [[ID_NUMBER:43-C1 227.90]]
[[ID_NUMBER:KH0452]] | [[PERSON:Olivia Bennett]] | [[PHONE_NUMBER:+44 7700 900 531]] | [[DATE_TIME:13/08/2024]] | [[ID_NUMBER:43-C1 228.05]]""",
    """policy_no,insured,dob,sum_insured,beneficiary
LIF-00917,[[PERSON:Grace Mutua]],[[DATE_TIME:1976-03-14]],2000000,[[PERSON:Brian Mutua]]
LIF-00922,[[PERSON:Peter Otieno]],[[DATE_TIME:1969-11-02]],1500000,[[PERSON:Mary Akinyi]]""",
    """donor_name        amount  method   email
[[PERSON:Harriet Bellingham]]  250.00  card     [[EMAIL_ADDRESS:harriet.bellingham@btinternet.com]]
anonymous         50.00   cash     -
[[PERSON:Rupert Haigh]]      100.00  DD       [[EMAIL_ADDRESS:rhaigh@me.com]]""",
    """- user: [[USERNAME:sreyleak_ph]]
  display: "[[PERSON:ស្រីល័ក្ខ]]"
  followers: 18420
  bio_link: [[URL:https://instagram.com/sreyleak_ph]]
- user: [[USERNAME:dara.kh]]
  display: "[[PERSON:ដារ៉ា]]"
  followers: 972
  bio_link: [[URL:https://www.tiktok.com/@dara.kh]]""",
    """ACCOUNT      HOLDER               SORT      OPENED
[[ID_NUMBER:41882207]]     [[PERSON:Bernard Akintola]]     20-32-53  [[DATE_TIME:11/04/2016]]
[[ID_NUMBER:55019346]]     [[PERSON:Sinéad Walsh]]         90-11-24  [[DATE_TIME:02/09/2019]]""",
    """visit_date,patient,mrn,bp,notes
[[DATE_TIME:2024-06-03]],[[PERSON:Sione Taufa]],[[ID_NUMBER:MRN77120]],138/88,review meds
[[DATE_TIME:2024-06-03]],[[PERSON:Ana Folau]],[[ID_NUMBER:MRN77135]],121/79,ok""",
    """emp;name;hired;salary_band
[[ID_NUMBER:7781]];[[PERSON:Saanvi Rao]];[[DATE_TIME:2019-04-01]];B3
[[ID_NUMBER:7790]];[[PERSON:O'Connell]], [[PERSON:Patrick]];[[DATE_TIME:2020-11-16]];B2
[[ID_NUMBER:7802]];[[PERSON:ngata]], [[PERSON:huia]];[[DATE_TIME:2022-02-28]];A4""",
    """| # | Name                 | Phone           | Email                         |
|---|----------------------|-----------------|-------------------------------|
| 1 | [[PERSON:Chau Soc Khang]]       | [[PHONE_NUMBER:+1 206 555 0131]] | [[EMAIL_ADDRESS:sockhang.chau@gmail.com]]       |
| 2 | [[PERSON:Thach Chanh Ra]]       | [[PHONE_NUMBER:+1 206 555 0162]] | [[EMAIL_ADDRESS:chanhra.t@outlook.com]]         |
| 3 | Khmer Krom Association | 206-555-0100  | info@khmerkrom-seattle.org    |""",
]

CHAT = [
    """Agent [[PERSON:Priya]]: Thanks for contacting FlexiMobile, who am I speaking with?
[[PERSON:Declan]]: [[PERSON:Declan Fitzgerald]], account [[ID_NUMBER:FM-4471209]].
Agent [[PERSON:Priya]]: Thanks [[PERSON:Declan]], can you confirm your date of birth?
[[PERSON:Declan]]: [[DATE_TIME:19 March 1988]]. And please send the new SIM to [[ADDRESS:5 Harbour View]], [[LOCATION:Cobh]], not the old address.""",
    """Mẹ: [[PERSON:Thảo]] ơi, chú [[PERSON:Tư]] gửi tiền chưa con?
[[PERSON:Thảo]]: Dạ rồi mẹ, 500 đô, mã nhận tiền 7741 2290 18, mẹ ra ngân hàng ở [[LOCATION:Vĩnh Châu]] nhận nha.
Mẹ: Nhớ nhắn số CCCD của mẹ cho chú: [[ID_NUMBER:094160002735]].""",
    """[[PERSON:sam_k]]: is the bike still available?
[[PERSON:Leanne]]: yes! $1,800, rego [[ID_NUMBER:XYZ 42B]], you can see it at [[ADDRESS:33 Banksia Ave]], [[LOCATION:Morphett Vale]]
[[PERSON:sam_k]]: cool, I'm [[PERSON:Sam Kowalski]], can I come sat morning? my number is [[PHONE_NUMBER:0488 120 557]]
[[PERSON:Leanne]]: sure, ask for [[PERSON:Leanne]] or my partner [[PERSON:Jarrah]]""",
    """[[PERSON:Bich]] (Lotus Nails): [[PERSON:Kim]], can you cover [[PERSON:Hanh]]'s 3pm? She's at the doctor.
[[PERSON:Kim]]: ok sis. Customer name?
[[PERSON:Bich]] (Lotus Nails): [[PERSON:Mrs Patterson]], gel fill, her number [[PHONE_NUMBER:(503) 555-0179]] if she's late
[[PERSON:Kim]]: 👍""",
    """#platform-team
[[PERSON:Oren]]: prod DB password rotated, new one is in the vault
[[PERSON:Ngozi]]: thx. fyi [[PERSON:Rahim]]'s last day is [[DATE_TIME:Friday 25 Oct]], send his laptop to [[ADDRESS:14 Cedar Court]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 4PL]]
[[PERSON:Rahim]]: 😢 will miss you all. personal email is [[EMAIL_ADDRESS:rahim.uddin.dev@gmail.com]] if anyone wants to stay in touch""",
    """Customer ([[PERSON:Maria Santos]]): Hi, I need to change my delivery address
Bot: Sure! What's your order number?
Customer ([[PERSON:Maria Santos]]): PH-2024-88120
Bot: Thanks. What's the new address?
Customer ([[PERSON:Maria Santos]]): [[ADDRESS:Unit 7B, Palm Residences, 88 Katipunan Ave]], [[LOCATION:Quezon City]] [[ZIP_CODE:1108]]. Call [[PHONE_NUMBER:0998 441 2270]] on arrival""",
    """[[PERSON:Thach Sokha]]: bác [[PERSON:Sơn]] ơi, con thuê 2 xe cho khách Tây ngày mai được không?
[[PERSON:Sơn Văn Phước]]: được con, gửi hộ chiếu khách qua nha
[[PERSON:Thach Sokha]]: dạ, khách tên [[PERSON:Lukas Meyer]], hộ chiếu [[ID_NUMBER:C7T41X9L2]], và [[PERSON:Emma Schulz]], hộ chiếu [[ID_NUMBER:C2K88P0R5]]""",
    """Family group 🏡
Dad: who's picking up Nana from the airport on the [[DATE_TIME:12th]]?
[[PERSON:Chloe]]: me! flight lands 6:40pm
Mum: thanks love. Her new mobile is [[PHONE_NUMBER:0419 228 374]], old one's disconnected
[[PERSON:Ben]]: I'll get her bags to [[ADDRESS:9 Wren Street]] after""",
]

LOOKALIKE = [
    """Shipment summary: container [MSKU7341093] and [TGHU8820451] cleared customs under declaration 30591-24-0017822 on 14/06. Lot numbers LOT-2024-0611-A and LOT-2024-0611-B (frozen P. vannamei, 18,000 kg). HS code 0306.17. Contact the forwarder at ops@mekongfreight.vn or +84 28 3822 9100. Consignee: [[PERSON:Nguyễn Hữu Lộc]], mobile [[PHONE_NUMBER:0909 512 877]].""",
    """Release notes 4.12.0.7: fixed crash in build 10.0.19045.3803; the updater now checks SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Device serial SN-A7X-00912-KR. Tested on firmware 192.168.2.1 (yes, that's the version string, not an address). Request id 550e8400-e29b-41d4-a716-446655440000.""",
    """Reading list for the book club: ISBN 978-0-306-40615-7, ISBN 9781952194054 and EAN 8935000455128 (Vietnamese edition). Meeting at the Parnell Street library, room 2; RSVP to bookclub@dublincitylibraries.ie or 01 222 8400. Facilitator: [[PERSON:Orla Nic Dhonnacha]].""",
    """Invoice INV-2024-000871 from Sunrise Nail Supply Ltd (company no. 11458802, VAT GB 284 5571 90). Order PO-55102, SKU GEL-RUBY-15ML x 24, tracking 1Z999AA10123456784, booking ref QH7K2L. Customer service 0800 047 1188, sales@sunrisenailsupply.co.uk. Delivered to Martin Luther King Jr Way depot; Alzheimer's charity donation added.""",
    """Motorbike rental terms: bikes 92H1-563.28 style plates are listed on our website for reference only. Booking code HA-2407-0088; deposit receipt RC/24/7719. Our office line 0235 3911 088, info@hoianmotorent.com. The route passes Trần Hưng Đạo and Nguyễn Thị Minh Khai streets, then the Hải Vân pass (km 21+400). Customer: [[PERSON:Sophie Laurent]], WhatsApp [[PHONE_NUMBER:+33 6 44 18 29 07]].""",
    """Error log: ORA-00942 at line 118; ticket CS-4471-22; MAC 00:1A:2B:3C:4D:5E on switch port Gi1/0/24; VLAN 104; SNMP OID 1.3.6.1.2.1.1.5.0; tax registration of the supplier 0310771225-001; GTIN 05012345678900; version 2.10.4.18.""",
    """Farm cooperative notice: seed batch ST25-2024-B07, certificate QC/ST/2024/0991, cooperative reg. no. 2201H-00417, hotline 1900 6688. Harvest at field block K-17 starts [[DATE_TIME:20/11]] for member [[PERSON:Thạch Văn Hên]] ([[ID_NUMBER:HTX-0231]]); drying yard on Đường Tôn Đức Thắng, lot 4.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    rows, kinds, per_style = [], Counter(), {}
    marks = 0
    for style, records in STYLES.items():
        per_style[style] = len(records)
        for n, markup in enumerate(records, 1):
            rid = f"blind151-{style}-{n:03d}"
            text, spans = parse(markup)
            check(rid, text, spans)
            marks += len(MARK.findall(markup))
            kinds.update(s["entity_type"] for s in spans)
            rows.append({"id": rid, "text": text, "spans": spans})
    titles_split = sum(1 for r in STYLES.values() for m in r for k, v in MARK.findall(m) if k == "PERSON" and TITLE_IN_NAME.match(v))
    parsed_ok = sum(kinds.values()) == marks + titles_split
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    print("records per style:")
    for style, n in per_style.items():
        print(f"  {style:10s} {n}")
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")
    print(f"marks {marks} + titles split {titles_split} = spans {sum(kinds.values())}: {'every mark parsed' if parsed_ok else 'MISMATCH'}")


if __name__ == "__main__":
    main()
