"""Build tests/data/blind61.jsonl: a sixty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind61.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below), gold_sets.py (whole
file), and lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Nothing else was read: not minimize/,
recognizers/, the bench scripts, the README, the tests, any *.jsonl set, the
record lists of any make_*.py script, nor git history, log or status (`git status --short | head -0` was run once
by slip, its output discarded: nothing read, nothing changed). The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end only
counts them). Card numbers pass Luhn and IBANs (GB, DE, IE, AE) pass mod-97
with the right length for their country; these were worked out by hand-run
throwaway code while writing, not generated here, and `gold_sets.check`
re-checks cards and IBANs. National ids with a public check digit were
given a valid one the same way: NHS numbers (mod 11), Canadian SINs (Luhn;
the ones starting with 9 belong to temporary residents), Ontario health
numbers (Luhn) and BC PHNs (mod 11), Aadhaar numbers (Verhoeff), Singapore
NRIC and FIN (S/T/F/G check letter, the S/T digits agreeing with the birth
year where shown), Australian TFNs and Medicare numbers, the Irish PPSN,
the Thai id card number, and the ISBN-13 look-alikes. Not checked (no
public check digit or none used): UK NI numbers (valid prefixes), US SSNs,
PAN (its fourth letter is P and its fifth agrees with the surname),
Vietnamese CCCD numbers (their province, sex and century digits and birth
year agree with the person where shown), Pakistani CNICs (last digit odd
for a man), passports, licences, plates, A-numbers, UCIs, BRP and work
permit numbers, bank account numbers and staff, student, member, patient,
inmate and customer numbers.

Styles (ids `blind61-<style>-NNN`; 240 records):
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose, more than half of them in legal, court, police / incident-report
  and immigration settings (hearings, sentencing, bail, witness appeals, custody
  notes, visa, asylum, citizenship and work-permit matters), the rest
  spread widely (banking, health, pharmacy, schools, HR, lettings,
  insurance, travel, telecoms, deliveries, religion and community, sport,
  vets, social media, gaming, utilities). Names at the start, middle and
  end, lowercase and possessive; ages, dates, addresses, phones and ids in
  many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, titles, job titles,
  streets with building numbers, secondary addresses, IPs, MACs, user
  agents, card / CVV / expiry, IBAN / BIC), of gretel-pii-masking-en-v1
  (claims, contracts, medical and loan forms, notices, court and police
  documents) and of Nemotron-PII (JSON, log lines, SQL, XML, YAML / INI
  config, code, tickets and forms with many entity kinds).
- `table` (35): one small labeled table per record as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case references, SKUs, ISBNs, IP-shaped versions,
  hashes, serials, company phones, role mailboxes, eponyms, streets named
  after people with no number), the few real PII values labeled; one has
  no PII at all.

Languages: about nine records in ten are in English, with many South Asian
and Southeast Asian people (Indian, Pakistani, Bangladeshi, Sri Lankan,
Nepali, Vietnamese, Filipino, Malaysian, Indonesian, Thai, Lao, Cambodian,
Burmese, Singaporean) living in the UK, the US, Canada, Australia and
Singapore, next to people of many other backgrounds; the other 24 records
(gen 9, bench 10, table 3, chat 2) are in Hindi written in Latin letters
(Hinglish, 12) and Vietnamese (12).

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape
  are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, arrest, hearing, visit,
  arrival, start of a job, signature, letter ...) with a day or month, in
  any shape; a weekday or a clock time said with such a date is inside the
  span; not bare years, weekdays or times alone, durations, or dates not
  tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, SWIFT / BIC codes, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and brands named
  after people, a header row.

Calls made while writing this set, in the same spirit:
- Court case and docket numbers, crime, incident, custody-record and
  occurrence references, and immigration application references (GWF,
  USCIS receipt numbers, IRCC application numbers, TRN) are case
  references and stay unlabeled. Ids that belong to the person and follow
  them from case to case are ID_NUMBER: A-numbers, Canadian UCIs, BRP and
  residence-card numbers, Home Office person references, Singapore FINs,
  prisoner and inmate numbers, and a police officer's collar or badge
  number (a staff number).
- Police ranks (PC, DC, DS, PCSO, Sgt., Insp., Ofc., Detective, Constable,
  Senior Constable, Officer, the Vietnamese "Đại úy" / "Trung úy"),
  "Judge", "District Judge", "Magistrate" and "The Honorable" said
  directly before a name are TITLE, and so are "Miss", "Mdm", "Fr.",
  "Adv.", the Burmese "Daw", the Hindi "Shri" and the Vietnamese "Ông" /
  "Bà" when used as "Mr" / "Mrs"; a job title in apposition ("the
  coroner, Ms Helen Crabtree") is not, and kinship forms of address
  ("anh", "chị", "em", "bhai", "bhabhi", the "ji" suffix, the Filipino
  "Kuya", "Ate", "Tita", "Lola") stay outside like family words.
- A country, state or city naming where a document or plate comes from
  ("BC plate", "CA driver license", "New Jersey licence", "UK student
  visa") is LOCATION, but place names inside the names of courts, police
  forces, hospitals, stations and other bodies ("Dandenong Police
  Station", "Singapore Immigration & Checkpoints Authority") are left
  unlabeled, and sentences were worded around them where that mattered.
  A nationality said of a passport ("her Indian passport") is NRP.
- The timestamp at the head of a log line (or in a "ts" / "time" field) is
  DATE_TIME when the line records a login or action of an identified
  person, like a "last login" field; timestamps of system jobs, bots,
  anonymous attempts and message headers (HL7 MSH, pain.001 CreDtTm) are
  not. The "Date:" header of a person's e-mail and a commit's author date
  are DATE_TIME. Every IP address is IP_ADDRESS, a bot's or a scanner's
  too.
- Order, payment, bill-due and pay dates are not a person's dates; the
  issue time of a parking charge against a person's car is.
- A security answer counts as a password (the one used is not a place).
- Ethnic descriptions in suspect descriptions ("South Asian male") are not
  NRP; "Hindu", "Sikh", "Muslim", "Catholic", "Buddhist" and nationalities
  said of a person are.
- In tables a "sex", "gender", "role", "dept", "status" or "visa type"
  column stays unlabeled, an "age" column is AGE, a "country", "state" or
  "province" column is LOCATION and a "nationality" column is NRP; a
  "job_title" or "occupation" field, and "employer" / "company" fields,
  are unlabeled; a building number in its own field is ADDRESS, and a
  secondary address field ("Apt. 7") is ADDRESS; a "last login" timestamp
  of a person's account is DATE_TIME.
- A Vietnamese address is ADDRESS up to the street (house number, alley /
  "ngõ" / "hẻm", street); the ward ("phường", "xã"), district ("quận",
  "huyện") and province are LOCATION, with their prefix word inside the
  span.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind61.jsonl")

GEN = [
    """Police in [[LOCATION:Leicester]] are appealing for witnesses after [[PERSON:Harpreet Sandhu]], [[AGE:34]], was knocked off her bicycle outside [[ADDRESS:212 Belgrave Gate]] at about [[DATE_TIME:7.40pm on Friday 14 February]]. Anyone with dashcam footage is asked to call 101 quoting incident 0871.""",
    """My wife [[PERSON:Nguyen Thi Lan]] applied for her spouse visa in [[LOCATION:Ho Chi Minh City]] on [[DATE_TIME:3 September 2024]] and gave her biometrics on [[DATE_TIME:18 September]], GWF reference GWF071385264. It has now been twenty-six weeks with no decision; could someone please look at her case?""",
    """At the local court in [[LOCATION:Parramatta]] on [[DATE_TIME:Monday 10 June 2024]], [[TITLE:Magistrate]] [[PERSON:Jennifer Atkinson]] heard that [[PERSON:Pham Thanh Tung]], [[AGE:27]], of [[LOCATION:Cabramatta]], had been driving an unregistered Hilux, registration [[ID_NUMBER:CJ 47 TR]], while disqualified. He was fined $2,200 and disqualified for a further two years.""",
    """[[PERSON:Rohan Mehta]]'s H-1B extension was approved on [[DATE_TIME:August 2, 2024]], but his wife [[PERSON:Ananya]]'s H-4 EAD is still pending under receipt number IOE0923847561. For the record, her A-number is [[ID_NUMBER:A218-447-903]] and she entered the [[LOCATION:US]] at [[LOCATION:Newark]] on [[DATE_TIME:12/06/2021]].""",
    """I am writing on behalf of my client, [[PERSON:Maricel Dizon Bautista]] (UCI [[ID_NUMBER:11-0482-7315]]), a caregiver from [[LOCATION:Pampanga]] who landed at [[LOCATION:Winnipeg]] on [[DATE_TIME:January 19, 2023]]. She has been on maintained status since [[DATE_TIME:March 31, 2025]] and has still not received an acknowledgement of receipt for her PR application.""",
    """hi this is [[PERSON:kavitha]] from [[LOCATION:brampton]], somebody used my card [[CREDIT_CARD:4539 8812 0467 3151]] at a gas station in [[LOCATION:Windsor]] on [[DATE_TIME:nov 3rd]] and it wasn't me!! pls call me back at [[PHONE_NUMBER:905-791-4482]] asap""",
    """On [[DATE_TIME:22/09/2024 at 23:15]] officers attended [[ADDRESS:Flat 6, 41 Green Street]], [[LOCATION:Forest Gate]], [[ZIP_CODE:E7 8DA]], after a 999 call from [[PERSON:Farzana Begum]] ([[AGE:41]]) reporting that her former partner, [[PERSON:Mohammed Rafiq Uddin]], had breached a non-molestation order by coming to the door.""",
    """[[PERSON:Dr. Siew Ling Tan]] has referred [[PERSON:Mr Arjun Pillai]] (NHS no. [[ID_NUMBER:485 372 9100]], DOB [[DATE_TIME:07.02.1949]]) to the memory clinic after his review on [[DATE_TIME:12 Feb]]; his daughter [[PERSON:Meera]] asked to be copied into all letters.""",
    """Please note that [[PERSON:Aaliyah Hussain]] (Year 8, student ID [[ID_NUMBER:BHS-20719]]) will be absent from [[DATE_TIME:Monday 17th]] to [[DATE_TIME:Friday 21st March]] while the family travels for Umrah. Any work can be emailed to her mum at [[EMAIL_ADDRESS:r.hussain82@gmail.com]].""",
    """We act for [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Wickramasinghe]] of [[ADDRESS:9 Cedar Close]], [[LOCATION:Harrow]] [[ZIP_CODE:HA3 0PL]], in the boundary dispute with your client, [[PERSON:Mr Gareth Pryce]] of [[ADDRESS:11 Cedar Close]]. Our clients deny that the fence was moved on or about [[DATE_TIME:14 April 2023]].""",
    """The lease on [[ADDRESS:Unit 3/27 Marion Street]], [[LOCATION:Auburn]] [[LOCATION:NSW]] [[ZIP_CODE:2144]] starts [[DATE_TIME:1 July]]; tenants are [[PERSON:Bilal]] and [[PERSON:Sana Chaudhry]], and the bond was paid from [[PERSON:Bilal]]'s account [[ID_NUMBER:4410 2271]] with BSB 062-134.""",
    """Please welcome [[PERSON:Nurul Aisyah binti Rahman]], who joins the [[LOCATION:Singapore]] analytics team on [[DATE_TIME:2 Jan 2025]]! Her staff ID is [[ID_NUMBER:SG-10473]]; HR still needs a copy of her FIN card ([[ID_NUMBER:G6120483R]]) before her first payday.""",
    """[[TITLE:The Honorable]] [[PERSON:Lakshmi Narayanan]] set a bond hearing for [[PERSON:Hoang Minh Vu]] on [[DATE_TIME:October 8, 2024 at 9:00 a.m.]] at the immigration court in [[LOCATION:Houston]]. [[PERSON:Mr. Vu]], a [[NRP:Vietnamese]] national, has lived in [[LOCATION:Texas]] since he was [[AGE:6]].""",
    """Prescription for [[PERSON:Le Thi Hoa]] (DOB [[DATE_TIME:03/11/1958]]) is ready to collect. Her son [[PERSON:Minh]] will pick it up; his number on file is [[PHONE_NUMBER:(714) 892-0476]].""",
    """Passenger [[PERSON:RAMASWAMY/SRINIVASAN]] [[TITLE:MR]], passport [[ID_NUMBER:Z4821937]], is confirmed on SQ 529 [[LOCATION:Chennai]] to [[LOCATION:Singapore]] departing [[DATE_TIME:14DEC 23:55]], booking ref K7QW2M.""",
    """[[TITLE:DC]] [[PERSON:Aziz]] took a statement from the victim, [[PERSON:Chloe Barrington]], [[AGE:19]], at her home in [[LOCATION:Walsall]] on [[DATE_TIME:Thursday 6th June]]. She described the man as South Asian, about 30, wearing a grey North Face jacket.""",
    """[[PERSON:Sisouk Chanthavong]]'s partner visa (subclass 820) was lodged on [[DATE_TIME:15/05/2023]]. His sponsor, [[PERSON:Emma Kowalczyk]], lives with him at [[ADDRESS:8 Bramble Way]], [[LOCATION:Tarneit]] [[LOCATION:VIC]] [[ZIP_CODE:3029]] and can be reached on [[PHONE_NUMBER:0421 553 860]].""",
    """My name is [[PERSON:Olumide Adeyemi]] and my car, reg [[ID_NUMBER:LK19 XFP]], was hit while parked outside [[ADDRESS:56 Soho Road]], [[LOCATION:Handsworth]], on the evening of [[DATE_TIME:2nd November]]. The other driver, a [[PERSON:Mr Iqbal]], gave me his number, [[PHONE_NUMBER:07459 312880]], but now won't answer.""",
    """Account holder [[PERSON:Trinh Bao Ngoc]] asked for a SIM swap on [[DATE_TIME:Sat 9 Mar]] at a store in [[LOCATION:Bankstown]]; the online request behind it came from [[IP_ADDRESS:101.182.44.17]] and was flagged because her number, [[PHONE_NUMBER:+61 433 918 207]], had been ported the day before.""",
    """[[PERSON:Imran Shah]], [[AGE:38]], of [[ADDRESS:14 Lumb Lane]], [[LOCATION:Bradford]], was jailed for 18 months in [[LOCATION:Leeds]] on [[DATE_TIME:29 January]] after admitting fraud by false representation. [[TITLE:Judge]] [[PERSON:Rebecca Thornley]] said he had targeted elderly neighbours.""",
    """Bella, a four-year-old shih tzu belonging to [[PERSON:Ms Ratnayake]], is booked in for a dental on [[DATE_TIME:Wed 26 June, 10:15]]. Owner's mobile is [[PHONE_NUMBER:0402 617 355]] and she prefers texts.""",
    """The bail conditions for [[PERSON:jaspreet gill]] require him to live and sleep at [[ADDRESS:33 Ladypool Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8JX]], to report to [[LOCATION:Sparkhill]] police station every Monday, and not to contact [[PERSON:Ravinder Kaur]] directly or indirectly until the trial on [[DATE_TIME:17.03.2025]].""",
    """Thank you for your donation, [[PERSON:Mr. Tanvir Ahmed]]! Your Gift Aid declaration dated [[DATE_TIME:5 May 2024]] covers the mosque appeal, and your receipt has been sent to [[EMAIL_ADDRESS:tanvir.ahmed@btinternet.com]].""",
    """Our records show [[PERSON:Ana Lucia Ferreira]] (customer no. [[ID_NUMBER:700381295]]) moved from [[ADDRESS:72 Bathurst Street, Apt 1104]] to [[ADDRESS:15 Maple Leaf Drive]], [[LOCATION:Markham]], [[LOCATION:ON]] [[ZIP_CODE:L3R 4V8]] on [[DATE_TIME:September 1]], so the final bill will go to the new address.""",
    """According to the asylum interview record, [[PERSON:Mohammad Hossain]] arrived in [[LOCATION:Dover]] by small boat on [[DATE_TIME:11 August 2023]], claimed asylum the same day and was given the Home Office reference [[ID_NUMBER:H1147629]]. He says he is a Rohingya [[NRP:Muslim]] born in [[LOCATION:Maungdaw]] and was [[AGE:16]] when he left.""",
    """It was [[PERSON:Sunita]]'s idea to book the community hall for [[PERSON:Deepak]] and [[PERSON:Sunita Joshi]]'s silver anniversary on [[DATE_TIME:Sat 19 October]] – RSVP to [[PERSON:Sunita]] on [[PHONE_NUMBER:07843 226 519]] by the end of the month.""",
    """[[TITLE:Detective]] [[PERSON:Marcus O'Neill]], speaking for police in [[LOCATION:Fairfax County]], said the suspect, [[PERSON:Khanh Duy Tran]], [[AGE:22]], was arrested at his apartment at [[ADDRESS:6130 Leesburg Pike, Apt 312]], [[LOCATION:Falls Church]], [[LOCATION:VA]] [[ZIP_CODE:22041]] on [[DATE_TIME:Tuesday morning, March 4]].""",
    """Your Medicare claim for [[PERSON:Ahmad Fauzi]] (Medicare number [[ID_NUMBER:4120 87657 2]]) has been processed and $41.20 will be paid to the account ending 0917 within two business days.""",
    """For the naturalization interview on [[DATE_TIME:Thursday, 11/14/2024 at 10:20 AM]], [[PERSON:Ma. Cristina Reyes]] must bring her green card, her passport and evidence of her marriage to [[PERSON:Daniel Okafor]], an [[NRP:American]] citizen since [[DATE_TIME:2016-07-04]].""",
    """the gym's system still has me as [[PERSON:shreya r]] with my old number [[PHONE_NUMBER:416 837 2290]] — can someone update it to [[PHONE_NUMBER:647-201-5538]]? membership # [[ID_NUMBER:GL0099281]]""",
    """A neighbour, [[PERSON:Mrs Noor Jahan]] of [[ADDRESS:4 Brick Lane]], told officers she heard shouting from the flat above at around [[DATE_TIME:2am on Sunday 15th September]] but did not see anyone leave.""",
    """Following the hearing on [[DATE_TIME:28 February 2025]], the tribunal allowed the appeal of [[PERSON:Ms Thilini Perera]] ([[NRP:Sri Lankan]], born [[DATE_TIME:2 June 1991]]) against the refusal of her Skilled Worker visa, finding that her sponsor had wrongly reported her absence.""",
    """hey, [[PERSON:Patel]]'s fantasy team is called Curry Kings and he's still top of the league lol. add him, his gamertag is [[USERNAME:PateLord_07]]""",
    """Complaint received from [[PERSON:Mr Kwame Mensah]] on [[DATE_TIME:09/01/2025]]: the courier left his parcel at [[ADDRESS:Flat 2B, 118 Walworth Road]] instead of [[ADDRESS:Flat 12B]], and his neighbour [[PERSON:Tariq]] opened it.""",
    """[[PERSON:Nadia Rahman]], born [[DATE_TIME:19 Nov 1996]] in [[LOCATION:Sylhet]], became a [[NRP:British]] citizen at a ceremony in [[LOCATION:Tower Hamlets]] on [[DATE_TIME:Wednesday 12 March]]; her old BRP number [[ID_NUMBER:ZU4713852]] was returned to the Home Office.""",
    """RCMP [[TITLE:Constable]] [[PERSON:Gurpreet Dhillon]] pulled over a grey Honda Civic with [[LOCATION:BC]] plate [[ID_NUMBER:RF7 29K]] on Highway 1 near [[LOCATION:Abbotsford]] at [[DATE_TIME:01:47 on Dec 23]]; the driver, [[PERSON:Tyler Whitford]], [[AGE:31]], blew over the limit.""",
    """I, [[PERSON:Syed Ali Raza]], of [[ADDRESS:27 Elm Avenue]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3DP]], make this statement believing it to be true. On [[DATE_TIME:Friday 8th December 2023]] I was working at the shop when two men came in and one of them pushed me against the counter.""",
    """Customer [[PERSON:Joanne Liu]] returned a blender bought at the [[LOCATION:Burnaby]] store; refund issued to card ending 3384. Contact: [[EMAIL_ADDRESS:joanneliu.van@outlook.com]], [[PHONE_NUMBER:604.431.7726]].""",
    """The deceased, [[PERSON:Vikram Anand]], aged [[AGE:58]], of [[LOCATION:Hounslow]], was pronounced dead at the scene on [[DATE_TIME:3 October]]. The coroner, [[PERSON:Ms Helen Crabtree]], opened and adjourned the inquest until [[DATE_TIME:14 January 2025]].""",
    """[[PERSON:Arnel]] still owes me for the karaoke night lol — [[PERSON:Arnel Santos]], if you're reading this, the GCash is under my mum's name but you can just do PayNow to [[PHONE_NUMBER:9173 4420]] 😂""",
    """Your appointment at the Singapore Immigration & Checkpoints Authority for re-entry permit collection is on [[DATE_TIME:24 Apr 2025, 2.30pm]]. Please bring the identity card of [[PERSON:Tan Wei Ming]] ([[ID_NUMBER:S8731462F]]) and his wife's passport.""",
    """Dear [[PERSON:Mr. Santos]], your Social Insurance Number [[ID_NUMBER:927 184 051]] starts with a 9 because it was issued to a temporary resident; it will expire together with your work permit. Please update Service Canada if your address at [[ADDRESS:2250 Eglinton Ave W, Unit 8]] changes.""",
    """The victim impact statement of [[PERSON:Marisol Gutierrez]] was read to the court by her sister, [[PERSON:Yesenia]]. She said that since [[DATE_TIME:June 2, 2022]] she has not been able to sleep in the house on [[ADDRESS:419 Alvarado Street]].""",
    """Shout-out to Kuya [[PERSON:Jojo]] from the [[LOCATION:Daly City]] parish choir, who turns [[AGE:70]] on [[DATE_TIME:the 28th]]! His [[NRP:Catholic]] youth group is throwing him a surprise party, message Ate [[PERSON:Liza]] for the address.""",
    """Custody record: detained person [[PERSON:Anil Kumar Yadav]] (DOB [[DATE_TIME:21/04/1987]]) booked in at [[DATE_TIME:16:05 on 30/11/2024]] by [[TITLE:Sgt.]] [[PERSON:Lewis]] (collar number [[ID_NUMBER:4417]]); interpreter requested for Hindi.""",
    """please deliver to [[ADDRESS:Blk 412 Bedok North Ave 2 #09-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]], call [[TITLE:Mdm]] [[PERSON:Rosnah]] at [[PHONE_NUMBER:8822 6147]] if nobody answers the door""",
    """The landlord, [[PERSON:Mr Harjit Bains]], served a section 21 notice on [[DATE_TIME:1 August 2024]] to the tenants of [[ADDRESS:Flat 3, Kingsway House, 60 High Street]], [[LOCATION:Ilford]], [[PERSON:Dumitru Popescu]] and [[PERSON:Elena Popescu]].""",
    """[[PERSON:Sokha Chhim]], a [[NRP:Cambodian]]-born grandmother living in [[LOCATION:Long Beach]], was [[AGE:64]] when her removal order was issued; her lawyer, [[PERSON:Paul Yoon]], says she has no memory of [[LOCATION:Cambodia]] and asked ICE for a stay on [[DATE_TIME:February 18]].""",
    """I need to change my flight because my visa interview at the US consulate in [[LOCATION:Mumbai]] was moved to [[DATE_TIME:9 Jan, 8:45am]]. Booking is under [[PERSON:Ishaan Kapoor]], frequent flyer [[ID_NUMBER:AI 7739 2184]].""",
    """Hi [[PERSON:Mrs O'Brien]], just confirming the locksmith will come to [[ADDRESS:5 Lisburn Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT9 7AA]] on [[DATE_TIME:Thursday 13th at 9]] as the police suggested after the break-in.""",
    """[[TITLE:Officer]] [[PERSON:Danielle Reyes]] wrote in her report that [[PERSON:Quoc Bao Nguyen]], [[AGE:17]], told her his date of birth was [[DATE_TIME:6/30/2007]] and that he lived with his aunt at [[ADDRESS:1448 Story Road]], [[LOCATION:San Jose]].""",
    """The tax return for [[PERSON:Vanessa Lim]] (TFN [[ID_NUMBER:459 218 376]]) was lodged on [[DATE_TIME:31 October]]; the refund will go to her account at BSB 033-157, account [[ID_NUMBER:274 118 903]].""",
    """[[PERSON:Hina]]'s mother called the school to say that [[PERSON:Hina Qureshi]] ([[AGE:9]]) will be picked up today by her uncle, [[PERSON:Zahid]], whose car is a silver Corolla, [[ID_NUMBER:BX70 KTN]].""",
    """Notice of hearing: [[PERSON:Ramesh Prasad]] v. Sunrise Property Management Inc., file LTB-T-041882-24, will be heard by video on [[DATE_TIME:May 6, 2025 at 9:30 a.m.]] The tenant's address is [[ADDRESS:88 Dundas Street West, Unit 1907]], [[LOCATION:Mississauga]].""",
    """My daughter [[PERSON:Mai Anh]] was born on [[DATE_TIME:29 February 2020]] at [[LOCATION:Footscray]] hospital and I still haven't got her birth certificate; the application number is 2020/04417, my name is [[PERSON:Tran Van Hieu]].""",
    """The parole board heard that [[PERSON:Chinedu Obi]], inmate number [[ID_NUMBER:62841-054]], has completed two courses since [[DATE_TIME:March 2021]] and has a place to live with his cousin in [[LOCATION:Baltimore]].""",
    """We were robbed on the bus in [[LOCATION:Bangkok]] and lost both passports, [[PERSON:Nisha Verma]]'s ([[NRP:Indian]], [[ID_NUMBER:V3381927]]) and mine ([[US_PASSPORT:583920147]]). The police report is dated [[DATE_TIME:5/2]]. I'm [[PERSON:Aaron Feld]].""",
    """Please forward all correspondence for the estate of the late [[PERSON:Ratna Devi Singh]] (d. [[DATE_TIME:17 Aug 2024]]) to her executor, [[PERSON:Anand Singh]], at [[ADDRESS:PO Box 512]], [[LOCATION:Suva]], [[LOCATION:Fiji]].""",
    """Congratulations to [[PERSON:Ayesha Siddiqui]] on being called to the bar! She'll start her pupillage in chambers on [[DATE_TIME:1 October]] — follow her at [[URL:https://www.linkedin.com/in/ayesha-siddiqui-barrister]].""",
    """Witness [[PERSON:Ben Hartley]] said he saw a man he knew only as "[[PERSON:Jonno]]" reverse a white van into [[PERSON:Jin Park]]'s Kia outside [[ADDRESS:1187 Hume Highway]], [[LOCATION:Casula]], just after [[DATE_TIME:6pm on 19 August]], then drive off towards [[LOCATION:Liverpool]].""",
    """After the car crash on [[DATE_TIME:4 July]], [[PERSON:Srinivas Rao]] was treated at [[LOCATION:Edison]] and his insurer asked for his [[LOCATION:New Jersey]] licence number, [[US_DRIVER_LICENSE:R3058 47219 06741]], and his date of birth, [[DATE_TIME:05/17/1972]].""",
    """[[PERSON:Leah Goldstein]], the [[NRP:Jewish]] community liaison, will meet [[TITLE:Insp.]] [[PERSON:Karim Haddad]] on [[DATE_TIME:Monday 3 Feb]] to discuss the vandalism at the cemetery.""",
    """ok so i got stopped coming back into [[LOCATION:Canada]] at Pearson on [[DATE_TIME:jan 2]] because of an old name mix-up — my passport says [[PERSON:MUHAMMAD USMAN]] but my PR card says [[PERSON:Usman Muhammad]] 🙄""",
    """The mediator wrote to both parties: [[PERSON:Ms Pooja Iyer]] (claimant) and [[PERSON:Mr Tom Whitaker]] (respondent). The session will take place at [[ADDRESS:Level 9, 200 Queen Street]], [[LOCATION:Melbourne]] on [[DATE_TIME:Tuesday 22 April from 10am]].""",
    """the landlord keeps texting [[PERSON:nguyen]] from [[PHONE_NUMBER:0478 002 913]] at midnight about the rent, even though it's paid into [[TITLE:mr]] [[PERSON:hoang]]'s account every 1st""",
    """[[PERSON:Ji-woo Kang]] was discharged from Royal North Shore on [[DATE_TIME:Sunday 30 March]]; follow-up with [[PERSON:Dr Mahesh Subramaniam]] at [[ADDRESS:Suite 4, 12 Pacific Highway]], [[LOCATION:St Leonards]] is booked for [[DATE_TIME:14/04 at 3:40pm]].""",
    """At her asylum hearing on [[DATE_TIME:Nov. 20]], [[PERSON:Tsering Dolma]], a [[NRP:Buddhist]] nun from [[LOCATION:Tibet]], testified that she was detained for three weeks in [[LOCATION:Lhasa]] in 2019, when she was [[AGE:23]].""",
    """Please update the HR file for [[PERSON:Siddharth 'Sid' Menon]]: new address [[ADDRESS:3 Kings Road, Apt 9]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 2NA]], emergency contact [[PERSON:Lavanya Menon]] on [[PHONE_NUMBER:+44 7700 321 885]], NI number [[ID_NUMBER:JT 48 21 63 C]].""",
    """[[PERSON:Adebayo]] and [[PERSON:Kimberly]] have been asked to leave [[LOCATION:Australia]] by [[DATE_TIME:15 December]] after his bridging visa was cancelled; their lawyer says the family, including [[AGE:two]]-year-old [[PERSON:Tolu]], will appeal.""",
    """The home visit for [[PERSON:Nguyen Van Thanh]] ([[AGE:82]]) is on [[DATE_TIME:Fri 7 Nov at 11]]; park in the driveway at [[ADDRESS:23 Cherry Lane]], [[LOCATION:Lakemba]], and ring his granddaughter [[PERSON:Kim]] on [[PHONE_NUMBER:0415 672 004]] on arrival.""",
    """[[TITLE:Sgt.]] [[PERSON:Priya Mahadevan]], speaking for police in [[LOCATION:Edmonton]], confirmed that [[PERSON:Jordan Blackwater]], [[AGE:26]], has been charged with assault after the altercation on [[DATE_TIME:July 1]].""",
    """I'm disputing the parking ticket issued to my car ([[ID_NUMBER:SKT 4481 Z]]) on [[DATE_TIME:12 May 2024]] at [[LOCATION:Tampines]]; my name is [[PERSON:Lee Jia Hui]], NRIC [[ID_NUMBER:S9154307I]], and I had a valid season parking.""",
    """Re: [[PERSON:Baljit Kaur Randhawa]] – the client's [[NRP:Sikh]] faith means she cannot remove her kara for the scan on [[DATE_TIME:11 Dec]]; please let [[PERSON:Dr. Walsh]] know in advance.""",
    """Police have named the man who died in the [[LOCATION:Queens]] fire as [[PERSON:Abdul Karim Miah]], [[AGE:67]], who had lived at [[ADDRESS:87-14 168th Street]] since [[DATE_TIME:April 1994]].""",
    """Your new electricity account for [[ADDRESS:42/7 Riverside Crescent]], [[LOCATION:Dandenong]] has been opened in the name of [[PERSON:Ravi Shankar Iyer]]. Account no. [[ID_NUMBER:9000 4418 2276]]. First bill due 28/02.""",
    """When she was stopped at [[LOCATION:Changi]] on [[DATE_TIME:3 March]], [[PERSON:Putri Ayu Lestari]] ([[NRP:Indonesian]] passport [[ID_NUMBER:C 7124938]]) told officers she was visiting her sister, [[PERSON:Dewi]], a domestic helper in [[LOCATION:Bukit Timah]].""",
    """The applicant, [[PERSON:Mr Shahid Mahmood]], CNIC [[ID_NUMBER:35202-4471936-1]], states that his brother [[PERSON:Khalid]] has lived in [[LOCATION:Manchester]] since [[DATE_TIME:5 April 2011]] and will sponsor the visit.""",
    """I'd like to thank [[PERSON:Sarah-Jane]] and [[PERSON:Vinod]] at the Citizens Advice in [[LOCATION:Luton]] for helping me fill in my legal aid form on [[DATE_TIME:the 3rd]]!""",
    """Dispatcher note [[DATE_TIME:2025-01-18 02:11]]: caller [[PERSON:Marie Dubois]], [[PHONE_NUMBER:514-276-3390]], reports her neighbour [[PERSON:Aaron]] at [[ADDRESS:4550 rue Saint-Denis, app. 3]] has not been seen for three days.""",
    """Our [[NRP:Nepali]] student, [[PERSON:Bishal Gurung]], was told by the university that his CAS will be withdrawn unless he pays the remaining £6,400 by [[DATE_TIME:20 January]]; his student number is [[ID_NUMBER:2300418]].""",
    """The trial of [[PERSON:Hamza Yousaf Malik]] ([[AGE:24]]) and [[PERSON:Lewis Brennan]] ([[AGE:25]]) opened at the Old Bailey on Monday. Both deny murdering [[PERSON:Kieran Doyle]], who was stabbed near [[ADDRESS:310 Holloway Road]] at around [[DATE_TIME:1am on 27 April]].""",
    """bhai mera naam [[PERSON:Rohit Khanna]] hai, kal raat [[LOCATION:Andheri West]] mein building ke neeche se meri bike chori ho gayi. Police station gaya toh bole online FIR karo. Bike ka number [[ID_NUMBER:MH 02 EK 4471]] hai, kisi ko dikhe toh [[PHONE_NUMBER:98201 44763]] pe call karna pls 🙏""",
    """[[PERSON:Simran]] ka [[LOCATION:UK]] student visa finally aa gaya!! Uski flight [[DATE_TIME:12 September]] ko [[LOCATION:Delhi]] se [[LOCATION:London]] hai aur BRP [[LOCATION:Leicester]] ke post office se collect karna hai. Passport [[ID_NUMBER:W7392015]] VFS se kal hi wapas mila.""",
    """[[TITLE:Adv.]] [[PERSON:Meenakshi Rao]] ne bataya ki [[PERSON:Sharma]] ji ki bail application ki sunwai [[DATE_TIME:25 tareekh]] ko [[LOCATION:Saket]] court mein hogi, tab tak [[PERSON:Vinod Sharma]] ko Tihar mein hi rehna padega.""",
    """Sir mujhe apna Aadhaar [[ID_NUMBER:5281 3609 4711]] aur PAN [[ID_NUMBER:BXKPS4172L]] bank account se link karwana hai. Account [[PERSON:Pradeep Saxena]] ke naam pe hai, registered mobile [[PHONE_NUMBER:+91 99107 23348]] hai, OTP aa hi nahi raha.""",
    """Mummy ka appointment [[PERSON:Dr. Kulkarni]] ke saath [[DATE_TIME:3 March, somvaar subah 10 baje]] ka hai, [[PERSON:Neha]] tu please unko [[ADDRESS:B-204, Shanti Kunj Apartments]], [[LOCATION:Kothrud]] se pick kar lena, main office mein rahungi.""",
    """Công an đã tiếp nhận đơn trình báo của [[TITLE:bà]] [[PERSON:Trần Thị Mỹ Linh]] ([[AGE:45]] tuổi, trú tại [[ADDRESS:số 27 đường Lê Thánh Tôn]], [[LOCATION:phường Bến Nghé]], [[LOCATION:Quận 1]], [[LOCATION:TP. Hồ Chí Minh]]) về việc bị mất trộm xe máy biển số [[ID_NUMBER:59-P1 234.56]] vào khoảng [[DATE_TIME:21 giờ ngày 14/3/2025]].""",
    """Em là [[PERSON:Nguyễn Hoàng Nam]], sinh ngày [[DATE_TIME:05/09/1998]], đang làm hồ sơ xin visa du học [[LOCATION:Úc]]. Số CCCD của em là [[ID_NUMBER:001098023417]], hộ chiếu số [[ID_NUMBER:C4729183]]; anh chị có thể liên hệ em qua email [[EMAIL_ADDRESS:hoangnam.nguyen98@gmail.com]] ạ.""",
    """Ngày [[DATE_TIME:20/11/2024]], tòa án ở [[LOCATION:Hà Nội]] đã xét xử bị cáo [[PERSON:Lê Văn Đức]] ([[AGE:32]] tuổi, trú tại [[ADDRESS:số 15 ngõ 102 phố Bạch Mai]], [[LOCATION:quận Hai Bà Trưng]]) về tội lừa đảo chiếm đoạt tài sản của 14 người, trong đó có chị [[PERSON:Đỗ Thu Hằng]].""",
    """Shop ơi, em đặt 2 cái áo size M, giao giúp em đến [[ADDRESS:88/12 Nguyễn Trãi]], [[LOCATION:Phường 3]], [[LOCATION:Quận 5]] nha. Người nhận: [[PERSON:Vy]], SĐT [[PHONE_NUMBER:0903 418 265]]. Em đã chuyển khoản từ tài khoản [[ID_NUMBER:0071000983412]] tên [[PERSON:PHAN THUY VY]] rồi ạ.""",
]

