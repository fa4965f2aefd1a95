"""Build tests/data/blind122.jsonl: a *blind*, hand-written labeled PII set (number 122).

    .venv/bin/python tests/data/make_blind122.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, git history, or the records of any
other gold set (no *.jsonl, no other make_*.py). Only these were read, to
keep the conventions and the file format: the docstring and import lines of
make_blind22.py (its lines 1-121, which end inside its first record) and
its closing scaffolding (the STYLES dict and main(), copied below);
gold_sets.py (whole file); lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). The detector,
the bench and the tests were never run on this file, and the output .jsonl
was not read back. Do not tune the detector against it: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the French RIB key
inside the French IBAN is right too); they, and the national ids with a
public check digit (UK NHS number, Canadian SIN, Aadhaar, Australian TFN,
Singapore NRIC, Irish PPSN, Dutch BSN, Japanese My Number, Korean resident
registration number) and the ISBN-13 look-alikes, were worked out with
hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs. US SSNs, DoD ids, passports,
licences, plates, RMI ids, Philippine SSS and PhilHealth numbers,
Fiji TINs, Indian PAN, dive certification numbers, visa and SEVIS numbers, bank account
numbers and patient, staff, student, member and guest numbers were not
checked (no public check digit, or none used).

Styles (ids `blind122-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool, with extra weight (about a third
of `gen` and `bench`) on military bases and military families, tourism,
hotels and vacation rentals:
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data" in everyday situations (bases and PCS moves, hotels, vacation
  rentals, tours, banking, health, pharmacy, schools, courts, HR, tax,
  telecoms, deliveries, churches, vets, gaming, social media), names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card /
  CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical, loan and housing forms, notices, orders) and Nemotron-PII
  (JSON, log lines, SQL, XML, YAML / INI config, code, tickets, forms).
- `table` (60): one small table per record (CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines, YAML, key: value blocks) with varied column
  names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, the
  speakers' names labeled where they are people's names.
- `lookalike` (7): texts full of non-PII that looks like PII (booking,
  order, tracking and invoice references, SKUs, ISBNs, IP-shaped versions,
  hashes, serials, company and front-desk phones, role mailboxes,
  eponyms, streets and bases named after people with no number), the few
  real PII values labeled; one has no PII at all.
About nine records in ten are in English, heavily from Hawaii, Guam and the
Marshall Islands (and the US mainland, Japan, Korea, the Philippines,
Australia, New Zealand, Canada, the UK, Ireland, Germany, the Netherlands,
Switzerland, India, Singapore, Nigeria, Tonga, Samoa, Fiji and Micronesia
contexts, with names from the many cultures living there); the rest are in
Hawaiian, Chamorro and Marshallese, spread over the styles.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words (aunty, tūtū, mom) stay outside.
- ADDRESS: number + street (+ unit / apt / suite / floor), PO boxes, PSC /
  CMR / unit boxes, lots and house or building names; city, district,
  village, island, atoll, county, state (also abbreviated) and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, arrival, stay, move,
  report date, hearing, signature, letter ...) with a day or month, in any
  shape; a weekday or clock time said with such a date is inside the span,
  a time or weekday alone is not; not bare years, durations, or dates not
  tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, ethnic group, religion or political
  group said of a person.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  guest, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, routing / sort codes and BICs, CVVs and expiries, PINs and
  door or lockbox codes, order / ticket / claim / policy / booking /
  confirmation / tracking references, room numbers, company and front-desk
  phones and role mailboxes, versions, hashes, serials, partial numbers
  ("ending 4417"), pets, eponyms and brands named after people, header
  rows, database row keys.
- Calls made while writing this set, in the same spirit: a military rank
  before a name (SSgt, SSG, SGT, Cpl, SPC, PFC, SrA, TSgt, MSgt, CPO, PO2,
  Capt., Lt. Col.) is TITLE, and so are "Hon.", "Fr.", "Brother", "Tan"
  (Chamorro, for an elder) and a "MR" / "MS" after an airline-style
  SURNAME/GIVEN name; a named base or camp (Schofield Barracks, Andersen
  AFB, Camp Blaz ...) is LOCATION, like a town, but a unit or garrison name
  is not labeled, nor are hotels, hospitals, courts and schools even when
  their names hold a place or a person's name; in a military mailing
  address "APO" / "FPO" and "AP" are LOCATION and the box line is ADDRESS,
  and a building (with its barracks room) given as where a person lives on
  base is ADDRESS; a DoD ID (EDIPI), a hotel guest or loyalty number and a
  Hawaii GE / TA tax id of a named person are ID_NUMBER; a unit office's
  DSN line and a front desk's number are company phones (unlabeled), while
  a named person's own mobile or direct line is PHONE_NUMBER; a log line's
  timestamp of a named user's own login is DATE_TIME (like a "last login"),
  other log timestamps and chat message stamps are not, while an email's
  Date header is the letter's date; the date of a charge on a person's own
  card reported as fraud is theirs; every IP address is labeled, also in
  logs, but IP-shaped versions are not; Guam, CNMI and Hawaii driver's
  licences are US_DRIVER_LICENSE; in a table a "sex", "gender", "role",
  "dept", "room", "status", "branch" or "rank" column stays unlabeled
  (a rank written before the name in the same cell is TITLE), an "age"
  column is AGE, a "country", "island", "atoll" or "village" column is
  LOCATION, an "ethnicity" or "nationality" column is NRP; a "building
  number" field and a secondary address field ("Apt. 7") are ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind122.jsonl")

GEN = [
    """Aloha, I'm [[PERSON:Kristen Oyama]], and my husband [[TITLE:SSgt]] [[PERSON:Marcus Oyama]] just got orders to [[LOCATION:Joint Base Pearl Harbor-Hickam]]. We arrive [[DATE_TIME:June 14]] and need base housing for a family of five; my cell is [[PHONE_NUMBER:(910) 487-2263]] and his DoD ID is [[ID_NUMBER:1298847301]].""",
    """Guest [[PERSON:Hiroshi Tanabe]] ([[AGE:67]]) checked into room 1412 on [[DATE_TIME:3/22/2025 at 4:10 PM]] and asked that any messages go to his daughter [[PERSON:Emi]] at [[EMAIL_ADDRESS:emi.tanabe.83@docomo.ne.jp]].""",
    """[[PERSON:Jolene Santos Quitugua]] of [[LOCATION:Yigo]] was born [[DATE_TIME:February 9, 1979]] and still lives at [[ADDRESS:148 Chalan Ramirez]], [[LOCATION:Yigo]], [[LOCATION:GU]] [[ZIP_CODE:96929]]; the clinic can reach her at [[PHONE_NUMBER:671-653-4471]].""",
    """Our new teacher at the elementary school in [[LOCATION:Laura]], [[PERSON:Ms. Tarlyn Anjain]], is [[AGE:26]] and grew up on [[LOCATION:Arno]]. Parents can text her on [[PHONE_NUMBER:+692 455 3027]].""",
    """Hi [[PERSON:Dana]]! Thanks for booking our condo at [[ADDRESS:2531 Kalākaua Ave, Unit 1807]], [[LOCATION:Honolulu]] for [[DATE_TIME:Dec 27]]–[[DATE_TIME:Jan 3]]. The lockbox code is 4471 and my number is [[PHONE_NUMBER:808-271-9930]] if anything comes up. — [[PERSON:Kawika]]""",
    """can someone tell [[PERSON:leilani kahale]] her passport renewal came back?? the new number is [[US_PASSPORT:A04418873]] and it expires in 2035""",
    """We're the [[PERSON:Brennan]] family from [[LOCATION:Calgary]] ([[PERSON:Colleen]], [[PERSON:Ross]] and the twins) and we've booked the [[DATE_TIME:April 18]] snorkel tour out to [[LOCATION:Molokini]]. [[PERSON:Colleen]]'s mobile is [[PHONE_NUMBER:+1 403 619 2284]] if the boat is late.""",
    """Aloha mai kākou! ʻO [[PERSON:Kaʻiulani Nāone]] koʻu inoa, a noho au ma [[ADDRESS:87-1643 Farrington Hwy]], [[LOCATION:Waiʻanae]]. Hānau ʻia au i ka lā [[DATE_TIME:12 o ʻAukake, 1990]], a ʻo [[PHONE_NUMBER:(808) 696-2714]] kaʻu helu kelepona.""",
    """I opened a checking account at the [[LOCATION:Tamuning]] branch for my mom, [[PERSON:Remedios Pangelinan]], account [[ID_NUMBER:0418-772903]], but the teller typed her birthday as [[DATE_TIME:11/30/1951]]. It should be [[DATE_TIME:11/13/1951]].""",
    """Patient [[PERSON:Benjamin Kaleikini]], [[AGE:72]], MRN [[ID_NUMBER:QMC-00771824]], is scheduled for cataract surgery on [[DATE_TIME:Thursday, May 8 at 7:30 a.m.]]; his wife [[PERSON:Noelani]] will drive him in from [[LOCATION:Kāneʻohe]].""",
    """When [[PERSON:Ashley Nguyen-Baker]]'s husband deployed out of [[LOCATION:Schofield Barracks]] last fall, she moved the kids to [[ADDRESS:95-1049 Meheula Pkwy, Apt 212]], [[LOCATION:Mililani]], [[LOCATION:HI]] [[ZIP_CODE:96789]] and changed her number to [[PHONE_NUMBER:808.367.1154]].""",
    """Booking note: [[PERSON:Mr. Gareth Pryce-Jones]] and [[PERSON:Mrs. Siân Pryce-Jones]] arrive from [[LOCATION:Cardiff]] on [[DATE_TIME:2 Oct]], ocean-view king, anniversary cake requested. Contact [[EMAIL_ADDRESS:gpj.cymru@btinternet.com]] or [[PHONE_NUMBER:+44 7700 914 382]].""",
    """[[PERSON:Maricel Dela Cruz Ocampo]], a [[NRP:Filipino]] nurse at the hospital in [[LOCATION:Tamuning]], renewed her work permit on [[DATE_TIME:January 6, 2025]]. Her passport number is [[ID_NUMBER:P4418273B]].""",
    """Hi [[PERSON:Mrs. Ige]], this is [[PERSON:Tamara Ah Sing]], [[PERSON:Kainoa]]'s mom. He'll be out [[DATE_TIME:Friday the 14th]] for his cousin's graduation in [[LOCATION:Hilo]]; you can reach me at [[PHONE_NUMBER:808-935-6620]].""",
    """The tournament winner, [[USERNAME:kona_kid808]] (real name [[PERSON:Isaiah Makoa]], [[AGE:17]]), gets the prize once a parent signs the release form we emailed to [[EMAIL_ADDRESS:makoa.ohana@yahoo.com]].""",
    """The lease for [[ADDRESS:1212 Nuʻuanu Ave #1905]], [[LOCATION:Honolulu]] [[ZIP_CODE:96817]] starts [[DATE_TIME:August 1, 2025]]. Tenants [[PERSON:Kevin Lau]] and [[PERSON:Priscilla Lau]] paid the deposit from the account ending 5520.""",
    """[[PERSON:Kenye Lokeijak]] of [[LOCATION:Ebeye]], [[LOCATION:Kwajalein Atoll]], applied for a new passport on [[DATE_TIME:10 March 2025]]. His birth certificate says [[DATE_TIME:22 July 2001]] and his RMI social security number is [[ID_NUMBER:04-118732]].""",
    """Claim notes: the insured, [[PERSON:Rodrigo Fernández]], [[AGE:44]], rear-ended a tour van on Nimitz Hwy on [[DATE_TIME:11/02/24 around 5:45 pm]]. His Hawaii license is [[US_DRIVER_LICENSE:H00482716]] and the plate on his truck is [[ID_NUMBER:SNV 412]].""",
    """omg just ran into [[PERSON:keoni]] at [[LOCATION:ala moana]] and he said [[PERSON:malia]] is turning [[AGE:30]] on the [[DATE_TIME:19th]]!! we need to plan something""",
    """The account [[USERNAME:tgumataotao]] belongs to [[PERSON:Thomas Gumataotao]]. He last logged in from [[IP_ADDRESS:202.128.77.41]] on [[DATE_TIME:2025-02-18 06:12 ChST]] and asked us to send the reset link to [[EMAIL_ADDRESS:tomgumataotao@guam.net]] instead.""",
    """Driver: please leave packages for [[PERSON:Sione Fifita]] with Aunty [[PERSON:Vi]] next door at [[ADDRESS:91-1020 Kaiau Ave]], [[LOCATION:Kapolei]] if no one answers. Call [[PHONE_NUMBER:808-689-2047]] first.""",
    """The prescription for [[PERSON:Adoracion Manibusan]] (DOB [[DATE_TIME:04-17-1948]]) is ready. She asked that her grandson [[PERSON:Jared]] pick it up; his Guam license [[US_DRIVER_LICENSE:07814419]] is on file.""",
    """Welcome aboard, [[PERSON:Kehaulani Wong]]! Your first day at the resort is [[DATE_TIME:Monday, March 3]], your employee number is [[ID_NUMBER:KR-20931]], and payroll will deposit to the account you gave us ([[ID_NUMBER:0099812734]]).""",
    """[[TITLE:Lt. Col.]] [[PERSON:Andrea Whitfield]] and her partner [[PERSON:Samuel Osei]], a [[NRP:Ghanaian]] citizen, need base passes for his parents, who visit [[LOCATION:Camp H.M. Smith]] from [[DATE_TIME:5 to 19 July]]. His passport is [[ID_NUMBER:G2291847]].""",
    """[[PERSON:Noa Kahale]] brought in Mochi, a 3-year-old poi dog, on [[DATE_TIME:9/14]] for her shots. Owner's mobile [[PHONE_NUMBER:808 640 1193]], address [[ADDRESS:47-331 Kamehameha Hwy]], [[LOCATION:Kāneʻohe]].""",
    """Follow [[PERSON:Jasmine Taimanglo]] on IG at [[USERNAME:jaz.taimanglo]] or on her page [[URL:https://www.tiktok.com/@jaztaimanglo671]] for the best kelaguen and red rice reviews on island!""",
    """Tour log: picked up [[PERSON:Sato Yumi]] and [[PERSON:Sato Kenta]] at their [[LOCATION:Tumon]] hotel at 8:00 and dropped them back at 15:30. [[PERSON:Ms. Sato]] left a jacket on the bus; her mobile is [[PHONE_NUMBER:+81 90-4412-7763]].""",
    """The hearing for [[PERSON:Leroy Kapule]] was moved to [[DATE_TIME:June 23, 2025, at 1:30 p.m.]] at the courthouse in [[LOCATION:Wailuku]]. His public defender is [[PERSON:Ms. Grace Amano]].""",
    """[[PERSON:Hemity Lajuon]], [[AGE:34]], moved from [[LOCATION:Majuro]] to [[LOCATION:Springdale]], [[LOCATION:Arkansas]] in 2019 and works nights at a poultry plant. Her papers give [[DATE_TIME:3 Nov 1990]] as her birthday and her I-94 number as [[ID_NUMBER:81244907633]].""",
    """I stayed in room 908 from [[DATE_TIME:Sept 4]] to [[DATE_TIME:Sept 9]] and the resort fee was charged twice on my Amex [[CREDIT_CARD:3411 089698 26188]]. Please refund one of them. — [[PERSON:Diane Okafor]], [[PHONE_NUMBER:(312) 846-0291]]""",
    """Service transfer: [[PERSON:Kimberly Ann Borja]] is moving from [[ADDRESS:112 Sgt. Roy T. Damian St]], [[LOCATION:Dededo]] to [[ADDRESS:Lot 7, Tract 1209]], [[LOCATION:Mangilao]] on [[DATE_TIME:April 30]] and wants power on that morning.""",
    """[[PERSON:Keanu Alapaʻi]], student ID [[ID_NUMBER:2314-88207]], wrote from [[EMAIL_ADDRESS:kalapai@hawaii.edu]] asking to move his thesis defense to [[DATE_TIME:May 2]].""",
    """[[PERSON:Émilie Tremblay]], a seasonal snorkel instructor from [[LOCATION:Québec]], gave her SIN [[ID_NUMBER:591 725 593]] on the tax form and listed her Maui address as [[ADDRESS:2495 S Kihei Rd, Unit 302]], [[LOCATION:Kīhei]].""",
    """The beach wedding of [[PERSON:Alana Keliʻihoʻomalu]] and [[PERSON:Derek Sousa]] is set for [[DATE_TIME:Saturday, 10/18/25 at 5 pm]] at [[LOCATION:Lanikai]]; the coordinator, [[PERSON:Pua]], is on [[PHONE_NUMBER:808-263-4178]].""",
    """PCS checklist for [[TITLE:SPC]] [[PERSON:Jordan T. Holloway]]: report to the garrison on [[LOCATION:Kwajalein]] by [[DATE_TIME:15 JAN 2026]], have mail sent to [[ADDRESS:PO Box 1532]], [[LOCATION:APO]] [[LOCATION:AP]] [[ZIP_CODE:96555]], and bring the EFMP paperwork for his son [[PERSON:Caleb]], age [[AGE:6]].""",
    """Someone used [[PERSON:Mele Tuʻipulotu]]'s Visa [[CREDIT_CARD:4516-1088-3569-8390]] at a surf shop in [[LOCATION:Waikīkī]] on [[DATE_TIME:March 2]]. She was home in [[LOCATION:Lāʻie]] all day and called us from [[PHONE_NUMBER:808-293-1147]].""",
    """Your host [[PERSON:Brandon Kealamakia]] has shared check-in details for [[ADDRESS:75-5919 Aliʻi Dr, Unit B-204]], [[LOCATION:Kailua-Kona]]: arrival [[DATE_TIME:Nov 12 after 3 pm]], door code 8812, parking stall 41.""",
    """[[PERSON:Francisco "Frank" Aguon Perez]], [[AGE:81]], of [[LOCATION:Agat]], passed away on [[DATE_TIME:February 11, 2025]]. A devout [[NRP:Catholic]] and a Navy veteran, he leaves his wife [[PERSON:Rosita]] and nine grandchildren. Mass will be on [[DATE_TIME:Feb. 22 at 9 a.m.]]""",
    """Lost passport report: [[PERSON:Park Ji-hoon]] ([[NRP:South Korean]], [[AGE:35]]) lost passport [[ID_NUMBER:M48827153]] on the beach path in [[LOCATION:Tumon]] on [[DATE_TIME:2025.01.27]]. His Korean mobile is [[PHONE_NUMBER:+82 10-7731-4402]].""",
    """[[PERSON:Nurse Annie Kabua]] asked that [[PERSON:Bobby Langidrik]], [[AGE:9]], be flown from [[LOCATION:Majuro]] to [[LOCATION:Honolulu]] on [[DATE_TIME:18 May]] for his heart surgery; his mother [[PERSON:Jinna]] can be reached on [[PHONE_NUMBER:625-3399]].""",
    """[[PERSON:Ricardo Ulloa]] applied for a VA home loan on [[DATE_TIME:12/01/2024]] for [[ADDRESS:91-6215 Kapolei Pkwy, Unit 35]], [[LOCATION:ʻEwa Beach]]. SSN [[US_SSN:538-71-2094]], gross monthly income $6,840.""",
    """Our Year 10 group from [[LOCATION:Brisbane]] lands in [[LOCATION:Honolulu]] on [[DATE_TIME:14 April]]. The teacher in charge is [[PERSON:Mr. Lachlan O'Rourke]] ([[PHONE_NUMBER:0412 771 306]]), and [[PERSON:Chloe Vu]] ([[AGE:15]]) carries an EpiPen for a peanut allergy.""",
    """[[PERSON:tevita]] signed up at the [[LOCATION:Kalihi]] gym on the [[DATE_TIME:3rd of March]] with [[EMAIL_ADDRESS:tevita.h@outlook.com]], but his card [[CREDIT_CARD:5113 4479 5767 9737]] was declined twice.""",
    """I'm porting my number [[PHONE_NUMBER:671-482-9066]] to a new carrier. The account is under my dad, [[PERSON:Jesus Q. Salas]], and the last four of his SSN are 4471.""",
    """Reminder: [[PERSON:Mrs. Shizue Nakamura]], cleaning with [[PERSON:Dr. Fong]] on [[DATE_TIME:Tues 6/10 @ 2:15]]. Reply C to confirm. Questions? Call the office at (808) 941-5520.""",
    """Military spouse [[PERSON:Rachel Kim-Ortiz]] (Navy, [[LOCATION:Naval Base Guam]]) is looking for remote bookkeeping work. Résumé at [[URL:https://www.linkedin.com/in/rachelkimortiz]], email [[EMAIL_ADDRESS:rkimortiz@gmail.com]].""",
    """Found in room 1120 after checkout on [[DATE_TIME:7/28]]: a wallet with a California license ([[US_DRIVER_LICENSE:D4471829]]) for [[PERSON:Marisol Becerra]], born [[DATE_TIME:1987-03-05]], of [[LOCATION:Fresno]].""",
    """Police in [[LOCATION:Hilo]] are looking for [[PERSON:Kalani Ruiz]], [[AGE:23]], last seen near [[ADDRESS:1345 Kilauea Ave]] on [[DATE_TIME:Sunday night, Jan. 12]]. Anyone with information can call his family at [[PHONE_NUMBER:808-959-3022]].""",
    """[[PERSON:Ofa Vaipulu]] filed her GE tax return late. Her GE ID is [[ID_NUMBER:GE-118-557-4432-01]] and her mailing address is [[ADDRESS:PO Box 240071]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96824]].""",
    """Kia ora, it's [[PERSON:Aroha Ngata]] from [[LOCATION:Rotorua]]. There are four of us for the luau on [[DATE_TIME:Thursday 21 August]], and my email is [[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]].""",
    """just found out [[PERSON:kekoa]]'s new number is [[PHONE_NUMBER:808 286 4410]], he moved out to [[LOCATION:waipahu]] last week""",
    """[[PERSON:Atina Lakjohn]], [[AGE:62]], from [[LOCATION:Jaluit]], came to the clinic in [[LOCATION:Majuro]] on [[DATE_TIME:Tuesday, 4 February]] with a foot ulcer. Her hospital number is [[ID_NUMBER:MAH-044517]].""",
    """Veteran [[PERSON:Eugenio Sablan]] of [[LOCATION:Saipan]] wants his VA care moved to the clinic on [[LOCATION:Guam]]. His VA file number is [[ID_NUMBER:C 28 441 907]] and he was discharged on [[DATE_TIME:30 Sep 1992]].""",
    """Parent/guardian [[PERSON:Heather McAllister]] signed the surf-lesson waiver for [[PERSON:Owen]], [[AGE:11]], and [[PERSON:Lily]], [[AGE:8]], on [[DATE_TIME:07/16/2025]]. Emergency contact: [[PERSON:Scott McAllister]], [[PHONE_NUMBER:+1 (604) 318-7720]].""",
    """[[PERSON:Margaret Ellison]], a retired [[NRP:British]] nurse who winters in [[LOCATION:Kāʻanapali]], asked her GP in [[LOCATION:Bath]] to email her records over. Her NHS number is [[ID_NUMBER:390 031 4020]].""",
    """[[PERSON:Yamamoto Haruka]], who runs the shop in [[LOCATION:Tumon]], sent her My Number ([[ID_NUMBER:1938 9432 7157]]) to the [[LOCATION:Tokyo]] office for payroll; her birthday is [[DATE_TIME:1992年6月3日]].""",
    """[[PERSON:Tan Wei Ling]] from [[LOCATION:Singapore]] booked two nights at a hostel in [[LOCATION:Waikīkī]] with her NRIC, [[ID_NUMBER:S2408251B]], instead of a passport number. We've asked her to resend it to us from [[EMAIL_ADDRESS:weiling.tan@gmail.com]].""",
    """[[PERSON:Siobhán Ní Bhriain]] is spending her J-1 summer at a resort in [[LOCATION:Kona]]. Her PPS number is [[ID_NUMBER:9386618G]] and she flies home to [[LOCATION:Galway]] on [[DATE_TIME:8 September]].""",
    """Our guests [[PERSON:Joost van der Berg]] and [[PERSON:Femke Bakker]] paid the damage deposit from [[IBAN_CODE:NL44 RABO 0787 0714 25]]. Please refund it after their checkout on [[DATE_TIME:23/06]].""",
    """Hallo, this is [[PERSON:Lukas Brandt]] from [[LOCATION:Munich]]. For the refund of our cancelled tour on the [[LOCATION:Big Island]], please use [[IBAN_CODE:DE88370400446316190724]] (BIC COLSDE33), account holder [[PERSON:Lukas Brandt]].""",
    """[[PERSON:Jack Tuilagi]], a [[LOCATION:Sydney]]-born divemaster now working on [[LOCATION:Saipan]], still lodges an Australian return: TFN [[ID_NUMBER:177 227 766]], DOB [[DATE_TIME:14/02/1989]].""",
    """The [[NRP:Latter-day Saint]] ward in [[LOCATION:Lāʻie]] is collecting for [[TITLE:Brother]] [[PERSON:Tanielu Faleolo]]'s family after the fire at [[ADDRESS:55-510 Kamehameha Hwy]] on [[DATE_TIME:May 3]].""",
    """Passenger [[PERSON:KABUA/JOHNSAY]] [[TITLE:MR]], UA 155 [[LOCATION:Majuro]]–[[LOCATION:Honolulu]], [[DATE_TIME:12MAY25]], seat 23C, e-ticket 0162457783310, one checked bag.""",
    """Aunty [[PERSON:Momi Kahananui]] turns [[AGE:90]] on [[DATE_TIME:October 5th]]! Party at her house, [[ADDRESS:86-240 Puhawai Rd]], [[LOCATION:Waiʻanae]], from noon; bring a dish.""",
    """H-2B worker [[PERSON:Rolando Bautista Jr.]], hired by a construction firm in [[LOCATION:Dededo]], entered [[LOCATION:Guam]] on [[DATE_TIME:15-Oct-2024]]; visa foil [[ID_NUMBER:L1844720]], Philippine passport [[ID_NUMBER:P8830145A]].""",
    """pls update my email on file to [[EMAIL_ADDRESS:kainoa.kekumu@icloud.com]], the old one [[EMAIL_ADDRESS:kkekumu@hawaiiantel.net]] is dead. thx, [[PERSON:kainoa]]""",
    """Reservation guaranteed for [[PERSON:Sven Lindqvist]], arriving [[DATE_TIME:Jan 9, 2026]], card [[CREDIT_CARD:5519098283465448]] exp 08/27. Guest asks for a crib for his daughter [[PERSON:Ebba]], [[AGE:1]].""",
    """Family readiness update: [[TITLE:Capt.]] [[PERSON:Ilisapeci Naivalu]]'s husband, [[PERSON:Timote]], will host the spouses' coffee at their quarters, [[ADDRESS:1803C Aliamanu Dr]], on [[DATE_TIME:Wednesday, 11 June]]. RSVP to [[EMAIL_ADDRESS:timote.naivalu@gmail.com]].""",
    """[[PERSON:Kiana]] ([[AGE:16]]) wants a summer job at the aquarium; her mom, [[PERSON:Lisa Nakoa]], says she can start [[DATE_TIME:June 9]] and gave [[PHONE_NUMBER:808-734-2281]] as the contact.""",
    """[[PERSON:Manuel Taisipic]], [[AGE:47]], lives with his wife [[PERSON:Carmen]] and their three kids at [[ADDRESS:326 Chalan Tun Jose Camacho]], [[LOCATION:Barrigada]]. He identifies as [[NRP:Chamorro]] and [[NRP:Catholic]].""",
    """[[PERSON:Chukwuemeka Obi]] is a [[NRP:Nigerian]] PhD student in oceanography; his SEVIS ID is [[ID_NUMBER:N0029184473]] and he rents a room at [[ADDRESS:2444 Dole St]], [[LOCATION:Honolulu]].""",
    """Got this text: "ALOHA [[PERSON:DARLENE]], your debit card ending 0921 is locked, verify now at fhb-secure-login.co". I'm [[PERSON:Darlene Kaupu]], my number is [[PHONE_NUMBER:808-572-8814]]. Is this real?""",
    """[[PERSON:Anand Krishnamurthy]] relocated from [[LOCATION:Bengaluru]] to [[LOCATION:Honolulu]] for a hospital IT job on [[DATE_TIME:1 Feb 2025]]; HR still has his Aadhaar [[ID_NUMBER:6783 2369 3507]] and PAN [[ID_NUMBER:BKPPK4471M]] on file.""",
    """E ke kumu [[PERSON:Makana]], ua hoʻouna ʻo [[PERSON:Pualani Kealoha]] i kāna palapala noi ma ka leka uila, [[EMAIL_ADDRESS:pkealoha@hawaii.edu]]. He [[AGE:19]] ona makahiki, a e hiki mai ana ʻo ia i ka [[DATE_TIME:Pōʻakahi, 3 o Kepakemapa]].""",
    """Mahalo nui iā ʻAnakē [[PERSON:Lehua Kamakau]] no ka mālama ʻana i ka hale hoʻolimalima ma [[ADDRESS:68-1050 Mauna Lani Dr]], [[LOCATION:Kamuela]]. Inā he nīnau kāu, e kelepona iā ia ma [[PHONE_NUMBER:808-885-3390]] a i ʻole e leka uila iā [[EMAIL_ADDRESS:lehua.kamakau@gmail.com]].""",
    """Håfa adai! Si [[PERSON:Vicente "Ben" Camacho Taitano]] yu', ya sumåsaga yu' gi [[ADDRESS:241 Chalan Kanton Tasi]], [[LOCATION:Inalåhan]]. Mafañågu yu' gi [[DATE_TIME:20 di Huñu 1966]], [[AGE:58]] sakkan i idåt-hu. I numirun telefon-hu [[PHONE_NUMBER:(671) 828-4410]].""",
    """Ma'å'ñao i familia sa' ti ma sodda' si [[TITLE:Tan]] [[PERSON:Rosa Leon Guerrero]] desde [[DATE_TIME:Såbalu, 8 di Måtso]]. Sumåsaga gi [[LOCATION:Sinahånña]]. Yanggen un li'e' gue', ågang si [[PERSON:Joey]] gi [[PHONE_NUMBER:671-988-7203]]. Si Yu'os ma'åse'.""",
    """I lahi-måmi, si [[PERSON:Juan Cruz Mendiola]], ma na' hånao para [[LOCATION:Andersen Air Force Base]] gi [[DATE_TIME:2 di Agosto 2024]]. I email-ña [[EMAIL_ADDRESS:juan.mendiola.7@us.af.mil]], ya i numirun-ña [[PHONE_NUMBER:671-366-2048]].""",
    """Iakwe! Eta in [[PERSON:Limine Jibas]], im ij jokwe ilo [[LOCATION:Delap]], [[LOCATION:Mājro]]. Iar lotak ilo [[DATE_TIME:14 Eprōl 1995]]. Nōmba in talboon eo aō ej [[PHONE_NUMBER:+692 625 7718]]. Kommol tata!""",
    """[[PERSON:Jabon Lanki]] ej rūkaki ilo jikuul eo ilo [[LOCATION:Ebeye]], im [[AGE:41]] an iiō. Email eo an ej [[EMAIL_ADDRESS:jlanki.ebeye@gmail.com]]; kwōmaroñ kūr e ilo [[PHONE_NUMBER:329-4187]].""",
]

