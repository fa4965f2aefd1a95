"""Build tests/data/blind83.jsonl: a *blind*, hand-written labeled PII set (set 83).

    .venv/bin/python tests/data/make_blind83.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below); gold_sets.py in full; lines 1-64
of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). Not read: minimize/, recognizers/, the tests (other than
those lines), bench/, the README, any *.jsonl (blind83.jsonl included), any
other make_*.py or the records of make_blind22.py, git history, log or
status. The detector, the bench and the tests were never run. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Throwaway code run in the shell
while writing (never generating records) computed the check digits: cards
pass Luhn; IBANs pass mod-97 with their country's length, and the national
check digits inside them are right too (French RIB key, Belgian mod-97
pair, Spanish DC, Portuguese NIB key, Dutch account numbers 11-proof);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit got a valid one: NHS number, Canadian SIN, Aadhaar (Verhoeff),
BSN (11-proof), French NIR (key 97), Belgian rijksregisternummer (odd
counter for men, even for women), South African ID (Luhn,
sex and birth date agree with the person), Australian TFN, Irish PPSN,
Singapore NRIC / FIN, Spanish DNI, New Zealand NHI, Brazilian CPF and
Portuguese NIF; so did the look-alikes that carry one (ISBN-13, EAN-13).
Not checked: US SSNs, UK NI numbers, UK driving licences, passports,
plates, RAMQ numbers and Quebec codes permanents, KRA PINs, BVN and NIN,
PAN, PhilHealth numbers, bank account, staff, student, member and patient
numbers.

Styles (ids `blind83-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Kenya, Ghana, Singapore and the Philippines, with
names from the many cultures living there); 25 are in French (France,
Belgium, Quebec) or Dutch (Netherlands, Flanders): 10 gen, 10 bench,
3 table, 1 chat, 1 lookalike.
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd, dense mixed sentences with names, job titles, streets with building
  numbers and secondary addresses, IPv4 / IPv6, MACs, user agents,
  card / CVV / expiry, IBAN / BIC, usernames, passwords), of
  gretel-pii-masking-en-v1 (claim forms, leases, contracts, discharge
  summaries, loan and enrolment forms, notices, statements, summonses) and
  of Nemotron-PII (JSON, log lines, SQL, XML / SOAP, YAML and INI config,
  code, HTTP requests, HL7, FHIR, ICS, git commits, diffs, tickets, forms).
- `gen` (90): one to four LLM-style sentences with personal data in prose,
  with extra weight on insurance claims, real estate and tenancy, and
  school and university administration, the rest spread over banking,
  health, pharmacy, legal, HR and payroll, retail, travel and hotels,
  telecoms, government, gaming, social media, tech support, deliveries,
  gyms and vets; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, semicolon CSV,
  TSV, pipes / Markdown, ASCII boxes, fixed-width, JSON lines, YAML,
  key: value blocks), with varied and abbreviated column names and
  non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, speakers'
  names labeled with the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, claim and policy references, SKUs, ISBNs, EANs,
  IP-shaped versions, hashes, UUIDs, serials, MACs, SIRET / VAT numbers,
  company phones, role mailboxes, eponyms, streets named after people with
  no number), the few real PII values labeled; one has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or clock time said with the date is inside the span, a time or weekday
  alone is not; not bare years, durations, or dates not tied to a person
  (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, routing, IFSC and branch codes, CVVs and expiries,
  PINs, order / ticket / claim / policy / bond / booking / tracking
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial or masked numbers ("ending 0412", "**** 4471"), pets,
  eponyms and brands named after people, header rows.
- Calls made while writing this set, in the same spirit: the date of loss,
  accident or incident in a claim, the date a claim was reported, lease,
  move-in and tenancy start dates and a letter's or signature's date are a
  person's dates (DATE_TIME); listing dates, invoice dates and the
  transaction lines and period of a bank statement are not. In a log, the
  timestamp of a line that names a user or person is DATE_TIME (like a
  "last login"), and so is a "first seen" or "last login" column; lines of
  system events keep theirs unlabeled. BIC / SWIFT codes are unlabeled like
  sort codes, and VINs like serials. French, Dutch and other honorifics
  (Mme, heer, mevrouw, dhr., Shri, Rev.) are TITLE; "juf", "Agent" and
  family words ("mum") stay outside. Businesses named after people
  (Kelly's Garage, Murphy Motors, Crawford & Company) and eponymous places
  (St Thomas', Richard J. Daley Center) are unlabeled,
  but a street named after a person with a number is ADDRESS. A party's
  surname in a case name is PERSON. The address of a property for sale or
  to let is ADDRESS. A "country" or "state" field is LOCATION, a
  "nationality", "citizenship" or "religion" field is NRP, an "age" field
  is AGE; "sex", "gender", "role", "dept" and "status" fields stay
  unlabeled. Placeholder test values (test-user-1@example.com,
  "+44 0000 000000") are unlabeled. Study participant numbers, library
  cards, student and national student numbers (matric, NSN, UCAS ID, code
  permanent), NHI, RAMQ, KRA PIN, BVN, NIN, CPF, NIF, FIN, PAN and student
  loan customer reference numbers are ID_NUMBER. Continental street order
  ("rue de Fer 22", "Meir 78 bus 3") is ADDRESS with its box or unit.

Spans per entity type (as printed by the script): PERSON 462, DATE_TIME 222,
LOCATION 191, ID_NUMBER 149, ADDRESS 118, ZIP_CODE 108, PHONE_NUMBER 102,
EMAIL_ADDRESS 62, TITLE 43, IP_ADDRESS 32, USERNAME 31, IBAN_CODE 31, AGE 26,
CREDIT_CARD 17, NRP 16, US_SSN 10, US_DRIVER_LICENSE 3, URL 3,
US_PASSPORT 2; 1628 in all.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind83.jsonl")

GEN = [
    # insurance claims
    """Hi, this is [[PERSON:Marcus Oyelaran]] — I'm following up on claim CLM-24-558103 for the hail damage to my roof on [[DATE_TIME:June 14]]. The adjuster said someone would call me back at [[PHONE_NUMBER:720-941-2276]] but nobody has yet.""",
    """[[PERSON:Sipho Ndlovu]]'s household contents claim was declined because the burglary at [[ADDRESS:14 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] was only reported to the police on [[DATE_TIME:3 March]], nine days after it happened. He is [[AGE:52]] and has been with the insurer since 2009.""",
    """my car was rear-ended in [[LOCATION:Toronto]] on [[DATE_TIME:Nov 2nd at about 5pm]], the other driver was [[PERSON:gurpreet singh dhillon]], plate [[ID_NUMBER:CNXR 482]], insured with Intact, his cell is [[PHONE_NUMBER:647-318-9042]]. what do i do now??""",
    """I'm claiming on my travel policy for the trip my wife [[PERSON:Nkechi]] and I had to cancel. We were meant to fly to [[LOCATION:Lisbon]] on [[DATE_TIME:18 May]] but she was admitted to St Thomas' with appendicitis two days before. Policy TRV-0091-3387; my name is [[PERSON:Obinna Eze]].""",
    """Pre-authorisation for the MRI is approved for member [[ID_NUMBER:DSC-88120463]], [[PERSON:Ravi Subramanian]], aged [[AGE:45]]. The scan is booked at Netcare Sunninghill for [[DATE_TIME:Thursday 24 April, 08:40]].""",
    """Following the death of [[PERSON:Harold Jenkins]] on [[DATE_TIME:27 December 2024]], his daughter [[PERSON:Maureen Slattery]] has sent in the death certificate; she is the named beneficiary and the benefit will be paid to [[IBAN_CODE:GB24LOYD30912270415833]].""",
    """Claim for Milo's cruciate surgery: policyholder [[PERSON:Rachel Kim]], [[ADDRESS:3027 Alder Avenue]], [[LOCATION:Everett]], [[LOCATION:WA]] [[ZIP_CODE:98201]]. The vet invoice dated 11/02 is attached; reimbursement goes by direct deposit to checking account [[ID_NUMBER:4418093327]].""",
    """[[PERSON:Bree Callaghan]] ([[AGE:29]]) hit a kangaroo on the Calder Freeway near [[LOCATION:Kyneton]] on [[DATE_TIME:6 May]]. Her rego is [[ID_NUMBER:1XT 4KM]] and she'd like the car towed to her home at [[ADDRESS:9 Gisborne Road]], [[LOCATION:Bacchus Marsh]] [[LOCATION:VIC]] [[ZIP_CODE:3340]].""",
    """Claimant: [[PERSON:Latoya Simmons]]. Loss: kitchen fire on [[DATE_TIME:01/18/2025 at approx. 7:40 pm]]. Property: [[ADDRESS:318 Magnolia Ct]], [[LOCATION:Macon]], [[LOCATION:GA]] [[ZIP_CODE:31204]]. Temporary housing has been requested for her and her two kids.""",
    """Claim submitted by [[PERSON:Tan Wei Ming]], NRIC [[ID_NUMBER:S8734216F]], for outpatient physiotherapy from [[DATE_TIME:3 Feb]] to [[DATE_TIME:28 Feb 2025]]; the reimbursement goes to his DBS account [[ID_NUMBER:072-381946-2]].""",
    """[[PERSON:Owen Price]], [[AGE:38]], had two crowns fitted on [[DATE_TIME:14/01/2025]] under Denplan member number [[ID_NUMBER:DP-33018274]]. The practice will bill the balance to his Mastercard [[CREDIT_CARD:5425 2334 3010 9101]].""",
    """Roadside assistance was sent to [[PERSON:Priyanka Rao]], stuck on I-85 just outside [[LOCATION:Gastonia]]; her member number is [[ID_NUMBER:429 118 307 5]] and the driver will call her back on [[PHONE_NUMBER:704.867.2291]].""",
    """hi i need to claim for a cracked windscreen, reg [[ID_NUMBER:KM19 ZXT]], a stone hit it on the M62 this morning. name's [[PERSON:danny whitehouse]], postcode [[ZIP_CODE:WF10 4LN]]""",
    """[[PERSON:Wanjiru Kamau]] of [[LOCATION:Nakuru]] reported her motorbike stolen on [[DATE_TIME:2nd March 2025]]. She gave her national ID as [[ID_NUMBER:28471936]] and asked for the payout to go to her M-Pesa line, [[PHONE_NUMBER:0722 481 306]].""",
    """Our client [[PERSON:Mr. Lukas Schneider]], born [[DATE_TIME:2 March 1984]], was a passenger in the taxi that was hit on Wilmslow Road on [[DATE_TIME:5 December 2024]], and he is claiming for the whiplash injury under the other driver's policy.""",
    """The water leak from the flat upstairs came through our ceiling on the night of [[DATE_TIME:2 January]]. Our landlord, [[PERSON:Peter Grogan]], says it's one for my contents insurance, not his buildings cover. I'm [[PERSON:Aoife Brennan]], [[ADDRESS:Apartment 7, 3 Grand Canal Quay]], [[LOCATION:Dublin]] [[ZIP_CODE:D02 XE81]].""",
    """[[PERSON:Eun-ji Park]], a [[AGE:19]]-year-old exchange student from [[LOCATION:Seoul]], reported her laptop stolen from the library on [[DATE_TIME:October 2]]; her renter's insurance claim gives her residence as [[ADDRESS:5959 Student Union Blvd]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6T 1K2]].""",
    """Adjuster's note: spoke with the insured, [[PERSON:Ferdinand Acheampong]], on [[DATE_TIME:Monday 10 March at 14:20]]. He confirmed the garage roof collapsed under snow and sent photos from [[EMAIL_ADDRESS:f.acheampong@btinternet.com]]. Field visit booked for [[DATE_TIME:13/03]].""",
    # real estate and tenancy
    """Our tenant, [[PERSON:Ms. Harriet Quaye]], moved into [[ADDRESS:Flat 3, 27 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9PJ]] on [[DATE_TIME:1 September 2023]] and her deposit of £1,150 is protected under reference DPS-7781-204.""",
    """We're pleased to confirm that the offer of $742,000 from [[PERSON:Daniel]] and [[PERSON:Rosa Villanueva]] on [[ADDRESS:1185 Larkspur Lane]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95125]] has been accepted; closing is set for [[DATE_TIME:Friday, August 29 at 2:00 PM]].""",
    """Notice to tenant: [[PERSON:Jordan McAllister]] of [[ADDRESS:Apt 5B, 2210 N. Halsted St]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]], rent for March remains unpaid. A 5-day notice was served in person on [[DATE_TIME:March 7, 2025]].""",
    """Viewing booked: [[PERSON:Olumide]] and [[PERSON:Grace Adebayo]] will see the two-bed at [[ADDRESS:41 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JL]] on [[DATE_TIME:Saturday 12th at 10:15]]. Contact: [[EMAIL_ADDRESS:grace.adebayo88@gmail.com]].""",
    """[[PERSON:Yusuf Demir]] has applied for the one-bedroom unit. He is a [[NRP:Turkish]] national on a Skilled Worker visa, earns £38,000 as a hospital pharmacist, and currently lives at [[ADDRESS:88 Stratford Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1AN]].""",
    """the landlord, [[PERSON:Mr Graham Oduya]], kept £400 of our bond for "carpet cleaning" at [[ADDRESS:22B Wellington Street]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]]. we moved out on [[DATE_TIME:28/02/2025]] and left the place spotless. — [[PERSON:kiri]] & [[PERSON:sam]]""",
    """Reference request: how long has [[PERSON:Stefan Petrović]] rented from you, and did he pay on time? He lists a tenancy at [[ADDRESS:Unit 12, 450 Queen Street]], [[LOCATION:Brisbane City]] [[LOCATION:QLD]] [[ZIP_CODE:4000]] from [[DATE_TIME:March 2021]].""",
    """[[PERSON:Liam]] and [[PERSON:Chloe Hartmann]] have been approved in principle for a $585,000 mortgage, and their solicitor, [[PERSON:Anthony Cheung]], will send over the sale and purchase agreement for [[ADDRESS:7 Wattle Grove]], [[LOCATION:Karori]], [[LOCATION:Wellington]] [[ZIP_CODE:6012]].""",
    """Airbnb host [[PERSON:Giulia Romano]] reports that her guest [[PERSON:Brandon Tate]] left the flat at [[ADDRESS:Via dei Serpenti 84]], [[LOCATION:Rome]] with a broken window on [[DATE_TIME:22 March]]; she is asking for €340 through the resolution centre.""",
    """The letting agent, [[PERSON:Yvonne Maseko]], inspected the unit at [[ADDRESS:47 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]] on [[DATE_TIME:28 Feb]] and found damp in the bathroom, so the tenant, [[PERSON:Lerato Mokoena]], has asked for a rent reduction.""",
    """I'm [[PERSON:Hannah Goldberg]]. I moved out of [[ADDRESS:unit 3R at 155 Bedford Ave]], [[LOCATION:Brooklyn]] on [[DATE_TIME:7/31]] and still haven't gotten my security deposit back. My forwarding address is [[ADDRESS:62 Elm St]], [[LOCATION:Northampton]], [[LOCATION:MA]] [[ZIP_CODE:01060]].""",
    """Maintenance request from [[PERSON:Cole Brennan]] in #208: the heater has been out since [[DATE_TIME:Sunday night, Jan 12]]. He works nights, so please call [[PHONE_NUMBER:512-806-4419]] before anyone goes in.""",
    """The council's HMO licence for [[ADDRESS:66 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JB]] names [[PERSON:Rupinder Kaur Sandhu]] as licence holder, with a correspondence address of [[ADDRESS:PO Box 1182]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 9BN]].""",
    """I, [[PERSON:Kwame Asante-Boateng]], authorise a standing order of €1,450 from my account [[IBAN_CODE:IE46AIBK93115218604297]] to my landlord each month, starting on [[DATE_TIME:1 February]].""",
    """Both tenants signed the renewal: [[PERSON:Marisol Jiménez]] on [[DATE_TIME:3/2/2025]] and her roommate [[PERSON:Kendra Lowry]] a day later, so the lease for [[ADDRESS:4410 Ridge Rd, Apt 21]], [[LOCATION:Cleveland]], [[LOCATION:OH]] [[ZIP_CODE:44144]] now runs through next February.""",
    """Hi, it's [[PERSON:Ama]] from the agency — the keys for [[ADDRESS:19 Rose Hill Crescent]] are ready for [[PERSON:dhruv]]'s move-in on the [[DATE_TIME:14th]], and the inventory appointment is at 9.""",
    # school and university administration
    """the registrar's office confirmed that student [[ID_NUMBER:2021-04417]] ([[PERSON:li wen zhao]]) withdrew from PSYC 210 on [[DATE_TIME:10/03/2024]] and will not be charged the late fee.""",
    """Can you update the emergency contact for my son [[PERSON:Ethan]] (Year 4, [[PERSON:Mrs. Kowalczyk]]'s class)? It should now be his grandmother, [[PERSON:Brenda Fairweather]], on [[PHONE_NUMBER:07712 408 935]].""",
    """Dear [[PERSON:Aaliyah Rahman]], your application to the MSc in Public Health has been received. Please quote applicant number [[ID_NUMBER:APP-7730291]] in all correspondence; your interview is booked for [[DATE_TIME:Tuesday 8 July at 11:30]].""",
    """Admissions: [[PERSON:Nomvula Khumalo]] (born [[DATE_TIME:2014-06-02]]) transfers into Grade 5 from [[DATE_TIME:15 January 2025]]. Parent: [[PERSON:Themba Khumalo]], cell [[PHONE_NUMBER:082 417 3396]], ID [[ID_NUMBER:7901306145089]].""",
    """[[PERSON:Connor O'Sullivan]], student no. [[ID_NUMBER:22314587]], has been given a single en-suite room in halls from [[DATE_TIME:21 September]]; keys can be picked up at reception with photo ID.""",
    """Student [[PERSON:Hamza El Idrissi]] (ID [[ID_NUMBER:s3928471]]) owes $1,860 on his tuition account. A payment plan was agreed by phone on [[DATE_TIME:9/12]] and the first instalment will be taken from his card [[CREDIT_CARD:4024 0071 5336 8294]].""",
    """I am writing on behalf of my student [[PERSON:Tariq Mahmood]] (UCAS Personal ID [[ID_NUMBER:118-392-7704]]) to appeal his A-level grade, as his chemistry paper on [[DATE_TIME:19 June]] was interrupted by a fire alarm. — [[PERSON:Dr. Helen Marsh]], Head of Sixth Form""",
    """Parent-teacher conference: [[PERSON:Mrs. Delgado]] will meet [[PERSON:Luis]] and [[PERSON:Carmen Ortiz]] about [[PERSON:Mateo]]'s reading on [[DATE_TIME:Wednesday, Oct. 16 at 3:45 p.m.]] in Room 112.""",
    """Please send an official transcript for [[PERSON:Ngozi Ibekwe]] (matric no. [[ID_NUMBER:UNN/2016/214478]]) to World Education Services. She graduated on [[DATE_TIME:12 December 2020]] and can be emailed at [[EMAIL_ADDRESS:ngozi.ibekwe@yahoo.co.uk]].""",
    """[[PERSON:Zainab]] ([[AGE:7]]) should be dropped at her grandmother's, [[ADDRESS:1402 Cedar Bend Drive]], on Thursdays instead of at home. Any questions, call her dad, [[PERSON:Idris Bello]], at [[PHONE_NUMBER:(281) 734-6620]].""",
    """Free school meals: the application for [[PERSON:Kacper Nowak]] (DOB [[DATE_TIME:09/09/2016]]) was approved from [[DATE_TIME:6 January]]; his mother [[PERSON:Agnieszka Nowak]]'s NI number, [[ID_NUMBER:SN 71 40 28 B]], was verified with DWP.""",
    """Congratulations to [[PERSON:Thandiwe Dlamini]] and [[PERSON:Ruairí Mac Giolla Phádraig]], this year's recipients of the Chancellor's Award, who will be presented with it at the ceremony on [[DATE_TIME:14 November]].""",
    """[[PERSON:Kayleigh Morrison]]'s maintenance loan for the spring term was held back because her Customer Reference Number, [[ID_NUMBER:4821 7730 1185]], did not match the one the university had on file.""",
    """Exam accommodations for [[PERSON:Jamal Whitaker]] (student ID [[ID_NUMBER:U71930482]]): 50% extra time and a separate room for all finals, starting with the statistics exam on [[DATE_TIME:May 5 at 8:00 AM]].""",
    """For her CAS the university needs [[PERSON:Adaeze Okonjo]]'s passport number ([[ID_NUMBER:A09182736]]), her date of birth ([[DATE_TIME:11.05.2001]]) and her home address in [[LOCATION:Enugu]], [[LOCATION:Nigeria]].""",
    """[[PERSON:Rajesh]], great to see you at the reunion! Could you check your alumni record? We now have you at [[ADDRESS:2/17 Beach Road]], [[LOCATION:Mount Maunganui]] [[ZIP_CODE:3116]]. — [[PERSON:Fiona]], Alumni Office""",
    """Reminder from Brookfield Primary: [[PERSON:Amara]]'s permission slip for the zoo trip hasn't come back yet. If she's going, please send £6 with the signed form, or ring [[PERSON:Mr. Delaney]] on the school office line.""",
    """The thesis defence of [[PERSON:Marek Horváth]] is scheduled for [[DATE_TIME:June 3, 2025, 1:00 pm]]; committee: [[PERSON:Prof. Sunita Gopalan]] (chair), [[PERSON:Dr. Aaron Feld]] and [[PERSON:Dr. Yaw Boateng]].""",
    """A student, [[PERSON:tomás aguirre]], [[AGE:20]], asked the bursar's office to refund the housing deposit to his mother's account, [[IBAN_CODE:ES1321000418424502001234]], since he is going home to [[LOCATION:Bilbao]] after [[DATE_TIME:20 December]].""",
    # everything else
    """Prescription ready for pickup: [[PERSON:Tomasz Wiśniewski]], DOB [[DATE_TIME:04/19/1961]], atorvastatin 40 mg. Call [[PHONE_NUMBER:(773) 604-2518]] if anything has changed with your insurance.""",
    """Please process the final pay for [[PERSON:Chidinma Okafor]] (staff no. [[ID_NUMBER:E-10482]]), whose last day is [[DATE_TIME:30 April 2025]]; her pension pot should go to the account ending 7719.""",
    """[[PERSON:Dr. Ifeoma Nwachukwu]] saw [[PERSON:Graham Pettigrew]] ([[AGE:67]]) on [[DATE_TIME:12 Feb 2025]] for his follow-up, NHS number [[ID_NUMBER:634 918 2057]]. Next review in six months.""",
    """Porting request: move [[PHONE_NUMBER:+61 412 583 907]] over from Optus for account holder [[PERSON:Mei Ling Tan]], DOB [[DATE_TIME:22/11/1990]], of [[ADDRESS:6/48 Bourke Street]], [[LOCATION:Surry Hills]] [[LOCATION:NSW]] [[ZIP_CODE:2010]].""",
    """Your renewal for the driver license held by [[PERSON:Leilani Kahananui]], license number [[US_DRIVER_LICENSE:H02938471]], has been processed, and the new card will be mailed to [[ADDRESS:94-1032 Waipahu Street]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """The hearing in [[PERSON:Okonkwo]] v Lambeth Council has moved to [[DATE_TIME:3 June 2025 at 10am]]; counsel for the claimant, [[PERSON:Ms Rebecca Thornbury]], asks that the bundle be emailed to [[EMAIL_ADDRESS:r.thornbury@thornburylegal.co.uk]].""",
    """hey it's [[PERSON:tayo]] from the 6am spin class, can you freeze my membership from the [[DATE_TIME:3rd of July]] till i'm back from [[LOCATION:Lagos]]? member no. [[ID_NUMBER:0048217]]""",
    """Reminder: Biscuit is due for her booster on [[DATE_TIME:14 October]]. Owner: [[PERSON:Siobhán Ní Bhriain]], [[PHONE_NUMBER:087 224 6190]], [[ADDRESS:12 Ard na Gréine]], [[LOCATION:Galway]] [[ZIP_CODE:H91 X2F7]].""",
    """Driver note: if [[PERSON:Mr. Abernethy]] isn't home, leave the parcel with the neighbour on the left. Recipient phone [[PHONE_NUMBER:0131 496 0728]], delivery address [[ADDRESS:17 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HD]].""",
    """Return authorised for [[PERSON:Bianca Ferreira]]: order 114-2288341-7720, refund to the Visa ending 0412. The email we have for her is [[EMAIL_ADDRESS:biancaf.designs@outlook.com]].""",
    """Guest [[PERSON:Haruto Watanabe]] checks in [[DATE_TIME:Mon 7 Apr]] and out [[DATE_TIME:Thu 10 Apr]]; passport [[ID_NUMBER:TK8320517]] ([[NRP:Japanese]]). He lands late, so please hold the room on his card [[CREDIT_CARD:3566 0020 2036 0489]].""",
    """someone made a fake account with my photos. the handle is [[USERNAME:real_jessica.ng]] and it's messaging my followers. my actual profile is [[URL:instagram.com/jessng.eats]] and i'm [[PERSON:Jessica Ng]]""",
    """Ban appeal from player [[USERNAME:xXDarkReaper77Xx]] (real name [[PERSON:Kyle Brandt]], [[AGE:16]]): he says his little brother used the account on [[DATE_TIME:March 3rd]] and that he has never logged in from [[IP_ADDRESS:98.214.77.130]].""",
    """ticket from [[PERSON:Fatima Zahra Benali]] in accounts: can't get on the VPN since the update, her laptop shows [[IP_ADDRESS:10.42.18.207]]. she's on ext. 4471 or mobile [[PHONE_NUMBER:+44 7458 113 902]]""",
    """[[PERSON:Ana Lúcia Pereira]], a [[NRP:Brazilian]] citizen born on [[DATE_TIME:3 August 1993]] in [[LOCATION:Belo Horizonte]], has applied to renew her Stamp 4; her PPS number is [[ID_NUMBER:7059142M]].""",
    """Rental agreement RA-559102: driver [[PERSON:Michael]] "[[PERSON:Mick]]" [[PERSON:Doherty]], UK licence [[ID_NUMBER:DOHER705141MJ9AB]], pick-up at Belfast City Airport on [[DATE_TIME:19/08 at 07:30]].""",
    """I didn't make the $918.40 payment to ZX TRADING on my card [[CREDIT_CARD:5312 7740 9082 1184]] last week. My name is [[PERSON:Christopher Lam]] and you can reach me at home on [[PHONE_NUMBER:(604) 873-2219]].""",
    """Salary for [[PERSON:Arjun Mehta]] (Emp ID [[ID_NUMBER:INF-204187]]) will be credited to account [[ID_NUMBER:50100234871926]], IFSC HDFC0001234. PAN [[ID_NUMBER:BQRPM4827K]], Aadhaar [[ID_NUMBER:7351 9046 2835]].""",
    """Hi [[PERSON:Ma. Cristina Dela Cruz]], this is a reminder of your prenatal check-up with [[PERSON:Dr. Ramon Villareal]] on [[DATE_TIME:Sept 20, 9:00 AM]]. Please bring your PhilHealth ID, [[ID_NUMBER:12-025384719-6]].""",
    """RSVP from [[PERSON:Tobias]] & [[PERSON:Imogen Reyes-Whitfield]]: two adults, one vegetarian, arriving [[DATE_TIME:Friday 13 June]] and staying at the Harbour Inn. Contact [[EMAIL_ADDRESS:imogen.rw@proton.me]].""",
    """Account holder [[PERSON:Abdullahi Musa]] at [[ADDRESS:Plot 14, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] wants a prepaid meter; his NIN is [[ID_NUMBER:48120937615]] and his phone is [[PHONE_NUMBER:0803 417 2290]].""",
    """The user [[USERNAME:kenji_outdoors]] reported that a match calling himself "[[PERSON:Jake]]" asked to move the chat to WhatsApp at [[PHONE_NUMBER:+234 809 118 4402]] and then asked him for money.""",
    """Welcome aboard, [[PERSON:Geneviève Tremblay]]! Your first day is [[DATE_TIME:Monday, January 6]]. Payroll has your SIN as [[ID_NUMBER:273 904 151]]; please bring a void cheque for direct deposit.""",
    """A caller claiming to be from HMRC phoned my mother, [[PERSON:Patricia Lowe]] ([[AGE:81]]), on [[DATE_TIME:Tuesday 4 March]] from [[PHONE_NUMBER:020 3998 1172]] and got her bank details out of her. — [[PERSON:Simon Lowe]]""",
    """Your parcel for [[PERSON:H. Oyelowo]] at [[ADDRESS:Suite 402, 1800 Lake Shore Blvd W]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6S 5A1]] is out for delivery; tracking 1Z84W9720398811465.""",
    """KYC failed for [[PERSON:Dmitri Volkov]]: the selfie didn't match and the address on his utility bill, [[ADDRESS:Flat 9, 61 Kentish Town Road]], [[ZIP_CODE:NW1 8NY]], differs from his profile. He signed up from [[IP_ADDRESS:2a02:c7f:8e41:2900:5d1a:1bb2:7c03:e4f1]].""",
    """At [[AGE:34]], [[PERSON:Nikolai]] finally passed his citizenship test; his ceremony is on [[DATE_TIME:26 January]] in [[LOCATION:Adelaide]], and his TFN, [[ID_NUMBER:319 047 260]], stays the same.""",
    # French (France, Belgium, Québec) and Dutch (Netherlands, Flanders)
    """Madame, Monsieur, je soussignée [[PERSON:Camille Rousseau]], demeurant [[ADDRESS:18 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], déclare un dégât des eaux survenu le [[DATE_TIME:12 janvier 2025]] dans ma cuisine. Mon numéro de sociétaire est le [[ID_NUMBER:SO-4417829]].""",
    """Bonjour, je suis la maman d'[[PERSON:Inès]] en CM2 chez [[TITLE:Mme]] [[PERSON:Garnier]]. [[PERSON:Inès]] sera absente [[DATE_TIME:jeudi 6 mars]] pour un rendez-vous chez l'orthodontiste. Vous pouvez me joindre au [[PHONE_NUMBER:06 12 48 93 70]]. [[PERSON:Samira Benali]]""",
    """Le bail de [[PERSON:Thomas Dupont]] pour l'appartement situé [[ADDRESS:avenue Louise 231, boîte 12]], [[ZIP_CODE:1050]] [[LOCATION:Ixelles]] prend cours le [[DATE_TIME:1er octobre 2024]]. La garantie locative sera versée sur le compte bloqué [[IBAN_CODE:BE71 3630 8574 1269]].""",
    """Bonjour [[PERSON:Jérémie Bouchard]], ton dossier d'admission au baccalauréat en génie logiciel est complet et ton code permanent, [[ID_NUMBER:BOUJ03089907]], a été vérifié. La séance d'accueil aura lieu le [[DATE_TIME:mardi 26 août à 9 h]].""",
    """Réclamation auto : l'assurée, [[PERSON:Marie-Ève Lapointe]], [[AGE:34]] ans, a eu une collision le [[DATE_TIME:8 février]] sur le boulevard Laurier. Elle habite au [[ADDRESS:2145, rue de la Canardière]], [[LOCATION:Québec]] ([[LOCATION:QC]]) [[ZIP_CODE:G1J 2E4]]; cellulaire : [[PHONE_NUMBER:418 905-3372]].""",
    """Beste [[TITLE:mevrouw]] [[PERSON:Jansen]], hierbij bevestigen wij dat u de huurovereenkomst voor [[ADDRESS:Vondelstraat 112-2]], [[ZIP_CODE:1054 GS]] [[LOCATION:Amsterdam]] per [[DATE_TIME:1 mei 2025]] hebt opgezegd. De borg van € 2.100 storten wij binnen 14 dagen terug op [[IBAN_CODE:NL74RABO3158702649]].""",
    """[[PERSON:Daan de Vries]] (studentnummer [[ID_NUMBER:5823147]]) heeft zijn bachelorscriptie op [[DATE_TIME:24 juni]] verdedigd. Zijn diploma wordt uitgereikt op [[DATE_TIME:vrijdag 11 juli om 15.00 uur]] in de aula.""",
    """Onze verzekerde, [[TITLE:dhr.]] [[PERSON:Pieter Vermeulen]], had op [[DATE_TIME:14 november]] een aanrijding op de Antwerpsesteenweg in [[LOCATION:Mechelen]]. Zijn nummerplaat is [[ID_NUMBER:1-GKT-482]] en zijn rijksregisternummer [[ID_NUMBER:67.09.29-391.15]].""",
    """Beste ouders van [[PERSON:Lotte Claes]], op [[DATE_TIME:maandag 3 februari]] komt de schoolarts langs voor het medisch onderzoek van het eerste leerjaar. Het formulier mag terug naar juf [[PERSON:Els]] of per mail naar [[EMAIL_ADDRESS:els.wouters@sintjozef-lier.be]].""",
    """Schademelding van [[PERSON:Sanne Bakker]], [[ADDRESS:Kerkstraat 41]], [[ZIP_CODE:3581 RD]] [[LOCATION:Utrecht]]: haar fiets is op [[DATE_TIME:zaterdag 15 maart]] gestolen bij het station. Polisnummer FT-20931874, telefoon [[PHONE_NUMBER:06-41827395]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Mx. Rowan Ellery]], your onboarding kit as Senior Infrastructure Architect was shipped to [[ADDRESS:4471 Halvorsen Parkway]], [[ADDRESS:Suite 908]], [[LOCATION:Burlington]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]]. To activate your badge, sign in from [[IP_ADDRESS:172.19.240.86]] as [[USERNAME:rellery_arch]] with the temporary password Qv7!mPz2#r.""",
    """The device with MAC 3c:22:fb:9a:1e:07 registered to [[PERSON:Ignatius Oduya]] tried 14 logins from [[IP_ADDRESS:2600:1700:5a3e:91c0:8d3e:77ff:fe21:9b40]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 on [[DATE_TIME:2024-02-11 03:17]].""",
    """Payment of €1,250.00 for the Quantum Learning seminar was charged to card [[CREDIT_CARD:4539148803436707]], CVV 482, exp 07/27, held by [[PERSON:Svetlana Marković]]. Refunds go to [[IBAN_CODE:DE23701500000096318427]] (BIC BYLADEMMXXX).""",
    """Patient [[PERSON:Kofi Mensah-Bonsu]] ([[AGE:42]], male, 178 cm, brown eyes) was referred by [[PERSON:Dr. Anneke Visser]] for an echocardiogram at [[ADDRESS:220 Ridgewood Terrace]], [[ADDRESS:Floor 3]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06106]] on [[DATE_TIME:March 3rd, 2024, 10:45 AM]].""",
    """Hey [[PERSON:Jannik]], remember to send the Q3 forecast to the Chief Marketing Officer, [[PERSON:Odalys Ferrante]], at [[EMAIL_ADDRESS:odalys.ferrante@brightwave-media.com]] or [[PHONE_NUMBER:+1-415-938-2207]] before her flight to [[LOCATION:Reykjavík]] on [[DATE_TIME:Oct 2]].""",
    """Account [[ID_NUMBER:78201945]] (sort code 20-31-58) belonging to [[PERSON:Harriet Kingsley-Obi]] received £3,400 from [[IBAN_CODE:GB93BARC20714438102657]]; the sender wrote "RENT NOV" as the reference.""",
    """Our Lead Data Steward [[PERSON:Priscilla Amankwah]] ([[USERNAME:pamankwah]], [[EMAIL_ADDRESS:priscilla.amankwah@kestrel-analytics.io]]) requested access to the payroll vault from [[IP_ADDRESS:41.66.198.23]] on [[DATE_TIME:Tuesday, 14/05/2024 at 16:02]]; her laptop's MAC address is a4:83:e7:0c:5d:91.""",
    """Congratulations [[PERSON:Ezekiel]]! You have been selected for the Regional Sales Director role in [[LOCATION:Nairobi]]. Please confirm your KRA PIN ([[ID_NUMBER:A004918273Z]]), date of birth ([[DATE_TIME:17/02/1986]]) and M-Pesa number ([[PHONE_NUMBER:+254 712 904 338]]) by replying to this email.""",
    """[[PERSON:Mrs. Valentina Ruiz-Castro]] updated her billing profile: new card [[CREDIT_CARD:5596014277306650]] (exp 11/28, CVV 907), billing address [[ADDRESS:7720 Coral Way]], [[ADDRESS:Apt. 1204]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33155]], phone [[PHONE_NUMBER:305.442.8817]].""",
    """Hi [[PERSON:Bartholomew]], for the Junior Actuary background check we need your SSN [[US_SSN:412-77-3094]] and a scan of your passport [[US_PASSPORT:567203841]]. Our HR system also logged a sign-in from [[IP_ADDRESS:66.249.73.15]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1.""",
    """Attention all Product Designers: [[PERSON:Leopold Vance-Whitaker]] will run the accessibility workshop at [[ADDRESS:1 Harbourfront Plaza]], [[ADDRESS:Level 14]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]. RSVP to his assistant [[PERSON:Mikaela]] on [[PHONE_NUMBER:0423 718 509]].""",
    """Transaction alert: [[PERSON:Chukwuemeka Obi]], [[AGE:37]], your Discover card [[CREDIT_CARD:6011 4203 7781 5026]] was used at 11:42 PM in [[LOCATION:Las Vegas]], [[LOCATION:Nevada]]. If this wasn't you, reply STOP or call the number on the back of your card.""",
    """The genealogist [[PERSON:Ottilie Brandsma]] found that [[PERSON:Cornelius Vandermeer]] was born on [[DATE_TIME:4 September 1931]] in [[LOCATION:Grand Rapids]], [[LOCATION:Michigan]], and was [[NRP:Dutch Reformed]] like the rest of the family.""",
    """[[PERSON:Gwendolyn Achterberg]] ([[USERNAME:gwen.ach]]), your password for the Compliance Portal was reset. The reset came from [[IP_ADDRESS:185.220.101.44]], MAC 00:1B:44:11:3A:B7, browser Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.18. Not you? Contact security.""",
    """Dear [[PERSON:Prof. Hamid Rostami]], the Faculty Board has approved your sabbatical from [[DATE_TIME:01/09/2025]] to [[DATE_TIME:31/08/2026]]. Your salary will still be paid into [[IBAN_CODE:GB94NWBK56004388210975]]; please tell us if your home address ([[ADDRESS:58 Banbury Road]], [[LOCATION:Oxford]], [[ZIP_CODE:OX2 6PE]]) changes.""",
    """Male, [[AGE:58]], [[NRP:Sikh]], lives at [[ADDRESS:3304 Fraser Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5V 4C4]]: that is the profile [[PERSON:Harjit Grewal]] gave the survey team, with SIN [[ID_NUMBER:512 847 062]] and home line [[PHONE_NUMBER:604-879-3310]].""",
    """Invoice sent to [[PERSON:Ms. Adwoa Sarpong]], Chief Financial Officer, at [[EMAIL_ADDRESS:adwoa.sarpong@volta-agro.com.gh]] for 12 solar charge controllers. Pay by card [[CREDIT_CARD:4147 2031 8820 5963]] or by wire to [[IBAN_CODE:CH93 0076 2011 6238 5295 7]].""",
    """[[PERSON:Tobiah Lindqvist]], [[AGE:24]], born [[DATE_TIME:June 30, 2000]], Junior Developer, username [[USERNAME:tlindqvist00]], last seen at [[IP_ADDRESS:192.168.14.22]]: account flagged because the same device (MAC 5c:f9:38:a1:04:ee) was also used by [[PERSON:Anneliese Kroft]].""",
    """Request from [[PERSON:Zhang Wei]]: change the beneficiary of his life policy to his daughter [[PERSON:Zhang Xinyi]], born [[DATE_TIME:2009-12-08]]. His FIN is [[ID_NUMBER:G5038127M]] and he can be reached on [[PHONE_NUMBER:+65 9123 4870]].""",
    """On [[DATE_TIME:August 3, 2023]], [[PERSON:Esperanza Quintero]], a [[AGE:31]]-year-old Veterinary Technician, opened a savings account (routing 021000021, account [[ID_NUMBER:3849201175]]) using her Florida driver's license [[US_DRIVER_LICENSE:Q482-117-93-804-0]].""",
    """Your login to the Learning Hub from [[IP_ADDRESS:81.2.69.160]] (Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0) was successful, [[PERSON:Benedikt]]. If you did not sign in on [[DATE_TIME:06/04/2024 at 21:13]], reset your password.""",
    """Name: [[PERSON:Adebisi Oyelaran]] | Title: Head of Logistics | Age: [[AGE:45]] | Email: [[EMAIL_ADDRESS:a.oyelaran@swiftcargo.ng]] | Phone: [[PHONE_NUMBER:+234 803 556 0921]] | Address: [[ADDRESS:22 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]] | BVN: [[ID_NUMBER:22184730591]]""",
    """We noticed a change to [[PERSON:Mr. Desmond O'Halloran]]'s direct debit: the new IBAN is [[IBAN_CODE:IE71 BOFI 9000 1763 5182 04]] and the mandate was signed on [[DATE_TIME:2 Oct 2024]] from [[IP_ADDRESS:89.101.55.230]].""",
    """[[PERSON:Sunniva]], the Clinical Research Coordinator, emailed the consent forms from [[EMAIL_ADDRESS:sunniva.haugland@uib-study.no]] for participant [[ID_NUMBER:P-0417]], whose date of birth ([[DATE_TIME:29.02.1996]]) had been keyed in as 1969.""",
    """The Amex [[CREDIT_CARD:3795 142066 38218]] belonging to [[PERSON:Whitney Oakes]] expires 09/26 with security code 4417; the billing ZIP is [[ZIP_CODE:78704]] and the card was added from [[IP_ADDRESS:24.155.201.9]].""",
    """[[PERSON:Nurse Agatha Ferreira-Lima]] moves to the night rota from [[DATE_TIME:1 December]]; her bleep is 4472 and her personal mobile, for emergencies only, is [[PHONE_NUMBER:07911 563 208]].""",
    """Package for [[PERSON:Kalani Makoa]] held at the depot. Recipient address: [[ADDRESS:85-1170 Farrington Highway]], [[ADDRESS:Apt 12C]], [[LOCATION:Waianae]], [[LOCATION:Hawaii]] [[ZIP_CODE:96792]]. Bring photo ID; his phone [[PHONE_NUMBER:(808) 696-4021]] goes to voicemail.""",
    """Hello [[PERSON:Fenella]], the Maestro card [[CREDIT_CARD:6759 6498 2643 8453]] linked to your account [[USERNAME:fenella_k]] was blocked after three wrong PIN entries. Your registered address is still [[ADDRESS:8 Gayfield Square]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH1 3NT]].""",
    """Please wire the deposit for the villa to [[PERSON:Ximena Alarcón Peña]], IBAN [[IBAN_CODE:PT50 0035 0651 0001 2873 6301 2]], before she flies out of [[LOCATION:Porto]] on [[DATE_TIME:Saturday 21 June]]; her NIF is [[ID_NUMBER:263 918 475]].""",
    """The Gaming Moderator [[PERSON:Ifeanyi]] banned [[USERNAME:NightOwl_Sasha]] (email [[EMAIL_ADDRESS:sasha.pirogova@yandex.ru]]) after she posted another player's home address, [[ADDRESS:14 Cherry Tree Walk]], [[LOCATION:Stockport]], in general chat.""",
    """Kindly note that [[TITLE:Shri]] [[PERSON:Venkataraman Iyer]], Deputy General Manager (Finance), aged [[AGE:56]], residing at [[ADDRESS:Flat 3B, Lakshmi Towers, 14 Cathedral Road]], [[LOCATION:Chennai]] [[ZIP_CODE:600086]], has submitted Aadhaar [[ID_NUMBER:2604 7185 9309]] and mobile [[PHONE_NUMBER:+91 98401 27736]] for KYC.""",
    # in the manner of gretel-pii-masking-en-v1
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Rhiannon Llewellyn]]    DOB: [[DATE_TIME:23/07/1989]]
Address: [[ADDRESS:12 Heol y Bryn]], [[LOCATION:Pontypridd]], [[ZIP_CODE:CF37 4DA]]
Time at address: 4 yrs    Employment: Staff Nurse, Cwm Taf Health Board
Gross income: £34,100    Loan amount: £9,500    Term: 48 months
NI No: [[ID_NUMBER:PN 62 19 44 D]]    Bank: [[IBAN_CODE:GB16BARC20315843917206]]
Signed: [[PERSON:R. Llewellyn]]    Date: [[DATE_TIME:02/03/2025]]""",
    """CLAIM NOTIFICATION FORM
