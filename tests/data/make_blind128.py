"""Build tests/data/blind128.jsonl: a *blind*, hand-written labeled PII set (table-heavy mix).

    .venv/bin/python tests/data/make_blind128.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines and the first line of its record
list), the tail of make_blind22.py from `STYLES = {` to the end (its STYLES
dict and main(), copied here), the whole of gold_sets.py, and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, the tests, bench/, the
README, any *.jsonl set (blind128.jsonl included), any other make_*.py, git
history, log or status. The detector, the bench and the tests were never
run on this file. Do not tune the detector against it: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (a "Dr."/"Mr."/... written inside
a PERSON mark becomes a TITLE span of its own). Card numbers pass Luhn and
IBANs pass mod-97 with the right length for their country (GB, IE, DE, NL,
PL, RO, UA, MD 24, BY 28); `gold_sets.check` re-checks cards and IBANs and
refuses a bad one. National ids with a public check digit were given a
valid one: NHS number, Canadian SIN, Aadhaar, Irish PPSN, Singapore
NRIC/FIN, South African ID (agreeing with sex and birth date where they
show), TFN, BSN, New Zealand NHI and IRD, Australian Medicare, German
Steuer-ID, Belgian national number, Spanish DNI letter, Ukrainian RNOKPP
(its birth date and sex digits agree with the person), Moldovan IDNP
(weights 7-3-1) and Belarusian personal number (letters as 10..35, weights
7-3-1; sex, birth date and region letter agree with the person); so were
the look-alikes that carry one (ISBN-13, ISO 6346 container number, GTIN,
UPU S10 and UPS 1Z tracking numbers). All of these were worked out by
throwaway code run by hand while writing, not generated here. UK NI
numbers, US SSNs, PAN, BVN, Kenyan ids and KRA PINs, UTRs, Belarusian UNP,
Philippine ids, RAMQ, passports, licences, plates, bank account numbers
and staff, student, member, patient and contractor numbers were not
checked. The only other code run on the records was a self-check of the
column alignment of the fixed-width tables (parsing the markup in memory,
printing only the positions of misaligned columns); the written .jsonl was
never opened.

Styles (ids `blind128-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Nigeria, Kenya, South Africa, Singapore and the Philippines, with names from
the many cultures living there); the rest (25) are in Belarusian (Cyrillic)
and in Romanian as written in Moldova, spread over every style. About a
third of the gen and bench records are about IT outsourcing and
contractors, wine exports and customs, and clinics and sick notes; the rest
spread widely.
- `gen` (80): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (85): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd dense sentences with titles, names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, config and code snippets, tickets and forms).
- `table` (60): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (also "dle", "dr.", "Domnul" and "Спадарыня"),
  labeled apart; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / apartment / suite / floor), PO
  boxes, house and building names; city, district, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape (also "MD-2001") are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, sick leave,
  start or end of a contract, signature, move ...) with a day or month, in
  any shape; a weekday or clock time said with such a date is inside the
  span, a weekday or time alone is not; not bare years, durations or dates
  not tied to a person (invoice, release, shipment dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and contractor numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC
  addresses, BIC / SWIFT, sort codes, routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / invoice / tracking refs, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people,
  header rows.
- Calls made while writing this set: sick-note, certificate and customs
  declaration serials (EUR.1, e-AD, "seria MA nr.", "лісток" numbers) are
  references, not ids; company ids (EORI, VAT, IDNO, company numbers,
  excise numbers) are unlabeled, but a person's own tax id, also a sole
  trader's or contractor's (UTR, PAN, УНП of an individual entrepreneur),
  is ID_NUMBER; in a table a "sex", "gender", "role", "dept", "status" or
  "grade" column stays unlabeled, an "age" column is AGE, a "country",
  "city" or "region" column is LOCATION and a "nationality" column is NRP;
  employer and company fields are unlabeled; a building number or a
  secondary address in a field of its own is ADDRESS; a log-line or
  "last_login" timestamp of a person's own action is DATE_TIME, a
  timestamp of a system event is not, and the clock-only stamps of chat
  messages stay unlabeled like any time alone; a street named after a
  person is ADDRESS when it carries a number and unlabeled without one;
  proper names of companies, clinics, schools, ports, airports and border
  checkpoints stay unlabeled even when they hold a place name ("Dover
  Eastern Docks", "Málaga Airport", "Tesco Kilkenny"), while a place used
  to describe something ("the Swansea office", "the Kaduna general
  hospital") is LOCATION; VINs, container and seal numbers, GTINs, UPU
  and courier tracking numbers are unlabeled serials or references;
  family words ("Uncle", "Aunty") and credentials ("RN") stay outside the
  PERSON span, a ranked or religious title ("Capt.", "Rev.", "Sister",
  "MRS"/"MSTR" in a PNR) is TITLE.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind128.jsonl")

GEN = [
    """Hey, this is [[PERSON:Tomasz Wójcik]], the contractor who picked up the payments integration after [[PERSON:leah]] rolled off. Please send the signed SOW to [[EMAIL_ADDRESS:t.wojcik.dev@proton.me]] rather than the agency inbox, and note my UTR is [[ID_NUMBER:82736 45190]] for the self-billing invoices.""",
    """[[PERSON:Mr. Oluwaseun Adeyemi]] ([[AGE:38]]) was seen at Harborview Family Practice on [[DATE_TIME:3 February 2025]] with acute lumbar strain and has been signed off work until [[DATE_TIME:17 February 2025]]. His NHS number is [[ID_NUMBER:943 476 5919]].""",
    """Our shipment of 600 cases of Fetească Neagră is stuck at [[LOCATION:Felixstowe]] because the importer of record, [[PERSON:Graham Pellow]], missed his clearance appointment on [[DATE_TIME:Monday 12 May at 14:00]]. His mobile is [[PHONE_NUMBER:07700 914 286]] if anyone can chase him before the demurrage starts.""",
    """i think someone used my card ending 4417 in [[LOCATION:Lisbon]]?? I'm [[PERSON:danielle o'connor]], account no. [[ID_NUMBER:31926819]], and I haven't left [[LOCATION:Cork]] since the [[DATE_TIME:2nd of March]].""",
    """Prescription for [[PERSON:Haruto Sato]], DOB [[DATE_TIME:09/11/1952]], is ready for pickup at the Elm Street counter; please bring photo ID and the card on file ending in 0092.""",
    """Dear parents, [[PERSON:Amara]]'s field trip form still needs a signature. Please return it by [[DATE_TIME:Friday 21 March]] or text [[PERSON:Mrs. Delacroix]] on [[PHONE_NUMBER:0412 558 903]] if you have any questions.""",
    """Please update payroll: [[PERSON:Rhys Llewellyn-Jones]] moves to the [[LOCATION:Swansea]] office from [[DATE_TIME:1 July 2025]]. His new home address is [[ADDRESS:14 Heol y Nant]], [[LOCATION:Sketty]], [[LOCATION:Swansea]] [[ZIP_CODE:SA2 8PQ]], and his NI number [[ID_NUMBER:JT 48 21 93 C]] stays the same.""",
    """The reservation is under [[PERSON:Ms. Keisha Abernathy-Grant]] for two nights from [[DATE_TIME:Thursday, Oct 9]]. She asked for a late check-in and a quiet room, and left [[PHONE_NUMBER:+1 404 872 3319]] as her contact number.""",
    """Per the MSA, every offshore engineer needs a background check before onboarding. [[PERSON:Arjun Mehta]] ([[LOCATION:Pune]], PAN [[ID_NUMBER:BQKPM4821L]]) starts on the Helios account on [[DATE_TIME:2025-06-02]], and his laptop will ship to [[ADDRESS:Flat 302, Sai Krupa Residency, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]].""",
    """Hi [[PERSON:Dr. Feldman]], this is [[PERSON:Rosa Delgado]]'s daughter. Mom is [[AGE:81]] and had a fall over the weekend, so we'd like to move her follow-up from [[DATE_TIME:April 22 at 3:15 pm]] to something sooner if possible. Her patient ID is [[ID_NUMBER:00482913]].""",
    """Broker note: the EUR.1 for consignment MDV-25-0419 was signed by [[PERSON:Ion Ciobanu]] of the Purcari estate on [[DATE_TIME:14.04.2025]], but the exporter's stamp is missing. Reach him at [[EMAIL_ADDRESS:ion.ciobanu.vin@gmail.com]] or [[PHONE_NUMBER:+373 69 201 477]].""",
    """My husband [[PERSON:Kwame]] and I ([[PERSON:Abena Owusu-Ansah]]) filed claim HC-778120 after the flood in our basement at [[ADDRESS:62 Birchmount Rd]], [[LOCATION:Scarborough]], [[LOCATION:ON]] [[ZIP_CODE:M1N 3J7]]. The adjuster, [[PERSON:Mr. Halvorsen]], never showed up for the inspection on [[DATE_TIME:Nov. 3]].""",
    """Port-out request: the number [[PHONE_NUMBER:0917 482 3306]] belongs to [[PERSON:Maria Cristina Dela Cruz]], who has held the account since [[DATE_TIME:March 2016]], and she has authorised the transfer to her new network in [[LOCATION:Quezon City]].""",
    """Your passport appointment is confirmed for [[DATE_TIME:Wednesday 5 November 2025, 11:40]] at the Home Affairs office in [[LOCATION:Durban]]. Please bring your green ID book ([[ID_NUMBER:8804125172087]]) and two colour photos, [[PERSON:Sipho]].""",
    """Lease renewal for [[ADDRESS:Unit 4B, 1180 Harbour Street]]: the tenant, [[PERSON:Giulia Bianchi-Moore]], wants to add her partner [[PERSON:Sam Okafor]] to the lease from [[DATE_TIME:1 September]]. Sam's current landlord can be reached on [[PHONE_NUMBER:(604) 318-2275]] for a reference.""",
    """gg to [[USERNAME:xX_Nightfang_Xx]] lol. but seriously the guy who keeps griefing our server is [[USERNAME:toxicpanda99]], his IP in the logs is [[IP_ADDRESS:86.142.17.203]], can an admin please ban him""",
    """Just got the keys to my first flat in [[LOCATION:Leeds]]!! 🏡 Pics over at [[URL:instagram.com/hannahmakes.things]] x [[PERSON:Hannah]]""",
    """Customer [[PERSON:Viktor Lindqvist]] says his router reboots every night around 2am. He's at [[ADDRESS:21B Kingfisher Drive]], [[LOCATION:Christchurch]] [[ZIP_CODE:8051]], and prefers a callback on [[PHONE_NUMBER:021 448 3071]] after 5.""",
    """Driver note: leave parcels for [[TITLE:mr]] [[PERSON:okoro]] with the neighbour at [[ADDRESS:no. 17 Ashgrove Terrace]], he works nights and won't answer the door before noon.""",
    """Welcome back, [[PERSON:Dev]]! Your membership [[ID_NUMBER:GYM-220417]] was reactivated on [[DATE_TIME:12 January]] and your first PT session with [[PERSON:Callum]] is booked.""",
    """Biscuit the beagle is booked in for a dental on [[DATE_TIME:Tuesday 8th July, 8:30am]]. Owner: [[PERSON:Priyanka Shah]], [[PHONE_NUMBER:07822 401 936]], please no food after midnight.""",
    """The hearing in [[PERSON:Doyle]] v. Kessler Logistics Ltd has been relisted for [[DATE_TIME:14 January 2026]]; counsel for [[PERSON:Ms. Doyle]] asked that her witness, [[PERSON:Padraig Nolan]], be allowed to appear by video from [[LOCATION:Galway]].""",
    """Please excuse [[PERSON:Jordan Reyes]] from work [[DATE_TIME:June 3]] through [[DATE_TIME:June 5, 2025]]. He was treated at Northside Urgent Care for a sprained ankle and may return to light duty afterward.""",
    """Heads-up from the vendor side: our contractor [[PERSON:Nkechi Obi]] will need VPN access from [[IP_ADDRESS:102.89.44.17]] (the [[LOCATION:Lagos]] office) starting [[DATE_TIME:Monday 3 March]]. Her GitHub is [[URL:github.com/nkechi-obi]] if you need to add her to the repo.""",
    """I'm [[PERSON:Charlotte Brennan]] and I import Moldovan reds into [[LOCATION:Ireland]] as a sole trader. Revenue asked for my PPSN, which is [[ID_NUMBER:4827193K]], before they'll approve the excise registration.""",
    """Medical certificate: [[PERSON:Wiremu Tane]], aged [[AGE:45]], of [[LOCATION:Rotorua]], NHI [[ID_NUMBER:ZKP4820]], is unfit for work from [[DATE_TIME:2 May]] to [[DATE_TIME:16 May 2025]] inclusive following arthroscopic knee surgery.""",
    """Someone rang my grandad, [[PERSON:Harold Pike]], on [[DATE_TIME:Saturday 14 June]] pretending to be from his bank, and he read them his card number [[CREDIT_CARD:4716 9841 1045 1723]] and the code on the back before I could stop him.""",
    """Dear [[PERSON:Ms. Ayesha Siddiqui]], we are pleased to confirm your start date of [[DATE_TIME:September 15, 2025]] as Senior Data Analyst. Please send your SIN ([[ID_NUMBER:046 293 718]]) and a void cheque to the HR inbox before your first day.""",
    """Return for order #ORD-58817: [[PERSON:Li Wei]] of [[ADDRESS:Blk 88 Jalan Bukit Merah, #07-112]], [[LOCATION:Singapore]] [[ZIP_CODE:150088]] wants the refund sent back to the Mastercard [[CREDIT_CARD:5425 5644 3902 9217]].""",
    """This is to certify that [[PERSON:Chidinma Nwosu]], matric no. [[ID_NUMBER:UNILAG/2019/04731]], has satisfied all requirements and is cleared to graduate on [[DATE_TIME:12th December 2024]].""",
    """Client request: please revoke access for [[PERSON:Bogdan Hrytsenko]], whose contract with the [[LOCATION:Kharkiv]] team ended on [[DATE_TIME:31 Jan]], disable the account [[USERNAME:bhrytsenko]], and remove the SSH key that was last used from [[IP_ADDRESS:2a02:2378:1105:7c3e::21]].""",
    """Tasting room booking: [[PERSON:Sanjay]] and [[PERSON:Meera Pillai]], party of 6, [[DATE_TIME:Saturday 27 September at 2 pm]]. They're shipping three cases home to [[ADDRESS:415 Larkspur Lane]], [[LOCATION:Napa]], [[LOCATION:CA]] [[ZIP_CODE:94558]], so we'll need to see ID for the adult signature.""",
    """Reminder: [[PERSON:Fatima Al-Zahra]], your antenatal scan at the women's clinic is on [[DATE_TIME:Tue 11/03 at 9:50]]. Reply C to confirm or call 03 9344 2000 to change it.""",
    """I'm reporting the user [[USERNAME:jake_the_sailor]], who says his name is [[PERSON:Jake Morrow]]; after two days of chatting he asked for my home address and my bank details.""",
    """Thank you, [[PERSON:Eleanor Whitfield]], for your Gift Aid declaration dated [[DATE_TIME:4 April 2025]]. We have your address as [[ADDRESS:Rose Cottage, 3 Mill Lane]], [[LOCATION:Little Bardfield]], [[LOCATION:Essex]] [[ZIP_CODE:CM7 4TD]]; please tell us if this changes.""",
    """The applicant, [[PERSON:Tran Thi Mai]], a [[NRP:Vietnamese]] national holding passport [[ID_NUMBER:C4827136]], arrived in [[LOCATION:Sydney]] on [[DATE_TIME:28/08/2024]] and has since been issued TFN [[ID_NUMBER:459 381 708]].""",
    """Under-14 registration: [[PERSON:Mateo Alvarez]] (born [[DATE_TIME:2011-08-19]]), parent or guardian [[PERSON:Lucía Alvarez]], cell [[PHONE_NUMBER:(305) 774-2290]], email [[EMAIL_ADDRESS:lucia.alvarez77@yahoo.com]].""",
    """The final meter reading at [[ADDRESS:Apartment 9, 27 Rathmines Road Upper]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 F2X4]] was taken on [[DATE_TIME:15/05/2025]] when [[PERSON:Siobhán Ní Bhriain]] moved out; the new tenant is [[PERSON:Tadhg Murphy]].""",
    """Renter [[PERSON:Emeka Chukwu]], UK licence [[ID_NUMBER:CHUKW807215E99AB]], is collecting a compact car at Heathrow T5 on [[DATE_TIME:19 Aug at 07:30]] and returning it on [[DATE_TIME:26 Aug]].""",
    """RSVP from [[PERSON:Marcus]] and [[PERSON:Jasmine Thibodeaux]]: they're both coming! [[PERSON:Jasmine]] is vegetarian and Marcus's mum, [[PERSON:Evangeline]], will need a seat near the exit.""",
    """The funeral of [[PERSON:Margaret]] "[[PERSON:Peggy]]" [[PERSON:Coulter]], aged [[AGE:88]], late of [[ADDRESS:12 Glebe Road]], [[LOCATION:Ballymena]], will take place on [[DATE_TIME:Thursday 16 October at 11am]] in St Patrick's Church, followed by burial in the adjoining cemetery.""",
    """As a practising [[NRP:Sikh]], [[PERSON:Gurpreet Singh Bains]] asked for an exemption from the hard-hat rule at the [[LOCATION:Wolverhampton]] depot, which his manager approved on [[DATE_TIME:9 October]].""",
    """Overdue notice for [[PERSON:Ahmad Karimi]], library card [[ID_NUMBER:2 9012 00847 3316]]: three items were due back on [[DATE_TIME:March 30]]. Renew online or call your branch.""",
    """A penalty charge notice was issued to vehicle [[ID_NUMBER:LK19 XHZ]] on [[DATE_TIME:22/07/2025 at 16:42]] in the Headrow car park; the registered keeper is [[PERSON:Patricia Oyelaran]] of [[LOCATION:Bradford]].""",
    """Found a wallet on the 42 bus with a driving licence for [[PERSON:Anastasia Petrakis]], born [[DATE_TIME:03.06.1990]] — message me if you know her and I'll drop it off.""",
    """hi, i'm [[PERSON:zainab]] 🙂 i tutor GCSE maths and physics around [[LOCATION:Sparkhill]] and [[LOCATION:Moseley]], text me on [[PHONE_NUMBER:07459 302 118]] for rates""",
    """KYC failed for [[PERSON:Rahul Bhattacharya]]: the Aadhaar [[ID_NUMBER:4837 2910 5624]] does not match the name on PAN [[ID_NUMBER:AKLPB6203Q]], and the date of birth on file is [[DATE_TIME:17-Jan-1989]].""",
    """[[PERSON:Dr. Nomvula Khumalo]] referred [[PERSON:Thabo Mokoena]] ([[AGE:29]]) for extraction of the lower wisdom teeth on [[DATE_TIME:18 Sept]]; his medical aid number is [[ID_NUMBER:DH 40018372]].""",
    """Employee [[PERSON:Carmen Ruiz-Hidalgo]] requests intermittent FMLA leave starting [[DATE_TIME:08/04/2025]] to care for her father; the certification from [[PERSON:Dr. Samuel Ofori]] is attached.""",
    """[[PERSON:Yusuf Demir]] invoiced 160 hours for March through his own limited company. Payment goes to [[IBAN_CODE:GB67 HBUK 4012 7653 9182 04]], reference INV-0325, and he wants the remittance copied to [[EMAIL_ADDRESS:yusuf@demirdev.co.uk]].""",
    """Shipping label: [[PERSON:Mrs. Dorothy Kingsley]], [[ADDRESS:27 Vineyard Close]], [[LOCATION:Tunbridge Wells]] [[ZIP_CODE:TN2 5LH]]. Contains alcohol – adult signature required; recipient's date of birth ([[DATE_TIME:1 Dec 1947]]) verified at checkout.""",
    """[[PERSON:Noah Goldberg]], [[AGE:17]], was discharged from the adolescent unit on [[DATE_TIME:June 30]] with a follow-up in two weeks; his mother asked that letters go to [[ADDRESS:1457 Oak Hollow Ct]], [[LOCATION:Skokie]], [[LOCATION:IL]] [[ZIP_CODE:60076]].""",
    """SIM swap request for [[PHONE_NUMBER:+234 803 417 2209]] rejected: the caller gave BVN [[ID_NUMBER:22184710395]] in the name of [[PERSON:Adaeze Nnamdi]], but the line is registered to [[PERSON:Chukwuemeka Nnamdi]].""",
    """The sale agreement for the plot between [[PERSON:Wanjiru Kamau]] (ID No. [[ID_NUMBER:28471036]]) and [[PERSON:Otieno Odhiambo]] (KRA PIN [[ID_NUMBER:A009384721K]]) was signed in [[LOCATION:Nakuru]] on [[DATE_TIME:20th May 2025]].""",
    """[[PERSON:Marie-Ève Tremblay]]'s RAMQ card [[ID_NUMBER:TREM 8753 1217]] had expired, so the clinic couldn't bill her visit on [[DATE_TIME:January 7]] and she was asked to pay up front.""",
    """Collected by [[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8437120C]]) on behalf of her mother, together with the discharge summary and two boxes of insulin pens.""",
    """The notice was addressed to [[PERSON:Darnell Washington]], SSN [[US_SSN:417-62-3098]], at [[ADDRESS:2219 Magnolia Ave, Apt 3]], [[LOCATION:Shreveport]], [[LOCATION:LA]] [[ZIP_CODE:71104]], and gives him 30 days to respond.""",
    """Traveler profile updated for [[PERSON:Emily Nakamura]]: passport [[US_PASSPORT:584127390]], Known Traveler Number [[ID_NUMBER:TT4829107]], aisle seat, no nuts.""",
    """The officer noted the driver as [[PERSON:Colton Briggs]], Texas DL [[US_DRIVER_LICENSE:48261937]], date of birth [[DATE_TIME:4/9/1998]], and released him with a warning.""",
    """Reminder for the nearshore team: [[PERSON:Lucía Fernández]] (QA, [[LOCATION:Montevideo]]) is off sick on [[DATE_TIME:Thu 16 Oct]], so [[PERSON:Pablo]] will run her standup. Her contractor number for the timesheet is [[ID_NUMBER:CTR-00917]].""",
    """The e-AD for 40 hl going duty-suspended to the tax warehouse in [[LOCATION:Antwerp]] was submitted by [[PERSON:Jeroen Van den Bossche]] ([[EMAIL_ADDRESS:jeroen.vdb@telenet.be]]) on [[DATE_TIME:2 June 2025 at 17:05]].""",
    """Hi, it's [[PERSON:Kiri]] from reception at Te Aro Medical. We've got your blood results back, [[PERSON:Mr. Faleolo]] — can you ring us on 04 385 9900 to book in with the nurse for Thursday at 4?""",
    """Mortgage pre-approval for [[PERSON:Hamid]] and [[PERSON:Leila Rahimi]]: current address [[ADDRESS:5/18 Albert Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]; Leila's employer confirmed her start date of [[DATE_TIME:14 February 2022]].""",
    """Lost property: a blue lunchbox labelled [[PERSON:OLIVIA K.]] and a Year 3 jumper with [[PERSON:Ethan Barzani]] written on the tag. Please collect from the office.""",
    """I worked with [[PERSON:Bongani]] at the [[LOCATION:Pietermaritzburg]] branch from [[DATE_TIME:March 2019]] to [[DATE_TIME:August 2023]] and can honestly say he's the most reliable stock controller I've managed. — [[PERSON:Charmaine van Wyk]], [[PHONE_NUMBER:082 551 3049]]""",
    """[[PERSON:aisha bello]]'s sick note says "unfit for duty [[DATE_TIME:10/02/25]] – [[DATE_TIME:14/02/25]], viral gastroenteritis" and is signed by [[PERSON:Dr. A. Musa]] of the [[LOCATION:Kaduna]] general hospital.""",
    """Final pay for [[PERSON:Connor McAllister]] (staff no. [[ID_NUMBER:E104472]]) will be processed after his last day on [[DATE_TIME:28 Feb]]; post the P45 to [[ADDRESS:Flat 2/1, 44 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UP]].""",
    """Congratulations to [[PERSON:Nguyễn Văn An]] and [[PERSON:Priya Ramaswamy]], who were sworn in as [[NRP:Australian]] citizens at the [[LOCATION:Footscray]] ceremony on [[DATE_TIME:26 January]].""",
    """My car ([[ID_NUMBER:KA 05 MN 4471]]) was hit while parked outside my building in [[LOCATION:Koramangala]], [[LOCATION:Bengaluru]]. I'm [[PERSON:Kavya Reddy]], policy 3002/81744/00, and you can call me on [[PHONE_NUMBER:+91 98450 33712]].""",
    """Security alert: the account [[EMAIL_ADDRESS:ben.adler@outlook.com]] was signed in from [[IP_ADDRESS:185.220.101.46]] at [[DATE_TIME:03:12 UTC on 6 May]]. If this wasn't you, [[PERSON:Ben]], reset your password now.""",
    """The offshore vendor wants us to whitelist [[PERSON:Rajesh Iyer]]'s home IP [[IP_ADDRESS:49.207.183.62]] for the weekend cutover; he's on call from [[DATE_TIME:Saturday 8 November, 22:00 IST]] and his number is [[PHONE_NUMBER:+91 99001 27384]].""",
    """Contract extension for [[PERSON:Olamide Bakare]], freelance iOS developer: new end date [[DATE_TIME:31 December 2025]], rate unchanged. Please countersign and return to [[PERSON:Greta Holm]] at [[EMAIL_ADDRESS:greta.holm@nordsoft-consulting.se]].""",
    """[[PERSON:Таццяна Жук]], [[AGE:34]] гады, была на прыёме ў тэрапеўта [[DATE_TIME:14 лютага 2025 г. а 10:20]]; лісток непрацаздольнасці выдадзены да [[DATE_TIME:21 лютага]]. Кантактны тэлефон: [[PHONE_NUMBER:+375 29 684-21-37]].""",
    """Я [[PERSON:Сяргей Навумчык]], індывідуальны прадпрымальнік з [[LOCATION:Гродна]], працую па дамове з аўтсорсінгавай кампаніяй з [[DATE_TIME:1 верасня 2023 г.]] Мой УНП [[ID_NUMBER:591847236]], разліковы рахунак [[IBAN_CODE:BY57 BPSB 3012 1563 3901 0933 0000]].""",
    """Пасылку для [[PERSON:Ганны Лукашэвіч]] трэба даставіць на адрас [[ADDRESS:вул. Кастрычніцкая, 16, кв. 42]], [[LOCATION:Мінск]], [[ZIP_CODE:220030]]; калі яе не будзе дома, тэлефануйце [[PHONE_NUMBER:+375 (44) 712-50-93]].""",
    """Мытную дэкларацыю на партыю малдаўскага віна падпісаў [[PERSON:Андрэй Кірыленка]] [[DATE_TIME:3 сакавіка]], але нумар пашпарта [[ID_NUMBER:MP3456782]] у ёй пазначаны з памылкай, таму патэлефануйце яму на [[PHONE_NUMBER:8 029 318 44 07]].""",
    """Bună ziua, sunt [[PERSON:Vasile Cojocaru]] de la o cramă din [[LOCATION:Cricova]]. Vă rog să-mi trimiteți factura proformă pentru lotul spre [[LOCATION:Polonia]] pe [[EMAIL_ADDRESS:v.cojocaru@vinuri-cricova.md]]; pentru întrebări mă găsiți la [[PHONE_NUMBER:069 845 213]].""",
    """Pacienta [[PERSON:Natalia Munteanu]], IDNP [[ID_NUMBER:2003004129573]], a primit certificat de concediu medical seria MA nr. 0418327 pentru perioada [[DATE_TIME:3 martie]] – [[DATE_TIME:12 martie 2025]], eliberat de medicul de familie [[TITLE:dr.]] [[PERSON:Ion Lungu]].""",
    """Dau în chirie apartamentul meu cu două camere din [[ADDRESS:bd. Dacia 27, ap. 15]], [[LOCATION:Chișinău]], începând cu [[DATE_TIME:1 octombrie]]. Sunați-o pe [[PERSON:Elena]] la [[PHONE_NUMBER:+373 79 412 336]], doar seara.""",
    """[[TITLE:Domnul]] [[PERSON:Igor Sârbu]], născut la [[DATE_TIME:07.11.1976]] în [[LOCATION:Bălți]], solicită transferul pensiei pe contul [[IBAN_CODE:MD46 MO22 24AS V412 3685 5100]] începând cu luna viitoare.""",
]

