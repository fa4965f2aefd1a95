"""Build tests/data/blind7.jsonl: a seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind7.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts); only the module docstrings of make_blind4.py, make_blind5.py and
make_blind6.py, gold_sets.py, the `parse()` helper of make_handwritten.py
(with its two regexes, MARK and TITLE_IN_NAME) and the closing lines of
make_blind6.py were read, to keep the conventions and the file format (the
few records printed right after `parse()` in make_handwritten.py and in the
closing lines of make_blind6.py were seen in passing; none of their values
is reused here). The detector was never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code. Only the
offsets are computed, by `parse()` from make_handwritten.py, which strips the
inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97
with the right length for their country (check digits worked out by
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks them and refuses a bad one).

Styles (ids `blind7-<style>-NNN`, 50 records each), chosen to look like what
an outside evaluator would feed the tool (public PII-masking benchmarks such
as ai4privacy pii-masking-200k/300k/400k and gretel synthetic PII finance):
- `gen`: one to three LLM-generated-style sentences on customer service,
  banking, insurance, healthcare, HR, legal, travel, education, real estate,
  government forms, social media and shopping, with one to five PII values
  each: names from many cultures (Latin American, Slavic, Chinese, Korean
  and Japanese romanised, Indian, Yoruba, Igbo, Akan, Kikuyu, Swahili,
  Amharic, Arabic, Persian, Turkish, Hebrew, Greek, Nordic, Dutch, Italian,
  Portuguese, Hungarian, Filipino, Tongan, Maori, Samoan, Navajo, Quechua),
  names that are also English words (Hope, Faith, Grace, Hunter, Mason,
  Bishop, Young, King, Sky, Joy, Will, Summer, Reed, Rose), first names
  alone, surnames alone after an honorific, names at the start and the end
  of a sentence.
- `bench`: dense form-like narrative in the manner of ai4privacy records:
  prefixes, middle names, genders and job titles (unlabeled), ages, birth
  dates, multi-part addresses (building number, street, unit, city,
  district, county, state, postcode), phones, emails, usernames, passwords
  (unlabeled), SSNs, passports, driver's licences, IBANs, BICs (unlabeled),
  cards, IPv4 and IPv6, MAC addresses, VINs and user agents (unlabeled),
  crypto wallets, account numbers, plates, national ids of many countries.
- `doc`: longer texts (letters with signatures, discharge and ED notes,
  referrals, incident reports, witness and recorded statements, leases and
  deposit certificates, HR letters, CVs, minutes, school reports, insurance
  claims, obituaries, newsletters, court judgments and sentencing remarks,
  case notes), a few in German, Italian, Spanish and Dutch, with four to ten
  PII values each, places named without a kind word, relatives by first name,
  and non-PII look-alikes (case, claim, policy and planning references,
  versions, serials, room and bay numbers, role mailboxes).
- `chat`: informal messages and transcripts (SMS, WhatsApp, Slack, Discord,
  Twitch, support chats with "Agent:" / "Customer:" turns, call
  transcripts): lowercase names, nicknames, typos, emoji, handles, loosely
  written phone numbers, half addresses; twelve of them in Spanish, French,
  German, Italian, Portuguese, Dutch or Polish.
- `struct`: semi-structured text: key: value blocks, log lines, email
  headers, vCards, an iCal event, CSV / TSV / Markdown tables with a header
  row, JSON, YAML and SQL snippets, form dumps and query strings, HL7 and
  X12 EDI segments, shipping labels; every PII value inside is labeled.
- `lookalike`: mostly non-PII text full of look-alikes (order / tracking /
  invoice / SSCC numbers, versions shaped like IP addresses, an invalid IP,
  amounts, flight numbers, model, serial, part, lot and batch codes, EANs,
  chemical formulae, CAS numbers, error and event codes, hashes, ISBNs,
  coordinates, creditor references, sort codes, helpline numbers, products,
  brands, eponyms, museums and buildings named after people), with the few
  real PII values labeled; 15 of the 50 records have no PII at all.

Labeling conventions (as in make_blind6.py):
- PERSON: any part of a name, lowercase or not, initials, middle names (a
  full name with its middle names is one span); a possessive "'s" (or a
  Turkish suffix "'in") is outside. Nicknames are PERSON. TITLE: honorifics
  and ranks attached to a name (Mr, Mrs., Ms, Miss, Dr, Prof., Sr., Herr,
  Monsieur, M., Rev., Fr., PC, Captain, passenger-list MS), labeled apart
  from the name. Job titles are not TITLE; family words ("mum", "nan",
  "auntie", "grandpa", "abuela", "nonna") stay outside and unlabeled.
- ADDRESS: number + street (+ apt/unit/flat/suite/floor/lgh/int./bte),
  PO boxes, house and building names in an address, plot and villa numbers.
  A unit or a house number alone is not an ADDRESS. City, district,
  state/province (also abbreviated), county, country and named
  neighbourhoods are LOCATION. Postal codes of every shape are ZIP_CODE (the
  "C.P." / "CEP" / "Col." kind words stay outside).
- DATE_TIME: calendar dates of a person or their event (birth, death,
  admission, discharge, appointment, hearing, accident, arrest, move,
  start of a job, visit, signature, letter, meeting), with a day or month,
  in any shape; not bare years, weekdays, clock times or durations. A
  weekday in front of a date is outside the span.
- AGE: the number only (digits or words), also inside "71M" and "29F"; a
  guessed age ("about 20", "like 25") is AGE too; not pets' ages.
- USERNAME: handle without "@" (payment-app tags included). URL: personal
  pages, profiles and portfolios only. NRP: a person's nationality, religion
  or political group (not a language, not a dietary label, not race).
- ID_NUMBER: national / tax / social-security ids (PESEL, CPF, RG, NIF,
  DNI, BSN, AHV, CPR, personnummer, henkilötunnus, T.C. Kimlik, Aadhaar,
  PAN, KRA PIN, NIN, codice fiscale, Ghana Card), MRNs, NHS and hospital
  numbers, PNC and prison numbers, health insurance member ids, bank account
  numbers, employee / staff / student / pupil / customer / membership /
  loyalty ids tied to a person, professional registration numbers, non-US
  passports, residence permits and licences, plates, crypto wallet
  addresses.
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled on purpose: BIC/SWIFT, IFSC, sort codes and BSB numbers, CVV
  and expiry, PINs, PUKs, lockbox and door codes, order / invoice / ticket /
  case / claim / policy / booking / tracking / flight / job references,
  prices, percentages, versions, years, clock times, room / ward / bay /
  seat / gate / table numbers, product, model, serial, frame, part and lot
  codes, microchip numbers, ISBNs, CAS numbers, hashes, MAC addresses,
  coordinates, aircraft registrations, IATA codes, meeting ids and
  passcodes, creditor references, company and product names, role
  mailboxes, emergency and helpline numbers, partial numbers ("card ending
  4417", "the 0794 one"), pets' names and ages, port numbers. In this set
  also, as the brief for it asks: passwords, genders, job titles, VINs and
  browser user agents.
- Judgement calls for this set: eponyms and brands built on a person's name
  (a disease, sign, effect, bridge, museum, hotel, shop, brand, film, app,
  railway line or church named after someone, "Mrs. Fields", "Uncle Ben's",
  "Dr. Oetker") are not PERSON, and titles inside them are not TITLE; a
  public person named as such (an author, a CFO) is PERSON, and so is a
  family name naming a party ("the Schmidt party", "X v. Y"); a folk-tale
  character is not. Place names inside organisation names (a hospital, a
  corporation) are not LOCATION, but a city named as the site of an office,
  hub or warehouse, or as a train's destination, is LOCATION; a street
  address of a museum or company site is ADDRESS. Dates not tied to a
  person (offer ends, release dates, access expiry) are not labeled, and
  sentences whose date was too ambiguous were rewritten without one. Every
  IP address is labeled, private ones included; a version string shaped
  like an IP is not. Payment-app tags (Venmo, Revolut) are USERNAME; a Pix
  key that is an email is EMAIL_ADDRESS. A US state driver's licence (FL,
  TX, NY) is US_DRIVER_LICENSE; a licence of any other country is
  ID_NUMBER.
- Further judgement calls, new in this set: in semi-structured text the
  field names and header rows are never labeled, and a name split into
  parts (first / last columns, vCard "N:", HL7 "^", X12 "*", "Surname,
  Given" with a comma) is labeled part by part; a title field there (vCard
  prefix, HL7 "MRS", "DR") is TITLE. Log lines, email headers and EDI / HL7
  envelopes were written without machine timestamps (clock times only), so
  none had to be judged; an iCal appointment date is DATE_TIME, its clock
  time is outside. A Message-ID, a noreply bot address and a generic or
  service account ("admin", "svc_billing", dependabot) are not labeled; a
  GitHub noreply address of a named author is EMAIL_ADDRESS. Masked ids
  ("XXXX XXXX 7731") are partial numbers. Country codes in an address line
  ("AT", "IN", "CA") are LOCATION. Councillor, judge and rank prefixes
  ("Cllr", "HHJ", "Sgt."), "Mx.", "Sra.", "Mme", "Dott.", "Frau" and the
  Portuguese "Dona" are TITLE. Initials standing for a trial participant
  are PERSON. A "reading age", a branch's anniversary and an address that
  is not a valid IP (an octet over 255) are not labeled; the author in a
  citation ("Riess et al.") is PERSON; a badge number on an access log is a
  staff id (ID_NUMBER).
"""
from __future__ import annotations

from pathlib import Path

from gold_sets import write_set

OUT = Path(__file__).with_name("blind7.jsonl")

