"""Build tests/data/blind154.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind154.py

Blind: written without any knowledge of the detector it will measure. Read
while writing it, and nothing else in the repository: the first 121 lines of
tests/data/make_blind22.py (its docstring with the labeling conventions and
the style descriptions, and its import lines), the tail of make_blind22.py
from `STYLES = {` to the end (its STYLES dict and main(), copied here as
scaffolding), the whole of tests/data/gold_sets.py, and lines 1-64 of
tests/data/make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`, copied below). Not read: minimize/, recognizers/,
bench/, the README, any other test or make_*.py script, the records of
make_blind22.py, and every *.jsonl file (this set's own output included; it
was only checked through the counts this script prints). No git command was
run. The detector, the bench, the tests and `minimize` were never run on or
against this file. Do not tune the detector against it: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` (copied from make_handwritten.py
with its MARK and TITLE_IN_NAME regexes), which strips the inline
`[[TYPE:value]]` marks; `gold_sets.write_and_report` checks every span and
writes the set, and the summary printed at the end only counts (records per
style, spans per type, and a check that every mark was parsed).

Check digits made valid (worked out with hand-run throwaway code while
writing, not kept and not generated here): card numbers pass Luhn; IBANs
(GB, DE, NL, IE, CH, NO, SE) pass mod-97 with their country's length
(`gold_sets.check` re-checks cards and IBANs); South African ID numbers pass
their Luhn digit and agree with the person's birth date and sex where the
text shows them (citizenship digit 0, or 1 for a permanent resident); NHS
numbers (mod 11), Canadian SINs (Luhn), Aadhaar numbers (Verhoeff),
Australian TFNs and Medicare numbers, New Zealand NHI numbers (mod 11),
SARS income tax reference numbers (Luhn), Singapore NRICs and Irish PPSNs
have valid check characters, and so do the look-alikes that carry one (ISBN-13,
EAN-13). Not checked (no public check digit, or not worked out): US SSNs,
UK NI numbers, Indian PAN, Lesotho, Botswana (Omang), Eswatini, Zimbabwe,
Kenyan (ids, KRA PINs), Nigerian (NIN, BVN) and Philippine SSS ids, passports, licences, plates, bank account numbers, mine industry
numbers, staff, student, member, policy-holder and patient numbers.

Styles (ids `blind154-<style>-NNN`, as `gold_sets.write_set` numbers them;
240 records):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  about 22 like ai4privacy pii-masking-200k/300k/400k (odd, dense mixed
  sentences with names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), about 34 like gretel-pii-masking-en-v1 (claims, contracts,
  loan, medical, rental and benefit forms, notices, letters, settlements,
  petitions) and about 29 like Nemotron-PII (JSON, log lines, SQL, XML /
  FHIR, YAML, .env, HTTP requests, GraphQL, Python and Java test code,
  tickets, form dumps, mail headers, call records).
- `gen` (80): one to four sentences of "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text: CSV (14, comma
  and semicolon, quoted and not), TSV (8), pipes / Markdown / psql / MySQL
  (10), fixed-width (8), JSON lines (8), YAML (6) and key: value blocks (6);
  header rows sometimes missing, non-PII columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten are in English (South Africa, Lesotho,
Botswana, Eswatini, Zimbabwe, Namibia, Nigeria, Kenya, Ghana, the US, the
UK, Ireland, Canada, Australia, New Zealand, India, Singapore, the
Philippines and Jamaica contexts, with names from many cultures), the rest
in isiZulu, isiXhosa and Sesotho (all three written in the Latin script),
plus English text naming people, places and ids of Southern Africa.
Domains with extra weight: mining payroll and compensation (COIDA /
ODMWA-style claims, industry numbers, hostels), burial societies and
stokvels, taxi associations, municipal housing (waiting lists, RDP /
subsidy houses, stands and erven); the rest spread over banking, health,
pharmacy, legal, schools, HR, retail, travel, telecoms, government,
housing, gaming, social media, IT, deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py (and the sets before it), in
short: PERSON for any part of a name (lowercase too, possessive "'s"
outside, nicknames included); TITLE for honorifics attached to a name,
apart from it; job titles unlabeled; family words outside; ADDRESS for
number + street (+ unit, flat, suite), PO boxes, building names; LOCATION
for city, suburb, township, district, province, state, country; ZIP_CODE
for postcodes; DATE_TIME for a person's dates with a day or month (a time
written with it inside the span); AGE the number only; USERNAME without
"@"; URL personal pages only; NRP nationality, religion or political group;
ID_NUMBER for national / tax / social-security ids, patient, staff,
student, customer and member numbers, bank accounts, non-US passports and
licences, plates; not labeled: passwords, genders, job titles, user agents,
MACs, sort / branch / routing codes, CVVs, expiries, PINs, references of
orders, tickets, claims, policies, bookings and tracking, company phones,
role mailboxes, versions, hashes, serials, partial numbers, pets, eponyms,
header rows. Calls made while writing this set, in the same spirit:
- the noun-class prefix glued to a name in isiZulu, isiXhosa and Sesotho
  ("uSipho", "kaNomsa", "ngu-Zanele") stays outside the PERSON span, which
  starts with the name itself; a locative prefix before a place
  ("eCarletonville", "e-Nongoma", "lise-KwaNxumalo") stays outside
  LOCATION the same way, unless the prefixed form is the place's own name (eThekwini,
  eMlazi); a clan name (isibongo) used as a name is PERSON;
- abbreviated honorifics in these languages (Mnu., Nkk., Nksz., Nkosk.,
  Mong., Mof.), Adv. and Judge before a name are TITLE; address words that are family words (Gogo, Baba, Mama, Ntate,
  'M'e, Tata, Aunty, Uncle) stay outside;
- a stand, erf or site number with its street or extension ("Stand 4471,
  Extension 9") is ADDRESS; the township or village is LOCATION;
- a mine "industry number" (the miner's lifelong employee number), a
  burial society or stokvel membership number and a taxi association
  member number are ID_NUMBER; a claim, case, policy or application
  reference stays unlabeled as before; a minibus taxi's registration plate
  is ID_NUMBER, its route number is not;
- in a table a "province" column is LOCATION, like "state".
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind154.jsonl")

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

GEN = [
    """[[PERSON:Thandeka Mhlongo]] called the municipal housing desk on [[DATE_TIME:4 March 2024]] to ask where she is on the waiting list; her ID number is [[ID_NUMBER:9107220456085]] and she can be reached on [[PHONE_NUMBER:072 418 3396]].""",
    """My late father worked underground at the Kloof shaft for 23 years and his industry number was [[ID_NUMBER:77410256]]. Please send the ODMWA forms to me, [[PERSON:Lerato Sebego]], at [[ADDRESS:14 Mokgosi Street]], [[LOCATION:Tlhabane]], [[LOCATION:Rustenburg]], [[ZIP_CODE:0309]].""",
    """the stokvel payout for december goes to [[PERSON:nomvula]] this year, so everyone please send your R500 to her FNB account [[ID_NUMBER:62841937055]] before the 25th.""",
    """Can you update the booking so that the second passenger reads [[PERSON:Mr. Kwabena Asante-Mensah]], born [[DATE_TIME:02/09/1979]], passport [[ID_NUMBER:G2187436]]? Thanks.""",
    """Our client [[PERSON:Ruth Abernethy]], [[AGE:67]], of [[ADDRESS:8 Kinnoull Terrace]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 7DL]], has asked us to close her ISA and move the balance to [[IBAN_CODE:GB84 MIDL 1671 9368 4005 32]].""",
    """I'm writing on behalf of my gran, [[PERSON:Gladys Nkosi]], whose pension stopped after [[DATE_TIME:31 January]]; her SASSA card number is not the issue, it is her ID [[ID_NUMBER:6409120763088]] that the system no longer finds.""",
    """Please reset the password for [[USERNAME:mpho_the_great88]]; the recovery email on file is [[EMAIL_ADDRESS:mpho.ramaphakela@webmail.co.za]] and I no longer have that phone.""",
    """After the accident on the N2 the driver, [[PERSON:Sibusiso Zungu]], was taken to Addington Hospital; the taxi, plate [[ID_NUMBER:ND 482-117]], belongs to [[PERSON:Bhekani Mthethwa]] of the KwaMashu Taxi Association.""",
    """Hi there, it's [[PERSON:Aroha Ngata]] here, I moved from [[LOCATION:Rotorua]] to [[ADDRESS:22B Onewa Road]], [[LOCATION:Northcote]], [[LOCATION:Auckland]] [[ZIP_CODE:0627]] on [[DATE_TIME:1 May]], please update my IRD details.""",
    """The pharmacy left a message for [[PERSON:Mrs. Olufunke Adeyemi]]: her insulin refill is ready and she can collect it any time before [[DATE_TIME:Friday 12 July]] or call back on [[PHONE_NUMBER:+234 803 441 2098]].""",
    """We regret to inform members that Baba [[PERSON:Elias Mokoena]]'s funeral will be held on [[DATE_TIME:Saturday, 17 August 2024]] at 09:00 at his home, [[ADDRESS:Stand 4471, Extension 9]], [[LOCATION:Tembisa]].""",
    """The new hire, [[PERSON:Keanu Fonoti]], starts on [[DATE_TIME:3 June 2024]] in the [[LOCATION:Wellington]] office and will need a laptop and a badge under staff number [[ID_NUMBER:W-20931]].""",
    """Did [[PERSON:siobhan]] ever get the refund? Her card ending 4417 was charged twice and she's been on hold all morning.""",
    """Per our conversation, [[PERSON:Dr. Anil Kumar Reddy]] will see [[PERSON:Ishaan]] (age [[AGE:9]]) at 4:30 pm; the Aadhaar on the registration form is [[ID_NUMBER:4987 1236 5407]].""",
    """Tenant [[PERSON:Busisiwe Ngcobo]] has occupied unit [[ADDRESS:C14, Block 3, Jabulani Flats]] in [[LOCATION:Soweto]] since [[DATE_TIME:01-11-2019]] and is in arrears of R4 350.""",
    """You can send the documents to [[PERSON:Chinonso]] directly at [[EMAIL_ADDRESS:chinonso.eze@outlook.com]], he is handling the settlement for the family.""",
    """The school has [[PERSON:Amahle Dube]], grade 4, learner number [[ID_NUMBER:LN 2019-0384]], down as collected by her uncle [[PERSON:Sandile]] on Fridays.""",
    """A complaint was lodged by [[PERSON:Mr. Pieter van der Merwe]] of [[ADDRESS:31 Kerk Street]], [[LOCATION:Paarl]], [[ZIP_CODE:7646]], about water meter readings since [[DATE_TIME:March 2023]].""",
    """Happy 40th to my sister [[PERSON:Kagiso]]! Born [[DATE_TIME:11 May 1984]] in [[LOCATION:Mahalapye]] and still the loudest person at every wedding.""",
    """The burial society register shows [[PERSON:Nozipho Khumalo]] as principal member, number [[ID_NUMBER:UBS-00871]], with three dependants and premiums paid up to [[DATE_TIME:June 2024]].""",
    """Could someone at the clinic call [[PERSON:Jerome Baptiste]] back on [[PHONE_NUMBER:(876) 555-0193]]? He's [[AGE:72]] and can't manage the online booking.""",
    """[[PERSON:Tshepo]]'s COIDA claim was rejected because the accident report from [[DATE_TIME:14 February 2023]] listed the wrong ID; the correct one is [[ID_NUMBER:8806035341082]].""",
    """For the visa, [[PERSON:Meera Pillai]] used passport [[ID_NUMBER:Z4471902]] and gave her address as [[ADDRESS:Flat 3, 12 Pembroke Road]], [[LOCATION:Ballsbridge]], [[LOCATION:Dublin 4]], PPSN [[ID_NUMBER:8452719T]].""",
    """I can't log in to the game since the update, my account is [[USERNAME:xhosa_warrior_za]] and I bought the season pass with card [[CREDIT_CARD:4367 3780 7466 9077]].""",
    """The lawyer for [[PERSON:Ms. Wanjiru Kamau]] filed the affidavit on [[DATE_TIME:9 April 2024]]; her Kenyan ID number is [[ID_NUMBER:28741903]] and KRA PIN [[ID_NUMBER:A004512873K]].""",
    """Sorry, [[PERSON:liam o'connor]] again - the courier left my parcel at [[ADDRESS:47 Cathedral Road]] instead of 74, can they collect it?""",
    """The patient, [[PERSON:Mamello Letsie]], [[AGE:34]], from [[LOCATION:Maseru]], was admitted on [[DATE_TIME:22/06/2024]] with suspected TB and referred to Queen 'Mamohato Memorial Hospital.""",
    """Payroll query: [[PERSON:Vusumuzi Mabena]], industry no. [[ID_NUMBER:84417093]], says his underground allowance was not paid for [[DATE_TIME:May 2024]]; he lives in Hostel 3, Room 112.""",
    """Welcome to the team, [[PERSON:Priyanka]]! Your corporate email is [[EMAIL_ADDRESS:p.naidoo@durbanlogistics.co.za]] and your first day is [[DATE_TIME:Monday 1 July]].""",
    """The RDP house at [[ADDRESS:Erf 2218, Ext 5]], [[LOCATION:Mamelodi East]], was allocated to [[PERSON:Johannes Maluleke]] in 2009 but is now occupied by someone else, according to the ward councillor.""",
    """Tell Aunty [[PERSON:Florence]] the photos from [[PERSON:Kofi]]'s naming ceremony are on my Facebook, [[URL:facebook.com/ama.owusu.752]].""",
    """The insurance assessor met [[PERSON:Mr. Graham Whitfield]] at [[ADDRESS:5/18 Ocean Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] on [[DATE_TIME:18 January]]; his TFN [[ID_NUMBER:459 312 789]] appears on the income protection claim.""",
    """Order for [[PERSON:Karabo Molefe]]: deliver to [[ADDRESS:Unit 7, Acacia Gardens, 102 Jan Smuts Avenue]], [[LOCATION:Randburg]], phone [[PHONE_NUMBER:083 771 0452]].""",
    """Dear [[PERSON:Ms. Fatima Patel]], your appointment with the physiotherapist has been moved to [[DATE_TIME:Thursday 25 July at 14:15]].""",
    """The taxi association secretary confirmed that [[PERSON:Themba Ndlovu]], member no. [[ID_NUMBER:GTA-1187]], owns two Quantums operating route 41 from Bree rank to [[LOCATION:Diepkloof]].""",
    """[[PERSON:Hannah Goldberg]], who is [[NRP:Jewish]] and keeps kosher, asked that her hospital meals be marked accordingly from [[DATE_TIME:2 September]].""",
    """My SIN is [[ID_NUMBER:130 526 718]] and I moved to [[ADDRESS:1184 Rue Saint-Denis, apt 5]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3J6]]. - [[PERSON:Étienne Gagnon]]""",
    """The credit committee approved the loan to [[PERSON:Mrs. Nokuthula Sithole]] ([[AGE:45]]), a teacher at Inanda Comprehensive, with repayments from her Capitec account [[ID_NUMBER:1394 7720 58]]; her son in [[LOCATION:Leeds]] will top it up from [[IBAN_CODE:GB22 BARC 3673 7807 4669 07]].""",
    """If anyone finds a black wallet with the ID of [[PERSON:Lwazi Mkhize]] please phone [[PHONE_NUMBER:061 208 7745]], there's a reward.""",
    """[[PERSON:Joseph Mutasa]], a retired miner from [[LOCATION:Gweru]] in [[LOCATION:Zimbabwe]], was examined in [[LOCATION:Carletonville]] on [[DATE_TIME:7 March 2024]] for silicosis compensation.""",
    """The parents of [[PERSON:Zoë Clarke]] (DOB [[DATE_TIME:14.02.2016]]) gave permission for the trip; emergency contact [[PERSON:Daniel Clarke]], [[PHONE_NUMBER:07700 914 382]].""",
    """i've been trying to reach [[PERSON:ngozi]] for weeks, her number [[PHONE_NUMBER:0805 217 3341]] just rings - is she still at [[ADDRESS:16 Adeola Odeku Street]], [[LOCATION:Victoria Island]]?""",
    """The charity thanks an anonymous donor for a gift of R10 000 and [[TITLE:Mr.]] and [[PERSON:Mrs. Ramsamy]] of [[LOCATION:Chatsworth]] for their monthly debit order.""",
    """Student [[PERSON:Ravi Shankar Menon]] (ID [[ID_NUMBER:S8823416B]]) has been enrolled for the January intake and his hostel is [[ADDRESS:Block 23, #04-117, Clementi Avenue 3]], [[LOCATION:Singapore]] [[ZIP_CODE:120023]].""",
    """When [[PERSON:Maria Dela Cruz]] turned [[AGE:60]] on [[DATE_TIME:8 December]] her SSS number [[ID_NUMBER:34-1827654-9]] was flagged for the retirement benefit.""",
    """[[PERSON:Sipho]] says his cellphone contract is in his brother [[PERSON:Mandla Shabalala]]'s name, ID [[ID_NUMBER:9401305262082]], and that he wants it transferred.""",
    """The court summons for [[TITLE:Adv.]] [[PERSON:Nolwazi Ntuli]]'s client, [[PERSON:Andile Cele]], lists the hearing for [[DATE_TIME:5 November 2024]] at the Pinetown Magistrate's Court.""",
    """Hello, this is [[PERSON:Megan]] from accounts; the new supplier contact is [[PERSON:Ryan Fitzgerald]], [[EMAIL_ADDRESS:ryan.fitz@gmail.com]], [[PHONE_NUMBER:+1 312 448 2901]].""",
    """At the AGM the stokvel elected Mme [[PERSON:Puleng Tau]] treasurer and [[PERSON:Dineo]] secretary; their cell numbers are [[PHONE_NUMBER:078 344 1290]] and [[PHONE_NUMBER:073 902 5518]].""",
    """My daughter, [[PERSON:Chloé]], [[AGE:16]], needs a new learner's licence appointment after failing on [[DATE_TIME:20 June]].""",
    """The municipality's letter to [[PERSON:Mrs. Elsie Botha]] at [[ADDRESS:PO Box 118]], [[LOCATION:Bethlehem]], [[ZIP_CODE:9700]] says her indigent subsidy lapsed on [[DATE_TIME:30 June 2024]].""",
    """[[PERSON:Mohammed Al-Farsi]]'s NHS number is [[ID_NUMBER:401 023 2137]] and he is registered at the Sparkhill practice, [[ADDRESS:91 Stratford Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1RA]].""",
    """Please cancel the debit order from [[PERSON:Phindile Zwane]]'s account [[ID_NUMBER:4053 2219 874]]; she resigned from the Ikhwezi funeral plan on [[DATE_TIME:15 April]].""",
    """The hotel reservation was made by [[PERSON:Connor McAllister]] for himself and [[PERSON:Sinéad]], arriving [[DATE_TIME:23 August]], and guaranteed with a Mastercard [[CREDIT_CARD:5478 9411 7360 6689]].""",
    """Last seen on [[DATE_TIME:Sunday 14 July]] near Bree taxi rank: [[PERSON:Lindiwe Msimang]], [[AGE:19]], wearing a blue jacket. Contact her mother on [[PHONE_NUMBER:082 617 4403]].""",
    """I want to report that someone opened an account in my name, [[PERSON:Teboho Moloi]], using my ID [[ID_NUMBER:7606215198083]] and an address I have never lived at.""",
    """[[PERSON:Rangi Parata]] from [[LOCATION:Gisborne]] won the community award; her profile is at [[URL:https://www.linkedin.com/in/rangi-parata-gis]].""",
    """Account holder: [[PERSON:Ashok Verma]]; SSN [[US_SSN:412-73-9058]]; address [[ADDRESS:2207 Maple Ridge Drive]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]; he phoned on [[DATE_TIME:06/11/2024]].""",
    """The warden noted that [[PERSON:Nkosinathi]] from Room 204 was absent without leave from [[DATE_TIME:9 to 12 May]].""",
    """Ngicela ukubuyiselwa imali yami, ngingu[[PERSON:Zanele Mthembu]], inombolo kamazisi [[ID_NUMBER:8305070319087]], ngikhokhe kabili ngo-[[DATE_TIME:15 Juni 2024]].""",
    """U[[PERSON:Sipho Hadebe]] uzalwe ngomhla ka-[[DATE_TIME:14 Mashi 1985]], uhlala ku-[[ADDRESS:45 Sandile Thusi Road]], [[LOCATION:eMlazi]], inombolo yakhe ngu-[[PHONE_NUMBER:079 331 4482]].""",
    """Sicela amalungu omasingcwabisane ukuthi akhokhe ngaphambi kuka-[[DATE_TIME:30 Septemba]]; imali ithunyelwe ku-[[TITLE:Mnu.]] [[PERSON:Bongani Cele]], inombolo yelungu [[ID_NUMBER:MS-0412]].""",
    """Ugogo wami, u[[PERSON:Thembisile Ngema]], uneminyaka engu-[[AGE:81]] futhi udinga ukusizwa ukuthola impesheni yakhe e-[[LOCATION:Nongoma]].""",
    """Ndingu[[PERSON:Lulama Qwabe]], ndifuna ukwazi ngendlu yam ye-RDP e-[[ADDRESS:Site C 2215]], [[LOCATION:Khayelitsha]]; ndabhalisa ngo-[[DATE_TIME:12 Matshi 2011]].""",
    """U[[TITLE:Nkosk.]] [[PERSON:Nomonde Mgudlwa]] ufowunele ikliniki kwinombolo [[PHONE_NUMBER:076 554 2103]]; unonyaka ezi-[[AGE:52]] kwaye uhlala e[[LOCATION:Mthatha]].""",
    """Imali ye-stokvel kaDisemba iza kuhlawulwa ku[[PERSON:Siyabonga]] kwi-akhawunti [[ID_NUMBER:1078 3349 216]]; nceda uqinisekise nge-[[EMAIL_ADDRESS:siya.mjoli@gmail.com]].""",
    """Utata ka[[PERSON:Anathi]], u[[PERSON:Mzwandile Ntshona]], wasebenza emgodini e[[LOCATION:Carletonville]]; inombolo yakhe yeshishini ngu-[[ID_NUMBER:69012254]] kwaye wazalwa ngo-[[DATE_TIME:22 Febhuwari 1962]].""",
    """Ke [[PERSON:Mpho Mokhothu]], ke dula [[ADDRESS:Motse 118, Ha Abia]], [[LOCATION:Maseru]]; nomoro ya ka ya mohala ke [[PHONE_NUMBER:+266 5874 2190]].""",
    """[[TITLE:Mof.]] [[PERSON:'Malineo Ramoholi]] o tlaleha hore mokgatlo wa lepato o sa lefa chelete ya lepato la monna wa hae ya hlokahetseng ka la [[DATE_TIME:3 Phupu 2024]].""",
    """Ngwana [[PERSON:Relebohile]], ya dilemo tse [[AGE:7]], o ngodisitswe sekolong ka nomoro ya moithuti [[ID_NUMBER:ST-2024-0917]]; mme wa hae ke [[PERSON:Palesa Nthako]].""",
    """[[TITLE:Mong.]] [[PERSON:Tumelo Sello]] o kopa ho fetola aterese ya hae ho [[ADDRESS:2 Seeiso Road]], [[LOCATION:Mafeteng]] le imeile [[EMAIL_ADDRESS:tumelo.sello@yahoo.com]].""",
    """The [[NRP:Motswana]] applicant [[PERSON:Onalenna Kgosidintsi]], Omang [[ID_NUMBER:418927113]], gave her postal address as [[ADDRESS:P.O. Box 40217]], [[LOCATION:Gaborone]].""",
    """Siswati speaker [[PERSON:Lindelwa Dlamini]] from [[LOCATION:Manzini]], [[LOCATION:Eswatini]], applied for the nursing bursary on [[DATE_TIME:1 February 2024]] using PIN [[ID_NUMBER:9602184300127]].""",
    """I'm [[PERSON:Tendai Chikwanha]], I live at [[ADDRESS:15 Samora Machel Avenue]], [[LOCATION:Harare]], and my Zimbabwe ID is [[ID_NUMBER:63-2210497 K 42]] - please send the payslip there.""",
    """The [[NRP:Namibian]] contractor [[PERSON:Ndapewa Shikongo]], born [[DATE_TIME:19/03/1990]] in [[LOCATION:Oshakati]], will join the Otjiwarongo site as a safety officer.""",
    """Thank you [[PERSON:Kwame]] for sorting my router, the IP the technician gave me was [[IP_ADDRESS:197.229.14.83]] and it works now.""",
    """We need the medical aid details for [[PERSON:Faith Wambui Njoroge]] before Tuesday; membership number [[ID_NUMBER:JUB 00482713]].""",
    """[[PERSON:O'Brien]], [[PERSON:Declan]] - DOB [[DATE_TIME:1992-07-30]] - registered with the Garda vetting unit; address [[ADDRESS:Apt 12, The Mill, Clonard Road]], [[LOCATION:Crumlin]], [[ZIP_CODE:D12 X4P2]].""",
    """[[PERSON:Dustin Reyes]] renewed his passport, [[US_PASSPORT:568214930]], before the [[LOCATION:Cancún]] trip; the form also asked for his Arizona licence, [[US_DRIVER_LICENSE:D08817462]], and his date of birth, [[DATE_TIME:April 3, 1988]].""",
    """After the floods, the relief fund paid R2 000 each to [[PERSON:Mthunzi Gumede]], [[PERSON:Xolani Ngubane]] and [[PERSON:Nokwanda Majola]] of [[LOCATION:Inanda]].""",
]