Insured: [[PERSON:Gerald F. Ashworth]]
Policy No.: PLH-2291-0044-7
Date of Loss: [[DATE_TIME:October 17, 2024]]
Description: While driving north on Route 9, the insured's vehicle (plate [[ID_NUMBER:7KLM392]]) was struck by a vehicle driven by [[PERSON:Maria Elena Cortez]] (CA DL [[US_DRIVER_LICENSE:D4820317]]). Witness [[PERSON:Jerome Tibbs]] can be contacted at [[PHONE_NUMBER:(916) 552-0843]].
Insured's SSN: [[US_SSN:528-41-7730]]""",
    """This Residential Lease Agreement is made on [[DATE_TIME:April 1, 2025]] between Greenfield Properties LLC ("Landlord") and [[PERSON:Samuel Osei]] and [[PERSON:Efua Osei]] ("Tenants") for the premises at [[ADDRESS:908 Pinecrest Drive, Unit 14]], [[LOCATION:Raleigh]], [[LOCATION:North Carolina]] [[ZIP_CODE:27609]]. Monthly rent of $1,875 is due on the first day of each month.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Marguerite Doucet]]    MRN: [[ID_NUMBER:00784412]]    Age: [[AGE:76]]
Admitted: [[DATE_TIME:02/09/2025]]    Discharged: [[DATE_TIME:02/14/2025]]
Attending: [[PERSON:Dr. Samir Haddad]]
Diagnosis: community-acquired pneumonia, resolved on oral antibiotics.
Follow-up: with PCP [[PERSON:Dr. Lena Kowalski]] within 7 days.""",
    """NOTICE OF RENT INCREASE
To: [[PERSON:Mariam Hussaini]]
Premises: [[ADDRESS:Flat 6, Cedar Court, 110 Portswood Road]], [[LOCATION:Southampton]] [[ZIP_CODE:SO17 2FW]]
Take notice that from [[DATE_TIME:1 July 2025]] the rent payable will rise from £925 to £980 per calendar month, under section 13 of the Housing Act 1988.
Landlord: [[PERSON:Clive Batterbee]], [[ADDRESS:31 Hill Lane]], [[LOCATION:Southampton]] [[ZIP_CODE:SO15 5AD]]""",
    """EMPLOYMENT AGREEMENT
This agreement is entered into on [[DATE_TIME:February 17, 2025]] between Northwind Analytics, Inc. and [[PERSON:Priya Venkatesan]] ("Employee"), residing at [[ADDRESS:1420 Maple Avenue, Apt 3C]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60201]]. Employee's start date is [[DATE_TIME:March 3, 2025]]. Position: Data Scientist II. Base salary: $128,000 per year. Employee SSN: [[US_SSN:331-58-9027]].""",
    """PATIENT INTAKE — Riverside Family Clinic
Name: [[PERSON:Desmond Achterberg]]    DOB: [[DATE_TIME:Aug 2, 1959]]    Sex: M
Address: [[ADDRESS:5561 Wexford Court]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]
Phone: [[PHONE_NUMBER:614-388-0275]]    Email: [[EMAIL_ADDRESS:dachterberg59@aol.com]]
Insurance: Medical Mutual, member ID [[ID_NUMBER:MMO448120937]]
Emergency contact: [[PERSON:Ruth Achterberg]] (wife) [[PHONE_NUMBER:614-388-0276]]
Reason for visit: persistent cough for 3 weeks""",
    """Dear [[PERSON:Mr. Okafor]],
Re: Claim 2024-HO-0031872, [[ADDRESS:17 Birchfield Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK5 6HJ]]
We have completed our review of the storm damage you reported on [[DATE_TIME:22 December 2024]]. Damage to garden fences is excluded under section 4.2 of your policy wording. If you disagree with our decision, you may refer it to the Financial Ombudsman Service within six months.
Yours sincerely,
[[PERSON:Alison Pryce]]
Claims Handler""",
    """IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]], [[LOCATION:ILLINOIS]]
[[PERSON:MARGARET L. HOLLOWAY]], Plaintiff, v. [[PERSON:DERRICK J. FAIRBANKS]], Defendant.    Case No. 2025-L-004417
SUMMONS: You are required to appear on [[DATE_TIME:April 22, 2025 at 9:30 a.m.]] in Courtroom 2208 of the Richard J. Daley Center. Defendant's last known address: [[ADDRESS:6120 S. Kenwood Ave, Apt 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60637]].""",
    """VEHICLE FINANCE AGREEMENT
Borrower: [[PERSON:Thabo Molefe]], ID No. [[ID_NUMBER:8804125732088]], of [[ADDRESS:23 Protea Street]], [[LOCATION:Sunnyside]], [[LOCATION:Pretoria]] [[ZIP_CODE:0002]].
Vehicle: 2021 Toyota Corolla Cross, VIN JTNKHMBX3M1098213, registration [[ID_NUMBER:JH 48 KP GP]].
Instalment of R6,420 debited on the 25th of each month from cheque account [[ID_NUMBER:62810347751]] (FNB, branch code 250655).""",
    """STUDENT ENROLMENT FORM 2025
Student: [[PERSON:Aroha Ngata]]    Date of birth: [[DATE_TIME:14/03/2013]]    Year level: 7
Home address: [[ADDRESS:48 Te Awe Awe Street]], [[LOCATION:Palmerston North]] [[ZIP_CODE:4410]]
Caregiver 1: [[PERSON:Mereana Ngata]], [[PHONE_NUMBER:021 477 3902]], [[EMAIL_ADDRESS:mereana.ngata@xtra.co.nz]]
Caregiver 2: [[PERSON:Hemi Walker]], [[PHONE_NUMBER:027 318 6604]]
Previous school: Hokowhitu School    NSN: [[ID_NUMBER:128447310]]
Medical: mild asthma, inhaler kept at the office""",
    """[[DATE_TIME:March 12, 2025]]

[[PERSON:Andre]] and [[PERSON:Simone Baptiste]]
[[ADDRESS:901 Gulf Breeze Pkwy, #7]]
[[LOCATION:Gulf Breeze]], [[LOCATION:FL]] [[ZIP_CODE:32561]]

Dear [[TITLE:Mr.]] and [[PERSON:Mrs. Baptiste]]: Based on the information you provided, you are pre-approved for a conventional mortgage of up to $412,000 for a home in [[LOCATION:Escambia County]]. This pre-approval is valid for 90 days.""",
    """INCIDENT REPORT
Employee: [[PERSON:Rosa Delgado-Mireles]]    Employee #: [[ID_NUMBER:48812]]
Date/time of incident: [[DATE_TIME:11/06/2024 14:35]]
Location: Warehouse B, aisle 12
Description: Employee slipped on spilled hydraulic fluid and hurt her left wrist. First aid given by [[PERSON:Tom Greaves]]; driven to urgent care by supervisor [[PERSON:K. Adeyemi]].
Workers' comp claim filed: yes""",
    """RESIDENTIAL TENANCIES BOND LODGEMENT
Bond number: 2025/118304    Amount: $2,640
Premises: [[ADDRESS:3/27 Ocean Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]]
Tenant(s): [[PERSON:Isabella Moretti]], [[PERSON:Jack Thornton]]
Tenancy start: [[DATE_TIME:15/02/2025]]
Managing agent: Eastside Realty, ph 02 9130 4471""",
    """Rx #6048221
Patient: [[PERSON:Evangeline Moss]], DOB [[DATE_TIME:10-30-1948]], [[AGE:76]] y/o
Prescriber: [[PERSON:Dr. Kwabena Owusu]]
Drug: warfarin 5 mg tab, #30, take as directed
Pharmacist note: INR check due [[DATE_TIME:Friday 3/21]]; patient's daughter [[PERSON:Joanne]] picks up, cell [[PHONE_NUMBER:(412) 760-3348]]""",
    """ACCOUNT OPENING – PERSONAL CURRENT ACCOUNT
Full name: [[PERSON:Niamh Ní Cheallaigh]]
Date of birth: [[DATE_TIME:05/10/1997]]
PPSN: [[ID_NUMBER:4821736P]]
Address: [[ADDRESS:Apt 14, The Granary, Mary Street]], [[LOCATION:Cork]], [[ZIP_CODE:T12 K8AF]]
Nationality: [[NRP:Irish]]
Occupation: Physiotherapist
Mobile: [[PHONE_NUMBER:+353 86 193 4720]]""",
    """LASTING POWER OF ATTORNEY (property and financial affairs)
Donor: [[PERSON:Edith Margaret Caldwell]], born [[DATE_TIME:7 April 1936]], of [[ADDRESS:Rosemount, 4 Orchard Lane]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8QT]]
Attorneys: [[PERSON:Paul Caldwell]] (son) and [[PERSON:Fiona Caldwell-Reid]] (daughter), acting jointly and severally
Certificate provider: [[PERSON:Dr. Imran Qureshi]]
Signed by the donor on [[DATE_TIME:18 November 2024]]""",
    """FINANCIAL AID AWARD NOTICE — Academic Year 2025-26
Student: [[PERSON:Malik Johnson]]    Student ID: [[ID_NUMBER:900472815]]
Federal Pell Grant: $3,800
Direct Subsidized Loan: $3,500
Federal Work-Study: $2,000
Accept or decline each award by logging in as [[USERNAME:mjohnson47]]. Questions: finaid@university.edu""",
    """WITNESS STATEMENT
I, [[PERSON:Gareth Pugh]], of [[ADDRESS:9 Maes y Dre]], [[LOCATION:Caernarfon]] [[ZIP_CODE:LL55 2RE]], state that on [[DATE_TIME:Saturday 8 February 2025 at around 15:10]] I saw a silver Ford Fiesta, registration [[ID_NUMBER:CX21 PLO]], reverse into a parked van outside the Co-op. The driver, whom I later learned was [[PERSON:Lowri Hughes]], got out and looked at the damage before driving off.""",
    """STATEMENT OF ACCOUNT
Guarantor: [[PERSON:Carlos Mendoza]], [[ADDRESS:2217 Calle Estrella]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87105]]
Patient: [[PERSON:Sofia Mendoza]] (age [[AGE:9]])
Date of service: [[DATE_TIME:01/27/2025]]    Amount due: $412.66
Card on file: **** 4471""",
    """MEMORANDUM OF SETTLEMENT
Claimant [[PERSON:Jaswinder Gill]] (DOB [[DATE_TIME:14 May 1971]]) and Northbridge Mutual agree that the sum of £6,200 is paid in full settlement of the claim for the escape of water at [[ADDRESS:52 Gipsy Lane]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6RB]] on [[DATE_TIME:9 August 2024]]. Payment to the claimant's account [[IBAN_CODE:GB02SCBL60911482730019]]. Signed by [[PERSON:J. Gill]] on [[DATE_TIME:3 March 2025]].""",
    """CHANGE OF ADDRESS — STUDENT RECORDS
Student number: [[ID_NUMBER:C2291847]]
Name: [[PERSON:Oluwatobi Fashola]]
Old term-time address: [[ADDRESS:Room 4, 19 Hyde Park Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1PY]]
New term-time address: [[ADDRESS:7 Ashville Grove]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1LZ]]
Effective from: [[DATE_TIME:20/01/2025]]
Contact number: [[PHONE_NUMBER:07492 318 760]]""",
    # in the manner of Nemotron-PII (structured and semi-structured)
    """{"customer_id": "[[ID_NUMBER:CUS-0091827]]", "full_name": "[[PERSON:Beatriz Olmedo]]", "dob": "[[DATE_TIME:1987-09-14]]", "email": "[[EMAIL_ADDRESS:b.olmedo87@gmail.com]]", "phone": "[[PHONE_NUMBER:+34 612 48 30 97]]", "address": {"street": "[[ADDRESS:Calle de Toledo 58, 3º B]]", "city": "[[LOCATION:Madrid]]", "postal_code": "[[ZIP_CODE:28005]]"}, "dni": "[[ID_NUMBER:47831926E]]", "iban": "[[IBAN_CODE:ES1321000418424502001234]]", "plan": "premium", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-01-14T08:02:11Z]] INFO auth.login user=[[USERNAME:mwashington]] ip=[[IP_ADDRESS:73.158.40.212]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Safari/605.1.15" result=success
[[DATE_TIME:2025-01-14T08:02:45Z]] INFO profile.update user=[[USERNAME:mwashington]] field=phone old=[[PHONE_NUMBER:(202) 418-7730]] new=[[PHONE_NUMBER:(202) 418-7731]]
[[DATE_TIME:2025-01-14T08:03:02Z]] WARN mfa.sms_sent user=[[USERNAME:mwashington]] to=[[PHONE_NUMBER:(202) 418-7731]] session=7f3e9a01c2""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, zip)
VALUES ('[[ID_NUMBER:MRN-5520193]]', '[[PERSON:Tyrone]]', '[[PERSON:Whitfield]]', '[[DATE_TIME:1972-11-03]]', 'M', '[[PHONE_NUMBER:919-447-2061]]', '[[ZIP_CODE:27601]]');""",
    """<policyholder>
  <name>[[PERSON:Ingrid Solberg-Haugen]]</name>
  <birthDate>[[DATE_TIME:1968-04-27]]</birthDate>
  <address>
    <line1>[[ADDRESS:Flat 2, 9 Marine Parade]]</line1>
    <town>[[LOCATION:Brighton]]</town>
    <postcode>[[ZIP_CODE:BN2 1TL]]</postcode>
  </address>
  <policyNo>HH-448201-C</policyNo>
  <bank iban="[[IBAN_CODE:GB17MIDL40051522983147]]" bic="MIDLGB22"/>
</policyholder>""",
    """# on-call rota for deploy notifications
notify:
  oncall_primary:
    name: [[PERSON:Keanu Alapaki]]
    sms: "[[PHONE_NUMBER:+1 808 224 9173]]"
    email: [[EMAIL_ADDRESS:kalapaki@tidepool.io]]
  oncall_secondary:
    name: [[PERSON:Margit Halvorsen]]
    sms: "[[PHONE_NUMBER:+47 918 42 607]]"
  fallback: ops-alerts@tidepool.io
retry_minutes: 5""",
    """def test_send_invoice():
    customer = Customer(
        name="[[PERSON:Oluwaseun Adeyemi]]",
        email="[[EMAIL_ADDRESS:seun.adeyemi@mailbox.ng]]",
        card="[[CREDIT_CARD:4916220755319042]]",
        billing_zip="[[ZIP_CODE:100001]]",
    )
    assert send_invoice(customer, amount=12500).status == "sent"
""",
    """Ticket #INC-448213 | Priority: P2 | Reporter: [[PERSON:Ahmed Al-Farsi]] ([[EMAIL_ADDRESS:ahmed.alfarsi@gulfline-logistics.ae]])
Subject: Locked out after password reset
Description: User has been locked out since [[DATE_TIME:11 Mar 2025 07:50 GST]]. Last successful login from [[IP_ADDRESS:94.200.131.58]]. Call back on [[PHONE_NUMBER:+971 50 318 4472]]. Employee ID [[ID_NUMBER:GL-20417]].""",
    """POST /api/v2/payments HTTP/1.1
Host: api.payments.example
Content-Type: application/json

{"amount": 4599, "currency": "usd", "card": {"number": "[[CREDIT_CARD:4485972104663188]]", "exp_month": 4, "exp_year": 2028, "cvc": "311"}, "billing_details": {"name": "[[PERSON:Deshawn Carter]]", "email": "[[EMAIL_ADDRESS:deshawn.carter@icloud.com]]", "address": {"line1": "[[ADDRESS:1550 Peachtree St NE]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "postal_code": "[[ZIP_CODE:30309]]"}}}""",
    """[[IP_ADDRESS:151.42.88.193]] - [[USERNAME:lucia.bianchi]] [[[DATE_TIME:12/Mar/2025:10:41:07 +0100]]] "GET /account/statements?customer=[[ID_NUMBER:IT-77420915]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"
[[IP_ADDRESS:151.42.88.193]] - [[USERNAME:lucia.bianchi]] [[[DATE_TIME:12/Mar/2025:10:41:19 +0100]]] "POST /account/logout HTTP/1.1" 302 0 "-" "-"
""",
    """[admin]
owner_name = [[PERSON:Hiroko Takahashi]]
owner_email = [[EMAIL_ADDRESS:h.takahashi@mizuchi-labs.jp]]
owner_phone = [[PHONE_NUMBER:+81 90-4418-2739]]
escalation = [[PERSON:Kenta Mori]] <[[EMAIL_ADDRESS:kenta.mori@mizuchi-labs.jp]]>

[smtp]
relay = smtp.mizuchi-labs.jp
port = 587""",
    """Lead: [[PERSON:Magdalena Wójcik]] | Company: Baltic Freight Sp. z o.o. | Title: Procurement Manager | Email: [[EMAIL_ADDRESS:m.wojcik@balticfreight.pl]] | Mobile: [[PHONE_NUMBER:+48 601 284 917]] | LinkedIn: [[URL:https://www.linkedin.com/in/magdalena-wojcik-logistics]] | Last contacted: [[DATE_TIME:2025-03-04]] | Notes: prefers calls after 3pm CET""",
    """SELECT tenant_id, phone FROM tenants
WHERE last_name = '[[PERSON:Abernathy]]' AND unit_address = '[[ADDRESS:77 Orchard St Apt 4F]]' AND lease_start = '[[DATE_TIME:2024-06-01]]';
-- 1 row: tenant_id=[[ID_NUMBER:T-20931]], phone=[[PHONE_NUMBER:646-302-7719]]""",
    """{"event":"user.signup","timestamp":"[[DATE_TIME:2025-02-28T19:44:03Z]]","data":{"user_id":"usr_8f2k91","username":"[[USERNAME:noor.haddad]]","email":"[[EMAIL_ADDRESS:noor.haddad@gmail.com]]","ip":"[[IP_ADDRESS:37.210.118.40]]","country":"[[LOCATION:Qatar]]","referrer":"newsletter"}}""",
    r"""MSH|^~\&|EPIC|RIVERSIDE|LAB|RIVERSIDE|202503110830||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN448201]]^^^RIV||[[PERSON:OKONJO]]^[[PERSON:CHIAMAKA]]^N||[[DATE_TIME:19880617]]|F|||[[ADDRESS:41 WILLOW BEND RD]]^^[[LOCATION:DURHAM]]^[[LOCATION:NC]]^[[ZIP_CODE:27713]]||[[PHONE_NUMBER:(919)484-2207]]
OBX|1|NM|GLU^Glucose||112|mg/dL|70-99|H""",
    """commit 4e1f9c2a7b83d0e5f61a2c9d8b7e6f5a4c3b2a10
Author: [[PERSON:Siddharth Rao]] <[[EMAIL_ADDRESS:sid.rao@gmail.com]]>
Date:   [[DATE_TIME:Tue Jan 21 16:05:33 2025 +0530]]

    fix: mask SSN column in CSV export (reported by [[PERSON:Dana Whitcombe]])""",
    """{"ticket_id": 88412, "subject": "Wrong address on my order", "requester": {"name": "[[PERSON:Aisling Byrne]]", "email": "[[EMAIL_ADDRESS:aislingbyrne@eircom.net]]", "phone": "[[PHONE_NUMBER:+353 1 483 2290]]"}, "description": "Hi, my order shipped to my old address ([[ADDRESS:5 Seafield Road]], [[LOCATION:Clontarf]]) instead of [[ADDRESS:112 Griffith Avenue]], [[LOCATION:Drumcondra]]. Can you reroute it? Thanks, [[PERSON:Aisling]]", "tags": ["shipping", "address_change"]}""",
    """--- Contact form submission ---
first_name: [[PERSON:Mohammed]]
last_name: [[PERSON:Al-Rashidi]]
email: [[EMAIL_ADDRESS:m.alrashidi@hotmail.com]]
phone: [[PHONE_NUMBER:07403 118 462]]
postcode: [[ZIP_CODE:LE2 0QL]]
message: I'd like a quote for boiler cover for my flat at [[ADDRESS:27 Evington Road]], [[LOCATION:Leicester]]. Free after 5 most days.
consent_marketing: no
submitted_from: [[IP_ADDRESS:86.152.33.201]]""",
    """const fixtures = {
  patient: {
    name: '[[PERSON:Eleni Papadopoulos]]',
    dob: '[[DATE_TIME:1979-03-25]]',
    nhsNumber: '[[ID_NUMBER:720 451 8934]]',
    gp: '[[PERSON:Dr. Martin Coyle]]',
    mobile: '[[PHONE_NUMBER:07700 914 382]]',
  },
  appointment: { clinic: 'Dermatology', when: '[[DATE_TIME:2025-04-09T09:20]]' },
};""",
    """From: [[PERSON:Ruth Abernethy]] <[[EMAIL_ADDRESS:ruth.abernethy@gmail.com]]>
To: lettings@harbourview-homes.co.uk
Date: [[DATE_TIME:Thu, 6 Mar 2025 08:14:52 +0000]]
Subject: Viewing for [[ADDRESS:14 Quay Street]]
Received: from [[IP_ADDRESS:90.241.17.188]] by mx.harbourview-homes.co.uk

Hi, I'd like to view the flat at [[ADDRESS:14 Quay Street]] this Saturday if possible. I'm currently at [[ADDRESS:3 Lochside Terrace]], [[LOCATION:Inverness]] [[ZIP_CODE:IV3 5LP]]. Mobile: [[PHONE_NUMBER:07842 660 193]]. [[PERSON:Ruth]]""",
    """[[[DATE_TIME:2025-03-18 22:41:09]]] deploy started by [[USERNAME:okwuosa.ik]] ([[EMAIL_ADDRESS:ikenna.okwuosa@paystride.com]]) from [[IP_ADDRESS:102.89.47.12]]
[2025-03-18 22:41:12] pulling image registry.paystride.com/api:4.18.2
[2025-03-18 22:43:55] health check passed on 3/3 pods
[[[DATE_TIME:2025-03-18 22:44:01]]] deploy finished, notified [[PERSON:Ikenna Okwuosa]]""",
    """{"resourceType": "Patient", "id": "pt-77120", "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3", "value": "[[ID_NUMBER:304729164]]"}], "name": [{"family": "[[PERSON:van Dijk]]", "given": ["[[PERSON:Femke]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1991-08-30]]", "address": [{"line": ["[[ADDRESS:Biltstraat 19]]"], "city": "[[LOCATION:Utrecht]]", "postalCode": "[[ZIP_CODE:3572 AB]]"}]}""",
    """[[DATE_TIME:Mar 19 02:14:07]] bastion-01 sshd[22817]: Accepted publickey for [[USERNAME:agnieszka.w]] from [[IP_ADDRESS:213.134.170.9]] port 51422 ssh2: ED25519 SHA256:Xk3pL9qQ2vN8mR4tY7uW1zA6bC5dE0fG
[[DATE_TIME:Mar 19 02:14:07]] bastion-01 sshd[22817]: pam_unix(sshd:session): session opened for user [[USERNAME:agnieszka.w]] by (uid=0)
[[DATE_TIME:Mar 19 02:31:55]] bastion-01 sudo: [[USERNAME:agnieszka.w]] : TTY=pts/2 ; PWD=/srv/www ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """df = pd.DataFrame({
    "name": ["[[PERSON:Amelia Hart]]", "[[PERSON:Jonah Pillay]]"],
    "email": ["[[EMAIL_ADDRESS:amelia.hart@live.com]]", "[[EMAIL_ADDRESS:jonah.p@fastmail.com]]"],
    "ssn": ["[[US_SSN:219-64-0385]]", "[[US_SSN:503-27-1846]]"],
})
df.to_parquet("customers_sample.parquet")""",
    """<soapenv:Body>
  <ns:CreateClaim>
    <ns:Claimant>
      <ns:FullName>[[PERSON:Beatrix Honeywell]]</ns:FullName>
      <ns:SSN>[[US_SSN:604-18-2273]]</ns:SSN>
      <ns:DateOfLoss>[[DATE_TIME:2025-01-09]]</ns:DateOfLoss>
      <ns:Phone>[[PHONE_NUMBER:480-515-2093]]</ns:Phone>
    </ns:Claimant>
    <ns:PolicyNumber>AZ-HO-7730012</ns:PolicyNumber>
    <ns:LossAddress>[[ADDRESS:8812 E Cactus Wren Dr]], [[LOCATION:Scottsdale]], [[LOCATION:AZ]] [[ZIP_CODE:85250]]</ns:LossAddress>
  </ns:CreateClaim>
