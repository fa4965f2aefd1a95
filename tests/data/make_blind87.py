"""Build tests/data/blind87.jsonl: an eighty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind87.py

Blind: written without any knowledge of the detector. Read, and nothing
else: the docstring and import lines of make_blind22.py (its lines 1-121)
and its closing scaffolding (from `STYLES = {` to the end, copied here),
gold_sets.py in full, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, bench/, the README, every other test, every
*.jsonl set, the record lists of make_blind22.py, every other make_*.py,
and the git history (git was not run at all). The detector, the bench and
the tests were never run; this file was only run to write its own output,
which was not read back. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (GB, DE, FR, ES, NL,
IE, BE, PT, CH, AT, DK, TR, GR), and the national check digits inside the
French, Spanish, Belgian and Portuguese IBANs are right too; national ids
with a public check digit were given a valid one: Turkish T.C. kimlik
numbers (both check digits), Greek AFM (mod-11) and AMKA (Luhn, and its
first six digits agree with the birth date where it shows), NHS numbers,
Canadian SIN, Aadhaar (Verhoeff), South African ids (agreeing with sex and
birth date where they show), Australian TFN, Singapore NRIC, Irish PPSN,
Dutch BSN, Spanish DNI and NIE, and the ISBN-13s among the look-alikes.
All were worked out with hand-run throwaway code while writing, never
generated here; `gold_sets.check` re-checks cards and IBANs. UK NI numbers,
US SSNs, PAN, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Philippine SSS
and PhilHealth numbers, Greek identity card numbers, passports, licences,
plates, bank account and staff / student / member / patient numbers were
not checked.

Styles (ids `blind87-<style>-NNN`; 240 records), table-heavy, in the manner
of what an outside evaluator would feed the tool. About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
Singapore, the Philippines, South Africa, Nigeria, Kenya and Ghana
contexts, with names from the many cultures living there); 23 are in
Turkish or Greek (gen 7, bench 8, table 6, chat 1, lookalike 1):
- `gen` (80): one to four sentences of LLM-style "realistic sentences with
  personal data", weighted to IT support and security incidents,
  e-commerce orders and returns, and government services (about a dozen
  each), the rest spread over banking, health, pharmacy, insurance, legal,
  schools, HR, travel, hotels, telecoms, lettings, gaming, social media,
  deliveries, gyms, vets, charities, churches and clubs; names at the
  start, middle and end, lowercase and possessive; ages, dates, addresses,
  phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1
  (claims, contracts, medical, loan and tax forms, notices, letters) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / .env config, code,
  HTTP dumps, mail headers, tickets and forms).
- `table` (60): one small table per record with a header row (or keys)
  and three to five rows: CSV, TSV, pipes / Markdown, fixed-width, JSON
  lines, YAML and key: value blocks, varied column names and non-PII
  columns; header rows and keys unlabeled, every PII cell labeled.
- `chat` (8): support chats, messaging threads and team chat, the speakers'
  names labeled wherever they appear, with the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case references, SKUs, ISBNs, versions shaped like
  IPs, hashes, serials, company phones, role mailboxes, eponyms, streets
  named after people with no number), the few real PII values labeled; one
  has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter, login ...) with a day or month, in any
  shape, a weekday or clock time said with the date inside the span; not
  bare years, weekdays or times alone, durations, or dates not tied to a
  person (sale, invoice, release, ticket dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, BSB, IFSC and routing numbers, CVVs
  and expiries (cards and passports), PINs, order / ticket / claim /
  policy / booking / tracking / case references, company phone numbers and
  role mailboxes, versions, hashes, serials and VINs, asset tags, record
  and row ids, partial numbers ("ending 4417"), room numbers, pets,
  eponyms and brands named after people, header rows and keys.
- Calls made while writing this set: in a table a "sex", "gender", "role",
  "dept" or "status" column stays unlabeled, an "age" column is AGE, a
  "country", "state", "city" or "district" column is LOCATION and a
  "nationality" column is NRP; a building number in its own field is
  ADDRESS and so is a secondary address field ("Apt. 1502", "Floor 2");
  a timestamp of a named person's own event in a log (login, sign-in,
  commit, request, password reset, last login) is DATE_TIME, while the
  timestamps of events with no person (failed logins of "admin", jobs,
  ticket opening) are not; IP addresses are labeled wherever they appear,
  internal ones and servers' included; a service account ("svc_billing")
  is not a USERNAME; a loan number and a trial participant number are
  ID_NUMBER like an account or patient number; a Turkish or Greek
  case or possessive suffix ("Ayşe'nin", "'da") stays outside the span the
  way "'s" does, while a Greek name inflected in the genitive ("Νίκου")
  is labeled whole, and so is the father's name of a Greek patronymic
  (the "Ιωάννη" of "του Ιωάννη"); the Turkish honorific "Sayın" and the
  Greek "κα" and "Δρ." are TITLE, like "Father", "Reverend" and a
  passenger list's "MR" / "MRS"; the Malay "bin" and the Singapore Indian
  "d/o" / "s/o" inside a legal name stay inside the PERSON span, while
  "Mum", "Nana" and "abla" (Turkish "elder sister") stay outside it; the
  chats carry clock times only, so their message stamps are unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind87.jsonl")

GEN = [
    # --- IT support and security incidents ---
    """Hi IT, this is [[PERSON:Marcus Oyelaran]] from accounts. Since Tuesday my laptop keeps locking me out and the VPN log shows a login from [[IP_ADDRESS:185.220.101.47]] that wasn't me. My staff ID is [[ID_NUMBER:E-204417]]; desk extension is 4412 but my mobile is quicker: [[PHONE_NUMBER:07700 914 382]].""",
    """Incident summary: on [[DATE_TIME:3 February 2025 at 02:14 UTC]] the account [[USERNAME:jwhitcombe]], belonging to [[PERSON:Julia Whitcombe]], was accessed from [[IP_ADDRESS:2a02:c7c:5e1a:9b00:41d3:7f2e:8c10:3a6b]] after an MFA fatigue attack, and her recovery address was changed from [[EMAIL_ADDRESS:julia.whitcombe78@gmail.com]] to a mailbox the attacker controls.""",
    """Password reset for [[PERSON:wei ling tan]] please, she's locked out of the HR portal again. Username [[USERNAME:tanwl]], employee number [[ID_NUMBER:SG-30981]], best contact [[PHONE_NUMBER:+65 9123 4780]].""",
    """Phishing report: [[PERSON:Hannah Lindqvist]] forwarded an email that claimed to come from payroll and asked her to confirm her bank details on a fake portal. The sender spoofed [[EMAIL_ADDRESS:h.lindqvist@northfieldlabs.com]] itself, so it looked like a reply to one of her own messages.""",
    """Heads up: the MFA device for [[PERSON:Anjali Deshmukh]] was re-registered from an unfamiliar iPhone on [[DATE_TIME:2025-02-11 23:48]]. The sign-in came from [[IP_ADDRESS:103.214.68.19]] in [[LOCATION:Jakarta]] while she was at home in [[LOCATION:Pune]].""",
    """the router at [[PERSON:Grace Liu]]'s flat keeps dropping out. her public IP was [[IP_ADDRESS:82.14.203.77]] this morning and [[IP_ADDRESS:82.14.198.6]] after the reboot, so the line is renegotiating. callback on [[PHONE_NUMBER:0161 872 4405]] after 5.""",
    """Post-incident review: the leaked credentials belonged to contractor [[PERSON:Ben Adebisi-Clarke]] ([[EMAIL_ADDRESS:ben.ac@contractor-pool.io]]). His token was used from [[IP_ADDRESS:45.137.21.9]] to pull the customer export, which held, among others, the home address of [[PERSON:Edith Mbeki]], [[ADDRESS:22 Loop Street]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]].""",
    """Ticket INC0048812: new starter [[PERSON:Oluwadamilare Johnson]] needs a laptop imaged and an account created before [[DATE_TIME:Mon 3 March 2025]]. Preferred login is [[USERNAME:ojohnson]]; his line manager is [[PERSON:Claire Hollis]].""",
    """A laptop was stolen from [[PERSON:Chloe Bergström]]'s car outside the [[LOCATION:Leeds]] office on the evening of [[DATE_TIME:17 Jan]]. It is BitLocker-encrypted, asset tag LT-20931, and was last seen online from [[IP_ADDRESS:10.44.12.187]].""",
    """SOC alert 4471, impossible travel for [[EMAIL_ADDRESS:r.castellanos@meridianfreight.com]]: a sign-in from [[LOCATION:Bogotá]] at 08:02 and another from [[LOCATION:Lagos]] at 08:19 on [[DATE_TIME:2025-03-02]]. [[PERSON:Rafael Castellanos]] confirmed by phone that he was in [[LOCATION:Bogotá]] all morning.""",
    """could someone unlock [[USERNAME:priya.n]]? it's [[PERSON:priya nair]] in marketing, i typed my password wrong too many times after the update. my number is [[PHONE_NUMBER:+91 98450 11273]] if you need to verify it's me""",
    """Guest Wi-Fi request for visitor [[PERSON:Tobias Engel]] on [[DATE_TIME:26 Feb 2025, 09:00–17:00]], sponsored by [[PERSON:Karen Lowe]]. Device MAC 3C:22:FB:91:0A:7E, laptop only.""",
    # --- e-commerce orders and returns ---
    """i ordered running shoes (order #SH-88310422) and got a size 9 instead of 11. can someone arrange a return pickup from [[ADDRESS:27 Kingfisher Close]], [[LOCATION:Bicester]] [[ZIP_CODE:OX26 2GH]]? name's [[PERSON:tom baptiste]], phone [[PHONE_NUMBER:+44 7412 558 019]]""",
    """Return request from [[PERSON:Ava-Grace Pretorius]] (customer no. [[ID_NUMBER:CUS-5521984]]): the blender arrived cracked. Refund the card she paid with, [[CREDIT_CARD:4539 8812 0473 1652]], and email the label to [[EMAIL_ADDRESS:avagrace.p@outlook.co.za]].""",
    """Hello, my parcel (tracking 1Z999AA10123456784) was marked delivered but went to the wrong house. I'm at [[ADDRESS:54 Banksia Street]], [[LOCATION:Bentleigh East]] [[LOCATION:VIC]] [[ZIP_CODE:3165]], not number 45. Thanks, [[PERSON:Rania Haddad]]""",
    """Customer [[EMAIL_ADDRESS:dlamini.thabo@gmail.com]] says order 7744-1029-553 was charged to a card he doesn't recognise, one ending 0933, and he wants the charge reversed and his account closed.""",
    """Seller message: hi [[PERSON:jess]], your vintage denim jacket sold! Please post it to [[PERSON:Caoimhe Gallagher]], [[ADDRESS:Apartment 6, Harbour View, 3 Quay Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 X2Y8]] by Friday.""",
    """I can't apply my discount code at checkout. I'm [[PERSON:Leilani Kahananui]], account [[EMAIL_ADDRESS:leilani.k@icloud.com]], shipping to [[ADDRESS:95-1040 Kaapeha Street]], [[LOCATION:Mililani]], [[LOCATION:HI]] [[ZIP_CODE:96789]].""",
    """We cancelled order #A-55120 because the billing name, [[PERSON:Victor Hale]], didn't match the cardholder, and the delivery address, [[ADDRESS:4410 Commerce Park Dr, Suite 112]], [[LOCATION:Doral]], [[LOCATION:FL]] [[ZIP_CODE:33166]], is a known freight forwarder.""",
    """Hi, I sent the blue kettle back on [[DATE_TIME:10 January]] (RMA 55-90213) and the refund still hasn't reached my Amex, [[CREDIT_CARD:3782 916540 21335]]. [[PERSON:Deborah Fine]], [[PHONE_NUMBER:917.555.0143]]""",
    """[[PERSON:Sung-min Park]] left a one-star review saying the wardrobe arrived with screws missing; the courier delivered it to [[ADDRESS:Unit 14, 220 Yonge Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5B 2H1]] on [[DATE_TIME:Feb 7]].""",
    """Exchange approved, size M to L, for [[PERSON:Nasra Abdi]]. The new hoodie ships to [[ADDRESS:2215 Riverside Ave, Apt 908]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]] as soon as the carrier scans the original.""",
    """The subscription box for [[EMAIL_ADDRESS:kiri.walker@xtra.co.nz]] ([[PERSON:Kiri Walker]]) is cancelled from [[DATE_TIME:31/03/2025]]; the final box still goes out to her in [[LOCATION:Tauranga]].""",
    """A chargeback came in on the headphones bought by [[PERSON:Jun Hao Lim]] with card [[CREDIT_CARD:4716 2093 5581 4470]], although the courier's proof of delivery shows a signature at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-133]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]].""",
    # --- government services ---
    """[[PERSON:Nomvula Dlamini]]'s application for a smart ID card was received at the [[LOCATION:Soweto]] Home Affairs office on [[DATE_TIME:14 August 2024]], and the ID number she gave, [[ID_NUMBER:9307220284087]], matches the population register.""",
    """To renew his passport by mail, [[PERSON:Luis Armando Ferreira]] of [[ADDRESS:1187 W Grand Ave, Apt 3B]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60642]] enclosed his old passport, no. [[US_PASSPORT:562871043]], a check and two photos; the form gives his date of birth as [[DATE_TIME:09/17/1986]].""",
    """[[PERSON:Jasmine Whitehorse]] renewed her driver's license, [[US_DRIVER_LICENSE:W426-7189-3512-06]], at the [[LOCATION:Madison]] DMV on [[DATE_TIME:Monday, January 13, 2025]] and changed her address to [[ADDRESS:3310 Maple Ridge Dr]].""",
    """Your Universal Credit journal has a new message: [[PERSON:Kerry-Ann Walcott]], please attend a work coach appointment at [[LOCATION:Lewisham]] Jobcentre on [[DATE_TIME:Wednesday 19 March 2025 at 11:20]]. Bring your National Insurance number ([[ID_NUMBER:JT 48 27 61 C]]) and proof of address.""",
    """IRCC acknowledged the permanent residence application of [[PERSON:Fatima Zahra Benali]], UCI [[ID_NUMBER:1104-7733]], on [[DATE_TIME:March 3, 2025]]; she must give biometrics at the [[LOCATION:Montreal]] service point within 30 days.""",
    """The ATO letter to [[PERSON:Lachlan O'Connor]] quotes his TFN as [[ID_NUMBER:459 281 701]] and says his amended return was processed on [[DATE_TIME:12 December 2024]].""",
    """[[PERSON:Ramesh Chandra Yadav]] linked his Aadhaar, [[ID_NUMBER:2974 1830 5624]], to his PAN, [[ID_NUMBER:AKRPY4421M]], a week before the deadline, the clerk at the [[LOCATION:Lucknow]] seva kendra told him.""",
    """Hi [[PERSON:Wanjiru]], your eCitizen application for a certificate of good conduct has been approved. ID No. [[ID_NUMBER:28841093]], KRA PIN [[ID_NUMBER:A004418271Z]]. Collect it at the DCI headquarters in [[LOCATION:Nairobi]] from [[DATE_TIME:20th Feb]].""",
    """The council has your blue badge renewal, [[PERSON:Mr Desmond Achterberg]]. An assessor will phone you on [[PHONE_NUMBER:01904 612 338]] before [[DATE_TIME:28 February]] to arrange a short home visit.""",
    """Voter registration update: [[PERSON:Tamika L. Robinson]], born [[DATE_TIME:April 2, 1991]], has moved from [[ADDRESS:908 Peachtree St NE]] to [[ADDRESS:1550 Memorial Dr SE, Unit 4]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30317]] and stays registered as a [[NRP:Democrat]].""",
    """[[PERSON:Maria Cristina Dela Cruz]] asked the PSA for a copy of her birth certificate; her SSS number [[ID_NUMBER:34-1920473-6]] and PhilHealth number [[ID_NUMBER:12-050338771-4]] were used to confirm who she is.""",
    """Your PPS number, [[ID_NUMBER:6417382S]], has been issued, [[PERSON:Ms Aoife Brennan]]. Please keep this letter of [[DATE_TIME:6 March 2025]] somewhere safe; you will need it for your first payslip.""",
    # --- everything else ---
    """The physiotherapist noted that [[PERSON:Mr. Harjit Sandhu]], [[AGE:67]], should come back on [[DATE_TIME:Thursday 6 March at 9:40]] for a knee review; his NHS number is [[ID_NUMBER:485 201 7735]].""",
    """Please update the payee details for [[PERSON:Chiamaka Eze-Nwosu]]: her new account is [[IBAN_CODE:GB15 LOYD 3096 2218 8371 64]], and the phone on file should be [[PHONE_NUMBER:+234 803 417 2296]].""",
    """[[PERSON:Siobhán Ní Bhriain]] and her son [[PERSON:Oisín]] are booked on the flight from [[LOCATION:Dublin]] to [[LOCATION:Lanzarote]] leaving [[DATE_TIME:18 April at 07:15]]; her passport, [[ID_NUMBER:PX4418372]], runs out next year.""",
    """Year 4 teacher [[PERSON:Mrs Aroha Ngata]] wrote to [[PERSON:Keanu Tipene]]'s dad about the trip to [[LOCATION:Rotorua]]: permission slips back by Friday, please.""",
    """Offer letter: [[PERSON:Dmitri Volkov]] starts as Senior Data Engineer on [[DATE_TIME:1 July 2025]] at a base salary of CAD 132,000. Payroll needs his SIN, [[ID_NUMBER:527 614 309]], by the end of the week.""",
    """The prescription for [[PERSON:okafor]] (first name [[PERSON:Emeka]]), DOB [[DATE_TIME:02-11-1958]], is ready at the counter; we tried [[PHONE_NUMBER:0803 552 9014]] twice with no answer.""",
    """Port-in request: number [[PHONE_NUMBER:(646) 309-7724]] is moving to us from the old carrier. Account holder [[PERSON:Ethan Kwon]]; the last four of his SSN, 4417, were confirmed on the call.""",
    """The landlord, [[PERSON:Graham Fitzgerald]], has agreed to let [[PERSON:Amara]] and [[PERSON:Kofi Mensah]] move into [[ADDRESS:Flat 2, 19 Ravenscourt Road]], [[LOCATION:London]] [[ZIP_CODE:W6 0UH]] from the [[DATE_TIME:1st of September]].""",
    """Claim note: [[PERSON:Bongani Khumalo]], aged [[AGE:41]], says his Toyota Hilux, registration [[ID_NUMBER:CA 418-293]], was stolen from outside [[ADDRESS:12 Voortrekker Road]], [[LOCATION:Bellville]] on the night of [[DATE_TIME:22 November]].""",
    """Banned-player report: [[USERNAME:xXshadowfangXx]] has been harassing [[USERNAME:lil_mochi22]] in voice chat for a week, and the reporter says the person behind the first account is [[PERSON:Kyle Brennan]] from [[LOCATION:Ohio]].""",
    """Our moderators removed a post that doxxed [[PERSON:Priscilla Adeyemi]] by listing her home, [[ADDRESS:8 Adekunle Street]], [[LOCATION:Yaba]], [[LOCATION:Lagos]], together with her number, [[PHONE_NUMBER:+234 909 118 4472]].""",
    """Biscuit the spaniel is due his booster. His owner, [[PERSON:Fiona McAllister]], asked whether [[DATE_TIME:Saturday 12 April at 10am]] works and said to text [[PHONE_NUMBER:07831 220 564]] if not.""",
    """Membership freeze approved for [[PERSON:Raj Malhotra]] (member [[ID_NUMBER:PF-771029]]) from [[DATE_TIME:5 May]] to [[DATE_TIME:30 June 2025]] while he recovers from surgery.""",
    """Driver note: leave with the neighbour at no. 14 if nobody answers. Recipient [[PERSON:Mele Tupou]], [[ADDRESS:16 Hinemoa Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]], ph [[PHONE_NUMBER:021 448 9031]].""",
    """[[PERSON:Mia Tran]]'s emergency contacts are her grandmother, [[PERSON:Nguyen Thi Lan]], on [[PHONE_NUMBER:(714) 553-0192]] and her uncle [[PERSON:Danny]] on [[PHONE_NUMBER:714-880-2316]]. She is [[AGE:4]] and allergic to peanuts.""",
    """[[PERSON:Adebayo Ogunleye]] (student no. [[ID_NUMBER:2021048815]]) has asked for an extension on his dissertation until [[DATE_TIME:9 June]] on medical grounds.""",
    """Guest [[PERSON:Yusuf Al-Amin]] checked into room 1204 on [[DATE_TIME:Fri 21 Feb, 15:32]] and asked for a late checkout; the desk scanned his passport, [[ID_NUMBER:A09384715]].""",
    """Thank you, [[PERSON:Margaret Owusu]], for your Gift Aid declaration. We have recorded your donor number as [[ID_NUMBER:DN0047219]] and your address as [[ADDRESS:41 Lime Tree Avenue]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 3RG]].""",
    """Rental agreement for [[PERSON:Kenji Watanabe]]: pick-up [[DATE_TIME:2025-06-14 09:00]] at [[LOCATION:Vancouver]] airport, driver's licence [[ID_NUMBER:7730215]] ([[LOCATION:BC]]), contact [[PHONE_NUMBER:+1 604 555 0188]].""",
    """[[PERSON:Anna]] and [[PERSON:Piotr Nowak]], both [[NRP:Polish]] and practising [[NRP:Catholics]], asked [[TITLE:Father]] [[PERSON:Tomasz Wiśniewski]] to baptise their daughter [[PERSON:Zofia]] on [[DATE_TIME:Sunday 8 June]] in [[LOCATION:Ealing]].""",
    """The exit interview with [[PERSON:Shreya Venkataraman]] ([[AGE:29]]) is booked for the [[DATE_TIME:4th of April at 2:30pm]]; her last working day is [[DATE_TIME:April 11]].""",
    """Reported profile: [[USERNAME:surfer_dan_91]] says he is [[AGE:34]], but the licence photo he sent shows [[PERSON:Daniel Hooper]], born [[DATE_TIME:3/8/1979]], and he keeps asking matches to text him on [[PHONE_NUMBER:0412 776 093]].""",
    """Meter reading dispute: [[PERSON:Kwame Asante]] of [[ADDRESS:7 Ridgeway Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 1LP]] says the reading taken at his visit on [[DATE_TIME:8 January]] was 48213, not 84213.""",
    """The health plan member [[PERSON:Rosa Gutierrez-Molina]], [[AGE:52]], ID [[ID_NUMBER:XWG918273401]], called about her denied MRI claim; the SSN we hold for her is [[US_SSN:521-44-9083]].""",
    """[[PERSON:Harriet Oduya]], your library card [[ID_NUMBER:29012004418337]] has three overdue items. Please return them to the [[LOCATION:Kisumu]] branch or renew them online.""",
    """We've blocked card [[CREDIT_CARD:5218 0094 6671 3029]], held by [[PERSON:Olusegun Bakare]], after three declined attempts at a filling station in [[LOCATION:Abuja]]; please call him on [[PHONE_NUMBER:+2348125503317]].""",
    """Save the date! [[PERSON:Thandiwe]] & [[PERSON:Luca]] are getting married on [[DATE_TIME:14.02.2026]] in [[LOCATION:Stellenbosch]]. RSVP to [[EMAIL_ADDRESS:thandiwe.and.luca@gmail.com]]""",
    """The solicitor for [[PERSON:Mr. Callum Reid]] confirmed that his hearing at [[LOCATION:Glasgow]] Sheriff Court has moved to [[DATE_TIME:27 May 2025, 10:00]].""",
    """[[PERSON:Aisha Bello]], a [[AGE:34]]-year-old [[NRP:Muslim]] woman from [[LOCATION:Kano]], was admitted on [[DATE_TIME:16/01/2025]] with severe malaria; hospital number [[ID_NUMBER:AKTH/24/10382]].""",
    """Rx refill for [[PERSON:Gerald Whitfield]], DOB [[DATE_TIME:1947-10-30]], to be delivered to [[ADDRESS:66 Orchard Ln]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]].""",
    """[[PERSON:Lerato Mokoena]] ([[AGE:15]]) won the provincial science fair, and her mother, [[PERSON:Mrs. Palesa Mokoena]], can be reached on [[PHONE_NUMBER:082 417 3309]] about the prize.""",
    """Welcome to the club, [[PERSON:Darragh]]! The first training session is [[DATE_TIME:Tuesday 7 January at 7pm]] on the back pitch. Bring boots and fill in the form for your son, [[PERSON:Cian Moloney]], who is [[AGE:9]].""",
    """The defendant, [[PERSON:Jerome Baptiste]], [[AGE:23]], of [[ADDRESS:18 Crescent Road]], [[LOCATION:Luton]], pleaded not guilty and was bailed to appear again on [[DATE_TIME:2 June]].""",
    """Care plan review for [[PERSON:Mrs. Olive Hargreaves]], [[AGE:89]], at [[ADDRESS:Rosewood House, 3 Station Road]], [[LOCATION:Harrogate]]. Her son [[PERSON:Michael]] holds lasting power of attorney.""",
    """Safari booking confirmed for [[PERSON:Ingrid]] and [[PERSON:Lars Haugen]], both [[NRP:Norwegian]], arriving in [[LOCATION:Nairobi]] on [[DATE_TIME:Sat 9 Aug 2025, 21:40]]; passports [[ID_NUMBER:FN4418203]] and [[ID_NUMBER:FN4418204]].""",
    """KYC failed for [[PERSON:Arjun Mehta]]: the selfie didn't match driving licence [[ID_NUMBER:MH12 20190034871]], and the address he typed, [[ADDRESS:B-302, Sai Krupa Apartments, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]], differs from the one on his electricity bill.""",
    """Kia ora [[PERSON:Hemi]], your transfer to [[PERSON:Tania Rāwiri]] is on hold for a routine check. Please call us on 0800 269 296 so we can release it.""",
    # --- Turkish ---
    """Merhaba, ben [[PERSON:Emre Yılmaz]]. Dün gece şirket e-posta hesabıma [[IP_ADDRESS:91.93.44.210]] adresinden giriş yapılmış, bu ben değilim. Kullanıcı adım [[USERNAME:emre.yilmaz]], cep numaram [[PHONE_NUMBER:0532 418 27 65]].""",
    """[[PERSON:Ayşe Kaya]]'nın iade talebi onaylandı. Kargo görevlisi [[DATE_TIME:12 Mart Çarşamba]] günü [[ADDRESS:Bağdat Caddesi No: 214 Daire 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] adresine gelecek; iade tutarı [[IBAN_CODE:TR29 0006 4000 0012 3948 5760 13]] numaralı hesaba yatırılacak.""",
    """e-Devlet üzerinden randevu alan [[PERSON:Mehmet Ali Demir]] ([[AGE:58]]), T.C. kimlik numarası [[ID_NUMBER:34219058798]] ile [[DATE_TIME:3 Nisan 2025 saat 10:30]]'da [[LOCATION:Çankaya]] Nüfus Müdürlüğü'ne gidecek.""",
    """[[PERSON:Dr. Zeynep Arslan]], hasta [[PERSON:Hüseyin Çelik]]'in kontrol randevusunu [[DATE_TIME:25.04.2025]] tarihine erteledi. Hastaya [[PHONE_NUMBER:+90 505 771 39 02]] numarasından ulaşılabilir.""",
    # --- Greek ---
    """Η [[PERSON:Ελένη Κωνσταντίνου]] υπέβαλε αίτηση για νέα ταυτότητα στο ΚΕΠ [[LOCATION:Καλλιθέας]] στις [[DATE_TIME:14 Μαρτίου 2025]]· ΑΦΜ [[ID_NUMBER:048317620]], κινητό [[PHONE_NUMBER:694 512 3387]].""",
    """Καλησπέρα, είμαι ο [[PERSON:Γιώργος Παπαδόπουλος]] και η παραγγελία μου #GR-448120 δεν έχει φτάσει ακόμα. Διεύθυνση αποστολής: [[ADDRESS:Λεωφόρος Αλεξάνδρας 84]], [[ZIP_CODE:114 73]] [[LOCATION:Αθήνα]]. Email: [[EMAIL_ADDRESS:g.papadopoulos@yahoo.gr]]""",
    """Ο λογαριασμός του [[PERSON:Νίκου Αντωνίου]] στο intranet κλειδώθηκε μετά από πέντε αποτυχημένες προσπάθειες από τη διεύθυνση [[IP_ADDRESS:79.129.33.18]]· ο χρήστης [[USERNAME:nantoniou]] ζήτησε επαναφορά κωδικού.""",
]

