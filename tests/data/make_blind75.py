"""Build tests/data/blind75.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind75.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines; line 121 is the
first record of its GEN list, which was seen and not reused), the tail of
make_blind22.py from `STYLES = {` to the end of the file (the STYLES dict
and main(), whose scaffolding is copied below), gold_sets.py (whole), and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
any test other than those lines, bench/, the README, any *.jsonl (this
script's own output included), any other make_*.py, git history, log or
status (git was not run at all). The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out with
throwaway code while writing (none of it is here): cards pass Luhn; IBANs
(AT, CH, CZ, DE, GB, IE, NL, FR, SE, AE) pass mod-97 with the right length,
the French one has a right RIB key and the Czech account numbers (also the
domestic "number/bank" ones) pass the Czech mod-11 weights;
`gold_sets.check` re-checks cards and IBANs. Valid check digits were also
given to: Czech rodné číslo (mod 11, agreeing with the sex and birth date
where shown), Austrian social-security numbers (agreeing with the birth
date), Swiss AHV numbers (EAN-13), NHS numbers, Canadian SIN, Aadhaar
(Verhoeff), TFN, Irish PPSN, Singapore NRIC/FIN, South African ids (Luhn,
agreeing with sex and birth date), SARS tax numbers, BSN, CPF, NZ NHI,
Emirates ID, Ontario health numbers, and the ISBN-13 look-alikes. Not
checked: UK NI numbers, US SSNs, PAN, KRA PINs, Kenyan, Ghanaian,
Pakistani, Malaysian and Jamaican ids, Philippine SSS numbers, Canadian
UCI, passports, licences, plates, bank accounts, customer, staff, student,
member and patient numbers.

Styles (ids `blind75-<style>-NNN`; 240 records):
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data"; real estate, lettings and utilities carry extra weight (about
  forty: leases, deposits, viewings, offers, closings, tenancy references,
  evictions, meter readings, move-in / move-out, account transfers), the
  rest spread over banking, insurance, health, pharmacy, legal, schools,
  HR, retail, travel, telecoms, government, gaming, social media, tech
  support, deliveries, gyms, vets, charity, immigration, obituaries. Names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (85): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC, wallets), gretel-pii-masking-en-v1 (claims,
  contracts, discharge summaries, loan and KYC forms, notices, tenancy
  agreements, direct-debit mandates, summons, referrals) and Nemotron-PII
  (JSON, log lines, SQL, XML, YAML, .env, INI, docker-compose, HL7, vCard,
  HTTP form bodies, curl, Python and Java snippets, a traceback, a commit,
  tickets and CRM records).
- `table` (60): one small labeled table per record as text (CSV, TSV,
  semicolon CSV, pipes / Markdown, fixed-width, JSON lines, YAML, key:
  value blocks), varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, SMS and messaging threads, a team channel and
  an IRC-style channel, with the speakers' names and what they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking, RMA, booking, container and customs references, SKUs,
  ISBNs, IP-shaped versions and OIDs, hashes, UUIDs, serials, company
  phones, role mailboxes, eponyms and streets named after people with no
  number), the few real PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Pakistan, Singapore, Malaysia, the
Philippines, South Africa, Nigeria, Kenya, Ghana, Jamaica and the UAE
contexts, with names from the many cultures living there); the rest (25)
are in Austrian German, Swiss German (Swiss spelling) and Czech.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials; a possessive
  "'s" is outside. TITLE: honorifics and ranks attached to a name, apart
  from it; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / floor), PO boxes, house and
  building names; city, district, county, state / province and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape, with a
  weekday or clock time said with them inside the span; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, IMEIs, VINs, sort codes, BSB, IFSC, BIC and routing numbers, CVVs
  and expiries, PINs, key-safe codes, OTPs, order / ticket / claim /
  policy / booking / tracking references, company phones and role
  mailboxes, versions, hashes, serials, partial numbers, pets, eponyms and
  brands named after people, header rows.
- Calls made while writing this set:
  - German and Czech honorifics and degrees attached to a name (Herr,
    Frau, paní, Mag., DI, Ing., MUDr.) are TITLE, like Mdm, Garda, Col.,
    Father and the MR / MRS after an airline-style "SURNAME/GIVEN" name;
    "Familie", "Auntie", "Mama" stay outside. Couples written "Kyle &
    Brianna Sutter" are two PERSON spans.
  - Utility, council-tax, broadband and "consumer no." account numbers
    and the Vertragskonto are ID_NUMBER (customer numbers); meter serials,
    meter readings, prepaid meter numbers, supply-point ids (Zählpunkt),
    EPC and deposit-protection certificates, listing, loan and property
    references are not. A Scottish landlord registration number is
    ID_NUMBER; a practitioner's registration number and a research
    participant's study id are ID_NUMBER; a person's crypto wallet address
    is ID_NUMBER.
  - Dates of moves, tenancy start / end, viewings, inspections, offers,
    exchange, completion, closing and settlement, a meter reading taken on
    a person's move day, and a pet's vet visit (the owner's appointment)
    are DATE_TIME; bill and statement dates, policy renewals, rate-lock
    expiries, release and read-cycle dates are not. In log and event lines
    recording a named person's own action (login, change, application,
    move-out request, outage report), the timestamp is DATE_TIME; a
    crawler's line is not; a message time alone is not.
  - Every IP address is IP_ADDRESS, private and server addresses in
    configs included; IP-shaped versions and OIDs are not.
  - A personal or work email containing a person's name is EMAIL_ADDRESS,
    URL-encoded in a form body too; a bot's handle is not USERNAME.
  - A "nationality" cell is NRP even as a country name or code
    ("Türkei", "KEN"); a "country" cell is LOCATION.
  - A house name is ADDRESS and the village, townland or locality after it
    (also Indian localities such as Malleshwaram) is LOCATION; floor and
    flat parts ("Top 7", "byt 14", "3. patro", "int. 6") are inside the
    ADDRESS; a South African erf number given as the address is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind75.jsonl")

GEN = [
    # real estate, lettings and utilities first (extra weight), then the rest
    """[[PERSON:Marisol Quintero]], a [[AGE:34]]-year-old nurse from [[LOCATION:El Paso]], signed the lease for [[ADDRESS:4418 Dyer Street, Apt 12B]] on [[DATE_TIME:June 3, 2024]] and gave her cell number as [[PHONE_NUMBER:915-472-0836]] in case the maintenance team needs access.""",
    """The landlord, [[PERSON:Mr. Harjit Sandhu]], has agreed that the £1,350 deposit will be returned to [[PERSON:Chloe Barraclough]] by transfer to [[IBAN_CODE:GB70 LOYD 3096 3817 7542 01]] once the checkout inspection on [[DATE_TIME:Friday 28 February]] has been completed.""",
    """Please close the electricity account for [[ADDRESS:12 Glebe Terrace]], [[LOCATION:Cupar]] [[ZIP_CODE:KY15 4DL]]. The final reading was 048213, taken on [[DATE_TIME:14/03/2025]], the day [[PERSON:Fiona]] and [[PERSON:Alasdair McTavish]] handed the keys back. Our account number is [[ID_NUMBER:850 331 7042]].""",
    """[[PERSON:Sunita Deshpande]] and her husband [[PERSON:Aniket]] have booked a site visit for a 3BHK flat in [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] on [[DATE_TIME:Sunday, 9 March, 11:30 am]]; the builder's sales executive will call her on [[PHONE_NUMBER:+91 98450 27713]] to share the location pin.""",
    """hey its [[PERSON:jarrah wilkins]] here, just moved into [[ADDRESS:2/18 Kooyong Rd]] [[LOCATION:Caulfield North]] [[LOCATION:VIC]] [[ZIP_CODE:3161]] and need the gas connected from the [[DATE_TIME:21st of April]]. ph [[PHONE_NUMBER:0412 887 305]] cheers""",
    """To whom it may concern: I can confirm that [[PERSON:Tama Ngata]] rented [[ADDRESS:7A Hukanui Road]], [[LOCATION:Hamilton]] from us between [[DATE_TIME:1 May 2021]] and [[DATE_TIME:30 April 2024]], kept the property in excellent condition and never missed a payment. Kind regards, [[PERSON:Judith Kerr-Bailey]], [[PHONE_NUMBER:027 418 9963]]""",
    """My name is [[PERSON:DeShawn Pruitt]], water account [[ID_NUMBER:4471 0928 335]], and I'm disputing the $412.08 bill for [[ADDRESS:1906 Maple Ridge Ct]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30033]] because the house was empty all of January. Please reply to [[EMAIL_ADDRESS:dpruitt1988@gmail.com]].""",
    """[[PERSON:Émilie Gagnon-Roy]] accepted the offer on her condo at [[ADDRESS:1205-88 Harbour Street]], [[LOCATION:Toronto]] [[ZIP_CODE:M5J 0C3]]. Closing is set for [[DATE_TIME:August 15, 2025]], and her lawyer still needs her SIN, [[ID_NUMBER:518 730 429]], for the land transfer tax affidavit.""",
    """The RTB registration lists the tenant as [[PERSON:Siobhán Ní Bhriain]] (PPSN [[ID_NUMBER:7049218N]]) at [[ADDRESS:Apartment 14, Block C, Clarion Quay]], [[LOCATION:Dublin 1]], [[ZIP_CODE:D01 K7W2]], with the lease commencing on [[DATE_TIME:1st September 2024]].""",
    """The prepaid meter 0142 3318 776 is registered to [[PERSON:Thandeka Mokoena]], ID number [[ID_NUMBER:9203020124088]], of [[ADDRESS:44 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]], and she says the tokens she bought have not loaded.""",
    """The lawyer, [[PERSON:Chukwuemeka Obi]], witnessed the deed of assignment signed by [[PERSON:Mrs. Folake Adeyemi]] on [[DATE_TIME:12th January 2025]] for the plot at [[ADDRESS:Plot 17, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. She can be reached on [[PHONE_NUMBER:0803 412 7789]].""",
    """Room rental at [[ADDRESS:Blk 231 Ang Mo Kio Ave 3, #08-1142]], [[LOCATION:Singapore]] [[ZIP_CODE:560231]]: the tenant is [[PERSON:Nguyen Thi Hoa]], FIN [[ID_NUMBER:F2281947W]], moving in on [[DATE_TIME:3 Feb 2025]]; her contact number is [[PHONE_NUMBER:8123 4471]].""",
    """Good news, [[PERSON:Mr Kowalczyk]]: your smart meter installation is booked for [[DATE_TIME:Tuesday 8 April, 8am]]. Our engineer will need access to both the gas and electricity meters at [[ADDRESS:19 Fernbank Avenue]], [[LOCATION:Bradford]] [[ZIP_CODE:BD9 4QA]].""",
    """[[PERSON:Wanjiru Kamau]] paid the KSh 250,000 deposit for the maisonette in [[LOCATION:Syokimau]] through M-Pesa from [[PHONE_NUMBER:0722 581 094]], and the agent has asked for her KRA PIN, [[ID_NUMBER:A014729385K]], before drafting the sale agreement.""",
    """Roommate wanted! I'm [[PERSON:Kenji]], [[AGE:27]], a grad student at UW. Furnished room in a 3br house at [[ADDRESS:5230 Brooklyn Ave NE]], [[LOCATION:Seattle]], $950/mo plus utilities. Text [[PHONE_NUMBER:206.391.4482]] or DM me on IG ([[USERNAME:kenji.tkd]]).""",
    """The electricity account [[ID_NUMBER:0123-4567-89]] in the name of [[PERSON:Rosario Dimaculangan]], [[ADDRESS:Lot 5 Blk 12, Sampaguita St.]], [[LOCATION:BF Homes]], [[LOCATION:Parañaque City]], has an overdue balance of ₱8,412.50, and she promised to settle it by [[DATE_TIME:March 20]].""",
    """Vendors [[PERSON:Glenn]] and [[PERSON:Petra Vukovic]] accepted a bid of $1.42m at auction for [[ADDRESS:9 Bellbird Crescent]], [[LOCATION:Blackburn]]; settlement is on [[DATE_TIME:17/06/2025]] and the buyer's conveyancer is [[PERSON:Anh Pham]].""",
    """Hi [[PERSON:Aisha]], as discussed, the rent of $1,480 is due on the first of each month. Please send it by Interac e-transfer to [[EMAIL_ADDRESS:pierre.lachance.immeubles@videotron.ca]] and I'll confirm receipt. Welcome to the building! — [[PERSON:Pierre]]""",
    """Consumer no. [[ID_NUMBER:1170234519876]] – [[PERSON:Ramesh Babu Pillai]], [[ADDRESS:TC 14/2251]], [[LOCATION:Sasthamangalam]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695010]]. The consumer disputed the reading on [[DATE_TIME:02-01-2025]] and asked for the meter to be tested.""",
    """Sehr geehrte [[TITLE:Frau]] [[TITLE:Mag.]] [[PERSON:Hofbauer]], die Übergabe der Wohnung in der [[ADDRESS:Kaiserstraße 57/2/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]] findet am [[DATE_TIME:Donnerstag, 3. April, um 16 Uhr]] statt. Die Kaution überweisen wir nach der Besichtigung auf Ihr Konto [[IBAN_CODE:AT13 1200 0520 6633 8411]].""",
    """Grüezi [[TITLE:Herr]] [[PERSON:Brunner]], die Wohnungsabnahme an der [[ADDRESS:Birmensdorferstrasse 112]], [[ZIP_CODE:8003]] [[LOCATION:Zürich]] ist auf den [[DATE_TIME:30. September um 10.00 Uhr]] angesetzt. Bitte bringen Sie alle Schlüssel mit. Bei Fragen erreichen Sie [[PERSON:Corinne Meier]] unter [[PHONE_NUMBER:079 284 61 37]].""",
    """Dobrý den, jmenuji se [[PERSON:Petra Svobodová]] a od [[DATE_TIME:1. 5. 2025]] bydlím v bytě na adrese [[ADDRESS:Korunní 1184/48]], [[ZIP_CODE:120 00]] [[LOCATION:Praha 2]]. Prosím o převod odběrného místa elektřiny na mé jméno, číslo zákaznického účtu je [[ID_NUMBER:2104587733]].""",
    # other domains
    """[[PERSON:Oluwaseun Bakare]]'s salary account, [[ID_NUMBER:0123984417]], was debited twice on [[DATE_TIME:5 March 2025]] for the same POS purchase; he wants the refund sent back to that account and asks that the bank call him on [[PHONE_NUMBER:+234 809 552 3371]].""",
    """Claimant [[PERSON:Bronwyn Halliday]] ([[AGE:52]]) was rear-ended at an intersection in [[LOCATION:Chermside]] on [[DATE_TIME:22/01/2025 at 5:40pm]]. Her vehicle, registration [[ID_NUMBER:784 KQB]], was towed to a repairer in [[LOCATION:Aspley]]; policy MTR-44871902.""",
    """[[PERSON:Mrs Gwen Pritchard]], NHS number [[ID_NUMBER:401 023 8763]], is booked in with [[PERSON:Dr Aled Rhys]] at the [[LOCATION:Llandudno]] surgery on [[DATE_TIME:Wed 16 April at 09:20]] for her diabetes review, and her daughter [[PERSON:Carys]] will bring her.""",
    """Your prescription is ready to collect, [[PERSON:Tomasz Wiśniewski]] (DOB [[DATE_TIME:07/11/1963]]): atorvastatin 40mg x 28. If someone is collecting on your behalf they'll need to confirm your date of birth. Questions? Reply to this email or write to [[EMAIL_ADDRESS:t.wisniewski63@outlook.com]] to update your details.""",
    """The eviction hearing in [[PERSON:Lakeisha Monroe]] v. Parkview Holdings LLC is set for [[DATE_TIME:May 6, 2025 at 9:00 a.m.]] in Courtroom 4B of the [[LOCATION:Cook County]] Circuit Court; [[PERSON:Ms. Monroe]]'s attorney, [[PERSON:Daniel Feldstein]], can be reached at [[PHONE_NUMBER:(773) 604-2198]].""",
    """We have received the enrolment form for [[PERSON:Arjun Mehta]], date of birth [[DATE_TIME:23rd August 2018]], who starts Year 2 at St Anne's Primary on [[DATE_TIME:2 September]]. Parent contact: [[PERSON:Kavita Mehta]], [[PHONE_NUMBER:07845 219 660]], [[EMAIL_ADDRESS:kavita.mehta@btinternet.com]].""",
    """Welcome aboard, [[PERSON:Declan]]! To finish your payroll setup we just need to double-check your National Insurance number – your P45 shows [[ID_NUMBER:JT 48 29 71 C]] – and your start date is confirmed as [[DATE_TIME:Monday 7th July]].""",
    """Return authorised for order #UK-5530918 placed by [[PERSON:Hannah O'Sullivan]]. The courier will collect from [[ADDRESS:31 Dominick Street Lower]], [[LOCATION:Galway]], [[ZIP_CODE:H91 X2C8]], and the €64.99 refund will go back to the card ending 4417 within five working days.""",
    """Reservation for [[PERSON:Mr. Rafael Domínguez Ortega]] and [[PERSON:Mrs. Lucía Ortega]] at the Harbourview Hotel, arriving [[DATE_TIME:19 July 2025]] and departing [[DATE_TIME:24 July 2025]]. Lead guest passport [[ID_NUMBER:PAK418273]] ([[LOCATION:Spain]]), mobile [[PHONE_NUMBER:+34 612 448 093]].""",
    """Someone tried to port [[PERSON:vusi khumalo]]'s number [[PHONE_NUMBER:082 614 3390]] to another network on [[DATE_TIME:11 February]], so the account has been locked and he has to visit a store with his ID book before the SIM can be swapped.""",
    """[[PERSON:Jennifer Ann Kowalski]] (DOB [[DATE_TIME:04/19/1979]]) is renewing U.S. passport [[US_PASSPORT:583927146]], which expires next month, and has asked for the new book to be mailed to [[ADDRESS:2291 Elm Hollow Rd]], [[LOCATION:Lancaster]], [[LOCATION:PA]] [[ZIP_CODE:17601]].""",
    """my account [[USERNAME:xXShadowReaperXx_07]] got hacked last night, someone logged in from [[IP_ADDRESS:185.220.101.47]] and changed the email to [[EMAIL_ADDRESS:reaper.boost.shop@proton.me]]. my real email is [[EMAIL_ADDRESS:liam.odoherty07@gmail.com]] pls help asap – [[PERSON:Liam]]""",
    """Follow [[PERSON:Aigerim]]'s baking journey at [[URL:https://www.instagram.com/aigerim.bakes.almaty/]] – she's [[AGE:29]], lives in [[LOCATION:Almaty]] and posts a new recipe every Sunday.""",
    """Ticket note: remote session with [[PERSON:Gerald Fitzpatrick]] ([[EMAIL_ADDRESS:gerald.fitz@eircom.net]]). His laptop at [[IP_ADDRESS:192.168.1.44]] couldn't see the printer; the router's public address is [[IP_ADDRESS:86.44.201.17]]. Reinstalled the driver, closed.""",
    """Driver note: if no answer, leave with the neighbour at no. 14. Recipient [[PERSON:Mohammed Al-Rashid]], [[ADDRESS:12 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8PZ]], mobile [[PHONE_NUMBER:07392 118 405]].""",
    """[[PERSON:Bianca Ferreira]] has frozen her membership (member no. [[ID_NUMBER:PG-220941]]) from [[DATE_TIME:1 March]] to [[DATE_TIME:31 May]] while she recovers from knee surgery; billing resumes automatically afterwards.""",
    """Biscuit, a six-year-old beagle belonging to [[PERSON:Yuki Nakamura]] of [[ADDRESS:88 Tennyson Street]], [[LOCATION:Elwood]], is due for his booster on [[DATE_TIME:March 14]]; a reminder has been sent to [[PHONE_NUMBER:0433 902 187]].""",
    """[[PERSON:Sneha Reddy]], roll no. [[ID_NUMBER:21BCE1184]], has uploaded her Aadhaar card ([[ID_NUMBER:5601 2847 7390]]) for the merit scholarship, and her father, [[PERSON:K. Venkat Reddy]], can be contacted on [[PHONE_NUMBER:9848012376]].""",
    """Hi [[PERSON:Priya]], for your 2024–25 return I've got your TFN as [[ID_NUMBER:459 238 174]] and your address as [[ADDRESS:Unit 6, 41 Albert Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]]. Can you confirm both before I lodge? Thanks, [[PERSON:Mark]]""",
    """We have received the transfer request from [[PERSON:Mr Clive Ashworth]] (born [[DATE_TIME:2 December 1959]], NI number [[ID_NUMBER:NR 31 46 88 B]]) and will write to him at [[ADDRESS:The Old Forge, Mill Lane]], [[LOCATION:Great Bardfield]], [[ZIP_CODE:CM7 4SJ]] within ten working days.""",
    """Congratulations [[PERSON:Nia]] & [[PERSON:Jerome]]! Your wedding at the boathouse is pencilled in for [[DATE_TIME:Saturday 13 September 2025]], and the deposit invoice has gone to [[EMAIL_ADDRESS:nia.and.jerome.2025@gmail.com]].""",
    """Renter [[PERSON:Carlos Mendoza]], Texas driver license [[US_DRIVER_LICENSE:41872093]], picked up the Camry at DFW on [[DATE_TIME:3/14/25 10:12 AM]]. Card on file: [[CREDIT_CARD:4147 2098 3300 4610]], exp 09/27.""",
    """Passenger [[PERSON:Achieng Otieno]], passport no. [[ID_NUMBER:AK0492716]], is booked on the [[LOCATION:Nairobi]]–[[LOCATION:Kisumu]] flight on [[DATE_TIME:2 May]]; seat and meal preferences will be confirmed by SMS to [[PHONE_NUMBER:+254 712 338 460]].""",
    """Thank you, [[PERSON:Margaret Oyelaran-Hughes]], for your gift of £50. Because you ticked the Gift Aid box we can claim an extra £12.50, and your receipt will be posted to [[ADDRESS:5 Pennine View]], [[LOCATION:Hebden Bridge]], [[ZIP_CODE:HX7 8DT]].""",
    """hi im [[PERSON:rajesh]], [[AGE:31]], from [[LOCATION:Leicester]]. [[NRP:hindu]], vegetarian, love cricket and long drives. whatsapp me on [[PHONE_NUMBER:07458 330 912]] if u want to chat""",
    """Pickup authorisation: [[PERSON:Grace]] may be collected by her grandmother, [[PERSON:Evelyn Mwangi]] (ID [[ID_NUMBER:23781094]]), or by her uncle [[PERSON:Brian]]. Mum's number is [[PHONE_NUMBER:0733 902 114]].""",
    """Overdue notice for library card [[ID_NUMBER:21387004412906]]: [[PERSON:Wilhelmina van der Berg]], three items were due back on [[DATE_TIME:28 Feb]]. Fines stop at $5.00 per item.""",
    """[[PERSON:Farhan Qureshi]], UCI [[ID_NUMBER:11-2948-3371]], landed as a permanent resident on [[DATE_TIME:October 2, 2023]] and now lives at [[ADDRESS:305-1420 Pembina Hwy]], [[LOCATION:Winnipeg]], [[LOCATION:MB]] [[ZIP_CODE:R3T 2C2]]. He is [[NRP:Pakistani]] by birth and [[NRP:Ahmadi]] by faith.""",
    """[[PERSON:Jana Dvořáková]], rodné číslo [[ID_NUMBER:746012/9028]], pojištěnka VZP, se objednala k [[TITLE:MUDr.]] [[PERSON:Horákovi]] na [[DATE_TIME:úterý 15. dubna v 8:30]]. Telefon pro případ změny: [[PHONE_NUMBER:+420 604 218 775]].""",
    """[[TITLE:Herr]] [[PERSON:Johann Pichler]], geboren am [[DATE_TIME:14.03.1986]], Sozialversicherungsnummer [[ID_NUMBER:1280 140386]], hat am [[DATE_TIME:2. Juni]] in der Filiale [[LOCATION:Linz-Urfahr]] ein Gehaltskonto eröffnet: [[IBAN_CODE:AT67 2011 1827 3465 0017]].""",
    """Die Krankenkasse hat die Rechnung von [[PERSON:Reto Gisler]] (AHV-Nr. [[ID_NUMBER:756.4810.2938.45]]) für den Spitalaufenthalt vom [[DATE_TIME:4. März 2025]] erhalten und überweist die Rückerstattung auf [[IBAN_CODE:CH74 0023 5104 8213 7712 0]]. Er wohnt an der [[ADDRESS:Bahnhofstrasse 21]], [[ZIP_CODE:6430]] [[LOCATION:Schwyz]].""",
    # back to lettings, property and utilities
    """For the room at [[ADDRESS:Room 4, 62 Harborne Park Road]], [[LOCATION:Birmingham]], [[PERSON:Adaeze]]'s guarantor is her father, [[PERSON:Emeka Nwosu]] ([[EMAIL_ADDRESS:emekanwosu@yahoo.co.uk]]); the right-to-rent check was done on [[DATE_TIME:18/08/2024]] using her share code.""",
    """I'm moving from [[ADDRESS:23 Brackley Close]] to [[ADDRESS:Flat 9, Osprey House, 4 Kings Wharf]], [[LOCATION:Exeter]] [[ZIP_CODE:EX2 4AN]] on the [[DATE_TIME:30th of May]] and want my broadband to move with me. Account [[ID_NUMBER:BT48193362]], name [[PERSON:Ruth Iyer]].""",
    """[[PERSON:Sanjay]] and [[PERSON:Meera Chauhan]] have an agreement in principle for £285,000 on [[ADDRESS:17 Coppice Way]], [[LOCATION:Wolverhampton]]. The valuer is visiting on [[DATE_TIME:Thu 22 May, 2pm]], and their broker, [[PERSON:Lisa Hartigan]], is on [[PHONE_NUMBER:07981 640 225]] if anything changes.""",
    """The bond of $2,160 for [[ADDRESS:3/27 Milton Terrace]], [[LOCATION:Largs Bay]] [[LOCATION:SA]] [[ZIP_CODE:5016]] has been lodged for tenants [[PERSON:Lachlan Fraser]] and [[PERSON:Mai Tran]]; the lease runs from [[DATE_TIME:10 Jan 2025]] to [[DATE_TIME:9 Jan 2026]].""",
    """[[PERSON:Pádraig Ó Súilleabháin]] reports no water at [[ADDRESS:Cnoc na Gréine]], [[LOCATION:Ballyferriter]], [[LOCATION:Co. Kerry]], [[ZIP_CODE:V92 E6R1]] since Tuesday and would like a callback on [[PHONE_NUMBER:087 219 4406]].""",
    """Open house this Sunday, 1–4pm, at [[ADDRESS:618 Sycamore Lane]], [[LOCATION:Naperville]]! Four beds, finished basement, walk to the Metra. Listed by [[PERSON:Tricia Gallagher]] – call or text [[PHONE_NUMBER:630-291-7745]].""",
    """Landlord [[PERSON:Kwame Asante]] wants two years' rent in advance for the chamber-and-hall self-contained in [[LOCATION:Dansoman]], and has asked for a copy of [[PERSON:Efua Mensah]]'s Ghana Card, [[ID_NUMBER:GHA-723918405-6]], before the keys are handed over.""",
    """Maintenance request #4471: water heater leaking in [[ADDRESS:Unit 210, 1500 S Lamar Blvd]], [[LOCATION:Austin]]. Tenant [[PERSON:Brandon Lee Whitaker]] says entry is OK on [[DATE_TIME:Wednesday 4/9 at 1pm]]; cell [[PHONE_NUMBER:512-866-0391]].""",
    """Move-in request: [[PERSON:Harpreet Kaur Gill]] wants new electricity service at [[ADDRESS:14732 68 Ave]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 2B9]] starting [[DATE_TIME:June 1]], and gave her date of birth, [[DATE_TIME:1990-11-27]], for the identity check.""",
    """The resale of the 4-room flat at [[ADDRESS:Blk 512 Tampines Central 1, #11-208]] from [[PERSON:Goh Wei Ming]] (NRIC [[ID_NUMBER:S7710834C]]) to [[PERSON:Farah binte Ismail]] is due to complete on [[DATE_TIME:23 Jun 2025]].""",
    """Thanks for booking, [[PERSON:Ieuan]]! The cottage is yours from [[DATE_TIME:Fri 1 Aug]] to [[DATE_TIME:Fri 8 Aug]]. The address is [[ADDRESS:Bwthyn Bach, Lôn Glan Môr]], [[LOCATION:Aberdaron]], [[ZIP_CODE:LL53 8BE]], and the key safe code is 4271.""",
    """Offer of accommodation: [[PERSON:Zhang Yiran]] (student ID [[ID_NUMBER:2409187]]), room B-317 in Cathays Court, [[LOCATION:Cardiff]], contract starting [[DATE_TIME:21/09/2024]]. The guarantor requirement has been waived.""",
    """[[PERSON:Marcia Campbell-Brown]] sends J$40,000 every month to her mother in [[LOCATION:Mandeville]]; the receiving phone is [[PHONE_NUMBER:876-961-4420]] and the TRN on the form is [[ID_NUMBER:112-847-306]].""",
    """I lost my wallet on the 57 bus on [[DATE_TIME:Thursday 6 March]] in the evening. It had my driving licence ([[ID_NUMBER:OKAFO856154N99AB]]) and my bank card in it. – [[PERSON:Ngozi Okafor]], [[PHONE_NUMBER:07826 550 173]]""",
    """Reminder: [[PERSON:Hamish Drummond]] has a check-up with [[PERSON:Dr. Priti Varma]] on [[DATE_TIME:Monday, 12 May at 3:45 PM]]. Reply Y to confirm or call the practice to rebook.""",
    """Did you attempt a purchase of $1,249.00 at BESTBUY.COM with card [[CREDIT_CARD:5424 1876 0021 3393]]? [[PERSON:Angela]], please reply YES or NO so we can keep your account safe.""",
    """[[PERSON:Nurul Aina binti Zulkifli]], IC no. [[ID_NUMBER:920814-10-5528]], is claiming for her hospital stay in [[LOCATION:Shah Alam]] that began on [[DATE_TIME:2 January]], and has attached the discharge summary.""",
    """Club registration: [[PERSON:Oisín Kavanagh]], U14, DOB [[DATE_TIME:03/02/2012]]; parent [[PERSON:Deirdre Kavanagh]], [[PHONE_NUMBER:086 331 7729]]. Medical notes: asthma, inhaler kept in kit bag.""",
    """[[PERSON:Muhammad Bilal Siddiqui]] (CNIC [[ID_NUMBER:35202-4918273-5]]) applied for a car loan at the [[LOCATION:Gulberg]] branch in [[LOCATION:Lahore]] and listed his brother [[PERSON:Usman]] as a reference on [[PHONE_NUMBER:0300-4412987]].""",
    """Following the death of [[PERSON:Doris Eileen Whitcombe]] on [[DATE_TIME:4 November 2024]], her executors, [[PERSON:Graham Whitcombe]] and [[PERSON:Susan Lowry]], have instructed us to market [[ADDRESS:41 Orchard Rise]], [[LOCATION:Taunton]], [[ZIP_CODE:TA1 3QZ]].""",
    """Hello, my name is [[PERSON:Babatunde Lawal]]. My prepaid meter 45012378812 has not accepted the token I bought yesterday. Customer account [[ID_NUMBER:0102348871-01]], address [[ADDRESS:23 Adeniran Ogunsanya Street]], [[LOCATION:Surulere]]. Please call me on [[PHONE_NUMBER:0816 220 4457]].""",
    """Nájemní smlouva: pronajímatel [[TITLE:Ing.]] [[PERSON:Tomáš Kratochvíl]], nájemce [[PERSON:Lucie Benešová]], nar. [[DATE_TIME:22. 1. 1991]], byt 2+kk v ulici [[ADDRESS:Cejl 517/36]], [[LOCATION:Brno]]. Nájem od [[DATE_TIME:1. 3. 2025]], kauce 36 000 Kč na účet [[ID_NUMBER:271138466/0100]].""",
    """Liebe [[TITLE:Frau]] [[PERSON:Steinberger]], Ihr Zählerstand vom [[DATE_TIME:28. Februar]] wurde übernommen (Zählpunkt AT0010000000000000001000004519826). Kundennummer [[ID_NUMBER:1104 338 271]], Anlage [[ADDRESS:Grazer Straße 14/3]], [[ZIP_CODE:8200]] [[LOCATION:Gleisdorf]].""",
    """NOTICE TO [[PERSON:TYRONE BANKS]] AND [[PERSON:KEISHA BANKS]], [[ADDRESS:2719 W Greenfield Ave, Apt 3]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53204]]: you are hereby given five days to pay rent of $1,125.00 or vacate the premises.""",
    """[[PERSON:Ms Abena Owusu]] moved out of [[ADDRESS:58 Ladypool Road]] on [[DATE_TIME:31/01/2025]] and into [[ADDRESS:Flat 2, 9 Stratford Road]] the next day. Council tax account [[ID_NUMBER:60018823541]]; forwarding email [[EMAIL_ADDRESS:abena.owusu@hotmail.co.uk]].""",
    """Tenant [[PERSON:Rahul Nair]] (Emirates ID [[ID_NUMBER:784-1987-4417302-6]]) renewed the lease for [[ADDRESS:Apartment 1406, Marina Pinnacle]], [[LOCATION:Dubai Marina]], and the four rent cheques will be drawn on [[IBAN_CODE:AE55 0330 0000 1928 4417 263]].""",
    """[[PERSON:Eleanor Mae Dutton]], [[AGE:88]], of [[LOCATION:Bozeman]], passed away peacefully on [[DATE_TIME:February 9, 2025]]. She is survived by her son [[PERSON:Russell]] (and his wife [[PERSON:Dana]]) and granddaughter [[PERSON:Kaylee]]. Services will be held at 11 a.m. Saturday at Grace Lutheran Church.""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Mx. Rowan Achterberg]], your account [[USERNAME:rachterberg_91]] was accessed on [[DATE_TIME:2024-10-17T03:14:22Z]] from [[IP_ADDRESS:77.241.90.18]] (device 3c:8a:1f:52:e0:7d, Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0). If this wasn't you, reset your password and call us back from [[PHONE_NUMBER:+31 6 4187 2290]].""",
    """The Lead Accountability Specialist, [[PERSON:Ottilie Brandt-Moreau]], born [[DATE_TIME:30/05/1987]], has asked that her reimbursement of 1,842.17 EUR be paid to [[IBAN_CODE:DE94 3705 0198 0028 4419 36]] (BIC COLSDE33XXX) rather than refunded to the card [[CREDIT_CARD:5133770452190843]].""",
    """Patient [[PERSON:Jarvis Okeke-Lindqvist]], [[AGE:63]], male, resides at [[ADDRESS:8812 Harmony Ridge Apt. 304]], [[LOCATION:West Kaylin]], [[LOCATION:Nebraska]] [[ZIP_CODE:68502-3314]]; SSN [[US_SSN:518-72-4093]]; eye colour hazel; height 5'11"; next of kin [[PERSON:Greta Lindqvist]].""",
    """Hey [[PERSON:Lisandro]], could you courier the signed lease to [[ADDRESS:Suite 1120, 400 Quayside Boulevard]], [[LOCATION:Darwin]] [[ZIP_CODE:0800]]? Use the company Amex [[CREDIT_CARD:377201938475612]] (CVV 4417, exp 02/28) and text me on [[PHONE_NUMBER:+61 489 220 731]] once it's sent. – [[PERSON:Harriet]]""",
    """[[PERSON:Ms. Ifeoma Chukwu-Baptiste]], Dynamic Mobility Consultant at Hahn Group, uses the username [[USERNAME:ifeoma.cb]] and the Ethereum wallet [[ID_NUMBER:0x4e8B21c9aF03d7e56B1a2C9e0F7d84a6B3e51c27]] for the payroll pilot; her last session came from [[IP_ADDRESS:2a02:c7f:d41a:9e00:1c3b:4ff2:8a90:17e4]].""",
    """Your subscription to the fitness tracker has been renewed for [[PERSON:Dagny Halvorsen]] ([[EMAIL_ADDRESS:dagny.halvorsen@online.no]]). Billing address: [[ADDRESS:Thorvald Meyers gate 47B]], [[ZIP_CODE:0555]] [[LOCATION:Oslo]]. Card [[CREDIT_CARD:4009-1236-8841-0276]], expires 11/26, CVV 902.""",
    """Customer profile – first name: [[PERSON:Brennan]]; last name: [[PERSON:Oyelowo]]; sex: male; date of birth: [[DATE_TIME:12th March 1971]]; building number: [[ADDRESS:2207]]; street: [[ADDRESS:Cassin Throughway]]; secondary address: [[ADDRESS:Suite 58]]; city: [[LOCATION:Port Genoveva]]; state: [[LOCATION:ME]]; zip: [[ZIP_CODE:04101]]; phone: [[PHONE_NUMBER:207.448.3961]].""",
    """Please note that [[PERSON:Aurelio]], aged [[AGE:17]], needs parental consent before the school can issue his laptop (IMEI 35-209900-176148-1). His guardian, [[PERSON:Giuliana Ferraro]], can sign the form at home: [[ADDRESS:Via dei Mille 24, int. 6]], [[ZIP_CODE:80121]] [[LOCATION:Napoli]].""",
    """Attention [[PERSON:Dr. Mahmoud Haddad]]: the invoice from Schmitt, Labadie and Mraz was settled in bitcoin from [[ID_NUMBER:bc1q9h7garjxh2r4e8lkx0mz3z5y6u0fw4tq8vd2kp]]; the confirmation went to [[EMAIL_ADDRESS:m.haddad@protonmail.com]] and the portal login is [[USERNAME:mhaddad.md]].""",
    """We are writing to [[PERSON:Yolanda Pérez-Whitfield]] about loan 77-34019. Her account [[ID_NUMBER:20934817]] (sort code 40-47-84) shows three missed payments since she moved to [[ADDRESS:17 Blenheim Crescent]], [[LOCATION:Notting Hill]], [[LOCATION:London]] [[ZIP_CODE:W11 2EE]] on [[DATE_TIME:10/09/2024]].""",
    """Job post shared by [[PERSON:Tobias Engström]] ([[USERNAME:tengstrom]]): Future Branding Producer, remote, based in [[LOCATION:Malmö]]. Apply by emailing [[EMAIL_ADDRESS:tobias.engstrom84@gmail.com]] with your CV. His profile: [[URL:https://www.linkedin.com/in/tobias-engstrom-84/]]""",
    """In the quarterly review, [[PERSON:Kamala Rajagopalan]] (Investor Directives Coordinator, employee no. [[ID_NUMBER:E-448120]]) reported that her corporate card [[CREDIT_CARD:5499 1207 7340 5819]] was skimmed at a kiosk in [[LOCATION:Chennai]] on [[DATE_TIME:8 Nov 2024]].""",
    """[[PERSON:Elliot Wafula]] owns a vehicle with VIN 2T1BURHE5JC048213 and plate [[ID_NUMBER:KDA 472J]] registered in [[LOCATION:Nakuru]]; his mobile is [[PHONE_NUMBER:+254 733 401 226]] and his KRA PIN is [[ID_NUMBER:A009184732M]].""",
    """Transfer alert: [[PERSON:Sorcha Delaney]] moved €3,200 from [[IBAN_CODE:IE15 BOFI 9000 1779 0314 52]] to [[IBAN_CODE:IE96 IPBS 9906 4088 1274 33]] at 14:02 from [[IP_ADDRESS:109.76.33.201]]. If you did not authorise this, contact us immediately.""",
    """Sehr geehrter [[TITLE:Herr]] [[TITLE:DI]] [[PERSON:Florian Aigner]], als Leitender Integrationsberater bei Huber & Partner ist Ihr Zugang [[USERNAME:faigner]] ab [[DATE_TIME:15.01.2025]] freigeschaltet. Ihre hinterlegte Karte [[CREDIT_CARD:4921 8477 3012 5566]] (gültig bis 08/27) wird monatlich belastet. Rückfragen: [[PHONE_NUMBER:+43 664 318 2207]].""",
    """Guten Tag [[PERSON:Seraina Caduff]], Ihre neue Adresse [[ADDRESS:Quaderstrasse 8]], [[ZIP_CODE:7000]] [[LOCATION:Chur]] wurde erfasst. Versichertennummer [[ID_NUMBER:756.3020.1776.62]], Geburtsdatum [[DATE_TIME:02.11.1994]], Änderung vorgenommen von [[IP_ADDRESS:178.197.224.61]].""",
    """Vážená [[TITLE:paní]] [[PERSON:Novotná]], jako vedoucí oddělení pohledávek jste požádala o změnu účtu na [[IBAN_CODE:CZ16 2010 0000 0005 0123 4788]]. Přihlášení proběhlo [[DATE_TIME:12. 2. 2025 v 9:41]] z adresy [[IP_ADDRESS:89.24.118.7]], uživatel [[USERNAME:knovotna]], telefon [[PHONE_NUMBER:737 412 980]].""",
    """Zákazník [[PERSON:Radek Procházka]], nar. [[DATE_TIME:3. 7. 1992]], r. č. [[ID_NUMBER:920703/2890]], bytem [[ADDRESS:Masarykova 412/9]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], zaplatil kartou [[CREDIT_CARD:5167 3400 2981 4553]] (CVC 318). E-mail: [[EMAIL_ADDRESS:radek.prochazka@seznam.cz]].""",
    """Die Sendung an [[PERSON:Valentina Gruber]], [[ADDRESS:Hauptplatz 3, Top 7]], [[ZIP_CODE:4020]] [[LOCATION:Linz]], konnte am [[DATE_TIME:Montag, 10. März]] nicht zugestellt werden. Bitte melden Sie sich unter [[PHONE_NUMBER:0676 429 1183]] oder [[EMAIL_ADDRESS:vali.gruber@gmx.at]].""",
    """Reminder for [[PERSON:Haruto Matsumoto-Clarke]]: the Corporate Communications Supervisor's laptop (serial C02XK4TJJG5H, MAC a4:83:e7:19:0b:6c) must be returned to [[ADDRESS:Level 14, 201 Kent Street]], [[LOCATION:Sydney]] [[ZIP_CODE:2000]] by his last day, [[DATE_TIME:28 March 2025]].""",
    """User [[USERNAME:gr8_grandma_bev]] ([[PERSON:Beverly Ann Tollison]], [[AGE:71]]) entered the photo contest from [[IP_ADDRESS:174.62.19.230]] using Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15; prize to be shipped to [[ADDRESS:PO Box 448]], [[LOCATION:Hot Springs]], [[LOCATION:AR]] [[ZIP_CODE:71902]].""",
    """[[PERSON:Anand Krishnamurthy]], PAN [[ID_NUMBER:BQKPK4471M]], account [[ID_NUMBER:50100248817345]] (IFSC HDFC0001234), requested a demand draft in favour of [[PERSON:Lakshmi Narayanan]] for ₹1,25,000 on [[DATE_TIME:17-02-2025]].""",
    """We noticed that [[PERSON:Marguerite Oduya]] signed in to the donor portal with the password Tulip$2019! from [[IP_ADDRESS:41.90.64.12]]; her recurring gift is charged to [[CREDIT_CARD:4532 0177 8812 4066]] on the 3rd of each month.""",
    """The Principal Metrics Liaison, [[PERSON:Ms. Wairimu Gathoni]], asked for her expense card [[CREDIT_CARD:2227 6104 8830 9120]] to be replaced and shipped to [[ADDRESS:Apt 6B, Riverside Gardens, Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]], [[ZIP_CODE:00100]].""",
    """Billing query from [[PERSON:Gustavo Lima Bezerra]] (CPF [[ID_NUMBER:418.273.065-80]]): the charge on [[CREDIT_CARD:4678 9012 3400 9811]] was taken in BRL, but he now lives in Portugal at [[ADDRESS:Rua da Prata 112, 3.º esq.]], [[ZIP_CODE:1100-416]] [[LOCATION:Lisboa]].""",
    """[[PERSON:Rhiannon]] – your hearing aid fitting at the [[LOCATION:Swansea]] clinic is on [[DATE_TIME:11/06 at 14:30]]. Please bring your NHS number ([[ID_NUMBER:738 205 1641]]) and arrive ten minutes early.""",
    """Dear [[PERSON:Mr. Tan Jun Hao]], the top-up you made for your mother, [[TITLE:Mdm]] [[PERSON:Lee Siew Ling]] (NRIC [[ID_NUMBER:S8724519E]]), was received on [[DATE_TIME:21 Mar 2025]]. A copy of this notice has been sent to [[EMAIL_ADDRESS:junhao.tan@singnet.com.sg]].""",
    """Hi [[PERSON:Grayson]], the Dynamic Factors Engineer role starts on [[DATE_TIME:2025-06-02]]. Please send your bank details (routing 021000021, account [[ID_NUMBER:483920174455]]) and your SSN, which we have as [[US_SSN:602-41-8873]], to onboarding@kesslerdynamics.com.""",
    """Withdrawal request by [[USERNAME:moonboi_karim]] ([[PERSON:Karim Benali]], [[EMAIL_ADDRESS:karim.benali93@outlook.fr]]): €2,400 to [[IBAN_CODE:FR76 3000 3021 6000 0517 3829 403]], submitted from [[IP_ADDRESS:90.112.47.205]] at 23:51 with Chrome 122 on Windows 10.""",
    """[[PERSON:Sipho Ndlovu]] ([[AGE:49]]), ID [[ID_NUMBER:7509275841081]], Senior Logistics Planner, changed his delivery address to [[ADDRESS:Unit 12, Sunbird Villas, 33 Eagle Street]], [[LOCATION:Bloemfontein]], [[ZIP_CODE:9301]] and his phone to [[PHONE_NUMBER:071 440 2983]].""",
    """[[PERSON:Petronella]], the Forward Web Technician, shared her screen during the call and exposed her card [[CREDIT_CARD:6011 0228 4469 1772]], its CVV 517 and her home address, [[ADDRESS:77 Ridgeback Trail]], [[LOCATION:Fredericksburg]], [[LOCATION:Virginia]] [[ZIP_CODE:22405]].""",
    """Member [[PERSON:Ikaika Kahananui]] (DOB [[DATE_TIME:1996/08/03]]) switched gym plans; the new direct debit comes from account [[ID_NUMBER:0014-228391]], phone [[PHONE_NUMBER:(808) 447-2091]], email [[EMAIL_ADDRESS:ikaika.k@hawaii.rr.com]].""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """INSURANCE CLAIM FORM