</soapenv:Body>""",
    """[HR-2291] Update bank details for employee
Reporter: [[PERSON:Lucy Tran]]    Assignee: payroll-team
Employee [[PERSON:Obafemi Adeyinka]] (ID [[ID_NUMBER:EMP-30418]]) asked to move his salary to [[IBAN_CODE:GB30 NWBK 6073 1291 7468 02]] from the next pay run. He confirmed by phone from [[PHONE_NUMBER:07956 204 381]] on [[DATE_TIME:14 Feb]].
Priority: Medium    Labels: payroll, bank-change""",
    """APPLICATION FOR U.S. PASSPORT BY MAIL (DS-82), excerpt
Name: [[PERSON:WASHINGTON]], [[PERSON:TAMIKA RENEE]]
Date of Birth: [[DATE_TIME:09/14/1982]]    Place of Birth: [[LOCATION:Baltimore]], [[LOCATION:MD]]
Most recent passport number: [[US_PASSPORT:548210937]]
Mailing address: [[ADDRESS:3419 Liberty Heights Ave]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21215]]
Phone: [[PHONE_NUMBER:410-367-2284]]    Email: [[EMAIL_ADDRESS:tamika.washington82@yahoo.com]]
SSN: [[US_SSN:217-40-8863]]""",
    """2025-02-03 11:20:44,118 ERROR billing.charge Failed to charge card [[CREDIT_CARD:5178 0295 6624 3030]] for customer [[ID_NUMBER:C-448120]] ([[EMAIL_ADDRESS:farah.qureshi@outlook.com]]): card_declined
