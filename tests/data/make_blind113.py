"""Build tests/data/blind113.jsonl: a hundred-and-thirteenth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind113.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines and the opening of its GEN list)
and its closing scaffolding from `STYLES = {` to the end of the file (copied
here), the whole of gold_sets.py, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, the tests, bench/, the README, any *.jsonl set
(this script's own output included), any other make_*.py, git history, log
or status. The detector, the bench and the tests were never run; git was not
run at all. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn; IBANs
(GB, DE, FR, NL, BE, ES, PL, IE, TR, AE, GR, KZ, MN) pass mod-97 with the
right length, and the national check digits inside the French (RIB key),
Spanish, Belgian, Polish and Dutch (11-test) ones are right too (worked out
with hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs). National ids with a public
check digit got a valid one the same way: Kazakh IIN/ЖСН (whose date and
century-sex digit also agree with the person's sex and any birth date
shown), NHS number, SIN, OHIP, Aadhaar, South African ID (sex and birth
date agree), Singapore NRIC, Australian TFN and Medicare, Irish PPSN, NZ IRD,
Polish PESEL, Chilean RUT, Brazilian CPF; so did the look-alikes that carry
one (ISBN-13, IMO ship numbers). Mongolian register numbers (two Cyrillic
letters + birth date + two digits), US SSNs, UK NI numbers and driving
licences, PAN, Nigerian NIN/BVN, Kenyan and Zambian ids, Ghana Card, SSS,
passports, seaman's books / SIRB / CDC, pilot licences, plates, bank account,
staff, crew, badge, student, member and patient numbers were not checked.
No id, card, IBAN, phone number or e-mail is reused for two different
people.

Styles (ids `blind113-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences with job titles, streets with building numbers,
  secondary addresses, IPv4/IPv6, MACs, user agents, card/CVV/expiry,
  IBAN/BIC), of gretel-pii-masking-en-v1 (claims, contracts, medical,
  seafarer and loan forms, notices, summonses, letters) and of Nemotron-PII
  (JSON, log lines, SQL, XML, YAML/INI/.env config, code, GraphQL, curl,
  vCard, HL7, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data woven in
  (banking, health, pharmacy, schools, HR, retail, lettings, telecoms,
  government, insurance, legal, gaming, social media, deliveries, vets,
  charities, sport), names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes/Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): a bank support chat, a ship crew chat, a team Slack channel,
  a mining crew Teams thread, an airline crew swap group, a Mongolian
  messenger thread, a broadband live chat and a family group.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and batch references, SKUs, ISBNs, IMO/MMSI/call signs,
  aircraft registrations, versions shaped like IPs, hashes, serials, drill
  hole coordinates, company phones and role mailboxes, a company BIN,
  eponyms, streets named after people with no number), the few real PII
  values labeled; one (the release notes) has no PII at all.
Domains with extra weight: remote mining camps (FIFO camps in Western
Australia and Queensland, oil sands lodges, Nunavut, Nevada, Chile, the
Gobi, Karaganda/Zhezkazgan, Rustenburg, the Zambian Copperbelt), ship crews
(crew lists, sign-on/off, seafarer medicals and agreements, wage accounts,
shore leave, evacuations) and airline crew rosters (pairings, report times,
standby, swaps, layovers, crew manifests): about 38 of the gen and 36 of
the bench records, the rest spread widely.
Languages: 214 records in English (US, UK, Canada, Australia, New Zealand,
Ireland, India, South Africa, Nigeria, Ghana, Kenya, Singapore, the
Philippines and others, with names from the many cultures living there and
many crew nationalities); 26 in Mongolian (7 Cyrillic, 6 Latin) and Kazakh
(8 Cyrillic, 5 Latin), spread over gen (13), bench (8), table (3), chat (1)
and lookalike (1).

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  patronymics; a possessive "'s" (or a Mongolian case suffix after a hyphen)
  is outside; nicknames are PERSON. TITLE: honorifics and ranks attached to
  a name, labeled apart from it; job titles are not TITLE and family words
  ("Mama", "egch") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, shift, rotation, report, sign-on, letter, signature ...)
  with a day or month, in any shape; a weekday or clock time said with the
  date is inside the span, a time or weekday alone is not; not bare years,
  durations or dates not tied to a person (sale, invoice, transaction,
  release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, crew,
  badge, student, customer and member numbers, bank account numbers,
  non-US passports, seaman's books and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles and ranks used as job titles,
  user agents, MAC addresses, BIC/SWIFT, sort codes, BSB, IFSC and routing
  numbers, CVVs and expiries, OTP codes, order / ticket / claim / policy /
  booking / tracking / case references, company phone numbers and role
  mailboxes, versions, hashes, serials, IMEIs, VINs, partial numbers
  ("ending 4417"), pets, eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit: "Captain"/"Capt."
  before a name is TITLE, but ship and airline positions ("second officer",
  "bosun", "AB", "First Officer", "2/O") are job titles, unlabeled; vessel
  names, IMO and MMSI numbers, call signs, flight numbers, aircraft
  registrations, IATA airport codes, camp room numbers and pairing codes are
  unlabeled; a crew member's report, duty, swap, sign-on/off and R&R dates
  are DATE_TIME; a "nationality" column is NRP even when written as a
  three-letter code (crew list), a "party" column is NRP, an "age" column is
  AGE, a "state" or "country" column is LOCATION; "employer", "company",
  "dept", "rank", "status" and "sex" columns stay unlabeled; due and expiry
  dates of medicals, licences and cards are unlabeled; log-line timestamps
  (system event times) are unlabeled while fields stating a person's date
  ("dob", "last_login", "signed_up", "report", "check_in") are labeled; an
  e-mail "Date:" header is DATE_TIME like a letter's date; IPs are labeled
  where they are a person's device or session (server and localhost
  addresses were kept out of the texts); a Mongolian address keeps the
  district (дүүрэг) as LOCATION and puts the khoroo, street, building and
  flat into one ADDRESS span; a Kazakh address is one ADDRESS span from the
  street to the flat; a street named after a person is ADDRESS only with a
  number; a full name in running text is one PERSON span (surname, given
  names and patronymic together), and "SURNAME, Given" in a list is one span
  too, while forms and records with separate surname and given-name fields
  (crew lists, vCard N, HL7 PID) get one span per field.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind113.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Callum Fitzgerald]], a fly-in fly-out electrician at the iron ore camp out past [[LOCATION:Newman]], and I need my swing changed. My flight out of [[LOCATION:Perth]] is booked for [[DATE_TIME:Thursday 12 September]] but I'm rostered on site until [[DATE_TIME:19 September]]. Camp ID [[ID_NUMBER:PLB-208815]], mobile [[PHONE_NUMBER:0412 557 309]].""",
    """[[PERSON:Maricel Dizon]], [[AGE:29]], joined the bulk carrier as second officer in [[LOCATION:Singapore]] on [[DATE_TIME:2 March 2024]] and signed off in [[LOCATION:Durban]] after a seven-month contract. Her SIRB number is [[ID_NUMBER:C0412875]] and her seafarer's ID is [[ID_NUMBER:SID 0048211934]].""",
    """Flight attendant [[PERSON:Siobhan O'Rourke]] has swapped her [[DATE_TIME:Saturday 8 June]] [[LOCATION:Dublin]]–[[LOCATION:Boston]] pairing with [[PERSON:Tomasz Wiśniewski]]; crew scheduling confirmed the change by text to [[PHONE_NUMBER:+353 87 214 6630]].""",
    """My name is [[PERSON:Adaeze Okonkwo-Bello]] and I'd like to dispute a charge of ₦48,500 on my card [[CREDIT_CARD:5399 8320 1174 6280]]. I live at [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], and my BVN is [[ID_NUMBER:22314587096]].""",
    """Patient [[PERSON:Harjit Sandhu]], born [[DATE_TIME:3 November 1958]], NHS number [[ID_NUMBER:485 271 9306]], was referred by [[PERSON:Dr. Eleanor Vance]] to the fracture clinic in [[LOCATION:Leicester]] after a fall on the ice.""",
    """[[LOCATION:Өмнөговь]] аймгийн уурхайн кемпэд ажилладаг [[PERSON:Батбаярын Ганзориг]] ([[AGE:34]] настай) ээлжийн амралтаараа [[DATE_TIME:2024 оны 7-р сарын 15]]-нд [[LOCATION:Улаанбаатар]] руу буцна. Түүний утас [[PHONE_NUMBER:9911 4827]].""",
    """The crew change at [[LOCATION:Rotterdam]] went smoothly: chief engineer [[PERSON:Oleksandr Hnatiuk]] signed on, and the outgoing second engineer, [[PERSON:Ramon Villanueva]], flew home to [[LOCATION:Manila]] on [[DATE_TIME:11 April]]. [[PERSON:Ramon]]'s seaman's book number is [[ID_NUMBER:A0298114]].""",
    """hey, this is [[PERSON:jess morales]], i ordered boots last week (order #W88213-C) but they went to my old place at [[ADDRESS:2208 Magnolia Ave, Apt 3B]], [[LOCATION:Tallahassee]], [[LOCATION:FL]] [[ZIP_CODE:32301]] — can you redirect? my email's [[EMAIL_ADDRESS:jessmorales.fl@gmail.com]]""",
    """[[TITLE:Captain]] [[PERSON:Rangi Parata]] is rostered as pilot in command on the [[DATE_TIME:14 October 2024 05:50]] departure from [[LOCATION:Auckland]], with [[PERSON:Hannah Liu]] in the right seat. His CAA participant number is [[ID_NUMBER:48211093]].""",
    """[[PERSON:Wanjiru Kamau]]'s car was rear-ended on [[ADDRESS:47 Ngong Road]] in [[LOCATION:Nairobi]] on [[DATE_TIME:22 January 2025]]. She has since filed claim CLM-558190 and can be reached on [[PHONE_NUMBER:0722 418 903]].""",
    """[[PERSON:Deshawn Carter]], a haul truck operator at the gold mine outside [[LOCATION:Elko]], failed a random breath test at the camp gate at [[DATE_TIME:05:12 on 3 August]] and has been stood down pending review. His [[LOCATION:Nevada]] driver's license number is [[US_DRIVER_LICENSE:1401287653]].""",
    """Our daughter [[PERSON:Amara]] starts at St Brigid's National School on [[DATE_TIME:2 September]]. Please update her emergency contact to her father, [[PERSON:Declan Murphy]], on [[PHONE_NUMBER:086 441 2730]], and note her PPS number [[ID_NUMBER:8452017TA]].""",
    """[[PERSON:Ерлан Сәрсенбаев]] [[LOCATION:Жезқазған]] маңындағы кеніштің вахталық лагерінде жұмыс істейді. Келесі вахтасы [[DATE_TIME:2024 жылғы 3 қыркүйекте]] басталады. ЖСН: [[ID_NUMBER:790625302641]], телефоны [[PHONE_NUMBER:+7 701 482 15 93]].""",
    """Bosun [[PERSON:Ye Min Aung]] from [[LOCATION:Yangon]] has asked that his wages go to his wife [[PERSON:Thandar Win]]'s account this month; she can be contacted at [[PHONE_NUMBER:+95 9 421 887 350]].""",
    """Please port [[PHONE_NUMBER:07700 914 286]] to the new SIM. The account holder is [[PERSON:Gareth Pryce-Jones]], [[ADDRESS:Flat 2, 19 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HA]].""",
    """Cabin crew member [[PERSON:Priyanka Deshmukh]] (staff no. [[ID_NUMBER:EMP 40718]]) reported feeling unwell after the [[LOCATION:Mumbai]] turnaround on [[DATE_TIME:Tue, 19 Nov 2024]] and was signed off sick by the company doctor, [[PERSON:Dr. Farhan Qureshi]].""",
    """The lease for [[ADDRESS:Unit 7, 112 Beaufort Street]], [[LOCATION:Mount Lawley]] [[LOCATION:WA]] [[ZIP_CODE:6050]] will be in the names of [[PERSON:Liam Nguyen]] and [[PERSON:Chloe Papadopoulos]] from [[DATE_TIME:1/02/2025]].""",
    """gg to [[USERNAME:xXfrostbyteXx]] — the guy behind that handle is apparently [[PERSON:Marcus Oyelaran]], [[AGE:17]], from [[LOCATION:Croydon]], going by the tournament sign-up sheet.""",
    """Sain baina uu, bi [[PERSON:Enkhjargal]] baina. Bi [[DATE_TIME:10-r sariin 5]]-nd [[LOCATION:Darkhan]] ruu nuukh gej baigaa. Minii utas [[PHONE_NUMBER:8808 3316]], email [[EMAIL_ADDRESS:enkhjargal.b@gmail.com]].""",
    """Refill request for [[TITLE:mrs.]] [[PERSON:beatrice holloway]], dob [[DATE_TIME:04-17-1941]], at [[ADDRESS:88 Orchard Lane]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]]. Call her daughter [[PERSON:Ruth]] at [[PHONE_NUMBER:207-555-0143]] if there's a problem with the insurance.""",
    """Safety induction for new starters at the platinum shaft near [[LOCATION:Rustenburg]] took place on [[DATE_TIME:Monday 6 January 2025]]; [[PERSON:Sipho Mahlangu]] (ID [[ID_NUMBER:8807215120080]]) and [[PERSON:Lerato Mokoena]] both passed the medical.""",
    """Please update payroll: [[PERSON:Aarav Menon]]'s new bank account is [[ID_NUMBER:50100287463192]] with IFSC HDFC0001234, and his Aadhaar [[ID_NUMBER:7392 1846 5028]] has now been verified.""",
    """Deck cadet [[PERSON:Joshua Abiodun]], [[AGE:20]], joined MV Kestrel Bay (IMO 9482134) at [[LOCATION:Lagos]] anchorage. His next of kin is his mother, [[PERSON:Funmilayo Abiodun]], of [[ADDRESS:23 Ogunlana Drive]], [[LOCATION:Surulere]].""",
    """Just saw that [[PERSON:Kaitlyn]] moved to [[LOCATION:Halifax]] — her new insta is [[USERNAME:kait.outdoors]] if anyone wants to follow, and she says her housewarming is [[DATE_TIME:March 22nd]].""",
    """We regret to inform you that [[PERSON:Mohammed Al-Harbi]]'s crew badge [[ID_NUMBER:CRW-118402]] was reported lost at [[LOCATION:Jeddah]] on [[DATE_TIME:17 Rajab 1446]] ([[DATE_TIME:17 January 2025]]). A replacement will be issued once he signs the declaration.""",
    """The hearing in [[PERSON:Okafor]] v. Brightline Logistics is listed for [[DATE_TIME:10:00 am on 4 March 2025]] at the civil justice centre in [[LOCATION:Manchester]]. The claimant, [[PERSON:Chidi Okafor]], lives at [[ADDRESS:5 Rusholme Place]], [[ZIP_CODE:M14 5TQ]].""",
    """Sälem! Men [[PERSON:Aruzhan Nurlanqyzy]], [[AGE:27]] jastamyn, [[LOCATION:Almaty]] qalasynda turamyn. Telefonym: [[PHONE_NUMBER:+7 707 315 62 48]], poşta: [[EMAIL_ADDRESS:aruzhan.n@mail.kz]].""",
    """Owner [[PERSON:Dmitri Volkov]] ([[PHONE_NUMBER:604-318-2294]]) brought his spaniel, Biscuit, in on [[DATE_TIME:12 May]] for boosters; invoice INV-20931 was paid with the card ending 4417.""",
    """[[PERSON:Jean-François Tremblay]] checked into room B-214 at the oil sands lodge north of [[LOCATION:Fort McMurray]] on [[DATE_TIME:2024-11-03]] for a 14-on/7-off rotation; his SIN [[ID_NUMBER:728 154 303]] is already on file with payroll.""",
    """To collect the new passport, [[PERSON:Ms. Thandiwe Ndlovu]] must bring her ID book ([[ID_NUMBER:9302090814089]]) to the Home Affairs office in [[LOCATION:Pretoria]] on [[DATE_TIME:14 February 2025 at 09:15]].""",
    """If anything happens to me at sea, please contact my brother [[PERSON:Arjun Pillai]] at [[PHONE_NUMBER:+91 98470 22513]] or [[EMAIL_ADDRESS:arjun.pillai77@yahoo.co.in]]. — [[PERSON:Vishnu]], AB, MT Coral Sentinel""",
    """[[PERSON:Sofia Castellanos]] cancelled her membership on [[DATE_TIME:31/10/2024]]; the pro-rata refund goes back to the [[CREDIT_CARD:4485 2719 6632 0585]] card on file.""",
    """Reminder: [[PERSON:Grace Mwangi]] and [[PERSON:Obinna Eze]] report for airport standby at [[DATE_TIME:04:30 on Sunday 1 December]]. The crew bus will collect [[PERSON:Grace]] from [[ADDRESS:Kilimani Court, Apartment 6C, Argwings Kodhek Road]], [[LOCATION:Nairobi]].""",
    """Эрхэм [[PERSON:Д.Оюунцэцэг]] танаа, таны цалингийн данс [[IBAN_CODE:MN82 0005 0050 6271 4389]] руу шилжүүлэг хийгдлээ. Регистрийн дугаар [[ID_NUMBER:УБ85120617]]-тай холбоотой асуулт байвал [[PHONE_NUMBER:7011-2845]] дугаарт залгана уу.""",
    """The login from [[IP_ADDRESS:197.232.61.18]] at 03:14 didn't look like [[PERSON:Brian Otieno]], so we've locked the account [[USERNAME:b.otieno]] and sent a reset link to [[EMAIL_ADDRESS:brian.otieno@outlook.com]].""",
    """[[PERSON:Javiera Muñoz]], the [[NRP:Chilean]] geologist at the copper camp near [[LOCATION:Calama]], was born on [[DATE_TIME:9 August 1990]] and holds RUT [[ID_NUMBER:17.482.903-9]]; she rotates seven days up, seven days down.""",
    """Dear [[PERSON:Mr. Kowalczyk]], your son [[PERSON:Filip]], [[AGE:11]], was marked absent on [[DATE_TIME:Wednesday, January 15]]. Please call the front office if this is a mistake.""",
    """The master, [[PERSON:Jovan Petrović]] — a [[NRP:Montenegrin]] national who has commanded the ship since [[DATE_TIME:June 2022]] — signed the crew list before the port state inspection.""",
    """Parcel for [[PERSON:Nguyễn Thị Hoa]], [[ADDRESS:17/4 Westall Road]], [[LOCATION:Springvale]] [[LOCATION:VIC]] [[ZIP_CODE:3171]] — leave with the neighbour at no. 19 if not home; ph [[PHONE_NUMBER:0433 108 262]].""",
    """Бортсерік [[PERSON:Әсел Қасымова]] [[DATE_TIME:2025 жылғы 15 наурыз, сағат 06:20]] [[LOCATION:Астана]] әуежайындағы брифингке келуі тиіс. Табель нөмірі: [[ID_NUMBER:KC-20417]].""",
    """Policy holder [[PERSON:Rhys Llewellyn]] says his bicycle was stolen from outside [[ADDRESS:31 Mill Street]], [[LOCATION:Oxford]] on the night of [[DATE_TIME:2 Feb]]; he has attached the receipt and the frame serial WTU218C4410J.""",
    """[[PERSON:Daniyar Zhaksylykov]], a shift supervisor at the coal mine near [[LOCATION:Karaganda]], was injured underground on [[DATE_TIME:19 October 2024]]. His IIN is [[ID_NUMBER:870314301828]] and his wife [[PERSON:Madina]] can be reached on [[PHONE_NUMBER:+7 777 204 81 36]].""",
    """Transfer €2,300 to [[PERSON:Lucía Fernández Ortega]], IBAN [[IBAN_CODE:ES84 0049 1500 0505 2109 6473]], reference "rent March". She's the landlord at [[ADDRESS:Calle de Embajadores 48, 3º izq.]], [[LOCATION:Madrid]].""",
    """hi po, this is [[PERSON:Lorna Bautista]], wife of oiler [[PERSON:Rodel Bautista]]. The allotment hasn't arrived since [[DATE_TIME:Oct 15]]. My number is [[PHONE_NUMBER:0917 552 8814]] and our address is [[ADDRESS:Blk 12 Lot 7 Mabini St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Cainta]], [[LOCATION:Rizal]].""",
    """[[PERSON:Chen Wei]] ([[EMAIL_ADDRESS:wei.chen88@gmail.com]]) drew [[PERSON:Ayesha Rahman]] in the office Secret Santa, but the budget is £15 and the party is on [[DATE_TIME:19 December]] — don't tell her.""",
    """[[PERSON:Oluwaseun Adeyemi]] joined the [[LOCATION:Ibadan]] branch on [[DATE_TIME:1st of April 2023]] and his NIN is [[ID_NUMBER:48291037561]]; please add him to the pension scheme under RSA PIN [[ID_NUMBER:PEN100482913657]].""",
    """The clinic at the copper mine camp near [[LOCATION:Khanbogd]] treated [[PERSON:Tserendorj Bat-Ochir]], [[AGE:41]], for chest pain on [[DATE_TIME:the 8th of February]]. The camp's emergency contact for him is his wife, [[PERSON:Narantuya]], on [[PHONE_NUMBER:+976 9515 2274]].""",
    """Booking QX7L2P is under [[PERSON:Ms. Akosua Mensah]], passport [[ID_NUMBER:G2847153]], travelling [[LOCATION:Accra]]–[[LOCATION:London]] on [[DATE_TIME:5 Jan 2025]] with one checked bag.""",
    """i think [[PERSON:tom]]'s new address is [[ADDRESS:9 kensington gardens square]], [[LOCATION:london]] [[ZIP_CODE:w2 4bh]] but double-check with [[PERSON:priya]] before we post the wedding invite""",
    """On [[DATE_TIME:7 July 2024 at 14:40]] ordinary seaman [[PERSON:Andrei Munteanu]] fell from the accommodation ladder in [[LOCATION:Constanța]]. He was taken ashore by pilot boat; his [[NRP:Romanian]] ID card number is [[ID_NUMBER:RX 482917]].""",
    """[[PERSON:Maria Guadalupe Reyes]], SSN [[US_SSN:529-84-1736]], was seen in the ER on [[DATE_TIME:12/28/2024]] after a fall at home in [[LOCATION:El Paso]]; her Medicare number is [[ID_NUMBER:3KW7-PX2-RT61]].""",
    """Note to the head teacher: [[PERSON:Ben Okoro]] cannot cover classes on [[DATE_TIME:Fri 13/06]] or [[DATE_TIME:Sat 14/06]] as he'll be at his brother's wedding in [[LOCATION:Enugu]].""",
    """Нисэх багийн гишүүн [[PERSON:Ганбаатарын Сарангэрэл]] [[DATE_TIME:2024 оны 12-р сарын 3-ны 07:45]] цагт [[LOCATION:Сөүл]] рүү нисэх хуваарьтай. Имэйл: [[EMAIL_ADDRESS:sarangerel.g@gmail.com]].""",
    """The car, reg [[ID_NUMBER:LK19 XRM]], is registered to [[PERSON:Imran Chaudhry]] of [[ADDRESS:62 Whitehall Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS12 1AB]], and his driving licence number is [[ID_NUMBER:CHAUD807152IM9XY]].""",
    """G'day [[PERSON:Kirra]], just confirming your FIFO flights to [[LOCATION:Moranbah]]: out of [[LOCATION:Brisbane]] on [[DATE_TIME:Wed 22 Jan, 06:10]], back [[DATE_TIME:Wed 5 Feb]]. Your village room is C-17 and your TFN [[ID_NUMBER:459 821 737]] has gone through to payroll. Cheers, [[PERSON:Bronwyn]]""",
    """Someone made a fake profile at [[URL:https://www.facebook.com/aisling.keane.5243]] using photos of [[PERSON:Aisling Keane]] from [[LOCATION:Galway]]; she reported it on [[DATE_TIME:9 September 2024]] and is still waiting for a reply.""",
    """Fishing crew member [[PERSON:Agus Setiawan]], [[AGE:23]], from [[LOCATION:Tegal]], [[LOCATION:Central Java]], was repatriated from [[LOCATION:Port Louis]] on [[DATE_TIME:28 May 2024]] after the vessel owner finally returned his passport, [[ID_NUMBER:C 4418207]].""",
    """Student [[PERSON:Zainab Hussaini]] (student number [[ID_NUMBER:s2217845]]) has an extension on her dissertation until [[DATE_TIME:30 April]]; her supervisor is [[PERSON:Prof. Alastair McBride]].""",
    """Night-shift nurse [[PERSON:Kayla Brooks]] was taken off the [[DATE_TIME:Nov. 27]] rota after a complaint; her union rep, [[PERSON:Luis Ortega]], can be reached at [[PHONE_NUMBER:(312) 904-6617]].""",
    """[[LOCATION:Ақтау]] портынан шыққан танкердің экипаж мүшесі [[PERSON:Бауыржан Өтепов]] ([[AGE:38]] жаста) [[DATE_TIME:12.08.2024]] күні палубада жарақат алды. Жұбайының телефоны: [[PHONE_NUMBER:8 (7292) 40-18-66]].""",
    """[[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S8734216F]], has applied for a home loan on [[ADDRESS:Blk 412 Tampines Street 41, #08-223]], [[LOCATION:Singapore]] [[ZIP_CODE:520412]].""",
    """[[PERSON:Kwame Asante]] starts his first term at the boarding school in [[LOCATION:Cape Coast]] on [[DATE_TIME:Monday, 3 March 2025]]; his guardian, [[PERSON:Efua Asante]], has paid the fees and her Ghana Card number is [[ID_NUMBER:GHA-712845390-4]].""",
    """The [[PERSON:Haugens]] at [[ADDRESS:4410 Cedar Ridge Dr]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55804]] have asked us to stop the newspaper until [[PERSON:Ingrid]] gets back from [[LOCATION:Bergen]].""",
    """Cook [[PERSON:Tevita Fifita]] from [[LOCATION:Nuku'alofa]] joined the longliner at [[LOCATION:Suva]] on [[DATE_TIME:3/9/2024]]; his emergency contact is [[PERSON:Mele Fifita]], [[PHONE_NUMBER:+676 772 4410]].""",
    """[[PERSON:Bat-Erdene]] ahaa, tanii tsalin [[IBAN_CODE:MN90 0015 0031 1874 5960]] dans ruu shiljlee. Asuult baival [[PERSON:Tsetsegmaa]]-d [[PHONE_NUMBER:7012-3390]] utsaar handaarai.""",
    """The hotel has a reservation for [[PERSON:Ahmed Siddiqui]] and his wife [[PERSON:Sana]], arriving [[DATE_TIME:Thursday 20 March, 23:30]]; he asked for a cot and gave [[PHONE_NUMBER:+92 300 845 1172]] as a contact.""",
    """[[PERSON:Latoya Jenkins]], a registered [[NRP:Democrat]] in [[LOCATION:Fulton County]], [[LOCATION:Georgia]], requested an absentee ballot on [[DATE_TIME:September 30]] to be mailed to [[ADDRESS:1187 Peachtree St NE, Unit 1204]], [[LOCATION:Atlanta]] [[ZIP_CODE:30309]].""",
    """Hi [[PERSON:Ooloota]], your charter from [[LOCATION:Iqaluit]] up to the mine is booked for [[DATE_TIME:Jan 9 at 8:00]]. Please bring your [[LOCATION:Nunavut]] health card ([[ID_NUMBER:172 486 309]]) for the site medic.""",
    """I just got a text saying my account was locked. My name is [[PERSON:Patrick Dunne]] and the IBAN is [[IBAN_CODE:IE85 AIBK 9311 5248 2073 16]] — is this genuine or a scam?""",
    """Dear [[PERSON:Mrs. Kaur]], we confirm that your husband, [[PERSON:Gurpreet Singh]], third officer on the tanker, will sign off in [[LOCATION:Fujairah]] on [[DATE_TIME:2025-02-14]] and fly to [[LOCATION:Amritsar]] the same evening.""",
    """ugh [[PERSON:nikhil]] got the night shift again on [[DATE_TIME:31 dec]], third year in a row lol. someone swap with him pls, his staff number is [[ID_NUMBER:60412]]""",
    """Qūrmetti [[PERSON:Dinara Bekova]]! Sızdıñ [[LOCATION:Astana]]–[[LOCATION:Frankfurt]] reisıñız boiynşa brifing [[DATE_TIME:2025 jylğy 14 aqpan, sağat 05:30]] ötedı. Ekipaj nömırıñız: [[ID_NUMBER:KZC-30981]].""",
    """[[PERSON:Цэрэндоржийн Энхбаяр]] ([[AGE:45]] настай, эрэгтэй) нь [[LOCATION:Дорноговь]] аймгийн уурхайн ээлжийн ажилтан бөгөөд [[DATE_TIME:2025.01.22]]-нд хөлөө гэмтээсэн. Регистр: [[ID_NUMBER:ДО79112908]].""",
    """Hello [[PERSON:Mr. Begay]], your badge for the construction site in [[LOCATION:Flagstaff]] is ready. Bring your [[LOCATION:Arizona]] license [[US_DRIVER_LICENSE:D08412937]] to the gate office. — [[PERSON:Cheryl]]""",
    """Thanks for your donation, [[PERSON:Haruto Sato]]! A receipt has been emailed to [[EMAIL_ADDRESS:haruto.sato@icloud.com]] and will show your address as [[ADDRESS:301-1550 Alberni Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6G 1A5]].""",
    """Team sheet for Saturday: captain [[PERSON:Morwenna Tregarthen]] ([[PHONE_NUMBER:+44 7812 330 915]]), [[PERSON:Ollie Quinn]] in goal, and the new signing [[PERSON:Kofi Adjei]], whose date of birth the league needs as [[DATE_TIME:02.05.1999]].""",
    """[[PERSON:Emeka Nwosu]]'s yellow fever jab was on [[DATE_TIME:18 Aug 2015]], so crew control can keep rostering him on the [[LOCATION:Lagos]] and [[LOCATION:Kinshasa]] trips; his staff number is [[ID_NUMBER:100488]].""",
    """Dear [[PERSON:Margaret Ellison]], to release your parcel please confirm your date of birth ([[DATE_TIME:21/06/1952]]) and the card [[CREDIT_CARD:4929 8811 0473 6528]] at the link below.""",
    """[[PERSON:shane o'brien]] from the packing line is turning [[AGE:50]] on [[DATE_TIME:the 14th of may]] — cake in the break room after night shift, chip in a fiver to [[PERSON:dee]]""",
    """Your driver [[PERSON:Abdirahman]] is arriving in a silver Corolla, plate [[ID_NUMBER:KDG 417T]]; you can call him on [[PHONE_NUMBER:+254 711 308 624]].""",
    """Seafarers' centre notice: [[PERSON:Dmytro Kovalenko]], AB, has been missing since he went ashore in [[LOCATION:Santos]] on [[DATE_TIME:16 November 2024]]. He is [[AGE:31]], [[NRP:Ukrainian]], and was last seen near [[ADDRESS:Rua Xavier da Silveira 112]].""",
    """According to the school nurse, [[PERSON:Leilani Kahananui]]'s inhaler prescription was renewed by [[PERSON:Dr. Keoni Akana]] on [[DATE_TIME:Aug 8, 2024]]; the family's address on file is [[ADDRESS:94-1021 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """Please tell [[PERSON:Mary Joy Santos]] ([[ID_NUMBER:FA-30927]]) that her cabin crew medical is booked for [[DATE_TIME:25 Oct, 10:30 AM]]; her SSS number [[ID_NUMBER:34-5281946-2]] is needed for the claim.""",
    """Sir, I am [[PERSON:Ramesh Kumar Yadav]] from [[LOCATION:Gorakhpur]]. My PAN is [[ID_NUMBER:AHKPY4721Q]] and mobile [[PHONE_NUMBER:9839 412 775]]; kindly process my refund at the earliest.""",
    """[[PERSON:Chanda Mwila]] from [[LOCATION:Kitwe]] moves to the underground crew at the mine in [[LOCATION:Chingola]] from [[DATE_TIME:1 June]]; his NRC is [[ID_NUMBER:481203/67/1]].""",
    """[[PERSON:Gantulga]] ah, chi [[DATE_TIME:5 sariin 20]]-nd kemp ruu butsah uu? [[PERSON:Oyunbileg]] egch chamaig asuugaad baina, utas ni [[PHONE_NUMBER:9908 1152]].""",
    """Құрметті [[PERSON:Гүлнар Омарова]], [[LOCATION:Алматы]] қаласы, [[ADDRESS:Сәтбаев көшесі, 24-үй, 58-пәтер]] мекенжайына жіберілген сәлемдемеңіз [[DATE_TIME:11 қараша]] күні жеткізіледі.""",
    """The spare key is with the neighbour at [[ADDRESS:12 Rowan Close]], a retired music teacher called [[PERSON:Hyacinth Bramble]].""",
    """Jumpseat request approved for [[PERSON:Sven Lindqvist]] (crew ID [[ID_NUMBER:SK-45120]]) on [[DATE_TIME:2 April]], [[LOCATION:Stockholm]]–[[LOCATION:Oslo]]; he must carry his company ID and passport [[ID_NUMBER:94718263]].""",
    """[[PERSON:Manpreet Gill]], [[AGE:62]], of [[LOCATION:Brampton]], has an MRI on [[DATE_TIME:Friday, February 7 at 7:45 p.m.]]; her OHIP number is [[ID_NUMBER:4823-719-507-KT]].""",
]

BENCH = [
    """Attention [[PERSON:Rosalind]], your biometric enrolment at the [[LOCATION:Port Hedland]] site office is confirmed for [[DATE_TIME:11/07/2024]]. Bring your camp access card and the laptop with MAC 3c:22:fb:9a:41:0e so IT can register it. Your village room will be D-14 and your escort on the day is [[PERSON:Garry Leung]] ([[PHONE_NUMBER:0419 332 850]]).""",
    """[[PERSON:Rodrigo Quispe]], our Senior Implementation Strategist, logged in from [[IP_ADDRESS:181.65.203.14]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36. Please confirm the charge on [[CREDIT_CARD:4716 2289 5530 1241]] (CVV 482, exp 09/27) before we ship to [[ADDRESS:Av. José Larco 1150, Dpto. 702]], [[LOCATION:Miraflores]], [[LOCATION:Lima]].""",
    """Hey [[PERSON:Mx. Rowan Ellery]], the Dynamic Paradigm Coordinator role at Kassulke Group needs your sort code 20-45-77 and IBAN [[IBAN_CODE:GB45 BARC 2004 1558 3920 47]] to set up payroll (BIC BARCGB22). Your start date is [[DATE_TIME:Monday 2nd December]] and your username will be [[USERNAME:rellery]].""",
    """Hello [[PERSON:Nikolaos Papadakis]], as chief cook on the vessel with IMO 9375068 your shore pass for [[LOCATION:Piraeus]] needs your seaman's book number [[ID_NUMBER:GR-SB 0184522]] and your date of birth, [[DATE_TIME:03/04/1981]]. Reply to [[EMAIL_ADDRESS:n.papadakis81@hotmail.gr]] if anything is missing.""",
    """The account [[USERNAME:Darian_Halvorsen42]] with password q7#Lm!92Rz was accessed from [[IP_ADDRESS:2a02:c7f:8e21:6a00:5d1b:9f3e:12c4:a77]] on [[DATE_TIME:2024-02-29 22:41]]. The owner, [[PERSON:Darian Halvorsen]], lives at [[ADDRESS:5521 Birchwood Terrace, Apt. 12]], [[LOCATION:Fargo]], [[LOCATION:ND]] [[ZIP_CODE:58103]].""",
    """Dear [[PERSON:Ms. Ifeoma Chukwu]], your order of two ergonomic chairs will be delivered to [[ADDRESS:Plot 18, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] on [[DATE_TIME:June 14, 2024]]. We charged the Visa [[CREDIT_CARD:4024 0071 5283 4387]] expiring 11/26; our Customer Accounts Liaison will call you on [[PHONE_NUMBER:0803 227 5194]].""",
    """Patient [[PERSON:Yusuf Demir]], [[AGE:45]] years, male, 1.78 m, registered his address as [[ADDRESS:Bağdat Caddesi No: 214 D: 9]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]] [[ZIP_CODE:34728]] and gave the IBAN [[IBAN_CODE:TR12 0006 2000 0084 1275 3096 12]] for reimbursements.""",
    """Your vehicle [[ID_NUMBER:WP21 KZT]] (VIN WBA3A5G59DNP26082) has been registered to [[PERSON:Keziah Abernathy]] at [[ADDRESS:Flat 9, Harbour View, 3 Quay Street]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 4DJ]]. The V5C will arrive within five working days.""",
    """Kindly transfer the camp accommodation bond of $1,250 from account [[ID_NUMBER:1048 2276 31]] (BSB 066-128) to [[PERSON:Tjandamurra Collins]]. His contact while on swing in [[LOCATION:Karratha]] is [[PHONE_NUMBER:(08) 9144 2765]] and his email is [[EMAIL_ADDRESS:tcollins.fifo@bigpond.com]].""",
    """[[PERSON:Anneliese Vogt]] (born [[DATE_TIME:1976-11-30]]) from [[LOCATION:Leipzig]] sent her IBAN [[IBAN_CODE:DE43 7605 0101 0012 7458 36]] and BIC SSKNDE77XXX for the refund of the cancelled cruise; her phone is [[PHONE_NUMBER:+49 341 2298 4410]].""",
    """[[PERSON:Kristóf Szabó]], First Officer (A320), logged into the crew portal as [[USERNAME:kszabo_fo]] from [[IP_ADDRESS:84.236.17.203]] on [[DATE_TIME:Sun 03 Mar 2024 21:17]]. His Part-FCL licence is [[ID_NUMBER:HU.FCL.00418]] and his profile is at [[URL:https://www.linkedin.com/in/kristof-szabo-a320]].""",
    """[[PERSON:Dr. Amadou Diallo]]'s new office is on [[ADDRESS:Floor 3, 770 Rue Saint-Jacques]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3C 1G1]]. Please send his security token (SN-4418-XQ) by courier and forward his SIN, [[ID_NUMBER:130 528 474]], to HR only.""",
    """Hi [[PERSON:Lwazi Dube]], a payment of R3,450.00 from card [[CREDIT_CARD:5182 7164 9903 3777]] was declined at 14:02. If this wasn't you, call us. Your registered address is [[ADDRESS:12 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].""",
    """Vessel crew roster update: [[PERSON:Rommel Dela Cruz]] (Able Seaman, born [[DATE_TIME:May 17, 1988]], [[LOCATION:Iloilo City]]) — SIRB [[ID_NUMBER:C0287413]], passport [[ID_NUMBER:P4471820B]], mobile [[PHONE_NUMBER:+63 917 402 5518]], joining at [[LOCATION:Busan]] on [[DATE_TIME:2024-09-21]].""",
    """The Global Tactics Designer, [[PERSON:Maëlle Rousseau]], asked that her salary be paid into [[IBAN_CODE:FR76 3000 3015 4200 0508 1294 174]] starting [[DATE_TIME:1 March]]. Her badge is paired with MAC 00:1A:2B:7C:9D:E4 and her desk phone is ext. 4471.""",
    """Kia ora [[PERSON:Aroha Ngata]], we've updated your IRD number to [[ID_NUMBER:128-475-632]] and your address to [[ADDRESS:27 Tawa Street]], [[LOCATION:Ōtaki]] [[ZIP_CODE:5512]]. Your KiwiSaver statements will now go to [[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]].""",
    """Please courier the replacement PPE to [[PERSON:Bolormaa Dashdorj]] at the coal camp near [[LOCATION:Tsogttsetsii]], phone [[PHONE_NUMBER:+976 8811 9043]]; her register number [[ID_NUMBER:ТБ95082413]] must be written on the parcel for the gate guards.""",
    """[[PERSON:Ivana Horvat]] (username [[USERNAME:ivanah_zg]]) changed her password to Zagreb#2024! and her recovery email to [[EMAIL_ADDRESS:ivana.horvat@t-com.hr]] on [[DATE_TIME:8 March 2024, 19:22]] from [[IP_ADDRESS:93.138.72.14]].""",
    """Our records show that [[PERSON:Consuelo Ibarra]], aged [[AGE:58]], of [[ADDRESS:3907 W Camelback Rd, Suite 150]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85019]], holds passport [[US_PASSPORT:583920174]] and SSN [[US_SSN:612-40-8831]].""",
    """Cabin crew [[PERSON:Fatima Zahra Benali]] (crew ID [[ID_NUMBER:CC-70213]], CIN [[ID_NUMBER:BK482916]]) reports at [[DATE_TIME:2024-07-01T04:15Z]] for the [[LOCATION:Casablanca]]–[[LOCATION:Montreal]] rotation; contact [[PHONE_NUMBER:+212 661-408275]].""",
    """[[PERSON:Henrik Sørensen]]'s flat at [[ADDRESS:Nørrebrogade 118, 3. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]] is mortgaged under loan account [[ID_NUMBER:3409-0127485521]]; the Principal Paradigm Analyst handling it asked for his CPR number [[ID_NUMBER:140382-1947]].""",
    """The shipping agent in [[LOCATION:Chittagong]] needs the following for [[PERSON:Vikram Rathore]] (DOB [[DATE_TIME:22-Jan-1979]], Indian CDC [[ID_NUMBER:MUM 214583]], INDoS [[ID_NUMBER:06NL4721]]): a copy of passport [[ID_NUMBER:Z4829173]] and a reply from [[EMAIL_ADDRESS:vikram.rathore.mm@gmail.com]].""",
    """Your verification code is 482913. If you did not request it, contact support. Account: [[EMAIL_ADDRESS:camille.ng@protonmail.com]], phone on file [[PHONE_NUMBER:+65 9123 4870]], last login [[DATE_TIME:14/05/2024 08:02]] from [[IP_ADDRESS:116.88.41.209]].""",
    """Mine Shift Manager [[PERSON:Camila Rojas Fuentes]] approved overtime for [[PERSON:Matías Sepúlveda]] (RUT [[ID_NUMBER:15.306.271-4]]) at the camp outside [[LOCATION:Antofagasta]]; the payslip goes to [[EMAIL_ADDRESS:msepulveda.cl@gmail.com]].""",
    """[[PERSON:Dominika Nowak]], PESEL [[ID_NUMBER:91041803680]], asked to change her payout account to [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]] and her address to [[ADDRESS:ul. Długa 17/4]], [[ZIP_CODE:80-831]] [[LOCATION:Gdańsk]].""",
    """We noticed a sign-in to [[USERNAME:georgie.w]] from Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 at [[IP_ADDRESS:86.14.220.37]]. [[PERSON:Georgina Whitfield]], if this was you, no action is needed.""",
    """[[PERSON:Zhang Li]]'s home address is [[ADDRESS:Room 1502, Building 7, 88 Xizang Road]], [[LOCATION:Shanghai]] [[ZIP_CODE:200001]]; the Legacy Brand Facilitator will post her contract there and text [[PHONE_NUMBER:+86 139 1742 6085]] when it ships.""",
    """Update billing: name on card [[PERSON:JAYLEN T ROBINSON]], number [[CREDIT_CARD:4263 9826 4026 9935]], exp 08/28, CVV 319, billing ZIP [[ZIP_CODE:60619]], email [[EMAIL_ADDRESS:jaylen.robinson@yahoo.com]].""",
    """[[PERSON:Aigerim Seitkali]]'s visa application lists her address as [[ADDRESS:Dostyk Avenue 132, apt. 45]], [[LOCATION:Almaty]] [[ZIP_CODE:050051]], her IIN as [[ID_NUMBER:921102405175]] and a Visa card [[CREDIT_CARD:4400 4302 6155 8719]] for the fee.""",
    """Ratings signing on at [[LOCATION:Suva]]: [[PERSON:Sione Taufa]] (OS, DOB [[DATE_TIME:1999-02-11]], seaman's book [[ID_NUMBER:FJ 208451]]) and [[PERSON:Jone Ratu]] (Wiper, DOB [[DATE_TIME:1995-07-30]], seaman's book [[ID_NUMBER:FJ 199734]]). Allotments to [[PERSON:Losana Ratu]], [[PHONE_NUMBER:+679 927 4418]].""",
    """WORKERS' COMPENSATION CLAIM
Claimant: [[PERSON:Ryan Tuhiwai]] | DOB: [[DATE_TIME:12/04/1986]] | Employee No.: [[ID_NUMBER:E-558102]]
Site: underground gold mine, [[LOCATION:Kalgoorlie]] [[LOCATION:WA]]
Date/time of injury: [[DATE_TIME:27/08/2024, approx. 02:30]]
Description: the claimant's left hand was caught in the conveyor tail pulley during night shift. First aid given at the site clinic; flown to [[LOCATION:Perth]] by RFDS.
Medicare No.: [[ID_NUMBER:2953 41877 1]] | Contact: [[PHONE_NUMBER:0427 118 064]] | Postal: [[ADDRESS:PO Box 1186]], [[LOCATION:Boulder]] [[LOCATION:WA]] [[ZIP_CODE:6432]]""",
    """LOAN AGREEMENT made on [[DATE_TIME:the 3rd day of February, 2025]] between First Meridian Credit Union ("Lender") and [[PERSON:Tobias Whitlock]] ("Borrower"), residing at [[ADDRESS:77 Heron Way]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]]. Borrower SSN: [[US_SSN:247-61-9083]]. Principal: $18,500.00 at 7.25% APR over 60 months. Funds will be disbursed to account no. [[ID_NUMBER:004417829]], routing 053000196.""",
    """MEDICAL EXAMINATION REPORT FOR SEAFARERS (MLC 2006)
Surname: [[PERSON:Lim]]   Given names: [[PERSON:Eduardo Santos]]
Date of birth: [[DATE_TIME:1991-10-09]]   Sex: M   Nationality: [[NRP:Filipino]]
Department: Catering   Position: Messman
Examined by [[PERSON:Dr. Grace Villaflor]], [[ADDRESS:2/F, 1144 Taft Avenue]], [[LOCATION:Ermita]], [[LOCATION:Manila]], on [[DATE_TIME:15 January 2025]].
Hearing: satisfactory. Colour vision: normal. Result: FIT for sea service without restrictions.""",
    """Claim reference HX-2219-88. Insured: [[PERSON:Isabelle Fontaine]] and [[PERSON:Marc Fontaine]], [[ADDRESS:16 chemin des Érables]], [[LOCATION:Gatineau]], [[LOCATION:Québec]] [[ZIP_CODE:J9H 4Z2]]. Date of loss: [[DATE_TIME:January 18, 2025]]. A pipe in the unheated garage froze and burst; the adjuster, [[PERSON:Neil Sharma]], inspected on [[DATE_TIME:January 21]] and recommends settlement of $14,720.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Olga Petrenko]]    MRN: [[ID_NUMBER:00781245]]    DOB: [[DATE_TIME:1967-05-02]] ([[AGE:57]] y)
Admitted: [[DATE_TIME:03/02/2025]]    Discharged: [[DATE_TIME:03/09/2025]]
Attending: [[PERSON:Dr. Samuel Adebayo]]
Diagnosis: community-acquired pneumonia. Follow-up with GP [[PERSON:Dr. Helen Marsh]] within 7 days. Emergency contact: [[PERSON:Taras Petrenko]] (son), [[PHONE_NUMBER:(647) 382-9014]].""",
    """This Employment Agreement is entered into on [[DATE_TIME:1 August 2024]] between SkyMeridian Airways Ltd ("the Company") and [[PERSON:Thabo Khumalo]], a [[NRP:South African]] citizen, identity number [[ID_NUMBER:7601145633085]], born [[DATE_TIME:14 January 1976]], residing at [[ADDRESS:9 Protea Crescent]], [[LOCATION:Kempton Park]], [[ZIP_CODE:1619]]. The Employee is engaged as Senior Cabin Crew and shall be based at [[LOCATION:Johannesburg]].""",
    """NOTICE TO VACATE
To: [[PERSON:Gabriel Moreau]]
Premises: [[ADDRESS:Unit 5/44 Smith Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]]
You are required to vacate the premises by [[DATE_TIME:30 June 2025]] because the owner intends to sell. Signed, [[PERSON:Priscilla Tan]], property manager, on [[DATE_TIME:28 April 2025]].""",
    """INCIDENT REPORT — exploration camp, [[LOCATION:Ömnögovi]]
Reported by: [[PERSON:Ganbold Tsogt]] (camp HSE officer)
Injured person: [[PERSON:Liam Fraser]], drilling contractor, [[NRP:Scottish]], [[AGE:36]]
Date/time: [[DATE_TIME:2024-05-09 16:45]]
A generator fuel hose failed near the mess tent; [[PERSON:Fraser]] suffered a minor burn to the right forearm and was treated by the camp medic, [[PERSON:Munkhzul]]. No lost time.""",
    """Dear Sir/Madam, I am writing to complain about the handling of my account [[ID_NUMBER:38120574]]. On [[DATE_TIME:4 November 2024]] your branch refused to let me withdraw my own savings. My name is [[PERSON:Olufemi Balogun]], I live at [[ADDRESS:41 Craven Park Road]], [[LOCATION:London]] [[ZIP_CODE:NW10 8SE]], and I have banked with you for nineteen years. Yours faithfully, [[PERSON:O. Balogun]]""",
    """SCHOOL ENROLMENT FORM 2025
Student: [[PERSON:Mateo Álvarez]]   Date of birth: [[DATE_TIME:09/03/2017]]   Year: 3
Parent/guardian: [[PERSON:Carolina Álvarez]]   Phone: [[PHONE_NUMBER:0421 690 338]]
Address: [[ADDRESS:6 Wattle Grove]], [[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]]
Medical notes: peanut allergy (EpiPen in bag). Religion: [[NRP:Catholic]].""",
    """SEAFARER EMPLOYMENT AGREEMENT
Seafarer: [[PERSON:Huang Jianguo]], born [[DATE_TIME:6 June 1983]] in [[LOCATION:Dalian]], [[NRP:Chinese]]
Seaman's book: [[ID_NUMBER:E31058472]]   Passport: [[ID_NUMBER:EJ4812093]]
Capacity: Second Engineer   Vessel: MV Golden Tern, IMO 9628415
Period: 6 months (+/-1) from sign-on at [[LOCATION:Qingdao]] on [[DATE_TIME:2024-12-02]]
Next of kin: [[PERSON:Wang Fang]] (wife), [[PHONE_NUMBER:+86 138 4112 7750]]""",
    """Rx — [[PERSON:Dr. Nkechi Obi]], MBBS
Patient: [[PERSON:Ikenna Udeh]], [[AGE:8]] yrs, weight 27 kg
Address: [[ADDRESS:15 Zik Avenue]], [[LOCATION:Enugu]]
Date: [[DATE_TIME:12/02/2025]]
Amoxicillin 250 mg/5 ml, 10 ml three times daily for 7 days.
Refills: 0""",
    """IN THE MAGISTRATES' COURT AT [[LOCATION:DURBAN]]
SUMMONS: You, [[PERSON:Pieter van der Merwe]], identity number [[ID_NUMBER:8103096172089]], of [[ADDRESS:23 Musgrave Road]], [[LOCATION:Berea]], are summoned to appear on [[DATE_TIME:Tuesday, 11 March 2025 at 09:00]] to answer a claim by [[PERSON:Naledi Zulu]] for R42,000.""",
    """Dear [[PERSON:Yannick Mbappé-Lewis]],
Following the investigation into the missed report time for flight SMA214 on [[DATE_TIME:17 February 2025]], the Company has decided to issue you with a first written warning. This letter will remain on your file (staff no. [[ID_NUMBER:SM-11873]]) for twelve months. You may appeal within 7 days to [[PERSON:Caroline Hurst]], Head of Inflight Services.""",
    """Account holder: [[PERSON:Mr. Desmond Achterberg]]
Supply address: [[ADDRESS:Flat 22, Ashdown House, 140 Victoria Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH1 2JL]]
Account number: [[ID_NUMBER:880 412 7734]]   Meter serial: E17UP442189
Bill date: 28/01/2025   Amount due: £186.42   Direct debit from sort code 80-22-60.""",
    """NEW HIRE ONBOARDING
Full name: [[PERSON:Siddharth Iyer]]
Preferred name: [[PERSON:Sid]]
Personal email: [[EMAIL_ADDRESS:sid.iyer@fastmail.com]]
Mobile: [[PHONE_NUMBER:+1 (469) 555-7281]]
Home address: [[ADDRESS:2901 Preston Rd, Apt 1418]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
SSN: [[US_SSN:453-27-9916]]   Start date: [[DATE_TIME:01/06/2025]]   Laptop: MacBook Pro, asset tag IT-88213""",
    """ЖҰМЫСҚА ҚАБЫЛДАУ ТУРАЛЫ БҰЙРЫҚ № 214-к
[[PERSON:Нұрлан Бекжанұлы Жұмабеков]] ([[DATE_TIME:22.04.1990]] ж.т., ЖСН [[ID_NUMBER:900422306180]]) [[DATE_TIME:2024 жылғы 1 шілдеден]] бастап [[LOCATION:Қостанай]] облысындағы кеніштің вахталық кентіне жүргізуші болып қабылдансын. Мекенжайы: [[ADDRESS:Әл-Фараби көшесі, 65-үй, 12-пәтер]], [[LOCATION:Рудный]]. Телефоны: [[PHONE_NUMBER:+7 705 312 44 90]].""",
    """NOTICE TO CREDITORS. Estate of [[PERSON:Evelyn Rose Carmichael]], deceased, late of [[ADDRESS:402 Linden Avenue]], [[LOCATION:Wilmette]], [[LOCATION:Illinois]] [[ZIP_CODE:60091]], who died on [[DATE_TIME:November 2, 2024]]. Claims must be filed with the executor, [[PERSON:Douglas Carmichael]], before [[DATE_TIME:May 9, 2025]].""",
    """MOTOR VEHICLE ACCIDENT REPORT
Driver 1: [[PERSON:Keisha Grant]], licence [[ID_NUMBER:GRANT852179KG9LM]], vehicle [[ID_NUMBER:EY68 TJO]]
Driver 2: [[PERSON:Wojciech Zieliński]], licence [[ID_NUMBER:ZIELI711304W99AB]], vehicle [[ID_NUMBER:SN22 BXU]]
Date/time: [[DATE_TIME:Friday 6 December 2024, 17:50]]
Location: junction of Hope Street and Argyle Street, [[LOCATION:Glasgow]]
Witness: [[PERSON:Fiona McLeod]], [[PHONE_NUMBER:07958 204 117]]""",
    """To whom it may concern: This is to confirm that [[PERSON:Farida Yusupova]], passport no. [[ID_NUMBER:FA5238174]], has been employed by our company as a data analyst since [[DATE_TIME:15 September 2021]] on a salary of $84,000. She is travelling to [[LOCATION:Toronto]] from [[DATE_TIME:3 to 17 May 2025]] for a conference and will return to her position afterwards.""",
    """CREDIT CARD APPLICATION
Applicant: [[PERSON:Roshni Patel]]   DOB: [[DATE_TIME:30.12.1994]]
National Insurance No.: [[ID_NUMBER:JM 48 21 07 B]]
Residential address: [[ADDRESS:58 Belgrave Gate]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3GQ]] (3 years)
Employer: Midlands Logistics Ltd   Occupation: Warehouse Supervisor   Annual income: £34,500
Existing card to transfer balance from: [[CREDIT_CARD:5312 7700 4561 8931]]""",
    """CREW WAGE ACCOUNT FORM
Name: [[PERSON:Andrzej Kamiński]]   Rank: Chief Officer   Vessel: MV Baltic Harrier
Home bank: PKO BP   IBAN: [[IBAN_CODE:PL96 1020 4014 0000 3902 1884 6157]]
Alternative (EUR): [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]
Phone: [[PHONE_NUMBER:+48 601 772 318]]   E-mail: [[EMAIL_ADDRESS:akaminski.co@wp.pl]]
Signed on board, [[DATE_TIME:12.03.2025]].""",
    """POLICE REPORT No. 2025/041877
Complainant: [[PERSON:Adwoa Boateng]], [[AGE:44]], nurse, of [[ADDRESS:7 Nima Road]], [[LOCATION:Accra]]
On [[DATE_TIME:the night of 3rd January 2025]] the complainant's phone, an iPhone 13 (IMEI 356728114590213), was snatched by two men on a motorbike. She was able to call her husband [[PERSON:Yaw Boateng]] on [[PHONE_NUMBER:024 418 7730]] from a bystander's phone.""",
    """CLINICAL TRIAL ENROLMENT — Study ATL-207
Participant ID: P-0418 (no name on CRF)
Site contact for the participant: [[PERSON:Bernadette Okonjo]], [[PHONE_NUMBER:020 7946 3318]]
Participant DOB: [[DATE_TIME:11/1958]]   Sex: F   Nationality: [[NRP:Nigerian]]
Consent signed [[DATE_TIME:2 October 2024]] in the presence of [[PERSON:Dr. Ruairi Gallagher]].""",
    """Class 1 medical certificate renewal
Holder: [[PERSON:Alejandro Vargas Cruz]], ATPL [[ID_NUMBER:ES.FCL.12904]], DOB [[DATE_TIME:27/05/1980]]
Aeromedical examiner: [[PERSON:Dr. Inés Calvo]]
Exam date: [[DATE_TIME:19 November 2024]] — valid 12 months, limitation VML (corrective lenses).
Address for certificate: [[ADDRESS:Calle Alcalá 214, 5ºB]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]""",
    """{"roster_month": "2024-08", "base": "DXB", "crew": [{"staff_no": "[[ID_NUMBER:448210]]", "name": "[[PERSON:Oksana Melnyk]]", "rank": "CSV", "mobile": "[[PHONE_NUMBER:+971 50 418 2277]]", "passport": "[[ID_NUMBER:FX908231]]", "nationality": "[[NRP:Ukrainian]]"}, {"staff_no": "[[ID_NUMBER:452917]]", "name": "[[PERSON:Rahul Bhatia]]", "rank": "FG1", "mobile": "[[PHONE_NUMBER:+971 55 902 6140]]", "passport": "[[ID_NUMBER:V6120384]]", "nationality": "[[NRP:Indian]]"}]}""",
    """2025-01-14T07:02:11Z INFO auth.login user=[[USERNAME:mhernandez]] src=[[IP_ADDRESS:73.158.22.190]] result=success
2025-01-14T07:02:13Z INFO profile.view user=[[USERNAME:mhernandez]] email=[[EMAIL_ADDRESS:maria.hernandez@gmail.com]]
2025-01-14T07:05:48Z WARN payment.update user=[[USERNAME:mhernandez]] card=[[CREDIT_CARD:4147202311807521]] exp=03/29 status=declined
2025-01-14T07:06:02Z INFO auth.logout user=[[USERNAME:mhernandez]]""",
    """INSERT INTO customers (id, full_name, email, phone, dob, street, city, postcode) VALUES
(10481, '[[PERSON:Eilidh MacKenzie]]', '[[EMAIL_ADDRESS:eilidh.mack@btinternet.com]]', '[[PHONE_NUMBER:+44 1463 712 880]]', '[[DATE_TIME:1989-08-23]]', '[[ADDRESS:14 Culduthel Road]]', '[[LOCATION:Inverness]]', '[[ZIP_CODE:IV2 4AG]]'),
(10482, '[[PERSON:Kofi Mensah-Bonsu]]', '[[EMAIL_ADDRESS:kofimb@outlook.com]]', '[[PHONE_NUMBER:07412 336 019]]', '[[DATE_TIME:1992-01-05]]', '[[ADDRESS:3 Albion Terrace]]', '[[LOCATION:Reading]]', '[[ZIP_CODE:RG1 5BN]]');""",
    """<crewList vessel="MV Arctic Lark" imo="9812743" port="[[LOCATION:Tromsø]]" date="2024-10-02">
  <crew><familyName>[[PERSON:Johansen]]</familyName><givenNames>[[PERSON:Eirik]]</givenNames><rank>Master</rank><nationality>[[NRP:Norwegian]]</nationality><dob>[[DATE_TIME:1969-03-12]]</dob><idDoc type="passport">[[ID_NUMBER:31984522]]</idDoc></crew>
  <crew><familyName>[[PERSON:Bautista]]</familyName><givenNames>[[PERSON:Noel]]</givenNames><rank>AB</rank><nationality>[[NRP:Filipino]]</nationality><dob>[[DATE_TIME:1987-11-28]]</dob><idDoc type="seamansBook">[[ID_NUMBER:C0534218]]</idDoc></crew>
</crewList>""",
    """# deploy/config.yaml
service: billing-api
owner:
  name: [[PERSON:Tomás Ó Briain]]
  email: [[EMAIL_ADDRESS:tomas.obriain@gmail.com]]
  phone: "[[PHONE_NUMBER:+353 86 775 0412]]"
oncall_backup: [[PERSON:Niamh Kearney]]
db:
  host: db-primary.internal
  user: billing_svc
  password: "vG8!rT2q#Lw"
""",
    """def test_invoice_pdf():
    customer = {
        "name": "[[PERSON:Harriet Olanrewaju]]",
        "address": "[[ADDRESS:19 Osborne Road]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE2 2AH]]",
        "email": "[[EMAIL_ADDRESS:h.olanrewaju@gmail.com]]",
        "card": "[[CREDIT_CARD:4556737586899947]]",
    }
    pdf = render_invoice(customer, invoice_no="INV-2024-00917")
    assert b"[[PERSON:Olanrewaju]]" in pdf
""",
    """Ticket #48812 — Camp Wi-Fi not working in Block F
Reporter: [[PERSON:Jarrah Simpson]] ([[EMAIL_ADDRESS:jarrah.simpson84@gmail.com]]), room F-22
Device: Samsung Galaxy S23, MAC a4:5e:60:c1:07:9b, assigned IP [[IP_ADDRESS:10.44.12.87]]
Details: can't connect since [[DATE_TIME:Tuesday 4 June, 18:00]]; night-shift crew in F block all affected. Callback [[PHONE_NUMBER:0438 902 115]].""",
    """{"event": "turnstile.entry", "ts": "2024-11-19T05:41:07+08:00", "site": "BRM-mill", "badge": "[[ID_NUMBER:77150]]", "holder": "[[PERSON:Ngaire Walker]]", "dob": "[[DATE_TIME:1984-06-02]]", "licence_class": "HR", "alcohol_test": "0.000"}""",
    """[2024-06-03 04:12:55] crew-portal INFO user [[USERNAME:a.kowalska]] ([[PERSON:Agnieszka Kowalska]]) acknowledged pairing P4471 report [[DATE_TIME:2024-06-04 05:10 UTC]]
[2024-06-03 04:13:20] crew-portal INFO user [[USERNAME:a.kowalska]] updated contact phone to [[PHONE_NUMBER:+48 512 093 447]]
[2024-06-03 04:13:21] crew-portal DEBUG session ip=[[IP_ADDRESS:89.64.112.5]] ua="Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/125.0 Mobile Safari/537.36\"""",
    """UPDATE crew_members
SET next_of_kin = '[[PERSON:Sunita Rao]]', nok_phone = '[[PHONE_NUMBER:+91 80 2658 4471]]', cdc_no = '[[ID_NUMBER:MUM 302871]]'
WHERE crew_id = 5581 AND full_name = '[[PERSON:Prakash Rao]]' AND sign_on = '[[DATE_TIME:2025-01-08]]';""",
    """<form id="signup">
  <input name="first_name" value="[[PERSON:Chiamaka]]">
  <input name="last_name" value="[[PERSON:Nwachukwu]]">
  <input name="email" value="[[EMAIL_ADDRESS:chiamaka.n@gmail.com]]">
  <input name="dob" value="[[DATE_TIME:1998-04-19]]">
  <input name="postcode" value="[[ZIP_CODE:M4 6BF]]">
  <input name="password" type="password" value="Ch1amaka!98">
</form>""",
    """# .env.production
APP_NAME=GreenLeafCRM
ADMIN_NAME="[[PERSON:Ravi Shankar Pillai]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:ravi.pillai.dev@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+91-98450-31276]]
SMTP_HOST=smtp.mailgun.org
SMTP_PASSWORD=3f9a!KpL02
ALLOWED_IPS=[[IP_ADDRESS:49.207.180.22]]""",
    """{"status": 200, "data": {"user_id": 88213, "username": "[[USERNAME:lena_k_92]]", "display_name": "[[PERSON:Lena Kowalczyk]]", "email": "[[EMAIL_ADDRESS:lena.kowalczyk92@gmail.com]]", "birthday": "[[DATE_TIME:1992-09-14]]", "last_login": "[[DATE_TIME:2025-02-10T18:22:05Z]]", "last_ip": "[[IP_ADDRESS:178.235.146.60]]", "plan": "premium"}}""",
    """[[IP_ADDRESS:203.59.118.44]] - [[USERNAME:kwilliams]] [14/Mar/2025:09:12:41 +0800] "GET /account/statements?id=2291 HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"
[[IP_ADDRESS:203.59.118.44]] - [[USERNAME:kwilliams]] [14/Mar/2025:09:13:02 +0800] "POST /account/profile HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15\"""",
    """SUP-3381: Customer cannot update delivery address
Reporter: [[PERSON:Mia Takahashi]]
Description: Customer [[PERSON:Gordon Ferreira]] ([[EMAIL_ADDRESS:gferreira@live.com]], [[PHONE_NUMBER:+27 82 551 3094]]) says the form rejects "[[ADDRESS:4 Rhodes Drive]], [[LOCATION:Constantia]], [[LOCATION:Cape Town]] [[ZIP_CODE:7806]]". Validation regex blocks the suburb. Priority: Medium. Assignee: [[PERSON:Sandeep Kulkarni]].""",
    """From: [[PERSON:Ji-woo Park]] <[[EMAIL_ADDRESS:jiwoo.park@naver.com]]>
To: Bookings <bookings@seasidecottages.co.uk>
Date: [[DATE_TIME:Mon, 10 Feb 2025 21:04:17 +0900]]
Subject: Reservation for [[DATE_TIME:12-15 August]]

Hello, I would like to book the Gull cottage for two adults. My mobile is [[PHONE_NUMBER:+82 10-4418-2037]]. Regards, [[PERSON:Ji-woo]]""",
    """{"jolaushy": {"aty": "[[PERSON:Dauren]]", "tegi": "[[PERSON:Abenov]]", "tuğan_kün": "[[DATE_TIME:1995-01-30]]", "jsn": "[[ID_NUMBER:950130304710]]", "telefon": "[[PHONE_NUMBER:+7 747 521 30 84]]", "poşta": "[[EMAIL_ADDRESS:dauren.abenov95@mail.ru]]", "qala": "[[LOCATION:Şymkent]]"}, "bilet": {"reis": "KC 951", "oryn": "14C"}}""",
    """{"ажилтан": {"овог": "[[PERSON:Лхагвасүрэн]]", "нэр": "[[PERSON:Мөнхзул]]", "регистр": "[[ID_NUMBER:ЧД92110236]]", "төрсөн_огноо": "[[DATE_TIME:1992-11-02]]", "утас": "[[PHONE_NUMBER:9919 5408]]", "хаяг": "[[LOCATION:Баянзүрх]] дүүрэг, [[ADDRESS:13-р хороо, Их тойруу 27, 4 тоот]]"}, "данс": "[[IBAN_CODE:MN78 0004 0004 2861 7305]]"}""",
    """public class CustomerFixture {
    public static Customer sample() {
        return new Customer(
            "[[PERSON:Beatriz]]", "[[PERSON:Cardoso]]",
            "[[EMAIL_ADDRESS:bia.cardoso@uol.com.br]]",
            "[[ID_NUMBER:528.317.046-26]]",          // CPF
            "[[ADDRESS:Rua Augusta, 1508, apto 92]]", "[[LOCATION:São Paulo]]", "[[ZIP_CODE:01304-001]]");
    }
}""",
    """Mar 02 03:18:44 vsat-gw01 radius[2211]: Access-Accept for [[USERNAME:crew_mendoza.j]] ([[PERSON:Jericho Mendoza]]) from [[IP_ADDRESS:172.30.8.41]] mac=e8:48:b8:2d:11:c0 plan=crew-5GB
Mar 02 03:18:45 vsat-gw01 radius[2211]: Accounting-Start [[USERNAME:crew_mendoza.j]] session=7f2a91
Mar 02 04:02:10 vsat-gw01 radius[2211]: Access-Reject for [[USERNAME:crew_obi.s]] reason=quota_exceeded""",
    """PATIENT INTAKE FORM
Name: [[PERSON:Ahmad Karimi]]          Date: [[DATE_TIME:2025-03-04]]
DOB: [[DATE_TIME:07/19/1972]]          Age: [[AGE:52]]
Address: [[ADDRESS:1230 Sherbrooke Ave, #3]], [[LOCATION:Winnipeg]] [[LOCATION:MB]] [[ZIP_CODE:R3G 2J4]]
Health card: [[ID_NUMBER:118 402 675]]     Phone: [[PHONE_NUMBER:204-771-0935]]
Emergency contact: [[PERSON:Parisa Karimi]] (spouse)   Religion: [[NRP:Muslim]]""",
    """<Invoice><Number>INV-88104</Number><IssueDate>2024-12-31</IssueDate>
<Customer><Name>[[PERSON:Marguerite Lachance]]</Name><Street>[[ADDRESS:45 rue Principale]]</Street><City>[[LOCATION:Sherbrooke]]</City><Province>[[LOCATION:QC]]</Province><PostalCode>[[ZIP_CODE:J1H 1K9]]</PostalCode><Email>[[EMAIL_ADDRESS:m.lachance@videotron.ca]]</Email></Customer>
<Total currency="CAD">412.88</Total></Invoice>""",
    """### Bug: profile page leaks full DOB
**Steps:** log in as test user [[USERNAME:qa_peter]] and open the profile of [[PERSON:Fernanda Lopes]] (`/u/[[USERNAME:fernandalopes]]`).
**Actual:** page shows "Born [[DATE_TIME:4 July 1996]]" and phone [[PHONE_NUMBER:+351 912 448 307]] to non-friends.
**Expected:** only the year should be visible.""",
    """mutation {
  createBooking(input: {
    guestName: "[[PERSON:Olivia Brennan]]",
    guestEmail: "[[EMAIL_ADDRESS:olivia.brennan@icloud.com]]",
    guestPhone: "[[PHONE_NUMBER:+61 407 229 851]]",
    checkIn: "[[DATE_TIME:2025-04-18]]",
    checkOut: "[[DATE_TIME:2025-04-21]]",
    roomType: "KING_OCEAN"
  }) { bookingId status }
}""",
    """; sync agent config
[user]
name = [[PERSON:Bronisław Wróbel]]
email = [[EMAIL_ADDRESS:bwrobel@onet.pl]]
home = /home/bwrobel
[network]
proxy = proxy.corp.local:3128
static_ip = [[IP_ADDRESS:192.168.8.214]]""",
    """{"pairing_id": "LHR-2R-0912", "report": "2024-09-12T06:05Z", "crew": [{"role": "CPT", "name": "[[PERSON:Geoffrey Allardyce]]", "staff": "[[ID_NUMBER:002741]]"}, {"role": "FO", "name": "[[PERSON:Ama Owusu]]", "staff": "[[ID_NUMBER:019588]]"}, {"role": "PUR", "name": "[[PERSON:Desirée Laurent]]", "staff": "[[ID_NUMBER:031207]]", "phone": "[[PHONE_NUMBER:+44 7700 182 664]]"}], "hotel": "LAX crew hotel"}""",
    """gate-west | 2024-12-03 18:02:11 | badge [[ID_NUMBER:40219]] | [[PERSON:MORRISON, Kyle]] | EXIT | vehicle [[ID_NUMBER:1HQT-782]] | BAC 0.00
gate-west | 2024-12-03 18:04:55 | badge [[ID_NUMBER:40588]] | [[PERSON:NAIDOO, Preshen]] | EXIT | vehicle — | BAC 0.00
gate-west | 2024-12-03 18:05:20 | badge 99001 | VISITOR POOL | ENTRY | vehicle — | BAC n/a""",
    """SELECT worker_id, name, fitness_status FROM camp_medicals WHERE name = '[[PERSON:Ariunaa Ganbold]]';
-- 31844 | [[PERSON:Ariunaa Ganbold]] | FIT (exp. 2025-06)
INSERT INTO camp_medicals (worker_id, name, dob, phone, examined_on) VALUES (31845, '[[PERSON:Batkhuyag Sükh]]', '[[DATE_TIME:1988-02-17]]', '[[PHONE_NUMBER:+976 9909 3427]]', '[[DATE_TIME:2025-01-15]]');""",
    """$ curl -X POST https://api.payments.internal/v1/refunds \\
  -H "Authorization: Bearer sk_live_51Hx...REDACTED" \\
  -d customer_email=[[EMAIL_ADDRESS:dimitra.karali@gmail.com]] \\
  -d customer_name="[[PERSON:Dimitra Karali]]" \\
  -d iban=[[IBAN_CODE:GR39 0110 1250 0000 0004 8213 076]] \\
  -d amount=12900""",
    """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Person", "name": "[[PERSON:Dr. Kavita Raman]]", "jobTitle": "Paediatrician", "telephone": "[[PHONE_NUMBER:+91 44 2815 9930]]", "address": {"streetAddress": "[[ADDRESS:22 Cathedral Road]]", "addressLocality": "[[LOCATION:Chennai]]", "postalCode": "[[ZIP_CODE:600086]]"}, "sameAs": "[[URL:https://twitter.com/drkavitaraman]]"}</script>""",
    """Thanks [[PERSON:Marcus]], see you Thursday.

--
[[PERSON:Tendai Moyo]]
Senior Quantity Surveyor
M: [[PHONE_NUMBER:+263 77 284 6610]] | E: [[EMAIL_ADDRESS:tendai.moyo@gmail.com]]
[[ADDRESS:18 Fife Avenue]], [[LOCATION:Harare]]""",
    """CRM note, [[DATE_TIME:21/01/2025 15:40]] — spoke with [[PERSON:Mrs. Dorothy Ashworth]] (cust. no. [[ID_NUMBER:C-7741902]]), [[AGE:79]], about the boiler cover renewal. Her son [[PERSON:Graham]] holds power of attorney; call him on [[PHONE_NUMBER:01254 883 219]] before any changes. Address confirmed: [[ADDRESS:3 Larkhill Cottages]], [[LOCATION:Blackburn]] [[ZIP_CODE:BB1 9LP]].""",
    """SHIP-TKT 2291 | Priority: High | Vessel: MT Orinoco Spirit
Subject: Medical evacuation — [[PERSON:Ricardo Fonseca]], pumpman, [[NRP:Venezuelan]], [[AGE:47]]
Symptoms since [[DATE_TIME:2025-02-06 22:00 LT]]: severe abdominal pain. Telemedical advice given by [[PERSON:Dr. Anja Liebig]]. Evac to [[LOCATION:Curaçao]] arranged. NOK: [[PERSON:Yelitza Fonseca]], [[PHONE_NUMBER:+58 414 618 2290]].""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Malak Haddad]]
N:[[PERSON:Haddad]];[[PERSON:Malak]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER:+961 3 284 519]]
EMAIL:[[EMAIL_ADDRESS:malak.haddad@hotmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Rue Hamra 77]];[[LOCATION:Beirut]];;;[[LOCATION:Lebanon]]
BDAY:[[DATE_TIME:1990-12-03]]
END:VCARD""",
    """MSH|^~\\&|LAB|STJ|EMR|STJ|202502181032||ORU^R01|MSG0041|P|2.5
PID|1||[[ID_NUMBER:7023168451]]^^^NHS||[[PERSON:Okonedo]]^[[PERSON:Sophie]]^[[PERSON:A]]||[[DATE_TIME:19850611]]|F|||[[ADDRESS:12 Elm Grove]]^^[[LOCATION:Brighton]]^^[[ZIP_CODE:BN2 3ES]]||[[PHONE_NUMBER:07723 418 906]]
OBX|1|NM|HGB^Haemoglobin||118|g/L|120-150|L""",
    """{"ajiltan": "[[PERSON:Bayarmaa Gombo]]", "registr": "[[ID_NUMBER:УП89092134]]", "utas": "[[PHONE_NUMBER:99112480]]", "email": "[[EMAIL_ADDRESS:bayarmaa.g88@gmail.com]]", "kemp": "B-2", "ireh_ognoo": "[[DATE_TIME:2025-03-01]]", "yavah_ognoo": "[[DATE_TIME:2025-03-15]]"}""",
    """Өтініш № 7731. Клиент: [[PERSON:Сәуле Қайратқызы Есенова]], ЖСН [[ID_NUMBER:880515402837]]. Мәселе: 2025 жылғы 2 ақпанда картадан ([[CREDIT_CARD:4879 1730 2256 4194]]) екі рет ақша алынған. Байланыс: [[PHONE_NUMBER:+7 702 611 48 25]], [[EMAIL_ADDRESS:saule.esenova@inbox.kz]]. Мекенжайы: [[LOCATION:Астана]], [[ADDRESS:Қабанбай батыр даңғылы, 11-үй, 204-пәтер]].""",
    """ТЭТГЭВРИЙН ӨРГӨДӨЛ
Өргөдөл гаргагч: [[PERSON:Доржийн Цэцэгмаа]]
Регистрийн дугаар: [[ID_NUMBER:ЖИ61030728]]
Төрсөн он, сар, өдөр: [[DATE_TIME:1961 оны 3-р сарын 7]]
Хаяг: [[LOCATION:Сүхбаатар]] дүүрэг, [[ADDRESS:1-р хороо, Энхтайвны өргөн чөлөө 12, 3-р байр, 45 тоот]], [[ZIP_CODE:14200]]
Утас: [[PHONE_NUMBER:8808-4471]]""",
    """Sain baina uu [[PERSON:Munkh-Erdene]], tanii Golomt bankni kart [[CREDIT_CARD:6243 8105 7739 0160]]-aas 2025.02.11 14:32-d 480,000₮ guilgee hiigdlee. Tanii nevtersen IP: [[IP_ADDRESS:202.131.226.18]]. Herev ene ta bish bol 1800-1646 ruu zalgana uu.""",
    """JALDAU ŞARTY № 45/2024
[[LOCATION:Atyrau]] q., [[DATE_TIME:2024 jylğy 12 qaraşa]]
Jalğa beruşı: [[PERSON:Bolat Utepov]], JSN [[ID_NUMBER:820911305272]]; jalğa aluşy: [[PERSON:Aliya Kassymova]], JSN [[ID_NUMBER:841207409250]].
Päter mekenjaiy: [[ADDRESS:Satpaev köşesı 19, 33-päter]]. Aily tölem 180 000 teñge, [[IBAN_CODE:KZ19 601A 8610 0371 5240]] şotyna audarylady.""",
    """Dear valued crew member [[PERSON:Khalid Al-Mansoori]], your Senior First Officer upgrade simulator check is on [[DATE_TIME:Sunday, 9 March 2025, 02:00-06:00]]. Please confirm with [[EMAIL_ADDRESS:khalid.mansoori77@gmail.com]] or [[PHONE_NUMBER:+971 56 330 7718]]; your IBAN [[IBAN_CODE:AE34 0260 0010 1572 9365 018]] will be used for the per diem.""",
    """Attention crew of MT Nordic Lynx (IMO 9256303): Electro-Technical Officer [[PERSON:Ignatius Mbatha]], date of birth [[DATE_TIME:21.07.1988]], has been granted shore leave in [[LOCATION:Rotterdam]]; his Dutch contact, [[PERSON:Femke de Vries]], can be reached on [[PHONE_NUMBER:+31 6 4182 2937]] or at [[ADDRESS:Kruiskade 41-B]], [[ZIP_CODE:3012 EE]] [[LOCATION:Rotterdam]]. Account for wages: [[IBAN_CODE:NL64 RABO 0318 4746 38]].""",
    """CAMP ACCOMMODATION AGREEMENT
Occupant: [[PERSON:Warrick Tjungurrayi]]   Employee ID: [[ID_NUMBER:WX-22917]]
Room: A-114 (single, ensuite)   Roster: 8/6
Arrival: [[DATE_TIME:Wed 2 Oct 2024]]   Departure: [[DATE_TIME:Wed 9 Oct 2024]]
Next of kin: [[PERSON:Leanne Tjungurrayi]], [[PHONE_NUMBER:0487 331 204]], [[ADDRESS:12 Lawrence Court]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0870]]
The occupant agrees to the camp's drug and alcohol policy and the 22:00 quiet hours.""",
    """<manifest flight="NQ118" date="2025-01-27">
  <crewMember position="CPT" id="[[ID_NUMBER:PX04418]]"><name>[[PERSON:Waisake Naivalu]]</name><dob>[[DATE_TIME:1974-09-03]]</dob><passport>[[ID_NUMBER:FP238841]]</passport></crewMember>
  <crewMember position="FA" id="[[ID_NUMBER:PX11927]]"><name>[[PERSON:Merewalesi Tuilau]]</name><dob>[[DATE_TIME:1996-12-19]]</dob><passport>[[ID_NUMBER:FP402176]]</passport></crewMember>
</manifest>""",
    """{"vessel": "MV Cape Faro", "imo": "9733181", "crew_change": {"port": "[[LOCATION:Port Louis]]", "off_signers": [{"name": "[[PERSON:Siddiq Rahman]]", "rank": "3/E", "cdc": "[[ID_NUMBER:BGD 0418827]]", "home": "[[LOCATION:Khulna]]", "flight_date": "[[DATE_TIME:2025-03-18]]"}], "on_signers": [{"name": "[[PERSON:Mahmudul Hasan]]", "rank": "3/E", "cdc": "[[ID_NUMBER:BGD 0422915]]", "mobile": "[[PHONE_NUMBER:+880 1712-448920]]", "join_date": "[[DATE_TIME:2025-03-19]]"}]}}""",
]