Claim number: HC-2025-118374
Policyholder: [[PERSON:Adebayo Ogunleye]]
Date of birth: [[DATE_TIME:September 14, 1978]]
Property address: [[ADDRESS:3408 Whitestone Drive]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75023]]
Date of loss: [[DATE_TIME:January 27, 2025]]
Description: Burst pipe in the upstairs bathroom caused water damage to the kitchen ceiling. Plumber's invoice #5521 attached.
Contact phone: [[PHONE_NUMBER:469-218-3370]]
Settlement account: [[ID_NUMBER:8820 4417 1093]]""",
    """EMPLOYMENT AGREEMENT

This Agreement is made on [[DATE_TIME:March 3, 2025]] between Northgate Analytics Inc. ("Employer") and [[PERSON:Priscilla Nakamura-Ortiz]], residing at [[ADDRESS:1140 Alder Creek Way]], [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83706]] ("Employee").

1. Position. The Employee will serve as Senior Data Engineer beginning [[DATE_TIME:April 1, 2025]], reporting to [[PERSON:Douglas Reinholt]].
2. Compensation. Base salary of $148,000 per year, paid bi-weekly by direct deposit.
3. Identification. Employee SSN on file: [[US_SSN:529-38-1047]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Fatima Zahra El Idrissi]]    MRN: [[ID_NUMBER:00731846]]    DOB: [[DATE_TIME:07/22/1955]] (age [[AGE:69]])
Admitted: [[DATE_TIME:02/11/2025]]    Discharged: [[DATE_TIME:02/15/2025]]
Attending: [[PERSON:Dr. Samuel Whitcombe]], MD
Diagnosis: Community-acquired pneumonia, resolved. Type 2 diabetes.
Follow-up: PCP [[PERSON:Dr. Anita Bose]] within 7 days; call [[PHONE_NUMBER:(617) 432-8810]] to schedule.
Emergency contact: [[PERSON:Youssef El Idrissi]] (son), [[PHONE_NUMBER:(617) 290-5533]]""",
    """Loan Application – Personal