GEN = [
    "Customer [[PERSON:Ximena Castañeda Ruiz]] called on [[DATE_TIME:14 March 2024]] to dispute a duplicate charge and asked for the refund to go back to the card ending 7781; her callback number is [[PHONE_NUMBER:+52 55 4127 9083]].",
    "[[PERSON:Hope]] asked whether the renewal letter for her home insurance could be emailed to [[EMAIL_ADDRESS:hope.adeyinka@fastmail.co.uk]] instead of her old work address.",
    "Please change the beneficiary on life policy LF-220918 to [[PERSON:Dmitri Olegovich Vasnetsov]], born [[DATE_TIME:03.11.1979]], residing at [[ADDRESS:ul. Bolshaya Sadovaya 41, kv. 17]], [[LOCATION:Rostov-on-Don]].",
    "The loan officer, [[TITLE:Mr.]] [[PERSON:Bishop]], confirmed that [[PERSON:Faith Mwangi]]'s mortgage application was approved on [[DATE_TIME:June 2, 2023]].",
    "Patient [[PERSON:Zhou Xinyi]], [[AGE:34]], presented with a persistent dry cough; her insurance member ID is [[ID_NUMBER:QHP-55302971]] and she prefers to be reached at [[PHONE_NUMBER:(415) 839-2260]].",
    "HR has scheduled an exit interview with [[PERSON:Kwabena Asante-Darko]] for Friday, [[DATE_TIME:9 August]]; his employee number is [[ID_NUMBER:E-004817]].",
    "Hi, I'm [[PERSON:Park Ji-hoon]] and I'd like to change the delivery address on my order to [[ADDRESS:88 Teheran-ro 14-gil, Unit 1203]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06234]].",
    "The tenancy for [[ADDRESS:Flat 2, 17 Carrow Road]], [[LOCATION:Norwich]] [[ZIP_CODE:NR1 3JT]] begins on [[DATE_TIME:1 October 2024]] and is held jointly by [[PERSON:Mason]] and [[PERSON:Summer Reed]].",
    "Dear [[TITLE:Ms.]] [[PERSON:Yamaguchi]], your visa interview has been moved to [[DATE_TIME:22/05/2024]]; please bring passport [[ID_NUMBER:TK4418203]] and two recent photographs.",
    "A transfer of 2,400 EUR from [[PERSON:Giulia Benedetti]] to [[IBAN_CODE:IT81 K030 6909 6061 0000 0063 817]] was held for review because the beneficiary name did not match the account.",
    "Can someone from billing call [[PERSON:Oluwadamilare]] back on [[PHONE_NUMBER:0803 551 2749]]? He was charged twice for the March data bundle.",
    "[[PERSON:Grace Tupou]], a [[NRP:Tongan]] nurse based in [[LOCATION:Auckland]], enrolled in the postgraduate diploma under student ID [[ID_NUMBER:ST20417788]].",
    "The claimant, [[PERSON:Rajeshwari Subramanian]], states that the collision happened on [[DATE_TIME:7 January 2024]] near the [[LOCATION:Guindy]] flyover in [[LOCATION:Chennai]].",
    "[[PERSON:Will Young]] asked us to send all future statements to [[EMAIL_ADDRESS:wyoung1988@outlook.com]] and to stop paper mail.",
    "Our records show that [[PERSON:Ahmet Yıldırım]] (T.C. Kimlik No: [[ID_NUMBER:38412766590]]) moved to [[LOCATION:Izmir]] in 2021 and has not updated his address since.",
    "Congratulations to [[PERSON:Sky Morikawa]] of [[LOCATION:Vancouver]], the winner of our spring photo contest! We will contact you at [[EMAIL_ADDRESS:sky.morikawa@protonmail.com]] to arrange delivery.",
    "A Medicaid application was received from [[PERSON:Dolores Whitehorse]], [[AGE:67]], of [[ADDRESS:2290 Navajo Route 12]], [[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]].",
    "[[PERSON:Eitan Shapira]] asked to move his dental cleaning from [[DATE_TIME:April 11]] to [[DATE_TIME:April 18]] at 9:30.",
    "I, [[PERSON:Neema Mushi]], authorise my brother [[PERSON:Baraka]] to collect my prescription from the pharmacy on my behalf.",
    "Flight attendant [[PERSON:Joy Dimaculangan]] reported that passenger [[PERSON:Konstantinos Papadimitriou]] in seat 14C needed oxygen shortly after take-off.",
    "The student loan statement for [[PERSON:Mariana Fonseca]] was returned undelivered from [[ADDRESS:Rua das Flores 212, 3.º Esq.]], [[ZIP_CODE:4050-265]] [[LOCATION:Porto]].",
    "According to the police report, the car with plate [[ID_NUMBER:KDJ 481W]] belonging to [[PERSON:Wanjiru Kamau]] was towed from [[LOCATION:Westlands]] on [[DATE_TIME:12 May]].",
    "[[PERSON:Hunter]], your one-time code has been sent to [[PHONE_NUMBER:+1 720 318 4406]]; it expires in 10 minutes.",
    "Please note that [[TITLE:Dr]] [[PERSON:Nwachukwu]] will cover the diabetes clinics for [[TITLE:Dr]] [[PERSON:Halvorsen]] until the end of the month.",
    "Member [[PERSON:Layla Haddad]] (username [[USERNAME:layla_h_92]]) reported that someone signed into her account from [[IP_ADDRESS:185.220.41.77]] at 02:13.",
    "Ship to: [[PERSON:Rosalind King]], [[ADDRESS:4 Bramble Close]], [[LOCATION:Harrogate]], [[ZIP_CODE:HG2 8PL]]. Contact number [[PHONE_NUMBER:07912 448 301]].",
    "The scholarship committee selected [[PERSON:Tran Minh Khoa]] and [[PERSON:Siosaia Fifita]] for this year's award, and both were told by letter on [[DATE_TIME:15 July]].",
    "The notary will meet [[PERSON:Joost van der Linden]] and [[PERSON:Femke]] on [[DATE_TIME:3 September]] to sign the deed for [[ADDRESS:Prinsengracht 512-II]], [[LOCATION:Amsterdam]].",
    "Thanks for your order, [[PERSON:Ilona Kovács]]! Your parcel ships to [[ADDRESS:Andrássy út 61, 2. em. 4.]], [[ZIP_CODE:1062]] [[LOCATION:Budapest]].",
    "The trust and safety team removed a post by [[USERNAME:mig_ramirez_oficial]] that shared the workplace of [[PERSON:Miguel Ramírez]]'s former partner, [[PERSON:Paola]].",
    "Please verify the identity of [[PERSON:Abebe Girma Tesfaye]] against his [[NRP:Ethiopian]] passport [[ID_NUMBER:EP3318470]] before releasing the funds.",
    "[[PERSON:Reza Tehrani]] became a permanent resident on [[DATE_TIME:12 February 2022]]; his SIN is [[ID_NUMBER:527 019 384]].",
    "For the school trip, [[PERSON:Aroha Ngata]]'s mother signed the consent form and gave [[PHONE_NUMBER:021 447 9032]] as the emergency contact.",
    "On [[DATE_TIME:October 3, 2023]], the deposition of [[PERSON:Marcus Ellery]] was taken by counsel for the defendant, [[TITLE:Ms.]] [[PERSON:King]].",
    "Hello, my name is [[PERSON:Svetlana]] and my account number is [[ID_NUMBER:40817810099910004312]]; I have not been able to log into online banking since yesterday.",
    "The agent showed [[PERSON:Lucía]] and [[PERSON:Tomás Herrera]] the house at [[ADDRESS:1407 SW 8th Street]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]].",
    "[[PERSON:Chidinma Okeke]]'s application for a trading permit was rejected because her tax identification number [[ID_NUMBER:20174593-0001]] did not match the register.",
    "Your library card is about to expire, [[PERSON:Mei Ling]]! Sign in with [[EMAIL_ADDRESS:meiling.tan82@gmail.com]] to renew it online.",
    "The court appointed [[PERSON:Elif Demir]] as guardian of the minor [[PERSON:Deniz]], born [[DATE_TIME:2016-08-29]].",
    "Hi [[PERSON:Jin-woo]], the gym membership [[ID_NUMBER:GM-3390217]] will be frozen from [[DATE_TIME:1 Dec]] until [[DATE_TIME:15 Jan]] as you requested.",
    "[[PERSON:Aziz Rahimi]], an [[NRP:Afghan]] national, was assigned a caseworker and issued residence permit [[ID_NUMBER:RP-7720-14486]].",
    "The patient's daughter, [[PERSON:Priyanka]], can be reached on [[PHONE_NUMBER:+91 98450 31276]] if [[TITLE:Mr.]] [[PERSON:Banerjee]] becomes confused again overnight.",
    "The loss adjuster will visit [[PERSON:Astrid Lindqvist]] at [[ADDRESS:Södra Vägen 14B]], [[LOCATION:Göteborg]] on [[DATE_TIME:19 November]] to inspect the water damage.",
    "[[PERSON:Shira Ben-David]] paid the conference fee with card [[CREDIT_CARD:4539 7716 2045 8834]] and asked for a vegetarian meal.",
    "Our new intern, [[PERSON:Kofi]], starts on Monday, [[DATE_TIME:2 September]]; please create his account as [[USERNAME:kofi.mensah]] and add him to the design channel.",
    "Form 1-B was signed by [[PERSON:Tupac Quispe Mamani]] in [[LOCATION:Cusco]] on [[DATE_TIME:28/06/2023]], with DNI [[ID_NUMBER:45128873]].",
    "On the vaccination form, [[PERSON:Eleni Georgiou]] gave her AMKA as [[ID_NUMBER:14038502267]] and her date of birth as [[DATE_TIME:14/03/1985]].",
    "[[PERSON:Ngozi]] forwarded the invoice to [[PERSON:Chukwuemeka Eze]] at [[EMAIL_ADDRESS:c.eze@harbourfreight-ng.com]] for approval.",
    "The refund for the cancelled concert goes to [[PERSON:Anders Holm]]'s account [[IBAN_CODE:DK70 3000 4471 9280 36]] within ten banking days.",
    "The petition against rezoning in [[LOCATION:Ewa Beach]] closed with 1,204 signatures; the last person to sign was [[PERSON:Malia Faleolo]].",
]