BENCH = [
    # ai4privacy-like
    """Hi [[PERSON:Kaylee]], as our Regional Payroll Officer please confirm the transfer of R18 400 to [[IBAN_CODE:GB90 NWBK 4187 2084 3209 58]] (BIC NWBKGB2L) for [[PERSON:Mr. Dlamini]]'s overtime; the request came from [[IP_ADDRESS:102.65.188.14]] at [[ADDRESS:3911 Commissioner Street]], [[ADDRESS:Floor 6]], [[LOCATION:Johannesburg]].""",
    """Dear [[PERSON:Ms. Ottilie Vandervort]], your Investor Relations Liaison badge for building [[ADDRESS:774]] on [[ADDRESS:Hauck Crossing]], [[ADDRESS:Suite 540]], has been linked to device MAC 3c:22:fb:9a:41:0e and IPv6 [[IP_ADDRESS:2001:db8:4a1f:7c::2e]].""",
    """Card [[CREDIT_CARD:4806867791442056]] (CVV 318, exp 09/27) belonging to [[PERSON:Jaxon]] [[PERSON:Okwuosa]] was flagged after a login from Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36 at [[IP_ADDRESS:41.13.220.97]].""",
    """Our Senior Mining Engineer [[PERSON:Refilwe]] needs the safety logs from [[ADDRESS:18 Shaft Road]], [[LOCATION:Welkom]], [[ZIP_CODE:9459]] sent to [[EMAIL_ADDRESS:refilwe.makhene@goldfieldsmail.co.za]] before her [[DATE_TIME:12/08/2024]] audit.""",
    """[[PERSON:Prof. Anneliese Kertzmann]], aged [[AGE:58]], gender female, Chief Solutions Architect, asked that invoices go to [[ADDRESS:Apt. 12]], [[ADDRESS:9023 Lemke Vista]], [[LOCATION:Port Elizabeth]], [[LOCATION:Eastern Cape]] [[ZIP_CODE:6001]].""",
    """Please whitelist [[IP_ADDRESS:196.21.44.130]] and [[IP_ADDRESS:fe80::1c4a:9bff:fe23:7d10]] for the account of [[USERNAME:sne.khuzwayo]]; password Th3mb@2024! should be rotated.""",
    """Hello [[PERSON:Oluwaseun]], the District Operations Coordinator in [[LOCATION:Ibadan]], your stipend of ₦185,000 goes to account [[ID_NUMBER:0123984471]] with BVN [[ID_NUMBER:22417839105]] on [[DATE_TIME:28th June]].""",
    """We noticed [[PERSON:Lachlan Whitmore]]'s MasterCard [[CREDIT_CARD:5166-8250-3137-3110]], expiry 11/26, CVV 402, was used at 19:42 from IP [[IP_ADDRESS:203.13.47.201]] near [[LOCATION:Geelong]] [[LOCATION:VIC]] [[ZIP_CODE:3220]].""",
    """Product Integration Strategist [[PERSON:Naledi Motaung]] (DOB [[DATE_TIME:March 5th, 1993]], age [[AGE:31]]) moved to [[ADDRESS:Unit 41]], [[ADDRESS:220 Rivonia Road]], [[LOCATION:Sandton]].""",
    """Transfer R7 250.00 from [[IBAN_CODE:DE47 1768 3253 0396 7413 17]] to [[PERSON:Hans-Peter Oduya]], BIC COBADEFFXXX, reference rent June, user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0.""",
    """To [[PERSON:Mx. Rowan Ellery]]: the county of [[LOCATION:Kildare]] reports your secondary address [[ADDRESS:Unit 3B]] at [[ADDRESS:61 Main Street]], [[LOCATION:Naas]], [[ZIP_CODE:W91 K2F8]] as your billing address.""",
    """[[PERSON:Thulani]] the Lead Data Analyst logged in as [[USERNAME:tmajozi_91]] from [[IP_ADDRESS:105.224.9.61]]; his device's MAC is a4:5e:60:d2:1b:93 and his Amex [[CREDIT_CARD:3714 409830 95539]] was saved.""",
    """Attention [[PERSON:Chidinma Okafor-Bello]]: your account [[ID_NUMBER:3049218876]] at Zenith, linked to phone [[PHONE_NUMBER:+234 906 118 4427]] and email [[EMAIL_ADDRESS:chidinma.ob@zoho.com]], will be closed on [[DATE_TIME:2024-09-30]].""",
    """As Legacy Tactics Designer, [[PERSON:Keira]] [[PERSON:Moyo]] approved the vendor at building [[ADDRESS:58]], [[ADDRESS:Leopold Takawira Street]], [[LOCATION:Bulawayo]]; contact [[PHONE_NUMBER:+263 77 419 2083]].""",
    """Card ending 9587, full PAN [[CREDIT_CARD:4418 7208 4320 9587]], CVV 771, holder [[PERSON:Grace Mwangi-Otieno]], Procurement Lead; her IBAN is [[IBAN_CODE:NL65 INGB 8458 6720 02]].""",
    """[[PERSON:Dr. Yusuf Ebrahim]], [[AGE:44]], Human Directives Officer, resides at [[ADDRESS:7 Gatesville Road]], [[LOCATION:Athlone]], [[LOCATION:Cape Town]] [[ZIP_CODE:7764]]; his account [[USERNAME:yebrahim]] last used [[IP_ADDRESS:2c0f:f4c0:112a::19]].""",
    """Claim made in [[LOCATION:Limpopo]] by [[PERSON:Rudzani Netshitenzhe]], age [[AGE:29]], a Forward Accounts Consultant, with card [[CREDIT_CARD:5221 1369 2412 0839]] exp 03/28; phone [[PHONE_NUMBER:015 962 4410]].""",
    """Greetings [[PERSON:Mr. Kieran Halloway]], the consignment for [[ADDRESS:Suite 1207]], [[ADDRESS:4400 Granville Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6H 3A1]] will be paid from [[IBAN_CODE:CH52 5031 3731 1211 3692 4]].""",
    """Your Google Pixel 8 (MAC 7e:81:0c:44:f2:a9, IP [[IP_ADDRESS:10.14.2.77]]) was registered to [[PERSON:Ayanda]] [[PERSON:Gumede]] on [[DATE_TIME:14/05/2024]] under username [[USERNAME:ayanda.g]].""",
    """[[PERSON:Siobhán Ní Bhriain]], Dynamic Factors Executive, sex F, eye colour brown, height 168 cm, lives at [[ADDRESS:12 Shop Street]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2K7]]; PPS [[ID_NUMBER:3391046M]].""",
    """Umsebenzi: Umphathi Wezimali. Igama: [[PERSON:Nomcebo Zikalala]]. Ikheli: [[ADDRESS:23 Florida Road]], [[LOCATION:eThekwini]], [[ZIP_CODE:4001]]. Ikhadi: [[CREDIT_CARD:4176 8325 3039 6742]], CVV 560. IP: [[IP_ADDRESS:41.185.27.3]].""",
    """Kindly note that [[PERSON:Ivana]] from the Implementation Team has requested that her secondary email [[EMAIL_ADDRESS:ivana_petrovic77@hotmail.com]] replace the old one, and that the vehicle with plate [[ID_NUMBER:CA 418-992]] be added to the fleet cover.""",
    # gretel-like
    """CLAIM FOR COMPENSATION - OCCUPATIONAL DISEASE
Employee: [[PERSON:Mzukisi Booi]]
Identity number: [[ID_NUMBER:7509035611089]]
Date of birth: [[DATE_TIME:3 September 1975]]
Industry number: [[ID_NUMBER:75118420]]
Employer: Sibanye Driefontein Operations
Date of diagnosis: [[DATE_TIME:11 April 2024]]
Condition: pulmonary tuberculosis with silicosis
Home address: [[ADDRESS:Ndlovu Location, House 212]], [[LOCATION:Lusikisiki]], [[LOCATION:Eastern Cape]]
Claim reference: CMP/2024/88431""",
    """RESIDENTIAL LEASE AGREEMENT
This agreement is entered into on [[DATE_TIME:1 August 2024]] between Lindiwe Properties (Pty) Ltd and the tenant, [[PERSON:Mr. Sizwe Radebe]] (ID [[ID_NUMBER:9006115304089]]), for the premises at [[ADDRESS:Flat 9, Mbeki Court, 33 Hoy Street]], [[LOCATION:Durban Central]], [[ZIP_CODE:4001]]. Rent of R6 800 is payable monthly into the landlord's account. The tenant's emergency contact is [[PERSON:Zodwa Radebe]], [[PHONE_NUMBER:083 409 2271]].""",
    """NOTICE OF HEARING
In the matter of [[PERSON:Rebecca Nakamura-Ellis]] v. Coastal Freight LLC, Case No. 2024-CV-01187, the hearing is set for [[DATE_TIME:October 14, 2024, at 9:30 a.m.]] before [[TITLE:Judge]] [[PERSON:Harold Whitcombe]]. Plaintiff resides at [[ADDRESS:418 Birch Hollow Lane]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]].""",
    """Loan Application Summary
Applicant: [[PERSON:Kelechi Amadi]]   Age: [[AGE:38]]
SSN: [[US_SSN:531-28-4476]]
Address: [[ADDRESS:1502 Fairmont Ave, Apt 3C]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21211]]
Employer: Johns Hopkins Facilities
Annual income: $71,400
Requested amount: $22,000 over 60 months
Co-applicant: [[PERSON:Amara Amadi]], DOB [[DATE_TIME:05/19/1990]]""",
    """Patient discharge note. [[PERSON:Mrs. Khanyisile Mabuza]], [[AGE:63]], hospital number [[ID_NUMBER:CHB-4471093]], was admitted to Chris Hani Baragwanath on [[DATE_TIME:2 May 2024]] with a hypertensive crisis and discharged on [[DATE_TIME:9 May 2024]]. Follow-up at [[LOCATION:Zola]] clinic. Next of kin: son, [[PERSON:Bheki Mabuza]], [[PHONE_NUMBER:071 882 3340]].""",
    """To whom it may concern,
I, [[PERSON:Nthabiseng Lekota]], hereby petition the City of Tshwane to review the allocation of the housing subsidy unit at [[ADDRESS:Stand 8823, Extension 12]], [[LOCATION:Soshanguve]]. I registered on the housing demand database on [[DATE_TIME:17 June 2003]] under ID [[ID_NUMBER:7311290112089]] and have never received a unit. 
Signed at [[LOCATION:Pretoria]] on [[DATE_TIME:20 May 2024]].""",
    """SETTLEMENT AGREEMENT between Marula Platinum Mine and [[PERSON:Petrus Moatshe]] (industry no. [[ID_NUMBER:80447712]]), who was injured underground on [[DATE_TIME:19 November 2022]]. The company shall pay R420 000 into the claimant's account [[ID_NUMBER:9284 1157 730]] at Standard Bank within 30 days. The claimant's attorney is [[TITLE:Adv.]] [[PERSON:Refiloe Tsoku]].""",
    """Burial Society Claim Form
Deceased: [[PERSON:Simon Mahlangu]]   Date of death: [[DATE_TIME:08/07/2024]]
Member no.: [[ID_NUMBER:KBS-2231]]
Claimant: [[PERSON:Thoko Mahlangu]] (wife), ID [[ID_NUMBER:6908010058087]]
Cell: [[PHONE_NUMBER:072 556 1840]]
Funeral parlour: Avbob Middelburg
Amount claimed: R15 000""",
    """Dear [[PERSON:Mr. Obinna Nwachukwu]],
Your application for the Graduate Internship Programme has been received. Please attend the interview at our offices on [[DATE_TIME:Wednesday, 10 July 2024 at 11:00]]. Bring your NIN slip ([[ID_NUMBER:48219073316]]) and a copy of your degree. Contact [[PERSON:Aisha Bello]] on [[PHONE_NUMBER:0809 334 7712]] if you are unable to attend.""",
    """Insurance Claim Report - Motor
Policy holder: [[PERSON:Jacqueline Fourie]]
Policy number: MV-7782014
Vehicle registration: [[ID_NUMBER:CY 71 PX GP]]
Date of incident: [[DATE_TIME:23 March 2024]]
Location of incident: corner of Voortrekker and Jan Smuts, [[LOCATION:Benoni]]
Third party: [[PERSON:Moses Kekana]], licence no. [[ID_NUMBER:4102 0001 7K2M]]
Assessor: Tshwane Auto Assess""",
    """Employment Contract. This contract of employment is made between Lebone Taxi Holdings and [[PERSON:Siyabulela Mayeki]], born [[DATE_TIME:12 October 1988]], residing at [[ADDRESS:78 NY 112]], [[LOCATION:Gugulethu]], [[LOCATION:Cape Town]]. The employee will work as a rank marshal starting [[DATE_TIME:1 September 2024]] at a monthly wage of R5 200, paid into account [[ID_NUMBER:2084 4301 9]].""",
    """Medical Certificate. I certify that I examined [[PERSON:Liam Chen-Harrison]], DOB [[DATE_TIME:04/11/2009]], Medicare number [[ID_NUMBER:2953 71843 1]], on [[DATE_TIME:17 June 2024]] and that he is unfit to attend school until [[DATE_TIME:21 June 2024]]. [[PERSON:Dr. Sarah Okonkwo]], Parramatta Family Practice.""",
    """Application for Child Support Grant
Applicant: [[PERSON:Nomsa Vilakazi]], ID [[ID_NUMBER:9502180884088]], born [[DATE_TIME:18 February 1995]]
Child: [[PERSON:Lwandle Vilakazi]], born [[DATE_TIME:30 January 2021]]
Address: [[ADDRESS:House 55, Section M]], [[LOCATION:Mamelodi West]], [[ZIP_CODE:0122]]
Telephone: [[PHONE_NUMBER:066 204 7719]]
Office use: SASSA Mamelodi, received 14/03/2024""",
    """Rental Application. Applicant [[PERSON:Harriet Okoro]] wishes to rent [[ADDRESS:Apartment 22, 190 Queen Street]], [[LOCATION:Auckland CBD]] from [[DATE_TIME:15 September]]. Previous address: [[ADDRESS:14 Tui Crescent]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]. Reference: [[PERSON:Ben Tapsell]], [[PHONE_NUMBER:021 447 9013]].""",
    """Final Notice of Arrears
To: [[PERSON:Mr. Ayanda Qabaka]], [[ADDRESS:Erf 3412, Ntlazane Street]], [[LOCATION:Mfuleni]], [[ZIP_CODE:7100]]
Municipal account: [[ID_NUMBER:4400812293]]
Amount overdue: R11 280.55 for rates and water. If not paid by 31 July 2024, services will be restricted. Queries: 0860 103 089 or accounts@capetown.gov.example.""",
    """Letter of Recommendation. I have known [[PERSON:Aditi Sharma]] since [[DATE_TIME:September 2019]], when she joined our [[LOCATION:Pune]] lab as a research assistant. She was born in [[LOCATION:Nagpur]] and holds PAN [[ID_NUMBER:BQKPS4471L]]. Please contact me at [[EMAIL_ADDRESS:r.kulkarni@iiserpune.example]] for more details. - [[PERSON:Prof. Rajesh Kulkarni]]""",
    """Stokvel Constitution - Schedule of Members
1. [[PERSON:Mmabatho Serote]], chairperson, [[PHONE_NUMBER:082 301 7745]]
2. [[PERSON:Keitumetse Phiri]], treasurer, [[PHONE_NUMBER:076 118 4302]]
3. [[PERSON:Dorah Mothibi]], secretary, [[PHONE_NUMBER:060 774 2291]]
Meetings: last Sunday of every month at [[ADDRESS:9 Madiba Street]], [[LOCATION:Mabopane]]. Contributions R1 000 into the group account.""",
    """Incident report: On [[DATE_TIME:2 June 2024]] at approximately 06:40, the Toyota Quantum registered [[ID_NUMBER:HGV 419 EC]] and driven by [[PERSON:Luvuyo Gxowa]] (PrDP [[ID_NUMBER:0908 2231 4G7N]]) collided with a bakkie on the R72 near [[LOCATION:East London]]. Four passengers were treated at Frere Hospital.""",
    """Benefit Claim - Unemployment Insurance Fund
Claimant: [[PERSON:Bongiwe Sithebe]]
ID: [[ID_NUMBER:8105110391082]]
Last employer: Pick n Pay Hypermarket Faerie Glen
Date of dismissal: [[DATE_TIME:29 February 2024]]
Bank: Absa, account [[ID_NUMBER:4091 2277 810]], branch 632005
Email: [[EMAIL_ADDRESS:bongiwe.sithebe@gmail.com]]""",
    """WILL AND TESTAMENT. I, [[PERSON:Gabriel Mensah Boateng]], of [[ADDRESS:House No. 14, Asafoatse Nettey Road]], [[LOCATION:Accra]], being of sound mind, bequeath my house in [[LOCATION:Kumasi]] to my daughter [[PERSON:Akosua Boateng]] and my shares to my son [[PERSON:Yaw Boateng]]. Signed this [[DATE_TIME:3rd day of March 2024]].""",
    """Pharmacy Dispensing Record
Patient: [[PERSON:Ngaire Tawhiri]]   NHI: [[ID_NUMBER:ZAC4489]]
DOB: [[DATE_TIME:22-01-1957]]
Prescriber: [[PERSON:Dr. Michael O'Sullivan]]
Item: metformin 500 mg, 180 tablets, 3 repeats
Dispensed: [[DATE_TIME:4 July 2024]], Unichem Takapuna""",
    """NOTICE OF TERMINATION. Dear [[PERSON:Ms. Roshni Govender]], further to the disciplinary hearing held on [[DATE_TIME:11 June 2024]], your employment as a cashier (staff no. [[ID_NUMBER:SPR-009182]]) is terminated with effect from [[DATE_TIME:30 June 2024]]. Your final payslip will be sent to [[EMAIL_ADDRESS:roshgov@icloud.com]].""",
    """Vehicle Finance Agreement. Buyer: [[PERSON:Mandisa Khoza]], ID [[ID_NUMBER:9210030677088]], of [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Witbank]], [[ZIP_CODE:1035]]. Vehicle: Toyota Hilux 2.4 GD-6, VIN AHTKB8CD302986114. Instalment R8 912 per month debited from Nedbank account [[ID_NUMBER:1187 2209 44]] from [[DATE_TIME:1 October 2024]].""",
    """Disability Grant Medical Assessment. Applicant [[PERSON:Mr. Jabulani Shezi]], [[AGE:55]], former rock drill operator, industry number [[ID_NUMBER:62011452]], presented on [[DATE_TIME:13 May 2024]] with chronic obstructive airways disease. Referred to the Medical Bureau for Occupational Diseases, [[ADDRESS:144 De Korte Street]], [[LOCATION:Braamfontein]].""",
    """Parent consent form. I, [[PERSON:Ama Darko]], parent of [[PERSON:Kojo Darko]] (Year 8), consent to his participation in the excursion to [[LOCATION:Blue Mountains]] on [[DATE_TIME:18 October]]. Medical conditions: asthma. Contact: [[PHONE_NUMBER:0412 883 106]].""",
    """Housing Allocation Letter
Dear [[TITLE:Nkk.]] [[PERSON:Sibongile Mkhabela]],
The Department of Human Settlements is pleased to inform you that unit [[ADDRESS:No. 47, Cosmo City Ext 2]], [[LOCATION:Johannesburg]], has been allocated to you. Please present your ID ([[ID_NUMBER:8602220187087]]) at the Region A office on [[DATE_TIME:5 August 2024]] to sign the handover.""",
    """Subpoena. [[PERSON:Rhys Llewellyn]] of [[ADDRESS:27 Heol y Deri]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HF]] is required to appear as a witness at Cardiff Crown Court on [[DATE_TIME:Monday 9 September 2024 at 10:00]]. National Insurance number: [[ID_NUMBER:JT 44 81 07 C]].""",
    """Compensation Commissioner - Acknowledgement. Claim received from [[PERSON:Eliya Mabunda]] ([[NRP:Mozambican]] national, passport [[ID_NUMBER:13AB44817]]) for hearing loss sustained at Kusasalethu mine. Industry number [[ID_NUMBER:58907312]]. Acknowledged on [[DATE_TIME:27 June 2024]]. Correspondence to TEBA office, [[LOCATION:Xai-Xai]].""",
    """Tax Assessment Notice. Taxpayer: [[PERSON:Jessica Mahlaba]]. Tax reference: [[ID_NUMBER:0284 117 306]]. Postal address: [[ADDRESS:Private Bag X21]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3200]]. Assessment year 2024. Refund R3 412.00 to the bank account on file.""",
    """Ifomu lesicelo sendlu. Igama: [[PERSON:Mlungisi Sibiya]]. Inombolo kamazisi: [[ID_NUMBER:7801055872083]]. Usuku lokuzalwa: [[DATE_TIME:5 Januwari 1978]]. Ikheli: [[ADDRESS:2214 Unit K]], [[LOCATION:Umlazi]]. Ucingo: [[PHONE_NUMBER:073 651 2209]]. Ubhaliswe ohlwini lokulinda kusukela ngo-2006.""",
    """Isaziso sentlanganiso yombutho weeteksi. Ilungu [[PERSON:Mzimasi Tyali]] (inombolo yobulungu [[ID_NUMBER:CATA-0553]]) uyacelwa ukuba eze kwintlanganiso ngo-[[DATE_TIME:14 Agasti 2024]] ukuze aphendule izityholo. Inombolo yemoto [[ID_NUMBER:CA 228-441]].""",
    """Foromo ya kopo ya tefo ya lepato. Mofu: [[PERSON:Thabang Mofokeng]]. Letsatsi la lefu: [[DATE_TIME:12 Mphalane 2023]]. Mokopi: [[PERSON:Mpho Mofokeng]], nomoro ya boitsebiso [[ID_NUMBER:0004150942086]]. Sehlopha sa lepato: Kopano Burial Society, nomoro ya setho [[ID_NUMBER:KP-118]].""",
    """Charity Gift Aid Declaration. Donor: [[PERSON:Mrs. Olivia Brennan-Shaw]], [[ADDRESS:6 Rosehill Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8PL]]. I want the charity to treat all donations I have made since [[DATE_TIME:6 April 2020]] as Gift Aid donations. Signed [[DATE_TIME:2 July 2024]]. Donor reference: GA-559102.""",
    """Student Loan Deferment Request. Borrower [[PERSON:Marcus Delgado]], SSN [[US_SSN:348-20-7716]], DOB [[DATE_TIME:January 17, 1997]], requests an in-school deferment while enrolled at Rutgers from [[DATE_TIME:September 3, 2024]]. Mailing address: [[ADDRESS:55 Wickham Place, Unit 2]], [[LOCATION:New Brunswick]], [[LOCATION:NJ]] [[ZIP_CODE:08901]]. Phone [[PHONE_NUMBER:732-555-0148]].""",
    # Nemotron-like
    """{"customer": {"name": "[[PERSON:Lesego Moroka]]", "email": "[[EMAIL_ADDRESS:lesego.moroka@mweb.co.za]]", "phone": "[[PHONE_NUMBER:+27 11 492 8830]]", "id_number": "[[ID_NUMBER:9908175027080]]"}, "order_id": "ORD-88412-ZA", "sku": "TV-55-UHD-2024", "total": 8999.00}""",
    """2024-06-11T08:42:17.331Z INFO auth-service login success user=[[USERNAME:kmokoena]] uid=44812 src_ip=[[IP_ADDRESS:196.25.1.140]] session=9f3c2a71e0b84c55 ua="okhttp/4.12.0"
2024-06-11T08:42:19.004Z WARN auth-service mfa_skipped user=[[USERNAME:kmokoena]] email=[[EMAIL_ADDRESS:k.mokoena@harmonygold.example]]""",
    """INSERT INTO members (member_no, full_name, id_number, cell, joined) VALUES ('[[ID_NUMBER:BS-00912]]', '[[PERSON:Ntokozo Masilela]]', '[[ID_NUMBER:8709185736087]]', '[[PHONE_NUMBER:0824471093]]', '[[DATE_TIME:2019-03-02]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="urn:oid:2.16.710.1.1"/><value value="[[ID_NUMBER:6704305609084]]"/></identifier>
  <name><family value="[[PERSON:Mokwena]]"/><given value="[[PERSON:Abel]]"/></name>
  <gender value="male"/>
  <birthDate value="[[DATE_TIME:1967-04-30]]"/>
  <address><line value="[[ADDRESS:33 Mandela Drive]]"/><city value="[[LOCATION:Polokwane]]"/><postalCode value="[[ZIP_CODE:0699]]"/></address>
</Patient>""",
    """employee:
  name: [[PERSON:Gugu Ndaba]]
  industry_no: "[[ID_NUMBER:91330218]]"
  shaft: No. 4 Shaft
  hostel_room: H2-118
  bank_account: "[[ID_NUMBER:62718840013]]"
  next_of_kin: [[PERSON:Sipho Ndaba]]
  nok_phone: "[[PHONE_NUMBER:079 118 5520]]"
  start_date: [[DATE_TIME:2016-01-11]]""",
    """# .env.staging
DB_HOST=10.0.3.12
DB_USER=app_rw
DB_PASSWORD=S3cr3tP@ss
ADMIN_EMAIL=[[EMAIL_ADDRESS:jerome.dlamini@kasipay.example]]
SUPPORT_EMAIL=support@kasipay.example
TEST_CARD=[[CREDIT_CARD:4131741134395840]]
OWNER_NAME="[[PERSON:Jerome Dlamini]]\"""",
    """POST /api/v2/claims HTTP/1.1
Host: claims.ruralmutual.example
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:41.160.77.203]]

{"claimant": "[[PERSON:Kabelo Ramokgopa]]", "id_no": "[[ID_NUMBER:9307195083084]]", "dob": "[[DATE_TIME:1993-07-19]]", "claim_type": "funeral", "policy": "FP-204471"}""",
    """query {
  updateProfile(input: {
    userId: "u_77312"
    displayName: "[[USERNAME:lindi_sings]]"
    fullName: "[[PERSON:Lindiwe Mahlangu]]"
    phone: "[[PHONE_NUMBER:+27 72 990 4418]]"
    city: "[[LOCATION:Middelburg]]"
  }) { id updatedAt }
}""",
    """def test_payroll_export():
    emp = Employee(name="[[PERSON:Ruan Pretorius]]", id_number="[[ID_NUMBER:8410175940082]]", bank="[[ID_NUMBER:62004817734]]")
    row = export_row(emp)
    assert row["name"] == "[[PERSON:Ruan Pretorius]]"
    assert row["gross"] == 24650.00""",
    """@Test
void sendsWelcomeMail() {
    Customer c = new Customer("[[PERSON:Aisha Ncube]]", "[[EMAIL_ADDRESS:aisha.ncube@yahoo.co.uk]]", "[[PHONE_NUMBER:07911 204 338]]");
    c.setPostcode("[[ZIP_CODE:LS8 2QR]]");
    mailer.welcome(c);
    verify(smtp).send(argThat(m -> m.to().equals("[[EMAIL_ADDRESS:aisha.ncube@yahoo.co.uk]]")));
}""",
    """Ticket #HD-40918 | Priority: High | Opened: 2024-07-02 09:14
Reporter: [[PERSON:Mpumi Zulu]] <[[EMAIL_ADDRESS:mpumi.zulu@ethekwini.example]]>
Summary: Cannot access payroll portal from home
Details: User reports error 403 from home IP [[IP_ADDRESS:105.233.41.18]]; laptop asset TAG-99102, serial 5CG2214XYZ. Callback [[PHONE_NUMBER:031 311 4470]].""",
    """From: [[PERSON:Chanel Adams]] <[[EMAIL_ADDRESS:chanel.adams@telkomsa.net]]>
To: housing@mogalecity.example
Date: Tue, 16 Jul 2024 14:03:55 +0200
Subject: Waiting list query - [[PERSON:Chanel Adams]], ID [[ID_NUMBER:8002250611082]]
X-Originating-IP: [[[IP_ADDRESS:165.255.12.90]]]""",
    """CALL RECORD
call_id: CR-2024-07-0441
caller: [[PERSON:Bongani Khubeka]]
caller_number: [[PHONE_NUMBER:+27 82 713 0094]]
agent: agent_117
start: 2024-07-08 10:02:11
duration: 00:07:42
notes: caller wants to add his mother [[PERSON:Evelyn Khubeka]] (DOB [[DATE_TIME:12/01/1951]]) to the funeral plan as extended family""",
    """[Form dump]
first_name=[[PERSON:Tamika]]&last_name=[[PERSON:Richards]]&dob=[[DATE_TIME:1986-10-02]]&ssn=[[US_SSN:219-44-8170]]&street=[[ADDRESS:8812 Elm Park Blvd]]&city=[[LOCATION:Columbus]]&state=[[LOCATION:OH]]&zip=[[ZIP_CODE:43215]]&consent=true&utm_source=fb""",
    """SELECT * FROM applicants WHERE surname = '[[PERSON:Mokoena]]' AND id_no = '[[ID_NUMBER:0112245410082]]';
-- result: 1 row
-- | 50218 | [[PERSON:Tumi Mokoena]] | [[ID_NUMBER:0112245410082]] | [[LOCATION:Sebokeng]] | pending |""",
    """{"resourceType": "Observation", "status": "final", "code": {"text": "HIV viral load"}, "subject": {"reference": "Patient/88412", "display": "[[PERSON:Nomathemba Sithole]]"}, "effectiveDateTime": "[[DATE_TIME:2024-05-28T09:15:00+02:00]]", "valueQuantity": {"value": 40, "unit": "copies/mL"}}""",
    """nginx access: [[IP_ADDRESS:102.132.8.41]] - [[USERNAME:thabo.k]] [11/Jul/2024:22:41:03 +0200] "GET /account/statements?acc=ACC-10023 HTTP/2" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"""",
    """<driver>
  <fullName>[[PERSON:Vuyani Mbatha]]</fullName>
  <association>Alexandra Taxi Association</association>
  <memberNo>[[ID_NUMBER:ATA-7702]]</memberNo>
  <vehicle plate="[[ID_NUMBER:JBV 442 GP]]" route="R14"/>
  <cell>[[PHONE_NUMBER:0731187720]]</cell>
</driver>""",
    """payload = {
    "beneficiary": "[[PERSON:Ifeoma Chukwu]]",
    "iban": "[[IBAN_CODE:GB21BARC80686779144205]]",
    "bic": "BARCGB22",
    "amount": "1450.00",
    "reference": "INV-2024-0712",
    "notify": "[[EMAIL_ADDRESS:ifeoma.c@protonmail.com]]",
}""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: alerting
data:
  oncall_primary: "[[PERSON:Kagiso Seleka]]"
  oncall_phone: "[[PHONE_NUMBER:+27 83 440 1179]]"
  oncall_email: "[[EMAIL_ADDRESS:kagiso.seleka@gmail.com]]"
  escalation_mailbox: "noc@anglo-ops.example"
  version: "3.4.1\"""",
    """[2024-07-15 03:11:44] ERROR PaymentWorker: card declined for customer_id=[[ID_NUMBER:C-884120]] name="[[PERSON:Dimakatso Lekgoathi]]" pan=[[CREDIT_CARD:5398781894448129]] exp=**/** amount=349.00 ZAR
[2024-07-15 03:11:45] INFO retry scheduled in 600s""",
    """Caller ID: [[PHONE_NUMBER:+44 7700 918 442]]
Transcript: "Hi, it's [[PERSON:Priya Desai]], I'm ringing about my mum's Blue Badge, she's [[PERSON:Kavita Desai]], date of birth [[DATE_TIME:4th of April 1946]], and she lives at [[ADDRESS:19 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]].\"""",
    """mutation { registerPlayer(gamertag: "[[USERNAME:ZuluKing_07]]", email: "[[EMAIL_ADDRESS:s.mnguni07@gmail.com]]", birthdate: "[[DATE_TIME:2007-11-23]]", country: "[[LOCATION:South Africa]]") { playerId } }""",
    """UPDATE tenants SET phone = '[[PHONE_NUMBER:011 938 2204]]', email = '[[EMAIL_ADDRESS:ntando.bhengu@gmail.com]]' WHERE tenant_id = 7731 AND name = '[[PERSON:Ntando Bhengu]]'; -- unit [[ADDRESS:B12 Orlando Ekhaya]], [[LOCATION:Soweto]]""",
    """Umbiko wocingo: ofonayo ngu-[[PERSON:Zinhle Mchunu]], inombolo [[PHONE_NUMBER:068 220 4417]], ubika ukuthi umfowabo u[[PERSON:Sanele]] akakatholi imali yakhe yomholo kusukela ngo-[[DATE_TIME:25 Meyi]].""",
    """Ticket JIRA-MINE-2207 (Payroll): Overtime for [[PERSON:Sello Phasha]] (industry no. [[ID_NUMBER:70213358]]) not paid for shifts [[DATE_TIME:3 Jun]]-[[DATE_TIME:7 Jun]]. Reported by shift boss [[PERSON:Koos Venter]] from workstation WS-UG-114 ([[IP_ADDRESS:10.22.8.145]]). Assignee: payroll-team.""",
    """[call_log]
from=[[PHONE_NUMBER:+26771884023]] to=+26739512000 start=2024-06-30T16:22:10Z dur=312s
caller_name="[[PERSON:Boitumelo Sekgoma]]" omang=[[ID_NUMBER:721418309]]
disposition=callback_requested queue=loans_bw""",
    """class TestBurialSociety(unittest.TestCase):
    def test_claim_payout(self):
        member = Member(no="[[ID_NUMBER:IMB-3390]]", name="[[PERSON:Zodwa Hlongwane]]", phone="[[PHONE_NUMBER:0836617742]]")
        claim = member.claim(deceased="[[PERSON:Elijah Hlongwane]]", date_of_death="[[DATE_TIME:2024-04-18]]")
        self.assertEqual(claim.amount, 12000)""",
    """<Appointment>
  <Clinic>Tembisa Hospital OPD</Clinic>
  <PatientName>[[PERSON:Lucky Mabaso]]</PatientName>
  <PatientNo>[[ID_NUMBER:TH0092817]]</PatientNo>
  <When>[[DATE_TIME:2024-08-05T08:30]]</When>
  <Room>B12</Room>
</Appointment>""",
]