Applicant: [[PERSON:Trevor J. Blackwood]]
SSN: [[US_SSN:431-90-2267]]    Date of birth: [[DATE_TIME:11/03/1982]]
Current address: [[ADDRESS:56 Fairhaven Road, Unit 2]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]] (since [[DATE_TIME:June 2019]])
Employer: Penobscot Marine Supply    Position: Warehouse Manager    Annual income: $71,500
Co-applicant: [[PERSON:Renée Blackwood]], SSN [[US_SSN:431-77-0918]]
Requested amount: $18,000 for vehicle purchase
Checking account: [[ID_NUMBER:7730019284]] (routing 011200365)""",
    """NOTICE OF TERMINATION OF TENANCY

To: [[PERSON:Gabriel Moreau-Little]] and [[PERSON:Imogen Little]]
Premises: [[ADDRESS:Flat 5, 112 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JE]]

We, the landlords, give you notice that we require possession of the premises after [[DATE_TIME:30 June 2025]]. Your deposit is protected with the Deposit Protection Service, certificate DPS-8841-2203.

Signed: [[PERSON:Helen Carruthers]] and [[PERSON:Michael Carruthers]]
Date: [[DATE_TIME:28 March 2025]]
Correspondence address: [[ADDRESS:Holly Cottage, 3 Church Walk]], [[LOCATION:Abingdon]] [[ZIP_CODE:OX14 3QE]]""",
    """ASSURED SHORTHOLD TENANCY AGREEMENT (extract)