BENCH = [
    "Intake note: [[TITLE:Mrs.]] [[PERSON:Adaeze Ngozi Okafor-Blake]], female, [[AGE:41]], born [[DATE_TIME:17/02/1983]], lives at [[ADDRESS:3318 Larkspur Lane, Apt. 6C]], [[LOCATION:Dayton]], [[LOCATION:Montgomery County]], [[LOCATION:Ohio]] [[ZIP_CODE:45406]]. She can be reached at [[PHONE_NUMBER:(937) 274-6610]] or [[EMAIL_ADDRESS:adaeze.ob@yahoo.com]]; SSN on file [[US_SSN:412-68-3095]].",
    "The onboarding file for [[PERSON:Rodrigo Esteban Paiva]], Senior Logistics Coordinator, male, born [[DATE_TIME:1990-07-23]], lists the username [[USERNAME:rpaiva90]] with temporary password Tq7#vLm2!xz, the workstation IP [[IP_ADDRESS:10.14.22.187]] (MAC 3C:22:FB:9A:10:E7) and the salary account [[IBAN_CODE:PT10 0035 0651 0000 2047 8931 5]], BIC CGDIPTPL.",
    "Account holder [[TITLE:Mr.]] [[PERSON:Tobias Reinholt]] ([[AGE:58]]) of [[ADDRESS:Am Sandtorkai 23]], [[ZIP_CODE:20457]] [[LOCATION:Hamburg]] asked for a replacement of card [[CREDIT_CARD:5274 6130 0981 2262]]; his Steuer-ID is [[ID_NUMBER:57 306 118 492]] and his phone [[PHONE_NUMBER:+49 40 3187 2290]].",
    "[[PERSON:Leilani Kahananui]], a [[AGE:29]]-year-old UX researcher, withdrew 0.84 ETH to [[ID_NUMBER:0x7a3F09c2B81e44D5a6f0E3b917C2d8845eA1c06B]] from [[IP_ADDRESS:2600:1700:5a40:8e10:d4c3:91ff:fe27:4b0a]]; her registered email is [[EMAIL_ADDRESS:leilani.k@icloud.com]] and her US passport number [[US_PASSPORT:A31906627]].",
    "Vehicle owner [[PERSON:Sunita Rajagopalan]] of [[ADDRESS:14/2 Residency Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560025]], [[LOCATION:Karnataka]] registered plate [[ID_NUMBER:KA 03 MN 4471]] (VIN MA3EWDE1S00418273) using Aadhaar [[ID_NUMBER:6203 1187 4459]] and PAN [[ID_NUMBER:BXTPR7730M]].",
    "[[TITLE:Dr.]] [[PERSON:Katarzyna Wiśniewska-Nowak]], Chief Data Officer, female, PESEL [[ID_NUMBER:85041203391]], resides at [[ADDRESS:ul. Grunwaldzka 186 m. 12]], [[ZIP_CODE:80-264]] [[LOCATION:Gdańsk]], [[LOCATION:pomorskie]]; mobile [[PHONE_NUMBER:+48 601 338 274]], account [[IBAN_CODE:PL61 1240 5918 1111 0010 4478 3305]].",
    "Our applicant, [[PERSON:Marcus Tyrell Oyelaran]], a [[AGE:36]] y/o male born on [[DATE_TIME:March 9th, 1988]], gave his address as [[ADDRESS:902 Pinecrest Avenue]], [[LOCATION:Rock Hill]], [[LOCATION:York County]], [[LOCATION:SC]] [[ZIP_CODE:29730]], his South Carolina driver's license as [[US_DRIVER_LICENSE:102948377]] and his SSN as [[US_SSN:250-71-4836]].",
    "Please wire the deposit of 3,150 CHF from [[PERSON:Noémie Favre-Bulle]] (AHV [[ID_NUMBER:756.3318.0472.61]]) to [[IBAN_CODE:CH93 0076 2011 6238 5295 7]]; she lives at [[ADDRESS:Rue de Carouge 47]], [[ZIP_CODE:1205]] [[LOCATION:Genève]] and answers on [[PHONE_NUMBER:+41 78 614 20 93]].",
    "The support ticket was opened by [[USERNAME:darkstar_kenji]] ([[PERSON:Kenji Watanabe]], [[EMAIL_ADDRESS:k.watanabe@docomo.ne.jp]]) from [[IP_ADDRESS:126.47.210.9]] with the user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1.",
    "In the presence of [[TITLE:Mx.]] [[PERSON:Jordan Avery Lindgren]], non-binary, [[AGE:24]], the notary certified the signature; [[PERSON:Jordan]]'s address is [[ADDRESS:5521 Hawthorne Blvd, Suite 210]], [[LOCATION:Torrance]], [[LOCATION:CA]] [[ZIP_CODE:90503]] and their California licence number is [[US_DRIVER_LICENSE:D7730612]].",
    "[[TITLE:Ms.]] [[PERSON:Fatemeh Karimi-Nasab]], aged [[AGE:52]], Senior Pharmacist, paid by Visa [[CREDIT_CARD:4716 0293 5518 4025]] (exp 09/27, CVV 318); billing address [[ADDRESS:77 Queen's Road]], [[LOCATION:Reading]], [[LOCATION:Berkshire]], [[ZIP_CODE:RG1 4BP]]; NI number [[ID_NUMBER:JT 60 19 84 D]]; direct debit from [[IBAN_CODE:GB92 MIDL 4005 1572 9904 38]].",
    "Customer [[PERSON:Bogdan Ionuț Stănescu]], born [[DATE_TIME:04.06.1977]], CNP [[ID_NUMBER:1770604400127]], lives at [[ADDRESS:Strada Lipscani 19, ap. 3]], [[LOCATION:Sector 3]], [[LOCATION:București]], [[ZIP_CODE:030031]]; his salary is paid into [[IBAN_CODE:RO74 RNCB 0082 0411 5639 0001]].",
    "The loyalty profile of [[PERSON:Amara Chinwe Obi]] (member no. [[ID_NUMBER:LX-88410327]]) shows a date of birth of [[DATE_TIME:12 Dec 1995]], the handle [[USERNAME:amara.obi_]], phone [[PHONE_NUMBER:+234 809 441 7726]] and a last login from [[IP_ADDRESS:102.89.34.211]].",
    "[[TITLE:Prof.]] [[PERSON:Henrikke Solberg]], born [[DATE_TIME:21.09.1966]] (fødselsnummer [[ID_NUMBER:21096638215]]), moved to [[ADDRESS:Thorvald Meyers gate 58]], [[ZIP_CODE:0552]] [[LOCATION:Oslo]]; her account is [[IBAN_CODE:NO74 1503 4418 260]] and her email [[EMAIL_ADDRESS:henrikke.solberg@online.no]].",
    "Driver [[PERSON:Carlos Eduardo Brandão]], CPF [[ID_NUMBER:318.604.227-15]], CNH [[ID_NUMBER:05519340876]], plate [[ID_NUMBER:RTB4F21]], address [[ADDRESS:Avenida Paulista 1578, apto 92]], [[LOCATION:Bela Vista]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01310-200]]; payouts to [[IBAN_CODE:BR78 0000 0000 0155 9000 7781 424C 1]].",
    "The applicant is a [[AGE:63]]-year-old retired teacher, [[PERSON:Margarethe Ilse Vogt]], of [[ADDRESS:Lindenstraße 4a]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]], who pays by SEPA from [[IBAN_CODE:DE84 5001 0517 0648 3921 76]] and signs in as [[USERNAME:m.vogt1961]].",
    "[[PERSON:Oren Mizrahi]], [[AGE:44]], holds Israeli ID [[ID_NUMBER:038472915]] and lives at [[ADDRESS:Dizengoff Street 112, Apt 7]], [[LOCATION:Tel Aviv]]; his card [[CREDIT_CARD:5412 7790 6613 2846]] was declined at 21:40 for a login from [[IP_ADDRESS:79.178.54.12]].",
    "Enrolment record: student [[PERSON:Anjali Deepa Varghese]], female, born [[DATE_TIME:2006-11-02]], guardian [[PERSON:Thomas Varghese]], address [[ADDRESS:House No. 41, MG Road]], [[LOCATION:Kochi]], [[LOCATION:Kerala]] [[ZIP_CODE:682016]], phone [[PHONE_NUMBER:+91 94470 22815]].",
    "[[TITLE:Mr.]] [[PERSON:Lim Jae-sung]], born [[DATE_TIME:1985.04.12]], resident registration number [[ID_NUMBER:850412-1538216]], lives at [[ADDRESS:27 Sejong-daero 9-gil, 1104-ho]], [[LOCATION:Jung-gu]], [[LOCATION:Seoul]]; mobile [[PHONE_NUMBER:010-6274-1193]]; username [[USERNAME:jslim_85]].",
    "The wallet [[ID_NUMBER:bc1qz7mh3k9e4xw2q8ldrf5ty6uv0ajs3np4c2gkwe]] received 0.2 BTC from [[PERSON:Dariusz Kowalczyk]], whose account was opened from [[IP_ADDRESS:31.0.112.58]] with the email [[EMAIL_ADDRESS:dkowalczyk@wp.pl]] and the password haslo!2024.",
    "Insured: [[PERSON:Thandiwe Nokuthula Mahlangu]], [[AGE:38]], ID number [[ID_NUMBER:8603150842087]], [[ADDRESS:12 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]; cell [[PHONE_NUMBER:082 447 1930]]; premium collected by debit order from account [[ID_NUMBER:62841930775]].",
    "The lease applicant, [[PERSON:Yusuf Emre Aydın]], born [[DATE_TIME:11 April 1992]], TC [[ID_NUMBER:28391746502]], currently lives at [[ADDRESS:Bağdat Caddesi No:214 D:9]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] [[ZIP_CODE:34728]] and pays rent from [[IBAN_CODE:TR44 0001 0017 4592 6338 1050 02]].",
    "User [[USERNAME:quietfox_77]] ([[PERSON:Rowan Ashby]], [[AGE:19]]) logged in from [[IP_ADDRESS:fe80::4c1a:92ff:fe3d:7a10]] and [[IP_ADDRESS:82.132.219.40]] on the same day, then changed the recovery phone to [[PHONE_NUMBER:+44 7700 183 264]] and the email to [[EMAIL_ADDRESS:r.ashby@mailbox.org]].",
    "[[TITLE:Sra.]] [[PERSON:Ana Belén Ortega Salinas]], con DNI [[ID_NUMBER:50931746K]], nacida el [[DATE_TIME:30/01/1974]] y con domicilio en [[ADDRESS:Calle de Alcalá 233, 4º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]], autoriza el cargo de los recibos en la cuenta [[IBAN_CODE:ES42 2085 8172 3103 3019 4762]].",
    "[[TITLE:Mme]] [[PERSON:Clémence Aubert]], née le [[DATE_TIME:8 mai 1981]], numéro de sécurité sociale [[ID_NUMBER:2 81 05 69 123 047 56]], demeurant [[ADDRESS:14 rue Mercière]], [[ZIP_CODE:69002]] [[LOCATION:Lyon]], téléphone [[PHONE_NUMBER:06 72 41 93 08]], IBAN [[IBAN_CODE:FR75 3000 4028 3700 0127 9453 186]].",
    "The parcel for [[PERSON:Haruto Sato]] goes to [[ADDRESS:3-14-2 Jingumae]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0001]]; his My Number [[ID_NUMBER:7301 5528 0946]] was given for customs and the contact phone is [[PHONE_NUMBER:090-3318-4762]].",
    "Quote request from [[PERSON:Ingrid Marie Dahl]], [[AGE:47]], of [[ADDRESS:Nørrebrogade 88, 3. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]; CPR [[ID_NUMBER:120477-2218]], car registration [[ID_NUMBER:CK 48 217]], VIN WVWZZZAUZKW183724.",
    "Payment details submitted by [[PERSON:Isaac Boateng]]: Mastercard [[CREDIT_CARD:2223 0041 7765 3093]], expiry 03/28, billing ZIP [[ZIP_CODE:20910]]; Ghana Card [[ID_NUMBER:GHA-721846390-4]]; phone [[PHONE_NUMBER:+233 24 418 2297]]; user agent Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36.",
    "[[TITLE:Mr.]] [[PERSON:Lucas Gabriel Moreau]], Software Engineer III, male, born [[DATE_TIME:1993/05/17]], joined on [[DATE_TIME:2021/09/01]] with employee ID [[ID_NUMBER:EMP-0093318]], corporate email [[EMAIL_ADDRESS:lucas.moreau@qantrix.io]] and laptop IP [[IP_ADDRESS:172.16.40.212]].",
    "Hotel registration: guest [[PERSON:Valentina Ferraro Gallo]], [[NRP:Italian]], codice fiscale [[ID_NUMBER:FRRVNT88M52F205K]], passport [[ID_NUMBER:YB6620158]], home address [[ADDRESS:Via Torino 61]], [[ZIP_CODE:20123]] [[LOCATION:Milano]] ([[LOCATION:MI]]); card [[CREDIT_CARD:4929 5083 1167 7423]].",
    "[[PERSON:Arindam Chakraborty]], [[AGE:50]], of [[ADDRESS:17B Ballygunge Place]], [[LOCATION:Kolkata]] [[ZIP_CODE:700019]], [[LOCATION:West Bengal]], filed the complaint from [[EMAIL_ADDRESS:arindam.c1974@rediffmail.com]]; voter ID [[ID_NUMBER:WBX3308172]], phone [[PHONE_NUMBER:98300 41276]].",
    "Membership form: [[PERSON:Wiremu Tawhiri]], [[AGE:33]], [[ADDRESS:9 Kahikatea Drive]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]; IRD number [[ID_NUMBER:094-516-283]]; bank account [[ID_NUMBER:12-3140-0571826-00]]; email [[EMAIL_ADDRESS:wiremu.t@xtra.co.nz]].",
    "[[PERSON:Ayesha Siddiqui]], female, [[AGE:27]], Emirates ID [[ID_NUMBER:784-1997-6620431-2]], lives in [[ADDRESS:Villa 14, Street 22b]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]; salary account [[IBAN_CODE:AE44 0260 0010 1553 8841 027]]; mobile [[PHONE_NUMBER:+971 50 418 2276]].",
    "Registration by [[PERSON:Mateo Ignacio Ferreyra]], DNI [[ID_NUMBER:30.557.209]], CUIL [[ID_NUMBER:20-30557209-6]], [[ADDRESS:Av. Corrientes 2140, piso 5, depto. B]], [[LOCATION:Balvanera]], [[ZIP_CODE:C1046AAN]] [[LOCATION:Buenos Aires]]; email [[EMAIL_ADDRESS:mateo.ferreyra@gmail.com]].",
    "The account of [[PERSON:Sinéad Ní Bhriain]] (PPSN [[ID_NUMBER:6071349TA]]) at [[ADDRESS:22 Clanbrassil Street Lower]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 X2F4]] is credited to [[IBAN_CODE:IE25 BOFI 9011 7734 5628 19]]; date of birth [[DATE_TIME:19/07/1989]].",
    "[[PERSON:Daniela Kovačević]], [[AGE:31]], OIB [[ID_NUMBER:69304128857]], [[ADDRESS:Ilica 142]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]], account [[IBAN_CODE:HR51 2360 0001 1026 4918 3]], phone [[PHONE_NUMBER:+385 91 447 2038]].",
    "Device report: the user [[USERNAME:bigred_88]] (real name [[PERSON:Cody Ray Tillman]]) connected from [[IP_ADDRESS:2600:387:f:4915::a2]] with MAC A4:83:E7:2C:5D:19; the account's phone is [[PHONE_NUMBER:(405) 318-4471]], SSN [[US_SSN:447-20-1983]], DOB [[DATE_TIME:08/30/1988]].",
    "[[TITLE:Mr]] [[PERSON:Ebo Mensah-Bonsu]], Head of Procurement, male, [[AGE:45]], passport [[ID_NUMBER:G2183347]], residential address [[ADDRESS:House 14, Ring Road East]], [[LOCATION:Osu]], [[LOCATION:Accra]]; corporate card [[CREDIT_CARD:4024 0071 8834 2769]]; phone [[PHONE_NUMBER:+233 20 771 0384]].",
    "[[PERSON:Nguyễn Thị Thu Hà]], nữ, sinh ngày [[DATE_TIME:05/08/1996]], CCCD [[ID_NUMBER:001196027734]], địa chỉ [[ADDRESS:45 Hàng Bài]], [[LOCATION:Hoàn Kiếm]], [[LOCATION:Hà Nội]], điện thoại [[PHONE_NUMBER:0912 438 771]].",
    "The claimant, [[TITLE:Miss]] [[PERSON:Tallulah Brooks]], [[AGE:22]], gender female, resides at [[ADDRESS:6105 Magnolia Trace, Unit 14]], [[LOCATION:Baton Rouge]], [[LOCATION:East Baton Rouge Parish]], [[LOCATION:LA]] [[ZIP_CODE:70808]]; her Louisiana licence is [[US_DRIVER_LICENSE:009731546]] and her Discover card [[CREDIT_CARD:6011 5820 4471 0938]].",
    "[[PERSON:Ahmad Faris bin Rosli]], [[AGE:39]], MyKad [[ID_NUMBER:850412-14-5583]], [[ADDRESS:No. 23, Jalan SS 15/4]], [[ZIP_CODE:47500]] [[LOCATION:Subang Jaya]], [[LOCATION:Selangor]]; phone [[PHONE_NUMBER:+60 12-448 2193]]; email [[EMAIL_ADDRESS:ahmadfaris.r@yahoo.com.my]].",
    "The tax return of [[PERSON:Jan-Willem Hoekstra]] (BSN [[ID_NUMBER:182736459]]), [[ADDRESS:Oudegracht 217 bis]], [[ZIP_CODE:3511 NM]] [[LOCATION:Utrecht]], shows a refund to [[IBAN_CODE:NL66 RABO 0318 2645 97]]; DigiD username [[USERNAME:jwhoekstra]].",
    "[[PERSON:Aleksandra Petrović]], born [[DATE_TIME:23.03.1990]], JMBG [[ID_NUMBER:2303990715042]], [[ADDRESS:Knez Mihailova 31]], [[LOCATION:Beograd]]; email [[EMAIL_ADDRESS:a.petrovic90@gmail.com]], IP [[IP_ADDRESS:109.93.188.4]].",
    "Broker file: [[TITLE:Mr.]] [[PERSON:Yaw Darko Agyemang]], [[AGE:61]], retired, of [[ADDRESS:1840 Peachtree Street NW, Apt 1203]], [[LOCATION:Atlanta]], [[LOCATION:Fulton County]], [[LOCATION:GA]] [[ZIP_CODE:30309]], holds brokerage account [[ID_NUMBER:5YT-418820]] and Amex [[CREDIT_CARD:3782 914560 72155]]; phone [[PHONE_NUMBER:404-881-2736]].",
    "[[PERSON:Chen Jiahui]], female, resident ID [[ID_NUMBER:310104199803142826]], lives at [[ADDRESS:Room 1802, 388 Caoxi North Road]], [[LOCATION:Xuhui District]], [[LOCATION:Shanghai]] [[ZIP_CODE:200030]]; WeChat ID [[USERNAME:jiahui_chen98]]; phone [[PHONE_NUMBER:+86 138 1742 6650]].",
    "[[PERSON:Eero Juhani Virtanen]], born [[DATE_TIME:12.04.1985]], henkilötunnus [[ID_NUMBER:120485-217F]], lives at [[ADDRESS:Hämeenkatu 12 B 24]], [[ZIP_CODE:33100]] [[LOCATION:Tampere]]; IBAN [[IBAN_CODE:FI59 5730 0820 4129 66]]; email [[EMAIL_ADDRESS:eero.virtanen@elisanet.fi]].",
    "The gaming account [[USERNAME:xX_N1ghtW0lf_Xx]] belongs to [[PERSON:Dominik Horváth]], [[AGE:17]], whose mother [[PERSON:Zsófia Horváth]] paid with [[CREDIT_CARD:5199 8802 3147 6529]]; the last session came from [[IP_ADDRESS:84.236.71.190]].",
    "[[PERSON:Sophia Papadakis]], [[AGE:35]], AFM [[ID_NUMBER:137550284]], [[ADDRESS:Ermou 54]], [[ZIP_CODE:105 63]] [[LOCATION:Athina]]; account [[IBAN_CODE:GR25 0172 0430 0050 4301 6729 155]]; mobile [[PHONE_NUMBER:+30 694 418 2276]].",
    "Ride-hail driver [[PERSON:Samuel Kiprono Rotich]], [[AGE:42]], national ID [[ID_NUMBER:28471930]], KRA PIN [[ID_NUMBER:A009315562K]], plate [[ID_NUMBER:KCZ 218T]], M-Pesa number [[PHONE_NUMBER:0722 418 937]], based in [[LOCATION:Eldoret]].",
    "[[PERSON:Tiago Lopes Carvalho]], [[AGE:26]], NIF [[ID_NUMBER:251873064]], [[ADDRESS:Rua Augusta 118, 2.º Dto.]], [[ZIP_CODE:1100-053]] [[LOCATION:Lisboa]]; Litecoin wallet [[ID_NUMBER:LTc7qW3nP9bXk2R8vHdF4mZ6yJs1aEuGtN]]; Instagram [[USERNAME:tiago.lc]].",
]

