"""Build tests/data/blind99.jsonl: a *blind*, hand-written labeled PII set (number 99).

    .venv/bin/python tests/data/make_blind99.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and the style descriptions, and its import lines) and its
closing scaffolding from `STYLES = {` to the end (copied below);
gold_sets.py in full; lines 1-64 of make_handwritten.py (its conventions,
the MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, the tests, bench/, the README, any *.jsonl set, the record
lists of any make_*.py script, git history, log or status. The detector,
the bench and the tests were never run. Do not tune the detector against
this set: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn, IBANs pass
mod-97 with the right length for their country (the Czech and Slovak ones
also pass the national mod-11 test on the account number; the Spanish and
French national check digits and the Dutch eleven-test are right too);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit were given a valid one by throwaway code run by hand while
writing (never generating records): Czech and Slovak birth numbers (rodne
cislo, divisible by 11, agreeing with the sex and birth date where they
show), NHS numbers, Canadian SINs, the Ontario health number, Aadhaar,
South African ids (agreeing with the sex and birth date where they show),
Irish PPSN, Singapore NRIC, Australian TFN and Medicare number, New
Zealand IRD, Polish PESEL (agreeing with sex and birth date), Spanish DNI,
Brazilian CPF; the ISBN-13 look-alikes too. Not checked (no public check
digit used): US SSNs, UK NI numbers and licences, PAN, Kenyan ids and KRA
PINs, Nigerian BVN, Philippine TIN, SSS, PhilHealth, UMID and PhilSys
numbers, passports, other licences, plates, Czech and Slovak id-card
numbers, staff, student, member, patient, loyalty and badge numbers.

Styles (ids `blind99-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd, dense mixed sentences with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML / config and code snippets, tickets and forms).
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data".
- `table` (35): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): text full of non-PII that looks like PII, the few real
  PII values labeled; one has no PII at all.
About a third of the gen and bench records are about courier and parcel
delivery, warehouses and logistics staff, returns and lost parcels; the
rest spread widely (health, banking, insurance, legal, HR, schools,
housing, travel, telecoms, government, gaming, social media, vets ...).
Languages: about nine records in ten in English (US, UK, Canada,
Australia, India, Ireland, South Africa, Nigeria, Kenya, Singapore, the
Philippines and New Zealand contexts, with names from the many cultures
living there); the rest (24 records, spread over every style) in Czech
and Slovak.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames, inflected forms (Czech and Slovak cases); a possessive "'s"
  is outside. TITLE: honorifics and ranks attached to a name, labeled
  apart from it; job titles are not TITLE, family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape
  are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, delivery to them, move,
  start of a job, shift, hearing, visit, signature ...) with a day or
  month, in any shape; a weekday or clock time said with such a date is
  inside the span; a time or weekday alone is not, nor bare years,
  durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and badge numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT and routing numbers, CVVs, expiries,
  PINs, order / ticket / claim / policy / booking / tracking / consignment
  / RMA references, company phone numbers and role mailboxes, versions,
  hashes, serials and VINs, partial numbers ("ending 4417"), amounts,
  pets, eponyms and brands named after people, streets named after people
  without a number, header rows.
- Calls made while writing this set: Czech and Slovak honorifics (pan,
  pane, pana, panu, paní; Slovak pani, pána; Ing., MUDr.) are TITLE, and
  so are "Ma'am", "Mdm", "Chief", "Hon.", "Ofc.", lowercase "ms.", and
  "DR" / "MS" in machine records; a form's "prefix" or "title" field
  (Mr, Dr.) is TITLE. The Czech and Slovak address form "Street
  1142/7" is ADDRESS and a Prague district ("Praha 8") is LOCATION whole;
  inflected Czech and Slovak place names ("v Jihlavě", "v Košiciach") are
  LOCATION. A courier's or driver's own mobile is PHONE_NUMBER, a depot,
  shop or hotline number is not. A delivery, collection or redelivery
  date or slot for a person's parcel is that person's DATE_TIME, and so
  is the timestamp of a person's action in a log line (a login, a scan by
  a named driver, a signature, a badge swipe by a named holder); a system
  event with no person (hub sort, scheduler tick, door held open) is not.
  Chat message times are clock times alone (unlabeled). Not a person's
  date either: a record's own creation time, a pay-run date, an offer's
  validity date, a deadline, a vessel schedule; a letter's or an offer's
  date is. Parcel-locker and collection codes are PINs (unlabeled). A
  driver, rider, picker or badge number is a staff number (ID_NUMBER), and
  so are an officer's badge number, a juror number and a doctor's or
  attorney's registration number; a vehicle registration is a plate
  (ID_NUMBER). IP_ADDRESS is labeled on the address of a person's device
  or connection (a login or request source, a laptop, a route tablet, a
  signup IP, an attacker's source address); infrastructure addresses (a
  database host, a printer, a bind address such as 0.0.0.0, documentation
  ranges) and version strings shaped like IPs are not. Generic or system
  accounts (admin, system, a moderation bot) are not USERNAME. Family words (Mum, Nana, Uncle) stay outside and
  unlabeled. A place inside a company or school name (LogiPark Rudna,
  Kisumu Girls High School) is not LOCATION, but the town a depot, DC or
  warehouse is named by ("the Tilbury warehouse", "the Midrand DC") is. A
  Kenyan "P.O. Box 61228-00200" is ADDRESS (the box) plus ZIP_CODE. A
  "unit: 1A" field is a secondary address (ADDRESS). In a table a "sex",
  "gender", "role", "position", "dept", "shift", "status" column stays
  unlabeled, "age" is AGE, "country" / "state" / "province" / "county" /
  "region" / "barangay" / "LGA" / district is LOCATION, "nationality" is
  NRP. A business address with a number is ADDRESS like any other.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind99.jsonl")

GEN = [
    """Hi, this is [[PERSON:Darnell Okafor]], your driver today. I tried [[ADDRESS:Flat 3, 27 Mill Lane]] twice but nobody answered, so I've left the parcel with [[PERSON:Mrs Kaur]] next door. Any problems, text me on [[PHONE_NUMBER:07823 416590]].""",
    """[[PERSON:Lucía Ferreira-Muñoz]], [[AGE:34]], moved from [[LOCATION:Valencia]] to [[LOCATION:Toronto]] on [[DATE_TIME:September 2, 2019]] and now rents the basement unit at [[ADDRESS:118 Dovercourt Rd, Unit B]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6J 3C5]].""",
    """I sent the boots back on [[DATE_TIME:3 Feb]] with the prepaid label and the tracking says they reached your warehouse, but there's still no refund. The account is under [[EMAIL_ADDRESS:wanjiru.kamau88@gmail.com]] and my number is [[PHONE_NUMBER:+254 722 604 118]]. Thanks, [[PERSON:Wanjiru]]""",
    """my sister [[PERSON:aoife]] (she's [[AGE:19]]) needs her PPS number for the summer job, it's [[ID_NUMBER:8452917A]], and her address is [[ADDRESS:14 Ard na Gréine]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P31 KX60]].""",
    """Please update the payroll record for [[PERSON:Thandiwe Mokoena]] (employee no. [[ID_NUMBER:HR-20417]]): her ID number is [[ID_NUMBER:9307220841183]] and her salary now goes to account [[ID_NUMBER:62 8841 0937]]. She starts in the new role on [[DATE_TIME:1 March 2024]].""",
    """Night shift at the [[LOCATION:Tilbury]] warehouse is short again, so [[PERSON:Grzegorz Wiśniewski]] and [[PERSON:Abdi Warsame]] will cover picks on aisle 14 until [[PERSON:Sean]] is back from leave on [[DATE_TIME:Monday the 22nd]].""",
    """[[PERSON:Dr. Helen Abernathy]] will see [[PERSON:Noah]] for his asthma review on [[DATE_TIME:Thursday 16 May at 3.15pm]]; please bring his inhaler and his NHS number ([[ID_NUMBER:485 777 3023]]).""",
    """Quick one: can you change the delivery address on my order to my office, [[ADDRESS:Level 9, 201 Kent Street]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]? Ask for [[PERSON:Minh Tran]] at reception, mobile [[PHONE_NUMBER:0412 558 907]].""",
    """The parcel addressed to [[PERSON:Adaeze Nwosu]] at [[ADDRESS:42B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] was scanned at the hub but never reached her. She has called [[PERSON:Tunde]] at the front desk three times from [[PHONE_NUMBER:0803 712 4459]].""",
    """Our new tenant, [[PERSON:Rajesh Iyer]], signed the lease on [[DATE_TIME:12/06/2023]]; his Aadhaar is [[ID_NUMBER:4821 3907 5620]] and his PAN is [[ID_NUMBER:AQMPI4471K]]. Rent of ₹28,000 is due by the 5th of each month.""",
    """hey [[PERSON:jess]] it's [[PERSON:marco]], I left your hoodie with the concierge at [[ADDRESS:455 W 37th St]], just ask for it under my name. new number is [[PHONE_NUMBER:917.604.2218]] btw""",
    """The player [[USERNAME:xX_NightOwl_Xx]] (real name [[PERSON:Callum Reid]], [[AGE:15]]) says someone logged into his account from [[IP_ADDRESS:185.23.114.67]]; the email on the account is [[EMAIL_ADDRESS:callum.reid.2009@outlook.com]].""",
    """[[PERSON:Mrs Oduya]] brought Biscuit in for his jabs. Please send the booster reminder to [[EMAIL_ADDRESS:n.oduya@btinternet.com]] and note her new address, [[ADDRESS:6 Clover Court]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 7HJ]].""",
    """We noticed a payment of $1,249.00 on your card ending 4417 at 02:13 this morning. If this wasn't you, [[PERSON:Mr. Delgado]], call us at 1-800-432-1000 and quote client ID [[ID_NUMBER:C-44817302]].""",
    """Born on [[DATE_TIME:the 4th of July 1990]] in [[LOCATION:Cebu City]], [[PERSON:Maria Angelica Dela Cruz]] now works night shifts as a nurse in [[LOCATION:Winnipeg]]; her SIN is [[ID_NUMBER:527 319 800]].""",
    """Forklift licence renewals: [[PERSON:Kwame Boateng]] (badge [[ID_NUMBER:WH-0771]]) passed his refresher on [[DATE_TIME:28/02/24]], but [[PERSON:Lena Hoffmann]]'s has been overdue since [[DATE_TIME:January 9]].""",
    """Dear parents, [[PERSON:Ethan]] and [[PERSON:Sophie Clarke]] have been picked for the regional maths olympiad in [[LOCATION:Hamilton]] on [[DATE_TIME:Saturday 8 June]]. Permission slips go to [[PERSON:Mrs Te Rangi]] by Friday.""",
    """Port-in request for [[PHONE_NUMBER:+63 917 842 3316]]: account holder [[PERSON:Jose Miguel Santos]], born [[DATE_TIME:1987-11-30]], ID presented was driver's license [[ID_NUMBER:N03-12-345678]].""",
    """Hello, I'd like to return the blender (order #88310-442), it arrived cracked. Collection from [[ADDRESS:Blk 31 Jalan Bukit Merah #07-118]], [[LOCATION:Singapore]] [[ZIP_CODE:150031]] would be best, any weekday after 6pm. [[PERSON:Tan Wei Ling]], [[PHONE_NUMBER:9183 4427]]""",
    """The hearing in [[PERSON:Okonkwo]] v. Halstead Logistics has been moved to [[DATE_TIME:April 3, 2025, at 9:30 a.m.]]; counsel for the plaintiff, [[PERSON:Ruth Abernathy-Cole]], can be reached at [[EMAIL_ADDRESS:rcole@abernathycole-law.com]].""",
    """Prescription ready for [[PERSON:Mr. Farouk Haddad]] (DOB [[DATE_TIME:14.08.1952]]) at our [[LOCATION:Dearborn]] branch. He asked that his daughter [[PERSON:Leila]] collect it; her number on file is [[PHONE_NUMBER:(313) 274-0916]].""",
    """I'm the driver who left the card. The signed-for envelope for [[PERSON:H. Yevtushenko]] goes back to the depot tonight; you can collect it from tomorrow with photo ID or book a redelivery with code 7734.""",
    """[[PERSON:Sipho]] and [[PERSON:Naledi Dlamini]] viewed [[ADDRESS:17 Protea Crescent]], [[LOCATION:Durbanville]], on [[DATE_TIME:Sunday 12 May]] and want a second viewing; [[PERSON:Sipho]]'s cell is [[PHONE_NUMBER:082 447 1190]].""",
    """follow my cooking page [[URL:instagram.com/auntie_bisi_kitchen]] or email [[EMAIL_ADDRESS:bisi.adeyemi@yahoo.co.uk]] for party catering anywhere in [[LOCATION:Peckham]] and [[LOCATION:Lewisham]] x [[PERSON:Bisi]]""",
    """Claimant [[PERSON:Daniel O'Sullivan]], [[AGE:52]], reports that his van was broken into outside [[ADDRESS:88 Fairview Strand]], [[LOCATION:Dublin 3]], overnight on [[DATE_TIME:17 October]]. Registration [[ID_NUMBER:191-D-44028]].""",
    """hi team, [[PERSON:priya]] here from inbound. the pallet for Hendricks Hardware came in crushed, I've logged it and told [[PERSON:Marek]] on the forklift to keep it in bay 6 until [[PERSON:Joanne Pike]] signs it off.""",
    """Late check-in for [[PERSON:Willem]] and [[PERSON:Sanne Achterberg]], arriving [[DATE_TIME:Fri 21 June, 22:00]]. Passport [[ID_NUMBER:NW8R41KP2]] is already on file; they asked for a quiet room away from the lift.""",
    """User [[PERSON:Aroha Ngata]] can't get onto the VPN from home. Her laptop shows [[IP_ADDRESS:10.14.22.87]] and her public IP is [[IP_ADDRESS:203.86.201.44]]; username [[USERNAME:angata]], staff number [[ID_NUMBER:004418]].""",
    """[[PERSON:Carlos]]'s membership was frozen on [[DATE_TIME:5 Jan]] at his request and restarts on [[DATE_TIME:5 April]], with the direct debit coming from [[IBAN_CODE:GB91 MIDL 4005 3027 7159 46]] as before.""",
    """Hi [[PERSON:Oluwaseun]], your parcel is in locker 12 at the Co-op on Station Road and your collection code is 448190. Questions? Reply to this message or visit our help centre.""",
    """Application for a replacement Social Security card: [[PERSON:Tyrone Jackson]], SSN [[US_SSN:412-68-3097]], born [[DATE_TIME:03/22/1979]] in [[LOCATION:Birmingham]], [[LOCATION:Alabama]]; mailing address [[ADDRESS:2209 Pinecrest Dr]], [[LOCATION:Hoover]], [[LOCATION:AL]] [[ZIP_CODE:35226]].""",
    """The TV delivered to [[PERSON:Mrs. Beatrice Olawale]] on [[DATE_TIME:the 14th]] was left on the doorstep in the rain (photos attached). The driver ID on the proof of delivery is [[ID_NUMBER:DRV-30912]] and the van was [[ID_NUMBER:LK71 XWB]].""",
    """[[PERSON:Nguyen Thi Hoa]] (student ID [[ID_NUMBER:s3914427]]) has asked for an extension on her thesis until [[DATE_TIME:30 November 2024]], and her supervisor, [[PERSON:Prof. Alan McLeish]], supports it.""",
    """[[PERSON:Farah]] in accounts starts maternity leave on [[DATE_TIME:the 3rd of March]]; [[PERSON:Imran Qureshi]] will cover invoices, so reach him on ext. 2214 or [[PHONE_NUMBER:07459 220 813]].""",
    """Passenger [[PERSON:ANDERSSON/KARIN]] [[TITLE:MS]], seat 23C, booking ref QX7LTP, passport [[ID_NUMBER:AA4417290]] issued in [[LOCATION:Sweden]], date of birth [[DATE_TIME:09MAY86]].""",
    """Your driver [[PERSON:Sunil]] was rude to my mother at [[ADDRESS:5 Elmtree Avenue]] yesterday and threw the box over the gate. She is [[AGE:81]]. I expect a call back: [[PERSON:Angela Moretti]], [[PHONE_NUMBER:0161 496 0732]].""",
    """[[PERSON:Kiri]], [[AGE:27]], lives in [[LOCATION:Rotorua]] and loves tramping, rugby league and terrible puns; message her at [[USERNAME:kiri.tramps]] if you want a hiking buddy.""",
    """Wire instructions for [[PERSON:Benedikt Auer]]: [[IBAN_CODE:AT91 1400 0039 1027 7658]], BIC BAWAATWW, reference "Invoice 2024-118". Please confirm by email once sent.""",
    """Your shipment to [[PERSON:Ananya Krishnan]], [[ADDRESS:Flat 402, Sai Residency, 14th Cross]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]] is out for delivery. Delivery executive [[PERSON:Manjunath]] ([[PHONE_NUMBER:98450 31226]]) will call before arriving.""",
    """[[PERSON:Ahmed]], a [[AGE:44]]-year-old [[NRP:Somali]]-born taxi driver from [[LOCATION:Minneapolis]], was admitted on [[DATE_TIME:Tuesday, March 5]] with chest pain and discharged two days later.""",
    """[[PERSON:Gurpreet Kaur Sandhu]] asked for a vegetarian meal as she is [[NRP:Sikh]], and for her table booking to be moved to [[DATE_TIME:the 19th]].""",
    """Returns bench note: the unit that came back from [[PERSON:K. Oyelaran]] has the wrong serial (SN 7G44-1190-XA); the customer insists it's the one from the original box. Logged by [[PERSON:Dawid]] [[DATE_TIME:12/04 14:05]].""",
    """[[PERSON:Bronwyn Hayes]]'s tax file number is [[ID_NUMBER:458 732 102]]; send the notice of assessment to [[ADDRESS:PO Box 3317]], [[LOCATION:Townsville]] [[LOCATION:QLD]] [[ZIP_CODE:4810]].""",
    """Pick-up authorised for [[PERSON:Zara]] today: her grandad, [[PERSON:Desmond Clarke]], will show his driving licence ([[ID_NUMBER:CLARK508121DJ9XY]]) at the office.""",
    """Confirmed. Ksh2,500.00 sent to [[PERSON:JOSEPH MWANGI]] [[PHONE_NUMBER:0712884306]] on [[DATE_TIME:14/6/24 at 7:42 PM]]. Transaction cost Ksh23.00. Ref SFE4K9L2MX.""",
    """Can someone ask [[PERSON:de Vries]] whether the keys for [[ADDRESS:Apartment 12, 40 Harbour Street]] were handed back when he moved out on [[DATE_TIME:31 Aug]]?""",
    """At the town hall, [[PERSON:Maureen Kilbride]], a lifelong [[NRP:Democrat]] from [[LOCATION:Scranton]], asked the senator's aide what would happen to her pension.""",
    """G'day, [[PERSON:Jarrah]] here, I'm the contractor doing your street. Your parcel needs a signature, so I'll try again [[DATE_TIME:Wednesday the 10th]], or grab it from the post office with your licence.""",
    """I've known [[PERSON:Adebayo Oyelaran]] since [[DATE_TIME:March 2016]], when he joined our warehouse team as a picker, and he was made shift lead on [[DATE_TIME:1 July 2019]]. Happy to talk: [[EMAIL_ADDRESS:h.gallagher@northwaydistribution.co.uk]]. [[PERSON:Hugh Gallagher]], Operations Manager""",
    """The tracking for my parcel has said "in transit" for two weeks now. Can you open a lost-parcel claim? Ship to [[PERSON:Harpreet Gill]], [[ADDRESS:7720 128 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]].""",
    """Agency timesheet: [[PERSON:Ionela Popescu]] worked [[DATE_TIME:Sat 13/07, 06:00-14:00]] and [[DATE_TIME:Sun 14/07, 06:00-14:30]] at the returns centre; NI number [[ID_NUMBER:SZ 41 77 08 C]].""",
    """The courier says he handed it to "[[PERSON:Steve]]" at [[ADDRESS:Unit 5, Brookfield Trade Park]], but there is no [[PERSON:Steve]] here; our receptionist is [[PERSON:Kerry-Ann]] and she signed for nothing.""",
    """RMA 20931 approved for [[PERSON:Li Na Zhou]]; she'll drop the headset at the [[LOCATION:Richmond]] store and the refund goes back to the original card (Visa ending 0027).""",
    """Welcome aboard, [[PERSON:Emeka]]! Your first route starts [[DATE_TIME:Monday 3 June at 7am]] from the depot. Bring your right-to-work documents and your driving licence ([[ID_NUMBER:EZEOK806147E99LN]]).""",
    """Incident report: on [[DATE_TIME:18 March 2024 at 15:40]], picker [[PERSON:Aleksandra Nowak]] ([[AGE:29]]) strained her back lifting a 23 kg tote in zone C. First aid was given by [[PERSON:Gary Whitlock]].""",
    """Someone texted my dad pretending to be the post office and asking for a £1.45 redelivery fee, and he typed in his card, [[CREDIT_CARD:4556 7301 2948 8179]], so we've cancelled it. He's [[PERSON:Bernard Hughes]], account email [[EMAIL_ADDRESS:bernie.hughes44@aol.com]].""",
    """[[PERSON:Yasmin El-Amrani]] is sending the wedding dress back from [[LOCATION:Rotterdam]] and asks for the refund to go to [[IBAN_CODE:NL06 INGB 0006 7128 94]] rather than to the card.""",
    """Huge thanks to our driver [[PERSON:Abdul]], who carried the washing machine up four flights to [[ADDRESS:Flat 14, Kestrel House, 9 Gunmakers Lane]] when the lift was out!""",
    """[[TITLE:Ma'am]] [[PERSON:Rowena]], the package for [[PERSON:Jonathan Villanueva]] is on hold at our [[LOCATION:Davao]] branch because the consignee's UMID ([[ID_NUMBER:0111-4490527-3]]) did not match the name on the waybill.""",
    """The courier left [[PERSON:Hemi]]'s parcel at [[ADDRESS:12A Kowhai Street]] instead of [[ADDRESS:12 Kowhai Street]]; luckily [[PERSON:Mrs Paewai]] at 12A walked it over.""",
    """[[PERSON:Dr. Aisha Bello]] is presenting at the conference in [[LOCATION:Abuja]]; her flight lands [[DATE_TIME:Wednesday 12 June at 16:20]] and [[PERSON:Chidi]] will pick her up.""",
    """My son's name is [[PERSON:Leo Fitzgerald-Nkemelu]], he's [[AGE:7]] and allergic to peanuts, so please make sure the party venue knows.""",
    """the reference letter should be addressed to [[TITLE:ms.]] [[PERSON:rosalind chua]] at [[ADDRESS:20 Anson Road, #11-02]], [[LOCATION:Singapore]] [[ZIP_CODE:079912]]""",
    """Reminder: [[PERSON:Olusegun]]'s dentist appointment is [[DATE_TIME:Thursday the 9th at 4:45]]; the surgery's number is 020 3000 5000 if you need to move it.""",
    """Please put the deposit on my Amex, [[CREDIT_CARD:3793 640102 77484]], exp 09/27; name on card [[PERSON:ELIZABETH A HARTLEY]].""",
    """For the visa letter we need [[PERSON:Chukwuemeka Obi]]'s passport details: US passport [[US_PASSPORT:567231948]], issued [[DATE_TIME:June 14, 2021]].""",
    """The officer noted that the driver, [[PERSON:Kayla Brooks]], [[AGE:23]], of [[LOCATION:Tempe]], presented Arizona license [[US_DRIVER_LICENSE:D08714523]].""",
    """The odd login on [[PERSON:Hannah]]'s account came from [[IP_ADDRESS:2a02:c7f:7a1e:4d00:91b3:2c8e:5f10:a4d7]] at 03:12, which geolocates to [[LOCATION:Leeds]].""",
    """I'm [[PERSON:Mehmet]], [[AGE:38]], a [[NRP:Turkish]] citizen living in [[LOCATION:Berlin]]. Does my residence permit ([[ID_NUMBER:Y4K7N2P91]]) allow me to work in [[LOCATION:Austria]]?""",
    """got a text from [[PERSON:siobhan]] saying her new eircode is [[ZIP_CODE:H91 E2K5]] so update the xmas card list""",
    """[[PERSON:Tama Walker]]'s IRD number is [[ID_NUMBER:049-091-850]]; his KiwiSaver contributions should start from [[DATE_TIME:the 1st of April]] at 4%.""",
    """[[PERSON:Émilie Gagnon]] showed her Ontario health card, [[ID_NUMBER:4532-281-906-KT]], at the walk-in clinic on [[DATE_TIME:Jan. 28]].""",
    """Your driver [[PERSON:Samir]] is arriving in a white Toyota Prius, plate [[ID_NUMBER:CKZ 4418]].""",
    """we're at [[PERSON:anand]]'s place, [[ADDRESS:3/41 Wattle Grove]], [[LOCATION:Parramatta]], from 7. text [[PHONE_NUMBER:0433 917 260]] if you get lost""",
    """pls send the invoice to [[EMAIL_ADDRESS:kofi.mensah@ashantiexport.com.gh]] and not the accounts@ mailbox, nobody reads that one""",
    """Services for [[PERSON:Margaret 'Peggy' Dunleavy]], [[AGE:88]], will be held on [[DATE_TIME:Saturday, April 20, at 11 a.m.]] at St. Brigid's Church, [[ADDRESS:410 Main Street]], [[LOCATION:Holyoke]].""",
    """For the background check, [[PERSON:Luis]] gave his social as [[US_SSN:529 44 1873]] and his date of birth as [[DATE_TIME:2/9/88]].""",
    """[[PERSON:Mrs. Kaczmarek]] says the boiler at [[ADDRESS:22 Alder Road, Flat 2]] has been off since Tuesday, and she has a [[AGE:3]]-month-old.""",
    """Purolator left a notice for [[PERSON:Jean-Baptiste Tremblay]] at [[ADDRESS:2150 rue Sherbrooke Est, app. 6]], [[LOCATION:Montréal]]; he can pick the parcel up at the depot with ID after [[DATE_TIME:noon on the 11th]].""",
    """Can we change [[PERSON:Thabo]]'s hours? He moves to the [[LOCATION:Midrand]] DC from [[DATE_TIME:15 July]] and his new contact number is [[PHONE_NUMBER:+27 71 508 3349]].""",
    """Hi, I'm writing for my grandmother, [[PERSON:Edna Pryce]] ([[AGE:91]]), whose hearing aids were posted to her on [[DATE_TIME:the 2nd of May]] and never reached [[ADDRESS:Rose Cottage, Heol y Bryn]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6RT]]. Please reply to me, [[PERSON:Gwen]], at [[EMAIL_ADDRESS:gwen.pryce.jones@gmail.com]].""",
    """Dobrý den, [[TITLE:pane]] [[PERSON:Procházko]], tady kurýr [[PERSON:Tomáš]]. Nesu vám balík na [[ADDRESS:Křižíkova 148/34]], [[LOCATION:Praha 8]], ale nikdo neotvírá. Zavolejte mi prosím na [[PHONE_NUMBER:731 204 558]], jinak ho nechám na výdejním místě.""",
    """[[PERSON:Jana Dvořáková]], nar. [[DATE_TIME:7. 11. 1992]], r. č. [[ID_NUMBER:926107/2832]], bytem [[ADDRESS:Údolní 567/33]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], podala reklamaci vráceného zboží dne [[DATE_TIME:4. března 2024]].""",
    """Ve skladu v [[LOCATION:Jihlavě]] od pondělí chybí dvě palety. Směnový vedoucí [[PERSON:Radek Šťastný]] tvrdí, že je naložil řidič [[PERSON:Milan Kubíček]] (SPZ [[ID_NUMBER:4J2 8317]]), ten to ale popírá.""",
    """[[TITLE:MUDr.]] [[PERSON:Petra Holubová]] objednala [[TITLE:pana]] [[PERSON:Karla Vávru]] na kontrolu na [[DATE_TIME:čtvrtek 16. 5. v 10:30]]. Číslo pojištěnce: [[ID_NUMBER:690204/4589]].""",
    """Zboží jsem vrátila přes výdejní místo (číslo zásilky Z 4411 8902 33), ale peníze mi pořád nepřišly. Prosím o vrácení na účet [[ID_NUMBER:2418773069/0800]]. S pozdravem [[PERSON:Lucie Marková]], tel. [[PHONE_NUMBER:+420 604 118 372]]""",
    """Dobrý deň, som [[PERSON:Peter Baláž]], kuriér. Zásielku pre [[TITLE:pani]] [[PERSON:Horváthovú]] som nechal u susedy na [[ADDRESS:Mlynská 12]] v [[LOCATION:Košiciach]], lebo nikto nebol doma. Moje číslo: [[PHONE_NUMBER:0905 318 447]].""",
    """[[PERSON:Zuzana Kováčová]] ([[AGE:31]]) zo [[LOCATION:Žiliny]] si na [[DATE_TIME:piatok 7. júna]] dohodla obhliadku bytu na [[ADDRESS:Vysokoškolákov 41]]; jej e-mail je [[EMAIL_ADDRESS:zuzka.kovacova@azet.sk]].""",
    """Od [[DATE_TIME:1. 9. 2024]] nastupuje do skladu v [[LOCATION:Senci]] nový vodič VZV [[PERSON:Marián Oravec]], osobné číslo [[ID_NUMBER:SK-0482]], rodné číslo [[ID_NUMBER:880716/7402]].""",
    """Prosím o zaslanie výplaty na môj nový účet [[IBAN_CODE:SK66 1100 0000 0022 1904 3872]]. Ďakujem, [[PERSON:Ľubomír Hudák]], [[ADDRESS:Hlavná 88]], [[ZIP_CODE:080 01]] [[LOCATION:Prešov]]""",
]