BENCH = [
    """Dear [[PERSON:Kalea]], as Chief Guest Experience Officer please confirm that the device registered to your staff account (MAC 3c:22:fb:91:0e:7a, IP [[IP_ADDRESS:10.44.18.203]]) is the one you use at [[ADDRESS:1777 Ala Moana Blvd, Suite 1410]].""",
    """Attention [[PERSON:Mx. Rowan Keakealani]] ([[AGE:29]], genderqueer), Regional Marketing Liaison: your new badge goes to [[ADDRESS:742 Kapahulu Avenue]], [[ADDRESS:Apt. 5]], [[LOCATION:Honolulu]] [[ZIP_CODE:96815]]. Temporary portal password: kP#88wz!tQ.""",
    """Transaction approved for [[PERSON:Lorelei Fontaine-Mahoe]] using [[CREDIT_CARD:5325 9196 3851 0253]], CVV 418, exp 11/26, from [[IP_ADDRESS:2607:fb90:a4c2:1f03::5b]] with agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15.""",
    """Wire instructions for [[PERSON:Annika Vogel]]: IBAN [[IBAN_CODE:DE80 1007 0000 8942 2716 59]], BIC PBNKDEFF, reference VILLA-KAA-4471, amount USD 3,250.00 for the [[LOCATION:Kāʻanapali]] villa.""",
    """CLAIM FORM - HOMEOWNERS
Claimant: [[PERSON:Delphine Akana]]
Policy No.: HO-7718-2231
Date of loss: [[DATE_TIME:08/08/2023]]
Property: [[ADDRESS:1460 Front St]], [[LOCATION:Lahaina]], [[LOCATION:HI]] [[ZIP_CODE:96761]]
Description: Total loss of dwelling due to wildfire. Claimant is staying with her sister, [[PERSON:Rose Akana-Lum]], at [[ADDRESS:1300 Kaʻahumanu Ave, Apt 14]], [[LOCATION:Kahului]].
Contact: [[PHONE_NUMBER:808-661-4027]] / [[EMAIL_ADDRESS:delphine.akana@gmail.com]]""",
    """{"guest_id": "[[ID_NUMBER:G-20449817]]", "first_name": "[[PERSON:Takeshi]]", "last_name": "[[PERSON:Morimoto]]", "dob": "[[DATE_TIME:1975-11-02]]", "email": "[[EMAIL_ADDRESS:t.morimoto@nifty.com]]", "phone": "[[PHONE_NUMBER:+81-3-5412-7789]]", "room": "2214", "arrival": "[[DATE_TIME:2025-04-29]]", "nights": 5, "tier": "gold"}""",
    """[[DATE_TIME:2025-03-14T08:22:51Z]] INFO auth.login user=[[USERNAME:jcepeda671]] email=[[EMAIL_ADDRESS:jcepeda@guamcc.edu]] src_ip=[[IP_ADDRESS:202.151.88.14]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" result=success session=8f2c1e9a""",
    """INSERT INTO tenants (tenant_id, full_name, ssn, phone, unit_address, move_in) VALUES (4471, '[[PERSON:Corazon Villanueva]]', '[[US_SSN:611-40-8832]]', '[[PHONE_NUMBER:671-646-0199]]', '[[ADDRESS:Unit 3B, 190 Pale San Vitores Rd]]', '[[DATE_TIME:2024-09-01]]');""",
    """<patient><mrn>[[ID_NUMBER:GMH-5520184]]</mrn><name><given>[[PERSON:Analyn]]</given><family>[[PERSON:Reyes]]</family></name><birthDate>[[DATE_TIME:1988-07-19]]</birthDate><gender>female</gender><address><line>[[ADDRESS:178 Chalan Pasaheru]]</line><city>[[LOCATION:Tamuning]]</city><postalCode>[[ZIP_CODE:96913]]</postalCode></address><telecom>[[PHONE_NUMBER:+1-671-647-2210]]</telecom></patient>""",
    """# deploy.yaml, service owner block
owner:
  name: [[PERSON:Kekoa Fernandes]]
  email: [[EMAIL_ADDRESS:kekoa.fernandes@alohatech.io]]
  on_call: "[[PHONE_NUMBER:+1 808 389 2761]]"
db:
  host: db-prod.internal
  password: "Tr0pic@lW1nd!"
""",
    """def test_booking_flow():
    guest = Guest(name="[[PERSON:Moana Kapaona]]", email="[[EMAIL_ADDRESS:moana.k@hotmail.com]]", phone="[[PHONE_NUMBER:8082217734]]")
    card = Card(number="[[CREDIT_CARD:4794122048981009]]", cvv="302", exp="04/28")
    assert book(guest, card, checkin="[[DATE_TIME:2025-12-20]]").ok""",
    """Ticket HD-88123 | Priority: High
Reporter: [[TITLE:SSG]] [[PERSON:Tavita Leiataua]] <[[EMAIL_ADDRESS:tavita.leiataua.mil@army.mil]]>
Location: [[LOCATION:Schofield Barracks]], bldg 580, rm 214
Issue: CAC not reading on workstation after the update. DoD ID [[ID_NUMBER:1523377810]]. Best callback is my cell, [[PHONE_NUMBER:808-772-0419]].""",
    """PATIENT INTAKE
Name: [[PERSON:Dennis R. Whitaker]]   DOB: [[DATE_TIME:03/27/1969]]   Age: [[AGE:56]]
Residence: [[ADDRESS:Quarters 418-B]], [[LOCATION:Kwajalein]], [[LOCATION:Marshall Islands]]
Mailing: [[ADDRESS:PO Box 2143]], [[LOCATION:APO]] [[LOCATION:AP]] [[ZIP_CODE:96555]]
Insurance member ID: [[ID_NUMBER:UHC 908441273]]
Allergies: penicillin
Emergency contact: [[PERSON:Carol Whitaker]] (wife) [[PHONE_NUMBER:+1 805 355 3328]]""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION (excerpt)
Borrower: [[PERSON:Jeremiah Kahoʻohanohano]]   SSN: [[US_SSN:575-22-9016]]   DOB: [[DATE_TIME:09/14/1984]]
Present address: [[ADDRESS:45-620 Keneke St]], [[LOCATION:Kāneʻohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]] (Own) 6 yrs
Employer: Hawaiian Electric, Lineworker II, (808) 543-7771
Co-borrower: [[PERSON:Nalani Kahoʻohanohano]]   SSN: [[US_SSN:576-30-1148]]
Checking acct: [[ID_NUMBER:0002219847]] (ABA 121301028)""",
    """NOTICE OF LEASE TERMINATION
To: [[PERSON:Ms. Carla Ubaldo]], [[ADDRESS:Unit 12, 155 Ypao Road]], [[LOCATION:Tamuning]], [[LOCATION:Guam]] [[ZIP_CODE:96913]]
Date: [[DATE_TIME:March 31, 2025]]
This letter is 30 days' notice that your tenancy ends on [[DATE_TIME:April 30, 2025]]. Please call the property manager, [[PERSON:Ray Cepeda]], at [[PHONE_NUMBER:(671) 649-3318]] to schedule the move-out inspection.""",
    """Your vintage aloha shirt order shipped to [[ADDRESS:3618 Waialae Ave]], [[ADDRESS:Floor 2]], [[LOCATION:Honolulu]], paid with [[CREDIT_CARD:2221098831788164]]; session closed at [[IP_ADDRESS:172.58.44.201]]. Regards, [[PERSON:Ezekiel]] [[PERSON:Oberbrunner]], Direct Functionality Planner""",
    """[[PERSON:Oluwaseun]], your enrollment in 'Pacific Climate Futures' was confirmed on [[DATE_TIME:10/11/2025]]. Log in as [[USERNAME:oluwaseun.adeyemi88]] and verify with your student number [[ID_NUMBER:76103948]].""",
    """MEMORANDUM FOR RECORD
SUBJECT: Permanent Change of Station, [[TITLE:SSgt]] [[PERSON:Aaliyah M. Turner]]
1. Member is reassigned from [[LOCATION:Kadena AB]], [[LOCATION:Japan]] to [[LOCATION:Andersen AFB]], [[LOCATION:Guam]], reporting NLT [[DATE_TIME:15 Aug 2025]].
2. Dependents: [[PERSON:Devon Turner]] (spouse), [[PERSON:Maya Turner]] (daughter, age [[AGE:4]]).
3. Member's DoD ID: [[ID_NUMBER:1468823105]]. Gaining unit orderly room: DSN 315-366-4471.""",
    """[Support Ticket 55102]
Customer: [[PERSON:Priyanka Deshmukh]]
Account: [[ID_NUMBER:ACCT-00917723]]
Email: [[EMAIL_ADDRESS:priyanka.d@yahoo.co.in]]
Phone: [[PHONE_NUMBER:+91 98450 22713]]
Billing address: [[ADDRESS:Flat 402, Sai Krupa Residency, 14th Cross, Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]
Issue: double charge on the [[LOCATION:Maui]] package, card [[CREDIT_CARD:6500888691714273]]""",
    """NOTISIA: Si [[PERSON:Ana Mesa Charfauros]], [[AGE:67]] sakkan, taotao [[LOCATION:Humåtak]], ha entrega i titulon i tano'-ña gi [[ADDRESS:Lot 2104-1]], [[LOCATION:Humåtak]], para i hagå-ña, si [[PERSON:Lourdes Charfauros]]. Fecha: [[DATE_TIME:14 di Måyu 2025]]. Numiru: [[PHONE_NUMBER:671-828-2019]]. Email: [[EMAIL_ADDRESS:lourdes.charfauros@gmail.com]].""",
    """VACATION RENTAL AGREEMENT
This agreement is made on [[DATE_TIME:February 3, 2025]] between [[PERSON:Gordon Ishikawa]] ("Owner"), TA license [[ID_NUMBER:TA-025-118-4432-01]], and [[PERSON:Bethany Sorensen]] ("Guest"), of [[ADDRESS:2207 N 48th St]], [[LOCATION:Omaha]], [[LOCATION:NE]] [[ZIP_CODE:68104]].
Premises: [[ADDRESS:4-1570 Kuhio Hwy, Unit 207]], [[LOCATION:Kapaʻa]], [[LOCATION:HI]] [[ZIP_CODE:96746]].
Term: check-in [[DATE_TIME:March 15, 2025, 4:00 p.m.]]; check-out [[DATE_TIME:March 22, 2025, 10:00 a.m.]]
Guest signature: [[PERSON:B. Sorensen]]""",
    """Kindly note that [[PERSON:Wilhelmina]] [[PERSON:Schaden]], Forward Tactics Associate, moved from [[ADDRESS:8841]] [[ADDRESS:Kuakini Highway]] to [[ADDRESS:Suite 930]] downtown; her new line is [[PHONE_NUMBER:+1-808-329-7714]] and her desk extension, x4471, stays the same.""",
    """{"event":"checkout","booking_ref":"HNL7Q2K","guest":{"name":"[[PERSON:Nguyen Thi Mai]]","passport":"[[ID_NUMBER:C4471982]]","nationality":"[[NRP:Vietnamese]]","mobile":"[[PHONE_NUMBER:+84 912 448 307]]"},"card_last4":"0093","folio_total":1842.77,"checkout_at":"[[DATE_TIME:2025-06-02T11:04:00-10:00]]"}""",
    """Jan 22 03:14:07 gw01 sshd[2281]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 52214 ssh2
[[DATE_TIME:Jan 22 03:15:40]] gw01 sshd[2290]: Accepted publickey for [[USERNAME:dkabua]] from [[IP_ADDRESS:203.78.160.25]] port 40112 ssh2
[[DATE_TIME:Jan 22 03:15:40]] gw01 systemd-logind[612]: New session 88 of user [[USERNAME:dkabua]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Teresita Mafnas]]   MRN: [[ID_NUMBER:00-8841-276]]   Sex: F   Age: [[AGE:71]]
Admitted: [[DATE_TIME:04/02/2025]]   Discharged: [[DATE_TIME:04/07/2025]]
Diagnosis: community-acquired pneumonia, type 2 diabetes.
Follow-up with [[PERSON:Dr. Ramon Tenorio]] on [[DATE_TIME:4/14 at 10:00]]. Daughter [[PERSON:Joy Mafnas-Borja]] will provide transport; phone [[PHONE_NUMBER:671-734-5592]].
Home: [[ADDRESS:207 Chalan Tun Enrique]], [[LOCATION:Chalan Pago]]""",
    """Good morning [[PERSON:Ignatius]], as the International Security Orchestrator your Jira account [[USERNAME:ignatius.ohara]] was accessed from [[IP_ADDRESS:98.151.22.163]] using Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0. If this was not you, reply before [[DATE_TIME:08/04/2024 13:00]] or call [[PHONE_NUMBER:(808) 952-6120]].""",
    """CREATE TABLE guests (...);
SELECT first_name, last_name, email FROM guests WHERE loyalty_no = '[[ID_NUMBER:HH-771044918]]';
-- returns: [[PERSON:Meredith]] | [[PERSON:Alvarado-Chong]] | [[EMAIL_ADDRESS:meredith.ac@gmail.com]]""",
    """<?xml version="1.0"?>
<reservation id="R-55812">
  <primaryGuest>
    <fullName>[[PERSON:Oliver Grant Whitmore]]</fullName>
    <email>[[EMAIL_ADDRESS:ogwhitmore@me.com]]</email>
    <phone type="mobile">[[PHONE_NUMBER:+61 438 902 117]]</phone>
  </primaryGuest>
  <stay arrive="[[DATE_TIME:2025-08-11]]" depart="[[DATE_TIME:2025-08-18]]" roomType="1BR-OV"/>
  <payment brand="VISA" number="[[CREDIT_CARD:4883204965578000]]" expiry="09/27"/>
</reservation>""",
    """[guest_wifi_portal]
admin_contact = [[PERSON:Leimomi Pascua]]
admin_email = [[EMAIL_ADDRESS:lpascua@kaimanabeachhotel.com]]
; front desk line, public
front_desk = (808) 923-1555
allowlist_ip = [[IP_ADDRESS:66.175.202.18]]   ; [[PERSON:Leimomi]]'s home connection for remote admin
session_timeout = 1800""",
    """The [[TITLE:Hon.]] [[PERSON:Anthony Camacho]] granted the protective order for [[PERSON:Leilani Fuentes]] ([[AGE:31]]) against [[PERSON:Dustin Pereira]] on [[DATE_TIME:October 7, 2024]]; respondent resides at [[ADDRESS:94-1235 Ka Uka Blvd, Apt 7F]], [[LOCATION:Waipahu]].""",
    """EMPLOYMENT CONTRACT - SEASONAL
Employee: [[PERSON:Rangi Te Whare]], [[NRP:New Zealand]] citizen, passport [[ID_NUMBER:LK402817]]
Position: Snorkel Guide (non-exempt), [[LOCATION:Kona]]
Start date: [[DATE_TIME:1 May 2025]]; end date: [[DATE_TIME:30 September 2025]]
Pay: USD 19.50/hr, paid to account [[ID_NUMBER:004-219982-7]]
Local address: [[ADDRESS:77-6469 Aliʻi Drive, #B]], [[LOCATION:Kailua-Kona]], [[LOCATION:HI]] [[ZIP_CODE:96740]]
Signed: [[PERSON:R. Te Whare]]   [[DATE_TIME:14/04/2025]]""",
    """ʻŌLELO HOʻOLAHA: Ua hala ʻo [[PERSON:Kahikina Kealoha Makaʻike]], he [[AGE:84]] makahiki, ma [[LOCATION:Hilo]] i ka lā [[DATE_TIME:2 o Ianuali, 2025]]. Noho ʻo ia ma [[ADDRESS:1190 Waiānuenue Ave]]. No nā nīnau, e kāhea iā [[PERSON:Keʻala Makaʻike]] ma [[PHONE_NUMBER:808-961-0447]].""",
    """Kōjlaļ ilo bwebwenato in: [[PERSON:Rosina Laelang]], [[AGE:52]], ej jokwe ilo [[LOCATION:Rita]], [[LOCATION:Mājro]]. Nōmba in ID eo an: [[ID_NUMBER:MH-0771842]]. Talboon: [[PHONE_NUMBER:+692 625 3190]]. Rainin eo: [[DATE_TIME:9 Jun 2025]].""",
    """Hi [[PERSON:Stefanie]], the shipping label for your surfboard lists [[ADDRESS:59-672 Ke Iki Rd]], [[LOCATION:Haleʻiwa]], [[LOCATION:HI]] [[ZIP_CODE:96712]], but the card [[CREDIT_CARD:3528047376846968]] was issued to [[PERSON:Stefanie Kroll]] at a German address; we need your IBAN [[IBAN_CODE:DE33500105170085096634]] for the duty refund.""",
    """{"user": {"id": 88213, "username": "[[USERNAME:islandgirl_671]]", "display_name": "[[PERSON:Kristal Aguigui]]", "email": "[[EMAIL_ADDRESS:kristal.aguigui@gmail.com]]", "last_login": "[[DATE_TIME:2025-05-30T21:47:03+10:00]]", "last_ip": "[[IP_ADDRESS:202.151.74.9]]", "bio": "Dededo | RN | Håfa adai!"}}""",
    """Dear [[PERSON:Ms. Pōhaku]], we regret to inform you that the reward points on member number [[ID_NUMBER:AL-30019-4472]] expired on [[DATE_TIME:31 Dec 2024]]. To reinstate them, log in from your home network ([[IP_ADDRESS:24.43.181.77]]) and quote card [[CREDIT_CARD:4248140666131725]].""",
    """Order of Protection Violation Report
Officer: [[TITLE:PO2]] [[PERSON:Kelsey Brandt]], Base Security
Subject: [[PERSON:Travis Lyle Emerson]], DOB [[DATE_TIME:12/05/1996]], DoD ID [[ID_NUMBER:1580042297]]
Incident: [[DATE_TIME:03 MAR 2025 2240]], subject found at the residence of [[PERSON:Amanda Emerson]], [[ADDRESS:412A Kamiya Ln]], [[LOCATION:Santa Rita]], despite a current order.""",
    """Our Head of Loyalty, [[PERSON:Bartholomew]] [[PERSON:Lueilwitz]], wants the Q3 winners: [[PERSON:Kaimana]] ([[EMAIL_ADDRESS:kaimana.r@gmail.com]], [[PHONE_NUMBER:808-521-4488]]) and [[PERSON:Pedro]] ([[EMAIL_ADDRESS:pedro.ayala71@yahoo.com]]), both paid with cards like 4111-XXXX-XXXX-2204.""",
    """CERTIFICATE OF LIVE BIRTH (abstract)
Child: [[PERSON:Kaleo Iosefa Tuiasosopo]]   Sex: M   Date of birth: [[DATE_TIME:July 30, 2024, 03:52]]
Place: Tripler Army Medical Center, [[LOCATION:Honolulu]]
Mother: [[PERSON:Seini Tuiasosopo]], age [[AGE:27]], born [[LOCATION:American Samoa]]
Father: [[TITLE:SGT]] [[PERSON:Iosefa Tuiasosopo]], age [[AGE:29]]
State file no. 151-2024-008813""",
    """POST /api/v2/checkin HTTP/1.1
Host: api.pacificstays.com
X-Forwarded-For: [[IP_ADDRESS:110.34.51.208]]
Content-Type: application/json

{"confirmation":"PS-99301","lastName":"[[PERSON:Sablan]]","firstName":"[[PERSON:Isidro]]","arrival":"[[DATE_TIME:2025-07-04]]","idType":"CNMI_DL","idNumber":"[[US_DRIVER_LICENSE:DL0441829]]"}""",
    """Mafañågu si [[PERSON:Elias Tenorio Blas]] gi [[DATE_TIME:3 di Nobiembre 1992]] gi [[LOCATION:Hagåtña]]. Ha na'i i numirun Social Security-ña, [[US_SSN:586-48-1120]], ya i address-ña [[ADDRESS:P.O. Box 21847]], [[LOCATION:GMF]], [[LOCATION:Guam]] [[ZIP_CODE:96921]].""",
    """Please ship the replacement cards for [[PERSON:Wendell]] [[PERSON:Kuhn]] to [[ADDRESS:1188 Bishop St]], [[ADDRESS:Ste. 2703]], [[LOCATION:Honolulu]]. He is [[AGE:54]], Senior Intranet Strategist, SSN [[US_SSN:559-03-7741]], and his previous card [[CREDIT_CARD:2720016835244683]] was blocked after use from MAC a4:83:e7:1c:09:f2.""",
    """INCIDENT REPORT - HOTEL SECURITY
Date/time of report: [[DATE_TIME:09/21/2025 01:35]]
Reporting guest: [[PERSON:Dr. Helena Costa]], room 1709, mobile [[PHONE_NUMBER:+351 912 448 073]]
Narrative: Guest states that an unknown male knocked repeatedly and called her by name. Security reviewed CCTV; the visitor was identified as [[PERSON:Marco Ventura]], a guest in 1502, who apologized. No further action.""",
    """Re: your rental inquiry. Hi [[PERSON:Jun]], the studio at [[ADDRESS:1550 Wilder Ave, Apt. 603]] is available from [[DATE_TIME:Sept 1]]. Please send a copy of your Korean ID ([[ID_NUMBER:850314-2561537]]) or passport and your US number. Thanks, [[PERSON:Kyle Mendonça]], [[PHONE_NUMBER:808-291-5572]]""",
    """Account recovery for [[USERNAME:kaimukiboy]]: registered to [[PERSON:Micah Lopaka Akiona]], born [[DATE_TIME:5 Apr 2002]], recovery phone [[PHONE_NUMBER:(808) 735-4113]], recovery email [[EMAIL_ADDRESS:micah.akiona02@gmail.com]], last seen from [[IP_ADDRESS:2600:1700:5a0:d310:4c1a:9f2e:1b7:40a2]].""",
    """LAST WILL AND TESTAMENT (excerpt)
I, [[PERSON:Harold Yoshio Fujimoto]], of [[ADDRESS:2130 Makiki Heights Dr]], [[LOCATION:Honolulu]], being of sound mind, give my house to my daughter [[PERSON:Joanne Fujimoto Kam]] and my savings account no. [[ID_NUMBER:58-019447-3]] to my grandson [[PERSON:Trevor Kam]].
Signed this [[DATE_TIME:12th day of November, 2019]].
Witness: [[PERSON:Lorraine Okamura]]""",
    """[[LOCATION:Marine Corps Base Hawaii]] - Visitor Request
Sponsor: [[TITLE:Cpl]] [[PERSON:Devontae Harris]], EDIPI [[ID_NUMBER:1609918273]], cell [[PHONE_NUMBER:757-618-0244]]
Visitor: [[PERSON:Gloria Harris]] (mother), DOB [[DATE_TIME:1971-08-22]], [[LOCATION:Virginia]] DL [[US_DRIVER_LICENSE:T71-22-4410]]
Visit dates: [[DATE_TIME:10 Dec 2025]] - [[DATE_TIME:17 Dec 2025]]""",
    """{"applicant":{"name":"[[PERSON:Mary Grace Santos]]","dob":"[[DATE_TIME:06/11/1993]]","sss_no":"[[ID_NUMBER:34-5518207-4]]","philhealth":"[[ID_NUMBER:12-050558819-3]]","address":"[[ADDRESS:Blk 12 Lot 7, Mabini St]], [[LOCATION:Caloocan]]","position":"Housekeeping Attendant","destination":"[[LOCATION:Guam]]"}}""",
    """Beneficiary update: [[PERSON:Keola]]'s (Commercial Operations Officer) life policy now names [[PERSON:Nahele Kaʻawa]], age [[AGE:12]], and [[PERSON:Hiʻilei Kaʻawa]], age [[AGE:9]]; premium drawn from [[IBAN_CODE:GB45 HBUK 4005 1641 2585 13]], sort code 40-05-16.""",
    """2025-07-19 14:02:55,310 WARN  payments.gateway - declined txn_id=ch_3PeL1x card=[[CREDIT_CARD:377811053418732]] holder="[[PERSON:Benedikt Ammann]]" billing_zip=[[ZIP_CODE:8004]] ip=[[IP_ADDRESS:178.197.224.61]] reason=do_not_honor""",
    """RENTAL APPLICATION
Rank/Branch: SGT / USMC
Applicant name: [[PERSON:Ja'Marcus Whitley]]   Phone: [[PHONE_NUMBER:(252) 933-7081]]
Current address: [[ADDRESS:Bldg 3091, Rm 118]], [[LOCATION:MCBH Kaneohe Bay]]
Desired move-in: [[DATE_TIME:01/15/2026]]   Pets: 1 cat
Commanding officer ref: [[TITLE:Capt.]] [[PERSON:L. Horvath]]""",
    """Nomba in ID: [[ID_NUMBER:RMI-2218-5570]]
Etan: [[PERSON:Tarlynn deBrum]]
Raan in lotak: [[DATE_TIME:22/10/1987]]
Jikin jokwe: [[LOCATION:Uliga]], [[LOCATION:Mājro]]
Email: [[EMAIL_ADDRESS:tdebrum@ntamar.net]]
Jerbal: rūkaki""",
    """ʻO [[PERSON:Keawe Nāmakaokalani]] (hānau [[DATE_TIME:17 o Malaki, 1979]]) ka mea nona ka hale ma [[ADDRESS:45-1029 Kamau Pl]], [[LOCATION:Kāneʻohe]]. Helu kelepona: [[PHONE_NUMBER:808-247-3368]]. Leka uila: [[EMAIL_ADDRESS:keawe.n@hawaiiantel.net]]. Helu laikini kaʻa: [[US_DRIVER_LICENSE:H00917734]].""",
    """The Deputy Program Executive, [[PERSON:Anastasia]] [[PERSON:Funk-Ebert]], filed expenses from [[LOCATION:Koror]], [[LOCATION:Palau]] on [[DATE_TIME:Monday 02/17/2025]] using corporate card [[CREDIT_CARD:5246 1626 5819 8248]]; reimbursement to her account [[ID_NUMBER:9028817365]], routing 121000358.""",
    """AUTO CLAIM 0448122907
Insured: [[PERSON:Kathleen Ng]]   Policy: 988 412 077
Other driver: [[PERSON:Jaime Roberto Tudela]], Guam DL [[US_DRIVER_LICENSE:GU0382217]], plate [[ID_NUMBER:GU-KCH 418]]
Loss: [[DATE_TIME:05/18/2025 approx. 7:20 AM]] at Marine Corps Dr & Route 16, [[LOCATION:Barrigada]]
Injuries: passenger [[PERSON:Ethan Ng]], [[AGE:13]], minor bruising""",
    """fetch("/api/guests", {method: "POST", body: JSON.stringify({name: "[[PERSON:Hyun-woo Lee]]", email: "[[EMAIL_ADDRESS:hwlee92@naver.com]]", phone: "[[PHONE_NUMBER:010-4418-2093]]", passport: "[[ID_NUMBER:M71024836]]", arrival: "[[DATE_TIME:2025-02-14]]"})})""",
    """[[PERSON:Giselle]], the Investor Usability Engineer in our [[LOCATION:Hagåtña]] office, requests reimbursement for her stay at [[ADDRESS:1255 Pale San Vitores Rd]], [[LOCATION:Tumon]]; paid with [[CREDIT_CARD:6011439277303925]] (exp 02/27, CVV 771) from [[IP_ADDRESS:192.0.2.144]].""",
    """Notice of Eviction - Summary Possession
Plaintiff: Kailua Shores AOAO
Defendant: [[PERSON:Brent Kamalani Oliveira]], [[ADDRESS:333 Aoloa St, Apt 412]], [[LOCATION:Kailua]], [[LOCATION:HI]] [[ZIP_CODE:96734]]
Return date: [[DATE_TIME:Tuesday, August 19, 2025, at 8:30 a.m.]], District Court of the First Circuit, Kāneʻohe Division.""",
    """| field | value |
|---|---|
| customer | [[PERSON:Ahmad Rahimi]] |
| email | [[EMAIL_ADDRESS:a.rahimi@protonmail.com]] |
| iban | [[IBAN_CODE:CH5900762386318355227]] |
| bic | BCGECHGGXXX |
| amount | CHF 1 480.00 |
| note | deposit, [[LOCATION:Poʻipū]] beach house |""",
    """user_id,first,last,dob,ssn,zip
[[ID_NUMBER:U-00731]],[[PERSON:Clarissa]],[[PERSON:Benavente]],[[DATE_TIME:1990-12-01]],[[US_SSN:586-14-2207]],[[ZIP_CODE:96910]]""",
    """Memo for [[PERSON:Leon]]: [[PERSON:Yesenia]] [[PERSON:Orn]], Lead Mobility Developer (she/her, [[AGE:38]]), updated her address to [[ADDRESS:6210]], [[ADDRESS:Lower Honoapiʻilani Rd]], [[LOCATION:Nāpili]], and her device reports IPv6 [[IP_ADDRESS:2001:db8:3c4d:15::1a2f]].""",
    """SCHOOL ENROLLMENT - DoDEA Pacific
Student: [[PERSON:Aiden Jose Ramirez]]   DOB: [[DATE_TIME:2015-09-27]]   Grade: 4
Sponsor: [[TITLE:CPO]] [[PERSON:Luis Ramirez]], USN, EDIPI [[ID_NUMBER:1387720154]]
Quarters: [[ADDRESS:PSC 455 Box 2218]], [[LOCATION:FPO]] [[LOCATION:AP]] [[ZIP_CODE:96540]]
Parent phone: [[PHONE_NUMBER:671-689-1425]]   Parent email: [[EMAIL_ADDRESS:jramirez.ohana@gmail.com]]""",
    """Check-in note, lodge in [[LOCATION:Waimea]]: [[PERSON:Sophie Delacroix]] (born [[DATE_TIME:03.05.1991]]) and [[PERSON:Mathieu Renard]] paid the balance by SEPA from [[IBAN_CODE:FR76 3000 4008 2208 0836 0926 643]]; her French mobile is [[PHONE_NUMBER:+33 6 48 21 77 05]].""",
    """<employee>
  <id>[[ID_NUMBER:E-44902]]</id>
  <name>[[PERSON:Lupe Tangitau]]</name>
  <ssn>[[US_SSN:575-91-4628]]</ssn>
  <hire_date>[[DATE_TIME:2023-11-06]]</hire_date>
  <dept>Housekeeping</dept>
  <home>[[ADDRESS:87-150 Helelua St]], [[LOCATION:Waiʻanae]], [[LOCATION:HI]] [[ZIP_CODE:96792]]</home>
</employee>""",
    """[[PERSON:Corbin]], your [[LOCATION:Nebraska]]-based Chief Assurance Manager, authorized [[PERSON:Linnea Stokes]] (member [[ID_NUMBER:770441823]]) to book [[ADDRESS:92-1001 Olani St, Unit 1206]], [[LOCATION:Ko Olina]] for [[DATE_TIME:18-25 March]]; charge [[CREDIT_CARD:4540529274258349]], expiry 12/28.""",
    """MEDICAL CERTIFICATE FOR TRAVEL
This certifies that [[PERSON:Mr. Bwirre Lajikit]], [[AGE:68]], of [[LOCATION:Ebeye]], is fit to fly from [[LOCATION:Kwajalein]] to [[LOCATION:Honolulu]] on [[DATE_TIME:24 June 2025]] with supplemental oxygen. Passport: [[ID_NUMBER:RM0388127]].
Examining physician: [[PERSON:Dr. Sheila Cheng]]""",
    """2024-11-30 19:44:12 INFO  booking.created ref=AIR-8K2M guest_email=[[EMAIL_ADDRESS:jen.rasmussen@gmail.com]] guest_phone=[[PHONE_NUMBER:+1-612-384-0097]] property=WAI-COTTAGE-3 checkin=[[DATE_TIME:2025-01-10]] checkout=[[DATE_TIME:2025-01-17]] total=2311.40""",
    """Hi [[PERSON:Jocelyn]], thanks for your interest! To process your payment for the [[LOCATION:Hanalei]] bungalow, please confirm your billing address ([[ADDRESS:14 Rue de la Gare]], [[ZIP_CODE:1260]] [[LOCATION:Nyon]], [[LOCATION:Switzerland]]) and transfer to our account. Our IBAN appears on the invoice; yours on file is [[IBAN_CODE:CH78 0023 5265 4661 6426 7]].""",
    """-- migration 0042: backfill emergency contacts
UPDATE residents SET emergency_name = '[[PERSON:Lavinia Kata]]', emergency_phone = '[[PHONE_NUMBER:+676 774 1208]]' WHERE resident_no = '[[ID_NUMBER:R-20817]]';
UPDATE residents SET emergency_name = '[[PERSON:Saia Kata]]', emergency_phone = '[[PHONE_NUMBER:808-394-6021]]' WHERE resident_no = '[[ID_NUMBER:R-20818]]';""",
    """Our records show that [[TITLE:Fr.]] [[PERSON:Paul Gofigan]], pastor in [[LOCATION:Mangilao]], renewed his Guam license [[US_DRIVER_LICENSE:GU0129974]] on [[DATE_TIME:June 3, 2025]] and listed [[ADDRESS:P.O. Box 6012]], [[LOCATION:Hagåtña]], [[LOCATION:GU]] [[ZIP_CODE:96932]] as his mailing address.""",
    r"""MSH|^~\&|EPIC|KMC|LAB|HPH|20250312083015||ADT^A04|MSG00441|P|2.5
PID|1||[[ID_NUMBER:KMC7718204]]^^^KMC^MR||[[PERSON:Kealoha]]^[[PERSON:Makana]]^[[PERSON:K]]||[[DATE_TIME:20180506]]|M|||[[ADDRESS:1520 Liholiho St]]^^[[LOCATION:Honolulu]]^[[LOCATION:HI]]^[[ZIP_CODE:96822]]||[[PHONE_NUMBER:(808)955-2017]]
NK1|1|[[PERSON:Kealoha]]^[[PERSON:Leinani]]|MTH|||[[PHONE_NUMBER:(808)398-4410]]""",
    """From: "[[PERSON:Lani Yamasaki]]" <[[EMAIL_ADDRESS:lani.yamasaki@gmail.com]]>
To: reservations@hanaleibayresort.com
Date: [[DATE_TIME:Fri, 7 Mar 2025 18:42:10 -1000]]
Subject: Arrival change, conf. 7XK2201

Aloha, our flight moved, so we'll now arrive [[DATE_TIME:Saturday March 15 around 9 pm]] instead of the [[DATE_TIME:14th]]. The room is under my husband, [[PERSON:Glenn Yamasaki]]. My cell is [[PHONE_NUMBER:(503) 881-2946]]. Mahalo!""",
    """var testUsers = []User{
	{Name: "[[PERSON:Faʻamoana Tuiolosega]]", Email: "[[EMAIL_ADDRESS:faamoana.t@gmail.com]]", SSN: "[[US_SSN:576-84-0312]]"},
	{Name: "[[PERSON:Ben Kauhane]]", Email: "[[EMAIL_ADDRESS:bkauhane@outlook.com]]", SSN: "[[US_SSN:575-09-6637]]"},
}""",
    """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
I, [[PERSON:Noreen Kaleo Bright]], date of birth [[DATE_TIME:January 29, 1962]], authorize my clinic to release my records for visits between [[DATE_TIME:01/01/2023]] and [[DATE_TIME:12/31/2024]] to [[PERSON:Dr. Miriam Ostrowski]], [[ADDRESS:1380 Lusitana St, Suite 608]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96813]], office fax (808) 524-1108.
Patient signature: [[PERSON:Noreen K. Bright]]   Date: [[DATE_TIME:3/4/25]]""",
    """In the [[LOCATION:Kailua]] hula class on [[DATE_TIME:04/19/2025]], [[PERSON:Zaria]] [[PERSON:Hessel]] ([[AGE:61]]), an old-school Principal Brand Producer, registered as [[USERNAME:zhessel_61]] and paid with [[CREDIT_CARD:36587270204799]] plus a Litecoin tip.""",
    """Could [[PERSON:Kamaka]] share the encrypted roster with [[EMAIL_ADDRESS:a.palakiko@hawaii.edu]]? Use passcode 66$rQ-tide; the last upload came from [[IP_ADDRESS:71.210.44.19]] on a Samsung SM-S918U, Chrome/124.0.6367.82.""",
    """Form W-2 (excerpt)
a  Employee's SSN: [[US_SSN:576-12-8843]]
b  Employer EIN: 99-0218774
c  Employer: Pacific Shores Resort LLC (see employer copy)
e  Employee: [[PERSON:Rhea Bumanglag]]
f  Address: [[ADDRESS:94-229 Hanawai Cir, #12]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
1  Wages: 41,882.16    17 State income tax: 2,304.55""",
    """APLIKASION PARA I SCHOLARSHIP
Na'ån: [[PERSON:Therese Aguon Duenas]]
Fechan mafañågu: [[DATE_TIME:25/04/2006]]
Idåt: [[AGE:19]]
Sagan sumåsaga: [[ADDRESS:188 Chalan Pale Duenas]], [[LOCATION:Talo'fo'fo']]
Numirun telefon: [[PHONE_NUMBER:671-789-3342]]
Email: [[EMAIL_ADDRESS:tduenas06@gmail.com]]
Eskuelan: GCC, Nursing""",
    """{"unit":"2-35 IN","roster":[{"soldier":"[[TITLE:SPC]] [[PERSON:Tyrese Coleman]]","spouse":"[[PERSON:Brianna Coleman]]","spouse_phone":"[[PHONE_NUMBER:808-590-3317]]","children":2},{"soldier":"[[TITLE:PFC]] [[PERSON:Mateo Ruiz-Santana]]","spouse":"[[PERSON:Daniela Ruiz]]","spouse_phone":"[[PHONE_NUMBER:+52 33 1872 4409]]","children":0}]}""",
    """IN THE SUPERIOR COURT OF GUAM
[[PERSON:ROSALIA T. CRUZ]], Petitioner, v. [[PERSON:EDWARD J. CRUZ]], Respondent.
Domestic Case No. DM0442-24
ORDER: Petitioner's request for temporary custody of the minor child, [[PERSON:E.J.C.]], born [[DATE_TIME:March 2, 2017]], is GRANTED. Respondent, of [[ADDRESS:Unit 5, 221 Route 8]], [[LOCATION:Maite]], shall appear on [[DATE_TIME:July 9, 2025 at 9:00 a.m.]]""",
    """Greetings [[PERSON:Dr. Ifeoma Nwachukwu]], our Dynamic Data Coordinator: the honorarium for your [[LOCATION:Hilo]] astronomy talk goes to [[IBAN_CODE:GB77NWBK60161379060001]] (BIC NWBKGB2L) once you confirm your birthdate, [[DATE_TIME:1983/07/09]].""",
    """Form: Lost & Found Claim
-----------------------------
Claimant name ........ [[PERSON:Ruth-Ann Matagi]]
Phone ................ [[PHONE_NUMBER:(684) 733-2091]]
Email ................ [[EMAIL_ADDRESS:ruthann.matagi@gmail.com]]
Item ................. black Kindle, initials "RM" on case
Date lost ............ [[DATE_TIME:06/12/2025]]
Where ................ pool deck, tower 2
Home address ......... [[ADDRESS:PO Box 3318]], [[LOCATION:Pago Pago]], [[LOCATION:AS]] [[ZIP_CODE:96799]]""",
    """Rumor has it [[PERSON:Jaxon]] [[PERSON:Kuphal]] from [[LOCATION:Mililani]] ([[ZIP_CODE:96789]]) changed his Venmo handle to [[USERNAME:jaxon-kuphal-7]] after his card [[CREDIT_CARD:4694162194327509]] leaked with CVV 903; the [[NRP:Buddhist]] Legacy Factors Agent was born [[DATE_TIME:11th October 1977]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: pagerduty-escalation
data:
  primary: "[[PERSON:Noelani Ching]] <[[EMAIL_ADDRESS:nching@kaimana.dev]]> [[PHONE_NUMBER:+18087712290]]"
  secondary: "[[PERSON:Raj Patel]] <[[EMAIL_ADDRESS:rpatel@kaimana.dev]]> [[PHONE_NUMBER:+14155019843]]"
  fallback: "oncall@kaimana.dev"
""",
    """GROUP BLOCK ADDENDUM
Group: [[PERSON:Tupou]] / [[PERSON:Havili]] wedding
Contact: [[PERSON:Salote Tupou]], [[ADDRESS:1845 Keʻeaumoku St, Apt 9]], [[LOCATION:Honolulu]]; [[PHONE_NUMBER:808-589-4419]]
Block: 15 rooms, arrival [[DATE_TIME:Thursday, 9 October 2025]], departure [[DATE_TIME:Monday, 13 October 2025]]
Deposit card: [[CREDIT_CARD:3566 7517 1755 1103]] (JCB), authorized by [[PERSON:S. Tupou]]""",
]