BENCH = [
    # ai4privacy-like
    """Dear [[PERSON:Mrs. Ottilie Brekke]], as Lead Solutions Architect at our [[LOCATION:Norwich]] branch you are asked to confirm the transfer of £4,210.00 from [[IBAN_CODE:GB21NWBK56003184660927]] (BIC NWBKGB2L), which was initiated from [[IP_ADDRESS:193.62.14.88]] on a device with MAC 3c:22:fb:91:0e:47.""",
    """[[PERSON:Ms. Tallulah Okonkwo-Reyes]], [[AGE:47]], residing at [[ADDRESS:3318 Quigley Meadow Apt. 912]], [[LOCATION:Port Dessiemouth]], [[ZIP_CODE:48213-0722]] - your Mastercard [[CREDIT_CARD:5186197478659658]] (exp 09/27, CVV 441) was flagged for a purchase at an online pharmacy. Please call us back from [[PHONE_NUMBER:+1-313-826-0846]].""",
    """Chief Implementation Agent [[PERSON:Kendrick Volkov]] (username [[USERNAME:kvolkov_88]], password Tz!9qLm#4) logged into the customer portal from [[IP_ADDRESS:2a01:4b00:86d3:2e00:b1c4:77ff:fe1a:9c20]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 at [[DATE_TIME:11:42 PM on 03/14/2024]].""",
    """Hi [[PERSON:Garret]], about the seminar on data ethics in [[LOCATION:North Amayaville]]: to finish your registration we need your date of birth ([[DATE_TIME:December 4th, 1979]]), your gender (male) and a delivery address for the course pack - is [[ADDRESS:7720 Harvey Crossroad, Suite 340]], [[LOCATION:Coloradoshire]] still correct?""",
    """Transaction alert for account [[ID_NUMBER:71930482]] held by [[PERSON:Anneliese Kutch]]: a card payment of $1,284.19 with the Discover [[CREDIT_CARD:6011 4653 1098 3522]] was made from [[IP_ADDRESS:73.162.88.5]]. If this wasn't you, call the number on the back of your card; we will never ask for your PIN (8841).""",
    """Patient [[PERSON:Jaxon Whitlock-Amadi]] (male, [[AGE:62]]) of [[LOCATION:South Elwynberg]], [[LOCATION:County Kerry]] reported chest pain after exertion; his physician, [[PERSON:Dr. Imelda Varga]], asks that the cardiology report be emailed to [[EMAIL_ADDRESS:imelda.varga.md@gmail.com]] before his review on [[DATE_TIME:6/17/2025]].""",
    """As per the outsourcing agreement, Senior Branding Developer [[PERSON:Ximena Lozano]] will access the client VPN from [[IP_ADDRESS:181.47.203.16]] (MAC a4:5e:60:c2:19:7b). Her laptop serial C02XK1JHJG5J and her staff ID [[ID_NUMBER:EMP-77310]] must be registered before she starts on [[DATE_TIME:29th July]].""",
    """[[PERSON:Mx. River Castellanos]], the [[AGE:29]]-year-old Forward Accounts Liaison, has moved from [[ADDRESS:514 Beier Stravenue]] to [[ADDRESS:Flat 6, 90 Conroy Walk]], [[LOCATION:East Hermina]], [[LOCATION:Cheshire]] [[ZIP_CODE:CW9 7AB]]. Please update the payroll IBAN to [[IBAN_CODE:GB95BUKB20198774105532]] and the BIC to BUKBGB22.""",
    """Payment declined: JCB card [[CREDIT_CARD:3530 0788 9740 0718]], expiry 02/26, CVV 719, cardholder [[PERSON:Haruki Tanabe]], billing address [[ADDRESS:2-14-9 Kichijoji Honcho]], [[LOCATION:Musashino-shi]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]]. Reason: address mismatch.""",
    """Student [[PERSON:Ikaika Kahananui]] (ID [[ID_NUMBER:S-20418833]]), born [[DATE_TIME:2006-02-11]], has been enrolled in the Marine Biology track; the guardian, [[PERSON:Leilani Kahananui]], can be reached at [[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]] or [[PHONE_NUMBER:808.421.0193]].""",
    """Customs Compliance Strategist [[PERSON:Dorin Țurcan]] confirmed that the excise stamps for 12,000 bottles were collected from the bonded store; the duty was paid from [[IBAN_CODE:MD51EX000022512340078811]] (SWIFT EXMMMD22) by [[PERSON:Svetlana Bodrug]], reachable on [[PHONE_NUMBER:+37360112874]], on [[DATE_TIME:4 April 2025]].""",
    """Reminder for [[PERSON:Mr. Ezekiel Adebayo-Price]]: your fit note runs out on [[DATE_TIME:Friday 25th April]]. To request a new one, log in as [[USERNAME:ezekiel.ap]] from your registered device ([[IP_ADDRESS:81.107.39.220]]) or call in at the surgery; we still have your address as [[ADDRESS:48 Coldharbour Lane]], [[LOCATION:Brixton]], [[ZIP_CODE:SW9 8PR]].""",
    """Greetings [[PERSON:Prof. Henrik Aaltonen]], we received your application for the Global Integration Consultant role. Kindly confirm your SSN [[US_SSN:531-84-2267]] and your current address, [[ADDRESS:901 Rempel Fork]], [[LOCATION:Lake Jovanyfurt]], [[LOCATION:WA]] [[ZIP_CODE:98104]], so that the background check can proceed.""",
    """The temple committee thanks [[PERSON:Sunil Wickramasinghe]], a devout [[NRP:Buddhist]], and [[PERSON:Nayomi Perera]] for their donation of $500 by card [[CREDIT_CARD:4024 0076 8575 7584]]; tax receipts will be posted to [[ADDRESS:12/4 Dandenong Rd]], [[LOCATION:Clayton]] [[LOCATION:VIC]] [[ZIP_CODE:3168]].""",
    """Account holder: [[PERSON:Babatunde Oyelaran]]; DOB: [[DATE_TIME:1985/10/30]]; account no. [[ID_NUMBER:0123948571]]; BVN [[ID_NUMBER:22471903856]]; phone [[PHONE_NUMBER:0805 311 7429]]; last login [[DATE_TIME:2025-03-18 07:44:09]] from [[IP_ADDRESS:105.112.64.9]] (Opera Mini/android).""",
    """Vehicle [[ID_NUMBER:BD51 SMR]] (VIN WVWZZZ1KZ8W123456) was sold by [[PERSON:Cerys Pritchard]] to [[PERSON:Mohammed Al-Farsi]] on [[DATE_TIME:03/09/2024]]; the buyer's driving licence number is [[ID_NUMBER:ALFAR710228M99XK]] and the seller's new address is [[ADDRESS:6 Bryn Road]], [[LOCATION:Aberystwyth]].""",
    """Contractor onboarding: [[PERSON:Siddharth Venkataraman]], Principal Mobility Engineer, age [[AGE:33]], home [[ADDRESS:No. 14, 3rd Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]. Pay in INR to A/C [[ID_NUMBER:50100248719362]] (IFSC HDFC0001234); Aadhaar [[ID_NUMBER:7392 0184 6574]].""",
    """Hello [[PERSON:Bianca Moraru]], thank you for ordering 24 bottles of Rară Neagră. The courier will deliver to [[ADDRESS:Calea Orheiului 113/2, ap. 58]], [[LOCATION:Chișinău]] between 10:00 and 14:00 on [[DATE_TIME:22.05.2025]]; please have your ID card ([[ID_NUMBER:0982015032183]]) ready to show you are over 18.""",
    """Our records show that [[PERSON:Tobias Grünewald]] ([[EMAIL_ADDRESS:t.gruenewald@posteo.de]]) settled the invoice from [[IBAN_CODE:DE50 2004 1155 0837 2645 19]]; his tax ID [[ID_NUMBER:47 036 892 816]] and address [[ADDRESS:Lindenstraße 42]], [[ZIP_CODE:20095]] [[LOCATION:Hamburg]] were verified by our Dynamic Quality Officer on [[DATE_TIME:02.06.2025]].""",
    """Travel claim upload: employee [[PERSON:Ngozi Eze]], staff number [[ID_NUMBER:HR-40992]], away on site visits from [[DATE_TIME:7 Jan 2025]] to [[DATE_TIME:10 Jan 2025]]; receipts uploaded from [[IP_ADDRESS:197.210.54.181]] with Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36.""",
    """[[TITLE:Sister]] [[PERSON:Mary Catherine Fitzgibbon]], principal of St Brigid's National School, please confirm that the refund of €312.50 should go to [[IBAN_CODE:IE30 AIBK 9333 8471 2509 63]] and not to the account ending 0963 you used last year.""",
    """username: [[USERNAME:gwen.ashby]] / password: Winter2025!! / memorable word: Roxy / mobile [[PHONE_NUMBER:+44 7911 203 448]] / IP [[IP_ADDRESS:92.40.176.12]] - this is what [[PERSON:Gwen Ashby]] pasted into the public forum by mistake on [[DATE_TIME:8 March]].""",
    """[[TITLE:Capt.]] [[PERSON:Rafael Montenegro]], [[NRP:Filipino]], seafarer's book [[ID_NUMBER:C0417782]], signed on at the port of [[LOCATION:Rotterdam]] on [[DATE_TIME:18/02/2025]]; allotment to his wife [[PERSON:Marites Montenegro]] in [[LOCATION:Iloilo City]] via card [[CREDIT_CARD:4526 0181 5908 3012]].""",
    """The IT outsourcing vendor confirmed that QA Architect [[PERSON:Oksana Melnyk]] ([[EMAIL_ADDRESS:oksana.melnyk@ukr.net]], [[PHONE_NUMBER:+380 67 412 5093]]) will bill from [[IBAN_CODE:UA743052990000026007233566001]] as a private entrepreneur, tax number [[ID_NUMBER:3145608248]], from [[DATE_TIME:1 April 2025]].""",
    """To: [[PERSON:Ms. Lindiwe Nkosi]] | Re: claim for hospital cash benefit | Admission [[DATE_TIME:03 Mar 2025]], discharge [[DATE_TIME:07 Mar 2025]] | ID [[ID_NUMBER:7511035809085]] listed on the form belongs to a male member, please resubmit with your own ID and the account at [[ADDRESS:PO Box 1182]], [[LOCATION:Pinetown]], [[ZIP_CODE:3600]].""",
    """Wine club renewal for [[PERSON:Beatrix Fennimore]]: 12 bottles per quarter, shipping to [[ADDRESS:88 Sutter Creek Rd]], [[LOCATION:Healdsburg]], [[LOCATION:California]] [[ZIP_CODE:95448]]; Amex [[CREDIT_CARD:3431 948757 49118]], exp 11/28. Birthday ([[DATE_TIME:Feb 2, 1966]]) on file for the 21+ check.""",
    """[[TITLE:Спадарыня]] [[PERSON:Вольга Мельнік]], [[AGE:41]] год, праграміст-кантрактар, пражывае па адрасе [[ADDRESS:пр-т Незалежнасці, 95, кв. 17]], [[LOCATION:Мінск]], [[ZIP_CODE:220012]]; увайшла ў партал з [[IP_ADDRESS:178.124.166.40]] як [[USERNAME:olga.melnik]] і пацвердзіла рахунак [[IBAN_CODE:BY22 ALFA 3012 2B81 5200 1027 0000]].""",
    """Stimate [[TITLE:dle]] [[PERSON:Andrei Popescu]], în calitate de Manager Export la crama din [[LOCATION:Ștefan Vodă]], vă rugăm să confirmați transferul de 7 450 EUR din contul [[IBAN_CODE:MD65FT000022513578201004]] (BIC FTMDMD2X), inițiat de la adresa IP [[IP_ADDRESS:89.28.47.113]] pe [[DATE_TIME:12.06.2025, ora 16:20]].""",
    # gretel-like documents
    """INSURANCE CLAIM FORM - MOTOR
Claim reference: CLM-2025-118274
Policyholder: [[PERSON:Marguerite Okonjo]]
Policy number: MTR-77-4410392
Date of birth: [[DATE_TIME:14/06/1971]]
Address: [[ADDRESS:88 Whitehorse Road]], [[LOCATION:Croydon]], [[ZIP_CODE:CR0 2JA]]
Telephone: [[PHONE_NUMBER:020 8681 4473]]
Date and time of incident: [[DATE_TIME:02/04/2025, approx. 17:50]]
Third party driver: [[PERSON:Desmond Achterberg]], vehicle registration [[ID_NUMBER:GN68 KTV]]
Description: The third party reversed out of a parking bay into the rear nearside door of the insured vehicle.""",
    """CONSULTANCY AGREEMENT
This Agreement is made on [[DATE_TIME:3 March 2025]] between Brightline Digital Ltd (company no. 11842376) ("the Client") and [[PERSON:Aleksandra Nowak]], trading as AN Data Services, of [[ADDRESS:Flat 11, 7 Marlowe Court]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 4QT]] ("the Consultant").
1. The Consultant shall provide data engineering services from [[DATE_TIME:10 March 2025]] to [[DATE_TIME:9 September 2025]].
2. Fees of GBP 575 per day are payable to the Consultant's account [[IBAN_CODE:PL16 1140 2004 0000 3102 4721 8591]] within 30 days of a valid invoice.
3. The Consultant is responsible for her own tax and National Insurance (NI number [[ID_NUMBER:SX 62 04 17 B]]).""",
    """PATIENT INTAKE - Lakeside Community Clinic
Name: [[PERSON:Guadalupe Santillán]]    Sex: F    Age: [[AGE:52]]
DOB: [[DATE_TIME:March 9, 1973]]
Address: [[ADDRESS:4410 W Indian School Rd, Unit 208]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85031]]
Phone: [[PHONE_NUMBER:(602) 739-0147]]    Email: [[EMAIL_ADDRESS:lupe.santillan@hotmail.com]]
Insurance member ID: [[ID_NUMBER:AZM408817263]]
Primary care physician: [[PERSON:Dr. Kenji Watanabe]]
Reason for visit: persistent cough for 3 weeks; requests a work excuse note.
Visit date: [[DATE_TIME:05/12/2025]]""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Thandiwe Dlamini]]    ID number: [[ID_NUMBER:9307260124086]]
Date of birth: [[DATE_TIME:26 July 1993]]    Marital status: single
Residential address: [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Sunnyside]], [[LOCATION:Pretoria]], [[ZIP_CODE:0002]]
Cell: [[PHONE_NUMBER:072 418 9305]]    Email: [[EMAIL_ADDRESS:thandi.dlamini93@gmail.com]]
Employer: Netcare    Occupation: Registered nurse
Gross monthly income: R38 400
Bank: FNB, account no. [[ID_NUMBER:62847193055]], branch code 250655
Amount requested: R75 000 over 36 months""",
    """NOTICE TO VACATE
To: [[PERSON:Leroy Castellano]] and [[PERSON:Dana Castellano]]
Premises: [[ADDRESS:2750 Ridgeway Blvd, Apt 14C]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]
You are hereby notified that your month-to-month tenancy of the above premises will terminate on [[DATE_TIME:August 31, 2025]], and you are required to vacate and surrender possession on or before that date.
Landlord: [[PERSON:Beatrice Hollingsworth]], tel. [[PHONE_NUMBER:614-382-0954]]
Served on [[DATE_TIME:July 1, 2025]] by posting on the door and by first-class mail.""",
    """EXPORT SALES CONTRACT No. 14/2025
Seller: Vinăria Codru Verde SRL, IDNO 1012600034817, represented by its director [[PERSON:Mihai Botnaru]] (passport [[ID_NUMBER:B01428573]]).
Buyer: Baltic Wine Import OÜ, [[LOCATION:Tallinn]], represented by [[PERSON:Kristjan Tamm]], member of the board.
Goods: 18,000 bottles of dry red wine (Merlot, Cabernet Sauvignon), vintage 2022.
Delivery: FCA [[LOCATION:Chișinău]], not later than 30 days after the advance payment.
Contact for documents: [[PERSON:Cristina Guțu]], [[EMAIL_ADDRESS:cristina.gutu@codruverde.md]], [[PHONE_NUMBER:+373 68 304 221]].
Signed in [[LOCATION:Chișinău]] on [[DATE_TIME:17 March 2025]] by [[PERSON:M. Botnaru]] and [[PERSON:K. Tamm]].""",
    """NOTICE OF SEIZURE
Reference: SZ/DVR/2025/00412
Name: [[PERSON:Mr. Stelian Popa]]
Date of birth: [[DATE_TIME:22/10/1980]]
Nationality: [[NRP:Moldovan]]
Passport number: [[ID_NUMBER:AB0917345]]
Date of seizure: [[DATE_TIME:9 May 2025]]    Place: Dover Eastern Docks
Goods seized: 216 litres of still wine in excess of guidance levels; vehicle [[ID_NUMBER:CNV 417]] (MD)
You may ask for a review of this decision within 30 days of the date of this notice.""",
    """Statement of Fitness for Work
Patient's name: [[PERSON:Mrs. Bethany Oduya]]
Date of birth: [[DATE_TIME:11/11/1986]]
I assessed your case on: [[DATE_TIME:16/06/2025]]
and, because of the following condition(s): post-viral fatigue
I advise you that: you are not fit for work.
This will be the case from [[DATE_TIME:16/06/2025]] to [[DATE_TIME:13/07/2025]].
I will need to assess your fitness for work again at the end of this period.
Doctor's signature: [[PERSON:Dr. R. Chakraborty]]
Date of statement: [[DATE_TIME:16/06/2025]]""",
    """SUMMONS TO APPEAR
Case No. 2025-CV-004418
[[PERSON:Gideon Ashworth-Bell]], Plaintiff, v. [[PERSON:Ruth Ellen Marchetti]], Defendant.
To the Defendant: You are hereby summoned to appear at a hearing on [[DATE_TIME:October 20, 2025 at 9:00 a.m.]] Your last known address is [[ADDRESS:1121 Pecan Hollow Dr]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]].
Attorney for Plaintiff: [[PERSON:Samira Haddad]], State Bar No. 24087715, [[EMAIL_ADDRESS:shaddad@haddadlaw.com]]""",
    """ACCOUNT STATEMENT (extract)
Account holder: [[PERSON:Ciarán Ó Súilleabháin]]
Address: [[ADDRESS:Apt 3, The Maltings, 14 Bridge Street]], [[LOCATION:Kilkenny]], [[ZIP_CODE:R95 XK27]]
IBAN: [[IBAN_CODE:IE48 BOFI 9000 1729 3845 12]]    BIC: BOFIIE2D
Statement period: 01/05/2025 - 31/05/2025
02/05  SEPA credit - salary                  +3,412.80
09/05  Card 4492 - Tesco Kilkenny              -86.14
21/05  Standing order to [[PERSON:A. Ní Bhriain]] (rent)  -1,150.00""",
    """HOTEL REGISTRATION CARD
Guest name: [[PERSON:Dr. Yaw Boateng]]
Nationality: [[NRP:Ghanaian]]    Passport: [[ID_NUMBER:G2714893]]
Home address: [[ADDRESS:House No. 22, Kofi Annan Street]], [[LOCATION:Airport Residential Area]], [[LOCATION:Accra]]
Arrival: [[DATE_TIME:14 Sep 2025 22:10]]    Departure: [[DATE_TIME:18 Sep 2025]]
Room: 1412    Rate: corporate
Mobile: [[PHONE_NUMBER:+233 24 419 8830]]
Card guarantee: Visa [[CREDIT_CARD:4661 3186 0913 9090]], exp 07/28
Guest signature: ____________""",
    """IR35 STATUS DETERMINATION STATEMENT
Worker: [[PERSON:Femi Adewale-Hart]]
Worker's personal service company: FAH Software Ltd (company no. 13390287)
Engagement: Senior DevOps Engineer, cloud migration programme, via agency
Start date of engagement: [[DATE_TIME:6 January 2025]]
Determination: inside IR35
Reasons: the client directs how, when and where the work is done; no right of substitution.
Date of determination: [[DATE_TIME:20 December 2024]]
The worker may dispute this determination by writing to [[PERSON:Helen Rourke]], Head of Contingent Labour, within 45 days.""",
    """REFERRAL LETTER
To: [[PERSON:Dr. Priyanka Menon]], Dermatology Outpatients
Re: [[PERSON:Mr. Lachlan Fraser]], DOB [[DATE_TIME:30/01/1964]], NHS no. [[ID_NUMBER:401 023 2137]]
Address: [[ADDRESS:9 Craigleith Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 3JN]]
Dear [[PERSON:Dr. Menon]],
Thank you for seeing this [[AGE:61]]-year-old retired joiner with a changing pigmented lesion on his left shoulder, first noticed by his wife in [[DATE_TIME:April]]. I would be grateful for an urgent assessment.
Yours sincerely,
[[PERSON:Dr. Fiona McLeod]]""",
    """LABORATORY REPORT
Patient: [[PERSON:ADEBAYO, Olumide]]    MRN: [[ID_NUMBER:7734019]]
DOB: [[DATE_TIME:1990-12-03]]    Sex: M
Collected: [[DATE_TIME:2025-02-17 08:12]]    Reported: 2025-02-17 15:40
Ordering clinician: [[PERSON:Dr. S. Balogun]]
Test                 Result   Units    Ref. range
Haemoglobin          13.9     g/dL     13.0-17.0
WBC                  11.8  H  10^9/L   4.0-11.0
CRP                  24    H  mg/L     <5
Comment: results phoned to [[PERSON:Nurse Adaeze]] on the ward.""",
    """CLAIM FOR REPAYMENT OF EXCISE DUTY
Claimant: [[PERSON:Rosalind Achebe]], sole trader, trading as Achebe Fine Wines
Personal tax reference (UTR): [[ID_NUMBER:53817 40926]]
Home address: [[ADDRESS:31 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HB]]
Goods: 2 pallets of Moldovan sparkling wine, duty paid on import and later re-exported to [[LOCATION:Norway]]
Date of re-export: 11/04/2025
Amount claimed: £4,318.62
Repayment to: [[IBAN_CODE:GB03 MIDL 4005 1562 8374 01]]
Declaration signed on [[DATE_TIME:28 April 2025]].""",
    """DEED OF TRANSFER
Transferor: [[PERSON:Vusumuzi Ndlovu]] (identity number [[ID_NUMBER:9012076341086]]), born [[DATE_TIME:7 December 1990]], unmarried
Transferee: [[PERSON:Anjali Naidoo]] (identity number [[ID_NUMBER:9211200183089]]), married out of community of property
Property: Erf 4417, [[LOCATION:Umhlanga Rocks]], measuring 612 square metres, known as [[ADDRESS:23 Lagoon Drive]]
Purchase price: R2 950 000
Signed at [[LOCATION:Durban]] on [[DATE_TIME:5 August 2025]].""",
    """POLICE INCIDENT REPORT
Incident no.: 25/118843
Reporting person: [[PERSON:Keira O'Donoghue]], [[AGE:24]], of [[ADDRESS:15 Seaview Park]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]]
Contact: [[PHONE_NUMBER:087 612 4390]]
Date/time reported: [[DATE_TIME:Sat 19/07/2025 23:35]]
Details: reporting person states her bicycle was taken from outside the train station. A man described as 20-25, tall, grey hoodie, was seen on CCTV. Suspect identified later as [[PERSON:Darren Kehoe]], DOB [[DATE_TIME:04/05/2002]].""",
    """INCOME WITHHOLDING ORDER
Employee/Obligor: [[PERSON:Marcus T. Jefferson]]
SSN: [[US_SSN:283-41-7790]]    DOB: [[DATE_TIME:07/22/1983]]
Custodial party: [[PERSON:LaToya Jefferson]]
Child(ren): [[PERSON:Jaylen Jefferson]], DOB [[DATE_TIME:03/15/2013]]
Employer: Midwest Freight Inc., Payroll Dept.
Amount to withhold: $412.00 per biweekly pay period, beginning no later than [[DATE_TIME:09/01/2025]].""",
    """BENEFICIARY NOMINATION FORM
Member: [[PERSON:Tomás Ferreira]]    Member number: [[ID_NUMBER:SUP-3302917]]
Tax file number: [[ID_NUMBER:876 543 202]]
Beneficiaries:
1. [[PERSON:Ana Paula Ferreira]] (spouse), born [[DATE_TIME:12/09/1979]], 70%
2. [[PERSON:Lucas Ferreira]] (son), born [[DATE_TIME:03/03/2008]], 30%
Witnessed by [[PERSON:Grace Liu]], JP, at [[LOCATION:Geelong]] on [[DATE_TIME:14 July 2025]].""",
    """CUSTOMS POWER OF ATTORNEY (individual importer)
Know all men by these presents that I, [[PERSON:Dominic Ferraro]], an individual, importer number (SSN) [[US_SSN:602-18-4435]], residing at [[ADDRESS:78 Orchard Hill Rd]], [[LOCATION:Sonoma]], [[LOCATION:CA]] [[ZIP_CODE:95476]], hereby appoint Pacific Gateway Customs Brokers as my agent to clear shipments of wine from [[LOCATION:Moldova]] and [[LOCATION:Georgia]].
Signed: [[PERSON:D. Ferraro]]    Date: [[DATE_TIME:06/30/2025]]""",
    """ACADEMIC TRANSCRIPT
Student: [[PERSON:Xu Mingyu]]    Student no.: [[ID_NUMBER:z5281947]]
Date of birth: [[DATE_TIME:21 Nov 2001]]    Program: Bachelor of Engineering (Software)
Term 1 2023    COMP1511  Programming Fundamentals    DN 78
Term 1 2023    MATH1131  Mathematics 1A              CR 68
Term 2 2023    COMP1531  Software Engineering        HD 88
Issued to [[EMAIL_ADDRESS:mingyu.xu01@gmail.com]] on request of the student.""",
    """ЛІСТОК НЕПРАЦАЗДОЛЬНАСЦІ (выпіска)
Серыя ЛН № 4418207
Пацыент: [[PERSON:Каваленка Аляксандр Пятровіч]]
Ідэнтыфікацыйны нумар: [[ID_NUMBER:3150384H012PB0]]
Дата нараджэння: [[DATE_TIME:15.03.1984]]
Месца працы: ТАА «Сафтклауд», інжынер-праграміст
Вызвалены ад працы з [[DATE_TIME:02.06.2025]] па [[DATE_TIME:09.06.2025]]
Урач: [[PERSON:Шчэрба Мікалай Іванавіч]]
Стаць да працы: [[DATE_TIME:10.06.2025]]""",
    """МЫТНАЯ ДЭКЛАРАЦЫЯ (фізічная асоба)
Дэкларант: [[PERSON:Юлія Бародзіч]]
Пашпарт: [[ID_NUMBER:HB2087416]], асабісты нумар [[ID_NUMBER:4110595B017PB4]]
Адрас: [[ADDRESS:вул. Леніна, 48, кв. 7]], [[LOCATION:Віцебск]], [[ZIP_CODE:210015]]
Пункт пропуску: Брэст-Цэнтральны
Тавары: віно чырвонае, 6 бутэлек па 0,75 л; каньяк, 2 бутэлькі
Дата ўезду: [[DATE_TIME:23.08.2025]]
Подпіс дэкларанта: [[PERSON:Ю. Бародзіч]]""",
    """CERTIFICAT MEDICAL nr. 118
Eliberat pacientului [[PERSON:Rusu Maria]], IDNP [[ID_NUMBER:2001048273614]], domiciliat(ă) în [[ADDRESS:str. Mihai Eminescu 48, ap. 3]], [[LOCATION:Orhei]], [[ZIP_CODE:MD-3505]].
Data nașterii: [[DATE_TIME:19.04.1969]]
Diagnostic: hipertensiune arterială gr. II.
Se recomandă concediu medical de la [[DATE_TIME:05.05.2025]] până la [[DATE_TIME:16.05.2025]].
Medic de familie: [[TITLE:dr.]] [[PERSON:Tatiana Vrabie]]
Tel. pacient: [[PHONE_NUMBER:0235 2 48 17]]""",
    """CERERE DE CREDIT DE CONSUM
Solicitant: [[PERSON:Victor Lungu]]
IDNP: [[ID_NUMBER:0976011128430]]
Data nașterii: [[DATE_TIME:02 februarie 1981]]
Adresa: [[ADDRESS:str. Alba Iulia 75/3, ap. 112]], [[LOCATION:mun. Chișinău]], [[ZIP_CODE:MD-2071]]
Telefon mobil: [[PHONE_NUMBER:+373 78 551 903]]    E-mail: [[EMAIL_ADDRESS:victor.lungu81@mail.ru]]
Locul de muncă: operator IT, contract de prestări servicii
Venit lunar: 21 500 MDL
Cont curent pentru debitare: [[IBAN_CODE:MD04 VI00 0002 2245 6120 9803]]
Semnătura: [[PERSON:V. Lungu]]    Data: [[DATE_TIME:18.07.2025]]""",
    # Nemotron-like
    """{"user_id": 88417, "full_name": "[[PERSON:Imani Haddad-Brooks]]", "email": "[[EMAIL_ADDRESS:imani.hb@icloud.com]]", "phone": "[[PHONE_NUMBER:+1 (917) 402-8836]]", "dob": "[[DATE_TIME:1992-05-27]]", "address": {"street": "[[ADDRESS:218 W 112th St, Apt 5R]]", "city": "[[LOCATION:New York]]", "state": "[[LOCATION:NY]]", "zip": "[[ZIP_CODE:10026]]"}, "plan": "premium", "last_login": "[[DATE_TIME:2025-06-11T21:04:37Z]]", "last_ip": "[[IP_ADDRESS:100.33.18.207]]"}""",
    """203.0.113.9 - - [12/Mar/2025:09:14:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
[[IP_ADDRESS:91.214.55.30]] - [[USERNAME:d.ramirez]] [[[DATE_TIME:12/Mar/2025:09:14:07 +0000]]] "POST /api/v2/invoices HTTP/1.1" 201 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:91.214.55.30]] - [[USERNAME:d.ramirez]] [[[DATE_TIME:12/Mar/2025:09:15:44 +0000]]] "GET /api/v2/orders/4471/items HTTP/1.1" 200 8841 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:2001:67c:2e8:22::c100:68b]] - [[USERNAME:a.kowalczyk]] [[[DATE_TIME:12/Mar/2025:09:16:10 +0000]]] "DELETE /api/v2/sessions HTTP/1.1" 204 0 "-" "python-requests/2.31.0\"""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, email, gp_name, sick_note_until)
VALUES
  ('[[ID_NUMBER:MRN-209914]]', '[[PERSON:Keziah]]', '[[PERSON:Mbatha]]', '[[DATE_TIME:1978-09-14]]', 'F', '[[PHONE_NUMBER:+27 83 617 2204]]', '[[EMAIL_ADDRESS:keziah.mbatha@webmail.co.za]]', '[[PERSON:Dr. P. Govender]]', '[[DATE_TIME:2025-04-30]]'),
  ('[[ID_NUMBER:MRN-209915]]', '[[PERSON:Pieter]]', '[[PERSON:de Klerk]]', '[[DATE_TIME:1969-02-01]]', 'M', '[[PHONE_NUMBER:+27 82 440 9918]]', NULL, '[[PERSON:Dr. P. Govender]]', NULL);""",
    """<?xml version="1.0" encoding="UTF-8"?>
<CustomsDeclaration type="EX1" ref="MD25-EX-0007781">
  <Exporter>
    <Name>Castel Nistru SRL</Name>
    <EORI>MD1003600127845</EORI>
  </Exporter>
  <Declarant>
    <Name>[[PERSON:Cristian Ceban]]</Name>
    <IDNP>[[ID_NUMBER:2002035190466]]</IDNP>
    <Phone>[[PHONE_NUMBER:+373 22 27 45 18]]</Phone>
    <Email>[[EMAIL_ADDRESS:c.ceban.broker@gmail.com]]</Email>
  </Declarant>
  <Goods hs="220421" qty="9600" unit="bottle">Dry white wine, Feteasca Alba, 0.75 l</Goods>
  <Destination>PL</Destination>
  <SignedAt>[[DATE_TIME:2025-05-14T10:32:00+03:00]]</SignedAt>
</CustomsDeclaration>""",
    """# contractors.yaml - offshore squad for Project Northwind
squad: northwind-payments
vendor: Ardent Tech Services Pvt Ltd
members:
  - name: [[PERSON:Harpreet Kaur Sandhu]]
    role: backend lead
    email: [[EMAIL_ADDRESS:harpreet.sandhu@ardent-tech.in]]
    phone: "[[PHONE_NUMBER:+91 98140 22731]]"
    github: [[USERNAME:hksandhu]]
    start: [[DATE_TIME:2025-02-03]]
  - name: [[PERSON:Ravi Chandran]]
    role: qa
    email: [[EMAIL_ADDRESS:ravi.c@ardent-tech.in]]
    github: [[USERNAME:ravic-qa]]
    start: [[DATE_TIME:2025-02-17]]
vpn_allowlist:
  - [[IP_ADDRESS:122.176.48.201]]
  - [[IP_ADDRESS:122.176.48.202]]""",
    """def test_create_customer(client):
    payload = {
        "first_name": "[[PERSON:Wojciech]]",
        "last_name": "[[PERSON:Zieliński]]",
        "email": "[[EMAIL_ADDRESS:wojtek.zielinski@o2.pl]]",
        "iban": "[[IBAN_CODE:PL87109025900000000139461733]]",
        "card": "[[CREDIT_CARD:5348219935181905]]",
        "cvv": "274",
        "birth_date": "[[DATE_TIME:1987-12-19]]",
    }
    resp = client.post("/customers", json=payload)
    assert resp.status_code == 201""",
    """Ticket #INC-448210 | Priority: P2 | Status: Open
Reporter: [[PERSON:Mei-Ling Chua]] ([[EMAIL_ADDRESS:meiling.chua@singnet.com.sg]])
Phone: [[PHONE_NUMBER:+65 9172 4308]]
Summary: Cannot log in to internet banking since yesterday
Description: My account [[USERNAME:mlchua78]] says "locked". I tried from home ([[IP_ADDRESS:116.86.212.19]]) and from my phone. My NRIC is [[ID_NUMBER:T0265913H]] if you need to verify me. I have to pay my rent before [[DATE_TIME:3 June]].
Assignee: L2 Support""",
    """MSH|^~\\&|CLINICSYS|NORTHGATE|HIS|REGIONAL|20250312101544||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:4410297]]^^^NGC^MR||[[PERSON:HENDRICKS]]^[[PERSON:MARGARET]]^[[PERSON:ANNE]]||[[DATE_TIME:19560823]]|F|||[[ADDRESS:42 WATTLE GROVE]]^^[[LOCATION:BALLARAT]]^[[LOCATION:VIC]]^[[ZIP_CODE:3350]]^AU||[[PHONE_NUMBER:(03)53314427]]
PV1|1|O|GP^ROOM3||||[[ID_NUMBER:048812]]^[[PERSON:OKAFOR]]^[[PERSON:CHIDI]]^^^[[TITLE:DR]]""",
    """POST /v1/sick-leave HTTP/1.1
Host: hr-api.internal
Content-Type: application/json

{"employeeId": "[[ID_NUMBER:E-55012]]", "employeeName": "[[PERSON:Olivia Brandt-Sørensen]]", "from": "[[DATE_TIME:2025-09-08]]", "to": "[[DATE_TIME:2025-09-12]]", "certificateRef": "SN-2025-77310", "issuedBy": "[[PERSON:Dr. Jonas Lindholm]]", "contact": "[[PHONE_NUMBER:+45 28 71 44 09]]"}""",
    """[[DATE_TIME:Mar 18 02:11:47]] bastion-01 sshd[22817]: Failed password for [[USERNAME:mkiplagat]] from [[IP_ADDRESS:41.90.64.118]] port 51122 ssh2
[[DATE_TIME:Mar 18 02:11:52]] bastion-01 sshd[22817]: Accepted publickey for [[USERNAME:mkiplagat]] from [[IP_ADDRESS:41.90.64.118]] port 51122 ssh2: ED25519 SHA256:q8Zp1uWk0cJ3bX2f6yLr9V7hTnAe4sDgKm5oQw0Rz1E
Mar 18 02:11:52 bastion-01 systemd-logind[911]: New session 4471 of user mkiplagat.
[[DATE_TIME:Mar 18 02:14:03]] bastion-01 sudo: mkiplagat : TTY=pts/2 ; PWD=/home/mkiplagat ; USER=root ; COMMAND=/usr/bin/systemctl restart payroll-sync""",
    """# .env.staging  (DO NOT COMMIT)
DB_HOST=10.20.4.17
DB_USER=svc_billing
DB_PASS=Lk9#vT2q!
ADMIN_CONTACT_NAME="[[PERSON:Rowan Aldridge]]"
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:rowan.aldridge@gmail.com]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+44 7700 318 902]]
TEST_CARD=[[CREDIT_CARD:4049746507529173]]
TEST_CARD_CVV=512
SENTRY_DSN=https://8f41c2d9e0b74a6f@o44718.ingest.sentry.io/5512""",
    """{
  "data": {
    "seller": {
      "id": "slr_01HX7K2M",
      "displayName": "[[PERSON:Ebere Nwachukwu]]",
      "handle": "[[USERNAME:ebere.codes]]",
      "country": "[[LOCATION:Nigeria]]",
      "taxId": "[[ID_NUMBER:20948137-0001]]",
      "payout": {"method": "card", "cardNumber": "[[CREDIT_CARD:5196 0308 2462 8192]]", "expiry": "10/27"},
      "onboardedAt": "[[DATE_TIME:2024-11-04T08:30:00Z]]",
      "portfolio": "[[URL:https://ebere.dev]]"
    }
  }
}""",
    """Return-Path: <[[EMAIL_ADDRESS:kemal.aydin@hotmail.com]]>
Received: from [[[IP_ADDRESS:78.180.22.141]]] by mx2.mailhost.example with ESMTPSA; Tue, 22 Apr 2025 14:03:51 +0300
From: "[[PERSON:Kemal Aydın]]" <[[EMAIL_ADDRESS:kemal.aydin@hotmail.com]]>
To: "Export Desk" <export@cramavalea.md>
Subject: Re: ordin de plată pentru lotul de Cabernet
Date: [[DATE_TIME:Tue, 22 Apr 2025 14:03:47 +0300]]

Hello, payment sent today from my personal account [[IBAN_CODE:DE14 7605 0101 0012 9477 30]]. Please ship to my brother [[PERSON:Emre]] in [[LOCATION:Izmir]].""",
    """dn: uid=[[USERNAME:pnaidoo]],ou=staff,dc=corp,dc=example
objectClass: inetOrgPerson
cn: [[PERSON:Prakash Naidoo]]
sn: [[PERSON:Naidoo]]
givenName: [[PERSON:Prakash]]
mail: [[EMAIL_ADDRESS:prakash.naidoo@corp.example]]
mobile: [[PHONE_NUMBER:+27 71 203 6654]]
employeeNumber: [[ID_NUMBER:C-100482]]
l: [[LOCATION:Johannesburg]]
description: joined [[DATE_TIME:2025-01-13]], [[LOCATION:Sandton]] office""",
    """commit 9f3c2e1a7d4b8f06e5a2c1d9b7e4f3a2c1d0e9f8
Author: [[PERSON:Ngaio Parata]] <[[EMAIL_ADDRESS:ngaio.parata@gmail.com]]>
Date:   [[DATE_TIME:Wed Jul 9 16:22:41 2025 +1200]]

    fix(payouts): stop logging customer bank details

    Previously the debug log printed the full account number
    (e.g. [[ID_NUMBER:12-3140-0456781-00]]) for every payout.
    Reported-by: [[PERSON:Tama Walker]] <[[EMAIL_ADDRESS:tama@walker.kiwi]]>""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Okafor]];[[PERSON:Chiamaka]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Chiamaka Okafor]]
ORG:Riverside Medical Centre
TITLE:General Practitioner
TEL;TYPE=CELL:[[PHONE_NUMBER:+44 7723 519 084]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:chiamaka.okafor@doctors.org.uk]]
ADR;TYPE=HOME:;;[[ADDRESS:11 Larch Avenue]];[[LOCATION:Leicester]];;[[ZIP_CODE:LE2 3FQ]];[[LOCATION:United Kingdom]]
BDAY:[[DATE_TIME:1983-06-02]]
END:VCARD""",
    """{"shipment_id": "SHP-88213", "incoterm": "DAP", "consignor": "Asconi Winery", "consignee": {"name": "[[PERSON:Hye-jin Park]]", "address": "[[ADDRESS:Unit 1204, 33 Teheran-ro 20-gil]]", "city": "[[LOCATION:Seoul]]", "postal": "[[ZIP_CODE:06236]]", "phone": "[[PHONE_NUMBER:+82 10-4417-2093]]", "personal_customs_code": "[[ID_NUMBER:P481203957716]]"}, "items": [{"sku": "ASC-MRL-2021", "qty": 36}], "declared_value_usd": 612.00}""",
    """UPDATE landlords
SET    iban = '[[IBAN_CODE:NL82RABO0318472956]]',
       email = '[[EMAIL_ADDRESS:s.vanderlinde@ziggo.nl]]',
       rent_eur = 1450.00,
       lease_end = '[[DATE_TIME:2025-10-31]]'
WHERE  landlord_id = 'LL-2231' -- [[PERSON:Sanne van der Linde]], BSN [[ID_NUMBER:274910366]]
  AND  agency = 'LowLands Verhuur BV';""",
    """@Test
fun rejectsExpiredSickNote() {
    val note = SickNote(
        patientName = "[[PERSON:Ilse Vandeputte]]",
        nationalNumber = "[[ID_NUMBER:85.07.30-033.28]]",
        validFrom = LocalDate.parse("[[DATE_TIME:2025-01-06]]"),
        validTo = LocalDate.parse("[[DATE_TIME:2025-01-10]]"),
        doctor = "[[PERSON:Dr. Wouter Claes]]",
    )
    assertFalse(validator.isValid(note, today = LocalDate.parse("2025-03-01")))
}""",
    """<form action="/apply" method="post">
  <input name="fullName" value="[[PERSON:Aroha Ngata]]">
  <input name="dob" value="[[DATE_TIME:14/02/1997]]">
  <input name="email" value="[[EMAIL_ADDRESS:aroha.ngata97@xtra.co.nz]]">
  <input name="mobile" value="[[PHONE_NUMBER:027 561 3084]]">
  <input name="address" value="[[ADDRESS:42 Kowhai Street]]">
  <input name="suburb" value="[[LOCATION:Hamilton East]]">
  <input name="postcode" value="[[ZIP_CODE:3216]]">
  <input name="ird" value="[[ID_NUMBER:073-184-622]]">
  <input type="hidden" name="csrf" value="e3b0c44298fc1c149afbf4c8996fb924">
</form>""",
    """[[[DATE_TIME:2025-04-03 11:20:14,882]]] INFO  auth.service - login ok user=[[EMAIL_ADDRESS:juan.pablo.rios@gmail.com]] ip=[[IP_ADDRESS:190.25.133.72]]
[2025-04-03 11:20:15,101] WARN  kyc.service - document mismatch name="[[PERSON:Juan Pablo Ríos Castaño]]" cedula=[[ID_NUMBER:1.020.447.813]] dob=[[DATE_TIME:1994-08-05]]
[2025-04-03 11:20:15,340] INFO  payouts.worker - batch 8841 queued (37 items)
[2025-04-03 11:20:16,002] ERROR kyc.service - retry exhausted for user=[[EMAIL_ADDRESS:juan.pablo.rios@gmail.com]]""",
    """{"кантрактар": {"імя": "[[PERSON:Дзмітрый Ярашэвіч]]", "асабісты_нумар": "[[ID_NUMBER:3280779E022PB0]]", "дата_нараджэння": "[[DATE_TIME:28.07.1979]]", "тэлефон": "[[PHONE_NUMBER:+375 33 609 44 12]]", "email": "[[EMAIL_ADDRESS:d.yarashevich@tut.by]]", "горад": "[[LOCATION:Магілёў]]", "рахунак": "[[IBAN_CODE:BY26 BLBB 3012 0190 4876 5400 1001]]", "праект": "mobile-banking", "стаўка_usd": 32}}""",
    """<Pacient>
  <NumePrenume>[[PERSON:Guțu Cristina]]</NumePrenume>
  <IDNP>[[ID_NUMBER:0998009371259]]</IDNP>
  <DataNasterii>[[DATE_TIME:1998-03-21]]</DataNasterii>
  <Telefon>[[PHONE_NUMBER:060 337 918]]</Telefon>
  <Adresa>[[ADDRESS:str. Independenței 12, bl. 3, ap. 41]], [[LOCATION:Bălți]], [[ZIP_CODE:MD-3121]]</Adresa>
  <CertificatConcediu serie="MB" numar="0937712"/>
  <Perioada de="[[DATE_TIME:2025-02-10]]" pana="[[DATE_TIME:2025-02-21]]"/>
  <Medic>[[PERSON:Oleg Cebotari]]</Medic>
</Pacient>""",
    """Тыкет #BY-2291 | Кліент: [[PERSON:Алена Стральцова]] | Тэл.: [[PHONE_NUMBER:+375 29 118-40-62]] | Пошта: [[EMAIL_ADDRESS:alena.straltsova@gmail.com]]
Апісанне: не магу зайсці ў асабісты кабінет, лагін [[USERNAME:alena_s]]; апошні ўваход [[DATE_TIME:11.09.2025 а 22:47]] з IP [[IP_ADDRESS:93.84.112.7]]. Прашу разблакаваць.""",
    # generic, mixed manners
    """Trip receipt - rider [[PERSON:Colleen Barrett-Singh]] was picked up at [[ADDRESS:2100 Lyndale Ave S]], [[LOCATION:Minneapolis]] on [[DATE_TIME:Jan 18, 2025 6:52 PM]] by [[PERSON:Abdirahman Warsame]] (Toyota Camry, plate [[ID_NUMBER:KRT 418]]). Charged to Visa ••••2201. Rider device: iPhone15,3; iOS 18.2; IP [[IP_ADDRESS:174.53.201.88]].""",
    """Congratulations [[USERNAME:LunaByte_07]]! The prize of 5,000 gems will be released once [[PERSON:Luna Hernández]]'s guardian, [[PERSON:Rocío Hernández]] ([[EMAIL_ADDRESS:rocio.hdz@gmail.com]]), confirms the account's date of birth, [[DATE_TIME:2012-07-09]], and the shipping address [[ADDRESS:4031 Calle Sombra]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79936]]. Session 3f9a-77c1, MAC 00:1a:2b:8c:4d:e1.""",
    """EMPLOYMENT VERIFICATION
To whom it may concern,
This letter confirms that [[PERSON:Mr. Anand Krishnamurthy]] has been employed by Halcyon Logistics Pty Ltd as a full-time Warehouse Supervisor since [[DATE_TIME:18 October 2021]]. His current annual salary is AUD 82,500.
Employee ID: [[ID_NUMBER:HL-20731]]
Home address on file: [[ADDRESS:3/27 Barrack Street]], [[LOCATION:Bankstown]] [[LOCATION:NSW]] [[ZIP_CODE:2200]]
For verification please contact the HR department on (02) 9790 1100.
[[PERSON:Joanne Pearce]], HR Manager""",
    """FINAL NOTICE - DISCONNECTION
Account name: [[PERSON:Kofi Mensah-Bonsu]]
Customer number: [[ID_NUMBER:300 418 227 9]]
Supply address: [[ADDRESS:Flat 19, Lambert House, 7 Dalton Street]], [[LOCATION:Salford]] [[ZIP_CODE:M6 5QL]]
Amount overdue: £612.40
Unless payment is received, an engineer will attend on [[DATE_TIME:Tuesday 9 September 2025 between 8am and 1pm]] to fit a prepayment meter under warrant.""",
    """CONSENT FOR A MINOR TO TRAVEL
I, [[PERSON:Rukhsana Begum]], mother of [[PERSON:Ayaan Rahman]] (born [[DATE_TIME:05/09/2015]], passport no. [[ID_NUMBER:125839047]]), give my consent for my son to travel to [[LOCATION:Dhaka]] with his father, [[PERSON:Mizanur Rahman]], from [[DATE_TIME:20 December 2025]] to [[DATE_TIME:10 January 2026]].
My address: [[ADDRESS:56 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6RF]]; telephone [[PHONE_NUMBER:07947 218 663]].
Signed: [[PERSON:R. Begum]]    Date: [[DATE_TIME:1 December 2025]]""",
    """TEMPORARY RESIDENT VISA APPLICATION - summary page
Family name: [[PERSON:MUTUA]]    Given name(s): [[PERSON:GRACE WANJIKU]]
Date of birth: [[DATE_TIME:1995-11-23]]    Place of birth: [[LOCATION:Machakos]], [[LOCATION:Kenya]]
Citizenship: [[NRP:Kenyan]]
Passport no.: [[ID_NUMBER:AK0571934]]    National ID: [[ID_NUMBER:31740582]]
Current residence: [[ADDRESS:Apartment B7, Kileleshwa Court, Othaya Road]], [[LOCATION:Nairobi]]
Email: [[EMAIL_ADDRESS:grace.mutua95@gmail.com]]    Phone: [[PHONE_NUMBER:+254 722 418 093]]
Purpose of visit: to attend my sister [[PERSON:Faith]]'s graduation in [[LOCATION:Winnipeg]] on [[DATE_TIME:June 12, 2026]]""",
    """logger.info("refund issued", extra={
    "customer": "[[PERSON:Bartholomew Nakashima-Reid]]",
    "customer_id": "[[ID_NUMBER:CUS-0091827]]",
    "card_last4": "7731",
    "email": "[[EMAIL_ADDRESS:bart.nr@fastmail.com]]",
    "amount": 49.99,
    "ip": "[[IP_ADDRESS:203.45.118.77]]",
})""",
    """<Invoice number="TEL-2025-06-448120" issued="2025-06-30" currency="PHP">
  <Subscriber>
    <Name>[[PERSON:Jericho Manalastas]]</Name>
    <MSISDN>[[PHONE_NUMBER:+63 917 305 4418]]</MSISDN>
    <Address>[[ADDRESS:Blk 12 Lot 7, Camella Homes Springville]]</Address>
    <City>[[LOCATION:Bacoor]]</City>
    <Province>[[LOCATION:Cavite]]</Province>
    <ZIP>[[ZIP_CODE:4102]]</ZIP>
    <TIN>[[ID_NUMBER:412-883-019-000]]</TIN>
  </Subscriber>
  <Plan code="POSTPAID-1299">Unli Data 1299</Plan>
  <AmountDue>1299.00</AmountDue>
</Invoice>""",
]