Traceback (most recent call last):
  File "/srv/billing/charge.py", line 88, in charge
    raise CardDeclined(code="do_not_honor")""",
    """### Bug: export shows full phone numbers
**Steps to reproduce**
1. Log in as [[USERNAME:qa_tester3]]
2. Open customer [[PERSON:Gloria Estefanía Morales]] (customer no. [[ID_NUMBER:884120]])
3. Export > CSV
**Actual:** column `phone` shows [[PHONE_NUMBER:+52 55 4182 7390]] in clear
**Expected:** masked as +52 55 **** **90""",
    """mutation {
  updateProfile(input: {
    userId: "u_19284"
    displayName: "[[PERSON:Kai Nakamura-Reyes]]"
    email: "[[EMAIL_ADDRESS:kai.nr@protonmail.com]]"
    birthday: "[[DATE_TIME:1995-07-19]]"
    homeCity: "[[LOCATION:Honolulu]]"
  }) { ok }
}""",
    """FNOL – call notes
Caller: [[PERSON:Precious Nkosi]], policyholder
Callback: [[PHONE_NUMBER:+27 83 552 4107]]
Loss date: [[DATE_TIME:Fri 14 Feb, ~22:00]]
Location: N1 near [[LOCATION:Midrand]]
Vehicle: VW Polo, reg [[ID_NUMBER:CA 418-229]]
Third party: [[PERSON:Anika van der Merwe]], ID [[ID_NUMBER:9508230124086]], cell [[PHONE_NUMBER:071 338 2045]]
Injuries: none reported. Tow arranged to the panel beater.""",
    """[
  {"id": 1, "name": "[[PERSON:Tevita Fifita]]", "phone": "[[PHONE_NUMBER:021 084 7731]]", "suburb": "[[LOCATION:Otara]]", "role": "volunteer"},
  {"id": 2, "name": "[[PERSON:Losana Vaipulu]]", "phone": "[[PHONE_NUMBER:022 619 4408]]", "suburb": "[[LOCATION:Mangere]]", "role": "coordinator"}
]""",
    """{
  "name": "tenant-portal",
  "version": "2.4.1",
  "author": "[[PERSON:Mihaela Ionescu]] <[[EMAIL_ADDRESS:mihaela.ionescu@gmail.com]]>",
  "contributors": ["[[PERSON:Radu Popescu]] ([[URL:https://github.com/radupop]])"],
  "license": "MIT"
}""",
    """STATEMENT  01 Feb 2025 – 28 Feb 2025
