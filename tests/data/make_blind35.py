"""Build tests/data/blind35.jsonl: a thirty-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind35.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set and the record lists inside every make_*.py script). Only
these were read: lines 1-121 of make_blind22.py (its module docstring, with
the labeling conventions and the style descriptions, and its import lines)
and its closing scaffolding, from the line starting `STYLES = {` to the end
of the file (copied here); gold_sets.py, the whole file; and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). No git history was looked at. The detector, the bench and the
tests were never run while writing this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French, Spanish, Portuguese and Belgian IBANs and the Dutch account test
are right too (worked out by hand-run throwaway code while writing, not
generated here; `gold_sets.check` re-checks cards and IBANs and refuses a
bad one). National ids with a public check digit (NHS number, Canadian
SIN, Aadhaar, BSN, CPF, DNI and NIE, South African ID, TFN, Irish PPSN,
Singapore NRIC and FIN, French NIR, Portuguese NIF, Belgian national
number, Swiss AHV number, German tax id) were given a valid one the same
way (the South African and Belgian ids and the French NIR agree with the
person's sex and birth date where they show). UK NI numbers, US SSNs,
Medicare MBIs and A-Numbers, PAN, CURP and RFC, Brazilian RG, Kenyan ids,
KRA PINs and NHIF numbers, Philippine SSS, PhilHealth and TIN numbers, the
Ghana Card, New Zealand NHI and Australian Medicare numbers, passports,
licences, plates, bank account numbers and staff, student, member, patient
and loyalty numbers were not checked.

Styles (ids `blind35-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool: records in the manner of the public
PII-masking benchmarks (ai4privacy pii-masking-200k/300k/400k,
gretel-pii-masking-en-v1, Nemotron-PII), third-party LLM-generated
"realistic sentences with personal data", labeled tables rendered as text,
chats, and look-alike texts. About nine records in ten are in English (US,
UK, Ireland, Canada, Australia, New Zealand, India, Singapore, the
Philippines, South Africa, Nigeria, Ghana, Kenya and expatriate contexts,
with names from the many cultures living there), the rest in French,
German, Spanish and Portuguese (European and Latin American):
- `bench` (98): dense records in the manner of the ai4privacy, gretel and
  Nemotron-PII records: one-sentence ai4privacy-style requests and notices,
  gretel-style documents (claim forms, loan and lease agreements, discharge
  summaries, payroll and KYC forms) and Nemotron-style mixed texts (support
  tickets, emails, log lines, audit trails, JSON-ish payloads), with titles,
  names, ages, DOBs in odd formats, streets with building numbers and
  secondary addresses, cities, states, postcodes, phones, emails,
  usernames, passwords, IPv4 / IPv6, user agents, MACs, account, IBAN and
  card numbers, SSNs, passports, licences, national and tax ids.
- `gen` (92): one to four sentences of the kind a third-party LLM writes
  when asked for "realistic text with personal data", PII woven into the
  prose, with weight on insurance claims, property rentals and lettings,
  school administration, travel bookings, veterinary practices and legal
  letters, and the rest spread over banking, health, HR, retail, telecoms,
  government services, gaming, social media, tech support, deliveries,
  weddings, churches and clubs; names at the start, middle and end,
  lowercase and possessive.
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  with varied column names and non-PII columns; the header row is not
  labeled.
- `chat` (8): chat and messaging transcripts (support chats, WhatsApp-like
  threads, a chatbot session) with personal data given turn by turn.
- `lookalike` (7): mostly non-PII text full of identifiers that look like
  PII (order, claim, tracking and invoice references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, company phone numbers and role
  mailboxes, eponyms, streets named after people without a number), with
  the few real PII values labeled; one of them has none.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
  A weekday or a clock time said with the date belongs to the date's span.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets (their names, ages and microchips),
  eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit as make_blind22.py:
  in a table a "sex", "gender", "role", "dept" or "status" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" column is NRP; "job_title", "occupation",
  "employer" and "company" fields stay unlabeled; a building number in its
  own field is ADDRESS, and so is a secondary address field; a "county"
  field is LOCATION; a "last login" timestamp of a person's account, and
  the timestamp of a log line recording one person's action, is
  DATE_TIME; a frequent-flyer, loyalty, library or health-card number is
  ID_NUMBER like a member number; a booking's check-in, travel and
  pickup dates are the traveller's dates; a city inside a station or
  airport name ("Heraklion airport") is LOCATION; a street named without
  a number stays unlabeled; a Discord-style "name#1234" tag is one
  USERNAME; "M.", "Mme", "Madame", "Herr", "Frau", "Sr.", "Sra.", "Father",
  "Rev.", "Sgt.", "Esq." and upper-case "MR", "MRS", "MS" and "DR." attached
  to a name are TITLE, while "Coach" is left outside like a job title; the
  date column of a visitor sign-in sheet, a loan's disbursement date, a
  membership's joining date and a cover's start date are the person's
  dates; an IP address is IP_ADDRESS wherever it appears (internal ones and
  an attacker's too), a crypto wallet address stays unlabeled; a country
  code standing in an address or in a "country" field is LOCATION, while
  the three-letter codes of a PNR's DOCS line and airport codes are not
  labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind35.jsonl")

GEN = [
    """I'm writing to follow up on claim CLM-2024-118734 for the water damage at my flat. The leak started on the night of [[DATE_TIME:3 February]] and your loss adjuster, [[PERSON:Gareth Pryce]], came out on [[DATE_TIME:9 February at 2pm]]. Please send any updates to [[EMAIL_ADDRESS:yusuf.adeyemi@btinternet.com]] or ring me on [[PHONE_NUMBER:07723 418 906]]. Regards, [[PERSON:Yusuf Adeyemi]], [[ADDRESS:Flat 4, 19 Cathays Terrace]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 4HS]]""",
    """The lease for [[ADDRESS:2210 N Halsted St, Unit 3C]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]] begins on [[DATE_TIME:June 1, 2025]]. The tenant, [[PERSON:Marisol Quintero-Vega]] (DOB [[DATE_TIME:08/22/1996]]), will be co-signed by her father, [[PERSON:Ernesto Quintero]], whose SSN is [[US_SSN:532-71-0846]].""",
    """Hi [[PERSON:Ms Tran]], just letting the office know that [[PERSON:Lachlan]] (Year 4, student no. [[ID_NUMBER:20931847]]) will be collected early by his grandmother, [[PERSON:Beverley Hodgson]], on [[DATE_TIME:Thursday 14 March at 1:15 pm]] for a specialist appointment. Her mobile is [[PHONE_NUMBER:0412 558 903]]. Thanks, [[PERSON:Kirsty Hodgson]]""",
    """Your booking is confirmed for [[PERSON:Mr Hamid Sultani]] and [[PERSON:Mrs Parwana Sultani]]: flight EK 0018 from [[LOCATION:Manchester]] to [[LOCATION:Dubai]] on [[DATE_TIME:22 Dec 2024 at 21:25]]. Booking reference QX7LPM. Passport numbers held on file are [[ID_NUMBER:549201837]] ([[PERSON:Hamid]]) and [[ID_NUMBER:561930274]] ([[PERSON:Parwana]]).""",
    """Bella, our 9-year-old Labrador, was seen by [[PERSON:Dr. Siobhan Keane]] on [[DATE_TIME:4 April]] for her limp and she's doing much better. Owner details for the invoice: [[PERSON:Declan Murphy]], [[ADDRESS:41 Lower Rathmines Road]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 X2F8]], [[EMAIL_ADDRESS:declan.murphy77@eircom.net]].""",
    """Re: Tenancy deposit dispute, [[PERSON:Ms Adaeze Nwosu]] v Harrowfield Lettings Ltd. We act for [[PERSON:Ms Nwosu]], of [[ADDRESS:7 Albion Mews]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2JZ]], who vacated the property on [[DATE_TIME:30 September 2024]]. To date our client's deposit of £1,450 has not been returned or protected, and we invite your proposals within fourteen days.""",
    """Could you please update the account of [[PERSON:Mohammed Al-Rashidi]] (account [[ID_NUMBER:40218837]], sort code 20-45-77) with his new address, [[ADDRESS:58 Kingsland High Street]], [[LOCATION:London]] [[ZIP_CODE:E8 2JS]]? He moved in on the [[DATE_TIME:2nd of March]].""",
    """[[PERSON:Ananya Krishnamurthy]], [[AGE:34]], was admitted to ward 5B on [[DATE_TIME:17/06/2024]] with suspected dengue fever. Her Aadhaar number, [[ID_NUMBER:7392 0418 5612]], was verified at registration, and her husband [[PERSON:Sandeep]] can be reached at [[PHONE_NUMBER:+91 98450 21763]].""",
    """Welcome aboard, [[PERSON:Tomasz]]! Your employee ID is [[ID_NUMBER:EMP-55821]] and your first day is [[DATE_TIME:Monday, 7 October]]. Please bring your P45 with you; we already have your National Insurance number ([[ID_NUMBER:JT 48 27 19 D]]) from your onboarding form, [[PERSON:Mr Wiśniewski]].""",
    """hey, i ordered a jacket (order #UK-7781-2093) but it came in the wrong size. name on the order is [[PERSON:chloe fenwick-ashby]], it was delivered to [[ADDRESS:12 bramble close]], [[LOCATION:kettering]] [[ZIP_CODE:nn15 6rt]]. can i swap it for a medium?""",
    """Customer [[PERSON:Wanjiru Kamau]] (ID No. [[ID_NUMBER:28473915]]) requested a SIM swap for [[PHONE_NUMBER:0722 418 305]] on [[DATE_TIME:11 Nov 2024]] at the Moi Avenue shop in [[LOCATION:Nairobi]]; the request was approved after biometric verification.""",
    """On [[DATE_TIME:03/14/2025 at about 7:40 a.m.]], our insured, [[PERSON:Darnell Whitfield]], was rear-ended at the intersection of Peachtree St and 10th St in [[LOCATION:Atlanta]]. The other driver, [[PERSON:Kayleigh Brandt]], gave a [[LOCATION:Georgia]] driver's license number of [[US_DRIVER_LICENSE:058214937]] and a phone number of [[PHONE_NUMBER:(404) 772-1958]]. Claim #AU-883019 has been opened and assigned.""",
    """Hi [[PERSON:Priyanka]], this is [[PERSON:Luc]] from the building management office. The plumber will come to your unit at [[ADDRESS:455 Rue Sainte-Catherine Ouest, apt 1207]] on [[DATE_TIME:Tuesday, January 21 at 9:30]]. If that doesn't work for you, text me at [[PHONE_NUMBER:514-283-6619]].""",
    """Dear Parents of [[PERSON:Jayden Okonkwo-Reyes]], this letter confirms that [[PERSON:Jayden]] (Student ID [[ID_NUMBER:3318472]]) has been placed in [[PERSON:Mrs. Abernathy]]'s second grade class for the coming school year. His first day will be [[DATE_TIME:Wednesday, August 20]], and the bus stop for his address on Linden Avenue is unchanged.""",
    """Reminder from Oakfield Veterinary Centre: Whiskers is due for his annual booster on [[DATE_TIME:12/05/2025 at 16:20]]. If you need to rebook, please call reception on 01632 960 118. Owner: [[PERSON:Mrs J. Pennington]].""",
    """We confirm that our client, [[PERSON:Mr Sipho Dlamini]] (identity number [[ID_NUMBER:8804175124087]]), intends to oppose the eviction application. The matter is set down for hearing on [[DATE_TIME:18 March 2025 at 10:00]] at the Magistrate's Court in [[LOCATION:Johannesburg]], and we ask that all further correspondence be sent to our offices.""",
    """Hi, I need to change my hotel booking (ref HB-22917) at your property in [[LOCATION:Marina Bay]]. Guest name is [[PERSON:Tan Wei Ling]], check-in [[DATE_TIME:4 Aug]], check-out [[DATE_TIME:7 Aug]]. My NRIC is [[ID_NUMBER:S8834172D]] if you need to verify, and my mobile is [[PHONE_NUMBER:+65 9182 4407]].""",
    """Your prescription is ready for pickup, [[PERSON:Mr. Harjit Sandhu]]. For verification we have DOB [[DATE_TIME:1958-11-03]] and Ontario health card [[ID_NUMBER:4827-193-506-KT]] on file; please bring the card with you to the pharmacy counter.""",
    """Hey Coach [[PERSON:Marcus]], it's [[PERSON:Ifeoma]]. I'm going to miss Saturday's 8am spin class because my daughter [[PERSON:Adaora]] turns [[AGE:6]] that day and we're having her party. Could you move my credit to next week? My member no. is [[ID_NUMBER:004819]].""",
    """Your application for the Household Benefits Package has been received. Name: [[PERSON:Niamh Ó Briain]]. PPS No.: [[ID_NUMBER:6418392D]]. Address: [[ADDRESS:14 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]], [[ZIP_CODE:H91 K2T6]]. You will hear from us within six weeks.""",
    """The user reports that she has not been able to sign in since the password reset on [[DATE_TIME:2 January]]. Username [[USERNAME:kfitzgerald]], last successful login from [[IP_ADDRESS:86.41.203.117]]. Contact: [[PERSON:Kathleen Fitzgerald]], desk extension 4412, Finance.""",
    """Your parcel will be delivered today between 14:00 and 15:00 by [[PERSON:Rahul]]. If nobody is in, he can leave it with a neighbour. Recipient: [[PERSON:Emily Hartley-Soames]], [[ADDRESS:24 Chestnut Grove]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 7XL]].""",
    """I'm lodging a claim for items stolen in a break-in at our home, [[ADDRESS:6/118 Beach Road]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]], which happened some time between [[DATE_TIME:9 pm on 12 October]] and [[DATE_TIME:7 am on 13 October]]. Taken were a laptop, two bikes and my wife [[PERSON:Mei]]'s jewellery. Policy number HCN-4410927.""",
    """Viewing booked for [[DATE_TIME:Saturday 8 February at 11:30]] at [[ADDRESS:3 Ladysmith Road]], [[LOCATION:Brighton]]. Applicant: [[PERSON:Oluwaseun Bakare]], currently renting at [[ADDRESS:91 Whitehorse Lane]], [[LOCATION:London]] [[ZIP_CODE:SE25 6RD]]; guarantor will be his mother, [[PERSON:Folake Bakare]].""",
    """Dear [[PERSON:Mr. Chukwuemeka Eze]], we are pleased to inform you that your ward, [[PERSON:Chiamaka Eze]] (Admission No. [[ID_NUMBER:FGGC/2024/0381]]), has been offered a place in JSS1 at Federal Government Girls' College, [[LOCATION:Onitsha]]. Resumption for new students is on [[DATE_TIME:Sunday, 15 September 2024]].""",
    """Hi, this is [[PERSON:Sofia Lindqvist]]. I booked flights for myself and my son [[PERSON:Elias]] (age [[AGE:11]]) from [[LOCATION:Stockholm]] to [[LOCATION:Toronto]] on [[DATE_TIME:3 July]], returning [[DATE_TIME:24 July]]. Could you add his passport number, [[ID_NUMBER:93817264]], and my frequent flyer number, [[ID_NUMBER:EB 604 118 294]], to the booking? Thanks!""",
    """hi [[TITLE:dr.]] [[PERSON:patel]], this is [[PERSON:grace kim]], mochi's mom 🐶 mochi has been throwing up since sunday night and won't eat. could we get in tomorrow morning? my cell is [[PHONE_NUMBER:206-719-3342]]""",
    """NOTICE TO QUIT. To: [[PERSON:Tyrone Jackson]] and all other occupants of [[ADDRESS:4417 Gratiot Ave, Apt 2]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48207]]. You are hereby notified that your tenancy of the above premises will terminate on [[DATE_TIME:April 30, 2025]]. Dated: [[DATE_TIME:March 28, 2025]]. Signed, [[PERSON:Helen Kowalczyk]], Landlord.""",
    """Good day! I'd like to report an unauthorized transaction on my savings account [[ID_NUMBER:0049-1083-7721]] made on [[DATE_TIME:5 March 2025 at 3:12 PM]]. I am [[PERSON:Ma. Cristina Villanueva]] and my registered mobile number is [[PHONE_NUMBER:0917 832 4410]]. Thank you po.""",
    """September salary for [[PERSON:Arjun Mehta]] (Emp Code [[ID_NUMBER:INF-204518]]) has been credited to HDFC a/c [[ID_NUMBER:50100238471926]], IFSC HDFC0001234. Form 16 will be issued against PAN [[ID_NUMBER:BKRPM4829J]].""",
    """Kia ora [[PERSON:Hemi]], just a reminder of your appointment with [[PERSON:Dr Aroha Ngata]] at [[DATE_TIME:3:40pm on Wednesday 19 February]]. Please let us know at least 24 hours ahead if you can't make it.""",
    """Claim intimation: policyholder [[PERSON:Rekha Iyer]] was hospitalised in [[LOCATION:Chennai]] from [[DATE_TIME:21-07-2024]] to [[DATE_TIME:26-07-2024]] for a knee replacement. Policy no. 2817/HSP/00439. Please contact her at [[EMAIL_ADDRESS:rekha.iyer82@gmail.com]] or [[PHONE_NUMBER:+91 94440 18273]] for the original bills.""",
    """Rental application for the 2 bed unit at [[ADDRESS:14/22 Moreland St]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]. Applicant: [[PERSON:Khanh Nguyen]], DOB [[DATE_TIME:19/04/1993]], driver licence [[ID_NUMBER:048219375]] ([[LOCATION:VIC]]). Current landlord reference: [[PERSON:Barry O'Shaughnessy]], [[PHONE_NUMBER:0433 902 117]].""",
    """Student record update: [[PERSON:Aisha Siddiqui]] (student number [[ID_NUMBER:2207184]]) has asked for her term-time address to be changed to [[ADDRESS:Room 14, Hollybank House, 2 Oak Lane]], [[LOCATION:Sheffield]] [[ZIP_CODE:S10 3QP]] with effect from [[DATE_TIME:1 October 2024]].""",
    """PNR 4821903746. Passenger 1: [[PERSON:Vikram Rao]], M, [[AGE:52]]. Passenger 2: [[PERSON:Lakshmi Rao]], F, [[AGE:49]]. Date of journey [[DATE_TIME:12-Jan-2025]], [[LOCATION:Bengaluru]] to [[LOCATION:Mysuru]], chair car, coach C2.""",
    """Hello, I'm writing on behalf of my mother, [[PERSON:Margaret Ellison]] ([[AGE:78]]), who no longer drives. Could one of your vets do a home visit for her elderly cat, Tilly? Her address is [[ADDRESS:Rose Cottage, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5HG]], and her landline is [[PHONE_NUMBER:01223 842 519]].""",
    """Further to our telephone conversation, we confirm that [[PERSON:Ms. Priya Desai]] and [[PERSON:Mr. Jonathan Goldberg]] will attend mediation on [[DATE_TIME:November 12, 2024 at 9:30 a.m.]] at our Bay Street offices in [[LOCATION:Toronto]]. Each party should bring government-issued photo identification.""",
    """GG everyone!! huge shoutout to [[USERNAME:xXLunaFoxXx]] and my duo partner [[PERSON:Kenji]] (ign [[USERNAME:kenji_r0nin]]) for carrying me all the way to Diamond. add me on discord if you want to queue: [[USERNAME:mateo.rios#4021]]""",
    """Your DMV appointment for a REAL ID is confirmed for [[DATE_TIME:Friday, May 9 at 10:45 AM]] at the [[LOCATION:Van Nuys]] field office. Please bring two proofs of residency for [[ADDRESS:15230 Burbank Blvd, Apt 308]], [[LOCATION:Van Nuys]], [[LOCATION:CA]] [[ZIP_CODE:91411]], and your current driver license, [[US_DRIVER_LICENSE:D4827193]].""",
    """Save the date! [[PERSON:Fatima Zahra Benali]] & [[PERSON:Youssef El Amrani]] are getting married on [[DATE_TIME:14 June 2025]] in [[LOCATION:Marrakech]]. Please RSVP to [[EMAIL_ADDRESS:fatima.benali@outlook.fr]], and let us know about any dietary needs.""",
    """Rental agreement RA-55102. Hirer: [[PERSON:Giorgos Papadakis]], driving licence ([[LOCATION:Greece]]) [[ID_NUMBER:AK 482913]]. Pick-up [[LOCATION:Heraklion]] airport [[DATE_TIME:17/08/2025 10:00]], drop-off [[DATE_TIME:24/08/2025 18:00]]. Deposit held on Visa ending 8812.""",
    """Pet insurance claim for Biscuit (cavapoo, 3). Policyholder: [[PERSON:Rhiannon Evans-Jones]], [[ADDRESS:22 Heol y Coed]], [[LOCATION:Swansea]] [[ZIP_CODE:SA2 0JT]]. Date of treatment: [[DATE_TIME:28/11/2024]]. Treating vet: [[PERSON:Dr. Aled Morgan]]. Please pay the benefit to account [[ID_NUMBER:31748260]], sort code 30-94-57.""",
    """The prepaid electricity account [[ID_NUMBER:5529184730]] is registered to [[PERSON:Thandiwe Mokoena]] at [[ADDRESS:27 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]; she called on [[DATE_TIME:14 January]] to say her tokens were not loading.""",
    """[[PERSON:Amir Hosseini]], a [[AGE:29]]-year-old [[NRP:Baha'i]] from [[LOCATION:Shiraz]] now living in [[LOCATION:Ottawa]], told the committee that his brother's visa had been refused twice without explanation.""",
    """We've moved! From [[DATE_TIME:1 May]] our new address is [[ADDRESS:9 Kowhai Street]], [[LOCATION:Mount Eden]], [[LOCATION:Auckland]] [[ZIP_CODE:1024]]. Pop round for a cuppa any time. Love, [[PERSON:Sione]] & [[PERSON:Leilani Tuilagi]]""",
    """Please find attached my CV for the Junior Data Analyst role. I'm [[PERSON:Chidinma Obi]]; I graduated from the University of Lagos in [[DATE_TIME:July 2023]] and I'm now based in [[LOCATION:Leeds]]. Some of my projects are at [[URL:github.com/chidinmaobi-data]], and my number is [[PHONE_NUMBER:+44 7458 219 603]].""",
    """Reported profile: the user [[USERNAME:jake_outdoors91]] asked me to send $400 to a Cash App account, $[[USERNAME:JakeM1991]], for a "plane ticket". The profile says [[PERSON:Jake Morrison]], [[AGE:34]], from [[LOCATION:Denver]], but the photos are from a stock site.""",
    """JURY SUMMONS. [[PERSON:Mr. Dominic Aherne]], [[ADDRESS:3 Cypress Court]], [[LOCATION:Limerick]] [[ZIP_CODE:V94 E2K7]]. You are required to attend at the Circuit Court sitting in [[LOCATION:Limerick]] on [[DATE_TIME:Monday 3 March 2025 at 10.30am]] and every day after until discharged.""",
    """Permission slip: I, [[PERSON:Hannah Goldstein]], give permission for my son [[PERSON:Noah Goldstein]] (Grade 7, homeroom 7B) to attend the field trip to the Royal Tyrrell Museum in [[LOCATION:Drumheller]] on [[DATE_TIME:Thursday, May 22]]. Emergency contact: [[PERSON:Avi Goldstein]], [[PHONE_NUMBER:403-618-2290]]. Alberta Health Care no.: [[ID_NUMBER:58172-4930]].""",
    """I'm claiming for my cancelled trip to [[LOCATION:Bali]]. I was meant to fly out on [[DATE_TIME:19 January]] but was admitted to hospital in [[LOCATION:Christchurch]] with appendicitis on [[DATE_TIME:16 January]]. My policy is TRV-0098231 and my NHI number is [[ID_NUMBER:ZAC4821]]. [[PERSON:Ngaio Whitfield-Parata]]""",
    """Hi [[PERSON:Carmen]]! We'd love to book your flat near the Plaza de la Paja for [[DATE_TIME:12–19 September]]. We're two adults, [[PERSON:Ben Whitaker]] and [[PERSON:Sam Okoro]], plus a toddler who sleeps in a travel cot. Could you send over the bank details for the deposit?""",
    """We enclose the draft will of [[PERSON:Mrs Doreen Hargreaves]] of [[ADDRESS:18 Parkfield Avenue]], [[LOCATION:Bolton]] [[ZIP_CODE:BL3 4NZ]], born [[DATE_TIME:2 June 1941]], for her approval. The executors named are her nephews, [[PERSON:Colin Hargreaves]] and [[PERSON:Stuart Pemberton]].""",
    """I'm porting my number, [[PHONE_NUMBER:312-889-4015]], over from my old carrier. The account holder is [[PERSON:Marcus Delgado]], the transfer PIN is 4471 and the billing ZIP is [[ZIP_CODE:60647]]. Please don't cancel the old line until the port completes.""",
    """Pt. [[PERSON:Eleanor Whitcomb]], [[AGE:67]] y/o F, MRN [[ID_NUMBER:00482913]], presented to the ED on [[DATE_TIME:11/02/2024 at 23:14]] with substernal chest pain radiating to the left arm. PCP: [[PERSON:Dr. Raj Venkataraman]].""",
    """Cabin 8214 has been assigned to [[PERSON:Mr Rodrigo Almeida Santos]] and [[PERSON:Ms Beatriz Almeida Santos]] for the sailing from [[LOCATION:Southampton]] on [[DATE_TIME:2 May 2025]]. Please make sure both [[NRP:Portuguese]] passports ([[ID_NUMBER:CB482917]] and [[ID_NUMBER:CB519304]]) are valid for six months after your return.""",
    """LOST DOG in [[LOCATION:Fitzroy North]]!! Answers to Ziggy, brown kelpie cross, chipped (956000012847163), very friendly but nervous of cars. If you see him please call [[PERSON:Jess]] on [[PHONE_NUMBER:0401 773 258]], any time.""",
    """Good afternoon po! This is to inform you that your child, [[PERSON:Juan Miguel Dela Cruz]], LRN [[ID_NUMBER:136728140093]], is included in the list of qualifiers for the division science fair on [[DATE_TIME:28 February 2025]]. [[PERSON:Mrs. Teresita Manalo]], Class Adviser""",
    """To whom it may concern: [[PERSON:Ms Katarzyna Nowak]] worked with us as a warehouse supervisor from [[DATE_TIME:1 March 2019]] to [[DATE_TIME:31 August 2023]]. She was reliable and well liked, and I would rehire her without hesitation. [[PERSON:Paul Mercer]], Operations Manager""",
    """I lost my wallet on the tram this morning. Please block my Mastercard [[CREDIT_CARD:5391 0477 2860 1938]] straight away; the name on the card is [[PERSON:Oksana Kovalenko]]. You can call me back on [[PHONE_NUMBER:+380 67 214 8830]].""",
    """Hi, I clipped a parked car in the supermarket car park on [[DATE_TIME:Sunday 9 March at about 6pm]]. My reg is [[ID_NUMBER:LK19 ZXP]] and the other car was [[ID_NUMBER:BD66 HFT]]. The owner, a [[PERSON:Mr Graham Oduya]], left his number, [[PHONE_NUMBER:07834 209 615]], under my wiper.""",
    """To whom it may concern, I confirm that [[PERSON:Ravi]] and [[PERSON:Deepa Shah]] have rented [[ADDRESS:12 Maple Drive]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 8JN]] from me since [[DATE_TIME:15 August 2020]] and have always paid on time. Feel free to ring me on [[PHONE_NUMBER:0116 270 4418]]. [[PERSON:Sandra Whitlock]]""",
    """I, [[PERSON:Dr. Samuel Mensah]], residing at [[ADDRESS:14 Ring Road East]], [[LOCATION:Osu]], [[LOCATION:Accra]], hereby invite my cousin, [[PERSON:Mr. Kofi Boateng]] (passport no. [[ID_NUMBER:G2847193]]), to stay with me from [[DATE_TIME:10 to 30 June 2025]] and will cover his accommodation.""",
    """Invoice 2024-0918. Patient: Luna (feline, 2y, spayed). Client: [[PERSON:Hyun-woo Park]], [[ADDRESS:55 Queen St W]], [[LOCATION:Toronto]] [[LOCATION:ON]] [[ZIP_CODE:M5H 2M9]]. Client ID [[ID_NUMBER:C-30418]]. Dental scale and polish, $642.50.""",
    """My W-2 has the wrong Social Security number on it. It shows [[US_SSN:471-82-0935]] but mine is [[US_SSN:471-82-0953]], the last two digits are swapped. Employee name: [[PERSON:Brianna Castellanos]].""",
    """Please keep in your prayers [[TITLE:Father]] [[PERSON:Tomás Byrne]], who is recovering at home, and the family of the late [[PERSON:Bridget Coyle]] (1938–2025), whose funeral Mass will be celebrated on [[DATE_TIME:Friday 7 February at 11am]].""",
    """Started at a café last week and my boss wants my TFN. It's [[ID_NUMBER:458 207 138]], is it actually safe to just text that to her?? I'm [[PERSON:Matilda]] btw, first proper job lol""",
    """Can you allow my home IP through the VPN filter? It's [[IP_ADDRESS:2a02:c7c:5d3e:8b00:19f4:a2b1:66c0:3d12]]. I'm [[PERSON:Léa Fontaine]] from the [[LOCATION:Lyon]] office, username [[USERNAME:lfontaine]].""",
    """Rider, please call [[PERSON:Mrs Funmilayo Adebayo]] on [[PHONE_NUMBER:0803 415 2297]] when you get to [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. The gate is the black one beside the pharmacy.""",
    """Beneficiary change request for policy L-0082714. Insured: [[PERSON:Gwendolyn Harris]], DOB [[DATE_TIME:4/9/1962]]. New primary beneficiary: her grandson, [[PERSON:DeShawn Harris]], SSN [[US_SSN:218-40-7735]], 100%.""",
    """hi [[TITLE:mr]] [[PERSON:o'connor]], sorry [[PERSON:malia]] was away yesterday and today, she's got tonsillitis. she'll be back monday if the antibiotics kick in. [[PERSON:lani kealoha]] ([[PERSON:malia]]'s mum) [[PHONE_NUMBER:027 418 3392]]""",
    """Eurostar booking for [[PERSON:Amara Okafor-Lindgren]]: [[LOCATION:London]] St Pancras to [[LOCATION:Paris]] Gare du Nord, [[DATE_TIME:Fri 11 Apr 2025 at 08:01]], coach 7, seat 42. Your booking reference is ZKWPTR.""",
    """This firm represents [[PERSON:Ms. Yolanda Brooks]] regarding injuries she sustained on or about [[DATE_TIME:July 3, 2024]] when she slipped at your store at [[ADDRESS:8800 Bissonnet St]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77074]]. Please direct all communication to the undersigned. [[PERSON:Aaron Feldstein]], [[TITLE:Esq.]]""",
    """U12 squad for Saturday v [[LOCATION:Ballincollig]]: [[PERSON:Saoirse]], [[PERSON:Aoife M.]], [[PERSON:Aoife K.]], [[PERSON:Róisín]], [[PERSON:Clodagh]], [[PERSON:Éabha]]. Meet at the clubhouse at 9. Lifts being sorted by [[PERSON:Ciara]]'s mum ([[PHONE_NUMBER:087 614 2280]]).""",
    """Nurse 👩🏾‍⚕️ mum of 3, proud [[NRP:Kenyan]] living in [[LOCATION:Nottingham]]. Baking on weekends. IG: @[[USERNAME:wambui.bakes.notts]]""",
    """Please send the refund of my £950 deposit to my Spanish account, [[IBAN_CODE:ES40 2100 0813 6102 0193 4856]], held in the name of [[PERSON:Lucía Herrera Blanco]]. I moved out of the flat on [[DATE_TIME:28 February]].""",
    """[[PERSON:Rohan Kapoor]] (BSN [[ID_NUMBER:273649152]]) has been registered at [[ADDRESS:Van Woustraat 148-2]], [[ZIP_CODE:1073 LX]] [[LOCATION:Amsterdam]] since [[DATE_TIME:3 June 2024]]; his residence permit is valid for five years.""",
    """Pet addendum: tenant [[PERSON:Keisha Morgan]] may keep one cat (Pepper) at [[ADDRESS:310 Elm Street, Unit 5]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]], effective [[DATE_TIME:02/01/2025]], subject to a $300 refundable pet deposit.""",
    """Dear [[PERSON:Ms. Huang]], we write regarding your client, [[PERSON:Mr. Wei Zhang]] (A-Number [[ID_NUMBER:208 417 936]]), whose adjustment interview in [[LOCATION:San Francisco]] has been scheduled for [[DATE_TIME:14 January 2025 at 8:30 a.m.]] Please ensure he brings the original of his birth certificate.""",
    """[[PERSON:Mercy Achieng Otieno]], NHIF member no. [[ID_NUMBER:04829173]], KRA PIN [[ID_NUMBER:A004829173Z]], was treated as an inpatient in [[LOCATION:Kisumu]] from [[DATE_TIME:2nd December 2024]] and discharged four days later.""",
    """New Employment Pass holder: [[PERSON:Rajesh Subramaniam]], FIN [[ID_NUMBER:G5128347W]], [[NRP:Indian]] passport [[ID_NUMBER:Z4829173]], joined the Singapore office on [[DATE_TIME:16 September 2024]].""",
    """I, [[PERSON:Connor McAllister]] (Student ID [[ID_NUMBER:900418273]]), authorize the Office of the Registrar to discuss my academic record with my parents, [[PERSON:Patrick]] and [[PERSON:Siobhan McAllister]]. Signed [[DATE_TIME:9/12/2024]].""",
    """Check-in notes: [[PERSON:Aiyana Redcloud]], [[NRP:American]], passport [[US_PASSPORT:548193027]], arriving in [[LOCATION:Cusco]] on [[DATE_TIME:17 Oct]] on the overnight bus from [[LOCATION:Puno]]. Requested a lower bunk.""",
    """Bonjour [[TITLE:Madame]] [[PERSON:Lefèvre]], je vous confirme l'état des lieux de sortie de l'appartement du [[ADDRESS:12 rue des Carmes, 3e étage]], [[ZIP_CODE:31000]] [[LOCATION:Toulouse]], le [[DATE_TIME:vendredi 28 février à 10 h]]. Mon nouveau numéro est le [[PHONE_NUMBER:06 72 48 19 35]]. Cordialement, [[PERSON:Julien Marchetti]]""",
    """Rappel : le vaccin de Filou est prévu le [[DATE_TIME:14/03/2025 à 17h30]] avec le [[PERSON:Dr Nathalie Girard]]. Propriétaire : [[TITLE:M.]] [[PERSON:Karim Haddad]], [[ADDRESS:8 allée des Tilleuls]], [[ZIP_CODE:69500]] [[LOCATION:Bron]]. Tél. : [[PHONE_NUMBER:04 78 26 51 93]].""",
    """Madame, Monsieur, je vous déclare un dégât des eaux survenu le [[DATE_TIME:6 janvier 2025]] dans mon logement situé [[ADDRESS:45 boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]] (contrat MRH-77120458). Je m'appelle [[PERSON:Amélie Rousseau]], née le [[DATE_TIME:19/08/1988]], et mon IBAN pour l'indemnisation est le [[IBAN_CODE:FR76 3000 4018 2300 0274 8391 564]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Schneider]], mein Sohn [[PERSON:Leon Becker]] (Klasse 6b) kann vom [[DATE_TIME:10. bis 14. März]] wegen einer Operation nicht am Unterricht teilnehmen. Mit freundlichen Grüßen, [[PERSON:Sabine Becker]], Tel. [[PHONE_NUMBER:0171 4829035]]""",
    """Ihre Buchungsbestätigung: [[TITLE:Herr]] [[PERSON:Mehmet Yılmaz]], Flug von [[LOCATION:Frankfurt]] nach [[LOCATION:Istanbul]] am [[DATE_TIME:23.07.2025 um 14:35 Uhr]], Sitz 17C. Buchungscode K7TRQ2. Hinterlegte Reisepassnummer: [[ID_NUMBER:C4F7K2M91]].""",
    """Hiermit kündige ich, [[PERSON:Jana Hoffmann]], wohnhaft in der [[ADDRESS:Lindenstraße 27]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]], den Mietvertrag fristgerecht zum [[DATE_TIME:31.05.2025]]. Bitte überweisen Sie die Kaution auf mein Konto [[IBAN_CODE:DE11 1002 0890 0029 1847 36]].""",
    """Hola, soy [[PERSON:Lucía Fernández]]. Mi perro Toby tuvo un accidente el [[DATE_TIME:sábado 15 de febrero]] y lo atendieron en la clínica veterinaria de la calle Alcalá. Quiero reclamar al seguro: mi DNI es [[ID_NUMBER:48291037F]] y mi teléfono, el [[PHONE_NUMBER:612 48 39 07]].""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Gómez]]: le informamos que la inscripción de su hija [[PERSON:Valentina Ruiz Gómez]], CURP [[ID_NUMBER:RUGV150304MDFZMLA8]], para el próximo ciclo escolar quedó registrada. La entrevista con la dirección será el [[DATE_TIME:martes 8 de abril a las 9:00]].""",
    """Boa tarde, [[TITLE:Sr.]] [[PERSON:Tiago Fonseca]]. Confirmo o arrendamento do T2 na [[ADDRESS:Rua de Cedofeita, 214, 2.º esq.]], [[ZIP_CODE:4050-174]] [[LOCATION:Porto]], a partir de [[DATE_TIME:1 de outubro de 2024]]. Para o contrato preciso do seu NIF; o meu é [[ID_NUMBER:192405373]]. Cumprimentos, [[PERSON:Helena Carvalho]]""",
    """Olá! Sou a [[PERSON:Camila Rodrigues]], do voo de ontem de [[LOCATION:Recife]] para [[LOCATION:São Paulo]], e minha mala não chegou. CPF [[ID_NUMBER:428.173.906-87]], telefone [[PHONE_NUMBER:(81) 99734-2210]]. Podem entregar na [[ADDRESS:Rua da Aurora, 1025, apto 802]], [[LOCATION:Boa Vista]], [[LOCATION:Recife]] - [[LOCATION:PE]], CEP [[ZIP_CODE:50050-000]].""",
]