TABLE = [
    """conf_no,guest_name,arrival,nights,room_type,phone
HX4471,[[PERSON:Kenji Watanabe]],[[DATE_TIME:2025-05-02]],4,OV-K,[[PHONE_NUMBER:+81 80 3371 2290]]
HX4472,[[PERSON:Amelia Hart]],[[DATE_TIME:2025-05-02]],7,PH-2Q,[[PHONE_NUMBER:+61 412 883 019]]
HX4480,[[PERSON:Luis]] & [[PERSON:Carmen Ortega]],[[DATE_TIME:2025-05-03]],3,GV-K,[[PHONE_NUMBER:(915) 440-2871]]""",
    """| Sponsor | Rank | Unit | Quarters | Move-in | Dependents |
|---|---|---|---|---|---|
| [[PERSON:Hollis, Derek A.]] | SSG | 3-7 FA | [[ADDRESS:1421A Kolekole Ave]] | [[DATE_TIME:02 JUN 2025]] | 3 |
| [[PERSON:Mahoney, Kiera L.]] | CPT | 25th DSB | [[ADDRESS:6650 Beaver Rd]] | [[DATE_TIME:09 JUN 2025]] | 1 |
| [[PERSON:Faleafa, Junior]] | SGT | 2-27 IN | [[ADDRESS:1209B Trimble Rd]] | [[DATE_TIME:16 JUN 2025]] | 4 |""",
    """Diver\tCert no.\tAge\tEmergency contact\tPhone
[[PERSON:Mia Schultz]]\tPADI [[ID_NUMBER:1904KL2271]]\t[[AGE:24]]\t[[PERSON:Jonas Schultz]]\t[[PHONE_NUMBER:+49 171 448 2097]]
[[PERSON:Dylan Okoro]]\tSSI [[ID_NUMBER:8830-1174]]\t[[AGE:31]]\t[[PERSON:Ngozi Okoro]]\t[[PHONE_NUMBER:+234 803 771 4420]]
[[PERSON:Haley Nishimoto]]\tPADI [[ID_NUMBER:2210MN0448]]\t[[AGE:19]]\t[[PERSON:Gail Nishimoto]]\t[[PHONE_NUMBER:808-826-1904]]""",
    """APPT  PATIENT               DOB         PROVIDER      PHONE
0800  [[PERSON:Taitague, Joaquin]]     [[DATE_TIME:05/14/1956]]  [[PERSON:Dr. Luces]]     [[PHONE_NUMBER:671-472-8830]]
0830  [[PERSON:Quenga, Mariana]]       [[DATE_TIME:11/02/1988]]  [[PERSON:Dr. Luces]]     [[PHONE_NUMBER:671-688-2014]]
0915  [[PERSON:Limtiaco, Rey]]         [[DATE_TIME:01/23/2019]]  [[PERSON:Dr. Sanchez]]   [[PHONE_NUMBER:671-637-5521]]
0945  [[PERSON:Meno, Dolores]]         [[DATE_TIME:08/30/1943]]  [[PERSON:Dr. Sanchez]]   [[PHONE_NUMBER:671-565-2207]]""",
    """{"listing": "KIH-204", "guest": "[[PERSON:Danielle Fortier]]", "email": "[[EMAIL_ADDRESS:dfortier@videotron.ca]]", "checkin": "[[DATE_TIME:2025-02-08]]", "checkout": "[[DATE_TIME:2025-02-15]]", "adults": 2}
{"listing": "KIH-204", "guest": "[[PERSON:Marcus Bell]]", "email": "[[EMAIL_ADDRESS:mbell.atl@gmail.com]]", "checkin": "[[DATE_TIME:2025-02-16]]", "checkout": "[[DATE_TIME:2025-02-20]]", "adults": 4}
{"listing": "PAIA-02", "guest": "[[PERSON:Yuki Hoshino]]", "email": "[[EMAIL_ADDRESS:yhoshino@ezweb.ne.jp]]", "checkin": "[[DATE_TIME:2025-02-21]]", "checkout": "[[DATE_TIME:2025-03-01]]", "adults": 1}""",
    """staff:
  - name: [[PERSON:Keʻalohi Palakiko]]
    position: Front Desk Lead
    employee_no: "[[ID_NUMBER:OKB-0412]]"
    mobile: "[[PHONE_NUMBER:808-351-7720]]"
  - name: [[PERSON:Rommel Agbayani]]
    position: Night Auditor
    employee_no: "[[ID_NUMBER:OKB-0587]]"
    mobile: "[[PHONE_NUMBER:808-462-0915]]"
  - name: [[PERSON:Sina Tauiliili]]
    position: Bell Captain
    employee_no: "[[ID_NUMBER:OKB-0233]]"
    mobile: "[[PHONE_NUMBER:808-218-3346]]"
""",
    """Name: [[PERSON:Peleke Tuilagi]]
Passport: [[ID_NUMBER:WS0471823]]
Nationality: [[NRP:Samoan]]
Date of birth: [[DATE_TIME:19 Jan 1991]]
Flight in: HA 466, [[DATE_TIME:3 Mar]]

Name: [[PERSON:Losana Tuilagi]]
Passport: [[ID_NUMBER:WS0471824]]
Nationality: [[NRP:Samoan]]
Date of birth: [[DATE_TIME:2 Sep 1993]]
Flight in: HA 466, [[DATE_TIME:3 Mar]]""",
    """student_id,last,first,grade,parent_email,parent_phone,island
[[ID_NUMBER:2047719]],[[PERSON:Kahele]],[[PERSON:Nohea]],7,[[EMAIL_ADDRESS:kahele.ohana@gmail.com]],[[PHONE_NUMBER:808-553-0148]],[[LOCATION:Molokaʻi]]
[[ID_NUMBER:2047722]],[[PERSON:Dudoit]],[[PERSON:Kamalei]],7,[[EMAIL_ADDRESS:tdudoit@hotmail.com]],[[PHONE_NUMBER:808-567-6031]],[[LOCATION:Molokaʻi]]
[[ID_NUMBER:2047731]],[[PERSON:Ritte]],[[PERSON:Kaimi]],8,[[EMAIL_ADDRESS:ritte808@yahoo.com]],[[PHONE_NUMBER:808-558-8217]],[[LOCATION:Lānaʻi]]""",
    """| Inoa | Helu kelepona | Lā hānau | Kahi noho |
|------|---------------|----------|-----------|
| [[PERSON:Kapono Akiona]] | [[PHONE_NUMBER:808-966-4102]] | [[DATE_TIME:4/11/2009]] | [[LOCATION:Keaʻau]] |
| [[PERSON:Hōkūlani Waiwaiʻole]] | [[PHONE_NUMBER:808-982-7730]] | [[DATE_TIME:9/27/2008]] | [[LOCATION:Pāhoa]] |
| [[PERSON:Keliʻi Kanahele]] | [[PHONE_NUMBER:808-935-1186]] | [[DATE_TIME:1/5/2009]] | [[LOCATION:Hilo]] |""",
    """Employee           SSN           Hire date    Dept          Rate
[[PERSON:Lourdes Flores]]     [[US_SSN:586-20-4418]]   [[DATE_TIME:2019-03-11]]   Housekeeping  17.25
[[PERSON:Tomasi Vake]]        [[US_SSN:575-66-0931]]   [[DATE_TIME:2021-07-19]]   Engineering   26.40
[[PERSON:Grace Tanaka-Reis]]  [[US_SSN:576-03-8821]]   [[DATE_TIME:2024-01-08]]   F&B           15.75""",
    """Na'ån\tNumirun telefon\tFechan mafañågu\tSongsong
[[PERSON:Jose Manibusan Aflague]]\t[[PHONE_NUMBER:671-632-4419]]\t[[DATE_TIME:12/03/1960]]\t[[LOCATION:Dededo]]
[[PERSON:Maria Dolores Camacho]]\t[[PHONE_NUMBER:671-477-2081]]\t[[DATE_TIME:28/07/1972]]\t[[LOCATION:Mongmong]]
[[PERSON:Antonio San Nicolas]]\t[[PHONE_NUMBER:671-789-1520]]\t[[DATE_TIME:05/01/1985]]\t[[LOCATION:Yona]]""",
    """{"pax": "[[PERSON:LANGRINE/ALEXANDER]] [[TITLE:MR]]", "dob": "[[DATE_TIME:1984-02-11]]", "doc": "[[ID_NUMBER:RM0419922]]", "from": "MAJ", "to": "KWA", "seat": "4A"}
{"pax": "[[PERSON:LANGRINE/MERINA]] [[TITLE:MS]]", "dob": "[[DATE_TIME:1987-10-30]]", "doc": "[[ID_NUMBER:RM0419923]]", "from": "MAJ", "to": "KWA", "seat": "4B"}
{"pax": "[[PERSON:KEJU/BEN]]", "dob": "[[DATE_TIME:2012-06-07]]", "doc": "[[ID_NUMBER:RM0502261]]", "from": "MAJ", "to": "KWA", "seat": "5A"}""",
    """| # | Tenant | Unit address | Lease start | Rent | Phone |
|:-:|--------|--------------|-------------|-----:|-------|
| 1 | [[PERSON:Dalisay Ramos]] | [[ADDRESS:1020 Pālolo Ave, #3]] | [[DATE_TIME:Jan 1, 2024]] | 1,850 | [[PHONE_NUMBER:808-737-2281]] |
| 2 | [[PERSON:Tevite Moala]] | [[ADDRESS:1020 Pālolo Ave, #5]] | [[DATE_TIME:Jun 15, 2024]] | 1,900 | [[PHONE_NUMBER:808-732-9904]] |
| 3 | [[PERSON:Ashleigh Crane]] | [[ADDRESS:1020 Pālolo Ave, #7]] | [[DATE_TIME:Mar 1, 2025]] | 2,050 | [[PHONE_NUMBER:(541) 220-6683]] |""",
    """name,email,last_login,ip,plan
[[PERSON:Riya Chandrasekaran]],[[EMAIL_ADDRESS:riya.cs@gmail.com]],[[DATE_TIME:2025-06-01 22:14]],[[IP_ADDRESS:72.234.19.88]],pro
[[PERSON:Ka'imi Lum]],[[EMAIL_ADDRESS:kaimilum@icloud.com]],[[DATE_TIME:2025-06-02 07:51]],[[IP_ADDRESS:66.91.240.13]],free
[[PERSON:Tyler Ostrander]],[[EMAIL_ADDRESS:t.ostrander@proton.me]],[[DATE_TIME:2025-05-29 16:30]],[[IP_ADDRESS:2600:387:f:5e13::9]],pro""",
    """guest:
  name: [[PERSON:Catalina Reyes Uy]]
  nationality: [[NRP:Filipino]]
  passport: [[ID_NUMBER:P2039914C]]
  phone: "[[PHONE_NUMBER:+63 917 402 8813]]"
  stay:
    property: Tumon Bay Suites
    check_in: [[DATE_TIME:2025-12-22]]
    check_out: [[DATE_TIME:2025-12-29]]
  companions:
    - [[PERSON:Andres Uy]]
    - [[PERSON:Bea Uy]]
""",
    """Tour   Date        Lead guest              Pax  Pickup hotel      Mobile
HNA-1  [[DATE_TIME:14 Apr]]      [[PERSON:Brigitte Lambert]]        2    Hana-Maui         [[PHONE_NUMBER:+33 6 71 22 04 18]]
HNA-1  [[DATE_TIME:14 Apr]]      [[PERSON:Owen]] & [[PERSON:Priya Fitzgerald]] 2    Wailea Beach      [[PHONE_NUMBER:+353 87 412 9930]]
VOL-3  [[DATE_TIME:15 Apr]]      [[PERSON:Chen Jiahui]]             1    Kaʻanapali Alii   [[PHONE_NUMBER:+86 139 1027 4418]]""",
    """| Etan | Nōmba in talboon | Raan in lotak | Aelōñ |
|---|---|---|---|
| [[PERSON:Jemi Lometo]] | [[PHONE_NUMBER:+692 625 4471]] | [[DATE_TIME:03/03/1979]] | [[LOCATION:Aur]] |
| [[PERSON:Nenita Jorju]] | [[PHONE_NUMBER:+692 247 3380]] | [[DATE_TIME:19/11/1990]] | [[LOCATION:Likiep]] |
| [[PERSON:Tony Hermios]] | [[PHONE_NUMBER:+692 329 2117]] | [[DATE_TIME:07/08/2001]] | [[LOCATION:Kwajalein]] |""",
    """cardholder,card_number,exp,cvv,billing_zip,flagged_on
[[PERSON:Rebecca Aoki]],[[CREDIT_CARD:4329385689566827]],07/27,512,[[ZIP_CODE:96816]],2025-04-02
[[PERSON:Desmond Tolentino]],[[CREDIT_CARD:5246162658198248]],11/26,088,[[ZIP_CODE:96913]],2025-04-02
[[PERSON:Hannah Wirtz]],[[CREDIT_CARD:379762311335960]],01/28,4410,[[ZIP_CODE:80331]],2025-04-03""",
    """Volunteer\tPhone\tEmail\tShift\tT-shirt
Aunty [[PERSON:Lokelani Kahue]]\t[[PHONE_NUMBER:808-244-3391]]\t[[EMAIL_ADDRESS:lokelani.kahue@gmail.com]]\tSat AM\tL
[[PERSON:Bryce Kamakana]]\t[[PHONE_NUMBER:808-270-0442]]\t[[EMAIL_ADDRESS:bkamakana@mauihs.org]]\tSat PM\tM
[[PERSON:Mieko Shiroma]]\t[[PHONE_NUMBER:808-879-6105]]\t[[EMAIL_ADDRESS:mshiroma@gmail.com]]\tSun AM\tS""",
    """{"member_id": "[[ID_NUMBER:HHM-30081422]]", "name": "[[PERSON:Ilona Baranowski]]", "tier": "Diamond", "home_city": "[[LOCATION:Chicago]]", "points": 182400}
{"member_id": "[[ID_NUMBER:HHM-30099107]]", "name": "[[PERSON:Sadiq Rahman]]", "tier": "Gold", "home_city": "[[LOCATION:Toronto]]", "points": 41210}
{"member_id": "[[ID_NUMBER:HHM-31002273]]", "name": "[[PERSON:Bo-ra Han]]", "tier": "Silver", "home_city": "[[LOCATION:Busan]]", "points": 9030}""",
    """| Name | DoD ID | Branch | Base | Report date |
|------|--------|--------|------|-------------|
| [[PERSON:Garrett Pham]] | [[ID_NUMBER:1337815520]] | USAF | [[LOCATION:Andersen AFB]] | [[DATE_TIME:2025-09-02]] |
| [[PERSON:Leilani Brooks]] | [[ID_NUMBER:1419027763]] | USN | [[LOCATION:Naval Base Guam]] | [[DATE_TIME:2025-09-08]] |
| [[PERSON:Anthony Iriarte]] | [[ID_NUMBER:1502287461]] | USMC | [[LOCATION:Camp Blaz]] | [[DATE_TIME:2025-09-15]] |""",
    """Customer: [[PERSON:Evangeline Pascual]]
Account no.: [[ID_NUMBER:7703-118-294]]
Service address: [[ADDRESS:155 Chalan Kanton Tasi, Apt 2]], [[LOCATION:Agat]], [[LOCATION:GU]] [[ZIP_CODE:96915]]
Phone: [[PHONE_NUMBER:671-565-4408]]
Status: active
Plan: Fiber 300""",
    """ID,Patient,Age,Sex,Island,Visit
[[ID_NUMBER:MJ-88101]],[[PERSON:Kiora Lakabung]],[[AGE:58]],F,[[LOCATION:Majuro]],[[DATE_TIME:2025-03-04]]
[[ID_NUMBER:MJ-88133]],[[PERSON:Neiar Jeadrik]],[[AGE:7]],M,[[LOCATION:Arno]],[[DATE_TIME:2025-03-04]]
[[ID_NUMBER:MJ-88190]],[[PERSON:Rosalie Zackhras]],[[AGE:33]],F,[[LOCATION:Ailinglaplap]],[[DATE_TIME:2025-03-05]]
[[ID_NUMBER:MJ-88201]],[[PERSON:Elmer Anien]],[[AGE:71]],M,[[LOCATION:Wotje]],[[DATE_TIME:2025-03-05]]""",
    """owner            property                     TA license           contact
[[PERSON:Lynette Kam]]      [[ADDRESS:5-7280 Kuhio Hwy]], [[LOCATION:Hanalei]]    [[ID_NUMBER:TA-112-204-8817-01]]   [[EMAIL_ADDRESS:lynette.kam@gmail.com]]
[[PERSON:Douglas Freitas]]  [[ADDRESS:2-2360 Kapili Rd]], [[LOCATION:Kōloa]]      [[ID_NUMBER:TA-087-553-1204-01]]   [[EMAIL_ADDRESS:dfreitas@hawaiiantel.net]]
[[PERSON:Sunny Yoon]]       [[ADDRESS:4-771 Kuhio Hwy]], [[LOCATION:Kapaʻa]]      [[ID_NUMBER:TA-140-028-6637-01]]   [[EMAIL_ADDRESS:sunnyyoon.kauai@gmail.com]]""",
    """- {name: "[[PERSON:Joaquin Blas]]", village: "[[LOCATION:Piti]]", committee: food, phone: "[[PHONE_NUMBER:671-472-9913]]"}
- {name: "[[PERSON:Connie Taimanao]]", village: "[[LOCATION:Piti]]", committee: decorations, phone: "[[PHONE_NUMBER:671-472-3018]]"}
- {name: "[[TITLE:Fr.]] [[PERSON:Mike Crisostomo]]", village: "[[LOCATION:Asan]]", committee: mass, phone: null}""",
    """Last name | First name | Date of birth | Nationality | Passport no. | Arrival
[[PERSON:Kim]] | [[PERSON:Seo-yeon]] | [[DATE_TIME:1996.04.18]] | [[NRP:Korean]] | [[ID_NUMBER:M20184733]] | [[DATE_TIME:2025.08.01]]
[[PERSON:Lee]] | [[PERSON:Dong-hyun]] | [[DATE_TIME:1994.11.02]] | [[NRP:Korean]] | [[ID_NUMBER:M51093347]] | [[DATE_TIME:2025.08.01]]
[[PERSON:Morita]] | [[PERSON:Aoi]] | [[DATE_TIME:2001.01.25]] | [[NRP:Japanese]] | [[ID_NUMBER:TK4471902]] | [[DATE_TIME:2025.08.02]]""",
    """| invoice | date | item | qty | amount | sold by |
|---|---|---|---|---|---|
| INV-22041 | 2025-03-01 | Koa bowl, 8 in | 1 | 240.00 | [[PERSON:Kimo]] |
| INV-22042 | 2025-03-01 | Lauhala hat | 2 | 130.00 | [[PERSON:Pua]] |
| INV-22043 | 2025-03-02 | Niʻihau shell lei | 1 | 1,450.00 | [[PERSON:Kimo]] |""",
    """emp_no\tname\tiban\tbic\tcountry
[[ID_NUMBER:20331]]\t[[PERSON:Fiona Gallagher]]\t[[IBAN_CODE:IE25AIBK93115263006134]]\tAIBKIE2D\t[[LOCATION:Ireland]]
[[ID_NUMBER:20347]]\t[[PERSON:Tobias Leitner]]\t[[IBAN_CODE:AT871200036670994204]]\tBKAUATWW\t[[LOCATION:Austria]]
[[ID_NUMBER:20352]]\t[[PERSON:Chloé Weber]]\t[[IBAN_CODE:LU970016598273107628]]\tBCEELULL\t[[LOCATION:Luxembourg]]""",
    """Unit   Sponsor (rank, name)       Spouse              Spouse cell      Children
A-12   [[TITLE:MSgt]] [[PERSON:Curtis Lomax]]          [[PERSON:Renee Lomax]]         [[PHONE_NUMBER:671-488-2093]]     2
A-14   [[TITLE:TSgt]] [[PERSON:Hyejin Park-Moreno]]    [[PERSON:Eli Moreno]]          [[PHONE_NUMBER:671-727-0381]]     1
B-03   [[TITLE:Capt.]] [[PERSON:Olusegun Bello]]       [[PERSON:Adaeze Bello]]        [[PHONE_NUMBER:671-989-4406]]     3""",
    """"Name","Phone","Email","Date of visit","Party size"
"[[PERSON:Noah Pereira]]","[[PHONE_NUMBER:(808) 526-7719]]","[[EMAIL_ADDRESS:npereira@gmail.com]]","[[DATE_TIME:Fri 4/25/2025 6:30pm]]","4"
"[[PERSON:Ellie Matsumura]]","[[PHONE_NUMBER:(808) 944-2018]]","[[EMAIL_ADDRESS:ellie.m@yahoo.com]]","[[DATE_TIME:Fri 4/25/2025 7:00pm]]","2"
"[[PERSON:Josiah Kalua]]","[[PHONE_NUMBER:(808) 239-5561]]","[[EMAIL_ADDRESS:jkalua77@gmail.com]]","[[DATE_TIME:Sat 4/26/2025 5:45pm]]","6"
""",
    """Inoa: [[PERSON:Kaleikaumaka Ho]]
Makahiki: [[AGE:12]]
Kula: Ke Kula ʻo Samuel M. Kamakau
Makua: [[PERSON:Leimomi Ho]]
Helu kelepona: [[PHONE_NUMBER:808-233-4470]]
Leka uila: [[EMAIL_ADDRESS:leimomi.ho@gmail.com]]""",
    """| Claimant | Policy | Date of incident | Vehicle plate | Driver licence |
|---|---|---|---|---|
| [[PERSON:Sarah Whitcombe]] | AU-7730412 | [[DATE_TIME:02/03/2025]] | [[ID_NUMBER:1AB 2CD]] | [[LOCATION:NSW]] [[ID_NUMBER:18830274]] |
| [[PERSON:Nikhil Bhatt]] | AU-7730488 | [[DATE_TIME:09/03/2025]] | [[ID_NUMBER:XQ 44 PL]] | [[LOCATION:VIC]] [[ID_NUMBER:0447218]] |""",
    """id	name	phone	zip	dob
[[ID_NUMBER:C-0091]]	[[PERSON:Kalena Bartlett]]	[[PHONE_NUMBER:8085957718]]	[[ZIP_CODE:96822]]	[[DATE_TIME:19950302]]
[[ID_NUMBER:C-0092]]	[[PERSON:Juan Pablo Rosario]]	[[PHONE_NUMBER:6714828810]]	[[ZIP_CODE:96929]]	[[DATE_TIME:19800917]]
[[ID_NUMBER:C-0093]]	[[PERSON:Ebony Mitchell]]	[[PHONE_NUMBER:2564419020]]	[[ZIP_CODE:35805]]	[[DATE_TIME:19891204]]""",
    """{"taxpayer": "[[PERSON:Dinh Van Long]]", "ssn": "[[US_SSN:575-48-2290]]", "filing_status": "MFJ", "spouse": "[[PERSON:Tran Thi Hoa]]", "spouse_ssn": "[[US_SSN:575-48-3314]]", "address": "[[ADDRESS:1640 Liliha St, Apt 1104]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96817]]"}
{"taxpayer": "[[PERSON:Fetu Leota]]", "ssn": "[[US_SSN:576-20-9947]]", "filing_status": "HOH", "spouse": null, "spouse_ssn": null, "address": "[[ADDRESS:84-1101 Lahaina St]], [[LOCATION:Waiʻanae]], [[LOCATION:HI]] [[ZIP_CODE:96792]]"}""",
    """Guest:    [[PERSON:Agnieszka Nowak]]
Room:     1608
In/Out:   [[DATE_TIME:02 Jul]] / [[DATE_TIME:09 Jul]]
Email:    [[EMAIL_ADDRESS:a.nowak@wp.pl]]
Notes:    late checkout approved, gluten-free breakfast

Guest:    [[PERSON:Lwazi Dlamini]]
Room:     1612
In/Out:   [[DATE_TIME:03 Jul]] / [[DATE_TIME:06 Jul]]
Email:    [[EMAIL_ADDRESS:lwazi.dlamini@outlook.co.za]]
Notes:    airport shuttle 05:30""",
    """| Parishioner | Envelope # | Address | Phone |
|---|---|---|---|
| [[PERSON:Pedro]] & [[PERSON:Ana Leon Guerrero]] | 0412 | [[ADDRESS:104 Chalan Tun Kiko]], [[LOCATION:Sinajana]] | [[PHONE_NUMBER:671-477-9025]] |
| [[PERSON:Vicenta Terlaje]] | 0413 | [[ADDRESS:29 Espiritu Santo St]], [[LOCATION:Agana Heights]] | [[PHONE_NUMBER:671-472-1188]] |
| [[PERSON:Frank]] & [[PERSON:Lisa Perez]] | 0415 | [[ADDRESS:P.O. Box 22817]], [[LOCATION:Barrigada]] | [[PHONE_NUMBER:671-734-6627]] |""",
    """NAME                    NHS NO        DOB         POSTCODE   GP
[[PERSON:Eleanor Whitfield]]       [[ID_NUMBER:104 084 6556]]  [[DATE_TIME:12/09/1941]]  [[ZIP_CODE:BA1 5LU]]    [[PERSON:Dr R. Khan]]
[[PERSON:Colin Ashdown]]           [[ID_NUMBER:526 424 0574]]  [[DATE_TIME:03/01/1958]]  [[ZIP_CODE:BA2 3QT]]    [[PERSON:Dr R. Khan]]""",
    """participant,age,shirt,allergies,parent,parent_phone
[[PERSON:Makoa Souza]],[[AGE:9]],YM,none,[[PERSON:Jenna Souza]],[[PHONE_NUMBER:808-381-2205]]
[[PERSON:Alohi Kaniho]],[[AGE:10]],YL,shellfish,[[PERSON:Kamu Kaniho]],[[PHONE_NUMBER:808-258-7710]]
[[PERSON:Riley Chun]],[[AGE:8]],YS,none,[[PERSON:Dana Chun]],[[PHONE_NUMBER:808-497-3036]]
[[PERSON:Ezra Blaisdell]],[[AGE:11]],AS,bees,[[PERSON:Toni Blaisdell]],[[PHONE_NUMBER:808-741-0903]]""",
    """{"resident": "[[PERSON:Kyoko Arakaki]]", "unit": "[[ADDRESS:1080 Kinau St, #602]]", "age": [[AGE:88]], "emergency": "[[PERSON:Glenn Arakaki]]", "emergency_phone": "[[PHONE_NUMBER:808-523-0147]]"}
{"resident": "[[PERSON:Domingo Cabral]]", "unit": "[[ADDRESS:1080 Kinau St, #604]]", "age": [[AGE:79]], "emergency": "[[PERSON:Teresa Cabral-Uyeda]]", "emergency_phone": "[[PHONE_NUMBER:808-688-3302]]"}""",
    """| Atoll | Etan | Raan | Jerbal |
|---|---|---|---|
| [[LOCATION:Jaluit]] | [[PERSON:Mary Lanwi]] | [[DATE_TIME:12 Māe]] | rinnaan |
| [[LOCATION:Ailuk]] | [[PERSON:Hilda Jitiam]] | [[DATE_TIME:14 Māe]] | rinnaan |
| [[LOCATION:Namdrik]] | [[PERSON:Kenneth Lakmej]] | [[DATE_TIME:15 Māe]] | rijerbal |""",
    """order,ordered_at,ship_to,zip,tracking,customer_email
A-1009,2025-02-11,[[ADDRESS:45-1005 Lilipuna Rd]],[[ZIP_CODE:96744]],1Z9A82E40341120997,[[EMAIL_ADDRESS:ritak808@gmail.com]]
A-1010,2025-02-11,[[ADDRESS:Unit 3120 Box 48]],[[ZIP_CODE:96555]],9405511899223387301822,[[EMAIL_ADDRESS:j.holloway.kwaj@gmail.com]]
A-1011,2025-02-12,[[ADDRESS:1603 Kaʻahumanu Ave]],[[ZIP_CODE:96793]],1Z9A82E40341120998,[[EMAIL_ADDRESS:ben.sakamoto@hawaii.rr.com]]""",
    """Applicant          SIN           DOB          Province  Phone
[[PERSON:Jean-Philippe Roy]]  [[ID_NUMBER:692 416 928]]   [[DATE_TIME:1990-06-18]]   [[LOCATION:QC]]        [[PHONE_NUMBER:514-771-2093]]
[[PERSON:Harpreet Sandhu]]    [[ID_NUMBER:292 783 693]]   [[DATE_TIME:1986-12-02]]   [[LOCATION:BC]]        [[PHONE_NUMBER:604-512-8830]]""",
    """- guest: [[PERSON:Rafael Almeida]]
  arrival: [[DATE_TIME:2025-10-03]]
  nights: 6
  card: "[[CREDIT_CARD:6214383747664463]]"
  notes: honeymoon
- guest: [[PERSON:Olivia Brandt]]
  arrival: [[DATE_TIME:2025-10-04]]
  nights: 3
  card: "[[CREDIT_CARD:4427278472148]]"
  notes: legacy 13-digit Visa, verify with issuer
""",
    """| Host | Phone | Listing | Payout account |
|---|---|---|---|
| [[PERSON:Malia Keawe]] | [[PHONE_NUMBER:808-329-1904]] | Kona Cottage | [[ID_NUMBER:0088219034]] |
| [[PERSON:Tom]] & [[PERSON:Jill Haverford]] | [[PHONE_NUMBER:808-572-4490]] | Kula Farmhouse | [[ID_NUMBER:5020338817]] |
| [[PERSON:Ikaika Pe'a]] | [[PHONE_NUMBER:808-651-2275]] | North Shore Studio | [[ID_NUMBER:7312004588]] |""",
    """Name,Ethnicity,Age,Village,Phone
[[PERSON:Rosario Ada]],[[NRP:Chamorro]],[[AGE:64]],[[LOCATION:Tamuning]],[[PHONE_NUMBER:671-646-8813]]
[[PERSON:Junior Mori]],[[NRP:Chuukese]],[[AGE:29]],[[LOCATION:Dededo]],[[PHONE_NUMBER:671-787-0914]]
[[PERSON:Rhodora Lim]],[[NRP:Filipino]],[[AGE:45]],[[LOCATION:Mangilao]],[[PHONE_NUMBER:671-734-2206]]
[[PERSON:Kasiano Ruben]],[[NRP:Palauan]],[[AGE:38]],[[LOCATION:Yigo]],[[PHONE_NUMBER:671-653-0771]]""",
    """username          full_name              signup       country
[[USERNAME:surfkat_96]]        [[PERSON:Katarina Novak]]         [[DATE_TIME:2024-12-01]]   [[LOCATION:Croatia]]
[[USERNAME:mauiwowie]]         [[PERSON:Derrick Fong]]           [[DATE_TIME:2025-01-17]]   [[LOCATION:USA]]
[[USERNAME:kiwi_tramper]]      [[PERSON:Hamish Duncan]]          [[DATE_TIME:2025-02-03]]   [[LOCATION:New Zealand]]""",
    """Name: [[PERSON:Kaipo Rodrigues]]
DOB: [[DATE_TIME:10/02/1999]]
Hawaii DL: [[US_DRIVER_LICENSE:H01229845]]
Plate: [[ID_NUMBER:NXW 880]]
Citation date: [[DATE_TIME:05/22/2025]]
Violation: 291C-102 speeding
Location: Kalanianaʻole Hwy near mile 9""",
    """| Pilgrim | Passport | Village | Birthdate |
|---|---|---|---|
| [[PERSON:Remedios Tenorio]] | [[US_PASSPORT:567114820]] | [[LOCATION:Yigo]] | [[DATE_TIME:1952-03-19]] |
| [[PERSON:Juan Santos Borja]] | [[US_PASSPORT:A12094478]] | [[LOCATION:Dededo]] | [[DATE_TIME:1948-10-01]] |
| [[PERSON:Lucia Quintanilla]] | [[US_PASSPORT:488290316]] | [[LOCATION:Yigo]] | [[DATE_TIME:1960-07-27]] |""",
    """Helu\tInoa\tMakahiki\tKahua\tLā hōʻea
1\t[[PERSON:Kalani Kaʻaihue]]\t[[AGE:16]]\t[[LOCATION:Kailua]]\t[[DATE_TIME:6/16]]
2\t[[PERSON:Nāmaka Kauhane]]\t[[AGE:15]]\t[[LOCATION:Waimānalo]]\t[[DATE_TIME:6/16]]
3\t[[PERSON:ʻIolani Kealoha]]\t[[AGE:17]]\t[[LOCATION:Hauʻula]]\t[[DATE_TIME:6/17]]""",
    """Account holder      Bank acct      Routing     Opened
[[PERSON:Maile Nakamoto]]      [[ID_NUMBER:0044812770]]     121301028   [[DATE_TIME:2019-04-02]]
[[PERSON:Stanley Kwon]]        [[ID_NUMBER:2100938815]]     121301015   [[DATE_TIME:2022-10-17]]""",
    """{"employee":"[[PERSON:Vasiti Naulivou]]","fiji_tin":"[[ID_NUMBER:50-31144-0-7]]","role":"spa therapist","start":"[[DATE_TIME:2025-03-17]]","phone":"[[PHONE_NUMBER:+679 990 4418]]"}
{"employee":"[[PERSON:Sakiusa Raivalu]]","fiji_tin":"[[ID_NUMBER:50-40221-8-3]]","role":"pool attendant","start":"[[DATE_TIME:2025-03-24]]","phone":"[[PHONE_NUMBER:+679 927 1102]]"}""",
    """Na'ån                      Idåt   Songsong       Numirun
[[PERSON:Rufina Salas Quinata]]       [[AGE:71]]     [[LOCATION:Humåtak]]        [[PHONE_NUMBER:671-828-8802]]
[[PERSON:Ignacio Mesa]]               [[AGE:68]]     [[LOCATION:Malesso']]       [[PHONE_NUMBER:671-828-4013]]
[[PERSON:Consolacion Babauta]]        [[AGE:80]]     [[LOCATION:Inalåhan]]       [[PHONE_NUMBER:671-828-1176]]""",
    """| Name | Aadhaar | Phone | Joining |
|---|---|---|---|
| [[PERSON:Sneha Kulkarni]] | [[ID_NUMBER:3317 2448 2790]] | [[PHONE_NUMBER:+91 98201 44718]] | [[DATE_TIME:04-08-2025]] |
| [[PERSON:Arjun Menon]] | [[ID_NUMBER:6783 2369 3507]] | [[PHONE_NUMBER:+91 94470 21893]] | [[DATE_TIME:11-08-2025]] |""",
    """patient_name,dob,mrn,insurance_id,appt
[[PERSON:Kawehi Lindsey]],[[DATE_TIME:03/19/1977]],[[ID_NUMBER:CTR-110492]],[[ID_NUMBER:HMSA 0093 1182 04]],[[DATE_TIME:07/01/2025 09:15]]
[[PERSON:Saul Weintraub]],[[DATE_TIME:12/30/1950]],[[ID_NUMBER:CTR-110507]],[[ID_NUMBER:MCR 2JK4-TE8-MW71]],[[DATE_TIME:07/01/2025 09:45]]""",
    """Name: [[PERSON:Pieter de Vries]]
BSN: [[ID_NUMBER:827443250]]
IBAN: [[IBAN_CODE:GB05 BARC 2031 5845 6132 55]]
Address: [[ADDRESS:Keizersgracht 412-III]], [[ZIP_CODE:1016 GC]] [[LOCATION:Amsterdam]]
Role: timeshare seller ([[LOCATION:Maui]])
----
Name: [[PERSON:Marleen Jansen]]
BSN: [[ID_NUMBER:363360207]]
IBAN: -
Address: [[ADDRESS:Oudegracht 88]], [[ZIP_CODE:3511 AV]] [[LOCATION:Utrecht]]
Role: co-owner""",
    """crew_member      position      nationality    seaman_book    sign_on
[[PERSON:Jaime Villareal]]  deckhand      [[NRP:Filipino]]       [[ID_NUMBER:SB-0448218]]     [[DATE_TIME:2025-01-05]]
[[PERSON:Tekaai Ioane]]     engineer      [[NRP:I-Kiribati]]     [[ID_NUMBER:KI-2209714]]     [[DATE_TIME:2025-01-05]]
[[PERSON:Lino Rengiil]]     cook          [[NRP:Palauan]]        [[ID_NUMBER:PW-0031870]]     [[DATE_TIME:2025-01-12]]""",
    """| Kid | Birthday | Age | Mom/Dad | Text |
|---|---|---|---|---|
| [[PERSON:Liam]] | [[DATE_TIME:Mar 3]] | [[AGE:5]] | [[PERSON:Jess]] | [[PHONE_NUMBER:808-256-7701]] |
| [[PERSON:Kaia]] | [[DATE_TIME:Mar 19]] | [[AGE:6]] | [[PERSON:Bronson]] | [[PHONE_NUMBER:808-542-3390]] |
| [[PERSON:Theo]] | [[DATE_TIME:Mar 27]] | [[AGE:5]] | [[PERSON:Ana]] | [[PHONE_NUMBER:808-421-0956]] |""",
    """sponsor_edipi\tsponsor\tdependent\trelationship\tdependent_dob\tid_card_exp
[[ID_NUMBER:1274410925]]\t[[PERSON:Rivera, Omar]]\t[[PERSON:Rivera, Yesenia]]\tspouse\t[[DATE_TIME:1993-02-14]]\t2029-02-28
[[ID_NUMBER:1274410925]]\t[[PERSON:Rivera, Omar]]\t[[PERSON:Rivera, Luca]]\tchild\t[[DATE_TIME:2019-08-05]]\t2027-08-05
[[ID_NUMBER:1390028817]]\t[[PERSON:Alexander, Kim]]\t[[PERSON:Alexander, Drew]]\tspouse\t[[DATE_TIME:1988-11-21]]\t2028-11-30""",
    """name; phone; email; arrival flight; arrival date
[[PERSON:Grace Ikeda]]; [[PHONE_NUMBER:+1 206 334 8815]]; [[EMAIL_ADDRESS:gikeda@uw.edu]]; AS 853; [[DATE_TIME:11/05]]
[[PERSON:Felipe Castaño]]; [[PHONE_NUMBER:+57 310 442 1980]]; [[EMAIL_ADDRESS:fcastano@unal.edu.co]]; UA 1176; [[DATE_TIME:11/06]]
[[PERSON:Ayumi Kishida]]; [[PHONE_NUMBER:+81 90 2238 4417]]; [[EMAIL_ADDRESS:kishida.ayumi@kyoto-u.ac.jp]]; JL 782; [[DATE_TIME:11/06]]""",
    """Owner: [[PERSON:Benigno Palomo]]
Village: [[LOCATION:Ordot]]
Lot: [[ADDRESS:Lot 3312-R4]]
Mailing: [[ADDRESS:P.O. Box 8861]], [[LOCATION:Tamuning]], [[LOCATION:GU]] [[ZIP_CODE:96931]]
Phone: [[PHONE_NUMBER:(671) 477-5120]]
Tax year: 2025
Assessed value: 212,400""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Malia]]: Aloha and thanks for contacting us! How can I help today?
[10:03] Guest: hi, I booked under [[PERSON:Stephanie Voss]] for [[DATE_TIME:July 3]]-[[DATE_TIME:July 8]] and need to add my brother [[PERSON:Kyle]] to the room
[10:03] Agent [[PERSON:Malia]]: Happy to help! Can you confirm the email on the booking?
[10:04] Guest: [[EMAIL_ADDRESS:steph.voss@gmx.de]]
[10:04] Guest: his full name is [[PERSON:Kyle Anders Voss]], born [[DATE_TIME:21.09.1998]], if you need it
[10:05] Agent [[PERSON:Malia]]: Got it, [[PERSON:Kyle]] is added. Confirmation stays KM-77120. Anything else?
[10:05] Guest: no that's all, mahalo!""",
    """[4/12/25, 7:41 PM] [[PERSON:Brianna C.]]: anyone going to the commissary at [[LOCATION:Schofield]] tmrw?
[4/12/25, 7:43 PM] [[PERSON:Tasha Reynolds]]: yes!! I can drive, I'm in [[ADDRESS:1418 Williston Ave]]
[4/12/25, 7:44 PM] [[PERSON:Brianna C.]]: omg ty. also [[PERSON:Marcus]] gets back [[DATE_TIME:the 20th]] so I'll finally have the car lol
[4/12/25, 7:46 PM] [[PERSON:Kiele Domingo]]: if anyone needs a sitter my niece [[PERSON:Jaelyn]] is doing it this summer, she's [[AGE:16]], CPR certified, text her [[PHONE_NUMBER:808-913-4402]]
[4/12/25, 7:47 PM] [[PERSON:Tasha Reynolds]]: saving that!!""",
    """#frontdesk-ops
[[USERNAME:kpalakiko]]  8:14 AM
heads up: [[PERSON:Mr. Daniel Obuya]] arrives today, pres suite, requested no calls to the room. his assistant [[PERSON:Wanjiru]] is the contact: [[PHONE_NUMBER:+254 722 418 930]]
[[USERNAME:r.agbayani]]  8:16 AM
noted. card on file is the corporate one, don't ask him for it
[[USERNAME:kpalakiko]]  8:17 AM
also the guest in 2105, [[PERSON:Ms. Lindgren]], left her US passport at the desk, number starts 5640.. locked in the safe
[[USERNAME:s.tauiliili]]  8:20 AM
I'll call her at [[PHONE_NUMBER:(612) 770-3318]] after the morning rush""",
    """Host: Aloha [[PERSON:Jenna]]! Just checking you got in ok to the cottage on Kahiko St
Guest: We did! It's beautiful. Quick q, the wifi password isn't working
Host: Try Hale4471! (capital H). If it still won't connect, my husband [[PERSON:Kimo]] can swing by, he's at [[PHONE_NUMBER:808-217-5530]]
Guest: worked, thanks! Also, we might extend to [[DATE_TIME:Sunday the 16th]]? It's [[PERSON:Jenna Ruiz-Whitcomb]] on the booking
Host: The [[DATE_TIME:16th]] is open! I'll send a change request to your Airbnb, or you can Venmo me at [[USERNAME:Lehua-Makoa]]""",
    """Tita [[PERSON:Bernie]]: Håfa adai familia! I gupot si Nåna gi [[DATE_TIME:Såbalu, 14 di Huñu]], alas sais gi pupuengi
[[PERSON:Jenny Cruz]]: Ai, ti siña yu' sa' gaige yu' [[LOCATION:Hawaii]] para i che'cho'-hu, lao hu na'hånao i regålo-ku
Tita [[PERSON:Bernie]]: Esta, na'hånao para [[ADDRESS:175 Chalan Abaca]], [[LOCATION:Mangilao]] [[ZIP_CODE:96913]]
[[PERSON:Mike Cruz]]: Para [[AGE:80]] años-ña, nai? 🎉
Tita [[PERSON:Bernie]]: Hunggan! Ågang yu' gi [[PHONE_NUMBER:671-734-8805]] yanggen guaha kuestion-mu""",
    """[[PERSON:Rine Jorbon]]: Iakwe [[PERSON:Mela]], jete aṃ nōmba in talboon kāāl?
[[PERSON:Mela Lakabung]]: Iakwe! [[PHONE_NUMBER:+692 455 2290]]. Iar ilo [[LOCATION:Ebeye]] wiik eo lok
[[PERSON:Rine Jorbon]]: Kommol. Jinō ej kōṃṃan keemem ilo [[DATE_TIME:Jabōt, 22 Māaj]] ilo mōko aer ilo [[LOCATION:Rairok]]
[[PERSON:Mela Lakabung]]: Ij itok! Jete an iiō kiiō? [[AGE:60]]?
[[PERSON:Rine Jorbon]]: Aaet, [[AGE:60]] 😊""",
    """You are now chatting with [[PERSON:Jerome]] (Card Services).
[[PERSON:Jerome]]: Hi, I see you're reporting a lost card. Can I get your full name and date of birth?
Customer: [[PERSON:Analiza Bautista]], [[DATE_TIME:Oct 30 1979]]
[[PERSON:Jerome]]: Thank you. Which card is it?
Customer: the visa [[CREDIT_CARD:4704 8790 3280 5929]], I think I left it at the hotel pool in [[LOCATION:Tumon]]
[[PERSON:Jerome]]: I've blocked it. A new card will go to [[ADDRESS:247 Chalan Ba'ba]], [[LOCATION:Yigo]], [[LOCATION:GU]] [[ZIP_CODE:96929]] in 5 to 7 business days. Should we text updates to [[PHONE_NUMBER:671-486-2217]]?
Customer: yes please""",
    """[[TITLE:SrA]] [[PERSON:Nakoa Lee]] (IT help desk): hey, saw your ticket about the VPN
[[TITLE:Capt.]] [[PERSON:Erin McKenna]]: yeah it keeps dropping from home, my IP is [[IP_ADDRESS:202.128.30.117]] if that helps
[[TITLE:SrA]] [[PERSON:Nakoa Lee]]: ok, and you're still in housing at [[ADDRESS:Bldg 25207]]?
[[TITLE:Capt.]] [[PERSON:Erin McKenna]]: no, moved off base to [[ADDRESS:1033 Army Dr, Unit 8]], [[LOCATION:Barrigada]] on [[DATE_TIME:May 1]]
[[TITLE:SrA]] [[PERSON:Nakoa Lee]]: got it, I'll update your profile. can you give me a cell in case it drops again?
[[TITLE:Capt.]] [[PERSON:Erin McKenna]]: [[PHONE_NUMBER:671-888-4015]]""",
]