TABLE = [
    # CSV (14)
    """member_no,name,id_number,cell,joined
[[ID_NUMBER:KBS-0101]],[[PERSON:Elizabeth Mnisi]],[[ID_NUMBER:6409120763088]],[[PHONE_NUMBER:082 914 4471]],[[DATE_TIME:2011-02-06]]
[[ID_NUMBER:KBS-0102]],[[PERSON:Joyce Mathebula]],[[ID_NUMBER:7103080425080]],[[PHONE_NUMBER:073 118 2096]],[[DATE_TIME:2012-07-01]]
[[ID_NUMBER:KBS-0117]],[[PERSON:Aaron Nkuna]],[[ID_NUMBER:6201145218085]],[[PHONE_NUMBER:076 440 3381]],[[DATE_TIME:2015-09-13]]""",
    """"Industry No","Surname","Initials","Shaft","Gross (R)","Bank Acc"
"[[ID_NUMBER:81207745]]","[[PERSON:Mokoena]]","[[PERSON:T.J.]]","No. 2","18,420.00","[[ID_NUMBER:4051229871]]"
"[[ID_NUMBER:77490013]]","[[PERSON:Nhlapo]]","[[PERSON:S.]]","No. 2","21,905.50","[[ID_NUMBER:62448190027]]"
"[[ID_NUMBER:90342218]]","[[PERSON:Cossa]]","[[PERSON:A.M.]]","Vent","16,110.75","[[ID_NUMBER:1287734409]]\"""",
    """first_name;surname;date_of_birth;province;telephone
[[PERSON:Annelie]];[[PERSON:Steyn]];[[DATE_TIME:14/09/1982]];[[LOCATION:Free State]];[[PHONE_NUMBER:051 447 2210]]
[[PERSON:Johan]];[[PERSON:du Plessis]];[[DATE_TIME:02/03/1975]];[[LOCATION:Northern Cape]];[[PHONE_NUMBER:053 831 0094]]""",
    """[[PERSON:Siphokazi Ngqula]],[[EMAIL_ADDRESS:siphokazi.n@gmail.com]],[[LOCATION:Gqeberha]],premium,2023-11-02
[[PERSON:Dylan Jacobs]],[[EMAIL_ADDRESS:djacobs@vodamail.co.za]],[[LOCATION:George]],basic,2024-01-19
[[PERSON:Farah Essop]],[[EMAIL_ADDRESS:farah.essop@outlook.com]],[[LOCATION:Kimberley]],basic,2024-03-07""",
    """order_id,customer,delivery_address,postcode,phone,sku,qty
SO-99120,[[PERSON:Grace Mahlangu]],"[[ADDRESS:12 Protea Street, Unit 4]], [[LOCATION:Kempton Park]]",[[ZIP_CODE:1619]],[[PHONE_NUMBER:0827713340]],KET-2L-WHT,1
SO-99121,[[PERSON:Peter Sithole]],"[[ADDRESS:901 Bosman Street]], [[LOCATION:Pretoria]]",[[ZIP_CODE:0002]],[[PHONE_NUMBER:0614430928]],AIRF-5L,2
SO-99122,[[PERSON:Liezl Venter]],"[[ADDRESS:7 Kingfisher Close]], [[LOCATION:Hermanus]]",[[ZIP_CODE:7200]],[[PHONE_NUMBER:0729011445]],MUG-SET-6,1""",
    """first,last,ssn,dob,state,plan
[[PERSON:Brianna]],[[PERSON:Holloway]],[[US_SSN:402-18-7735]],[[DATE_TIME:1991-08-14]],[[LOCATION:KY]],PPO
[[PERSON:Marcus]],[[PERSON:Le]],[[US_SSN:519-60-2248]],[[DATE_TIME:1984-02-27]],[[LOCATION:ID]],HMO
[[PERSON:DeShawn]],[[PERSON:Price]],[[US_SSN:238-71-0094]],[[DATE_TIME:1979-12-03]],[[LOCATION:NC]],HDHP""",
    """"plate";"owner";"association";"route";"owner_cell"
"[[ID_NUMBER:ND 551-203]]";"[[PERSON:Mxolisi Khumalo]]";"Durban Long Distance";"D7";"[[PHONE_NUMBER:083 229 7714]]"
"[[ID_NUMBER:NU 18-441]]";"[[PERSON:Phumzile Shange]]";"Umlazi Taxi Owners";"U21";"[[PHONE_NUMBER:072 660 1938]]"
"[[ID_NUMBER:NP 7720-ZN]]";"[[PERSON:Bheki Ntuli]]";"Pinetown Taxi Assoc.";"P3";"[[PHONE_NUMBER:079 404 8812]]\"""",
    """patient_id,name,age,sex,ward,admitted
[[ID_NUMBER:P-220481]],[[PERSON:Naledi Kgosana]],[[AGE:27]],F,Maternity,[[DATE_TIME:2024-07-01 22:15]]
[[ID_NUMBER:P-220482]],[[PERSON:Willem Barnard]],[[AGE:71]],M,Cardiac,[[DATE_TIME:2024-07-02 03:40]]
[[ID_NUMBER:P-220490]],[[PERSON:Precious Moyo]],[[AGE:4]],F,Paeds,[[DATE_TIME:2024-07-02 11:05]]""",
    """Name,Email,IBAN,Amount,Currency
"[[PERSON:O'Neill]], [[PERSON:Aoife]]",[[EMAIL_ADDRESS:aoife.oneill@eircom.net]],[[IBAN_CODE:IE77BOFI62441570786682]],250.00,EUR
"[[PERSON:Schmidt]], [[PERSON:Lukas]]",[[EMAIL_ADDRESS:l.schmidt@web.de]],[[IBAN_CODE:DE56411343958432881320]],80.00,EUR
"[[PERSON:Hansen]], [[PERSON:Ingrid]]",[[EMAIL_ADDRESS:ingrid.h@online.no]],[[IBAN_CODE:NO1312083987818]],1200.00,NOK""",
    """applicant;id_no;township;stand;registered;status
[[PERSON:Selina Mashaba]];[[ID_NUMBER:8305070319087]];[[LOCATION:Ivory Park]];[[ADDRESS:Stand 3301 Ext 7]];[[DATE_TIME:12/04/2002]];approved
[[PERSON:Daniel Ngobeni]];[[ID_NUMBER:7606215198083]];[[LOCATION:Diepsloot]];[[ADDRESS:Stand 9918 Ext 2]];[[DATE_TIME:30/01/1999]];pending
[[PERSON:Moses Zitha]];[[ID_NUMBER:5802275085086]];[[LOCATION:Orange Farm]];[[ADDRESS:Stand 1204 Ext 4]];[[DATE_TIME:05/06/1997]];approved""",
    """student_no,full_name,guardian,guardian_phone,grade
[[ID_NUMBER:20240118]],[[PERSON:Lethabo Mashile]],[[PERSON:Rose Mashile]],[[PHONE_NUMBER:082-431-9902]],7
[[ID_NUMBER:20240131]],[[PERSON:Ethan Naidoo]],[[PERSON:Kumaran Naidoo]],[[PHONE_NUMBER:084-771-2066]],7
[[ID_NUMBER:20240177]],[[PERSON:bonolo kekana]],[[PERSON:thabiso kekana]],[[PHONE_NUMBER:071-008-3345]],6""",
    """cardholder,card_number,exp,cvv,billing_zip
[[PERSON:Jasmine Kaur]],[[CREDIT_CARD:4328813208458672]],04/27,118,[[ZIP_CODE:L6P 2R4]]
[[PERSON:Owen MacLeod]],[[CREDIT_CARD:5412538381838002]],12/25,905,[[ZIP_CODE:B3H 1Y6]]
[[PERSON:Hiroshi Tanaka]],[[CREDIT_CARD:348791293525791]],08/26,7741,[[ZIP_CODE:M5V 2T6]]""",
    """Igama,Isibongo,Inombolo kamazisi,Ucingo,Idolobha
[[PERSON:Nokuthula]],[[PERSON:Gumede]],[[ID_NUMBER:9705260736181]],[[PHONE_NUMBER:060 331 8842]],[[LOCATION:Richards Bay]]
[[PERSON:Mandla]],[[PERSON:Zwane]],[[ID_NUMBER:9006115304089]],[[PHONE_NUMBER:082 117 6630]],[[LOCATION:Empangeni]]""",
    """claim_ref,claimant,nationality,date_of_injury,mine,amount_zar
CMP-7781,[[PERSON:Manuel Chissano]],[[NRP:Mozambican]],[[DATE_TIME:2023-09-14]],Kloof,84000
CMP-7782,[[PERSON:Thabo Letsie]],[[NRP:Mosotho]],[[DATE_TIME:2023-10-02]],South Deep,126500
CMP-7790,[[PERSON:Dumisani Mamba]],[[NRP:Swazi]],[[DATE_TIME:2024-01-22]],Beatrix,51200""",
    # TSV (8)
    """Name\tPhone\tEmail\tRole
[[PERSON:Mpho Seabi]]\t[[PHONE_NUMBER:+27 82 301 4478]]\t[[EMAIL_ADDRESS:mpho.seabi@gmail.com]]\tChair
[[PERSON:Lerato Dube]]\t[[PHONE_NUMBER:+27 71 882 0915]]\t[[EMAIL_ADDRESS:lerato.dube@icloud.com]]\tTreasurer
[[PERSON:Kgomotso Ramaila]]\t[[PHONE_NUMBER:+27 60 447 1123]]\t[[EMAIL_ADDRESS:kgomotso.r@yahoo.com]]\tSecretary""",
    """emp_id\tname\ttfn\tstate\tstart
[[ID_NUMBER:E4471]]\t[[PERSON:Tahlia Brooks]]\t[[ID_NUMBER:876 543 210]]\t[[LOCATION:QLD]]\t[[DATE_TIME:2022-02-14]]
[[ID_NUMBER:E4490]]\t[[PERSON:Nguyen Van Minh]]\t[[ID_NUMBER:120 394 765]]\t[[LOCATION:NSW]]\t[[DATE_TIME:2023-08-01]]""",
    """[[PERSON:Ruth Chanda]]\t[[DATE_TIME:12 Mar 1988]]\t[[LOCATION:Lusaka]]\tnurse\t[[PHONE_NUMBER:+260 97 441 2290]]
[[PERSON:Brian Phiri]]\t[[DATE_TIME:30 Nov 1979]]\t[[LOCATION:Ndola]]\tdriver\t[[PHONE_NUMBER:+260 96 118 7702]]
[[PERSON:Memory Banda]]\t[[DATE_TIME:07 Jul 1995]]\t[[LOCATION:Kitwe]]\tteacher\t[[PHONE_NUMBER:+260 95 330 4418]]""",
    """ip\tuser\tlast_login\tcountry\tstatus
[[IP_ADDRESS:41.76.108.22]]\t[[USERNAME:nkosi_t]]\t[[DATE_TIME:2024-07-14 21:03]]\t[[LOCATION:South Africa]]\tactive
[[IP_ADDRESS:102.22.71.9]]\t[[USERNAME:ama.k]]\t[[DATE_TIME:2024-07-15 06:47]]\t[[LOCATION:Ghana]]\tlocked
[[IP_ADDRESS:2c0f:fe38:2203::8a]]\t[[USERNAME:wambui254]]\t[[DATE_TIME:2024-07-15 09:12]]\t[[LOCATION:Kenya]]\tactive""",
    """policy\tholder\tid_no\tbeneficiary\tcover
FUN-22018\t[[PERSON:Agnes Maluleke]]\t[[ID_NUMBER:7103080425080]]\t[[PERSON:Tsakani Maluleke]]\t20000
FUN-22031\t[[PERSON:Sipho Mahlalela]]\t[[ID_NUMBER:8806035341082]]\t[[PERSON:Busi Mahlalela]]\t15000""",
    """nhs_no\tname\tdob\tpostcode\tgp
[[ID_NUMBER:485 777 3457]]\t[[PERSON:Eleanor Pike]]\t[[DATE_TIME:03/05/1940]]\t[[ZIP_CODE:BS6 5QT]]\tWhiteladies
[[ID_NUMBER:732 015 8809]]\t[[PERSON:Kwame Osei]]\t[[DATE_TIME:21/10/1972]]\t[[ZIP_CODE:BS5 0HE]]\tEaston
[[ID_NUMBER:610 482 9376]]\t[[PERSON:Zara Hussain]]\t[[DATE_TIME:09/09/2001]]\t[[ZIP_CODE:BS2 9LB]]\tSt Pauls""",
    """tenant\tunit\tlease_start\trent\tdeposit_held
[[PERSON:Ahmed Cassim]]\t[[ADDRESS:Flat 201, Sea Point Mansions]]\t[[DATE_TIME:1 Mar 2023]]\t9500\tyes
[[PERSON:Jess Albertyn]]\t[[ADDRESS:Flat 305, Sea Point Mansions]]\t[[DATE_TIME:1 Jun 2024]]\t11200\tyes""",
    """Lebitso\tFane\tMohala\tMotse
[[PERSON:Lineo]]\t[[PERSON:Mothibeli]]\t[[PHONE_NUMBER:+266 6201 4478]]\t[[LOCATION:Teyateyaneng]]
[[PERSON:Tšepo]]\t[[PERSON:Lerotholi]]\t[[PHONE_NUMBER:+266 5880 3301]]\t[[LOCATION:Leribe]]
[[PERSON:'Mathabo]]\t[[PERSON:Khoboko]]\t[[PHONE_NUMBER:+266 5732 9015]]\t[[LOCATION:Mohale's Hoek]]""",
    # pipes / Markdown / psql / MySQL (10)
    """| Name | Member No | Contribution | Paid On |
|---|---|---|---|
| [[PERSON:Thandi Mokoena]] | [[ID_NUMBER:STK-014]] | R1 000 | [[DATE_TIME:28 Jun 2024]] |
| [[PERSON:Patience Dlamini]] | [[ID_NUMBER:STK-015]] | R1 000 | [[DATE_TIME:30 Jun 2024]] |
| [[PERSON:Ma-Zulu]] | [[ID_NUMBER:STK-022]] | R500 | [[DATE_TIME:01 Jul 2024]] |""",
    """ id  |    full_name     |     email                    |  city
-----+------------------+------------------------------+-----------
 101 | [[PERSON:Imran Mohamed]]    | [[EMAIL_ADDRESS:imran.mohamed@gmail.com]]      | [[LOCATION:Lenasia]]
 102 | [[PERSON:Chantelle Smit]]   | [[EMAIL_ADDRESS:chantelle.smit@mweb.co.za]]    | [[LOCATION:Bellville]]
 103 | [[PERSON:Vuyo Mbuli]]       | [[EMAIL_ADDRESS:vuyo.m@webmail.co.za]]         | [[LOCATION:Mthatha]]
(3 rows)""",
    """+--------+---------------------+-----------------+------------+
| acc_id | holder              | phone           | opened     |
+--------+---------------------+-----------------+------------+
| 55012  | [[PERSON:Oluwadamilare Ojo]]   | [[PHONE_NUMBER:+234 813 220 4471]] | [[DATE_TIME:2021-04-09]] |
| 55013  | [[PERSON:Halima Yusuf]]        | [[PHONE_NUMBER:+234 701 448 9920]] | [[DATE_TIME:2022-11-30]] |
+--------+---------------------+-----------------+------------+""",
    """| Miner | Industry # | Hostel | Next of kin | NOK cell |
|:--|:--|:--|:--|:--|
| [[PERSON:Lehlohonolo Makara]] | [[ID_NUMBER:88014427]] | Hostel 2 | [[PERSON:'Mamakara]] | [[PHONE_NUMBER:+266 5911 2047]] |
| [[PERSON:Alberto Macuácua]] | [[ID_NUMBER:79023315]] | Hostel 5 | [[PERSON:Rosa Macuácua]] | [[PHONE_NUMBER:+258 84 331 7720]] |""",
    """| patient | MRN | DOB | allergy |
| --- | --- | --- | --- |
| [[PERSON:Harper Quinn]] | [[ID_NUMBER:MRN-0048213]] | [[DATE_TIME:2015-06-21]] | penicillin |
| [[PERSON:Mateo Rossi]] | [[ID_NUMBER:MRN-0048219]] | [[DATE_TIME:2018-01-09]] | none |""",
    """ plate      | driver          | licence_no        | rank
------------+-----------------+-------------------+---------
 [[ID_NUMBER:GP 44 LN ZN]] | [[PERSON:Lucky Shabangu]]  | [[ID_NUMBER:7012 0004 XK2P]] | Baragwanath
 [[ID_NUMBER:FKR 118 MP]]  | [[PERSON:Vusi Nkambule]]   | [[ID_NUMBER:4402 0011 6H8T]] | Noord""",
    """|Customer|Aadhaar|Mobile|City|
|-|-|-|-|
|[[PERSON:Lakshmi Narayanan]]|[[ID_NUMBER:7362 0918 4524]]|[[PHONE_NUMBER:+91 98450 22107]]|[[LOCATION:Chennai]]|
|[[PERSON:Harpreet Singh Gill]]|[[ID_NUMBER:5821 3370 6410]]|[[PHONE_NUMBER:+91 98140 77312]]|[[LOCATION:Ludhiana]]|""",
    """mysql> SELECT name, username, signup_ip FROM players LIMIT 3;
+-----------------+----------------+-----------------+
| name            | username       | signup_ip       |
+-----------------+----------------+-----------------+
| [[PERSON:Ethan Botha]]     | [[USERNAME:ebotha_gg]]      | [[IP_ADDRESS:196.210.44.17]]   |
| [[PERSON:Naledi Sefara]]   | [[USERNAME:nal3di]]         | [[IP_ADDRESS:41.114.203.88]]   |
| [[PERSON:Jayden Pillay]]   | [[USERNAME:jp_shadow]]      | [[IP_ADDRESS:105.186.9.241]]   |
+-----------------+----------------+-----------------+""",
    """| Resident | Address | Arrears | Last payment |
|---|---|---|---|
| [[PERSON:Gertrude Sibeko]] | [[ADDRESS:44 Mampane Street]], [[LOCATION:Atteridgeville]] | R3 420 | [[DATE_TIME:14/02/2024]] |
| [[PERSON:Piet Mahlangu]] | [[ADDRESS:1871 Block R]], [[LOCATION:Soshanguve]] | R12 900 | [[DATE_TIME:03/11/2023]] |""",
    """| Ikhaya | Igama | Iminyaka |
|---|---|---|
| [[ADDRESS:17 Nxele Street]] | [[PERSON:Ayabonga Sokutu]] | [[AGE:34]] |
| [[ADDRESS:220 Gxabu Street]] | [[PERSON:Noluthando Sokutu]] | [[AGE:61]] |""",
    # fixed-width (8)
    """NAME                 DOB         ID NUMBER       CELL
[[PERSON:Sifiso Mthembu]]       [[DATE_TIME:1985-03-14]]  [[ID_NUMBER:8503145123084]]   [[PHONE_NUMBER:082 330 1147]]
[[PERSON:Zintle Mqhayi]]        [[DATE_TIME:1991-07-22]]  [[ID_NUMBER:9107220456085]]   [[PHONE_NUMBER:073 449 0028]]
[[PERSON:Olwethu Dyantyi]]      [[DATE_TIME:2002-09-11]]  [[ID_NUMBER:0209110231088]]   [[PHONE_NUMBER:067 112 9904]]""",
    """EMPNO  SURNAME        FIRST     DEPT      HIRED
00412  [[PERSON:McAllister]]     [[PERSON:Fiona]]     Finance   [[DATE_TIME:03-Jan-2019]]
00431  [[PERSON:Abubakar]]       [[PERSON:Sani]]      IT        [[DATE_TIME:17-Jun-2021]]
00450  [[PERSON:Fernandes]]      [[PERSON:Clara]]     Sales     [[DATE_TIME:01-Sep-2022]]""",
    """ACCOUNT     HOLDER                 BRANCH   BALANCE
[[ID_NUMBER:4091227781]]  [[PERSON:MAHLANGU S P]]          632005   R 12 440.10
[[ID_NUMBER:1187220944]]  [[PERSON:KHOZA M]]               198765   R  3 001.95
[[ID_NUMBER:6200481773]]  [[PERSON:PRETORIUS R]]           250655   R 48 117.00""",
    """ROOM  OCCUPANT              INDUSTRY NO  HOME VILLAGE
H2-14 [[PERSON:Kabelo Ntsane]]         [[ID_NUMBER:77110284]]     [[LOCATION:Mohale's Hoek]]
H2-15 [[PERSON:Jorge Nhantumbo]]       [[ID_NUMBER:69920145]]     [[LOCATION:Chókwè]]
H2-16 [[PERSON:Mlamuli Hlophe]]        [[ID_NUMBER:92004417]]     [[LOCATION:Nhlangano]]""",
    """[[PERSON:HARRIS]], [[PERSON:JAMAL D]]        [[US_DRIVER_LICENSE:H620-417-90-082-0]]   [[DATE_TIME:08/02/1990]]   [[LOCATION:FL]]
[[PERSON:OKAFOR]], [[PERSON:NNEKA]]          [[US_DRIVER_LICENSE:O216-551-87-743-0]]   [[DATE_TIME:11/19/1987]]   [[LOCATION:FL]]
[[PERSON:BAPTISTE]], [[PERSON:MARIE-CLAIRE]] [[US_DRIVER_LICENSE:B132-770-95-661-0]]   [[DATE_TIME:04/30/1995]]   [[LOCATION:FL]]""",
    """SEQ MEMBER                   PHONE            DUE DATE    AMOUNT
001 [[PERSON:Nompumelelo Cele]]         [[PHONE_NUMBER:031 507 1190]]     2024-08-01  R 250
002 [[PERSON:Nkosinathi Mbatha]]        [[PHONE_NUMBER:031 466 3302]]     2024-08-01  R 250
003 [[PERSON:Sbu]]                      [[PHONE_NUMBER:081 774 2009]]     2024-08-01  R 250""",
    """GUEST                ROOM  ARRIVAL      PASSPORT     NATIONALITY
[[PERSON:Ms. Amelia Hartley]]    1204  [[DATE_TIME:2024-09-02]]   [[ID_NUMBER:533180224]]    [[NRP:British]]
[[PERSON:Mr. Tobias Keller]]     1207  [[DATE_TIME:2024-09-02]]   [[ID_NUMBER:C4F7K2N19]]    [[NRP:German]]
[[PERSON:Ms. Wanjiku Mwangi]]    1210  [[DATE_TIME:2024-09-03]]   [[ID_NUMBER:AK0841127]]    [[NRP:Kenyan]]""",
    """REF      CLAIMANT            DECEASED            DOD          PAID
BS-1102  [[PERSON:Lindiwe Tshabalala]]  [[PERSON:Isaac Tshabalala]]    [[DATE_TIME:02/05/2024]]   R18 000
BS-1107  [[PERSON:Sophie Motsoeneng]]   [[PERSON:Rebecca Motsoeneng]]  [[DATE_TIME:19/05/2024]]   R12 000""",
    # JSON lines (8)
    """{"id": 1, "name": "[[PERSON:Karabo Nkwe]]", "email": "[[EMAIL_ADDRESS:karabo.nkwe@gmail.com]]", "plan": "gold"}
{"id": 2, "name": "[[PERSON:Liam Ferreira]]", "email": "[[EMAIL_ADDRESS:liam.ferreira@outlook.com]]", "plan": "silver"}
{"id": 3, "name": "[[PERSON:Anele Siko]]", "email": "[[EMAIL_ADDRESS:anele.siko@yahoo.com]]", "plan": "gold"}""",
    """{"ts": "2024-07-10T12:00:01Z", "user": "[[USERNAME:kefilwe_m]]", "ip": "[[IP_ADDRESS:196.22.140.7]]", "action": "withdraw", "amount": 500}
{"ts": "2024-07-10T12:04:44Z", "user": "[[USERNAME:bigdave_za]]", "ip": "[[IP_ADDRESS:41.193.55.201]]", "action": "deposit", "amount": 1200}""",
    """{"miner": "[[PERSON:Tsietsi Mokhele]]", "industry_no": "[[ID_NUMBER:83301744]]", "diagnosis_date": "[[DATE_TIME:2024-03-18]]", "condition": "silicosis", "award_zar": 96000}
{"miner": "[[PERSON:Fernando Cumbe]]", "industry_no": "[[ID_NUMBER:71042290]]", "diagnosis_date": "[[DATE_TIME:2024-04-02]]", "condition": "TB", "award_zar": 48000}
{"miner": "[[PERSON:Andile Gqola]]", "industry_no": "[[ID_NUMBER:86610321]]", "diagnosis_date": "[[DATE_TIME:2024-04-29]]", "condition": "NIHL", "award_zar": 31500}""",
    """{"sku": "SHOE-42-BLK", "buyer": "[[PERSON:Mmathapelo Moji]]", "ship_to": "[[ADDRESS:55 Thabo Mbeki Street]], [[LOCATION:Polokwane]] [[ZIP_CODE:0700]]", "tracking": "TCG8841920ZA"}
{"sku": "BAG-TOTE-RED", "buyer": "[[PERSON:Anja Kruger]]", "ship_to": "[[ADDRESS:3 Vygie Lane]], [[LOCATION:Langebaan]] [[ZIP_CODE:7357]]", "tracking": "TCG8841977ZA"}""",
    """{"nric": "[[ID_NUMBER:T0412795H]]", "name": "[[PERSON:Tan Wei Ling]]", "dob": "[[DATE_TIME:2004-03-11]]", "race": "[[NRP:Chinese]]"}
{"nric": "[[ID_NUMBER:S7639021E]]", "name": "[[PERSON:Muhammad Hafiz bin Rahman]]", "dob": "[[DATE_TIME:1976-09-02]]", "race": "[[NRP:Malay]]"}""",
    """{"caller":"[[PHONE_NUMBER:0725531190]]","callee":"0800 22 33 44","start":"2024-06-01 08:14","name":"[[PERSON:Sizakele Ngwenya]]"}
{"caller":"[[PHONE_NUMBER:0837004412]]","callee":"0800 22 33 44","start":"2024-06-01 08:19","name":"[[PERSON:Andries Molefe]]"}
{"caller":"[[PHONE_NUMBER:0609918823]]","callee":"0800 22 33 44","start":"2024-06-01 08:31","name":null}""",
    """{"donor": "[[PERSON:Mr. Arjun Mehta]]", "amount": 500, "currency": "USD", "card": "[[CREDIT_CARD:4200262441570781]]", "campaign": "Flood Relief KZN"}
{"donor": "[[PERSON:Nomfundo Xaba]]", "amount": 200, "currency": "ZAR", "card": "[[CREDIT_CARD:2221393524639489]]", "campaign": "Flood Relief KZN"}""",
    """{"applicant":"[[PERSON:Patrick Otieno]]","id_no":"[[ID_NUMBER:31458820]]","kra_pin":"[[ID_NUMBER:A009284417Z]]","county":"[[LOCATION:Kisumu]]","loan_kes":150000}
{"applicant":"[[PERSON:Mercy Chebet]]","id_no":"[[ID_NUMBER:29901744]]","kra_pin":"[[ID_NUMBER:A012884903P]]","county":"[[LOCATION:Uasin Gishu]]","loan_kes":80000}""",
    # YAML (6)
    """- name: [[PERSON:Tumelo Khoza]]
  phone: "[[PHONE_NUMBER:+27 82 660 1183]]"
  role: marshal
  rank: Bosman
- name: [[PERSON:Jabu Mnguni]]
  phone: "[[PHONE_NUMBER:+27 76 220 9941]]"
  role: chairperson
  rank: Bosman""",
    """residents:
  - unit: "[[ADDRESS:A12]]"
    name: [[PERSON:Nosipho Dlomo]]
    moved_in: [[DATE_TIME:2021-05-01]]
  - unit: "[[ADDRESS:A14]]"
    name: [[PERSON:Cyril Mabunda]]
    moved_in: [[DATE_TIME:2019-10-15]]
complex: [[ADDRESS:Lufhereng Social Housing Block A]]""",
    """users:
  [[USERNAME:dev_thando]]:
    email: [[EMAIL_ADDRESS:thando.ncube@gmail.com]]
    groups: [admin, deploy]
  [[USERNAME:kaylee.w]]:
    email: [[EMAIL_ADDRESS:kaylee.wright@outlook.com]]
    groups: [deploy]""",
    """employees:
  - id: [[ID_NUMBER:ZA-00871]]
    name: [[PERSON:Precious Mahlaba]]
    iban: [[IBAN_CODE:GB12LOYD30963312748801]]
    country: [[LOCATION:United Kingdom]]
  - id: [[ID_NUMBER:ZA-00904]]
    name: [[PERSON:Jonas Lindqvist]]
    iban: [[IBAN_CODE:SE4550000000058398257466]]
    country: [[LOCATION:Sweden]]""",
    """patients:
  - name: [[PERSON:Aroha Wiremu]]
    nhi: [[ID_NUMBER:ZGT5522]]
    age: [[AGE:48]]
  - name: [[PERSON:Samuel Tuilagi]]
    nhi: [[ID_NUMBER:ZKD1192]]
    age: [[AGE:12]]""",
    """family:
  head: [[PERSON:Sello Mokgadi]]
  id_number: "[[ID_NUMBER:6201145218085]]"
  dependants:
    - [[PERSON:Mapula Mokgadi]]
    - [[PERSON:Tebogo Mokgadi]]
  plan: family-extended
  premium: 189.00""",
    # key: value blocks (6)
    """Name: [[PERSON:Kgothatso Maake]]
ID: [[ID_NUMBER:9401305262082]]
Cell: [[PHONE_NUMBER:071 447 3321]]
Home: [[ADDRESS:221 Mokgalaka Street]], [[LOCATION:Seshego]]
Employer: Polokwane Municipality
Gross salary: R14 800""",
    """Passenger: [[PERSON:MS NOMVULA BUTHELEZI]]
Booking ref: QX7P2L
Flight: SA 343 JNB-CPT
Date of travel: [[DATE_TIME:19 AUG 2024]]
Frequent flyer: [[ID_NUMBER:SA 40118827]]
Seat: 14C""",
    """Account holder ..... [[PERSON:Ravi Chetty]]
Account no ......... [[ID_NUMBER:1049 2287 731]]
Branch code ........ 470010
Email .............. [[EMAIL_ADDRESS:ravi.chetty@webmail.co.za]]
Mobile ............. [[PHONE_NUMBER:083 662 7001]]""",
    """Lebitso: [[PERSON:Limpho Motsamai]]
Letsatsi la tswalo: [[DATE_TIME:04/11/1990]]
Aterese: [[ADDRESS:Ha Thetsane, Motse 44]], [[LOCATION:Maseru]]
Mohala: [[PHONE_NUMBER:+266 6388 2014]]
Mosebetsi: mosuwe""",
    """Subscriber: [[PERSON:Ms. Rochelle Abrahams]]
MSISDN: [[PHONE_NUMBER:27 84 339 1107]]
SIM serial: 8927 0001 4477 2201 993
Contract start: [[DATE_TIME:2023-02-01]]
RICA address: [[ADDRESS:6 Dahlia Street]], [[LOCATION:Mitchells Plain]], [[ZIP_CODE:7785]]""",
    """Tenant: [[PERSON:Kabir Anand]]
Unit: [[ADDRESS:Apt 1103, 88 Harbour Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]]
SIN: [[ID_NUMBER:277 419 859]]
Lease start: [[DATE_TIME:2024-05-01]]
Parking stall: P2-118""",
]