BENCH = [
    """Attention [[PERSON:Dr. Iolanthe Marsh-Okoro]], your annual pension statement for member account [[ID_NUMBER:55019283]] is now available. Sign in as [[USERNAME:imarshokoro62]] from a trusted device; our records show your last login from [[IP_ADDRESS:212.58.244.71]] on [[DATE_TIME:2024-11-02 07:41]].""",
    """Patient [[PERSON:Ruairí Gallagher]], a [[AGE:47]]-year-old male, DOB [[DATE_TIME:11th of May 1977]], was referred from a GP practice in [[LOCATION:Sligo]] with recurrent syncope. Contact number [[PHONE_NUMBER:+353 87 219 4406]]; next of kin is his partner, [[PERSON:Aoibheann Walsh]], on [[PHONE_NUMBER:+353 86 730 1182]].""",
    """To continue your mortgage pre-approval, [[PERSON:Mx. Jordan Ellery-Sutton]], please upload a copy of your passport ([[ID_NUMBER:533904812]]), your National Insurance number [[ID_NUMBER:PR 61 37 42 B]], and three months of statements for [[IBAN_CODE:GB71BARC20201555793814]]. Use password Kq7!vR2m#tL9 for the secure portal.""",
    """[[DATE_TIME:2025-02-11T09:14:52Z]] sshd[22310]: Accepted publickey for [[USERNAME:okechukwu.n]] from [[IP_ADDRESS:102.89.41.7]] port 51122 ssh2
[[DATE_TIME:2025-02-11T09:15:07Z]] sudo: [[USERNAME:okechukwu.n]] : TTY=pts/1 ; PWD=/home/[[USERNAME:okechukwu.n]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
[[DATE_TIME:2025-02-11T09:22:40Z]] sshd[22391]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.46]] port 40022 ssh2""",
    """Full name: [[PERSON:Teodora Vasquez-Lin]] | Gender: Female | Age: [[AGE:29]] | Job title: Senior Claims Handler | Street: [[ADDRESS:5821 Larkspur Lane]] | Secondary: [[ADDRESS:Apt. 14]] | City: [[LOCATION:Tacoma]] | State: [[LOCATION:WA]] | ZIP: [[ZIP_CODE:98408]] | Phone: [[PHONE_NUMBER:253-660-9184]] | Email: [[EMAIL_ADDRESS:tvasquezlin@fastmail.com]] | Card: [[CREDIT_CARD:4532 7190 8634 2155]] | CVV: 318 | Exp: 09/27""",
    """Ticket INC-0048213 | Priority P2 | Reporter: [[PERSON:Devika Narayanan]] ([[EMAIL_ADDRESS:devika.narayanan@corvel-health.com]])
Summary: payslip portal returns 403 since [[DATE_TIME:Monday 3 Feb]]
Details: user [[USERNAME:dnarayanan]] gets "Access denied" from [[IP_ADDRESS:10.42.17.208]]; UA Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/121.0.0.0; device MAC 3C:22:FB:91:0A:7E. Staff no. [[ID_NUMBER:HR-204718]].""",
    """LOAN AGREEMENT. This Loan Agreement is entered into on [[DATE_TIME:March 3, 2025]] by and between Sunridge Federal Credit Union ("Lender") and [[PERSON:Bartholomew K. Osei]] ("Borrower"), residing at [[ADDRESS:1127 Fairmount Ave, Unit B]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19123]], SSN [[US_SSN:208-61-4479]], member number [[ID_NUMBER:0071839204]]. The principal amount of $18,500.00 shall be repaid in 48 monthly installments.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Hinemoa Reti]]   NHI: [[ID_NUMBER:PKT3728]]   DOB: [[DATE_TIME:02/09/1958]] ([[AGE:66]] y)
Admitted: [[DATE_TIME:14/01/2025 03:20]]   Discharged: [[DATE_TIME:19/01/2025]]
Diagnosis: community-acquired pneumonia, right lower lobe. Follow-up with GP [[PERSON:Dr Lachlan Fraser]] within 7 days. Home address: [[ADDRESS:22 Pūriri Road]], [[LOCATION:Whanganui]] [[ZIP_CODE:4501]].""",
    """{"customer_id": "[[ID_NUMBER:CU-2291847]]", "full_name": "[[PERSON:Nomvula Zungu]]", "dob": "[[DATE_TIME:1990-07-23]]", "email": "[[EMAIL_ADDRESS:nomvula.z@webmail.co.za]]", "phone": "[[PHONE_NUMBER:+27 82 614 3390]]", "address": {"line1": "[[ADDRESS:17 Jan Smuts Avenue]]", "suburb": "[[LOCATION:Parktown]]", "city": "[[LOCATION:Johannesburg]]", "postal_code": "[[ZIP_CODE:2193]]"}, "card_last4": "4417", "signup_ip": "[[IP_ADDRESS:41.13.88.202]]"}""",
    """The [[NRP:Sikh]] youth group led by [[PERSON:Gurpreet Kaur Dhillon]] will hold its fundraiser on [[DATE_TIME:Saturday 12 April]] at [[ADDRESS:34 Havelock Road]], [[LOCATION:Southall]]; bookings via [[EMAIL_ADDRESS:gurpreet.dhillon@yahoo.co.uk]].""",
    """Your recent transaction of ₹14,299 with card [[CREDIT_CARD:4917 6200 3815 9470]] at an online merchant was declined because the billing PIN code [[ZIP_CODE:560038]] did not match. Cardholder: [[PERSON:Sreeja Menon]], registered mobile [[PHONE_NUMBER:+91 99001 27384]].""",
    """Good morning [[PERSON:Prof. Adebayo Ogunleye]], this is a reminder that your external examiner visit is scheduled for [[DATE_TIME:27/05/2025, 09:00]]. Please confirm your staff number ([[ID_NUMBER:STF-88201]]) and bank details (IBAN [[IBAN_CODE:GB56 LOYD 3096 3417 4029 58]]) so that your fee can be processed.""",
    """Customer Verification Form
Title: [[TITLE:Mrs]]
First name: [[PERSON:Precious]]
Middle name: [[PERSON:Ngozi]]
Surname: [[PERSON:Adewale-Harris]]
Date of birth: [[DATE_TIME:Aug 14th 1984]]
Nationality: [[NRP:Nigerian]]
Passport no: [[ID_NUMBER:A09182736]]
Residential address: [[ADDRESS:Flat 22, Beaumont Court, 40 Upper Clapton Road]], [[LOCATION:London]], [[ZIP_CODE:E5 8BQ]]
Employer: Thames Valley Logistics Ltd""",
    """[[PERSON:Kaito]] reported that his Steam account [[USERNAME:kaito_shiba_88]] was accessed from [[IP_ADDRESS:2001:ee0:4a1b:7c20::3f]] on [[DATE_TIME:2025-01-29 at 23:58 JST]] and the email was changed to [[EMAIL_ADDRESS:k.shibata.backup@proton.me]]; the original address was [[EMAIL_ADDRESS:kaito.shibata@docomo.ne.jp]].""",
    """Employee onboarding record: employee_id [[ID_NUMBER:E-004471]], name [[PERSON:Oluwadamilola Fashola]], date_of_birth [[DATE_TIME:19-Mar-1996]], start_date [[DATE_TIME:06-Jan-2025]], department Procurement, blood_type O+, emergency_contact [[PERSON:Tunde Fashola]] [[PHONE_NUMBER:+234 802 517 9036]], tax_id [[ID_NUMBER:23178440019]].""",
    """Please wire the settlement to beneficiary [[PERSON:Maximilian Brandauer]], IBAN [[IBAN_CODE:AT44 2011 1829 4736 1052]], BIC GIBAATWWXXX, reference "Schaden 2024/118". His contact: [[EMAIL_ADDRESS:m.brandauer@gmx.at]], [[PHONE_NUMBER:+43 664 318 2207]].""",
    """Hey [[PERSON:Ishaan]], I set up your VPN profile. Username is [[USERNAME:ishaan.b]], temporary password Winter#2025!x, and the gateway will see your static IP [[IP_ADDRESS:49.36.118.204]]. Change the password at first login.""",
    """INSURANCE CLAIM FORM (Motor)
Policyholder: [[PERSON:Gabriel Moreau-Tshibangu]]
Policy no.: MTR-5518204
Date and time of incident: [[DATE_TIME:22/10/2024 17:45]]
Location: junction of Chaussée de Wavre and Rue du Trône, [[LOCATION:Ixelles]]
Vehicle registration: [[ID_NUMBER:1-GHT-482]]
Driver's licence no.: [[ID_NUMBER:9304172851]]
National number: [[ID_NUMBER:87.03.14-227.37]]
Third party: [[PERSON:Mrs Ingrid Vermeulen]], registration [[ID_NUMBER:2-ABC-917]]""",
    """We noticed a sign-in to your account ([[EMAIL_ADDRESS:ruthmbeki1971@gmail.com]]) from a new device: Samsung SM-A536B, Android 14, IP [[IP_ADDRESS:105.112.34.90]], [[LOCATION:Abuja]], [[LOCATION:Nigeria]], [[DATE_TIME:4 March 2025, 02:13]]. If this wasn't you, [[PERSON:Ruth]], reset your password immediately.""",
    """Re: Application for Rental – [[ADDRESS:Unit 9, 301 Great North Road]], [[LOCATION:Grey Lynn]]
Applicant 1: [[PERSON:Tevita Fifita]], DOB [[DATE_TIME:05.11.1991]], driver licence [[ID_NUMBER:DK482917]], ph [[PHONE_NUMBER:021 744 3318]]
Applicant 2: [[PERSON:Mele Fifita]], DOB [[DATE_TIME:22.02.1993]], passport [[ID_NUMBER:LM318204]]
Move-in requested: [[DATE_TIME:1 March]]; 2 children ([[AGE:4]] and [[AGE:7]]), no pets.""",
    """audit_log: actor=[[EMAIL_ADDRESS:fiona.mcbride@leithcouncil.gov.uk]] action=EXPORT_RECORDS target=resident:[[ID_NUMBER:R-0019384]] ip=[[IP_ADDRESS:194.83.71.12]] ts=[[DATE_TIME:2025-03-18T16:02:11+00:00]] result=DENIED reason=missing_role:records_admin""",
    """Greetings [[PERSON:Mr. Kwame Asamoah-Boadu]], we have received your visa fee of GHS 1,200 paid with card [[CREDIT_CARD:5527 1384 6092 5184]]. Your biometrics appointment is on [[DATE_TIME:Tuesday, 11 March 2025 at 08:15]]. Please bring your Ghana Card ([[ID_NUMBER:GHA-718204937-5]]).""",
    """The study enrolled participant [[PERSON:Zhou Xiaoming]], [[AGE:58]], male, of [[NRP:Chinese]] nationality, resident in [[LOCATION:Richmond]], [[LOCATION:British Columbia]]. Contact via [[EMAIL_ADDRESS:xm.zhou.58@hotmail.com]] or [[PHONE_NUMBER:604-273-8819]]. SIN provided for the honorarium: [[ID_NUMBER:527 190 433]].""",
    """Hello Support, I'm [[PERSON:Anneliese Vogt]] and I'm locked out. My username is [[USERNAME:a.vogt]] and the email on file should be [[EMAIL_ADDRESS:anneliese.vogt@posteo.de]]. I tried from my home network ([[IP_ADDRESS:93.211.45.180]]) and from my phone. Date of birth for verification: [[DATE_TIME:30.04.1979]].""",
    """Membership renewal: [[PERSON:Olamide Bankole-Reid]], member [[ID_NUMBER:M-77314]], renewed on [[DATE_TIME:17 Feb 2025]] with Amex [[CREDIT_CARD:3782 149056 31173]] (exp 11/28). Mailing address: [[ADDRESS:PO Box 4418]], [[LOCATION:Kingston]], [[LOCATION:Ontario]] [[ZIP_CODE:K7L 5A2]].""",
    """[[IP_ADDRESS:73.189.42.116]] - [[USERNAME:bchen]] [[[DATE_TIME:12/Mar/2025:14:22:08 -0700]]] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"
[[IP_ADDRESS:73.189.42.116]] - [[USERNAME:bchen]] [[[DATE_TIME:12/Mar/2025:14:22:31 -0700]]] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"
[[IP_ADDRESS:174.204.9.63]] - [[USERNAME:rgutierrez]] [[[DATE_TIME:12/Mar/2025:14:23:02 -0700]]] "GET /invoices/INV-20931.pdf HTTP/1.1" 200 88214 "-" "okhttp/4.12.0\"""",
    """Hello [[PERSON:Evangeline]], we've completed the trade-in of your vehicle (registration [[ID_NUMBER:KY71 WFD]]) and, as requested, the balance will be sent to your wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy rather than your bank account. For your records, your customer number is [[ID_NUMBER:CN-8830214]] and your date of birth is listed as [[DATE_TIME:2nd November 1969]].""",
    """Form 1040 summary (tax year 2024)
Taxpayer: [[PERSON:Gregory T. Lindqvist]]   SSN: [[US_SSN:412-58-9031]]
Spouse: [[PERSON:Amara Lindqvist]]   SSN: [[US_SSN:412-77-2045]]
Home address: [[ADDRESS:908 Prairie View Rd]], [[LOCATION:Sioux Falls]], [[LOCATION:SD]] [[ZIP_CODE:57106]]
Filing status: Married filing jointly
Dependents: [[PERSON:Elsa Lindqvist]] (age [[AGE:9]]), [[PERSON:Henrik Lindqvist]] (age [[AGE:6]])
Refund: direct deposit, routing 091408501, account [[ID_NUMBER:3318204719]]""",
    """Hi team, please add [[PERSON:Chiara Bellandi]] to the travel roster for the [[LOCATION:Nairobi]] workshop. Passport: [[ID_NUMBER:YB4827193]] ([[NRP:Italian]]), DOB [[DATE_TIME:1987-02-14]], mobile [[PHONE_NUMBER:+39 347 218 9904]], email [[EMAIL_ADDRESS:chiara.bellandi@unifi.it]]. She lands in [[LOCATION:Nairobi]] on [[DATE_TIME:6 April at 06:20]].""",
    """DS-82 renewal checklist for [[PERSON:Marcus J. Whitfield]]: current passport [[US_PASSPORT:A04817293]], issued 2015; new photo attached; mailing address [[ADDRESS:6120 Oakwood Dr, Apt 11]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27609]]; daytime phone [[PHONE_NUMBER:(919) 438-2276]]; DOB [[DATE_TIME:January 9, 1981]].""",
    """Driver record request. Name: [[PERSON:Rosalinda Treviño]]. Texas DL: [[US_DRIVER_LICENSE:41827395]]. DOB: [[DATE_TIME:10/30/1974]]. Address: [[ADDRESS:2417 Navigation Blvd]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77003]]. Requested by her attorney, [[PERSON:Daniel Ochoa]], [[EMAIL_ADDRESS:dochoa@ochoalawtx.com]].""",
    """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202503141022||ADT^A04|MSG00418|P|2.5
PID|1||[[ID_NUMBER:MRN0048213]]^^^STM^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIDI]]^[[PERSON:A]]||[[DATE_TIME:19750812]]|M|||[[ADDRESS:12 Harbour St]]^^[[LOCATION:Cape Town]]^^[[ZIP_CODE:8001]]^[[LOCATION:ZA]]||[[PHONE_NUMBER:+27 21 418 9920]]""",
    """EMPLOYMENT CONTRACT between Brightwater Analytics Ltd ("the Employer") and [[PERSON:Ms Roisin Delaney]] ("the Employee") of [[ADDRESS:Apartment 6, Dock Mill, 18 Barrow Street]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 Y9F2]]. PPS number: [[ID_NUMBER:3927104QA]]. Commencement date: [[DATE_TIME:3 March 2025]]. Salary: €58,000 per annum, paid monthly to the Employee's account [[IBAN_CODE:IE24 BOFI 9000 1748 2139 05]].""",
    """Could we move [[PERSON:Lucía Paredes]]'s counselling session from [[DATE_TIME:Wed 5th at 4pm]] to [[DATE_TIME:Thursday 6 March at 5:30pm]]? Her number is [[PHONE_NUMBER:07912 448 305]]; please don't leave a voicemail, text only. Her case worker is [[PERSON:Nasreen Haq]].""",
    """Statement of account. Customer: [[PERSON:Dimitri Papageorgiou]] | Account no.: [[ID_NUMBER:16-2049-1183]] | IBAN: [[IBAN_CODE:GB66 HBUK 4011 2873 9201 64]] | Correspondence: [[ADDRESS:71 Wellington Road]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 1QH]] | Statement period: 01/02/2025 to 28/02/2025 | Closing balance: £2,418.06""",
    """New patient registration (bulk-billed). Name: [[PERSON:Phuong Anh Tran]]. DOB [[DATE_TIME:3/11/2001]]. Medicare card [[ID_NUMBER:2948 17305 1]], IRN 2. Address [[ADDRESS:Unit 4, 18 Hume Highway]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]. Mobile [[PHONE_NUMBER:0468 220 917]]. Preferred language: Vietnamese.""",
    """Member profile: [[PERSON:Lindiwe Khumalo]] (ID [[ID_NUMBER:9509230317084]]), a [[AGE:29]]-year-old female from [[LOCATION:Durban]], joined on [[DATE_TIME:2023-06-01]]. Preferred contact [[EMAIL_ADDRESS:lindiwe.khumalo@icloud.com]]; alternate [[PHONE_NUMBER:+27 73 018 4452]]; account holder for debit order: [[ID_NUMBER:62849102733]].""",
    """KYC form. Applicant: [[PERSON:Sneha Vinayak Kulkarni]]. Father's name: [[PERSON:Vinayak Kulkarni]]. DOB: [[DATE_TIME:07/12/1992]]. Aadhaar: [[ID_NUMBER:4816 3072 9152]]. PAN: [[ID_NUMBER:AKZPK4471M]]. Address: [[ADDRESS:Flat 302, Sai Residency, Plot 18, Sector 11]], [[LOCATION:Kharghar]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:410210]], [[LOCATION:Maharashtra]]. Mobile: [[PHONE_NUMBER:98201 47736]].""",
    """Student [[PERSON:Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER:T0419683F]], has been admitted to the Diploma in Nursing, intake [[DATE_TIME:April 2025]]. Parent/guardian: [[PERSON:Rahman bin Yusof]], [[PHONE_NUMBER:9734 1826]]. Address: [[ADDRESS:Blk 512 Tampines Street 52, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:520512]].""",
    """Loan application (salary loan). Borrower: [[PERSON:Rodel Macaraeg]]. SSS No.: [[ID_NUMBER:34-1829374-5]]. PhilHealth No.: [[ID_NUMBER:19-205184729-3]]. TIN: [[ID_NUMBER:418-293-817-000]]. Address: [[ADDRESS:Blk 7 Lot 22 Mabini St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo City]], [[LOCATION:Rizal]] [[ZIP_CODE:1870]]. Contact: [[PHONE_NUMBER:0928 661 4073]]. Employer: Northpoint BPO Solutions Inc.""",
    """Dear [[PERSON:Mr. Gurinder Bains]], your Ontario driver's licence [[ID_NUMBER:B0418-27735-60812]] will expire on your birthday, [[DATE_TIME:June 8]]. Your SIN on file is [[ID_NUMBER:718 304 520]]. You can renew online using the address we have on record: [[ADDRESS:88 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]].""",
    """Dear [[PERSON:Dr Okonjo]], I saw your patient [[PERSON:Mrs Beatrice Ansah]] (NHS number [[ID_NUMBER:943 210 5873]], DOB [[DATE_TIME:12.01.1949]]) in the falls clinic on [[DATE_TIME:20 February 2025]]. She lives alone at [[ADDRESS:9 Ormskirk Road]], [[LOCATION:Wigan]] [[ZIP_CODE:WN5 9DB]] and her daughter, [[PERSON:Abena]], visits daily.""",
    """M-PESA confirmed. QF83KX71LP. Ksh 3,500.00 sent to [[PERSON:JOSEPH MWANGI KARIUKI]] [[PHONE_NUMBER:0711 294 608]] on [[DATE_TIME:14/2/25 at 7:42 PM]]. New M-PESA balance is Ksh 1,218.50. Transaction cost, Ksh 53.00.""",
    """event=password_reset_requested user_id=[[ID_NUMBER:u_48219034]] email=[[EMAIL_ADDRESS:tomasz.grabowski@o2.pl]] ip=[[IP_ADDRESS:83.27.144.9]] country=[[LOCATION:PL]] at=[[DATE_TIME:2025-03-02T20:17:45Z]] ua="Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0" token_sent=true""",
    """IN THE ESTATE OF [[PERSON:WINIFRED MAE THORNBURY]], deceased, late of [[ADDRESS:14 Gorse Hill Crescent]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 1DE]], who died on [[DATE_TIME:9 December 2024]]. Any person having a claim against the estate should send particulars to the executor, [[PERSON:Philip Thornbury]], c/o Marlow & Fenn Solicitors, by the date given below.""",
    """Hotel registration card. Guest: [[PERSON:Santiago Ibarra Olmedo]]. Nationality: [[NRP:Argentinian]]. Passport: [[ID_NUMBER:AAE482917]]. Arrival: [[DATE_TIME:18/04/2025]]. Departure: [[DATE_TIME:23/04/2025]]. Home address: [[ADDRESS:Av. Corrientes 2340, Piso 5 B]], [[LOCATION:Buenos Aires]], [[LOCATION:Argentina]]. Card guarantee: [[CREDIT_CARD:5454 1902 3776 4815]].""",
    """hey it's [[PERSON:Dev]] from IT, your new laptop is imaged. hostname LT-0418-FIN, MAC a4:83:e7:2b:91:0c, it'll pick up [[IP_ADDRESS:10.20.4.57]] on the office wifi. login is your usual [[USERNAME:mokonkwo]], temp pw is Pumpkin-Seed-42.""",
    """Vet referral letter. Patient: "Maximus", 6-year-old male neutered German Shepherd. Owner: [[PERSON:Mr. Arturo Benítez]], [[ADDRESS:4410 W Camelback Rd, Apt 207]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85019]], [[PHONE_NUMBER:(602) 841-3307]]. Client no. [[ID_NUMBER:118204]]. Referred for TPLO surgery consult on [[DATE_TIME:3/20/2025 at 2:00 PM]].""",
    """Our records show that [[PERSON:Siddharth Rao]] (username [[USERNAME:sidrao_dev]], profile [[URL:https://github.com/sidrao-dev]], email [[EMAIL_ADDRESS:sid.rao.dev@gmail.com]]) opened a pull request from [[IP_ADDRESS:2409:4070:2d1f:88a0:5c3e:1b22:94f0:7a61]] that included an AWS secret key; the key has been rotated and the user notified.""",
    """Claimant [[PERSON:Ngozi Eze-Hamilton]], DOB [[DATE_TIME:1979/03/22]], reports that on the evening of [[DATE_TIME:14 December 2024]] her handbag was snatched on Deansgate, [[LOCATION:Manchester]]. Items lost: iPhone 14, purse containing Visa debit card [[CREDIT_CARD:4127 9854 0317 6623]] and driving licence [[ID_NUMBER:EZEHA753229NG9MK]]. Claim ref PL-20418-Z.""",
    """In the consultation on [[DATE_TIME:18th March 2025]], [[PERSON:Ms. Delphine Achterberg]] will go over the results of her genetic screening. Recorded attributes: height 168 cm, eye colour hazel, age [[AGE:41]]. Send the summary to [[EMAIL_ADDRESS:d.achterberg@kpnmail.nl]] and not to her work address.""",
    """RP/LON1A0955/LON1A0955            AA/SU  14MAR25/1022Z   X7KQ2M
  1.[[PERSON:MENSAH]]/[[PERSON:KOFI]] [[TITLE:MR]]   2.[[PERSON:MENSAH]]/[[PERSON:ABENA]] [[TITLE:MRS]]
  3  BA 081 Y [[DATE_TIME:22APR]] 2 LHRACC HK2  1410 2125   *1A/E*
  4 AP [[PHONE_NUMBER:+447834120955]]
  5 APE [[EMAIL_ADDRESS:kofi.mensah@ntlworld.com]]
  6 SSR DOCS BA HK1 P/GHA/[[ID_NUMBER:G2918374]]/GHA/[[DATE_TIME:12MAY80]]/M/15JAN30/[[PERSON:MENSAH]]/[[PERSON:KOFI]]/P1""",
    """:20:FT25073XK19002
:32A:250314GBP4250,00
:50K:/[[IBAN_CODE:GB24MIDL07024681935027]]
[[PERSON:AHMED YASIN FAROOQ]]
[[ADDRESS:27 ST MARKS ROAD]]
[[LOCATION:BIRMINGHAM]] [[ZIP_CODE:B67 5QL]]
:59:/[[IBAN_CODE:DE09700202700614928375]]
[[PERSON:LENA KRÜGER]]
[[ADDRESS:AUGUSTENSTRASSE 61]]
[[ZIP_CODE:80333]] [[LOCATION:MUENCHEN]]
:70:RENT APRIL 2025
:71A:SHA""",
    """From: [[PERSON:Harriet Osei-Bonsu]] <[[EMAIL_ADDRESS:harriet.oseibonsu@gmail.com]]>
Sent: [[DATE_TIME:Tuesday, March 4, 2025 9:12 AM]]
To: Admissions <admissions@stcuthbertsacademy.org.uk>
Subject: In-year transfer for Kwesi

Hello, I'd like to apply for a Year 8 place for my son [[PERSON:Kwesi Osei-Bonsu]] (DOB [[DATE_TIME:21/09/2011]], UPN [[ID_NUMBER:H801200012048]]). We moved to [[ADDRESS:6 Langdale Close]], [[LOCATION:Gateshead]] [[ZIP_CODE:NE9 6QT]] last month. My mobile is [[PHONE_NUMBER:07401 229 877]].""",
    """Incident report 25-004417. Reporting officer: [[TITLE:Sgt.]] [[PERSON:Maria Kowalski]], badge [[ID_NUMBER:4417]]. At [[DATE_TIME:23:50 on 1 March 2025]] officers attended [[ADDRESS:19B Canal Street]], [[LOCATION:Nottingham]] following a call from the occupant, [[PERSON:Leon Mbatha]] ([[AGE:33]]), who reported a burglary in progress. Suspect description: white male, 20s, grey hoodie.""",
    """Rx# 7734102  STORE 0418
[[PERSON:GONZALEZ]], [[PERSON:ALMA R]]   DOB [[DATE_TIME:05/17/1953]]
[[ADDRESS:302 E Juniper Ave]] [[LOCATION:Pharr]] [[LOCATION:TX]] [[ZIP_CODE:78577]]
LISINOPRIL 10MG TAB  QTY 30  TAKE 1 TABLET BY MOUTH DAILY
Prescriber: [[TITLE:DR.]] [[PERSON:HOLLIS P. KINCAID]]  REFILLS: 2""",
    """OFFER TO PURCHASE. Property: [[ADDRESS:37 Wattle Grove]], [[LOCATION:Kenmore]] [[LOCATION:QLD]] [[ZIP_CODE:4069]]. Buyers: [[PERSON:Aditya Bansal]] and [[PERSON:Meghan Cooper-Bansal]]. Seller: [[PERSON:Ronald Pickering]]. Purchase price: $1,085,000. Settlement date: [[DATE_TIME:30 May 2025]]. Buyer's solicitor contact: [[PERSON:Grace Liu]], [[PHONE_NUMBER:0417 338 925]].""",
    """Welcome to Peak Fitness! Member: [[PERSON:Obinna Chukwu]] | Member ID: [[ID_NUMBER:PF-0300817]] | DOB: [[DATE_TIME:1998-12-02]] | Plan: Off-peak, 12 months | Direct debit from account [[ID_NUMBER:48820193]] | Emergency contact: [[PERSON:Adaeze Chukwu]] ([[PHONE_NUMBER:07958 302 114]]) | Induction booked: [[DATE_TIME:Thu 13 Mar, 18:30]]""",
    """CASE NO. 2025-CV-01183. Plaintiff [[PERSON:Lorraine Buckley]] v. Defendant [[PERSON:Curtis Ray Hollins]]. AFFIDAVIT OF SERVICE: I served the summons on [[PERSON:Curtis Ray Hollins]] personally at [[ADDRESS:1620 Old Hickory Blvd, Lot 14]], [[LOCATION:Nashville]], [[LOCATION:TN]] [[ZIP_CODE:37207]] on [[DATE_TIME:February 26, 2025 at 6:05 p.m.]] Process server: [[PERSON:Wendell Pryor]].""",
    """{"export_version": "2.1", "user": {"username": "[[USERNAME:sunny_side_sam]]", "display_name": "[[PERSON:Samantha]]", "email": "[[EMAIL_ADDRESS:sam.okwuosa@outlook.com]]", "birthdate": "[[DATE_TIME:1994-08-30]]", "phone": "[[PHONE_NUMBER:+1 647 902 3381]]", "city": "[[LOCATION:Toronto]]", "religion": "[[NRP:Christian]]", "last_active": "[[DATE_TIME:2025-03-09T22:41:07Z]]", "last_ip": "[[IP_ADDRESS:99.231.18.44]]", "linked_profile": "[[URL:https://www.instagram.com/sunny_side_sam/]]"}}""",
    """Transcript request: please send an official transcript for [[PERSON:Moshe Abramovitz]], student number [[ID_NUMBER:20184417]], who attended from [[DATE_TIME:September 2018]] to [[DATE_TIME:June 2022]], to [[ADDRESS:2900 Bedford Ave]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11210]]. Former name: [[PERSON:Moshe Abramov]]. Payment made with Discover [[CREDIT_CARD:6011 0573 9284 6204]].""",
    """Bond lodgement. Tenants: [[PERSON:Rangi Walker]] (DOB [[DATE_TIME:14/06/1988]]) and [[PERSON:Chelsea Tan]] (DOB [[DATE_TIME:02/02/1990]]). Premises: [[ADDRESS:2/45 Cambridge Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]]. Bond: $2,640. Refund account: BSB 063-182, account no. [[ID_NUMBER:1048 2273]], name [[PERSON:R Walker]].""",
    """Please confirm [[PERSON:Hamza Qureshi]]'s attendance at the [[LOCATION:Leeds]] workshop on [[DATE_TIME:April 9th]]; his badge should read "[[PERSON:Hamza Q.]]", and dietary needs are halal. He is travelling from [[LOCATION:Bradford]] and can be reached on [[PHONE_NUMBER:07716 540 228]].""",
    """Our security team detected that the account [[USERNAME:liam.oconnell]] signed in from two places within ten minutes: [[IP_ADDRESS:78.16.231.4]] ([[LOCATION:Cork]], [[LOCATION:Ireland]]) at [[DATE_TIME:08:02 UTC on 7 March]] and [[IP_ADDRESS:196.251.72.18]] ([[LOCATION:Lagos]], [[LOCATION:Nigeria]]) at [[DATE_TIME:08:11 UTC on 7 March]]. Device MAC 00:1A:2B:3C:4D:5E was not previously seen.""",
    """Vehicle licence renewal for [[PERSON:Mr. Thabo Molefe]], ID [[ID_NUMBER:0106115942083]]. Registration number: [[ID_NUMBER:HX 42 TP GP]]. Postal address: [[ADDRESS:PO Box 11820]], [[LOCATION:Hatfield]], [[ZIP_CODE:0028]]. Cellphone: [[PHONE_NUMBER:082 417 3350]]. Licence fee R 588.00 paid.""",
    """Manifest line 14: consignee [[PERSON:Abdirahman Hassan Farah]], [[ADDRESS:Flat 9, 120 Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1JE]], tel [[PHONE_NUMBER:+44 20 7247 0931]], 2 cartons household goods, tracking 1Z84X7W90314428117, customs value £240.""",
    """Following your call, [[PERSON:Ms Amelia Featherstonehaugh]], I have updated your contact details: new home phone [[PHONE_NUMBER:01865 557 204]], new address [[ADDRESS:The Old Rectory, Mill Lane]], [[LOCATION:Kidlington]], [[LOCATION:Oxfordshire]] [[ZIP_CODE:OX5 2EJ]]. Your customer reference remains [[ID_NUMBER:CR00718244]].""",
    """Police clearance application. Surname: [[PERSON:Adeyemi-Cole]]. Given names: [[PERSON:Temitope Oluwaseyi]]. Date of birth: [[DATE_TIME:29 February 1996]]. Place of birth: [[LOCATION:Ibadan]], [[LOCATION:Nigeria]]. Previous addresses in the last five years: [[ADDRESS:44 Corporation Street]], [[LOCATION:Coventry]] [[ZIP_CODE:CV1 1GF]]; [[ADDRESS:Room 3, 8 Hillfields Road]], [[LOCATION:Coventry]] [[ZIP_CODE:CV1 5FR]].""",
    """Security alert for [[PERSON:Bao Ngoc Pham]]: a new payee was added to your account [[ID_NUMBER:0381 2290 4471]] from IP [[IP_ADDRESS:115.79.142.63]] on [[DATE_TIME:2025-03-12 at 06:48]]. Payee: [[PERSON:Tran Van Long]], account [[ID_NUMBER:1029384756]]. If you did not do this, call the number on the back of your card.""",
    """Attendance exception: [[PERSON:Léonie Baptiste]] (Grade 10, student #[[ID_NUMBER:S0098213]]) was marked absent on [[DATE_TIME:Feb 24]] and [[DATE_TIME:Feb 25]]. Parent [[PERSON:Jean-Robert Baptiste]] called from [[PHONE_NUMBER:(718) 402-6651]] to report illness; note received.""",
    """Credit check consent. I, [[PERSON:Paulo Tuimavave]], born [[DATE_TIME:11 October 1985]], of [[ADDRESS:14 Hinemoa Street]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]], consent to Kiwi Rentals obtaining a credit report. Driver licence: [[ID_NUMBER:EB418293]] version 212. Signed [[DATE_TIME:06/03/2025]].""",
    """Device enrolment: owner [[EMAIL_ADDRESS:yara.haddad@cedarlegal.com]], serial C02FK3JXMD6R, model MacBook Air (M2), MAC 8c:85:90:1f:44:a2, assigned IPv4 [[IP_ADDRESS:172.16.8.121]], enrolled [[DATE_TIME:2025-02-17 10:04]] by [[USERNAME:it-admin-jm]]. Owner display name: [[PERSON:Yara Haddad]].""",
    """Patient [[PERSON:Hemant Chaudhary]] (UHID [[ID_NUMBER:AIIMS/2024/883107]]), [[AGE:71]] years, male, was brought to casualty by his son [[PERSON:Nikhil]] ([[PHONE_NUMBER:+91 98111 63057]]) on [[DATE_TIME:8/1/2025 at 02:40 hrs]] with acute breathlessness. Address: [[ADDRESS:C-114, Sarita Vihar]], [[LOCATION:New Delhi]] [[ZIP_CODE:110076]].""",
    """Application for overdraft. Name: [[PERSON:Cormac Ó Súilleabháin]]. Date of birth: [[DATE_TIME:03-Apr-1983]]. Address: [[ADDRESS:Ard na Gréine, 12 Sea Road]], [[LOCATION:Dungarvan]], [[LOCATION:Co. Waterford]], [[ZIP_CODE:X35 FD21]]. Current account: [[IBAN_CODE:IE54AIBK93384120571948]]. Annual income: €47,500. Employer: Déise Engineering Ltd.""",
    """The court clerk noted that [[PERSON:Desmond Achebe-Walsh]], [[AGE:19]], appeared on [[DATE_TIME:27 January 2025]] represented by duty solicitor [[PERSON:Fiona Gallacher]]; bail was granted on condition that he resides at [[ADDRESS:5 Crathie Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 7XF]] and reports to the police office on Mondays.""",
    """[[PERSON:Yesenia Marroquín]] from [[LOCATION:Montgomery County]], [[LOCATION:Maryland]] (zip [[ZIP_CODE:20906]]) wants to know why her property tax bill went to her old address, [[ADDRESS:11402 Georgia Ave, Apt 3]]; please update it to [[ADDRESS:2215 Bel Pre Rd]] and send confirmation to [[EMAIL_ADDRESS:ymarroquin.md@gmail.com]].""",
    """HOMEOWNERS CLAIM – FIRST NOTICE OF LOSS
Claim no.: HO-25-0031874
Insured: [[PERSON:Randall]] & [[PERSON:Cheryl Pettigrew]]
Risk address: [[ADDRESS:77 Hollow Creek Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28805]]
Date of loss: [[DATE_TIME:09/27/2024]]
Cause: wind / fallen tree (Hurricane Helene)
Contact: [[PERSON:Cheryl Pettigrew]], cell [[PHONE_NUMBER:828-301-7742]], [[EMAIL_ADDRESS:cherylpettigrew@charter.net]]
Mortgagee: Blue Ridge Savings Bank, loan no. [[ID_NUMBER:0044183920]]""",
    """{"level":"warn","ts":"[[DATE_TIME:2025-03-15T11:04:09.331Z]]","svc":"checkout","msg":"card declined","user_email":"[[EMAIL_ADDRESS:p.nakamura@icloud.com]]","user_id":"[[ID_NUMBER:cus_7Hq2LmX91]]","client_ip":"[[IP_ADDRESS:126.114.35.200]]","pan_last4":"7402","amount":"¥12,800","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}""",
    """Candidate details. Name: [[PERSON:Faith Wairimu Njoroge]]. ID No.: [[ID_NUMBER:31840275]]. KRA PIN: [[ID_NUMBER:A012948371K]]. NHIF: [[ID_NUMBER:R2849103]]. Postal address: [[ADDRESS:P.O. Box 2817-00100]], [[LOCATION:Nairobi]]. Phone: [[PHONE_NUMBER:+254 712 408 339]]. Date available to start: [[DATE_TIME:1st April 2025]].""",
    """Could you send the updated consent forms to [[PERSON:Ingrid Solberg]] at [[EMAIL_ADDRESS:ingrid.solberg@online.no]] before her procedure on [[DATE_TIME:Monday the 17th]]? She asked that we not call her landline ([[PHONE_NUMBER:+47 22 81 40 97]]) because her mother answers it.""",
    """Medicare beneficiary: [[PERSON:Clarence Edward Dupree]] | MBI [[ID_NUMBER:1EG4-TE5-MK73]] | DOB [[DATE_TIME:07/04/1946]] | Part A effective [[DATE_TIME:07/01/2011]] | Mailing: [[ADDRESS:RR 2 Box 118]], [[LOCATION:Opelousas]], [[LOCATION:LA]] [[ZIP_CODE:70570]] | Phone [[PHONE_NUMBER:337-948-2016]]""",
    """Schengen visa application. Surname: [[PERSON:Raghavan]]. First name(s): [[PERSON:Meenakshi]]. Date of birth: [[DATE_TIME:23-11-1990]]. Place of birth: [[LOCATION:Madurai]]. Current nationality: [[NRP:Indian]]. Passport number: [[ID_NUMBER:V4182937]]. Intended date of arrival: [[DATE_TIME:02-06-2025]]. Host in [[LOCATION:Germany]]: [[PERSON:Dr. Anja Leitner]], [[ADDRESS:Marienplatz 8]], [[ZIP_CODE:93047]] [[LOCATION:Regensburg]].""",
    """VOTER REGISTRATION. Name: [[PERSON:Darius Jamal Whitaker]]. Residence: [[ADDRESS:4802 Baltimore Ave, Apt 2F]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19143]]. DOB: [[DATE_TIME:May 30, 2005]]. PennDOT ID: [[US_DRIVER_LICENSE:32918407]]. Party: [[NRP:Democratic]]. Previously registered in [[LOCATION:Delaware County]].""",
    """Case note: [[PERSON:Kayden]] ([[AGE:5]]) and [[PERSON:Mia Ridgeway]] ([[AGE:3]]) were placed with kinship carer [[PERSON:Mrs Lorraine Ridgeway]] (maternal grandmother) at [[ADDRESS:31 Alder Way]], [[LOCATION:Telford]] [[ZIP_CODE:TF3 1LP]] on [[DATE_TIME:12/02/2025]]. Social worker: [[PERSON:Priti Mistry]], direct line [[PHONE_NUMBER:01952 384 210]].""",
    """Onboarding – crypto exchange. Name: [[PERSON:Noémie Favre]]. Address: [[ADDRESS:Rue de Carouge 46]], [[ZIP_CODE:1205]] [[LOCATION:Genève]], [[LOCATION:Switzerland]]. AHV no.: [[ID_NUMBER:756.4819.3027.53]]. Bank: [[IBAN_CODE:CH59 0023 5418 2703 6451 9]]. Wallet: bc1q9h7garjp0k5mvt3j0e4r8lqs4wz6xh2nm8c3ya. Tier 2 verified on [[DATE_TIME:2025-01-08]].""",
    """Hi [[PERSON:Rhys]], your Avios account [[ID_NUMBER:3081 4472 90]] has been updated. New email: [[EMAIL_ADDRESS:rhys.pritchard@icloud.com]]. New address: [[ADDRESS:2 Maes yr Haf]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 3HN]]. If you didn't make these changes on [[DATE_TIME:11 March]], let us know.""",
    """Received: from mail-ej1-f54.google.com ([[IP_ADDRESS:209.85.218.54]])
X-Originating-IP: [[[IP_ADDRESS:37.228.205.19]]]
From: "[[PERSON:Orla Kinsella]]" <[[EMAIL_ADDRESS:orla.kinsella88@gmail.com]]>
Date: [[DATE_TIME:Sun, 9 Mar 2025 21:47:12 +0000]]
Subject: Re: viewing on Thursday - [[ADDRESS:14 Griffith Avenue]]""",
    """Patient transfer note. [[PERSON:Sultana Begum]], [[AGE:82]], NHS no. [[ID_NUMBER:601 238 8748]], speaks Sylheti only; interpreter needed. Daughter-in-law [[PERSON:Rupa Miah]] is the main contact on [[PHONE_NUMBER:07403 981 226]]. Transferred from ward 12 to [[LOCATION:Tower Hamlets]] community rehab on [[DATE_TIME:06/03/2025 at 14:00]].""",
    """Hey [[PERSON:Nikolai]], as discussed: prod DB user is [[USERNAME:nvolkov_ro]], password Tr0ub4dor&3x, host [[IP_ADDRESS:10.8.0.12]] (internal), and your bastion IP allowlisted is [[IP_ADDRESS:95.165.88.23]]. Your employee number for the access form is [[ID_NUMBER:00571]].""",
    """Fiche client. Nom : [[PERSON:Dubois-Mbarga]]. Prénom : [[PERSON:Clarisse]]. Née le : [[DATE_TIME:02/06/1985]] à [[LOCATION:Paris]] (14e). N° de sécurité sociale : [[ID_NUMBER:2 85 06 75 114 408 66]]. Adresse : [[ADDRESS:23 rue Daguerre, bât. B]], [[ZIP_CODE:75014]] [[LOCATION:Paris]]. IBAN : [[IBAN_CODE:FR67 2004 1010 0505 1284 9K02 601]]. Portable : [[PHONE_NUMBER:07 81 42 96 30]].""",
    """Bonjour [[TITLE:Mme]] [[PERSON:Aït-Ahmed]], votre compte [[USERNAME:nadia.aitahmed]] a été connecté depuis l'adresse IP [[IP_ADDRESS:90.112.45.201]] le [[DATE_TIME:12 mars 2025 à 23 h 14]]. S'il ne s'agit pas de vous, contactez-nous au 09 69 32 15 15 ou écrivez à securite@banquedelest.fr.""",
    """Antrag auf Kindergeld. Antragsteller: [[PERSON:Tobias Wendler]], geb. [[DATE_TIME:14.08.1986]], Steuer-ID [[ID_NUMBER:29 481 735 610]]. Anschrift: [[ADDRESS:Am Kirchberg 5a]], [[ZIP_CODE:35037]] [[LOCATION:Marburg]]. Kind: [[PERSON:Mila Wendler]], geb. [[DATE_TIME:03.01.2025]]. Auszahlung auf [[IBAN_CODE:DE91500105175407324958]].""",
    """[[DATE_TIME:2025-03-04 08:12:55]] INFO  Anmeldung erfolgreich: Benutzer=[[USERNAME:k.oezdemir]] IP=[[IP_ADDRESS:91.64.203.18]] Name="[[PERSON:Kübra Özdemir]]"
[[DATE_TIME:2025-03-04 08:13:40]] WARN  Passwort geändert: Benutzer=[[USERNAME:k.oezdemir]] neue E-Mail=[[EMAIL_ADDRESS:kuebra.oezdemir@web.de]]""",
    """Solicitud de alquiler. Inquilino: [[PERSON:Andrea Costa Ribeiro]], NIE [[ID_NUMBER:X4827193E]], nacida el [[DATE_TIME:9 de julio de 1994]]. Vivienda: [[ADDRESS:Calle de Embajadores 112, 4.º B]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]]. Fianza a devolver en [[IBAN_CODE:ES65 0182 4021 5504 8771 9236]]. Teléfono: [[PHONE_NUMBER:+34 655 204 718]]. Avalista: [[PERSON:Joaquim Costa]].""",
    """Reclamación de siniestro n.º AUT-2025-004417. Asegurado: [[PERSON:Rodrigo Sánchez Villalobos]], RFC [[ID_NUMBER:SAVR850612H45]], domicilio [[ADDRESS:Av. Insurgentes Sur 1602, int. 8]], [[LOCATION:Crédito Constructor]], [[ZIP_CODE:03940]] [[LOCATION:Ciudad de México]]. Fecha del accidente: [[DATE_TIME:3 de marzo de 2025, 19:20 h]]. Placas: [[ID_NUMBER:NXR-428-B]]. Celular: [[PHONE_NUMBER:55 4182 9031]].""",
    """Estimado [[PERSON:Dr. Ignacio Berrocal]]: le confirmamos el cargo de 189,00 € a su tarjeta [[CREDIT_CARD:4023 6091 5587 2313]] por la inscripción al congreso del [[DATE_TIME:22 de mayo]]. Su usuario en la plataforma es [[USERNAME:iberrocal]] y su DNI registrado, [[ID_NUMBER:70135842X]].""",
    """Participação de sinistro automóvel. Tomador: [[PERSON:Inês Margarida Lopes]], NIF [[ID_NUMBER:237184656]], residente na [[ADDRESS:Avenida da República, 88, 3.º Dto.]], [[ZIP_CODE:1050-210]] [[LOCATION:Lisboa]]. Matrícula: [[ID_NUMBER:AB-12-XQ]]. Data e hora: [[DATE_TIME:21/02/2025, 08h35]]. Condutor do outro veículo: [[PERSON:Rui Pedrosa]], telemóvel [[PHONE_NUMBER:912 438 077]]. IBAN para reembolso: [[IBAN_CODE:PT50 0035 0697 0003 8462 8158 9]].""",
    """Cadastro de cliente. Nome completo: [[PERSON:Thiago Henrique Moura]]. CPF: [[ID_NUMBER:735.402.198-97]]. RG: [[ID_NUMBER:48.271.903-6]]. Data de nascimento: [[DATE_TIME:17/09/1991]]. Endereço: [[ADDRESS:Rua Augusta, 1508, conj. 42]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]]/[[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]]. E-mail: [[EMAIL_ADDRESS:thiago.moura91@uol.com.br]]. Celular: [[PHONE_NUMBER:(11) 98217-4406]].""",
]