LOOKALIKE = [
    """GUEST INFORMATION - PLEASE READ
Front desk: (808) 922-6611, ext. 0 from your room. Concierge: concierge@ohanabeachhotel.com
Wi-Fi network: OBH-Guest, portal software 10.10.0.1, firmware 4.2.18.7
Your booking reference appears on your key card sleeve (format OBH-XXXXXX).
Checkout is 11:00. Late checkout until 13:00 can be requested at the desk; fees apply after 13:00.
Parking: entrance on Kalākaua Avenue, then left at the King Kamehameha statue replica; valet stub numbers run 0001-9999.
Lost key cards: serial 04:A2:19:7F:33:80 series are deactivated automatically at checkout.
Emergency: dial 0 or 911.""",
    """Order confirmation #HI-2025-0884172
Thank you for your order, [[PERSON:Marjorie Kanoho]]!
Items: SKU ALOHA-SHIRT-M-NAVY (x2), SKU KONA-CFE-1LB-MED (x1)
Invoice INV-00448172, total $118.40 incl. 4.712% GET
Tracking: 1Z999AA10123456784 (UPS), estimated delivery 3-5 business days
Questions? Call customer care at 1-800-555-0199 or write to help@alohaoutfitters.com.
Promo code for next time: MAHALO15""",
    """Release notes - ReefWatch mobile 10.4.2.1 (build 2025.06.11)
- Fixed crash when the sensor firmware reports version 192.168.1.0 as a string.
- Checksums: sha256 9f2b7c4e0a1d8e3b5c6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d
- Device serials starting SN-00A4-7731 need the v3 pairing flow.
- Support: support@reefwatch.io, +1 (808) 555-0100 (9-5 HST).
Thanks to [[PERSON:Leah Nakasone]] ([[EMAIL_ADDRESS:leah.nakasone@gmail.com]]) for the bug report on the Ala Wai sensor drift.""",
    """Reading list, Pacific history seminar
1. Hawaii's Story by Hawaii's Queen (1898 memoir), ISBN 978-1-55962-105-2
2. A Nation Rising, ISBN 978-0-98868-899-5
3. Chamorro oral histories (reprint), ISBN 979-8-61827-404-3
Copies are on reserve in the Hamilton Library, call numbers DU627.1 .L5 and DU647 .G75.
Room assignments: Kuykendall Hall 310, Spalding 155.
Library card holds were placed for [[PERSON:Keoni Ahuna]], card [[ID_NUMBER:22030004418271]].""",
    """ʻŌlelo hoʻolaha: Ua pani ʻia ʻo Alanui Kalākaua mai Alanui Kapahulu a hiki i Alanui Lewers no ka hōʻike Aloha Festivals. Helu hōʻike: AF-2025-0917. E kāhea i ke keʻena ma (808) 483-0730 no nā nīnau. Ua hoʻouna ʻia ka palapala ʻae ma ka inoa o [[PERSON:Kawika Paʻaluhi]], helu kelepona [[PHONE_NUMBER:808-372-1158]].""",
    """Warranty claim received. Ref WC-0048821
Product: Kona Breeze ceiling fan, model KB-52-BRZ, serial 5KB2Z-7730-0419-A
Purchased: retail store, receipt no. 0077-4410-2281
Part numbers: 30-1182-02, 30-1182-07 (blade arms)
Manufacturer hotline: 1-877-422-5511; claims@konabreezefans.com
Claimant email on file: [[EMAIL_ADDRESS:doris.yamane@hawaiiantel.net]]
Status: awaiting photos. Average processing 10-14 days.""",
    """Base visitor notes: the Marine Corps Drive gate is open 24/7; the back gate closes at 22:00.
Building 21000 (Visitor Control Center) hours 0600-1800; phone DSN 315-333-2100, commercial (671) 333-2100.
Pass numbers are printed as VCC-25-004417; vehicle decals use the format GU-DEC-88213.
Streets on base are named after Medal of Honor recipients (Sgt. Wilson Road, Lt. Agana Way); no mail is delivered to them.
Sponsor for this visit: [[TITLE:MSgt]] [[PERSON:Dwayne Kekona]], cell [[PHONE_NUMBER:671-483-7792]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind122", STYLES, OUT)


if __name__ == "__main__":
    main()