Landlord: [[PERSON:Rukhsana Begum]] of [[ADDRESS:41 Heaton Grove]], [[LOCATION:Bradford]] [[ZIP_CODE:BD9 4DZ]]
Tenant: [[PERSON:Liam Patrick Doherty]], date of birth [[DATE_TIME:19/02/1996]]
Property: [[ADDRESS:27 Ashbourne Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7HL]]
Term: 12 months from [[DATE_TIME:1 April 2025]]
Rent: £725 per calendar month, payable to the landlord's account [[IBAN_CODE:GB05 HBUK 4012 7622 0938 14]]
Tenant's emergency contact: [[PERSON:Maureen Doherty]], [[PHONE_NUMBER:028 7126 4419]]""",
    """Direct Debit Instruction
Service user: Severn Valley Water    Reference: SVW-0044918273
Name of account holder: [[PERSON:Ms Bethan Lloyd-Jenkins]]
Account number: [[ID_NUMBER:31926458]]    Branch sort code: 30-96-34
Supply address: [[ADDRESS:14 Pen-y-Lan Terrace]], [[LOCATION:Llanidloes]] [[ZIP_CODE:SY18 6EY]]
Moving-in date: [[DATE_TIME:03/03/2025]]
Signature: B. Lloyd-Jenkins    Date: [[DATE_TIME:05/03/2025]]""",
    """CONSENT TO PARTICIPATE IN RESEARCH
Study: Sleep quality in shift workers (REB #2024-117)
Participant name: [[PERSON:Anjali Raman]]    Study ID: [[ID_NUMBER:SQ-0381]]
Date of birth: [[DATE_TIME:1989-04-30]]    Phone: [[PHONE_NUMBER:604-817-2294]]
Address: [[ADDRESS:2207-1166 Melville Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6E 4P5]]
I have read the information sheet and agree to take part.
Signature: ______    Date: [[DATE_TIME:2025-01-14]]
Witness: [[PERSON:Marc-André Tremblay]], research coordinator""",
    """SUPERIOR COURT OF CALIFORNIA, COUNTY OF [[LOCATION:ALAMEDA]]
SUMMONS (CITACIÓN JUDICIAL) – UNLAWFUL DETAINER
Notice to defendant: [[PERSON:JAMAL OKAFOR-REYES]]; [[PERSON:CRYSTAL REYES]]; DOES 1 TO 5
You are being sued by plaintiff: Bayview Residential Partners, L.P.
Case number: RG25-184471
The premises are located at [[ADDRESS:3120 Foothill Boulevard, Apt. 8]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94601]].
Date: [[DATE_TIME:April 2, 2025]]    Clerk, by [[PERSON:M. Alvarado]], Deputy""",
    """CUSTOMER KYC FORM
Name: [[PERSON:Deepika Venkataraman]]    Father's name: [[PERSON:S. Venkataraman]]
Date of birth: [[DATE_TIME:15-08-1991]]    Gender: F    Marital status: Married
Aadhaar: [[ID_NUMBER:8372 6104 9580]]    PAN: [[ID_NUMBER:AHXPV3318K]]
Permanent address: [[ADDRESS:Flat 3B, Sai Krupa Apartments, 12th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]
Mobile: [[PHONE_NUMBER:+91 99001 47725]]    Email: [[EMAIL_ADDRESS:deepika.v91@yahoo.in]]
Occupation: Salaried – Software Engineer
Declaration signed at [[LOCATION:Bengaluru]] on [[DATE_TIME:03-02-2025]]""",
    """Services Australia
[[PERSON:Mr Nathan Kiriakidis]]
[[ADDRESS:PO Box 3172]]
[[LOCATION:Geelong]] [[LOCATION:VIC]] [[ZIP_CODE:3220]]

Customer Reference Number: [[ID_NUMBER:304 718 552X]]

Dear [[PERSON:Nathan]],
We have reviewed your claim for JobSeeker Payment. Your next appointment is on [[DATE_TIME:Thursday 17 April 2025 at 10:15am]] at the [[LOCATION:Geelong]] service centre. If you cannot attend, call us before then.""",
    """PRESCRIPTION
Prescriber: [[PERSON:Dr Hemi Walker]]    Registration [[ID_NUMBER:41832]]
Patient: [[PERSON:Aroha Te Whata]]    NHI: [[ID_NUMBER:ZKT4414]]    DOB: [[DATE_TIME:29/10/1970]]
Address: [[ADDRESS:18 Kauri Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]
Rx: Metformin 500mg, one tablet twice daily with food, 3 months
Date: [[DATE_TIME:12/03/2025]]""",
    """KUPNÍ SMLOUVA (výňatek)
Prodávající: [[PERSON:Miroslav Havlíček]], nar. [[DATE_TIME:25. 9. 1968]], r. č. [[ID_NUMBER:680925/0448]], trvale bytem [[ADDRESS:Lidická 1877/22]], [[ZIP_CODE:370 01]] [[LOCATION:České Budějovice]]
Kupující: [[PERSON:Eliška Marešová]], nar. [[DATE_TIME:7. 6. 1999]], r. č. [[ID_NUMBER:995607/3182]], trvale bytem [[ADDRESS:Nádražní 48]], [[ZIP_CODE:386 01]] [[LOCATION:Strakonice]]
Předmět: byt č. 12 v domě č. p. 1877, k. ú. České Budějovice 3
Kupní cena 3 450 000 Kč bude uhrazena na účet prodávajícího [[ID_NUMBER:1928453079/0800]] do [[DATE_TIME:31. 5. 2025]].""",
    """Meldezettel – Hauptwohnsitz
Familienname: [[PERSON:Ozturk]]    Vorname: [[PERSON:Elif]]
Geburtsdatum: [[DATE_TIME:09.11.1993]]    Geburtsort: [[LOCATION:Istanbul]]
Staatsangehörigkeit: [[NRP:Türkei]]    Religionsbekenntnis: [[NRP:islamisch]]
Anmeldung der Unterkunft: [[ADDRESS:Lerchenfelder Gürtel 43/5/18]], [[ZIP_CODE:1160]] [[LOCATION:Wien]]
Zuzug aus dem Ausland: [[LOCATION:Türkei]]    Datum der Anmeldung: [[DATE_TIME:17.02.2025]]
Unterkunftgeber: [[PERSON:Gerhard Lechner]]""",
    """RENEWAL NOTICE – HOME AND CONTENTS
Policy HC-9920174
Insured: [[PERSON:Siaosi Faleolo]] and [[PERSON:Mele Faleolo]]
Risk address: [[ADDRESS:23 Tamaki Road]], [[LOCATION:Panmure]], [[LOCATION:Auckland]] [[ZIP_CODE:1072]]
Your policy renews on 14 May 2025. Premium: $2,184.60 a year, debited from account [[ID_NUMBER:12-3144-0298817-00]].
Questions? Email [[EMAIL_ADDRESS:siaosi.faleolo@xtra.co.nz]] is the address we hold for you.""",
    """INCIDENT REPORT – Lincoln Park Elementary
Student: [[PERSON:Mateo Alvarez]], Grade 3, student ID [[ID_NUMBER:2031447]]
Date/time of incident: [[DATE_TIME:03/04/2025, 12:20 PM]]
Location: playground
Description: Mateo fell from the climbing frame and bumped his forehead. Ice applied by the nurse, [[PERSON:Ms. Janine Cho]].
Parent notified: [[PERSON:Lucía Alvarez]] at [[PHONE_NUMBER:(305) 718-2204]] at 12:35 PM.
Reported by: [[PERSON:Mr. Owen Price]], lunch supervisor""",
    """Private & Confidential

[[PERSON:Kelechi Nwankwo]]
[[ADDRESS:Flat 8, 22 Lansdowne Road]]
[[LOCATION:Croydon]] [[ZIP_CODE:CR0 2BX]]

Dear [[PERSON:Kelechi]],
Further to our meeting on [[DATE_TIME:14 March 2025]], I confirm that your employment as Customer Service Team Leader will end on [[DATE_TIME:11 April 2025]] by reason of redundancy. Your final payslip will go to your usual account, and your P45 will be sent to the address above. Employee number: [[ID_NUMBER:CS-004418]].
Yours sincerely,
[[PERSON:Angela Ferreira]], HR Business Partner""",
    """MORTGAGE STATEMENT
Borrower: [[PERSON:Dmitri Sokolov]] and [[PERSON:Natalia Sokolova]]
Property: [[ADDRESS:9021 Quail Hollow Lane]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28210]]
Loan number: 0048812293    Statement period: 01/01/2025 – 01/31/2025
Principal balance: $312,447.18    Escrow balance: $2,904.11
Payment due 02/01/2025: $2,318.40 – autopay from checking account [[ID_NUMBER:3304418762]]""",
    """PET INSURANCE CLAIM
Policyholder: [[PERSON:Chiara Bellucci-Ward]]    Policy PI-77812
Email: [[EMAIL_ADDRESS:chiara.bw@gmail.com]]    Phone: [[PHONE_NUMBER:0418 277 903]]
Pet: Pepper (cavoodle, 4 years)
Treating vet: [[PERSON:Dr Ravi Menon]], Bayside Animal Hospital
Date of treatment: [[DATE_TIME:19/02/2025]]
Condition: ear infection
Pay to BSB 062-914, account [[ID_NUMBER:1044 7281]]""",
    """To the Visa Officer,

I, [[PERSON:Olusegun Adebanjo]], a [[NRP:British]] citizen (passport [[ID_NUMBER:548120973]]), living at [[ADDRESS:88 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PG]], write to support the visit visa application of my mother, [[PERSON:Mrs. Abosede Adebanjo]], born [[DATE_TIME:4 April 1956]], [[NRP:Nigerian]] passport [[ID_NUMBER:A09174428]]. She will stay with me from [[DATE_TIME:1 July]] to [[DATE_TIME:15 August 2025]] and I will cover all costs.

[[PERSON:Olusegun Adebanjo]], [[PHONE_NUMBER:07944 320 118]]""",
    """WORKERS' COMPENSATION – EMPLOYEE CLAIM (DWC-1)
Employee: [[PERSON:Rosa Iñiguez]]    Date of birth: [[DATE_TIME:08/17/1974]]
Home address: [[ADDRESS:1552 E 9th Street]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90021]]
Date/time of injury: [[DATE_TIME:02/26/2025 10:30 a.m.]]
Body part: right wrist    How it happened: slipped on a wet floor in the cutting room
Employer: Pico Garment Works, Inc.    Supervisor: [[PERSON:Hector Vargas]]
Employee phone: [[PHONE_NUMBER:(213) 622-0947]]""",
    """INCIDENT REPORT – Garda Síochána
Reporting person: [[PERSON:Niamh Fennelly]], DOB [[DATE_TIME:22/07/1988]], PPSN [[ID_NUMBER:1836452I]]
Address: [[ADDRESS:6 St Brigid's Terrace]], [[LOCATION:Kilkenny]], [[ZIP_CODE:R95 FX83]]
Incident: theft of bicycle from outside Dunnes Stores, reported [[DATE_TIME:09/03/2025 at 18:40]].
Suspect described as male, 20s, grey tracksuit. Witness: [[PERSON:Tadhg Brennan]], [[PHONE_NUMBER:085 772 0314]].
Member in charge: [[TITLE:Garda]] [[PERSON:Aoife Moran]]""",
    """Referral letter
To: Orthopaedic outpatients, University Hospital [[LOCATION:Galway]]
Re: [[PERSON:Seán Mac Giolla Phádraig]], DOB [[DATE_TIME:14.05.1961]], [[ADDRESS:Ard na Gréine]], [[LOCATION:Moycullen]], [[LOCATION:Co. Galway]]
Dear colleague, I would be grateful if you could see this [[AGE:63]]-year-old man with worsening right knee pain since [[DATE_TIME:October]]. X-ray shows moderate OA.
Yours, [[PERSON:Dr. Úna Keating]], GP, [[LOCATION:Oughterard]]""",
    """ENDURING POWER OF ATTORNEY
I, [[PERSON:Harold Vincent Pemberton]], of [[ADDRESS:12 Rosewood Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0PE]], born [[DATE_TIME:3 January 1941]], appoint my daughter [[PERSON:Claire Pemberton-Shaw]] of [[ADDRESS:4 The Paddocks]], [[LOCATION:Knaresborough]] [[ZIP_CODE:HG5 9DL]] to be my attorney for property and financial affairs.
Signed on [[DATE_TIME:20 February 2025]] in the presence of [[PERSON:Imran Saeed]], solicitor.""",
    """Mietvertrag (Auszug)
Vermieterin: [[PERSON:Ursula Zbinden-Roth]], [[ADDRESS:Seestrasse 210]], [[ZIP_CODE:8800]] [[LOCATION:Thalwil]]
Mieter: [[PERSON:Luca Bernasconi]], geb. [[DATE_TIME:19.08.1990]], und [[PERSON:Anja Bernasconi-Keller]], geb. [[DATE_TIME:03.01.1992]]
Mietobjekt: 3½-Zimmer-Wohnung, 2. OG rechts, [[ADDRESS:Zürcherstrasse 54]], [[ZIP_CODE:8800]] [[LOCATION:Thalwil]]
Mietbeginn: [[DATE_TIME:1. Oktober 2025]]    Nettomiete CHF 2'380.–, Nebenkosten akonto CHF 220.–
Mietzinsdepot: CHF 7'140.– auf Sperrkonto [[IBAN_CODE:CH26 8080 8000 1938 2746 1]]""",
    # in the manner of Nemotron-PII (JSON, logs, SQL, XML, config, code, tickets, forms)
    """{"user_id": 88213, "username": "[[USERNAME:priya_s_87]]", "full_name": "[[PERSON:Priya Subramanian]]", "email": "[[EMAIL_ADDRESS:priya.subramanian87@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-416-738-2291]]", "dob": "[[DATE_TIME:1987-09-14]]", "address": {"street": "[[ADDRESS:77 Wellesley St E, Unit 1804]]", "city": "[[LOCATION:Toronto]]", "province": "[[LOCATION:ON]]", "postal_code": "[[ZIP_CODE:M4Y 1H6]]"}, "plan": "premium", "last_login": "[[DATE_TIME:2025-03-02T18:44:10Z]]", "last_login_ip": "[[IP_ADDRESS:99.231.14.87]]", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-03-11 08:02:17,441]] INFO  auth.LoginHandler - login ok user=[[USERNAME:jdelacruz]] ip=[[IP_ADDRESS:112.198.74.20]] ua="Mozilla/5.0 (Linux; Android 14; SM-A546E)" session=7f3a9c21
[[DATE_TIME:2025-03-11 08:02:55,903]] WARN  auth.LoginHandler - bad password user=[[USERNAME:m.santos.rn]] ip=[[IP_ADDRESS:49.145.201.7]] attempts=3
[[DATE_TIME:2025-03-11 08:03:10,118]] INFO  profile.Service - phone changed user=[[USERNAME:jdelacruz]] old=[[PHONE_NUMBER:+63 917 804 2231]] new=[[PHONE_NUMBER:+63 995 412 7780]]
[[DATE_TIME:2025-03-11 08:04:42,007]] ERROR payments.Gateway - declined card=[[CREDIT_CARD:4556731002180495]] holder="[[PERSON:JOSE DELA CRUZ]]" reason=insufficient_funds""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, phone, email, street, city, state, zip) VALUES
  ('[[ID_NUMBER:P-100482]]', '[[PERSON:Lorenzo]]', '[[PERSON:Bianchi]]', '[[DATE_TIME:1958-12-03]]', '[[PHONE_NUMBER:718-402-3317]]', '[[EMAIL_ADDRESS:lbianchi58@verizon.net]]', '[[ADDRESS:2140 Arthur Ave]]', '[[LOCATION:Bronx]]', '[[LOCATION:NY]]', '[[ZIP_CODE:10457]]'),
  ('[[ID_NUMBER:P-100483]]', '[[PERSON:Shanice]]', '[[PERSON:Grant-Holloway]]', '[[DATE_TIME:1994-05-27]]', '[[PHONE_NUMBER:347-881-0264]]', NULL, '[[ADDRESS:611 Lefferts Ave, Apt 3F]]', '[[LOCATION:Brooklyn]]', '[[LOCATION:NY]]', '[[ZIP_CODE:11203]]');""",
    """<customer id="[[ID_NUMBER:C-99182]]">
  <name><given>[[PERSON:Adaora]]</given><family>[[PERSON:Eze]]</family></name>
  <birthDate>[[DATE_TIME:1985-02-11]]</birthDate>
  <contact type="mobile">[[PHONE_NUMBER:+44 7412 550 938]]</contact>
  <contact type="email">[[EMAIL_ADDRESS:adaora.eze@icloud.com]]</contact>
  <address>
    <line1>[[ADDRESS:Flat 12, Kestrel Court]]</line1>
    <line2>[[ADDRESS:45 Sandringham Road]]</line2>
    <town>[[LOCATION:Leeds]]</town>
    <postcode>[[ZIP_CODE:LS17 6AB]]</postcode>
  </address>
  <payment type="card" last4="1178" expiry="07/27"/>
</customer>""",
    """# billing-worker/config/production.yaml
app: billing-worker
env: production
db:
  host: [[IP_ADDRESS:10.20.4.17]]
  port: 5432
  user: billing_svc
  password: "Pr0d-b1ll!ng-2024"
alerts:
  channel: "#billing-alerts"
  oncall_primary: "[[PERSON:Marta Kowalczyk]] <[[EMAIL_ADDRESS:marta.kowalczyk@fintrail.io]]>"
  oncall_secondary: "[[PERSON:Tunde Bakare]] <[[EMAIL_ADDRESS:tunde.bakare@fintrail.io]]>"
  escalation_phone: "[[PHONE_NUMBER:+44 7700 182 430]]"
""",
    """def test_update_billing_address(client):
    customer = Customer(
        name="[[PERSON:Hyun-woo Park]]",
        email="[[EMAIL_ADDRESS:hyunwoo.park@naver.com]]",
        card_number="[[CREDIT_CARD:5355104420933178]]",
        cvv="214",
        billing_address="[[ADDRESS:1830 Grand Ave, Apt 5]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90015]]",
    )
    resp = client.post("/billing/address", json=customer.to_dict())
    assert resp.status_code == 200""",
    """Ticket #INC-20931 | Priority: P2 | Status: Open
Opened by: [[PERSON:Chiamaka Eze-Johnson]] ([[EMAIL_ADDRESS:chiamaka.ezejohnson@hollisterlaw.com]]) ext. 4471
Subject: Can't see my payslips since the address change
Description: Hi team, after I updated my home address to [[ADDRESS:19 Larkspur Lane]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27607]] on [[DATE_TIME:Feb 20]], the payroll portal says "employee not found". My employee ID is [[ID_NUMBER:HL-30918]]. Please call me on my cell [[PHONE_NUMBER:919-306-4418]].
Assigned to: [[PERSON:Derek Lindqvist]] (IT Service Desk)""",
    """POST /apply/rental HTTP/1.1
Host: lettings.homebridge.co.uk
Content-Type: application/x-www-form-urlencoded

first_name=[[PERSON:Rohan]]&last_name=[[PERSON:Kapoor]]&email=[[EMAIL_ADDRESS:rohan.kapoor%40gmail.com]]&mobile=[[PHONE_NUMBER:07712094331]]&dob=[[DATE_TIME:1993-10-08]]&current_address=[[ADDRESS:4+Tennyson+Road]]&postcode=[[ZIP_CODE:NW6+7SB]]&move_in=[[DATE_TIME:2025-05-01]]&income=42000&property_ref=HB-LON-2281""",
    """MSH|^~\\&|EPIC|STJOSEPH|LAB|STJOSEPH|202503120814||ADT^A04|MSG00918|P|2.5
PID|1||[[ID_NUMBER:MRN00448217]]^^^STJ^MR||[[PERSON:DUBOIS]]^[[PERSON:MARIE-CLAIRE]]^[[PERSON:A]]||[[DATE_TIME:19680412]]|F|||[[ADDRESS:2250 RUE SHERBROOKE O APP 7]]^^[[LOCATION:MONTREAL]]^[[LOCATION:QC]]^[[ZIP_CODE:H3H 1G5]]||[[PHONE_NUMBER:(514)937-2210]]|||M
NK1|1|[[PERSON:DUBOIS]]^[[PERSON:PHILIPPE]]|SPO|||[[PHONE_NUMBER:(514)937-2210]]""",
    """[[IP_ADDRESS:91.204.18.77]] - [[USERNAME:mkowalska]] [[[DATE_TIME:12/Mar/2025:08:41:09 +0100]]] "POST /account/address HTTP/1.1" 200 512 "https://shop.example.pl/account" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36"
[[IP_ADDRESS:91.204.18.77]] - [[USERNAME:mkowalska]] [[[DATE_TIME:12/Mar/2025:08:41:12 +0100]]] "GET /account/orders?email=[[EMAIL_ADDRESS:magda.kowalska@wp.pl]] HTTP/1.1" 200 8841 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP_ADDRESS:66.249.70.12]] - - [12/Mar/2025:08:41:15 +0100] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1\"""",
    """From: "[[PERSON:Aoife Gallagher]]" <[[EMAIL_ADDRESS:aoife.gallagher@eircom.net]]>
To: lettings@rathminesproperty.ie
Subject: Viewing request - 2 bed, Leinster Road
X-Originating-IP: [[[IP_ADDRESS:86.43.112.9]]]

Hi there,
I'd love to view the 2 bed at [[ADDRESS:Apt 4, 61 Leinster Road]]. I'm free on [[DATE_TIME:Saturday 15th March]] any time after 11. I'm working as a pharmacist, references available. My mobile is [[PHONE_NUMBER:087 614 2290]].
Thanks,
[[PERSON:Aoife]]""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Okonjo]];[[PERSON:Chidinma]];;;
FN:[[PERSON:Chidinma Okonjo]]
ORG:Zenith Marine Services
TITLE:Procurement Lead
TEL;TYPE=CELL:[[PHONE_NUMBER:+234 802 771 4409]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:chidinma.okonjo@yahoo.com]]
ADR;TYPE=HOME:;;[[ADDRESS:15 Awolowo Road]];[[LOCATION:Ikoyi]];[[LOCATION:Lagos]];[[ZIP_CODE:106104]];[[LOCATION:Nigeria]]
BDAY:[[DATE_TIME:1990-07-21]]
END:VCARD""",
    """# .env.staging – do not commit
DATABASE_URL=postgres://app:Xk29-plq@[[IP_ADDRESS:172.31.8.44]]:5432/lettings
STRIPE_SECRET_KEY=sk_test_51N0xQ2Lk8m4ZpA7vR3sT9uY
SUPPORT_EMAIL=support@keyhaven.app
SUPPORT_PHONE=+44 20 3808 4120
SEED_ADMIN_NAME=[[PERSON:Kwabena Owusu-Ansah]]
SEED_ADMIN_EMAIL=[[EMAIL_ADDRESS:kwabena.owusuansah@gmail.com]]
SEED_ADMIN_PHONE=[[PHONE_NUMBER:07533 218 604]]
FEATURE_RIGHT_TO_RENT=true""",
    """{
  "data": {
    "tenant": {
      "id": "tn_48812",
      "name": "[[PERSON:Lwazi Mahlangu]]",
      "email": "[[EMAIL_ADDRESS:lwazi.mahlangu@webmail.co.za]]",
      "idNumber": "[[ID_NUMBER:8806145123081]]",
      "lease": {"unit": "[[ADDRESS:Unit 7, 19 Jan Smuts Avenue]]", "suburb": "[[LOCATION:Parktown]]", "start": "[[DATE_TIME:2025-02-01]]", "rentZar": 9800},
      "paymentMethods": [
        {"type": "card", "number": "[[CREDIT_CARD:4917612000348777]]", "expiry": "05/28"},
        {"type": "debit_order", "bank": "Capitec", "account": "[[ID_NUMBER:1529034417]]", "branch": "470010"}
      ]
    }
  }
}""",
    """{"event": "tenant.application.submitted", "ts": "[[DATE_TIME:2025-03-04T16:22:09Z]]", "listing": "LST-55091", "applicant": {"name": "[[PERSON:Destiny Ramirez-Cole]]", "ssn": "[[US_SSN:472-19-8830]]", "dob": "[[DATE_TIME:1998-01-16]]", "phone": "[[PHONE_NUMBER:(602) 318-7742]]", "current_address": "[[ADDRESS:4410 N 27th Ave, Apt 118]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85017]]", "employer": "Banner Health", "monthly_income": 4200}, "co_signer": {"name": "[[PERSON:Gloria Ramirez]]", "phone": "[[PHONE_NUMBER:(602) 555-0199]]"}, "source_ip": "[[IP_ADDRESS:68.231.40.112]]"}""",
    r"""curl -X POST https://api.northbank.example/v2/payees \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDEyIn0.kR3x" \
  -H "Content-Type: application/json" \
  -d '{"name": "[[PERSON:Fionnuala Byrne]]", "iban": "[[IBAN_CODE:IE96IPBS99064088127433]]", "bic": "IPBSIE2D", "reference": "Rent March", "address": "[[ADDRESS:22 Ormond Quay Upper]], [[LOCATION:Dublin 7]]"}'""",
    """public class PayrollFixture {
    static Employee sample() {
        Employee e = new Employee();
        e.setName("[[PERSON:Nkosana Mthembu]]");
        e.setIdNumber("[[ID_NUMBER:7509276312082]]");
        e.setBirthDate("[[DATE_TIME:1975-09-27]]");
        e.setBankAccount("[[ID_NUMBER:62418830917]]");
        e.setEmail("[[EMAIL_ADDRESS:nkosana.m@mweb.co.za]]");
        return e;
    }
}""",
    """[PROP-2291] Meter reading not recorded after tenant change
Reporter: [[PERSON:Gemma Holt]]    Assignee: [[PERSON:Ravi Chandran]]    Labels: utilities, move-in
Outgoing tenant [[PERSON:Callum Reid]] moved out of [[ADDRESS:Flat 3/2, 118 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]] on [[DATE_TIME:28/02/2025]]; incoming tenant [[PERSON:Zofia Nowak]] (customer no. [[ID_NUMBER:77120458]]) took the keys on [[DATE_TIME:01/03/2025]]. Closing reading 31877 was submitted but the supplier still bills Callum. Zofia's number: [[PHONE_NUMBER:07441 290 883]].""",
    """LEAD RECORD
Lead owner: [[PERSON:Samantha Ortiz]]
First name: [[PERSON:Jerome]]    Last name: [[PERSON:Fontaine]]
Company: Fontaine & Sons Roofing    Title: Owner
Mobile: [[PHONE_NUMBER:(504) 818-3302]]    Email: [[EMAIL_ADDRESS:jerome@fontaineroofing.com]]
Street: [[ADDRESS:3317 Magazine St]]    City: [[LOCATION:New Orleans]]    State: [[LOCATION:LA]]    Zip: [[ZIP_CODE:70115]]
Lead source: Web    Rating: Warm
Notes: wants a quote for solar panels; call back [[DATE_TIME:Thursday 3/20 at 4pm]].""",
    """<form action="/account/update" method="post">
  <input type="text" name="fullname" value="[[PERSON:Aleksandra Wójcik]]">
  <input type="email" name="email" value="[[EMAIL_ADDRESS:ola.wojcik@onet.pl]]">
  <input type="tel" name="phone" value="[[PHONE_NUMBER:+48 601 447 382]]">
  <input type="text" name="iban" value="[[IBAN_CODE:DE32 1007 0000 0184 8827 30]]">
  <input type="date" name="dob" value="[[DATE_TIME:1991-03-25]]">
  <input type="hidden" name="csrf" value="a9f3e1c07b2d4e86">
</form>""",
    """; legacy CRM sync – utilities.ini
[source]
server = [[IP_ADDRESS:192.168.40.12]]
share = \\\\crm01\\exports
[contact_owner]
name = [[PERSON:Brigid Okafor]]
email = [[EMAIL_ADDRESS:brigid.okafor@northernpower.co.uk]]
mobile = [[PHONE_NUMBER:07800 613 290]]
[schedule]
run_at = 02:30
retain_days = 14""",
    """{"zakaznik": {"jmeno": "[[PERSON:Ondřej]]", "prijmeni": "[[PERSON:Kučera]]", "datum_narozeni": "[[DATE_TIME:1987-02-19]]", "rodne_cislo": "[[ID_NUMBER:870219/5557]]", "adresa": {"ulice": "[[ADDRESS:Sokolská 1602/62]]", "mesto": "[[LOCATION:Praha 2]]", "psc": "[[ZIP_CODE:120 00]]"}, "telefon": "[[PHONE_NUMBER:+420 776 304 118]]", "email": "[[EMAIL_ADDRESS:ondrej.kucera@email.cz]]", "ucet": "[[IBAN_CODE:CZ81 0300 0000 0000 7702 9143]]", "tarif": "D25d", "zahajeni_dodavky": "[[DATE_TIME:2025-04-01]]"}}""",
    """commit 4f9e2a1c7d03b58e9a6f1b2c3d4e5f60718293a4
Author: [[PERSON:Mihail Popescu]] <[[EMAIL_ADDRESS:mihail.popescu@gmail.com]]>

    Fix tenant search; remove real data from fixtures

    Co-authored-by: [[PERSON:Ana-Maria Ionescu]] <[[EMAIL_ADDRESS:anamaria.ionescu@yahoo.ro]]>

diff --git a/tests/fixtures/tenants.json b/tests/fixtures/tenants.json
-  {"name": "[[PERSON:Ioana Dumitrescu]]", "phone": "[[PHONE_NUMBER:+40 722 418 903]]", "iban": "[[IBAN_CODE:DE22 7002 0150 0332 1876 54]]"},
+  {"name": "Test Tenant", "phone": "+40 700 000 000", "iban": "DE00 0000 0000 0000 0000 00"},""",
    """services:
  meter-ingest:
    image: gridwise/meter-ingest:2.14.1
    environment:
      - MQTT_HOST=[[IP_ADDRESS:10.0.12.5]]
      - ALERT_EMAIL=[[EMAIL_ADDRESS:s.oyelaran@gridwise.energy]]
      - ALERT_SMS=[[PHONE_NUMBER:+447911043826]]
      - TEST_CUSTOMER_NAME=[[PERSON:Eilidh MacLeod]]
      - TEST_CUSTOMER_ACCOUNT=[[ID_NUMBER:40018827731]]
    ports:
      - "8080:8080\"""",
    """Traceback (most recent call last):
  File "/srv/app/billing/invoice.py", line 212, in send_invoice
    mailer.send(to="[[EMAIL_ADDRESS:sebastian.n.hale@gmail.com]]", customer_id="[[ID_NUMBER:CUS-0081924]]")
  File "/srv/app/billing/mailer.py", line 88, in send
    raise SMTPRecipientsRefused({"[[EMAIL_ADDRESS:sebastian.n.hale@gmail.com]]": (550, b"mailbox unavailable")})
smtplib.SMTPRecipientsRefused: customer [[PERSON:Sebastian Hale]], [[ADDRESS:88 Wharf Street]], [[LOCATION:Brisbane City]] [[ZIP_CODE:4000]]""",
    """<?xml version="1.0" encoding="UTF-8"?>
<Versicherter>
  <Name>[[PERSON:Nussbaumer]]</Name>
  <Vorname>[[PERSON:Matthias]]</Vorname>
  <Geburtsdatum>[[DATE_TIME:1977-05-15]]</Geburtsdatum>
  <Sozialversicherungsnummer>[[ID_NUMBER:2844 150577]]</Sozialversicherungsnummer>
  <Adresse>
    <Strasse>[[ADDRESS:Anichstraße 29]]</Strasse>
    <PLZ>[[ZIP_CODE:6020]]</PLZ>
    <Ort>[[LOCATION:Innsbruck]]</Ort>
  </Adresse>
  <Bankverbindung>[[IBAN_CODE:AT03 3400 0007 1228 4503]]</Bankverbindung>
  <Telefon>[[PHONE_NUMBER:+43 512 583 019]]</Telefon>
</Versicherter>""",
    """{"ts":"[[DATE_TIME:2025-03-18T07:15:02Z]]","svc":"smartmeter-portal","action":"login","account":"[[ID_NUMBER:SM-2290418]]","user":"[[EMAIL_ADDRESS:oluwadamilare.a@gmail.com]]","ip":"[[IP_ADDRESS:81.99.204.33]]"}
{"ts":"[[DATE_TIME:2025-03-18T07:15:40Z]]","svc":"smartmeter-portal","action":"update_contact","account":"[[ID_NUMBER:SM-2290418]]","field":"phone","new":"[[PHONE_NUMBER:07845 331 092]]"}
{"ts":"[[DATE_TIME:2025-03-18T07:16:03Z]]","svc":"smartmeter-portal","action":"move_out_request","account":"[[ID_NUMBER:SM-2290418]]","move_out_date":"[[DATE_TIME:2025-04-12]]","forwarding_address":"[[ADDRESS:27 Beechwood Avenue]], [[LOCATION:Coventry]] [[ZIP_CODE:CV5 6FQ]]"}""",
    """New submission from: Contact us (lettings)
Name: [[PERSON:Thi Mai Anh Le]]
Email: [[EMAIL_ADDRESS:maianh.le.92@gmail.com]]
Phone: [[PHONE_NUMBER:0401 338 720]]
Property of interest: [[ADDRESS:12/40 Brunswick Street]], [[LOCATION:Fitzroy]]
Preferred viewing: [[DATE_TIME:Sat 22/3, 10:30am]]
Message: Hi, I'm relocating from [[LOCATION:Hanoi]] for a job at the hospital and need a furnished 1-bedroom from [[DATE_TIME:mid-April]]. My partner [[PERSON:Duc]] will join me later.
Sent from: [[IP_ADDRESS:14.232.118.61]]""",
]