BENCH = [
    """Dear [[PERSON:Ms. Dao Thanh Huong]], as Principal Intranet Associate your salary will from now on be paid into [[IBAN_CODE:GB67BARC20315841729035]] (BIC BARCGB22), as you requested on [[DATE_TIME:18/07/2024]] from the IP [[IP_ADDRESS:81.104.227.19]].""",
    """Patient [[PERSON:Kaveri Balasubramanian]], [[AGE:29]] years, gender female, residing at [[ADDRESS:4521 Kingsway]], [[ADDRESS:Suite 730]], [[LOCATION:Burnaby]], [[LOCATION:British Columbia]], [[ZIP_CODE:V5H 2A9]], reported recurring headaches after the session on [[DATE_TIME:March 3rd, 2023]].""",
    """The vehicle with VRM [[ID_NUMBER:YB21 OKA]] and VIN 1HGCM82633A004352, registered to [[PERSON:Anwar Hussain Bhuiyan]], was last seen near [[ADDRESS:22 Jubilee Street]], [[LOCATION:Whitechapel]]. Kindly contact his legal guardian at [[EMAIL_ADDRESS:a.bhuiyan_legal@protonmail.com]].""",
    """Transaction alert: the card [[CREDIT_CARD:5229710466382049]] (exp 09/27, CVV 412) of [[PERSON:Jocelyn Marquez Aquino]] was used at [[DATE_TIME:02:14 on 11/08/2023]] from the device with MAC 3c:22:fb:9a:10:4e and user agent Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1.""",
    """Hi [[PERSON:Zainab]], our Customer Directives Consultant, please update the profile of [[PERSON:Rashid Karimi]], who was born on [[DATE_TIME:1987-12-04]] and now lives at [[ADDRESS:Apt. 312]], [[ADDRESS:88 Carlton Street]], [[LOCATION:Toronto]]. His SIN is [[ID_NUMBER:531 098 267]].""",
    """Reminder for [[PERSON:Ngozi]], Forward Markets Producer: the intellectual property workshop is held at [[ADDRESS:7732 Ferry Lane]], [[LOCATION:Stratford-upon-Avon]], [[LOCATION:Warwickshire]]. Bring the file of [[PERSON:Khalil Ansari]], [[NRP:Afghan]], aged [[AGE:47]].""",
    """Your login attempt from [[IP_ADDRESS:2600:1700:7c4e:9a10::17]] has been blocked. Username: [[USERNAME:meenu.k88]], password: Kx!92mPa#l. If this wasn't you, contact [[PERSON:Meenakshi Kannan]] at [[PHONE_NUMBER:+1-646-308-7712]].""",
    """We are updating our records with the following values: prefix [[TITLE:Mx]], name [[PERSON:Aroha Ngata-Pillay]], job Senior Tactics Coordinator, buildingnumber [[ADDRESS:118]], street [[ADDRESS:Chertsey Road]], county [[LOCATION:Surrey]], postcode [[ZIP_CODE:KT15 2EH]].""",
    """[[PERSON:Pham Quang Huy]] with the DOB [[DATE_TIME:Jun 4, 1993]] has been flagged by the fraud team. Secondary contact [[EMAIL_ADDRESS:huy.pq93@yahoo.com.vn]], home IP [[IP_ADDRESS:113.161.72.205]].""",
    """Please send the signed tenancy documents to [[PERSON:Ravindra]] at [[ADDRESS:PO Box 4417]], [[LOCATION:Wellington]] [[ZIP_CODE:6140]]. The [[AGE:44]]-year-old tenant prefers email: [[EMAIL_ADDRESS:ravi.naidu@xtra.co.nz]].""",
    """The identity card [[ID_NUMBER:T0418275D]] belongs to [[PERSON:Chloe Ong Xin Yi]], born [[DATE_TIME:09/10/2004]]; she signed up with the username [[USERNAME:chloeoxy]] from [[IP_ADDRESS:116.86.14.203]].""",
    """Account [[ID_NUMBER:58209931]] of [[PERSON:Mr. Devendra Patil]] (sort code 40-11-62) has been credited with £2,310.77. Your PIN 7741 must never be shared, not even with our Legacy Usability Agent.""",
    """Insurance claim for [[PERSON:Sophia Nakamura-Reid]], [[AGE:52]], female, of [[ADDRESS:15 Wattle Grove]], [[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]]. Medicare [[ID_NUMBER:2951 38462 1]]. Claim ID CLM-2024-88172.""",
    """Could [[PERSON:Bui Anh Tuan]], Lead Web Developer, please verify his bank details: IBAN [[IBAN_CODE:DE44500105175407324931]], BIC INGDDEFFXXX, account holder [[PERSON:Bui A. T.]]""",
    """[[PERSON:Ikaika Kahale]] from [[LOCATION:Honolulu]] presented passport [[US_PASSPORT:A04719253]] at the gate on [[DATE_TIME:May 14, 2019]] and was travelling with his [[AGE:6]]-year-old son.""",
    """Social security number [[US_SSN:612-40-9937]] is linked to [[PERSON:Esperanza Villanueva]], [[ADDRESS:3310 N Cicero Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60641]]; driver's license [[US_DRIVER_LICENSE:V154-3382-7719]].""",
    """Good morning [[PERSON:Ayodele]], the shipment for your client [[PERSON:Haruto Sato]] will arrive at [[ADDRESS:9 Harbour View Road]], [[ADDRESS:Unit 14]], [[LOCATION:Auckland]] [[ZIP_CODE:0622]]. Charge his card [[CREDIT_CARD:379142608517333]], CVV 8812.""",
    """[[PERSON:Ankit Tiwari]] ji, aapka personal loan account [[ID_NUMBER:50100287734419]] [[DATE_TIME:12/03/2024]] ko sanction hua tha. Agli EMI ke liye apna card [[CREDIT_CARD:4508 7530 1169 8241]] (CVV 219) kabhi bhi share na karein. Query ke liye [[EMAIL_ADDRESS:ankit.tiwari1990@rediffmail.com]] se reply karein.""",
    """Naya employee [[PERSON:Farhan Qureshi]], Associate Data Officer, DOB [[DATE_TIME:17-08-1995]], address [[ADDRESS:Flat 12, Sector 21]], [[LOCATION:Noida]] [[ZIP_CODE:201301]]. Laptop ka MAC a4:83:e7:12:5b:c0 hai aur IP [[IP_ADDRESS:10.24.8.117]] assign kiya gaya hai.""",
    """Khách hàng [[PERSON:Võ Minh Khôi]], sinh ngày [[DATE_TIME:12/01/1990]], thẻ [[CREDIT_CARD:4147 0938 6152 2085]] hết hạn 08/26, đã đăng nhập từ địa chỉ IP [[IP_ADDRESS:14.232.118.9]] lúc [[DATE_TIME:09:41 ngày 02/02/2024]] bằng trình duyệt Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36.""",
    """Kính gửi [[TITLE:Ông]] [[PERSON:Đặng Quốc Bảo]], Trưởng phòng Kinh doanh: hợp đồng thuê văn phòng tại [[ADDRESS:Tầng 5, 72 Lê Lợi]], [[LOCATION:Hải Châu]], [[LOCATION:Đà Nẵng]] sẽ được ký vào [[DATE_TIME:ngày 15 tháng 4]]. Vui lòng xác nhận qua số [[PHONE_NUMBER:0935 271 684]].""",
    """[[PERSON:Mrs Fatima Zahra Khan]], please find attached the updated contract for your role as Regional Branding Liaison. We have your mobile as [[PHONE_NUMBER:07984 215 337]] and your start date as [[DATE_TIME:Monday, 2 September 2024]].""",
    """The gamer known as [[USERNAME:xX_TamilThalaiva_Xx]] (real name [[PERSON:Karthik Selvam]]) was banned on [[DATE_TIME:Jan 28]] after logins from [[IP_ADDRESS:49.207.53.140]] and [[IP_ADDRESS:172.58.201.6]] within two minutes.""",
    """Applicant: [[PERSON:Dr. Sabrina Oyelaran-Chowdhury]], Senior Health Strategist, [[AGE:61]] y/o, residing in [[LOCATION:Cardiff]], [[LOCATION:Wales]]. National Insurance: [[ID_NUMBER:PW 63 77 20 B]].""",
    """Update for [[PERSON:Janelle]] in accounting: the $412.90 refund for [[PERSON:Ricardo Q. Dela Cruz]] should go back to card [[CREDIT_CARD:6011 5432 0981 2760]] (expires 04/28). His email is [[EMAIL_ADDRESS:rdelacruz_77@hotmail.com]].""",
    """We detected that [[PERSON:Sandeep]], your Direct Response Planner, accessed the HR portal with the user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 from [[IP_ADDRESS:203.0.178.44]] at [[DATE_TIME:11:52 PM on 2024-03-09]].""",
    """Billing address for [[PERSON:Thomas Aldridge]]: [[ADDRESS:Rose Cottage]], [[ADDRESS:4 Mill Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EL]]. Card on file: [[CREDIT_CARD:4929-1355-7820-6140]].""",
    """In her new role as District Solutions Supervisor, [[PERSON:Kusum Thapa Magar]] will move from [[LOCATION:Pokhara]] to [[LOCATION:Aldershot]] on [[DATE_TIME:27/05/2024]]. She is [[AGE:33]]; her husband [[PERSON:Hari]] served with the Brigade of Gurkhas for 22 years.""",
    """The IBAN [[IBAN_CODE:IE47 AIBK 9311 5264 8203 17]] belongs to [[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:4829163L]], who lives at [[ADDRESS:3 Ashgrove Terrace]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 KX28]].""",
    """For verification: [[PERSON:Harish Chandra]], SSN [[US_SSN:219 55 0873]], born [[DATE_TIME:4th of October 1966]], mother's maiden name [[PERSON:Iyengar]], security answer: blue mango.""",
    """Hey [[PERSON:Lwin]], the parcel for [[TITLE:Daw]] [[PERSON:Khin Myint]] goes to [[ADDRESS:Blk 35 Upper Boon Keng Road #12-1403]], [[LOCATION:Singapore]] [[ZIP_CODE:380035]]; her phone is [[PHONE_NUMBER:+65 9387 1520]] and she is home after 6pm.""",
    """Our Chief Quality Orchestrator, [[PERSON:Agnieszka]], flagged an account opened in the name of [[PERSON:Rahim Uddin]] from MAC 00:1B:44:11:3A:B7 and IP [[IP_ADDRESS:86.142.9.201]]; the payout IBAN was [[IBAN_CODE:GB53NAIA07011681446203]], SWIFT NAIAGB21.""",
    """Sending the medical notes of [[PERSON:Ayaan]] ([[AGE:7]]) to [[PERSON:Dr Nwosu]] at the paediatric clinic; the child's NHS number is [[ID_NUMBER:612 049 3875]] and his mother, [[PERSON:Rukhsana]], can be reached on [[PHONE_NUMBER:07832 119 604]].""",
    """Age: [[AGE:72]]; Gender: Male; Name: [[PERSON:Gopal Krishnan Nair]]; Phone: [[PHONE_NUMBER:+61 3 9687 2214]]; Street: [[ADDRESS:41 Buckley Street]]; City: [[LOCATION:Footscray]]; State: [[LOCATION:VIC]]; Postcode: [[ZIP_CODE:3011]]; TFN: [[ID_NUMBER:318 702 643]].""",
    """[[PERSON:Kim Loan Huynh]], Dynamic Tactics Engineer at the [[LOCATION:Garden Grove]] office, reset her password to Pho4ever!2024 on [[DATE_TIME:8/19/2024]]; the reset link was sent to [[EMAIL_ADDRESS:kimloan.huynh@icloud.com]] and opened from [[IP_ADDRESS:76.91.140.33]].""",
    """CLAIM NOTIFICATION - MOTOR
Policyholder: [[PERSON:Mr Ravi Chandran]]
Policy no.: MTR-7731904-UK
Date of birth: [[DATE_TIME:14/08/1979]]
Address: [[ADDRESS:62 Cranbrook Road]], [[LOCATION:Ilford]], [[LOCATION:Essex]] [[ZIP_CODE:IG1 4PG]]
Contact: [[PHONE_NUMBER:07956 442 018]] / [[EMAIL_ADDRESS:ravi.chandran@gmail.com]]
Vehicle: Toyota Prius, registration [[ID_NUMBER:EY68 WRK]]
Date/time of incident: [[DATE_TIME:12/10/2024 17:20]]
Description: While stationary at the lights on the A118 the insured vehicle was struck from behind by a Ford Transit driven by [[PERSON:Ms Kelly Armitage]] ([[PHONE_NUMBER:07700 482 119]]), who admitted liability at the scene. An independent witness, [[PERSON:Abdirahman Warsame]], gave his number as [[PHONE_NUMBER:07418 330 972]]. The policyholder attended A&E at King George Hospital the same evening.""",
    """EMPLOYMENT CONTRACT
This Agreement is made on [[DATE_TIME:3 March 2025]] between Lionbridge Logistics Pte Ltd (UEN 201912345K) ("the Company") and [[PERSON:Mohd Faizal bin Ismail]], NRIC No. [[ID_NUMBER:S7708529G]], of [[ADDRESS:Blk 218 Jurong East Street 21 #07-541]], [[LOCATION:Singapore]] [[ZIP_CODE:600218]] ("the Employee").
1. Commencement. The Employee shall commence employment on [[DATE_TIME:1 April 2025]] in the position of Warehouse Supervisor, reporting to the Operations Manager.
2. Remuneration. A basic monthly salary of S$3,850 shall be credited to the Employee's DBS account no. [[ID_NUMBER:072-418853-6]] on the last working day of each month.
3. Next of kin. [[PERSON:Noraini binti Salleh]] (wife), tel. [[PHONE_NUMBER:9640 2281]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Gurdeep Singh Grewal]]    MRN: [[ID_NUMBER:00438127]]    DOB: [[DATE_TIME:1956-02-11]] ([[AGE:68]] y)
OHIP: [[ID_NUMBER:4817-203-997-KT]]
Admitted: [[DATE_TIME:2024-11-02]]    Discharged: [[DATE_TIME:2024-11-06]]
Attending: [[PERSON:Dr. Olivia Chen]], Cardiology
Diagnosis: NSTEMI; PCI to LAD on [[DATE_TIME:Nov 3]]. Discharged home on dual antiplatelet therapy.
Follow-up: family physician [[PERSON:Dr. R. Bhatti]], [[ADDRESS:7700 Hurontario St, Unit 204]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 4M3]], within two weeks. Son [[PERSON:Manpreet]] ([[PHONE_NUMBER:647-388-1904]]) will help with medications; patient speaks Punjabi, interpreter preferred.""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION - Section 1a. Personal Information
Name: [[PERSON:Nguyen, Thao Vy]]
Social Security Number: [[US_SSN:541-77-3028]]    Date of Birth: [[DATE_TIME:03/22/1988]]
Citizenship: Permanent Resident Alien
Current Address: [[ADDRESS:10452 Bolsa Ave, Apt 6]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]    How long at current address? 2 years 4 months
Phone: [[PHONE_NUMBER:(657) 214-8830]]    Email: [[EMAIL_ADDRESS:thaovy.nguyen88@gmail.com]]
Employer: Coastline Dental Group - Dental Hygienist - start date [[DATE_TIME:06/03/2019]]
Co-Borrower: [[PERSON:Tran, Duc Minh]], SSN [[US_SSN:603-18-2294]], DOB [[DATE_TIME:11/09/1985]]""",
    """IN THE COUNTY COURT AT CENTRAL LONDON                        Claim No. K00CL412
BETWEEN
[[PERSON:PRAKASH NAIDOO]]                                          Claimant
and
[[PERSON:LUCY ANNE HARGREAVES]]                                    Defendant
NOTICE OF HEARING
TAKE NOTICE that the claim will be heard by [[TITLE:District Judge]] [[PERSON:Okonkwo]] on [[DATE_TIME:Wednesday 9 April 2025 at 10:00 am]], time estimate 1 hour.
The Claimant's address for service: [[ADDRESS:27 Tudor Way]], [[LOCATION:Wembley]] [[ZIP_CODE:HA9 6LH]].
The Defendant's address for service: [[ADDRESS:Flat 9, Cavendish Court, 14 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AD]].""",
    """STATEMENT OF WITNESS (Evidence Act 2008)
Name: [[PERSON:Malini Thevarajah]]    Age: [[AGE:36]]    Occupation: Pharmacist
Address: [[ADDRESS:19 Rosella Street]], [[LOCATION:Dandenong North]] [[LOCATION:VIC]] [[ZIP_CODE:3175]]    Phone: [[PHONE_NUMBER:0431 220 718]]
On [[DATE_TIME:Thursday the 7th of March 2024 at 8:15pm]] I was closing the pharmacy at [[ADDRESS:2/41 Cheltenham Road]] with my colleague [[PERSON:Huong]] when a man I now know to be [[PERSON:Jarrod Kemp]] came to the counter and demanded the keys to the DD cabinet. I recognised him because he had filled scripts with us under the name [[PERSON:J. Kemp]] since about [[DATE_TIME:October 2023]].
Statement taken by [[TITLE:Senior Constable]] [[PERSON:Aiden Morris]], registered no. [[ID_NUMBER:38812]], at the police station in [[LOCATION:Dandenong]].""",
    """Immigration, Refugees and Citizenship Canada
Application number: E001847392    UCI: [[ID_NUMBER:89-4411-0265]]
[[PERSON:Sanjana Bhattacharya]]
Date of birth: [[DATE_TIME:1993/07/26]]
Dear [[PERSON:Sanjana Bhattacharya]],
We are pleased to inform you that your application for permanent residence has been approved. Please present yourself at your landing appointment on [[DATE_TIME:August 14, 2024 at 1:30 p.m.]] with your passport ([[ID_NUMBER:T8841907]]) and your Confirmation of Permanent Residence. Your accompanying spouse, [[PERSON:Arindam Ghosh]] (UCI [[ID_NUMBER:89-4411-0273]]), must attend with you.""",
    """NOTICE TO PAY RENT OR QUIT
To: [[PERSON:Marcus Freeman]] and [[PERSON:Tiana Freeman]], and all others in possession of the premises at [[ADDRESS:2217 Telegraph Avenue, Unit C]], [[LOCATION:Oakland]], [[LOCATION:California]] [[ZIP_CODE:94612]].
WITHIN THREE (3) DAYS after service of this notice you are required to pay the past-due rent of $3,400.00 for the period ending October 31 to the landlord, [[PERSON:Hemant Joshi]], at [[ADDRESS:519 Grand Ave, Suite 210]], or deliver up possession of the premises.
Served by [[PERSON:Alicia Moreno]] on [[DATE_TIME:November 4, 2024]] by personal delivery.""",
    """NEW PATIENT REGISTRATION - Westmead Family Practice
Surname: [[PERSON:Santos]]    Given names: [[PERSON:Maria Luisa]]    Preferred name: [[PERSON:Malou]]
DOB: [[DATE_TIME:22 / 01 / 1964]]    Sex: F    Country of birth: [[LOCATION:Philippines]]    Language: Tagalog
Address: [[ADDRESS:14 Hassall Street]], [[LOCATION:Westmead]] [[LOCATION:NSW]] [[ZIP_CODE:2145]]
Mobile: [[PHONE_NUMBER:0412 338 905]]    Email: [[EMAIL_ADDRESS:malou.santos64@yahoo.com]]
Medicare no.: [[ID_NUMBER:5763 01947 1]]    DVA: n/a
Emergency contact: [[PERSON:Jerome Santos]] (son) [[PHONE_NUMBER:0403 117 264]]
Signed: [[PERSON:M. L. Santos]]    Date: [[DATE_TIME:05/02/2025]]""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Mr. Aditya Raj Singh]]    PAN: [[ID_NUMBER:AKRPS5513N]]    Aadhaar: [[ID_NUMBER:7304 9218 8569]]
Date of birth: [[DATE_TIME:09-Nov-1990]]    Marital status: Married
Residential address: [[ADDRESS:H. No. 44, Gali No. 3, Shastri Nagar]], [[LOCATION:Meerut]], [[LOCATION:Uttar Pradesh]] [[ZIP_CODE:250004]]
Employer: Shree Balaji Textiles    Designation: Accounts Executive    Monthly income: Rs 48,500
Salary account: [[ID_NUMBER:31804412977]] (IFSC SBIN0001702)
Loan amount requested: Rs 3,00,000    Tenure: 36 months
Reference: [[PERSON:Vivek Chaudhary]], [[PHONE_NUMBER:+91 94120 55831]]""",
    """WORKPLACE INCIDENT REPORT (WSH)
Injured person: [[PERSON:Md Shafiqul Islam]]    Nationality: [[NRP:Bangladeshi]]    Age: [[AGE:29]]
Work Permit No.: [[ID_NUMBER:0 2481937]]    FIN: [[ID_NUMBER:G5847106U]]
Residential address: [[ADDRESS:Blk 12 Tuas South Avenue 1, Westlite Dormitory, Room 4-17]], [[LOCATION:Singapore]] [[ZIP_CODE:637628]]
Date and time of accident: [[DATE_TIME:14/06/2024, 10.40am]]
Description: While unloading rebar from a lorry the worker's left hand was caught between two bundles. First aid was given by the site supervisor, [[PERSON:Ravichandran s/o Muthu]], and the worker was sent to Ng Teng Fong General Hospital by the company van.""",
    """ASSURED SHORTHOLD TENANCY AGREEMENT
Date: [[DATE_TIME:28th June 2024]]
Landlord: [[PERSON:Mr Rajesh Kumar Mistry]] of [[ADDRESS:11 The Ridgeway]], [[LOCATION:Stanmore]] [[ZIP_CODE:HA7 4BE]]
Tenant(s): [[PERSON:Ngoc Anh Do]] and [[PERSON:Thomas Birch]]
Property: [[ADDRESS:Flat 4, 27 Sunnyhill Road]], [[LOCATION:Streatham]], [[LOCATION:London]] [[ZIP_CODE:SW16 2UG]]
Term: twelve months from [[DATE_TIME:1 July 2024]]
Rent: £1,650 per calendar month, payable by standing order to the Landlord's account [[IBAN_CODE:GB06HBUK40127658830412]]
Deposit: £1,903.84, protected with the DPS under reference 1207734.""",
    """[[PERSON:Kevin Thao]]
[[ADDRESS:1834 Arcade St]]
[[LOCATION:St. Paul]], [[LOCATION:MN]] [[ZIP_CODE:55106]]

Re: Notice of Data Security Incident

Dear [[PERSON:Kevin Thao]],

We are writing to tell you about an incident that may have involved some of your information. On or around May 2, an unauthorized party accessed a file server at our clinic. The information involved may have included your name, date of birth ([[DATE_TIME:12/18/1979]]), patient ID [[ID_NUMBER:PT-0088126]] and the last four digits of your Social Security number (4410). We are offering you 24 months of credit monitoring at no cost; please call 1-855-604-2231 or write to privacy@lakesidefamilyclinic.org.""",
    """KIRAYA ANUBANDH (RENT AGREEMENT)
Yeh agreement [[DATE_TIME:1 April 2025]] ko [[TITLE:Shri]] [[PERSON:Ramesh Chand Gupta]], S/o Late [[TITLE:Shri]] [[PERSON:Mohan Lal Gupta]], nivasi [[ADDRESS:House No. 218, Sector 15-A]], [[LOCATION:Faridabad]], [[LOCATION:Haryana]] (Makaan Malik) aur [[PERSON:Kunal Arora]], Aadhaar no. [[ID_NUMBER:4821 6073 9137]] (Kirayedaar) ke beech kiya gaya hai.
Kiraya Rs 18,000 har mahine ki 5 tareekh tak Makaan Malik ke khate [[ID_NUMBER:917010045382216]] mein jama hoga. Security deposit Rs 36,000. Gawah: [[PERSON:Pankaj Mittal]], mob. [[PHONE_NUMBER:98110 62743]].""",
    """Patient ka naam: [[PERSON:Kamla Devi]]    Umar: [[AGE:67]] saal    Ling: Mahila
Pata: [[LOCATION:Gram Rampur Kalan]], [[LOCATION:Tehsil Sadar]], [[LOCATION:Jila Sitapur]] [[ZIP_CODE:261001]]
Bharti ki tareekh: [[DATE_TIME:4/9/2024]]    Chhutti: [[DATE_TIME:9/9/2024]]
Nidaan: Sugar aur BP dono high the, 5 din IV diya gaya. Ghar par insulin subah-shaam lena hai.
Agli jaanch [[DATE_TIME:23 September]] ko [[PERSON:Dr. Anjali Verma]] ki OPD mein. Bete [[PERSON:Suresh]] ka mobile [[PHONE_NUMBER:7398 114 552]].""",
    """HỢP ĐỒNG LAO ĐỘNG
Số: 047/2024/HĐLĐ
Bên A (người sử dụng lao động): Công ty TNHH Thực phẩm Sài Gòn Xanh
Bên B (người lao động): [[TITLE:Bà]] [[PERSON:Ngô Thị Thanh Tâm]]
Sinh ngày: [[DATE_TIME:18/06/1995]]    Số CCCD: [[ID_NUMBER:079195004821]]
Thường trú tại: [[ADDRESS:45/7 Lý Thường Kiệt]], [[LOCATION:Phường 7]], [[LOCATION:Quận 10]], [[LOCATION:TP. Hồ Chí Minh]]
Điện thoại: [[PHONE_NUMBER:0908 562 147]]
Chức danh: Nhân viên kiểm soát chất lượng. Thời hạn hợp đồng: 12 tháng, từ [[DATE_TIME:ngày 01 tháng 8 năm 2024]].
Lương được chuyển vào tài khoản số [[ID_NUMBER:1903 5874 2210 17]] tại Techcombank.""",
    """BIÊN BẢN VỤ VIỆC
Hồi [[DATE_TIME:22 giờ 30 phút ngày 05/01/2025]], tại [[ADDRESS:số 112 đường Trần Phú]], [[LOCATION:phường Lộc Thọ]], [[LOCATION:thành phố Nha Trang]], chúng tôi gồm [[TITLE:Đại úy]] [[PERSON:Phan Văn Lực]] và [[TITLE:Trung úy]] [[PERSON:Hồ Thị Ngọc]] đã lập biên bản đối với:
[[TITLE:Ông]] [[PERSON:Trương Công Danh]], sinh năm 1989, CCCD số [[ID_NUMBER:056089003317]], điều khiển xe ô tô biển số [[ID_NUMBER:79A-214.58]], có nồng độ cồn vượt mức cho phép.
Người làm chứng: [[TITLE:bà]] [[PERSON:Lâm Thị Kiều]], số điện thoại [[PHONE_NUMBER:0258 3521 904]].""",
    """WORKER'S REPORT OF INJURY OR OCCUPATIONAL DISEASE
Claim number: 2024-118833
Worker: [[PERSON:Jaswinder Kaur Brar]]    PHN: [[ID_NUMBER:9417 283 059]]    SIN: [[ID_NUMBER:718 442 031]]
Home address: [[ADDRESS:12871 84 Ave]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 1K6]]    Phone: [[PHONE_NUMBER:778-551-0392]]
Date and time of injury: [[DATE_TIME:2024-08-29 14:10]]
Employer: Fraser Valley Berry Farms Ltd.    Supervisor: [[PERSON:Tony Sidhu]]
How did the injury happen? I was picking blueberries from the top of a ladder in the north field when the ladder moved and I fell on my right wrist. My cousin [[PERSON:Rajvir]] drove me to the hospital in [[LOCATION:Abbotsford]]. I had not been hurt at work before.""",
    """STUDENT ENROLMENT FORM - 2025
Student: [[PERSON:DELA ROSA, Gabriel Miguel]]    DOB: [[DATE_TIME:15/09/2016]]    Year level: 3
Religion: [[NRP:Catholic]]    Language spoken at home: Tagalog, English    Visa subclass: 482
Parent/carer 1: [[PERSON:Rowena Dela Rosa]], mobile [[PHONE_NUMBER:0422 765 019]], email [[EMAIL_ADDRESS:rowena.delarosa@gmail.com]]
Parent/carer 2: [[PERSON:Jun Dela Rosa]], mobile [[PHONE_NUMBER:0433 102 876]]
Home address: [[ADDRESS:7 Kestrel Court]], [[LOCATION:Point Cook]] [[LOCATION:VIC]] [[ZIP_CODE:3030]]
Medical: mild asthma (Ventolin in bag). Authorised to collect: [[PERSON:Lorna Bautista]] (aunt), [[PHONE_NUMBER:0401 994 215]].""",
    """U.S. Department of Justice
Executive Office for Immigration Review
Board of Immigration Appeals
File: [[ID_NUMBER:A208-114-377]] - [[LOCATION:Dallas]], [[LOCATION:TX]]                    Date: [[DATE_TIME:JUN 21 2024]]
In re: [[PERSON:Jose Manuel RIVAS-OCHOA]] a.k.a. [[PERSON:Manuel Rivas]]
IN REMOVAL PROCEEDINGS
ON BEHALF OF RESPONDENT: [[PERSON:Priyanka Deshmukh]], Esquire
The respondent, a native and citizen of [[LOCATION:Honduras]], appeals from the Immigration Judge's decision dated [[DATE_TIME:January 9, 2024]], denying his applications for asylum and withholding of removal. The respondent testified that he left [[LOCATION:San Pedro Sula]] on [[DATE_TIME:March 2, 2019]] after gang members threatened his brother, [[PERSON:Wilmer]]. The appeal will be sustained in part and the record remanded.""",
    """THIS IS THE LAST WILL AND TESTAMENT of me [[PERSON:KAMALA DEVI RAMDIN]] of [[ADDRESS:48 Coniston Avenue]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 7GS]].
1. I REVOKE all former wills and testamentary dispositions made by me.
2. I APPOINT my son [[PERSON:ASHOK RAMDIN]] of [[ADDRESS:3 Fern Close]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 2SJ]] and my niece [[PERSON:PRIYA NARAYAN]] of [[ADDRESS:90 Pinner Road]], [[LOCATION:Harrow]] to be the executors of this will.
3. I GIVE my gold jewellery to my granddaughter [[PERSON:Anjali Ramdin]] and the sum of £2,000 to the Shree Sanatan Mandir.
SIGNED by the testatrix on [[DATE_TIME:the 14th day of May 2023]] in our joint presence and then by us in hers:
Witness 1: [[PERSON:Gareth Lloyd]], solicitor, [[LOCATION:Leicester]]
Witness 2: [[PERSON:Bhavna Solanki]], legal secretary""",
    """CUSTOMER DUE DILIGENCE - INDIVIDUAL
Full name: [[PERSON:Ahmed Raza Chaudhry]]    Previous names: none
Date of birth: [[DATE_TIME:03 JAN 1992]]    Place of birth: [[LOCATION:Gujranwala]], [[LOCATION:Pakistan]]
Nationality: [[NRP:Pakistani]]
Identity document: [[NRP:Pakistani]] passport [[ID_NUMBER:AB4473921]]; biometric residence permit [[ID_NUMBER:ZR9015573]]
Residential address: [[ADDRESS:101 Stockport Road]], [[LOCATION:Longsight]], [[LOCATION:Manchester]] [[ZIP_CODE:M12 4AA]], since [[DATE_TIME:Feb 2021]]
Occupation: Software engineer    Source of funds: salary
Account opened: sort code 30-96-34, account no. [[ID_NUMBER:17720568]], IBAN [[IBAN_CODE:GB65 LOYD 3096 3417 7205 68]]
PEP / sanctions screening: no match. Checked by [[PERSON:L. Whitmore]] on [[DATE_TIME:17/10/2024]].""",
    """CONSENT FOR SURGICAL PROCEDURE
Patient name: [[PERSON:Ruth Okonjo-Bassey]]    MRN: [[ID_NUMBER:M00729184]]    DOB: [[DATE_TIME:4/2/1951]]
I hereby authorize [[PERSON:Dr. Vikram Sethi]] and such assistants as may be selected by him to perform the following procedure: laparoscopic cholecystectomy, possible open.
The nature and purpose of the procedure, the risks involved and the possibility of complications have been explained to me. I have been given an opportunity to ask questions.
Patient signature: ______________    Date/Time: [[DATE_TIME:10/15/2024 07:05]]
Witness: [[PERSON:Maricar Villanueva]], RN""",
    """PENALTY NOTICE - CAMERA DETECTED OFFENCE
Obligation number: 1170 4423 9921
Registered operator: [[PERSON:Sok Dara Chea]]
[[ADDRESS:5/88 Nicholson Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]
Vehicle registration: [[ID_NUMBER:1XR 7PQ]]    Vehicle: Mazda 3 hatch, grey
Offence: exceed speed limit by 10 km/h or more but less than 25 km/h
Offence date/time: [[DATE_TIME:17/02/2025 06:48]]    Location: Geelong Rd inbound, [[LOCATION:Footscray]]
Nominated driver: [[PERSON:Chea Bopha]], Victorian licence [[ID_NUMBER:049 771 283]], date of birth [[DATE_TIME:30/11/1999]], of the same address.""",
    """[[PERSON:Sunil Varghese]]
[[ADDRESS:Flat 22, Meridian House, 5 Lower Road]]
[[LOCATION:Rotherhithe]], [[LOCATION:London]] [[ZIP_CODE:SE16 2XB]]
[[DATE_TIME:3 February 2025]]

Data Protection Officer
Northway Telecom Ltd

Subject access request - account no. [[ID_NUMBER:NT-00418823]]

Dear Sir or Madam,
Under Article 15 of the UK GDPR I ask for a copy of all the personal data you hold about me, including the recordings of my calls to your helpline on [[DATE_TIME:12 November 2024]] and [[DATE_TIME:19 November 2024]] about the disconnection of my mobile, [[PHONE_NUMBER:07771 904 362]]. Please reply within one month.

Yours faithfully,
[[PERSON:Sunil Varghese]]""",
    """SAN JOSE POLICE DEPARTMENT - INCIDENT REPORT
Case #: 24-287-0193    Offense: PC 459 Burglary (Residential)
Date/Time Reported: [[DATE_TIME:10/13/2024 0912 hrs]]
Location of Occurrence: [[ADDRESS:2873 Aborn Rd]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95121]]
Victim: [[PERSON:LAM, Hung Quoc]]    Sex: M    DOB: [[DATE_TIME:07/04/1961]]    Phone: [[PHONE_NUMBER:(408) 274-9316]]
Witness: [[PERSON:NAVARRO, Gloria]]    DOB: [[DATE_TIME:02/27/1978]]    CDL: [[US_DRIVER_LICENSE:B7730219]]
Narrative: On the above date and time I, [[TITLE:Ofc.]] [[PERSON:D. Whitman]] #[[ID_NUMBER:4172]], responded to the residence regarding a burglary. [[PERSON:LAM]] stated he left for work at 0630 hours and returned to find the rear slider pried open. Missing items: gold jewelry, a Dell laptop (S/N 7HX2QK3) and approx. $1,800 in cash. [[PERSON:NAVARRO]], who lives next door, saw a white Honda with partial plate 8KJ parked in front at about 1000 hours.""",
    """APPLICATION FOR ASYLUM SUPPORT - Section 1: Main applicant
Full name: [[PERSON:Abdul Wahid Noorzai]]    Home Office reference: [[ID_NUMBER:N1088342]]    Port reference: HEA/24/11731
Date of birth: [[DATE_TIME:01/01/1990]]    Nationality: [[NRP:Afghan]]    Main language: Pashto
Current address: c/o [[PERSON:Mr Zalmai Sherzad]], [[ADDRESS:37 Stanley Road]], [[LOCATION:Bootle]] [[ZIP_CODE:L20 3DU]]
Dependants: wife [[PERSON:Freshta Noorzai]] (DOB [[DATE_TIME:14/03/1995]]); son [[PERSON:Omid Noorzai]] (DOB [[DATE_TIME:20/08/2021]])
Contact number: [[PHONE_NUMBER:07466 581 203]]
Date of arrival in the UK: [[DATE_TIME:28/09/2024]]""",
    """EARNINGS STATEMENT
Pay period: Jan 1 - Jan 15, 2025    Pay date: Jan 17, 2025
Employee: [[PERSON:Roxanne Mae Villamor]]    Employee ID: [[ID_NUMBER:E-30417]]    SIN: ***-***-173
Address: [[ADDRESS:1105-3970 Carrigan Court]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V3N 4S3]]
Regular 80.00 h @ $24.50 ........ $1,960.00
Overtime 6.50 h @ $36.75 ........ $238.88
CPP -$118.41   EI -$36.05   Income tax -$241.60
Net pay $1,802.82 deposited to account [[ID_NUMBER:5021884]] (transit 04512, institution 003)""",
    """[[DATE_TIME:March 18, 2025]]

To Whom It May Concern:

This letter confirms that [[PERSON:Mr. Venkata Sai Krishna Bommireddy]] has been employed full-time by Corvex Analytics, Inc. since [[DATE_TIME:July 11, 2022]] as a Senior Data Engineer, in H-1B status. His annual base salary is $168,000. [[PERSON:Mr. Bommireddy]] works on site at our office in [[LOCATION:Sacramento]], [[LOCATION:California]], and his employee ID is [[ID_NUMBER:CX-22871]].

For any questions please contact our HR team at (916) 441-2090 or hr-verifications@corvexanalytics.com.

Sincerely,
[[PERSON:Laura Feinstein]]
HR Business Partner""",
    """CHILD HEALTH BOOKLET - IMMUNISATION RECORD
Child's name: [[PERSON:Aryan Nair Pillai]]    Birth cert. no.: [[ID_NUMBER:T1263048J]]    DOB: [[DATE_TIME:03-06-2012]]
Mother: [[PERSON:Divya Nair]]    Contact: [[PHONE_NUMBER:9735 0826]]
Vaccine            Dose   Date given    Given by
BCG                1      [[DATE_TIME:03-06-2012]]    KKH
Hepatitis B        3      [[DATE_TIME:05-12-2012]]    [[PERSON:Nurse Goh]]
MMR                2      [[DATE_TIME:12-06-2014]]    [[PERSON:Nurse Rahimah]]
DTaP-IPV booster   1      [[DATE_TIME:20-07-2022]]    [[PERSON:Dr T. Lim]]""",
    """{"customer_id": "[[ID_NUMBER:CUS-448201]]", "first_name": "[[PERSON:Anh]]", "last_name": "[[PERSON:Nguyen]]", "dob": "[[DATE_TIME:1991-04-17]]", "email": "[[EMAIL_ADDRESS:anh.nguyen91@outlook.com]]", "phone": "[[PHONE_NUMBER:+1 (503) 772-1049]]", "address": {"street": "[[ADDRESS:8420 SE Division St]]", "unit": "[[ADDRESS:Apt 2]]", "city": "[[LOCATION:Portland]]", "state": "[[LOCATION:OR]]", "zip": "[[ZIP_CODE:97266]]"}, "loyalty_tier": "gold", "marketing_opt_in": false, "preferred_store": 1182}""",
    """[[DATE_TIME:2024-10-03T14:22:09.118Z]] INFO  auth.service      login_success username=[[USERNAME:priya.s]] ip=[[IP_ADDRESS:49.36.120.77]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" session=8f3a9c1e77d04b2a
[[DATE_TIME:2024-10-03T14:22:41.502Z]] WARN  payments.gateway  card_declined username=[[USERNAME:priya.s]] pan=[[CREDIT_CARD:4571730229146850]] exp=03/26 reason=insufficient_funds retry=1
2024-10-03T14:23:00.000Z INFO  scheduler         job=nightly_settlement status=queued host=pay-worker-03""",
    """INSERT INTO patients (patient_id, full_name, dob, nhs_number, phone, postcode, gp_practice)
VALUES ('[[ID_NUMBER:P-20931]]', '[[PERSON:Balwinder Singh Sohal]]', '[[DATE_TIME:1948-09-30]]', '[[ID_NUMBER:7305812641]]', '[[PHONE_NUMBER:01902 553 871]]', '[[ZIP_CODE:WV4 6JE]]', 'M92011');""",
    """<applicant>
  <name><given>[[PERSON:Rizwana]]</given><family>[[PERSON:Begum]]</family></name>
  <birthDate>[[DATE_TIME:1984-05-02]]</birthDate>
  <nationality>[[NRP:Bangladeshi]]</nationality>
  <passportNo>[[ID_NUMBER:EE0947123]]</passportNo>
  <ukAddress>
    <line1>[[ADDRESS:71 Cannon Street Road]]</line1>
    <town>[[LOCATION:London]]</town>
    <postcode>[[ZIP_CODE:E1 0BH]]</postcode>
  </ukAddress>
  <sponsor><name>[[PERSON:Jamal Uddin]]</name><niNumber>[[ID_NUMBER:SK 30 41 97 D]]</niNumber></sponsor>
  <visaType>Spouse</visaType>
</applicant>""",
    """# deploy/prod.yaml
service: claims-intake
owner:
  name: [[PERSON:Arvind Subramanian]]
  email: [[EMAIL_ADDRESS:arvind.s@fastmail.com]]
  oncall_phone: "[[PHONE_NUMBER:+65 8123 9904]]"
server:
  host: [[IP_ADDRESS:10.12.4.31]]
  port: 8443
  mac: 00:50:56:a1:3c:02
  image: registry.internal/claims-intake:3.11.4
alerts:
  escalation: sre-oncall@claimsco.sg""",
    """def test_signup_sends_welcome_email(client, mailer):
    payload = {
        "name": "[[PERSON:Thanh Nguyen]]",
        "email": "[[EMAIL_ADDRESS:thanh.nguyen.dev@gmail.com]]",
        "phone": "[[PHONE_NUMBER:0412 880 317]]",
        "dob": "[[DATE_TIME:14/05/1990]]",
        "password": "hunter2-but-longer",
    }
    resp = client.post("/api/v2/signup", json=payload)
    assert resp.status_code == 201
    assert mailer.outbox[0].to == ["[[EMAIL_ADDRESS:thanh.nguyen.dev@gmail.com]]"]""",
    """Ticket #HD-44718 | Priority: High | Status: Open
Opened by: [[PERSON:Farah Siddiqui]] <[[EMAIL_ADDRESS:farah.siddiqui@northbridge-law.co.uk]]>
Subject: Can't open client files after laptop swap
Hi IT, since the swap yesterday I can't open anything on the S: drive. New laptop asset tag NBL-LT-0419, serial 5CG1234XYZ. I'm in court all afternoon so please call my mobile [[PHONE_NUMBER:07825 663 104]] rather than my desk extension (2214). My Windows login is [[USERNAME:fsiddiqui]].
-- [[PERSON:Farah]]""",
    """{"id": "evt_1PqL2mK9", "type": "charge.failed", "data": {"object": {"amount": 18900, "currency": "myr", "billing_details": {"name": "[[PERSON:Siti Nurhaliza binti Kamal]]", "email": "[[EMAIL_ADDRESS:siti.kamal@yahoo.com.my]]", "phone": "[[PHONE_NUMBER:+60 12-384 7721]]", "address": {"line1": "[[ADDRESS:21 Jalan SS 2/64]]", "city": "[[LOCATION:Petaling Jaya]]", "state": "[[LOCATION:Selangor]]", "postal_code": "[[ZIP_CODE:47300]]", "country": "[[LOCATION:Malaysia]]"}}, "payment_method_details": {"card": {"brand": "visa", "last4": "0875", "exp_month": 11, "exp_year": 2027, "funding": "debit"}}, "failure_code": "card_declined"}}}""",
    """[smtp]
host = smtp.office365.com
port = 587
user = [[EMAIL_ADDRESS:rajiv.malhotra@malhotralaw.ca]]
password = Winter2024!

[notifications]
admin_name = [[PERSON:Rajiv Malhotra]]
admin_mobile = [[PHONE_NUMBER:+1 416 738 2205]]
cc = reception@malhotralaw.ca""",
    """{"ts":"[[DATE_TIME:2025-02-04T16:03:11Z]]","actor":"[[USERNAME:jgarcia_paralegal]]","action":"update_status","applicant":"[[PERSON:Nguyen Thi Kim Chi]]","a_number":"[[ID_NUMBER:A-219-887-410]]","receipt":"MSC2490123456","form":"I-485","status":"RFE issued"}
{"ts":"[[DATE_TIME:2025-02-04T16:05:47Z]]","actor":"[[USERNAME:jgarcia_paralegal]]","action":"add_note","applicant":"[[PERSON:Nguyen Thi Kim Chi]]","note":"Client called from [[PHONE_NUMBER:714-530-8862]]; biometrics were done on [[DATE_TIME:12/19/2024]] in [[LOCATION:Santa Ana]]."}""",
    """SELECT e.emp_no, e.first_name, e.last_name, p.bank_account
FROM employees e JOIN payroll p ON p.emp_no = e.emp_no
WHERE e.email = '[[EMAIL_ADDRESS:d.okafor@halverson-group.com]]'
   OR e.ssn = '[[US_SSN:457-21-8806]]'
   OR e.last_name ILIKE '[[PERSON:okafor]]%';""",
    """CAD EVENT 250118-0442 | TYPE: DOMESTIC | PRI 1 | RCVD [[DATE_TIME:2025-01-18 03:42:10]]
LOC: [[ADDRESS:1190 Kingsway, Apt 508]], [[LOCATION:Vancouver]]
RP: [[PERSON:CHOUDHURY, Tasnim]]  PH: [[PHONE_NUMBER:604-322-8817]]
SUBJ: [[PERSON:CHOUDHURY, Rafiq]]  DOB: [[DATE_TIME:1979-03-12]]  DL: [[ID_NUMBER:7720418]]
NOTES: RP STATES HUSBAND IS INTOX AND THREW A PHONE AT HER. NO WEAPONS SEEN. 2 CHILDREN IN UNIT. RP SPEAKS BENGALI, SOME ENGLISH.
UNITS: 2A41 ENRT 03:44 / 2A43 ENRT 03:45""",
    """{
  "case_number": "CV-2024-004417",
  "court": "Superior Court of California, County of Alameda",
  "parties": [
    {"role": "plaintiff", "name": "[[PERSON:Meera Krishnamurthy]]", "address": "[[ADDRESS:3815 Piedmont Ave, Apt 11]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94611]]"},
    {"role": "defendant", "name": "[[PERSON:Bradley Connors]]", "counsel": "[[PERSON:Hannah Lee]], SBN [[ID_NUMBER:301774]]"}
  ],
  "hearing": {"type": "case management conference", "datetime": "[[DATE_TIME:2025-02-12T09:30:00-08:00]]", "dept": "21"}
}""",
    r"""MSH|^~\&|EPIC|STPETERS|LAB|STPETERS|202411040815||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN448812]]^^^STP^MR||[[PERSON:PATEL]]^[[PERSON:NIRMALA]]^[[PERSON:R]]||[[DATE_TIME:19620714]]|F|||[[ADDRESS:55 Oak Park Dr]]^^[[LOCATION:Edison]]^[[LOCATION:NJ]]^[[ZIP_CODE:08820]]||[[PHONE_NUMBER:(732)906-4418]]|||||||[[US_SSN:144-62-0391]]
NK1|1|[[PERSON:PATEL]]^[[PERSON:HIREN]]|SPO|||[[PHONE_NUMBER:(732)906-4419]]
PV1|1|O|CLINIC^^^STP||||[[ID_NUMBER:1447]]^[[PERSON:SHAH]]^[[PERSON:DEVANG]]""",
    """From: "[[PERSON:Haris Malik]]" <[[EMAIL_ADDRESS:haris.malik1987@gmail.com]]>
To: visas@brightwell-solicitors.co.uk
Date: [[DATE_TIME:Tue, 14 Jan 2025 09:12:44 +0000]]
Subject: Re: Skilled Worker extension - documents

Hi [[PERSON:Eleanor]],
Attached are my payslips and the new BRP ([[ID_NUMBER:ZT7745012]]). My wife [[PERSON:Sadia]]'s passport is being renewed at the Pakistan High Commission, I'll send it as soon as it is back. My new address is [[ADDRESS:16 Brook Street]], [[LOCATION:Oldham]] [[ZIP_CODE:OL1 3HJ]].
Thanks,
[[PERSON:Haris]]""",
    """GET /api/v1/users/me 200
{
  "id": 550913,
  "display_name": "[[PERSON:Joel Tan]]",
  "handle": "[[USERNAME:joeltan.sg]]",
  "email": "[[EMAIL_ADDRESS:joel.tan.kh@gmail.com]]",
  "links": {"instagram": "[[URL:https://instagram.com/joeltan.sg]]", "portfolio": "[[URL:https://joeltan.design]]"},
  "last_login": "[[DATE_TIME:2024-12-30T22:41:07+08:00]]",
  "last_ip": "[[IP_ADDRESS:175.156.21.88]]",
  "plan": "pro"
}""",
    """# .env.local - DO NOT COMMIT
DATABASE_URL=postgres://app:app@localhost:5432/visa_tracker
ADMIN_EMAIL=[[EMAIL_ADDRESS:wei.ling.goh@protonmail.com]]
ADMIN_NAME="[[PERSON:Goh Wei Ling]]"
SEED_TEST_APPLICANT_PASSPORT=[[ID_NUMBER:K1047729B]]
SEED_TEST_APPLICANT_NRIC=[[ID_NUMBER:F3392715X]]
SENTRY_DSN=https://4f1c2a9e0b@o44120.ingest.sentry.io/551002
APP_VERSION=2.4.1""",
    """const testCustomer = {
  fullName: '[[PERSON:Dinesh Wijeratne]]',
  email: '[[EMAIL_ADDRESS:dinesh.w@bigpond.com]]',
  mobile: '[[PHONE_NUMBER:0438 221 907]]',
  address: { line1: '[[ADDRESS:2/15 Clarendon Street]]', suburb: '[[LOCATION:Southbank]]', state: '[[LOCATION:VIC]]', postcode: '[[ZIP_CODE:3006]]' },
  card: { number: '[[CREDIT_CARD:5355 1980 6347 7204]]', cvc: '331', expiry: '10/28' },
  tfn: '[[ID_NUMBER:872 045 192]]',
};""",
    """commit 9e41c7a2d0f3b85e1c6a4f7720d9b1e35a8c0f42
Author: [[PERSON:Nguyen Duc Anh]] <[[EMAIL_ADDRESS:ducanh.ng@users.noreply.github.com]]>
Date:   [[DATE_TIME:Fri Mar 7 23:48:19 2025 +0700]]

    fix(export): mask phone numbers in CSV export

    Reported by [[PERSON:Linh]] after customer [[PERSON:Hoang Thi Mai]] ([[PHONE_NUMBER:0987 654 120]]) saw her number in a shared report.""",
    """mutation UpdateProfile {
  updateProfile(input: {
    userId: "usr_7Qk2",
    legalName: "[[PERSON:Marites Lacson Cruz]]",
    preferredName: "[[PERSON:Tess]]",
    birthDate: "[[DATE_TIME:1982-10-09]]",
    homePhone: "[[PHONE_NUMBER:+1 (206) 433-7180]]",
    mailingAddress: "[[ADDRESS:15012 Ambaum Blvd SW, #304]], [[LOCATION:Burien]], [[LOCATION:WA]] [[ZIP_CODE:98166]]"
  }) { ok }
}""",
    """## Bug: payment page crashes for some test accounts

**Steps to reproduce**
1. Log in as the QA test user `[[USERNAME:qa_sunita]]` (staging, password in 1Password).
2. Add the saved card ending 4417 and a new card [[CREDIT_CARD:4003 8061 7729 4534]], exp 12/29, CVC 123.
3. Set billing name to `[[PERSON:Sunita Ramachandran]]` and postcode `[[ZIP_CODE:M5V 2T6]]`.
4. Click **Pay**. The page shows `TypeError: cannot read properties of undefined (reading 'iban')`.

Browser: Chrome 126 on Windows 11. Seen by [[PERSON:Kyle]] and [[PERSON:Anjali]] on [[DATE_TIME:Jul 8]].""",
    """Mar 11 02:17:44 bastion-01 sshd[20931]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 40112 ssh2
[[DATE_TIME:Mar 11 02:17:51]] bastion-01 sshd[20935]: Accepted publickey for [[USERNAME:rkumar]] from [[IP_ADDRESS:122.171.19.204]] port 52214 ssh2: ED25519 SHA256:q3Vd0a9Jt1cM8rXz4Kf7pLw2Ee6uB5nYhS0gHiJkLmN
[[DATE_TIME:Mar 11 02:18:02]] bastion-01 sudo:   [[USERNAME:rkumar]] : TTY=pts/0 ; PWD=/home/[[USERNAME:rkumar]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """[[IP_ADDRESS:58.187.44.210]] - [[USERNAME:tuan.le]] [[[DATE_TIME:10/Oct/2024:13:55:36 +0700]]] "GET /account/profile?email=[[EMAIL_ADDRESS:tuan.le.hcm@gmail.com]] HTTP/1.1" 200 5120 "https://shop.example.vn/cart" "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36"
[[IP_ADDRESS:198.51.100.7]] - - [10/Oct/2024:13:55:37 +0700] "GET /static/app.9f2c1e.js HTTP/1.1" 200 88412 "-" "Mozilla/5.0 (compatible; Googlebot/2.1)\"""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Rahman]];[[PERSON:Mizanur]];;[[TITLE:Mr]];
FN:[[PERSON:Mizanur Rahman]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+44 7946 318 224]]
TEL;TYPE=HOME:[[PHONE_NUMBER:0114 275 6603]]
ADR;TYPE=HOME:;;[[ADDRESS:12 Staniforth Road]];[[LOCATION:Sheffield]];;[[ZIP_CODE:S9 3HB]];[[LOCATION:United Kingdom]]
BDAY:[[DATE_TIME:1975-11-23]]
EMAIL;TYPE=INTERNET:[[EMAIL_ADDRESS:mizan.rahman75@btinternet.com]]
END:VCARD""",
    """{"crm_contact": {"name": "[[PERSON:Arjun Ravindran]]", "company": "Sunbelt Solar LLC", "title": "Procurement Lead", "work_email": "[[EMAIL_ADDRESS:arjun.ravindran@sunbeltsolar.com]]", "mobile": "[[PHONE_NUMBER:+1 480-337-2091]]", "notes": "Met at RE+ in [[LOCATION:Anaheim]]. Moving to [[LOCATION:Austin]] on [[DATE_TIME:Sept 15]]; new home address to follow. Wife [[PERSON:Divya]] also in the industry. Prefers WhatsApp on the same number.", "owner": "[[USERNAME:mkowalski]]"}}""",
    """CREATE TABLE visa_applications (id SERIAL, applicant TEXT, passport_no TEXT, dob DATE, uci TEXT);