BENCH = [
    # --- ai4privacy-style ---
    """Hello [[PERSON:Kristofer]], your session from [[IP_ADDRESS:203.118.44.9]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 was flagged. Please verify the card [[CREDIT_CARD:6011 4420 8813 9058]] (CVV 418, exp 09/27) linked to the account [[IBAN_CODE:DE44 5001 0517 5407 3249 31]].""",
    """[[PERSON:Mr. Ansel Okwuosa]], our Lead Integration Architect, has relocated to [[ADDRESS:4471 Harmony Plaza]], [[ADDRESS:Suite 310]], [[LOCATION:Port Harcourt]]. Update payroll with his new IBAN [[IBAN_CODE:GB07NWBK60730118846205]] and BIC NWBKGB2L before the next cycle.""",
    """Patient [[PERSON:Marisol Quintanilla-Reyes]], [[AGE:37]] years, female, came to the clinic on [[DATE_TIME:11/29/2024]] complaining of migraines. Contact: [[EMAIL_ADDRESS:mqreyes@protonmail.com]], [[PHONE_NUMBER:+1-305-448-2917]].""",
    """The device with MAC a4:83:e7:1f:9c:20 and IP [[IP_ADDRESS:192.168.14.203]], registered to [[USERNAME:tobi.ade]], was last seen at [[ADDRESS:19 Allen Avenue]], [[LOCATION:Ikeja]] on [[DATE_TIME:04/05/2025 14:22]].""",
    """Attention [[PERSON:Dr. Henrietta Voss]], Principal Assurance Officer: the reimbursement of £1,240.55 to account [[ID_NUMBER:41927733]] (sort code 20-32-53) will be processed by [[DATE_TIME:Friday, 7 March 2025]]. Ref: HV-88231.""",
    """Secondary address [[ADDRESS:Apt. 1502]] at [[ADDRESS:770 Brickell Bay Drive]], [[LOCATION:Miami]], [[LOCATION:Miami-Dade County]], [[ZIP_CODE:33131]] belongs to [[PERSON:Gideon Feldstein]], [[AGE:61]], born [[DATE_TIME:February 19th, 1964]].""",
    """Can you please send the updated loan terms to [[PERSON:Sakura Matsumoto]] at [[EMAIL_ADDRESS:sakura_m88@yahoo.co.jp]]? Her SSN [[US_SSN:613-02-7719]] and date of birth [[DATE_TIME:1988-12-03]] have been confirmed. Temporary password: Xq8!rP2v#""",
    """[[PERSON:Thandeka]] logged in at [[DATE_TIME:2024-11-30T21:04:17Z]] from [[IP_ADDRESS:2c0f:fef8:11a0:3b::2]] with username [[USERNAME:thandeka_zn]] and password 'Umlazi#2019'. Her Visa [[CREDIT_CARD:4929610533822173]], exp 03/28, CVC 902, was saved to the wallet.""",
    """Greetings [[PERSON:Ms. Orla Devaney]]: as Regional Compliance Director you must confirm the vehicle registration [[ID_NUMBER:221-D-48713]] and your driving licence number [[ID_NUMBER:005329871]] before [[DATE_TIME:15th May]].""",
    """Good morning [[PERSON:Abdirahman]], our records show that your account [[ID_NUMBER:7702318846]] at the [[LOCATION:Mombasa]] branch, with phone [[PHONE_NUMBER:+254 722 318 904]], becomes dormant on [[DATE_TIME:30/06/2025]].""",
    """Our Forward Accounts Planner, [[PERSON:Lucinda Ferreira-Hale]] ([[EMAIL_ADDRESS:lucinda.fh@gmail.com]]), will present the quarterly figures. Reach her on [[PHONE_NUMBER:(02) 9318 4472]] or at [[ADDRESS:Level 12, 1 Macquarie Place]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]].""",
    """Transaction alert: [[CREDIT_CARD:2223 0017 4429 8063]] was charged 3,400 UAH at 03:12 from IP [[IP_ADDRESS:77.88.55.66]]. Cardholder [[PERSON:Yevhenii Bondarenko]], [[ADDRESS:18 Khreshchatyk St]], [[LOCATION:Kyiv]] [[ZIP_CODE:01001]].""",
    """User agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1 was used by [[PERSON:Naledi]] to reset her PIN; the new PIN 4471 went by SMS to [[PHONE_NUMBER:+27 82 559 0173]].""",
    """[[PERSON:Ravindra]] ([[AGE:45]], male, [[NRP:Sikh]]) asked for his prayer breaks to be accommodated; his manager, [[PERSON:Ms. Claire Dubois]], approved it on [[DATE_TIME:09.01.2025]].""",
    """Please deliver to building number [[ADDRESS:482]] on [[ADDRESS:Kingsway Crescent]], [[LOCATION:Hamilton]], [[LOCATION:Ontario]] [[ZIP_CODE:L8S 1B6]], attention [[TITLE:Reverend]] [[PERSON:Okonkwo]], Chief Ministry Coordinator.""",
    """Urgent: [[PERSON:Ebony]]'s [[AGE:16]]-year-old brother needs a signed consent form. Send it to [[ADDRESS:3920 Halsey Street]], [[ADDRESS:Floor 2]], [[LOCATION:Brooklyn]], [[ZIP_CODE:11207]] or email [[EMAIL_ADDRESS:ebony.richards@aol.com]].""",
    """The Dynamic Branding Supervisor for [[LOCATION:Hertfordshire]], [[PERSON:Rosalind Oyelowo]], asked to move the parking permit from VIN 1HGCM82633A004352 to the car with plate [[ID_NUMBER:KJ19 XPT]].""",
    """[[PERSON:Hollis]], a [[AGE:72]]-year-old retired engineer, has been given the IPv6 address [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]] for his telehealth kit; his first call is set for [[DATE_TIME:10:45 AM on 5/14/2025]].""",
    """Dear [[PERSON:Cheng]], we received your request to switch billing to the card [[CREDIT_CARD:3566 0021 4478 9308]] (expiry 02/29, CVV 771). Your account number [[ID_NUMBER:82019374]] and BIC HSBCHKHHHKH stay the same. Username: [[USERNAME:cheng.yau]]""",
    """Hi [[PERSON:Kalani]], the Senior Implementation Liaison role in [[LOCATION:Honolulu]] comes with a company card, [[CREDIT_CARD:5577 0461 2398 1156]]. Set up your account with username [[USERNAME:kalani.hoapili]] and password Hoapili!2025, then confirm your SSN, [[US_SSN:575-18-2290]].""",
    """The meeting with [[PERSON:Esperanza Villalobos]] about the [[NRP:Mexican]] consular paperwork for her daughter, DOB [[DATE_TIME:07/07/2012]], has moved to [[ADDRESS:1200 Main Street]], [[ADDRESS:Suite 404]], [[LOCATION:Houston]], [[LOCATION:TX]].""",
    # --- gretel-style documents ---
    """CLAIM FORM - HOME CONTENTS
Policyholder: [[PERSON:Patrick Nwachukwu]]
Policy No.: HC-4410-2291
Date of Birth: [[DATE_TIME:14/02/1979]]
Address: [[ADDRESS:31 Larch Grove]], [[LOCATION:Swindon]], [[ZIP_CODE:SN2 7QF]]
Phone: [[PHONE_NUMBER:01793 552 810]]
Date of Loss: [[DATE_TIME:02/01/2025]]
Description: Water damage from a burst pipe in the loft, affecting the main bedroom and hallway.
Account for settlement: [[IBAN_CODE:GB30 BARC 2032 5367 4190 52]]""",
    """This Employment Agreement is entered into on [[DATE_TIME:January 6, 2025]] between Harborview Analytics LLC ("Employer") and [[PERSON:Diego Alejandro Ramírez]] ("Employee"), residing at [[ADDRESS:2841 Sunset Cliffs Blvd]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92107]]. Employee's Social Security Number: [[US_SSN:604-38-1172]]. Employee shall commence work on [[DATE_TIME:January 20, 2025]] as Staff Statistician.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Whitmore]]    MRN: [[ID_NUMBER:MRN-00482917]]
DOB: [[DATE_TIME:07/22/1941]]    Age: [[AGE:83]]
Admitted: [[DATE_TIME:03/01/2025]]    Discharged: [[DATE_TIME:03/06/2025]]
Attending: [[PERSON:Dr. Samuel Achebe]]
Diagnosis: community-acquired pneumonia, resolved. Follow up with PCP [[PERSON:Dr. Lin Zhou]] in one week. Daughter [[PERSON:Carol]] ([[PHONE_NUMBER:508-555-0162]]) will assist at home.""",
    """Applicant Name: [[PERSON:Samira Haddad]] | Co-applicant: [[PERSON:Karim Haddad]] | SSN: [[US_SSN:428-91-5530]] | Annual income: $96,400 | Employer: Delmar Logistics | Years at address: 6 | Current address: [[ADDRESS:5127 N Kenmore Ave, Apt 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]] | Requested amount: $310,000 | Term: 30 yrs""",
    """NOTICE TO VACATE. To: [[PERSON:Trevor Mahlangu]], tenant of [[ADDRESS:Unit 9, Jacaranda Court, 44 Church Street]], [[LOCATION:Pretoria]] [[ZIP_CODE:0002]]. You are hereby notified that the lease dated [[DATE_TIME:1 March 2023]] will terminate on [[DATE_TIME:31 May 2025]]. Issued by [[PERSON:Johan van der Merwe]] on behalf of the landlord.""",
    """On [[DATE_TIME:2024-10-18]], customer [[PERSON:Harold Ng]] (customer ID [[ID_NUMBER:C-99102834]]) initiated a wire transfer of $14,500 from account [[ID_NUMBER:002318847761]] to the beneficiary [[PERSON:Mei Chen]], routing number 026009593, memo "tuition".""",
    """Employee: [[PERSON:Oluwaseun Adeyemi]] | Employee ID: [[ID_NUMBER:EMP-20471]] | Review period: FY2024 | Reviewer: [[PERSON:Stephanie Clarke]] | Rating: Exceeds expectations
Comments: [[PERSON:Oluwaseun]] led the warehouse system migration ahead of schedule and mentored two junior analysts. Recommend promotion to Senior Analyst.""",
    """IN THE DISTRICT COURT OF [[LOCATION:TRAVIS COUNTY]], [[LOCATION:TEXAS]]
Cause No. D-1-GN-25-001187
[[PERSON:AMANDA J. PRICE]], Plaintiff, v. [[PERSON:KEITH R. LAWSON]], Defendant.
To the Defendant, at [[ADDRESS:7710 Shoal Creek Blvd]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78757]]: you are commanded to appear on [[DATE_TIME:April 14, 2025 at 9:00 a.m.]] in the 200th District Court.""",
    """Rx# 6619027    [[PERSON:BRIGHTWATER, LOUISE]]    DOB [[DATE_TIME:05/30/1962]]
Lisinopril 10 mg: take 1 tablet by mouth daily.
Prescriber: [[PERSON:Dr. P. Kaur]]    Filled: [[DATE_TIME:02/12/2025]]    Refills: 3
Questions? Call the pharmacy at (414) 555-0199.""",
    """Claimant [[PERSON:Marie-Ève Tremblay]], driver's licence [[ID_NUMBER:T6514-280389-04]], was rear-ended at the corner of Rue Sherbrooke and Avenue du Parc in [[LOCATION:Montréal]] on [[DATE_TIME:January 28, 2025]]. Other driver: [[PERSON:Jonathan Pike]], plate [[ID_NUMBER:CTRV 418]] ([[LOCATION:Ontario]]).""",
    """THIS DEED OF TRUST is made on the [[DATE_TIME:12th day of September, 2024]], by [[PERSON:Raymond T. Osei]] and [[PERSON:Linda M. Osei]], husband and wife ("Borrower"), whose address is [[ADDRESS:1906 Willow Bend Court]], [[LOCATION:Plano]], [[LOCATION:Texas]] [[ZIP_CODE:75093]]. Loan No. [[ID_NUMBER:7730044128]].""",
    """Transcript Request. Name: [[PERSON:Bethany Kowalczyk]]; Former name: [[PERSON:Bethany Moore]]; Student ID: [[ID_NUMBER:U00381724]]; Attended: Fall 2016 - Spring 2020; Send to: [[EMAIL_ADDRESS:bkowalczyk@umich.edu]]; Signed: [[DATE_TIME:3/14/25]].""",
    """Dear [[PERSON:Dr Patel]],
I would be grateful if you could see [[PERSON:Mrs Janet Okoro]] (NHS No. [[ID_NUMBER:943 476 5919]], DOB [[DATE_TIME:12.08.1955]]) of [[ADDRESS:88 Hillside Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 6DL]] about her worsening breathlessness.
Yours sincerely,
[[PERSON:Dr Ruth Adams]], GP""",
    """FINAL NOTICE. [[PERSON:Curtis Bellamy]], service address [[ADDRESS:412 E 7th St]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74120]]. Account # [[ID_NUMBER:5520-88173-02]]. Past due: $418.27. Your service will be disconnected on or after [[DATE_TIME:04/02/2025]] unless payment is received.""",
    """Dear [[PERSON:Mr. Hughes]]: We have received your claim for disability compensation dated [[DATE_TIME:November 4, 2024]]. Your file number is [[ID_NUMBER:C-28 417 993]]. If you have questions, call us at 1-800-827-1000.""",
    """Buyer: [[PERSON:Priyanka Iyer]] and [[PERSON:Aditya Iyer]]. Seller: [[PERSON:Gordon MacLeod]]. Property: [[ADDRESS:17 Thistle Way]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4XT]]. Date of entry: [[DATE_TIME:30 April 2025]]. A deposit of £32,500 is payable to the seller's solicitors.""",
    """Participant ID: [[ID_NUMBER:CT-0457-118]] | Name: [[PERSON:Ngozi Obi]] | Age: [[AGE:48]] | Consent signed: [[DATE_TIME:2025-01-22]] | Witness: [[PERSON:Sarah Kim]], RN | Arm: B""",
    """Form W-9. Name: [[PERSON:Theodore Vance]]; Business name: Vance Woodworks; Address: [[ADDRESS:PO Box 1182]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59771]]; TIN: [[US_SSN:522-60-8814]]; Date signed: [[DATE_TIME:02/03/2025]].""",
    """I, [[PERSON:Anjali Kapoor]], am writing to dispute a charge of $612.00 posted last week to my card [[CREDIT_CARD:5425 2334 3010 9101]]. I did not authorize this transaction. Please contact me at [[PHONE_NUMBER:(201) 447-3928]] or at the address on file.""",
    """Incident Report. Student: [[PERSON:Jayden Wu]], Grade 7, age [[AGE:12]]. Date: [[DATE_TIME:March 11, 2025]]. Location: cafeteria. Parent contacted: [[PERSON:Linda Wu]], [[PHONE_NUMBER:(408) 555-2291]]. Action: written warning.""",
    """Centrelink notice. [[PERSON:Bronwyn Tate]], CRN [[ID_NUMBER:301 448 927K]], your Age Pension payment will increase from [[DATE_TIME:20 March 2025]]. Address: [[ADDRESS:6/14 Ocean Parade]], [[LOCATION:Coffs Harbour]] [[LOCATION:NSW]] [[ZIP_CODE:2450]].""",
    """Loan Sanction Letter. Dear [[PERSON:Mr. Suresh Kumar Pillai]], we are pleased to sanction a home loan of ₹45,00,000. PAN: [[ID_NUMBER:BQNPP6620K]]. Aadhaar: [[ID_NUMBER:4882 1076 3941]]. Property: [[ADDRESS:Flat 5C, Prestige Lakeside, Varthur Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560087]]. EMI due on the 5th of every month.""",
    """Employee [[PERSON:Miguel Ángel Torres]], [[AGE:44]], a forklift operator at the [[LOCATION:Fresno]] warehouse, injured his lower back at [[DATE_TIME:3:15 p.m. on February 26, 2025]] while unloading pallets. SSN: [[US_SSN:609-27-4418]]. Claim No. WC-2025-0418. Supervisor: [[PERSON:Dana Whitaker]].""",
    """Customer [[PERSON:Lim Wei Jie]], NRIC [[ID_NUMBER:S8734521A]], of [[ADDRESS:Blk 118 Ang Mo Kio Avenue 4, #12-207]], [[LOCATION:Singapore]] [[ZIP_CODE:560118]], opened a joint account with [[PERSON:Tan Hui Min]] (NRIC [[ID_NUMBER:T0218836D]]) on [[DATE_TIME:18 Feb 2025]].""",
    """Patient: [[PERSON:Arnav Chaudhary]] | Health card: [[ID_NUMBER:6284-551-093-KT]] | DOB: [[DATE_TIME:1999/04/21]] | Rx: amoxicillin 500 mg TID x 7 days | Prescriber: [[PERSON:Dr. Evelyn Marchetti]] | Date: [[DATE_TIME:2025/03/05]]""",
    """I, [[PERSON:Winifred Ama Boateng]], of [[ADDRESS:9 Cantonments Road]], [[LOCATION:Accra]], being of sound mind, leave my house at [[ADDRESS:Plot 14, Airport Residential Area]] to my nephew [[PERSON:Kwabena Boateng]]. Signed this [[DATE_TIME:2nd day of December 2024]].""",
    """Case worker [[PERSON:Lorraine Fitzpatrick]] visited the foster home of [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Delaney]] at [[ADDRESS:5 Orchard Mews]], [[LOCATION:Limerick]] on [[DATE_TIME:Thursday 20 February 2025]]; the child, [[PERSON:Rhys]] ([[AGE:7]]), is settling in well.""",
    # --- Nemotron-style structured ---
    """{"customer_id": "[[ID_NUMBER:CU-7713902]]", "first_name": "[[PERSON:Imogen]]", "last_name": "[[PERSON:Fairweather]]", "email": "[[EMAIL_ADDRESS:imogen.fw@btinternet.com]]", "phone": "[[PHONE_NUMBER:+44 20 7946 0381]]", "dob": "[[DATE_TIME:1990-06-15]]", "address": {"line1": "[[ADDRESS:14 Cheyne Walk]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:SW3 5RA]]"}, "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-02-14T08:31:02.118Z]] INFO auth.login success user=[[USERNAME:mkaraca]] ip=[[IP_ADDRESS:88.241.17.93]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15"
[[DATE_TIME:2025-02-14T08:31:44.902Z]] WARN auth.mfa retry user=[[USERNAME:mkaraca]] ip=[[IP_ADDRESS:88.241.17.93]]
[[DATE_TIME:2025-02-14T08:33:10.455Z]] ERROR billing.charge declined card=************4471 customer_email=[[EMAIL_ADDRESS:m.karaca@hotmail.com]]""",
    """INSERT INTO patients (patient_id, full_name, dob, ssn, phone, city) VALUES
  ('[[ID_NUMBER:P-004812]]', '[[PERSON:Marcus J. Bell]]', '[[DATE_TIME:1972-03-09]]', '[[US_SSN:318-52-0476]]', '[[PHONE_NUMBER:312-555-0147]]', '[[LOCATION:Evanston]]'),
  ('[[ID_NUMBER:P-004813]]', '[[PERSON:Aaliyah Brooks]]', '[[DATE_TIME:1995-11-27]]', '[[US_SSN:459-07-3381]]', '[[PHONE_NUMBER:773-555-0190]]', '[[LOCATION:Skokie]]');""",
    """<Employee seq="12">
  <Name><First>[[PERSON:Kagiso]]</First><Last>[[PERSON:Molefe]]</Last></Name>
  <IdNumber>[[ID_NUMBER:8804155193086]]</IdNumber>
  <BirthDate>[[DATE_TIME:1988-04-15]]</BirthDate>
  <Email>[[EMAIL_ADDRESS:kagiso.molefe@webmail.co.za]]</Email>
  <Mobile>[[PHONE_NUMBER:+27 71 403 8826]]</Mobile>
  <Dept>Finance</Dept>
</Employee>""",
    """notifications:
  oncall_primary: [[PERSON:Hamid Rahimi]]
  oncall_phone: "[[PHONE_NUMBER:+1 (206) 555-0134]]"
  oncall_email: [[EMAIL_ADDRESS:hamid.rahimi@cloudlane.dev]]
  escalation: ops@cloudlane.dev
database:
  host: [[IP_ADDRESS:10.12.4.56]]
  port: 5432
  user: svc_billing
  password: "Tr0ub4dor&3"
""",
    """def test_send_invoice():
    user = User(name="[[PERSON:Priya Subramanian]]", email="[[EMAIL_ADDRESS:priya.s@fastmail.com]]", phone="[[PHONE_NUMBER:+91 80 4112 7730]]")
    card = Card(number="[[CREDIT_CARD:4024007188265135]]", exp="11/27", cvv="382")
    assert send_invoice(user, card).status == 200
""",
    """Ticket #SR-229104 | Priority: High | Opened: 2025-03-04
Requester: [[PERSON:Gwen Llewellyn]] <[[EMAIL_ADDRESS:gwen.llewellyn@cardiffmet-alumni.org]]>
Subject: Cannot open payslips
Since the migration I get a 403 when opening my payslips. My employee number is [[ID_NUMBER:CM-118402]] and I'm connecting from [[IP_ADDRESS:81.108.32.14]] at home. Call me on [[PHONE_NUMBER:029 2034 8817]] if you need anything.""",
    """Surname: [[PERSON:OKONJO]]
Given names: [[PERSON:CHIDINMA ADAEZE]]
Sex: F
Date of birth: [[DATE_TIME:19 OCT 1992]]
Place of birth: [[LOCATION:ENUGU]], [[LOCATION:NIGERIA]]
Nationality: [[NRP:NIGERIAN]]
Passport no.: [[ID_NUMBER:A07731942]]
Date of expiry: 18 OCT 2031
NIN: [[ID_NUMBER:48293017645]]
Phone: [[PHONE_NUMBER:+234 806 772 1043]]""",
    """{"data":{"user":{"id":"usr_9f3a21","handle":"[[USERNAME:kaimana.surf]]","displayName":"[[PERSON:Kaimana Akana]]","lastLogin":"[[DATE_TIME:2025-03-01T19:22:05-10:00]]","lastIp":"[[IP_ADDRESS:66.175.224.18]]","billing":{"cardLast4":"1187","iban":null}}}}""",
    """[[IP_ADDRESS:172.58.14.201]] - [[USERNAME:dmorales]] [[[DATE_TIME:12/Mar/2025:10:14:33 -0500]]] "GET /account/statements?acct=[[ID_NUMBER:4471889021]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36\"""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:fernando.alves@sapo.pt]]', iban = '[[IBAN_CODE:PT50003300004528193760502]]', phone = '[[PHONE_NUMBER:+351 912 448 307]]' WHERE customer_no = '[[ID_NUMBER:PT-0092217]]';""",
    """<patient>
  <mrn>[[ID_NUMBER:00938172]]</mrn>
  <name family="[[PERSON:Nakamura]]" given="[[PERSON:Hiroshi]]"/>
  <birthTime value="[[DATE_TIME:19580402]]"/>
  <addr use="home">
    <streetAddressLine>[[ADDRESS:2209 Kalakaua Ave Apt 1404]]</streetAddressLine>
    <city>[[LOCATION:Honolulu]]</city><state>[[LOCATION:HI]]</state><postalCode>[[ZIP_CODE:96815]]</postalCode>
  </addr>
  <telecom value="tel:[[PHONE_NUMBER:+1-808-555-0172]]"/>
</patient>""",
    """# .env.production
ADMIN_NAME="[[PERSON:Lena Hoffmann]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:lena.hoffmann@posteo.de]]
PAYOUT_IBAN=[[IBAN_CODE:DE93100500000190847723]]
SUPPORT_EMAIL=support@kiezkiste.de
APP_VERSION=3.14.2
ALLOWED_IPS=[[IP_ADDRESS:85.214.132.117]],[[IP_ADDRESS:85.214.132.118]]""",
    """const testUser = {
  name: '[[PERSON:Zanele Mthembu]]',
  idNumber: '[[ID_NUMBER:0109184932084]]',
  dob: '[[DATE_TIME:2001-09-18]]',
  mobile: '[[PHONE_NUMBER:0734418820]]',
  plan: 'prepaid',
};""",
    """[HR-3312] Update bank details for [[PERSON:Tomás Ó Ceallaigh]]
Reporter: [[PERSON:Deirdre Walsh]] (HR)
Old IBAN: [[IBAN_CODE:IE76 BOFI 9000 1728 4559 12]]
New IBAN: [[IBAN_CODE:IE94 AIBK 9320 8641 2733 09]]
PPSN: [[ID_NUMBER:2953108F]]
Please apply from the March payroll run.""",
    """Mar  3 04:12:55 bastion-01 sshd[22817]: Failed password for invalid user admin from [[IP_ADDRESS:218.92.0.112]] port 48822 ssh2
[[DATE_TIME:Mar  3 04:13:02]] bastion-01 sshd[22819]: Accepted publickey for [[USERNAME:nkipchumba]] from [[IP_ADDRESS:41.90.64.7]] port 51144 ssh2: ED25519 SHA256:q8Xl1Qh3v0ZbYkT9wRz2c6mJ4pLsNe7uAfGdHi5oKxE""",
    """Patient Intake Form
Name: [[PERSON:Valentina Rossi]]
DOB: [[DATE_TIME:Aug 3, 1984]]
Insurance Member ID: [[ID_NUMBER:UHC-883920174]]
Emergency contact: [[PERSON:Marco Rossi]] (spouse), [[PHONE_NUMBER:617-555-0138]]
Allergies: penicillin
Preferred pharmacy: CVS on Boylston St""",
    """{"ts":"[[DATE_TIME:2025-01-09T16:40:11Z]]","event":"password_reset_requested","actor":{"email":"[[EMAIL_ADDRESS:c.obrien@gmail.com]]","name":"[[PERSON:Ciarán O'Brien]]"},"source_ip":"[[IP_ADDRESS:2001:bb6:4a2c:9e00:d1c4:22ff:fe19:7a01]]","geo":{"city":"[[LOCATION:Cork]]","country":"[[LOCATION:Ireland]]"}}""",
    """String sql = "SELECT * FROM accounts WHERE ssn = '[[US_SSN:287-41-9063]]' AND last_name = '[[PERSON:Castillo]]' AND dob = '[[DATE_TIME:1979-08-30]]'";
ResultSet rs = stmt.executeQuery(sql);""",
    """Name: [[PERSON:Abimbola Fashola]]
Username: [[USERNAME:bimbo_f]]
Email: [[EMAIL_ADDRESS:abimbola.fashola@yahoo.com]]
Phone: [[PHONE_NUMBER:+44 7911 230 845]]
Address: [[ADDRESS:Flat 11, Marlowe Court, 62 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]]
DOB: [[DATE_TIME:21/09/1987]]
Issue: card [[CREDIT_CARD:5105 7731 0492 6642]] was charged twice for order ORD-55810.""",
    """<Document><CstmrCdtTrfInitn>
  <PmtInf><ReqdExctnDt>2025-03-15</ReqdExctnDt>
    <Dbtr><Nm>[[PERSON:Katarina Meier]]</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>[[IBAN_CODE:CH9300762011623852957]]</IBAN></Id></DbtrAcct>
    <DbtrAgt><FinInstnId><BIC>POFICHBEXXX</BIC></FinInstnId></DbtrAgt>
    <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">820.00</InstdAmt></Amt>
      <Cdtr><Nm>[[PERSON:Luca Bernasconi]]</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>[[IBAN_CODE:AT192011182461139205]]</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>
  </PmtInf>
</CstmrCdtTrfInitn></Document>""",
    """FROM python:3.12-slim
LABEL maintainer="[[PERSON:Rohan Banerjee]] <[[EMAIL_ADDRESS:rohan.banerjee@proton.me]]>"
ENV TZ=Asia/Kolkata
COPY requirements.txt /app/
RUN pip install -r /app/requirements.txt""",
    """commit 9f2c1ab47e03d58c1b6a2e7f90d4c3b8a1e56f72
Author: [[PERSON:Mariana Souza]] <[[EMAIL_ADDRESS:mariana.souza@gmail.com]]>
Date:   [[DATE_TIME:Tue Feb 18 14:22:09 2025 -0300]]

    fix: stop logging full card numbers in checkout service""",
    """mysql> SELECT id, name, email, last_login_ip FROM users WHERE id IN (77, 78);
+----+-----------------+---------------------------+----------------+
| id | name            | email                     | last_login_ip  |
+----+-----------------+---------------------------+----------------+
| 77 | [[PERSON:Oskar Lindgren]]  | [[EMAIL_ADDRESS:oskar.lindgren@telia.se]]   | [[IP_ADDRESS:81.231.17.240]]  |
| 78 | [[PERSON:Saanvi Rao]]      | [[EMAIL_ADDRESS:saanvi.rao@rediffmail.com]] | [[IP_ADDRESS:49.36.112.5]]    |
+----+-----------------+---------------------------+----------------+
2 rows in set (0.00 sec)""",
    """logger.info("payout sent", extra={"recipient": "[[PERSON:Adaeze Nwankwo]]", "iban": "[[IBAN_CODE:NL91ABNA0417164300]]", "amount_eur": 1250.00, "batch": "PO-2025-03-117"})""",
    """POST /api/v2/signup HTTP/1.1
Host: app.tinyledger.io
X-Forwarded-For: [[IP_ADDRESS:197.210.85.14]]
User-Agent: okhttp/4.12.0
Content-Type: application/json

{"fullName":"[[PERSON:Chukwuemeka Obi]]","email":"[[EMAIL_ADDRESS:emeka.obi@gmail.com]]","phone":"[[PHONE_NUMBER:+2348167723049]]","bvn":"[[ID_NUMBER:22318847105]]","dob":"[[DATE_TIME:1993-05-02]]"}""",
    """Case 00482117. Caller: [[PERSON:Mrs. Beverley Quartey]]. Verified: DOB [[DATE_TIME:22 Jan 1968]], postcode [[ZIP_CODE:CR0 2AB]]. Wants to add her husband [[PERSON:Emmanuel]] as a named driver on policy MTR-5590142; his licence number is [[ID_NUMBER:QUART702090E99LK]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: payroll-contacts
  annotations:
    owner: "[[PERSON:Farah Siddiqui]]"
    owner-email: "[[EMAIL_ADDRESS:farah.siddiqui@payroll-core.net]]"
data:
  escalation_phone: "[[PHONE_NUMBER:+1 416 555 0119]]"
  backup_host: "[[IP_ADDRESS:172.16.40.12]]"
""",
    """From: [[PERSON:Henrik Sørensen]] <[[EMAIL_ADDRESS:henrik.sorensen@mail.dk]]>
To: [[PERSON:Ida Kjær]] <[[EMAIL_ADDRESS:ida.kjaer@gmail.com]]>
Date: [[DATE_TIME:Mon, 10 Mar 2025 07:58:14 +0100]]
Received: from [[IP_ADDRESS:93.176.82.201]]
Subject: rent

Hi [[PERSON:Ida]], April's rent goes to my account [[IBAN_CODE:DK50 0040 0440 1162 43]] as usual. / [[PERSON:Henrik]]""",
    # --- Turkish ---
    """HASAR İHBAR FORMU
Sigortalı: [[PERSON:Burak Öztürk]]
T.C. Kimlik No: [[ID_NUMBER:10562897468]]
Doğum Tarihi: [[DATE_TIME:14.06.1985]]
Adres: [[ADDRESS:Atatürk Bulvarı No: 118 Daire 5]], [[ZIP_CODE:06680]] [[LOCATION:Çankaya]]/[[LOCATION:Ankara]]
Telefon: [[PHONE_NUMBER:0 (312) 447 19 36]]
Hasar Tarihi: [[DATE_TIME:02.02.2025]]
Plaka: [[ID_NUMBER:06 BRK 418]]
IBAN: [[IBAN_CODE:TR31 0006 2000 0927 1640 0552 81]]""",
    """{"ad": "[[PERSON:Elif]]", "soyad": "[[PERSON:Şahin]]", "tckn": "[[ID_NUMBER:28761340944]]", "eposta": "[[EMAIL_ADDRESS:elif.sahin@gmail.com]]", "gsm": "[[PHONE_NUMBER:+905417730218]]", "il": "[[LOCATION:İzmir]]", "ilce": "[[LOCATION:Karşıyaka]]", "kart": "[[CREDIT_CARD:4543601122903785]]", "son_kullanma": "08/28", "cvv": "517"}""",
    """[[TITLE:Sayın]] [[PERSON:Kemal Aydın]], [[LOCATION:Bursa]] şubemizdeki [[ID_NUMBER:40218837]] numaralı hesabınıza [[DATE_TIME:6 Şubat 2025 saat 23:17]]'de [[IP_ADDRESS:176.88.142.51]] IP adresinden Chrome/120.0 tarayıcısıyla erişildi. Bu işlem size ait değilse 0850 222 0 444 numaralı müşteri hizmetlerimizi arayın.""",
    """Hasta: [[PERSON:Fatma Koç]], [[AGE:72]] yaş, kadın. Hasta no: [[ID_NUMBER:HS-771209]]. Yatış: [[DATE_TIME:11.01.2025]]. Tanı: kalp yetmezliği. Sorumlu hekim: [[PERSON:Dr. Serkan Yıldız]]. Yakını: [[PERSON:Oğuz Koç]] (oğlu), [[PHONE_NUMBER:0533 208 44 17]].""",
    # --- Greek ---
    """ΠΑΡΑΠΕΜΠΤΙΚΟ
Ασθενής: [[PERSON:Μαρία Γεωργίου]]
ΑΜΚΑ: [[ID_NUMBER:14038501921]]
Ημ. γέννησης: [[DATE_TIME:14/03/1985]]
Διεύθυνση: [[ADDRESS:Ερμού 27]], [[ZIP_CODE:105 63]] [[LOCATION:Αθήνα]]
Τηλ.: [[PHONE_NUMBER:210 3248 115]]
Θεράπων ιατρός: [[TITLE:Δρ.]] [[PERSON:Κώστας Μιχαηλίδης]]""",
    """{"onoma": "[[PERSON:Δημήτρης]]", "eponymo": "[[PERSON:Νικολάου]]", "afm": "[[ID_NUMBER:129573046]]", "iban": "[[IBAN_CODE:GR2301101250000012530047361]]", "kinito": "[[PHONE_NUMBER:+30 697 214 8830]]", "poli": "[[LOCATION:Θεσσαλονίκη]]", "tk": "[[ZIP_CODE:54622]]", "doy": "Δ' Θεσσαλονίκης"}""",
    """ΜΙΣΘΩΤΗΡΙΟ ΣΥΜΒΟΛΑΙΟ. Στην [[LOCATION:Πάτρα]] σήμερα, [[DATE_TIME:1η Φεβρουαρίου 2025]], ο εκμισθωτής [[PERSON:Σπύρος Αλεξίου]] του [[PERSON:Ιωάννη]], με ΑΦΜ [[ID_NUMBER:077204914]], και η μισθώτρια [[PERSON:Αικατερίνη Βλάχου]], με ΑΔΤ [[ID_NUMBER:ΑΚ 482913]], συμφωνούν την εκμίσθωση του διαμερίσματος επί της οδού [[ADDRESS:Κορίνθου 142, 3ος όροφος]].""",
    """Αγαπητή [[TITLE:κα]] [[PERSON:Παπαδάκη]], η συνδρομή σας με την κάρτα [[CREDIT_CARD:4756 2207 8813 0468]] ανανεώθηκε. Η τελευταία σύνδεση έγινε στις [[DATE_TIME:03/03/2025 18:42]] από την IP [[IP_ADDRESS:94.66.57.130]] με όνομα χρήστη [[USERNAME:apapadaki]].""",
]