TABLE = [
    """customer_id,name,email,phone,city,plan
C-10021,[[PERSON:Hollis Gray]],[[EMAIL_ADDRESS:hollis.gray@gmail.com]],[[PHONE_NUMBER:(503) 884-2190]],[[LOCATION:Portland]],Pro
C-10022,[[PERSON:Rukhsana Begum]],[[EMAIL_ADDRESS:rukhsana.begum@hotmail.co.uk]],[[PHONE_NUMBER:07831 440 275]],[[LOCATION:Bradford]],Basic
C-10023,[[PERSON:Teodoro Maglaya]],[[EMAIL_ADDRESS:tmaglaya@yahoo.com]],[[PHONE_NUMBER:+63 928 551 0743]],[[LOCATION:Quezon City]],Pro
C-10024,[[PERSON:Ines Baptiste]],[[EMAIL_ADDRESS:ines.baptiste@orange.fr]],[[PHONE_NUMBER:+33 6 12 48 90 37]],[[LOCATION:Lyon]],Trial""",
    """staff_no\tname\trank\tbase\treport\tpairing
[[ID_NUMBER:310442]]\t[[PERSON:Ngaio Harawira]]\tCSM\tAKL\t[[DATE_TIME:2024-10-18 05:25]]\tA2-771
[[ID_NUMBER:318905]]\t[[PERSON:Benjamin Stroud]]\tFA\tAKL\t[[DATE_TIME:2024-10-18 05:25]]\tA2-771
[[ID_NUMBER:322187]]\t[[PERSON:Leota Sapolu]]\tFA\tAKL\t[[DATE_TIME:2024-10-18 05:25]]\tA2-771
[[ID_NUMBER:299301]]\t[[PERSON:Ravinder Gill]]\tFO\tAKL\t[[DATE_TIME:2024-10-18 04:55]]\tA2-771""",
    """| MRN | Patient | DOB | Ward | Consultant |
|-----|---------|-----|------|------------|
| [[ID_NUMBER:H0048812]] | [[PERSON:Kathleen Doyle]] | [[DATE_TIME:14/02/1949]] | St Luke's 3 | [[PERSON:Dr. Mahmoud]] |
| [[ID_NUMBER:H0051197]] | [[PERSON:Ferhat Yıldız]] | [[DATE_TIME:02/09/1978]] | AMU | [[PERSON:Dr. O'Neill]] |
| [[ID_NUMBER:H0049930]] | [[PERSON:Precious Ndlovu]] | [[DATE_TIME:27/11/2001]] | Maternity B | [[PERSON:Dr. Rao]] |""",
    """No  Surname            Given names        Rank      Nat.  DOB         Passport
1   [[PERSON:KOVAČ]]              [[PERSON:Tomislav]]           Master    [[NRP:HRV]]   [[DATE_TIME:1971-05-30]]  [[ID_NUMBER:117284563]]
2   [[PERSON:MARASIGAN]]          [[PERSON:Arnel Joseph]]       C/O       [[NRP:PHL]]   [[DATE_TIME:1985-12-08]]  [[ID_NUMBER:P2239417A]]
3   [[PERSON:SHEVCHUK]]           [[PERSON:Vasyl]]              C/E       [[NRP:UKR]]   [[DATE_TIME:1976-08-14]]  [[ID_NUMBER:FU448201]]
4   [[PERSON:TUN]]                [[PERSON:Aung Ko]]            AB        [[NRP:MMR]]   [[DATE_TIME:1993-03-02]]  [[ID_NUMBER:MH621044]]""",
    """{"username": "[[USERNAME:skyefox]]", "email": "[[EMAIL_ADDRESS:skye.fox@gmail.com]]", "signup_ip": "[[IP_ADDRESS:24.114.37.208]]", "signed_up": "[[DATE_TIME:2025-01-03T10:41:00Z]]", "tier": "free"}
{"username": "[[USERNAME:bongani_m]]", "email": "[[EMAIL_ADDRESS:bongani.m@webmail.co.za]]", "signup_ip": "[[IP_ADDRESS:105.224.18.71]]", "signed_up": "[[DATE_TIME:2025-01-03T11:02:19Z]]", "tier": "plus"}
{"username": "[[USERNAME:haru.t]]", "email": "[[EMAIL_ADDRESS:haru.tanaka@docomo.ne.jp]]", "signup_ip": "[[IP_ADDRESS:2400:4050:a3c1:2f00::19]]", "signed_up": "[[DATE_TIME:2025-01-03T11:15:47Z]]", "tier": "free"}""",
    """emergency_contacts:
  - employee: [[PERSON:Simone Achebe]]
    contact: [[PERSON:Uche Achebe]]
    relation: brother
    phone: "[[PHONE_NUMBER:+234 809 552 1407]]"
  - employee: [[PERSON:Lachlan Reid]]
    contact: [[PERSON:Fiona Reid]]
    relation: mother
    phone: "[[PHONE_NUMBER:0408 771 236]]"
  - employee: [[PERSON:Yara Haddad]]
    contact: [[PERSON:Omar Haddad]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+44 7402 118 593]]\"""",
    """Employee: [[PERSON:Magnus Eriksen]]
Dept: Finance
Start: [[DATE_TIME:2019-04-01]]
Email: [[EMAIL_ADDRESS:magnus.eriksen@outlook.com]]

Employee: [[PERSON:Adwoa Sarpong]]
Dept: Legal
Start: [[DATE_TIME:2022-11-14]]
Email: [[EMAIL_ADDRESS:adwoa.sarpong@gmail.com]]

Employee: [[PERSON:Joaquín Ibáñez]]
Dept: IT
Start: [[DATE_TIME:2023-06-05]]
Email: [[EMAIL_ADDRESS:jibanez.dev@proton.me]]""",
    """emp_id,full_name,iban,bic,net_pay_eur
4471,[[PERSON:Laurens Vermeulen]],[[IBAN_CODE:NL38INGB5140283670]],INGBNL2A,3212.40
4472,[[PERSON:Saskia Brandt]],[[IBAN_CODE:DE54200411550631852009]],COBADEHD044,2987.15
4473,[[PERSON:Elodie Marchal]],[[IBAN_CODE:FR7610278060760002174630107]],CMCIFR2A,3105.00
4474,[[PERSON:Wouter Claes]],[[IBAN_CODE:BE62068224315961]],GKCCBEBB,2840.75""",
    """| Unit | Tenant | Mobile | Lease start | Rent |
|---|---|---|---|---|
| 1A | [[PERSON:Desmond Clarke]] | [[PHONE_NUMBER:876-422-1930]] | [[DATE_TIME:01 Mar 2024]] | $1,150 |
| 1B | [[PERSON:Marisol Peña]] | [[PHONE_NUMBER:305-771-0482]] | [[DATE_TIME:15 Jul 2023]] | $1,200 |
| 2A | vacant | — | — | $1,175 |
| 2B | [[PERSON:Tyrone]] & [[PERSON:Keisha Wallace]] | [[PHONE_NUMBER:786-590-3318]] | [[DATE_TIME:01 Oct 2024]] | $1,325 |""",
    """student_id\tname\tdob\tyear\tguardian_phone
[[ID_NUMBER:S24-0177]]\t[[PERSON:Aanya Krishnan]]\t[[DATE_TIME:2012-07-19]]\t7\t[[PHONE_NUMBER:+65 8123 4409]]
[[ID_NUMBER:S24-0178]]\t[[PERSON:Lucas Teo]]\t[[DATE_TIME:2012-02-03]]\t7\t[[PHONE_NUMBER:+65 9017 2266]]
[[ID_NUMBER:S24-0179]]\t[[PERSON:Nur Aisyah binte Rahim]]\t[[DATE_TIME:2011-11-30]]\t7\t[[PHONE_NUMBER:+65 8877 0135]]""",
    """order_id,customer,ship_to,zip,sku,qty
SO-771204,[[PERSON:Brianna Kowalski]],"[[ADDRESS:418 N Main St]], [[LOCATION:Royal Oak]], [[LOCATION:MI]]",[[ZIP_CODE:48067]],TSH-BLK-M,2
SO-771205,[[PERSON:Eduardo Pacheco]],"[[ADDRESS:92 Bayview Ave, Apt 5]], [[LOCATION:Daly City]], [[LOCATION:CA]]",[[ZIP_CODE:94014]],MUG-0311,1
SO-771206,[[PERSON:Hui Min Low]],"[[ADDRESS:7 Orchard Ln]], [[LOCATION:Edison]], [[LOCATION:NJ]]",[[ZIP_CODE:08820]],HDY-GRY-L,1""",
    """| Room | Worker | Employer | Roster | Mobile |
|------|--------|----------|--------|--------|
| K-101 | [[PERSON:Dale Pritchard]] | DrillCo | 14/7 | [[PHONE_NUMBER:0429 118 330]] |
| K-102 | [[PERSON:Anil Gurung]] | Camp Services | 21/7 | [[PHONE_NUMBER:0451 772 906]] |
| K-103 | [[PERSON:Jess Whitehurst]] | ElecPro | 8/6 | [[PHONE_NUMBER:0402 665 184]] |
| K-104 | [[PERSON:Tama Rewiri]] | DrillCo | 14/7 | [[PHONE_NUMBER:0447 003 921]] |""",
    """NAME                  ADDRESS                               PARTY
[[PERSON:ABERNETHY, Clive]]      [[ADDRESS:12 Gorse Hill Rd]]                      [[NRP:Conservative]]
[[PERSON:BHATT, Meera]]          [[ADDRESS:Flat 4, 77 London Rd]]                  [[NRP:Labour]]
[[PERSON:CONNOLLY, Sean]]        [[ADDRESS:3 Weir View]]                           [[NRP:Green]]""",
    """{"ticket": "T-55810", "name": "[[PERSON:Pilar Quintero]]", "email": "[[EMAIL_ADDRESS:pilar.q@gmail.com]]", "issue": "refund not received"}
{"ticket": "T-55811", "name": "[[PERSON:Graham Boyce]]", "email": "[[EMAIL_ADDRESS:gboyce1961@aol.com]]", "issue": "wrong size"}
{"ticket": "T-55812", "name": "[[PERSON:Amina Yusuf]]", "email": "[[EMAIL_ADDRESS:amina.yusuf@yahoo.com]]", "issue": "card [[CREDIT_CARD:5289 3310 4472 0514]] charged twice"}""",
    """klantnr;naam;straat;postcode;plaats;iban
100482;[[PERSON:Joost van Dijk]];[[ADDRESS:Oudegracht 211]];[[ZIP_CODE:3511 NK]];[[LOCATION:Utrecht]];[[IBAN_CODE:NL20RABO0318474654]]
100483;[[PERSON:Fatma Öztürk]];[[ADDRESS:Hobbemastraat 9-II]];[[ZIP_CODE:1071 XZ]];[[LOCATION:Amsterdam]];[[IBAN_CODE:NL42RABO0318474646]]
100484;[[PERSON:Pieter-Jan Smits]];[[ADDRESS:Stationsweg 3]];[[ZIP_CODE:2312 AS]];[[LOCATION:Leiden]];[[IBAN_CODE:NL69RABO0156293846]]""",
    """pilots:
  - name: "[[PERSON:Chidinma Okeke]]"
    licence: "[[ID_NUMBER:NG/ATPL/1187]]"
    type_ratings: [B737, DHC8]
    medical_due: 2025-08
  - name: "[[PERSON:Hamish Carmody]]"
    licence: "[[ID_NUMBER:ATPL 519427]]"
    type_ratings: [A320]
    medical_due: 2025-03
  - name: "[[PERSON:Suda Chaiyaporn]]"
    licence: "[[ID_NUMBER:TH-CPL-40218]]"
    type_ratings: [ATR72]
    medical_due: 2026-01""",
    """Guest: [[PERSON:Rashid Al-Amin]]
Nationality: [[NRP:Jordanian]]
Passport: [[ID_NUMBER:P8821470]]
Arrival: [[DATE_TIME:12 Nov 2024]]
Room: 418

Guest: [[PERSON:Ewa Lindström]]
Nationality: [[NRP:Swedish]]
Passport: [[ID_NUMBER:91842217]]
Arrival: [[DATE_TIME:12 Nov 2024]]
Room: 420

Guest: [[PERSON:Kenji Morimoto]]
Nationality: [[NRP:Japanese]]
Passport: [[ID_NUMBER:TZ4410982]]
Arrival: [[DATE_TIME:13 Nov 2024]]
Room: 511""",
    """name\tage\tdose_date\tnhs_no\tsite
[[PERSON:Winifred Pratt]]\t[[AGE:83]]\t[[DATE_TIME:03/10/2024]]\t[[ID_NUMBER:612 093 4782]]\tL arm
[[PERSON:Stanley Okafor]]\t[[AGE:76]]\t[[DATE_TIME:03/10/2024]]\t[[ID_NUMBER:401 837 2655]]\tR arm
[[PERSON:Maureen Fitch]]\t[[AGE:91]]\t[[DATE_TIME:04/10/2024]]\t[[ID_NUMBER:438 102 9577]]\tL arm""",
    """| member_no | name | card_last4 | joined | status |
|---|---|---|---|---|
| [[ID_NUMBER:GM-20418]] | [[PERSON:Tayla Brennan]] | 4417 | [[DATE_TIME:2023-01-09]] | active |
| [[ID_NUMBER:GM-20419]] | [[PERSON:Oskar Nilsson]] | 9021 | [[DATE_TIME:2023-01-11]] | frozen |
| [[ID_NUMBER:GM-20420]] | [[PERSON:Parveen Akhtar]] | 3306 | [[DATE_TIME:2023-01-15]] | active |
| [[ID_NUMBER:GM-20421]] | [[PERSON:Jamal Price]] | 7750 | [[DATE_TIME:2023-02-02]] | cancelled |""",
    """donor,address,city,state,zip,amount
"[[PERSON:Whitaker, June]]","[[ADDRESS:55 Elm St]]",[[LOCATION:Burlington]],[[LOCATION:VT]],[[ZIP_CODE:05401]],250.00
"[[PERSON:Nakamura, Glenn]]","[[ADDRESS:1802 Kalakaua Ave #1401]]",[[LOCATION:Honolulu]],[[LOCATION:HI]],[[ZIP_CODE:96815]],100.00
"[[PERSON:Okonjo, Chioma]]","[[ADDRESS:27 Ridgewood Ct]]",[[LOCATION:Silver Spring]],[[LOCATION:MD]],[[ZIP_CODE:20910]],75.00""",
    """| Attendee | Company | Country | Dietary |
|---|---|---|---|
| [[PERSON:Ngozi Adichie-Bello]] | Lagos FinTech Hub | [[LOCATION:Nigeria]] | vegetarian |
| [[PERSON:Rajesh Venkataraman]] | Infra Analytics | [[LOCATION:India]] | none |
| [[PERSON:Camille Girard]] | Nordwind SA | [[LOCATION:Switzerland]] | halal |
| [[PERSON:Huang Mei]] | Pearl Logistics | [[LOCATION:Singapore]] | no shellfish |""",
    """Д/д  Овог нэр                        Регистр       Утас        Албан тушаал
1    [[PERSON:Батсүхийн Оюунбилэг]]             [[ID_NUMBER:УБ83061927]]    [[PHONE_NUMBER:9911-5520]]   ня-бо
2    [[PERSON:Гантөмөрийн Төмөрбаатар]]         [[ID_NUMBER:ДГ90020314]]    [[PHONE_NUMBER:8816-0472]]   жолооч
3    [[PERSON:Пүрэвийн Сэлэнгэ]]                [[ID_NUMBER:ЕЮ96111208]]    [[PHONE_NUMBER:9506-3381]]   тогооч""",
    """{"aty_jöni": "[[PERSON:Asqar Temirbekov]]", "jsn": "[[ID_NUMBER:761203308455]]", "qala": "[[LOCATION:Qarağandy]]", "telefon": "[[PHONE_NUMBER:+7 701 904 22 17]]", "märtebe": "belsendı"}
{"aty_jöni": "[[PERSON:Janar Mūqanova]]", "jsn": "[[ID_NUMBER:930615402199]]", "qala": "[[LOCATION:Pavlodar]]", "telefon": "[[PHONE_NUMBER:+7 778 330 61 05]]", "märtebe": "toqtatylğan"}
{"aty_jöni": "[[PERSON:Erjan Sadyqov]]", "jsn": "[[ID_NUMBER:820911305282]]", "qala": "[[LOCATION:Aqtöbe]]", "telefon": "[[PHONE_NUMBER:+7 705 118 47 92]]", "märtebe": "belsendı"}""",
    """Аты-жөні\tЛауазымы\tТуған күні\tТелефон
[[PERSON:Серік Байжанов]]\tкапитан\t[[DATE_TIME:11.03.1972]]\t[[PHONE_NUMBER:+7 701 228 40 51]]
[[PERSON:Айдос Құрманғали]]\tмоторист\t[[DATE_TIME:05.09.1994]]\t[[PHONE_NUMBER:+7 702 815 33 06]]
[[PERSON:Мадина Әлиева]]\tаспаз\t[[DATE_TIME:23.06.1990]]\t[[PHONE_NUMBER:+7 747 660 12 89]]""",
    """driver,license_no,state,class,exp
[[PERSON:Cody Harlan]],[[US_DRIVER_LICENSE:H4507721]],[[LOCATION:OK]],CDL-A,2027-04
[[PERSON:Luz Marina Ortiz]],[[US_DRIVER_LICENSE:28104937]],[[LOCATION:TX]],CDL-B,2026-11
[[PERSON:Rick Vanterpool]],[[US_DRIVER_LICENSE:D410-7720-3391]],[[LOCATION:FL]],C,2028-01""",
    """| Employee | SSN | Hire date | Dept |
|---|---|---|---|
| [[PERSON:Tamika Ross]] | [[US_SSN:318-44-7021]] | [[DATE_TIME:08/12/2019]] | Ops |
| [[PERSON:Kevin O'Hare]] | [[US_SSN:540-82-1937]] | [[DATE_TIME:02/01/2021]] | Sales |
| [[PERSON:Minh Tran]] | [[US_SSN:617-20-4458]] | [[DATE_TIME:10/30/2023]] | IT |""",
    """name\taadhaar\tpan\tmobile\tdistrict
[[PERSON:Sunita Devi]]\t[[ID_NUMBER:4826 0517 3945]]\t[[ID_NUMBER:BQTPD8812K]]\t[[PHONE_NUMBER:+91 94150 28637]]\t[[LOCATION:Varanasi]]
[[PERSON:Abdul Rehman Shaikh]]\t[[ID_NUMBER:5931 4078 6218]]\t[[ID_NUMBER:CFMPS4107L]]\t[[PHONE_NUMBER:+91 98204 71156]]\t[[LOCATION:Thane]]""",
    """nric,name,block,unit,postal,mobile
[[ID_NUMBER:T0159482B]],[[PERSON:Muhammad Hafiz bin Osman]],[[ADDRESS:Blk 203 Jurong East St 21]],[[ADDRESS:#11-417]],[[ZIP_CODE:600203]],[[PHONE_NUMBER:9782 1046]]
[[ID_NUMBER:S7612093E]],[[PERSON:Lim Soo Hwa]],[[ADDRESS:Blk 58 Lengkok Bahru]],[[ADDRESS:#04-233]],[[ZIP_CODE:151058]],[[PHONE_NUMBER:8120 6733]]""",
    """ssh_access:
  - user: [[USERNAME:kmurphy]]
    owner: [[PERSON:Kieran Murphy]]
    key_fp: SHA256:q3Zk9+V2mJd0aYp8xTf1sLhN4cRbW7eU6iGoKzE5vQA
    from_ip: [[IP_ADDRESS:81.107.44.213]]
  - user: [[USERNAME:pnair]]
    owner: [[PERSON:Priya Nair]]
    key_fp: SHA256:7Lw0fHc3pXbQ9yN2mTk8vRsJ1dGa5eUoZiC4KqB6nWE
    from_ip: [[IP_ADDRESS:122.171.30.96]]""",
    """Crew member: [[PERSON:Efrén Dimaculangan]]
Rank: Oiler
Next of kin: [[PERSON:Rosario Dimaculangan]] (mother)
NOK address: [[ADDRESS:Purok 4]], [[LOCATION:Brgy. Wawa]], [[LOCATION:Batangas City]]
NOK phone: [[PHONE_NUMBER:0908 214 7730]]

Crew member: [[PERSON:Sergiy Bondar]]
Rank: 2/O
Next of kin: [[PERSON:Iryna Bondar]] (wife)
NOK address: [[ADDRESS:vul. Hretska 22, kv. 8]], [[LOCATION:Odesa]] [[ZIP_CODE:65026]]
NOK phone: [[PHONE_NUMBER:+380 67 481 2093]]""",
    """crew_name,crew_id,hotel_room,check_in,check_out
[[PERSON:Ayumi Kobayashi]],[[ID_NUMBER:FA11842]],1203,[[DATE_TIME:2025-02-07 22:40]],[[DATE_TIME:2025-02-09 06:00]]
[[PERSON:Darnell Hughes]],[[ID_NUMBER:FA10477]],1205,[[DATE_TIME:2025-02-07 22:40]],[[DATE_TIME:2025-02-09 06:00]]
[[PERSON:Pooja Rangan]],[[ID_NUMBER:FO20911]],1207,[[DATE_TIME:2025-02-07 22:40]],[[DATE_TIME:2025-02-09 06:00]]""",
    """| Claim no. | Claimant | Incident date | Amount |
|-----------|----------|---------------|--------|
| CL-30041 | [[PERSON:Harriet Quist]] | [[DATE_TIME:2024-09-02]] | £1,840 |
| CL-30042 | [[PERSON:Babajide Oyelowo]] | [[DATE_TIME:2024-09-05]] | £612 |
| CL-30043 | [[PERSON:Aoife Brennan]] | [[DATE_TIME:2024-09-05]] | £3,975 |""",
    """EXTENSION  NAME                   MOBILE
2201       [[PERSON:Patel, Nisha]]           [[PHONE_NUMBER:07911 238 450]]
2202       [[PERSON:Obi, Chukwuemeka]]       [[PHONE_NUMBER:07405 776 193]]
2203       [[PERSON:Lindqvist, Annika]]      [[PHONE_NUMBER:07538 902 664]]
2204       [[PERSON:Dunbar, Hugh]]           [[PHONE_NUMBER:07877 110 385]]""",
    """{"user": "[[USERNAME:r.castillo]]", "ip": "[[IP_ADDRESS:187.190.44.12]]", "last_login": "[[DATE_TIME:2025-03-01 08:14:55]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/123.0"}
{"user": "[[USERNAME:tomasz.k]]", "ip": "[[IP_ADDRESS:83.24.190.7]]", "last_login": "[[DATE_TIME:2025-03-01 08:20:03]]", "ua": "Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0 Safari/537.36"}
{"user": "[[USERNAME:awuor.o]]", "ip": "[[IP_ADDRESS:41.90.64.221]]", "last_login": "[[DATE_TIME:2025-03-01 09:02:37]]", "ua": "Mozilla/5.0 (Linux; Android 13) Mobile Safari/537.36"}""",
    """patient,id_type,id_number,sex,age,clinic
[[PERSON:Zanele Dlamini]],SA ID,[[ID_NUMBER:9308170241085]],F,[[AGE:31]],[[LOCATION:Soweto]]
[[PERSON:Musa Abubakar]],NIN,[[ID_NUMBER:71028364519]],M,[[AGE:42]],[[LOCATION:Kano]]
[[PERSON:Achieng Otieno]],National ID,[[ID_NUMBER:31847205]],F,[[AGE:27]],[[LOCATION:Kisumu]]""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Leah]]): Good morning, you're through to card services. Who am I speaking with?
[10:02] Customer: hi [[PERSON:leah]], it's [[PERSON:Babatunde Ajayi]]
[10:03] Agent ([[PERSON:Leah]]): Thanks, [[PERSON:Babatunde]]. Can you confirm your date of birth and the postcode on the account?
[10:03] Customer: [[DATE_TIME:9th August 1983]], postcode [[ZIP_CODE:SE15 4QN]]
[10:04] Agent ([[PERSON:Leah]]): Perfect. I can see a pending payment of £212.99 to an online retailer. Is that yours?
[10:05] Customer: no!! I never made that. card is [[CREDIT_CARD:4539 1488 0343 6673]], please block it
[10:05] Agent ([[PERSON:Leah]]): Done. A new card will go to [[ADDRESS:Flat 11, 40 Rye Lane]], [[LOCATION:London]]. Anything else?
[10:06] Customer: can you text me the case number on [[PHONE_NUMBER:07466 290 318]]
[10:06] Agent ([[PERSON:Leah]]): Sent. Case ref FR-448210.""",
    """MV Pacific Heron crew chat
[[PERSON:Jomar]]: guys sign-off list is out, me, [[PERSON:Aldrin]] and Bosun [[PERSON:Ely]] going home from [[LOCATION:Kaohsiung]]
[[PERSON:Aldrin Cabrera]]: finally!! flight on [[DATE_TIME:the 22nd, 16:30]]?
[[PERSON:Jomar]]: yes, agent says [[DATE_TIME:22 Nov 16:30]] to [[LOCATION:Manila]]
[[PERSON:Ely Navarro]]: pls send my wife's number to the agent for pickup, [[PERSON:Cherry]] [[PHONE_NUMBER:0918 336 4021]]
[[PERSON:Aldrin Cabrera]]: mine is my brother [[PERSON:Nonoy]] [[PHONE_NUMBER:0927 801 5546]]
2/O [[PERSON:Viktor]]: lucky you. my relief only comes in [[LOCATION:Durban]] lol""",
    """#people-ops
**[[PERSON:Harriet Lam]]** 9:14 AM
Welcome [[PERSON:Dev]]! :wave: [[PERSON:Devendra Joshi]] joins the data team today.
**[[PERSON:Devendra Joshi]]** 9:16 AM
thanks all! for the payroll form, my personal email is [[EMAIL_ADDRESS:devjoshi.92@gmail.com]] and mobile [[PHONE_NUMBER:+1 647 555 0192]]
**[[PERSON:Harriet Lam]]** 9:17 AM
perfect. please DM me your SIN rather than posting it here
**[[PERSON:Devendra Joshi]]** 9:17 AM
oops, already did: [[ID_NUMBER:519 273 643]] :grimacing:
**[[PERSON:Marco Bellini]]** 9:20 AM
:eyes: deleting that in 5 min, [[PERSON:Harriet]]""",
    """Teams — Pit crew C (night)
[[PERSON:Shaun Kelly]] 18:40: who's driving the bus from the village tonight
[[PERSON:Mereana Tipoki]] 18:41: me. leaving 18:50 sharp from the rec centre
[[PERSON:Shaun Kelly]] 18:41: [[PERSON:Mere]] can you grab [[PERSON:Luka]] from room H-09, he's not answering
[[PERSON:Luka Petrović]] 18:44: awake awake. phone was on charge. new number btw [[PHONE_NUMBER:0499 716 235]]
[[PERSON:Mereana Tipoki]] 18:45: also fyi my R&R starts [[DATE_TIME:Thu 17 Oct]], [[PERSON:Craig]] covers the bus after that
[[PERSON:Craig Dunstan]] 18:52: yep no worries""",
    """Crew swaps, [[LOCATION:Doha]] base (WhatsApp)
[[PERSON:Sara Mekonnen]]: Anyone want my [[DATE_TIME:14 Feb]] [[LOCATION:Nairobi]] turnaround for a [[DATE_TIME:16 or 17 Feb]] day off?
[[PERSON:Paulo Ferreira]]: I'll take it! I have [[DATE_TIME:16 Feb]] standby
[[PERSON:Sara Mekonnen]]: deal. my staff no. [[ID_NUMBER:78214]], put in the request pls
[[PERSON:Paulo Ferreira]]: mine is [[ID_NUMBER:80337]]. done ✅
[[PERSON:Wiktoria Nowak]]: [[PERSON:Sara]] you left your charger in the crew bus, I'll leave it at reception""",
    """[[PERSON:Solongo]]: [[PERSON:Tuvshin]] ee, chi margaash kemp ruu yavah uu?
[[PERSON:Tuvshinbayar]]: tiim, [[DATE_TIME:4 sariin 3-nd 06:00]]-d [[LOCATION:Ulaanbaatar]]-aas garna
[[PERSON:Solongo]]: ok, mamiin utas [[PHONE_NUMBER:9911 0283]] bichij avaarai, yaaraltai bol zalgaarai
[[PERSON:Tuvshinbayar]]: za za. minii shine email [[EMAIL_ADDRESS:tuvshinbayar.d@gmail.com]]
[[PERSON:Solongo]]: 👍 [[PERSON:Enkhee]] ahaas bas mend hurgeerei""",
    """Live chat — broadband
Bot: Hi! What's the account holder's full name?
You: [[PERSON:Declan O'Sullivan]]
Bot: Thanks. And the first line of the address?
You: [[ADDRESS:27 Highfield Rise]]
Bot: Connecting you to an agent…
[[PERSON:Kerry]] (agent): Hi [[PERSON:Declan]], I see an engineer visit booked for [[DATE_TIME:Saturday 18 January, 8am–1pm]]. Do you want to keep it?
You: yes but call my partner [[PERSON:Aisha]] on [[PHONE_NUMBER:07984 512 603]] instead of me, I'll be at work
[[PERSON:Kerry]] (agent): Noted. Your router serial is HG8K-77120-AB if they ask.""",
    """Family group 🏡
Mama [[PERSON:Njeri]]: Reminder, [[PERSON:Wambui]]'s ruracio is on [[DATE_TIME:Saturday 7th December]] at our place, [[ADDRESS:House 14, Kamiti Road]], [[LOCATION:Kiambu]]
[[PERSON:Kevin]]: noted mum. [[PERSON:Brian]] what's your M-Pesa number again for the contributions
[[PERSON:Brian Kariuki]]: [[PHONE_NUMBER:0712 604 338]]
[[PERSON:Wambui Kariuki]]: guys I'm turning [[AGE:28]] the same week so double celebration 😂
Mama [[PERSON:Njeri]]: And bring your IDs, the elders want to see them. Mine is [[ID_NUMBER:10483726]] if the chief asks""",
]