Account holder: [[PERSON:Mr Kieran Doyle]]
Account no: [[ID_NUMBER:63518204]]    Sort code: 90-00-17
IBAN: [[IBAN_CODE:IE71BOFI90001763518204]]    BIC: BOFIIE2D
Address: [[ADDRESS:44 Bridge Street]], [[LOCATION:Westport]], [[LOCATION:Co. Mayo]] [[ZIP_CODE:F28 X2Y6]]
03 Feb  SEPA DD  ELECTRIC IRELAND     -142.30
10 Feb  POS      TESCO WESTPORT        -63.18
25 Feb  CREDIT   HSE SALARY          +3,412.77""",
    """BEGIN:VEVENT
DTSTART:[[DATE_TIME:20250422T140000Z]]
SUMMARY:Tenancy check-out – [[ADDRESS:12 Albion Street]]
ORGANIZER;CN=[[PERSON:Harvey Lindgren]]:mailto:[[EMAIL_ADDRESS:harvey.lindgren@outlook.com]]
ATTENDEE;CN=[[PERSON:Precious Mlambo]]:mailto:[[EMAIL_ADDRESS:precious.mlambo@gmail.com]]
LOCATION:[[ADDRESS:12 Albion Street]], [[LOCATION:Hull]] [[ZIP_CODE:HU1 3TG]]
END:VEVENT""",
    """{"student": {"sid": "[[ID_NUMBER:20231187]]", "name": {"first": "[[PERSON:Aditi]]", "last": "[[PERSON:Kulkarni]]"}, "program": "BEng Mechanical", "year": 2, "email": "[[EMAIL_ADDRESS:a.kulkarni@student.unimelb.edu.au]]", "term_address": "[[ADDRESS:Unit 805, 228 La Trobe Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]", "visa_subclass": "500", "passport": "[[ID_NUMBER:Z4829173]]", "citizenship": "[[NRP:Indian]]"}}""",
    """--- a/tests/fixtures/users.yml