BENCH = [
    """[[PERSON:Kaelyn Strosin]], our Senior Fleet Coordinator, reports that the parcel for [[ADDRESS:4471 Gleason Cove]], [[ADDRESS:Suite 902]], [[LOCATION:West Delphine]] was rerouted after a login from [[IP_ADDRESS:141.98.22.7]] (MAC 6e:4b:10:ca:31:f2) changed the drop point. Confirm with her on [[PHONE_NUMBER:+1-573-208-4416]] before releasing it.""",
    """Dear [[PERSON:Mx. Rowan Ferry]], your 24-month lease on the vehicle with VRM [[ID_NUMBER:YR19 KXE]] and VIN 1HGCM82633A004352 begins on [[DATE_TIME:08/01/2024]]. Monthly payments of £312 will be taken from card [[CREDIT_CARD:5409127730182646]] (CVV 418, exp 11/26).""",
    """[[PERSON:Ilse]], aged [[AGE:67]], a retired Chief Accounts Strategist living at [[ADDRESS:19 Kapteyn Street]], [[ADDRESS:Flat 6]], [[LOCATION:Pretoria]] [[ZIP_CODE:0083]], has asked that her statements go to [[EMAIL_ADDRESS:ilse.vdmerwe@mweb.co.za]] instead of the post.""",
    """INSURANCE CLAIM FORM - GOODS IN TRANSIT

Claim No.: GIT-2024-00917
Policy No.: CRG-558120-B
Claimant: [[PERSON:Oluwatobi Adeyemi-Clarke]]
Address: [[ADDRESS:23 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AD]]
Telephone: [[PHONE_NUMBER:020 8760 4493]]
Email: [[EMAIL_ADDRESS:tobi.adeyemiclarke@gmail.com]]
Date of loss: [[DATE_TIME:11 January 2024]]
Description: Parcel containing a laptop (serial C02XK1ZHJG5J) was marked as delivered at 14:52 but never received. The courier's photo shows a different front door.
Declared value: £1,150.00
Settlement to be paid to: [[IBAN_CODE:GB17 HBUK 4012 7664 4180 93]]
Signed: [[PERSON:O. Adeyemi-Clarke]]    Date: [[DATE_TIME:15/01/2024]]""",
    """{"shipment_id": "SHP-8830192", "service": "NEXT_DAY", "sender": {"name": "Northgate Outdoor Ltd", "phone": "0330 123 4455"}, "recipient": {"name": "[[PERSON:Callum Fraser]]", "address_line1": "[[ADDRESS:Flat 2/1]]", "address_line2": "[[ADDRESS:61 Dumbarton Road]]", "city": "[[LOCATION:Glasgow]]", "postcode": "[[ZIP_CODE:G11 6PD]]", "phone": "[[PHONE_NUMBER:+447700183264]]", "email": "[[EMAIL_ADDRESS:cal.fraser@hotmail.co.uk]]"}, "weight_kg": 2.4, "safe_place": "porch", "label_printed": true}""",
    """[[DATE_TIME:2024-05-14T07:02:11Z]] INFO  auth.login ok driver_id=[[ID_NUMBER:D-4471]] user=[[USERNAME:m.osei]] ip=[[IP_ADDRESS:82.132.219.40]] device=SM-A536B app=5.12.3
[[DATE_TIME:2024-05-14T07:03:45Z]] INFO  route.assigned driver_id=[[ID_NUMBER:D-4471]] route=LDS-14 stops=112
2024-05-14T09:30:00Z INFO  scheduler.tick jobs=38 lag_ms=112
[[DATE_TIME:2024-05-14T11:47:09Z]] WARN  pod.failed driver_id=[[ID_NUMBER:D-4471]] stop=57 consignee="[[PERSON:Ruth Achterberg]]" reason=NO_ANSWER
[[DATE_TIME:2024-05-14T11:47:10Z]] INFO  card.left stop=57 address="[[ADDRESS:14 Otley Road]], [[LOCATION:Headingley]]" next_attempt=[[DATE_TIME:2024-05-15]]""",
    """INSERT INTO returns (rma_no, customer_name, email, phone, pickup_address, pin_code, reason, created_at) VALUES
('RMA-550912', '[[PERSON:Deepika Venkataraman]]', '[[EMAIL_ADDRESS:deepika.v@rediffmail.com]]', '[[PHONE_NUMBER:+91 98201 44733]]', '[[ADDRESS:B-704, Lodha Aqua]], [[LOCATION:Mahavir Nagar]]', '[[ZIP_CODE:400101]]', 'wrong size', '[[DATE_TIME:2024-02-19 18:22:05]]'),
('RMA-550913', '[[PERSON:Tomasz Zieliński]]', '[[EMAIL_ADDRESS:tzielinski@wp.pl]]', '[[PHONE_NUMBER:+48 601 338 902]]', '[[ADDRESS:ul. Długa 17 m. 4]]', '[[ZIP_CODE:80-827]]', 'damaged in transit', '[[DATE_TIME:2024-02-19 18:40:51]]');""",
    """<CustomsDeclaration ref="CN23-77410288">
  <Consignor>
    <Name>[[PERSON:Amara Nwachukwu]]</Name>
    <Street>[[ADDRESS:5 Kofo Abayomi Street]]</Street>
    <City>[[LOCATION:Lagos]]</City>
    <Country>[[LOCATION:Nigeria]]</Country>
    <Phone>[[PHONE_NUMBER:+234 809 441 7702]]</Phone>
  </Consignor>
  <Consignee>
    <Name>[[PERSON:Chiamaka Eze]]</Name>
    <Street>[[ADDRESS:88 Rue de la Loi, bte 12]]</Street>
    <PostalCode>[[ZIP_CODE:1040]]</PostalCode>
    <City>[[LOCATION:Etterbeek]]</City>
    <Country>[[LOCATION:Belgium]]</Country>
  </Consignee>
  <Contents>Handwoven textiles, 3 pcs</Contents>
  <HSCode>6304.91</HSCode>
  <DeclaredValue currency="EUR">240.00</DeclaredValue>
</CustomsDeclaration>""",
    """INDEPENDENT COURIER SERVICES AGREEMENT

This Agreement is made on [[DATE_TIME:4 March 2024]] between SwiftLane Logistics Pty Ltd of [[ADDRESS:Unit 3, 40 Industrial Drive]], [[LOCATION:Mayfield]] [[LOCATION:NSW]] [[ZIP_CODE:2304]] ("the Company") and [[PERSON:Hamid Rahimi]] of [[ADDRESS:27 Bellbird Avenue]], [[LOCATION:Wallsend]] [[LOCATION:NSW]] [[ZIP_CODE:2287]] ("the Contractor"), NSW driver licence [[ID_NUMBER:14920377]].

1. The Contractor will provide parcel delivery services in the [[LOCATION:Newcastle]] region commencing [[DATE_TIME:11 March 2024]], using vehicle registration [[ID_NUMBER:DX47KQ]].
2. Payments will be made fortnightly to BSB 062-318, account [[ID_NUMBER:1044 7392]].
3. Either party may end this Agreement with 14 days' written notice.

Signed by the Contractor: [[PERSON:H. Rahimi]]
Witness: [[PERSON:Leanne Doherty]]""",
    """As Regional Warehouse Operations Lead, [[PERSON:Fenella Kowalczyk-Brandt]] approved the overtime of picker [[PERSON:Juma Otieno]] (staff ID [[ID_NUMBER:88302]]) for [[DATE_TIME:23/11/2023]]; payment goes to [[IBAN_CODE:DE40 7605 0101 0012 8734 45]], BIC SSKNDE77XXX.""",
    """Ticket: CS-2024-118847
Channel: email
Customer: [[PERSON:Priscilla Mensah-Bonsu]]
Customer ID: [[ID_NUMBER:CU00918274]]
Contact: [[EMAIL_ADDRESS:p.mensahbonsu@icloud.com]] / [[PHONE_NUMBER:(646) 318-2270]]
Subject: Package marked delivered, not received
Body: Tracking 1Z9W8E240344718290 shows delivered [[DATE_TIME:Mar 7 at 4:12 PM]] to [[ADDRESS:310 Lenox Ave, Apt 5F]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10027]]. Nobody in the building got it; the doorman, [[PERSON:Luis]], checked the log.
Priority: P3
Assignee: [[USERNAME:kbarnes]]""",
    """# courier-integration.yaml
environment: staging
api:
  base_url: https://api.parcelhub.example/v2
  key: sk_test_51Hx8d0A9f3eQ
notifications:
  ops_contact:
    name: [[PERSON:Nomvula Zulu]]
    email: [[EMAIL_ADDRESS:nomvula.zulu@ithembafreight.co.za]]
    mobile: "[[PHONE_NUMBER:+27 83 550 2914]]"
  escalation: ops@ithembafreight.co.za
test_recipient:
  name: [[PERSON:Pieter Botha]]
  street: "[[ADDRESS:9 Jacaranda Lane]]"
  suburb: [[LOCATION:Waterkloof]]
  city: [[LOCATION:Pretoria]]
  postal_code: "[[ZIP_CODE:0181]]"
""",
    """NOTICE OF TERMINATION OF EMPLOYMENT

Date: [[DATE_TIME:29 April 2024]]
To: [[PERSON:Mr. Liam Thornbury]]
[[ADDRESS:56 Corporation Street]]
[[LOCATION:Rotherham]]
[[ZIP_CODE:S60 1NG]]
Employee number: [[ID_NUMBER:RDC-10442]]

Dear [[PERSON:Mr Thornbury]],

Following the disciplinary hearing on [[DATE_TIME:24 April 2024]], chaired by [[PERSON:Sandra Pillai]], Warehouse Manager, I confirm that your employment will end on [[DATE_TIME:10 May 2024]]. Your final pay, including six days of accrued holiday, will go to your usual account ending 2291. You may appeal in writing to [[PERSON:Colin Mabbutt]], Head of People, within five working days.

Yours sincerely,
[[PERSON:Sandra Pillai]]""",
    """{"zasilka": "DR1124558830Z", "prijemce": {"jmeno": "[[PERSON:Kateřina Benešová]]", "ulice": "[[ADDRESS:Sokolovská 212/87]]", "mesto": "[[LOCATION:Praha 8]]", "psc": "[[ZIP_CODE:186 00]]", "telefon": "[[PHONE_NUMBER:+420 777 302 918]]", "email": "[[EMAIL_ADDRESS:katka.benesova@seznam.cz]]"}, "dobirka_kc": 1290, "poznamka": "volat 30 min předem", "ridic": "[[PERSON:Jiří Malý]]", "stav": "na cestě"}""",
    """Hi [[PERSON:Tyreek]], your account [[USERNAME:tyreek_b_1998]] was just accessed with Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 from [[IP_ADDRESS:73.158.44.209]]. If this wasn't you, reset your password (hint: 'Pumpkin#44') and verify with your date of birth, [[DATE_TIME:08/17/1998]].""",
    """PATIENT DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Gloria Ifeoma Nnaji]]
MRN: [[ID_NUMBER:00438812]]
DOB: [[DATE_TIME:1958-03-02]] (age [[AGE:66]])
Admitted: [[DATE_TIME:2024-04-11]]    Discharged: [[DATE_TIME:2024-04-16]]
Attending: [[PERSON:Dr. Samuel Achebe-Ward]]
Diagnosis: community-acquired pneumonia, right lower lobe.
Follow-up: GP review with [[PERSON:Dr. Ng]] at Riverside Medical Centre within 7 days; repeat chest X-ray in 6 weeks.
Next of kin: [[PERSON:Chinedu Nnaji]] (son), [[PHONE_NUMBER:07984 221 506]]""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Michael Adeyinka Ogunleye]]
Date of birth: [[DATE_TIME:17 Sep 1985]]
SSN: [[US_SSN:078-31-2264]]
Residential address: [[ADDRESS:1844 Willow Bend Ct]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Years at address: 4
Employer: Crestline Medical Supplies    Position: Senior Buyer    Annual income: $96,500
Phone: [[PHONE_NUMBER:469-208-7741]]
Email: [[EMAIL_ADDRESS:mike.ogunleye@gmail.com]]
Requested amount: $18,000 over 48 months
Disbursement account: routing 111000614, account [[ID_NUMBER:4418029376]]
Co-applicant: [[PERSON:Funmilayo Ogunleye]], DOB [[DATE_TIME:03/05/1987]]""",
    """[[DATE_TIME:Mar 18 09:14:22]] web-02 sshd[21877]: Accepted publickey for [[USERNAME:dkowalski]] from [[IP_ADDRESS:91.204.17.33]] port 51022 ssh2: ED25519 SHA256:q3Vd8kP0yZb1n2XcW7u4rT9mLs6aQeHf0JgK5iOp1Ns
[[DATE_TIME:Mar 18 09:15:03]] web-02 sudo: [[USERNAME:dkowalski]] : TTY=pts/0 ; PWD=/home/[[USERNAME:dkowalski]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Mar 18 09:41:57 web-02 sshd[22310]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.205.117]] port 40488 ssh2""",
    """# fixtures for the payroll export test -- replace with synthetic data before merging
EMPLOYEES = (
    {"emp_no": "[[ID_NUMBER:E-20931]]", "name": "[[PERSON:Siobhán Nic Aodha]]", "ppsn": "[[ID_NUMBER:6120384S]]",
     "iban": "[[IBAN_CODE:IE11AIBK93338140217756]]", "start_date": "[[DATE_TIME:2021-09-06]]", "grade": "B2"},
    {"emp_no": "[[ID_NUMBER:E-20944]]", "name": "[[PERSON:Kofi Asante]]", "ppsn": "[[ID_NUMBER:7734519W]]",
     "iban": "[[IBAN_CODE:IE75BOFI90001758843120]]", "start_date": "[[DATE_TIME:2022-01-17]]", "grade": "C1"},
)""",
    """Our Human Directives Officer, [[PERSON:Ottilie Marsh]] ([[AGE:41]]), asked for the payroll card [[CREDIT_CARD:2223 1004 5587 3914]] (exp 04/28, CVV 771) to be replaced and mailed to [[ADDRESS:5520 Heller Mountain]], [[ADDRESS:Apt. 311]], [[LOCATION:Port Jaylen]], [[LOCATION:Vermont]] [[ZIP_CODE:05401-2231]].""",
    """RESIDENTIAL TENANCY AGREEMENT (excerpt)

Landlord: [[PERSON:Harjit Singh Bains]], of [[ADDRESS:12 Greenfield Avenue]], [[LOCATION:Southall]] [[ZIP_CODE:UB1 2PL]]
Tenant(s): [[PERSON:Corinne Lafleur]] and [[PERSON:Matteo Bianchi]]
Property: [[ADDRESS:Flat 7, Marlowe Court, 33 Uxbridge Road]], [[LOCATION:Ealing]], [[LOCATION:London]] [[ZIP_CODE:W5 2ST]]
Term: 12 months commencing [[DATE_TIME:1 October 2024]]
Rent: £1,650 per calendar month, payable on the 1st of each month
Deposit: £1,900, protected with the Deposit Protection Service within 30 days
Tenant contact: [[PHONE_NUMBER:07512 660 384]] / [[EMAIL_ADDRESS:corinne.lafleur@protonmail.com]]""",
    """{"resourceType": "Patient", "id": "pt-77102", "identifier": {"system": "urn:hospital:mrn", "value": "[[ID_NUMBER:H0091734]]"}, "name": {"family": "[[PERSON:Balogun]]", "given": "[[PERSON:Temitope]]"}, "gender": "female", "birthDate": "[[DATE_TIME:1994-12-03]]", "telecom": {"system": "phone", "value": "[[PHONE_NUMBER:+1 416 882 0635]]"}, "address": {"line": "[[ADDRESS:77 Gerrard St E, Unit 1408]]", "city": "[[LOCATION:Toronto]]", "state": "[[LOCATION:ON]]", "postalCode": "[[ZIP_CODE:M5B 2M1]]"}}""",
    """<customer id="C-2290417">
  <fullName>[[PERSON:Rosalind Achterberg-Moyo]]</fullName>
  <dob>[[DATE_TIME:12-11-1971]]</dob>
  <nationalId type="SA_ID">[[ID_NUMBER:7111120417082]]</nationalId>
  <accounts>
    <account type="cheque" number="[[ID_NUMBER:1022 884 317]]" branch="250655"/>
    <card brand="VISA" pan="[[CREDIT_CARD:4147209033155899]]" expiry="2027-08"/>
  </accounts>
  <lastLogin ip="[[IP_ADDRESS:105.186.44.12]]">[[DATE_TIME:2024-06-02T19:44:10+02:00]]</lastLogin>
</customer>""",
    """ENROLMENT FORM - ST. COLUMBA'S PRIMARY SCHOOL

Pupil's full name: [[PERSON:Ayaan Mahmood]]
Date of birth: [[DATE_TIME:22/04/2018]]
Religion (optional): [[NRP:Muslim]]
Home address: [[ADDRESS:41 Cedar Grove]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9AX]]
Parent/guardian 1: [[PERSON:Nadia Mahmood]], mobile [[PHONE_NUMBER:07700 938 114]]
Parent/guardian 2: [[PERSON:Tariq Mahmood]], mobile [[PHONE_NUMBER:07451 027 683]]
Medical notes: mild eczema; no allergies
Start date requested: [[DATE_TIME:September 2024]]""",
    """Traveller [[PERSON:Bheki Ndlovu]] (passport [[ID_NUMBER:A09347715]], [[NRP:South African]]) checks out of the Lakeview Suites on [[DATE_TIME:19/08/2024 at 11:00]]; the Concierge Experience Architect, [[PERSON:Marisol Quintanilla]], charged the minibar to card [[CREDIT_CARD:5522 0498 1376 1207]] and emailed the folio to [[EMAIL_ADDRESS:bheki.n@webmail.co.za]].""",
    """Formulár na vrátenie tovaru

Meno a priezvisko: [[PERSON:Miroslava Tóthová]]
Adresa: [[ADDRESS:Štúrova 27]], [[ZIP_CODE:949 01]] [[LOCATION:Nitra]]
Telefón: [[PHONE_NUMBER:+421 944 207 561]]
E-mail: [[EMAIL_ADDRESS:mirka.tothova@gmail.com]]
Číslo objednávky: 2024-118830
Dátum prevzatia zásielky: [[DATE_TIME:12. 3. 2024]]
Dôvod vrátenia: nesprávna veľkosť
Číslo účtu na vrátenie peňazí: [[IBAN_CODE:SK73 0900 0000 0018 0773 5600]]
Podpis: [[PERSON:M. Tóthová]]""",
    """LÉKAŘSKÁ ZPRÁVA

Pacient: [[PERSON:Václav Novotný]], nar. [[DATE_TIME:17. 5. 1983]], r. č. [[ID_NUMBER:830517/2260]]
Bydliště: [[ADDRESS:Jugoslávských partyzánů 1580/3]], [[ZIP_CODE:160 00]] [[LOCATION:Praha 6]]
Pojišťovna: 111
Anamnéza: pacient přichází [[DATE_TIME:2. 4. 2024]] pro bolesti v bederní oblasti po zvedání břemen v zaměstnání (skladník).
Závěr: lumbago, pracovní neschopnost do [[DATE_TIME:16. 4. 2024]].
Ošetřující lékař: [[TITLE:MUDr.]] [[PERSON:Alena Krejčí]]""",
    """[[DATE_TIME:2024-06-11 20:15:33.812]] INFO checkout.submit session=8f1c0e2a user_id=[[ID_NUMBER:U-5530981]] email=[[EMAIL_ADDRESS:rhiannon.blythe@gmail.com]] ip=[[IP_ADDRESS:86.14.201.77]] cart_total=64.98 currency=GBP
[[DATE_TIME:2024-06-11 20:15:34.104]] INFO payment.authorised user_id=[[ID_NUMBER:U-5530981]] card_bin=475129 last4=8820 3ds=passed
[[DATE_TIME:2024-06-11 20:15:34.390]] INFO shipping.address user_id=[[ID_NUMBER:U-5530981]] name="[[PERSON:Rhiannon Blythe]]" line1="[[ADDRESS:2 Tŷ Draw Place]]" city="[[LOCATION:Cardiff]]" postcode="[[ZIP_CODE:CF23 5HB]]"
2024-06-11 20:15:35.002 DEBUG cache.flush keys=12""",
    """MOTOR ACCIDENT CLAIM

Policy holder: [[PERSON:Jun-seo Park]]
Date and time of accident: [[DATE_TIME:Friday 9 February 2024, approx. 17:45]]
Location: junction of Burwood Highway and Middleborough Road, [[LOCATION:Burwood East]] [[LOCATION:VIC]]
Your vehicle: 2019 Mazda CX-5, registration [[ID_NUMBER:1XT 4FG]]
Third party driver: [[PERSON:Declan Moriarty]], licence no. [[ID_NUMBER:047 118 392]], phone [[PHONE_NUMBER:0427 305 118]]
Third party vehicle: Ford Ranger, registration [[ID_NUMBER:BKF 772]]
Injuries: none reported
Police event number: E240209-8831""",
    """Good news, [[PERSON:Yusuf]]! As our newest Lead Curriculum Facilitator you'll be based at [[ADDRESS:1180 Brakus Gateway]], [[ADDRESS:Building C, Room 214]], [[LOCATION:Lake Shaniya]]. Your student-system login is [[USERNAME:y.demir]] and your starting password is Welcome#2024 (change it at first login). Payroll needs your SSN, [[US_SSN:641-07-3382]], before your start date, [[DATE_TIME:08/26/2024]].""",
    """CONTRACT OF EMPLOYMENT - WAREHOUSE OPERATIVE

Employer: Brightwater Fulfilment Ltd, [[ADDRESS:Unit 9, Magna Park]], [[LOCATION:Lutterworth]]
Employee: [[PERSON:Bartosz Lewandowski]]
Address: [[ADDRESS:81 Narborough Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE3 0LF]]
Date of birth: [[DATE_TIME:12.04.1991]]    National Insurance no.: [[ID_NUMBER:JT 66 14 02 B]]
PESEL (for records held in Poland): [[ID_NUMBER:91041207354]]
Start date: [[DATE_TIME:Monday 5 August 2024]]
Hours: 4 on / 4 off, 06:00-18:00, with rotation to nights after the probation period
Pay: £12.10 per hour, paid weekly to sort code 30-96-34, account [[ID_NUMBER:11780542]]
Signed (employee): [[PERSON:B. Lewandowski]]    Signed (for the employer): [[PERSON:Gemma Hart]], HR Business Partner""",
    """{"applicant": {"first_name": "[[PERSON:Marcus]]", "last_name": "[[PERSON:Whitfield]]", "dob": "[[DATE_TIME:1990-07-23]]", "ssn": "[[US_SSN:523-84-1106]]", "drivers_license": {"state": "[[LOCATION:CO]]", "number": "[[US_DRIVER_LICENSE:11-402-7783]]", "class": "CDL-B", "expires": "2027-07-23"}, "address": {"street": "[[ADDRESS:4410 Tejon St]]", "city": "[[LOCATION:Denver]]", "zip": "[[ZIP_CODE:80211]]"}, "phone": "[[PHONE_NUMBER:720-441-9036]]"}, "position": "Delivery Driver - Box Truck", "background_check": {"status": "clear", "completed": "2024-03-30"}, "start": "[[DATE_TIME:2024-04-08]]"}""",
    """[[TITLE:Chief]] [[PERSON:Obinna Ezeh]], the Dispatch Integration Supervisor at the [[LOCATION:Ikeja]] hub, confirmed that rider [[PERSON:Yakubu Sani]] (rider ID [[ID_NUMBER:LGS-R-0193]], bike plate [[ID_NUMBER:KJA 442 QX]]) picked up the waybill from [[ADDRESS:14 Allen Avenue]] at 10:20 and that the customer [[PERSON:Mrs. Folake Ajayi]] paid ₦18,500 on delivery.""",
    """INSERT INTO patients (patient_no, surname, forename, dob, nhs_no, gp_practice, phone) VALUES ('[[ID_NUMBER:P0082291]]', '[[PERSON:MacLeod]]', '[[PERSON:Eilidh]]', '[[DATE_TIME:1979-01-30]]', '[[ID_NUMBER:650 219 8848]]', 'Ness Bank Surgery', '[[PHONE_NUMBER:01463 718 255]]');
UPDATE patients SET phone = '[[PHONE_NUMBER:07826 114 390]]' WHERE patient_no = '[[ID_NUMBER:P0082291]]';""",
    """IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]], [[LOCATION:ILLINOIS]]
NOTICE OF HEARING

Case No. 2024-D-004518
In re the Marriage of [[PERSON:Teresa Ann Kowalski]], Petitioner, and [[PERSON:Gregory Kowalski]], Respondent.

PLEASE TAKE NOTICE that on [[DATE_TIME:July 17, 2024, at 9:30 a.m.]], the Petitioner will appear before the [[TITLE:Hon.]] [[PERSON:Alicia Brennan]] in Courtroom 3002, [[ADDRESS:50 W. Washington St.]], [[LOCATION:Chicago]], and present her Motion for Temporary Child Support. The Respondent currently resides at [[ADDRESS:6128 S Kedzie Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60629]].

Attorney for Petitioner: [[PERSON:Marcus J. Feld]], ARDC No. [[ID_NUMBER:6301177]], [[EMAIL_ADDRESS:mfeld@feldfamilylaw.com]]""",
    """Hello [[PERSON:Aurelio]], your new SIM for [[PHONE_NUMBER:+63 998 415 2270]] has been activated. Registered to: [[PERSON:Aurelio B. Macaraeg]], born [[DATE_TIME:1992-05-19]], ID type PhilSys, ID no. [[ID_NUMBER:4790-2251-8836-1104]]; device IMEI 356938035643809, last seen on cell tower MNL-0442.""",
    """Žiadosť o spotrebiteľský úver

Žiadateľ: [[TITLE:Ing.]] [[PERSON:Martin Šimko]]
Dátum narodenia: [[DATE_TIME:30. 6. 1971]]
Rodné číslo: [[ID_NUMBER:710630/8715]]
Číslo OP: [[ID_NUMBER:EA 482 117]]
Trvalý pobyt: [[ADDRESS:Námestie SNP 14]], [[ZIP_CODE:974 01]] [[LOCATION:Banská Bystrica]]
Mobil: [[PHONE_NUMBER:0911 204 558]]
Zamestnávateľ: Stredoslovenská energetika, a.s.
Čistý mesačný príjem: 1 840 EUR
Požadovaná suma: 9 000 EUR na 60 mesiacov""",
    """[[ADDRESS:14 Birchwood Close]]
[[LOCATION:Harrogate]]
[[ZIP_CODE:HG2 8PT]]

[[DATE_TIME:3 June 2024]]

Customer Relations, Parcelwise UK

Dear Sir or Madam,

Consignment 4407 1182 9930 - lost parcel

On [[DATE_TIME:21 May]] your driver recorded this parcel as "delivered to neighbour", but none of my neighbours received it. I have since spoken to your agent [[PERSON:Reece]] twice and was promised a call back within 48 hours, which never came. The parcel contained a prescription glasses order worth £289. I expect a full refund to my card or a replacement within 14 days.

Yours faithfully,
[[PERSON:Margaret Ashworth]]
Tel: [[PHONE_NUMBER:01423 567 902]]""",
    """[[IP_ADDRESS:2001:44c8:4103:8a2c::1b]] - - [[[DATE_TIME:12/Jun/2024:14:02:51 +0700]]] "POST /api/v1/returns HTTP/1.1" 201 312 "-" "ReturnsApp/3.4.1 (iPhone; iOS 17.5)" body={"order":"TH-5518290","customer":"[[PERSON:Kanokwan Srisuk]]","phone":"[[PHONE_NUMBER:+66 81 734 2290]]","pickup":"[[ADDRESS:88/14 Soi Sukhumvit 39]], [[LOCATION:Khlong Tan Nuea]], [[LOCATION:Bangkok]] [[ZIP_CODE:10110]]","reason":"defective"}""",
    """The Senior Identity Orchestrator [[PERSON:Benedetta Rossi-Quaye]] logged in from [[IP_ADDRESS:fe80::1c2f:9aff:fe3b:7d01]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 and updated her emergency contact to [[PERSON:Kwesi Quaye]], [[PHONE_NUMBER:+44 7911 302 448]].""",
    """NOTICE TO CREDITORS

Estate of [[PERSON:Walter Henry Greaves]], deceased, late of [[ADDRESS:7 Orchard Rise]], [[LOCATION:Ludlow]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY8 1QE]], retired postman, who died on [[DATE_TIME:2 February 2024]].

Any person having a claim against the estate must send particulars in writing to the executor, [[PERSON:Susan Mary Greaves]], c/o Whitcombe & Lyle Solicitors, [[ADDRESS:14 Corve Street]], [[LOCATION:Ludlow]] [[ZIP_CODE:SY8 1DA]], by 30 April 2024, after which the estate will be distributed.""",
    """<ORU_R01>
  <PID>
    <PatientID>[[ID_NUMBER:MRN-3391027]]</PatientID>
    <PatientName>[[PERSON:OKONJO]]^[[PERSON:ADAOBI]]^[[PERSON:N]]</PatientName>
    <DateOfBirth>[[DATE_TIME:19870914]]</DateOfBirth>
    <Sex>F</Sex>
    <Address>[[ADDRESS:2905 Lyndale Ave S Apt 3]]^^[[LOCATION:Minneapolis]]^[[LOCATION:MN]]^[[ZIP_CODE:55408]]</Address>
  </PID>
  <OBR>
    <OrderingProvider>[[PERSON:HALVORSEN]]^[[PERSON:ERIK]]^^^[[TITLE:DR]]</OrderingProvider>
    <CollectedAt>[[DATE_TIME:202406030815]]</CollectedAt>
  </OBR>
  <OBX test="HbA1c" value="6.1" units="%" flag="H"/>
</ORU_R01>""",
    """PRACOVNÍ SMLOUVA

Zaměstnavatel: LogiPark Rudná s.r.o., IČO 27418832
Zaměstnanec: [[PERSON:Tereza Pokorná]], nar. [[DATE_TIME:12. 3. 1995]], r. č. [[ID_NUMBER:955312/0489]]
Bydliště: [[ADDRESS:Karlštejnská 618]], [[ZIP_CODE:252 19]] [[LOCATION:Rudná]]
Druh práce: skladník / vychystávač
Místo výkonu práce: sklad [[LOCATION:Rudná]], hala D
Den nástupu: [[DATE_TIME:1. 7. 2024]]
Mzda: 158 Kč/hod., splatná na účet č. [[ID_NUMBER:19-1158364028/0100]]
V [[LOCATION:Rudné]] dne [[DATE_TIME:20. 6. 2024]]
Podpis zaměstnance: [[PERSON:T. Pokorná]]""",
    """[[PERSON:Wambui Njeri]], a [[AGE:29]]-year-old Principal Mobility Analyst at the [[LOCATION:Westlands]] branch, asked that her KRA PIN [[ID_NUMBER:A015582943K]] and ID number [[ID_NUMBER:28441907]] be updated on file; she lives at [[ADDRESS:House 17, Riverside Gardens, Riverside Drive]], [[LOCATION:Nairobi]], [[ADDRESS:P.O. Box 61228]]-[[ZIP_CODE:00200]].""",
    """DEPOSIT RETURN REQUEST

Tenant: [[PERSON:Aleksander Petrović]]
Former address: [[ADDRESS:Flat 3B, 19 Abbotsford Road]], [[LOCATION:Galashiels]] [[ZIP_CODE:TD1 3HR]]
Tenancy ended: [[DATE_TIME:31/05/2024]]
Forwarding address: [[ADDRESS:26 Leith Walk]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 5AA]]
Scheme reference: SDS-447120
Please return the deposit to: [[PERSON:A. Petrovic]], sort code 80-22-60, account [[ID_NUMBER:30127744]]
Agreed deductions: £60 (carpet cleaning)""",
    """# .env.staging  (do not commit)
APP_ENV=staging
DB_HOST=10.0.3.17
DB_USER=svc_dispatch
DB_PASSWORD=Gh7!pq2Lx0
ADMIN_CONTACT_NAME="[[PERSON:Oksana Bondarenko]]"
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:oksana.bondarenko@relaypost.io]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+380 67 214 5529]]
SUPPORT_EMAIL=support@relaypost.io
SMTP_HOST=smtp.relaypost.io""",
    """Pickup booked: courier [[PERSON:Arjun Mehta]] will collect 3 cartons from [[PERSON:Ms. Ingrid Solberg]] at [[ADDRESS:Unit 14, 220 Wellington Road]], [[LOCATION:Clayton]] [[LOCATION:VIC]] [[ZIP_CODE:3168]] on [[DATE_TIME:Tue 18 June, 13:00-15:00]]; collection PIN 5572, card on file [[CREDIT_CARD:4716285500399120]].""",
    """DRIVER INCIDENT REPORT

Driver name: [[PERSON:Kieran Doyle]]        Driver no.: [[ID_NUMBER:4471-KD]]
Vehicle: Mercedes Sprinter, reg [[ID_NUMBER:231-KE-5517]]
Date/time of incident: [[DATE_TIME:Thursday 11 April 2024, 08:50]]
Location: outside [[ADDRESS:42 Main Street]], [[LOCATION:Naas]], [[LOCATION:Co. Kildare]]
Description: While reversing to the loading bay I struck a parked car (Toyota Yaris, reg [[ID_NUMBER:191-KE-2093]]). Owner [[PERSON:Maeve Flanagan]] came out and we exchanged details; her phone is [[PHONE_NUMBER:087 339 4102]].
Witness: [[PERSON:Tadhg]] from the shop at no. 44.
Supervisor notified: [[PERSON:Orla Brennan]], 09:05""",
    """IT HELPDESK TICKET #INC0048821
Opened by: [[PERSON:Haruto Sato]] ([[EMAIL_ADDRESS:haruto.sato@kestrelbio.com]])
Employee ID: [[ID_NUMBER:KB-11094]]
Location: Building 2, 3rd floor, desk 3.41
Short description: Can't print to the floor printer since the weekend
Details: My laptop (asset tag KB-LT-0917) is on [[IP_ADDRESS:172.16.40.112]]; printer PRN-2F-03 is on 172.16.40.9. Tried removing and re-adding it.
Assigned to: [[PERSON:Femi]] (Desktop Support)""",
    """Please move €4,250 from my savings to [[IBAN_CODE:ES35 0182 2370 4302 0158 3947]] (beneficiary [[PERSON:Carmen Ruiz Ortega]], DNI [[ID_NUMBER:48213377H]]) before I fly out on [[DATE_TIME:Friday 14 June]], writes [[PERSON:Alastair Grieve]], a Global Response Director, from [[IP_ADDRESS:62.31.148.203]].""",
    """Hi [[PERSON:Olamide]], as the new Inbound Logistics Liaison at the [[LOCATION:Daventry]] DC you'll report to [[PERSON:Ms. Petra Vlasic]]. We have your bank details ([[IBAN_CODE:GB57 BARC 2094 7153 3188 06]]); please confirm your home address is still [[ADDRESS:3 Hawthorn Mews]], [[ADDRESS:Flat 1]], [[LOCATION:Northampton]] [[ZIP_CODE:NN1 4BW]]. Your badge [[ID_NUMBER:DV-70213]] will be ready on [[DATE_TIME:Monday 17th June, 8:30am]].""",
    """REFERRAL LETTER

To: Cardiology Outpatients, St Vincent's University Hospital
From: [[PERSON:Dr. Ciarán Mulqueen]], Glasthule Family Practice
Date: [[DATE_TIME:06/03/2024]]

Re: [[PERSON:Mr. Patrick Joseph Hegarty]], DOB [[DATE_TIME:11/11/1949]], [[ADDRESS:9 Sandycove Avenue West]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 T2E9]]
PPSN: [[ID_NUMBER:2058813L]]    Mobile: [[PHONE_NUMBER:086 411 7302]]

Thank you for seeing this [[AGE:74]]-year-old retired bus driver with exertional chest tightness over the last three weeks. His ECG shows new T-wave inversion in V4-V6. He is a non-smoker; his wife, [[PERSON:Bernadette]], will come with him.""",
    """{"contact": {"id": 448120, "first_name": "[[PERSON:Svetlana]]", "last_name": "[[PERSON:Ivanova-Reyes]]", "title": "[[TITLE:Dr.]]", "job_title": "Head of Research", "company": "Meridian Genomics", "emails": {"work": "[[EMAIL_ADDRESS:s.ivanova-reyes@meridiangenomics.com]]", "personal": "[[EMAIL_ADDRESS:lana.ir@gmail.com]]"}, "phones": {"mobile": "[[PHONE_NUMBER:+1 (617) 530-2281]]", "office": "+1 (617) 555-0100"}, "linkedin": "[[URL:https://www.linkedin.com/in/svetlana-ivanova-reyes]]", "created_at": "2023-10-02T12:00:00Z", "tags": "vip"}}""",
    """Namaste [[PERSON:Rohit]], your KYC for the trading account is complete: Aadhaar [[ID_NUMBER:7331 0548 8269]], PAN [[ID_NUMBER:BXKPS2208M]], registered mobile [[PHONE_NUMBER:+91-99301-66472]], address [[ADDRESS:17/3 Lajpat Nagar IV]], [[LOCATION:New Delhi]] [[ZIP_CODE:110024]]. Your last session came from [[IP_ADDRESS:49.36.128.201]] on [[DATE_TIME:09-05-2024 22:41 IST]].""",
    """RETURNS AUTHORISATION FORM

RMA number: RA-118274
Customer name: [[PERSON:Esther Oyebanji]]
Customer number: [[ID_NUMBER:CN-0044718]]
Collection address: [[ADDRESS:Apartment 22, Lumiere Building, 38 City Road East]], [[LOCATION:Manchester]] [[ZIP_CODE:M15 4QN]]
Contact number: [[PHONE_NUMBER:+44 7468 221 930]]
Preferred collection date: [[DATE_TIME:Wed 26/06/2024]] (AM)
Item(s): 1 x office chair, SKU OC-BLK-2210, serial 2210-44-0918
Reason for return: gas lift faulty
Refund method: original payment card
Authorised by: [[PERSON:Marcus Adeyemi]], Returns Team""",
    """scan_events (consignment JD0002218845519034):
2024-03-02 06:14  HUB   [[LOCATION:Coventry]]     ARRIVED_AT_HUB
2024-03-02 06:55  HUB   [[LOCATION:Coventry]]     SORTED
[[DATE_TIME:2024-03-02 09:31]]  VAN   route CV4-07  OUT_FOR_DELIVERY  driver=[[PERSON:Sukhwinder Bhamra]] ([[ID_NUMBER:CV-2281]])
[[DATE_TIME:2024-03-02 13:08]]  POD   signed_by="[[PERSON:J. WOZNIAK]]" lat/lon withheld
[[DATE_TIME:2024-03-02 13:08]]  POD   delivered_to=[[ADDRESS:11 Kenilworth Road]], [[LOCATION:Balsall Common]] [[ZIP_CODE:CV7 7EU]]""",
    """MORTGAGE OFFER - SUMMARY

Borrower(s): [[PERSON:Kwabena Owusu]] and [[PERSON:Abena Owusu]]
Property: [[ADDRESS:58 Linden Road]], [[LOCATION:Bournville]], [[LOCATION:Birmingham]] [[ZIP_CODE:B30 1JX]]
Loan amount: £238,500    Term: 30 years    Initial rate: 4.79% fixed for 5 years
Monthly payment: £1,250.82, collected by direct debit from account [[ID_NUMBER:44180362]] on the 1st of each month
Offer date: [[DATE_TIME:14 May 2024]]    Offer valid until: 13 November 2024
Solicitor: [[PERSON:Rachel Dunmore]], Dunmore & Pike LLP, [[EMAIL_ADDRESS:rachel.dunmore@dunmorepike.co.uk]]""",
    """Dear [[TITLE:Mdm]] [[PERSON:Lim Hui Min]] (NRIC [[ID_NUMBER:S8734512B]]), your flat at [[ADDRESS:Blk 456 Ang Mo Kio Ave 10 #11-1562]], [[LOCATION:Singapore]] [[ZIP_CODE:560456]] is due for lift upgrading works. Our Resident Liaison Executive, [[PERSON:Mr Muhammad Hafiz bin Rahman]], will visit you on [[DATE_TIME:Sat 6 July, 10am]]; call him at [[PHONE_NUMBER:8123 6640]] to reschedule.""",
    """OZNÁMENÍ ŠKODNÍ UDÁLOSTI - POŠKOZENÁ ZÁSILKA

Číslo zásilky: 1190024451877
Odesílatel: Elektro Světlo s.r.o.
Adresát / poškozený: [[PERSON:Pavel Horák]]
Adresa: [[ADDRESS:Palackého 1142/7]], [[ZIP_CODE:779 00]] [[LOCATION:Olomouc]]
Telefon: [[PHONE_NUMBER:+420 605 771 230]]
E-mail: [[EMAIL_ADDRESS:pavel.horak79@email.cz]]
Datum doručení: [[DATE_TIME:23. 4. 2024 v 16:10]]
Popis škody: rozbitá skleněná deska stolu, obal promáčknutý, poškození zapsáno v přítomnosti kurýra ([[PERSON:Lukáš Vrba]]).
Číslo účtu pro plnění: [[ID_NUMBER:1933504715/0300]]
Datum a podpis: [[DATE_TIME:24. 4. 2024]], [[PERSON:Horák]]""",
    """SELECT emp_id, full_name, site, shift, forklift_cert_expiry FROM staff WHERE site = 'MK-02' AND shift = 'NIGHT';

emp_id   | full_name            | site  | shift | forklift_cert_expiry
---------+----------------------+-------+-------+---------------------
[[ID_NUMBER:W-10277]]  | [[PERSON:Ricardo Alves]]       | MK-02 | NIGHT | 2025-01-31
[[ID_NUMBER:W-10302]]  | [[PERSON:Blessing Chukwu]]     | MK-02 | NIGHT | 2024-09-15
[[ID_NUMBER:W-10344]]  | [[PERSON:Paweł Kamiński]]      | MK-02 | NIGHT | 2024-11-02
(3 rows)""",
    """[[TITLE:Ma'am]] [[PERSON:Cristina Dimaculangan]], our Last-Mile Experience Partner [[PERSON:Renz Aquino]] ([[PHONE_NUMBER:0917 820 4415]]) will deliver your balikbayan box to [[ADDRESS:Lot 7 Block 12, Phase 2, Sampaguita St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo]], [[LOCATION:Rizal]] [[ZIP_CODE:1870]] on [[DATE_TIME:May 29, 1-5 PM]]; please have a valid ID ready (TIN [[ID_NUMBER:301-447-218-000]]).""",
    """<?xml version="1.0" encoding="UTF-8"?>
<vyplatnaPaska mesiac="2024-05">
  <zamestnanec osobneCislo="[[ID_NUMBER:NX-3317]]">
    <meno>[[PERSON:Jozef Mikuláš]]</meno>
    <rodneCislo>[[ID_NUMBER:790423/1181]]</rodneCislo>
    <pozicia>skladník - expedícia</pozicia>
    <pracovisko>Logistické centrum [[LOCATION:Nitra]]</pracovisko>
    <iban>[[IBAN_CODE:SK1102000000003044718296]]</iban>
  </zamestnanec>
  <hruba>1320.00</hruba>
  <cista>1041.57</cista>
</vyplatnaPaska>""",
    """PET INSURANCE CLAIM

Policyholder: [[PERSON:Mrs. Deborah Kettleborough]]
Policy number: PW-2281940
Pet: Rolo (cocker spaniel, 6 years)
Vet practice: Oakwood Veterinary Centre, [[ADDRESS:2 Station Parade]], [[LOCATION:Burnham]] [[ZIP_CODE:SL1 7JS]]
Treating vet: [[PERSON:Tomás Arrieta]] MRCVS
Condition: cruciate ligament rupture, left hind leg
Amount claimed: £3,482.10
Pay claim to: the vet practice directly
Policyholder phone: [[PHONE_NUMBER:07790 114 862]]""",
    """[[PERSON:Genevieve Lalonde-Baptiste]], [[AGE:36]], an Internal Tactics Associate from [[LOCATION:Laval]], [[LOCATION:QC]], updated her direct-deposit details: SIN [[ID_NUMBER:618-349-021]], transit 00012, institution 003, account [[ID_NUMBER:5104471]]; contact [[PHONE_NUMBER:450-682-3314]], [[EMAIL_ADDRESS:gen.lalondeb@videotron.ca]].""",
    """NOTICE OF DATA SECURITY INCIDENT

[[DATE_TIME:May 28, 2024]]

[[PERSON:Rahul Bhattacharya]]
[[ADDRESS:1120 Maple Ridge Dr]]
[[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27519]]

Dear [[PERSON:Rahul Bhattacharya]],

We are writing to tell you about an incident that may involve some of your information. On April 30, 2024, we discovered that an unauthorized party had accessed a file server used by our billing vendor. The file contained your name, address, date of birth ([[DATE_TIME:02/14/1977]]) and the last four digits of your Social Security number (4410).

We are offering you 24 months of credit monitoring at no cost. Your enrollment code is K7Q-4418-PLM. If you have questions, call our dedicated line at 1-888-402-1177, Monday to Friday, 9 a.m. to 9 p.m. Eastern.""",
    """From: escalations@quickdrop.example
Subject: ESC-3391 Lost parcel - customer threatening chargeback

Customer: [[PERSON:Farhan Chowdhury]] <[[EMAIL_ADDRESS:farhan.c.1990@gmail.com]]>
Phone: [[PHONE_NUMBER:+1 347 902 1184]]
Address: [[ADDRESS:87-14 168th St, Apt 2R]], [[LOCATION:Jamaica]], [[LOCATION:NY]] [[ZIP_CODE:11432]]
Order: 112-9904182-3315021 (delivered per scan, not received)
Card used: Mastercard ending 7763
Notes from agent [[PERSON:Dolores]]: customer says the photo shows the parcel at [[ADDRESS:87-14 167th St]]. Driver on that route is [[PERSON:Andre Whitaker]] (DA ID [[ID_NUMBER:A3KQ7L2M]]). Recommend refund and a note on the driver.""",
    """AFFIDAVIT OF IDENTITY

I, [[PERSON:Rosemary Anne Whitlock]], born on [[DATE_TIME:25 November 1962]] in [[LOCATION:Ballarat]], [[LOCATION:Victoria]], of [[ADDRESS:12 Sturt Street]], [[LOCATION:Ballarat Central]] [[LOCATION:VIC]] [[ZIP_CODE:3350]], make oath and say:
1. I am the person named in Australian passport [[ID_NUMBER:PA4471809]].
2. I was formerly known as [[PERSON:Rosemary Anne Calloway]] until my marriage on [[DATE_TIME:3 March 1988]].
Sworn at [[LOCATION:Ballarat]] on [[DATE_TIME:2 May 2024]] before me, [[PERSON:Graham Teo]], Justice of the Peace.""",
    """{"user": {"uid": 99120457, "handle": "[[USERNAME:mira_paints_things]]", "display_name": "[[PERSON:Mira Okonkwo-Hale]]", "bio": "watercolours & cats, [[LOCATION:Bristol]]", "website": "[[URL:https://miraokonkwohale.art]]", "email": "[[EMAIL_ADDRESS:mira.oh@fastmail.com]]", "birthday": "[[DATE_TIME:04-19]]", "followers": 18244, "last_ip": "[[IP_ADDRESS:213.205.198.61]]", "verified": false}}""",
    """[[PERSON:Fionnuala]], our Dynamic Quality Architect, lives at [[ADDRESS:Apt 4, 22 Eyre Square]], [[LOCATION:Galway]] [[ZIP_CODE:H91 FT2D]]; her card [[CREDIT_CARD:4024 0071 8812 4571]] (CVV 302, expiry 03/29) was declined from [[IP_ADDRESS:89.101.44.198]] (MAC 00:1A:2B:3C:4D:5E).""",
    """BOOKING CONFIRMATION - LCL SEA FREIGHT

Booking no.: LCL-SIN-DUR-22814
Shipper: [[PERSON:Ravindran Pillai]], [[ADDRESS:22 Jurong West Street 41, #05-312]], [[LOCATION:Singapore]] [[ZIP_CODE:640022]], tel [[PHONE_NUMBER:+65 9662 4180]]
Consignee: [[PERSON:Kavitha Naidoo]], [[ADDRESS:14 Mimosa Road]], [[LOCATION:Westville]], [[LOCATION:Durban]] [[ZIP_CODE:3629]], tel [[PHONE_NUMBER:+27 31 266 4019]]
Commodity: personal effects (used household goods), 14 cartons, 2.3 cbm
Consignee ID for customs: [[ID_NUMBER:8506240321081]]
Vessel: MSC ELODIE / voyage 428W""",
    """// test/checkout.spec.js
const customer = {
  name: '[[PERSON:Ikaika Kahananui]]',
  email: '[[EMAIL_ADDRESS:ikaika.k@hawaiiantel.net]]',
  phone: '[[PHONE_NUMBER:808-392-1174]]',
  address: { line1: '[[ADDRESS:94-1030 Kaukahi St]]', city: '[[LOCATION:Waipahu]]', state: '[[LOCATION:HI]]', zip: '[[ZIP_CODE:96797]]' },
  card: { number: '[[CREDIT_CARD:6011209987413052]]', exp: '10/27', cvc: '118' },
};

it('submits the order', async () => {
  await checkout(customer);
  expect(page.url()).toContain('/thank-you');
});""",
    """PRESCRIPTION
Patient: [[PERSON:Arjun Nair]]    Age: [[AGE:8]]    Weight: 26 kg
Address: [[ADDRESS:Flat 3C, Skyline Apartments, MG Road]], [[LOCATION:Kochi]] [[ZIP_CODE:682016]]
Date: [[DATE_TIME:17/05/2024]]
Rx: Amoxicillin 250 mg/5 ml, 7.5 ml three times daily for 7 days
Prescriber: [[PERSON:Dr. Meera Thomas]], Reg. No. [[ID_NUMBER:TCMC-48172]]""",
    """[[PERSON:Lachlan Pemberton-Hay]], a [[AGE:45]]-year-old Forward Optimization Engineer at [[ADDRESS:Level 3, 88 Hindmarsh Square]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]], lodged his return with TFN [[ID_NUMBER:321 785 043]] and Medicare card [[ID_NUMBER:2951 74039 1]]; refund to BSB 105-029, account [[ID_NUMBER:338 420 917]].""",
    """[[DATE_TIME:2024-04-22 05:58:13]] door=DOCK-IN-03 badge=[[ID_NUMBER:44817]] holder="[[PERSON:Oyelowo, Tunde]]" result=GRANTED
[[DATE_TIME:2024-04-22 05:58:40]] door=DOCK-IN-03 badge=[[ID_NUMBER:44902]] holder="[[PERSON:Mazur, Kateryna]]" result=GRANTED
[[DATE_TIME:2024-04-22 06:02:07]] door=CAGE-HV badge=[[ID_NUMBER:44902]] holder="[[PERSON:Mazur, Kateryna]]" result=DENIED reason=NOT_IN_GROUP
[[DATE_TIME:2024-04-22 06:05:55]] door=CAGE-HV badge=[[ID_NUMBER:40011]] holder="[[PERSON:Hargreaves, Lee]]" result=GRANTED
2024-04-22 06:06:00 door=CAGE-HV event=DOOR_HELD_OPEN duration=45s""",
    """TRANSCRIPT REQUEST

Name at time of attendance: [[PERSON:Ngozi Chiamaka Eze]]
Current name (if different): [[PERSON:Ngozi Eze-Lindqvist]]
Student number: [[ID_NUMBER:20114578]]
Date of birth: [[DATE_TIME:2 Feb 1993]]
Programme: BSc Biomedical Science, graduated [[DATE_TIME:July 2015]]
Send official transcript to: World Education Services, electronically
Applicant email: [[EMAIL_ADDRESS:ngozi.eze.lindqvist@gmail.com]]
Fee: £15 paid by card ending 3309""",
    """PLNOMOCENSTVO

Ja, dolupodpísaná [[PERSON:Helena Vargová]], nar. [[DATE_TIME:2. 3. 1998]], r. č. [[ID_NUMBER:985302/4170]], bytom [[ADDRESS:Komenského 9]], [[ZIP_CODE:040 01]] [[LOCATION:Košice]], splnomocňujem [[TITLE:pána]] [[PERSON:Igora Vargu]], nar. [[DATE_TIME:28. 9. 1966]], číslo OP [[ID_NUMBER:HK 771 204]], na prevzatie zásielky č. RR 4418 2290 5SK na pobočke Slovenskej pošty.

V Košiciach dňa [[DATE_TIME:14. 5. 2024]]
Podpis: [[PERSON:H. Vargová]]""",
    """Kia ora [[PERSON:Mereana]]! As the Principal Community Navigator you'll work from [[ADDRESS:Level 2, 17 Victoria Street West]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]]. Payroll has your IRD [[ID_NUMBER:103-298-474]] and bank account [[ID_NUMBER:12-3140-0552876-00]]; your laptop will be set up for [[USERNAME:mereana.tipene]] and your first day is [[DATE_TIME:Tuesday 2 July]].""",
    """mutation {
  updateShippingAddress(customerId: "[[ID_NUMBER:cus_88123019]]", input: {
    fullName: "[[PERSON:Beatriz Okafor-Lima]]"
    line1: "[[ADDRESS:1402 NW 57th St]]"
    line2: "[[ADDRESS:Unit 3]]"
    city: "[[LOCATION:Seattle]]"
    region: "[[LOCATION:WA]]"
    postalCode: "[[ZIP_CODE:98107]]"
    phone: "[[PHONE_NUMBER:+12064417730]]"
  }) {
    ok
    errors { field message }
  }
}""",
    """EMPLOYMENT VERIFICATION

To whom it may concern,

This letter confirms that [[PERSON:Imogen Achterberg-Sithole]] (employee ID [[ID_NUMBER:AS-55012]]) has been employed by Harrowgate Freight Services as a Transport Planner since [[DATE_TIME:14 January 2019]]. Her current annual base salary is £41,200. She works full time from our [[LOCATION:Felixstowe]] office.

For further information, please contact [[PERSON:Owen Pritchard]], HR Advisor, at [[EMAIL_ADDRESS:owen.pritchard@harrowgatefreight.co.uk]].

[[DATE_TIME:12 June 2024]]""",
    """PŘEDÁVACÍ PROTOKOL K BYTU

Pronajímatel: [[TITLE:Ing.]] [[PERSON:Jaroslav Kučera]]
Nájemce: [[PERSON:Simona Králová]], nar. [[DATE_TIME:25. 7. 1993]], r. č. [[ID_NUMBER:935725/3147]]
Byt č. 12, [[ADDRESS:Cejl 498/61]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]]
Datum předání: [[DATE_TIME:31. 5. 2024, 17:00]]
Stav vodoměru: SV 112,4 m3, TV 48,9 m3
Předané klíče: 3x vchod, 2x byt, 1x schránka
Kontakt nájemce: [[PHONE_NUMBER:739 402 118]]""",
    """GG [[USERNAME:Vortex_Reaper77]]! Player [[PERSON:Haruki Nakamura-Ellis]], aged [[AGE:17]], from [[LOCATION:Osaka]] but living in [[LOCATION:Vancouver]], was banned after logging in from [[IP_ADDRESS:24.86.177.203]] and [[IP_ADDRESS:104.28.62.9]]; his guardian, [[PERSON:Keiko Nakamura]], can appeal at [[EMAIL_ADDRESS:keiko.nakamura@shaw.ca]].""",
    """CARDHOLDER DISPUTE FORM

Cardholder name: [[PERSON:Sebastián Morales Quintero]]
Card number: [[CREDIT_CARD:5355 1200 4417 8693]]
Contact phone: [[PHONE_NUMBER:(786) 440-2917]]
Transaction date: 04/02/2024    Amount: $642.19    Merchant: FLYWAY TRAVEL 8664410022
Reason: I did not authorise this transaction. The card was in my possession at all times.
Cardholder signature: [[PERSON:S. Morales]]    Date signed: [[DATE_TIME:04/09/2024]]""",
    """WARNING:payments.refund:refund failed for {'customer_id': '[[ID_NUMBER:C-7719203]]', 'name': '[[PERSON:Ana Lúcia Ferreira]]', 'cpf': '[[ID_NUMBER:318.447.920-05]]', 'email': '[[EMAIL_ADDRESS:analucia.ferreira@uol.com.br]]', 'amount': 189.9, 'reason': 'gateway_timeout'}
INFO:payments.retry:scheduled retry in 300s""",
    """[[PERSON:Demetrius]], a Delivery Station Ops Associate, was reassigned from the [[LOCATION:Hayward]] station to [[ADDRESS:2401 Nicholas Ave]], [[LOCATION:San Leandro]], [[LOCATION:CA]] [[ZIP_CODE:94577]] starting [[DATE_TIME:Sunday, 06/09]]; his route tablet registers as [[IP_ADDRESS:10.88.4.121]] (MAC a4:83:e7:21:0c:9f) and his badge is [[ID_NUMBER:DSO-66210]].""",
    """INCIDENT REPORT - RESIDENTIAL BURGLARY

Report no.: 24-118830
Reporting person: [[PERSON:Chanel Baptiste]], [[AGE:33]]
Address of incident: [[ADDRESS:1719 Elm Street, Apt 2]], [[LOCATION:Manchester]], [[LOCATION:NH]] [[ZIP_CODE:03104]]
Date/time discovered: [[DATE_TIME:Saturday 03/16/2024, 11:20 PM]]
Items taken: laptop, jewelry box, spare car key
Suspect description: male, approx. 5'10", dark hoodie, seen on neighbor [[PERSON:Gary Tinsley]]'s doorbell camera
Responding officer: [[TITLE:Ofc.]] [[PERSON:R. Delacroix]] #[[ID_NUMBER:4471]]""",
    """<Reservation id="H-20240712-0831">
  <Guest>
    <Title>[[TITLE:Mr]]</Title>
    <GivenName>[[PERSON:Olumide]]</GivenName>
    <Surname>[[PERSON:Bankole]]</Surname>
    <Email>[[EMAIL_ADDRESS:olumide.bankole@yahoo.com]]</Email>
    <Phone>[[PHONE_NUMBER:+234 802 117 4439]]</Phone>
    <LoyaltyNo>[[ID_NUMBER:GH48820193]]</LoyaltyNo>
  </Guest>
  <Stay checkIn="[[DATE_TIME:2024-07-12]]" checkOut="[[DATE_TIME:2024-07-15]]" roomType="KING-EXEC"/>
  <Guarantee cardType="AX" cardNumber="[[CREDIT_CARD:378282264193804]]" expiry="0926"/>
</Reservation>""",
    """The Product Accountability Consultant [[PERSON:Ruairí Ó Donnchadha]] paid €71.40 with card [[CREDIT_CARD:4532-0188-7412-0935]], CVV 214, and asked for the receipt to go to [[EMAIL_ADDRESS:ruairi.od@eircom.net]]; billing address [[ADDRESS:5 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]].""",
    """WORKERS' COMPENSATION - EMPLOYER'S FIRST REPORT OF INJURY

Employee: [[PERSON:Maria Guadalupe Hernández]]    SSN: [[US_SSN:608-22-4915]]
Date of birth: [[DATE_TIME:05/30/1984]]    Date of hire: [[DATE_TIME:10/02/2021]]
Home address: [[ADDRESS:3318 E Wier Ave]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85040]]
Occupation: order picker    Department: Outbound
Date/time of injury: [[DATE_TIME:06/04/2024 at 2:15 AM]]
Description: employee's left foot was run over by a pallet jack operated by a co-worker ([[PERSON:Dwayne Carter]]) in aisle 22.
Treated at: Banner urgent care; returned to modified duty [[DATE_TIME:06/07/2024]]
Supervisor: [[PERSON:Kimberly Ostrowski]], [[PHONE_NUMBER:602-918-4470]]""",
    """{"event": "parcel.delivered", "event_id": "evt_01HYB7Q2K8", "occurred_at": "[[DATE_TIME:2024-05-21T16:42:09+10:00]]", "parcel": {"tracking": "TT7748120394AU", "weight_g": 860}, "delivery": {"recipient_name": "[[PERSON:Huong Pham]]", "signature_name": "[[PERSON:H PHAM]]", "address": "[[ADDRESS:6/14 Rawson Street]], [[LOCATION:Auburn]] [[LOCATION:NSW]] [[ZIP_CODE:2144]]", "driver": {"id": "[[ID_NUMBER:DRV-20417]]", "name": "[[PERSON:Matiu Herewini]]"}}, "source": "driver-app"}""",
    """PARTICIPANT CONSENT FORM
Study: Sleep patterns of shift workers (Protocol SW-2024-03)

Participant name: [[PERSON:Wiremu Tane Hohaia]]
Participant ID: [[ID_NUMBER:SW-0147]]
Age: [[AGE:42]]    Shift pattern: rotating nights
I agree to wear an activity tracker for 14 nights and to be contacted at [[PHONE_NUMBER:021 448 2093]].
Signature: [[PERSON:W. Hohaia]]    Date: [[DATE_TIME:8/4/2024]]
Researcher: [[PERSON:Dr. Anjali Rao]]""",
    """[[PERSON:Nyambura Kiprono]] ([[AGE:26]]), a Junior Factors Coordinator in [[LOCATION:Eldoret]], sent KES 14,500 from M-PESA [[PHONE_NUMBER:+254 110 302 871]] to till 552910; her ID number [[ID_NUMBER:31447206]] and KRA PIN [[ID_NUMBER:A017742091Q]] were verified on [[DATE_TIME:2024-02-14 09:12]].""",
    """PENSION TRANSFER REQUEST

Member: [[PERSON:Mr. Graham Oluwaseyi Bell]]
Member number: [[ID_NUMBER:PX-01187724]]
National Insurance number: [[ID_NUMBER:NE 44 81 27 A]]
Date of birth: [[DATE_TIME:19 August 1966]]
Address: [[ADDRESS:Ty Gwyn, 4 Heol Isaf]], [[LOCATION:Radyr]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF15 8AH]]
Receiving scheme: Aviva Personal Pension, plan ref AV-2288104
Selected retirement age: [[AGE:62]]
Signed: [[PERSON:G. O. Bell]]    [[DATE_TIME:01/06/2024]]""",
    """# .github/CODEOWNERS and release contacts
maintainers:
  - name: [[PERSON:Thandeka Mthembu]]
    github: [[USERNAME:tmthembu]]
    email: [[EMAIL_ADDRESS:thandeka.mthembu@proton.me]]
  - name: [[PERSON:Lars Øvergaard]]
    github: [[USERNAME:lars-ov]]
    email: [[EMAIL_ADDRESS:lars@overgaard.dev]]
release:
  signing_key: 0x4F2A9C11D7E3B850
  security_contact: security@openrelay.dev""",
    """[[PERSON:Lerato]], [[AGE:31]], a Dynamic Branding Developer living at [[ADDRESS:Unit 12, Marula Gardens, 44 Bram Fischer Drive]], [[LOCATION:Randburg]] [[ZIP_CODE:2194]], ID [[ID_NUMBER:9303110274080]], uses the card [[CREDIT_CARD:4400 6673 1229 0186]] and the cellphone [[PHONE_NUMBER:072 884 3019]].""",
    """JURY SUMMONS

[[PERSON:Ms. Kathleen Moreau-Abiodun]]
[[ADDRESS:204 Wentworth Ave, Apt 9]]
[[LOCATION:Pawtucket]], [[LOCATION:RI]] [[ZIP_CODE:02860]]

Juror number: [[ID_NUMBER:J-40218]]
You are summoned to report for jury service on [[DATE_TIME:Monday, August 19, 2024, at 8:00 a.m.]] at the Licht Judicial Complex, [[ADDRESS:250 Benefit Street]], [[LOCATION:Providence]].
If you cannot attend, call the jury office at (401) 222-3263 before your reporting date.""",
    """E/CrashReporter: uncaught exception in CheckoutActivity
  user.id=[[ID_NUMBER:58820417]]
  user.email=[[EMAIL_ADDRESS:dimakatso.m@icloud.com]]
  user.name=[[PERSON:Dimakatso Mokoena]]
  device=Pixel 7 / Android 14 / build UQ1A.240205.004
  app.version=8.2.0 (8201)
  java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.shop.Address.getLine1()' on a null object reference""",
    """The Returns Processing Specialist [[PERSON:Ifeanyi Obi-Marshall]] (staff [[ID_NUMBER:RP-3041]]) received the parcel sent back by [[PERSON:Charlotte Fairbairn-Nkosi]] from [[ADDRESS:Flat 9, 2 Harbour Quay]], [[LOCATION:Leith]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 6QX]] on [[DATE_TIME:06/05/2024 at 11:32]] and refunded £84.99 to [[CREDIT_CARD:5431 0499 2274 0167]].""",
    """SCHOLARSHIP APPLICATION

Full name: [[PERSON:Amani Wanjiku Mutua]]
Date of birth: [[DATE_TIME:11-03-2006]]    Age: [[AGE:18]]
Nationality: [[NRP:Kenyan]]
Home address: [[ADDRESS:P.O. Box 1184]]-[[ZIP_CODE:40100]], [[LOCATION:Kisumu]]
Secondary school: Kisumu Girls High School, KCSE 2023 mean grade A-
Parent/guardian: [[PERSON:Peter Mutua Ochieng]], [[PHONE_NUMBER:0733 418 227]]
Intended course: BSc Civil Engineering""",
    """UPDATE lost_parcel_claims
SET status = 'APPROVED', payout_gbp = 45.00, approved_by = '[[USERNAME:r.mbatha]]', approved_at = '[[DATE_TIME:2024-06-03 10:14:00]]'
WHERE claim_id = 'LPC-20931' AND claimant_email = '[[EMAIL_ADDRESS:hollie.brannigan@sky.com]]';
-- claimant: [[PERSON:Hollie Brannigan]], [[ADDRESS:31 Rectory Lane]], [[LOCATION:Prestwich]], [[ZIP_CODE:M25 1BP]]; payout to sort code 20-45-77, acct [[ID_NUMBER:60887124]]""",
    """Dear [[PERSON:Ms. Kendra Washington-Boyd]], your renewal was processed: US passport [[US_PASSPORT:A04718832]], driver's license [[US_DRIVER_LICENSE:W-412-883-066-219]] ([[LOCATION:Maryland]]), and the Zonal Accounts Producer address [[ADDRESS:7731 Greenbelt Rd, Suite 410]], [[LOCATION:Greenbelt]], [[LOCATION:MD]] [[ZIP_CODE:20770]] are on file; next appointment [[DATE_TIME:10/22/2024 2:30 PM]].""",
]