LOOKALIKE = [
    """Dispatch summary, warehouse 3. Order ORD-2024-118830 (SKU HX-4410-BLK, qty 12) left on courier run 77 with tracking 1Z 9W4 E17 03 4418 2095; invoice INV/24/08812 goes to the accounts payable mailbox. Pallet serials P-00418-A through P-00422-A were scanned at 10.4.2.18 (scanner firmware). Customer service: 1300 655 212 (Mon–Fri). Delivery is to the Nelson Mandela Drive depot; contact on the receiving side is [[PERSON:Roslyn Harte]], [[PHONE_NUMBER:0417 228 906]].""",
    """Release notes, build 10.2.4.1 (2025-02-03)
- Fixed a crash in the Dijkstra route planner when two depots share coordinates.
- Bumped OpenSSL to 3.0.13; commit 4f9d2c7e1a0b83d6e5f2a9c14b7d0e6f3a281c55.
- Raised the Bloom filter size for the SKU cache (SKU-000123 to SKU-998877).
- Removed the hard-coded support line 0800 028 4417 from the footer.
- Known issue: ticket #44812 (Parkinson's-mode input smoothing flicker on firmware 4.12.0.8 test rigs).
Checksum: sha256 9c1185a5c5e9fc54612808977ee8f548b2258d31""",
    """New acquisitions, March. "Origins of the Silk Road" (ISBN 978-1-84353-271-2), "Modern Kazakh Grammar" (ISBN 978-601-7094-18-8) and "A Short History of Oxford" (ISBN 978-0-19-286543-4), shelved at Dewey 958.45 and 942.574. The Darwin Street annexe is closed for the Halley's comet talk; the Bunsen Room hosts the chess club. Queries to the circulation desk or to the new subject librarian, [[PERSON:Ifeoluwa Adeyemi]] ([[EMAIL_ADDRESS:ifeoluwa.adeyemi@gmail.com]]).""",
    """Technical file — MV Saltire Spirit, IMO 9417622, MMSI 235114820, call sign 2HFX7. Main engine MAN B&W 6S50ME-C9, serial 62418-09; auxiliary gensets serials YAN-2201/2202/2203. Class: LR, ID 1023344. Last dry dock ref DD-2023-17. Sister ship IMO 9582300. Fleet technical desk: +44 191 500 2200 or fleet.tech@saltireshipping.co.uk. Superintendent on attendance for the next survey: [[PERSON:Callum Ferguson]], mobile [[PHONE_NUMBER:+44 7724 310 885]].""",
    """Ops note: aircraft VH-XZA (MSN 41237) swapped onto rotation 1044/1045 due to AOG on VH-VYE. NOTAM A1234/25 affects RWY 03/21 until 0600Z. SITA address SYDOWXH copied. Crew control hotline 1800 227 911 stays open; the duty manager is [[PERSON:Anneke Visser]]. Fuel ticket FT-33018, load sheet LS-7790, gate 35, ETD 14:25.""",
    """ШОТ-ФАКТУРА № 00418 / 2025
Жеткізуші: «Дала Логистик» ЖШС, БСН 180240012345, БСК HSBKKZKX, шарт № 12-ДЛ/24.
Тауар: SKU 7701-KZ, 40 дана; жүк құжаты ТТН-33190.
Кеңсе телефоны: 8 (727) 300 40 50, пошта: info@dalalogistic.kz.
Мекенжайы: Абай даңғылы бойындағы қойма.
Директор: [[PERSON:Ж. Төлеуов]]""",
    """Assay batch ALS-PE24118921. Drill hole KLD-0412 collared at 412385 mE / 6587220 mN (GDA94 zone 51), dip −60°, azimuth 270°. Samples KLD0412-001 to KLD0412-188, core trays CT-8841 to CT-8892, lab accreditation NATA 825. Au by fire assay FA50; over-range repeats flagged. Lab phone (08) 9022 1100. Geologist signing off: [[PERSON:Priyanka Sethi]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind113", STYLES, OUT)


if __name__ == "__main__":
    main()