+++ b/tests/fixtures/users.yml
@@ -3,4 +3,4 @@
-  email: [[EMAIL_ADDRESS:grace.oduya@gmail.com]]
-  phone: "[[PHONE_NUMBER:+44 7700 182 443]]"
+  email: test-user-1@example.com
+  phone: "+44 0000 000000"
   name: [[PERSON:Grace Oduya]]""",
    """{"claim": {"ref": "CLM-883012", "status": "OPEN", "reported_by": "[[PERSON:Mateus Carvalho]]", "reported_at": "[[DATE_TIME:2025-03-02T09:18:44-03:00]]", "loss_type": "theft", "policyholder": {"cpf": "[[ID_NUMBER:318.604.752-80]]", "phone": "[[PHONE_NUMBER:+55 11 98472-3310]]", "address": "[[ADDRESS:Rua Augusta 1508, apto 72]]", "city": "[[LOCATION:São Paulo]]", "cep": "[[ZIP_CODE:01304-001]]"}}}""",
    # French (France, Belgium, Québec) and Dutch (Netherlands, Flanders)
    """Bonjour [[TITLE:Mme]] [[PERSON:Océane Lemaire]], en tant que Responsable des achats, merci de confirmer la livraison au [[ADDRESS:47 boulevard Voltaire]], [[ADDRESS:bâtiment C]], [[ZIP_CODE:75011]] [[LOCATION:Paris]]. Le paiement sera prélevé sur [[IBAN_CODE:FR7630004008170001287452115]] ; votre identifiant est [[USERNAME:olemaire75]] et l'adresse IP enregistrée est [[IP_ADDRESS:88.160.42.117]].""",
    """DEMANDE DE CRÉDIT — Emprunteur : [[PERSON:Julien Lambert]], né le [[DATE_TIME:14/03/1985]] à [[LOCATION:Namur]], numéro de registre national [[ID_NUMBER:85.03.14-127.95]], domicilié [[ADDRESS:rue de Fer 22]], [[ZIP_CODE:5000]] [[LOCATION:Namur]]. Compte : [[IBAN_CODE:BE87 0014 8392 5194]]. Montant demandé : 18 000 EUR sur 60 mois.""",
    """CONSTAT AMIABLE — Véhicule A : conducteur [[PERSON:Hugo Marchand]], né le [[DATE_TIME:22/05/1990]], permis n° [[ID_NUMBER:130592201847]], domicile [[ADDRESS:9 impasse des Lilas]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]], immatriculation [[ID_NUMBER:FG-318-KL]]. Véhicule B : conductrice [[PERSON:Léa Fontaine]], tél. [[PHONE_NUMBER:07 81 24 59 36]], immatriculation [[ID_NUMBER:EZ-904-TB]]. Date de l'accident : [[DATE_TIME:lundi 17 février 2025, 8 h 40]], rond-point de la Beaujoire.""",
    """{"assuré": {"nom": "[[PERSON:Gagnon]]", "prénom": "[[PERSON:Étienne]]", "naissance": "[[DATE_TIME:1976-05-13]]", "nas": "[[ID_NUMBER:139 572 408]]", "ramq": "[[ID_NUMBER:GAGE 7605 1314]]", "adresse": "[[ADDRESS:4520, avenue Papineau, app. 3]]", "ville": "[[LOCATION:Montréal]]", "code_postal": "[[ZIP_CODE:H2H 1V4]]", "courriel": "[[EMAIL_ADDRESS:etienne.gagnon76@videotron.ca]]"}, "sinistre": {"type": "dégât d'eau", "numéro": "SIN-2025-04417"}}""",
    """[[PERSON:Yasmine Haddad]], [[AGE:33]] ans, cheffe de projet chez Lumio, a mis à jour son profil : numéro de sécurité sociale [[ID_NUMBER:2 91 03 69 123 187 31]], téléphone [[PHONE_NUMBER:+33 6 71 28 40 95]], adresse [[ADDRESS:12 quai Saint-Vincent]], [[ZIP_CODE:69001]] [[LOCATION:Lyon]]. Connexion depuis [[IP_ADDRESS:90.84.213.17]] avec Mozilla/5.0 (Macintosh; Intel Mac OS X 13_6) AppleWebKit/605.1.15.""",
    """Geachte [[TITLE:heer]] [[PERSON:Visser]], uw nieuwe pas wordt verzonden naar [[ADDRESS:Oudegracht 214]], [[ZIP_CODE:3511 NT]] [[LOCATION:Utrecht]]. Uw BSN [[ID_NUMBER:173642081]] en geboortedatum [[DATE_TIME:07-11-1979]] zijn gecontroleerd. Vragen? Wij bellen u terug op [[PHONE_NUMBER:+31 6 28417390]] of mailen naar [[EMAIL_ADDRESS:bram.visser79@kpnmail.nl]].""",
    """{"klant": {"naam": "[[PERSON:Sofie Peeters]]", "rijksregisternummer": "[[ID_NUMBER:92.07.21-248.36]]", "geboortedatum": "[[DATE_TIME:21/07/1992]]", "adres": "[[ADDRESS:Meir 78 bus 3]]", "postcode": "[[ZIP_CODE:2000]]", "gemeente": "[[LOCATION:Antwerpen]]", "gsm": "[[PHONE_NUMBER:0478 31 92 04]]", "rekening": "[[IBAN_CODE:BE77735042986142]]"}, "product": "woonverzekering", "status": "actief"}""",
    """HUUROVEREENKOMST WOONRUIMTE — Ondergetekenden: Woonstichting De Linie, hierna verhuurder, en [[PERSON:Yara El Amrani]], geboren op [[DATE_TIME:12 augustus 1998]] te [[LOCATION:Rotterdam]], legitimatienummer [[ID_NUMBER:NXR7K2P49]], hierna huurder. Het gehuurde betreft de woning aan de [[ADDRESS:Mathenesserlaan 301A]], [[ZIP_CODE:3021 HD]] [[LOCATION:Rotterdam]]. De huur gaat in op [[DATE_TIME:1 april 2025]]; betaling per automatische incasso van [[IBAN_CODE:NL67ABNA4820951734]].""",
    """[[DATE_TIME:2025-03-05 14:22:10]] INFO  aanvraag.ontvangen aanvrager="[[PERSON:Jeroen Smit]]" bsn=[[ID_NUMBER:419305725]] email=[[EMAIL_ADDRESS:jeroen.smit@ziggo.nl]] ip=[[IP_ADDRESS:84.86.112.39]]
2025-03-05 14:22:11 INFO  toeslag.berekening regeling=huurtoeslag status=in_behandeling""",
    """Dag [[PERSON:Wout]], als nieuwe Teamleider Logistiek krijg je je laptop geleverd op [[ADDRESS:Kortrijksesteenweg 1024]], [[ZIP_CODE:9000]] [[LOCATION:Gent]]. Je login is [[USERNAME:wout.desmet]], je tijdelijke wachtwoord Gent2025!x, en je badge werd geactiveerd op [[DATE_TIME:10/03/2025]] vanaf [[IP_ADDRESS:178.117.44.201]]. Je loon wordt gestort op [[IBAN_CODE:BE66 0682 4179 3543]].""",
]