INSERT INTO visa_applications (applicant, passport_no, dob, uci) VALUES
  ('[[PERSON:Harjot Singh Virk]]', '[[ID_NUMBER:U6619034]]', '[[DATE_TIME:2001-02-19]]', '[[ID_NUMBER:1120558436]]'),
  ('[[PERSON:Ly Thi Ngoc Han]]', '[[ID_NUMBER:C9082276]]', '[[DATE_TIME:1999-12-01]]', '[[ID_NUMBER:1120558511]]');""",
    """# pyproject-style settings for the payroll export job
[tool.payroll_export]
run_as = "svc-payroll"
test_employee_name = "[[PERSON:Olga Wiśniewska]]"
test_employee_iban = "[[IBAN_CODE:GB57NWBK56003648215907]]"
test_employee_ni = "[[ID_NUMBER:JZ 71 44 02 A]]"
sort_code = "56-00-36"
report_recipients = ["payroll@meadowbank.co.uk"]""",
    """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>MB-20250305-0012</MsgId><CreDtTm>2025-03-05T10:14:00</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
  <PmtInf>
   <Dbtr><Nm>[[PERSON:Ahmed Al Mansoori]]</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>[[IBAN_CODE:AE590330001029384756123]]</IBAN></Id></DbtrAcct>
   <DbtrAgt><FinInstnId><BIC>MEBLAEAD</BIC></FinInstnId></DbtrAgt>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">2450.00</InstdAmt></Amt>
    <Cdtr><Nm>[[PERSON:Lakshmi Venkatesh]]</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>[[IBAN_CODE:DE94100100100736491827]]</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Tuition fees for [[PERSON:Karthik Venkatesh]]</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>""",
    """FORM I-9 (excerpt) - Section 1. Employee Information and Attestation