DOC = [
    "Dear [[TITLE:Ms]] [[PERSON:Achterberg]],\n\nFurther to our telephone call on [[DATE_TIME:12 March]], I am pleased to confirm that your mother, [[PERSON:Wilhelmina Achterberg]], has been offered a place at Rosewood House from [[DATE_TIME:1 April 2024]]. The weekly fee is £1,180 and the room (no. 14) is on the ground floor. Please return the signed agreement to the address below.\n\nYours sincerely,\n\n[[PERSON:Gareth Pryce-Jones]]\nAdmissions Manager\n[[ADDRESS:Rosewood House, 3 Heol y Nant]], [[LOCATION:Caerphilly]] [[ZIP_CODE:CF83 1AB]]\nTel. [[PHONE_NUMBER:029 2088 4710]]",
    "DISCHARGE SUMMARY\nPatient: [[PERSON:Olumide Bankole]]    MRN: [[ID_NUMBER:RX0048213]]    DOB: [[DATE_TIME:05/06/1958]] ([[AGE:66]]M)\nAdmitted: [[DATE_TIME:02/03/2024]]    Discharged: [[DATE_TIME:09/03/2024]]\nConsultant: [[TITLE:Dr]] [[PERSON:S. Venkataraman]], Ward 7B, bed 12\n\n[[TITLE:Mr]] [[PERSON:Bankole]] was admitted with community-acquired pneumonia (CURB-65 score 2). He received IV co-amoxiclav and clarithromycin and was stepped down to oral antibiotics on day 4; CRP fell from 212 to 38. His wife [[PERSON:Folake]] will collect him. GP to repeat the chest X-ray in 6 weeks.",
    "INCIDENT REPORT IR-2024-0318\nDate of incident: [[DATE_TIME:18 March 2024]], approx. 14:20\nSite: Loading bay 3, [[ADDRESS:Unit 7, Kingsway Industrial Estate]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 1LP]]\nInjured person: [[PERSON:Dariusz Zieliński]] (forklift operator, staff no. [[ID_NUMBER:KW-22817]])\nWitness: [[PERSON:Abigail Fenwick]]\n\nWhile reversing, the forklift (serial FL-8831-C) clipped the upright of rack R14 and a carton fell onto [[PERSON:Dariusz]]'s left shoulder. First aid was given by [[PERSON:Abigail]]; no hospital visit was needed. Action: re-mark the aisle and refresh training by 30 April.",
    "WITNESS STATEMENT\n\nName: [[PERSON:Priya Raghunathan]]\nOccupation: pharmacist\n\nOn Saturday [[DATE_TIME:6th April 2024]] at about 23:15 I was walking home from [[LOCATION:Pendleton]] when I saw a man I now know to be [[PERSON:Liam Costello]] kick the door of a silver Vauxhall Astra, registration [[ID_NUMBER:MA19 KXT]]. He looked about [[AGE:30]] and wore a grey hoodie. I called 999 from my phone, [[PHONE_NUMBER:07833 401 562]].\n\nSigned: [[PERSON:P. Raghunathan]]    Date: [[DATE_TIME:07/04/2024]]",
    "RESIDENTIAL LEASE AGREEMENT\n\nThis Lease is made on [[DATE_TIME:May 1, 2024]] between [[PERSON:Harold Whitacre]] (the Landlord) and [[PERSON:Beatriz Solano]] and [[PERSON:Kenji Solano]] (the Tenants) for the premises at [[ADDRESS:2718 Alder Street, Unit B]], [[LOCATION:Eugene]], [[LOCATION:Oregon]] [[ZIP_CODE:97405]]. Monthly rent is $1,675, due on the 1st of each month. The term ends on [[DATE_TIME:April 30, 2025]]. The Tenants may reach the Landlord at [[PHONE_NUMBER:541-302-7718]] or [[EMAIL_ADDRESS:hwhitacre@comcast.net]]. No pets other than one cat (Miso, age 3).",
    "Private & Confidential\n\n[[TITLE:Ms]] [[PERSON:Nadia Rahman]]\n[[ADDRESS:41 Cromwell Gardens]]\n[[LOCATION:Leicester]]\n[[ZIP_CODE:LE2 7HW]]\n\n[[DATE_TIME:28 February 2024]]\n\nDear [[PERSON:Nadia]],\n\nOutcome of disciplinary hearing\n\nI write to confirm the outcome of the hearing held on [[DATE_TIME:22 February 2024]], at which you were accompanied by your union representative, [[PERSON:Colin Barraclough]]. A first written warning will stay on your file for 12 months. You may appeal in writing to [[PERSON:Helen Ashworth]], Head of People, within 5 working days.\n\nYours sincerely,\n[[PERSON:Martin Quayle]]\nOperations Manager",
    "CURRICULUM VITAE\n\n[[PERSON:Ifeoluwa Adebayo-Smith]]\n[[LOCATION:Manchester]] | [[PHONE_NUMBER:+44 7481 293 650]] | [[EMAIL_ADDRESS:ife.adebayo.smith@gmail.com]] | [[URL:linkedin.com/in/ifeadebayosmith]]\n\nPROFILE\nData analyst with six years' experience in SQL, Python and Power BI.\n\nEXPERIENCE\nSenior Analyst, Northgate Retail Ltd, 2021 - present\n- Built a churn model (XGBoost 1.7) that cut attrition by 4%\nAnalyst, Pennine Water, 2018 - 2021\n\nEDUCATION\nBSc Mathematics, University of Leeds, 2017\n\nReferences available on request.",
    "Minutes of the Parish Council meeting, [[DATE_TIME:14 May 2024]]\nPresent: [[TITLE:Cllr]] [[PERSON:Ruth Ogunleye]] (Chair), [[TITLE:Cllr]] [[PERSON:Dafydd Morgan]], [[TITLE:Cllr]] [[PERSON:Sam Whitlock]]; Clerk: [[PERSON:Jenny Orme]]\nApologies: [[TITLE:Cllr]] [[PERSON:Vikram Desai]]\n\n1. The minutes of [[DATE_TIME:9 April]] were approved.\n2. Planning application 24/00871/FUL, rear extension at [[ADDRESS:12 Mill Lane]]: no objection.\n3. The Chair thanked [[PERSON:Pauline]] for twenty years of running the lunch club.\n4. Next meeting: [[DATE_TIME:11 June]], 7.30pm, village hall.",
    "End of Year Report 2023-24\nPupil: [[PERSON:Maisie Thornbury]]    Year 5    UPN: [[ID_NUMBER:H821300419027]]\nClass teacher: [[TITLE:Mrs]] [[PERSON:Abernethy]]\n\n[[PERSON:Maisie]] has had a wonderful year. Her reading has come on enormously and her reading age is now 11 years 2 months. In maths she is secure with fractions but still rushes column subtraction. Attendance: 96.4%. Please see [[TITLE:Mr]] [[PERSON:Okonjo]] about the Year 6 residential trip.",
    "Claim reference CLM-7730-2241\nPolicyholder: [[PERSON:Gustavo Ferreira Lima]]\nPolicy number: HH-0048217\nDate of loss: [[DATE_TIME:23 January 2024]]\nInsured address: [[ADDRESS:Avenida da Boavista 1277, 4.º Esq.]], [[ZIP_CODE:4100-130]] [[LOCATION:Porto]]\n\nThe policyholder reports that a pipe burst in the kitchen while the family was visiting relatives in [[LOCATION:Braga]]. A neighbour, [[TITLE:Dona]] [[PERSON:Rosário]], noticed water under the door. Contractor quote Q-5512: EUR 3,480. Settlement to [[IBAN_CODE:PT66 0018 0003 4411 9275 0618 2]].",
    "[[PERSON:Maureen Eileen Holloway]] (née [[PERSON:Brennan]]) died peacefully at home in [[LOCATION:Kilkenny]] on [[DATE_TIME:3 February 2024]], aged [[AGE:89]]. Beloved wife of the late [[PERSON:Desmond]] and loving mother of [[PERSON:Siobhán]], [[PERSON:Kieran]] and [[PERSON:Aoife]]; she will be sadly missed by her eleven grandchildren. Funeral Mass in St Canice's Cathedral on [[DATE_TIME:7 February]] at 11am, followed by burial in [[LOCATION:Foulkstown]]. House private, please.",
    "Riverside Running Club - June news\n\nHuge congratulations to [[PERSON:Bex Hartigan]], who took two minutes off her 10k best at the [[LOCATION:Lytham]] seafront race on [[DATE_TIME:2 June]] (41:08!). Welcome to new members [[PERSON:Tomasz]], [[PERSON:Grace]] and [[PERSON:Oyelowo]]. Our treasurer [[PERSON:Alan Crewe]] reminds everyone that subs (£35) are due by the end of the month; kit orders to [[EMAIL_ADDRESS:alan.crewe@btinternet.com]]. Parkrun volunteers, please text [[PERSON:Mo]] on [[PHONE_NUMBER:07720 318 466]].",
    "IN THE COUNTY COURT AT BRISTOL\nClaim No: K00BS418\n\nBETWEEN\n[[PERSON:DEREK ANTHONY MALLOY]] (Claimant)\nand\n[[PERSON:FIONA CLARE MALLOY]] (Defendant)\n\nJUDGMENT\n\n1. This is a dispute between former spouses over the proceeds of sale of [[ADDRESS:19 Ashton Vale Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS3 2HQ]], which was sold on [[DATE_TIME:30 June 2022]] for £412,000.\n2. [[TITLE:Mr]] [[PERSON:Malloy]] says that he paid the whole deposit; [[TITLE:Mrs]] [[PERSON:Malloy]] says it came from her late father, [[PERSON:Brendan Cahill]].\n\n[[TITLE:HHJ]] [[PERSON:Rutherford]]\n[[DATE_TIME:15 March 2024]]",
    "Hi [[PERSON:Kemi]],\n\nJust confirming the site visit on Thursday [[DATE_TIME:16 May]] at 10:00 at our [[LOCATION:Dalston]] warehouse. Parking is in bay 14; ask for [[PERSON:Rafe]] at reception and bring photo ID. The racking quote (ref. RQ-2291, rev. 3) is attached.\n\nCheers,\n[[PERSON:Tomás O'Rourke]]\nFacilities Coordinator\nM: [[PHONE_NUMBER:+353 87 419 2260]]\nE: [[EMAIL_ADDRESS:tomas.orourke@bramblefield.ie]]",
    "CASE REPORT 24-031877\n[[TITLE:Sgt.]] [[PERSON:D. Kowalski]] responded at 22:47 on [[DATE_TIME:04/14/2024]] to [[ADDRESS:815 W. Fulton Street, Apt 3R]], [[LOCATION:Chicago]]. The complainant, [[PERSON:Renata Jovanović]], [[AGE:44]], stated that her ex-boyfriend [[PERSON:Tyrone Mack]] (DOB [[DATE_TIME:11/22/1985]]) had entered the apartment without permission and taken a laptop. [[PERSON:Mack]] left in a black Dodge Charger, Illinois plate [[ID_NUMBER:EK 48211]], before officers arrived.",
    "Zeugenaussage\n\nIch, [[PERSON:Lena Hoffmeister]], geboren am [[DATE_TIME:14.09.1991]], wohnhaft [[ADDRESS:Schanzenstraße 77]], [[ZIP_CODE:20357]] [[LOCATION:Hamburg]], erkläre: Am [[DATE_TIME:2. März 2024]] gegen 18 Uhr sah ich, wie ein Radfahrer an der Ampel mit einem Lieferwagen (Kennzeichen [[ID_NUMBER:HH-KL 3318]]) zusammenstieß. Der Fahrer, ein Mann von etwa [[AGE:50]] Jahren, stieg aus und half dem Radfahrer. Erreichbar bin ich unter [[PHONE_NUMBER:0176 4418 2207]].",
    "Referral letter\n\nDear [[TITLE:Dr]] [[PERSON:Mahlaba]],\n\nRe: [[PERSON:Zanele Khumalo]], DOB [[DATE_TIME:21/10/2001]], hospital no. [[ID_NUMBER:CHB-7710482]]\n\nThank you for seeing this [[AGE:22]]-year-old woman with a six-month history of joint pain and morning stiffness. Her ESR is 48 and RF positive. Her mother, [[PERSON:Nomsa]], has rheumatoid arthritis. She lives in [[LOCATION:Soweto]] and can be contacted on [[PHONE_NUMBER:071 338 2046]].\n\nKind regards,\n[[TITLE:Dr]] [[PERSON:A. Pillay]]",
    "Welcome to the team!\n\nPlease join me in welcoming [[PERSON:Rangi Parata]], who joins the [[LOCATION:Wellington]] support desk on [[DATE_TIME:8 July]]. [[PERSON:Rangi]] comes to us from a telco in [[LOCATION:Hamilton]] and will be sitting next to [[PERSON:Bridget]] on level 4. His extension is 4417 and his email [[EMAIL_ADDRESS:rangi.parata@kotuku-systems.co.nz]]. Morning tea at 10:30 in the Tui room.",
    "Insurance claim - motor\n\nOn [[DATE_TIME:11 November 2023]] my car (Toyota Corolla, plate [[ID_NUMBER:LD-482-KM]]) was hit in the car park at Carrefour Villeneuve by a van driven by [[PERSON:Julien Marchetti]], whose insurer is listed as policy 77-ZX-1184. His phone: [[PHONE_NUMBER:+33 6 19 44 82 07]]. I am [[PERSON:Sabine Lefort]], of [[ADDRESS:3 allée des Tilleuls]], [[ZIP_CODE:59650]] [[LOCATION:Villeneuve-d'Ascq]]. Repair estimate DEV-20931: 1,240.50 EUR.",
    "CONFIDENTIAL - SAFEGUARDING NOTE\nDate: [[DATE_TIME:19/01/2024]]\nChild: [[PERSON:Kayden Brooks]], [[AGE:9]], pupil no. [[ID_NUMBER:P0041877]]\n\n[[PERSON:Kayden]] arrived without a coat for the third day running and said his mum's friend [[PERSON:Lee]] now lives with them. Spoke to mum ([[PERSON:Chantelle]]) at pickup; she was defensive. Logged on CPOMS and passed to DSL [[PERSON:Gemma Riordan]].",
    "To whom it may concern,\n\nI confirm that [[PERSON:Mohammed Al-Khatib]] has been employed by us as a warehouse supervisor since [[DATE_TIME:15 August 2019]] on a permanent full-time contract, with a gross annual salary of £31,200. His employee number is [[ID_NUMBER:00451872]]. This letter is provided at his request for his tenancy application for [[ADDRESS:Flat 9, 204 Stretford Road]], [[LOCATION:Hulme]].\n\n[[PERSON:Charlotte Quigley]]\nHR Advisor, [[PHONE_NUMBER:0161 496 0735]]",
    "Meeting notes - product sync, [[DATE_TIME:3 June]]\nAttendees: [[PERSON:Priscilla]], [[PERSON:Arjun]], [[PERSON:Obinna]], [[PERSON:Magda]] (notes)\n\n- Release 4.12.0 slips a week; 4.11.3 hotfix ships Friday.\n- [[PERSON:Arjun]] to chase the SDK vendor about crash CR-8812.\n- [[PERSON:Obinna]] is out from [[DATE_TIME:10 June]] to [[DATE_TIME:21 June]]; [[PERSON:Priscilla]] covers on-call.\n- Budget: 42k remaining of 120k.",
    "OBITUARY\n\n[[PERSON:Kwame Owusu-Ansah]], retired headmaster, died on [[DATE_TIME:17 December 2023]] at Korle Bu Teaching Hospital, [[LOCATION:Accra]], aged [[AGE:81]]. Born in [[LOCATION:Kumasi]], he taught mathematics for forty years. He leaves his wife [[PERSON:Abena]], four children and nine grandchildren. Burial service at his hometown, [[LOCATION:Ejisu]], on [[DATE_TIME:13 January 2024]].",
    "Dear Parents/Carers,\n\nThe Year 8 trip to the Eden Project will take place on [[DATE_TIME:20 June]]. The coach leaves at 7:15 from the Fore Street entrance. Please return the consent slip and £18 to [[TITLE:Mr]] [[PERSON:Trevithick]] by Friday. Any questions about medication should go to our school nurse, [[PERSON:Kerenza Polglase]], on [[PHONE_NUMBER:01872 244 093]].\n\nMany thanks,\n[[PERSON:J. Penhaligon]], Head of Year 8",
    "TENANCY DEPOSIT CERTIFICATE\nDeposit ID: DPS-118-40-2271\nTenant: [[PERSON:Oksana Melnyk]]\nLandlord: [[PERSON:Peter Glynn]]\nProperty: [[ADDRESS:Flat 3, 58 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JB]]\nTenancy start: [[DATE_TIME:01/09/2023]]\nAmount protected: £1,385.00\nTenant contact: [[EMAIL_ADDRESS:oksana.melnyk.ua@gmail.com]], [[PHONE_NUMBER:07412 556 903]]",
    "Subject: Complaint about my bill\n\nHello,\n\nMy name is [[PERSON:Dagny Eriksen]] and I have been a customer (account [[ID_NUMBER:NO-4471183]]) since [[DATE_TIME:March 2017]]. My last invoice, no. 2024-00418, charged me for roaming in [[LOCATION:Spain]] although I was at home in [[LOCATION:Bergen]] the whole month. Please call me on [[PHONE_NUMBER:+47 412 88 306]] or write to [[EMAIL_ADDRESS:dagny.eriksen@hotmail.no]].\n\nRegards,\n[[PERSON:Dagny]]",
    "Sentencing remarks\n\n[[PERSON:Jamal Whitfield]], you are [[AGE:27]] years old. On [[DATE_TIME:5 August 2023]] you entered the home of [[PERSON:Doreen Pybus]], then [[AGE:84]], at [[ADDRESS:6 Sycamore Terrace]], [[LOCATION:Consett]], while she slept, and took her handbag and the keys to her car. [[TITLE:Mrs]] [[PERSON:Pybus]] has since moved into care. The sentence is one of 3 years and 4 months.",
    "Application for school place - in-year transfer\n\nChild: [[PERSON:Amelia Fonoti-Harris]], date of birth [[DATE_TIME:3 March 2015]]\nParent: [[PERSON:Losa Fonoti]], [[PHONE_NUMBER:027 551 8804]]\nCurrent address: [[ADDRESS:14 Te Rapa Road]], [[LOCATION:Hamilton]] [[ZIP_CODE:3200]]\nReason: family moving to [[LOCATION:Tauranga]] on [[DATE_TIME:6 July 2024]]; sister [[PERSON:Mele]] already attends.",
    "Hi all,\n\nA reminder that the office at [[ADDRESS:Level 12, 200 George Street]], [[LOCATION:Sydney]] will be closed for electrical works on [[DATE_TIME:27 April]]. [[PERSON:Warrick]] will keep the door code (4471#) active for security only. Anyone who needs to collect equipment should contact [[PERSON:Ngaio Bennett]] on [[PHONE_NUMBER:0412 338 907]] beforehand.\n\n- Facilities",
    "Patient note (telehealth)\n[[DATE_TIME:26/02/2024]] - [[PERSON:Bronwyn Tjapaltjarri]], [[AGE:58]]F, Medicare [[ID_NUMBER:2951 44817 3]]. Reports three days of dysuria, no fever. Lives in [[LOCATION:Alice Springs]] with daughter [[PERSON:Tahnee]]. Trimethoprim 300 mg nocte for 3 days sent to the pharmacy. Review if not settling by [[DATE_TIME:1 March]]. [[PERSON:L. Haddad]] (GP)",
    "Letter of recommendation\n\nIt is my pleasure to recommend [[PERSON:Zeynep Arslan]] for the MSc in Urban Planning. I supervised [[PERSON:Zeynep]]'s thesis on informal housing in [[LOCATION:Ankara]] from [[DATE_TIME:September 2022]] to [[DATE_TIME:June 2023]]; it received the highest mark in her cohort. She is reliable, curious and kind.\n\n[[TITLE:Prof.]] [[PERSON:Murat Erdoğan]]\n[[EMAIL_ADDRESS:murat.erdogan@metu-planning.edu.tr]]",
    "STATEMENT OF [[PERSON:ESTHER ADJEI]]\n\nI am the manager of the Bridge Street branch. On [[DATE_TIME:14 February 2024]], at about 16:40, a woman came to the counter and tried to withdraw £2,500 from an account in the name of [[PERSON:Harold Pennington]], using a passport in that name ([[ID_NUMBER:544109872]]). The photograph did not match her, and I called the police. [[TITLE:Mr]] [[PERSON:Pennington]], [[AGE:79]], later confirmed he had lost the passport on [[DATE_TIME:9 January]].",
    "Dear [[PERSON:Sione]],\n\nThank you for your donation of NZ$150 on [[DATE_TIME:12 December]] to the cyclone recovery appeal. Your receipt number is R-2023-11847 and you can claim a tax credit of 33%. We have your address as [[ADDRESS:5 Moana Crescent]], [[LOCATION:Porirua]] [[ZIP_CODE:5024]]; if that has changed, reply to this email.\n\nWith gratitude,\n[[PERSON:Hinemoa Walker]]\nSupporter Care",
    "Verbale di riunione condominiale\n\nIl giorno [[DATE_TIME:15 marzo 2024]] alle ore 18:30, presso lo studio dell'amministratore [[TITLE:Dott.]] [[PERSON:Paolo Cattaneo]] in [[ADDRESS:Via Garibaldi 22]], [[LOCATION:Bergamo]], si è riunita l'assemblea. Presenti: [[PERSON:Lucia Bertolini]] (int. 4), [[PERSON:Giorgio Mancuso]] (int. 7), [[PERSON:Fabio Rinaldi]] (delega). Si approva il preventivo n. 118/24 per il rifacimento della facciata (€ 42.800).",
    "Accident report - playground\n\nDate: [[DATE_TIME:22/05/2024]]    Time: 12:35\nChild: [[PERSON:Noah Abiodun]], Reception class\nStaff on duty: [[TITLE:Miss]] [[PERSON:Kelly]], [[TITLE:Mr]] [[PERSON:Dunmore]]\n\n[[PERSON:Noah]] slipped on the wet climbing frame and bumped his forehead (small graze, no loss of consciousness). Cold compress applied. Mum ([[PERSON:Funmi]]) was informed by phone at 12:50 on [[PHONE_NUMBER:07956 210 448]] and a head-bump letter was sent home.",
    "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nCase No. 5:23-cv-00418\n\nMEMORANDUM AND ORDER\n\nPlaintiff [[PERSON:Rosa Delgado-Ibarra]], a [[NRP:Mexican]] national residing in [[LOCATION:Laredo]], [[LOCATION:Texas]], alleges that she was dismissed on [[DATE_TIME:March 3, 2022]], two days after complaining to her supervisor, [[PERSON:Dwayne Pruitt]], about unpaid overtime. Defendant Sunbelt Freight LLC moves to dismiss under Rule 12(b)(6). For the reasons below, the motion is DENIED.\n\nSO ORDERED on [[DATE_TIME:January 9, 2024]].\n\n[[PERSON:Marisol T. Vance]]\nUnited States District Judge",
    "HOJA DE VIDA\n\n[[PERSON:Valeria Inés Montoya]]\nFecha de nacimiento: [[DATE_TIME:12/08/1994]]\n[[ADDRESS:Carrera 43A # 14-109, apto 802]], [[LOCATION:Medellín]]\nCel. [[PHONE_NUMBER:+57 310 448 2917]] · [[EMAIL_ADDRESS:valeria.montoya.ing@gmail.com]]\n\nExperiencia: ingeniera de procesos en una planta de bebidas (2019-2024).\nIdiomas: español (nativo), inglés (C1).\nReferencia: [[PERSON:Hernán Restrepo]], [[PHONE_NUMBER:+57 300 217 6634]]",
    "ED NOTE [[DATE_TIME:2024-03-09]] 03:12\n[[AGE:71]]F brought in by ambulance from [[ADDRESS:44 Kestrel Way]], [[LOCATION:Basingstoke]] after a fall at home. Name: [[PERSON:Iris Templeman]]. NHS no. [[ID_NUMBER:401 227 6832]]. Lives alone; son [[PERSON:Graham]] is next of kin ([[PHONE_NUMBER:07700 418 223]]). GCS 15, shortened and externally rotated left leg, #NOF on X-ray; orthopaedics referral made. Allergy: penicillin (rash).",
    "Maple Court Residents' Newsletter - Spring\n\nA warm welcome to the [[PERSON:Okonkwo]] family, who moved into number 17 on [[DATE_TIME:3 February]]. Happy birthday to [[PERSON:Winifred Sayer]] at number 4, who turns [[AGE:100]] on [[DATE_TIME:12 April]]! The bin rota has changed; see the noticeboard by the lifts. Lost: a grey tabby called Pickle, aged 6 - please call [[PERSON:Deepa]] on [[PHONE_NUMBER:07385 204 117]] if you see him.",
    "Recorded statement of [[PERSON:Luis Alberto Guerrero]], taken by adjuster [[PERSON:Kim Tran]] on [[DATE_TIME:02/12/2024]].\n\nQ: Where were you when the accident happened?\nA: I was stopped at the light on Route 9 near the Walgreens in [[LOCATION:Framingham]]. A white Honda hit me from behind.\nQ: Did you get the other driver's details?\nA: Yes, her name was [[PERSON:Courtney Blaise]], Massachusetts license [[US_DRIVER_LICENSE:S41827309]], and her number is [[PHONE_NUMBER:508-771-3046]].",
    "[[DATE_TIME:10 April 2024]]\n\nDear [[PERSON:Kaveh]],\n\nWe are delighted to offer you the position of Backend Engineer at Lumen Analytics GmbH, starting on [[DATE_TIME:1 June 2024]] at our [[LOCATION:Berlin]] office, with an annual salary of EUR 78,000. Please send a copy of your residence permit ([[ID_NUMBER:Y0K4T7R93]]) to people@lumen-analytics.de before you start. Your manager will be [[PERSON:Friederike Stahl]].\n\nBest regards,\n[[PERSON:Jonas Albrecht]], Talent Team",
    "Travel insurance claim\nClaimant: [[PERSON:Hyun-ji Kang]]\nPolicy: TRV-88201-KR\nIncident: bag stolen at Sants station in [[LOCATION:Barcelona]] on [[DATE_TIME:8 October 2023]]\nItems: Sony camera (serial 4471882), passport [[ID_NUMBER:M48203917]] (replaced by the consulate on [[DATE_TIME:10 October 2023]])\nPolice report: denuncia 2023/BCN/118845\nPay to: Kookmin Bank account [[ID_NUMBER:004-21-0771-835]]",
    "Board of Trustees - minutes of [[DATE_TIME:21 March 2024]]\nPresent: [[PERSON:Abimbola Fashanu]] (Chair), [[PERSON:Lars Eklund]] (Treasurer), [[PERSON:Yasmin El-Amin]], [[PERSON:Hugh Devereux]]\nIn attendance: [[PERSON:Carys]] (minutes)\n\nThe Treasurer reported reserves of £214k. [[PERSON:Hugh]] declared an interest in item 4 (lease of the Dockside workshop) and left the room. The board approved grant G-2024-07 of £12,500. [[PERSON:Yasmin]] will step down after the AGM on [[DATE_TIME:18 July]].",
    "Parent-teacher conference summary\nStudent: [[PERSON:Jayden Morales-Cruz]], Grade 3, student ID [[ID_NUMBER:2031447]]\nTeacher: [[TITLE:Ms.]] [[PERSON:Halloran]]\nDate: [[DATE_TIME:November 14]]\n\n[[PERSON:Jayden]] reads at level M and grew 38 points on the fall MAP test. He sometimes struggles to stay seated after lunch. His abuela, [[PERSON:Carmen]], attended and asked for homework instructions in Spanish. Next check-in: [[DATE_TIME:January 23]].",
    "[[TITLE:Mr]] [[PERSON:Siddharth Rao]]\n[[ADDRESS:Apartment 6, 21 Whitworth Street West]]\n[[LOCATION:Manchester]] [[ZIP_CODE:M1 5ND]]\n\n[[DATE_TIME:4 January 2024]]\n\nYour account ending 0931\n\nDear [[TITLE:Mr]] [[PERSON:Rao]],\n\nWe have blocked your debit card after payments in [[LOCATION:Lagos]] and [[LOCATION:Kuala Lumpur]] on [[DATE_TIME:2 January]] that you told us were not yours. A replacement card will arrive within 5 working days. If you did not contact us, call the number on the back of your card.\n\nYours sincerely,\nFraud Operations",
    "Security incident SI-0412\nReported by: [[PERSON:Marta Sobczak]] ([[EMAIL_ADDRESS:m.sobczak@vistula-logistics.pl]])\n\nOn [[DATE_TIME:9 April 2024]] at 08:55 she received an email that appeared to come from our CFO, [[PERSON:Grzegorz Lis]], asking for an urgent transfer of 48,000 PLN. The message came from [[IP_ADDRESS:45.133.1.202]] and the reply-to address was [[EMAIL_ADDRESS:g.lis.cfo@proton.me]]. No payment was made. SHA-256 of the attachment begins 3f9a1c77e0b24d8a.",
    "In memoriam\n\nOur colleague [[TITLE:Dr]] [[PERSON:Anneliese Brandt]], who led the chemistry department from 1998 until her retirement, died on [[DATE_TIME:28 January]] in [[LOCATION:Freiburg]] at the age of [[AGE:76]]. Generations of students will remember her lectures on the Diels-Alder reaction and her patience in the lab. Condolences may be passed to her husband, [[PERSON:Klaus]], through the department office at chemie-office@hochschule-suedbaden.de.",
    "Huurovereenkomst woonruimte\n\nOndergetekenden [[PERSON:Pieter-Jan Bosman]], verhuurder, en [[PERSON:Ayşe Yılmaz-de Groot]], geboren [[DATE_TIME:17-06-1995]], huurder, verklaren dat de woning aan de [[ADDRESS:Weimarstraat 140-A]], [[ZIP_CODE:2562 HH]] [[LOCATION:Den Haag]] per [[DATE_TIME:1 september 2024]] wordt verhuurd voor € 1.150 per maand. De huur wordt voldaan op rekening [[IBAN_CODE:NL05 ABNA 0482 1937 75]].",
    "Case note - [[DATE_TIME:7 March 2024]]\nClient: [[PERSON:Tesfaye Haile Gebremedhin]], [[NRP:Eritrean]]\n\nMet at the Tuesday drop-in. He is staying with his cousin [[PERSON:Yonas]] at [[ADDRESS:27 Beeston Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS11 6AP]] and has lost his phone; new number [[PHONE_NUMBER:07451 992 038]]. His biometric residence permit number is [[ID_NUMBER:ZU7044183]]. Next appointment [[DATE_TIME:21 March]] at 2pm; Tigrinya interpreter booked.",
    "[[ADDRESS:8 Thistle Road]]\n[[LOCATION:Dundee]]\n[[ZIP_CODE:DD3 6QJ]]\n\n[[DATE_TIME:30 April 2024]]\n\nDear Sir or Madam,\n\nRe: pothole outside my house, report no. PH-77013\n\nI first reported this on [[DATE_TIME:2 March]] and nothing has been done. On [[DATE_TIME:27 April]] my neighbour, [[PERSON:Morag Lindsay]], tripped over it and broke her wrist. Please repair it before someone else is hurt.\n\nYours faithfully,\n\n[[PERSON:Alasdair Buchanan]]\n[[PHONE_NUMBER:01382 668 214]]",
]