TABLE = [
    """appt_id,patient_name,dob,phone,site,slot,reason
A-1041,[[PERSON:Harriet Osei]],[[DATE_TIME:1958-03-02]],[[PHONE_NUMBER:0161 496 0732]],Elm Tree,[[DATE_TIME:2025-07-14 09:20]],BP review
A-1042,[[PERSON:Tomasz Kowal]],[[DATE_TIME:1990-11-17]],[[PHONE_NUMBER:07700 900 481]],Elm Tree,[[DATE_TIME:2025-07-14 09:40]],fit note renewal
A-1043,[[PERSON:Bronwyn Hughes]],[[DATE_TIME:1977-06-29]],[[PHONE_NUMBER:07911 328 004]],Parkside,[[DATE_TIME:2025-07-14 10:00]],asthma check
A-1044,[[PERSON:Imran Chaudhry]],[[DATE_TIME:2001-01-08]],[[PHONE_NUMBER:07384 552 190]],Parkside,[[DATE_TIME:2025-07-14 10:20]],follow-up""",
    """name\tcontractor_no\tcountry\tday_rate\tccy\tiban
[[PERSON:Mihai Rotaru]]\t[[ID_NUMBER:CN-3381]]\t[[LOCATION:Romania]]\t420\tEUR\t[[IBAN_CODE:RO45BTRL5879561859999621]]
[[PERSON:Katarzyna Lis]]\t[[ID_NUMBER:CN-3382]]\t[[LOCATION:Poland]]\t390\tEUR\t[[IBAN_CODE:PL14102030175570659656412677]]
[[PERSON:Jonas Berg]]\t[[ID_NUMBER:CN-3390]]\t[[LOCATION:Germany]]\t510\tEUR\t[[IBAN_CODE:DE60120300001095236141]]
[[PERSON:Aurelia Cazacu]]\t[[ID_NUMBER:CN-3395]]\t[[LOCATION:Moldova]]\t350\tEUR\t[[IBAN_CODE:MD26AG447520811386553196]]""",
    """| Member | Member # | Joined | Plan | Mobile |
|---|---|---|---|---|
| [[PERSON:Aaliyah Brooks]] | [[ID_NUMBER:GM-50112]] | [[DATE_TIME:03/02/2024]] | Off-peak | [[PHONE_NUMBER:(713) 480-2261]] |
| [[PERSON:Diego Ramírez]] | [[ID_NUMBER:GM-50127]] | [[DATE_TIME:03/15/2024]] | Premium | [[PHONE_NUMBER:(832) 219-7740]] |
| [[PERSON:Tran Minh Khoa]] | [[ID_NUMBER:GM-50131]] | [[DATE_TIME:04/01/2024]] | Student | [[PHONE_NUMBER:(281) 633-0158]] |""",
    """STUDENT            DOB         YEAR  HOUSE     GUARDIAN_PH
[[PERSON:Ruby Tautahi]]       [[DATE_TIME:2014-05-22]]  Y6    Kauri     [[PHONE_NUMBER:021 339 4072]]
[[PERSON:Liam O'Sullivan]]    [[DATE_TIME:2014-09-03]]  Y6    Rimu      [[PHONE_NUMBER:027 448 1190]]
[[PERSON:Anahera Wilson]]     [[DATE_TIME:2015-01-17]]  Y5    Totara    [[PHONE_NUMBER:022 615 0083]]
[[PERSON:Jun-ho Lee]]         [[DATE_TIME:2014-12-30]]  Y6    Kauri     [[PHONE_NUMBER:027 901 5526]]""",
    """{"ticket": "CS-88120", "customer": "[[PERSON:Ifeoma Chukwu]]", "email": "[[EMAIL_ADDRESS:ifeoma.chukwu@yahoo.co.uk]]", "channel": "chat", "topic": "refund", "csat": 4}
{"ticket": "CS-88121", "customer": "[[PERSON:Lars Petersen]]", "email": "[[EMAIL_ADDRESS:lars.petersen71@gmail.com]]", "channel": "email", "topic": "delivery", "csat": null}
{"ticket": "CS-88122", "customer": "[[PERSON:Mehwish Tariq]]", "email": "[[EMAIL_ADDRESS:mehwish.t@outlook.com]]", "channel": "phone", "topic": "billing", "csat": 2}""",
    """oncall_rotation:
  - week: 2025-W27
    engineer: [[PERSON:Fionnuala Brady]]
    phone: "[[PHONE_NUMBER:+353 86 204 7731]]"
    slack: [[USERNAME:fbrady]]
  - week: 2025-W28
    engineer: [[PERSON:Oscar Lindgren]]
    phone: "[[PHONE_NUMBER:+46 70 318 22 45]]"
    slack: [[USERNAME:oscar.l]]
  - week: 2025-W29
    engineer: [[PERSON:Adebola Ogunleye]]
    phone: "[[PHONE_NUMBER:+44 7451 009 213]]"
    slack: [[USERNAME:adebola]]""",
    """Guest: [[PERSON:Mr. Hiroshi Yamada]]
Room: 804
Check-in: [[DATE_TIME:2025-10-02 15:10]]
Passport: [[ID_NUMBER:TZ1184205]]
Nationality: [[NRP:Japanese]]

Guest: [[PERSON:Mrs. Olga Petrenko]]
Room: 806
Check-in: [[DATE_TIME:2025-10-02 16:45]]
Passport: [[ID_NUMBER:FE427719]]
Nationality: [[NRP:Ukrainian]]

Guest: [[PERSON:Ms. Adwoa Sarpong]]
Room: 811
Check-in: [[DATE_TIME:2025-10-02 21:30]]
Passport: [[ID_NUMBER:G3318074]]
Nationality: [[NRP:Ghanaian]]""",
    """consignee,contact,mobile,email,city,country,cases,incoterm
Nordic Vin AB,[[PERSON:Elin Sjöberg]],[[PHONE_NUMBER:+46 70 410 27 19]],[[EMAIL_ADDRESS:elin.sjoberg@nordicvin.se]],[[LOCATION:Stockholm]],[[LOCATION:Sweden]],240,DAP
Wine Bridge Ltd,[[PERSON:Yuki Tanaka]],[[PHONE_NUMBER:+81 90 3318 4402]],[[EMAIL_ADDRESS:y.tanaka@winebridge.jp]],[[LOCATION:Osaka]],[[LOCATION:Japan]],120,CIF
Vinhos do Leste Lda,[[PERSON:Rui Carvalho]],[[PHONE_NUMBER:+351 912 448 031]],[[EMAIL_ADDRESS:rui.carvalho@vinhosleste.pt]],[[LOCATION:Porto]],[[LOCATION:Portugal]],60,EXW
Red Steppe LLP,[[PERSON:Aigerim Bekova]],[[PHONE_NUMBER:+7 701 522 8190]],[[EMAIL_ADDRESS:a.bekova@redsteppe.kz]],[[LOCATION:Almaty]],[[LOCATION:Kazakhstan]],300,FCA""",
    """sample_id\tpatient\tnhs_no\tcollected\ttest\tresult
S-7731\t[[PERSON:Gwendolyn Price]]\t[[ID_NUMBER:767 776 1224]]\t[[DATE_TIME:14/03/2025 08:05]]\tHbA1c\t48
S-7732\t[[PERSON:Rashid Mahmood]]\t[[ID_NUMBER:417 885 8734]]\t[[DATE_TIME:14/03/2025 08:22]]\tTSH\t2.1
S-7733\t[[PERSON:Alice Thornbury]]\t[[ID_NUMBER:901 411 6497]]\t[[DATE_TIME:14/03/2025 08:40]]\tFBC\tnormal""",
    """| user | name | vendor | source IP | contract_end |
|------|------|--------|-----------|--------------|
| [[USERNAME:ext-pkumar]] | [[PERSON:Pranav Kumar]] | Infosys | [[IP_ADDRESS:103.21.58.14]] | [[DATE_TIME:2025-09-30]] |
| [[USERNAME:ext-mgarcia]] | [[PERSON:Marta García]] | Globant | [[IP_ADDRESS:190.210.44.87]] | [[DATE_TIME:2025-12-31]] |
| [[USERNAME:ext-dvolkova]] | [[PERSON:Daria Volkova]] | EPAM | [[IP_ADDRESS:2a02:a31a:4140:e200::3f]] | [[DATE_TIME:2025-08-15]] |""",
    """CUST_ID   NAME                 ACCOUNT     SORT CODE  OPENED
[[ID_NUMBER:100482]]    [[PERSON:Evelyn Marsh]]         [[ID_NUMBER:41822093]]    20-45-77   [[DATE_TIME:2019-04-11]]
[[ID_NUMBER:100517]]    [[PERSON:Kwabena Asante]]       [[ID_NUMBER:70331948]]    40-12-09   [[DATE_TIME:2021-11-02]]
[[ID_NUMBER:100533]]    [[PERSON:Siân Llewelyn]]        [[ID_NUMBER:12093377]]    30-90-41   [[DATE_TIME:2023-06-19]]""",
    """{"pnr": "K7QXZ2", "pax": "[[PERSON:ADEYEMI]]/[[PERSON:FOLASADE]] [[TITLE:MRS]]", "seat": "14C", "ff_no": "[[ID_NUMBER:BA41720933]]", "passport": "[[ID_NUMBER:A07718324]]", "dob": "[[DATE_TIME:1984-02-16]]"}
{"pnr": "K7QXZ2", "pax": "[[PERSON:ADEYEMI]]/[[PERSON:TOLU]] [[TITLE:MSTR]]", "seat": "14D", "ff_no": null, "passport": "[[ID_NUMBER:A09921457]]", "dob": "[[DATE_TIME:2016-08-30]]"}
{"pnr": "M2RT8P", "pax": "[[PERSON:O'NEILL]]/[[PERSON:CORMAC]] [[TITLE:MR]]", "seat": "22A", "ff_no": "[[ID_NUMBER:EI99301845]]", "passport": "[[ID_NUMBER:PX4471093]]", "dob": "[[DATE_TIME:1975-05-11]]"}""",
    """property: [[ADDRESS:44 Kingsway]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 4FA]]
landlord: Kingsway Lettings
units:
  - unit: [[ADDRESS:Flat 1]]
    tenant: [[PERSON:Grace Oduya]]
    since: [[DATE_TIME:2022-08-01]]
    rent_gbp: 1150
    phone: "[[PHONE_NUMBER:07702 334 518]]"
  - unit: [[ADDRESS:Flat 2]]
    tenant: [[PERSON:Matteo Ricci]]
    since: [[DATE_TIME:2024-01-15]]
    rent_gbp: 1225
    phone: "[[PHONE_NUMBER:07519 006 274]]"
  - unit: [[ADDRESS:Flat 3]]
    tenant: vacant
    since: null
    rent_gbp: 1100""",
    """Owner: [[PERSON:Karen Whitlock]]
Phone: [[PHONE_NUMBER:(02) 6248 3319]]
Pet: Milo (cat, DSH, 7 y)
Next vaccination: [[DATE_TIME:14 Nov 2025]]

Owner: [[PERSON:Sandeep Gill]]
Phone: [[PHONE_NUMBER:0433 871 205]]
Pet: Rani (dog, Labrador, 3 y)
Next vaccination: [[DATE_TIME:2 Dec 2025]]

Owner: [[PERSON:Mele Taufa]]
Phone: [[PHONE_NUMBER:0402 118 664]]
Pet: Coco (rabbit)
Next vaccination: [[DATE_TIME:20 Jan 2026]]""",
    """прозвішча,імя,асабісты_нумар,пасада,тэлефон,горад
[[PERSON:Каваленка]],[[PERSON:Ігар]],[[ID_NUMBER:3170588H027PB8]],распрацоўшчык,[[PHONE_NUMBER:+375 29 771-40-18]],[[LOCATION:Мінск]]
[[PERSON:Зайцава]],[[PERSON:Марына]],[[ID_NUMBER:4220993M011PB1]],тэсціроўшчыца,[[PHONE_NUMBER:+375 44 530-12-96]],[[LOCATION:Барысаў]]
[[PERSON:Ткачук]],[[PERSON:Дзяніс]],[[ID_NUMBER:3091281C004PB8]],DevOps-інжынер,[[PHONE_NUMBER:+375 25 904-33-71]],[[LOCATION:Гомель]]""",
    """nume\tIDNP\ttelefon\tlocalitate\tfuncția\tdata_angajării
[[PERSON:Ion Rotari]]\t[[ID_NUMBER:0984870952815]]\t[[PHONE_NUMBER:069 112 458]]\t[[LOCATION:Cricova]]\toenolog\t[[DATE_TIME:01.03.2018]]
[[PERSON:Aliona Cebanu]]\t[[ID_NUMBER:0972176118767]]\t[[PHONE_NUMBER:079 330 127]]\t[[LOCATION:Ialoveni]]\tcontabil\t[[DATE_TIME:15.09.2020]]
[[PERSON:Petru Grosu]]\t[[ID_NUMBER:0979081200765]]\t[[PHONE_NUMBER:068 904 311]]\t[[LOCATION:Strășeni]]\tdeclarant vamal\t[[DATE_TIME:10.01.2023]]""",
    """| Nr. | Pacient | IDNP | Concediu de la | până la | Certificat |
|---|---|---|---|---|---|
| 1 | [[PERSON:Doina Sandu]] | [[ID_NUMBER:2002177747883]] | [[DATE_TIME:03.02.2025]] | [[DATE_TIME:07.02.2025]] | MA 0418551 |
| 2 | [[PERSON:Sergiu Caraman]] | [[ID_NUMBER:2005002184736]] | [[DATE_TIME:04.02.2025]] | [[DATE_TIME:14.02.2025]] | MA 0418552 |
| 3 | [[PERSON:Galina Spînu]] | [[ID_NUMBER:0987002844613]] | [[DATE_TIME:06.02.2025]] | [[DATE_TIME:10.02.2025]] | MA 0418553 |""",
    """Client: [[PERSON:Mariana Ursu]]
Telefon: [[PHONE_NUMBER:+373 69 784 120]]
E-mail: [[EMAIL_ADDRESS:mariana.ursu@gmail.com]]
Data vizitei: [[DATE_TIME:sâmbătă, 14 iunie 2025, ora 11:00]]
Persoane: 4
Program: degustare + beciuri

Client: [[PERSON:Alexandru Bîrcă]]
Telefon: [[PHONE_NUMBER:060 551 338]]
E-mail: [[EMAIL_ADDRESS:alex.birca@yahoo.com]]
Data vizitei: [[DATE_TIME:duminică, 15 iunie 2025, ora 15:30]]
Persoane: 2
Program: degustare""",
    """| № | Пацыент | Дата нараджэння | Тэлефон | Прыём | Урач |
|---|---|---|---|---|---|
| 1 | [[PERSON:Лукашэвіч Ганна]] | [[DATE_TIME:06.03.1987]] | [[PHONE_NUMBER:+375 29 340-18-77]] | [[DATE_TIME:12.05.2025 09:00]] | [[PERSON:Шчэрба М. І.]] |
| 2 | [[PERSON:Навіцкі Павел]] | [[DATE_TIME:19.10.1962]] | [[PHONE_NUMBER:8 (0152) 74-31-09]] | [[DATE_TIME:12.05.2025 09:20]] | [[PERSON:Шчэрба М. І.]] |
| 3 | [[PERSON:Грыб Святлана]] | [[DATE_TIME:01.01.2000]] | [[PHONE_NUMBER:+375 33 221-07-45]] | [[DATE_TIME:12.05.2025 09:40]] | [[PERSON:Бяляўская А. С.]] |""",
    """order_id,customer,email,ship_to,postcode,sku,qty,total_gbp
100934,[[PERSON:Niamh Keane]],[[EMAIL_ADDRESS:niamhkeane@icloud.com]],"[[ADDRESS:12 Orchard Row]], [[LOCATION:Tralee]]",[[ZIP_CODE:V92 E7P3]],TSH-BLK-M,2,38.00
100935,[[PERSON:Owen Price]],[[EMAIL_ADDRESS:owen.price@btinternet.com]],"[[ADDRESS:8 Heol Hir]], [[LOCATION:Llanishen]]",[[ZIP_CODE:CF14 5AA]],MUG-ENM-01,1,12.50
100936,[[PERSON:Chiamaka Obi]],[[EMAIL_ADDRESS:chiamaka.obi@gmail.com]],"[[ADDRESS:Flat 5, 31 Peckham Rye]], [[LOCATION:London]]",[[ZIP_CODE:SE15 3NX]],HD-GRY-L,1,45.00
100937,[[PERSON:Hamish Grant]],[[EMAIL_ADDRESS:hamish.grant@outlook.com]],"[[ADDRESS:The Old Manse, Main Street]], [[LOCATION:Aberlour]]",[[ZIP_CODE:AB38 9QB]],TSH-WHT-L,3,57.00""",
    """speaker,affiliation,talk,handle,country
[[PERSON:Dr. Amani Njoroge]],University of Nairobi,Federated learning on low-bandwidth clinics,[[USERNAME:amani_njoroge]],[[LOCATION:Kenya]]
[[PERSON:Prof. Linnea Strand]],KTH,Privacy budgets in practice,[[USERNAME:lstrand]],[[LOCATION:Sweden]]
[[PERSON:Vikram Sethi]],independent,Shipping LLM features safely,[[USERNAME:vsethi_dev]],[[LOCATION:India]]
[[PERSON:Camila Duarte]],Nubank,Fraud graphs at scale,[[USERNAME:camiladuarte]],[[LOCATION:Brazil]]""",
    """policy_no,insured,ssn,dob,state,premium_usd,status
HO-448120,[[PERSON:Bradley Kowalski]],[[US_SSN:401-58-2276]],[[DATE_TIME:1969-08-14]],[[LOCATION:MI]],1420.00,active
HO-448121,[[PERSON:Rosalind Achterberg]],[[US_SSN:272-90-6613]],[[DATE_TIME:1981-02-27]],[[LOCATION:OH]],980.50,lapsed
AU-771904,[[PERSON:Tyrone Beaumont]],[[US_SSN:584-13-0091]],[[DATE_TIME:1995-12-03]],[[LOCATION:GA]],2210.75,active""",
    """name,dob,dose,date_given,lot,given_by
[[PERSON:Jarrah Williams]],[[DATE_TIME:12/04/2023]],DTPa-hepB-IPV-Hib #3,[[DATE_TIME:12/10/2023]],FT2291,RN [[PERSON:K. Doyle]]
[[PERSON:Isla Nguyen]],[[DATE_TIME:03/06/2024]],MMR #1,[[DATE_TIME:04/06/2025]],MR4410,RN [[PERSON:K. Doyle]]
[[PERSON:Harvey Singh]],[[DATE_TIME:21/01/2021]],Influenza,[[DATE_TIME:05/05/2025]],FLU25-118,[[PERSON:Dr. P. Anand]]""",
    """applicant,pan,aadhaar,mobile,city,status
[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:CKLPK4471M]],[[ID_NUMBER:2824 4505 3462]],[[PHONE_NUMBER:+91 98220 41173]],[[LOCATION:Nashik]],verified
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:BYRPS0932E]],[[ID_NUMBER:2397 8227 7358]],[[PHONE_NUMBER:+91 90040 77218]],[[LOCATION:Mumbai]],pending
[[PERSON:Lalitha Subramanian]],[[ID_NUMBER:DQWPS5118A]],[[ID_NUMBER:2871 7334 5977]],[[PHONE_NUMBER:+91 94440 18392]],[[LOCATION:Chennai]],rejected""",
    """donor_id,name,address,town,postcode,amount,gift_aid
D-20417,[[PERSON:Margaret Hollis]],[[ADDRESS:3 Church View]],[[LOCATION:Ludlow]],[[ZIP_CODE:SY8 1AP]],25.00,Y
D-20418,[[TITLE:Rev.]] [[PERSON:Alan Pritchett]],[[ADDRESS:The Vicarage, Bell Lane]],[[LOCATION:Bromyard]],[[ZIP_CODE:HR7 4BB]],100.00,Y
D-20419,[[PERSON:Sunita Mistry]],[[ADDRESS:72 Narborough Road]],[[LOCATION:Leicester]],[[ZIP_CODE:LE3 0BR]],10.00,N""",
    """rx_no,patient,dob,drug,strength,prescriber,refills_left
RX4471093,[[PERSON:Eleanor Baptiste]],[[DATE_TIME:02/19/1949]],Metformin,500 mg,[[PERSON:Dr. Okonkwo]],3
RX4471101,[[PERSON:Gustavo Lima]],[[DATE_TIME:11/30/1972]],Lisinopril,10 mg,[[PERSON:Dr. Haas]],0
RX4471118,[[PERSON:Mai Nguyen]],[[DATE_TIME:07/07/1990]],Sertraline,50 mg,[[PERSON:Dr. Okonkwo]],5""",
    """driver,licence_no,plate,phone,depot
[[PERSON:Musa Ibrahim]],[[ID_NUMBER:KAN48812AA21]],[[ID_NUMBER:KAN 447 XA]],[[PHONE_NUMBER:0803 552 1187]],[[LOCATION:Kano]]
[[PERSON:Chinedu Okeke]],[[ID_NUMBER:LAG77310CE94]],[[ID_NUMBER:LSR 318 GG]],[[PHONE_NUMBER:0812 004 9931]],[[LOCATION:Ikeja]]
[[PERSON:Blessing Udoh]],[[ID_NUMBER:ABJ20948BU07]],[[ID_NUMBER:ABC 902 KT]],[[PHONE_NUMBER:0706 441 2290]],[[LOCATION:Abuja]]""",
    """time,client_ip,user,method,path,status
[[DATE_TIME:2025-05-02T08:14:11Z]],[[IP_ADDRESS:82.132.219.40]],[[USERNAME:ssharma]],GET,/reports/q1,200
[[DATE_TIME:2025-05-02T08:14:39Z]],[[IP_ADDRESS:82.132.219.40]],[[USERNAME:ssharma]],POST,/reports/q1/export,202
[[DATE_TIME:2025-05-02T08:15:02Z]],[[IP_ADDRESS:5.65.201.118]],[[USERNAME:lmoreau]],GET,/admin/users,403
2025-05-02T08:15:30Z,10.0.0.12,-,GET,/healthz,200""",
    """msisdn\tsubscriber\tbirthdate\tid_type\tid_no\tregistered
[[PHONE_NUMBER:0917 284 3351]]\t[[PERSON:Rodelio Bautista]]\t[[DATE_TIME:1988-03-14]]\tUMID\t[[ID_NUMBER:0111-4820193-7]]\t[[DATE_TIME:2023-01-09]]
[[PHONE_NUMBER:0998 710 4426]]\t[[PERSON:Kristine Joy Villanueva]]\t[[DATE_TIME:1999-10-21]]\tPhilID\t[[ID_NUMBER:4417-2290-8153-6602]]\t[[DATE_TIME:2023-02-17]]
[[PHONE_NUMBER:0926 033 1870]]\t[[PERSON:Ahmad Datu Ali]]\t[[DATE_TIME:1979-06-02]]\tDriver's License\t[[ID_NUMBER:N04-91-117382]]\t[[DATE_TIME:2023-02-20]]""",
    """donor\tdob\tblood_group\tlast_donation\tmobile\tpostcode
[[PERSON:Ella McKenzie]]\t[[DATE_TIME:1992-07-30]]\tO-\t[[DATE_TIME:2025-03-11]]\t[[PHONE_NUMBER:0412 903 448]]\t[[ZIP_CODE:4000]]
[[PERSON:Nathan Kruger]]\t[[DATE_TIME:1986-01-05]]\tA+\t[[DATE_TIME:2025-04-22]]\t[[PHONE_NUMBER:0438 117 205]]\t[[ZIP_CODE:4101]]
[[PERSON:Priscilla Aiono]]\t[[DATE_TIME:2000-11-12]]\tB+\t[[DATE_TIME:2025-05-06]]\t[[PHONE_NUMBER:0420 664 931]]\t[[ZIP_CODE:4178]]""",
    """candidate_no\tname\tcentre\tsubject\tlevel\tgrade
[[ID_NUMBER:118204]]\t[[PERSON:Aoife Brennan]]\t61203\tChemistry\tHigher\tH2
[[ID_NUMBER:118205]]\t[[PERSON:Darragh Quinlan]]\t61203\tChemistry\tHigher\tH4
[[ID_NUMBER:118231]]\t[[PERSON:Zainab Oyewole]]\t61203\tBiology\tOrdinary\tO1""",
    """guest\tplus_one\ttable\tdietary\trsvp_email
[[PERSON:Sophie Marchand]]\t[[PERSON:Luc Marchand]]\t4\tvegetarian\t[[EMAIL_ADDRESS:sophie.marchand@free.fr]]
Uncle [[PERSON:Raj Malhotra]]\tAunty [[PERSON:Neelam]]\t2\tno beef\t[[EMAIL_ADDRESS:raj.malhotra58@hotmail.co.uk]]
[[PERSON:Kemi Adeyinka]]\t-\t7\thalal\t[[EMAIL_ADDRESS:kemi.adeyinka@gmail.com]]
[[PERSON:Tom]] & [[PERSON:Becca Hartley]]\t-\t7\tnone\t[[EMAIL_ADDRESS:thehartleys@gmail.com]]""",
    """| Candidate | Email | Phone | Profile | Role applied | Stage |
|-----------|-------|-------|---------|--------------|-------|
| [[PERSON:Olusegun Fashola]] | [[EMAIL_ADDRESS:olusegun.fashola@gmail.com]] | [[PHONE_NUMBER:+44 7438 220 915]] | [[URL:linkedin.com/in/olusegun-fashola]] | Data Engineer | phone screen |
| [[PERSON:Bethany Cole]] | [[EMAIL_ADDRESS:beth.cole.dev@gmail.com]] | [[PHONE_NUMBER:+44 7700 412 083]] | [[URL:https://github.com/bethcole]] | Frontend Developer | offer |
| [[PERSON:Huang Jiayi]] | [[EMAIL_ADDRESS:jiayi.huang@qq.com]] | [[PHONE_NUMBER:+86 138 0571 4429]] | [[URL:linkedin.com/in/jiayihuang]] | Data Engineer | rejected |""",
    """| Applicant | SIN | Employer | Monthly income | Current address | Move-in |
|---|---|---|---|---|---|
| [[PERSON:Jean-Philippe Gagnon]] | [[ID_NUMBER:523 976 884]] | Hydro-Québec | $6,200 | [[ADDRESS:4521 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] | [[DATE_TIME:2025-07-01]] |
| [[PERSON:Harpreet Dhillon]] | [[ID_NUMBER:515 918 415]] | self-employed | $4,800 | [[ADDRESS:88 Queen St E, Unit 1204]], [[LOCATION:Brampton]] | [[DATE_TIME:2025-08-01]] |
| [[PERSON:Amelia Thompson]] | [[ID_NUMBER:273 779 645]] | Shoppers Drug Mart | $3,950 | [[ADDRESS:12 Birch Ave]], [[LOCATION:Halifax]] | [[DATE_TIME:2025-07-15]] |""",
    """Daily cause list - Court 3 - [[DATE_TIME:Monday 22 September 2025]]

| Time | Case no. | Matter | Applicant | Respondent | Counsel |
|------|----------|--------|-----------|------------|---------|
| 10:00 | FAM-25-0412 | custody | [[PERSON:Leanne Whitaker]] | [[PERSON:Craig Whitaker]] | [[PERSON:Ms. Obi]] |
| 10:30 | FAM-25-0430 | maintenance | [[PERSON:Nomsa Dube]] | [[PERSON:Themba Dube]] | self-represented |
| 11:15 | CIV-25-1187 | debt | Castlerock Finance Ltd | [[PERSON:Gareth Lloyd-Evans]] | [[PERSON:Mr. Patel]] |""",
    """| Handle | Name | Country | Hourly (USD) | Rating | Payout email |
|--------|------|---------|--------------|--------|--------------|
| [[USERNAME:pixelpanda]] | [[PERSON:Nguyen Thi Lan]] | [[LOCATION:Vietnam]] | 28 | 4.9 | [[EMAIL_ADDRESS:lan.nguyen.design@gmail.com]] |
| [[USERNAME:codecrafter_ke]] | [[PERSON:Brian Otieno]] | [[LOCATION:Kenya]] | 35 | 4.8 | [[EMAIL_ADDRESS:brian.otieno@protonmail.com]] |
| [[USERNAME:ana.ux]] | [[PERSON:Ana Beatriz Souza]] | [[LOCATION:Brazil]] | 40 | 5.0 | [[EMAIL_ADDRESS:anabeatriz.ux@gmail.com]] |
| [[USERNAME:devmk]] | [[PERSON:Marko Kovačević]] | [[LOCATION:Serbia]] | 55 | 4.7 | [[EMAIL_ADDRESS:marko.kovacevic@gmail.com]] |""",
    """| Pupil | PPSN | DOB | Class | Parent phone |
|:------|:-----|:----|:------|:-------------|
| [[PERSON:Saoirse Doherty]] | [[ID_NUMBER:6265441O]] | [[DATE_TIME:14/05/2017]] | 2nd class | [[PHONE_NUMBER:086 771 3049]] |
| [[PERSON:Oisín Kavanagh]] | [[ID_NUMBER:6321548EA]] | [[DATE_TIME:02/09/2016]] | 3rd class | [[PHONE_NUMBER:085 204 6618]] |
| [[PERSON:Maja Nowicka]] | [[ID_NUMBER:7310586JA]] | [[DATE_TIME:27/11/2016]] | 3rd class | [[PHONE_NUMBER:087 330 5912]] |""",
    """| Name | NRIC/FIN | Dept | Mobile | Email |
|------|----------|------|--------|-------|
| [[PERSON:Lim Jia Hui]] | [[ID_NUMBER:S7000838F]] | Finance | [[PHONE_NUMBER:9823 4471]] | [[EMAIL_ADDRESS:jiahui.lim@gmail.com]] |
| [[PERSON:Muhammad Faizal bin Rahman]] | [[ID_NUMBER:T0156540G]] | IT | [[PHONE_NUMBER:8711 2093]] | [[EMAIL_ADDRESS:faizal.rahman01@hotmail.com]] |
| [[PERSON:Arun Prasad]] | [[ID_NUMBER:G5128374R]] | Ops | [[PHONE_NUMBER:9180 6632]] | [[EMAIL_ADDRESS:arun.prasad.sg@gmail.com]] |""",
    """| Employee | ID number | Department | Start date | Cell |
|---|---|---|---|---|
| [[PERSON:Nandi Zulu]] | [[ID_NUMBER:8506190261089]] | Finance | [[DATE_TIME:2018-02-01]] | [[PHONE_NUMBER:083 441 2098]] |
| [[PERSON:Johan Pretorius]] | [[ID_NUMBER:7902285941084]] | Workshop | [[DATE_TIME:2009-07-13]] | [[PHONE_NUMBER:082 770 3315]] |
| [[PERSON:Lwazi Khoza]] | [[ID_NUMBER:0103045749084]] | Sales | [[DATE_TIME:2024-01-08]] | [[PHONE_NUMBER:071 338 9042]] |""",
    """| Importer (individual) | IOR no. (SSN) | State | Email | Bond |
|---|---|---|---|---|
| [[PERSON:Patrick Mulcahy]] | [[US_SSN:038-72-4410]] | [[LOCATION:MA]] | [[EMAIL_ADDRESS:pmulcahy@comcast.net]] | single-entry |
| [[PERSON:Annika Sorensen]] | [[US_SSN:469-20-8833]] | [[LOCATION:TX]] | [[EMAIL_ADDRESS:annika.sorensen@gmail.com]] | continuous |
| [[PERSON:Dr. Harold Baptiste]] | [[US_SSN:251-09-7714]] | [[LOCATION:GA]] | [[EMAIL_ADDRESS:hbaptiste@bellsouth.net]] | single-entry |""",
    """EMP#   EMPLOYEE             SSN          ST  GROSS
[[ID_NUMBER:4410]]   [[PERSON:Marisol Ortega]]       [[US_SSN:512-33-9184]]  [[LOCATION:NM]]  3,120.00
[[ID_NUMBER:4417]]   [[PERSON:Dwayne Hutchins]]      [[US_SSN:229-71-4408]]  [[LOCATION:GA]]  2,876.50
[[ID_NUMBER:4432]]   [[PERSON:Anh Thu Pham]]         [[US_SSN:618-04-2297]]  [[LOCATION:CA]]  3,455.10""",
    """BED   PATIENT              AGE  ADMITTED          CONSULTANT
W3-01 [[PERSON:Dorothy Pemberton]]    [[AGE:84]]   [[DATE_TIME:12/06 22:40]]       [[PERSON:Dr. Mensah]]
W3-02 [[PERSON:Arjun Patel]]          [[AGE:67]]   [[DATE_TIME:13/06 03:15]]       [[PERSON:Dr. Lowry]]
W3-04 [[PERSON:Niamh Gallagher]]      [[AGE:39]]   [[DATE_TIME:13/06 11:02]]       [[PERSON:Dr. Mensah]]""",
    """CARD            BORROWER            ITEM                          DUE
[[ID_NUMBER:29012009118274]]  [[PERSON:Yasmin Haddad]]       The Overstory                 [[DATE_TIME:2025-08-04]]
[[ID_NUMBER:29012007730419]]  [[PERSON:Callum Baird]]        Dune Messiah                  [[DATE_TIME:2025-08-06]]
[[ID_NUMBER:29012010025561]]  [[PERSON:Oluchi Eze]]          A Brief History of Time       [[DATE_TIME:2025-08-11]]""",
    """[[USERNAME:rsingh]]   pts/0        [[IP_ADDRESS:49.36.120.77]]     [[DATE_TIME:Mon Jun 16 08:02]]   still logged in
[[USERNAME:abrennan]] pts/1        [[IP_ADDRESS:86.44.17.203]]     [[DATE_TIME:Mon Jun 16 07:48]] - 09:15  (01:27)
[[USERNAME:rsingh]]   pts/0        [[IP_ADDRESS:49.36.120.77]]     [[DATE_TIME:Sun Jun 15 22:10]] - 23:02  (00:52)
reboot   system boot  6.8.0-45-generic Sun Jun 15 21:58   still running

wtmp begins Sun Jun  1 00:00:03 2025""",
    """PERMIT  HOLDER              VRM       ADDRESS                      EXPIRES
RP0417  [[PERSON:Beatrice Amankwah]]   [[ID_NUMBER:LB21 KZO]]  [[ADDRESS:14 Cranbrook Road]]            31/03/2026
RP0422  [[PERSON:Tariq Mahmood]]       [[ID_NUMBER:YG19 HNV]]  [[ADDRESS:Flat 3, 9 Ilford Lane]]        30/06/2026
RP0431  [[PERSON:Zofia Kamińska]]      [[ID_NUMBER:EK68 OPW]]  [[ADDRESS:227 High Road]]                31/12/2025""",
    """NAME                  PASSPORT    NATIONALITY  DOB         ROOM
[[PERSON:Kaveh Rostami]]         [[ID_NUMBER:P91733408]]   [[NRP:Iranian]]      [[DATE_TIME:1979-10-02]]  212
[[PERSON:Ewa Nowakowska]]        [[ID_NUMBER:EK4418207]]   [[NRP:Polish]]       [[DATE_TIME:1983-04-19]]  214
[[PERSON:Chukwudi Obi]]          [[ID_NUMBER:B03318472]]   [[NRP:Nigerian]]     [[DATE_TIME:1990-07-07]]  214
[[PERSON:Malia Fonua]]           [[ID_NUMBER:N0428817]]    [[NRP:Tongan]]       [[DATE_TIME:2001-12-25]]  215""",
    """{"ts": "[[DATE_TIME:2025-06-01T10:02:11Z]]", "event": "doc_upload", "user": "[[USERNAME:amir.h]]", "name": "[[PERSON:Amir Hosseini]]", "doc": "passport", "doc_no": "[[ID_NUMBER:X48812093]]", "ip": "[[IP_ADDRESS:5.160.22.71]]"}
{"ts": "2025-06-01T10:04:52Z", "event": "selfie_match", "user": "[[USERNAME:amir.h]]", "score": 0.93}
{"ts": "[[DATE_TIME:2025-06-01T11:17:30Z]]", "event": "doc_upload", "user": "[[USERNAME:beatrix_k]]", "name": "[[PERSON:Beatrix Kovács]]", "doc": "id_card", "doc_no": "[[ID_NUMBER:241877KA]]", "ip": "[[IP_ADDRESS:84.236.41.9]]"}""",
    """{"patient_id": "[[ID_NUMBER:P-0091873]]", "name": "[[PERSON:Colm Ferris]]", "dob": "[[DATE_TIME:1966-04-22]]", "email": "[[EMAIL_ADDRESS:colm.ferris@eircom.net]]", "gp": "[[PERSON:Dr. Nuala Hegarty]]", "consent_sms": true}
{"patient_id": "[[ID_NUMBER:P-0091874]]", "name": "[[PERSON:Ewa Kaczmarek]]", "dob": "[[DATE_TIME:1993-12-08]]", "email": "[[EMAIL_ADDRESS:ewa.kaczmarek93@wp.pl]]", "gp": "[[PERSON:Dr. Nuala Hegarty]]", "consent_sms": false}
{"patient_id": "[[ID_NUMBER:P-0091880]]", "name": "[[PERSON:Tendai Moyo]]", "dob": "[[DATE_TIME:1988-07-19]]", "email": "[[EMAIL_ADDRESS:tendai.moyo@gmail.com]]", "gp": "[[PERSON:Dr. Brian Culleton]]", "consent_sms": true}""",
    """{"week": "2025-W22", "contractor": "[[PERSON:Ivana Horvat]]", "contractor_id": "[[ID_NUMBER:EXT-2207]]", "hours": 40, "project": "crm-migration", "approver": "[[PERSON:Tom Fairweather]]", "approved_at": "[[DATE_TIME:2025-06-02T09:12:00+01:00]]"}
{"week": "2025-W22", "contractor": "[[PERSON:Tiago Mendes]]", "contractor_id": "[[ID_NUMBER:EXT-2211]]", "hours": 32.5, "project": "crm-migration", "approver": "[[PERSON:Tom Fairweather]]", "approved_at": null}
{"week": "2025-W22", "contractor": "[[PERSON:Dao Thi Anh]]", "contractor_id": "[[ID_NUMBER:EXT-2215]]", "hours": 40, "project": "data-platform", "approver": "[[PERSON:Priya Nair]]", "approved_at": "[[DATE_TIME:2025-06-02T16:40:27+01:00]]"}""",
    """{"driver_id": "[[ID_NUMBER:DRV-88012]]", "name": "[[PERSON:Kamal Haddad]]", "licence": "[[US_DRIVER_LICENSE:H412-7730-9921]]", "state": "[[LOCATION:IL]]", "plate": "[[ID_NUMBER:DL 47219]]", "rating": 4.92}
{"driver_id": "[[ID_NUMBER:DRV-88019]]", "name": "[[PERSON:Sofia Petrov]]", "licence": "[[US_DRIVER_LICENSE:P316-5508-1243]]", "state": "[[LOCATION:IL]]", "plate": "[[ID_NUMBER:CV 82511]]", "rating": 4.85}
{"driver_id": "[[ID_NUMBER:DRV-88020]]", "name": "[[PERSON:Marcus Bell]]", "licence": "[[US_DRIVER_LICENSE:0417-22-9183]]", "state": "[[LOCATION:IN]]", "plate": "[[ID_NUMBER:TK 4410]]", "rating": 4.61}""",
    """{"email": "[[EMAIL_ADDRESS:noor.alhashimi@gmail.com]]", "first_name": "[[PERSON:Noor]]", "signup": "[[DATE_TIME:2025-01-04]]", "source": "footer", "ip": "[[IP_ADDRESS:94.200.17.66]]", "double_opt_in": true}
{"email": "[[EMAIL_ADDRESS:j.okwuosa@yahoo.com]]", "first_name": "[[PERSON:Jideofor]]", "signup": "[[DATE_TIME:2025-01-04]]", "source": "popup", "ip": "[[IP_ADDRESS:197.211.58.240]]", "double_opt_in": false}
{"email": "info@harbourbakery.co.nz", "first_name": null, "signup": "2025-01-05", "source": "import", "ip": null, "double_opt_in": false}
{"email": "[[EMAIL_ADDRESS:mateus.rocha@uol.com.br]]", "first_name": "[[PERSON:Mateus]]", "signup": "[[DATE_TIME:2025-01-06]]", "source": "footer", "ip": "[[IP_ADDRESS:2804:14c:5b82:8a1f::1001]]", "double_opt_in": true}""",
    """{"order": "WC-3301", "member": "[[PERSON:Giles Harrington]]", "dob": "[[DATE_TIME:1958-09-09]]", "ship_to": "[[ADDRESS:Manor Farmhouse, Upper Slaughter]]", "postcode": "[[ZIP_CODE:GL54 2JD]]", "card": "[[CREDIT_CARD:4132412415786680]]", "exp": "04/27", "bottles": 12}
{"order": "WC-3302", "member": "[[PERSON:Priya Chandrasekaran]]", "dob": "[[DATE_TIME:1987-03-25]]", "ship_to": "[[ADDRESS:Flat 8, 120 Holloway Road]]", "postcode": "[[ZIP_CODE:N7 8JE]]", "card": "[[CREDIT_CARD:5631863336245011]]", "exp": "12/26", "bottles": 6}
{"order": "WC-3303", "member": "[[PERSON:Hugo Delacroix-Ward]]", "dob": "[[DATE_TIME:1971-11-02]]", "ship_to": "[[ADDRESS:2 Ferry Lane]]", "postcode": "[[ZIP_CODE:TW8 0AT]]", "card": "[[CREDIT_CARD:376455933722342]]", "exp": "08/29", "bottles": 24}""",
    """attendees:
  - badge: "0412"
    name: [[PERSON:Dr. Oyinkansola Balogun]]
    org: Lagos University Teaching Hospital
    email: [[EMAIL_ADDRESS:oyin.balogun@yahoo.com]]
    dietary: none
  - badge: "0413"
    name: [[PERSON:Mateusz Wróbel]]
    org: freelance
    email: [[EMAIL_ADDRESS:mateusz.wrobel@gmail.com]]
    dietary: vegan
  - badge: "0419"
    name: [[PERSON:Kealoha Akana]]
    org: Queen's Medical Center
    email: [[EMAIL_ADDRESS:kealoha.akana@hawaii.rr.com]]
    dietary: gluten-free""",
    """household:
  address: [[ADDRESS:19 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]]
  members:
    - name: [[PERSON:Reza Mohammadi]]
      age: [[AGE:46]]
      relationship: self
      citizenship: [[NRP:Iranian]]
    - name: [[PERSON:Shirin Mohammadi]]
      age: [[AGE:43]]
      relationship: spouse
      citizenship: [[NRP:Australian]]
    - name: [[PERSON:Dara Mohammadi]]
      age: [[AGE:12]]
      relationship: son
      citizenship: [[NRP:Australian]]""",
    """maintainers:
  - github: [[USERNAME:kwameasare]]
    name: [[PERSON:Kwame Asare]]
    email: [[EMAIL_ADDRESS:kwame.asare@pm.me]]
    timezone: Africa/Accra
  - github: [[USERNAME:h-lindqvist]]
    name: [[PERSON:Hanna Lindqvist]]
    email: [[EMAIL_ADDRESS:hanna@lindqvist.dev]]
    timezone: Europe/Stockholm
  - github: dependabot[bot]
    name: Dependabot
    email: support@github.com
    timezone: UTC""",
    """vendor: Moldsoft Outsourcing SRL
project: retail-app-v3
team:
  - name: [[PERSON:Vlad Ciobanu]]
    city: [[LOCATION:Chișinău]]
    payout_iban: [[IBAN_CODE:MD71MO364124280599124140]]
    start: [[DATE_TIME:2024-09-02]]
  - name: [[PERSON:Yana Kavalenka]]
    city: [[LOCATION:Brest]]
    payout_iban: [[IBAN_CODE:BY20BAPB30124108877400294273]]
    start: [[DATE_TIME:2024-10-14]]
  - name: [[PERSON:Andriy Shevchuk]]
    city: [[LOCATION:Lviv]]
    payout_iban: [[IBAN_CODE:GB14MONZ04000424919779]]
    start: [[DATE_TIME:2025-01-06]]""",
    """Patient: [[PERSON:Mr. Reginald Obuya]]
Ward: 7B
Admitted: [[DATE_TIME:03/08/2025]]
Discharged: [[DATE_TIME:09/08/2025 14:00]]
GP: [[PERSON:Dr. Helen Varley]]
Follow-up: GP review in 2 weeks
---
Patient: [[PERSON:Ms. Chloe Banerjee]]
Ward: 7B
Admitted: [[DATE_TIME:06/08/2025]]
Discharged: [[DATE_TIME:09/08/2025 16:30]]
GP: [[PERSON:Dr. Iain Ross]]
Follow-up: fracture clinic, sick note for 6 weeks
---
Patient: [[PERSON:Mrs. Edna Fairclough]]
Ward: 7C
Admitted: [[DATE_TIME:28/07/2025]]
Discharged: awaiting care package
GP: [[PERSON:Dr. Helen Varley]]""",
    """Mentor: [[PERSON:Folake Adeniran]] <[[EMAIL_ADDRESS:folake.adeniran@gmail.com]]>
Mentee: [[PERSON:Jordan Blake]] <[[EMAIL_ADDRESS:jblake2003@hotmail.com]]>
First session: [[DATE_TIME:Thu 18 September, 6pm]]
Track: backend

Mentor: [[PERSON:Ravi Shankar Iyer]] <[[EMAIL_ADDRESS:ravi.s.iyer@outlook.com]]>
Mentee: [[PERSON:Maddie Flores]] <[[EMAIL_ADDRESS:maddie.flores@gmail.com]]>
First session: [[DATE_TIME:Mon 22 September, 7:30pm]]
Track: data""",
    """Booking: RZ-77120
Driver: [[PERSON:Sebastián Morales Vidal]]
DNI: [[ID_NUMBER:48271936L]]
Pick-up: [[DATE_TIME:Fri 22 Aug 2025 10:00]], Málaga Airport
Return: [[DATE_TIME:Fri 29 Aug 2025 10:00]]
Card: [[CREDIT_CARD:4656 8040 3809 7303]] (exp 03/28)

Booking: RZ-77133
Driver: [[PERSON:Lucy Pennington]]
Licence: [[ID_NUMBER:PENNI862143LA9WX]]
Pick-up: [[DATE_TIME:Sat 23 Aug 2025 14:30]], Málaga Airport
Return: [[DATE_TIME:Sat 30 Aug 2025 14:30]]
Card: [[CREDIT_CARD:6011 8273 4267 9917]] (exp 10/27)""",
    """Recipient: [[PERSON:Aisha Mohammed Sani]]
Student ID: [[ID_NUMBER:ABU/2022/ENG/0471]]
University: Ahmadu Bello University, [[LOCATION:Zaria]]
Award: NGN 450,000
Bank account: [[ID_NUMBER:0048812931]] (Access Bank)
Phone: [[PHONE_NUMBER:0803 619 4420]]

Recipient: [[PERSON:Emmanuel Tetteh]]
Student ID: [[ID_NUMBER:10872214]]
University: University of Ghana, [[LOCATION:Legon]]
Award: GHS 12,000
Bank account: [[ID_NUMBER:1441002287315]] (Ecobank)
Phone: [[PHONE_NUMBER:+233 54 771 3028]]""",
]