Last Name: [[PERSON:Phommachanh]]   First Name: [[PERSON:Khamla]]   Middle Initial: [[PERSON:S]]   Other Last Names Used: [[PERSON:Vongsavath]]
Address: [[ADDRESS:4410 W 38th Ave]]   Apt. Number: [[ADDRESS:12]]   City: [[LOCATION:Denver]]   State: [[LOCATION:CO]]   ZIP: [[ZIP_CODE:80212]]
Date of Birth: [[DATE_TIME:08/30/1979]]   U.S. Social Security Number: [[US_SSN:521-60-4478]]
Employee's E-mail Address: [[EMAIL_ADDRESS:khamla.p@comcast.net]]   Telephone: [[PHONE_NUMBER:(303) 455-9021]]
I attest that I am a lawful permanent resident (USCIS A-Number: [[ID_NUMBER:A201-558-964]]).
Signature of Employee: [[PERSON:K. Phommachanh]]   Today's Date: [[DATE_TIME:01/06/2025]]""",
    """{"level":"error","time":"[[DATE_TIME:2025-01-22T08:01:55+05:30]]","svc":"kyc-verify","msg":"aadhaar otp mismatch","user":{"name":"[[PERSON:Rakesh Yadav]]","mobile":"[[PHONE_NUMBER:+91 87001 42296]]","aadhaar":"[[ID_NUMBER:9153 7402 2689]]","pan":"[[ID_NUMBER:CQWPY8834D]]"},"attempt":3,"note":"customer bola OTP aaya hi nahi, kal [[DATE_TIME:23 Jan ko 11 baje]] call back karna hai, alt number [[PHONE_NUMBER:0522 271 4483]]"}""",
    """[[[DATE_TIME:2025-03-02 19:44:10]]] INFO  donhang.tao  Đơn hàng DH-908812 đã tạo cho khách [[PERSON:Trịnh Văn Phúc]] (SĐT [[PHONE_NUMBER:0372 118 944]], email [[EMAIL_ADDRESS:phuc.trinh.hn@gmail.com]])
[[[DATE_TIME:2025-03-02 19:44:11]]] INFO  giaohang    Địa chỉ giao: [[ADDRESS:số 9 ngõ 28 Xuân La]], [[LOCATION:quận Tây Hồ]], [[LOCATION:Hà Nội]]; ghi chú: "gọi trước 15 phút, nhà có chó"
[[[DATE_TIME:2025-03-02 19:44:15]]] WARN  thanhtoan   Thẻ [[CREDIT_CARD:5289140336617506]] bị từ chối, lý do: sai mã OTP, IP [[IP_ADDRESS:27.72.98.163]]""",
    """{
  "ticket": {
    "id": 771203,
    "subject": "Refund not received for cancelled flight",
    "requester": {"name": "[[PERSON:Aung Kyaw Min]]", "email": "[[EMAIL_ADDRESS:aungkyawmin.mm@gmail.com]]", "phone": "[[PHONE_NUMBER:+65 8841 2037]]"},
    "custom_fields": {"booking_ref": "X7PL9Q", "passport_no": "[[ID_NUMBER:MG482913]]", "travel_date": "[[DATE_TIME:2025-01-04]]"},
    "comments": [
      {"author": "[[PERSON:Aung Kyaw Min]]", "body": "My flight from [[LOCATION:Singapore]] to [[LOCATION:Yangon]] on [[DATE_TIME:4 Jan]] was cancelled and I was told the refund takes 14 days. It has been 6 weeks. Please refund to the original card."},
      {"author": "[[PERSON:Shanice]] (Agent)", "body": "Hi [[PERSON:Aung]], I have escalated this to our refunds team."}
    ]
  }
}""",
    """func TestMaskRecord(t *testing.T) {
    in := Record{
        Name:  "[[PERSON:Nurul Huda]]",
        Email: "[[EMAIL_ADDRESS:nurul.huda.84@gmail.com]]",
        IBAN:  "[[IBAN_CODE:GB73MONZ04000463159027]]",
        IP:    "[[IP_ADDRESS:2a00:23c7:9e14:c701:5d2:8ff1:fe3a:11b0]]",
        Phone: "[[PHONE_NUMBER:07539 208 416]]",
    }
    out := Mask(in)
    if out.IBAN != "GB73MONZ************9027" {
        t.Fatalf("unexpected mask: %q", out.IBAN)
    }
}""",
    """PROPERTY / EVIDENCE RECEIPT - Report No. 25-068814
Item 01: Apple iPhone 13, black, IMEI 356789104433217. Seized from [[PERSON:DANG, Kevin Minh]] (DOB [[DATE_TIME:11/02/1998]]) at [[DATE_TIME:03/09/2025 2215 hrs]] by [[TITLE:Ofc.]] [[PERSON:R. Alvarez]] #[[ID_NUMBER:3309]].
Item 02: Brown leather wallet containing [[LOCATION:CA]] driver license [[US_DRIVER_LICENSE:F2274819]] in the name of [[PERSON:Kevin Minh Dang]], Visa card [[CREDIT_CARD:4921 7746 0319 0875]] and $214 cash.
Item 03: Key fob for a 2016 Honda Civic, [[LOCATION:CA]] plate [[ID_NUMBER:7XKJ219]], VIN 2HGFC2F59GH547102.
Released to: ______  Chain of custody maintained by Property Clerk [[PERSON:T. Nguyen-Wright]].""",
    """Form I-130, Petition for Alien Relative
Part 2. Information About You (Petitioner)
1. Alien Registration Number (A-Number): [[ID_NUMBER:A-204-771-583]]
2. USCIS Online Account Number: [[ID_NUMBER:0012 4471 9983]]
3. U.S. Social Security Number: [[US_SSN:530-82-1176]]
4.a. Family Name (Last Name): [[PERSON:MANALO]]   4.b. Given Name (First Name): [[PERSON:JERWIN]]   4.c. Middle Name: [[PERSON:CASTILLO]]
10. Street Number and Name: [[ADDRESS:2281 Lakeview Ave]]   Apt. Ste. Flr.: [[ADDRESS:3B]]   City or Town: [[LOCATION:Las Vegas]]   State: [[LOCATION:NV]]   ZIP Code: [[ZIP_CODE:89108]]
8. Date of Birth (mm/dd/yyyy): [[DATE_TIME:02/14/1986]]   City/Town of Birth: [[LOCATION:Batangas City]]   Country of Birth: [[LOCATION:Philippines]]
Part 4. Information About Beneficiary: [[PERSON:MANALO]], [[PERSON:KRISTINE JOY]]; Date of Marriage: [[DATE_TIME:06/21/2023]]; Place of Marriage: [[LOCATION:Lipa]], [[LOCATION:Batangas]]""",
]