TABLE = [
    """tenant,unit,mobile,email,lease_start,rent_pcm,arrears
[[PERSON:Amara Osei]],[[ADDRESS:Flat 1]],[[PHONE_NUMBER:07956 301 228]],[[EMAIL_ADDRESS:amara.osei@gmail.com]],[[DATE_TIME:01/09/2024]],£1150,0
[[PERSON:Tomasz Zieliński]],[[ADDRESS:Flat 2]],[[PHONE_NUMBER:07412 883 019]],[[EMAIL_ADDRESS:tzielinski@o2.pl]],[[DATE_TIME:15/03/2023]],£1095,£210
[[PERSON:Hollie Brennan]],[[ADDRESS:Flat 3]],[[PHONE_NUMBER:07840 226 571]],[[EMAIL_ADDRESS:hollie.b94@icloud.com]],[[DATE_TIME:01/06/2022]],£1095,0
[[PERSON:Yusuf Demir]],[[ADDRESS:Flat 4]],[[PHONE_NUMBER:07380 914 632]],,[[DATE_TIME:20/01/2025]],£1240,0""",
    """account_no\tcustomer\tsupply_address\tmove_in\tmeter_serial\topening_read
[[ID_NUMBER:8002194471]]\t[[PERSON:Gareth Pugh]]\t[[ADDRESS:3 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4PL]]\t[[DATE_TIME:2025-02-03]]\tE17UP04418\t22813
[[ID_NUMBER:8002194488]]\t[[PERSON:Leanne Hughes]]\t[[ADDRESS:Flat B, 27 Taff Street]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4UA]]\t[[DATE_TIME:2025-02-10]]\tK04A117729\t04190
[[ID_NUMBER:8002194503]]\t[[PERSON:Olamide Ajayi]]\t[[ADDRESS:61 Berw Road]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 2AA]]\t[[DATE_TIME:2025-02-14]]\tE19ZT11042\t31177""",
    """| Viewing | Applicant | Phone | Property | Agent |
|---|---|---|---|---|
| [[DATE_TIME:Sat 5 Apr, 10:00]] | [[PERSON:Jonah Feld]] | [[PHONE_NUMBER:0421 773 018]] | [[ADDRESS:4/12 Ormond Rd]], [[LOCATION:Elwood]] | [[PERSON:Kirsty]] |
| [[DATE_TIME:Sat 5 Apr, 10:30]] | [[PERSON:Mei Ling Chua]] | [[PHONE_NUMBER:0433 608 291]] | [[ADDRESS:4/12 Ormond Rd]], [[LOCATION:Elwood]] | [[PERSON:Kirsty]] |
| [[DATE_TIME:Sat 5 Apr, 11:15]] | [[PERSON:Rhys]] & [[PERSON:Tegan Llewellyn]] | [[PHONE_NUMBER:0407 119 846]] | [[ADDRESS:22 Glen Huntly Rd]], [[LOCATION:Elwood]] | [[PERSON:Sam Otieno]] |""",
    """EMP#   NAME                      DEPT        START       EXT
[[ID_NUMBER:10418]]  [[PERSON:Okafor, Chinedu]]           Finance     [[DATE_TIME:04/03/2019]]  2214
[[ID_NUMBER:10533]]  [[PERSON:Lindgren, Astrid M.]]       Ops         [[DATE_TIME:17/08/2021]]  2230
[[ID_NUMBER:10601]]  [[PERSON:Bhattacharya, Sourav]]      IT          [[DATE_TIME:09/01/2023]]  2287
[[ID_NUMBER:10644]]  [[PERSON:O'Neill, Ciara]]            HR          [[DATE_TIME:02/10/2023]]  2201""",
    """{"customer": "[[PERSON:Marcus Bell]]", "email": "[[EMAIL_ADDRESS:marcusbell.atx@gmail.com]]", "state": "[[LOCATION:TX]]", "zip": "[[ZIP_CODE:78704]]", "card": "[[CREDIT_CARD:3566002077185425]]", "tier": "gold"}
{"customer": "[[PERSON:Renata Souza]]", "email": "[[EMAIL_ADDRESS:renata.souza@hotmail.com]]", "state": "[[LOCATION:FL]]", "zip": "[[ZIP_CODE:33139]]", "card": "[[CREDIT_CARD:2223004811559631]]", "tier": "silver"}
{"customer": "[[PERSON:Ethan Kowalczyk]]", "email": "[[EMAIL_ADDRESS:ekowalczyk@umich.edu]]", "state": "[[LOCATION:MI]]", "zip": "[[ZIP_CODE:48104]]", "card": "[[CREDIT_CARD:6011983344017729]]", "tier": "basic"}""",
    """applicants:
  - name: [[PERSON:Bridie Nolan]]
    dob: [[DATE_TIME:1997-03-09]]
    mobile: "[[PHONE_NUMBER:0438 290 117]]"
    current_address: "[[ADDRESS:7 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]]"
    weekly_income: 1450
    pets: none
  - name: [[PERSON:Arash Karimi]]
    dob: [[DATE_TIME:1990-12-22]]
    mobile: "[[PHONE_NUMBER:0416 552 903]]"
    current_address: "[[ADDRESS:15/88 Glebe Point Road]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]]"
    weekly_income: 2100
    pets: 1 cat""",
    """Tenant name: [[PERSON:Cathal Ó Ceallaigh]]
PPSN: [[ID_NUMBER:4410973N]]
Date of birth: [[DATE_TIME:11/04/1992]]
Property: [[ADDRESS:12 Lower Dominick Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 T2K6]]
Tenancy start: [[DATE_TIME:01/10/2024]]
Rent: €1,650 per month
Deposit: €1,650 (held by landlord)
Landlord: [[PERSON:Mairéad Walsh]], [[PHONE_NUMBER:091 528 337]]""",
    """adm_no,student_name,dob,class,guardian,guardian_phone
[[ID_NUMBER:4471]],[[PERSON:Baraka Ochieng]],[[DATE_TIME:12/05/2013]],6 East,[[PERSON:Millicent Ochieng]],[[PHONE_NUMBER:0712 448 190]]
[[ID_NUMBER:4472]],[[PERSON:Wambui Njoroge]],[[DATE_TIME:03/09/2013]],6 East,[[PERSON:Peter Njoroge]],[[PHONE_NUMBER:0722 903 366]]
[[ID_NUMBER:4475]],[[PERSON:Abdi Hassan Farah]],[[DATE_TIME:27/01/2014]],6 West,[[PERSON:Halima Farah]],[[PHONE_NUMBER:0733 118 504]]
[[ID_NUMBER:4480]],[[PERSON:Chebet Kiprono]],[[DATE_TIME:18/11/2013]],6 West,[[PERSON:Joseph Kiprono]],[[PHONE_NUMBER:0798 224 071]]""",
    """| Token | Patient | Age | Sex | Doctor | Slot | Mobile |
|------:|---------|----:|-----|--------|------|--------|
| 14 | [[PERSON:Lakshmi Iyer]] | [[AGE:58]] | F | [[PERSON:Dr. R. Subramanian]] | 10:40 | [[PHONE_NUMBER:98401 22736]] |
| 15 | [[PERSON:Mohd. Imran Shaikh]] | [[AGE:34]] | M | [[PERSON:Dr. R. Subramanian]] | 10:50 | [[PHONE_NUMBER:97890 44105]] |
| 16 | baby [[PERSON:Aadhya]] (mother [[PERSON:Divya]]) | [[AGE:2]] | F | [[PERSON:Dr. Meenakshi]] | 11:00 | [[PHONE_NUMBER:99622 81930]] |""",
    """emp_code,full_name,id_number,tax_ref,bank,account_no
[[ID_NUMBER:ZA-0071]],[[PERSON:Nomsa Zulu]],[[ID_NUMBER:7903120447089]],[[ID_NUMBER:0418229373]],FNB,[[ID_NUMBER:62771930445]]
[[ID_NUMBER:ZA-0072]],[[PERSON:Pieter van Wyk]],[[ID_NUMBER:9608215831083]],[[ID_NUMBER:2290117635]],ABSA,[[ID_NUMBER:4071183926]]
[[ID_NUMBER:ZA-0075]],[[PERSON:Lerato Mahlaba]],[[ID_NUMBER:8707302651080]],[[ID_NUMBER:3318840265]],Capitec,[[ID_NUMBER:1704452287]]
[[ID_NUMBER:ZA-0079]],[[PERSON:Bongani Khoza]],[[ID_NUMBER:8304057229088]],[[ID_NUMBER:1177602941]],Nedbank,[[ID_NUMBER:1029447318]]""",
    """member\tname\tjoined\tplan\tphone\tbirthday
[[ID_NUMBER:M2207]]\t[[PERSON:Ana Tupou]]\t[[DATE_TIME:14 Feb 2023]]\tOff-peak\t[[PHONE_NUMBER:021 448 3170]]\t[[DATE_TIME:2 Jun]]
[[ID_NUMBER:M2231]]\t[[PERSON:Callum Reid-Whaanga]]\t[[DATE_TIME:1 Aug 2023]]\tFull\t[[PHONE_NUMBER:027 301 8846]]\t[[DATE_TIME:19 Oct]]
[[ID_NUMBER:M2302]]\t[[PERSON:Priyanka Naidu]]\t[[DATE_TIME:9 Jan 2024]]\tStudent\t[[PHONE_NUMBER:022 617 4092]]\t[[DATE_TIME:28 Mar]]""",
    """| Claim | Insured | Province | Loss date | Adjuster | Insured phone |
| --- | --- | --- | --- | --- | --- |
| CL-88412 | [[PERSON:Mathieu Lavoie]] | [[LOCATION:QC]] | [[DATE_TIME:2025-01-09]] | [[PERSON:K. Singh]] | [[PHONE_NUMBER:418-622-9017]] |
| CL-88419 | [[PERSON:Olivia Brar]] | [[LOCATION:BC]] | [[DATE_TIME:2025-01-11]] | [[PERSON:K. Singh]] | [[PHONE_NUMBER:778-340-2265]] |
| CL-88430 | [[PERSON:Dwayne MacIsaac]] | [[LOCATION:NS]] | [[DATE_TIME:2025-01-14]] | [[PERSON:R. Thibodeau]] | [[PHONE_NUMBER:902-863-4410]] |""",
    """Name,Email,Dietary,Table,Plus one
[[PERSON:Ng Kai Wen]],[[EMAIL_ADDRESS:kaiwen.ng@gmail.com]],none,3,[[PERSON:Tan Li Ting]]
[[PERSON:Siti Nurhaliza Rahman]],[[EMAIL_ADDRESS:siti.nr@hotmail.com]],halal,3,
[[PERSON:Rajan Pillai]],[[EMAIL_ADDRESS:rajanpillai.sg@yahoo.com]],vegetarian,5,[[PERSON:Kavitha]]
[[PERSON:Chloe Lim]],[[EMAIL_ADDRESS:chloe.lim@u.nus.edu]],no seafood,5,""",
    """WAYBILL      CONSIGNEE                 ADDRESS                                   PHONE           PCS
LG-0048812   [[PERSON:Ifeanyi Nwachukwu]]         [[ADDRESS:14 Allen Avenue]], [[LOCATION:Ikeja]]                  [[PHONE_NUMBER:0805 331 2247]]   2
LG-0048813   [[PERSON:Halima Bello]]              [[ADDRESS:3 Ahmadu Bello Way]], [[LOCATION:Kaduna]]              [[PHONE_NUMBER:0703 884 1190]]   1
LG-0048817   [[PERSON:Tokunbo Adewale-Smith]]     [[ADDRESS:Plot 22, Aminu Kano Crescent]], [[LOCATION:Wuse 2]]   [[PHONE_NUMBER:0809 227 6615]]   4""",
    """{"user": "[[USERNAME:rbautista]]", "ip": "[[IP_ADDRESS:122.55.18.201]]", "when": "[[DATE_TIME:2025-03-14 07:58:11]]", "result": "success", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"}
{"user": "[[USERNAME:jm.villanueva]]", "ip": "[[IP_ADDRESS:180.190.44.7]]", "when": "[[DATE_TIME:2025-03-14 08:01:40]]", "result": "failed", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}
{"user": "[[USERNAME:kmendoza_ph]]", "ip": "[[IP_ADDRESS:2001:4451:8a1c:3e00::1f]]", "when": "[[DATE_TIME:2025-03-14 08:03:02]]", "result": "success", "ua": "okhttp/4.12.0"}""",
    """address,city,state,zip,sale_price,buyer,closing_date
[[ADDRESS:4521 Chestnut Hill Dr]],[[LOCATION:Columbus]],[[LOCATION:OH]],[[ZIP_CODE:43220]],412000,[[PERSON:Kyle]] & [[PERSON:Brianna Sutter]],[[DATE_TIME:2025-02-28]]
[[ADDRESS:88 Ridgeview Ct]],[[LOCATION:Dublin]],[[LOCATION:OH]],[[ZIP_CODE:43017]],538500,[[PERSON:Anjali Shah]],[[DATE_TIME:2025-03-07]]
[[ADDRESS:1307 Oak St Unit 2]],[[LOCATION:Columbus]],[[LOCATION:OH]],[[ZIP_CODE:43205]],239900,[[PERSON:Terrence Hall]],[[DATE_TIME:2025-03-14]]""",
    """landlords:
  - reg_no: "[[ID_NUMBER:458812/230/17401]]"
    name: "[[PERSON:Morag Sinclair]]"
    property: "[[ADDRESS:2F1, 14 Marchmont Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HZ]]"
    agent: none
  - reg_no: "[[ID_NUMBER:512093/230/22918]]"
    name: "[[PERSON:Faisal Rahman]]"
    property: "[[ADDRESS:3/1, 207 Great Western Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G4 9EB]]"
    agent: Clyde Lets Ltd""",
    """Mieter: [[PERSON:Sabine Wallner]]
Geburtsdatum: [[DATE_TIME:22.08.1979]]
SV-Nummer: [[ID_NUMBER:9367 220879]]
Wohnung: [[ADDRESS:Schubertstraße 12/4]], [[ZIP_CODE:5020]] [[LOCATION:Salzburg]]
Mietbeginn: [[DATE_TIME:01.02.2025]]
Hauptmietzins: € 780,–
Konto für Rückzahlung Kaution: [[IBAN_CODE:AT23 1490 0004 9381 5266]]
Telefon: [[PHONE_NUMBER:0662 873 419]]""",
    """číslo_zákazníka;jméno;adresa_odběrného_místa;PSČ;obec;telefon;účet
[[ID_NUMBER:1004418823]];[[PERSON:Jiří Černý]];[[ADDRESS:Husova 214/7]];[[ZIP_CODE:301 00]];[[LOCATION:Plzeň]];[[PHONE_NUMBER:603 118 447]];[[IBAN_CODE:CZ04 0800 0000 0019 2845 3079]]
[[ID_NUMBER:1004418901]];[[PERSON:Hana Veselá]];[[ADDRESS:Palackého 1021]];[[ZIP_CODE:530 02]];[[LOCATION:Pardubice]];[[PHONE_NUMBER:731 229 804]];[[IBAN_CODE:CZ90 5500 0000 0001 1088 3561]]
[[ID_NUMBER:1004419012]];[[PERSON:Martin Pokorný]];[[ADDRESS:Na Příkopě 19]];[[ZIP_CODE:110 00]];[[LOCATION:Praha 1]];[[PHONE_NUMBER:777 402 615]];[[IBAN_CODE:CZ96 0800 0000 0000 3356 0012]]""",
    """| Wohnung | Mieter/in | Geburtsdatum | Natel | Einzug | Depot-Konto |
|---|---|---|---|---|---|
| 1.OG links | [[PERSON:Nadine Käser]] | [[DATE_TIME:14.06.1988]] | [[PHONE_NUMBER:076 418 22 09]] | [[DATE_TIME:01.04.2023]] | [[IBAN_CODE:CH07 0070 0110 0044 1728 3]] |
| 2.OG rechts | [[PERSON:Dario Fontana]] | [[DATE_TIME:30.11.1975]] | [[PHONE_NUMBER:079 551 30 72]] | [[DATE_TIME:01.10.2019]] | [[IBAN_CODE:CH58 0900 0000 8776 1203 4]] |
| DG | Familie [[PERSON:Oberholzer]] | – | [[PHONE_NUMBER:078 203 66 15]] | [[DATE_TIME:01.07.2021]] | – |""",
    """holder\tiban\tcurrency\tpurpose
[[PERSON:Josephine Achterberg]]\t[[IBAN_CODE:GB92 BARC 2032 5341 8877 30]]\tGBP\tsalary
[[PERSON:Rafał Nowicki]]\t[[IBAN_CODE:GB96 MIDL 4005 1582 2140 96]]\tGBP\tsalary
[[PERSON:Femke de Jong]]\t[[IBAN_CODE:NL29 INGB 0007 3155 29]]\tEUR\texpenses
[[PERSON:Lukas Schreiber]]\t[[IBAN_CODE:DE22 5001 0517 5408 2291 73]]\tEUR\texpenses""",
    """volunteer,nationality,phone,shift,first_aid
[[PERSON:Amani Mugisha]],[[NRP:Rwandan]],[[PHONE_NUMBER:613-294-7710]],Sat AM,yes
[[PERSON:Liam Tremblay]],[[NRP:Canadian]],[[PHONE_NUMBER:613-880-1245]],Sat PM,no
[[PERSON:Hoda Al-Masri]],[[NRP:Syrian]],[[PHONE_NUMBER:343-201-5583]],Sun AM,yes
[[PERSON:Zhao Min]],[[NRP:Chinese]],[[PHONE_NUMBER:613-406-9921]],Sun PM,yes""",
    """| student_no | name | country | course | email |
|---|---|---|---|---|
| [[ID_NUMBER:s4418293]] | [[PERSON:Nguyen Van An]] | [[LOCATION:Vietnam]] | MBus | [[EMAIL_ADDRESS:vanan.nguyen@student.uq.edu.au]] |
| [[ID_NUMBER:s4420117]] | [[PERSON:Aditi Kulkarni]] | [[LOCATION:India]] | MIT | [[EMAIL_ADDRESS:aditi.kulkarni@student.uq.edu.au]] |
| [[ID_NUMBER:s4420981]] | [[PERSON:Mateus Ribeiro]] | [[LOCATION:Brazil]] | MEng | [[EMAIL_ADDRESS:m.ribeiro@student.uq.edu.au]] |""",
    """PLATE      OWNER                   OFFENCE               FINE   DUE
[[ID_NUMBER:LX71 KPA]]   [[PERSON:Daniel Okoye]]            bus lane              £70    14 days
[[ID_NUMBER:WM19 TZC]]   [[PERSON:Sarah-Jane Whitlock]]     yellow box junction   £160   14 days
[[ID_NUMBER:KN68 BRV]]   [[PERSON:Arvind Chopra]]           no entry              £160   28 days""",
    """patient,nhs_number,dob,item,collect_by
[[PERSON:Doreen Clarke]],[[ID_NUMBER:485 777 3422]],[[DATE_TIME:1941-07-30]],Warfarin 1mg,[[PERSON:Doreen Clarke]]
[[PERSON:Imran Hussain]],[[ID_NUMBER:612 839 4701]],[[DATE_TIME:1976-02-14]],Salbutamol inhaler,[[PERSON:Nadia Hussain]] (wife)
[[PERSON:Bethany Cole]],[[ID_NUMBER:450 981 2361]],[[DATE_TIME:2003-11-05]],Microgynon 30,[[PERSON:Bethany Cole]]
[[PERSON:Stanley Mpofu]],[[ID_NUMBER:912 004 5573]],[[DATE_TIME:1958-09-19]],Amlodipine 5mg,delivery""",
    """{"callback": "[[PHONE_NUMBER:(470) 339-2871]]", "name": "[[PERSON:Latoya Simmons]]", "service_address": "[[ADDRESS:2295 Browns Mill Rd SE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30315]]", "outage_reported": "[[DATE_TIME:2025-03-16 21:40]]", "medical_equipment": true}
{"callback": "[[PHONE_NUMBER:(404) 618-0053]]", "name": "[[PERSON:Hector Ruiz]]", "service_address": "[[ADDRESS:1180 Moreland Ave SE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30316]]", "outage_reported": "[[DATE_TIME:2025-03-16 21:52]]", "medical_equipment": false}""",
    """speakers:
  - name: [[PERSON:Dr. Adaeze Okonkwo]]
    talk: "Federated learning for rural clinics"
    site: [[URL:https://adaeze-okonkwo.github.io]]
    handle: "@[[USERNAME:adaeze_ml]]"
  - name: [[PERSON:Mikkel Sørensen]]
    talk: "Postgres at the edge"
    site: [[URL:https://mikkelsorensen.dk]]
    handle: "@[[USERNAME:mikkel_pg]]"
  - name: [[PERSON:Prof. Luz Marina Ocampo]]
    talk: "Privacy-preserving census linkage"
    site: none
    handle: "@[[USERNAME:lmocampo]]\"""",
    """renter,dl_state,dl_number,dob,pickup,vehicle
[[PERSON:Jordan Whitfield]],[[LOCATION:CA]],[[US_DRIVER_LICENSE:D4418275]],[[DATE_TIME:1989-06-02]],[[DATE_TIME:2025-04-01 09:00]],Compact
[[PERSON:Maria Gonzalez-Pena]],[[LOCATION:FL]],[[US_DRIVER_LICENSE:G524-118-87-655-0]],[[DATE_TIME:1987-10-15]],[[DATE_TIME:2025-04-01 11:30]],SUV
[[PERSON:Brandon Teague]],[[LOCATION:NY]],[[US_DRIVER_LICENSE:712 448 190]],[[DATE_TIME:1995-12-29]],[[DATE_TIME:2025-04-02 08:15]],Minivan""",
    """| Tenant | Property | Weeks behind | Last paid | Mobile |
|:--|:--|--:|:--|:--|
| [[PERSON:Jye Robinson]] | [[ADDRESS:5/31 Bay Street]], [[LOCATION:Port Melbourne]] | 3 | [[DATE_TIME:14/02/2025]] | [[PHONE_NUMBER:0402 881 337]] |
| [[PERSON:Tegan]] & [[PERSON:Mitch Cooper]] | [[ADDRESS:19 Hobson Street]], [[LOCATION:Newport]] | 1 | [[DATE_TIME:07/03/2025]] | [[PHONE_NUMBER:0419 220 648]] |""",
    """PAX\tNAME\tNATIONALITY\tPASSPORT\tDOB\tSEAT
1\t[[PERSON:MWANGI]]/[[PERSON:JAMES KARIUKI]] [[TITLE:MR]]\t[[NRP:KEN]]\t[[ID_NUMBER:AK1188204]]\t[[DATE_TIME:04MAR82]]\t14A
2\t[[PERSON:MWANGI]]/[[PERSON:ESTHER WANJIKU]] [[TITLE:MRS]]\t[[NRP:KEN]]\t[[ID_NUMBER:AK1190577]]\t[[DATE_TIME:19SEP85]]\t14B
3\t[[PERSON:PATEL]]/[[PERSON:RISHI]] [[TITLE:MR]]\t[[NRP:GBR]]\t[[ID_NUMBER:533871046]]\t[[DATE_TIME:27JAN90]]\t22C""",
    """donor,address,county,eircode,amount_eur,gift_aid
[[PERSON:Bríd Ní Mhurchú]],[[ADDRESS:4 Ard Mhuire]],[[LOCATION:Co. Donegal]],[[ZIP_CODE:F92 R8K2]],50,no
[[PERSON:Declan Farrelly]],[[ADDRESS:The Haggard]], [[LOCATION:Ballinagh]],[[LOCATION:Co. Cavan]],[[ZIP_CODE:H12 X3P5]],250,yes
[[PERSON:Fiona Coughlan]],[[ADDRESS:22 Sundays Well Road]],[[LOCATION:Co. Cork]],[[ZIP_CODE:T23 YN47]],20,no""",
    """employee: [[PERSON:Maricel Dizon]]
sss_no: [[ID_NUMBER:34-5872910-6]]
emergency_contact: [[PERSON:Renato Dizon]] (husband)
contact_no: [[PHONE_NUMBER:0917 552 3098]]

employee: [[PERSON:Jericho Lim]]
sss_no: [[ID_NUMBER:33-9012274-1]]
emergency_contact: [[PERSON:Aurora Lim]] (mother)
contact_no: [[PHONE_NUMBER:0998 104 7721]]""",
    """Account,Name,Service address,Postal code,SIN (for credit check),Start
[[ID_NUMBER:2204-118-973]],[[PERSON:Charlotte Nakagawa]],[[ADDRESS:1502-1001 Bay St]],[[ZIP_CODE:M5S 3A6]],[[ID_NUMBER:046 529 186]],[[DATE_TIME:2025-03-01]]
[[ID_NUMBER:2204-119-040]],[[PERSON:Gurpreet Dhillon]],[[ADDRESS:88 Castlemore Ave]],[[ZIP_CODE:L6P 2W4]],[[ID_NUMBER:726 049 315]],[[DATE_TIME:2025-03-04]]
[[ID_NUMBER:2204-119-112]],[[PERSON:Jean-François Bélanger]],[[ADDRESS:47 Rideau Terrace]],[[ZIP_CODE:K1M 2A1]],[[ID_NUMBER:139 284 756]],[[DATE_TIME:2025-03-10]]""",
    """| WO | Unit | Tenant | Issue | Access | Contact |
|----|------|--------|-------|--------|---------|
| 7731 | [[ADDRESS:Apt 4C]] | [[PERSON:R. Castellanos]] | no heat | [[DATE_TIME:Mon 3/17 9-12]] | [[PHONE_NUMBER:718-226-4409]] |
| 7732 | [[ADDRESS:Apt 6A]] | [[PERSON:Beatrice Ansah]] | leaking faucet | any time | [[PHONE_NUMBER:347-508-1193]] |
| 7735 | [[ADDRESS:Apt 2F]] | [[PERSON:Moshe Feldman]] | smoke detector chirping | [[DATE_TIME:Tue 3/18 5-8pm]] | [[PHONE_NUMBER:929-331-0876]] |""",
    """{"najemnik": "[[PERSON:Veronika Šťastná]]", "byt": "[[ADDRESS:Vinohradská 1899/112, byt 14]]", "mesto": "[[LOCATION:Praha 3]]", "narozena": "[[DATE_TIME:18. 3. 1985]]", "rc": "[[ID_NUMBER:855318/4563]]", "najem_od": "[[DATE_TIME:1. 9. 2022]]", "telefon": "[[PHONE_NUMBER:724 881 306]]"}
{"najemnik": "[[PERSON:Jakub Málek]]", "byt": "[[ADDRESS:Vinohradská 1899/112, byt 15]]", "mesto": "[[LOCATION:Praha 3]]", "narozen": "[[DATE_TIME:11. 3. 2003]]", "rc": "[[ID_NUMBER:030311/7749]]", "najem_od": "[[DATE_TIME:1. 2. 2025]]", "telefon": "[[PHONE_NUMBER:608 447 120]]"}""",
    """Top  Name                    Eigentümer seit   SV-Nr.         Anteil BK
1    [[TITLE:Ing.]] [[PERSON:Karl Moser]]         [[DATE_TIME:03.05.2011]]        [[ID_NUMBER:7023 130547]]   18,4 %
2    [[PERSON:Renate Hölzl]]            [[DATE_TIME:15.09.2016]]        [[ID_NUMBER:3051 311259]]   21,0 %
3    [[PERSON:Mehmet Yıldız]]           [[DATE_TIME:01.12.2020]]        [[ID_NUMBER:3900 091183]]   20,3 %
4    [[PERSON:Theresa Eder]]            [[DATE_TIME:22.06.2023]]        [[ID_NUMBER:5177 260492]]   19,7 %""",
    """patient_id,last,first,dob,ssn,insurance,pcp
[[ID_NUMBER:A0091822]],[[PERSON:Whitaker]],[[PERSON:Donna]],[[DATE_TIME:03/11/1962]],[[US_SSN:219-44-8107]],Medicare,[[PERSON:Dr. Hale]]
[[ID_NUMBER:A0091830]],[[PERSON:Begay]],[[PERSON:Tyrell]],[[DATE_TIME:08/29/1990]],[[US_SSN:527-81-3346]],AHCCCS,[[PERSON:Dr. Nez]]
[[ID_NUMBER:A0091857]],[[PERSON:Castillo]],[[PERSON:Yesenia]],[[DATE_TIME:12/02/1984]],[[US_SSN:600-17-2294]],BCBS,[[PERSON:Dr. Hale]]""",
    """| Payer | Account number | Sort code | Collection day | Supply address |
|---|---|---|---|---|
| [[PERSON:Mr G Pemberton]] | [[ID_NUMBER:40118837]] | 20-45-77 | 1st | [[ADDRESS:9 Rectory Lane]], [[ZIP_CODE:NR14 8AB]] |
| [[PERSON:Mrs S Achebe]] | [[ID_NUMBER:73302196]] | 40-11-62 | 15th | [[ADDRESS:Flat 11, Mariner House, 2 Quay Road]], [[ZIP_CODE:NR1 1RZ]] |
| [[PERSON:Ms K Wójcik]] | [[ID_NUMBER:19842270]] | 09-01-28 | 28th | [[ADDRESS:44 Unthank Road]], [[ZIP_CODE:NR2 2RL]] |""",
    """lead\tname\tmobile\tbudget_lakh\tlocality\tsite_visit
L-311\t[[PERSON:Vikram Sethi]]\t[[PHONE_NUMBER:+91 98111 40327]]\t85\t[[LOCATION:Sector 57]], [[LOCATION:Gurugram]]\t[[DATE_TIME:16-Mar 11:00]]
L-312\t[[PERSON:Neha]] & [[PERSON:Rohit Arora]]\t[[PHONE_NUMBER:+91 99580 22174]]\t120\t[[LOCATION:Golf Course Road]]\t[[DATE_TIME:16-Mar 15:30]]
L-315\t[[TITLE:Col.]] (Retd) [[PERSON:S. P. Grewal]]\t[[PHONE_NUMBER:+91 98140 09962]]\t60\t[[LOCATION:Sohna Road]]\tnot fixed""",
    """sender,sender_phone,receiver,receiver_trn,amount_jmd,branch
[[PERSON:Claudette Morrison]],[[PHONE_NUMBER:+1 718 455 2093]],[[PERSON:Winston Morrison]],[[ID_NUMBER:104-882-317]],35000,[[LOCATION:Spanish Town]]
[[PERSON:Andre Williams]],[[PHONE_NUMBER:+44 7932 118 440]],[[PERSON:Shanique Williams]],[[ID_NUMBER:118-340-925]],20000,[[LOCATION:Montego Bay]]
[[PERSON:Paulette Grant]],[[PHONE_NUMBER:+1 416 902 3317]],[[PERSON:Delroy Grant]],[[ID_NUMBER:101-557-604]],50000,[[LOCATION:May Pen]]""",
    """members:
  - name: [[PERSON:Oliver Strand]]
    age: [[AGE:11]]
    rating: 1240
    parent_email: [[EMAIL_ADDRESS:helle.strand@gmail.com]]
  - name: [[PERSON:Zainab Adeleke]]
    age: [[AGE:14]]
    rating: 1587
    parent_email: [[EMAIL_ADDRESS:f.adeleke@btinternet.com]]
  - name: [[PERSON:Theo Marchetti]]
    age: [[AGE:9]]
    rating: 980
    parent_email: [[EMAIL_ADDRESS:marchetti.family@outlook.com]]""",
    """creator,platform,handle,followers,agent_contact
[[PERSON:Jess Kaur]],Instagram,[[USERNAME:jesskaurstyle]],212000,[[EMAIL_ADDRESS:jess@kaurmgmt.co.uk]]
[[PERSON:Tomi Adebayo]],TikTok,[[USERNAME:tomi.cooks]],1400000,[[EMAIL_ADDRESS:tomiadebayo.collabs@gmail.com]]
[[PERSON:Rory Quinlan]],YouTube,[[USERNAME:RoryFixesThings]],88000,none""",
    """| Recall due | Patient | DOB | Phone | Last seen by |
|---|---|---|---|---|
| [[DATE_TIME:04/2025]] | [[PERSON:Eoin Daly]] | [[DATE_TIME:17/06/1979]] | [[PHONE_NUMBER:086 114 2093]] | [[PERSON:Dr. Nolan]] |
| [[DATE_TIME:04/2025]] | [[PERSON:Gráinne Ryan]] | [[DATE_TIME:02/12/2001]] | [[PHONE_NUMBER:083 447 9120]] | [[PERSON:Dr. Nolan]] |
| [[DATE_TIME:05/2025]] | [[PERSON:Kasia Lewandowska]] | [[DATE_TIME:29/08/1990]] | [[PHONE_NUMBER:089 603 1184]] | [[PERSON:Dr. Bhatt]] |""",
    """{"order": "MY-20250311-7741", "buyer": "[[PERSON:Tan Mei Yee]]", "phone": "[[PHONE_NUMBER:012-338 4471]]", "ship_to": "[[ADDRESS:No. 18, Jalan SS2/24]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]]", "total_myr": 189.90}
{"order": "MY-20250311-7748", "buyer": "[[PERSON:Muhammad Hafiz bin Rosli]]", "phone": "[[PHONE_NUMBER:019-702 1836]]", "ship_to": "[[ADDRESS:Lot 1123, Jalan Sultan Yahya Petra]], [[ZIP_CODE:15150]] [[LOCATION:Kota Bharu]]", "total_myr": 54.00}
{"order": "MY-20250311-7750", "buyer": "[[PERSON:Lee Chong Wai]]", "phone": "[[PHONE_NUMBER:016-551 9028]]", "ship_to": "[[ADDRESS:B-12-3, Residensi Vista]], [[LOCATION:Cheras]], [[LOCATION:Kuala Lumpur]]", "total_myr": 312.50}""",
    """guest,nationality,passport,check_in,check_out,room
[[PERSON:Ahmed Al Mansoori]],[[NRP:Emirati]],[[ID_NUMBER:N4417820]],[[DATE_TIME:2025-03-20]],[[DATE_TIME:2025-03-23]],1804
[[PERSON:Olga Petrenko]],[[NRP:Ukrainian]],[[ID_NUMBER:FK882013]],[[DATE_TIME:2025-03-21]],[[DATE_TIME:2025-03-28]],2210
[[PERSON:Sandeep Rao]],[[NRP:Indian]],[[ID_NUMBER:Z5518207]],[[DATE_TIME:2025-03-21]],[[DATE_TIME:2025-03-22]],907""",
    """Seller: [[PERSON:Margaret Ann Feeney]]
Seller's address: [[ADDRESS:31 Elm Grove]], [[LOCATION:Southsea]], [[ZIP_CODE:PO5 1JF]]
Buyer: [[PERSON:Kofi Mensah]] and [[PERSON:Abigail Mensah]]
Buyers' current address: [[ADDRESS:Flat 6, 2 Albert Road]], [[LOCATION:Portsmouth]], [[ZIP_CODE:PO5 2SE]]
Price: £365,000
Exchange: [[DATE_TIME:11 April 2025]]
Completion: [[DATE_TIME:25 April 2025]]
Buyers' solicitor: [[PERSON:Hannah Desai]], Fareham""",
    """station\tvolunteer\trole\tmobile\temail
Hall A\t[[PERSON:Gwen Thomas]]\tpresiding\t[[PHONE_NUMBER:07711 904 226]]\t[[EMAIL_ADDRESS:gwenthomas52@gmail.com]]
Hall A\t[[PERSON:Sunil Varghese]]\tclerk\t[[PHONE_NUMBER:07845 301 129]]\t[[EMAIL_ADDRESS:s.varghese@live.co.uk]]
Library\t[[PERSON:Moira Fleming]]\tclerk\t[[PHONE_NUMBER:07398 226 014]]\t""",
    """BLK/UNIT         OCCUPIER              NRIC/FIN      MOBILE      LEASE FROM
[[ADDRESS:Blk 88 #04-112]]   [[PERSON:Wong Kar Hui]]          [[ID_NUMBER:S6829104F]]    [[PHONE_NUMBER:9734 2218]]   [[DATE_TIME:01/03/2024]]
[[ADDRESS:Blk 88 #07-118]]   [[PERSON:Muthu Krishnan]]        [[ID_NUMBER:S9012736E]]    [[PHONE_NUMBER:8822 4107]]   [[DATE_TIME:15/07/2023]]
[[ADDRESS:Blk 90 #11-204]]   [[PERSON:Ramirez, Joanna M.]]   [[ID_NUMBER:G5519023U]]    [[PHONE_NUMBER:8155 6093]]   [[DATE_TIME:01/11/2024]]""",
    """payer_name,mpesa_number,house,amount_kes,paid_on
[[PERSON:JOHN KAMAU NDUNGU]],[[PHONE_NUMBER:254722481093]],[[ADDRESS:B4]],18000,[[DATE_TIME:05/03/2025 19:22]]
[[PERSON:FAITH ATIENO]],[[PHONE_NUMBER:254711207364]],[[ADDRESS:C1]],15500,[[DATE_TIME:05/03/2025 20:47]]
[[PERSON:MOHAMED ABDI]],[[PHONE_NUMBER:254790338412]],[[ADDRESS:A2]],18000,[[DATE_TIME:06/03/2025 08:03]]""",
    """| Name | Team | Desk ext. | Personal mobile | Birthday |
|---|---|---|---|---|
| [[PERSON:Hayley Ward]] | Payroll | 4410 | [[PHONE_NUMBER:07790 338 104]] | [[DATE_TIME:12 Jan]] |
| [[PERSON:Obinna Eze]] | Treasury | 4418 | [[PHONE_NUMBER:07405 227 913]] | [[DATE_TIME:3 Aug]] |
| [[PERSON:Sinead Kearney]] | Tax | 4425 | — | [[DATE_TIME:29 Feb]] |""",
    """loan_no,borrower,co_borrower,property,rate_lock_exp,closing,loan_officer
30019284,[[PERSON:Anthony Russo]],[[PERSON:Gina Russo]],[[ADDRESS:14 Birch Hill Rd]] [[LOCATION:Stamford]] [[LOCATION:CT]],04/02/2025,[[DATE_TIME:04/15/2025]],[[PERSON:P. Mehta]]
30019301,[[PERSON:Keon Jackson]],,[[ADDRESS:221 Prospect Ave #3]] [[LOCATION:Hartford]] [[LOCATION:CT]],04/09/2025,[[DATE_TIME:04/22/2025]],[[PERSON:P. Mehta]]""",
    """{"asset": "LT-0441", "type": "laptop", "serial": "5CG1284JX7", "mac": "c8:5b:76:2e:91:0a", "assigned_to": "[[PERSON:Eilís Byrne]]", "ip": "[[IP_ADDRESS:10.8.14.52]]", "issued": "[[DATE_TIME:2024-11-04]]"}
{"asset": "LT-0447", "type": "laptop", "serial": "PF3K9ZQ1", "mac": "f0:9f:c2:13:44:8e", "assigned_to": "[[PERSON:Tomás Herrera]]", "ip": "[[IP_ADDRESS:10.8.14.61]]", "issued": "[[DATE_TIME:2025-01-13]]"}
{"asset": "PH-0210", "type": "phone", "serial": "F17XK2LMN0PQ", "mac": "n/a", "assigned_to": "[[PERSON:Eilís Byrne]]", "ip": "dhcp", "issued": "[[DATE_TIME:2024-11-04]]"}""",
    """guests:
  - name: Auntie [[PERSON:Bisi]]
    rsvp: yes
    phone: "[[PHONE_NUMBER:+234 803 224 5091]]"
  - name: [[PERSON:Tunde]] and [[PERSON:Kemi Balogun]]
    rsvp: yes
    phone: "[[PHONE_NUMBER:+44 7956 441 203]]"
  - name: [[TITLE:Father]] [[PERSON:Emmanuel Okeke]]
    rsvp: maybe
    phone: null""",
    """| Clinic | Client | Health card | DOB | Vaccine |
|---|---|---|---|---|
| [[LOCATION:Sudbury]] | [[PERSON:Marie-Ève Gauthier]] | [[ID_NUMBER:4417-802-917-KT]] | [[DATE_TIME:1953-05-08]] | RSV |
| [[LOCATION:Sudbury]] | [[PERSON:Raymond Cheechoo]] | [[ID_NUMBER:6120-338-444-PL]] | [[DATE_TIME:1948-11-30]] | RSV |
| [[LOCATION:Timmins]] | [[PERSON:Doris Lalonde]] | [[ID_NUMBER:2905-117-681-MN]] | [[DATE_TIME:1950-02-17]] | Shingrix |""",
    """name,bsn,room,contract_start,contract_end,email
[[PERSON:Sanne Visser]],[[ID_NUMBER:610295834]],H-204,[[DATE_TIME:2024-09-01]],[[DATE_TIME:2025-08-31]],[[EMAIL_ADDRESS:sanne.visser@student.rug.nl]]
[[PERSON:Jasper Mulder]],[[ID_NUMBER:238176411]],H-211,[[DATE_TIME:2024-09-01]],[[DATE_TIME:2025-08-31]],[[EMAIL_ADDRESS:j.mulder.3@student.rug.nl]]
[[PERSON:Noor El Amrani]],[[ID_NUMBER:174203962]],H-219,[[DATE_TIME:2025-02-01]],[[DATE_TIME:2025-07-31]],[[EMAIL_ADDRESS:n.el.amrani@student.rug.nl]]""",
    """stand\taccount\towner\tmeter\tprevious\tcurrent\tread_date
[[ADDRESS:Erf 1142]]\t[[ID_NUMBER:30018827]]\t[[PERSON:Mr T. Maseko]]\tW-88213\t01422\t01461\t2025-03-02
[[ADDRESS:Erf 1143]]\t[[ID_NUMBER:30018835]]\t[[PERSON:Ms Z. Hendricks]]\tW-88219\t00877\t00902\t2025-03-02
[[ADDRESS:Erf 1150]]\t[[ID_NUMBER:30018908]]\t[[PERSON:Mrs A. du Plessis]]\tW-88240\t02210\t02288\t2025-03-02""",
    """guest,country,document,arrival,departure,host_notes
[[PERSON:Matilda Svensson]],[[LOCATION:Sweden]],[[ID_NUMBER:91724086]],[[DATE_TIME:2025-06-12]],[[DATE_TIME:2025-06-19]],late check-in
[[PERSON:Brendan O'Rourke]],[[LOCATION:Ireland]],[[ID_NUMBER:PE4418207]],[[DATE_TIME:2025-06-20]],[[DATE_TIME:2025-06-23]],travelling with [[PERSON:Niamh]]
[[PERSON:Hiroshi Tanaka]],[[LOCATION:Japan]],[[ID_NUMBER:TK2290381]],[[DATE_TIME:2025-06-24]],[[DATE_TIME:2025-07-01]],needs cot""",
    """| Tenant | Deposit | Deductions | Return to | Date returned |
|---|---:|---|---|---|
| [[PERSON:Callum Fraser]] | £950 | £0 | [[IBAN_CODE:GB79 NAIA 0704 4950 2133 77]] | [[DATE_TIME:03/03/2025]] |
| [[PERSON:Leila Haddad]] | £1,100 | £140 (cleaning) | [[IBAN_CODE:GB98 BUKB 2020 1555 5317 84]] | [[DATE_TIME:07/03/2025]] |
| [[PERSON:Sven Aalto]] | £1,100 | £0 | [[IBAN_CODE:GB54 NWBK 5600 3829 1044 71]] | pending |""",
    """#,player,dob,age,position,parent_phone
7,[[PERSON:Kai Henare]],[[DATE_TIME:2011-04-18]],[[AGE:13]],first five,[[PHONE_NUMBER:021 339 4480]]
9,[[PERSON:Sione Vaipulu]],[[DATE_TIME:2011-09-02]],[[AGE:13]],halfback,[[PHONE_NUMBER:022 814 6025]]
12,[[PERSON:Lucas Brown]],[[DATE_TIME:2012-01-27]],[[AGE:13]],centre,[[PHONE_NUMBER:027 455 0193]]""",
    """PAYEE                  IBAN                               REFERENCE
[[PERSON:Dr. Ingrid Larsen]]      [[IBAN_CODE:SE91 5000 0000 0583 9825 7123]]   consult Feb
[[PERSON:Jules Moreau]]           [[IBAN_CODE:GB28 CITI 1850 0831 9226 04]]        rent share
[[PERSON:Alessia Conti]]          [[IBAN_CODE:GB78 SRLG 6083 7149 0255 18]]        deposit refund""",
]