CHAT = [
    """[14:02] Agent [[PERSON:Priya]]: Thanks for contacting Northway Bank, how can I help today?
[14:02] Customer: hi, the ATM outside the branch just swallowed my card
[14:03] Agent [[PERSON:Priya]]: Sorry to hear that! Can I take your full name and date of birth, please?
[14:03] Customer: [[PERSON:Declan Fitzpatrick]], [[DATE_TIME:21/08/1991]]
[14:04] Agent [[PERSON:Priya]]: Thanks, [[PERSON:Declan]]. And the first line of your address and the postcode?
[14:04] Customer: [[ADDRESS:Flat 4, 61 Wilmslow Road]], [[ZIP_CODE:M14 5TB]]
[14:05] Agent [[PERSON:Priya]]: Perfect. I've cancelled the card ending 3318 and ordered a new one to that address; it should arrive in 3-5 working days.
[14:05] Customer: can it go to my work instead? [[ADDRESS:Unit 9, 20 Westinghouse Road]], [[LOCATION:Trafford Park]]
[14:06] Agent [[PERSON:Priya]]: For security we can only send it to your home address, sorry [[PERSON:Declan]]!""",
    """[18:41] [[PERSON:Chioma]]: guys the surprise party for [[PERSON:Ngozi]] is at mine, [[ADDRESS:27 Kestrel Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK3 7PL]] 🎉
[18:43] [[PERSON:Tobi]]: what time??
[18:43] [[PERSON:Chioma]]: [[DATE_TIME:Saturday 15th, 7pm]]. DON'T tell her
[18:45] [[PERSON:Ife]]: I'll sort the cake. [[PERSON:Tobi]] send me your bank details so I can pay you back for the decorations
[18:46] [[PERSON:Tobi]]: 20-11-74 [[ID_NUMBER:43390182]] [[PERSON:T Adeyemi]]
[18:46] [[PERSON:Ife]]: sent 👍
[18:52] [[PERSON:Chioma]]: also her new number is [[PHONE_NUMBER:07393 118 452]] if anyone needs to reach her, the old one is dead""",
    """#vendor-onboarding

[[PERSON:Mark Jennings]]  10:14 AM
@[[USERNAME:priya.nair]] the two new contractors from the [[LOCATION:Kyiv]] vendor start next week, can you raise accounts?

[[PERSON:Priya Nair]]  10:16 AM
sure, need full names, personal emails and start dates pls

[[PERSON:Mark Jennings]]  10:19 AM
[[PERSON:Oleksandr Bondar]] - [[EMAIL_ADDRESS:o.bondar.dev@gmail.com]] - starts [[DATE_TIME:Mon 7 July]]
[[PERSON:Iryna Tkachenko]] - [[EMAIL_ADDRESS:iryna.tkachenko@ukr.net]] - starts [[DATE_TIME:Wed 9 July]] (she's finishing another engagement)

[[PERSON:Priya Nair]]  10:31 AM
done ✅ usernames are [[USERNAME:ext-obondar]] and [[USERNAME:ext-itkachenko]], temp passwords go out by SMS. [[PERSON:Oleksandr]]'s mobile is [[PHONE_NUMBER:+380 93 441 2087]], right?

[[PERSON:Mark Jennings]]  10:33 AM
yep. [[PERSON:Iryna]]'s is [[PHONE_NUMBER:+380 67 905 1136]]""",
    """Bayside Medical: Hi [[PERSON:Marcus]], your appointment with [[PERSON:Dr. Anjali Rao]] is on [[DATE_TIME:Wed 14 May at 10:15am]]. Reply Y to confirm or call 03 9585 2200.
[[PERSON:Marcus]]: Y. Can I also get a medical certificate for last week? I was off sick [[DATE_TIME:Mon 5 May]] to [[DATE_TIME:Fri 9 May]]
Bayside Medical: The doctor can discuss that at your appointment. Please bring your Medicare card.
[[PERSON:Marcus]]: no worries. number is [[ID_NUMBER:2953 41877 1]] if you want to update it, and I've moved to [[ADDRESS:4/112 Beach Road]], [[LOCATION:Sandringham]] [[ZIP_CODE:3191]]
Bayside Medical: Thanks [[PERSON:Marcus]], we've updated your details.""",
    """Ava (virtual assistant): Hi there! What can I help you with today?
You: change delivery address on order 4410-2281-9930
Ava (virtual assistant): I can connect you with a colleague for that. One moment...
[[PERSON:Jerome]] (Customer Care): Hi, I'm [[PERSON:Jerome]]. Can you confirm the email on the account?
You: [[EMAIL_ADDRESS:haruka.mori.88@gmail.com]]
[[PERSON:Jerome]] (Customer Care): Thanks, [[PERSON:Haruka]]. What's the new address?
You: [[ADDRESS:1507-88 Harbour St]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0B5]]. buzzer code is 1507
[[PERSON:Jerome]] (Customer Care): Done! Tracking 1Z4W8V170399214473 will update within the hour.""",
    """Agent [[PERSON:Tasha]]: Thanks for chatting with ClearWave Wireless. Who am I speaking with?
Customer: [[PERSON:Brandon Keller]]
Agent [[PERSON:Tasha]]: Hi [[PERSON:Brandon]]! For verification, what's the account PIN or the last 4 of your SSN?
Customer: 4471
Agent [[PERSON:Tasha]]: Thank you! What can I help with?
Customer: my wife [[PERSON:Kayla]] needs to be added as an authorized user. her DOB is [[DATE_TIME:02/11/1994]] and her license is [[US_DRIVER_LICENSE:K420-1188-3307]] ([[LOCATION:Illinois]])
Agent [[PERSON:Tasha]]: Got it, I've added [[PERSON:Kayla Keller]]. Is [[PHONE_NUMBER:(312) 804-2276]] still the best number for you?
Customer: yes thanks""",
    """[[PERSON:Таня]]: Прывітанне! Я сёння не прыйду, захварэла 🤒
[[PERSON:Алег Сцяпанавіч]]: Добра, [[PERSON:Таня]], папраўляйся. Бальнічны адкрылі?
[[PERSON:Таня]]: Так, у паліклініцы на Сурганава, урач [[PERSON:Бялоў]], з [[DATE_TIME:9 верасня]] па [[DATE_TIME:15 верасня]]
[[PERSON:Алег Сцяпанавіч]]: Скінь, калі ласка, фота лістка ў аддзел кадраў на kadry@softline.by
[[PERSON:Таня]]: Добра. Калі што, мой новы нумар [[PHONE_NUMBER:+375 29 552-08-14]], стары больш не працуе""",
    """Operator [[PERSON:Cristina]]: Bună ziua! Cu ce vă pot ajuta?
Client: Bună, vreau să schimb numărul de telefon din contul meu.
Operator [[PERSON:Cristina]]: Vă rog să-mi spuneți numele complet și IDNP-ul.
Client: [[PERSON:Nicolae Țurcanu]], [[ID_NUMBER:2004017365183]]
Operator [[PERSON:Cristina]]: Mulțumesc, [[TITLE:dle]] [[PERSON:Țurcanu]]. Care este numărul nou?
Client: [[PHONE_NUMBER:+373 68 447 902]]. Cel vechi era al soției.
Operator [[PERSON:Cristina]]: Am trimis un cod de confirmare prin SMS, îl puteți introduce în aplicație.
Client: Gata. Și cardul [[CREDIT_CARD:4614 0445 4219 6777]] rămâne activ?
Operator [[PERSON:Cristina]]: Da, cardul rămâne activ, nu trebuie să faceți nimic.""",
]