TABLE = [
    """case_no,defendant,dob,charge,court,listed
S24-0881,[[PERSON:Ahmed Farouk]],[[DATE_TIME:1996-03-02]],Theft from shop,3,[[DATE_TIME:2025-02-17]]
S24-0902,[[PERSON:Lauren Pike]],[[DATE_TIME:2001-11-23]],Common assault,3,[[DATE_TIME:2025-02-17]]
S24-0917,[[PERSON:Tharindu Jayasuriya]],[[DATE_TIME:1989-07-08]],Drive whilst disqualified,5,[[DATE_TIME:2025-02-18]]
S24-0933,[[PERSON:Kai Mahoney]],[[DATE_TIME:2005-01-30]],Criminal damage,5,[[DATE_TIME:2025-02-18]]""",
    """name\ta_number\tcountry_of_citizenship\tfacility\tbook_in_date\tlanguage
[[PERSON:Rana Bahadur Thapa]]\t[[ID_NUMBER:A215-330-418]]\t[[LOCATION:Nepal]]\tOtay Mesa\t[[DATE_TIME:09/14/2024]]\tNepali
[[PERSON:Sovannara Keo]]\t[[ID_NUMBER:A074-921-506]]\t[[LOCATION:Cambodia]]\tAdelanto\t[[DATE_TIME:10/02/2024]]\tKhmer
[[PERSON:Gurwinder Singh]]\t[[ID_NUMBER:A220-145-873]]\t[[LOCATION:India]]\tOtay Mesa\t[[DATE_TIME:10/19/2024]]\tPunjabi
[[PERSON:Anh Tuan Vo]]\t[[ID_NUMBER:A098-412-337]]\t[[LOCATION:Vietnam]]\tAdelanto\t[[DATE_TIME:11/01/2024]]\tVietnamese""",
    """| Unit | Tenant | Phone | Move-in | Rent (£) | Arrears |
|------|--------|-------|---------|----------|---------|
| [[ADDRESS:Flat 1]] | [[PERSON:Shabana Akhtar]] | [[PHONE_NUMBER:07412 665 390]] | [[DATE_TIME:01/03/2022]] | 950 | 0 |
| [[ADDRESS:Flat 2]] | [[PERSON:Piotr Zieliński]] | [[PHONE_NUMBER:07893 004 172]] | [[DATE_TIME:15/08/2023]] | 975 | 1,950 |
| [[ADDRESS:Flat 3]] | [[PERSON:Kofi Boateng]] | [[PHONE_NUMBER:07557 218 846]] | [[DATE_TIME:01/11/2021]] | 925 | 0 |
| [[ADDRESS:Flat 4]] | [[PERSON:Nimmi Fernando]] | [[PHONE_NUMBER:07731 552 018]] | [[DATE_TIME:20/06/2024]] | 1,000 | 250 |""",
    """CUSTODY LOG - SUITE B                                        
Time   Detained person          DOB         Custody ref   Officer in case     
09:12  [[PERSON:Mohammed Yasin Patel]]     [[DATE_TIME:04/05/1993]]  01NW/4471/24  [[TITLE:DC]] [[PERSON:Hussain]]          
10:47  [[PERSON:Connor Doyle]]             [[DATE_TIME:19/12/2002]]  01NW/4478/24  [[TITLE:PC]] [[PERSON:Mistry]]           
13:05  [[PERSON:Lan Phuong Dinh]]          [[DATE_TIME:27/02/1985]]  01NW/4490/24  [[TITLE:DS]] [[PERSON:Ogunleye]]""",
    """{"applicant": "[[PERSON:Ishita Banerjee]]", "passport": "[[ID_NUMBER:N4418263]]", "dob": "[[DATE_TIME:1997-08-12]]", "course": "MSc Data Science", "cas_issued": true, "email": "[[EMAIL_ADDRESS:ishita.b97@gmail.com]]"}
{"applicant": "[[PERSON:Muhammad Hamza Tariq]]", "passport": "[[ID_NUMBER:BK9021774]]", "dob": "[[DATE_TIME:2000-01-25]]", "course": "BEng Civil", "cas_issued": false, "email": "[[EMAIL_ADDRESS:hamzatariq2000@hotmail.com]]"}
{"applicant": "[[PERSON:Nguyen Phuong Thao]]", "passport": "[[ID_NUMBER:C6637120]]", "dob": "[[DATE_TIME:1999-05-30]]", "course": "MA Marketing", "cas_issued": true, "email": "[[EMAIL_ADDRESS:thao.np.uk@gmail.com]]"}""",
    """emergency_contacts:
  - employee: [[PERSON:Suresh Raina Kumar]]
    contact: [[PERSON:Latha Kumar]]
    relation: wife
    phone: "[[PHONE_NUMBER:+61 401 882 130]]"
  - employee: [[PERSON:Bea Villanueva]]
    contact: [[PERSON:Romeo Villanueva]]
    relation: father
    phone: "[[PHONE_NUMBER:+63 917 552 0419]]"
  - employee: [[PERSON:Hamish Campbell]]
    contact: [[PERSON:Fiona Campbell]]
    relation: sister
    phone: "[[PHONE_NUMBER:0418 336 507]]" """,
    """Name: [[PERSON:Rubina Akter]]
Client no: [[ID_NUMBER:LA-20481]]
DOB: [[DATE_TIME:12 Mar 1988]]
Postcode: [[ZIP_CODE:E1 5LJ]]
Matter: asylum fresh claim

Name: [[PERSON:Dmitri Volkov]]
Client no: [[ID_NUMBER:LA-20493]]
DOB: [[DATE_TIME:30 Sep 1979]]
Postcode: [[ZIP_CODE:N15 4QD]]
Matter: EUSS late application

Name: [[PERSON:Thuy Linh Ha]]
Client no: [[ID_NUMBER:LA-20502]]
DOB: [[DATE_TIME:5 Jul 2001]]
Postcode: [[ZIP_CODE:E6 2RP]]
Matter: trafficking (NRM referral)""",
    """EmployeeNo,Surname,Forename,NI_Number,IBAN,Dept,GrossPay
[[ID_NUMBER:10021]],[[PERSON:Bhatt]],[[PERSON:Kiran]],[[ID_NUMBER:NH 41 77 29 B]],[[IBAN_CODE:GB90HBUK40061572219844]],Warehouse,2140.55
[[ID_NUMBER:10034]],[[PERSON:O'Connell]],[[PERSON:Siobhan]],[[ID_NUMBER:JP 90 12 36 A]],[[IBAN_CODE:GB35BARC20452770148362]],Finance,3288.00
[[ID_NUMBER:10047]],[[PERSON:Nguyen]],[[PERSON:Minh Chau]],[[ID_NUMBER:SZ 55 60 84 D]],[[IBAN_CODE:GB07CITI18500810442817]],Warehouse,2140.55""",
    """| Student | Class | Parent/Guardian | Mobile | Allergies |
|---|---|---|---|---|
| [[PERSON:Aarav Shah]] | 2B | [[PERSON:Nikita Shah]] | [[PHONE_NUMBER:0423 118 506]] | peanuts |
| [[PERSON:Chloe Nguyen]] | 2B | [[PERSON:Hai Nguyen]] | [[PHONE_NUMBER:0411 904 227]] | none |
| [[PERSON:Zayd Mahmoud]] | 2C | [[PERSON:Rania Mahmoud]] | [[PHONE_NUMBER:0450 336 871]] | egg |
| [[PERSON:Lily-Rose Turner]] | 2C | [[PERSON:Kerry Turner]] | [[PHONE_NUMBER:0402 771 093]] | none |""",
    """appt_time,patient,nhs_no,dob,clinician,reason
09:00,[[PERSON:Mrs Parveen Akhtar]],[[ID_NUMBER:450 712 3984]],[[DATE_TIME:02/08/1961]],[[PERSON:Dr Evans]],BP review
09:10,[[PERSON:Mr Jan Kowalski]],[[ID_NUMBER:702 183 6643]],[[DATE_TIME:17/11/1955]],[[PERSON:Dr Evans]],Diabetic check
09:20,[[TITLE:Miss]] [[PERSON:Amira Said]],[[ID_NUMBER:624 930 1852]],[[DATE_TIME:30/04/2008]],[[PERSON:Nurse Okoro]],Asthma
09:30,[[PERSON:Mr Ranjit Gill]],[[ID_NUMBER:943 267 0155]],[[DATE_TIME:09/09/1949]],[[PERSON:Nurse Okoro]],B12 injection""",
    """S/N\tName\tFIN\tWork Permit No.\tNationality\tDormitory\tTrade
1\t[[PERSON:Mohammad Alamgir Hossain]]\t[[ID_NUMBER:G7013846N]]\t[[ID_NUMBER:0 3187742]]\t[[NRP:Bangladeshi]]\t[[ADDRESS:Blk 8 Kranji Way]]\tScaffolder
2\t[[PERSON:Selvam Murugan]]\t[[ID_NUMBER:G8421937T]]\t[[ID_NUMBER:0 3190158]]\t[[NRP:Indian]]\t[[ADDRESS:Blk 8 Kranji Way]]\tRebar worker
3\t[[PERSON:Zaw Min Htet]]\t[[ID_NUMBER:F2290581M]]\t[[ID_NUMBER:0 2964411]]\t[[NRP:Myanmar]]\t[[ADDRESS:2 Tuas South Ave 2]]\tWelder
4\t[[PERSON:Li Jianguo]]\t[[ID_NUMBER:G5530172M]]\t[[ID_NUMBER:0 3201877]]\t[[NRP:Chinese]]\t[[ADDRESS:2 Tuas South Ave 2]]\tCrane operator""",
    """### Witness list - R v [[PERSON:Brennan]] & [[PERSON:Malik]]

| # | Witness | Age | Address | Will attend |
|---|---------|-----|---------|-------------|
| 1 | [[PERSON:Kieran Walsh]] | [[AGE:22]] | [[ADDRESS:14 Hornsey Rise]], [[LOCATION:London]] [[ZIP_CODE:N19 3SB]] | Yes |
| 2 | [[PERSON:Samira Haddou]] | [[AGE:35]] | [[ADDRESS:Flat 7, 290 Holloway Road]] | Yes (screens) |
| 3 | [[PERSON:Dev Ramnarine]] | [[AGE:58]] | [[ADDRESS:3 Tufnell Park Road]] | Video link |
| 4 | [[TITLE:PC]] [[PERSON:Amy Roberts]] [[ID_NUMBER:2214]] | - | c/o Holloway police station | Yes |""",
    """order_id,order_date,customer_email,ship_to_postcode,sku,qty,total_aud
AU-1000841,2024-11-29,[[EMAIL_ADDRESS:preeti.m@gmail.com]],[[ZIP_CODE:2150]],HD-4471-BLK,1,129.00
AU-1000842,2024-11-29,[[EMAIL_ADDRESS:j.wong88@outlook.com]],[[ZIP_CODE:3168]],KT-0092-WHT,2,78.50
AU-1000843,2024-11-29,[[EMAIL_ADDRESS:tranvanbinh.syd@yahoo.com]],[[ZIP_CODE:2166]],HD-4471-GRY,1,129.00
AU-1000844,2024-11-30,[[EMAIL_ADDRESS:megan.obrien@icloud.com]],[[ZIP_CODE:6000]],AC-2210-RED,3,44.85""",
    """DATE      ACCOUNT NAME              ACCOUNT NO    AMOUNT      REFERENCE
14/01/25  [[PERSON:RAHMAN M H]]               [[ID_NUMBER:41209873]]      -250.00     RENT JAN
14/01/25  [[PERSON:PATEL K]] & [[PERSON:PATEL S]]        [[ID_NUMBER:60331458]]      -1,120.00   MORTGAGE
15/01/25  [[PERSON:NGUYEN T T]]               [[ID_NUMBER:22018764]]      +75.00      BIRTHDAY
15/01/25  [[PERSON:OKONJO A]]                 [[ID_NUMBER:90847312]]      -39.99      GYM""",
    """{"username": "[[USERNAME:anjali.r]]", "ip": "[[IP_ADDRESS:103.48.198.12]]", "last_login": "[[DATE_TIME:2025-03-01T07:14:55Z]]", "mfa": true, "failed_attempts": 0}
{"username": "[[USERNAME:mtran]]", "ip": "[[IP_ADDRESS:2001:ee0:4a41:1f20::3]]", "last_login": "[[DATE_TIME:2025-02-27T22:03:10Z]]", "mfa": false, "failed_attempts": 4}
{"username": "svc_backup", "ip": "[[IP_ADDRESS:10.0.0.14]]", "last_login": "2025-03-02T00:00:01Z", "mfa": false, "failed_attempts": 0}""",
    """member_no,name,age,gender,plan,joined,home_club
[[ID_NUMBER:GF-0201447]],[[PERSON:Sarbjit Kaur]],[[AGE:44]],F,Off-peak,[[DATE_TIME:2023-01-09]],[[LOCATION:Brampton]]
[[ID_NUMBER:GF-0201455]],[[PERSON:Trevor Mills]],[[AGE:29]],M,Anytime,[[DATE_TIME:2023-01-10]],[[LOCATION:Mississauga]]
[[ID_NUMBER:GF-0201460]],[[PERSON:Jessa Mae Ocampo]],[[AGE:31]],F,Anytime,[[DATE_TIME:2023-01-10]],[[LOCATION:Brampton]]
[[ID_NUMBER:GF-0201472]],[[PERSON:Farid Noorani]],[[AGE:52]],M,Student,[[DATE_TIME:2023-01-12]],[[LOCATION:Etobicoke]]""",
    """oncall:
  week_of: 2025-03-10
  primary:
    name: [[PERSON:Karan Oberoi]]
    mobile: "[[PHONE_NUMBER:+1 647 291 0385]]"
    slack: "[[USERNAME:karan.o]]"
  secondary:
    name: [[PERSON:Mei Ling Chua]]
    mobile: "[[PHONE_NUMBER:+65 9012 7734]]"
    slack: "[[USERNAME:meiling]]"
  escalation: "+1 800 441 0090 (NOC)" """,
    """| Attendee | Nationality | Organisation | Dietary | Email |
|:--|:--|:--|:--|:--|
| [[PERSON:Dr. Farhana Yasmin]] | [[NRP:Bangladeshi]] | BRAC University | halal | [[EMAIL_ADDRESS:farhana.yasmin@bracu.ac.bd]] |
| [[PERSON:Kittipong Srisuk]] | [[NRP:Thai]] | Chulalongkorn | none | [[EMAIL_ADDRESS:kittipong.s@chula.ac.th]] |
| [[PERSON:Maya Goldberg]] | [[NRP:Israeli]] | Technion | kosher | [[EMAIL_ADDRESS:mayag@technion.ac.il]] |
| [[PERSON:Joseph Mwangi]] | [[NRP:Kenyan]] | Strathmore | vegetarian | [[EMAIL_ADDRESS:jmwangi@strathmore.edu]] |""",
    """pcn,issued,vrm,keeper,keeper_postcode,contravention,status
PCN-7731902,[[DATE_TIME:2025-01-06 08:12]],[[ID_NUMBER:BF19 VXT]],[[PERSON:Mr A. Hussain]],[[ZIP_CODE:BD8 7HQ]],01 - restricted street,Paid
PCN-7731955,[[DATE_TIME:2025-01-06 09:40]],[[ID_NUMBER:YH66 NKO]],[[PERSON:Ms L. Chen]],[[ZIP_CODE:LS6 2AB]],12 - residents bay,Appeal
PCN-7732011,[[DATE_TIME:2025-01-07 14:05]],[[ID_NUMBER:KX70 JRZ]],[[PERSON:Mrs J. Kaur]],[[ZIP_CODE:BD3 9PA]],30 - overstayed,Open""",
    """Client\tTFN\tDOB\tPhone\tIncome year\tRefund
[[PERSON:Arun Kumar Pillai]]\t[[ID_NUMBER:517 382 040]]\t[[DATE_TIME:11/04/1983]]\t[[PHONE_NUMBER:0433 208 715]]\t2023-24\t$2,114
[[PERSON:Ly Thanh Tam]]\t[[ID_NUMBER:209 641 173]]\t[[DATE_TIME:26/10/1990]]\t[[PHONE_NUMBER:0421 667 093]]\t2023-24\t$860
[[PERSON:Grace O'Sullivan]]\t[[ID_NUMBER:731 506 282]]\t[[DATE_TIME:03/01/1975]]\t[[PHONE_NUMBER:(02) 9745 3318]]\t2023-24\t-$412""",
    """| Client | UCI | SIN | Arrived | Province | Service |
|--------|-----|-----|---------|----------|---------|
| [[PERSON:Hasina Karimi]] | [[ID_NUMBER:1107 4829]] | [[ID_NUMBER:935 718 049]] | [[DATE_TIME:2024-09-03]] | [[LOCATION:AB]] | housing |
| [[PERSON:Ricardo Mendes]] | [[ID_NUMBER:1109 3315]] | [[ID_NUMBER:276 481 900]] | [[DATE_TIME:2024-10-21]] | [[LOCATION:ON]] | language classes |
| [[PERSON:Pratima Lama]] | [[ID_NUMBER:1110 0472]] | [[ID_NUMBER:963 055 173]] | [[DATE_TIME:2024-11-30]] | [[LOCATION:BC]] | job search |""",
    """emp_id,first,last,ssn,dl_state,dl_number,hire_date
[[ID_NUMBER:E4471]],[[PERSON:Venkatesh]],[[PERSON:Iyer]],[[US_SSN:318-44-9025]],[[LOCATION:NY]],[[US_DRIVER_LICENSE:714 228 905]],[[DATE_TIME:2021-05-17]]
[[ID_NUMBER:E4483]],[[PERSON:Maribel]],[[PERSON:Santos]],[[US_SSN:622-09-1187]],[[LOCATION:CA]],[[US_DRIVER_LICENSE:Y3310479]],[[DATE_TIME:2022-08-01]]
[[ID_NUMBER:E4490]],[[PERSON:Tuan]],[[PERSON:Pham]],[[US_SSN:457-83-2210]],[[LOCATION:TX]],[[US_DRIVER_LICENSE:30417729]],[[DATE_TIME:2023-02-13]]""",
    """Resident: [[PERSON:Mr Joseph D'Souza]] (room 14)
Next of kin: [[PERSON:Clara D'Souza]] - daughter
Phone: [[PHONE_NUMBER:020 8570 4417]]
Mobile: [[PHONE_NUMBER:07984 330 126]]

Resident: [[PERSON:Mrs Kulwant Kaur Bhogal]] (room 15)
Next of kin: [[PERSON:Jasbir Bhogal]] - son
Phone: [[PHONE_NUMBER:01895 233 780]]
Mobile: [[PHONE_NUMBER:07400 912 553]]""",
    """FLT SQ 306  LHR-SIN  [[DATE_TIME:22MAR]]
SEAT  NAME                        NAT  PASSPORT     DOB
31A   [[PERSON:SUBRAMANIAM/PRAKASH]] [[TITLE:MR]]     [[NRP:SGP]]  [[ID_NUMBER:K2219047C]]   [[DATE_TIME:12JUL77]]
31B   [[PERSON:SUBRAMANIAM/KALA]] [[TITLE:MRS]]       [[NRP:SGP]]  [[ID_NUMBER:K2219051D]]   [[DATE_TIME:03FEB80]]
31C   [[PERSON:HARTLEY/OLIVER]] [[TITLE:MR]]          [[NRP:GBR]]  [[ID_NUMBER:552018843]]    [[DATE_TIME:28SEP91]]""",
    """{"txn": "tx_90a1", "cardholder": "[[PERSON:Ngozi Eze]]", "card": "[[CREDIT_CARD:4532127690481155]]", "merchant": "Tesco Stores 2291", "amount_gbp": 42.17}
{"txn": "tx_90a2", "cardholder": "[[PERSON:Imran Latif]]", "card": "[[CREDIT_CARD:5264 1883 0275 9017]]", "merchant": "TfL Travel Ch", "amount_gbp": 3.10}
{"txn": "tx_90a3", "cardholder": "[[PERSON:Hoa Tran]]", "card": "[[CREDIT_CARD:4916-8022-3711-4578]]", "merchant": "Boots 0417", "amount_gbp": 8.99}""",
    """offender_no,name,dob,order_type,officer,next_appointment
[[ID_NUMBER:X441829]],[[PERSON:Reece Daley]],[[DATE_TIME:1999-06-14]],Community Order,[[PERSON:S. Ahmed]],[[DATE_TIME:2025-03-04 10:30]]
[[ID_NUMBER:X442017]],[[PERSON:Aman Deep Sandhu]],[[DATE_TIME:1994-02-01]],Suspended Sentence,[[PERSON:S. Ahmed]],[[DATE_TIME:2025-03-05 14:00]]
[[ID_NUMBER:X442230]],[[PERSON:Bao Quoc Luong]],[[DATE_TIME:2003-09-22]],Licence,[[PERSON:J. Fairweather]],[[DATE_TIME:2025-03-06 09:15]]""",
    """| Volunteer | Faith group | Shift | Phone |
|-----------|-------------|-------|-------|
| [[PERSON:Gurmeet Singh Anand]] | [[NRP:Sikh]] | Sat langar | [[PHONE_NUMBER:07950 661 204]] |
| [[TITLE:Fr.]] [[PERSON:Thomas Kurian]] | [[NRP:Catholic]] | Sun breakfast | [[PHONE_NUMBER:07827 103 559]] |
| [[PERSON:Aisha Bello]] | [[NRP:Muslim]] | Fri food bank | [[PHONE_NUMBER:07466 925 310]] |
| [[PERSON:Thich Minh Tue]] | [[NRP:Buddhist]] | Wed soup run | [[PHONE_NUMBER:07392 880 471]] |""",
    """guest,check_in,check_out,room,nights,id_seen
[[PERSON:Wanchai Boonmee]],[[DATE_TIME:2025-01-10]],[[DATE_TIME:2025-01-13]],512,3,[[ID_NUMBER:1103702158437]]
[[PERSON:Charlotte Brooks]],[[DATE_TIME:2025-01-11]],[[DATE_TIME:2025-01-12]],308,1,driving licence
[[PERSON:Riya Desai]],[[DATE_TIME:2025-01-11]],[[DATE_TIME:2025-01-15]],417,4,[[ID_NUMBER:Z6624180]]""",
    """student_id\tname\temail\tcountry\tscholarship\tgpa
[[ID_NUMBER:2410387]]\t[[PERSON:Sneha Kulkarni]]\t[[EMAIL_ADDRESS:sneha.kulkarni@student.unimelb.edu.au]]\t[[LOCATION:India]]\tMerit\t3.8
[[ID_NUMBER:2410412]]\t[[PERSON:Rizal Hakimi]]\t[[EMAIL_ADDRESS:rhakimi@student.unimelb.edu.au]]\t[[LOCATION:Malaysia]]\tASEAN\t3.6
[[ID_NUMBER:2410455]]\t[[PERSON:Ananda Wijesinghe]]\t[[EMAIL_ADDRESS:a.wijesinghe@student.unimelb.edu.au]]\t[[LOCATION:Sri Lanka]]\tMerit\t3.9""",
    """| Ref | Victim | Age | Postcode | Offence | Referred |
|-----|--------|-----|----------|---------|----------|
| VS-1182 | [[PERSON:Priyanka Das]] | [[AGE:27]] | [[ZIP_CODE:B11 4BE]] | harassment | [[DATE_TIME:02 Jan]] |
| VS-1185 | [[PERSON:Mark Tolley]] | [[AGE:71]] | [[ZIP_CODE:B13 9QP]] | burglary | [[DATE_TIME:03 Jan]] |
| VS-1190 | [[PERSON:Hye-jin Seo]] | [[AGE:19]] | [[ZIP_CODE:B29 6SN]] | hate crime | [[DATE_TIME:06 Jan]] |""",
    """household:
  claimant: {name: "[[PERSON:Mehwish Anwar]]", dob: "[[DATE_TIME:1990-10-02]]", ni: "[[ID_NUMBER:RT 62 81 04 C]]"}
  partner: {name: "[[PERSON:Usman Anwar]]", dob: "[[DATE_TIME:1987-06-18]]", ni: "[[ID_NUMBER:PN 18 35 72 A]]"}
  children:
    - {name: "[[PERSON:Zara]]", age: [[AGE:6]]}
    - {name: "[[PERSON:Ayaan]]", age: [[AGE:3]]}
  address: "[[ADDRESS:48 Whalley Range]], [[LOCATION:Blackburn]] [[ZIP_CODE:BB1 6EA]]"
  tenure: private rented""",
    """driver_id,driver,phone,licence_no,plate,vehicle,rating
[[ID_NUMBER:DRV-3310]],[[PERSON:Jaspal Singh Mann]],[[PHONE_NUMBER:0412 668 301]],[[ID_NUMBER:017 443 826]],[[ID_NUMBER:CM 84 PL]],Toyota Camry Hybrid,4.93
[[ID_NUMBER:DRV-3318]],[[PERSON:Huy Hoang]],[[PHONE_NUMBER:0451 027 994]],[[ID_NUMBER:022 918 405]],[[ID_NUMBER:EYT 29K]],Kia Niro,4.88
[[ID_NUMBER:DRV-3325]],[[PERSON:Fatuma Abdi]],[[PHONE_NUMBER:0477 310 582]],[[ID_NUMBER:014 606 117]],[[ID_NUMBER:DQ 17 WX]],Hyundai Ioniq,4.97""",
    """naam,umar,mobile,shahar,pincode,Aadhaar (last 4),status
[[PERSON:Ramesh Yadav]],[[AGE:42]],[[PHONE_NUMBER:98391 22074]],[[LOCATION:Varanasi]],[[ZIP_CODE:221005]],XXXX-XXXX-4471,verified
[[PERSON:Pooja Kumari]],[[AGE:23]],[[PHONE_NUMBER:70071 45530]],[[LOCATION:Patna]],[[ZIP_CODE:800001]],XXXX-XXXX-9018,pending
[[PERSON:Salim Ansari]],[[AGE:35]],[[PHONE_NUMBER:88409 31276]],[[LOCATION:Gorakhpur]],[[ZIP_CODE:273001]],XXXX-XXXX-2260,verified""",
    """| Họ và tên | Ngày sinh | Số CCCD | SĐT | Địa chỉ |
|---|---|---|---|---|
| [[PERSON:Nguyễn Thị Hồng Nhung]] | [[DATE_TIME:14/02/1992]] | [[ID_NUMBER:001192008744]] | [[PHONE_NUMBER:0912 204 587]] | [[ADDRESS:số 8 ngõ 4 Thái Hà]], [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]] |
| [[PERSON:Trần Quốc Việt]] | [[DATE_TIME:03/07/1985]] | [[ID_NUMBER:031085012297]] | [[PHONE_NUMBER:0983 561 220]] | [[ADDRESS:27 Lạch Tray]], [[LOCATION:Ngô Quyền]], [[LOCATION:Hải Phòng]] |
| [[PERSON:Lê Hoàng Yến]] | [[DATE_TIME:21/10/2003]] | [[ID_NUMBER:092303004156]] | [[PHONE_NUMBER:0377 809 432]] | [[ADDRESS:112 Trần Hưng Đạo]], [[LOCATION:Ninh Kiều]], [[LOCATION:Cần Thơ]] |""",
    """STT\tHọ tên học sinh\tLớp\tPhụ huynh\tSố điện thoại\tGhi chú
1\t[[PERSON:Phạm Gia Bảo]]\t3A\t[[PERSON:Phạm Văn Hùng]]\t[[PHONE_NUMBER:0903 775 128]]\tdị ứng tôm
2\t[[PERSON:Đoàn Khánh Linh]]\t3A\t[[PERSON:Vũ Thị Mai]]\t[[PHONE_NUMBER:0868 402 911]]\t
3\t[[PERSON:Huỳnh Minh Khang]]\t3B\t[[PERSON:Huỳnh Thanh Sơn]]\t[[PHONE_NUMBER:0706 119 354]]\tđón lúc 16h30""",
]

