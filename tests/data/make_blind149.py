"""Build tests/data/blind149.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind149.py

It prints counts only: records per style, spans per entity type, and a check
that every `[[TYPE:value]]` mark parsed into a span of a known type.

Blind: written without any knowledge of the detector it will measure. Read
while writing: the first 121 lines of make_blind22.py (its docstring with the
labeling conventions and style descriptions, and its imports), the tail of
make_blind22.py from `STYLES = {` to the end (its STYLES dict and main(),
copied as scaffolding), gold_sets.py in full, and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`, copied below). Not read: the detector (minimize/, recognizers/),
bench/, any other test, any other make_*.py or the rest of the two files
above, the README, and every *.jsonl (this script's own output included,
which was only checked through the counts it prints). No git command was
run. The detector, the bench, the tests and `minimize` were never run on
this file. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()`, which strips the inline
`[[TYPE:value]]` marks; `gold_sets.write_and_report` then checks and writes
the set (ids `blind149-<style>-NNN`).

Styles (240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: about 25 like ai4privacy pii-masking-200k/300k/400k (odd mixed
  sentences dense with names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), about 40 like gretel-pii-masking-en-v1 (claims, contracts,
  loan, medical, rental and benefit forms, notices, letters, settlements,
  petitions) and about 35 like Nemotron-PII (JSON, log lines, SQL, XML /
  FHIR, YAML, .env, HTTP requests, Python and Java test code, tickets, form
  dumps, mail headers, call records).
- `gen` (90): one to four sentences of "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record rendered as text: CSV (comma and
  semicolon, quoted and not), TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML and key: value blocks; header rows sometimes unlabeled
  (a header row is never labeled), non-PII columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (UK, Wales, Scotland,
Ireland and Northern Ireland, US, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Kenya contexts, names from many cultures), the rest
in Welsh (with its circumflexed vowels, w and y), Irish (with the fada, and
one record in the older dotted-consonant spelling of the Gaelic type) and
Scottish Gaelic (with its grave accents), plus English text naming people,
places and ids of those regions. Domains with extra weight: hill farms and
agricultural grants, county councils, lifeboat and mountain rescue; the
rest spread over banking, health, pharmacy, legal, schools, HR, retail,
travel, telecoms, government, housing, gaming, social media, IT,
deliveries, insurance and charities.

Check digits made valid (worked out with throwaway code while writing, not
kept and not generated here): card numbers pass Luhn; IBANs (GB and IE)
pass mod-97 with their country's length; NHS numbers and Scottish CHI
numbers pass mod-11 (the CHI numbers agree with the birth date and the sex
digit where they show); Irish PPSNs carry a valid mod-23 check letter;
Canadian SINs pass Luhn; Australian TFNs pass their weighted mod-11; the
New Zealand IRD number passes its weighted mod-11; South African ids pass
Luhn (and agree with the birth date and sex they encode); Aadhaar numbers
pass Verhoeff; among the look-alikes, ISBN-13 / EAN-13
check digits and ISO 6346 container check digits are valid. UK NI numbers,
US SSNs, passports, licences, plates, bank account numbers, farm customer
references and staff, student, member, patient and loyalty numbers were
not checked.

Labeling conventions: those of make_blind22.py (types, what is and is not
labeled, titles inside names split off by TITLE_IN_NAME, other honorifics
and ranks such as Cllr, Rev., Capt., Sgt. marked TITLE by hand). Calls made
while writing this set, in the same spirit:
- a farmer's customer reference (Rural Payments Wales CRN, SBI, Irish
  Irish Department of Agriculture customer id) is ID_NUMBER like other
  customer numbers; CPH holding numbers, herd and flock numbers, ear tags,
  field parcel and folio ids and vessel numbers are left unlabeled (they
  name land, animals and boats); a farm's name used as the place where a
  person lives or farms is ADDRESS like a house name;
- names of councils, courts, lifeboat stations, rescue teams, hospitals,
  practices, schools, charities and companies are organisation names and
  stay unlabeled, place words inside them included; roads and streets
  without a number (the B4580, Castle Terrace) stay unlabeled too;
- a named hill, mountain, valley or loch where a person was is LOCATION;
  grid references, what3words and incident / shout numbers are unlabeled;
- an IP address of a person's device or session is IP_ADDRESS (private
  ranges included); server and relay addresses (a DB host, a mail relay in
  a Received: header) are not;
- the timestamp of a person's own event in a log, call record, mail
  header or form dump (a login, a call, a payment, a callout, a submission,
  the Date: of a person's mail) is DATE_TIME, like the "last login" of
  blind22; a server's own events and the dates in a query filter are not;
- database keys (id, user_id, customer_id columns, FHIR "Patient/77310"
  references) are record ids and stay unlabeled, while a customer,
  account or member number given to the person is ID_NUMBER;
- BIC / SWIFT codes are unlabeled like sort codes; a language name
  ("Welsh-speaking") is not NRP, a person's nationality ("she is Irish") is.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind149.jsonl")

# copied from make_handwritten.py (lines 1-64): the mark syntax and parse()
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


KNOWN = {
    "PERSON", "TITLE", "ADDRESS", "LOCATION", "ZIP_CODE", "DATE_TIME", "AGE", "USERNAME", "URL", "NRP",
    "ID_NUMBER", "US_SSN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
    "PHONE_NUMBER", "EMAIL_ADDRESS",
}

BENCH = [
    # ai4privacy-like
    """Dear [[PERSON:Ffion Probert]], as Regional Hill Farm Liaison Officer you will sign in as [[USERNAME:ffion.probert88]] from [[IP_ADDRESS:81.174.22.139]]; the upland grant will be paid to [[IBAN_CODE:GB39RBOS16231078453390]] (BIC RBOSGB2L) and posted to [[ADDRESS:Bryn Celyn, 4 Lôn Glyder]], [[LOCATION:Bethesda]] [[ZIP_CODE:LL57 3AP]].""",
    """[[PERSON:Mr. Callum Mackintosh]], Senior Data Wrangler, your new laptop (MAC 3c:22:fb:91:0e:7a) was registered to [[IP_ADDRESS:2a02:c7c:5d14:9e00:b1f2:4a7e:0c31:77d2]] under the handle [[USERNAME:cmackintosh_hi]]. Please call [[PHONE_NUMBER:07700 900418]] if this was not you.""",
    """Card ending details for [[PERSON:Ngozi Adeyemi-Clarke]]: [[CREDIT_CARD:4539 1146 2200 2906]], CVV 418, exp 09/27. Billing: [[ADDRESS:Flat 12, 88 Cowbridge Road East]], [[LOCATION:Cardiff]], [[ZIP_CODE:CF11 9DU]]. Device agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15.""",
    """Lifeboat Operations Manager [[PERSON:Rhodri]] needs the crew roster synced for [[PERSON:siân o'connell]] (DOB [[DATE_TIME:03/11/1991]], age [[AGE:33]]) whose pager MAC is 00-1B-44-11-3A-B7 and whose personal email is [[EMAIL_ADDRESS:sianoc91@btinternet.com]].""",
    """Our Chief Wellbeing Architect, [[PERSON:Aroha Tane-Whitmore]], moved to [[ADDRESS:Suite 4B, 212 Cuba Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], [[LOCATION:New Zealand]]; she reached the portal from [[IP_ADDRESS:203.109.178.44]] with Chrome/124.0.6367.91 on Windows NT 10.0.""",
    """Transfer approved: [[PERSON:Eoghan Ó Dálaigh]] → [[IBAN_CODE:IE72IPBS99062511049873]], BIC IPBSIE2D, amount €1,450.00, ref FARMSUB-2024-Q2. Gender: male. Job: Dairy Herd Manager. Contact [[PHONE_NUMBER:+353 86 552 0174]].""",
    """Hey [[PERSON:tamsin]], the account [[USERNAME:tamsin_k_penwith]] tied to [[EMAIL_ADDRESS:tamsin.kernow@outlook.com]] last logged in on [[DATE_TIME:2024-02-17 21:43]] from [[IP_ADDRESS:86.14.203.9]]. Your password Trev!an2024 has been reset.""",
    """Mountain Rescue Coordinator [[PERSON:Iain Ruadh MacLeod]], based at [[ADDRESS:7 Ard Dorch]], [[LOCATION:Broadford]], [[LOCATION:Isle of Skye]] [[ZIP_CODE:IV49 9AJ]], is the emergency contact for casualty [[PERSON:Yusuf Karim]], [[AGE:27]], found on [[LOCATION:Sgùrr Alasdair]] at grid NG 450 207.""",
    """Please update [[PERSON:Ms. Oluwaseun Bakare]]'s payroll: account [[ID_NUMBER:41207766]], sort code 20-45-77, card [[CREDIT_CARD:5425 2065 7746 4729]] (expires 11/26, CVC 902). Secondary address: [[ADDRESS:Apartment 6]]; building number [[ADDRESS:19]]; street [[ADDRESS:Ffordd Pentre]]; county [[LOCATION:Conwy]].""",
    """Investor Relations Strategist [[PERSON:Hamish]] [[PERSON:Drummond-Ogilvy]] from [[LOCATION:Perth]] asked that the refund reach [[IBAN_CODE:GB65 CLYD 8266 1500 7432 15]]; his device [[IP_ADDRESS:fe80::1c4a:7bff:fe22:9c10]] and [[IP_ADDRESS:92.40.177.201]] both flagged.""",
    """[[PERSON:Kiri]]'s SSN is [[US_SSN:512-48-3390]] and her US passport [[US_PASSPORT:A48812097]]; she was born [[DATE_TIME:July 4th, 1986]] in [[LOCATION:Boise]], [[LOCATION:Idaho]], and now works as a Principal Quality Facilitator.""",
    """Payment of €212 for the Glastir Advanced claim by [[PERSON:Gwenllian ap Hywel]] failed: card [[CREDIT_CARD:6759624672902886]] declined, expiry 03/25. Her IP [[IP_ADDRESS:2a00:23c6:e18a:3501::4]] and the Safari 17.3 agent were logged.""",
    """Dear [[PERSON:Dr. Anjali Venkataraman]], your locum placement at Ysbyty Gwynedd starts [[DATE_TIME:Monday 9 September 2024]]; send your passport number [[ID_NUMBER:Z7715302]] and NI number [[ID_NUMBER:JT 48 27 19 C]] to medical.staffing@wales.nhs.example.""",
    """VIP shopper [[PERSON:Declan Fitzpatrick-Byrne]] ([[USERNAME:decfitz]]) ordered three crampons to [[ADDRESS:Unit 3, 15 Main Street]], [[LOCATION:Dungloe]], [[LOCATION:Co. Donegal]], [[ZIP_CODE:F94 X2C6]]; payment by [[CREDIT_CARD:4916-6004-1372-1616]], CVV 071.""",
    """The Legacy Branding Consultant [[PERSON:Mairi Chaimbeul]] lives at [[ADDRESS:22 Bayhead]], [[LOCATION:Stornoway]] [[ZIP_CODE:HS1 2DU]]; her browser Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0 and MAC a4:83:e7:0c:5d:19 were seen on [[IP_ADDRESS:109.144.21.66]].""",
    """Attention [[PERSON:Mx. Robin Teague]]: your mobile [[PHONE_NUMBER:+44 28 9043 1176]] and date of birth [[DATE_TIME:1979-12-30]] are now linked to the Belfast library account [[ID_NUMBER:BL0062194]]. Tip: keep your PIN 7731 secret.""",
    """Crypto onboarding: [[PERSON:Bongani Dlamini]], age [[AGE:41]], ID [[ID_NUMBER:8302155223086]], wallet label bongi-cold-1, billing [[ADDRESS:14 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]. Card [[CREDIT_CARD:5186 8405 7353 2581]] exp 02/28.""",
    """Coxswain [[PERSON:Gethin Rees]] asked [[PERSON:morgan]] to forward the SAR debrief to [[EMAIL_ADDRESS:g.rees.tenby@gmail.com]] and to text [[PHONE_NUMBER:07700 900 562]]; from his laptop at [[IP_ADDRESS:10.0.4.17]] (MAC 88:66:5a:1f:02:c3).""",
    """[[PERSON:Prof. Seán Mac Giolla Phádraig]] of the Department of Agri-Food Futures reset his password (Gort@na2024!) from [[IP_ADDRESS:193.1.104.12]]; his staff number is [[ID_NUMBER:UG-440172]] and his office is [[ADDRESS:Room 2.14, Áras Uí Chathail]].""",
    """Refund routed for [[PERSON:Liang Wei]] to [[IBAN_CODE:GB78 HBUK 4012 7652 2908 31]] (BIC HBUKGB4B). Birth: [[DATE_TIME:22.08.1994]]. Street: [[ADDRESS:301 Dumbarton Road]], [[LOCATION:Partick]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6AA]]. Role: Dynamic Tactics Analyst.""",
    """Gamer tag [[USERNAME:DragonBachYnys]] belongs to [[PERSON:Cai Llywelyn]] ([[AGE:16]]); parent contact [[PERSON:Nerys Llywelyn]], [[PHONE_NUMBER:01248 361552]], [[EMAIL_ADDRESS:nerys.llyw@icloud.com]]. Console MAC 7c:bb:8a:42:10:ee; session from [[IP_ADDRESS:2a01:4b00:8e2c:6f00:9d1:22ff:fe3a:501c]].""",
    """Agricultural Grants Officer [[PERSON:Deirdre Ní Fhlannagáin]] confirmed DAFM customer id [[ID_NUMBER:Y1234506]] for [[PERSON:Padraig Mulcahy]] at [[ADDRESS:Cnoc na Gaoithe]], [[LOCATION:Ballyvourney]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P12 KX52]]; payment to [[IBAN_CODE:IE15ULSB98524630018745]].""",
    """Insurance quote for [[PERSON:Keisha Thompson-Reid]], born [[DATE_TIME:5th Feb 1990]], vehicle plate [[ID_NUMBER:CN19 WXP]], licence [[ID_NUMBER:THOMP952050KT9XY]], at [[ADDRESS:Flat B, 61 St Helens Road]], [[LOCATION:Swansea]] [[ZIP_CODE:SA1 4BE]]. Occupation: Forward Paradigm Planner.""",
    """[[PERSON:Rajesh Krishnamurthy]] ([[EMAIL_ADDRESS:rajesh.k@protonmail.com]]) wired £3,200 from [[IBAN_CODE:GB03 MIDL 4005 1586 3792 04]] to his sister; Aadhaar [[ID_NUMBER:7062 0674 9858]] was used for KYC; login [[IP_ADDRESS:49.207.58.130]].""",
    """Volunteer Helm [[PERSON:Orla Devlin]], [[AGE:29]], of [[ADDRESS:3 Harbour Row]], [[LOCATION:Kilkeel]] [[ZIP_CODE:BT34 4AX]], requested her pager be reset; old device serial PGR-88213-K, MAC 00:0a:95:9d:68:16, new number [[PHONE_NUMBER:07700 900 771]].""",
    # gretel-like
    """UPLAND SUPPORT SCHEME – CLAIM FORM (2024)
Claimant: [[PERSON:Elwyn Pritchard]]
Customer Reference Number: [[ID_NUMBER:1017 4420]]
Holding: [[ADDRESS:Tyddyn Uchaf]], CPH 61/118/0042
Correspondence address: [[ADDRESS:Tyddyn Uchaf, Cwm Pennant]], [[LOCATION:Garndolbenmaen]], [[LOCATION:Gwynedd]] [[ZIP_CODE:LL51 9AX]]
Telephone: [[PHONE_NUMBER:01766 530 218]]
The claimant declares that the 212 breeding ewes listed (flock no. 584302) were kept on the hill parcels SH5347 8812 and SH5448 0193 throughout the retention period. Signed [[DATE_TIME:12 May 2024]].""",
    """RESIDENTIAL TENANCY AGREEMENT
This agreement is made on [[DATE_TIME:1st March 2024]] between Ceredigion County Council (the Landlord) and [[PERSON:Mrs. Bethan Huws]] (the Tenant), date of birth [[DATE_TIME:19/07/1968]], National Insurance number [[ID_NUMBER:NP604218B]], for the property at [[ADDRESS:5 Maes y Gog]], [[LOCATION:Tregaron]] [[ZIP_CODE:SY25 6JL]]. Rent of £94.60 per week is payable by direct debit from account [[ID_NUMBER:00487215]], sort code 30-94-12. Housing officer: [[PERSON:Mr Aled Jones]], 01545 570881.""",
    """LOAN APPLICATION SUMMARY
Applicant [[PERSON:Tomasz Wiśniewski]], [[AGE:38]], [[NRP:Polish]] national, resident at [[ADDRESS:44 Kingsmead Way]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4DF]] since [[DATE_TIME:August 2017]]. Employer: Highland Timber Ltd (not verified). Monthly income £2,840. Requested amount £12,000 over 60 months for a quad bike and trailer. Bank account [[ID_NUMBER:71339024]]; co-applicant [[PERSON:Agnieszka Wiśniewska]], mobile [[PHONE_NUMBER:07700 900 334]].""",
    """Patient: [[PERSON:Morag Sinclair]]    CHI: [[ID_NUMBER:1403870888]]
DOB: [[DATE_TIME:14/03/1987]]    GP: [[PERSON:Dr. Alasdair Munro]], Lochaber Practice
Presenting complaint: twisted left ankle descending [[LOCATION:Aonach Mòr]] on [[DATE_TIME:6 January 2025]]; brought in by Lochaber MRT. X-ray shows no fracture. Discharged with crutches; review in fracture clinic [[DATE_TIME:20/01/2025 09:40]]. Next of kin: [[PERSON:Euan Sinclair]] (husband) [[PHONE_NUMBER:07700 900 219]].""",
    """NOTICE OF HEARING
In the matter of [[PERSON:Kwame Asante-Boateng]] v. Hillcrest Lettings Ltd, Case No. F00CF412, the County Court at Cardiff will hear the claim on [[DATE_TIME:17 October 2024 at 10:00 am]]. The claimant, of [[ADDRESS:Flat 2, 9 Richmond Crescent]], [[LOCATION:Roath]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 3AX]], is represented by [[PERSON:Ms. Lowri Bevan]] of Bevan & Tudor Solicitors (tel. 029 2048 7700).""",
    """SETTLEMENT AGREEMENT
The Employer agrees to pay [[PERSON:Siobhán Kearney]] (employee no. [[ID_NUMBER:E-20931]], PPS No. [[ID_NUMBER:9645403JA]]) the sum of €18,500 in full and final settlement of all claims arising from her employment, which ended on [[DATE_TIME:28 June 2024]]. Payment will be made to [[IBAN_CODE:IE28 AIBK 9320 8841 7765 04]] within 14 days. Signed at [[LOCATION:Limerick]] this [[DATE_TIME:9th day of July 2024]].""",
    """PRESCRIPTION RECORD
Pharmacy: Boots, Wind Street. Patient [[PERSON:Harriet Okonkwo]], NHS No. [[ID_NUMBER:695 076 1961]], born [[DATE_TIME:2 Nov 1955]], of [[ADDRESS:17 Heol Tawe]], [[LOCATION:Ystalyfera]] [[ZIP_CODE:SA9 2JN]]. Item: Apixaban 5 mg, 56 tablets, batch LK4419. Prescriber [[PERSON:Dr. Iwan Morgan]]. Collected by carer [[PERSON:Grace]] on [[DATE_TIME:04/06/2024]].""",
    """PETITION TO POWYS COUNTY COUNCIL
We, the undersigned residents of [[LOCATION:Llanwrtyd Wells]], ask the Council to keep the mobile library stop at the square. Lead petitioner: [[PERSON:Gareth Wyn Evans]], [[ADDRESS:Glanrhyd, Dolecoed Road]], [[LOCATION:Llanwrtyd Wells]] [[ZIP_CODE:LD5 4RA]], [[EMAIL_ADDRESS:gwynevans.llanwrtyd@gmail.com]]. Second signatory: [[PERSON:Patience Oduya]], [[ADDRESS:3 Irfon Terrace]]. Submitted [[DATE_TIME:3 April 2024]].""",
    """BENEFIT REVIEW LETTER
Dear [[PERSON:Mr. Dermot Gallagher]],
We are reviewing your Personal Independence Payment. Our records show your National Insurance number as [[ID_NUMBER:SK 33 90 12 A]] and your address as [[ADDRESS:26 Strand Road]], [[LOCATION:Derry]] [[ZIP_CODE:BT48 7AB]]. Please attend an assessment on [[DATE_TIME:Thursday 14 November 2024 at 2.15pm]]. If you need to rearrange, call 0800 012 1573 quoting reference PIP/NI/447210.""",
    """INSURANCE CLAIM – FARM VEHICLE
Policyholder: [[PERSON:Huw Pugh-Jenkins]]   Policy: NFU-FV-2291734
Date of loss: [[DATE_TIME:21/02/2024]]
Description: The policyholder's Land Rover Defender, registration [[ID_NUMBER:WX67 KLP]], slid into a ditch on the lane above [[LOCATION:Cwm Elan]] after the road froze. The policyholder, aged [[AGE:62]], was unhurt. Contact number [[PHONE_NUMBER:01597 810 447]]; email [[EMAIL_ADDRESS:huw.pj@cwmelanfarm.co.uk]].""",
    """EMPLOYMENT CONTRACT (EXTRACT)
Employee: [[PERSON:Priyanka Deshmukh]]
Start date: [[DATE_TIME:2 September 2024]]
Role: Senior Pharmacist (Band 7), Hywel Dda University Health Board
Salary: £47,810 p.a. Payroll number [[ID_NUMBER:HD0093317]]. Home address: [[ADDRESS:11 Ffordd y Môr]], [[LOCATION:Aberaeron]] [[ZIP_CODE:SA46 0BX]]. Emergency contact: [[PERSON:Vikram Deshmukh]] on [[PHONE_NUMBER:+91 98451 22034]].""",
    """RNLI INCIDENT REPORT (EXTRACT)
Station: Porthdinllaen. Launch 14:32. Casualty vessel: 6 m RIB "Seren", reg. PW 118.
Person recovered: [[PERSON:Jake Holloway]], [[AGE:34]], of [[LOCATION:Chester]]; second person [[PERSON:Amira Holloway]], [[AGE:31]]. Both taken to [[LOCATION:Pwllheli]]. Crew: Helm [[PERSON:Dyfan Roberts]], crew [[PERSON:Catrin Parry]] and [[PERSON:Osian Lloyd]]. Shout no. 24/061.""",
    """SCHOOL ADMISSION FORM
Pupil: [[PERSON:Oisín Breathnach]]   Date of birth: [[DATE_TIME:08/05/2018]]
Address: [[ADDRESS:Teach na Trá, Bóthar an Chaisleáin]], [[LOCATION:An Spidéal]], [[LOCATION:Co. na Gaillimhe]] [[ZIP_CODE:H91 Y8C2]]
PPSN: [[ID_NUMBER:0044352F]]
Parent/guardian: [[PERSON:Máire Breathnach]], [[PHONE_NUMBER:087 214 6630]], [[EMAIL_ADDRESS:maire.breathnach@eircom.net]]
Medical: mild asthma, inhaler kept in class.""",
    """HOUSING BENEFIT OVERPAYMENT NOTICE
Highland Council, Revenues. Claimant [[PERSON:Calum Iain MacAulay]], [[ADDRESS:Flat 1/2, 14 Kenneth Street]], [[LOCATION:Stornoway]] [[ZIP_CODE:HS1 2DP]]. An overpayment of £612.44 arose between [[DATE_TIME:1 April 2024]] and [[DATE_TIME:30 June 2024]] because your earnings from the ferry terminal were not reported. Your claim reference is HB/77310/C; your NI number [[ID_NUMBER:WL719402D]].""",
    """MEDICAL CERTIFICATE
I examined [[PERSON:Aaliyah Brooks]] (DOB [[DATE_TIME:Sep 30, 2001]]) on [[DATE_TIME:March 11, 2024]] and advise that she is not fit for work until [[DATE_TIME:March 25, 2024]] because of a wrist fracture. [[PERSON:Dr. Marcus Feld]], Burlington Family Medicine, [[ADDRESS:118 Pearl Street]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]]. Patient ID [[ID_NUMBER:BFM-228104]].""",
    """LETTER OF COMPLAINT
[[ADDRESS:Ty'r Ysgol, Stryd Fawr]]
[[LOCATION:Llanrhaeadr-ym-Mochnant]]
[[ZIP_CODE:SY10 0JJ]]
[[DATE_TIME:19 August 2024]]
Dear Sir or Madam,
I, [[PERSON:Margaret Owen-Davies]], wish to complain about the repeated failure to grit the B4580 above the village. On [[DATE_TIME:12 January]] my husband [[PERSON:Trefor]] slipped outside our gate. Please reply to [[EMAIL_ADDRESS:meg.owendavies@yahoo.co.uk]].""",
    """CONSENT FORM – MOUNTAIN RESCUE TRAINING
Trainee: [[PERSON:Lachlan Fraser]]   Age: [[AGE:19]]
Team: Braemar Mountain Rescue
Emergency contact: [[PERSON:Fiona Fraser]], [[PHONE_NUMBER:013397 41 558]]
Medical conditions: none declared. I consent to the winter skills exercise on [[LOCATION:Lochnagar]] on [[DATE_TIME:15 February 2025]].
Signature: [[PERSON:L. Fraser]]""",
    """DEED OF GIFT
I, [[PERSON:Kathleen Mary Doherty]], of [[ADDRESS:Carrowkeel]], [[LOCATION:Kilmacrennan]], [[LOCATION:County Donegal]], hereby transfer the field known as Páirc na Croise (folio DL18832F) to my nephew [[PERSON:Brendan Doherty]], born [[DATE_TIME:11 March 1981]], with effect from [[DATE_TIME:1 January 2025]]. Witness: [[TITLE:Fr.]] [[PERSON:Michael Boyle]].""",
    """TRAVEL INSURANCE CLAIM
Insured: [[PERSON:Chloé Tremblay]] (SIN [[ID_NUMBER:530 768 563]])
Address: [[ADDRESS:2190 rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3K6]]
Trip: [[LOCATION:Glasgow]] – [[LOCATION:Isle of Harris]], departure [[DATE_TIME:May 2, 2024]]
Claim: lost luggage (tweed jacket, camera). Booking ref KX8PQ2. Contact [[PHONE_NUMBER:(514) 555-0177]].""",
    """DATGANIAD RHODD CYMORTH
Rhoddwr: [[PERSON:Mr. Ifor ap Gwilym]]
Cyfeiriad cartref: [[ADDRESS:Bwthyn y Felin, 2 Lôn Isaf]], [[LOCATION:Llanystumdwy]] [[ZIP_CODE:LL52 0SN]]
Rwyf am i Gymdeithas Eryri hawlio Rhodd Cymorth ar fy rhodd o £50 ac ar unrhyw rodd a wnaf yn y dyfodol. Dyddiad: [[DATE_TIME:06/12/2023]].""",
    """DISCIPLINARY OUTCOME
To: [[PERSON:Jordan McAllister]], Warehouse Operative, staff no. [[ID_NUMBER:104882]]
Following the hearing on [[DATE_TIME:4 June 2024]], chaired by [[PERSON:Sandra Kirkpatrick]], you are issued a first written warning for repeated lateness. You may appeal within five working days by writing to hr@northlinkdistribution.example.""",
    """VETERINARY BIOSECURITY NOTICE
Owner: [[PERSON:Seamus O'Driscoll]], [[ADDRESS:Gortnahoon]], [[LOCATION:Skibbereen]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P81 D3K7]]
Herd no. Z1882047. Following the TB reactor found on [[DATE_TIME:29/08/2024]], movements off the holding are restricted. Contact the District Veterinary Office on 023 883 6100.""",
    """HOME CARE REFERRAL
Client: [[PERSON:Enid Lloyd]], [[AGE:91]], [[ADDRESS:Bron Haul, 8 Ffordd Dewi Sant]], [[LOCATION:Nefyn]] [[ZIP_CODE:LL53 6EG]]
NHS number: [[ID_NUMBER:472 762 8821]]
Referred by Gwynedd Council Adult Services on [[DATE_TIME:23 September 2024]]. Lives alone, Welsh-speaking, daughter [[PERSON:Eleri]] visits weekly (mob. [[PHONE_NUMBER:07700 900 845]]).""",
    """ACCIDENT REPORT – COUNCIL DEPOT
Injured person: [[PERSON:Mohammed Rafiq]]
Date and time: [[DATE_TIME:14/11/2024 07:55]]
Location: Aberdeenshire Council roads depot, [[LOCATION:Stonehaven]]
Witness: [[PERSON:Stuart Milne]]
Account: the gritter's side hatch swung open and struck the employee's shoulder. First aid given by [[PERSON:Kerry-Ann Duthie]]. Employee number [[ID_NUMBER:AC-31944]].""",
    """Cais am Grant – Cynllun Cynefin (Welsh-language form)
Enw: [[PERSON:Meinir Gwilym]]
Cyfeiriad: [[ADDRESS:Fferm Blaen-y-cwm]], [[LOCATION:Rhydymain]], [[LOCATION:Dolgellau]] [[ZIP_CODE:LL40 2AN]]
Rhif Cwsmer (CRN): [[ID_NUMBER:1042 9977]]
Dyddiad geni: [[DATE_TIME:17 Mehefin 1975]]
Ffôn: [[PHONE_NUMBER:01341 450 683]]
Rwy'n datgan bod yr wybodaeth uchod yn gywir.""",
    """IARRATAS AR DHEONTAS FEIRME
Ainm: [[PERSON:Pádraig Ó Conghaile]]
Seoladh: [[ADDRESS:Baile na hAbhann]], [[LOCATION:Inis Meáin]], [[LOCATION:Oileáin Árann]], [[ZIP_CODE:H91 XK40]]
Uimhir PSP: [[ID_NUMBER:9343110A]]
Dáta breithe: [[DATE_TIME:2 Feabhra 1964]]
Uimhir fóin: [[PHONE_NUMBER:099 73 112]]
Sínithe: [[DATE_TIME:14 Bealtaine 2024]]""",
    """FOIRM CLÀRAIDH – SGOIL ARAIN
Ainm an sgoilear: [[PERSON:Eilidh NicIllFhinnein]]
Ceann-là breith: [[DATE_TIME:21 dhen Dàmhair 2017]]
Seòladh: [[ADDRESS:4 Baile Mhàrtainn]], [[LOCATION:Beàrnaraigh]], [[LOCATION:Na Hearadh]] [[ZIP_CODE:HS6 5DA]]
Pàrant: [[PERSON:Seonag NicIllFhinnein]], fòn [[PHONE_NUMBER:01876 560 214]]""",
    """DATA SUBJECT ACCESS REQUEST
Requester: [[PERSON:Adaeze Nwachukwu]]
Date of birth: [[DATE_TIME:1988-06-09]]
Customer number: [[ID_NUMBER:CUS-00782213]]
Email: [[EMAIL_ADDRESS:adaeze.n@gmail.com]]
I request a copy of all personal data held by Cymru Telecom, including call records for [[PHONE_NUMBER:07700 900 128]] between [[DATE_TIME:1 January 2024]] and [[DATE_TIME:31 March 2024]].""",
    """AFFIDAVIT OF RESIDENCE
I, [[PERSON:Wanjiru Kamau]], of [[ADDRESS:House 14, Riverside Drive]], [[LOCATION:Nairobi]], [[LOCATION:Kenya]], holder of national ID [[ID_NUMBER:28841907]], make oath and say that I have lived at the above address since [[DATE_TIME:January 2019]] together with my son [[PERSON:Brian Mwangi]], aged [[AGE:12]]. Sworn at [[LOCATION:Nairobi]] on [[DATE_TIME:7 March 2024]].""",
    """MORTGAGE OFFER
Borrowers: [[PERSON:Daniel Hughes]] and [[PERSON:Leah Hughes]]
Property: [[ADDRESS:Rhosgoch, 1 Lôn Cae Glas]], [[LOCATION:Llangefni]], [[LOCATION:Ynys Môn]] [[ZIP_CODE:LL77 7RD]]
Loan: £186,000 over 30 years at 4.49% fixed until 2029. Repayment account [[IBAN_CODE:GB42BARC20035317429561]]. Offer issued [[DATE_TIME:14 August 2024]] and valid for six months.""",
    """PARKING PENALTY APPEAL
Appellant: [[PERSON:Hannah Leigh Carter]]
Vehicle: [[ID_NUMBER:SN21 OKT]]
PCN: EH48812930
I was parked on Castle Terrace on [[DATE_TIME:3 August 2024]] to collect my father, [[PERSON:Robert Carter]], aged [[AGE:84]], from the Usher Hall. His blue badge number is [[ID_NUMBER:EDN-440917]].""",
    """GRANT OFFER LETTER – SMALL GRANTS (EFFICIENCY)
Dear [[PERSON:Mr. Emrys Thomas]],
Welsh Government is pleased to offer you £3,480 towards a livestock handling system at [[ADDRESS:Cefn Coch]]. Your SBI is [[ID_NUMBER:106 552 318]] and the claim must be submitted by the date in Annex A. Please tell us if your bank details ([[IBAN_CODE:GB50 NAIA 0701 1655 0321 87]]) change.""",
    """APPLICATION FOR A FIREARMS CERTIFICATE (EXTRACT)
Applicant: [[PERSON:Alexander Grant]]   Born: [[DATE_TIME:16.10.1970]] at [[LOCATION:Tain]]
Address: [[ADDRESS:Achnahaird Farm Cottage]], [[LOCATION:Achiltibuie]] [[ZIP_CODE:IV26 2YT]]
Reason: vermin control on sheep grazing. Referee: [[TITLE:Rev.]] [[PERSON:Donald Morrison]], minister of the parish.""",
    """STUDENT LOAN STATEMENT
[[PERSON:Ife Olatunji]] – customer reference [[ID_NUMBER:14088732461]]
Balance at [[DATE_TIME:5 April 2024]]: £41,207.18
Correspondence to: [[ADDRESS:Room 12, Penbryn Hall]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 3BY]]
Interest rate: 7.3%. Repayments start the April after you leave your course.""",
    """SOCIAL HOUSING NOMINATION
Household: [[PERSON:Ahmad Nouri]] ([[AGE:45]]), [[PERSON:Leyla Nouri]] ([[AGE:40]]), two children.
Nationality: [[NRP:Afghan]]. Refugee status granted [[DATE_TIME:18 May 2023]].
Current address: [[ADDRESS:Room 7, 33 Newport Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 0AB]]
Support worker: [[PERSON:Rhian Coles]], Welsh Refugee Council, 029 2048 9800.""",
    """NOTICE OF INTENDED PROSECUTION
Registered keeper: [[PERSON:Grainne McCarthy]], [[ADDRESS:22 Ardmore Park]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]] [[ZIP_CODE:A98 W2F6]]
Vehicle [[ID_NUMBER:191-WW-2274]] was recorded at 68 km/h in a 50 km/h zone on the N11 at 08:14 on [[DATE_TIME:25 October 2024]]. Fixed charge: €160.""",
    """DIRECT DEBIT MANDATE
Name of account holder: [[PERSON:Owain Glyndŵr Jones]]
Bank/building society account number: [[ID_NUMBER:55093187]]   Branch sort code: 40-22-16
Reference: ABERCH-0042817
Date: [[DATE_TIME:30/09/2024]]
Address: [[ADDRESS:Penrhiw, 7 Stryd y Capel]], [[LOCATION:Machynlleth]] [[ZIP_CODE:SY20 8AJ]]""",
    """LASTING POWER OF ATTORNEY – PERSONAL DETAILS
Donor: [[PERSON:Gwyneth Margaret Price]], born [[DATE_TIME:4 April 1938]], of [[ADDRESS:11 Church Street]], [[LOCATION:Knighton]] [[ZIP_CODE:LD7 1AG]]
Attorney: [[PERSON:Sarah Price-Webb]], [[ADDRESS:The Old Forge]], [[LOCATION:Bucknell]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY7 0AA]], [[EMAIL_ADDRESS:sarah.pricewebb@gmail.com]]
Certificate provider: [[PERSON:Dr. Nia Harries]].""",
    """SAFEGUARDING REFERRAL (SCHOOL)
Pupil: [[PERSON:Tyler-James Moore]], Year 8, DOB [[DATE_TIME:12/01/2012]]
Reported by: form tutor [[TITLE:Miss]] [[PERSON:Zainab Hussain]] on [[DATE_TIME:7 November 2024]].
Concern: pupil disclosed that an adult contact, [[USERNAME:kingz_2277]] on a gaming platform, asked for his home address.""",
    """WARRANTY CLAIM – QUAD BIKE
Customer: [[PERSON:Rhys Gwynedd Morris]]   Customer no. [[ID_NUMBER:HM-38821]]
Machine serial: JH2TE1234NK500128 (not the customer's)
Purchased in 2023 from Wynnstay, [[LOCATION:Carmarthen]]. Fault: gearbox failure while gathering sheep on [[LOCATION:Mynydd Du]]. Callback [[PHONE_NUMBER:07700 900 903]].""",
    # Nemotron-PII-like
    """{"applicant": {"name": "[[PERSON:Carys Elin Rowlands]]", "dob": "[[DATE_TIME:1992-04-27]]", "crn": "[[ID_NUMBER:1038 2216]]", "email": "[[EMAIL_ADDRESS:carys.rowlands@hotmail.co.uk]]"}, "holding": {"cph": "55/203/0119", "name": "[[ADDRESS:Nant-y-Ffrith]]", "county": "[[LOCATION:Powys]]", "postcode": "[[ZIP_CODE:LD1 6SL]]"}, "scheme": "Habitat Wales 2024", "area_ha": 48.6, "status": "submitted"}""",
    """[[DATE_TIME:2024-09-14T06:12:48Z]] INFO  auth-service login ok user=[[USERNAME:dmcgillivray]] ip=[[IP_ADDRESS:2.99.184.37]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)" session=9f1c2a7e-44b0-4e7d-9d3e-0b5d1a2c8f31
[[DATE_TIME:2024-09-14T06:12:51Z]] WARN  profile-service email changed user=[[USERNAME:dmcgillivray]] old=[[EMAIL_ADDRESS:donald.mcg@btopenworld.com]] new=[[EMAIL_ADDRESS:d.mcgillivray@proton.me]]
2024-09-14T06:13:02Z INFO  billing charge ok card=****4417 amount=4.99 GBP""",
    """INSERT INTO crew_members (id, full_name, dob, pager_no, mobile, station) VALUES
  (118, '[[PERSON:Tomos Rhys Evans]]', '[[DATE_TIME:1985-10-02]]', 'PG-0441', '[[PHONE_NUMBER:07700900612]]', 'New Quay'),
  (119, '[[PERSON:Ellie Marchant]]', '[[DATE_TIME:1997-03-19]]', 'PG-0452', '[[PHONE_NUMBER:07700900388]]', 'New Quay'),
  (120, '[[PERSON:Kofi Mensah]]', '[[DATE_TIME:1990-12-08]]', 'PG-0460', '[[PHONE_NUMBER:+447700900177]]', 'Aberystwyth');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:9734394290]]"/></identifier>
  <name><family value="[[PERSON:Vaughan]]"/><given value="[[PERSON:Morwenna]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:01872 270 415]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1949-01-15]]"/>
  <address><line value="[[ADDRESS:Chy an Mor, 3 Fore Street]]"/><city value="[[LOCATION:St Ives]]"/><postalCode value="[[ZIP_CODE:TR26 1AB]]"/></address>
</Patient>""",
    """# .env.local – do not commit
APP_ENV=staging
ADMIN_EMAIL=[[EMAIL_ADDRESS:rhiannon.b.dev@gmail.com]]
ADMIN_NAME="[[PERSON:Rhiannon Bryn]]"
SUPPORT_EMAIL=support@hillfarm-portal.example
DB_HOST=10.20.0.14
DB_PASSWORD=Cn4f!w8e2
TEST_CARD=[[CREDIT_CARD:4024317898315017]]
SMTP_RELAY=mail.hillfarm-portal.example""",
    """POST /api/v2/rescue/callouts HTTP/1.1
Host: callouts.mrt-ops.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZWFtLWxlYWQifQ.4Qm2
X-Forwarded-For: [[IP_ADDRESS:31.94.66.210]]
Content-Type: application/json

{"reporter": "[[PERSON:Ben Ashworth]]", "reporter_phone": "[[PHONE_NUMBER:+44 7700 900 451]]", "casualty": "[[PERSON:Maya Collins]]", "casualty_age": [[AGE:23]], "location_text": "below the summit of [[LOCATION:Helvellyn]], [[LOCATION:Striding Edge]] side", "grid": "NY 342 151"}""",
    """import pytest
from claims.validate import validate_applicant


def test_valid_irish_applicant():
    applicant = {
        "name": "[[PERSON:Aoife Ní Bhriain]]",
        "ppsn": "[[ID_NUMBER:1124086N]]",
        "eircode": "[[ZIP_CODE:V94 T9PX]]",
        "phone": "[[PHONE_NUMBER:+353 61 202 700]]",
    }
    assert validate_applicant(applicant).ok""",
    """@Test
void rejectsExpiredCard() {
    Customer c = new Customer("[[PERSON:Jonah Whitfield]]", "[[EMAIL_ADDRESS:jonah.whitfield@fastmail.com]]");
    c.setCard("[[CREDIT_CARD:5555000694087410]]", "08/21", "337");
    c.setBillingAddress("[[ADDRESS:27 Marine Parade]]", "[[LOCATION:Aberystwyth]]", "[[ZIP_CODE:SY23 2BX]]");
    assertThrows(CardExpiredException.class, () -> checkout.pay(c, 1999));
}""",
    """Ticket #HD-55218 | Priority: P3 | Queue: Council Tax
Opened by: [[PERSON:Glenys Hopkins]] ([[EMAIL_ADDRESS:glenys.hopkins54@sky.com]])
Account no: [[ID_NUMBER:60018823]]
Property: [[ADDRESS:9 Heol Dinas]], [[LOCATION:Tonypandy]] [[ZIP_CODE:CF40 2BW]]
Message: I moved out on [[DATE_TIME:31 July]] but I am still being billed. My new address is [[ADDRESS:Flat 4, 2 Station Road]], [[LOCATION:Porth]] [[ZIP_CODE:CF39 9PN]].
Assigned to: revenues-team""",
    """From: "[[PERSON:Niamh Kavanagh]]" <[[EMAIL_ADDRESS:niamh.kavanagh@eircom.net]]>
To: grants@agriculture.gov.example
Cc: "[[PERSON:Liam Kavanagh]]" <[[EMAIL_ADDRESS:liamkav1977@gmail.com]]>
Date: [[DATE_TIME:Tue, 12 Mar 2024 09:41:07 +0000]]
Subject: Sheep welfare scheme – farmer id [[ID_NUMBER:Z7730104]]
Message-ID: <CAF9x2n4@mail.gmail.com>
X-Originating-IP: [[IP_ADDRESS:78.16.201.43]]""",
    """CALL RECORD
call_id=CR-20241103-0091  start=[[DATE_TIME:2024-11-03 19:22:10]]  duration=00:07:41
caller_name=[[PERSON:Ruaridh MacNeil]]  caller_number=[[PHONE_NUMBER:01871 810 332]]
callee=Barra Lifeboat Station (01871 810 307)
summary=Caller reported his brother [[PERSON:Niall]] overdue in a kayak off [[LOCATION:Vatersay]]; age [[AGE:44]]; last seen 16:30.""",
    """applicant:
  first_name: [[PERSON:Tatiana]]
  last_name: [[PERSON:Oyelaran-Smith]]
  date_of_birth: "[[DATE_TIME:03/09/1983]]"
  nino: [[ID_NUMBER:PC 51 88 07 A]]
  phone: "[[PHONE_NUMBER:0161 496 0733]]"
  address:
    line1: "[[ADDRESS:48 Wilmslow Road]]"
    city: [[LOCATION:Manchester]]
    postcode: [[ZIP_CODE:M14 5TQ]]
employment_status: self-employed
requested_limit: 2500""",
    """| ts                  | user_id | username        | action        | src_ip           |
| [[DATE_TIME:2024-05-02 08:14:55]] | 40017   | [[USERNAME:sheepdog_sian]]   | login         | [[IP_ADDRESS:82.132.219.7]]     |
| [[DATE_TIME:2024-05-02 08:15:31]] | 40017   | [[USERNAME:sheepdog_sian]]   | update_phone  | [[IP_ADDRESS:82.132.219.7]]     |
| [[DATE_TIME:2024-05-02 09:02:03]] | 40220   | [[USERNAME:b.ahmed]]         | login         | [[IP_ADDRESS:2a02:6b6c:10::3f]] |""",
    """{
  "resourceType": "Practitioner",
  "id": "prac-2231",
  "identifier": [{"system": "https://fhir.hl7.org.uk/Id/gmc-number", "value": "[[ID_NUMBER:7044518]]"}],
  "name": [{"prefix": ["[[TITLE:Dr]]"], "given": ["[[PERSON:Farah]]"], "family": "[[PERSON:Iqbal]]"}],
  "telecom": [{"system": "email", "value": "[[EMAIL_ADDRESS:farah.iqbal@nhs.net]]"}],
  "address": [{"city": "[[LOCATION:Wrexham]]", "country": "GB"}]
}""",
    """SELECT c.customer_id, c.name, c.email, o.total
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
WHERE c.email = '[[EMAIL_ADDRESS:mairead.quinn@live.ie]]' AND o.created_at > '2024-01-01';
-- result: 88213 | [[PERSON:Mairéad Quinn]] | [[EMAIL_ADDRESS:mairead.quinn@live.ie]] | 74.20""",
    """[[[DATE_TIME:2024-12-01 22:47:19]]] pager-gw: CALLOUT team=ogwen sev=2 msg="Fallen walker [[PERSON:Hywel Tudur]] ([[AGE:58]]) on [[LOCATION:Tryfan]] north ridge, contact wife [[PERSON:Menna]] [[PHONE_NUMBER:07700 900 296]]" ack_by=[[USERNAME:leader_chris]]
[2024-12-01 22:47:40] pager-gw: delivered to 27 handsets""",
    """form_id: pharmacy-delivery
submitted_at: [[DATE_TIME:2024-06-18 11:02]]
patient_name: [[PERSON:Dilys Bowen]]
patient_dob: [[DATE_TIME:12-09-1941]]
nhs_no: [[ID_NUMBER:533 953 2143]]
delivery_address: [[ADDRESS:Maes Glas, 15 Heol y Bryn]], [[LOCATION:Tumble]], [[ZIP_CODE:SA14 6DL]]
delivery_note: leave with neighbour at no. 17 if out
driver: van 3""",
    """GET /profile?user=[[USERNAME:kiwi_hemi]]&email=[[EMAIL_ADDRESS:hemi.walker@xtra.co.nz]] HTTP/2
host: api.tramping-club.example
user-agent: okhttp/4.12.0
x-real-ip: [[IP_ADDRESS:121.74.18.250]]
cookie: sid=7b1e0c9d2f; consent=1""",
    """def test_masks_sin():
    record = "Client [[PERSON:Marc-André Gagnon]] SIN [[ID_NUMBER:652 496 753]] tel [[PHONE_NUMBER:(418) 555-0132]]"
    out = mask(record)
    assert "652 496 753" not in out""",
    """<?xml version="1.0"?>
<GrantClaim ref="GC-24-00917">
  <Farmer>
    <Name>[[PERSON:Mícheál de Búrca]]</Name>
    <HerdNo>C1294481</HerdNo>
    <PPSN>[[ID_NUMBER:8277845B]]</PPSN>
    <Address>[[ADDRESS:Gleann Mór]], [[LOCATION:Tuar Mhic Éadaigh]], [[LOCATION:Co. Mhaigh Eo]]</Address>
    <Eircode>[[ZIP_CODE:F12 W2K8]]</Eircode>
  </Farmer>
  <Payment iban="[[IBAN_CODE:IE90BOFI90001767803322]]" bic="BOFIIE2D"/>
</GrantClaim>""",
    """Jira SEC-1182: Suspicious logins on [[USERNAME:aled.parry]]
Reporter: [[PERSON:Aled Parry]]
Description: Got MFA prompts at 03:10 I didn't trigger. Source IPs in the alert: [[IP_ADDRESS:185.220.101.4]], [[IP_ADDRESS:2001:67c:e60:c0c:192:42:116:16]]. My phone is [[PHONE_NUMBER:07700 900 674]] if you need to call.
Labels: security, mfa""",
    """{"event":"signup","ts":1717412291,"user":{"handle":"[[USERNAME:priya_bakes_cardiff]]","email":"[[EMAIL_ADDRESS:priya.m.shah@gmail.com]]","birthday":"[[DATE_TIME:1995-11-02]]","city":"[[LOCATION:Cardiff]]"},"referrer":"instagram","device":"iPhone15,3"}""",
    """CALL RECORD – 999 (COASTGUARD)
Time: 15:06  Operator: HMCG Holyhead
Caller: [[PERSON:Sioned Wyn]], mobile [[PHONE_NUMBER:07700 900 540]]
Reports: two children cut off by the tide at [[LOCATION:Traeth Llanddwyn]]: [[PERSON:Gruff]] ([[AGE:9]]) and [[PERSON:Lili]] ([[AGE:7]]).
Tasking: Beaumaris ILB, Coastguard Rescue Team Rhosneigr. Incident 2024/HH/0442.""",
    """export_users.csv (first rows)
id,login,display_name,last_seen_ip
1,[[USERNAME:gwyn_jones]],[[PERSON:Gwyn Jones]],[[IP_ADDRESS:86.151.4.22]]
2,[[USERNAME:meera_k]],[[PERSON:Meera Kapoor]],[[IP_ADDRESS:2a00:23c8:6c83:4d01:4c5e:1f7a:89b2:c0d1]]""",
    """kind: ConfigMap
metadata:
  name: oncall-contacts
data:
  primary: "[[PERSON:Ewan Baird]] <[[EMAIL_ADDRESS:ewan.baird@gmail.com]]> [[PHONE_NUMBER:+44 7700 900 812]]"
  secondary: "[[PERSON:Zara Malik]] <[[EMAIL_ADDRESS:zmalik.ops@outlook.com]]>"
  escalation: "sre-leads@company.example"
  pager_url: https://pager.example/rota/7781""",
    """Received: from mail-ed1-f54.google.com (209.85.208.54)
From: [[PERSON:Cerys Mathias]] <[[EMAIL_ADDRESS:cerysmathias@gmail.com]]>
To: clerk@llanfihangelcommunitycouncil.example
Subject: Objection to planning application 24/0883/FUL – [[ADDRESS:Ty Newydd]], [[LOCATION:Llanfihangel]]
Date: [[DATE_TIME:Mon, 8 Jul 2024 18:02:44 +0100]]""",
    """[[DATE_TIME:2024-03-02 10:11:03]] [payment] DECLINED txn=pay_8QzR1 card_hash=ab81f0c2e9 name="[[PERSON:Oluwadamilare Ogunleye]]" bin=539123 last4=2152 reason=insufficient_funds ip=[[IP_ADDRESS:102.89.34.117]]
[[DATE_TIME:2024-03-02 10:11:40]] [payment] OK txn=pay_8QzR2 card=[[CREDIT_CARD:3530417653012152]] name="[[PERSON:Oluwadamilare Ogunleye]]" ip=[[IP_ADDRESS:102.89.34.117]]""",
    """INSERT INTO volunteers VALUES ('[[PERSON:Fionnuala Ní Mhurchú]]', '[[EMAIL_ADDRESS:fionnuala.nm@gmail.com]]', '[[PHONE_NUMBER:086 441 9021]]', 'Kilrush RNLI', 'shore crew', '[[DATE_TIME:2019-05-11]]');""",
    """ticket: MRT-OPS-339
title: Kit return missing – [[PERSON:Struan Buchanan]]
body: |
  [[PERSON:Struan]] ([[EMAIL_ADDRESS:struan.b@btinternet.com]]) left the team on [[DATE_TIME:30 Sept 2024]] and still holds radio serial MTP3550-77812 and vehicle fob 4. Home: [[ADDRESS:6 Ardconnel Terrace]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 3EE]].
status: open""",
    """{"resourceType":"Observation","status":"final","code":{"text":"Core temperature"},"subject":{"reference":"Patient/77310","display":"[[PERSON:Angus Matheson]]"},"effectiveDateTime":"[[DATE_TIME:2025-01-18T17:42:00Z]]","valueQuantity":{"value":33.1,"unit":"Cel"},"performer":[{"display":"Cairngorm MRT"}]}""",
    """class ApplicantFixtures {
    static final Applicant WELSH = new Applicant("[[PERSON:Sioned]]", "[[PERSON:ap Dafydd]]", LocalDate.parse("[[DATE_TIME:1990-02-14]]"), "[[ID_NUMBER:JB 22 61 48 D]]");
    static final Applicant SCOTS = new Applicant("[[PERSON:Murdo]]", "[[PERSON:MacKenzie]]", LocalDate.parse("[[DATE_TIME:1977-07-30]]"), "[[ID_NUMBER:ZX 90 14 55 B]]");
}""",
    """FORM DUMP – council_tax_reduction
fld_title=[[TITLE:Cllr]]
fld_forename=[[PERSON:Alun]]
fld_surname=[[PERSON:Mabbutt]]
fld_addr1=[[ADDRESS:Plas Isaf, Stryd y Llan]]
fld_town=[[LOCATION:Corwen]]
fld_pc=[[ZIP_CODE:LL21 0DU]]
fld_dob=[[DATE_TIME:22/03/1959]]
fld_income_weekly=312.40
fld_consent=Y""",
    """[audit] [[DATE_TIME:2024-10-07 14:02:11]] user=[[USERNAME:nkelly_admin]] action=EXPORT table=patients rows=3 filter="surname='[[PERSON:Keane]]' AND dob='[[DATE_TIME:1972-06-21]]'" client=[[IP_ADDRESS:10.8.3.41]]""",
    """CDR,[[DATE_TIME:2024-08-19 07:31:55]],[[PHONE_NUMBER:+353871234806]],[[PHONE_NUMBER:+353669150412]],00:03:12,ANSWERED,cell=KY-DINGLE-03""",
    """{"level":"error","msg":"address validation failed","input":{"name":"[[PERSON:Harpreet Kaur Sandhu]]","line1":"[[ADDRESS:Unit 5, 120 Great Western Road]]","city":"[[LOCATION:Glasgow]]","postcode":"[[ZIP_CODE:G4 9AD]]"},"service":"courier-api","trace":"5be1c0a2f4d8"}""",
]

GEN = [
    """[[PERSON:Gwilym Roberts]] has farmed sheep above [[LOCATION:Llanuwchllyn]] for forty years, and his grant payment for 2024 still hasn't arrived. His customer reference is [[ID_NUMBER:1006 3388]] if anyone at the office can look into it.""",
    """My neighbour [[PERSON:jess]] said the council tax bill for [[ADDRESS:12 Bryn Road]] went up again. She's [[AGE:67]] and on a pension, so it hurts.""",
    """The Aberdovey lifeboat was launched at 9 pm to help a paddleboarder, [[PERSON:Connor Walsh]], [[AGE:17]], who had drifted out past the bar. He was returned to his mother, [[PERSON:Kerry Walsh]], on the beach at [[LOCATION:Aberdyfi]].""",
    """Please send the replacement bank card to [[ADDRESS:Flat 9, Marlowe Court, 41 Bath Road]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3UA]]; the old one ending 7781 was cut up. Thanks, [[PERSON:Imran Chaudhry]].""",
    """I'm [[PERSON:Leilani Kahale]], born [[DATE_TIME:May 14, 1993]], and I need to change the phone number on my prescription profile to [[PHONE_NUMBER:(808) 555-0164]].""",
    """[[PERSON:Isla Grant]]'s CHI number is [[ID_NUMBER:2511993686]] (born [[DATE_TIME:25/11/1999]]); she is registering with the practice in [[LOCATION:Portree]] after moving home from [[LOCATION:Dundee]].""",
    """Can someone from Cumbria County Council ring [[PERSON:Mrs. Patricia Nuttall]] back on [[PHONE_NUMBER:015394 32 781]]? The cattle grid outside [[ADDRESS:Low Hows Farm]] near [[LOCATION:Coniston]] has collapsed.""",
    """Daeth y tîm achub mynydd o hyd i [[PERSON:Ollie Pemberton]] yn oer ond heb anaf mewn hafn ar [[LOCATION:Gadair Idris]] ychydig wedi hanner nos ar [[DATE_TIME:3 Mawrth 2024]]. Roedd ei ffrind [[PERSON:Sam]] wedi galw am help o [[LOCATION:Ddolgellau]].""",
    """Just moved to [[ADDRESS:27 Rue des Pins]], [[LOCATION:Moncton]], [[LOCATION:NB]] [[ZIP_CODE:E1C 4K7]] — [[PERSON:anouk leblanc]] here, and my new SIN card shows [[ID_NUMBER:478 000 730]]. Is that right?""",
    """Hi, this is [[PERSON:Tariq]] from flat 6, I booked the van for [[DATE_TIME:Saturday 21st September]] to move my mum, [[PERSON:Shazia Begum]], to her new place in [[LOCATION:Newport]].""",
    """The pharmacist told [[PERSON:Eleanor Whitcombe]] that her repeat for lisinopril was ready, but the label had the wrong date of birth ([[DATE_TIME:1 Dec 1946]] instead of [[DATE_TIME:12 Jan 1946]]).""",
    """According to the hearing notice, [[PERSON:Rory McIlwaine]] must appear at Belfast Magistrates' Court on [[DATE_TIME:5 February 2025]]; his solicitor, [[PERSON:Aisling Devine]], can be reached at [[EMAIL_ADDRESS:aisling.devine@gmail.com]].""",
    """[[PERSON:Nokuthula Zulu]] applied for the graduate programme using ID number [[ID_NUMBER:9704230419085]] and gave [[PHONE_NUMBER:082 441 9023]] as her cell.""",
    """The gas engineer is booked for [[DATE_TIME:Tuesday 8 October between 8am and 12pm]] at [[ADDRESS:3 Pen y Bryn Terrace]], [[LOCATION:Blaenau Ffestiniog]] [[ZIP_CODE:LL41 3EB]]; please ask for [[PERSON:Glenda]].""",
    """Yesterday [[PERSON:kai rangi]] posted his whole address, [[ADDRESS:14 Te Awa Road]], [[LOCATION:Napier]] [[ZIP_CODE:4110]], in the tramping club group, so I asked him to delete it.""",
    """When [[PERSON:Margaret Ann Sutherland]] turned [[AGE:100]] on [[DATE_TIME:2 June 2024]], the whole of [[LOCATION:Helmsdale]] came out, and the Highland Council convener sent a card.""",
    """Chuir [[PERSON:Dòmhnall Iain MacLeòid]] fòn gu [[PERSON:Catrìona]] aig [[PHONE_NUMBER:01851 703 447]] mu dheidhinn nan caorach air [[LOCATION:Beinn Bharabhais]].""",
    """Mae [[PERSON:Elin Haf Jones]] yn byw yn [[ADDRESS:4 Stryd Penlan]], [[LOCATION:Pwllheli]] [[ZIP_CODE:LL53 5DE]], a chafodd ei geni ar [[DATE_TIME:9 Tachwedd 1988]].""",
    """Rugadh [[PERSON:Tadhg Ó Súilleabháin]] ar [[DATE_TIME:15 Márta 1979]] i [[LOCATION:mBaile Bhuirne]], agus is é [[PHONE_NUMBER:087 662 0193]] a uimhir fóin.""",
    """The school trip form for [[PERSON:Amelia-Rose Harding]] lists her allergy to peanuts and her dad's mobile, [[PHONE_NUMBER:07700 900 138]]; the trip to [[LOCATION:Snowdon]] is on [[DATE_TIME:14 June]].""",
    """If you're reading this, [[PERSON:Mr. Okafor]], your passport renewal (passport no. [[ID_NUMBER:A05518821]]) has been approved and will be couriered to [[ADDRESS:22 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]].""",
    """The landlord, [[PERSON:Graham Bassett]], refused to return the £950 deposit for [[ADDRESS:Flat 3, 18 Salisbury Road]], [[LOCATION:Cathays]]; tenant [[PERSON:Hina Shaikh]] has opened a dispute with the scheme.""",
    """Payroll changed [[PERSON:Lucas Ferreira]]'s bank details to account [[ID_NUMBER:33189047]] without checking, and the salary for [[DATE_TIME:28 March]] went to a fraudster.""",
    """Hi team, reminder that [[PERSON:Dr. Sunita Rao]] is covering the out-of-hours rota from [[DATE_TIME:Friday 6 December]] — her pager is 4471 and her mobile is [[PHONE_NUMBER:07700 900 590]].""",
    """Call [[TITLE:Father]] [[PERSON:Brendan]] at the presbytery if you need a reference; he baptised [[PERSON:Niamh]] on [[DATE_TIME:4 August 2002]] in [[LOCATION:Ennistymon]].""",
    """The county council's grit bin outside [[PERSON:Beryl Llewellyn]]'s house on [[ADDRESS:15 Heol Pant-y-Celyn]] has been empty since [[DATE_TIME:10 January]], and she is [[AGE:88]].""",
    """Bank statement queries should be addressed to [[PERSON:Rohan Mehta]], account holder, [[ADDRESS:58 Lansdowne Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2BX]], sort code 60-83-71, account [[ID_NUMBER:20417736]].""",
    """Freagra ó [[PERSON:Aoibheann]] agus [[PERSON:Cathal Mac Cárthaigh]]: beimid i láthair ag an mbéile ar [[DATE_TIME:12/07/2025]]; seol nuashonruithe chuig [[EMAIL_ADDRESS:cathal.maccarthaigh@gmail.com]], le do thoil.""",
    """The RNLI volunteer helmsman [[PERSON:Bryn Davies]]'s daughter, [[PERSON:Ffion]], passed her crew assessment on [[DATE_TIME:22 July 2024]].""",
    """Driver's licence [[US_DRIVER_LICENSE:D410-7725-3391]] belongs to [[PERSON:Carla Jiménez]], who lives at [[ADDRESS:1820 W Alameda Ave]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80223]].""",
    """For the hill farm training day, [[PERSON:Nia]] ([[EMAIL_ADDRESS:nia.penrhos@gmail.com]]) and [[PERSON:Dewi Penrhos]] will bring the dogs; lunch at [[ADDRESS:Penrhos Farm]], [[LOCATION:Llanfair Caereinion]].""",
    """Hey, it's [[PERSON:Sophie]]. Mum's hospital number is [[ID_NUMBER:RVJ4417721]] and her NHS number is [[ID_NUMBER:489 541 2245]] — she's in ward 7 until [[DATE_TIME:Thursday 17th]].""",
    """[[PERSON:Giovanni Russo]] and his wife [[PERSON:Teresa]] run the chip shop on the harbour in [[LOCATION:Tobermory]]; their daughter [[PERSON:Francesca]], [[AGE:24]], is the new crew member on the lifeboat.""",
    """I'd like to cancel the broadband contract for [[ADDRESS:The Barn]], [[LOCATION:Cwmyoy]], [[LOCATION:Abergavenny]] [[ZIP_CODE:NP7 7NT]]; the account holder was my late father, [[PERSON:Derek Probyn]], who died on [[DATE_TIME:29 April 2024]].""",
    """Mae [[PERSON:aarav patel]] ym Mlwyddyn 4 wedi colli ei lyfr darllen; mae ei fam ar [[PHONE_NUMBER:07700 900 716]].""",
    """[[PERSON:Caoimhe Ní Dhubhghaill]]'s Leaving Cert exam number is [[ID_NUMBER:114829]] and she sits English Paper 1 on [[DATE_TIME:5 June]] in [[LOCATION:Dingle]].""",
    """The vet said [[PERSON:Huw]]'s collie, Fly, needs her jabs, but the bill went to the wrong farm — it should go to [[ADDRESS:Cae'r Meirch]], [[LOCATION:Llanbrynmair]] [[ZIP_CODE:SY19 7DR]], not to his brother [[PERSON:Emyr]].""",
    """Customer [[PERSON:Li Na Zhang]] says the parcel for order #A-771203 was left at [[ADDRESS:unit 2, 9 Clarence Street]], [[LOCATION:Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4000]], but she lives in a different unit.""",
    """At [[AGE:52]], [[PERSON:Stephen Mwangi]] became the oldest recruit on the Keswick Mountain Rescue team; he joined on [[DATE_TIME:1st March 2023]].""",
    """Tenant [[PERSON:Ruth Okoro]] (tenancy ref HA-228104) reported damp in the back bedroom of [[ADDRESS:41 Pentwyn Road]], [[LOCATION:Treorchy]]; the inspection is on [[DATE_TIME:11/11/2024 at 14:00]].""",
    """Rinne [[PERSON:Siobhán Nic Aodha]] iarratas ar an deontas ar [[DATE_TIME:3 Aibreán 2024]]; is é a seoladh ná [[ADDRESS:Bóthar na Trá]], [[LOCATION:Cill Rónáin]], [[ZIP_CODE:H91 YE29]].""",
    """Ffoniwch [[PERSON:Dafydd ap Ieuan]] ar [[PHONE_NUMBER:07700 900 307]] neu e-bostiwch [[EMAIL_ADDRESS:dafydd.api@gmail.com]] cyn [[DATE_TIME:30 Medi]] os ydych am ymuno â'r tîm achub mynydd.""",
    """Tha [[PERSON:Peigi Anna NicAonghais]] ag obair aig a' chomhairle ann an [[LOCATION:Port Rìgh]]; rugadh i air [[DATE_TIME:8 dhen Iuchar 1990]].""",
    """The SSN on the W-2 for [[PERSON:Darnell Washington]] reads [[US_SSN:231-07-6618]], but payroll has 231-07-6681 on file.""",
    """My Irish PPS number is [[ID_NUMBER:9510521LA]] and I'm [[NRP:Irish]], but I've lived in [[LOCATION:Toronto]] since [[DATE_TIME:June 2015]] — [[PERSON:Cian]].""",
    """Leig maighstir a' chala le [[PERSON:Seumas Tulloch]] ceangal aig an t-seann chidhe ann am [[LOCATION:Malaig]] an dèidh don eathar-shàbhalaidh a shlaodadh a-steach air [[DATE_TIME:17 dhen Lùnastal]].""",
    """Thank you for contacting Highland Telecom. [[PERSON:Mhairi]], we've sent the PAC code to [[PHONE_NUMBER:07700 900 205]]; it expires in 30 days.""",
    """[[PERSON:Dr. Oyelowo]] asked [[PERSON:Mrs. Baptiste]] to bring her inhaler and her date of birth, [[DATE_TIME:17-04-1962]], to the asthma clinic.""",
    """Email from [[PERSON:bethany]]: please cancel my gym membership (member no. [[ID_NUMBER:PG-558102]]) from [[DATE_TIME:1 November]]; I've moved to [[LOCATION:Hereford]].""",
    """[[PERSON:Anjali]]'s Aadhaar [[ID_NUMBER:9561 8737 0065]] and her husband [[PERSON:Vivek Nair]]'s PAN [[ID_NUMBER:BNZPN4471K]] were both requested by the landlord in [[LOCATION:Kochi]].""",
    """Following his fall on [[LOCATION:Ben Macdui]], [[PERSON:Ruairidh Forbes]], [[AGE:61]], was airlifted to Raigmore; his wife [[PERSON:Kirsty]] can be contacted on [[PHONE_NUMBER:01479 810 662]].""",
    """The council confirmed that [[PERSON:Mr. Terence Ho]] of [[ADDRESS:7 Marsh Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS9 8BA]] qualifies for the single person discount from [[DATE_TIME:14 May 2024]].""",
    """Gaming handle [[USERNAME:xXGlyndwrXx]] is registered to [[PERSON:Owen Pryce]], [[AGE:15]], whose parent email is [[EMAIL_ADDRESS:karen.pryce@btinternet.com]].""",
    """Seller [[PERSON:Ama Owusu]] is shipping the tent to [[ADDRESS:PO Box 442]], [[LOCATION:Whitehorse]], [[LOCATION:YT]] [[ZIP_CODE:Y1A 6C2]] and asked the buyer, [[PERSON:Dylan]], to confirm by text.""",
    """In [[DATE_TIME:March 2021]], [[PERSON:Hemi Parata]] took over the lease on [[ADDRESS:88 Dee Street]], [[LOCATION:Invercargill]] [[ZIP_CODE:9810]]; his IRD number is [[ID_NUMBER:490-918-515]].""",
    """Diolch am y lifft, [[PERSON:Rhodri]]! Cyrhaeddodd [[PERSON:Megan]] a fi'r arwerthiant yn [[LOCATION:Llanfair-ym-Muallt]] mewn pryd; aeth yr hwrdd am 2,400 gini.""",
    """Passenger [[PERSON:Ms. Abigail Osei]], booking ref Q7TX2L, seat 14C, passport [[ID_NUMBER:551230987]], date of birth [[DATE_TIME:04 MAR 1984]].""",
    """A welfare check was requested for [[PERSON:Alan Cartwright]], [[AGE:79]], at [[ADDRESS:2 Chapel Row]], [[LOCATION:Llanidloes]], after he missed his pension collection on [[DATE_TIME:Monday 2 September]].""",
    """The tribunal found that [[PERSON:Kezia Adebayo-Lewis]] was unfairly dismissed by the care home on [[DATE_TIME:12 February 2024]] and awarded her £8,200.""",
    """Ring [[PHONE_NUMBER:+27 21 555 0143]] and ask for [[PERSON:Pieter van der Merwe]]; he's the one selling the Land Cruiser in [[LOCATION:Stellenbosch]].""",
    """[[PERSON:Bríd]] and [[PERSON:Máirtín Ó Flaithearta]] from [[LOCATION:Ros Muc]] won the raffle; the hamper will be delivered to [[ADDRESS:Teach an Bhaile]] on [[DATE_TIME:23 December]].""",
    """The tax office wrote to [[PERSON:Ms. Chen Jia]] at [[ADDRESS:Level 3, 200 George Street]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]] about TFN [[ID_NUMBER:087 701 453]].""",
    """My name is [[PERSON:Sanjay Bhattacharya]], I'm [[AGE:44]], and the insurer rejected my claim for the cracked windscreen on my car, reg [[ID_NUMBER:BD68 HYL]].""",
    """We interviewed [[PERSON:Katie Mulholland]] for the library assistant post at the county council on [[DATE_TIME:9 September]]; references go to [[EMAIL_ADDRESS:katie.mulholland@hotmail.com]].""",
    """Gran's new address is [[ADDRESS:Room 14, Ty Gwyn Care Home, 3 Heol Awst]], [[LOCATION:Carmarthen]] [[ZIP_CODE:SA31 1BS]] — post to [[PERSON:Glenys]] there from now on.""",
    """Alert: new sign-in to [[PERSON:Jordan Baptiste-Clarke]]'s account from [[IP_ADDRESS:86.23.170.58]] ([[LOCATION:Bristol]]) on [[DATE_TIME:14 Oct 2024, 23:18]].""",
    """The grant inspector visited [[PERSON:Alistair Crichton]] at [[ADDRESS:Glenmore Farm]], [[LOCATION:Kirkmichael]], [[ZIP_CODE:PH10 7NA]] on [[DATE_TIME:4 July]] and counted 340 ewes and 12 tups.""",
    """[[PERSON:Precious Chikwanha]], [[AGE:29]], nurse, [[NRP:Zimbabwean]], starts on the respiratory ward at Glan Clwyd on [[DATE_TIME:7 October 2024]].""",
    """Please transfer the deposit to [[IBAN_CODE:GB33 BUKB 2020 1555 5555 55]] — [[PERSON:Harriet]].""",
    """That car parked across my drive at [[ADDRESS:21 Priory Gardens]] belongs to [[PERSON:Doug Fenwick]]; his plate is [[ID_NUMBER:NU17 XRT]].""",
    """The Ballycotton crew brought [[PERSON:Eimear Crowley]], [[AGE:36]], and her son [[PERSON:Rían]], [[AGE:8]], ashore after their dinghy capsized off [[LOCATION:Ballycotton Island]] on [[DATE_TIME:Sunday 11 August]].""",
    """Order for [[PERSON:Yasmin Haddad]] ([[EMAIL_ADDRESS:yasmin.haddad91@gmail.com]]): two pairs of walking boots, delivered to her work address, which she asked us not to store.""",
    """Student [[PERSON:Mateo Alvarez]], ID [[ID_NUMBER:s2248107]], will resit the exam on [[DATE_TIME:August 20]]; contact his adviser, [[PERSON:Prof. Helen Griffiths]], for details.""",
    """Last seen on [[LOCATION:Pen y Fan]] at about 4pm, [[PERSON:Marcus Lee]] ([[AGE:31]]) was wearing a red jacket; his partner [[PERSON:Jade]] called the police on [[PHONE_NUMBER:07700 900 944]].""",
    """A reminder to [[PERSON:Mr. David Ashton]]: your ferry from [[LOCATION:Oban]] to [[LOCATION:Castlebay]] departs at 13:30 on [[DATE_TIME:26 July 2024]].""",
    """Policyholder [[PERSON:Laura-Jane Pickering]] (customer no. [[ID_NUMBER:77103326]]) reported her holiday let at [[ADDRESS:Gwel an Mor, 4 Trelawney Road]], [[LOCATION:Newquay]] [[ZIP_CODE:TR7 2DP]] flooded.""",
    """Rugaḋ [[PERSON:Seaġán Ó Ceallaiġ]] i [[LOCATION:gCorcaiġ]] ar [[DATE_TIME:an 3aḋ lá de Ṁárta 1931]], agus ṫug sé [[ADDRESS:12 Sráid an Ċaisleáin]] mar a ṡeoladh do'n ċomairle.""",
    """Beth ddigwyddodd i [[PERSON:Gareth]]? Cafodd ei achub gan y bad achub ger [[LOCATION:Ynys Enlli]] ar [[DATE_TIME:12 Awst]], ac mae e'n [[AGE:45]] oed.""",
    """Chaidh [[PERSON:Iain Moireach]] a lorg leis an sgioba teasairginn air [[LOCATION:An Teallach]] an-dè; tha e [[AGE:38]] bliadhna a dh'aois.""",
    """Tá [[PERSON:Pádraigín Ní Mhaoileoin]] ina cónaí ag [[ADDRESS:12 Sráid an Mhuilinn]], [[LOCATION:Cathair na Mart]], agus tá sí [[AGE:72]] bliain d'aois.""",
    """The Blue Badge renewal for [[PERSON:Cyril Hewitt]], born [[DATE_TIME:30.06.1940]], was sent to the wrong address; his correct one is [[ADDRESS:6 Bishop's Walk]], [[LOCATION:St Asaph]] [[ZIP_CODE:LL17 0RD]].""",
    """Charity volunteer [[PERSON:Fatima Zahra El Idrissi]] collected £312 for the mountain rescue team outside the Co-op in [[LOCATION:Betws-y-Coed]] on [[DATE_TIME:Saturday 5th October]].""",
    """The Gaelic-medium unit said [[PERSON:Seumas]]'s enrolment is complete; please email his mum, [[PERSON:Raonaid]], at [[EMAIL_ADDRESS:raonaid.macinnes@gmail.com]].""",
    """Account holder [[PERSON:Thabo Nkosi]] moved from [[LOCATION:Durban]] to [[ADDRESS:Apartment 1102, 45 Marine Drive]], [[LOCATION:Umhlanga]], [[ZIP_CODE:4319]] on [[DATE_TIME:1 February 2024]].""",
    """I spoke to [[PERSON:Megan O'Hara]] on the phone yesterday; she said her date of birth is [[DATE_TIME:the 3rd of May 1999]] and her postcode [[ZIP_CODE:BT9 6AZ]].""",
    """The letter was signed by [[TITLE:Cllr]] [[PERSON:Nia Wyn Jenkins]], chair of the planning committee, and copied to [[PERSON:Rhys Morgan-Price]].""",
    """Please stop calling [[PHONE_NUMBER:01970 623 118]]; it's my landline and I never asked for a loan quote. — [[PERSON:E. Llewelyn]]""",
    """[[PERSON:Noor]] from the Ystradgynlais food bank said the referral for [[PERSON:Kelvin Thomas]] (DOB [[DATE_TIME:11/02/1977]]) came through on [[DATE_TIME:Monday 4 November]] — and he can collect from [[ADDRESS:2 Station Road]].""",
    """Scan the QR code on the parcel, [[PERSON:Ifeoma]], and the driver will photograph it at your door; we have [[ADDRESS:18 Grovesend Close]], [[LOCATION:Ammanford]] [[ZIP_CODE:SA18 3LU]] on file, and your number ends 229.""",
    """After the storm, the county council's roads team and the local farmer, [[PERSON:Colin Armstrong]], cleared the fallen ash from the lane to [[ADDRESS:Hartside Cottage]] so that the district nurse could reach [[PERSON:Mrs. Ivy Dodd]].""",
]

TABLE = [
    """name,crn,holding,county,ewes,claim_date
[[PERSON:Eifion Rowlands]],[[ID_NUMBER:1019 5521]],[[ADDRESS:Hafod y Llan]],[[LOCATION:Gwynedd]],410,[[DATE_TIME:2024-05-09]]
[[PERSON:Ann Corbett]],[[ID_NUMBER:1027 0043]],[[ADDRESS:Cefn Gwyn]],[[LOCATION:Powys]],265,[[DATE_TIME:2024-05-13]]
[[PERSON:Idris Bowen]],[[ID_NUMBER:1031 8870]],[[ADDRESS:Pant Glas]],[[LOCATION:Carmarthenshire]],188,[[DATE_TIME:2024-05-15]]""",
    """"Surname";"Forename";"DOB";"NHS number";"Ward"
"[[PERSON:Haddock]]";"[[PERSON:Brenda]]";"[[DATE_TIME:03/02/1951]]";"[[ID_NUMBER:703 489 4590]]";"Dyfi"
"[[PERSON:Okafor]]";"[[PERSON:Chinedu]]";"[[DATE_TIME:19/08/1978]]";"[[ID_NUMBER:662 143 7994]]";"Dyfi"
"[[PERSON:Price]]";"[[PERSON:Ieuan]]";"[[DATE_TIME:30/12/1933]]";"[[ID_NUMBER:854 412 2442]]";"Teifi\"""",
    "crew\trole\tpager\tmobile\tjoined\n[[PERSON:Dyfan Hughes]]\thelm\tP-12\t[[PHONE_NUMBER:07700 900 101]]\t[[DATE_TIME:2011-04-02]]\n[[PERSON:Catrin Ellis]]\ttractor driver\tP-19\t[[PHONE_NUMBER:07700 900 119]]\t[[DATE_TIME:2016-09-17]]\n[[PERSON:Tom Gadd]]\tcrew\tP-23\t[[PHONE_NUMBER:07700 900 123]]\t[[DATE_TIME:2022-01-08]]",
    """| Casualty | Age | Hill | Injury | Team |
|---|---|---|---|---|
| [[PERSON:Ella Brightwater]] | [[AGE:24]] | [[LOCATION:Ben Nevis]] | lower leg | Lochaber |
| [[PERSON:Andrzej Nowak]] | [[AGE:51]] | [[LOCATION:Buachaille Etive Mòr]] | head | Glencoe |
| [[PERSON:Harry Ling]] | [[AGE:19]] | [[LOCATION:Aonach Eagach]] | none (cragfast) | Glencoe |""",
    """ customer_id |      name       |            email             |    phone
-------------+-----------------+------------------------------+---------------
       10442 | [[PERSON:Saoirse Hennessy]] | [[EMAIL_ADDRESS:saoirse.hennessy@gmail.com]]   | [[PHONE_NUMBER:085 119 4402]]
       10443 | [[PERSON:Tunde Balogun]]   | [[EMAIL_ADDRESS:tunde.balogun@yahoo.com]]      | [[PHONE_NUMBER:+234 803 441 2290]]
       10444 | [[PERSON:Wen Jie Tan]]     | [[EMAIL_ADDRESS:wenjie.tan@singnet.com.sg]]    | [[PHONE_NUMBER:+65 9123 4471]]
(3 rows)""",
    """NAME                 PPSN        EIRCODE    PHONE
[[PERSON:Colm Ó Ceallaigh]]      [[ID_NUMBER:8277845KA]]   [[ZIP_CODE:F92 X6N4]]   [[PHONE_NUMBER:074 912 3381]]
[[PERSON:Róisín Breen]]          [[ID_NUMBER:9343110JA]]   [[ZIP_CODE:V94 T2R8]]   [[PHONE_NUMBER:061 330 5510]]""",
    """{"member": "[[PERSON:Gwenno Pryce]]", "member_no": "[[ID_NUMBER:YFC-2231]]", "club": "Llanfair YFC", "age": [[AGE:19]], "mobile": "[[PHONE_NUMBER:07700 900 412]]"}
{"member": "[[PERSON:Sion Tudor]]", "member_no": "[[ID_NUMBER:YFC-2240]]", "club": "Llanfair YFC", "age": [[AGE:22]], "mobile": "[[PHONE_NUMBER:07700 900 423]]"}
{"member": "[[PERSON:Lowri Watkin]]", "member_no": "[[ID_NUMBER:YFC-2251]]", "club": "Meifod YFC", "age": [[AGE:17]], "mobile": null}""",
    """- name: [[PERSON:Isobel Grieve]]
  chi: "[[ID_NUMBER:2206831147]]"
  gp: Ness Surgery
  next_of_kin: [[PERSON:Callum Grieve]]
- name: [[PERSON:Torquil Morrison]]
  chi: "[[ID_NUMBER:0209619015]]"
  gp: Ness Surgery
  next_of_kin: [[PERSON:Annie Morrison]]""",
    """Name: [[PERSON:Bethany Clough]]
Employee ID: [[ID_NUMBER:BR-70441]]
Department: Highways
Start date: [[DATE_TIME:06/01/2020]]
Home phone: [[PHONE_NUMBER:01633 842 117]]
Emergency contact: [[PERSON:Neil Clough]]""",
    """[[PERSON:J. Ahmadi]],[[EMAIL_ADDRESS:j.ahmadi@outlook.com]],Gold,2023
[[PERSON:P. Lindqvist]],[[EMAIL_ADDRESS:petra.lindqvist@gmail.com]],Silver,2021
[[PERSON:R. O'Neill]],[[EMAIL_ADDRESS:rory.oneill@icloud.com]],Bronze,2024""",
    """sku;description;qty;customer;postcode
LB-2290;Lambing jacket, M;2;[[PERSON:Olwen Davies]];[[ZIP_CODE:SY16 3HF]]
FC-0113;Feed scoop;1;[[PERSON:Gareth Lloyd]];[[ZIP_CODE:LD6 5AB]]
GT-4471;Field gate 12ft;1;[[PERSON:Moira Sinclair]];[[ZIP_CODE:KW14 7SL]]""",
    """| Enw | Cyfeiriad | Côd post | Ffôn |
|-----|-----------|----------|------|
| [[PERSON:Rhiannon Wyn]] | [[ADDRESS:Bryn Awel, Lôn Ucha]], [[LOCATION:Llanrug]] | [[ZIP_CODE:LL55 4AL]] | [[PHONE_NUMBER:01286 672 903]] |
| [[PERSON:Deio ap Siôn]] | [[ADDRESS:3 Tai Newyddion]], [[LOCATION:Deiniolen]] | [[ZIP_CODE:LL55 3HP]] | [[PHONE_NUMBER:01286 870 244]] |""",
    """Ainm\tSeòladh\tFòn\n[[PERSON:Calum MacFhionghain]]\t[[ADDRESS:7 Sràid na h-Eaglaise]], [[LOCATION:Port Rìgh]]\t[[PHONE_NUMBER:01478 612 390]]\n[[PERSON:Ealasaid Nic a' Phearsain]]\t[[ADDRESS:2 Achadh na Creige]], [[LOCATION:Ùige]]\t[[PHONE_NUMBER:01470 542 118]]""",
    """Ainm,Uimhir PSP,Contae,Aois
[[PERSON:Seosamh Ó Gallchóir]],[[ID_NUMBER:9645403A]],[[LOCATION:Dún na nGall]],[[AGE:58]]
[[PERSON:Nóra Ní Bhaoill]],[[ID_NUMBER:0044352OA]],[[LOCATION:Dún na nGall]],[[AGE:61]]""",
    """id  user              last_login_ip        country  2fa
1   [[USERNAME:m.okonjo]]         [[IP_ADDRESS:41.58.210.17]]         [[LOCATION:Nigeria]] yes
2   [[USERNAME:haf_griffiths]]    [[IP_ADDRESS:81.2.69.160]]          [[LOCATION:Wales]]   no
3   [[USERNAME:leon.dubois]]      [[IP_ADDRESS:2a01:cb00:7a2:f300::9]] [[LOCATION:France]]  yes""",
    """policy,holder,dob,vehicle_reg,ncd_years
POL-88213,[[PERSON:Keeley Ward]],[[DATE_TIME:1996-07-21]],[[ID_NUMBER:YF20 KMU]],4
POL-88214,[[PERSON:Pradeep Singh]],[[DATE_TIME:1981-03-03]],[[ID_NUMBER:MA69 ZTB]],9
POL-88215,[[PERSON:Dorothy Ashby]],[[DATE_TIME:1949-11-28]],[[ID_NUMBER:CU15 EOP]],12""",
    """school: Ysgol Bro Idris
class: Blwyddyn 3
pupils:
  - [[PERSON:Guto Edwards]] (dob [[DATE_TIME:2016-02-11]])
  - [[PERSON:Alys Pugh]] (dob [[DATE_TIME:2015-10-30]])
  - [[PERSON:Zayn Rahman]] (dob [[DATE_TIME:2016-06-04]])
teacher: [[PERSON:Mrs. Eirian Jones]]""",
    """| Applicant            | Country  | Nationality | Passport   | Status   |
| [[PERSON:Grace Wanjiku]]        | [[LOCATION:Kenya]]    | [[NRP:Kenyan]]      | [[ID_NUMBER:AK0447219]]  | approved |
| [[PERSON:Rahul Verma]]          | [[LOCATION:India]]    | [[NRP:Indian]]      | [[ID_NUMBER:T4418207]]   | pending  |
| [[PERSON:Sophie Tremblay]]      | [[LOCATION:Canada]]   | [[NRP:Canadian]]    | [[ID_NUMBER:GA552190]]   | approved |""",
    """Date       Caller             Number           Reason
[[DATE_TIME:02/03/2024]] [[PERSON:Olive Jenkins]]      [[PHONE_NUMBER:01239 612 440]]    missed bin collection
[[DATE_TIME:02/03/2024]] [[PERSON:Barry Thomas]]       [[PHONE_NUMBER:07700 900 884]]    pothole, A487
[[DATE_TIME:04/03/2024]] [[PERSON:Siân Rees]]          [[PHONE_NUMBER:01545 571 208]]    streetlight out""",
    """"account","holder","iban","opened"
"ACC-1","[[PERSON:Aled Morgan]]","[[IBAN_CODE:GB69LOYD30963312408857]]","2019"
"ACC-2","[[PERSON:Niamh Burke]]","[[IBAN_CODE:IE71BOFI90583812467702]]","2021\"""",
    """Full name: [[PERSON:Mrs. Alwen Humphreys]]
Role: Lifeboat Press Officer
Email: [[EMAIL_ADDRESS:alwen.humphreys@gmail.com]]
Station: Criccieth
Mobile: [[PHONE_NUMBER:07700 900 633]]
DBS check: [[DATE_TIME:12 Jan 2023]]""",
    """tenant            | property                                  | rent  | arrears
[[PERSON:Mark Oduya]]        | [[ADDRESS:Flat 2, 14 Glebe Street]], [[LOCATION:Penarth]]        | 725   | 0
[[PERSON:Kayleigh Moss]]     | [[ADDRESS:31 Windsor Road]], [[LOCATION:Barry]]              | 680   | 1360
[[PERSON:Abdi Warsame]]      | [[ADDRESS:8 Plymouth Road]], [[LOCATION:Penarth]]            | 790   | 0""",
    """{"card_holder":"[[PERSON:Fergal Nolan]]","pan":"[[CREDIT_CARD:4485 3854 4363 9050]]","exp":"10/27","cvv":"512"}
{"card_holder":"[[PERSON:Shirin Tehrani-Clarke]]","pan":"[[CREDIT_CARD:3782 231184 93800]]","exp":"01/26","cvv":"8841"}""",
    """Team,Member,Callsign,Phone,Home town
Ogwen Valley,[[PERSON:Chris Lloyd]],OV-07,[[PHONE_NUMBER:07700 900 707]],[[LOCATION:Bethesda]]
Ogwen Valley,[[PERSON:Ceri Owen]],OV-11,[[PHONE_NUMBER:07700 900 711]],[[LOCATION:Capel Curig]]
Llanberis,[[PERSON:Gwion Thomas]],LL-03,[[PHONE_NUMBER:07700 900 303]],[[LOCATION:Llanberis]]""",
    """order_id	sku	qty	ship_to_name	ship_to_street	ship_to_city
88123	TR-22	1	[[PERSON:Ayesha Siddiqui]]	[[ADDRESS:9 Beech Grove]]	[[LOCATION:Bradford]]
88124	TR-22	2	[[PERSON:Logan Hart]]	[[ADDRESS:120 Main St]]	[[LOCATION:Bozeman]]
88125	HB-09	1	[[PERSON:Priti Shah]]	[[ADDRESS:44 Hill Road]]	[[LOCATION:Leicester]]""",
    """== Parish council ==
Chair        [[TITLE:Cllr]] [[PERSON:Meredith Bowen]] chair@llanddewi-pc.example
Clerk        [[PERSON:Janet Pugh]]               clerk@llanddewi-pc.example
Footpaths    [[PERSON:Dai Parry]]                [[PHONE_NUMBER:01982 570 215]]""",
    """student_no,surname,given,dob,course
[[ID_NUMBER:B2218840]],[[PERSON:Lewis]],[[PERSON:Hana]],[[DATE_TIME:2004-09-13]],Agriculture
[[ID_NUMBER:B2218851]],[[PERSON:Mac Domhnaill]],[[PERSON:Ciarán]],[[DATE_TIME:2003-12-01]],Countryside Mgmt
[[ID_NUMBER:B2218862]],[[PERSON:Ndlovu]],[[PERSON:Sipho]],[[DATE_TIME:2005-01-22]],Agriculture""",
    """+----+-------------------+-----------------+------------+
| id | donor             | gift_aid        | amount     |
+----+-------------------+-----------------+------------+
|  1 | [[PERSON:Hilary Benbow-Walsh]]| yes             | 25.00      |
|  2 | Anonymous         | no              | 10.00      |
|  3 | [[PERSON:Kwabena Osei]]       | yes             | 100.00     |
+----+-------------------+-----------------+------------+""",
    """tfn,name,state,postcode
[[ID_NUMBER:556 233 024]],[[PERSON:Mitchell Nguyen]],[[LOCATION:VIC]],[[ZIP_CODE:3056]]
[[ID_NUMBER:203 162 025]],[[PERSON:Shannon O'Brien]],[[LOCATION:WA]],[[ZIP_CODE:6160]]""",
    """ref        holder              ssn          state
LN-40017   [[PERSON:Tyrone Jackson]]      [[US_SSN:402-55-1873]]  [[LOCATION:KY]]
LN-40018   [[PERSON:Melissa Ortega]]      [[US_SSN:533-71-0492]]  [[LOCATION:NM]]""",
    """patient: [[PERSON:Kalani Akana]]
mrn: [[ID_NUMBER:MRN-0048812]]
allergies: penicillin
appointments:
  - [[DATE_TIME:2024-09-03 09:15]] physio
  - [[DATE_TIME:2024-09-17 09:15]] physio""",
    """Stall | Trader | Contact
A1 | Cheese from Caws Cenarth | sales@cawscenarth.example
A2 | [[PERSON:Meg Lewis]] (honey) | [[PHONE_NUMBER:07700 900 552]]
A3 | Wool from Cambrian Mills | 01591 610 211""",
    """round,resident,room,drug,dose,given_by
08:00,[[PERSON:Mabel Crossley]],4,Donepezil,10 mg,[[PERSON:A. Kowalczyk]]
08:00,[[PERSON:Harold Pennant]],6,Metformin,500 mg,[[PERSON:A. Kowalczyk]]
12:00,[[PERSON:Mabel Crossley]],4,Paracetamol,1 g,[[PERSON:J. Batt]]""",
    """PAYEE                     IBAN                            AMOUNT   SCHEME
[[PERSON:Dónall Mac Suibhne]]        [[IBAN_CODE:IE44 AIBK 9335 6108 8247 31]]     2,310.00 ACRES
[[PERSON:Bernadette Walsh]]          [[IBAN_CODE:IE80 BOFI 9033 7440 2195 86]]     1,145.50 ACRES
[[PERSON:Huw Gwyn Parry]]            [[IBAN_CODE:GB31 NWBK 5570 0118 8346 27]]       980.00 SFI""",
    """email;first;last;opt_in
[[EMAIL_ADDRESS:ben.carrick@gmail.com]];[[PERSON:Ben]];[[PERSON:Carrick]];1
[[EMAIL_ADDRESS:aoife.lynch@hotmail.com]];[[PERSON:Aoife]];[[PERSON:Lynch]];0
[[EMAIL_ADDRESS:samirah.h@outlook.com]];[[PERSON:Samirah]];[[PERSON:Hussein]];1""",
]

CHAT = [
    """[09:02] Agent ([[PERSON:Kerry]]): Thanks for contacting Cymru Telecom support, who am I speaking with?
[09:02] [[PERSON:Dilwyn Hughes]]: [[PERSON:dilwyn hughes]], the broadband at the farm is down again
[09:03] Agent ([[PERSON:Kerry]]): Sorry about that, [[PERSON:Dilwyn]]. Can you confirm the account holder's date of birth?
[09:03] [[PERSON:Dilwyn Hughes]]: [[DATE_TIME:14/02/1963]], the account is in my name, address [[ADDRESS:Gelli Goch]], [[LOCATION:Llanfair Clydogau]] [[ZIP_CODE:SA48 8LH]]
[09:04] Agent ([[PERSON:Kerry]]): Thanks. I've booked an engineer for [[DATE_TIME:Thursday 10 October, 8am-1pm]]. We'll text [[PHONE_NUMBER:07700 900 265]] the day before.""",
    """Family 🏡
Mam: Has anyone got Nain's NHS number? The surgery is asking
[[PERSON:Cerys]]: it's [[ID_NUMBER:401 882 3754]] I think, it's on the letter from [[DATE_TIME:March]]
Dad: that's mine 😂 hers is on the fridge
[[PERSON:Osian]]: [[ID_NUMBER:612 490 3377]]? no wait that's taid's
Mam: I'll ring them, [[PHONE_NUMBER:01286 880 207]] is the surgery isn't it""",
    """Marketplace – "Quad bike trailer, £450"
[[PERSON:Shane Doherty]]: Is this still available?
[[PERSON:Leanne Maguire]]: Yes! Collection from [[LOCATION:Letterkenny]]
[[PERSON:Shane Doherty]]: Grand, can I come Saturday? My number is [[PHONE_NUMBER:087 552 1046]]
[[PERSON:Leanne Maguire]]: Perfect, it's [[ADDRESS:14 Ard na Gréine]], [[ZIP_CODE:F92 KX31]]. Ask for my husband [[PERSON:Declan]] if I'm out
[[PERSON:Shane Doherty]]: 👍 see you then""",
    """#ogwen-callouts
[[PERSON:Chris]] (TL): Callout. Two walkers benighted on [[LOCATION:Glyder Fach]], one with a knee injury. Casualty [[PERSON:Priya Menon]], [[AGE:32]], companion [[PERSON:Tom Reid]] on [[PHONE_NUMBER:07700 900 482]].
[[PERSON:Ceri]]: leaving [[LOCATION:Bethesda]] now, 15 mins to base
[[PERSON:Gwion]]: bringing the vac mat
[[PERSON:Chris]] (TL): Coastguard helicopter Rescue 936 stood by. Grid SH 656 582.
[[PERSON:Ceri]]: @[[USERNAME:gwion_t]] grab spare head torches from the store""",
    """Sgioba an Eathair-shàbhalaidh 🚤
[[PERSON:Coinneach]]: Tha an t-eathar a' falbh aig 14:10, bàta-iasgaich briste faisg air [[LOCATION:Eilean Shannaigh]]
[[PERSON:Màiri Anna]]: Tha mi air an t-slighe. Fòn [[PERSON:Seonaidh]] aig [[PHONE_NUMBER:07700 900 848]]
[[PERSON:Seonaidh]]: Aig a' chala ann an [[LOCATION:Tobar Mhoire]] a-nis
[[PERSON:Coinneach]]: Sgiobair: [[PERSON:Raibeart MacLachlainn]], [[AGE:57]], aon duine air bòrd""",
    """Grŵp Ffermwyr Cwm Tawe
[[PERSON:Gareth]]: Oes rhywun wedi cael y taliad grant eto?
[[PERSON:Sioned Llywelyn]]: Naddo. Rhif cwsmer fi yw [[ID_NUMBER:1044 2709]] os ydy [[PERSON:Huw]] yn ffonio'r swyddfa
[[PERSON:Huw Bevan]]: Ffonia i nhw fory. [[PERSON:Sioned]], beth yw dy rif ffôn newydd?
[[PERSON:Sioned Llywelyn]]: [[PHONE_NUMBER:07700 900 591]]
[[PERSON:Gareth]]: Diolch bois 👍""",
    """Support chat – Council Tax
Bot: Please enter your account number.
User: [[ID_NUMBER:70055128]]
Bot: Thanks. Please enter the first line of your address.
User: [[ADDRESS:5 Lon Isaf]]
Bot: Hello [[PERSON:Mr. K. Balasubramaniam]]. Your next instalment of £142.00 is due on the 1st.
User: I want to set up a direct debit from my new account, [[IBAN_CODE:GB83 LOYD 3094 4271 1605 83]]
Bot: I'll pass you to an adviser. Adviser [[PERSON:Eleri]] has joined the chat.""",
    """Team chat – Harbour Café rota
[[PERSON:Tasha]]: can someone swap Sunday? it's [[PERSON:Jack]]'s birthday on the [[DATE_TIME:13th]]
[[PERSON:Mo]]: I can do it if [[PERSON:Bronwen]] does my Tuesday
[[PERSON:Bronwen Pugh]]: fine by me. [[PERSON:tasha]] send me the new rota to [[EMAIL_ADDRESS:bron.pugh@gmail.com]] not the work one
[[PERSON:Tasha]]: done ✅ (also the card machine rep is [[PERSON:Jim]] from PayPoint, 0345 600 1200, if it breaks again)""",
]

LOOKALIKE = [
    """Consignment note CN-448120-B: 40 ft container MSKU4821139 and TGHU7715209, seal no. 0088213, customs entry 24GB7P1C90144A9, lot L2024-118. Contents: 1,200 bags of ewe nuts (SKU EWN-25KG-0447), EAN 5012345670188. Shipper: Wynnstay Group plc, company no. 02704051, tel 01691 828 512, orders@wynnstay.example. Delivered to the depot on Ffordd Glyndŵr. Signed for by [[PERSON:Rhys Elwyn]].""",
    """Release notes v10.4.2.1 (build 2024.11.07-rc3): upgraded libssl to 3.0.13, fixed the crash in the Fibonacci heap and the Dijkstra router, removed the Kalman filter fallback. Checksums: sha256 9f2b5c0e1d4a7b3c8e6f0a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e. Nodes 192.168.0.1 and 10.4.2.1 in the test rig are unchanged. Tracking issue #4471; UUID 3fa85f64-5717-4562-b3fc-2c963f66afa6.""",
    """Booking confirmation KZ7Q4M. Invoice INV-2024-0098812, order 114-7729015-4420187, tracking 1Z 999 AA1 01 2345 6784 and JD014600006281920447. Venue: the Darwin Room, Lister Building, Newton Street (no. for deliveries: 0800 028 0283). Books for the course: ISBN 978-1-84771-192-2 and 978-0-85088-296-4. Queries to events@agrisoc.example. The trainer, [[PERSON:Owain Mostyn]], will meet you at reception.""",
    """Serial numbers for the returned radios: MTP3550-77812, MTP3550-77813, MTP3550-77840. Firmware 2.1.0.4. Registered company: Mountain Safety Supplies Ltd, SC445120, VAT GB 291 4478 12, registered office on Queen Victoria Street. Company phone 0131 496 0000. The Alzheimer's Society, the Parkinson's unit and the Hodgkin's clinic asked for quotes. Warranty claim WC-22019 was opened by [[EMAIL_ADDRESS:lisa.feeney@gmail.com]].""",
    """Gwybodaeth am y cynnyrch: cod SKU CWM-0014, rhif lot 24-0318, EAN 5391234564563, rhif cyfresol CY-88001-B. Ffôn y cwmni: 01970 612 300, e-bost gwerthiant@cwmni.example. Cyfeiriad y warws ar Stryd Owain Glyndŵr. Fersiwn meddalwedd 4.2.19.7. Cysylltwch â [[PERSON:Mererid Haf Prydderch]] ar [[PHONE_NUMBER:07700 900 377]] am archebion personol.""",
    """Shipment CMAU3099170 cleared customs on entry 24IE0018827713 at Dublin Port. Airway bill 176-88214473. Tariff code 8432.21.00. Commodity: harrows. Importer: Murphy Agri Ltd, CRO 448120, Tel. +353 1 555 0100, accounts@murphyagri.example. The vessel's IMO number is 9321483 and the voyage ref is V24-0077. The pallets carry GS1 code 5000159482806 and batch B-7781-Z.""",
    """Hex dump offsets 0x7f3a2c10 to 0x7f3a2e4f; MAC vendor prefix 00:1A:2B belongs to the NIC supplier. Phone-shaped part numbers 0800-4471-22 and 01-234-5678-9 refer to gaskets. The Bowman Road junction and the Nelson Street car park were resurfaced by Jones Bros; site manager [[PERSON:Dai Jones]] can be reached at [[EMAIL_ADDRESS:dai.jones.site@gmail.com]] and his temporary pass is [[ID_NUMBER:SP-22041]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def check_marks() -> None:
    """Every `[[TYPE:` opener parsed into a span of a known type; print counts only."""
    openers = spans = 0
    for style, records in STYLES.items():
        for n, markup in enumerate(records, 1):
            text, found = parse(markup)
            kinds = [s["entity_type"] for s in found]
            unknown = set(kinds) - KNOWN
            if unknown:
                raise ValueError(f"blind149-{style}-{n:03d}: unknown type(s) {sorted(unknown)}")
            opened = len(re.findall(r"\[\[[A-Z_]+:", markup))
            parsed = sum(1 for s in found) - len(re.findall(r"\[\[PERSON:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Nurse|Sir)\.? ", markup))
            if opened != parsed:
                raise ValueError(f"blind149-{style}-{n:03d}: {opened} marks opened, {parsed} parsed")
            openers += opened
            spans += len(found)
    print(f"every mark parsed: {openers} marks -> {spans} spans (titles split off included)")


def main() -> None:
    check_marks()
    write_and_report("blind149", STYLES, OUT)


if __name__ == "__main__":
    main()