TABLE = [
    """order_id,customer,email,ship_to,postcode,total_gbp,status
SO-40112,[[PERSON:Ruth Abernethy]],[[EMAIL_ADDRESS:ruth.abernethy@gmail.com]],"[[ADDRESS:12 Mill Lane]], [[LOCATION:Hexham]]",[[ZIP_CODE:NE46 3RB]],54.99,shipped
SO-40113,[[PERSON:Imran Qureshi]],[[EMAIL_ADDRESS:imranq@hotmail.co.uk]],"[[ADDRESS:Flat 3, 201 Stockport Road]], [[LOCATION:Manchester]]",[[ZIP_CODE:M12 4AH]],18.00,returned
SO-40114,[[PERSON:Bea Nkemelu]],[[EMAIL_ADDRESS:bea.nkemelu@yahoo.com]],"[[ADDRESS:7 Docklands Row]], [[LOCATION:Belfast]]",[[ZIP_CODE:BT3 9DT]],120.45,processing""",
    """emp_no\tname\tdept\tstart_date\tmobile\tgrade
[[ID_NUMBER:40917]]\t[[PERSON:Kavya Reddy]]\tFinance\t[[DATE_TIME:2023-04-17]]\t[[PHONE_NUMBER:+91 99001 48273]]\tL3
[[ID_NUMBER:40918]]\t[[PERSON:Mohammed Irfan Shaikh]]\tIT Ops\t[[DATE_TIME:2023-05-02]]\t[[PHONE_NUMBER:+91 98201 66354]]\tL2
[[ID_NUMBER:40922]]\t[[PERSON:Ananya Bhattacharya]]\tLegal\t[[DATE_TIME:2023-06-19]]\t[[PHONE_NUMBER:+91 90730 21846]]\tL4
[[ID_NUMBER:40931]]\t[[PERSON:Gurpreet Kaur Gill]]\tSales\t[[DATE_TIME:2023-07-03]]\t[[PHONE_NUMBER:+91 78374 50192]]\tL2""",
    """| Patient | DOB | Appointment | Clinician | Room |
|---|---|---|---|---|
| [[PERSON:Hone Parata]] | [[DATE_TIME:04/11/1962]] | [[DATE_TIME:Tue 18 Mar 09:15]] | [[PERSON:Dr. Sina Faleolo]] | 3 |
| [[PERSON:Mereana Walker]] | [[DATE_TIME:23/06/1990]] | [[DATE_TIME:Tue 18 Mar 09:45]] | [[PERSON:Dr. Sina Faleolo]] | 3 |
| [[PERSON:Sione Havili]] | [[DATE_TIME:09/01/2015]] | [[DATE_TIME:Tue 18 Mar 10:30]] | [[PERSON:Nurse Jo Beckett]] | 1 |""",
    """NAME                  ACCOUNT    SORT CODE   BALANCE
[[PERSON:ALAN PRICE]]            [[ID_NUMBER:31882047]]   40-11-62     1,204.18
[[PERSON:DORCAS AMPOFO]]         [[ID_NUMBER:70325519]]   20-45-77       310.02
[[PERSON:HYWEL PRITCHARD]]       [[ID_NUMBER:00918364]]   30-96-18    12,877.40
[[PERSON:SUNITA CHAUHAN]]        [[ID_NUMBER:55610238]]   09-01-28        88.15""",
    """{"user": "[[USERNAME:akowalczyk]]", "src_ip": "[[IP_ADDRESS:31.0.45.201]]", "event": "login_success", "ts": "[[DATE_TIME:2025-03-09T07:58:12Z]]", "mfa": "push"}
{"user": "[[USERNAME:akowalczyk]]", "src_ip": "[[IP_ADDRESS:185.107.56.14]]", "event": "impossible_travel", "ts": "[[DATE_TIME:2025-03-09T08:04:40Z]]", "mfa": "none"}
{"user": "[[USERNAME:jmoyo]]", "src_ip": "[[IP_ADDRESS:196.21.4.33]]", "event": "login_success", "ts": "[[DATE_TIME:2025-03-09T08:10:03Z]]", "mfa": "totp"}
{"user": "[[USERNAME:r.oyelaran]]", "src_ip": "[[IP_ADDRESS:2a01:4f8:c17:3b2::1]]", "event": "token_revoked", "ts": "[[DATE_TIME:2025-03-09T08:12:55Z]]", "mfa": "push"}""",
    """emergency_contacts:
  - employee: [[PERSON:Callum Fraser]]
    contact: [[PERSON:Isla Fraser]]
    relation: spouse
    phone: "[[PHONE_NUMBER:07700 381 552]]"
  - employee: [[PERSON:Nadia Rahman]]
    contact: [[PERSON:Shafiq Rahman]]
    relation: father
    phone: "[[PHONE_NUMBER:+44 121 496 7730]]"
  - employee: [[PERSON:Tomasz Zieliński]]
    contact: [[PERSON:Ewa Zielińska]]
    relation: sister
    phone: "[[PHONE_NUMBER:+48 601 223 914]]"
""",
    """Tenant: [[PERSON:Declan Murphy]]
Unit: [[ADDRESS:Apt 4B, 310 Ocean Avenue]]
City: [[LOCATION:Santa Monica]]
Lease start: [[DATE_TIME:2024-08-01]]
Rent: $3,150

Tenant: [[PERSON:Yolanda Ortiz]]
Unit: [[ADDRESS:Apt 2A, 310 Ocean Avenue]]
City: [[LOCATION:Santa Monica]]
Lease start: [[DATE_TIME:2023-11-15]]
Rent: $2,875

Tenant: [[PERSON:Hyun-woo Cho]]
Unit: [[ADDRESS:Apt 6C, 310 Ocean Avenue]]
City: [[LOCATION:Santa Monica]]
Lease start: [[DATE_TIME:2025-01-01]]
Rent: $3,400""",
    """rma,order_ref,customer_name,item,reason,refund_to,requested
RMA-77102,WEB-558201,[[PERSON:Janelle Thibodeaux]],Air fryer 5.5L,damaged on arrival,card [[CREDIT_CARD:4485 3377 0912 0689]],[[DATE_TIME:01/14/2025]]
RMA-77103,WEB-558317,[[PERSON:Marcus Wilkerson]],Desk lamp,changed mind,store credit,[[DATE_TIME:01/14/2025]]
RMA-77110,WEB-559004,[[PERSON:Ngoc Anh Pham]],Bluetooth speaker,not as described,card [[CREDIT_CARD:5496 1187 2250 0733]],[[DATE_TIME:01/15/2025]]
RMA-77111,WEB-559020,[[PERSON:Ravi Shankar Iyer]],Yoga mat (x2),wrong colour,original payment,[[DATE_TIME:01/15/2025]]""",
    """| Asset tag | Model | Serial | Assigned to | Email | Last IP |
|-----------|-------|--------|-------------|-------|---------|
| LT-31002 | ThinkPad T14 Gen 4 | PF4KZ2X9 | [[PERSON:Gemma Okafor]] | [[EMAIL_ADDRESS:gemma.okafor@brightwell.co.uk]] | [[IP_ADDRESS:10.20.31.44]] |
| LT-31003 | MacBook Air M2 | C02HX1Q8Q6L4 | [[PERSON:Rupert Ashdown]] | [[EMAIL_ADDRESS:rupert.ashdown@brightwell.co.uk]] | [[IP_ADDRESS:10.20.31.61]] |
| LT-31007 | Latitude 7440 | 8JQ2VN3 | [[PERSON:Ifeoma Chukwu]] | [[EMAIL_ADDRESS:ifeoma.chukwu@brightwell.co.uk]] | [[IP_ADDRESS:10.20.33.9]] |""",
    """adm_no\tstudent\tform\tguardian\tguardian_phone\tcounty
[[ID_NUMBER:KHS/2021/0418]]\t[[PERSON:Brian Otieno]]\t4 East\t[[PERSON:Rose Achieng]]\t[[PHONE_NUMBER:0722 418 305]]\t[[LOCATION:Kisumu]]
[[ID_NUMBER:KHS/2021/0422]]\t[[PERSON:Faith Wambui]]\t4 East\t[[PERSON:Joseph Kamau]]\t[[PHONE_NUMBER:0711 902 664]]\t[[LOCATION:Kiambu]]
[[ID_NUMBER:KHS/2022/0137]]\t[[PERSON:Abdullahi Hassan]]\t3 West\t[[PERSON:Halima Omar]]\t[[PHONE_NUMBER:+254 733 550 218]]\t[[LOCATION:Garissa]]""",
    """{"id": 1, "name": "[[PERSON:Lachie Dawson]]", "email": "[[EMAIL_ADDRESS:lachie.dawson@bigpond.com]]", "suburb": "[[LOCATION:Fremantle]]", "state": "[[LOCATION:WA]]", "postcode": "[[ZIP_CODE:6160]]", "orders": 7}
{"id": 2, "name": "[[PERSON:Mei-Ling Zhou]]", "email": "[[EMAIL_ADDRESS:meiling.z@outlook.com]]", "suburb": "[[LOCATION:Box Hill]]", "state": "[[LOCATION:VIC]]", "postcode": "[[ZIP_CODE:3128]]", "orders": 2}
{"id": 3, "name": "[[PERSON:Tama Leavasa]]", "email": "[[EMAIL_ADDRESS:tama.leavasa@gmail.com]]", "suburb": "[[LOCATION:Logan Central]]", "state": "[[LOCATION:QLD]]", "postcode": "[[ZIP_CODE:4114]]", "orders": 12}""",
    """applicant_id,last,first,dob,ssn,state,program,status
A-1004,[[PERSON:Jefferson]],[[PERSON:Latoya]],[[DATE_TIME:1984-02-11]],[[US_SSN:412-77-0938]],[[LOCATION:TN]],SNAP,approved
A-1005,[[PERSON:Nguyen]],[[PERSON:Bao]],[[DATE_TIME:1979-09-30]],[[US_SSN:602-14-5587]],[[LOCATION:CA]],LIHEAP,pending
A-1009,[[PERSON:Running Bear]],[[PERSON:Winona]],[[DATE_TIME:1991-12-05]],[[US_SSN:528-40-1163]],[[LOCATION:NM]],SNAP,denied
A-1012,[[PERSON:Kowalski]],[[PERSON:Edward]],[[DATE_TIME:1958-07-22]],[[US_SSN:205-68-4420]],[[LOCATION:PA]],LIHEAP,approved""",
    """SEAT  PASSENGER                 PASSPORT     NATIONALITY
12A   [[PERSON:OYELOWO/ADEOLA]] [[TITLE:MRS]]        [[ID_NUMBER:B03917425]]    [[NRP:NIGERIAN]]
12B   [[PERSON:OYELOWO/TUNDE]] [[TITLE:MR]]          [[ID_NUMBER:B03917426]]    [[NRP:NIGERIAN]]
14C   [[PERSON:VAN DIJK/PIETER]] [[TITLE:MR]]        [[ID_NUMBER:NW8K21J47]]    [[NRP:DUTCH]]
15F   [[PERSON:HAMALAINEN/AINO]] [[TITLE:MS]]        [[ID_NUMBER:XP4410938]]    [[NRP:FINNISH]]""",
    """oncall:
  week: 11
  primary:
    name: [[PERSON:Siddharth Menon]]
    phone: "[[PHONE_NUMBER:+1 (512) 555-0197]]"
    slack: "[[USERNAME:sid.menon]]"
  secondary:
    name: [[PERSON:Olga Petrenko]]
    phone: "[[PHONE_NUMBER:+1 (737) 555-0124]]"
    slack: "[[USERNAME:opetrenko]]"
  manager:
    name: [[PERSON:Derek Asamoah]]
    email: [[EMAIL_ADDRESS:derek.asamoah@northwind-labs.io]]
""",
    """Member: [[PERSON:Caitlin Nguyen-Hughes]]
Member no: [[ID_NUMBER:FF-208814]]
Plan: Off-peak
Joined: [[DATE_TIME:12 Jan 2024]]
Phone: [[PHONE_NUMBER:0421 339 807]]

Member: [[PERSON:Oscar Lindqvist]]
Member no: [[ID_NUMBER:FF-208902]]
Plan: Anytime
Joined: [[DATE_TIME:3 Feb 2024]]
Phone: [[PHONE_NUMBER:0433 105 662]]

Member: [[PERSON:Priya Balasubramaniam]]
Member no: [[ID_NUMBER:FF-209117]]
Plan: Anytime + classes
Joined: [[DATE_TIME:28 Mar 2024]]
Phone: [[PHONE_NUMBER:0402 884 019]]""",
    """| Owner | Pet | Species | Phone | Address | Next due |
|:--|:--|:--|:--|:--|:--|
| [[PERSON:Hamish Duncan]] | Bramble | dog | [[PHONE_NUMBER:07968 114 203]] | [[ADDRESS:4 Glebe Terrace]], [[LOCATION:Perth]] | rabies booster |
| [[PERSON:Aaliyah Mensah-Bonsu]] | Pickles | cat | [[PHONE_NUMBER:07452 880 619]] | [[ADDRESS:19 Tay Street]], [[LOCATION:Perth]] | dental |
| [[PERSON:Graham]] & [[PERSON:Sheila Boyd]] | Nugget | rabbit | [[PHONE_NUMBER:01738 622 451]] | [[ADDRESS:Mill Cottage, Almondbank]] | nail clip |""",
    """Employee,NI number,IBAN,Net pay,Pay date
[[PERSON:Precious Moyo]],[[ID_NUMBER:SX 42 18 77 B]],[[IBAN_CODE:GB05HBUK40127765190833]],"£2,104.33",28/02/2025
[[PERSON:Liam O'Rourke]],[[ID_NUMBER:PR 60 31 92 D]],[[IBAN_CODE:GB71MIDL40051572839011]],"£1,876.10",28/02/2025
[[PERSON:Anastasia Volkova]],[[ID_NUMBER:NH 73 05 48 A]],[[IBAN_CODE:GB49NWBK55071934418206]],"£2,450.00",28/02/2025""",
    """donor\temail\teircode\tamount_eur\tgift_aid
[[PERSON:Niamh Kavanagh]]\t[[EMAIL_ADDRESS:niamh.kav@eircom.net]]\t[[ZIP_CODE:D06 F9X2]]\t50.00\tno
[[PERSON:Seán Ó Briain]]\t[[EMAIL_ADDRESS:sean.obriain@gmail.com]]\t[[ZIP_CODE:T12 K8R4]]\t250.00\tyes
[[PERSON:Olamide Adeyinka]]\t[[EMAIL_ADDRESS:ola.adeyinka@yahoo.ie]]\t[[ZIP_CODE:V94 2W3C]]\t20.00\tno""",
    """{"session": "vpn-88213", "user": "[[EMAIL_ADDRESS:t.haruna@lakeshore-health.org]]", "client_ip": "[[IP_ADDRESS:102.89.33.141]]", "start": "[[DATE_TIME:2025-02-27 22:14:06]]", "bytes": 48211033}
{"session": "vpn-88214", "user": "[[EMAIL_ADDRESS:k.obrien@lakeshore-health.org]]", "client_ip": "[[IP_ADDRESS:86.40.118.7]]", "start": "[[DATE_TIME:2025-02-27 22:31:50]]", "bytes": 1022871}
{"session": "vpn-88215", "user": "[[EMAIL_ADDRESS:s.pillay@lakeshore-health.org]]", "client_ip": "[[IP_ADDRESS:41.13.250.96]]", "start": "[[DATE_TIME:2025-02-27 23:02:19]]", "bytes": 99310}""",
    """guest,country,passport_no,arrival,nights,room_type
[[PERSON:Federico Marchetti]],[[LOCATION:Italy]],[[ID_NUMBER:YA3318274]],[[DATE_TIME:2025-04-03]],4,double
[[PERSON:Ji-yeon Han]],[[LOCATION:South Korea]],[[ID_NUMBER:M47193826]],[[DATE_TIME:2025-04-03]],2,single
[[PERSON:Amaru Quispe]],[[LOCATION:Peru]],[[ID_NUMBER:121844093]],[[DATE_TIME:2025-04-04]],7,twin
[[PERSON:Sophie Lefèvre]],[[LOCATION:France]],[[ID_NUMBER:22AF48317]],[[DATE_TIME:2025-04-05]],3,double""",
    """| Applicant | Age | Annual income | SSN | Credit score | Decision |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Courtney Baptiste]] | [[AGE:31]] | $72,000 | [[US_SSN:266-31-7740]] | 712 | approve |
| [[PERSON:Wendell Ocampo]] | [[AGE:46]] | $118,500 | [[US_SSN:548-02-9163]] | 684 | refer |
| [[PERSON:Rivka Goldfarb]] | [[AGE:27]] | $54,300 | [[US_SSN:081-44-2957]] | 751 | approve |""",
    """ELECTOR NAME           ADDRESS                       WARD         BORN
[[PERSON:ABERNATHY, JOAN M]]      [[ADDRESS:118 LINDEN ST]]                 WARD 4       [[DATE_TIME:03/12/1950]]
[[PERSON:ACHOLA, PETER O]]        [[ADDRESS:22 RIVERBEND RD APT 7]]         WARD 4       [[DATE_TIME:11/30/1988]]
[[PERSON:ADEBAYO, FOLAKE]]        [[ADDRESS:4051 CEDAR HOLLOW DR]]          WARD 5       [[DATE_TIME:06/07/1996]]
[[PERSON:AGUILAR-RIOS, MATEO]]    [[ADDRESS:9 W MARKET SQ]]                 WARD 5       [[DATE_TIME:01/19/1972]]""",
    """contractors:
  - name: [[PERSON:Joost van Leeuwen]]
    bsn: "[[ID_NUMBER:271839405]]"
    iban: [[IBAN_CODE:NL41INGB0007341988]]
    rate_eur_day: 640
  - name: [[PERSON:Fenna de Graaf]]
    bsn: "[[ID_NUMBER:315602788]]"
    iban: [[IBAN_CODE:NL08 RABO 0318 4522 69]]
    rate_eur_day: 580
  - name: [[PERSON:Mehmet Yıldırım]]
    bsn: "[[ID_NUMBER:192473657]]"
    iban: [[IBAN_CODE:BE23310185726491]]
    rate_eur_day: 700
""",
    """Driver: [[PERSON:Shane Kilbride]]
Licence no: [[ID_NUMBER:KILBR701155SJ9AB]]
Vehicle reg: [[ID_NUMBER:LK68 TWR]]
Points: 3

Driver: [[PERSON:Parveen Akhtar]]
Licence no: [[ID_NUMBER:AKHTA862193P99CD]]
Vehicle reg: [[ID_NUMBER:BD21 OXM]]
Points: 0

Driver: [[PERSON:Kofi Boateng]]
Licence no: [[ID_NUMBER:BOATE904250K99EF]]
Vehicle reg: [[ID_NUMBER:YH19 KRZ]]
Points: 6""",
    """tracking,recipient,address,phone,service,weight_kg
JD014477290GB,[[PERSON:Margaret Tierney]],"[[ADDRESS:29 Abbey Road]], [[LOCATION:Barrow-in-Furness]] [[ZIP_CODE:LA14 1XH]]",[[PHONE_NUMBER:07823 105 448]],tracked 24,1.2
JD014477291GB,[[PERSON:Usman Farooq]],"[[ADDRESS:Flat 12, Kestrel House, 5 Wharf Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 7EQ]]",[[PHONE_NUMBER:07391 667 210]],tracked 48,0.4
JD014477292GB,[[PERSON:Eilidh Morrison]],"[[ADDRESS:Croft 3, Borve]], [[LOCATION:Isle of Lewis]] [[ZIP_CODE:HS2 0RX]]",[[PHONE_NUMBER:01851 850 332]],tracked 48,3.9""",
    """patient\tmrn\ttest\tresult\tunits\tcollected
[[PERSON:Fernando Aguirre]]\t[[ID_NUMBER:004417823]]\tHbA1c\t7.9\t%\t[[DATE_TIME:2025-02-03 08:10]]
[[PERSON:Gloria Mbah]]\t[[ID_NUMBER:004418006]]\tLDL\t3.1\tmmol/L\t[[DATE_TIME:2025-02-03 08:25]]
[[PERSON:Kenneth Lau]]\t[[ID_NUMBER:004420119]]\tTSH\t5.6\tmIU/L\t[[DATE_TIME:2025-02-03 09:02]]
[[PERSON:Soraya Haidari]]\t[[ID_NUMBER:004420347]]\tFerritin\t11\tng/mL\t[[DATE_TIME:2025-02-03 09:40]]""",
    """{"sub_id": "sub_1042", "holder": "[[PERSON:Bridget Achterberg]]", "card": "[[CREDIT_CARD:4263 9826 0017 3358]]", "plan": "family", "renews": "monthly"}
{"sub_id": "sub_1043", "holder": "[[PERSON:Tendai Chikore]]", "card": "[[CREDIT_CARD:5312660488712590]]", "plan": "solo", "renews": "annual"}
{"sub_id": "sub_1044", "holder": "[[PERSON:Ruairí Doyle]]", "card": "[[CREDIT_CARD:371449635398431]]", "plan": "duo", "renews": "monthly"}
{"sub_id": "sub_1045", "holder": "[[PERSON:Akosua Frimpong]]", "card": "[[CREDIT_CARD:4093 5516 2270 8412]]", "plan": "solo", "renews": "monthly"}""",
    """| Learner | Grade | Parent/guardian | Cell | Suburb |
|---|---|---|---|---|
| [[PERSON:Sipho Ndlovu]] | 5 | [[PERSON:Thembeka Ndlovu]] | [[PHONE_NUMBER:072 418 3360]] | [[LOCATION:Umlazi]] |
| [[PERSON:Chloé van Wyk]] | 5 | [[PERSON:Marius van Wyk]] | [[PHONE_NUMBER:083 205 9914]] | [[LOCATION:Durbanville]] |
| [[PERSON:Ayesha Patel]] | 6 | [[PERSON:Yusuf Patel]] | [[PHONE_NUMBER:+27 61 774 0238]] | [[LOCATION:Lenasia]] |
| [[PERSON:Kabelo Sithole]] | 6 | [[PERSON:Grace Sithole]] | [[PHONE_NUMBER:076 330 1185]] | [[LOCATION:Soshanguve]] |""",
    """first_name,last_name,company,email,dietary,ticket
[[PERSON:Harpreet]],[[PERSON:Dhaliwal]],Fernhill Consulting,[[EMAIL_ADDRESS:harpreet.dhaliwal@fernhill.ca]],vegetarian,speaker
[[PERSON:Émilie]],[[PERSON:Gagnon]],Boréal Data,[[EMAIL_ADDRESS:egagnon@borealdata.ca]],none,attendee
[[PERSON:Kwabena]],[[PERSON:Owusu-Ansah]],self-employed,[[EMAIL_ADDRESS:kwabena.oa@gmail.com]],halal,attendee
[[PERSON:Lucy]],[[PERSON:Whitecloud]],Prairie Health,[[EMAIL_ADDRESS:lucy.whitecloud@prairiehealth.ca]],gluten-free,volunteer""",
    """STAFF DIRECTORY - FLOOR 3
Name                      Ext    Mobile
[[PERSON:Bernadette Sullivan]]       3104   [[PHONE_NUMBER:087 441 2093]]
[[PERSON:Chidi Okonkwo]]             3107   [[PHONE_NUMBER:085 772 6180]]
[[PERSON:Marta Kowalczyk]]           3112   [[PHONE_NUMBER:089 230 5547]]
[[PERSON:Ronan Fitzsimons]]          3115   [[PHONE_NUMBER:086 118 9402]]""",
    """users:
  - username: [[USERNAME:lwanjiku]]
    email: [[EMAIL_ADDRESS:lucy.wanjiku@gmail.com]]
    last_login: "[[DATE_TIME:2025-03-11 06:42]]"
    role: editor
  - username: [[USERNAME:dkimathi]]
    email: [[EMAIL_ADDRESS:dkimathi@yahoo.com]]
    last_login: "[[DATE_TIME:2025-03-10 21:17]]"
    role: viewer
  - username: admin
    email: webmaster@sautiyapwani.co.ke
    last_login: "2025-03-11 00:00"
    role: owner
""",
    """Applicant: [[PERSON:Rahul Sengupta]]
Nationality: [[NRP:Indian]]
Passport: [[ID_NUMBER:Z5539184]]
Date of birth: [[DATE_TIME:17 May 1993]]
Intended arrival: [[DATE_TIME:2 June 2025]]

Applicant: [[PERSON:Nguyen Van Hieu]]
Nationality: [[NRP:Vietnamese]]
Passport: [[ID_NUMBER:C4471092]]
Date of birth: [[DATE_TIME:4 September 1988]]
Intended arrival: [[DATE_TIME:15 June 2025]]

Applicant: [[PERSON:Adwoa Sarpong]]
Nationality: [[NRP:Ghanaian]]
Passport: [[ID_NUMBER:G2218473]]
Date of birth: [[DATE_TIME:30 December 2000]]
Intended arrival: [[DATE_TIME:1 July 2025]]""",
    """order,customer,refund_method,iban,amount,approved_by
WB-90011,[[PERSON:Léa Fontaine]],bank transfer,[[IBAN_CODE:FR76 3000 4008 2300 0128 7463 083]],€89.90,[[PERSON:M. Okeke]]
WB-90017,[[PERSON:Javier Morales Ortega]],bank transfer,[[IBAN_CODE:ES91 2100 0418 4502 0005 1332]],€240.00,[[PERSON:M. Okeke]]
WB-90020,[[PERSON:Inês Carvalho]],voucher,,€35.50,[[PERSON:S. Raines]]
WB-90024,[[PERSON:Thibault Girard]],bank transfer,[[IBAN_CODE:FR7620041010050583921602248]],€112.75,[[PERSON:S. Raines]]""",
    """name\tphone\tstate\tage\tposition_applied
[[PERSON:Chukwudi Anyanwu]]\t[[PHONE_NUMBER:0806 412 7739]]\t[[LOCATION:Anambra]]\t[[AGE:26]]\tfield engineer
[[PERSON:Zainab Abubakar]]\t[[PHONE_NUMBER:0703 558 2014]]\t[[LOCATION:Kaduna]]\t[[AGE:24]]\tHR assistant
[[PERSON:Temitope Ojo]]\t[[PHONE_NUMBER:+234 812 330 9561]]\t[[LOCATION:Oyo]]\t[[AGE:31]]\taccountant
[[PERSON:Ebiere Tonye]]\t[[PHONE_NUMBER:0905 114 2287]]\t[[LOCATION:Bayelsa]]\t[[AGE:29]]\tfield engineer""",
    """{"ts": "2025-03-14T03:11:08Z", "username": "admin", "ip": "[[IP_ADDRESS:45.155.205.233]]", "result": "fail"}
{"ts": "2025-03-14T03:11:09Z", "username": "root", "ip": "[[IP_ADDRESS:45.155.205.233]]", "result": "fail"}
{"ts": "[[DATE_TIME:2025-03-14T07:45:51Z]]", "username": "[[USERNAME:hnakamura]]", "ip": "[[IP_ADDRESS:126.77.30.190]]", "result": "fail"}
{"ts": "[[DATE_TIME:2025-03-14T07:46:20Z]]", "username": "[[USERNAME:hnakamura]]", "ip": "[[IP_ADDRESS:126.77.30.190]]", "result": "success"}""",
    """| Claimant | DOB | Policy | Incident date | Type | Adjuster |
|---|---|---|---|---|---|
| [[PERSON:Ahmad Karimi]] | [[DATE_TIME:1976-08-14]] | AUT-2291045 | [[DATE_TIME:2025-01-30]] | collision | [[PERSON:T. Brennan]] |
| [[PERSON:Charlotte Ives]] | [[DATE_TIME:1989-03-02]] | HOM-1180327 | [[DATE_TIME:2025-02-04]] | storm | [[PERSON:T. Brennan]] |
| [[PERSON:Dev Raghavan]] | [[DATE_TIME:2001-12-19]] | AUT-2291602 | [[DATE_TIME:2025-02-09]] | theft | [[PERSON:R. Achebe]] |""",
    """juror_no,name,address,city,zip,report_date
J-2025-0311,[[PERSON:Lorraine B. Whitaker]],[[ADDRESS:1407 Sumac Dr]],[[LOCATION:Columbus]],[[ZIP_CODE:43229]],[[DATE_TIME:04/07/2025]]
J-2025-0312,[[PERSON:Abdullah Farah]],[[ADDRESS:350 E Town St Apt 1210]],[[LOCATION:Columbus]],[[ZIP_CODE:43215]],[[DATE_TIME:04/07/2025]]
J-2025-0317,[[PERSON:Kristen Yoder]],[[ADDRESS:8822 County Road 27]],[[LOCATION:Sugarcreek]],[[ZIP_CODE:44681]],[[DATE_TIME:04/08/2025]]""",
    """DATE        PATIENT                 DRUG                 QTY  PRESCRIBER
[[DATE_TIME:2025-03-03]]  [[PERSON:Dolores Whitman]]         Metformin 500mg       60  [[PERSON:Dr A. Haque]]
[[DATE_TIME:2025-03-03]]  [[PERSON:Tevita Fifita]]           Atorvastatin 20mg     30  [[PERSON:Dr J. Moana]]
[[DATE_TIME:2025-03-04]]  [[PERSON:Yasmin El-Sayed]]         Sertraline 50mg       28  [[PERSON:Dr A. Haque]]""",
    """trainees:
  - name: [[PERSON:Ong Jia Hui]]
    nric: [[ID_NUMBER:S9156302I]]
    cohort: 2025A
    emergency: [[PERSON:Ong Boon Keat]] ([[PHONE_NUMBER:9688 1204]])
  - name: [[PERSON:Muhammad Irfan bin Rahmat]]
    nric: [[ID_NUMBER:T0467715Z]]
    cohort: 2025A
    emergency: [[PERSON:Rahmat bin Osman]] ([[PHONE_NUMBER:+65 8231 7745]])
  - name: [[PERSON:Kavitha d/o Ramasamy]]
    nric: [[ID_NUMBER:T0581249B]]
    cohort: 2025B
    emergency: [[PERSON:Ramasamy s/o Krishnan]] ([[PHONE_NUMBER:9177 4002]])
""",
    """Recipient: [[PERSON:Gabrielle Roy-Tremblay]]
SIN: [[ID_NUMBER:193 822 459]]
Address: [[ADDRESS:88 rue Saint-Joseph Est]], [[LOCATION:Québec]] [[LOCATION:QC]] [[ZIP_CODE:G1K 3A8]]
Box 14 employment income: 61,204.77

Recipient: [[PERSON:Harjot Singh Bains]]
SIN: [[ID_NUMBER:738 105 964]]
Address: [[ADDRESS:12 - 7788 128 Street]], [[LOCATION:Surrey]] [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]]
Box 14 employment income: 48,990.00

Recipient: [[PERSON:Olena Kravchuk]]
SIN: [[ID_NUMBER:462 118 738]]
Address: [[ADDRESS:301-45 Broadway Ave]], [[LOCATION:Winnipeg]] [[LOCATION:MB]] [[ZIP_CODE:R3C 0A1]]
Box 14 employment income: 39,412.50""",
    """booking,driver,licence,plate,pickup,return_branch
RC-5501,[[PERSON:Tariq Mahmood]],[[ID_NUMBER:MAHMO806230T99GH]],[[ID_NUMBER:WR24 KZP]],[[DATE_TIME:2025-05-02 10:00]],Heathrow T5
RC-5502,[[PERSON:Annika Schulz]],[[ID_NUMBER:B072RRE2I55]],[[ID_NUMBER:WR24 KZS]],[[DATE_TIME:2025-05-02 11:30]],Gatwick North
RC-5509,[[PERSON:Carlos Méndez]],[[ID_NUMBER:X4817263M]],[[ID_NUMBER:WN73 ULC]],[[DATE_TIME:2025-05-03 09:15]],Heathrow T5""",
    """| Volunteer | Barangay | Mobile | Birthday | Shirt |
|---|---|---|---|---|
| [[PERSON:Jose Emmanuel Santos]] | [[LOCATION:San Antonio]], [[LOCATION:Makati]] | [[PHONE_NUMBER:0917 552 1840]] | [[DATE_TIME:March 9]] | L |
| [[PERSON:Ma. Luisa Bautista]] | [[LOCATION:Kamuning]], [[LOCATION:Quezon City]] | [[PHONE_NUMBER:0998 204 7316]] | [[DATE_TIME:Nov 21]] | S |
| [[PERSON:Rhea Mae Villanueva]] | [[LOCATION:Lahug]], [[LOCATION:Cebu City]] | [[PHONE_NUMBER:+63 922 418 0037]] | [[DATE_TIME:July 30]] | M |""",
    """name\tclass_of\temail\tprofile
[[PERSON:Danielle Okafor-Reyes]]\t2012\t[[EMAIL_ADDRESS:danielle.okafor.reyes@gmail.com]]\t[[URL:https://www.linkedin.com/in/danielle-okafor-reyes]]
[[PERSON:Marcus Tiberius Hale]]\t2009\t[[EMAIL_ADDRESS:mthale@me.com]]\t[[URL:https://github.com/mthale]]
[[PERSON:Priyanka Venkatesh]]\t2015\t[[EMAIL_ADDRESS:pvenkatesh15@alumni.rice.edu]]\t[[URL:https://priyankav.dev]]""",
    """{"handle": "[[USERNAME:noodle.kat]]", "display": "[[PERSON:Katrina Alcaraz]]", "profile_url": "[[URL:https://www.instagram.com/noodle.kat]]", "followers": 18230}
{"handle": "[[USERNAME:bushwalk_ben]]", "display": "[[PERSON:Ben Tully]]", "profile_url": "[[URL:https://www.tiktok.com/@bushwalk_ben]]", "followers": 4120}
{"handle": "[[USERNAME:ama.bakes]]", "display": "[[PERSON:Ama Darko]]", "profile_url": "[[URL:https://x.com/ama.bakes]]", "followers": 960}""",
    """Tenant,Property,Arrears (AUD),Last payment,Contact
[[PERSON:Bradley Nguyen]],"[[ADDRESS:2/47 Beach Road]], [[LOCATION:Christies Beach]] [[LOCATION:SA]]",1240.00,[[DATE_TIME:14/02/2025]],[[PHONE_NUMBER:0408 227 193]]
[[PERSON:Moana Tuhiwai]],"[[ADDRESS:15 Wattle Crescent]], [[LOCATION:Elizabeth North]] [[LOCATION:SA]]",610.50,[[DATE_TIME:21/02/2025]],[[PHONE_NUMBER:0466 051 872]]
[[PERSON:Skye]] & [[PERSON:Jordan Pearce]],"[[ADDRESS:8 Kintore Avenue]], [[LOCATION:Prospect]] [[LOCATION:SA]]",2875.00,[[DATE_TIME:03/01/2025]],[[PHONE_NUMBER:(08) 8344 6120]]""",
    """CUSTNO  SURNAME         FORENAME    DOB       POSTCODE  SEG
[[ID_NUMBER:0041827]] [[PERSON:ASHWORTH]]        [[PERSON:GERALD]]      [[DATE_TIME:19470312]]  [[ZIP_CODE:PR7 2QL]]   B2
[[ID_NUMBER:0041829]] [[PERSON:BALOGUN]]         [[PERSON:FUNMILAYO]]   [[DATE_TIME:19830925]]  [[ZIP_CODE:E15 1DA]]   C1
[[ID_NUMBER:0041835]] [[PERSON:CARRUTHERS]]      [[PERSON:MOIRA]]       [[DATE_TIME:19610108]]  [[ZIP_CODE:DG1 4UQ]]   A1""",
    """household:
  head: [[PERSON:Vikram Choudhury]]
  head_age: [[AGE:52]]
  spouse: [[PERSON:Meera Choudhury]]
  spouse_age: [[AGE:49]]
  children:
    - name: [[PERSON:Aarav]]
      age: [[AGE:17]]
    - name: [[PERSON:Diya]]
      age: [[AGE:12]]
  address: [[ADDRESS:27 Birchwood Drive]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]]
""",
    """Patient: [[PERSON:Doreen Fairclough]]
NHS number: [[ID_NUMBER:603 914 4823]]
Admitted: [[DATE_TIME:02/03/2025 23:40]]
Ward: Elm 4
Next of kin: [[PERSON:Gary Fairclough]] (son), [[PHONE_NUMBER:07719 340 228]]

Patient: [[PERSON:Ibrahim Sesay]]
NHS number: [[ID_NUMBER:401 223 3580]]
Admitted: [[DATE_TIME:03/03/2025 04:15]]
Ward: AMU
Next of kin: [[PERSON:Mariama Sesay]] (wife), [[PHONE_NUMBER:07984 552 017]]""",
    """| # | Reported by | Affected user | Source IP | Category | Severity |
|---|---|---|---|---|---|
| 311 | [[PERSON:Kelechi Nwosu]] | [[USERNAME:cfairbanks]] | [[IP_ADDRESS:193.32.162.70]] | credential stuffing | high |
| 312 | [[PERSON:Laura Méndez]] | [[USERNAME:laura.mendez]] | [[IP_ADDRESS:5.188.206.14]] | phishing click | medium |
| 313 | [[PERSON:Kelechi Nwosu]] | [[USERNAME:bpatel2]] | [[IP_ADDRESS:2a0b:4140:d2c1::7]] | malware on endpoint | high |
| 314 | SOC automation | svc_backup | [[IP_ADDRESS:10.8.0.22]] | unusual egress | low |""",
    """seller_handle,legal_name,payout_iban,country,rating
[[USERNAME:retro_threads_nl]],[[PERSON:Sanne Visser]],[[IBAN_CODE:NL11 TRIO 0198 2746 30]],[[LOCATION:Netherlands]],4.9
[[USERNAME:kastje.vintage]],[[PERSON:Wouter Peeters]],[[IBAN_CODE:BE91 0682 0395 7176]],[[LOCATION:Belgium]],4.6
[[USERNAME:lisboa_linen]],[[PERSON:Rita Gonçalves]],[[IBAN_CODE:PT50 0035 0697 0008 3152 4706 2]],[[LOCATION:Portugal]],4.8""",
    """customer\taadhaar\tpan\tmobile\tkyc_status
[[PERSON:Lakshmi Narayanan]]\t[[ID_NUMBER:6319 0528 8471]]\t[[ID_NUMBER:AHLPN3307Q]]\t[[PHONE_NUMBER:+91 94440 21658]]\tverified
[[PERSON:Sandeep Kulkarni]]\t[[ID_NUMBER:5176 3094 2878]]\t[[ID_NUMBER:CFKPK8812L]]\t[[PHONE_NUMBER:98220 47315]]\tpending
[[PERSON:Farhana Begum]]\t[[ID_NUMBER:8702 4513 3962]]\t[[ID_NUMBER:BZUPB5501H]]\t[[PHONE_NUMBER:+91 70441 93826]]\trejected""",
    """{"driver_id": "[[ID_NUMBER:DRV-3381]]", "name": "[[PERSON:Peter Mwangi]]", "phone": "[[PHONE_NUMBER:+254 720 115 903]]", "plate": "[[ID_NUMBER:KDK 412M]]", "zone": "Westlands"}
{"driver_id": "[[ID_NUMBER:DRV-3390]]", "name": "[[PERSON:Aisha Mohamed]]", "phone": "[[PHONE_NUMBER:+254 799 402 551]]", "plate": "[[ID_NUMBER:KDJ 907A]]", "zone": "Kilimani"}
{"driver_id": "[[ID_NUMBER:DRV-3402]]", "name": "[[PERSON:Samuel Kiprotich]]", "phone": "[[PHONE_NUMBER:0733 268 410]]", "plate": "[[ID_NUMBER:KCZ 155T]]", "zone": "Eastleigh"}""",
    """staff_no,full_name,id_number,gender,date_of_birth,site
[[ID_NUMBER:ZA-1120]],[[PERSON:Kagiso Molefe]],[[ID_NUMBER:8804155193086]],M,[[DATE_TIME:1988-04-15]],Rosslyn
[[ID_NUMBER:ZA-1124]],[[PERSON:Nomvula Dlamini]],[[ID_NUMBER:9307220284087]],F,[[DATE_TIME:1993-07-22]],Rosslyn
[[ID_NUMBER:ZA-1131]],[[PERSON:Pieter Botha]],[[ID_NUMBER:7501316084086]],M,[[DATE_TIME:1975-01-31]],Germiston""",
    """| Name | Document | Number | Nationality | Start |
|------|----------|--------|-------------|-------|
| [[PERSON:Lucía Fernández Ruiz]] | DNI | [[ID_NUMBER:48291736Q]] | [[NRP:Spanish]] | [[DATE_TIME:7 April 2025]] |
| [[PERSON:Andrei Popescu]] | NIE | [[ID_NUMBER:Y2094518Z]] | [[NRP:Romanian]] | [[DATE_TIME:7 April 2025]] |
| [[PERSON:Pablo Iglesias Soto]] | DNI | [[ID_NUMBER:71530284P]] | [[NRP:Spanish]] | [[DATE_TIME:14 April 2025]] |""",
    # --- Turkish ---
    """musteri_no,ad_soyad,tckn,telefon,il,toplam_tl
[[ID_NUMBER:M-100482]],[[PERSON:Selin Acar]],[[ID_NUMBER:56190327878]],[[PHONE_NUMBER:0532 604 18 77]],[[LOCATION:Antalya]],"1.249,90"
[[ID_NUMBER:M-100491]],[[PERSON:Murat Kılıç]],[[ID_NUMBER:47382061540]],[[PHONE_NUMBER:0544 219 30 62]],[[LOCATION:Konya]],"389,00"
[[ID_NUMBER:M-100507]],[[PERSON:Gülşen Erdoğan]],[[ID_NUMBER:19827403666]],[[PHONE_NUMBER:+90 555 871 44 09]],[[LOCATION:Trabzon]],"2.015,50\"""",
    """Ad Soyad: [[PERSON:Cem Özdemir]]
Sicil No: [[ID_NUMBER:P-3318]]
Departman: Muhasebe
İşe Giriş: [[DATE_TIME:01.09.2021]]
IBAN: [[IBAN_CODE:TR26 0004 6000 8170 2244 1967 30]]

Ad Soyad: [[PERSON:Derya Polat]]
Sicil No: [[ID_NUMBER:P-3342]]
Departman: Satış
İşe Giriş: [[DATE_TIME:15.03.2022]]
IBAN: [[IBAN_CODE:TR79 0001 0005 0039 9128 4066 17]]

Ad Soyad: [[PERSON:Hakan Şimşek]]
Sicil No: [[ID_NUMBER:P-3407]]
Departman: Bilgi İşlem
İşe Giriş: [[DATE_TIME:02.01.2024]]
IBAN: [[IBAN_CODE:TR620006700003611875204932]]""",
    """| Hasta | TC Kimlik | Randevu | Bölüm | Doktor |
|---|---|---|---|---|
| [[PERSON:Nurcan Aksoy]] | [[ID_NUMBER:62405198386]] | [[DATE_TIME:17.03.2025 09:20]] | Kardiyoloji | [[PERSON:Dr. Levent Karaca]] |
| [[PERSON:Ali Rıza Güneş]] | [[ID_NUMBER:38914620564]] | [[DATE_TIME:17.03.2025 10:40]] | Ortopedi | [[PERSON:Dr. Seda Uçar]] |
| [[PERSON:İbrahim Tekin]] | [[ID_NUMBER:71350824684]] | [[DATE_TIME:18.03.2025 14:00]] | Dahiliye | [[PERSON:Dr. Levent Karaca]] |""",
    # --- Greek ---
    """ονοματεπώνυμο\tΑΦΜ\tκινητό\tπόλη\tυπόλοιπο
[[PERSON:Αναστασία Λαμπράκη]]\t[[ID_NUMBER:150388265]]\t[[PHONE_NUMBER:697 330 4182]]\t[[LOCATION:Ηράκλειο]]\t120,00
[[PERSON:Θανάσης Καραγιάννης]]\t[[ID_NUMBER:094712353]]\t[[PHONE_NUMBER:+30 694 801 2257]]\t[[LOCATION:Λάρισα]]\t0,00
[[PERSON:Σοφία Μαυρίδου]]\t[[ID_NUMBER:116408574]]\t[[PHONE_NUMBER:698 112 0934]]\t[[LOCATION:Καβάλα]]\t45,50""",
    """{"παραγγελία": "ΠΡ-20931", "πελάτης": "[[PERSON:Ευάγγελος Παππάς]]", "email": "[[EMAIL_ADDRESS:vangelis.pappas@gmail.com]]", "διεύθυνση": "[[ADDRESS:Τσιμισκή 45]]", "τκ": "[[ZIP_CODE:546 23]]", "πόλη": "[[LOCATION:Θεσσαλονίκη]]", "κατάσταση": "επιστροφή"}
{"παραγγελία": "ΠΡ-20935", "πελάτης": "[[PERSON:Κατερίνα Ζαχαρίου]]", "email": "[[EMAIL_ADDRESS:kzachariou@hotmail.gr]]", "διεύθυνση": "[[ADDRESS:Κορίνθου 210]]", "τκ": "[[ZIP_CODE:262 21]]", "πόλη": "[[LOCATION:Πάτρα]]", "κατάσταση": "απεστάλη"}
{"παραγγελία": "ΠΡ-20940", "πελάτης": "[[PERSON:Στέλιος Χατζηγεωργίου]]", "email": "[[EMAIL_ADDRESS:stelios.hg@otenet.gr]]", "διεύθυνση": "[[ADDRESS:Ιπποκράτους 9]]", "τκ": "[[ZIP_CODE:106 79]]", "πόλη": "[[LOCATION:Αθήνα]]", "κατάσταση": "σε επεξεργασία"}""",
    """| Ασθενής | ΑΜΚΑ | Ημ. γέννησης | Ραντεβού | Τηλέφωνο |
|---|---|---|---|---|
| [[PERSON:Ιωάννα Σταματίου]] | [[ID_NUMBER:02079126450]] | [[DATE_TIME:02/07/1991]] | [[DATE_TIME:20/03/2025 11:00]] | [[PHONE_NUMBER:693 441 7720]] |
| [[PERSON:Χαράλαμπος Δημητρίου]] | [[ID_NUMBER:23116803174]] | [[DATE_TIME:23/11/1968]] | [[DATE_TIME:20/03/2025 11:30]] | [[PHONE_NUMBER:2310 552 904]] |
| [[PERSON:Παναγιώτα Ρήγα]] | [[ID_NUMBER:09067704180]] | [[DATE_TIME:09/06/1977]] | [[DATE_TIME:21/03/2025 09:15]] | [[PHONE_NUMBER:+30 695 208 3316]] |""",
]