CHAT = [
    """[10:02] [[PERSON:Chloe]] (Northway Bank): Hi, you're through to [[PERSON:Chloe]] in the card services team. How can I help today?
[10:03] Customer: hi [[PERSON:chloe]] its [[PERSON:Usman Siddique]], my debit card got blocked while im visiting family in [[LOCATION:Lahore]]
[10:03] [[PERSON:Chloe]] (Northway Bank): Sorry to hear that, [[PERSON:Usman]]. Can you confirm your date of birth and the postcode on the account?
[10:04] Customer: [[DATE_TIME:19/06/1990]] and [[ZIP_CODE:BD9 4RT]]
[10:05] [[PERSON:Chloe]] (Northway Bank): Thanks. I can see two declined payments from this morning, [[DATE_TIME:06:40 on 3 Feb]]. I've unblocked the card ending 2231. Is [[PHONE_NUMBER:07534 887 210]] still the best number for fraud texts?
[10:06] Customer: no use my pak number [[PHONE_NUMBER:+92 300 4418 276]] till [[DATE_TIME:the 20th]] pls
[10:06] [[PERSON:Chloe]] (Northway Bank): Done. Safe travels!""",
    """Fam 🇵🇭🇨🇦
Tita [[PERSON:Baby]]: Did [[PERSON:Jomar]] send his passport copy na? The consultant needs it by Friday
[[PERSON:Jomar Dizon]]: sent to her email po, [[EMAIL_ADDRESS:jomar.dizon94@gmail.com]] cc'd you
[[PERSON:Jomar Dizon]]: passport no is [[ID_NUMBER:P4471092B]] and my birthday in the form is [[DATE_TIME:Aug 30 1994]] right?
[[PERSON:Marites]]: yes anak. And put Lola's address as [[ADDRESS:Blk 7 Lot 12 Sampaguita St]], [[LOCATION:Dasmariñas]], [[LOCATION:Cavite]] for the emergency contact
Tita [[PERSON:Baby]]: ok and my UCI if they ask is [[ID_NUMBER:1098 2271 40]] haha I memorised it already
[[PERSON:Jomar Dizon]]: thanks tita 🙏 biometrics appt is [[DATE_TIME:Mar 12 at 9:30]] in [[LOCATION:Makati]]""",
    """#imm-team (Slack)
[[PERSON:Eleanor Price]]  9:14 AM
Morning all - [[PERSON:Haris Malik]]'s extension: Home Office has asked for the BRP of his wife. @[[USERNAME:sana.q]] can you chase him? His number is [[PHONE_NUMBER:07411 093 662]].
[[PERSON:Sana Qureshi]]  9:20 AM
On it. FYI his daughter [[PERSON:Inaya]] was born on [[DATE_TIME:2 December]], so we'll need her birth certificate for the dependant application too.
[[PERSON:Eleanor Price]]  9:22 AM
Good catch. Also the tribunal listed [[PERSON:Mr Ogunbiyi]]'s appeal for [[DATE_TIME:Thursday 27 March, 10am]] at Taylor House - [[PERSON:Tom]], you're on it.
[[PERSON:Tom Akers]]  9:31 AM
👍 I'll book the Yoruba interpreter.""",
    """Live chat - Koala Mobile
Bot: Welcome to Koala Mobile! What's your name?
User: [[PERSON:Tran Minh Khoa]]
Bot: Thanks [[PERSON:Khoa]]. What is the mobile number on the account?
User: [[PHONE_NUMBER:0414 226 980]]
Agent [[PERSON:Priya]]: Hi [[PERSON:Khoa]], I can see a porting request from another carrier on [[DATE_TIME:20/01 at 11:52pm]]. Did you request it?
User: no!! i was asleep. my licence is [[ID_NUMBER:038 992 114]] if you need to check its me, and my address is [[ADDRESS:3/17 Railway Parade]], [[LOCATION:Cabramatta]] [[ZIP_CODE:2166]]
Agent [[PERSON:Priya]]: Thanks, verified. I've cancelled the port and added a security PIN. Please also call your bank.""",
    """[[PERSON:Neil Thakkar]]: Hi [[PERSON:Ms Hollis]], the heating in [[ADDRESS:unit 4B]] has been off since [[DATE_TIME:Saturday the 11th]]. It's 2 degrees tonight
[[PERSON:Deborah Hollis]]: So sorry [[PERSON:Neil]]! I'll have [[PERSON:Marco]] from Comfort HVAC call you. Is this still your cell?
[[PERSON:Neil Thakkar]]: yes this one, [[PHONE_NUMBER:(312) 608-4471]]. Also my wife [[PERSON:Rupal]] is home all day tomorrow
[[PERSON:Deborah Hollis]]: Perfect. He'll come [[DATE_TIME:Tuesday Jan 14 between 9 and 11]]. I'll knock $100 off February rent.
[[PERSON:Neil Thakkar]]: appreciate it 🙏""",
    """Online chat - non-emergency reporting
Operator ([[PERSON:Gemma]]): You're speaking to [[PERSON:Gemma]]. Is anyone in immediate danger?
Member of public: No. Someone has been sending threats to my sister on Instagram
Operator ([[PERSON:Gemma]]): Can I take your name and your sister's name please?
Member of public: I'm [[PERSON:Ravi Balakrishnan]], she's [[PERSON:Kavya Balakrishnan]], she's [[AGE:16]]. the account is [[USERNAME:k4vya.b]] and the one messaging her is called [[USERNAME:dark_angel_0666]]
Operator ([[PERSON:Gemma]]): Thank you. What's your address and a contact number?
Member of public: [[ADDRESS:22 Oakfield Drive]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 7HX]], [[PHONE_NUMBER:07982 440 157]]
Operator ([[PERSON:Gemma]]): I've logged this as incident 0451 of today. An officer will call within 24 hours.""",
    """Shaadi Planning 💍
[[PERSON:Anjali]] Bhabhi: sabko bata do mehendi [[DATE_TIME:14 Feb ko shaam 6 baje]] hai, venue ka address [[ADDRESS:Plot 22, Sector 9]], [[LOCATION:Dwarka]]
[[PERSON:Rahul]]: bhabhi [[PERSON:Karan]] ka flight [[LOCATION:Toronto]] se [[DATE_TIME:12 tareekh]] ko land karega, pickup kaun karega?
[[PERSON:Karan Malhotra]]: main cab le lunga yaar, tension mat lo. mera Indian number [[PHONE_NUMBER:+91 98111 20453]] chalu hai
[[PERSON:Anjali]] Bhabhi: aur [[PERSON:Rahul]] tu caterer ko advance bhej de, uska UPI nahi chal raha toh account [[ID_NUMBER:50200061182739]] mein NEFT kar""",
    """[[PERSON:Thu Hà]]: Chị ơi, hồ sơ visa Úc của em nộp rồi ạ, mã hồ sơ là TRN EGO3F8H2K1
Chị [[PERSON:Loan]]: Ok em. Em nhớ gửi chị bản scan hộ chiếu số [[ID_NUMBER:C8841205]] với CCCD [[ID_NUMBER:048301000572]] nha
[[PERSON:Thu Hà]]: Dạ. Lịch lấy sinh trắc học của em là [[DATE_TIME:8 giờ sáng thứ Hai, 17/3]] ở [[LOCATION:Đà Nẵng]]
Chị [[PERSON:Loan]]: Ừ, có gì gọi chị số [[PHONE_NUMBER:0905 338 172]]. À, mẹ em [[TITLE:bà]] [[PERSON:Nguyễn Thị Sen]] có cần đi cùng không?
[[PERSON:Thu Hà]]: Dạ không chị, mẹ em chỉ ký giấy bảo lãnh thôi ạ"""
]