CHAT = [
    "hey its [[PERSON:marisol]] 🙂 new number is [[PHONE_NUMBER:347 882 1093]] save it pls",
    "Agent: Thanks for contacting Brightline support, can I have your full name?\nCustomer: [[PERSON:Obafemi Adeyeye]]\nAgent: And the email on the account?\nCustomer: [[EMAIL_ADDRESS:femi.adeyeye@gmail.com]]\nAgent: Thanks [[PERSON:Obafemi]], I can see order 55-1182 is held at the depot.",
    "omg [[PERSON:jess]] just told me [[PERSON:tay]] moved to [[LOCATION:leeds]] without telling anyone 😭😭",
    "[10:42] [[USERNAME:kai.dev]]: can someone reset my vpn token, locked out again\n[10:43] [[USERNAME:priya.n]]: done, try now. your box is still [[IP_ADDRESS:10.20.4.77]] right?\n[10:44] [[USERNAME:kai.dev]]: yep ty 🙏",
    "Caller: hi yeah I'm ringing about my mum, [[PERSON:Beryl Hatch]], she's [[AGE:88]] and she had a fall last night.\nOperator: Okay, what's the address?\nCaller: It's [[ADDRESS:21 Foxglove Close]], [[LOCATION:Swindon]].\nOperator: And a number to call you back on?\nCaller: [[PHONE_NUMBER:07934 220 816]].",
    "yo [[PERSON:dre]] u still got that ps5? [[PERSON:marcus]] says he'll give 300 for it",
    "Hola [[PERSON:Javi]]! Te paso la dirección para el sábado: [[ADDRESS:calle Sagasta 14, 3ºD]], timbre '[[PERSON:Ruiz]]'. Mi móvil por si acaso: [[PHONE_NUMBER:654 31 82 09]] 🎉",
    "#general\n[[USERNAME:moonpie_ttv]]: whos streaming tonight\n[[USERNAME:xenoblaze]]: me at 9 est, link in bio\n[[USERNAME:moonpie_ttv]]: bet, tell [[PERSON:harrison]] to hop in vc",
    "mum says nana's new address is [[ADDRESS:flat 4, 12 ashgrove rd]] [[ZIP_CODE:BS7 9LL]] so send the card there xx",
    "Customer: hi my card got declined twice 😡 number is [[CREDIT_CARD:4485 3170 9926 0519]]\nAgent: Please don't share full card numbers in chat! I've masked it on our side. Can you confirm your postcode?\nCustomer: [[ZIP_CODE:G12 8QQ]]",
    "Salut [[PERSON:Mathilde]] ! C'est [[PERSON:Hugo]], j'ai perdu ton num, tu peux me rappeler au [[PHONE_NUMBER:06 48 27 19 53]] ? Bisous",
    "hey is this [[PERSON:Rohan]]?? got ur number from [[PERSON:ananya]] about the room, is it still free? im [[PERSON:kabir]] btw, [[AGE:23]], doing my masters at the uni",
    "[21:14] [[PERSON:Tolu]]: did [[PERSON:Dapo]] send you his account details?\n[21:15] [[PERSON:Bisi]]: yes, GTBank [[ID_NUMBER:0174829316]], [[PERSON:Dapo Ogunbiyi]]\n[21:15] [[PERSON:Tolu]]: 👍🏾",
    "Agent: Thank you for holding. For security, can you give me the first line of your address and your date of birth?\nCustomer: [[ADDRESS:9 Orchard Way]], and the [[DATE_TIME:4th of June 1969]]\nAgent: Perfect, thank you [[TITLE:Mrs]] [[PERSON:Pemberton]].",
    "Hallo [[PERSON:Jens]], kannst du mir die Nummer von [[TITLE:Frau]] [[PERSON:Albers]] schicken? Ich brauche sie für den Elternabend am [[DATE_TIME:14. Mai]]. Danke! [[PERSON:Steffi]]",
    "lol [[PERSON:Faith]] and [[PERSON:Hope]] are literally twins who named their dogs charity and grace 💀",
    "my venmo is [[USERNAME:Tanya-Okoro-3]] for the concert tix, $85 each 🎟️",
    "Customer: hi, i moved, new address is [[ADDRESS:455 ridgeview dr apt 12]] [[LOCATION:boise]] [[LOCATION:id]] [[ZIP_CODE:83702]]\nAgent: Thanks! Updated. Is [[PHONE_NUMBER:208-440-1937]] still the best number?\nCustomer: ya",
    "Oi [[PERSON:Rafa]], tudo bem? Manda o pix pra [[EMAIL_ADDRESS:carol.mendes88@gmail.com]] que eu te devolvo amanhã 😘 bjs [[PERSON:Carol]]",
    "[[PERSON:Dave]]: whats the wifi pw\n[[PERSON:Ellie]]: BlueFrog_2291\n[[PERSON:Dave]]: and the router ip?\n[[PERSON:Ellie]]: [[IP_ADDRESS:192.168.1.254]]",
    "heyyy [[PERSON:soph]] its [[PERSON:meg]] 💕 happy bday!!! cant believe ur [[AGE:30]] 🎂🥂",
    "Ciao [[PERSON:Francesca]], sono [[PERSON:Marco]] del corso di yoga. Il mio numero è [[PHONE_NUMBER:347 182 0946]], scrivimi quando vuoi per il passaggio di giovedì 🙂",
    "Agent: Can I take the policy number?\nCaller: uh yeah it's HX 4410 778\nAgent: And the name on the policy?\nCaller: [[PERSON:Dermot Quill]], Q-U-I-L-L\nAgent: Date of birth?\nCaller: [[DATE_TIME:twelfth of May eighty-one]]",
    "new phone who dis 😂 jk its [[PERSON:Tyler]], lost my old one at [[PERSON:Brandon]]'s party. this is my number now [[PHONE_NUMBER:(512) 660-2193]]",
    "Hoi! Ik ben [[PERSON:Sanne]], de nieuwe buurvrouw van nummer 12. Mijn 06 is [[PHONE_NUMBER:06-18294037]], app me als er iets is met het pakketje 📦",
    "Cześć [[PERSON:Kasia]]! Przelej proszę kasę za bilety na [[IBAN_CODE:PL28 1140 2004 0000 3602 1774 8851]] (konto [[PERSON:Michała Zająca]]), w tytule: koncert 😄",
    "Agent: Good afternoon, you're chatting with [[PERSON:Lwazi]]. How can I help?\nCustomer: hi my name is [[PERSON:Retha van Niekerk]], the technician never pitched yesterday. my account no is [[ID_NUMBER:30044817726]]\nAgent: Sorry about that, [[PERSON:Retha]]. Let me rebook.",
    "ok so the guy from marketplace is [[PERSON:Vusi]], he said meet at the Shell garage in [[LOCATION:Claremont]] at 5, his number [[PHONE_NUMBER:0823319045]] if im late",
    "dude i think [[PERSON:ryan]]'s ig got hacked, someone posted a crypto giveaway and changed the handle to [[USERNAME:ryanb_official_giveaway]] 🚩",
    "[[PERSON:Shreya]]: can you send me [[PERSON:Olamide]]'s personal email? need it for the offboarding pack\n[[PERSON:Ben]]: it's [[EMAIL_ADDRESS:olamide.k.adewale@gmail.com]] but check with HR first",
    "hi is this the plumber? [[PERSON:gwen]] here from [[ADDRESS:27 elm st]], the leak under the sink is back 😩 im home after 4, [[PHONE_NUMBER:860 417 2295]]",
    "morning! [[PERSON:lasse]] here from the flatshare, forwarding address for post is [[ADDRESS:Bahrenfelder Str. 201]], [[ZIP_CODE:22765]] [[LOCATION:Hamburg]] 📮 cheers",
    "Customer: why was i charged twice??? order 8841-2203\nAgent: I'm sorry about that! Could you confirm the email on the order?\nCustomer: [[EMAIL_ADDRESS:bigdaddyjoe1977@aol.com]]\nAgent: Thanks [[PERSON:Joseph]]. I can see two authorisations of $64.99; one will drop off in 3-5 days.",
    "gm frens 🌞 send the airdrop to [[ID_NUMBER:0x91dE4b07aC3f55e1B26d8c90F7a4e3c218B5d60F]] pls, i'm [[USERNAME:cryptokat_eth]] on x",
    "[[USERNAME:pogchamp_larry]]: W stream\n[[USERNAME:nyx_vt]]: ty [[PERSON:larry]]!! 💜\n[[USERNAME:sleepy_otter42]]: what's the song",
    "Hola, soy [[PERSON:Guadalupe]] ([[PERSON:Lupita]]), la vecina del 3B. Encontré un paquete a nombre de [[PERSON:Esteban Cárdenas]], te lo dejo en portería 😊",
    "[[PERSON:Mike]] this is [[PERSON:Sheryl]] from Oakridge Dental, can you confirm your appt on [[DATE_TIME:Jan 14]] at 3:15? reply Y or call [[PHONE_NUMBER:919-882-4406]]",
    "[[PERSON:ade]] pls remind [[PERSON:kunle]] the rent is due friday, and the landlord's number changed to [[PHONE_NUMBER:07488 302 117]]",
    "Bonjour, je suis [[PERSON:Aminata Diallo]], je vous écris pour le logement au [[ADDRESS:12 rue des Poissonniers]]. J'ai [[AGE:26]] ans, je suis infirmière. Une visite samedi serait possible ? [[PHONE_NUMBER:07 81 44 20 39]]",
    "my dentist is literally called [[TITLE:dr]] [[PERSON:fang]] 😭 and his hygienist is [[PERSON:candy]]",
    "Customer: my son [[PERSON:Elijah]] is [[AGE:12]], can he open a junior account?\nAgent: Yes! We'll need his birth certificate and your ID. What's his date of birth?\nCustomer: [[DATE_TIME:Sept 30 2011]]",
    "[[PERSON:Adwoa]] 🙏 pls send me [[PERSON:Kojo]]'s momo number\n> it's [[PHONE_NUMBER:024 771 3382]], name on it is [[PERSON:Kojo Boakye]]",
    "heyy its [[PERSON:summer]] from the gym 🏋️‍♀️ [[PERSON:reed]] gave me ur number, r u still selling the bike?",
    "Agent: Hi, this is [[PERSON:Kat]] from Nimbus Broadband. I can see a fault on the line to [[ADDRESS:3 Lantern Mews]].\nCustomer: finally!! it's been down since sunday. pls call my partner [[PERSON:Stu]] instead on [[PHONE_NUMBER:07911 553 208]], i'm at work",
    "class reunion dinner is on [[DATE_TIME:22 June]]!! confirm with [[PERSON:Chiara]] by friday on [[PHONE_NUMBER:+39 333 418 7725]] 🍝",
    "Olá [[TITLE:Dona]] [[PERSON:Fátima]], aqui é o [[PERSON:Jorge]] do prédio. A encomenda da senhora chegou e fica na portaria até às 19h. O meu contacto é [[PHONE_NUMBER:912 448 073]].",
    "[[PERSON:Tomek]]: siema, jaki masz adres? wysyłam paczkę\n[[PERSON:Bartek]]: [[ADDRESS:ul. Piotrkowska 104/7]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]]\n[[PERSON:Tomek]]: git 👍",
    "Klant: ik wil graag mijn adres wijzigen naar [[ADDRESS:Kerkstraat 8]], [[ZIP_CODE:5211 KD]] [[LOCATION:'s-Hertogenbosch]]\nMedewerker: Dat kan. Wat is uw klantnummer?\nKlant: [[ID_NUMBER:100447382]]",
    "hey [[PERSON:Jo]] can u grab [[PERSON:Lily]] from school today? stuck on the M6. her teacher is [[TITLE:Mrs]] [[PERSON:Young]] and the code word is pineapple 🍍",
    "[[USERNAME:gr8_ful_dad]] wrote: my daughter [[PERSON:Willow]] is [[AGE:7]] and terrified of water, anyone know a patient swim school in [[LOCATION:Bristol]]?",
]