TABLE = [
    """claim_id,policy_no,claimant,dob,incident_date,postcode,peril,amount_gbp,status
CLM-88120,HP-204418,[[PERSON:Samira Haddad]],[[DATE_TIME:1982-04-11]],[[DATE_TIME:2025-01-06]],[[ZIP_CODE:M14 5TL]],escape of water,1240.00,open
CLM-88121,MT-771092,[[PERSON:Owen Price-Llewellyn]],[[DATE_TIME:1969-09-30]],[[DATE_TIME:2025-01-07]],[[ZIP_CODE:CF5 1QA]],collision,3875.50,assessing
CLM-88122,HP-198305,[[PERSON:Grace Obi]],[[DATE_TIME:1990-12-02]],[[DATE_TIME:2025-01-07]],[[ZIP_CODE:SE15 4RS]],theft,610.00,settled
CLM-88123,TR-300047,[[PERSON:Julian Ferreira]],[[DATE_TIME:1977-03-19]],[[DATE_TIME:2024-12-29]],[[ZIP_CODE:BN2 0JX]],cancellation,1998.00,declined""",
    """| Unit | Tenant | Mobile | Lease start | Rent (£/pcm) | Deposit scheme |
|------|--------|--------|-------------|--------------|----------------|
| [[ADDRESS:Flat 1]] | [[PERSON:Kamala Sethi]] | [[PHONE_NUMBER:07384 219 660]] | [[DATE_TIME:01/09/2023]] | 1,150 | DPS |
| [[ADDRESS:Flat 2]] | [[PERSON:Bogdan Ionescu]] | [[PHONE_NUMBER:07517 402 883]] | [[DATE_TIME:15/03/2024]] | 1,095 | TDS |
| [[ADDRESS:Flat 3]] | vacant | | | 1,150 | |
| [[ADDRESS:Flat 4]] | [[PERSON:Ellie-Mae Cartwright]] | [[PHONE_NUMBER:07922 630 415]] | [[DATE_TIME:01/11/2024]] | 1,240 | DPS |""",
    """student_no\tfirst_name\tlast_name\tyear\tdob\tguardian\tguardian_mobile\tSEN
[[ID_NUMBER:240117]]\t[[PERSON:Ayaan]]\t[[PERSON:Chowdhury]]\t7\t[[DATE_TIME:2013-02-14]]\t[[PERSON:Shamima Chowdhury]]\t[[PHONE_NUMBER:07862 114 903]]\tN
[[ID_NUMBER:240118]]\t[[PERSON:Freya]]\t[[PERSON:McLeod]]\t7\t[[DATE_TIME:2012-10-03]]\t[[PERSON:Alasdair McLeod]]\t[[PHONE_NUMBER:07700 461 282]]\tY
[[ID_NUMBER:240119]]\t[[PERSON:Oluwatobi]]\t[[PERSON:Ajayi]]\t7\t[[DATE_TIME:2013-06-27]]\t[[PERSON:Bisi Ajayi]]\t[[PHONE_NUMBER:07498 337 051]]\tN
[[ID_NUMBER:240120]]\t[[PERSON:Zofia]]\t[[PERSON:Kaczmarek]]\t7\t[[DATE_TIME:2013-01-09]]\t[[PERSON:Agnieszka Kaczmarek]]\t[[PHONE_NUMBER:07311 908 246]]\tN""",
    """PAX NAME                 PASSPORT     NATIONALITY  DOB          SEAT
[[PERSON:O'SULLIVAN/CATHAL]]        [[ID_NUMBER:PE4418293]]    [[NRP:Irish]]        [[DATE_TIME:14MAR1979]]    12A
[[PERSON:O'SULLIVAN/DEIRDRE]]       [[ID_NUMBER:PE4418307]]    [[NRP:Irish]]        [[DATE_TIME:02AUG1981]]    12B
[[PERSON:NAKASHIMA/REN]]            [[ID_NUMBER:TK8203917]]    [[NRP:Japanese]]     [[DATE_TIME:30NOV1995]]    14C
[[PERSON:ABDULLAHI/HAUWA]]          [[ID_NUMBER:B02918847]]    [[NRP:Nigerian]]     [[DATE_TIME:19JUL1988]]    21F""",
    """{"client_id": "[[ID_NUMBER:V-10482]]", "owner": "[[PERSON:Marguerite Oyelaran]]", "pet": "Rolo", "species": "dog", "phone": "[[PHONE_NUMBER:0161 498 2270]]", "next_visit": "[[DATE_TIME:2025-03-18 09:40]]", "reason": "dental"}
{"client_id": "[[ID_NUMBER:V-10483]]", "owner": "[[PERSON:Hamish Baird]]", "pet": "Juniper", "species": "cat", "phone": "[[PHONE_NUMBER:07421 850 336]]", "next_visit": "[[DATE_TIME:2025-03-18 10:00]]", "reason": "booster"}
{"client_id": "[[ID_NUMBER:V-10484]]", "owner": "[[PERSON:Yetunde Balogun]]", "pet": "Pip", "species": "rabbit", "phone": "[[PHONE_NUMBER:07889 010 472]]", "next_visit": "[[DATE_TIME:2025-03-19 15:20]]", "reason": "nail clip"}""",
    """matter: 2025/LIT/0412
type: residential possession claim
client:
  name: [[PERSON:Gordon Fairweather]]
  address: [[ADDRESS:12 Kinnoull Terrace]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 7DL]]
  phone: "[[PHONE_NUMBER:01738 624 918]]"
  email: [[EMAIL_ADDRESS:g.fairweather@btopenworld.com]]
defendant:
  name: [[PERSON:Shaun McGuigan]]
  occupies: [[ADDRESS:3/2, 41 Dunkeld Road]], [[LOCATION:Perth]]
hearing: [[DATE_TIME:2025-05-14 10:00]]
fee_earner: [[PERSON:Lorna Cattanach]]""",
    """Applicant name: [[PERSON:Ebere Nwachukwu]]
Date of birth: [[DATE_TIME:07 Jan 1994]]
Current address: [[ADDRESS:Flat 12, Parkview House, 80 Hornsey Road]], [[LOCATION:London]] [[ZIP_CODE:N7 7NN]]
Time at address: 2 yrs 4 mths
Employer: Islington Council
Annual salary: £38,400
Right to rent check: passed ([[NRP:British]] passport [[ID_NUMBER:127739410]])
LinkedIn: [[URL:linkedin.com/in/ebere-nwachukwu-94]]
Previous landlord: [[PERSON:Mr Vassilis Georgiou]], [[PHONE_NUMBER:07956 288 013]]
Credit score band: good""",
    """emp_no,name,ni_number,tax_code,sort_code,account_no,gross_monthly,dept
[[ID_NUMBER:1048]],[[PERSON:Aleksander Nowicki]],[[ID_NUMBER:SN 72 41 83 C]],1257L,40-11-62,[[ID_NUMBER:71820394]],2916.67,Warehouse
[[ID_NUMBER:1051]],[[PERSON:Parminder Gill]],[[ID_NUMBER:JG 10 38 47 A]],1257L,20-67-93,[[ID_NUMBER:53019827]],3450.00,Accounts
[[ID_NUMBER:1063]],[[PERSON:Toby Ashworth]],[[ID_NUMBER:PW 58 20 16 D]],BR,30-90-89,[[ID_NUMBER:12840566]],1840.00,Warehouse""",
    """| member | email | joined | plan | age | home club |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Chinedu Okeke]] | [[EMAIL_ADDRESS:chinedu.okeke@gmail.com]] | [[DATE_TIME:2023-08-14]] | Premium | [[AGE:31]] | [[LOCATION:Croydon]] |
| [[PERSON:Harpreet Sandhu]] | [[EMAIL_ADDRESS:harps.sandhu@hotmail.co.uk]] | [[DATE_TIME:2024-01-02]] | Off-peak | [[AGE:44]] | [[LOCATION:Hounslow]] |
| [[PERSON:Isla Robertson]] | [[EMAIL_ADDRESS:isla.r@me.com]] | [[DATE_TIME:2024-11-20]] | Student | [[AGE:20]] | [[LOCATION:Kingston]] |""",
    """guest\tcountry\tarrival\tnights\troom_type\trate_eur\tloyalty_no
[[PERSON:Henrik Dahl]]\t[[LOCATION:Norway]]\t[[DATE_TIME:2025-06-02]]\t3\tDouble\t142\t[[ID_NUMBER:BW-2204817]]
[[PERSON:Amina Diallo]]\t[[LOCATION:Senegal]]\t[[DATE_TIME:2025-06-02]]\t5\tTwin\t128\t
[[PERSON:Carlos Mendoza Ruiz]]\t[[LOCATION:Mexico]]\t[[DATE_TIME:2025-06-03]]\t2\tSuite\t310\t[[ID_NUMBER:BW-0918342]]
[[PERSON:Lucy Nguyen]]\t[[LOCATION:Australia]]\t[[DATE_TIME:2025-06-04]]\t4\tDouble\t142\t""",
    """username,display_name,email,last_login,last_ip,mfa_enabled,dept
[[USERNAME:jrojas]],[[PERSON:Javier Rojas]],[[EMAIL_ADDRESS:jrojas@halcyonmedia.io]],[[DATE_TIME:2025-03-14T08:55:10Z]],[[IP_ADDRESS:201.219.44.7]],true,Sales
[[USERNAME:mwanjiku]],[[PERSON:Mary Wanjiku]],[[EMAIL_ADDRESS:mwanjiku@halcyonmedia.io]],[[DATE_TIME:2025-03-13T17:02:44Z]],[[IP_ADDRESS:41.90.65.182]],true,Finance
[[USERNAME:tbergstrom]],[[PERSON:Tove Bergström]],[[EMAIL_ADDRESS:tbergstrom@halcyonmedia.io]],[[DATE_TIME:2025-02-27T10:11:03Z]],[[IP_ADDRESS:2001:9b1:40ff:e12::8a]],false,Design
svc-backup,Backup Service,svc-backup@halcyonmedia.io,2025-03-15T02:00:00Z,[[IP_ADDRESS:10.0.4.20]],false,IT""",
    """| NHS number | Patient | DOB | Ward | Consultant | Admitted |
|:--|:--|:--|:--|:--|:--|
| [[ID_NUMBER:485 777 3023]] | [[PERSON:Doris Pennyworth]] | [[DATE_TIME:21/05/1936]] | Elm | [[PERSON:Dr Okafor]] | [[DATE_TIME:10/03/2025]] |
| [[ID_NUMBER:721 905 3460]] | [[PERSON:Mohammed Iqbal]] | [[DATE_TIME:08/11/1950]] | Elm | [[PERSON:Dr Lindqvist]] | [[DATE_TIME:12/03/2025]] |
| [[ID_NUMBER:402 518 8937]] | [[PERSON:Gwen Tudor]] | [[DATE_TIME:30/01/1944]] | Birch | [[PERSON:Dr Okafor]] | [[DATE_TIME:13/03/2025]] |""",
    """DONOR                     AMOUNT    CITY           GIFT AID   METHOD
[[TITLE:Rev.]] [[PERSON:Alan Whitcombe]]       £50.00    [[LOCATION:Harrogate]]      yes        cheque
[[PERSON:Fatou Ceesay]]              £15.00    [[LOCATION:Leeds]]          no         card
Anonymous                 £200.00   [[LOCATION:York]]           no         cash
[[PERSON:Margaret]] & [[PERSON:Ian Dobson]]     £75.00    [[LOCATION:Ripon]]          yes        standing order""",
    """stop,recipient,address,postcode,phone,window,parcels
1,[[PERSON:D. Abernethy]],"[[ADDRESS:4 Corstorphine High St]], [[LOCATION:Edinburgh]]",[[ZIP_CODE:EH12 7SU]],[[PHONE_NUMBER:07834 551 902]],08:00-10:00,2
2,[[PERSON:Kowalczyk]],"[[ADDRESS:Flat 3F2, 17 Balgreen Road]], [[LOCATION:Edinburgh]]",[[ZIP_CODE:EH12 5TZ]],,08:00-10:00,1
3,[[PERSON:Sunita Mahajan]],"[[ADDRESS:28 Saughton Mains Street]], [[LOCATION:Edinburgh]]",[[ZIP_CODE:EH11 3HL]],[[PHONE_NUMBER:0131 443 6027]],10:00-12:00,4
4,Gorgie Pet Supplies,"212 Gorgie Road, Edinburgh",EH11 2PL,0131 337 9112,10:00-12:00,6""",
    """employee:
  id: [[ID_NUMBER:CA-00918]]
  legal_name: [[PERSON:Marie-Claude Tremblay]]
  preferred_name: [[PERSON:Mimi]]
  sin: "[[ID_NUMBER:462 918 707]]"
  birth_date: [[DATE_TIME:1989-05-16]]
  hire_date: [[DATE_TIME:2021-08-30]]
  home:
    street: [[ADDRESS:4120 Rue Saint-Denis, app. 3]]
    city: [[LOCATION:Montréal]]
    province: [[LOCATION:QC]]
    postal_code: [[ZIP_CODE:H2W 2M5]]
  title: Senior UX Researcher
  manager: [[PERSON:Ravi Subramanian]]""",
    """| Loan ref | Borrower | Phone | Principal (KES) | Disbursed | Branch | Arrears |
|---|---|---|---|---|---|---|
| LN-4471 | [[PERSON:Josephine Atieno]] | [[PHONE_NUMBER:0720 318 445]] | 50,000 | [[DATE_TIME:2024-10-03]] | [[LOCATION:Kisumu]] | 0 |
| LN-4472 | [[PERSON:Peter Kiprono]] | [[PHONE_NUMBER:0733 902 117]] | 120,000 | [[DATE_TIME:2024-10-05]] | [[LOCATION:Eldoret]] | 2 |
| LN-4475 | [[PERSON:Halima Abdi]] | [[PHONE_NUMBER:0711 645 820]] | 35,000 | [[DATE_TIME:2024-10-09]] | [[LOCATION:Garissa]] | 1 |""",
    """Name of applicant   : [[PERSON:Lakshmi Narayanan Pillai]]
Aadhaar number      : [[ID_NUMBER:6205 7391 4488]]
Date of birth       : [[DATE_TIME:12-08-1967]]
Gender              : Female
Mobile              : [[PHONE_NUMBER:+91 94470 28316]]
Address             : [[ADDRESS:TC 25/1182, Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]]
Scheme              : Old age pension
Bank a/c            : [[ID_NUMBER:67209183745]]
IFSC                : SBIN0070028""",
    """date,time_in,name,company,visiting,badge,car_reg,time_out
[[DATE_TIME:14/03/2025]],08:47,[[PERSON:Nathan Brooks]],Brooks Electrical,Facilities,V-017,[[ID_NUMBER:YK68 PLU]],11:20
[[DATE_TIME:14/03/2025]],09:05,[[PERSON:Dr Amelia Hart]],NHS Digital,[[PERSON:Sian Roberts]],V-018,,12:30
[[DATE_TIME:14/03/2025]],10:12,[[PERSON:Kenji Watanabe]],Hitachi Rail,[[PERSON:Paul Kemp]],V-019,[[ID_NUMBER:WR21 KXD]],15:45""",
    """player\tdob\tposition\tshirt\tparent/guardian\tcontact
[[PERSON:Tane Herewini]]\t[[DATE_TIME:2011-04-02]]\thooker\t2\t[[PERSON:Moana Herewini]]\t[[PHONE_NUMBER:021 338 4472]]
[[PERSON:Josh Vaifale]]\t[[DATE_TIME:2011-09-18]]\tprop\t1\t[[PERSON:Losa Vaifale]]\t[[PHONE_NUMBER:022 519 0036]]
[[PERSON:Finn O'Driscoll]]\t[[DATE_TIME:2012-01-25]]\twing\t11\t[[PERSON:Kate O'Driscoll]]\t[[PHONE_NUMBER:027 801 6643]]""",
    """customer_id,gender,age,tenure_months,contract,monthly_charges,paperless_billing,churn
[[ID_NUMBER:4821-KXQPA]],Female,[[AGE:34]],1,Month-to-month,31.20,Yes,No
[[ID_NUMBER:6013-BRTVW]],Male,[[AGE:57]],34,One year,58.45,No,No
[[ID_NUMBER:2290-LMOZE]],Male,[[AGE:22]],3,Month-to-month,49.10,Yes,Yes
[[ID_NUMBER:8847-TYHNC]],Female,[[AGE:68]],7,Month-to-month,74.95,Yes,Yes""",
    """CARD NO          BORROWER               ITEM                                   BRANCH
[[ID_NUMBER:21184003917245]]   [[PERSON:Okoro]], [[PERSON:Chukwudi]]        The Midnight Library (hardback)        Central
[[ID_NUMBER:21184004410388]]   [[PERSON:Lam]], [[PERSON:Wing Yee]]          Pachinko (large print)                 Northside
[[ID_NUMBER:21184000297136]]   [[PERSON:Fitzgerald]], [[PERSON:Maeve]]      A Short History of Nearly Everything   Central""",
    """| Day | Shift | Volunteer | Phone | Notes |
|-----|-------|-----------|-------|-------|
| Mon | 9-12 | [[PERSON:Bernadette Kelly]] | [[PHONE_NUMBER:086 204 7713]] | keyholder |
| Mon | 12-3 | [[PERSON:Yusuf Hassan]] | [[PHONE_NUMBER:089 471 0028]] | |
| Wed | 9-12 | [[PERSON:Eileen]] & [[PERSON:Tom Brophy]] | [[PHONE_NUMBER:087 339 5206]] | till training |
| Sat | 10-2 | [[PERSON:Aoife Lynch]] | [[PHONE_NUMBER:085 118 6694]] | under 18, needs supervisor |""",
    """{"txn_id": "tx_88121", "cardholder": "[[PERSON:Sebastián Ortiz]]", "card": "[[CREDIT_CARD:4482139076518302]]", "merchant": "Uber *Trip", "amount": 23.40, "currency": "USD", "ts": "[[DATE_TIME:2025-03-11T22:14:09Z]]"}
{"txn_id": "tx_88122", "cardholder": "[[PERSON:Yuki Tanaka]]", "card": "[[CREDIT_CARD:3569981027443165]]", "merchant": "Lawson 4417", "amount": 1180, "currency": "JPY", "ts": "[[DATE_TIME:2025-03-12T01:02:55Z]]"}
{"txn_id": "tx_88123", "cardholder": "[[PERSON:Aoife Brennan]]", "card": "[[CREDIT_CARD:5318209477164027]]", "merchant": "Dunnes Stores", "amount": 64.12, "currency": "EUR", "ts": "[[DATE_TIME:2025-03-12T17:45:30Z]]"}""",
    """ffp_number,surname,given_name,tier,email,home_airport,miles_balance
[[ID_NUMBER:EK418220937]],[[PERSON:AL-MANSOORI]],[[PERSON:KHALID]],Gold,[[EMAIL_ADDRESS:k.almansoori@eim.ae]],DXB,148220
[[ID_NUMBER:EK302917284]],[[PERSON:FERNANDES]],[[PERSON:GLENDA]],Blue,[[EMAIL_ADDRESS:glenda.fernandes@rediffmail.com]],BOM,9120
[[ID_NUMBER:EK550183726]],[[PERSON:OYELOWO]],[[PERSON:FEMI]],Silver,[[EMAIL_ADDRESS:femi.oyelowo@gmail.com]],LOS,47310""",
    """Time  | Owner                 | Patient (species)   | Owner phone     | Reason
09:00 | [[PERSON:Mrs. P. Lindholm]]      | Sigge (cat)         | [[PHONE_NUMBER:0412 907 338]]    | vomiting
09:20 | [[PERSON:Matiu Ranginui]]        | Tama (dog)          | [[PHONE_NUMBER:0438 226 019]]    | vaccination
09:40 | [[PERSON:Dr. Neil Abeysekera]]   | Kiwi (budgie)       | [[PHONE_NUMBER:0401 552 764]]    | wing check
10:00 | [[PERSON:Shona Pirie]]           | Haggis (dog)        | [[PHONE_NUMBER:0429 318 440]]    | post-op""",
    """listing:
  ref: LET-2291
  address: [[ADDRESS:Apartment 14, 3 Harbour Quay]]
  town: [[LOCATION:Cobh]]
  eircode: [[ZIP_CODE:P24 K8X3]]
  beds: 2
  rent_eur: 1650
  available_from: 2025-04-01
  ber: B2
landlord:
  name: [[PERSON:Diarmuid Ó Ceallaigh]]
  mobile: "[[PHONE_NUMBER:087 902 4416]]"
  email: [[EMAIL_ADDRESS:diarmuid.oceallaigh@gmail.com]]
  rtb_registration: RT00418827""",
    """pass_no\tpupil\tform\troute\tstop\thome_postcode\tparent_email
BP-0071\t[[PERSON:Maisie Clough]]\t9R\t14\tChurch Lane\t[[ZIP_CODE:LA2 8JF]]\t[[EMAIL_ADDRESS:clough.family@btinternet.com]]
BP-0072\t[[PERSON:Ibrahim Aziz]]\t9R\t14\tGreen Lane End\t[[ZIP_CODE:LA2 8HT]]\t[[EMAIL_ADDRESS:s.aziz84@gmail.com]]
BP-0073\t[[PERSON:Corey Haworth]]\t10L\t7\tThe Crescent\t[[ZIP_CODE:LA1 4QB]]\t[[EMAIL_ADDRESS:jhaworth@live.co.uk]]""",
    """Claim reference: TRV-25-018820
Insured traveller: [[PERSON:Anjali Deshpande]]
Date of birth: [[DATE_TIME:1988-07-04]]
Home address: [[ADDRESS:61 Tamarind Crescent]], [[LOCATION:Glen Waverley]] [[LOCATION:VIC]] [[ZIP_CODE:3150]]
Destination: [[LOCATION:Japan]]
Departure date: [[DATE_TIME:2025-02-10]]
Return date: [[DATE_TIME:2025-02-24]]
Nature of claim: lost baggage at [[LOCATION:Osaka]] Kansai airport
Amount claimed: AUD 2,314.00
Payment to: BSB 033-088, account [[ID_NUMBER:412 883 905]]""",
    """"Client","Address","Phone","Matter","Fee basis"
"[[PERSON:Tremaine Rollins]]","[[ADDRESS:1821 Martin Luther King Jr Dr SW]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30310]]","[[PHONE_NUMBER:(470) 218-3396]]","Wrongful termination","Contingency"
"[[PERSON:Hye-jin Seo]]","[[ADDRESS:55 Spring St NW, Apt 1412]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30303]]","[[PHONE_NUMBER:(404) 901-5527]]","Landlord dispute","Hourly"
"[[PERSON:Beatriz Calderón]]","[[ADDRESS:410 Ponce De Leon Ave NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30308]]","[[PHONE_NUMBER:(678) 332-0184]]","Immigration - adjustment","Fixed fee\"""",
    """| Beneficiary | Country | IBAN | Purpose |
| ----------- | ------- | ---- | ------- |
| [[PERSON:Sanne de Groot]] | [[LOCATION:Netherlands]] | [[IBAN_CODE:NL72 RABO 0538 1947 23]] | consulting fee, Feb |
| [[PERSON:Pieter Claes]] | [[LOCATION:Belgium]] | [[IBAN_CODE:BE72 0016 8419 3216]] | translation |
| [[PERSON:Niall Hegarty]] | [[LOCATION:Ireland]] | [[IBAN_CODE:IE68 AIBK 9311 5287 6543 21]] | expenses refund |
| [[PERSON:Émilie Roux]] | [[LOCATION:France]] | [[IBAN_CODE:FR7617515900000821143657217]] | design work |""",
    """nom;prénom;date_naissance;téléphone;adresse;code_postal;ville;classe
[[PERSON:Benali]];[[PERSON:Inès]];[[DATE_TIME:12/04/2014]];[[PHONE_NUMBER:06 14 82 37 90]];[[ADDRESS:7 impasse des Lilas]];[[ZIP_CODE:33600]];[[LOCATION:Pessac]];CM2
[[PERSON:Lefort]];[[PERSON:Mathis]];[[DATE_TIME:03/11/2013]];[[PHONE_NUMBER:06 71 20 49 15]];[[ADDRESS:22 avenue Jean Jaurès]];[[ZIP_CODE:33600]];[[LOCATION:Pessac]];CM2
[[PERSON:N'Diaye]];[[PERSON:Awa]];[[DATE_TIME:28/01/2014]];[[PHONE_NUMBER:07 52 38 11 64]];[[ADDRESS:3 rue du Pont, appt 12]];[[ZIP_CODE:33400]];[[LOCATION:Talence]];CM2""",
    """| Name | Geburtsdatum | Straße | PLZ | Ort | Telefon | Mitgliedsnr. |
|---|---|---|---|---|---|---|
| [[PERSON:Jürgen Albrecht]] | [[DATE_TIME:04.07.1962]] | [[ADDRESS:Goethestraße 14]] | [[ZIP_CODE:99423]] | [[LOCATION:Weimar]] | [[PHONE_NUMBER:03643 512 884]] | [[ID_NUMBER:SV-1187]] |
| [[PERSON:Aylin Demir]] | [[DATE_TIME:19.02.1999]] | [[ADDRESS:Schillerplatz 3, 2. OG]] | [[ZIP_CODE:99423]] | [[LOCATION:Weimar]] | [[PHONE_NUMBER:0157 38204417]] | [[ID_NUMBER:SV-1203]] |
| [[PERSON:Friedrich Hahn]] | [[DATE_TIME:30.10.1955]] | [[ADDRESS:Am Horn 21]] | [[ZIP_CODE:99425]] | [[LOCATION:Weimar]] | [[PHONE_NUMBER:03643 771 206]] | [[ID_NUMBER:SV-1211]] |""",
    """reservas:
  - titular: [[PERSON:Marta Echeverría Gil]]
    dni: [[ID_NUMBER:25978416P]]
    entrada: [[DATE_TIME:2025-08-01]]
    salida: [[DATE_TIME:2025-08-15]]
    telefono: "[[PHONE_NUMBER:+34 688 302 914]]"
    alojamiento: Casa rural El Roble
  - titular: [[PERSON:Jordi Puigdemont Serra]]
    dni: [[ID_NUMBER:53820167Y]]
    entrada: [[DATE_TIME:2025-08-09]]
    salida: [[DATE_TIME:2025-08-12]]
    telefono: "[[PHONE_NUMBER:+34 619 447 030]]"
    alojamiento: Apartamento Mirador""",
    """nome,cpf,nascimento,cidade,uf,plano,mensalidade
[[PERSON:Ana Beatriz Souza]],[[ID_NUMBER:619.830.257-12]],[[DATE_TIME:1978-05-22]],[[LOCATION:Belo Horizonte]],[[LOCATION:MG]],Família,R$ 689,90
[[PERSON:João Pedro Nascimento]],[[ID_NUMBER:582.014.397-32]],[[DATE_TIME:2001-11-03]],[[LOCATION:Salvador]],[[LOCATION:BA]],Individual,R$ 312,40
[[PERSON:Francisca Lima]],[[ID_NUMBER:304.957.182-97]],[[DATE_TIME:1949-08-14]],[[LOCATION:Fortaleza]],[[LOCATION:CE]],Sênior,R$ 1.104,00""",
    """{"emp_id": "[[ID_NUMBER:ZA-7711]]", "name": "[[PERSON:Nokuthula Dube]]", "id_number": "[[ID_NUMBER:8307190827080]]", "gender": "F", "site": "[[LOCATION:Pietermaritzburg]]", "cell": "[[PHONE_NUMBER:083 290 4417]]"}
{"emp_id": "[[ID_NUMBER:ZA-7712]]", "name": "[[PERSON:Johannes van der Merwe]]", "id_number": "[[ID_NUMBER:9104125414087]]", "gender": "M", "site": "[[LOCATION:Bloemfontein]]", "cell": "[[PHONE_NUMBER:072 518 0093]]"}
{"emp_id": "[[ID_NUMBER:ZA-7713]]", "name": "[[PERSON:Lerato Sithole]]", "id_number": "[[ID_NUMBER:6709303123087]]", "gender": "F", "site": "[[LOCATION:Polokwane]]", "cell": "[[PHONE_NUMBER:061 774 2305]]"}""",
]