TABLE = [
    """claim_ref,claimant,dob,phone,loss_date,loss_type,reserve_gbp
CL-55012,[[PERSON:Harpreet Bains]],[[DATE_TIME:1983-02-11]],[[PHONE_NUMBER:07700 318 244]],[[DATE_TIME:2025-01-04]],escape of water,3200
CL-55019,[[PERSON:Tom Okoro]],[[DATE_TIME:1990-07-29]],[[PHONE_NUMBER:07541 903 117]],[[DATE_TIME:2025-01-06]],theft,850
CL-55023,[[PERSON:Ellen Fitzgerald]],[[DATE_TIME:1958-11-30]],[[PHONE_NUMBER:01603 482 901]],[[DATE_TIME:2025-01-09]],storm,5400""",
    """| Unit | Tenant | Phone | Lease start | Rent | Arrears |
|---|---|---|---|---|---|
| 1A | [[PERSON:Dolores Ramírez]] | [[PHONE_NUMBER:(505) 214-8830]] | [[DATE_TIME:03/01/2024]] | $1,150 | $0 |
| 2B | [[PERSON:Kwesi Appiah]] | [[PHONE_NUMBER:(505) 388-1046]] | [[DATE_TIME:08/15/2023]] | $1,275 | $1,275 |
| 3C | [[PERSON:Lin Hua]] | [[PHONE_NUMBER:(505) 917-5523]] | [[DATE_TIME:11/01/2024]] | $1,090 | $0 |""",
    """Student\tDOB\tYear\tParent/Guardian\tParent mobile\tAllergies
[[PERSON:Ruby Tanaka-Holt]]\t[[DATE_TIME:12/04/2016]]\t3\t[[PERSON:Megumi Tanaka]]\t[[PHONE_NUMBER:0412 558 203]]\tnone
[[PERSON:Archie Nguyen]]\t[[DATE_TIME:30/09/2016]]\t3\t[[PERSON:Thi Lan Nguyen]]\t[[PHONE_NUMBER:0433 190 764]]\tpeanuts
[[PERSON:Sienna Kaur]]\t[[DATE_TIME:02/01/2017]]\t3\t[[PERSON:Manpreet Kaur]]\t[[PHONE_NUMBER:0401 726 915]]\tnone""",
    """STUDENT_NO  NAME                  MODULE   MARK  RESIT
[[ID_NUMBER:21048831]]    [[PERSON:Olamide Johnson]]       ECON201    58  N
[[ID_NUMBER:21050172]]    [[PERSON:Freya Lindholm]]        ECON201    39  Y
[[ID_NUMBER:21047760]]    [[PERSON:Bilal Chaudhry]]        ECON201    71  N
[[ID_NUMBER:20993418]]    [[PERSON:Saoirse Flanagan]]      ECON201    44  N""",
    """{"policy": "MTR-449102", "holder": "[[PERSON:Fiona MacLeod]]", "licence": "[[ID_NUMBER:MACLE762246FA9KL]]", "reg": "[[ID_NUMBER:SV71 KTP]]", "postcode": "[[ZIP_CODE:IV2 4JU]]", "ncd_years": 9}
{"policy": "MTR-449117", "holder": "[[PERSON:Rashid Begum]]", "licence": "[[ID_NUMBER:BEGUM803150RA9XT]]", "reg": "[[ID_NUMBER:LD68 WNE]]", "postcode": "[[ZIP_CODE:E1 5LP]]", "ncd_years": 3}
{"policy": "MTR-449130", "holder": "[[PERSON:Gwen Parry]]", "licence": "[[ID_NUMBER:PARRY655089GE9DM]]", "reg": "[[ID_NUMBER:CN19 HZA]]", "postcode": "[[ZIP_CODE:SA1 6PD]]", "ncd_years": 12}""",
    """staff:
  - name: [[PERSON:Dr. Priyanka Menon]]
    staff_id: [[ID_NUMBER:ST-00412]]
    dept: Admissions
    ext: 2207
    mobile: "[[PHONE_NUMBER:+44 7723 418 006]]"
  - name: [[PERSON:Callum Reid]]
    staff_id: [[ID_NUMBER:ST-00977]]
    dept: Registry
    ext: 2231
    mobile: "[[PHONE_NUMBER:+44 7831 205 649]]"
  - name: [[PERSON:Abimbola Ogunleye]]
    staff_id: [[ID_NUMBER:ST-01150]]
    dept: Student Finance
    ext: 2240
    mobile: null""",
    """Applicant: [[PERSON:Salomé Kabila]]
Date of birth: [[DATE_TIME:19 June 1994]]
Current address: [[ADDRESS:Flat 11, 204 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8LW]]
Phone: [[PHONE_NUMBER:07388 412 590]]
Email: [[EMAIL_ADDRESS:salome.kabila@gmail.com]]
Employer: Manchester Royal Infirmary (band 5 nurse)
Annual income: £31,200
Desired move-in: [[DATE_TIME:1 May 2025]]
Pets: none
Guarantor: [[PERSON:Jean-Pierre Kabila]], [[PHONE_NUMBER:+32 470 28 11 93]]""",
    """emp_id,first,last,ssn,hire_date,dept,salary
[[ID_NUMBER:10422]],[[PERSON:Brianna]],[[PERSON:Castellano]],[[US_SSN:561-38-2094]],[[DATE_TIME:2019-04-15]],Marketing,72000
[[ID_NUMBER:10587]],[[PERSON:Terrence]],[[PERSON:Holloway]],[[US_SSN:243-19-7706]],[[DATE_TIME:2021-09-07]],Finance,88500
[[ID_NUMBER:10611]],[[PERSON:Mai]],[[PERSON:Vu]],[[US_SSN:628-04-3152]],[[DATE_TIME:2022-01-10]],IT,95000""",
    """+------------------+----------------------+--------------------------+---------+
| payee            | iban                 | email                    | amount  |
+------------------+----------------------+--------------------------+---------+
| [[PERSON:Lucas Meyer]]      | [[IBAN_CODE:DE68500105175419837402]] | [[EMAIL_ADDRESS:lucas.meyer@web.de]]       | 1840.00 |
| [[PERSON:Inés Navarro]]     | [[IBAN_CODE:LU280019400644750000]] | [[EMAIL_ADDRESS:ines.navarro@pt.lu]]       | 2210.50 |
| [[PERSON:Pádraig Ó Súilleabháin]] | [[IBAN_CODE:GB59 HBUK 4012 7761 3342 08]] | [[EMAIL_ADDRESS:padraig.os@eircom.net]] | 975.00 |
+------------------+----------------------+--------------------------+---------+""",
    """timestamp\tuser\tsrc_ip\taction\tbytes
[[DATE_TIME:2025-03-10 07:58:14]]\t[[USERNAME:jkamara]]\t[[IP_ADDRESS:197.210.54.18]]\tlogin\t0
[[DATE_TIME:2025-03-10 08:03:41]]\t[[USERNAME:jkamara]]\t[[IP_ADDRESS:197.210.54.18]]\tdownload\t482113
[[DATE_TIME:2025-03-10 08:11:09]]\t[[USERNAME:ehansen]]\t[[IP_ADDRESS:2a01:4f8:c17:3b2::1f]]\tlogin\t0""",
    """Name                 Card number            Exp    Billing ZIP
[[PERSON:Marcy Delacroix]]      [[CREDIT_CARD:4761 7390 5518 8225]]    08/27  [[ZIP_CODE:70118]]
[[PERSON:Jun Takeda]]           [[CREDIT_CARD:3712 906558 21930]]      02/26  [[ZIP_CODE:98104]]
[[PERSON:Oksana Bilyk]]         [[CREDIT_CARD:5358 4011 7729 0647]]    11/29  [[ZIP_CODE:60647]]""",
    """- patient: [[PERSON:Hemi Parata]]
  nhi: [[ID_NUMBER:ZAC4179]]
  dob: [[DATE_TIME:1967-10-02]]
  ward: 7B
  next_of_kin: [[PERSON:Rawiri Parata]]
  nok_phone: "[[PHONE_NUMBER:027 441 8093]]"
- patient: [[PERSON:Beverley Shaw]]
  nhi: [[ID_NUMBER:PRT9026]]
  dob: [[DATE_TIME:1949-03-17]]
  ward: 7B
  next_of_kin: [[PERSON:Colin Shaw]]
  nok_phone: "[[PHONE_NUMBER:03 384 2270]]\"""",
    """Property,Vendor,Vendor phone,Agent,Listed,Asking
[[ADDRESS:12 Wren Close]] [[LOCATION:Bishop's Stortford]],[[PERSON:Graham]] and [[PERSON:Lesley Tull]],[[PHONE_NUMBER:01279 658 402]],[[PERSON:J. Harlow]],14/02/2025,£495000
[[ADDRESS:Flat 4 Maltings Court]] [[LOCATION:Ware]],[[PERSON:Sunita Bhatt]],[[PHONE_NUMBER:07956 331 870]],[[PERSON:J. Harlow]],02/03/2025,£265000
[[ADDRESS:88 London Road]] [[LOCATION:Sawbridgeworth]],Estate of the late [[PERSON:D. Pryor]],,[[PERSON:R. Mistry]],09/03/2025,£610000""",
    """| # | Guest | Nationality | Passport | Check-in | Room |
|---|-------|-------------|----------|----------|------|
| 1 | [[PERSON:Ayşe Kaya]] | [[NRP:Turkish]] | [[ID_NUMBER:U18402957]] | [[DATE_TIME:2025-04-03]] | 412 |
| 2 | [[PERSON:Mateo Giménez]] | [[NRP:Argentine]] | [[ID_NUMBER:AAF418203]] | [[DATE_TIME:2025-04-03]] | 415 |
| 3 | [[PERSON:Chloé Martin]] | [[NRP:French]] | [[ID_NUMBER:19AV48213]] | [[DATE_TIME:2025-04-04]] | 301 |""",
    """member_no;surname;given_names;date_joined;suburb;state;postcode
[[ID_NUMBER:M-220871]];[[PERSON:Papadakis]];[[PERSON:Georgios]];[[DATE_TIME:12/03/2019]];[[LOCATION:Oakleigh]];[[LOCATION:VIC]];[[ZIP_CODE:3166]]
[[ID_NUMBER:M-220904]];[[PERSON:Nguyen]];[[PERSON:Van Minh]];[[DATE_TIME:02/07/2020]];[[LOCATION:Cabramatta]];[[LOCATION:NSW]];[[ZIP_CODE:2166]]
[[ID_NUMBER:M-221315]];[[PERSON:O'Brien]];[[PERSON:Kathleen Mary]];[[DATE_TIME:28/01/2023]];[[LOCATION:Toowong]];[[LOCATION:QLD]];[[ZIP_CODE:4066]]""",
    """record: 1
  full_name: [[PERSON:Chinonso Eze]]
  matric: [[ID_NUMBER:ENG/19/4471]]
  level: 400
  hostel: Moremi Hall
  phone: [[PHONE_NUMBER:0706 218 4439]]
record: 2
  full_name: [[PERSON:Halima Abubakar]]
  matric: [[ID_NUMBER:ENG/19/4502]]
  level: 400
  hostel: off-campus
  phone: [[PHONE_NUMBER:0813 774 0261]]""",
    """Surname, First | Aadhaar | Mobile | Village | District | Amount (₹)
[[PERSON:Patil]], [[PERSON:Sunanda]] | [[ID_NUMBER:4872 0193 5612]] | [[PHONE_NUMBER:98220 41735]] | [[LOCATION:Vadgaon]] | [[LOCATION:Satara]] | 6,000
[[PERSON:Jadhav]], [[PERSON:Ramesh]] | [[ID_NUMBER:9138 2047 6151]] | [[PHONE_NUMBER:94221 07382]] | [[LOCATION:Koregaon]] | [[LOCATION:Satara]] | 6,000""",
    """{"sin": "[[ID_NUMBER:138-205-711]]", "name": "[[PERSON:Ethan Caldwell-Moore]]", "province": "[[LOCATION:NS]]", "postal": "[[ZIP_CODE:B3H 2Y9]]", "tax_year": 2024, "refund": 812.40}
{"sin": "[[ID_NUMBER:467-193-025]]", "name": "[[PERSON:Priya Dhaliwal]]", "province": "[[LOCATION:ON]]", "postal": "[[ZIP_CODE:L6Y 4R1]]", "tax_year": 2024, "refund": 0}""",
    """Date        Pupil               Class  Reason           Reported by
[[DATE_TIME:03/03/2025]]  [[PERSON:Leo Ashworth]]        5K     illness          mum
[[DATE_TIME:03/03/2025]]  [[PERSON:Maisie O'Connell]]    2B     medical appt     [[PERSON:Mr O'Connell]]
[[DATE_TIME:04/03/2025]]  [[PERSON:Yahya Hussain]]       6R     religious obs.   [[PERSON:Mrs Hussain]]""",
    """ip,first_seen,account,country,risk
[[IP_ADDRESS:45.134.22.190]],[[DATE_TIME:2025-02-01T03:12Z]],[[EMAIL_ADDRESS:dmitry.k1988@mail.ru]],[[LOCATION:Russia]],high
[[IP_ADDRESS:102.176.9.44]],[[DATE_TIME:2025-02-01T03:40Z]],[[EMAIL_ADDRESS:ama.owusu@gmail.com]],[[LOCATION:Ghana]],low
[[IP_ADDRESS:176.58.112.7]],[[DATE_TIME:2025-02-01T04:05Z]],[[EMAIL_ADDRESS:j.whitlock@btinternet.com]],[[LOCATION:United Kingdom]],medium""",
    """Landlord: [[PERSON:Rosemary Achterberg]]
Landlord address: [[ADDRESS:PO Box 44]], [[LOCATION:Howick]] [[ZIP_CODE:3290]]
Tenant: [[PERSON:Sione Latu]]
Tenant phone: [[PHONE_NUMBER:022 318 7004]]
Premises: [[ADDRESS:2/41 Panama Road]], [[LOCATION:Mount Wellington]], [[LOCATION:Auckland]]
Bond: $2,400 (lodged)
Start of tenancy: [[DATE_TIME:10 January 2025]]
Rent: $620 per week""",
    """| Name | Username | Role | Last login | 2FA |
|:-----|:---------|:-----|:-----------|:---:|
| [[PERSON:Anjali Deshmukh]] | [[USERNAME:adeshmukh]] | admin | [[DATE_TIME:2025-03-17 09:12]] | yes |
| [[PERSON:Victor Oyelowo]] | [[USERNAME:voyelowo]] | editor | [[DATE_TIME:2025-03-15 18:40]] | no |
| [[PERSON:Kristýna Nováková]] | [[USERNAME:knovakova]] | viewer | never | no |""",
    """donor_id\tdonor\tgift_aid\tamount\tpostcode\temail
[[ID_NUMBER:D004418]]\t[[TITLE:Rev.]] [[PERSON:Alan Prescott]]\tY\t50.00\t[[ZIP_CODE:YO31 7EP]]\t[[EMAIL_ADDRESS:alan.prescott@outlook.com]]
[[ID_NUMBER:D004425]]\t[[PERSON:Hyacinth Campbell]]\tY\t25.00\t[[ZIP_CODE:B21 9RA]]\t
[[ID_NUMBER:D004431]]\t[[PERSON:Imran]] and [[PERSON:Saira Shah]]\tN\t100.00\t[[ZIP_CODE:BD8 7QH]]\t[[EMAIL_ADDRESS:shahfamily.bd8@gmail.com]]""",
    """- name: [[PERSON:Kelechi Nwosu]]
  bvn: "[[ID_NUMBER:22419058317]]"
  account: "[[ID_NUMBER:0123849571]]"
  bank: GTBank
  phone: "[[PHONE_NUMBER:+234 805 330 1842]]"
- name: [[PERSON:Funmilayo Adekunle]]
  bvn: "[[ID_NUMBER:22310487726]]"
  account: "[[ID_NUMBER:2044718390]]"
  bank: Access
  phone: "[[PHONE_NUMBER:+234 909 612 7755]]\"""",
    """Vehicle reg  Driver              Licence no.         Incident date  Fault
[[ID_NUMBER:YH22 VMX]]     [[PERSON:Craig Bellamy-Shaw]]  [[ID_NUMBER:BELLA810176CB9TU]]    [[DATE_TIME:2025-02-07]]     50/50
[[ID_NUMBER:BK17 ORF]]     [[PERSON:Nasreen Akhtar]]      [[ID_NUMBER:AKHTA857221NA9PL]]    [[DATE_TIME:2025-02-19]]     non-fault
[[ID_NUMBER:WR70 LGU]]     [[PERSON:Dean Foley]]          [[ID_NUMBER:FOLEY901039DJ9RS]]    [[DATE_TIME:2025-03-02]]     fault""",
    """{"name": "[[PERSON:Isaac Mensah]]", "nhs_no": "[[ID_NUMBER:512 834 6706]]", "gp_practice": "Ladywood Health Centre", "appt": "[[DATE_TIME:2025-04-11 10:20]]", "mobile": "[[PHONE_NUMBER:07412 906 538]]"}
{"name": "[[PERSON:Grace Whitmore]]", "nhs_no": "[[ID_NUMBER:401 023 2137]]", "gp_practice": "Ladywood Health Centre", "appt": "[[DATE_TIME:2025-04-11 10:40]]", "mobile": null}""",
    """Course: HIST 330 — Spring roster
ID         Last, First                Email                              Status
[[ID_NUMBER:A01928374]]  [[PERSON:Bergstrom]], [[PERSON:Annika]]         [[EMAIL_ADDRESS:abergstrom3@ncsu.edu]]             enrolled
[[ID_NUMBER:A01930015]]  [[PERSON:Okeke]], [[PERSON:Chidera]]            [[EMAIL_ADDRESS:cokeke@ncsu.edu]]                  waitlist
[[ID_NUMBER:A01874420]]  [[PERSON:Ruiz]], [[PERSON:Daniel Alejandro]]    [[EMAIL_ADDRESS:druiz7@ncsu.edu]]                  audit""",
    """Policyholder | Date of birth | TFN | Address | Beneficiary
[[PERSON:Margaret Oyelaran]] | [[DATE_TIME:4 Jul 1961]] | [[ID_NUMBER:458 720 312]] | [[ADDRESS:16 Jacaranda Ave]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]] | [[PERSON:Tunde Oyelaran]]
[[PERSON:Warren Kelly]] | [[DATE_TIME:22 Jan 1975]] | [[ID_NUMBER:620 185 376]] | [[ADDRESS:5 Settlers Way]], [[LOCATION:Mandurah]] [[LOCATION:WA]] [[ZIP_CODE:6210]] | [[PERSON:Jodie Kelly]]""",
    """id,name,age,nationality,city,religion
1,[[PERSON:Farida Haidari]],[[AGE:27]],[[NRP:Afghan]],[[LOCATION:Hamburg]],[[NRP:Muslim]]
2,[[PERSON:Ruth Tesfaye]],[[AGE:34]],[[NRP:Ethiopian]],[[LOCATION:Leeds]],[[NRP:Orthodox Christian]]
3,[[PERSON:Daniel Cohen]],[[AGE:41]],[[NRP:Israeli]],[[LOCATION:Toronto]],[[NRP:Jewish]]""",
    """Deposit returns — March
Tenant               Property                          Deposit   Deducted   Refund to
[[PERSON:Alexis Fontaine]]      [[ADDRESS:9 Crown Street, Flat 2]]           £1,100    £0         [[IBAN_CODE:GB64 LOYD 3096 3572 0198 44]]
[[PERSON:Jamie-Lee Rourke]]     [[ADDRESS:31 Victoria Park Road]]            £950      £120       acct [[ID_NUMBER:40718263]] / 30-94-57
[[PERSON:Obi Nnamdi]]           [[ADDRESS:77 Kingsland High Street, 3F]]     £1,300    £0         [[IBAN_CODE:GB69 HBUK 4047 1839 2605 71]]""",
    """reference: AP-2025-0193
candidate: [[PERSON:Mthunzi Zulu]]
id_number: "[[ID_NUMBER:8804125732088]]"
programme: BCom Accounting
intake: 2026
school: Durban High School
guardian:
  name: [[PERSON:Nokuthula Zulu]]
  phone: "[[PHONE_NUMBER:+27 82 914 3076]]"
  email: [[EMAIL_ADDRESS:nokuthula.zulu@webmail.co.za]]""",
    """nom;prénom;date_naissance;classe;responsable;téléphone
[[PERSON:Lefèvre]];[[PERSON:Manon]];[[DATE_TIME:14/02/2013]];6e B;[[PERSON:Claire Lefèvre]];[[PHONE_NUMBER:06 44 18 72 90]]
[[PERSON:Diallo]];[[PERSON:Moussa]];[[DATE_TIME:03/09/2012]];6e B;[[PERSON:Aminata Diallo]];[[PHONE_NUMBER:07 52 30 81 46]]
[[PERSON:Rousseau]];[[PERSON:Lucas]];[[DATE_TIME:27/11/2012]];6e B;[[PERSON:Hélène Rousseau]];[[PHONE_NUMBER:06 09 77 25 13]]""",
    """| Huurder | Adres | Postcode | Ingangsdatum | IBAN |
|---|---|---|---|---|
| [[PERSON:Noor Bouzid]] | [[ADDRESS:Amsterdamsestraatweg 512-bis]] | [[ZIP_CODE:3553 EK]] | [[DATE_TIME:01-02-2024]] | [[IBAN_CODE:NL05ASNB7703184292]] |
| [[PERSON:Thijs van Leeuwen]] | [[ADDRESS:Burgemeester Reigerstraat 8]] | [[ZIP_CODE:3581 KP]] | [[DATE_TIME:15-06-2023]] | [[IBAN_CODE:NL79TRIO2196403857]] |
| [[PERSON:Esra Yıldız]] | [[ADDRESS:Twijnstraat 33 A]] | [[ZIP_CODE:3511 ZJ]] | [[DATE_TIME:01-09-2024]] | [[IBAN_CODE:NL57KNAB6551029388]] |""",
    """Dossier: HAB-2025-0771
Assuré: [[PERSON:Martin Desrosiers]]
Date de naissance: [[DATE_TIME:1981-10-06]]
Adresse du risque: [[ADDRESS:318, rue Saint-Joseph Est]], [[LOCATION:Québec]] [[ZIP_CODE:G1K 3B2]]
Téléphone: [[PHONE_NUMBER:581 309-4472]]
Courriel: [[EMAIL_ADDRESS:m.desrosiers@gmail.com]]
Date du sinistre: [[DATE_TIME:2025-02-19]]
Nature: refoulement d'égout
Expert: [[PERSON:Nathalie Côté]]""",
    """claim_no,insured,email,plate,accident_date,repairer,excess_eur
MC-20931,"[[PERSON:O'Neill]], [[PERSON:Bridget]]",[[EMAIL_ADDRESS:bridget.oneill@hotmail.ie]],[[ID_NUMBER:191-D-20417]],[[DATE_TIME:2025-02-14]],"Kelly's Garage, [[LOCATION:Naas]]",250
MC-20944,"[[PERSON:Murphy]], [[PERSON:Seán P.]]",[[EMAIL_ADDRESS:sean.murphy.kk@gmail.com]],[[ID_NUMBER:221-KK-3308]],[[DATE_TIME:2025-02-20]],Murphy Motors,300
MC-20950,"[[PERSON:Adeyemi]], [[PERSON:Folake]]",[[EMAIL_ADDRESS:folake.adeyemi@outlook.com]],[[ID_NUMBER:08-D-77312]],[[DATE_TIME:2025-03-01]],"Kelly's Garage, [[LOCATION:Naas]]",250""",
]