STRUCT = [
    "Name: [[PERSON:Ruairí Mac Giolla]]\nDOB: [[DATE_TIME:1979-10-02]]\nPPSN: [[ID_NUMBER:7340612WA]]\nAddress: [[ADDRESS:4 Sandymount Green]], [[LOCATION:Dublin 4]]\nEircode: [[ZIP_CODE:D04 K7P1]]\nMobile: [[PHONE_NUMBER:087 662 1904]]\nEmail: [[EMAIL_ADDRESS:ruairi.macgiolla@eircom.net]]",
    "09:12:44 INFO auth login ok user=[[USERNAME:mkowalski]] ip=[[IP_ADDRESS:83.24.190.12]] ua=\"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0\"\n09:13:02 WARN auth mfa retry user=[[USERNAME:mkowalski]] ip=[[IP_ADDRESS:83.24.190.12]]\n09:15:37 INFO api build=7.4.1.220 node=[[IP_ADDRESS:10.0.8.31]] latency_ms=212",
    "From: [[PERSON:Ingeborg Lund]] <[[EMAIL_ADDRESS:ingeborg.lund@telia.se]]>\nTo: [[PERSON:Per-Olof Strand]] <[[EMAIL_ADDRESS:pos@strandbygg.se]]>\nCc: faktura@strandbygg.se\nSubject: Offert 2024-118 köksrenovering\nMessage-ID: <CAF44710.9921@telia.se>\nReceived: from mail.telia.se ([[IP_ADDRESS:81.236.44.102]]) by mx2.strandbygg.se",
    "BEGIN:VCARD\nVERSION:3.0\nN:[[PERSON:Okonjo]];[[PERSON:Chiamaka]];;;\nFN:[[PERSON:Chiamaka Okonjo]]\nORG:Harbourline Shipping\nTITLE:Claims Handler\nTEL;TYPE=CELL:[[PHONE_NUMBER:+44 7395 118 024]]\nEMAIL:[[EMAIL_ADDRESS:chiamaka.okonjo@harbourline.co.uk]]\nADR;TYPE=HOME:;;[[ADDRESS:58 Wavertree Road]];[[LOCATION:Liverpool]];;[[ZIP_CODE:L7 1PH]];[[LOCATION:United Kingdom]]\nBDAY:[[DATE_TIME:1990-03-27]]\nEND:VCARD",
    "employee_id,first_name,last_name,email,phone,start_date\n[[ID_NUMBER:100482]],[[PERSON:Aigerim]],[[PERSON:Nurlanovna]],[[EMAIL_ADDRESS:a.nurlanovna@steppe-soft.kz]],[[PHONE_NUMBER:+7 701 448 2093]],[[DATE_TIME:2022-02-14]]\n[[ID_NUMBER:100517]],[[PERSON:Bolat]],[[PERSON:Seitkali]],[[EMAIL_ADDRESS:b.seitkali@steppe-soft.kz]],[[PHONE_NUMBER:+7 777 210 6631]],[[DATE_TIME:2023-09-01]]",
    "patient_id\tname\tsex\tage\tward\n[[ID_NUMBER:MRN-227104]]\t[[PERSON:Hallgrímur Jónsson]]\tM\t[[AGE:74]]\t5C\n[[ID_NUMBER:MRN-227188]]\t[[PERSON:Sigrún Ólafsdóttir]]\tF\t[[AGE:69]]\t5C",
    '{"user": {"name": "[[PERSON:Beatriz Queiroz]]", "email": "[[EMAIL_ADDRESS:bia.queiroz@uol.com.br]]", "cpf": "[[ID_NUMBER:407.118.239-62]]", "last_ip": "[[IP_ADDRESS:177.92.14.203]]", "plan": "premium", "app_version": "3.18.2"}}',
    "--- Contact form submission ---\nfull_name=[[PERSON:Teodora Ilieva]]\nemail=[[EMAIL_ADDRESS:teodora.ilieva@abv.bg]]\nphone=[[PHONE_NUMBER:+359 88 714 2036]]\ncity=[[LOCATION:Plovdiv]]\nmessage=Please call me about listing #A-2291, is the balcony south-facing?\nconsent=true\nsubmitted_from=[[IP_ADDRESS:212.5.149.66]]",
    "MSH|^~\\&|LABSYS|NORTHGATE|EHR|NORTHGATE|||ORU^R01|MSG00418|P|2.5\nPID|1||[[ID_NUMBER:00731842]]^^^NGH^MR||[[PERSON:ADEWUMI]]^[[PERSON:BABATUNDE]]^[[PERSON:K]]||[[DATE_TIME:19620714]]|M|||[[ADDRESS:22 CANAL ST]]^^[[LOCATION:ROCHDALE]]^^[[ZIP_CODE:OL16 1QT]]||[[PHONE_NUMBER:01706 443 210]]\nOBX|1|NM|2345-7^GLUCOSE^LN||6.8|mmol/L|3.9-7.8|N|||F",
    "ST*834*0001~\nINS*Y*18*021*28*A***FT~\nREF*0F*[[ID_NUMBER:W448102937]]~\nNM1*IL*1*[[PERSON:FONTAINE]]*[[PERSON:LUCILLE]]*[[PERSON:M]]***34*[[US_SSN:519402278]]~\nN3*[[ADDRESS:1420 BAYOU ROAD APT 2]]~\nN4*[[LOCATION:NEW ORLEANS]]*[[LOCATION:LA]]*[[ZIP_CODE:70119]]~\nDMG*D8*[[DATE_TIME:19840522]]*F~\nSE*8*0001~",
    "SHIP TO:\n[[PERSON:AKOSUA FRIMPONG]]\n[[ADDRESS:3307 GREENMOUNT AVE APT 2F]]\n[[LOCATION:BALTIMORE]] [[LOCATION:MD]] [[ZIP_CODE:21218-3904]]\n[[PHONE_NUMBER:(443) 826-1170]]\n\nUSPS PRIORITY MAIL 2-DAY\nTRACKING #: 9405 5036 9930 0418 2276 14\nWEIGHT: 2 LB 3 OZ",
    "Vorname: [[PERSON:Friedhelm]]\nNachname: [[PERSON:Kästner-Uhl]]\nGeburtsdatum: [[DATE_TIME:03.02.1958]]\nStraße: [[ADDRESS:Bergstraße 12]]\nPLZ/Ort: [[ZIP_CODE:69120]] [[LOCATION:Heidelberg]]\nTelefon: [[PHONE_NUMBER:06221 478 302]]\nIBAN: [[IBAN_CODE:DE88 1203 0000 0017 7209 34]]\nBIC: BYLADEM1001",
    "[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:jmarsh]] 10:22:31 \"GET /account/settings HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15\"\n[[IP_ADDRESS:198.51.100.23]] - - 10:22:35 \"GET /static/app.4.2.1.js HTTP/1.1\" 304 0",
    "INSERT INTO customers (full_name, email, phone, dob) VALUES ('[[PERSON:Hamza Qureshi]]', '[[EMAIL_ADDRESS:hamza.q@btinternet.com]]', '[[PHONE_NUMBER:07861 440 219]]', '[[DATE_TIME:1987-12-03]]');",
    "contact:\n  name: [[PERSON:Signe Karlsson]]\n  role: Procurement lead\n  phone: \"[[PHONE_NUMBER:+46 70 771 23 84]]\"\n  email: [[EMAIL_ADDRESS:signe.karlsson@granskog.se]]\nbilling:\n  iban: [[IBAN_CODE:SE02 3000 0000 0338 7125 9060]]\n  bic: NDEASESS\n  vat: SE556677889901",
    "APPLICATION FOR PASSPORT (extract)\nLast name: [[PERSON:HOLLOWAY-REYES]]\nFirst and middle: [[PERSON:DANIEL JAVIER]]\nDate of birth: [[DATE_TIME:07/19/1992]]\nPlace of birth: [[LOCATION:SAN ANTONIO]], [[LOCATION:TX]]\nSSN: [[US_SSN:468-22-9031]]\nMost recent passport: [[US_PASSPORT:569104872]]\nEmail: [[EMAIL_ADDRESS:djhreyes@gmail.com]]\nPhone: [[PHONE_NUMBER:210-693-0137]]",
    "order_id,customer,ship_zip,total,card_last4\nSO-10441,[[PERSON:Imani Clarke]],[[ZIP_CODE:30318]],129.95,4417\nSO-10442,[[PERSON:Ruben Ortiz]],[[ZIP_CODE:78704]],54.00,0938\nSO-10443,[[PERSON:Hye-won Seo]],[[ZIP_CODE:98105]],18.50,2206",
    '{"cluster": "prod-eu", "nodes": ["[[IP_ADDRESS:10.42.0.11]]", "[[IP_ADDRESS:10.42.0.12]]"], "image": "api:2.14.0", "replicas": 3, "owner_email": "platform-team@corp.example"}',
    "BEGIN:VCARD\nVERSION:4.0\nFN:[[PERSON:Élodie Marchand]]\nN:[[PERSON:Marchand]];[[PERSON:Élodie]];;[[TITLE:Mme]];\nTEL;TYPE=work:[[PHONE_NUMBER:+33 4 91 37 22 08]]\nADR;TYPE=work:;;[[ADDRESS:27 quai de Rive-Neuve]];[[LOCATION:Marseille]];;[[ZIP_CODE:13007]];[[LOCATION:France]]\nURL:[[URL:https://elodie-marchand.fr]]\nEND:VCARD",
    "PID|1||[[ID_NUMBER:4471920]]^^^STMARY^MR~[[ID_NUMBER:4851193025]]^^^NHS^NH||[[PERSON:PATEL]]^[[PERSON:MEERA]]^^^[[TITLE:MRS]]||[[DATE_TIME:19751103]]|F|||[[ADDRESS:Flat 5, 9 Gloucester Place]]^^[[LOCATION:LONDON]]^^[[ZIP_CODE:W1U 8JA]]||[[PHONE_NUMBER:020 7946 0321]]\nPV1|1|I|WARD10^B4^2||||^[[PERSON:OKAFOR]]^[[PERSON:IKE]]^^^[[TITLE:DR]]",
    "Nombre: [[PERSON:Rocío Medina Paredes]]\nNIE: [[ID_NUMBER:Y4418302Q]]\nFecha de nacimiento: [[DATE_TIME:22/11/1988]]\nDomicilio: [[ADDRESS:Avenida del Puerto 71, 2º 3ª]], [[ZIP_CODE:46023]] [[LOCATION:Valencia]]\nMatrícula: [[ID_NUMBER:4471 KLM]]\nTeléfono: [[PHONE_NUMBER:612 904 338]]",
    "sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:45.95.147.236]] port 51522 ssh2\nsshd[21877]: Accepted publickey for [[USERNAME:tnakagawa]] from [[IP_ADDRESS:2001:4860:7:60a::f4]] port 40118 ssh2: ED25519 SHA256:Yd4kP0qv8xN1rT7uZbWm2c9Lf6sA3hG5eJ0oK8iQwXs",
    "name,age,team,emergency_contact\n[[PERSON:Keoni Akana]],[[AGE:11]],U12 Sharks,[[PHONE_NUMBER:808-392-4471]]\n[[PERSON:Isla Fernández]],[[AGE:10]],U12 Sharks,[[PHONE_NUMBER:808-226-9053]]\n[[PERSON:Malakai Vea]],[[AGE:12]],U12 Reef,[[PHONE_NUMBER:808-771-3340]]",
    "From: \"[[PERSON:Rahul Menon]]\" <[[EMAIL_ADDRESS:rahul.menon@outlook.in]]>\nReply-To: [[EMAIL_ADDRESS:rmenon.travel@gmail.com]]\nTo: bookings@keralatrails.in\nSubject: Re: Booking KT-2024-4471 for 2 adults\nX-Originating-IP: [[IP_ADDRESS:49.207.218.35]]\nX-Mailer: Microsoft Outlook 16.0",
    '{"event": "charge.succeeded", "amount": 4999, "currency": "cad", "billing_details": {"name": "[[PERSON:Quentin Abernathy-Cole]]", "email": "[[EMAIL_ADDRESS:qac@fastmail.com]]", "address": {"line1": "[[ADDRESS:771 Hollis Street]]", "city": "[[LOCATION:Halifax]]", "state": "[[LOCATION:NS]]", "postal_code": "[[ZIP_CODE:B3J 1V3]]"}}, "card": {"brand": "visa", "last4": "0519", "exp_month": 4}}',
    "STUDENT REGISTRATION\nStudent name ........ [[PERSON:Ngo Bao Tran]]\nDate of birth ....... [[DATE_TIME:09-02-2013]]\nGrade ............... 6\nParent/guardian ..... [[PERSON:Ngo Van Minh]]\nHome phone .......... [[PHONE_NUMBER:(714) 893-2217]]\nHome address ........ [[ADDRESS:10482 Bolsa Ave, Unit 9]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]\nLanguage at home .... Vietnamese",
    "Shimei: [[PERSON:Fujimoto Kaori]]\nSeinengappi: [[DATE_TIME:1991/06/08]]\nYubin bango: [[ZIP_CODE:530-0001]]\nJusho: [[ADDRESS:2-4-9 Umeda]], [[LOCATION:Kita-ku]], [[LOCATION:Osaka]]\nDenwa: [[PHONE_NUMBER:06-6341-7720]]\nMeru: [[EMAIL_ADDRESS:kaori.f@ezweb.ne.jp]]",
    "door=LAB-2 badge=[[ID_NUMBER:00447812]] holder=[[PERSON:Ferreira]], [[PERSON:Joana]] result=GRANTED time=07:58:12\ndoor=LAB-2 badge=[[ID_NUMBER:00451190]] holder=[[PERSON:Ansah]], [[PERSON:Kojo]] result=DENIED time=08:03:40",
    "DHL EXPRESS WORLDWIDE\nFrom: [[PERSON:Kerstin Vogel]], [[ADDRESS:Hauptstraße 118]], [[ZIP_CODE:8010]] [[LOCATION:Graz]], [[LOCATION:AT]]\nTo: [[PERSON:Gopal Krishnan Iyer]], [[ADDRESS:7, 3rd Cross Road]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], [[LOCATION:IN]]\nTel: [[PHONE_NUMBER:+91 80 4127 7731]]\nWaybill: 48 2210 7735\nContents: printed books, 2 pcs, EUR 38.00",
    "txn_id,description,amount,balance\nT-88120,SALARY LUMEN ANALYTICS,3850.00,4102.18\nT-88121,TRANSFER TO [[PERSON:M OKAFOR]] [[IBAN_CODE:GB16 NWBK 5540 1822 0933 17]],-250.00,3852.18\nT-88122,TESCO STORES 2291,-42.17,3810.01",
    "CLASS: C\nDL NO: [[US_DRIVER_LICENSE:F2294417]]\nLN: [[PERSON:NAKAGAWA]]\nFN: [[PERSON:TOMOKO ANN]]\nDOB: [[DATE_TIME:02/11/1976]]\nADDR: [[ADDRESS:2240 KAPIOLANI BLVD APT 1507]], [[LOCATION:HONOLULU]], [[LOCATION:HI]] [[ZIP_CODE:96826]]\nSEX: F  HGT: 5-04  EYES: BRN\nEXP: 02/11/2029",
    "DB_HOST=[[IP_ADDRESS:172.31.14.9]]\nDB_USER=svc_billing\nDB_PASSWORD=hunter2-Prod!\nADMIN_EMAIL=[[EMAIL_ADDRESS:sergei.volkov@paylane-tech.com]]\nAPP_VERSION=5.2.0.1\nWORKERS=8",
    "row\tinitials\tage\tsex\tsite\n1\t[[PERSON:K.M.]]\t[[AGE:57]]\tF\t[[LOCATION:Kraków]]\n2\t[[PERSON:T.W.]]\t[[AGE:63]]\tM\t[[LOCATION:Poznań]]\n3\t[[PERSON:A.J.]]\t[[AGE:48]]\tF\t[[LOCATION:Kraków]]",
    '{"username": "[[USERNAME:amaru.condori]]", "display_name": "[[PERSON:Amaru Condori]]", "bio": "[[NRP:Bolivian]] photographer based in [[LOCATION:La Paz]]", "website": "[[URL:https://amarucondori.photo]]", "followers": 18240}',
    "N1*ST*[[PERSON:MARGUERITE DELACROIX]]~\nN3*[[ADDRESS:88 RUE SAINT-DENIS APP 4]]~\nN4*[[LOCATION:MONTREAL]]*[[LOCATION:QC]]*[[ZIP_CODE:H2X 3K4]]*[[LOCATION:CA]]~\nPER*IC**TE*[[PHONE_NUMBER:5148820417]]~\nREF*BM*BOL448210~\nTD5**2*FDEG~",
    "POST /signup\nfirst=[[PERSON:Hemi]]&last=[[PERSON:Te Awa]]&email=[[EMAIL_ADDRESS:hemi.teawa@gmail.com]]&dob=[[DATE_TIME:1998-04-30]]&plan=gold&promo=SPRING24",
    "KYC FORM\nApplicant: [[PERSON:Meenakshi Sundaram]]\nFather's name: [[PERSON:R. Sundaram]]\nDOB: [[DATE_TIME:15-08-1983]]\nPAN: [[ID_NUMBER:CKQPS5512L]]\nAadhaar: XXXX XXXX 7731\nAddress: [[ADDRESS:Old No. 12, New No. 27, Luz Church Road]], [[LOCATION:Mylapore]], [[LOCATION:Chennai]] [[ZIP_CODE:600004]]\nMobile: [[PHONE_NUMBER:+91 98401 55620]]",
    "| Name | Role | Ext | Mobile |\n|---|---|---|---|\n| [[PERSON:Astrid Nilsen]] | Site lead | 2210 | [[PHONE_NUMBER:+47 913 44 820]] |\n| [[PERSON:Emeka Nwosu]] | Safety officer | 2214 | [[PHONE_NUMBER:+47 402 18 773]] |\n| [[PERSON:Joanna Wrona]] | Planner | 2219 | [[PHONE_NUMBER:+47 918 07 346]] |",
    "BEGIN:VEVENT\nSUMMARY:Physio - [[PERSON:Hamid Sadeghi]]\nDTSTART:[[DATE_TIME:20240517]]T093000\nLOCATION:[[ADDRESS:14 Kingsland High Street]], [[LOCATION:London]] [[ZIP_CODE:E8 2JS]]\nATTENDEE;CN=[[PERSON:Hamid Sadeghi]]:mailto:[[EMAIL_ADDRESS:hamid.sadeghi@gmx.co.uk]]\nEND:VEVENT",
    "donor_id,name,postcode,gift_aid,amount\n[[ID_NUMBER:D-004418]],[[PERSON:Gwendolyn Price]],[[ZIP_CODE:CF10 3NP]],Y,25.00\n[[ID_NUMBER:D-004419]],[[PERSON:Idris Howell]],[[ZIP_CODE:SA1 4PF]],N,10.00",
    "action=block src=[[IP_ADDRESS:94.102.49.190]] dst=[[IP_ADDRESS:192.168.10.5]] dport=3389 proto=tcp rule=RDP-IN\naction=allow src=[[IP_ADDRESS:192.168.10.44]] dst=[[IP_ADDRESS:142.250.185.78]] dport=443 proto=tcp user=[[USERNAME:a.obrien]]",
    "Cognome: [[PERSON:Esposito]]\nNome: [[PERSON:Gennaro]]\nCodice fiscale: [[ID_NUMBER:SPSGNR79H14F839W]]\nResidenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]] ([[LOCATION:NA]])\nCellulare: [[PHONE_NUMBER:339 204 7718]]\nPEC: [[EMAIL_ADDRESS:gennaro.esposito@pec.it]]",
    "commit e04b71c9d2a35f8816c0b4e7a9d3f2c15b68e0a4\nAuthor: [[PERSON:Nadia Boulahrouz]] <[[EMAIL_ADDRESS:nadia.b@users.noreply.github.com]]>\n\n    Fix off-by-one in pager (closes #4471)\n\ncommit 7c1d09e8b3f24a6650e9d1c2b7a48f3e0d5c6b21\nAuthor: dependabot[bot] <support@github.com>\n\n    Bump lodash from 4.17.20 to 4.17.21",
    "FICHA DE HÓSPEDE\nNome: [[PERSON:Luiza Helena Bittencourt]]\nNacionalidade: [[NRP:brasileira]]\nRG: [[ID_NUMBER:34.118.207-6]]\nData de nascimento: [[DATE_TIME:02/09/1979]]\nProcedência: [[LOCATION:Florianópolis]]/[[LOCATION:SC]]\nQuarto: 412\nPlaca do veículo: [[ID_NUMBER:QHK7B31]]",
    "Ordering customer: [[PERSON:Mathias Peeters]], [[ADDRESS:Kortrijksesteenweg 410]], [[ZIP_CODE:9000]] [[LOCATION:Gent]]\nAccount: [[IBAN_CODE:BE67 0014 8207 7316]]\nBeneficiary: [[PERSON:Amani Njoroge]]\nBeneficiary account: [[ID_NUMBER:1180294471635]]\nBeneficiary bank SWIFT: KCBLKENX\nAmount: EUR 1,200.00\nRemittance info: school fees term 2",
    '[{"name": "[[PERSON:Fergus McTaggart]]", "tel": "[[PHONE_NUMBER:0131 557 2093]]"}, {"name": "[[PERSON:Ailsa Munro]]", "tel": "[[PHONE_NUMBER:07825 301 447]]", "notes": "prefers WhatsApp"}]',
    "withdrawal_id: WD-88213\nuser: [[USERNAME:satoshi_fan_07]]\nkyc_name: [[PERSON:Nikola Dragović]]\nasset: BTC\namount: 0.0315\ndestination: [[ID_NUMBER:3Fq8Zr2xKvT6mWc9Nd4HbY7sLp5JeRgA1u]]\nip: [[IP_ADDRESS:178.149.22.61]]\nfee: 0.00012",
    "Royal Mail Tracked 48\nDeliver to:\n[[TITLE:Ms]] [[PERSON:Olwen Parry]]\n[[ADDRESS:Tŷ Gwyn, 3 Ffordd yr Eglwys]]\n[[LOCATION:Llanrwst]]\n[[ZIP_CODE:LL26 0DS]]\nRef: ETSY-2291-4471\nPostage paid GB",
    "LAB REQUEST\nPatient: [[PERSON:Winona Begay]]\nMRN: [[ID_NUMBER:GH-55018274]]\nDOB: [[DATE_TIME:1968-09-14]]  Age: [[AGE:55]]  Sex: F\nOrdering: [[TITLE:Dr]] [[PERSON:E. Yazzie]]\nTests: HbA1c, lipid panel, eGFR\nCollected: 08:40",
    "# owner: [[PERSON:Tremaine Woods]] <[[EMAIL_ADDRESS:tremaine.woods@me.com]]>\ndevice,mac,ip,fw\nthermostat-2F,00:1A:7D:DA:71:13,[[IP_ADDRESS:192.168.4.21]],4.2.1\ncam-garage,B8:27:EB:4C:90:3E,[[IP_ADDRESS:192.168.4.37]],1.9.0.12\nhub,DC:A6:32:0F:5E:81,[[IP_ADDRESS:192.168.4.2]],2.0.7",
]