CHAT = [
    """You're now chatting with Energy Support.
Agent ([[PERSON:Shauna]]): Hi, thanks for waiting! Who am I speaking with today?
Customer: hi its [[PERSON:Danielle Okonedo]], I'm moving out on the [[DATE_TIME:28th March]] and want to close my account
Agent ([[PERSON:Shauna]]): No problem [[PERSON:Danielle]]. Can I take the account number and the first line of the address?
Customer: [[ID_NUMBER:A-40918827]], [[ADDRESS:Flat 7, 31 Portland Road]]
Agent ([[PERSON:Shauna]]): Thanks. And a forwarding address for the final bill?
Customer: [[ADDRESS:12 Mill Lane]], [[LOCATION:Ripon]], [[ZIP_CODE:HG4 1AF]] – that's my mum's, [[PERSON:Carol Okonedo]]
Agent ([[PERSON:Shauna]]): Lovely. Please send the closing readings from the day you leave through the app, or text them to 60777.
Customer: will do. my mobile is [[PHONE_NUMBER:07468 221 930]] if you need me""",
    """🏠 [[ADDRESS:42 Hartington Rd]] housemates
[[PERSON:Kemi]]: rent's due friday ppl!! landlord wants it in one payment this time
[[PERSON:Josh W]]: ugh ok. whose account are we using
[[PERSON:Kemi]]: mine, send your £640 to [[PERSON:Oluwakemi Adebayo]], acc [[ID_NUMBER:41882093]] sort 20-32-06
[[PERSON:Priyanka]]: sent ✅
[[PERSON:Mateusz]]: sent, also the boiler is making the noise again
[[PERSON:Kemi]]: I'll text [[PERSON:Mr Hargreaves]] on [[PHONE_NUMBER:07802 119 447]]
[[PERSON:Josh W]]: tell him the back door lock too pls""",
    """#hiring-ops
[[PERSON:Laura Chen]] 10:14 AM: Offer accepted by [[PERSON:Marcus Oyelaran]] 🎉 start date [[DATE_TIME:Monday April 7]]
[[PERSON:Deepak R]] 10:15 AM: nice! can you drop his personal email so IT can send the laptop details?
[[PERSON:Laura Chen]] 10:16 AM: [[EMAIL_ADDRESS:marcus.oyelaran@gmail.com]], mobile [[PHONE_NUMBER:+1 (646) 318-2204]]
[[PERSON:Deepak R]] 10:16 AM: and shipping address?
[[PERSON:Laura Chen]] 10:17 AM: [[ADDRESS:580 Lincoln Pl, Apt 4R]], [[LOCATION:Brooklyn]] [[LOCATION:NY]] [[ZIP_CODE:11238]]
[[PERSON:Tom Becker]] 10:20 AM: pls don't post SSNs in here when the I-9 comes through, use the HR portal""",
    """SMS with Coastline Property (0755 100 200)
Them: Hi [[PERSON:Bree]], reminder your routine inspection at [[ADDRESS:3/14 Seaview Tce]], [[LOCATION:Burleigh Heads]] is on [[DATE_TIME:Wed 19 March between 9 and 11am]]. You don't need to be home. – [[PERSON:Kerrie]]
Me: Thanks [[PERSON:Kerrie]]. Can you make sure whoever comes shuts the gate, the dog gets out
Them: Will do! Also your lease ends [[DATE_TIME:30/04]], would you and [[PERSON:Tyson]] like to renew for 12 months?
Me: Yes please. Can the new lease go to [[EMAIL_ADDRESS:bree.tuckwell@bigpond.com]]""",
    """Chat transcript – Riverbend Credit Union
[[PERSON:Gloria M.]] (member): I think someone used my debit card, there's a charge from a gas station in [[LOCATION:Tulsa]] and I'm in [[LOCATION:Little Rock]]
[[PERSON:Andre]] (agent): I'm sorry to hear that, [[PERSON:Gloria]]. For verification, what is your member number and date of birth?
[[PERSON:Gloria M.]] (member): [[ID_NUMBER:00418822]], [[DATE_TIME:7/22/1961]]
[[PERSON:Andre]] (agent): Thank you. I've blocked the card ending 3019 and ordered a replacement to [[ADDRESS:2410 Kavanaugh Blvd]], [[LOCATION:Little Rock]], [[LOCATION:AR]] [[ZIP_CODE:72205]].
[[PERSON:Gloria M.]] (member): ok. the last 4 of my ssn is 4471 if you need it
[[PERSON:Andre]] (agent): Not needed, you're verified. A dispute form has been emailed to [[EMAIL_ADDRESS:gmerriweather61@sbcglobal.net]].""",
    """Marketplace – Pronájem 2+1 [[LOCATION:Olomouc]]
[[PERSON:Tereza Horáková]]: Dobrý den, je byt ještě volný? Mohla bych se přijít podívat?
[[PERSON:Pavel Sedláček]]: Dobrý den, ano. Adresa je [[ADDRESS:Tř. Svobody 27, 3. patro]]. Hodí se vám [[DATE_TIME:čtvrtek 20. 3. v 17:00]]?
[[PERSON:Tereza Horáková]]: Ano, děkuji. Mám s sebou přítele [[PERSON:Lukáše]], jen abyste věděl.
[[PERSON:Pavel Sedláček]]: Není problém. Kdyby něco, volejte [[PHONE_NUMBER:605 229 418]].
[[PERSON:Tereza Horáková]]: Moje číslo je [[PHONE_NUMBER:739 106 552]]. Nájem by byl od [[DATE_TIME:1. dubna]]?
[[PERSON:Pavel Sedláček]]: Ano, nejdříve od [[DATE_TIME:1. 4.]], kauce dva nájmy.""",
    """#support-tickets
<ModBot> New ticket from [[USERNAME:frostbyte_nz]]
<[[USERNAME:frostbyte_nz]]> yo someone logged into my acc from [[IP_ADDRESS:103.21.244.17]] and traded away my skins
<[[USERNAME:Kaia_Mod]]> sorry to hear that. can you confirm the email on the account?
<[[USERNAME:frostbyte_nz]]> [[EMAIL_ADDRESS:hemi.parata04@gmail.com]]
<[[USERNAME:Kaia_Mod]]> thanks [[PERSON:Hemi]]. your last good login was from [[IP_ADDRESS:122.56.198.40]] right?
<[[USERNAME:frostbyte_nz]]> ya thats my home
<[[USERNAME:Kaia_Mod]]> ok I've locked it and started a rollback. turn on 2FA once you're back in""",
    """Family 🙏
[[PERSON:Anil]] Mama: [[PERSON:Sowmya]], did you send Amma's Aadhaar to the hospital?
[[PERSON:Sowmya]]: yes mama, [[ID_NUMBER:4918 3027 5616]], and her DOB [[DATE_TIME:14-06-1952]]
[[PERSON:Ravi]]: her admission is Friday 11am right?
[[PERSON:Sowmya]]: yes. address on form is [[ADDRESS:No. 7, 3rd Main]], [[LOCATION:Jayanagar 4th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]]
[[PERSON:Anil]] Mama: ok. I'll be there, my new no is [[PHONE_NUMBER:94483 20711]]
[[PERSON:Ravi]]: dont share the OTP with anyone who calls, hospital said they'll never ask""",
]