CHAT = [
    """[09:02] HomeShield Assist: Thanks for contacting HomeShield. You're chatting with [[PERSON:Priya]].
[09:02] Customer: hi [[PERSON:priya]], I need to report a burst pipe. my name is [[PERSON:Callum Fraser]]
[09:03] [[PERSON:Priya]]: Sorry to hear that, [[PERSON:Callum]]. Can you confirm the address and your date of birth?
[09:04] [[PERSON:Callum Fraser]]: [[ADDRESS:22 Dundas Street]], [[LOCATION:Stirling]] [[ZIP_CODE:FK8 1AH]]. DOB [[DATE_TIME:04/06/1987]]
[09:04] [[PERSON:Priya]]: Thank you. When did it happen?
[09:05] [[PERSON:Callum Fraser]]: last night, [[DATE_TIME:Sunday 9 March around 11pm]]. water everywhere in the kitchen
[09:06] [[PERSON:Priya]]: I've opened claim HS-7730418. An engineer will call you on [[PHONE_NUMBER:07826 144 390]] within 2 hours.""",
    """Whatsapp — "Flat 3 house chat"
[[PERSON:Leah]]: rent's going up £40 from [[DATE_TIME:1 June]] btw, [[PERSON:Mr Aziz]] just emailed
[[PERSON:Tomasz]]: ugh. can someone send me his number
[[PERSON:Leah]]: [[PHONE_NUMBER:07962 310 845]]
[[PERSON:Dev]]: also the deposit is in my name so if anyone moves out tell me first
[[PERSON:Tomasz]]: my sort code changed btw, new acct is [[ID_NUMBER:55129044]] for the bills split
[[PERSON:Leah]]: noted 👍""",
    """#hr-ops
[[PERSON:Marisa Quinn]] 10:14 AM
heads up, [[PERSON:Jared Li]] starts [[DATE_TIME:Monday 14th]] — can someone set up his laptop? his personal email for the welcome pack is [[EMAIL_ADDRESS:jaredli.dev@gmail.com]]
[[PERSON:Sam Okafor]] 10:16 AM
on it. do we have his SSN for I-9 yet?
[[PERSON:Marisa Quinn]] 10:17 AM
yes it's in Workday, don't paste it here pls
[[PERSON:Sam Okafor]] 10:17 AM
lol fair. [[USERNAME:jli]] is free as a username?
[[PERSON:Marisa Quinn]] 10:18 AM
taken by [[PERSON:Jenny Li]] in finance, use [[USERNAME:jaredl]]""",
    """Year 6 parents 🏫
[[PERSON:Bukola]] ([[PERSON:Tayo]]'s mum): Does anyone know the date of the secondary transfer meeting?
[[PERSON:Kerry]]: [[DATE_TIME:Thursday 20th March at 6pm]] in the hall I think
[[PERSON:Mo Farouk]]: yes and [[PERSON:Mrs Bradley]] said bring the SIMS form
[[PERSON:Kerry]]: if anyone wants to carpool I'm at [[ADDRESS:4 Larch Way]], can take 2 more
[[PERSON:Bukola]] ([[PERSON:Tayo]]'s mum): thank you [[PERSON:Kerry]]! [[PERSON:Tayo]] will be ready by 5:45""",
    """Live chat — Northgate Bank
Agent [[PERSON:Ryan]]: Good afternoon, how can I help?
Visitor: I lost my card on the bus, can you cancel it. [[PERSON:Sofia Almeida]]
Agent [[PERSON:Ryan]]: I'm sorry to hear that, [[PERSON:Sofia]]. For security, what's your date of birth and postcode?
Visitor: [[DATE_TIME:12 October 1992]], [[ZIP_CODE:BS7 8PU]]
Agent [[PERSON:Ryan]]: Thanks. I can see a debit card ending 3318 and a credit card [[CREDIT_CARD:5204 1986 6350 2743]]. Which one?
Visitor: the debit one. the credit card is at home
Agent [[PERSON:Ryan]]: Done, the debit card ending 3318 is cancelled and a new one will go to [[ADDRESS:19 Egerton Road]].""",
    """IT Service Desk chat
[14:31] [[PERSON:Helena Varga]] (student): hi, I'm locked out of Moodle, my student number is [[ID_NUMBER:230418877]]
[14:32] [[PERSON:Ade]] (IT): Hi [[PERSON:Helena]], can you confirm your uni email?
[14:32] [[PERSON:Helena Varga]] (student): [[EMAIL_ADDRESS:h.varga@student.gla.ac.uk]]
[14:33] [[PERSON:Ade]] (IT): thanks. I see 6 failed attempts from [[IP_ADDRESS:130.209.44.201]], was that you?
[14:34] [[PERSON:Helena Varga]] (student): yes on the library PC
[14:35] [[PERSON:Ade]] (IT): unlocked. reset link sent to your personal email [[EMAIL_ADDRESS:helena.varga01@gmail.com]]""",
    """WhatsApp — verhuurder
[[PERSON:Mark de Boer]]: Goedemorgen [[PERSON:Fatma]], de monteur komt [[DATE_TIME:dinsdag 18 maart tussen 8 en 12 uur]] voor de cv-ketel.
[[PERSON:Fatma Öztürk]]: Prima, ik ben thuis. Kan hij mij bellen op [[PHONE_NUMBER:06 31 84 27 50]] als hij er bijna is?
[[PERSON:Mark de Boer]]: Doe ik. En de huur van maart is nog niet binnen, klopt dat?
[[PERSON:Fatma Öztürk]]: Sorry, mijn rekening is veranderd. Ik maak het vandaag over vanaf [[IBAN_CODE:NL03 SNSB 9082 1465 76]].
[[PERSON:Mark de Boer]]: Top, dank je.""",
    """Chat transcript — Tel-Connect
Bot: Welcome! Type your question.
User: someone moved my number to a new sim without asking
Bot: Connecting you to an agent...
[[PERSON:Karen M.]]: Hi, I'm [[PERSON:Karen]]. Which number is affected?
User: [[PHONE_NUMBER:0419 276 508]], account in my name [[PERSON:Duc Pham]]
[[PERSON:Karen M.]]: Thanks [[PERSON:Duc]]. I can see a SIM swap on [[DATE_TIME:8 March at 02:14]] from a store in [[LOCATION:Parramatta]]. Can you confirm your DOB?
User: [[DATE_TIME:30/04/1985]]
[[PERSON:Karen M.]]: I've blocked the new SIM and flagged the account for fraud. Ref FR-229104.""",
]

LOOKALIKE = [
    """Order #114-7730291-5540127 shipped on 2025-03-12 via UPS, tracking 1Z999AA10123456784. Items: 2 × USB-C hub (SKU HB-4471-GR), 1 × replacement battery (part no. 020-00418-01). Invoice INV-2025-004417 totals $88.47; questions go to orders@gadgetbarn.com or 1-800-555-0199. Ship to: [[PERSON:Renée Callahan]].""",
    """Release 10.4.2.1 is out. Changes since 10.4.1.17: fixed a crash in the TLS handshake (commit 9f2c4e1a7b), bumped libxml to 2.12.6, and the default listen address is now 0.0.0.0:8443. Build hash sha256:4b1e09c2d8f7a3651e0b9c4d2f8a7e6c5b4a3d2e1f0a9b8c7d6e5f4a3b2c1d0e. Firmware image FW-2025.03-rc2 (serial range SN-00418200 to SN-00419999) is unaffected. Docs: https://docs.example.org/releases/10.4.2.1. Thanks to [[PERSON:Mirela Stancu]] for reporting the crash.""",
    """Visit our Flagship Store on Nelson Mandela Boulevard or the outlet on Martin Luther King Jr. Way. Call our head office on 0800 731 4400 or email info@harbourlighting.co.uk; press enquiries to press@harbourlighting.co.uk. Our Parkinson's-friendly lighting range and the Fresnel lens collection are available in all stores. Store manager: [[PERSON:Dominic Achebe]].""",
    """Catalogue additions, week 11: ISBN 978-1-84719-356-8 (paperback, 312 pp.), ISBN 979-10-264-8317-5 (French edition), and the boxed set EAN 5410987654328. Library shelfmark QA76.73.P98 2025. Purchase order PO-88201, supplier account 4471-0093, delivered to the loading bay at Gate 3. Returns authorised under RMA-20931.""",
    """Asset register extract: laptop LT-00872 (serial 5CD1234XYZ, MAC 8c:16:45:2e:9b:01, UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301) assigned to [[PERSON:Nadia Kowalski]]; printer PR-0119 on VLAN 20 at 10.0.20.0/24 gateway; spare docking stations DS-4471 to DS-4479 in cupboard B. Ticket CHG-448120 approved by the Change Advisory Board.""",
    """Facture n° FA-2025-00417 du 12/03/2025 — SARL Lumière & Fils, 14 avenue Foch, 75016 Paris, SIRET 552 081 317 00024, TVA FR40 552081317. Commande CMD-88120, bon de livraison BL-4471. Service client : 01 42 68 00 00 ou contact@lumiere-fils.fr. Client : [[PERSON:Agathe Bernard]], numéro client [[ID_NUMBER:00418]].""",
    """Policy schedule HH-20931-B, claim reference CLM-2025-004418 and bordereau BDX-0311 were reissued on 3 March. The loss adjusters, Crawford & Company, will attend the site on Gladstone Street to meet the policyholder, [[PERSON:Mr. Elwyn Roberts]]; the helpline 0345 600 2211 is open 24/7 and claims@northbridge-mutual.co.uk handles all documents. Version 3.2.1.0 of the claims app adds photo upload.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind83", STYLES, OUT)


if __name__ == "__main__":
    main()