LOOKALIKE = [
    "Order #112-4478203-9930117 shipped via UPS, tracking 1Z 4F7 W82 03 8821 5530; estimated delivery Thursday between 10:00 and 14:00.",
    "Firmware 10.4.22.1 fixes the Wi-Fi drop on model RT-AX58U; upgrading straight from 10.4.19.8 is supported.",
    "Flight BA 2491 from LGW is delayed to 18:40; [[PERSON:Kemal Aksoy]] in seat 23A has been moved to the 19:15 departure, gate 22.",
    "Dissolve 2.5 g of NaHCO3 in 100 mL of H2O and titrate with 0.1 M HCl (CAS 144-55-8, lot 7731-B).",
    "Error 0x80070005: access denied while writing to C:\\ProgramData\\Vendor\\cache (event 4471, build 22631.3447).",
    "The 2nd edition (ISBN 978-1-4028-9462-6) by [[PERSON:Ngũgĩ Mwangi Kariuki]] is out of print; the paperback ships in 3-5 working days.",
    "The summit cairn sits at 46.5547 N, 7.9807 E, about 4,158 m above sea level; allow 6-7 hours from the hut, where [[PERSON:Res Zurbriggen]] takes the bookings.",
    "Invoice INV-2024-0917 for EUR 12,480.00 (VAT 21% included, PO 4500018823) was sent to [[EMAIL_ADDRESS:kristel.jogi@gmail.com]] at her request.",
    "SHA-256 9b74c9897bac770ffc029102a200c5de4e17e1c5dd0d5b6e2a3f8c1a9e6d47f2 matches the 3.2.0 tarball; verify before installing.",
    "Parkinson's disease and Alzheimer's disease were the main topics, with short talks on Hodgkin lymphoma and the Heimlich manoeuvre.",
    "The Ford Mustang Mach-E and the Tesla Model Y were both range-tested at 21 °C on 19-inch wheels.",
    "Serial SN-7C44-0918-XK, part BP-2281-44, was fitted to the van of [[PERSON:Olusegun]] at 84,210 km; next brake service at 124,000 km.",
    "Meeting ID 874 2210 9931, passcode 552817. Agenda: Q3 numbers (presented by [[PERSON:Folasade]]), the 4.0 roadmap and office moves.",
    "The Jubilee line is part-suspended this weekend; replacement bus 94X runs every 10 minutes from stop K to [[LOCATION:Stanmore]].",
    "Batch L2291-B of ibuprofen 400 mg tablets (EAN 5014418830272) expires 11/2026; store below 25 °C.",
    "Room 4.017 in the Ada Lovelace Building is booked by [[PERSON:Pradeep Nair]] for the seminar, 14:00-15:30.",
    "SSCC 00340434161094042557 is on pallet 7; the consignee contact on site is [[PERSON:Ines Wagner]].",
    "Release 2.10.0.4 went to staging ([[IP_ADDRESS:10.8.1.15]]) while 2.10.0.3 was rolled back on production.",
    "[[PERSON:Marguerite]] ordered two Earl Grey teas and a Victoria sponge for table 12.",
    "The keynote quoted the Nobel laureate [[PERSON:Wangari Maathai]] on page 214 of the conference booklet.",
    "Call 911 or Poison Control at 1-800-222-1222 in an emergency; for billing questions ask for [[PERSON:Deb]] at extension 2290.",
    "Your parcel JJD000390007827437 was left with a neighbour at number 14 at 13:52.",
    "The Hubble constant comes out at about 73 km/s/Mpc; see [[PERSON:Riess]] et al. (2022), Table 3.",
    "Gate B17 for LH 903 to [[LOCATION:Frankfurt]] closes at 07:25; bags over 23 kg cost EUR 70.",
    "Recipe: 200 g flour, 2 eggs, 1 tsp NaHCO3, bake at 180 °C for 25 min. Submitted by nonna [[PERSON:Pina]] from [[LOCATION:Bari]].",
    "The Mercedes-Benz Museum is at [[ADDRESS:Mercedesstraße 100]], [[ZIP_CODE:70372]] [[LOCATION:Stuttgart]]; tickets EUR 16, reduced EUR 8.",
    "Lot 44: a Stradivarius-pattern violin (label dated 1721), estimate £3,000-£4,000, consigned by the estate of [[PERSON:Reginald Ashcombe]].",
    "Lab panel: HbA1c 48 mmol/mol, eGFR 72, LDL 2.9 mmol/L, BP 138/86. Review in 6 months.",
    "The Salk Institute and the Rockefeller Foundation co-fund grant R01-AG044718, led by [[PERSON:Tamar Ben-Ami]].",
    "Branches in [[LOCATION:Cardiff]] and [[LOCATION:Swansea]] close at 12:00 on the bank holiday; transfers to sort code 20-44-18 settle the next working day.",
    "Case 2024/CV/0418 ([[PERSON:Ahmed]] v. Northwind Ltd) was adjourned to a date to be fixed.",
    "Creditor reference RF47 2291 0048 17 is not an account number; pay EUR 118.40 with that reference by bank transfer.",
    "Model XPS 9530, service tag 7HK2Q93, BIOS 1.18.0, is registered to [[PERSON:Yegor Sokolov]] ([[EMAIL_ADDRESS:y.sokolov@alphadesk.io]]).",
    "The Jordan 1 Retro High in UK 9 (EU 44) is back in stock at £169.99, limit two per customer.",
    "Vitamin B12 1000 µg and folic acid 400 µg, one tablet daily with food. Patient: [[PERSON:Halima Yusuf]], [[AGE:31]].",
    "Bus 73 to [[LOCATION:Stoke Newington]] leaves from stop K every 8 minutes until 00:30.",
    "Event ID 4625 was logged 18 times in 2 minutes from [[IP_ADDRESS:91.240.118.172]] against the host DC-02 (KB5036893 installed).",
    "The Van Gogh Museum café and the Rijksmuseum shop are closed for renovation until further notice.",
    "Pantone 19-4052, RAL 5002 and hex #0F4C81 were signed off by [[PERSON:Ottilie Brandauer]] for the Hughes & Sons signage.",
    "The address 999.12.4.1 in the ticket is invalid (octet over 255); the user's real address was [[IP_ADDRESS:81.17.30.9]].",
    "Obs at 14:20: temp 37.8 °C, pulse 92, SpO2 96% on air, RR 18. [[TITLE:Mr]] [[PERSON:Ogundipe]] in bay 4 declined paracetamol.",
    "SKU 44-7781-02 is £12.99 and SKU 44-7781-03 £14.99; ask [[PERSON:Ruth]] in sales for quotes over 500 units.",
    "Please quote reference MNT/4471/22 on all correspondence and do not send cash through the post.",
    "The Dyson V15 and the Miele Triflex HX2 were compared by our tester, [[PERSON:Carys Whitmore]], over six weeks.",
    "Northwind Ltd, [[ADDRESS:Unit 4, 221 Bath Road]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 4DX]]; company no. 08814473; VAT GB 318 2291 04.",
    "Device #A-2291 logged 51.5074, -0.1278 at 09:14; the owner's handle is [[USERNAME:tracker_mandla]].",
    "Happy 25th birthday to our [[LOCATION:Kingston]] branch! Cake in the staff room at 3pm.",
    "Lindt, Cadbury and Ben & Jerry's were the top three brands in the survey (n = 1,204, margin of error 2.8%) run by [[PERSON:Sunniva Bakke]].",
    "Dr. Scholl's insoles and Dr. Bronner's soap both rose 4% in Q3 against a 2.1% market.",
    "Ticket SR-0044718: the laptop (asset tag IT-22918, MAC F0:2F:74:1B:9C:03) cannot reach [[IP_ADDRESS:10.1.4.20]]; reported by [[PERSON:Abdulrahman]] on the 3rd floor.",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "struct": STRUCT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind7", STYLES, OUT)