LOOKALIKE = [
    """Order confirmation – thanks for shopping with Northwind Outdoor!
Order number: NW-2025-0318-44172    Invoice: INV/2025/03/009184
Items: 1 x Trail Runner GTX (SKU TR-GTX-42-BLK-0917), 2 x Merino sock 3-pack (SKU MS-3P-L-2231)
Tracking: 1Z 4E7 X92 03 8841 2206 (UPS)    Estimated delivery: 3–5 working days
Ship to: [[PERSON:Lorna McBride]], [[ADDRESS:6 Thistle Court]], [[LOCATION:Perth]] [[ZIP_CODE:PH1 3QX]]
Questions? Call our customer team on 0345 600 1290 (Mon–Fri) or email orders@northwind-outdoor.co.uk. Returns ref RMA-77120 is valid for 30 days.""",
    """Release notes – build 10.4.2.118 (2025-03-12)
- Bumped libxml2 to 2.12.6 and OpenSSL to 3.0.13 (fixes CVE-2024-2511).
- Default listener moved from port 8443 to 9443; config schema v2.1.0.4.
- Artifacts: agent-10.4.2.118-x86_64.rpm, sha256 9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8
- Migration id 20250312_0918_add_index; rollback tag rel-10.4.1.97.
- Known issue KB-4471: installs on hosts with more than 65,535 routes may stall.
No action is needed for customers on the 10.4.x channel.""",
    """FOR SALE – Victoria Road, Nelson Mandela Gardens development
Stunning 3-bed townhouses a short walk from Queen Elizabeth Park and the Florence Nightingale wing of St George's Hospital. Close to Shakespeare Primary, the Churchill Arms and the Darwin Centre. EPC rating B (certificate 0390-2918-4170-2025-7712). Listing ref NMG-0418, guide price £425,000.
Viewings through our Kennington office on 020 7735 4400 or sales@harlowandpeake.co.uk. Your negotiator: [[PERSON:Femi Adeyinka]].""",
    """Jahresabrechnung Strom 2024 – Rechnungsnummer 3400-2025-0081944
Kundennummer: [[ID_NUMBER:4100 882 193]]    Vertragskonto: [[ID_NUMBER:201 448 771 90]]
Rechnungsempfänger: [[PERSON:Andreas Pöltl]], [[ADDRESS:Mariahilfer Straße 88/3/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]
Zählpunkt: AT0010000000000000001000009182231    Zählernummer: 9921-4471-88
Tarif: Optima Float, Verbrauch 2.418 kWh, Netzebene 7
Zahlung per SEPA-Lastschrift von Konto AT** **** **** **** 4721, Mandatsreferenz MR-0081944-01.
Kundenservice: 0800 500 800 (kostenlos) oder service@stromwerk.at. UID ATU58291047, FN 204417k.""",
    """Packing list – Carton 3 of 5 (PO 4500991827, ASN 0081774420)
9780141036144  Nineteen Eighty-Four (Penguin Modern Classics)  qty 12  bin C-14-03
9783855356140  Einführung in die Statistik  qty 4  bin C-11-07
9780393326147  Cosmos (reissue)  qty 6  bin D-02-01
Dewey 523.1, LCCN 2003051872, series vol. 7.2.1.4
Deliver to: Hawthorne Books receiving, attn. [[PERSON:Delphine Okoro]], dock 2. Publisher hotline 1-800-226-4190.""",
    """Network change CHG0091827 – firmware rollout
Devices: 48 x access switches (model ES-2448, serials ES24K0091A–ES24K0139A)
Current firmware 7.10.4.2, target 7.10.6.1 (image md5 5d41a9c2f07e3b8845c1de90a27b6f13)
SNMP OID 1.3.6.1.4.1.9.9.13 monitored; VLAN 110/120/130 unchanged
Asset UUID 3f6d2c1e-8a47-4b9e-9c10-72e5d4a1b8f3 registered in CMDB
Window: Saturday 01:00–05:00. Escalation: NOC bridge 0800 112 733, noc@corp-infra.net
Change owner: [[PERSON:Rashida Bello]] ([[EMAIL_ADDRESS:rashida.bello@corp-infra.net]])""",
    """Shipment notice – Booking BKG-SH25-44107
Container MSKU 7746120 (40' HC), seal 0418829, vessel MAERSK KOWLOON voy. 512E
B/L no. MAEU 241887096, HS code 8471.30.0100, commercial invoice CI-2025-0917
Port of loading: Shenzhen (Yantian); port of discharge: Felixstowe; ETA week 14
Customs entry 25GB7L1A8X09B2K4, EORI GB682914470000
Consignee contact: [[PERSON:Wei Zhang-Harris]], mobile [[PHONE_NUMBER:07930 441 286]]; forwarder helpdesk +44 1394 600 900.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind75", STYLES, OUT)


if __name__ == "__main__":
    main()