CHAT = [
    """[09:02] Agent [[PERSON:Lindo]] (Vodacom Support): Good morning, you're chatting with [[PERSON:Lindo]]. How can I help?
[09:03] [[PERSON:Keabetswe Morake]]: Hi, my contract number got ported without my permission. It's [[PHONE_NUMBER:082 447 1930]].
[09:03] Agent [[PERSON:Lindo]] (Vodacom Support): I'm sorry to hear that. Can you confirm the ID number on the account?
[09:04] [[PERSON:Keabetswe Morake]]: [[ID_NUMBER:9210030677088]]
[09:05] Agent [[PERSON:Lindo]] (Vodacom Support): Thank you [[PERSON:Keabetswe]]. I can see a SIM swap on [[DATE_TIME:12 July at 17:48]] at a store in [[LOCATION:Polokwane]]. I've blocked it and logged case 44817702.
[09:06] [[PERSON:Keabetswe Morake]]: I was in [[LOCATION:Durban]] that day!""",
    """Family group: Ekhaya 🏠
Mama [[PERSON:Zodwa]]: Bantwana, umngcwabo kababa omncane uzoba ngoMgqibelo [[DATE_TIME:24 Agasti]] e-[[LOCATION:Nquthu]].
[[PERSON:Sbu]]: Siyabonga Ma. Ngizohamba no-[[PERSON:Nandi]] ngeFriday.
[[PERSON:Nandi Khumalo]]: Ngicela nisithumelele imali ku-[[PHONE_NUMBER:072 819 3305]] nge-eWallet, ngizothenga ukudla.
Uncle [[PERSON:Themba]]: Ngithumele R500. Ikhaya likagogo lise-[[LOCATION:KwaNxumalo]], akunjalo?
Mama [[PERSON:Zodwa]]: Yebo baba.""",
    """Marketplace - Toyota Quantum 2014 for sale
[[PERSON:Zakes Mokoena]]: Hi, is the Quantum still available? I'm a taxi owner in [[LOCATION:Tembisa]].
Seller ([[PERSON:Phillip]]): Yes bru. 480k km, full service history, reg [[ID_NUMBER:DTP 225 GP]]. R165 000 neg.
[[PERSON:Zakes Mokoena]]: Can I view Saturday? Send your number.
Seller ([[PERSON:Phillip]]): [[PHONE_NUMBER:083 992 0147]]. I'm at [[ADDRESS:18 Rietfontein Road]], [[LOCATION:Edenvale]]. Ask for [[PERSON:Phil Nel]] at the gate.
[[PERSON:Zakes Mokoena]]: Sharp, see you at 10.""",
    """#ops-team (Slack)
[[PERSON:Megan Fraser]]: who's on call tonight?
[[PERSON:Tawanda Moyo]]: me. if prod-db-2 pages again i'll fail over to 10.0.4.21
[[PERSON:Megan Fraser]]: ok. btw the customer who complained, [[PERSON:Mrs. Ismail]], left her mobile as [[PHONE_NUMBER:+27 83 219 4471]] - can you call her tomorrow?
[[PERSON:Tawanda Moyo]]: sure. her account is [[EMAIL_ADDRESS:fatima.ismail@gmail.com]] right?
[[PERSON:Megan Fraser]]: yep. and remember build 4.12.0.7 goes out friday
[[PERSON:priya]]: I can cover for [[PERSON:tawanda]] from midnight, he's off on [[DATE_TIME:16 August]] anyway""",
    """Stokvel: Masakhane Ladies 💰
[[PERSON:Puleng]]: Dumelang basadi! July payout e ya ho [[PERSON:'Maletsatsi]]. Lefang ho account ya hae [[ID_NUMBER:62109448812]] FNB.
[[PERSON:'Maletsatsi Mohapi]]: Kea leboha bo-mme 🙏
[[PERSON:Dikeledi]]: Ke lefile R1 000 maobane. Reference ke lebitso la ka, [[PERSON:Dikeledi Tau]].
[[PERSON:Puleng]]: Kopano e latelang ke [[DATE_TIME:28 Phupu]] ha Mme [[PERSON:Lineo]], [[ADDRESS:1123 Zone 6]], [[LOCATION:Meadowlands]].""",
    """Live chat - Discovery Health
Bot: Please enter your membership number.
Member: [[ID_NUMBER:DH 884 210 371]]
Bot: Thank you. Connecting you to an agent.
Agent [[PERSON:Sameera]]: Hi, I see this is the policy for [[PERSON:Jacobus de Wet]]. Am I speaking to him?
Member: no it's his wife [[PERSON:Annemarie]]. he's in hospital since [[DATE_TIME:Monday 8 July]], Netcare Unitas, and they want a pre-auth.
Agent [[PERSON:Sameera]]: I can help. What is his date of birth?
Member: [[DATE_TIME:29 November 1958]]""",
    """WhatsApp - Team Soweto Deliveries
Bra [[PERSON:Jomo]]: Guys parcel for [[PERSON:Nonhlanhla Sithole]] at [[ADDRESS:2210 Moema Street]], [[LOCATION:Dobsonville]] keeps bouncing. She says call [[PHONE_NUMBER:071 556 2208]].
[[PERSON:Karabo]]: I'll take it, I'm in [[LOCATION:Meadowlands]] now. Waybill 7781 0023 4491?
Bra [[PERSON:Jomo]]: Ja. Also the one for [[PERSON:Mr Sithole]] on Vilakazi St has no house number, don't go.
[[PERSON:Lwazi]]: Last one for today is [[PERSON:Mr. Cassim]] in [[LOCATION:Lenasia]], [[ADDRESS:44 Gemsbok Avenue]], paid by card 4312 **** **** 7781.""",
    """Support chat - PlayArena
[[USERNAME:ghost_rider_zn]]: my account got hacked, someone changed the email to [[EMAIL_ADDRESS:x99bot@mail.ru]]
Agent [[PERSON:Chris]]: Sorry about that. Can you confirm the original email and your date of birth?
[[USERNAME:ghost_rider_zn]]: [[EMAIL_ADDRESS:lungelo.ntuli04@gmail.com]], [[DATE_TIME:2004-02-17]]
Agent [[PERSON:Chris]]: Thanks [[PERSON:Lungelo]]. The last login was from [[IP_ADDRESS:185.220.101.44]] at 02:13 - not you, I assume?
[[USERNAME:ghost_rider_zn]]: no I'm in [[LOCATION:Pietermaritzburg]]. my real IP is like [[IP_ADDRESS:41.13.88.190]]""",
]