TABLE = [
    """driver_id,name,mobile,van_reg,depot,shift
[[ID_NUMBER:DRV-1042]],[[PERSON:Connor McAllister]],[[PHONE_NUMBER:07712 448 301]],[[ID_NUMBER:YK68 TZC]],BD2,early
[[ID_NUMBER:DRV-1057]],[[PERSON:Shazia Parveen]],[[PHONE_NUMBER:07903 118 624]],[[ID_NUMBER:YH21 KPX]],BD2,late
[[ID_NUMBER:DRV-1063]],[[PERSON:Tomasz Grabowski]],[[PHONE_NUMBER:07588 210 947]],[[ID_NUMBER:YJ70 WLO]],LS9,early
[[ID_NUMBER:DRV-1071]],[[PERSON:Jerome Baptiste]],[[PHONE_NUMBER:07441 902 356]],[[ID_NUMBER:YC19 DFE]],LS9,relief""",
    """| RMA | Customer | Email | Postcode | Reason | Status |
|---|---|---|---|---|---|
| R-77120 | [[PERSON:Hannah Lindqvist]] | [[EMAIL_ADDRESS:hannah.lindqvist@gmail.com]] | [[ZIP_CODE:BS6 5QD]] | too small | refunded |
| R-77121 | [[PERSON:Obiora Nweke]] | [[EMAIL_ADDRESS:obi.nweke@outlook.com]] | [[ZIP_CODE:SE15 4HR]] | faulty zip | awaiting item |
| R-77126 | [[PERSON:Grace O'Halloran]] | [[EMAIL_ADDRESS:graceoh@icloud.com]] | [[ZIP_CODE:BT9 6FL]] | changed mind | in transit |""",
    """mrn\tpatient\tdob\tclinic\tappointment\tnhs_no
[[ID_NUMBER:RX4471902]]\t[[PERSON:Aled Pritchard]]\t[[DATE_TIME:03/09/1961]]\tDiabetes\t[[DATE_TIME:12/06/2024 09:20]]\t[[ID_NUMBER:401 023 2137]]
[[ID_NUMBER:RX4480117]]\t[[PERSON:Bukola Adewale]]\t[[DATE_TIME:27/01/1988]]\tAntenatal\t[[DATE_TIME:12/06/2024 10:05]]\t[[ID_NUMBER:732 019 4481]]
[[ID_NUMBER:RX4482330]]\t[[PERSON:Wen Jie Lau]]\t[[DATE_TIME:15/10/2015]]\tPaeds ENT\t[[DATE_TIME:12/06/2024 11:40]]\t[[ID_NUMBER:912 344 1704]]""",
    """EMP    NAME                 EXT   EMAIL                                   DEPT
[[ID_NUMBER:10231]]  [[PERSON:Ngaire Thompson]]      4410  [[EMAIL_ADDRESS:ngaire.thompson@kauriinsure.co.nz]]     Claims
[[ID_NUMBER:10244]]  [[PERSON:Rangi Parata]]         4412  [[EMAIL_ADDRESS:rangi.parata@kauriinsure.co.nz]]        Claims
[[ID_NUMBER:10302]]  [[PERSON:Sione Taufa]]          4520  [[EMAIL_ADDRESS:sione.taufa@kauriinsure.co.nz]]         Underwriting
[[ID_NUMBER:10318]]  [[PERSON:Alice Whitcombe]]      4533  [[EMAIL_ADDRESS:alice.whitcombe@kauriinsure.co.nz]]     Underwriting""",
    """{"id": 1001, "username": "[[USERNAME:sunnyside_dan]]", "email": "[[EMAIL_ADDRESS:dan.whitmore@gmail.com]]", "signup_ip": "[[IP_ADDRESS:98.207.44.13]]", "country": "[[LOCATION:United States]]", "plan": "free"}
{"id": 1002, "username": "[[USERNAME:kemi.codes]]", "email": "[[EMAIL_ADDRESS:oluwakemi.ade@gmail.com]]", "signup_ip": "[[IP_ADDRESS:197.210.53.88]]", "country": "[[LOCATION:Nigeria]]", "plan": "pro"}
{"id": 1003, "username": "[[USERNAME:fjordfox]]", "email": "[[EMAIL_ADDRESS:ingrid.haugen@online.no]]", "signup_ip": "[[IP_ADDRESS:2a01:79c:cebe:5d4:8c2:19ff:fe44:a012]]", "country": "[[LOCATION:Norway]]", "plan": "free"}
{"id": 1004, "username": "[[USERNAME:pinoy_gamer_88]]", "email": "[[EMAIL_ADDRESS:rj.bautista88@yahoo.com]]", "signup_ip": "[[IP_ADDRESS:112.198.77.140]]", "country": "[[LOCATION:Philippines]]", "plan": "team"}""",
    """building: "[[ADDRESS:Harbour View, 3 Quay Street]]"
town: [[LOCATION:Cobh]]
tenants:
  - unit: "[[ADDRESS:1A]]"
    name: [[PERSON:Lorraine Fitzpatrick]]
    phone: "[[PHONE_NUMBER:+353 85 771 2094]]"
    move_in: [[DATE_TIME:2023-02-01]]
    rent_eur: 1450
  - unit: "[[ADDRESS:2B]]"
    name: [[PERSON:Dariusz Zając]]
    phone: "[[PHONE_NUMBER:+353 87 240 6618]]"
    move_in: [[DATE_TIME:2021-09-15]]
    rent_eur: 1380
  - unit: "[[ADDRESS:3A]]"
    name: [[PERSON:Chipo Moyo]]
    phone: "[[PHONE_NUMBER:+353 83 915 0472]]"
    move_in: [[DATE_TIME:2024-04-20]]
    rent_eur: 1520""",
    """Name: [[PERSON:Priyanka Deshmukh]]
Role: Warehouse Supervisor
Site: [[LOCATION:Bhiwandi]] DC, Building 4
Mobile: [[PHONE_NUMBER:+91 97690 21184]]
Emergency contact: [[PERSON:Sanjay Deshmukh]] ([[PHONE_NUMBER:+91 98200 47731]])
Blood group: B+

Name: [[PERSON:Mohammed Irfan Shaikh]]
Role: Inventory Controller
Site: [[LOCATION:Bhiwandi]] DC, Building 2
Mobile: [[PHONE_NUMBER:+91 88791 30462]]
Emergency contact: [[PERSON:Rukhsar Shaikh]] ([[PHONE_NUMBER:+91 77380 55219]])
Blood group: O-""",
    """txn_id,cardholder,card_number,amount,merchant,decline_code
T-558120,[[PERSON:Ewa Nowicka]],[[CREDIT_CARD:4917 6100 2338 4506]],39.99,Streamly,51
T-558133,[[PERSON:Marcus Lindgren]],[[CREDIT_CARD:5167 3200 8841 2762]],120.00,FitPro Gym,05
T-558140,[[PERSON:Adaora Ike]],[[CREDIT_CARD:6011 0048 3217 7659]],8.50,CityBikes,14
T-558152,[[PERSON:Kenji Watanabe]],[[CREDIT_CARD:3528 9901 4472 6030]],64.20,Sakura Books,54""",
    """| Student ID | Name | DOB | Guardian | Guardian phone | Bus route |
|------------|------|-----|----------|----------------|-----------|
| [[ID_NUMBER:S24017]] | [[PERSON:Aria Patel]] | [[DATE_TIME:2013-05-11]] | [[PERSON:Nikhil Patel]] | [[PHONE_NUMBER:0421 339 812]] | 7 |
| [[ID_NUMBER:S24022]] | [[PERSON:Lachie Morrison]] | [[DATE_TIME:2013-09-30]] | [[PERSON:Kylie Morrison]] | [[PHONE_NUMBER:0438 210 557]] | 7 |
| [[ID_NUMBER:S24031]] | [[PERSON:Mai Nguyen]] | [[DATE_TIME:2014-01-04]] | [[PERSON:Thanh Nguyen]] | [[PHONE_NUMBER:0402 917 334]] | 12 |
| [[ID_NUMBER:S24040]] | [[PERSON:Zainab Haidari]] | [[DATE_TIME:2013-12-19]] | [[PERSON:Fatima Haidari]] | [[PHONE_NUMBER:0466 083 219]] | walk |""",
    """claim_ref,claimant,street,city,postcode,declared_value_eur,payout_iban
LP-3301,[[PERSON:Anneke de Graaf]],[[ADDRESS:Prinsengracht 482-II]],[[LOCATION:Amsterdam]],[[ZIP_CODE:1017 KH]],74.50,[[IBAN_CODE:NL70ABNA0417865309]]
LP-3307,[[PERSON:Jonas Becker]],[[ADDRESS:Gneisenaustraße 61]],[[LOCATION:Berlin]],[[ZIP_CODE:10961]],129.00,[[IBAN_CODE:DE81100500006603198712]]
LP-3312,[[PERSON:Élodie Marchand]],[[ADDRESS:14 rue des Tanneurs]],[[LOCATION:Lille]],[[ZIP_CODE:59000]],58.90,[[IBAN_CODE:FR7610278060800002041779332]]
LP-3315,[[PERSON:Javier Ortega Lama]],[[ADDRESS:Calle de Embajadores 77, 3º B]],[[LOCATION:Madrid]],[[ZIP_CODE:28012]],210.00,[[IBAN_CODE:ES4600491500082751031174]]""",
    """room | guest                | nationality | passport   | arrival    | nights
412  | [[PERSON:Oğuz Yılmaz]]         | [[NRP:Turkish]]     | [[ID_NUMBER:U28471906]]  | [[DATE_TIME:2024-08-03]] | 4
415  | [[PERSON:Francesca Bellini]]   | [[NRP:Italian]]     | [[ID_NUMBER:YB4417720]]  | [[DATE_TIME:2024-08-03]] | 2
508  | [[PERSON:Thabo Mokoena]]       | [[NRP:South African]] | [[ID_NUMBER:M00478812]] | [[DATE_TIME:2024-08-04]] | 6
511  | [[PERSON:Camille Dubois]]      | [[NRP:French]]      | [[ID_NUMBER:19AV44081]]  | [[DATE_TIME:2024-08-05]] | 3""",
    """emp_no\tname\tni_number\tsort_code\taccount_no\tgross_gbp\tpay_date
[[ID_NUMBER:00418]]\t[[PERSON:Kerry-Ann Thompson]]\t[[ID_NUMBER:JC 47 21 88 D]]\t20-32-06\t[[ID_NUMBER:73018842]]\t2184.50\t2024-05-31
[[ID_NUMBER:00422]]\t[[PERSON:Vytautas Kazlauskas]]\t[[ID_NUMBER:SP 10 66 42 A]]\t40-11-62\t[[ID_NUMBER:21447093]]\t1978.00\t2024-05-31
[[ID_NUMBER:00431]]\t[[PERSON:Femi Adebayo-Cole]]\t[[ID_NUMBER:PZ 83 05 17 C]]\t09-01-28\t[[ID_NUMBER:55102967]]\t2412.75\t2024-05-31""",
    """customer_name,aadhaar_no,pan,mobile,city,state,kyc_status
[[PERSON:Lakshmi Narayanan]],[[ID_NUMBER:2665 9014 7387]],[[ID_NUMBER:AKLPN7712Q]],[[PHONE_NUMBER:9840112763]],[[LOCATION:Chennai]],[[LOCATION:Tamil Nadu]],verified
[[PERSON:Harpreet Singh Ahluwalia]],[[ID_NUMBER:5810 4472 3912]],[[ID_NUMBER:BDWPA3390C]],[[PHONE_NUMBER:9815503487]],[[LOCATION:Ludhiana]],[[LOCATION:Punjab]],pending
[[PERSON:Moumita Sengupta]],[[ID_NUMBER:3992 7160 4588]],[[ID_NUMBER:CJHPS0418L]],[[PHONE_NUMBER:9831027745]],[[LOCATION:Kolkata]],[[LOCATION:West Bengal]],verified""",
    """BADGE  NAME                  ZONE   SHIFT   START DATE
[[ID_NUMBER:40117]]  [[PERSON:Daniela Rusu]]          PICK-A  nights  [[DATE_TIME:01 Jul 2024]]
[[ID_NUMBER:40118]]  [[PERSON:Lamin Ceesay]]          PACK-2  days    [[DATE_TIME:01 Jul 2024]]
[[ID_NUMBER:40125]]  [[PERSON:Bogdan Marinescu]]      GOODS-IN days   [[DATE_TIME:08 Jul 2024]]
[[ID_NUMBER:40131]]  [[PERSON:Precious Moyo]]         RETURNS nights  [[DATE_TIME:15 Jul 2024]]""",
    """{"stop": 1, "recipient": "[[PERSON:Aroha Tane]]", "address": "[[ADDRESS:22 Clyde Road]], [[LOCATION:Fendalton]]", "phone": "[[PHONE_NUMBER:027 301 8842]]", "window": "[[DATE_TIME:Tue 09/07 08:00-10:00]]", "parcels": 2}
{"stop": 2, "recipient": "[[PERSON:Graham Lusk]]", "address": "[[ADDRESS:5/117 Riccarton Road]], [[LOCATION:Riccarton]]", "phone": "[[PHONE_NUMBER:021 660 4193]]", "window": "[[DATE_TIME:Tue 09/07 08:00-10:00]]", "parcels": 1}
{"stop": 3, "recipient": "Paper Plane Cafe", "address": "[[ADDRESS:180 Montreal Street]], [[LOCATION:Sydenham]]", "phone": "03 366 4011", "window": "any", "parcels": 6}
{"stop": 4, "recipient": "[[PERSON:Meng Zhao]]", "address": "[[ADDRESS:9A Wharenui Road]], [[LOCATION:Upper Riccarton]]", "phone": "[[PHONE_NUMBER:022 418 0075]]", "window": "[[DATE_TIME:Tue 09/07 10:00-12:00]]", "parcels": 1}""",
    """event: Community Health Fair 2024
attendees:
  - name: "[[PERSON:Joyce Mabaso]]"
    age: [[AGE:67]]
    email: [[EMAIL_ADDRESS:joycemabaso@gmail.com]]
    dietary: diabetic
  - name: "[[PERSON:Trevor Pillay]]"
    age: [[AGE:54]]
    email: [[EMAIL_ADDRESS:tpillay@telkomsa.net]]
    dietary: none
  - name: "[[PERSON:Refilwe Khumalo]]"
    age: [[AGE:23]]
    email: [[EMAIL_ADDRESS:refilwe.k@outlook.com]]
    dietary: vegan""",
    """Vehicle: Iveco Daily 35S
Registration: [[ID_NUMBER:KN 24 ZLC]]
VIN: ZCFC135B005412883
Assigned driver: [[PERSON:Eoin Gallagher]]
Driver licence: [[ID_NUMBER:GALLA702143E99KM]]
Driver mobile: [[PHONE_NUMBER:07855 302 119]]
Last MOT: 2024-03-11
Odometer: 148,207 km""",
    """name,ssn,dob,state,zip,enrolled
[[PERSON:Jaylen Carter]],[[US_SSN:437-18-2259]],[[DATE_TIME:1999-04-07]],[[LOCATION:GA]],[[ZIP_CODE:30310]],Y
[[PERSON:Rosa Elena Villalobos]],[[US_SSN:617-40-9832]],[[DATE_TIME:1986-11-23]],[[LOCATION:TX]],[[ZIP_CODE:78521]],Y
[[PERSON:Bradley Kowalczyk]],[[US_SSN:371-92-0514]],[[DATE_TIME:1972-02-29]],[[LOCATION:MI]],[[ZIP_CODE:48212]],N
[[PERSON:Anh Thu Le]],[[US_SSN:560-31-7748]],[[DATE_TIME:2001-08-15]],[[LOCATION:CA]],[[ZIP_CODE:95111]],Y""",
    """| Volunteer | Age | Phone | Availability | First-aid trained |
|:--|--:|:--|:--|:--:|
| [[PERSON:Siobhan Kearney]] | [[AGE:58]] | [[PHONE_NUMBER:087 220 1943]] | weekends | yes |
| [[PERSON:Tadhg Ó Riordáin]] | [[AGE:19]] | [[PHONE_NUMBER:083 417 5520]] | evenings | no |
| [[PERSON:Precious Nwosu]] | [[AGE:34]] | [[PHONE_NUMBER:089 603 2281]] | weekdays | yes |""",
    """donor_ref;donor_name;iban;monthly_eur;since
D-0091;[[PERSON:Katrin Huber]];[[IBAN_CODE:AT242011182221219800]];25;2019
D-0117;[[PERSON:Reto Baumgartner]];[[IBAN_CODE:CH7900230230918447201]];40;2021
D-0142;[[PERSON:Anja Hoffmann]];[[IBAN_CODE:DE83500105175407324811]];15;2023""",
    """time\tuser\tsrc_ip\taction\tresult
09:02:11\t[[USERNAME:aokafor]]\t[[IP_ADDRESS:10.20.4.55]]\tlogin\tok
09:02:48\t[[USERNAME:aokafor]]\t[[IP_ADDRESS:10.20.4.55]]\texport_report\tok
09:14:03\t[[USERNAME:jlindberg]]\t[[IP_ADDRESS:192.168.14.201]]\tlogin\tfail
09:14:20\t[[USERNAME:jlindberg]]\t[[IP_ADDRESS:192.168.14.201]]\tlogin\tok
09:30:00\tsystem\t-\tbackup\tok""",
    """| staff_no | name                   | nric      | mobile    | outlet   |
|----------|------------------------|-----------|-----------|----------|
| [[ID_NUMBER:SG-0221]]  | [[PERSON:Tan Jia Hui]]            | [[ID_NUMBER:T0219847E]] | [[PHONE_NUMBER:9734 1182]] | [[LOCATION:Tampines]] |
| [[ID_NUMBER:SG-0238]]  | [[PERSON:Muthu Krishnan s/o Raju]] | [[ID_NUMBER:S9162038C]] | [[PHONE_NUMBER:8821 4407]] | [[LOCATION:Jurong]]   |
| [[ID_NUMBER:SG-0240]]  | [[PERSON:Nur Aisyah binte Osman]] | [[ID_NUMBER:S7941206F]] | [[PHONE_NUMBER:9066 3019]] | [[LOCATION:Bedok]]    |""",
    """Name,Suburb,State,Postcode,Mobile,Member since
[[PERSON:Liam O'Brien]],[[LOCATION:Fremantle]],[[LOCATION:WA]],[[ZIP_CODE:6160]],[[PHONE_NUMBER:0417 552 908]],2017
[[PERSON:Chloe Papadopoulos]],[[LOCATION:Brunswick]],[[LOCATION:VIC]],[[ZIP_CODE:3056]],[[PHONE_NUMBER:0403 118 764]],2020
[[PERSON:Wiremu Ngata]],[[LOCATION:Logan Central]],[[LOCATION:QLD]],[[ZIP_CODE:4114]],[[PHONE_NUMBER:0450 927 316]],2022
[[PERSON:Sanjeev Rao]],[[LOCATION:Parramatta]],[[LOCATION:NSW]],[[ZIP_CODE:2150]],[[PHONE_NUMBER:0432 661 085]],2019""",
    """SIN            SURNAME        GIVEN NAME     PROV  HIRE DATE
[[ID_NUMBER:562-071-449]]    [[PERSON:Abernethy]]      [[PERSON:Colleen]]           [[LOCATION:MB]]    [[DATE_TIME:2019-10-21]]
[[ID_NUMBER:429 173 651]]    [[PERSON:Okeke]]          [[PERSON:Chinonso]]          [[LOCATION:ON]]    [[DATE_TIME:2022-03-07]]
[[ID_NUMBER:713402667]]      [[PERSON:Bouchard]]       [[PERSON:Marc-André]]        [[LOCATION:QC]]    [[DATE_TIME:2016-06-13]]""",
    """{"ticket": "SUP-40211", "customer": "[[PERSON:Yusra Hamdan]]", "email": "[[EMAIL_ADDRESS:yusra.hamdan@gmail.com]]", "phone": "[[PHONE_NUMBER:+971 50 418 2276]]", "topic": "refund", "priority": "P2"}
{"ticket": "SUP-40215", "customer": "[[PERSON:Gareth Llewellyn]]", "email": "[[EMAIL_ADDRESS:g.llewellyn@btinternet.com]]", "phone": "[[PHONE_NUMBER:01792 461 330]]", "topic": "login", "priority": "P3"}
{"ticket": "SUP-40219", "customer": "[[PERSON:Nomsa Dube]]", "email": "[[EMAIL_ADDRESS:nomsa.dube@webmail.co.za]]", "phone": "[[PHONE_NUMBER:+27 82 771 0346]]", "topic": "delivery", "priority": "P2"}""",
    """Client: [[PERSON:Hinemoa Walker]]
IRD number: [[ID_NUMBER:71-530-663]]
Address: [[ADDRESS:14 Tui Street]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]
Phone: [[PHONE_NUMBER:07 378 2194]]
KiwiSaver rate: 6%
Tax code: M
Employer: Lakeside Motor Lodge""",
    """full_names,surname,id_number,gender,cell,province
[[PERSON:Sizwe Bongani]],[[PERSON:Ndlovu]],[[ID_NUMBER:8804155234088]],M,[[PHONE_NUMBER:083 441 2907]],[[LOCATION:Gauteng]]
[[PERSON:Annelize]],[[PERSON:van Wyk]],[[ID_NUMBER:6908170314080]],F,[[PHONE_NUMBER:082 610 3348]],[[LOCATION:Western Cape]]
[[PERSON:Lindiwe Precious]],[[PERSON:Zungu]],[[ID_NUMBER:9002051647086]],F,[[PHONE_NUMBER:071 902 5514]],[[LOCATION:KwaZulu-Natal]]""",
    """| S/N | Name | Phone | State of origin | LGA | BVN |
|---|---|---|---|---|---|
| 1 | [[PERSON:Chukwudi Okafor]] | [[PHONE_NUMBER:0803 441 2290]] | [[LOCATION:Anambra]] | [[LOCATION:Onitsha North]] | [[ID_NUMBER:22184730921]] |
| 2 | [[PERSON:Hauwa Musa Bello]] | [[PHONE_NUMBER:0706 118 5574]] | [[LOCATION:Kano]] | [[LOCATION:Nassarawa]] | [[ID_NUMBER:22390417762]] |
| 3 | [[PERSON:Babatunde Olatunji]] | [[PHONE_NUMBER:0813 902 6631]] | [[LOCATION:Oyo]] | [[LOCATION:Ibadan North]] | [[ID_NUMBER:22017748835]] |""",
    """employee,position,sss_no,philhealth_no,mobile,barangay,city
[[PERSON:Maricel Ramos]],cashier,[[ID_NUMBER:34-4417209-8]],[[ID_NUMBER:19-050441872-3]],[[PHONE_NUMBER:0917 552 0183]],[[LOCATION:Poblacion]],[[LOCATION:Makati]]
[[PERSON:Rodel Santiago]],stockman,[[ID_NUMBER:33-8820431-5]],[[ID_NUMBER:01-201773940-6]],[[PHONE_NUMBER:0998 204 7716]],[[LOCATION:Bagong Silang]],[[LOCATION:Caloocan]]
[[PERSON:Jennylyn Aquino]],delivery rider,[[ID_NUMBER:34-5507718-2]],[[ID_NUMBER:12-025118804-1]],[[PHONE_NUMBER:0926 441 3380]],[[LOCATION:Commonwealth]],[[LOCATION:Quezon City]]""",
    """members:
  - member_no: [[ID_NUMBER:SACCO-11842]]
    name: [[PERSON:Otieno Ochieng]]
    national_id: "[[ID_NUMBER:24719833]]"
    phone: "[[PHONE_NUMBER:+254 722 118 490]]"
    county: [[LOCATION:Kisumu]]
    shares_kes: 48000
  - member_no: [[ID_NUMBER:SACCO-11857]]
    name: [[PERSON:Faith Chebet]]
    national_id: "[[ID_NUMBER:30447126]]"
    phone: "[[PHONE_NUMBER:+254 701 330 842]]"
    county: [[LOCATION:Uasin Gishu]]
    shares_kes: 12500""",
    """jmeno;rodne_cislo;telefon;stredisko;smena
[[PERSON:Jakub Svoboda]];[[ID_NUMBER:870214/6607]];[[PHONE_NUMBER:603 118 402]];Expedice;ranní
[[PERSON:Veronika Černá]];[[ID_NUMBER:026101/5326]];[[PHONE_NUMBER:776 290 317]];Příjem;odpolední
[[PERSON:Ondřej Dvořák]];[[ID_NUMBER:660928/0997]];[[PHONE_NUMBER:728 441 905]];Vratky;noční""",
    """| Č. reklamace | Zákazník | E-mail | Telefon | Stav |
|---|---|---|---|---|
| RK-2024-0412 | [[PERSON:Markéta Šimková]] | [[EMAIL_ADDRESS:marketa.simkova@centrum.cz]] | [[PHONE_NUMBER:+420 739 551 208]] | vyřízeno |
| RK-2024-0418 | [[PERSON:Petr Doležal]] | [[EMAIL_ADDRESS:p.dolezal@seznam.cz]] | [[PHONE_NUMBER:+420 604 772 019]] | čeká na zboží |
| RK-2024-0423 | [[PERSON:Hana Urbanová]] | [[EMAIL_ADDRESS:hana.urbanova@gmail.com]] | [[PHONE_NUMBER:+420 731 006 884]] | zamítnuto |""",
    """kuriér\tosobné číslo\tmobil\tŠPZ\trajón
[[PERSON:Rastislav Kollár]]\t[[ID_NUMBER:BA-2207]]\t[[PHONE_NUMBER:0903 441 276]]\t[[ID_NUMBER:BL 482 KX]]\t[[LOCATION:Petržalka]]
[[PERSON:Dominika Bednárová]]\t[[ID_NUMBER:BA-2231]]\t[[PHONE_NUMBER:0917 305 118]]\t[[ID_NUMBER:BA 917 PD]]\t[[LOCATION:Ružinov]]
[[PERSON:Štefan Molnár]]\t[[ID_NUMBER:BA-2240]]\t[[PHONE_NUMBER:0948 220 631]]\t[[ID_NUMBER:SC 204 BE]]\t[[LOCATION:Senec]]""",
    """{"zakaznik": "[[PERSON:Andrea Lukáčová]]", "email": "[[EMAIL_ADDRESS:andrea.lukacova@zoznam.sk]]", "mesto": "[[LOCATION:Trnava]]", "psc": "[[ZIP_CODE:917 01]]", "vernostna_karta": "[[ID_NUMBER:VK-00418823]]"}
{"zakaznik": "[[PERSON:Michal Horňák]]", "email": "[[EMAIL_ADDRESS:michal.hornak@gmail.com]]", "mesto": "[[LOCATION:Martin]]", "psc": "[[ZIP_CODE:036 01]]", "vernostna_karta": "[[ID_NUMBER:VK-00419107]]"}
{"zakaznik": "[[PERSON:Eva Gajdošová]]", "email": "[[EMAIL_ADDRESS:eva.gajdosova@azet.sk]]", "mesto": "[[LOCATION:Poprad]]", "psc": "[[ZIP_CODE:058 01]]", "vernostna_karta": "[[ID_NUMBER:VK-00419655]]"}""",
    """sku,description,bin,qty_on_hand,reorder_at,counted_by
HX-22018-BLK,Hiking boot men's 9 black,A-14-03,42,20,[[PERSON:R. Okonkwo]]
HX-22018-BRN,Hiking boot men's 9 brown,A-14-04,17,20,[[PERSON:R. Okonkwo]]
TS-0091-M,Merino tee medium,C-02-11,208,60,[[PERSON:Agnieszka W.]]
BP-4410,Daypack 22L teal,D-07-01,0,10,[[PERSON:Agnieszka W.]]
GL-7720-L,Gloves large,D-09-06,63,25,system""",
]