CHAT = [
    """[[PERSON:Priya]] (ShopNest): Hi, thanks for contacting ShopNest! Who am I chatting with today?
Customer: hi, [[PERSON:Darren Mulcahy]]. my order SN-4471290 came with a cracked screen
[[PERSON:Priya]] (ShopNest): So sorry to hear that, [[PERSON:Darren]]. Can you confirm the email on the account?
Customer: [[EMAIL_ADDRESS:darren.mulcahy@gmail.com]]
[[PERSON:Priya]] (ShopNest): Thanks. And the address we should collect it from?
Customer: [[ADDRESS:41 Glenview Park]], [[LOCATION:Tallaght]], [[ZIP_CODE:D24 X9F3]]
[[PERSON:Priya]] (ShopNest): Perfect. I've booked a courier collection for [[DATE_TIME:Thursday 13 March, 9am-1pm]]. Please have it boxed up.
Customer: grand. can the refund go back on my card? the one ending 2291
[[PERSON:Priya]] (ShopNest): Yes, it goes back to the original card within 5 working days of collection.""",
    """[19:02] Mum: has anyone got Nana's new address? the card needs to go tomorrow
[19:04] [[PERSON:Tash]]: [[ADDRESS:Unit 5, 22 Kauri Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0110]]
[19:05] [[PERSON:Ropata]]: her landline's gone too, new mobile is [[PHONE_NUMBER:027 551 9083]]
[19:05] Mum: thanks babe. she turns [[AGE:80]] on [[DATE_TIME:Sunday 16 March]] right?
[19:07] [[PERSON:Tash]]: yep. I'll bring the cake, [[PERSON:Ropata]] you're on balloons
[19:08] [[PERSON:Ropata]]: 🙄 fine""",
    """#sec-incidents
[[PERSON:Aoife Keane]]  09:14  heads up, [[PERSON:Dominic]]'s M365 account sent ~400 phishing mails overnight. source IP [[IP_ADDRESS:154.47.19.220]]
[[PERSON:Dominic Farrow]]  09:16  oh no. I did click a DocuSign link yesterday 🤦
[[PERSON:Rahul Varma]]  09:17  resetting now. @[[USERNAME:dfarrow]] temp password goes by SMS to [[PHONE_NUMBER:+44 7700 162 408]], that's the number in Okta?
[[PERSON:Dominic Farrow]]  09:17  yes that's mine
[[PERSON:Aoife Keane]]  09:20  also revoking sessions from [[IP_ADDRESS:154.47.19.221]], same ASN
[[PERSON:Rahul Varma]]  09:31  done. [[PERSON:Dom]], please don't approve any MFA prompts you didn't start""",
    """Bot: Welcome to Zenith Mobile Banking chat. An agent will join shortly.
Agent [[PERSON:Tunde]]: Good afternoon, my name is [[PERSON:Tunde]]. How may I help?
You: I can't log in, it says my account is restricted
Agent [[PERSON:Tunde]]: Sorry about that. For security, please confirm your full name and date of birth.
You: [[PERSON:Ngozi Chinwe Eze]], [[DATE_TIME:12/05/1990]]
Agent [[PERSON:Tunde]]: Thank you. What was your last transfer?
You: 25,000 naira to [[PERSON:Chidera Okafor]] on [[DATE_TIME:Monday 3rd March]]
Agent [[PERSON:Tunde]]: Confirmed. Account [[ID_NUMBER:0123884957]] is active again.
You: thanks. can you also change my phone number to [[PHONE_NUMBER:0813 220 4417]]?
Agent [[PERSON:Tunde]]: I'll need your BVN to do that.
You: [[ID_NUMBER:22140398817]]""",
    """[[PERSON:Gary Whitlock]]: Hi [[PERSON:Mei]], the plumber is coming [[DATE_TIME:Tues 11 March at 2pm]] for the hot water system
[[PERSON:Mei Ling Wong]]: ok, I'll be at work. can he get the key from [[PERSON:Sharon]] at number 14?
[[PERSON:Gary Whitlock]]: Sure. He's [[PERSON:Craig]], mobile [[PHONE_NUMBER:0411 302 886]]
[[PERSON:Mei Ling Wong]]: also rent this month comes from my new account, BSB 063-182 acct [[ID_NUMBER:10447732]]
[[PERSON:Gary Whitlock]]: Noted, thanks [[PERSON:Mei]]""",
    """[[USERNAME:vortexqueen]]: anyone up for ranked tonight
[[USERNAME:dr_pepperoni]]: ya after 9
[[USERNAME:vortexqueen]]: bet. btw [[USERNAME:kofi_k]] ur irl name is on your twitch banner lol, "[[PERSON:Kofi Asamoah]]"
[[USERNAME:kofi_k]]: 💀 whatever. add me on steam [[URL:https://steamcommunity.com/id/kofikplays]]
[[USERNAME:dr_pepperoni]]: my cousin [[PERSON:Jaylen]] wants in, he's [[AGE:14]] tho
[[USERNAME:vortexqueen]]: lol fine""",
    """Adviser ([[PERSON:Fiona]]): Welcome to the passport webchat. How can I help?
You: Hi, I applied on [[DATE_TIME:20 January]] and haven't heard anything. Application ref 4-2291-8830-77.
Adviser ([[PERSON:Fiona]]): Can I take your full name and date of birth?
You: [[PERSON:Oluwatobi Ajayi-Kent]], [[DATE_TIME:30/09/2004]]
Adviser ([[PERSON:Fiona]]): And your postcode?
You: [[ZIP_CODE:NG7 1FS]]
Adviser ([[PERSON:Fiona]]): Thanks, [[PERSON:Oluwatobi]]. We're waiting for your countersignatory, [[PERSON:Mr Raymond Bell]], to confirm your identity. We emailed him at [[EMAIL_ADDRESS:r.bell@bellandco-accountants.co.uk]] on [[DATE_TIME:3 February]].
You: ok I'll chase him, thanks""",
    """[21:04] [[PERSON:Deniz]]: [[PERSON:Burcu]] abla, kargo bugün geldi mi?
[21:05] [[PERSON:Burcu Yalçın]]: Gelmedi canım, takip numarası YK7741029384 ama "adres bulunamadı" yazıyor
[21:05] [[PERSON:Deniz]]: Adresi yanlış yazmışsın belki, doğrusu [[ADDRESS:Gül Sokak No: 9 Daire 4]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] değil mi?
[21:06] [[PERSON:Burcu Yalçın]]: Evet ama posta kodu [[ZIP_CODE:06690]]. Kuryenin numarası [[PHONE_NUMBER:0542 771 08 36]], sen arar mısın?
[21:07] [[PERSON:Deniz]]: Tamam ararım. Annemin doğum günü [[DATE_TIME:22 Mart]], o güne yetişsin 🙏""",
]