LOOKALIKE = [
    """Order confirmation - Booknook Online
Order no. BN-2025-0418836 | Invoice INV/25/117204 | Placed 14 Feb 2025
Ship to: [[PERSON:Meenal Joshi]], [[ADDRESS:7 Albion Terrace]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5BG]]
1 x The God of Small Things (paperback) - ISBN 978-0-14-303943-3 - SKU BKN-PB-20931 - £9.99
1 x A Suitable Boy (hardback) - ISBN 978-0-552-16981-3 - SKU BKN-HB-55102 - £25.00
Gift message: "Happy birthday Amma, from all of us!"
Paid with Visa ending 4417. Dispatched with Royal Mail Tracked 48, tracking JB 4471 2290 8GB.
Questions? Call 0345 600 1187 (Mon-Fri, 9am-5pm) or write to help@booknook.co.uk quoting your order number.""",
    """Release notes - FieldSync 10.4.2.1 (build 20250311.3)
- Upgraded OpenSSL to 3.0.13 and the bundled SQLite to 3.45.1; fixes CVE-2024-0727.
- Route planner now uses Dijkstra's algorithm with an A* heuristic; fuzzy search moved from Levenshtein to Jaro-Winkler distance.
- Devices with serial numbers C02XK4H1JG5J to C02XK4H9JG5J need firmware 4.12.0.77 before updating; the Intel driver 31.0.101.5186 is also required.
- Schema migration v2.3.1.0 adds the table sync_jobs (primary key uuid, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301).
- Checksums: MD5 9b74c9897bac770ffc029102a200c5de, commit a3f9e12.
- Tested on Samsung Galaxy S23 (SM-S911B), iPad Air 5 and Zebra TC52.
Report security issues to security@fieldsync.io or call the 24/7 line on 1-800-207-4418.""",
    """PUBLIC NOTICE - COURTHOUSE CLOSURE
The Martin Luther King Jr. Courthouse on Market Street will be closed on Monday, January 20, 2025. Matters listed that day in Courtrooms 4A, 4B and 12 (dockets CR-24-001187 through CR-24-001240) will be relisted and the parties notified by mail. Jurors summoned for that date (juror group 0117) do not need to report.
Parking is available at the Washington Street garage. For jury questions call (973) 776-9300 or email jurymanagement@essexcourts.gov. Questions about individual cases should be addressed to the Criminal Division Manager, [[PERSON:Mrs. Adaeze Nwankwo]].""",
    """Weekly bulletin - Northfield neighbourhood policing team
Crime references 43250118822, 43250119007 and 43250120115 relate to catalytic converter thefts on Nelson Street, Victoria Road and Gladstone Avenue overnight. Operation Nightingale continues across the ward. Please quote CAD 2211 of 14/01 if you have doorbell footage.
Report non-urgent crime online or by calling 101; in an emergency always dial 999. The front counter at Northfield station (0300 123 4580) is open 10am-6pm.
Your local PCSO is [[TITLE:PCSO]] [[PERSON:Daniel Mensah-Brown]].""",
    """SHIPPING NOTICE
Carrier: UPS - tracking 1Z 999 AA1 01 2345 6784
Container: MSKU 481229-3    Bill of lading: MAEU 240118772    Seal: 004417288
Pallet SSCC: 00 3 4012345 000000017 0    HS code: 8471.30.01
Purchase order: PO 4500178823    Supplier invoice: INV-88214 dated 08/01/2025
Consignee: Harbourline Imports Pty Ltd, Dock 7, Botany DC
Attention: [[PERSON:Thanh Vo]], receiving supervisor
Enquiries: +61 2 9318 4400 or logistics@harbourline.com.au""",
    """How to check your case status online
Your receipt number is 13 characters long and starts with three letters, for example IOE0912345678 or WAC2190054321. It is not the same as your A-Number or your USCIS Online Account Number, which are shown on different notices.
Current processing time for Form I-765 at the National Benefits Center: 4.5 months. Filing fee: $470 online, $520 by mail. Forms I-130, I-485 and N-400 have separate queues.
Contact Center: 800-375-5283 (TTY 800-767-1833). Do not send documents to the webmaster mailbox.
Page last reviewed by [[PERSON:Priya Natarajan]], Office of Citizenship.""",
    """ASSET REGISTER - FLOOR 3 (extract)
Asset tag: LT-03-0417    Hostname: LON-LT-0417    Model: Dell Latitude 7440
Serial: 5CD2143XQZ    MAC: 3C-52-82-A1-7F-04    BIOS: 1.12.0    Wi-Fi driver: 23.40.0.4
Dock: WD19TBS, S/N CN0H9K1G    Switch port: Gi1/0/24, VLAN 172
Printer on desk: HP LaserJet M404dn, S/N PHBCR12345, driver 61.250.1.24515
Assigned to: [[PERSON:Rohan Desai]] ([[EMAIL_ADDRESS:rohan.desai@calderwood-llp.co.uk]])    Issued by: it-servicedesk@calderwood-llp.co.uk""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind61", STYLES, OUT)


if __name__ == "__main__":
    main()