CHAT = [
    """[14:02] [[PERSON:Bethany]] (ParcelPoint): Hi! You're chatting with [[PERSON:Bethany]]. How can I help today?
[14:02] [[PERSON:Kwame Asante-Boateng]]: hi my parcel says delivered but its not here
[14:03] [[PERSON:Bethany]] (ParcelPoint): Sorry to hear that, [[PERSON:Kwame]]. Could you confirm the delivery address and a contact number?
[14:04] [[PERSON:Kwame Asante-Boateng]]: [[ADDRESS:Flat 6, 112 Stamford Hill]], [[LOCATION:London]] [[ZIP_CODE:N16 6RS]]. mobile [[PHONE_NUMBER:07956 330 218]]
[14:05] [[PERSON:Bethany]] (ParcelPoint): Thanks. The driver's photo shows a green door, is that yours?
[14:05] [[PERSON:Kwame Asante-Boateng]]: no ours is black, the green one is the shop next door
[14:06] [[PERSON:Bethany]] (ParcelPoint): Understood. I've opened an investigation (ref INV-559012). If the parcel isn't found within 48 hours we'll refund the card you paid with. Can I email updates to the address on your account?
[14:06] [[PERSON:Kwame Asante-Boateng]]: yes [[EMAIL_ADDRESS:kwame.ab@gmail.com]] thanks""",
    """19:41 - Mum: Has anyone got Nana's new address? I want to post her card
19:43 - [[PERSON:Kofi]]: it's [[ADDRESS:27 Birchfield Road]], [[LOCATION:Handsworth]], [[ZIP_CODE:B19 1SU]]
19:44 - [[PERSON:Efua]]: her landline is [[PHONE_NUMBER:0121 554 0381]] now too, the old one is dead
19:50 - Mum: thanks both. Her birthday is [[DATE_TIME:the 22nd of June]], she'll be [[AGE:80]]!! party at ours [[DATE_TIME:Sat 22nd from 3pm]]
19:51 - [[PERSON:Kofi]]: I'll bring [[PERSON:Ama]] and the kids
19:52 - Uncle [[PERSON:Yaw]]: count me in 🙌🏾""",
    """#dc-ops-nights

[[PERSON:Gemma R]]  22:14
anyone seen the scanner gun from dock 4? serial ends 8812

[[PERSON:Olu Adeyemi]]  22:16
[[PERSON:Bartek]] had it on goods-in, ask him

[[PERSON:Bartosz Nowicki]]  22:17
put it back on charge in the cage. also fyi [[PERSON:Sinead]] called in sick, she's swapping to [[DATE_TIME:Friday the 14th]] instead

[[PERSON:Gemma R]]  22:18
ok. @[[USERNAME:olu.adeyemi]] can you take her pick list tonight? and can someone text [[PERSON:Sinead]] the new rota, her number's [[PHONE_NUMBER:07868 019 442]]""",
    """From [[PHONE_NUMBER:+44 7411 208 334]]: Hi it's [[PERSON:Dan]], your courier. I'm outside [[ADDRESS:18 Ashgrove]] but no answer
Me: sorry, in the shower!! can you leave it in the green bin?
From [[PHONE_NUMBER:+44 7411 208 334]]: no worries, done, photo sent. have a good one
Me: thanks [[PERSON:Dan]] 👍""",
    """[[PERSON:Lenka]]: Ahoj Marti, přišel ti už ten balík?
[[PERSON:Martina Veselá]]: Ne 🙁 kurýr psal, že přijede ve [[DATE_TIME:čtvrtek 13. 6.]] dopoledne, ale to jsem v práci.
[[PERSON:Lenka]]: Tak ať to dá ke mně, jsem doma. [[ADDRESS:Korunní 1208/74]], [[LOCATION:Praha 2]], zvonit na [[PERSON:Bartošovou]].
[[PERSON:Martina Veselá]]: Super, napíšu mu. Jmenuje se [[PERSON:Radek]] a má číslo [[PHONE_NUMBER:733 512 904]].
[[PERSON:Lenka]]: Jo a pošli mi číslo účtu, ať ti pošlu peníze za lístky.
[[PERSON:Martina Veselá]]: [[IBAN_CODE:CZ85 2010 0000 0027 0044 8198]] 😊 díky!""",
    """Agent [[PERSON:Marco]]: Good evening! This is [[PERSON:Marco]] from PayNow support. How may I help you?
Customer: hi, i can't log in, it keeps saying account locked. username is [[USERNAME:jhen_dc]]
Agent [[PERSON:Marco]]: I'm sorry about that. For verification, may I have your full name, date of birth and registered mobile number?
Customer: [[PERSON:Jennifer Dela Cruz]], [[DATE_TIME:March 3, 1995]], [[PHONE_NUMBER:0918 330 7714]]
Agent [[PERSON:Marco]]: Thank you, [[PERSON:Ms. Dela Cruz]]. I can see three failed attempts from a new device. I've unlocked the account and sent a one-time PIN to your number; please don't share it with anyone.
Customer: got it, thanks!""",
    """[[USERNAME:frostbyte]]: anyone up for ranked
[[USERNAME:lil_kuma]]: ya in 5
[[USERNAME:toxic_tom99]]: lol [[USERNAME:frostbyte]] ur so bad, i know ur real name is [[PERSON:Ryan Whelan]] and u live on [[ADDRESS:14 Parkside Drive]]
ModBot: Message removed: sharing personal information is against rule 3.
[[USERNAME:lil_kuma]]: bro wtf
[[USERNAME:sera_mod]]: [[USERNAME:toxic_tom99]] has been banned for 7 days. [[USERNAME:frostbyte]], DM me if you want the logs for a report""",
    """[[PERSON:Naomi Fletcher]]  10:12 AM
Hi [[PERSON:Raj]], could you interview [[PERSON:Tendai Mushonga]] for the transport planner role? She's free [[DATE_TIME:Thursday 20 June at 2pm]].

[[PERSON:Rajesh Pillai]]  10:15 AM
Sure. Can you send me her CV and number?

[[PERSON:Naomi Fletcher]]  10:16 AM
CV attached. [[PHONE_NUMBER:07391 440 826]], [[EMAIL_ADDRESS:tendai.mushonga@gmail.com]]. She's at the [[LOCATION:Crewe]] hub at the moment so may prefer Teams.

[[PERSON:Rajesh Pillai]]  10:18 AM
👍 will book it""",
]