LOOKALIKE = [
    """Subject: Your order #LX-2025-0048813 has shipped

Hi [[PERSON:Moana]],

Good news - your order is on its way!

Order number: LX-2025-0048813
Invoice: INV/2025/118420
Tracking: 7792 1408 3315 (CourierPost)
Items:
  1 x Merino crew, charcoal, size M   SKU MER-CRW-CHR-M   $129.00
  2 x Wool socks 3-pack               SKU SOC-3PK-GRY      $58.00
Payment: Visa ending 4407, auth code 082214
Ship to: [[ADDRESS:18 Tui Street]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]

Questions? Call us on 0800 669 237 or email orders@kiwiknit.co.nz.
Returns are accepted within 30 days at any of our stores (the flagship is on Victoria Street).
Ref: 5f2c9a1e-7b3d-4e80-9c14-2a6b0d8e3f71""",
    """Release notes - Atlas Gateway 10.4.2.118 (build 7f3a9c2)

- Fixed a crash when the MAC filter list contained 00:00:00:00:00:00.
- The default listener moved from 0.0.0.0:8080 to [::]:8443.
- Firmware 2.10.1.4 is now the minimum for the Hertz-series sensors.
- Bumped OpenSSL to 3.0.13 and libcurl to 8.6.0.
- New config key ldap.base_dn (example: ou=people,dc=example,dc=com).
- Units with serial numbers beginning SN-44A0- are recalled; see advisory ATL-SA-2025-003.
- The range 192.0.2.0/24 is now reserved for test fixtures.
- Support: 1-800-555-0199 (Mon-Fri, 8-6 ET) or support@atlas-gw.example.
Checksum (SHA-256): 9b74c9897bac770ffc029102a200c5de7ac3c7d2b2f4f2e1c5d0a8e1f0b3c4d5""",
    """PACKING LIST - consignment to [[LOCATION:Chișinău]]
Container: MSCU4812035    Seal: 004417823
Pallet 1: ISBN 9781472283917 x 40, ISBN 9780307264411 x 25
Pallet 2: ISBN 9789850213778 x 60 (Belarusian edition)
Pallet 3: ISBN 9786067334128 x 30
HS code 4901.99.00; gross weight 1,284 kg; invoice EXP-25-0771
Consignee contact: [[PERSON:Valentina Roșca]], [[PHONE_NUMBER:+373 69 550 417]]
Delivery: warehouse on bd. Ștefan cel Mare, dock 4 (book a slot with the office on 022 21 04 00)""",
    """Postmortem: PAY-INC-2291 (payments API latency)
Summary: after upgrading the gateway from 4.12.0.7 to 4.12.1.0, p99 latency rose from 180 ms to 2.4 s.
Timeline (UTC): 09:02 deploy started; 09:14 alerts fired; 09:40 rollback; 10:05 recovered.
Root cause: the SNMP poller for OID 1.3.6.1.4.1.2021.10.1.3.1 was re-enabled and hammered the host pool.
Affected build: sha 3e1f0a9b7c2d; image payments-api:2025.06.11-3.
Escalations went to noc@ and to the vendor hotline (+44 20 7946 0321).
Incident commander: [[PERSON:Gareth Powell]]. Scribe: [[PERSON:Yetunde Alabi]].
Action items: PAY-2301, PAY-2302.""",
    """Export checklist - lot CV-2024-MER-17
HS code: 2204 21 79 (wine, under 15% vol, containers of 2 l or less)
Exporter EORI: MD1003600127845    Excise warehouse no.: MD-AW-0071
Certificate of origin: EUR.1 No. MD 0448120    Phytosanitary: not required
Lab report: LA-25/1187 (alcohol 13.5% vol, total SO2 118 mg/l)
Pallets: 22 x 600 bottles, GTIN 4840064001232
Truck: seal 0071842, CMR 25-04417, via the main road border crossing
Driver: [[PERSON:Gheorghe Moraru]], mobile [[PHONE_NUMBER:+373 79 204 338]]
Sales desk: export@codruverde.md, +373 22 85 40 10 (office)""",
    """Clinic bulletin - June
- Flu vaccine lot FL2025-0481 has arrived (NDC 49281-0425-50), expiry 06/2026.
- Coding reminders: low back pain M54.50, Bell's palsy G51.0, Crohn's disease K50.90; use CPT 99213 for standard follow-ups.
- The Epley manoeuvre poster is in room 4 and the Apgar charts are in the maternity cupboard.
- Appointments line: (617) 555-0142; referrals go to referrals@baysidehealth.example.
- Parking on Harley Street is suspended until further notice.
- Lost property: [[PERSON:Gianna]] (DOB [[DATE_TIME:04/22/2019]]) left her inhaler at reception; her mom will pick it up.""",
    """Заказ № 2025-118420 адпраўлены!
Трэк-нумар: RR412077351BY (Белпошта)
Артыкул: BT-HDP-220-BLK, колькасць: 1
Рахунак-фактура: РФ-0044817 ад 12.06.2025
Гарантыйны талон: серыйны нумар SN 7F3A-22C9-0B41
Пункт выдачы: вул. Янкі Купалы, побач з метро
Служба падтрымкі: 7733, support@shop.by
Атрымальнік: [[PERSON:Мікіта Дубоўскі]]""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind128", STYLES, OUT)


if __name__ == "__main__":
    main()