CHAT = [
    """[09:14] Bot: Hi! I'm Ava, your virtual assistant. How can I help today?
[09:14] Customer: my card got declined at the airport and i'm abroad
[09:15] Bot: Sorry to hear that. I'll connect you to an agent.
[09:17] Agent ([[PERSON:Tendai]]): Hi, I'm [[PERSON:Tendai]]. Could you confirm your full name and date of birth?
[09:18] Customer: [[PERSON:Rebecca Aldridge-Moyo]], [[DATE_TIME:18/06/1990]]
[09:18] Agent ([[PERSON:Tendai]]): Thanks [[PERSON:Rebecca]]. And the first line of your address and postcode?
[09:19] Customer: [[ADDRESS:27 Fennel Close]], [[ZIP_CODE:RG41 3NP]]
[09:20] Agent ([[PERSON:Tendai]]): I can see the block on the card ending 2287 was triggered by a transaction in [[LOCATION:Lisbon]]. I've lifted it. Is [[PHONE_NUMBER:07590 338 412]] still the best number for fraud texts?
[09:20] Customer: yes that's me. thank you!!""",
    """Flat 2B 🏠
[[PERSON:Kemi]]: guys the landlord just messaged, inspection is on [[DATE_TIME:Thursday 20th at 10]]
[[PERSON:Kemi]]: his number if anyone needs it [[PHONE_NUMBER:07446 901 235]] (it's [[PERSON:Graham]])
[[PERSON:Theo]]: ugh I'm at work. can someone let him in
[[PERSON:Priya D]]: I'm WFH I'll do it
[[PERSON:Theo]]: also my mum is sending a parcel, it's addressed to [[PERSON:Theodore Blackwood]], [[ADDRESS:Flat 2B, 61 Cowley Road]] if it turns up
[[PERSON:Kemi]]: 👍 and rent is still going to [[PERSON:Graham]]'s account [[ID_NUMBER:41190287]] right? he said something about changing banks
[[PERSON:Priya D]]: yeah same account till April""",
    """User: I need to book a flight for my dad from [[LOCATION:Manila]] to [[LOCATION:Vancouver]]
Assistant: Happy to help. What's the passenger's full name as it appears on the passport?
User: [[PERSON:Rogelio Santos Bautista]]
Assistant: Thank you. Date of birth and passport number, please.
User: born [[DATE_TIME:March 2, 1956]], passport [[ID_NUMBER:P2918374B]]
Assistant: And the travel date?
User: [[DATE_TIME:May 14]], one way. contact email is mine, [[EMAIL_ADDRESS:jenbautista.van@gmail.com]]
Assistant: Great. I found PR 116 departing [[LOCATION:Manila]] at 21:55 on [[DATE_TIME:May 14]], arriving [[LOCATION:Vancouver]] at 19:30 the same day. Shall I hold it?
User: yes please, and add my number [[PHONE_NUMBER:+1 604 551 2873]] for him""",
    """Pawsome Vets: Hi, this is a reminder that Nala has an appointment on [[DATE_TIME:Tue 18 Mar at 4:15pm]]. Reply Y to confirm or N to cancel.
Owner: Y. Can [[PERSON:Dr. Kowalski]] also look at her ear?
Pawsome Vets: Of course! [[PERSON:Dr. Kowalski]] has a 20-min slot so that should be fine. Is this still [[PERSON:Ms. Farah Siddiqui]]?
Owner: yes, but I've moved, new address is [[ADDRESS:15 Lark Rise]], [[LOCATION:Didcot]] [[ZIP_CODE:OX11 7GA]]
Pawsome Vets: Updated, thanks [[PERSON:Farah]]. See you Tuesday!""",
    """Year 3 Parents 💬
[[PERSON:Nadia]] ([[PERSON:Omar]]'s mum): Does anyone know if the trip money is due this week?
[[PERSON:Sarah K]]: Friday I think. It's £12, paid on ParentPay
[[PERSON:Chiara]]: [[PERSON:Omar]] left his jumper at ours after the party btw 😊 name label says [[PERSON:O. Rahimi]]
[[PERSON:Nadia]] ([[PERSON:Omar]]'s mum): omg thank you! I'll grab it Monday
[[PERSON:Mr Okafor]] (class teacher): Reminder that the Roman day is on [[DATE_TIME:Wednesday 26 March]], costumes optional. Any questions email me at [[EMAIL_ADDRESS:j.okafor@highfieldprimary.sch.uk]]""",
    """Live chat – Claims
[[PERSON:Maya]] (claims advisor): Welcome to Harbour Insurance claims chat. Can I take your policy number?
Customer: HM-7720418
[[PERSON:Maya]] (claims advisor): Thanks. And your name?
Customer: [[PERSON:Callum Drysdale]]
[[PERSON:Maya]] (claims advisor): Hi [[PERSON:Callum]]. What happened?
Customer: a tree came down on my garage roof in the storm on [[DATE_TIME:Sunday night, 23 February]]
[[PERSON:Maya]] (claims advisor): I'm sorry. I've opened claim CL-558201. Can you confirm the address is still [[ADDRESS:8 Birch Brae]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4QP]]?
Customer: yes. my mobile is [[PHONE_NUMBER:07812 664 093]] if the assessor wants to call""",
    """#it-helpdesk
[[USERNAME:sofia.m]]: anyone else locked out of Okta? mine says account suspended
[[USERNAME:jon-it]]: [[PERSON:Sofia]] looks like 5 failed attempts from [[IP_ADDRESS:203.59.118.40]] at 08:02, was that you?
[[USERNAME:sofia.m]]: no?? I'm in the office, never been to that IP
[[USERNAME:jon-it]]: ok resetting. your temp pw is in your personal mailbox ([[EMAIL_ADDRESS:sofia.marchetti@gmail.com]]) as per the recovery settings
[[USERNAME:sofia.m]]: thanks [[PERSON:Jon]] 🙏
[[USERNAME:jon-it]]: also filed SEC-2291 so security can look at it""",
    """[[PERSON:Inmaculada]]: Hola [[PERSON:Pablo]], soy la vecina del 3.º B. Te escribo porque hay una gotera que viene de tu baño 😕
[[PERSON:Pablo]]: Uy, lo siento mucho. Ahora mismo llamo al seguro. ¿Me pasas tu nombre completo y tu teléfono para el parte?
[[PERSON:Inmaculada]]: [[PERSON:Inmaculada Robles Peña]], [[PHONE_NUMBER:654 21 87 03]]. El piso es el [[ADDRESS:Calle Mayor 14, 3.º B]], [[ZIP_CODE:50001]] [[LOCATION:Zaragoza]]
[[PERSON:Pablo]]: Perfecto. El perito puede ir el [[DATE_TIME:jueves 13 de marzo por la mañana]], ¿te va bien?
[[PERSON:Inmaculada]]: Sí, estaré en casa. Gracias""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Nkechi]]! Order #UK-2025-0418827 (placed 12 March) is on its way. Items: 1 × Bosch PSR 1800 LI-2 drill (SKU 06039A310B), 2 × Philips Hue bulb E27 (SKU 929002468402). Tracking: 1Z4A72W80392184417 via UPS. Firmware for your smart bulbs updates automatically to 1.108.7 on first pairing. Questions? Call us on 0345 600 1234 (Mon–Fri, 8–6) or email help@shopwise.co.uk, quoting invoice INV-883120-B.""",
    """Release 4.12.0 (build 20250311.2)
- Bumped OpenSSL to 3.0.13; minimum supported version of the agent is 10.4.2.1.
- Fixed crash when the config UUID was 3f2b8c1e-77d4-4a90-9c1e-5b2f0a6d8e11.
- Default NTP server changed from ntp1.corp.local to pool.ntp.org.
- Commit a94f1c2e7b0d5e3f88c1d2b6a7e4f9c0d1b2a3e4 reverts the Dijkstra-based routing change.
- Device serial prefixes SN-4482-XK and SN-4483-XK now report MAC 02:00:5E:10:00:00 correctly.
Known issue: ticket #77120 (Safari 17.3 on macOS 14.3) remains open.""",
    """Dear [[PERSON:Mr Alistair Penhaligon]],

Claim number: MTR/25/0412883    Policy number: PCV-9918204-03

Thank you for notifying us of the incident involving your vehicle. Your claim has been registered and passed to our approved repairer, Thornbury Bodyworks (garage ref JB-4471). Please do not contact the repairer directly; they will call you within two working days. Our claims line is 0800 028 4417 and you can also write to claims@harbourmutual.co.uk.

We have your address as [[ADDRESS:Tregenna, 4 Polwithen Road]], [[LOCATION:Penzance]] [[ZIP_CODE:TR18 4JL]].

Yours sincerely,
Motor Claims Team""",
    """Reading list, Module NEU204 (Spring term). Core texts: "Parkinson's Disease: A Clinical Guide" (ISBN 978-0-19-883471-7); "Alzheimer's and Related Dementias", 3rd edn (ISBN 978-1-4051-9372-6). Seminar 4 meets in the Rosalind Franklin Building, Room 2.17, off Nelson Mandela Boulevard; the nearest stop is Victoria Station. Lecture slides for week 6 were written by [[PERSON:Dr. Folasade Adeyinka]], who can be reached during office hours; the module code, room numbers and ISBNs above are not contact details.""",
    """ASSET REGISTER – LAB 3 (exported 2025-03-14)
AST-000417  Thermo Fisher Heracell 150i   S/N 42190337   fw 2.7.1.4   MAC 00:0D:8E:4A:91:2C   IP (static) [[IP_ADDRESS:10.10.3.41]]
AST-000418  Eppendorf 5810 R centrifuge   S/N 5811AF204418 fw n/a
AST-000419  Zeiss Axio Observer 7         S/N 3834001029   fw 12.0.4.220
Custodian for all three: [[PERSON:Dr. Mehdi Rostami]] (ext. 4412). Calibration due: see LIMS record LIMS-2025-00931.""",
    """Rechnung Nr. RE-2025-004417 vom 11.03.2025
Kundennummer: [[ID_NUMBER:K-1048822]]
Lieferung an: [[TITLE:Frau]] [[PERSON:Annegret Lüdtke]], [[ADDRESS:Friedrichstraße 118]], [[ZIP_CODE:10117]] [[LOCATION:Berlin]]
Pos. 1  Art.-Nr. 4006381277303  Kaffeevollautomat EQ.6 plus s300   1 Stk.   899,00 €
Pos. 2  Art.-Nr. 4008496128532  Entkalkungstabletten (3er)          2 Stk.    19,98 €
USt-IdNr. des Verkäufers: DE294871635 · Service-Hotline: 030 2021 8800 · Sendungsnummer: 00340434161094042557""",
    """YOUR ITINERARY – e-ticket 125 2194837561
Passenger: [[TITLE:MS]] [[PERSON:PHILIPPA OYELARAN-HOLT]]
Booking reference: 6QKT2M
BA 0117  [[LOCATION:London]] Heathrow (T5) → [[LOCATION:New York]] JFK (T8)  [[DATE_TIME:Mon 07 Apr 2025 08:25]]  Seat 33K  Baggage allowance 1 × 23 kg
BA 0178  [[LOCATION:New York]] JFK (T8) → [[LOCATION:London]] Heathrow (T5)  [[DATE_TIME:Sat 12 Apr 2025 19:30]]  Seat 31A
Fare basis: VLN0C7M3 · Ticket designator: none · Baggage tag (outbound): BA 482915""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind35", STYLES, OUT)


if __name__ == "__main__":
    main()