LOOKALIKE = [
    """Shipping summary for PO 4500883127: container MSKU 441872 9 and TGHU 882014 7 cleared [[LOCATION:Durban]] port on 12 July under customs declaration CD-2024-ZA-0098812. Invoice INV-88120-B, EAN 6001234567899, lot L24-0712-B, SKU HW-DRL-18V. Enquiries: 031 360 1111 or imports@harbourfreight.example. Company reg. 2011/004417/07, VAT 4470221883. Consignee contact: [[PERSON:Rakesh Govender]], [[PHONE_NUMBER:083 551 7720]].""",
    """Release notes v10.4.2.1: the firmware now reports 192.168.0.1 as the default gateway and build 3.14.159.26 fixes the Alzheimer's screening module's export. Checksum sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, UUID 3f2b8c1e-7a44-4e0b-9d11-5c2e8b7f0a93. Tested on Nelson Mandela Boulevard branch kiosks (serial KSK-0019-44817). Reviewed by [[PERSON:Tshidi Molapo]].""",
    """Reading list for the Grade 11 history unit: Long Walk to Freedom (ISBN 978-1-86197-876-9), Cry, the Beloved Country (ISBN 978-0-621-07352-2) and a local anthology (ISBN 978-0-9945417-8-9). Order ref BK-22018, tracking RR448120931ZA. Library hours: 08:00-16:00 on Steve Biko Road and Albertina Sisulu Road; call 012 420 3111. Compiled by [[PERSON:Mr. Sibusiso Nene]], HOD History.""",
    """Booking confirmation PNR X7KQ2M, e-ticket 083-2144718820, flight FA 211 departing 06:15, gate A12, seat 23F. Hotel ref HTL-449120, room 1408. Car hire voucher CH-ZA-771204. Lead passenger: [[PERSON:Ms. Nomsa Radebe]], passport [[ID_NUMBER:A08841273]]. Travel insurance policy TI-5522019 covers Parkinson's-related claims only with a doctor's note.""",
    """Taxi rank notice: Routes 41, 44A and 118 move to Bay 7 from Monday. Association registration 2004/018822/08; operating licence list OL-GP-2024-0419. Lost property: phone the rank office on 011 838 2200 or info@jhbtaxirank.example. Fares R18.50 and R22.00. Marshals wear vests numbered 001-060.""",
    """Isaziso somasipala: Izindlu ezintsha zakwa-[[LOCATION:Cornubia]] zizonikezelwa kusukela ngo-2025. Inombolo yephrojekthi HSP-KZN-0417, inombolo yomsebenzi WO-88120. Imibuzo: 031 311 1111, housing@durban.example. Abafake izicelo zabo ngaphambi kuka-2010 bazothintwa. Umxhumanisi wephrojekthi ngu-[[PERSON:Nkosinathi Cele]] ku-[[PHONE_NUMBER:082 774 1203]].""",
    """Payroll batch PB-2024-07 for Shaft 3 closed: 1 482 records, control total R27 441 880.15, file hash md5 5d41402abc4b2a76b9719d911017c592, run id 7f1c-22a9. Allowance codes 014, 027 and 033 applied; cost centre 4410-UG-3. Next run 25 August. Queries to payroll@mineco.example or ext. 2210. Batch approved by [[PERSON:Annette Coetzee]], staff no. [[ID_NUMBER:MC-10442]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def check_marks() -> None:
    """Every `[[TYPE:value]]` mark parsed into the span(s) it should give (prints counts only)."""
    marks = spans_total = 0
    for records in STYLES.values():
        for markup in records:
            expected = []
            for kind, value in MARK.findall(markup):
                title = TITLE_IN_NAME.match(value) if kind == "PERSON" else None
                if title:
                    expected += [("TITLE", title.group(1)), ("PERSON", value[title.end() :])]
                else:
                    expected.append((kind, value))
                marks += 1
            text, spans = parse(markup)
            got = [(s["entity_type"], text[s["start"] : s["end"]]) for s in spans]
            if got != expected:
                raise ValueError("a mark did not parse into its span")
            spans_total += len(spans)
    print(f"every mark parsed: {marks} marks -> {spans_total} spans (titles split from names)")


def main() -> None:
    write_and_report("blind154", STYLES, OUT)
    check_marks()


if __name__ == "__main__":
    main()