LOOKALIKE = [
    """WMS NOTICE - wave 2024-06-12-03 released
Lines: 412  Units: 388  Carrier: DPD Predict  Manifest: MNF-88120394
Trailer TR-4471 at dock 6, seal no. 00917734. ASN 0004471829 received against PO 4500118273.
Pallet SSCC 350123456789012345, lot L24-1187, batch checksum 9f86d081884c7d659a2feaa0c55ad015.
Handheld firmware 10.4.2.118 pushed to all scanners (build 2024.06.11-rc2).
Problems with this wave: call the control room on 0344 800 2211 or write to wms-support@northfreight.example.""",
    """INVOICE INV-2024-004417    Order #SO-55812    Customer account: trade
Bill to: [[PERSON:Dr. Helen Marsh]], [[EMAIL_ADDRESS:helen.marsh@stmarys-sch.org.uk]]
1 x ISBN 978-1-84628-193-8, Clinical Anatomy, 3rd edn ......... £42.00
2 x ISBN 9780804429573, Atlas of Histology ..................... £61.90
1 x ISBN 978-0-14-103614-4, Classroom reader (pack of 10) ....... £18.50
Shipping: Royal Mail Tracked 48, item ref QA 4417 2290 1GB
VAT reg. GB 294 7701 26. Queries: accounts@bookhouse.example or 01865 400 120.""",
    """Release notes - relay-agent 5.2.0.14

- Fixed a Dijkstra shortest-path bug in the route optimiser that ignored one-way streets.
- Replaced Levenshtein matching with Jaro-Winkler for address de-duplication.
- Default listener moved from 0.0.0.0:8080 to 0.0.0.0:9090; docs use 192.0.2.0/24 for examples.
- Build a3f9c2e1d7 (sha256 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce).
- Migration id 6f1c2a44-09be-4d7e-9a51-33c8e2f0b7d1.
Thanks to [[PERSON:Inês Carvalho]] ([[USERNAME:icarvalho]]) for the patch.""",
    """DEPOT NOTICE

From Monday the [[LOCATION:Ashford]] depot moves from Victoria Road to the new unit off Nelson Mandela Drive. Vans will load from bay 1 to bay 12; the old Station Approach gate closes for good.
Parcels with references starting JJD00 or H00A0 are re-sorted automatically. Parcel 3 of 5 labels must stay on the outer carton. Locker codes sent before Friday still work.
Customer service stays on 0330 808 5456; the depot line is 01233 650 400.
Driver of the month: [[PERSON:Sandeep Gill]], 1,912 stops without a missed delivery. Well done!""",
    """Clinic note: [[PERSON:Mr. Edwin Hollis]], [[AGE:71]], seen for follow-up of Parkinson's disease (Hoehn and Yahr stage 2). No signs of Lewy body dementia; MMSE 28/30, Glasgow Coma Scale 15. History of Hodgkin lymphoma in remission since 2009 and a Baker's cyst, right knee. Plan: continue co-careldopa 25/100, refer to the Marsden Ward physio group, review in 6 months.""",
    """Ďakujeme za objednávku č. 2024118830!
Variabilný symbol: 2024118830    Konštantný symbol: 0308
EAN: 8586000712345, 8586000719986
Predávajúci: ElektroSvet s.r.o., IČO 47 118 204, DIČ 2024118830, IČ DPH SK2024118830
Doprava: kuriér, číslo zásielky 44 1180 2290 7SK
Infolinka: 0850 123 456 (po-pi 8:00-17:00), e-mail: objednavky@elektrosvet.example
Objednávku prevezme: [[PERSON:Ľudmila Šestáková]]""",
    """REMITTANCE ADVICE    Payment run PR-0612    Value date 12/06/2024
Payer: Calder Logistics Ltd, company no. 08844120, VAT GB 118 4472 09
Bank: sort code 40-47-84, SWIFT HBUKGB4B; US receipts via ABA routing 021000021
Payee: [[PERSON:Mr. Oluwaseun Adebisi-Grant]] (supplier no. V-20417), paid to the account ending 3309
Invoices settled: INV-7741, INV-7748, INV-7755 (total £2,418.60)
Card surcharge refunded to Visa ending 4421. Questions: payables@calderlogistics.example, 01484 220 118.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind99", STYLES, OUT)


if __name__ == "__main__":
    main()