LOOKALIKE = [
    """Release notes, v4.10.2 (build 20250311.4)
- Fixed a crash when a SKU contains a slash, e.g. SKU-4471-BLK/XL.
- Invoice PDFs (INV-2025-000418 onwards) now print the company VAT number GB 284 4471 90 correctly.
- Router firmware 3.0.0.4.388 and 3.0.0.6.102 are now both detected; Windows 10.0.19045.3693 is the minimum supported build.
- Package checksum: sha256 9c1f4e7a2b08d3f6c5e14a9b7d20f8e63a1c5b94e7d02f6a8c3b1e59d47a02fc
Thanks to [[PERSON:Ingrid Solberg]] for reporting the firmware bug. Questions: support@tallyhub.io or +1 800 555 0100.""",
    """PICK LIST PL-88213 / wave 4 / depot: Nelson Mandela Drive, Bay 4
1. ISBN 978-0-14-118776-1  qty 2  bin A-14-03
2. ISBN 978-1-4028-9462-6  qty 1  bin A-14-07
3. ISBN 979-10-245-9213-8  qty 5  bin C-02-11
4. SKU BK-SON-0042 (Collected Sonnets, hardback)  qty 3  bin B-01-01
Ship to: [[PERSON:Thabo Nkosi]]. Carrier ref 7731 0049 2261 8830, consignment CN-20250312-0071.""",
    """Reading list, Neurology module 3 (call numbers as on the shelf)
- Parkinson's Disease: A Complete Guide, 616.833 PAR, ISBN 978-1-84356-028-9
- Hodgkin Lymphoma in Practice, 616.99446 HOD
- Understanding Alzheimer's and Down Syndrome, 616.831 UND
- The Babinski Sign Revisited, doi:10.1016/j.jns.2019.04.012
Collect from the Florence Nightingale Library, King Edward VII Avenue entrance. Opening hours are on the board; enquiries to library@medschool.ac.uk or 0161 306 6000.""",
    """IT asset inventory, floor 2 (export 2025-03-14)
AST-00418  Dell OptiPlex 7010  S/N 4Q7ZK93  MAC 00:1B:44:11:3A:B7  BIOS 1.22.0  image hash e3b0c442
AST-00419  HP EliteDisplay E24  S/N CN42041LKM  firmware 10.2.1.4
AST-00420  Cisco IP Phone 8845  S/N FCH2214A0XY  load sip88xx.14-2-1-0001-14
AST-00421  Lenovo ThinkPad X1  S/N PF3RVW2D  MAC 8C:16:45:9A:02:EE  assigned to [[PERSON:Rukhsana Begum]], last seen at [[IP_ADDRESS:10.2.14.57]]""",
    """Hi [[PERSON:Oyinkansola]], good news: your order #112-4470193-8837 has shipped!
Tracking number: 1Z4F71A90344712290 (UPS Standard), estimated delivery 2-3 working days.
Items: Ceramic Pour-Over Set (SKU CPO-220-WHT) x1, Filter Papers 100pk (SKU FP-100) x2.
Need to return something? Start at returns@brewcraft.co.uk quoting RMA-prefix BC and your order number, or call 0800 048 9910 (Mon to Fri, 9-5).
Gift card balance: GC-4471-2290-8830 (£12.50 remaining).""",
    """ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ Νο 004471
ΗΛΕΚΤΡΟΚΟΣΜΟΣ Α.Ε., Λεωφόρος Βασιλίσσης Σοφίας, ΑΦΜ 094018832, ΔΟΥ ΦΑΕ Αθηνών
Κωδ. 2209-118 Καφετιέρα espresso x1 149,90
Κωδ. 3301-004 Φίλτρα νερού x2 19,80
Αρ. παρακολούθησης ACS 7720449183. Εξυπηρέτηση πελατών: 210 6104 400, info@ilektrokosmos.gr
Πελάτης: [[PERSON:Ειρήνη Σωτηρίου]], κιν. [[PHONE_NUMBER:697 554 0126]]""",
    """Westbrook Community Newsletter, spring edition
Road closures: Florence Nightingale Way (north end) and Churchill Avenue during resurfacing; diversions via Darwin Road.
The Marie Curie daffodil appeal raised £1,482. The Einstein Quiz Night is back at the Victoria Hall; tickets from the box office, 01632 448 100.
Defibrillator locations: outside the Co-op and at the Baden-Powell scout hut.
Allotment waiting list: contact [[PERSON:Brenda Kettleborough]] on [[PHONE_NUMBER:07712 448 390]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind87", STYLES, OUT)


if __name__ == "__main__":
    main()
